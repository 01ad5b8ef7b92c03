"""Agency trailers at the end of a story: copyright lines, standards notes, separators,
agency boilerplate.

A paragraph is a trailer when nothing but trailer fragments and punctuation remain once
they are removed: the fragments of `TRAILER_FRAGMENTS`, and agency boilerplate in several
languages built from ``boilerplate`` in ``newsclean/data/wire_phrases.json`` ("Mit
Material von dpa", "(Con información de AFP y EFE)", "With Post wires", "The Associated
Press contributed to this report") and the agency table (a bare ``(dpa)``, ``dpa/lnw``,
``/ritzau/``). Boilerplate is not a credit. A bare agency sign-off closing the last
paragraph ("…into the US. PTI") is split off by `split_signoff`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsclean.normalize.agencies import alias_pattern, canonical_agency
from newsclean.normalize.text import more_words_than
from newsclean.normalize.wiredata import alternation, phrases

MAX_TRAILER_WORDS = 45
"""Longest trailer paragraph; AP's copyright-and-redistribution line has about 20 words."""

_CASELESS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
"""Kana, CJK ideographs and Hangul: scripts without capitals, whose holder names ("연합뉴스",
"共同通信") start with any of their letters."""
_HOLDER_WORD = (
    rf"(?:(?-i:[A-Z0-9А-ЯЁΑ-Ω][\w&'’-]{{0,30}})|(?-i:[a-z]{{2,4}})|[{_CASELESS}][\w&'’-]{{0,30}}|&)"
)
COPYRIGHT_SIGNS = r"©|ⓒ|Ⓒ|\(c\)|copyright"
"""The copyright sign as pages write it: "©", Korean pages' circled letter "ⓒ", "(c)"."""


@cache
def _rights_reserved() -> str:
    """The rights notice after a holder, in several languages (``rights_reserved`` in
    ``newsclean/data/wire_phrases.json``)."""
    return alternation(w for ws in phrases("rights_reserved").values() for w in ws)


@cache
def _copyright() -> str:
    """ "© Reuters", "© 2019 Associated Press", "Copyright 2019 Hawaii News Now", "(c) AFP
    2024", "ⓒ 연합뉴스": a sign, a year, and the holder, ended by a stop, a comma, the end or
    the rights notice (which a capitalised "All" would otherwise join to the holder)."""
    return (
        rf"(?:{COPYRIGHT_SIGNS})(?:\s{{0,3}}(?:{COPYRIGHT_SIGNS}))?\s{{0,3}}"
        r"(?:\d{4}(?:\s{0,3}[-–]\s{0,3}\d{4})?\s{0,3})?"
        # the holder: capitalised words, or short lower-case ones ("dpa"), one space apart
        rf"(?P<holder>{_HOLDER_WORD}(?:\s{_HOLDER_WORD}){{0,7}})"
        rf"(?:\s{{1,3}}\d{{4}})?(?=[.,]|$|\s(?:{_rights_reserved()}))"
    )


# Case-insensitive, bounded fragments; a trailer paragraph is made of these only.
TRAILER_FRAGMENTS: tuple[str, ...] = (
    r"this\smaterial\smay\snot\sbe\spublished,?\sbroadcast,?\srewritten,?\s(?:or|and)\s"
    r"redistributed(?:\sin\sany\sway)?(?:\swithout\s(?:prior\s)?(?:written\s)?permission)?",
    r"our\sstandards\s{0,2}:\s{0,2}the\sthomson\sreuters\strust\sprinciples",
    r"the\sthomson\sreuters\strust\sprinciples",
    # Reuters' German desk closes its credit line with where to write: "Bei Rückfragen
    # wenden Sie sich bitte an unsere Redaktion unter a@… (für …) oder b@… (für …)."
    r"bei\sr(?:ü|ue)ckfragen\swenden\ssie\ssich\s(?:bitte\s)?an\sunsere\sredaktion\sunter"
    r"(?:\s(?:oder\s)?[^\s()@]{1,60}@[^\s()@]{1,60}(?:\s\([^()]{1,60}\))?){1,3}",
    # press-release wires' closing lines: "View original content to download
    # multimedia:https://www.prnewswire.com/…", "View source version on businesswire.com:
    # https://…", "SOURCE Acme Corp." (PR Newswire's sign-off, in capitals)
    r"view\soriginal\scontent(?:\sto\sdownload\smultimedia)?\s?:\s?https?://[^\s]{1,300}",
    r"view\ssource\sversion\son\s[\w.-]{1,40}\s?:\s?https?://[^\s]{1,300}",
    r"^(?-i:SOURCE)\s(?-i:[A-Z0-9])[^\n]{0,80}$",
    r"[_=*~•·—–-]{3,}",
    # the end mark of a press release or a wire's copy, on a line of its own: "###",
    # "# # #", "-30-"
    r"^#(?:\s?#){2,}$",
    r"^-30-$",
    # Yonhap's English desk closes every story with "(END)" on a line of its own
    r"^(?-i:\(END\))$",
    # Lusa closes with its journalists' and editor's initials in capitals, parted by a
    # double slash, on a line of their own: "ACL // SF", "JMR/ALN // JH"
    r"^(?-i:[A-Z]{2,4}(?:/[A-Z]{2,4}){0,2}(?:\s?//\s?[A-Z]{2,4}(?:/[A-Z]{2,4}){0,2}){1,3})$",
)


@cache
def _agencies() -> str:
    """One to five agencies, with desks, joined by commas or "and" in several languages:
    "dpa", "AFP/dpa", "AFP y EFE", "Reuters, AP and AFP"."""
    one = rf"(?:the\s)?(?:{alias_pattern()})(?:[/-][\w.]{{1,12}})?"
    joins = alternation(str(w) for w in phrases("name_joins").values())
    return rf"{one}(?:\s?(?:,|&|{joins})\s?{one}){{0,4}}"


@cache
def _boilerplate() -> str:
    """Agency boilerplate as fragments: the phrases of the data file with their agencies,
    and a bare agency in brackets or slashes with editors' initials ("(dpa) ab")."""
    table = phrases("boilerplate")["with_agencies"]
    before = [p.split("{agencies}")[0].strip() for p in table if p.endswith("{agencies}")]
    after = [p.split("{agencies}")[1].strip() for p in table if p.startswith("{agencies}")]
    alone = [p for p in table if "{agencies}" not in p]
    agencies = _agencies()
    initials = r"(?:\s[a-z]{1,3}(?:/[a-z]{1,3}){0,2})?"
    return "|".join(
        [
            rf"(?:{alternation(before)})\s{{1,3}}{agencies}",
            rf"{agencies}\s{{1,3}}(?:{alternation(after)})",
            rf"(?:{alternation(alone)})",
            rf"[(（]\s?{agencies}\s?[)）]{initials}",
            # a copyright sign inside the brackets: "(©NTB)", as Norway's papers close NTB's copy
            rf"\(\s?(?:{COPYRIGHT_SIGNS})\s?{agencies}\s?\)",
            rf"/\s?{agencies}\s?/(?:{alias_pattern()})?",
            rf"^{agencies}{initials}$",
        ]
    )


@cache
def _alias() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alias_pattern()})(?!\w)", re.IGNORECASE)


@cache
def _fragments() -> re.Pattern[str]:
    every = [_copyright(), *TRAILER_FRAGMENTS, _rights_reserved(), _boilerplate()]
    return re.compile("|".join(f"(?:{f})" for f in every), re.IGNORECASE)


_YEARS = re.compile(r"\b\d{4}\b|\.")
_LEFTOVER = re.compile(r"[\s.,;:!|()\[\]]*")
_SENTENCE_END = ".!?\"”’'。"


@dataclass(frozen=True)
class Trailer:
    """A trailer paragraph and the agency it names, if any ("© Reuters" -> Reuters)."""

    text: str
    agency: str | None


def parse_trailer(paragraph: str) -> Trailer | None:
    """The trailer that `paragraph` wholly is, or None."""
    if len(paragraph) > MAX_TRAILER_WORDS * 40:
        return None
    text = " ".join(paragraph.split())
    if not text or more_words_than(text, MAX_TRAILER_WORDS):
        return None
    fragments = _fragments()
    lead = _LEFTOVER.match(text)
    if not any(fragments.match(text, i) for i in range(lead.end() + 1 if lead else 1)):
        return None  # the first fragment must start before the first word: nearly every
        # paragraph fails here, at a position or two, instead of being searched throughout
    agency: str | None = None
    pieces: list[str] = []
    last = 0
    for match in fragments.finditer(text):
        pieces.append(text[last : match.start()])
        last = match.end()
        if agency is None:
            holder = match.group("holder")
            named = (holder and _YEARS.sub("", holder)) or match.group(0)
            first = _alias().search(named)
            agency = canonical_agency(holder and _YEARS.sub("", holder)) or (
                canonical_agency(first.group(0)) if first else None
            )
    pieces.append(text[last:])
    if last == 0 or not all(_LEFTOVER.fullmatch(p) for p in pieces):
        return None
    if agency is None and "trust principles" in text.lower():
        agency = canonical_agency("Thomson Reuters")
    return Trailer(text=text, agency=agency)


_BRACKETS_TO_SPACES = str.maketrans("()（）", "    ")
MAX_SIGNOFF_WORDS = 5
"""Words after the last sentence: the agency and a few editors' initials ("PTI ABC KJ")."""


def split_signoff(paragraph: str) -> tuple[str, str] | None:
    """A bare agency name closing a paragraph ("…the US. PTI", "…said. (AFP)").

    Returns the paragraph without it and the canonical agency, or None.
    """
    text = paragraph.rstrip()
    window = text[-120:]
    end = max(window.rfind(c) for c in _SENTENCE_END)
    if end < 0:
        return None
    tail = window[end + 1 :]
    words = tail.translate(_BRACKETS_TO_SPACES).strip(" -–—").split()
    if not 1 <= len(words) <= MAX_SIGNOFF_WORDS:
        return None
    for size in (3, 2, 1):
        agency = canonical_agency(" ".join(words[:size]))
        initials = words[size:]
        if agency and all(w.isupper() and len(w) <= 4 for w in initials):
            # An all-capital alias ("PTI", "AFP") or a full name; never a lower-case word.
            # A script without capitals ("…と述べた。（共同）") names its agency in brackets.
            caseless = not any(c.isupper() or c.islower() for c in words[0])
            bracketed = tail.lstrip().startswith(("(", "（"))
            if not any(c.isupper() for c in words[0]) and not (caseless and bracketed):
                return None
            cut = len(text) - len(tail)
            return text[:cut].rstrip(), agency
    return None
