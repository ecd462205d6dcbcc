#!/usr/bin/env python3
"""Writes tests/privacy/decoys_tune.jsonl, decoys_tune2.jsonl and decoys_heldout.jsonl: decoy-only
records (no personal data at all, so every finding is a false positive) for the privacy gateway,
from a source independent of both corpus.jsonl's hand-written decoys and generate_unseen.py's
Faker / presidio-evaluator / phonenumbers:

- mimesis (PyPI): words and sentences in seven locales (en, de, fr, es, pt-br, it, ja in its own
  script: mimesis has no romanised Japanese), cities, countries, states, companies, banks, stock
  names and tickers, prices and currencies, dishes and drinks, occupations, nationalities,
  languages, universities, hardware (CPUs, GPUs, phone models, manufacturers), cars and aircraft,
  software versions, file names and sizes, hashes, UUIDs, MAC addresses, ports, coordinates,
  durations, timestamps and formatted dates and times, DNA sequences;
- python-stdnum (PyPI): real-format identifiers that are not personal data, with correct check
  digits: ISBN-13, ISSN, EAN-13, IMEI, German and French VAT numbers;
- this file: sentence frames (tool-call JSON and prose, English and localised) around those
  values, and numbers of every everyday kind (versions, prices, quantities and measurements,
  scores, percentages, order and tracking references, build numbers, dates that are not birth
  dates).

The frames are split once by FRAME_SPLIT_SEED: the held-out file uses frames the tuning file never
does, and its values come from another seed. Every record is
`{"text": ..., "spans": [], "source": "decoy_tool" | "decoy_prose", "split": ..., "locale": ...,
"frame": ...}` (`roxy privacy eval` reads only text and spans). Score with
`roxy privacy eval --phone-regions US,GB,DE,FR,ES,BR,IT,JP,IN,AU,SG FILE`.

Usage: .venv-privacy/bin/python tests/privacy/generate_decoys.py
(regenerates both files byte for byte; `ROXY_PRIVACY_CORPUS=1 scripts/setup.sh` installs the venv)

       .venv-privacy/bin/python tests/privacy/generate_decoys.py --extra-tune SEED OUT COUNT
writes only OUT: COUNT more tuning records from the tuning frames with values of SEED (session
35 looked for classes in `--extra-tune 7207 /tmp/decoys_tune3.jsonl 10000`, not committed).
"""
import json
import random
import re
import sys
import uuid
from pathlib import Path

from mimesis import (
    Address,
    Code,
    Cryptographic,
    Datetime,
    Development,
    File,
    Finance,
    Food,
    Hardware,
    Internet,
    Person,
    Science,
    Text,
    Transport,
)
from mimesis.locales import Locale
from stdnum import ean, isbn, issn, luhn
from stdnum.iso7064 import mod_11_10

FRAME_SPLIT_SEED = 20261205
TUNE_SEED = 1205
HELD_OUT_SEED = 51205
TUNE_COUNT = 1000
HELD_OUT_COUNT = 500
# A second, larger sample of the tuning frames with other values (session 27): the first
# tuning file had been tuned on until it flagged 0.6% while this one flagged 1.4%.
TUNE2_SEED = 424242
TUNE2_COUNT = 5000
LOCALES = ["en", "en-gb", "de", "fr", "es", "pt-br", "it", "ja"]
HERE = Path(__file__).resolve().parent


def given_names() -> tuple[set[str], dict[str, set[str]]]:
    """mimesis's given names of every locale, and of each locale alone."""
    import mimesis

    every, own = set(), {}
    for path in sorted((Path(mimesis.__file__).parent / "datasets").glob("*/person.json")):
        names = json.loads(path.read_text(encoding="utf-8")).get("names", {})
        own[path.parent.name] = {n for group in names.values() for n in group}
        every |= own[path.parent.name]
    return every, own


EVERY_NAME, OWN_NAMES = given_names()


def names_someone(sentence: str, locale: str) -> bool:
    """Whether a sentence may name a person: a capitalised word after the first that is a given name
    in any locale, or a first word that is one in the sentence's own locale."""
    words = re.findall(r"\w+", sentence)
    first = words[:1]
    rest = [w for w in words[1:] if w[:1].isupper()]
    return any(w in EVERY_NAME for w in rest) or any(w in OWN_NAMES.get(locale, ()) for w in first)


class Values:
    """Non-personal values for one locale, drawn from mimesis, python-stdnum and `r`."""

    def __init__(self, locale: str, r: random.Random):
        self.locale = locale
        self.r = r
        seed = r.randrange(1 << 30)
        loc = Locale(locale)
        self.text = Text(loc, seed=seed)
        self.address = Address(loc, seed=seed)
        self.finance = Finance(loc, seed=seed)
        self.food = Food(loc, seed=seed)
        self.person = Person(loc, seed=seed)
        self.datetime = Datetime(loc, seed=seed)
        self.code = Code(seed=seed)
        self.crypto = Cryptographic(seed=seed)
        self.dev = Development(seed=seed)
        self.file = File(seed=seed)
        self.hardware = Hardware(seed=seed)
        self.internet = Internet(seed=seed)
        self.sci = Science(seed=seed)
        self.transport = Transport(seed=seed)
        self.comma = locale in ("de", "fr", "es", "pt-br", "it")

    # -- words --------------------------------------------------------------------------------
    def words(self, n: int) -> str:
        return " ".join(self.text.words(n))

    def word(self) -> str:
        return self.text.word()

    def sentence(self) -> str:
        """A mimesis sentence that names nobody (some are about people: "A Mario non piace ...")."""
        while True:
            sentence = self.text.sentence()
            if not names_someone(sentence, self.locale):
                return sentence

    def place(self) -> str:
        return self.r.choice([self.address.city, self.address.country, self.address.state])()

    def product(self) -> str:
        return self.r.choice(
            [
                lambda: f"{self.hardware.manufacturer()} {self.hardware.phone_model()}",
                self.hardware.phone_model,
                self.hardware.cpu,
                self.hardware.graphics,
                self.transport.car,
                self.transport.airplane,
                lambda: f"{self.hardware.manufacturer()} {self.model_number()}",
            ]
        )()

    def thing(self) -> str:
        return self.r.choice(
            [self.food.dish, self.food.drink, self.food.fruit, self.food.vegetable, self.word]
        )()

    def org(self) -> str:
        return self.r.choice(
            [self.finance.company, self.finance.bank, self.finance.stock_name, self.person.university]
        )()

    # -- numbers ------------------------------------------------------------------------------
    def num(self, value: float, decimals: int) -> str:
        s = f"{value:,.{decimals}f}"
        if self.comma:
            s = s.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return s

    def version(self) -> str:
        r = self.r
        return r.choice(
            [
                self.dev.version,
                lambda: "v" + self.dev.version(),
                self.dev.calver,
                lambda: f"{r.randint(1, 20)}.{r.randint(0, 30)}.{r.randint(1000, 26000)}.{r.randint(0, 999)}",
                lambda: f"{r.randint(1, 9)}.{r.randint(0, 19)}.{r.randint(0, 40)}-rc.{r.randint(1, 5)}",
                lambda: f"{self.dev.programming_language()} {r.randint(1, 12)}.{r.randint(0, 20)}",
                lambda: f"{self.word()}@{r.randint(0, 30)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                lambda: f"build {r.randint(100, 99999)}",
            ]
        )()

    def price(self) -> str:
        r = self.r
        amount = self.num(r.choice([r.uniform(0.5, 99), r.uniform(100, 9999), r.uniform(1e4, 2e6)]), 2)
        sym = self.finance.currency_symbol()
        iso = self.finance.currency_iso_code()
        return r.choice([f"{sym}{amount}", f"{amount} {sym}", f"{iso} {amount}", f"{amount} {iso}"])

    def measure(self) -> str:
        r = self.r
        unit = r.choice(
            ["kg", "g", "mg", "l", "ml", "m", "cm", "mm", "km", "km/h", "mph", "°C", "°F", "hPa",
             "kWh", "W", "V", "mAh", "GB", "MB", "TB", "GHz", "dB", "lb", "oz", "ft", "in", "m²",
             "Nm", "rpm", "bar", "psi", "lux", "mmol/L", "µg/m³"]
        )
        value = self.num(r.uniform(0, 5000), r.choice([0, 1, 2, 3]))
        return r.choice([f"{value} {unit}", f"{value}{unit}"])

    def quantity(self) -> str:
        r = self.r
        n = self.num(r.choice([r.randint(1, 99), r.randint(100, 99999), r.randint(10**5, 10**8)]), 0)
        return r.choice([n, f"{n} {self.word()}", f"{n} pcs", f"x{r.randint(1, 500)}", f"{n} units"])

    def percent(self) -> str:
        v = self.num(self.r.uniform(-50, 100), self.r.choice([0, 1, 2]))
        return self.r.choice([f"{v}%", f"{v} %", f"{v} percent"])

    def score(self) -> str:
        r = self.r
        a, b = r.randint(0, 130), r.randint(0, 130)
        return r.choice([f"{a}:{b}", f"{a}-{b}", f"{a}–{b}", f"{a % 7} - {b % 7}",
                         f"{r.randint(0, 6)}-{r.randint(0, 6)}, {r.randint(0, 7)}-{r.randint(0, 6)}"])

    def date(self) -> str:
        r = self.r
        d = self.datetime
        return r.choice(
            [
                d.formatted_date,
                lambda: d.date().isoformat(),
                lambda: f"{d.day_of_month()} {d.month()} {d.year()}",
                lambda: f"{d.month()} {d.year()}",
                lambda: f"Q{r.randint(1, 4)} {d.year()}",
                lambda: f"{d.day_of_week()}, {d.formatted_date()}",
                lambda: d.date().strftime("%d.%m.%Y"),
                lambda: d.date().strftime("%Y%m%d"),
            ]
        )()

    def time(self) -> str:
        r = self.r
        return r.choice(
            [
                self.datetime.formatted_time,
                lambda: f"{r.randint(0, 23):02}:{r.randint(0, 59):02}",
                lambda: f"{r.randint(1, 12)}:{r.randint(0, 59):02} {r.choice(['am', 'pm', 'AM', 'PM'])}",
                lambda: f"{r.randint(0, 23)}h{r.randint(0, 59):02}",
            ]
        )()

    def timestamp(self) -> str:
        r = self.r
        return r.choice(
            [
                lambda: str(self.datetime.timestamp()),
                lambda: str(self.datetime.timestamp() * 1000 + r.randint(0, 999)),
                lambda: self.datetime.datetime().isoformat(),
                lambda: self.datetime.formatted_datetime(),
                lambda: self.datetime.datetime().strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                lambda: self.datetime.datetime().strftime("%a, %d %b %Y %H:%M:%S +0000"),
            ]
        )()

    def duration(self) -> str:
        r = self.r
        return r.choice(
            [
                lambda: str(self.datetime.duration()),
                lambda: f"{r.randint(1, 12)}h {r.randint(0, 59)}m",
                lambda: f"PT{r.randint(1, 9)}H{r.randint(1, 59)}M",
                lambda: f"{r.randint(1, 999)} ms",
                lambda: f"{self.num(r.uniform(0, 90), 3)} s",
                lambda: f"{r.randint(1, 180)} min",
            ]
        )()

    def coords(self) -> str:
        c = self.address.coordinates(dms=self.r.random() < 0.3)
        return f"{c['latitude']}, {c['longitude']}"

    def file_size(self) -> str:
        return self.r.choice([self.file.size, lambda: f"{self.num(self.r.uniform(0, 2048), 1)} MiB"])()

    def hex_id(self) -> str:
        r = self.r
        return r.choice(
            [
                lambda: self.crypto.token_hex(r.choice([4, 8, 16])),
                lambda: str(uuid.UUID(int=r.getrandbits(128), version=4)),
                lambda: self.crypto.hash()[: r.choice([7, 12, 40])],
                self.internet.mac_address,
                lambda: f"0x{r.getrandbits(32):08x}",
                lambda: f"#{r.getrandbits(24):06x}",
            ]
        )()

    def reference(self) -> str:
        r = self.r
        y = self.datetime.year()
        return r.choice(
            [
                lambda: f"ORD-{y}-{r.randint(0, 999999):06}",
                lambda: f"#{r.randint(10000, 9999999)}",
                lambda: f"INV/{y}/{r.randint(1, 99999):05}",
                lambda: f"{r.choice(['PO', 'SO', 'RMA', 'TKT', 'CASE'])}-{r.randint(1000, 99999999)}",
                lambda: f"JD{r.randint(10**15, 10**16 - 1)}",
                lambda: f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                lambda: f"{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}{r.randint(10**8, 10**9 - 1)}{self.address.country_code()}",
                lambda: f"{self.word().upper()[:4]}-{r.randint(100, 9999)}",
                lambda: str(r.randint(10**6, 10**11)),
            ]
        )()

    def model_number(self) -> str:
        r = self.r
        letters = "ABCDEFGHKLMNPRSTVXZ"
        return r.choice(
            [
                lambda: f"{r.choice(letters)}{r.choice(letters)}-{r.randint(100, 9999)}{r.choice(letters)}",
                lambda: f"{r.choice(letters)}{r.randint(1000, 9999)}",
                lambda: f"{r.randint(10, 99)}{r.choice(letters)}{r.randint(100, 999)}-{r.randint(10, 99)}",
                lambda: f"{r.choice(letters)}{r.randint(1, 9)} {r.choice(['Pro', 'Max', 'Ultra', 'Mini', 'Plus', 'Lite'])}",
            ]
        )()

    def ident(self) -> str:
        r = self.r
        digits = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        return r.choice(
            [
                lambda: "ISBN " + isbn.format((b := "978" + digits(9)) + ean.calc_check_digit(b)),
                lambda: "ISSN " + issn.format((s := digits(7)) + issn.calc_check_digit(s)),
                lambda: "EAN " + (e := digits(12)) + ean.calc_check_digit(e),
                lambda: (e := digits(12)) + ean.calc_check_digit(e),
                lambda: "IMEI " + (m := "35" + digits(12)) + luhn.calc_check_digit(m),
                lambda: "USt-IdNr. DE" + (v := str(r.randint(1, 9)) + digits(7)) + mod_11_10.calc_check_digit(v),
                lambda: "TVA FR" + f"{int((s := (s8 := digits(8)) + luhn.calc_check_digit(s8)) + '12') % 97:02}" + s,
                lambda: "ISIN US" + digits(10),
                lambda: self.code.isbn(),
                lambda: self.code.ean(),
            ]
        )()

    def science(self) -> str:
        r = self.r
        return r.choice(
            [
                lambda: f"pH {self.num(r.uniform(1, 13), 1)}",
                lambda: f"{self.num(r.uniform(0, 5), 3)} mol/L",
                lambda: f"{self.num(r.uniform(1, 9.99), 3)}e{r.randint(-30, 30)}",
                lambda: f"λ = {r.randint(200, 1100)} nm",
                lambda: self.sci.dna_sequence(r.randint(8, 24)),
                lambda: f"H{r.randint(1, 4)}O{r.randint(1, 4)}",
                lambda: f"{r.randint(1, 118)} protons, {self.num(r.uniform(1, 300), 3)} u",
                lambda: f"p < 0.{r.randint(1, 50):02}",
            ]
        )()

    def ticker(self) -> str:
        return self.r.choice(
            [self.finance.stock_ticker, lambda: f"{self.finance.stock_exchange()}: {self.finance.stock_ticker()}",
             lambda: "$" + self.finance.stock_ticker()]
        )()

    def port(self) -> str:
        return self.r.choice([lambda: str(self.internet.port()), lambda: f":{self.internet.port()}"])()

    def any_value(self) -> str:
        return self.r.choice(
            [self.version, self.price, self.measure, self.quantity, self.percent, self.score,
             self.date, self.time, self.timestamp, self.duration, self.coords, self.file_size,
             self.hex_id, self.reference, self.model_number, self.ident, self.science, self.ticker,
             self.port]
        )()


def tool(name: str, arguments: dict) -> str:
    return json.dumps({"name": name, "arguments": arguments}, ensure_ascii=False)


# -- tool-call frames -------------------------------------------------------------------------
def t_inventory(v: Values) -> str:
    return tool("inventory.update_item", {"sku": v.model_number(), "ean": v.ident(), "quantity": v.quantity(),
                                          "unit_price": v.price(), "warehouse": v.place()})


def t_shop_cart(v: Values) -> str:
    return tool("shop.add_to_cart", {"product": {"name": v.product(), "brand": v.hardware.manufacturer(),
                                                 "price": v.price()}, "qty": v.r.randint(1, 9)})


def t_deploy(v: Values) -> str:
    return tool("deploy.release", {"service": v.word(), "version": v.version(), "commit": v.hex_id(),
                                   "region": v.internet.cloud_region() if hasattr(v.internet, "cloud_region") else v.place(),
                                   "port": v.internet.port()})


def t_logs(v: Values) -> str:
    lines = [
        f"{v.timestamp()} {v.r.choice(['INFO', 'WARN', 'DEBUG', 'ERROR'])} {v.words(v.r.randint(2, 6))} "
        f"{v.r.choice(['id', 'req', 'trace', 'took', 'size', 'ver'])}={v.any_value()}"
        for _ in range(v.r.randint(2, 4))
    ]
    return tool("logs.upload", {"service": v.word(), "lines": lines})


def t_notes(v: Values) -> str:
    return tool("notes.create", {"title": v.text.title(), "body": f"{v.sentence()} {v.words(4)}: {v.any_value()}."})


def t_calendar(v: Values) -> str:
    return tool("calendar.create_event", {"summary": f"{v.words(3)} ({v.place()})", "date": v.date(),
                                          "start": v.time(), "duration": v.duration(), "location": v.address.city()})


def t_weather(v: Values) -> str:
    return tool("weather.report", {"location": v.address.city(), "coordinates": v.coords(),
                                   "temperature": f"{v.num(v.r.uniform(-20, 40), 1)} °C",
                                   "humidity": v.percent(), "wind": v.measure(), "observed": v.timestamp()})


def t_git(v: Values) -> str:
    return tool("git.commit", {"sha": v.crypto.hash()[:40], "message": f"{v.word()}: {v.words(5)}",
                               "files": [v.file.file_name() for _ in range(v.r.randint(1, 3))],
                               "tag": v.version()})


def t_search(v: Values) -> str:
    return tool("web.search", {"query": f"{v.product()} {v.words(2)} {v.any_value()}", "limit": v.r.randint(5, 50)})


def t_stocks(v: Values) -> str:
    return tool("finance.quote", {"symbol": v.finance.stock_ticker(), "company": v.finance.stock_name(),
                                  "exchange": v.finance.stock_exchange(), "last": v.price(), "change": v.percent(),
                                  "volume": v.quantity()})


def t_lab(v: Values) -> str:
    return tool("lab.record_sample", {"sample": v.reference(), "sequence": v.sci.dna_sequence(16),
                                      "ph": v.science(), "concentration": v.measure(), "taken": v.timestamp()})


def t_sports(v: Values) -> str:
    return tool("sports.post_result", {"home": v.address.city(), "away": v.address.city(), "score": v.score(),
                                       "attendance": v.quantity(), "date": v.date()})


def t_files(v: Values) -> str:
    return tool("fs.stat", {"path": f"/srv/{v.word()}/{v.file.file_name()}", "size": v.file_size(),
                            "mtime": v.timestamp(), "sha256": v.crypto.hash()[:64], "mode": "0644"})


def t_recipe(v: Values) -> str:
    return tool("recipes.save", {"title": v.food.dish(), "servings": v.r.randint(1, 12),
                                 "ingredients": [f"{v.measure()} {v.food.vegetable()}", f"{v.measure()} {v.food.spices()}"],
                                 "time": v.duration(), "drink": v.food.drink()})


def t_travel(v: Values) -> str:
    return tool("travel.book", {"from": v.address.iata_code(), "to": v.address.iata_code(),
                                "aircraft": v.transport.airplane(), "departure": v.timestamp(),
                                "fare": v.price(), "booking_ref": v.reference()})


def t_hardware(v: Values) -> str:
    return tool("it.register_device", {"model": v.product(), "cpu": v.hardware.cpu(), "ram": v.hardware.ram_size(),
                                       "serial": v.model_number(), "imei": v.ident(), "mac": v.internet.mac_address(),
                                       "os": v.dev.os()})


def t_invoice(v: Values) -> str:
    return tool("billing.create_invoice", {"invoice": v.reference(), "vendor": v.finance.company(),
                                           "vat_id": v.ident(), "net": v.price(), "tax": v.percent(),
                                           "due": v.date(), "items": v.quantity()})


def t_metrics(v: Values) -> str:
    return tool("metrics.push", {"metric": f"{v.word()}_{v.word()}_total".lower(), "value": v.any_value(),
                                 "labels": {"host": v.word(), "version": v.version()}, "ts": v.timestamp()})


def t_translate(v: Values) -> str:
    return tool("translate.text", {"source_lang": v.locale, "target_lang": "en", "text": v.sentence()})


def t_job(v: Values) -> str:
    return tool("jobs.post", {"title": v.person.occupation(), "employer": v.org(), "city": v.address.city(),
                              "salary": v.price(), "languages": [v.person.language(), v.person.language()]})


def t_book(v: Values) -> str:
    return tool("library.add", {"title": v.text.title(), "isbn": v.ident(), "publisher": v.finance.company(),
                                "year": v.datetime.year(), "pages": v.r.randint(40, 1200)})


# -- prose frames (English wording, localised values) ----------------------------------------
def p_ship(v: Values) -> str:
    return f"Order {v.reference()} ({v.quantity()}) left {v.address.city()} on {v.date()} at {v.time()}."


def p_release(v: Values) -> str:
    return f"{v.product()} now runs firmware {v.version()}; the update is {v.file_size()} and takes {v.duration()}."


def p_price(v: Values) -> str:
    return f"The {v.thing()} costs {v.price()} in {v.place()}, up {v.percent()} since {v.date()}."


def p_score(v: Values) -> str:
    return f"{v.address.city()} beat {v.address.city()} {v.score()} in front of {v.quantity()} fans."


def p_measure(v: Values) -> str:
    return f"Max load {v.measure()}, tested at {v.measure()} for {v.duration()} ({v.reference()})."


def p_stock(v: Values) -> str:
    return f"{v.finance.stock_name()} ({v.ticker()}) closed at {v.price()}, {v.percent()} on the day."


def p_science(v: Values) -> str:
    return f"Sample {v.reference()}: {v.science()}, {v.science()}, measured {v.timestamp()}."


def p_words(v: Values) -> str:
    return f"{v.words(v.r.randint(3, 8)).capitalize()} {v.any_value()} {v.words(v.r.randint(1, 5))}."


def p_sentence(v: Values) -> str:
    return f"{v.sentence()} {v.sentence()}"


def p_sentence_value(v: Values) -> str:
    return f"{v.sentence()} ({v.any_value()})"


def p_ident(v: Values) -> str:
    return f"Please check {v.ident()} against {v.ident()} before {v.date()}."


def p_travel(v: Values) -> str:
    return f"Flight {v.address.iata_code()}–{v.address.iata_code()} on the {v.transport.airplane()}, gate {v.model_number()}, boarding {v.time()}."


def p_job(v: Values) -> str:
    return f"{v.org()} is hiring a {v.person.occupation()} in {v.address.city()}: {v.price()} a year, {v.person.language()} a plus."


def p_food(v: Values) -> str:
    return f"{v.food.dish()} with {v.food.vegetable()} and a glass of {v.food.drink()}: {v.measure()}, {v.price()}."


def p_chat_status(v: Values) -> str:
    return f"ok deployed {v.version()} to {v.r.choice(['prod', 'staging', 'eu-west', 'canary'])} ({v.hex_id()}), p99 {v.duration()}, errors {v.percent()}"


def p_heading(v: Values) -> str:
    return f"{v.text.title()}\n\n{v.words(6).capitalize()}. {v.quantity()}.\n{v.person.nationality()} {v.person.language()}"


def p_list(v: Values) -> str:
    return "\n".join(f"- {v.thing()}: {v.any_value()}" for _ in range(v.r.randint(2, 5)))


def p_university(v: Values) -> str:
    return f"Lecture at {v.person.university()}, room {v.model_number()}, {v.date()} {v.time()}; {v.person.academic_degree()} students only."


def p_coords(v: Values) -> str:
    return f"Meet at {v.coords()} near {v.address.city()}, {v.address.country()} ({v.measure()} from the road)."


def p_hardware(v: Values) -> str:
    return f"Spec: {v.hardware.cpu()}, {v.hardware.graphics()}, {v.hardware.ram_size()} {v.hardware.ram_type()}, {v.hardware.resolution()}, {v.hardware.screen_size()}."


LOCAL = {
    "de": [
        lambda v: f"Die Lieferung {v.reference()} kommt am {v.date()} um {v.time()} in {v.address.city()} an.",
        lambda v: f"Preis: {v.price()} inkl. {v.percent()} MwSt., Menge {v.quantity()}.",
        lambda v: f"Bitte {v.words(3)} bis {v.date()} erledigen: {v.any_value()}.",
        lambda v: f"{v.sentence()} Stand: {v.timestamp()}.",
    ],
    "fr": [
        lambda v: f"La commande {v.reference()} arrivera le {v.date()} à {v.time()} à {v.address.city()}.",
        lambda v: f"Prix : {v.price()} TTC, remise de {v.percent()}, quantité {v.quantity()}.",
        lambda v: f"Merci de {v.words(3)} avant le {v.date()} : {v.any_value()}.",
        lambda v: f"{v.sentence()} Mise à jour : {v.timestamp()}.",
    ],
    "es": [
        lambda v: f"El pedido {v.reference()} llegará el {v.date()} a las {v.time()} a {v.address.city()}.",
        lambda v: f"Precio: {v.price()} con IVA del {v.percent()}, cantidad {v.quantity()}.",
        lambda v: f"Por favor, {v.words(3)} antes del {v.date()}: {v.any_value()}.",
        lambda v: f"{v.sentence()} Actualizado: {v.timestamp()}.",
    ],
    "pt-br": [
        lambda v: f"O pedido {v.reference()} chega em {v.date()} às {v.time()} em {v.address.city()}.",
        lambda v: f"Preço: {v.price()} à vista, desconto de {v.percent()}, quantidade {v.quantity()}.",
        lambda v: f"Por favor {v.words(3)} até {v.date()}: {v.any_value()}.",
        lambda v: f"{v.sentence()} Atualizado em {v.timestamp()}.",
    ],
    "it": [
        lambda v: f"L'ordine {v.reference()} arriva il {v.date()} alle {v.time()} a {v.address.city()}.",
        lambda v: f"Prezzo: {v.price()} IVA {v.percent()} inclusa, quantità {v.quantity()}.",
        lambda v: f"Per favore {v.words(3)} entro il {v.date()}: {v.any_value()}.",
        lambda v: f"{v.sentence()} Aggiornato: {v.timestamp()}.",
    ],
    "ja": [
        lambda v: f"{v.sentence()} 注文番号 {v.reference()}、{v.date()} {v.time()}。",
        lambda v: f"{v.address.city()}の{v.food.dish()}は{v.price()}です（{v.quantity()}）。",
        lambda v: f"{v.words(3)}: {v.any_value()}, {v.any_value()}",
        lambda v: f"{v.product()} {v.version()} — {v.sentence()}",
    ],
}

TOOL_FRAMES = [t_inventory, t_shop_cart, t_deploy, t_logs, t_notes, t_calendar, t_weather, t_git, t_search,
               t_stocks, t_lab, t_sports, t_files, t_recipe, t_travel, t_hardware, t_invoice, t_metrics,
               t_translate, t_job, t_book]
PROSE_FRAMES = [p_ship, p_release, p_price, p_score, p_measure, p_stock, p_science, p_words, p_sentence,
                p_sentence_value, p_ident, p_travel, p_job, p_food, p_chat_status, p_heading, p_list,
                p_university, p_coords, p_hardware]


def named_frames() -> list[tuple[str, str | None, object]]:
    """Every frame as (name, locale it is bound to or None for any, function)."""
    frames = [(f.__name__, None, f) for f in TOOL_FRAMES + PROSE_FRAMES]
    for locale, fs in LOCAL.items():
        frames += [(f"{locale}_{i}", locale, f) for i, f in enumerate(fs)]
    return frames


def split_frames() -> tuple[list, list]:
    """Two thirds of each kind (tool, prose, each locale's own) for tuning, the rest held out."""
    r = random.Random(FRAME_SPLIT_SEED)
    groups: dict[str, list] = {}
    for frame in named_frames():
        kind = frame[1] or frame[0][:2]
        groups.setdefault(kind, []).append(frame)
    tune, held_out = [], []
    for kind in sorted(groups):
        members = groups[kind]
        r.shuffle(members)
        cut = max(1, round(len(members) * 2 / 3))
        tune += members[:cut]
        held_out += members[cut:]
    return tune, held_out


def records(frames: list, seed: int, count: int, split: str) -> list[dict]:
    r = random.Random(seed)
    values = {locale: Values(locale, r) for locale in LOCALES}
    out = []
    while len(out) < count:
        name, bound, frame = r.choice(frames)
        locale = bound or r.choice(LOCALES)
        text = frame(values[locale])
        source = "decoy_tool" if name.startswith("t_") else "decoy_prose"
        out.append({"text": text, "spans": [], "source": source, "split": split, "locale": locale, "frame": name})
    return out


def write(path: Path, recs: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] == "--extra-tune":
        if len(args) != 4 or int(args[1]) in (TUNE_SEED, TUNE2_SEED, HELD_OUT_SEED):
            sys.exit("usage: generate_decoys.py --extra-tune SEED OUT COUNT (a seed no file uses)")
        tune, _ = split_frames()
        write(Path(args[2]), records(tune, int(args[1]), int(args[3]), "tune"))
        return
    if args:
        sys.exit(__doc__)
    tune, held_out = split_frames()
    assert not {n for n, _, _ in tune} & {n for n, _, _ in held_out}
    write(HERE / "decoys_tune.jsonl", records(tune, TUNE_SEED, TUNE_COUNT, "tune"))
    write(HERE / "decoys_tune2.jsonl", records(tune, TUNE2_SEED, TUNE2_COUNT, "tune"))
    write(HERE / "decoys_heldout.jsonl", records(held_out, HELD_OUT_SEED, HELD_OUT_COUNT, "heldout"))


if __name__ == "__main__":
    main()
