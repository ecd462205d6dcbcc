"""Writes src/privacy/nationalities.txt: the words of language and nationality names that the
PERSON detector reads as no name when two of them open a run of capitalised words (`Venezuelan
Czech`, `Uruguayo Ruso`, `German Tok Pisin`), from lists nobody wrote for Roxy:

- language names in English, German, French, Spanish, Portuguese and Italian (with the regular
  feminine and plural forms of the adjective each is in the last five) from the Unicode
  CLDR, as shipped by the PyPI package `language_data` (MIT; CLDR under the Unicode licence):
  every language with a 2- or 3-letter code that CLDR names in all six (549 languages; the
  package's other 7,700 codes are named from ISO 639-3 alone, in English, and their names are
  as often surnames as languages);
- nationality adjectives in English, German, French, Spanish and Italian from the npm package
  `i18n-nationality` (MIT), with the regular feminine and plural forms of each language;
- demonyms in English and French (masculine and feminine) from the npm package
  `world-countries` (ODbL).

Each word is written capitalised, as it stands at the start of a line or a name; words shorter
than three letters are left out (`Ga`, `Yi`: too short to tell from a syllable of a name), and
so is every word that src/privacy/given_names.txt or surnames.txt lists (`Fang`, `Mendes`, the
`Caroline` of `algonquin de Caroline`), unless it is a nationality adjective as the lists write
it (`German`, `Irish`: one alone never stops a name, only two in a row do, and a person is
seldom named by two of them).

    python3 -m venv /tmp/ld && /tmp/ld/bin/pip install language_data langcodes
    (cd /tmp && npm pack i18n-nationality@1.4.0 world-countries@5.1.0 &&
     mkdir -p nat wc && tar xzf i18n-nationality-1.4.0.tgz -C nat && tar xzf world-countries-5.1.0.tgz -C wc)
    /tmp/ld/bin/python tests/privacy/nationality_words.py /tmp/nat/package /tmp/wc/package

(language_data 1.4.0 / langcodes 3.5.1 wrote the committed file.)
"""

import json
import pathlib
import re
import sys
import textwrap

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "src/privacy/nationalities.txt"
LOCALES = ["en", "de", "fr", "es", "pt", "it"]
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def language_names():
    from language_data.name_data import CODE_TO_NAMES

    for code, names in CODE_TO_NAMES.items():
        if re.fullmatch(r"[a-z]{2,3}", code) and all(locale in names for locale in LOCALES):
            for locale in LOCALES:
                for word in WORD.findall(names[locale]):
                    # Outside English a language's name is also the adjective: `friulano`,
                    # `friulani`; `tedesco`, `tedesca`.
                    yield from inflected(word, locale)


def inflected(word: str, locale: str):
    """The word and its regular feminine and plural forms in `locale`."""
    yield word
    if locale in ("es", "pt"):
        if word.endswith("o"):
            yield from (word[:-1] + "a", word + "s", word[:-1] + "as")
        elif word.endswith(("és", "ês")):
            base = word[:-2] + "es"
            yield from (base + "a", base + "as", base + "es")
        else:
            yield word + "s"
    elif locale == "it":
        if word.endswith("o"):
            yield from (word[:-1] + "a", word[:-1] + "i", word[:-1] + "e")
        elif word.endswith("e"):
            yield word[:-1] + "i"
    elif locale == "fr":
        feminine = word + "ne" if word.endswith(("ien", "éen")) else word + "e"
        if word.endswith("e"):
            feminine = word
        yield from (feminine, word + "s" if not word.endswith("s") else word, feminine + "s")
    elif locale == "de":
        yield from (word + "e", word + "en", word + "er", word + "es")


def nationalities(i18n: pathlib.Path, countries: pathlib.Path):
    """(word, whether the list writes it so: not an inflection, not part of a longer name)."""
    for locale in ("en", "de", "fr", "es", "it"):
        data = json.loads((i18n / "langs" / f"{locale}.json").read_text(encoding="utf-8"))
        for name in data["nationalities"].values():
            for word in WORD.findall(name):
                for form in inflected(word, locale):
                    yield form, form == name
    for country in json.loads((countries / "countries.json").read_text(encoding="utf-8")):
        for forms in (country.get("demonyms") or {}).values():
            for name in forms.values():
                for word in WORD.findall(name):
                    yield word, word == name


def listed_names() -> set[str]:
    words = set()
    for file in ("given_names.txt", "surnames.txt"):
        text = (ROOT / "src/privacy" / file).read_text(encoding="utf-8")
        words |= {w for line in text.splitlines() if not line.startswith("#") for w in line.split()}
    return words


def main(i18n: str, countries: str) -> None:
    names = listed_names()
    candidates = [(word, False) for word in language_names()]
    candidates += nationalities(pathlib.Path(i18n), pathlib.Path(countries))
    words = set()
    for word, as_listed in candidates:
        word = capitalised(word)
        if len(word) >= 3 and (as_listed or word not in names):
            words.add(word)
    lines = [
        "# Words of language and nationality names (two in a row open no name): CLDR language",
        "# names in en, de, fr, es, pt, it (PyPI language_data, MIT; CLDR, Unicode licence) and",
        "# nationality adjectives in en, de, fr, es, it (npm i18n-nationality, MIT), with their",
        "# regular inflections; demonyms in en and fr (npm world-countries, ODbL); less listed given",
        "# names and surnames. Written by tests/privacy/nationality_words.py; do not edit by hand.",
    ]
    lines += textwrap.wrap(" ".join(sorted(words)), 96)
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
