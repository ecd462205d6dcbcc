#!/usr/bin/env python3
"""Writes tests/privacy/crate_decoys_tune.jsonl and tests/privacy/crate_decoys_heldout.jsonl:
decoy-only records (no personal data, so every finding is a false positive) cut from the README
files of the Rust crates Roxy is built from, text that neither we nor the detectors' authors
wrote: software prose full of capitalised product names, versions, sizes, flags and numbers.
A fifth decoy source beside generate_decoys.py (mimesis), generate_decoys_fakerjs.mjs
(@faker-js/faker), extract_real_decoys.py (Debian descriptions, Python docs, docstrings) and the
decoys of generate_unseen.py. Standard library only; deterministic for the same inputs.

Sources: for every package in Cargo.lock that came from crates.io, its `README*` file as
unpacked by cargo under $CARGO_HOME/registry/src/*/NAME-VERSION/ (the committed files were
written from Cargo.lock of session 33: 420 crates.io packages, 292 with a README, 222 with a
paragraph that passes the filters below). Unit: the crate's name.

Split: by unit, never by record: sha256("crates:NAME") read as an integer, names whose value mod
3 is 0 are held out (about a third), the rest are for tuning, so the held-out file holds crates
the tuning file never shows. A paragraph that occurs in two crates (workspaces share READMEs)
stays in the first crate's file only.

Records: one per prose paragraph of a README, reflowed to one line. Skipped: code blocks,
headings, tables, HTML, quotes, badges and link lines, and paragraphs under 60 characters.
Markdown is stripped (`code` and *emphasis* marks; the text stays).

Filters (a record must hold no personal data and nothing the gateway redacts by design):
- a paragraph with author, copyright, maintainer, thanks, contributed, sponsor or licence words,
  `by`, or `@` is dropped, since names sit in such paragraphs;
- so is one with a URL or a Markdown link: URLs are a type the gateway redacts;
- so is one naming a person: REAL_PEOPLE lists the names found by reading every pair of
  capitalised words of the candidate paragraphs before any detector ran, and the example
  people of README examples (`John Doe`).

Usage: extract_crate_decoys.py [--cargo-lock FILE] [--out DIR]
"""

import argparse
import hashlib
import json
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MIN_CHARS = 60
PERSONAL = re.compile(
    r"author|copyright|maintain|thank|contribut|sponsor|licen[cs]e|\bby\b|@|©|\(c\)", re.I
)
URL = re.compile(r"https?://|www\.|\]\(|\]\[|<http", re.I)
SKIPPED_LINE_STARTS = ("#", "|", "<", ">", "![", "[", "```", "~~~", "=", "-->")
# People named in the candidate paragraphs, found by reading their capitalised word pairs.
REAL_PEOPLE = ("John Doe", "Tim Maclean", "Diane Hosfelt", "Amber Sprenkels", "Don Libes", "Raph Levien")


def crates(cargo_lock: Path):
    """(name, version) of each crates.io package in Cargo.lock, sorted."""
    text = cargo_lock.read_text(encoding="utf-8")
    found = set()
    for block in text.split("[[package]]"):
        name = re.search(r'^name = "([^"]+)"', block, re.M)
        version = re.search(r'^version = "([^"]+)"', block, re.M)
        if name and version and "registry+" in block:
            found.add((name.group(1), version.group(1)))
    return sorted(found)


def readme_of(name: str, version: str):
    registry = Path(os.environ.get("CARGO_HOME", Path.home() / ".cargo")) / "registry" / "src"
    for index in sorted(registry.glob("*")):
        for readme in sorted((index / f"{name}-{version}").glob("README*")):
            if readme.is_file():
                return readme
    return None


def paragraphs(markdown: str):
    markdown = re.sub(r"(```|~~~).*?\1", "\n", markdown, flags=re.S)
    markdown = re.sub(r"<!--.*?-->", "\n", markdown, flags=re.S)
    for block in re.split(r"\n\s*\n", markdown):
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        if not lines or any(line.startswith(SKIPPED_LINE_STARTS) for line in lines):
            continue
        text = " ".join(lines)
        text = re.sub(r"`([^`]*)`", r"\1", text)
        text = re.sub(r"\*\*([^*]+)\*\*|\*([^*]+)\*|__([^_]+)__", lambda m: next(g for g in m.groups() if g), text)
        if len(text) < MIN_CHARS or PERSONAL.search(text) or URL.search(text):
            continue
        if any(person in text for person in REAL_PEOPLE):
            continue
        yield text


def split_of(name: str) -> str:
    return "heldout" if int(hashlib.sha256(f"crates:{name}".encode()).hexdigest(), 16) % 3 == 0 else "tune"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cargo-lock", type=Path, default=ROOT / "Cargo.lock")
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "privacy")
    args = parser.parse_args()
    records = {"tune": [], "heldout": []}
    seen = set()
    for name, version in crates(args.cargo_lock):
        readme = readme_of(name, version)
        if readme is None:
            continue
        split = split_of(name)
        for text in paragraphs(readme.read_text(encoding="utf-8", errors="replace")):
            if text in seen:
                continue
            seen.add(text)
            records[split].append(
                {"text": text, "spans": [], "source": "crate_readme", "split": split, "origin": "cargo", "unit": name}
            )
    for split, rows in records.items():
        path = args.out / f"crate_decoys_{split}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{path}: {len(rows)} records from {len({r['unit'] for r in rows})} crates")


if __name__ == "__main__":
    main()
