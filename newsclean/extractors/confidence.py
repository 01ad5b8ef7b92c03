"""Confidence estimates shared by adapters whose libraries give none."""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.model import Block, BlockKind

# Articles under ~40 words are rare; bodies of 250+ words in prose paragraphs are what an
# adapter returns when it found the article. Between those, confidence rises linearly.
MIN_WORDS = 40
FULL_WORDS = 250


def length_confidence(blocks: Sequence[Block]) -> float:
    """A 0-1 confidence from how much prose (not lists or headings) was returned."""
    prose = sum(
        len(b.text.split()) for b in blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE)
    )
    if prose <= MIN_WORDS:
        return round(0.3 * prose / MIN_WORDS, 3)
    return round(min(1.0, 0.3 + 0.6 * (prose - MIN_WORDS) / (FULL_WORDS - MIN_WORDS)), 3)
