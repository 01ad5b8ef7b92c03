"""The data files of wire furniture, read once: agencies (`wires.json`) and phrases in
several languages (`wire_phrases.json`), both in ``newsclean/data/``.

Parsers build their patterns from these tables on first use; nothing here is keyed to one
agency, place or language.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any


@cache
def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("newsclean").joinpath("data", name).read_text(encoding="utf-8")
    )
    return data


def wires() -> list[dict[str, Any]]:
    """One row per wire service: name, aliases, country, language, kind."""
    rows: list[dict[str, Any]] = _load("wires.json")["wires"]
    return rows


def call_sign_pattern() -> str:
    """A broadcaster's call sign in the agency slot: ``KABC``, ``WCVB-TV``."""
    return str(_load("wires.json")["call_sign_pattern"])


def abbreviation_aliases() -> list[str]:
    """Aliases that also abbreviate other things ("DHA", "VNA"): they need a separator."""
    return [str(a) for a in _load("wires.json")["abbreviation_aliases"]]


def phrases(section: str) -> dict[str, Any]:
    """One section of `wire_phrases.json`, by language (its "about" note left out)."""
    table: dict[str, Any] = _load("wire_phrases.json")[section]
    return {k: v for k, v in table.items() if k != "about"}


def words(section: str) -> frozenset[str]:
    """Every word of a section of lists by language, casefolded."""
    return frozenset(w.casefold() for ws in phrases(section).values() for w in ws)


def alternation(items: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any one
    whitespace character (so the leftmost match is the longest phrase). Each phrase is
    matched composed (NFC) too: a casefolded list spells "ΐ" as three characters, which a
    page's "Μαΐου" (one) would not match under `re.IGNORECASE`."""
    listed = set(items)
    unique = sorted(listed | {unicodedata.normalize("NFC", s) for s in listed},
                    key=lambda s: (-len(s), s))
    return "|".join(re.escape(s).replace(r"\ ", r"\s") for s in unique)
