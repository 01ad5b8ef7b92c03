"""A tiny end-to-end run of the benchmark harness on a temporary user dataset.

Uses only extractors that come with newsclean's core dependencies (no bench extra), and
no shared dataset.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import extractors, report
from benchmarks.__main__ import main
from benchmarks.datasets import Page
from benchmarks.runner import PageRun, Task, TaskRun, run_task
from benchmarks.summary import score_pages, summarize

STORY = [
    "The council voted on Tuesday to rebuild the old harbour bridge, ending a dispute that "
    "had divided the town for more than a decade and delayed repairs to the crossing.",
    "Engineers told the meeting that the steel frame had corroded faster than expected and "
    "that heavy lorries would have to use the ring road until the work is finished.",
    "Residents who had campaigned for a tunnel said they would accept the decision, although "
    "several asked how the cost of the project would be shared between the town and region.",
    "Work is due to start next spring and should take about two years, the mayor said, adding "
    "that a temporary footbridge would keep the market open throughout the construction.",
]


def _page(title: str, paragraphs: list[str]) -> str:
    nav = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(12))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title}</title></head><body>"
        f"<nav><ul>{nav}</ul></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        '<footer><p>Subscribe to our newsletter. Copyright 2024 The Daily Example.</p>'
        '<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>'
        "</body></html>"
    )


@pytest.fixture()
def dataset(tmp_path: Path) -> Path:
    folder = tmp_path / "mine"
    (folder / "html").mkdir(parents=True)
    entries = [
        {"id": "bridge", "text": "\n\n".join(STORY)},
        {"id": "bridge-short", "text": "\n\n".join(STORY[:3])},
        {"id": "snippets", "with": [STORY[1][:60]], "without": ["Subscribe to our newsletter"]},
    ]
    (folder / "html" / "bridge.html").write_text(_page("Bridge", STORY), encoding="utf-8")
    (folder / "html" / "bridge-short.html").write_text(_page("Bridge", STORY[:3]))
    (folder / "html" / "snippets.html").write_text(_page("Bridge", STORY))
    (folder / "truth.jsonl").write_text("\n".join(json.dumps(e) for e in entries) + "\n")
    return folder


def test_end_to_end_run_writes_every_output(dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "results"
    code = main([
        "--extractors", "newsclean-density", "trafilatura",
        "--datasets", str(dataset), "--out", str(out), "--jobs", "2", "--quiet",
    ])
    assert code == 0
    rows = json.loads((out / "latest.json").read_text())
    assert [r["extractor"] for r in rows] == ["newsclean-density", "trafilatura"]
    for row in rows:
        assert row["dataset"] == str(dataset)
        assert row["n"] == 3 and row["n_scored"] == 2 and row["errors"] == 0
        assert row["failure"] is None
        # the article is plain and long: both extractors find most of it, and the footer
        # and menu are boilerplate they drop
        assert row["f1"] > 0.8 and row["recall"] > 0.8
        assert row["snippets"] == 2 and row["snippet_recall"] == 1.0
        assert row["peak_rss_mb"] >= row["base_rss_mb"] > 0
        assert row["seconds"] > 0 and row["x_parse"] > 0 and row["cpu_seconds"] > 0
        for key in ("version", "precision", "f1_stderr", "median_ms", "p95_ms", "accuracy"):
            assert row[key] is not None
    table = (out / "latest.md").read_text()
    assert "`newsclean-density`" in table and "snip R" in table
    worst = (out / "worst-pages.md").read_text()
    assert "## `trafilatura` on" in worst and "### bridge" in worst
    pages = [json.loads(line) for line in (out / "pages.jsonl").read_text().splitlines()]
    assert len(pages) == 6 and {p["id"] for p in pages} == {"bridge", "bridge-short", "snippets"}


def test_bad_arguments_give_a_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--extractors", "nope", "--out", str(tmp_path)]) == 2
    assert "unknown extractor 'nope'" in capsys.readouterr().err
    assert main(["--datasets", str(tmp_path / "absent"), "--out", str(tmp_path)]) == 2
    assert "unknown dataset" in capsys.readouterr().err


def _raising() -> extractors.ExtractFn:
    def run(html: bytes | str) -> str:
        if b"boom" in (html if isinstance(html, bytes) else html.encode()):
            raise RuntimeError("peer failed")
        return "fine text here for the page"

    return run


def test_a_peer_that_raises_scores_empty_and_counts_errors(
    dataset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (dataset / "html" / "bridge.html").write_text("<html><body><p>boom</p></body></html>")
    spec = extractors.Spec("raiser", "newsclean", "newsclean", _raising)
    monkeypatch.setitem(extractors.BY_NAME, "raiser", spec)
    run = run_task(Task("raiser", str(dataset)))
    assert run.failure is None
    errors = {p.id: p.error for p in run.pages}
    # bridge raised on the warm-up too (suppressed) and on its timed call: an error there
    assert errors["bridge"] == "RuntimeError: peer failed"
    assert errors["bridge-short"] is None
    results = score_pages(list(_pages(dataset)), run.pages)
    row = summarize(run, "peer", results)
    assert row["errors"] == 1
    bridge = next(r for r in results if r.id == "bridge")
    assert bridge.text == "" and bridge.score is not None and bridge.score.recall == 0.0


def _slow() -> extractors.ExtractFn:
    import time

    def run(html: bytes | str) -> str:
        if b"boom" in (html if isinstance(html, bytes) else html.encode()):
            time.sleep(5)
        return "fine"

    return run


def test_a_page_over_the_timeout_counts_as_an_error(
    dataset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (dataset / "html" / "bridge-short.html").write_text("<html><body><p>boom</p></body></html>")
    monkeypatch.setitem(
        extractors.BY_NAME, "slow", extractors.Spec("slow", "newsclean", "newsclean", _slow)
    )
    run = run_task(Task("slow", str(dataset), page_timeout=0.2))
    errors = {p.id: p.error for p in run.pages}
    assert errors == {"bridge": None, "bridge-short": "_PageTimeout: page took over 0.2s",
                      "snippets": None}


def test_slowest_tasks_of_the_previous_run_go_first(tmp_path: Path) -> None:
    from benchmarks.__main__ import slowest_first

    tasks = [Task("a", "d1"), Task("b", "d1"), Task("c", "d1")]
    previous = tmp_path / "latest.json"
    # b took 9 s, c 3 s, a is unknown (0): order b, c, a
    previous.write_text(json.dumps([
        {"extractor": "b", "dataset": "d1", "seconds": 9.0},
        {"extractor": "c", "dataset": "d1", "seconds": 3.0},
    ]))
    assert slowest_first(tasks, previous) == [1, 2, 0]
    assert slowest_first(tasks, tmp_path / "absent.json") == [0, 1, 2]


def _pages(folder: Path) -> list[Page]:
    from benchmarks.datasets import user

    return list(user(folder))


def test_report_sections_and_markers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    row = summarize(
        TaskRun(Task("x", "d"), "1.0", [PageRun("p", "a b c d", 0.01, 0.001)], 50.0, 40.0),
        "peer",
        score_pages([Page("p", b"", "a b c d e")], [PageRun("p", "a b c d", 0.01, 0.001)]),
    )
    # one page: P = 1, R = .5 (see test_metrics) -> F1 = 2 * .5 / 1.5 = .6667;
    # x_parse = .01 / .001 = 10
    assert row["f1"] == pytest.approx(0.6667) and row["x_parse"] == pytest.approx(10.0)
    monkeypatch.setattr(report, "SECTIONS", [])
    report.register_section(lambda rep: f"## Extra\n\n{len(rep.rows)} rows")
    rep = report.Report(rows=[row], pages={})
    text = report.markdown(rep, None)
    assert "| `x` | 1.0 | 1 | 0 |" in text and text.rstrip().endswith("## Extra\n\n1 rows")
    doc = tmp_path / "doc.md"
    # markers quoted inside a line of prose are not markers; only lines of their own are
    prose = f"See `{report.START}` and `{report.END}`."
    doc.write_text(f"{prose}\n{report.START}\nold\n{report.END}\nafter\n")
    assert report.replace_between_markers(doc, "new table")
    assert doc.read_text() == f"{prose}\n{report.START}\nnew table\n{report.END}\nafter\n"
    assert not report.replace_between_markers(tmp_path / "none.md", "x")
    assert "| `x` | 0.667 ± 0.000 |" in report.headline([row])
    # the README's table names its own run, so no prose beside it can go stale
    stamped = report.headline([{**row, "extractor": "newsclean", "version": "9.9+gabc"}],
                              {"date": "2026-12-07 12:53 UTC", "command": "python -m benchmarks"})
    assert stamped.startswith(
        "Run of 2026-12-07 12:53 UTC, newsclean 9.9+gabc, `python -m benchmarks`.\n\n| extractor")
