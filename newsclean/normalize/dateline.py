"""Wire datelines at the start of a story, in the shapes of the world's wires.

One parser for a family of shapes (``shared/wire-conventions.md``): a *place part*
(places, a region or country, a date), an *agency slot* (``(Reuters)``, ``/PRNewswire/``,
``--(BUSINESS WIRE)--``, ``, SPA``) and a *separator* (``-``, ``–``, ``—``, ``--``, ``:``,
``.-``), in these orders:

- place + agency: ``BEIRUT (Reuters) -``, ``Leipzig (SID) -``, ``Köln (dpa/lnw) –``,
  ``Valencia (EFE).-``, ``TOKYO, Jan 5 (Reuters) -``, ``Lisboa, 12 jan 2025 (Lusa) -``,
  ``Praha 12. ledna (ČTK) -``, ``New Delhi [India], June 12 (ANI):``,
  ``Hong Kong (CNN Business) A…`` (no separator, as CNN and PTI write it),
  ``नयी दिल्ली, पांच दिसंबर (भाषा)`` (PTI's Hindi service, a day as a word),
  ``नई दिल्ली, 5 दिसंबर (आईएएनएस)।`` (the danda after the bracket);
- agency only (``(Reuters) -``, ``(EFE).-``, ``(CNN)``), agency then place
  (``(ANSA) - ROMA, 12 GEN -``), place then agency after the dash
  (``МОСКВА, 29 мая — РИА Новости.``) or after a comma or full stop
  (``Riyadh, January 05, 2025, SPA --``, ``Москва. 29 мая. INTERFAX.RU -``);
- place only, upper or title case (``WASHINGTON —``, ``Nairobi –``, ``LIMA.-``,
  ``QUITO, ECUADOR.-``), with a region in parentheses (``Celle (Niedersachsen) -``) or
  region and country before a colon (``Perth, WA, Australia:``);
- press releases: ``ZUG, Switzerland, March 3, 2025 /PRNewswire/ --``,
  ``BOSTON--(BUSINESS WIRE)--``, ``OSLO, Norway, May 2, 2025 (GLOBE NEWSWIRE) --``,
  ``LOS ANGELES, CA / ACCESSWIRE / March 3, 2025 /``;
- date only, with its year: ``March 3, 2025 --``;
- in scripts without capitals: ``【ワシントン共同】``, ``［東京　５日　ロイター］ -``,
  ``(서울=연합뉴스) 홍길동 기자 =``, ``新华社北京1月5日电``, ``【新华社北京1月5日电】``,
  ``路透北京1月5日 -``, ``（中央社記者王小明台北5日電）`` (also before a place the gazetteer
  lacks, `_byline_place`), ``（中央社某鎮5日綜合外電報導）``, ``【パリＡＦＰ時事】``,
  ``【12月5日 AFP】``, ``（ブルームバーグ）：``, ``【ニューヨーク＝山田太郎】``,
  ``【ワシントン＝山田太郎、北京＝佐藤花子】``;
- Persian and Arabic wires' hyphened lead: ``تهران- ایرنا-`` (IRNA), ``دمشق-سانا`` (SANA).

A place standing alone is trusted only if the gazetteer (`gazetteer`) knows it: a major
city, country or US state in any of its names when written in title case (``Nairobi –``,
not ``Tuesday –``), any listed city when in capitals. A region, a date or an agency beside
the place is evidence enough for smaller places (``Dekalb, Ill. —``). Wire labels and
kickers (``UPDATE 2-``, ``EXCLUSIVE-``, ``BREAKING:``, ``DEAR ABBY:``) never parse: their
words are listed in ``wire_phrases.json`` and none is a place.

Every pattern runs on a bounded head of the paragraph (`MAX_HEAD` characters) and has
only bounded repeats and no nested quantifiers; the separators tried are at most the head's
length, so the work per paragraph is bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsclean.model import BIDI_MARKS, Dateline
from newsclean.normalize.agencies import (
    alias_pattern,
    canonical_agency,
    is_abbreviation,
    is_call_sign,
)
from newsclean.normalize.correspondents import correspondents
from newsclean.normalize.credits import is_han_name
from newsclean.normalize.gazetteer import is_major_place, is_place
from newsclean.normalize.text import is_han
from newsclean.normalize.wiredata import alternation, words

MAX_HEAD = 240
"""Characters of the paragraph looked at; the longest real datelines are about 90."""
MAX_PREFIX = 150
"""Characters before the separator; a press-release place part runs to about 80."""
MAX_LOCATION_WORDS = 5
"""Words of one location ("RIO DE JANEIRO", "SALT LAKE CITY"); more is a sentence."""
MIN_REST_WORDS = 6
"""Words after a title-case place standing alone or a colon: a story, not a heading."""

# Lower-case particles inside place names ("Rio de Janeiro", "Frankfurt am Main").
_PARTICLES = frozenset({"de", "da", "do", "del", "della", "di", "la", "le", "les", "of",
                        "el", "al", "am", "an", "der", "den", "van", "von", "y", "upon",
                        "im", "in", "sur", "sul", "ob", "na", "nad", "pod", "en", "sobre"})
# "Jr." and titles look like state abbreviations but follow names, not places.
_NOT_REGIONS = frozenset({"jr.", "sr.", "dr.", "mr.", "mrs.", "ms.", "prof.", "st.", "inc.",
                          "ltd.", "co.", "corp.", "gov.", "sen.", "rep.", "gen.", "lt."})
_DASHES = "-‐‑–—―"
_SEP = re.compile(
    r"\s{0,3}(?P<sep>--|[–—―]|\.[-–—]|(?<=\s)[-‐‑](?=\s)|(?<=\)\s)[-‐‑](?=[^\W\d_])"
    r"|(?<=\))[-‐‑](?=\s)|:(?=\s)|(?<=/)\.(?=\s)|(?<=\))।)\s{0,3}"
)
"""A separator: long dashes, ``--``, ``.-``, a spaced hyphen (or one spaced on one side
only after the bracketed source, as copy slips: ``(AP) -The``, ``(AP)- The``), a colon
before a space, the full stop after ``/ТАСС/``, or the danda after a bracket (IANS' Hindi
desk: ``नई दिल्ली, 5 दिसंबर (आईएएनएस)।``); a hyphen inside a word ("UPDATE 2-Oil") is not
one."""
_NO_SEP = re.compile(r"(?<=\))\s{1,3}(?![-\s:.,;‐‑–—―])")
"""After a closing parenthesis with no separator: ``Hong Kong (CNN Business) A…``."""
_PAREN_SLOT = re.compile(r"\((?P<src>[^()\n]{1,40})\)$")
_SLASH_SLOT = re.compile(r"/\s?(?P<src>[^/\n]{1,40}?)\s?/$")
_ACCESSWIRE = re.compile(
    r"(?P<loc>[^/\n]{1,80}?)\s?/\s?(?P<src>[^/\n]{2,30}?)\s?/\s?(?P<date>[^/\n]{4,30}?)\s?/\s{1,3}"
)
"""``LOS ANGELES, CA / ACCESSWIRE / March 3, 2025 /``: place, wire and date between slashes."""
_BRACKET_REGION = re.compile(r"\s?[\[(](?P<region>[^\[\]()\n]{1,30})[\])]$")
"""A region after the place in brackets or parentheses: "New Delhi [India]", "Celle
(Niedersachsen)"; ANI writes both ("Mumbai (Maharashtra) [India]")."""
MAX_BRACKETED_REGIONS = 2
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]?\.?|[A-Z][a-z]{1,5}\.|[A-Z]{2,3}")
_WORD = re.compile(
    r"[^\W\d_][\w.'’\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0dff"
    r"\u0e00-\u0eff\u1000-\u109f-]{0,30}"
)
"""A word of a place's name; the vowel signs of Indic, Thai, Lao and Myanmar scripts
and the points of Hebrew and Arabic (combining marks, which `\\w` does not match) inside
it ("दिल्ली", "กรุงเทพ", "عمّان")."""
_STORY_START = re.compile(r"[\"“‘'(\[«„¿¡]?(?:[^\W\d_]|\d)")
_YEAR = re.compile(r"\b\d{4}\b")
HEADING_WINDOW = 60
_HEADING_REST = re.compile(r"^\d|:\s|\s[–—―-]\s")
"""After a title-case place alone, a digit, colon or second dash soon after makes a heading
or a list ("México – Estados Unidos: la relación…", "Paris – 3 nights, London – 2")."""
_OUTLET = re.compile(r"[A-Z][A-Z0-9.&-]{1,11}|[a-z]{2,5}|[A-Z][a-z]+[A-Z]\w{1,20}")
"""An unlisted source written the way agencies write theirs: ``SPOX``, ``dpo``,
``HawaiiNewsNow``; a title-case word in parentheses is a region (``Niedersachsen``)."""


@cache
def _month_pattern() -> str:
    """Month names, and abbreviations (a proper prefix of another month name: "Jan",
    "sept", "ene", "янв") with their optional full stop; after a full name ("29 мая.")
    a full stop ends the dateline's date part and is not the date's."""
    names = words("months")
    short = {n for n in names if any(o != n and o.startswith(n) for o in names)}
    return rf"(?:(?:{alternation(short)})\.?|(?:{alternation(names - short)}))(?!\w)"


@cache
def _date_pattern() -> str:
    months = _month_pattern()
    day = rf"(?:\d{{1,2}}(?:st|nd|rd|th|er|\.)?|(?:{alternation(words('day_words'))})(?!\w))"
    year = r"(?:,?\s{1,3}(?:de\s)?\d{4})"
    return (
        rf"(?:{months}\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?{year}?"
        rf"|{day}\s{{1,3}}(?:de\s)?{months}{year}?"
        rf"|\d{{4}}\.\s{months}\s\d{{1,2}}\.?"
        r"|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?)"
    )


@cache
def _date() -> re.Pattern[str]:
    return re.compile(_date_pattern(), re.IGNORECASE)


@cache
def _date_tail() -> re.Pattern[str]:
    """A date closing the place part: ", April 8", " 12. ledna", ". 29 мая"."""
    return re.compile(rf"(?:^|[,.]?\s{{1,3}})(?P<date>{_date_pattern()})[.,]?$", re.IGNORECASE)


_BARE_DAY = re.compile(r",\s(?P<date>\d{1,2})$|\s[-–]\s(?P<day_month>\d{1,2}\s[-–]\s\d{1,2})$")
"""Before a listed agency, Europa Press writes the day alone (``MADRID, 12 (EUROPA PRESS)``)
and KUNA the day and month in figures after a spaced dash (``الكويت - 5 - 12 (كونا) --``)."""


@cache
def _labels() -> frozenset[str]:
    return words("labels")


@cache
def _cjk_forms() -> tuple[re.Pattern[str], ...]:
    agencies = alias_pattern()
    return (
        # Japanese: 【ワシントン共同】, 【ロンドン＝時事】
        re.compile(rf"【(?P<loc>[^【】\s]{{1,20}}?)[=＝]?(?P<src>{agencies})】\s{{0,2}}"),
        # Japanese, the place and day first: ［東京　５日　ロイター］ -
        re.compile(
            r"[［\[](?P<loc>[^\s\d０-９［］\[\]]{1,20})\s{1,3}(?P<date>[\d０-９]{1,2}日)\s{1,3}"
            rf"(?P<src>{agencies})[］\]]\s{{0,2}}(?:[-－—–]\s{{0,2}})?"
        ),
        # Korean: (서울=연합뉴스) 홍길동 기자 =
        re.compile(
            r"[(（](?P<loc>[^()（）=＝\s]{1,20})[=＝](?P<src>[^()（）=＝\n]{1,20})[)）]\s{0,2}"
            r"(?:[^()（）=＝\n]{1,30}?(?:기자|특파원)\s?[=＝]\s{0,2})?"
        ),
        # Chinese: 新华社北京1月5日电（记者 张三）, 【新华社北京1月5日电】, 路透北京1月5日 -
        re.compile(
            rf"(?P<open>【)?(?P<src>{agencies})(?P<loc>[^\d\s，。（）()【】]{{1,10}}?)"
            r"(?P<date>\d{1,2}月\d{1,2}日)(?:[电電](?(open)】)"
            r"(?:\s{0,2}[（(][^（）()\n]{1,30}[)）])?\s{0,2}|\s{0,2}[-－—–]\s{0,2})"
        ),
        # Chinese, the reporter before the place: （中央社記者王小明台北5日電）, a special
        # dispatch (專電) or a report compiled from foreign wires (綜合外電報導)
        re.compile(
            rf"[（(](?P<src>{agencies})(?P<byline>[^\d\s（）()]{{2,24}}?)"
            rf"(?P<date>\d{{1,2}}日)(?:{alternation(words('dispatches'))})[）)]\s{{0,2}}"
        ),
        # AFPBB News, the date and the agency, no place: 【12月5日 AFP】
        re.compile(
            r"【(?P<date>[\d０-９]{1,2}月[\d０-９]{1,2}日)\s{1,2}"
            rf"(?P<src>{agencies})】\s{{0,2}}"
        ),
        # Bloomberg's Japanese desk, the agency alone before a colon: （ブルームバーグ）：
        re.compile(rf"（(?P<src>{agencies})）\s{{0,2}}[：:]\s{{0,2}}"),
        # Japanese papers, the place and their own reporter: 【ニューヨーク＝山田太郎】, or
        # two: 【ワシントン＝山田太郎、北京＝佐藤花子】 (read by `correspondents`)
        re.compile(r"【(?P<correspondents>[^【】\s]{3,60})】\s{0,2}"),
    )


REPORTER_WORDS = ("記者", "记者")
"""What opens a reporter's name before the place of a Chinese dateline (`_byline_place`)."""
REPORTER_NAME_CHARS = (3, 2)
"""Han characters of the reporter's name before a place the gazetteer lacks, in the order
tried: three, as nearly every Chinese name is written in Taiwan ("王小明"), else two; a
name of four ("歐陽娜娜") is read only before a known place."""
MAX_PLACE_CHARS = 10
"""Characters of a Chinese dateline's place ("屏東縣", "南投縣埔里鎮", "伊斯坦堡")."""
MIN_PLACE_CHARS = 2
REPORTERS_SEPARATOR = "、"
"""Parts two reporters of one dateline ("記者王小明、李大華台北")."""


def _byline_place(byline: str) -> str | None:
    """The place ending "記者王小明台北" (a reporter's name, then the place, unparted): the
    longest ending the gazetteer knows, else what follows a name of `REPORTER_NAME_CHARS`
    Han characters: the shape (agency, "記者", name, place, day, "電") vouches for a place
    the gazetteer lacks ("記者王小明某鎮"). Without a reporter, the whole."""
    for word in REPORTER_WORDS:
        if byline.startswith(word):
            byline = byline[len(word) :]
            break
    else:
        return byline if len(byline) <= MAX_PLACE_CHARS else None
    others, _, byline = byline.rpartition(REPORTERS_SEPARATOR)
    if others and not all(map(is_han_name, others.split(REPORTERS_SEPARATOR))):
        return None
    known = next((byline[i:] for i in range(len(byline) - 1) if is_place(byline[i:])), None)
    if known or not all(map(is_han, byline)):
        return known
    for name in REPORTER_NAME_CHARS:
        if MIN_PLACE_CHARS <= len(byline) - name <= MAX_PLACE_CHARS:
            return byline[name:]
    return None


@dataclass(frozen=True)
class DatelineMatch:
    """A parsed dateline and the paragraph with the dateline removed."""

    dateline: Dateline
    rest: str


@dataclass(frozen=True)
class _Slot:
    """What stood in the agency slot: an agency (listed or not), a date or a region."""

    agency: str | None = None
    listed: bool = False
    date: str | None = None
    region: str | None = None


@dataclass(frozen=True)
class _PlacePart:
    locations: list[str]
    date: str | None
    upper: bool
    has_region: bool
    known: bool
    """The gazetteer knows the place (any listed city) or its region."""
    region_known: bool
    """Every region is a state abbreviation ("Calif.", "N.Y.", "WA") or a listed place."""
    major: bool
    """The gazetteer knows every place as a major city, a country or a US state."""


def _caseless(letters: list[str] | str) -> bool:
    """Whether letters are of a script without capitals (Arabic, Hebrew, Devanagari, Thai):
    a place's name there is told by what stands beside it (a listed agency, the
    gazetteer), not by its case."""
    return all(not c.isupper() and not c.islower() for c in letters)


def _is_word(token: str, *, upper: bool) -> bool:
    if not _WORD.fullmatch(token):
        return False
    letters = [c for c in token if c.isalpha()]
    if not letters:  # "⅓" is a word character that is neither a letter nor a digit
        return False
    if _caseless(letters):
        return True
    if upper:
        return all(c.isupper() for c in letters)
    return letters[0].isupper() or token in _PARTICLES


def _name_words(text: str, *, upper: bool) -> bool:
    """True when `text` is one place name, written all in capitals or in title case."""
    words_ = text.split()
    if not 1 <= len(words_) <= MAX_LOCATION_WORDS:
        return False
    if any(w.casefold().strip(".") in _labels() for w in words_):
        return False
    if not all(_is_word(w, upper=upper) for w in words_):
        return False
    first = words_[0][0]
    return (first.isupper() or _caseless(first)) and words_[-1] not in _PARTICLES


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _region(text: str) -> bool:
    """A state, province or country after the comma: "Calif.", "N.Y.", "WA", "Vietnam"."""
    words_ = text.split()
    if not 1 <= len(words_) <= 4 or text.casefold() in _NOT_REGIONS:
        return False
    if len(words_) == 1 and _ABBREVIATION.fullmatch(words_[0]):
        return True
    return all(_is_word(w, upper=False) for w in words_) and words_[0][0].isupper()


def _places(head: str) -> list[str] | None:
    """The places of "LONDON/PARIS" (two) or "Halle/Saale" (one: a slash splits only
    places the gazetteer knows each of)."""
    names = [n.strip() for n in head.split("/")]
    upper = _is_upper(head)
    if not all(_name_words(n, upper=upper) for n in names):
        return None
    if len(names) > 1 and not all(is_place(n) for n in names):
        return ["/".join(names)]
    return names


def parse_place(text: str, *, bare_day: bool = False) -> _PlacePart | None:
    """Split the place part of a dateline into locations, a region and a date."""
    text = text.replace("،", ",").strip().rstrip(",")  # the Arabic comma parts as a comma
    if not text or len(text) > MAX_PREFIX:
        return None
    date: str | None = None
    found = _date_tail().search(text) or (_BARE_DAY.search(text) if bare_day else None)
    if found:
        date = found.group("date") or found.group("day_month")
        text = text[: found.start()].strip().rstrip(",.")
    bracketed: list[str] = []
    place_text = text
    while len(bracketed) < MAX_BRACKETED_REGIONS:
        bracket = _BRACKET_REGION.search(place_text)
        if not bracket:
            break
        bracketed.insert(0, bracket.group("region"))
        place_text = place_text[: bracket.start()]
    parts = [p.strip() for p in place_text.split(",")]
    if not parts[0] or len(parts) > 3 or (bracketed and len(parts) > 1):
        return None
    places = _places(parts[0])
    if places is None:
        return None
    regions = bracketed or parts[1:]
    if not all(_region(r) for r in regions):
        return None
    qualifier = ", ".join(regions)
    if bracketed:
        locations = [text]
    else:
        locations = [f"{p}, {qualifier}" for p in places] if qualifier else places
    region_known = all(_ABBREVIATION.fullmatch(r) or is_place(r) for r in regions)
    known = all(is_place(p) for p in places) or (bool(regions) and region_known)
    return _PlacePart(
        locations=locations,
        date=date,
        upper=_is_upper(parts[0]),
        has_region=bool(regions),
        known=known,
        region_known=region_known,
        major=all(is_major_place(p) for p in places),
    )


def _slot(src: str) -> _Slot | None:
    """Read what stands in the agency slot."""
    src = " ".join(src.split())
    if canonical_agency(src):
        return _Slot(agency=src, listed=True)
    if _date().fullmatch(src):
        return _Slot(date=src)
    if is_call_sign(src) or _OUTLET.fullmatch(src):
        return _Slot(agency=src)
    if _name_words(src, upper=False) and not _is_upper(src):
        return _Slot(region=src)
    return None


def _story_starts(rest: str, *, words_needed: int = 1) -> bool:
    if not _STORY_START.match(rest):
        return False
    return len(rest.split(None, words_needed)) >= words_needed


def _unsure_caseless(place: _PlacePart) -> bool:
    """A place of a script without capitals that neither a date nor the gazetteer vouches
    for: its words could be any words."""
    letters = [c for loc in place.locations for c in loc if c.isalpha()]
    return place.date is None and not place.known and _caseless(letters)


MIN_UNSEPARATED_ALIAS = 3
"""Characters of an alias read without a separator anywhere ("(CNN) President…"); a
shorter one ("PA", "AA", "TT") also abbreviates states and parties."""


def _unseparated(place: _PlacePart | None, slot: _Slot | None, rest: str, *, first: bool) -> bool:
    """Whether a dateline may end at its agency's closing bracket, with no separator.

    CNN and PTI write none ("(CNN) President…", "New Delhi, Jan 5 (PTI) The…"), nor do the
    Nordic wires ("STOCKHOLM (TT) Regeringen…", "HELSINKI (STT) …"). A listed abbreviation
    ("Defence Housing Authority (DHA) has…") never goes without one; a short alias only
    opens the body's first paragraph, after a place the gazetteer knows in capitals or
    as a major place, before a capital ("Washington (PA) is a city…" stays text)."""
    if slot is None or not slot.listed or is_abbreviation(slot.agency or ""):
        return False
    if len(slot.agency or "") >= MIN_UNSEPARATED_ALIAS:
        return True
    return (
        first
        and place is not None
        and place.known
        and (place.upper or place.major)
        and rest[:1].isupper()
    )


def _accept(
    place: _PlacePart | None, slot: _Slot | None, sep: str, rest: str, *, first: bool = False
) -> bool:
    """Whether a place part, slot and separator together are a dateline (`first`: the
    paragraph opens the body)."""
    agency = slot.agency if slot else None
    listed = bool(slot and slot.listed)
    if not sep and not _unseparated(place, slot, rest, first=first):
        return False
    if sep in ("", "।") and place is not None and _unsure_caseless(place):
        # Nor capitals nor a separator (the danda also ends a sentence) tell "हिंदी (भाषा)
        # भारत की…" ("language") or "सरकार ने कहा (आईएएनएस)।" ("the government said") from
        # PTI's and IANS' Hindi desks.
        return False
    if place is None:
        if listed:
            return sep != ":" or _story_starts(rest, words_needed=MIN_REST_WORDS)
        # "(SPOX) -": an unlisted source alone needs capitals and a dash.
        return bool(agency and _is_upper(agency) and len(agency) >= 3 and sep in _DASHES + "--")
    if listed:
        return True
    if agency:
        # An unlisted source after a place the gazetteer knows, or in capitals, and a dash:
        # "HONOLULU, Hawaii (HawaiiNewsNow) -", "Kiel (dpo) -"; not "Apple (AAPL) - shares".
        return bool(sep) and sep != ":" and (place.upper or place.known)
    evidence = place.has_region or place.date is not None or bool(slot and slot.region)
    if sep == ":":
        # Colons open labels ("Note:", "DEAR ABBY:", "Police:"): only a known place.
        ok = place.known and (evidence or place.major)
        return ok and _story_starts(rest, words_needed=MIN_REST_WORDS)
    if place.upper:
        # "SIOUX FALLS, S.D. –", "QUITO, ECUADOR.-"; not "SELECT, TABLE, WITH —".
        return place.known or place.date is not None
    if evidence:
        return place.known
    return (
        place.major
        and _story_starts(rest, words_needed=MIN_REST_WORDS)
        and not _HEADING_REST.search(rest[:HEADING_WINDOW])
    )


def _date_only(prefix: str, sep: str, rest: str) -> Dateline | None:
    """``March 3, 2025 --``: a full date with its year, and a dash; not the first day of
    a span whose second day follows the dash (an obituary's life dates under its title,
    "12.03.1941 — 02.11.2025"; an event's "March 3, 2025 – March 5, 2025")."""
    if sep == ":" or not _date().fullmatch(prefix) or not _YEAR.search(prefix):
        return None
    if _date().match(rest.lstrip()):
        return None
    return Dateline(raw="", date=prefix)


def _parse_prefix(prefix: str, sep: str, rest: str, *, first: bool = False) -> Dateline | None:
    """The dateline that `prefix` (the text before the separator `sep`) is, or None."""
    prefix = prefix.strip()
    if not prefix:
        return None
    slot: _Slot | None = None
    left = prefix
    for pattern in (_PAREN_SLOT, _SLASH_SLOT):
        found = pattern.search(prefix)
        if found:
            slot = _slot(found.group("src"))
            if slot is None:
                return None
            left = prefix[: found.start()].rstrip(" ,").rstrip(_DASHES).rstrip()
            break
    else:
        # "Riyadh, January 05, 2025, SPA", "Москва. 29 мая. INTERFAX.RU"
        cut = max(prefix.rfind(", "), prefix.rfind(". "))
        if cut > 0 and canonical_agency(prefix[cut + 2 :]):
            slot = _Slot(agency=prefix[cut + 2 :], listed=True)
            left = prefix[:cut]
    if slot is not None and slot.region and _dated_place(left):
        # "Buenos Aires, 4 mar (Télam) -": a name after the date is the source, not a
        # region (a region follows its place: "Celle (Niedersachsen)")
        slot = _Slot(agency=slot.region)
    if slot is not None and slot.region:
        left = prefix  # "Celle (Niedersachsen)": the region stays with its place
        inner = _PAREN_SLOT.search(prefix)
        place = parse_place(prefix[: inner.start()]) if inner else None
        if place is not None:
            place = _PlacePart([prefix], place.date, place.upper, True, place.known,
                               place.region_known, place.major)
    elif left:
        place = parse_place(left, bare_day=bool(slot and slot.listed))
        if place is None:
            return _date_only(prefix, sep, rest) if slot is None else None
    else:
        place = None
    if slot is not None and slot.date and place is not None:
        place = _PlacePart(place.locations, slot.date, place.upper, place.has_region,
                           place.known, place.region_known, place.major)
    if not _accept(place, slot, sep, rest, first=first):
        return None
    return Dateline(
        raw="",
        locations=place.locations if place else [],
        agency=slot.agency if slot else None,
        date=place.date if place else None,
    )


def _dated_place(text: str) -> bool:
    """Whether `text` is a place part that ends with its date ("Buenos Aires, 4 mar")."""
    place = parse_place(text) if text else None
    return place is not None and place.date is not None


def _candidates(head: str) -> list[tuple[int, int, str]]:
    """(start, end, separator) of every place a dateline could end, left to right."""
    window = head[: MAX_PREFIX + 8]
    found = [(m.start(), m.end(), m.group("sep")) for m in _SEP.finditer(window)]
    found += [(m.start(), m.end(), "") for m in _NO_SEP.finditer(window)]
    return sorted(found)


_LEADING_SLOT = re.compile(r"[(（](?P<src>[^()（）\n]{1,40})[)）]\s{0,3}")
"""An agency opening a dateline that a place part may follow: ``(ANSA) - ROMA, 12 GEN -``."""
_TRAILING_AGENCY = re.compile(r"(?P<src>[^.\n]{2,30})\.\s{1,3}")
"""The agency after the dash: ``МОСКВА, 29 мая — РИА Новости. Текст``."""


def _extend(dateline: Dateline, rest: str) -> tuple[Dateline, str]:
    """Complete a dateline whose parts continue after its separator."""
    if dateline.agency and not dateline.locations:
        # "(ANSA) - ROMA, 12 GEN - Il premier": the place part after the agency.
        more = _match_head(rest, allow_extend=False)
        if more and not more[0].agency and more[0].locations:
            raw = f"{dateline.raw} {more[0].raw}"
            return dateline.model_copy(update={"raw": raw, "locations": more[0].locations,
                                               "date": more[0].date}), more[1]
    if not dateline.agency and dateline.locations:
        tail = _TRAILING_AGENCY.match(rest)
        if tail and canonical_agency(tail.group("src")) and _STORY_START.match(rest[tail.end():]):
            raw = f"{dateline.raw} {tail.group(0).strip()}"
            return dateline.model_copy(update={"raw": raw, "agency": tail.group("src")}), rest[
                tail.end() :
            ]
    return dateline, rest


def _accesswire(head: str) -> tuple[Dateline, str] | None:
    found = _ACCESSWIRE.match(head)
    if not found or not canonical_agency(found.group("src")):
        return None
    place = parse_place(found.group("loc"))
    rest = head[found.end() :]
    if place is None or not _date().fullmatch(found.group("date")) or not _STORY_START.match(rest):
        return None
    raw = " ".join(head[: found.end()].split())
    return Dateline(raw=raw, locations=place.locations, agency=found.group("src"),
                    date=found.group("date")), rest


MAX_UNKNOWN_HYPHENED = 2
"""Words of a hyphened lead's place the gazetteer does not know ("یاسوج", "خرم آباد"):
more is a phrase ("خبرگزاری جمهوری اسلامی- ایرنا-", the agency's own name)."""


@cache
def _hyphened_form() -> re.Pattern[str]:
    """``تهران- ایرنا-`` (IRNA), ``دمشق-سانا`` (SANA): place, hyphen, agency, and a second
    hyphen or none, the hyphens set against the word before them."""
    return re.compile(
        r"(?P<loc>[^\W\d_][^\n\-–(),.:؛،]{0,30}?)[-–]\s?"
        rf"(?P<src>{alias_pattern()})(?P<tail>\s?[-–])?\s{{1,3}}"
    )


def _hyphened(head: str) -> tuple[Dateline, str] | None:
    """The Persian and Arabic wires' lead (`_hyphened_form`), in a script without capitals
    only (a Latin "Anti-AFP protests" is a word). The agency must be listed, and the place
    known to the gazetteer unless the second hyphen closes the agency (the shape is then
    IRNA's, whose provincial desks file from towns the gazetteer may not list)."""
    found = _hyphened_form().match(head)
    if found is None or not canonical_agency(found.group("src")):
        return None
    loc, rest = found.group("loc"), head[found.end() :]
    place = parse_place(loc) if loc == loc.rstrip() else None
    letters = [c for c in loc if c.isalpha()]
    if place is None or not _caseless(letters) or not _STORY_START.match(rest):
        return None
    if not (place.known or (found.group("tail") and len(loc.split()) <= MAX_UNKNOWN_HYPHENED)):
        return None
    raw = " ".join(found.group(0).split())
    return Dateline(raw=raw, locations=place.locations, agency=found.group("src")), rest


def _cjk_places(groups: dict[str, str | None]) -> list[str] | None:
    """The places of a CJK form's match; [] for a form that has none (``【12月5日 AFP】``),
    None where the form's place is wanting: a paper's own correspondents
    (``【ニューヨーク＝山田太郎】``) need places `correspondents` takes for places, as
    ``【解説＝山田太郎】`` (a commentary's label) is not one."""
    if groups.get("byline"):
        place = _byline_place(groups["byline"] or "")
        return [place] if place else None
    if groups.get("correspondents"):
        found = correspondents(groups["correspondents"] or "")
        return list(dict.fromkeys(place for place, _name in found)) if found else None
    if "loc" not in groups:
        return []
    return [groups["loc"]] if groups["loc"] else None


def _cjk(head: str) -> tuple[Dateline, str] | None:
    for pattern in _cjk_forms():
        found = pattern.match(head)
        if not found:
            continue
        groups = found.groupdict()
        src = groups.get("src")
        if not ((src and canonical_agency(src)) or "=" in found.group(0) or "＝" in found.group(0)):
            continue
        places = _cjk_places(groups)
        rest = head[found.end() :]
        if places is None or not rest.strip():
            continue
        raw = " ".join(found.group(0).split())
        return Dateline(raw=raw, locations=places, agency=src, date=groups.get("date")), rest
    return None


def _match_head(
    head: str, *, allow_extend: bool = True, first: bool = False
) -> tuple[Dateline, str] | None:
    if head.startswith(("［", "[")):  # only the Japanese form opens with a square bracket
        return _cjk(head)
    if not head[:1].isalnum() and not head.startswith(("(", "（", "【")):
        return None
    if not head[:1].isascii() or head.startswith(("(", "（", "【")):
        cjk = _cjk(head)
        if cjk:
            return cjk
    if not head[:1].isascii():
        hyphened = _hyphened(head)
        if hyphened:
            return hyphened
    if "/" in head[:MAX_PREFIX]:
        pr = _accesswire(head)
        if pr:
            return pr
    for start, end, sep in _candidates(head):
        rest = head[end:]
        if not rest.strip() or not _STORY_START.match(rest):
            continue
        if _LEADING_SLOT.match(rest) and _slot(_LEADING_SLOT.match(rest).group("src")):  # type: ignore[union-attr]
            continue  # "BOSTON--(BUSINESS WIRE)--": the dateline goes on
        found = _parse_prefix(head[:start], sep, rest, first=first)
        if found is None:
            continue
        raw = " ".join(head[:end].split())
        dateline = found.model_copy(update={"raw": raw})
        return _extend(dateline, rest) if allow_extend else (dateline, rest)
    return None


def parse_dateline(paragraph: str, *, first: bool = False) -> DatelineMatch | None:
    """The dateline opening `paragraph`, and the paragraph without it; None if there is none.
    `first`: the paragraph is the body's first, where a short alias may go without a
    separator (`_unseparated`). Bidirectional marks before it (an Arabic or Hebrew
    paragraph opening with U+200F) are invisible and go with it."""
    paragraph = paragraph.lstrip(BIDI_MARKS)
    head = paragraph[:MAX_HEAD]
    found = _match_head(head, first=first)
    if found is None or not found[1].strip():
        return None
    dateline, rest = found
    return DatelineMatch(dateline, rest.lstrip() + paragraph[MAX_HEAD:])
