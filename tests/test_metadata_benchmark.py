"""The metadata benchmark's matching rules, and its behaviour without data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from benchmarks import metadata as bench
from benchmarks.datasets import DatasetMissing


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
