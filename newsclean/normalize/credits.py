"""Credit lines at the end of a story: ``(Reporting by A; Writing by B; Editing by C/D)``.

A credit line becomes a list of `Credit(role, names, places)`. `Credit.role` is one of
`ROLES`; the phrases that introduce each role are data (`ROLE_PHRASES`), so a new role is a
new line there. Names are split on ``;``, ``/``, ``,``, ``and`` and ``&``; ``in <Place>``
after a name goes to `places`.

Shapes recognised (any letter case):

- ``(Reporting by A; Writing by B; Editing by C/D)``, ``[Compiled by A]``
- ``Reporting by A in Tokyo and B in Seoul; Editing by C and D``
- ``Additional reporting by A``, ``Graphics by A``
- ``Associated Press writers A and B in Berlin contributed to this report.``
- ``Contributing: A, B``
- a credit line in parentheses closing the last paragraph: ``…he said. (Reporting by A)``

Every pattern is bounded and free of nested quantifiers; lines longer than `MAX_LINE`
characters are never credit lines and are not scanned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsclean.model import Credit

MAX_LINE = 600
"""Longest credit line considered; the longest Reuters credit lines run to about 300."""

MAX_NAME_WORDS = 5
"""Words of one name ("Maria Jose de la Cruz"); longer runs are prose, not credits."""

# phrase before "by" -> role; the documented role set is the set of values plus "contributed".
ROLE_PHRASES: dict[str, str] = {
    "additional reporting": "additional reporting",
    "additional writing": "additional writing",
    "reporting": "reporting",
    "reported": "reporting",
    "writing": "writing",
    "written": "writing",
    "editing": "editing",
    "edited": "editing",
    "compiled": "compiled",
    "compiling": "compiled",
    "graphics": "graphics",
    "graphic": "graphics",
    "additional research": "research",
    "research": "research",
    "translation": "translation",
    "translated": "translation",
    "production": "production",
    "produced": "production",
    "photography": "photography",
    "video": "video",
    "fact-checking": "fact-checking",
    "fact checking": "fact-checking",
}
ROLES: frozenset[str] = frozenset(ROLE_PHRASES.values()) | {"contributed"}
"""Every value `Credit.role` takes."""

_ROLE = re.compile(
    r"\b(?P<phrase>"
    + "|".join(re.escape(p).replace(r"\ ", r"\s") for p in sorted(ROLE_PHRASES, key=len)[::-1])
    + r")\s{1,3}by\b",
    re.IGNORECASE,
)
# "Associated Press writers", "AP reporter", "Staff writer", "Reuters correspondent".
_CONTRIBUTOR_TITLE = re.compile(
    r"(?:the\s)?(?:[A-Z][\w.&'-]{0,30}\s){0,3}?"
    r"(?:staff\s|news\s|video\s)?(?:writers?|reporters?|correspondents?|journalists?|"
    r"researchers?|photographers?)\s",
    re.IGNORECASE,
)
_CONTRIBUTED_TAIL = re.compile(
    r"contributed(?:\sreporting|\sresearch)?(?:\s(?:to|for|from)\s[\w ,]{1,40}?)?"
    r"(?:\s(?:to|for)\s(?:this|the)\s(?:report|story|article))?\s?[.!]?\s?",
    re.IGNORECASE,
)
_CONTRIBUTING = re.compile(r"(?:contributing|contributors?)\s?:\s?", re.IGNORECASE)
_SPLIT_NAMES = re.compile(r"\s?[;/,&]\s?|\sand\s|\bwith\s", re.IGNORECASE)
_PLACE = re.compile(r"\s(?:in|from)\s", re.IGNORECASE)
_REGION = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z][a-z]{1,5}\.")
_EDGE = " \t\n;,.:-–—"


def _is_name(text: str, *, any_case: bool = False) -> bool:
    """A person's or desk's name: a few words, capitalised, without sentence punctuation.

    `any_case` admits lower-case names, for lines whose shape alone proves them credits.
    """
    words = text.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS:
        return False
    first = words[0][0]
    if not first.isalpha() or (first.islower() and not any_case):
        return False
    return not any(c in text for c in '!?"“”:()[]{}')


def _is_place(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and words[0][:1].isupper() and not any(c in text for c in "!?()")


@dataclass
class _People:
    names: list[str]
    places: list[str]


def parse_names(text: str, *, any_case: bool = False) -> _People | None:
    """Names and places of one role: "A in Tokyo and B in Seoul" -> [A, B], [Tokyo, Seoul]."""
    if len(text) > MAX_LINE:
        return None
    names: list[str] = []
    places: list[str] = []
    after_place = False
    for raw in _SPLIT_NAMES.split(text):
        item = raw.strip(" \t\n;,:-–—")
        if not item:
            continue
        if after_place and _REGION.fullmatch(item):
            places[-1] = f"{places[-1]}, {item}"  # "in Washington, D.C."
            continue
        item = item.strip(_EDGE)
        name, place = item, None
        found = _PLACE.search(item)
        if found:
            name, place = item[: found.start()].strip(_EDGE), item[found.end() :].strip(_EDGE)
        if name and not _is_name(name, any_case=any_case):
            return None
        if place is not None and not _is_place(place):
            return None
        if name:
            names.append(name)
        if place and place not in places:
            places.append(place)
        after_place = bool(place)
    return _People(names, places) if names else None


def _unwrap(line: str) -> str:
    text = " ".join(line.split())
    for left, right in ("()", "[]", "{}"):
        if text.startswith(left) and text.endswith(right):
            return text[1:-1].strip()
    return text


def _role_credits(text: str, *, wrapped: bool) -> list[Credit] | None:
    matches = list(_ROLE.finditer(text))
    if not matches or text[: matches[0].start()].strip(_EDGE):
        return None
    # "(reporting by jan smith; editing by bob jones)": brackets or several roles make the
    # shape certain enough to accept names as written, lower case included.
    any_case = wrapped or len(matches) > 1
    credits: dict[str, Credit] = {}
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        people = parse_names(text[match.end() : end], any_case=any_case)
        if people is None:
            return None
        role = ROLE_PHRASES[" ".join(match.group("phrase").lower().split())]
        credit = credits.setdefault(role, Credit(role=role))
        credit.names.extend(n for n in people.names if n not in credit.names)
        credit.places.extend(p for p in people.places if p not in credit.places)
    return list(credits.values())


def _contributed(text: str) -> list[Credit] | None:
    head = text
    prefix = _CONTRIBUTING.match(head)
    if prefix:
        people = parse_names(head[prefix.end() :])
    else:
        at = head.lower().rfind("contributed")
        if at <= 0 or not _CONTRIBUTED_TAIL.fullmatch(head[at:]):
            return None
        head = head[:at]
        title = _CONTRIBUTOR_TITLE.match(head)
        people = parse_names(head[title.end() :] if title else head)
    if people is None:
        return None
    return [Credit(role="contributed", names=people.names, places=people.places)]


def parse_credit_line(line: str) -> list[Credit] | None:
    """The credits of a paragraph that is wholly a credit line; None for any other text."""
    if len(line) > MAX_LINE:
        return None
    text = _unwrap(line)
    if not text:
        return None
    wrapped = text != " ".join(line.split())
    return _role_credits(text, wrapped=wrapped) or _contributed(text)


def split_trailing_credits(paragraph: str) -> tuple[str, list[Credit]] | None:
    """A credit line in parentheses that closes a paragraph: "…he said. (Reporting by A)".

    Returns the paragraph without it and the credits, or None.
    """
    text = paragraph.rstrip()
    if not text.endswith((")", "]")):
        return None
    opening = "(" if text.endswith(")") else "["
    start = text.rfind(opening, max(0, len(text) - MAX_LINE))
    if start <= 0:
        return None
    credits = parse_credit_line(text[start:])
    if credits is None:
        return None
    return text[:start].rstrip(), credits
