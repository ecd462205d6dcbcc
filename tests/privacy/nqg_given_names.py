"""Prints the given names that src/privacy/given_names.txt adds in its nomquamgender section:
names of many countries from the name-gender data of the PyPI package `nomquamgender` 0.1.4
(MIT; Van Buskirk, Clauset and Larremore's compilation of 36 public name lists), kept when at
least 10 of those lists hold the name and at least 1,000 people bear it, less ordinary English
words (the lower-case entries of Debian's wamerican /usr/share/dict/words), ambiguous names
(months, places, particles: census_given_names.py's list and the places below) and names
already in the sections above it. Replace the lines after the section's header with the output.

    .venv-privacy/bin/pip install nomquamgender==0.1.4   # ROXY_PRIVACY_CORPUS=1 scripts/setup.sh
    .venv-privacy/bin/python tests/privacy/nqg_given_names.py
"""

import importlib.resources
import json
import pathlib
import re
import textwrap

from census_given_names import AMBIGUOUS

ROOT = pathlib.Path(__file__).resolve().parents[2]
HEADER = "# Given names of many countries (PyPI `nomquamgender`"
# Places, brands, gods and planets the lists hold as given names.
PLACES = {
    "Everest", "York", "Chester", "Lancaster", "Hampton", "Preston", "Clifton", "Africa", "America",
    "London", "Brooklyn", "Kingston", "Boston", "Dayton", "Montana", "Montserrat", "Rio", "Cali",
    "Vega", "Zion", "Orion", "Neo", "Odin", "Thor", "Kobe", "Armani", "Mercedes", "Chelsea",
    "Camden", "Aden", "Sahara", "Nairobi", "Havana", "Malaga", "Granada", "Valencia", "Sevilla",
    "Toledo", "Verona", "Siena", "Venezia", "Napoli", "Genova", "Torino", "Bologna", "Roma",
    "Ankara", "Cairo", "Delhi", "Tokyo", "Osaka", "Kyoto", "Seoul", "Manila", "Jakarta", "Lisboa",
    "Porto", "Bahia", "Brasilia", "Santiago", "Quito", "Bogota", "Caracas", "Panama", "Cuba",
    "Peru", "Chile", "Mexico", "Texas", "Arizona", "Alabama", "Kansas", "Oregon", "Utah", "Iowa",
    "Europa", "Europe", "Germany", "France", "Italia", "Espana", "Britain", "England", "Scotland",
    "Wales", "Ireland", "Holland", "Norway", "Sweden", "Finland", "Denmark", "Poland", "Russia",
    "Ukraine", "Japan", "Korea", "Vietnam", "Canada", "Australia", "Brazil", "Argentina",
    "Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Neptune", "Pluto", "Apollo", "Atlas",
    "Google", "Apple", "Tesla", "Nike", "Amazon", "Oracle", "Bentley", "Porsche", "Lexus",
    "Royal", "General", "Central", "North", "South", "East", "West", "New", "Old", "Saint",
    "Street", "Avenue", "Road", "Lane", "Drive", "Court", "Park", "Hill", "Valley", "River",
    "Notes", "Release", "Report", "Project", "Team", "Group", "Support", "Service", "Office",
}


def nqg_names():
    package = importlib.resources.files("nomquamgender")
    data = json.loads(package.joinpath("name_data.json").read_text(encoding="utf-8"))
    for name, info in data.items():
        lists, people = info[0], info[1]
        if re.fullmatch(r"[a-zà-öø-ÿ]{3,}", name) and lists >= 10 and people >= 1000:
            yield name


def main():
    words = pathlib.Path("/usr/share/dict/words").read_text(encoding="utf-8").split()
    ordinary = {w for w in words if w.islower()}
    listed = ROOT / "src/privacy/given_names.txt"
    above = listed.read_text(encoding="utf-8").split(HEADER)[0]
    known = {
        token
        for line in above.splitlines()
        if not line.startswith("#")
        for token in line.split()
    }
    new = set()
    for name in nqg_names():
        written = name.capitalize()
        if (
            name not in ordinary
            and written not in AMBIGUOUS
            and written not in PLACES
            and written not in known
        ):
            new.add(written)
    print("\n".join(textwrap.wrap(" ".join(sorted(new)), 96)))


if __name__ == "__main__":
    main()
