"""`benchmarks.pages`: the pages a change moved, listed rather than averaged away."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.pages import PageLine, diff, main, read, score_set

STORY = (
    "<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>"
    + "<p>The council voted on Monday to rebuild the old bridge over the river, ending a "
    "dispute that had divided the town for almost a decade.</p>" * 3
    + "</article></body></html>"
)


def _line(page: str, f1: float, text: str = "t", article: str = "a",
          half: str = "tune") -> PageLine:
    return PageLine("set", page, half, "article", f1, text, article)


def test_a_line_reads_back_as_written() -> None:
    line = _line("p1", 0.98765, "abc", "def")
    assert PageLine.parse(line.format()) == PageLine("set", "p1", "tune", "article", 0.9877,
                                                     "abc", "def")


def test_the_diff_names_each_moved_page_and_keeps_the_halves_apart() -> None:
    before = {("set", p.page): p for p in (
        _line("same", 1.0), _line("text", 0.5, half="check"), _line("json", 0.9),
        _line("gone", 0.7))}
    after = {("set", p.page): p for p in (
        _line("same", 1.0), _line("text", 0.75, text="u", half="check"),
        _line("json", 0.9, article="b"))}
    report = diff(before, after)
    assert "TEXT set text check article 0.5000 -> 0.7500" in report
    assert "JSON set json tune article" in report
    assert "MISSING set gone" in report
    assert "text/md changed 1, json-only changed 1 of 4" in report
    assert "set             check 0.5000 -> 0.7500" in report
    assert "set             tune  0.9500 -> 0.9500" in report  # "gone" has no after


def test_a_folder_of_pages_is_scored_and_compared(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "a.html").write_text(STORY, encoding="utf-8")
    truth = {"id": "a", "text": "The council voted on Monday to rebuild the old bridge."}
    (folder / "truth.jsonl").write_text(json.dumps(truth) + "\n", encoding="utf-8")
    [line] = score_set(str(folder))
    assert line.page == "a" and 0 < line.f1 < 1 and len(line.text) == len(line.article) == 12
    out = tmp_path / "pages.txt"
    out.write_text(line.format() + "\n", encoding="utf-8")
    assert read(out) == {(str(folder), "a"): line}
    assert main(["--diff", str(out), str(out)]) == 0
