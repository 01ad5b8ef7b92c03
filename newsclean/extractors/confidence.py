"""Confidence estimates shared by adapters whose libraries give none."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from lxml.html import HtmlElement

from newsclean.blocks import TextBlock
from newsclean.document import Document
from newsclean.metadata.sources import page_of
from newsclean.model import Block, BlockKind
from newsclean.stoplists import word_count
from newsclean.structure import ITEM_TAGS

# Articles under ~40 words are rare; bodies of 250+ words in prose paragraphs are what an
# adapter returns when it found the article. Between those, confidence rises linearly.
MIN_WORDS = 40
FULL_WORDS = 250


def length_confidence(blocks: Sequence[Block]) -> float:
    """A 0-1 confidence from how much prose (not lists or headings) was returned, in words
    as segmentation counts them (`newsclean.stoplists.word_count`: text without spaces is
    counted by its characters, else a Japanese body of 500 characters is 12 "words")."""
    prose = sum(
        word_count(b.text) for b in blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE)
    )
    if prose <= MIN_WORDS:
        return round(0.3 * prose / MIN_WORDS, 3)
    return round(min(1.0, 0.3 + 0.6 * (prose - MIN_WORDS) / (FULL_WORDS - MIN_WORDS)), 3)


DECLARED_COVER = 0.5
"""Share of the page's declared body under which the kept text is a fragment of it."""
DECLARED_MIN_WORDS = 100
"""Words a declared body needs to count as evidence (short ones are summaries)."""


def declared_body_words(doc: Document) -> int:
    """Words of the longest body the page declares for itself: schema.org `articleBody` in
    its JSON-LD. Paywalled sites put the whole story there for search engines while the
    page shows a teaser; elsewhere it repeats the visible body. 0 when none is declared."""
    bodies = (obj.get("articleBody") for obj in page_of(doc).jsonld.objects)
    return max((word_count(b) for b in bodies if isinstance(b, str)), default=0)


def declared_cover(doc: Document, kept_words: int) -> float:
    """How much of the page's declared body (`declared_body_words`) `kept_words` cover,
    0-1; 1.0 when the page declares none or the kept text covers at least `DECLARED_COVER`
    of it. A confidence capped by it falls when the kept text is a fragment of the story
    the page says it holds, so the chain tries another extractor."""
    declared = declared_body_words(doc)
    if declared < DECLARED_MIN_WORDS or kept_words >= DECLARED_COVER * declared:
        return 1.0
    return round(kept_words / declared, 3)


SECTION_COVER = 0.5
"""Share of its own section's text under which a short answer is a fragment of it: the
dropped blocks beside the kept ones outweigh them."""


def _section(el: HtmlElement) -> HtmlElement | None:
    """The element whose children are `el`'s section: its parent, or for a list item the
    list's parent, since a list is one part of its section (a description's paragraph and
    the list of details under it are one text, and keeping the list alone is a fragment)."""
    parent = el.getparent()
    if el.tag in ITEM_TAGS and parent is not None:
        return parent.getparent()
    return parent


def section_cover(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> float:
    """How much of the text of its own section a short answer covers, 0-1: the kept words
    over the words of every block whose element shares a section (`_section`: its parent,
    a list's parent for an item) with a kept block's.
    1.0 when the answer has `FULL_WORDS` or more (a body of that size is what an extractor
    returns when it found the article; on the tune halves, longer answers that are a
    minority of their section are forums and long pages where the rest is rightly left),
    or when it covers at least `SECTION_COVER`.

    A lead paragraph kept while the paragraphs after it in the same element are dropped
    (lists of linked names, a run of short lines the scorer reads as navigation) is a
    fragment of its story: the density extractor's confidence is multiplied by this, so
    that the chain's fallback runs and the more confident answer wins."""
    kept_words = sum(b.words for b, k in zip(blocks, keep, strict=True) if k)
    if not kept_words or kept_words >= FULL_WORDS:
        return 1.0
    sections = {_section(b.element) for b, k in zip(blocks, keep, strict=True) if k}
    sections.discard(None)
    section_words = sum(b.words for b in blocks if _section(b.element) in sections)
    cover = kept_words / max(section_words, kept_words)
    return 1.0 if cover >= SECTION_COVER else round(cover, 3)


def prose_cover(
    blocks: Sequence[TextBlock], keep: Sequence[bool], prose: Sequence[bool]
) -> float:
    """The share of the page's prose words (blocks flagged in `prose`: running text by
    their length, punctuation and stopwords, wherever they sit, furniture included) that
    the kept blocks hold, 0-1; 1.0 on a page without prose. Not a confidence: a body is
    often a minority of a page's prose (a thread's replies, a page of teasers), but an
    answer that leaves most of it out is worth a second opinion (`chain.FirstConfident`)."""
    total = sum(b.words for b, p in zip(blocks, prose, strict=True) if p)
    if not total:
        return 1.0
    kept = sum(b.words for b, p, k in zip(blocks, prose, keep, strict=True) if p and k)
    return round(kept / total, 3)


POSSIBLE = 0.1
"""Scorer probability from which a dropped block may still be main content: under it, the
scorer has ruled the block out (`fragment_reach`)."""


def fragment_reach(
    blocks: Sequence[TextBlock], keep: Sequence[bool], probabilities: Sequence[float]
) -> float:
    """How many times the kept words the text the scorer has not ruled out holds: the words
    of the kept blocks and of those at probability `POSSIBLE` or more, over the kept words
    (inf when nothing is kept). A fuller reading of the page than the answer (what
    `chain.FirstConfident` asks trafilatura for when the answer may be a fragment) needs
    text beyond it; when nearly all of that text is what the scorer is sure is not content,
    the fuller reading is the page's boilerplate, and asking for it is time spent for
    nothing."""
    kept = sum(b.words for b, k in zip(blocks, keep, strict=True) if k)
    if not kept:
        return float("inf")
    possible = sum(
        b.words for b, k, p in zip(blocks, keep, probabilities, strict=True)
        if k or p >= POSSIBLE
    )
    return round(possible / kept, 3)


def settled_f1(
    blocks: Sequence[TextBlock], keep: Sequence[bool], probabilities: Sequence[float],
    settled: Collection[int],
) -> float:
    """The word F1 the scorer's `probabilities` expect of the final `keep`, with the blocks
    in `settled` counted as content for sure (2·E[true kept words] / (kept words + E[true
    words]), as `block_model.expected_f1`). A pass that decides from the page's structure
    that some blocks are its text (a gallery's captions of prose, `galleries`) settles
    what the scorer doubted: its confidence, computed before the pass on what the scorer
    kept alone, says nothing of the answer given (0 when the scorer kept nothing)."""
    import numpy as np

    from newsclean.extractors.block_model import expected_f1

    p = np.array([1.0 if i in settled else q for i, q in enumerate(probabilities)])
    words = np.array([max(b.words, 1) for b in blocks], dtype=np.float64)
    return expected_f1(p, words, np.array(keep, dtype=bool))
