"""Text measures shared by the normalisation passes and the metadata readers."""

from __future__ import annotations

import re


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
        """Whether the pattern occurs in `text`."""
        if text.isascii():
            return self._lower.search(text.lower()) is not None
        return self.pattern.search(text) is not None
