#!/usr/bin/env python3
"""Generate decoy (negative-only) test records for the privacy-redaction detector.

What it does
    Writes two JSONL files next to this script:
        tests/privacy/decoys_new9_tune.jsonl      (2,000 records)
        tests/privacy/decoys_new9_heldout.jsonl   (2,000 records)
    Each line is one JSON object with exactly the keys
        text, spans, source, split, locale, frame
    The texts imitate ordinary traffic between an assistant user and a cloud
    language model: tool calls and tool results as JSON (source "decoy_json":
    weather, quotes, timetables, tracking, CI, logs, catalogues, ...) and user
    prose (source "decoy_prose": code questions, homework, cooking, travel,
    DIY, general legal/medical/financial questions, ...) in en, de, fr, es, it,
    pt and nl (about 40 % English).  None of the texts contains personal data
    (no names of people, phone numbers, e-mail addresses, home addresses, dates
    of birth, personal ID/card/bank numbers or user handles), so "spans" is
    always [] and every finding a detector makes on them is a false positive.
    All fillers are hand-written lists in this file; only the standard library
    is used (no Faker or other data packages).

Seed
    Everything is driven by one random.Random(9001), so the output is
    byte-for-byte deterministic for a given Python 3.11.

Split rule
    The split is by frame (template), not by record.  Frame names are sorted;
    a frame whose hashlib.md5(name.encode()).hexdigest() starts with 0-9 goes
    to "tune", one starting with a-f goes to "heldout".  Records are generated
    round-robin over the sorted frames of each split (tune first, then
    heldout) until the split has 2,000 records.  A text that duplicates an
    earlier text of the same file is regenerated (at most 40 tries; after that
    the frame is skipped for that round).

How to run
    From the repository root:
        python3 tests/privacy/decoy_frames_new9.py
"""

import datetime as _dt
import hashlib
import json
import random
import string
import sys
import uuid
from pathlib import Path

SEED = 9001
N_PER_SPLIT = 2000
MAX_TRIES = 40
OUT_DIR = Path(__file__).resolve().parent
TUNE_PATH = OUT_DIR / "decoys_new9_tune.jsonl"
HELDOUT_PATH = OUT_DIR / "decoys_new9_heldout.jsonl"

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl"]
LANG_W = {"en": 40, "de": 10, "fr": 10, "es": 10, "it": 10, "pt": 10, "nl": 10}

FRAMES = {}  # name -> (source, generator)


def frame(name, source):
    """Register a frame generator; it takes the rng and returns (text, locale)."""
    assert source in ("decoy_json", "decoy_prose")

    def deco(fn):
        assert name not in FRAMES, name
        FRAMES[name] = (source, fn)
        return fn

    return deco


# ---------------------------------------------------------------------------
# generic helpers
# ---------------------------------------------------------------------------

def pick_lang(r, allowed=None):
    allowed = allowed or LANGS
    return r.choices(allowed, weights=[LANG_W[x] for x in allowed])[0]


def L(loc, table):
    """Pick the entry of a per-language dict, falling back to English."""
    return table.get(loc, table["en"])


def chance(r, p):
    return r.random() < p


def some(r, seq, lo, hi):
    """A random sample of lo..hi distinct items of seq, in random order."""
    k = r.randint(lo, min(hi, len(seq)))
    return r.sample(list(seq), k)


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def alnum(r, n, chars=string.ascii_uppercase + string.digits):
    return "".join(r.choice(chars) for _ in range(n))


def digits(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def server_ip(r):
    k = r.randrange(6)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 2:
        return f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}"
    return r.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{r.randint(1, 254)}"


def ean13(r, prefix=None):
    body = (prefix or r.choice(["400", "401", "402", "300", "340", "376", "80", "84", "560", "87", "871", "500", "50"]))
    body = body + digits(r, 12 - len(body))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def isbn13(r):
    body = r.choice(["978", "979"]) + r.choice(["0", "1", "3", "2", "84", "88", "972", "90"])
    body = body + digits(r, 12 - len(body))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def isbn_hyph(r):
    raw = isbn13(r)
    a, b = raw[:3], raw[3:]
    cut1 = r.randint(1, 2)
    cut2 = r.randint(cut1 + 2, cut1 + 5)
    return f"{a}-{b[:cut1]}-{b[cut1:cut2]}-{b[cut2:-1]}-{b[-1]}"


def s10(r, country=None):
    """UPU S10 item id with a valid check digit, e.g. RR123456785DE."""
    pre = r.choice(["RR", "CP", "LX", "RX", "EE", "CX", "UA", "LY"])
    body = digits(r, 8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(d) * k for d, k in zip(body, w)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{pre}{body}{c}{country or r.choice(['DE', 'FR', 'ES', 'IT', 'PT', 'NL', 'GB', 'US', 'BE', 'AT'])}"


def tracking_no(r):
    k = r.randrange(5)
    if k == 0:
        return s10(r)
    if k == 1:
        return "1Z" + alnum(r, 6) + digits(r, 10)
    if k == 2:
        return "JJD" + digits(r, 18)
    if k == 3:
        return "00340434" + digits(r, 12)
    return digits(r, 14)


def rand_date(r, y0=2023, y1=2026):
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(r.randint(start, end))


def rand_dt(r, y0=2024, y1=2026):
    d = rand_date(r, y0, y1)
    return _dt.datetime(d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def iso(dt, r=None, tz=True):
    s = dt.strftime("%Y-%m-%dT%H:%M:%S")
    if r is not None and tz:
        s += r.choice(["Z", "Z", "+00:00", "+01:00", "+02:00", ".000Z", f".{r.randint(0, 999):03d}Z"])
    return s


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
}


def fdate(r, d, loc, style=None):
    """Format an event date the way people of that locale write it."""
    style = style if style is not None else r.randrange(3)
    m = MONTHS[loc][d.month - 1]
    if style == 0:
        return d.isoformat()
    if loc == "en":
        return [f"{m} {d.day}, {d.year}", f"{d.day} {m} {d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.day} {m[:3]} {d.year}"][r.randrange(4) if style == 2 else style - 1]
    if style == 1:
        sep = {"de": ".", "nl": "-"}.get(loc, "/")
        return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
    return {
        "de": f"{d.day}. {m} {d.year}",
        "fr": f"{'1er' if d.day == 1 else d.day} {m} {d.year}",
        "es": f"{d.day} de {m} de {d.year}",
        "it": f"{d.day} {m} {d.year}",
        "pt": f"{d.day} de {m} de {d.year}",
        "nl": f"{d.day} {m} {d.year}",
    }[loc]


def fdate_short(r, d, loc):
    """Day and month only (for things happening this year)."""
    m = MONTHS[loc][d.month - 1]
    return {
        "en": r.choice([f"{m} {d.day}", f"{d.day} {m}"]),
        "de": r.choice([f"{d.day}. {m}", f"{d.day:02d}.{d.month:02d}."]),
        "fr": f"{d.day} {m}",
        "es": f"{d.day} de {m}",
        "it": f"{d.day} {m}",
        "pt": f"{d.day} de {m}",
        "nl": f"{d.day} {m}",
    }[loc]


def ftime(r, h, mi, loc):
    if loc == "en" and chance(r, 0.5):
        ap = "AM" if h < 12 else "PM"
        hh = h % 12 or 12
        return f"{hh}:{mi:02d} {r.choice([ap, ap.lower(), ap[0].lower() + '.m.'])}"
    if loc == "fr" and chance(r, 0.4):
        return f"{h}h{mi:02d}" if mi else f"{h}h"
    if loc == "de" and chance(r, 0.3):
        return f"{h}:{mi:02d} Uhr"
    return f"{h:02d}:{mi:02d}"


def fnum(x, dec, loc, group=True):
    s = f"{x:,.{dec}f}"
    if loc == "en":
        return s if group else s.replace(",", "")
    ints, _, frac = s.partition(".")
    sep = {"fr": "\u202f", "pt": " "}.get(loc, ".")
    ints = ints.replace(",", sep if group else "")
    return ints + ("," + frac if frac else "")


def money(r, amount, loc, cur=None):
    if cur is None:
        cur = r.choice(["USD", "GBP", "EUR"]) if loc == "en" else ("BRL" if loc == "pt" and chance(r, 0.25) else "EUR")
    n = fnum(amount, 2, loc, group=amount >= 1000)
    if loc == "en":
        sym = {"USD": "$", "GBP": "£", "EUR": "€"}.get(cur)
        return f"{sym}{n}" if sym else f"{cur} {n}"
    if cur == "BRL":
        return f"R$ {n}"
    if cur != "EUR":
        return f"{n} {cur}" if loc != "nl" else f"{cur} {n}"
    if loc in ("nl",):
        return r.choice([f"€ {n}", f"€{n}", f"EUR {n}"])
    if loc == "it":
        return r.choice([f"€ {n}", f"{n} €", f"{n} euro"])
    if loc == "de":
        return r.choice([f"{n} €", f"{n} EUR", f"€ {n}"])
    return r.choice([f"{n} €", f"{n} €", f"{n} euros" if loc != "pt" else f"{n} euros"])


def price(r, lo, hi):
    v = r.uniform(lo, hi)
    return round(int(v) + r.choice([0.0, 0.49, 0.5, 0.95, 0.99, 0.9, round(r.random(), 2)]), 2)


def pct(r, x, loc, dec=1):
    s = fnum(x, dec, loc, group=False)
    return {"en": f"{s}%", "fr": f"{s}\u00a0%", "de": r.choice([f"{s} %", f"{s}%", f"{s} Prozent"])}.get(loc, f"{s}%" if loc != "nl" else r.choice([f"{s}%", f"{s} procent"]))


def jdump(r, obj):
    indent = r.choice([None, None, 2, 2, 2, 4, "\t", 1])
    if indent is None:
        sep = r.choice([(", ", ": "), (",", ":"), (", ", ": ")])
    else:
        sep = (",", ": ")
    return json.dumps(obj, indent=indent, separators=sep, ensure_ascii=chance(r, 0.2))


def shuf(r, d, p=0.35):
    """Maybe reorder the keys of a dict."""
    if not chance(r, p):
        return d
    items = list(d.items())
    r.shuffle(items)
    return dict(items)


def drop(r, d, keys, p=0.3):
    """Drop each of the optional keys with probability p."""
    return {k: v for k, v in d.items() if not (k in keys and chance(r, p))}


TOOL_STYLES = 7


def wrap_tool(r, name, payload, args=None):
    """Present a tool result (or call) in one of several envelope styles."""
    k = r.randrange(TOOL_STYLES)
    call_id = r.choice(["call_", "toolu_", "fc_", ""]) + alnum(r, 24, string.ascii_letters + string.digits)
    if k == 0:
        return jdump(r, payload)
    if k == 1:
        return jdump(r, {"tool": name, "result": payload})
    if k == 2:
        return jdump(r, {"role": "tool", "tool_call_id": call_id, "name": name,
                         "content": json.dumps(payload, ensure_ascii=False)})
    if k == 3:
        return jdump(r, {"type": "tool_result", "tool_use_id": call_id,
                         "content": [{"type": "text", "text": json.dumps(payload, ensure_ascii=False)}]})
    if k == 4 and args is not None:
        return jdump(r, [{"id": call_id, "type": "function",
                          "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}},
                         {"tool_call_id": call_id, "output": payload}])
    if k == 5:
        return jdump(r, {"status": "ok", "data": payload,
                         "meta": {"request_id": uid(r), "elapsed_ms": r.randint(12, 2400)}})
    return jdump(r, {"name": name, "arguments": args or {}, "response": payload})


def bullets(r, items, loc=None):
    style = r.choice(["- ", "* ", "• ", "num", "num)", ""])
    out = []
    for i, it in enumerate(items, 1):
        if style == "num":
            out.append(f"{i}. {it}")
        elif style == "num)":
            out.append(f"{i}) {it}")
        else:
            out.append(f"{style}{it}")
    return "\n".join(out)


def joinp(r, parts):
    """Join prose parts with a random mix of spaces and line breaks."""
    out = parts[0]
    for p in parts[1:]:
        out += r.choice([" ", " ", "\n", "\n\n"]) + p
    return out


def maybe_fence(r, body, lang_tag=""):
    k = r.randrange(4)
    if k == 0:
        return body
    if k == 1:
        return f"```\n{body}\n```"
    return f"```{lang_tag}\n{body}\n```"


# ---------------------------------------------------------------------------
# shared hand-written fillers
# ---------------------------------------------------------------------------

CITIES = {
    "en": [("London", 51.507, -0.128), ("Manchester", 53.481, -2.243), ("Edinburgh", 55.953, -3.188), ("Dublin", 53.35, -6.26),
           ("Chicago", 41.878, -87.63), ("Boston", 42.36, -71.058), ("Toronto", 43.653, -79.383), ("Leeds", 53.8, -1.549),
           ("Bristol", 51.454, -2.588), ("Glasgow", 55.864, -4.252), ("Cardiff", 51.481, -3.179), ("Belfast", 54.597, -5.93),
           ("Phoenix", 33.448, -112.074), ("Minneapolis", 44.978, -93.265), ("Atlanta", 33.749, -84.388), ("Ottawa", 45.421, -75.697),
           ("Cork", 51.898, -8.475), ("Oxford", 51.752, -1.258), ("Portland", 45.515, -122.679), ("Perth", -31.95, 115.86),
           ("Cape Town", -33.925, 18.424), ("Nairobi", -1.292, 36.822), ("Singapore", 1.352, 103.82), ("Liverpool", 53.408, -2.991)],
    "de": [("Berlin", 52.52, 13.405), ("Hamburg", 53.551, 9.994), ("München", 48.137, 11.575), ("Köln", 50.938, 6.96),
           ("Frankfurt am Main", 50.11, 8.682), ("Stuttgart", 48.776, 9.183), ("Düsseldorf", 51.227, 6.774), ("Leipzig", 51.34, 12.375),
           ("Dresden", 51.05, 13.738), ("Hannover", 52.376, 9.732), ("Nürnberg", 49.452, 11.077), ("Bremen", 53.079, 8.802),
           ("Wien", 48.208, 16.373), ("Graz", 47.071, 15.439), ("Zürich", 47.377, 8.541), ("Bern", 46.948, 7.447),
           ("Basel", 47.56, 7.589), ("Freiburg im Breisgau", 47.999, 7.842), ("Münster", 51.961, 7.626), ("Kiel", 54.323, 10.123),
           ("Rostock", 54.092, 12.099), ("Mainz", 49.993, 8.247), ("Innsbruck", 47.269, 11.404), ("Regensburg", 49.013, 12.102)],
    "fr": [("Paris", 48.857, 2.352), ("Lyon", 45.764, 4.836), ("Marseille", 43.297, 5.37), ("Toulouse", 43.605, 1.444),
           ("Nantes", 47.218, -1.554), ("Bordeaux", 44.838, -0.579), ("Lille", 50.629, 3.057), ("Strasbourg", 48.573, 7.752),
           ("Rennes", 48.117, -1.678), ("Montpellier", 43.611, 3.877), ("Nice", 43.71, 7.262), ("Grenoble", 45.188, 5.724),
           ("Dijon", 47.322, 5.041), ("Reims", 49.258, 4.032), ("Genève", 46.204, 6.143), ("Lausanne", 46.52, 6.633),
           ("Bruxelles", 50.85, 4.352), ("Liège", 50.633, 5.567), ("Montréal", 45.502, -73.567), ("Angers", 47.478, -0.563),
           ("Brest", 48.39, -4.486), ("Rouen", 49.443, 1.1), ("Annecy", 45.9, 6.129), ("Clermont-Ferrand", 45.778, 3.087)],
    "es": [("Madrid", 40.417, -3.704), ("Barcelona", 41.385, 2.173), ("Valencia", 39.47, -0.376), ("Sevilla", 37.389, -5.984),
           ("Zaragoza", 41.649, -0.889), ("Málaga", 36.721, -4.421), ("Bilbao", 43.263, -2.935), ("Granada", 37.177, -3.599),
           ("Alicante", 38.345, -0.481), ("Valladolid", 41.652, -4.724), ("Córdoba", 37.888, -4.779), ("Murcia", 37.992, -1.131),
           ("Palma", 39.57, 2.65), ("Vigo", 42.24, -8.72), ("Oviedo", 43.362, -5.849), ("Pamplona", 42.812, -1.646),
           ("Salamanca", 40.97, -5.663), ("Ciudad de México", 19.433, -99.133), ("Buenos Aires", -34.604, -58.382), ("Bogotá", 4.711, -74.072),
           ("Lima", -12.046, -77.043), ("Montevideo", -34.901, -56.164), ("Quito", -0.18, -78.468), ("Gijón", 43.532, -5.661)],
    "it": [("Roma", 41.903, 12.496), ("Milano", 45.464, 9.19), ("Napoli", 40.852, 14.268), ("Torino", 45.07, 7.687),
           ("Bologna", 44.495, 11.343), ("Firenze", 43.77, 11.256), ("Genova", 44.405, 8.946), ("Venezia", 45.441, 12.316),
           ("Verona", 45.438, 10.992), ("Palermo", 38.116, 13.361), ("Bari", 41.117, 16.872), ("Catania", 37.502, 15.087),
           ("Trieste", 45.65, 13.777), ("Padova", 45.406, 11.877), ("Parma", 44.801, 10.328), ("Perugia", 43.111, 12.389),
           ("Cagliari", 39.223, 9.122), ("Lecce", 40.352, 18.17), ("Trento", 46.07, 11.121), ("Bergamo", 45.698, 9.677),
           ("Brescia", 45.541, 10.211), ("Pisa", 43.716, 10.402), ("Modena", 44.647, 10.925), ("Lugano", 46.004, 8.951)],
    "pt": [("Lisboa", 38.722, -9.139), ("Porto", 41.158, -8.629), ("Braga", 41.545, -8.427), ("Coimbra", 40.203, -8.41),
           ("Faro", 37.019, -7.93), ("Aveiro", 40.641, -8.654), ("Évora", 38.571, -7.909), ("Funchal", 32.651, -16.908),
           ("Viseu", 40.657, -7.914), ("Setúbal", 38.524, -8.888), ("Guimarães", 41.444, -8.296), ("Leiria", 39.744, -8.807),
           ("Rio de Janeiro", -22.907, -43.173), ("Belo Horizonte", -19.917, -43.934), ("Curitiba", -25.429, -49.267), ("Recife", -8.048, -34.877),
           ("Fortaleza", -3.732, -38.527), ("Brasília", -15.794, -47.882), ("Porto Alegre", -30.035, -51.218), ("Manaus", -3.119, -60.022),
           ("Campinas", -22.909, -47.063), ("Ponta Delgada", 37.741, -25.668), ("Bragança", 41.806, -6.757), ("Tavira", 37.127, -7.649)],
    "nl": [("Amsterdam", 52.368, 4.904), ("Rotterdam", 51.924, 4.478), ("Den Haag", 52.07, 4.3), ("Utrecht", 52.091, 5.122),
           ("Eindhoven", 51.441, 5.47), ("Groningen", 53.219, 6.567), ("Tilburg", 51.555, 5.091), ("Almere", 52.351, 5.264),
           ("Breda", 51.571, 4.768), ("Nijmegen", 51.842, 5.853), ("Arnhem", 51.985, 5.899), ("Haarlem", 52.387, 4.646),
           ("Leiden", 52.16, 4.497), ("Maastricht", 50.851, 5.691), ("Zwolle", 52.517, 6.083), ("Delft", 52.012, 4.357),
           ("Antwerpen", 51.219, 4.402), ("Gent", 51.054, 3.717), ("Brugge", 51.209, 3.224), ("Leuven", 50.879, 4.701),
           ("Enschede", 52.222, 6.894), ("Amersfoort", 52.156, 5.387), ("Alkmaar", 52.632, 4.748), ("Deventer", 52.255, 6.163)],
}

AIRPORTS = [("FRA", "Frankfurt"), ("MUC", "Munich"), ("BER", "Berlin"), ("HAM", "Hamburg"), ("DUS", "Düsseldorf"),
            ("CDG", "Paris"), ("ORY", "Paris"), ("LYS", "Lyon"), ("NCE", "Nice"), ("TLS", "Toulouse"), ("MRS", "Marseille"),
            ("MAD", "Madrid"), ("BCN", "Barcelona"), ("AGP", "Málaga"), ("PMI", "Palma"), ("VLC", "Valencia"), ("SVQ", "Sevilla"), ("BIO", "Bilbao"),
            ("FCO", "Rome"), ("MXP", "Milan"), ("LIN", "Milan"), ("NAP", "Naples"), ("VCE", "Venice"), ("BLQ", "Bologna"), ("CTA", "Catania"),
            ("LIS", "Lisbon"), ("OPO", "Porto"), ("FAO", "Faro"),
            ("AMS", "Amsterdam"), ("EIN", "Eindhoven"), ("RTM", "Rotterdam"), ("BRU", "Brussels"),
            ("LHR", "London"), ("LGW", "London"), ("MAN", "Manchester"), ("EDI", "Edinburgh"), ("DUB", "Dublin"),
            ("ZRH", "Zurich"), ("GVA", "Geneva"), ("VIE", "Vienna"), ("CPH", "Copenhagen"), ("ARN", "Stockholm"), ("OSL", "Oslo"),
            ("HEL", "Helsinki"), ("ATH", "Athens"), ("IST", "Istanbul"), ("ORD", "Chicago"), ("BOS", "Boston"), ("YYZ", "Toronto")]

AIRLINES = [("LH", "Lufthansa"), ("AF", "Air France"), ("KL", "KLM"), ("IB", "Iberia"), ("AZ", "ITA Airways"), ("TP", "TAP Air Portugal"),
            ("VY", "Vueling"), ("FR", "Ryanair"), ("U2", "easyJet"), ("SN", "Brussels Airlines"), ("LX", "SWISS"), ("OS", "Austrian"),
            ("EW", "Eurowings"), ("HV", "Transavia"), ("EI", "Aer Lingus"), ("BA", "British Airways"), ("UX", "Air Europa"), ("SK", "SAS")]

FICT_COMPANIES = ["Nordwind Logistik GmbH", "Brightwave Analytics Ltd", "Cobalt Ridge Software Inc.", "Helios Solar SE",
                  "Altamar Seguros S.A.", "Ponte Verde S.r.l.", "Vinha Alta Lda.", "Polderlicht B.V.", "Granit Bau AG",
                  "Atelier du Rivage SARL", "Blue Harbor Foods Inc.", "Quadra Systems Ltd", "Stahlring Maschinenbau GmbH",
                  "Costa Azul Turismo S.L.", "Lumen Optics AG", "Tessile Arno S.p.A.", "Mar e Serra Lda.", "Windkracht Energie B.V.",
                  "Redstone Paper Co.", "Alpenblick Molkerei eG", "Papeterie des Quais SAS", "Cerámicas del Turia S.A.",
                  "Officine Meccaniche Adriatiche S.r.l.", "Cortiça Nova S.A.", "Zeeland Zout B.V.", "Greenfield Seeds Ltd"]

BRANDS = ["Voltix", "Aqualine", "Kestrel", "Ironleaf", "Cloudpeak", "TerraGrip", "Quadrix", "Brightcore", "Polarfox",
          "Stahlwerk", "Nordkap", "Lumetra", "Zentro", "Bluefin", "Cascadia", "Vulcano", "Duna", "Solaria", "Koru", "Tundra"]

STATIONS = {
    "de": ["Berlin Hbf", "Hamburg Hbf", "München Hbf", "Köln Hbf", "Frankfurt (Main) Hbf", "Stuttgart Hbf", "Leipzig Hbf",
           "Hannover Hbf", "Nürnberg Hbf", "Dresden Hbf", "Düsseldorf Hbf", "Mannheim Hbf", "Basel SBB", "Zürich HB", "Wien Hbf"],
    "fr": ["Paris Gare de Lyon", "Paris Montparnasse", "Paris Gare du Nord", "Paris Gare de l'Est", "Lyon Part-Dieu",
           "Marseille", "Lille Europe", "Bordeaux", "Strasbourg", "Rennes", "Nantes", "Montpellier Sud de France"],
    "es": ["Madrid Atocha", "Madrid Chamartín", "Barcelona Sants", "Valencia Nord", "Sevilla", "Málaga",
           "Zaragoza Delicias", "Córdoba", "Alicante", "Valladolid Campo Grande", "Ourense", "León"],
    "it": ["Roma Termini", "Milano Centrale", "Napoli Centrale", "Torino Porta Nuova", "Bologna Centrale", "Firenze Campo di Marte",
           "Venezia Mestre", "Verona Porta Nuova", "Padova", "Reggio Emilia AV", "Salerno", "Roma Tiburtina"],
    "pt": ["Lisboa Oriente", "Lisboa Rossio", "Porto Campanhã", "Coimbra-B", "Aveiro", "Braga", "Faro", "Entroncamento",
           "Tunes", "Pombal", "Vila Nova de Gaia", "Setúbal"],
    "nl": ["Amsterdam Centraal", "Rotterdam Centraal", "Utrecht Centraal", "Den Haag Centraal", "Eindhoven Centraal", "Schiphol Airport",
           "Arnhem Centraal", "Zwolle", "Groningen", "Breda", "Leiden Centraal", "Amersfoort Centraal"],
    "en": ["London Euston", "London King's Cross", "London Paddington", "Manchester Piccadilly", "Birmingham New Street",
           "Edinburgh Waverley", "Glasgow Central", "Leeds", "York", "Bristol Temple Meads", "Reading", "Newcastle"],
}

CODE_PATHS = ["/srv/app", "/opt/service", "/var/lib/worker", "/app", "/usr/src/app", "/build/repo", "/workspace/project",
              "/home/runner/work/project/project", "/data/jobs", "/opt/pipeline"]


# ===========================================================================
# JSON frames: weather, markets, travel
# ===========================================================================

COND = {
    "en": ["clear sky", "partly cloudy", "overcast", "light rain", "heavy rain", "thunderstorms", "snow showers", "fog", "drizzle", "sunny intervals", "sleet", "hazy"],
    "de": ["klar", "teilweise bewölkt", "bedeckt", "leichter Regen", "starker Regen", "Gewitter", "Schneeschauer", "Nebel", "Nieselregen", "heiter", "Schneeregen", "dunstig"],
    "fr": ["ciel dégagé", "partiellement nuageux", "couvert", "pluie faible", "forte pluie", "orages", "averses de neige", "brouillard", "bruine", "éclaircies", "neige mêlée de pluie", "brumeux"],
    "es": ["despejado", "parcialmente nublado", "cubierto", "lluvia ligera", "lluvia fuerte", "tormentas", "chubascos de nieve", "niebla", "llovizna", "intervalos de sol", "aguanieve", "calima"],
    "it": ["sereno", "parzialmente nuvoloso", "coperto", "pioggia debole", "pioggia forte", "temporali", "rovesci di neve", "nebbia", "pioviggine", "schiarite", "nevischio", "foschia"],
    "pt": ["céu limpo", "parcialmente nublado", "encoberto", "chuva fraca", "chuva forte", "trovoadas", "aguaceiros de neve", "nevoeiro", "chuvisco", "períodos de sol", "água-neve", "neblina"],
    "nl": ["onbewolkt", "half bewolkt", "zwaar bewolkt", "lichte regen", "zware regen", "onweer", "sneeuwbuien", "mist", "motregen", "zonnige perioden", "natte sneeuw", "nevelig"],
}
WIND_DIRS = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"]
CITY_COUNTRY = {"Dublin": "IE", "Cork": "IE", "Chicago": "US", "Boston": "US", "Phoenix": "US", "Minneapolis": "US", "Atlanta": "US", "Portland": "US",
                "Toronto": "CA", "Ottawa": "CA", "Montréal": "CA", "Perth": "AU", "Cape Town": "ZA", "Nairobi": "KE", "Singapore": "SG",
                "Wien": "AT", "Graz": "AT", "Innsbruck": "AT", "Zürich": "CH", "Bern": "CH", "Basel": "CH", "Genève": "CH", "Lausanne": "CH", "Lugano": "CH",
                "Bruxelles": "BE", "Liège": "BE", "Antwerpen": "BE", "Gent": "BE", "Brugge": "BE", "Leuven": "BE",
                "Ciudad de México": "MX", "Buenos Aires": "AR", "Bogotá": "CO", "Lima": "PE", "Montevideo": "UY", "Quito": "EC",
                "Rio de Janeiro": "BR", "Belo Horizonte": "BR", "Curitiba": "BR", "Recife": "BR", "Fortaleza": "BR", "Brasília": "BR",
                "Porto Alegre": "BR", "Manaus": "BR", "Campinas": "BR"}
COUNTRY_TZ = {"GB": "Europe/London", "IE": "Europe/Dublin", "US": "America/Chicago", "CA": "America/Toronto", "AU": "Australia/Perth",
              "ZA": "Africa/Johannesburg", "KE": "Africa/Nairobi", "SG": "Asia/Singapore", "DE": "Europe/Berlin", "AT": "Europe/Vienna",
              "CH": "Europe/Zurich", "FR": "Europe/Paris", "BE": "Europe/Brussels", "ES": "Europe/Madrid", "MX": "America/Mexico_City",
              "AR": "America/Argentina/Buenos_Aires", "CO": "America/Bogota", "PE": "America/Lima", "UY": "America/Montevideo",
              "EC": "America/Guayaquil", "IT": "Europe/Rome", "PT": "Europe/Lisbon", "BR": "America/Sao_Paulo", "NL": "Europe/Amsterdam"}
DEFAULT_COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL"}


def city_country(loc, city):
    return CITY_COUNTRY.get(city, DEFAULT_COUNTRY[loc])


COUNTRY_OF = {"en": ["GB", "IE", "US", "CA", "GB"], "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "CH"], "es": ["ES", "ES", "MX", "AR"],
              "it": ["IT", "IT", "CH"], "pt": ["PT", "PT", "BR"], "nl": ["NL", "NL", "BE"]}


@frame("json_weather_current", "decoy_json")
def f_weather_current(r):
    loc = pick_lang(r)
    city, lat, lon = r.choice(CITIES[loc])
    ci = r.randrange(len(COND["en"]))
    t = round(r.uniform(-8, 36), 1)
    cur = {
        "temp_c": t,
        "feels_like_c": round(t + r.uniform(-4, 2), 1),
        "humidity": r.randint(22, 99),
        "wind_kph": round(r.uniform(0, 65), 1),
        "wind_dir": r.choice(WIND_DIRS),
        "pressure_hpa": r.randint(985, 1038),
        "uv": r.randint(0, 9),
        "visibility_km": r.choice([10, 10, 8, 5, 2.5, 0.8]),
        "condition": {"text": COND[loc][ci], "code": 1000 + ci * 3},
        "precip_mm": round(r.choice([0, 0, 0.1, 0.4, 1.2, 3.8, 7.5]), 1),
    }
    cur = drop(r, cur, ["feels_like_c", "uv", "visibility_km", "precip_mm", "pressure_hpa", "wind_dir"])
    if loc == "en" and chance(r, 0.3):
        cur["temp_f"] = round(t * 9 / 5 + 32, 1)
    obs = rand_dt(r)
    payload = {
        "location": shuf(r, {"name": city, "country": city_country(loc, city), "lat": lat, "lon": lon,
                             "tz_id": COUNTRY_TZ[city_country(loc, city)]}),
        "current": shuf(r, cur),
        "last_updated": r.choice([iso(obs, r), obs.strftime("%Y-%m-%d %H:%M"), int(obs.replace(tzinfo=_dt.timezone.utc).timestamp())]),
    }
    if chance(r, 0.3):
        payload["units"] = "metric"
    return wrap_tool(r, r.choice(["get_weather", "weather.current", "current_conditions"]), shuf(r, payload),
                     {"location": city, "lang": loc, "units": "metric"}), loc


@frame("json_weather_forecast", "decoy_json")
def f_weather_forecast(r):
    loc = pick_lang(r)
    city, lat, lon = r.choice(CITIES[loc])
    n = r.randint(3, 10)
    d0 = rand_date(r, 2024, 2026)
    base = r.uniform(-3, 27)
    days = []
    for i in range(n):
        mx = round(base + r.uniform(-3, 5), 1)
        days.append({
            "date": (d0 + _dt.timedelta(days=i)).isoformat(),
            "t_min": round(mx - r.uniform(4, 12), 1),
            "t_max": mx,
            "precip_mm": round(max(0.0, r.gauss(1.5, 3)), 1),
            "precip_prob": r.choice([0, 5, 10, 20, 35, 40, 55, 70, 85, 95]),
            "summary": r.choice(COND[loc]),
            "sunrise": f"0{r.randint(5, 8)}:{r.randint(0, 59):02d}",
            "sunset": f"{r.randint(16, 21)}:{r.randint(0, 59):02d}",
        })
    if chance(r, 0.4):
        # column-oriented style
        keys = some(r, ["t_min", "t_max", "precip_mm", "precip_prob", "sunrise", "sunset"], 2, 6)
        daily = {"time": [d["date"] for d in days]}
        names = {"t_min": "temperature_2m_min", "t_max": "temperature_2m_max", "precip_mm": "precipitation_sum",
                 "precip_prob": "precipitation_probability_max", "sunrise": "sunrise", "sunset": "sunset"}
        for k in keys:
            daily[names[k]] = [d[k] for d in days]
        payload = {"latitude": lat, "longitude": lon, "elevation": r.randint(2, 620), "timezone": "auto",
                   "daily_units": {names[k]: {"t_min": "°C", "t_max": "°C", "precip_mm": "mm", "precip_prob": "%"}.get(k, "iso8601") for k in keys},
                   "daily": daily, "generationtime_ms": round(r.uniform(0.05, 3), 3)}
    else:
        keep = some(r, ["precip_mm", "precip_prob", "summary", "sunrise", "sunset"], 1, 5)
        payload = {"city": city, "lang": loc, "days": [{k: v for k, v in d.items() if k in keep or k in ("date", "t_min", "t_max")} for d in days]}
    return wrap_tool(r, "get_forecast", payload, {"city": city, "days": n}), loc


ALERT_ISSUERS = {"en": ["Met Office", "Met Éireann", "National Weather Service", "Environment Canada"],
                 "de": ["Deutscher Wetterdienst", "GeoSphere Austria", "MeteoSchweiz"], "fr": ["Météo-France", "IRM", "MétéoSuisse"],
                 "es": ["AEMET", "Meteocat", "Euskalmet"], "it": ["Protezione Civile", "Servizio Meteorologico dell'Aeronautica Militare", "ARPAE"],
                 "pt": ["IPMA", "INMET"], "nl": ["KNMI", "KMI"]}
ALERT_EVENTS = {
    "en": ["Yellow warning for wind", "Amber warning for rain", "Ice warning", "Heat advisory", "Dense fog advisory", "Thunderstorm warning", "Snow and ice"],
    "de": ["Sturmböen", "Starkregen", "Glätte", "Starke Hitze", "Dichter Nebel", "Schweres Gewitter", "Frost"],
    "fr": ["Vigilance jaune vent violent", "Vigilance orange pluie-inondation", "Vigilance canicule", "Orages", "Neige-verglas", "Vagues-submersion"],
    "es": ["Aviso amarillo por viento", "Aviso naranja por lluvias", "Temperaturas máximas", "Fenómenos costeros", "Tormentas", "Nevadas"],
    "it": ["Allerta gialla per temporali", "Allerta arancione idrogeologica", "Vento forte", "Neve a bassa quota", "Ondata di calore", "Mareggiate"],
    "pt": ["Aviso amarelo de precipitação", "Aviso laranja de agitação marítima", "Tempo quente", "Vento forte", "Trovoada", "Nevoeiro"],
    "nl": ["Code geel: zware windstoten", "Code oranje: gladheid", "Code geel: onweersbuien", "Hitte", "Dichte mist", "Code geel: sneeuw"],
}
ALERT_REGIONS = {
    "en": ["Northern Ireland", "Highlands", "South West England", "County Kerry", "Lake County", "Greater Toronto Area", "Yorkshire"],
    "de": ["Kreis Nordfriesland", "Landkreis Harz", "Stadt Hamburg", "Kreis Breisgau-Hochschwarzwald", "Oberallgäu", "Tirol", "Kanton Bern"],
    "fr": ["Finistère", "Bouches-du-Rhône", "Haute-Savoie", "Gironde", "Hérault", "Pas-de-Calais", "Var", "Isère"],
    "es": ["Litoral de Cádiz", "Pirineo navarro", "Sierra de Madrid", "Costa de Lugo", "Campiña sevillana", "Mallorca"],
    "it": ["Liguria", "Emilia-Romagna", "Toscana", "Veneto", "Sicilia orientale", "Friuli Venezia Giulia", "Calabria"],
    "pt": ["Faro", "Viana do Castelo", "Porto", "Madeira - costa norte", "Açores - grupo central", "Serra da Estrela"],
    "nl": ["Noord-Holland", "Friesland", "Zeeland", "Waddeneilanden", "Limburg", "Groningen", "West-Vlaanderen"],
}


@frame("json_weather_alerts", "decoy_json")
def f_weather_alerts(r):
    loc = pick_lang(r)
    alerts = []
    for _ in range(r.randint(1, 4)):
        s = rand_dt(r)
        a = {
            "id": r.choice(["urn:oid:2.49.0.1.", "2.49.0.0."]) + f"{r.randint(100, 999)}.0.{digits(r, 8)}.{r.randint(1, 9)}",
            "issuer": r.choice(ALERT_ISSUERS[loc]),
            "event": r.choice(ALERT_EVENTS[loc]),
            "severity": r.choice(["Minor", "Moderate", "Severe", "Extreme"]),
            "level": r.choice(["yellow", "orange", "red", 2, 3]),
            "areas": some(r, ALERT_REGIONS[loc], 1, 3),
            "onset": iso(s, r),
            "expires": iso(s + _dt.timedelta(hours=r.choice([6, 12, 18, 24, 36, 48])), r),
        }
        if chance(r, 0.5):
            a["parameters"] = r.choice([{"gusts_kmh": r.choice([65, 75, 90, 100, 120])}, {"rain_mm_24h": r.choice([30, 40, 60, 80, 120])},
                                        {"tmax_c": r.randint(36, 44)}, {"snow_cm": r.choice([5, 10, 20, 40])}, {"wave_height_m": r.choice([3, 4, 5, 6])}])
        alerts.append(shuf(r, drop(r, a, ["id", "level", "expires"], 0.25)))
    payload = {"count": len(alerts), "alerts": alerts, "lang": loc}
    return wrap_tool(r, "weather_alerts", drop(r, payload, ["count", "lang"]), {"country": r.choice(COUNTRY_OF[loc])}), loc


STOCKS = [("SAP.DE", "SAP SE", "XETRA", "EUR", 120, 260), ("ALV.DE", "Allianz SE", "XETRA", "EUR", 200, 360),
          ("BAS.DE", "BASF SE", "XETRA", "EUR", 38, 60), ("DTE.DE", "Deutsche Telekom AG", "XETRA", "EUR", 20, 35),
          ("IFX.DE", "Infineon Technologies AG", "XETRA", "EUR", 25, 45), ("AIR.PA", "Airbus SE", "Euronext Paris", "EUR", 120, 210),
          ("TTE.PA", "TotalEnergies SE", "Euronext Paris", "EUR", 50, 70), ("BNP.PA", "BNP Paribas SA", "Euronext Paris", "EUR", 50, 80),
          ("ORA.PA", "Orange SA", "Euronext Paris", "EUR", 9, 12), ("ASML.AS", "ASML Holding NV", "Euronext Amsterdam", "EUR", 550, 1000),
          ("INGA.AS", "ING Groep NV", "Euronext Amsterdam", "EUR", 12, 20), ("ADYEN.AS", "Adyen NV", "Euronext Amsterdam", "EUR", 900, 1700),
          ("ITX.MC", "Industria de Diseño Textil SA", "BME", "EUR", 30, 55), ("IBE.MC", "Iberdrola SA", "BME", "EUR", 10, 17),
          ("TEF.MC", "Telefónica SA", "BME", "EUR", 3.5, 5), ("REP.MC", "Repsol SA", "BME", "EUR", 11, 16),
          ("ENEL.MI", "Enel SpA", "Borsa Italiana", "EUR", 5.5, 8), ("ENI.MI", "Eni SpA", "Borsa Italiana", "EUR", 12, 16),
          ("UCG.MI", "UniCredit SpA", "Borsa Italiana", "EUR", 20, 45), ("EDP.LS", "EDP SA", "Euronext Lisbon", "EUR", 3, 5),
          ("GALP.LS", "Galp Energia SGPS SA", "Euronext Lisbon", "EUR", 12, 20), ("NOS.LS", "NOS SGPS SA", "Euronext Lisbon", "EUR", 3, 4.2),
          ("AAPL", "Apple Inc.", "NASDAQ", "USD", 160, 250), ("MSFT", "Microsoft Corp.", "NASDAQ", "USD", 320, 480),
          ("NVDA", "NVIDIA Corp.", "NASDAQ", "USD", 40, 150), ("AMZN", "Amazon.com Inc.", "NASDAQ", "USD", 120, 220),
          ("INTC", "Intel Corp.", "NASDAQ", "USD", 19, 45), ("KO", "Coca-Cola Co.", "NYSE", "USD", 55, 72),
          ("NOVN.SW", "Novartis AG", "SIX", "CHF", 80, 110), ("VOD.L", "Vodafone Group PLC", "LSE", "GBp", 65, 80),
          ("HSBA.L", "HSBC Holdings PLC", "LSE", "GBp", 600, 900), ("ULVR.L", "Unilever PLC", "LSE", "GBp", 3800, 4800)]
STOCK_LOC = {"DE": "de", "PA": "fr", "AS": "nl", "MC": "es", "MI": "it", "LS": "pt"}


@frame("json_stock_quote", "decoy_json")
def f_stock_quote(r):
    sym, name, ex, cur, lo, hi = r.choice(STOCKS)
    loc = STOCK_LOC.get(sym.split(".")[-1], "en") if chance(r, 0.7) else pick_lang(r)
    p = round(r.uniform(lo, hi), 2 if hi < 1000 else 1)
    prev = round(p * r.uniform(0.96, 1.04), 2)
    q = {
        "symbol": sym, "shortName": name, "exchange": ex, "currency": cur,
        "regularMarketPrice": p, "previousClose": prev,
        "change": round(p - prev, 2), "changePercent": round((p - prev) / prev * 100, 2),
        "dayHigh": round(max(p, prev) * r.uniform(1.0, 1.02), 2), "dayLow": round(min(p, prev) * r.uniform(0.98, 1.0), 2),
        "volume": r.randint(150_000, 48_000_000), "marketCap": int(p * r.randint(300_000_000, 6_000_000_000)),
        "fiftyTwoWeekRange": f"{round(lo * r.uniform(0.9, 1.05), 2)} - {round(hi * r.uniform(0.95, 1.1), 2)}",
        "marketState": r.choice(["REGULAR", "CLOSED", "PRE", "POST"]),
        "regularMarketTime": iso(rand_dt(r), r),
    }
    q = drop(r, q, ["dayHigh", "dayLow", "marketCap", "fiftyTwoWeekRange", "marketState", "volume"], 0.35)
    if chance(r, 0.4):
        payload = {"quoteResponse": {"result": [shuf(r, q)], "error": None}}
    else:
        payload = shuf(r, q)
    return wrap_tool(r, "get_stock_quote", payload, {"symbol": sym}), loc


FX_BASE = {"USD": 1.08, "GBP": 0.85, "CHF": 0.95, "JPY": 162.0, "SEK": 11.4, "NOK": 11.6, "DKK": 7.46, "PLN": 4.3,
           "CZK": 25.1, "HUF": 395.0, "BRL": 5.9, "MXN": 19.5, "CAD": 1.47, "AUD": 1.63, "CNY": 7.8, "TRY": 35.0, "EUR": 1.0}


@frame("json_fx_rates", "decoy_json")
def f_fx_rates(r):
    loc = pick_lang(r)
    base = r.choice(["EUR", "EUR", "USD", "GBP", "CHF"])
    syms = some(r, [c for c in FX_BASE if c != base], 3, 10)
    rates = {}
    for c in syms:
        v = FX_BASE[c] / FX_BASE[base] * r.uniform(0.97, 1.03)
        rates[c] = round(v, 4 if v < 50 else 2)
    d = rand_date(r, 2024, 2026)
    k = r.randrange(3)
    if k == 0:
        payload = {"base": base, "date": d.isoformat(), "rates": rates}
    elif k == 1:
        payload = {"success": True, "timestamp": int(_dt.datetime(d.year, d.month, d.day, 16).replace(tzinfo=_dt.timezone.utc).timestamp()),
                   "source": base, "quotes": {base + c: v for c, v in rates.items()}}
    else:
        payload = {"data": [{"pair": f"{base}/{c}", "mid": v, "bid": round(v * 0.9995, 5), "ask": round(v * 1.0005, 5)} for c, v in rates.items()],
                   "as_of": iso(rand_dt(r), r), "provider": r.choice(["ECB reference", "interbank", "composite"])}
    return wrap_tool(r, "get_exchange_rates", payload, {"base": base, "symbols": ",".join(syms)}), loc


@frame("json_currency_convert_call", "decoy_json")
def f_currency_convert(r):
    loc = pick_lang(r)
    a, b = r.sample(list(FX_BASE), 2)
    amt = r.choice([12.5, 49.99, 100, 250, 1000, 1299, 37.8, 5400, 18.2, 72000, 640])
    rate = FX_BASE[b] / FX_BASE[a] * r.uniform(0.98, 1.02)
    res = {"query": {"from": a, "to": b, "amount": amt}, "info": {"rate": round(rate, 6), "timestamp": int(r.uniform(1.70e9, 1.79e9))},
           "result": round(amt * rate, 2)}
    if chance(r, 0.4):
        res["formatted"] = money(r, round(amt * rate, 2), loc, b if b in ("EUR", "USD", "GBP") else b)
    return wrap_tool(r, "convert_currency", shuf(r, res), {"amount": amt, "from": a, "to": b}), loc


@frame("json_crypto_orderbook", "decoy_json")
def f_crypto(r):
    loc = pick_lang(r)
    pair, mid = r.choice([("BTC-EUR", 58000), ("ETH-EUR", 2900), ("SOL-USD", 140), ("BTC-USDT", 64000), ("ADA-EUR", 0.42), ("XRP-USD", 0.55), ("LTC-EUR", 78)])
    mid = mid * r.uniform(0.85, 1.2)
    dec = 2 if mid > 10 else 5
    step = mid * 0.0002
    n = r.randint(3, 8)
    bids = [[round(mid - step * (i + 1), dec), round(r.uniform(0.01, 40 if mid < 100 else 2), 4)] for i in range(n)]
    asks = [[round(mid + step * (i + 1), dec), round(r.uniform(0.01, 40 if mid < 100 else 2), 4)] for i in range(n)]
    payload = {"product_id": pair, "sequence": r.randint(10 ** 10, 10 ** 11), "bids": bids, "asks": asks,
               "time": iso(rand_dt(r), r)}
    if chance(r, 0.5):
        payload["stats_24h"] = {"open": round(mid * 0.98, dec), "high": round(mid * 1.03, dec), "low": round(mid * 0.96, dec), "volume": round(r.uniform(100, 90000), 2)}
    return wrap_tool(r, "get_order_book", shuf(r, payload), {"product_id": pair, "level": 2}), loc


AIRCRAFT = ["A320neo", "A321neo", "A319", "A320", "B737-800", "B737 MAX 8", "E190", "E195-E2", "A220-300", "ATR 72-600", "B787-9", "A350-900", "A330-300", "CRJ900"]
FLIGHT_STATUS_TXT = {
    "en": {"scheduled": "On time", "boarding": "Boarding", "departed": "Departed", "delayed": "Delayed", "landed": "Landed", "cancelled": "Cancelled", "gate_closed": "Gate closed"},
    "de": {"scheduled": "Planmäßig", "boarding": "Boarding", "departed": "Gestartet", "delayed": "Verspätet", "landed": "Gelandet", "cancelled": "Annulliert", "gate_closed": "Gate geschlossen"},
    "fr": {"scheduled": "À l'heure", "boarding": "Embarquement", "departed": "Décollé", "delayed": "Retardé", "landed": "Atterri", "cancelled": "Annulé", "gate_closed": "Porte fermée"},
    "es": {"scheduled": "En hora", "boarding": "Embarcando", "departed": "Despegado", "delayed": "Retrasado", "landed": "Aterrizado", "cancelled": "Cancelado", "gate_closed": "Puerta cerrada"},
    "it": {"scheduled": "In orario", "boarding": "Imbarco", "departed": "Partito", "delayed": "In ritardo", "landed": "Atterrato", "cancelled": "Cancellato", "gate_closed": "Gate chiuso"},
    "pt": {"scheduled": "No horário", "boarding": "Embarque", "departed": "Partiu", "delayed": "Atrasado", "landed": "Aterrou", "cancelled": "Cancelado", "gate_closed": "Porta fechada"},
    "nl": {"scheduled": "Op tijd", "boarding": "Instappen", "departed": "Vertrokken", "delayed": "Vertraagd", "landed": "Geland", "cancelled": "Geannuleerd", "gate_closed": "Gate gesloten"},
}


def flight_no(r):
    code, name = r.choice(AIRLINES)
    return code, name, f"{code}{r.choice(['', ' '])}{r.randint(1, 9899)}"


def gate(r):
    return f"{r.choice('ABCDEFGHKZ')}{r.randint(1, 68)}"


@frame("json_flight_status", "decoy_json")
def f_flight_status(r):
    loc = pick_lang(r)
    code, airline, fno = flight_no(r)
    (a, ac), (b, bc) = r.sample(AIRPORTS, 2)
    dep = rand_dt(r)
    dur = r.randint(55, 260)
    delay = r.choice([0, 0, 0, 5, 12, 25, 40, 75, 130])
    st = r.choice(list(FLIGHT_STATUS_TXT["en"]))
    if delay and st == "scheduled":
        st = "delayed"
    payload = {
        "flight": fno.replace(" ", ""), "airline": {"iata": code, "name": airline},
        "departure": shuf(r, drop(r, {"iata": a, "city": ac, "terminal": r.choice(["1", "2", "2E", "2F", "T1", "T2", "A", "B", "4", None]), "gate": gate(r),
                                      "scheduled": iso(dep, r), "estimated": iso(dep + _dt.timedelta(minutes=delay), r), "checkin_desks": f"{r.randint(1, 200)}-{r.randint(201, 260)}"},
                                  ["checkin_desks", "terminal"])),
        "arrival": shuf(r, drop(r, {"iata": b, "city": bc, "terminal": r.choice(["1", "2", "3", "S", "T1", None]), "baggage_belt": r.randint(1, 28),
                                    "scheduled": iso(dep + _dt.timedelta(minutes=dur), r)}, ["baggage_belt", "terminal"])),
        "status": st, "status_text": FLIGHT_STATUS_TXT[loc][st], "delay_min": delay,
        "aircraft": shuf(r, drop(r, {"type": r.choice(AIRCRAFT), "registration": r.choice(["D-A", "F-H", "EC-", "EI-", "PH-", "CS-T", "HB-J", "OE-L", "G-E"]) + alnum(r, 3, string.ascii_uppercase)}, ["registration"], 0.5)),
    }
    if chance(r, 0.3):
        payload["codeshares"] = [f"{c}{r.randint(1000, 9999)}" for c, _ in r.sample(AIRLINES, r.randint(1, 3))]
    return wrap_tool(r, "flight_status", shuf(r, drop(r, payload, ["aircraft", "status_text"], 0.25)),
                     {"flight_number": fno.replace(" ", ""), "date": dep.date().isoformat()}), loc


@frame("json_flight_offers", "decoy_json")
def f_flight_offers(r):
    loc = pick_lang(r)
    (a, _), (b, _) = r.sample(AIRPORTS, 2)
    d = rand_date(r, 2025, 2026)
    cur = r.choice(["EUR", "EUR", "EUR", "GBP", "USD", "CHF"])
    offers = []
    for i in range(r.randint(2, 6)):
        segs = []
        t = _dt.datetime(d.year, d.month, d.day, r.randint(5, 20), r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))
        stops = r.choice([0, 0, 1, 1, 2])
        pts = [a] + [r.choice(["FRA", "MUC", "AMS", "CDG", "MAD", "LIS", "ZRH", "VIE", "BRU", "FCO"]) for _ in range(stops)] + [b]
        for x, y in zip(pts, pts[1:]):
            code, _, _ = flight_no(r)
            dur = r.randint(50, 200)
            segs.append({"from": x, "to": y, "dep": t.strftime("%Y-%m-%dT%H:%M"), "arr": (t + _dt.timedelta(minutes=dur)).strftime("%Y-%m-%dT%H:%M"),
                         "carrier": code, "number": str(r.randint(10, 9899)), "aircraft": r.choice(AIRCRAFT)})
            t += _dt.timedelta(minutes=dur + r.randint(45, 180))
        tot = sum(1 for _ in segs)
        o = {"id": str(i + 1), "price": {"total": f"{price(r, 39, 980):.2f}", "currency": cur},
             "itineraries": [{"duration": f"PT{r.randint(1, 14)}H{r.choice([0, 5, 10, 15, 20, 35, 40, 50, 55])}M", "segments": segs}],
             "numberOfBookableSeats": r.randint(1, 9), "cabin": r.choice(["ECONOMY", "ECONOMY", "PREMIUM_ECONOMY", "BUSINESS"]),
             "fareBrand": r.choice(["LIGHT", "CLASSIC", "FLEX", "BASIC", "STANDARD", "PLUS", "SAVER"]),
             "includedCheckedBags": {"quantity": r.choice([0, 0, 1, 1, 2])}, "segmentsCount": tot}
        offers.append(shuf(r, drop(r, o, ["numberOfBookableSeats", "fareBrand", "segmentsCount"], 0.4), 0.2))
    payload = {"meta": {"count": len(offers), "currency": cur, "locale": {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-PT", "nl": "nl-NL"}[loc]},
               "data": offers}
    return wrap_tool(r, "search_flights", payload, {"origin": a, "destination": b, "departureDate": d.isoformat(), "adults": r.randint(1, 4)}), loc


CABIN_NAMES = {"en": "Economy", "de": "Economy", "fr": "Économique", "es": "Turista", "it": "Economy", "pt": "Económica", "nl": "Economy"}


@frame("json_seat_map", "decoy_json")
def f_seat_map(r):
    loc = pick_lang(r)
    _, _, fno = flight_no(r)
    letters = r.choice(["ABCDEF", "ABCDEF", "ACDF", "ABC DEFG HJK".replace(" ", "")])
    first = r.randint(1, 20)
    rows = []
    compact = chance(r, 0.4)
    for row in range(first, first + r.randint(3, 9)):
        if row == 13 and chance(r, 0.7):
            continue
        if compact:
            rows.append({"row": row, "seats": "".join(ch if chance(r, 0.45) else "." for ch in letters),
                         "exit": row in (12, 14, 15) and chance(r, 0.5)})
        else:
            seats = []
            for ch in letters:
                s = {"seat": f"{row}{ch}", "status": r.choice(["AVAILABLE", "OCCUPIED", "OCCUPIED", "BLOCKED"])}
                ch_list = []
                if ch in (letters[0], letters[-1]):
                    ch_list.append("WINDOW")
                if ch in ("C", "D", "G", "H") and len(letters) > 4:
                    ch_list.append("AISLE")
                if row in (12, 14, 15):
                    ch_list.append("EXIT_ROW")
                if ch_list and chance(r, 0.8):
                    s["characteristics"] = ch_list
                if s["status"] == "AVAILABLE" and chance(r, 0.6):
                    s["price"] = {"amount": r.choice([8, 12, 15, 19.99, 24, 29, 35, 45]), "currency": r.choice(["EUR", "GBP"])}
                seats.append(s)
            rows.append({"row": row, "seats": seats})
    payload = {"flight": fno.replace(" ", ""), "cabin": CABIN_NAMES[loc], "aircraft": r.choice(AIRCRAFT), "layout": "-".join([letters[:3], letters[3:]]) if len(letters) == 6 else letters,
               "rows": rows, "legend": {".": "occupied/blocked"} if compact else None}
    if not compact:
        payload.pop("legend")
    return wrap_tool(r, "get_seat_map", payload, {"flight": fno, "segment": 1}), loc


TRAINS = {
    "de": (["ICE", "ICE", "IC", "EC", "RE", "RB", "FLX"], "Gleis", "DB Fernverkehr"),
    "fr": (["TGV INOUI", "OUIGO", "TER", "Intercités", "TGV Lyria"], "Voie", "SNCF Voyageurs"),
    "es": (["AVE", "Avlo", "Alvia", "Iryo", "Ouigo", "Media Distancia"], "Vía", "Renfe"),
    "it": (["Frecciarossa", "Frecciargento", "Italo", "Intercity", "Regionale Veloce"], "Binario", "Trenitalia"),
    "pt": (["Alfa Pendular", "Intercidades", "Regional", "InterRegional", "Urbano"], "Linha", "CP"),
    "nl": (["Intercity", "Sprinter", "ICD", "IC Direct", "Eurocity"], "Spoor", "NS"),
    "en": (["LNER", "Avanti West Coast", "CrossCountry", "GWR", "TransPennine Express", "ScotRail"], "Platform", "National Rail"),
}


@frame("json_train_connections", "decoy_json")
def f_train_connections(r):
    loc = pick_lang(r)
    kinds, plat, op = TRAINS[loc]
    a, b = r.sample(STATIONS[loc], 2)
    d = rand_date(r, 2025, 2026)
    t = _dt.datetime(d.year, d.month, d.day, r.randint(5, 19), r.choice(range(0, 60, 2)))
    conns = []
    for _ in range(r.randint(2, 6)):
        t += _dt.timedelta(minutes=r.choice([15, 20, 30, 30, 45, 60, 60, 90, 120]))
        dur = r.randint(35, 330)
        legs = []
        nchg = r.choice([0, 0, 0, 1, 1, 2])
        for j in range(nchg + 1):
            legs.append({"train": f"{r.choice(kinds)} {r.randint(1, 9999)}", plat.lower(): str(r.randint(1, 22)) + r.choice(["", "", "", "a", "b", " A-C"])})
        c = {"departure": t.strftime("%H:%M"), "arrival": (t + _dt.timedelta(minutes=dur)).strftime("%H:%M"),
             "duration": f"{dur // 60}:{dur % 60:02d}", "changes": nchg, "legs": legs,
             "delay_min": r.choice([0, 0, 0, 0, 3, 5, 8, 15, 27, 60]),
             "price": {"amount": price(r, 9.9, 189), "currency": "GBP" if loc == "en" else "EUR"},
             "occupancy": r.choice(["low", "medium", "high", "very_high"]),
             "cancelled": chance(r, 0.05)}
        conns.append(shuf(r, drop(r, c, ["price", "occupancy", "delay_min", "cancelled"], 0.3), 0.25))
    payload = {"from": a, "to": b, "date": d.isoformat(), "operator": op, "connections": conns}
    return wrap_tool(r, "search_trains", payload, {"from": a, "to": b, "date": d.isoformat(), "time": "08:00"}), loc


# ===========================================================================
# JSON frames: sports, shopping, tracking, calendar, food, catalogues
# ===========================================================================

LEAGUES = {
    "de": ("Bundesliga", ["FC Bayern München", "Borussia Dortmund", "RB Leipzig", "Bayer 04 Leverkusen", "VfB Stuttgart", "Eintracht Frankfurt",
                          "SC Freiburg", "VfL Wolfsburg", "1. FSV Mainz 05", "SV Werder Bremen", "1. FC Union Berlin", "FC Augsburg",
                          "Borussia Mönchengladbach", "TSG Hoffenheim", "1. FC Heidenheim 1846", "VfL Bochum", "Holstein Kiel", "Hamburger SV"]),
    "fr": ("Ligue 1", ["Paris SG", "Olympique de Marseille", "AS Monaco", "LOSC Lille", "OGC Nice", "Olympique Lyonnais", "RC Lens", "Stade Rennais",
                       "Stade Brestois 29", "Toulouse FC", "FC Nantes", "RC Strasbourg Alsace", "Montpellier HSC", "Stade de Reims", "Angers SCO",
                       "AJ Auxerre", "Le Havre AC", "FC Lorient"]),
    "es": ("LaLiga", ["Real Madrid", "FC Barcelona", "Atlético de Madrid", "Athletic Club", "Real Sociedad", "Villarreal CF", "Real Betis", "Sevilla FC",
                      "Valencia CF", "Girona FC", "CA Osasuna", "RC Celta", "RCD Mallorca", "Getafe CF", "Rayo Vallecano", "UD Las Palmas",
                      "Deportivo Alavés", "RCD Espanyol"]),
    "it": ("Serie A", ["Inter", "Milan", "Juventus", "Napoli", "Atalanta", "Roma", "Lazio", "Fiorentina", "Bologna", "Torino", "Udinese", "Genoa",
                       "Lecce", "Cagliari", "Empoli", "Hellas Verona", "Parma", "Como"]),
    "pt": ("Liga Portugal", ["SL Benfica", "FC Porto", "Sporting CP", "SC Braga", "Vitória SC", "Moreirense", "Rio Ave", "Casa Pia", "Famalicão",
                             "Estoril Praia", "Arouca", "Boavista", "Nacional", "Estrela da Amadora", "AVS", "Farense", "Chaves", "Portimonense"]),
    "nl": ("Eredivisie", ["PSV", "Feyenoord", "Ajax", "AZ", "FC Twente", "FC Utrecht", "Go Ahead Eagles", "NEC", "sc Heerenveen", "Sparta Rotterdam",
                          "Fortuna Sittard", "PEC Zwolle", "FC Groningen", "Heracles Almelo", "NAC Breda", "RKC Waalwijk", "Almere City FC", "Excelsior"]),
    "en": ("Premier League", ["Arsenal", "Manchester City", "Liverpool", "Aston Villa", "Chelsea", "Newcastle United", "Manchester United",
                              "West Ham United", "Crystal Palace", "Brighton & Hove Albion", "Bournemouth", "Fulham", "Wolverhampton Wanderers",
                              "Everton", "Brentford", "Nottingham Forest", "Leicester City", "Ipswich Town"]),
}
STADIUMS = ["Allianz Arena", "Signal Iduna Park", "Red Bull Arena", "MHPArena", "Deutsche Bank Park", "Parc des Princes", "Stade Vélodrome",
            "Riyadh Air Metropolitano", "Mestalla", "San Mamés", "Reale Arena", "Stadio Olimpico", "Allianz Stadium",
            "Estádio da Luz", "Estádio do Dragão", "Estádio Municipal de Braga", "De Kuip", "Philips Stadion",
            "Stadion Galgenwaard", "Emirates Stadium", "Etihad Stadium", "Anfield", "Villa Park", "Stamford Bridge", "Old Trafford",
            "London Stadium", "Selhurst Park", "Amex Stadium", "Craven Cottage", "City Ground", "King Power Stadium"]


LEAGUE_STADIUMS = {"de": STADIUMS[0:5], "fr": ["Parc des Princes", "Stade Vélodrome", "Allianz Riviera", "Roazhon Park"],
                   "es": ["Riyadh Air Metropolitano", "Mestalla", "San Mamés", "Reale Arena"], "it": ["Stadio Olimpico", "Allianz Stadium", "San Siro", "Bluenergy Stadium"],
                   "pt": ["Estádio da Luz", "Estádio do Dragão", "Estádio Municipal de Braga"], "nl": ["De Kuip", "Philips Stadion", "Stadion Galgenwaard"],
                   "en": [x for x in STADIUMS if x in ("Emirates Stadium", "Etihad Stadium", "Anfield", "Villa Park", "Stamford Bridge", "Old Trafford", "London Stadium", "Selhurst Park", "Amex Stadium", "City Ground")]}


@frame("json_football_matchday", "decoy_json")
def f_football_matchday(r):
    loc = pick_lang(r)
    league, teams = LEAGUES[loc]
    md = r.randint(1, 34)
    d = rand_date(r, 2024, 2026)
    tt = r.sample(teams, 2 * r.randint(2, 9))
    matches = []
    for i in range(0, len(tt), 2):
        hs, as_ = r.choice([0, 0, 1, 1, 1, 2, 2, 3, 4]), r.choice([0, 0, 1, 1, 2, 2, 3])
        status = r.choice(["FT", "FT", "FT", "FT", "HT", "LIVE", "NS", "PST"])
        m = {"home": tt[i], "away": tt[i + 1], "kickoff": f"{d.isoformat()}T{r.choice(['13:30', '15:00', '15:30', '17:30', '18:00', '18:30', '20:30', '20:45', '21:00'])}:00"}
        if status in ("FT", "HT", "LIVE"):
            m["score"] = f"{hs}-{as_}" if chance(r, 0.5) else {"home": hs, "away": as_}
            if status == "FT" and chance(r, 0.5):
                m["ht"] = f"{min(hs, r.randint(0, hs))}-{min(as_, r.randint(0, as_))}"
            if chance(r, 0.4):
                goals = sorted([r.randint(1, 90) for _ in range(hs + as_)])
                sides = ["home"] * hs + ["away"] * as_
                r.shuffle(sides)
                m["goals"] = [{"minute": g, "team": s, **({"type": r.choice(["penalty", "own_goal", "header"])} if chance(r, 0.2) else {})} for g, s in zip(goals, sides)]
            if chance(r, 0.3):
                m["cards"] = {"yellow": [r.randint(0, 4), r.randint(0, 4)], "red": [r.choice([0, 0, 0, 1]), r.choice([0, 0, 0, 1])]}
            if status == "LIVE":
                m["minute"] = r.randint(1, 90)
        if chance(r, 0.35):
            m["attendance"] = r.randint(8000, 81000)
        if chance(r, 0.3):
            m["venue"] = r.choice(LEAGUE_STADIUMS[loc])
        m["status"] = status
        matches.append(shuf(r, m, 0.2))
    payload = {"competition": league, "season": r.choice(["2024/25", "2025/26", "2024-2025", "2025"]), "matchday": md, "matches": matches}
    return wrap_tool(r, "get_fixtures", shuf(r, payload, 0.2), {"league": league, "matchday": md}), loc


@frame("json_league_table", "decoy_json")
def f_league_table(r):
    loc = pick_lang(r)
    league, teams = LEAGUES[loc]
    p = r.randint(5, 34)
    rows = []
    for t in teams:
        w = r.randint(0, p)
        dd = r.randint(0, p - w)
        l = p - w - dd
        gf = w * 2 + dd + r.randint(0, 10)
        ga = l * 2 + dd + r.randint(0, 10)
        rows.append({"team": t, "played": p, "won": w, "drawn": dd, "lost": l, "gf": gf, "ga": ga, "gd": gf - ga, "points": 3 * w + dd,
                     "form": "".join(r.choice("WDL") for _ in range(5))})
    rows.sort(key=lambda x: (-x["points"], -x["gd"], -x["gf"]))
    cut = r.choice([len(rows), 6, 8, 10])
    fields = ["team", "played", "won", "drawn", "lost", "gf", "ga", "gd", "points"] + (["form"] if chance(r, 0.5) else [])
    short = chance(r, 0.4)
    out = []
    for i, row in enumerate(rows[:cut], 1):
        if short:
            out.append([i, row["team"], row["played"], row["won"], row["drawn"], row["lost"], f"{row['gf']}:{row['ga']}", row["points"]])
        else:
            out.append({"position": i, **{k: row[k] for k in fields}})
    payload = {"league": league, "updated": iso(rand_dt(r), r), "standings": out}
    if short:
        payload["columns"] = ["pos", "team", "P", "W", "D", "L", "goals", "pts"]
    return wrap_tool(r, "league_standings", payload, {"league": league}), loc


EUROLEAGUE = ["Real Madrid", "FC Barcelona", "Olympiacos", "Panathinaikos", "Fenerbahçe", "Anadolu Efes", "Baskonia", "Valencia Basket",
              "Virtus Bologna", "Olimpia Milano", "ALBA Berlin", "FC Bayern München", "AS Monaco", "Paris Basketball", "Partizan", "Crvena zvezda",
              "Maccabi Tel Aviv", "Žalgiris Kaunas", "LDLC ASVEL"]


@frame("json_basketball_boxscore", "decoy_json")
def f_basketball(r):
    loc = pick_lang(r)
    h, a = r.sample(EUROLEAGUE, 2)
    qs = [[r.randint(12, 29) for _ in range(4)] for _ in range(2)]
    ot = chance(r, 0.08)
    if ot:
        qs[0].append(r.randint(4, 14))
        qs[1].append(r.randint(4, 14))
    def team_stats():
        fga = r.randint(55, 72)
        fgm = int(fga * r.uniform(0.38, 0.55))
        return {"fgm": fgm, "fga": fga, "fg_pct": round(fgm / fga * 100, 1), "three_pm": r.randint(5, 16), "three_pa": r.randint(18, 36),
                "ftm": r.randint(8, 24), "fta": r.randint(10, 30), "reb": r.randint(26, 44), "ast": r.randint(11, 26), "stl": r.randint(3, 11),
                "tov": r.randint(7, 17), "blk": r.randint(0, 6), "pir": r.randint(60, 120)}
    payload = {"competition": "EuroLeague", "round": r.randint(1, 34), "home": {"team": h, "quarters": qs[0], "total": sum(qs[0])},
               "away": {"team": a, "quarters": qs[1], "total": sum(qs[1])}, "final": True, "overtime": ot,
               "arena_capacity_used_pct": r.randint(55, 100)}
    if chance(r, 0.6):
        payload["home"]["stats"] = shuf(r, team_stats())
        payload["away"]["stats"] = shuf(r, team_stats())
    if chance(r, 0.4):
        payload["tipoff"] = iso(rand_dt(r), r)
    return wrap_tool(r, "game_boxscore", shuf(r, payload, 0.2), {"game_code": r.randint(1, 340), "season": "E2025"}), loc


PRODUCT_TYPES = [
    ({"en": "Power bank {v} mAh USB-C PD", "de": "Powerbank {v} mAh USB-C PD", "fr": "Batterie externe {v} mAh USB-C PD", "es": "Batería externa {v} mAh USB-C PD",
      "it": "Power bank {v} mAh USB-C PD", "pt": "Bateria externa {v} mAh USB-C PD", "nl": "Powerbank {v} mAh USB-C PD"}, [10000, 20000, 26800], (19, 79), "PB"),
    ({"en": "Electric kettle {v} l, stainless steel", "de": "Wasserkocher {v} l, Edelstahl", "fr": "Bouilloire électrique {v} l, inox", "es": "Hervidor eléctrico {v} l, acero inoxidable",
      "it": "Bollitore elettrico {v} l, acciaio inox", "pt": "Chaleira elétrica {v} l, aço inoxidável", "nl": "Waterkoker {v} l, rvs"}, ["1,0", "1,5", "1,7"], (24, 89), "WK"),
    ({"en": 'Monitor {v}" QHD 165 Hz', "de": 'Monitor {v} Zoll QHD 165 Hz', "fr": 'Écran {v} pouces QHD 165 Hz', "es": 'Monitor {v}" QHD 165 Hz',
      "it": 'Monitor {v}" QHD 165 Hz', "pt": 'Monitor {v}" QHD 165 Hz', "nl": 'Monitor {v} inch QHD 165 Hz'}, [24, 27, 32], (169, 549), "MN"),
    ({"en": "Trail running shoe, EU size {v}", "de": "Trailrunning-Schuh, Gr. {v}", "fr": "Chaussure de trail, pointure {v}", "es": "Zapatilla de trail, talla {v}",
      "it": "Scarpa da trail running, taglia {v}", "pt": "Sapatilha de trail, tamanho {v}", "nl": "Trailschoen, maat {v}"}, [39, 40, 41, "42,5", 44, 45, 46], (69, 179), "TR"),
    ({"en": "Cast iron skillet {v} cm", "de": "Gusseisenpfanne {v} cm", "fr": "Poêle en fonte {v} cm", "es": "Sartén de hierro fundido {v} cm",
      "it": "Padella in ghisa {v} cm", "pt": "Frigideira de ferro fundido {v} cm", "nl": "Gietijzeren koekenpan {v} cm"}, [20, 24, 26, 28, 30], (29, 119), "CI"),
    ({"en": "Winter tyre {v}", "de": "Winterreifen {v}", "fr": "Pneu hiver {v}", "es": "Neumático de invierno {v}", "it": "Pneumatico invernale {v}",
      "pt": "Pneu de inverno {v}", "nl": "Winterband {v}"}, ["205/55 R16 91H", "225/45 R17 94V XL", "195/65 R15 91T", "215/60 R16 99H"], (62, 189), "WT"),
    ({"en": "LED bulb E27 {v} W 2700 K, pack of 4", "de": "LED-Lampe E27 {v} W 2700 K, 4er-Pack", "fr": "Ampoule LED E27 {v} W 2700 K, lot de 4",
      "es": "Bombilla LED E27 {v} W 2700 K, pack de 4", "it": "Lampadina LED E27 {v} W 2700 K, confezione da 4", "pt": "Lâmpada LED E27 {v} W 2700 K, pack de 4",
      "nl": "Ledlamp E27 {v} W 2700 K, 4 stuks"}, ["6", "8,5", "9", "11"], (7, 25), "LD"),
    ({"en": "Cordless drill 18 V, {v} Ah battery", "de": "Akku-Bohrschrauber 18 V, {v} Ah", "fr": "Perceuse-visseuse sans fil 18 V, {v} Ah",
      "es": "Taladro atornillador 18 V, batería {v} Ah", "it": "Trapano avvitatore 18 V, batteria {v} Ah", "pt": "Berbequim aparafusador 18 V, bateria {v} Ah",
      "nl": "Accuboormachine 18 V, {v} Ah"}, ["2,0", "4,0", "5,0"], (59, 239), "DR"),
    ({"en": "Sleeping bag comfort {v} °C", "de": "Schlafsack Komfort {v} °C", "fr": "Sac de couchage confort {v} °C", "es": "Saco de dormir confort {v} °C",
      "it": "Sacco a pelo comfort {v} °C", "pt": "Saco-cama conforto {v} °C", "nl": "Slaapzak comfort {v} °C"}, [-10, -5, 0, 5, 10], (39, 259), "SB"),
    ({"en": "USB-C hub {v}-in-1, 4K HDMI", "de": "USB-C-Hub {v}-in-1, 4K HDMI", "fr": "Hub USB-C {v} en 1, HDMI 4K", "es": "Hub USB-C {v} en 1, HDMI 4K",
      "it": "Hub USB-C {v} in 1, HDMI 4K", "pt": "Hub USB-C {v} em 1, HDMI 4K", "nl": "USB-C-hub {v}-in-1, 4K HDMI"}, [4, 7, 9, 11], (17, 69), "HB"),
    ({"en": "Coffee beans, medium roast, {v} g", "de": "Kaffeebohnen, mittlere Röstung, {v} g", "fr": "Café en grains, torréfaction moyenne, {v} g",
      "es": "Café en grano, tueste medio, {v} g", "it": "Caffè in grani, tostatura media, {v} g", "pt": "Café em grão, torra média, {v} g",
      "nl": "Koffiebonen, medium branding, {v} g"}, [250, 500, 1000], (5, 32), "CB"),
    ({"en": "Hiking backpack {v} L", "de": "Wanderrucksack {v} l", "fr": "Sac à dos de randonnée {v} L", "es": "Mochila de senderismo {v} L",
      "it": "Zaino da trekking {v} L", "pt": "Mochila de caminhada {v} L", "nl": "Wandelrugzak {v} l"}, [20, 28, 35, 45, 60], (39, 189), "BP"),
    ({"en": "Interior wall paint, white matt, {v} l", "de": "Wandfarbe innen, weiß matt, {v} l", "fr": "Peinture murale blanc mat, {v} L",
      "es": "Pintura plástica blanco mate, {v} l", "it": "Idropittura murale bianco opaco, {v} l", "pt": "Tinta plástica branco mate, {v} l",
      "nl": "Muurverf wit mat, {v} l"}, ["2,5", "5", "10"], (14, 74), "WP"),
    ({"en": "Robot vacuum, {v} Pa suction", "de": "Saugroboter, {v} Pa Saugkraft", "fr": "Aspirateur robot, aspiration {v} Pa", "es": "Robot aspirador, succión {v} Pa",
      "it": "Robot aspirapolvere, aspirazione {v} Pa", "pt": "Robô aspirador, sucção {v} Pa", "nl": "Robotstofzuiger, {v} Pa zuigkracht"}, [2700, 4000, 6000, 8000], (159, 699), "RV"),
]


def product(r, loc):
    names, vals, (lo, hi), pre = r.choice(PRODUCT_TYPES)
    v = r.choice(vals)
    if loc == "en":
        v = str(v).replace(",", ".")
    brand = r.choice(BRANDS)
    title = f"{brand} {names[loc].format(v=v)}"
    model = f"{pre}-{r.randint(100, 9900)}{r.choice(['', '', 'X', 'S', ' Pro', ' Plus', 'E'])}"
    return brand, title, model, price(r, lo, hi)


@frame("json_product_search", "decoy_json")
def f_product_search(r):
    loc = pick_lang(r)
    cur = "GBP" if loc == "en" and chance(r, 0.3) else ("USD" if loc == "en" and chance(r, 0.4) else "EUR")
    items = []
    for _ in range(r.randint(2, 7)):
        brand, title, model, p = product(r, loc)
        it = {"sku": f"{model.replace(' ', '').upper()}-{alnum(r, 3)}", "gtin13": ean13(r), "title": title, "brand": brand, "model": model,
              "price": {"value": p, "currency": cur}, "rating": round(r.uniform(2.8, 4.9), 1), "reviews": r.randint(0, 8400),
              "in_stock": chance(r, 0.8), "delivery_days": r.choice([1, 1, 2, 2, 3, 5, 7, 14]),
              "seller": r.choice(FICT_COMPANIES + ["Marketplace", "Direct"])}
        if chance(r, 0.3):
            it["was_price"] = round(p * r.uniform(1.1, 1.4), 2)
        items.append(shuf(r, drop(r, it, ["gtin13", "model", "reviews", "seller", "delivery_days"], 0.3), 0.2))
    q = r.choice(["powerbank", "usb c hub", "cast iron pan", "winter tyres 16", "led e27", "sleeping bag", "kettle", "monitor 27", "backpack 35l", "drill 18v"])
    payload = {"query": q, "total_results": r.randint(len(items), 3200), "page": r.randint(1, 4), "results": items}
    return wrap_tool(r, "product_search", shuf(r, payload, 0.3), {"q": q, "locale": loc, "sort": r.choice(["relevance", "price_asc", "rating"])}), loc


SPEC_KEYS = {
    "en": ["Weight", "Dimensions", "Power", "Warranty", "Colour", "Material", "Country of origin", "Energy class", "Noise level"],
    "de": ["Gewicht", "Abmessungen", "Leistung", "Garantie", "Farbe", "Material", "Herkunftsland", "Energieeffizienzklasse", "Geräuschpegel"],
    "fr": ["Poids", "Dimensions", "Puissance", "Garantie", "Couleur", "Matériau", "Pays d'origine", "Classe énergétique", "Niveau sonore"],
    "es": ["Peso", "Dimensiones", "Potencia", "Garantía", "Color", "Material", "País de origen", "Clase energética", "Nivel de ruido"],
    "it": ["Peso", "Dimensioni", "Potenza", "Garanzia", "Colore", "Materiale", "Paese di origine", "Classe energetica", "Rumorosità"],
    "pt": ["Peso", "Dimensões", "Potência", "Garantia", "Cor", "Material", "País de origem", "Classe energética", "Nível de ruído"],
    "nl": ["Gewicht", "Afmetingen", "Vermogen", "Garantie", "Kleur", "Materiaal", "Land van herkomst", "Energieklasse", "Geluidsniveau"],
}
COLOURS = {"en": ["black", "white", "graphite", "sage green", "navy"], "de": ["schwarz", "weiß", "graphit", "salbeigrün", "marineblau"],
           "fr": ["noir", "blanc", "graphite", "vert sauge", "bleu marine"], "es": ["negro", "blanco", "grafito", "verde salvia", "azul marino"],
           "it": ["nero", "bianco", "grafite", "verde salvia", "blu navy"], "pt": ["preto", "branco", "grafite", "verde-salva", "azul-marinho"],
           "nl": ["zwart", "wit", "grafiet", "saliegroen", "marineblauw"]}


@frame("json_product_detail", "decoy_json")
def f_product_detail(r):
    loc = pick_lang(r)
    brand, title, model, p = product(r, loc)
    ks = SPEC_KEYS[loc]
    specs = {
        ks[0]: f"{fnum(r.uniform(0.2, 9.5), r.choice([1, 2]), loc)} kg",
        ks[1]: f"{r.randint(40, 600)} x {r.randint(30, 400)} x {r.randint(10, 300)} mm",
        ks[2]: f"{r.choice([5, 12, 20, 45, 65, 100, 650, 1200, 2200])} W",
        ks[3]: r.choice(["24", "36", "12", "60"]) + {"en": " months", "de": " Monate", "fr": " mois", "es": " meses", "it": " mesi", "pt": " meses", "nl": " maanden"}[loc],
        ks[4]: r.choice(COLOURS[loc]),
        ks[5]: r.choice(["ABS", "PP", "aluminium", "EPDM", "PET", "inox 18/10", "nylon 210D", "PU"]),
        ks[6]: r.choice(["DE", "CN", "PL", "PT", "IT", "VN", "CZ", "ES", "TW"]),
        ks[7]: r.choice(["A", "B", "C", "D", "E", "F"]),
        ks[8]: f"{r.randint(28, 78)} dB(A)",
    }
    payload = {"id": f"{alnum(r, 2)}{digits(r, 8)}", "title": title, "brand": brand, "model_number": model, "ean": ean13(r),
               "price": money(r, p, loc), "specifications": shuf(r, drop(r, specs, ks[2:], 0.45)),
               "in_box": r.sample(["USB-C cable", "quick start guide", "2 x battery", "carry case", "wall bracket", "4 x screws M4x12", "adapter EU/UK"], r.randint(1, 4))}
    if chance(r, 0.3):
        payload["variants"] = [{"sku": f"{model.replace(' ', '')}-{c[:3].upper()}", "colour": c} for c in r.sample(COLOURS[loc], r.randint(2, 4))]
    return wrap_tool(r, "get_product", shuf(r, drop(r, payload, ["ean", "in_box"], 0.3), 0.3), {"product_id": payload["id"]}), loc


FOODS = {
    "en": ["Oat drink barista", "Greek style yoghurt 0%", "Wholegrain crackers", "Smoked paprika crisps", "Peanut butter smooth", "Granola with nuts"],
    "de": ["Haferdrink Barista", "Vollkorn-Knäckebrot", "Bio-Gemüsebrühe", "Laugenbrezeln", "Skyr natur", "Roggenmischbrot geschnitten"],
    "fr": ["Yaourt nature au lait entier", "Biscottes complètes", "Rillettes de thon", "Compote pomme sans sucres ajoutés", "Petit épeautre", "Galettes de riz"],
    "es": ["Galletas de avena", "Gazpacho refrigerado", "Garbanzos cocidos", "Atún en aceite de oliva", "Turrón blando", "Pan de molde integral"],
    "it": ["Passata di pomodoro", "Grissini torinesi", "Pesto alla genovese", "Fette biscottate integrali", "Ceci lessati", "Tarallini all'olio"],
    "pt": ["Azeite virgem extra", "Bolachas de água e sal", "Sardinhas em azeite", "Arroz carolino", "Doce de abóbora", "Tremoços"],
    "nl": ["Hagelslag puur", "Volkoren beschuit", "Pindakaas met stukjes", "Ontbijtkoek", "Karnemelk", "Stroopwafels"],
}
FOOD_BRANDS = ["Campo Claro", "Bergwiese", "La Fermette", "Huerta Sol", "Colle Verde", "Quinta do Vale", "Molenhoek", "Northfield", "Gut Eichenhof", "Terra Nostra"]


@frame("json_food_barcode_lookup", "decoy_json")
def f_food_barcode(r):
    loc = pick_lang(r)
    code = ean13(r, {"de": "400", "fr": "376", "es": "84", "it": "80", "pt": "560", "nl": "87", "en": "50"}[loc])
    kcal = r.randint(18, 620)
    n = {"energy-kcal_100g": kcal, "energy-kj_100g": round(kcal * 4.184), "fat_100g": round(r.uniform(0, 52), 1),
         "saturated-fat_100g": round(r.uniform(0, 12), 1), "carbohydrates_100g": round(r.uniform(0, 75), 1), "sugars_100g": round(r.uniform(0, 40), 1),
         "fiber_100g": round(r.uniform(0, 12), 1), "proteins_100g": round(r.uniform(0, 30), 1), "salt_100g": round(r.uniform(0, 2.8), 2)}
    prod = {"code": code, "product_name": r.choice(FOODS[loc]), "brands": r.choice(FOOD_BRANDS),
            "quantity": r.choice(["250 g", "500 g", "1 l", "400 g", "330 ml", "750 ml", "150 g", "6 x 125 g", "1 kg"]),
            "nutriscore_grade": r.choice("abcde"), "nova_group": r.randint(1, 4), "nutriments": shuf(r, drop(r, n, ["fiber_100g", "energy-kj_100g"], 0.4)),
            "allergens_tags": r.sample(["en:gluten", "en:milk", "en:nuts", "en:soybeans", "en:sesame-seeds", "en:fish", "en:eggs"], r.randint(0, 3)),
            "countries_tags": [f"en:{c}" for c in r.sample(["germany", "france", "spain", "italy", "portugal", "netherlands", "belgium", "united-kingdom"], r.randint(1, 3))],
            "lang": loc}
    payload = {"code": code, "status": 1, "status_verbose": "product found", "product": shuf(r, drop(r, prod, ["nova_group", "countries_tags", "allergens_tags"], 0.35))}
    return wrap_tool(r, "food_lookup", payload, {"barcode": code}), loc


DEPOTS = {
    "en": ["Hub East Midlands", "Depot Leeds", "Sort facility Chicago IL", "Gateway Heathrow", "Delivery office Bristol", "Hub Dublin Airport"],
    "de": ["Paketzentrum Hamburg", "Zustellbasis Leipzig", "Paketzentrum Köln-Eifeltor", "Depot Nürnberg", "Verteilzentrum Wien", "Logistikzentrum Kassel"],
    "fr": ["Plateforme colis Lyon", "Agence de Rennes", "Centre de tri Roissy", "Site de livraison Bordeaux", "Plateforme de Wissous", "Agence Marseille Nord"],
    "es": ["Centro de tratamiento Madrid", "Oficina de Valencia", "Hub Zaragoza Plaza", "Centro logístico Barcelona", "Delegación Sevilla", "Centro de Coslada"],
    "it": ["Centro di smistamento Bologna", "Filiale di Torino", "Hub Milano Linate", "Centro operativo Roma", "Deposito Verona", "Centro di Peschiera Borromeo"],
    "pt": ["Centro de Operações Lisboa", "Loja CTT Porto", "Centro de Distribuição Braga", "Centro Logístico Coimbra", "Hub Maia", "Centro de Faro"],
    "nl": ["Sorteercentrum Nieuwegein", "Depot Amsterdam", "Sorteercentrum Den Bosch", "Depot Rotterdam-Waalhaven", "Hub Venlo", "Sorteercentrum Zwolle"],
}
TRACK_STEPS = {
    "en": ["Shipment information received", "Picked up", "Arrived at hub", "Departed hub", "In transit", "Out for delivery", "Delivered to parcel locker", "Delivered", "Delivery attempt failed - parcel taken to pickup point"],
    "de": ["Sendungsdaten übermittelt", "Abgeholt", "Im Paketzentrum eingetroffen", "Paketzentrum verlassen", "Unterwegs", "In Zustellung", "In Packstation zugestellt", "Zugestellt", "Zustellversuch erfolglos - Abholung in Filiale"],
    "fr": ["Informations d'expédition reçues", "Pris en charge", "Arrivé sur le site", "Parti du site", "En cours d'acheminement", "En cours de livraison", "Déposé en consigne", "Livré", "Absent - colis en point retrait"],
    "es": ["Datos del envío recibidos", "Recogido", "Llegada al centro", "Salida del centro", "En tránsito", "En reparto", "Entregado en Citypaq", "Entregado", "Intento de entrega fallido - en oficina"],
    "it": ["Dati spedizione ricevuti", "Ritirata", "Arrivata al centro", "Partita dal centro", "In transito", "In consegna", "Consegnata in locker", "Consegnata", "Mancata consegna - in giacenza"],
    "pt": ["Informação de envio recebida", "Aceite", "Chegada ao centro", "Saída do centro", "Em trânsito", "Em distribuição", "Entregue em cacifo", "Entregue", "Tentativa de entrega falhada - disponível na loja"],
    "nl": ["Zending aangemeld", "Opgehaald", "Aangekomen in sorteercentrum", "Vertrokken uit sorteercentrum", "Onderweg", "Wordt vandaag bezorgd", "Bezorgd in pakketautomaat", "Bezorgd", "Niet thuis - af te halen bij servicepunt"],
}
CARRIERS = {"en": ["Royal Mail", "DPD", "UPS", "FedEx", "Evri", "An Post"], "de": ["DHL", "DPD", "GLS", "UPS", "Österreichische Post"],
            "fr": ["Colissimo", "Chronopost", "DPD France", "GLS", "Mondial Relay"], "es": ["Correos", "SEUR", "MRW", "GLS", "Correos Express"],
            "it": ["Poste Italiane", "BRT", "GLS", "SDA", "DHL"], "pt": ["CTT", "CTT Expresso", "DPD", "GLS", "Correios"], "nl": ["PostNL", "DHL", "DPD", "GLS", "bpost"]}


@frame("json_package_tracking", "decoy_json")
def f_tracking(r):
    loc = pick_lang(r)
    tn = tracking_no(r)
    steps = TRACK_STEPS[loc]
    upto = r.randint(2, 8)
    t = rand_dt(r)
    evs = []
    for i in range(upto):
        t += _dt.timedelta(hours=r.randint(1, 30), minutes=r.randint(0, 59))
        idx = i if i < 6 else r.choice([6, 7, 8])
        e = {"timestamp": iso(t, r) if chance(r, 0.6) else t.strftime("%d.%m.%Y %H:%M" if loc in ("de", "nl") else "%Y-%m-%d %H:%M"),
             "status": steps[idx], "location": r.choice(DEPOTS[loc]) if idx not in (0,) else None, "code": ["INFO", "PU", "AR", "DP", "IT", "OD", "PL", "DL", "NH"][idx]}
        if e["location"] is None:
            del e["location"]
        evs.append(shuf(r, e, 0.2))
    if chance(r, 0.5):
        evs.reverse()
    payload = {"tracking_number": tn, "carrier": r.choice(CARRIERS[loc]), "events": evs,
               "weight_kg": round(r.uniform(0.1, 24), 2), "service": r.choice(["Standard", "Express", "Economy", "Priority", "Pickup point"]),
               "estimated_delivery": (t.date() + _dt.timedelta(days=r.randint(0, 3))).isoformat(), "pieces": r.choice([1, 1, 1, 2, 3])}
    return wrap_tool(r, "track_package", shuf(r, drop(r, payload, ["weight_kg", "service", "estimated_delivery", "pieces"], 0.35), 0.3), {"tracking_number": tn}), loc


EVENT_TITLES = {
    "en": ["Sprint planning", "Quarterly business review", "Dentist appointment", "Team offsite", "Budget review Q3", "Release 4.2 go/no-go", "Yoga class",
           "Server maintenance window", "Vendor demo", "All-hands", "Fire drill", "Car service", "Board meeting", "Onboarding session", "1:1 catch-up"],
    "de": ["Sprintplanung", "Quartalsreview", "Zahnarzttermin", "Teamausflug", "Budgetrunde Q3", "Wartungsfenster Datenbank", "Elternabend", "Lieferantentermin",
           "Betriebsversammlung", "Brandschutzübung", "Reifenwechsel", "Jour fixe Vertrieb"],
    "fr": ["Planification du sprint", "Revue trimestrielle", "Rendez-vous dentiste", "Séminaire d'équipe", "Point budget T3", "Fenêtre de maintenance",
           "Réunion parents-professeurs", "Démo fournisseur", "Comité de direction", "Exercice d'évacuation", "Contrôle technique", "Point hebdo marketing"],
    "es": ["Planificación del sprint", "Revisión trimestral", "Cita con el dentista", "Jornada de equipo", "Revisión de presupuesto T3", "Ventana de mantenimiento",
           "Reunión de padres", "Demo de proveedor", "Comité de dirección", "Simulacro de incendio", "ITV del coche", "Reunión semanal de ventas"],
    "it": ["Pianificazione sprint", "Revisione trimestrale", "Appuntamento dal dentista", "Giornata di team building", "Revisione budget Q3",
           "Finestra di manutenzione", "Colloqui scuola", "Demo fornitore", "Consiglio di amministrazione", "Prova di evacuazione", "Tagliando auto", "Riunione settimanale"],
    "pt": ["Planeamento do sprint", "Revisão trimestral", "Consulta no dentista", "Dia de equipa", "Revisão de orçamento T3", "Janela de manutenção",
           "Reunião de pais", "Demonstração de fornecedor", "Reunião do conselho", "Simulacro de incêndio", "Inspeção do carro", "Reunião semanal de vendas"],
    "nl": ["Sprintplanning", "Kwartaalreview", "Tandartsafspraak", "Teamuitje", "Budgetoverleg Q3", "Onderhoudsvenster", "Ouderavond", "Leveranciersdemo",
           "Directieoverleg", "Ontruimingsoefening", "APK-keuring", "Wekelijks salesoverleg"],
}
ROOMS = ["Room 3.14", "B2.07", "Meeting room Atlas", "Raum 204", "Salle Cervin", "Sala Mediterráneo", "Sala Dolomiti", "Sala Tejo", "Zaal Noordzee",
         "Main auditorium", "Building C, 4th floor", "Aula 1.2", "Lab 0.31", "Online", "Teams", "Zoom", "Conference room 5B", "Besprechungsraum Elbe"]


@frame("json_calendar_events", "decoy_json")
def f_calendar(r):
    loc = pick_lang(r)
    d = rand_date(r, 2025, 2026)
    evs = []
    for _ in range(r.randint(1, 6)):
        h = r.randint(7, 18)
        mi = r.choice([0, 0, 15, 30, 30, 45])
        dur = r.choice([15, 30, 30, 45, 60, 60, 90, 120, 240])
        s = _dt.datetime(d.year, d.month, d.day, h, mi) + _dt.timedelta(days=r.randint(0, 6))
        e = {"id": hexs(r, 26), "summary": r.choice(EVENT_TITLES[loc]), "start": {"dateTime": iso(s) + r.choice(["+01:00", "+02:00", "Z"]), "timeZone": r.choice(["Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome", "Europe/Lisbon", "Europe/Amsterdam", "Europe/London"])},
             "end": {"dateTime": iso(s + _dt.timedelta(minutes=dur))}, "location": r.choice(ROOMS), "status": r.choice(["confirmed", "confirmed", "tentative", "cancelled"]),
             "attendeesCount": r.randint(1, 40), "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": r.choice([5, 10, 15, 30, 60, 1440])}]}}
        if chance(r, 0.25):
            e["recurrence"] = [r.choice(["RRULE:FREQ=WEEKLY;BYDAY=MO", "RRULE:FREQ=WEEKLY;BYDAY=TU,TH", "RRULE:FREQ=MONTHLY;BYMONTHDAY=1", "RRULE:FREQ=DAILY;COUNT=5", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"])]
        if chance(r, 0.2):
            e["conferenceData"] = {"entryPoints": [{"entryPointType": "video", "uri": f"https://meet.example.com/{alnum(r, 3, string.ascii_lowercase)}-{alnum(r, 4, string.ascii_lowercase)}-{alnum(r, 3, string.ascii_lowercase)}"}]}
        evs.append(shuf(r, drop(r, e, ["id", "reminders", "attendeesCount", "location", "status"], 0.3), 0.2))
    payload = {"kind": "calendar#events", "timeZone": "Europe/" + r.choice(["Berlin", "Paris", "Madrid", "Rome", "Lisbon", "Amsterdam", "London"]), "items": evs}
    if chance(r, 0.4):
        payload["nextSyncToken"] = alnum(r, 20, string.ascii_letters + string.digits)
    return wrap_tool(r, "list_calendar_events", payload, {"timeMin": iso(_dt.datetime(d.year, d.month, d.day)) + "Z", "maxResults": 10}), loc


RECIPES = {
    "en": [("Lentil and tomato soup", ["red lentils|g|200", "chopped tomatoes|g|400", "onion||1", "garlic cloves||2", "vegetable stock|ml|900", "ground cumin|tsp|1", "olive oil|tbsp|2"],
            ["Soften the onion in the oil for 5 minutes.", "Add garlic and cumin, stir for 1 minute.", "Add lentils, tomatoes and stock; simmer 20-25 minutes.", "Blend half and season to taste."]),
           ("Overnight oats", ["rolled oats|g|80", "milk or oat drink|ml|150", "plain yoghurt|g|60", "chia seeds|tbsp|1", "berries|g|100"],
            ["Mix oats, milk, yoghurt and chia in a jar.", "Refrigerate for at least 6 hours.", "Top with berries before serving."]),
           ("Sheet-pan roasted vegetables", ["sweet potato|g|500", "red peppers||2", "red onions||2", "chickpeas, drained|g|240", "olive oil|tbsp|3", "smoked paprika|tsp|2"],
            ["Heat the oven to 220 °C (200 °C fan).", "Cut vegetables into 3 cm pieces.", "Toss with oil, paprika and salt.", "Roast 30-35 minutes, turning once."])],
    "de": [("Kartoffelsuppe", ["mehligkochende Kartoffeln|g|800", "Suppengrün|Bund|1", "Gemüsebrühe|ml|1200", "Schmand|g|150", "Majoran|TL|1"],
            ["Kartoffeln und Suppengrün würfeln.", "In der Brühe 20 Minuten köcheln lassen.", "Teilweise pürieren, Schmand einrühren.", "Mit Majoran, Salz und Pfeffer abschmecken."]),
           ("Apfelkuchen vom Blech", ["Mehl|g|400", "Butter|g|200", "Zucker|g|150", "Eier||3", "Äpfel|kg|1,2", "Backpulver|Pck.|1"],
            ["Backofen auf 180 °C Ober-/Unterhitze vorheizen.", "Teig rühren und auf das Blech streichen.", "Äpfel schälen, in Spalten schneiden und verteilen.", "35-40 Minuten backen."])],
    "fr": [("Ratatouille", ["aubergine||1", "courgettes||2", "poivrons||2", "tomates|g|500", "oignon||1", "huile d'olive|c. à s.|4", "herbes de Provence|c. à c.|2"],
            ["Couper les légumes en dés.", "Faire revenir séparément dans l'huile.", "Réunir, ajouter les herbes et mijoter 40 min à couvert."]),
           ("Quiche aux poireaux", ["pâte brisée||1", "poireaux||3", "œufs||3", "crème fraîche|ml|200", "lait|ml|100", "gruyère râpé|g|80"],
            ["Préchauffer le four à 190 °C.", "Faire fondre les poireaux 10 min.", "Battre œufs, crème et lait.", "Garnir la pâte et cuire 35 min."])],
    "es": [("Tortilla de patatas", ["patatas|g|700", "huevos||6", "cebolla||1", "aceite de oliva|ml|250", "sal|pizca|1"],
            ["Pelar y cortar las patatas en láminas finas.", "Pochar patata y cebolla a fuego lento 25 min.", "Escurrir y mezclar con los huevos batidos.", "Cuajar 3-4 min por cada lado."]),
           ("Lentejas estofadas", ["lentejas pardinas|g|300", "zanahorias||2", "pimiento verde||1", "tomate triturado|g|200", "pimentón dulce|cdta|1", "hoja de laurel||1"],
            ["Sofreír las verduras picadas.", "Añadir el pimentón y el tomate.", "Incorporar las lentejas y 1,2 l de agua.", "Cocer 35-40 minutos."])],
    "it": [("Risotto ai funghi", ["riso Carnaroli|g|320", "funghi champignon|g|300", "brodo vegetale|l|1", "cipolla||1", "vino bianco|ml|100", "burro|g|40", "parmigiano grattugiato|g|60"],
            ["Tostare il riso con la cipolla.", "Sfumare con il vino.", "Aggiungere il brodo un mestolo alla volta per 17-18 minuti.", "Mantecare con burro e parmigiano."]),
           ("Pasta e ceci", ["ceci lessati|g|400", "ditalini|g|250", "rosmarino|rametto|1", "aglio|spicchio|1", "passata di pomodoro|g|150", "olio extravergine|cucchiai|3"],
            ["Soffriggere aglio e rosmarino.", "Aggiungere ceci e passata, cuocere 10 minuti.", "Frullare metà dei ceci.", "Cuocere la pasta nel sugo allungato con acqua."])],
    "pt": [("Caldo verde", ["batatas|g|600", "couve galega|g|250", "cebola||1", "alho|dentes|2", "azeite|colheres de sopa|3", "chouriço|g|100"],
            ["Cozer batata, cebola e alho em 1,5 l de água.", "Triturar e juntar a couve cortada fininha.", "Cozer 5 minutos e regar com azeite.", "Servir com rodelas de chouriço."]),
           ("Arroz de tomate", ["arroz carolino|g|300", "tomate maduro|g|500", "cebola||1", "louro|folha|1", "azeite|ml|50", "caldo de legumes|ml|900"],
            ["Refogar a cebola no azeite.", "Juntar o tomate e o louro, cozinhar 10 min.", "Adicionar o arroz e o caldo.", "Cozinhar 15 min; deve ficar malandrinho."])],
    "nl": [("Erwtensoep", ["spliterwten|g|500", "knolselderij||0,5", "prei||2", "wortel||2", "aardappel||1", "rookworst||1"],
            ["Erwten wassen en 1 uur koken in 2 liter water.", "Groenten snijden en toevoegen.", "Nog 45 minuten zachtjes koken.", "Rookworst in plakjes erbij."]),
           ("Hutspot", ["kruimige aardappelen|kg|1", "winterpeen|g|750", "uien|g|300", "boter|g|30", "melk|ml|100"],
            ["Aardappelen, peen en ui schillen en in stukken snijden.", "Samen 20 minuten koken.", "Afgieten en stampen met boter en melk.", "Op smaak brengen met peper en zout."])],
}


@frame("json_recipe_result", "decoy_json")
def f_recipe(r):
    loc = pick_lang(r)
    name, ings, steps = r.choice(RECIPES[loc])
    base_serv = 4
    serv = r.choice([2, 3, 4, 4, 6, 8])
    k = serv / base_serv
    ing_out = []
    structured = chance(r, 0.6)
    for s in ings:
        nm, unit, q = s.split("|")
        qv = float(q.replace(",", "."))
        qv = round(qv * k, 1 if qv * k < 10 else 0)
        qs = fnum(qv, 0 if qv == int(qv) else 1, loc, group=False)
        if structured:
            ing_out.append(drop(r, {"name": nm, "quantity": qv, "unit": unit or None}, ["unit"], 0.1))
        else:
            ing_out.append(f"{qs} {unit + ' ' if unit else ''}{nm}".strip())
    payload = {"name": name, "recipeYield": serv, "prepTime": f"PT{r.choice([5, 10, 15, 20, 25])}M", "cookTime": f"PT{r.choice([10, 20, 30, 40, 45, 60, 75])}M",
               "recipeIngredient": ing_out, "recipeInstructions": [{"@type": "HowToStep", "text": t} for t in steps] if chance(r, 0.5) else steps,
               "nutrition": {"calories": f"{r.randint(180, 690)} kcal", "proteinContent": f"{r.randint(3, 35)} g"},
               "keywords": ", ".join(r.sample(["vegetarian", "vegan", "batch cooking", "gluten-free", "quick", "budget", "winter", "one-pot"], 2)),
               "inLanguage": loc}
    if chance(r, 0.3):
        payload = {"@context": "https://schema.org", "@type": "Recipe", **payload}
    return wrap_tool(r, "recipe_lookup", shuf(r, drop(r, payload, ["nutrition", "keywords", "inLanguage", "prepTime"], 0.3), 0.2), {"query": name, "servings": serv}), loc


NUTRI_FOODS = {"en": ["Broccoli, raw", "Brown rice, cooked", "Chickpeas, canned, drained", "Salmon, Atlantic, baked", "Banana", "Cheddar cheese", "Whole milk", "Almonds"],
               "de": ["Brokkoli, roh", "Vollkornreis, gekocht", "Kichererbsen, Konserve", "Lachs, gebacken", "Banane", "Emmentaler", "Vollmilch 3,5 %", "Mandeln"],
               "fr": ["Brocoli, cru", "Riz complet, cuit", "Pois chiches, appertisés", "Saumon, cuit au four", "Banane", "Comté", "Lait entier", "Amandes"],
               "es": ["Brócoli, crudo", "Arroz integral, cocido", "Garbanzos, en conserva", "Salmón, al horno", "Plátano", "Queso manchego", "Leche entera", "Almendras"],
               "it": ["Broccoli, crudi", "Riso integrale, bollito", "Ceci in scatola", "Salmone, al forno", "Banana", "Parmigiano", "Latte intero", "Mandorle"],
               "pt": ["Brócolos, crus", "Arroz integral, cozido", "Grão-de-bico, enlatado", "Salmão, assado", "Banana", "Queijo flamengo", "Leite gordo", "Amêndoas"],
               "nl": ["Broccoli, rauw", "Zilvervliesrijst, gekookt", "Kikkererwten, uit blik", "Zalm, gebakken", "Banaan", "Goudse kaas 48+", "Volle melk", "Amandelen"]}


@frame("json_nutrition_facts", "decoy_json")
def f_nutrition(r):
    loc = pick_lang(r)
    food = r.choice(NUTRI_FOODS[loc])
    kcal = r.randint(30, 600)
    nut = [("Energy", kcal, "kcal"), ("Protein", round(r.uniform(0.5, 30), 1), "g"), ("Total lipid (fat)", round(r.uniform(0.1, 50), 1), "g"),
           ("Carbohydrate, by difference", round(r.uniform(0, 70), 1), "g"), ("Fiber, total dietary", round(r.uniform(0, 12), 1), "g"),
           ("Sugars, total", round(r.uniform(0, 20), 1), "g"), ("Calcium, Ca", r.randint(2, 900), "mg"), ("Iron, Fe", round(r.uniform(0.1, 5), 2), "mg"),
           ("Potassium, K", r.randint(50, 800), "mg"), ("Sodium, Na", r.randint(1, 700), "mg"), ("Vitamin C", round(r.uniform(0, 90), 1), "mg"),
           ("Vitamin B-12", round(r.uniform(0, 3), 2), "µg")]
    nut = nut[:6] + r.sample(nut[6:], r.randint(0, 6))
    if chance(r, 0.5):
        nlist = [{"nutrient": {"name": n, "unitName": u}, "amount": v} for n, v, u in nut]
    else:
        nlist = {n.split(",")[0].lower().replace(" ", "_"): f"{v} {u}" for n, v, u in nut}
    payload = {"fdcId": r.randint(160000, 2700000), "description": food, "dataType": r.choice(["Foundation", "SR Legacy", "Survey (FNDDS)"]),
               "servingSize": r.choice([100, 100, 30, 150, 240]), "servingSizeUnit": r.choice(["g", "g", "ml"]), "foodNutrients": nlist}
    return wrap_tool(r, "nutrition_lookup", shuf(r, payload, 0.3), {"query": food, "per": "100g"}), loc


MUSEUM_OBJ = {
    "en": ["Landscape with windmill", "Still life with lemons and a glass", "View of a harbour at dusk", "Amphora with geometric decoration", "Celestial globe",
           "Tile panel with sailing ships", "Astronomical clock mechanism", "Map of the northern coast", "Lidded jar with peonies", "Chess set in bone and ebony"],
    "de": ["Landschaft mit Windmühle", "Stillleben mit Zitronen", "Hafenansicht in der Abenddämmerung", "Amphore mit geometrischem Dekor", "Himmelsglobus",
           "Fliesenbild mit Segelschiffen", "Astronomische Uhr, Werk", "Karte der Nordseeküste", "Deckeldose mit Pfingstrosen", "Schachspiel aus Bein"],
    "fr": ["Paysage au moulin", "Nature morte aux citrons", "Vue d'un port au crépuscule", "Amphore à décor géométrique", "Globe céleste",
           "Panneau de carreaux aux voiliers", "Mécanisme d'horloge astronomique", "Carte de la côte nord", "Pot couvert aux pivoines", "Jeu d'échecs en os"],
    "es": ["Paisaje con molino", "Bodegón con limones", "Vista de un puerto al atardecer", "Ánfora con decoración geométrica", "Globo celeste",
           "Panel de azulejos con barcos", "Mecanismo de reloj astronómico", "Mapa de la costa norte", "Tibor con peonías", "Juego de ajedrez de hueso"],
    "it": ["Paesaggio con mulino", "Natura morta con limoni", "Veduta di un porto al tramonto", "Anfora con decorazione geometrica", "Globo celeste",
           "Pannello di piastrelle con velieri", "Meccanismo di orologio astronomico", "Carta della costa settentrionale", "Vaso con coperchio e peonie", "Scacchiera in osso"],
    "pt": ["Paisagem com moinho", "Natureza-morta com limões", "Vista de um porto ao anoitecer", "Ânfora com decoração geométrica", "Globo celeste",
           "Painel de azulejos com naus", "Mecanismo de relógio astronómico", "Carta da costa norte", "Pote com tampa e peónias", "Jogo de xadrez em osso"],
    "nl": ["Landschap met molen", "Stilleven met citroenen", "Gezicht op een haven bij schemering", "Amfora met geometrische versiering", "Hemelglobe",
           "Tegeltableau met zeilschepen", "Uurwerk van een astronomische klok", "Kaart van de noordkust", "Dekselpot met pioenrozen", "Schaakspel van been"],
}
ATTRIB = {"en": ["anonymous", "unknown workshop, Delft", "Northern Netherlands", "Iberian workshop"], "de": ["unbekannt", "Werkstatt, Augsburg?", "Süddeutschland"],
          "fr": ["anonyme", "atelier de Nevers", "France du Nord"], "es": ["anónimo", "taller sevillano", "escuela castellana"],
          "it": ["anonimo", "bottega veneziana", "manifattura di Faenza"], "pt": ["anónimo", "oficina de Lisboa", "fábrica do Rato"], "nl": ["anoniem", "Delftse werkplaats", "Noord-Nederland"]}


@frame("json_museum_catalogue", "decoy_json")
def f_museum(r):
    loc = pick_lang(r)
    objs = []
    for _ in range(r.randint(1, 5)):
        y = r.randint(1450, 1920)
        o = {"objectNumber": r.choice([f"SK-A-{r.randint(100, 4999)}", f"BK-{r.randint(1950, 2010)}-{r.randint(1, 400)}", f"Inv. {r.randint(1890, 2022)}.{r.randint(1, 999)}",
                                       f"MNAA {r.randint(100, 2500)} Pint", f"AM {r.randint(1000, 9999)}", f"{r.randint(1, 99)}.{r.randint(100, 999)}.{r.randint(1, 40)}"]),
             "title": r.choice(MUSEUM_OBJ[loc]), "attribution": r.choice(ATTRIB[loc]),
             "dating": r.choice([f"c. {y}", f"{y}-{y + r.randint(5, 40)}", f"{y // 100 + 1}th century" if loc == "en" else f"{y}/{y + 10}"]),
             "medium": r.choice(["oil on panel", "oil on canvas", "tin-glazed earthenware", "brass, steel", "paper, engraving", "porcelain", "walnut, ebony, bone", "terracotta"]),
             "dimensions": f"h {r.randint(8, 220)} cm x w {r.randint(8, 300)} cm", "onDisplay": chance(r, 0.5),
             "gallery": r.choice(["1.12", "2.8", "0.3", "Room 17", "Sala 4", "Zaal 2.5", "Salle 602", None]),
             "creditLine": r.choice(["Purchased with support from the Friends of the Museum", "Transferred from the city collection", "On loan from a private collection",
                                     "Acquired 1967", "Gift of a foundation"]),
             "iiif": f"https://iiif.example.org/{hexs(r, 12)}/full/843,/0/default.jpg"}
        objs.append(shuf(r, drop(r, o, ["creditLine", "gallery", "iiif", "dimensions"], 0.35), 0.25))
    payload = {"count": r.randint(len(objs), 900), "artObjects": objs, "lang": loc}
    return wrap_tool(r, "collection_search", payload, {"q": r.choice(["windmill", "harbour", "globe", "azulejo", "still life", "amphora"]), "ps": 5}), loc


LIB_TITLES = {
    "en": ["Urban Water Management", "Climate Atlas of Europe", "A History of the Hanseatic League", "Principles of Soil Science", "Railways of the Alps", "Introduction to Statistics with R"],
    "de": ["Die Geschichte der Eisenbahn", "Grundlagen der Elektrotechnik", "Atlas der Alpenflora", "Handbuch Gartenplanung", "Kleine Geschichte der Hanse"],
    "fr": ["Manuel de chimie organique", "Atlas des oiseaux de France", "Histoire des chemins de fer", "Initiation à la statistique", "Le grand livre du pain"],
    "es": ["Historia de la cartografía", "Manual de riego por goteo", "Atlas de los ríos de España", "Introducción a la economía", "Cocina de aprovechamiento"],
    "it": ["Atlante dei vini italiani", "Storia dei porti del Mediterraneo", "Manuale di idraulica", "Guida ai funghi d'Europa", "Elementi di statistica"],
    "pt": ["Guia de aves de Portugal", "História dos azulejos", "Manual de viticultura", "Introdução à programação", "Atlas do clima ibérico"],
    "nl": ["Handboek tuinontwerp", "Geschiedenis van de Zuiderzeewerken", "Inleiding in de statistiek", "Atlas van de Waddenzee", "Polders en dijken"],
}
PUBLISHERS = ["Oxford University Press", "Cambridge University Press", "MIT Press", "Presses Universitaires de France", "Editorial Anagrama",
              "Il Mulino", "Edições 70", "Porto Editora", "Amsterdam University Press", "Penguin Books", "dtv", "Insel Verlag", "Kosmos", "Atlas Contact",
              "Éditions du Seuil", "Ediciones Cátedra", "World Health Organization", "OECD Publishing", "Publications Office of the European Union"]
BRANCHES = {"en": ["Central Library", "North Branch", "Science Library"], "de": ["Zentralbibliothek", "Stadtteilbibliothek Nord", "Fachbibliothek Technik"],
            "fr": ["Bibliothèque centrale", "Médiathèque du centre", "BU Sciences"], "es": ["Biblioteca Central", "Biblioteca de barrio Norte", "Biblioteca de Ciencias"],
            "it": ["Biblioteca centrale", "Biblioteca civica", "Biblioteca di Ingegneria"], "pt": ["Biblioteca Central", "Biblioteca Municipal", "Biblioteca de Ciências"],
            "nl": ["Centrale Bibliotheek", "Vestiging Noord", "Universiteitsbibliotheek"]}


@frame("json_library_catalogue", "decoy_json")
def f_library(r):
    loc = pick_lang(r)
    recs = []
    for _ in range(r.randint(1, 5)):
        rec = {"title": r.choice(LIB_TITLES[loc]), "isbn": isbn13(r) if chance(r, 0.5) else isbn_hyph(r), "publisher": r.choice(PUBLISHERS),
               "year": r.randint(1978, 2025), "edition": r.choice(["1st", "2nd", "3rd", "4th", "rev.", None]), "pages": r.randint(96, 920),
               "callNumber": r.choice([f"{r.randint(0, 999):03d}.{r.randint(0, 99)} {alnum(r, 3, string.ascii_uppercase)}", f"QA{r.randint(1, 999)}.{r.randint(1, 99)} .{alnum(r, 1, string.ascii_uppercase)}{r.randint(10, 99)} {r.randint(1990, 2024)}",
                                          f"{r.choice(['GEO', 'HIS', 'TEC', 'NAT', 'KOK'])} {r.randint(100, 999)}"]),
               "holdings": [{"branch": r.choice(BRANCHES[loc]), "status": r.choice(["available", "on loan", "in transit", "reference only"]),
                             "due": rand_date(r, 2025, 2026).isoformat() if chance(r, 0.3) else None, "barcode": f"3{digits(r, 13)}"} for _ in range(r.randint(1, 3))],
               "language": {"en": "eng", "de": "ger", "fr": "fre", "es": "spa", "it": "ita", "pt": "por", "nl": "dut"}[loc]}
        recs.append(shuf(r, drop(r, rec, ["edition", "pages", "publisher"], 0.3), 0.3))
    payload = {"numFound": r.randint(len(recs), 140), "start": 0, "docs": recs}
    return wrap_tool(r, "library_search", payload, {"q": recs[0]["title"], "rows": 5}), loc


# ===========================================================================
# technical helpers (shared by JSON and prose frames)
# ===========================================================================

MODULES = ["billing", "orders", "inventory", "ingest", "scheduler", "reports", "geo", "search", "catalog", "shipping", "pricing", "metrics", "export", "sync"]
FUNCS = ["compute_total", "load_config", "parse_row", "apply_discount", "fetch_page", "resolve_route", "normalize", "flush_batch", "build_index",
         "render_template", "validate_payload", "retry_request", "merge_tiles", "to_decimal", "read_manifest"]
PY_ERRORS = ["KeyError: 'vat_rate'", "TypeError: unsupported operand type(s) for +: 'int' and 'str'", "ValueError: invalid literal for int() with base 10: '12,5'",
             "AttributeError: 'NoneType' object has no attribute 'items'", "ZeroDivisionError: division by zero", "IndexError: list index out of range",
             "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)", "ModuleNotFoundError: No module named 'yaml'",
             "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"10.0.4.21\", port 5432 failed: timeout expired",
             "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.example.com', port=443): Read timed out. (read timeout=10)",
             "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 41: invalid continuation byte",
             "RecursionError: maximum recursion depth exceeded while calling a Python object", "FileNotFoundError: [Errno 2] No such file or directory: 'data/tariffs_2025.csv'"]
HOSTS = ["web-03", "api-prod-2", "db-replica-1", "worker-7f9c", "edge-fra-1", "batch-02", "cache-01", "ingest-5", "build-agent-12", "ip-10-0-3-17"]
SERVICES = ["api-gateway", "order-service", "inventory-sync", "report-worker", "search-indexer", "pricing-engine", "tile-server", "notification-dispatcher", "etl-nightly"]


def py_traceback(r):
    base = r.choice(CODE_PATHS)
    lines = ["Traceback (most recent call last):"]
    for _ in range(r.randint(2, 5)):
        mod = r.choice(MODULES)
        fn = r.choice(FUNCS)
        src = r.choice(["total = subtotal + row[\"shipping\"]", "cfg = yaml.safe_load(fh)", "return Decimal(value).quantize(CENT)", "for k, v in data.items():",
                        "resp = session.get(url, timeout=10)", "qty = int(cells[3])", "ratio = done / total", "rows = cur.fetchall()"])
        lines.append(f'  File "{base}/{mod}/{r.choice(["core", "views", "tasks", "utils", "models", "handlers"])}.py", line {r.randint(12, 640)}, in {fn}')
        lines.append(f"    {src}")
    if chance(r, 0.3):
        lines.append(f'  File "/usr/lib/python3.{r.choice([10, 11, 12])}/{r.choice(["json/__init__.py", "decimal.py", "csv.py", "asyncio/base_events.py"])}", line {r.randint(40, 700)}, in {r.choice(["loads", "run_until_complete", "__next__", "_decode"])}')
    lines.append(r.choice(PY_ERRORS))
    return "\n".join(lines)


def java_trace(r):
    pkg = r.choice(["com.example", "org.acme", "io.shopfloor", "eu.transit"])
    mod = r.choice(MODULES)
    exc = r.choice(["java.lang.NullPointerException: Cannot invoke \"java.util.Map.get(Object)\" because \"this.rates\" is null",
                    "java.lang.IllegalStateException: Connection pool shut down", "java.util.ConcurrentModificationException",
                    "java.time.format.DateTimeParseException: Text '31/04/2025' could not be parsed at index 0",
                    "org.springframework.dao.DataIntegrityViolationException: could not execute statement; constraint [uk_sku_warehouse]",
                    "java.lang.OutOfMemoryError: Java heap space", "java.net.SocketTimeoutException: Read timed out"])
    cls = r.choice(["Service", "Controller", "Repository", "Mapper", "Job", "Client"])
    lines = [f'Exception in thread "{r.choice(["main", "pool-3-thread-7", "http-nio-8080-exec-4", "scheduling-1"])}" {exc}']
    for _ in range(r.randint(3, 7)):
        c = r.choice(MODULES).capitalize() + r.choice(["Service", "Controller", "Repository", "Mapper", "Job", "Client", "Config"])
        lines.append(f"\tat {pkg}.{mod}.{c}.{r.choice(['process', 'handle', 'load', 'map', 'run', 'apply', 'lambda$run$0'])}({c}.java:{r.randint(20, 480)})")
    lines.append(f"\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)")
    if chance(r, 0.4):
        lines.append(f"\t... {r.randint(3, 40)} more")
    return "\n".join(lines)


def js_trace(r):
    err = r.choice(["TypeError: Cannot read properties of undefined (reading 'map')", "ReferenceError: fetchRates is not defined",
                    "SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON", "RangeError: Maximum call stack size exceeded",
                    "Error: connect ECONNREFUSED 127.0.0.1:5432", "Error: Cannot find module './config/production.json'",
                    "UnhandledPromiseRejection: Error: Request failed with status code 429"])
    lines = [err]
    for _ in range(r.randint(2, 6)):
        f = r.choice(["Object.<anonymous>", "async handler", "Array.map (<anonymous>)", "processTicksAndRejections", "Module._compile", "renderList", "loadRates"])
        lines.append(f"    at {f} ({r.choice(['/app/dist/server.js', '/usr/src/app/src/routes/orders.js', 'node:internal/process/task_queues', '/srv/web/.next/server/chunks/412.js', 'webpack-internal:///./src/components/Table.tsx'])}:{r.randint(1, 900)}:{r.randint(1, 80)})")
    lines.append(f"Node.js v{r.choice(['18.19.1', '20.11.1', '20.17.0', '22.9.0'])}")
    return "\n".join(lines)


def rust_panic(r):
    f = r.choice(["src/config.rs", "src/main.rs", "src/parser/mod.rs", "src/io/reader.rs", "crates/core/src/lib.rs"])
    msg = r.choice(["called `Option::unwrap()` on a `None` value", "called `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }",
                    "index out of bounds: the len is 3 but the index is 3", "attempt to subtract with overflow", "byte index 7 is not a char boundary; it is inside 'é' (bytes 6..8) of `café au`"])
    s = f"thread '{r.choice(['main', 'tokio-runtime-worker', '<unnamed>'])}' panicked at {f}:{r.randint(10, 400)}:{r.randint(5, 60)}:\n{msg}\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"
    return s


def log_line(r, t=None):
    t = t or rand_dt(r)
    k = r.randrange(5)
    lvl = r.choice(["INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG"])
    path = r.choice(["/api/v2/orders", "/api/v1/stock/levels", "/healthz", "/metrics", "/api/v2/tariffs/2025", "/internal/reindex", "/api/v1/routes?from=FRA&to=LIS"])
    if k == 0:
        return f"{iso(t, r)} {lvl:<5} [{r.choice(SERVICES)}] {r.choice(['GET', 'POST', 'PUT'])} {path} {r.choice([200, 200, 201, 204, 304, 400, 404, 429, 500, 502, 503])} {r.randint(2, 4800)}ms"
    if k == 1:
        return (f"{t.strftime('%b %d %H:%M:%S')} {r.choice(HOSTS)} {r.choice(['nginx', 'sshd', 'systemd', 'kernel', 'cron', 'dockerd'])}[{r.randint(100, 65000)}]: "
                + r.choice([f"upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: \"http://{server_ip(r)}:8080{path}\"",
                            "Started Daily apt upgrade and clean activities.", f"Out of memory: Killed process {r.randint(1000, 90000)} (java) total-vm:{r.randint(2, 9)}123456kB",
                            f"Accepted publickey for deploy from {server_ip(r)} port {r.randint(30000, 65000)} ssh2: ED25519 SHA256:{alnum(r, 20, string.ascii_letters + string.digits)}",
                            "Reloading.", f"container {hexs(r, 12)} health_status: unhealthy"]))
    if k == 2:
        return f"level={lvl.lower()} ts={iso(t, r)} caller={r.choice(MODULES)}.go:{r.randint(20, 500)} msg=\"{r.choice(['slow query', 'retrying request', 'cache miss ratio high', 'flushed batch', 'lease renewed'])}\" duration={round(r.uniform(0.01, 9), 2)}s {r.choice(['table=inventory', 'attempt=3', 'ratio=0.42', 'rows=5000', 'shard=7'])}"
    if k == 3:
        return json.dumps({"ts": iso(t, r), "level": lvl.lower(), "service": r.choice(SERVICES), "trace_id": hexs(r, 32), "span_id": hexs(r, 16),
                           "msg": r.choice(["request completed", "job finished", "upstream error", "config reloaded", "rate limit exceeded"]), "status": r.choice([200, 202, 429, 500, 503]),
                           "latency_ms": r.randint(1, 3000)})
    return f"[{t.strftime('%d/%b/%Y:%H:%M:%S')} +0000] {lvl} {r.choice(SERVICES)}: {r.choice(['Processed', 'Imported', 'Skipped', 'Exported'])} {r.randint(1, 90000)} rows in {round(r.uniform(0.1, 300), 1)}s (batch {r.randint(1, 400)}/{r.randint(400, 900)})"


GIT_MSGS = ["fix(parser): handle empty header row (#{n})", "chore(deps): bump serde from 1.0.{a} to 1.0.{b}", "feat: add retry with exponential backoff",
            "docs: update install section for Windows", "refactor: split config loader into modules", "test: add regression test for DST offsets",
            "ci: cache cargo registry between runs", "perf: avoid clone in hot loop (#{n})", "Revert \"feat: enable http2 by default\"", "build: bump MSRV to 1.{a}",
            "fix: off-by-one in pagination cursor", "feat(api): expose /v2/tariffs endpoint", "chore: release v{v}", "style: run rustfmt",
            "fix(ui): table header overlaps on narrow screens", "Merge branch 'release/{v}'", "feat(i18n): add Portuguese and Dutch strings",
            "fix: round VAT per line instead of per invoice (#{n})", "chore(deps-dev): bump eslint from 8.{a}.0 to 8.{b}.0", "security: upgrade openssl to 3.0.{a}"]


def git_msg(r):
    a = r.randint(40, 90)
    return r.choice(GIT_MSGS).format(n=r.randint(100, 4999), a=a, b=a + r.randint(1, 9), v=semver(r))


def semver(r):
    return f"{r.choice([0, 1, 1, 2, 2, 3, 4, 5, 11])}.{r.randint(0, 24)}.{r.randint(0, 19)}"


# ===========================================================================
# JSON frames: developer tools and infrastructure
# ===========================================================================

@frame("json_ci_pipeline_run", "decoy_json")
def f_ci_run(r):
    loc = pick_lang(r)
    steps = ["Set up job", "Checkout", "Cache cargo registry", "Install toolchain", "cargo fmt --check", "cargo clippy -- -D warnings", "cargo test --all-features",
             "npm ci", "npm run lint", "npm test -- --coverage", "pytest -q", "Build Docker image", "Upload artifact", "Post Checkout"]
    chosen = sorted(some(r, steps, 4, 9), key=steps.index)
    failed = r.choice([None, None, r.randrange(len(chosen))])
    out = []
    for i, s in enumerate(chosen):
        concl = "success" if failed is None or i < failed else ("failure" if i == failed else "skipped")
        out.append({"number": i + 1, "name": s, "status": "completed", "conclusion": concl, "duration_s": r.randint(1, 420)})
    run = {"id": r.randint(10 ** 9, 10 ** 10), "run_number": r.randint(100, 9000), "workflow": r.choice(["CI", "build-and-test", "release", "nightly"]),
           "head_branch": r.choice(["main", "develop", "release/2.4", "fix/rounding", "feat/tariffs-v2", "dependabot/cargo/serde-1.0.204"]),
           "head_sha": hexs(r, 40), "event": r.choice(["push", "pull_request", "schedule", "workflow_dispatch"]),
           "conclusion": "success" if failed is None else "failure", "runner": r.choice(["ubuntu-22.04", "ubuntu-24.04", "macos-14", "windows-2022", "self-hosted-linux-x64"]),
           "started_at": iso(rand_dt(r), r), "steps": out}
    if failed is not None and chance(r, 0.7):
        run["log_tail"] = r.choice([py_traceback(r), rust_panic(r), js_trace(r),
                                    f"test result: FAILED. {r.randint(10, 400)} passed; {r.randint(1, 4)} failed; {r.randint(0, 5)} ignored; 0 measured; 0 filtered out; finished in {round(r.uniform(0.2, 90), 2)}s",
                                    f"Error: Process completed with exit code {r.choice([1, 2, 101, 137])}."])
    return wrap_tool(r, "get_workflow_run", shuf(r, drop(r, run, ["event", "runner", "run_number"], 0.3), 0.2), {"run_id": run["id"]}), loc


SHELL_CMDS = [
    ("df -h", lambda r: "Filesystem      Size  Used Avail Use% Mounted on\n" + "\n".join(
        f"{d:<15} {s:>4}G {u:>4}G {s - u:>4}G {u * 100 // s:>3}% {m}" for d, s, u, m in
        [(dev, sz, r.randint(1, sz - 1), mnt) for dev, sz, mnt in r.sample([("/dev/nvme0n1p2", 468, "/"), ("/dev/sda1", 916, "/data"), ("tmpfs", 16, "/run"), ("/dev/nvme0n1p1", 2, "/boot/efi"), ("overlay", 98, "/var/lib/docker/overlay2")], 3)])),
    ("free -m", lambda r: f"               total        used        free      shared  buff/cache   available\nMem:           {r.choice([7821, 15875, 31906, 64213])}        {r.randint(1200, 7000)}        {r.randint(200, 5000)}         {r.randint(10, 900)}        {r.randint(500, 9000)}        {r.randint(900, 9000)}\nSwap:           2047           {r.randint(0, 900)}        {r.randint(1100, 2047)}"),
    ("uptime", lambda r: f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} up {r.randint(1, 400)} days, {r.randint(0, 23)}:{r.randint(10, 59)},  {r.randint(0, 3)} users,  load average: {round(r.uniform(0, 8), 2)}, {round(r.uniform(0, 8), 2)}, {round(r.uniform(0, 8), 2)}"),
    ("ss -tlnp", lambda r: "State  Recv-Q Send-Q Local Address:Port  Peer Address:Port Process\n" + "\n".join(
        f"LISTEN 0      {r.choice([128, 511, 4096])}    {r.choice(['0.0.0.0', '127.0.0.1', '[::]', server_ip(r)])}:{p:<5}      0.0.0.0:*     users:((\"{n}\",pid={r.randint(300, 90000)},fd={r.randint(3, 40)}))"
        for p, n in r.sample([(22, "sshd"), (80, "nginx"), (443, "nginx"), (5432, "postgres"), (6379, "redis-server"), (8080, "java"), (9090, "prometheus"), (3000, "node")], r.randint(2, 6)))),
    ("ls -la /etc/nginx/conf.d", lambda r: f"total {r.randint(8, 40)}\n" + "\n".join(
        f"-rw-r--r-- 1 root root {r.randint(200, 9000):>5} {r.choice(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} {r.randint(1, 28):>2} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} {f}"
        for f in r.sample(["default.conf", "api.conf", "static.conf", "gzip.conf", "ssl-params.conf", "upstreams.conf", "rate-limit.conf"], r.randint(2, 6)))),
    ("systemctl status postgresql", lambda r: f"● postgresql.service - PostgreSQL RDBMS\n     Loaded: loaded (/lib/systemd/system/postgresql.service; enabled; preset: enabled)\n     Active: {r.choice(['active (exited)', 'failed (Result: exit-code)', 'active (running)'])} since {rand_dt(r).strftime('%a %Y-%m-%d %H:%M:%S UTC')}; {r.randint(1, 50)}min ago\n    Process: {r.randint(300, 9000)} ExecStart=/bin/true (code=exited, status=0/SUCCESS)\n   Main PID: {r.randint(300, 9000)} (code=exited, status=0/SUCCESS)\n        CPU: {r.randint(1, 90)}ms"),
    ("python3 -m pip list --outdated", lambda r: "Package    Version Latest  Type\n---------- ------- ------- -----\n" + "\n".join(
        f"{p:<10} {a:<7} {b:<7} wheel" for p, a, b in r.sample([("certifi", "2024.2.2", "2024.8.30"), ("urllib3", "2.0.7", "2.2.3"), ("numpy", "1.26.4", "2.1.1"), ("pandas", "2.1.4", "2.2.3"), ("pydantic", "2.5.3", "2.9.2"), ("idna", "3.6", "3.10")], r.randint(2, 5)))),
    ("git status -sb", lambda r: f"## {r.choice(['main', 'develop', 'feat/export-csv'])}...origin/{r.choice(['main', 'develop'])} [ahead {r.randint(1, 9)}]\n" + "\n".join(
        f"{r.choice([' M', 'M ', '??', ' D', 'A '])} {p}" for p in r.sample(["src/config.rs", "Cargo.toml", "README.md", "tests/fixtures/tariffs.csv", "scripts/deploy.sh", "docs/api.md", ".github/workflows/ci.yml"], r.randint(1, 5)))),
]


@frame("json_shell_exec_result", "decoy_json")
def f_shell(r):
    loc = pick_lang(r)
    cmd, fn = r.choice(SHELL_CMDS)
    out = fn(r)
    payload = {"command": cmd, "exit_code": 0 if "failed" not in out else 3, "stdout": out, "stderr": "", "duration_ms": r.randint(3, 900)}
    if chance(r, 0.3):
        payload["cwd"] = r.choice(CODE_PATHS)
    if chance(r, 0.3):
        payload["host"] = r.choice(HOSTS)
    return wrap_tool(r, r.choice(["bash", "run_shell", "exec", "terminal"]), shuf(r, payload, 0.3), {"command": cmd, "timeout": r.choice([30, 60, 120])}), loc


@frame("json_kubernetes_pods", "decoy_json")
def f_k8s(r):
    loc = pick_lang(r)
    ns = r.choice(["default", "prod", "staging", "payments", "data", "monitoring", "ingress-nginx"])
    items = []
    for _ in range(r.randint(2, 7)):
        svc = r.choice(SERVICES)
        phase = r.choice(["Running", "Running", "Running", "Pending", "CrashLoopBackOff", "Completed", "OOMKilled"])
        items.append(shuf(r, {"name": f"{svc}-{hexs(r, 10)}-{alnum(r, 5, string.ascii_lowercase + string.digits)}", "ready": f"{r.randint(0, 2)}/{r.randint(1, 2)}",
                              "status": phase, "restarts": r.randint(0, 40), "age": r.choice(["3m", "47m", "5h12m", "2d", "19d", "112d"]),
                              "ip": server_ip(r), "node": f"node-pool-{r.choice(['a', 'b', 'c'])}-{hexs(r, 4)}",
                              "image": f"registry.example.com/{svc}:{semver(r)}"}, 0.2))
    payload = {"apiVersion": "v1", "kind": "PodList", "namespace": ns, "items": items}
    return wrap_tool(r, "kubectl", payload, {"args": ["get", "pods", "-n", ns, "-o", "json"]}), loc


@frame("json_http_response", "decoy_json")
def f_http(r):
    loc = pick_lang(r)
    st = r.choice([200, 200, 201, 204, 301, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503])
    hdr = {"content-type": r.choice(["application/json; charset=utf-8", "text/html; charset=UTF-8", "application/problem+json"]),
           "date": rand_dt(r).strftime("%a, %d %b %Y %H:%M:%S GMT"), "server": r.choice(["nginx/1.24.0", "envoy", "cloudflare", "Apache/2.4.58 (Debian)", "gunicorn"]),
           "x-request-id": uid(r), "cache-control": r.choice(["no-store", "max-age=300", "public, max-age=86400", "private, no-cache"]),
           "etag": f'W/"{hexs(r, 16)}"', "content-length": str(r.randint(0, 48000)), "x-ratelimit-remaining": str(r.randint(0, 5000))}
    if st == 429:
        hdr["retry-after"] = str(r.choice([1, 5, 30, 60, 120]))
    body = r.choice([
        {"type": "https://example.com/problems/validation", "title": "Validation failed", "status": 422, "errors": [{"field": r.choice(["quantity", "currency", "date_from", "sku"]), "message": r.choice(["must be greater than 0", "unsupported value", "invalid format"])}]},
        {"data": [{"id": r.randint(1, 99999), "sku": f"{alnum(r, 3)}-{digits(r, 5)}", "qty": r.randint(0, 900)} for _ in range(r.randint(1, 3))], "next_cursor": alnum(r, 16, string.ascii_letters + string.digits)},
        {"error": {"code": r.choice(["rate_limited", "not_found", "upstream_unavailable", "conflict"]), "message": r.choice(["Too many requests", "Resource not found", "Service temporarily unavailable", "Version mismatch"])}},
        {"status": "ok", "version": semver(r), "uptime_s": r.randint(10, 9_000_000), "checks": {"db": "ok", "cache": r.choice(["ok", "degraded"]), "queue": "ok"}},
    ])
    payload = {"url": f"https://{r.choice(['api.example.com', 'status.example.org', 'internal.example.net', 'localhost:8443'])}{r.choice(['/v1/items', '/v2/orders/' + str(r.randint(1000, 99999)), '/healthz', '/api/stock?warehouse=W' + str(r.randint(1, 9))])}",
               "method": r.choice(["GET", "GET", "POST", "PUT", "DELETE"]), "status": st, "headers": shuf(r, drop(r, hdr, ["etag", "x-ratelimit-remaining", "cache-control", "server"], 0.4)),
               "body": body if st != 204 else None, "elapsed_ms": r.randint(4, 9000)}
    return wrap_tool(r, "http_request", payload, {"url": payload["url"], "method": payload["method"]}), loc


@frame("json_dns_lookup", "decoy_json")
def f_dns(r):
    loc = pick_lang(r)
    dom = r.choice(["example.com", "api.example.org", "cdn.example.net", "status.example.com", "mail.example.org", "shop.example.eu", "docs.example.dev"])
    rtype = r.choice(["A", "AAAA", "MX", "TXT", "CNAME", "NS", "CAA"])
    ans = []
    for _ in range(r.randint(1, 4)):
        if rtype == "A":
            data = server_ip(r)
        elif rtype == "AAAA":
            data = f"2001:db8:{hexs(r, 4)}:{hexs(r, 4)}::{hexs(r, 2)}"
        elif rtype == "MX":
            data = f"{r.choice([10, 20, 30])} mx{r.randint(1, 3)}.example.net."
        elif rtype == "TXT":
            data = r.choice(['"v=spf1 include:_spf.example.net ~all"', f'"google-site-verification={alnum(r, 43, string.ascii_letters + string.digits)}"', '"v=DMARC1; p=quarantine; pct=100"'])
        elif rtype == "CNAME":
            data = f"{dom.split('.')[0]}.edge-{r.randint(1, 9)}.cdn.example.net."
        elif rtype == "NS":
            data = f"ns{r.randint(1, 4)}.example-dns.net."
        else:
            data = r.choice(['0 issue "letsencrypt.org"', '0 iodef "https://example.com/caa"', '0 issuewild ";"'])
        ans.append({"name": dom + ".", "type": rtype, "TTL": r.choice([60, 300, 3600, 86400]), "data": data})
    payload = {"Status": 0, "TC": False, "RD": True, "RA": True, "AD": chance(r, 0.5), "Question": [{"name": dom + ".", "type": rtype}], "Answer": ans}
    return wrap_tool(r, "dns_query", payload, {"name": dom, "type": rtype}), loc


@frame("json_sql_query_rows", "decoy_json")
def f_sql_rows(r):
    loc = pick_lang(r)
    k = r.randrange(3)
    if k == 0:
        cols = ["order_id", "sku", "qty", "unit_price", "currency", "status", "created_at"]
        rows = [[f"SO-{r.randint(2024, 2026)}-{digits(r, 6)}", f"{alnum(r, 3)}-{digits(r, 4)}", r.randint(1, 50), round(r.uniform(0.5, 900), 2), "EUR",
                 r.choice(["paid", "shipped", "pending", "refunded"]), iso(rand_dt(r))] for _ in range(r.randint(1, 8))]
        q = "SELECT order_id, sku, qty, unit_price, currency, status, created_at FROM order_lines WHERE status <> 'cancelled' ORDER BY created_at DESC LIMIT 50;"
    elif k == 1:
        cols = ["warehouse", "bin", "sku", "on_hand", "reserved", "lot", "best_before"]
        rows = [[r.choice(["W1", "W2", "FRA-3", "LIS-1", "RTM-2"]), f"{r.choice('ABCDEFG')}-{r.randint(1, 40):02d}-{r.randint(1, 6)}", f"{alnum(r, 3)}-{digits(r, 4)}",
                 r.randint(0, 4000), r.randint(0, 300), f"L{digits(r, 6)}", rand_date(r, 2025, 2027).isoformat()] for _ in range(r.randint(1, 8))]
        q = "SELECT warehouse, bin, sku, on_hand, reserved, lot, best_before FROM stock WHERE on_hand < reorder_point;"
    else:
        cols = ["day", "region", "sessions", "conversion_rate", "revenue"]
        d = rand_date(r)
        rows = [[(d + _dt.timedelta(days=i)).isoformat(), r.choice(["DE", "FR", "ES", "IT", "PT", "NL", "UK"]), r.randint(800, 90000), round(r.uniform(0.4, 6.5), 2),
                 round(r.uniform(1000, 250000), 2)] for i in range(r.randint(1, 8))]
        q = "SELECT day, region, sessions, conversion_rate, revenue FROM daily_kpis WHERE day >= now() - interval '7 days';"
    if chance(r, 0.5):
        payload = {"query": q, "columns": cols, "rows": rows, "rowCount": len(rows), "duration_ms": round(r.uniform(0.3, 1800), 1)}
    else:
        payload = {"query": q, "rows": [dict(zip(cols, row)) for row in rows], "rowCount": len(rows)}
    return wrap_tool(r, "sql_query", payload, {"sql": q, "database": r.choice(["analytics", "shop", "wms", "reporting"])}), loc


@frame("json_git_log", "decoy_json")
def f_git_log(r):
    loc = pick_lang(r)
    t = rand_dt(r)
    commits = []
    for _ in range(r.randint(2, 9)):
        t -= _dt.timedelta(hours=r.randint(1, 60), minutes=r.randint(0, 59))
        c = {"sha": hexs(r, 40), "date": iso(t, r), "message": git_msg(r)}
        if chance(r, 0.4):
            c["stats"] = {"files_changed": r.randint(1, 30), "insertions": r.randint(0, 900), "deletions": r.randint(0, 500)}
        if chance(r, 0.2):
            c["parents"] = [hexs(r, 40) for _ in range(r.choice([1, 1, 2]))]
        commits.append(shuf(r, c, 0.2))
    payload = {"branch": r.choice(["main", "develop", "release/3.1"]), "commits": commits}
    return wrap_tool(r, "git_log", payload, {"max_count": len(commits), "format": "%H %cI %s"}), loc


PKG_NAMES = ["tidy-config", "geo-tiles", "csv-stream", "retry-policy", "tinyqueue", "fast-ulid", "units-convert", "tariff-calc", "slugify-plus", "color-space",
             "rate-window", "json-patchwork", "ical-lite", "barcode-check", "iso-country-data"]


@frame("json_package_metadata", "decoy_json")
def f_pkg_meta(r):
    loc = pick_lang(r)
    name = r.choice(PKG_NAMES)
    eco = r.choice(["npm", "pypi", "crates"])
    v = semver(r)
    deps = {d: r.choice(["^", "~", ">=", ""]) + semver(r) for d in r.sample([p for p in PKG_NAMES if p != name] + ["serde", "tokio", "requests", "lodash", "chrono", "numpy"], r.randint(0, 5))}
    if eco == "npm":
        payload = {"name": name, "version": v, "description": r.choice(["Streaming CSV parser with back-pressure", "Convert between metric and imperial units", "Tiny ULID generator", "Validate EAN, UPC and ISBN check digits"]),
                   "main": "dist/index.js", "types": "dist/index.d.ts", "license": r.choice(["MIT", "Apache-2.0", "ISC", "BSD-3-Clause"]),
                   "engines": {"node": r.choice([">=18", ">=16.14", "^20 || ^22"])}, "dependencies": deps,
                   "dist": {"tarball": f"https://registry.example.org/{name}/-/{name}-{v}.tgz", "shasum": hexs(r, 40), "integrity": "sha512-" + alnum(r, 86, string.ascii_letters + string.digits + "+/") + "=="},
                   "keywords": r.sample(["csv", "stream", "units", "barcode", "ean", "geo", "tiles", "retry", "queue"], 3)}
    elif eco == "pypi":
        payload = {"info": {"name": name, "version": v, "requires_python": r.choice([">=3.8", ">=3.9", ">=3.10"]), "license": r.choice(["MIT", "BSD-3-Clause", "Apache-2.0"]),
                            "summary": r.choice(["Calculate electricity tariffs", "Read iCalendar files", "Colour space conversions"]), "requires_dist": [f"{k}{'>=' + x.lstrip('^~>=')}" for k, x in deps.items()],
                            "classifiers": ["Programming Language :: Python :: 3", "Operating System :: OS Independent", f"Development Status :: {r.choice(['3 - Alpha', '4 - Beta', '5 - Production/Stable'])}"]},
                   "urls": [{"filename": f"{name.replace('-', '_')}-{v}-py3-none-any.whl", "size": r.randint(4000, 900000), "digests": {"sha256": hexs(r, 64)}, "upload_time_iso_8601": iso(rand_dt(r), r)}]}
    else:
        total_dl = r.randint(100, 9_000_000)
        payload = {"crate": {"id": name, "max_version": v, "downloads": total_dl, "recent_downloads": r.randint(10, max(11, total_dl // 5)),
                             "description": r.choice(["Sliding-window rate limiter", "Parse and validate barcodes", "ISO 3166 country data"]), "repository": f"https://git.example.com/libs/{name}"},
                   "versions": [{"num": semver(r), "checksum": hexs(r, 64), "yanked": chance(r, 0.05), "rust_version": f"1.{r.randint(60, 82)}"} for _ in range(r.randint(1, 4))]}
    return wrap_tool(r, "registry_lookup", payload, {"ecosystem": eco, "package": name}), loc


@frame("json_dependency_audit", "decoy_json")
def f_audit(r):
    loc = pick_lang(r)
    vulns = []
    for _ in range(r.randint(0, 5)):
        pkg = r.choice(["openssl", "h2", "tokio", "lodash", "axios", "urllib3", "jinja2", "log4j-core", "libxml2", "zlib", "requests", "braces", "semver"])
        vulns.append(shuf(r, {"package": pkg, "installed": semver(r), "fixed_in": semver(r), "id": r.choice([f"CVE-{r.randint(2019, 2025)}-{r.randint(1000, 49999)}", f"GHSA-{alnum(r, 4, 'abcdefghjkmnpqrstuvwxyz23456789')}-{alnum(r, 4, 'abcdefghjkmnpqrstuvwxyz23456789')}-{alnum(r, 4, 'abcdefghjkmnpqrstuvwxyz23456789')}", f"RUSTSEC-{r.randint(2020, 2025)}-{r.randint(1, 120):04d}"]),
                                  "severity": r.choice(["low", "moderate", "high", "critical"]), "cvss": round(r.uniform(2, 9.8), 1),
                                  "title": r.choice(["Denial of service via crafted header", "Prototype pollution", "Path traversal in archive extraction", "Regular expression denial of service", "Out-of-bounds read"])}, 0.3))
    payload = {"summary": {"scanned": r.randint(40, 1400), "vulnerable": len(vulns), "critical": sum(1 for v in vulns if v["severity"] == "critical")}, "vulnerabilities": vulns,
               "tool": r.choice(["cargo-audit 0.20.1", "npm audit", "pip-audit 2.7.3", "osv-scanner 1.8.4"])}
    return wrap_tool(r, "security_audit", payload, {"path": r.choice(["Cargo.lock", "package-lock.json", "requirements.txt"])}), loc


@frame("json_error_tracking_event", "decoy_json")
def f_error_event(r):
    loc = pick_lang(r)
    k = r.randrange(3)
    tb = [py_traceback, java_trace, js_trace][k](r)
    ev = {"event_id": hexs(r, 32), "timestamp": iso(rand_dt(r), r), "level": r.choice(["error", "error", "fatal", "warning"]),
          "platform": ["python", "java", "node"][k], "environment": r.choice(["production", "staging"]), "release": f"{r.choice(SERVICES)}@{semver(r)}",
          "server_name": r.choice(HOSTS), "exception": {"values": [{"type": tb.splitlines()[-1].split(":")[0].split(".")[-1][:40], "stacktrace_text": tb}]},
          "tags": {"region": r.choice(["eu-west-1", "eu-central-1", "europe-west4", "eu-south-2"]), "runtime": r.choice(["CPython 3.11.9", "OpenJDK 21.0.3", "node 20.17.0"])},
          "count": r.randint(1, 9000), "first_seen": iso(rand_dt(r, 2024, 2025), r)}
    return wrap_tool(r, "get_issue_event", shuf(r, drop(r, ev, ["count", "first_seen", "tags", "server_name"], 0.3), 0.2), {"issue_id": str(r.randint(10 ** 8, 10 ** 9))}), loc


@frame("json_prometheus_query", "decoy_json")
def f_prom(r):
    loc = pick_lang(r)
    metric = r.choice(["rate(http_requests_total{job=\"api\",code=~\"5..\"}[5m])", "node_memory_MemAvailable_bytes", "histogram_quantile(0.95, sum(rate(http_request_duration_seconds_bucket[5m])) by (le))",
                       "sum by (instance) (rate(node_cpu_seconds_total{mode!=\"idle\"}[1m]))", "pg_stat_activity_count", "kafka_consumergroup_lag"])
    t0 = int(r.uniform(1.72e9, 1.78e9))
    step = r.choice([15, 30, 60, 300])
    res = []
    for _ in range(r.randint(1, 3)):
        base = r.uniform(0.001, 5e9) if "bytes" in metric else r.uniform(0.001, 40)
        vals = [[t0 + i * step, f"{base * r.uniform(0.8, 1.2):.6g}"] for i in range(r.randint(3, 8))]
        res.append({"metric": {"instance": f"{server_ip(r)}:{r.choice([9100, 9187, 8080, 9308])}", "job": r.choice(["node", "api", "postgres", "kafka"])}, "values": vals})
    payload = {"status": "success", "data": {"resultType": "matrix", "result": res}}
    return wrap_tool(r, "prometheus_query_range", payload, {"query": metric, "start": t0, "end": t0 + 8 * step, "step": f"{step}s"}), loc


@frame("json_log_search_hits", "decoy_json")
def f_log_search(r):
    loc = pick_lang(r)
    t = rand_dt(r)
    hits = []
    for _ in range(r.randint(2, 7)):
        t += _dt.timedelta(seconds=r.randint(1, 900))
        hits.append({"_index": f"logs-{t.strftime('%Y.%m.%d')}", "_id": alnum(r, 20, string.ascii_letters + string.digits), "_source": {"@timestamp": iso(t, r), "message": log_line(r, t),
                     "host": {"name": r.choice(HOSTS)}, "service": {"name": r.choice(SERVICES)}}})
    payload = {"took": r.randint(3, 900), "timed_out": False, "hits": {"total": {"value": r.randint(len(hits), 50000), "relation": r.choice(["eq", "gte"])}, "hits": hits}}
    return wrap_tool(r, "search_logs", payload, {"query": r.choice(["level:ERROR", "status:5*", "\"upstream timed out\"", "service.name:pricing-engine AND latency_ms:>1000"]), "size": len(hits)}), loc


@frame("json_feature_flags_config", "decoy_json")
def f_flags(r):
    loc = pick_lang(r)
    flags = {}
    for name in r.sample(["new_checkout", "tariffs_v2", "dark_mode", "eu_vat_oss", "search_reranker", "pdf_invoices", "http2_upstream", "batch_export_csv",
                          "map_tiles_vector", "lazy_images", "rate_limit_strict", "i18n_pt_br"], r.randint(2, 7)):
        f = {"enabled": chance(r, 0.6), "rollout_percent": r.choice([0, 5, 10, 25, 50, 100]), "environments": r.sample(["dev", "staging", "prod"], r.randint(1, 3))}
        if chance(r, 0.4):
            f["segments"] = r.sample(["country:DE", "country:PT", "plan:enterprise", "beta_testers", "internal", "app_version>=4.2.0"], r.randint(1, 2))
        if chance(r, 0.3):
            f["expires"] = rand_date(r, 2025, 2026).isoformat()
        flags[name] = shuf(r, f, 0.3)
    payload = {"version": r.randint(1, 900), "updated_at": iso(rand_dt(r), r), "flags": flags, "etag": hexs(r, 16)}
    return wrap_tool(r, "get_feature_flags", drop(r, payload, ["etag", "version"], 0.4), {"project": r.choice(["web", "mobile", "backoffice"])}), loc


@frame("json_iot_sensor_telemetry", "decoy_json")
def f_iot(r):
    loc = pick_lang(r)
    dev = f"{r.choice(['greenhouse', 'cold-room', 'boiler', 'beehive', 'server-rack', 'silo'])}-{r.randint(1, 40):02d}"
    t = rand_dt(r)
    readings = []
    for i in range(r.randint(2, 8)):
        rd = {"ts": int(t.replace(tzinfo=_dt.timezone.utc).timestamp()) + i * r.choice([60, 300, 900]), "temp_c": round(r.uniform(-22, 38), 2),
              "rh": round(r.uniform(20, 98), 1), "battery_v": round(r.uniform(2.9, 3.6), 3), "rssi": r.randint(-118, -60)}
        if chance(r, 0.4):
            rd["co2_ppm"] = r.randint(380, 2400)
        readings.append(rd)
    payload = {"device_id": dev, "eui": "-".join(hexs(r, 2).upper() for _ in range(8)), "fw": semver(r), "gateway": f"gw-{hexs(r, 6)}",
               "location": {"site": r.choice(["Plant 2", "Warehouse North", "Campus B", "Lab 0.31", "Site 14"]), "floor": r.randint(-1, 5)},
               "readings": readings}
    return wrap_tool(r, "iot_get_readings", shuf(r, payload, 0.3), {"device_id": dev, "limit": len(readings)}), loc


@frame("json_cloud_cost_report", "decoy_json")
def f_cost(r):
    loc = pick_lang(r)
    cur = r.choice(["USD", "EUR"])
    svcs = some(r, ["Compute", "Object Storage", "Managed PostgreSQL", "Load Balancer", "Data Transfer", "Kubernetes", "CDN", "Logging", "Backup", "DNS"], 3, 8)
    lines = [{"service": s, "cost": round(r.uniform(0.4, 12000), 2), "usage": f"{fnum(r.uniform(1, 90000), 1, 'en')} {r.choice(['GB-month', 'vCPU-hours', 'GB', 'requests (M)', 'hours'])}",
              "change_pct": round(r.uniform(-40, 60), 1)} for s in svcs]
    d = rand_date(r, 2024, 2026)
    payload = {"period": {"start": d.replace(day=1).isoformat(), "end": d.isoformat()}, "currency": cur, "total": round(sum(x["cost"] for x in lines), 2),
               "by_service": lines, "forecast_month_end": round(sum(x["cost"] for x in lines) * r.uniform(1.0, 1.6), 2),
               "account": r.choice(["prod-eu", "analytics", "sandbox", "shared-services"])}
    return wrap_tool(r, "cost_explorer", shuf(r, payload, 0.3), {"granularity": "MONTHLY", "group_by": "SERVICE"}), loc


@frame("json_tls_certificate_check", "decoy_json")
def f_tls(r):
    loc = pick_lang(r)
    host = r.choice(["example.com", "shop.example.eu", "api.example.org", "status.example.net", "intranet.example.local", "tiles.example.dev"])
    nb = rand_date(r, 2024, 2025)
    payload = {"host": host, "port": r.choice([443, 443, 8443, 993, 465]), "subject": {"CN": host}, "issuer": r.choice(["R11", "R10", "E5", "Sectigo RSA Domain Validation Secure Server CA", "GTS CA 1P5"]),
               "san": [host, "www." + host] if chance(r, 0.5) else [host], "not_before": nb.isoformat(), "not_after": (nb + _dt.timedelta(days=r.choice([90, 90, 365, 397]))).isoformat(),
               "serial": ":".join(hexs(r, 2).upper() for _ in range(r.randint(16, 18))), "sha256_fingerprint": ":".join(hexs(r, 2).upper() for _ in range(32)),
               "protocol": r.choice(["TLSv1.3", "TLSv1.2"]), "cipher": r.choice(["TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "ECDHE-RSA-AES128-GCM-SHA256"]),
               "days_remaining": r.randint(-3, 380), "ocsp_stapling": chance(r, 0.6)}
    return wrap_tool(r, "check_tls", shuf(r, drop(r, payload, ["serial", "cipher", "ocsp_stapling", "san"], 0.3), 0.3), {"host": host}), loc


@frame("json_cron_job_status", "decoy_json")
def f_cron(r):
    loc = pick_lang(r)
    jobs = []
    for name in r.sample(["nightly-backup", "reindex-search", "purge-temp-files", "sync-tariffs", "rotate-logs", "export-kpis", "refresh-exchange-rates", "vacuum-analyze"], r.randint(2, 6)):
        last = rand_dt(r)
        jobs.append(shuf(r, {"name": name, "schedule": r.choice(["0 2 * * *", "*/15 * * * *", "30 4 * * 1", "0 */6 * * *", "15 3 1 * *", "@hourly"]),
                             "last_run": iso(last, r), "last_status": r.choice(["succeeded", "succeeded", "succeeded", "failed", "running"]),
                             "duration_s": r.randint(1, 7200), "next_run": iso(last + _dt.timedelta(hours=r.choice([1, 6, 24, 168])), r)}, 0.3))
    return wrap_tool(r, "list_scheduled_jobs", {"jobs": jobs, "timezone": "UTC"}, {}), loc


# ===========================================================================
# JSON frames: everyday services
# ===========================================================================

AQ_STATIONS = {"en": ["London Marylebone Road", "Manchester Piccadilly", "Dublin Rathmines", "Chicago Com Ed"], "de": ["Berlin Mitte", "München Landshuter Allee", "Stuttgart Am Neckartor", "Hamburg Habichtstraße"],
               "fr": ["Paris 13e", "Lyon Centre", "Marseille Longchamp", "Strasbourg Est"], "es": ["Madrid Plaza Elíptica", "Barcelona Eixample", "Sevilla Torneo", "Valencia Pista de Silla"],
               "it": ["Milano Senato", "Torino Lingotto", "Roma Magna Grecia", "Napoli Ferrovia"], "pt": ["Lisboa Avenida da Liberdade", "Porto Boavista", "Coimbra Geofísico", "Braga Frossos"],
               "nl": ["Amsterdam Stadhouderskade", "Rotterdam Statenweg", "Utrecht Griftpark", "Den Haag Centrum"]}


@frame("json_air_quality", "decoy_json")
def f_air(r):
    loc = pick_lang(r)
    sts = []
    for s in some(r, AQ_STATIONS[loc], 1, 3):
        m = {"pm25": round(r.uniform(2, 65), 1), "pm10": round(r.uniform(5, 90), 1), "no2": round(r.uniform(4, 120), 1), "o3": round(r.uniform(10, 180), 1), "so2": round(r.uniform(0.5, 12), 1)}
        sts.append({"station": s, "measurements_ugm3": shuf(r, drop(r, m, ["so2", "o3", "pm10"], 0.3)), "aqi": r.randint(8, 160),
                    "category": r.choice(["good", "fair", "moderate", "poor", "very poor"]), "updated": iso(rand_dt(r), r)})
    return wrap_tool(r, "air_quality", {"country": DEFAULT_COUNTRY[loc] if loc != "en" else r.choice(["GB", "IE", "US"]), "stations": sts, "standard": r.choice(["EAQI", "US EPA AQI"])}, {"lang": loc}), loc


QUAKE_REGIONS = ["CENTRAL ITALY", "SOUTHERN GREECE", "AZORES ISLANDS REGION", "STRAIT OF GIBRALTAR", "ICELAND", "WESTERN TURKEY", "PYRENEES", "SICILY, ITALY",
                 "NORTHERN ALGERIA", "CRETE, GREECE", "PORTUGAL", "GERMANY", "ALBANIA", "CAMPI FLEGREI, ITALY", "CANARY ISLANDS, SPAIN REGION"]


@frame("json_earthquake_feed", "decoy_json")
def f_quake(r):
    loc = pick_lang(r)
    feats = []
    for _ in range(r.randint(1, 6)):
        t = rand_dt(r)
        feats.append({"type": "Feature", "id": f"{r.choice(['emsc', 'us', 'ingv'])}{alnum(r, 8, string.ascii_lowercase + string.digits)}",
                      "properties": shuf(r, {"mag": round(r.uniform(1.5, 6.4), 1), "magType": r.choice(["ML", "Mw", "mb", "Md"]), "place": r.choice(QUAKE_REGIONS),
                                             "time": int(t.replace(tzinfo=_dt.timezone.utc).timestamp() * 1000), "tsunami": 0, "felt": r.choice([None, r.randint(1, 3000)]),
                                             "status": r.choice(["reviewed", "automatic"])}, 0.3),
                      "geometry": {"type": "Point", "coordinates": [round(r.uniform(-28, 30), 3), round(r.uniform(28, 66), 3), round(r.uniform(1, 40), 1)]}})
    payload = {"type": "FeatureCollection", "metadata": {"generated": int(r.uniform(1.72e12, 1.78e12)), "count": len(feats), "title": "M1.5+ earthquakes, past day"}, "features": feats}
    return wrap_tool(r, "earthquakes_recent", payload, {"minmagnitude": 1.5, "region": "europe"}), loc


TRANSIT = {
    "de": (["U2", "U6", "S1", "S41", "Tram M10", "Bus 100", "Bus 200", "RE1", "Tram 4"], ["Pankow", "Ruhleben", "Wannsee", "Hauptbahnhof", "Flughafen BER", "Zoologischer Garten", "Messe Nord", "Stadtmitte"]),
    "fr": (["Métro 1", "Métro 14", "RER A", "RER B", "Tram T3a", "Bus 38", "Bus 91", "Transilien L"], ["La Défense", "Château de Vincennes", "Aéroport d'Orly", "Gare de Lyon", "Marne-la-Vallée", "Pont de Sèvres"]),
    "es": (["L1", "L6", "L10", "Cercanías C4", "EMT 27", "EMT 150", "Metro Ligero ML1", "Bus N3"], ["Valdecarros", "Pinar de Chamartín", "Aeropuerto T4", "Parla", "Plaza de Castilla", "Atocha", "Ciudad Universitaria"]),
    "it": (["M1", "M2", "M5", "Tram 9", "Bus 90", "Passante S5", "Tram 15"], ["Sesto FS", "Rho Fiera", "Abbiategrasso", "Duomo", "Stazione Centrale", "Lampugnano", "Linate Aeroporto"]),
    "pt": (["Linha Azul", "Linha Verde", "Linha Amarela", "Elétrico 28E", "Autocarro 728", "Autocarro 732", "Linha de Cascais"], ["Rossio", "Telheiras", "Odivelas", "Baixa-Chiado", "Alameda", "Oriente", "Aeroporto"]),
    "nl": (["Metro 52", "Metro 53", "Tram 2", "Tram 26", "Bus 22", "Bus 397", "Sprinter 4000"], ["Noord", "Station Zuid", "Centraal Station", "IJburg", "Gein", "Nieuw Sloten", "Schiphol Plaza"]),
    "en": (["Central line", "Jubilee line", "Northern line", "Bus 73", "Bus 25", "Tram 3", "DLR"], ["Brixton", "Walthamstow Central", "Abbey Wood", "Heathrow Terminal 5", "Edgware", "Stoke Newington", "Lewisham"]),
}


@frame("json_transit_departures", "decoy_json")
def f_transit(r):
    loc = pick_lang(r)
    lines, dests = TRANSIT[loc]
    stop = r.choice(dests)
    t = rand_dt(r)
    deps = []
    for _ in range(r.randint(3, 9)):
        t += _dt.timedelta(minutes=r.randint(1, 9))
        d = {"line": r.choice(lines), "direction": r.choice([x for x in dests if x != stop]), "planned": t.strftime("%H:%M"),
             "delay_s": r.choice([0, 0, 0, 30, 60, 120, 240, 480]), "platform": r.choice([None, "1", "2", "A", "B", "3"]), "realtime": chance(r, 0.8)}
        if chance(r, 0.1):
            d["cancelled"] = True
        deps.append(shuf(r, drop(r, d, ["platform", "realtime"], 0.35), 0.2))
    prefix = {"de": "de:11000:", "fr": "FR:IDFM:", "es": "ES:CRTM:", "it": "IT:ATM:", "pt": "PT:CML:", "nl": "NL:Q:", "en": "GB:TFL:"}[loc]
    payload = {"stop": {"name": stop, "id": f"{prefix}{r.randint(1000, 999999)}"}, "departures": deps,
               "generated": iso(rand_dt(r), r)}
    return wrap_tool(r, "transit_departures", payload, {"stop": stop, "limit": len(deps)}), loc


@frame("json_parking_availability", "decoy_json")
def f_parking(r):
    loc = pick_lang(r)
    names = {"en": ["Central Car Park", "Station Multi-Storey", "Riverside P+R", "Airport Long Stay"], "de": ["Parkhaus Hauptbahnhof", "Tiefgarage Rathaus", "P+R Messe", "Parkhaus Altstadt"],
             "fr": ["Parking Gare", "Parking Hôtel de Ville", "Parc relais Nord", "Parking Centre Historique"], "es": ["Aparcamiento Estación", "Parking Plaza Mayor", "Aparcamiento disuasorio Norte", "Parking Mercado Central"],
             "it": ["Parcheggio Stazione", "Autosilo Centro", "Parcheggio scambiatore Nord", "Parcheggio Ospedale"], "pt": ["Parque Estação", "Parque Mercado", "Parque Dissuasor Norte", "Parque Hospital"],
             "nl": ["Parkeergarage Centrum", "P+R Noord", "Parkeergarage Station", "Parkeerterrein Stadhuis"]}[loc]
    items = [{"name": n, "capacity": (cap := r.randint(80, 2400)), "free": r.randint(0, cap), "open": chance(r, 0.9), "ev_chargers": r.randint(0, 40),
              "tariff_per_hour": round(r.uniform(0.8, 4.5), 2), "max_height_m": r.choice([1.9, 2.0, 2.1, 2.2, None])} for n in some(r, names, 2, 4)]
    items = [shuf(r, drop(r, x, ["ev_chargers", "tariff_per_hour", "max_height_m"], 0.35), 0.2) for x in items]
    return wrap_tool(r, "parking_status", {"city": r.choice(CITIES[loc])[0], "facilities": items, "updated": iso(rand_dt(r), r)}, {"city": "auto"}), loc


MEDS = [("paracetamol", "N02BE01", ["500 mg", "1 g"], "analgesic, antipyretic"), ("ibuprofen", "M01AE01", ["200 mg", "400 mg", "600 mg"], "NSAID"),
        ("cetirizine", "R06AE07", ["10 mg"], "antihistamine"), ("omeprazole", "A02BC01", ["20 mg", "40 mg"], "proton pump inhibitor"),
        ("loratadine", "R06AX13", ["10 mg"], "antihistamine"), ("amoxicillin", "J01CA04", ["500 mg", "750 mg", "1000 mg"], "penicillin antibiotic"),
        ("metformin", "A10BA02", ["500 mg", "850 mg", "1000 mg"], "biguanide"), ("simvastatin", "C10AA01", ["20 mg", "40 mg"], "statin"),
        ("salbutamol", "R03AC02", ["100 µg/dose"], "short-acting beta-2 agonist"), ("loperamide", "A07DA03", ["2 mg"], "antidiarrhoeal")]


@frame("json_medication_reference", "decoy_json")
def f_med(r):
    loc = pick_lang(r)
    inn, atc, strengths, cls = r.choice(MEDS)
    payload = {"inn": inn, "atc_code": atc, "class": cls, "strengths": strengths, "forms": r.sample(["tablet", "film-coated tablet", "capsule", "oral suspension", "effervescent tablet", "inhaler"], r.randint(1, 3)),
               "prescription_required": {"paracetamol": False, "ibuprofen": False, "cetirizine": False, "loratadine": False, "loperamide": False}.get(inn, True),
               "pack_sizes": r.sample([10, 14, 20, 28, 30, 50, 56, 100], r.randint(1, 3)), "storage": r.choice(["Store below 25 °C", "Keep in original package", "Do not refrigerate"]),
               "common_interactions": r.sample(["alcohol", "warfarin-type anticoagulants", "other NSAIDs", "antacids", "grapefruit juice", "methotrexate"], r.randint(0, 3)),
               "source": r.choice(["SmPC summary", "national formulary", "EMA product information"]), "label_language": loc}
    if chance(r, 0.4):
        payload["product_codes"] = [{"type": r.choice(["PZN", "CNK", "AIC", "CN", "GTIN"]), "value": digits(r, r.choice([7, 8, 9, 13]))} for _ in range(r.randint(1, 2))]
    return wrap_tool(r, "drug_info", shuf(r, drop(r, payload, ["common_interactions", "storage", "pack_sizes"], 0.3), 0.3), {"name": inn}), loc


@frame("json_shipping_quote", "decoy_json")
def f_ship_quote(r):
    loc = pick_lang(r)
    w = round(r.uniform(0.2, 31.5), 1)
    dims = [r.randint(10, 120) for _ in range(3)]
    o, d = r.sample(["DE", "FR", "ES", "IT", "PT", "NL", "BE", "AT", "GB", "IE", "PL"], 2)
    quotes = [{"carrier": c, "service": r.choice(["Standard", "Express", "Economy", "Next day", "Pickup point"]), "price": round(r.uniform(4.2, 95), 2),
               "currency": "GBP" if o == "GB" else "EUR", "transit_days": f"{(a := r.randint(1, 5))}-{a + r.randint(0, 3)}", "volumetric_weight_kg": round(dims[0] * dims[1] * dims[2] / 5000, 2)}
              for c in r.sample(sum(CARRIERS.values(), []), r.randint(2, 5))]
    payload = {"origin_country": o, "destination_country": d, "origin_postcode_area": r.choice(["10", "20", "75", "28", "00", "1000", "3011", "4000"]),
               "parcel": {"weight_kg": w, "length_cm": dims[0], "width_cm": dims[1], "height_cm": dims[2]}, "quotes": sorted(quotes, key=lambda q: q["price"])}
    return wrap_tool(r, "shipping_rates", payload, {"from": o, "to": d, "weight": w}), loc


HARBOURS = {"en": ["Dover", "Holyhead", "Cork Harbour", "Portsmouth"], "de": ["Cuxhaven", "Helgoland", "Warnemünde", "Büsum"], "fr": ["Brest", "La Rochelle", "Le Havre", "Cherbourg"],
            "es": ["A Coruña", "Cádiz", "Gijón", "Vigo"], "it": ["Venezia Lido", "Trieste", "Genova", "Ancona"], "pt": ["Cascais", "Leixões", "Peniche", "Sines"],
            "nl": ["Den Helder", "Vlissingen", "Harlingen", "IJmuiden"]}


@frame("json_tide_table", "decoy_json")
def f_tides(r):
    loc = pick_lang(r)
    h = r.choice(HARBOURS[loc])
    d = rand_date(r, 2025, 2026)
    t = _dt.datetime(d.year, d.month, d.day, r.randint(0, 5), r.randint(0, 59))
    ev = []
    for i in range(r.randint(4, 8)):
        kind = "high" if i % 2 == 0 else "low"
        ev.append({"type": kind, "time": t.strftime("%Y-%m-%dT%H:%M"), "height_m": round(r.uniform(2.5, 6.8) if kind == "high" else r.uniform(0.1, 1.8), 2)})
        t += _dt.timedelta(hours=6, minutes=r.randint(5, 20))
    payload = {"station": h, "datum": r.choice(["LAT", "CD", "NAP", "MSL"]), "timezone": "UTC" if chance(r, 0.5) else "local", "coefficient": r.randint(35, 115) if loc == "fr" else None, "extremes": ev}
    if payload["coefficient"] is None:
        del payload["coefficient"]
    return wrap_tool(r, "tide_predictions", payload, {"station": h, "date": d.isoformat(), "days": 2}), loc


SKI = {"en": ["Verbier", "Zermatt", "Val Thorens", "Lech"], "de": ["Ischgl", "Garmisch-Classic", "Feldberg", "Kitzbühel", "Oberstdorf"], "fr": ["Tignes", "Chamonix", "La Plagne", "Les Arcs", "Megève"],
       "es": ["Baqueira Beret", "Sierra Nevada", "Formigal", "La Molina"], "it": ["Cervinia", "Livigno", "Bormio", "Cortina d'Ampezzo", "Sestriere"],
       "pt": ["Serra da Estrela", "Sierra Nevada", "Baqueira Beret"], "nl": ["Sölden", "Saalbach", "Obergurgl", "Val Thorens"]}


@frame("json_ski_snow_report", "decoy_json")
def f_ski(r):
    loc = pick_lang(r)
    res = []
    for name in some(r, SKI[loc], 1, 3):
        lt = r.randint(8, 90)
        valley = r.randint(0, 120)
        res.append(shuf(r, {"resort": name, "snow_depth_valley_cm": valley, "snow_depth_summit_cm": valley + r.randint(20, 260), "new_snow_24h_cm": r.choice([0, 0, 2, 5, 10, 15, 30, 45]),
                            "lifts_open": r.randint(0, lt), "lifts_total": lt, "slopes_open_km": round(r.uniform(5, 300), 1), "avalanche_danger": r.randint(1, 4),
                            "conditions": r.choice(["powder", "packed powder", "spring snow", "icy", "wet"]), "last_update": iso(rand_dt(r), r)}, 0.3))
    return wrap_tool(r, "snow_report", {"resorts": res, "lang": loc}, {"region": "alps"}), loc


PARTIES = {"de": ["CDU/CSU", "SPD", "AfD", "Grüne", "FDP", "Die Linke", "BSW", "Sonstige"], "fr": ["RN", "Ensemble", "NFP", "LR", "Divers gauche", "Divers droite", "Autres"],
           "es": ["PP", "PSOE", "Vox", "Sumar", "ERC", "Junts", "EH Bildu", "PNV", "Otros"], "it": ["FdI", "PD", "M5S", "FI", "Lega", "AVS", "Azione", "Altri"],
           "pt": ["AD", "PS", "Chega", "IL", "Livre", "BE", "CDU", "PAN", "Outros"], "nl": ["PVV", "GL-PvdA", "VVD", "NSC", "D66", "BBB", "CDA", "SP", "Overig"],
           "en": ["Labour", "Conservative", "Liberal Democrats", "Reform UK", "Green", "SNP", "Plaid Cymru", "Others"]}


@frame("json_election_results", "decoy_json")
def f_election(r):
    loc = pick_lang(r)
    ps = PARTIES[loc]
    raw = [r.uniform(1, 30) for _ in ps]
    tot = sum(raw)
    seats_total = {"de": 630, "fr": 577, "es": 350, "it": 400, "pt": 230, "nl": 150, "en": 650}[loc]
    rows = [{"party": p, "votes_pct": round(v / tot * 100, 1), "change_pp": round(r.uniform(-6, 6), 1)} for p, v in zip(ps, raw)]
    if chance(r, 0.6):
        left = seats_total
        for row in rows[:-1]:
            s = min(left, int(row["votes_pct"] / 100 * seats_total * r.uniform(0.9, 1.1)))
            row["seats"] = s
            left -= s
        rows[-1]["seats"] = left
    rows.sort(key=lambda x: -x["votes_pct"])
    payload = {"election": r.choice(["national parliament", "regional", "municipal"]), "turnout_pct": round(r.uniform(45, 83), 1), "counted_pct": r.choice([100, 99.8, 87.3, 64.1, 100]),
               "results": rows, "updated": iso(rand_dt(r), r)}
    return wrap_tool(r, "election_results", shuf(r, payload, 0.3), {"country": {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "en": "GB"}[loc]}), loc


COURSES = {"en": ["Linear Algebra", "Organic Chemistry I", "Macroeconomics", "Data Structures", "Thermodynamics", "Academic Writing"],
           "de": ["Analysis I", "Technische Mechanik", "Einführung in die BWL", "Algorithmen und Datenstrukturen", "Werkstoffkunde", "Statistik II"],
           "fr": ["Analyse 1", "Chimie organique", "Microéconomie", "Programmation impérative", "Mécanique des fluides", "Droit constitutionnel"],
           "es": ["Cálculo I", "Química General", "Macroeconomía", "Estructuras de Datos", "Termodinámica", "Derecho Civil I"],
           "it": ["Analisi matematica 1", "Fisica generale", "Economia aziendale", "Basi di dati", "Scienza delle costruzioni", "Diritto privato"],
           "pt": ["Cálculo I", "Química Orgânica", "Macroeconomia", "Programação I", "Mecânica dos Materiais", "Direito Constitucional"],
           "nl": ["Lineaire Algebra", "Organische Chemie", "Macro-economie", "Datastructuren", "Thermodynamica", "Inleiding Recht"]}


@frame("json_course_timetable", "decoy_json")
def f_timetable(r):
    loc = pick_lang(r)
    sessions = []
    for c in some(r, COURSES[loc], 2, 6):
        code = f"{alnum(r, r.choice([2, 3, 4]), string.ascii_uppercase)}{r.randint(100, 4999)}"
        h = r.choice([8, 9, 10, 11, 13, 14, 15, 16])
        sessions.append(shuf(r, {"course": c, "code": code, "type": r.choice(["lecture", "tutorial", "lab", "seminar", "exam"]), "day": r.choice(WEEKDAYS[loc][:5]),
                                 "start": f"{h:02d}:{r.choice(['00', '15', '30'])}", "end": f"{h + r.choice([1, 2, 2, 3]):02d}:{r.choice(['00', '15', '30', '45'])}",
                                 "room": r.choice(["HS 1", "A-104", "B2.07", "Amphi 3", "Aula Magna", "Sala 12", "Lab 0.31", "Zaal 1.18", "Anfiteatro 2", "C-0.12"]),
                                 "weeks": r.choice(["1-14", "1-7", "2-14 even", "8-14", "all"]), "ects": r.choice([3, 5, 6, 6, 7.5, 9])}, 0.3))
    payload = {"term": r.choice(["WS 2025/26", "SS 2026", "Autumn 2025", "Semestre 1", "2025-2026 S2"]), "programme": r.choice(["BSc Computer Science", "BA Economics", "MSc Chemistry", "BEng Civil Engineering"]), "sessions": sessions}
    return wrap_tool(r, "get_timetable", payload, {"term": payload["term"]}), loc


HOTEL_NAMES = {"en": ["Harbour View Hotel", "The Granary Rooms", "Station Hotel", "Riverside Inn", "Old Mill Guesthouse"],
               "de": ["Hotel am Dom", "Hotel Stadtgarten", "Pension Seeblick", "Hotel Alte Post", "Gasthof zum Hirschen"],
               "fr": ["Hôtel du Port", "Hôtel des Arts", "Auberge du Pont", "Hôtel Le Beffroi", "Les Terrasses"],
               "es": ["Hotel Plaza", "Hostal El Faro", "Hotel Los Olivos", "Posada del Río", "Hotel Mirador"],
               "it": ["Albergo Centrale", "Hotel Belvedere", "Locanda del Ponte", "Hotel Stazione", "B&B Il Giardino"],
               "pt": ["Hotel Miradouro", "Pensão Ribeira", "Hotel da Sé", "Casa do Largo", "Quinta das Oliveiras"],
               "nl": ["Hotel De Gracht", "Hotel Centraal", "Pension Zeezicht", "Hotel De Molen", "Stayokay Hostel"]}


@frame("json_hotel_search", "decoy_json")
def f_hotels(r):
    loc = pick_lang(r)
    city = r.choice(CITIES[loc])[0]
    d = rand_date(r, 2025, 2026)
    nights = r.randint(1, 7)
    hs = []
    for n in some(r, HOTEL_NAMES[loc], 2, 5):
        pn = price(r, 48, 390)
        h = {"name": n, "stars": r.choice([2, 3, 3, 4, 4, 5]), "review_score": round(r.uniform(6.8, 9.7), 1), "reviews": r.randint(12, 6400),
             "price_per_night": pn, "total": round(pn * nights, 2), "currency": "GBP" if loc == "en" and chance(r, 0.4) else "EUR",
             "distance_to_centre_km": round(r.uniform(0.1, 7.5), 1), "free_cancellation_until": (d - _dt.timedelta(days=r.randint(1, 7))).isoformat() if chance(r, 0.6) else None,
             "amenities": r.sample(["wifi", "breakfast", "parking", "pool", "gym", "air_conditioning", "pets_allowed", "ev_charging", "24h_reception"], r.randint(2, 5)),
             "room_type": r.choice(["Double", "Twin", "Single", "Family room", "Studio", "Superior double"])}
        hs.append(shuf(r, drop(r, h, ["reviews", "distance_to_centre_km", "free_cancellation_until", "amenities"], 0.3), 0.2))
    payload = {"destination": city, "check_in": d.isoformat(), "check_out": (d + _dt.timedelta(days=nights)).isoformat(), "guests": r.randint(1, 4), "rooms": 1, "results": hs}
    return wrap_tool(r, "hotel_search", payload, {"city": city, "check_in": d.isoformat(), "nights": nights}), loc


CARS = ["Volkswagen Polo", "Volkswagen Golf", "Fiat 500", "Fiat Panda", "Seat Ibiza", "Kia Picanto", "Kia Ceed SW", "Hyundai i20", "Dacia Sandero", "Dacia Duster",
        "Volvo XC40", "Mini Cooper", "BMW 1 Series", "Nissan Qashqai", "Mazda CX-30", "Toyota Yaris Hybrid", "Skoda Octavia Combi", "Cupra Born", "Audi A3"]


@frame("json_car_rental_offers", "decoy_json")
def f_cars(r):
    loc = pick_lang(r)
    ap, city = r.choice(AIRPORTS)
    days = r.randint(1, 14)
    offers = []
    for car in some(r, CARS, 2, 6):
        per = price(r, 14, 140)
        offers.append(shuf(r, drop(r, {"model": car + " or similar", "acriss": r.choice(["MBMR", "EDMR", "CDMR", "CWMR", "IFAR", "SFAR", "CDAR", "EDAE"]),
                                       "transmission": r.choice(["manual", "automatic"]), "seats": r.choice([4, 5, 5, 7]), "doors": r.choice([3, 5]), "bags": r.randint(1, 4),
                                       "fuel_policy": r.choice(["full-to-full", "same-to-same"]), "mileage": r.choice(["unlimited", f"{r.choice([100, 200, 300])} km/day"]),
                                       "price_per_day": per, "total": round(per * days, 2), "currency": "EUR", "deposit": r.choice([300, 500, 800, 1200, 1500]),
                                       "supplier": r.choice(["Supplier A", "Local partner", "Airport desk", "Meet & greet"])}, ["doors", "bags", "deposit", "fuel_policy"], 0.3), 0.2))
    payload = {"pickup": {"location": f"{ap} airport", "datetime": iso(rand_dt(r))}, "days": days, "driver_age_band": r.choice(["25-69", "21-24", "30-65"]), "offers": offers}
    return wrap_tool(r, "car_rental_search", payload, {"pickup": ap, "days": days}), loc


@frame("json_restaurant_availability", "decoy_json")
def f_restaurant(r):
    loc = pick_lang(r)
    names = {"en": ["The Copper Pot", "Harbour Kitchen", "Olive & Thyme"], "de": ["Gasthaus Zur Linde", "Brasserie am Markt", "Weinstube Kellergewölbe"],
             "fr": ["Le Petit Zinc", "Bistrot du Marché", "La Table du Port"], "es": ["Taberna El Puerto", "Mesón del Arco", "La Bodeguilla"],
             "it": ["Trattoria del Ponte", "Osteria Il Girasole", "Pizzeria Vesuvio"], "pt": ["Tasca do Largo", "Cervejaria Ribeira", "O Pescador"],
             "nl": ["Eetcafé De Brug", "Restaurant Het Pakhuis", "Brasserie Zuid"]}[loc]
    d = rand_date(r, 2025, 2026)
    size = r.randint(1, 10)
    slots = []
    for hh in sorted(r.sample([12, 13, 14, 18, 19, 20, 21, 22], r.randint(2, 6))):
        mm = r.choice([0, 15, 30, 45])
        slots.append(drop(r, {"time": f"{hh:02d}:{mm:02d}", "tables": [f"T{r.randint(1, 40)}" for _ in range(r.randint(1, 3))], "area": r.choice(["indoor", "terrace", "bar", "window", "private room"]),
                              "duration_min": r.choice([90, 105, 120, 150])}, ["area", "tables", "duration_min"], 0.3))
    payload = {"restaurant": r.choice(names), "date": d.isoformat(), "party_size": size, "slots": slots, "deposit_required": size >= 8,
               "notes": r.choice([None, "Kitchen closes 22:30", "Terrace weather permitting", "Set menu only for groups of 8+"])}
    return wrap_tool(r, "restaurant_availability", drop(r, payload, ["notes"], 0.4), {"date": d.isoformat(), "party_size": size}), loc


PLACES = {"en": ["Natural History Museum", "Botanic Garden", "Science Museum", "Central Library", "Castle Museum", "Maritime Museum"],
          "de": ["Deutsches Museum", "Botanischer Garten", "Stadtbibliothek", "Naturkundemuseum", "Zoo", "Hallenbad Nord"],
          "fr": ["Musée d'Orsay", "Jardin des Plantes", "Cité des sciences", "Bibliothèque municipale", "Piscine municipale", "Musée des Beaux-Arts"],
          "es": ["Museo del Prado", "Jardín Botánico", "Museo de Ciencias", "Biblioteca Pública", "Acuario", "Polideportivo Municipal"],
          "it": ["Galleria degli Uffizi", "Orto botanico", "Museo della Scienza", "Biblioteca civica", "Acquario", "Piscina comunale"],
          "pt": ["Museu Nacional do Azulejo", "Jardim Botânico", "Pavilhão do Conhecimento", "Biblioteca Municipal", "Oceanário", "Piscina Municipal"],
          "nl": ["Rijksmuseum", "Hortus Botanicus", "NEMO Science Museum", "Openbare Bibliotheek", "Scheepvaartmuseum", "Stedelijk Museum"]}


@frame("json_opening_hours", "decoy_json")
def f_hours(r):
    loc = pick_lang(r)
    place = r.choice(PLACES[loc])
    days = WEEKDAYS[loc]
    oh = {}
    closed = r.choice([None, 0, 0, 6])
    o, c = r.choice([(9, 17), (10, 18), (10, 17), (8, 20), (7, 22), (9, 19)])
    for i, dname in enumerate(days):
        if i == closed:
            oh[dname] = None if chance(r, 0.5) else {"en": "closed", "de": "geschlossen", "fr": "fermé", "es": "cerrado", "it": "chiuso", "pt": "encerrado", "nl": "gesloten"}[loc]
        else:
            late = 3 if (i == 3 and chance(r, 0.5)) else 0
            oh[dname] = f"{o:02d}:00-{c + late:02d}:{r.choice(['00', '00', '30'])}"
    if chance(r, 0.4):
        oh = [{"day": k, "hours": v} for k, v in oh.items()]
    payload = {"name": place, "city": r.choice(CITIES[loc])[0], "opening_hours": oh, "open_now": chance(r, 0.5),
               "ticket": {"adult": price(r, 0, 25), "reduced": price(r, 0, 12), "currency": "GBP" if loc == "en" and chance(r, 0.5) else "EUR"} if chance(r, 0.6) else None,
               "special_closures": [fdate(r, rand_date(r, 2025, 2026), loc, 0) for _ in range(r.randint(0, 3))]}
    return wrap_tool(r, "place_details", drop(r, payload, ["ticket", "special_closures", "open_now"], 0.3), {"query": place, "fields": "opening_hours"}), loc


@frame("json_poi_geocode", "decoy_json")
def f_geocode(r):
    loc = pick_lang(r)
    results = []
    for _ in range(r.randint(1, 4)):
        city, lat, lon = r.choice(CITIES[loc])
        kind = r.choice(["railway_station", "museum", "stadium", "airport", "university", "park", "ferry_terminal", "hospital"])
        nm = r.choice(STATIONS.get(loc, STATIONS["en"])) if kind == "railway_station" else r.choice(PLACES[loc] + STADIUMS[:6])
        results.append(shuf(r, {"display_name": f"{nm}, {city}", "lat": round(lat + r.uniform(-0.05, 0.05), 6), "lon": round(lon + r.uniform(-0.05, 0.05), 6), "class": r.choice(["amenity", "tourism", "railway", "leisure", "aeroway"]),
                                "type": kind, "importance": round(r.uniform(0.2, 0.9), 4), "osm_id": r.randint(10 ** 6, 10 ** 10), "boundingbox": [round(lat - 0.01, 4), round(lat + 0.01, 4), round(lon - 0.01, 4), round(lon + 0.01, 4)]}, 0.3))
    return wrap_tool(r, "geocode", results, {"q": results[0]["display_name"], "limit": 5, "accept-language": loc}), loc


@frame("json_energy_day_ahead_prices", "decoy_json")
def f_energy(r):
    loc = pick_lang(r)
    zone = {"de": "DE-LU", "fr": "FR", "es": "ES", "it": r.choice(["IT-NORD", "IT-CNOR", "IT-SUD"]), "pt": "PT", "nl": "NL", "en": r.choice(["GB", "IE-SEM", "BE"])}[loc]
    d = rand_date(r, 2024, 2026)
    step = r.choice([60, 60, 15])
    n = 24 if step == 60 else 24
    base = r.uniform(20, 160)
    prices = []
    for i in range(n):
        h = i if step == 60 else i // 4
        shape = 1 + 0.35 * (1 if 7 <= h <= 9 or 17 <= h <= 20 else -0.6 if 11 <= h <= 15 else 0)
        v = round(base * shape * r.uniform(0.85, 1.15) - (r.uniform(0, 60) if 11 <= h <= 15 and chance(r, 0.2) else 0), 2)
        prices.append({"start": f"{d.isoformat()}T{h:02d}:{(i % 4) * 15 if step == 15 else 0:02d}", "eur_per_mwh": v})
    payload = {"bidding_zone": zone, "delivery_day": d.isoformat(), "resolution": f"PT{step}M", "prices": prices, "min": min(p["eur_per_mwh"] for p in prices),
               "max": max(p["eur_per_mwh"] for p in prices), "unit": "EUR/MWh"}
    return wrap_tool(r, "day_ahead_prices", payload, {"zone": zone, "date": d.isoformat()}), loc


@frame("json_calculator_unit_convert", "decoy_json")
def f_calc(r):
    loc = pick_lang(r)
    k = r.randrange(4)
    if k == 0:
        v = r.choice([1, 2.5, 12, 30, 100, 250, 750, 1.75])
        a, b, f = r.choice([("kg", "lb", 2.20462), ("km", "mi", 0.621371), ("l", "US gal", 0.264172), ("cm", "in", 0.393701), ("bar", "psi", 14.5038), ("kWh", "MJ", 3.6), ("g", "oz", 0.035274), ("m²", "ft²", 10.7639)])
        payload = {"input": {"value": v, "unit": a}, "output": {"value": round(v * f, 4), "unit": b}, "factor": f}
        args = {"value": v, "from": a, "to": b}
    elif k == 1:
        c = r.choice([-18, 0, 4, 21, 37, 63, 100, 180, 220, 250])
        payload = {"celsius": c, "fahrenheit": round(c * 9 / 5 + 32, 1), "kelvin": round(c + 273.15, 2)}
        args = {"value": c, "from": "C"}
    elif k == 2:
        c = r.choice(["*", "/", "+", "-", "^", "%"])
        a, b = (r.randint(2, 30) if c == "^" else r.randint(2, 999)), r.randint(2, 99)
        expr = f"{a} {c} {b}"
        res = {"*": a * b, "/": round(a / b, 8), "+": a + b, "-": a - b, "^": a ** min(b, 6), "%": a % b}[c]
        if c == "^":
            expr = f"{a} ^ {min(b, 6)}"
        payload = {"expression": expr, "result": res}
        args = {"expression": expr}
    else:
        principal = r.choice([15000, 120000, 250000, 380000, 8500])
        rate = r.choice([2.9, 3.45, 3.8, 4.1, 5.25, 6.9])
        years = r.choice([5, 10, 15, 20, 25, 30])
        m = rate / 1200
        pay = principal * m / (1 - (1 + m) ** (-years * 12))
        payload = {"principal": principal, "annual_rate_pct": rate, "years": years, "monthly_payment": round(pay, 2), "total_interest": round(pay * years * 12 - principal, 2)}
        args = {"principal": principal, "rate": rate, "years": years}
    return wrap_tool(r, r.choice(["calculator", "unit_convert", "math_eval", "loan_calculator"]), payload, args), loc


TRANSLATE_SNIPPETS = {
    "en": ["The museum is closed on Mondays and public holidays.", "Please keep your ticket until the end of the journey.", "Store in a cool, dry place away from direct sunlight.",
           "The meeting has been moved to room 4.12 on the second floor.", "Preheat the oven to 200 °C and bake for 25 minutes."],
    "de": ["Der Zug fällt heute zwischen Köln und Bonn aus.", "Bitte bewahren Sie den Kassenbon als Garantienachweis auf.", "Das Schwimmbad ist wegen Wartungsarbeiten bis zum 12. Mai geschlossen.",
           "Die Lieferung erfolgt in 3 bis 5 Werktagen."],
    "fr": ["Le musée est fermé le mardi.", "Conserver au réfrigérateur après ouverture et consommer sous 3 jours.", "La réunion est reportée à jeudi 14 h, salle 210.",
           "Le vol AF 1234 est retardé d'environ 40 minutes."],
    "es": ["El horario de verano empieza el 1 de julio.", "Agitar antes de usar.", "La piscina municipal abre de 10:00 a 20:00.", "Su pedido ha sido enviado y llegará en 48 horas."],
    "it": ["Il treno regionale 2345 viaggia con 15 minuti di ritardo.", "Conservare in luogo fresco e asciutto.", "La biblioteca resterà chiusa dal 10 al 24 agosto.",
           "Il pagamento deve essere effettuato entro 30 giorni."],
    "pt": ["A farmácia está aberta 24 horas.", "O voo TP 1350 parte da porta 14.", "Guardar em local fresco e seco.", "A reunião foi adiada para sexta-feira às 15h."],
    "nl": ["De trein naar Utrecht vertrekt vandaag van spoor 7.", "Na opening gekoeld bewaren.", "Het zwembad is gesloten wegens onderhoud.", "Uw bestelling wordt morgen tussen 14:00 en 17:00 bezorgd."],
}


@frame("json_translation_call", "decoy_json")
def f_translate(r):
    src = pick_lang(r)
    tgt = r.choice([x for x in LANGS if x != src])
    txt = r.choice(TRANSLATE_SNIPPETS[src])
    payload = {"detected_source_language": src.upper(), "target_lang": tgt.upper(), "text": txt, "billed_characters": len(txt), "model_type": r.choice(["quality_optimized", "latency_optimized", None])}
    if payload["model_type"] is None:
        del payload["model_type"]
    return wrap_tool(r, "translate", payload, {"text": [txt], "target_lang": tgt.upper(), "source_lang": src.upper() if chance(r, 0.5) else None}), src


INVOICE_ITEMS = {"en": ["Consulting services, March", "Hosting (VPS 4 vCPU / 8 GB)", "Office chairs, model K2", "Printer toner, black", "Annual software licence", "Shipping"],
                 "de": ["Beratungsleistung März", "Wartungsvertrag Heizungsanlage", "Kopierpapier A4, 80 g/m²", "Montage Trockenbau, 12 m²", "Softwarelizenz (jährlich)", "Versandkosten"],
                 "fr": ["Prestation de conseil, mars", "Hébergement serveur dédié", "Ramettes papier A4", "Main d'œuvre plomberie, 3 h", "Licence logicielle annuelle", "Frais de port"],
                 "es": ["Servicios de consultoría, marzo", "Alojamiento web anual", "Papel A4, 500 hojas", "Mano de obra fontanería, 3 h", "Licencia de software", "Gastos de envío"],
                 "it": ["Consulenza tecnica, marzo", "Hosting server virtuale", "Carta A4, 5 risme", "Manodopera idraulico, 3 ore", "Licenza software annuale", "Spese di spedizione"],
                 "pt": ["Serviços de consultoria, março", "Alojamento de servidor", "Papel A4, 5 resmas", "Mão de obra canalização, 3 h", "Licença de software anual", "Portes de envio"],
                 "nl": ["Advieswerkzaamheden maart", "Hosting VPS", "Printpapier A4, 5 pakken", "Arbeidsloon loodgieter, 3 uur", "Softwarelicentie (jaarlijks)", "Verzendkosten"]}
VAT = {"en": 20, "de": 19, "fr": 20, "es": 21, "it": 22, "pt": 23, "nl": 21}


@frame("json_invoice_extraction", "decoy_json")
def f_invoice(r):
    loc = pick_lang(r)
    vat = VAT[loc]
    lines = []
    for it in some(r, INVOICE_ITEMS[loc], 1, 5):
        q = r.choice([1, 1, 2, 3, 5, 10, 12])
        up = price(r, 3, 1800)
        lines.append({"description": it, "quantity": q, "unit_price": up, "amount": round(q * up, 2)})
    net = round(sum(x["amount"] for x in lines), 2)
    tax = round(net * vat / 100, 2)
    d = rand_date(r, 2024, 2026)
    payload = {"document_type": "invoice", "invoice_number": r.choice([f"INV-{d.year}-{digits(r, 5)}", f"RE{d.year}{digits(r, 4)}", f"FA-{digits(r, 6)}", f"{d.year}/{r.randint(1, 999):03d}", f"F{digits(r, 8)}"]),
               "issue_date": d.isoformat(), "due_date": (d + _dt.timedelta(days=r.choice([14, 30, 30, 45, 60]))).isoformat(), "supplier": r.choice(FICT_COMPANIES),
               "buyer": r.choice([c for c in FICT_COMPANIES]), "purchase_order": f"PO-{digits(r, 6)}" if chance(r, 0.5) else None, "currency": "GBP" if loc == "en" and chance(r, 0.5) else "EUR",
               "line_items": lines, "subtotal": net, "tax_rate_pct": vat, "tax": tax, "total": round(net + tax, 2),
               "payment_terms": r.choice(["30 days net", "14 Tage netto", "30 jours fin de mois", "a 60 días", "30 gg d.f.f.m.", "a pronto pagamento", "binnen 14 dagen"]),
               "confidence": round(r.uniform(0.82, 0.995), 3)}
    return wrap_tool(r, "extract_document", shuf(r, drop(r, payload, ["purchase_order", "payment_terms", "confidence", "due_date"], 0.3), 0.2), {"file": f"scan_{digits(r, 4)}.pdf", "schema": "invoice"}), loc


SEARCH_TOPICS = {
    "en": [("How to descale an electric kettle", "/guides/descale-kettle"), ("UK train strike dates: which lines are affected", "/news/rail-strikes"),
           ("Sourdough hydration explained", "/baking/hydration"), ("PostgreSQL 16 release notes", "/docs/16/release-16.html"), ("Best time to plant garlic", "/garden/garlic")],
    "de": [("Heizkosten sparen: 10 Tipps für den Winter", "/ratgeber/heizkosten"), ("Deutschlandticket: Preis und Geltungsbereich", "/mobilitaet/deutschlandticket"),
           ("Rasen vertikutieren – wann und wie oft?", "/garten/vertikutieren"), ("Python 3.12: Was ist neu?", "/blog/python-312")],
    "fr": [("Comment détartrer une cafetière", "/maison/detartrer"), ("Grève SNCF : trains supprimés ce week-end", "/actu/greve-sncf"), ("Quand tailler les rosiers ?", "/jardin/tailler-rosiers"),
           ("Impôt sur le revenu 2025 : le barème", "/impots/bareme-2025")],
    "es": [("Cómo purgar los radiadores", "/hogar/purgar-radiadores"), ("Horarios de Renfe en Semana Santa", "/viajes/renfe-horarios"), ("Cuándo plantar tomates en maceta", "/huerto/tomates"),
           ("Declaración de la renta: plazos", "/fiscal/renta-plazos")],
    "it": [("Come pulire il filtro della lavatrice", "/casa/filtro-lavatrice"), ("Sciopero treni: fasce garantite", "/news/sciopero-treni"), ("Potatura dell'ulivo: periodo giusto", "/giardino/ulivo"),
           ("Bonus ristrutturazioni 2025", "/fisco/bonus-casa")],
    "pt": [("Como desentupir um lava-loiça", "/casa/desentupir"), ("Greve da CP: comboios afetados", "/noticias/greve-cp"), ("Quando semear alfaces", "/horta/alfaces"),
           ("IRS 2025: prazos de entrega", "/financas/irs-prazos")],
    "nl": [("CV-ketel bijvullen: stappenplan", "/wonen/cv-ketel"), ("NS-staking: welke treinen rijden?", "/nieuws/ns-staking"), ("Wanneer moet je tulpenbollen planten?", "/tuin/tulpenbollen"),
           ("Belastingaangifte 2025: deadlines", "/geld/aangifte")],
}


@frame("json_web_search_results", "decoy_json")
def f_websearch(r):
    loc = pick_lang(r)
    hits = some(r, SEARCH_TOPICS[loc], 2, 5)
    res = []
    for i, (title, path) in enumerate(hits, 1):
        res.append(shuf(r, drop(r, {"position": i, "title": title, "url": f"https://www.{r.choice(['example', 'ratgeber-example', 'guide-example', 'news-example', 'docs-example'])}.{r.choice(['com', 'org', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'eu'])}{path}",
                                    "snippet": title + r.choice([" …", ". Updated guide with step-by-step instructions.", f" – {r.randint(3, 15)} min read", f" ({fdate(r, rand_date(r), loc, 0)})"]),
                                    "published": rand_date(r).isoformat()}, ["published"], 0.4), 0.2))
    payload = {"query": hits[0][0].lower(), "results": res, "search_time_ms": r.randint(80, 1200)}
    return wrap_tool(r, "web_search", payload, {"q": hits[0][0], "count": len(res), "lang": loc}), loc


@frame("json_purchase_order_lines", "decoy_json")
def f_po(r):
    loc = pick_lang(r)
    lines = []
    for i in range(r.randint(1, 7)):
        lines.append(shuf(r, drop(r, {"line": (i + 1) * 10, "article_no": r.choice([f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 4)}", f"{alnum(r, 2, string.ascii_uppercase)}{digits(r, 6)}", f"{digits(r, 4)}.{digits(r, 3)}.{digits(r, 2)}"]),
                                      "ean": ean13(r), "description": product(r, loc)[1], "qty": r.choice([1, 2, 5, 10, 12, 24, 50, 100]), "uom": r.choice(["PCE", "BOX", "PAL", "KGM", "MTR"]),
                                      "unit_price": price(r, 0.5, 400), "delivery_date": rand_date(r, 2025, 2026).isoformat(), "lot": f"LOT{digits(r, 7)}"}, ["ean", "lot", "delivery_date"], 0.4), 0.2))
    payload = {"po_number": f"PO-{r.randint(2024, 2026)}-{digits(r, 5)}", "supplier": r.choice(FICT_COMPANIES), "buyer_site": r.choice(["Plant 2", "Central warehouse", "Distribution centre South", "Store 0142"]),
               "incoterm": r.choice(["DAP", "EXW", "FCA", "DDP", "CPT"]), "currency": "EUR", "lines": lines, "status": r.choice(["open", "confirmed", "partially_received", "closed"])}
    return wrap_tool(r, "erp_get_purchase_order", payload, {"po_number": payload["po_number"]}), loc


CHEMS = [("Ethanol", "64-17-5", "UN1170", ["H225", "H319"], 46.07), ("Acetone", "67-64-1", "UN1090", ["H225", "H319", "H336"], 58.08),
         ("Sodium hydroxide", "1310-73-2", "UN1823", ["H290", "H314"], 40.00), ("Sulfuric acid 96 %", "7664-93-9", "UN1830", ["H290", "H314"], 98.08),
         ("Isopropanol", "67-63-0", "UN1219", ["H225", "H319", "H336"], 60.10), ("Hydrogen peroxide 30 %", "7722-84-1", "UN2014", ["H302", "H318"], 34.01),
         ("Citric acid", "77-92-9", None, ["H319"], 192.12), ("Sodium chloride", "7647-14-5", None, [], 58.44), ("Acetic acid 80 %", "64-19-7", "UN2789", ["H226", "H314"], 60.05),
         ("Caffeine", "58-08-2", None, ["H302"], 194.19), ("Copper(II) sulfate pentahydrate", "7758-99-8", "UN3077", ["H302", "H315", "H319", "H410"], 249.69)]


@frame("json_chemical_sds_lookup", "decoy_json")
def f_sds(r):
    loc = pick_lang(r)
    name, cas, un, h, mw = r.choice(CHEMS)
    payload = {"substance": name, "cas": cas, "ec_number": f"{r.randint(200, 699)}-{r.randint(100, 999)}-{r.randint(0, 9)}", "molar_mass_g_mol": mw, "hazard_statements": h,
               "signal_word": "Danger" if any(x in h for x in ["H314", "H225", "H318"]) else ("Warning" if h else None), "un_number": un,
               "storage_class": r.choice(["3", "8B", "10-13", "5.1B", "6.1D", "11"]), "sds_revision": f"{r.randint(1, 12)}.{r.randint(0, 9)}", "revision_date": rand_date(r, 2021, 2025).isoformat(),
               "supplier_article": f"{alnum(r, 1, string.ascii_uppercase)}{digits(r, 4)}-{r.choice(['500ML', '1L', '2.5L', '1KG', '25KG'])}", "sds_language": loc}
    return wrap_tool(r, "sds_lookup", shuf(r, drop(r, payload, ["ec_number", "storage_class", "sds_revision", "supplier_article"], 0.3), 0.3), {"cas": cas}), loc


@frame("json_ev_charging_stations", "decoy_json")
def f_ev(r):
    loc = pick_lang(r)
    city, lat, lon = r.choice(CITIES[loc])
    sts = []
    for _ in range(r.randint(1, 5)):
        conns = [{"type": t, "kw": kw, "available": r.randint(0, 4), "total": r.randint(1, 4)} for t, kw in r.sample([("CCS", 150), ("CCS", 50), ("Type 2", 22), ("Type 2", 11), ("CHAdeMO", 50), ("CCS", 300)], r.randint(1, 3))]
        sts.append(shuf(r, {"id": f"{city_country(loc, city)}*{alnum(r, 3)}*E{digits(r, 6)}", "operator": r.choice(["Ionity", "Allego", "Fastned", "EnBW", "Iberdrola", "Electra", "Be Charge", "Mobi.E", "Vattenfall InCharge", "Zunder"]),
                            "site": r.choice(["Motorway services", "Supermarket car park", "Park & Ride", "Hotel car park", "Retail park", "City centre garage"]),
                            "lat": round(lat + r.uniform(-0.08, 0.08), 5), "lon": round(lon + r.uniform(-0.08, 0.08), 5), "connectors": conns,
                            "price_kwh": round(r.uniform(0.29, 0.79), 2), "open_24_7": chance(r, 0.7)}, 0.3))
    return wrap_tool(r, "ev_charger_search", {"near": city, "radius_km": r.choice([2, 5, 10, 25]), "stations": sts}, {"lat": lat, "lon": lon, "min_kw": r.choice([11, 50, 150])}), loc


# ===========================================================================
# prose frames: code, configs, logs (user messages with pasted material)
# ===========================================================================

ASK_INTRO = {
    "en": ["I'm getting this error and I don't understand why:", "Can you help me debug this?", "This started failing after I upgraded the dependencies:",
           "Quick question - what does this mean?", "Our nightly job crashed with the following output.", "hey, any idea what's going on here", "Here's the output:"],
    "de": ["Ich bekomme diesen Fehler und verstehe nicht, warum:", "Kannst du mir beim Debuggen helfen?", "Seit dem Update der Abhängigkeiten schlägt das hier fehl:",
           "Kurze Frage: Was bedeutet das?", "Unser nächtlicher Job ist mit folgender Ausgabe abgestürzt.", "Hier die Ausgabe:"],
    "fr": ["J'ai cette erreur et je ne comprends pas pourquoi :", "Tu peux m'aider à déboguer ça ?", "Ça plante depuis la mise à jour des dépendances :",
           "Petite question : qu'est-ce que ça veut dire ?", "Notre tâche de nuit a planté avec la sortie suivante.", "Voici la sortie :"],
    "es": ["Me sale este error y no entiendo por qué:", "¿Me ayudas a depurar esto?", "Esto empezó a fallar después de actualizar las dependencias:",
           "Pregunta rápida: ¿qué significa esto?", "El proceso nocturno se cayó con esta salida.", "Esta es la salida:"],
    "it": ["Ricevo questo errore e non capisco perché:", "Mi aiuti a fare debug?", "Ha iniziato a fallire dopo l'aggiornamento delle dipendenze:",
           "Domanda veloce: cosa significa?", "Il job notturno è andato in crash con questo output.", "Ecco l'output:"],
    "pt": ["Estou a receber este erro e não percebo porquê:", "Podes ajudar-me a depurar isto?", "Começou a falhar depois de atualizar as dependências:",
           "Pergunta rápida: o que significa isto?", "O job noturno falhou com este output.", "Aqui está a saída:"],
    "nl": ["Ik krijg deze fout en snap niet waarom:", "Kun je me helpen dit te debuggen?", "Dit faalt sinds ik de dependencies heb geüpdatet:",
           "Korte vraag: wat betekent dit?", "Onze nachtelijke job is gecrasht met deze output.", "Hier is de output:"],
}
ASK_OUTRO = {
    "en": ["What am I doing wrong?", "How do I fix it?", "Any idea?", "Is this a bug in the library or in my code?", "Thanks!", "It works locally but not in CI.", "Happens about 1 in 20 runs."],
    "de": ["Was mache ich falsch?", "Wie behebe ich das?", "Hast du eine Idee?", "Ist das ein Bug in der Bibliothek oder in meinem Code?", "Danke!", "Lokal läuft es, nur in der CI nicht."],
    "fr": ["Qu'est-ce que je fais de travers ?", "Comment corriger ça ?", "Une idée ?", "C'est un bug de la bibliothèque ou de mon code ?", "Merci !", "En local ça marche, pas en CI."],
    "es": ["¿Qué estoy haciendo mal?", "¿Cómo lo arreglo?", "¿Alguna idea?", "¿Es un bug de la librería o de mi código?", "¡Gracias!", "En local funciona, en CI no."],
    "it": ["Cosa sbaglio?", "Come lo risolvo?", "Qualche idea?", "È un bug della libreria o del mio codice?", "Grazie!", "In locale funziona, in CI no."],
    "pt": ["O que estou a fazer mal?", "Como resolvo?", "Alguma ideia?", "É um bug da biblioteca ou do meu código?", "Obrigado!", "Localmente funciona, no CI não."],
    "nl": ["Wat doe ik fout?", "Hoe los ik dit op?", "Enig idee?", "Is dit een bug in de library of in mijn code?", "Bedankt!", "Lokaal werkt het, in CI niet."],
}


def ask_wrap(r, loc, body, tag=""):
    """Combine an intro, a pasted block and an outro in a randomised layout."""
    block = maybe_fence(r, body, tag)
    k = r.randrange(5)
    intro, outro = r.choice(ASK_INTRO[loc]), r.choice(ASK_OUTRO[loc])
    if k == 0:
        return f"{intro}\n\n{block}\n\n{outro}"
    if k == 1:
        return f"{intro}\n{block}"
    if k == 2:
        return f"{block}\n\n{outro}"
    if k == 3:
        return f"{intro} {outro}\n\n{block}"
    return f"{outro}\n{block}"


@frame("prose_python_traceback_question", "decoy_prose")
def p_py_tb(r):
    loc = pick_lang(r)
    body = py_traceback(r)
    if chance(r, 0.3):
        body = f"$ python -m {r.choice(MODULES)}.{r.choice(['cli', 'main', 'run'])} --date {rand_date(r).isoformat()}\n" + body
    return ask_wrap(r, loc, body, "python"), loc


@frame("prose_rust_compile_error", "decoy_prose")
def p_rust(r):
    loc = pick_lang(r)
    if chance(r, 0.4):
        body = rust_panic(r)
    else:
        code = r.choice(["E0382", "E0502", "E0308", "E0277", "E0599", "E0425"])
        msg = {"E0382": "borrow of moved value: `config`", "E0502": "cannot borrow `self.cache` as mutable because it is also borrowed as immutable",
               "E0308": "mismatched types", "E0277": "the trait bound `Tariff: serde::Deserialize<'_>` is not satisfied",
               "E0599": "no method named `as_deref` found for struct `String` in the current scope", "E0425": "cannot find value `rate` in this scope"}[code]
        f = r.choice(["src/main.rs", "src/config.rs", "src/tariff.rs", "src/server/handlers.rs"])
        ln = r.randint(10, 300)
        body = (f"   Compiling {r.choice(PKG_NAMES)} v{semver(r)} ({r.choice(CODE_PATHS)})\nerror[{code}]: {msg}\n  --> {f}:{ln}:{r.randint(5, 40)}\n   |\n{ln:>3} | "
                + r.choice(["let handle = spawn(move || run(config));", "self.cache.insert(key, value);", "let total: u32 = line.amount * 1.2;", "let t: Tariff = toml::from_str(&s)?;"])
                + f"\n   |     {'^' * r.randint(3, 12)}\n\nFor more information about this error, try `rustc --explain {code}`.\nerror: could not compile `{r.choice(PKG_NAMES)}` (bin \"{r.choice(['server', 'cli', 'worker'])}\") due to {r.randint(1, 4)} previous error(s)")
    return ask_wrap(r, loc, body, "text"), loc


@frame("prose_js_stacktrace_question", "decoy_prose")
def p_js(r):
    loc = pick_lang(r)
    body = js_trace(r)
    if chance(r, 0.4):
        body = f"> {r.choice(['web', 'api', 'dashboard'])}@{semver(r)} {r.choice(['start', 'dev', 'build'])}\n> {r.choice(['node dist/server.js', 'next build', 'vite build', 'tsx src/index.ts'])}\n\n" + body
    return ask_wrap(r, loc, body, "text"), loc


@frame("prose_java_exception_question", "decoy_prose")
def p_java(r):
    loc = pick_lang(r)
    body = java_trace(r)
    if chance(r, 0.4):
        body = f"{rand_dt(r).strftime('%Y-%m-%d %H:%M:%S.%f')[:-3]} ERROR {r.randint(1, 9)} --- [{r.choice(['main', 'scheduling-1', 'http-nio-8080-exec-2'])}] o.s.b.SpringApplication : Application run failed\n" + body
    return ask_wrap(r, loc, body, "java"), loc


def yaml_compose(r):
    svcs = some(r, [("db", "postgres:16-alpine", 5432), ("cache", "redis:7.2", 6379), ("api", "registry.example.com/api:" + semver(r), 8080),
                    ("web", "nginx:1.27-alpine", 80), ("queue", "rabbitmq:3.13-management", 5672), ("worker", "registry.example.com/worker:" + semver(r), None)], 2, 5)
    ind = r.choice(["  ", "    "])
    out = [r.choice(['version: "3.9"\n', '']) + "services:"]
    for name, img, port in svcs:
        out.append(f"{ind}{name}:")
        out.append(f"{ind * 2}image: {img}")
        if port:
            out.append(f"{ind * 2}ports:\n{ind * 3}- \"{port + r.choice([0, 0, 10000])}:{port}\"")
        if chance(r, 0.6):
            env = r.sample([f"POSTGRES_DB: {r.choice(['shop', 'app', 'analytics'])}", "POSTGRES_PASSWORD_FILE: /run/secrets/db_password", f"TZ: Europe/{r.choice(['Berlin', 'Lisbon', 'Madrid', 'Rome'])}",
                            f"WORKERS: {r.randint(2, 16)}", "LOG_LEVEL: info", f"DATABASE_URL: postgres://app@db:5432/{r.choice(['shop', 'app'])}", f"REDIS_URL: redis://cache:6379/{r.randint(0, 3)}"], r.randint(1, 3))
            out.append(f"{ind * 2}environment:\n" + "\n".join(f"{ind * 3}{e}" for e in env))
        if chance(r, 0.4):
            out.append(f"{ind * 2}depends_on:\n{ind * 3}- {r.choice([s[0] for s in svcs])}")
        if chance(r, 0.3):
            out.append(f"{ind * 2}deploy:\n{ind * 3}resources:\n{ind * 4}limits:\n{ind * 5}memory: {r.choice(['256M', '512M', '1G', '2G'])}\n{ind * 5}cpus: \"{r.choice(['0.5', '1.0', '2'])}\"")
        if chance(r, 0.3):
            out.append(f"{ind * 2}healthcheck:\n{ind * 3}test: [\"CMD\", \"wget\", \"-qO-\", \"http://localhost:{port or 9000}/healthz\"]\n{ind * 3}interval: {r.choice([10, 15, 30])}s\n{ind * 3}retries: {r.randint(3, 5)}")
    if chance(r, 0.4):
        out.append("volumes:\n" + ind + r.choice(["pgdata:", "db-data:", "uploads:"]))
    return "\n".join(out)


COMPOSE_Q = {
    "en": ["Why can't the api container reach the database? It keeps saying connection refused on port 5432.", "Is this compose file OK for production?",
           "How do I make the worker wait until the db is actually ready?", "The web container exits with code 137 after a few minutes."],
    "de": ["Warum erreicht der api-Container die Datenbank nicht? Es kommt immer connection refused auf Port 5432.", "Taugt diese Compose-Datei für Produktion?",
           "Wie bringe ich den Worker dazu, zu warten, bis die DB wirklich bereit ist?", "Der web-Container beendet sich nach ein paar Minuten mit Exit-Code 137."],
    "fr": ["Pourquoi le conteneur api n'arrive pas à joindre la base ? Toujours connection refused sur le port 5432.", "Ce fichier compose est-il correct pour la prod ?",
           "Comment faire attendre le worker jusqu'à ce que la base soit prête ?", "Le conteneur web s'arrête avec le code 137 après quelques minutes."],
    "es": ["¿Por qué el contenedor api no llega a la base de datos? Siempre da connection refused en el puerto 5432.", "¿Este compose vale para producción?",
           "¿Cómo hago que el worker espere a que la base de datos esté lista?", "El contenedor web termina con código 137 a los pocos minutos."],
    "it": ["Perché il container api non raggiunge il database? Continua a dare connection refused sulla porta 5432.", "Questo compose va bene per la produzione?",
           "Come faccio ad aspettare che il db sia davvero pronto prima di avviare il worker?", "Il container web esce con codice 137 dopo qualche minuto."],
    "pt": ["Porque é que o contentor api não chega à base de dados? Dá sempre connection refused na porta 5432.", "Este compose serve para produção?",
           "Como faço o worker esperar até a base de dados estar pronta?", "O contentor web termina com código 137 ao fim de uns minutos."],
    "nl": ["Waarom kan de api-container de database niet bereiken? Steeds connection refused op poort 5432.", "Is dit compose-bestand geschikt voor productie?",
           "Hoe laat ik de worker wachten tot de db echt klaar is?", "De web-container stopt na een paar minuten met exitcode 137."],
}


@frame("prose_docker_compose_question", "decoy_prose")
def p_compose(r):
    loc = pick_lang(r)
    q = r.choice(COMPOSE_Q[loc])
    body = maybe_fence(r, yaml_compose(r), "yaml")
    return (f"{q}\n\n{body}" if chance(r, 0.6) else f"{body}\n\n{q}"), loc


def k8s_manifest(r):
    name = r.choice(SERVICES)
    rep = r.randint(1, 6)
    cpu = r.choice(["100m", "250m", "500m", "1"])
    mem = r.choice(["128Mi", "256Mi", "512Mi", "1Gi", "2Gi"])
    lines = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", f"  name: {name}", f"  namespace: {r.choice(['prod', 'staging', 'default'])}",
             "  labels:", f"    app: {name}", "spec:", f"  replicas: {rep}", "  selector:", "    matchLabels:", f"      app: {name}", "  template:", "    metadata:",
             "      labels:", f"        app: {name}", "    spec:", "      containers:", f"        - name: {name}", f"          image: registry.example.com/{name}:{semver(r)}",
             "          ports:", f"            - containerPort: {r.choice([8080, 3000, 9000, 8000])}", "          resources:", "            requests:",
             f"              cpu: {cpu}", f"              memory: {mem}", "            limits:", f"              memory: {mem}"]
    if chance(r, 0.6):
        lines += ["          readinessProbe:", "            httpGet:", "              path: /healthz", f"              port: {r.choice([8080, 3000])}",
                  f"            initialDelaySeconds: {r.choice([0, 5, 10, 30])}", f"            periodSeconds: {r.choice([5, 10, 15])}"]
    if chance(r, 0.5):
        lines += ["          env:", "            - name: JAVA_OPTS", f"              value: \"-Xmx{r.choice(['256m', '512m', '768m', '1g'])}\"", "            - name: SPRING_PROFILES_ACTIVE", "              value: prod"]
    return "\n".join(lines)


K8S_Q = {"en": ["Pods keep getting OOMKilled even though the heap is smaller than the limit. Why?", "Readiness probe fails for the first minute after each rollout; how should I tune it?",
                "Does this deployment look right? kubectl apply says it's fine but nothing starts."],
         "de": ["Die Pods werden ständig OOMKilled, obwohl der Heap kleiner als das Limit ist. Warum?", "Die Readiness-Probe schlägt nach jedem Rollout eine Minute lang fehl. Wie stelle ich das ein?"],
         "fr": ["Les pods se font OOMKilled alors que le heap est inférieur à la limite. Pourquoi ?", "La readiness probe échoue pendant la première minute après chaque déploiement, comment la régler ?"],
         "es": ["Los pods acaban en OOMKilled aunque el heap es menor que el límite. ¿Por qué?", "La readiness probe falla el primer minuto tras cada despliegue; ¿cómo la ajusto?"],
         "it": ["I pod vengono OOMKilled anche se l'heap è sotto il limite. Perché?", "La readiness probe fallisce per il primo minuto dopo ogni rollout: come la configuro?"],
         "pt": ["Os pods levam OOMKilled apesar de o heap ser menor que o limite. Porquê?", "A readiness probe falha no primeiro minuto após cada rollout; como a ajusto?"],
         "nl": ["De pods worden steeds OOMKilled terwijl de heap kleiner is dan de limit. Hoe kan dat?", "De readiness probe faalt de eerste minuut na elke rollout; hoe stel ik die af?"]}


@frame("prose_kubernetes_manifest_question", "decoy_prose")
def p_k8s(r):
    loc = pick_lang(r)
    body = maybe_fence(r, k8s_manifest(r), "yaml")
    extra = ""
    if chance(r, 0.4):
        extra = "\n\n" + maybe_fence(r, "NAME" + " " * 36 + "READY   STATUS      RESTARTS   AGE\n" + "\n".join(
            f"{r.choice(SERVICES)}-{hexs(r, 9)}-{alnum(r, 5, string.ascii_lowercase)}   0/1     {r.choice(['OOMKilled', 'CrashLoopBackOff', 'Running'])}   {r.randint(1, 30)}          {r.randint(2, 59)}m" for _ in range(r.randint(1, 3))))
    return joinp(r, [r.choice(K8S_Q[loc]), body + extra]), loc


def toml_config(r):
    if chance(r, 0.5):
        name = r.choice(PKG_NAMES)
        deps = r.sample([f'serde = {{ version = "1.0.{r.randint(150, 215)}", features = ["derive"] }}', f'tokio = {{ version = "1.{r.randint(30, 45)}", features = ["full"] }}',
                         f'reqwest = {{ version = "0.12", default-features = false, features = ["json", "rustls-tls"] }}', f'chrono = "0.4.{r.randint(30, 41)}"',
                         f'anyhow = "1.0.{r.randint(70, 95)}"', f'clap = {{ version = "4.{r.randint(3, 5)}", features = ["derive"] }}', 'toml = "0.8"', 'tracing = "0.1"'], r.randint(2, 6))
        s = f'[package]\nname = "{name}"\nversion = "{semver(r)}"\nedition = "{r.choice(["2021", "2021", "2024"])}"\nrust-version = "1.{r.randint(70, 84)}"\n\n[dependencies]\n' + "\n".join(deps)
        if chance(r, 0.4):
            lto = r.choice(["true", '"thin"'])
            opt = r.choice(["2", "3", '"s"'])
            s += f'\n\n[profile.release]\nlto = {lto}\ncodegen-units = {r.choice([1, 4, 16])}\nopt-level = {opt}'
        return s
    name = r.choice(PKG_NAMES)
    s = (f'[project]\nname = "{name}"\nversion = "{semver(r)}"\nrequires-python = ">={r.choice(["3.9", "3.10", "3.11"])}"\ndependencies = [\n'
         + ",\n".join(f'    "{d}"' for d in r.sample(["httpx>=0.27", "pydantic>=2.6,<3", "pandas>=2.1", "numpy>=1.26", "click>=8.1", "rich", "python-dateutil"], r.randint(1, 4)))
         + '\n]\n\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"')
    if chance(r, 0.5):
        s += f'\n\n[tool.ruff]\nline-length = {r.choice([88, 100, 120])}\ntarget-version = "py3{r.choice([10, 11, 12])}"\n\n[tool.pytest.ini_options]\naddopts = "-q --strict-markers"\ntestpaths = ["tests"]'
    return s


TOML_Q = {"en": ["cargo says the lock file needs to be updated but --locked is set in CI. What's the right fix?", "Why does pip install pull numpy 2 even though pandas is pinned?",
                 "Can you review this config? Anything obviously wrong?", "How do I split dev dependencies out of this?"],
          "de": ["cargo meint, das Lockfile müsse aktualisiert werden, aber in der CI ist --locked gesetzt. Was ist der richtige Weg?", "Kannst du die Konfiguration kurz prüfen?"],
          "fr": ["cargo dit que le lockfile doit être mis à jour mais la CI utilise --locked. Que faire ?", "Tu peux relire cette config ?"],
          "es": ["cargo dice que hay que actualizar el lockfile pero en CI uso --locked. ¿Qué hago?", "¿Puedes revisar esta configuración?"],
          "it": ["cargo dice che il lockfile va aggiornato ma in CI c'è --locked. Qual è la soluzione corretta?", "Puoi dare un'occhiata a questa configurazione?"],
          "pt": ["O cargo diz que o lockfile tem de ser atualizado mas no CI uso --locked. Qual a solução?", "Podes rever esta configuração?"],
          "nl": ["cargo zegt dat de lockfile bijgewerkt moet worden, maar in CI staat --locked aan. Wat is de juiste oplossing?", "Kun je deze config even nakijken?"]}


@frame("prose_toml_config_review", "decoy_prose")
def p_toml(r):
    loc = pick_lang(r)
    return joinp(r, [r.choice(TOML_Q[loc]), maybe_fence(r, toml_config(r), "toml")]), loc


def ini_config(r):
    k = r.randrange(3)
    if k == 0:
        svc = r.choice(SERVICES)
        return (f"[Unit]\nDescription={svc.replace('-', ' ').title()}\nAfter=network-online.target\nWants=network-online.target\n\n[Service]\nType=simple\n"
                f"User={r.choice(['app', 'www-data', 'nobody'])}\nWorkingDirectory={r.choice(CODE_PATHS)}\nExecStart={r.choice(CODE_PATHS)}/bin/{svc} --port {r.choice([8080, 9000, 3000])}\n"
                f"Restart={r.choice(['on-failure', 'always'])}\nRestartSec={r.choice([2, 5, 10])}\nEnvironment=RUST_LOG={r.choice(['info', 'debug', 'warn'])}\nLimitNOFILE={r.choice([4096, 65536])}\n\n[Install]\nWantedBy=multi-user.target")
    if k == 1:
        return (f"[mysqld]\nbind-address = {server_ip(r)}\nport = 3306\nmax_connections = {r.choice([151, 300, 500, 1000])}\ninnodb_buffer_pool_size = {r.choice(['1G', '4G', '12G'])}\n"
                f"innodb_log_file_size = {r.choice(['256M', '512M', '1G'])}\nslow_query_log = 1\nlong_query_time = {r.choice([0.5, 1, 2])}\ncharacter-set-server = utf8mb4\n\n[client]\ndefault-character-set = utf8mb4")
    return (f"[PHP]\nmemory_limit = {r.choice(['128M', '256M', '512M'])}\nupload_max_filesize = {r.choice(['2M', '20M', '64M'])}\npost_max_size = {r.choice(['8M', '25M', '64M'])}\n"
            f"max_execution_time = {r.choice([30, 60, 300])}\ndate.timezone = Europe/{r.choice(['Berlin', 'Paris', 'Madrid', 'Rome', 'Lisbon', 'Amsterdam'])}\n\n[opcache]\nopcache.enable = 1\nopcache.memory_consumption = {r.choice([128, 256])}")


INI_Q = {"en": ["The service restarts in a loop every 5 seconds. Config below.", "Is there anything in this config that would explain high memory use?", "What does each of these settings actually do?"],
         "de": ["Der Dienst startet alle 5 Sekunden neu. Konfiguration unten.", "Erklärst du mir kurz, was diese Einstellungen bewirken?"],
         "fr": ["Le service redémarre en boucle toutes les 5 secondes. Config ci-dessous.", "Tu peux m'expliquer ce que fait chaque paramètre ?"],
         "es": ["El servicio se reinicia en bucle cada 5 segundos. Abajo la configuración.", "¿Me explicas qué hace cada parámetro?"],
         "it": ["Il servizio si riavvia in loop ogni 5 secondi. Configurazione sotto.", "Mi spieghi cosa fa ciascuna impostazione?"],
         "pt": ["O serviço reinicia em loop a cada 5 segundos. Configuração abaixo.", "Podes explicar o que faz cada parâmetro?"],
         "nl": ["De service herstart elke 5 seconden. Config hieronder.", "Kun je uitleggen wat elke instelling doet?"]}


@frame("prose_ini_systemd_config", "decoy_prose")
def p_ini(r):
    loc = pick_lang(r)
    return joinp(r, [r.choice(INI_Q[loc]), maybe_fence(r, ini_config(r), "ini")]), loc


def sql_query(r):
    t = r.choice(["order_lines", "stock_movements", "page_views", "invoices", "shipments"])
    q = r.choice([
        f"SELECT date_trunc('day', created_at) AS day, count(*), sum(amount)\nFROM {t}\nWHERE created_at >= '{rand_date(r).isoformat()}'\n  AND status IN ('paid', 'shipped')\nGROUP BY 1\nORDER BY 1;",
        f"SELECT s.sku, s.warehouse, s.on_hand - coalesce(r.qty, 0) AS free\nFROM stock s\nLEFT JOIN (SELECT sku, sum(qty) qty FROM reservations GROUP BY sku) r USING (sku)\nWHERE s.on_hand < {r.randint(5, 200)};",
        f"UPDATE {t} SET status = 'archived'\nWHERE created_at < now() - interval '{r.choice([90, 180, 365])} days';",
        f"SELECT region, percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms)\nFROM {t}\nGROUP BY region\nHAVING count(*) > {r.choice([100, 1000, 5000])};",
    ])
    plan = ""
    if chance(r, 0.5):
        plan = (f"\n\nEXPLAIN ANALYZE:\n{r.choice(['Seq Scan', 'Parallel Seq Scan', 'Index Scan using idx_created_at', 'Bitmap Heap Scan'])} on {t}  (cost=0.00..{r.randint(1000, 900000)}.{r.randint(10, 99)} rows={r.randint(100, 9000000)} width={r.randint(8, 120)}) "
                f"(actual time={round(r.uniform(0.01, 20), 3)}..{round(r.uniform(20, 90000), 3)} rows={r.randint(100, 9000000)} loops=1)\n  Filter: (status = ANY ('{{paid,shipped}}'::text[]))\n  Rows Removed by Filter: {r.randint(0, 5000000)}\n"
                f"Planning Time: {round(r.uniform(0.05, 3), 3)} ms\nExecution Time: {round(r.uniform(5, 95000), 3)} ms")
    return q + plan


SQL_Q = {"en": ["This query takes {s} seconds on a table with {n} million rows. Which index would help?", "Why is Postgres doing a seq scan here?", "Can you rewrite this to be faster?"],
         "de": ["Die Abfrage braucht {s} Sekunden bei {n} Millionen Zeilen. Welcher Index hilft?", "Warum macht Postgres hier einen Seq Scan?"],
         "fr": ["Cette requête prend {s} secondes sur une table de {n} millions de lignes. Quel index ajouter ?", "Pourquoi Postgres fait un seq scan ici ?"],
         "es": ["Esta consulta tarda {s} segundos en una tabla de {n} millones de filas. ¿Qué índice ayudaría?", "¿Por qué Postgres hace un seq scan aquí?"],
         "it": ["Questa query impiega {s} secondi su una tabella da {n} milioni di righe. Quale indice serve?", "Perché Postgres fa un seq scan qui?"],
         "pt": ["Esta query demora {s} segundos numa tabela com {n} milhões de linhas. Que índice ajuda?", "Porque é que o Postgres faz seq scan aqui?"],
         "nl": ["Deze query duurt {s} seconden op een tabel met {n} miljoen rijen. Welke index helpt?", "Waarom doet Postgres hier een seq scan?"]}


@frame("prose_sql_performance_question", "decoy_prose")
def p_sql(r):
    loc = pick_lang(r)
    q = r.choice(SQL_Q[loc]).format(s=r.choice([4, 12, 38, 95, 240]), n=r.choice([2, 8, 30, 140, 600]))
    return joinp(r, [q, maybe_fence(r, sql_query(r), "sql")]), loc


def shell_session(r):
    prompt = r.choice(["$ ", "# ", f"{r.choice(HOSTS)}:~$ ", "❯ ", "PS C:\\build> "])
    lines = []
    for _ in range(r.randint(1, 3)):
        cmd, fn = r.choice(SHELL_CMDS)
        lines.append(prompt + cmd)
        lines.append(fn(r))
    if chance(r, 0.5):
        lines.append(prompt + r.choice(["curl -sS -o /dev/null -w '%{http_code} %{time_total}\\n' http://localhost:8080/healthz", "ping -c 3 " + server_ip(r), "du -sh /var/log/* | sort -h | tail -3"]))
        lines.append(r.choice([f"{r.choice([200, 502, 503])} {round(r.uniform(0.001, 3), 6)}", f"3 packets transmitted, {r.randint(0, 3)} received, time {r.randint(2001, 2100)}ms",
                               f"{r.randint(20, 900)}M\t/var/log/journal\n{r.randint(1, 9)}.{r.randint(0, 9)}G\t/var/log/nginx"]))
    return "\n".join(lines)


SHELL_Q = {"en": ["Disk is almost full on the build server, what should I clean first?", "Does anything here look wrong?", "The box feels slow, here's what I see:"],
           "de": ["Die Platte auf dem Build-Server ist fast voll. Was soll ich zuerst aufräumen?", "Sieht hier irgendwas falsch aus?"],
           "fr": ["Le disque du serveur de build est presque plein, je nettoie quoi en premier ?", "Quelque chose te semble anormal ?"],
           "es": ["El disco del servidor de compilación está casi lleno, ¿qué limpio primero?", "¿Ves algo raro aquí?"],
           "it": ["Il disco del server di build è quasi pieno, cosa pulisco per primo?", "Vedi qualcosa di strano?"],
           "pt": ["O disco do servidor de build está quase cheio, o que limpo primeiro?", "Vês alguma coisa errada aqui?"],
           "nl": ["De schijf van de buildserver is bijna vol, wat ruim ik als eerste op?", "Zie je hier iets vreemds?"]}


@frame("prose_shell_session_paste", "decoy_prose")
def p_shell(r):
    loc = pick_lang(r)
    return joinp(r, [r.choice(SHELL_Q[loc]), maybe_fence(r, shell_session(r), r.choice(["", "console", "bash"]))]), loc


@frame("prose_server_log_excerpt", "decoy_prose")
def p_logs(r):
    loc = pick_lang(r)
    t = rand_dt(r)
    ls = []
    for _ in range(r.randint(3, 9)):
        t += _dt.timedelta(seconds=r.randint(0, 120), milliseconds=r.randint(0, 999))
        ls.append(log_line(r, t))
    q = L(loc, {"en": r.choice(["We see these errors every night around {h}:00 UTC. Pattern?", "Can you summarise what happened here?", "Which of these lines is the root cause?"]),
                "de": r.choice(["Diese Fehler sehen wir jede Nacht gegen {h}:00 UTC. Erkennst du ein Muster?", "Kannst du zusammenfassen, was hier passiert ist?"]),
                "fr": r.choice(["On voit ces erreurs chaque nuit vers {h}h UTC. Une idée du motif ?", "Tu peux résumer ce qui s'est passé ?"]),
                "es": r.choice(["Vemos estos errores cada noche hacia las {h}:00 UTC. ¿Ves algún patrón?", "¿Puedes resumir qué pasó aquí?"]),
                "it": r.choice(["Vediamo questi errori ogni notte verso le {h}:00 UTC. Noti uno schema?", "Puoi riassumere cosa è successo?"]),
                "pt": r.choice(["Vemos estes erros todas as noites por volta das {h}:00 UTC. Vês algum padrão?", "Consegues resumir o que aconteceu?"]),
                "nl": r.choice(["We zien deze fouten elke nacht rond {h}:00 UTC. Zie je een patroon?", "Kun je samenvatten wat hier gebeurde?"])}).format(h=r.randint(0, 5))
    return joinp(r, [q, maybe_fence(r, "\n".join(ls), "log")]), loc


@frame("prose_git_history_question", "decoy_prose")
def p_git(r):
    loc = pick_lang(r)
    n = r.randint(3, 10)
    if chance(r, 0.5):
        body = "\n".join(f"{hexs(r, r.choice([7, 8, 9, 10, 12]))} {git_msg(r)}" for _ in range(n))
    else:
        body = "\n".join(f"* {hexs(r, 7)} {r.choice(['', '', '(HEAD -> main, origin/main) ', '(tag: v' + semver(r) + ') '])}{git_msg(r)}" for _ in range(n))
    q = L(loc, {"en": r.choice(["I want to squash the last {k} commits before merging. Safest way?", "Which of these commits probably broke the VAT rounding?", "How do I revert just the http2 change without losing the rest?", "Write release notes from this log, grouped by feat/fix/chore."]),
                "de": r.choice(["Ich möchte die letzten {k} Commits vor dem Merge zusammenfassen. Wie geht das am sichersten?", "Schreib mir Release Notes aus diesem Log, gruppiert nach feat/fix/chore."]),
                "fr": r.choice(["Je veux squasher les {k} derniers commits avant le merge. La méthode la plus sûre ?", "Rédige des notes de version à partir de ce log, groupées par feat/fix/chore."]),
                "es": r.choice(["Quiero hacer squash de los últimos {k} commits antes del merge. ¿Cómo lo hago sin riesgo?", "Redacta notas de versión a partir de este log, agrupadas por feat/fix/chore."]),
                "it": r.choice(["Voglio fare squash degli ultimi {k} commit prima del merge. Qual è il modo più sicuro?", "Scrivi le release notes da questo log, raggruppate per feat/fix/chore."]),
                "pt": r.choice(["Quero fazer squash dos últimos {k} commits antes do merge. Qual a forma mais segura?", "Escreve as notas de versão a partir deste log, agrupadas por feat/fix/chore."]),
                "nl": r.choice(["Ik wil de laatste {k} commits squashen voor de merge. Wat is de veiligste manier?", "Schrijf release notes op basis van deze log, gegroepeerd per feat/fix/chore."])}).format(k=r.randint(2, 6))
    return joinp(r, [q, maybe_fence(r, body, "")]), loc


@frame("prose_ci_test_failure", "decoy_prose")
def p_ci(r):
    loc = pick_lang(r)
    k = r.randrange(3)
    if k == 0:
        names = [f"tests::{r.choice(MODULES)}::{r.choice(['rounds_vat_per_line', 'parses_empty_file', 'handles_dst_switch', 'rejects_negative_qty', 'paginates_with_cursor'])}" for _ in range(r.randint(1, 3))]
        left = r.choice(['119.99', '42', '"2025-03-30T02:00:00+01:00"', 'Some(3)'])
        right = r.choice(['120.00', '41', '"2025-03-30T03:00:00+02:00"', 'None'])
        body = (f"running {r.randint(20, 400)} tests\n" + "\n".join(f"test {n} ... FAILED" for n in names)
                + f"\n\nfailures:\n\n---- {names[0]} stdout ----\nthread '{names[0]}' panicked at tests/{r.choice(MODULES)}.rs:{r.randint(10, 300)}:{r.randint(5, 30)}:\nassertion `left == right` failed\n  left: {left}\n right: {right}\n\n"
                + f"test result: FAILED. {r.randint(20, 400)} passed; {len(names)} failed; 0 ignored; 0 measured; 0 filtered out; finished in {round(r.uniform(0.1, 60), 2)}s")
    elif k == 1:
        expr = r.choice(['result == Decimal("19.90")', 'len(rows) == 12', 'ts.utcoffset() == timedelta(hours=2)'])
        got = r.choice(['Decimal("19.89")', '11', 'datetime.timedelta(seconds=3600)'])
        body = (f"============================= test session starts ==============================\nplatform linux -- Python 3.{r.choice([10, 11, 12])}.{r.randint(0, 9)}, pytest-{r.choice(['7.4.4', '8.2.2', '8.3.3'])}, pluggy-1.5.0\ncollected {r.randint(20, 900)} items\n\n"
                f"tests/test_{r.choice(MODULES)}.py ....F..{'.' * r.randint(0, 20)}F.  [{r.randint(10, 99)}%]\n\n=================================== FAILURES ===================================\n"
                f"___________________________ test_{r.choice(['totals_match', 'csv_roundtrip', 'timezone_offsets', 'discount_applied_once'])} ___________________________\n"
                f">       assert {expr}\nE       AssertionError: assert {got} == ...\n\n"
                f"=========================== short test summary info ============================\nFAILED tests/test_{r.choice(MODULES)}.py::test_{r.choice(['totals_match', 'csv_roundtrip'])} - AssertionError\n"
                f"=================== {r.randint(1, 3)} failed, {r.randint(20, 800)} passed in {round(r.uniform(1, 300), 2)}s ===================")
    else:
        body = (f" FAIL  src/{r.choice(['utils', 'components', 'lib'])}/{r.choice(['formatPrice', 'DateRange', 'parseCsv', 'useCart'])}.test.ts\n  ● {r.choice(['formatPrice', 'DateRange', 'parseCsv'])} › {r.choice(['formats euros for de-DE', 'handles leap years', 'skips empty lines'])}\n\n"
                f"    expect(received).toBe(expected) // Object.is equality\n\n    Expected: \"{r.choice(['1.234,50 €', '29.02.2028', '3'])}\"\n    Received: \"{r.choice(['1.234,5 €', '01.03.2028', '4'])}\"\n\n"
                f"Test Suites: {r.randint(1, 3)} failed, {r.randint(5, 90)} passed, {r.randint(6, 93)} total\nTests:       {r.randint(1, 5)} failed, {r.randint(20, 800)} passed\nTime:        {round(r.uniform(2, 120), 3)} s")
    return ask_wrap(r, loc, body, ""), loc


@frame("prose_regex_help", "decoy_prose")
def p_regex(r):
    loc = pick_lang(r)
    k = r.randrange(4)
    if k == 0:
        samples = [f"{rand_date(r).isoformat()} {r.choice(['INFO', 'WARN', 'ERROR'])} order={r.randint(10000, 99999)} took={r.randint(1, 900)}ms" for _ in range(r.randint(2, 4))]
        goal = {"en": "I need a regex that captures the level, the order number and the duration from lines like these:", "de": "Ich brauche eine Regex, die Level, Bestellnummer und Dauer aus solchen Zeilen holt:",
                "fr": "Il me faut une regex qui capture le niveau, le numéro de commande et la durée dans des lignes comme :", "es": "Necesito una regex que capture el nivel, el número de pedido y la duración de líneas como estas:",
                "it": "Mi serve una regex che catturi livello, numero d'ordine e durata da righe come queste:", "pt": "Preciso de uma regex que capture o nível, o número da encomenda e a duração de linhas como estas:",
                "nl": "Ik zoek een regex die het niveau, het ordernummer en de duur uit regels zoals deze haalt:"}[loc]
    elif k == 1:
        samples = [r.choice(["205/55 R16 91H", "225/45 R17 94V XL", "195/65 R15 91T", "235/35 ZR19 91Y", "185/60R14 82H"]) for _ in range(r.randint(2, 4))]
        goal = {"en": "How do I match tyre sizes like these in Python and get width, ratio and rim separately?", "de": "Wie matche ich Reifengrößen wie diese in Python und bekomme Breite, Querschnitt und Felge einzeln?",
                "fr": "Comment matcher des dimensions de pneus comme celles-ci en Python et récupérer largeur, série et jante ?", "es": "¿Cómo reconozco medidas de neumático como estas en Python y saco ancho, perfil y llanta?",
                "it": "Come riconosco misure di pneumatici come queste in Python e ottengo larghezza, spalla e cerchio?", "pt": "Como faço match de medidas de pneus como estas em Python e obtenho largura, perfil e jante?",
                "nl": "Hoe match ik bandenmaten zoals deze in Python en krijg ik breedte, hoogte en velgmaat apart?"}[loc]
    elif k == 2:
        samples = [f"v{semver(r)}{r.choice(['', '-rc.1', '-beta.2', '+build.' + str(r.randint(1, 999))])}" for _ in range(r.randint(3, 5))]
        goal = {"en": "Regex to validate semver tags like these (with optional pre-release)?", "de": "Regex, um Semver-Tags wie diese zu validieren (mit optionalem Pre-Release)?",
                "fr": "Une regex pour valider des tags semver comme ceux-ci (pré-version optionnelle) ?", "es": "¿Regex para validar etiquetas semver como estas (con pre-release opcional)?",
                "it": "Regex per validare tag semver come questi (con pre-release opzionale)?", "pt": "Regex para validar tags semver como estas (com pre-release opcional)?",
                "nl": "Regex om semver-tags zoals deze te valideren (met optionele pre-release)?"}[loc]
    else:
        samples = [f"{r.choice(['ART', 'SKU', 'REF'])}-{alnum(r, 2, string.ascii_uppercase)}{digits(r, 4)}-{r.choice(['S', 'M', 'L', 'XL', '38', '42'])}" for _ in range(r.randint(2, 4))]
        goal = {"en": "Our article numbers look like this. What regex would accept only these?", "de": "Unsere Artikelnummern sehen so aus. Welche Regex akzeptiert nur diese?",
                "fr": "Nos références article ressemblent à ça. Quelle regex n'accepte que celles-ci ?", "es": "Nuestras referencias de artículo son así. ¿Qué regex acepta solo estas?",
                "it": "I nostri codici articolo sono così. Quale regex accetta solo questi?", "pt": "As nossas referências de artigo são assim. Que regex aceita só estas?",
                "nl": "Onze artikelnummers zien er zo uit. Welke regex accepteert alleen deze?"}[loc]
    return joinp(r, [goal, maybe_fence(r, "\n".join(samples))]), loc


@frame("prose_spreadsheet_formula", "decoy_prose")
def p_sheet(r):
    loc = pick_lang(r)
    col = r.choice("BCDEFG")
    n = r.randint(20, 5000)
    fn = {"en": ("SUMIFS", "VLOOKUP", "IF", ","), "de": ("SUMMEWENNS", "SVERWEIS", "WENN", ";"), "fr": ("SOMME.SI.ENS", "RECHERCHEV", "SI", ";"),
          "es": ("SUMAR.SI.CONJUNTO", "BUSCARV", "SI", ";"), "it": ("SOMMA.PIÙ.SE", "CERCA.VERT", "SE", ";"), "pt": ("SOMA.SE.S", "PROCV", "SE", ";"),
          "nl": ("SOMMEN.ALS", "VERT.ZOEKEN", "ALS", ";")}[loc]
    sep = fn[3]
    formula = r.choice([f"={fn[0]}({col}2:{col}{n}{sep}A2:A{n}{sep}\">=\"&H1{sep}A2:A{n}{sep}\"<\"&H2)",
                        f"={fn[1]}(A2{sep}Tarife!A:D{sep}{r.randint(2, 4)}{sep}{'FALSE' if loc == 'en' else 'FALSCH' if loc == 'de' else '0'})",
                        f"={fn[2]}({col}2>{r.choice([100, 500, 1000])}{sep}{col}2*{fnum(r.choice([0.05, 0.1, 0.15]), 2, loc)}{sep}0)"])
    q = {"en": f"My formula {formula} returns #N/A / wrong totals for rows after {r.randint(100, 900)}. Column {col} has amounts like {fnum(r.uniform(10, 9000), 2, 'en')}. What's wrong?",
         "de": f"Meine Formel {formula} liefert ab Zeile {r.randint(100, 900)} #NV bzw. falsche Summen. In Spalte {col} stehen Beträge wie {fnum(r.uniform(10, 9000), 2, 'de')}. Woran liegt das?",
         "fr": f"Ma formule {formula} renvoie #N/A ou des totaux faux après la ligne {r.randint(100, 900)}. La colonne {col} contient des montants comme {fnum(r.uniform(10, 9000), 2, 'fr')}. Pourquoi ?",
         "es": f"Mi fórmula {formula} devuelve #N/A o totales erróneos a partir de la fila {r.randint(100, 900)}. La columna {col} tiene importes como {fnum(r.uniform(10, 9000), 2, 'es')}. ¿Qué falla?",
         "it": f"La formula {formula} restituisce #N/D o totali sbagliati dopo la riga {r.randint(100, 900)}. La colonna {col} contiene importi come {fnum(r.uniform(10, 9000), 2, 'it')}. Cosa non va?",
         "pt": f"A fórmula {formula} devolve #N/D ou totais errados a partir da linha {r.randint(100, 900)}. A coluna {col} tem valores como {fnum(r.uniform(10, 9000), 2, 'pt')}. O que está mal?",
         "nl": f"Mijn formule {formula} geeft #N/B of verkeerde totalen vanaf rij {r.randint(100, 900)}. Kolom {col} bevat bedragen zoals {fnum(r.uniform(10, 9000), 2, 'nl')}. Wat gaat er mis?"}[loc]
    return q, loc


@frame("prose_csv_data_analysis", "decoy_prose")
def p_csv(r):
    loc = pick_lang(r)
    delim = ";" if loc != "en" and chance(r, 0.7) else ","
    regions = r.sample(["North", "South", "East", "West", "Centre", "Islands"], r.randint(2, 4))
    head = delim.join(["month", "region", "units", "revenue", "returns"])
    rows = []
    for m in range(1, r.randint(3, 7)):
        for reg in regions:
            rev = r.uniform(1000, 90000)
            rows.append(delim.join([f"{r.choice([2024, 2025])}-{m:02d}", reg, str(r.randint(10, 4000)), fnum(rev, 2, loc if delim == ";" else "en", group=False), str(r.randint(0, 80))]))
    q = {"en": r.choice(["Which region grew fastest month over month?", "Can you compute the return rate per region and flag anything above 3%?", "Make a short summary for the sales meeting."]),
         "de": r.choice(["Welche Region ist von Monat zu Monat am stärksten gewachsen?", "Berechne bitte die Retourenquote je Region und markiere alles über 3 %."]),
         "fr": r.choice(["Quelle région a la plus forte croissance d'un mois sur l'autre ?", "Calcule le taux de retour par région et signale tout ce qui dépasse 3 %."]),
         "es": r.choice(["¿Qué región creció más mes a mes?", "Calcula la tasa de devoluciones por región y marca lo que supere el 3 %."]),
         "it": r.choice(["Quale regione è cresciuta di più mese su mese?", "Calcola il tasso di resi per regione e segnala quelli sopra il 3%."]),
         "pt": r.choice(["Que região cresceu mais de mês para mês?", "Calcula a taxa de devoluções por região e assinala o que passar de 3%."]),
         "nl": r.choice(["Welke regio groeide het snelst maand op maand?", "Bereken het retourpercentage per regio en markeer alles boven 3%."])}[loc]
    return joinp(r, [q, maybe_fence(r, head + "\n" + "\n".join(rows), "csv")]), loc


@frame("prose_api_curl_question", "decoy_prose")
def p_curl(r):
    loc = pick_lang(r)
    port = r.choice([3000, 5000, 8000, 8080, 8443, 9200])
    path = r.choice(["/api/v1/orders", "/v2/tariffs?year=2025", "/internal/reindex", "/api/stock/levels?warehouse=W3", "/graphql"])
    body = json.dumps(r.choice([{"sku": f"{alnum(r, 3)}-{digits(r, 4)}", "qty": r.randint(1, 20)}, {"from": rand_date(r).isoformat(), "to": rand_date(r).isoformat()},
                                {"query": "{ products(first: 5) { edges { node { sku price } } } }"}, {"dry_run": True, "batch_size": r.choice([100, 500, 1000])}]))
    cmd = f"curl -sS -X {r.choice(['POST', 'PUT', 'GET'])} http{'s' if port == 8443 else ''}://localhost:{port}{path} \\\n  -H 'Content-Type: application/json' \\\n  -H \"Authorization: Bearer $API_TOKEN\" \\\n  -d '{body}'"
    code, reason = r.choice([(400, "Bad Request"), (401, "Unauthorized"), (403, "Forbidden"), (405, "Method Not Allowed"), (413, "Payload Too Large"), (415, "Unsupported Media Type"), (500, "Internal Server Error")])
    resp = r.choice([f"HTTP/1.1 {code} {reason}",
                     "curl: (7) Failed to connect to localhost port " + str(port) + " after 0 ms: Couldn't connect to server", "curl: (52) Empty reply from server",
                     "curl: (60) SSL certificate problem: self-signed certificate"])
    q = L(loc, {"en": "Why does this request fail?", "de": "Warum schlägt dieser Request fehl?", "fr": "Pourquoi cette requête échoue ?", "es": "¿Por qué falla esta petición?",
                "it": "Perché questa richiesta fallisce?", "pt": "Porque é que este pedido falha?", "nl": "Waarom faalt dit request?"})
    return joinp(r, [q, maybe_fence(r, cmd + "\n\n" + resp, "bash")]), loc


@frame("prose_network_traceroute", "decoy_prose")
def p_trace(r):
    loc = pick_lang(r)
    target = r.choice(["api.example.com", "203.0.113.10", "mirror.example.org", "198.51.100.25"])
    hops = []
    for i in range(1, r.randint(5, 12)):
        if chance(r, 0.12):
            hops.append(f"{i:>2}  * * *")
        else:
            ip = server_ip(r)
            base = r.uniform(0.3, 40) + i * 2
            hops.append(f"{i:>2}  {ip}  {base:.3f} ms  {base * r.uniform(0.9, 1.2):.3f} ms  {base * r.uniform(0.9, 1.4):.3f} ms")
    sent = r.choice([10, 20, 50, 100])
    loss = r.choice([0, 0, 10, 20, 40])
    ping = f"--- {target} ping statistics ---\n{sent} packets transmitted, {sent - sent * loss // 100} received, {loss}% packet loss, time {sent * 1000 + r.randint(5, 99)}ms\nrtt min/avg/max/mdev = {round(r.uniform(5, 20), 3)}/{round(r.uniform(20, 60), 3)}/{round(r.uniform(60, 900), 3)}/{round(r.uniform(1, 90), 3)} ms"
    body = f"traceroute to {target}, 30 hops max, 60 byte packets\n" + "\n".join(hops) + ("\n\n" + ping if chance(r, 0.6) else "")
    q = L(loc, {"en": "Users at the Lisbon office report timeouts to our API. Is the problem on our side or the ISP's?", "de": "Aus der Filiale kommen Timeouts zu unserer API. Liegt es an uns oder am Provider?",
                "fr": "Le site de Lyon signale des timeouts vers notre API. Le problème vient de chez nous ou du FAI ?", "es": "Desde la oficina llegan timeouts a nuestra API. ¿El problema es nuestro o del proveedor?",
                "it": "Dalla sede arrivano timeout verso la nostra API. Il problema è nostro o del provider?", "pt": "O escritório reporta timeouts para a nossa API. O problema é nosso ou do ISP?",
                "nl": "Vanaf de vestiging krijgen we timeouts naar onze API. Ligt het aan ons of aan de provider?"})
    return joinp(r, [q, maybe_fence(r, body)]), loc


@frame("prose_changelog_summary_request", "decoy_prose")
def p_changelog(r):
    loc = pick_lang(r)
    v = semver(r)
    secs = []
    pool = {"Added": ["Support for ISO 8601 week dates", "`--dry-run` flag for the import command", "Dutch and Portuguese translations", "Retry with jitter for HTTP 429/503", "Export to Parquet"],
            "Changed": ["Default timeout raised from 10 s to 30 s", "Minimum supported Rust version is now 1.75", "VAT is now rounded to 2 decimals per line", "Log format switched to JSON by default"],
            "Fixed": ["Crash when the CSV file has a BOM", f"Memory leak in the tile cache (#{r.randint(100, 3000)})", "Wrong totals when a discount is applied twice", "Off-by-one in pagination cursor"],
            "Deprecated": ["`Config::from_env` in favour of `Config::load`", "The `--legacy-dates` flag"],
            "Security": ["Upgrade `openssl` to 3.0.15 (CVE-2024-5535)", f"Bump `h2` to 0.4.{r.randint(4, 9)} (RUSTSEC-2024-0332)"],
            "Removed": ["Python 3.8 support", "The deprecated `/v1/tariffs` endpoint"]}
    order = ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"]
    for title in sorted(some(r, order, 2, 4), key=order.index):
        items = some(r, pool[title], 1, 3)
        secs.append(f"### {title}\n" + "\n".join(f"- {x}" for x in items))
    body = f"## [{v}] - {rand_date(r).isoformat()}\n\n" + "\n\n".join(secs)
    q = L(loc, {"en": r.choice(["Summarise this changelog in two sentences for non-developers.", "Is anything in here a breaking change?"]),
                "de": r.choice(["Fasse dieses Changelog in zwei Sätzen für Nicht-Entwickler zusammen.", "Ist hier irgendetwas ein Breaking Change?"]),
                "fr": r.choice(["Résume ce changelog en deux phrases pour des non-développeurs.", "Y a-t-il un changement cassant là-dedans ?"]),
                "es": r.choice(["Resume este changelog en dos frases para no desarrolladores.", "¿Hay algún cambio incompatible aquí?"]),
                "it": r.choice(["Riassumi questo changelog in due frasi per chi non sviluppa.", "C'è qualche breaking change?"]),
                "pt": r.choice(["Resume este changelog em duas frases para não programadores.", "Há aqui alguma alteração incompatível?"]),
                "nl": r.choice(["Vat deze changelog samen in twee zinnen voor niet-ontwikkelaars.", "Zit hier een breaking change in?"])})
    return joinp(r, [q, body]), loc


@frame("prose_dockerfile_review", "decoy_prose")
def p_dockerfile(r):
    loc = pick_lang(r)
    base = r.choice(["python:3.12-slim", "node:20-alpine", "rust:1.81 AS build", "eclipse-temurin:21-jre", "golang:1.23 AS build", "debian:bookworm-slim"])
    lines = [f"FROM {base}", f"WORKDIR {r.choice(CODE_PATHS)}"]
    if "python" in base:
        lines += ["COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .", f"EXPOSE {r.choice([8000, 5000])}",
                  f'CMD ["gunicorn", "-w", "{r.randint(2, 8)}", "-b", "0.0.0.0:8000", "app:create_app()"]']
    elif "node" in base:
        lines += ["COPY package*.json ./", "RUN npm ci --omit=dev", "COPY . .", "RUN npm run build", "EXPOSE 3000", 'CMD ["node", "dist/server.js"]']
    elif "rust" in base:
        lines += ["COPY . .", "RUN cargo build --release --locked", "", "FROM debian:bookworm-slim", "RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*",
                  "COPY --from=build /app/target/release/server /usr/local/bin/server", "USER 10001", 'ENTRYPOINT ["server"]']
    else:
        lines += ["COPY . .", "RUN apt-get update && apt-get install -y curl", f"ENV TZ=Europe/{r.choice(['Berlin', 'Lisbon', 'Madrid', 'Rome', 'Paris', 'Amsterdam'])}", "EXPOSE 8080", 'CMD ["./start.sh"]']
    q = L(loc, {"en": f"The image is {r.randint(180, 2400)} MB. How can I make it smaller and build faster?", "de": f"Das Image ist {r.randint(180, 2400)} MB groß. Wie bekomme ich es kleiner und den Build schneller?",
                "fr": f"L'image fait {r.randint(180, 2400)} Mo. Comment la réduire et accélérer le build ?", "es": f"La imagen ocupa {r.randint(180, 2400)} MB. ¿Cómo la reduzco y acelero el build?",
                "it": f"L'immagine pesa {r.randint(180, 2400)} MB. Come la rimpicciolisco e velocizzo la build?", "pt": f"A imagem tem {r.randint(180, 2400)} MB. Como a torno mais pequena e o build mais rápido?",
                "nl": f"De image is {r.randint(180, 2400)} MB. Hoe maak ik hem kleiner en de build sneller?"})
    return joinp(r, [q, maybe_fence(r, "\n".join(lines), "dockerfile")]), loc


# ===========================================================================
# prose frames: homework, news, everyday questions
# ===========================================================================

GREET = {"en": ["", "", "Hi! ", "Hello. ", "Quick one: "], "de": ["", "", "Hallo! ", "Hi. ", "Kurze Frage: "], "fr": ["", "", "Bonjour ! ", "Salut ! ", "Petite question : "],
         "es": ["", "", "¡Hola! ", "Buenas. ", "Una duda: "], "it": ["", "", "Ciao! ", "Buongiorno. ", "Domanda veloce: "], "pt": ["", "", "Olá! ", "Bom dia. ", "Uma dúvida: "],
         "nl": ["", "", "Hoi! ", "Hallo. ", "Korte vraag: "]}


def greet(r, loc):
    return r.choice(GREET[loc])


@frame("prose_math_homework", "decoy_prose")
def p_math(r):
    loc = pick_lang(r)
    a, b, c = r.randint(2, 12), r.randint(1, 40), r.randint(20, 150)
    p0 = price(r, 19, 260)
    disc = r.choice([10, 15, 20, 25, 30, 40])
    rad = r.choice([3, 4.5, 7, 12, 2.5])
    speed = r.choice([60, 75, 80, 90, 110])
    dist = r.choice([150, 240, 315, 420])
    probs = {
        "en": [f"Solve for x: {a}x + {b} = {c}", f"A jacket costs {money(r, p0, 'en')} and is reduced by {disc}%. What is the new price?",
               f"Find the area of a circle with radius {rad} cm (use π ≈ 3.14).", f"A train travels {dist} km at {speed} km/h. How long does the trip take in hours and minutes?",
               f"Simplify {a * 2}/{a * 6} and write it as a percentage.", f"What is {disc}% of {c * 10}?"],
        "de": [f"Löse nach x auf: {a}x + {b} = {c}", f"Eine Jacke kostet {money(r, p0, 'de')} und wird um {disc} % reduziert. Wie viel kostet sie jetzt?",
               f"Berechne den Flächeninhalt eines Kreises mit r = {fnum(rad, 1, 'de')} cm (π ≈ 3,14).", f"Ein Zug fährt {dist} km mit {speed} km/h. Wie lange dauert die Fahrt?",
               f"Kürze den Bruch {a * 2}/{a * 6} und gib ihn in Prozent an.", f"Wie viel sind {disc} % von {c * 10}?"],
        "fr": [f"Résoudre : {a}x + {b} = {c}", f"Une veste coûte {money(r, p0, 'fr')} et bénéficie d'une remise de {disc} %. Quel est le nouveau prix ?",
               f"Calculer l'aire d'un disque de rayon {fnum(rad, 1, 'fr')} cm (π ≈ 3,14).", f"Un train parcourt {dist} km à {speed} km/h. Combien de temps dure le trajet ?",
               f"Simplifier la fraction {a * 2}/{a * 6} et l'exprimer en pourcentage.", f"Combien font {disc} % de {c * 10} ?"],
        "es": [f"Resuelve: {a}x + {b} = {c}", f"Una chaqueta cuesta {money(r, p0, 'es')} y tiene un descuento del {disc} %. ¿Cuál es el precio final?",
               f"Calcula el área de un círculo de radio {fnum(rad, 1, 'es')} cm (π ≈ 3,14).", f"Un tren recorre {dist} km a {speed} km/h. ¿Cuánto dura el viaje?",
               f"Simplifica la fracción {a * 2}/{a * 6} y exprésala en porcentaje.", f"¿Cuánto es el {disc} % de {c * 10}?"],
        "it": [f"Risolvi: {a}x + {b} = {c}", f"Una giacca costa {money(r, p0, 'it')} ed è scontata del {disc}%. Qual è il nuovo prezzo?",
               f"Calcola l'area di un cerchio di raggio {fnum(rad, 1, 'it')} cm (π ≈ 3,14).", f"Un treno percorre {dist} km a {speed} km/h. Quanto dura il viaggio?",
               f"Semplifica la frazione {a * 2}/{a * 6} ed esprimila in percentuale.", f"Quanto fa il {disc}% di {c * 10}?"],
        "pt": [f"Resolve: {a}x + {b} = {c}", f"Um casaco custa {money(r, p0, 'pt')} e tem um desconto de {disc}%. Qual é o novo preço?",
               f"Calcula a área de um círculo com raio {fnum(rad, 1, 'pt')} cm (π ≈ 3,14).", f"Um comboio percorre {dist} km a {speed} km/h. Quanto tempo demora a viagem?",
               f"Simplifica a fração {a * 2}/{a * 6} e escreve-a em percentagem.", f"Quanto é {disc}% de {c * 10}?"],
        "nl": [f"Los op: {a}x + {b} = {c}", f"Een jas kost {money(r, p0, 'nl')} en krijgt {disc}% korting. Wat is de nieuwe prijs?",
               f"Bereken de oppervlakte van een cirkel met straal {fnum(rad, 1, 'nl')} cm (π ≈ 3,14).", f"Een trein rijdt {dist} km met {speed} km/u. Hoe lang duurt de rit?",
               f"Vereenvoudig de breuk {a * 2}/{a * 6} en schrijf hem als percentage.", f"Hoeveel is {disc}% van {c * 10}?"],
    }[loc]
    chosen = some(r, probs, 1, 3)
    pre = L(loc, {"en": r.choice(["Can you check my homework?", "Please explain step by step:", "I got a different answer than the book, can you help?", "Homework for tomorrow:"]),
                  "de": r.choice(["Kannst du meine Hausaufgaben prüfen?", "Bitte Schritt für Schritt erklären:", "Ich komme auf ein anderes Ergebnis als das Buch:"]),
                  "fr": r.choice(["Tu peux vérifier mes devoirs ?", "Explique-moi étape par étape :", "Je ne trouve pas le même résultat que le livre :"]),
                  "es": r.choice(["¿Puedes revisar mis deberes?", "Explícamelo paso a paso:", "Me sale distinto que en el libro:"]),
                  "it": r.choice(["Puoi controllare i miei compiti?", "Spiegami passo per passo:", "Mi viene un risultato diverso dal libro:"]),
                  "pt": r.choice(["Podes verificar o meu trabalho de casa?", "Explica passo a passo:", "Dá-me um resultado diferente do livro:"]),
                  "nl": r.choice(["Kun je mijn huiswerk nakijken?", "Leg het stap voor stap uit:", "Ik kom op een ander antwoord dan het boek:"])})
    if len(chosen) == 1:
        return greet(r, loc) + joinp(r, [pre, chosen[0]]), loc
    return greet(r, loc) + pre + "\n" + bullets(r, chosen), loc


@frame("prose_chemistry_homework", "decoy_prose")
def p_chem(r):
    loc = pick_lang(r)
    name, cas, un, h, mw = r.choice(CHEMS)
    g = r.choice([5, 10, 12.5, 20, 36.5, 50, 100])
    ml = r.choice([100, 250, 500, 1000])
    rxn = r.choice(["2 H2 + O2 → 2 H2O", "CH4 + 2 O2 → CO2 + 2 H2O", "NaOH + HCl → NaCl + H2O", "CaCO3 → CaO + CO2", "Zn + 2 HCl → ZnCl2 + H2", "N2 + 3 H2 ⇌ 2 NH3"])
    t = {
        "en": [f"How many moles are in {g} g of {name.lower()} (M = {mw} g/mol)?", f"What is the molarity if I dissolve {g} g of it in {ml} mL of water?",
               f"Balance and explain: {rxn}", f"The SDS lists CAS {cas} and hazard statements {', '.join(h) or 'none'}. What do those codes mean?",
               f"Calculate the pH of a 0.{r.choice(['01', '05', '1'])} M HCl solution."],
        "de": [f"Wie viel Mol sind {fnum(g, 1, 'de')} g {name} (M = {fnum(mw, 2, 'de')} g/mol)?", f"Welche Stoffmengenkonzentration ergibt sich in {ml} ml Wasser?",
               f"Erkläre die Reaktionsgleichung: {rxn}", f"Im Sicherheitsdatenblatt steht CAS {cas}. Was bedeuten die H-Sätze {', '.join(h) or '(keine)'}?",
               f"Berechne den pH-Wert einer 0,{r.choice(['01', '05', '1'])}-molaren Salzsäure."],
        "fr": [f"Combien de moles dans {fnum(g, 1, 'fr')} g de cette substance (M = {fnum(mw, 2, 'fr')} g/mol, CAS {cas}) ?", f"Quelle concentration molaire dans {ml} mL d'eau ?",
               f"Équilibrer et expliquer : {rxn}", f"Calculer le pH d'une solution d'acide chlorhydrique à 0,{r.choice(['01', '05', '1'])} mol/L."],
        "es": [f"¿Cuántos moles hay en {fnum(g, 1, 'es')} g (M = {fnum(mw, 2, 'es')} g/mol, CAS {cas})?", f"¿Qué molaridad tiene la disolución en {ml} mL de agua?",
               f"Ajusta y explica: {rxn}", f"Calcula el pH de una disolución de HCl 0,{r.choice(['01', '05', '1'])} M."],
        "it": [f"Quante moli ci sono in {fnum(g, 1, 'it')} g (M = {fnum(mw, 2, 'it')} g/mol, CAS {cas})?", f"Qual è la molarità in {ml} mL di acqua?",
               f"Bilancia e spiega: {rxn}", f"Calcola il pH di una soluzione di HCl 0,{r.choice(['01', '05', '1'])} M."],
        "pt": [f"Quantas moles há em {fnum(g, 1, 'pt')} g (M = {fnum(mw, 2, 'pt')} g/mol, CAS {cas})?", f"Qual a concentração molar em {ml} mL de água?",
               f"Acerta e explica: {rxn}", f"Calcula o pH de uma solução de HCl 0,{r.choice(['01', '05', '1'])} mol/dm³."],
        "nl": [f"Hoeveel mol zit er in {fnum(g, 1, 'nl')} g (M = {fnum(mw, 2, 'nl')} g/mol, CAS {cas})?", f"Wat is de molariteit in {ml} mL water?",
               f"Maak kloppend en leg uit: {rxn}", f"Bereken de pH van een 0,{r.choice(['01', '05', '1'])} M HCl-oplossing."],
    }[loc]
    return greet(r, loc) + bullets(r, some(r, t, 1, 3)), loc


@frame("prose_physics_homework", "decoy_prose")
def p_phys(r):
    loc = pick_lang(r)
    m = r.choice([0.5, 2, 5, 12, 70, 1200])
    v = r.choice([3, 10, 15, 27.8, 50])
    hgt = r.choice([1.5, 5, 12, 45, 100])
    P = r.choice([60, 800, 1500, 2200])
    U = r.choice([5, 12, 230])
    q = {"en": [f"A {m} kg object moves at {v} m/s. What is its kinetic energy?", f"An object falls from {hgt} m. How long until it hits the ground (g = 9.81 m/s²)?",
                f"A {P} W kettle runs on {U} V. What current does it draw?", f"How much energy in kWh does a {P} W heater use in {r.choice([2, 3.5, 8])} hours?"],
         "de": [f"Ein Körper mit {fnum(m, 1, 'de')} kg bewegt sich mit {fnum(v, 1, 'de')} m/s. Wie groß ist die kinetische Energie?", f"Ein Stein fällt aus {fnum(hgt, 1, 'de')} m Höhe. Wie lange dauert der Fall (g = 9,81 m/s²)?",
                f"Ein Wasserkocher mit {P} W hängt an {U} V. Welche Stromstärke fließt?"],
         "fr": [f"Un objet de {fnum(m, 1, 'fr')} kg se déplace à {fnum(v, 1, 'fr')} m/s. Quelle est son énergie cinétique ?", f"Un objet tombe de {fnum(hgt, 1, 'fr')} m. Combien de temps dure la chute (g = 9,81 m/s²) ?",
                f"Une bouilloire de {P} W est branchée sur {U} V. Quelle intensité ?"],
         "es": [f"Un cuerpo de {fnum(m, 1, 'es')} kg se mueve a {fnum(v, 1, 'es')} m/s. ¿Cuál es su energía cinética?", f"Un objeto cae desde {fnum(hgt, 1, 'es')} m. ¿Cuánto tarda en llegar al suelo?",
                f"Un hervidor de {P} W funciona a {U} V. ¿Qué intensidad consume?"],
         "it": [f"Un corpo di {fnum(m, 1, 'it')} kg si muove a {fnum(v, 1, 'it')} m/s. Qual è la sua energia cinetica?", f"Un oggetto cade da {fnum(hgt, 1, 'it')} m. Quanto dura la caduta?",
                f"Un bollitore da {P} W è alimentato a {U} V. Quale corrente assorbe?"],
         "pt": [f"Um corpo de {fnum(m, 1, 'pt')} kg move-se a {fnum(v, 1, 'pt')} m/s. Qual a energia cinética?", f"Um objeto cai de {fnum(hgt, 1, 'pt')} m. Quanto tempo demora a queda?",
                f"Uma chaleira de {P} W liga a {U} V. Que corrente consome?"],
         "nl": [f"Een voorwerp van {fnum(m, 1, 'nl')} kg beweegt met {fnum(v, 1, 'nl')} m/s. Hoe groot is de kinetische energie?", f"Een steen valt van {fnum(hgt, 1, 'nl')} m. Hoe lang duurt de val?",
                f"Een waterkoker van {P} W werkt op {U} V. Hoe groot is de stroom?"]}[loc]
    return greet(r, loc) + joinp(r, some(r, q, 1, 2)), loc


HISTORY_TOPICS = {
    "en": ["the Hanseatic League", "the construction of Cologne Cathedral", "the Zuiderzee Works", "the Roman aqueduct of Segovia", "the Great Fire of London in 1666",
           "the founding of the University of Bologna", "the building of the Panama Canal", "the 1755 Lisbon earthquake", "the Berlin Wall (1961-1989)", "the Treaty of Rome (1957)"],
    "de": ["die Hanse", "den Bau des Kölner Doms", "die Deutsche Einheit 1990", "den Westfälischen Frieden 1648", "die Industrialisierung im Ruhrgebiet", "den Bau der Berliner Mauer 1961"],
    "fr": ["la construction de Notre-Dame de Paris", "la Révolution de 1789", "le canal du Midi", "l'Exposition universelle de 1889", "le traité de Rome de 1957", "la construction du viaduc de Millau"],
    "es": ["el acueducto de Segovia", "la Alhambra de Granada", "la Constitución de 1978", "la Exposición Universal de Sevilla 1992", "la Reconquista", "el Canal de Castilla"],
    "it": ["il Colosseo", "la fondazione dell'Università di Bologna", "la Repubblica di Venezia", "l'Unità d'Italia del 1861", "la costruzione del Duomo di Firenze", "il Trattato di Roma del 1957"],
    "pt": ["o terramoto de Lisboa de 1755", "a Torre de Belém", "a Revolução de 25 de Abril de 1974", "os Descobrimentos", "a construção da Ponte 25 de Abril", "o Mosteiro da Batalha"],
    "nl": ["de Deltawerken", "de VOC", "de Afsluitdijk (1932)", "de Tachtigjarige Oorlog", "de watersnoodramp van 1953", "de Zuiderzeewerken"],
}


@frame("prose_history_places_homework", "decoy_prose")
def p_history(r):
    loc = pick_lang(r)
    topic = r.choice(HISTORY_TOPICS[loc])
    words = r.choice([150, 200, 300, 500, 800])
    t = {"en": [f"I need to write {words} words about {topic}. Can you give me an outline with the key dates?", f"Why was {topic} important for the region's economy?",
                f"Give me 5 quiz questions about {topic} with answers.", f"Summarise {topic} for a Year 8 presentation, max {r.randint(5, 10)} bullet points."],
         "de": [f"Ich muss {words} Wörter über {topic} schreiben. Kannst du mir eine Gliederung mit den wichtigsten Jahreszahlen geben?", f"Warum war {topic} wirtschaftlich so wichtig?",
                f"Gib mir 5 Quizfragen zu {topic} mit Lösungen."],
         "fr": [f"Je dois rédiger {words} mots sur {topic}. Tu peux me proposer un plan avec les dates clés ?", f"Pourquoi {topic} a-t-il été si important ?",
                f"Donne-moi 5 questions de quiz sur {topic} avec les réponses."],
         "es": [f"Tengo que escribir {words} palabras sobre {topic}. ¿Me das un esquema con las fechas clave?", f"¿Por qué fue tan importante {topic}?",
                f"Dame 5 preguntas tipo test sobre {topic} con las respuestas."],
         "it": [f"Devo scrivere {words} parole su {topic}. Mi dai una scaletta con le date principali?", f"Perché {topic} è stato così importante?",
                f"Fammi 5 domande a quiz su {topic} con le risposte."],
         "pt": [f"Tenho de escrever {words} palavras sobre {topic}. Podes dar-me um esquema com as datas principais?", f"Porque foi {topic} tão importante?",
                f"Dá-me 5 perguntas de escolha múltipla sobre {topic} com as respostas."],
         "nl": [f"Ik moet {words} woorden schrijven over {topic}. Kun je een opzet geven met de belangrijkste jaartallen?", f"Waarom was {topic} zo belangrijk?",
                f"Geef me 5 quizvragen over {topic} met antwoorden."]}[loc]
    return greet(r, loc) + r.choice(t), loc


GEO = [("Rhine", "river", 1233, "km"), ("Danube", "river", 2850, "km"), ("Tagus", "river", 1007, "km"), ("Po", "river", 652, "km"), ("Loire", "river", 1006, "km"),
       ("Lake Constance", "lake", 536, "km²"), ("Lake Garda", "lake", 370, "km²"), ("Mont Blanc", "mountain", 4806, "m"), ("Zugspitze", "mountain", 2962, "m"),
       ("Mulhacén", "mountain", 3479, "m"), ("Etna", "volcano", 3357, "m"), ("Pico", "mountain", 2351, "m")]


@frame("prose_geography_facts_en", "decoy_prose")
def p_geo(r):
    nm, kind, val, unit = r.choice(GEO)
    other = r.choice([g for g in GEO if g[1] == kind and g[0] != nm] or GEO)
    t = r.choice([f"How long is the {nm}, and which countries does it flow through?" if kind == "river" else f"How high is {nm} and when was it first climbed?",
                  f"Is it true that the {nm} is {val:,} {unit}? My atlas says {int(val * r.uniform(0.9, 1.1)):,} {unit}.",
                  f"Compare the {nm} ({val:,} {unit}) with the {other[0]} ({other[2]:,} {other[3]}). Which is bigger and by what percentage?",
                  f"Make a table of the 5 longest rivers in Europe with length in km and source country."])
    if chance(r, 0.3):
        t += f" Also, what's the population density of a region with {r.randint(200, 9000):,} km² and {r.randint(50, 4000):,} thousand inhabitants?"
    return greet(r, "en") + t, "en"


COMPANY_SECTORS = ["logistics", "solar", "insurance", "food", "software", "paper", "machinery", "tourism", "optics", "textiles", "energy", "seeds"]


@frame("prose_news_company_earnings", "decoy_prose")
def p_earn(r):
    loc = pick_lang(r)
    co = r.choice(FICT_COMPANIES)
    q = r.choice(["Q1", "Q2", "Q3", "Q4", "H1", "FY"])
    yr = r.choice([2024, 2025])
    rev = round(r.uniform(0.2, 48), 1)
    g = round(r.uniform(-9, 18), 1)
    ebit = round(r.uniform(2, 19), 1)
    guid = round(r.uniform(-3, 9), 1)
    jobs = r.choice([120, 300, 450, 900, 1500])
    txt = {
        "en": [f"{co} reported {q} {yr} revenue of €{rev} billion, {'up' if g >= 0 else 'down'} {abs(g)}% year on year.", f"The EBIT margin came in at {ebit}%.",
               f"Management now expects full-year growth of {guid}%.", f"The company plans to cut {jobs} positions by the end of {yr + 1}.",
               f"Shares rose {round(r.uniform(0.5, 12), 1)}% in early trading.", f"The board proposed a dividend of €{round(r.uniform(0.1, 4), 2)} per share."],
        "de": [f"{co} meldete für {q} {yr} einen Umsatz von {fnum(rev, 1, 'de')} Mrd. Euro, ein {'Plus' if g >= 0 else 'Minus'} von {fnum(abs(g), 1, 'de')} Prozent.",
               f"Die EBIT-Marge lag bei {fnum(ebit, 1, 'de')} %.", f"Der Vorstand erwartet nun ein Wachstum von {fnum(guid, 1, 'de')} %.", f"Bis Ende {yr + 1} sollen {jobs} Stellen wegfallen.",
               f"Die Aktie legte im frühen Handel um {fnum(r.uniform(0.5, 12), 1, 'de')} % zu."],
        "fr": [f"{co} a publié un chiffre d'affaires de {fnum(rev, 1, 'fr')} milliards d'euros au {q} {yr}, en {'hausse' if g >= 0 else 'baisse'} de {fnum(abs(g), 1, 'fr')} %.",
               f"La marge d'EBIT ressort à {fnum(ebit, 1, 'fr')} %.", f"La direction table désormais sur une croissance de {fnum(guid, 1, 'fr')} %.", f"Le groupe prévoit de supprimer {jobs} postes d'ici fin {yr + 1}."],
        "es": [f"{co} registró unos ingresos de {fnum(rev, 1, 'es')} millardos de euros en el {q} de {yr}, un {fnum(abs(g), 1, 'es')} % {'más' if g >= 0 else 'menos'} que un año antes.",
               f"El margen EBIT se situó en el {fnum(ebit, 1, 'es')} %.", f"La dirección prevé ahora un crecimiento del {fnum(guid, 1, 'es')} %.", f"La empresa recortará {jobs} puestos antes de finales de {yr + 1}."],
        "it": [f"{co} ha registrato ricavi per {fnum(rev, 1, 'it')} miliardi di euro nel {q} {yr}, in {'crescita' if g >= 0 else 'calo'} del {fnum(abs(g), 1, 'it')}%.",
               f"Il margine EBIT si è attestato al {fnum(ebit, 1, 'it')}%.", f"Il management prevede ora una crescita del {fnum(guid, 1, 'it')}%.", f"Il gruppo taglierà {jobs} posti entro la fine del {yr + 1}."],
        "pt": [f"A {co} registou receitas de {fnum(rev, 1, 'pt')} mil milhões de euros no {q} de {yr}, {'mais' if g >= 0 else 'menos'} {fnum(abs(g), 1, 'pt')}% em termos homólogos.",
               f"A margem EBIT foi de {fnum(ebit, 1, 'pt')}%.", f"A administração espera agora um crescimento de {fnum(guid, 1, 'pt')}%.", f"A empresa vai eliminar {jobs} postos até ao final de {yr + 1}."],
        "nl": [f"{co} boekte in {q} {yr} een omzet van {fnum(rev, 1, 'nl')} miljard euro, {fnum(abs(g), 1, 'nl')} procent {'meer' if g >= 0 else 'minder'} dan een jaar eerder.",
               f"De EBIT-marge kwam uit op {fnum(ebit, 1, 'nl')}%.", f"Het bestuur verwacht nu een groei van {fnum(guid, 1, 'nl')}%.", f"Tot eind {yr + 1} verdwijnen {jobs} banen."],
    }[loc]
    body = " ".join([txt[0]] + some(r, txt[1:], 1, len(txt) - 1))
    ask = L(loc, {"en": r.choice(["Summarise this for me in one line:", "Is this good or bad news for the sector?", "Explain what EBIT margin means here:", "TL;DR please:"]),
                  "de": r.choice(["Fasse das in einem Satz zusammen:", "Ist das gut oder schlecht für die Branche?", "Was bedeutet EBIT-Marge hier?"]),
                  "fr": r.choice(["Résume-moi ça en une phrase :", "Bonne ou mauvaise nouvelle pour le secteur ?"]),
                  "es": r.choice(["Resúmelo en una frase:", "¿Es buena o mala noticia para el sector?"]),
                  "it": r.choice(["Riassumi in una frase:", "È una buona o cattiva notizia per il settore?"]),
                  "pt": r.choice(["Resume isto numa frase:", "É uma boa ou má notícia para o setor?"]),
                  "nl": r.choice(["Vat dit samen in één zin:", "Is dit goed of slecht nieuws voor de sector?"])})
    return (f"{ask}\n\n\"{body}\"" if chance(r, 0.6) else f"{body}\n\n{ask.rstrip(':')}"), loc


LAWS = {"de": ["§ 573c BGB", "§ 535 BGB", "§ 14 UStG", "Art. 6 DSGVO", "§ 622 BGB", "§ 312g BGB", "§ 13b UStG"],
        "fr": ["l'article 1240 du Code civil", "l'article L. 1234-1 du Code du travail", "l'article 15 de la loi du 6 juillet 1989", "l'article L. 221-18 du Code de la consommation"],
        "es": ["el artículo 9 de la LAU", "el artículo 1902 del Código Civil", "el artículo 102 del TRLGDCU", "el artículo 49 del Estatuto de los Trabajadores"],
        "it": ["l'art. 2043 c.c.", "l'art. 1571 c.c.", "l'art. 52 del Codice del consumo", "l'art. 2118 c.c."],
        "pt": ["o artigo 1083.º do Código Civil", "o artigo 10.º do DL 24/2014", "o artigo 400.º do Código do Trabalho", "o artigo 1097.º do Código Civil"],
        "nl": ["artikel 7:271 BW", "artikel 6:162 BW", "artikel 7:672 BW", "artikel 6:230o BW"],
        "en": ["section 21 of the Housing Act 1988", "section 75 of the Consumer Credit Act 1974", "the Consumer Rights Act 2015, section 24", "Article 17 GDPR"]}


@frame("prose_legal_general_question", "decoy_prose")
def p_legal(r):
    loc = pick_lang(r)
    law = r.choice(LAWS[loc])
    amt = price(r, 80, 4800)
    mo = r.choice([1, 2, 3, 6])
    days = r.choice([14, 30, 60])
    t = {"en": [f"In general terms, what does {law} say about notice periods? A tenancy started {r.randint(1, 12)} years ago.", f"Is a {money(r, amt, 'en', 'GBP')} deposit deduction for repainting usually allowed under {law}?",
                f"How does the {days}-day right to return work for online purchases?", f"If a company pays an invoice {days} days late, what interest can typically be charged on {money(r, amt, 'en', 'GBP')}?"],
         "de": [f"Was regelt {law} ganz allgemein zu Kündigungsfristen? Das Mietverhältnis besteht seit {r.randint(1, 12)} Jahren.", f"Darf der Vermieter laut {law} {money(r, amt, 'de')} von der Kaution einbehalten?",
                f"Wie funktioniert das {days}-tägige Widerrufsrecht beim Onlinekauf?", f"Welche Verzugszinsen fallen bei einer Rechnung über {money(r, amt, 'de')} an, wenn sie {days} Tage zu spät bezahlt wird?"],
         "fr": [f"Que prévoit {law} en matière de préavis ? Le bail a commencé il y a {r.randint(1, 12)} ans.", f"Le bailleur peut-il retenir {money(r, amt, 'fr')} sur le dépôt de garantie ?",
                f"Comment fonctionne le délai de rétractation de {days} jours pour un achat en ligne ?"],
         "es": [f"¿Qué dice en general {law} sobre el plazo de preaviso? El contrato empezó hace {r.randint(1, 12)} años.", f"¿Puede el casero quedarse {money(r, amt, 'es')} de la fianza?",
                f"¿Cómo funciona el derecho de desistimiento de {days} días en compras online?"],
         "it": [f"Cosa prevede in generale {law} sul preavviso? Il contratto è iniziato {r.randint(1, 12)} anni fa.", f"Il locatore può trattenere {money(r, amt, 'it')} dal deposito cauzionale?",
                f"Come funziona il diritto di recesso di {days} giorni per gli acquisti online?"],
         "pt": [f"O que diz, em termos gerais, {law} sobre prazos de aviso prévio? O contrato começou há {r.randint(1, 12)} anos.", f"O senhorio pode reter {money(r, amt, 'pt')} da caução?",
                f"Como funciona o direito de livre resolução de {days} dias nas compras online?"],
         "nl": [f"Wat zegt {law} in het algemeen over de opzegtermijn? De huur loopt sinds {r.randint(1, 12)} jaar.", f"Mag de verhuurder {money(r, amt, 'nl')} van de borg inhouden?",
                f"Hoe werkt de bedenktijd van {days} dagen bij online aankopen?"]}[loc]
    note = L(loc, {"en": " (Not asking for formal legal advice, just the general rule.)", "de": " (Keine Rechtsberatung, nur die allgemeine Regel bitte.)", "fr": " (Pas un conseil juridique, juste la règle générale.)",
                   "es": " (No busco asesoría, solo la regla general.)", "it": " (Non chiedo consulenza, solo la regola generale.)", "pt": " (Não peço aconselhamento jurídico, só a regra geral.)",
                   "nl": " (Geen juridisch advies, alleen de algemene regel.)"}) if chance(r, 0.4) else ""
    return greet(r, loc) + r.choice(t) + note, loc


@frame("prose_government_budget_news", "decoy_prose")
def p_budget(r):
    loc = pick_lang(r)
    yr = r.choice([2025, 2026, 2027])
    tot = round(r.uniform(80, 520), 1)
    defi = round(r.uniform(0.5, 5.5), 1)
    inv = round(r.uniform(5, 90), 1)
    minis = {"en": ["transport", "health", "education", "defence", "housing"], "de": ["Verkehr", "Gesundheit", "Bildung", "Verteidigung", "Wohnungsbau"],
             "fr": ["transports", "santé", "éducation", "défense", "logement"], "es": ["transporte", "sanidad", "educación", "defensa", "vivienda"],
             "it": ["trasporti", "sanità", "istruzione", "difesa", "edilizia abitativa"], "pt": ["transportes", "saúde", "educação", "defesa", "habitação"],
             "nl": ["infrastructuur", "zorg", "onderwijs", "defensie", "volkshuisvesting"]}[loc]
    m = r.choice(minis)
    t = {"en": f"The government's draft budget for {yr} foresees spending of €{tot} billion and a deficit of {defi}% of GDP. {inv} billion is earmarked for {m}. Parliament votes in {MONTHS['en'][r.randint(8, 11)]}.",
         "de": f"Der Haushaltsentwurf für {yr} sieht Ausgaben von {fnum(tot, 1, 'de')} Mrd. Euro und ein Defizit von {fnum(defi, 1, 'de')} % des BIP vor. {fnum(inv, 1, 'de')} Mrd. sind für {m} eingeplant. Der Bundestag stimmt im {MONTHS['de'][r.randint(8, 11)]} ab.",
         "fr": f"Le projet de loi de finances pour {yr} prévoit {fnum(tot, 1, 'fr')} milliards d'euros de dépenses et un déficit de {fnum(defi, 1, 'fr')} % du PIB. {fnum(inv, 1, 'fr')} milliards iront aux {m}. Vote prévu en {MONTHS['fr'][r.randint(8, 11)]}.",
         "es": f"El proyecto de Presupuestos para {yr} prevé un gasto de {fnum(tot, 1, 'es')} millardos de euros y un déficit del {fnum(defi, 1, 'es')} % del PIB. Se destinan {fnum(inv, 1, 'es')} millardos a {m}. La votación será en {MONTHS['es'][r.randint(8, 11)]}.",
         "it": f"La manovra per il {yr} prevede spese per {fnum(tot, 1, 'it')} miliardi di euro e un deficit al {fnum(defi, 1, 'it')}% del PIL. {fnum(inv, 1, 'it')} miliardi vanno a {m}. Il voto è atteso a {MONTHS['it'][r.randint(8, 11)]}.",
         "pt": f"A proposta de Orçamento do Estado para {yr} prevê despesa de {fnum(tot, 1, 'pt')} mil milhões de euros e um défice de {fnum(defi, 1, 'pt')}% do PIB. {fnum(inv, 1, 'pt')} mil milhões destinam-se a {m}. A votação final é em {MONTHS['pt'][r.randint(8, 11)]}.",
         "nl": f"De ontwerpbegroting voor {yr} gaat uit van {fnum(tot, 1, 'nl')} miljard euro aan uitgaven en een tekort van {fnum(defi, 1, 'nl')}% van het bbp. {fnum(inv, 1, 'nl')} miljard gaat naar {m}. De Tweede Kamer stemt in {MONTHS['nl'][r.randint(8, 11)]}."}[loc]
    ask = L(loc, {"en": r.choice(["Explain this like I'm 15.", "What does a deficit of that size mean in practice?", "Turn this into three bullet points."]),
                  "de": r.choice(["Erklär mir das, als wäre ich 15.", "Was bedeutet so ein Defizit konkret?", "Mach daraus drei Stichpunkte."]),
                  "fr": r.choice(["Explique-moi ça simplement.", "Concrètement, que signifie un tel déficit ?"]),
                  "es": r.choice(["Explícamelo de forma sencilla.", "¿Qué significa en la práctica un déficit así?"]),
                  "it": r.choice(["Spiegamelo in modo semplice.", "Cosa significa in pratica un deficit così?"]),
                  "pt": r.choice(["Explica-me isto de forma simples.", "O que significa na prática um défice destes?"]),
                  "nl": r.choice(["Leg dit simpel uit.", "Wat betekent zo'n tekort in de praktijk?"])})
    return joinp(r, [t, ask] if chance(r, 0.5) else [ask, t]), loc


@frame("prose_weather_news_summary", "decoy_prose")
def p_wxnews(r):
    loc = pick_lang(r)
    reg = r.choice(ALERT_REGIONS[loc])
    mm = r.choice([35, 60, 85, 120, 180, 240])
    kmh = r.choice([70, 90, 110, 130, 150])
    tmax = r.randint(35, 45)
    d = fdate_short(r, rand_date(r), loc)
    t = {"en": [f"Up to {mm} mm of rain fell in {reg} within 24 hours on {d}; gusts reached {kmh} km/h.", f"Temperatures hit {tmax} °C, a record for the station since records began in {r.randint(1880, 1960)}.",
                f"About {r.randint(2, 90)},000 households lost power and {r.randint(10, 400)} flights were cancelled."],
         "de": [f"In {reg} fielen am {d} bis zu {mm} l/m² Regen in 24 Stunden; Böen erreichten {kmh} km/h.", f"Mit {tmax} °C wurde ein Stationsrekord seit Messbeginn {r.randint(1880, 1960)} aufgestellt.",
                f"Rund {r.randint(2, 90)}.000 Haushalte waren ohne Strom, {r.randint(10, 400)} Flüge fielen aus."],
         "fr": [f"Jusqu'à {mm} mm de pluie sont tombés en 24 heures dans le département {reg} le {d} ; les rafales ont atteint {kmh} km/h.", f"Le thermomètre a atteint {tmax} °C, record depuis {r.randint(1880, 1960)}.",
                f"Environ {r.randint(2, 90)} 000 foyers ont été privés d'électricité."],
         "es": [f"Hasta {mm} l/m² en 24 horas en {reg} el {d}; las rachas alcanzaron {kmh} km/h.", f"Se llegó a {tmax} °C, récord de la estación desde {r.randint(1880, 1960)}.",
                f"Unos {r.randint(2, 90)}.000 hogares se quedaron sin luz."],
         "it": [f"Fino a {mm} mm di pioggia in 24 ore in {reg} il {d}; raffiche fino a {kmh} km/h.", f"Toccati {tmax} °C, record della stazione dal {r.randint(1880, 1960)}.",
                f"Circa {r.randint(2, 90)}.000 utenze senza corrente."],
         "pt": [f"Caíram até {mm} mm de chuva em 24 horas no distrito de {reg} a {d}; rajadas de {kmh} km/h.", f"Registaram-se {tmax} °C, recorde da estação desde {r.randint(1880, 1960)}.",
                f"Cerca de {r.randint(2, 90)} mil clientes ficaram sem eletricidade."],
         "nl": [f"In {reg} viel op {d} tot {mm} mm regen in 24 uur; windstoten tot {kmh} km/u.", f"Het werd {tmax} °C, een record sinds het begin van de metingen in {r.randint(1880, 1960)}.",
                f"Zo'n {r.randint(2, 90)}.000 huishoudens zaten zonder stroom."]}[loc]
    body = " ".join(some(r, t, 1, 3))
    ask = L(loc, {"en": "Is that unusual for this time of year?", "de": "Ist das für die Jahreszeit ungewöhnlich?", "fr": "Est-ce inhabituel pour la saison ?", "es": "¿Es algo raro para esta época?",
                  "it": "È insolito per la stagione?", "pt": "Isto é invulgar para a época?", "nl": "Is dat ongebruikelijk voor de tijd van het jaar?"})
    return joinp(r, [body, ask]), loc


@frame("prose_travel_itinerary_plan", "decoy_prose")
def p_travel(r):
    loc = pick_lang(r)
    cities = [c[0] for c in r.sample(CITIES[loc], r.randint(2, 4))]
    d = rand_date(r, 2025, 2026)
    days = r.randint(3, 14)
    budget = r.choice([600, 900, 1200, 1800, 2500, 4000])
    ppl = r.randint(1, 5)
    _, _, fno = flight_no(r)
    kinds, _, _ = TRAINS[loc]
    train = f"{r.choice(kinds)} {r.randint(100, 9999)}"
    legs = " → ".join(cities)
    t = {
        "en": [f"Planning {days} days: {legs}, starting {fdate(r, d, 'en')}. Budget about {money(r, budget, 'en')} for {ppl} people. How should I split the nights?",
               f"We land on {fno} at {ftime(r, r.randint(6, 22), r.choice([5, 20, 35, 50]), 'en')}. Is it realistic to catch the {train} the same evening?",
               f"Which is cheaper between {cities[0]} and {cities[1]}: train or a rental car for {ppl} people ({r.randint(120, 650)} km)?"],
        "de": [f"Ich plane {days} Tage: {legs}, Start am {fdate(r, d, 'de')}. Budget ca. {money(r, budget, 'de')} für {ppl} Personen. Wie verteile ich die Nächte?",
               f"Wir landen mit {fno} um {ftime(r, r.randint(6, 22), r.choice([5, 20, 35, 50]), 'de')}. Schaffen wir noch den {train}?",
               f"Was ist günstiger zwischen {cities[0]} und {cities[1]}: Zug oder Mietwagen für {ppl} Personen ({r.randint(120, 650)} km)?"],
        "fr": [f"Je prépare {days} jours : {legs}, départ le {fdate(r, d, 'fr')}. Budget d'environ {money(r, budget, 'fr')} pour {ppl} personnes. Comment répartir les nuits ?",
               f"On atterrit avec le vol {fno} à {ftime(r, r.randint(6, 22), r.choice([5, 20, 35, 50]), 'fr')}. Peut-on attraper le {train} le soir même ?"],
        "es": [f"Estoy planeando {days} días: {legs}, salida el {fdate(r, d, 'es')}. Presupuesto de unos {money(r, budget, 'es')} para {ppl} personas. ¿Cómo reparto las noches?",
               f"Aterrizamos con el {fno} a las {ftime(r, r.randint(6, 22), r.choice([5, 20, 35, 50]), 'es')}. ¿Llegamos al {train} esa misma tarde?"],
        "it": [f"Sto organizzando {days} giorni: {legs}, partenza il {fdate(r, d, 'it')}. Budget di circa {money(r, budget, 'it')} per {ppl} persone. Come divido le notti?",
               f"Atterriamo con il volo {fno} alle {ftime(r, r.randint(6, 22), r.choice([5, 20, 35, 50]), 'it')}. Facciamo in tempo a prendere il {train}?"],
        "pt": [f"Estou a planear {days} dias: {legs}, a começar a {fdate(r, d, 'pt')}. Orçamento de cerca de {money(r, budget, 'pt')} para {ppl} pessoas. Como divido as noites?",
               f"Aterramos no voo {fno} às {ftime(r, r.randint(6, 22), r.choice([5, 20, 35, 50]), 'pt')}. Dá para apanhar o {train} no mesmo dia?"],
        "nl": [f"Ik plan {days} dagen: {legs}, vertrek op {fdate(r, d, 'nl')}. Budget ongeveer {money(r, budget, 'nl')} voor {ppl} personen. Hoe verdeel ik de nachten?",
               f"We landen met {fno} om {ftime(r, r.randint(6, 22), r.choice([5, 20, 35, 50]), 'nl')}. Halen we de {train} nog dezelfde avond?"],
    }[loc]
    return greet(r, loc) + joinp(r, some(r, t, 1, 2)), loc


@frame("prose_cooking_scaling_en", "decoy_prose")
def p_cook_en(r):
    name, ings, _ = r.choice(RECIPES["en"])
    k = r.choice([2, 3, 1.5, 0.5])
    n_from = 4
    lines = []
    for s in ings:
        nm, unit, q = s.split("|")
        lines.append(f"{q}{' ' + unit if unit else ''} {nm}")
    ask = r.choice([f"This {name.lower()} recipe serves {n_from}. Can you scale it to {int(n_from * k)} servings and convert grams to cups/ounces?",
                    f"How would you adapt this for a {r.choice(['fan oven', 'slow cooker', 'pressure cooker', 'air fryer'])}?",
                    f"Can I freeze this, and for how long? Makes {n_from} portions.", f"What can I use instead of the {r.choice([x.split('|')[0] for x in ings])}?"])
    return joinp(r, [ask, bullets(r, lines)]), "en"


@frame("prose_cooking_question_fr", "decoy_prose")
def p_cook_fr(r):
    name, ings, steps = r.choice(RECIPES["fr"])
    t = r.choice([f"Pour une {name.lower()} pour {r.choice([6, 8, 10, 12])} personnes, je multiplie tout par combien ?", f"Ma {name.lower()} est toujours trop liquide. Four à {r.choice([160, 180, 190, 200, 210])} °C, {r.choice([25, 30, 35, 40])} min. Une idée ?",
                  f"Peut-on préparer la {name.lower()} la veille ?", f"Combien de calories à peu près par part pour une {name.lower()} ?"])
    lst = bullets(r, [f"{q} {u} {n}".replace("  ", " ") for n, u, q in (x.split("|") for x in ings)]) if chance(r, 0.5) else ""
    return joinp(r, [x for x in [t, lst] if x]), "fr"


@frame("prose_gardening_question_de", "decoy_prose")
def p_garden_de(r):
    plant = r.choice(["Tomaten der Sorte 'Ochsenherz'", "Tomaten 'Moneymaker'", "Zucchini", "Knoblauch", "Erdbeeren", "Himbeeren", "Lavendel", "Rhabarber", "Apfelbaum 'Boskoop'",
                      "Buchsbaum", "Kartoffeln", "Feldsalat", "Salbei", "Blaubeeren"])
    # note: 'Boskoop' is a village name, not a person
    t = [f"Wann sollte ich {plant} aussäen bzw. pflanzen? Wir wohnen auf ca. {r.randint(50, 900)} m Höhe, letzter Frost meist Mitte {r.choice(['April', 'Mai'])}.",
         f"Welcher Pflanzabstand ist bei {plant} sinnvoll? Das Beet ist {fnum(r.uniform(1, 6), 1, 'de')} m × {fnum(r.uniform(0.8, 2), 1, 'de')} m groß.",
         f"Der Boden hat einen pH-Wert von {fnum(r.uniform(5, 7.8), 1, 'de')}. Passt das für {plant}?",
         f"Die Blätter von meinen {plant.split(' ')[0]} werden gelb. Ich gieße etwa {r.choice([1, 2, 3, 5])} Liter alle {r.choice([1, 2, 3])} Tage.",
         f"Wie viel Hornspäne (g/m²) braucht {plant}?"]
    return greet(r, "de") + joinp(r, some(r, t, 1, 3)), "de"


@frame("prose_diy_measurements", "decoy_prose")
def p_diy(r):
    loc = pick_lang(r)
    w, h = round(r.uniform(2.2, 6.5), 2), round(r.uniform(2.3, 2.8), 2)
    walls = r.randint(2, 4)
    cov = r.choice([6, 7, 8, 10, 12])
    shelf = r.choice([60, 80, 90, 120])
    load = r.choice([10, 15, 25, 40])
    t = {"en": [f"I'm painting {walls} walls, each {w} m wide and {h} m high, two coats. The paint covers {cov} m² per litre. How many litres do I need?",
                f"Which wall plugs and screws for a {shelf} cm shelf holding about {load} kg on a plasterboard wall? I have 6 mm and 8 mm plugs and 5x60 screws.",
                f"How many 60x60 cm tiles for a {w} x {round(w * 0.8, 2)} m floor with 10% waste?", f"What size drill bit for an M{r.choice([6, 8, 10])} thread?"],
         "de": [f"Ich streiche {walls} Wände mit je {fnum(w, 2, 'de')} m Breite und {fnum(h, 2, 'de')} m Höhe, zweimal. Ergiebigkeit {cov} m²/l. Wie viele Liter brauche ich?",
                f"Welche Dübel für ein {shelf}-cm-Regal mit ca. {load} kg an einer Rigipswand? Ich habe 6er und 8er Dübel und Schrauben 5x60.",
                f"Welcher Bohrer für ein M{r.choice([6, 8, 10])}-Gewinde?"],
         "fr": [f"Je peins {walls} murs de {fnum(w, 2, 'fr')} m sur {fnum(h, 2, 'fr')} m, deux couches. Rendement {cov} m²/L. Combien de litres ?",
                f"Quelles chevilles pour une étagère de {shelf} cm portant environ {load} kg sur du placo ?"],
         "es": [f"Voy a pintar {walls} paredes de {fnum(w, 2, 'es')} m por {fnum(h, 2, 'es')} m, dos manos. Rendimiento {cov} m²/l. ¿Cuántos litros necesito?",
                f"¿Qué tacos uso para una balda de {shelf} cm con unos {load} kg en pladur?"],
         "it": [f"Devo pitturare {walls} pareti da {fnum(w, 2, 'it')} m × {fnum(h, 2, 'it')} m, due mani. Resa {cov} m²/l. Quanti litri servono?",
                f"Che tasselli uso per una mensola da {shelf} cm con circa {load} kg su cartongesso?"],
         "pt": [f"Vou pintar {walls} paredes de {fnum(w, 2, 'pt')} m por {fnum(h, 2, 'pt')} m, duas demãos. Rendimento {cov} m²/l. Quantos litros preciso?",
                f"Que buchas uso para uma prateleira de {shelf} cm com cerca de {load} kg em pladur?"],
         "nl": [f"Ik verf {walls} muren van {fnum(w, 2, 'nl')} m breed en {fnum(h, 2, 'nl')} m hoog, twee lagen. Rendement {cov} m²/l. Hoeveel liter heb ik nodig?",
                f"Welke pluggen voor een plank van {shelf} cm met zo'n {load} kg op een gipswand?"]}[loc]
    return greet(r, loc) + joinp(r, some(r, t, 1, 2)), loc


@frame("prose_medical_general_info", "decoy_prose")
def p_med(r):
    loc = pick_lang(r)
    inn, atc, strengths, cls = r.choice(MEDS)
    s = r.choice(strengths)
    t = {"en": [f"What is the usual maximum daily dose of {inn} for adults? The pack says {s} per tablet.", f"Can {inn} and alcohol be combined? Asking in general, not about a specific case.",
                (f"What's the difference between {inn} {strengths[0]} and the {strengths[-1]} version besides the dose?" if len(strengths) > 1 else f"Is {inn} {s} available without a prescription in most EU countries?"), f"How long does {inn} take to work on average?",
                f"General question: is a resting heart rate of {r.randint(48, 105)} bpm within the normal range for adults?", f"What does an HbA1c of {round(r.uniform(5, 8.5), 1)}% mean in general terms?"],
         "de": [f"Wie hoch ist die übliche Tageshöchstdosis von {inn} für Erwachsene? Auf der Packung steht {s} pro Tablette.", f"Darf man {inn} allgemein mit Alkohol kombinieren?",
                f"Ist ein Ruhepuls von {r.randint(48, 105)} Schlägen pro Minute bei Erwachsenen normal?", f"Was bedeutet ein LDL-Wert von {r.randint(90, 210)} mg/dl allgemein?"],
         "fr": [f"Quelle est la dose maximale quotidienne habituelle de {inn} chez l'adulte ? La boîte indique {s} par comprimé.", f"Peut-on associer {inn} et alcool, de manière générale ?",
                f"Une tension de {r.randint(105, 160)}/{r.randint(60, 100)} mmHg, c'est dans la norme pour un adulte ?"],
         "es": [f"¿Cuál es la dosis máxima diaria habitual de {inn} en adultos? La caja pone {s} por comprimido.", f"En general, ¿se puede tomar {inn} con alcohol?",
                f"¿Una glucosa en ayunas de {r.randint(80, 140)} mg/dl es normal?"],
         "it": [f"Qual è la dose massima giornaliera abituale di {inn} negli adulti? La confezione indica {s} per compressa.", f"In generale si può assumere {inn} con alcol?",
                f"Una pressione di {r.randint(105, 160)}/{r.randint(60, 100)} mmHg è nella norma per un adulto?"],
         "pt": [f"Qual é a dose diária máxima habitual de {inn} em adultos? A embalagem diz {s} por comprimido.", f"Em termos gerais, pode-se tomar {inn} com álcool?",
                f"Uma frequência cardíaca em repouso de {r.randint(48, 105)} bpm é normal num adulto?"],
         "nl": [f"Wat is de gebruikelijke maximale dagdosis {inn} voor volwassenen? Op de verpakking staat {s} per tablet.", f"Mag je {inn} in het algemeen combineren met alcohol?",
                f"Is een rusthartslag van {r.randint(48, 105)} slagen per minuut normaal voor volwassenen?"]}[loc]
    return greet(r, loc) + joinp(r, some(r, t, 1, 2)), loc


@frame("prose_personal_finance_general", "decoy_prose")
def p_fin(r):
    loc = pick_lang(r)
    P = r.choice([150000, 220000, 310000, 420000])
    rate = r.choice([2.9, 3.3, 3.75, 4.1, 4.6])
    yrs = r.choice([15, 20, 25, 30])
    sav = r.choice([50, 100, 200, 350, 500])
    ret = r.choice([3, 5, 6, 7])
    t = {"en": [f"For a {money(r, P, 'en')} mortgage at {rate}% fixed over {yrs} years, what's the monthly payment and total interest?",
                f"If I invest {money(r, sav, 'en')} a month for {yrs} years at {ret}% a year, roughly how much would I have?", f"Is it better to overpay a {rate}% loan or put the money in a savings account paying {round(rate - r.uniform(-1, 1.5), 2)}%?"],
         "de": [f"Bei einem Darlehen über {money(r, P, 'de')} mit {fnum(rate, 2, 'de')} % Sollzins und {yrs} Jahren Zinsbindung – wie hoch ist die Monatsrate?",
                f"Wenn ich {yrs} Jahre lang monatlich {money(r, sav, 'de')} in einen ETF-Sparplan mit {ret} % Rendite stecke, was kommt ungefähr raus?"],
         "fr": [f"Pour un prêt immobilier de {money(r, P, 'fr')} à {fnum(rate, 2, 'fr')} % sur {yrs} ans, quelle mensualité et quel coût total ?",
                f"Si je place {money(r, sav, 'fr')} par mois pendant {yrs} ans à {ret} %, combien j'aurai à peu près ?"],
         "es": [f"Para una hipoteca de {money(r, P, 'es')} al {fnum(rate, 2, 'es')} % fijo a {yrs} años, ¿cuál sería la cuota mensual?",
                f"Si ahorro {money(r, sav, 'es')} al mes durante {yrs} años al {ret} %, ¿cuánto tendría aproximadamente?"],
         "it": [f"Per un mutuo di {money(r, P, 'it')} al {fnum(rate, 2, 'it')}% fisso per {yrs} anni, quanto è la rata mensile?",
                f"Se investo {money(r, sav, 'it')} al mese per {yrs} anni al {ret}% annuo, quanto avrei circa?"],
         "pt": [f"Para um crédito habitação de {money(r, P, 'pt', 'EUR')} a {fnum(rate, 2, 'pt')}% durante {yrs} anos, qual a prestação mensal?",
                f"Se investir {money(r, sav, 'pt', 'EUR')} por mês durante {yrs} anos a {ret}%, quanto terei mais ou menos?"],
         "nl": [f"Bij een hypotheek van {money(r, P, 'nl')} tegen {fnum(rate, 2, 'nl')}% met {yrs} jaar rentevast, wat is dan het maandbedrag?",
                f"Als ik {yrs} jaar lang {money(r, sav, 'nl')} per maand inleg tegen {ret}% rendement, hoeveel heb ik dan ongeveer?"]}[loc]
    return greet(r, loc) + r.choice(t), loc


@frame("prose_invoice_dispute_company", "decoy_prose")
def p_inv_dispute(r):
    loc = pick_lang(r)
    sup = r.choice(FICT_COMPANIES)
    inv = r.choice([f"INV-{r.randint(2024, 2026)}-{digits(r, 5)}", f"RE-{digits(r, 7)}", f"FA{digits(r, 6)}", f"{r.randint(2024, 2026)}/{digits(r, 4)}"])
    po = f"PO-{digits(r, 6)}"
    a1 = price(r, 200, 9000)
    a2 = round(a1 * r.uniform(1.03, 1.25), 2)
    t = {"en": f"Our supplier {sup} sent invoice {inv} for order {po}. The order confirmation said {money(r, a1, 'en')} but the invoice shows {money(r, a2, 'en')}. Draft a polite reply asking for a corrected invoice. Start with 'Dear Sir or Madam'.",
         "de": f"Unser Lieferant {sup} hat die Rechnung {inv} zur Bestellung {po} geschickt. Laut Auftragsbestätigung {money(r, a1, 'de')}, auf der Rechnung stehen aber {money(r, a2, 'de')}. Formuliere bitte eine höfliche Bitte um Rechnungskorrektur (Anrede: 'Sehr geehrte Damen und Herren').",
         "fr": f"Notre fournisseur {sup} a envoyé la facture {inv} pour la commande {po}. Le devis indiquait {money(r, a1, 'fr')}, la facture {money(r, a2, 'fr')}. Rédige une demande d'avoir polie, en commençant par « Madame, Monsieur ».",
         "es": f"El proveedor {sup} nos ha enviado la factura {inv} del pedido {po}. El presupuesto era de {money(r, a1, 'es')} y la factura es de {money(r, a2, 'es')}. Redacta un correo educado pidiendo una factura rectificativa.",
         "it": f"Il fornitore {sup} ci ha inviato la fattura {inv} per l'ordine {po}. La conferma d'ordine riportava {money(r, a1, 'it')}, la fattura {money(r, a2, 'it')}. Scrivi una richiesta cortese di nota di credito.",
         "pt": f"O fornecedor {sup} enviou a fatura {inv} da encomenda {po}. A confirmação dizia {money(r, a1, 'pt', 'EUR')}, mas a fatura tem {money(r, a2, 'pt', 'EUR')}. Escreve um pedido educado de nota de crédito.",
         "nl": f"Leverancier {sup} stuurde factuur {inv} voor order {po}. In de orderbevestiging stond {money(r, a1, 'nl')}, op de factuur {money(r, a2, 'nl')}. Schrijf een beleefd verzoek om een creditnota, aanhef 'Geachte heer/mevrouw'."}[loc]
    return t, loc


@frame("prose_meeting_room_booking", "decoy_prose")
def p_rooms(r):
    loc = pick_lang(r)
    n = r.randint(4, 40)
    room = r.choice(ROOMS[:12])
    d = rand_date(r, 2025, 2026)
    h = r.randint(8, 16)
    t = {"en": [f"Book {room} for {n} people on {fdate(r, d, 'en')} from {h}:00 to {h + 2}:00, with a projector.", f"Is room {r.randint(1, 5)}.{r.randint(1, 40):02d} free on {WEEKDAYS['en'][r.randint(0, 4)]} afternoon? Need space for {n}.",
                f"Move the {r.choice(EVENT_TITLES['en'])} to {room}, table layout U-shape, coffee for {n} at {ftime(r, h, 30, 'en')}."],
         "de": [f"Bitte {room} für {n} Personen am {fdate(r, d, 'de')} von {h}:00 bis {h + 2}:00 Uhr buchen, mit Beamer.", f"Ist Raum {r.randint(1, 5)}.{r.randint(1, 40):02d} am {WEEKDAYS['de'][r.randint(0, 4)]}nachmittag frei? Wir sind {n}."],
         "fr": [f"Réserve {room} pour {n} personnes le {fdate(r, d, 'fr')} de {h}h à {h + 2}h, avec vidéoprojecteur.", f"La salle {r.randint(1, 5)}{r.randint(1, 40):02d} est-elle libre {WEEKDAYS['fr'][r.randint(0, 4)]} après-midi ?"],
         "es": [f"Reserva la {room} para {n} personas el {fdate(r, d, 'es')} de {h}:00 a {h + 2}:00, con proyector.", f"¿Está libre la sala {r.randint(1, 5)}.{r.randint(1, 40):02d} el {WEEKDAYS['es'][r.randint(0, 4)]} por la tarde?"],
         "it": [f"Prenota la {room} per {n} persone il {fdate(r, d, 'it')} dalle {h}:00 alle {h + 2}:00, con proiettore.", f"La sala {r.randint(1, 5)}.{r.randint(1, 40):02d} è libera {WEEKDAYS['it'][r.randint(0, 4)]} pomeriggio?"],
         "pt": [f"Reserva a {room} para {n} pessoas a {fdate(r, d, 'pt')} das {h}h00 às {h + 2}h00, com projetor.", f"A sala {r.randint(1, 5)}.{r.randint(1, 40):02d} está livre na {WEEKDAYS['pt'][r.randint(0, 4)]} à tarde?"],
         "nl": [f"Boek {room} voor {n} personen op {fdate(r, d, 'nl')} van {h}:00 tot {h + 2}:00, met beamer.", f"Is zaal {r.randint(1, 5)}.{r.randint(1, 40):02d} {WEEKDAYS['nl'][r.randint(0, 4)]}middag vrij?"]}[loc]
    return r.choice(t), loc


@frame("prose_restaurant_booking_request", "decoy_prose")
def p_rest(r):
    loc = pick_lang(r)
    n = r.randint(2, 14)
    h = r.choice([12, 13, 19, 20, 21])
    mi = r.choice([0, 15, 30, 45])
    wd = r.choice(WEEKDAYS[loc])
    diet = {"en": ["one vegetarian", "two vegans", "a nut allergy", "a high chair", "a table on the terrace"], "de": ["ein Vegetarier", "eine Nussallergie", "ein Kinderstuhl", "ein Tisch auf der Terrasse"],
            "fr": ["un végétarien", "une allergie aux fruits à coque", "une chaise haute", "une table en terrasse"], "es": ["un vegetariano", "una alergia a frutos secos", "una trona", "mesa en la terraza"],
            "it": ["un vegetariano", "un'allergia alla frutta a guscio", "un seggiolone", "un tavolo in terrazza"], "pt": ["um vegetariano", "uma alergia a frutos secos", "uma cadeira de bebé", "mesa na esplanada"],
            "nl": ["één vegetariër", "een notenallergie", "een kinderstoel", "een tafel op het terras"]}[loc]
    ex = ", ".join(some(r, diet, 1, 2))
    t = {"en": f"Write a short message to book a table for {n} on {wd} at {ftime(r, h, mi, 'en')}; we need {ex}. Ask if they can do a set menu under {money(r, r.choice([35, 45, 60]), 'en')} per head.",
         "de": f"Schreib eine kurze Anfrage: Tisch für {n} Personen am {wd} um {h}:{mi:02d} Uhr, wir brauchen {ex}. Frag nach einem Menü unter {money(r, r.choice([35, 45, 60]), 'de')} pro Person.",
         "fr": f"Rédige un message pour réserver une table pour {n} {wd} à {h}h{mi:02d} ; il nous faut {ex}. Demande un menu à moins de {money(r, r.choice([35, 45, 60]), 'fr')} par personne.",
         "es": f"Escribe un mensaje para reservar mesa para {n} el {wd} a las {h}:{mi:02d}; necesitamos {ex}. Pregunta por un menú de menos de {money(r, r.choice([35, 45, 60]), 'es')} por persona.",
         "it": f"Scrivi un messaggio per prenotare un tavolo per {n} {wd} alle {h}:{mi:02d}; ci serve {ex}. Chiedi un menù fisso sotto {money(r, r.choice([35, 45, 60]), 'it')} a testa.",
         "pt": f"Escreve uma mensagem para reservar mesa para {n} no {wd} às {h}h{mi:02d}; precisamos de {ex}. Pergunta por um menu abaixo de {money(r, r.choice([35, 45, 60]), 'pt', 'EUR')} por pessoa.",
         "nl": f"Schrijf een kort bericht om een tafel voor {n} te reserveren op {wd} om {h}:{mi:02d}; we hebben {ex} nodig. Vraag naar een menu onder {money(r, r.choice([35, 45, 60]), 'nl')} p.p."}[loc]
    return t, loc


@frame("prose_product_comparison_en", "decoy_prose")
def p_compare(r):
    a = product(r, "en")
    b = product(r, "en")
    specs = lambda: f"{r.choice([12, 18, 24, 36])}-month warranty, {round(r.uniform(0.3, 6), 1)} kg, rated {round(r.uniform(3.2, 4.9), 1)}/5 from {r.randint(20, 9000):,} reviews"
    t = [f"Option A: {a[1]} (model {a[2]}), {money(r, a[3], 'en')}, {specs()}.", f"Option B: {b[1]} (model {b[2]}), {money(r, b[3], 'en')}, {specs()}."]
    ask = r.choice(["Which is better value?", "Which would you pick for daily use and why?", "Is the price difference justified?", "Any red flags in these specs?"])
    if chance(r, 0.5):
        return joinp(r, [ask] + t), "en"
    return "\n".join(t) + "\n" + ask, "en"


@frame("prose_car_maintenance_it", "decoy_prose")
def p_car_it(r):
    car = r.choice(CARS)
    km = r.choice([15000, 30000, 45000, 60000, 90000, 120000, 150000])
    t = [f"La mia {car} ha {fnum(km, 0, 'it')} km: quando va fatto il tagliando e cosa comprende di solito?", f"Che pressione devo mettere nelle gomme {r.choice(['205/55 R16', '195/65 R15', '225/45 R17'])}? Il libretto dice {fnum(r.uniform(2.0, 2.6), 1, 'it')} bar a vuoto.",
         f"Olio {r.choice(['5W-30', '0W-20', '5W-40', '0W-30'])} o {r.choice(['5W-30', '0W-20', '5W-40'])}: che differenza c'è?", f"Un preventivo di {money(r, price(r, 180, 1400), 'it')} per cambio distribuzione è nella norma?",
         f"La spia del motore si accende a freddo sotto i {r.randint(0, 8)} °C. Codice errore P{r.randint(100, 999):04d}. Cosa può essere?"]
    return greet(r, "it") + joinp(r, some(r, t, 1, 2)), "it"


@frame("prose_running_training_plan", "decoy_prose")
def p_run(r):
    loc = r.choice(["en", "en", "nl", "de", "es"])
    dist = r.choice(["5 km", "10 km", "21.1 km", "42.195 km"])
    pace = f"{r.randint(4, 7)}:{r.randint(0, 59):02d}"
    wk = r.randint(6, 20)
    t = {"en": f"I run {r.randint(2, 5)} times a week, about {r.randint(10, 50)} km total, easy pace {pace} min/km. Make me a {wk}-week plan for a {dist} race. Max heart rate is about {r.randint(170, 200)} bpm.",
         "nl": f"Ik loop {r.randint(2, 5)} keer per week, zo'n {r.randint(10, 50)} km in totaal, rustig tempo {pace} min/km. Maak een schema van {wk} weken voor een wedstrijd van {dist.replace('.', ',')}.",
         "de": f"Ich laufe {r.randint(2, 5)}-mal pro Woche, insgesamt ca. {r.randint(10, 50)} km, lockeres Tempo {pace} min/km. Erstelle mir einen {wk}-Wochen-Plan für einen {dist.replace('.', ',')}-Lauf.",
         "es": f"Corro {r.randint(2, 5)} veces por semana, unos {r.randint(10, 50)} km en total, ritmo suave {pace} min/km. Hazme un plan de {wk} semanas para una carrera de {dist.replace('.', ',')}."}[loc]
    return t, loc


GRAMMAR = {
    "de": ["Heißt es 'wegen dem Wetter' oder 'wegen des Wetters'?", "Wann schreibt man 'das' und wann 'dass'? Beispiel: Ich glaube, ___ der Zug Verspätung hat.", "Ist 'Sie haben recht' oder 'Sie haben Recht' korrekt?"],
    "fr": ["Faut-il écrire « les factures que j'ai reçues » ou « reçu » ?", "Quelle est la différence entre « quoique » et « quoi que » ?", "On dit « se rappeler de quelque chose » ou « se rappeler quelque chose » ?"],
    "es": ["¿Se escribe 'a ver' o 'haber' en 'vamos ___ si llega el pedido'?", "¿Cuándo se usa 'sino' y cuándo 'si no'?", "¿'Ti' lleva tilde?"],
    "it": ["Si dice 'qual è' o 'qual'è'?", "Quando si usa il congiuntivo dopo 'penso che'?", "È corretto 'a me mi piace'?"],
    "pt": ["Escreve-se 'há' ou 'à' em '___ dois anos que trabalho aqui'?", "Qual a diferença entre 'porque', 'por que' e 'porquê'?", "Diz-se 'fazem dois anos' ou 'faz dois anos'?"],
    "nl": ["Is het 'hun hebben' of 'zij hebben'?", "Wanneer schrijf je 'wordt' en wanneer 'word'? Bijvoorbeeld: ___ jij morgen opgehaald?", "Is het 'groter als' of 'groter dan'?"],
    "en": ["Is it 'fewer items' or 'less items'?", "When do I use 'affect' vs 'effect'? Example: the delay will ___ the schedule.", "Is 'data is' or 'data are' correct in a technical report?",
           "Should there be a comma before 'which' in 'the invoice which arrived on Monday'?"],
}


@frame("prose_grammar_question", "decoy_prose")
def p_grammar(r):
    loc = pick_lang(r)
    q = r.choice(GRAMMAR[loc])
    tail = L(loc, {"en": r.choice(["", " Please explain the rule.", " Give me two more examples."]), "de": r.choice(["", " Bitte mit Regel.", " Gib mir noch zwei Beispiele."]),
                   "fr": r.choice(["", " Explique la règle stp.", " Donne-moi deux autres exemples."]), "es": r.choice(["", " Explícame la regla.", " Dame dos ejemplos más."]),
                   "it": r.choice(["", " Spiegami la regola.", " Dammi altri due esempi."]), "pt": r.choice(["", " Explica a regra.", " Dá-me mais dois exemplos."]),
                   "nl": r.choice(["", " Leg de regel uit.", " Geef nog twee voorbeelden."])})
    return greet(r, loc) + q + tail, loc


@frame("prose_astronomy_question_en", "decoy_prose")
def p_astro(r):
    obj = r.choice([("M31", "Andromeda Galaxy", "2.5 million light-years"), ("M42", "Orion Nebula", "1,344 light-years"), ("M45", "Pleiades", "444 light-years"),
                    ("NGC 869", "Double Cluster", "7,500 light-years"), ("M13", "Great Globular Cluster in Hercules", "22,200 light-years"), ("M57", "Ring Nebula", "2,570 light-years")])
    ap = r.choice([70, 80, 102, 130, 150, 200, 254])
    fl = r.choice([400, 650, 900, 1200, 1500])
    ep = r.choice([10, 12, 20, 25, 32])
    t = [f"With a {ap} mm telescope at f/{round(fl / ap, 1)} ({fl} mm) and a {ep} mm eyepiece, what magnification do I get, and is {obj[0]} ({obj[1]}) visible from a Bortle {r.randint(3, 8)} site?",
         f"Is it true that {obj[1]} is about {obj[2]} away? How is that measured?", f"When is the next good window to see {obj[0]} at {r.choice([40, 45, 48, 52])}°N, and how high will it be at 22:00?",
         f"What's the limiting magnitude of a {ap} mm aperture, roughly?"]
    return greet(r, "en") + joinp(r, some(r, t, 1, 2)), "en"


@frame("prose_statistics_homework", "decoy_prose")
def p_stats(r):
    loc = pick_lang(r)
    data = [r.randint(2, 99) for _ in range(r.randint(6, 14))]
    ds = ", ".join(fnum(x, 0, loc) for x in data) if loc == "en" else "; ".join(str(x) for x in data)
    t = {"en": f"Data: {ds}. Find the mean, median, mode and standard deviation, and tell me if there are outliers using the 1.5×IQR rule.",
         "de": f"Daten: {ds}. Berechne Mittelwert, Median, Modus und Standardabweichung. Gibt es Ausreißer (1,5×IQR)?",
         "fr": f"Données : {ds}. Calcule la moyenne, la médiane, le mode et l'écart type. Y a-t-il des valeurs aberrantes (règle 1,5×IQR) ?",
         "es": f"Datos: {ds}. Calcula media, mediana, moda y desviación típica. ¿Hay valores atípicos (regla 1,5×RIC)?",
         "it": f"Dati: {ds}. Calcola media, mediana, moda e deviazione standard. Ci sono outlier (regola 1,5×IQR)?",
         "pt": f"Dados: {ds}. Calcula a média, mediana, moda e desvio-padrão. Há outliers (regra 1,5×AIQ)?",
         "nl": f"Data: {ds}. Bereken gemiddelde, mediaan, modus en standaarddeviatie. Zijn er uitschieters (1,5×IKA)?"}[loc]
    if chance(r, 0.3):
        t += L(loc, {"en": f" Then a 95% confidence interval for n = {len(data)}.", "de": f" Danach ein 95-%-Konfidenzintervall für n = {len(data)}.", "fr": " Puis un intervalle de confiance à 95 %.",
                     "es": " Luego un intervalo de confianza del 95 %.", "it": " Poi un intervallo di confidenza al 95%.", "pt": " Depois um intervalo de confiança a 95%.", "nl": " Daarna een 95%-betrouwbaarheidsinterval."})
    return t, loc


@frame("prose_bike_repair_nl", "decoy_prose")
def p_bike_nl(r):
    t = [f"Mijn ketting slaat over op het {r.choice(['kleinste', 'grootste', 'middelste'])} tandwiel. Cassette is {r.choice([9, 10, 11, 12])}-speed en de ketting heeft ongeveer {fnum(r.randint(1500, 9000), 0, 'nl')} km gereden. Vervangen?",
         f"Welke bandenspanning voor {r.choice(['700x28c', '700x32c', '700x35c', '28x1.75', '29x2.2'])} bij {r.randint(55, 110)} kg lichaamsgewicht?",
         f"Met hoeveel Nm draai ik de stuurpenbouten aan? Er staat {r.choice([4, 5, 6])} Nm op, maar mijn momentsleutel begint bij {r.choice([2, 5])}.",
         f"Mijn e-bike accu ({r.choice([400, 500, 625, 750])} Wh) haalt nog maar {r.randint(20, 60)} km. Is dat normaal na {r.randint(2, 6)} jaar?"]
    return greet(r, "nl") + joinp(r, some(r, t, 1, 2)), "nl"


@frame("prose_home_solar_energy", "decoy_prose")
def p_solar(r):
    loc = r.choice(["de", "de", "pt", "en", "nl", "es"])
    kwp = r.choice([3.6, 5.2, 7.8, 9.9, 12.3])
    yld = r.choice([850, 950, 1050, 1400, 1600])
    cost = r.choice([7800, 11500, 14900, 18900])
    kwh = r.choice([2800, 3500, 4200, 5600])
    tariff = round(r.uniform(0.22, 0.42), 2)
    t = {"de": f"Angebot für eine PV-Anlage mit {fnum(kwp, 1, 'de')} kWp für {money(r, cost, 'de')}. Jahresverbrauch {fnum(kwh, 0, 'de')} kWh, Strompreis {fnum(tariff, 2, 'de')} €/kWh, Ertrag ca. {yld} kWh/kWp. Wann hat sich das amortisiert, mit und ohne {r.choice([5, 7.5, 10])}-kWh-Speicher?",
         "pt": f"Orçamento de painéis solares de {fnum(kwp, 1, 'pt')} kWp por {money(r, cost, 'pt', 'EUR')}. Consumo anual de {kwh} kWh, tarifa {fnum(tariff, 2, 'pt')} €/kWh, produção de cerca de {yld} kWh/kWp. Em quantos anos se paga?",
         "en": f"Quote for a {kwp} kWp solar system at {money(r, cost, 'en')}. We use {kwh:,} kWh a year at {tariff} per kWh and expect about {yld} kWh/kWp. What's the payback period, with and without a battery?",
         "nl": f"Offerte voor {r.randint(8, 30)} zonnepanelen, samen {fnum(kwp, 1, 'nl')} kWp, voor {money(r, cost, 'nl')}. Verbruik {kwh} kWh per jaar, stroomprijs {fnum(tariff, 2, 'nl')} €/kWh. Wat is de terugverdientijd?",
         "es": f"Presupuesto de placas solares de {fnum(kwp, 1, 'es')} kWp por {money(r, cost, 'es')}. Consumo {kwh} kWh al año, precio {fnum(tariff, 2, 'es')} €/kWh, producción {yld} kWh/kWp. ¿En cuántos años se amortiza?"}[loc]
    return t, loc


@frame("prose_wine_cheese_pairing", "decoy_prose")
def p_wine(r):
    loc = r.choice(["it", "it", "fr", "fr", "en", "pt", "es"])
    wines = {"it": ["un Barolo DOCG 2019", "un Chianti Classico 2021", "un Vermentino di Sardegna", "un Prosecco Valdobbiadene DOCG", "un Nero d'Avola 2022"],
             "fr": ["un Côtes-du-Rhône 2021", "un Sancerre 2023", "un Crémant d'Alsace", "un Bordeaux supérieur 2019", "un Chablis premier cru 2022"],
             "en": ["a 2019 Rioja Reserva", "a New Zealand Sauvignon Blanc", "a 2020 Douro red", "a dry Riesling from the Mosel", "an English sparkling wine"],
             "pt": ["um Alvarinho 2023", "um tinto do Douro 2020", "um Vinho Verde", "um Porto Tawny 10 anos", "um tinto do Alentejo"],
             "es": ["un Rioja Crianza 2020", "un Albariño Rías Baixas", "un Ribera del Duero 2019", "un cava brut nature", "un Priorat 2018"]}[loc]
    cheeses = {"it": ["Parmigiano 36 mesi", "Gorgonzola dolce", "Pecorino romano", "Taleggio"], "fr": ["Comté 18 mois", "Roquefort", "Brie de Meaux", "Crottin de Chavignol"],
               "en": ["aged Cheddar", "Stilton", "Manchego", "Gouda"], "pt": ["Queijo da Serra", "Queijo de Azeitão"], "es": ["Manchego curado", "Idiazabal", "Torta del Casar", "Cabrales"]}[loc]
    w, c = r.choice(wines), r.choice(cheeses)
    deg = fnum(r.choice([12, 12.5, 13, 13.5, 14, 14.5]), 1, loc)
    t = {"it": f"Va bene {w} ({deg}% vol.) con {c}? A che temperatura lo servo, {r.choice([14, 16, 18])} °C?",
         "fr": f"Est-ce que {w} ({deg} % vol.) se marie bien avec du {c} ? Je le sers à {r.choice([8, 10, 14, 16])} °C ?",
         "en": f"Does {w} ({deg}% ABV) go well with {c}? What serving temperature, around {r.choice([8, 12, 16, 18])} °C?",
         "pt": f"{w[0].upper() + w[1:]} ({deg}% vol.) combina com {c}? Sirvo a {r.choice([8, 12, 16])} °C?",
         "es": f"¿Marida bien {w} ({deg} % vol.) con {c}? ¿Lo sirvo a {r.choice([8, 12, 16, 18])} °C?"}[loc]
    return greet(r, loc) + t, loc


@frame("prose_photography_settings", "decoy_prose")
def p_photo(r):
    loc = r.choice(["en", "en", "es", "de", "fr"])
    f = r.choice(["f/1.8", "f/2.8", "f/4", "f/5.6", "f/8", "f/11"])
    iso_ = r.choice([100, 200, 400, 800, 1600, 3200, 6400])
    ss = r.choice(["1/4000 s", "1/1000 s", "1/250 s", "1/60 s", "1/15 s", "2 s", "15 s", "30 s"])
    lens = r.choice(["24-70 mm", "70-200 mm", "50 mm", "16-35 mm", "100-400 mm", "35 mm"])
    t = {"en": f"Shooting {r.choice(['the Milky Way', 'indoor sports', 'a waterfall', 'birds in flight', 'a night market', 'fireworks'])} with a {lens} lens: I used {f}, ISO {iso_}, {ss} and it's {r.choice(['too noisy', 'blurry', 'too dark', 'blown out'])}. What should I change?",
         "es": f"Fotografiando {r.choice(['la Vía Láctea', 'una cascada', 'aves en vuelo', 'fuegos artificiales'])} con un {lens}: usé {f.replace('.', ',')}, ISO {iso_}, {ss} y sale {r.choice(['movida', 'oscura', 'con mucho ruido'])}. ¿Qué cambio?",
         "de": f"Ich fotografiere {r.choice(['die Milchstraße', 'einen Wasserfall', 'Vögel im Flug', 'ein Feuerwerk'])} mit {lens}: {f.replace('.', ',')}, ISO {iso_}, {ss} – das Bild ist {r.choice(['verrauscht', 'unscharf', 'zu dunkel'])}. Was ändern?",
         "fr": f"Je photographie {r.choice(['la Voie lactée', 'une cascade', 'des oiseaux en vol', 'un feu d’artifice'])} au {lens} : {f.replace('.', ',')}, ISO {iso_}, {ss}, et c'est {r.choice(['flou', 'trop sombre', 'bruité'])}. Que changer ?"}[loc]
    return t, loc


@frame("prose_music_theory_question", "decoy_prose")
def p_music(r):
    loc = r.choice(["en", "en", "pt", "it", "fr"])
    key = r.choice(["C major", "G major", "D minor", "E♭ major", "A minor", "F♯ minor", "B♭ major"])
    prog = r.choice(["I–V–vi–IV", "ii–V–I", "i–VI–III–VII", "I–IV–V", "vi–IV–I–V"])
    bpm = r.choice([72, 90, 100, 120, 128, 140, 174])
    t = {"en": f"What chords are in a {prog} progression in {key}? The track is {bpm} BPM in {r.choice(['4/4', '3/4', '6/8'])}. Also, which scale works for a solo over it?",
         "pt": f"Quais são os acordes de uma progressão {prog} em {r.choice(['Dó maior', 'Sol maior', 'Ré menor', 'Lá menor'])}? A música está a {bpm} BPM.",
         "it": f"Quali accordi ha una progressione {prog} in {r.choice(['Do maggiore', 'Sol maggiore', 'Re minore', 'La minore'])}? Il brano è a {bpm} BPM.",
         "fr": f"Quels accords dans une grille {prog} en {r.choice(['do majeur', 'sol majeur', 'ré mineur', 'la mineur'])} ? Le morceau est à {bpm} BPM."}[loc]
    return t, loc


@frame("prose_public_transport_tickets", "decoy_prose")
def p_tickets(r):
    loc = pick_lang(r)
    lines, dests = TRANSIT[loc]
    a, b = r.sample(dests, 2)
    ppl = r.randint(1, 5)
    days = r.randint(1, 7)
    t = {"en": f"We're {ppl} adults staying {days} days. We'll take the {r.choice(lines)} from {a} to {b} most days. Is a travelcard cheaper than single fares ({money(r, r.choice([1.75, 2.8, 3.4]), 'en', 'GBP')} each)?",
         "de": f"Wir sind {ppl} Erwachsene für {days} Tage. Meistens fahren wir mit der {r.choice(lines)} von {a} nach {b}. Lohnt sich eine Tageskarte oder das Deutschlandticket gegenüber Einzelfahrscheinen zu {money(r, r.choice([3.5, 3.8, 4.1]), 'de')}?",
         "fr": f"Nous sommes {ppl} adultes pour {days} jours. On prendra surtout la ligne {r.choice(lines)} de {a} à {b}. Un passe est-il plus avantageux que des tickets à {money(r, r.choice([2.15, 2.5]), 'fr')} ?",
         "es": f"Somos {ppl} adultos durante {days} días. Usaremos sobre todo la {r.choice(lines)} de {a} a {b}. ¿Compensa el abono turístico frente a billetes sencillos de {money(r, r.choice([1.5, 2.0]), 'es')}?",
         "it": f"Siamo {ppl} adulti per {days} giorni. Useremo soprattutto la {r.choice(lines)} da {a} a {b}. Conviene un abbonamento rispetto ai biglietti singoli da {money(r, r.choice([2.2, 2.5]), 'it')}?",
         "pt": f"Somos {ppl} adultos durante {days} dias. Vamos usar sobretudo a {r.choice(lines)} de {a} a {b}. Compensa o passe em vez de bilhetes simples a {money(r, r.choice([1.8, 1.85]), 'pt', 'EUR')}?",
         "nl": f"We zijn met {ppl} volwassenen, {days} dagen. We nemen vooral {r.choice(lines)} van {a} naar {b}. Is een dagkaart voordeliger dan losse ritten van {money(r, r.choice([3.4, 3.9]), 'nl')}?"}[loc]
    return t, loc


@frame("prose_insurance_general_pt", "decoy_prose")
def p_ins_pt(r):
    fr = r.choice([100, 150, 250, 500, 1000])
    cap = r.choice([25000, 50000, 100000, 250000])
    prem = price(r, 90, 780)
    t = [f"Um seguro automóvel com franquia de {money(r, fr, 'pt', 'EUR')} e prémio anual de {money(r, prem, 'pt', 'EUR')} compensa face a um sem franquia?",
         f"Qual a diferença entre seguro de responsabilidade civil e danos próprios? O capital mínimo obrigatório é de {fnum(cap, 0, 'pt')} €?",
         f"O seguro multirriscos habitação cobre infiltrações? A apólice fala em 'fenómenos sísmicos' com {r.choice([5, 10])}% de franquia.",
         f"Um seguro de viagem com cobertura de despesas médicas até {fnum(cap, 0, 'pt')} € chega para {r.randint(5, 21)} dias nos EUA?"]
    return greet(r, "pt") + joinp(r, some(r, t, 1, 2)), "pt"


@frame("prose_insurance_general_es", "decoy_prose")
def p_ins_es(r):
    fr = r.choice([150, 300, 600])
    prem = price(r, 120, 900)
    t = [f"¿Me compensa un seguro a todo riesgo con franquicia de {money(r, fr, 'es')} por {money(r, prem, 'es')} al año frente a uno a terceros ampliado?",
         f"¿El seguro de hogar cubre la rotura de una tubería si el daño es de unos {money(r, price(r, 400, 6000), 'es')}?",
         f"¿Qué significa 'carencia de {r.choice([3, 6, 8, 10])} meses' en un seguro de salud?"]
    return greet(r, "es") + r.choice(t), "es"


@frame("prose_review_summary_request", "decoy_prose")
def p_reviews(r):
    loc = pick_lang(r)
    pos = {"en": ["Battery lasts {x} days easily.", "Solid build, feels premium.", "Arrived in {x} days, well packed.", "Great value for {p}."],
           "de": ["Akku hält locker {x} Tage.", "Sehr gute Verarbeitung.", "Nach {x} Tagen geliefert, gut verpackt.", "Top Preis-Leistung für {p}."],
           "fr": ["La batterie tient {x} jours sans problème.", "Très bonne finition.", "Livré en {x} jours, bien emballé.", "Excellent rapport qualité-prix pour {p}."],
           "es": ["La batería dura {x} días sin problema.", "Muy bien acabado.", "Llegó en {x} días, bien embalado.", "Buena relación calidad-precio por {p}."],
           "it": ["La batteria dura {x} giorni tranquillamente.", "Ottima qualità costruttiva.", "Arrivato in {x} giorni, ben imballato.", "Ottimo rapporto qualità-prezzo a {p}."],
           "pt": ["A bateria dura {x} dias à vontade.", "Muito bem construído.", "Chegou em {x} dias, bem embalado.", "Ótima relação qualidade-preço por {p}."],
           "nl": ["Accu gaat makkelijk {x} dagen mee.", "Degelijk gebouwd.", "Binnen {x} dagen geleverd, goed verpakt.", "Prima prijs-kwaliteit voor {p}."]}[loc]
    neg = {"en": ["Stopped charging after {x} weeks.", "The app needs an account to work.", "Louder than expected ({x} dB?).", "Manual only in English."],
           "de": ["Lädt nach {x} Wochen nicht mehr.", "Die App funktioniert nur mit Konto.", "Lauter als erwartet.", "Anleitung nur auf Englisch."],
           "fr": ["Ne charge plus après {x} semaines.", "L'appli exige un compte.", "Plus bruyant que prévu.", "Notice uniquement en anglais."],
           "es": ["Dejó de cargar a las {x} semanas.", "La app exige cuenta.", "Más ruidoso de lo esperado.", "Manual solo en inglés."],
           "it": ["Non carica più dopo {x} settimane.", "L'app richiede un account.", "Più rumoroso del previsto.", "Manuale solo in inglese."],
           "pt": ["Deixou de carregar ao fim de {x} semanas.", "A app obriga a criar conta.", "Mais barulhento do que esperava.", "Manual só em inglês."],
           "nl": ["Laadt na {x} weken niet meer op.", "De app werkt alleen met een account.", "Luider dan verwacht.", "Handleiding alleen in het Engels."]}[loc]
    _, title, _, p = product(r, loc)
    revs = []
    for _ in range(r.randint(3, 7)):
        stars = r.randint(1, 5)
        txt = r.choice(pos if stars >= 4 else neg if stars <= 2 else pos + neg).format(x=r.randint(2, 12), p=money(r, p, loc))
        revs.append(f"{'★' * stars}{'☆' * (5 - stars)} {txt}" if chance(r, 0.5) else f"{stars}/5 - {txt}")
    ask = L(loc, {"en": f"Summarise the pros and cons from these reviews of the {title}:", "de": f"Fasse Vor- und Nachteile aus diesen Bewertungen zu {title} zusammen:",
                  "fr": f"Résume les points forts et faibles de ces avis sur {title} :", "es": f"Resume los pros y contras de estas opiniones sobre {title}:",
                  "it": f"Riassumi pro e contro da queste recensioni di {title}:", "pt": f"Resume os prós e contras destas avaliações de {title}:",
                  "nl": f"Vat de voor- en nadelen samen uit deze reviews van {title}:"})
    return ask + "\n" + "\n".join(revs), loc


@frame("prose_conference_agenda_en", "decoy_prose")
def p_agenda(r):
    d = rand_date(r, 2025, 2026)
    h, mi = 9, 0
    items = []
    talks = ["Registration and coffee", "Opening keynote: the state of European rail freight", "Panel: hydrogen in heavy transport", "Workshop A: data pipelines with open standards",
                      "Lunch", "Lightning talks (5 x 7 min)", "Workshop B: accessibility audits", "Case study: port of Rotterdam digital twin", "Closing remarks", "Networking drinks"]
    for s in sorted(some(r, talks, 4, 8), key=talks.index):
        dur = r.choice([15, 30, 45, 60, 90])
        items.append(f"{h:02d}:{mi:02d}-{(h * 60 + mi + dur) // 60:02d}:{(mi + dur) % 60:02d}  {s}  ({r.choice(ROOMS[:12])})")
        h, mi = (h * 60 + mi + dur) // 60, (mi + dur) % 60
    ask = r.choice([f"Here's the draft agenda for {fdate(r, d, 'en')}. Are there enough breaks? We expect {r.randint(40, 600)} attendees.", "Can you turn this agenda into a short invitation paragraph?",
                    "Find any overlaps or rooms used twice at the same time:"])
    return ask + "\n\n" + "\n".join(items), "en"


@frame("prose_job_ad_summary", "decoy_prose")
def p_job(r):
    loc = pick_lang(r)
    co = r.choice(FICT_COMPANIES)
    lo = r.choice([38000, 45000, 52000, 60000, 72000])
    hi = lo + r.choice([6000, 10000, 15000])
    role = {"en": ["Backend Engineer (Rust)", "Data Analyst", "Warehouse Shift Lead", "Site Reliability Engineer"], "de": ["Softwareentwickler (m/w/d) Java", "Lagerleiter (m/w/d)", "Elektroniker für Betriebstechnik (m/w/d)"],
            "fr": ["Développeur backend (H/F)", "Technicien de maintenance (H/F)", "Chargé de clientèle (H/F)"], "es": ["Desarrollador/a backend", "Técnico/a de mantenimiento", "Analista de datos"],
            "it": ["Sviluppatore backend", "Tecnico manutentore", "Addetto logistica"], "pt": ["Programador backend", "Técnico de manutenção", "Analista de dados"],
            "nl": ["Backend developer", "Onderhoudsmonteur", "Data-analist"]}[loc]
    ro = r.choice(role)
    t = {"en": f"{co} is hiring a {ro}: {r.choice(['hybrid, 2 days in office', 'remote within EU', 'on-site'])}, {money(r, lo, 'en').split('.')[0]}-{money(r, hi, 'en').split('.')[0]} per year, {r.randint(25, 30)} days holiday, {r.randint(2, 6)}+ years experience. Summarise and list the must-have skills.",
         "de": f"{co} sucht {ro}: {r.choice(['Hybrid, 2 Tage Büro', '100 % remote', 'vor Ort'])}, {fnum(lo, 0, 'de')}–{fnum(hi, 0, 'de')} € brutto/Jahr, {r.randint(28, 30)} Tage Urlaub. Fasse die Anzeige zusammen.",
         "fr": f"{co} recrute un {ro} : {r.choice(['hybride', 'télétravail partiel', 'sur site'])}, {fnum(lo, 0, 'fr')}-{fnum(hi, 0, 'fr')} € brut annuel, {r.randint(25, 30)} jours de congés. Résume l'annonce.",
         "es": f"{co} busca {ro}: {r.choice(['híbrido', 'teletrabajo', 'presencial'])}, {fnum(lo, 0, 'es')}-{fnum(hi, 0, 'es')} € brutos/año, {r.randint(22, 30)} días de vacaciones. Resume la oferta.",
         "it": f"{co} cerca {ro}: {r.choice(['ibrido', 'full remote', 'in sede'])}, RAL {fnum(lo, 0, 'it')}-{fnum(hi, 0, 'it')} €, CCNL {r.choice(['Commercio', 'Metalmeccanico'])}. Riassumi l'annuncio.",
         "pt": f"A {co} está a recrutar {ro}: {r.choice(['híbrido', 'remoto', 'presencial'])}, {fnum(lo // 14, 0, 'pt')}-{fnum(hi // 14, 0, 'pt')} € brutos x 14 meses. Resume o anúncio.",
         "nl": f"{co} zoekt een {ro}: {r.choice(['hybride', 'volledig remote', 'op locatie'])}, € {fnum(lo // 12, 0, 'nl')}-{fnum(hi // 12, 0, 'nl')} bruto per maand, {r.randint(24, 30)} vakantiedagen. Vat de vacature samen."}[loc]
    return t, loc


@frame("prose_recycling_rules_nl", "decoy_prose")
def p_recycle_nl(r):
    items = r.sample(["pizzadozen met vetvlekken", "lege spuitbussen", "theezakjes", "kassabonnen", "drankkartons", "oude batterijen", "piepschuim", "glazen potjes met deksel", "kapotte ledlampen"], r.randint(2, 4))
    city = r.choice(CITIES["nl"])[0]
    t = f"In {city}: bij welke bak horen {', '.join(items[:-1])} en {items[-1]}? De milieustraat is open van {r.choice([8, 9])}:00 tot {r.choice([16, 17])}:00, kost het iets voor {r.randint(1, 3)} m³ grofvuil?"
    return greet(r, "nl") + t, "nl"


@frame("prose_waste_sorting_de", "decoy_prose")
def p_waste_de(r):
    items = r.sample(["Pizzakartons", "Kassenzettel", "Teebeutel", "Joghurtbecher mit Aludeckel", "Energiesparlampen", "Backpapier", "Tetrapaks", "Spraydosen", "Korken"], r.randint(2, 4))
    t = f"Was gehört wohin: {', '.join(items)}? Gelbe Tonne, Papier, Restmüll oder Wertstoffhof? Abholung ist bei uns {r.choice(WEEKDAYS['de'][:5])}s, {r.choice(['14-täglich', 'wöchentlich', 'alle 4 Wochen'])}."
    return greet(r, "de") + t, "de"


@frame("prose_aquarium_care_en", "decoy_prose")
def p_aqua(r):
    vol = r.choice([54, 60, 112, 180, 240, 300])
    t = [f"My {vol} L tank reads pH {round(r.uniform(6.2, 8.2), 1)}, ammonia {r.choice([0, 0.25, 0.5, 1])} ppm, nitrite {r.choice([0, 0.25, 0.5])} ppm, nitrate {r.choice([5, 10, 20, 40, 80])} ppm at {r.randint(22, 28)} °C. Is it safe to add more fish?",
         f"How much water should I change weekly in a {vol} L planted tank, and how often should the filter ({r.choice([300, 600, 900, 1200])} L/h) be cleaned?",
         f"Which heater wattage for {vol} L in a room at {r.randint(16, 21)} °C?"]
    return greet(r, "en") + r.choice(t), "en"


@frame("prose_board_game_scores_es", "decoy_prose")
def p_boardgame(r):
    n = r.randint(3, 5)
    colores = r.sample(["rojo", "azul", "verde", "amarillo", "negro", "blanco"], n)
    rows = [f"{c}: {r.randint(40, 180)} puntos ({r.randint(0, 12)} cartas, {r.randint(0, 8)} fichas)" for c in colores]
    t = r.choice(["Anoche jugamos y no sabemos quién ganó con el desempate. Las puntuaciones por color de jugador:", "¿Está bien sumado? Partida de ayer:", "Ayúdame a calcular la media por ronda ({} rondas):".format(r.randint(4, 10))])
    return t + "\n" + bullets(r, rows), "es"


@frame("prose_sports_results_chat", "decoy_prose")
def p_sports_chat(r):
    loc = pick_lang(r)
    league, teams = LEAGUES[loc]
    a, b, c = r.sample(teams, 3)
    s1, s2 = r.randint(0, 4), r.randint(0, 4)
    pts = r.randint(20, 80)
    left = r.randint(2, 12)
    t = {"en": f"{a} beat {b} {max(s1, s2)}-{min(s1, s2)} last night. With {left} games left and {a} on {pts} points, can they still catch {c} on {pts + r.randint(1, 9)}? Explain the tiebreakers in the {league}.",
         "de": f"{a} hat gestern {max(s1, s2)}:{min(s1, s2)} gegen {b} gewonnen. Bei noch {left} Spielen und {pts} Punkten – reicht es noch, um {c} ({pts + r.randint(1, 9)} Punkte) einzuholen? Wie zählt in der {league} das Torverhältnis?",
         "fr": f"{a} a battu {b} {max(s1, s2)}-{min(s1, s2)} hier soir. Avec {left} matchs restants et {pts} points, {a} peut-il encore rattraper {c} ({pts + r.randint(1, 9)} pts) ? Quels sont les critères de départage en {league} ?",
         "es": f"El {a} ganó {max(s1, s2)}-{min(s1, s2)} al {b}. Con {left} jornadas por delante y {pts} puntos, ¿puede alcanzar al {c} ({pts + r.randint(1, 9)})? ¿Cómo funcionan los desempates en {league}?",
         "it": f"{a} ha battuto {b} {max(s1, s2)}-{min(s1, s2)}. Con {left} giornate da giocare e {pts} punti, può ancora raggiungere {c} ({pts + r.randint(1, 9)})? Come funzionano gli scontri diretti in {league}?",
         "pt": f"O {a} venceu o {b} por {max(s1, s2)}-{min(s1, s2)}. Com {left} jornadas por jogar e {pts} pontos, ainda apanha o {c} ({pts + r.randint(1, 9)})? Quais os critérios de desempate na {league}?",
         "nl": f"{a} won gisteren met {max(s1, s2)}-{min(s1, s2)} van {b}. Met nog {left} wedstrijden en {pts} punten, kan {a} {c} ({pts + r.randint(1, 9)} punten) nog inhalen? Hoe werkt het doelsaldo in de {league}?"}[loc]
    return t, loc


@frame("prose_exam_timetable_question", "decoy_prose")
def p_exam(r):
    loc = pick_lang(r)
    cs = some(r, COURSES[loc], 2, 4)
    d = rand_date(r, 2025, 2026)
    lines = []
    for i, c in enumerate(cs):
        dd = d + _dt.timedelta(days=r.randint(0, 12))
        lines.append(f"{c}: {fdate(r, dd, loc, 1)} {r.choice(['09:00', '10:30', '14:00', '16:00'])}, {r.choice(['HS 1', 'Amphi 3', 'Aula Magna', 'Sala 12', 'Zaal 1.18', 'A-104'])}, {r.choice([60, 90, 120, 180])} min")
    ask = L(loc, {"en": "Make me a revision plan until the exams:", "de": "Erstelle mir einen Lernplan bis zu den Prüfungen:", "fr": "Fais-moi un planning de révisions jusqu'aux examens :",
                  "es": "Hazme un plan de estudio hasta los exámenes:", "it": "Fammi un piano di studio fino agli esami:", "pt": "Faz-me um plano de estudo até aos exames:",
                  "nl": "Maak een studieplanning tot aan de tentamens:"})
    return ask + "\n" + bullets(r, lines), loc


# ===========================================================================
# driver
# ===========================================================================

def split_of(name):
    return "tune" if hashlib.md5(name.encode("utf-8")).hexdigest()[0] in "0123456789" else "heldout"


def generate_split(r, split):
    names = [n for n in sorted(FRAMES) if split_of(n) == split]
    if not names:
        raise SystemExit(f"no frames for split {split}")
    seen = set()
    records = []
    exhausted = set()
    while len(records) < N_PER_SPLIT:
        progressed = False
        for name in names:
            if len(records) >= N_PER_SPLIT:
                break
            if name in exhausted:
                continue
            source, fn = FRAMES[name]
            for _ in range(MAX_TRIES):
                text, loc = fn(r)
                if text not in seen:
                    seen.add(text)
                    records.append({"text": text, "spans": [], "source": source, "split": split, "locale": loc, "frame": name})
                    progressed = True
                    break
            else:
                exhausted.add(name)
        if not progressed:
            raise SystemExit(f"split {split}: every frame exhausted at {len(records)} records")
    return records


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main():
    r = random.Random(SEED)
    tune = generate_split(r, "tune")
    heldout = generate_split(r, "heldout")
    write_jsonl(TUNE_PATH, tune)
    write_jsonl(HELDOUT_PATH, heldout)
    for split, recs in (("tune", tune), ("heldout", heldout)):
        frames = sorted({x["frame"] for x in recs})
        locs = {}
        for x in recs:
            locs[x["locale"]] = locs.get(x["locale"], 0) + 1
        src = {}
        for x in recs:
            src[x["source"]] = src.get(x["source"], 0) + 1
        print(f"{split}: {len(recs)} records, {len(frames)} frames, sources {src}, locales {dict(sorted(locs.items()))}", file=sys.stderr)


if __name__ == "__main__":
    main()
