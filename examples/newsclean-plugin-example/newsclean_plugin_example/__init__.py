"""`p-container`: the paragraphs of the element holding the most paragraph text.

A newsclean plug-in is a class (or factory) with a `name` and a pure `extract(doc)` that
reads the shared parsed page `doc.tree` (never modifying it) and returns a `Candidate`.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from newsclean.document import Document
from newsclean.extractors.base import Candidate
from newsclean.model import Block

MIN_WORDS = 4
"""Paragraphs shorter than this ("Share", "Advertisement") are not counted or kept."""


def _text(p: HtmlElement) -> str:
    return " ".join(p.text_content().split())


class ParagraphContainer:
    """Keeps the paragraphs of the parent with the most paragraph words."""

    name = "p-container"

    def __init__(self, min_words: int = MIN_WORDS) -> None:
        self.min_words = min_words

    def extract(self, doc: Document) -> Candidate:
        words: dict[HtmlElement, int] = {}
        total = 0
        for p in doc.tree.iter("p"):
            n = len(_text(p).split())
            parent = p.getparent()
            if n >= self.min_words and parent is not None:
                words[parent] = words.get(parent, 0) + n
                total += n
        if not words:
            return Candidate(extractor=self.name)
        best = max(words, key=words.__getitem__)
        blocks = tuple(
            Block(text=_text(p))
            for p in best.iterchildren("p")
            if len(_text(p).split()) >= self.min_words
        )
        # Confidence: the share of the page's paragraph text that this one element holds.
        return Candidate(extractor=self.name, blocks=blocks, confidence=words[best] / total)
