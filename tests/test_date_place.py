"""A date line's place on the page: the masthead's clock above the story against the story's
own date under its headline or beside its byline (issue 18: the publication, "not a 'Today:'
header").

A site's masthead prints the day it is read, so a day printed without a time that is the
fetch day may be its clock; the story's own date line stands under the headline or in the
story's `<article>` or `<main>` above it, or beside its byline (`visible.in_masthead`).
Pages are built here; `fetched` says when each was read (`extract(..., fetched=...)`)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

import newsclean
from newsclean.document import load
from newsclean.metadata import extract_metadata
from newsclean.metadata.sources import page_of
from newsclean.metadata.visible import beside_byline, headline, story_section

FETCHED = datetime(2025, 5, 5, 23, 59, tzinfo=UTC)
"""The day the pages are read: the fetch day, Monday 5 May 2025."""
TITLE = "Council approves the budget"
STORY = "<p>" + (
    "The council met on a quiet evening and voted on the budget for the coming year after"
    " a long debate. "
) * 4 + "</p>"
MENU = "<ul>" + "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(12)) + "</ul>"


def page(top: str = "", over: str = "", under: str = "", end: str = "") -> str:
    """A story page: `top` in the site's masthead bar, `over` in the story's `<main>` above
    the headline, `under` right under it, `end` after the story."""
    return (f"<html><head><title>{TITLE} - Example News</title></head><body>"
            f'<div class="top-bar">{top}</div><div class="logo"><a href="/">Example News</a>'
            f"</div><main>{over}<h1>{TITLE}</h1>{under}{STORY}{STORY}</main>{end}</body></html>")


def published(html: str, fetched: datetime | None = FETCHED) -> object:
    return newsclean.extract(html, "https://example.com/news/budget", fetched=fetched).published


@pytest.mark.parametrize(("html", "expected"), [
    # the masthead's clock alone: no date of the story
    (page(top="Monday, 5 May 2025"), None),
    (page(top="Monday, 5 May 2025", under="<p>By Jane Doe</p>"), None),
    (f"<html><body><header><nav>{MENU}</nav><span>Monday, 5 May 2025</span></header>"
     f"<main><h1>{TITLE}</h1>{STORY}</main></body></html>", None),
    (page(end="<footer><span>Page built 5 May 2025</span></footer>"), None),
    # the story's date line under the headline: published the day it was fetched
    (page(under="<p>5 May 2025</p>"), date(2025, 5, 5)),
    (page(under='<span class="date">5 May 2025</span>'), date(2025, 5, 5)),
    (page(under="<p>By Jane Doe | 5 May 2025</p>"), date(2025, 5, 5)),
    # in the story's section above the headline, or beside the byline
    (page(over='<div class="meta"><span>Jane Doe</span> · <span>5 May 2025</span></div>'),
     date(2025, 5, 5)),
    (page(over='<p class="kicker">5 May 2025</p>'), date(2025, 5, 5)),
    (f'<html><body><div class="top-bar">Weather</div><div class="meta"><span class="author">'
     f"Jane Doe</span> · <span>5 May 2025</span></div><h1>{TITLE}</h1>{STORY}</body></html>",
     date(2025, 5, 5)),
    # above the headline outside the story's section and byline: the masthead's, however
    # close (a kicker's date there is dropped too: nothing tells them apart)
    (f"<html><body><div>Monday, 5 May 2025</div><h1>{TITLE}</h1>{STORY}</body></html>", None),
    (f'<html><body><div id="page"><div>Monday, 5 May 2025</div><h1>{TITLE}</h1>{STORY}'
     "</div></body></html>", None),
    (f'<html><body><div id="page"><div>Monday, 5 May 2025</div><div class="hero"><h1>{TITLE}'
     f'</h1></div><div class="content">{STORY}</div></div></body></html>', None),
    (f'<html><body><header><div class="clock">Monday, 5 May 2025</div><h1>{TITLE}</h1>'
     f"</header><main>{STORY}</main></body></html>", None),
    # both: the one under the headline, whichever day the masthead prints
    (page(top="Monday, 5 May 2025", under="<p>2 May 2025</p>"), date(2025, 5, 2)),
    (page(top="Sunday, 4 May 2025", under="<p>2 May 2025</p>"), date(2025, 5, 2)),
    (f"<html><body><div>Monday, 5 May 2025</div>{MENU}<main><h1>{TITLE}</h1>"
     f"<p>2 May 2025</p>{STORY}</main></body></html>", date(2025, 5, 2)),
])
def test_the_fetch_day_is_the_story_s_by_its_place(html: str, expected: date | None) -> None:
    assert published(html) == expected


def test_the_date_under_the_headline_beats_the_masthead_s_on_any_day() -> None:
    """An archive read later, or read without its fetch time: the masthead prints the
    crawl's day, the story its own."""
    html = page(top="Tuesday, 6 May 2025", under="<p>5 May 2025</p>")
    assert published(html, None) == date(2025, 5, 5)
    assert published(html, FETCHED) == date(2025, 5, 5)
    assert published(html, datetime(2025, 5, 6, 23, 59, tzinfo=UTC)) == date(2025, 5, 5)


def test_a_masthead_date_alone_is_still_read_on_another_day() -> None:
    """Not the fetch day: the masthead's date is the only one the page gives, as before."""
    html = page(top="Friday, 2 May 2025")
    assert published(html) == date(2025, 5, 2)
    assert published(html, None) == date(2025, 5, 2)


def test_the_page_search_keeps_the_fetch_day_under_the_headline() -> None:
    """A byline line with the date (read by the page's day search, which keeps no time)."""
    doc = load(page(under="<p>By Jane Doe | 5 May 2025 10:15</p>"))
    meta = extract_metadata(doc, fetched=FETCHED)
    assert meta.published == date(2025, 5, 5) and meta.sources["published"] == "page"


def test_without_a_sure_headline_the_fetch_day_stays_unread() -> None:
    """No headline to place the line by: a day printed on the fetch day may be a clock."""
    html = f"<html><body><div>5 May 2025</div><div>{STORY}{STORY}</div></body></html>"
    assert published(html) is None
    assert published(html, datetime(2025, 5, 7, tzinfo=UTC)) == date(2025, 5, 5)


def test_the_story_s_section_is_its_article_or_main() -> None:
    found = page_of(load(page()))
    head = headline(found, TITLE)
    assert head is not None
    section = story_section(head)
    assert section is not None and section.tag == "main"
    bare = page_of(load(f"<html><body><div><h1>{TITLE}</h1>{STORY}</div></body></html>"))
    bare_head = headline(bare, TITLE)
    assert bare_head is not None and story_section(bare_head) is None


@pytest.mark.parametrize(("row", "beside"), [
    ('<div><span class="author">Jane Doe</span> <span id="d">5 May 2025</span></div>', True),
    ('<div class="byline"><p><span id="d">5 May 2025</span></p></div>', True),
    ('<div><p>By Jane Doe</p><p id="d">5 May 2025</p></div>', True),
    ('<div><span>Weather: sunny</span> <span id="d">5 May 2025</span></div>', False),
])
def test_a_date_beside_the_byline(row: str, beside: bool) -> None:
    doc = load(f"<html><body>{row}</body></html>")
    assert beside_byline(doc.tree.get_element_by_id("d")) is beside


@pytest.mark.parametrize(("html", "expected"), [
    # a label says what the day dates, in its element or in the one before it: a masthead's
    # clock prints the day alone
    (f"<html><body><div><div>Last updated:</div><div>May 5, 2025</div></div><h1>{TITLE}</h1>"
     f"{STORY}</body></html>", date(2025, 5, 5)),
    (f"<html><body><p>Veröffentlicht am 5. Mai 2025</p><h1>{TITLE}</h1>{STORY}</body></html>",
     date(2025, 5, 5)),
    (f"<html><body><p>Publié le 5 mai 2025</p>{MENU}<h1>{TITLE}</h1>{STORY}</body></html>",
     date(2025, 5, 5)),
    # "Today" is never the page's date, labelled or not
    (f"<html><body><p>Today: Monday, 5 May 2025</p><h1>{TITLE}</h1>{STORY}</body></html>",
     None),
])
def test_a_labelled_date_over_the_headline_is_the_page_s(html: str, expected: date | None) -> None:
    assert published(html) == expected


@pytest.mark.parametrize(("html", "expected"), [
    # no headline prints the title (no heading at all): the byline places the date
    (f'<html><body><div class="top-bar">Weather</div><div class="post-meta"><span '
     f'class="author">Jane Doe</span> <span class="date">5 May 2025</span></div>{STORY}'
     "</body></html>", date(2025, 5, 5)),
    (f"<html><head><title>{TITLE}</title></head><body><h1>Example News</h1><h1>Sections</h1>"
     f'<div class="meta"><p>By Jane Doe</p><p class="date">5 May 2025</p></div>{STORY}'
     "</body></html>", date(2025, 5, 5)),
    # still none where nothing places it
    (f'<html><body><div class="date">5 May 2025</div>{STORY}</body></html>', None),
])
def test_without_a_headline_the_byline_places_the_fetch_day(
    html: str, expected: date | None
) -> None:
    assert published(html) == expected


@pytest.mark.parametrize(("html", "expected"), [
    # an article's own footer holds its byline and date (HTML's sectioning)
    (f"<html><body><article><h1>{TITLE}</h1>{STORY}{STORY}<footer><span>Posted by Jane Doe"
     "</span> <time>5 May 2025</time></footer></article></body></html>", date(2025, 5, 5)),
    (f"<html><body><h1>Example News</h1><h1>Sections</h1><article>{STORY}<footer><time>"
     "5 May 2025</time></footer></article></body></html>", date(2025, 5, 5)),
    # the page's footer, and navigation inside an article, are not the story's
    (f"<html><body><article><h1>{TITLE}</h1>{STORY}</article><footer><time>5 May 2025"
     "</time></footer></body></html>", None),
    (f"<html><body><article><h1>{TITLE}</h1><nav><time>5 May 2025</time></nav>{STORY}"
     "</article></body></html>", None),
])
def test_an_article_s_own_footer_is_no_page_chrome(html: str, expected: date | None) -> None:
    assert published(html) == expected
