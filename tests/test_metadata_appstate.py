"""Authors a page names only in its app state (a JSON data script such as Next.js's
`__NEXT_DATA__`): the record that names the page's headline gives them."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

import newsclean
from newsclean.document import load
from newsclean.metadata import appstate, extract_metadata

NOW = datetime(2025, 4, 18, 12, 0, tzinfo=UTC)
HEADLINE = "Harbour board agrees to dredge the old canal"
OTHER = "Storm closes mountain roads for a week"
BODY = "<p>" + "The board met on Tuesday and agreed the plan after a long debate. " * 6 + "</p>"


def page(state: object, *, kind: str = "application/json", h1: str = HEADLINE) -> str:
    """A server-rendered page with no byline, meta author or JSON-LD, its state in a script."""
    return (
        f"<html><head><title>{HEADLINE}</title>"
        f'<script id="__NEXT_DATA__" type="{kind}">{json.dumps(state)}</script></head>'
        f"<body><main><h1>{h1}</h1>{BODY}</main></body></html>"
    )


def authors(html: str) -> list[str]:
    return extract_metadata(load(html), now=NOW).authors


def story(**fields: object) -> dict[str, object]:
    return {"props": {"pageProps": {"post": {"title": HEADLINE, **fields}}}}


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ({"writers": [{"name": "Ingrid Solberg"}]}, ["Ingrid Solberg"]),
        ({"author": {"displayName": "Ingrid Solberg"}}, ["Ingrid Solberg"]),
        ({"byline": "Ingrid Solberg"}, ["Ingrid Solberg"]),
        ({"authors": [{"name": "Ingrid Solberg"}, {"name": "Tomás Herrera"}]},
         ["Ingrid Solberg", "Tomás Herrera"]),
    ],
)
def test_the_record_that_names_the_headline_gives_the_authors(
    entry: dict[str, object], expected: list[str]
) -> None:
    assert authors(page(story(**entry))) == expected


def test_a_related_storys_record_is_not_read() -> None:
    """Only the record of the page's own headline counts: a teaser's author is not the page's."""
    state = {"props": {"pageProps": {
        "post": {"title": HEADLINE, "body": "…"},
        "related": [{"title": OTHER, "author": {"name": "Tomás Herrera"}}],
    }}}
    assert authors(page(state)) == []


@pytest.mark.parametrize("value", ["tm-ci0202786860222576", "Newsdesk", {"name": "u_48213"}])
def test_an_author_not_shaped_as_a_persons_name_is_not_read(value: object) -> None:
    """The state's keys are the site's own: an account's id or one word names no writer."""
    assert authors(page(story(author=value))) == []


def test_a_script_that_is_no_json_data_is_not_read() -> None:
    """JSON-LD has its own reader, code is no state: only JSON data scripts are app states."""
    assert authors(page(story(author="Ingrid Solberg"), kind="text/javascript")) == []


def test_a_printed_byline_is_read_before_the_state() -> None:
    """The app state is the last author source: a byline the page prints wins."""
    html = page(story(author="Ingrid Solberg")).replace(
        "</h1>", '</h1><p class="byline">By Tomás Herrera</p>'
    )
    assert authors(html) == ["Tomás Herrera"]


def test_a_state_too_deep_or_too_large_is_walked_within_bounds() -> None:
    """A state nested past `MAX_DEPTH` is not searched below it; nothing raises."""
    deep: dict[str, object] = {"title": HEADLINE, "author": "Ingrid Solberg"}
    for _ in range(appstate.MAX_DEPTH + 2):
        deep = {"next": deep}
    assert appstate.story_authors(deep, {appstate.key_of(HEADLINE)}) == []
    wide = [{"title": OTHER}] * (appstate.MAX_NODES + 10) + [
        {"title": HEADLINE, "author": "Ingrid Solberg"}
    ]
    assert appstate.story_authors(wide, {appstate.key_of(HEADLINE)}) == []


def test_a_state_nested_past_the_json_parsers_stack_is_passed_over() -> None:
    """A data script nested deeper than Python's JSON parser can follow (an array in an
    array, a hundred thousand times) is no state: the page keeps its other metadata and its
    text instead of failing as too deep; a later state is still read."""
    deep = "[" * 100_000 + "]" * 100_000
    html = page(story(author="Ingrid Solberg")).replace(
        "<script id=", f'<script type="application/json">{deep}</script><script id=', 1)
    assert authors(html) == ["Ingrid Solberg"]
    article = newsclean.extract(html)
    assert article.title == HEADLINE and article.authors == ["Ingrid Solberg"]
