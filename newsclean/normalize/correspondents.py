"""A Japanese paper's own correspondents: ``ワシントン＝山田太郎``, a place, a full-width
equals sign and the reporter's name.

Nikkei, Yomiuri and Asahi open a story filed abroad with it in lenticular brackets
(``【ワシントン＝山田太郎】``, two places ``【ワシントン＝A、北京＝B】``) and Asahi may close
one with it in brackets (``（ワシントン＝山田太郎）``). The place is one the gazetteer knows,
or a foreign place as Japanese writes every foreign name: in katakana (the gazetteer's
GeoNames snapshot lacks many, ``ワシントン`` among them), unless it is a label of a column
or a genre (``【インタビュー＝山田太郎】``, ``labels`` in ``wire_phrases.json``). The name is
a Japanese full name: a few ideographs, kana after them ("山田太郎", "山田さくら").

Shared by the dateline (`newsclean.normalize.dateline`) and the credit line
(`newsclean.normalize.credits`) parsers.
"""

from __future__ import annotations

from functools import cache

from newsclean.normalize.gazetteer import is_place
from newsclean.normalize.text import is_han
from newsclean.normalize.wiredata import words

EQUALS = "=＝"
SEPARATOR = "、"
"""Parts two correspondents: ``ワシントン＝A、北京＝B``."""
MAX_CORRESPONDENTS = 4
PLACE_CHARS = (2, 12)
"""Characters of a katakana place ("パリ", "ニューヨーク", "リオデジャネイロ")."""
NAME_CHARS = (2, 6)
"""Characters of a Japanese full name written without a space ("山田太郎", "佐藤さくら")."""


def _ideograph(char: str) -> bool:
    """A Han character, or the mark that repeats one ("佐々木")."""
    return is_han(char) or char == "々"


def _kana(char: str) -> bool:
    """Hiragana or katakana, not the middle dot that parts a label from a name
    ("聞き手・山田太郎", the interviewer)."""
    return "\u3040" <= char <= "\u30ff" and char != "・"


def is_reporter_name(name: str) -> bool:
    """A Japanese full name: `NAME_CHARS` ideographs or kana, an ideograph first."""
    low, high = NAME_CHARS
    return (
        low <= len(name) <= high
        and _ideograph(name[0])
        and all(_ideograph(c) or _kana(c) for c in name)
    )


@cache
def _labels() -> frozenset[str]:
    return words("labels")


def _katakana_place(place: str) -> bool:
    """A foreign place in katakana ("ワシントン", "サンパウロ"), not a genre's label."""
    low, high = PLACE_CHARS
    return (
        low <= len(place) <= high
        and all("\u30a0" <= c <= "\u30ff" for c in place)
        and place.casefold() not in _labels()
    )


def is_correspondent_place(place: str) -> bool:
    """A place a correspondent files from: known to the gazetteer, or foreign in katakana."""
    return is_place(place) or _katakana_place(place)


def correspondents(text: str) -> list[tuple[str, str]] | None:
    """(place, name) of each correspondent of ``ワシントン＝A、北京＝B``; a name after the
    separator without a place of its own shares the place before it
    (``ロンドン＝A、B``). None unless the whole text is that."""
    parts = text.split(SEPARATOR)
    if not 1 <= len(parts) <= MAX_CORRESPONDENTS:
        return None
    found: list[tuple[str, str]] = []
    for part in parts:
        place, equals, name = _partition(part)
        if not equals:
            if not found:
                return None
            place = found[-1][0]
        elif not is_correspondent_place(place):
            return None
        if not is_reporter_name(name):
            return None
        found.append((place, name))
    return found


def _partition(part: str) -> tuple[str, str, str]:
    """("place", "＝", "name") of one correspondent; ("", "", part) without a place."""
    for sign in EQUALS:
        place, equals, name = part.partition(sign)
        if equals:
            return place, equals, name
    return "", "", part
