"""The site's tagline beside its logo, where no element names the banner.

A blog or a small site prints its name as a heading linked to its home page and, under it,
its tagline ("Fixing things around an old house, one weekend at a time."): a sentence, so
the scorer may keep it above the post. The logo heading tells it (`sources.is_logo`, a
sign in any language): a short line that shares the logo's element and nothing else is
the masthead's, not the text's.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml.html import HtmlElement

from newsclean.blocks import TextBlock
from newsclean.metadata.sources import HOME_PATHS, is_logo
from newsclean.model import BlockKind

TAGLINE_MAX_WORDS = 25
"""Words of a tagline: a sentence at most; a longer text beside a logo is the site's own
introduction, left to the scorer."""
MASTHEAD_MAX_LINES = 2
"""Lines the logo's element holds besides the logo: a tagline, a date or a search line."""


def taglines(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """The kept short lines that share the element of a logo heading with nothing else (at
    most `MASTHEAD_MAX_LINES` of them): a dropped heading that is a logo (`is_logo`), or a
    kept one linked to this site's own home ("/"; a link to another site's home is a
    listed site's title). The heading itself is left to the scorer and to normalisation,
    which drops a heading that names the site."""
    found: list[int] = []
    for i, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING:
            continue
        masthead = block.element.getparent()
        if masthead is None or masthead.tag in ("body", "html"):
            continue
        lines = _lines_within(blocks, i, masthead)
        if not any(keep[j] for j in lines) or len(lines) > MASTHEAD_MAX_LINES or not all(
            blocks[j].words <= TAGLINE_MAX_WORDS and blocks[j].kind is not BlockKind.HEADING
            for j in lines
        ):
            continue
        if _links_own_home(block.element) if keep[i] else is_logo(block.element):
            found.extend(j for j in lines if keep[j])
    return found


def _links_own_home(heading: HtmlElement) -> bool:
    """Whether the heading's link (inside it, or around it) goes to the site's own home."""
    links = [*heading.iter("a"), *heading.iterancestors("a")]
    return len(links) == 1 and (links[0].get("href") or "").strip() in HOME_PATHS


def _lines_within(blocks: Sequence[TextBlock], i: int, masthead: HtmlElement) -> list[int]:
    """The blocks next to block `i` whose element `masthead` holds too (`i` left out), as
    far as they go; more than `MASTHEAD_MAX_LINES` + 1 stops the walk (a banner holding a
    menu or a story is no masthead line)."""
    found: list[int] = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(blocks) and masthead in blocks[j].ancestors:
            found.append(j)
            if len(found) > MASTHEAD_MAX_LINES:
                return found
            j += step
    return sorted(found)
