"""Signs that a block is a teaser of another page rather than this page's text.

A teaser (a "more stories" run beside the body, a listing's excerpt) is cut short: its text
ends in an ellipsis ("…", "...", "[…]") or in a short link that opens the rest ("more",
"Weiterlesen", "»"), and it seldom comes alone: a site repeats the headline-and-snippet
template for every story it advertises. Both signs are structural and hold in any language;
a list of such items is a list of cards, as one of linked headings is
(`rules.card_flags`): their prose is no evidence for the article's container, and those at
the edge of the kept story are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import lxml.etree
from lxml.html import HtmlElement

from newsclean.blocks import LINKED, Spans, TextBlock, block_spans, prose_edges
from newsclean.model import BlockKind
from newsclean.normalize.clutter import (
    MAX_CLUTTER_WORDS,
    MAX_TEASER_WORDS,
    is_call_to_action,
    starts_teasers,
)

ELLIPSIS_END = re.compile(r"(?:…|\.{3,})\s*[\]\)]?\s*$")
"""An ellipsis at the end, bare or in brackets ("…", "...", "[…]", "(...)")."""
MORE_LINK_WORDS = 3
"""Most words of a trailing link that opens the rest of a story ("Read more", "Lire la
suite", "»"): a longer link is a name or a title, not a "more" link."""
MIN_SNIPPET_WORDS = 5
"""Words the block must hold besides its trailing link: a lone "more" link is no teaser."""
FOOTNOTE_MARK = re.compile(r"[\s\d,.;:()\[\]*†‡§-]*")
"""A link of digits and marks only ("7", "[12]", "3,22"): a footnote reference, not a
"more" link."""
LINK_DEPTH = 4
"""Inline elements walked down from a block's element to its last link (`<li><span><a>`)."""


def _last_link(el: HtmlElement) -> HtmlElement | None:
    """The link that ends the element's text, with no text after it: the last child, its
    last child and so on, down `LINK_DEPTH` levels (comments and tails checked on the way)."""
    node = el
    for _ in range(LINK_DEPTH):
        last = next(node.iterchildren(lxml.etree.Element, reversed=True), None)
        if last is None:
            return None
        if (last.tail or "").strip():
            return None
        if last.tag == "a":
            return last
        node = last
    return None


def _more_link(block: TextBlock) -> bool:
    """Whether the block ends in a short link that its own text leads up to."""
    if not block.link_chars or block.words < MIN_SNIPPET_WORDS:
        return False
    link = _last_link(block.element)
    if link is None:
        return False
    text = link.text_content()
    words = text.split()
    if not words or len(words) > MORE_LINK_WORDS or block.words - len(words) < MIN_SNIPPET_WORDS:
        return False
    if FOOTNOTE_MARK.fullmatch(text):
        return False
    return block.text.rstrip().endswith(words[-1])


def truncated(block: TextBlock) -> bool:
    """Whether the block's text is cut short: an ellipsis at its end or a "more" link."""
    return ELLIPSIS_END.search(block.text[-8:]) is not None or _more_link(block)


def teaser_line(block: TextBlock) -> bool:
    """Whether the block is a line that links to another page and is cut short
    (`truncated`: the headline and its opening in one line, or an opening that ends in a
    "more" link). In a list item it makes the item a card (`rules.card_flags`): a story's
    own list items end in full sentences, a "more stories" list's lines stop mid-sentence.
    (A description in its own paragraph under a linked name is a listing's item as often,
    and is left to the scorer.)"""
    return bool(block.link_chars) and truncated(block)


def teaser_boxes(
    blocks: Sequence[TextBlock], keep: Sequence[bool],
    spans: Spans | None = None,
) -> list[int]:
    """Kept blocks of a box of teasers set inside or beside the story: an element whose
    first block calls to related stories ("Related", "Lire aussi", "관련기사", "यह भी पढ़ें":
    `clutter.starts_teasers`, `clutter.is_call_to_action`) and whose other blocks are all
    short linked lines (`MAX_TEASER_WORDS`). The learned scorer keeps such lines between
    kept paragraphs (a box of two links inside the body reads as two short lines of it);
    the heading and the links say what the box is, in any language the lists cover.
    `spans`: the blocks' `block_spans`, where the caller has them."""
    out: set[int] = set()
    for i, block in enumerate(blocks[:-1]):
        # the cheap tests first: a short unlinked block (a heading, a label) followed by a
        # teaser's title, then the wording
        if block.words > MAX_CLUTTER_WORDS or block.link_density >= LINKED or not (
            _teaser_title(blocks[i + 1])
        ) or not (starts_teasers(block.text) or is_call_to_action(block.text)):
            continue
        if spans is None:
            spans = block_spans(blocks)
        end = _box_end(blocks, spans, i, _all_teaser_titles)
        if end > i:
            out.update(j for j in range(i, end + 1) if keep[j])
    return sorted(out)


BOX_MIN_LINKS = 3
"""Linked lines a titled box needs to be a box of links (two may be a pair of sources)."""


def titled_boxes(
    blocks: Sequence[TextBlock], keep: Sequence[bool], spans: Spans | None = None,
) -> list[int]:
    """Kept lines of a box after the body whose title the scorer left out: their indices.

    A box of links after the story ("Upcoming events", "Similar jobs", "Mehr aus Berlin",
    or a title no word list holds) opens with a heading and holds only short lines
    (`MAX_TEASER_WORDS`), at least `BOX_MIN_LINKS` of them and half of them links. Where
    the scorer left the heading out, it judged the box; the lines it kept (a link title
    scores like a short line of the story beside it) go with their heading, when one of
    them is a link. A box inside the body, one whose heading was kept (a story's sources,
    a documentation page's "Further reading"), and a box of unlinked lines stay. The
    body ends at its last passage of prose (`blocks.prose_edges`). `spans`: the blocks'
    `block_spans`, where the caller has them (the density extractor's, read once a page:
    a box opening after the body's last passage has the same span in the page as in the
    tail, so the tail's own spans, a second walk of its chains, are not needed)."""
    edges = prose_edges(blocks, keep)
    if edges is None:
        return []
    last = edges[1]
    # the body's last passage, then what follows: a box after the body opens (and ends)
    # after the passage
    out: list[int] = []
    for i in range(last + 1, len(blocks) - 1):
        block = blocks[i]
        if keep[i] or block.kind is not BlockKind.HEADING or (
            block.link_density >= LINKED or block.words > MAX_CLUTTER_WORDS
        ):
            continue
        if spans is None:
            spans = block_spans(blocks)
        end = _box_end(blocks, spans, i, _mostly_links)
        lines = [j for j in range(i + 1, end + 1) if keep[j]]
        if any(blocks[j].link_density >= LINKED for j in lines):
            out.extend(lines)
    return out


def _box_end(
    blocks: Sequence[TextBlock],
    spans: Spans,
    first: int,
    fits: Callable[[Sequence[TextBlock]], bool],
) -> int:
    """The last block of the widest element that opens with block `first` and whose other
    blocks all `fits`; `first` itself when none does. The block's own element is such an
    element too when the block is only its leading text: a label written straight into
    the box (`<div><b>Read also</b><ul>…</ul></div>`) opens the box as a heading does."""
    end = first
    own, *above = blocks[first].ancestors
    if spans[own][1] == first:
        own = None  # the block's own element holds no other block: not a box
    for el in [own, *above] if own is not None else above:
        start, last = spans[el]
        if start != first or not fits(blocks[first + 1 : last + 1]):
            break
        end = last
    return end


def _all_teaser_titles(lines: Sequence[TextBlock]) -> bool:
    return all(map(_teaser_title, lines))


def _mostly_links(lines: Sequence[TextBlock]) -> bool:
    """Short lines only, at least `BOX_MIN_LINKS` and half of them links."""
    if not all(b.words <= MAX_TEASER_WORDS for b in lines):
        return False
    links = sum(b.link_density >= LINKED for b in lines)
    return links >= BOX_MIN_LINKS and 2 * links >= len(lines)


def _teaser_title(block: TextBlock) -> bool:
    return block.link_density >= LINKED and block.words <= MAX_TEASER_WORDS

