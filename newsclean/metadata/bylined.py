"""A byline run into the dateline on one line, as reprints flatten a wire story's head:
``By Jane Doe MOSCOW (Reuters) - The…``, ``By Jane Doe, Associated Press WASHINGTON (AP) —
…``, ``Von Max Muster BERLIN (dpa) - …``.

The line opens with a by-word (`authors.BY_WORDS`: "By", "Von", "Par", "Por", …); the
byline is read as a byline is read anywhere (`authors.parse_byline`), the dateline as
`dateline.parse_dateline` reads one. Where the byline ends is told by the dateline that
follows: the first word from which a dateline parses whose place the gazetteer knows, or
is in capitals after a byline that is not (the case boundary of "Jane Doe MOSCOW"), and
before which every word is a name, a word for "and" or a listed agency. A sentence that
opens with "By" ("By Tuesday the Senate…", "Par ailleurs, …") names no one, and stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from newsclean.metadata.authors import (
    AND_WORDS,
    BY_WORDS,
    ROLE_OR_TITLE_WORDS,
    parse_byline,
)
from newsclean.model import BIDI_MARKS
from newsclean.normalize.agencies import canonical_agency
from newsclean.normalize.dateline import MAX_HEAD, DatelineMatch, parse_dateline
from newsclean.normalize.gazetteer import is_place

MAX_BYLINE_WORDS = 12
"""Words of a byline before the dateline: two or three names, an agency and a title."""
MAX_DESK_WORDS = 3
"""An agency's desk after a name: its acronym and a title's words ("AP Business Writer")."""
_SPACE = re.compile(r"\s{1,3}(?=\S)")
_NAME_WORD = re.compile(r"[^\W\d_][\w.'’-]*")


@cache
def _by_word() -> re.Pattern[str]:
    """The by-word opening the line, any of `BY_WORDS`: those that are also names'
    particles inside a line ("di", "av") open a byline at its start ("di Mario Rossi",
    Swedish "Av Anna Svensson")."""
    words = "|".join(re.escape(w) for w in BY_WORDS)
    return re.compile(rf"(?:{words}):?\s{{1,3}}(?=[^\W\d_])", re.IGNORECASE)


@dataclass(frozen=True)
class BylinedDateline:
    """The byline opening a line, and the dateline after it."""

    byline: str
    """The byline as on the page, whitespace runs collapsed ("By Jane Doe")."""
    match: DatelineMatch
    """The dateline after it, and the paragraph's rest."""
    names: list[str] = field(default_factory=list)
    agency: str | None = None
    """The canonical agency the byline names ("Jane Doe, Associated Press" -> AP)."""


def _byline_people(text: str) -> tuple[list[str], str | None] | None:
    """The names and the agency of a byline without its by-word, if it holds nothing else:
    every word is a name's, a word for "and", a title's ("Senior Writer"), or of one listed
    agency or its desk ("AP Business Writer"); or the agency alone ("The Associated
    Press"), which signs a story no writer does."""
    byline = parse_byline([text])
    if not byline.names:  # "By The Associated Press": the wire's unsigned story
        agency = canonical_agency(text)
        return ([], agency) if agency else None
    left = _NAME_WORD.findall(text)
    for name in byline.names:
        for word in _NAME_WORD.findall(name):
            lowered = [w.casefold() for w in left]
            if word.casefold() in lowered:
                del left[lowered.index(word.casefold())]
    left = [w for w in left if w not in AND_WORDS]
    rest = [w for w in left if w.casefold() not in ROLE_OR_TITLE_WORDS]
    desk = len(rest) < len(left) <= MAX_DESK_WORDS and canonical_agency(rest[0] if rest else "")
    if not rest or canonical_agency(" ".join(left)) or canonical_agency(" ".join(rest)) or desk:
        return byline.names, byline.agency
    return None


def _known(match: DatelineMatch, _byline: str) -> bool:
    """Whether the dateline's places are known to the gazetteer, or it is a listed agency
    alone ("By Jane Doe (Reuters) - …")."""
    dateline = match.dateline
    if not dateline.locations:
        return canonical_agency(dateline.agency) is not None
    return all(is_place(loc.split(",")[0].strip()) for loc in dateline.locations)


def _capitals_after(match: DatelineMatch, byline: str) -> bool:
    """Whether the dateline's places are in capitals after a byline that is not: the case
    boundary of "Jane Doe DEKALB, Ill. —", where the gazetteer lacks the place."""
    letters = [c for loc in match.dateline.locations for c in loc if c.isalpha()]
    last = _NAME_WORD.findall(byline)[-1:]
    return bool(letters and last) and all(c.isupper() for c in letters) and not last[0].isupper()


def parse_bylined_dateline(paragraph: str, *, first: bool = False) -> BylinedDateline | None:
    """The byline and the dateline opening `paragraph` ("By Jane Doe MOSCOW (Reuters) -"),
    the paragraph's rest in the dateline's match; None unless both are there. `first` as
    for `parse_dateline`. A dateline whose place the gazetteer knows is preferred to one in
    capitals ("By Jane Doe AP NEW YORK (AP) —": the place is NEW YORK, not AP NEW YORK)."""
    paragraph = paragraph.lstrip(BIDI_MARKS)
    by = _by_word().match(paragraph)
    if by is None:
        return None
    head = paragraph[:MAX_HEAD]
    found: list[tuple[str, DatelineMatch]] = []
    for n, space in enumerate(_SPACE.finditer(head, by.end())):
        if n >= MAX_BYLINE_WORDS:
            break
        rest = paragraph[space.end() :]
        if not rest[:1].isupper() and not rest.startswith(("(", "（")):
            continue
        match = parse_dateline(rest, first=first)
        if match is not None:
            found.append((head[: space.start()], match))
    for vouched in (_known, _capitals_after):
        for byline, match in found:
            if not vouched(match, byline):
                continue
            names, repeated = _less_repeated_agency(byline[by.end() :], match)
            people = _byline_people(names)
            if people is not None:
                return BylinedDateline(
                    " ".join(byline.split()), match, people[0], people[1] or repeated
                )
    return None


def _less_repeated_agency(byline: str, match: DatelineMatch) -> tuple[str, str | None]:
    """The byline without a last word naming the agency its dateline names, and that
    agency: "By JANE DOE AP WASHINGTON (AP) —" signs Jane Doe of AP. In capitals any word
    may be an acronym or a name; the one the dateline repeats is the wire."""
    agency = canonical_agency(match.dateline.agency or "")
    head, _, last = byline.rstrip().rpartition(" ")
    if agency and head.strip(" ,") and canonical_agency(last.strip(",")) == agency:
        return head.rstrip(" ,"), agency
    return byline, None
