"""Page metadata: title, authors, dates, site, language, description, image, canonical URL.

Sources, strongest first: JSON-LD, OpenGraph/Twitter, <meta> names, <title>/<h1>.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin

from lxml.html import HtmlElement

from newsclean.document import Document


@dataclass
class Metadata:
    """Metadata gathered from the page before the Article is assembled."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    modified: datetime | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    image: str | None = None
    canonical_url: str | None = None
    tags: list[str] = field(default_factory=list)
    agency: str | None = None


def _meta(tree: HtmlElement, *keys: str) -> str | None:
    for key in keys:
        for el in tree.xpath(
            "//meta[@property=$k or @name=$k or @itemprop=$k][@content]", k=key
        ):
            value = " ".join(str(el.get("content", "")).split())
            if value:
                return value
    return None


def _title(tree: HtmlElement) -> str | None:
    title = _meta(tree, "og:title", "twitter:title")
    if title:
        return title
    h1 = tree.xpath("//h1")
    if h1:
        text = " ".join(h1[0].text_content().split())
        if text:
            return text
    el = tree.find(".//title")
    return " ".join(el.text_content().split()) or None if el is not None else None


def extract_metadata(doc: Document) -> Metadata:
    """Metadata of a parsed page; never raises on malformed values."""
    tree = doc.tree
    image = _meta(tree, "og:image", "twitter:image")
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    lang = tree.get("lang") or _meta(tree, "og:locale", "language")
    return Metadata(
        title=_title(tree),
        site_name=_meta(tree, "og:site_name", "application-name"),
        description=_meta(tree, "description", "og:description", "twitter:description"),
        image=urljoin(doc.url, image) if image and doc.url else image,
        canonical_url=str(canonical[0]).strip() if canonical else None,
        language=lang.replace("_", "-") if lang else None,
    )
