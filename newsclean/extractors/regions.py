"""What the scorer doubted far from an article's container.

On a page typed article the rules' container is the element that holds the story's prose;
when the learned scorer keeps most of its words inside it, a block it kept at a little
over its cut in another region of the page (one that meets the container only several
levels above it: a header band, a side column, a footer band) is more often a site's
intro, a notice or a box than the story. Read out of fold over every tune page (stop 76,
docs/chain.md): such blocks under 0.7, where the container holds at least 0.8 of the kept
words, are the census's only cell whose words are mostly out of the truth, and leaving
them out moved wcxb-dev's articles 23 up and 2 down. Nearer regions (a sibling of the
container, its parent's) hold the standfirsts and later sections a story continues in,
and are left alone, as are pages whose container holds less of the kept text. Other page
types read several boxes (threads, listings, collections): as shipped their check halves
fell with the rule, so `density` runs it on articles only.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml.html import HtmlElement

from newsclean.blocks import TextBlock


def doubted_far_blocks(
    blocks: Sequence[TextBlock],
    keep: Sequence[bool],
    scores: Sequence[float],
    outside: Sequence[bool],
    container: HtmlElement | None,
    max_score: float,
    min_levels: int,
    min_container_share: float,
) -> list[int]:
    """Kept blocks outside the container (`outside`), scored under `max_score`, whose
    lowest ancestor shared with the container is at least `min_levels` above it, where the
    container holds at least `min_container_share` of the kept words: their indices."""
    if container is None:
        return []
    kept = sum(b.words for b, k in zip(blocks, keep, strict=True) if k)
    inside = sum(b.words for b, k, o in zip(blocks, keep, outside, strict=True) if k and not o)
    if not kept or inside < min_container_share * kept:
        return []
    levels = {el: n for n, el in enumerate([container, *container.iterancestors()])}
    return [i for i, b in enumerate(blocks)
            if keep[i] and outside[i] and scores[i] < max_score
            and _meeting_level(b, levels) >= min_levels]


def _meeting_level(block: TextBlock, levels: dict[HtmlElement, int]) -> int:
    """Levels above the container of the lowest element that holds both it and `block`
    (`levels`: the container and its ancestors, by their height over it)."""
    for el in (block.element, *block.element.iterancestors()):
        if el in levels:
            return levels[el]
    return len(levels)  # in no tree of the container's: as far as can be
