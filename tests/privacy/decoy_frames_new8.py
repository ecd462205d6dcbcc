#!/usr/bin/env python3
"""
decoy_frames_new8.py -- hard-negative decoys for the privacy-redaction detector.

Writes JSONL records whose text *looks* as if it might carry personal data
(phone-shaped part numbers, SSN-shaped lot codes, card-shaped tracking numbers,
date-shaped batch codes, capitalised eponyms, redacted form fields, honorifics
without names ...) but contains none.  Every record has "spans": [].

About half the frames are JSON tool calls, half are prose, in en/de/fr/es/it/pt/nl.

Split is BY FRAME: frame names are sorted, and a frame whose
md5(name).hexdigest() starts with 0-9 goes to the tune file, a-f to heldout.
Records are generated round-robin over the frames of each split.

Run from the repository root:

    python3 tests/privacy/decoy_frames_new8.py

Stdlib only; deterministic (random.Random(8001)).
"""

import datetime as _dt
import hashlib
import json
import os
import random

SEED = 8001
PER_SPLIT = 2000
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_TUNE = os.path.join(HERE, "decoys_new8_tune.jsonl")
OUT_HELD = os.path.join(HERE, "decoys_new8_heldout.jsonl")

FRAMES = {}


def frame(name, kind):
    assert kind in ("json", "prose")

    def deco(fn):
        assert name not in FRAMES, name
        FRAMES[name] = (kind, fn)
        return fn

    return deco


# --------------------------------------------------------------------------
# generic helpers
# --------------------------------------------------------------------------

LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
DIG = "0123456789"


def pat(r, p):
    """d=digit n=nonzero digit A=letter X=letter/digit h=hex; rest literal."""
    out = []
    for ch in p:
        if ch == "d":
            out.append(r.choice(DIG))
        elif ch == "n":
            out.append(r.choice("123456789"))
        elif ch == "A":
            out.append(r.choice(LETTERS))
        elif ch == "X":
            out.append(r.choice(LETTERS + DIG))
        elif ch == "h":
            out.append(r.choice("0123456789abcdef"))
        else:
            out.append(ch)
    return "".join(out)


def pick(r, seq):
    return r.choice(seq)


def picks(r, seq, k):
    return r.sample(list(seq), min(k, len(seq)))


def maybe(r, p=0.5):
    return r.random() < p


PHONE_SHAPES = ["ddd-ddd-dddd", "(ddd) ddd-dddd", "ddd.ddd.dddd", "0ddd ddddddd",
                "0d dd dd dd dd", "0ddd/dddddd", "ddd ddd ddd", "0dd-ddd dd dd", "dddd ddd ddd"]
CARD_SHAPES = ["dddd dddd dddd dddd", "dddd-dddd-dddd-dddd", "dddd dddddd ddddd", "dddddddddddddddd"]


def phoneish(r):
    return pat(r, pick(r, PHONE_SHAPES))


def ssnish(r):
    return pat(r, "ddd-dd-dddd")


def cardish(r):
    return pat(r, pick(r, CARD_SHAPES))


def dateish_code(r):
    # a batch code that happens to look like a dd.mm.yyyy date
    return "%02d.%02d.%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(1950, 2005))


def _camel(k):
    parts = k.split("_")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def _kebab(k):
    return k.replace("_", "-")


def restyle(obj, style):
    if style == "snake":
        return obj
    f = _camel if style == "camel" else _kebab
    if isinstance(obj, dict):
        return {(f(k) if "_" in k else k): restyle(v, style) for k, v in obj.items()}
    if isinstance(obj, list):
        return [restyle(v, style) for v in obj]
    return obj


def tool_call(r, name, args, style=None):
    if style is None:
        style = r.choices(["snake", "camel", "kebab"], weights=[5, 3, 2])[0]
    args = restyle(args, style)
    shape = r.randrange(5)
    if shape == 0:
        obj = {"name": name, "arguments": args}
    elif shape == 1:
        obj = {"tool": name, "parameters": args}
    elif shape == 2:
        obj = {"type": "tool_use", "name": name, "input": args}
    elif shape == 3:
        obj = {"type": "function", "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}
    else:
        obj = {"tool_calls": [{"name": name, "arguments": args}]}
    indent = 2 if maybe(r, 0.25) else None
    return json.dumps(obj, ensure_ascii=False, indent=indent)


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
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
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl"]


def rdate(r, y0=2023, y1=2026):
    a = _dt.date(y0, 1, 1).toordinal()
    b = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(r.randint(a, b))


def fdate(r, d, lang, style=None):
    if style is None:
        style = pick(r, ["long", "long", "num", "iso"])
    if style == "iso":
        return d.isoformat()
    m = MONTHS[lang][d.month - 1]
    if style == "num":
        if lang == "en":
            return pick(r, ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d/%d/%d" % (d.month, d.day, d.year)])
        if lang == "de":
            return "%02d.%02d.%d" % (d.day, d.month, d.year)
        if lang == "nl":
            return "%02d-%02d-%d" % (d.day, d.month, d.year)
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if lang == "en":
        return pick(r, ["%d %s %d" % (d.day, m, d.year), "%s %d, %d" % (m, d.day, d.year)])
    if lang == "de":
        return "%d. %s %d" % (d.day, m, d.year)
    if lang == "fr":
        return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), m, d.year)
    if lang in ("es", "pt"):
        return "%d de %s de %d" % (d.day, m, d.year)
    return "%d %s %d" % (d.day, m, d.year)


def wday(d, lang):
    return WEEKDAYS[lang][d.weekday()]


def hhmm(r, lo=5, hi=23):
    return "%02d:%02d" % (r.randint(lo, hi), r.randrange(0, 60))


def iso_ts(r, y0=2024, y1=2025, ms=True):
    d = rdate(r, y0, y1)
    t = "%02d:%02d:%02d" % (r.randrange(24), r.randrange(60), r.randrange(60))
    if ms:
        t += ".%03d" % r.randrange(1000)
    return "%sT%sZ" % (d.isoformat(), t)


def fmt_num(v, lang, dec=2):
    s = f"{v:,.{dec}f}"
    if lang == "en":
        return s
    if lang == "fr":
        return s.replace(",", " ").replace(".", ",")
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def fmt_money(v, lang, cur="EUR"):
    n = fmt_num(v, lang)
    if cur == "GBP":
        return "£" + n
    if cur == "USD":
        return "$" + n
    if cur == "CHF":
        return "CHF " + n
    if lang == "en":
        return pick(random.Random(int(v * 100)), ["€" + n, "EUR " + n])
    if lang == "nl":
        return "€ " + n
    return n + " €"


def money(r, lo, hi, lang, cur="EUR"):
    return fmt_money(round(r.uniform(lo, hi), 2), lang, cur)


def ean13(r, prefix=""):
    body = prefix + "".join(r.choice(DIG) for _ in range(12 - len(prefix)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def isbn13(r):
    group = pick(r, ["3", "2", "84", "88", "972", "90", "1", "0"])
    code = ean13(r, "978" + group)
    rest = code[3 + len(group):-1]
    cut = r.randint(2, min(5, len(rest) - 2))
    return "978-%s-%s-%s-%s" % (group, rest[:cut], rest[cut:], code[-1])


def isin(r, cc=None):
    cc = cc or pick(r, ["DE", "FR", "NL", "IT", "ES", "PT", "BE", "LU", "IE"])
    return cc + pat(r, pick(r, ["000dddddd", "00ddddddd", "000AXXXXX"])) + pat(r, "d")


# --------------------------------------------------------------------------
# shared filler pools
# --------------------------------------------------------------------------

WAREHOUSES = ["DC-ROTTERDAM-02", "FC-LEIPZIG-3", "WH-LYON-SUD", "CD-ZARAGOZA-PLAZA",
              "MAG-BOLOGNA-INTERPORTO", "ARM-AZAMBUJA-1", "DC-VENLO-5", "WH-GRAZ-NORD", "HUB-GENK-EAST"]

AIRPORTS = [("AMS", "Amsterdam Schiphol"), ("FRA", "Frankfurt am Main"), ("MUC", "München"),
            ("CDG", "Paris-Roissy"), ("LYS", "Lyon Saint-Exupéry"), ("MAD", "Madrid-Barajas"),
            ("BCN", "Barcelona-El Prat"), ("FCO", "Roma Fiumicino"), ("MXP", "Milano Malpensa"),
            ("LIS", "Lisboa"), ("OPO", "Porto"), ("BRU", "Brussels"), ("VIE", "Wien-Schwechat"),
            ("ZRH", "Zürich"), ("JFK", "New York JFK"), ("IAD", "Washington Dulles"),
            ("HOU", "Houston Hobby"), ("DRW", "Darwin"), ("SVQ", "Sevilla"), ("BLQ", "Bologna")]

EPONYM_PLACES = [("Washington, D.C.", 38.9072, -77.0369), ("Houston", 29.7604, -95.3698),
                 ("Darwin", -12.4634, 130.8456), ("Vancouver", 49.2827, -123.1207),
                 ("Melbourne", -37.8136, 144.9631), ("Wellington", -41.2865, 174.7762),
                 ("São Paulo", -23.5505, -46.6333), ("San Francisco", 37.7749, -122.4194),
                 ("Saint-Étienne", 45.4397, 4.3872), ("Sankt Pölten", 48.2047, 15.6256),
                 ("Santiago de Compostela", 42.8782, -8.5448), ("Lincoln", 40.8136, -96.7026),
                 ("Sint-Niklaas", 51.1650, 4.1437), ("San Sebastián", 43.3183, -1.9812),
                 ("Santa Cruz de Tenerife", 28.4636, -16.2518), ("Saint-Nazaire", 47.2735, -2.2138),
                 ("San Marino", 43.9424, 12.4578), ("Alexandria", 31.2001, 29.9187),
                 ("Victoria", 48.4284, -123.3656), ("Adelaide", -34.9285, 138.6007),
                 ("São Tomé", 0.3365, 6.7273), ("Sankt Moritz", 46.4908, 9.8355)]

STORMS = ["Hurricane Ophelia", "Storm Ciarán", "Sturmtief Zeynep", "Tempête Xynthia",
          "Borrasca Filomena", "Storm Babet", "Hurricane Lorenzo", "Typhoon Haiyan",
          "Orkan Kyrill", "Tempête Alex", "Storm Eunice", "Ciclone Harry", "Storm Isha",
          "Hurricane Beryl", "Borrasca Gloria"]

BANDS = ["Pink Floyd", "Fleetwood Mac", "Steely Dan", "Kraftwerk", "Daft Punk", "Die Toten Hosen",
         "Indochine", "Héroes del Silencio", "Måneskin", "Within Temptation", "Madredeus",
         "Golden Earring", "Simply Red", "Massive Attack", "Einstürzende Neubauten", "Air", "Phoenix"]

STAGE_WORKS = ["La Traviata", "Carmen", "Tosca", "Le nozze di Figaro", "Die Zauberflöte", "Swan Lake",
               "Giselle", "Coppélia", "Le Sacre du printemps", "Don Giovanni", "Madama Butterfly",
               "Fidelio", "Lohengrin", "Parsifal", "Turandot", "Rigoletto", "La Bohème",
               "The Nutcracker", "Der Rosenkavalier", "Nabucco", "Aida", "Salome", "Norma"]

FONTS = ["Helvetica Neue", "Frutiger", "Garamond", "Baskerville", "Bodoni", "Didot", "Futura",
         "Gill Sans", "Times New Roman", "Caslon", "Palatino", "Georgia", "Verdana", "Univers",
         "Akzidenz-Grotesk", "Fira Sans", "Source Serif", "Rockwell", "Optima", "Clarendon"]

PAINTS = ["Hague Blue", "Elephant's Breath", "Cornforth White", "Sulking Room Pink", "Railings",
          "Vert de Terre", "Rouge Basque", "Setting Plaster", "Pigeon", "Skimming Stone",
          "Stiffkey Blue", "Card Room Green", "Dead Salmon", "Mole's Breath", "Lulworth Blue"]

ROSES = ["Gloire de Dijon", "Iceberg", "Peace", "Queen of Sweden", "Munstead Wood", "Boscobel",
         "Bonica", "Rhapsody in Blue", "Kiftsgate", "Albertine", "Souvenir de la Malmaison",
         "New Dawn", "Blush Noisette", "Rosa Mundi", "Boule de Neige", "Desdemona", "The Lark Ascending"]

APPLES = ["Granny Smith", "Cox's Orange Pippin", "Braeburn", "Boskoop", "Elstar", "Jonagold",
          "Golden Delicious", "Pink Lady", "Reinette grise du Canada", "Gravensteiner",
          "Bramley's Seedling", "Belle de Boskoop", "Topaz", "Santana", "Red Delicious", "Renetta del Canada"]

HORSES = ["Red Rum", "Arkle", "Frankel", "Enable", "Seabiscuit", "Desert Orchid", "Kauto Star",
          "Sea The Stars", "Galileo", "Dancing Brave", "Midnight Ledger", "Harbour Lights",
          "Copper Kettle", "Northern Dancer", "Golden Horn", "Shergar", "Best Mate", "Tiger Roll"]

ROBOTS = ["Spot", "Atlas", "ASIMO", "Pepper", "Nao", "Stretch", "Digit", "Optimus", "Baxter",
          "Curiosity", "Perseverance", "Philae", "Opportunity", "Sojourner", "Ingenuity"]

AI_MODELS = ["ELIZA", "Deep Blue", "AlphaGo", "AlphaFold", "Watson", "Siri", "Alexa", "Cortana",
             "Claude", "Gemini", "Llama 3", "Mistral Large", "Gemma", "Falcon", "BLOOM", "Jurassic"]

SHIPS = ["Queen Mary 2", "Ever Given", "MSC Gülsün", "Symphony of the Seas", "Statsraad Lehmkuhl",
         "Sagres", "Creoula", "Santa Maria Manuela", "Wonder of the Seas", "Hamburg Express",
         "Maersk Edinburgh", "Costa Smeralda", "Britannia", "Oasis of the Seas", "Vasa", "CMA CGM Zephyr"]

CLUBS = [("FC Bayern München", "Allianz Arena"), ("Borussia Dortmund", "Signal Iduna Park"),
         ("Real Sociedad", "Reale Arena"), ("Athletic Club", "San Mamés"), ("AS Roma", "Stadio Olimpico"),
         ("SL Benfica", "Estádio da Luz"), ("FC Porto", "Estádio do Dragão"), ("PSV", "Philips Stadion"),
         ("Feyenoord", "De Kuip"), ("Olympique Lyonnais", "Groupama Stadium"),
         ("Stade Rennais", "Roazhon Park"), ("Sevilla FC", "Nervión"),
         ("Inter", "San Siro"), ("Sporting CP", "Alvalade"),
         ("VfB Stuttgart", "MHPArena"), ("Girona FC", "Montilivi"), ("Atalanta", "Gewiss Stadium"),
         ("AZ", "AFAS Stadion"), ("RC Lens", "Stade Bollaert")]


# --------------------------------------------------------------------------
# JSON tool-call frames
# --------------------------------------------------------------------------

@frame("json_inventory_update", "json")
def f_inventory_update(r):
    args = {
        "sku": pick(r, ["WID", "BRK", "VLV", "GSK", "FLT", "PMP", "CBL", "HNG"]) + "-" + pat(r, "dddd")
        + pick(r, ["", "-B", "-XL", "/2"]),
        "lot_number": ssnish(r),
        "quantity_delta": r.choice([-1, 1]) * r.randint(1, 480),
        "unit": pick(r, ["pcs", "box", "pallet", "kg", "roll", "m"]),
        "location": {"warehouse": pick(r, WAREHOUSES), "bin": pat(r, "A-dd-dd"),
                     "zone": pick(r, ["ambient", "chilled", "hazmat", "mezzanine", "bulk"])},
        "reason_code": pick(r, ["CYCLE_COUNT", "DAMAGED_IN_TRANSIT", "RETURN_TO_VENDOR", "RECOUNT",
                                "QA_HOLD", "RELABEL"]),
    }
    if maybe(r, 0.6):
        args["note"] = pick(r, [
            "recount after pallet wrap was damaged in aisle 7",
            "carton label shows Lot and Art.-Nr. swapped, corrected here",
            "moved to QA hold pending certificate of analysis",
            "customer return, packaging opened but unused",
            "supplier shipped two batches on one pallet",
            "cycle count variance within tolerance (±2 %)",
            "found behind rack upright B-14, re-labelled",
            "batch code on the inner bag differs from the outer carton",
        ])
    if maybe(r, 0.4):
        args["supplier_batch_ref"] = "Lot " + ssnish(r)
    if maybe(r, 0.3):
        args["best_before"] = rdate(r, 2025, 2027).isoformat()
    if maybe(r, 0.3):
        args["mpn"] = phoneish(r)
    name = pick(r, ["inventory.update", "inventory.adjust_stock", "wms.update_inventory", "stock.move"])
    return tool_call(r, name, args), "en"


@frame("json_quality_recall_de", "json")
def f_recall_de(r):
    produkte = ["Bio-Haferdrink Barista 1 l", "Vollkorn-Knäckebrot Roggen 250 g",
                "Tomatenmark dreifach konzentriert 200 g", "Holzlasur Eiche hell 750 ml",
                "Kinder-Fahrradhelm Größe S", "Akku-Bohrschrauber 18 V (ohne Akku)",
                "Räucherlachs in Scheiben 100 g", "Glühwein rot 1,0 l", "Dinkel-Vollkornmehl Type 1050",
                "Sonnenblumenkerne geschält 500 g", "Weihnachtsstollen mit Marzipan 750 g"]
    gruende = ["Fremdkörper (Kunststoffsplitter) nicht auszuschließen", "Allergen Sellerie nicht deklariert",
               "Etikett mit falschem Mindesthaltbarkeitsdatum", "Listerien bei Eigenkontrolle nachgewiesen",
               "Verschluss kann sich bei Erwärmung lösen", "Prüfzeichen fehlt auf der Verpackung",
               "Glasbruch in der Abfüllanlage am Produktionstag"]
    charge_key = pick(r, ["Chargennummer", "Ch.-B.", "Charge", "Lotnummer", "Los-Nr."])
    charge_val = pick(r, [ssnish(r), "L " + pat(r, "dddddd"), dateish_code(r), pat(r, "dddd dddd dddd dddd")])
    args = {
        "Artikelnummer": pat(r, pick(r, ["ddd-ddd-dddd", "0ddd ddddddd", "dddddd-dd"])),
        charge_key: charge_val,
        "Produktbezeichnung": pick(r, produkte),
        "Rückrufgrund": pick(r, gruende),
        "MHD_bis": fdate(r, rdate(r, 2025, 2027), "de", "num"),
        "Sperrlager": True,
        "betroffene_Filialen": ["Filiale " + pat(r, "dddd") for _ in range(r.randint(1, 4))],
    }
    if maybe(r, 0.5):
        args["Meldung_an_Behörde"] = pick(r, ["gemäß Art. 19 VO (EG) Nr. 178/2002",
                                              "nach § 40 Abs. 1a LFGB", "über das Portal lebensmittelwarnung.de"])
    if maybe(r, 0.5):
        args["Kundeninformation"] = pick(r, [
            "Sehr geehrte Kundinnen und Kunden, bitte bringen Sie den Artikel in Ihre Filiale zurück.",
            "Sehr geehrte Damen und Herren, der Kaufpreis wird auch ohne Kassenbon erstattet.",
            "Liebe Kundschaft, andere Chargen und Mindesthaltbarkeitsdaten sind nicht betroffen.",
        ])
    if maybe(r, 0.3):
        args["EAN"] = ean13(r, "40")
    name = pick(r, ["qs.rueckruf_anlegen", "qualitaet.charge_sperren", "warenwirtschaft.rueckruf_pruefen"])
    return tool_call(r, name, args, style=pick(r, ["snake", "snake", "camel"])), "de"


@frame("json_shipment_tracking", "json")
def f_shipment_tracking(r):
    carrier = pick(r, ["DHL Paket", "PostNL", "Colissimo", "GLS", "DPD", "UPS", "Correos Express",
                       "CTT Expresso", "BRT", "bpost", "Chronopost", "SEUR"])
    tn = pick(r, [cardish(r), pat(r, "dd dddd dddd dddd dddd"), "1Z" + pat(r, "XXXXXXdddddddddd"),
                  "3S" + pat(r, "AAAAddddddd"), pat(r, "AAdddddddddAA")])
    hubs = ["FRA-HUB 3", "Hub Venlo", "Plateforme de Roissy", "Centro de Tratamiento Coslada",
            "Hub Bologna Interporto", "Centro Operacional de Alverca", "Sorteercentrum Nieuwegein",
            "Paketzentrum Obertshausen", "Brussels X"]
    statuses = ["Shipment information received", "Arrived at sorting centre", "Departed from facility",
                "In transit", "Out for delivery", "Delivery attempt – recipient not present",
                "Delivered to parcel locker", "Customs clearance completed"]
    events = []
    for _ in range(r.randint(2, 5)):
        events.append({"timestamp": iso_ts(r, 2025, 2025, ms=False), "hub": pick(r, hubs),
                       "status": pick(r, statuses)})
    args = {"carrier": carrier, "tracking_number": tn, "events": events,
            "estimated_delivery": rdate(r, 2025, 2025).isoformat(),
            "weight_kg": round(r.uniform(0.2, 31.5), 2),
            "recipient": pick(r, ["[redacted]", "Customer", "n/a", None])}
    if maybe(r, 0.4):
        args["parcel_locker"] = "Locker " + pat(r, "dddd") + ", compartment " + pat(r, "dd")
    name = pick(r, ["shipping.track", "parcel.get_status", "logistics.track_shipment"])
    return tool_call(r, name, args), "en"


@frame("json_flight_status", "json")
def f_flight_status(r):
    o, d = picks(r, AIRPORTS, 2)
    sched = hhmm(r, 5, 22)
    regs = ["D-A" + pat(r, "AAA"), "F-G" + pat(r, "AAA"), "EC-" + pat(r, "AAA"), "EI-" + pat(r, "AAA"),
            "PH-" + pat(r, "AAA"), "OE-L" + pat(r, "AA"), "HB-J" + pat(r, "AA"), "CS-T" + pat(r, "AA"),
            "I-" + pat(r, "AAAA")]
    args = {
        "flight_number": pick(r, ["LH", "AF", "KL", "IB", "AZ", "TP", "LX", "OS", "SN", "EW", "U2", "FR",
                                  "VY", "UX"]) + " " + pat(r, pick(r, ["dd", "ddd", "dddd"])),
        "date": rdate(r, 2025, 2026).isoformat(),
        "origin": {"iata": o[0], "name": o[1]},
        "destination": {"iata": d[0], "name": d[1]},
        "scheduled_departure": sched,
        "gate": pick(r, "ABCDEFGHKZ") + str(r.randint(1, 68)),
        "terminal": pick(r, ["1", "2", "2E", "4S", "T1", "M"]),
        "aircraft": {"type": pick(r, ["A320neo", "A321", "B737-800", "B737 MAX 8", "E190", "A220-300",
                                      "ATR 72-600", "B787-9", "A350-900"]), "registration": pick(r, regs)},
        "status": pick(r, ["Boarding", "Delayed 25 min", "Gate closed", "On time", "Diverted", "Cancelled",
                           "Landed", "Final call"]),
    }
    if maybe(r, 0.5):
        args["baggage_belt"] = r.randint(1, 24)
    if maybe(r, 0.4):
        args["codeshare"] = [pick(r, ["UA", "AC", "DL", "AA", "SK", "LO"]) + " " + pat(r, "dddd")
                             for _ in range(r.randint(1, 3))]
    if maybe(r, 0.3):
        args["passenger"] = pick(r, ["Guest", "[redacted]", None])
    name = pick(r, ["flights.get_status", "airport.flight_info", "travel.lookup_flight"])
    return tool_call(r, name, args), "en"


@frame("json_weather_forecast", "json")
def f_weather_forecast(r):
    name_, lat, lon = pick(r, EPONYM_PLACES)
    args = {"location_name": name_, "latitude": round(lat + r.uniform(-0.02, 0.02), 4),
            "longitude": round(lon + r.uniform(-0.02, 0.02), 4),
            "units": pick(r, ["metric", "imperial"]),
            "hourly_fields": picks(r, ["temperature_2m", "precipitation", "wind_speed_10m", "wind_gusts_10m",
                                       "relative_humidity_2m", "uv_index", "pressure_msl", "cloud_cover"],
                                   r.randint(2, 5)),
            "forecast_days": r.randint(1, 14),
            "timezone": pick(r, ["auto", "Europe/Paris", "America/Chicago", "Australia/Darwin", "UTC"])}
    if maybe(r, 0.4):
        args["alerts_for"] = pick(r, STORMS)
    if maybe(r, 0.3):
        args["elevation_m"] = r.randint(2, 1900)
    name = pick(r, ["weather.forecast", "weather.get_hourly", "meteo.previsione"])
    return tool_call(r, name, args, style=pick(r, ["camel", "camel", "snake"])), "en"


HOLIDAYS = {
    "de": [("Heilige Drei Könige", 1, 6), ("Tag der Arbeit", 5, 1), ("Fronleichnam", 6, 19),
           ("Mariä Himmelfahrt", 8, 15), ("Tag der Deutschen Einheit", 10, 3), ("Reformationstag", 10, 31),
           ("Allerheiligen", 11, 1), ("Sankt Martin", 11, 11), ("Stephanstag", 12, 26)],
    "fr": [("Jour de l'An", 1, 1), ("Lundi de Pentecôte", 6, 9), ("Fête nationale", 7, 14),
           ("Assomption", 8, 15), ("Toussaint", 11, 1), ("Armistice", 11, 11), ("Saint-Étienne (Alsace-Moselle)", 12, 26)],
    "es": [("Día de San José", 3, 19), ("Santiago Apóstol", 7, 25), ("Fiesta Nacional de España", 10, 12),
           ("Día de Todos los Santos", 11, 1), ("Día de la Constitución", 12, 6), ("Inmaculada Concepción", 12, 8),
           ("San Juan", 6, 24), ("Sant Esteve", 12, 26)],
    "it": [("Epifania", 1, 6), ("Festa della Liberazione", 4, 25), ("Festa della Repubblica", 6, 2),
           ("Ferragosto", 8, 15), ("Santo Stefano", 12, 26), ("San Giovanni (Firenze)", 6, 24),
           ("Sant'Ambrogio (Milano)", 12, 7)],
    "pt": [("Dia da Liberdade", 4, 25), ("Dia de Portugal, de Camões e das Comunidades Portuguesas", 6, 10),
           ("Santo António (Lisboa)", 6, 13), ("São João (Porto)", 6, 24), ("Implantação da República", 10, 5),
           ("Restauração da Independência", 12, 1)],
    "nl": [("Koningsdag", 4, 27), ("Bevrijdingsdag", 5, 5), ("Hemelvaartsdag", 5, 29), ("Sint-Maarten", 11, 11),
           ("Sinterklaas", 12, 5), ("Tweede Kerstdag", 12, 26)],
    "en": [("St Patrick's Day", 3, 17), ("St George's Day", 4, 23), ("St Andrew's Day", 11, 30),
           ("Washington's Birthday (observed)", 2, 17), ("Columbus Day", 10, 13), ("Boxing Day", 12, 26),
           ("St David's Day", 3, 1), ("Victoria Day", 5, 19)],
}


@frame("json_holiday_calendar", "json")
def f_holidays(r):
    lang = pick(r, LANGS)
    country = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL",
               "en": pick(r, ["IE", "GB", "US", "CA"])}[lang]
    year = r.randint(2024, 2027)
    hs = sorted(picks(r, HOLIDAYS[lang], r.randint(2, 5)), key=lambda h: (h[1], h[2]))
    args = {"country": country, "year": year, "language": lang,
            "holidays": [{"name": h[0], "date": "%d-%02d-%02d" % (year, h[1], h[2]),
                          "weekday": WEEKDAYS[lang][_dt.date(year, h[1], h[2]).weekday()]} for h in hs],
            "include_regional": maybe(r)}
    name = pick(r, ["calendar.list_holidays", "hr.public_holidays", "scheduling.get_closures"])
    return tool_call(r, name, args), lang


RECIPES_EN = {
    "Beef Wellington": ["beef fillet", "puff pastry", "mushroom duxelles", "Parma ham", "egg yolk"],
    "Eggs Benedict": ["English muffins", "eggs", "back bacon", "hollandaise sauce", "chives"],
    "Peach Melba": ["peaches", "raspberry coulis", "vanilla ice cream", "flaked almonds"],
    "Pavlova": ["egg whites", "caster sugar", "cornflour", "double cream", "passion fruit"],
    "Caesar Salad": ["romaine lettuce", "croutons", "anchovies", "Parmesan", "lemon juice"],
    "Pizza Margherita": ["00 flour", "San Marzano tomatoes", "fior di latte", "basil", "olive oil"],
    "Crêpes Suzette": ["plain flour", "milk", "orange zest", "butter", "Grand Marnier"],
    "Sachertorte": ["dark chocolate", "apricot jam", "butter", "icing sugar", "eggs"],
    "Fettuccine Alfredo": ["fettuccine", "butter", "Parmigiano Reggiano", "black pepper"],
    "Beef Stroganoff": ["sirloin strips", "onions", "soured cream", "paprika", "mushrooms"],
    "Lamingtons": ["sponge cake", "cocoa", "desiccated coconut", "icing sugar"],
    "Earl Grey tea loaf": ["Earl Grey tea", "sultanas", "self-raising flour", "brown sugar"],
}


@frame("json_recipe_scale", "json")
def f_recipe_scale(r):
    title = pick(r, list(RECIPES_EN))
    frm, to = r.randint(2, 6), r.randint(4, 16)
    ings = [{"item": i, "amount": pick(r, ["200 g", "1 tbsp", "3", "150 ml", "2 tsp", "½ cup", "400 g",
                                            "1 pinch", "250 g", "75 ml"])} for i in RECIPES_EN[title]]
    args = {"recipe": title, "servings_from": frm, "servings_to": to, "ingredients": ings,
            "oven": pick(r, ["180 °C / 160 °C fan / gas 4", "200 °C / 180 °C fan / gas 6", "no oven",
                             "220 °C for 25 min, then 180 °C for 10 min"]),
            "round_to": pick(r, ["nearest 5 g", "nearest ¼ tsp", "none"])}
    if maybe(r, 0.4):
        args["source"] = pick(r, ["house cookbook, p. 214", "menu card spring 2025", "test kitchen rev. 3"])
    name = pick(r, ["recipes.scale", "kitchen.scale_recipe", "cookbook.convert_servings"])
    return tool_call(r, name, args), "en"


COCKTAILS = {
    "Tom Collins": ("Collins glass", ["50 ml gin", "25 ml lemon juice", "15 ml sugar syrup", "soda water"]),
    "Bloody Mary": ("highball", ["45 ml vodka", "90 ml tomato juice", "15 ml lemon juice", "Worcestershire sauce"]),
    "Negroni": ("rocks glass", ["30 ml gin", "30 ml Campari", "30 ml sweet vermouth"]),
    "Bellini": ("flute", ["50 ml white peach purée", "100 ml Prosecco"]),
    "Moscow Mule": ("copper mug", ["50 ml vodka", "10 ml lime juice", "120 ml ginger beer"]),
    "Singapore Sling": ("hurricane glass", ["30 ml gin", "15 ml cherry liqueur", "120 ml pineapple juice"]),
    "Hanky Panky": ("coupe", ["45 ml gin", "45 ml sweet vermouth", "2 dashes Fernet-Branca"]),
    "Sidecar": ("coupe", ["50 ml cognac", "20 ml triple sec", "20 ml lemon juice"]),
    "French 75": ("flute", ["30 ml gin", "15 ml lemon juice", "champagne to top"]),
    "Cuba Libre": ("highball", ["50 ml rum", "120 ml cola", "lime wedge"]),
    "Paloma": ("highball", ["50 ml tequila", "grapefruit soda", "pinch of salt"]),
    "Dark 'n' Stormy": ("highball", ["60 ml dark rum", "100 ml ginger beer", "lime"]),
    "Mai Tai": ("rocks glass", ["40 ml rum", "15 ml orgeat", "20 ml lime juice", "15 ml curaçao"]),
    "Manhattan": ("coupe", ["50 ml rye", "20 ml sweet vermouth", "2 dashes bitters"]),
}


@frame("json_cocktail_lookup", "json")
def f_cocktail(r):
    c = pick(r, list(COCKTAILS))
    glass, ings = COCKTAILS[c]
    args = {"cocktail": c, "glass": glass, "ingredients": ings,
            "method": pick(r, ["build over ice", "shake and strain", "stir and strain", "blend"]),
            "garnish": pick(r, ["lemon wheel", "maraschino cherry", "celery stick", "orange twist", "mint sprig"]),
            "abv_estimate_pct": round(r.uniform(6, 32), 1),
            "menu_section": pick(r, ["Classics", "Signature", "Low & No", "Happy Hour 17:00–19:00"])}
    if maybe(r, 0.4):
        args["price"] = money(r, 8, 16, "en")
    if maybe(r, 0.3):
        args["pos_item_code"] = pat(r, "ddd-dd-dddd")
    name = pick(r, ["bar.lookup_cocktail", "menu.add_item", "pos.create_product"])
    return tool_call(r, name, args), "en"


@frame("json_catalogue_fr", "json")
def f_catalogue_fr(r):
    desig = ["Perceuse-visseuse sans fil 18 V", "Robot pâtissier 1 000 W", "Lave-linge hublot 9 kg",
             "Aspirateur balai sans sac", "Scie circulaire 1 400 W", "Cafetière à piston 8 tasses",
             "Radiateur à inertie 1 500 W", "Tondeuse thermique tractée 46 cm"]
    args = {"référence": pat(r, pick(r, ["0d dd dd dd dd", "dd dd dd dd dd", "d ddd ddd ddd"])),
            "désignation": pick(r, desig),
            "numéro_de_série": pick(r, ["N° de série ", "S/N "]) + pat(r, "AAdddddddd"),
            "prix_ttc": money(r, 19, 899, "fr"),
            "code_EAN": ean13(r, "3"),
            "disponibilité": pick(r, ["en stock (entrepôt de Saint-Priest)", "sous 5 à 7 jours ouvrés",
                                      "rupture – réassort prévu semaine 14", "retrait en magasin uniquement"]),
            "date_de_mise_en_rayon": fdate(r, rdate(r, 2024, 2025), "fr"),
            "garantie": pick(r, ["2 ans pièces et main-d'œuvre", "5 ans moteur", "3 ans extension incluse"])}
    if maybe(r, 0.4):
        args["client"] = pick(r, ["Cher client", "[masqué]", "non renseigné"])
    if maybe(r, 0.4):
        args["n°_de_commande_fournisseur"] = "CF-" + pat(r, "dddd-dd-dddd")
    name = pick(r, ["catalogue.rechercher_article", "boutique.fiche_produit", "stock.consulter"])
    return tool_call(r, name, args, style="snake"), "fr"


@frame("json_pedido_compra_es", "json")
def f_pedido_es(r):
    desc = ["Tornillo DIN 933 M8×40 zincado", "Junta tórica NBR 70 Shore 32×3", "Rodamiento 6204-2RS",
            "Guantes de nitrilo talla M (caja 100)", "Cable H07RN-F 3G2,5 (rollo 50 m)", "Válvula de bola 1/2\""]
    lines = []
    for _ in range(r.randint(1, 4)):
        lines.append({"código": pat(r, pick(r, ["ddd.ddd.ddd", "ddd-dd-dddd", "dddddd"])),
                      "descripción": pick(r, desc), "cantidad": r.randint(1, 500),
                      "lote": pick(r, ["Lote " + ssnish(r), pat(r, "dddd/dd"), "L" + pat(r, "dddddd")]),
                      "precio_unitario": money(r, 0.1, 95, "es")})
    args = {"número_de_pedido": "PED-" + pat(r, "dddd-dddddd"),
            "proveedor": pick(r, ["Suministros Industriales del Ebro S.L.", "Ferretería Levante S.A.",
                                  "Distribuciones Cantábrico S.L.", "Electro Guadalquivir S.A."]),
            "líneas": lines,
            "fecha_entrega": fdate(r, rdate(r, 2025, 2026), "es"),
            "almacén": pick(r, ["Almacén 3 – Muelle 12", "Nave B, puerta 4", "Centro logístico de Getafe"]),
            "observaciones": pick(r, ["Entregar de 8:00 a 14:00", "Indicar el número de pedido en el albarán",
                                      "Pedido urgente: parada de línea", "Sin observaciones"])}
    name = pick(r, ["compras.crear_pedido", "erp.pedido_compra", "aprovisionamiento.nuevo_pedido"])
    return tool_call(r, name, args, style="snake"), "es"


@frame("json_ordine_magazzino_it", "json")
def f_ordine_it(r):
    art = ["Piastrelle gres porcellanato 60×60", "Colla per piastrelle C2TE 25 kg", "Silicone sanitario bianco",
           "Tassello nylon 8×40", "Guaina liquida 5 kg", "Pannello cartongesso 120×300"]
    args = {"numero_ordine": pat(r, "dddd/dd"),
            "codice_articolo": pat(r, pick(r, ["ddd-ddd-dddd", "ddd ddddddd", "dd.ddd.ddd"])),
            "descrizione": pick(r, art),
            "lotto": pick(r, ["L" + pat(r, "dddddd"), ssnish(r), "Lotto " + pat(r, "dddd dddd")]),
            "scadenza": "%02d/%d" % (r.randint(1, 12), r.randint(2025, 2028)),
            "quantità": r.randint(1, 300),
            "fornitore": pick(r, ["Ferramenta Adriatica S.r.l.", "Edilcentro Padano S.p.A.",
                                  "Materiali Tirreno S.r.l."]),
            "reparto": pick(r, ["Edilizia", "Idraulica", "Giardinaggio", "Vernici"]),
            "data_consegna": fdate(r, rdate(r, 2025, 2026), "it")}
    if maybe(r, 0.5):
        args["note"] = pick(r, ["Consegna al portone 4, orario 8:00–12:00", "Merce fragile: non sovrapporre",
                                "Riferimento DDT n. " + pat(r, "dddd/dddd"), "Nessuna nota"])
    if maybe(r, 0.3):
        args["cliente"] = pick(r, ["Gentile Cliente", "[omissis]", "anonimo"])
    name = pick(r, ["magazzino.registra_ordine", "gestionale.ordine_fornitore", "logistica.prenota_ritiro"])
    return tool_call(r, name, args, style=pick(r, ["snake", "camel"])), "it"


@frame("json_encomenda_pt", "json")
def f_encomenda_pt(r):
    prod = ["Azeite virgem extra 5 l", "Conservas de sardinha em óleo (caixa 50)", "Vinho Verde branco 0,75 l",
            "Cortiça aglomerada 10 mm", "Azulejo pintado à mão 15×15", "Bacalhau seco graúdo 1 kg"]
    args = {"número_da_encomenda": "ENC-" + pat(r, "dddd-dddddd"),
            "código_produto": pat(r, pick(r, ["ddd ddd ddd", "ddd-dd-dddd", "dddddddd"])),
            "produto": pick(r, prod),
            "lote": pick(r, ["Lote " + pat(r, "dddddd"), ssnish(r), pat(r, "dd/dddd")]),
            "validade": "%02d/%d" % (r.randint(1, 12), r.randint(2025, 2029)),
            "quantidade": r.randint(1, 240),
            "armazém": pick(r, ["Armazém da Azambuja", "Plataforma da Maia", "Entreposto de Sines"]),
            "transportadora": pick(r, ["CTT Expresso", "DHL", "Transportes Rodoviários do Norte"]),
            "observações": pick(r, ["Prezado cliente: entrega em dias úteis", "Paletes não sobreponíveis",
                                    "Manter entre 4 °C e 8 °C", "Sem observações"])}
    if maybe(r, 0.4):
        args["fatura_n.º"] = "FT " + pat(r, "dddd/dddddd")
    name = pick(r, ["encomendas.criar", "logistica.registar_expedicao", "stock.reservar"])
    return tool_call(r, name, args, style="snake"), "pt"


@frame("json_voorraad_nl", "json")
def f_voorraad_nl(r):
    omschr = ["Stroopwafels in blik 250 g", "Tulpenbollen mix (zak 50)", "Fietsband 28 inch reflecterend",
              "Goudse kaas belegen 1 kg", "Hagelslag puur 400 g", "Dakpan keramisch antraciet"]
    args = {"artikelnummer": pat(r, pick(r, ["ddd-ddd-dddd", "0ddd-dddddd", "dddddd"])),
            "omschrijving": pick(r, omschr),
            "partijnummer": pick(r, ["Partij " + pat(r, "dddddd"), ssnish(r), dateish_code(r)]),
            "factuurnummer": "Factuur " + pat(r, "dddd-ddddd"),
            "leverdatum": fdate(r, rdate(r, 2025, 2026), "nl"),
            "aantal": r.randint(1, 900),
            "magazijn": pick(r, ["DC Venlo hal 3", "Magazijn Tilburg Noord", "Crossdock Schiphol-Rijk"]),
            "opmerking": pick(r, ["Geachte klant, levering in twee delen", "Pallets retour meegeven",
                                  "Koel bewaren", "Geen opmerkingen"])}
    if maybe(r, 0.3):
        args["klantnummer"] = pick(r, ["[verwijderd]", "n.v.t.", None])
    name = pick(r, ["voorraad.boek_levering", "magazijn.ontvangst_registreren", "inkoop.controleer_factuur"])
    return tool_call(r, name, args, style=pick(r, ["snake", "kebab"])), "nl"


FORM_KEYS = {
    "en": ["name", "phone", "email", "date_of_birth", "ssn", "home_address"],
    "de": ["Name", "Telefon", "E-Mail", "Geburtsdatum", "Steuer-ID", "Anschrift"],
    "fr": ["nom", "téléphone", "courriel", "date_de_naissance", "numéro_de_sécurité_sociale", "adresse"],
    "es": ["nombre", "teléfono", "correo", "fecha_de_nacimiento", "DNI", "domicilio"],
    "it": ["nome", "telefono", "email", "data_di_nascita", "codice_fiscale", "indirizzo"],
    "pt": ["nome", "telefone", "email", "data_de_nascimento", "NIF", "morada"],
    "nl": ["naam", "telefoon", "e-mail", "geboortedatum", "BSN", "adres"],
}
PLACEHOLDERS = {
    "en": ["[REDACTED]", "<redacted>", "XXX-XX-XXXX", "***", "n/a", None, "", "(not provided)", "Customer",
           "Guest", "Anonymous", "withheld", "XXX-XXX-XXXX", "██████"],
    "de": ["[geschwärzt]", "[entfernt]", "***", "k. A.", None, "", "(nicht angegeben)", "Kunde", "Gast", "anonym"],
    "fr": ["[masqué]", "[supprimé]", "***", "n/c", None, "", "(non renseigné)", "Client", "Invité", "anonyme"],
    "es": ["[oculto]", "[eliminado]", "***", "n/d", None, "", "(no facilitado)", "Cliente", "Invitado", "Anónimo"],
    "it": ["[omissis]", "[oscurato]", "***", "n.d.", None, "", "(non fornito)", "Cliente", "Ospite", "anonimo"],
    "pt": ["[rasurado]", "[ocultado]", "***", "n/d", None, "", "(não indicado)", "Cliente", "Convidado", "anónimo"],
    "nl": ["[weggelakt]", "[verwijderd]", "***", "n.v.t.", None, "", "(niet opgegeven)", "Klant", "Gast", "anoniem"],
}


@frame("json_form_redacted", "json")
def f_form_redacted(r):
    lang = pick(r, LANGS)
    keys = FORM_KEYS[lang]
    contact = {k: pick(r, PLACEHOLDERS[lang]) for k in picks(r, keys, r.randint(3, 6))}
    args = {"form_id": pick(r, ["contact-us", "warranty-claim", "newsletter", "rma-request", "feedback"])
            + "-v" + str(r.randint(1, 9)),
            "submission": pat(r, "dddddd"),
            "fields": contact,
            "consent": {"marketing": False, "terms_version": "2024-" + pat(r, "dd")},
            "source": pick(r, ["web_form", "kiosk", "mobile_app", "import_csv"]),
            "redaction_applied": True}
    if maybe(r, 0.4):
        args["message"] = pick(r, {
            "en": ["Product arrived damaged, please advise.", "How do I reset the thermostat to factory settings?"],
            "de": ["Die Lieferung war unvollständig, bitte um Rückmeldung.", "Wie lange gilt die Garantie?"],
            "fr": ["Le colis est arrivé abîmé.", "Quelle est la durée de la garantie ?"],
            "es": ["El pedido llegó incompleto.", "¿Cuánto dura la garantía?"],
            "it": ["Il pacco è arrivato danneggiato.", "Quanto dura la garanzia?"],
            "pt": ["A encomenda chegou danificada.", "Qual é a duração da garantia?"],
            "nl": ["Het pakket kwam beschadigd aan.", "Hoe lang geldt de garantie?"],
        }[lang])
    name = pick(r, ["forms.submit", "crm.upsert_contact", "helpdesk.create_request", "dsar.log_request"])
    return tool_call(r, name, args, style="snake"), lang


@frame("json_kundenkonto_de", "json")
def f_kundenkonto(r):
    args = {"Kundennummer": pick(r, ["KD " + pat(r, "ddd dd ddd"), pat(r, "ddd-dd-dddd"), "K-" + pat(r, "dddddddd")]),
            "Vertragsnummer": "V" + pat(r, "dddd-dddd-dddd-dddd"),
            "Anrede": pick(r, ["Sehr geehrte Damen und Herren", "Sehr geehrte Kundin, sehr geehrter Kunde", "Hallo"]),
            "Name": pick(r, ["[geschwärzt]", "***", None]),
            "Geburtsdatum": pick(r, ["(nicht angegeben)", None, "[entfernt]"]),
            "Tarif": pick(r, ["Strom Öko Plus 24", "Gas Fix 12", "Mobil S Daten 10 GB", "Glasfaser 250"]),
            "Abschlag": money(r, 19, 180, "de"),
            "Fälligkeit": pick(r, ["15. des Monats", "zum Monatsersten", "vierteljährlich"]),
            "Kündigungsfrist": pick(r, ["4 Wochen zum Monatsende", "1 Monat", "3 Monate zum Laufzeitende"]),
            "Vorgang": pick(r, ["Tarifwechsel prüfen", "Abschlagsanpassung", "Umzug melden (Adresse folgt separat)",
                                "Mahnstufe 1 zurücksetzen"])}
    if maybe(r, 0.4):
        args["Rechnungsnr."] = "RE-" + pat(r, "dddd-dddddd")
    name = pick(r, ["crm.kundenkonto_abrufen", "billing.vertrag_aendern", "kundenservice.vorgang_anlegen"])
    return tool_call(r, name, args, style="snake"), "de"


PROJECTS = ["payments-gateway", "inventory-service", "checkout-web", "Darwin-sim", "project-kepler",
            "hermes-mailer", "atlas-maps", "apollo-router", "newton-physics", "euler-solver", "tesla-charging-api",
            "galileo-positioning"]


@frame("json_ci_build", "json")
def f_ci_build(r):
    major, minor, patch = r.randint(1, 12), r.randint(0, 30), r.randint(0, 40)
    args = {"repository": pick(r, ["platform/", "core/", "data/", "web/"]) + pick(r, PROJECTS),
            "branch": pick(r, ["main", "release/%d.%d" % (major, minor), "hotfix/%d.%d.%d" % (major, minor, patch),
                               "feature/dark-mode", "renovate/lockfile"]),
            "commit": pat(r, "hhhhhhh"),
            "build_number": "%s.%d" % (rdate(r, 2025, 2025).strftime("%Y%m%d"), r.randint(1, 12)),
            "target_version": "%d.%d.%d" % (major, minor, patch) + pick(r, ["", "-rc.1", "-beta.2", "+build.%d" % r.randint(100, 9999)]),
            "matrix": [{"os": pick(r, ["ubuntu-22.04", "windows-2022", "macos-14"]),
                        "runtime": pick(r, ["python3.11", "node20", "rust-1.78", "jdk21"])} for _ in range(r.randint(1, 3))],
            "env": {"LOG_LEVEL": pick(r, ["debug", "info"]),
                    "FEATURE_FLAGS": ",".join(picks(r, ["new-checkout", "dark-mode", "fast-search", "beta-api"], 2))},
            "timeout_minutes": pick(r, [30, 45, 60, 90])}
    if maybe(r, 0.4):
        args["windows_build"] = "10.0." + str(r.randint(17763, 26100)) + "." + str(r.randint(1000, 5000))
    if maybe(r, 0.3):
        args["issue_refs"] = ["#" + str(r.randint(100, 9999)) for _ in range(r.randint(1, 3))]
    name = pick(r, ["ci.trigger_build", "pipelines.run", "github.dispatch_workflow"])
    return tool_call(r, name, args), "en"


@frame("json_sql_query", "json")
def f_sql(r):
    d = rdate(r, 2019, 2025).isoformat()
    queries = [
        "SELECT COUNT(*) FROM customers WHERE email IS NULL AND phone IS NULL",
        "UPDATE users SET phone = NULL, date_of_birth = NULL WHERE deleted_at < '%s'" % d,
        "SELECT lot_no, COUNT(*) FROM batches WHERE lot_no LIKE '%s-%%' GROUP BY lot_no" % pat(r, "ddd-dd"),
        "SELECT sku, ean, SUM(qty) FROM stock WHERE warehouse = '%s' GROUP BY sku, ean" % pick(r, WAREHOUSES),
        "SELECT order_no, status FROM orders WHERE order_no = '%s'" % pat(r, "ddd-ddddddd-ddddddd"),
        "DELETE FROM sessions WHERE last_seen < now() - interval '%d days'" % r.randint(7, 400),
        "SELECT region, AVG(delivery_hours) FROM shipments WHERE shipped_on >= '%s' GROUP BY region" % d,
        "ALTER TABLE contacts ADD COLUMN ssn_hash CHAR(64) NULL",
        "SELECT part_no, serial_no FROM devices WHERE serial_no BETWEEN '%s' AND '%s'" % (pat(r, "dddd-dddd"), pat(r, "dddd-dddd")),
        "SELECT COUNT(DISTINCT customer_id) FROM invoices WHERE total > %d" % r.randint(100, 10000),
    ]
    args = {"sql": pick(r, queries), "database": pick(r, ["warehouse_prod", "crm_replica", "analytics", "erp_eu"]),
            "timeout_ms": pick(r, [5000, 30000, 120000]), "read_only": maybe(r, 0.7)}
    if maybe(r, 0.4):
        args["explain"] = True
    name = pick(r, ["db.query", "sql.run", "warehouse.execute"])
    return tool_call(r, name, args), "en"


@frame("json_log_search", "json")
def f_log_search(r):
    svc = pick(r, ["checkout", "payments", "search", "inventory", "auth", "pdf-renderer", "label-printer"])
    args = {"query": "service:%s AND status:%s" % (svc, pick(r, ["503", "500", "429", "404", ">=400"])),
            "from": iso_ts(r, 2025, 2025), "to": iso_ts(r, 2025, 2025),
            "limit": pick(r, [20, 50, 100, 500]),
            "fields": picks(r, ["timestamp", "level", "message", "trace_id", "span_id", "duration_ms", "host", "build"],
                            r.randint(3, 6)),
            "group_by": pick(r, ["host", "route", "build", None])}
    if maybe(r, 0.5):
        args["sample"] = {"trace_id": pat(r, "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh"), "host": svc + "-" + pat(r, "dd"),
                          "message": pick(r, ["upstream timed out after 30000 ms", "lot 482-19-7730 not found",
                                              "retrying (attempt 3/5)", "cache miss for sku WID-0412",
                                              "pdf font 'Gill Sans' substituted by 'Helvetica'"])}
    name = pick(r, ["logs.search", "observability.query", "elastic.search_logs"])
    return tool_call(r, name, args), "en"


STATIONS = ["Berlin Hbf (tief)", "Amsterdam Centraal", "Paris Gare de Lyon", "Paris Saint-Lazare",
            "Madrid Puerta de Atocha", "Milano Centrale", "Lisboa Santa Apolónia", "Wien Hbf", "Zürich HB",
            "Bruxelles-Midi", "Köln Hbf", "Venezia Santa Lucia", "Sevilla Santa Justa", "Porto Campanhã",
            "Rotterdam Centraal", "München Hbf", "St. Gallen", "Sankt Anton am Arlberg"]
TRAINS = ["ICE", "IC", "EC", "TGV INOUI", "Frecciarossa", "Alvia", "Alfa Pendular", "Intercity Direct",
          "Railjet", "Nightjet", "Eurostar", "Italo", "Ouigo", "AVE"]


@frame("json_transit_departures", "json")
def f_transit(r):
    st = pick(r, STATIONS)
    deps = []
    for _ in range(r.randint(2, 5)):
        deps.append({"train": pick(r, TRAINS) + " " + pat(r, pick(r, ["ddd", "dddd"])),
                     "destination": pick(r, [s for s in STATIONS if s != st]),
                     "platform": pick(r, ["1", "3a", "7", "12", "15 D-F", "22"]),
                     "scheduled": hhmm(r), "delay_min": pick(r, [0, 0, 0, 3, 5, 12, 25, 40])})
    if maybe(r, 0.3):
        deps.append({"train": pick(r, ["Glacier Express", "Bernina Express", "Venice Simplon-Orient-Express"]),
                     "destination": pick(r, ["St. Moritz", "Tirano", "Venezia Santa Lucia"]),
                     "platform": str(r.randint(1, 14)), "scheduled": hhmm(r), "delay_min": 0})
    args = {"station": st, "date": rdate(r, 2025, 2026).isoformat(), "departures": deps,
            "language": pick(r, LANGS)}
    name = pick(r, ["transit.get_departures", "rail.departure_board", "timetable.lookup"])
    return tool_call(r, name, args), "en"


ARTWORK_TITLES = ["Still Life with Lemons", "View of a Harbour at Dusk", "The Fighting Temeraire (study)",
                  "Madonna of the Meadow (workshop copy)", "Girl with a Pearl Earring (19th-century copy)",
                  "Winter Landscape with Skaters", "Saint Jerome in his Study", "The Annunciation",
                  "Vase of Sunflowers (copy)", "Allegory of Vanity", "Saint Martin Dividing his Cloak",
                  "Interior of a Church at Night", "Portrait of a Young Woman", "Portrait of a Merchant"]


@frame("json_museum_object", "json")
def f_museum(r):
    y = r.randint(1480, 1920)
    args = {"accession_number": pat(r, pick(r, ["dddd.ddd.dd", "AA dddd", "dddd-dd-dd", "SK-A-dddd"])),
            "title": pick(r, ARTWORK_TITLES),
            "object_type": pick(r, ["painting", "drawing", "print", "tapestry", "panel"]),
            "date": pick(r, ["c. %d" % y, "%d–%d" % (y, y + r.randint(1, 10)), "late %dth century" % (y // 100 + 1)]),
            "medium": pick(r, ["oil on canvas", "oil on oak panel", "tempera and gold on wood", "red chalk on paper",
                               "wool and silk"]),
            "dimensions": "%d × %d cm" % (r.randint(20, 300), r.randint(20, 300)),
            "location": {"building": pick(r, ["Sainsbury Wing", "Darwin Building", "Philips Wing", "Denon Wing",
                                              "Sully Wing", "Ala Vasari"]),
                         "gallery": "Room " + str(r.randint(1, 66))},
            "attribution": pick(r, ["Unknown artist", "Workshop of an unknown Antwerp master",
                                    "Circle of the Master of the Saint Bartholomew Altarpiece",
                                    "Anonymous (Flemish school)", "Attributed to the Haarlem school"]),
            "credit_line": pick(r, ["Purchased with support of the Art Fund, %d" % r.randint(1950, 2020),
                                    "Gift of the Friends of the Museum, %d" % r.randint(1920, 2020),
                                    "Bequest, %d" % r.randint(1900, 2010), "On long-term loan from a private collection"])}
    name = pick(r, ["museum.lookup_object", "collections.update_record", "gallery.label_data"])
    return tool_call(r, name, args), "en"


BOOKS = ["Middlemarch", "Moby-Dick", "Don Quixote", "Madame Bovary", "Der Zauberberg", "Les Misérables",
         "Cien años de soledad", "Il Gattopardo", "Os Lusíadas", "De avonden", "Frankenstein", "Wuthering Heights",
         "Il nome della rosa", "Le Petit Prince", "Die Blechtrommel", "La Regenta", "Ensaio sobre a cegueira",
         "Het achterhuis", "Robinson Crusoe"]


@frame("json_library_isbn", "json")
def f_library(r):
    args = {"isbn": isbn13(r), "title": pick(r, BOOKS),
            "edition": pick(r, ["1st", "2nd rev.", "Penguin Classics", "annotated", "large print", "pocket"]),
            "call_number": pick(r, ["PQ %d .Z%d %d" % (r.randint(1000, 9999), r.randint(1, 9), r.randint(1950, 2023)),
                                    "%d.%d" % (r.randint(800, 899), r.randint(1, 99)),
                                    "GE %d %s" % (r.randint(100, 999), pat(r, "AAA"))]),
            "branch": pick(r, ["Humboldt Reading Room", "Central Library, floor 3", "Bodleian annex",
                               "Biblioteca Nacional – Sala Cervantes", "Newton Room"]),
            "copies_available": r.randint(0, 6),
            "due_back": rdate(r, 2025, 2026).isoformat(),
            "borrower": pick(r, ["[redacted]", None, "anonymous patron"])}
    name = pick(r, ["library.check_availability", "catalogue.find_item", "ils.hold_request"])
    return tool_call(r, name, args), "en"


@frame("json_patent_search", "json")
def f_patent(r):
    pubs = ["EP %s %s %s B1" % (pat(r, "d"), pat(r, "ddd"), pat(r, "ddd")),
            "US %s,%s,%s B2" % (pat(r, "dd"), pat(r, "ddd"), pat(r, "ddd")),
            "WO %d/%s A1" % (r.randint(2015, 2024), pat(r, "dddddd")),
            "DE 10 %d %s %s A1" % (r.randint(2015, 2024), pat(r, "ddd"), pat(r, "ddd")),
            "FR %s A1" % pat(r, "ddddddd"), "ES %s T3" % pat(r, "ddddddd")]
    args = {"publication_numbers": picks(r, pubs, r.randint(1, 4)),
            "ipc": pick(r, ["H04L 9/32", "B65G 1/137", "A61K 31/192", "G06N 3/08", "F16H 57/04", "B60L 53/16"]),
            "filed_after": rdate(r, 2010, 2020).isoformat(),
            "assignee": pick(r, ["Siemens AG", "Koninklijke Philips N.V.", "Bosch GmbH", "Ferrero S.p.A.",
                                 "Michelin", "Heineken", "(any)"]),
            "inventor": pick(r, ["(not disclosed)", None, "[redacted]"]),
            "keywords": picks(r, ["lithium", "heat exchanger", "conveyor", "neural network", "capsule", "tyre tread"], 2)}
    name = pick(r, ["patents.search", "ip.family_lookup", "espacenet.query"])
    return tool_call(r, name, args), "en"


@frame("json_customs_declaration", "json")
def f_customs(r):
    goods = [("8471.30.00", "Portable automatic data-processing machines, weight ≤ 10 kg"),
             ("6109.10.00", "T-shirts, knitted, of cotton"), ("0901.21.00", "Coffee, roasted, not decaffeinated"),
             ("9403.60.10", "Wooden furniture for dining rooms"), ("8517.13.00", "Smartphones"),
             ("2204.21.79", "Wine, in containers ≤ 2 l"), ("6403.99.93", "Footwear with leather uppers"),
             ("3004.90.00", "Medicaments, packaged for retail sale")]
    items = []
    for _ in range(r.randint(1, 3)):
        hs, desc = pick(r, goods)
        items.append({"hs_code": hs, "description": desc, "origin": pick(r, ["CN", "VN", "PT", "IT", "TR", "BR", "CH"]),
                      "net_mass_kg": round(r.uniform(0.3, 900), 2), "value_eur": round(r.uniform(20, 50000), 2)})
    args = {"declaration_type": pick(r, ["EX-A", "IM-A", "CO-A", "H7"]),
            "mrn": pat(r, "ddAAddddddddddddAd"),
            "goods": items,
            "incoterm": pick(r, ["DAP Rotterdam", "FCA Leipzig", "EXW Porto", "DDP Milano", "CIF Antwerpen"]),
            "container": pick(r, ["MSKU", "CMAU", "HLXU", "TGHU"]) + pat(r, "ddddddd"),
            "seal_number": pat(r, "dddddddd"),
            "consignor": pick(r, ["[on file]", None, "see commercial invoice"]),
            "invoice_no": pick(r, ["INV-", "Rechnungsnr. ", "Factura "]) + pat(r, "dddd-dd-dddd")}
    name = pick(r, ["customs.declare", "brokerage.file_entry", "trade.classify_goods"])
    return tool_call(r, name, args), "en"


@frame("json_lottery_draw", "json")
def f_lottery(r):
    game = pick(r, [("EuroMillions", "en", 50, 5, ("lucky_stars", 12, 2)),
                    ("Lotto 6aus49", "de", 49, 6, ("Superzahl", 9, 1)),
                    ("SuperEnalotto", "it", 90, 6, ("numero_jolly", 90, 1)),
                    ("La Primitiva", "es", 49, 6, ("reintegro", 9, 1)),
                    ("Euromilhões", "pt", 50, 5, ("estrelas", 12, 2)),
                    ("Loto", "fr", 49, 5, ("numéro_chance", 10, 1)),
                    ("Lotto", "nl", 45, 6, ("bonusgetal", 45, 1))])
    title, lang, hi, k, (bk, bhi, bn) = game
    args = {"game": title, "draw_number": "%d/%d" % (r.randint(1, 150), r.randint(2023, 2025)),
            "draw_date": fdate(r, rdate(r, 2024, 2025), lang),
            "numbers": sorted(r.sample(range(1, hi + 1), k)),
            bk: sorted(r.sample(range(0 if bhi == 9 else 1, bhi + 1), bn)),
            "jackpot": money(r, 1e6, 1.5e8, lang)}
    if maybe(r, 0.3):
        args["spiel77"] = pat(r, "ddddddd")
    name = pick(r, ["lottery.get_draw", "lotto.verify_ticket", "results.fetch"])
    return tool_call(r, name, args, style="snake"), lang


@frame("json_match_results", "json")
def f_matches(r):
    comp = pick(r, ["Bundesliga", "LaLiga", "Serie A", "Liga Portugal", "Eredivisie", "Ligue 1", "UEFA Europa League"])
    res = []
    for _ in range(r.randint(1, 4)):
        (h, venue), (a, _v) = picks(r, CLUBS, 2)
        res.append({"home": h, "away": a, "score": "%d–%d" % (r.randint(0, 5), r.randint(0, 4)),
                    "half_time": "%d–%d" % (r.randint(0, 2), r.randint(0, 2)), "venue": venue,
                    "attendance": r.randint(8000, 81365), "kick_off": hhmm(r, 13, 21)})
    args = {"competition": comp, "matchday": r.randint(1, 34), "season": "2024/25", "results": res}
    name = pick(r, ["sports.get_results", "football.matchday", "scores.update_table"])
    return tool_call(r, name, args), "en"


@frame("json_storm_tracker", "json")
def f_storm(r):
    args = {"storm_name": pick(r, STORMS), "advisory_number": r.randint(1, 48),
            "center": {"lat": round(r.uniform(10, 60), 1), "lon": round(r.uniform(-70, 20), 1)},
            "max_wind_kt": r.randint(35, 150), "min_pressure_hpa": r.randint(915, 1004),
            "movement": "%s at %d kt" % (pick(r, ["N", "NNE", "NE", "ENE", "E", "WNW", "NW"]), r.randint(5, 35)),
            "valid_time": iso_ts(r, 2023, 2025, ms=False),
            "warnings": picks(r, ["coastal flooding", "gale warning Beaufort 9", "Code Orange", "alerte rouge vent",
                                  "aviso rojo por oleaje", "allerta arancione"], r.randint(1, 3))}
    name = pick(r, ["weather.track_storm", "met.advisory", "alerts.storm_update"])
    return tool_call(r, name, args), "en"


@frame("json_design_palette", "json")
def f_palette(r):
    pal = []
    for _ in range(r.randint(2, 5)):
        kind = r.randrange(3)
        if kind == 0:
            pal.append({"name": pick(r, PAINTS), "code": "No. " + str(r.randint(1, 310)), "finish": pick(r, ["Estate Emulsion", "Modern Eggshell", "Full Gloss"])})
        elif kind == 1:
            pal.append({"name": pick(r, ["Classic Blue", "Peach Fuzz", "Viva Magenta", "Very Peri", "Illuminating"]),
                        "pantone": pat(r, "dd-dddd") + " TCX"})
        else:
            pal.append({"ral": "RAL " + pick(r, ["5015 Himmelblau", "3020 Verkehrsrot", "6005 Moosgrün",
                                                 "9010 Reinweiß", "7016 Anthrazitgrau", "1023 Verkehrsgelb"])})
    args = {"project": pick(r, ["spring campaign", "packaging refresh", "wayfinding signage", "annual report"]),
            "palette": pal,
            "fonts": {"heading": pick(r, FONTS), "body": pick(r, FONTS), "mono": pick(r, ["Courier", "Consolas", "Fira Code", "Menlo"])},
            "hex_primary": "#" + pat(r, "hhhhhh")}
    name = pick(r, ["design.set_palette", "brand.update_tokens", "figma.apply_styles"])
    return tool_call(r, name, args), "en"


@frame("json_garden_varieties", "json")
def f_garden(r):
    args = {"bed": pick(r, ["Border 3", "Kitchen garden", "Walled garden north", "Orchard row 2"]),
            "plants": [{"type": "rose", "variety": v, "colour": pick(r, ["apricot", "white", "pink", "crimson", "yellow"])}
                       for v in picks(r, ROSES, r.randint(1, 3))],
            "fruit_trees": [{"species": "apple", "variety": v, "rootstock": pick(r, ["M9", "M26", "MM106"])}
                            for v in picks(r, APPLES, r.randint(1, 3))],
            "planting_date": rdate(r, 2025, 2026).isoformat(),
            "spacing_cm": pick(r, [45, 60, 90, 150, 300]),
            "nursery_order": "Order " + pat(r, "ddd-ddd-dddd")}
    name = pick(r, ["garden.add_plant", "planner.schedule_planting", "nursery.reserve_stock"])
    return tool_call(r, name, args), "en"


@frame("json_robot_fleet", "json")
def f_robots(r):
    units = [{"model": pick(r, ROBOTS), "serial": "S/N " + pat(r, "dddd-dddd-dddd-dddd"),
              "firmware": "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 50)),
              "battery_pct": r.randint(5, 100), "zone": pick(r, ["dock", "aisle 14", "charging bay 2", "lab B"])}
             for _ in range(r.randint(1, 3))]
    args = {"fleet": pick(r, ["warehouse-west", "lab-automation", "hospital-logistics", "demo-floor"]),
            "units": units,
            "assistant_model": pick(r, AI_MODELS),
            "mission": pick(r, ["inventory scan", "thermal inspection", "sample transport", "door patrol"]),
            "schedule_cron": pick(r, ["0 6 * * 1-5", "*/30 * * * *", "15 22 * * *"])}
    name = pick(r, ["robots.dispatch", "fleet.update_status", "automation.schedule_mission"])
    return tool_call(r, name, args), "en"


@frame("json_facility_ticket", "json")
def f_facility(r):
    args = {"building": pick(r, ["Darwin Building", "Turing Building", "Faraday Wing", "Maxwell Hall", "Pasteur-Gebäude",
                                 "Bâtiment Curie", "Edificio Aula Magna", "Huygensgebouw", "Kepler Tower", "Newton Annex",
                                 "Mendel Pavilion"]),
            "room": pick(r, ["%d.%03d" % (r.randint(0, 6), r.randint(1, 120)), "B-" + pat(r, "ddd"), "Lab " + pat(r, "dd")]),
            "asset_tag": "AT-" + pat(r, "dddddd"),
            "serial_no": pat(r, "AAddddddddd"),
            "issue": pick(r, ["Fume hood alarm E-17", "Projector lamp hours exceeded", "Cold room at +9 °C",
                              "Door access reader offline", "Leaking tap, basin 2", "Autoclave cycle aborted (code 42)"]),
            "priority": pick(r, ["P1", "P2", "P3", "P4"]),
            "reported_by": pick(r, ["Facilities desk", "Building management system", "Night porter", "anonymous"]),
            "due": iso_ts(r, 2025, 2025, ms=False)}
    name = pick(r, ["facilities.create_ticket", "cafm.work_order", "maintenance.log_fault"])
    return tool_call(r, name, args), "en"


@frame("json_device_register", "json")
def f_device(r):
    args = {"device_type": pick(r, ["label printer", "barcode scanner", "thermal camera", "POS terminal", "data logger"]),
            "model": pick(r, ["ZT411", "TC52", "FLIR E8", "PX-90", "Testo 174T", "CT-40"]),
            "serial_number": pick(r, [cardish(r), pat(r, "AAAAddddddd"), pat(r, "dddd-dddd-dddd")]),
            "firmware": pick(r, ["V85.20.23Z", "11-49-15.00-RG-U00", "3.4.1 build 772", "10.0.19045.3570"]),
            "location": pick(r, ["Packing line 4", "Goods-in dock 2", "Freezer 3", "Counter 1"]),
            "warranty_until": rdate(r, 2025, 2029).isoformat(),
            "purchase_order": "PO " + ssnish(r)}
    name = pick(r, ["devices.register", "mdm.enroll", "assets.create"])
    return tool_call(r, name, args), "en"


@frame("json_regulation_lookup", "json")
def f_regulation(r):
    cites = ["Regulation (EU) 2016/679, Art. 6(1)(f)", "§ 312g BGB", "Art. 246a § 1 Abs. 2 EGBGB",
             "Directive 2011/83/EU", "Art. 1240 Code civil", "Ley 34/2002 (LSSI), art. 21",
             "D.Lgs. 196/2003, art. 130", "Decreto-Lei n.º 7/2004", "Burgerlijk Wetboek 6:162",
             "Regulation (EC) No 178/2002, Art. 19", "Regulation (EU) 2023/1230", "§ 40 Abs. 1a LFGB",
             "Art. 82 DSGVO", "Loi n° 78-17 du 6 janvier 1978"]
    args = {"citations": picks(r, cites, r.randint(1, 3)),
            "language": pick(r, LANGS),
            "standards": picks(r, ["DIN EN ISO 9001:2015", "ISO/IEC 27001:2022", "EN 1090-2:2018", "IEC 60601-1:2005+A2:2020",
                                   "DIN 5008:2020-03", "ISO 8601-1:2019"], r.randint(0, 2)),
            "as_of": rdate(r, 2024, 2025).isoformat(),
            "include_recitals": maybe(r)}
    name = pick(r, ["legal.lookup", "compliance.fetch_text", "regdb.search"])
    return tool_call(r, name, args), "en"


@frame("json_spreadsheet_update", "json")
def f_sheet(r):
    prods = ["Ben & Jerry's Cookie Dough 465 ml", "Dr. Oetker Ristorante Funghi", "Kellogg's Corn Flakes 500 g",
             "Heinz Tomato Ketchup 570 g", "Ferrero Rocher T16", "Wendy's gift card display", "Nestlé KitKat 4-finger",
             "Barilla Spaghetti n.5", "Campari 0,7 l", "Häagen-Dazs Vanilla 460 ml"]
    rows = [[pick(r, prods), ean13(r), money(r, 0.99, 24.99, "en"), "Lot " + ssnish(r)] for _ in range(r.randint(2, 5))]
    c = pick(r, "BCD")
    args = {"spreadsheet_id": pick(r, ["inventory-2025-q1", "promo-planning", "price-list-master"]),
            "range": "Sheet1!%s2:%s%d" % (c, chr(ord(c) + 3), 1 + len(rows)),
            "values": rows, "value_input_option": "USER_ENTERED"}
    name = pick(r, ["sheets.update_range", "spreadsheet.write", "gsheets.values_update"])
    return tool_call(r, name, args, style="camel"), "en"


@frame("json_pharmacy_stock", "json")
def f_pharmacy(r):
    lang = pick(r, ["de", "fr", "it", "es", "pt", "nl"])
    drug = pick(r, ["Ibuprofen 400 mg Filmtabletten", "Paracetamol 500 mg", "Amoxicillin 1000 mg",
                    "Loratadin 10 mg", "Omeprazol 20 mg", "Cetirizin 10 mg", "Diclofenac-Gel 1 %"])
    if lang == "de":
        args = {"PZN": pat(r, "dddddddd"), "Präparat": drug, "Packungsgröße": pick(r, ["N1 (20 St.)", "N2 (50 St.)", "N3 (100 St.)"]),
                "Ch.-B.": pick(r, [pat(r, "dAdddd"), ssnish(r)]), "verwendbar_bis": "%02d/%d" % (r.randint(1, 12), r.randint(2025, 2028)),
                "ATC": pick(r, ["M01AE01", "N02BE01", "J01CA04", "R06AX13", "A02BC01"]),
                "Lagerort": "Kommissionierautomat Kanal " + str(r.randint(1, 400))}
    elif lang == "fr":
        args = {"CIP13": "34009 " + pat(r, "ddd ddd d d"), "spécialité": drug, "lot": pat(r, "AAdddd"),
                "péremption": "%02d/%d" % (r.randint(1, 12), r.randint(2025, 2028)),
                "numéro_AMM": pat(r, "dddddddd"), "emplacement": "tiroir " + pat(r, "A-dd")}
    elif lang == "it":
        args = {"AIC": "A.I.C. n. " + pat(r, "ddddddddd"), "farmaco": drug, "lotto": pat(r, "AAdddd"),
                "scadenza": "%02d/%d" % (r.randint(1, 12), r.randint(2025, 2028)), "scaffale": "S" + pat(r, "dd")}
    elif lang == "es":
        args = {"código_nacional": "CN " + pat(r, "dddddd.d"), "medicamento": drug, "lote": pat(r, "AAdddd"),
                "caducidad": "%02d/%d" % (r.randint(1, 12), r.randint(2025, 2028)), "ubicación": "cajón " + pat(r, "dd")}
    elif lang == "pt":
        args = {"n.º_de_registo": pat(r, "ddddddd"), "medicamento": drug, "lote": pat(r, "AAdddd"),
                "validade": "%02d/%d" % (r.randint(1, 12), r.randint(2025, 2028)), "prateleira": pat(r, "A-d")}
    else:
        args = {"RVG": "RVG " + pat(r, "ddddd"), "geneesmiddel": drug, "partij": pat(r, "AAdddd"),
                "houdbaar_tot": "%02d-%d" % (r.randint(1, 12), r.randint(2025, 2028)), "locatie": "lade " + pat(r, "dd")}
    args["quantity"] = r.randint(0, 120)
    name = pick(r, ["pharmacy.check_stock", "apotheke.bestand_pruefen", "warehouse.reserve_medicine"])
    return tool_call(r, name, args, style="snake"), lang


@frame("json_deploy_config_kebab", "json")
def f_deploy(r):
    args = {"release_train": pick(r, ["Bernina", "Glacier", "Rheingold", "Orient", "Flying Scotsman", "Mistral", "Settebello"]),
            "build_id": "%s-rc.%d" % (rdate(r, 2025, 2025).strftime("%Y.%m.%d"), r.randint(1, 9)),
            "max_retries": r.randint(1, 10), "canary_percent": pick(r, [1, 5, 10, 25, 50]),
            "region": pick(r, ["eu-central-1", "eu-west-3", "europe-west4", "westeurope", "eu-south-2"]),
            "image_tag": "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 99)),
            "health_check_path": pick(r, ["/healthz", "/ready", "/status"]),
            "owner_team": pick(r, ["platform-sre", "payments", "search-relevance", "data-eng"]),
            "maintenance_window": "%s %s–%s UTC" % (pick(r, WEEKDAYS["en"]), hhmm(r, 0, 3), hhmm(r, 4, 6))}
    name = pick(r, ["deploy.apply_config", "release.promote", "k8s.rollout"])
    return tool_call(r, name, args, style="kebab"), "en"


@frame("json_support_ticket_anon", "json")
def f_support(r):
    lang = pick(r, LANGS)
    summaries = {
        "en": "Dear Support, the printer shows error E-04 after firmware 3.4.1. Regards, a customer",
        "de": "Sehr geehrte Damen und Herren, das Gerät (Seriennummer siehe unten) startet nicht mehr.",
        "fr": "Bonjour, le numéro de série indiqué sur l'étiquette est illisible. Cordialement.",
        "es": "Hola: el número de serie no coincide con la factura. Un saludo.",
        "it": "Buongiorno, il codice articolo sul DDT è diverso da quello sulla scatola.",
        "pt": "Bom dia, o número de série está apagado na etiqueta. Obrigado.",
        "nl": "Goedendag, het serienummer op de doos komt niet overeen met het apparaat.",
    }
    args = {"case_number": "CAS-" + pat(r, "dddddd") + "-" + pat(r, "AXAX"),
            "requester": pick(r, ["Anonymous", "Guest", "Customer"]),
            "contact": {"email": None, "phone": pick(r, ["not provided", "[REDACTED]", None])},
            "product": pick(r, ["Tesla Wall Connector", "Ford Focus infotainment", "Philips Hue Bridge", "Bosch dishwasher SMS4"]),
            "serial": pick(r, ["S/N ", "Seriennummer ", "Numéro de série ", "Número de serie "]) + pat(r, "ddd-dd-dddd"),
            "summary": summaries[lang], "priority": pick(r, ["low", "normal", "high"])}
    name = pick(r, ["support.create_ticket", "zendesk.tickets_create", "helpdesk.open_case"])
    return tool_call(r, name, args), lang


@frame("json_playlist_opera", "json")
def f_playlist(r):
    tracks = []
    for _ in range(r.randint(2, 5)):
        if maybe(r):
            tracks.append({"work": pick(r, STAGE_WORKS), "excerpt": pick(r, ["Overture", "Act II finale", "Prelude",
                                                                             "Intermezzo", "Waltz", "Pas de deux"]),
                           "duration": "%d:%02d" % (r.randint(2, 14), r.randrange(60))})
        else:
            tracks.append({"artist": pick(r, BANDS), "track_no": r.randint(1, 14),
                           "duration": "%d:%02d" % (r.randint(2, 9), r.randrange(60))})
    args = {"playlist": pick(r, ["Sunday opera", "Road trip 2025", "Focus", "Ballet class warm-up"]),
            "tracks": tracks, "shuffle": maybe(r), "isrc_check": pat(r, "AA-XXX-dd-ddddd")}
    name = pick(r, ["music.add_to_playlist", "player.queue", "radio.schedule"])
    return tool_call(r, name, args), "en"


@frame("json_vessel_position", "json")
def f_vessel(r):
    args = {"vessel": pick(r, SHIPS), "imo": "IMO " + pat(r, "9dddddd"), "mmsi": pat(r, "2ddddddd") + pat(r, "d"),
            "call_sign": pat(r, "AAAd"), "flag": pick(r, ["PT", "MT", "PA", "LR", "NL", "NO", "BS", "GB"]),
            "position": {"lat": round(r.uniform(30, 60), 4), "lon": round(r.uniform(-20, 15), 4)},
            "sog_kn": round(r.uniform(0, 22), 1), "cog_deg": r.randint(0, 359),
            "destination": pick(r, ["NLRTM", "PTSIE", "DEHAM", "BEANR", "ESALG", "ITGOA"]),
            "eta": iso_ts(r, 2025, 2025, ms=False), "teu": r.randint(0, 24000)}
    name = pick(r, ["maritime.vessel_position", "ais.lookup", "port.expected_arrivals"])
    return tool_call(r, name, args), "en"


@frame("json_unit_convert", "json")
def f_units(r):
    opts = [(round(r.uniform(950, 1050), 2), "hPa", "inHg"), (r.randint(1, 500), "ft", "m"),
            (round(r.uniform(0.1, 40), 2), "Nm", "lbf·ft"), (r.randint(1, 300), "km/h", "kn"),
            (round(r.uniform(100, 900), 2), "MHz", "m (wavelength)"), (r.randint(1, 5000), "mg/dL", "mmol/L"),
            (r.randint(-40, 240), "°F", "°C"), (r.randint(1, 2000), "psi", "bar")]
    v, a, b = pick(r, opts)
    args = {"value": v, "from_unit": a, "to_unit": b, "precision": r.randint(0, 4)}
    if maybe(r, 0.4):
        args["context"] = pick(r, ["Euro pallet 1200 × 800 × 144 mm", "tyre pressure for 205/55 R16",
                                   "torque spec for M8 bolt, class 8.8", "barometer reading at 06:00 UTC",
                                   "part no. " + phoneish(r)])
    name = pick(r, ["units.convert", "calc.convert", "engineering.unit_conversion"])
    return tool_call(r, name, args), "en"


TRANSLATE_SRC = {
    "de": ["Die Lieferung erfolgt innerhalb von 3 bis 5 Werktagen. Bitte prüfen Sie die Ware bei Erhalt auf Transportschäden.",
           "Vor der ersten Inbetriebnahme die Bedienungsanleitung vollständig lesen und für späteres Nachschlagen aufbewahren.",
           "Die Seriennummer befindet sich auf dem Typenschild an der Rückseite des Geräts.",
           "Sehr geehrte Damen und Herren, unser Kundenservice ist am Heiligabend und an Silvester geschlossen."],
    "fr": ["Conserver à l'abri de la lumière et de l'humidité. Ne pas dépasser la dose recommandée.",
           "Le numéro de lot figure sur le fond de la boîte, à côté de la date de péremption."],
    "es": ["Consérvese en lugar fresco y seco. El número de lote y la fecha de caducidad figuran en el envase.",
           "Estimado cliente: su pedido saldrá de nuestro almacén el próximo lunes."],
    "it": ["Il codice articolo e il lotto sono stampati sul lato della confezione.",
           "Gentile cliente, la consegna è prevista entro venerdì."],
    "pt": ["O número de série encontra-se na etiqueta por baixo do aparelho.",
           "Caro cliente, a sua encomenda foi expedida hoje."],
    "nl": ["Het partijnummer staat op de onderkant van de verpakking.",
           "Geachte klant, uw bestelling wordt op woensdag geleverd."],
    "en": ["Store below 25 °C. Keep out of the sight and reach of children.",
           "The model number and serial number are printed on the rating plate."],
}


@frame("json_translate_request", "json")
def f_translate(r):
    src = pick(r, list(TRANSLATE_SRC))
    tgt = pick(r, [l for l in LANGS if l != src])
    args = {"source_lang": src, "target_lang": tgt, "text": pick(r, TRANSLATE_SRC[src]),
            "formality": pick(r, ["formal", "default", "informal"]),
            "glossary": pick(r, [None, "product-terms-v3", "legal-2024"])}
    name = pick(r, ["translate.text", "i18n.translate", "deepl.translate"])
    return tool_call(r, name, args), src


# --------------------------------------------------------------------------
# prose frames
# --------------------------------------------------------------------------

def bullets(r, items, mark=None):
    mark = mark or pick(r, ["- ", "* ", "• "])
    return "\n".join(mark + i for i in items)


@frame("prose_release_notes", "prose")
def p_release(r):
    major, minor, patch = r.randint(1, 12), r.randint(0, 30), r.randint(0, 20)
    proj = pick(r, ["Kepler", "Darwin", "Hermes", "Atlas", "Orion", "Galileo", "Apollo", "Newton", "Euler"])
    items = [
        "Fixed a crash when rendering labels in Helvetica Neue on Windows build 10.0.%d.%d." % (r.randint(19041, 22631), r.randint(1000, 4000)),
        "Lot numbers in the form 123-45-6789 are no longer mistaken for dates in CSV import (#%d)." % r.randint(100, 9999),
        "Upgraded the bundled OpenSSL to 3.0.%d to address CVE-%d-%d." % (r.randint(8, 15), r.randint(2022, 2025), r.randint(1000, 49999)),
        "The Darwin (macOS) installer is now notarised.",
        "Part numbers such as %s are preserved verbatim when exporting to PDF." % phoneish(r),
        "Timezone handling for Australia/Darwin and America/Vancouver corrected.",
        "The Turing test harness now runs in parallel (about 40 %% faster).",
        "Removed the deprecated --legacy-ssn-mask flag; masking now always uses XXX-XX-XXXX.",
        "Serial numbers with 16 digits (e.g. S/N %s) are displayed in groups of four." % pat(r, "dddd dddd dddd dddd"),
        "Added Dutch, Portuguese and Italian translations.",
        "Build %d.%d.%d+%s fixes a regression in the Euler solver introduced in %d.%d." % (major, minor, patch, pat(r, "hhhhhhh"), major, max(0, minor - 1)),
    ]
    d = rdate(r, 2024, 2025)
    head = "%s %d.%d.%d — %s" % (proj, major, minor, patch, fdate(r, d, "en", "long"))
    return "%s\n\n%s\n\n%s" % (head, bullets(r, picks(r, items, r.randint(3, 6))),
                               pick(r, ["Thanks to everyone who reported issues.", "Full changelog in CHANGELOG.md.",
                                        "Upgrade is recommended for all users.", "Checksums are listed on the downloads page."])), "en"


RECIPES_DE = {
    "Zwetschgendatschi": ["500 g Mehl", "1 Würfel Hefe", "1,5 kg Zwetschgen", "80 g Zucker", "Zimt"],
    "Prinzregententorte": ["6 Eier", "250 g Butter", "200 g Zartbitterschokolade", "Aprikosenkonfitüre"],
    "Fürst-Pückler-Eis": ["400 ml Sahne", "Erdbeeren", "Vanillemark", "Kakao", "Zucker"],
    "Bismarckhering mit Bratkartoffeln": ["4 Bismarckheringe", "800 g festkochende Kartoffeln", "2 Zwiebeln", "Schnittlauch"],
    "Königsberger Klopse": ["500 g gemischtes Hackfleisch", "Kapern", "1 Brötchen", "Zitrone", "Sahne"],
    "Schwarzwälder Kirschtorte": ["Kirschwasser", "Sauerkirschen", "600 ml Sahne", "Schokoladenraspel"],
}


@frame("prose_recipe_de", "prose")
def p_recipe_de(r):
    t = pick(r, list(RECIPES_DE))
    temp = pick(r, [160, 175, 180, 200])
    if t in ("Bismarckhering mit Bratkartoffeln", "Königsberger Klopse"):
        steps = ["Kartoffeln am Vortag kochen und abkühlen lassen.",
                 "Zwiebeln in Ringe schneiden und in Butter glasig dünsten.",
                 "Die Klopse %d Minuten in siedendem Salzwasser garen." % r.randint(10, 20),
                 "Die Soße mit Kapern, Zitronensaft und einem Schuss Sahne abschmecken.",
                 "Mit Schnittlauch bestreuen und sofort servieren.",
                 "In der Pfanne %d Minuten goldbraun braten." % r.randint(8, 15)]
    else:
        steps = ["Den Backofen auf %d °C Ober-/Unterhitze (Umluft %d °C) vorheizen." % (temp, temp - 20),
                 "Alle Zutaten auf Zimmertemperatur bringen.",
                 "Den Teig %d Minuten an einem warmen Ort gehen lassen." % r.randint(20, 60),
                 "Im unteren Drittel des Ofens %d–%d Minuten backen." % (r.randint(20, 35), r.randint(36, 50)),
                 "Vor dem Servieren mindestens %d Stunden im Kühlschrank durchziehen lassen." % r.randint(2, 8),
                 "Mit Puderzucker bestäuben und lauwarm servieren."]
    text = "%s\n\nZutaten für %d Portionen:\n%s\n\nZubereitung:\n%s\n\nZubereitungszeit: ca. %d Minuten · Schwierigkeit: %s" % (
        t, r.randint(2, 12), bullets(r, RECIPES_DE[t]),
        "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(picks(r, steps, r.randint(3, 5)))),
        r.randint(25, 180), pick(r, ["leicht", "mittel", "anspruchsvoll"]))
    if maybe(r, 0.4):
        text += "\nTipp: Am %s schmeckt's noch besser – ideal für den Sonntagskaffee im %s." % (
            pick(r, WEEKDAYS["de"]), pick(r, MONTHS["de"]))
    return text, "de"


RECIPES_FR = {
    "Crêpes Suzette": ["250 g de farine", "4 œufs", "50 cl de lait", "1 orange non traitée", "Grand Marnier"],
    "Pêche Melba": ["4 pêches", "coulis de framboise", "glace vanille", "amandes effilées"],
    "Tarte Tatin": ["6 pommes Reinette", "150 g de sucre", "100 g de beurre", "1 pâte brisée"],
    "Poulet Marengo": ["1 poulet découpé", "tomates", "champignons", "vin blanc", "ail"],
    "Madeleines de Commercy": ["3 œufs", "150 g de sucre", "200 g de farine", "zeste de citron"],
    "Sole meunière": ["2 soles", "beurre", "farine", "persil", "citron"],
}


@frame("prose_recipe_fr", "prose")
def p_recipe_fr(r):
    t = pick(r, list(RECIPES_FR))
    if t in ("Poulet Marengo", "Sole meunière"):
        steps = ["Fariner légèrement le poisson ou la viande.",
                 "Faire dorer dans le beurre %d minutes de chaque côté." % r.randint(3, 8),
                 "Déglacer au vin blanc et laisser réduire de moitié.",
                 "Laisser mijoter à couvert pendant %d minutes." % r.randint(20, 50),
                 "Parsemer de persil et arroser de jus de citron.",
                 "Servir aussitôt avec des pommes vapeur."]
    else:
        steps = ["Préchauffer le four à %d °C (thermostat %d)." % ((th := r.randint(5, 8)) * 30, th),
                 "Laisser reposer la pâte %d minutes au frais." % r.randint(15, 60),
                 "Faire caraméliser le sucre à feu moyen sans remuer.",
                 "Enfourner pour %d minutes environ." % r.randint(15, 45),
                 "Servir tiède, éventuellement avec une boule de glace.",
                 "Flamber au moment de servir, hors du feu."]
    return "%s\n\nIngrédients (pour %d personnes) :\n%s\n\nPréparation :\n%s\n\nTemps total : %d min — Coût : %s" % (
        t, r.randint(2, 8), bullets(r, RECIPES_FR[t]),
        "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(picks(r, steps, r.randint(3, 5)))),
        r.randint(20, 120), pick(r, ["bon marché", "moyen", "assez cher"])), "fr"


RECIPES_ES = {
    "Tortilla de patatas": ["6 huevos", "700 g de patatas", "1 cebolla", "aceite de oliva virgen extra", "sal"],
    "Pollo a la Villeroy": ["4 pechugas", "bechamel espesa", "pan rallado", "huevo batido"],
    "Crema catalana": ["1 l de leche", "8 yemas", "piel de limón", "canela en rama", "azúcar"],
    "Huevos a la flamenca": ["4 huevos", "sofrito de tomate", "guisantes", "chorizo", "espárragos"],
    "Gazpacho andaluz": ["1 kg de tomates maduros", "1 pimiento verde", "1 pepino", "pan del día anterior", "vinagre de Jerez"],
    "Pan de Cádiz": ["mazapán", "batata confitada", "cabello de ángel", "yema"],
}


@frame("prose_recipe_es", "prose")
def p_recipe_es(r):
    t = pick(r, list(RECIPES_ES))
    if t in ("Crema catalana", "Pan de Cádiz"):
        steps = ["Infusionar la leche con la piel de limón y la canela.", "Batir las yemas con el azúcar hasta blanquear.",
                 "Cocer a fuego suave sin dejar de remover durante %d minutos." % r.randint(5, 15),
                 "Refrigerar al menos %d horas." % r.randint(2, 12), "Quemar el azúcar con una pala caliente justo antes de servir.",
                 "Decorar con fruta confitada."]
    elif t == "Gazpacho andaluz":
        steps = ["Trocear las hortalizas y remojar el pan.", "Triturar todo con el aceite y el vinagre.",
                 "Colar y rectificar de sal.", "Refrigerar al menos %d horas." % r.randint(2, 12),
                 "Servir frío, con un chorrito de aceite."]
    else:
        steps = ["Pelar y cortar las patatas en láminas finas.", "Calentar el horno a %d °C." % pick(r, [180, 200, 220]),
                 "Dejar reposar %d minutos antes de servir." % r.randint(5, 30),
                 "Freír a fuego medio durante %d minutos." % r.randint(8, 25),
                 "Rebozar en huevo batido y pan rallado.", "Cuajar a fuego lento y dar la vuelta con un plato."]
    return "%s\n\nIngredientes (%d raciones):\n%s\n\nElaboración:\n%s\n\nTiempo: %d minutos. Receta típica del %s." % (
        t, r.randint(2, 8), bullets(r, RECIPES_ES[t]),
        "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(picks(r, steps, r.randint(3, 5)))),
        r.randint(20, 150), pick(r, ["Día de San José", "verano", "recetario de la abuela", "norte de España", "mes de diciembre"])), "es"


@frame("prose_product_page_en", "prose")
def p_product_en(r):
    prod = pick(r, [("Cordless drill driver 18 V", "KX-7710"), ("Espresso machine, 15 bar", "EM-" + pat(r, "ddd")),
                    ("Robot vacuum with mopping pad", "RV-" + pat(r, "dd") + "S"), ("Air fryer 5.5 L", "AF" + pat(r, "dddd")),
                    ("Noise-cancelling headphones", "NC-" + pat(r, "ddd")), ("Tesla Model 3 all-weather floor mats", "TM3-" + pat(r, "ddd")),
                    ("Ford Focus Mk4 wiper blade set", "FF4-" + pat(r, "dddd"))])
    lines = ["%s — Model %s" % prod,
             pick(r, ["Item #", "Item no. ", "Art. no. "]) + pat(r, "dddddddd"),
             "MPN: " + phoneish(r),
             "EAN: " + ean13(r),
             "Price: " + money(r, 19, 699, "en", pick(r, ["EUR", "GBP"])) + pick(r, [" incl. VAT", " (was " + money(r, 700, 900, "en") + ")", ""]),
             "Dimensions: %d × %d × %d mm, weight %.1f kg" % (r.randint(80, 600), r.randint(80, 600), r.randint(40, 400), r.uniform(0.3, 12)),
             "In the box: " + ", ".join(picks(r, ["charger", "2 batteries", "carry case", "quick-start guide", "descaling tablets", "spare filter"], 3)),
             "Warranty: %d years; register your product with the serial number (S/N) printed on the base." % r.randint(1, 5),
             pick(r, ["Rated 4.%d/5 from %d reviews." % (r.randint(0, 9), r.randint(12, 4800)),
                      "Ships within 24 hours.", "Only %d left in stock." % r.randint(1, 9)])]
    return "\n".join(lines[:4] + picks(r, lines[4:], r.randint(3, 5))), "en"


@frame("prose_lab_protocol", "prose")
def p_lab(r):
    title = pick(r, ["Plasmid miniprep", "Gram stain of bacterial smears", "Kjeldahl nitrogen determination",
                     "Soxhlet extraction of lipids", "Bradford protein assay", "Western blot transfer"])
    steps = ["Centrifuge at %s × g for %d min at 4 °C." % (fmt_num(pick(r, [4000, 10000, 13000, 16000]), "en", 0), r.randint(1, 20)),
             "Resuspend the pellet in 250 µL buffer P1 (Cat. No. %s, Lot %s)." % (pat(r, "ddddd"), ssnish(r)),
             "Sterilise the loop in the Bunsen burner flame until red hot.",
             "Transfer to a 250 mL Erlenmeyer flask and swirl gently.",
             "Pour onto Petri dishes and incubate at 37 °C for %d h." % r.randint(12, 48),
             "Read absorbance at 595 nm on the plate reader (instrument S/N %s)." % pat(r, "dddd-dddd-dddd-dddd"),
             "Record the reagent lot (e.g. Lot %s) and expiry in the batch record." % dateish_code(r),
             "Use the Eppendorf 5424 in room B-%s; the Sorvall rotor is reserved for Thursday." % pat(r, "ddd"),
             "Stain with crystal violet for 60 s, then Gram's iodine for 60 s."]
    header = "Protocol: %s (SOP-%s, rev. %d)\nEffective: %s\nPrepared by: [initials on file]   Approved: QA" % (
        title, pat(r, "ddd-dd"), r.randint(1, 9), fdate(r, rdate(r, 2023, 2025), "en"))
    return header + "\n\n" + "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(picks(r, steps, r.randint(4, 7)))), "en"


@frame("prose_agb_de", "prose")
def p_agb(r):
    parts = [
        "Widerrufsbelehrung\n\nSie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu widerrufen. "
        "Die Widerrufsfrist beträgt vierzehn Tage ab dem Tag, an dem Sie oder ein von Ihnen benannter Dritter, der nicht der "
        "Beförderer ist, die Waren in Besitz genommen haben.",
        "Das Widerrufsrecht besteht nicht bei Verträgen zur Lieferung von Waren, die nach Kundenspezifikation angefertigt "
        "werden (§ 312g Abs. 2 Nr. 1 BGB).",
        "Die Informationspflichten ergeben sich aus Art. 246a § 1 Abs. 2 EGBGB.",
        "Muster-Widerrufsformular\nAn: [Name und Anschrift des Unternehmers]\nHiermit widerrufe(n) ich/wir den von mir/uns "
        "abgeschlossenen Vertrag über den Kauf der folgenden Waren: ______\nBestellt am ______ / erhalten am ______\n"
        "Name des/der Verbraucher(s): ______\nAnschrift des/der Verbraucher(s): ______\nDatum: ______",
        "Die Verarbeitung personenbezogener Daten erfolgt gemäß Art. 6 Abs. 1 lit. b DSGVO (Verordnung (EU) 2016/679).",
        "Gerichtsstand ist, soweit gesetzlich zulässig, der Sitz des Anbieters. Es gilt das Recht der Bundesrepublik Deutschland "
        "unter Ausschluss des UN-Kaufrechts (CISG).",
        "Stand: %s. Version %d.%d." % (fdate(r, rdate(r, 2022, 2025), "de"), r.randint(1, 9), r.randint(0, 9)),
    ]
    txt = "\n\n".join(picks(r, parts, r.randint(3, 5)))
    if maybe(r, 0.4):
        txt = "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere aktuellen AGB.\n\n" + txt
    return txt, "de"


@frame("prose_gdpr_terms_en", "prose")
def p_gdpr(r):
    parts = [
        "This Data Processing Addendum forms part of the Agreement and reflects the parties' agreement with regard to the "
        "processing of personal data in accordance with Regulation (EU) 2016/679 (\"GDPR\").",
        "The Processor shall implement appropriate technical and organisational measures as described in Annex II, "
        "including certification to ISO/IEC 27001:2022.",
        "Transfers to third countries are governed by the Standard Contractual Clauses adopted by Commission Implementing "
        "Decision (EU) 2021/914, Module Two.",
        "The categories of data subjects are described in Schedule 1; no special categories within the meaning of Article 9 GDPR are processed.",
        "Sub-processors are listed in Annex III. The Controller will be notified at least %d days before any change." % pick(r, [14, 30, 60]),
        "Personal data breaches shall be notified without undue delay and in any event within %d hours (Article 33)." % pick(r, [24, 36, 48]),
        "Signed for and on behalf of the Controller: ____________  Title: ____________  Date: ____________",
        "Version %d.%d, effective %s." % (r.randint(1, 5), r.randint(0, 9), fdate(r, rdate(r, 2022, 2025), "en")),
    ]
    return "\n\n".join(picks(r, parts, r.randint(3, 5))), "en"


@frame("prose_factuur_nl", "prose")
def p_factuur(r):
    lines = []
    total = 0.0
    for _ in range(r.randint(2, 5)):
        q = r.randint(1, 40)
        p = round(r.uniform(1.5, 180), 2)
        total += q * p
        lines.append("%s  %-28s %3d × %s" % (pat(r, pick(r, ["ddd-ddd-dddd", "dddddd", "dd.ddd.dd"])),
                                             pick(r, ["Hagelslag puur 400 g", "Stroopwafels doos 12", "Fietsslot ART-2",
                                                      "Tulpenbollen mix", "Koffiebonen 1 kg", "Kaasschaaf rvs"]), q, fmt_money(p, "nl")))
    btw = total * 0.21
    d = rdate(r, 2024, 2025)
    txt = ("Factuur %s\nFactuurdatum: %s\nDebiteurnummer: %s\nUw referentie: %s\n\nGeachte klant,\n\nHierbij ontvangt u de factuur "
           "voor de onderstaande levering.\n\n%s\n\nSubtotaal: %s\nBTW 21%%: %s\nTotaal: %s\n\nBetaling binnen %d dagen onder "
           "vermelding van het factuurnummer.\nMet vriendelijke groet,\nAfdeling Debiteurenbeheer") % (
        pat(r, "dddd-ddddd"), fdate(r, d, "nl"), pick(r, ["[verwijderd]", "n.v.t.", "zie klantportaal"]),
        pick(r, ["Bestelling " + pat(r, "ddd-dd-dddd"), "Inkooporder " + pat(r, "dddddddd"), "—"]),
        "\n".join(lines), fmt_money(total, "nl"), fmt_money(btw, "nl"), fmt_money(total + btw, "nl"), pick(r, [14, 30]))
    return txt, "nl"


@frame("prose_customs_form_en", "prose")
def p_cn23(r):
    hs = pick(r, ["6109.10.00", "4901.99.00", "9503.00.70", "3304.99.00", "0902.30.00", "6204.42.00"])
    txt = ("CUSTOMS DECLARATION CN 23\nSender: ______________________\nAddressee: ______________________\n"
           "Category of item: [ ] Gift  [%s] Commercial sample  [ ] Documents  [%s] Sale of goods\n"
           "Detailed description of contents: %s\nQuantity: %d   Net weight: %.2f kg   Value: %s\n"
           "HS tariff number: %s   Country of origin of goods: %s\n"
           "Licence No.: n/a   Certificate No.: n/a   Invoice No.: %s\n"
           "Date and sender's signature: ____________________") % (
        pick(r, ["x", " "]), pick(r, ["x", " "]),
        pick(r, ["cotton T-shirts", "printed books", "wooden toy train", "face cream 50 ml", "green tea 250 g", "linen dress"]),
        r.randint(1, 20), r.uniform(0.1, 9.9), money(r, 5, 300, "en"), hs,
        pick(r, ["PT", "DE", "IT", "ES", "NL", "FR", "CN"]), "INV-" + pat(r, "dddd-dd-dddd"))
    if maybe(r, 0.4):
        txt += "\nItem barcode: %s   Postal parcel no.: %s" % (pat(r, "AAdddddddddAA"), pat(r, "dddd dddd dddd dddd"))
    return txt, "en"


@frame("prose_picking_list", "prose")
def p_picking(r):
    d = rdate(r, 2025, 2025)
    head = "PICK LIST PL-%s-%02d | Wave %d | Station %d | %s %s" % (d.strftime("%Y-%m-%d"), r.randint(1, 30), r.randint(1, 9),
                                                                     r.randint(1, 24), wday(d, "en"), hhmm(r, 5, 22))
    rows = ["BIN        SKU          EAN            QTY  LOT"]
    for _ in range(r.randint(3, 8)):
        rows.append("%-10s %-12s %s %4d %s" % (pat(r, "A-dd-dd"), pick(r, ["WID", "BRK", "GSK", "PMP", "CBL"]) + "-" + pat(r, "dddd"),
                                                ean13(r), r.randint(1, 60), pick(r, [ssnish(r), dateish_code(r), "L" + pat(r, "dddddd")])))
    foot = pick(r, ["Picker: [badge scan]", "Checked by: ______", "Short picks → report to team lead, ext. desk B",
                    "Carrier cut-off 16:30 — DHL Express / UPS Saver"])
    return "\n".join([head, ""] + rows + ["", foot]), "en"


@frame("prose_packungsbeilage_de", "prose")
def p_leaflet_de(r):
    drug = pick(r, ["Paracetamol 500 mg Tabletten", "Ibuprofen 400 mg Filmtabletten", "Cetirizin 10 mg Filmtabletten",
                    "Acetylcystein 600 mg Brausetabletten", "Loperamid 2 mg Hartkapseln"])
    parts = [
        "Gebrauchsinformation: Information für Anwender\n%s\nWirkstoff: siehe Abschnitt 6" % drug,
        "Lesen Sie die gesamte Packungsbeilage sorgfältig durch, bevor Sie mit der Einnahme dieses Arzneimittels beginnen.",
        "Erwachsene und Jugendliche ab 12 Jahren: 1 Tablette bis zu %d-mal täglich, im Abstand von mindestens %d Stunden." % (r.randint(2, 4), r.randint(4, 8)),
        "Nicht über 25 °C lagern. Arzneimittel für Kinder unzugänglich aufbewahren.",
        "Zul.-Nr.: %s.00.00   Ch.-B.: %s   verw. bis: %02d/%d" % (pat(r, "ddddd"), pick(r, [pat(r, "dAdddd"), ssnish(r)]), r.randint(1, 12), r.randint(2025, 2028)),
        "PZN %s" % pat(r, "dddddddd"),
        "Diese Packungsbeilage wurde zuletzt überarbeitet im %s %d." % (pick(r, MONTHS["de"]), r.randint(2019, 2024)),
        "Pharmazeutischer Unternehmer und Hersteller: siehe Faltschachtel.",
    ]
    return "\n\n".join([parts[0]] + picks(r, parts[1:], r.randint(3, 5))), "de"


@frame("prose_notice_fr", "prose")
def p_notice_fr(r):
    drug = pick(r, ["Paracétamol 1 g, comprimé", "Ibuprofène 200 mg, capsule molle", "Sérum physiologique, unidoses",
                    "Spray nasal à l'eau de mer", "Diosmine 600 mg, comprimé pelliculé"])
    parts = [
        "Notice : information de l'utilisateur\n%s" % drug,
        "Veuillez lire attentivement cette notice avant de prendre ce médicament.",
        "Numéro d'AMM : 34009 %s" % pat(r, "ddd ddd d d"),
        "Lot : %s    EXP : %02d/%d" % (pick(r, [pat(r, "AAdddd"), ssnish(r), pat(r, "dd dd dd dd dd")]), r.randint(1, 12), r.randint(2025, 2028)),
        "Ne pas dépasser %d comprimés par jour. Respecter un intervalle de %d heures entre deux prises." % (r.randint(3, 6), r.randint(4, 6)),
        "À conserver à une température ne dépassant pas 30 °C.",
        "La dernière date à laquelle cette notice a été révisée est : %s %d." % (pick(r, MONTHS["fr"]), r.randint(2019, 2024)),
        "Titulaire de l'autorisation de mise sur le marché : voir l'emballage extérieur.",
    ]
    return "\n\n".join([parts[0]] + picks(r, parts[1:], r.randint(3, 5))), "fr"


@frame("prose_museum_label", "prose")
def p_museum_label(r):
    lang = pick(r, ["en", "it", "nl", "fr"])
    y = r.randint(1500, 1910)
    inv = pick(r, [pat(r, "dddd.ddd.dd"), pat(r, "SK-A-dddd"), "Inv. " + pat(r, "dddd"), pat(r, "dddd-dd-dd")])
    if lang == "en":
        t = "%s\nNetherlands, c. %d\nOil on canvas, %d × %d cm\nInv. no. %s\n%s\n\n%s" % (
            pick(r, ARTWORK_TITLES), y, r.randint(30, 200), r.randint(30, 200), inv,
            pick(r, ["Gift of the Friends of the Museum, %d" % r.randint(1920, 2020), "Purchased, %d" % r.randint(1900, 2020)]),
            pick(r, ["The ship in the distance is thought to be the Brederode, flagship of the fleet.",
                     "The saint's day of Saint Martin, 11 November, was marked with lantern processions.",
                     "Shown in the Darwin Building until the Sainsbury Wing reopens."]))
    elif lang == "it":
        t = "%s\nScuola fiorentina, %d circa\nTempera su tavola, %d × %d cm\nN. inv. %s\nDeposito dalla Galleria degli Uffizi" % (
            pick(r, ["Annunciazione", "Madonna col Bambino", "San Giorgio e il drago", "Veduta del Canal Grande"]),
            y, r.randint(30, 200), r.randint(30, 200), inv)
    elif lang == "nl":
        t = "%s\nAnoniem, Haarlem, ca. %d\nOlieverf op paneel, %d × %d cm\nInv.nr. %s\nBruikleen van de Vereniging Rembrandt" % (
            pick(r, ["Winterlandschap met schaatsers", "Stilleven met citroen", "Gezicht op de haven", "Interieur van een kerk"]),
            y, r.randint(30, 200), r.randint(30, 200), inv)
    else:
        t = "%s\nAnonyme, école française, vers %d\nHuile sur toile, %d × %d cm\nN° d'inventaire %s\nDon de la Société des Amis du musée, %d" % (
            pick(r, ["Nature morte aux pommes", "Vue du port au crépuscule", "Saint Jérôme dans son cabinet", "La Liseuse"]),
            y, r.randint(30, 200), r.randint(30, 200), inv, r.randint(1920, 2020))
    return t, lang


@frame("prose_resultados_es", "prose")
def p_resultados(r):
    jornada = r.randint(1, 38)
    lines = []
    for _ in range(r.randint(2, 5)):
        (h, v), (a, _) = picks(r, CLUBS, 2)
        lines.append("%s %d–%d %s (%s, %s espectadores; goles en los min. %s)" % (
            h, r.randint(0, 4), r.randint(0, 3), a, v, fmt_num(r.randint(8000, 80000), "es", 0),
            ", ".join(str(m) for m in sorted(r.sample(range(1, 91), r.randint(1, 3))))))
    d = rdate(r, 2024, 2025)
    return "Resultados de la jornada %d (%s, %s)\n\n%s\n\nPróxima jornada: %s a las %s. %s" % (
        jornada, wday(d, "es"), fdate(r, d, "es", "long"), "\n".join(lines), pick(r, WEEKDAYS["es"]), hhmm(r, 14, 21),
        pick(r, ["El Trofeo Pichichi sigue sin dueño.", "El Premio Zamora se decide en la última jornada.",
                 "El partido aplazado se jugará el Día de San José.", "VAR revisó dos penaltis."])), "es"


@frame("prose_weerbericht_nl", "prose")
def p_weer(r):
    d = rdate(r, 2024, 2025)
    return ("Weerbericht voor %s %s\n\n%s Maximumtemperatuur %d °C, minimum %d °C. Wind uit het %s, kracht %d Bft, "
            "in windstoten tot %d km/u. Luchtdruk %d hPa. %s") % (
        wday(d, "nl"), fdate(r, d, "nl", "long"),
        pick(r, ["Eerst zon, later vanuit het westen bewolking en enkele buien.", "Een grijze dag met motregen.",
                 "Storm Ciarán trekt over de Noordzee; code oranje voor de kustprovincies.",
                 "Het KNMI waarschuwt voor gladheid in het noorden."]),
        r.randint(-2, 31), r.randint(-8, 18), pick(r, ["zuidwesten", "noordwesten", "oosten", "zuiden"]), r.randint(2, 9),
        r.randint(40, 120), r.randint(975, 1040),
        pick(r, ["Zondag droger.", "Ook op Koningsdag blijft het wisselvallig.", "Het weekend wordt zonnig.",
                 "Met Sint-Maarten kans op een natte lampionnentocht."])), "nl"


@frame("prose_fahrplan_de", "prose")
def p_fahrplan(r):
    d = rdate(r, 2024, 2025)
    lines = []
    for _ in range(r.randint(2, 5)):
        lines.append("%s %s  ab %s  Gleis %s  → %s%s" % (pick(r, ["ICE", "IC", "RE", "RB", "S"]), pat(r, pick(r, ["dd", "ddd", "dddd"])),
                                                         hhmm(r), pick(r, ["1", "4a", "7", "12", "14 D–G"]),
                                                         pick(r, ["München Hbf", "Hamburg-Altona", "Köln Hbf", "Sankt Augustin",
                                                                  "St. Pölten Hbf", "Frankfurt (Main) Flughafen Fernbf"]),
                                                         pick(r, ["", "", " (+5)", " – fällt aus", " – Ersatzverkehr mit Bussen"])))
    return ("Fahrplanänderung ab %s\n\nWegen Bauarbeiten zwischen %s und %s gelten folgende Abfahrtszeiten:\n%s\n\n"
            "Bitte beachten Sie die Aushänge am Bahnsteig. Auskunft erhalten Sie am DB Reisezentrum (Mo–Fr 6:00–20:00).") % (
        fdate(r, d, "de"), pick(r, ["Fulda", "Würzburg", "Kassel-Wilhelmshöhe"]), pick(r, ["Hanau", "Göttingen", "Nürnberg"]),
        "\n".join(lines)), "de"


@frame("prose_server_logs", "prose")
def p_logs(r):
    lines = []
    ver = "%d.%d.%d+%s" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9), pat(r, "hhhhhhh"))
    for _ in range(r.randint(3, 8)):
        lvl = pick(r, ["INFO", "INFO", "WARN", "ERROR", "DEBUG"])
        msg = pick(r, ["GET /api/v2/stock/%s 200" % pat(r, "dddd"), "lot=%s not found in batch registry" % ssnish(r),
                       "order_no=%s status=SHIPPED" % pat(r, "ddd-ddddddd-ddddddd"), "retry 3/5 upstream=inventory-svc",
                       "font fallback: 'Frutiger' -> 'Helvetica'", "user=anonymous cart_items=%d" % r.randint(1, 9),
                       "tracking=%s carrier=DPD" % pat(r, "dddd dddd dddd dd"), "part_no=%s qty=%d" % (phoneish(r), r.randint(1, 99)),
                       "payment_status=declined reason=insufficient_funds masked_pan=****%s" % pat(r, "dddd"),
                       "cron job 'nightly-report' finished in %d.%03d s" % (r.randint(0, 300), r.randrange(1000))])
        lines.append("%s %-5s [%s] req_id=%s build=%s dur_ms=%d %s" % (
            iso_ts(r, 2025, 2025), lvl, pick(r, ["checkout", "search", "labels", "billing"]), pat(r, "hhhhhhhh-hhhh"),
            ver, r.randint(1, 4000), msg))
    return "\n".join(lines), "en"


@frame("prose_email_order_en", "prose")
def p_email_en(r):
    d = rdate(r, 2025, 2025)
    body = [
        pick(r, ["Dear Customer,", "Dear Sir or Madam,", "Hello,", "Dear valued customer,"]),
        "Thank you for your order no. %s placed on %s." % (pat(r, "ddd-ddddddd-ddddddd"), fdate(r, d, "en")),
        "Your parcel has been handed over to %s. Tracking number: %s." % (pick(r, ["DPD", "UPS", "DHL", "Royal Mail"]), cardish(r)),
        "Estimated delivery: %s between %s and %s." % (wday(d + _dt.timedelta(days=r.randint(1, 5)), "en"), hhmm(r, 8, 12), hhmm(r, 13, 18)),
        "Item: %s (Item # %s), qty %d." % (pick(r, ["Ben & Jerry's freezer bag", "Wendy's gift card holder", "Ford Focus roof bars",
                                                    "Tesla charging cable organiser", "Granny Smith apple peeler"]), phoneish(r), r.randint(1, 4)),
        "Your customer number is shown in your account; for security we do not include it in e-mails.",
        "Please keep your booking reference %s for any enquiries." % pat(r, "AXAXAX"),
        pick(r, ["Kind regards,\nCustomer Service Team", "Best wishes,\nThe Orders Team", "Regards,\nWarehouse Dispatch"]),
    ]
    return "\n\n".join([body[0]] + picks(r, body[1:-1], r.randint(3, 5)) + [body[-1]]), "en"


@frame("prose_email_client_fr", "prose")
def p_email_fr(r):
    d = rdate(r, 2025, 2025)
    body = [
        pick(r, ["Cher client,", "Chère cliente, cher client,", "Madame, Monsieur,", "Bonjour,"]),
        "Nous vous confirmons la réception de votre commande N° %s du %s." % (pat(r, "dd dd dd dd dd"), fdate(r, d, "fr")),
        "N° client : %s" % pick(r, ["[masqué]", "voir votre espace client", "non communiqué"]),
        "Référence de l'article : Réf. %s — %s." % (pat(r, "0d dd dd dd dd"), pick(r, ["Cafetière Bialetti 6 tasses", "Poêle Tefal 28 cm",
                                                                                          "Lampe Pipistrello", "Vélo Peugeot LR01"])),
        "Votre colis sera remis au transporteur %s. Numéro de suivi : %s." % (pick(r, ["Colissimo", "Chronopost", "Mondial Relay"]), pat(r, "dAdddddddddd")),
        "La livraison est prévue le %s %s." % (wday(d, "fr"), fdate(r, d + _dt.timedelta(days=3), "fr", "long")),
        "Conformément au Règlement (UE) 2016/679, vous pouvez exercer vos droits depuis votre espace client.",
        pick(r, ["Cordialement,\nLe service client", "Bien à vous,\nL'équipe Commandes", "Avec nos salutations distinguées,\nLe service après-vente"]),
    ]
    return "\n\n".join([body[0]] + picks(r, body[1:-1], r.randint(3, 5)) + [body[-1]]), "fr"


@frame("prose_email_cliente_it", "prose")
def p_email_it(r):
    d = rdate(r, 2025, 2025)
    body = [
        pick(r, ["Gentile Cliente,", "Gentile cliente,", "Spett.le Cliente,", "Buongiorno,"]),
        "la ringraziamo per l'ordine n. %s del %s." % (pat(r, "dddd/dd"), fdate(r, d, "it")),
        "Codice articolo: %s — %s, lotto %s." % (pat(r, "ddd-ddd-dddd"), pick(r, ["Moka Bialetti 3 tazze", "Lampada Arco", "Pasta Barilla n.5 (cartone)",
                                                                                    "Panettone Motta 1 kg"]), ssnish(r)),
        "La spedizione è affidata a %s; codice di tracciamento %s." % (pick(r, ["BRT", "GLS", "Poste Italiane", "SDA"]), pat(r, "dddddddddddddddd")),
        "Consegna prevista %s %s, fascia oraria %s–%s." % (wday(d, "it"), fdate(r, d + _dt.timedelta(days=2), "it", "long"), hhmm(r, 8, 12), hhmm(r, 13, 18)),
        "Codice cliente: %s" % pick(r, ["[omissis]", "disponibile nell'area riservata", "n.d."]),
        "Per la garanzia conservi lo scontrino e il numero di serie (S/N) riportato sotto l'apparecchio.",
        pick(r, ["Cordiali saluti,\nIl Servizio Clienti", "Distinti saluti,\nUfficio Spedizioni", "A presto,\nIl team di assistenza"]),
    ]
    return "\n\n".join([body[0]] + picks(r, body[1:-1], r.randint(3, 5)) + [body[-1]]), "it"


@frame("prose_email_cliente_pt", "prose")
def p_email_pt(r):
    d = rdate(r, 2025, 2025)
    body = [
        pick(r, ["Caro cliente,", "Prezado cliente,", "Exmo.(a) Senhor(a),", "Olá,"]),
        "Obrigado pela sua encomenda n.º %s de %s." % (pat(r, "ddd ddd ddd"), fdate(r, d, "pt")),
        "Artigo: %s (código %s, lote %s)." % (pick(r, ["Conservas Ramirez, caixa de 25", "Azeite Gallo 750 ml", "Galo de Barcelos em cerâmica",
                                                       "Pastéis de nata congelados (12)"]), pat(r, "ddd-dd-dddd"), pat(r, "dd/dddd")),
        "A sua encomenda segue por %s com o número de seguimento %s." % (pick(r, ["CTT Expresso", "DPD Portugal", "MRW"]), pat(r, "AAdddddddddAA")),
        "Entrega prevista na %s, %s." % (wday(d, "pt"), fdate(r, d + _dt.timedelta(days=2), "pt", "long")),
        "Número de cliente: %s" % pick(r, ["[rasurado]", "consulte a área de cliente", "n/d"]),
        "Fatura FT %s disponível na área de cliente." % pat(r, "dddd/dddddd"),
        pick(r, ["Com os melhores cumprimentos,\nA equipa de apoio ao cliente", "Atenciosamente,\nServiço de Encomendas",
                 "Cumprimentos,\nDepartamento de Expedição"]),
    ]
    return "\n\n".join([body[0]] + picks(r, body[1:-1], r.randint(3, 5)) + [body[-1]]), "pt"


@frame("prose_travel_notice_es", "prose")
def p_travel_es(r):
    o, d_ = picks(r, AIRPORTS, 2)
    d = rdate(r, 2025, 2026)
    body = [
        pick(r, ["Estimado cliente:", "Estimado/a pasajero/a:", "Hola:"]),
        "Le informamos de un cambio en su vuelo %s %s de %s a %s del %s." % (pick(r, ["IB", "VY", "UX", "I2"]), pat(r, "dddd"),
                                                                            o[1], d_[1], fdate(r, d, "es")),
        "Nueva hora de salida: %s (hora local). Puerta %s, terminal %s." % (hhmm(r), pick(r, "ABCDHJKMS") + str(r.randint(1, 60)), pick(r, ["1", "2", "4", "4S"])),
        "Localizador de reserva: %s" % pat(r, "AXAXAX"),
        "Nombre del pasajero: [oculto por seguridad]",
        "Su equipaje facturado se entregará en la cinta %d." % r.randint(1, 20),
        "Si el nuevo horario no le conviene, puede solicitar el reembolso conforme al Reglamento (CE) n.º 261/2004.",
        pick(r, ["Atentamente,\nAtención al Cliente", "Un saludo,\nEl equipo de Operaciones", "Gracias por volar con nosotros."]),
    ]
    return "\n\n".join([body[0]] + picks(r, body[1:-1], r.randint(3, 5)) + [body[-1]]), "es"


BLANK_FORMS = {
    "en": ["Name: ______", "Phone: [redacted]", "E-mail: n/a", "Date of birth: (not provided)", "SSN: XXX-XX-XXXX",
           "Address: <redacted>", "Customer: Guest", "Signature: ______", "Emergency contact: (none given)",
           "Card number: **** **** **** ****"],
    "de": ["Name: ______", "Telefon: [geschwärzt]", "E-Mail: k. A.", "Geburtsdatum: (nicht angegeben)",
           "Steuer-ID: XX XXX XXX XXX", "Anschrift: [entfernt]", "Kunde: anonym", "Unterschrift: ______", "IBAN: DE** **** **** **** **** **"],
    "fr": ["Nom : ______", "Téléphone : [masqué]", "Courriel : non renseigné", "Date de naissance : (non communiquée)",
           "N° de sécurité sociale : X XX XX XX XXX XXX XX", "Adresse : [supprimée]", "Client : anonyme", "Signature : ______"],
    "es": ["Nombre: ______", "Teléfono: [oculto]", "Correo electrónico: n/d", "Fecha de nacimiento: (no facilitada)",
           "DNI: XXXXXXXX-X", "Domicilio: [eliminado]", "Cliente: Anónimo", "Firma: ______"],
    "it": ["Nome: ______", "Telefono: [omissis]", "E-mail: n.d.", "Data di nascita: (non fornita)",
           "Codice fiscale: XXXXXX00X00X000X", "Indirizzo: [oscurato]", "Cliente: anonimo", "Firma: ______"],
    "pt": ["Nome: ______", "Telefone: [rasurado]", "E-mail: n/d", "Data de nascimento: (não indicada)",
           "NIF: XXX XXX XXX", "Morada: [ocultada]", "Cliente: anónimo", "Assinatura: ______"],
    "nl": ["Naam: ______", "Telefoon: [weggelakt]", "E-mail: n.v.t.", "Geboortedatum: (niet opgegeven)",
           "BSN: XXXX.XX.XXX", "Adres: [verwijderd]", "Klant: anoniem", "Handtekening: ______"],
}
FORM_TITLES = {"en": ["Warranty registration", "Visitor log (export)", "Returns form"],
               "de": ["Garantieanmeldung", "Besucherliste (Export)", "Retourenschein"],
               "fr": ["Bon de retour", "Registre des visiteurs (export)", "Formulaire de garantie"],
               "es": ["Formulario de devolución", "Registro de visitas (exportación)", "Alta de garantía"],
               "it": ["Modulo di reso", "Registro visitatori (esportazione)", "Registrazione garanzia"],
               "pt": ["Formulário de devolução", "Registo de visitantes (exportação)", "Registo de garantia"],
               "nl": ["Retourformulier", "Bezoekersregister (export)", "Garantieregistratie"]}


@frame("prose_blank_form_multi", "prose")
def p_blank_form(r):
    lang = pick(r, LANGS)
    fields = picks(r, BLANK_FORMS[lang], r.randint(4, 7))
    extra = pick(r, {"en": ["Reference: RMA-%s" % ssnish(r), "Serial no.: %s" % cardish(r), "Order no.: %s" % phoneish(r)],
                     "de": ["Vorgangsnr.: %s" % ssnish(r), "Seriennummer: %s" % cardish(r), "Bestellnummer: %s" % phoneish(r)],
                     "fr": ["Référence : %s" % pat(r, "dd dd dd dd dd"), "N° de série : %s" % cardish(r)],
                     "es": ["Referencia: %s" % ssnish(r), "Número de serie: %s" % cardish(r)],
                     "it": ["Riferimento: %s" % ssnish(r), "Numero di serie: %s" % cardish(r)],
                     "pt": ["Referência: %s" % ssnish(r), "Número de série: %s" % cardish(r)],
                     "nl": ["Referentie: %s" % ssnish(r), "Serienummer: %s" % cardish(r)]}[lang])
    fields.insert(r.randint(0, len(fields)), extra)
    return pick(r, FORM_TITLES[lang]) + "\n\n" + "\n".join(fields), lang


@frame("prose_awards_lectures", "prose")
def p_awards(r):
    d = rdate(r, 2025, 2026)
    sents = [
        "This year's Nobel lecture in chemistry will be streamed live from the Darwin Building, Room 1.%02d, at %s." % (r.randint(1, 40), hhmm(r, 9, 18)),
        "Applications for the Fulbright program close on %s." % fdate(r, d, "en"),
        "The Turing Award ceremony moves to %s this year." % pick(r, ["June", "May", "the spring"]),
        "Nominations for the Fields Medal are confidential; the committee does not comment on candidates.",
        "The annual Humboldt lecture takes place in the Kepler Tower auditorium.",
        "The Pulitzer Prize for Fiction was not awarded in three years of the last century.",
        "The Prix Goncourt is worth just ten euros, yet transforms sales.",
        "The Premio Cervantes is presented each year on 23 April in Alcalá de Henares.",
        "The Prémio Camões is jointly awarded by Portugal and Brazil.",
        "The Büchner-Preis is presented in Darmstadt each autumn.",
        "Erasmus+ funding for the %d/%d academic year has been confirmed." % (d.year, d.year + 1),
        "The Abel Prize and the Wolf Prize were both announced in the same week.",
        "Rhodes and Marshall scholarship interviews are held in the Newton Room.",
        "The Kavli Prize laureates will give public lectures in Oslo.",
    ]
    return " ".join(picks(r, sents, r.randint(3, 5))), "en"


@frame("prose_places_eponyms", "prose")
def p_places(r):
    lang = pick(r, LANGS)
    pool = {
        "en": ["Delays on services to Washington after a signal fault near Lincoln.", "Kennedy Airport reports de-icing delays.",
               "The Lincoln Tunnel will close overnight for maintenance.", "Flights to Darwin and Melbourne leave from Terminal 2.",
               "Houston and Vancouver both saw record rainfall in %s." % pick(r, MONTHS["en"]),
               "Big Ben's clock tower is covered in scaffolding again.", "The ferry to Victoria sails at %s." % hhmm(r)],
        "de": ["Der Zug nach Sankt Pölten fällt heute aus.", "Die Karlsbrücke ist wegen Bauarbeiten gesperrt.",
               "Ab Bismarckplatz fahren Ersatzbusse im 10-Minuten-Takt.", "Der Flughafen Lyon Saint-Exupéry meldet Nebel.",
               "In Sankt Moritz liegen %d cm Neuschnee." % r.randint(5, 80)],
        "fr": ["L'aéroport Lyon Saint-Exupéry est fermé de %s à %s pour travaux." % (hhmm(r, 0, 3), hhmm(r, 4, 6)),
               "Le pont Alexandre-III sera illuminé samedi.", "La station Pasteur est fermée jusqu'à nouvel ordre.",
               "Les bateaux pour Saint-Nazaire partent du quai 3.", "Le marché de Saint-Jean-de-Luz a lieu le mardi."],
        "es": ["La estación de Sevilla Santa Justa recupera la normalidad.", "El puerto de Santa Cruz de Tenerife recibe tres cruceros.",
               "Cortes de tráfico en San Sebastián por la Tamborrada.", "El aeropuerto de Madrid-Barajas amplía la terminal 4."],
        "it": ["Il treno per Venezia Santa Lucia parte dal binario %d." % r.randint(1, 20), "Lavori sul Ponte Vecchio fino a %s." % pick(r, MONTHS["it"]),
               "Il porto di San Marino? Non esiste: la Repubblica non ha sbocchi sul mare.", "Chiusa la stazione San Giovanni della metro C."],
        "pt": ["A Ponte 25 de Abril terá uma faixa cortada no domingo.", "O trânsito na Ponte 25 de Abril está condicionado.",
               "A estação de Santa Apolónia recebe o novo Alfa Pendular.", "Os voos para São Paulo partem do terminal 1."],
        "nl": ["De trein naar Sint-Niklaas rijdt vandaag niet.", "De Erasmusbrug is morgen afgesloten voor de marathon.",
               "Op Schiphol geldt code oranje.", "In Den Helder is het druk tijdens de Marinedagen."],
    }[lang]
    return " ".join(picks(r, pool, r.randint(2, min(4, len(pool))))), lang


@frame("prose_brand_names", "prose")
def p_brands(r):
    sents = [
        "Wendy's is testing a breakfast menu in %d new markets." % r.randint(2, 40),
        "Ben & Jerry's launched two non-dairy flavours this %s." % pick(r, MONTHS["en"]),
        "The Tesla Model Y outsold the Ford Focus in %d European countries last quarter." % r.randint(2, 15),
        "Mercedes-Benz recalled %s vehicles over a seat-belt buckle issue." % fmt_num(r.randint(1000, 90000), "en", 0),
        "Dr. Oetker raised prices for frozen pizza by %d %%." % r.randint(2, 9),
        "Ferrero Rocher and Kinder Bueno remain the best-selling confectionery lines.",
        "Kellogg's, Heinz and Nestlé all reported weaker volumes.",
        "The Peugeot 208 and Citroën C3 share a platform.",
        "Moët & Chandon shipments fell %d %% year on year." % r.randint(1, 15),
        "Marks & Spencer and Sainsbury's both expanded click-and-collect.",
        "Procter & Gamble cut the price of its laundry capsules.",
        "Dolce & Gabbana opened a café in Milan.",
        "Häagen-Dazs is not Danish: the name was invented to sound Scandinavian.",
        "McDonald's and Wendy's both trialled plant-based burgers.",
        "Porsche's Cayenne remains its best seller; Lamborghini delivered a record number of cars.",
        "Campari and Martini both reported strong aperitivo sales.",
    ]
    return " ".join(picks(r, sents, r.randint(3, 5))), "en"


@frame("prose_manual_de", "prose")
def p_manual_de(r):
    model = pick(r, ["WM 14N2", "KG 39V", "SMS 4HVI", "TE 503", "BKS 120"])
    steps = [
        "Die Seriennummer (S/N) und die Teilenummer befinden sich auf dem Typenschild an der Innenseite der Tür.",
        "Fehlercode E-%02d: Zulaufschlauch auf Knicke prüfen und Sieb reinigen." % r.randint(1, 40),
        "Schrauben mit einem Drehmoment von %d Nm anziehen." % r.randint(4, 60),
        "Vor Wartungsarbeiten den Netzstecker ziehen.",
        "Ersatzteil: Teilenummer %s (Dichtung), Art.-Nr. %s (Filter)." % (phoneish(r), pat(r, "dddddd-dd")),
        "Das Gerät entspricht DIN EN 60335-1 und der Richtlinie 2014/35/EU.",
        "Kundendienst: Bitte halten Sie Modell- und Seriennummer bereit.",
        "Im Menü „Service“ die Taste Start/Pause %d Sekunden gedrückt halten." % r.randint(3, 10),
        "Firmware-Version anzeigen: Einstellungen → Info → Version %d.%d.%d." % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 99)),
    ]
    return "Bedienungsanleitung Modell %s\nAusgabe %s %d\n\n%s" % (
        model, pick(r, MONTHS["de"]), r.randint(2020, 2025),
        "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(picks(r, steps, r.randint(3, 6))))), "de"


@frame("prose_bank_codes", "prose")
def p_bank(r):
    lang = pick(r, ["en", "de", "es", "nl"])
    if lang == "en":
        s = ["In the UK, a sort code such as %s identifies a bank branch, not an individual account." % pat(r, "dd-dd-dd"),
             "Sort codes are six digits, usually written in three pairs.",
             "A BIC like %s identifies the institution; it says nothing about a customer." % (pick(r, ["BARC", "NWBK", "LOYD", "MIDL"]) + "GB2L"),
             "Since the switch to SEPA, most European payments use the IBAN instead of national codes.",
             "The number of UK bank branches fell by about %d %% between 2015 and 2024." % r.randint(20, 45)]
    elif lang == "de":
        s = ["Die Bankleitzahl %s bezeichnet ein Kreditinstitut, nicht ein Konto." % pat(r, "ddd ddd dd"),
             "Bankleitzahlen haben acht Stellen; die erste Ziffer steht für das Clearinggebiet.",
             "Seit SEPA ist die BLZ in der IBAN enthalten (Stellen 5 bis 12).",
             "Die Deutsche Bundesbank veröffentlicht die Bankleitzahlendatei viermal im Jahr."]
    elif lang == "es":
        s = ["El código de entidad %s identifica al banco y el código de oficina %s a la sucursal." % (pat(r, "dddd"), pat(r, "dddd")),
             "Los dígitos de control del CCC se calculan con pesos 1, 2, 4, 8, 5, 10, 9, 7, 3 y 6.",
             "El Banco de España publica el registro de entidades cada trimestre."]
    else:
        s = ["Een BIC zoals %s hoort bij een bank, niet bij een rekeninghouder." % (pick(r, ["INGB", "RABO", "ABNA", "TRIO"]) + "NL2A"),
             "Nederland heeft geen bankcodes meer los van de IBAN.", "De Nederlandsche Bank telt nog %d geldautomaten." % r.randint(4000, 6000)]
    return " ".join(picks(r, s, r.randint(2, len(s)))), lang


@frame("prose_lotto_it", "prose")
def p_lotto(r):
    d = rdate(r, 2024, 2025)
    ruote = ["Bari", "Cagliari", "Firenze", "Genova", "Milano", "Napoli", "Palermo", "Roma", "Torino", "Venezia", "Nazionale"]
    rows = ["%-10s %s" % (w, " ".join("%02d" % n for n in r.sample(range(1, 91), 5))) for w in picks(r, ruote, r.randint(3, 6))]
    se = sorted(r.sample(range(1, 91), 6))
    return ("Estrazione del Lotto di %s %s\n\n%s\n\nSuperEnalotto concorso n. %d/%d: %s — Jolly %d — SuperStar %d\n"
            "Jackpot stimato per il prossimo concorso: %s") % (
        wday(d, "it"), fdate(r, d, "it", "long"), "\n".join(rows), r.randint(1, 150), d.year,
        " ".join(str(n) for n in se), r.randint(1, 90), r.randint(1, 90), money(r, 1e7, 1e8, "it")), "it"


@frame("prose_horse_racing", "prose")
def p_horses(r):
    runners = picks(r, HORSES, r.randint(3, 5))
    course = pick(r, ["Cheltenham", "Aintree", "Longchamp", "Ascot", "Leopardstown", "Baden-Baden", "Chantilly"])
    race = pick(r, ["the Gold Cup", "the Grand National", "the Prix de l'Arc de Triomphe", "the King George VI Chase",
                    "the St Leger", "a Group 2 handicap"])
    s = "%s won %s at %s by %s lengths from %s, with %s third. Winning time %d:%02d.%02d on %s ground; SP %d/%d." % (
        runners[0], race, course, pick(r, ["a neck", "½", "1¾", "3", "a short head"]), runners[1], runners[2],
        r.randint(1, 9), r.randrange(60), r.randrange(100), pick(r, ["good to soft", "heavy", "good", "firm"]),
        r.randint(1, 33), pick(r, [1, 2, 4]))
    if maybe(r, 0.5):
        s += " %s, a faller at the %s, was retired sound." % (runners[-1], pick(r, ["second-last", "Canal Turn", "fourth fence"]))
    return s, "en"


@frame("prose_port_news_pt", "prose")
def p_port(r):
    ship = pick(r, SHIPS)
    d = rdate(r, 2024, 2025)
    s = ["O navio %s (IMO %s) atracou no Terminal XXI do Porto de Sines na %s, %s." % (ship, pat(r, "9dddddd"), wday(d, "pt"), fdate(r, d, "pt", "long")),
         "Com %s TEU de capacidade, é um dos maiores a escalar o porto este ano." % fmt_num(r.randint(2000, 24000), "pt", 0),
         "O navio-escola Sagres regressa a Lisboa a %d de %s." % (r.randint(1, 28), pick(r, MONTHS["pt"])),
         "O MMSI %s foi verificado pela Capitania." % pat(r, "263dddddd"),
         "A manobra de atracação demorou %d minutos, com dois rebocadores." % r.randint(30, 140),
         "A escala seguinte é Roterdão, com chegada prevista às %s." % hhmm(r)]
    return " ".join([s[0]] + picks(r, s[1:], r.randint(2, 4))), "pt"


@frame("prose_concert_programme_nl", "prose")
def p_concert(r):
    works = picks(r, STAGE_WORKS, 2)
    d = rdate(r, 2025, 2026)
    return ("Programma %s %s\n\n%s (ouverture) en fragmenten uit %s\nZaal open %s, aanvang %s, pauze ca. %d minuten.\n"
            "Uw plaats: rij %d, stoel %d (balkon).\nKaartnummer %s — niet overdraagbaar.\n%s") % (
        wday(d, "nl"), fdate(r, d, "nl", "long"), works[0], works[1], hhmm(r, 18, 19), hhmm(r, 19, 20), r.randint(15, 30),
        r.randint(1, 30), r.randint(1, 40), pat(r, "dddd dddd dddd dddd"),
        pick(r, ["Na afloop speelt Golden Earring-tributeband in de foyer.", "Het Zwanenmeer wordt met band gespeeld.",
                 "Inleiding om 19.15 uur in de Kleine Zaal.", "Garderobe gratis."])), "nl"


@frame("prose_standards_cert", "prose")
def p_cert(r):
    std = picks(r, ["DIN EN ISO 9001:2015", "ISO 14001:2015", "IATF 16949:2016", "ISO/IEC 17025:2017", "ISO 13485:2016",
                    "ISO 45001:2018", "DIN EN 1090-2:2018"], r.randint(1, 3))
    d = rdate(r, 2024, 2025)
    return ("CERTIFICATE\nCertificate No. %s\n\nThis is to certify that the management system of the organisation named in "
            "the annex complies with %s.\nScope: %s\nValid from %s until %s. Certification body accredited under "
            "registration number D-ZM-%s-01-00.\nLead auditor: [signature]   Place and date: ______") % (
        pat(r, pick(r, ["ddd ddd dddd", "ddd-dd-dddd", "dd ddd dddddd"])), " and ".join(std),
        pick(r, ["Design and manufacture of hydraulic valves", "Contract laboratory testing", "Warehousing and distribution of chilled foods",
                 "Development of medical device software"]),
        fdate(r, d, "en"), fdate(r, d.replace(year=d.year + 3), "en"), pat(r, "ddddd")), "en"


@frame("prose_hiking_coords", "prose")
def p_hiking(r):
    lang = pick(r, ["en", "de", "it", "fr"])
    lat, lon, ele = r.uniform(45.5, 47.6), r.uniform(6.5, 13.5), r.randint(600, 2900)
    hut = pick(r, ["Knorrhütte", "Meilerhütte", "Rifugio Vajolet", "Refuge du Goûter", "Cabane du Mont Fort", "Kärlingerhaus"])
    c = "%.4f° N, %.4f° E" % (lat, lon)
    if lang == "en":
        s = "Start at the car park (%s, %s m). Follow trail %d to the %s (%s m, %d h %02d min). Descend via the Saint Martin chapel." % (
            c, fmt_num(ele, "en", 0), r.randint(1, 999), hut, fmt_num(ele + r.randint(300, 900), "en", 0), r.randint(1, 5), r.randrange(60))
    elif lang == "de":
        s = "Ausgangspunkt Wanderparkplatz (%s, %d m). Weg Nr. %d bis zur %s, Gehzeit %d Std. %d Min. Einkehr: %s, geöffnet Juni bis Oktober." % (
            c, ele, r.randint(1, 999), hut, r.randint(1, 5), r.randrange(60), hut)
    elif lang == "it":
        s = "Partenza dal parcheggio (%s, %d m). Sentiero CAI %d fino al %s, %d ore. Dislivello %d m." % (
            c, ele, r.randint(1, 999), hut, r.randint(1, 6), r.randint(300, 1400))
    else:
        s = "Départ du parking (%s, %d m). Suivre le sentier balisé n° %d jusqu'au %s, %d h %02d. Dénivelé positif %d m." % (
            c, ele, r.randint(1, 99), hut, r.randint(1, 6), r.randrange(60), r.randint(300, 1400))
    return s, lang


@frame("prose_market_report", "prose")
def p_market(r):
    idx = pick(r, [("DAX", 18000, 20000), ("CAC 40", 7000, 8200), ("AEX", 850, 950), ("IBEX 35", 10000, 12500),
                   ("FTSE MIB", 32000, 36000), ("PSI", 6300, 7000)])
    co = picks(r, [("Siemens", "DE"), ("Philips", "NL"), ("Heineken", "NL"), ("Ferrari", "IT"), ("Porsche", "DE"),
                   ("Hermès", "FR"), ("L'Oréal", "FR"), ("Inditex", "ES"), ("Galp", "PT"), ("ASML", "NL")], 2)
    s = "The %s closed at %s (%+.2f %%). %s (ISIN %s) led gains, while %s (ISIN %s) fell %.1f %%. Turnover %s." % (
        idx[0], fmt_num(r.uniform(idx[1], idx[2]), "en"), r.uniform(-2.5, 2.5), co[0][0], isin(r, co[0][1]), co[1][0],
        isin(r, co[1][1]), r.uniform(0.2, 6.0), money(r, 2e9, 9e9, "en"))
    if maybe(r, 0.4):
        s += " Futures expiring on %s traded at %s." % (fdate(r, rdate(r, 2025, 2026), "en"), fmt_num(r.uniform(idx[1], idx[2]), "en"))
    return s, "en"


@frame("prose_street_metonyms", "prose")
def p_streets(r):
    lang = pick(r, ["en", "en", "fr", "it", "de"])
    pool = {
        "en": ["Wall Street ended mixed after the inflation data.", "Downing Street declined to comment on the report.",
               "Fleet Street veterans recall the days of hot metal typesetting.", "Madison Avenue agencies are cutting budgets.",
               "Savile Row tailors report strong demand from overseas.", "Threadneedle Street is expected to hold rates.",
               "Whitehall sources described the plan as premature.", "Silicon Valley investors were cautious this quarter."],
        "fr": ["Le Quai d'Orsay a convoqué l'ambassadeur.", "Bercy table sur une croissance de %s %%." % fmt_num(r.uniform(0.3, 1.8), "fr", 1),
               "Matignon a confirmé le calendrier.", "L'Élysée n'a pas souhaité commenter."],
        "it": ["Palazzo Chigi ha convocato le parti sociali.", "Piazza Affari chiude in rialzo del %s %%." % fmt_num(r.uniform(0.1, 2.0), "it", 1),
               "Via Nazionale prevede un rallentamento.", "Il Viminale ha diffuso i dati sugli sbarchi."],
        "de": ["Die Wilhelmstraße war einst Sitz der Reichskanzlei.", "An der Frankfurter Börse legte der DAX leicht zu.",
               "Das Kanzleramt äußerte sich zurückhaltend.", "Der Bendlerblock kündigte neue Beschaffungen an."],
    }[lang]
    return " ".join(picks(r, pool, r.randint(2, min(4, len(pool))))), lang


@frame("prose_robotics_news", "prose")
def p_robots(r):
    s = ["Boston Dynamics showed Spot climbing stairs in a %s warehouse." % pick(r, ["Dutch", "German", "Spanish"]),
         "ASIMO was retired after almost two decades of demonstrations.",
         "Pepper is back in a hotel lobby, greeting guests in %d languages." % r.randint(3, 20),
         "Curiosity has driven more than %d km since landing; Perseverance is catching up." % r.randint(25, 35),
         "Deep Blue's win in 1997 and AlphaGo's in 2016 are often compared.",
         "Watson was first known for a quiz-show appearance.",
         "Siri, Alexa and Cortana all added offline modes.",
         "Claude and Gemini were benchmarked against Llama 3 on the new suite.",
         "ELIZA, written in the 1960s, is still used to teach pattern matching.",
         "The Philae lander woke up briefly in %s 2015." % pick(r, ["June", "July"]),
         "Atlas now runs a fully electric drivetrain.",
         "A Nao robot read the weather forecast at the opening ceremony."]
    return " ".join(picks(r, s, r.randint(3, 5))), "en"


@frame("prose_conference_schedule", "prose")
def p_conf(r):
    d = rdate(r, 2025, 2026)
    slots = ["%s–%s Opening keynote (Hall A) — speaker TBA" % (hhmm(r, 8, 9), hhmm(r, 9, 10)),
             "%s The annual Turing lecture, Darwin Building, Room 2.%02d" % (hhmm(r, 10, 12), r.randint(1, 40)),
             "%s Coffee break — Foyer, level 1" % hhmm(r, 10, 11),
             "%s Poster session P-%d–P-%d" % (hhmm(r, 13, 15), r.randint(100, 150), r.randint(151, 220)),
             "%s Panel: \"Beyond the Fields Medal\" (chair to be confirmed)" % hhmm(r, 15, 16),
             "%s Workshop W%d, Faraday Wing, Room %s" % (hhmm(r, 14, 17), r.randint(1, 12), pat(r, "d.ddd")),
             "%s Conference dinner, boat departs from pier %d" % (hhmm(r, 19, 20), r.randint(1, 9)),
             "%s Closing remarks by the programme committee" % hhmm(r, 17, 18)]
    return "Programme — %s, %s\n\n%s\n\nSpeakers' names will be published after the review period." % (
        wday(d, "en"), fdate(r, d, "en", "long"), "\n".join(sorted(picks(r, slots, r.randint(3, 6))))), "en"


@frame("prose_postoffice_report", "prose")
def p_postoffice(r):
    lang = pick(r, ["en", "de"])
    n = r.randint(300, 2500)
    if lang == "en":
        s = ("Branch facilities survey, %s %d: the sorting office has %s PO boxes in three sizes; %d are currently vacant. "
             "Box numbers run from %d to %d. Counter opening hours: Monday–Friday %s–%s, Saturday %s–%s. %d parcel lockers "
             "were installed in the lobby.") % (
            pick(r, MONTHS["en"]), r.randint(2023, 2025), fmt_num(n, "en", 0), r.randint(10, 400), 1000, 1000 + n,
            hhmm(r, 7, 9), hhmm(r, 17, 19), hhmm(r, 8, 9), hhmm(r, 12, 13), r.randint(20, 120))
    else:
        s = ("Standortbericht %s %d: Die Postfachanlage umfasst %d Postfächer, davon %d unbelegt. Die Postfachnummern reichen "
             "von %d bis %d. Öffnungszeiten: Mo–Fr %s–%s Uhr. Eine Packstation mit %d Fächern steht im Vorraum.") % (
            pick(r, MONTHS["de"]), r.randint(2023, 2025), n, r.randint(10, 400), 100001, 100000 + n, hhmm(r, 7, 9),
            hhmm(r, 17, 19), r.randint(40, 160))
    return s, lang


@frame("prose_patent_abstract", "prose")
def p_patent(r):
    title = pick(r, ["Method for detecting foreign bodies in packaged food", "Conveyor with adaptive speed control",
                     "Capsule for preparing a beverage", "Tyre tread with sipes", "Battery thermal management system"])
    return ("EP %s %s %s B1 — %s\nPriority: DE 10 %d %s %s.%d, filed %s\nIPC: %s\nApplicant: %s\nInventor(s): (not disclosed)\n\n"
            "Abstract: A method comprising the steps of (a) capturing an image, (b) comparing it with a reference, and (c) "
            "rejecting the item if the deviation exceeds a threshold of %d %%. Claims 1–%d.") % (
        pat(r, "d"), pat(r, "ddd"), pat(r, "ddd"), title, r.randint(2015, 2022), pat(r, "ddd"), pat(r, "ddd"), r.randint(0, 9),
        fdate(r, rdate(r, 2015, 2022), "de", "num"),
        pick(r, ["B65G 43/08", "A47J 31/36", "B60C 11/12", "H01M 10/613", "G01N 21/90"]),
        pick(r, ["Siemens Aktiengesellschaft", "Koninklijke Philips N.V.", "Société des Produits Nestlé S.A.",
                 "Compagnie Générale des Établissements Michelin", "Bosch GmbH"]),
        r.randint(2, 25), r.randint(5, 20)), "en"


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------

def split_of(name):
    return "tune" if hashlib.md5(name.encode()).hexdigest()[0] in "0123456789" else "heldout"


def main():
    rng = random.Random(SEED)
    names = sorted(FRAMES)
    tune = [n for n in names if split_of(n) == "tune"]
    held = [n for n in names if split_of(n) == "heldout"]
    for split, frames, path in (("tune", tune, OUT_TUNE), ("heldout", held, OUT_HELD)):
        seen = set()
        count = 0
        with open(path, "w", encoding="utf-8") as fh:
            i = 0
            while count < PER_SPLIT:
                fname = frames[i % len(frames)]
                i += 1
                kind, fn = FRAMES[fname]
                for _attempt in range(25):
                    text, locale = fn(rng)
                    if text not in seen:
                        break
                else:
                    continue  # frame saturated for this round
                seen.add(text)
                rec = {"text": text, "spans": [], "source": "decoy_json" if kind == "json" else "decoy_prose",
                       "split": split, "locale": locale, "frame": fname}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                count += 1
        print("%s: %d records from %d frames -> %s" % (split, count, len(frames), os.path.relpath(path)))


if __name__ == "__main__":
    main()
