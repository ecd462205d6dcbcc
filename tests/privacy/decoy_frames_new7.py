#!/usr/bin/env python3
"""Decoy generator (set 7): realistic text with NO personal data.

Every record is a hard negative for a privacy-redaction detector: it contains
capitalised non-person phrases, given-name-like words used in other senses,
number groups that look like phones/SSNs/birth dates but are tracking numbers,
part numbers, event dates, opening hours etc., and form labels without values.

All fillers are hand-written below; no Faker/mimesis values are used.
Run from /work/main:
    /work/main/.venv-privacy/bin/python tests/privacy/decoy_frames_new7.py
"""
import datetime as _dt
import hashlib
import json
import os
import random

SEED = 7001
N_RECORDS = 2000
OUT = os.path.join("tests", "privacy", "decoys_new7_heldout.jsonl")

R = random.Random(SEED)


# --------------------------------------------------------------------------
# generic helpers
# --------------------------------------------------------------------------
def p(seq):
    return R.choice(seq)


def ri(a, b):
    return R.randint(a, b)


def some(seq, k):
    return R.sample(seq, k)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def letters(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    return "".join(R.choice(alphabet) for _ in range(n))


def alnum(n):
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


def rdate(y0=2024, y1=2026):
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 28).toordinal()
    return _dt.date.fromordinal(R.randint(start, end))


def old_date(y0=1952, y1=1999):
    return rdate(y0, y1)


def hhmm(h0=6, h1=22, step=5):
    return "%02d:%02d" % (ri(h0, h1), R.randrange(0, 60, step))


def money(a, b, dec=True):
    v = R.uniform(a, b)
    return ("%.2f" % v) if dec else str(int(v))


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
             "setembro", "outubro", "novembro", "dezembro"]
PT_DAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
             "agosto", "settembre", "ottobre", "novembre", "dicembre"]
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
JA_DAYS = ["getsu", "ka", "sui", "moku", "kin", "do", "nichi"]


def fmt_date(d, style):
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "uk":
        return d.strftime("%d/%m/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "long_en":
        return "%s %d %s %d" % (EN_DAYS[d.weekday()], d.day, EN_MONTHS[d.month - 1], d.year)
    if style == "long_us":
        return "%s, %s %d, %d" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year)
    if style == "short_en":
        return "%d %s" % (d.day, EN_MONTHS[d.month - 1][:3])
    raise ValueError(style)


def en_date(d=None):
    d = d or rdate()
    return fmt_date(d, p(["us", "uk", "iso", "long_en", "long_us", "short_en"]))


def de_date(d):
    return d.strftime("%d.%m.%Y") if R.random() < .6 else \
        "%s, %d. %s" % (DE_DAYS[d.weekday()], d.day, DE_MONTHS[d.month - 1])


def fr_date(d):
    return d.strftime("%d/%m/%Y") if R.random() < .5 else "%s %d %s %d" % (
        FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year)


def es_date(d):
    return d.strftime("%d/%m/%Y") if R.random() < .5 else "%s %d de %s" % (
        ES_DAYS[d.weekday()], d.day, ES_MONTHS[d.month - 1])


def pt_date(d):
    return d.strftime("%d/%m/%Y") if R.random() < .5 else "%s, %d de %s" % (
        PT_DAYS[d.weekday()], d.day, PT_MONTHS[d.month - 1])


def it_date(d):
    return d.strftime("%d/%m/%Y") if R.random() < .5 else "%s %d %s" % (
        IT_DAYS[d.weekday()], d.day, IT_MONTHS[d.month - 1])


def ja_date(d):
    return "%d-nen %d-gatsu %d-nichi (%s)" % (d.year, d.month, d.day, JA_DAYS[d.weekday()]) \
        if R.random() < .5 else d.strftime("%Y/%m/%d")


def js(obj, indent=None):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


# shared look-alike generators --------------------------------------------
def trk_ups():
    return "1Z" + alnum(6) + digits(10)


def trk_dhl():
    return "JJD" + digits(18)


def trk_post():
    return letters(2) + digits(9) + p(["GB", "DE", "FR", "ES", "BR", "IT", "JP", "NL"])


def trk_grouped():
    return " ".join(digits(4) for _ in range(p([3, 4, 5])))


def part_no():
    return p(["%s.%s.%s" % (digits(3), digits(3), digits(2)),
              "%s-%s-%s" % (digits(3), digits(3), digits(4)),
              "%s-%s" % (letters(2), digits(6)),
              "%s %s %s" % (digits(3), digits(3), digits(4))])


def ssn_like():
    return "%s-%s-%s" % (digits(3), digits(2), digits(4))


def serial():
    return p(["SN%s" % alnum(10), "%s-%s-%s" % (alnum(4), digits(4), digits(4)),
              "S/N %s %s" % (digits(4), digits(6)), "%s%s" % (letters(3), digits(8))])


def version():
    return "%d.%d.%d" % (ri(0, 12), ri(0, 30), ri(0, 99))


def isbn():
    core = "978" + digits(9)
    s = sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(core))
    chk = (10 - s % 10) % 10
    return "%s-%s-%s-%s-%d" % (core[:3], core[3], core[4:8], core[8:12], chk)


def coords():
    return "%.5f, %.5f" % (R.uniform(-60, 70), R.uniform(-170, 170))


def booking_ref():
    return p([alnum(6), "%s-%s" % (letters(3), digits(6)), digits(10), "#" + digits(8)])


# --------------------------------------------------------------------------
# shared fillers (hand-written)
# --------------------------------------------------------------------------
FILMS = ["The Glass Lighthouse", "Harbour of Small Hours", "Neon Tide", "A Winter in Cobalt",
         "The Last Ferry to Arden", "Paper Comets", "Saltwater Choir", "The Quiet Engine",
         "Orchard Road Nights", "Iron Meadow", "Velvet Static", "The Ninth Lantern",
         "Copper Rain", "Northbound Silence", "The Marble Orchard", "Hollow Peaks",
         "Stormglass", "The Clockmaker's Garden", "Blue Hour Express", "Echoes of Avalon",
         "Red Kite Valley", "The Amber Signal", "Moth & Moon", "Lanterns Over Lisbon",
         "The Sapphire Heist", "Parallel Harbour", "The Long Thaw", "Sundial",
         "Foxglove", "Cathedral of Wires", "The Jade Compass", "Kingdom of Rust",
         "Whale Road", "The Orchid Protocol", "Silver Comb Bay"]
VENUES = ["Rialto Cinema", "Electric Palace", "Regent Picturehouse", "Lumière Screens",
          "The Plaza Cinema", "Northgate Multiplex", "Odeon Riverside", "Harbourfront IMAX",
          "Empire Leicester Square", "Majestic Arts Centre", "Corn Exchange Cinema",
          "Roxy Film House", "Gaumont Hall", "Palladium Cineworld", "The Tivoli",
          "Victoria Arcade Cinema", "Kingsway Film Club", "Lyric Studio", "Phoenix Cinema",
          "Ritz Picture Hall", "Savoy Screens", "Orpheum Theatre", "Coliseum Cinema",
          "Cameo Arthouse", "Grand Central Screens", "Belmont Filmhouse", "Hollywood Bowl Cinema",
          "Metro Dome", "The Regal at Westgate", "Alhambra Screens"]
BOOKS = ["A Field Guide to Tidal Pools", "The Secret Life of Bridges", "Bread Without Borders",
         "Knots for Sailors and Climbers", "An Atlas of Forgotten Railways",
         "The Beekeeper's Almanac", "Understanding Soil", "Lighthouses of the North Sea",
         "Small Engines: A Repair Manual", "The Compost Handbook", "Origami for Beginners",
         "A Short History of Salt", "Weaving on a Frame Loom", "The Pocket Star Chart",
         "Fermentation at Home", "Cloud Spotting Made Easy", "Introduction to Watercolour",
         "Castles of the Welsh Marches", "The Urban Cyclist", "Learn Python in 30 Days",
         "The Mushroom Forager", "Dry Stone Walling", "Tea: A Global Journey",
         "Everyday Calligraphy", "The Tiny House Guide", "Canals of the Midlands",
         "Sourdough Science", "The Clock Repairer's Notebook", "Fungi of Woodland Edges",
         "The Art of the Sandwich", "Maps and Mapmaking", "Pond Life in Colour"]
HUBS = ["Coventry Hub", "East Midlands Gateway", "Leipzig Distribution Centre",
        "Memphis World Hub", "Cologne Sort Centre", "Liège Air Hub", "Heathrow Worldwide Depot",
        "Rugby National Hub", "Daventry DC", "Roissy Charles de Gaulle Hub", "Madrid Barajas Sort",
        "Milano Malpensa Hub", "Hong Kong Gateway", "Louisville Worldport", "Dubai Logistics City",
        "Stansted Cargo Terminal", "Warrington Depot", "Bristol Avonmouth Depot",
        "Glasgow Eurocentral", "Belfast Harbour Depot", "Swindon Parcel Centre",
        "Peterborough Delivery Office", "Tamworth Hub", "Hinckley Sort", "Venlo Gateway",
        "Eindhoven Airport Cargo", "Cincinnati Hub", "Indianapolis Hub", "Ontario CA Gateway",
        "Anchorage Transit", "Chessington Depot", "Victoria Dock Sort Centre",
        "Florence Logistics Park", "Charlotte Regional Sort", "Augusta Ground Hub"]
TRACK_EVENTS = ["Shipment information received", "Picked up by courier", "Arrived at hub",
                "Departed hub", "Processed through sort facility", "In transit",
                "Held at customs – awaiting clearance", "Customs clearance completed",
                "Out for delivery", "Delivery attempted – no safe place",
                "Redirected to parcel locker", "Delayed due to weather", "Label created",
                "Loaded onto vehicle", "Arrived at local delivery office",
                "Exception: address label damaged, relabelled at depot"]
PODCAST_TOPICS = ["Why Concrete Cracks", "The Economics of Lighthouses", "How Tides Really Work",
                  "Inside a Seed Vault", "The Great Pepper Trade", "Why Trains Are Late",
                  "A Brief History of Zero", "The Ocean's Twilight Zone", "How GPS Knows Where You Are",
                  "Fermented Foods Around the World", "The Science of Sleep Debt",
                  "Lost Cities of the Silk Road", "Why Bridges Sway", "Colour Names Across Languages",
                  "The Rise of Container Shipping", "What Killed the Mammoths",
                  "Glaciers in Retreat", "How Vaccines Are Stored", "Counting Birds From Space",
                  "The Chemistry of Coffee", "Storm Names and Why We Use Them",
                  "Volcanoes That Changed Climate", "The Secret Language of Bees",
                  "How Elevators Changed Cities", "The Bicycle Boom of the 1890s",
                  "Deep-Sea Cables", "Why Cats Knock Things Over", "The Physics of Ice Skating",
                  "Paper, Ink and the Printing Press", "The Georgia Font and Screen Reading",
                  "Halley's Comet Returns", "The Doppler Effect Explained", "Ohm's Law for Beginners"]
PLACES_GIVEN_NAME_LIKE = ["Florence", "Victoria", "Sydney", "Charlotte", "Augusta", "Adelaide",
                          "Alexandria", "Georgetown", "Savannah", "Chelsea", "Regina", "Eugene",
                          "Beatrice (Nebraska)", "Marion", "Elizabethtown", "Jackson Hole",
                          "Madison", "Austin", "Lincoln", "Orlando", "Florence (Oregon)",
                          "Santa Barbara", "San Diego", "Saint Lucia", "Louisville", "Maryland",
                          "Virginia Water", "Carolina Beach", "Lake Louise", "Port Elizabeth"]
COLOURS_NAME_LIKE = ["Rose", "Hazel", "Olive", "Amber", "Ruby", "Jade", "Ivy", "Violet",
                     "Scarlett Red", "Lavender", "Saffron", "Coral", "Pearl", "Jasmine White",
                     "Sienna", "Magnolia", "Heather Grey", "Dahlia Pink", "Fern", "Sage",
                     "Willow", "Indigo", "Clementine", "Marigold", "Rosemary Green",
                     "Blanche", "Opal", "Crystal Blue", "Dawn Pink", "Holly Green"]
FONTS = ["Georgia", "Verdana", "Helvetica Neue", "Times New Roman", "Garamond", "Baskerville",
         "Futura", "Gill Sans", "Lucida Console", "Segoe UI", "Roboto", "Open Sans",
         "Calibri", "Cambria", "Tahoma", "Trebuchet MS", "Palatino", "Didot", "Bodoni",
         "Rockwell", "Franklin Gothic", "Frutiger", "Avenir", "Optima", "Candara",
         "Consolas", "Courier New", "Century Gothic", "Lato", "Montserrat"]
NAMED_AFTER = ["Halley's Comet", "Ohm's Law", "the Nobel Prize", "the Booker Prize",
               "the Doppler effect", "Fermat's Last Theorem", "the Pythagorean theorem",
               "Queen Mary 2", "the Cutty Sark", "Carnegie Hall", "the Rockefeller Center",
               "the Eiffel Tower", "St. Patrick's Day", "Boxing Day", "the Fibonacci sequence",
               "Murphy's Law", "Parkinson's Law", "the Turing test", "the Mercator projection",
               "Bunsen burners", "the Fahrenheit scale", "the Celsius scale", "the Richter scale",
               "Victoria Falls", "Lake Victoria", "the Hubble Space Telescope",
               "the Wimbledon trophy", "the Ryder Cup", "the Davis Cup", "St. Valentine's Day"]


# ==========================================================================
# ENGLISH PROSE FRAMES
# ==========================================================================
def f_cinema_ticket():
    film = p(FILMS)
    venue = p(VENUES)
    d = rdate()
    row = p("ABCDEFGHJKLMN")
    a = ri(1, 22)
    fmt = p(["2D", "3D", "IMAX", "4DX", "Dolby Atmos", "subtitled", "relaxed screening",
             "35mm print", "Parent & Baby", "Silver Screen (60+)"])
    cert = p(["U", "PG", "12A", "15", "18", "PG-13", "R"])
    ref = booking_ref()
    price = money(7, 42)
    t = p([
        "Booking confirmed ✅\nFilm: {film} ({cert})\nCinema: {venue}, Screen {s}\nDate: {date} at {time}\n"
        "Seats: {row}{a}, {row}{a1}\nBooking reference: {ref}\nName: not required for e-tickets\n"
        "Phone: —\nPlease show the QR code at the door. Doors open 20 minutes before the programme.",
        "Can you check if these seats are any good? The confirmation says '{film}' in {fmt} at {venue}, "
        "row {row}, seats {a}-{a1}, {date} {time}, order no. {ref}. Total £{price}. "
        "Screen {s} is the one with the curved balcony I think.",
        "Your e-ticket for {film} ({fmt})\n---------------------------\nVenue: {venue}\nAuditorium: {s}\n"
        "Showtime: {date}, {time}\nRow {row} · Seat {a}\nTicket ID: {tid}\nPurchaser: [hidden for privacy]\n"
        "Concessions voucher: {voucher}\nRefunds up to 24 h before the showtime.",
        "Summarise this for me: \"Thank you for booking with {venue}. You have {n} tickets for {film} on {date} "
        "at {time} (running time {rt} min incl. trailers). Booking ref {ref}. If you need a carer ticket, "
        "bring your CEA card; no personal details are needed at the door.\"",
    ])
    return t.format(film=film, cert=cert, venue=venue, s=ri(1, 14), date=en_date(d), time=hhmm(11, 22),
                    row=row, a=a, a1=a + 1, ref=ref, fmt=fmt, price=price, tid="%s %s %s" % (digits(3), digits(3), digits(4)),
                    voucher=alnum(8), n=ri(2, 6), rt=ri(95, 190)), p(["en", "en-gb"])


def f_library_loan():
    items = some(BOOKS, ri(1, 4))
    branch = p(["Central Library", "Riverside Branch", "Victoria Road Library", "Hazel Grove Library",
                "Orchard Park Branch", "Mobile Library (Route 7)", "Kingsgate Learning Centre",
                "Florence Nightingale Community Library", "Eastfield Branch", "Harbour Library",
                "Carnegie Library", "Old Town Reading Room", "Bridgewater Branch", "Millbrook Library"])
    lines = []
    for it in items:
        d = rdate(2025, 2026)
        bc = "%s %s %s %s" % (digits(1), digits(4), digits(5), digits(4))
        lines.append("• %s — barcode %s — due %s" % (it, bc, fmt_date(d, p(["uk", "long_en", "iso"]))))
    t = p([
        "LIBRARY NOTICE — {branch}\nThe following item(s) will be due soon:\n{items}\n"
        "Borrower: [see your online account]\nYou can renew up to {r} times unless another reader has reserved the item. "
        "Fines are not charged on children's books.",
        "I got this reminder from {branch} and I'm confused about which one is overdue:\n{items}\n"
        "It says 'Patron name: ____ (withheld in email)'. Can you tell me which date comes first?",
        "Reservation ready for collection at {branch}: {book} (ISBN {isbn}). Shelf mark {shelf}. "
        "Please collect within 7 days. Library card no.: ending ****. Opening hours today {o}–{c}.",
    ])
    return t.format(branch=branch, items="\n".join(lines), r=ri(2, 5), book=p(BOOKS), isbn=isbn(),
                    shelf="%d.%d %s" % (ri(100, 999), ri(1, 99), letters(3)), o=hhmm(8, 10, 30),
                    c=hhmm(17, 20, 30)), "en-gb"


def f_parcel_tracking():
    tn = p([trk_ups(), trk_dhl(), trk_post(), trk_grouped()])
    d = rdate()
    evs = []
    hubs = some(HUBS, ri(3, 6))
    t0 = _dt.datetime(d.year, d.month, d.day, ri(6, 20), ri(0, 59))
    tfmt = p(["%d/%m %H:%M", "%Y-%m-%d %H:%M", "%b %d, %I:%M %p"])
    for h in hubs:
        evs.append("%s  %s  %s" % (t0.strftime(tfmt),
                                    p(TRACK_EVENTS), h))
        t0 += _dt.timedelta(hours=ri(3, 30), minutes=ri(0, 59))
    intro = p(["My parcel seems stuck, here's the tracking history. Is this normal?",
               "Tracking number {tn} — can you explain what 'exception' means here?",
               "Paste from the courier site:", "Why has this gone backwards between hubs?",
               "Shipment {tn}, weight {w} kg, {pcs} piece(s). Events:"])
    tail = p(["", "\nEstimated delivery: %s between %s and %s." % (en_date(), hhmm(8, 12, 15), hhmm(13, 18, 15)),
              "\nRecipient: (hidden)  Signature: not required", "\nService: Express Saver, dims %dx%dx%d cm" % (ri(10, 80), ri(10, 60), ri(5, 40))])
    return (intro.format(tn=tn, w="%.1f" % R.uniform(0.2, 30), pcs=ri(1, 4)) + "\n" + "\n".join(evs) + tail), p(["en", "en-gb"])


def f_fitness_summary():
    app = p(["StrideLog", "PulseTrack", "TrailMate", "Cadence+", "Ironwood Fitness", "RunHaven",
             "Summit Coach", "Aqua Laps", "Pedal Pal", "Zenith Rings"])
    t = p([
        "Weekly summary from {app}: {steps} steps, {km} km, resting HR {rhr} bpm, VO₂ max {vo2}, "
        "sleep avg {sh} h {sm} min. Longest run {lr} km on {day}. Can you suggest a rest day?",
        "{app} export — {date}\nActivity: {act}\nDuration: {dur}\nAvg pace: {pace} /km\nElevation gain: {elev} m\n"
        "Calories: {kcal} kcal\nHR zones: Z1 {z1}% · Z2 {z2}% · Z3 {z3}% · Z4 {z4}%\nDevice: {dev} (fw {fw})",
        "Is a training load of {load} with an acute:chronic ratio of {acwr} too high? My {app} summary shows "
        "{km} km this week vs {km2} km last week and {stairs} floors climbed.",
    ])
    return t.format(app=app, steps="{:,}".format(ri(18000, 120000)), km="%.1f" % R.uniform(5, 90),
                    km2="%.1f" % R.uniform(5, 90), rhr=ri(44, 78), vo2="%.1f" % R.uniform(32, 62),
                    sh=ri(5, 8), sm=ri(0, 59), lr="%.1f" % R.uniform(5, 32), day=p(EN_DAYS),
                    date=en_date(), act=p(["Outdoor run", "Indoor cycle", "Pool swim (25 m)", "Hike",
                                           "Rowing", "Strength", "Trail run", "Elliptical", "Open water swim"]),
                    dur="%d:%02d:%02d" % (ri(0, 3), ri(0, 59), ri(0, 59)), pace="%d:%02d" % (ri(4, 8), ri(0, 59)),
                    elev=ri(0, 1400), kcal=ri(150, 2400), z1=ri(5, 20), z2=ri(20, 45), z3=ri(10, 30), z4=ri(0, 15),
                    dev=p(["Forerunner-style watch", "Ridge band 3", "Orbit HR strap", "Luna ring", "Vantage X2"]),
                    fw=version(), load=ri(200, 900), acwr="%.2f" % R.uniform(0.7, 1.8), stairs=ri(5, 120)), "en"


ROOMS = ["Living Room", "Kitchen", "Hallway", "Landing", "Garage", "Bedroom 2", "Nursery", "Utility",
         "Conservatory", "Loft", "Porch", "Study", "Greenhouse", "Cellar", "Patio"]
DEVICES = ["Motion Sensor", "Thermostat", "Smart Plug", "Ceiling Light", "Door Contact", "Leak Detector",
           "Smoke Alarm", "Blind Motor", "Air Purifier", "Robot Vacuum", "Doorbell Cam", "Heat Pump",
           "Radiator Valve", "Dehumidifier", "LED Strip"]


def f_smart_home_prose():
    r1, r2 = some(ROOMS, 2)
    d1, d2 = some(DEVICES, 2)
    scene = p(["Good Morning", "Movie Night", "Away Mode", "Holiday Lights", "Sunset Glow", "Eco Night",
               "Autumn Evening", "Jasmine Dim", "Amber Reading", "Ruby Party", "Victoria Sponge Bake",
               "Hazel Cosy", "Olive Calm", "Nightlight Ivy"])
    t = p([
        "My '{scene}' automation keeps firing at {t1} instead of {t2}. Trigger: {r1} {d1} detects motion; "
        "action: set {r2} {d2} to {pct}% and colour temp {k} K. Hub firmware {fw}. Any idea why?",
        "Write me a YAML automation: when the {r1} {d1} reports humidity above {h}% between {t1} and {t2}, "
        "turn on the {r2} {d2} for {m} minutes, then send a notification titled '{scene}'.",
        "The {d1} in the {r1} shows battery {b}% and signal {rssi} dBm, node ID {nid}. Zigbee channel {ch}. "
        "Should I move the repeater closer? It dropped offline {n} times since {date}.",
    ])
    return t.format(scene=scene, t1=hhmm(0, 23), t2=hhmm(0, 23), r1=r1, r2=r2, d1=d1, d2=d2, pct=ri(5, 100),
                    k=p([2200, 2700, 3000, 4000, 5000, 6500]), fw=version(), h=ri(55, 80), m=ri(5, 45),
                    b=ri(3, 100), rssi=-ri(40, 95), nid="0x%04X" % ri(0, 65535), ch=p([11, 15, 20, 25]),
                    n=ri(2, 14), date=en_date()), p(["en", "en-gb"])


def f_podcast_list():
    show = p(["Small Questions, Big Answers", "The Curious Engine", "Tidewater Talk", "Half-Life Radio",
              "Map Room", "Good Soil", "Stacks & Queues", "Night Shift Science", "The Salt Road",
              "Rust Belt Stories", "Paper Trail FM", "Orbit Notes", "The Quiet Hour", "Second Draft"])
    start = ri(40, 380)
    eps = []
    for i, topic in enumerate(some(PODCAST_TOPICS, ri(3, 6))):
        eps.append("Ep. %d — %s (%d:%02d) · %s" % (start + i, topic, ri(18, 95), ri(0, 59),
                                                  fmt_date(rdate(), p(["short_en", "iso", "uk"]))))
    t = p(["Here's the recent episode list of '{show}'. Which ones should I start with if I like history?\n{eps}",
           "{show} — Season {s}\n{eps}\nNo guests this season; all episodes are narrated by the production team.",
           "Can you turn this into a table with columns episode/title/length/date?\n{eps}"])
    return t.format(show=show, eps="\n".join(eps), s=ri(1, 12)), "en"


ATTRACTIONS = ["Riverside Zoo", "Harbour Aquarium", "Royal Botanic Gardens", "Museum of Flight",
               "Victoria and Albert Gallery", "Natural History Museum", "Butterfly House",
               "Science Discovery Centre", "Kelvingrove Art Gallery", "Maritime Museum",
               "Hazel Hill Wildlife Park", "Amber Valley Farm Park", "Planetarium & Observatory",
               "Toy Museum", "Railway Heritage Centre", "Museum of Clocks", "Roman Baths",
               "Seal Sanctuary", "Tropical World", "Children's Museum", "Rose Garden Conservatory",
               "Cathedral Treasury", "Transport Museum", "Tower Bridge Exhibition", "Ironbridge Gorge Museums",
               "Lighthouse Visitor Centre", "Castle Keep & Dungeons", "Aviary at Lake Louise",
               "Falconry Centre", "Dinosaur Trail", "Florence Mine Heritage Centre"]


def f_opening_hours():
    a = p(ATTRACTIONS)
    o, c = hhmm(8, 10, 30), hhmm(16, 19, 30)
    d = rdate()
    t = p([
        "{a} — opening hours\nMon–Fri {o}–{c}\nSat–Sun & bank holidays {o2}–{c2}\nLast entry {le} before closing.\n"
        "Closed {cd}. Adult £{pa}, child (3–15) £{pc}, under-3s free. Feeding talks at {ft} and {ft2}.",
        "Is the {a} open on {date}? Their site says 'Summer hours {o}–{c}, winter hours {o2}–{c2}, "
        "closed 24–26 December and 1 January'. Tickets {pa} per adult.",
        "Plan a day: we want to get to the {a} at {o}, the {b} closes at {c}, and lunch takes about {m} minutes. "
        "Travel between them is {tr} minutes. Both are closed on {cday}s.",
    ])
    return t.format(a=a, b=p(ATTRACTIONS), o=o, c=c, o2=hhmm(9, 11, 30), c2=hhmm(15, 17, 30),
                    le=p(["30 minutes", "1 hour", "45 minutes"]), cd=p(["Christmas Day", "Boxing Day", "New Year's Day",
                                                                        "Mondays in January", "every Tuesday"]),
                    pa=money(8, 35), pc=money(4, 20), ft=hhmm(10, 12, 15), ft2=hhmm(13, 16, 15), date=en_date(d),
                    m=ri(30, 90), tr=ri(10, 50), cday=p(EN_DAYS)), p(["en", "en-gb"])


PERFUMES = ["Nuit de Velours", "Santal Harbour", "Amber Lantern", "Jasmine Noir", "Rose Absolue No. 7",
            "Cedar & Salt", "Violet Hour", "Oud Meridian", "Fig Leaf Atelier", "Neroli Coast",
            "Iris Poudre", "Vetiver Storm", "Blanche Musk", "Tobacco Honey", "Citrus Atlas",
            "Pink Pepper Club", "Lily of the Valley 1956", "Hazelnut Praline", "Ivy Garden",
            "Midnight Magnolia", "Opal Rain", "Ruby Tuberose", "Black Orchid Reserve", "Leather Library",
            "Tea Rose Sillage", "Saffron Silk", "Moss & Ember", "Coral Reef Eau Fraîche",
            "Clementine Splash", "Heliotrope Dream"]
NOTES = ["bergamot", "pink pepper", "mandarin", "grapefruit", "cardamom", "Jasmine sambac",
         "Rose de Mai", "Turkish rose", "iris", "violet leaf", "tuberose", "orange blossom",
         "ylang-ylang", "lavender", "sandalwood", "vetiver", "patchouli", "amber", "vanilla",
         "tonka bean", "oud", "musk", "cedarwood", "benzoin", "labdanum", "leather", "tobacco",
         "fig", "sea salt", "neroli", "magnolia", "heliotrope", "saffron", "black tea"]


def f_perfume_notes():
    name = p(PERFUMES)
    top, heart, base = some(NOTES, 3), some(NOTES, 3), some(NOTES, 3)
    t = p([
        "{name} ({conc}, {ml} ml)\nTop notes: {top}\nHeart: {heart}\nBase: {base}\nLongevity {lg}/10 · Sillage {sg}/10 · Batch code {bc}",
        "Can you recommend something similar to {name}? I like the {n1} opening but the {n2} drydown is too heavy. "
        "Budget under €{price} for {ml} ml.",
        "Write a product description: {name}, an {conc} launched in {year}. Notes of {top}; a heart of {heart}; base of {base}. "
        "Bottle designed in {colour} glass.",
    ])
    return t.format(name=name, conc=p(["Eau de Parfum", "Eau de Toilette", "Extrait", "Eau de Cologne", "Parfum"]),
                    ml=p([30, 50, 75, 100, 125]), top=", ".join(top), heart=", ".join(heart), base=", ".join(base),
                    lg=ri(3, 10), sg=ri(3, 10), bc=p([digits(4), alnum(5), "%s%s" % (letters(1), digits(3))]),
                    n1=top[0], n2=base[0], price=ri(40, 260), year=ri(1960, 2025),
                    colour=p(COLOURS_NAME_LIKE).lower()), "en"


FABRICS = ["100% cotton", "95% viscose, 5% elastane", "80% wool, 20% polyamide", "100% linen",
           "60% cotton, 40% polyester", "100% merino wool", "70% acrylic, 30% mohair", "100% silk",
           "52% lyocell, 48% cotton", "100% recycled polyester", "88% nylon, 12% spandex",
           "cashmere blend", "bamboo viscose jersey"]
GARMENTS = ["Hazel wrap dress", "Olive utility jacket", "Chelsea boot", "Oxford shirt", "Harrington jacket",
            "Peacoat", "Breton top", "Cardigan 'Violet'", "Chino 'Austin' slim fit", "Trench coat",
            "Jogger 'Sydney'", "Bomber jacket", "Fisherman jumper", "Maxi skirt 'Florence'", "Polo shirt",
            "Denim jacket", "Ruby midi dress", "Puffer vest", "Linen trousers 'Capri'", "Hoodie",
            "Blazer 'Victoria'", "Parka", "Shacket", "Culottes", "Kilt", "Duffle coat", "Henley top",
            "Gilet", "Jumpsuit 'Amber'", "Sarong"]


def f_care_label_sizes():
    g = p(GARMENTS)
    size = p(["XS", "S", "M", "L", "XL", "XXL", "UK 10", "UK 14", "EU 38", "EU 42", "US 6", "W32 L34", "38R", "42L"])
    t = p([
        "Care label — {g}\nSize: {size}\nComposition: {fab}\nMachine wash {tmp}°C, gentle cycle\nDo not tumble dry\n"
        "Iron low · Do not bleach · Dry clean P\nRN {rn} · CA {ca} · Style {sty} · Lot {lot}",
        "Size chart for the {g}: chest {c1}–{c2} cm, waist {w1}–{w2} cm, hip {h1}–{h2} cm, inside leg {il} cm. "
        "I'm between {size} and the next one — which should I order? Fabric is {fab}.",
        "What do these symbols mean on my {g}? There's a tub with {tmp} in it, a crossed-out triangle and a circle with P. "
        "Tag also says 'Made in {cty} · {sty} · {lot}'.",
    ])
    c1 = ri(80, 110)
    w1 = ri(60, 95)
    h1 = ri(85, 115)
    return t.format(g=g, size=size, fab=p(FABRICS), tmp=p([30, 40, 60]), rn=digits(5), ca=digits(5),
                    sty="%s-%s" % (digits(3), digits(4)), lot=ssn_like(), c1=c1, c2=c1 + 4, w1=w1, w2=w1 + 4,
                    h1=h1, h2=h1 + 4, il=ri(72, 86), cty=p(["Portugal", "Bangladesh", "Italy", "Vietnam", "Türkiye",
                                                              "Morocco", "Romania", "India", "China", "Peru"])), p(["en", "en-gb"])


FURNITURE = ["BRÅKSTAD wardrobe", "LUNDVIK bookcase", "HELMSÖ desk", "TORSBY bed frame", "MALVIKEN chest of drawers",
             "ÖSTERGÅRD TV bench", "KALLEBY shelf unit", "SVALNÄS bunk bed", "FJÄLLBO sideboard",
             "Oakridge dining table", "Linden nightstand", "Sterling bar stool", "Hampton shoe cabinet",
             "Windsor rocking chair", "Hazel corner desk", "Aurora wall cabinet", "Harlow coffee table",
             "Chester filing cabinet", "Marlow cot", "Sherwood garden bench", "Brooklyn loft bed",
             "Ashby kitchen trolley", "Preston console table", "Camden storage bench", "Ingrid wall shelf",
             "Alma dressing table", "Nordby bench", "Ellery bookcase", "Rowan high chair", "Juniper plant stand"]


def f_furniture_assembly():
    f = p(FURNITURE)
    step = ri(2, 18)
    t = p([
        "Step {step}: Attach side panel {pa} to base {pb} using {n}× cam lock ({part}) and {m}× wooden dowel 8×30 mm. "
        "Do not fully tighten until step {step2}. Tools: Phillips #2, Allen key 4 mm.",
        "I'm stuck on the {f} instructions. Step {step} shows part {part} but my bag contains {part2} instead. "
        "The box label says article {art}, pack 2 of 3, weight {kg} kg. Did they send the wrong hardware?",
        "{f}\nAssembly: 2 persons recommended · approx. {min} min\nPackage contents:\n  A ×{a} side panel\n  B ×1 top\n"
        "  104321 ×{n} screw M6×40\n  118331 ×{m} dowel\n  {part} ×4 wall anchor\nWall fixing not included — consult a professional.",
    ])
    return t.format(step=step, step2=step + ri(1, 4), pa=p("ABCDEF"), pb=p("GHJK"), n=ri(2, 16), m=ri(4, 24),
                    part=part_no(), part2=part_no(), f=f, art=p(["%s.%s.%s" % (digits(3), digits(3), digits(2)),
                                                                 "%s-%s" % (digits(3), digits(4))]),
                    kg="%.1f" % R.uniform(4, 60), min=ri(30, 180), a=ri(2, 4)), p(["en", "en-gb"])


GEAR = ["2-person tent (1.9 kg)", "sleeping bag comfort −5 °C", "inflatable mat R-value 4.2", "titanium spork",
        "gas canister 230 g", "stove 'Jetfire'", "headlamp 400 lm", "spare AAA batteries ×6", "water filter 0.1 micron",
        "collapsible bucket", "trekking poles", "first-aid kit", "emergency bivvy bag", "paracord 15 m",
        "tent pegs ×8 (Y-stake)", "camp chair 'Helinox-style'", "cook pot 1.1 L", "dry bag 20 L", "map & compass",
        "sun cream SPF 50", "midge net", "down jacket", "waterproof overtrousers", "power bank 20,000 mAh",
        "pocket knife", "fire steel", "trowel", "microfibre towel", "insect repellent", "camp lantern 'Amber'",
        "hammock + tarp 3×3 m", "dehydrated meals ×4"]


def f_camping_gear():
    items = some(GEAR, ri(6, 12))
    t = p([
        "Packing list for {n} nights at {site} ({alt} m), pitch {pitch}:\n- " + "\n- ".join(items) +
        "\nCan you tell me what I'm missing?",
        "Total base weight check: " + "; ".join(items) + ". Is that under {kg} kg realistically?",
        "Campsite confirmation: {site}, pitch {pitch}, arriving {date} after {t}. Vehicle reg: not required. "
        "Lead guest name: [add at check-in]. Bring: " + ", ".join(items[:4]) + ".",
    ])
    return t.format(n=ri(1, 9), site=p(["Loch Ness Shores", "Glen Nevis Caravan Park", "Bryher Campsite",
                                        "Lake Louise Campground", "Yosemite Upper Pines", "Dolomiti Camping Olympia",
                                        "Skye Camping & Caravanning", "Hazel Wood Eco Camp", "Victoria Bay Campsite",
                                        "Eskdale Campsite", "Cala Gogo", "Camping Les Pins", "Wasdale Head",
                                        "Florence Park Camping", "Ruby Creek Camp", "Jasper Whistlers"]),
                    alt=ri(5, 2400), pitch="%s%d" % (p("ABCDEFG"), ri(1, 120)), kg=ri(5, 15), date=en_date(),
                    t=hhmm(12, 16, 30)), p(["en", "en-gb"])


DRILL_SUBJ = ["The baker", "My neighbour's dog", "The new intern", "Our teacher", "The pilot", "Every student",
              "The orchestra", "Nobody in the class", "The twins", "The museum guide", "A stranger",
              "The cat", "Your brother", "The waiter", "The committee", "The gardener", "My cousin",
              "The doctor", "The children", "The team captain", "She", "He", "They", "We", "The postman",
              "The old fisherman", "Each guest", "The librarian", "The farmer", "The landlord"]
DRILL_VERBS = [("go", "to the market every Tuesday"), ("eat", "lunch at half past twelve"),
               ("write", "three emails before nine"), ("visit", "Florence last spring"),
               ("play", "the violin since 2019"), ("bake", "a Victoria sponge"),
               ("forget", "the keys again"), ("swim", "forty lengths"), ("buy", "a Georgia peach"),
               ("read", "the whole of chapter twelve"), ("fly", "to Sydney in March"),
               ("take", "the 07:45 train"), ("paint", "the fence olive green"),
               ("plant", "ruby chard and violets"), ("finish", "the crossword by 10:30"),
               ("lose", "the umbrella on Bus 38"), ("study", "for the June exam"),
               ("teach", "Spanish at the Amber Academy"), ("drive", "to Charlotte overnight"),
               ("find", "a hazelnut in the cake")]


def f_language_drill():
    rows = []
    for i in range(ri(3, 6)):
        s = p(DRILL_SUBJ)
        v, rest = p(DRILL_VERBS)
        rows.append("%d. %s ___ (%s) %s." % (i + 1, s, v, rest))
    kind = p(["Fill in the gaps with the past simple.", "Use the present perfect where possible.",
              "Rewrite each sentence in the passive voice.", "Make each sentence negative.",
              "Turn these into questions.", "Use 'used to' where it sounds natural."])
    t = p(["Grammar drill (B1) — {kind}\n{rows}\nAnswer key on page {pg}.",
           "Can you check my answers? Exercise {ex}: {kind}\n{rows}",
           "Make 5 more sentences like these for my students, same level:\n{rows}"])
    return t.format(kind=kind, rows="\n".join(rows), pg=ri(12, 240), ex="%d.%d" % (ri(1, 14), ri(1, 9))), p(["en", "en-gb"])


CLUES = [("Capital of Georgia, the country", 7), ("Font named after a US state", 7), ("Gemstone or shade of red", 4),
         ("Florence's river", 4), ("Sydney's famous building, briefly", 5, ), ("Ship named after a queen", 5),
         ("Hazel's fruit", 3), ("Olive drink?", 3), ("Iris part", 5), ("Victoria ___ (waterfall)", 5),
         ("Amber warning, e.g.", 5), ("Charlotte's web maker", 6), ("Jasmine or rose, in tea", 8),
         ("Violet, for one", 6), ("Ivy League school", 4), ("Pearl's home", 6), ("Jade's colour", 5),
         ("Holly's season", 4), ("Daisy chain link", 6), ("Ruby or Python, to a coder", 8),
         ("Robin's egg colour", 4), ("Heather moor county", 9), ("Lily pond hopper", 4),
         ("Rosemary's partner in the kitchen", 5), ("Augusta's sport", 4), ("Regina's province", 12),
         ("Sage advice-giver", 6), ("Basil, e.g.", 4), ("Dawn's opposite", 4), ("Summer's predecessor", 6),
         ("Mercury's planetary neighbour", 5), ("Celsius scale point", 8), ("Doppler subject", 5)]


def f_crossword():
    cl = some(CLUES, ri(3, 6))
    rows = []
    for c in cl:
        rows.append("%d %s: %s (%d)" % (ri(1, 30), p(["Across", "Down"]), c[0], c[1]))
    t = p(["Stuck on tonight's crossword (No. {no}):\n{rows}\nAny hints without giving the answers away?",
           "Cryptic-ish clues for a pub quiz sheet — please check the letter counts:\n{rows}",
           "Puzzle {no} · {date}\n{rows}"])
    return t.format(no="%s" % "{:,}".format(ri(11000, 29999)), rows="\n".join(rows), date=en_date()), p(["en", "en-gb"])


TRIVIA = ["Which river flows through Florence?", "What is the capital of Victoria, Australia?",
          "Which US state capital is named Augusta?", "In which country is Lake Louise?",
          "Which city is home to the Sydney Harbour Bridge?", "What is the highest peak in the Alps?",
          "Which desert covers much of Namibia's coast?", "What is the longest river in South America?",
          "Which two countries share Lake Titicaca?", "What is the capital of Saint Lucia?",
          "Which strait separates Europe from Africa?", "What is the smallest country by area?",
          "Which ocean is the Sargasso Sea in?", "Which Canadian province has Regina as its capital?",
          "Georgia (the country) borders which sea?", "Which volcano destroyed Pompeii?",
          "What is the capital of Queensland?", "Victoria Falls lies on which river?",
          "Charlotte is the largest city in which state?", "Alexandria was founded in which year BC?",
          "Which island is Adelaide NOT on? (trick)", "Which country has the most time zones?",
          "How many countries border Germany?", "Which mountain range contains Mont Blanc?",
          "What is the capital of Madeira?", "Which river is Lisbon on?", "Which city hosts Carnegie Hall?",
          "In which country is Marion Island?", "Which state has Madison as capital?", "Where is the Eiffel Tower?"]


def f_geo_trivia():
    qs = some(TRIVIA, ri(3, 6))
    t = p(["Quiz round {r}: Geography\n" + "\n".join("Q%d. %s" % (i + 1, q) for i, q in enumerate(qs)) + "\nPoints: {pt} each.",
           "Check my answers please:\n" + "\n".join("%s → %s" % (q, p(["not sure", "?", "I think it's the obvious one", "skip"])) for q in qs),
           "Write 3 more questions in this style, all about coordinates like {c}:\n" + "\n".join(qs)])
    return t.format(r=ri(1, 8), pt=ri(1, 3), c=coords()), p(["en", "en-gb"])


AIRLINES = ["SkyLark Air", "Aurora Airways", "Meridian Atlantic", "BlueFin Air", "Cobalt Airlines",
            "TransAlpine", "Pelican Express", "Northwind Air", "Sapphire Wings", "Harbour Air Link",
            "Coral Sea Airways", "Ivory Coast Aero", "Victoria Jet", "Saffron Air", "Kestrel Regional"]


def f_airline_baggage():
    al = p(AIRLINES)
    t = p([
        "{al} baggage rules ({cls}): 1 cabin bag up to {cw} kg and {c1}×{c2}×{c3} cm, plus 1 personal item {p1}×{p2}×{p3} cm. "
        "Checked: {n} × {kg} kg. Excess weight €{ex}/kg. Sports equipment must be pre-booked at least {h} h before departure.",
        "Flight {fl} on {date}: my bag weighs {w} kg and the limit is {kg} kg. Is it cheaper to pay excess or add a second bag "
        "at €{b2}? Booking ref {ref}. Passenger name isn't needed for this question.",
        "Do power banks over {wh} Wh need airline approval on {al}? Mine says {mah} mAh, {v} V.",
    ])
    return t.format(al=al, cls=p(["Economy Light", "Economy Classic", "Premium", "Business", "Basic Fare"]),
                    cw=p([7, 8, 10, 12]), c1=55, c2=p([35, 40]), c3=p([20, 23, 25]), p1=40, p2=30, p3=p([15, 20]),
                    n=ri(1, 3), kg=p([20, 23, 25, 32]), ex=ri(8, 25), h=p([24, 48, 72]),
                    fl="%s%d" % (letters(2), ri(100, 9999)), date=en_date(), w="%.1f" % R.uniform(18, 35),
                    b2=ri(25, 90), ref=alnum(6), wh=p([100, 160]), mah="{:,}".format(p([10000, 20000, 26800, 30000])),
                    v=p(["3.7", "3.85"])), p(["en", "en-gb"])


GOODS = [("ceramic mugs", "6912.00.10"), ("cotton T-shirts", "6109.10.00"), ("loose-leaf tea", "0902.30.00"),
         ("paperback books", "4901.99.00"), ("LEGO-compatible bricks", "9503.00.70"), ("wool scarf", "6117.10.00"),
         ("olive oil 500 ml", "1509.20.00"), ("chocolate bars", "1806.32.10"), ("phone case", "4202.32.00"),
         ("watercolour paints", "3213.10.00"), ("vinyl records", "8523.80.10"), ("knitting needles", "7319.90.00"),
         ("dried mushrooms", "0712.39.00"), ("perfume 50 ml", "3303.00.10"), ("sewing machine bobbins", "8452.90.00"),
         ("3D printer nozzle", "8485.90.00"), ("board game", "9504.90.80"), ("leather wallet", "4202.31.00"),
         ("coffee beans 1 kg", "0901.21.00"), ("maple syrup", "1702.20.10"), ("socks", "6115.95.00"),
         ("camping stove", "7321.11.10"), ("printed postcards", "4909.00.00"), ("silk tie", "6215.10.00"),
         ("pet collar", "4201.00.00"), ("guitar strings", "9209.30.00"), ("jigsaw puzzle", "9503.00.61"),
         ("spices assorted", "0910.99.00"), ("glass ornaments", "7013.99.00"), ("bicycle bell", "8714.99.90")]


def f_customs_declaration():
    gs = some(GOODS, ri(1, 4))
    lines = ["%d × %s — HS %s — %s %s" % (ri(1, 12), g, hs, money(3, 180), p(["EUR", "GBP", "USD"])) for g, hs in gs]
    t = p([
        "CN22 — Customs declaration\nCategory: {cat}\nDetailed description of contents:\n{lines}\nTotal weight: {w} kg\n"
        "Sender's name: ____________\nSender's address: ____________\nTelephone: (optional)\nI certify that the particulars "
        "given are correct and that this item does not contain dangerous goods.",
        "What HS code should I use for these on the CN23? {lines2}. The form asks for 'Importer reference' and 'EORI' — "
        "I'm sending a gift so I left them blank.",
        "Commercial invoice draft — Invoice no. {inv}, Incoterms {inc}, origin {org}\n{lines}\nExporter: [company details on letterhead]\n"
        "Consignee: [to be completed]\nReason for export: {reason}",
    ])
    return t.format(cat=p(["Gift", "Commercial sample", "Documents", "Returned goods", "Sale of goods"]),
                    lines="\n".join(lines), lines2="; ".join(lines), w="%.2f" % R.uniform(0.1, 20),
                    inv="%s-%s" % (ri(2024, 2026), digits(5)), inc=p(["DAP", "DDP", "EXW", "FCA", "CPT"]),
                    org=p(["Portugal", "Japan", "Italy", "Germany", "Brazil", "Mexico", "Vietnam", "Canada"]),
                    reason=p(["Sale", "Gift", "Repair and return", "Sample", "Exhibition"])), p(["en", "en-gb"])


def f_insurance_clause():
    sec = "%d.%d" % (ri(1, 14), ri(1, 12))
    t = p([
        "Section {sec} — Definitions\n'Policyholder' means the person named in the Schedule. 'Insured Event' means sudden and "
        "unforeseen damage occurring during the Period of Insurance. The Excess is £{ex} for each and every claim, rising "
        "to £{ex2} for Escape of Water.\nSchedule fields: Policyholder name [ ], Date of birth [ ], Risk address [ ], "
        "Contact telephone [ ] — complete all fields in BLOCK CAPITALS.",
        "Can you explain this clause in plain English? \"{sec}. We will not pay for loss or damage caused by wear and tear, "
        "vermin, or gradual deterioration, nor for any claim notified more than {d} days after the Insured Event, unless "
        "the Policyholder could not reasonably have notified Us earlier.\" Policy form {form}.",
        "Claim form template\nPolicy number: ______ (10 characters, e.g. AB12345678)\nName of insured: ______\n"
        "Date of birth: DD / MM / YYYY\nDate of incident: DD / MM / YYYY\nPhone: ______\nDescription of loss: ______\n"
        "Note: section {sec} limits single-article cover to £{lim}.",
    ])
    return t.format(sec=sec, ex=p([50, 100, 150, 250, 350, 500]), ex2=p([350, 500, 1000]), d=p([14, 30, 60, 90]),
                    form="%s %s/%s" % (letters(3), digits(3), ri(20, 26)), lim="{:,}".format(p([1500, 2000, 2500, 5000]))), \
        p(["en", "en-gb"])


JOBS = ["Junior Data Analyst", "Warehouse Operative (Nights)", "Senior Rust Engineer", "Barista — Weekend",
        "Site Reliability Engineer", "Zookeeper (Primates)", "Library Assistant", "HGV Class 1 Driver",
        "Sous Chef", "Museum Visitor Host", "Parcel Sorter", "Kitchen Porter", "Lab Technician",
        "UX Researcher", "Bicycle Mechanic", "Cinema Projectionist", "Pet Groomer", "Customer Support Agent (German)",
        "Seasonal Ski Instructor", "Gardener — Rose Collection", "Conservation Volunteer Coordinator",
        "Sewing Machinist", "3D Print Technician", "Perfume Sales Consultant", "Tour Guide (Italian speaking)",
        "Apprentice Electrician", "Payroll Administrator", "Fleet Coordinator", "Podcast Producer",
        "Store Manager — Victoria Street branch"]


def f_job_posting():
    j = p(JOBS)
    t = p([
        "{j}\nLocation: {loc} (hybrid, {dd} days on site)\nSalary: £{s1}–£{s2} + {b}\nHours: {h}\nReference: {ref}\n"
        "How to apply: use the online form only — please do not include a photo, date of birth or marital status in your CV.",
        "Rewrite this job ad to sound friendlier: '{j} wanted. {h}. £{s1}. Must hold a full licence. Apply via the portal "
        "quoting ref {ref}. Closing date {date}. No agencies.'",
        "We're hiring: {j} at {loc}. Start date {date}. Contract: {ct}. Benefits: {b}, {hol} days' holiday, cycle-to-work scheme. "
        "Interviews will be held in the Amber Room of the Kingsway Building.",
    ])
    return t.format(j=j, loc=p(["Manchester", "Leeds", "Victoria Docks", "Canary Wharf", "Remote (UK)", "Bristol Temple Quay",
                                "Sydney CBD", "Charlotte, NC", "Dublin 2", "Edinburgh Park", "Florence Business Park",
                                "Madison Square", "Cardiff Bay", "Milton Keynes"]),
                    dd=ri(1, 4), s1="{:,}".format(ri(21, 60) * 1000), s2="{:,}".format(ri(61, 95) * 1000),
                    b=p(["pension", "private healthcare", "profit share", "annual bonus", "free parking"]),
                    h=p(["37.5 h/week", "Mon–Fri 09:00–17:30", "4 on / 4 off", "nights 22:00–06:00", "weekends only"]),
                    ref="%s/%s/%s" % (letters(2), ri(24, 26), digits(4)), date=en_date(),
                    ct=p(["permanent", "12-month fixed term", "seasonal", "part-time"]), hol=ri(20, 33)), p(["en", "en-gb"])


CLASSIFIEDS = ["Singer 15-91 sewing machine, 1956, works", "Raleigh Chopper Mk2, orange", "Hornby OO gauge train set",
               "Dyson V11 cordless vacuum", "Fender Stratocaster (Mexican), sunburst", "Le Creuset casserole 26 cm, Volcanic",
               "Victorian oak writing desk", "Ruby glass decanter set", "Brompton M6L folding bike", "Moka pot 6-cup",
               "Kenwood Chef mixer", "Amber necklace (costume jewellery)", "Pram/pushchair 'Olive' colourway",
               "Georgian-style mirror", "Chesterfield sofa, 3 seater", "Roland digital piano", "Tiffany-style lamp",
               "Leica rangefinder body", "Belfast sink", "Aga cooker (2-oven)", "Wendy house, needs paint",
               "Hazel hurdle fence panels ×6", "Jasmine plant in pot", "Willow garden obelisk", "Lego Millennium Falcon",
               "Kindle Paperwhite 11th gen", "Heron garden statue", "Cast-iron Morris-style chair", "Ercol Windsor chairs ×4",
               "Barbour-style wax jacket, size 40"]


def f_classified_ad():
    it = p(CLASSIFIEDS)
    t = p([
        "FOR SALE: {it}. £{pr} ono. Collection only from {area}. Measurements {a}×{b}×{c} cm. No time-wasters. "
        "Contact via the site's messaging only — no phone numbers please.",
        "Help me write a listing: {it}, bought {yr}, serial {sn}, light wear, original box. Asking £{pr}.",
        "WANTED: {it} or similar. Will pay up to £{pr}. Can collect within {km} km of {area}. Reply through the app.",
    ])
    return t.format(it=it, pr=ri(10, 900), area=p(["Florence Park", "Victoria Park area", "Hazel Grove", "Chelsea Harbour",
                                                  "Kingston upon Thames", "Charlotte Square", "Jesmond", "Headingley",
                                                  "Clifton village", "Sydney Gardens", "Augusta Road area"]),
                    a=ri(20, 200), b=ri(20, 120), c=ri(5, 90), yr=ri(1995, 2024), sn=serial(), km=ri(5, 60)), "en-gb"


SEW_ERR = [("E1", "Thread jam in bobbin area"), ("E2", "Needle not in highest position"), ("E3", "Presser foot lever raised"),
           ("E4", "Bobbin winder engaged"), ("E5", "Main motor overload"), ("E6", "Buttonhole lever not lowered"),
           ("E7", "Foot pedal connected while START/STOP pressed"), ("F01", "Upper thread broken"),
           ("F05", "Embroidery unit not detected"), ("F12", "Hoop size mismatch"), ("EA", "Check lower thread"),
           ("E11", "Needle plate removed"), ("E16", "Memory full"), ("E19", "Temperature too high")]
SEW_MODELS = ["Singer Heavy Duty 4423", "Brother Innov-is F480", "Janome Memory Craft 9850", "Bernina 335",
              "Pfaff Ambition 1.5", "Husqvarna Viking Opal 690Q", "Elna eXperience 520s", "Juki HZL-F600",
              "Toyota Oekaki 50", "Janome Skyline S5", "Brother Stellaire XJ1", "Singer Quantum Stylist 9960",
              "Bernina Aurora 440", "Pfaff Creative Icon 2"]


def f_sewing_error():
    m = p(SEW_MODELS)
    code, desc = p(SEW_ERR)
    t = p(["My {m} shows '{code}' and beeps {n} times. Manual says '{desc}'. I've rethreaded and changed the needle "
           "(size {nd}) but it still stops after about {st} stitches. Serial {sn}.",
           "Error table for {m} (firmware {fw}):\n{tbl}\nWhich one could be caused by thick denim?",
           "Troubleshooting log:\n- {d1}: {code} during quilting, speed slider at {pct}%\n- {d2}: after oiling, no error for {h} h\n- today: {code} again"])
    tbl = "\n".join("%s — %s" % e for e in some(SEW_ERR, 4))
    return t.format(m=m, code=code, desc=desc, n=ri(1, 5), nd=p(["70/10", "80/12", "90/14", "100/16", "110/18"]),
                    st=ri(5, 400), sn=serial(), fw=version(), tbl=tbl, d1=fmt_date(rdate(), "uk"),
                    d2=fmt_date(rdate(), "uk"), pct=ri(20, 100), h=ri(1, 30)), p(["en", "en-gb"])


SHEET_COLS = ["Quantity", "Unit price", "SKU", "Colour", "Size", "Weight (g)", "Region", "Month", "Category",
              "Stock", "Reorder level", "Supplier code", "Discount %", "Margin", "Shipping zone", "Warehouse",
              "Batch", "Expiry", "Barcode", "Status"]


def f_spreadsheet_formula():
    c1, c2 = some(SHEET_COLS, 2)
    col = p("BCDEFGH")
    n = ri(50, 5000)
    t = p([
        "In Sheets, column {col} is '{c1}' and column {col2} is '{c2}'. I want =SUMIFS({col}2:{col}{n}, {col2}2:{col2}{n}, \"{val}\") "
        "but it returns 0. Values look like {v1} and {v2}. Why?",
        "Excel: =XLOOKUP(A2, Products!A:A, Products!{col}:{col}, \"not found\") returns #N/A for codes like {v1} but works for {v2}. "
        "Could the dashes be the problem?",
        "How do I turn text like '{v1}' into a number? =VALUE(SUBSTITUTE(A2,\"-\",\"\")) gives {v3}. Column header is '{c1}'.",
        "Conditional formatting rule: if '{c1}' < '{c2}' make row {colour}. Range $A$2:$K${n}. Formula I tried: =${col}2<${col2}2",
    ])
    return t.format(col=col, col2=p("IJKLMN"), c1=c1, c2=c2, n=n, val=p(COLOURS_NAME_LIKE), v1=part_no(), v2=part_no(),
                    v3=digits(10), colour=p(COLOURS_NAME_LIKE).lower()), "en"


OBSERVANCES = [("St. David's Day", "1 March"), ("St. Patrick's Day", "17 March"), ("St. George's Day", "23 April"),
               ("St. Andrew's Day", "30 November"), ("Boxing Day", "26 December"), ("Candlemas", "2 February"),
               ("Shrove Tuesday", "varies"), ("Ascension Day", "varies"), ("All Saints' Day", "1 November"),
               ("Bonfire Night", "5 November"), ("Martinmas", "11 November"), ("St. Swithin's Day", "15 July"),
               ("Lammas", "1 August"), ("Burns Night", "25 January"), ("St. Lucy's Day", "13 December"),
               ("Twelfth Night", "5 January"), ("Diwali", "varies"), ("Lunar New Year", "varies"),
               ("Eid al-Fitr", "varies"), ("Hanukkah (first night)", "varies"), ("Earth Day", "22 April"),
               ("World Book Day", "varies"), ("Juneteenth", "19 June"), ("Columbus Day", "2nd Monday of October"),
               ("Presidents' Day", "3rd Monday of February"), ("Victoria Day (Canada)", "Monday before 25 May"),
               ("Remembrance Sunday", "2nd Sunday of November"), ("Mothering Sunday", "varies"),
               ("World Oceans Day", "8 June"), ("International Women's Day", "8 March"), ("Pi Day", "14 March"),
               ("St. Nicholas Day", "6 December"), ("Whit Monday", "varies")]


def f_holiday_calendar():
    obs = some(OBSERVANCES, ri(3, 7))
    yr = ri(2025, 2027)
    t = p(["Observances to add to our {yr} shared calendar:\n" + "\n".join("- %s (%s)" % o for o in obs) +
           "\nWhich of these are public holidays in Scotland?",
           "Newsletter blurb: This month we mark " + ", ".join(o[0] for o in obs) + ". The office closes at {t} the day before.",
           "Make me an ICS-style list for {yr}: " + "; ".join("%s — %s" % o for o in obs)])
    return t.format(yr=yr, t=hhmm(12, 16, 30)), p(["en", "en-gb"])


CHURCHES = ["St Mary's Parish Church", "St. John the Evangelist", "Christ Church Cathedral", "Holy Trinity",
            "St. Augustine's", "Our Lady of Lourdes", "St. Peter & St. Paul", "Methodist Central Hall",
            "Friends Meeting House", "St. Nicholas Minster", "Greek Orthodox Church of St. Sophia",
            "Sri Venkateswara Temple", "Gurdwara Sahib", "Central Mosque", "Liberal Synagogue",
            "St. Margaret's Chapel", "St. Columba's Kirk", "All Hallows by the Tower", "St. Bride's",
            "Buddhist Vihara", "St. Francis of Assisi", "Chapel of St. Catherine", "St. Aidan's",
            "Baptist Tabernacle", "St. Giles' Cathedral", "St. Anne's Shandon", "St. Mungo's", "Salvation Army Citadel",
            "St. Ethelreda's", "Quaker Meeting, Jordans"]


def f_service_times():
    c = p(CHURCHES)
    t = p([
        "{c} — Service times\nSunday: {t1} Holy Communion · {t2} Parish Eucharist · {t3} Evensong\nWednesday: {t4} Said Eucharist\n"
        "Confessions Saturday {t5}–{t6}. Parish office open Tue/Thu {t7}–{t8}. Baptisms by arrangement.",
        "Can you turn this into a neat table? '{c}: weekday prayers {t1}, {t2}; Friday main prayer {t3}; children's class Sat {t4}; "
        "community lunch 2nd Sunday of each month from {t5}.'",
        "What time is the {f} service at {c} this year? Last year it was {t3} on {date} and the carol service at {t4}.",
    ])
    return t.format(c=c, t1=hhmm(7, 9, 15), t2=hhmm(9, 11, 15), t3=hhmm(16, 19, 15), t4=hhmm(10, 19, 15),
                    t5=hhmm(10, 12, 30), t6=hhmm(12, 13, 30), t7=hhmm(9, 10, 30), t8=hhmm(12, 15, 30),
                    f=p(["Christmas Eve", "Easter Vigil", "Harvest Festival", "Candlemas", "Remembrance", "Diwali puja",
                         "Vaisakhi", "Eid", "Midnight Mass", "Ash Wednesday"]), date=en_date()), p(["en", "en-gb"])


FEST_ACTS = ["Samba drumming parade", "Morris dancers", "Silent disco", "Chilli-eating contest", "Dog show (all breeds)",
             "Steel band", "Lantern procession", "Brass band", "Face painting", "Dragon boat heats", "Ceilidh",
             "Puppet theatre", "Circus skills workshop", "Street food market", "Tug of war", "Vintage car parade",
             "Maypole dancing", "Fireworks finale", "Open mic stage", "Sheepdog trials", "Poetry slam",
             "Bhangra workshop", "Duck race on the river", "Climbing wall", "Cake competition (Victoria sponge class)",
             "Jazz on the bandstand", "Salsa lesson", "Choir sing-along", "Kite-making tent", "Bubble show"]


def f_street_festival():
    name = p(["Harbour Days", "Midsummer Street Fair", "Victoria Park Carnival", "Lantern Festival", "Hazel Lane Fête",
              "Riverside Mela", "Old Town Folk Weekend", "Autumn Apple Fair", "Chelsea Garden Weekend", "Solstice Night Market",
              "Jasmine Lantern Walk", "Ruby Jubilee Fair", "Canal Festival", "Kingsway Food Fest", "Amber Valley Show"])
    acts = some(FEST_ACTS, ri(4, 8))
    tm = _dt.datetime(2025, 1, 1, ri(10, 13), p([0, 30]))
    rows = []
    for a in acts:
        rows.append("%s  %s — %s" % (tm.strftime("%H:%M"), a, p(["Main Stage", "Bandstand", "Market Square", "Church Green",
                                                                  "Riverside Lawn", "Victoria Stage", "Tent B", "High Street"])))
        tm += _dt.timedelta(minutes=p([30, 45, 60, 90]))
    t = p(["{name} {yr} — Programme ({date})\n{rows}\nRoad closures from {rc}. All performers appear courtesy of local groups.",
           "Please make this programme fit on an A5 flyer:\n{name}\n{rows}",
           "Which of these would suit kids under 5? {name}:\n{rows}"])
    return t.format(name=name, yr=ri(2025, 2026), date=en_date(), rows="\n".join(rows), rc=hhmm(6, 9, 30)), p(["en", "en-gb"])


PET_PRODUCTS = ["Bella Adult Dry Cat Food 4 kg", "Max Active Dog Biscuits 1.5 kg", "Luna Clumping Litter 10 L",
                "Charlie Chew Rope Toy", "Daisy Guinea Pig Nuggets 2 kg", "Oscar Aquarium Filter 600 L/h",
                "Ruby Wild Bird Seed Mix 12.75 kg", "Buddy Orthopaedic Dog Bed (L)", "Poppy Hamster Wheel 21 cm",
                "Rex Reptile UVB Tube T5 24\"", "Coco Parrot Perch", "Milo Puppy Training Pads ×50",
                "Rocky Rabbit Hutch 'Windsor'", "Ginger Catnip Mouse ×3", "Teddy Grooming Brush",
                "Koi Pellets 'Amber Gold' 5 kg", "Hazel Dog Harness (M)", "Nala Scratching Post 90 cm",
                "Olive Ferret Hammock", "Jasper Flea Spot-On (4-10 kg)", "Willow Tortoise Table",
                "Pepper Tropical Flakes 250 ml", "Rosie Cat Carrier", "Benji Dental Sticks ×28",
                "Archie Raincoat for Dogs", "Murphy Salt Lick 2 kg", "Stella Goldfish Bowl 10 L",
                "Ziggy Budgie Mirror", "Frankie Fish Tank Heater 100 W", "Honey Hay Timothy 1 kg"]


def f_pet_shop():
    items = some(PET_PRODUCTS, ri(2, 5))
    t = p(["Order summary (pet shop): " + "; ".join("%s ×%d @ £%s (SKU %s)" % (i, ri(1, 4), money(2, 70), digits(7)) for i in items) +
           ". Subtotal £{sub}. Loyalty points earned: {pts}.",
           "Which of these is suitable for a {age}-month-old {pet}? " + ", ".join(items),
           "Product name: {one}\nEAN: {ean}\nFeeding guide: {g1}–{g2} g per day for {w1}–{w2} kg body weight\nBest before: {bb} · Lot {lot}",
           ])
    return t.format(sub=money(10, 300), pts=ri(10, 900), age=ri(2, 30),
                    pet=p(["kitten", "puppy", "rabbit", "guinea pig", "budgie", "bearded dragon", "ferret", "goldfish"]),
                    one=items[0], ean=digits(13), g1=ri(20, 200), g2=ri(201, 500), w1=ri(1, 10), w2=ri(11, 40),
                    bb=fmt_date(rdate(2025, 2027), p(["uk", "dot"])), lot=ssn_like()), "en-gb"


def f_blank_form():
    form = p(["Volunteer sign-up sheet", "Club membership renewal", "Allotment waiting list application",
              "School trip consent form", "Library card application", "Gym induction form",
              "Museum research room registration", "Pet adoption enquiry", "Parking permit request",
              "Raffle ticket stub", "Guest Wi-Fi registration", "Visitor badge request"])
    t = p([
        "{form}\n\nName: ______________________\nDate of birth: __ / __ / ____\nAddress: ______________________\n"
        "Postcode: ________\nPhone: ______________\nEmail: ______________\nSignature: ____________  Date: ________\n\n"
        "Can you rewrite this so the fields are accessible for screen readers?",
        "For our '{form}', which of these fields do we legally need? Full name, Date of birth, Home address, Phone number, "
        "Emergency contact, NI number. Current placeholder text is e.g. 'Enter your name here' and 'DD/MM/YYYY'.",
        "Template placeholders for the {form}: {{first_name}} {{last_name}}, born {{dob}}, living at {{street}} {{house_no}}, "
        "{{postcode}}. Phone: {{phone}}. Why does the mail-merge leave them blank?",
        "Field validation rules ({form}):\n- Name: required, max 80 chars\n- Phone: optional, pattern ^\\+?[0-9 ]{{7,15}}$\n"
        "- Date of birth: required, must be before {date}\n- Address line 1: required\nWhat regex should I use for UK postcodes?",
    ])
    return t.format(form=form, date=fmt_date(rdate(2008, 2012), "iso")), p(["en", "en-gb"])


PAINTS = ["Elephant's Breath", "Rose Quartz", "Hazel Mist", "Olive Grove", "Amber Dusk", "Victorian Lace",
          "Georgian Grey", "Ivy League", "Jasmine Tea", "Violet Hour", "Sage Leaf", "Heather Moor", "Dorian Blue",
          "Pearl Drop", "Coral Cove", "Saffron Thread", "Clementine Zest", "Willow Tree", "Juniper Ash",
          "Magnolia Classic", "Holly Berry", "Hague Blue", "Stiffkey Blue", "Charleston Gray", "Florence Terracotta",
          "Sydney Harbour", "Ruby Port", "Jade Garden", "Fern Gully", "Dawn Chorus"]


def f_paint_colours():
    cs = some(PAINTS, ri(2, 4))
    t = p(["Does {a} go with {b} in a north-facing room? Codes {c1} and {c2}, LRV {l1} vs {l2}.",
           "Paint order: " + "; ".join("%s (%s) %s L %s" % (c, p(["matt", "eggshell", "satin", "gloss"]),
                                                             p(["1", "2.5", "5"]), part_no()) for c in cs) +
           ". Delivery slot {t1}–{t2}.",
           "Give me a palette around {a}: HEX {hx}, RGB {rgb}. Accent maybe {b}?"])
    return t.format(a=cs[0], b=cs[1], c1="%s %s" % (digits(4), letters(1)), c2="No. %d" % ri(1, 320),
                    l1=ri(5, 85), l2=ri(5, 85), t1=hhmm(7, 12, 60), t2=hhmm(13, 18, 60),
                    hx="#%06X" % ri(0, 0xFFFFFF), rgb="%d, %d, %d" % (ri(0, 255), ri(0, 255), ri(0, 255))), "en-gb"


# ==========================================================================
# TOOL-CALL / TOOL-RESULT FRAMES (JSON, CSV, logs)
# ==========================================================================
def t_parcel_track_call():
    obj = {"name": p(["parcels.track", "shipping.get_tracking", "courier.lookup", "logistics.trackShipment"]),
           "arguments": {"tracking_number": p([trk_ups(), trk_dhl(), trk_post(), trk_grouped()]),
                         "carrier": p(["ups", "dhl", "royal_mail", "dpd", "gls", "postnl", "yamato", "correios"]),
                         "include_events": R.random() < .7, "lang": p(["en", "de", "fr", "ja"])}}
    if R.random() < .5:
        d0 = rdate()
        obj = {"tracking_number": obj["arguments"]["tracking_number"], "status": p(["in_transit", "delivered", "exception", "out_for_delivery"]),
               "events": [{"ts": "%sT%s:00Z" % ((d0 + _dt.timedelta(days=k)).isoformat(), hhmm(0, 23, 1)), "location": p(HUBS), "desc": p(TRACK_EVENTS)}
                          for k in range(ri(2, 5))],
               "recipient": None, "signature_required": R.random() < .3, "weight_kg": round(R.uniform(0.1, 25), 2)}
    return js(obj, p([None, 2])), "en"


def t_3dprinter_log():
    fw = p(["Marlin 2.1.2", "Klipper v0.12.0-" + str(ri(10, 400)), "RepRapFirmware 3.5", "Prusa-Firmware 3.13.3"])
    lines = ["; %s, board %s" % (fw, p(["SKR Mini E3 V3", "Octopus Pro", "Einsy Rambo", "Duet 3 Mini 5+"]))]
    t = _dt.datetime(2025, ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59))
    for _ in range(ri(5, 10)):
        t += _dt.timedelta(seconds=ri(1, 900))
        lines.append("%s %s" % (t.strftime("%H:%M:%S"), p([
            "echo:busy: processing", "T:%.1f /%d B:%.1f /%d @:%d" % (R.uniform(180, 250), p([205, 215, 240]), R.uniform(50, 110), p([60, 100]), ri(0, 127)),
            "M117 Layer %d/%d" % (ri(1, 400), ri(401, 900)), "echo:Unknown command: \"M%d\"" % ri(900, 999),
            "Error:Thermal Runaway, system stopped! Heater_ID: %d" % ri(0, 1), "// action:pause filament runout E%d" % ri(0, 1),
            "G1 X%.3f Y%.3f E%.5f F%d" % (R.uniform(0, 235), R.uniform(0, 235), R.uniform(0, 2), p([1200, 1800, 3000, 6000])),
            "Print file: %s.gcode (%d bytes)" % (p(["benchy", "calibration_cube_20mm", "cable_clip_v3", "Rose_vase_spiral",
                                                   "Victoria_bracket", "hazel_knob_M4", "Amber_lamp_shade", "gear_z17"]), ri(10000, 9999999)),
            "echo:Z-offset -%.3f" % R.uniform(0.5, 2), "ok N%d" % ri(1, 99999)])))
    return "\n".join(lines), "en"


def t_smarthome_states():
    ents = []
    for _ in range(ri(3, 6)):
        room, dev = p(ROOMS), p(DEVICES)
        eid = "%s.%s_%s" % (p(["sensor", "light", "switch", "climate", "binary_sensor", "cover", "vacuum"]),
                            room.lower().replace(" ", "_"), dev.lower().replace(" ", "_"))
        ents.append({"entity_id": eid, "state": p(["on", "off", "unavailable", str(ri(0, 100)), "%.1f" % R.uniform(15, 28), "heat", "idle"]),
                     "attributes": {"friendly_name": "%s %s" % (room, dev), "battery": ri(1, 100), "linkquality": ri(0, 255)},
                     "last_changed": "%sT%s:%02d+00:00" % (rdate().isoformat(), hhmm(0, 23, 1), ri(0, 59))})
    if R.random() < .5:
        return js({"name": "home.get_states", "arguments": {"area": p(ROOMS).lower()}}) + "\n" + js(ents), "en"
    return js(ents, 2), "en"


PRODUCTS_SQL = ["Georgia Serif Mug", "Amber Glass Vase", "Ruby Red Kettle", "Olive Wood Board", "Hazel Scarf",
                "Victoria Sponge Tin", "Chelsea Boot Polish", "Florence Espresso Cups", "Jasmine Candle",
                "Ivy Planter", "Violet Notebook", "Sydney Beach Towel", "Jade Tea Set", "Pearl Earrings (faux)",
                "Rose Gold Pen", "Sage Linen Napkins", "Willow Basket", "Coral Bath Mat", "Iris Wall Clock",
                "Magnolia Throw", "Juniper Gin Glass", "Holly Wreath Kit", "Opal Lamp", "Saffron Spice Jar",
                "Dawn Alarm Clock", "Heather Wool Socks", "Basil Herb Kit", "Clementine Juicer", "Marigold Gloves", "Lily Soap"]


def t_sql_products():
    n = ri(3, 8)
    rows = [(ri(1000, 99999), p(PRODUCTS_SQL), part_no(), money(2, 120), ri(0, 900), fmt_date(rdate(), "iso")) for _ in range(n)]
    style = R.random()
    q = "SELECT id, name, sku, price, stock, updated_at FROM products WHERE %s ORDER BY %s LIMIT %d;" % (
        p(["stock < 50", "category = 'home'", "price > 20", "name LIKE '%%%s%%'" % p(COLOURS_NAME_LIKE).split()[0]]),
        p(["stock", "price DESC", "updated_at"]), n)
    if style < .4:
        out = [q, " id    | name                 | sku            | price  | stock | updated_at",
               "-------+----------------------+----------------+--------+-------+-----------"]
        out += [" %-5d | %-20s | %-14s | %6s | %5d | %s" % r for r in rows]
        out.append("(%d rows)" % n)
        return "\n".join(out), "en"
    if style < .7:
        out = ["id,name,sku,price,stock,updated_at"] + ["%d,\"%s\",%s,%s,%d,%s" % r for r in rows]
        return "\n".join(out), "en"
    return js({"name": "db.query", "arguments": {"sql": q}, "result": [dict(zip(["id", "name", "sku", "price", "stock", "updated_at"], r)) for r in rows]}), "en"


def t_api_error():
    code = p([400, 401, 403, 404, 409, 413, 422, 429, 500, 502, 503])
    obj = {"error": {"code": code, "type": p(["invalid_request_error", "validation_error", "rate_limit_exceeded",
                                              "not_found", "conflict", "upstream_timeout"]),
                     "message": p(["Field 'name' is required.", "Field 'date_of_birth' must match YYYY-MM-DD.",
                                   "Parameter 'phone' must be E.164 formatted.", "Unknown field 'address_line_2'.",
                                   "Request body exceeds 1 MB.", "Rate limit of %d requests per minute exceeded." % ri(60, 600),
                                   "Resource 'order/%s' not found." % digits(9), "Idempotency key reused with different payload.",
                                   "Field 'email' must not be empty.", "Timeout contacting upstream after %d ms." % ri(1000, 30000)]),
                     "param": p(["name", "date_of_birth", "phone", "email", "address", "sku", None]),
                     "request_id": "req_%s" % alnum(20).lower(), "doc_url": "https://docs.example.com/errors/%d" % code},
           "retry_after": ri(1, 120) if code == 429 else None}
    if R.random() < .4:
        return "HTTP/1.1 %d\ncontent-type: application/json\nx-trace-id: %s\n\n%s" % (code, "%s-%s" % (digits(8), alnum(12).lower()), js(obj, 2)), "en"
    return js(obj), "en"


def t_fitness_result():
    days = []
    d = rdate()
    for i in range(ri(3, 7)):
        dd = d + _dt.timedelta(days=i)
        days.append({"date": dd.isoformat(), "steps": ri(1500, 25000), "resting_hr": ri(45, 80), "sleep_min": ri(240, 560),
                     "active_kcal": ri(80, 1500), "vo2max": round(R.uniform(30, 60), 1)})
    obj = {"name": p(["fitness.get_daily_summary", "health.sync", "wearable.fetch"]),
           "arguments": {"start": d.isoformat(), "days": len(days), "metrics": ["steps", "resting_hr", "sleep_min"]}}
    if R.random() < .5:
        return js(obj), "en"
    return js({"device": p(["Orbit HR", "Ridge band 3", "Luna ring", "Vantage X2"]), "firmware": version(), "user": "self",
               "days": days}, p([None, 2])), "en"


def t_library_search():
    res = [{"title": b, "isbn": isbn(), "call_no": "%d.%d %s" % (ri(100, 999), ri(1, 99), letters(3)),
            "branch": p(["Central", "Riverside", "Carnegie", "Victoria Road", "Mobile 7"]),
            "status": p(["available", "on loan", "reserved", "in transit"]),
            "due": fmt_date(rdate(2025, 2026), "iso") if R.random() < .5 else None}
           for b in some(BOOKS, ri(2, 5))]
    if R.random() < .4:
        return js({"name": "library.search", "arguments": {"q": p(BOOKS).split()[-1].lower(), "format": p(["book", "ebook", "audiobook"]),
                                                           "limit": ri(5, 50)}}), "en-gb"
    return js({"total": ri(len(res), 300), "results": res}, p([None, 2])), "en-gb"


def t_holidays_result():
    yr = ri(2025, 2027)
    hs = some(OBSERVANCES, ri(3, 7))
    cc = p(["GB", "IE", "US", "CA", "AU", "DE", "FR", "ES", "IT", "BR", "JP"])
    obj = [{"date": "%d-%02d-%02d" % (yr, ri(1, 12), ri(1, 28)), "name": h[0], "country": cc, "type": p(["public", "observance", "bank"])}
           for h in hs]
    if R.random() < .3:
        return js({"name": "calendar.list_holidays", "arguments": {"country": cc, "year": yr, "subdivision": p(["ENG", "SCT", "NIR", None])}}), "en"
    return js(obj, p([None, 2])), "en"


def t_customs_classify():
    g, hs = p(GOODS)
    obj = {"name": "customs.classify", "arguments": {"description": g, "origin_country": p(["PT", "JP", "IT", "DE", "BR", "CN", "VN", "MX"]),
                                                     "destination_country": p(["GB", "US", "CA", "AU", "CH", "NO"]),
                                                     "declared_value": float(money(2, 400)), "currency": p(["EUR", "USD", "GBP"]),
                                                     "weight_grams": ri(20, 9000)}}
    if R.random() < .5:
        obj = {"hs_code": hs, "description": g, "duty_rate": "%.1f%%" % R.uniform(0, 12), "vat_rate": "%d%%" % p([0, 5, 20]),
               "restricted": False, "notes": p(["Gift under threshold", "Requires commercial invoice", "Origin proof recommended", None])}
    return js(obj), "en"


def t_pet_inventory():
    it = p(PET_PRODUCTS)
    if R.random() < .5:
        return js({"name": "inventory.lookup", "arguments": {"query": it.split()[0] + " " + it.split()[1], "store_id": ri(100, 999),
                                                             "in_stock_only": True}}), "en-gb"
    return js({"sku": digits(7), "ean": digits(13), "name": it, "stock": {"store_%d" % ri(100, 999): ri(0, 40),
                                                                       "warehouse": ri(0, 900)},
               "price_gbp": float(money(2, 90)), "reorder_point": ri(5, 50)}, p([None, 2])), "en-gb"


def t_sheet_eval():
    f = p(["=SUMIFS(D2:D%d, B2:B%d, \"%s\")", "=XLOOKUP(\"%s\", A:A, C:C)", "=TEXT(%s, \"dd/mm/yyyy\")",
           "=COUNTIF(E:E, \"%s\")", "=VALUE(SUBSTITUTE(\"%s\", \"-\", \"\"))"])
    n = ri(20, 5000)
    arg = p([part_no(), p(COLOURS_NAME_LIKE), str(ri(40000, 47000)), ssn_like()])
    if f.startswith("=SUMIFS"):
        f = f % (n, n, arg)
    else:
        f = f % arg
    obj = {"name": "sheets.evaluate", "arguments": {"spreadsheet": p(["Q3 stock", "Inventory 2025", "Warehouse counts", "Price list v%d" % ri(2, 9)]),
                                                     "sheet": p(["Sheet1", "Products", "Summary", "Raw"]), "formula": f}}
    if R.random() < .4:
        obj["result"] = p([ri(0, 99999), "#N/A", "#VALUE!", "%s" % fmt_date(rdate(), "uk"), round(R.uniform(0, 10000), 2)])
    return js(obj), "en"


def t_seat_map():
    show = p(FILMS + ["Hamlet (touring production)", "The Nutcracker", "Swan Lake", "A Midsummer Night's Dream", "Les Misérables"])
    rows = {}
    for r in some(list("ABCDEFGHJK"), ri(2, 4)):
        rows[r] = [{"seat": "%s%d" % (r, i), "status": p(["free", "sold", "held"]), "price": float(money(8, 95))} for i in range(ri(1, 3), ri(4, 8))]
    obj = {"event": show, "venue": p(VENUES), "start": "%sT%s:00" % (rdate().isoformat(), hhmm(13, 21, 15)), "rows": rows,
           "hold_expires_in_s": ri(120, 900)}
    if R.random() < .3:
        return js({"name": "ticketing.hold_seats", "arguments": {"event_id": "ev_%s" % digits(9), "seats": ["%s%d" % (p("ABCD"), ri(1, 30)) for _ in range(ri(1, 4))],
                                                                  "customer": None}}), "en"
    return js(obj), "en"


def t_form_schema():
    fields = [{"key": "full_name", "label": "Name", "type": "text", "required": True, "value": "", "placeholder": "e.g. as on your passport"},
              {"key": "dob", "label": "Date of birth", "type": "date", "required": R.random() < .5, "value": None, "placeholder": "DD/MM/YYYY"},
              {"key": "phone", "label": "Phone", "type": "tel", "required": False, "value": "", "pattern": "^\\+?[0-9 ()-]{7,20}$"},
              {"key": "address_1", "label": "Address line 1", "type": "text", "required": True, "value": ""},
              {"key": "postcode", "label": "Postcode / ZIP", "type": "text", "maxlength": p([8, 10, 12]), "value": ""},
              {"key": "email", "label": "Email", "type": "email", "value": "", "placeholder": "you@example.com"},
              {"key": "ssn", "label": "SSN (last 4)", "type": "password", "value": "", "mask": "***-**-####"}]
    sel = some(fields, ri(3, 6))
    obj = {"form_id": "frm_%s" % alnum(10).lower(), "title": p(["Volunteer sign-up", "Loyalty card", "Return request",
                                                                 "Warranty registration", "Newsletter", "Visitor badge"]),
           "version": ri(1, 40), "fields": sel, "submitted": False}
    if R.random() < .3:
        return js({"name": "forms.get_schema", "arguments": {"form_id": obj["form_id"], "locale": p(["en-GB", "en-US"])}}), "en"
    return js(obj, p([None, 2])), "en"


def t_convert_call():
    k = R.random()
    if k < .35:
        obj = {"name": "time.convert", "arguments": {"time": "%s %s" % (rdate().isoformat(), hhmm(0, 23, 15)),
                                                     "from_tz": p(["Europe/London", "America/New_York", "Australia/Sydney", "Asia/Tokyo",
                                                                   "America/Sao_Paulo", "Europe/Berlin", "America/Regina", "Australia/Adelaide"]),
                                                     "to_tz": p(["UTC", "Europe/Paris", "America/Chicago", "Asia/Kolkata", "America/Halifax"])}}
    elif k < .7:
        obj = {"name": "units.convert", "arguments": {"value": round(R.uniform(0.1, 5000), 2),
                                                      "from": p(["lb", "oz", "mi", "ft", "°F", "gal", "psi", "mph"]),
                                                      "to": p(["kg", "g", "km", "m", "°C", "L", "bar", "km/h"])}}
    else:
        obj = {"name": "geo.distance", "arguments": {"from": p(PLACES_GIVEN_NAME_LIKE), "to": p(PLACES_GIVEN_NAME_LIKE),
                                                     "mode": p(["driving", "flight", "rail"])},
               "result": {"km": round(R.uniform(10, 15000), 1), "from_coords": coords(), "to_coords": coords()}}
    return js(obj), "en"


def t_podcast_feed():
    items = [{"title": "Ep. %d: %s" % (ri(1, 400), t), "pubDate": "%s, %02d %s %d %s:00 GMT" % (EN_DAYS[ri(0, 6)][:3], ri(1, 28), EN_MONTHS[ri(0, 11)][:3], ri(2022, 2026), hhmm(0, 23, 1)),
              "duration": "%02d:%02d:%02d" % (ri(0, 2), ri(0, 59), ri(0, 59)), "enclosure_bytes": ri(5000000, 180000000),
              "guid": "%s-%s-%s" % (alnum(8).lower(), alnum(4).lower(), alnum(12).lower()), "explicit": False}
             for t in some(PODCAST_TOPICS, ri(2, 5))]
    obj = {"feed": p(["Small Questions, Big Answers", "The Curious Engine", "Map Room", "Orbit Notes", "Good Soil"]),
           "language": "en", "owner": "[redacted by feed parser]", "items": items}
    return js(obj, p([None, 2])), "en"


def t_printer_status():
    model = p(["LaserJet Pro M404dn", "Brother HL-L2350DW", "Epson EcoTank ET-4850", "Canon PIXMA G650", "Kyocera ECOSYS P2040dw",
               "Xerox VersaLink C405", "Ricoh SP 230DNw", "OKI C332dn"])
    obj = {"model": model, "serial": serial(), "firmware": version(), "page_count": ri(100, 250000),
           "toner": {c: ri(0, 100) for c in p([["black"], ["black", "cyan", "magenta", "yellow"]])},
           "status": p(["ready", "paper jam in tray 2", "toner low", "door open", "error 49.4C02", "E-8 drum end of life",
                        "out of paper", "sleep"]),
           "queue": [{"job": ri(100, 9999), "doc": p(["invoice_%s.pdf" % digits(6), "boarding_pass.pdf",
                                                                                                      "recipe_card.docx", "shipping_label_%s.pdf" % digits(8),
                                                                                                      "Q3_inventory.xlsx", "crossword_%d.pdf" % ri(10000, 29999)]),
                                                                         "pages": ri(1, 40)} for _ in range(ri(0, 3))]}
    if R.random() < .3:
        lines = ["%s %s" % (hhmm(0, 23, 1), p(["SNMP trap: paperJam tray%d" % ri(1, 3), "job %d completed, %d pages" % (ri(100, 9999), ri(1, 40)),
                                               "toner black at %d%%" % ri(1, 20), "wake from sleep", "firmware check %s" % version()])) for _ in range(ri(4, 8))]
        return "%s (%s)\n%s" % (model, obj["serial"], "\n".join(lines)), "en"
    return js(obj, p([None, 2])), "en"


# ==========================================================================
# LOCALISED PROSE FRAMES
# ==========================================================================
# ---- German ---------------------------------------------------------------
DE_HUBS = ["Paketzentrum Hamburg-Allermöhe", "Verteilzentrum Leipzig", "Hub Kassel", "Paketzentrum Aschheim",
           "Zustellbasis Köln-Nord", "Paketzentrum Bochum", "Start-Paketzentrum Saulheim", "Hub Friedewald",
           "Paketzentrum Börnicke", "Zustellstützpunkt Freiburg", "Logistikzentrum Hannover-Langenhagen",
           "Depot Nürnberg-Feucht", "Paketzentrum Augsburg", "Hub Neuenstein", "Verteilzentrum Dresden-Ottendorf"]
DE_EVENTS = ["Die Sendung wurde elektronisch angekündigt", "Die Sendung wurde im Start-Paketzentrum bearbeitet",
             "Die Sendung wurde im Ziel-Paketzentrum bearbeitet", "Die Sendung wurde in das Zustellfahrzeug geladen",
             "Zustellversuch: Empfänger nicht angetroffen", "Die Sendung liegt in der Packstation zur Abholung bereit",
             "Die Sendung wird zur Verzollung vorbereitet", "Verzögerung wegen hohen Sendungsaufkommens"]


def de_sendungsverfolgung():
    nr = p([trk_dhl(), digits(12), trk_post(), trk_grouped()])
    d = rdate()
    evs = ["%s, %s Uhr — %s (%s)" % ((d + _dt.timedelta(days=i)).strftime("%d.%m.%Y"), hhmm(5, 21, 1), p(DE_EVENTS), p(DE_HUBS))
           for i in range(ri(2, 5))]
    t = p(["Sendungsnummer {nr}\n{evs}\nEmpfänger: (aus Datenschutzgründen ausgeblendet)\nGewicht: {w} kg",
           "Mein Paket hängt seit Tagen fest. Verlauf:\n{evs}\nKann ich das irgendwie beschleunigen? Nummer: {nr}",
           "Was bedeutet 'Zustellversuch' hier genau? {evs}"])
    return t.format(nr=nr, evs="\n".join(evs), w="%.1f" % R.uniform(0.3, 31.5)), "de"


DE_ORTE = ["Tierpark Hellabrunn", "Zoologischer Garten Leipzig", "Deutsches Museum", "Pergamonmuseum", "Wilhelma",
           "Senckenberg Naturmuseum", "Miniatur Wunderland", "Schloss Neuschwanstein", "Kunsthalle am Marienplatz",
           "Botanischer Garten Dahlem", "Sea Life Konstanz", "Planetarium am Insulaner", "Hallenbad Victoria",
           "Karl-May-Museum", "Museum für Kommunikation", "Zeppelin Museum", "Beethoven-Haus", "Vogelpark Marlow",
           "Gutenberg-Museum", "Spielzeugmuseum Nürnberg", "Freilichtmuseum am Kiekeberg", "Stadtbibliothek Mitte"]


def de_oeffnungszeiten():
    o = p(DE_ORTE)
    t = p(["{o} — Öffnungszeiten\nMo–Fr {a}–{b} Uhr\nSa, So und Feiertage {c}–{d} Uhr\nLetzter Einlass {le} Minuten vor Schließung.\n"
           "Eintritt: Erwachsene {e} €, ermäßigt {f} €. Geschlossen am 24.12. und 31.12.",
           "Hat das {o} am {date} geöffnet? Auf der Website steht 'Winterzeiten {a}–{b} Uhr, Sommerzeiten {c}–{d} Uhr'.",
           "Wir sind {n} Personen und wollen um {a} Uhr ins {o}. Gibt es einen Gruppentarif? Telefon: siehe Website, Name: nicht nötig."])
    return t.format(o=o, a=hhmm(8, 10, 30), b=hhmm(16, 18, 30), c=hhmm(9, 10, 30), d=hhmm(17, 20, 30), le=p([30, 45, 60]),
                    e=money(6, 29).replace(".", ","), f=money(3, 15).replace(".", ","), date=de_date(rdate()), n=ri(5, 40)), "de"


DE_MOEBEL = ["Kleiderschrank 'Hamburg'", "Regal 'Lindau'", "Schreibtisch 'Frieda'", "Bettgestell 'Nordsee'",
             "Kommode 'Greta'", "TV-Board 'Bremen'", "Schuhschrank 'Heidi'", "Hochbett 'Alpina'",
             "Couchtisch 'Erle'", "Badschrank 'Luzern'", "Garderobe 'Rosalie'", "Vitrine 'Viktoria'"]


def de_montageanleitung():
    m = p(DE_MOEBEL)
    t = p(["Montageanleitung {m} — Schritt {s}: Seitenteil {a} mit Boden {b} verbinden, {n}× Exzenterverbinder ({pn}) und "
           "{k}× Holzdübel 8×30 mm verwenden. Schrauben erst in Schritt {s2} fest anziehen. Artikelnummer {art}.",
           "Bei meinem {m} fehlt Beutel {beu}. Laut Stückliste: {n}× Schraube 4×16, {k}× Dübel, 2× Scharnier {pn}. "
           "Karton {ka} von 3, Gewicht {kg} kg. Was mache ich jetzt?",
           "Sicherheitshinweis: Der {m} muss an der Wand befestigt werden. Wandbefestigung nicht im Lieferumfang. "
           "Kundenname: — / Telefon: — (bitte nur die Auftragsnummer {auf} angeben)."])
    s = ri(2, 20)
    return t.format(m=m, s=s, s2=s + ri(1, 5), a=p("ABCDE"), b=p("FGHJ"), n=ri(2, 16), pn=part_no(), k=ri(4, 24),
                    art="%s.%s.%s" % (digits(3), digits(3), digits(2)), beu=p("ABCDEFGH"), ka=ri(1, 3),
                    kg=("%.1f" % R.uniform(5, 70)).replace(".", ","), auf="%s-%s" % (digits(4), digits(6))), "de"


DE_KIRCHEN = ["St. Marien", "Frauenkirche", "St. Nikolai", "Heilig-Geist-Kirche", "St. Lamberti", "Kreuzkirche",
              "Dom St. Petri", "St. Michaelis", "Lutherkirche", "St. Elisabeth", "Gedächtniskirche", "St. Jakobi",
              "Synagoge Rykestraße", "Zentralmoschee", "Buddhistisches Haus", "St. Hedwig", "Thomaskirche", "St. Ludgeri"]


def de_gottesdienst():
    k = p(DE_KIRCHEN)
    t = p(["{k} — Gottesdienste\nSonntag {a} Uhr Heilige Messe, {b} Uhr Familiengottesdienst\nMittwoch {c} Uhr Abendgebet\n"
           "Beichtgelegenheit Samstag {d}–{e} Uhr. Pfarrbüro: Di/Do {f}–{g} Uhr.",
           "Wann ist die Christmette in {k}? Letztes Jahr am {date} um {c} Uhr, Krippenspiel um {a} Uhr.",
           "Kannst du das als Tabelle formatieren: {k}, {fest}: Gottesdienst {a} Uhr, Konzert {c} Uhr, Kirchcafé ab {b} Uhr."])
    return t.format(k=k, a=hhmm(8, 11, 15), b=hhmm(10, 12, 15), c=hhmm(17, 22, 15), d=hhmm(15, 16, 30), e=hhmm(17, 18, 30),
                    f=hhmm(9, 10, 30), g=hhmm(12, 13, 30), date=de_date(rdate()),
                    fest=p(["Ostern", "Pfingsten", "Erntedank", "Martinstag", "Nikolaus", "Fronleichnam", "Allerheiligen"])), "de"


def de_pflegeetikett():
    g = p(["Pullover 'Hanna'", "Jeans 'Berlin' Slim", "Bluse 'Rosa'", "Mantel 'Viktoria'", "Strickjacke 'Ilse'",
           "Chino 'Oskar'", "Kleid 'Lilly'", "Funktionsjacke 'Zugspitze'", "Hemd 'Hamburg' Regular Fit", "Rock 'Marlene'"])
    t = p(["Pflegeetikett {g}\nGröße: {gr}\nMaterial: {mat}\nWaschen bei {tmp} °C, Schonwaschgang · Nicht im Trockner trocknen · "
           "Bügeln mit niedriger Temperatur\nArt.-Nr. {art} · Charge {ch}",
           "Welche Größe soll ich nehmen? Brustumfang {b} cm, Taille {w} cm. Die Tabelle für '{g}' sagt {gr} = {b2}–{b3} cm.",
           "Was bedeutet das Symbol mit dem durchgestrichenen Dreieck auf meinem {g}? Steht auch 'Made in {land} · {art}'."])
    b = ri(84, 112)
    return t.format(g=g, gr=p(["XS", "S", "M", "L", "XL", "36", "38", "40", "42", "44", "W32/L32"]),
                    mat=p(["100 % Baumwolle", "80 % Wolle, 20 % Polyamid", "95 % Viskose, 5 % Elasthan", "100 % Leinen"]),
                    tmp=p([30, 40, 60]), art="%s-%s" % (digits(3), digits(4)), ch=ssn_like(), b=b, w=ri(64, 100), b2=b - 2, b3=b + 2,
                    land=p(["Portugal", "Türkei", "Italien", "Rumänien", "Bangladesch"])), "de"


# ---- French ---------------------------------------------------------------
FR_LIEUX = ["Musée d'Orsay", "Jardin des Plantes", "Cité des Sciences", "Zoo de Vincennes", "Musée Rodin",
            "Aquarium de La Rochelle", "Château de Versailles", "Centre Pompidou", "Musée Grévin", "Piscine Joséphine-Baker",
            "Parc de la Tête d'Or", "Médiathèque François-Mitterrand", "Musée de la Marine", "Palais de la Découverte",
            "Bibliothèque Sainte-Geneviève", "Observatoire de Meudon", "Zoo de Beauval", "Musée des Confluences"]


def fr_horaires():
    l = p(FR_LIEUX)
    t = p(["{l} — Horaires d'ouverture\nDu mardi au dimanche : {a} – {b}\nNocturne le jeudi jusqu'à {c}\nFermé le lundi, le 1er mai et le 25 décembre.\n"
           "Tarif plein {e} €, tarif réduit {f} €. Gratuit le premier dimanche du mois.",
           "Est-ce que le {l} est ouvert le {date} ? Le site indique « horaires d'été {a}–{b} ». Nom et téléphone non requis pour la billetterie en ligne.",
           "On sera {n} adultes et {m} enfants au {l} vers {a}. Combien ça coûte au total avec le tarif famille à {e} € ?"])
    return t.format(l=l, a=hhmm(9, 10, 30).replace(":", "h"), b=hhmm(17, 19, 30).replace(":", "h"), c=hhmm(21, 22, 30).replace(":", "h"),
                    e=money(8, 22).replace(".", ","), f=money(4, 12).replace(".", ","), date=fr_date(rdate()), n=ri(1, 5), m=ri(1, 4)), "fr"


FR_PARFUMS = ["Eau de Minuit", "Rose Poivrée", "Jasmin Impérial", "Ambre Nomade", "Iris Gris", "Vétiver Marin",
              "Fleur d'Oranger 1926", "Santal Blanc", "Violette Fumée", "Néroli Portofino", "Tubéreuse Criminelle",
              "Bois d'Argent", "Musc Angélique", "Figuier de Provence", "Cuir de Russie"]
FR_NOTES = ["bergamote", "poivre rose", "mandarine", "jasmin sambac", "rose de Mai", "iris", "violette", "tubéreuse",
            "fleur d'oranger", "santal", "vétiver", "patchouli", "ambre", "vanille", "fève tonka", "musc blanc", "cèdre",
            "cuir", "encens", "figue", "néroli", "cardamome", "safran", "héliotrope"]


def fr_parfum():
    n = p(FR_PARFUMS)
    t = p(["{n} — {c} {ml} ml\nNotes de tête : {t}\nNotes de cœur : {h}\nNotes de fond : {b}\nLot {lot} · à utiliser avant {d}",
           "Vous pouvez me conseiller un parfum proche de {n} ? J'aime l'ouverture {t} mais le fond {b} est trop lourd. Budget {pr} €.",
           "Rédige une fiche produit : {n}, {c} lancé en {an}, flacon couleur {coul}, notes {h}."])
    return t.format(n=n, c=p(["eau de parfum", "eau de toilette", "extrait", "eau de Cologne"]), ml=p([30, 50, 100]),
                    t=", ".join(some(FR_NOTES, 3)), h=", ".join(some(FR_NOTES, 3)), b=", ".join(some(FR_NOTES, 3)),
                    lot=alnum(5), d=R.choice(["%02d/%d" % (ri(1, 12), ri(2026, 2030))]), pr=ri(40, 300), an=ri(1921, 2025),
                    coul=p(["ambre", "rose poudré", "violette", "jade", "olive", "ivoire", "rubis"])), "fr"


def fr_petites_annonces():
    obj = p(["machine à coudre Singer des années 60", "vélo Peugeot vintage", "buffet Henri II en chêne", "poussette 'Olive' 3 en 1",
             "table Louis-Philippe", "lampe Tiffany", "cocotte Le Creuset 28 cm", "piano droit Pleyel", "fauteuil Voltaire",
             "Thermomix TM5", "lot de BD Astérix", "robot Moulinex", "chaises Thonet ×4", "trottinette électrique",
             "commode Louis XV (copie)", "console Nintendo avec 3 jeux"])
    t = p(["VENDS {o}, très bon état, {pr} € à débattre. À retirer sur place ({q}). Dimensions {a}×{b} cm. "
           "Contact uniquement via la messagerie du site, pas de numéro de téléphone.",
           "Aide-moi à rédiger une annonce : {o}, acheté en {an}, n° de série {sn}, prix souhaité {pr} €.",
           "RECHERCHE {o} ou équivalent, budget max {pr} €, secteur {q}. Merci de répondre via l'appli."])
    return t.format(o=obj, pr=ri(10, 1500), q=p(["Lyon 3e", "quartier Saint-Michel", "Nantes centre", "Bordeaux Chartrons",
                                                  "Lille Wazemmes", "Marseille Vieux-Port", "secteur Sainte-Anne", "Toulouse Capitole"]),
                    a=ri(30, 200), b=ri(30, 120), an=ri(1990, 2024), sn=serial()), "fr"


def fr_fete_quartier():
    nom = p(["Fête de la Musique", "Fête du quartier Saint-Jean", "Braderie de Lille", "Nuit Blanche", "Fête des Lumières",
             "Carnaval de Nice", "Fête de la Saint-Jean", "Vide-greniers de la Croix-Rousse", "Festival des Lanternes",
             "Fête des Vendanges de Montmartre", "Marché de Noël Sainte-Catherine", "Fête de la Sainte-Cécile"])
    acts = some(["fanfare", "atelier maquillage", "bal populaire", "concours de pétanque", "défilé de chars", "lâcher de lanternes",
                 "concert de jazz manouche", "spectacle de marionnettes", "feu d'artifice", "dégustation de crêpes",
                 "course en sac", "chorale du quartier", "initiation à la salsa", "scène ouverte"], ri(3, 6))
    h = ri(10, 14)
    rows = ["%dh%s — %s" % (h + i, p(["00", "30"]), a) for i, a in enumerate(acts)]
    t = p(["{nom} — Programme du {date}\n{rows}\nRues fermées à la circulation dès {f}h. Entrée libre.",
           "Peux-tu mettre ce programme en page pour une affiche A4 ?\n{nom}\n{rows}"])
    return t.format(nom=nom, date=fr_date(rdate()), rows="\n".join(rows), f=ri(6, 9)), "fr"


# ---- Spanish --------------------------------------------------------------
ES_CENTROS = ["Centro de Tratamiento Automatizado de Madrid", "Centro Logístico Zaragoza Plaza", "Hub Valencia Riba-roja",
              "Oficina de Correos Sevilla San Pablo", "Centro de Clasificación Barcelona ZAL", "Delegación Bilbao Zorrotzaurre",
              "Centro Logístico Santa Cruz de Tenerife", "Aduana de Barajas", "Hub Getafe", "Centro Málaga Guadalhorce",
              "Almacén San Fernando de Henares", "Delegación Alcalá de Henares"]


def es_seguimiento():
    nr = p([trk_post(), digits(14), trk_grouped(), "PQ%sES" % digits(11)])
    d = rdate()
    evs = ["%s %s — %s — %s" % ((d + _dt.timedelta(days=i)).strftime("%d/%m/%Y"), hhmm(5, 22, 1),
                                p(["Admitido", "En tránsito", "Clasificado", "En reparto", "Entrega fallida: ausente",
                                   "Disponible en oficina", "Retenido en aduana", "Entregado"]), p(ES_CENTROS)) for i in range(ri(2, 5))]
    t = p(["Número de seguimiento {nr}\n{evs}\nDestinatario: (oculto)\nPeso: {w} kg",
           "¿Qué significa 'Retenido en aduana'? Mi envío {nr}:\n{evs}",
           "El paquete lleva una semana parado:\n{evs}\n¿Reclamo ya o espero?"])
    return t.format(nr=nr, evs="\n".join(evs), w=("%.2f" % R.uniform(0.2, 20)).replace(".", ",")), "es"


def es_equipaje():
    al = p(["Iberia Express (tarifa Básica)", "Vueling (Optima)", "Air Europa Lite", "Volotea", "Binter", "Level", "Air Nostrum",
            "Aerolíneas Sapphire", "Cóndor del Sur", "Alas de Victoria"])
    t = p(["Normas de equipaje de {al}: 1 bulto de mano de hasta {k} kg y {a}×{b}×{c} cm, más un artículo personal de 40×30×15 cm. "
           "Equipaje facturado: {n} × {kf} kg. Exceso: {ex} € por kilo.",
           "Mi maleta pesa {p} kg y el vuelo {fl} del {date} permite {kf} kg. ¿Me sale más barato pagar el exceso o añadir otra maleta por {m} €? "
           "Localizador {loc}. Nombre del pasajero: no hace falta para la consulta.",
           "¿Puedo llevar una batería externa de {mah} mAh en {al}? Dice {wh} Wh."])
    return t.format(al=al, k=p([8, 10]), a=55, b=p([35, 40]), c=p([20, 25]), n=ri(1, 2), kf=p([20, 23, 25]), ex=ri(8, 20),
                    p=("%.1f" % R.uniform(18, 33)).replace(".", ","), fl="%s%d" % (letters(2), ri(100, 9999)), date=es_date(rdate()),
                    m=ri(25, 80), loc=alnum(6), mah="{:,}".format(p([10000, 20000, 27000])).replace(",", "."), wh=p([37, 74, 99])), "es"


def es_gramatica():
    suj = ["El panadero", "La profesora", "Mi vecino", "Los turistas", "Nadie", "El perro", "La orquesta", "Ellos", "Nosotros",
           "El camarero", "La abuela", "El equipo", "Vosotros", "La bibliotecaria", "El piloto"]
    verbos = [("ir", "al mercado los martes"), ("comer", "a las dos y media"), ("escribir", "tres correos antes de las nueve"),
              ("visitar", "Florencia el año pasado"), ("viajar", "a Sevilla en mayo"), ("comprar", "naranjas de Valencia"),
              ("tomar", "el tren de las 07:45"), ("pintar", "la valla de color oliva"), ("leer", "el capítulo 12"),
              ("perder", "el paraguas en el autobús 38"), ("hacer", "el crucigrama del domingo")]
    rows = ["%d. %s ___ (%s) %s." % (i + 1, p(suj), v, r) for i, (v, r) in enumerate(some(verbos, ri(3, 6)))]
    t = p(["Ejercicio {e}: completa con el pretérito indefinido.\n{rows}",
           "Conjuga en subjuntivo presente:\n{rows}\nSoluciones en la página {pg}.",
           "¿Puedes corregir mis respuestas? Nivel {niv}.\n{rows}"])
    return t.format(e="%d.%d" % (ri(1, 12), ri(1, 9)), rows="\n".join(rows), pg=ri(10, 220), niv=p(["A2", "B1", "B2"])), "es"


def es_misas():
    ig = p(["Parroquia de San Ginés", "Catedral de Santa María", "Basílica de la Macarena", "Iglesia de San Nicolás", "Parroquia de Santa Bárbara",
            "Ermita de San Antonio de la Florida", "Colegiata de San Isidro", "Iglesia de Santa Ana", "Monasterio de Montserrat",
            "Parroquia de Nuestra Señora del Pilar", "Iglesia de San Juan Bautista", "Santuario de la Virgen de Guadalupe"])
    t = p(["{ig} — Horario de misas\nLaborables: {a} y {b}\nSábados: {c} (vespertina)\nDomingos y festivos: {d}, {e} y {f}\n"
           "Despacho parroquial: martes y jueves de {g} a {h}.",
           "¿A qué hora es la misa del Gallo en {ig}? El año pasado fue el {date} a las {f}.",
           "Procesión de {fiesta}: salida de {ig} a las {c}, recorrido por la calle Mayor y la plaza de San Miguel, regreso hacia las {f}."])
    return t.format(ig=ig, a=hhmm(8, 10, 30), b=hhmm(18, 20, 30), c=hhmm(18, 20, 30), d=hhmm(9, 10, 30), e=hhmm(11, 12, 30),
                    f=hhmm(19, 23, 30), g=hhmm(10, 11, 30), h=hhmm(12, 13, 30), date=es_date(rdate()),
                    fiesta=p(["Semana Santa", "San Isidro", "la Virgen del Carmen", "San Fermín", "Corpus Christi", "Santiago Apóstol"])), "es"


# ---- Brazilian Portuguese --------------------------------------------------
PT_UNIDADES = ["CTE Cajamar", "CTCE Curitiba", "Unidade de Tratamento Benfica", "CDD Vila Mariana", "CTE Contagem",
               "Centro de Distribuição Jundiaí", "Agência Praça da Sé", "CTE Recife", "Hub Guarulhos", "CDD Barra da Tijuca",
               "CTCE Porto Alegre", "Unidade Santa Catarina", "CEE Bauru", "Centro Logístico São José dos Campos"]


def pt_rastreamento():
    nr = p(["%s%sBR" % (letters(2), digits(9)), trk_grouped(), "NL%sBR" % digits(9)])
    d = rdate()
    evs = ["%s %s — %s — %s" % ((d + _dt.timedelta(days=i)).strftime("%d/%m/%Y"), hhmm(6, 22, 1),
                                p(["Objeto postado", "Objeto em trânsito - por favor aguarde", "Objeto saiu para entrega ao destinatário",
                                   "Objeto aguardando retirada no endereço indicado", "Fiscalização aduaneira finalizada",
                                   "Aguardando pagamento do despacho postal", "Objeto entregue ao destinatário", "Carteiro não atendido"]),
                                p(PT_UNIDADES)) for i in range(ri(2, 5))]
    t = p(["Código de rastreio {nr}\n{evs}\nDestinatário: (oculto por privacidade)",
           "Alguém sabe o que é 'Aguardando pagamento do despacho postal'? Meu objeto {nr}:\n{evs}",
           "Pode resumir o histórico?\n{evs}"])
    return t.format(nr=nr, evs="\n".join(evs)), "pt-br"


def pt_classificado():
    o = p(["máquina de costura Singer Facilita", "bicicleta Caloi 10 antiga", "geladeira Brastemp Frost Free", "sofá retrátil 3 lugares",
           "guitarra Tagima", "fogão Dako 4 bocas", "carrinho de bebê 'Olívia'", "mesa de jantar 6 cadeiras", "videogame Atari 2600",
           "berço Montessori", "cafeteira Três Corações", "estante 'Vitória' em MDF", "violão Giannini", "ventilador Arno"])
    t = p(["VENDO {o}, em ótimo estado, R$ {pr} (aceito Pix). Retirar no bairro {b}. Medidas {a}×{c} cm. "
           "Chamar só pelo chat do app — não passo telefone.",
           "Me ajuda a escrever um anúncio: {o}, comprado em {an}, nº de série {sn}, valor R$ {pr}.",
           "PROCURO {o}, pago até R$ {pr}, região {b}. Responder pelo aplicativo."])
    return t.format(o=o, pr="{:,}".format(ri(50, 4000)).replace(",", "."), b=p(["Vila Madalena", "Copacabana", "Savassi", "Moinhos de Vento",
                                                                                 "Boa Viagem", "Santa Teresa", "Pinheiros", "Asa Norte",
                                                                                 "Jardim Botânico", "Lourdes"]),
                    a=ri(30, 220), c=ri(30, 120), an=ri(1990, 2024), sn=serial()), "pt-br"


def pt_tabela_medidas():
    peca = p(["Vestido 'Florença'", "Calça jeans 'Rio' skinny", "Camisa polo", "Blusa 'Jasmim'", "Jaqueta 'Vitória'",
              "Bermuda 'Ipanema'", "Saia midi 'Rosa'", "Moletom 'Serra'", "Macacão 'Âmbar'", "Biquíni 'Pérola'"])
    t = p(["Tabela de medidas — {peca}\nP: busto {b1} cm, cintura {c1} cm\nM: busto {b2} cm, cintura {c2} cm\nG: busto {b3} cm, cintura {c3} cm\n"
           "Composição: {comp}. Lavar à mão, não usar alvejante. Ref. {ref}",
           "Fico entre o M e o G na {peca}: busto {b2} cm, quadril {q} cm. Qual você indica?",
           "Etiqueta: {peca} · tamanho {tam} · {comp} · lote {lote} · CNPJ do fabricante na etiqueta interna."])
    b = ri(82, 92)
    c = ri(62, 72)
    return t.format(peca=peca, b1=b, b2=b + 4, b3=b + 8, c1=c, c2=c + 4, c3=c + 8, q=ri(90, 110),
                    comp=p(["100% algodão", "96% viscose, 4% elastano", "100% linho", "poliéster reciclado"]),
                    ref="%s.%s" % (digits(4), digits(3)), tam=p(["PP", "P", "M", "G", "GG", "38", "40", "42"]), lote=ssn_like()), "pt-br"


def pt_festa_junina():
    nome = p(["Arraiá da Vila", "Festa Junina do Colégio", "Quermesse de Santo Antônio", "Festa de São João", "Arraial de São Pedro",
              "Festa do Divino", "Círio de Nazaré (programação)", "Festa de Iemanjá", "Carnaval de Bairro — Bloco da Lua"])
    acts = some(["quadrilha", "correio elegante", "pescaria", "barraca de pamonha", "fogueira", "show de forró pé de serra",
                 "casamento caipira (teatro)", "bingo", "pau de sebo", "concurso de chapéu de palha", "queima de fogos",
                 "roda de capoeira", "bloco de rua", "missa campal"], ri(3, 6))
    h = ri(14, 18)
    rows = ["%dh%s — %s" % (h + i, p(["00", "30"]), a) for i, a in enumerate(acts)]
    t = p(["{nome} — {date}\n{rows}\nEntrada: 1 kg de alimento não perecível.",
           "Monta um cartaz com essa programação?\n{nome}\n{rows}"])
    return t.format(nome=nome, date=pt_date(rdate()), rows="\n".join(rows)), "pt-br"


# ---- Italian --------------------------------------------------------------
IT_MUSEI = ["Galleria degli Uffizi", "Musei Vaticani", "Museo Egizio", "Pinacoteca di Brera", "Acquario di Genova",
            "Bioparco di Roma", "Museo Nazionale della Scienza Leonardo da Vinci", "Palazzo Ducale", "Reggia di Caserta",
            "Museo Ferrari", "Castello Sforzesco", "Galleria Borghese", "Zoo di Napoli", "Biblioteca Ambrosiana",
            "Museo del Cinema (Mole Antonelliana)", "Orto Botanico di Padova"]


def it_orari():
    m = p(IT_MUSEI)
    t = p(["{m} — Orari di apertura\nMartedì–domenica {a}–{b}\nChiuso il lunedì, il 25 dicembre e il 1° gennaio.\n"
           "Ultimo ingresso un'ora prima della chiusura. Biglietto intero {e} €, ridotto {f} €.",
           "Il {m} è aperto {date}? Sul sito c'è scritto 'orario estivo {a}–{b}, apertura serale il venerdì fino alle {c}'.",
           "Siamo in {n} e vorremmo entrare al {m} alle {a}. Serve la prenotazione? Nome e telefono non richiesti per i biglietti online."])
    return t.format(m=m, a=hhmm(8, 10, 30), b=hhmm(17, 19, 30), c=hhmm(21, 23, 30), e=money(8, 25).replace(".", ","),
                    f=money(2, 12).replace(".", ","), date=it_date(rdate()), n=ri(2, 30)), "it"


def it_etichetta():
    capo = p(["Maglione 'Firenze'", "Cappotto 'Vittoria'", "Camicia 'Portofino'", "Jeans 'Roma' slim", "Abito 'Rosa'",
              "Giacca 'Dolomiti'", "Gonna 'Ambra'", "Felpa 'Sole'", "Pantaloni 'Capri'", "Cardigan 'Viola'"])
    t = p(["Etichetta — {capo}\nTaglia: {tg}\nComposizione: {comp}\nLavare a {tmp} °C · Non candeggiare · Non asciugare in asciugatrice\n"
           "Art. {art} · Lotto {lot}",
           "Sono tra la 44 e la 46 per il {capo}: torace {b} cm, vita {w} cm. Quale prendo?",
           "Cosa significa il simbolo del cerchio con la P sul mio {capo}? C'è scritto anche 'Made in Italy · {art}'."])
    return t.format(capo=capo, tg=p(["40", "42", "44", "46", "48", "S", "M", "L"]),
                    comp=p(["100% lana merino", "70% cotone, 30% lino", "100% seta", "95% viscosa, 5% elastan"]),
                    tmp=p([30, 40]), art="%s/%s" % (digits(4), digits(3)), lot=ssn_like(), b=ri(84, 110), w=ri(64, 96)), "it"


def it_montaggio():
    mob = p(["Armadio 'Venezia'", "Libreria 'Lucca'", "Scrivania 'Giulia'", "Letto 'Sardegna'", "Comò 'Bianca'",
             "Mobile TV 'Torino'", "Scarpiera 'Siena'", "Cassettiera 'Aurora'", "Tavolo 'Elba'", "Pensile 'Como'"])
    s = ri(2, 18)
    t = p(["Istruzioni di montaggio {mob} — Passo {s}: fissare il fianco {a} alla base {b} con {n} eccentrici ({pn}) e {k} spinotti 8×30. "
           "Non serrare fino al passo {s2}. Cod. articolo {art}.",
           "Nel pacco del {mob} manca il sacchetto {a}. Collo {c} di 3, peso {kg} kg, codice {art}. Cosa devo fare?",
           "Avvertenza: il {mob} deve essere fissato a parete. Nome cliente: — · Telefono: — (indicare solo il numero d'ordine {ord})."])
    return t.format(mob=mob, s=s, s2=s + ri(1, 4), a=p("ABCDE"), b=p("FGH"), n=ri(2, 12), pn=part_no(), k=ri(4, 20),
                    art="%s.%s.%s" % (digits(3), digits(3), digits(2)), c=ri(1, 3), kg=("%.1f" % R.uniform(5, 60)).replace(".", ","),
                    ord="%s-%s" % (digits(4), digits(6))), "it"


def it_sagra():
    nome = p(["Sagra del Tartufo", "Festa di San Gennaro", "Palio di Siena (contrade)", "Sagra della Porchetta", "Festa della Madonna della Bruna",
              "Infiorata di Spello", "Festa di Sant'Agata", "Sagra del Pesce", "Notte della Taranta", "Festa del Redentore",
              "Luminara di San Ranieri", "Sagra delle Castagne"])
    acts = some(["corteo storico", "banda musicale", "degustazione di vini", "fuochi d'artificio", "mercatino dell'artigianato",
                 "gara di tiro alla fune", "spettacolo di sbandieratori", "concerto in piazza", "laboratorio per bambini",
                 "processione", "ballo liscio", "caccia al tesoro"], ri(3, 6))
    h = ri(10, 17)
    rows = ["ore %d:%s — %s" % (h + i, p(["00", "30"]), a) for i, a in enumerate(acts)]
    t = p(["{nome} — Programma di {date}\n{rows}\nIngresso libero. Parcheggio in via Roma e piazza Garibaldi.",
           "Puoi impaginare questo programma per un volantino?\n{nome}\n{rows}"])
    return t.format(nome=nome, date=it_date(rdate()), rows="\n".join(rows)), "it"


# ---- Japanese (romanised) -------------------------------------------------
JA_CENTERS = ["Haneda Chronogate Base", "Shinagawa Center", "Nagoya Hub", "Osaka Nanko Base", "Sendai Eigyosho",
              "Sapporo Hokuto Center", "Fukuoka Hakozaki Base", "Atsugi Gateway", "Kanazawa Eigyosho", "Hiroshima Hub",
              "Kobe Rokko Center", "Yokohama Daikoku Base", "Naha Port Center", "Tsukuba Depot"]


def ja_nimotsu():
    nr = p(["%s-%s-%s" % (digits(4), digits(4), digits(4)), digits(12), "%s%sJP" % (letters(2), digits(9))])
    d = rdate()
    evs = ["%s %s  %s  %s" % ((d + _dt.timedelta(days=i)).strftime("%m/%d"), hhmm(6, 22, 1),
                              p(["Nimotsu uketsuke", "Hassō", "Yusō-chū", "Haitatsu-chū", "Fuzai renraku-hyō tōkan", "Haitatsu kanryō",
                                 "Tenpo de o-azukari", "Zeikan shinsa-chū"]), p(JA_CENTERS)) for i in range(ri(2, 5))]
    t = p(["Toiawase bangō: {nr}\n{evs}\nO-todoke-saki: (hyōji shimasen)\nHaitatsu kibō jikan-tai: {a}–{b}",
           "Nimotsu ga zenzen ugokanai n desu kedo, kore wa futsū desu ka?\n{evs}",
           "'Fuzai renraku-hyō' tte dō iu imi? Tsuiseki bangō {nr}."])
    return t.format(nr=nr, evs="\n".join(evs), a=p(["8:00", "14:00", "16:00", "18:00"]), b=p(["12:00", "16:00", "20:00", "21:00"])), "ja"


def ja_eigyo_jikan():
    shisetsu = p(["Ueno Dōbutsuen", "Kaiyūkan (Osaka)", "Tokyo Kokuritsu Hakubutsukan", "Ghibli Bijutsukan", "Asahiyama Dōbutsuen",
                  "Nagoya-shi Kagakukan", "Churaumi Suizokukan", "Shinjuku Gyoen", "Kyoto Tetsudō Hakubutsukan", "Kenrokuen",
                  "Hiroshima Heiwa Kinen Shiryōkan", "Mori Bijutsukan", "Kōbe Ōji Dōbutsuen", "Sumida Suizokukan"])
    t = p(["{s} — eigyō jikan {a}–{b} (nyūjō wa {c} made)\nKyūenbi: {k}\nNyūjōryō: otona {o} en, shōgakusei {sh} en\n"
           "Namae ya denwa bangō no tōroku wa fuyō desu.",
           "{date} ni {s} wa aite imasu ka? Saito ni wa '{a}–{b}, {k} wa kyūen' to arimashita.",
           "{s} e {a} ni tsuite, {m} fun gurai mite kara hirugohan ni ikitai desu. Keikaku o tatete kudasai."])
    return t.format(s=shisetsu, a=hhmm(9, 10, 30), b=hhmm(16, 20, 30), c=hhmm(15, 19, 30),
                    k=p(["getsuyōbi", "kayōbi", "nenmatsu nenshi (12/28–1/1)", "suiyōbi"]), o="{:,}".format(p([500, 600, 1000, 1500, 2180])),
                    sh=p([0, 200, 300, 500]), date=ja_date(rdate()), m=p([60, 90, 120, 180])), "ja"


def ja_gomi():
    ku = p(["Setagaya-ku", "Naka-ku", "Kita-ku", "Chūō-ku", "Minato-ku", "Aoba-ku", "Higashiyama-ku", "Sakyō-ku", "Tennōji-ku", "Nishi-ku"])
    t = p(["{ku} gomi dashi karendā ({y}-nendo)\nMoeru gomi: {d1}・{d2}\nMoenai gomi: dai-{n} {d3}\nShigen (bin・kan・PET): {d4}\n"
           "Sodai gomi wa mōshikomi-sei (uketsuke bangō {uk}). Asa {t} made ni dashite kudasai.",
           "Kono bunbetsu de atte imasu ka? Purasuchikku yōki → {d1}, danbōru → {d4}, kandenchi → kaishū box. {ku} no rūru desu.",
           "Sodai gomi no tesūryō: isu {a} en, tansu {b} en, jitensha {c} en. Shīru no bangō wa {uk}."])
    ds = some(["getsuyōbi", "kayōbi", "suiyōbi", "mokuyōbi", "kin'yōbi", "doyōbi"], 4)
    return t.format(ku=ku, y=ri(2025, 2027), d1=ds[0], d2=ds[1], d3=ds[2], d4=ds[3], n=p([1, 2, 3]),
                    uk="%s-%s" % (digits(4), digits(4)), t=p(["8:00", "8:30"]), a=p([400, 800]), b=p([1200, 2000]), c=p([400, 800])), "ja"


def ja_kaden_error():
    kaden = p(["sentakuki (Panasonic NA-LX129)", "eakon (Daikin Urusara X)", "suihanki (Zojirushi NP-ZW10)", "reizōko (Hitachi R-HW60)",
               "denshi renji (Sharp RE-SS10)", "shokusenki (Rinnai RSW-D403)", "robotto sōjiki", "kyūtōki (Rinnai)",
               "kūki seijōki (Sharp KI-RX75)", "mishin (Janome JN-51)"])
    code = p(["U11", "H21", "E5", "C18", "U4", "A5", "H01", "E-02", "F3", "E1", "140", "632"])
    t = p(["Uchi no {k} de era kōdo '{code}' ga dete, {n} kai pī to narimasu. Seizō bangō {sn}, sofutowea {v}. Dō sureba ii desu ka?",
           "Toriatsukai setsumeisho yori: {code} — {desc}. Shūri uketsuke wa uketsuke bangō {uk} de o-toiawase kudasai.",
           "{k} no era ichiran o hyō ni shite: {code}, {code2}, {code3}."])
    return t.format(k=kaden, code=code, code2=p(["U12", "H22", "E6", "C19", "F4"]), code3=p(["E9", "H99", "U0", "A7"]), n=ri(1, 6),
                    sn=serial(), v=version(), desc=p(["haisui hōsu no tsumari", "futa ga aite imasu", "suion sensā ijō",
                                                      "fan mōtā no ijō", "kyūsui ga dekimasen"]), uk="%s-%s-%s" % (digits(3), digits(3), digits(3))), "ja"


# ==========================================================================
# frame registry
# ==========================================================================
PROSE_EN = [f_cinema_ticket, f_library_loan, f_parcel_tracking, f_fitness_summary, f_smart_home_prose, f_podcast_list,
            f_opening_hours, f_perfume_notes, f_care_label_sizes, f_furniture_assembly, f_camping_gear, f_language_drill,
            f_crossword, f_geo_trivia, f_airline_baggage, f_customs_declaration, f_insurance_clause, f_job_posting,
            f_classified_ad, f_sewing_error, f_spreadsheet_formula, f_holiday_calendar, f_service_times, f_street_festival,
            f_pet_shop, f_blank_form, f_paint_colours]
TOOLS = [t_parcel_track_call, t_3dprinter_log, t_smarthome_states, t_sql_products, t_api_error, t_fitness_result,
         t_library_search, t_holidays_result, t_customs_classify, t_pet_inventory, t_sheet_eval, t_seat_map,
         t_form_schema, t_convert_call, t_podcast_feed, t_printer_status]
LOCAL = [de_sendungsverfolgung, de_oeffnungszeiten, de_montageanleitung, de_gottesdienst, de_pflegeetikett,
         fr_horaires, fr_parfum, fr_petites_annonces, fr_fete_quartier,
         es_seguimiento, es_equipaje, es_gramatica, es_misas,
         pt_rastreamento, pt_classificado, pt_tabela_medidas, pt_festa_junina,
         it_orari, it_etichetta, it_montaggio, it_sagra,
         ja_nimotsu, ja_eigyo_jikan, ja_gomi, ja_kaden_error]

FRAMES = [(f, "decoy_prose") for f in PROSE_EN] + [(f, "decoy_tool") for f in TOOLS] + [(f, "decoy_prose") for f in LOCAL]


def frame_name(fn):
    return fn.__name__.split("_", 1)[1] if fn.__name__[:2] in ("f_", "t_") else fn.__name__


def main():
    records = []
    seen = set()
    nf = len(FRAMES)
    i = 0
    while len(records) < N_RECORDS:
        fn, src = FRAMES[i % nf]
        i += 1
        for _ in range(60):
            text, loc = fn()
            if text not in seen:
                break
        seen.add(text)
        records.append({"text": text, "spans": [], "source": src, "split": "heldout", "locale": loc,
                        "frame": frame_name(fn)})
    R.shuffle(records)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    with open(OUT, "wb") as fh:
        fh.write(data)
    texts = {r["text"] for r in records}
    print("wrote %d records (%d distinct texts, %d frames) to %s" % (len(records), len(texts), nf, OUT))
    print("md5", hashlib.md5(data).hexdigest())


if __name__ == "__main__":
    main()
