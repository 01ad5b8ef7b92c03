"""Titles and site names found in the titles round of stop 69 (issue 18; synthetic pages)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsclean.document import load
from newsclean.metadata import Metadata, extract_metadata
from newsclean.metadata.titles import before_host_part

NOW = datetime(2025, 4, 18, 12, 0, tzinfo=UTC)
BODY = "<p>The earbuds come with a charging case and three sizes of ear tips in the box.</p>"


def meta_of(head: str = "", body: str = "") -> Metadata:
    page = f"<html><head>{head}</head><body><main>{body}{BODY}</main></body></html>"
    return extract_metadata(load(page), now=NOW)


# --- a host name after a colon: the site, and what follows it the site's filing ----------


def test_a_shops_host_and_category_after_colons_leave_the_title() -> None:
    head = "<title>Wireless Earbuds 2023: Examplery.co.uk: Electronics &amp; Photo</title>"
    meta = meta_of(head, "<h1>Wireless Earbuds 2023</h1>")
    assert meta.title == "Wireless Earbuds 2023"
    assert meta.site_name == "Examplery.co.uk"


def test_a_books_author_and_number_before_the_host_stay_with_the_title() -> None:
    head = (
        '<meta property="og:title"'
        ' content="Good Habits: Doe, Jane: 9780000000000: Examplery.com: Books">'
    )
    assert meta_of(head).title == "Good Habits: Doe, Jane: 9780000000000"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Wireless Earbuds: Examplery.com", "Wireless Earbuds"),
        ("Wireless Earbuds：Examplery.jp：Audio", "Wireless Earbuds"),
        # a brand's host before its tagline is the page's whole title
        ("Examplery.com: Your Online Bookshop", "Examplery.com: Your Online Bookshop"),
        # colons inside a headline, and no host after any of them
        ("Brexit: what next for the talks", "Brexit: what next for the talks"),
        ("Trains at 12:30: the new timetable", "Trains at 12:30: the new timetable"),
        ("Result in std::result - Rust", "Result in std::result - Rust"),
        ("See http://examplery.com for more", "See http://examplery.com for more"),
    ],
)
def test_before_host_part(title: str, expected: str) -> None:
    assert before_host_part(title) == expected


# --- a site's name with its other name in brackets: either names the site ----------------

SITE_IN_BRACKETS = '<meta property="og:site_name" content="VSI® (Virginia Spine Institute)">'


@pytest.mark.parametrize(
    "title",
    [
        "Best chairs for back pain | VSI®",
        "Best chairs for back pain - Virginia Spine Institute",
        "Best chairs for back pain | VSI® (Virginia Spine Institute)",
    ],
)
def test_either_name_of_a_site_named_twice_leaves_the_title(title: str) -> None:
    meta = meta_of(f"{SITE_IN_BRACKETS}<title>{title}</title>")
    assert meta.title == "Best chairs for back pain"


def test_the_short_name_of_a_site_named_twice_is_no_author() -> None:
    head = (
        '<meta property="og:site_name" content="Schweizer Radio und Fernsehen (SRF)">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget",'
        ' "author": [{"@type": "Person", "name": "SRF"},'
        ' {"@type": "Person", "name": "Anna Muster"}]}</script>'
    )
    assert meta_of(head).authors == ["Anna Muster"]


# --- the site's host before the headline, without a separator ----------------------------


def test_the_sites_host_before_the_headline_leaves_the_title() -> None:
    page = (
        "<html><head><title>examplery.com Vibe Coding</title></head><body>"
        '<div id="banner"><h1><a href="https://examplery.com/">examplery.com</a></h1></div>'
        f"<h2>Vibe Coding</h2>{BODY}</body></html>"
    )
    meta = extract_metadata(load(page, url="https://examplery.com/2025/12/vibe.html"), now=NOW)
    assert meta.title == "Vibe Coding"


def test_another_sites_host_before_the_headline_stays() -> None:
    title = "Amazon.com posts record sales"  # a word of the headline
    page = f"<html><head><title>{title}</title></head><body>{BODY}</body></html>"
    meta = extract_metadata(load(page, url="https://news.example.org/a.html"), now=NOW)
    assert meta.title == title


# --- a syndication credit in brackets that ends with the site's name ---------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Skiplagging in the relocation process (via Examplery)",
            "Skiplagging in the relocation process",
        ),
        ("Neue Regeln für Mieter (auf Examplery)", "Neue Regeln für Mieter"),
        # a bracket that does not end with the site's name is the headline's
        ("Dune (Part Two) review", "Dune (Part Two) review"),
        ("Council votes (via Reuters)", "Council votes (via Reuters)"),
    ],
)
def test_a_credit_in_brackets_ending_with_the_sites_name_leaves_the_title(
    title: str, expected: str
) -> None:
    site = '<meta property="og:site_name" content="Examplery">'
    assert meta_of(f'{site}<meta property="og:title" content="{title}">').title == expected
