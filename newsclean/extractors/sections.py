"""A heading the scorer keeps promises the headed parts under it.

On sites it never saw, the learned scorer sometimes keeps a section's heading ("FAQ",
"Questions and answers") and leaves out everything under it: each question and its answer
in a box of their own, read as a new template away from the body's paragraphs
(probabilities 0.15-0.45), while the rules, reading the container, kept them. A kept
heading with nothing kept under it is the scorer contradicting itself; which of the two
verdicts is wrong, the structure says. Over a plain run of paragraphs (references, an
author's bio, an inset, a disclaimer) it is as often the heading that is wrong, and the
sets' truths leave those out; over three or more plain sub-headings that the rules kept
(questions, the steps or parts of the section) the heading introduces them, and the
section's blocks the rules kept join it, unless the scorer all but ruled them out. A
section whose sub-headings link elsewhere is a grid of cards (teasers, resources), not
parts of the text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import lxml.etree

from newsclean.blocks import HEADING_TAGS, LINKED, TextBlock
from newsclean.extractors.container import class_key
from newsclean.model import BlockKind
from newsclean.normalize.clutter import starts_teasers


def after_rule(block: TextBlock) -> bool:
    """Whether the block's element comes right after a horizontal rule (`<hr>`, no text
    between): a thematic break, which ends a section where no element wraps it (a
    hand-made page's last section runs on into its `<hr>` and the maintainer's
    `<address>`)."""
    previous = next(block.element.itersiblings(lxml.etree.Element, preceding=True), None)
    return previous is not None and previous.tag == "hr" and not (previous.tail or "").strip()


def _under(blocks: Sequence[TextBlock], heading: int) -> Iterator[int]:
    """The indices of the blocks under a heading, in order: up to the next heading of its
    level or above, or to a horizontal rule."""
    level = blocks[heading].heading_level or 0
    for end in range(heading + 1, len(blocks)):
        other = blocks[end].heading_level
        if (other is not None and other <= level) or after_rule(blocks[end]):
            return
        yield end


def section_of(blocks: Sequence[TextBlock], heading: int) -> range:
    """The blocks under a heading (`_under`), as a range."""
    return range(heading + 1, heading + 1 + sum(1 for _ in _under(blocks, heading)))


def empty_sections(
    blocks: Sequence[TextBlock], keep: Sequence[bool]
) -> Iterator[tuple[int, range]]:
    """Each kept heading under which nothing is kept, with its section: the scorer
    contradicting itself, which the passes below settle by the section's structure. The
    walk under a heading stops at its first kept block: most kept headings have kept text
    right under them, and the rest of their section (to the next heading of their level:
    the whole page, under a page's title) was walked for nothing."""
    for i, block in enumerate(blocks):
        if block.heading_level is None or not keep[i]:
            continue
        end = i + 1
        for j in _under(blocks, i):
            if keep[j]:
                break
            end = j + 1
        else:
            yield i, range(i + 1, end)


LIST_TAGS = frozenset({"ul", "ol", "dl"})


def dropped_lists(
    blocks: Sequence[TextBlock], keep: Sequence[bool]
) -> Iterator[tuple[int, range]]:
    """Each kept heading whose next element is a list none of whose blocks is kept, while
    text after the list in the heading's section is (a source note, a closing line), with
    the list's blocks: what the heading introduces, though its section is not empty."""
    for i, block in enumerate(blocks):
        if block.heading_level is None or not keep[i]:
            continue
        after = next(block.element.itersiblings(lxml.etree.Element), None)  # past comments
        if after is None or after.tag not in LIST_TAGS:
            continue
        section = section_of(blocks, i)
        end = i + 1
        while end < section.stop and after in blocks[end].ancestors:
            end += 1
        if (end > i + 1 and not any(keep[j] for j in range(i + 1, end))
                and any(keep[j] for j in range(end, section.stop))):
            yield i, range(i + 1, end)


def orphaned_sections(
    blocks: Sequence[TextBlock], keep: Sequence[bool], rules_keep: Sequence[bool],
    scores: Sequence[float], min_score: float, min_parts: int = 3,
) -> list[int]:
    """Blocks the rules kept under a heading that both the rules and the scorer kept, under
    which the scorer kept nothing and the rules kept `min_parts` plain sub-headings or more
    (none of them mostly linked), where the scorer gave them `min_score` or more."""
    found: list[int] = []
    for i, section in empty_sections(blocks, keep):
        if not rules_keep[i]:
            continue
        parts = [blocks[j] for j in section if rules_keep[j] and blocks[j].heading_level]
        if len(parts) < min_parts or any(p.link_density >= LINKED for p in parts):
            continue
        found.extend(j for j in section if rules_keep[j] and scores[j] >= min_score)
    return found


MIN_LIST_ITEMS = 2
"""Items a plain list needs to be what its heading introduces (one line is a caption)."""


def headed_lists(
    blocks: Sequence[TextBlock], keep: Sequence[bool], scores: Sequence[float], min_score: float
) -> list[int]:
    """The items of a plain list that is all a kept heading holds, under which the scorer
    kept nothing (or that stands right under it, none of it kept, with kept text after it
    in the section: `dropped_lists`): a lineup, the ingredients, the requirements, a
    product's features. Each item is a few words with no sentence in them, read out of
    context as a menu's entry; under the heading that the scorer kept they are what it
    promises. A list whose items link elsewhere is a menu or a box of teasers, unless it
    stands inside the kept text and is numbered with titles of `TITLE_MIN_WORDS` words or
    more (lectures, chapters) or unnumbered with terms of `TERM_MAX_WORDS` words or fewer
    (related words, a checklist); a list under a linked heading is a teaser's (its headline
    over its snippet and source); an item the scorer all but ruled out (`min_score`) stays
    out."""
    found: list[int] = []
    last = max((i for i, k in enumerate(keep) if k), default=-1)
    for i, section in {**dict(empty_sections(blocks, keep)),
                       **dict(dropped_lists(blocks, keep))}.items():
        if blocks[i].link_density >= LINKED or len(section) < MIN_LIST_ITEMS:
            continue
        items = [blocks[j] for j in section]
        if any(b.kind is not BlockKind.LIST for b in items):
            continue
        if any(b.link_density >= LINKED for b in items) and not (
            section[-1] < last and (
                (all(b.words >= TITLE_MIN_WORDS for b in items)
                 and all(_numbered(b) for b in items))
                or all(b.words <= TERM_MAX_WORDS and not _numbered(b) for b in items))
        ):
            continue
        found.extend(j for j in section if scores[j] >= min_score)
    return found


def _numbered(block: TextBlock) -> bool:
    """Whether a list item is one of a numbered list (`<ol>`): a sequence the text walks
    through (lectures, chapters, steps), which menus and boxes of related links are not."""
    parent = block.element.getparent()
    return block.element.tag == "li" and parent is not None and parent.tag == "ol"


TITLE_MIN_WORDS = 3
"""Words of each linked item of a list inside the kept text for the list to be what its
heading introduces (a course's lectures, a report's chapters), not a menu of one- and
two-word entries."""


TERM_MAX_WORDS = 2
"""Words of each linked item of an unnumbered list inside the kept text for the list to
be terms the heading names (an entry's related words, synonyms, a checklist's gear), not
a box of teasers' titles; numbered, a word or two a link is a menu or a pager."""


def headings_over_kept(
    blocks: Sequence[TextBlock], keep: Sequence[bool], scores: Sequence[float],
    min_score: float, kinds: frozenset[BlockKind] | None = None,
) -> list[int]:
    """Dropped headings inside the kept text (between its first and last block) whose next
    block is kept (and of one of `kinds`, where given) and that the scorer gave `min_score`
    or more: a section's title over text kept without it (on service pages:
    `DensityParams.service_headings`; over a list or a table on any page:
    `DensityParams.structure_headings`)."""
    kept = [i for i, k in enumerate(keep) if k]
    if len(kept) < 2:
        return []
    return [
        i for i in range(kept[0] + 1, kept[-1])
        if not keep[i] and keep[i + 1] and blocks[i].kind is BlockKind.HEADING
        and blocks[i].link_density < LINKED and scores[i] >= min_score
        and (kinds is None or blocks[i + 1].kind in kinds)
    ]


STRUCTURE_KINDS = frozenset({BlockKind.LIST, BlockKind.TABLE})
"""What a heading's title names whatever the page: a list's items, a table's rows."""


def headings_over_structure(
    blocks: Sequence[TextBlock], keep: Sequence[bool], scores: Sequence[float],
    min_score: float,
) -> list[int]:
    """`headings_over_kept` over a kept list or table, on any page
    (`DensityParams.structure_headings`). A heading that opens teasers ("Recommended",
    "Related posts": `clutter.starts_teasers`) is no title of what it holds: normalisation
    takes it out with the list under it, which keeping it would hand over."""
    return [
        i for i in headings_over_kept(blocks, keep, scores, min_score, STRUCTURE_KINDS)
        if not starts_teasers(blocks[i].text)
    ]


SECTION_MAX_LINKED = 0.3
"""Share of a left-out section's characters inside links, at or above which it is a box of
cards or teasers, not a further part of the text (the census of stop 74: truth's sections
run under 0.3, as `blocks.GRID_TEXT_LINKED` reads a column of running text)."""


def sibling_sections(
    blocks: Sequence[TextBlock], keep: Sequence[bool], scores: Sequence[float],
    min_score: float, min_share: float, max_sure: float, headed: bool = True,
) -> list[int]:
    """The blocks of left-out boxes that are same-template siblings (the same tag and first
    class token, under the same parent) of a box holding kept text: a service page's
    later panels, a product's description below its buy box, a thread's later posts, each
    in a box of its own that the scorer, on a site it never saw, reads as a new template.
    A box is taken back whole when its blocks are not mostly linked (`SECTION_MAX_LINKED`)
    and it holds no form (a review form asks for words, it says none), the scorer gave its words
    `min_score` or more on average, its kept sibling holds `min_share` or more of the kept
    words (the page's text, not a stray card the scorer liked), and the scorer was no
    surer than `max_sure` of that kept sibling: where it is sure of one section and not
    of its sibling, the sibling is the template's related box.

    With `headed` (stop 76), the sibling is told by the page's outline, not its class: a
    box of the kept one's tag (any class token, or none) where both open with a heading
    of one level (`_lead_heading`). A page builder gives each section its component's
    class; what the sections share is the heading level they open with. A thread's
    author column, a review's name line, a buy box's price lines open with no heading.
    (A review list's items are readers' comments, which `comment_text` drops after the
    passes.)"""
    kept_in: dict[lxml.etree._Element, list[int]] = {}
    for i, k in enumerate(keep):
        if k:
            for el in (blocks[i].element, *blocks[i].element.iterancestors()):
                kept_in.setdefault(el, []).append(i)
    if not kept_in:
        return []
    kept_words = sum(b.words for b, k in zip(blocks, keep, strict=True) if k)
    first_in: dict[lxml.etree._Element, int] = {}
    if headed:
        for i, block in enumerate(blocks):
            for el in (block.element, *block.element.iterancestors()):
                first_in.setdefault(el, i)
    boxes: dict[lxml.etree._Element, list[int]] = {}
    mates: dict[lxml.etree._Element, list[lxml.etree._Element]] = {}
    for i, block in enumerate(blocks):
        if keep[i]:
            continue
        box = _left_box(block.element, kept_in)
        parent = None if box is None else box.getparent()
        if box is None or parent is None:
            continue
        if box not in mates:
            mates[box] = _mates(box, parent, kept_in, first_in, blocks) if headed \
                else _same_class(box, parent, kept_in)
        if mates[box]:
            boxes.setdefault(box, []).append(i)
    found: list[int] = []
    for box, members in boxes.items():
        kept = sorted({j for s in mates[box] for j in kept_in[s]})
        if _linked(blocks, members) >= SECTION_MAX_LINKED \
                or box.xpath("descendant-or-self::form") \
                or _mean_score(blocks, members, scores) < min_score \
                or sum(blocks[j].words for j in kept) < min_share * kept_words \
                or _mean_score(blocks, kept, scores) > max_sure:
            continue
        found.extend(members)
    return found


def _same_class(
    box: lxml.etree._Element, parent: lxml.etree._Element,
    kept_in: dict[lxml.etree._Element, list[int]],
) -> list[lxml.etree._Element]:
    """The box's siblings holding kept text with its tag and first class token."""
    key = class_key(box)
    return [s for s in parent if s is not box and s in kept_in
            and key is not None and class_key(s) == key]


def _mates(
    box: lxml.etree._Element, parent: lxml.etree._Element,
    kept_in: dict[lxml.etree._Element, list[int]],
    first_in: dict[lxml.etree._Element, int], blocks: Sequence[TextBlock],
) -> list[lxml.etree._Element]:
    """The box's siblings of its tag holding kept text that open with a heading of the
    level its own opens with, whatever their class tokens: sections of one outline."""
    lead = _lead_heading(box, first_in, blocks)
    if lead is None:
        return []
    return [s for s in parent if s is not box and s in kept_in and s.tag == box.tag
            and _lead_heading(s, first_in, blocks) == lead]


def _lead_heading(
    el: lxml.etree._Element, first_in: dict[lxml.etree._Element, int],
    blocks: Sequence[TextBlock],
) -> str | None:
    """The tag (h1-h6) of the heading an element's text opens with, if it opens with one."""
    first = first_in.get(el)
    if first is None or blocks[first].kind is not BlockKind.HEADING:
        return None
    tag = str(blocks[first].element.tag)
    return tag if tag in HEADING_TAGS else None


def _left_box(
    element: lxml.etree._Element, kept_in: dict[lxml.etree._Element, list[int]]
) -> lxml.etree._Element | None:
    """The outermost element above a left-out block (or the block's own) that holds no kept
    text while its parent does: the block's box beside the kept text."""
    el = element
    while (parent := el.getparent()) is not None:
        if parent in kept_in:
            return el
        el = parent
    return None


def _linked(blocks: Sequence[TextBlock], members: Sequence[int]) -> float:
    """Share of the members' characters inside links."""
    chars = sum(blocks[j].chars for j in members)
    return sum(blocks[j].link_chars for j in members) / chars if chars else 1.0


def _mean_score(blocks: Sequence[TextBlock], members: Sequence[int],
                scores: Sequence[float]) -> float:
    """The scorer's probability over the members, weighted by their words."""
    words = sum(blocks[j].words for j in members)
    return sum(scores[j] * blocks[j].words for j in members) / words if words else 0.0
