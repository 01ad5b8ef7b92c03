"""newsclean's own extractor: text-density and link-density block classification.

Three pure passes over the blocks of `newsclean.blocks.segment`, in the manner of jusText:
a context-free pass labels each block from its own features, a container pass finds the
element that holds most of the good text, and a context pass relabels short blocks from
their neighbours. Every threshold is a named field of `DensityParams`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from lxml.html import HtmlElement

from newsclean.blocks import TextBlock, segment, to_blocks
from newsclean.document import Document
from newsclean.extractors.base import Candidate
from newsclean.model import BlockKind

# Class/id words of boilerplate containers (readability's unlikely-candidates, widened).
NEGATIVE_HINTS = re.compile(
    r"comment|meta|footer|footnote|foot|nav|menu|sidebar|side-bar|widget|share|social|"
    r"related|recommend|promo|advert|\bad\b|ads|sponsor|newsletter|subscribe|popular|"
    r"trending|breadcrumb|cookie|consent|modal|popup|masthead|banner|tags|byline|author|"
    r"caption|credit|paywall|outbrain|taboola|teaser|more-stories|read-more"
)
POSITIVE_HINTS = re.compile(
    r"article|body|content|entry|post|story|text|main|blog|prose|rich-text"
)


class Label(StrEnum):
    GOOD = "good"
    NEAR_GOOD = "near-good"
    SHORT = "short"
    BAD = "bad"


@dataclass(frozen=True)
class DensityParams:
    """Thresholds of the density classifier; defaults tuned on the AEB development pages."""

    max_link_density: float = 0.33
    """Blocks whose linked text share exceeds this are navigation."""
    good_min_words: int = 25
    """A prose block with at least this many words is good on its own."""
    short_max_words: int = 8
    """Blocks this short are judged by their neighbours only."""
    ancestor_decay: float = 0.5
    """Share of a block's score passed to each further ancestor."""
    ancestor_depth: int = 4
    """How many ancestors receive a block's score."""


def classify(block: TextBlock, params: DensityParams) -> Label:
    """Context-free label of one block from its own features."""
    if block.link_density > params.max_link_density:
        return Label.BAD
    if block.words <= params.short_max_words and block.kind is not BlockKind.HEADING:
        return Label.SHORT
    if block.words >= params.good_min_words and block.punctuation >= 1:
        return Label.GOOD if not NEGATIVE_HINTS.search(block.hints) else Label.NEAR_GOOD
    if NEGATIVE_HINTS.search(block.hints):
        return Label.BAD
    return Label.NEAR_GOOD


def find_container(
    blocks: list[TextBlock], labels: list[Label], params: DensityParams
) -> HtmlElement | None:
    """The element whose subtree holds the most good text, with decayed ancestor credit."""
    scores: dict[HtmlElement, float] = defaultdict(float)
    for block, label in zip(blocks, labels, strict=True):
        if label is not Label.GOOD:
            continue
        weight = float(min(block.words, 200))
        for anc in block.ancestors[1 : 1 + params.ancestor_depth]:
            scores[anc] += weight
            weight *= params.ancestor_decay
    if not scores:
        return None
    return max(scores, key=lambda el: scores[el])


def _inside(block: TextBlock, container: HtmlElement) -> bool:
    return container in block.ancestors


def revise(
    blocks: list[TextBlock], labels: list[Label], container: HtmlElement | None
) -> list[bool]:
    """Context pass: keep good blocks in the container and the short ones between them."""
    keep = [False] * len(blocks)
    if container is None:
        return keep
    for i, (block, label) in enumerate(zip(blocks, labels, strict=True)):
        if not _inside(block, container) or label is Label.BAD:
            continue
        keep[i] = label in (Label.GOOD, Label.NEAR_GOOD)
    # Short blocks and headings survive between kept neighbours.
    for i, (block, label) in enumerate(zip(blocks, labels, strict=True)):
        if keep[i] or label is Label.BAD or not _inside(block, container):
            continue
        before = any(keep[j] for j in range(max(0, i - 2), i))
        after = any(keep[j] for j in range(i + 1, min(len(blocks), i + 3)))
        keep[i] = before and after
    return keep


def confidence(blocks: list[TextBlock], labels: list[Label], keep: list[bool]) -> float:
    """Share of the page's good text that was kept, scaled by the body's length."""
    good_total = sum(b.words for b, lab in zip(blocks, labels, strict=True) if lab is Label.GOOD)
    kept_good = sum(
        b.words
        for b, lab, k in zip(blocks, labels, keep, strict=True)
        if k and lab is Label.GOOD
    )
    if not good_total:
        return 0.0
    coverage = kept_good / good_total
    length = min(1.0, kept_good / 250)
    return round(coverage * (0.4 + 0.6 * length), 3)


class DensityExtractor:
    """Block classifier on text and link density; reads the shared tree without copying."""

    name = "density"

    def __init__(self, params: DensityParams | None = None) -> None:
        self.params = params or DensityParams()

    def extract(self, doc: Document) -> Candidate:
        blocks = segment(doc.tree)
        labels = [classify(b, self.params) for b in blocks]
        container = find_container(blocks, labels, self.params)
        keep = revise(blocks, labels, container)
        kept = [b for b, k in zip(blocks, keep, strict=True) if k]
        return Candidate(
            extractor=self.name,
            blocks=tuple(to_blocks(kept)),
            confidence=confidence(blocks, labels, keep),
            details={"labels": [lab.value for lab in labels], "keep": keep},
        )
