#!/usr/bin/env python3
"""Writes tests/privacy/helper_decoys_tune.jsonl and helper_decoys_heldout.jsonl from the 900
records gen.py writes (seed 20250611): decoy-only records (no personal data, so every finding is a
false positive) written by a helper session that was told what a decoy is and never read the
detectors' code or the other corpora (session 35): tool-call JSON, prose and notes in six
languages, dense with proper nouns that name no one as a person (places, institutions, firms,
dishes, breeds, cultivars, works, prizes and ships named after people) and with everyday numbers.

Split by topic: sha256("helper-decoys:" + topic) read as an integer, topics whose value mod 3 is
0 are held out (8 of 33 topics, 219 records), so the held-out file holds kinds of names the
tuning file never shows. Standard library only; deterministic.

Usage: python3 tests/privacy/helper_decoys/split.py   (runs gen.py, then splits)
"""
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    with tempfile.TemporaryDirectory() as tmp:
        everything = Path(tmp) / "all.jsonl"
        subprocess.run([sys.executable, str(HERE / "gen.py"), str(everything)], check=True, stdout=subprocess.DEVNULL)
        records = [json.loads(line) for line in everything.read_text(encoding="utf-8").splitlines()]
    splits = {"tune": [], "heldout": []}
    for record in records:
        value = int(hashlib.sha256(("helper-decoys:" + record["topic"]).encode()).hexdigest(), 16)
        splits["heldout" if value % 3 == 0 else "tune"].append(record)
    for name, rows in splits.items():
        path = HERE.parent / f"helper_decoys_{name}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{path}: {len(rows)} records")


if __name__ == "__main__":
    main()
