"""Wire datelines at the start of a story: ``NEW YORK, April 8 (Reuters) -``.

A dateline is parsed from a bounded head of the first paragraph (`MAX_HEAD` characters), so
every pattern here runs on a short string; the patterns themselves have no nested
quantifiers and bounded repeats, which keeps them linear even on that head.

Shapes recognised (separator: hyphen, en dash, em dash, horizontal bar or ``--``):

- ``MOSCOW (Reuters) -``, ``Moscow (Reuters) -``, ``LONDON/PARIS (Reuters) -``
- ``NEW YORK, April 8 (Reuters) -``, ``BEIJING, Jan 5 (Xinhua) --``
- ``HAYWARD, Calif. (AP) —``, ``HANOI, Vietnam (AP) —``
- ``(Reuters) —`` (agency only)
- ``WASHINGTON — `` (a paper's own correspondent: all capitals, no agency)
- ``Dekalb, Ill. —``, ``Indianapolis –`` (title case, no agency: a region after a comma,
  or one word before a long dash)
- ``Hong Kong (CNN Business) A muddled…`` (known agency, no separator, CNN style)

Left alone: headings (all capitals with no story after them), labels such as ``UPDATE 2-``
or ``EXCLUSIVE -`` (`LABEL_WORDS`), and sentences that open with a capitalised name
(``Biden — who…``: a lower-case word follows the dash).

Known limit: without a gazetteer, one title-case word before a long dash and a capital
("Trump – The president…") cannot be told from ``Indianapolis – Several…``; it is read as
a dateline. All-capital and agency datelines do not have this ambiguity.

`Dateline.agency` is the canonical agency name when the source is a listed agency, else the
source as written ("HawaiiNewsNow"); `Article.agency` only takes listed agencies from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsclean.model import Dateline
from newsclean.normalize.agencies import canonical_agency

MAX_HEAD = 240
"""Characters of the paragraph looked at; the longest real datelines are about 80."""

MAX_LOCATION_WORDS = 5
"""Words of one location ("RIO DE JANEIRO", "SALT LAKE CITY"); more is a sentence."""

# Words that open headings and wire labels, never a place (upper-cased for comparison).
LABEL_WORDS: frozenset[str] = frozenset(
    {
        "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "COMMENT",
        "EDITORIAL", "REVIEW", "INTERVIEW", "FACTBOX", "EXPLAINER", "INSIGHT", "COLUMN",
        "CORRECTED", "CORRECTION", "REFILE", "WRAPUP", "WATCH", "LIVE", "VIDEO", "PHOTOS",
        "PHOTO", "FILE", "NEWS", "URGENT", "FLASH", "ALERT", "SPECIAL", "REPORT", "PODCAST",
        "SPONSORED", "ADVERTISEMENT", "EDITOR'S", "NOTE", "TOPIC", "TRENDING", "LATEST",
        "RELATED", "SEE", "READ", "MORE", "ALSO", "BY", "FACT", "CHECK", "GRAPHIC",
        "WHAT", "WHY", "HOW", "WHO", "WHEN", "WHERE", "IS", "ARE", "WAS", "WERE", "OUR",
        "YOUR", "MY", "THIS", "THAT", "THESE", "WE", "I", "A", "AN", "AND", "OR", "TO",
        "FOR", "WITH", "NOT", "NO", "YES", "IT", "HE", "SHE", "THEY", "YOU", "IN", "ON",
        "WARNING", "SUMMARY", "SPOILER", "SPOILERS", "DISCLAIMER", "PREVIEW", "RECAP",
        "UPDATES", "HIGHLIGHTS", "TRANSCRIPT", "QUOTE", "VERDICT", "BOTTOM", "LINE",
    }
)
# Lower-case particles inside place names ("Rio de Janeiro", "Port of Spain").
_PARTICLES = frozenset({"de", "da", "do", "del", "della", "di", "la", "le", "les", "of",
                        "el", "al", "am", "an", "der", "den", "van", "von", "y", "upon"})
_MONTHS = (
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|"
    "sep|sept|september|oct|october|nov|november|dec|december"
)
_DATE = re.compile(
    rf"(?:(?:{_MONTHS})\.?\s{{1,3}}\d{{1,2}}|\d{{1,2}}\s{{1,3}}(?:{_MONTHS})\.?)",
    re.IGNORECASE,
)
_SEP = r"(?:--|[-‐‑–—―])"
_LONG_DASHES = frozenset({"--", "–", "—", "―"})
# "<location part> (<source>) <sep>?" — location text holds no parentheses and is bounded.
_WITH_SOURCE = re.compile(
    rf"(?P<loc>[^()\n]{{0,100}}?)\s{{0,3}}\((?P<src>[^()\n]{{1,40}})\)"
    rf"(?:\s{{0,3}}(?P<sep>{_SEP}|:)(?=\s|[A-Z\"“‘']))?\s{{0,3}}"
)
# "<location part> <sep> " with no source; the separator is spaced ("UPDATE 2-" is not).
_NO_SOURCE = re.compile(rf"(?P<loc>[^()\n]{{1,100}}?)\s{{1,3}}(?P<sep>{_SEP})\s{{1,3}}")
_WORD = re.compile(r"[^\W\d_][\w.'’-]{0,30}")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]?\.?|[A-Z][a-z]{1,5}\.|[A-Z]{2,3}")
_STORY_START = re.compile(r"[\"“‘'(\[]?[A-Z0-9]")


@dataclass(frozen=True)
class _Place:
    locations: list[str]
    date: str | None
    upper: bool
    has_region: bool


def _is_word(token: str, *, upper: bool) -> bool:
    if not _WORD.fullmatch(token):
        return False
    letters = [c for c in token if c.isalpha()]
    if not letters:  # "⅓" is a word character that is neither a letter nor a digit
        return False
    if upper:
        return all(c.isupper() for c in letters)
    return letters[0].isupper() or token in _PARTICLES


def _name_words(text: str, *, upper: bool) -> bool:
    """True when `text` is one place name, written all in capitals or in title case."""
    words = text.split()
    if not 1 <= len(words) <= MAX_LOCATION_WORDS:
        return False
    if any(w.upper().strip(".") in LABEL_WORDS for w in words if w != "THE"):
        return False
    if upper and words[-1] == "THE":
        return False
    if not all(_is_word(w, upper=upper) for w in words):
        return False
    return words[0][0].isupper() and words[-1] not in _PARTICLES


def _region(text: str) -> bool:
    """A state, province or country after the comma: "Calif.", "N.Y.", "Vietnam"."""
    words = text.split()
    if not 1 <= len(words) <= 4:
        return False
    if len(words) == 1 and _ABBREVIATION.fullmatch(words[0]):
        return True
    return all(_is_word(w, upper=False) for w in words) and words[0][0].isupper()


def parse_place(text: str) -> _Place | None:
    """Split the location part of a dateline into locations and an optional date."""
    parts = [p.strip() for p in text.split(",")]
    if not parts or not parts[0] or len(parts) > 3:
        return None
    head, rest = parts[0], parts[1:]
    names = [n.strip() for n in head.split("/")]
    upper = head.upper() == head
    if not all(_name_words(n, upper=upper) for n in names):
        return None
    date: str | None = None
    region: str | None = None
    for part in rest:
        if date is None and _DATE.fullmatch(part):
            date = part
        elif region is None and date is None and _region(part):
            region = part
        else:
            return None
    locations = names if region is None else [f"{n}, {region}" for n in names]
    return _Place(locations=locations, date=date, upper=upper, has_region=region is not None)


@dataclass(frozen=True)
class DatelineMatch:
    """A parsed dateline and the paragraph with the dateline removed."""

    dateline: Dateline
    rest: str


def _source(src: str) -> str | None:
    """The agency of a parenthesised source: canonical when known, else a short org name."""
    canonical = canonical_agency(src)
    if canonical:
        return canonical
    words = src.split()
    if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return " ".join(words)
    return None


def _with_source(head: str) -> DatelineMatch | None:
    match = _WITH_SOURCE.match(head)
    if not match:
        return None
    loc, src, sep = match.group("loc").strip(), match.group("src").strip(), match.group("sep")
    known = canonical_agency(src)
    agency = _source(src)
    if agency is None:
        return None
    rest = head[match.end() :]
    if not _STORY_START.match(rest):
        return None
    place = parse_place(loc) if loc else None
    if loc and place is None:
        return None
    if known is None and (place is None or not place.upper or sep is None):
        # An unlisted source is trusted only after a capitalised place and before a dash:
        # "HONOLULU, Hawaii (HawaiiNewsNow) -", not "Apple (AAPL) - shares rose".
        return None
    if sep is None and (place is None or len(src) < 3):
        # CNN writes no separator ("Hong Kong (CNN Business) Shares…"); short aliases such
        # as "PA" or "AA" also abbreviate states and parties, so they need one.
        return None
    raw = head[: match.end()].strip()
    return DatelineMatch(
        Dateline(
            raw=raw,
            locations=place.locations if place else [],
            agency=agency,
            date=place.date if place else None,
        ),
        rest,
    )


def _without_source(head: str) -> DatelineMatch | None:
    match = _NO_SOURCE.match(head)
    if not match:
        return None
    place = parse_place(match.group("loc").strip())
    rest = head[match.end() :]
    if place is None or not _STORY_START.match(rest):
        return None
    single_word = len(place.locations) == 1 and " " not in place.locations[0]
    if not place.upper and not place.has_region and not (
        single_word and match.group("sep") in _LONG_DASHES
    ):
        # Title case without an agency is trusted with a region ("Dekalb, Ill. —") or as
        # one word before a long dash ("Indianapolis – Several"); "John Smith — The" is not.
        return None
    raw = head[: match.end()].strip()
    return DatelineMatch(
        Dateline(raw=raw, locations=place.locations, agency=None, date=place.date), rest
    )


def parse_dateline(paragraph: str) -> DatelineMatch | None:
    """The dateline opening `paragraph`, and the paragraph without it; None if there is none."""
    head = paragraph[:MAX_HEAD]
    if not head[:1].isalpha() and not head.startswith("("):
        return None
    found = _with_source(head) or _without_source(head)
    if found is None or not found.rest.strip():
        return None
    rest = found.rest + paragraph[MAX_HEAD:]
    return DatelineMatch(found.dateline, rest)
