"""Regressions found by fuzzing (`make fuzz`, fuzz/targets.py): each input once raised or
hung. The target that found it is named; the input is kept as small as the finding."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.normalize.dateline import parse_dateline


@pytest.mark.parametrize("opening", [
    "Indianapolis ⅓ — ",  # dateline target: a word of no letter ("⅓" is \w, not a digit)
    "Indianapolis ⅓, Ind. — ",
    "INDIANAPOLIS ⅓ (AP) — ",
])
def test_a_dateline_word_without_letters(opening: str) -> None:
    parse_dateline(opening + "The council met on Tuesday.")  # no IndexError
    body = opening + "The city council met on Tuesday to discuss the budget for the year."
    article = newsclean.extract(f"<html><body><article><p>{body}</p></article></body></html>")
    assert "council met" in article.text


BODY = "<p>The city council met on Tuesday to discuss the budget for the coming year.</p>"


@pytest.mark.parametrize("address", ["http://[]/a", "http://[abc/a", "https://[::1/x"])
@pytest.mark.parametrize("where", ["canonical", "og:url", "argument"])
def test_a_page_address_urlsplit_refuses(address: str, where: str) -> None:
    # stages and extract targets: the page type's URL features split the page's address,
    # and urlsplit raises ValueError on an unclosed or empty IPv6 bracket
    head = {
        "canonical": f'<link rel="canonical" href="{address}">',
        "og:url": f'<meta property="og:url" content="{address}">',
        "argument": "",
    }[where]
    html = f"<html><head>{head}</head><body><article>{BODY}</article></body></html>"
    article = newsclean.extract(html, url=address if where == "argument" else None)
    assert "council met" in article.text


def test_a_place_name_with_a_lone_surrogate() -> None:
    # news target: a credit line's names reach the gazetteer, whose UTF-8 encode raised
    from newsclean.normalize.credits import parse_credit_line
    from newsclean.normalize.gazetteer import is_major_place, is_place

    assert not is_major_place("Par\udcffis")
    assert not is_place("Par\udcffis")
    assert is_major_place("Paris")
    parse_credit_line("(Reporting by Jane Doe in Par\udcffis; Editing by John Smith)")  # no raise
