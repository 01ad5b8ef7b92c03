"""Title rules of issue 18's titles round (2026-12-06): synthetic pages, each a class of
dev-set misses that was the extractor's fault."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsclean.document import load
from newsclean.metadata import Metadata, extract_metadata, titles

NOW = datetime(2025, 4, 18, 12, 0, tzinfo=UTC)
BODY = "<p>The council met on Tuesday and discussed the budget for the coming year.</p>"


def meta_of(head: str = "", body: str = "", url: str | None = None) -> Metadata:
    page = f"<html><head>{head}</head><body><article>{body}{BODY}</article></body></html>"
    return extract_metadata(load(page, url=url), now=NOW)


# --- a title whose headline slot is empty ---------------------------------------------


@pytest.mark.parametrize("title", [
    "| Daily Planet Magazine", "｜Daily Planet Magazine", "– Daily Planet Magazine",
])
def test_title_without_its_headline_yields_to_the_heading(title: str) -> None:
    meta = meta_of(f"<title>{title}</title>", "<h1>Council approves budget</h1>")
    assert meta.title == "Council approves budget"


def test_title_without_its_headline_stays_where_nothing_else_is() -> None:
    assert meta_of("<title>| Daily Planet Magazine</title>").title == "Daily Planet Magazine"


@pytest.mark.parametrize(("title", "lost"), [
    ("| Daily Planet", True), ("- Daily Planet", True), ("-5 degrees tonight", False),
    ("« Nous irons » : le maire parle", False), ("Council approves budget | Daily Planet",
                                                 False), ("|", False),
])
def test_lost_headline(title: str, lost: bool) -> None:
    assert titles.lost_headline(title) is lost
