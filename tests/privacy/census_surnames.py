"""Writes src/privacy/surnames.txt: the 15,000 most common surnames of the 1990 US Census
(shipped by the PyPI package `names` 0.3.0, MIT; the census data is public domain), less words
that are also ordinary English words (the lower-case entries of Debian's wamerican
/usr/share/dict/words: `Smith`, `Young`, `Hardy` go) and places (`Paris`, `London`). The PERSON detector looks surnames up to
accept `Dawson, Jasmine` under a `name` key and a name on a line of its own.

    ROXY_PRIVACY_CORPUS=1 scripts/setup.sh   # .venv-privacy with `names`; apt-get install wamerican
    .venv-privacy/bin/python tests/privacy/census_surnames.py
"""

import importlib.resources
import pathlib
import textwrap

from census_given_names import AMBIGUOUS
from nqg_given_names import PLACES

ROOT = pathlib.Path(__file__).resolve().parents[2]
HEADER = """\
# The 15,000 most common surnames of the 1990 US Census (PyPI `names` 0.3.0, MIT; public-domain
# data) less ordinary English words and places: written by tests/privacy/census_surnames.py.
"""


def main():
    words = pathlib.Path("/usr/share/dict/words").read_text(encoding="utf-8").split()
    ordinary = {w for w in words if w.islower()}
    lines = importlib.resources.files("names").joinpath("dist.all.last").read_text().splitlines()
    kept = []
    for line in lines[:15000]:
        name = line.split()[0].capitalize()
        if (
            len(name) > 2
            and name.lower() not in ordinary
            and name not in AMBIGUOUS
            and name not in PLACES
        ):
            kept.append(name)
    text = HEADER + "\n".join(textwrap.wrap(" ".join(sorted(kept)), 96)) + "\n"
    (ROOT / "src/privacy/surnames.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
