"""Title, site name and lead image rules found by the probe of issue 18 (synthetic pages)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsclean.document import load
from newsclean.metadata import Metadata, extract_metadata

NOW = datetime(2025, 4, 18, 12, 0, tzinfo=UTC)
BODY = "<p>The council met on Tuesday and discussed the budget for the coming year.</p>"


def meta_of(head: str = "", body: str = "", url: str | None = None) -> Metadata:
    page = f"<html><head>{head}</head><body><article>{body}{BODY}</article></body></html>"
    return extract_metadata(load(page, url=url), now=NOW)


# --- a title in capitals ----------------------------------------------------------------


def test_title_in_capitals_takes_the_heading_writing() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle",'
            ' "headline": "COUNCIL APPROVES BUDGET"}</script>'
            "<title>Council Approves Budget | Example News</title>")
    assert meta_of(head, "<h1>Council Approves Budget</h1>").title == "Council Approves Budget"


def test_heading_in_capitals_keeps_the_title() -> None:
    head = '<meta property="og:title" content="Council approves budget">'
    assert meta_of(head, "<h1>COUNCIL APPROVES BUDGET</h1>").title == "Council approves budget"


# --- a heading on two lines ---------------------------------------------------------------


@pytest.mark.parametrize("h1", [
    "Council approves budget<br>after long debate",
    "<span>Council approves</span> budget<br/>after long debate",
    "Council approves budget<br><em>after</em> long debate",
])
def test_heading_line_break_is_a_space(h1: str) -> None:
    meta = meta_of("", f"<h1>{h1}</h1>", url="https://www.example.com/2025/budget.html")
    assert meta.title == "Council approves budget after long debate"


def test_heading_line_break_reaches_the_title_rules() -> None:
    """The `<h1>` confirms the `<title>`'s first part only when read with its spaces."""
    head = "<title>Cosmetic Packaging Design Services | Stylish Brand Boxes</title>"
    meta = meta_of(head, "<h1>Cosmetic<br>Packaging Design</h1>")
    assert meta.title == "Cosmetic Packaging Design"


# --- the lead image -------------------------------------------------------------------------

PAGE_URL = "https://www.example.com/news/2025/story.html"


def _ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


@pytest.mark.parametrize("head", [
    _ld('{"@type": "NewsArticle", "headline": "T",'
        ' "image": {"@type": "ImageObject", "contentUrl": "/i/a.jpg"}}'),
    _ld('{"@graph": [{"@type": "NewsArticle", "headline": "T", "image": [{"@id": "#img"}]},'
        ' {"@type": "ImageObject", "@id": "#img", "url": "/i/a.jpg"}]}'),
    _ld('{"@type": "WebPage", "name": "T",'
        ' "primaryImageOfPage": {"@type": "ImageObject", "url": "/i/a.jpg"}}'),
])
def test_jsonld_image_forms(head: str) -> None:
    assert meta_of(head, url=PAGE_URL).image == "https://www.example.com/i/a.jpg"


def test_figure_image_with_srcset_only() -> None:
    body = ('<figure><img srcset="/p/a-800.jpg 800w, /p/a-400.jpg 400w" alt="">'
            "<figcaption>The council</figcaption></figure>")
    assert meta_of("", body, url=PAGE_URL).image == "https://www.example.com/p/a-800.jpg"


# --- the site's name after a headline that a section precedes ------------------------------


@pytest.mark.parametrize("title", [
    "Politics - Council approves budget - Example Daily",
    "Opinion | Council approves budget | Example Daily",
])
def test_site_name_after_sectioned_headline(title: str) -> None:
    meta = meta_of(f"<title>{title}</title>", "<h1>Council approves budget</h1>")
    assert meta.title == "Council approves budget"
    assert meta.site_name == "Example Daily"


# --- a kicker the <title> leaves out ----------------------------------------------------------


def test_kicker_the_page_title_leaves_out() -> None:
    head = ('<meta property="og:title" content="EXCLUSIVE: Council approves budget">'
            '<meta property="og:site_name" content="Example News">'
            "<title>Council approves budget - Example News</title>")
    assert meta_of(head).title == "Council approves budget"
