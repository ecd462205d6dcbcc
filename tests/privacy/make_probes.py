"""Writes tests/privacy/probes.jsonl: invented sentences (not corpus lines) that probe the
PERSON and STREET_ADDRESS detectors by class. Decoy probes (no spans) must give no finding:
headings, product and place names, months and seasons with years, nationalities after `I am`,
firms named after people, street words in prose. Name probes cover accented first letters,
particles, suffixes, names on a line of their own, `Last, First`, a firm after a name.
Marked values are written [[TYPE|value]].

    python3 tests/privacy/make_probes.py
"""

import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent

DECOYS = [
    "Release Notes\nFixed the crash on start-up.",
    "Quarterly Review\nRevenue grew in the third quarter.",
    "Table Of Contents",
    "Kind Regards\n",
    "Our new product, Aurora Cloud, ships next week.",
    "We flew from New York to Buenos Aires via Panama City.",
    "The Grand Canyon and Yellowstone National Park were packed.",
    "Spring 2024 was wet; Autumn 2019 was dry.",
    "During 1998 the plant doubled its output.",
    "In March 2021 the board met twice.",
    "I am Canadian and she is Brazilian.",
    "I'm Norwegian, he is Portuguese.",
    "The firm Carter, Ross and Parker won the bid.",
    "Counsel: Dewey, Cheatham and Howe LLP.",
    "Walk down the main street and take the second road on the left.",
    "Take the high road past the old mill lane to the harbour.",
    "The Golden Gate Bridge is closed for maintenance.",
    "Welcome to Silicon Valley Bank's annual review.",
    "Meeting Agenda\n1. Budget\n2. Hiring",
    "Action Items\nShip the beta.",
    "The Eiffel Tower and Notre Dame drew crowds.",
    "Visit Lake Tahoe in Winter 2025.",
    "The Rolling Stones played Madison Square Garden.",
    "Apple Music and Google Maps were updated.",
    "Summer Sale ends Sunday.",
    "Mount Everest Base Camp is at 5364 metres.",
    "Product Roadmap\nQ3: search. Q4: sync.",
    "{\"name\": \"Monthly Report\", \"arguments\": {\"format\": \"pdf\"}}",
    "{\"name\": \"Release Notes\", \"owner\": \"Platform Team\"}",
    "Version 2 of Microsoft Teams adds channels.",
    "The Great Barrier Reef lies off Queensland.",
    "Saint Patrick's Day falls on a Monday.",
    "Ohne Titel\nBitte lesen.",
    "Salle de Bains\nCarrelage neuf.",
    "Customer Support\nOpen daily.",
    "Terms And Conditions\nRead them first.",
    "Privacy Policy\nUpdated today.",
    "Getting Started\nInstall the app.",
    "Known Issues\nNone so far.",
    "Hamilton Beach\nKitchen appliances.",
    "Jackson Hole\nSki resort.",
    "Santa Monica\nBeach town.",
    "{\"name\": \"Lincoln Center\", \"kind\": \"venue\"}",
    "St. Mary's Hospital opened a new wing.",
    "Our Sophia Studio plan costs less.",
    "Climbers left Everest Base Camp at dawn.",
    "Morgan Library\nOpen late on Fridays.",
    "The Marshall Plan rebuilt Europe.",
]

NAMES = [
    "It is [[PERSON|Úrsula Ibarrola]] and I need a refund.",
    "[[PERSON|Élodie Marchand]] will call back tomorrow.",
    "Ask [[PERSON|Ângela Rebouças]] about the lease.",
    "Notes from [[PERSON|Øyvind Haugland]] are attached.",
    "Invoice approved by [[PERSON|Ingrid van der Berg]] on Friday.",
    "Signed by [[PERSON|José de la Cruz]].",
    "Meeting with [[PERSON|Tariq bin Hamad]] at noon.",
    "A letter from [[PERSON|Omar al-Rashid]] arrived.",
    "[[PERSON|Martin Luther Kowalczyk Jr.]] will speak.",
    "Chaired by [[PERSON|Henry Pemberton III]] this year.",
    "Thanks,\n[[PERSON|Wulfhart Gutierrez]]\n[[STREET_ADDRESS|14 Elm Street]]",
    "> [[PERSON|Bertrand Moulin]]\n> [[STREET_ADDRESS|3 Rose Lane]]",
    "{\"name\": \"[[PERSON|Dawson, Jasmine]]\", \"email\": \"[[EMAIL_ADDRESS|j@example.org]]\"}",
    "{\"name\": \"[[PERSON|Matthieu Lacombe]]\", \"phone\": \"n/a\"}",
    "{\"query\": \"[[PERSON|Raghav Sethuraman]] Glenn Group\"}",
    "Dear [[PERSON|Hildegard]],\nthe parcel is ready.",
    "Regards,\n[[PERSON|Damiano Ferrante]]",
    "[[PERSON|Epifanio Téllez]] joined in May.",
    "Ship it to [[STREET_ADDRESS|42 Juniper Crossing Apt. 7, Springfield, IL 62704]] please.",
    "Send it to [[STREET_ADDRESS|Lindenstraße 12, 10115 Berlin]].",
    "Her flat is at [[STREET_ADDRESS|Flat 4, Rowan Mews, Bristol, BS1 4DJ]].",
    "Post it to [[STREET_ADDRESS|Flat 2, 19 Quarry Rise, Leeds, LS6 2AB]].",
    "At work everyone calls me [[PERSON|Hildegard]].",
]


def record(line):
    text, spans = "", []
    for part in re.split(r"(\[\[[A-Z_]+\|[^\]]+\]\])", line):
        match = re.fullmatch(r"\[\[([A-Z_]+)\|([^\]]+)\]\]", part)
        if match:
            start = len(text)
            text += match.group(2)
            spans.append({"start": start, "end": len(text), "type": match.group(1)})
        else:
            text += part
    return {"text": text, "spans": spans, "source": "probe"}


def main():
    lines = [json.dumps(record(line), ensure_ascii=False) for line in DECOYS + NAMES]
    (HERE / "probes.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
