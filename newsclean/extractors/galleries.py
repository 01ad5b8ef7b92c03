"""Galleries and photo pages: where the captions are the page's text.

A story's figure captions leave its text (`caption` is a furniture hint, `hints.py`): beside
the story they say little. A photo page, a slideshow or a photo post has no story: its
captions hold its prose, and dropping them leaves the page empty or with its intro alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsclean.blocks import TextBlock, hint
from newsclean.model import BlockKind

CAPTION_HINT = re.compile(r"(?<![a-z])caption")
"""A class or id naming a caption ("caption", "slide-caption", "caption-text", "captionBox"
lower-cased): how galleries and image hosts mark the text under a picture."""
CAPTION_REACH = 2
"""Elements looked at for the hint: the caption's own and its parent (a caption's `<p>` in
a `div.caption`)."""
CAPTION_MIN_WORDS = 12
"""Words from which a caption is prose (a sentence about the picture), not a credit or a
counter."""
CAPTION_MAX_LINKED = 0.2
"""Share of a caption's text in links above which it is a card's title, not prose."""


def is_caption(block: TextBlock) -> bool:
    """Whether a block is a caption of prose: a paragraph whose element or its parent is
    named a caption, of `CAPTION_MIN_WORDS` words or more, mostly unlinked."""
    return (
        block.kind is BlockKind.PARAGRAPH
        and block.words >= CAPTION_MIN_WORDS
        and block.link_density < CAPTION_MAX_LINKED
        and any(CAPTION_HINT.search(hint(el)) for el in block.ancestors[:CAPTION_REACH])
    )


def gallery_captions(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """Captions to keep: the dropped captions of prose (`is_caption`) on a page where its
    captions of prose hold more words than the other paragraphs kept, which is no story with
    its pictures but a gallery, a photo page or a photo post whose captions are its text."""
    captions = [i for i, b in enumerate(blocks) if is_caption(b)]
    chosen = set(captions)
    other = sum(b.words for i, b in enumerate(blocks)
                if keep[i] and i not in chosen and b.kind is BlockKind.PARAGRAPH)
    if not captions_are_text(sum(blocks[i].words for i in captions), other):
        return []
    return [i for i in captions if not keep[i]]


def captions_are_text(caption_words: int, other_words: int) -> bool:
    """Whether captions of `caption_words` words beside `other_words` words of other prose
    are the page's text (they hold more): the density pass that keeps them and the
    normalisation that would take captions out of the text ask the same."""
    return caption_words > other_words
