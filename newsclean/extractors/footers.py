"""A page's fine print where no element names it a footer.

Modern templates wrap the closing lines of a page in `<footer>` or a `contentinfo` region,
which the rules read as furniture. Hand-made and older pages print them as a box of short
lines after the text, with no name: "Back to top", a visitor counter, "best viewed with",
"sign my guestbook", "last updated", and the copyright notice. The copyright notice is the
sign that holds in any language (the © sign, "(c)", "Copyright", or the rights notice in
`newsclean/data/wire_phrases.json`): the box of short lines around it that ends the kept
text is the page's fine print, not its text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from newsclean.blocks import TextBlock
from newsclean.normalize.trailers import COPYRIGHT_SIGNS
from newsclean.normalize.wiredata import alternation, phrases

FINE_PRINT_MAX_WORDS = 20
"""Most words of any block of a fine-print box. Its lines are short ("You are visitor
number 004211", "Best viewed with Netscape 4 at 800x600": 8 words; a Japanese browser note
counts 16); a box holding a longer block is prose, a note or a disclaimer, and is left to
the scorer."""
MIN_TEXT_WORDS = 20
"""Words of a kept block before the box that makes the kept text more than the box: the
page's own prose must lie elsewhere."""


@cache
def _notice() -> re.Pattern[str]:
    """A copyright sign or a rights notice, in any of the languages of the one list."""
    rights = alternation(w for ws in phrases("rights_reserved").values() for w in ws)
    return re.compile(rf"{COPYRIGHT_SIGNS}|{rights}", re.I)


def copyright_line(block: TextBlock) -> bool:
    """A short block holding a copyright sign or a rights notice."""
    return block.words <= FINE_PRINT_MAX_WORDS and _notice().search(block.text) is not None


def _box(blocks: Sequence[TextBlock], i: int) -> range:
    """The widest element around block `i` whose blocks are all short: its blocks (blocks
    are in page order, so an element's blocks are one run). The runs of the elements
    above `i` nest, so each grows from the one below it, and the walk stops at the first
    long block: the run of an element high up (the page's body) is not read to its ends."""
    start, end = i, i + 1
    if blocks[i].words > FINE_PRINT_MAX_WORDS:
        return range(start, end)
    for element in blocks[i].ancestors:
        low = start
        while low > 0 and element in blocks[low - 1].ancestors:
            low -= 1
            if blocks[low].words > FINE_PRINT_MAX_WORDS:
                return range(start, end)
        high = end
        while high < len(blocks) and element in blocks[high].ancestors:
            if blocks[high].words > FINE_PRINT_MAX_WORDS:
                return range(start, end)
            high += 1
        start, end = low, high
    return range(start, end)


def fine_print(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """The kept blocks of the box of short lines around a copyright notice, where that box
    ends the kept text and the kept text before it holds prose."""
    kept = [i for i, k in enumerate(keep) if k]
    if not kept:
        return []
    for i in reversed(range(len(blocks))):
        if i < kept[0]:
            break
        if not copyright_line(blocks[i]):
            continue
        box = _box(blocks, i)
        if any(keep[j] for j in range(box.stop, len(blocks))):
            continue  # kept text after the box: not the page's end
        if not any(keep[j] and blocks[j].words >= MIN_TEXT_WORDS for j in range(box.start)):
            continue
        return [j for j in box if keep[j]]
    return []
