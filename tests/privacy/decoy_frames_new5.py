#!/usr/bin/env python3
"""Held-out decoy set no. 5 for the privacy gateway: 1,500 records of text that contains NO personal
data at all but that a careless detector might mistake for personal data, written to
tests/privacy/decoys_new5_heldout.jsonl (split "heldout", no gold spans, so every finding on this
file is a false positive).

Genres (chosen to differ from the earlier decoy sets): internal IT tickets and incident timelines
that mention teams only ("the Storage team"), workplace chat messages between unnamed participants,
calendar and room-booking notes, e-commerce order-status and return notices without addresses,
market and product news headlines, sports results of clubs and national teams (no players), lab
notebook and scientific abstract snippets, legal and contract boilerplate without parties' names,
medicine leaflets and nutrition labels, gardening and plant catalogues, museum inventory of objects,
pasted API JSON responses (inventory, weather, transit departures with line numbers), CSV exports,
build/CI logs, and localised prose in de, fr, es, pt-br, it and ja.

Frames: 40 English prose frames ("p_n5_*", bound to en or en-gb), 30 tool-call frames ("t_n5_*",
JSON such as {"name": "inventory.search", "arguments": {...}}) and 30 localised prose frames
("p_n5_<locale>_*", 5 each for de, fr, es, pt-br, it, ja). Each frame is a function of a
generate_decoys.Values object and draws its fillers from `v.r`, so every frame yields many records.
The look-alikes are deliberate: capitalised multi-word phrases that are not people (product lines,
dishes, plant varieties, chemicals, team names), number groups that are not phone numbers (order
quantities, part numbers, ISBN-style catalogue codes, measurements, versions, scores, coordinates),
dates that are not birthdays, and the words "born", "birthday", "address", "name" and "phone" used
in non-personal senses.

Value guard: almost all fillers come from fixed lists written in this file (none named after a
person). The only mimesis values used are numbers, dates, times, month and weekday names and
durations from Values; no mimesis person, company, street, city or university value is used. Every
capitalised word (3+ letters) of every fixed list, and of every finished record, is checked against
generate_decoys.EVERY_NAME and against every given name and surname in mimesis'
datasets/<locale>/person.json (all locales); the script refuses to run if one matches, except for a
short, hand-reviewed list of ordinary words that those lists also hold (country names such as
"France", month and weekday names, words such as "Green", "Stone", "Porto", and sentence openers or
labels such as "The", "Name:", "Price:"). Items that matched a given name were replaced rather than
excepted (e.g. no "Basil", "Maple", "Sage"), and things named after people were left out by hand
(e.g. no Kafka, Hosta, Heuchera, Petri dish, Celsius, "Victorian").

Provenance: written by a helper session that did not read the detectors (src/), other helpers'
frame files (tests/privacy/decoy_frames_*.py), any *.jsonl data or any evaluation results; of
generate_decoys.py it read only the signatures and the bodies of Values, records, tool and write.
The whole file is held out: written once, scored once, never tuned on.

Usage (from the repository root):
    .venv-privacy/bin/python tests/privacy/decoy_frames_new5.py
writes tests/privacy/decoys_new5_heldout.jsonl (seed 5001, 1,500 records).
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import mimesis  # noqa: E402
from stdnum import ean, isbn  # noqa: E402

from generate_decoys import EVERY_NAME, Values, records, tool, write  # noqa: E402

SEED = 5001
COUNT = 1500
SPLIT = "heldout"
OUT = HERE / "decoys_new5_heldout.jsonl"


# -- value guard ------------------------------------------------------------------------------
def _mimesis_names() -> tuple[set[str], set[str]]:
    given: set[str] = set()
    surnames: set[str] = set()
    root = os.path.join(os.path.dirname(mimesis.__file__), "datasets")

    def add(names: set[str], x) -> None:
        if isinstance(x, str):
            names.add(x)
        elif isinstance(x, dict):
            for y in x.values():
                add(names, y)
        elif isinstance(x, list):
            for y in x:
                add(names, y)

    for path in sorted(glob.glob(os.path.join(root, "*", "person.json"))):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        add(given, data.get("names", []))
        add(surnames, data.get("surnames", []))
    return given, surnames


GIVEN, SURNAMES = _mimesis_names()
GIVEN |= set(EVERY_NAME)
ALL_NAMES = GIVEN | SURNAMES
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

# Reviewed exceptions. These words are in the name lists but are used here only in their ordinary
# sense: country names, month and weekday names (dates, not people), everyday words that some
# locale lists as a surname (the colour in "Green Curry", the town in "Porto"), and sentence
# openers, labels and code words ("The", "Name:", "Price:", "FROM") found in the finished records.
COUNTRY_WORDS = {"France", "Argentina", "England", "Morocco", "Italia", "Polonia"}
CALENDAR_WORDS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                  "Saturday", "Sunday", "Montag", "Mai", "Juni", "Juli", "Marzo", "Abril", "Mayo",
                  "Julio", "Agosto"}
ORDINARY_WORDS = {"Bean", "Black", "Bologna", "Brewer", "Camping", "Campus", "Curry", "Ferry",
                          "Flint", "Glass", "Green", "Head", "Little", "Lumen", "Merino", "Padrón", "Porto",
                          "Rye", "Snow", "Stone", "Sweet", "Turin", "Vest", "Wall", "White",
                          # sentence openers, labels and code words that a name list also holds
                          "The", "Will", "Name", "Price", "Best", "Lot", "Job", "Pool", "Pot", "Cup", "Store",
                          "Per", "FROM", "RUST", "ASan", "Art", "Granit", "Veste", "Balança"}


def name_hits(text: str) -> list[str]:
    """Capitalised words (3+ letters) of `text` that are a given name or surname in some name list
    and are not one of the reviewed exceptions above."""
    hits = []
    for w in WORD.findall(text):
        for p in {w, *re.split(r"['’-]", w)}:
            if len(p) < 3 or not p[:1].isupper():
                continue
            if p in COUNTRY_WORDS or p in CALENDAR_WORDS or p in ORDINARY_WORDS:
                continue
            if p in ALL_NAMES or p.capitalize() in ALL_NAMES:
                hits.append(p)
    return hits


# -- fixed lists (checked against GUARD below) ------------------------------------------------
TEAMS = ["Platform Reliability", "Storage", "Network Operations", "Data Engineering",
         "Payments Infrastructure", "Build Tooling", "Edge Caching", "Database Operations",
         "Observability", "Release Engineering", "Mobile Core", "Search Relevance", "Service Desk",
         "Facilities", "Security Operations", "Invoicing Platform", "Core Networking",
         "Warehouse Systems", "Developer Experience", "Identity and Access"]
SERVICES = ["checkout-api", "ledger-writer", "search-indexer", "thumbnail-worker", "auth-gateway",
            "queue-relay", "report-exporter", "inventory-sync", "metrics-ingest", "cart-service",
            "pricing-engine", "label-printer-bridge", "session-store", "geo-tiles"]
PRODUCTS = ["Nimbus Wireless Earbuds", "Granite Cast Iron Skillet", "Harbor Waterproof Jacket",
            "Summit Trekking Poles", "Cedar Cutting Board", "Polar Insulated Bottle",
            "Orbit Phone Stand", "Meridian Wall Clock", "Basalt Stone Mortar",
            "Falcon Mechanical Keyboard", "Lumen Reading Light", "Tidal Shower Head",
            "Quartz Kitchen Scale", "Cobalt Ceramic Mug Set", "Trailhead Daypack 22L",
            "Glacier Down Vest", "Pebble Bluetooth Speaker", "Canopy Camping Hammock",
            "Ember Pour-Over Kettle", "Fjord Merino Beanie", "Prism Desk Organiser",
            "Compass Bike Light Pro"]
DISHES = ["Mushroom Risotto", "Red Lentil Soup", "Green Curry with Tofu", "Shakshuka",
          "Ratatouille", "Minestrone", "Paella Valenciana", "Pumpkin Gnocchi", "Miso Ramen",
          "Falafel Wrap", "Chickpea Tagine", "Roast Vegetable Lasagne", "Beef Bulgogi Bowl",
          "Spinach and Feta Pie", "Chocolate Hazelnut Tart", "Lemon Drizzle Cake"]
PLANTS = ["Tomato 'Sungold'", "Lavender 'Hidcote'", "Oregano 'Hot and Spicy'",
          "Thyme 'Creeping Red'", "Sedum 'Autumn Glow'", "Echinacea 'White Lantern'",
          "Lettuce 'Little Gem'", "Bean 'Blue Lake'", "Carrot 'Nantes'", "Pepper 'Padrón'",
          "Squash 'Butternut'", "Acer palmatum 'Sango-kaku'", "Fern 'Japanese Painted'",
          "Coriander 'Leisure'", "Sunflower 'Red Sun'", "Clematis 'Snow Cloud'",
          "Strawberry 'Everbearing Red'", "Kale 'Black Tuscan'"]
CHEMICALS = ["sodium bicarbonate", "Potassium Permanganate", "Acetonitrile",
             "Copper Sulfate Pentahydrate", "Magnesium Stearate", "Tris-HCl buffer",
             "Sodium Dodecyl Sulfate", "Bovine Serum Albumin", "Glacial Acetic Acid",
             "Ammonium Persulfate", "Dimethyl Sulfoxide", "Calcium Chloride Dihydrate",
             "Phosphate Buffered Saline", "Hydrogen Peroxide 30%", "Silica Gel 60"]
MEDICINES = [("Paracetamol", "500 mg tablets"), ("Ibuprofen", "200 mg film-coated tablets"),
             ("Cetirizine Hydrochloride", "10 mg tablets"), ("Loratadine", "10 mg tablets"),
             ("Omeprazole", "20 mg gastro-resistant capsules"), ("Aciclovir", "5% cream"),
             ("Chlorphenamine Maleate", "4 mg tablets"), ("Simple Linctus", "oral solution"),
             ("Oral Rehydration Salts", "sachets"), ("Hydrocortisone", "1% cream")]
OBJECTS = ["Oil lamp in bronze", "Lacquered writing box", "Glazed stoneware jar", "Socketed axe head",
           "Porcelain tea bowl", "Steel pocket watch", "Woven reed basket", "Celadon vase",
           "Glazed earthenware tile panel", "Brass astrolabe", "Enamelled snuff box", "Iron door key",
           "Carved wooden ladle", "Glass scent bottle", "Terracotta figurine of a horse",
           "Embroidered silk panel", "Pewter tankard", "Flint hand axe", "Clockwork music box"]
MATERIALS = ["bronze", "stoneware", "porcelain", "silver", "oak", "walnut", "glass", "silk",
             "pewter", "flint", "terracotta", "lacquered wood", "brass", "linen"]
NATIONS = ["Japan", "Norway", "Brazil", "Germany", "France", "Spain", "Italy", "Portugal",
           "Canada", "Mexico", "Argentina", "Chile", "Peru", "Morocco", "Ghana", "Nigeria",
           "Sweden", "Finland", "Denmark", "Iceland", "Ireland", "Scotland", "Wales", "England",
           "Netherlands", "Belgium", "Austria", "Switzerland", "Croatia", "Poland", "Australia",
           "New Zealand", "Fiji", "Samoa", "Uruguay", "Ecuador", "Egypt", "Senegal", "Cameroon"]
CLUBS = ["Riverside United", "Valley Wanderers", "Harbour Athletic", "Northfield Rovers",
         "Eastgate City", "Hillcrest Town", "Lakeside Rangers", "Old Mill Town",
         "Ironbridge Athletic", "Westbrook Harriers", "Coastline Cricket Club",
         "Highland Rugby Club", "Meadowbank Thistle", "Quarry Road Hockey Club"]
ROOMS = ["Room 4.12", "Boardroom B", "the Atrium", "the Fishbowl", "Quiet Room 2", "Room 1.07",
         "Lab 3 meeting corner", "the Training Suite", "Studio A", "Room G.21", "the Library pod"]
MEETINGS = ["Quarterly Planning", "Sprint Review", "Budget Sign-off", "Vendor Demo",
            "Security Tabletop Exercise", "Release Go/No-Go", "Design Critique", "Capacity Review",
            "Incident Postmortem", "Roadmap Workshop", "Fire Drill Briefing", "All Hands Rehearsal"]
SECTORS = ["Chipmaker", "Battery maker", "Regional grocery chain", "Budget airline",
           "Container shipping group", "Solar panel producer", "Streaming service",
           "Cement supplier", "Pharmaceutical group", "Fashion retailer", "Cloud provider",
           "Steel producer", "Toy maker", "Brewer", "Insurer"]
LINES = ["S1", "S8", "U2", "U6", "M3", "12", "27", "N41", "X9", "Bus 140", "Tram 4", "Tram 11",
         "Ferry F2", "RE7", "IC 23"]
STOPS = ["Central Station", "Harbour Terminal", "Market Square", "University Campus", "Airport",
         "Riverside", "North Depot", "Old Town Gate", "Exhibition Centre", "Hospital", "Stadium"]
WEATHER = ["light rain", "overcast", "clear", "scattered showers", "fog", "sleet", "partly cloudy",
           "thunderstorms", "drizzle", "sunny intervals"]
CITIES_SAFE = ["Oslo", "Lyon", "Porto", "Kyoto", "Osaka", "Tromso", "Graz", "Turin", "Bilbao",
               "Nantes", "Leeds", "Zurich", "Tampere", "Malmo", "Bologna"]
NUTRIENTS = ["Energy", "Fat", "of which saturates", "Carbohydrate", "of which sugars", "Fibre",
             "Protein", "Salt"]
FOODS = ["Oat Granola with Almonds", "Wholegrain Rye Crackers", "Greek Style Yoghurt",
         "Dark Chocolate 70%", "Tomato and Pepper Soup", "Peanut Butter Crunchy",
         "Multigrain Sourdough", "Coconut Milk Light", "Chickpea Hummus Classic",
         "Blueberry Muesli Bar"]
CONTRACT_TERMS = ["Confidential Information", "Effective Date", "Term", "Deliverables", "Fees",
                  "Force Majeure Event", "Intellectual Property Rights", "Service Levels",
                  "Termination Date", "Governing Law"]
CI_STEPS = ["checkout", "restore cache", "install dependencies", "lint", "unit tests",
            "integration tests", "build image", "push image", "deploy to staging", "smoke tests"]
LANGS_SAFE = ["rust", "node", "go", "python", "java", "ruby"]
ERRORS = ["connection reset by peer", "context deadline exceeded", "disk quota exceeded",
          "too many open files", "TLS handshake timeout", "out of memory (exit code 137)",
          "lock wait timeout exceeded", "no space left on device", "checksum mismatch",
          "segmentation fault at memory address"]
UNITS = ["kg", "g", "l", "ml", "m", "cm", "mm", "pcs", "boxes", "pallets", "rolls", "sheets"]
GRADES = ["A", "B", "B+", "C", "AA", "premium", "standard"]
FIXED_LISTS = [TEAMS, SERVICES, PRODUCTS, DISHES, PLANTS, CHEMICALS, [m for pair in MEDICINES for m in pair],
               OBJECTS, MATERIALS, NATIONS, CLUBS, ROOMS, MEETINGS, SECTORS, LINES, STOPS, WEATHER,
               CITIES_SAFE, NUTRIENTS, FOODS, CONTRACT_TERMS, CI_STEPS, ERRORS]

_bad = sorted({h for lst in FIXED_LISTS for item in lst for h in name_hits(item)})
if _bad:
    raise SystemExit(f"fixed lists contain name words: {_bad}")


# -- small fillers ------------------------------------------------------------------------------
def c(v: Values, seq):
    return v.r.choice(seq)


def i(v: Values, a: int, b: int) -> int:
    return v.r.randint(a, b)


def f(v: Values, a: float, b: float, d: int = 1) -> str:
    return v.num(v.r.uniform(a, b), d)


def hexs(v: Values, k: int) -> str:
    return format(v.r.getrandbits(4 * k), f"0{k}x")


def ver(v: Values) -> str:
    return f"{i(v, 0, 9)}.{i(v, 0, 30)}.{i(v, 0, 40)}"


def sku(v: Values) -> str:
    L = "ABCDEFGHKMNPRSTVXZ"
    return c(v, [f"{c(v, L)}{c(v, L)}-{i(v, 100, 9999)}-{c(v, L)}",
                 f"{i(v, 10, 99)}-{i(v, 1000, 9999)}-{i(v, 10, 99)}",
                 f"{c(v, L)}{i(v, 10000, 99999)}{c(v, L)}",
                 f"PN {i(v, 100, 999)} {i(v, 100, 999)} {i(v, 10, 99)}"])


def catalogue_code(v: Values) -> str:
    digits = "".join(str(i(v, 0, 9)) for _ in range(9))
    base = "978" + digits
    return c(v, [isbn.format(base + ean.calc_check_digit(base)), base + ean.calc_check_digit(base)])


def order_no(v: Values) -> str:
    return c(v, [f"#{i(v, 100000, 9999999)}", f"ORD-{i(v, 2019, 2026)}-{i(v, 0, 999999):06}",
                 f"{i(v, 100, 999)}-{i(v, 1000000, 9999999)}-{i(v, 1000000, 9999999)}",
                 f"SO{i(v, 10000000, 99999999)}"])


def ticket(v: Values) -> str:
    return c(v, [f"INC{i(v, 1000000, 9999999)}", f"OPS-{i(v, 100, 9999)}", f"CHG-{i(v, 10000, 99999)}",
                 f"#{i(v, 1000, 99999)}", f"SEC-{i(v, 10, 999)}"])


def iso_date(v: Values) -> str:
    return v.datetime.date(start=2015, end=2027).isoformat()


def hm(v: Values) -> str:
    return f"{i(v, 0, 23):02}:{i(v, 0, 59):02}"


def hms(v: Values) -> str:
    return f"{i(v, 0, 23):02}:{i(v, 0, 59):02}:{i(v, 0, 59):02}"


def span(v: Values) -> str:
    """An ordered time range on one day, e.g. 09:30-11:00."""
    start = i(v, 7 * 4, 18 * 4) * 15
    end = start + c(v, [30, 45, 60, 90, 120, 180])
    return f"{start // 60:02}:{start % 60:02}-{end // 60:02}:{end % 60:02}"


def stamp(v: Values) -> str:
    return f"{iso_date(v)}T{hms(v)}.{i(v, 0, 999):03}Z"


def money(v: Values, a: float, b: float, sym: str = "") -> str:
    sym = sym or c(v, ["$", "€", "£", "USD ", "EUR ", "CHF "])
    return f"{sym}{v.num(v.r.uniform(a, b), 2)}"


def qty(v: Values) -> str:
    return c(v, [str(i(v, 1, 12)), v.num(i(v, 100, 99999), 0), f"{i(v, 1, 40)} x {i(v, 6, 48)}"])


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# == English prose frames (40) ===================================================================
def p_n5_incident_timeline(v):
    t = [hm(v) for _ in range(4)]
    t.sort()
    return (f"Incident {ticket(v)} timeline ({v.date()}, all times UTC)\n"
            f"{t[0]} alerts fire on {c(v, SERVICES)}: p99 latency {i(v, 800, 9000)} ms, error rate {f(v, 2, 40)}%.\n"
            f"{t[1]} {c(v, TEAMS)} on call acknowledges; {c(v, TEAMS)} team paged for {c(v, SERVICES)}.\n"
            f"{t[2]} Root cause: {c(v, ERRORS)} after config push {hexs(v, 7)}.\n"
            f"{t[3]} Rollback to {ver(v)} complete, {v.num(i(v, 1000, 900000), 0)} requests retried.")


def p_n5_ticket_born(v):
    return (f"{ticket(v)} [{c(v, ['P1', 'P2', 'P3', 'P4'])}] {c(v, SERVICES)} crashes under load\n"
            f"Assigned to: {c(v, TEAMS)}\n"
            f"This bug was born of a race condition between the cache warmup and the {c(v, SERVICES)} "
            f"health check. It reproduces on {i(v, 2, 64)} of {i(v, 64, 200)} runs with build {i(v, 1000, 99999)}.")


def p_n5_memory_address(v):
    return (f"Core dump from {c(v, SERVICES)} {ver(v)}: SIGSEGV at memory address 0x{hexs(v, 12)}, "
            f"faulting instruction at offset +0x{hexs(v, 3)}. Stack base 0x7ffd{hexs(v, 8)}. "
            f"Forwarded to the {c(v, TEAMS)} team; see {ticket(v)}.")


def p_n5_chat_restart(v):
    return c(v, [
        f"can you restart the staging runner? the job has been stuck since {hm(v)} on step {i(v, 3, 19)}/{i(v, 20, 40)}",
        f"heads up: {c(v, SERVICES)} deploy {ver(v)} is going out at {hm(v)}, ping the {c(v, TEAMS)} channel if dashboards look off",
        f"Quick one - does anyone know why the file name in the export is still report_{iso_date(v).replace('-', '')}_final_v{i(v, 2, 9)}.csv?",
        f"lunch order closes at {hm(v)}, today's options are {c(v, DISHES)} or {c(v, DISHES)} ({money(v, 6, 14)} each)",
        f"Sure, I'll book {c(v, ROOMS)} for the {c(v, MEETINGS)}. {i(v, 4, 20)} seats enough?"])


def p_n5_chat_thread(v):
    t = sorted(i(v, 0, 24 * 60 - 1) for _ in range(4))
    a, b, d, e = (f"{m // 60:02}:{m % 60:02}" for m in t)
    return (f"[{a}] anyone else seeing {c(v, ERRORS)} from {c(v, SERVICES)}?\n"
            f"[{b}] yes, {i(v, 2, 40)} failures in the last {i(v, 5, 60)} min\n"
            f"[{d}] Storage says the volume is at {i(v, 91, 99)}% - they're expanding it to {i(v, 2, 16)} TB\n"
            f"[{e}] ok thanks, marking {ticket(v)} as blocked")


def p_n5_room_booking(v):
    return (f"{c(v, ROOMS)} - booked {span(v)}, {v.datetime.day_of_week()} {v.datetime.formatted_date()}\n"
            f"Purpose: {c(v, MEETINGS)}\nCapacity: {i(v, 4, 40)} | Display: {i(v, 55, 86)}\" screen | "
            f"Catering: {c(v, DISHES)} for {i(v, 4, 30)}\nOrganiser: {c(v, TEAMS)} team")


def p_n5_calendar_note(v):
    return c(v, [
        f"Recurring: {c(v, MEETINGS)}, every {v.datetime.day_of_week()} {hm(v)}, {c(v, ROOMS)}. Skipped on {v.date()} (public holiday).",
        f"Reminder: the fire alarm test is on {v.date()} at {hm(v)}. The building will be cleared for about {i(v, 10, 40)} minutes.",
        f"Moved {c(v, MEETINGS)} from {c(v, ROOMS)} to {c(v, ROOMS)} because the projector lamp ({sku(v)}) has failed."])


def p_n5_order_status(v):
    return (f"Your order {order_no(v)} has shipped!\n"
            f"{qty(v)} x {c(v, PRODUCTS)} ({sku(v)})\n{i(v, 1, 4)} x {c(v, PRODUCTS)}\n"
            f"Estimated delivery: {v.date()}. Tracking number {c(v, ['1Z', 'JJD', 'LX'])}{i(v, 10**11, 10**12 - 1)}. "
            f"Parcel weight {f(v, 0.2, 25, 2)} kg.")


def p_n5_return_notice(v):
    return (f"Return {c(v, ['RMA', 'RET'])}-{i(v, 100000, 999999)} received on {v.date()}.\n"
            f"Item: {c(v, PRODUCTS)} (qty {i(v, 1, 6)}). Reason: {c(v, ['arrived damaged', 'wrong size', 'no longer needed', 'different colour from photo', 'missing phone stand clip'])}.\n"
            f"A refund of {money(v, 5, 400)} will be issued to the original payment method within {i(v, 3, 14)} business days.")


def p_n5_headline(v):
    return c(v, [
        f"{c(v, SECTORS)} shares climb {f(v, 0.5, 18)}% after quarterly guidance raised to {money(v, 1, 90, '$')} billion",
        f"{c(v, SECTORS)} recalls {v.num(i(v, 1000, 900000), 0)} units of {c(v, PRODUCTS)} over battery fault",
        f"Markets: index closes at {v.num(v.r.uniform(3000, 40000), 2)}, down {f(v, 0.1, 4, 2)}%; crude at {money(v, 50, 120, '$')} a barrel",
        f"{c(v, SECTORS)} posts {money(v, 1, 900, '€')} million Q{i(v, 1, 4)} profit, {f(v, 1, 30)}% above forecast",
        f"New {c(v, PRODUCTS)} line launches {v.date()} at {money(v, 19, 399)}; pre-orders open today"])


def p_n5_sports_national(v):
    a, b = c(v, NATIONS), c(v, NATIONS)
    return c(v, [
        f"{a} {i(v, 0, 5)}-{i(v, 0, 5)} {b} (half-time {i(v, 0, 2)}-{i(v, 0, 2)}), attendance {v.num(i(v, 5000, 90000), 0)}",
        f"Rugby: {a} {i(v, 3, 50)} - {i(v, 3, 50)} {b}. {a} move to {i(v, 1, 20)} points in Pool {c(v, 'ABCD')}.",
        f"Final standings Group {c(v, 'ABCDEFGH')}: 1. {a} {i(v, 6, 9)} pts, 2. {b} {i(v, 3, 6)} pts, goal difference +{i(v, 1, 9)}",
        f"Women's hockey: {a} beat {b} {i(v, 1, 6)}-{i(v, 0, 3)} after a penalty shoot-out ({i(v, 3, 5)}-{i(v, 1, 4)})."])


def p_n5_sports_clubs(v):
    a, b = c(v, CLUBS), c(v, CLUBS)
    return c(v, [
        f"FT: {a} {i(v, 0, 6)}, {b} {i(v, 0, 6)}. Next fixture {v.date()}, kick-off {hm(v)}.",
        f"{a} {i(v, 120, 380)}/{i(v, 2, 10)} ({i(v, 30, 50)} overs) beat {b} {i(v, 90, 300)} all out by {i(v, 5, 150)} runs",
        f"League table after round {i(v, 5, 34)}: {a} {i(v, 40, 80)}, {b} {i(v, 30, 70)}, {c(v, CLUBS)} {i(v, 20, 60)}"])


def p_n5_lab_notebook(v):
    return (f"{iso_date(v)} - Prep of {f(v, 50, 1000, 0)} mL {c(v, CHEMICALS)} ({f(v, 0.01, 2, 3)} M), pH adjusted to {f(v, 4, 9.5, 2)}.\n"
            f"Added {f(v, 0.1, 20, 2)} g {c(v, CHEMICALS)}; stirred {i(v, 5, 90)} min at {i(v, 4, 80)} °C. "
            f"Yield {f(v, 20, 99)}% (batch {c(v, 'ABCDEFG')}{i(v, 100, 999)}). Stock stored at -{i(v, 20, 80)} °C, box {i(v, 1, 40)}, slot {c(v, 'ABCDEFGH')}{i(v, 1, 12)}.")


def p_n5_abstract(v):
    return (f"Abstract. We report a {c(v, ['scalable', 'low-cost', 'solvent-free', 'room-temperature'])} synthesis of "
            f"{c(v, CHEMICALS).lower()}-derived catalysts with a surface area of {f(v, 100, 1500, 0)} m²/g. "
            f"Across {i(v, 3, 40)} independent runs (n = {i(v, 10, 500)}), conversion reached {f(v, 40, 99.9)}% "
            f"(95% CI {f(v, 30, 60)}-{f(v, 60, 99)}, p < 0.{i(v, 1, 5):02}). "
            f"The effect was born out in field plots at {f(v, 40, 60, 4)}° N, {f(v, 1, 30, 4)}° E.")


def p_n5_contract(v):
    t = c(v, CONTRACT_TERMS)
    return c(v, [
        f"{i(v, 1, 20)}.{i(v, 1, 9)} \"{t}\" means the information described in Schedule {i(v, 1, 6)}, as amended from time to time.",
        f"This Agreement shall commence on the Effective Date ({v.date()}) and continue for an initial term of {i(v, 12, 60)} months.",
        f"Either Party may terminate this Agreement on {i(v, 30, 180)} days' written notice to the address for notices set out in clause {i(v, 10, 30)}.{i(v, 1, 5)}.",
        f"The Supplier shall pay service credits of {i(v, 2, 15)}% of the monthly Fees for each {f(v, 0.1, 1, 1)}% of availability below {f(v, 99, 99.99, 2)}%."])


def p_n5_medicine_leaflet(v):
    m, form = c(v, MEDICINES)
    return (f"{m} {form}\nRead all of this leaflet carefully before you start taking this medicine.\n"
            f"Adults and children over {i(v, 12, 16)} years: {i(v, 1, 2)} dose(s) every {i(v, 4, 8)} hours. "
            f"Do not take more than {i(v, 3, 8)} doses in 24 hours. Store below {i(v, 20, 30)} °C.\n"
            f"PL {i(v, 10000, 99999)}/{i(v, 1000, 9999)}  Batch {c(v, 'ABKLM')}{i(v, 10000, 99999)}  EXP {i(v, 1, 12):02}/{i(v, 2025, 2030)}")


def p_n5_nutrition(v):
    fat, carb = v.r.uniform(0.1, 40), v.r.uniform(1, 75)
    vals = [fat, fat * v.r.random(), carb, carb * v.r.random(), v.r.uniform(0, 12), v.r.uniform(0.5, 30), v.r.uniform(0, 2.5)]
    rows = "\n".join(f"{n}: {v.num(x, 1 if n != 'Salt' else 2)} g" for n, x in zip(NUTRIENTS[1:], vals))
    kj = i(v, 200, 2400)
    return (f"{c(v, FOODS)} - Nutrition per 100 g\nEnergy: {kj} kJ / {kj * 10 // 42} kcal\n{rows}\n"
            f"Best before: {v.date()}  Lot {i(v, 1000, 9999)} {i(v, 10, 99)}  Net weight {i(v, 100, 1000)} g")


def p_n5_plant_catalogue(v):
    p = c(v, PLANTS)
    return (f"{p} - {c(v, ['hardy perennial', 'half-hardy annual', 'deciduous shrub', 'cordon tomato', 'climber'])}\n"
            f"Height {i(v, 10, 300)} cm, spread {i(v, 10, 150)} cm. Sow {v.datetime.month()}-{v.datetime.month()}, "
            f"flowers from {v.datetime.month()}. Pot size {i(v, 9, 30)} cm. Cat. no. {i(v, 10000, 99999)}. {money(v, 2, 40, '£')} each, {i(v, 3, 5)} for {money(v, 8, 90, '£')}.")


def p_n5_garden_note(v):
    return c(v, [
        f"Sowed {i(v, 6, 96)} cells of {c(v, PLANTS)} on {v.date()}; first seedlings born {i(v, 4, 14)} days later at {i(v, 15, 24)} °C.",
        f"Bed {i(v, 1, 12)}: {c(v, PLANTS)} x {i(v, 3, 30)}, {c(v, PLANTS)} x {i(v, 3, 30)}. Mulched with {i(v, 2, 10)} cm bark.",
        f"Harvest log {iso_date(v)}: {f(v, 0.1, 9, 2)} kg from {c(v, PLANTS)}, {f(v, 0.1, 9, 2)} kg from {c(v, PLANTS)}."])


def p_n5_museum(v):
    o = c(v, OBJECTS)
    return (f"Accession no. {i(v, 1850, 2024)}.{i(v, 1, 999)}.{i(v, 1, 99)}\nObject: {o}\n"
            f"Material: {c(v, MATERIALS)}; H {f(v, 1, 90)} cm, W {f(v, 1, 60)} cm, weight {i(v, 10, 9000)} g\n"
            f"Date: c. {i(v, 2, 19)}00; acquired {v.date()}. Location: Store {c(v, 'ABCDE')}, shelf {i(v, 1, 60)}, box {i(v, 1, 400)}.")


def p_n5_museum_label(v):
    return (f"{c(v, OBJECTS)}, {c(v, MATERIALS)}, {c(v, ['1st century BC', '12th century', 'about 1720', 'late 1800s', '3rd millennium BC'])}. "
            f"The name of the workshop is unknown; the maker's mark on the base reads \"{c(v, 'ABCDEFGHKLMNPRST')}{i(v, 1, 99)}\". "
            f"Gift of the Friends of the Museum, {i(v, 1950, 2023)}.")


def p_n5_api_inventory_json(v):
    body = {"sku": sku(v), "name": c(v, PRODUCTS), "warehouse": f"WH-{i(v, 1, 40):02}",
            "on_hand": i(v, 0, 5000), "reserved": i(v, 0, 300), "reorder_point": i(v, 10, 400),
            "updated_at": stamp(v)}
    return "Here's what the inventory endpoint returned, why is available negative?\n" + json.dumps(body, indent=2)


def p_n5_api_weather_json(v):
    body = {"station": f"{c(v, CITIES_SAFE)} {c(v, ['Airport', 'Harbour', 'Centre'])}",
            "lat": round(v.r.uniform(35, 65), 4), "lon": round(v.r.uniform(-10, 140), 4),
            "observed": stamp(v), "temp_c": round(v.r.uniform(-15, 38), 1),
            "pressure_hpa": round(v.r.uniform(960, 1045), 1), "wind_kmh": i(v, 0, 90),
            "summary": c(v, WEATHER)}
    return json.dumps(body)


def p_n5_api_transit_json(v):
    deps = [{"line": c(v, LINES), "destination": c(v, STOPS), "platform": str(i(v, 1, 14)),
             "departs": hm(v), "delay_min": i(v, 0, 25)} for _ in range(i(v, 2, 4))]
    return "Next departures from " + c(v, STOPS) + ":\n" + json.dumps({"departures": deps}, ensure_ascii=False)


def p_n5_csv_export(v):
    head = "sku,product,qty,unit_price,ship_date,warehouse"
    rows = [f"{sku(v)},{c(v, PRODUCTS)},{i(v, 1, 900)},{v.r.uniform(1, 300):.2f},{iso_date(v)},WH-{i(v, 1, 40):02}"
            for _ in range(i(v, 3, 6))]
    return "\n".join([head] + rows)


def p_n5_csv_metrics(v):
    rows = [f"{iso_date(v)} {hms(v)},{c(v, SERVICES)},{i(v, 10, 9000)},{v.r.uniform(0, 5):.3f},{i(v, 100, 99999)}"
            for _ in range(i(v, 3, 6))]
    return "timestamp,service,p95_ms,error_pct,requests\n" + "\n".join(rows)


def p_n5_ci_log(v):
    day, secs, lines = iso_date(v), float(i(v, 0, 80000)), []

    def at() -> str:
        whole = int(secs)
        return f"{day}T{whole // 3600:02}:{whole % 3600 // 60:02}:{whole % 60:02}.{int(secs * 1000) % 1000:03}Z"

    for step in sorted(v.r.sample(CI_STEPS, i(v, 3, 6)), key=CI_STEPS.index):
        took = v.r.uniform(0.2, 300)
        lines.append(f"{at()} ##[group]{step}")
        secs += took
        lines.append(f"{at()} done in {took:.1f}s")
    lines.append(f"{at()} ##[error]Process completed with exit code {c(v, [1, 2, 101, 137, 143])}.")
    return f"Job build-{c(v, LANGS_SAFE)}-{i(v, 1, 9)} (run {i(v, 1000, 99999)}, commit {hexs(v, 7)})\n" + "\n".join(lines)


def p_n5_build_output(v):
    return (f"   Compiling {c(v, SERVICES)} v{ver(v)}\n   Compiling {c(v, SERVICES)} v{ver(v)}\n"
            f"    Finished release [optimized] target(s) in {i(v, 1, 9)}m {i(v, 0, 59)}s\n"
            f"test result: ok. {i(v, 10, 900)} passed; {i(v, 0, 3)} failed; {i(v, 0, 12)} ignored; finished in {v.r.uniform(0.1, 90):.2f}s")


def p_n5_phone_stand(v):
    return c(v, [
        f"The {c(v, PRODUCTS)} doubles as a phone stand and holds devices up to {i(v, 6, 13)} inches at a {i(v, 15, 75)}° angle.",
        f"Added {i(v, 1, 5)} x Orbit Phone Stand ({money(v, 9, 40)}) to the basket - total now {money(v, 20, 300)}.",
        f"Q: Will the phone case fit model {sku(v)}? A: Yes, the {i(v, 140, 170)} x {i(v, 65, 80)} mm cut-out fits."])


def p_n5_address_bar(v):
    return c(v, [
        f"Typing in the address bar freezes the browser for {i(v, 2, 30)} s since update {ver(v)}; {c(v, TEAMS)} is looking at it ({ticket(v)}).",
        f"The pointer stored at address 0x{hexs(v, 8)} is freed twice; ASan reports heap-use-after-free at offset {i(v, 8, 256)}.",
        f"IPv6 address exhaustion is not a concern for this subnet plan: {i(v, 2, 64)} /64 blocks reserved per site."])


def p_n5_birthday_sale(v):
    return c(v, [
        f"Our shop's {c(v, ['5th', '10th', '12th', '20th', '25th'])} birthday sale: {i(v, 10, 60)}% off {c(v, PRODUCTS)} until {v.date()}.",
        f"The birthday cake tin ({i(v, 18, 30)} cm, {sku(v)}) is back in stock - {i(v, 2, 400)} units at {money(v, 8, 40)}.",
        f"The birthday paradox explains it: with {i(v, 23, 80)} random keys the chance of a hash collision in a 365-slot table is {f(v, 50, 99.9)}%."])


def p_n5_name_field(v):
    return c(v, [
        f"Name: {c(v, PRODUCTS)}\nSKU: {sku(v)}\nPrice: {money(v, 5, 500)}\nStock: {i(v, 0, 3000)}",
        f"The file name exceeds {i(v, 128, 260)} characters: export_{iso_date(v)}_{hexs(v, 8)}_batch{i(v, 1, 99)}.parquet",
        f"Field 'name' is required for each dish; received {c(v, DISHES)!r} without a price (row {i(v, 2, 400)})."])


def p_n5_release_notes(v):
    return (f"Release {ver(v)} ({v.date()})\n- {c(v, TEAMS)}: fix {c(v, ERRORS)} in {c(v, SERVICES)}\n"
            f"- Bump {c(v, SERVICES)} to {ver(v)}\n- Reduce cold start from {i(v, 400, 3000)} ms to {i(v, 100, 399)} ms")


def p_n5_warehouse_note(v):
    return (f"Cycle count {iso_date(v)}, aisle {i(v, 1, 40)}-{c(v, 'ABCDEF')}-{i(v, 1, 12)}: counted {v.num(i(v, 10, 50000), 0)} "
            f"{c(v, UNITS)} of {c(v, PRODUCTS)}, system says {v.num(i(v, 10, 50000), 0)}. Variance flagged to Warehouse Systems.")


def p_n5_recipe_card(v):
    return (f"{c(v, DISHES)} (serves {i(v, 2, 8)})\n{i(v, 100, 800)} g {c(v, ['arborio rice', 'red lentils', 'chickpeas', 'plain flour', 'potatoes'])}, "
            f"{i(v, 1, 3)} tbsp olive oil, {i(v, 250, 1500)} ml stock. Oven {i(v, 160, 230)} °C, {i(v, 15, 90)} min. "
            f"Per portion: {i(v, 200, 900)} kcal, {f(v, 2, 40)} g protein.")


def p_n5_maintenance_window(v):
    return (f"Planned maintenance: {v.date()} {span(v)} UTC. {c(v, TEAMS)} will upgrade the {c(v, ['PostgreSQL', 'RabbitMQ', 'Redis', 'Elasticsearch'])} "
            f"cluster from {ver(v)} to {ver(v)}. Expected impact: {c(v, SERVICES)} read-only for up to {i(v, 5, 45)} minutes.")


def p_n5_kpi_update(v):
    return (f"Weekly update - {c(v, TEAMS)}\nTickets closed: {i(v, 10, 400)} (+{i(v, 1, 40)}%). Median time to resolve: {f(v, 1, 72)} h. "
            f"Backlog: {i(v, 0, 900)}. SLO burn: {f(v, 0, 100)}% of monthly budget.")


def p_n5_shipping_delay(v):
    return (f"Update on order {order_no(v)}: the {c(v, PRODUCTS)} is delayed at the {c(v, ['sorting hub', 'customs facility', 'regional depot'])}. "
            f"New delivery window {v.date()}, {span(v)}. No action is needed; {qty(v)} item(s) remain on the order.")


def p_n5_coordinates_survey(v):
    return (f"Survey point {c(v, 'ABCDEFGH')}{i(v, 1, 99)}: {f(v, -60, 70, 5)}, {f(v, -170, 170, 5)}, elevation {i(v, 0, 3500)} m. "
            f"Soil pH {f(v, 4, 8.5, 1)}, {c(v, PLANTS)} cover {i(v, 0, 100)}%.")


def p_n5_sla_table(v):
    return "\n".join(f"| {s} | {f(v, 99, 99.999, 3)}% | {i(v, 0, 400)} min | {c(v, TEAMS)} |"
                     for s in v.r.sample(SERVICES, i(v, 3, 5)))


def p_n5_headline_product(v):
    return c(v, [
        f"{c(v, SECTORS)} unveils {c(v, PRODUCTS)} with {i(v, 8, 48)}-hour battery, shipping {v.date()}",
        f"Review: {c(v, PRODUCTS)} {sku(v)} scores {f(v, 6, 9.8)}/10 in our lab tests",
        f"Firmware {ver(v)} for the {c(v, PRODUCTS)} fixes Bluetooth pairing on {i(v, 2, 12)} models"])


# == tool-call frames (30) =======================================================================
def t_n5_inventory_search(v):
    return tool("inventory.search", {"query": c(v, PRODUCTS), "warehouse": f"WH-{i(v, 1, 40):02}",
                                     "min_qty": i(v, 1, 500), "include_reserved": v.r.random() < 0.5})


def t_n5_inventory_adjust(v):
    return tool("inventory.adjust", {"sku": sku(v), "delta": i(v, -900, 900), "reason": c(v, ["cycle count", "damaged", "returned", "found"]),
                                     "bin": f"{i(v, 1, 40)}-{c(v, 'ABCDEF')}-{i(v, 1, 12)}"})


def t_n5_weather_current(v):
    return tool("weather.current", {"city": c(v, CITIES_SAFE), "units": c(v, ["metric", "imperial"]), "include": ["wind", "pressure", "uv"]})


def t_n5_weather_forecast(v):
    return tool("weather.forecast", {"lat": round(v.r.uniform(-45, 65), 4), "lon": round(v.r.uniform(-120, 150), 4),
                                     "days": i(v, 1, 14), "start": iso_date(v)})


def t_n5_transit_departures(v):
    return tool("transit.departures", {"stop": c(v, STOPS), "lines": v.r.sample(LINES, i(v, 1, 3)), "limit": i(v, 3, 20),
                                       "after": f"{iso_date(v)}T{hm(v)}"})


def t_n5_order_status(v):
    return tool("orders.get_status", {"order_id": order_no(v), "include_items": True})


def t_n5_returns_create(v):
    return tool("returns.create", {"order_id": order_no(v), "items": [{"sku": sku(v), "qty": i(v, 1, 4)}],
                                   "reason": c(v, ["damaged", "wrong_item", "not_as_described", "changed_mind"]), "refund": "original_method"})


def t_n5_calendar_book(v):
    return tool("calendar.book_room", {"room": c(v, ROOMS), "title": c(v, MEETINGS), "date": iso_date(v),
                                       "start": hm(v), "duration_min": c(v, [30, 45, 60, 90, 120]), "attendees_count": i(v, 2, 30)})


def t_n5_calendar_find(v):
    return tool("calendar.find_free_slot", {"rooms": v.r.sample(ROOMS, 2), "between": [iso_date(v), iso_date(v)], "min_capacity": i(v, 4, 20)})


def t_n5_ticket_create(v):
    return tool("tickets.create", {"queue": c(v, TEAMS), "priority": c(v, ["P1", "P2", "P3"]),
                                   "title": f"{c(v, SERVICES)}: {c(v, ERRORS)}", "labels": ["incident", c(v, SERVICES)]})


def t_n5_ticket_comment(v):
    return tool("tickets.add_comment", {"ticket": ticket(v), "body": f"Handed over to the {c(v, TEAMS)} team. Error rate down to {f(v, 0, 2, 2)}% after rollback to {ver(v)}."})


def t_n5_incident_timeline(v):
    return tool("incidents.append_timeline", {"incident": ticket(v), "at": stamp(v),
                                              "entry": f"{c(v, TEAMS)} failed over {c(v, SERVICES)} to region {c(v, ['eu-west-1', 'us-east-2', 'ap-northeast-1'])}"})


def t_n5_ci_logs(v):
    return tool("ci.get_logs", {"pipeline": f"build-{c(v, LANGS_SAFE)}", "run": i(v, 1000, 99999), "step": c(v, CI_STEPS), "tail": i(v, 50, 500)})


def t_n5_ci_trigger(v):
    return tool("ci.trigger", {"branch": c(v, ["main", f"release/{ver(v)}", f"fix/{c(v, SERVICES)}"]), "commit": hexs(v, 40), "env": {"RUST_LOG": "info", "SHARDS": str(i(v, 1, 16))}})


def t_n5_lab_record(v):
    return tool("lab.record_measurement", {"sample": f"{c(v, 'ABCDEFG')}{i(v, 100, 999)}-{i(v, 1, 24)}", "compound": c(v, CHEMICALS),
                                           "value": round(v.r.uniform(0, 500), 3), "unit": c(v, ["mg/L", "µM", "nm", "%", "mS/cm"]), "at": stamp(v)})


def t_n5_nutrition_lookup(v):
    return tool("nutrition.lookup", {"food": c(v, FOODS), "portion_g": i(v, 20, 250), "fields": ["energy_kcal", "protein_g", "salt_g"]})


def t_n5_medicine_info(v):
    m, form = c(v, MEDICINES)
    return tool("medicines.leaflet", {"product": f"{m} {form}", "section": c(v, ["dosage", "side_effects", "storage", "ingredients"]), "language": "en"})


def t_n5_plant_search(v):
    return tool("plant_catalog.search", {"query": c(v, PLANTS), "hardiness_zone": i(v, 3, 10), "max_height_cm": i(v, 20, 300), "in_stock": True})


def t_n5_museum_lookup(v):
    return tool("collection.lookup", {"accession": f"{i(v, 1850, 2024)}.{i(v, 1, 999)}.{i(v, 1, 99)}", "fields": ["object", "material", "dimensions", "location"]})


def t_n5_museum_move(v):
    return tool("collection.move_object", {"object": c(v, OBJECTS), "from": f"Store {c(v, 'ABCDE')}/{i(v, 1, 60)}", "to": f"Gallery {i(v, 1, 30)} case {i(v, 1, 20)}",
                                           "date": iso_date(v), "rh_percent": i(v, 35, 60)})


def t_n5_sports_results(v):
    return tool("sports.results", {"competition": c(v, ["World Cup qualifiers", "Nations League", "Six Nations", "Olympic hockey"]),
                                   "team": c(v, NATIONS), "season": f"{i(v, 2015, 2025)}/{i(v, 16, 26)}"})


def t_n5_sports_fixture(v):
    return tool("sports.fixtures", {"home": c(v, CLUBS), "away": c(v, CLUBS), "date": iso_date(v), "kickoff": hm(v)})


def t_n5_market_quote(v):
    return tool("market.news", {"sector": c(v, SECTORS).lower(), "since": iso_date(v), "limit": i(v, 5, 50), "min_move_pct": round(v.r.uniform(1, 10), 1)})


def t_n5_csv_export(v):
    return tool("reports.export_csv", {"report": c(v, ["daily_orders", "returns_by_reason", "stock_levels", "sla_summary"]),
                                       "from": iso_date(v), "to": iso_date(v), "file_name": f"export_{iso_date(v).replace('-', '')}_{i(v, 1, 99)}.csv"})


def t_n5_shipment_track(v):
    return tool("shipping.track", {"tracking_number": f"{c(v, ['1Z', 'JJD', 'LX'])}{i(v, 10**11, 10**12 - 1)}", "carrier": c(v, ["ground", "express", "freight"])})


def t_n5_metrics_query(v):
    return tool("metrics.query", {"expr": f"histogram_quantile(0.{c(v, [5, 9, 95, 99])}, rate(http_request_duration_seconds_bucket{{service=\"{c(v, SERVICES)}\"}}[{i(v, 1, 30)}m]))",
                                  "start": stamp(v), "step": f"{i(v, 15, 300)}s"})


def t_n5_feature_flag(v):
    return tool("flags.set", {"flag": f"{c(v, SERVICES).replace('-', '_')}_v{i(v, 2, 5)}", "rollout_percent": i(v, 0, 100), "segment": c(v, ["internal", "beta", "eu", "all"])})


def t_n5_recipe_scale(v):
    return tool("recipes.scale", {"dish": c(v, DISHES), "from_servings": i(v, 2, 6), "to_servings": i(v, 8, 40), "units": "metric"})


def t_n5_unit_convert(v):
    return tool("units.convert", {"value": round(v.r.uniform(0, 5000), 2), "from": c(v, ["lb", "oz", "ft", "in", "psi", "mph"]), "to": c(v, ["kg", "g", "m", "cm", "bar", "km/h"])})


def t_n5_db_query(v):
    return tool("db.query", {"database": "warehouse", "sql": f"SELECT sku, SUM(qty) FROM stock_moves WHERE moved_at >= '{iso_date(v)}' AND bin LIKE '{i(v, 1, 40)}-%' GROUP BY sku LIMIT {i(v, 10, 500)}"})


# == localised prose (5 per locale) ==============================================================
DE_PROD = ["Gusseisenpfanne Granit", "Regenjacke Hafen", "Wanderstöcke Gipfel", "Schneidebrett Zeder",
           "Thermosflasche Polar", "Handyständer Orbit", "Küchenwaage Quarz"]
DE_TEAM = ["Plattformbetrieb", "Speicher", "Netzwerkbetrieb", "Datenbankbetrieb", "Zahlungsverkehr-Infrastruktur"]


def d_num(v, a, b, d=1):
    return f(v, a, b, d)


def p_n5_de_order(v):
    return (f"Ihre Bestellung {order_no(v)} wurde am {v.datetime.formatted_date()} versandt. Enthalten: {i(v, 1, 6)} x {c(v, DE_PROD)} "
            f"(Art.-Nr. {sku(v)}). Voraussichtliche Zustellung: {v.datetime.day_of_week()}, {v.datetime.formatted_date()}. Gewicht {d_num(v, 0.2, 20, 2)} kg.")


def p_n5_de_ticket(v):
    return (f"Störung {ticket(v)}: Seit {hm(v)} Uhr liefert {c(v, SERVICES)} Fehler ({d_num(v, 1, 30)} %). Das Team {c(v, DE_TEAM)} "
            f"hat die Version {ver(v)} zurückgerollt. Der Fehler ist aus einer Race Condition im Cache geboren.")


def p_n5_de_sport(v):
    return c(v, [f"Länderspiel: Deutschland gegen Österreich {i(v, 0, 5)}:{i(v, 0, 5)} ({i(v, 0, 2)}:{i(v, 0, 2)}), {v.num(i(v, 20000, 75000), 0)} Zuschauer.",
                 f"Handball: Dänemark schlägt Norwegen {i(v, 25, 38)}:{i(v, 20, 34)} und steht im Halbfinale am {v.datetime.formatted_date()}."])


def p_n5_de_leaflet(v):
    return (f"Ibuprofen {c(v, [200, 400])} mg Filmtabletten. Erwachsene: {i(v, 1, 2)} Tablette(n) bis zu {i(v, 3, 4)}-mal täglich. "
            f"Nicht über {i(v, 25, 30)} °C lagern. Ch.-B. {c(v, 'ABK')}{i(v, 10000, 99999)}, verwendbar bis {i(v, 1, 12):02}/{i(v, 2025, 2030)}. "
            f"Nährwerte je 100 g entfallen.")


def p_n5_de_garden(v):
    return (f"Lavendel 'Hidcote', winterhart, Wuchshöhe {i(v, 30, 60)} cm, Topf {i(v, 9, 19)} cm, Best.-Nr. {i(v, 10000, 99999)}. "
            f"Aussaat {v.datetime.month()} bis {v.datetime.month()}, {d_num(v, 2, 20, 2)} € pro Stück.")


FR_PROD = ["Poêle en fonte Granit", "Veste de pluie Port", "Support de téléphone Orbite", "Balance de cuisine Quartz", "Gourde isotherme Polaire"]


def p_n5_fr_order(v):
    return (f"Votre commande {order_no(v)} est en cours de préparation : {i(v, 1, 6)} x {c(v, FR_PROD)} (réf. {sku(v)}). "
            f"Livraison estimée le {v.datetime.formatted_date()} entre {span(v).replace('-', ' et ')}. Montant : {f(v, 10, 900, 2)} €.")


def p_n5_fr_incident(v):
    return (f"Incident {ticket(v)} — {hm(v)} : l'équipe Stockage signale un disque à {i(v, 90, 99)} %. {hm(v)} : bascule de {c(v, SERVICES)} "
            f"vers la version {ver(v)}. L'adresse mémoire 0x{hexs(v, 8)} est corrompue.")


def p_n5_fr_sport(v):
    return c(v, [f"Rugby : la France bat l'Irlande {i(v, 10, 40)} à {i(v, 6, 30)} au terme d'un match serré, devant {v.num(i(v, 30000, 80000), 0)} spectateurs.",
                 f"Football : Maroc {i(v, 0, 4)} - {i(v, 0, 4)} Sénégal, prochain match le {v.datetime.formatted_date()}."])


def p_n5_fr_nutrition(v):
    return (f"Muesli aux noisettes — valeurs nutritionnelles pour 100 g : énergie {i(v, 1200, 2000)} kJ, matières grasses {f(v, 2, 25)} g, "
            f"glucides {f(v, 30, 70)} g, sel {f(v, 0, 1.5, 2)} g. À consommer de préférence avant le {v.datetime.formatted_date()}. Lot {i(v, 1000, 9999)}.")


def p_n5_fr_contract(v):
    return (f"Article {i(v, 1, 20)}. Le présent contrat prend effet à la Date d'Entrée en Vigueur et est conclu pour une durée de {i(v, 12, 48)} mois. "
            f"Toute notification est adressée par lettre recommandée à l'adresse indiquée à l'article {i(v, 1, 20)}.")


ES_PROD = ["Sartén de hierro Granito", "Chaqueta impermeable Puerto", "Soporte para teléfono Órbita", "Báscula de cocina Cuarzo"]


def p_n5_es_order(v):
    return (f"Tu pedido {order_no(v)} ha sido enviado. {i(v, 1, 6)} x {c(v, ES_PROD)} (ref. {sku(v)}). "
            f"Entrega prevista: {v.datetime.formatted_date()}. Importe total: {f(v, 10, 900, 2)} €.")


def p_n5_es_return(v):
    return (f"Hemos recibido tu devolución RMA-{i(v, 100000, 999999)} el {v.datetime.formatted_date()}. El reembolso de {f(v, 5, 500, 2)} € "
            f"se realizará en {i(v, 3, 14)} días hábiles. Motivo: {c(v, ['producto dañado', 'talla incorrecta', 'ya no lo necesito'])}.")


def p_n5_es_sport(v):
    return c(v, [f"España {i(v, 0, 5)}-{i(v, 0, 5)} Portugal en la fase de grupos; el partido se jugó el {v.datetime.formatted_date()}.",
                 f"Baloncesto: Argentina vence a Uruguay por {i(v, 70, 110)} a {i(v, 60, 100)} y suma {i(v, 2, 10)} victorias."])


def p_n5_es_lab(v):
    return (f"Cuaderno de laboratorio {v.datetime.formatted_date()}: se prepararon {i(v, 50, 1000)} mL de tampón fosfato a pH {f(v, 5, 8.5, 2)}; "
            f"rendimiento del {f(v, 30, 99)} %, lote {c(v, 'ABCDEF')}{i(v, 100, 999)}, conservado a -{i(v, 20, 80)} °C.")


def p_n5_es_plant(v):
    return (f"Tomate 'Corazón de Buey', planta de {i(v, 100, 200)} cm, maceta de {i(v, 9, 14)} cm, ref. {i(v, 10000, 99999)}. "
            f"Siembra en {v.datetime.month()}, cosecha a partir de {v.datetime.month()}. {f(v, 1, 9, 2)} € la unidad.")


PT_PROD = ["Frigideira de ferro Granito", "Capa de chuva Porto", "Suporte de celular Órbita", "Balança de cozinha Quartzo"]


def p_n5_ptbr_order(v):
    return (f"Seu pedido {order_no(v)} saiu para entrega. {i(v, 1, 6)} x {c(v, PT_PROD)} (cód. {sku(v)}). "
            f"Previsão de entrega: {v.datetime.formatted_date()}. Valor: R$ {f(v, 10, 2000, 2)}.")


def p_n5_ptbr_chat(v):
    return c(v, [f"alguém consegue reiniciar o runner de staging? o job está travado desde {hm(v)} no passo {i(v, 2, 19)}",
                 f"pessoal, o deploy do {c(v, SERVICES)} {ver(v)} vai sair às {hm(v)}, avisem o time de Plataforma se algo quebrar",
                 f"reservei a sala {i(v, 1, 9)}.{i(v, 1, 30):02} para a Revisão de Sprint de {v.datetime.formatted_date()}, {i(v, 4, 20)} lugares"])


def p_n5_ptbr_sport(v):
    return c(v, [f"Brasil {i(v, 0, 5)} x {i(v, 0, 5)} Argentina pelas Eliminatórias; público de {v.num(i(v, 20000, 78000), 0)} pagantes.",
                 f"Vôlei: Brasil vence a Itália por 3 sets a {i(v, 0, 2)} ({i(v, 25, 30)}-{i(v, 15, 23)}, {i(v, 25, 30)}-{i(v, 15, 23)}, {i(v, 25, 30)}-{i(v, 15, 23)})."])


def p_n5_ptbr_leaflet(v):
    return (f"Paracetamol {c(v, [500, 750])} mg comprimidos. Adultos: {i(v, 1, 2)} comprimido(s) a cada {i(v, 4, 8)} horas. "
            f"Conservar abaixo de {i(v, 25, 30)} °C. Lote {c(v, 'ABK')}{i(v, 10000, 99999)}, validade {i(v, 1, 12):02}/{i(v, 2025, 2030)}.")


def p_n5_ptbr_news(v):
    return (f"Ações de fabricante de baterias sobem {f(v, 0.5, 15)}% após balanço do {i(v, 1, 4)}º trimestre; receita de R$ {f(v, 1, 90)} bilhões "
            f"e lançamento da linha {c(v, ['Granito', 'Polar', 'Quartzo'])} previsto para {v.datetime.formatted_date()}.")


IT_PROD = ["Padella in ghisa Granito", "Giacca antipioggia Porto", "Supporto per telefono Orbita", "Bilancia da cucina Quarzo"]


def p_n5_it_order(v):
    return (f"Il tuo ordine {order_no(v)} è stato spedito: {i(v, 1, 6)} x {c(v, IT_PROD)} (cod. {sku(v)}). "
            f"Consegna prevista il {v.datetime.formatted_date()}. Totale {f(v, 10, 900, 2)} €.")


def p_n5_it_museum(v):
    return (f"Inventario n. {i(v, 1850, 2024)}.{i(v, 1, 999)}: vaso in ceramica invetriata, alt. {f(v, 5, 80)} cm, "
            f"peso {i(v, 100, 9000)} g, XVI secolo. Deposito {c(v, 'ABCDE')}, scaffale {i(v, 1, 60)}.")


def p_n5_it_sport(v):
    return c(v, [f"Italia {i(v, 0, 4)}-{i(v, 0, 4)} Croazia: gli azzurri chiudono il girone con {i(v, 4, 9)} punti.",
                 f"Pallavolo: Italia batte Polonia 3-{i(v, 0, 2)}, finale in programma il {v.datetime.formatted_date()} alle {hm(v)}."])


def p_n5_it_recipe(v):
    return (f"Risotto ai funghi per {i(v, 2, 8)} persone: {i(v, 200, 600)} g di riso, {i(v, 200, 500)} g di funghi, "
            f"{i(v, 800, 1500)} ml di brodo. Cottura {i(v, 16, 22)} minuti. Per porzione {i(v, 300, 700)} kcal.")


def p_n5_it_ticket(v):
    return (f"Ticket {ticket(v)}: il servizio {c(v, SERVICES)} restituisce errore dalle {hm(v)}. Il team Affidabilità della Piattaforma "
            f"ha ripristinato la versione {ver(v)}; {i(v, 10, 9000)} richieste rielaborate.")


JA_PROD = ["鋳鉄スキレット グラナイト", "レインジャケット ハーバー", "スマホスタンド オービット", "キッチンスケール クォーツ"]


def p_n5_ja_order(v):
    return (f"ご注文番号 {order_no(v)} の商品を発送しました。{c(v, JA_PROD)} × {i(v, 1, 6)}（品番 {sku(v)}）。"
            f"お届け予定日：{v.datetime.formatted_date()}。合計 {v.num(i(v, 1000, 90000), 0)} 円（税込）。")


def p_n5_ja_incident(v):
    return (f"障害報告 {ticket(v)}：{hm(v)} 頃から {c(v, SERVICES)} のエラー率が {f(v, 1, 30)}% に上昇。"
            f"ストレージチームがバージョン {ver(v)} に切り戻し、{hm(v)} に復旧しました。")


def p_n5_ja_sport(v):
    return c(v, [f"サッカー日本代表、韓国に {i(v, 0, 5)}-{i(v, 0, 5)}。観客数 {v.num(i(v, 20000, 70000), 0)} 人。",
                 f"ラグビー：日本 {i(v, 10, 45)}-{i(v, 5, 40)} フィジー。次戦は {v.datetime.formatted_date()}。"])


def p_n5_ja_nutrition(v):
    return (f"栄養成分表示（100g当たり）エネルギー {i(v, 100, 600)}kcal、たんぱく質 {f(v, 1, 30)}g、脂質 {f(v, 1, 40)}g、"
            f"炭水化物 {f(v, 5, 80)}g、食塩相当量 {f(v, 0, 3, 2)}g。賞味期限 {v.datetime.formatted_date()}。")


def p_n5_ja_booking(v):
    return (f"会議室 {i(v, 1, 9)}{c(v, 'ABC')} を {v.datetime.formatted_date()} {span(v).replace('-', '〜')} で予約しました。"
            f"用途：四半期計画レビュー、定員 {i(v, 4, 30)} 名、プロジェクター型番 {sku(v)}。")


# -- registry ------------------------------------------------------------------------------------
EN_PROSE = [p_n5_incident_timeline, p_n5_ticket_born, p_n5_memory_address, p_n5_chat_restart, p_n5_chat_thread,
            p_n5_room_booking, p_n5_calendar_note, p_n5_order_status, p_n5_return_notice, p_n5_headline,
            p_n5_sports_national, p_n5_sports_clubs, p_n5_lab_notebook, p_n5_abstract, p_n5_contract,
            p_n5_medicine_leaflet, p_n5_nutrition, p_n5_plant_catalogue, p_n5_garden_note, p_n5_museum,
            p_n5_museum_label, p_n5_api_inventory_json, p_n5_api_weather_json, p_n5_api_transit_json,
            p_n5_csv_export, p_n5_csv_metrics, p_n5_ci_log, p_n5_build_output, p_n5_phone_stand,
            p_n5_address_bar, p_n5_birthday_sale, p_n5_name_field, p_n5_release_notes, p_n5_warehouse_note,
            p_n5_recipe_card, p_n5_maintenance_window, p_n5_kpi_update, p_n5_shipping_delay,
            p_n5_coordinates_survey, p_n5_headline_product]
TOOLS = [t_n5_inventory_search, t_n5_inventory_adjust, t_n5_weather_current, t_n5_weather_forecast,
         t_n5_transit_departures, t_n5_order_status, t_n5_returns_create, t_n5_calendar_book, t_n5_calendar_find,
         t_n5_ticket_create, t_n5_ticket_comment, t_n5_incident_timeline, t_n5_ci_logs, t_n5_ci_trigger,
         t_n5_lab_record, t_n5_nutrition_lookup, t_n5_medicine_info, t_n5_plant_search, t_n5_museum_lookup,
         t_n5_museum_move, t_n5_sports_results, t_n5_sports_fixture, t_n5_market_quote, t_n5_csv_export,
         t_n5_shipment_track, t_n5_metrics_query, t_n5_feature_flag, t_n5_recipe_scale, t_n5_unit_convert,
         t_n5_db_query]
LOCALISED = {
    "de": [p_n5_de_order, p_n5_de_ticket, p_n5_de_sport, p_n5_de_leaflet, p_n5_de_garden],
    "fr": [p_n5_fr_order, p_n5_fr_incident, p_n5_fr_sport, p_n5_fr_nutrition, p_n5_fr_contract],
    "es": [p_n5_es_order, p_n5_es_return, p_n5_es_sport, p_n5_es_lab, p_n5_es_plant],
    "pt-br": [p_n5_ptbr_order, p_n5_ptbr_chat, p_n5_ptbr_sport, p_n5_ptbr_leaflet, p_n5_ptbr_news],
    "it": [p_n5_it_order, p_n5_it_museum, p_n5_it_sport, p_n5_it_recipe, p_n5_it_ticket],
    "ja": [p_n5_ja_order, p_n5_ja_incident, p_n5_ja_sport, p_n5_ja_nutrition, p_n5_ja_booking],
}


def frames() -> list[tuple[str, str | None, object]]:
    out = []
    for k, fn in enumerate(EN_PROSE):
        out.append((fn.__name__, "en-gb" if k % 4 == 3 else "en", fn))
    for fn in TOOLS:
        out.append((fn.__name__, "en", fn))
    for locale, fns in LOCALISED.items():
        for fn in fns:
            out.append((fn.__name__, locale, fn))
    return out


def main() -> None:
    fr = frames()
    assert len(EN_PROSE) == 40 and len(TOOLS) == 30 and sum(map(len, LOCALISED.values())) == 30
    assert len({name for name, _, _ in fr}) == len(fr) == 100
    recs = records(fr, SEED, COUNT, SPLIT)
    assert len(recs) == COUNT
    bad = {}
    for rec in recs:
        for h in name_hits(rec["text"]):
            bad.setdefault(h, rec["frame"])
    if "--check" in sys.argv:
        print(json.dumps(bad, ensure_ascii=False, indent=1))
        return
    if bad:
        raise SystemExit(f"records contain name words: {bad}")
    write(OUT, recs)
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
