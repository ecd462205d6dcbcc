#!/usr/bin/env python3
"""Writes tests/privacy/real_decoys_tune.jsonl and tests/privacy/real_decoys_heldout.jsonl:
decoy-only records (no personal data, so every finding is a false positive) cut from REAL text
that neither we nor the detectors' authors wrote, unlike generate_decoys.py's generated values
in frames of our own. Standard library only; deterministic for the same inputs.

Sources (machine files, so the outputs are committed and the tests read the committed files):

- Debian package descriptions: the `Description:` field (synopsis and long description) of
  every package in /var/lib/dpkg/status, never the Maintainer or Uploaders fields. Unit: the
  source package (`Source:`, else `Package:`), so binary packages of one source, which share
  paragraphs, land in the same split. Taken from Debian 12.11 with 723 installed packages
  (402 source packages).
- Python's own documentation topics: `pydoc_data.topics.topics` (79 topics of Python 3.11.7's
  `help()`). Unit: the topic name.
- Docstrings (module, class, function; read with `ast`, nothing is imported) of the packages in
  DOCSTRING_PACKAGES installed in a venv (`--venv DIR`, default the repository's `.venv`; the
  committed files were written from the venv of scripts/setup.sh with anyio 4.16.0, attrs
  26.1.0, click 8.5.1, h11 0.16.0, httpcore 1.0.9, httpx 0.29.0, jinja2 3.1.6, jsonschema
  4.26.0, markdown-it-py 4.3.0, mcp 2.3.0, packaging 26.4, pydantic 2.14.4, pydantic-settings
  2.16.3, referencing 0.37.0, requests 2.34.2, rich 15.0.0, starlette 1.10.0, typer 0.29.2,
  urllib3 2.8.0, uvicorn 0.55.0, websockets 17.4). Unit: the top-level package.

Split: by unit, never by record: sha256("SPLIT_SALT:source:unit") read as an integer, units
whose value mod 3 is 0 are held out (about a third), the rest are for tuning, so the held-out
file holds packages, topics and libraries the tuning file never shows. A text that occurs in
both (a paragraph shared by two source packages) stays in the tuning file only.

Records, per unit: prose records (one paragraph of running text, reflowed to one line; list
items keep their line breaks) and tool-shaped records (JSON as a tool would return it:
`apt.show`-like package records with the description's line breaks, an MCP tool result
`{"content": [{"type": "text", ...}]}` holding a documentation section with its code, and a
`python.help`-like record holding a whole docstring). Each source gives at most PER_SOURCE
records per split, drawn with random.Random(SAMPLE_SEED) from the sorted candidates.

Filters (a record must hold no personal data and nothing the gateway redacts by design):
- a paragraph or docstring with a line matching PERSONAL_LINE (author, copyright, `@`,
  maintainer, thanks, contributed...) is dropped whole, since the names sit around such lines;
- so is one with a URL (`http://`, `www.`...): URLs are a type the gateway redacts;
- so is one naming a real person: REAL_PEOPLE lists the people's names found by reading every
  capitalised word pair of both splits (`tests/privacy/extract_real_decoys.py --names` prints
  them with their context) before any detector was run, and the names the tuning split's
  findings showed to be real people (none of the held-out findings were read);
- doctest lines (`>>>`, `...`) are cut from docstrings: their examples are invented people
  and addresses (`User(name='John Doe')`) as often as not.

Every record is `{"text": ..., "spans": [], "source": "real_prose" | "real_tool", "split":
"tune" | "heldout", "origin": "dpkg" | "pydoc" | "docstring", "unit": ...}` (`roxy privacy
eval` reads only text and spans). Score with
`roxy privacy eval --phone-regions US,GB,DE,FR,ES,BR,IT,JP,IN,AU,SG FILE`.

Tuning pool: `--tune-pool FILE` writes, instead of the two files, every candidate of the tuning
units (no sampling: ~9,100 records), every docstring of EXTRA_TUNING_PACKAGES (47 more
installed libraries that neither split holds, ~28,400 records) and of the running Python's
standard library (less STDLIB_SKIPPED; ~14,200 records from 3.11.7), deduplicated, to FILE
(not committed), to find classes of false positives in more text than the tuning file holds
while never touching a held-out unit.

Usage: python3 tests/privacy/extract_real_decoys.py [--venv DIR] [--names | --tune-pool FILE]
"""
import argparse
import ast
import hashlib
import json
import random
import re
import sys
import sysconfig
from pathlib import Path

import pydoc_data.topics

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPLIT_SALT = "roxy-real-decoys-1"
SAMPLE_SEED = 20261204
PER_SOURCE = {"tune": 500, "heldout": 250}
DPKG_STATUS = Path("/var/lib/dpkg/status")
DOCSTRING_PACKAGES = [
    "anyio", "attr", "click", "h11", "httpcore", "httpx", "jinja2", "jsonschema", "markdown_it",
    "mcp", "packaging", "pydantic", "pydantic_settings", "referencing", "requests", "rich",
    "starlette", "typer", "urllib3", "uvicorn", "websockets",
]
# Libraries of the same venv outside both splits, read only for the tuning pool.
EXTRA_TUNING_PACKAGES = [
    "griffe", "cyclopts", "pygments", "tqdm", "platformdirs", "more_itertools", "watchfiles",
    "srsly", "thinc", "spacy", "numpy", "jsonschema_path", "pathable", "keyring", "cachetools",
    "filelock", "wrapt", "beartype", "docstring_parser", "annotated_types", "dotenv", "multipart",
    "smart_open", "cloudpathlib", "confection", "weasel", "wasabi", "catalogue", "sse_starlette",
    "openapi_pydantic", "jeepney", "secretstorage", "shellingham", "pyperclip", "caio", "aiofile",
    "zipp", "tldextract", "idna", "dns", "certifi", "charset_normalizer", "jwt", "joserfc",
    "rich_rst", "markupsafe", "importlib_metadata",
]
# Parts of the standard library the tuning pool leaves out: tests, and vendored or GUI code.
STDLIB_SKIPPED = {"site-packages", "test", "idlelib", "lib2to3", "tkinter", "turtledemo", "ensurepip", "pydoc_data"}
PERSONAL_LINE = re.compile(r"author|copyright|@|maintainer|thanks|contributed|\(c\)|©", re.I)
URL = re.compile(r"\b(?:https?|ftps?|sftp|wss?)://|\bwww\.", re.I)
# Real people named in the source text (see the module doc): a paragraph naming one is dropped.
# Found by reading the capitalised word pairs: Ian Macdonald, Joe Schaefer, Larry Wall, Raymond
# Hettinger, von Neumann. Found in the tuning split's findings: Aho, Kernighan and Weinberger
# (the AWK book's authors, cited by mawk), and TOML's expansion `Tom's Obvious, Minimal
# Language`, which names its author.
REAL_PEOPLE = re.compile(
    r"\b(?:Ian\s+Macdonald|Joe\s+Schaefer|Larry\s+Wall|Raymond\s+Hettinger|Von\s+Neumann"
    r"|Kernighan|Weinberger|Tom['’]s\s+Obvious)\b",
    re.I,
)
MIN_PROSE = 40
MAX_PROSE = 1200
MAX_TOOL = 1600


def unit_split(source: str, unit: str) -> str:
    digest = hashlib.sha256(f"{SPLIT_SALT}:{source}:{unit}".encode()).hexdigest()
    return "heldout" if int(digest, 16) % 3 == 0 else "tune"


def clean(text: str) -> bool:
    """Whether a piece of text may go into a decoy record."""
    return not (
        any(PERSONAL_LINE.search(line) for line in text.splitlines())
        or URL.search(text)
        or REAL_PEOPLE.search(text)
    )


def reflow(lines: list[str]) -> str:
    """Joins a paragraph's lines with spaces; a list item (`-`, `*`, `+`, `o`) starts a new line."""
    out: list[str] = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out and not re.match(r"[-*+o] ", line):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def prose_ok(text: str) -> bool:
    return MIN_PROSE <= len(text) <= MAX_PROSE and len(text.split()) >= 6 and clean(text)


# -- Debian package descriptions ---------------------------------------------------------------
def dpkg_units() -> dict[str, list[dict]]:
    """Source package -> its binary packages' fields (Package, Version, Section, Description)."""
    units: dict[str, list[dict]] = {}
    for stanza in DPKG_STATUS.read_text(encoding="utf-8").split("\n\n"):
        fields: dict[str, str] = {}
        key = None
        for line in stanza.splitlines():
            if line[:1] in (" ", "\t"):
                if key:
                    fields[key] += "\n" + line
            elif ":" in line:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
        if "Package" not in fields or "Description" not in fields:
            continue
        source = fields.get("Source", fields["Package"]).split()[0]
        units.setdefault(source, []).append(fields)
    return units


def description_paragraphs(description: str) -> tuple[str, list[list[str]]]:
    """A Description field's synopsis and its long description's paragraphs (lists of lines)."""
    synopsis, *rest = description.split("\n")
    paragraphs: list[list[str]] = [[]]
    for line in rest:
        line = line[1:] if line.startswith(" ") else line
        if line.strip() == ".":
            paragraphs.append([])
        else:
            paragraphs[-1].append(line)
    return synopsis.strip(), [p for p in paragraphs if p]


def dpkg_records() -> list[tuple[str, str, str]]:
    """(unit, source, text) candidates from the package descriptions."""
    out = []
    for unit, packages in sorted(dpkg_units().items()):
        for fields in sorted(packages, key=lambda f: f["Package"]):
            synopsis, paragraphs = description_paragraphs(fields["Description"])
            for paragraph in paragraphs:
                text = reflow(paragraph)
                if prose_ok(text):
                    out.append((unit, "real_prose", text))
            kept = [p for p in paragraphs if clean("\n".join(p))]
            body = ""
            for paragraph in kept:
                more = "\n".join(line.rstrip() for line in paragraph)
                if body and len(body) + len(more) > MAX_TOOL:
                    break
                body = f"{body}\n\n{more}" if body else more
            if not clean(synopsis) or not body:
                continue
            record = {
                "package": fields["Package"],
                "version": fields.get("Version", ""),
                "section": fields.get("Section", ""),
                "architecture": fields.get("Architecture", ""),
                "installed_size_kb": int(fields.get("Installed-Size", "0") or 0),
                "summary": synopsis,
                "description": body,
            }
            out.append((unit, "real_tool", json.dumps(record, ensure_ascii=False)))
    return out


# -- Python documentation topics ---------------------------------------------------------------
def pydoc_records() -> list[tuple[str, str, str]]:
    """Prose paragraphs of each help() topic, and its sections as MCP tool results."""
    out = []
    for topic, body in sorted(pydoc_data.topics.topics.items()):
        blocks = [b for b in re.split(r"\n\s*\n", body) if b.strip()]
        for block in blocks:
            if not block.startswith(" "):
                text = reflow(block.splitlines())
                if prose_ok(text) and not re.fullmatch(r"[*=\-]+", text.splitlines()[-1]):
                    out.append((topic, "real_prose", text))
        # Sections: a heading (a line underlined by *, = or -) up to the next one, code included.
        sections = re.split(r"\n(?=[^\n]+\n[*=\-]{3,}\n)", body)
        for section in sections:
            section = section.strip("\n")
            if not section or not clean(section):
                continue
            if len(section) > MAX_TOOL:
                section = section[:MAX_TOOL].rsplit("\n\n", 1)[0]
            result = {"content": [{"type": "text", "text": section}], "isError": False}
            out.append((topic, "real_tool", json.dumps(result, ensure_ascii=False)))
    return out


# -- Docstrings of installed Python packages ---------------------------------------------------
def site_packages(venv: Path) -> Path:
    found = sorted(venv.glob("lib/python3*/site-packages"))
    if not found:
        sys.exit(f"no site-packages under {venv}: run scripts/setup.sh or pass --venv DIR")
    return found[0]


def docstrings(package_dir: Path, package: str):
    """(qualified name, kind, docstring) of every module, class and function, files sorted;
    `package_dir` may be a single module's file."""
    paths = [package_dir] if package_dir.is_file() else sorted(package_dir.rglob("*.py"))
    for path in paths:
        parts = () if path == package_dir else path.relative_to(package_dir).with_suffix("").parts
        module = ".".join((package, *parts))
        module = module.removesuffix(".__init__")
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue

        def walk(node, prefix):
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                    name = f"{prefix}.{child.name}"
                    kind = "class" if isinstance(child, ast.ClassDef) else "function"
                    doc = ast.get_docstring(child)
                    if doc:
                        yield name, kind, doc
                    yield from walk(child, name)

        doc = ast.get_docstring(tree)
        if doc:
            yield module, "module", doc
        yield from walk(tree, module)


def without_doctests(doc: str) -> str:
    lines = [line for line in doc.splitlines() if not re.match(r"\s*(>>>|\.\.\.)", line)]
    return "\n".join(lines).strip()


def docstring_records(venv: Path, packages: list[str], root: Path | None = None) -> list[tuple[str, str, str]]:
    """Prose and tool records from the docstrings of `packages` (directories or `NAME.py` files
    under `root`, by default the venv's site-packages)."""
    out = []
    root = root or site_packages(venv)
    for package in packages:
        package_dir = root / package
        if not package_dir.exists():
            package_dir = root / f"{package}.py"
        if not package_dir.exists():
            sys.exit(f"{root / package} is missing: the venv lacks {package}")
        for name, kind, doc in docstrings(package_dir, package):
            doc = without_doctests(doc)
            if not clean(doc):
                continue
            for block in re.split(r"\n\s*\n", doc):
                if not block.startswith(" "):
                    text = reflow(block.splitlines())
                    if prose_ok(text):
                        out.append((package, "real_prose", text))
            if len(doc) >= MIN_PROSE:
                if len(doc) > MAX_TOOL:
                    doc = doc[:MAX_TOOL].rsplit("\n\n", 1)[0]
                record = {"object": name, "kind": kind, "doc": doc}
                out.append((package, "real_tool", json.dumps(record, ensure_ascii=False)))
    return out


# -- Assembling --------------------------------------------------------------------------------
def build(venv: Path) -> dict[str, list[dict]]:
    splits: dict[str, list[dict]] = {"tune": [], "heldout": []}
    seen: set[str] = set()
    sources = [("dpkg", dpkg_records()), ("pydoc", pydoc_records()), ("docstring", docstring_records(venv, DOCSTRING_PACKAGES))]
    for origin, candidates in sources:
        by_split: dict[str, list] = {"tune": [], "heldout": []}
        for unit, kind, text in candidates:
            by_split[unit_split(origin, unit)].append((unit, kind, text))
        for split in ("tune", "heldout"):
            r = random.Random(f"{SAMPLE_SEED}:{origin}:{split}")
            # Distinct texts only; a text the tuning side has is never held out.
            unique = []
            for item in by_split[split]:
                if item[2] not in seen:
                    seen.add(item[2])
                    unique.append(item)
            r.shuffle(unique)
            for unit, kind, text in sorted(unique[: PER_SOURCE[split]], key=lambda i: (i[0], i[2])):
                splits[split].append(
                    {"text": text, "spans": [], "source": kind, "split": split, "origin": origin, "unit": unit}
                )
    return splits


def tune_pool(venv: Path) -> list[dict]:
    """Every tuning-unit candidate and every docstring of EXTRA_TUNING_PACKAGES, deduplicated."""
    sources = [("dpkg", dpkg_records()), ("pydoc", pydoc_records()), ("docstring", docstring_records(venv, DOCSTRING_PACKAGES))]
    # A text that may be held out (a held-out unit's that no tuning unit has) stays out of the
    # pool, wherever else it occurs.
    by_split: dict[str, set[str]] = {"tune": set(), "heldout": set()}
    for origin, candidates in sources:
        for unit, _, text in candidates:
            by_split[unit_split(origin, unit)].add(text)
    out, seen = [], by_split["heldout"] - by_split["tune"]
    for origin, candidates in sources:
        for unit, kind, text in candidates:
            if unit_split(origin, unit) == "tune" and text not in seen:
                seen.add(text)
                out.append({"text": text, "spans": [], "source": kind, "split": "tune", "origin": origin, "unit": unit})
    stdlib = Path(sysconfig.get_path("stdlib"))
    modules = sorted(
        p.name.removesuffix(".py")
        for p in stdlib.iterdir()
        if p.name not in STDLIB_SKIPPED
        and ((p.is_dir() and (p / "__init__.py").exists()) or p.suffix == ".py")
    )
    extra = [("docstring", docstring_records(venv, EXTRA_TUNING_PACKAGES)),
             ("stdlib", docstring_records(venv, modules, stdlib))]
    for origin, candidates in extra:
        for unit, kind, text in candidates:
            if text not in seen:
                seen.add(text)
                out.append({"text": text, "spans": [], "source": kind, "split": "tune", "origin": origin, "unit": unit})
    return out


def print_names(splits: dict[str, list[dict]]) -> None:
    """Every capitalised word pair of both splits with its context, to find real people."""
    pair = re.compile(r"\b[A-Z][\w'’-]+ (?:(?:van|von|de|da|di|le|la) )?[A-Z][\w'’-]+\b")
    for split, recs in splits.items():
        for rec in recs:
            for m in pair.finditer(rec["text"]):
                context = rec["text"][max(0, m.start() - 40) : m.end() + 40].replace("\n", " ")
                print(f"{split}\t{rec['origin']}:{rec['unit']}\t{m.group()}\t{context}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv")
    parser.add_argument("--names", action="store_true", help="print capitalised word pairs, write nothing")
    parser.add_argument("--tune-pool", type=Path, help="write the tuning pool to this file instead")
    args = parser.parse_args()
    if args.tune_pool:
        pool = tune_pool(args.venv)
        with args.tune_pool.open("w", encoding="utf-8") as f:
            for rec in pool:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{args.tune_pool}: {len(pool)} records", file=sys.stderr)
        return
    splits = build(args.venv)
    if args.names:
        print_names(splits)
        return
    for split, recs in splits.items():
        path = HERE / f"real_decoys_{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{path.relative_to(ROOT)}: {len(recs)} records", file=sys.stderr)


if __name__ == "__main__":
    main()
