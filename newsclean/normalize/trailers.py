"""Agency trailers at the end of a story: copyright lines, standards notes, separators.

A paragraph is a trailer when nothing but trailer fragments (`TRAILER_FRAGMENTS`, kept as
data) and punctuation remain once they are removed. A bare agency sign-off closing the last
paragraph ("…into the US. PTI") is split off by `split_signoff`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsclean.normalize.agencies import canonical_agency
from newsclean.normalize.text import more_words_than

MAX_TRAILER_WORDS = 45
"""Longest trailer paragraph; AP's copyright-and-redistribution line has about 20 words."""

_HOLDER_WORD = r"(?:(?-i:[A-Z0-9][\w&'’-]{0,30})|(?-i:[a-z]{2,4})|&)"
# Case-insensitive, bounded fragments; a trailer paragraph is made of these only.
TRAILER_FRAGMENTS: tuple[str, ...] = (
    # "© Reuters", "© 2019 Associated Press", "Copyright 2019 Hawaii News Now", "(c) AFP 2024"
    r"(?:©|\(c\)|copyright)(?:\s{0,3}(?:©|\(c\)|copyright))?\s{0,3}"
    r"(?:\d{4}(?:\s{0,3}[-–]\s{0,3}\d{4})?\s{0,3})?"
    # the holder: capitalised words, or short lower-case ones ("dpa"), one space apart
    rf"(?P<holder>{_HOLDER_WORD}(?:\s{_HOLDER_WORD}){{0,7}})"
    r"(?:\s{1,3}\d{4})?(?=\.|$|\s(?:all\srights))",
    r"all\srights\sreserved",
    r"this\smaterial\smay\snot\sbe\spublished,?\sbroadcast,?\srewritten,?\s(?:or|and)\s"
    r"redistributed(?:\sin\sany\sway)?(?:\swithout\s(?:prior\s)?(?:written\s)?permission)?",
    r"our\sstandards\s{0,2}:\s{0,2}the\sthomson\sreuters\strust\sprinciples",
    r"the\sthomson\sreuters\strust\sprinciples",
    r"[_=*~•·—–-]{3,}",
)
_FRAGMENTS = re.compile("|".join(f"(?:{f})" for f in TRAILER_FRAGMENTS), re.IGNORECASE)
_YEARS = re.compile(r"\b\d{4}\b|\.")
_LEFTOVER = re.compile(r"[\s.,;:!|()\[\]]*")
_SENTENCE_END = ".!?\"”’'"


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
    agency: str | None = None
    pieces: list[str] = []
    last = 0
    for match in _FRAGMENTS.finditer(text):
        pieces.append(text[last : match.start()])
        last = match.end()
        holder = match.groupdict().get("holder")
        if holder and agency is None:
            agency = canonical_agency(_YEARS.sub("", holder))
    pieces.append(text[last:])
    if last == 0 or not all(_LEFTOVER.fullmatch(p) for p in pieces):
        return None
    if agency is None and "trust principles" in text.lower():
        agency = canonical_agency("Thomson Reuters")
    return Trailer(text=text, agency=agency)


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
    words = tail.replace("(", " ").replace(")", " ").strip(" -–—").split()
    if not 1 <= len(words) <= MAX_SIGNOFF_WORDS:
        return None
    for size in (3, 2, 1):
        agency = canonical_agency(" ".join(words[:size]))
        initials = words[size:]
        if agency and all(w.isupper() and len(w) <= 4 for w in initials):
            # An all-capital alias ("PTI", "AFP") or a full name; never a lower-case word.
            if not any(c.isupper() for c in words[0]):
                return None
            cut = len(text) - len(tail)
            return text[:cut].rstrip(), agency
    return None
