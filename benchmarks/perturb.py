"""Pages made unlike the ones anyone tuned on: `python -m benchmarks --perturb NAME`.

An extractor tuned on a few hundred sites may lean on what those sites happen to write:
class names ("article-body", "sidebar"), HTML5 section tags. Pages nobody tuned on write
them otherwise or not at all (hashed CSS-module classes, utility classes, `<div>` soup). A
perturbation rewrites every page of a set the same way for every extractor, before any of
them sees it, so the drop of each one's F1 says how much it leaned on what was taken away.
The rewrite works on the bytes, tag by tag (no parse and reserialisation, which would
change more than the one thing); a page's text is never changed, markup written inside a
script or a comment may be.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_START_TAG = re.compile(rb"<[A-Za-z][^<>]*>")
_NAMING_ATTRIBUTE = re.compile(
    rb"""(?<=[\s"'])(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)""", re.IGNORECASE
)
_SECTIONING_TAG = re.compile(
    rb"<(/?)(?:article|main|header|footer|nav|aside|section)(?=[\s/>])", re.IGNORECASE
)


def classless(html: bytes) -> bytes:
    """Every `class` and `id` attribute removed: a site whose names say nothing."""
    return _START_TAG.sub(lambda tag: _NAMING_ATTRIBUTE.sub(b"", tag.group()), html)


def plain_tags(html: bytes) -> bytes:
    """Every HTML5 sectioning tag (`article main header footer nav aside section`) written as
    a `<div>`: a site built before them, or by a page builder that never writes them."""
    return _SECTIONING_TAG.sub(rb"<\1div", html)


def anonymous(html: bytes) -> bytes:
    """Both: neither names nor sectioning tags, only the tree, the text and the links."""
    return plain_tags(classless(html))


PERTURBATIONS: dict[str, Callable[[bytes], bytes]] = {
    "classless": classless,
    "plain-tags": plain_tags,
    "anonymous": anonymous,
}
"""The rewrites `--perturb` offers, by name."""
