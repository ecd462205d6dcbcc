#!/usr/bin/env python3
"""Builds tests/phrasebooks/phrases.tsv from two public intent datasets, so that Roxy's routing
is measured on how people phrase requests, not on sentences written alongside the templates.

Sources (see README.md beside this file for licences and commits):
  CLINC150  data/data_full.json of github.com/clinc/oos-eval      (CC BY 3.0)
  SLURP     dataset/slurp/{devel,test}.jsonl of github.com/pswietojanski/slurp  (text: CC BY 4.0)

Usage:
  python3 tests/phrasebooks/extract.py --clinc PATH/data_full.json --slurp PATH/dataset/slurp

Each dataset intent is mapped to a Roxy skill/intent by mapping.tsv. Every phrase is put in the
tuning part or the held-out part by a hash of its normalised text (fixed: 30% held out), so
the split never changes when templates change. Out-of-scope phrases (`none`) are kept in full
for CLINC's own out-of-scope set and SLURP, and 25 per intent (chosen by the same hash) for
CLINC's 130 in-domain intents Roxy does not have.

Standard library only; the output is deterministic.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELD_OUT_PERCENT = 30
OUT_OF_SCOPE_PER_CLINC_INTENT = 25


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def bucket(text: str) -> int:
    """0..99, from the phrase alone."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big") % 100


def read_mapping() -> dict[tuple[str, str], str]:
    mapping = {}
    for line in (HERE / "mapping.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, intent, expected, *_ = line.split("\t")
        mapping[(source, intent)] = expected
    return mapping


def clinc_rows(path: Path) -> list[tuple[str, str, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for part in ("train", "val", "test", "oos_train", "oos_val", "oos_test"):
        for text, intent in data[part]:
            rows.append(("clinc150", intent, text))
    return rows


def slurp_rows(directory: Path) -> list[tuple[str, str, str]]:
    rows = []
    for name in ("devel.jsonl", "test.jsonl"):
        for line in (directory / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            rows.append(("slurp", record["intent"], record["sentence"]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clinc", type=Path, required=True, help="CLINC150 data_full.json")
    parser.add_argument("--slurp", type=Path, required=True, help="SLURP dataset/slurp directory")
    parser.add_argument("--out", type=Path, default=HERE / "phrases.tsv")
    args = parser.parse_args()

    mapping = read_mapping()
    labels: dict[str, set[str]] = defaultdict(set)
    origin: dict[str, tuple[str, str]] = {}
    for source, intent, text in clinc_rows(args.clinc) + slurp_rows(args.slurp):
        phrase = normalise(text)
        if not phrase:
            continue
        expected = mapping.get((source, intent), "none")
        labels[phrase].add(expected)
        origin.setdefault(phrase, (source, intent))

    kept_per_intent: dict[tuple[str, str], int] = defaultdict(int)
    out = []
    # Sorted by hash so the per-intent cap picks the same phrases every time.
    for phrase in sorted(labels, key=lambda p: (hashlib.sha256(p.encode()).hexdigest())):
        expected = labels[phrase]
        if len(expected) != 1 or "skip" in expected:
            continue  # the datasets disagree about it, or it is left out on purpose
        (expected,) = expected
        source, intent = origin[phrase]
        if expected == "none" and source == "clinc150" and intent != "oos":
            if kept_per_intent[(source, intent)] >= OUT_OF_SCOPE_PER_CLINC_INTENT:
                continue
            kept_per_intent[(source, intent)] += 1
        split = "heldout" if bucket(phrase) < HELD_OUT_PERCENT else "tuning"
        out.append((split, source, intent, expected, phrase))

    out.sort(key=lambda row: (row[1], row[2], row[4]))
    with args.out.open("w", encoding="utf-8") as file:
        file.write("# split\tsource\tdataset_intent\texpected\ttext  (made by extract.py; see README.md)\n")
        for row in out:
            file.write("\t".join(row) + "\n")
    counts = defaultdict(int)
    for row in out:
        counts[(row[0], row[3] == "none")] += 1
    print(
        f"{len(out)} phrases: tuning {counts[('tuning', False)]} in scope + "
        f"{counts[('tuning', True)]} out of scope, held out {counts[('heldout', False)]} + "
        f"{counts[('heldout', True)]}"
    )


if __name__ == "__main__":
    main()
