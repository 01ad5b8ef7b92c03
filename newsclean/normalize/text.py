"""Text measures shared by the normalisation passes and the metadata readers."""

from __future__ import annotations

import re
import unicodedata


def more_words_than(text: str, limit: int) -> bool:
    """True when `text` has more than `limit` whitespace-separated words.

    Splits no further than `limit` words: most blocks asked about are long paragraphs, and
    `len(text.split(None, limit))` is `min(words, limit + 1)`.
    """
    return len(text.split(None, limit)) > limit


class Words:
    """A case-insensitive pattern of lower-case words, searched faster in ASCII text.

    In ASCII text, IGNORECASE matching is matching the lower-cased text, which re does
    three to four times faster; other text ("ſ", "ı" and "K" match "s", "i" and "k") goes
    to the IGNORECASE pattern itself.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if pattern.pattern != pattern.pattern.lower() or not pattern.flags & re.IGNORECASE:
            raise ValueError("Words needs an IGNORECASE pattern written in lower case")
        self.pattern = pattern
        self._lower = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)

    def search(self, text: str) -> bool:
        """Whether the pattern occurs in `text` (read composed, NFC: a page written
        decomposed, "Ta\u0301c gia\u0309:", holds the listed "Tác giả:")."""
        if text.isascii():
            return self._lower.search(text.lower()) is not None
        return self.pattern.search(composed(text)) is not None


def composed(text: str) -> str:
    """`text` in Unicode's composed form (NFC), the form word lists are written in: a page
    written decomposed ("Ta\u0301c gia\u0309:") holds the listed "Tác giả:". Checked first
    (ASCII, then a C quick check), so text already composed is returned as it is."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
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
