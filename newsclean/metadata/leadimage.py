"""The lead image of a page that declares none: the first large picture at the head of the
kept body.

Metadata names the lead image on most pages (`og:image`, JSON-LD `image`, a first
`<figure>`, `sources.first_figure_image`). Templates that set the story's picture as a bare
`<img>` under the headline (Drupal's field image, page builders' hero images) name it
nowhere else. The first `<img>` of the page's `<article>` or `<main>` is no signal: it gave
logos, call-to-action buttons and a shop's banners (docs/limits.md). The kept body is: its
figures are the pictures the extractor kept between the story's blocks. Of those, the
first one counts where it stands at the body's head (before its second paragraph), the page
declares it large (`MIN_LEAD_WIDTH`), it links nowhere but to its own larger file (a linked
picture is a card or a teaser of another page) and nothing in its address or classes names
it a logo, an avatar, an icon, an ad or a placeholder (`NOT_LEAD`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml.html import HtmlElement

from newsclean.metadata.sources import Page
from newsclean.model import Block, BlockKind
from newsclean.structure import declared_pixels, image_source, srcset_candidates

__all__ = ["MIN_LEAD_WIDTH", "NOT_LEAD", "body_lead_image"]

MAX_PARAGRAPHS_BEFORE = 1
"""Paragraphs of the body before its lead picture: a standfirst may come first; a picture
further down illustrates a passage, not the story."""
MIN_LEAD_WIDTH = 300
"""Pixels a lead picture is declared wide at least (`width`, else its widest `srcset`
candidate); half that high where a height is given. Icons, avatars and thumbnails are
declared smaller; a picture declared with no size is no evidence and is left."""
NOT_LEAD = re.compile(
    r"logo|avatar|author|profile|advert|sponsor|banner|spinner|placeholder|spacer"
    r"|(?<!\d)1x1(?!\d)|(?<![a-z])(?:fav)?icons?(?![a-z])"
    r"|(?<![a-z])(?:ads?|blank|badge|emoji)(?![a-z])",
    re.IGNORECASE,
)
"""Words of an image's address, class, id or its parents' classes that name it
something else than the story's picture: the site's or a partner's logo, the author's
photo, an icon, an ad, a lazy loader's placeholder or a tracking pixel. Markup words,
written in English in every language's templates."""
IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|webp|gif|avif)(?:[?#]|$)", re.IGNORECASE)
"""A link to an image file: a picture that opens larger (a lightbox), not a card."""
PARENTS_READ = 3
"""Parents whose classes are read with the image's own (`<div class="author-box"><img>`)."""


def body_lead_image(blocks: Sequence[Block], page: Page, base: str | None) -> str | None:
    """The address of the body's lead picture (see the module), else None."""
    paragraphs = 0
    for block in blocks:
        if block.kind is BlockKind.FIGURE:
            img = _element(page, block.src, base)
            return block.src if img is not None and is_lead_picture(img) else None
        if block.kind is BlockKind.PARAGRAPH:
            paragraphs += 1
            if paragraphs > MAX_PARAGRAPHS_BEFORE:
                return None
    return None


def is_lead_picture(img: HtmlElement) -> bool:
    """Whether an `<img>` may be a story's lead picture: declared large, linking nowhere
    else, and named as none of `NOT_LEAD`."""
    width, height = declared_size(img)
    if width is None or width < MIN_LEAD_WIDTH:
        return False
    if height is not None and height < MIN_LEAD_WIDTH // 2:
        return False
    link = next(img.iterancestors("a"), None)
    if link is not None and not IMAGE_FILE.search(link.get("href") or ""):
        return False
    names = [img.get("src") or "", img.get("class") or "", img.get("id") or ""]
    names += [parent.get("class") or "" for parent in list(img.iterancestors())[:PARENTS_READ]]
    return not any(NOT_LEAD.search(name) for name in names)


def declared_size(img: HtmlElement) -> tuple[int | None, int | None]:
    """The width and height an `<img>` declares in pixels (its `width`, else its widest
    `srcset` candidate; its `height`), None where it declares none."""
    width, height = declared_pixels(img.get("width")), declared_pixels(img.get("height"))
    if width is None:
        widths = [
            declared_pixels(descriptor[:-1])
            for _, descriptor in srcset_candidates(img.get("srcset") or img.get("data-srcset"))
            if descriptor.endswith("w")
        ]
        width = max((w for w in widths if w is not None), default=None)
    return width, height


def _element(page: Page, src: str | None, base: str | None) -> HtmlElement | None:
    """The page's `<img>` a figure block was made of (the same resolved address)."""
    if not src:
        return None
    for img in page.tagged("img"):
        if image_source(img, base) == src:
            return img
    return None
