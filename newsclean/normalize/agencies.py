"""News agencies (wire services): one canonical name per agency, recognised by one table.

The table is ``newsclean/data/wires.json`` (about 55 wires of the world, their aliases in
the scripts they use, press-release wires and the outlets that write datelines like an
agency). Adding an agency is adding a row there; no code is keyed to a single agency.

A regional desk or a joint credit names the agency before its slash or hyphen:
``dpa/lnw`` and ``dpa-AFX`` are dpa, ``AFP/dpa`` is AFP.
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.normalize.wiredata import (
    abbreviation_aliases,
    alternation,
    call_sign_pattern,
    wires,
)

_SPACES = re.compile(r"\s+")
_DESK = re.compile(r"\s?[/-]\s?[\w.]{1,12}$")
"""A desk or second agency after the agency: "/lnw", "-AFX", "/dpa"."""
MAX_ALIAS_CHARS = 60


@cache
def _aliases() -> dict[str, str]:
    """Casefolded alias -> canonical name."""
    table: dict[str, str] = {}
    for row in wires():
        for alias in (row["name"], *row["aliases"]):
            table.setdefault(_key(alias), row["name"])
    return table


@cache
def _as_written() -> dict[str, str]:
    """Alias as the table writes it -> canonical name."""
    return {alias: row["name"] for row in wires() for alias in (row["name"], *row["aliases"])}


def agency_as_written(text: str) -> str | None:
    """The canonical agency for an alias written exactly as the table writes it ("AP",
    "dpa", "Reuters"; not "Ap", a surname, nor "DPA"), else None: where nothing but the
    spelling tells an agency from a name ("By Jane Doe AP")."""
    return _as_written().get(text)


@cache
def _kinds() -> dict[str, str]:
    return {row["name"]: row["kind"] for row in wires()}


def _key(text: str) -> str:
    return _SPACES.sub(" ", text.strip(" .,-–—()/")).casefold()


def canonical_agency(text: str | None) -> str | None:
    """The canonical agency name for an alias ("Associated Press" -> "AP",
    "dpa/lnw" -> "dpa"), else None."""
    if not text or len(text) > MAX_ALIAS_CHARS:
        return None
    key = _key(text)
    found = _aliases().get(key)
    if found is None and "/" in key:
        found = _aliases().get(key.split("/", 1)[0].strip())
    if found is None:
        desk = _DESK.search(key)
        if desk:
            found = _aliases().get(key[: desk.start()])
    return found


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(_key(a) for a in abbreviation_aliases())


def is_abbreviation(alias: str) -> bool:
    """An alias that is also a common abbreviation ("Defence Housing Authority (DHA)"):
    in the agency slot it needs a separator, as a two-letter alias does."""
    return _key(alias) in _abbreviations()


def kind(name: str) -> str | None:
    """"agency", "outlet" or "pr" for a canonical name, else None."""
    return _kinds().get(name)


@cache
def alias_pattern() -> str:
    """A regex alternation of every alias (case as written in the table), longest first."""
    return alternation(a for row in wires() for a in (row["name"], *row["aliases"]))


@cache
def _call_sign() -> re.Pattern[str]:
    return re.compile(call_sign_pattern())


def is_call_sign(text: str) -> bool:
    """A broadcaster's call sign (``KABC``, ``WCVB-TV``): a station, not a listed wire."""
    return bool(_call_sign().fullmatch(text.strip()))
