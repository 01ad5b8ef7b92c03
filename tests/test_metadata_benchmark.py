"""The metadata benchmark's matching rules, and its behaviour without data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from benchmarks import metadata as bench
from benchmarks.datasets import DatasetMissing, Page


@pytest.mark.parametrize(
    ("pred", "truth", "expected"),
    [
        ("Big news", "Big news", True),
        ("big  NEWS", "Big news", True),
        ("Big news", "Big news | Site", True),
        ("Big news | Site", "Big news", True),
        ("Big news", "Site - Big news", True),
        ("Big news", "Big news today", False),
        ("News", "Big news | Site", False),
        (None, "Big news", False),
        ("Fish &amp; chips", "Fish & chips", True),
    ],
)
def test_title_match(pred: str | None, truth: str, expected: bool) -> None:
    assert bench.title_match(pred, truth) is expected


@pytest.mark.parametrize(
    ("pred", "truth", "expected"),
    [
        (["Jane Doe"], "By Jane Doe", True),
        (["Jane Doe", "John Roe"], "Jane Doe and John Roe", True),
        (["Jane Doe"], "Jane Doe and John Roe", False),
        (["Nathan Willis"], "By Nathan Willis\n   March 25, 2015", True),
        ([], "Jane Doe", False),
        (["Jane Doe"], None, False),
    ],
)
def test_byline_match(pred: list[str], truth: str | None, expected: bool) -> None:
    assert bench.byline_match(pred, truth) is expected


@pytest.mark.parametrize(
    ("pred", "truth", "expected"),
    [
        ("2017-02-24T01:18:13+00:00", "2017-02-23T17:18:13-08:00", True),  # same instant
        (date(2024, 6, 25), "2024-06-25", True),
        ("2024-06-25T23:00:00", "2024-06-25", True),
        ("2024-06-26", "2024-06-25T10:00:00+02:00", False),
        ("garbage", "2024-06-25", False),
        (None, "2024-06-25", False),
    ],
)
def test_date_match(pred: object, truth: str, expected: bool) -> None:
    assert bench.date_match(pred, truth) is expected


def test_run_without_data_raises_dataset_missing(tmp_path: Path) -> None:
    with pytest.raises(DatasetMissing):
        bench.run(tmp_path)


def test_main_without_data_skips_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(["--data", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().err


def test_markdown_table_layout() -> None:
    rows = [{"field": "title", "pages": 2, "newsclean": 1.0, "trafilatura": 0.5,
             "readability-lxml": None}]
    table = bench.markdown(rows)
    assert table.splitlines()[2] == "| title | 2 | 1.000 | 0.500 | – |"


@pytest.mark.parametrize(
    ("field", "pred", "truth", "strict", "lenient"),
    [
        ("title", "Big news", "Big news", True, True),
        ("title", "Big news", "Big news | Site", False, True),
        ("title", "Site - Big news", "Big news", False, True),
        ("title", "Big news today", "Big news", False, False),
        ("authors", ["Jane Doe"], ["Jane Doe"], True, True),
        ("authors", ["Jane Doe"], ["Dr. Jane Doe"], False, True),
        ("authors", ["Jane Doe"], ["Jane Doe, Senior Editor"], False, True),
        ("authors", ["Jane"], ["Janet Doe"], False, False),
        ("date", "2024-06-25T23:30:00-05:00", "2024-06-26", False, True),
        ("date", "2024-06-24", "2024-06-26", False, False),
    ],
)
def test_strict_and_lenient_rules(
    field: str, pred: object, truth: object, strict: bool, lenient: bool
) -> None:
    from benchmarks import fields

    assert fields.MATCHERS[field](pred, truth) is strict
    assert fields.LENIENT[field](pred, truth) is lenient


def test_sets_table_has_strict_and_lenient_per_half() -> None:
    from benchmarks.datasets import Page

    pages = [
        Page(id="a", html=b"", truth="", group="site-a",
             meta={"title": "Big news", "authors": ["Jane Doe"], "published": "2024-06-25"}),
        Page(id="b", html=b"", truth="", group="site-b", meta={"title": "Other | Site"}),
    ]
    outputs = {"a": {"title": "Big news", "authors": ["Dr. Jane Doe"], "date": "2024-06-25"},
               "b": {"title": "Other"}}
    result = {"sets": {"demo": {"newsclean": bench.score(pages, outputs)}},
              "pages": {"demo": 2}, "seconds": {"demo": {"newsclean": 0.2, "lxml-parse": 0.1}}}
    table = bench.sets_table(result)
    assert "| demo all | 2/1/1 | newsclean | 0.500 (1.000) | 0.000 (1.000) | 1.000 (1.000) |" \
        in table
    halves = {pages[0].half, pages[1].half}
    assert all(f"| demo {half} |" in table for half in halves)
    assert "2.00× parse" in bench.time_lines(result)
    # page b has no date truth: a date given there is counted apart, not scored
    assert "newsclean 0/1" in bench.undated_lines(result)
    outputs["b"]["date"] = "2024-01-01"
    result["sets"]["demo"]["newsclean"] = bench.score(pages, outputs)
    assert "newsclean 1/1" in bench.undated_lines(result)
    assert "| demo all | 2/1/1 | newsclean | 0.500 (1.000) | 0.000 (1.000) | 1.000 (1.000) |" \
        in bench.sets_table(result)


def test_declared_organisations_are_scored_apart_from_authors() -> None:
    from benchmarks.datasets import Page

    pages = [
        Page(id="a", html=b"", truth="", group="site-a", meta={"authors": ["Example Desk"]}),
        Page(id="b", html=b"", truth="", group="site-b", meta={"authors": ["Jane Doe"]}),
    ]
    outputs = {"a": {"authors": [], bench.ORGANIZATIONS: ["Example Desk"]},
               "b": {"authors": ["Jane Doe"], bench.ORGANIZATIONS: []}}
    tally = bench.score(pages, outputs)["all"]
    assert tally["authors"] == [1, 2]  # people only: the desk is not an author
    assert tally[bench.WITH_ORGANIZATIONS] == [2, 2]
    result = {"sets": {"demo": {"newsclean": bench.score(pages, outputs)}}}
    assert "- demo: newsclean 1.000 (" in bench.organization_lines(result)
    # a tool that gives no organisations has no such figure
    plain = {"a": {"authors": []}, "b": {"authors": ["Jane Doe"]}}
    assert bench.organization_lines({"sets": {"demo": {"peer": bench.score(pages, plain)}}}) == ""


def _two_pages() -> list[Page]:
    return [
        Page(id="a", html=b"", truth="", group="site-a",
             meta={"title": "Big news", "authors": ["Jane Doe"], "published": "2024-06-25"}),
        Page(id="b", html=b"", truth="", group="site-b", meta={"title": "Other news"}),
    ]


def test_misses_are_listed_page_by_page() -> None:
    pages = _two_pages()
    outputs = {"a": {"title": "Small news", "authors": ["Jane Doe"], "date": "2024-06-24"},
               "b": {"title": "Other news"}}
    rows = bench.page_rows(pages, outputs)
    assert rows["a"]["hit"] == {"title": False, "authors": True, "date": False}
    assert rows["b"]["hit"] == {"title": True}  # no author or date truth: not scored
    listed = bench.miss_lines({"demo": rows})
    half = pages[0].half
    assert f"demo {half} title: 1 missed" in listed
    assert "- a: truth 'Big news', got 'Small news'" in listed
    assert "- a: truth '2024-06-25', got '2024-06-24'" in listed
    assert "authors" not in listed and "- b:" not in listed


def test_diff_counts_the_pages_that_moved_each_way() -> None:
    pages = _two_pages()
    before = {"demo": bench.page_rows(pages, {"a": {"title": "Big news", "date": "2024-06-25"},
                                              "b": {"title": "Other"}})}
    after = {"demo": bench.page_rows(pages, {"a": {"title": "Small news", "date": "2024-06-25",
                                                   "authors": ["Jane Doe"]},
                                             "b": {"title": "Another"}})}
    moved = bench.diff_lines(before, after)
    half = pages[0].half
    assert pages[1].half == half  # the two sites fall in one half: one line per field
    assert f"demo {half} title: +0 -1 (1 more changed without moving)" in moved
    assert "  - a: 'Big news' -> 'Small news' (truth 'Big news')" in moved
    assert f"demo {half} authors: +1 -0" in moved
    assert "b:" not in moved  # b's title changed, and missed before and after
    assert "date" not in moved
    assert bench.diff_lines(before, before).startswith("no page's scored")


def test_save_and_diff_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    rows = {"demo": bench.page_rows(_two_pages(), {"a": {"title": "Big news"}})}
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    one.write_text(json.dumps(rows), encoding="utf-8")
    rows["demo"]["a"]["hit"]["title"] = False
    two.write_text(json.dumps(rows), encoding="utf-8")
    assert bench.main(["--diff", str(one), str(two)]) == 0
    assert "title: +0 -1" in capsys.readouterr().out


_WHERE_PAGE = (
    b'<html><head><title>Big news | Site</title><meta name="author" content="Site Team">'
    b'<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Jane Doe"},'
    b'"dateModified":"2024-06-27"}</script></head><body><h1>Big news</h1>'
    b'<div class="byline">By Jane Doe</div><p class="date">Updated June 27, 2024</p>'
    b"<p>The story's text, long as a paragraph is, which names Ann Poe once among its many "
    b"other words, well past the length of any date line or byline.</p></body></html>"
)


@pytest.mark.parametrize(("field", "truth", "places"), [
    # a name in JSON-LD (its key) and printed in the byline element
    ("authors", ["Jane Doe"], ["jsonld:name", "printed:div.byline"]),
    ("authors", ["Site Team"], ["meta:author"]),
    # a name only in a paragraph of the text
    ("authors", ["Ann Poe"], ["text"]),
    ("authors", ["John Roe"], ["nowhere"]),
    # a day in the markup and printed in another writing
    ("date", "2024-06-27", ["jsonld:dateModified", "printed:p.date"]),
    ("date", "2024-06-25", ["nowhere"]),
    ("date", "2015-11", ["no day"]),
])
def test_where_a_missed_truth_sits(field: str, truth: object, places: list[str]) -> None:
    assert bench.truth_places(_WHERE_PAGE, field, truth) == places


def test_misses_say_where_their_truth_sits() -> None:
    page = Page(id="a", html=_WHERE_PAGE, truth="", group="site-a",
                meta={"title": "Big news", "authors": ["Jane Doe"], "published": "2024-06-27"})
    rows = bench.page_rows([page], {"a": {"title": "Big news", "authors": [],
                                          "date": "2024-06-20"}}, where=True)
    assert rows["a"]["where"] == {"authors": ["jsonld:name", "printed:div.byline"],
                                  "date": ["jsonld:dateModified", "printed:p.date"]}
    listed = bench.miss_lines({"demo": rows})
    assert "- a: truth ['Jane Doe'], got []\n  where: jsonld:name, printed:div.byline" in listed
    assert "title" not in rows["a"]["where"]
    assert "where" not in bench.page_rows([page], {"a": {}})["a"]  # only when asked
