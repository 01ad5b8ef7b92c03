"""The instruction-count benchmark's arithmetic, parsing and worker, without valgrind
(one test runs a tiny count under it where it is installed)."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from benchmarks import instructions
from benchmarks.instructions import Count

CALLGRIND_TAIL = """==4242== Events    : Ir
==4242== Collected : 6259106102
==4242==
==4242== I   refs:      6,259,106,102
"""


def test_the_count_is_read_from_callgrinds_summary() -> None:
    assert instructions.refs(CALLGRIND_TAIL) == 6_259_106_102
    with pytest.raises(RuntimeError, match="no instruction count"):
        instructions.refs("==1== valgrind: failed to start tool")


def test_pages_are_spread_evenly_and_the_same_every_time() -> None:
    items = [bytes([i]) for i in range(10)]
    assert instructions.evenly(items, 5) == [bytes([i]) for i in (0, 2, 4, 6, 8)]
    assert instructions.evenly(items, 3) == [bytes([i]) for i in (0, 3, 6)]
    assert instructions.evenly(items, 20) == items


def test_the_table_takes_the_warm_up_off_and_gives_both_ratios() -> None:
    counts = [
        Count("newsclean", 10, base=6_000_000_000, total=9_000_000_000),  # 3 G of work
        Count("trafilatura", 10, base=2_000_000_000, total=8_000_000_000),  # 6 G
        Count("lxml", 10, base=100_000_000, total=300_000_000),  # 0.2 G
    ]
    rows = {line.split(" | ")[0].strip("| "): line for line in
            instructions.table(counts).splitlines()[2:]}
    assert rows["newsclean"] == "| newsclean | 3.00 | 300.0 | 15.0 | 0.500 |"
    assert rows["trafilatura"] == "| trafilatura | 6.00 | 600.0 | 30.0 | 1.000 |"
    assert rows["lxml"] == "| lxml | 0.20 | 20.0 | 1.0 | 0.033 |"


def test_without_a_peer_the_ratios_are_left_out() -> None:
    rows = instructions.table([Count("newsclean", 2, base=1, total=11)]).splitlines()
    assert rows[2] == "| newsclean | 0.00 | 0.0 | – | – |"


def test_the_worker_runs_the_warm_up_alone_or_every_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bytes] = []
    monkeypatch.setattr(instructions, "_extractor", lambda tool: seen.append)
    pages = tmp_path / "pages.pickle"
    pages.write_bytes(pickle.dumps([b"<p>a</p>", b"<p>b</p>"]))
    instructions.work("newsclean", pages, every=False)
    assert seen == [b"<p>a</p>"]
    instructions.work("newsclean", pages, every=True)
    assert seen == [b"<p>a</p>", b"<p>a</p>", b"<p>a</p>", b"<p>b</p>"]


def test_an_unknown_tool_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown tool 'goose'"):
        instructions._extractor("goose")


def test_without_valgrind_the_command_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert instructions.main(["--per-set", "1"]) == 2
    assert "valgrind is not installed" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_a_count_under_callgrind_is_positive_and_grows_with_the_pages(tmp_path: Path) -> None:
    pages = tmp_path / "pages.pickle"
    pages.write_bytes(pickle.dumps([b"<html><body><p>x</p></body></html>"] * 200))
    count = instructions.measure("lxml", pages, 200)
    assert count.base > 0
    assert count.work > 0  # 199 more parses than the warm-up alone
