#!/usr/bin/env python3
"""Third set of decoy frames for the privacy gateway: documents and machine output that people paste
into an assistant (meeting minutes with actions owned by teams, agendas, catalogue entries, news
paragraphs about companies, markets, weather and election results by party, league tables of clubs,
forum posts, code comments and commit messages, log excerpts, CSV exports, changelogs, README
excerpts, timetables, nutrition labels, lab reports, policy boilerplate, invoice line items,
supplier quotes, tasting notes, museum labels, weather station readings, conference programmes),
as English prose (values of the en and en-gb locales), as tool-call JSON (values of a random locale
among generate_decoys.LOCALES, as `records` does for frames bound to none), and as prose in de, fr,
es, pt-br, it and ja (values of that locale).

None of it is personal data: no person names, user names, phone numbers, street addresses, e-mail
addresses, URLs, IP addresses, dates of birth, account or card numbers, employee ids or secrets.
Every record has `"spans": []`, so any finding on it is a false positive. Values come from
generate_decoys.Values (mimesis and python-stdnum); mimesis values that may be named after a person
(a word that is a given name of any mimesis locale, a possessive such as "Welch's", a capitalised
word next to a surname, for companies, banks, cars, drinks and dishes any surname, and for Japanese
a name or surname inside the value) are drawn again. File names ending in .com/.net/.org (which
mimesis makes) are drawn again too; catalogue codes are EAN-13 only (no IMEI, VAT or ISIN).

A helper session wrote this file without reading the detectors (src/), the other helpers' frames or
any existing decoy/corpus file, so its frames are independent of what the gateway was tuned on.

Split: random.Random(SPLIT_SEED) shuffles each kind of frame in turn (tool, English prose, then
each locale of LOCAL3 in order) and keeps two thirds of it, rounded, for "tune"; the rest are
"heldout". decoys_new3_tune.jsonl has TUNE_COUNT records from the tune frames (seed TUNE_SEED),
decoys_new3_heldout.jsonl HELD_OUT_COUNT records from the held-out frames (seed HELD_OUT_SEED).

Usage (from the repository root; regenerates both files byte for byte):
    .venv-privacy/bin/python tests/privacy/decoy_frames_new3.py
"""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import mimesis  # noqa: E402

from generate_decoys import EVERY_NAME, records, tool, write  # noqa: E402

SPLIT_SEED = 37039
TUNE_SEED = 3901
HELD_OUT_SEED = 3902
TUNE_COUNT = 3000
HELD_OUT_COUNT = 1000


# -- filtering mimesis values that may be named after someone ----------------------------------

def _surnames() -> tuple[set[str], set[str]]:
    latin, cjk = set(), set()
    for path in sorted((Path(mimesis.__file__).parent / "datasets").glob("*/person.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        sur = data.get("surnames", [])
        group = [n for g in sur.values() for n in g] if isinstance(sur, dict) else list(sur)
        latin |= set(group)
        if path.parent.name in ("ja", "zh", "ko"):
            names = data.get("names", {})
            cjk |= {n for n in group if len(n) >= 2}
            cjk |= {n for g in names.values() for n in g if len(n) >= 2}
    return latin, cjk


SURNAMES, CJK_NAMES = _surnames()
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def person_like(s: str) -> bool:
    """Whether a value may be named after a person (strict: rather draw again)."""
    if _CJK.search(s):
        return any(n in s for n in CJK_NAMES)
    if re.search(r"\w['’]s\b", s):  # possessive: "Welch's", "Pimm's Cup"
        return True
    words = re.findall(r"[^\W\d_]+", s)
    if any(w in EVERY_NAME or w.capitalize() in EVERY_NAME for w in words if len(w) > 1):
        return True
    caps = [w[:1].isupper() for w in words]
    for i in range(len(words) - 1):
        if caps[i] and caps[i + 1] and (words[i] in SURNAMES or words[i + 1] in SURNAMES):
            return True
    return False


def pick(v, fn, fallback: list[str], strict: bool = False) -> str:
    """A value of fn that names nobody; strict also rejects any surname (companies, banks)."""
    for _ in range(40):
        s = fn()
        if not person_like(s) and not (strict and any(w in SURNAMES for w in re.findall(r"\w+", s))):
            return s
    return v.r.choice(fallback)


def city(v):
    fb = {"ja": ["中央地区", "港湾地区", "北部地区"]}.get(v.locale, ["Northfield", "Harbourside", "Eastbrook"])
    return pick(v, v.address.city, fb)


def state(v):
    return pick(v, v.address.state, ["North Region", "Coastal Region", "Central Region"])


def country(v):
    return pick(v, v.address.country, ["Norway", "Portugal", "Japan"])


def dish(v):
    return pick(v, v.food.dish, ["Vegetable soup", "Lentil stew", "Rice salad"], strict=True)


def drink(v):
    return pick(v, v.food.drink, ["Lemonade", "Iced tea", "Cider"], strict=True)


def fruit(v):
    return pick(v, v.food.fruit, ["Apple", "Pear", "Plum"])


def company(v):
    return pick(v, lambda: v.finance.company().replace(".com", ""), ["Northwind Logistics", "Bluefield Systems", "Alpine Foods"], strict=True)


def bank(v):
    return pick(v, v.finance.bank, ["Regional Savings Bank", "Cooperative Bank"], strict=True)


def car(v):
    return pick(v, v.transport.car, ["Toyota Corolla", "Fiat Panda", "Skoda Octavia"], strict=True)


def gadget(v):
    return pick(v, lambda: v.r.choice([v.hardware.phone_model, v.hardware.cpu, v.hardware.graphics,
                                       lambda: f"{v.hardware.manufacturer()} {v.model_number()}"])(),
                ["Pixel 7", "Ryzen 7 5800X", "GeForce RTX 3060"], strict=True)


def maker(v):
    return pick(v, v.hardware.manufacturer, ["Asus", "Lenovo", "Acer"], strict=True)


def ver(v):
    return pick(v, v.version, ["1.4.2", "v2.0.1"])


def lang(v):
    return pick(v, v.dev.programming_language, ["Rust", "Go", "Kotlin"])


def os_name(v):
    return pick(v, v.dev.os, ["Debian", "Windows 11", "macOS"])


def veg(v):
    return pick(v, v.food.vegetable, ["Carrot", "Leek", "Onion"])


def spice(v):
    return pick(v, v.food.spices, ["Cumin", "Paprika", "Coriander"])


def fname(v):
    """A file name that does not look like a domain (mimesis makes "also.com")."""
    for _ in range(20):
        f = v.file.file_name()
        if not re.search(r"\.(com|net|org|io|info)$", f) and not person_like(f):
            return f
    return "export.csv"


def ean13(v):
    from stdnum import ean
    digits = "".join(str(v.r.randint(0, 9)) for _ in range(12))
    return digits + ean.calc_check_digit(digits)


def words(v, n):
    return pick(v, lambda: v.words(n), ["general update"])


def word(v):
    return pick(v, v.word, ["update"])


# -- shared vocabulary --------------------------------------------------------------------------

TEAMS = ["Platform team", "QA", "Data engineering", "Finance", "Facilities", "Legal", "Support",
         "Design", "Security team", "Procurement", "SRE on-call", "Marketing", "Release management",
         "Infrastructure", "Mobile team", "Customer success", "Operations", "Payments squad",
         "Analytics", "Docs team", "Hardware lab", "Works committee"]
ROLES = ["Chair", "Secretary", "Product owner", "Tech lead", "Project manager", "Site manager",
         "Treasurer", "Head of QA", "Engineering manager", "Release captain"]
MODULES = ["app.billing.worker", "core.http.middleware", "svc.search.indexer", "scheduler.jobs",
           "cache.pool", "api.v2.orders", "storage.uploader", "queue.consumer", "report.renderer",
           "ingest.parser", "sync.inventory", "pdf.export", "metrics.flush", "db.migrations"]
LEVELS = ["INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"]
STOPS = ["Old Town", "Harbourside", "North Gate", "Riverside", "Market Square", "Central Station",
         "University Campus", "General Hospital", "Airport Terminal 2", "Eastbrook", "Hillcrest",
         "Park and Ride", "Civic Centre", "Bus Depot", "Ferry Terminal", "Stadium",
         "Industrial Estate", "Southgate", "Science Park", "Retail Park", "Leisure Centre"]
DEPTS = ["CS", "MATH", "PHYS", "CHEM", "ECON", "BIO", "HIST", "LING", "STAT", "ENG", "GEOG", "PSY"]
ROOMS = ["Hall A", "Hall B", "Room 204", "Room 1.12", "LT3", "Sports Hall", "Auditorium",
         "Seminar Room 5", "Lab C-017", "Main Hall", "Room G.08", "Studio 2"]
PARTIES = ["Green Party", "Liberal Alliance", "Social Democrats", "Centre Party", "Farmers' Union",
           "Conservative Bloc", "Left Alliance", "Pirate Party", "Regionalists", "Independents"]
CLUB_SUFFIX = ["FC", "United", "Rovers", "Athletic", "City", "Wanderers", "SC", "Town", "Albion"]
MATERIALS = ["glazed earthenware", "bronze", "oak and iron", "silk and metal thread", "carved limestone",
             "silver, partly gilt", "oil on panel", "porcelain, enamel colours", "walnut veneer",
             "woven wool", "blown glass", "lacquered wood"]
ANALYTES = ["Nitrate", "Lead", "Copper", "Total coliforms", "Chloride", "Sulphate", "Iron",
            "Manganese", "Fluoride", "Arsenic", "Turbidity", "Ammonium", "Zinc"]
TOPICS = ["Observability at scale", "Soil carbon measurement", "Accessible public transport",
          "Battery recycling", "Edge caching strategies", "Urban heat islands", "Open data portals",
          "Rust in embedded systems", "Food supply chains", "Grid-scale storage", "Test flakiness",
          "Circular packaging", "Water reuse in industry", "Schema migrations without downtime"]


def pct(v, lo=0.5, hi=60.0):
    """A positive percentage (Values.percent() can be negative, odd after "rose" or "completed")."""
    return f"{v.num(v.r.uniform(lo, hi), v.r.choice([0, 1, 2]))}{v.r.choice(['%', ' %'])}"


def ldate(v):
    """A readable date in the record's locale (no bare 20070917 in headings)."""
    d = v.datetime.date()
    return v.r.choice([v.datetime.formatted_date, d.isoformat,
                       lambda: d.strftime("%d.%m.%Y" if v.locale == "de" else "%d/%m/%Y")])()


def price(v, lo=1.0, hi=999.0, sym=None):
    sym = sym or v.r.choice(["€", "$", "£"])
    amount = v.num(v.r.uniform(lo, hi), 2)
    return f"{sym}{amount}" if v.r.random() < 0.6 else f"{amount} {sym}"


def req_id(r):
    return r.choice([f"req-{r.getrandbits(32):08x}", f"rid={r.randint(100000, 999999)}",
                     f"req_{r.getrandbits(24):06x}", f"job#{r.randint(1000, 99999)}"])


def sku(v):
    r = v.r
    return f"{r.choice(['TB', 'PL', 'FX', 'HW', 'CB', 'GL', 'KT'])}-{r.randint(1000, 9999)}{r.choice('ABCDEFGH')}"


def club(v):
    return f"{city(v)} {v.r.choice(CLUB_SUFFIX)}"


def hhmm(r):
    return f"{r.randint(5, 23):02}:{r.choice(range(0, 60, 5)):02}"


def course(r):
    return f"{r.choice(DEPTS)}{r.randint(100, 499)}"


def ts(v):
    d = v.datetime.datetime()
    return d.strftime("%Y-%m-%dT%H:%M:%S") + f".{v.r.randint(0, 999):03}Z"


def short_sha(r):
    return f"{r.getrandbits(28):07x}"


# -- English prose ------------------------------------------------------------------------------

def p_minutes(v):
    r = v.r
    acts = "\n".join(f"- Action: {r.choice(TEAMS)} to {r.choice(['review', 'draft', 'update', 'close out', 'estimate', 'test'])} "
                     f"the {words(v, 2)} {r.choice(['plan', 'runbook', 'budget line', 'ticket backlog', 'supplier list'])} by {v.date()}."
                     for _ in range(r.randint(2, 4)))
    return (f"Minutes – weekly sync, {ldate(v)}\nPresent: {', '.join(r.sample(TEAMS, 4))}. Apologies: {r.choice(TEAMS)}.\n"
            f"1. Status: {r.choice(['on track', 'at risk', 'delayed by a week'])}; error rate at {pct(v, 0.01, 5)}.\n"
            f"2. Budget: {price(v, 1000, 90000)} committed of {price(v, 90000, 250000)}.\n{acts}\nNext meeting: {v.date()}, {r.choice(ROOMS)}.")


def p_agenda(v):
    r = v.r
    t = r.randint(8, 14)
    items = []
    for i in range(1, r.randint(4, 7)):
        items.append(f"{t + i * 15 // 60:02}:{(i * 15) % 60:02}  Item {i} – {r.choice(['Review of', 'Update on', 'Decision:', 'Report from'])} "
                     f"{r.choice(TEAMS).lower()} {r.choice(['roadmap', 'budget', 'risk register', 'hiring plan', 'audit findings'])}")
    return f"AGENDA – {r.choice(['Steering group', 'Board', 'Works council', 'Project board'])} meeting\n{ldate(v)}, {r.choice(ROOMS)}\n" + "\n".join(items) + "\nAOB"


def p_catalogue(v):
    r = v.r
    return (f"{maker(v)} {v.model_number()} — {r.choice(['cordless drill', 'desk lamp', 'wireless router', 'espresso grinder', 'label printer'])}\n"
            f"Item no. {sku(v)} | EAN {ean13(v)}\nWeight: {v.num(r.uniform(0.2, 25), 2)} kg · Power: {r.randint(5, 1800)} W · Warranty: {r.randint(2, 5)} years\n"
            f"Price: {price(v, 19, 899)} (incl. VAT) · In stock: {r.randint(0, 400)} units")


def p_news_company(v):
    r = v.r
    return (f"{company(v)} said on {v.datetime.day_of_week()} that quarterly revenue rose {pct(v)} to {price(v, 10, 900)}m, "
            f"beating forecasts. Shares ({v.ticker()}) closed {r.choice(['up', 'down'])} {v.num(r.uniform(0.1, 12), 1)}% in {city(v)}. "
            f"The group expects to open {r.randint(2, 40)} new sites in {country(v)} by {v.datetime.year()}.")


def p_markets(v):
    r = v.r
    return (f"Markets wrap, {v.date()}: the benchmark index fell {v.num(r.uniform(0.1, 3), 2)}% to {v.num(r.uniform(3000, 40000), 2)} points, "
            f"while {company(v)} gained {pct(v, 0.1, 15)}. Brent crude traded at ${v.num(r.uniform(60, 110), 2)} a barrel; "
            f"the ten-year yield eased to {v.num(r.uniform(1, 6), 2)}%. Volume: {v.num(r.randint(10**6, 9 * 10**8), 0)} shares.")


def p_weather_event(v):
    r = v.r
    return (f"Storm warning for {state(v)}: gusts of up to {r.randint(60, 160)} km/h and {r.randint(20, 180)} mm of rain are expected "
            f"from {v.time()} on {v.datetime.day_of_week()}. {r.randint(3, 90)} schools in {city(v)} will stay closed and "
            f"ferry services are suspended until further notice. Pressure at the coast dropped to {r.randint(950, 1000)} hPa.")


def p_election(v):
    r = v.r
    ps = r.sample(PARTIES, 4)
    shares = sorted((r.uniform(5, 40) for _ in ps), reverse=True)
    lines = "; ".join(f"{p} {v.num(s, 1)}% ({r.randint(1, 60)} seats)" for p, s in zip(ps, shares))
    return (f"Provisional results for the {state(v)} regional assembly, with {v.num(r.uniform(80, 100), 1)}% of districts counted: {lines}. "
            f"Turnout was {v.num(r.uniform(40, 80), 1)}%, {r.choice(['up', 'down'])} {v.num(r.uniform(0.5, 6), 1)} points on the last vote.")


def p_league_table(v):
    r = v.r
    rows = []
    pts = r.randint(40, 80)
    for pos in range(1, r.randint(5, 8)):
        w, d, l_ = r.randint(8, 22), r.randint(2, 10), r.randint(2, 12)
        rows.append(f"{pos:>2}. {club(v):<24} P{w + d + l_:>3}  W{w:>3} D{d:>3} L{l_:>3}  GD {r.randint(-15, 40):+}  Pts {pts}")
        pts -= r.randint(0, 6)
    return "League table after matchday " + str(r.randint(10, 34)) + "\n" + "\n".join(rows)


def p_forum_gadget(v):
    r = v.r
    g = gadget(v)
    return (f"Re: {g} overheating after firmware {ver(v)}?\n"
            f"Same here. Idle temps went from {r.randint(30, 45)}°C to {r.randint(50, 80)}°C after the update. Rolling back to "
            f"{ver(v)} fixed it for me; battery went back to {r.randint(6, 14)}h. Also try disabling adaptive refresh. Marked as solution by OP.")


def p_forum_software(v):
    r = v.r
    language = lang(v)
    return (f"Q: {language} build fails with 'out of memory' on {os_name(v)}\n"
            f"A: The default heap is {r.choice([512, 1024, 2048])} MB. Raise it to {r.choice([4096, 8192])} MB in the build config "
            f"and set parallel jobs to {r.randint(2, 8)}. With {ver(v)} the full build takes {v.duration()} on a "
            f"{r.randint(4, 32)}-core machine. Accepted answer · {r.randint(3, 900)} votes")


def p_code_comment(v):
    r = v.r
    return (f"// TODO({r.choice(['platform', 'qa', 'perf', 'infra', 'api'])}): remove this shim once {ver(v)} is the minimum supported version.\n"
            f"// Retries {r.randint(2, 7)} times with exponential backoff starting at {r.randint(50, 500)} ms; see ticket "
            f"{r.choice(['PLAT', 'OPS', 'CORE', 'WEB'])}-{r.randint(100, 9999)}.\n"
            f"const MAX_BATCH = {r.choice([64, 128, 256, 512, 1000])}; // measured on {v.hardware.cpu()}")


def p_commit(v):
    r = v.r
    scope = r.choice(["parser", "billing", "ui", "cli", "sync", "auth", "export", "deps"])
    kind = r.choice(["fix", "feat", "perf", "refactor", "chore", "docs"])
    return (f"{short_sha(r)} {kind}({scope}): {r.choice(['handle empty rows in', 'cache results of', 'stream', 'validate', 'paginate'])} "
            f"{words(v, 2)} {r.choice(['import', 'export', 'lookup', 'report'])} (#{r.randint(100, 9999)})\n\n"
            f"Reduces p95 latency from {r.randint(200, 900)} ms to {r.randint(40, 199)} ms on the {r.randint(10, 500)}k-row fixture.\n"
            f"Closes #{r.randint(100, 9999)}.")


def p_log_excerpt(v):
    r = v.r
    lines = []
    for _ in range(r.randint(3, 6)):
        lvl = r.choice(LEVELS)
        msg = r.choice([f"processed batch size={r.randint(1, 500)} in {r.randint(2, 4000)}ms",
                        f"cache miss ratio {v.num(r.uniform(0, 1), 3)}",
                        f"retrying upstream call attempt={r.randint(1, 5)} backoff={r.randint(100, 3000)}ms",
                        f"worker pool resized {r.randint(2, 8)} -> {r.randint(9, 64)}",
                        f"GET /api/v2/orders?page={r.randint(1, 90)} 200 {r.randint(3, 900)}ms",
                        f"checkpoint written offset={r.randint(10**5, 10**9)}"])
        lines.append(f"{ts(v)} {lvl:<5} [{r.choice(MODULES)}] {req_id(r)} {msg}")
    return "\n".join(lines)


def p_csv_export(v):
    r = v.r
    head = r.choice(["sku,qty,price,region,warehouse", "SKU;Qty;UnitPrice;Region;Warehouse", "sku\tqty\tprice\tregion\twarehouse"])
    sep = "," if "," in head else (";" if ";" in head else "\t")
    rows = [sep.join([sku(v), str(r.randint(0, 5000)), f"{r.uniform(0.5, 900):.2f}", r.choice(["EMEA", "APAC", "NA", "LATAM"]),
                      r.choice(["WH-North", "WH-South", "DC2", "DC7", f"{city(v)} DC"])]) for _ in range(r.randint(3, 7))]
    return "\n".join([head] + rows)


def p_changelog(v):
    r = v.r
    return (f"## [{v.dev.version()}] - {v.datetime.date().isoformat()}\n### Added\n- {words(v, 3)} option for the exporter\n"
            f"- Support for {lang(v)} {r.randint(2, 12)}.{r.randint(0, 9)}\n### Fixed\n"
            f"- Crash when the input file is larger than {v.file_size()}\n- Memory leak in {r.choice(MODULES)} (#{r.randint(100, 9999)})\n"
            f"### Changed\n- Default timeout raised to {r.randint(10, 120)} s")


def p_readme(v):
    r = v.r
    name = word(v).lower() + r.choice(["-cli", "kit", "db", "-sync", "fmt"])
    return (f"# {name}\n\nA small tool to {r.choice(['convert', 'validate', 'deduplicate', 'compress'])} {r.choice(['CSV', 'Parquet', 'JSON', 'log'])} files.\n\n"
            f"## Install\n\n    cargo install {name} --version {v.dev.version()}\n\n## Usage\n\n    {name} --threads {r.randint(2, 16)} --chunk-size {r.choice([4, 8, 16, 64])}MB input/\n\n"
            f"Listens on port {v.internet.port()} when run with --serve. Licence: {v.dev.software_license()}.")


def p_exam_timetable(v):
    r = v.r
    rows = [f"{course(r)}  {v.datetime.day_of_week()[:3]} {r.randint(1, 28):02}/{r.randint(1, 12):02}  {hhmm(r)}  {r.choice([90, 120, 180])} min  {r.choice(ROOMS)}"
            for _ in range(r.randint(4, 7))]
    return f"{r.choice(['Summer', 'Winter', 'Resit'])} examination timetable {v.datetime.year()}\nCourse  Date  Start  Length  Room\n" + "\n".join(rows)


def p_bus_timetable(v):
    r = v.r
    stops = r.sample(STOPS, r.randint(4, 6))
    h, m = r.randint(5, 21), r.randint(0, 59)
    lines = []
    for s in stops:
        lines.append(f"{s:<22}{h:02}:{m:02}")
        m += r.randint(2, 9)
        h, m = h + m // 60, m % 60
    return f"Route {r.randint(1, 199)}{r.choice(['', 'A', 'X', 'N'])} → {stops[-1]} (Mon–Fri, every {r.choice([10, 12, 15, 20, 30])} min)\n" + "\n".join(lines)


def p_train_departures(v):
    r = v.r
    rows = [f"{hhmm(r)}  {r.choice(['RE', 'IC', 'RB', 'S', 'EX'])} {r.randint(1, 9999):<5} to {city(v):<20} platform {r.randint(1, 14)}{r.choice(['', 'a', 'b'])}  "
            f"{r.choice(['on time', f'+{r.randint(2, 45)} min', 'cancelled'])}" for _ in range(r.randint(3, 6))]
    return "Departures\n" + "\n".join(rows)


def p_nutrition(v):
    r = v.r
    kcal = r.randint(40, 550)
    return (f"{dish(v)} – Nutrition information per 100 g (per portion of {r.randint(80, 400)} g)\n"
            f"Energy {kcal * 4184 // 1000} kJ / {kcal} kcal\nFat {v.num(r.uniform(0, 35), 1)} g, of which saturates {v.num(r.uniform(0, 12), 1)} g\n"
            f"Carbohydrate {v.num(r.uniform(0, 70), 1)} g, of which sugars {v.num(r.uniform(0, 30), 1)} g\n"
            f"Fibre {v.num(r.uniform(0, 9), 1)} g · Protein {v.num(r.uniform(0, 30), 1)} g · Salt {v.num(r.uniform(0, 3), 2)} g")


def p_lab_report(v):
    r = v.r
    rows = [f"{a:<16}{v.num(r.uniform(0.001, 80), 3):>10} mg/L   LOQ {v.num(r.uniform(0.001, 0.5), 3)}   {r.choice(['pass', 'pass', 'pass', 'exceeds limit'])}"
            for a in r.sample(ANALYTES, r.randint(3, 6))]
    return (f"Laboratory report – water analysis\nSample ID: S-{v.datetime.year()}-{r.randint(1, 9999):04}  Matrix: {r.choice(['drinking water', 'groundwater', 'effluent'])}\n"
            f"Received: {v.date()}  Method: {r.choice(['ICP-MS', 'ion chromatography', 'photometry'])}\n" + "\n".join(rows))


def p_insurance(v):
    r = v.r
    return (f"Section {r.randint(2, 14)}.{r.randint(1, 9)} – Exclusions. We will not pay for loss or damage caused by wear and tear, "
            f"gradual deterioration, or {r.choice(['frost', 'insects or vermin', 'faulty workmanship', 'settlement'])}. "
            f"The excess for each claim is {price(v, 50, 1000)}. Claims must be reported within {r.choice([14, 30, 60, 90])} days. "
            f"Cover under this policy ends at {v.time()} on the expiry date shown in the schedule.")


def p_invoice_lines(v):
    r = v.r
    lines, total = [], 0.0
    for i in range(1, r.randint(3, 6)):
        q, u = r.randint(1, 40), r.uniform(2, 400)
        total += q * u
        lines.append(f"{i}. {r.choice(['Consulting hours', 'Licence seat', 'Cable CAT6 5m', 'Support plan', 'Toner cartridge', dish(v)])}"
                     f"  qty {q}  @ {u:.2f}  = {q * u:.2f}")
    vat = r.choice([7, 10, 19, 20, 21])
    return "Line items\n" + "\n".join(lines) + f"\nSubtotal {total:.2f}\nVAT {vat}% {total * vat / 100:.2f}\nTotal due {total * (1 + vat / 100):.2f} EUR, payment terms {r.choice([14, 30, 60])} days net"


def p_supplier_quote(v):
    r = v.r
    items = [("C24 timber 47x100mm 4.8m", 4, 14), ("Plasterboard 12.5mm 2400x1200", 6, 12), ("Cement 25kg bag", 5, 9),
             ("Sharp sand bulk bag", 35, 60), ("Concrete block 440x215x100", 1, 3), ("OSB3 18mm 2440x1220", 18, 35),
             ("Roofing felt 10m roll", 20, 45), ("Drywall screws 35mm (1000)", 8, 15)]
    lines = [f"{n:<32} x{r.randint(2, 120):<5} {price(v, lo, hi, '£')} each" for n, lo, hi in r.sample(items, r.randint(3, 5))]
    return (f"Quotation Q{r.randint(10000, 99999)} – valid for {r.choice([14, 30])} days\n" + "\n".join(lines) +
            f"\nDelivery to site within {r.randint(2, 10)} working days, {price(v, 20, 90, '£')} per drop. Prices exclude VAT.")


def p_tasting(v):
    r = v.r
    return (f"{drink(v)} ({r.randint(4, 46)}% ABV, {r.choice(['cask sample', 'bottled', 'vintage', 'batch'])} {r.randint(1, 99)})\n"
            f"Nose: {', '.join(r.sample(['citrus peel', 'honey', 'toasted oak', 'green apple', 'pepper', 'vanilla', 'wet stone', 'cherry', 'smoke'], 3))}.\n"
            f"Palate: {r.choice(['round', 'crisp', 'oily', 'dry'])}, with {fruit(v).lower()} and a {r.choice(['short', 'medium', 'long'])} finish.\n"
            f"Score: {r.randint(78, 97)}/100")


def p_museum(v):
    r = v.r
    y = r.randint(1100, 1890)
    return (f"{r.choice(['Bowl', 'Reliquary', 'Writing cabinet', 'Tapestry fragment', 'Jug', 'Astrolabe', 'Table clock', 'Figure of a horse'])}\n"
            f"{country(v)}, {r.choice(['c. ', 'about ', '']) + str(y)}{r.choice(['', f'–{y + r.randint(5, 40)}'])}\n"
            f"{r.choice(MATERIALS).capitalize()}\nH. {v.num(r.uniform(5, 200), 1)} cm\n"
            f"Purchased with support from the acquisitions fund, {r.randint(1920, 2020)}\nObject no. {r.randint(1890, 2022)}.{r.randint(1, 999)}.{r.randint(1, 20)}")


def p_weather_station(v):
    r = v.r
    return (f"Station WX-{r.randint(100, 999)} ({city(v)}), {v.num(r.randint(2, 2500), 0)} m a.s.l.\n{ts(v)}\n"
            f"Temp {v.num(r.uniform(-20, 40), 1)} °C | Dew point {v.num(r.uniform(-25, 25), 1)} °C | RH {r.randint(10, 100)}%\n"
            f"Pressure {v.num(r.uniform(960, 1045), 1)} hPa | Wind {r.choice(['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'])} {r.randint(0, 90)} km/h, gusts {r.randint(5, 130)}\n"
            f"Rain 24h {v.num(r.uniform(0, 60), 1)} mm | UV {r.randint(0, 11)}")


def p_conference(v):
    r = v.r
    rows = [f"{hhmm(r)}  Session {r.randint(1, 6)}{r.choice('ABCD')}: {r.choice(TOPICS)} ({r.choice(ROOMS)})" for _ in range(r.randint(4, 6))]
    return f"Programme – Day {r.randint(1, 3)}, {v.date()}\n" + "\n".join(sorted(rows)) + f"\n{hhmm(r)}  Poster session and reception (Foyer)"


def p_release_notes(v):
    r = v.r
    return (f"Release {ver(v)} is rolling out to {r.choice([1, 5, 10, 25, 50, 100])}% of devices. Highlights: offline mode for "
            f"{words(v, 2)}, {r.randint(10, 60)}% faster start-up on {gadget(v)}, and {r.randint(3, 40)} bug fixes. Minimum OS: {os_name(v)}.")


def p_city_news(v):
    r = v.r
    c = city(v)
    return (f"{c} council approved a {price(v, 2, 90)} million plan to extend tram line {r.randint(1, 12)} by {v.num(r.uniform(1, 12), 1)} km "
            f"with {r.randint(3, 14)} new stops. Construction starts in {v.datetime.month()} {v.datetime.year()}; the vote passed {r.randint(20, 40)} to {r.randint(2, 19)}.")


def p_retro(v):
    r = v.r
    return (f"Sprint {r.randint(10, 140)} retro\nWent well: deploys down to {v.duration()}, zero P1s.\n"
            f"To improve: flaky {words(v, 1)} tests ({r.randint(2, 30)} reruns this sprint).\n"
            f"Owner: {r.choice(TEAMS)} — quarantine flaky suites by {v.datetime.day_of_week()}.\nOwner: {r.choice(ROLES)} — book {r.choice(ROOMS)} for planning.")


def p_incident(v):
    r = v.r
    return (f"Incident INC-{r.randint(1000, 99999)} (SEV{r.randint(1, 4)}) — resolved\nStart {ts(v)}, duration {r.randint(4, 300)} min.\n"
            f"Impact: {pct(v, 0.1, 40)} of checkout requests returned 503 in {r.choice(['eu-west', 'us-east', 'ap-south'])}.\n"
            f"Root cause: connection pool exhausted in {r.choice(MODULES)} after config change {short_sha(r)}.\n"
            f"Follow-ups: {r.choice(TEAMS)} to add pool saturation alert; {r.choice(TEAMS)} to add canary stage.")


def p_product_review(v):
    r = v.r
    return (f"★{'★' * r.randint(0, 4)} {gadget(v)} after {r.randint(2, 18)} months\nScreen still great, battery down to {r.randint(70, 95)}% health. "
            f"Charges {r.randint(10, 80)}% in {r.randint(15, 45)} min. Paid {price(v, 150, 1400)}. Would buy again. {r.randint(0, 300)} people found this helpful.")


def p_recipe_card(v):
    r = v.r
    return (f"{dish(v)} (serves {r.randint(2, 8)})\nPrep {r.randint(5, 40)} min · Cook {r.randint(10, 180)} min · Oven {r.choice([160, 180, 200, 220])}°C\n"
            f"{r.randint(100, 800)} g {veg(v).lower()}, {r.randint(1, 4)} tbsp oil, {r.randint(1, 3)} tsp {spice(v).lower()}, {r.randint(200, 1000)} ml stock")


def p_parking_notice(v):
    r = v.r
    return (f"NOTICE: Car park {r.choice('ABCDE')} (levels {r.randint(1, 3)}–{r.randint(4, 7)}) closed for resurfacing from {v.date()} to {v.date()}. "
            f"Use the {r.choice(STOPS)} park and ride; shuttle {r.randint(1, 99)} runs every {r.choice([10, 15, 20])} min from {hhmm(r)}. Facilities team, works ref. {r.randint(100, 999)}/{v.datetime.year()}")


def p_grant_budget(v):
    r = v.r
    lines = [f"{k}: {price(v, 1000, 90000)}" for k in r.sample(['Equipment', 'Consumables', 'Travel', 'Open access fees', 'Cloud compute', 'Workshops'], 4)]
    return f"Budget summary, work package {r.randint(1, 8)} ({v.date()} – {v.date()})\n" + "\n".join(lines) + f"\nOverhead {r.choice([15, 20, 25])}% applied."


def p_spec_sheet(v):
    r = v.r
    return (f"Specifications: {gadget(v)}\nDisplay {v.num(r.uniform(5, 17), 1)}\" {v.hardware.resolution()} · RAM {v.hardware.ram_size()} · "
            f"Storage {v.hardware.ssd_or_hdd()}\nBattery {r.randint(3000, 99000)} mAh · Weight {r.randint(150, 2400)} g · Model {v.model_number()}")


def p_faq(v):
    r = v.r
    return (f"FAQ: Why does my {r.choice(['router', 'thermostat', 'e-reader', 'smart plug'])} blink orange?\n"
            f"Orange blinking means the device is updating to firmware {ver(v)}. Do not unplug it; the update takes about {r.randint(2, 15)} minutes. "
            f"If it blinks for more than {r.randint(20, 60)} minutes, hold the reset button for {r.randint(5, 15)} seconds.")


def p_shipping_manifest(v):
    r = v.r
    rows = [f"Pallet {i}: {r.randint(10, 80)} cartons {sku(v)}, {v.num(r.uniform(80, 900), 1)} kg" for i in range(1, r.randint(3, 6))]
    return f"Load manifest – trailer {r.choice('ABCDEFG')}{r.randint(10, 99)}, dock {r.randint(1, 24)}, {v.date()}\n" + "\n".join(rows) + f"\nSeal intact: yes. Temp setpoint {r.randint(-25, 8)}°C."


def p_sensor_summary(v):
    r = v.r
    return (f"Daily summary, {city(v)} air quality network ({r.randint(4, 40)} sensors): PM2.5 mean {v.num(r.uniform(2, 80), 1)} µg/m³, "
            f"NO2 {v.num(r.uniform(5, 90), 1)} µg/m³, ozone peak {r.randint(40, 220)} µg/m³ at {hhmm(r)}. {r.randint(0, 5)} sensors offline.")




EN_PROSE = [p_minutes, p_agenda, p_catalogue, p_news_company, p_markets, p_weather_event, p_election,
            p_league_table, p_forum_gadget, p_forum_software, p_code_comment, p_commit, p_log_excerpt,
            p_csv_export, p_changelog, p_readme, p_exam_timetable, p_bus_timetable, p_train_departures,
            p_nutrition, p_lab_report, p_insurance, p_invoice_lines, p_supplier_quote, p_tasting,
            p_museum, p_weather_station, p_conference, p_release_notes, p_city_news, p_retro,
            p_incident, p_product_review, p_recipe_card, p_parking_notice, p_grant_budget,
            p_spec_sheet, p_faq, p_shipping_manifest, p_sensor_summary]


# -- tool calls ---------------------------------------------------------------------------------

def t_parse_csv(v):
    r = v.r
    rows = [{"sku": sku(v), "qty": r.randint(0, 900), "price": round(r.uniform(1, 500), 2),
             "region": r.choice(["EMEA", "APAC", "NA"]), "warehouse": r.choice(["DC1", "DC4", "WH-East"])} for _ in range(r.randint(2, 5))]
    return tool("docs.parse_csv", {"file": fname(v), "delimiter": ",", "header": True, "rows": rows})


def t_logs_search(v):
    r = v.r
    hits = [{"ts": ts(v), "level": r.choice(LEVELS), "logger": r.choice(MODULES), "request_id": req_id(r),
             "duration_ms": r.randint(1, 9000), "msg": r.choice(["upstream timeout", "slow query", "batch committed", "rate limited"])}
            for _ in range(r.randint(2, 4))]
    return tool("logs.search", {"query": f"level:{r.choice(['ERROR', 'WARN'])} service:{r.choice(MODULES).split('.')[0]}", "window": "24h", "hits": hits, "total": r.randint(len(hits), 5000)})


def t_list_rooms(v):
    r = v.r
    return tool("calendar.list_rooms", {"building": r.choice(["North wing", "Annex B", "HQ"]), "date": v.datetime.date().isoformat(),
                                        "rooms": [{"name": n, "capacity": r.randint(4, 300), "free_from": hhmm(r), "av": r.random() < 0.5} for n in r.sample(ROOMS, 3)]})


def t_catalogue_lookup(v):
    r = v.r
    return tool("catalogue.lookup", {"sku": sku(v), "result": {"title": f"{maker(v)} {v.model_number()}", "ean": ean13(v),
                                                               "price": {"amount": str(round(r.uniform(5, 999), 2)), "currency": r.choice(["EUR", "USD", "GBP"])},
                                                               "stock": r.randint(0, 300), "weight_kg": round(r.uniform(0.1, 30), 2)}})


def t_next_departures(v):
    r = v.r
    return tool("timetable.next_departures", {"stop": r.choice(STOPS), "limit": 3,
                                              "departures": [{"route": str(r.randint(1, 99)) + r.choice(["", "A", "N"]), "towards": r.choice(STOPS),
                                                              "due": hhmm(r), "delay_min": r.randint(0, 12)} for _ in range(3)]})


def t_lab_results(v):
    r = v.r
    return tool("lab.results", {"sample_id": f"S{v.datetime.year()}-{r.randint(1, 99999):05}", "batch": r.randint(100, 999),
                                "analytes": {a: {"value": round(r.uniform(0.001, 50), 3), "unit": "mg/L", "flag": r.choice(["", "", "H"])} for a in r.sample(ANALYTES, 3)}})


def t_news_summarize(v):
    return tool("news.summarize", {"max_sentences": v.r.randint(1, 3), "text": p_news_company(v)})


def t_sheets_append(v):
    r = v.r
    return tool("sheets.append_rows", {"spreadsheet": f"{r.choice(['Inventory', 'Budget', 'Sales'])} {v.datetime.year()}", "range": f"Sheet{r.randint(1, 4)}!A{r.randint(2, 900)}",
                                       "values": [[v.datetime.date().isoformat(), r.choice(["EMEA", "APAC"]), r.randint(1, 900), f"{r.uniform(1, 9000):.2f}"] for _ in range(r.randint(1, 4))]})


def t_extract_actions(v):
    r = v.r
    return tool("minutes.extract_actions", {"meeting": r.choice(["Weekly ops", "Release readiness", "Site safety"]), "actions": [
        {"owner": r.choice(TEAMS), "task": f"{r.choice(['Update', 'Review', 'Publish', 'Order'])} {words(v, 2)}", "due": v.datetime.date().isoformat(), "status": r.choice(["open", "done"])}
        for _ in range(r.randint(2, 4))]})


def t_code_review(v):
    r = v.r
    return tool("code.review", {"pr": r.randint(10, 9999), "commit": short_sha(r), "comments": [
        {"path": f"src/{r.choice(MODULES).replace('.', '/')}.rs", "line": r.randint(1, 900),
         "severity": r.choice(["nit", "warning", "blocker"]), "body": r.choice(["Unwrap can panic here.", "Consider borrowing instead of cloning.", "Missing test for the empty case.", "This allocation is in a hot loop."])}
        for _ in range(r.randint(1, 3))]})


def t_weather_readings(v):
    r = v.r
    return tool("weather.station_readings", {"station": f"WX-{r.randint(100, 999)}", "location": city(v), "readings": [
        {"t": ts(v), "temp_c": round(r.uniform(-10, 35), 1), "rh": r.randint(20, 100), "hpa": round(r.uniform(980, 1040), 1)} for _ in range(3)]})


def t_exam_schedule(v):
    r = v.r
    return tool("exams.schedule", {"term": f"{r.choice(['Spring', 'Autumn'])} {v.datetime.year()}", "sessions": [
        {"course": course(r), "room": r.choice(ROOMS), "start": f"{v.datetime.date().isoformat()} {hhmm(r)}", "minutes": r.choice([60, 90, 120])} for _ in range(3)]})


def t_nutrition(v):
    r = v.r
    return tool("food.nutrition_facts", {"product": dish(v), "per": "100g", "energy_kcal": r.randint(20, 600), "fat_g": str(round(r.uniform(0, 40), 1)),
                                         "sugars_g": round(r.uniform(0, 40), 1), "salt_g": round(r.uniform(0, 3), 2), "allergens": r.sample(["gluten", "milk", "egg", "nuts", "soy", "celery"], 2)})


def t_invoice_lines(v):
    r = v.r
    return tool("billing.parse_invoice_lines", {"currency": r.choice(["EUR", "GBP", "USD"]), "lines": [
        {"desc": r.choice(["Support plan", "Licence seat", "Onsite day", "Spare parts kit"]), "qty": r.randint(1, 20), "unit": round(r.uniform(5, 900), 2),
         "vat_rate": r.choice([0.07, 0.19, 0.2])} for _ in range(r.randint(2, 4))], "customer": None})


def t_supplier_quote(v):
    r = v.r
    return tool("procurement.compare_quotes", {"item": r.choice(["Plasterboard 12.5mm", "C24 timber 47x150", "Cement 25kg"]),
                                               "quotes": [{"supplier": company(v), "unit_price": price(v, 2, 40), "lead_days": r.randint(1, 14)} for _ in range(3)]})


def t_league(v):
    r = v.r
    return tool("sports.standings", {"competition": f"Division {r.randint(1, 4)}", "season": f"{(y := v.datetime.year())}/{(y + 1) % 100:02}",
                                      "table": [{"pos": i, "club": club(v), "played": 20 + r.randint(0, 10), "points": 60 - i * r.randint(1, 5)} for i in range(1, 5)]})


def t_election(v):
    r = v.r
    return tool("elections.results", {"region": state(v), "counted_pct": round(r.uniform(50, 100), 1),
                                      "parties": [{"party": p, "votes": r.randint(1000, 900000), "seats": r.randint(0, 40)} for p in r.sample(PARTIES, 4)]})


def t_commit_list(v):
    r = v.r
    return tool("git.log_summary", {"branch": r.choice(["main", "release/" + v.dev.version()]), "commits": [
        {"sha": short_sha(r), "subject": f"{r.choice(['fix', 'feat', 'chore'])}: {words(v, 3)}", "files_changed": r.randint(1, 40)} for _ in range(r.randint(2, 4))]})


def t_changelog(v):
    return tool("docs.render_markdown", {"source": p_changelog(v), "toc": v.r.random() < 0.5})


def t_readme(v):
    return tool("repo.summarize_readme", {"content": p_readme(v), "max_words": v.r.choice([50, 100, 150])})


def t_museum(v):
    r = v.r
    return tool("collection.get_object", {"objectNumber": f"{r.randint(1890, 2022)}.{r.randint(1, 999)}", "objectName": r.choice(["Bowl", "Clock", "Jug", "Panel"]),
                                          "dated": f"c. {r.randint(1200, 1880)}", "medium": r.choice(MATERIALS), "origin": country(v),
                                          "dimensions": {"h_cm": round(r.uniform(5, 150), 1), "w_cm": round(r.uniform(5, 150), 1)}, "onView": r.random() < 0.5})


def t_conference(v):
    r = v.r
    return tool("events.programme", {"day": r.randint(1, 3), "tracks": {room: [{"time": hhmm(r), "title": r.choice(TOPICS)} for _ in range(2)] for room in r.sample(ROOMS, 2)}})


def t_tasting(v):
    r = v.r
    return tool("notes.save_tasting", {"drink": drink(v), "abv": f"{r.randint(4, 46)}%", "nose": r.sample(["citrus", "oak", "honey", "smoke", "berries"], 2), "score": r.randint(70, 98)})


def t_incident(v):
    return tool("incidents.create", {"title": f"Elevated 5xx in {v.r.choice(MODULES)}", "severity": v.r.randint(1, 4), "description": p_incident(v), "assign_to_team": v.r.choice(TEAMS)})


def t_forum(v):
    return tool("forum.classify_post", {"board": v.r.choice(["Hardware", "Software", "Networking"]), "text": v.r.choice([p_forum_gadget, p_forum_software])(v)})


def t_translate_notice(v):
    return tool("translate.text", {"source_lang": "en", "target_lang": v.r.choice(["de", "fr", "es", "ja"]), "text": v.r.choice([p_parking_notice, p_insurance, p_faq])(v)})


def t_bus_routes(v):
    r = v.r
    return tool("transit.route_info", {"route_id": r.randint(1, 300), "stops": r.sample(STOPS, 5), "headway_min": {"peak": r.choice([6, 8, 10]), "offpeak": r.choice([15, 20, 30])},
                                       "first": hhmm(r), "last": hhmm(r), "accessible": True})


def t_metrics(v):
    r = v.r
    return tool("monitoring.query", {"expr": f"histogram_quantile(0.95, rate(http_request_seconds_bucket{{job=\"{r.choice(MODULES).split('.')[0]}\"}}[5m]))",
                                      "result": [[v.datetime.timestamp(), str(round(r.uniform(0.01, 3), 3))] for _ in range(3)]})


def t_inventory_diff(v):
    r = v.r
    return tool("inventory.reconcile", {"warehouse": r.choice(["DC2", "WH-North", f"{city(v)} hub"]), "counted_at": ts(v),
                                        "diffs": {sku(v): r.randint(-20, 20) for _ in range(3)}})


def t_shipping(v):
    return tool("logistics.parse_manifest", {"raw": p_shipping_manifest(v)})


def t_spec(v):
    r = v.r
    return tool("products.compare_specs", {"items": [{"model": gadget(v), "ram": v.hardware.ram_size(), "price": price(v, 100, 2000), "score": r.randint(50, 99)} for _ in range(2)]})


def t_recipe(v):
    r = v.r
    return tool("recipes.scale", {"dish": dish(v), "from_servings": 4, "to_servings": r.randint(2, 12),
                                  "ingredients": [{"item": veg(v), "grams": r.randint(50, 900)}, {"item": spice(v), "tsp": r.randint(1, 3)}]})


def t_sensor(v):
    r = v.r
    return tool("air.quality_daily", {"network": city(v), "pm25": v.num(r.uniform(2, 80), 1), "no2": r.randint(5, 90), "o3_peak": {"value": r.randint(40, 200), "at": hhmm(r)}})


def t_budget(v):
    r = v.r
    return tool("finance.budget_check", {"cost_centre": f"CC-{r.randint(100, 999)}", "lines": {k: round(r.uniform(100, 90000), 2) for k in r.sample(["travel", "equipment", "cloud", "training"], 3)},
                                         "fiscal_year": v.datetime.year(), "over_budget": r.random() < 0.3})


def t_markets(v):
    r = v.r
    return tool("markets.snapshot", {"as_of": ts(v), "quotes": [{"ticker": v.finance.stock_ticker(), "last": round(r.uniform(1, 900), 2), "chg_pct": round(r.uniform(-9, 9), 2)} for _ in range(3)]})


def t_weather_alert(v):
    return tool("alerts.publish", {"channel": "weather", "region": state(v), "level": v.r.choice(["yellow", "amber", "red"]), "message": p_weather_event(v)})


def t_agenda(v):
    r = v.r
    return tool("docs.create", {"title": f"Agenda {v.datetime.date().isoformat()}", "folder": "Meetings/Steering", "body": p_agenda(v), "share_with_teams": r.sample(TEAMS, 2)})


def t_lint(v):
    r = v.r
    return tool("ci.lint_report", {"tool": r.choice(["clippy", "eslint", "ruff"]), "warnings": [
        {"file": f"{r.choice(MODULES).split('.')[0]}/{fname(v)}", "line": r.randint(1, 500), "rule": r.choice(["unused-variable", "needless-clone", "E501", "no-shadow"])} for _ in range(3)],
        "passed": r.random() < 0.5})


def t_insurance(v):
    r = v.r
    return tool("policy.explain_clause", {"product": r.choice(["Home contents", "Travel", "Commercial property"]), "clause": f"{r.randint(1, 14)}.{r.randint(1, 9)}", "text": p_insurance(v)})


def t_train(v):
    r = v.r
    return tool("rail.departures", {"station": city(v), "services": [
        {"train": f"{r.choice(['IC', 'RE', 'S'])} {r.randint(1, 9999)}", "dest": city(v), "dep": hhmm(r), "platform": str(r.randint(1, 12)), "status": r.choice(["on time", "delayed"])} for _ in range(2)]})




TOOLS = [t_parse_csv, t_logs_search, t_list_rooms, t_catalogue_lookup, t_next_departures, t_lab_results,
         t_news_summarize, t_sheets_append, t_extract_actions, t_code_review, t_weather_readings,
         t_exam_schedule, t_nutrition, t_invoice_lines, t_supplier_quote, t_league, t_election,
         t_commit_list, t_changelog, t_readme, t_museum, t_conference, t_tasting, t_incident, t_forum,
         t_translate_notice, t_bus_routes, t_metrics, t_inventory_diff, t_shipping, t_spec, t_recipe,
         t_sensor, t_budget, t_markets, t_weather_alert, t_agenda, t_lint, t_insurance, t_train]


# -- localised prose ----------------------------------------------------------------------------

DE_TEAMS = ["Team Plattform", "QS", "Einkauf", "Buchhaltung", "Haustechnik", "Vertrieb", "IT-Betrieb", "Rechtsabteilung"]
FR_TEAMS = ["équipe Plateforme", "service Qualité", "service Achats", "Comptabilité", "Services généraux", "équipe Support"]
ES_TEAMS = ["equipo de Plataforma", "Calidad", "Compras", "Contabilidad", "Mantenimiento", "Soporte"]
PT_TEAMS = ["equipe de Plataforma", "Qualidade", "Compras", "Financeiro", "Manutenção", "Suporte"]
IT_TEAMS = ["team Piattaforma", "Qualità", "Acquisti", "Amministrazione", "Manutenzione", "Assistenza"]
JA_TEAMS = ["基盤チーム", "品質保証部", "購買部", "経理部", "総務部", "サポート窓口"]


def de_protokoll(v):
    r = v.r
    return (f"Protokoll Abteilungsrunde vom {ldate(v)}\nTOP 1: Stand Umzug – Zeitplan hält, Budget {v.num(r.uniform(10000, 90000), 2)} € freigegeben.\n"
            f"TOP 2: Störungen im {r.choice(['Lager', 'Rechenzentrum', 'Versand'])}: {r.randint(2, 30)} Tickets offen.\n"
            f"Aufgabe: {r.choice(DE_TEAMS)} prüft Angebote bis {v.datetime.day_of_week()}.\nAufgabe: {r.choice(DE_TEAMS)} aktualisiert die Checkliste.\n"
            f"Nächster Termin: Raum {r.randint(1, 4)}.{r.randint(1, 40):02}, {r.randint(8, 16)}:00 Uhr.")


def de_fahrplan(v):
    r = v.r
    halt = r.sample(["Hauptbahnhof", "Marktplatz", "Altstadt", "Klinikum", "Hochschule", "Gewerbegebiet Nord", "Rathaus", "Hafen", "Stadion"], 4)
    h = r.randint(5, 22)
    return f"Linie {r.randint(1, 99)} Richtung {halt[-1]} (Mo–Fr, alle {r.choice([10, 15, 20, 30])} Min.)\n" + "\n".join(
        f"{s:<20}{h:02}:{(i * r.randint(3, 6) + 2) % 60:02}" for i, s in enumerate(halt))


def de_naehrwerte(v):
    r = v.r
    kcal = r.randint(40, 550)
    return (f"{dish(v)} – Nährwerte je 100 g\nBrennwert {kcal * 4184 // 1000} kJ / {kcal} kcal\nFett {v.num(r.uniform(0, 30), 1)} g, davon gesättigte Fettsäuren {v.num(r.uniform(0, 10), 1)} g\n"
            f"Kohlenhydrate {v.num(r.uniform(0, 70), 1)} g, davon Zucker {v.num(r.uniform(0, 30), 1)} g\nEiweiß {v.num(r.uniform(0, 25), 1)} g · Salz {v.num(r.uniform(0, 3), 2)} g")


def de_wetter(v):
    r = v.r
    return (f"Unwetterwarnung für {state(v)}: Ab {v.datetime.day_of_week()} {r.randint(12, 22)} Uhr Sturmböen bis {r.randint(70, 140)} km/h und "
            f"Starkregen mit {r.randint(20, 90)} l/m². In {city(v)} fällt der Unterricht an {r.randint(3, 40)} Schulen aus; der Fährverkehr ruht.")


def de_changelog(v):
    r = v.r
    return (f"Änderungen in Version {v.dev.version()} ({ldate(v)})\n- Neu: Export nach {r.choice(['CSV', 'PDF', 'Excel'])}\n- Behoben: Absturz bei Dateien über {v.file_size()}\n"
            f"- Geändert: Zeitüberschreitung jetzt {r.randint(10, 120)} s\n{short_sha(r)} fix(import): leere Zeilen überspringen (#{r.randint(100, 9999)})")


def de_tabelle(v):
    r = v.r
    pts = r.randint(40, 70)
    rows = []
    for i in range(1, 6):
        rows.append(f"{i}. {r.choice(['SV', 'FC', 'TSV', 'VfL', 'SC'])} {city(v)}  {r.randint(20, 34)} Sp.  {r.randint(-10, 30):+} Tore  {pts} Pkt.")
        pts -= r.randint(0, 5)
    return f"Tabelle nach dem {r.randint(10, 34)}. Spieltag\n" + "\n".join(rows)


def fr_compte_rendu(v):
    r = v.r
    return (f"Compte rendu de la réunion du {ldate(v)}\nPoint 1 : avancement du chantier – {pct(v, 5, 95)} réalisé, budget de {v.num(r.uniform(10000, 200000), 2)} € respecté.\n"
            f"Action : {r.choice(FR_TEAMS)} relance les fournisseurs avant {v.datetime.day_of_week()}.\nAction : {r.choice(FR_TEAMS)} met à jour le planning.\n"
            f"Prochaine réunion : salle {r.randint(100, 450)}, {r.randint(8, 17)} h.")


def fr_horaires(v):
    r = v.r
    arrets = r.sample(["Gare centrale", "Hôtel de Ville", "Vieux Port", "Campus", "Hôpital", "Zone industrielle", "Place du Marché", "Stade", "Médiathèque"], 4)
    h = r.randint(6, 21)
    return f"Ligne {r.randint(1, 40)} – direction {arrets[-1]} (lun.–ven., toutes les {r.choice([10, 15, 20])} min)\n" + "\n".join(
        f"{a:<20}{h} h {(i * 5 + r.randint(0, 4)) % 60:02}" for i, a in enumerate(arrets))


def fr_etiquette(v):
    r = v.r
    return (f"{r.choice(['Coupe', 'Pendule', 'Coffret', 'Tapisserie', 'Aiguière'])}\n{country(v)}, vers {r.randint(1300, 1880)}\n"
            f"{r.choice(['Faïence émaillée', 'Bronze doré', 'Chêne sculpté', 'Soie brodée', 'Verre soufflé'])}\nH. {v.num(r.uniform(5, 120), 1)} cm\n"
            f"Acquis en {r.randint(1900, 2020)}. Inv. {r.randint(1, 30)}.{r.randint(1, 999)}")


def fr_meteo(v):
    r = v.r
    return (f"Relevé de la station {city(v)} – {ldate(v)} à {hhmm(r)}\nTempérature {v.num(r.uniform(-10, 38), 1)} °C, humidité {r.randint(20, 100)} %, "
            f"pression {v.num(r.uniform(980, 1040), 1)} hPa, vent {r.choice(['de nord', 'de sud-ouest', 'd’est'])} {r.randint(0, 80)} km/h, cumul de pluie {v.num(r.uniform(0, 40), 1)} mm.")


def fr_forum(v):
    r = v.r
    return (f"Re : {gadget(v)} qui chauffe après la mise à jour {ver(v)}\nPareil chez moi : {r.randint(50, 85)} °C au repos. Revenir à la version précédente a réglé le problème, "
            f"autonomie revenue à {r.randint(6, 14)} h. Sujet résolu.")


def fr_devis(v):
    r = v.r
    items = r.sample([("Plaque de plâtre BA13", 5, 12), ("Sac de ciment 35 kg", 7, 12), ("Bastaing 63x175 4 m", 15, 30), ("Parpaing 20x20x50", 1, 3), ("Laine de verre 100 mm", 20, 50)], 3)
    return f"Devis n° D{r.randint(10000, 99999)} – valable {r.choice([15, 30])} jours\n" + "\n".join(
        f"{n} × {r.randint(2, 80)} : {v.num(r.uniform(lo, hi), 2)} € HT l’unité" for n, lo, hi in items) + f"\nLivraison sur chantier sous {r.randint(2, 10)} jours ouvrés. TVA {r.choice([10, 20])} %."


def es_acta(v):
    r = v.r
    return (f"Acta de la reunión del {ldate(v)}\n1. Estado del proyecto: {pct(v, 5, 95)} completado.\n2. Presupuesto: {v.num(r.uniform(5000, 90000), 2)} € aprobados.\n"
            f"Acción: {r.choice(ES_TEAMS)} revisará las ofertas antes del {v.datetime.day_of_week()}.\nAcción: {r.choice(ES_TEAMS)} actualizará el inventario.\nPróxima reunión: sala {r.randint(1, 12)}.")


def es_horario(v):
    r = v.r
    paradas = r.sample(["Estación Central", "Plaza Mayor", "Casco Antiguo", "Hospital", "Universidad", "Polígono Industrial", "Puerto", "Estadio", "Ayuntamiento"], 4)
    h = r.randint(6, 22)
    return f"Línea {r.randint(1, 60)} – dirección {paradas[-1]} (laborables, cada {r.choice([10, 12, 15, 20])} min)\n" + "\n".join(
        f"{p:<20}{h:02}:{(i * 6 + r.randint(0, 5)) % 60:02}" for i, p in enumerate(paradas))


def es_nutricion(v):
    r = v.r
    kcal = r.randint(40, 550)
    return (f"{dish(v)} – Información nutricional por 100 g\nValor energético {kcal * 4184 // 1000} kJ / {kcal} kcal\nGrasas {v.num(r.uniform(0, 30), 1)} g, de las cuales saturadas {v.num(r.uniform(0, 10), 1)} g\n"
            f"Hidratos de carbono {v.num(r.uniform(0, 70), 1)} g, de los cuales azúcares {v.num(r.uniform(0, 30), 1)} g\nProteínas {v.num(r.uniform(0, 25), 1)} g · Sal {v.num(r.uniform(0, 3), 2)} g")


def es_noticia(v):
    r = v.r
    return (f"{company(v)} elevó sus ventas un {pct(v, 5, 95)} en el {r.choice(['primer', 'segundo', 'tercer'])} trimestre, hasta {v.num(r.uniform(10, 900), 1)} millones de euros. "
            f"La compañía abrirá {r.randint(2, 30)} tiendas en {city(v)} y sus acciones subieron un {v.num(r.uniform(0.1, 8), 2)} % en bolsa.")


def es_elecciones(v):
    r = v.r
    partidos = r.sample(["Partido Verde", "Alianza Liberal", "Socialdemócratas", "Partido Regionalista", "Unión Agraria", "Izquierda Unida"], 3)
    return (f"Resultados provisionales en {state(v)} con el {v.num(r.uniform(80, 100), 1)} % escrutado: " +
            "; ".join(f"{p} {v.num(r.uniform(5, 40), 1)} % ({r.randint(1, 40)} escaños)" for p in partidos) + f". Participación: {v.num(r.uniform(40, 80), 1)} %.")


def es_registro(v):
    r = v.r
    return "\n".join(f"{ts(v)} {r.choice(LEVELS)} [{r.choice(MODULES)}] {req_id(r)} {r.choice(['pedido procesado', 'reintento de conexión', 'caché vaciada', 'lote confirmado'])} en {r.randint(2, 3000)} ms"
                     for _ in range(r.randint(3, 5)))


def pt_ata(v):
    r = v.r
    return (f"Ata da reunião de {ldate(v)}\nPauta 1: andamento da obra – {pct(v, 5, 95)} concluído.\nPauta 2: orçamento de R$ {v.num(r.uniform(5000, 300000), 2)} aprovado.\n"
            f"Ação: {r.choice(PT_TEAMS)} vai cotar materiais até {v.datetime.day_of_week()}.\nAção: {r.choice(PT_TEAMS)} atualiza a planilha de estoque.")


def pt_horario(v):
    r = v.r
    paradas = r.sample(["Terminal Central", "Praça da Matriz", "Centro Histórico", "Hospital Regional", "Campus Universitário", "Distrito Industrial", "Rodoviária", "Estádio"], 4)
    h = r.randint(5, 22)
    return f"Linha {r.randint(100, 999)} – sentido {paradas[-1]} (dias úteis, a cada {r.choice([10, 15, 20, 30])} min)\n" + "\n".join(
        f"{p:<22}{h:02}h{(i * 7 + r.randint(0, 5)) % 60:02}" for i, p in enumerate(paradas))


def pt_catalogo(v):
    r = v.r
    return (f"{maker(v)} {v.model_number()} – {r.choice(['furadeira sem fio', 'luminária de mesa', 'roteador sem fio', 'impressora de etiquetas'])}\nCódigo {sku(v)} · EAN {ean13(v)}\n"
            f"Peso {v.num(r.uniform(0.2, 8), 2)} kg · Potência {r.randint(5, 1500)} W · Garantia {r.randint(2, 3)} anos\nPreço: R$ {v.num(r.uniform(50, 4000), 2)} à vista ou {r.randint(2, 12)}x sem juros")


def pt_tabela(v):
    r = v.r
    pts = r.randint(40, 75)
    rows = []
    for i in range(1, 6):
        rows.append(f"{i}º {r.choice(['Esporte Clube', 'Atlético', 'Sport Club', 'Futebol Clube'])} {city(v)} – {pts} pts, {r.randint(10, 25)} vitórias, saldo {r.randint(-10, 30):+}")
        pts -= r.randint(0, 5)
    return f"Classificação após a {r.randint(10, 38)}ª rodada\n" + "\n".join(rows)


def pt_laudo(v):
    r = v.r
    return (f"Laudo de análise de água – amostra A-{v.datetime.year()}-{r.randint(1, 9999):04}\nColeta: {ldate(v)} · Método: {r.choice(['ICP-OES', 'cromatografia iônica', 'espectrofotometria'])}\n" +
            "\n".join(f"{a}: {v.num(r.uniform(0.001, 50), 3)} mg/L ({r.choice(['conforme', 'conforme', 'acima do limite'])})" for a in r.sample(["Nitrato", "Chumbo", "Cobre", "Ferro", "Manganês", "Fluoreto", "Cloreto"], 3)))


def pt_forum(v):
    r = v.r
    return (f"Pergunta: o build em {lang(v)} trava com 'out of memory' no {os_name(v)}.\nResposta: aumente o heap para {r.choice([4096, 8192])} MB e use "
            f"{r.randint(2, 8)} jobs em paralelo. Com a versão {ver(v)} o build completo leva {v.duration()}. ({r.randint(2, 400)} votos)")


def it_verbale(v):
    r = v.r
    return (f"Verbale della riunione del {ldate(v)}\nPunto 1: avanzamento lavori al {pct(v, 5, 95)}.\nPunto 2: budget di {v.num(r.uniform(5000, 150000), 2)} € confermato.\n"
            f"Azione: {r.choice(IT_TEAMS)} aggiorna il piano entro {v.datetime.day_of_week()}.\nAzione: {r.choice(IT_TEAMS)} richiede tre preventivi.\nProssimo incontro: sala {r.randint(1, 9)}, ore {r.randint(9, 17)}.")


def it_orario(v):
    r = v.r
    fermate = r.sample(["Stazione Centrale", "Piazza del Mercato", "Centro Storico", "Ospedale", "Università", "Zona Industriale", "Porto", "Stadio", "Municipio"], 4)
    h = r.randint(6, 22)
    return f"Linea {r.randint(1, 90)} – direzione {fermate[-1]} (feriali, ogni {r.choice([10, 15, 20])} minuti)\n" + "\n".join(
        f"{f:<20}{h:02}.{(i * 6 + r.randint(0, 5)) % 60:02}" for i, f in enumerate(fermate))


def it_degustazione(v):
    r = v.r
    return (f"{drink(v)} – scheda di degustazione\nGradazione {v.num(r.uniform(4, 45), 1)}% vol.\nNaso: {', '.join(r.sample(['agrumi', 'miele', 'legno tostato', 'mela verde', 'pepe', 'vaniglia', 'ciliegia'], 3))}.\n"
            f"Bocca: {r.choice(['morbida', 'fresca', 'secca', 'rotonda'])}, finale {r.choice(['breve', 'medio', 'lungo'])}.\nPunteggio {r.randint(78, 97)}/100")


def it_museo(v):
    r = v.r
    return (f"{r.choice(['Coppa', 'Reliquiario', 'Stipo', 'Frammento di arazzo', 'Brocca', 'Orologio da tavolo'])}\n{country(v)}, {r.choice(['circa ', ''])}{r.randint(1200, 1880)}\n"
            f"{r.choice(['Maiolica', 'Bronzo dorato', 'Noce intagliato', 'Seta ricamata', 'Vetro soffiato'])}, alt. {v.num(r.uniform(5, 150), 1)} cm\nInv. n. {r.randint(1, 9999)}/{r.choice('ABC')}")


def it_meteo(v):
    r = v.r
    return (f"Allerta {r.choice(['gialla', 'arancione', 'rossa'])} in {state(v)}: da {v.datetime.day_of_week()} piogge fino a {r.randint(30, 200)} mm e raffiche a {r.randint(60, 130)} km/h. "
            f"A {city(v)} chiuse {r.randint(3, 40)} scuole; sospesi i collegamenti marittimi fino alle {hhmm(r)}.")


def it_polizza(v):
    r = v.r
    return (f"Art. {r.randint(2, 30)} – Esclusioni. La Società non risponde dei danni causati da usura, {r.choice(['gelo', 'insetti o roditori', 'difetti di costruzione', 'assestamento del terreno'])}. "
            f"Per ogni sinistro si applica una franchigia di {v.num(r.uniform(100, 1000), 2)} €. Il sinistro va denunciato entro {r.choice([3, 15, 30])} giorni.")


def ja_gijiroku(v):
    r = v.r
    return (f"{v.datetime.year()}年{r.randint(1, 12)}月{r.randint(1, 28)}日 定例会議 議事録\n議題1：移行作業の進捗（{r.randint(10, 95)}％完了）\n"
            f"議題2：予算 {r.randint(100, 9000):,}万円 承認\n対応：{r.choice(JA_TEAMS)}が{r.randint(1, 28)}日までに見積を取得\n対応：{r.choice(JA_TEAMS)}が手順書を更新\n次回：第{r.randint(1, 9)}会議室 {r.randint(9, 17)}時")


def ja_jikokuhyo(v):
    r = v.r
    stops = r.sample(["駅前", "市役所前", "総合病院", "大学正門", "中央公園", "港", "工業団地", "市民会館", "競技場"], 4)
    h = r.randint(6, 22)
    return f"{r.randint(1, 99)}系統 {stops[-1]}行き（平日・{r.choice([10, 15, 20])}分間隔）\n" + "\n".join(
        f"{s}　{h}:{(i * 5 + r.randint(0, 4)) % 60:02}" for i, s in enumerate(stops))


def ja_eiyo(v):
    r = v.r
    kcal = r.randint(40, 550)
    return (f"栄養成分表示（100gあたり）\nエネルギー {kcal}kcal\nたんぱく質 {r.uniform(0, 25):.1f}g\n脂質 {r.uniform(0, 30):.1f}g\n炭水化物 {r.uniform(0, 70):.1f}g\n食塩相当量 {r.uniform(0, 3):.2f}g\n"
            f"内容量 {r.randint(80, 500)}g　賞味期限 {v.datetime.year()}.{r.randint(1, 12):02}.{r.randint(1, 28):02}")


def ja_kion(v):
    r = v.r
    return (f"観測所 WX-{r.randint(100, 999)}　{v.datetime.year()}年{r.randint(1, 12)}月{r.randint(1, 28)}日 {hhmm(r)}\n気温 {r.uniform(-10, 38):.1f}℃　湿度 {r.randint(20, 100)}％　"
            f"気圧 {r.uniform(980, 1040):.1f}hPa\n風向 {r.choice(['北', '北東', '南', '南西', '西'])} 風速 {r.uniform(0, 25):.1f}m/s　降水量 {r.uniform(0, 60):.1f}mm")


def ja_log(v):
    r = v.r
    return "\n".join(f"{ts(v)} {r.choice(LEVELS)} [{r.choice(MODULES)}] {req_id(r)} {r.choice(['注文を処理しました', '再接続を試行中', 'キャッシュを削除しました', 'バッチを確定しました'])} ({r.randint(2, 3000)}ms)"
                     for _ in range(r.randint(3, 5)))


def ja_shiken(v):
    r = v.r
    return f"{v.datetime.year()}年度 前期 定期試験時間割\n" + "\n".join(
        f"{course(r)}　{r.randint(1, 12)}月{r.randint(1, 28)}日（{r.choice('月火水木金')}）{r.randint(1, 5)}限　{r.choice(['A棟', 'B棟', '講義棟'])}{r.randint(101, 450)}教室"
        for _ in range(r.randint(3, 6)))


LOCAL3 = {
    "de": [de_protokoll, de_fahrplan, de_naehrwerte, de_wetter, de_changelog, de_tabelle],
    "fr": [fr_compte_rendu, fr_horaires, fr_etiquette, fr_meteo, fr_forum, fr_devis],
    "es": [es_acta, es_horario, es_nutricion, es_noticia, es_elecciones, es_registro],
    "pt-br": [pt_ata, pt_horario, pt_catalogo, pt_tabela, pt_laudo, pt_forum],
    "it": [it_verbale, it_orario, it_degustazione, it_museo, it_meteo, it_polizza],
    "ja": [ja_gijiroku, ja_jikokuhyo, ja_eiyo, ja_kion, ja_log, ja_shiken],
}


def _name(fn, prefix: str) -> str:
    return fn.__name__.replace(prefix, f"{prefix}new3_", 1)


FRAMES = {
    "tool": [(_name(fn, "t_"), None, fn) for fn in TOOLS],
    # English prose takes English values (cities, months, number format): en and en-gb in turn.
    "prose": [(_name(fn, "p_"), ["en", "en-gb"][i % 2], fn) for i, fn in enumerate(EN_PROSE)],
    **{loc: [(f"{loc}_new3_{i}", loc, fn) for i, fn in enumerate(fns)] for loc, fns in LOCAL3.items()},
}


def split_frames() -> tuple[list, list]:
    r = random.Random(SPLIT_SEED)
    tune, heldout = [], []
    for kind in ["tool", "prose", *LOCAL3]:
        frames = list(FRAMES[kind])
        r.shuffle(frames)
        keep = round(len(frames) * 2 / 3)
        tune += frames[:keep]
        heldout += frames[keep:]
    return tune, heldout


def main() -> None:
    tune, heldout = split_frames()
    write(HERE / "decoys_new3_tune.jsonl", records(tune, TUNE_SEED, TUNE_COUNT, "tune"))
    write(HERE / "decoys_new3_heldout.jsonl", records(heldout, HELD_OUT_SEED, HELD_OUT_COUNT, "heldout"))


if __name__ == "__main__":
    main()
