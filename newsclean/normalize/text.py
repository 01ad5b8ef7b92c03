"""Text measures shared by the normalisation passes."""

from __future__ import annotations


def more_words_than(text: str, limit: int) -> bool:
    """True when `text` has more than `limit` whitespace-separated words.

    Splits no further than `limit` words: most blocks asked about are long paragraphs, and
    `len(text.split(None, limit))` is `min(words, limit + 1)`.
    """
    return len(text.split(None, limit)) > limit
