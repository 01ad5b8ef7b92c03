"""A service page's linked descriptions of its own parts are its text.

A firm's landing page lists what it offers as cards: a heading, a sentence or two about
the service and "Find out more", the whole card one link to that service's own page. Each
description is prose, but fully linked, so the rules label it bad, and on a site it never
saw the learned scorer drops it at 0.05-0.2, keeping the page's introduction alone. The
same shape is also a teaser of another page, which is boilerplate: of the fully linked,
punctuated blocks of 15 words or more on the tune halves, 11 of 449 are in the news sets'
truths, 38 of 54 on wcxb-dev's service pages.

Three things tell a description from a teaser, none of them words: the kind of page
(`newsclean.pagetype`: a service page, for the caller to check), where the block lies
(between blocks the decisions kept, not before the text starts or after it ends, where
teasers and footers sit), and where it links: one level or more below the page's own
address (`/services/cyber/` from `/services/`), a part of what the page is about, while a
teaser links to another branch of the site (`/insights/…`, `/blog/…`).
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from newsclean.blocks import TextBlock
from newsclean.structure import resolve

MIN_LINK_DENSITY = 0.9
"""A block at least this linked is a card's link, not prose with links in it."""


def linked_offers(
    blocks: Sequence[TextBlock], keep: Sequence[bool], min_words: int,
    url: str | None, base: str | None,
) -> list[int]:
    """Fully linked, punctuated blocks of `min_words` or more, left out between the first
    and the last block the decisions kept, that link below the page's address `url`
    (relative links resolved against `base`)."""
    kept = [i for i, k in enumerate(keep) if k]
    stem = _stem(url)
    if len(kept) < 2 or stem is None:
        return []
    return [
        i for i in range(kept[0] + 1, kept[-1])
        if not keep[i]
        and blocks[i].link_density >= MIN_LINK_DENSITY
        and blocks[i].words >= min_words
        and blocks[i].punctuation >= 1
        and _links_below(blocks[i], base or url, stem)
    ]


def _stem(url: str | None) -> tuple[str, str] | None:
    """The page's host and its path as a directory ("/us/en/services/" of
    "/us/en/services.html"); None without an http(s) address, or for a site's home page."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https"):
        return None
    path = parts.path
    if "." in path.rsplit("/", 1)[-1]:  # a file: its name without extension is the part
        path = path.rsplit(".", 1)[0]
    path = path.rstrip("/")
    if not path:
        return None  # a home page: every link of the site is below it
    return parts.netloc.lower(), path + "/"


def _links_below(block: TextBlock, base: str | None, stem: tuple[str, str]) -> bool:
    """Whether the link holding the block (around it, or its first inside it) points
    below `stem`."""
    el = block.element
    link = next(el.iterancestors("a"), None)
    if link is None:
        link = next(el.iter("a"), None)
    target = resolve(link.get("href"), base) if link is not None else None
    if target is None:  # none, a fragment, javascript: or another unsafe scheme
        return False
    parts = urlsplit(target)  # (`resolve` has split it already: no ValueError here)
    return bool(parts.netloc.lower() == stem[0] and parts.path.startswith(stem[1]))
