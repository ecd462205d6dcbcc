#!/usr/bin/env python3
"""Writes src/privacy/holiday_names.txt: the names of public holidays of every country, its
subdivisions and every language the `holidays` package (PyPI, MIT) knows, for the privacy gateway's PERSON detector:
a holiday named after someone (`Columbus Day`, `Día de San José`, `Mariä Himmelfahrt`) names no
one. Only names of two words or more with a capitalised word are kept (a one-word name cannot
hold a first and last name). Run once, from the repository root, with the package installed:

    python3 -m venv /tmp/hv && /tmp/hv/bin/pip install holidays==0.109
    /tmp/hv/bin/python tests/privacy/holiday_names.py
"""
import re

import holidays

YEARS = range(2015, 2031)


def names():
    found = set()
    for code in holidays.list_supported_countries():
        cls = holidays.country_holidays(code).__class__
        languages = getattr(cls, "supported_languages", ()) or (None,)
        subdivisions = (None, *getattr(cls, "subdivisions", ()))
        for language in languages:
            table = {}
            for subdivision in subdivisions:
                try:
                    table.update(holidays.country_holidays(
                        code, subdiv=subdivision, years=YEARS, language=language))
                except Exception:  # a combination the package cannot build
                    continue
            for name in table.values():
                # Several holidays on one day are joined with "; ".
                for one in name.split("; "):
                    found.add(one.strip())
    return found


def listed(path):
    """The words of one of Roxy's name lists (`#` lines are comments)."""
    with open(path, encoding="utf-8") as lines:
        return {w for line in lines if not line.startswith("#") for w in line.split()}


# A holiday named by a person's name alone (`Cheng Ming`, `Bruder Klaus`) is left out: the same
# words in a text name the person as often.
NAME_WORDS = listed("src/privacy/given_names.txt") | listed("src/privacy/surnames.txt")


def keep(name):
    words = name.split()
    only_names = all(w.strip(".,'’()") in NAME_WORDS for w in words)
    return (len(words) >= 2 and any(w[:1].isupper() for w in words) and "\n" not in name
            and not only_names)


def main():
    kept = sorted(n for n in names() if keep(n))
    # Estimated or observed days repeat a name with a note: keep the name inside as well.
    inner = {re.sub(r"\s*\(.*?\)\s*", " ", n).strip() for n in kept}
    kept = sorted(set(kept) | {n for n in inner if keep(n)})
    with open("src/privacy/holiday_names.txt", "w", encoding="utf-8") as out:
        out.write(f"# {len(kept)} holiday names from holidays {holidays.__version__}; "
                  "tests/privacy/holiday_names.py writes this file.\n")
        for name in kept:
            out.write(name + "\n")
    print(len(kept))


if __name__ == "__main__":
    main()
