"""The quality ratchet (benchmarks/ratchet.py): it fails when a figure falls, and only then."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import fields, ratchet
from benchmarks.datasets import Page, available
from benchmarks.ratchet import Line, SetResult, compare, score_set, update


def test_a_figure_fails_only_past_the_tolerance() -> None:
    floors = {"aeb": {"text": 0.9700}}
    held = compare({"aeb": SetResult(figures={"text": 0.9681})}, floors)
    fell = compare({"aeb": SetResult(figures={"text": 0.9679})}, floors)
    assert not held[0].fell
    assert fell[0].fell
    assert "**FELL**" in ratchet.table(fell)


def test_update_raises_and_never_lowers_without_asking(tmp_path: Path) -> None:
    floors, pages = tmp_path / "floors.json", tmp_path / "pages.json"
    floors.write_text(json.dumps({"aeb": {"text": 0.95, "title": 0.80}}))
    result = SetResult(figures={"text": 0.96123, "title": 0.70}, pages={"text": {"a": 0.9}})
    changed = update({"aeb": result}, lower=False, floors_path=floors, pages_path=pages)
    written = ratchet.read_floors(floors)
    assert written["aeb"] == {"text": 0.9612, "title": 0.80}  # raised, rounded down; kept
    assert changed == ["aeb text: 0.95 -> 0.9612"]
    update({"aeb": result}, lower=True, floors_path=floors, pages_path=pages)
    assert ratchet.read_floors(floors)["aeb"]["title"] == 0.70
    assert json.loads(pages.read_text())["aeb"]["text"] == {"a": 0.9}


def test_losers_names_the_pages_that_dropped() -> None:
    line = Line("aeb", "text", 0.97, 0.90)
    result = SetResult(pages={"text": {"a": 0.5, "b": 0.99, "c": 0.8}})
    before = {"aeb": {"text": {"a": 0.95, "b": 0.99, "c": 0.85}}}
    assert ratchet.losers(line, result, before) == [("a", 0.95, 0.5), ("c", 0.85, 0.8)]


def test_score_set_uses_the_sets_metric_types_and_fields() -> None:
    pages = [
        Page("1", b"", "alpha beta gamma delta", page_type="article",
             meta={"title": "A title", "authors": ["Jane Doe"], "published": "2024-05-01"}),
        Page("2", b"", "one two three four", page_type="forum", meta={}),
    ]
    outputs = {
        "1": {"text": "alpha beta gamma delta", "title": "a title.", "authors": ["jane  doe"],
              "date": "2024-05-01T10:00:00+02:00"},
        "2": {"text": "one two", "title": None, "authors": [], "date": None},
    }
    result = score_set("wcxb-dev", pages, outputs)
    assert result.figures["text/article"] == 1.0
    assert result.figures["text/forum"] == pytest.approx(2 / 3)  # P 1, R 0.5
    assert result.figures["title"] == result.figures["authors"] == result.figures["date"] == 1.0


def test_strict_field_rules() -> None:
    assert fields.title_match("« The Headline! »", "the headline")
    assert not fields.title_match("The Headline | Site", "The Headline")
    assert fields.authors_match(["Jane Doe", "John Roe"], ["John Roe"])
    assert not fields.authors_match(["Staff"], ["John Roe"])
    assert fields.date_match("2024-05-01T23:30:00-05:00", "2024-05-01")
    assert not fields.date_match("2024-05-02", "2024-05-01")
    assert fields.truth_of({"byline": "By Jane Doe and John Roe"})["authors"] == [
        "jane doe", "john roe"]
    # a WCXB byline string: as written, and each person it joins (not its roles)
    assert fields.byline_people("Jane Doe and John Roe") == [
        "Jane Doe and John Roe", "Jane Doe", "John Roe"]
    assert fields.byline_people("Jane Doe, Senior Editor") == ["Jane Doe, Senior Editor"]
    assert fields.authors_match(["John Roe"], fields.byline_people("Jane Doe & John Roe"))
    assert fields.byline_people("Center for Drug Evaluation and Research") == [
        "Center for Drug Evaluation and Research"]


def _weakened(html: bytes) -> ratchet.Output:
    """The default extraction with the second half of every body dropped."""
    out = ratchet.newsclean_output(html)
    paragraphs = out["text"].split("\n\n")
    out["text"] = "\n\n".join(paragraphs[: len(paragraphs) // 2])
    return out


@pytest.mark.skipif("aeb" not in available(), reason="the aeb dev set is not beside the "
                    "checkout (../shared/datasets or $NEWSCLEAN_DATA): see README, 'Datasets'")
def test_a_weakened_extractor_trips_the_check() -> None:
    results = ratchet.evaluate(["aeb"], extract=_weakened)
    lines = compare(results, ratchet.read_floors())
    assert any(line.fell and line.figure == "text" for line in lines)
