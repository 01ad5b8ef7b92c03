"""Write a run's results: latest.json, a Markdown table, a PNG plot, the worst pages, docs.

Other modules can add Markdown sections to the report (and to docs/benchmarks.md) with
`register_section`: a function of the `Report` returning Markdown, or None to add nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.summary import PageResult, uncovered_spans

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"

WORST_PAGES = 3
"""Worst pages listed per extractor and dataset (the file is committed: keep it readable)."""
SPAN_CHARS = 240
"""Longest excerpt of one missed or extra passage in the worst-pages report."""
SPANS_PER_PAGE = 6


@dataclass
class Report:
    """Everything a report section may need: the rows and every page's result."""

    rows: list[dict[str, Any]]
    pages: dict[tuple[str, str], list[PageResult]]
    """(extractor, dataset) -> per-page results."""
    run: dict[str, Any] = field(default_factory=dict)
    """How the run was made: date, command, machine, jobs, wall time."""
    extras: dict[str, Any] = field(default_factory=dict)
    """Results of other measurements of the same run, for their sections (e.g. "stages")."""


Section = Callable[[Report], str | None]
SECTIONS: list[Section] = []


def register_section(section: Section) -> Section:
    """Add a Markdown section after the main tables (usable as a decorator)."""
    SECTIONS.append(section)
    return section


# --- formatting -----------------------------------------------------------------------


def _num(x: float | None, digits: int = 3) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def _datasets(rows: Sequence[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(r["dataset"] for r in rows))


def _by_f1(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (r["f1"] is None, -(r["f1"] or 0.0), r["extractor"]))


def dataset_table(rows: Sequence[dict[str, Any]]) -> str:
    """One dataset's rows as a Markdown table, best F1 first."""
    snippets = any(r["snippets"] for r in rows)
    head = ["extractor", "version", "n", "err", "P", "R", "F1 ± se", "exact"]
    if snippets:
        head += ["snip P", "snip R"]
    head += ["median ms", "p95 ms", "total s", "CPU s", "× parse", "peak MB"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in _by_f1(rows):
        cells = [
            f"`{r['extractor']}`", r["version"], str(r["n"]), str(r["errors"]),
            _num(r["precision"]), _num(r["recall"]),
            f"**{_num(r['f1'])}** ± {_num(r['f1_stderr'])}" if r["f1"] is not None else "–",
            _num(r["accuracy"], 2),
        ]
        if snippets:
            cells += [_num(r["snippet_precision"]), _num(r["snippet_recall"])]
        cells += [
            _num(r["median_ms"], 1), _num(r["p95_ms"], 1), _num(r["seconds"], 1),
            _num(r["cpu_seconds"], 1), _num(r["x_parse"], 1), _num(r["peak_rss_mb"], 0),
        ]
        if r["failure"]:
            cells[0] += " (failed)"
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def whole(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of whole datasets (not of a page type or a half)."""
    return [r for r in rows if not r.get("subset")]


def breakdown_table(rows: Sequence[dict[str, Any]], dataset: str) -> str | None:
    """F1 of each extractor on each subset of one dataset (page types, tune/check halves)."""
    mine = [r for r in rows if r["dataset"] == dataset and r.get("subset")]
    if not mine:
        return None
    names = list(dict.fromkeys(r["subset"] for r in mine))
    cell = {(r["extractor"], r["subset"]): r for r in mine}
    order = [r["extractor"] for r in _by_f1(whole([r for r in rows if r["dataset"] == dataset]))]
    head = ["extractor", *(f"{n} ({cell[(order[0], n)]['n_scored']})" if (order and (
        order[0], n) in cell) else n for n in names)]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name in order:
        f1s = [_num(cell[(name, n)]["f1"]) if (name, n) in cell else "–" for n in names]
        lines.append("| " + " | ".join([f"`{name}`", *f1s]) + " |")
    return "\n".join(lines)


def tables(rows: Sequence[dict[str, Any]]) -> str:
    parts = []
    main = whole(rows)
    for ds in _datasets(main):
        mine = [r for r in main if r["dataset"] == ds]
        metric = mine[0].get("metric", "shingle") if mine else "shingle"
        label = "WCXB word F1 (mean of per-page F1)" if metric == "words" else \
            "AEB shingle F1"
        parts.append(f"### {ds}\n\n{label}.\n\n{dataset_table(mine)}")
        split = breakdown_table(rows, ds)
        if split:
            parts.append(f"F1 by page type and by half (tune/check split by site; pages "
                         f"scored in brackets):\n\n{split}")
    return "\n\n".join(parts)


def run_stamp(rows: Sequence[dict[str, Any]], run: dict[str, Any]) -> str:
    """Which run a table shows (its date, newsclean's version, its command), written with the
    table so that the README's prose never names a run other than the one it shows."""
    versions = sorted({r["version"] for r in rows if r["extractor"] == "newsclean"})
    parts = [
        f"Run of {run['date']}" if run.get("date") else "Run",
        f"newsclean {', '.join(versions)}" if versions else "",
        f"`{run['command']}`" if run.get("command") else "",
    ]
    return ", ".join(p for p in parts if p) + "."


def headline(rows: Sequence[dict[str, Any]], run: dict[str, Any] | None = None) -> str:
    """A compact table for the README: F1 on each dataset, speed and memory, one line each,
    under the run's stamp when the run is given."""
    stamp = run_stamp(rows, run) + "\n\n" if run is not None else ""
    rows = whole(rows)
    datasets = _datasets(rows)
    extractors = list(dict.fromkeys(r["extractor"] for r in rows))
    cell = {(r["extractor"], r["dataset"]): r for r in rows}
    first = datasets[0] if datasets else ""

    def key(name: str) -> tuple[float, str]:
        row = cell.get((name, first))
        return (-(row["f1"] or 0.0) if row else 0.0, name)

    head = ["extractor", *(f"F1 {d}" for d in datasets), "mean ms/page", "× parse", "peak MB"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name in sorted(extractors, key=key):
        mine = [cell[(name, d)] for d in datasets if (name, d) in cell]
        f1s = [
            f"{_num(cell[(name, d)]['f1'])} ± {_num(cell[(name, d)]['f1_stderr'])}"
            if (name, d) in cell and cell[(name, d)]["f1"] is not None else "–"
            for d in datasets
        ]
        seconds = sum(r["seconds"] for r in mine)
        parse = sum(r["parse_seconds"] for r in mine)
        pages = sum(r["n"] for r in mine)
        ms = 1000 * seconds / pages if pages else None
        lines.append(
            "| " + " | ".join([
                f"`{name}`", *f1s, _num(ms, 1),
                _num(seconds / parse if parse else None, 1),
                _num(max((r["peak_rss_mb"] or 0.0) for r in mine) if mine else None, 0),
            ]) + " |"
        )
    return stamp + "\n".join(lines)


def worst_pages(report: Report, k: int = WORST_PAGES) -> str:
    """For each extractor and dataset, its `k` lowest-F1 pages with missed and extra text."""
    out = [
        "# Worst pages per extractor",
        "",
        "Lines starting `-` are true text the extractor missed, `+` text it added "
        "(passages none of whose 4-token shingles match the other side).",
    ]
    for (extractor, dataset), results in report.pages.items():
        scored = [r for r in results if r.score is not None]
        if not scored:
            continue
        worst = sorted(scored, key=lambda r: (r.score.f1 if r.score else 0.0, r.id))[:k]
        out += ["", f"## `{extractor}` on {dataset}"]
        for r in worst:
            assert r.score is not None
            error = f" — error: {r.error}" if r.error else ""
            out += [
                "",
                f"### {r.id}: F1 {r.score.f1:.3f} (P {r.score.precision:.3f}, "
                f"R {r.score.recall:.3f}){error}",
                "",
                "```diff",
            ]
            lines = [("-", s) for s in uncovered_spans(r.truth, r.text)[:SPANS_PER_PAGE]]
            lines += [("+", s) for s in uncovered_spans(r.text, r.truth)[:SPANS_PER_PAGE]]
            for sign, span in lines:
                short = span if len(span) <= SPAN_CHARS else span[: SPAN_CHARS - 1] + "…"
                out.append(f"{sign} {short}")
            if not lines:
                out.append("  (same shingles; differs only in repeats)")
            out.append("```")
    return "\n".join(out) + "\n"


def plot(rows: Sequence[dict[str, Any]], path: Path) -> bool:
    """F1 against median time per page, one point per extractor, one panel per dataset."""
    rows = whole(rows)
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    datasets = [d for d in _datasets(rows) if any(r["f1"] is not None for r in rows
                                                  if r["dataset"] == d)]
    if not datasets:
        return False
    fig, axes = plt.subplots(1, len(datasets), figsize=(5.5 * len(datasets), 5), squeeze=False)
    names = list(dict.fromkeys(r["extractor"] for r in rows))
    palette = plt.get_cmap("tab20").colors
    colour = {name: palette[i % len(palette)] for i, name in enumerate(names)}
    markers = {"newsclean": "*", "peer": "o", "baseline": "s"}
    handles: dict[str, Any] = {}
    for ax, ds in zip(axes[0], datasets, strict=True):
        for r in rows:
            if r["dataset"] != ds or r["f1"] is None or not r["median_ms"]:
                continue
            handles[r["extractor"]] = ax.errorbar(
                r["median_ms"], r["f1"], yerr=r["f1_stderr"] or 0.0, capsize=2,
                fmt=markers.get(r["kind"], "o"), color=colour[r["extractor"]],
                markersize=11 if r["kind"] == "newsclean" else 7, label=r["extractor"],
            )
        ax.set_xscale("log")
        ax.set_xlabel("median time per page (ms, log scale)")
        metric = next((r.get("metric") for r in rows if r["dataset"] == ds), "shingle")
        ax.set_ylabel("WCXB word F1" if metric == "words" else "AEB shingle F1")
        ax.set_title(ds)
        ax.grid(True, alpha=0.3)
    fig.suptitle("F1 (± bootstrap s.e.) against median time per page")
    fig.tight_layout()
    fig.legend(list(handles.values()), list(handles), loc="center left", fontsize=8,
               bbox_to_anchor=(1.0, 0.5), title="★ newsclean  ● peer  ■ baseline",
               title_fontsize=8)
    fig.savefig(path, dpi=110, bbox_inches="tight")
    plt.close(fig)
    return True


def _run_line(run: dict[str, Any]) -> str:
    keys = ("date", "machine", "cpus", "jobs", "limit", "wall_seconds", "cpu_seconds",
            "load_average", "command")
    return "; ".join(f"{k}: {run[k]}" for k in keys if run.get(k) is not None)


def markdown(report: Report, plot_name: str | None) -> str:
    parts = [
        "# Benchmark results",
        "",
        f"Run: {_run_line(report.run)}.",
        "",
        "F1 is each set's own metric with its bootstrap standard error: AEB's shingle F1 "
        "(F1 of mean precision and mean recall over pages) on aeb and readability-js, WCXB's "
        "word F1 (mean over pages of the bag-of-words F1 of lower-cased `\\w+` tokens) on "
        "wcxb-dev and fundus-dev (against fundus's summary, section headlines and "
        "paragraphs); `exact` is AEB's exact-match accuracy; `× parse` is the "
        "extractor's time over plain lxml parsing of the same pages in the same process; "
        "`CPU s` the CPU time of its calls (less affected by a busy machine than `total s`); "
        "`peak MB` is the peak RSS of the extractor's own process.",
        "",
        tables(report.rows),
    ]
    if plot_name:
        parts += ["", f"![F1 against time per page]({plot_name})"]
    for section in SECTIONS:
        text = section(report)
        if text:
            parts += ["", text.strip()]
    return "\n".join(parts) + "\n"


def replace_between_markers(path: Path, content: str) -> bool:
    """Put `content` between the bench marker lines of `path`; False when they are absent."""
    if not path.exists():
        return False
    text = path.read_text(encoding="utf-8")
    # Markers count only on lines of their own, so prose may quote them.
    pattern = re.compile(
        rf"^{re.escape(START)}[ \t]*$.*?^{re.escape(END)}[ \t]*$", re.DOTALL | re.MULTILINE
    )
    if not pattern.search(text):
        return False
    new = pattern.sub(lambda _: f"{START}\n{content.strip()}\n{END}", text, count=1)
    path.write_text(new, encoding="utf-8")
    return True


def write(report: Report, out: Path, docs: bool = True) -> list[Path]:
    """Write every output of a run into `out` (and the docs when `docs`); return the paths."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    latest = out / "latest.json"
    latest.write_text(json.dumps(report.rows, indent=1) + "\n", encoding="utf-8")
    (out / "run.json").write_text(json.dumps(report.run, indent=1) + "\n", encoding="utf-8")
    with (out / "pages.jsonl").open("w", encoding="utf-8") as fh:
        for (extractor, dataset), results in report.pages.items():
            for r in results:
                fh.write(json.dumps({
                    "extractor": extractor, "dataset": dataset, "id": r.id,
                    "f1": None if r.score is None else round(r.score.f1, 4),
                    "precision": None if r.score is None else round(r.score.precision, 4),
                    "recall": None if r.score is None else round(r.score.recall, 4),
                    "seconds": round(r.seconds, 5), "error": r.error,
                }) + "\n")
    written += [latest, out / "run.json", out / "pages.jsonl"]
    png = out / "latest.png"
    plotted = plot(report.rows, png)
    if plotted:
        written.append(png)
    md = out / "latest.md"
    md.write_text(markdown(report, png.name if plotted else None), encoding="utf-8")
    worst = out / "worst-pages.md"
    worst.write_text(worst_pages(report), encoding="utf-8")
    written += [md, worst]
    if docs:
        doc_body = markdown(report, None).split("\n", 2)[2]  # without the title
        image = "\n\n![F1 against time per page](../benchmarks/results/latest.png)" if plotted \
            else ""
        doc_body += image + "\n\nThe worst pages of each extractor, with the text it missed " \
            "or added: [benchmarks/results/worst-pages.md](../benchmarks/results/worst-pages.md)."
        for path, content in (
            (ROOT / "docs" / "benchmarks.md", doc_body),
            (ROOT / "README.md", headline(report.rows, report.run)
             + "\n\nFull tables, method and plot: [docs/benchmarks.md](docs/benchmarks.md)."),
        ):
            if replace_between_markers(path, content):
                written.append(path)
    return written
