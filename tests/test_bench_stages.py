"""The stage benchmark's arithmetic and tables, on made-up timings."""

from __future__ import annotations

import pytest

from benchmarks import stages
from benchmarks.stages import PageTimes, SetTimes


def _set() -> SetTimes:
    pages = [
        PageTimes("a", 10.0, parse=0.001, extract=0.010, peer=0.020, stages={
            "load": 0.002, "segment": 0.002, "extractors": 0.004, "extractor:density": 0.004,
            "metadata": 0.001, "assemble": 0.001}),
        PageTimes("b", 20.0, parse=0.001, extract=0.030, peer=0.040, stages={
            "load": 0.002, "segment": 0.002, "extractors": 0.024, "extractor:density": 0.004,
            "extractor:trafilatura": 0.020, "metadata": 0.001, "assemble": 0.001}),
    ]
    return SetTimes("toy", pages, peer="trafilatura 9")


def test_summary_is_in_multiples_of_the_parse() -> None:
    s = stages.summary(_set())
    assert s["x_parse"] == pytest.approx(20.0)  # 0.040 s over 0.002 s of parsing
    assert s["vs_peer"] == pytest.approx(40 / 60)
    assert s["stages"]["extractors"]["x_parse"] == pytest.approx(14.0)
    assert s["stages"]["extractor:trafilatura"]["pages"] == 1
    assert s["stages"]["load"]["share"] == pytest.approx(0.004 / 0.040)


def test_tables_name_the_fallback_pages_and_the_slowest_stage() -> None:
    table = stages.matrix([_set()])
    assert "| &nbsp;&nbsp;plug-in `trafilatura` | 10.0× (1 pages) |" in table
    assert "| **`extract()` / trafilatura** | **0.67** |" in table
    slow = stages.slowest(_set()).splitlines()
    assert slow[2].startswith("| b | 20 | 30 | 30 | 30× | trafilatura 67% |")
