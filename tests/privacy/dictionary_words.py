"""Writes src/privacy/dictionary_words.txt: the ordinary English words that are nobody's name.
They are the lower-case entries of Debian's wamerican (/usr/share/dict/words) of three letters
or more, less every first name and surname of the 1990 US Census (the PyPI package `names`,
MIT; the census data is public domain: 88,799 surnames, so `Baker`, `Hill` and `Young` stay
names) and every word of Roxy's own name lists. Capitalised, as they stand where a name would;
wrapped at 96 columns. The PERSON detector reads a found name holding one of them (`Andromeda
Galaxy`, `Kimball Electronics`, `Hi Facilities`) as no person's.

    ROXY_PRIVACY_CORPUS=1 scripts/setup.sh   # .venv-privacy with `names`; apt-get install wamerican
    .venv-privacy/bin/python tests/privacy/dictionary_words.py
"""

import importlib.resources
import pathlib
import textwrap

ROOT = pathlib.Path(__file__).resolve().parents[2]
NAME_LISTS = ("given_names.txt", "word_given_names.txt", "surnames.txt", "nationalities.txt")
HEADER = """\
# Ordinary English words that are nobody's name: lower-case entries of Debian's wamerican of three
# letters or more, less the first names and surnames of the 1990 US Census (PyPI `names` 0.3.0,
# MIT; public-domain data) and the words of given_names.txt, word_given_names.txt, surnames.txt and
# nationalities.txt. Written by tests/privacy/dictionary_words.py; do not edit by hand.
"""


def census_names():
    package = importlib.resources.files("names")
    for file in ("dist.male.first", "dist.female.first", "dist.all.last"):
        for line in package.joinpath(file).read_text().splitlines():
            if line.strip():
                yield line.split()[0].capitalize()


def main():
    words = pathlib.Path("/usr/share/dict/words").read_text(encoding="utf-8").split()
    named = set(census_names())
    for file in NAME_LISTS:
        text = (ROOT / "src/privacy" / file).read_text(encoding="utf-8")
        named.update(t for line in text.splitlines() if not line.startswith("#") for t in line.split())
    ordinary = sorted(
        {
            word.capitalize()
            for word in words
            if word.islower() and word.isascii() and word.isalpha() and len(word) >= 3
        }
        - named
    )
    body = "\n".join(textwrap.wrap(" ".join(ordinary), 96))
    (ROOT / "src/privacy/dictionary_words.txt").write_text(HEADER + body + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
