"""Text measures shared by the normalisation passes and the metadata readers."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsclean.document import is_composed

_WORD = re.compile(r"\w+")


def word_key(text: str) -> str:
    """The text's words, casefolded, one space apart: what two texts are compared by when
    markup, punctuation, spacing and case do not count (a quote against the passage it
    copies, a title's segment against the page's lines)."""
    return " ".join(_WORD.findall(text.casefold()))


def more_words_than(text: str, limit: int) -> bool:
    """True when `text` has more than `limit` whitespace-separated words.

    Splits no further than `limit` words: most blocks asked about are long paragraphs, and
    `len(text.split(None, limit))` is `min(words, limit + 1)`.
    """
    return len(text.split(None, limit)) > limit


def is_han(char: str) -> bool:
    """A Han character (CJK ideographs and their extension A): the script of Chinese names
    and places, and of Japanese ones beside kana."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


_PARTNERED = "\u0130\u0131\u017f\u212a"
"""The only non-ASCII letters re's IGNORECASE matches to ASCII ones (every code point
checked): İ and ı match "i", ſ "s", the Kelvin sign "k"..."""
_ASCII_PARTNERS = str.maketrans(dict(zip(_PARTNERED, "iisk", strict=True)))
"""...so in ASCII text each is its partner."""
_ESCAPED_LETTER = re.compile(r"\\(?:[xuUN]|0|[0-7]{3})|\(\?-[a-zA-Z]*i")
"""Escapes that can name a letter of either case ("\\x41", "\\u0130"), and a part that
turns IGNORECASE off: what a source's lower-case letters do not show."""
_ESCAPE = re.compile(r"\\.")
_RANGE = re.compile(r"(?=([^\\])-([^\]]))")
"""Whatever may be a range of a character class ("a-z"), read at every hyphen."""


def _written_lower_case(pattern: re.Pattern[str]) -> bool:
    """Whether every letter `pattern` can match is written in lower case, outside escapes
    (`\\W`, `\\S` and `\\D` are classes, whatever their case), and no range holds a
    letter with an ASCII partner (`_ASCII_PARTNERS`: "[a-ſ]" would match "S")."""
    source = pattern.pattern
    bare = _ESCAPE.sub("", source)
    return (
        bare == bare.lower()
        and _ESCAPED_LETTER.search(source) is None
        and not any(
            low <= letter <= high for low, high in _RANGE.findall(source) for letter in _PARTNERED
        )
    )


class CaseBlind:
    """A case-insensitive pattern written in lower case, matched faster in ASCII text.

    In ASCII text, IGNORECASE matching is matching the lower-cased text, which re does
    two to four times faster (an alternation's branches are skipped by their first
    letter), with the pattern's letters that match ASCII ones ("ı" matches "I") written as
    those; other text goes to the IGNORECASE pattern itself. A match in ASCII text is one
    in the lower-cased text: its positions are the text's, its groups are in lower case.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if not pattern.flags & re.IGNORECASE or not _written_lower_case(pattern):
            raise ValueError(f"not an IGNORECASE pattern written in lower case: {pattern}")
        self.pattern = pattern
        self._lower = re.compile(
            pattern.pattern.translate(_ASCII_PARTNERS), pattern.flags & ~re.IGNORECASE
        )

    def match(self, text: str) -> re.Match[str] | None:
        """`pattern.match(text)`, in lower case in ASCII text."""
        if text.isascii():
            return self._lower.match(text.lower())
        return self.pattern.match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """`pattern.fullmatch(text)`, in lower case in ASCII text."""
        if text.isascii():
            return self._lower.fullmatch(text.lower())
        return self.pattern.fullmatch(text)

    def search(self, text: str) -> re.Match[str] | None:
        """`pattern.search(text)`, in lower case in ASCII text."""
        if text.isascii():
            return self._lower.search(text.lower())
        return self.pattern.search(text)


WORDS_KEPT = 4096
"""Texts whose answer each `Words` keeps (the least recently asked go first)."""


class Words:
    """A case-blind pattern of words (`CaseBlind`), searched in text read composed (NFC):
    a page written decomposed, "Ta\u0301c gia\u0309:", holds the listed "Tác giả:".

    `stems`: lower-case strings of which every match holds one, looked for first in the
    lower-cased text (a C scan each): a text that holds none is not searched. Lower-casing
    keeps every position (but for "İ") and matches what IGNORECASE matches, but for the
    letters with an ASCII partner (`_ASCII_PARTNERS`): a text that holds one is searched.
    """

    def __init__(self, pattern: re.Pattern[str], stems: tuple[str, ...] = ()) -> None:
        if any(stem != stem.lower() for stem in stems):
            raise ValueError("stems are written in lower case")
        self.pattern = pattern
        self.stems = stems
        self._blind = CaseBlind(pattern)
        self._answer = lru_cache(maxsize=WORDS_KEPT)(self._search)

    def search(self, text: str) -> bool:
        """Whether the pattern occurs in `text`, read composed. Kept per text: the same
        class names and labels come back from element to element and page to page."""
        return self._answer(text)

    def _search(self, text: str) -> bool:
        text = composed(text)
        if self.stems and not self._may_hold(text):
            return False
        return self._blind.search(text) is not None

    def _may_hold(self, text: str) -> bool:
        """Whether `text` (composed) holds one of the stems, or may hold one in letters
        only IGNORECASE reads as theirs ("ı" for "i")."""
        if not text.isascii() and any(letter in text for letter in _PARTNERED):
            return True
        lowered = text.lower()
        return any(stem in lowered for stem in self.stems)


def composed(text: str) -> str:
    """`text` in Unicode's composed form (NFC), the form word lists are written in: a page
    written decomposed ("Ta\u0301c gia\u0309:") holds the listed "Tác giả:". Checked first
    (`is_composed`), so text already composed is returned as it is."""
    if is_composed(text):
        return text
    return unicodedata.normalize("NFC", text)


_FOLDED_MARKS = re.compile("[\u0300-\u036f\u064b-\u0652\u0670]+")
"""Combining accents (Latin, Greek tonos), Arabic short vowels and tanween: marks a
writer may or may not put on a letter, and Greek capitals drop."""


def fold(text: str) -> str:
    """`text` without its optional marks (`_FOLDED_MARKS`), ё as е: what a word list and a
    page's text are compared in, so that "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ" (Greek capitals drop their
    accents) matches "Διαβάστε επίσης", "Читайте ещё" "Читайте еще", "اقرأ أيضًا" "اقرأ أيضاً",
    and a page written in decomposed Unicode the lists' composed words. ASCII text is
    returned as it is."""
    if text.isascii():
        return text
    bare = _FOLDED_MARKS.sub("", unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFC", bare.replace("ё", "е").replace("Ё", "Е"))
