#!/usr/bin/env python3
"""Writes tests/privacy/corpus.jsonl: labelled tool-call JSON and prose for the privacy gateway.

Each record is {"text", "spans": [{"start", "end", "type"}], "source"}; offsets are Unicode code
points, end exclusive. Values are marked while a record is built (m(TYPE, value)) and the
markers are stripped afterwards, so every offset comes from construction, never by hand. Decoys
(UUIDs, hashes, versions, ISBNs, prices, ZIP codes, order and tracking numbers, timestamps,
ordinary dates, numbers failing their checksum) are left unmarked: they must not be found.
Deterministic: re-running gives the same file. Usage: python3 tests/privacy/make_corpus.py
"""
import base64
import json
import pathlib
import random
import re

R = random.Random(20261121)
OPEN, SEP, CLOSE = "\u27e6", "\u27e7", "\u27e8"


def m(kind, value):
    return f"{OPEN}{kind}{SEP}{value}{CLOSE}"


MARK = re.compile(f"{OPEN}([A-Z_]+){SEP}(.*?){CLOSE}", re.S)


def strip(marked):
    """Removes the markers; returns (text, spans)."""
    text, spans, last = [], [], 0
    pos = 0
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
    """A tool call as JSON text; markers survive json.dumps (escapes land inside the span)."""
    return json.dumps({"name": name, "arguments": arguments}, ensure_ascii=False)


# ---------------------------------------------------------------- values
FIRST = ["Priya", "Daniel", "Sofia", "Kwame", "Elena", "Hiroshi", "Fatima", "Lucas", "Ingrid",
         "Mohammed", "Chloe", "Arjun", "Olena", "Mateo", "Naomi", "Tobias", "Ayesha", "Oliver",
         "Yuki", "Camila", "Stefan", "Leila", "Samuel", "Mei"]
LAST = ["Raman", "Okafor", "Lindqvist", "Müller", "García", "Nakamura", "Haddad", "O'Brien",
        "Kowalski", "Nguyen", "Fischer", "Mensah", "Rossi", "Dubois", "Petrova", "Adeyemi",
        "Johansson", "Castillo", "Schneider", "Park", "McAllister", "Silva", "Weber", "Brennan"]
RARE_FIRST = ["Oluwaseun", "Kwabena", "Thandiwe", "Siobhan", "Eilidh", "Bartholomew", "Xiomara",
              "Radomir", "Ignatius", "Saoirse"]
DOMAINS = ["example.com", "acme-corp.io", "mail.example.org", "globex.co.uk", "initech.de",
           "corp.internal", "intranet.local", "hr.acme.lan"]
ORGS = ["Acme Corp", "Globex", "Initech", "Umbrella Health", "Stark Logistics"]


def person():
    return f"{R.choice(FIRST)} {R.choice(LAST)}"


def email_for(name=None):
    name = name or person()
    first, last = name.lower().split(" ")[0], name.lower().split(" ")[-1]
    last = last.replace("'", "").replace("ü", "ue").replace("í", "i")
    style = R.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{f}_{l}", "{f}+work"])
    local = style.format(f=first, l=last, f0=first[0])
    return f"{local}@{R.choice(DOMAINS)}"


def luhn_complete(prefix, length):
    digits = [int(d) for d in prefix]
    while len(digits) < length - 1:
        digits.append(R.randrange(10))
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    digits.append((10 - total % 10) % 10)
    return "".join(map(str, digits))


def card():
    prefix, length = R.choice([("4", 16), ("4", 16), ("51", 16), ("55", 16), ("2221", 16),
                               ("34", 15), ("37", 15), ("6011", 16), ("65", 16), ("3528", 16),
                               ("36", 14), ("62", 16), ("4", 13), ("4", 19)])
    number = luhn_complete(prefix, length)
    sep = R.choice(["", " ", "-", " "])
    if length == 15 and sep:
        return sep.join([number[:4], number[4:10], number[10:]])
    if length == 14 and sep:
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[i:i + 4] for i in range(0, length, 4)) if sep else number


def bad_card():
    number = luhn_complete("4", 16)
    wrong = number[:-1] + str((int(number[-1]) + 3) % 10)
    return " ".join(wrong[i:i + 4] for i in range(0, 16, 4))


def ssn(sep="-"):
    while True:
        area = R.randrange(1, 900)
        if area != 666:
            break
    return f"{area:03d}{sep}{R.randrange(1, 100):02d}{sep}{R.randrange(1, 10000):04d}"


IBAN_SPECS = {"DE": "18n", "GB": "4a14n", "FR": "23n", "NL": "4a10n", "ES": "20n", "IT": "1a22n",
              "CH": "17n", "AT": "16n", "BE": "12n", "PL": "24n"}


def iban(spaced=None):
    country = R.choice(list(IBAN_SPECS))
    bban = ""
    for count, kind in re.findall(r"(\d+)([an])", IBAN_SPECS[country]):
        for _ in range(int(count)):
            bban += R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if kind == "a" else str(R.randrange(10))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    compact = f"{country}{check:02d}{bban}"
    spaced = R.random() < 0.6 if spaced is None else spaced
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)) if spaced else compact


def bad_iban():
    value = iban(spaced=False)
    digit = (int(value[2]) + 1) % 10
    return value[:2] + str(digit) + value[3:]


PHONES = ["+44 20 7946 0958", "+49 30 12345678", "+33 1 42 68 53 00", "+81 3-1234-5678",
          "+91 98765 43210", "+61 2 9374 4000", "+55 11 91234-5678", "+27 21 123 4567",
          "+353 1 234 5678", "+1 (415) 555-0132", "+1 212 736 5000", "+34 612 34 56 78",
          "+39 06 1234 5678", "+46 8 123 456 78", "+65 6123 4567", "+972 3-123-4567",
          "+48 22 123 45 67", "+86 10 1234 5678", "+234 803 123 4567", "+52 55 1234 5678"]
NATIONAL = ["415-555-0132", "(212) 736-5000", "646.555.0199", "(312) 555-0147", "020 7946 0958",
            "07700 900123", "030 12345678", "0171 1234567", "01 42 68 53 00", "06 12 34 56 78",
            "1-800-555-0199", "206-555-0175"]


def phone():
    return R.choice(PHONES + NATIONAL)


def ipv4():
    return R.choice(["203.0.113.42", "198.51.100.7", "192.168.1.20", "10.0.4.17", "172.16.254.1",
                     "8.8.4.4", "51.15.22.190", "185.199.108.153", "100.64.12.3"])


def ipv6():
    return R.choice(["2001:db8::8a2e:370:7334", "fe80::1ff:fe23:4567:890a", "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
                     "2a02:8070:d84:2c00::4", "::ffff:192.0.2.128"])


def url():
    return R.choice([
        "https://drive.example.com/file/d/1aB2cD3eF4gH/view?usp=sharing",
        "https://api.example.com/v1/reset?token=9f8e7d6c5b4a3928&user=4417",
        "https://admin:s3cr3tP4ss@db.internal.example.com:5432/prod",
        "http://intranet.local/hr/employees/4417",
        "https://calendar.example.org/invite?sig=Zm9vYmFyYmF6&email=guest",
        "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
        "https://files.acme-corp.io/share/abc123?X-Amz-Signature=3b8f9e2a1c&X-Amz-Expires=3600",
        "https://www.linkedin.com/in/priya-raman-4417",
        "ftp://backup:hunter2@ftp.example.net/dumps/2024-03.sql.gz",
        "www.example.org/profile/daniel.okafor",
    ])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def dob():
    y, mo, d = R.randrange(1940, 2006), R.randrange(1, 13), R.randrange(1, 29)
    return R.choice([f"{y}-{mo:02d}-{d:02d}", f"{mo:02d}/{d:02d}/{y}", f"{d:02d}.{mo:02d}.{y}",
                     f"{MONTHS[mo - 1]} {d}, {y}", f"{d} {MONTHS[mo - 1]} {y}", f"{MONTHS[mo - 1][:3]} {d}, {y}"])


STREETS = ["1600 Amphitheatre Parkway, Mountain View, CA 94043", "221B Baker Street",
           "350 5th Avenue, New York, NY 10118", "742 Evergreen Terrace", "1 Infinite Loop",
           "4417 Maple Drive, Apt 3B", "88 Colin P Kelly Jr Street, San Francisco, CA 94107",
           "12 Harbour Road", "500 Oracle Parkway", "Hauptstraße 5, 10115 Berlin",
           "Lindenallee 42", "77 Massachusetts Avenue, Cambridge, MA 02139", "9 Elm Court",
           "1200 Pennsylvania Ave, Suite 400"]


def street():
    return R.choice(STREETS)


def b32(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def jwt():
    def enc(obj):
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    header = enc({"alg": R.choice(["HS256", "RS256"]), "typ": "JWT"})
    payload = enc({"sub": str(R.randrange(10**6)), "email": "x", "iat": 1710498600})
    return f"{header}.{payload}.{alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}"


def pem():
    body = "\n".join(alnum(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(4))
    kind = R.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"


SECRETS = {
    "AWS_ACCESS_KEY": lambda: "AKIA" + b32(16),
    "GITHUB_TOKEN": lambda: R.choice(["ghp_", "gho_", "ghs_"]) + alnum(36) if R.random() < 0.8 else "github_pat_" + alnum(22) + "_" + alnum(59),
    "OPENAI_API_KEY": lambda: R.choice(["sk-proj-", "sk-"]) + alnum(48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
    "ANTHROPIC_API_KEY": lambda: "sk-ant-api03-" + alnum(93, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") + "AA",
    "STRIPE_SECRET_KEY": lambda: R.choice(["sk_live_", "sk_test_", "rk_live_"]) + alnum(24),
    "GOOGLE_API_KEY": lambda: "AIza" + alnum(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
    "SLACK_TOKEN": lambda: "xoxb-" + str(R.randrange(10**11, 10**12)) + "-" + str(R.randrange(10**12, 10**13)) + "-" + alnum(24),
    "JWT": jwt,
}


def secret(kind):
    value = SECRETS[kind]()
    return value


# ---------------------------------------------------------------- decoys
def uuid():
    h = "%032x" % R.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def sha256():
    return "%064x" % R.getrandbits(256)


def git_sha():
    return "%040x" % R.getrandbits(160)


DECOYS = [
    lambda: f"request id {uuid()}",
    lambda: f"sha256:{sha256()}",
    lambda: f"commit {git_sha()}",
    lambda: f"short sha {git_sha()[:7]}",
    lambda: f"version {R.randrange(1, 20)}.{R.randrange(0, 30)}.{R.randrange(0, 99)}",
    lambda: "upgraded openssl to 3.0.13 and node to v20.11.1",
    lambda: "Windows build 10.0.19041.1 (release 2004)",
    lambda: "ISBN 978-0-306-40615-7",
    lambda: "ISBN-10 0-306-40615-2",
    lambda: f"total ${R.randrange(10, 5000):,}.{R.randrange(100):02d}",
    lambda: f"price €{R.randrange(5, 900)}.99 incl. VAT",
    lambda: f"ZIP {R.choice(['94105', '10115', '02139', '75001', '94043-1351'])}",
    lambda: f"order ORD-{R.randrange(2019, 2026)}-{R.randrange(100000, 999999)}",
    lambda: f"order #{R.randrange(10**8, 10**9)}",
    lambda: "UPS tracking 1Z999AA10123456784",
    lambda: "USPS tracking 9400 1000 0000 0000 0000 00",
    lambda: f"FedEx {R.randrange(10**11, 10**12)}",
    lambda: f"at {R.randrange(2020, 2026)}-0{R.randrange(1, 10)}-1{R.randrange(0, 10)}T1{R.randrange(0, 10)}:30:00Z",
    lambda: f"epoch {R.randrange(1_600_000_000, 1_800_000_000)}",
    lambda: "the sprint ends on March 28, 2024",
    lambda: f"due {R.randrange(2024, 2027)}-0{R.randrange(1, 10)}-15",
    lambda: f"invalid card {bad_card()}",
    lambda: "SSN field rejected 000-12-3456 and 666-45-6789",
    lambda: "test SSN 900-12-3456",
    lambda: f"IBAN check failed for {bad_iban()}",
    lambda: "call 123-456-7890 is not a real number",
    lambda: "host 999.12.3.4 is not an address",
    lambda: "port 8080, pid 41234, exit code 137",
    lambda: "color #ff8800 and rgb(12, 34, 56)",
    lambda: "see std::collections::HashMap and Foo::bar()",
    lambda: "time 10:30:45, MAC 00:1A:2B:3C:4D:5E",
    lambda: "react@18.2.0, icon@2x.png",
    lambda: "git@github.com:acme/roxy.git",
    lambda: "coordinates 37.4220, -122.0841",
    lambda: f"invoice INV-{R.randrange(10000, 99999)} for {R.randrange(1, 40)} seats",
    lambda: f"Base64 payload {base64.b64encode(bytes(R.getrandbits(8) for _ in range(30))).decode()}",
    lambda: "The Quarterly Report is in Building 4, Room 12",
]


def decoy():
    return R.choice(DECOYS)()


# ---------------------------------------------------------------- records
def rec_email():
    sender, to = person(), person()
    body = (f"Hi {m('PERSON', to.split(' ')[0])},\n\nCan you send the signed contract to "
            f"{m('EMAIL_ADDRESS', email_for(sender))} before Friday? My direct line is {m('PHONE_NUMBER', phone())}.\n"
            f"Ref: {decoy()}\n\nThanks,\n{m('PERSON', sender)}")
    return tool_call("gmail.send_email", {"to": [m("EMAIL_ADDRESS", email_for(to))], "cc": [],
                                          "subject": f"Contract {decoy()}", "body": body})


def rec_contact():
    name = person()
    args = {"full_name": m("PERSON", name), "email": m("EMAIL_ADDRESS", email_for(name)),
            "phone": m("PHONE_NUMBER", phone()), "date_of_birth": m("DATE_OF_BIRTH", dob()),
            "address": m("STREET_ADDRESS", street()), "customer_id": uuid(), "tier": "gold"}
    return tool_call("crm.upsert_contact", args)


def rec_payment():
    return tool_call("payments.charge", {"card_number": m("CREDIT_CARD", card()), "amount": f"${R.randrange(10, 900)}.00",
                                         "currency": "USD", "order_id": f"ORD-2024-{R.randrange(100000, 999999)}",
                                         "idempotency_key": uuid()})


def rec_payroll():
    name = person()
    return tool_call("hr.update_payroll", {"employee_name": m("PERSON", name), "ssn": m("US_SSN", ssn()),
                                           "iban": m("IBAN_CODE", iban()), "effective": "2024-04-01",
                                           "note": decoy()})


def rec_calendar():
    a, b = person(), person()
    return tool_call("calendar.create_event", {"title": f"Onboarding with {m('PERSON', a)}",
                                               "attendees": [m("EMAIL_ADDRESS", email_for(a)), m("EMAIL_ADDRESS", email_for(b))],
                                               "location": m("STREET_ADDRESS", street()),
                                               "start": "2024-04-02T09:00:00-07:00", "end": "2024-04-02T10:00:00-07:00"})


def rec_fetch():
    return tool_call("http.fetch", {"url": m("URL", url()), "method": "GET", "timeout_ms": 5000})


def rec_shell():
    kind = R.choice(["GITHUB_TOKEN", "OPENAI_API_KEY", "STRIPE_SECRET_KEY", "ANTHROPIC_API_KEY", "SLACK_TOKEN"])
    token = secret(kind)
    cmd = R.choice([
        f"curl -H 'Authorization: Bearer {m(kind, token)}' {m('URL', 'https://api.example.com/v1/me')}",
        f"export API_KEY={m(kind, token)} && ./deploy.sh --version 2.4.1",
        m("URL", f"https://x-access-token:{token}@example.com/acme/roxy.git") if kind == "GITHUB_TOKEN" else f"echo {m(kind, token)} | vault write secret/app",
    ])
    return tool_call("shell.run", {"command": cmd, "cwd": "/home/app/src", "timeout": 30})


def rec_env():
    env = {"AWS_ACCESS_KEY_ID": m("AWS_ACCESS_KEY", secret("AWS_ACCESS_KEY")),
           "GOOGLE_MAPS_KEY": m("GOOGLE_API_KEY", secret("GOOGLE_API_KEY")),
           "SESSION": m("JWT", secret("JWT")), "NODE_ENV": "production", "BUILD_SHA": git_sha(),
           "APP_VERSION": "3.12.0"}
    return tool_call("deploy.set_env", {"service": "billing", "env": env})


def rec_key():
    return tool_call("files.write", {"path": "/home/app/.ssh/id_deploy", "mode": "0600",
                                     "content": m("PRIVATE_KEY", pem())})


def rec_log():
    lines = []
    for _ in range(R.randrange(3, 6)):
        ts = f"2024-03-{R.randrange(10, 29)}T{R.randrange(10, 24)}:{R.randrange(10, 60)}:{R.randrange(10, 60)}Z"
        kind = R.choice(["ip", "ip6", "email", "decoy", "decoy"])
        if kind == "ip":
            lines.append(f"{ts} INFO login ok from {m('IP_ADDRESS', ipv4())} session={uuid()}")
        elif kind == "ip6":
            lines.append(f"{ts} WARN rate limited {m('IP_ADDRESS', ipv6())} after 120 requests")
        elif kind == "email":
            lines.append(f"{ts} INFO password reset sent to {m('EMAIL_ADDRESS', email_for())}")
        else:
            lines.append(f"{ts} DEBUG {decoy()}")
    return tool_call("logs.upload", {"service": "auth", "lines": lines})


def rec_search():
    name = person()
    return tool_call("web_search", {"query": R.choice([
        f"{m('PERSON', name)} {R.choice(ORGS)} linkedin",
        f"reviews for dentist near {m('STREET_ADDRESS', street())}",
        f"who owns the number {m('PHONE_NUMBER', phone())}",
        f"rust regex crate {decoy()}",
    ]), "max_results": 5})


def rec_ticket():
    name = R.choice(RARE_FIRST) + " " + R.choice(LAST)
    text = (f"Support ticket #{R.randrange(10000, 99999)}\nDear {m('PERSON', name)},\n"
            f"we received your request about the charge on the card ending in 4242 ({decoy()}). "
            f"For verification we have your date of birth as {m('DATE_OF_BIRTH', dob())} and your account "
            f"{m('IBAN_CODE', iban())}. If this is wrong call us at {m('PHONE_NUMBER', phone())} or write to "
            f"{m('EMAIL_ADDRESS', 'support@' + R.choice(DOMAINS))}.\nRegards,\n{m('PERSON', person())}")
    return text


def rec_note():
    name = person()
    return (f"Met {m('PERSON', name)} from {R.choice(ORGS)} today. Lives at {m('STREET_ADDRESS', street())}, "
            f"born {m('DATE_OF_BIRTH', dob())}. Prefers {m('PHONE_NUMBER', phone())} over email. "
            f"Follow up next week; {decoy()}.")


def rec_medical():
    name = R.choice(RARE_FIRST) + " " + R.choice(LAST)
    return tool_call("ehr.create_note", {"patient_name": m("PERSON", name), "dob": m("DATE_OF_BIRTH", dob()),
                                         "ssn": m("US_SSN", ssn()), "notes": f"Seen by Dr. {m('PERSON', person())}. BP 120/80, follow-up in 6 weeks.",
                                         "visit_id": uuid()})


def rec_chat():
    name = person()
    secret_kind = R.choice(list(SECRETS))
    return (f"User: my name is {m('PERSON', name)} and my SSN is {m('US_SSN', ssn(R.choice(['-', ' ', ''])))}. "
            f"Also I accidentally pasted my key {m(secret_kind, secret(secret_kind))} in the last message, "
            f"can you check if {m('IP_ADDRESS', ipv4())} is still blocked? {decoy()}")


def rec_bank():
    return (f"Transfer {R.randrange(100, 5000)} EUR from {m('IBAN_CODE', iban())} to {m('IBAN_CODE', iban())}, "
            f"reference {decoy()}. Card on file {m('CREDIT_CARD', card())}, {decoy()}.")


def rec_pem_prose():
    return f"Here is the server key, do not share:\n{m('PRIVATE_KEY', pem())}\nand the fingerprint is SHA256:{sha256()[:43]}"


def rec_decoys():
    return tool_call("analytics.report", {"summary": ". ".join(decoy() for _ in range(4)),
                                          "rows": [{"id": uuid(), "sku": f"SKU-{R.randrange(1000, 9999)}", "amount": f"${R.randrange(1, 999)}.99"}
                                                   for _ in range(2)]})


def rec_decoy_prose():
    return " ".join(decoy() + "." for _ in range(R.randrange(3, 6)))


def rec_key_value_person():
    name = R.choice(RARE_FIRST) + " " + R.choice(LAST)
    return tool_call("github.create_issue", {"title": "Login fails on Safari", "assignee": m("PERSON", name),
                                             "author": m("PERSON", person()), "labels": ["bug", "p1"],
                                             "body": f"Steps: open {m('URL', url())} and sign in. Build {git_sha()[:7]}."})


def rec_placeholder_lookalike():
    return tool_call("notes.add", {"text": f"Template uses <EMAIL_ADDRESS_1> and <PERSON_2> as slots; send it to {m('EMAIL_ADDRESS', email_for())}."})


# Hard cases written by hand, kept so the numbers stay honest: several are known misses
# (lower-case or unlisted names without a cue, addresses outside the supported formats,
# obfuscated emails, national numbers of regions that are not configured).
HARD = [
    f"I spoke with {m('PERSON', 'thandiwe nkosi')} yesterday about the renewal.",
    f"{m('PERSON', 'Bartholomew Kowalski')} will join the call at 3pm.",
    f"{m('PERSON', 'Grace Hopper')} wrote the first compiler manual.",
    f"Ship it to {m('STREET_ADDRESS', '12 rue de Rivoli')}, 75001 Paris.",
    f"Her number is {m('PHONE_NUMBER', '010-1234-5678')} (Seoul office).",
    f"email me at {m('EMAIL_ADDRESS', 'jane dot doe at example dot com')}",
    f"Please ask {m('PERSON', 'Siobhan')} to review the draft.",
    f"SSN: {m('US_SSN', '536 22 1234')}, verified by phone.",
    f"Dr. {m('PERSON', 'Chen')} signed the discharge form.",
    f"My name is {m('PERSON', 'Radomir Vukovic')} and I was born on {m('DATE_OF_BIRTH', '3rd of May 1979')}.",
    f"Contact: {m('PERSON', 'Ngozi Eze')} <{m('EMAIL_ADDRESS', 'ngozi.eze@example.com')}>",
    f"Send the invoice to {m('STREET_ADDRESS', 'Flat 4, 27 Old Gloucester Street, London WC1N 3AX')}.",
    f"Call me on {m('PHONE_NUMBER', '+44 (0)20 7946 0958')} after six.",
    f"The patient, {m('PERSON', 'Eilidh MacLeod')}, DOB {m('DATE_OF_BIRTH', '1962-11-04')}, was admitted.",
    f"wire to {m('IBAN_CODE', 'gb82 west 1234 5698 7654 32')} today",
    f"token={m('GITHUB_TOKEN', 'ghp_' + alnum(36))}&scope=repo",
    f"Server at {m('IP_ADDRESS', '2001:db8:0:0:1:0:0:1')} and {m('IP_ADDRESS', '10.20.30.40')}:8443",
    "Jordan Street is closed for repairs; Austin Texas office opens May 2025.",
    "Use version 4.3.2.1 of the driver, not 4.3.2.0.",
    "The Washington Post and the Lincoln Center sponsored the event.",
    f"Hello {m('PERSON', 'Xiomara')}, your order ORD-2025-114422 shipped via UPS 1Z999AA10123456784.",
    f"{{\"card\": {m('CREDIT_CARD', luhn_complete('4', 16))}, \"exp\": \"04/27\", \"cvc\": \"123\"}}",
    f"{{\"phone\": {m('PHONE_NUMBER', '4155550132')}, \"ext\": 12}}",
    f"passport {m('PERSON', 'Ignatius Moreau')} 12AB34567 expires 2031-01-01",
]


def rec_hard():
    return HARD.pop(0)


MAKERS = [(rec_email, 30), (rec_contact, 25), (rec_payment, 18), (rec_payroll, 15), (rec_calendar, 15),
          (rec_fetch, 12), (rec_shell, 20), (rec_env, 12), (rec_key, 6), (rec_log, 15), (rec_search, 15),
          (rec_ticket, 15), (rec_note, 15), (rec_medical, 10), (rec_chat, 15), (rec_bank, 12),
          (rec_pem_prose, 5), (rec_decoys, 25), (rec_decoy_prose, 25), (rec_key_value_person, 10),
          (rec_placeholder_lookalike, 3), (rec_hard, len(HARD))]


def main():
    out = pathlib.Path(__file__).with_name("corpus.jsonl")
    records = []
    for maker, count in MAKERS:
        for _ in range(count):
            text, spans = strip(maker())
            records.append({"text": text, "spans": spans, "source": maker.__name__[4:]})
    with out.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    total = sum(len(r["spans"]) for r in records)
    print(f"wrote {len(records)} records, {total} spans, {sum(len(r['text'].encode()) for r in records)} bytes to {out}")


if __name__ == "__main__":
    main()
