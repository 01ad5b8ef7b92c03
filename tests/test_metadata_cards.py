"""Story cards' bylines (a listing's, a related-stories box's) are not the page's authors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsclean.document import load
from newsclean.metadata import extract_metadata

NOW = datetime(2025, 4, 18, 12, 0, tzinfo=UTC)
HEADLINES = (
    "Council approves the new harbour bridge",
    "Storm closes mountain roads for a week",
    "Local bakery wins the national bread prize",
)
WRITERS = ("Maria Lopez", "Tom Becker", "Anna Kowalski")
BYLINES = {
    "printed": '<p class="byline">By {w}</p>',
    "linked": '<a rel="author" href="/people/{i}">{w}</a>',
    "labelled": '<span class="author-name">{w}</span>',
    "author page": '<div class="meta">By <a href="/author/{s}">{w}</a></div>',
}


def cards(byline: str, tag: str = "article") -> str:
    """Three story cards, each a linked headline over its own byline and a teaser."""
    return "".join(
        f'<{tag} class="card"><h2><a href="/story/{i}">{h}</a></h2>'
        f"{byline.format(w=w, i=i, s=slug(w))}<p>A short teaser of the story.</p></{tag}>"
        for i, (h, w) in enumerate(zip(HEADLINES, WRITERS, strict=True))
    )


def slug(name: str) -> str:
    """The address segment of a writer's page: "Maria Lopez" -> "maria-lopez"."""
    return name.lower().replace(" ", "-")


def authors_of(body: str) -> list[str]:
    html = f"<html><head></head><body>{body}</body></html>"
    return extract_metadata(load(html), now=NOW).authors


@pytest.mark.parametrize("kind", sorted(BYLINES))
def test_listing_of_cards_gives_no_author(kind: str) -> None:
    body = f"<h1>Latest news</h1><main>{cards(BYLINES[kind])}</main>"
    assert authors_of(body) == []


@pytest.mark.parametrize("kind", sorted(BYLINES))
def test_listing_without_headline_gives_no_author(kind: str) -> None:
    assert authors_of(f"<main>{cards(BYLINES[kind], 'div')}</main>") == []


@pytest.mark.parametrize("kind", sorted(BYLINES))
def test_article_keeps_its_own_author_beside_related_cards(kind: str) -> None:
    own = BYLINES[kind].format(w="Jane Doe", i=9, s="jane-doe")
    body = (
        f"<article><h1>The page's own story</h1>{own}<p>{'Its text. ' * 40}</p></article>"
        f'<aside class="more">{cards(BYLINES[kind])}</aside>'
    )
    assert authors_of(body) == ["Jane Doe"]


def test_thread_posts_titled_by_the_topic_are_not_cards() -> None:
    """A forum's posts repeat the thread's title ("Re: ..."): the first poster stays."""
    topic = "Turning off every light of the board"
    posts = "".join(
        f'<div class="post"><h3><a href="/t?p={i}">{"Re: " * bool(i)}{topic}</a></h3>'
        f'<span class="author-name">user{i}</span><p>Post text {i}.</p></div>'
        for i in range(3)
    )
    assert authors_of(f"<h2>{topic}</h2>{posts}") == ["user0"]


def test_microdata_cards_authors_are_not_the_page_authors() -> None:
    """Each card an Article item with its own author: none is the page's."""
    item = '<div itemscope itemtype="https://schema.org/Article">{}</div>'
    body = "<h1>Archive</h1>" + "".join(
        item.format(
            f'<a href="/story/{i}"><h2 itemprop="headline">{h}</h2></a>'
            f'<span itemprop="author">{w}</span>'
        )
        for i, (h, w) in enumerate(zip(HEADLINES, WRITERS, strict=True))
    )
    assert authors_of(body) == []


def test_single_microdata_article_keeps_its_author() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">'
        'The page\'s own story</h1><span itemprop="author">Jane Doe</span></div>'
        f"<aside>{cards(BYLINES['printed'])}</aside>"
    )
    assert authors_of(body) == ["Jane Doe"]


def test_each_heading_is_read_once_per_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """`card_of` climbs every ancestor of a byline, and each ancestor holds the same
    headings: a heading's link and text are read once per page, not once per ancestor."""
    from newsclean.metadata import cards as card_module

    reads: list[object] = []
    real = card_module._link

    def counting(heading: object) -> object:
        reads.append(heading)
        return real(heading)  # type: ignore[arg-type]

    monkeypatch.setattr(card_module, "_link", counting)
    nested = "<div><div><div>{}</div></div></div>"
    body = nested.format(f"<h1>Latest news</h1><main>{cards(BYLINES['labelled'])}</main>")
    assert authors_of(body) == []
    assert reads and len(reads) == len({id(h) for h in reads})
