#!/usr/bin/env python3
"""Decoy frames, set 4: held-out decoy records for the privacy gateway (text with NO personal data).

Every record is realistic text of a kind people paste or type -- social-media style posts about
products, places, food and sport (no handles), shop reviews and Q&A, recipe blogs, travel blog
paragraphs, hobby forums (gardening, cycling, photography, aquariums, home brewing), homework help,
car listings, rental and sale ads without addresses, classified ads without contact details,
weather and tide tables, astronomy and nature notes, DIY instructions with part numbers, spreadsheet
formulas, shell sessions, config files, unit test and package manager output -- that a careless
detector might mistake for personal data, but that contains none: no person names (nor things
named after people), user names, handles, phone numbers, street addresses, e-mail addresses, URLs,
IP addresses, dates of birth, account or card numbers, secrets or employee ids.

Values come from `generate_decoys.Values` (mimesis / python-stdnum, per locale), restricted to
non-personal generators and filtered: a value is redrawn when a word of it is a given name or a
surname of any mimesis locale, when it has a possessive, a saint prefix, or two adjacent capitalised
words that are not plain geographic words.

Provenance: a helper session wrote this file without reading the detectors (src/), the other
helpers' frames, any *.jsonl data or any evaluation results. The whole file is held out: it is
written once and scored once; nothing here is to be tuned on.

Frames: 40 English prose frames `p_new4_*`, 30 tool-call frames `t_new4_*` and 30 localised prose
frames in LOCAL4 (5 each for de, fr, es, pt-br, it, ja, named f"{locale}_new4_{i}").

Usage (from the repository root):
    .venv-privacy/bin/python tests/privacy/decoy_frames_new4.py
writes tests/privacy/decoys_new4_heldout.jsonl: 1500 records, split "heldout", seed 4001
(byte-for-byte reproducible).
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_decoys import EVERY_NAME, Values, records, tool, write  # noqa: E402

SEED = 4001
COUNT = 1500
OUT = HERE / "decoys_new4_heldout.jsonl"


# -- value filtering --------------------------------------------------------------------------------
def _mimesis_names() -> tuple[set[str], set[str]]:
    """Surnames of every mimesis locale, and every Japanese given name or surname (for substring
    checks, Japanese having no word breaks)."""
    import mimesis

    surnames, cjk = set(), set()
    for path in sorted((Path(mimesis.__file__).parent / "datasets").glob("*/person.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        raw = data.get("surnames", [])
        group = raw if isinstance(raw, list) else [n for g in raw.values() for n in g]
        surnames |= set(group)
        if path.parent.name in ("ja", "zh", "ko"):
            names = data.get("names", {})
            cjk |= {n for n in group if len(n) >= 2}
            cjk |= {n for g in names.values() for n in g if len(n) >= 2}
    return surnames, cjk


SURNAMES, CJK_NAMES = _mimesis_names()
BLOCKED = EVERY_NAME | SURNAMES
SAINT = re.compile(r"\b(st|ste|saint|sainte|san|santa|santo|são|sankt|sant|sint|san\.)\b|聖|セント", re.I)
POSSESSIVE = re.compile(r"\w['’`´]s\b|\ws['’](\s|$)")
GEO_OK = {
    "New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "United", "Republic", "Islands", "Island", "City", "Heights", "Lake", "Falls", "Springs", "Beach",
    "Valley", "Park", "Bay", "Kingdom", "States", "Arab", "Emirates", "Coast", "Hills", "Point",
    "Intel", "Core", "Pro", "Max", "Plus", "Ultra", "Mini", "Graphics", "Radeon", "Nvidia", "RTX",
    "GTX", "AMD", "Ryzen", "Apple", "Galaxy", "Pixel", "Google", "Samsung", "Iris", "HD", "Note",
    "Redmi", "Xiaomi", "Fold", "Flip", "SE", "Quadro", "SUPER", "XT", "Ti", "PRO", "WX", "Sri",
    "Lanka", "Costa", "Rica", "Puerto", "Rico", "Hong", "Kong", "Sierra", "Leone", "Burkina", "Faso",
    "Root", "Green", "Red", "Chinese", "Spinach", "Bean", "Beans", "Leaf", "Pepper",
}


# Places named after people (countries, US states) that the word checks below would miss.
NAMED_AFTER = re.compile(
    r"bolivi|colomb|kolumb|seychel|mauri|marshall|cook|salom|solomon|falkland|heard|donald|mayen|wallis|"
    r"pitcairn|virg|philip|filip|washington|georgi|carolin|maryland|louisian|pennsylv|delaware|york|"
    r"フィリピン|コロンビア|ボリビア|ソロモン|マーシャル|セーシェル|モーリシャス|ヴァージン|バージン|クック|ジョージア",
    re.I,
)
LONG_NAMES = {name for name in EVERY_NAME if len(name) >= 4 and name.isalpha() and name.isascii()}


def bad(value: str) -> bool:
    if not value or not value.strip():
        return True
    if NAMED_AFTER.search(value):
        return True
    for w in re.findall(r"[^\W\d_]+", value):
        # a place like "Karlsruhe" or "Jacksonville" that starts with a given name
        if any(w[:k].capitalize() in LONG_NAMES for k in range(4, len(w))):
            return True
    if SAINT.search(value) or POSSESSIVE.search(value) or "@" in value or "/" in value and "//" in value:
        return True
    words = re.findall(r"\w+", value)
    for w in words:
        if w in BLOCKED or w.capitalize() in BLOCKED or w.title() in BLOCKED:
            return True
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", value) and any(n in value for n in CJK_NAMES):
        return True
    toks = re.findall(r"[\w\-]+", value)
    for a, b in zip(toks, toks[1:]):
        if a[:1].isupper() and b[:1].isupper() and a not in GEO_OK and b not in GEO_OK:
            return True
    return False


def clean(v: Values, fn, fallback: str = "—") -> str:
    for _ in range(300):
        value = fn().strip()
        if not bad(value):
            return value
    return fallback


def city(v): return clean(v, v.address.city, "the capital")
def country(v): return clean(v, v.address.country, "the region")
def state(v): return clean(v, v.address.state, "the province")
def region(v): return v.r.choice([city, country, state])(v)
def fruit(v): return clean(v, v.food.fruit, "plum")
def veg(v): return clean(v, v.food.vegetable, "leek")
def spice(v): return clean(v, v.food.spices, "cumin")
def word(v): return clean(v, v.word, "item")
def words(v, n): return " ".join(word(v) for _ in range(n))
def occupation(v): return clean(v, v.person.occupation, "nurse")
def language(v): return clean(v, v.person.language, "English")
def phone_model(v): return clean(v, v.hardware.phone_model, "Pixel 7")
def cpu(v): return clean(v, v.hardware.cpu, "Ryzen 5")
def gpu(v): return clean(v, v.hardware.graphics, "RTX 3060")
def maker(v): return v.r.choice(["Lenovo", "Acer", "ASUS", "Samsung", "Sony", "Fujitsu", "Toshiba", "Apple"])


def version(v):
    return pick(v, f"{ri(v, 0, 9)}.{ri(v, 0, 30)}.{ri(v, 0, 20)}", f"v{ri(v, 1, 12)}.{ri(v, 0, 9)}",
                f"{ri(v, 2019, 2025)}.{ri(v, 1, 12):02}.{ri(v, 0, 3)}", f"{ri(v, 1, 5)}.{ri(v, 0, 19)}.{ri(v, 0, 9)}-rc.{ri(v, 1, 4)}",
                f"build {ri(v, 100, 99999)}")


def pick(v, *options):
    return v.r.choice(options)


def ri(v, a, b):
    return v.r.randint(a, b)


def n(v, lo, hi, dec=1):
    return v.num(v.r.uniform(lo, hi), dec)


CURRENCY = {"en": "$", "en-gb": "£", "de": "€", "fr": "€", "es": "€", "it": "€", "pt-br": "R$", "ja": "¥"}


def money(v, lo, hi, dec=2):
    sym = CURRENCY.get(v.locale, "€")
    if sym == "¥":
        return f"¥{v.num(v.r.randint(int(lo * 100), int(hi * 100)), 0)}"
    amount = v.num(v.r.uniform(lo, hi), dec)
    return f"{sym}{amount}" if sym in "$£" else (f"R$ {amount}" if sym == "R$" else f"{amount} €")


RIVERS = ["Danube", "Rhine", "Loire", "Douro", "Tagus", "Elbe", "Mekong", "Nile", "Thames", "Rhône",
          "Po", "Ebro", "Moselle", "Vltava", "Yangtze"]
MOUNTAINS = ["Matterhorn", "Mont Blanc", "Eiger", "Kilimanjaro", "Aconcagua", "Mount Fuji",
             "Triglav", "Zugspitze", "Pico de Teide", "Olympus", "Snowdon", "Etna", "Vesuvius"]
CITIES = ["Lisbon", "Porto", "Kyoto", "Seville", "Bologna", "Ljubljana", "Tallinn", "Bruges",
          "Valencia", "Osaka", "Edinburgh", "Lyon", "Krakow", "Granada", "Marrakesh", "Hanoi"]
DISHES = ["shakshuka", "mushroom risotto", "lentil dal", "banana bread", "focaccia", "ramen",
          "gazpacho", "paella", "chickpea curry", "sourdough", "tiramisu", "pad thai", "pierogi",
          "lemon drizzle cake", "minestrone", "bibimbap", "falafel wraps", "moussaka"]
CARS = [("Volkswagen", ["Golf", "Polo", "Passat", "Tiguan", "ID.3"]), ("Subaru", ["Outback", "Forester", "Impreza"]),
        ("Kia", ["Sportage", "Ceed", "Picanto"]), ("Hyundai", ["i30", "Tucson", "Kona", "i10"]),
        ("Nissan", ["Qashqai", "Leaf", "Micra", "Juke"]), ("Fiat", ["Panda", "500", "Tipo"]),
        ("Jeep", ["Wrangler", "Renegade"]), ("Volvo", ["V60", "XC60", "XC90", "V40"]),
        ("Mitsubishi", ["Outlander", "ASX", "L200"]), ("Dacia", ["Duster", "Sandero", "Jogger"]),
        ("Seat", ["Ibiza", "Arona", "Ateca"])]
CAMERAS = ["Nikon Z6 II", "Nikon D750", "Sony A7 III", "Sony A6400", "Fujifilm X-T30", "Fujifilm X100V",
           "Olympus OM-D E-M10", "Pentax K-3", "Panasonic GH5", "Nikon Z50", "Sony RX100 VII"]
HOPS = ["Cascade", "Citra", "Saaz", "Hallertau", "Mosaic", "Centennial", "Amarillo", "Galaxy"]
FISH = ["neon tetras", "cherry shrimp", "corydoras", "harlequin rasboras", "otocinclus",
        "a betta", "zebra danios", "platies"]
SPORTS_SIDES = ["the home side", "the visitors", "our lot", "the U12s", "the first XI", "the reserves"]


def car(v):
    make, models = v.r.choice(CARS)
    return make, v.r.choice(models)


def year(v, lo=2006, hi=2023):
    return ri(v, lo, hi)


def lens(v):
    return pick(v, "35mm f/1.8", "50mm f/1.4", "24-70mm f/2.8", "70-200mm f/4", "16-35mm f/4",
                "85mm f/1.8", "100mm f/2.8 macro", "18-55mm kit lens", "150-600mm")


def exposure(v):
    return (f"f/{pick(v, '1.8', '2.8', '4', '5.6', '8', '11', '16')} "
            f"1/{pick(v, 30, 60, 125, 250, 500, 1000, 2000, 4000)}s ISO {pick(v, 100, 200, 400, 800, 1600, 3200, 6400)}")


def part_no(v):
    L = "ABCDEFGHKLMNPRSTVX"
    return pick(v, f"{v.r.choice(L)}{v.r.choice(L)}-{ri(v, 10, 999)}", f"M{pick(v, 4, 5, 6, 8, 10)}x{pick(v, 12, 16, 20, 25, 30, 40)}",
                f"{ri(v, 10, 99)}{v.r.choice(L)}{ri(v, 1, 9)}", v.model_number())


# ================================================================================================
# English prose frames
# ================================================================================================
def p_social_food(v):
    d = pick(v, *DISHES)
    return pick(
        v,
        f"Finally tried the {d} at that little place near the market in {pick(v, *CITIES)} and wow. "
        f"{money(v, 6, 24)} for a plate this size?? Going back {v.datetime.day_of_week()} for sure #foodie #{word(v)}",
        f"Homemade {d} attempt #{ri(v, 2, 9)}: used {ri(v, 200, 600)} g of {veg(v).lower()} and a pinch of {spice(v).lower()}. "
        f"Rated {ri(v, 6, 10)}/10 by the household panel. Recipe in the comments below 👇",
        f"Hot take: {d} is better the next day. Fight me. ({ri(v, 40, 2000)} likes, {ri(v, 3, 300)} replies)",
    )


def p_social_sport(v):
    s = v.score()
    return pick(
        v,
        f"Full time {s}! {pick(v, *SPORTS_SIDES).capitalize()} held on for {ri(v, 5, 12)} minutes of added time. "
        f"Attendance {v.num(ri(v, 800, 60000), 0)}. What a night in {city(v)} #matchday",
        f"Parkrun PB this morning: {ri(v, 17, 32)}:{ri(v, 0, 59):02} for the 5k, {ri(v, 120, 600)} runners, "
        f"{n(v, 2, 18)}°C and drizzle. Legs are done.",
        f"Quarter-final result {s}, semi on {v.datetime.day_of_week()} at {v.time()}. Tickets from {money(v, 8, 45)}, "
        f"gates open {ri(v, 60, 90)} minutes before.",
    )


def p_social_product(v):
    return pick(
        v,
        f"Three weeks with the {phone_model(v)} — battery is {ri(v, 18, 40)}h of mixed use, camera is great in daylight, "
        f"night mode still a bit soft. {ri(v, 6, 9)}/10 would buy again.",
        f"Upgraded to a {gpu(v)} and my frame rate went from {ri(v, 30, 60)} to {ri(v, 90, 165)} fps at 1440p. "
        f"PSU is a {pick(v, 650, 750, 850)} W gold, temps peak at {ri(v, 62, 78)}°C.",
        f"PSA: the {maker(v)} {v.model_number()} is {v.percent()} off this week. Not sponsored, just happy with mine.",
    )


def p_product_review(v):
    stars = ri(v, 1, 5)
    return (f"{'★' * stars}{'☆' * (5 - stars)} {pick(v, 'Does the job', 'Not as described', 'Great value', 'Returned it', 'Solid build')}\n"
            f"Bought the {pick(v, 'cast-iron skillet', 'kettle', 'desk lamp', 'robot vacuum', 'air fryer', 'standing desk')} "
            f"(model {v.model_number()}) in {v.datetime.month()}. {pick(v, 'Heats evenly', 'Motor is quiet', 'Assembly took ' + str(ri(v, 10, 90)) + ' min')}, "
            f"weighs {n(v, 0.3, 12)} kg. {ri(v, 2, 400)} people found this helpful.")


def p_shop_qa(v):
    return (f"Question: Will this fit a {pick(v, 27, 29, 32, 40, 55)}\" frame / {ri(v, 20, 60)} mm depth?\n"
            f"Answer: Yes, the bracket takes {pick(v, 'M4', 'M5', 'M6')} screws and VESA {pick(v, 75, 100, 200)}x{pick(v, 75, 100, 200)}. "
            f"Max load {ri(v, 5, 40)} kg. — answered by a verified buyer, {v.date()}\n"
            f"{ri(v, 1, 80)} of {ri(v, 80, 120)} found this answer helpful.")


def p_recipe_blog(v):
    d = pick(v, *DISHES)
    return (f"This {d} has been on repeat since {v.datetime.month()}. You will need {ri(v, 150, 500)} g flour, "
            f"{ri(v, 2, 4)} eggs, {ri(v, 100, 300)} ml milk, {n(v, 0.5, 2, 1)} tsp {spice(v).lower()} and "
            f"a handful of {fruit(v).lower()}. Bake at {pick(v, 180, 190, 200, 220)}°C (fan {pick(v, 160, 170, 180)}°C) "
            f"for {ri(v, 20, 55)} minutes. Serves {ri(v, 2, 8)}, about {ri(v, 180, 650)} kcal per portion.")


def p_travel_city(v):
    c = pick(v, *CITIES)
    return (f"Day {ri(v, 2, 9)} in {c}: we walked {n(v, 8, 25)} km, climbed to the viewpoint above the old town "
            f"({ri(v, 120, 400)} steps) and ate far too many pastries. The tram day pass was {money(v, 3, 12)}. "
            f"Tomorrow we take the {v.time()} train towards {city(v)}.")


def p_travel_mountain(v):
    m = pick(v, *MOUNTAINS)
    return (f"Summit day on {m}: left the hut at {ri(v, 3, 6)}:{ri(v, 0, 59):02}, {ri(v, 800, 1900)} m of ascent, "
            f"topped out at {v.num(ri(v, 1000, 5900), 0)} m in {ri(v, 4, 9)}h. Wind {ri(v, 20, 70)} km/h, "
            f"windchill {ri(v, -25, -2)}°C. GPS {v.coords()} at the col if anyone needs it.")


def p_travel_water(v):
    return pick(
        v,
        f"Cruising the {pick(v, *RIVERS)} for {ri(v, 4, 12)} days — {ri(v, 3, 9)} locks, average speed {n(v, 8, 16)} km/h. "
        f"Best stop so far was {city(v)}, where the river is about {ri(v, 80, 600)} m wide.",
        f"Beach report: water {ri(v, 16, 29)}°C, waves {n(v, 0.3, 2.5)} m, lifeguards on duty {ri(v, 9, 11)}:00–{ri(v, 17, 20)}:00. "
        f"Sunbed and umbrella {money(v, 10, 30)} per day. Blue flag since {year(v, 1995, 2020)}.",
    )


def p_museum(v):
    return (f"The {pick(v, 'natural history', 'maritime', 'railway', 'archaeology', 'science', 'modern art')} museum in "
            f"{pick(v, *CITIES)} has {ri(v, 3, 12)} floors and over {v.num(ri(v, 5000, 900000), 0)} objects. "
            f"Highlights: a {ri(v, 2, 40)}-metre whale skeleton and a Bronze Age hoard from around {ri(v, 1500, 2500)} BC. "
            f"Adult ticket {money(v, 8, 25)}, free on the first {v.datetime.day_of_week()} of the month.")


def p_garden_forum(v):
    return (f"Re: tomatoes splitting — mine were {pick(v, 'Sungold', 'Moneymaker', 'Black Krim', 'Brandywine', 'Alicante')} "
            f"in {ri(v, 10, 40)} l pots. I went from watering {ri(v, 1, 2)}x a day to {ri(v, 500, 2000)} ml every morning and "
            f"the splitting stopped. Soil pH was {n(v, 5.5, 7.5)}, feed NPK {ri(v, 4, 10)}-{ri(v, 2, 8)}-{ri(v, 6, 14)}. "
            f"Also sowing {veg(v).lower()} now for an autumn crop.")


def p_cycling_forum(v):
    return (f"Sunday loop: {n(v, 40, 160)} km, {v.num(ri(v, 300, 3200), 0)} m climbing, avg {n(v, 22, 33)} km/h, "
            f"NP {ri(v, 160, 290)} W. Running {pick(v, '700x28c', '700x32c', '650bx47')} tyres at {ri(v, 45, 90)} psi "
            f"with a {pick(v, '11-34T', '11-32T', '10-44T', '11-28T')} cassette and {pick(v, '50/34', '52/36', '40T')} up front. "
            f"Chain checker says {n(v, 0.2, 0.8, 2)}% stretch, time to replace?")


def p_photo_forum(v):
    return (f"Shot with the {pick(v, *CAMERAS)} and {lens(v)}, {exposure(v)}, handheld. "
            f"Raw file {v.file_size()}, edited in {pick(v, 'darktable', 'RawTherapee', 'the stock app')} — "
            f"+{n(v, 0.3, 1.5)} EV, white balance {ri(v, 3200, 6500)} K. C&C welcome!")


def p_aquarium_forum(v):
    return (f"{ri(v, 40, 240)} l planted tank, {ri(v, 3, 20)} weeks in. Params today: ammonia 0 ppm, nitrite 0, "
            f"nitrate {ri(v, 5, 40)} ppm, pH {n(v, 6.2, 7.8)}, GH {ri(v, 4, 14)}, KH {ri(v, 2, 8)}, {n(v, 23, 27.5)}°C. "
            f"Stock: {ri(v, 6, 15)} {pick(v, *FISH)} and {ri(v, 4, 20)} {pick(v, *FISH)}. Light on {ri(v, 6, 9)}h a day, "
            f"CO2 {ri(v, 1, 3)} bps. Is that too much?")


def p_homebrew_forum(v):
    return (f"Brew day log: {ri(v, 19, 25)} l batch, OG {pick(v, '1.048', '1.052', '1.060', '1.066', '1.071')}, "
            f"mash {ri(v, 64, 68)}°C for {ri(v, 45, 90)} min, {pick(v, *HOPS)} {ri(v, 15, 60)} g at 60, {pick(v, *HOPS)} "
            f"{ri(v, 20, 100)} g dry hop day {ri(v, 3, 6)}. Yeast {pick(v, 'US-05', 'S-04', 'W-34/70', 'Kveik')} pitched at "
            f"{ri(v, 16, 22)}°C. Expecting FG around 1.{ri(v, 8, 14):03}, roughly {n(v, 4.5, 7.5)}% ABV, {ri(v, 25, 70)} IBU.")


def sg(x):
    return "−" if x < 0 else "+"


def p_maths_homework(v):
    a, b, c = ri(v, 2, 9), ri(v, -20, 20), ri(v, -30, 30)
    return pick(
        v,
        f"Can someone check my working? Solve {a}x² {sg(b)} {abs(b)}x {sg(c)} {abs(c)} = 0. Discriminant = ({b})² − 4·{a}·({c}) = {b * b - 4 * a * c}, "
        f"so {'two real roots' if b * b - 4 * a * c > 0 else 'no two distinct real roots'}. Is that right?",
        f"Q{ri(v, 1, 12)}: a cylinder has radius {ri(v, 2, 15)} cm and height {ri(v, 5, 40)} cm. Volume = πr²h ≈ "
        f"{v.num(3.14159 * ri(v, 2, 15) ** 2 * ri(v, 5, 40), 1)} cm³ — I keep getting a different answer from the book.",
        f"Probability question: {ri(v, 3, 9)} red, {ri(v, 2, 8)} blue, {ri(v, 1, 6)} green marbles, two drawn without "
        f"replacement. Is P(both red) {ri(v, 1, 9)}/{ri(v, 20, 90)}? Answer key says 0.{ri(v, 10, 40)}.",
    )


def p_chem_homework(v):
    return pick(
        v,
        f"Balancing help: C{ri(v, 2, 8)}H{ri(v, 6, 18)} + O₂ → CO₂ + H₂O. I got {ri(v, 2, 9)}, {ri(v, 9, 25)}, {ri(v, 4, 16)}, "
        f"{ri(v, 5, 18)} but the mass doesn't add up ({n(v, 40, 400, 2)} g vs {n(v, 40, 400, 2)} g).",
        f"Titration: {n(v, 10, 30, 2)} ml of {n(v, 0.05, 0.5, 3)} mol/L NaOH neutralised {ri(v, 10, 50)} ml of HCl. "
        f"What is the concentration of the acid? My answer: {n(v, 0.05, 0.5, 3)} mol/L. Also the endpoint was pH {n(v, 6.5, 8.5)}.",
    )


EMPIRES = ["the Mongol Empire", "the Qing dynasty", "the Ming dynasty", "the Roman Republic", "the Mali Empire",
           "the Inca Empire", "the Holy Roman Empire", "the Hanseatic League", "the Khmer Empire", "the Tang dynasty",
           "the Venetian Republic", "the Kingdom of Aksum", "the Songhai Empire", "the Aztec Empire"]


def p_history_homework(v):
    e1, e2 = v.r.sample(EMPIRES, 2)
    y = ri(v, 200, 1800)
    return (f"History essay plan: compare {e1} (peak around {y}) with {e2} (c. {y + ri(v, -300, 300)}). "
            f"Points: trade routes, taxation, roads ({v.num(ri(v, 2000, 40000), 0)} km?), and why both declined within "
            f"{ri(v, 50, 250)} years. Need {ri(v, 1200, 2500)} words by {v.datetime.day_of_week()}.")


def p_physics_homework(v):
    m, vel = ri(v, 1, 90), ri(v, 2, 40)
    return (f"A {m} kg trolley moves at {vel} m/s. KE = ½mv² = {v.num(0.5 * m * vel * vel, 1)} J. "
            f"If it stops in {n(v, 0.5, 6, 2)} s, what's the average force? I get {v.num(m * vel / v.r.uniform(0.5, 6), 1)} N. "
            f"(g = 9.81 m/s², ignore friction)")


def p_car_listing(v):
    make, model = car(v)
    return (f"FOR SALE: {year(v)} {make} {model}, {pick(v, '1.0 petrol', '1.6 diesel', '2.0 TDI', 'hybrid', 'EV')}, "
            f"{v.num(ri(v, 12000, 210000), 0)} {pick(v, 'km', 'miles')}, {pick(v, 'manual', 'automatic')}, "
            f"{pick(v, 'full service history', 'two owners', 'new clutch at ' + v.num(ri(v, 60000, 140000), 0) + ' km')}, "
            f"MOT until {v.datetime.month()} {year(v, 2025, 2026)}. {money(v, 2500, 28000, 0)} ono. Viewing welcome, no timewasters.")


def p_rental_ad(v):
    return (f"To let: bright {ri(v, 1, 4)}-bed flat, {ri(v, 38, 140)} m², {ri(v, 1, 9)}th floor with lift, "
            f"{pick(v, 'unfurnished', 'part furnished', 'furnished')}, energy rating {pick(v, 'A', 'B', 'C', 'D')}. "
            f"{money(v, 650, 2800, 0)}/month plus bills, deposit {ri(v, 1, 3)} months. Available from {v.date()}. "
            f"{pick(v, 'Pets considered.', 'No smokers.', 'Bike storage in basement.')} {ri(v, 5, 25)} min walk to the central station in {city(v)}.")


def p_property_sale(v):
    return (f"Detached {ri(v, 2, 6)}-bedroom house, plot {v.num(ri(v, 300, 2500), 0)} m², built {year(v, 1920, 2015)}, "
            f"renovated {year(v, 2016, 2023)}. Heat pump, {n(v, 3, 12)} kWp solar, garage for {ri(v, 1, 2)} cars. "
            f"Guide price {money(v, 180000, 950000, 0)}. Council tax band {pick(v, 'C', 'D', 'E', 'F')}.")


def p_classified(v):
    return pick(
        v,
        f"Kids' bike, {pick(v, 16, 20, 24)}-inch, {pick(v, 'blue', 'green', 'red')}, {ri(v, 3, 7)}-speed — {money(v, 20, 90, 0)}. Collection only, cash on pickup.",
        f"Free to a good home: {ri(v, 2, 6)} boxes of {pick(v, 'paperbacks', 'seed trays', 'kitchen tiles', 'LEGO', 'jigsaws')}, "
        f"about {ri(v, 5, 40)} kg. Must go by {v.datetime.day_of_week()}.",
        f"WANTED: {pick(v, 'allotment', 'garage', 'storage space')} around {ri(v, 10, 60)} m² within {ri(v, 2, 15)} km of {city(v)}. "
        f"Budget {money(v, 30, 200, 0)}/month. Reply via the ad.",
    )


def p_weather(v):
    days = [v.datetime.day_of_week(abbr=True) for _ in range(4)]
    rows = "\n".join(f"{d}  {ri(v, -5, 14)}° / {ri(v, 10, 32)}°  rain {ri(v, 0, 95)}%  wind {ri(v, 5, 60)} km/h {pick(v, 'N', 'NE', 'SW', 'W', 'SE')}"
                     for d in days)
    return f"Forecast for {region(v)}:\n{rows}\nUV index {ri(v, 1, 10)}, pressure {ri(v, 985, 1035)} hPa, sunrise {ri(v, 5, 8)}:{ri(v, 0, 59):02}."


def p_tides(v):
    rows = "\n".join(f"{pick(v, 'High', 'Low')}  {ri(v, 0, 23):02}:{ri(v, 0, 59):02}  {n(v, 0.2, 9.5)} m" for _ in range(4))
    return f"Tide times, {v.date()} (heights above chart datum):\n{rows}\nRange {n(v, 2, 8)} m, spring tides. Add 1 hour for summer time."


def p_astronomy(v):
    return pick(
        v,
        f"Observing log {v.date()}: seeing {ri(v, 2, 5)}/5, transparency good, limiting mag {n(v, 4.5, 6.5)}. "
        f"M{ri(v, 1, 110)} through the {pick(v, 8, 10, 12)}\" reflector at {ri(v, 48, 250)}x, NGC {ri(v, 200, 7800)} faint. "
        f"Moon {ri(v, 3, 98)}% illuminated, set at {v.time()}.",
        f"ISS pass tonight: appears {v.time()} {pick(v, 'WSW', 'NW', 'SW')}, max elevation {ri(v, 20, 88)}°, magnitude −{n(v, 1, 3.9)}, "
        f"visible for {ri(v, 2, 6)} min. Meteor shower peak: up to {ri(v, 20, 120)} per hour after midnight.",
    )


def p_nature(v):
    return (f"Morning count at the reservoir, {v.date()}: {ri(v, 12, 300)} coots, {ri(v, 2, 40)} great crested grebes, "
            f"{ri(v, 1, 6)} kingfishers, a heron on the weir. Water level {n(v, 60, 100)}%, {ri(v, 3, 18)}°C. "
            f"First swallows of the year over the reeds at {v.time()}.")


def p_diy_shelves(v):
    return (f"Fitted floating shelves: {ri(v, 600, 1800)} x {ri(v, 150, 300)} x {pick(v, 18, 22, 25)} mm oak, "
            f"{ri(v, 2, 4)} concealed brackets (part {part_no(v)}) per shelf, {pick(v, 'M8', 'M10')} x {pick(v, 80, 100, 120)} mm "
            f"anchors into brick. Drill {pick(v, 8, 10, 12)} mm masonry bit, depth {ri(v, 60, 110)} mm. Holds {ri(v, 15, 60)} kg each.")


def p_diy_plumbing(v):
    return (f"Swapped the leaking trap: {pick(v, 32, 40, 50)} mm waste, new washer {part_no(v)}, "
            f"{pick(v, 15, 22)} mm compression fitting tightened {pick(v, 'a quarter', 'half')} turn past hand-tight. "
            f"Flow test {n(v, 6, 14)} l/min, pressure {n(v, 1.5, 4.5)} bar. Total cost {money(v, 4, 40)} and {ri(v, 20, 90)} minutes.")


def p_spreadsheet(v):
    col = pick(v, "B", "C", "D", "F")
    rows = ri(v, 12, 400)
    return pick(
        v,
        f"=SUMIFS({col}2:{col}{rows},A2:A{rows},\">=\"&DATE({year(v, 2019, 2024)},{ri(v, 1, 12)},1),E2:E{rows},\"{word(v)}\")\n"
        f"returns {v.num(v.r.uniform(100, 99999), 2)} — why does it drop to 0 when I add a third condition?",
        f"=IFERROR(VLOOKUP(A{ri(v, 2, 50)},Sheet2!$A$2:$F${rows},{ri(v, 2, 6)},FALSE),\"n/a\")  →  {n(v, 1, 900, 2)}\n"
        f"=ROUND(AVERAGE({col}2:{col}{rows}),2)  →  {n(v, 1, 900, 2)}\n=COUNTIF({col}:{col},\">{ri(v, 10, 99)}\")  →  {ri(v, 0, rows)}",
    )


def p_shell_session(v):
    return (f"$ du -sh /var/lib/app/*\n{v.file_size()}\t/var/lib/app/cache\n{v.file_size()}\t/var/lib/app/data\n"
            f"$ df -h /srv\nFilesystem  Size  Used Avail Use% Mounted on\n/dev/sda{ri(v, 1, 4)}  {ri(v, 50, 900)}G  "
            f"{ri(v, 10, 49)}G  {ri(v, 1, 400)}G  {ri(v, 5, 97)}% /srv\n$ uptime\n {v.time()} up {ri(v, 2, 300)} days, load average: "
            f"{n(v, 0, 4, 2)}, {n(v, 0, 4, 2)}, {n(v, 0, 4, 2)}")


def p_config_yaml(v):
    return (f"# /etc/app/config.yaml\nserver:\n  port: {pick(v, 8080, 8443, 3000, 9000)}\n  workers: {ri(v, 2, 16)}\n"
            f"  timeout_s: {ri(v, 5, 120)}\nstorage:\n  path: /var/lib/app/data\n  max_size_gb: {ri(v, 5, 500)}\n"
            f"log:\n  level: {pick(v, 'info', 'debug', 'warn')}\n  file: /var/log/app/app.log\n  rotate_mb: {ri(v, 10, 200)}\n"
            f"cache:\n  ttl: {ri(v, 30, 3600)}s\n  entries: {ri(v, 1000, 100000)}")


def p_unit_tests(v):
    total, failed = ri(v, 20, 900), ri(v, 0, 3)
    names = [f"test_{word(v).lower()}_{pick(v, 'parses', 'rounds', 'rejects_empty', 'handles_unicode', 'roundtrip')}" for _ in range(3)]
    lines = "\n".join(f"{nm} ... {'FAIL' if i < failed else 'ok'}" for i, nm in enumerate(names))
    return (f"{lines}\n----------------------------------------------------------------------\n"
            f"Ran {total} tests in {n(v, 0.1, 60, 3)}s\n\n{'FAILED (failures=' + str(failed) + ')' if failed else 'OK'}")


def p_pip_output(v):
    pkgs = v.r.sample(["numpy", "pandas", "requests", "pyyaml", "attrs", "click", "tqdm", "scipy", "urllib3",
                       "idna", "certifi", "packaging", "pytest", "tomli", "wheel"], 4)
    lines = "\n".join(f"Collecting {p}=={ri(v, 0, 3)}.{ri(v, 0, 30)}.{ri(v, 0, 9)}\n  Downloading {p}-{ri(v, 0, 3)}.{ri(v, 0, 30)}.{ri(v, 0, 9)}"
                      f"-py3-none-any.whl ({n(v, 0.05, 40)} MB)" for p in pkgs)
    return f"$ python -m pip install -r requirements.txt\n{lines}\nSuccessfully installed {' '.join(pkgs)}"


def p_npm_output(v):
    mod, high = ri(v, 0, 5), ri(v, 0, 3)
    return (f"$ npm install\n\nadded {ri(v, 40, 1400)} packages, and audited {ri(v, 1400, 1800)} packages in {ri(v, 2, 90)}s\n\n"
            f"{ri(v, 20, 300)} packages are looking for funding\n  run `npm fund` for details\n\n"
            f"{mod + high} vulnerabilities ({mod} moderate, {high} high)\n\nTo address all issues, run:\n  npm audit fix")


def p_running_log(v):
    km = v.r.uniform(5, 42)
    return (f"Week {ri(v, 1, 52)} training: {v.num(km, 1)} km long run at {ri(v, 4, 6)}:{ri(v, 0, 59):02}/km, avg HR {ri(v, 128, 168)} bpm, "
            f"cadence {ri(v, 160, 185)} spm, elevation +{ri(v, 20, 600)} m. Shoes at {ri(v, 100, 800)} km. "
            f"{ri(v, 2, 16)} weeks to race day.")


def p_hiking_report(v):
    return (f"Trip report: {n(v, 8, 30)} km ridge traverse, {ri(v, 400, 1800)} m up, {ri(v, 5, 11)}h including stops. "
            f"Trailhead parking {money(v, 2, 10, 0)}/day, water from the spring after {ri(v, 2, 9)} km. Snow above {v.num(ri(v, 1400, 2600), 0)} m, "
            f"microspikes useful. Grid ref of the bothy: {v.coords()}.")


def p_chess_forum(v):
    return (f"Rated {ri(v, 800, 2200)} here. After 1.e4 c5 2.Nf3 d6 3.d4 cxd4 4.Nxd4 Nf6 5.Nc3 a6 I always lose the "
            f"thread around move {ri(v, 10, 20)}. Engine says {pick(v, '+', '−')}{n(v, 0.1, 1.5, 2)} at depth {ri(v, 18, 40)}. "
            f"Blitz {ri(v, 3, 5)}+{ri(v, 0, 2)}, accuracy {ri(v, 60, 95)}%.")


def p_cooking_conversion(v):
    return (f"Q: US recipe says {pick(v, '1', '1½', '2', '¾')} cups of flour and a stick of butter — in grams? "
            f"A: roughly {ri(v, 120, 260)} g flour and 113 g butter. Oven {pick(v, 350, 375, 400, 425)}°F is about "
            f"{pick(v, 175, 190, 200, 220)}°C, or gas mark {ri(v, 4, 7)}.")


def p_timetable(v):
    rows = "\n".join(f"{v.time()}  {city(v):<18} platform {ri(v, 1, 14)}  {pick(v, 'on time', 'delayed ' + str(ri(v, 3, 40)) + ' min', 'cancelled')}"
                     for _ in range(4))
    return f"Departures\n{rows}"


def p_gaming_post(v):
    return (f"Patch {version(v)} notes: drop rate for rare loot up {v.percent()}, boss HP reduced from {v.num(ri(v, 20000, 90000), 0)} "
            f"to {v.num(ri(v, 15000, 80000), 0)}, matchmaking queue {ri(v, 30, 240)}s. Build {ri(v, 1000, 99999)} is {v.file_size()}.")


def p_knitting_forum(v):
    return (f"Pattern calls for {ri(v, 4, 12)} skeins of DK, {ri(v, 200, 400)} m / {pick(v, 50, 100)} g each, on {n(v, 3, 6, 1)} mm needles. "
            f"Gauge {ri(v, 18, 24)} sts x {ri(v, 24, 32)} rows = 10 cm. Cast on {ri(v, 60, 240)}, rib for {ri(v, 3, 8)} cm.")


def p_coffee_forum(v):
    return (f"Dialling in: {n(v, 15, 20, 1)} g in, {n(v, 30, 45, 1)} g out, {ri(v, 24, 34)} s, grinder setting {ri(v, 5, 25)}, "
            f"{ri(v, 90, 96)}°C. Beans roasted {ri(v, 5, 21)} days ago, washed, altitude {v.num(ri(v, 1200, 2200), 0)} m. Tastes sour — finer?")


def p_energy_bill(v):
    return (f"Our usage last quarter: {v.num(ri(v, 400, 2400), 0)} kWh electricity at {n(v, 14, 40, 2)} p/kWh, gas {v.num(ri(v, 800, 6000), 0)} kWh, "
            f"standing charge {n(v, 30, 60, 2)} p/day. Heat pump COP averaged {n(v, 2.4, 4.2)}. Thermostat at {n(v, 18, 21)}°C.")


def p_sleep_tracker(v):
    return (f"Sleep score {ri(v, 55, 95)}. In bed {v.time()}, asleep in {ri(v, 3, 40)} min, {ri(v, 5, 9)}h {ri(v, 0, 59)}m total: "
            f"deep {ri(v, 40, 110)}m, REM {ri(v, 60, 130)}m. Resting HR {ri(v, 48, 72)}, HRV {ri(v, 20, 90)} ms.")


EN_PROSE = [p_social_food, p_social_sport, p_social_product, p_product_review, p_shop_qa, p_recipe_blog,
            p_travel_city, p_travel_mountain, p_travel_water, p_museum, p_garden_forum, p_cycling_forum,
            p_photo_forum, p_aquarium_forum, p_homebrew_forum, p_maths_homework, p_chem_homework,
            p_history_homework, p_physics_homework, p_car_listing, p_rental_ad, p_property_sale, p_classified,
            p_weather, p_tides, p_astronomy, p_nature, p_diy_shelves, p_diy_plumbing, p_spreadsheet,
            p_shell_session, p_config_yaml, p_unit_tests, p_pip_output, p_npm_output, p_running_log,
            p_hiking_report, p_chess_forum, p_cooking_conversion, p_timetable]
# p_gaming_post, p_knitting_forum, p_coffee_forum, p_energy_bill and p_sleep_tracker are spares, not in FRAMES.


# ================================================================================================
# Tool-call frames
# ================================================================================================
def t_search_results(v):
    q = pick(v, f"best time to visit {pick(v, *CITIES)}", f"{pick(v, *DISHES)} recipe", f"{pick(v, *MOUNTAINS)} height",
             f"{pick(v, *RIVERS)} length km")
    return tool("web.search", {"query": q, "results": [
        {"title": f"{q.capitalize()} — guide ({year(v, 2019, 2024)})", "snippet": f"{ri(v, 3, 12)} tips, updated {v.date()}. {v.measure()}."},
        {"title": f"{words(v, 3).capitalize()}", "snippet": f"Rated {n(v, 3, 5)}/5 from {ri(v, 20, 9000)} reviews."}]})


def t_review_summary(v):
    return tool("reviews.summarize", {"product": f"{maker(v)} {v.model_number()}", "rating_avg": float(n(v, 2, 5).replace(",", ".")),
                                      "review_count": ri(v, 3, 20000), "pros": ["battery", "screen"], "cons": [pick(v, "fan noise", "weight", "price")],
                                      "summary": f"Most buyers praise the {ri(v, 13, 17)}-inch display; {v.percent()} mention the {cpu(v)} runs warm."})


def t_car_listing(v):
    make, model = car(v)
    return tool("listings.create", {"category": "cars", "make": make, "model": model, "year": year(v),
                                    "mileage_km": ri(v, 5000, 250000), "fuel": pick(v, "petrol", "diesel", "hybrid", "electric"),
                                    "price": money(v, 1500, 35000, 0), "gearbox": pick(v, "manual", "automatic"),
                                    "region": region(v)})


def t_rental_listing(v):
    return tool("rentals.search", {"city": city(v), "max_rent": ri(v, 500, 3000), "results": [
        {"rooms": ri(v, 1, 5), "size_m2": ri(v, 30, 160), "rent": money(v, 500, 3000, 0), "floor": ri(v, 0, 12),
         "available": v.date(), "balcony": v.r.random() < 0.5} for _ in range(2)]})


def t_shell_exec(v):
    cmd = pick(v, "ls -1 /etc/app", "wc -l data/*.csv", "cat /proc/loadavg", "free -m")
    out = {
        "ls -1 /etc/app": "config.yaml\nlogging.toml\nplugins.d\nschema.json",
        "wc -l data/*.csv": f"  {ri(v, 10, 9000)} data/{word(v).lower()}.csv\n  {ri(v, 10, 9000)} data/{word(v).lower()}.csv\n  {ri(v, 9000, 20000)} total",
        "cat /proc/loadavg": f"{n(v, 0, 3, 2)} {n(v, 0, 3, 2)} {n(v, 0, 3, 2)} {ri(v, 1, 5)}/{ri(v, 200, 900)} {ri(v, 1000, 90000)}",
        "free -m": f"       total  used  free\nMem:   {ri(v, 4000, 64000)}  {ri(v, 1000, 4000)}  {ri(v, 100, 3000)}\nSwap:  {ri(v, 0, 4096)}  0  {ri(v, 0, 4096)}",
    }.get(cmd.replace("\u2212", "-"), "")
    return tool("shell.run", {"command": cmd, "exit_code": 0, "stdout": out, "duration_ms": ri(v, 2, 900)})


def t_config_parse(v):
    return tool("config.parse", {"path": pick(v, "/etc/app/config.yaml", "config/settings.toml", "deploy/values.yaml"),
                                 "parsed": {"port": pick(v, 8080, 8443, 5000, 9090), "workers": ri(v, 1, 32),
                                            "log_level": pick(v, "info", "warn", "debug"), "retention_days": ri(v, 7, 400),
                                            "features": [word(v).lower(), word(v).lower()]}, "warnings": []})


def t_weather(v):
    return tool("weather.forecast", {"location": region(v), "days": [
        {"day": v.datetime.day_of_week(), "min_c": (lo := ri(v, -10, 20)), "max_c": lo + ri(v, 2, 15), "precip_mm": n(v, 0, 30),
         "wind_kmh": ri(v, 0, 80)} for _ in range(3)], "units": "metric"})


def t_tides(v):
    return tool("tides.lookup", {"station": f"{city(v)} harbour", "date": v.date(), "events": [
        {"type": pick(v, "high", "low"), "time": f"{ri(v, 0, 23):02}:{ri(v, 0, 59):02}", "height_m": n(v, 0.1, 10, 2)} for _ in range(4)]})


def t_recipe_scale(v):
    return tool("recipe.scale", {"recipe": pick(v, *DISHES), "from_servings": ri(v, 2, 4), "to_servings": ri(v, 6, 12),
                                 "ingredients": [{"item": veg(v).lower(), "qty": f"{ri(v, 100, 900)} g"},
                                                 {"item": spice(v).lower(), "qty": f"{n(v, 0.5, 3)} tsp"},
                                                 {"item": "stock", "qty": f"{ri(v, 250, 1500)} ml"}]})


def t_unit_convert(v):
    return tool("units.convert", {"value": n(v, 1, 500, 2), "from": pick(v, "psi", "lb", "°F", "mi", "oz", "gal"),
                                  "to": pick(v, "bar", "kg", "°C", "km", "g", "l"), "result": n(v, 0.1, 900, 3)})


def t_calc_eval(v):
    c = pick(v, "B", "C", "D")
    return tool("sheets.evaluate", {"sheet": pick(v, "Budget", "Harvest", "Inventory", "Mileage"), "cell": f"{c}{ri(v, 20, 400)}",
                                    "formula": f"=SUMPRODUCT(({c}2:{c}{ri(v, 20, 300)}>{ri(v, 0, 50)})*E2:E{ri(v, 20, 300)})",
                                    "value": n(v, 0, 99999, 2), "format": "0.00"})


def t_test_runner(v):
    passed, failed = ri(v, 10, 800), ri(v, 0, 4)
    return tool("ci.test_report", {"suite": f"{word(v).lower()}_tests", "passed": passed, "failed": failed, "skipped": ri(v, 0, 20),
                                   "duration": v.duration(), "failures": [f"test_{word(v).lower()}_boundary: expected {ri(v, 0, 99)}, got {ri(v, 0, 99)}"
                                                                          for _ in range(failed)]})


def t_pkg_install(v):
    pm = pick(v, "cargo", "pip", "npm", "apt")
    pk = pick(v, "serde", "tokio", "numpy", "lodash-es", "curl", "ripgrep", "zstd", "jq")
    return tool("pkg.install", {"manager": pm, "package": pk, "version": version(v), "download_size": v.file_size(),
                                "dependencies_added": ri(v, 0, 60), "log": f"Compiling {pk} v{ri(v, 0, 2)}.{ri(v, 0, 40)}.{ri(v, 0, 9)}\nFinished release in {n(v, 1, 120, 2)}s"})


def t_product_qa(v):
    return tool("shop.product_questions", {"product": pick(v, "stand mixer", "tent", "e-bike battery", "router", "tripod"),
                                           "model": v.model_number(), "questions": [
        {"q": f"Does it work at {ri(v, -20, 5)}°C?", "a": f"Rated down to {ri(v, -25, -5)}°C, {ri(v, 60, 99)}% capacity.", "helpful": ri(v, 0, 300)},
        {"q": "What is the weight?", "a": f"{n(v, 0.4, 15)} kg packed", "helpful": ri(v, 0, 300)}]})


def t_travel_poi(v):
    return tool("maps.points_of_interest", {"area": pick(v, *CITIES), "category": pick(v, "museum", "viewpoint", "beach", "market"),
                                            "results": [{"name": f"{pick(v, 'Old', 'Upper', 'Harbour', 'Central')} {pick(v, 'Market', 'Lookout', 'Gardens', 'Fortress')}",
                                                         "rating": n(v, 3, 5), "open": f"{ri(v, 7, 10)}:00-{ri(v, 17, 22)}:00",
                                                         "entry": money(v, 0, 20)} for _ in range(2)]})


def t_camera_exif(v):
    return tool("photos.read_exif", {"file": f"DSC_{ri(v, 1000, 9999)}.NEF", "camera": pick(v, *CAMERAS), "lens": lens(v),
                                     "aperture": f"f/{pick(v, '2.8', '4', '5.6', '8')}", "shutter": f"1/{pick(v, 60, 250, 1000)}",
                                     "iso": pick(v, 100, 400, 1600), "focal_length_mm": ri(v, 14, 600), "size": v.file_size()})


def t_garden_planner(v):
    return tool("garden.plan_bed", {"bed_m": f"{n(v, 1, 4)} x {n(v, 0.6, 1.5)}", "crops": [
        {"crop": veg(v).lower(), "spacing_cm": ri(v, 10, 60), "sow_week": ri(v, 8, 30)} for _ in range(3)],
        "soil_ph": n(v, 5.5, 7.8), "frost_free_after": v.date()})


def t_aquarium(v):
    return tool("aquarium.log_parameters", {"tank_l": ri(v, 20, 400), "temp_c": n(v, 22, 28), "ph": n(v, 6, 8), "ammonia_ppm": 0,
                                            "nitrite_ppm": 0, "nitrate_ppm": ri(v, 0, 50), "gh": ri(v, 3, 16), "kh": ri(v, 1, 10),
                                            "livestock": pick(v, *FISH), "water_change_pct": ri(v, 10, 50)})


def t_brew_calc(v):
    return tool("brew.calculate", {"og": 1.0 + ri(v, 40, 80) / 1000, "fg": 1.0 + ri(v, 6, 16) / 1000, "batch_l": ri(v, 10, 40),
                                   "hops": [{"variety": pick(v, *HOPS), "g": ri(v, 10, 100), "min": pick(v, 60, 15, 5, 0)}],
                                   "result": {"abv_pct": n(v, 3.5, 9), "ibu": ri(v, 10, 90), "srm": ri(v, 3, 40)}})


def t_homework_solver(v):
    a, b = ri(v, 2, 40), ri(v, 2, 40)
    return tool("math.solve", {"expression": f"{a}x - {b} = {a * 3 - b}", "steps": [f"{a}x = {a * 3}", "x = 3"],
                               "subject": pick(v, "algebra", "year 9 maths"), "hint": f"Add {b} to both sides first."})


def t_classified_post(v):
    return tool("classifieds.post", {"title": pick(v, "Dining table and 4 chairs", "Road bike 56 cm", "Chest freezer", "Garden shed 6x4"),
                                     "price": money(v, 10, 400, 0), "condition": pick(v, "used - good", "like new", "needs repair"),
                                     "dimensions": f"{ri(v, 40, 200)} x {ri(v, 40, 120)} x {ri(v, 40, 200)} cm",
                                     "area": city(v), "delivery": False, "contact_via": "in-app messages"})


def t_astronomy_events(v):
    return tool("sky.events", {"location": country(v), "month": v.datetime.month(), "events": [
        {"event": pick(v, "full moon", "new moon", "meteor shower peak", "ISS pass", "conjunction"), "date": v.date(),
         "time": v.time(), "magnitude": n(v, -4, 6)} for _ in range(3)]})


def t_sports_scores(v):
    return tool("sports.scores", {"competition": f"{region(v)} {pick(v, 'regional league', 'cup', 'open')}", "round": ri(v, 1, 38),
                                  "results": [{"home": f"{city(v)} {pick(v, 'FC', 'RC', 'HC', 'BC')}", "away": f"{city(v)} {pick(v, 'FC', 'RC', 'HC', 'BC')}",
                                               "score": v.score()} for _ in range(2)]})


def t_nutrition(v):
    return tool("nutrition.lookup", {"food": fruit(v).lower(), "per": "100 g", "kcal": ri(v, 20, 400), "protein_g": n(v, 0, 30),
                                     "carbs_g": n(v, 0, 80), "fat_g": n(v, 0, 40), "fibre_g": n(v, 0, 15)})


def t_build_log(v):
    return tool("ci.build_log", {"pipeline": pick(v, "release", "nightly", "pr-check"), "build": ri(v, 100, 99999),
                                 "stages": [{"stage": s, "status": pick(v, "passed", "passed", "failed"), "duration": v.duration()}
                                            for s in ("lint", "test", "package")], "artifact_size": v.file_size(), "version": version(v)})


def t_container_ps(v):
    return tool("containers.list", {"containers": [
        {"name": f"{word(v).lower()}_{pick(v, 'web', 'worker', 'db', 'cache')}_{ri(v, 1, 3)}", "image": f"{pick(v, 'postgres', 'redis', 'nginx', 'app')}:{ri(v, 1, 16)}",
         "ports": f"{pick(v, 8080, 5432, 6379, 9000)}/tcp", "status": f"Up {ri(v, 2, 90)} {pick(v, 'minutes', 'hours', 'days')}",
         "mem": v.file_size()} for _ in range(2)]})


def t_cron_schedule(v):
    return tool("scheduler.list_jobs", {"jobs": [
        {"job": pick(v, "backup", "rotate-logs", "reindex", "cleanup-tmp"), "cron": f"{ri(v, 0, 59)} {ri(v, 0, 23)} * * {pick(v, '*', '1-5', '0')}",
         "last_run": v.timestamp(), "last_duration": v.duration(), "exit": 0} for _ in range(2)]})


def t_csv_preview(v):
    rows = [f"{v.date()},{region(v)},{n(v, -5, 35)},{ri(v, 0, 120)}" for _ in range(3)]
    return tool("files.preview_csv", {"path": "data/weather_daily.csv", "header": "date,station,temp_c,rain_mm",
                                      "rows": rows, "total_rows": ri(v, 100, 90000)})


def t_timetable(v):
    return tool("transit.departures", {"station": f"{city(v)} central", "departures": [
        {"service": f"{pick(v, 'IC', 'RE', 'S', 'EC')} {ri(v, 1, 999)}", "to": city(v), "time": f"{ri(v, 5, 23):02}:{ri(v, 0, 59):02}",
         "platform": str(ri(v, 1, 16)), "delay_min": ri(v, 0, 25)} for _ in range(3)]})


def t_price_watch(v):
    return tool("shop.price_history", {"product": pick(v, phone_model(v), gpu(v), cpu(v)), "currency_symbol": CURRENCY.get(v.locale, "€"),
                                       "history": [{"date": v.date(), "price": money(v, 150, 1500)} for _ in range(3)],
                                       "lowest_in_days": ri(v, 30, 365)})


def t_real_estate(v):
    return tool("property.valuation", {"type": pick(v, "apartment", "terraced house", "detached house"), "size_m2": ri(v, 35, 250),
                                       "bedrooms": ri(v, 1, 6), "year_built": year(v, 1900, 2022), "energy_class": pick(v, "A", "B", "C", "D", "E"),
                                       "region": region(v), "estimate": money(v, 90000, 1200000, 0), "confidence": v.percent()})


TOOL = [t_search_results, t_review_summary, t_car_listing, t_rental_listing, t_shell_exec, t_config_parse, t_weather,
        t_tides, t_recipe_scale, t_unit_convert, t_calc_eval, t_test_runner, t_pkg_install, t_product_qa, t_travel_poi,
        t_camera_exif, t_garden_planner, t_aquarium, t_brew_calc, t_homework_solver, t_classified_post,
        t_astronomy_events, t_sports_scores, t_nutrition, t_build_log, t_container_ps, t_cron_schedule, t_csv_preview,
        t_timetable, t_real_estate]
# t_price_watch is a spare, not in FRAMES.


# ================================================================================================
# Localised prose frames
# ================================================================================================
def de_1(v):
    return (f"Rezept: {ri(v, 250, 600)} g Mehl, {ri(v, 2, 4)} Eier, {ri(v, 100, 300)} ml Milch und {ri(v, 50, 150)} g "
            f"{fruit(v)}. Bei {pick(v, 170, 180, 200)} °C Umluft {ri(v, 25, 55)} Minuten backen. Reicht für {ri(v, 4, 12)} Stücke, "
            f"ca. {ri(v, 180, 450)} kcal pro Stück.")


def de_2(v):
    return (f"Wanderung am {v.date()}: {n(v, 8, 28)} km, {v.num(ri(v, 300, 1800), 0)} Höhenmeter, Startpunkt {city(v)}. "
            f"Gipfel auf {v.num(ri(v, 900, 3000), 0)} m, Wetter {pick(v, 'sonnig', 'bewölkt', 'neblig')}, {ri(v, -3, 24)} °C. "
            f"Einkehr in der Hütte, Radler {money(v, 3, 6)}.")


def de_3(v):
    make, model = car(v)
    return (f"Verkaufe {make} {model}, EZ {ri(v, 1, 12):02}/{year(v)}, {v.num(ri(v, 15000, 220000), 0)} km, "
            f"{pick(v, 'Benzin', 'Diesel', 'Hybrid')}, {ri(v, 60, 190)} PS, TÜV bis {ri(v, 1, 12):02}/{year(v, 2025, 2027)}. "
            f"VB {money(v, 2000, 25000, 0)}. Nur Abholung, keine Probefahrt ohne Anzahlung.")


def de_4(v):
    return (f"Aquarium-Werte heute: {ri(v, 54, 240)} l, pH {n(v, 6.2, 7.8)}, KH {ri(v, 2, 8)}, GH {ri(v, 4, 14)}, "
            f"Nitrat {ri(v, 5, 40)} mg/l, {n(v, 23, 27)} °C. Besatz: {ri(v, 8, 20)} Neonsalmler und {ri(v, 3, 10)} Panzerwelse. "
            f"Wasserwechsel {ri(v, 20, 40)} % jede Woche.")


def de_5(v):
    return (f"Mietwohnung in {city(v)}: {ri(v, 1, 5)} Zimmer, {ri(v, 35, 130)} m², {ri(v, 1, 6)}. OG, Balkon, "
            f"Kaltmiete {money(v, 450, 1800, 0)}, Nebenkosten {money(v, 80, 350, 0)}, Kaution {ri(v, 2, 3)} Monatsmieten. "
            f"Frei ab {v.date()}. Energieausweis: {ri(v, 40, 220)} kWh/(m²·a).")


def fr_1(v):
    return (f"Recette du jour : {pick(v, 'tarte', 'clafoutis', 'compote')} ({fruit(v).lower()}). {ri(v, 200, 400)} g de farine, "
            f"{ri(v, 80, 200)} g de beurre, {ri(v, 2, 4)} œufs. Cuisson {ri(v, 25, 45)} min à {pick(v, 180, 190, 200)} °C. "
            f"Pour {ri(v, 4, 8)} personnes.")


def fr_2(v):
    return (f"Carnet de voyage : arrivée à {city(v)} vers {v.time()}, balade de {n(v, 5, 20)} km le long du fleuve, "
            f"musée ouvert de {ri(v, 9, 10)} h à {ri(v, 17, 19)} h, entrée {money(v, 5, 15)}. "
            f"Il faisait {ri(v, 8, 33)} °C et le vent soufflait à {ri(v, 10, 60)} km/h.")


def fr_3(v):
    return (f"À louer : appartement T{ri(v, 1, 5)} de {ri(v, 25, 120)} m², {ri(v, 1, 7)}e étage avec ascenseur, "
            f"loyer {money(v, 450, 2200, 0)} charges comprises, DPE {pick(v, 'B', 'C', 'D', 'E')}. Disponible le {v.date()}. "
            f"Quartier calme de {city(v)}, gare à {ri(v, 5, 20)} minutes.")


def fr_4(v):
    return (f"Exercice de maths : résoudre {ri(v, 2, 9)}x + {ri(v, 1, 30)} = {ri(v, 31, 99)}. J'ai trouvé x = {n(v, 1, 12, 2)}, "
            f"mais le corrigé donne une autre valeur. Et pour l'aire d'un disque de rayon {ri(v, 2, 20)} cm, "
            f"j'obtiens {n(v, 10, 1300, 2)} cm².")


def fr_5(v):
    return (f"Météo pour {state(v)} : {v.datetime.day_of_week()} {ri(v, 2, 14)} °C le matin, {ri(v, 15, 32)} °C l'après-midi, "
            f"risque d'averses {ri(v, 0, 90)} %, vent {ri(v, 5, 70)} km/h. Marée haute à {ri(v, 0, 23)} h {ri(v, 0, 59):02}, "
            f"coefficient {ri(v, 30, 115)}.")


def es_1(v):
    return (f"Receta: {pick(v, 'tortilla', 'gazpacho', 'paella', 'crema')} con {veg(v).lower()}. {ri(v, 3, 8)} huevos, "
            f"{ri(v, 200, 800)} g de patatas, {ri(v, 50, 150)} ml de aceite y una pizca de {spice(v).lower()}. "
            f"{ri(v, 20, 60)} minutos a fuego medio, para {ri(v, 2, 6)} personas.")


def es_2(v):
    return (f"Viaje a {city(v)}: {ri(v, 2, 10)} días, {n(v, 40, 400)} km en coche, hotel a {money(v, 45, 180, 0)} la noche. "
            f"La playa tenía el agua a {ri(v, 17, 28)} °C y bandera {pick(v, 'verde', 'amarilla')}. "
            f"Subimos al mirador de {v.num(ri(v, 300, 2500), 0)} m al atardecer.")


def es_3(v):
    return (f"Se vende bicicleta de montaña talla {pick(v, 'S', 'M', 'L')}, ruedas {pick(v, '27,5', '29')}\", "
            f"{ri(v, 9, 12)} velocidades, frenos de disco, {n(v, 11, 16)} kg. Precio {money(v, 150, 900, 0)}, "
            f"recogida en mano. Año {year(v, 2015, 2023)}, unos {v.num(ri(v, 500, 9000), 0)} km.")


def es_4(v):
    return (f"Deberes de química: ¿cuántos moles hay en {n(v, 5, 200, 1)} g de NaCl (M = 58,44 g/mol)? "
            f"A mí me sale {n(v, 0.1, 4, 3)} mol. Y el pH de una disolución {n(v, 0.001, 0.1, 3)} M de HCl, ¿es {n(v, 1, 3, 2)}?")


def es_5(v):
    return (f"Resultado de la jornada {ri(v, 1, 38)}: {v.score()} en casa, con {v.num(ri(v, 2000, 70000), 0)} espectadores. "
            f"Posesión {ri(v, 35, 65)} %, {ri(v, 3, 25)} tiros, {ri(v, 1, 10)} a puerta. El próximo partido es el "
            f"{v.datetime.day_of_week()} a las {v.time()} en {city(v)}.")


def pt_1(v):
    return (f"Receita: bolo de {fruit(v).lower()} com {ri(v, 2, 4)} xícaras de farinha, {ri(v, 2, 4)} ovos e "
            f"{ri(v, 100, 250)} ml de leite. Forno a {pick(v, 180, 200)} °C por {ri(v, 30, 50)} minutos. Rende {ri(v, 8, 16)} fatias.")


def pt_2(v):
    return (f"Diário de viagem: {ri(v, 3, 12)} dias em {state(v)}, trilha de {n(v, 5, 25)} km até a cachoeira, "
            f"água a {ri(v, 18, 27)} °C. Pousada por {money(v, 120, 600, 0)} a diária com café da manhã. "
            f"Voltamos para {city(v)} às {v.time()}.")


def pt_3(v):
    make, model = car(v)
    return (f"Vendo {make} {model} {year(v)}, {v.num(ri(v, 20000, 180000), 0)} km rodados, {pick(v, 'flex', 'gasolina', 'diesel')}, "
            f"{pick(v, 'manual', 'automático')}, revisões em dia. {money(v, 25000, 120000, 0)}. Aceito troca.")


def pt_4(v):
    return (f"Horta em casa: plantei {veg(v).lower()} em vasos de {ri(v, 10, 40)} litros, pH do solo {n(v, 5.5, 7.5)}, "
            f"rega de {ri(v, 300, 1500)} ml por dia. Colheita prevista em {ri(v, 40, 120)} dias, com adubo NPK "
            f"{ri(v, 4, 10)}-{ri(v, 4, 14)}-{ri(v, 4, 14)}.")


def pt_5(v):
    return (f"Aluga-se apartamento com {ri(v, 1, 4)} quartos, {ri(v, 40, 150)} m², {ri(v, 1, 2)} vagas, "
            f"condomínio {money(v, 300, 1500, 0)}, aluguel {money(v, 1200, 6000, 0)}. Perto do metrô em {city(v)}. "
            f"Disponível a partir de {v.date()}.")


def it_1(v):
    return (f"Ricetta: {pick(v, 'risotto', 'torta', 'crostata', 'minestra')} con {veg(v).lower()}, {ri(v, 200, 400)} g di riso o farina, "
            f"{ri(v, 500, 1200)} ml di brodo, {ri(v, 30, 80)} g di parmigiano. Cottura {ri(v, 16, 40)} minuti. "
            f"Dosi per {ri(v, 2, 6)} persone.")


def it_2(v):
    return (f"Gita in montagna: partenza da {city(v)} alle {v.time()}, {n(v, 6, 22)} km e {v.num(ri(v, 400, 1600), 0)} m di dislivello. "
            f"Rifugio a {v.num(ri(v, 1500, 3000), 0)} m, polenta a {money(v, 8, 16)}. Neve oltre i {v.num(ri(v, 1800, 2600), 0)} m.")


def it_3(v):
    return (f"Vendo reflex {pick(v, *CAMERAS)} con obiettivo {lens(v)}, {v.num(ri(v, 2000, 80000), 0)} scatti, "
            f"batteria e caricatore originali. {money(v, 250, 1400, 0)}, spedizione possibile. Foto d'esempio: {exposure(v)}.")


def it_4(v):
    return (f"Compiti di storia: la Repubblica di Venezia durò dal {ri(v, 697, 800)} al 1797, "
            f"circa {ri(v, 990, 1100)} anni. Confronta con l'Impero {pick(v, 'mongolo', 'inca', 'azteco')} "
            f"e scrivi {ri(v, 300, 800)} parole sulle rotte commerciali.")


def it_5(v):
    return (f"Meteo {state(v)}: {v.datetime.day_of_week()} minime {ri(v, -2, 15)} °C, massime {ri(v, 12, 35)} °C, "
            f"pioggia {ri(v, 0, 40)} mm, vento {ri(v, 5, 60)} km/h. Mare {pick(v, 'calmo', 'mosso', 'agitato')}, onde {n(v, 0.2, 3)} m.")


def ja_1(v):
    return (f"今日のレシピ：{fruit(v)}のケーキ。薄力粉{ri(v, 150, 300)}g、卵{ri(v, 2, 4)}個、牛乳{ri(v, 100, 250)}ml。"
            f"{pick(v, 170, 180, 200)}℃のオーブンで{ri(v, 25, 45)}分焼きます。{ri(v, 6, 12)}切れ分、1切れ約{ri(v, 180, 400)}kcal。")


def ja_2(v):
    return (f"{city(v)}旅行{ri(v, 2, 6)}日目。朝{ri(v, 6, 9)}時に出発し、{n(v, 5, 20)}km歩きました。"
            f"天守閣の入場料は{money(v, 3, 15)}、展望台は標高{ri(v, 200, 900)}m。気温は{ri(v, 5, 33)}℃でした。")


def ja_3(v):
    return (f"賃貸物件：{ri(v, 1, 3)}LDK、{ri(v, 20, 80)}㎡、{ri(v, 1, 15)}階、築{ri(v, 1, 40)}年。家賃{v.num(ri(v, 50, 200) * 1000, 0)}円、"
            f"管理費{v.num(ri(v, 3, 15) * 1000, 0)}円、敷金{ri(v, 0, 2)}ヶ月。{state(v)}、駅から徒歩{ri(v, 3, 20)}分。")


def ja_4(v):
    return (f"写真の設定：{pick(v, *CAMERAS)}、{lens(v)}、{exposure(v)}。RAWファイルは{v.file_size()}。"
            f"ホワイトバランス{ri(v, 3000, 6500)}K、露出補正+{n(v, 0.3, 1.7)}EV。")


def ja_5(v):
    return (f"数学の宿題：{ri(v, 2, 9)}x + {ri(v, 1, 30)} = {ri(v, 31, 99)} を解きなさい。答えは x = {n(v, 1, 12, 2)} ですか？"
            f"半径{ri(v, 2, 20)}cmの円の面積は約{n(v, 10, 1300, 2)}cm²になりました。")


LOCAL4 = {
    "de": [de_1, de_2, de_3, de_4, de_5],
    "fr": [fr_1, fr_2, fr_3, fr_4, fr_5],
    "es": [es_1, es_2, es_3, es_4, es_5],
    "pt-br": [pt_1, pt_2, pt_3, pt_4, pt_5],
    "it": [it_1, it_2, it_3, it_4, it_5],
    "ja": [ja_1, ja_2, ja_3, ja_4, ja_5],
}


def _topic(fn) -> str:
    return fn.__name__.split("_", 1)[1]


FRAMES = (
    [(f"p_new4_{_topic(fn)}", ("en" if i % 2 == 0 else "en-gb"), fn) for i, fn in enumerate(EN_PROSE)]
    + [(f"t_new4_{_topic(fn)}", None, fn) for fn in TOOL]
    + [(f"{locale}_new4_{i}", locale, fn) for locale, fns in LOCAL4.items() for i, fn in enumerate(fns, 1)]
)


def main() -> None:
    assert len(EN_PROSE) == 40 and len(TOOL) == 30 and all(len(f) == 5 for f in LOCAL4.values())
    assert len({name for name, _, _ in FRAMES}) == len(FRAMES) == 100
    recs = records(FRAMES, SEED, COUNT, "heldout")
    assert all(rec["text"].strip() for rec in recs)
    write(OUT, recs)
    print(f"wrote {len(recs)} records from {len(FRAMES)} frames to {OUT}")


if __name__ == "__main__":
    main()
