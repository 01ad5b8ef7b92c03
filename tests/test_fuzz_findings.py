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
