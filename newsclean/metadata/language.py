"""The page's declared language, checked against the script its own text is written in.

Templates declare one language for a whole multilingual site (`<html lang="en">` on a
Korean story) or keep a theme's default. The check needs no language model: a declared
language whose script the title and description do not use is wrong. Another declaration
of the page in the right script then wins; failing that, a script written by one language
only (Hangul, kana, Greek, Hebrew, Thai, ...) names it; otherwise the language is unknown.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

SCRIPT_LANGUAGES: dict[str, frozenset[str]] = {
    "LATIN": frozenset(),  # most languages: any but those of other scripts (`fits`)
    "CYRILLIC": frozenset(
        ["ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg", "ba", "tt", "cv", "ce"]
    ),
    "ARABIC": frozenset(["ar", "fa", "ur", "ps", "ku", "sd", "ug", "ks"]),
    "HEBREW": frozenset(["he", "iw", "yi"]),
    "GREEK": frozenset({"el"}),
    "HANGUL": frozenset({"ko"}),
    "HIRAGANA": frozenset({"ja"}),
    "KATAKANA": frozenset({"ja"}),
    "CJK": frozenset(["zh", "ja", "ko", "yue"]),
    "THAI": frozenset({"th"}),
    "DEVANAGARI": frozenset(["hi", "mr", "ne", "sa"]),
    "BENGALI": frozenset({"bn", "as"}),
    "GEORGIAN": frozenset({"ka"}),
    "ARMENIAN": frozenset({"hy"}),
    "TAMIL": frozenset({"ta"}),
    "ETHIOPIC": frozenset({"am", "ti"}),
}
"""Scripts (as the first word of Unicode character names) and the languages written in
them; Latin is left open."""
MIN_LETTERS = 12
"""Fewer letters than this decide nothing."""
MIN_SHARE = 0.5
"""Share of the letters a script needs to be the text's."""


def script_of(text: str) -> str | None:
    """The script most of the text's letters are in (a key of `SCRIPT_LANGUAGES`)."""
    counts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            word = name.split(" ", 1)[0]
            counts["CJK" if word == "CJK" else word] += 1
    total = sum(counts.values())
    if total < MIN_LETTERS:
        return None
    script, count = counts.most_common(1)[0]
    return script if count / total >= MIN_SHARE and script in SCRIPT_LANGUAGES else None


LATIN_TOO = frozenset({"sr", "ku", "kk", "uz", "az", "tt", "mn"})
"""Languages of other scripts that are written in Latin letters too."""
NOT_LATIN = frozenset().union(*SCRIPT_LANGUAGES.values()) - LATIN_TOO


def fits(tag: str, script: str | None) -> bool:
    """Whether a BCP 47 tag's language is written in the script (unknown scripts fit)."""
    if script is None:
        return True
    primary = tag.split("-", 1)[0].lower()
    if script == "LATIN":
        return primary not in NOT_LATIN
    return primary in SCRIPT_LANGUAGES[script]


def checked(declared: list[str], text: str) -> str | None:
    """The first declared tag whose language the text's script fits; else the language of
    a script only one language writes; else None. With too little text, the first tag."""
    script = script_of(text)
    for tag in declared:
        if fits(tag, script):
            return tag
    if script is not None and len(SCRIPT_LANGUAGES[script]) == 1:
        return next(iter(SCRIPT_LANGUAGES[script]))
    if script in {"HIRAGANA", "KATAKANA"}:
        return "ja"
    return None
