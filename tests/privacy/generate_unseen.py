#!/usr/bin/env python3
"""Writes tests/privacy/unseen_tune.jsonl and tests/privacy/unseen_heldout.jsonl (and, with
--extra-tune, more tuning records such as unseen_tune2.jsonl): a labelled
corpus for the privacy gateway made from sources that have nothing to do with Roxy's detectors,
so that `roxy privacy eval` cannot be flattered by text written alongside them.

Sources (all from PyPI, installed by scripts/setup.sh into .venv-privacy; CI does not
need them because the generated files are committed):
- Faker (names, street addresses, cities, postcodes, emails, IBANs, cards, SSNs, IPs, URLs,
  birth dates, companies and decoys) in ten locales: en_US, en_GB, de_DE, fr_FR, es_ES, pt_BR,
  it_IT, ja_JP (romanised names), en_IN and zh_CN (romanised names);
- phonenumbers (Google's libphonenumber): example numbers of ~60 regions with their last digits
  changed, kept only if libphonenumber still calls them valid, written in national and
  international format;
- presidio-evaluator's sentence templates (raw_data/templates.txt in its wheel), filled with the
  values above.

Same 19 types and record shapes as corpus.jsonl (tool-call JSON and prose), with decoys. The
records are split once, by a fixed seed, into a tuning part and a HELD-OUT part; the template
lines are split too, so held-out prose uses sentences never seen while tuning. Only the tuning
part may be looked at while changing the detectors. Offsets are Unicode code points, end
exclusive; values are marked while a record is built and the markers stripped afterwards.

National phone formats are written only for the regions in PHONE_REGIONS below: score with
`roxy privacy eval --phone-regions US,GB,DE,FR,ES,BR,IT,JP,IN,AU,SG FILE`.

Usage: .venv-privacy/bin/python tests/privacy/generate_unseen.py
       .venv-privacy/bin/python tests/privacy/generate_unseen.py --extra-tune SEED OUT [COUNT]

With --extra-tune only OUT is written: COUNT records (default 2000) built from the tuning half of
the template split (still decided by SEED below, so the held-out templates stay unseen) with
values drawn from the given seed instead. unseen_tune.jsonl and unseen_heldout.jsonl are left
alone, and a run without the option still writes them byte for byte as before.
"""
import os
import sys

# Some Faker providers iterate over sets; fix the hash seed so the files are reproducible.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})

import base64
import datetime
import importlib.metadata
import json
import pathlib
import random
import re

import phonenumbers
from faker import Faker
from faker.providers.date_time import Provider as DateTimeProvider
from phonenumbers import PhoneNumberFormat, PhoneNumberType

SEED = 20261203
R = random.Random(SEED)
OPEN, SEP, CLOSE = "\u27e6", "\u27e7", "\u27e8"
MARK = re.compile(f"{OPEN}([A-Z_]+){SEP}(.*?){CLOSE}", re.S)

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "pt_BR", "it_IT", "ja_JP", "en_IN", "zh_CN"]
# Faker draws dates "up to now" when no end is given (the templates' {{day_of_week}}, for one),
# which made a run on another day write other weekdays: "now" is pinned to when the committed
# files were written.
GENERATED = datetime.datetime(2026, 12, 3, 11, 36)
_parse_end_datetime = DateTimeProvider._parse_end_datetime.__func__
DateTimeProvider._parse_end_datetime = classmethod(
    lambda cls, value: _parse_end_datetime(cls, GENERATED if value is None else value))
FAKE = {loc: Faker(loc) for loc in LOCALES}
for index, loc in enumerate(LOCALES):
    FAKE[loc].seed_instance(SEED + index)
EN = FAKE["en_US"]
# Regions whose national formats appear in the corpus (the eval's --phone-regions).
PHONE_REGIONS = ["US", "GB", "DE", "FR", "ES", "BR", "IT", "JP", "IN", "AU", "SG"]
LOCALE_REGION = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES",
                 "pt_BR": "BR", "it_IT": "IT", "ja_JP": "JP", "en_IN": "IN", "zh_CN": "SG"}
ADDRESS_LOCALES = ["en_US", "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "pt_BR", "it_IT"]


def when(start=2015, end=2026):
    """A fixed-range timestamp (Faker's own defaults depend on today, which would change the file)."""
    return EN.date_time_between(datetime.datetime(start, 1, 1), datetime.datetime(end, 1, 1))


def m(kind, value):
    return f"{OPEN}{kind}{SEP}{value}{CLOSE}"


def strip(marked):
    text, spans, last, pos = [], [], 0, 0
    for match in MARK.finditer(marked):
        text.append(marked[last:match.start()])
        pos += match.start() - last
        value = match.group(2)
        spans.append({"start": pos, "end": pos + len(value), "type": match.group(1)})
        text.append(value)
        pos += len(value)
        last = match.end()
    text.append(marked[last:])
    return "".join(text), spans


def tool_call(name, arguments):
    return json.dumps({"name": name, "arguments": arguments}, ensure_ascii=False)


def locale():
    return R.choice(LOCALES)


# ---------------------------------------------------------------- people
def first_last(loc=None):
    loc = loc or locale()
    f = FAKE[loc]
    if loc in ("ja_JP", "zh_CN"):
        return f.first_romanized_name(), f.last_romanized_name()
    return f.first_name(), f.last_name()


def full_name(loc=None):
    first, last = first_last(loc)
    return f"{first} {last}"


def name_any_form(loc=None):
    """`First Last` mostly, sometimes `Last, First` (as forms and directories write it)."""
    first, last = first_last(loc)
    return f"{last}, {first}" if R.random() < 0.25 else f"{first} {last}"


def email_for(first, last):
    clean = lambda s: re.sub(r"[^a-z]", "", s.lower().encode("ascii", "ignore").decode())
    local = R.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{l}.{f}"]).format(
        f=clean(first) or "x", l=clean(last) or "y", f0=(clean(first) or "x")[0])
    return f"{local}@{EN.free_email_domain() if R.random() < 0.5 else EN.domain_name()}"


def email():
    return email_for(*first_last())


# ---------------------------------------------------------------- addresses
def street_address(loc=None, full=None):
    """A postal address on one line (Faker's lines joined with ", "), street to postcode."""
    loc = loc or R.choice(ADDRESS_LOCALES)
    f = FAKE[loc]
    full = R.random() < 0.75 if full is None else full
    for _ in range(50):
        lines = f.address().split("\n")
        lines = [line.strip() for line in lines if line.strip()]
        if not re.search(r"\d", lines[0]) and not lines[0].startswith(("Flat", "Studio")):
            continue  # no house number: a place, not a street address
        if re.match(r"(PSC|Unit|USNS|USS|USCGC)\b", lines[0]):
            continue  # military mail, not a street
        if loc == "pt_BR" and len(lines) == 3:
            lines = [lines[0], lines[2]]  # drop the neighbourhood
        if not full:
            first = lines[0]
            if loc == "en_GB" and first.startswith(("Flat", "Studio")):
                first = ", ".join(lines[:2])
            return first
        return ", ".join(lines)
    return f.street_address()


# ---------------------------------------------------------------- phones
INTL_REGIONS = sorted(r for r in phonenumbers.SUPPORTED_REGIONS if len(r) == 2)


def phone_number(region):
    kind = R.choice([PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE])
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    if example is None:
        return None
    digits = str(example.national_number)
    for _ in range(30):
        keep = max(len(digits) - 4, 2)
        candidate = digits[:keep] + "".join(str(R.randrange(10)) for _ in range(len(digits) - keep))
        number = phonenumbers.parse("+" + str(example.country_code) + candidate, None)
        if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region:
            return number
    return None


def phone(region=None, international=None):
    """A valid number, national format for the corpus regions, international for all."""
    if region is None:
        region = R.choice(PHONE_REGIONS) if R.random() < 0.6 else R.choice(INTL_REGIONS)
    international = (region not in PHONE_REGIONS or R.random() < 0.35) if international is None else international
    number = phone_number(region)
    if number is None:
        return phone("US", international)
    if international:
        text = phonenumbers.format_number(number, R.choice([PhoneNumberFormat.INTERNATIONAL,
                                                            PhoneNumberFormat.INTERNATIONAL,
                                                            PhoneNumberFormat.E164]))
    else:
        text = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return text


# ---------------------------------------------------------------- dates, numbers, secrets
def dob():
    d = EN.date_between(datetime.date(1930, 1, 1), datetime.date(2024, 12, 31))
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    forms = [d.isoformat(), f"{d.month}/{d.day}/{d.year}", f"{d.month}/{d.day}/{d.year % 100:02d}",
             f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
             f"{d.day}.{d.month}.{d.year % 100:02d}", f"{d.day:02d}/{d.month:02d}/{d.year}",
             f"{d.day:02d}-{d.month:02d}-{d.year}", f"{months[d.month - 1]} {d.day}, {d.year}",
             f"{d.day} {months[d.month - 1]} {d.year}", f"{months[d.month - 1][:3]} {d.day}, {d.year}",
             f"{d.day}-{months[d.month - 1][:3]}-{d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}"]
    return R.choice(forms)


BIRTH_CUES = ["born on", "born", "DOB:", "DOB", "date of birth:", "date of birth is", "birthday:",
              "birth date", "d.o.b.", "geboren am", "née le", "né le", "fecha de nacimiento:",
              "data di nascita:", "data de nascimento:", "b."]


def ssn(form=None):
    value = EN.ssn()
    form = form or R.choice(["-", "-", " ", ""])
    return value.replace("-", form)


SSN_CUES = ["SSN", "SSN:", "social security number", "Social Security no.", "taxpayer id",
            "taxpayer ID", "W-2 SSN", "social security #", "SS#"]


def card():
    kind = R.choice(["visa16", "visa16", "visa13", "mastercard", "amex", "discover", "jcb16", "diners"])
    number = EN.credit_card_number(card_type=kind)
    sep = R.choice(["", " ", "-", " "])
    if not sep:
        return number
    if len(number) in (14, 15):
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[i:i + 4] for i in range(0, len(number), 4))


def iban():
    loc = R.choice(["de_DE", "fr_FR", "es_ES", "it_IT", "en_GB", "nl_NL"] if False else
                   ["de_DE", "fr_FR", "es_ES", "it_IT", "en_GB", "pt_BR"])
    value = FAKE[loc].iban()
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if R.random() < 0.5 else value


def ip():
    return EN.ipv4_public() if R.random() < 0.7 else EN.ipv6()


def url():
    base = EN.url().rstrip("/")
    return R.choice([base, f"{base}/{EN.uri_path()}", f"{base}/{EN.uri_path()}?id={R.randrange(10**6)}&token={EN.sha1()[:16]}",
                     f"https://{EN.user_name()}:{EN.password(special_chars=False)}@{EN.domain_name()}/{EN.uri_path()}"])


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rand(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def jwt():
    enc = lambda obj: base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    profile = {"sub": EN.uuid4(), "name": EN.name(), "iat": R.randrange(1_600_000_000, 1_800_000_000)}
    return f"{enc({'alg': R.choice(['HS256', 'RS256', 'ES256']), 'typ': 'JWT'})}.{enc(profile)}.{rand(43, ALNUM + '-_')}"


def pem():
    kind = R.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = base64.b64encode(EN.binary(length=R.choice([96, 144, 192]))).decode()
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN {kind}-----\n{lines}\n-----END {kind}-----"


SECRETS = {
    "AWS_ACCESS_KEY": lambda: R.choice(["AKIA", "ASIA"]) + rand(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    "GITHUB_TOKEN": lambda: R.choice(["ghp_", "gho_", "ghs_", "ghu_"]) + rand(36) if R.random() < 0.8 else "github_pat_" + rand(22) + "_" + rand(59),
    "OPENAI_API_KEY": lambda: R.choice(["sk-proj-", "sk-", "sk-svcacct-"]) + rand(48, ALNUM + "_-"),
    "ANTHROPIC_API_KEY": lambda: "sk-ant-api03-" + rand(93, ALNUM + "_-") + "AA",
    "STRIPE_SECRET_KEY": lambda: R.choice(["sk_live_", "sk_test_", "rk_live_"]) + rand(24),
    "GOOGLE_API_KEY": lambda: "AIza" + rand(35, ALNUM + "_-"),
    "SLACK_TOKEN": lambda: R.choice(["xoxb-", "xoxp-"]) + f"{R.randrange(10**11, 10**12)}-{R.randrange(10**12, 10**13)}-" + rand(24),
    "JWT": jwt,
    "PRIVATE_KEY": pem,
}


# ---------------------------------------------------------------- decoys (never labelled)
def decoy():
    return R.choice([
        lambda: f"request {EN.uuid4()}",
        lambda: f"sha256 {EN.sha256()}",
        lambda: f"md5 {EN.md5()}",
        lambda: f"commit {EN.sha1()}",
        lambda: f"EAN {EN.ean13()}",
        lambda: f"ISBN {EN.isbn13()}",
        lambda: f"ISBN {EN.isbn10()}",
        lambda: f"total {EN.pricetag()}",
        lambda: f"plate {EN.license_plate()}",
        lambda: f"MAC {EN.mac_address()}",
        lambda: f"file {EN.file_path(depth=2)}",
        lambda: f"at {when().isoformat()}",
        lambda: f"on {when().date().isoformat()}",
        lambda: f"due {when(2025).strftime('%m/%d/%Y')}",
        lambda: f"meeting on {when(2025).strftime('%B %d, %Y')}",
        lambda: f"at {when().strftime('%H:%M:%S')}",
        lambda: f"port {EN.port_number()}",
        lambda: f"version {EN.numerify('#.##.#')}",
        lambda: f"build {EN.numerify('##.#.#####.###')}",
        lambda: f"order {EN.bothify('ORD-####-??##').upper()}",
        lambda: f"ticket #{EN.random_number(digits=7, fix_len=True)}",
        lambda: f"invoice {EN.random_number(digits=9, fix_len=True)}",
        lambda: f"account no. {EN.bban()}",
        lambda: f"ref {EN.random_number(digits=12, fix_len=True)}",
        lambda: f"ZIP {EN.zipcode()}",
        lambda: f"postcode {FAKE['en_GB'].postcode()}",
        lambda: f"{FAKE['de_DE'].postcode()} {FAKE['de_DE'].city()}",
        lambda: f"lat {EN.latitude()}, lon {EN.longitude()}",
        lambda: f"colour {EN.hex_color()}",
        lambda: f"user agent {EN.user_agent()}",
        lambda: f"{EN.company()} {EN.company_suffix()}",
        lambda: f"{EN.catch_phrase()}",
        lambda: f"{EN.city()} office",
        lambda: f"{FAKE[R.choice(ADDRESS_LOCALES)].city()} branch",
        lambda: f"SSN {R.choice(['000', '666', str(R.randrange(900, 1000))])}-{R.randrange(10, 100)}-{R.randrange(1000, 10000)} is invalid",
        lambda: f"test number {R.randrange(900, 1000)}-{R.randrange(10, 100)}-{R.randrange(1000, 10000)}",
        lambda: f"card {EN.credit_card_number()[:-1]}x expired",
        # A private address is still an address (corpus.jsonl labels 192.168.1.20 too).
        lambda: f"IP {m('IP_ADDRESS', EN.ipv4_private())}/{R.randrange(8, 30)} subnet class {EN.ipv4_network_class()}",
    ])()


# ---------------------------------------------------------------- tool-call records
def rec_email():
    s_first, s_last = first_last()
    r_first, r_last = first_last()
    greeting = R.choice(["Hi", "Dear", "Hello", "Bonjour", "Hallo", "Hola", "Ciao", "Olá"])
    cue = R.choice(["I had a meeting with", "This was approved by", "The form was signed by",
                    "Please loop in", "cc:", "Forwarded from", "I spoke with", "As discussed with"])
    body = (f"{greeting} {m('PERSON', r_first)},\n\n{cue} {m('PERSON', full_name())} today. "
            f"Reach me on {m('PHONE_NUMBER', phone())} or at {m('EMAIL_ADDRESS', email_for(s_first, s_last))}.\n"
            f"Ref: {decoy()}\n\n{R.choice(['Best', 'Thanks', 'Regards', 'Cheers', 'Kind regards'])},\n{m('PERSON', s_first + ' ' + s_last)}")
    return tool_call("mail.send", {"to": [m("EMAIL_ADDRESS", email_for(r_first, r_last))],
                                   "subject": f"Re: {decoy()}", "body": body})


def rec_contact():
    loc = R.choice(ADDRESS_LOCALES)
    first, last = first_last(loc)
    name = f"{last}, {first}" if R.random() < 0.3 else f"{first} {last}"
    key = R.choice(["full_name", "name", "contact_name", "customer"])
    args = {key: m("PERSON", name), "email": m("EMAIL_ADDRESS", email_for(first, last)),
            R.choice(["phone", "mobile", "tel"]): m("PHONE_NUMBER", phone(LOCALE_REGION[loc])),
            R.choice(["date_of_birth", "dob", "birthday", "birth_date"]): m("DATE_OF_BIRTH", dob()),
            R.choice(["address", "mailing_address", "street_address"]): m("STREET_ADDRESS", street_address(loc)),
            "id": EN.uuid4(), "segment": R.choice(["smb", "enterprise", "consumer"])}
    return tool_call("crm.upsert_contact", args)


def rec_payroll():
    return tool_call("hr.update_payroll", {
        "employee": m("PERSON", name_any_form()),
        R.choice(["ssn", "taxpayer_id", "social_security_number"]): m("US_SSN", ssn()),
        "iban": m("IBAN_CODE", iban()), "effective": when(2025).date().isoformat(), "note": decoy()})


def rec_calendar():
    return tool_call("calendar.create_event", {
        "title": f"{R.choice(['Meeting with', 'Call with', '1:1 with', 'Interview:'])} {m('PERSON', full_name())}",
        "attendees": [m("EMAIL_ADDRESS", email()) for _ in range(R.randrange(1, 3))],
        "location": m("STREET_ADDRESS", street_address()),
        "start": when().isoformat(), "notes": decoy()})


def rec_ehr():
    first, last = first_last()
    return tool_call("ehr.create_note", {
        "patient": m("PERSON", f"{first} {last}"),
        "dob": m("DATE_OF_BIRTH", dob()),
        "notes": f"Patient {m('PERSON', first + ' ' + last)} seen by Dr. {m('PERSON', first_last()[1])}. "
                 f"Referred by {m('PERSON', full_name())}. BP {R.randrange(100, 140)}/{R.randrange(60, 90)}, {decoy()}.",
        "visit": EN.uuid4()})


def rec_payment():
    return tool_call("payments.charge", {"card_number": m("CREDIT_CARD", card()), "amount": EN.pricetag(),
                                         "cardholder": m("PERSON", full_name()), "order": decoy()})


def rec_shell():
    kind = R.choice(list(SECRETS))
    value = SECRETS[kind]()
    if kind == "PRIVATE_KEY":
        return tool_call("files.write", {"path": f"/home/{EN.user_name()}/.ssh/id_{R.choice(['rsa', 'ed25519'])}",
                                         "content": m(kind, value)})
    cmd = R.choice([f"curl -H 'Authorization: Bearer {m(kind, value)}' {m('URL', url())}",
                    f"export {R.choice(['API_KEY', 'TOKEN', 'SECRET'])}={m(kind, value)} && make deploy",
                    f"echo {m(kind, value)} | vault write secret/{EN.word()}"])
    return tool_call("shell.run", {"command": cmd, "cwd": EN.file_path(depth=2).rsplit("/", 1)[0]})


def rec_log():
    lines = []
    for _ in range(R.randrange(3, 6)):
        ts = when().isoformat()
        kind = R.choice(["ip", "email", "decoy", "decoy"])
        if kind == "ip":
            lines.append(f"{ts} INFO login from {m('IP_ADDRESS', ip())} session={EN.uuid4()}")
        elif kind == "email":
            lines.append(f"{ts} INFO reset mail sent to {m('EMAIL_ADDRESS', email())}")
        else:
            lines.append(f"{ts} DEBUG {decoy()}")
    return tool_call("logs.upload", {"service": EN.word(), "lines": lines})


def rec_fetch():
    return tool_call("http.fetch", {"url": m("URL", url()), "method": "GET"})


def rec_search():
    return tool_call("web_search", {"query": R.choice([
        f"{m('PERSON', full_name())} {EN.company()}",
        f"dentist near {m('STREET_ADDRESS', street_address())}",
        f"who called me from {m('PHONE_NUMBER', phone())}",
        f"{decoy()} meaning",
    ])})


# ---------------------------------------------------------------- prose records
def rec_note():
    loc = R.choice(ADDRESS_LOCALES)
    return (f"Met {m('PERSON', full_name(loc))} from {EN.company()} today. Lives at "
            f"{m('STREET_ADDRESS', street_address(loc))}, {R.choice(BIRTH_CUES)} {m('DATE_OF_BIRTH', dob())}. "
            f"Prefers {m('PHONE_NUMBER', phone(LOCALE_REGION[loc]))} over email; {decoy()}.")


def rec_ticket():
    cue = R.choice(SSN_CUES)
    return (f"Ticket {EN.random_number(digits=6, fix_len=True)}\nFrom: {m('PERSON', name_any_form())}\n"
            f"My {cue} {m('US_SSN', ssn())} was rejected on the W-9 and my card {m('CREDIT_CARD', card())} "
            f"was charged twice ({decoy()}). Send the refund to {m('IBAN_CODE', iban())}.")


def rec_chat():
    kind = R.choice(list(SECRETS))
    return (f"{R.choice(['my name is', 'I am', 'this is', 'It is'])} {m('PERSON', full_name())} and I pasted "
            f"{m(kind, SECRETS[kind]())} by mistake; is {m('IP_ADDRESS', ip())} still blocked? {decoy()}")


def rec_postal():
    loc = R.choice(ADDRESS_LOCALES)
    return (f"{R.choice(['Ship to', 'Deliver to', 'Mailing address:', 'Please send it to', 'New address:'])} "
            f"{m('STREET_ADDRESS', street_address(loc, full=True))}. Call {m('PHONE_NUMBER', phone(LOCALE_REGION[loc]))} "
            f"on arrival. {decoy()}.")


def rec_decoys_json():
    return tool_call("analytics.report", {"summary": ". ".join(decoy() for _ in range(4)),
                                          "rows": [{"id": EN.uuid4(), "sku": EN.bothify("SKU-####"), "amount": EN.pricetag(),
                                                    "city": EN.city(), "company": EN.company()} for _ in range(2)]})


def rec_decoys_prose():
    return " ".join(decoy() + "." for _ in range(R.randrange(3, 6)))


# ---------------------------------------------------------------- presidio-evaluator templates
TEMPLATE_TYPES = {
    "person": "PERSON", "name": "PERSON", "name_female": "PERSON", "name_male": "PERSON",
    "first_name": "PERSON", "first_name_male": "PERSON", "first_name_female": "PERSON",
    "first_name_nonbinary": "PERSON", "last_name": "PERSON", "last_name_male": "PERSON",
    "last_name_female": "PERSON", "email": "EMAIL_ADDRESS", "phone_number": "PHONE_NUMBER",
    "credit_card_number": "CREDIT_CARD", "iban": "IBAN_CODE", "ssn": "US_SSN", "ip_address": "IP_ADDRESS",
    "url": "URL", "date_of_birth": "DATE_OF_BIRTH", "address": "STREET_ADDRESS",
}
ADDRESS_PARTS = ["building_number", "street_name", "secondary_address", "city", "state_abbr",
                 "zipcode", "postcode", "country"]


def load_templates():
    # Located through the wheel's file list: importing presidio_evaluator would need its heavy
    # dependencies (spaCy, transformers...), which this generator does not use (--no-deps).
    path = next(p for p in importlib.metadata.files("presidio-evaluator") if p.name == "templates.txt")
    raw = path.read_text(encoding="utf-8")
    parts = "|".join(ADDRESS_PARTS)
    run = re.compile(r"\{\{building_number\}\}(?:[\s,>?\\n]*\{\{(?:" + parts + r")\}\})+")
    templates = []
    for line in raw.splitlines():
        line = line.strip().replace("\\n", "\n")
        if not line:
            continue
        line = run.sub("{{address}}", line)  # a run of address parts is one postal address
        if re.search(r"\{\{(street_name|building_number|secondary_address)\}\}", line) or re.search(r"(?<!\{)\{[a-z_]+\}(?!\})", line):
            continue  # a street without a number (not a postal address) or a broken template
        templates.append(line)
    return templates


def fill(template):
    loc = R.choice(ADDRESS_LOCALES)
    f = FAKE[loc]

    def value(match):
        key = match.group(1)
        kind = TEMPLATE_TYPES.get(key)
        if kind == "PERSON":
            first, last = first_last(loc if R.random() < 0.6 else None)
            v = last if key.startswith("last_name") else first if key.startswith("first_name") else f"{first} {last}"
        elif kind == "EMAIL_ADDRESS":
            v = email()
        elif kind == "PHONE_NUMBER":
            v = phone(LOCALE_REGION[loc] if R.random() < 0.6 else None)
        elif kind == "CREDIT_CARD":
            v = card()
        elif kind == "IBAN_CODE":
            v = iban()
        elif kind == "US_SSN":
            v = ssn("-")
        elif kind == "IP_ADDRESS":
            v = ip()
        elif kind == "URL":
            v = url()
        elif kind == "DATE_OF_BIRTH":
            v = dob()
        elif kind == "STREET_ADDRESS":
            v = street_address(loc, full=True)
        else:
            # Not one of the 19 types (organisations, cities, countries, jobs, ages, dates...).
            provider = {"organization": "company", "date_time": "year", "nation_woman": "country",
                        "nation_plural": "country", "nationality": "country", "prefix": "prefix",
                        "us_driver_license": "license_plate", "zipcode": "postcode", "state_abbr": "city"}.get(key, key)
            if key == "date_time":
                return when().strftime(R.choice(["%B %d, %Y", "%Y-%m-%d %H:%M", "%d/%m/%Y"]))
            if key in ("age", "year"):
                return str(R.randrange(18, 90) if key == "age" else R.randrange(1950, 2026))
            try:
                v = str(getattr(f, provider)())
            except AttributeError:
                v = str(getattr(EN, provider, EN.word)())
            return v
        return m(kind, v)

    return re.sub(r"\{\{([a-z_]+)\}\}", value, template)


# ---------------------------------------------------------------- assemble
RECORD_MAKERS = [(rec_email, 10), (rec_contact, 10), (rec_payroll, 6), (rec_calendar, 6), (rec_ehr, 6),
                 (rec_payment, 5), (rec_shell, 10), (rec_log, 5), (rec_fetch, 3), (rec_search, 5),
                 (rec_note, 8), (rec_ticket, 6), (rec_chat, 6), (rec_postal, 8), (rec_decoys_json, 6),
                 (rec_decoys_prose, 6)]
TEMPLATE_SHARE = 0.3
PER_SPLIT = 1000


def merge_adjacent(spans, text):
    """`{{first_name}} {{last_name}}` in a template is one person."""
    merged = []
    for span in spans:
        if merged and merged[-1]["type"] == span["type"] == "PERSON" and text[merged[-1]["end"]:span["start"]] == " ":
            merged[-1]["end"] = span["end"]
        else:
            merged.append(dict(span))
    return merged


def make_split(name, templates, count=PER_SPLIT):
    makers = [maker for maker, weight in RECORD_MAKERS for _ in range(weight)]
    records = []
    while len(records) < count:
        if R.random() < TEMPLATE_SHARE:
            text, spans = strip(fill(R.choice(templates)))
            source = "presidio_template"
        else:
            maker = R.choice(makers)
            text, spans = strip(maker())
            source = maker.__name__[4:]
        records.append({"text": text, "spans": merge_adjacent(spans, text), "source": source, "split": name})
    return records


def write(out, records, templates):
    with out.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    spans = sum(len(r["spans"]) for r in records)
    size = sum(len(r["text"].encode()) for r in records)
    print(f"wrote {len(records)} records, {spans} spans, {size} bytes to {out} ({len(templates)} templates)")


def split_templates():
    """The template split, decided by SEED alone (R must be fresh): (tuning half, held-out half)."""
    templates = load_templates()
    R.shuffle(templates)
    half = len(templates) // 2
    return templates[:half], templates[half:]


def extra_tune(seed, out, count):
    """More tuning records: the same tuning templates, values from another seed."""
    if seed == SEED:
        sys.exit("--extra-tune needs a seed other than the one that wrote unseen_tune.jsonl")
    tune, _ = split_templates()  # the held-out half is never used here
    R.seed(seed)
    for index, loc in enumerate(LOCALES):
        FAKE[loc].seed_instance(seed + index)
    write(out, make_split("tune", tune, count), tune)


def main():
    args = sys.argv[1:]
    if args and args[0] == "--extra-tune":
        if len(args) not in (3, 4):
            sys.exit("usage: generate_unseen.py --extra-tune SEED OUT [COUNT]")
        extra_tune(int(args[1]), pathlib.Path(args[2]), int(args[3]) if len(args) == 4 else 2000)
        return
    if args:
        sys.exit("usage: generate_unseen.py [--extra-tune SEED OUT [COUNT]]")
    here = pathlib.Path(__file__).parent
    tune, heldout = split_templates()
    for name, part in [("tune", tune), ("heldout", heldout)]:
        write(here / f"unseen_{name}.jsonl", make_split(name, part), part)


if __name__ == "__main__":
    main()
