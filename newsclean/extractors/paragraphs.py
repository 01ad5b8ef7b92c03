"""A paragraph's lines are decided together.

A `<p>` whose lines are parted by `<br>` (a poem's stanza, a song's verse, an address, a
list of steps written as lines) is segmented into one block per line, and each line is
scored alone. Short lines of plain words score near the middle, so one stanza comes out
with some of its lines kept and others left out. HTML says the author wrote them as one
paragraph: when most of its lines are kept, its other lines are kept too. Only plain
lines are joined this way; a linked line ("Read more", a menu left unclosed inside the
paragraph) is judged on its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.blocks import TextBlock

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
