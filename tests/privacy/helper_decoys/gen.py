import json, random, re, string, sys, os
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import POOLS, AUX
from templates import PROSE, TOOLS, NOTES, W, PLANT_TR, LANGS

SEED = int(os.environ.get("SEED", "20250611"))
rng = random.Random(SEED)
CAP = 3
LI = {l: i for i, l in enumerate(LANGS)}
ML_TOPICS = {"diseases", "laws_theorems"}
SAME_META = {"eponymous_cities", "streets_squares", "sports_teams", "stations", "bridges_landmarks"}

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
}
MON_ABBR_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
}
KEYS = {
    "en": ["C major", "G major", "D major", "A minor", "E minor", "F major", "D minor", "B♭ major"],
    "de": ["C-Dur", "G-Dur", "D-Dur", "a-Moll", "e-Moll", "F-Dur", "d-Moll", "B-Dur"],
    "fr": ["do majeur", "sol majeur", "ré majeur", "la mineur", "mi mineur", "fa majeur", "ré mineur"],
    "es": ["do mayor", "sol mayor", "re mayor", "la menor", "mi menor", "fa mayor", "re menor"],
    "pt": ["dó maior", "sol maior", "ré maior", "lá menor", "mi menor", "fá maior", "ré menor"],
    "it": ["do maggiore", "sol maggiore", "re maggiore", "la minore", "mi minore", "fa maggiore", "re minore"],
}
AIRLINE_CODES = {
    "en": ["BA", "UA", "AA", "DL", "AC", "QF", "EI"],
    "de": ["LH", "EW", "DE", "OS", "LX"],
    "fr": ["AF", "TO", "SS"],
    "es": ["IB", "VY", "UX", "AR", "AM"],
    "pt": ["G3", "AD", "LA", "TP"],
    "it": ["AZ", "V7", "FR", "U2"],
}
TRAINS = {
    "en": ["Eurostar 9{0}", "Amtrak {1}", "service {0}"],
    "de": ["ICE {0}", "IC {0}", "RE {2}", "RB {2}"],
    "fr": ["TGV {0}", "TER {3}", "Intercités {0}"],
    "es": ["AVE {3}", "Alvia {0}", "Media Distancia {3}"],
    "pt": ["Alfa Pendular {1}", "Intercidades {1}", "IC {0}"],
    "it": ["FR {0}", "IC {1}", "Regionale {3}"],
}
ISBN_GROUP = {"en": ["0", "1"], "de": ["3"], "fr": ["2"], "es": ["84"], "pt": ["85", "972"], "it": ["88"]}
CURCODES = {"en": ["USD", "GBP", "EUR"], "de": ["EUR"], "fr": ["EUR"], "es": ["EUR"], "pt": ["BRL"], "it": ["EUR"]}
EXCH = ["NYSE", "XETRA", "Euronext Paris", "BME", "B3", "Borsa Italiana", "LSE", "SIX"]
CCS = ["DE", "FR", "ES", "BR", "IT", "GB", "US", "PT", "CH", "LU"]

GENERIC = """saint sainte st ste san santa santo sant são sankt santi don dom doña dona the of and la le les el los las il lo gli der die das und
de da do dos del della delle dei di du des von van y e et mr mrs dr co ltd inc ag sa spa gmbh fc sc ac as ss cf cd se sv bsc vfb tsg ogc ssc acf
club clube real sporting atlético athletic olympique racing united city borussia eintracht fortuna stadium stadion stade stadio estadio estádio
arena field park garden court airport aeroporto aeropuerto aéroport aeroparque flughafen international intercontinental national world station bahnhof
gare estação estación stazione metro metrô métro hauptbahnhof centrale central terminal u-bahnhof bahnhof university universität université universidad
universidade università universitat college institute instituto istituto hospital hôpital ospedale klinikum universitätsklinikum clinic clínica
policlinico medical center centre centro bridge brücke pont ponte puente tower torre tour palazzo palais palau palácio casa villa vila galleria
memorial column mount monte prize preis prix premio prêmio award awards medal medaille trophy trofeo troféu cup copa coupe orchestra orchestre
orquesta orquestra orchester philharmoniker orchestre sinfônica sinfónica sinfonica filarmonica staatskapelle chamber academy festa fête fiesta
fiestas feast day night dia día noche giorno tag avenida avenue rua calle carrer via viale corso piazza place plaza praça largo rue boulevard quai
cours paseo street square road lane allee platz isla ilha isola île island islands presidente presidencia governador general coronel marechal
almirante senador conselheiro barão duque comodoro ciudad puerto porto fort port prince princess queen king kaiser prinz graf baron comte duchesse
madame lady lord sir hotel hôtel grand palace bank banco banca banque bankhaus group brothers company management advogados partners lake morbus
syndrom syndrome disease effect law theorem model terrier spaniel setter hound retriever pinscher pony horse rex rosa pizza salad sandwich cake
torte sauce tart tarte torta bolo pasta lobster oysters beef eggs pommes crêpes poire peach cocktail daiquiri fizz spritz new old great little
space telescope probe rover satellite observatory module superchip gpu apache debian ubuntu nvidia intel google samsung nokia motorola
quartiere barrio colonia faubourg quartier teatro theatro theater théâtre opera opéra staatsoper festspielhaus sala salle hall auditorium auditorio
konzerthaus philharmonie royal eurostar amtrak alvia alfa pendular intercidades intercités regionale media distancia dur moll service ice
verlag editore editora éditions edizioni bodegas estación universitário universitario municipal general federal estadual paulista nacional
school grande nuevo nuova nuovo neue novo nova alto alta norte sur nord sud north south east west ost west
""".split()


def tokens(s):
    return re.findall(r"[^\W\d_]+", s)


def countable(tok):
    return len(tok) >= 3 and tok[0].isupper() and any(c.islower() for c in tok)


# ---------------------------------------------------------------- STOP words from templates
GEN_L = set(g.lower() for g in GENERIC)
STOP = set()
PH = re.compile(r"\{[^{}]*\}")


def harvest(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            harvest(k)
            harvest(v)
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            harvest(x)
    elif isinstance(obj, str):
        for t in tokens(PH.sub(" ", obj)):
            STOP.add(t)


harvest(PROSE); harvest(TOOLS); harvest(NOTES); harvest(W); harvest(PLANT_TR)
harvest(MONTHS); harvest(WEEKDAYS); harvest(KEYS); harvest(MON_ABBR_EN); harvest(TRAINS)


def count_toks(s):
    return Counter(t for t in tokens(s) if countable(t) and t not in STOP and t.lower() not in GEN_L)


# ---------------------------------------------------------------- parse pools
class Ent:
    __slots__ = ("names", "metas", "langs", "ml", "key")

    def __init__(self, names, metas, langs, ml):
        self.names, self.metas, self.langs, self.ml = names, metas, langs, ml
        self.key = names[0]

    def name(self, lang):
        return self.names[LI[lang]] if self.ml else self.names[0]


def parse(text, ml=False):
    out = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        langs = None
        if " @" in line:
            line, l = line.rsplit(" @", 1)
            langs = set(l.split(","))
        parts = line.split("|")
        if ml:
            assert len(parts) == 6, parts
            out.append(Ent(parts, [], langs, True))
        else:
            out.append(Ent([parts[0]], parts[1:], langs, False))
    return out


ENTS = {t: parse(v, t in ML_TOPICS) for t, v in POOLS.items()}
AUXE = {k: parse(v) for k, v in AUX.items()}
GLOBAL = Counter()
USED_ENT = Counter()


# ---------------------------------------------------------------- helpers
def fmt_int(n, lang):
    s = f"{n:,}"
    if n < 10000:
        return str(n)
    return {"en": s, "fr": s.replace(",", "\u202f")}.get(lang, s.replace(",", "."))


def fmt_float(x, dec, lang):
    s = f"{x:.{dec}f}"
    if lang != "en":
        s = s.replace(".", ",")
    return s


def cur(a, b, lang):
    a, b = int(a), int(b)
    if b >= 1000:
        step = 100 if b >= 10000 else 10
        v = rng.randint(a // step, b // step) * step
        num = fmt_int(v, lang) if v >= 10000 else (f"{v:,}" if lang == "en" else (f"{v:,}".replace(",", "\u202f") if lang == "fr" else f"{v:,}".replace(",", ".")))
        dec = False
    else:
        v = rng.randint(a, b) + rng.choice([0, 0, 0.5, 0.9, 0.99, 0.95])
        if v > b:
            v = b
        dec = v != int(v)
        num = fmt_float(v, 2, lang) if dec else str(int(v))
    if lang == "en":
        sym = rng.choice(["$", "£", "€"])
        return f"{sym}{num}"
    if lang == "pt":
        return f"R$ {num}"
    return f"{num} €"


def rdigits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def safe_digits(n):
    while True:
        s = rdigits(n)
        if s[0] == "0" and n > 10:
            continue
        if 13 <= n <= 19 and luhn_ok(s):
            continue
        return s


def luhn_run(text):
    for m in re.finditer(r"\d[\d -]{11,22}\d", text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d):
            return True
    return False


def isbn13(lang):
    g = rng.choice(ISBN_GROUP[lang])
    rest_len = 9 - len(g)
    reg_len = rng.randint(2, min(5, rest_len - 1))
    reg = rdigits(reg_len)
    pub = rdigits(rest_len - reg_len)
    core = "978" + g + reg + pub
    s = sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(core))
    chk = (10 - s % 10) % 10
    return f"978-{g}-{reg}-{pub}-{chk}"


def s10(country):
    pre = rng.choice(["RR", "CP", "LX", "RB", "EE", "OA", "LB"])
    d = [int(c) for c in rdigits(8)]
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    s = sum(a * b for a, b in zip(d, w))
    c = 11 - s % 11
    c = 5 if c == 10 else (0 if c == 11 else c)
    return f"{pre}{''.join(map(str, d))}{c}{country}"


def tracking(lang):
    k = rng.randint(0, 4)
    alnum = string.ascii_uppercase + string.digits
    if k == 0:
        return "1Z" + "".join(rng.choice(alnum) for _ in range(6)) + safe_digits(10)
    if k == 1:
        return s10({"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "pt": "BR", "it": "IT"}[lang])
    if k == 2:
        return "0" + safe_digits(13)
    if k == 3:
        return f"{safe_digits(4)} {rdigits(4)} {rdigits(4)}"
    return "JJD" + safe_digits(14)


def order_no():
    k = rng.randint(0, 4)
    if k == 0:
        return f"ORD-{rdigits(5)}-{rdigits(2)}"
    if k == 1:
        return f"{safe_digits(3)}-{safe_digits(7)}-{safe_digits(7)}"
    if k == 2:
        return f"#{safe_digits(6)}"
    if k == 3:
        return f"WEB{safe_digits(8)}"
    return f"A{safe_digits(2)}-{rdigits(4)}-{rdigits(3)}"


def invoice_no(lang):
    y = rng.choice([2024, 2025, 2026])
    opts = [f"INV-{y}-{rdigits(5)}", f"RE-{safe_digits(6)}", f"FA{rdigits(4)}-{rdigits(4)}", f"{safe_digits(4)}/{y}"]
    if lang == "pt":
        opts.append(f"NF-e {safe_digits(3)}.{rdigits(3)}.{rdigits(3)}")
    return rng.choice(opts)


def version():
    a, b, c = rng.randint(1, 24), rng.randint(0, 30), rng.randint(0, 20)
    if rng.random() < 0.25:
        return f"{a}.{b}.{c}.{rng.randint(300, 9999)}"
    return f"{a}.{b}.{c}"


def rand_date():
    y = rng.choice([2024, 2025, 2025, 2026])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def long_date(lang):
    y, m, d = rand_date()
    withy = rng.random() < 0.4
    if lang == "en":
        s = rng.choice([f"{MONTHS['en'][m-1]} {d}", f"{d} {MONTHS['en'][m-1]}"])
        return s + (f" {y}" if withy else "")
    if lang == "de":
        return f"{d}. {MONTHS['de'][m-1]}" + (f" {y}" if withy else "")
    if lang == "fr":
        return f"{d} {MONTHS['fr'][m-1]}" + (f" {y}" if withy else "")
    if lang in ("es", "pt"):
        return f"{d} de {MONTHS[lang][m-1]}" + (f" de {y}" if withy else "")
    return f"{d} {MONTHS['it'][m-1]}" + (f" {y}" if withy else "")


def short_date(lang):
    y, m, d = rand_date()
    if lang == "en":
        return f"{MON_ABBR_EN[m-1]} {d}"
    if lang == "de":
        return f"{d:02d}.{m:02d}."
    return f"{d:02d}/{m:02d}"


def hhmm():
    return f"{rng.randint(7, 21):02d}:{rng.choice(range(0, 60, 5)):02d}"


# ---------------------------------------------------------------- context
class Fail(Exception):
    pass


class Ctx:
    def __init__(self, lang, topic, pending):
        self.lang, self.topic = lang, topic
        self.cache = {}
        self.ents = {}
        self.pending = pending  # Counter shared over the record
        self.chosen = set()
        self.strip_the = False

    def fits(self, text):
        for t, c in count_toks(text).items():
            if GLOBAL[t] + self.pending[t] + c > CAP:
                return False
        return True

    def pick(self, pool, slot):
        if slot in self.ents:
            return self.ents[slot]
        anchor = None
        if slot in ("E2", "E3") and self.topic in SAME_META and pool is ENTS.get(self.topic):
            anchor = self.pick(pool, "E").metas[0]
        elif slot == "E" and getattr(self, "anchor", None) and pool is ENTS.get(self.topic):
            anchor = self.anchor
        cands = [e for e in pool
                 if (e.langs is None or self.lang in e.langs)
                 and (anchor is None or e.metas[0] == anchor)
                 and (e.key not in self.chosen)
                 and self.fits(e.name(self.lang) + " " + " ".join(m for m in e.metas if len(m) > 3))]
        if not cands:
            raise Fail(slot)
        # prefer less-used entities
        m = min(USED_ENT[e.key] for e in cands)
        cands = [e for e in cands if USED_ENT[e.key] == m] if rng.random() < 0.8 else cands
        e = rng.choice(cands)
        self.ents[slot] = e
        self.chosen.add(e.key)
        self.pending.update(count_toks(e.name(self.lang)))
        return e

    def entity_value(self, slot, sub=None):
        pool = ENTS[self.topic]
        e = self.pick(pool, slot)
        if sub is None:
            n = e.name(self.lang)
            if self.strip_the and n.startswith("the "):
                n = n[4:]
            return n
        v = e.metas[sub - 1] if len(e.metas) >= sub else ""
        self.pending.update(count_toks(v))
        return v

    def aux(self, poolname, slot):
        e = self.pick(AUXE[poolname], slot)
        return e

    def val(self, name):
        lang = self.lang
        # entity placeholders
        m = re.fullmatch(r"(E[23]?)(?:\.(\d))?", name)
        if m:
            sub = int(m.group(2)) if m.group(2) else None
            return self.entity_value(m.group(1), sub)
        m = re.fullmatch(r"ET([23]?)", name)
        if m:
            e = self.pick(ENTS[self.topic], "E" + m.group(1))
            return PLANT_TR[e.metas[0]][LI[lang]]
        if name in ("ED", "EDISO"):
            e = self.pick(ENTS[self.topic], "E")
            md = e.metas[0] if e.metas else "var"
            if md == "var":
                raise Fail("date")
            mm, dd = int(md[:2]), int(md[3:])
            if name == "EDISO":
                return f"{rng.choice([2025, 2026])}-{mm:02d}-{dd:02d}"
            lang = self.lang
            if lang == "en":
                return f"{MON_ABBR_EN[mm-1]} {dd}"
            if lang == "de":
                return f"{dd:02d}.{mm:02d}."
            return f"{dd:02d}/{mm:02d}"
        if name.startswith("W_"):
            return W[name[2:]][LI[lang]]
        m = re.fullmatch(r"N_(-?\d+)_(\d+)", name)
        if m:
            return fmt_int(rng.randint(int(m.group(1)), int(m.group(2))), lang)
        m = re.fullmatch(r"F_([\d.]+)_([\d.]+)", name)
        if m:
            a, b = m.group(1), m.group(2)
            dec = max(len(a.split(".")[1]) if "." in a else 0, len(b.split(".")[1]) if "." in b else 0) or 2
            return fmt_float(rng.uniform(float(a), float(b)), dec, lang)
        m = re.fullmatch(r"Y_(\d+)_(\d+)", name)
        if m:
            return str(rng.randint(int(m.group(1)), int(m.group(2))))
        m = re.fullmatch(r"CUR_(\d+)_(\d+)", name)
        if m:
            return cur(m.group(1), m.group(2), lang)
        if name in ("ISBN", "MMSS", "KEY", "SKU", "TRAIN", "SCORE"):
            return self.simple(name)
        if name in self.cache:
            return self.cache[name]
        v = self.simple(name)
        self.cache[name] = v
        return v

    def simple(self, name):
        lang = self.lang
        if name in ("C", "C2"):
            return self.aux("city_" + lang, name).names[0]
        if name == "PLZC":
            e = self.pick([c for c in AUXE["city_" + lang] if c.metas], "PLZC")
            return f"{e.metas[0]} {e.names[0]}"
        if name in ("PUB", "PUB2"):
            return self.aux("publisher", name).names[0]
        if name == "VENUE":
            return self.aux("venue", name).names[0]
        if name == "CARRIER":
            return self.aux("carrier", name).names[0]
        if name == "AIRLINE":
            return self.aux("airline", name).names[0]
        if name == "T":
            return hhmm()
        if name == "T2":
            t = self.val("T")
            h, m = int(t[:2]), int(t[3:])
            h2 = min(23, h + rng.randint(1, 5))
            return f"{h2:02d}:{m:02d}" if h2 > h else f"23:{max(m, 30):02d}"
        if name in ("D", "D2"):
            return long_date(lang)
        if name == "DISO":
            y, m, d = rand_date()
            return f"{y}-{m:02d}-{d:02d}"
        if name == "DISO2":
            import datetime
            b = datetime.date.fromisoformat(self.val("DISO")) + datetime.timedelta(days=rng.randint(2, 40))
            return b.isoformat()
        if name == "TS":
            y, m, d = rand_date()
            tz = rng.choice(["Z", "+01:00", "+02:00", "-03:00", "-05:00"])
            return f"{y}-{m:02d}-{d:02d}T{hhmm()}:00{tz}"
        if name == "DSHORT":
            return short_date(lang)
        if name == "MON":
            return rng.choice(MONTHS[lang])
        if name == "WD":
            return rng.choice(WEEKDAYS[lang])
        if name == "ORD":
            return order_no()
        if name == "TRK":
            return tracking(lang)
        if name == "INV":
            return invoice_no(lang)
        if name == "ISBN":
            return isbn13(lang)
        if name in ("FL", "FLN"):
            if "_fl" not in self.cache:
                self.cache["_fl"] = (rng.choice(AIRLINE_CODES[lang]), str(rng.randint(12, 9899)))
            c, n = self.cache["_fl"]
            return f"{c} {n}" if name == "FL" else f"{c}{n}"
        if name == "GATE":
            return f"{rng.choice('ABCDEFGHKZ')}{rng.randint(1, 68)}"
        if name == "TERM":
            return rng.choice(["T1", "T2", "T3", "T4", "2E", "2F", "1"])
        if name == "ROOMNUM":
            k = rng.randint(0, 2)
            return [str(rng.randint(101, 1840)), f"{rng.choice('ABCDE')}-{rng.randint(101, 499)}", f"{rng.randint(0, 6)}.{rng.randint(10, 48)}"][k]
        if name == "ROWL":
            return rng.choice([rng.choice("ABCDEFGHJKLMNP"), str(rng.randint(1, 28))])
        if name in ("VER", "VER2"):
            return version()
        if name == "BUILD":
            return rng.choice([safe_digits(5), f"{rng.choice([2024, 2025])}.{rng.randint(1, 12):02d}.{rng.randint(1, 2999)}"])
        if name == "MATTER":
            return rng.choice([f"M-{rng.choice([2024, 2025])}-{rdigits(4)}", f"Az. {safe_digits(3)}/{rdigits(2)}", f"{rng.choice([2024, 2025])}/0{rdigits(3)}"])
        if name == "SKU":
            al = string.ascii_uppercase + string.digits
            return f"SKU-{''.join(rng.choice(al) for _ in range(4))}-{rdigits(3)}"
        if name == "PARTNO":
            al = string.ascii_uppercase + string.digits
            return f"{''.join(rng.choice(al) for _ in range(3))}-{rdigits(3)}-{rdigits(3)}-{rng.choice('ABCDEF')}"
        if name == "CONF":
            al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
            return "".join(rng.choice(al) for _ in range(6))
        if name == "TRAIN":
            t = rng.choice(TRAINS[lang])
            return t.format(rng.randint(100, 9999), rng.randint(10, 999), rng.randint(1, 99), rng.randint(10000, 99999))
        if name == "SCORE":
            return f"{rng.randint(0, 4)}-{rng.randint(0, 4)}"
        if name == "SCORES":
            return ", ".join(f"{rng.randint(0, 4)}-{rng.randint(0, 4)}" for _ in range(rng.randint(5, 6)))
        if name == "SEASON":
            y = rng.choice([2024, 2025])
            return f"{y}/{(y + 1) % 100:02d}"
        if name == "MMSS":
            return f"{rng.randint(2, 6)}:{rng.randint(0, 59):02d}"
        if name == "KEY":
            return rng.choice(KEYS[lang])
        if name == "LANG":
            return lang
        if name == "CURCODE":
            return rng.choice(CURCODES[lang])
        if name == "EXCH":
            return rng.choice(EXCH)
        if name == "CC":
            return rng.choice(CCS)
        if name == "SCALE":
            return rng.choice(["72", "144", "48", "32", "350", "700", "87"])
        if name == "AB":
            return rng.choice("ab")
        if name == "LAT":
            return f"{rng.uniform(-45, 60):.4f}"
        if name == "LON":
            return f"{rng.uniform(-100, 40):.4f}"
        if name == "SEATS":
            n = rng.randint(1, 30)
            return f"{n}–{n + 1}"
        raise KeyError(name)


def fill(s, ctx):
    return PH.sub(lambda m: ctx.val(m.group(0)[1:-1]), s)


NUMERIC = re.compile(r"\{(N_-?\d+_\d+|F_[\d.]+_[\d.]+|Y_\d+_\d+|LAT|LON)\}")


def render(obj, ctx):
    if isinstance(obj, dict):
        if "__L" in obj:
            return render(obj["__L"][LI[ctx.lang]], ctx)
        return {k: render(v, ctx) for k, v in obj.items()}
    if isinstance(obj, list):
        return [render(x, ctx) for x in obj]
    if isinstance(obj, str):
        m = NUMERIC.fullmatch(obj)
        if m:
            name = m.group(1)
            if name.startswith("N_") or name.startswith("Y_"):
                a, b = name[2:].split("_")
                return rng.randint(int(a), int(b))
            if name in ("LAT", "LON"):
                return round(rng.uniform(-45, 60) if name == "LAT" else rng.uniform(-100, 40), 4)
            a, b = name[2:].split("_")
            dec = max(len(a.split(".")[1]) if "." in a else 0, len(b.split(".")[1]) if "." in b else 0) or 2
            return round(rng.uniform(float(a), float(b)), dec)
        return fill(obj, ctx)
    return obj


TPL_USE = Counter()


def choose_tpl(key, n):
    idx = list(range(n))
    rng.shuffle(idx)
    idx.sort(key=lambda i: TPL_USE[(key, i)])
    return idx


def gen_prose(lang, topic, pending):
    tpls = PROSE[topic][lang]
    for i in choose_tpl(("p", topic, lang), len(tpls)):
        ctx = Ctx(lang, topic, Counter(pending))
        try:
            text = fill(tpls[i], ctx)
        except Fail:
            continue
        TPL_USE[(("p", topic, lang), i)] += 1
        return text, ctx
    raise Fail("prose")


def gen_tool(lang, topic, pending):
    tpls = TOOLS[topic]
    for i in choose_tpl(("t", topic), len(tpls)):
        ctx = Ctx(lang, topic, Counter(pending))
        ctx.strip_the = True
        try:
            obj = render(tpls[i], ctx)
        except Fail:
            continue
        TPL_USE[(("t", topic), i)] += 1
        if "invoice" in obj and "lines" in obj:
            net = sum(l["qty"] * l["unit_price"] for l in obj["lines"])
            obj["total"] = round(net * (1 + obj["vat_rate"]), 2)
        if "arguments" in obj and "name" in obj and rng.random() < 0.2:
            obj = {"type": "function", "function": {"name": obj["name"], "arguments": json.dumps(obj["arguments"], ensure_ascii=False)}}
        return json.dumps(obj, ensure_ascii=False), ctx
    raise Fail("tool")


def gen_notes(lang, topic, pending):
    spec = NOTES[topic]
    pend = Counter(pending)
    hctx = Ctx(lang, topic, pend)
    try:
        lines = [fill(spec["header"]["__L"][LI[lang]], hctx)]
        n = rng.randint(*spec["n"])
        chosen = set()
        got = 0
        anchor = None
        clock = rng.randint(7 * 12, 11 * 12) * 5
        import datetime
        day = datetime.date(rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
        for i in range(1, n + 1):
            ok = False
            clock = min(22 * 60 + 30, clock + rng.randint(3, 19) * 5)
            hh, mm = divmod(clock, 60)
            day = day + datetime.timedelta(days=rng.randint(1, 21))
            for _ in range(4):
                lctx = Ctx(lang, topic, pend)
                lctx.strip_the = True
                lctx.anchor = anchor
                lctx.chosen = set(chosen)
                lctx.cache["I"] = str(i)
                lctx.cache["T"] = f"{hh:02d}:{mm:02d}"
                lctx.cache["DSHORT"] = (f"{MON_ABBR_EN[day.month-1]} {day.day}" if lang == "en" else
                                        f"{day.day:02d}.{day.month:02d}." if lang == "de" else f"{day.day:02d}/{day.month:02d}")
                try:
                    line = fill(rng.choice(spec["lines"]), lctx)
                except Fail:
                    continue
                chosen |= lctx.chosen
                if topic in SAME_META and anchor is None and "E" in lctx.ents and lctx.ents["E"].metas:
                    anchor = lctx.ents["E"].metas[0]
                lines.append(line)
                ok = True
                got += 1
                break
            if not ok:
                break
        if got < 2:
            raise Fail("notes")
        if topic == "saints_festivals":
            def dkey(line):
                m = re.match(r"(\w{3}) (\d+)", line)
                if lang == "en" and m:
                    return (MON_ABBR_EN.index(m.group(1)), int(m.group(2)))
                m = re.match(r"(\d\d)[./](\d\d)", line)
                return (int(m.group(2)), int(m.group(1))) if m else (0, 0)
            lines = lines[:1] + sorted(lines[1:], key=dkey)
        if spec["footer"]:
            fctx = Ctx(lang, topic, pend)
            fctx.cache["I"] = str(got + 1)
            lines.append(fill(spec["footer"]["__L"][LI[lang]], fctx))
    except Fail:
        raise
    hctx.chosen |= chosen
    return "\n".join(lines), hctx


GEN = {"tool": gen_tool, "prose": gen_prose, "notes": gen_notes}


def main(out_path):
    topics = sorted(PROSE.keys())
    quota = {"en": (162, 144, 54)}
    for l in LANGS[1:]:
        quota[l] = (49, 43, 16)
    slots = []
    for lang in LANGS:
        a, b, c = quota[lang]
        forms = ["tool"] * a + ["prose"] * b + ["notes"] * c
        rng.shuffle(forms)
        tl = []
        while len(tl) < len(forms):
            t = topics[:]
            rng.shuffle(t)
            tl += t
        for f, t in zip(forms, tl):
            slots.append((lang, f, t))
    rng.shuffle(slots)
    records = []
    seen = set()
    topic_count = Counter()
    fails = Counter()
    for lang, form, topic in slots:
        order = [topic] + sorted([t for t in topics if t != topic], key=lambda t: (topic_count[t], rng.random()))
        done = False
        for t in order:
            for attempt in range(6):
                try:
                    text, ctx = GEN[form](lang, t, Counter())
                except Fail:
                    continue
                toks = count_toks(text)
                if any(GLOBAL[k] + v > CAP for k, v in toks.items()):
                    continue
                if text in seen or luhn_run(text):
                    continue
                seen.add(text)
                GLOBAL.update(toks)
                for k in ctx.chosen:
                    USED_ENT[k] += 1
                records.append({"text": text, "spans": [], "topic": t, "lang": lang})
                topic_count[t] += 1
                done = True
                break
            if done:
                break
            fails[(lang, form, t)] += 1
        if not done:
            print("FAILED slot", lang, form, topic, file=sys.stderr)
    with open(out_path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("written", len(records), "fallbacks", sum(fails.values()), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/helper_decoys/all.jsonl")
