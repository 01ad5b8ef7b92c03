"""A paragraph's lines are decided together, and so are an element's paragraphs.

A `<p>` whose lines are parted by `<br>` (a poem's stanza, a song's verse, an address, a
list of steps written as lines) is segmented into one block per line, and each line is
scored alone. Short lines of plain words score near the middle, so one stanza comes out
with some of its lines kept and others left out. HTML says the author wrote them as one
paragraph: when most of its lines are kept, its other lines are kept too. Only plain
lines are joined this way; a linked line ("Read more", a menu left unclosed inside the
paragraph) is judged on its own.

On a site it never saw, the scorer's probability also sinks along a long story (0.9 at
its top, 0.1 to 0.5 in its last third) and for a run of short plain lines (a meal plan's
entries), so one element's paragraphs come out some kept, some left. A paragraph left out
between two kept paragraphs of its own element is the story's, when the kept ones hold
most of the element's words (`paragraph_mates`). After the last kept one, one or two
may be a sign-off or a pitch, which the scorer is left to judge; on an article, a run of
three or more plain ones is the story's last part, with its subheads (`story_tail`).
Before the first kept one, the story's opening sentences in a box of their own beside the
body's (a lead box, a teaser's wrapper around the first paragraphs) are its head
(`story_head`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsclean.blocks import HEADING_TAGS, LINKED, TextBlock
from newsclean.extractors.block_features import ends_sentence
from newsclean.extractors.leadins import UNLINKED_MAX_LINK_SHARE, ends_full_sentence

PARAGRAPH_TAG = "p"
"""The element whose lines belong together: a paragraph holds no block-level element, so
its lines are its own text, never another region's."""


LINE_MAX_WORDS = 12
"""Words of the longest line of a paragraph whose lines are decided together: a verse, an
address or a list's line. A paragraph with longer lines holds prose, which the scorer
reads well line by line, beside a label or a call to action that it leaves out."""


def paragraph_lines(
    blocks: Sequence[TextBlock], keep: Sequence[bool], min_share: float = 0.5
) -> list[int]:
    """The lines left out of a paragraph of which at least `min_share` of the lines are
    kept, where every line is short (`LINE_MAX_WORDS`) and none holds a link: their
    indices."""
    lines: dict[int, list[int]] = {}  # the blocks hold their elements, so ids stay unique
    for i, block in enumerate(blocks):
        if block.element.tag == PARAGRAPH_TAG:
            lines.setdefault(id(block.element), []).append(i)
    found: list[int] = []
    for members in lines.values():
        if len(members) < 2 or any(
            blocks[i].link_chars or blocks[i].words > LINE_MAX_WORDS for i in members
        ):
            continue
        kept = sum(1 for i in members if keep[i])
        if kept < len(members) and kept >= min_share * len(members):
            found.extend(i for i in members if not keep[i])
    return found


SENTENCE_MAX_WORDS = 15
"""Words of the longest sentence `edge_sentences` takes back: the story's closing or
opening line ("Nobody was hurt, a spokesman said."); a longer paragraph the scorer reads
on its own."""


def edge_sentences(
    blocks: Sequence[TextBlock], keep: Sequence[bool], scores: Sequence[float],
    min_score: float,
) -> list[int]:
    """Short sentences left out right before or after the kept text, in the same element
    as the kept paragraph beside them: a paragraph (`<p>`) of plain words that ends a
    sentence, which the scorer gave `min_score` or more. A story's last line is often
    one short sentence; read alone it scores near the middle, as a caption or a label
    would, but a caption or a label is not a paragraph of the story's own element."""
    kept = [i for i, k in enumerate(keep) if k]
    if not kept:
        return []
    found = []
    for i, beside in ((kept[0] - 1, kept[0]), (kept[-1] + 1, kept[-1])):
        if 0 <= i < len(blocks) and _closing_line(blocks[i], blocks[beside]) \
                and scores[i] >= min_score:
            found.append(i)
    return found


def _closing_line(block: TextBlock, beside: TextBlock) -> bool:
    """Whether `block` is a plain one-sentence paragraph of the element that holds the
    kept paragraph `beside` it."""
    element, other = block.element, beside.element
    return (
        element.tag == PARAGRAPH_TAG and other.tag == PARAGRAPH_TAG
        and element.getparent() is other.getparent()
        and block.link_density == 0 and block.words <= SENTENCE_MAX_WORDS
        and ends_sentence(block.text)
    )


MIN_MATES = 3
"""Paragraphs an element must hold for them to be decided together: two are a caption and
its credit as often as a story."""


def paragraph_mates(
    blocks: Sequence[TextBlock], keep: Sequence[bool], scores: Sequence[float],
    min_share: float, min_score: float, mates: Mates | None = None,
) -> list[int]:
    """The paragraphs left out between kept paragraphs of the same element, where the kept
    ones hold at least `min_share` of the element's paragraph words: plain paragraphs (not
    mostly linked) that the scorer gave `min_score` or more. A paragraph parted into lines
    by `<br>` is `paragraph_lines`' to decide, not counted here. `mates`: the blocks'
    `element_paragraphs`, where the caller holds them."""
    found: list[int] = []
    for members, kept in _mostly_kept(blocks, keep, min_share, mates):
        found.extend(i for i in members if kept[0] < i < kept[-1] and not keep[i]
                     and blocks[i].link_density < LINKED and scores[i] >= min_score)
    return found


def _mostly_kept(
    blocks: Sequence[TextBlock], keep: Sequence[bool], min_share: float,
    mates: Mates | None = None,
) -> Iterator[tuple[list[int], list[int]]]:
    """Each element's paragraphs (`element_paragraphs`, or `mates` where given) and the kept
    ones among them, where the kept ones hold at least `min_share` of the element's
    paragraph words: a story the scorer read as one, whose doubted paragraphs
    `paragraph_mates` and `story_tail` take back."""
    for members in (element_paragraphs(blocks) if mates is None else mates).values():
        kept = [i for i in members if keep[i]]
        words = sum(blocks[i].words for i in members)
        if kept and sum(blocks[i].words for i in kept) >= min_share * words:
            yield members, kept


Mates = dict[int, list[int]]
"""The indices of the one-block paragraphs of each element that holds `MIN_MATES` or more,
by the element's id (`element_paragraphs`)."""


def element_paragraphs(blocks: Sequence[TextBlock]) -> Mates:
    """The one-block paragraphs of each element that holds `MIN_MATES` or more, by the
    element's id (the blocks hold their elements, so ids stay unique). The same whatever
    is kept: the density extractor reads it once for `paragraph_mates` and `story_tail`."""
    lines: dict[int, int] = {}
    for block in blocks:
        if block.element.tag == PARAGRAPH_TAG:
            lines[id(block.element)] = lines.get(id(block.element), 0) + 1
    mates: dict[int, list[int]] = {}
    for i, block in enumerate(blocks):
        parent = block.element.getparent()
        if block.element.tag == PARAGRAPH_TAG and parent is not None \
                and lines[id(block.element)] == 1:
            mates.setdefault(id(parent), []).append(i)
    return {key: members for key, members in mates.items() if len(members) >= MIN_MATES}


TAIL_MIN_PARAGRAPHS = 3
"""Paragraphs a run after the story's last kept one must hold to be read as its tail: a
sign-off, a newsletter's pitch or an author's note is one or two paragraphs (stop 73's
unbounded trial took those); a story the scorer lost confidence in goes on for many."""


def story_tail(
    blocks: Sequence[TextBlock], keep: Sequence[bool], scores: Sequence[float],
    min_share: float, min_score: float, mates: Mates | None = None,
) -> list[int]:
    """The paragraphs left out after the last kept paragraph of an element whose kept
    paragraphs hold at least `min_share` of its paragraph words: the run right after it
    of plain paragraphs (not mostly linked, each scored `min_score` or more, up to the
    first that is not), where it holds `TAIL_MIN_PARAGRAPHS` or more, with the element's
    headings between them. The story's last part, which a scorer that never saw the site
    doubts more the further it reads. `mates`: as for `paragraph_mates`."""
    found: list[int] = []
    for members, kept in _mostly_kept(blocks, keep, min_share, mates):
        tail: list[int] = []
        for i in members[members.index(kept[-1]) + 1:]:
            if blocks[i].link_density >= LINKED or scores[i] < min_score:
                break  # a linked line or one the scorer rules out ends the story's run
            tail.append(i)
        if len(tail) >= TAIL_MIN_PARAGRAPHS:
            found.extend(tail)
            found.extend(_headings_between(blocks, keep, kept[-1], tail[-1]))
    return found


def _headings_between(
    blocks: Sequence[TextBlock], keep: Sequence[bool], first: int, last: int
) -> list[int]:
    """The headings left out between blocks `first` and `last`, children of the element
    that holds both: a kept run's subheads ("Meal 2", "Day three")."""
    parent = blocks[first].element.getparent()
    return [i for i in range(first + 1, last) if not keep[i]
            and blocks[i].element.tag in HEADING_TAGS
            and blocks[i].element.getparent() is parent]


FIGURE_TAGS = frozenset({"figure", "figcaption"})
"""A picture's elements: a paragraph in one is its caption, which the truths keep on some
sites (Mozilla's) and leave on others, not the story's opening."""


def story_head(
    blocks: Sequence[TextBlock], keep: Sequence[bool], scores: Sequence[float],
    min_score: float, short_max_words: int,
) -> list[int]:
    """The paragraphs left out right before the page's first kept paragraph, inside the
    element that holds its element (its own element, a box nested in it, a box beside it):
    the run of plain sentences (a `<p>` of one block, longer than `short_max_words`, at most
    `UNLINKED_MAX_LINK_SHARE` linked, ending a sentence, not a caption, scored `min_score`
    or more), walking back over unlinked lines between them (a label, a share bar's
    buttons) and kept headings or blocks of the story's own element. A linked block (a
    byline's link, a card's title, a table of contents), a kept block beside the story's
    element or a paragraph that is not such a sentence ends it. Out of fold the scorer
    doubts a story's opening sentences in a box of their own (a lead box, a teaser's
    wrapper around the first two paragraphs) more than the body after them."""
    first = next((i for i, k in enumerate(keep) if k and _one_paragraph(blocks, i)), None)
    if first is None:
        return []
    element = blocks[first].element.getparent()
    outer = None if element is None else element.getparent()
    if element is None or outer is None:
        return []
    found: list[int] = []
    for i in range(first - 1, -1, -1):
        block = blocks[i]
        ancestors = list(block.element.iterancestors())
        if not any(a is outer for a in ancestors):
            break  # out of the story's surroundings: the page's head
        if _one_paragraph(blocks, i):
            if keep[i] or not _opening_sentence(block, scores[i], min_score, short_max_words) \
                    or _in_card(blocks, i, first):
                break
            found.append(i)
        elif block.link_density >= LINKED or (
                keep[i] and block.element.tag not in HEADING_TAGS
                and not any(a is element for a in ancestors)):
            break
    return found


def _in_card(blocks: Sequence[TextBlock], i: int, end: int) -> bool:
    """Whether paragraph `i` shares its box with a linked block (before block `end`, the
    story's first kept paragraph): a teaser's card, its title a link, the paragraph its
    blurb. A box's blocks follow one another, so the search stops at the first block out
    of it on each side."""
    box = blocks[i].element.getparent()
    if box is None:
        return False
    for side in (range(i - 1, -1, -1), range(i + 1, end)):
        for j in side:
            element = blocks[j].element
            if element is not box and not any(a is box for a in element.iterancestors()):
                break
            if blocks[j].link_density >= LINKED:
                return True
    return False


def _one_paragraph(blocks: Sequence[TextBlock], i: int) -> bool:
    """Whether block `i` is a whole `<p>`: its element holds no other block (a paragraph's
    blocks follow one another)."""
    element = blocks[i].element
    return (element.tag == PARAGRAPH_TAG
            and (i == 0 or blocks[i - 1].element is not element)
            and (i + 1 == len(blocks) or blocks[i + 1].element is not element))


def _opening_sentence(
    block: TextBlock, score: float, min_score: float, short_max_words: int
) -> bool:
    """A plain sentence of the story's opening: longer than a label, with little link text,
    ending a sentence, not a caption, and not ruled out by the scorer."""
    return (score >= min_score and block.words > short_max_words
            and block.link_density <= UNLINKED_MAX_LINK_SHARE
            and ends_full_sentence(block.text)
            and not any(el.tag in FIGURE_TAGS for el in (block.element, *block.ancestors)))
