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


def test_a_full_collection_due_from_the_pages_before_is_not_charged_to_a_stage(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The warm-up's objects are frozen out of the collector's sight (as the batch's
    workers do) and each page starts with nothing left to collect: a full collection the
    pages before made due otherwise lands in whichever stage crosses the threshold."""
    import gc
    from types import SimpleNamespace

    import lxml.html

    import benchmarks.datasets

    events: list[str] = []
    html = b"<html><body><article><p>" + b"A line of the story. " * 20 + b"</p></article>"
    pages = [SimpleNamespace(id=f"p{n}", html=html) for n in range(3)]
    monkeypatch.setattr(benchmarks.datasets, "load", lambda *a, **k: pages)
    monkeypatch.setattr(stages, "_peer", lambda: (None, None))
    monkeypatch.setattr(gc, "freeze", lambda: events.append("freeze"))
    monkeypatch.setattr(gc, "collect", lambda *a: events.append("collect") or 0)
    parse = lxml.html.document_fromstring
    monkeypatch.setattr(lxml.html, "document_fromstring",
                        lambda *a, **k: events.append("parse") or parse(*a, **k))
    result = stages.measure("toy")
    assert [p.id for p in result.pages] == ["p0", "p1", "p2"]
    assert events.count("freeze") == 1
    settled = events.index("freeze")
    assert "collect" in events[:settled]
    timed = events[settled + 1:]
    # each page's calls (its parse first) start collected, and none collects on its own
    assert timed[0] == "collect" and timed.count("collect") == 3
    assert all(timed[i + 1] == "parse" for i, e in enumerate(timed) if e == "collect")
