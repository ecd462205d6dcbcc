"""Prints the US Census given names that src/privacy/given_names.txt adds to its hand-picked and
presidio-evaluator sections: the first-name lists of the 1990 US Census (shipped by the PyPI
package `names`, MIT; the census data is public domain), less words that are also ordinary
English words (the lower-case entries of Debian's wamerican /usr/share/dict/words), ambiguous
names (months, places, particles), and names already in the sections above it. Replace the lines
after the section's header (up to the next section's) with the output. Capitalised as names are
written; wrapped at 96 columns.

    ROXY_PRIVACY_CORPUS=1 scripts/setup.sh   # .venv-privacy with `names`; apt-get install wamerican
    .venv-privacy/bin/python tests/privacy/census_given_names.py

With `--words` it writes src/privacy/word_given_names.txt instead: the census given names left
out above because they are also ordinary English words (Tony, Dean, Ray, Ruth), less the
ambiguous ones and those given_names.txt lists; the detector takes one of them as a given name
only before a listed surname (`Tony Williams`, not `Rose Garden`).
"""

import importlib.resources
import pathlib
import sys
import textwrap

ROOT = pathlib.Path(__file__).resolve().parents[2]
CENSUS_HEADER = "# Given names of the 1990 US Census"
AMBIGUOUS = {
    # Capitalised words that open sentences or name places and things more often than people.
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "Christian", "Chase", "Paris", "Georgia", "Virginia", "Florida",
    "Carolina", "Dakota", "Indiana", "Israel", "China", "India", "Asia", "America", "Africa",
    "Sydney", "Austin", "Dallas", "Houston", "Phoenix", "Jordan", "Kenya", "Lincoln", "Cleveland",
    "Washington", "Madison", "Orlando", "Denver", "Tyrone", "Trinity", "Major", "Royal", "Young",
    "Will", "Page", "Summer", "Sunny", "Sky", "Rich", "Long", "Price", "Ransom", "Junior",
    "Sterling", "Cash", "Judge", "Sonny", "Temple", "Minnie", "Ellis", "Maine", "Nevada",
    "France", "Berlin", "Roma", "Milan", "Florence", "Vienna", "Dublin", "Lyon", "Marseille", "Lima",
    # Particles and saints' names that begin surnames and places (`Del Tronto`, `San Marco`).
    "Del", "Della", "Van", "Von", "Dos", "Das", "Los", "Las", "San", "Santa", "Jesus", "Mac",
}


def census_names():
    package = importlib.resources.files("names")
    for file in ("dist.male.first", "dist.female.first"):
        for line in package.joinpath(file).read_text().splitlines():
            if line.strip():
                yield line.split()[0].capitalize()


WORDS_HEADER = """\
# Given names of the 1990 US Census (PyPI `names` 0.3.0, MIT; public-domain data) that are also
# ordinary English words (lower-case entries of Debian's wamerican), less ambiguous names, titles
# and those of given_names.txt: taken as a given name only before a listed surname (`Tony Williams`,
# not `Rose Garden`). Written by tests/privacy/census_given_names.py --words; do not edit by hand.
"""


# Ranks and titles the census lists as given names; before a surname they make a title
# (`King Charles`, `Lady Boothby`, `Earl Grey`), not a given name.
TITLES = {"King", "Queen", "Lady", "Prince", "Princess", "Duke", "Duchess", "Baron", "Count",
          "Lord", "Sir", "Dame", "Earl", "Marquis", "Squire", "Bishop", "Pope"}


def word_names(ordinary):
    listed = (ROOT / "src/privacy/given_names.txt").read_text(encoding="utf-8")
    known = {t for line in listed.splitlines() if not line.startswith("#") for t in line.split()}
    new = []
    for name in census_names():
        if (
            len(name) > 2
            and name.lower() in ordinary
            and name not in AMBIGUOUS
            and name not in TITLES
            and name not in known
            and name not in new
        ):
            new.append(name)
    body = "\n".join(textwrap.wrap(" ".join(sorted(new)), 96))
    (ROOT / "src/privacy/word_given_names.txt").write_text(WORDS_HEADER + body + "\n", encoding="utf-8")


def main():
    words = pathlib.Path("/usr/share/dict/words").read_text(encoding="utf-8").split()
    ordinary = {w for w in words if w.islower()}
    if sys.argv[1:] == ["--words"]:
        word_names(ordinary)
        return
    listed = ROOT / "src/privacy/given_names.txt"
    # The sections above this one: the file up to this section's header.
    above = listed.read_text(encoding="utf-8").split(CENSUS_HEADER)[0]
    known = {
        token
        for line in above.splitlines()
        if not line.startswith("#")
        for token in line.split()
    }
    new = []
    for name in census_names():
        if (
            len(name) > 2
            and name.lower() not in ordinary
            and name not in AMBIGUOUS
            and name not in known
            and name not in new
        ):
            new.append(name)
    print("\n".join(textwrap.wrap(" ".join(sorted(new)), 96)))


if __name__ == "__main__":
    main()
