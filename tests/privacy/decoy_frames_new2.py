#!/usr/bin/env python3
"""Decoy frames, set "new2": what people type to an assistant and what assistants answer.

Writes tests/privacy/decoys_new2_tune.jsonl and tests/privacy/decoys_new2_heldout.jsonl:
decoy-only records (no personal data at all, so every finding is a false positive) for the
privacy gateway. A helper session wrote this file without reading the detectors (src/), any
*.jsonl file, the frames of generate_decoys.py or the frames of decoy_frames_new.py; it reads
only generate_decoys.py's `Values` (per-locale mimesis / python-stdnum values), `tool`,
`records` and `write`.

Genres: chat requests to an assistant and its answers, short e-mails signed by a team or a role,
Slack/Teams status lines, recipe steps, school and university notices, travel itineraries,
clinic instructions without patient data, contract boilerplate, property listings without
addresses, job ads, sports and game commentary with team names only, weather and traffic
reports, release notes and bug reports, product reviews, shopping lists, workout logs, finance
summaries, home-automation logs, room calendars and form templates whose fields are EMPTY.

Kinds of frames:
- 40 English prose frames `p_new2_<topic>` (source "decoy_prose");
- 40 tool-call frames `t_new2_<topic>` (source "decoy_tool"): assistant tool calls (and some
  results) whose keys sometimes sound personal ("name", "contact", "address", "from", "to",
  "born_on") but hold rooms, teams, products, desks and packaging dates;
- 36 localised prose frames in LOCAL2, 6 each for de, fr, es, pt-br, it and ja (Japanese script),
  named f"{locale}_new2_{i}".
Values drawn from mimesis that look like a person's name (companies, drinks, towns and
universities named after people, or words such as "henry") are drawn again (`clean`).

Split: random.Random(SPLIT_SEED) shuffles each kind in turn (tool frames, English prose frames,
then each locale in LOCAL2's order) and keeps two thirds of it, rounded, for "tune"; the rest is
"heldout". The tuning file holds TUNE_COUNT records of the tuning frames with values of TUNE_SEED,
the held-out file HELD_OUT_COUNT records of the held-out frames with values of HELD_OUT_SEED.

Usage (from the repository root; regenerates both files byte for byte):
    .venv-privacy/bin/python tests/privacy/decoy_frames_new2.py
"""
import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate_decoys as g  # noqa: E402
from stdnum import ean, isbn  # noqa: E402

SPLIT_SEED = 37038
TUNE_SEED = 3801
TUNE_COUNT = 3000
HELD_OUT_SEED = 3802
HELD_OUT_COUNT = 1000
TUNE_PATH = HERE / "decoys_new2_tune.jsonl"
HELD_OUT_PATH = HERE / "decoys_new2_heldout.jsonl"


# -- values that name nobody ------------------------------------------------------------------
def _surnames() -> set[str]:
    import mimesis

    out = set()
    for path in sorted((Path(mimesis.__file__).parent / "datasets").glob("*/person.json")):
        s = json.loads(path.read_text(encoding="utf-8")).get("surnames", [])
        if isinstance(s, dict):
            s = [x for group in s.values() for x in group]
        out |= {x for x in s if " " not in x}
    return out


GIVEN = g.EVERY_NAME
NAMEISH = GIVEN | _surnames()


PARTICLES = {"de", "da", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "la", "le", "y", "e"}


def looks_like_a_name(value: str) -> bool:
    """A mimesis value that may be (or contain) a person's name: a word that is a given name in any
    locale (capitalised or not: "Eddie Bauer", "henry"), or two capitalised words in a row that are
    both given names or surnames ("Kimberly-Clark", "Melo Abreu"), also with a particle between
    them ("Magalhães de Almeida")."""
    toks = re.findall(r"[^\W\d_]+", value)
    if any(t in GIVEN or t.capitalize() in GIVEN for t in toks if len(t) > 1):
        return True
    named = [t[:1].isupper() and t in NAMEISH for t in toks]
    if any(a and b for a, b in zip(named, named[1:])):
        return True
    # "Magalhães de Almeida", "Pietro di Grazia": name, particle, name
    return any(named[i] and toks[i + 1] in PARTICLES and named[i + 2] for i in range(len(toks) - 2))


WEBBY = re.compile(r"@|https?:|www|\w\.[a-z]{2,}\b", re.I)


def clean(v, fn, fallback):
    """fn() drawn until it names nobody; after 40 tries, one of `fallback`."""
    for _ in range(40):
        value = str(fn())
        if value.strip() and not looks_like_a_name(value) and not WEBBY.search(value):
            return value
    return v.r.choice(fallback)


def city(v) -> str:
    return clean(v, v.address.city, ["Leeds", "Lyon", "Porto", "Kobe", "Bremen", "Valencia"])


def region(v) -> str:
    return clean(v, v.address.state, ["Kent", "Bavaria", "Andalusia", "Tuscany", "Ontario"])


def country(v) -> str:
    return clean(v, v.address.country, ["Portugal", "Norway", "Japan", "Chile", "Austria"])


def dish(v) -> str:
    return clean(v, v.food.dish, ["vegetable lasagne", "lentil soup", "banana bread"])


def drink(v) -> str:
    return clean(v, v.food.drink, ["lemonade", "iced tea", "sparkling water"])


def fruit(v) -> str:
    return clean(v, v.food.fruit, ["apples", "pears", "plums"])


def veg(v) -> str:
    return clean(v, v.food.vegetable, ["carrots", "leeks", "spinach"])


def spice(v) -> str:
    return clean(v, v.food.spices, ["cumin", "paprika", "nutmeg"])


def company(v) -> str:
    return clean(v, v.finance.company, ["Northwind Foods", "Acme Logistics", "Bluebay Energy"])


def stock(v) -> str:
    return clean(v, v.finance.stock_name, ["Intuit Inc.", "Cool Holdings Inc.", "The GDL Fund"])


def gadget(v) -> str:
    h = v.hardware
    return clean(v, lambda: v.r.choice([h.phone_model, h.cpu, h.graphics, lambda: f"{h.manufacturer()} {v.model_number()}",
                                        lambda: f"{h.manufacturer()} {h.phone_model()}"])(),
                 ["Pixel 8", "ThinkPad X1", "Galaxy Tab S9"])


def money(v, lo: float, hi: float) -> str:
    """An amount in the locale's currency, formatted the locale's way."""
    amount = v.num(v.r.uniform(lo, hi), 2)
    sym = v.finance.currency_symbol()
    return f"{sym}{amount}" if v.locale in ("en", "en-gb", "ja") else f"{amount} {sym}"


def univ(v) -> str:
    return clean(v, v.person.university, ["the university", "the college"])


def occupation(v) -> str:
    return clean(v, v.person.occupation, ["Analyst", "Technician", "Coordinator"])


def word(v) -> str:
    return clean(v, v.word, ["report", "sample", "draft"])


def words(v, n: int) -> str:
    return " ".join(word(v) for _ in range(n))


def file_name(v) -> str:
    return clean(v, v.file.file_name, ["report.pdf", "notes.txt", "export.csv"])


# -- everyday numbers and labels ----------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
AIRLINES = [("British Airways", "BA"), ("Lufthansa", "LH"), ("Air France", "AF"), ("Iberia", "IB"),
            ("KLM", "KL"), ("easyJet", "U2"), ("Ryanair", "FR"), ("ANA", "NH"), ("JAL", "JL"),
            ("LATAM", "LA"), ("ITA Airways", "AZ"), ("Vueling", "VY"), ("TAP Air Portugal", "TP"),
            ("Aer Lingus", "EI"), ("Swiss", "LX"), ("Azul", "AD")]
AIRPORTS = ["LHR", "LGW", "MAN", "EDI", "BHX", "CDG", "ORY", "FRA", "MUC", "BER", "MAD", "BCN",
            "LIS", "OPO", "FCO", "MXP", "AMS", "DUB", "ZRH", "HND", "NRT", "KIX", "GRU", "GIG"]
HOTELS = ["Premier Inn", "Novotel", "ibis", "ibis Styles", "Mercure", "Holiday Inn Express",
          "Motel One", "Travelodge", "Moxy", "Citadines", "Crowne Plaza", "Toyoko Inn", "APA Hotel",
          "Dormy Inn", "B&B Hotel", "NH Collection", "Parador", "Pestana", "Best Western"]
TEAMS = ["Leeds United", "Aston Villa", "Crystal Palace", "Nottingham Forest", "Bristol City",
         "Sheffield Wednesday", "Norwich City", "Celtic", "Hibernian", "Eintracht Frankfurt",
         "Werder Bremen", "Borussia Dortmund", "Real Betis", "Athletic Club", "Valencia CF",
         "Sporting CP", "Benfica", "Olympique Lyonnais", "Stade Rennais", "Sampdoria", "Atalanta",
         "Fluminense", "Corinthians", "Urawa Reds", "Gamba Osaka", "Kashima Antlers"]
ESPORTS = ["Red Wolves", "Northern Lights", "Team Comet", "Iron Owls", "Blue Harbor",
           "Crimson Tide Gaming", "Polar Foxes", "Night Ravens"]
SIGNOFFS = ["the Billing team", "Facilities", "IT Service Desk", "People Ops", "the Events team",
            "Accounts Payable", "Customer Support", "Site Security", "Reception", "Payroll",
            "Procurement", "Legal Operations", "the Library team", "Student Services",
            "the Admissions Office", "Estates & Facilities", "the Platform team",
            "Release Engineering", "Clinic Administration", "the Front Desk"]
TEAMS_INTERNAL = ["Platform", "Payments", "Data", "Mobile", "Growth", "Infra", "Search",
                  "Design Systems", "Security", "Finance Ops", "Support Tooling"]
APPOINTMENTS = ["dentist appointment", "physio session", "haircut", "car service", "MOT",
                "eye test", "boiler service", "vet appointment for the cat", "piano lesson",
                "GP check-up", "bike repair slot", "tyre change", "yoga class"]
ROADS_UK = ["M25", "M1", "M6", "M62", "M4", "M5", "M60", "M8", "M11", "M40", "A1(M)"]
AROADS = ["A3", "A14", "A303", "A38", "A64", "A404", "A320", "A127", "A19", "A470"]
DEPTS = ["Outpatient Radiology", "Phlebotomy", "Cardiology Clinic", "Physiotherapy",
         "Ophthalmology", "Day Surgery Unit", "Endoscopy", "Dermatology", "Audiology"]
DEVICES = ["thermostat.hallway", "sensor.kitchen_temp", "light.living_room", "plug.kitchen_04",
           "climate.bedroom_2", "switch.garage_door", "sensor.loft_humidity", "valve.radiator_3",
           "lock.back_door", "cover.office_blind", "fan.bathroom_extractor"]
COURSES = ["CS-201", "CS-314", "MATH-110", "PHYS-220", "ECON-105", "BIO-240", "HIST-130",
           "ENG-202", "STAT-310", "CHEM-150", "LAW-210", "ARCH-120"]
COURSE_TITLES = ["Data Structures", "Operating Systems", "Calculus I", "Electromagnetism",
                 "Principles of Microeconomics", "Cell Biology", "Modern European History",
                 "Academic Writing", "Bayesian Statistics", "Organic Chemistry",
                 "Contract Law", "Design Studio 1"]
JOB_TITLES = ["Senior Data Engineer", "Site Reliability Engineer", "Product Designer",
              "Payroll Administrator", "Warehouse Team Leader", "Staff Nurse (Band 5)",
              "Marketing Coordinator", "Junior Accountant", "Mobile Developer (iOS)",
              "Facilities Manager", "Customer Success Associate", "Lab Technician"]
ROOMS = ["Atlas", "Boardroom", "Orion", "Harbour", "Quiet Room", "Studio B", "Kiln", "Maple",
         "Cedar", "Summit", "Lighthouse", "Focus Pod 3"]
WEEKDAYS_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def ref(v, prefix: str = "") -> str:
    """An order, ticket or invoice reference (never 16 bare digits, which would read like a card)."""
    r = v.r
    if prefix:
        return f"{prefix}-{r.randint(10000, 9999999)}"
    return r.choice([f"ORD-{year(v)}-{r.randint(0, 999999):06}", f"INV/{year(v)}/{r.randint(1, 99999):05}",
                     f"{r.choice(['PO', 'SO', 'RMA', 'TKT', 'CASE'])}-{r.randint(1000, 99999999)}", f"#{r.randint(10000, 9999999)}"])


def code(v, n: int = 6) -> str:
    return "".join(v.r.choice(CODE_CHARS) for _ in range(n))


def year(v) -> int:
    return v.r.randint(2024, 2026)


def day_month(v) -> str:
    r = v.r
    return r.choice([f"{r.randint(1, 28)} {r.choice(MONTHS)}", f"{r.choice(MONTHS)} {r.randint(1, 28)}",
                     f"{r.choice(WEEKDAYS_SHORT)} {r.randint(1, 28)} {r.choice(MONTHS)[:3]}"])


def iso_date(v) -> str:
    r = v.r
    return f"{year(v)}-{r.randint(1, 12):02}-{r.randint(1, 28):02}"


def hhmm(v, lo: int = 6, hi: int = 21) -> str:
    r = v.r
    return f"{r.randint(lo, hi):02}:{r.choice(['00', '05', '10', '15', '20', '30', '40', '45', '50'])}"


def two_times(v, lo: int = 6, hi: int = 21) -> tuple[str, str]:
    """Two times of one day, the earlier first."""
    a, b = sorted([hhmm(v, lo, hi - 1), hhmm(v, lo, hi - 1)])
    if a == b:
        b = f"{int(b[:2]) + 1:02}{b[2:]}"
    return a, b


def ampm(v) -> str:
    r = v.r
    return f"{r.randint(1, 12)}{r.choice(['', ':15', ':30', ':45'])}{r.choice(['am', 'pm', ' am', ' pm'])}"


def room(v) -> str:
    r = v.r
    return r.choice([f"Room {r.randint(1, 6)}.{r.randint(1, 40):02}", f"Room {r.randint(100, 640)}",
                     f"{r.choice('ABCDEF')}{r.randint(1, 4)}{r.randint(0, 3)}{r.randint(0, 9)}",
                     f"LT{r.randint(1, 9)}", f"Lab {r.randint(1, 12)}", r.choice(ROOMS)])


def gbp(v, lo: float, hi: float, decimals: int = 0) -> str:
    return f"£{v.r.uniform(lo, hi):,.{decimals}f}"


def flight(v) -> tuple[str, str]:
    name, iata = v.r.choice(AIRLINES)
    return name, f"{iata} {v.r.randint(10, 2999)}"


def seat(v) -> str:
    return f"{v.r.randint(1, 45)}{v.r.choice('ABCDEF')}"


def pace(v) -> str:
    return f"{v.r.randint(4, 6)}:{v.r.randint(0, 59):02}/km"


def isbn13(v) -> str:
    b = "978" + "".join(str(v.r.randint(0, 9)) for _ in range(9))
    return isbn.format(b + ean.calc_check_digit(b))


def ean13(v) -> str:
    b = "".join(str(v.r.randint(0, 9)) for _ in range(12))
    return b + ean.calc_check_digit(b)


def tool_result(name: str, result) -> str:
    return json.dumps({"tool": name, "result": result}, ensure_ascii=False)


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


# == English prose frames ========================================================================
def p_reschedule(v):
    r = v.r
    what = r.choice(APPOINTMENTS)
    ask = r.choice([
        f"can you move my {ampm(v)} {what} to {r.choice(DAYS)}?",
        f"Please reschedule the {what} on {day_month(v)} to the same time next week.",
        f"hey, push my {what} back by {r.choice([30, 45, 60, 90])} minutes, I'm stuck on the {r.choice(ROADS_UK)}",
        f"Could you cancel the {what} and book the first free slot after {hhmm(v, 8, 17)} on {r.choice(DAYS)}?",
    ])
    answer = r.choice([
        f"Done: your {what} is now on {r.choice(DAYS)} at {hhmm(v, 8, 18)}. I've kept the reminder {r.choice([15, 30, 60])} minutes before.",
        f"The earliest opening is {r.choice(DAYS)} {day_month(v)} at {ampm(v)}. Shall I book it?",
        f"I moved it. Heads up: it now overlaps with \"{r.choice(TEAMS_INTERNAL)} weekly sync\" in {room(v)}.",
        "",
    ])
    return ask if not answer else f"User: {ask}\nAssistant: {answer}"


def p_reminders(v):
    r = v.r
    tasks = r.sample([
        "renew the car tax", "water the plants", "put the recycling out", "book the boiler service",
        "return the library books", f"pay the {r.choice(['council tax', 'gas bill', 'broadband bill'])}",
        "defrost the freezer", "submit the expense report", "order contact lens solution",
        "check the tyre pressure", f"bring the {r.choice(['laptop charger', 'umbrella', 'lunchbox'])}",
        "charge the drill batteries", "reorder printer ink",
    ], r.randint(1, 3))
    when = [r.choice([f"on the {r.randint(1, 28)}th", f"every {r.randint(2, 14)} days", f"at {ampm(v)}",
                      f"{r.choice(DAYS)} morning", "when I get home", f"in {r.randint(2, 90)} minutes",
                      "on the first Monday of each month"]) for _ in tasks]
    ask = "remind me to " + " and ".join(f"{t} {w}" for t, w in zip(tasks, when))
    if r.random() < 0.5:
        ask = ask[0].upper() + ask[1:] + "."
    if r.random() < 0.5:
        ask += f"\n\nAssistant: Okay, {len(tasks)} reminder{'s' if len(tasks) > 1 else ''} set. The first one goes off {when[0]}."
    return ask


def p_unit_convert(v):
    r = v.r
    ml = r.choice([60, 120, 125, 180, 240, 250, 330, 500, 750])
    c = r.choice([160, 170, 180, 190, 200, 210, 220, 230])
    g_ = r.choice([100, 125, 200, 225, 250, 340, 454, 500])
    q = r.choice([
        (f"how many cups is {ml} ml of {r.choice(['milk', 'water', 'stock', 'cream'])}?",
         f"About {ml / 240:.2f} US cups ({ml} ml ÷ 240 ml per cup)."),
        (f"what's {c}°C in Fahrenheit? the recipe is American",
         f"{c}°C is {c * 9 / 5 + 32:.0f}°F. For a fan oven, drop it to about {c - 20}°C."),
        (f"convert {g_} g of butter to sticks",
         f"{g_} g is roughly {g_ / 113:.1f} sticks (one US stick ≈ 113 g)."),
        (f"{r.randint(3, 42)} miles in km?", None),
        (f"is {r.randint(40, 110)} kg heavy for a checked bag limit of 23 kg?", None),
    ])
    if q[1] is None:
        n = int(re.search(r"\d+", q[0]).group())
        a = (f"{n} miles ≈ {n * 1.609:.1f} km." if "miles" in q[0]
             else f"Yes, {n} kg is {n - 23} kg over a 23 kg limit; you'd need {-(-n // 23)} bags.")
        return f"{q[0]}\n> {a}"
    return f"User: {q[0]}\nAssistant: {q[1]}"


def p_email_billing(v):
    r = v.r
    inv = f"INV/{year(v)}/{r.randint(1, 99999):05}"
    amount = gbp(v, 40, 9000, 2)
    body = r.choice([
        f"Subject: Invoice {inv} is {r.randint(3, 45)} days overdue\n\nHello,\n\nOur records show {amount} "
        f"outstanding on invoice {inv} (issued {day_month(v)}). If you've already paid, please ignore this "
        f"message. Payment terms are {r.choice([14, 30, 45, 60])} days net as per Section {r.randint(2, 9)}.{r.randint(1, 6)} "
        f"of the agreement.\n\nKind regards,\n{r.choice(['the Billing team', 'Accounts Receivable', 'Credit Control'])}",
        f"Re: credit note for order {ref(v)}\n\nThanks for flagging the duplicate charge. A credit note for "
        f"{amount} has been raised and will show on your next statement ({r.choice(MONTHS)}).\n\n— the Billing team",
        f"Subject: Your {r.choice(MONTHS)} statement\n\nYour statement is ready: {r.randint(2, 40)} transactions, "
        f"total {amount}, due {day_month(v)}. Direct debit will be taken {r.randint(2, 5)} working days before.\n\nBest,\nBilling",
    ])
    return body


def p_email_facilities(v):
    r = v.r
    b = r.randint(1, 9)
    return r.choice([
        f"Hi all,\n\nThe lifts in Building {b} will be serviced on {r.choice(DAYS)} between {hhmm(v, 7, 10)} and "
        f"{hhmm(v, 12, 17)}. Please use the east stairwell; the goods lift stays available for deliveries.\n\nBest,\nFacilities",
        f"Quick one: the {r.choice(['kitchen', 'bike store', 'shower room', 'print room'])} on level {r.randint(1, 7)} "
        f"is closed until {day_month(v)} for {r.choice(['a deep clean', 'new flooring', 'a plumbing repair', 'painting'])}. "
        f"Sorry for the hassle.\n— Estates & Facilities",
        f"Re: heating in {room(v)}\n\nThanks for reporting it. An engineer checked the valve this morning; the "
        f"room should reach {r.randint(19, 22)}°C within {r.randint(1, 3)} hours. Ticket {ref(v, 'TKT')} stays open until Friday.\n\n"
        f"Regards,\nFacilities Helpdesk",
        f"Fire alarm test: {r.choice(DAYS)} at {hhmm(v, 9, 11)}, all buildings, about {r.randint(2, 10)} minutes. "
        f"No need to evacuate unless the alarm continues beyond that.\n\nThanks,\n{r.choice(['Site Security', 'Facilities', 'Health & Safety'])}",
    ])


def p_slack_status(v):
    r = v.r
    lines = [
        f":train: commuting, online from {hhmm(v, 8, 10)}",
        f":palm_tree: OOO until {day_month(v)}, ping #{r.choice(TEAMS_INTERNAL).lower().replace(' ', '-')}-help for anything urgent",
        f":pager: on call until {r.choice(DAYS)} {hhmm(v, 9, 18)}",
        f":house: WFH {r.choice(['Tue/Thu', 'Mon/Wed', 'Fridays'])}",
        f":calendar: in workshops {hhmm(v, 9, 11)}–{hhmm(v, 14, 17)}, slow to reply",
        f":hospital: medical appointment this morning, back around {hhmm(v, 11, 13)}",
        f":airplane: travelling to {city(v)} ({r.choice(AIRPORTS)}), back {r.choice(DAYS)}",
        f":headphones: focus time — {r.choice(['migration', 'quarterly report', 'design review', 'budget'])} until {ampm(v)}",
    ]
    return "Status: " + r.choice(lines) if r.random() < 0.5 else "\n".join(r.sample(lines, r.randint(2, 4)))


def p_standup(v):
    r = v.r
    team = r.choice(TEAMS_INTERNAL)
    return (
        f"Standup — {team} — {r.choice(DAYS)}\n"
        f"Yesterday: merged the retry fix (PR #{r.randint(1000, 9999)}), load test at {r.randint(200, 5000)} req/s looked fine.\n"
        f"Today: {r.choice(['pairing on the export bug', 'writing the migration for v' + v.dev.version(), 'reviewing the Q' + str(r.randint(1, 4)) + ' roadmap', 'on support rotation'])}.\n"
        f"Blockers: {r.choice(['none', 'waiting on Legal for Clause ' + str(r.randint(3, 15)) + '.' + str(r.randint(1, 9)), 'staging is down (' + ref(v, 'INC') + ')', 'need a decision from Procurement on the licence renewal'])}"
    )


def p_recipe(v):
    r = v.r
    c = r.choice([160, 170, 180, 190, 200, 220])
    gas = {160: 3, 170: 3, 180: 4, 190: 5, 200: 6, 220: 7}[c]
    steps = [
        f"Preheat the oven to {c}°C ({c - 20}°C fan, gas {gas}).",
        f"Whisk {r.randint(2, 4)} eggs with {r.choice([80, 100, 120, 150])} g caster sugar until pale, about {r.randint(3, 6)} minutes.",
        f"Fold in {r.choice([150, 200, 225, 250])} g self-raising flour and {r.choice([1, 2])} tsp {spice(v).lower()}.",
        f"Melt {r.choice([50, 75, 100, 125])} g butter and stir it in with {r.choice([60, 100, 150])} ml milk.",
        f"Add {r.randint(2, 4)} chopped {fruit(v).lower()} and a pinch of salt.",
        f"Bake for {r.randint(20, 45)}–{r.randint(46, 60)} minutes until a skewer comes out clean.",
        f"Rest for {r.randint(5, 15)} minutes; keeps {r.randint(2, 5)} days in an airtight tin.",
    ]
    middle = sorted(r.sample(range(1, len(steps) - 1), r.randint(2, 4)))
    pick = [steps[0]] + [steps[i] for i in middle] + [steps[-1]]
    head = r.choice([f"{dish(v)} (serves {r.randint(2, 8)})", "Method:", f"Here's the method for {dish(v).lower()}:"])
    return head + "\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(pick, 1))


def p_recipe_scale(v):
    r = v.r
    a, b = r.choice([(4, 6), (2, 5), (6, 3), (4, 10), (8, 12)])
    f = b / a
    items = [(r.choice([200, 250, 300, 400, 500]), "g", veg(v).lower()), (r.choice([1, 2, 3]), "tbsp", "olive oil"),
             (r.choice([400, 500, 750]), "ml", "stock"), (r.choice([1, 2]), "tsp", spice(v).lower()),
             (r.choice([100, 150, 180]), "g", "rice")]
    lines = [f"- {q * f:g} {u} {n} (was {q} {u})" for q, u, n in r.sample(items, r.randint(3, 5))]
    return (f"User: scale {dish(v).lower()} from {a} to {b} servings\n"
            f"Assistant: Multiply everything by {f:.2f}:\n" + "\n".join(lines) +
            f"\nCooking time stays about the same; use a {r.choice([24, 26, 28, 30])} cm pan.")


def p_school_notice(v):
    r = v.r
    yr = r.randint(7, 11)
    return r.choice([
        f"Year {yr} parents' evening: {r.choice(DAYS)} {day_month(v)}, {hhmm(v, 16, 17)}–{hhmm(v, 19, 20)}, main hall and "
        f"rooms B{r.randint(10, 19)}–B{r.randint(20, 29)}. Appointments are 5 minutes each; book through the school app by {r.choice(DAYS)}.",
        f"Reminder: term ends on {day_month(v)} at {hhmm(v, 12, 15)}. Lost property (room {r.choice('ABC')}{r.randint(1, 30)}) will be "
        f"donated after {day_month(v)}. Year {yr} trip to {city(v)}: deposit of {gbp(v, 20, 80)} due by Friday.",
        f"Sports day moved to {r.choice(DAYS)} because of the forecast ({r.randint(10, 18)}°C, {r.randint(60, 95)}% chance of rain). "
        f"Children should bring water and a hat. — School Office",
    ])


def p_uni_notice(v):
    r = v.r
    i = r.randrange(len(COURSES))
    return (
        f"{COURSES[i]} {COURSE_TITLES[i]}: "
        + r.choice([
            f"the lecture moves to LT{r.randint(1, 9)}, {r.choice(DAYS)} {hhmm(v, 9, 15)}–{hhmm(v, 10, 17)}, from week {r.randint(2, 6)}. "
            f"Lab groups A–{r.choice('CDEF')} stay in Room {r.randint(1, 3)}.{r.randint(1, 20):02}.",
            f"coursework {r.randint(1, 3)} ({r.choice([10, 20, 25, 30, 40])}% of the module) is due {r.choice(DAYS)} of week {r.randint(5, 11)}, {hhmm(v, 12, 23)}. "
            f"Late penalty: {r.choice([5, 10])}% per day, max {r.randint(3, 5)} days.",
            f"exam: {day_month(v)}, {hhmm(v, 9, 14)}, Sports Hall, {r.choice([90, 120, 180])} minutes, closed book, calculators model "
            f"{v.model_number()} or similar allowed.",
            f"office hours are {r.choice(DAYS)} {hhmm(v, 10, 15)} in {room(v)}; prerequisites {r.choice(COURSES)} and {r.choice(COURSES)}. "
            f"Term {r.choice(['1', '2', 'Autumn', 'Spring'])} runs {day_month(v)} to {day_month(v)} ({r.randint(10, 12)} teaching weeks).",
        ])
        + r.choice(["\n— Student Services", "\nSchool of Engineering Office", "", f"\n{univ(v)}"])
    )


def p_itinerary(v):
    r = v.r
    airline, fl = flight(v)
    a, b = r.sample(AIRPORTS, 2)
    dep = hhmm(v, 6, 21)
    hotel = r.choice(HOTELS)
    return (
        f"Your trip — {day_month(v)}\n"
        f"Flight {fl} ({airline}) {a} → {b}, departs {dep} from Terminal {r.randint(1, 5)}, gate {r.choice('ABCDE')}{r.randint(1, 60)}, seat {seat(v)}.\n"
        f"Online check-in closes {r.choice([40, 45, 60, 90])} min before departure; bag drop {r.choice(['zone ' + r.choice('ABCDEFGH'), 'desks ' + str(r.randint(1, 40)) + '–' + str(r.randint(41, 90))])}.\n"
        f"Hotel: {hotel} {city(v)}, {(n := r.randint(1, 6))} night{'s' if n > 1 else ''}, {r.choice(['breakfast included', 'room only', 'late checkout 13:00'])}, "
        f"confirmation {code(v)}.\n"
        + r.choice([f"Return: {flight(v)[1]} on {day_month(v)} at {hhmm(v)}.", "Car hire desk is in the arrivals hall.", ""])
    ).strip()


def p_train(v):
    r = v.r
    a, b = city(v), city(v)
    svc = r.choice([f"ICE {r.randint(500, 1999)}", f"Eurostar {r.randint(9000, 9199)}", f"TGV INOUI {r.randint(6000, 9999)}",
                    f"the {hhmm(v)} LNER service", f"Frecciarossa {r.randint(9500, 9699)}", f"AVE {r.randint(3000, 3999)}"])
    svc = svc[0].upper() + svc[1:]
    return (f"{svc} from {a} to {b}: coach {r.randint(1, 16)}, seat {r.randint(11, 98)}{r.choice(['', ' (window)', ' (aisle)', ', table'])}, "
            f"platform {r.randint(1, 22)}, departs {(t := two_times(v))[0]} and arrives {t[1]}"
            + r.choice([f" (+{r.randint(5, 45)} min delay expected)", ". Change at " + city(v) + f" with {r.randint(8, 35)} min connection", ""])
            + f". Ticket ref {code(v, 8)}.")


def p_clinic(v):
    r = v.r
    dept = r.choice(DEPTS)
    return r.choice([
        f"{dept}, Level {r.randint(0, 5)}, Room {r.randint(0, 5)}.{r.randint(1, 40):02}: please do not eat for {r.choice([4, 6, 8, 12])} hours "
        f"before your appointment. Water is allowed until {r.randint(1, 2)} hours before. Arrive {r.choice([10, 15, 20, 30])} minutes early and bring "
        f"a list of current medicines.",
        f"{dept} opening hours: Mon–Fri {hhmm(v, 7, 9)}–{hhmm(v, 16, 19)}. Walk-in blood tests until {hhmm(v, 11, 13)}. "
        f"Average wait today: {r.randint(5, 90)} min. Please take a ticket at the kiosk by entrance {r.choice('ABCD')}.",
        f"After the procedure: no driving for {r.choice([24, 48])} hours, keep the dressing dry for {r.randint(2, 7)} days, "
        f"and call the ward if your temperature goes above {r.choice(['38', '38.5'])}°C. Follow-up in {r.randint(2, 12)} weeks in {dept}.",
    ])


def p_dosage(v):
    r = v.r
    n, every = r.choice([(1, 4), (2, 4), (1, 6), (2, 8), (1, 8), (1, 12), (2, 12)])
    mg = r.choice([200, 250, 400, 500])
    return r.choice([
        f"Take {n} tablet{'s' if n > 1 else ''} ({mg} mg) every {every} hours with food, no more than {n * 24 // every} in 24 hours. "
        f"Course: {r.choice([5, 7, 10, 14])} days. Do not drink alcohol during the course.",
        f"User: the box says {n} x {mg} mg every {every} h — if I took the first at {hhmm(v, 6, 9)}, when's the next?\n"
        f"Assistant: The next dose is due {every} hours later. Please check the leaflet or ask a pharmacist if you're unsure.",
        f"Dosage: adults and children over {r.choice([12, 16])}: {n}–{n + 1} capsules every {every}–{every + 2} hours. "
        f"Max {r.choice([6, 8])} capsules a day. Store below {r.choice([25, 30])}°C.",
    ])


def p_contract(v):
    r = v.r
    s, c = f"{r.randint(2, 14)}.{r.randint(1, 9)}", f"{r.randint(5, 20)}({r.choice('abcd')})"
    return r.choice([
        f"Section {s} (Payment Terms). The Customer shall pay each undisputed invoice within {r.choice([14, 30, 45, 60])} days of "
        f"receipt. Late amounts accrue interest at {r.choice([2, 3, 4, 8])}% above the base rate. Nothing in this Section limits Clause {c}.",
        f"Clause {c}. Either party may terminate this Agreement on {r.choice([30, 60, 90])} days' written notice if the other party "
        f"commits a material breach that is not remedied within {r.choice([14, 21, 30])} days. The Supplier's total liability shall not "
        f"exceed {r.choice(['100%', '125%', '150%'])} of the Fees paid in the preceding {r.choice([6, 12])} months.",
        f"{r.randint(1, 12)}. TERM. This Agreement commences on the Effective Date ({day_month(v)} {year(v)}) and continues for an "
        f"initial term of {r.choice([12, 24, 36])} months, renewing automatically for successive {r.choice([12, 24])}-month periods unless "
        f"either party gives notice under Section {s}.",
    ])


def p_nda(v):
    r = v.r
    return (
        f"MUTUAL NON-DISCLOSURE AGREEMENT\nThis Agreement is effective as of {day_month(v)} {year(v)} (the \"Effective Date\") between "
        f"{company(v)} (the \"Disclosing Party\") and the recipient named in Schedule {r.choice('ABC')} (the \"Receiving Party\").\n"
        f"{r.randint(1, 4)}.{r.randint(1, 5)} Confidential Information excludes information that is or becomes public other than "
        f"through breach of this Agreement. Obligations survive for {r.choice([2, 3, 5])} years after termination. "
        f"Governing law: {r.choice(['England and Wales', 'Scotland', 'the State of New York', 'Ireland'])}."
    )


def p_listing(v):
    r = v.r
    beds = r.randint(1, 5)
    return r.choice([
        f"{beds}-bed {r.choice(['flat', 'terrace', 'semi-detached house', 'maisonette', 'bungalow'])} in {city(v)}, "
        f"{r.randint(38, 160)} m², {gbp(v, 650, 3200)} pcm, EPC rating {r.choice('BCDE')}, council tax band {r.choice('ABCDE')}, "
        f"available from {day_month(v)}. {r.choice(['Unfurnished', 'Part furnished', 'Furnished'])}; pets considered. Deposit: 5 weeks' rent.",
        f"FOR SALE — {beds} bedroom {r.choice(['detached house', 'apartment', 'cottage'])}, {r.randint(500, 2200)} sq ft, "
        f"guide price {gbp(v, 180000, 950000)}. Garden {r.randint(8, 40)} m, off-street parking for {r.randint(1, 3)}, "
        f"{r.randint(5, 25)} min walk to the station. Ref {r.choice('ABCDEFGHJK')}{r.randint(10000, 99999)}.",
        f"Studio, {r.randint(22, 35)} m², {r.randint(1, 9)}th floor with lift, {city(v)} centre. {gbp(v, 700, 1400)} pcm incl. water; "
        f"energy rating {r.choice('BCD')}. Viewings {r.choice(DAYS)} {hhmm(v, 10, 17)}–{hhmm(v, 17, 19)} via the letting agent.",
    ])


def p_job_ad(v):
    r = v.r
    lo = r.randrange(24000, 90000, 1000)
    return (
        f"{r.choice(JOB_TITLES)} (Ref: REQ-{year(v)}-{r.randint(1, 9999):04})\n"
        f"{r.choice(['Hybrid', 'Remote (UK)', 'On-site', '3 days in office'])} · {city(v)} · £{lo:,}–£{lo + r.randrange(4000, 20000, 1000):,} "
        f"+ {r.choice([5, 8, 10, 15])}% bonus · {r.choice([25, 27, 30])} days holiday\n"
        f"You'll {r.choice(['own the data pipelines for billing', 'run the night shift of a team of 8', 'support 3 product squads', 'manage a budget of £1.2m'])}. "
        f"Closing date: {day_month(v)}. Interviews in week {r.randint(1, 52)}. No agencies, please."
    )


def p_football(v):
    r = v.r
    home, away = r.sample(TEAMS, 2)
    h, a = r.randint(0, 4), r.randint(0, 4)
    minute = r.randint(1, 90)
    return r.choice([
        f"GOAL! {home} {h}-{a} {away}, {minute}'. A header from the corner at the near post, and the away end goes quiet.",
        f"FT: {home} {h}–{a} {away}. Possession {r.randint(35, 65)}%, shots {r.randint(3, 22)} to {r.randint(3, 22)}, "
        f"xG {r.uniform(0.2, 3.5):.2f} v {r.uniform(0.2, 3.5):.2f}. {home} move up to {r.choice(['1st', '2nd', '3rd'] + [f'{n}th' for n in range(4, 21)])} on {r.randint(10, 80)} points.",
        f"{minute}' — yellow card for the {away} number {r.randint(2, 30)}. {home} have had {r.randint(2, 12)} corners already. "
        f"Attendance today: {r.randint(8000, 60000):,}.",
        f"Half-time at the {city(v)} derby: {home} {h} {away} {a}. {r.randint(1, 5)} minutes added on; the VAR check for the penalty took {r.randint(1, 4)} min.",
    ])


def p_esports(v):
    r = v.r
    a, b = r.sample(ESPORTS, 2)
    return r.choice([
        f"{a} take Baron at {r.randint(18, 35)}:{r.randint(0, 59):02} and push mid — gold lead now {r.uniform(1, 12):.1f}k. {b} need a pick-off.",
        f"Map {r.randint(1, 5)} to {b}, {r.randint(10, 16)}–{r.randint(3, 13)}! Series tied {r.randint(1, 2)}-{r.randint(1, 2)}. "
        f"That clutch in round {r.randint(10, 30)} will be on the highlight reel.",
        f"Patch {v.dev.version()} changes: {a} first-picked the support for the {r.randint(3, 9)}th game in a row; win rate {r.randint(40, 70)}% on {r.choice(['red', 'blue'])} side.",
    ])


def p_weather(v):
    r = v.r
    lo = r.randint(-5, 14)
    return r.choice([
        f"Tonight: lows of {lo}°C, winds {r.choice(['N', 'NE', 'SW', 'W', 'SE'])} {r.randint(10, 40)} km/h gusting {r.randint(45, 90)}, "
        f"{r.randint(10, 95)}% chance of rain after {hhmm(v, 18, 23)}. Tomorrow {lo + r.randint(3, 12)}°C, UV index {r.randint(1, 8)}, pollen {r.choice(['low', 'moderate', 'high'])}.",
        f"Weather for {city(v)}: {r.choice(['sunny spells', 'heavy showers', 'fog clearing by noon', 'light snow', 'thunderstorms'])}, "
        f"{lo}–{lo + r.randint(4, 14)}°C, pressure {r.randint(990, 1035)} hPa, humidity {r.randint(40, 98)}%. Sunrise {hhmm(v, 5, 8)}, sunset {hhmm(v, 16, 21)}.",
        f"Yellow warning for wind in {region(v)} from {hhmm(v, 0, 12)} {r.choice(DAYS)} to {hhmm(v, 12, 23)}: gusts of {r.randint(50, 70)} mph on coasts.",
    ])


def p_traffic(v):
    r = v.r
    m = r.choice(ROADS_UK)
    j = r.randint(1, 30)
    return r.choice([
        f"{m} {r.choice(['clockwise', 'anticlockwise', 'northbound', 'southbound'])} J{j}-J{j + 1} closed overnight {hhmm(v, 20, 22)}–{hhmm(v, 5, 6)} "
        f"for resurfacing; diversion via the {r.choice(AROADS)} and {r.choice(AROADS)}. Allow an extra {r.randint(10, 60)} minutes.",
        f"Queues of {r.randint(2, 12)} miles on the {m} between J{j} and J{j + 2} after a {r.choice(['broken-down lorry', 'collision', 'spillage'])}. "
        f"Lane {r.randint(1, 3)} of {r.randint(3, 4)} closed. Average speed {r.randint(5, 30)} mph.",
        f"Roadworks on the {r.choice(['A7', 'A8', 'E40', 'A2', 'N7'])} at km {r.randint(10, 420)}: single lane, temporary lights, "
        f"until {day_month(v)}. Ferry crossing delays of {r.randint(20, 120)} min at the port.",
    ])


def p_release_notes(v):
    r = v.r
    added = r.sample(["CSV export for reports", "dark mode on the settings page", "bulk archive", "keyboard shortcuts (press ?)",
                      "offline mode for the mobile app", "webhooks retry with backoff", "per-room booking limits",
                      "support for " + clean(v, v.dev.programming_language, ["Rust", "Go", "Kotlin"])], 2)
    fixed = r.sample(["crash when the sync queue exceeded 10,000 items", "timezone offset in exported calendars",
                      "slow search on lists with 5k+ entries", "wrong currency symbol for CHF", "memory leak in the image viewer",
                      "date picker skipping 29 February"], 2)
    return (f"Release {v.r.choice([v.dev.version(), v.dev.calver(), 'v' + v.dev.version()])} ({iso_date(v)})\n"
            f"Added: {'; '.join(added)}.\nFixed: {'; '.join(f'{x} (#{r.randint(1000, 9999)})' for x in fixed)}.\n"
            f"Requires {v.dev.os()} or later. Download size {v.file_size()}.")


def p_bug_report(v):
    r = v.r
    return (
        f"Bug: {r.choice(['app freezes on the export screen', 'notifications arrive twice', 'totals off by one cent', 'login loop after update'])}\n"
        f"Steps to reproduce:\n1. Open Settings > {r.choice(['Sync', 'Display', 'Storage', 'Accounts'])}\n"
        f"2. Toggle \"{r.choice(['Background refresh', 'Compact view', 'Use cellular data'])}\" twice\n3. Go back and pull to refresh\n"
        f"Expected: list reloads. Actual: spinner for {r.randint(10, 120)} s, then error {r.choice(['E_TIMEOUT', '0x80070005', 'HTTP 502', 'SQLITE_BUSY'])}.\n"
        f"Env: build {r.randint(1000, 99999)}, {v.dev.os()}, {gadget(v)}, {r.randint(2, 16)} GB RAM. Repro rate {r.randint(1, 10)}/10."
    )


def p_review(v):
    r = v.r
    stars = r.randint(1, 5)
    return (
        f"{'★' * stars}{'☆' * (5 - stars)} {stars}/5 — {gadget(v)}\n"
        + r.choice([
            f"Battery lasts about {r.randint(1, 3)} days with moderate use; charging from 0 to 80% takes {r.randint(25, 90)} minutes.",
            f"Arrived in {r.randint(1, 9)} days, box slightly dented. Screen is bright ({r.randint(400, 1600)} nits) but the speakers are thin.",
            f"Returned it after {r.randint(2, 30)} days: the fan hits {r.randint(40, 55)} dB under load. Support replied within {r.randint(2, 48)} h though.",
            f"Good value at {money(v, 49, 1400)}. The {r.randint(64, 1024)} GB model is enough for me. Would buy again.",
        ])
        + f"\n{r.randint(0, 300)} people found this helpful"
    )


def p_shopping_list(v):
    r = v.r
    items = [f"{r.randint(1, 3)} x semi-skimmed milk 2 l", f"{r.choice([250, 500])} g penne", f"{r.randint(4, 12)} eggs (free range)",
             f"{veg(v).lower()}", f"{r.randint(1, 3)} kg {fruit(v).lower()}", f"{drink(v)} x{r.randint(1, 6)}", "washing-up liquid",
             f"bin bags ({r.choice([30, 50, 60])} l)", f"{spice(v).lower()}", f"AA batteries x{r.choice([4, 8])}",
             f"{r.choice([400, 800])} g loaf, wholemeal", f"{r.randint(2, 6)} tins chopped tomatoes"]
    head = r.choice(["Shopping list", "weekly shop", "Add to the list:", "For the weekend"])
    return head + "\n" + "\n".join(f"{r.choice(['-', '•', '[ ]'])} {x}" for x in r.sample(items, r.randint(4, 8)))


def p_workout(v):
    r = v.r
    lines = [f"Squat {r.randint(3, 5)}x{r.randint(3, 8)} @ {r.randrange(40, 160, 5)} kg",
             f"Bench {r.randint(3, 5)}x{r.randint(5, 10)} @ {r.randrange(30, 110, 5)} kg",
             f"Deadlift 1x5 @ {r.randrange(60, 200, 5)} kg", f"Pull-ups {r.randint(3, 5)}x{r.randint(4, 12)}",
             f"Plank {r.randint(3, 4)}x{r.randint(30, 90)} s",
             f"{r.randint(3, 21)} km {r.choice(['easy', 'tempo', 'long'])} run {r.randint(15, 120)}:{r.randint(0, 59):02}, pace {pace(v)}, avg HR {r.randint(120, 175)} bpm",
             f"Rowing {r.choice([2000, 5000])} m in {r.randint(7, 24)}:{r.randint(0, 59):02}.{r.randint(0, 9)}, {r.randint(18, 30)} spm",
             f"Bike {r.randint(20, 120)} km, {r.randint(200, 1800)} m climbing, {r.randint(120, 320)} W avg"]
    return f"{r.choice(['Workout log', 'Session', 'Today'])} {r.choice(DAYS)}:\n" + "\n".join(r.sample(lines, r.randint(2, 5))) + \
        r.choice(["", f"\nRPE {r.randint(5, 10)}. Sleep {r.randint(5, 9)} h, resting HR {r.randint(44, 70)}."])


def p_finance(v):
    r = v.r
    q = f"Q{r.randint(1, 4)} FY{year(v)}"
    rev = r.uniform(0.2, 90)
    eps, est = r.uniform(0.1, 6), r.uniform(0.1, 6)
    return r.choice([
        f"{stock(v)} ({v.finance.stock_ticker()}) {q}: revenue ${rev:.2f}bn ({r.uniform(-20, 35):+.1f}% YoY), EPS ${eps:.2f} vs ${est:.2f} est., "
        f"guidance raised to ${rev * 4.1:.1f}–{rev * 4.3:.1f}bn. Shares {r.uniform(-12, 12):+.1f}% after hours.",
        f"Portfolio summary {q}: equities {r.randint(40, 80)}%, bonds {r.randint(10, 40)}%, cash {r.randint(1, 10)}%. "
        f"Return {r.uniform(-8, 15):+.2f}% vs benchmark {r.uniform(-8, 15):+.2f}%. Largest position: {v.finance.stock_ticker()} ({r.uniform(2, 9):.1f}%).",
        f"Markets: {r.choice(['FTSE 100', 'DAX', 'Nikkei 225', 'S&P 500', 'CAC 40'])} {r.uniform(-3, 3):+.2f}% at {r.randint(3000, 40000):,}; "
        f"{v.ticker()} led gains ({r.uniform(1, 15):+.1f}%) on {r.choice(['strong margins', 'a buyback', 'upgraded guidance'])}.",
    ])


def p_home_log(v):
    r = v.r
    lines = []
    day = iso_date(v)
    for _ in range(r.randint(3, 6)):
        d = r.choice(DEVICES)
        kind = d.split(".")[0]
        ev = r.choice({
            "thermostat": [f"set {r.choice(['19.5', '20.0', '20.5', '21.0', '17.0'])}°C (was {r.randint(14, 21)}.{r.choice('05')}°C) by schedule 'weekday-morning'"],
            "climate": [f"mode heat, target {r.randint(17, 22)}°C, current {r.randint(14, 22)}.{r.randint(0, 9)}°C"],
            "valve": [f"position {r.randint(0, 100)}%", f"battery {r.randint(3, 99)}%"],
            "sensor": [f"humidity {r.randint(35, 85)}%", f"temperature {r.randint(12, 26)}.{r.randint(0, 9)}°C", "unavailable (zigbee timeout)"],
            "light": [f"on → off after {r.randint(1, 60)} min no motion", "on (automation 'sunset lights')"],
            "plug": [f"power {r.randint(1, 2400)} W", f"energy today {r.uniform(0, 9):.2f} kWh"],
            "switch": ["closed", f"opened for {r.randint(1, 15)} min"],
            "lock": ["locked (auto-lock 5 min)", "unlocked via keypad", f"battery {r.randint(3, 99)}%"],
            "cover": [f"position {r.choice([0, 25, 50, 100])}% (sun protection)", "closed at sunset"],
            "fan": [f"on for {r.randint(5, 30)} min (humidity {r.randint(60, 90)}%)", "off"],
        }[kind])
        lines.append(f"{day} {hhmm(v, 0, 23)}:{r.randint(0, 59):02} {d} {ev}")
    lines.sort()
    return "\n".join(lines)


def p_room_calendar(v):
    r = v.r
    rm = room(v)
    slots = []
    h = r.randint(8, 10)
    for _ in range(r.randint(3, 6)):
        d = r.choice([30, 60, 90])
        end = h * 60 + d
        slots.append(f"{h:02}:00–{end // 60:02}:{end % 60:02} {r.choice(TEAMS_INTERNAL)} "
                     f"{r.choice(['sync', 'retro', 'planning', 'interview panel prep', 'vendor demo', 'quarterly review', 'training'])}")
        h = end // 60 + r.randint(0, 2)
    return f"{rm} (capacity {r.randint(4, 20)}), {r.choice(DAYS)}:\n" + "\n".join(slots) + \
        r.choice(["", "\nFree after the last booking.", f"\nAV: {r.choice(['screen + camera', 'whiteboard only', 'hybrid kit'])}"])


def p_empty_form(v):
    r = v.r
    labels = ["Name", "Full name", "Date of birth", "Phone", "Mobile", "Email", "Address", "Postcode", "Signature",
              "Emergency contact", "National Insurance no.", "Employee ID", "Account number", "Sort code", "Date"]
    blanks = {"Date of birth": "__/__/____", "Date": "__/__/____", "Sort code": "__-__-__", "Postcode": "____ ___"}
    chosen = r.sample(labels, r.randint(4, 8))
    fill = r.choice(["_" * 12, "_" * 20, "........................", "[            ]"])
    head = r.choice([f"{r.choice(['Visitor', 'Registration', 'Membership', 'New starter', 'Consent', 'Locker request'])} form",
                     "Please complete in BLOCK CAPITALS", f"Form {r.choice('ABCDEFGH')}{r.randint(1, 99)} (rev. {r.randint(1, 9)})"])
    sep = r.choice(["\n", "  "])
    return head + "\n" + sep.join(f"{lab}: {blanks.get(lab, fill)}" for lab in chosen) + \
        r.choice(["", "\n[ ] I agree to the terms overleaf", "\nFor office use only: Ref ______  Checked by ______"])


def p_howto_answer(v):
    r = v.r
    task = r.choice([
        ("descale the kettle", [f"Fill it half-way with a 1:1 mix of water and white vinegar", "Boil, then leave for 30 minutes",
                                "Empty and boil fresh water twice"]),
        ("reset the router", ["Hold the reset button for 10 seconds", "Wait until the light turns solid white (about 3 minutes)",
                              "Reconnect using the password on the sticker"]),
        ("bleed a radiator", ["Turn the heating off and let it cool", "Open the valve a quarter turn with the key", "Close it when water appears; check the boiler pressure is 1–1.5 bar"]),
        ("clean a cast-iron pan", ["Rinse with hot water, no soap needed", "Dry on the hob for 2 minutes", "Wipe with a teaspoon of oil"]),
    ])
    return (f"User: how do I {task[0]}?\nAssistant: Sure — here's how:\n" + "\n".join(f"{i}. {s}." for i, s in enumerate(task[1], 1)) +
            r.choice(["", f"\nIt takes about {r.randint(5, 45)} minutes in total.", "\nLet me know if you'd like a reminder to do it monthly."]))


def p_road_trip(v):
    r = v.r
    a, b, c = city(v), city(v), city(v)
    km = r.randint(80, 900)
    return (f"User: we're driving from {a} to {b} on {r.choice(DAYS)}, how long with a stop in {c}?\n"
            f"Assistant: About {km} km; {km // 85} h {r.randint(0, 59)} min of driving plus your stop. "
            f"Fuel at {r.uniform(5, 9):.1f} l/100 km comes to roughly {km * 0.07:.0f} litres. "
            + r.choice([f"Leave before {hhmm(v, 6, 8)} to miss the traffic.", "Tolls are about €" + str(r.randint(8, 60)) + ".",
                        f"There are fast chargers every {r.randint(40, 120)} km if you take the EV."]))


def p_helpdesk(v):
    r = v.r
    t = f"TKT-{r.randint(10000, 99999)}"
    return r.choice([
        f"Your ticket {t} has been resolved: the shared drive quota was raised to {r.choice([50, 100, 250])} GB. "
        f"If the problem comes back, reply to reopen within {r.randint(5, 14)} days.\n— IT Service Desk",
        f"[{t}] Laptop replacement approved. Collect it from the service point in Building {r.randint(1, 6)}, "
        f"{hhmm(v, 9, 11)}–{hhmm(v, 14, 16)}, bring the old device and charger. Asset tag {r.choice('ABCDEF')}{r.randint(100000, 999999)}.\nIT Support",
        f"Planned maintenance: VPN unavailable {r.choice(DAYS)} {hhmm(v, 20, 23)}–{hhmm(v, 0, 3)} while we upgrade to {v.dev.version()}. "
        f"Change ref CHG{r.randint(100000, 999999)}.\nThanks, Infrastructure",
    ])


def p_minutes(v):
    r = v.r
    return (
        f"Minutes — {r.choice(['Budget Committee', 'Health & Safety Committee', 'Curriculum Board', 'Residents’ Association AGM', 'Change Advisory Board'])}, "
        f"{day_month(v)}, {room(v)}\nPresent: representatives from {', '.join(r.sample(['Finance', 'HR', 'Operations', 'Legal', 'Estates', 'IT', 'Student Union'], 3))}.\n"
        f"1. Previous minutes approved.\n2. Budget: {gbp(v, 5000, 900000)} approved for {r.choice(['the roof repairs', 'new laptops', 'the summer programme'])} ({r.randint(5, 12)} in favour, {r.randint(0, 3)} against).\n"
        f"3. AOB: next meeting {day_month(v)} at {hhmm(v, 9, 18)}.\nActions: Estates to get {r.randint(2, 4)} quotes by week {r.randint(1, 52)}."
    )


def p_event(v):
    r = v.r
    return r.choice([
        f"Summer party on the roof terrace, level {r.randint(5, 12)}: Friday {day_month(v)}, {hhmm(v, 16, 17)}–{hhmm(v, 20, 22)}. "
        f"Food: {dish(v).lower()} and a vegan option; drinks tokens x{r.randint(2, 4)}. RSVP in the events channel by {r.choice(DAYS)}. — the Events team",
        f"Lunch & learn: \"{r.choice(['Intro to SQL', 'Budgeting basics', 'Accessibility 101', 'Negotiation skills'])}\" in {room(v)}, "
        f"{r.choice(DAYS)} {hhmm(v, 12, 13)}. {r.randint(10, 60)} seats; sandwiches provided.",
        f"Charity bake sale raised {gbp(v, 100, 3000, 2)} — thank you! Best seller: {dish(v).lower()} ({r.randint(20, 90)} slices).",
    ])


def p_library(v):
    r = v.r
    return (f"Library opening hours from {day_month(v)}: Mon–Thu {hhmm(v, 8, 9)}–{hhmm(v, 20, 22)}, Fri {hhmm(v, 8, 9)}–{hhmm(v, 17, 19)}, "
            f"Sat {hhmm(v, 10, 11)}–{hhmm(v, 16, 17)}. Loan limit {r.randint(6, 20)} items, {r.randint(2, 4)}-week loans, "
            f"fine {r.choice(['10p', '20p', '25p'])}/day. New on the shelf: ISBN {isbn13(v)} ({r.choice(['3rd', '4th', '2nd'])} edition), shelfmark "
            f"{r.randint(0, 999):03}.{r.randint(1, 99)} {r.choice('ABCDEFGHKLMNPRST')}{r.choice('ABCDEFGHKLMNPRST')}{r.choice('ABCDEFGHKLMNPRST')}.")


def p_utility(v):
    r = v.r
    return r.choice([
        f"Planned water outage: Zone {r.randint(1, 12)} of {city(v)}, {r.choice(DAYS)} {hhmm(v, 8, 11)}–{hhmm(v, 13, 17)}. "
        f"Boil-water notice lifted as of {day_month(v)}. Reference {r.choice('WXYZ')}{r.randint(1000000, 9999999)}.",
        f"Power cut update: {r.randint(120, 9000):,} homes affected in {region(v)}; engineers expect to restore supply by {hhmm(v, 14, 23)}. "
        f"Fault ref INC{r.randint(100000, 999999)}.",
        f"Your smart meter read {r.randint(1000, 60000):,} kWh on {day_month(v)}; estimated bill {gbp(v, 40, 400, 2)}, "
        f"unit rate {r.uniform(18, 34):.2f}p/kWh, standing charge {r.uniform(40, 60):.2f}p/day.",
    ])


def p_translate_ask(v):
    r = v.r
    src, tgt = r.choice([
        ("the meeting room on the 3rd floor is booked until 4pm", ("French", "la salle de réunion du 3e étage est réservée jusqu'à 16 h")),
        ("please leave your bags at the front desk", ("German", "Bitte lassen Sie Ihre Taschen am Empfang")),
        ("the train to the airport leaves from platform 4", ("Spanish", "el tren al aeropuerto sale del andén 4")),
        ("the pharmacy closes at 7pm on Saturdays", ("Italian", "la farmacia chiude alle 19 il sabato")),
        ("check-in opens two hours before departure", ("Portuguese", "o check-in abre duas horas antes da partida")),
        ("the lift is out of order, use the stairs", ("Japanese", "エレベーターは故障中です。階段をご利用ください")),
    ])
    return f"User: translate \"{src}\" into {tgt[0]}\nAssistant: {tgt[1]}" + r.choice(["", " (formal register)", f"\n\n({tgt[0]}, {len(tgt[1])} characters)"])




# == tool-call frames ============================================================================
def t_calendar_create(v):
    r = v.r
    style = r.randrange(3)
    title = f"{r.choice(TEAMS_INTERNAL)} {r.choice(['quarterly planning', 'retro', 'offsite prep', 'budget review', 'design crit', 'all-hands dry run'])}"
    if style == 0:
        return g.tool("calendar.create_event", {"title": title, "room": room(v), "start": f"{iso_date(v)}T{hhmm(v, 8, 16)}:00",
                                                "duration_minutes": r.choice([30, 45, 60, 90, 120]), "attendees": [f"{r.choice(TEAMS_INTERNAL)} team"],
                                                "recurrence": r.choice([None, "RRULE:FREQ=WEEKLY;BYDAY=TU", "RRULE:FREQ=MONTHLY;BYMONTHDAY=1"])})
    if style == 1:
        return g.tool("calendar_create_event", {"event": {"summary": title, "location": {"name": room(v), "building": f"Building {r.randint(1, 9)}"},
                                                          "when": {"date": iso_date(v), "from": hhmm(v), "to": hhmm(v)}},
                                                "notify": r.choice(["all", "none", "organiser"]), "videoLink": r.choice([True, False])})
    return g.tool("createEvent", {"Title": title, "Where": f"{room(v)}, level {r.randint(0, 9)}", "Start": f"{day_month(v)} {ampm(v)}",
                                  "Reminders": [{"minutes": m} for m in r.sample([5, 10, 15, 30, 60, 1440], 2)]})


def t_email_draft(v):
    r = v.r
    frm, to = r.sample(SIGNOFFS, 2)
    subj = r.choice([f"Invoice {ref(v, 'INV')} – payment received", f"Room {r.randint(100, 640)} heating", "Updated parking arrangements",
                     f"Q{r.randint(1, 4)} budget deadline", "Fire drill next week", f"Delivery window for order {ref(v)}"])
    body = r.choice([
        f"Hi,\n\nJust confirming we received {gbp(v, 20, 5000, 2)} on {day_month(v)}. Nothing more is needed.\n\nBest,\n{frm}",
        f"Hello,\n\nCould you check the radiator in the {r.choice(['meeting room', 'print room', 'quiet room'])} on level {r.randint(1, 6)}? It's been at {r.randint(14, 17)}°C all week.\n\nThanks,\n{frm}",
        f"All,\n\nFrom {r.choice(DAYS)}, bays {r.randint(1, 20)}–{r.randint(21, 60)} are reserved for visitors. Please park on level -{r.randint(1, 3)}.\n\n— {frm}",
    ])
    args = r.choice([
        {"from": frm, "to": to, "subject": subj, "body": body},
        {"draft": {"sender": frm, "recipients": [to], "subject": subj, "text": body}, "send": False},
        {"To": to, "Subject": subj, "Body": body, "Importance": r.choice(["normal", "high"])},
    ])
    return g.tool(r.choice(["email.draft", "mail_compose", "drafts.create"]), args)


def t_notes_search(v):
    r = v.r
    q = r.choice(["sourdough hydration", "bike gear ratios", "Q3 board pack", "holiday packing", "printer toner model", "allotment sowing dates"])
    results = [{"title": f"{q.capitalize()} — {words(v, 2)}", "updated": iso_date(v), "snippet": r.choice([
        f"{r.randint(65, 80)}% hydration, {r.randint(18, 26)}°C proof for {r.randint(3, 12)} h",
        f"{r.randint(34, 53)}/{r.randint(11, 34)} front, cassette {r.randint(10, 12)}-speed",
        f"toner {v.model_number()}, about {r.randint(1500, 9000):,} pages",
        f"sow {veg(v).lower()} in {r.choice(MONTHS)}, harvest after {r.randint(6, 16)} weeks"])} for _ in range(r.randint(1, 3))]
    call = g.tool("notes.search", {"query": q, "limit": r.choice([5, 10, 20]), "folder": r.choice(["Home", "Work", "Recipes", None])})
    return call + "\n" + tool_result("notes.search", {"hits": len(results), "results": results}) if r.random() < 0.7 else call


def t_reminders_add(v):
    r = v.r
    text = r.choice(["renew parking permit", "take the bins out", "book annual boiler service", "call the garage about the MOT",
                     f"order {drink(v).lower()} for the team event", "submit timesheet", "water the office plants", "swap the air filter"])
    return g.tool(r.choice(["reminders.add", "add_reminder", "todo.create"]), r.choice([
        {"text": text, "due": f"{iso_date(v)}T{hhmm(v)}:00", "repeat": r.choice(["P1M", "P1W", "P1Y", None]), "list": r.choice(["Home", "Work"])},
        {"title": text, "when": {"relative": f"in {r.randint(1, 48)} hours"}, "priority": r.randint(1, 3)},
        {"reminder": {"label": text, "dayOfWeek": r.choice(DAYS), "time": ampm(v)}, "location_trigger": r.choice(["leaving home", "arriving at work", None])},
    ]))


def t_translate(v):
    r = v.r
    pairs = [("en", "de", "The meeting room on the third floor is booked until 4 pm.", "Der Besprechungsraum im dritten Stock ist bis 16 Uhr gebucht."),
             ("en", "fr", "Please leave your bags at the front desk.", "Veuillez laisser vos sacs à l'accueil."),
             ("en", "es", "Take two tablets every eight hours with food.", "Tome dos comprimidos cada ocho horas con comida."),
             ("de", "en", "Der Zug hat heute etwa 20 Minuten Verspätung.", "The train is running about 20 minutes late today."),
             ("en", "ja", "Check-in opens at 3 pm.", "チェックインは午後3時からです。"),
             ("it", "en", "Il ristorante è chiuso il lunedì.", "The restaurant is closed on Mondays."),
             ("pt", "en", "O voo foi remarcado para as 18h40.", "The flight was rescheduled to 6:40 pm.")]
    s, t, src, out = r.choice(pairs)
    call = g.tool(r.choice(["translate.text", "translate"]), r.choice([{"source_lang": s, "target_lang": t, "text": src},
                                                                        {"q": src, "from": s, "to": t, "formality": r.choice(["default", "more", "less"])}]))
    return call + "\n" + tool_result("translate.text", {"translation": out, "detected_source": s, "chars": len(src)}) if r.random() < 0.6 else call


def t_maps_route(v):
    r = v.r
    a, b = city(v), city(v)
    km = r.uniform(15, 1400)
    res = {"distance_km": round(km, 1), "duration": f"{int(km // 88)} h {r.randint(0, 59)} min",
           "via": r.sample(ROADS_UK + AROADS + ["A7", "E40", "A9", "N1", "Autobahn A3"], r.randint(1, 3)),
           "tolls": r.choice([True, False]), "traffic_delay_min": r.randint(0, 55)}
    call = g.tool(r.choice(["maps.route", "directions"]), {"origin": a, "destination": b, "mode": r.choice(["driving", "transit", "cycling"]),
                                                           "depart_at": f"{iso_date(v)}T{hhmm(v)}", "avoid": r.choice([["tolls"], ["ferries"], []])})
    return call + "\n" + tool_result("maps.route", res)


def t_fitness_log(v):
    r = v.r
    return g.tool(r.choice(["fitness.log", "log_workout"]), r.choice([
        {"activity": "run", "distance_km": round(r.uniform(2, 42.2), 2), "duration": f"PT{r.randint(0, 3)}H{r.randint(0, 59)}M{r.randint(0, 59)}S",
         "pace": pace(v), "avg_hr_bpm": r.randint(110, 180), "max_hr_bpm": r.randint(170, 198), "elevation_m": r.randint(0, 900)},
        {"type": "strength", "exercises": [{"name": n, "sets": r.randint(3, 5), "reps": r.randint(3, 12), "weight_kg": r.randrange(20, 180, 5)}
                                           for n in r.sample(["Squat", "Bench press", "Deadlift", "Overhead press", "Barbell row"], r.randint(2, 4))]},
        {"Sport": "Cycling", "Distance": f"{r.randint(10, 160)} km", "AvgPower": f"{r.randint(120, 320)} W", "Cadence": r.randint(70, 100), "Notes": "headwind on the way back"},
    ]))


def t_recipe_scale(v):
    r = v.r
    a, b = r.choice([(4, 6), (2, 8), (6, 3), (4, 12)])
    ing = [{"item": veg(v).lower(), "qty": r.choice([200, 300, 500]), "unit": "g"}, {"item": "vegetable stock", "qty": r.choice([500, 750, 1000]), "unit": "ml"},
           {"item": spice(v).lower(), "qty": r.choice([1, 2]), "unit": "tsp"}, {"item": "eggs", "qty": r.randint(1, 4), "unit": None}]
    call = g.tool("recipe.scale", {"recipe": dish(v), "from_servings": a, "to_servings": b, "ingredients": ing, "units": r.choice(["metric", "us"])})
    res = {"factor": round(b / a, 3), "ingredients": [{**i, "qty": round(i["qty"] * b / a, 1)} for i in ing],
           "oven": f"{r.choice([180, 190, 200])}°C", "time_min": r.randint(20, 90)}
    return call + "\n" + tool_result("recipe.scale", res) if r.random() < 0.6 else call


def t_thermostat(v):
    r = v.r
    return g.tool(r.choice(["home.set_thermostat", "climate.set_temperature"]), r.choice([
        {"device_id": r.choice(DEVICES[:1] + ["climate.bedroom_2", "valve.radiator_3"]), "target_c": r.choice([17.5, 19.0, 20.5, 21.0, 22.0]),
         "mode": r.choice(["heat", "eco", "auto"]), "until": hhmm(v)},
        {"entity_id": "climate." + r.choice(["hallway", "office", "nursery", "living_room"]), "temperature": r.randint(60, 74), "unit": "F",
         "schedule": {"weekday": [["06:30", 20.0], ["22:30", 16.5]], "weekend": [["08:00", 20.5]]}},
        {"zone": r.randint(1, 4), "setpoint": f"{r.randint(16, 23)}.{r.choice('05')} °C", "boost_minutes": r.choice([30, 60, 120]), "humidity_target_pct": r.randint(40, 55)},
    ]))


def t_shopping_add(v):
    r = v.r
    items = [{"name": fruit(v), "qty": r.randint(1, 6)}, {"name": veg(v), "qty": f"{r.choice([250, 500, 1000])} g"}, {"name": drink(v), "qty": r.randint(1, 12)},
             {"name": "oat milk", "qty": 2, "unit": "l"}, {"name": "washing powder", "qty": 1, "ean": ean13(v)}, {"name": "AA batteries", "qty": r.choice([4, 8])}]
    return g.tool(r.choice(["shopping.add_items", "shoppingList.add", "grocery_add"]), r.choice([
        {"list": r.choice(["Weekly shop", "Party", "Camping"]), "items": r.sample(items, r.randint(2, 5))},
        {"listName": "Home", "entries": [i["name"] for i in r.sample(items, 3)], "store": company(v)},
    ]))


def t_doc_summarize(v):
    r = v.r
    para = (f"Section {r.randint(2, 12)}.{r.randint(1, 9)} Limitation of Liability. Except for breach of Clause {r.randint(5, 20)}({r.choice('abc')}), "
            f"neither party shall be liable for indirect or consequential loss. The Supplier's aggregate liability in each Contract Year "
            f"shall not exceed the Fees paid by the Customer in the preceding {r.choice([6, 12])} months. This Agreement takes effect on "
            f"{day_month(v)} {year(v)} and is governed by the laws of {r.choice(['England and Wales', 'Germany', 'Spain', 'Japan'])}.")
    call = g.tool(r.choice(["doc.summarize", "summarise_document"]), {"document": r.choice(["MSA_v3.pdf", "DPA-2025-final.docx", file_name(v)]),
                                                                     "text": para, "max_words": r.choice([40, 60, 100])})
    res = {"summary": f"Liability is capped at {r.choice([6, 12])} months of fees, excluding indirect loss; effective {day_month(v)}.",
           "clauses": [f"{r.randint(2, 12)}.{r.randint(1, 9)}", f"{r.randint(5, 20)}({r.choice('abc')})"], "parties": ["the Supplier", "the Customer"]}
    return call + "\n" + tool_result("doc.summarize", res) if r.random() < 0.6 else call


def t_forms_template(v):
    r = v.r
    labels = r.sample(["Full name", "Date of birth", "Phone number", "Email address", "Home address", "Postcode", "Passport number",
                       "Emergency contact", "Signature", "Employee ID", "IBAN", "Card number"], r.randint(3, 7))
    fields = [r.choice([{"label": lab, "value": ""}, {"label": lab, "value": None, "required": r.choice([True, False])},
                        {"label": lab, "placeholder": {"Date of birth": "DD/MM/YYYY"}.get(lab, "")}]) for lab in labels]
    call = g.tool("forms.get_template", {"template": r.choice(["visitor-registration", "gym-membership", "new-starter", "volunteer-signup"]), "locale": r.choice(["en-GB", "en-US"])})
    return call + "\n" + tool_result("forms.get_template", {"title": r.choice(["Visitor registration", "Membership application", "New starter details"]),
                                                             "version": r.randint(1, 9), "fields": fields})


def t_flight_status(v):
    r = v.r
    airline, fl = flight(v)
    a, b = r.sample(AIRPORTS, 2)
    res = {"flight": fl, "airline": airline, "from": a, "to": b, "status": r.choice(["Scheduled", "Boarding", "Delayed", "Departed", "Gate closed"]),
           "terminal": str(r.randint(1, 5)), "gate": f"{r.choice('ABCDEK')}{r.randint(1, 60)}", "scheduled": hhmm(v), "estimated": hhmm(v),
           "baggage_belt": r.randint(1, 14)}
    return g.tool("flights.status", {"flight_number": fl.replace(" ", ""), "date": iso_date(v)}) + "\n" + tool_result("flights.status", res)


def t_hotel_search(v):
    r = v.r
    c = city(v)
    res = [{"name": f"{r.choice(HOTELS)} {c} {r.choice(['Centre', 'Airport', 'Station', 'Riverside', 'Old Town'])}", "price_per_night": money(v, 45, 420),
            "rating": round(r.uniform(6, 9.6), 1), "distance_km": round(r.uniform(0.2, 12), 1), "free_cancellation": r.choice([True, False])} for _ in range(r.randint(1, 3))]
    return g.tool("hotels.search", {"city": c, "check_in": iso_date(v), "nights": r.randint(1, 7), "guests": r.randint(1, 4), "rooms": 1}) + "\n" + dumps({"results": res})


def t_booking_confirm(v):
    r = v.r
    return tool_result("bookings.confirm", r.choice([
        {"confirmation": code(v), "hotel": f"{r.choice(HOTELS)} {city(v)}", "room": r.choice(["Superior Double", "Twin", "Family Room", "Studio"]),
         "guests": r.randint(1, 4), "check_in": f"{iso_date(v)} from 15:00", "check_out": "by 11:00", "total": money(v, 90, 2600)},
        {"pnr": code(v), "segments": [{"flight": flight(v)[1], "seat": seat(v), "cabin": r.choice(["Economy", "Premium", "Business"])} for _ in range(r.randint(1, 3))],
         "bags": f"{r.randint(0, 2)}x23kg"},
        {"bookingRef": code(v, 8), "train": f"ICE {r.randint(500, 1999)}", "coach": r.randint(1, 14), "seat": r.randint(11, 98), "platform": str(r.randint(1, 20))},
    ]))


def t_weather(v):
    r = v.r
    days = []
    first = date(year(v), r.randint(1, 12), r.randint(1, 24))
    for i in range(r.randint(2, 5)):
        lo = r.randint(-6, 22)
        days.append({"date": (first + timedelta(days=i)).isoformat(), "min_c": lo, "max_c": lo + r.randint(2, 12), "precip_mm": round(r.uniform(0, 25), 1),
                     "wind_kmh": r.randint(3, 70), "summary": r.choice(["sunny", "cloudy", "showers", "snow", "fog"])})
    return g.tool("weather.forecast", {"location": city(v), "days": len(days), "units": "metric"}) + "\n" + tool_result("weather.forecast", {"daily": days})


def t_traffic(v):
    r = v.r
    inc = [{"road": r.choice(ROADS_UK), "direction": r.choice(["clockwise", "anticlockwise", "northbound", "southbound"]),
            "between": f"J{(j := r.randint(1, 30))}-J{j + 1}",
            "type": r.choice(["roadworks", "collision", "closure", "congestion"]), "delay_min": r.randint(5, 90), "until": hhmm(v)} for _ in range(r.randint(1, 3))]
    return dumps({"tool": "traffic.incidents", "region": region(v), "incidents": inc, "updated": f"{iso_date(v)}T{hhmm(v)}Z"})


def t_room_booking(v):
    r = v.r
    return g.tool(r.choice(["rooms.book", "book_room"]), r.choice([
        {"name": f"{room(v)} – {r.choice(['Boardroom', 'Huddle', 'Training Suite'])}", "capacity": r.randint(4, 30), "contact": "front desk",
         "address": f"Building {r.randint(1, 9)}, Room {r.randint(100, 640)}", "date": iso_date(v), "slot": "-".join(two_times(v, 8, 19))},
        {"room": {"id": f"R-{r.randint(100, 999)}", "label": r.choice(ROOMS), "floor": r.randint(0, 12)}, "owner": r.choice(SIGNOFFS), "catering": r.choice(["tea & coffee", "none", "lunch for 10"])},
    ]))


def t_job_post(v):
    r = v.r
    lo = r.randrange(24000, 90000, 1000)
    return g.tool("jobs.create_posting", {"title": r.choice(JOB_TITLES), "reference": f"REQ-{year(v)}-{r.randint(1, 9999):04}", "location": city(v),
                                          "salary": {"min": lo, "max": lo + r.randrange(4000, 20000, 1000), "currency": r.choice(["GBP", "EUR", "USD"])},
                                          "contract": r.choice(["permanent", "fixed-term 12 months"]), "closing_date": iso_date(v),
                                          "contact": r.choice(["Recruitment team", "People Ops", "Talent Acquisition"])})


def t_property_search(v):
    r = v.r
    c = city(v)
    res = [{"beds": r.randint(1, 4), "size_m2": r.randint(30, 140), "rent_pcm": r.randrange(600, 3000, 25), "epc": r.choice("BCDE"),
            "furnished": r.choice([True, False]), "available": iso_date(v), "ref": f"{r.choice('LKMP')}{r.randint(10000, 99999)}"} for _ in range(r.randint(1, 3))]
    return g.tool("property.search", {"location": c, "min_beds": r.randint(1, 3), "max_rent_pcm": r.randrange(1000, 3500, 50)}) + "\n" + dumps({"count": len(res), "listings": res})


def t_sports(v):
    r = v.r
    h, a = r.sample(TEAMS, 2)
    return tool_result("sports.live_score", r.choice([
        {"home": h, "away": a, "score": f"{r.randint(0, 5)}-{r.randint(0, 5)}", "minute": r.randint(1, 95),
         "events": [{"min": r.randint(1, 90), "type": r.choice(["goal", "yellow", "sub", "var"]), "team": r.choice([h, a])} for _ in range(r.randint(1, 4))]},
        {"match": f"{h} v {a}", "status": "FT", "possession": [r.randint(35, 65), None], "attendance": r.randint(5000, 70000)},
    ]))


def t_release(v):
    r = v.r
    return g.tool(r.choice(["releases.publish", "changelog.add"]), {"version": v.dev.version(), "date": iso_date(v),
                                                                     "changes": {"added": r.sample(["CSV export", "SAML login", "dark mode", "bulk edit", "API rate-limit headers"], 2),
                                                                                 "fixed": [f"#{r.randint(1000, 9999)} {x}" for x in r.sample(["crash on empty list", "wrong DST offset", "slow dashboard", "broken pagination"], 2)],
                                                                                 "breaking": r.choice([[], ["drop support for " + v.dev.os()]])},
                                                                     "channel": r.choice(["stable", "beta", "lts"])})


def t_issue_create(v):
    r = v.r
    return g.tool(r.choice(["issues.create", "tracker.new_issue"]), {"title": r.choice(["Crash when exporting CSV with >10k rows", "Calendar shows events 1 h late after DST",
                                                                                        "Thermostat schedule ignored on weekends", "Search returns duplicates"]),
                                                                     "labels": r.sample(["bug", "p1", "p2", "regression", "ios", "android", "backend"], 2),
                                                                     "body": f"Build {r.randint(1000, 99999)} on {v.dev.os()}. Steps: open list, sort by date, export. Expected file of {v.file_size()}; got error {r.choice(['E_IO', 'OOM', 'HTTP 500'])}.",
                                                                     "assignee": r.choice(["triage queue", "Platform team", None])})


def t_reviews(v):
    r = v.r
    revs = [{"stars": (s := r.randint(1, 5)), "title": r.choice(["Does the job", "Battery is great", "Stopped working", "Good value", "Too loud"]),
             "text": r.choice([f"Used it for {r.randint(1, 18)} months.", f"{r.randint(2, 12)} h battery.", f"Replaced under warranty after {r.randint(2, 60)} days."]),
             "verified": r.choice([True, False])} for _ in range(r.randint(2, 4))]
    return g.tool("reviews.summarize", {"product": gadget(v), "reviews": revs}) + "\n" + tool_result("reviews.summarize", {"average": round(sum(x["stars"] for x in revs) / len(revs), 2), "n": len(revs)})


def t_earnings(v):
    r = v.r
    tk = v.finance.stock_ticker()
    return tool_result("finance.earnings", {"ticker": tk, "name": stock(v), "quarter": f"Q{r.randint(1, 4)} {year(v)}", "revenue_usd_m": round(r.uniform(50, 90000), 1),
                                            "eps": {"actual": round(r.uniform(-1, 6), 2), "estimate": round(r.uniform(-1, 6), 2)}, "yoy_pct": round(r.uniform(-30, 40), 1),
                                            "next_report": iso_date(v)})


def t_home_events(v):
    r = v.r
    day = iso_date(v)
    states = {"thermostat": ["heating", "idle"], "climate": ["heating", "idle", "off"], "valve": ["open", "closed"],
              "sensor": ["ok", "unavailable"], "light": ["on", "off"], "plug": ["on", "off"], "switch": ["open", "closed"],
              "lock": ["locked", "unlocked"], "cover": ["open", "closed"], "fan": ["on", "off"]}
    values = {"thermostat": lambda: f"{r.randint(15, 24)}.{r.randint(0, 9)} °C", "climate": lambda: f"{r.randint(15, 24)}.{r.randint(0, 9)} °C",
              "sensor": lambda: r.choice([f"{r.randint(15, 24)}.{r.randint(0, 9)} °C", f"{r.randint(30, 90)} %"]),
              "plug": lambda: f"{r.randint(0, 2400)} W", "valve": lambda: f"{r.randint(0, 100)} %"}
    evs = []
    for d in sorted(r.sample(DEVICES, r.randint(2, 5))):
        kind = d.split(".")[0]
        evs.append({"ts": f"{day}T{hhmm(v, 0, 23)}:{r.randint(0, 59):02}", "device": d, "state": r.choice(states[kind]),
                    "value": values.get(kind, lambda: None)()})
    evs.sort(key=lambda e: e["ts"])
    return g.tool("home.history", {"since": day, "devices": [e["device"] for e in evs]}) + "\n" + dumps({"events": evs})


def t_rooms_free(v):
    r = v.r
    return tool_result("calendar.find_rooms", {"building": f"Building {r.randint(1, 9)}", "date": iso_date(v),
                                               "rooms": [{"name": n, "floor": r.randint(0, 9), "seats": r.randint(2, 24), "free_from": hhmm(v, 7, 12), "free_until": hhmm(v, 13, 20)} for n in r.sample(ROOMS, r.randint(2, 4))]})


def t_medication(v):
    r = v.r
    n, every = r.choice([(1, 4), (2, 8), (1, 12), (2, 6)])
    return g.tool(r.choice(["medication.add_reminder", "reminders.add"]), {"label": r.choice(["Antibiotic course", "Pain relief", "Allergy tablet", "Eye drops"]),
                                                                           "dose": f"{n} {r.choice(['tablet', 'capsule', 'drop']) + ('s' if n > 1 else '')}",
                                                                           "every_hours": every, "with_food": r.choice([True, False]), "days": r.choice([3, 5, 7, 10, 14]),
                                                                           "first_dose": hhmm(v, 6, 10), "max_per_day": n * 24 // every})


def t_clinic_info(v):
    r = v.r
    return tool_result("clinic.department_info", {"department": r.choice(DEPTS), "location": {"level": r.randint(0, 5), "room": f"{r.randint(0, 5)}.{r.randint(1, 40):02}", "entrance": r.choice("ABCD")},
                                                  "arrive_minutes_early": r.choice([10, 15, 20]), "fasting_hours": r.choice([0, 4, 6, 8, 12]),
                                                  "hours": {"mon_fri": f"{hhmm(v, 7, 9)}-{hhmm(v, 16, 19)}"}, "contact": "ward reception"})


def t_unit_convert(v):
    r = v.r
    val, f, t, k = r.choice([(250, "ml", "cup", 1 / 240), (180, "C", "F", None), (12, "mi", "km", 1.609), (5, "lb", "kg", 0.4536), (30, "cm", "in", 0.3937)])
    out = val * 9 / 5 + 32 if k is None else val * k
    return g.tool("units.convert", {"value": val, "from": f, "to": t}) + "\n" + tool_result("units.convert", {"value": round(out, 3), "unit": t})




def t_timetable(v):
    r = v.r
    i = r.randrange(len(COURSES))
    return tool_result("uni.timetable", {"course": COURSES[i], "title": COURSE_TITLES[i], "term": dict(zip(["start", "end"], sorted([iso_date(v), iso_date(v)]))),
                                         "sessions": [{"type": t, "room": room(v), "day": r.choice(WEEKDAYS_SHORT[:5]), "time": f"{hhmm(v, 9, 12)}-{hhmm(v, 13, 17)}"}
                                                      for t in r.sample(["lecture", "lab", "tutorial", "seminar"], r.randint(1, 3))],
                                         "credits": r.choice([10, 15, 20, 30])})


def t_expense(v):
    r = v.r
    return g.tool("expenses.submit", {"category": r.choice(["travel", "meals", "equipment", "training"]), "amount": round(r.uniform(5, 900), 2),
                                      "currency": v.finance.currency_iso_code(), "cost_center": f"CC-{r.randint(1000, 9999)}", "date": iso_date(v),
                                      "description": r.choice([f"Train to {city(v)} for supplier audit", "Team lunch after release", f"Conference ticket, {city(v)}", "Monitor for the shared desk"]),
                                      "approver": r.choice(["Finance Ops", "line manager queue"])})


def t_chat_post(v):
    r = v.r
    return g.tool(r.choice(["slack.post_message", "teams.send"]), {"channel": r.choice(["#platform-status", "#office-leeds", "#releases", "#facilities", "#random"]),
                                                                   "text": r.choice([f"Deploy {v.dev.version()} to eu-west done, error rate {r.uniform(0, 0.5):.2f}% :white_check_mark:",
                                                                                     f"Coffee machine on level {r.randint(1, 6)} fixed ☕", f"Reminder: fire drill {r.choice(DAYS)} {hhmm(v, 9, 11)}",
                                                                                     f"Standup moved to {hhmm(v, 9, 11)} in {room(v)}"]),
                                                                   "thread": r.choice([None, f"{r.randint(1700000000, 1760000000)}.{r.randint(100000, 999999)}"])})


def t_contract_clause(v):
    r = v.r
    c = f"{r.randint(5, 20)}({r.choice('abcd')})"
    return tool_result("contracts.get_clause", {"contract": f"MSA-{year(v)}-{r.randint(1, 300):03}", "clause": c, "heading": r.choice(["Termination", "Confidentiality", "Force Majeure", "Assignment"]),
                                                "text": f"Neither party may assign this Agreement without the prior written consent of the other, such consent not to be unreasonably withheld. See also Section {r.randint(2, 9)}.{r.randint(1, 9)}.",
                                                "effective": iso_date(v), "parties": {"supplier": "the Supplier", "customer": "the Customer"}})


def t_recipe_search(v):
    r = v.r
    res = [{"title": dish(v), "minutes": r.randint(10, 180), "kcal": r.randint(150, 950), "serves": r.randint(1, 8), "tags": r.sample(["vegan", "quick", "batch", "gluten-free", "spicy"], 2)}
           for _ in range(r.randint(1, 4))]
    return g.tool("recipes.search", {"query": r.choice(["vegan lasagne", "one-pot", "high protein", "lunchbox"]), "max_minutes": r.choice([30, 45, 60])}) + "\n" + dumps(res)


def t_workout_plan(v):
    r = v.r
    return tool_result("fitness.plan", {"week": r.randint(1, 12), "goal": r.choice(["10k under 50 min", "first half marathon", "strength base"]),
                                        "days": [{"day": d, "session": r.choice([f"{r.randint(4, 16)} km easy @ {pace(v)}", f"{r.randint(5, 10)}x400 m @ {r.randint(85, 110)} s, 90 s rest",
                                                                                 f"squat 5x5 @ {r.randrange(40, 140, 5)} kg", "rest"])} for d in r.sample(WEEKDAYS_SHORT, r.randint(3, 5))]})


def t_packing(v):
    r = v.r
    return g.tool("lists.create", {"name": f"{city(v)}, {r.randint(2, 10)} nights", "items": r.sample(["passport", "adapter (type G)", "sun cream SPF 50", "2 x chargers", "rain jacket",
                                                                                                     "hiking boots", "swimwear", "medication for 10 days", "snacks for the flight"], r.randint(3, 6)),
                                   "shared_with": r.choice(["family list", "trip group", None])})


def t_batch_label(v):
    r = v.r
    return g.tool("labels.print", {"product": f"{r.choice(['Pale Ale', 'Stout', 'Lager', 'Kombucha', 'Cider'])} {r.choice([330, 440, 500])} ml",
                                   **dict(zip(["born_on", "best_before"], sorted([iso_date(v), iso_date(v)]))), "batch": f"B-{r.randint(100, 9999)}", "abv": f"{r.uniform(0.5, 9):.1f}%",
                                   "ean": ean13(v), "copies": r.randint(6, 240)})


def t_dept_lookup(v):
    r = v.r
    return tool_result("directory.department", {"department": r.choice(["Facilities", "IT Service Desk", "Payroll", "Reception", "Student Services"]),
                                                "location": f"Building {r.randint(1, 9)}, Room {r.randint(100, 640)}", "hours": f"{hhmm(v, 7, 9)}-{hhmm(v, 16, 18)}",
                                                "contact": r.choice(["front desk", "walk-in counter", "service portal"]), "queue_now": r.randint(0, 25)})


def t_energy(v):
    r = v.r
    return tool_result("energy.usage", {"period": f"{r.choice(MONTHS)} {year(v)}", "electricity_kwh": round(r.uniform(80, 900), 1), "gas_kwh": round(r.uniform(0, 2500), 1),
                                        "cost": money(v, 30, 480), "vs_last_month_pct": round(r.uniform(-30, 30), 1), "peak": {"day": r.choice(DAYS), "time": hhmm(v, 17, 20)}})






# == localised prose frames ======================================================================
def de_assistant(v):
    r = v.r
    was = r.choice(["meinen Zahnarzttermin", "meinen Friseurtermin", "meinen Werkstatttermin", "meine Physiotherapie",
                    "den Termin beim Elternsprechtag"])
    return (f"Kannst du {was} am {v.datetime.day_of_week()} um {r.randint(8, 17)} Uhr auf {v.datetime.day_of_week()} {hhmm(v, 8, 17)} verschieben? "
            f"Und erinnere mich bitte {r.choice(['einen Tag', 'zwei Tage', 'drei Tage'])} vorher.\n"
            + r.choice([f"Erledigt: Der Termin ist jetzt am {r.randint(1, 28)}.{r.randint(1, 12):02}. um {hhmm(v, 8, 17)} Uhr.",
                        f"Der nächste freie Termin ist am {v.datetime.day_of_week()} um {hhmm(v, 8, 17)}. Soll ich ihn buchen?"]))


def de_email(v):
    r = v.r
    return r.choice([
        f"Betreff: Wartung der Aufzüge in Gebäude {r.randint(1, 9)}\n\nHallo zusammen,\nam {v.datetime.day_of_week()} zwischen {hhmm(v, 7, 9)} und {hhmm(v, 12, 16)} "
        f"werden die Aufzüge gewartet. Bitte nutzen Sie das Treppenhaus Ost.\n\nViele Grüße\nIhr Facility-Management",
        f"Betreff: Rechnung RE-{year(v)}-{r.randint(1000, 99999)}\n\nGuten Tag,\nder offene Betrag von {v.num(r.uniform(20, 9000), 2)} € ist seit "
        f"{r.randint(5, 40)} Tagen fällig. Falls Sie bereits bezahlt haben, betrachten Sie diese Nachricht bitte als gegenstandslos.\n\nMit freundlichen Grüßen\nIhre Buchhaltung",
        f"Hinweis: Die Kantine in Raum {r.randint(0, 3)}.{r.randint(1, 40):02} bleibt bis {r.randint(1, 28)}.{r.randint(1, 12):02}. geschlossen. "
        f"Heute gibt es {dish(v)} im Foyer.\n— Ihr Kantinenteam",
    ])


def de_recipe(v):
    r = v.r
    c = r.choice([160, 180, 200, 220])
    return (f"{dish(v)} (für {r.randint(2, 8)} Personen)\n1. Backofen auf {c} °C (Umluft {c - 20} °C) vorheizen.\n"
            f"2. {r.choice([200, 250, 300])} g Mehl, {r.randint(2, 4)} Eier und {r.choice([100, 125, 150])} ml Milch verrühren.\n"
            f"3. {r.randint(1, 3)} TL {spice(v)} und eine Prise Salz zugeben.\n4. {r.randint(20, 50)} Minuten backen, {r.randint(5, 15)} Minuten ruhen lassen.")


def de_travel(v):
    r = v.r
    dep, arr = two_times(v)
    return (f"Reiseplan: ICE {r.randint(500, 1999)} {city(v)} → {city(v)}, Abfahrt {dep} von Gleis {r.randint(1, 20)}, Wagen {r.randint(1, 14)}, Platz {r.randint(11, 98)}. "
            f"Ankunft {arr}{r.choice(['', f' (voraussichtlich +{r.randint(5, 40)} Min.)'])}.\nHotel: {r.choice(['Motel One', 'Novotel', 'ibis', 'Mercure'])} {city(v)}, "
            f"{r.choice(['eine Nacht', '2 Nächte', '3 Nächte', '4 Nächte'])}, Frühstück inklusive, Buchungsnummer {code(v, 8)}.")


def de_listing(v):
    r = v.r
    if r.random() < 0.5:
        return (f"{r.randint(1, 5)}-Zimmer-Wohnung in {city(v)}, {v.num(r.uniform(30, 140), 1)} m², Kaltmiete {v.num(r.randrange(450, 2400, 10), 0)} €, "
                f"Nebenkosten {r.randint(90, 350)} €, Energieeffizienzklasse {r.choice('ABCDEFG')}, frei ab {r.randint(1, 28)}.{r.randint(1, 12):02}. Haustiere nach Absprache.")
    lo = r.randrange(35000, 90000, 1000)
    return (f"Stellenangebot: {occupation(v).split(' / ')[0]} (m/w/d), Kennziffer ST-{year(v)}-{r.randint(1, 999):03}, {city(v)}, Vollzeit, "
            f"{v.num(lo, 0)}–{v.num(lo + r.randrange(4000, 16000, 1000), 0)} € brutto/Jahr, {r.choice([28, 30])} Tage Urlaub. Bewerbungsschluss: {r.randint(1, 28)}.{r.randint(1, 12):02}.")


def de_form(v):
    r = v.r
    labels = r.sample(["Name", "Vorname", "Geburtsdatum", "Telefon", "E-Mail", "Anschrift", "PLZ/Ort", "IBAN", "Unterschrift", "Personalnummer", "Steuer-ID"], r.randint(4, 7))
    blank = {"Geburtsdatum": "__.__.____", "IBAN": "DE__ ____ ____ ____ ____ __"}
    return (f"{r.choice(['Anmeldeformular', 'Mitgliedsantrag', 'Besucherregistrierung'])} – bitte in Druckbuchstaben ausfüllen\n"
            + "\n".join(f"{lab}: {blank.get(lab, '_' * r.choice([12, 16, 20]))}" for lab in labels) + "\nOrt, Datum: ______________")


def fr_assistant(v):
    r = v.r
    return (f"Peux-tu déplacer mon rendez-vous chez le {r.choice(['dentiste', 'kiné', 'coiffeur', 'garagiste'])} de {v.datetime.day_of_week().lower()} {r.randint(8, 17)} h "
            f"à {v.datetime.day_of_week().lower()} {r.randint(8, 17)} h {r.choice(['00', '15', '30', '45'])} ?\n"
            + r.choice([f"C'est fait : le rendez-vous est maintenant le {r.randint(1, 28)} {v.datetime.month().lower()} à {r.randint(8, 17)} h 30.",
                        "Le premier créneau libre est jeudi à 10 h. Je le réserve ?"]))


def fr_notice(v):
    r = v.r
    return r.choice([
        f"Objet : Coupure d'eau – bâtiment {r.choice('ABCDE')}\n\nBonjour à tous,\nl'eau sera coupée le {v.datetime.day_of_week().lower()} de {r.randint(8, 11)} h à {r.randint(12, 17)} h "
        f"pour travaux. Merci de votre compréhension.\n\nCordialement,\nLe service des moyens généraux",
        f"Rappel : la facture FA-{year(v)}-{r.randint(1000, 99999)} d'un montant de {v.num(r.uniform(20, 8000), 2)} € est échue depuis {r.randint(3, 40)} jours.\n"
        f"— Le service comptabilité",
    ])


def fr_recipe(v):
    r = v.r
    return (f"{dish(v)} pour {r.randint(2, 8)} personnes : préchauffer le four à {r.choice([160, 180, 200])} °C (th. {r.randint(5, 7)}). "
            f"Mélanger {r.choice([200, 250])} g de farine, {r.randint(2, 4)} œufs et {r.choice([20, 25, 50])} cl de lait. Ajouter {r.randint(1, 2)} c. à café de "
            f"{spice(v).lower()}. Cuire {r.randint(20, 45)} min.")


def fr_traffic(v):
    r = v.r
    return r.choice([
        f"Info trafic : bouchon de {r.randint(2, 25)} km sur l'A{r.choice([1, 4, 6, 7, 10, 13])} dans le sens {city(v)} → {city(v)}, au PR {r.randint(10, 500)}. "
        f"Temps de parcours : {r.randint(20, 180)} min. Sortie {r.randint(1, 40)} fermée jusqu'à {r.randint(17, 23)} h.",
        f"Météo {region(v)} : {r.randint(-3, 15)} à {r.randint(16, 34)} °C, vent d'ouest {r.randint(10, 60)} km/h, risque d'orages {r.randint(10, 90)} % après {r.randint(14, 20)} h. "
        f"Vigilance {r.choice(['jaune', 'orange'])} canicule.",
    ])


def fr_clinic(v):
    r = v.r
    n, every = r.choice([(1, 8), (2, 8), (1, 12), (2, 6)])
    return r.choice([
        f"Service de radiologie, niveau {r.randint(0, 4)}, salle {r.randint(1, 40)} : merci d'être à jeun {r.choice([4, 6, 12])} heures avant l'examen. "
        f"Se présenter {r.choice([15, 20, 30])} minutes en avance à l'accueil {r.choice('ABC')}.",
        f"Posologie : {n} comprimé{'s' if n > 1 else ''} toutes les {every} heures pendant {r.choice([5, 7, 10])} jours, au cours des repas. "
        f"Ne pas dépasser {n * 24 // every} comprimés par jour.",
    ])


def fr_contract(v):
    r = v.r
    return (f"Article {r.randint(2, 15)}.{r.randint(1, 9)} – Résiliation. Chacune des parties peut résilier le présent contrat moyennant un préavis de "
            f"{r.choice([30, 60, 90])} jours en cas de manquement grave non corrigé dans un délai de {r.choice([15, 30])} jours. La responsabilité du Prestataire "
            f"est limitée au montant des sommes versées par le Client au cours des {r.choice([6, 12])} derniers mois. Date d'effet : {r.randint(1, 28)} {v.datetime.month().lower()} {year(v)}.")


def es_assistant(v):
    r = v.r
    return (f"¿Puedes cambiar mi cita del {r.choice(['dentista', 'fisio', 'taller', 'médico de cabecera'])} del {v.datetime.day_of_week().lower()} a las {r.randint(8, 17)}:00 "
            f"al {v.datetime.day_of_week().lower()} por la tarde?\n"
            + r.choice([f"Hecho: la cita queda el {r.randint(1, 28)} de {v.datetime.month().lower()} a las {hhmm(v, 15, 19)}.",
                        f"El primer hueco libre es el jueves a las {hhmm(v, 15, 19)}. ¿Lo reservo?"]))


def es_uni(v):
    r = v.r
    return (f"Aviso: la asignatura {r.choice(COURSES)} pasa al aula {r.randint(1, 4)}.{r.randint(1, 30):02} a partir de la semana {r.randint(2, 8)}. "
            f"Las prácticas del grupo {r.choice('ABCD')} serán los {v.datetime.day_of_week().lower()} de {r.randint(9, 12)}:00 a {r.randint(13, 15)}:00 en el laboratorio {r.randint(1, 9)}. "
            f"Entrega del trabajo final: {r.randint(1, 28)} de {v.datetime.month().lower()}.\n— Secretaría de la Facultad")


def es_recipe(v):
    r = v.r
    return (f"{dish(v)} (para {r.randint(2, 8)}): calentar el horno a {r.choice([180, 200, 220])} °C. Sofreír {r.randint(1, 3)} cebollas en {r.randint(2, 5)} cucharadas de aceite "
            f"durante {r.randint(5, 12)} minutos, añadir {r.choice([200, 400, 500])} g de arroz y {r.choice(['0,8', '1', '1,2'])} l de caldo. Cocer {r.randint(15, 25)} minutos y reposar {r.randint(3, 10)}.")


def es_flight(v):
    r = v.r
    airline, fl = flight(v)
    return (f"Itinerario: vuelo {fl} ({airline}) {r.choice(AIRPORTS)} → {r.choice(AIRPORTS)}, sale a las {hhmm(v)} desde la terminal {r.randint(1, 4)}, puerta {r.choice('ABCDEHKS')}{r.randint(1, 60)}, "
            f"asiento {seat(v)}. Facturación hasta {r.choice([40, 45, 60])} min antes. Hotel {r.choice(HOTELS)} {city(v)}, {r.choice(['1 noche', '2 noches', '3 noches', '5 noches'])}, localizador {code(v)}.")


def es_listing(v):
    r = v.r
    return (f"Se alquila piso de {r.randint(1, 4)} habitaciones en {city(v)}, {r.randint(40, 130)} m², {r.randint(1, 8)}.ª planta con ascensor, "
            f"{v.num(r.randrange(500, 2200, 10), 0)} €/mes, certificado energético {r.choice('ABCDEFG')}. Disponible desde {v.datetime.month().lower()}. Ref. {r.choice('ABCP')}-{r.randint(1000, 9999)}.")


def es_form(v):
    r = v.r
    labels = r.sample(["Nombre y apellidos", "Fecha de nacimiento", "DNI/NIE", "Teléfono", "Correo electrónico", "Domicilio", "Código postal", "Firma", "IBAN"], r.randint(4, 7))
    blank = {"Fecha de nacimiento": "__/__/____", "IBAN": "ES__ ____ ____ ____ ____ ____"}
    return f"Formulario de {r.choice(['inscripción', 'socio', 'solicitud'])}\n" + "\n".join(f"{lab}: {blank.get(lab, '_' * 15)}" for lab in labels)


def pt_assistant(v):
    r = v.r
    return (f"Pode remarcar minha consulta no {r.choice(['dentista', 'oftalmologista', 'cabeleireiro', 'mecânico'])} de {v.datetime.day_of_week().lower()} às {r.randint(8, 17)}h "
            f"para {v.datetime.day_of_week().lower()} às {r.randint(8, 17)}h{r.choice(['', '30'])}?\n"
            + r.choice([f"Pronto: a consulta ficou para o dia {r.randint(1, 28)} de {v.datetime.month().lower()} às {r.randint(8, 17)}h.",
                        "O primeiro horário livre é quinta às 10h. Posso reservar?"]))


def pt_email(v):
    r = v.r
    return r.choice([
        f"Assunto: Manutenção do ar-condicionado – andar {r.randint(1, 20)}\n\nOlá, equipe,\nna {v.datetime.day_of_week().lower()} das {r.randint(8, 11)}h às {r.randint(12, 18)}h "
        f"o ar-condicionado ficará desligado. Sala {r.randint(100, 999)} disponível para quem precisar.\n\nAtenciosamente,\nEquipe de Facilities",
        f"Assunto: Boleto referente a {v.datetime.month().lower()}\n\nO valor de R$ {v.num(r.uniform(30, 5000), 2)} vence em {r.randint(1, 28)}/{r.randint(1, 12):02}. "
        f"Caso já tenha pago, desconsidere.\n\n— Setor Financeiro",
    ])


def pt_recipe(v):
    r = v.r
    return (f"{dish(v)}: pré-aqueça o forno a {r.choice([180, 200, 220])} °C. Misture {r.randint(2, 3)} xícaras de farinha, {r.randint(2, 4)} ovos e {r.choice(['1 xícara', '2 xícaras', 'meia xícara'])} de leite. "
            f"Asse por {r.randint(25, 50)} minutos. Rende {r.randint(6, 20)} porções.")


def pt_football(v):
    r = v.r
    a, b = r.sample(["Flamengo", "Palmeiras", "Corinthians", "Fluminense", "Grêmio", "Internacional", "Cruzeiro", "Atlético Mineiro", "Botafogo", "Bahia"], 2)
    return r.choice([
        f"GOOOL! {a} {r.randint(1, 4)} x {r.randint(0, 3)} {b}, aos {r.randint(1, 90)} minutos do segundo tempo. Público: {v.num(r.randint(10000, 70000), 0)} torcedores.",
        f"Fim de jogo: {a} {r.randint(0, 4)} x {r.randint(0, 4)} {b}. Posse de bola {r.randint(35, 65)}%, {r.randint(2, 20)} finalizações. Próxima rodada: {v.datetime.day_of_week().lower()}.",
    ])


def pt_workout(v):
    r = v.r
    return (f"Treino de {v.datetime.day_of_week().lower()}: corrida de {v.num(r.uniform(3, 21), 1)} km em {r.randint(15, 120)}:{r.randint(0, 59):02}, pace {pace(v)}, "
            f"FC média {r.randint(120, 175)} bpm. Agachamento {r.randint(3, 5)}x{r.randint(5, 10)} com {r.randrange(30, 140, 5)} kg; prancha {r.randint(3, 4)}x{r.randint(30, 90)} s.")


def pt_form(v):
    r = v.r
    labels = r.sample(["Nome completo", "Data de nascimento", "CPF", "RG", "Telefone", "E-mail", "Endereço", "CEP", "Assinatura"], r.randint(4, 7))
    blank = {"Data de nascimento": "__/__/____", "CPF": "___.___.___-__", "CEP": "_____-___"}
    return (f"Ficha de {r.choice(['cadastro', 'matrícula', 'inscrição'])} – preencha com letra de forma\n"
            + "\n".join(f"{lab}: {blank.get(lab, '_' * 18)}" for lab in labels))


def it_assistant(v):
    r = v.r
    return (f"Puoi spostare l'appuntamento dal {r.choice(['dentista', 'fisioterapista', 'parrucchiere', 'meccanico'])} di {v.datetime.day_of_week().lower()} alle {r.randint(8, 17)} "
            f"a {v.datetime.day_of_week().lower()} mattina?\n"
            + r.choice([f"Fatto: ora è il {r.randint(1, 28)} {v.datetime.month().lower()} alle {hhmm(v, 8, 12)}.", "Il primo orario libero è giovedì alle 9:30. Lo prenoto?"]))


def it_email(v):
    r = v.r
    return r.choice([
        f"Oggetto: Manutenzione ascensori – edificio {r.choice('ABCD')}\n\nBuongiorno,\n{v.datetime.day_of_week().lower()} dalle {r.randint(8, 10)} alle {r.randint(12, 17)} gli ascensori saranno fermi. "
        f"Si prega di usare le scale.\n\nCordiali saluti,\nUfficio Servizi Generali",
        f"Oggetto: Fattura n. {r.randint(1, 999)}/{year(v)}\n\nL'importo di {v.num(r.uniform(20, 9000), 2)} € risulta scaduto da {r.randint(3, 40)} giorni.\n\n— Amministrazione",
    ])


def it_recipe(v):
    r = v.r
    return (f"{dish(v)} per {r.randint(2, 8)} persone: portare a bollore {r.randint(2, 5)} litri d'acqua, salare con {r.randint(10, 15)} g di sale per litro, "
            f"cuocere {r.choice([320, 400, 500])} g di pasta per {r.randint(8, 12)} minuti. Forno a {r.choice([180, 200])} °C per {r.randint(15, 30)} minuti.")


def it_train(v):
    r = v.r
    dep, arr = two_times(v)
    return (f"Frecciarossa {r.randint(9500, 9699)} {city(v)} → {city(v)}: partenza {dep} binario {r.randint(1, 20)}, carrozza {r.randint(1, 10)}, posto {r.randint(1, 20)}{r.choice('ABCD')}. "
            f"Arrivo previsto {arr}{r.choice(['', f', ritardo {r.randint(5, 40)} min'])}. Codice prenotazione {code(v)}.")


def it_listing(v):
    r = v.r
    if r.random() < 0.5:
        return (f"Affittasi trilocale a {city(v)}, {r.randint(50, 120)} m², {r.randint(1, 6)}° piano con ascensore, {v.num(r.randrange(500, 2000, 10), 0)} €/mese, "
                f"classe energetica {r.choice('ABCDEFG')}, libero da {v.datetime.month().lower()}. Rif. {r.choice('ABCT')}{r.randint(100, 9999)}.")
    lo = r.randrange(25000, 70000, 1000)
    return (f"Offerta di lavoro: {occupation(v)}, sede di {city(v)}, RAL {v.num(lo, 0)}–{v.num(lo + 8000, 0)} €, contratto a tempo indeterminato. "
            f"Codice annuncio {r.choice('JRT')}-{year(v)}-{r.randint(1, 999):03}. Candidature entro il {r.randint(1, 28)} {v.datetime.month().lower()}.")


def it_traffic(v):
    r = v.r
    return r.choice([
        f"Viabilità: coda di {r.randint(1, 15)} km sull'A{r.choice([1, 4, 14, 22])} tra {city(v)} e {city(v)} al km {r.randint(10, 700)} per lavori. "
        f"Uscita chiusa dalle {r.randint(20, 23)} alle {r.randint(5, 6)}.",
        f"Meteo {region(v)}: minime {r.randint(-3, 15)} °C, massime {r.randint(16, 36)} °C, vento {r.randint(5, 50)} km/h, probabilità di pioggia {r.randint(10, 90)}%. "
        f"Allerta {r.choice(['gialla', 'arancione'])} per temporali.",
    ])


def ja_assistant(v):
    r = v.r
    what = r.choice(["歯医者の予約", "美容院の予約", "車の点検", "整体の予約", "面談"])
    return (f"{r.randint(1, 12)}月{r.randint(1, 28)}日の{what}を、{v.datetime.day_of_week()}の{r.randint(9, 18)}時に変更してもらえますか？\n"
            + r.choice([f"承知しました。{v.datetime.day_of_week()}{r.randint(9, 18)}時{r.choice(['00', '30'])}分に変更しました。前日にリマインドします。",
                        f"その時間は空きがありません。{r.randint(9, 18)}時半はいかがでしょうか？"]))


def ja_email(v):
    r = v.r
    return r.choice([
        f"件名：エレベーター点検のお知らせ（{r.randint(1, 9)}号館）\n\n各位\n{r.randint(1, 12)}月{r.randint(1, 28)}日（{v.datetime.day_of_week()[:1]}）{r.randint(8, 11)}:00〜{r.randint(12, 17)}:00 は"
        f"エレベーターが停止します。階段をご利用ください。\n\n総務部",
        f"件名：請求書送付のご案内\n\nいつもお世話になっております。{r.randint(1, 12)}月分の請求書（合計 {r.randint(1000, 900000):,}円）を送付いたします。"
        f"お支払期限は{r.randint(1, 12)}月末日です。\n\n経理部",
    ])


def ja_recipe(v):
    r = v.r
    return (f"{dish(v)}（{r.randint(2, 6)}人分）\n1. オーブンを{r.choice([170, 180, 200])}℃に予熱する。\n2. 薄力粉{r.choice([100, 150, 200])}g、卵{r.randint(1, 3)}個、"
            f"牛乳{r.choice([100, 150, 200])}mlを混ぜる。\n3. {r.randint(20, 40)}分焼き、{r.randint(5, 15)}分冷ます。")


def ja_travel(v):
    r = v.r
    return (f"旅程：{r.randint(1, 12)}月{r.randint(1, 28)}日 のぞみ{r.randint(1, 260)}号 {city(v)}→{city(v)}、{hhmm(v)}発、{r.randint(1, 16)}号車 {r.randint(1, 20)}番{r.choice('ABCDE')}席。"
            f"ホテル：{r.choice(['東横イン', 'アパホテル', 'ドーミーイン'])}{city(v)}駅前、{r.randint(1, 4)}泊、予約番号 {r.randint(10000000, 99999999)}。")


def ja_listing(v):
    r = v.r
    return (f"賃貸物件：{region(v)}{city(v)}、{r.choice(['1K', '1LDK', '2LDK', '3LDK'])}、{r.randint(20, 80)}.{r.randint(0, 9)}㎡、{r.randint(1, 15)}階、"
            f"家賃{v.num(r.uniform(4, 25), 1)}万円、管理費{r.randint(3, 15) * 1000:,}円、駅徒歩{r.randint(1, 20)}分、築{r.randint(1, 40)}年。物件番号 {r.choice('ABCR')}{r.randint(10000, 99999)}")


def ja_form(v):
    r = v.r
    labels = r.sample(["氏名", "フリガナ", "生年月日", "電話番号", "メールアドレス", "住所", "郵便番号", "署名", "社員番号"], r.randint(4, 7))
    blank = {"生年月日": "＿＿＿＿年＿＿月＿＿日", "郵便番号": "〒＿＿＿-＿＿＿＿"}
    return f"{r.choice(['申込書', '会員登録用紙', '来館者受付票'])}（楷書でご記入ください）\n" + "\n".join(f"{lab}：{blank.get(lab, '＿' * 10)}" for lab in labels)


# == frame lists, split, output ==================================================================
PROSE = [
    ("p_new2_reschedule", "en", p_reschedule), ("p_new2_reminders", "en-gb", p_reminders),
    ("p_new2_unit_convert", "en", p_unit_convert), ("p_new2_email_billing", "en-gb", p_email_billing),
    ("p_new2_email_facilities", "en-gb", p_email_facilities), ("p_new2_slack_status", None, p_slack_status),
    ("p_new2_standup", None, p_standup), ("p_new2_recipe", "en-gb", p_recipe),
    ("p_new2_recipe_scale", "en", p_recipe_scale), ("p_new2_school_notice", "en-gb", p_school_notice),
    ("p_new2_uni_notice", "en", p_uni_notice), ("p_new2_itinerary", None, p_itinerary),
    ("p_new2_train", None, p_train), ("p_new2_clinic", "en-gb", p_clinic),
    ("p_new2_dosage", "en", p_dosage), ("p_new2_contract", "en-gb", p_contract),
    ("p_new2_nda", "en", p_nda), ("p_new2_listing", "en-gb", p_listing),
    ("p_new2_job_ad", "en-gb", p_job_ad), ("p_new2_football", "en-gb", p_football),
    ("p_new2_esports", None, p_esports), ("p_new2_weather", "en", p_weather),
    ("p_new2_traffic", "en-gb", p_traffic), ("p_new2_release_notes", None, p_release_notes),
    ("p_new2_bug_report", None, p_bug_report), ("p_new2_review", None, p_review),
    ("p_new2_shopping_list", "en-gb", p_shopping_list), ("p_new2_workout", None, p_workout),
    ("p_new2_finance", "en", p_finance), ("p_new2_home_log", None, p_home_log),
    ("p_new2_room_calendar", None, p_room_calendar), ("p_new2_empty_form", None, p_empty_form),
    ("p_new2_howto_answer", None, p_howto_answer), ("p_new2_road_trip", None, p_road_trip),
    ("p_new2_helpdesk", None, p_helpdesk), ("p_new2_minutes", "en-gb", p_minutes),
    ("p_new2_event", "en", p_event), ("p_new2_library", "en-gb", p_library),
    ("p_new2_utility", "en-gb", p_utility), ("p_new2_translate_ask", None, p_translate_ask),
]

TOOLS = [
    ("t_new2_calendar_create", None, t_calendar_create), ("t_new2_email_draft", None, t_email_draft),
    ("t_new2_notes_search", None, t_notes_search), ("t_new2_reminders_add", None, t_reminders_add),
    ("t_new2_translate", None, t_translate), ("t_new2_maps_route", None, t_maps_route),
    ("t_new2_fitness_log", None, t_fitness_log), ("t_new2_recipe_scale", None, t_recipe_scale),
    ("t_new2_thermostat", None, t_thermostat), ("t_new2_shopping_add", None, t_shopping_add),
    ("t_new2_doc_summarize", None, t_doc_summarize), ("t_new2_forms_template", None, t_forms_template),
    ("t_new2_flight_status", None, t_flight_status), ("t_new2_hotel_search", None, t_hotel_search),
    ("t_new2_booking_confirm", None, t_booking_confirm), ("t_new2_weather", None, t_weather),
    ("t_new2_traffic", "en-gb", t_traffic), ("t_new2_room_booking", None, t_room_booking),
    ("t_new2_job_post", None, t_job_post), ("t_new2_property_search", None, t_property_search),
    ("t_new2_sports", None, t_sports), ("t_new2_release", None, t_release),
    ("t_new2_issue_create", None, t_issue_create), ("t_new2_reviews", None, t_reviews),
    ("t_new2_earnings", None, t_earnings), ("t_new2_home_events", None, t_home_events),
    ("t_new2_rooms_free", None, t_rooms_free), ("t_new2_medication", None, t_medication),
    ("t_new2_clinic_info", None, t_clinic_info), ("t_new2_unit_convert", None, t_unit_convert),
    ("t_new2_timetable", None, t_timetable),
    ("t_new2_expense", None, t_expense), ("t_new2_chat_post", None, t_chat_post),
    ("t_new2_contract_clause", None, t_contract_clause), ("t_new2_recipe_search", None, t_recipe_search),
    ("t_new2_workout_plan", None, t_workout_plan), ("t_new2_packing", None, t_packing),
    ("t_new2_batch_label", None, t_batch_label), ("t_new2_dept_lookup", None, t_dept_lookup),
    ("t_new2_energy", None, t_energy),
]

LOCAL2 = {
    "de": [de_assistant, de_email, de_recipe, de_travel, de_listing, de_form],
    "fr": [fr_assistant, fr_notice, fr_recipe, fr_traffic, fr_clinic, fr_contract],
    "es": [es_assistant, es_uni, es_recipe, es_flight, es_listing, es_form],
    "pt-br": [pt_assistant, pt_email, pt_recipe, pt_football, pt_workout, pt_form],
    "it": [it_assistant, it_email, it_recipe, it_train, it_listing, it_traffic],
    "ja": [ja_assistant, ja_email, ja_recipe, ja_travel, ja_listing, ja_form],
}
LOCAL_FRAMES = {loc: [(f"{loc}_new2_{i}", loc, fn) for i, fn in enumerate(fns)] for loc, fns in LOCAL2.items()}

FRAMES = TOOLS + PROSE + [f for loc in LOCAL2 for f in LOCAL_FRAMES[loc]]


def split() -> tuple[list, list]:
    """(tune, heldout): each kind shuffled by one Random(SPLIT_SEED), two thirds (rounded) to tune."""
    rng = random.Random(SPLIT_SEED)
    tune, held = [], []
    for kind in [TOOLS, PROSE] + [LOCAL_FRAMES[loc] for loc in LOCAL2]:
        frames = list(kind)
        rng.shuffle(frames)
        k = round(len(frames) * 2 / 3)
        tune += frames[:k]
        held += frames[k:]
    return tune, held


def main() -> None:
    tune, held = split()
    g.write(TUNE_PATH, g.records(tune, TUNE_SEED, TUNE_COUNT, "tune"))
    g.write(HELD_OUT_PATH, g.records(held, HELD_OUT_SEED, HELD_OUT_COUNT, "heldout"))
    print(f"{len(tune)} tuning frames -> {TUNE_PATH.name} ({TUNE_COUNT}); "
          f"{len(held)} held-out frames -> {HELD_OUT_PATH.name} ({HELD_OUT_COUNT})")


if __name__ == "__main__":
    main()
