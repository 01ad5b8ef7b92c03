"""From raw task runs to scored rows: one row per (extractor, dataset), plus per-page scores."""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from benchmarks.datasets import Page
from benchmarks.metrics import (
    PageScore,
    SnippetCounts,
    accuracy,
    aggregate,
    bootstrap_stderr,
    mean_f1,
    page_scorer,
    percentile,
    shingles,
    snippet_counts,
)
from benchmarks.runner import PageRun, TaskRun

ROW_FIELDS = (
    "extractor", "kind", "version", "dataset", "metric", "n", "errors", "precision", "recall", "f1",
    "f1_stderr", "precision_stderr", "recall_stderr", "accuracy", "accuracy_stderr",
    "n_scored", "snippets", "snippet_precision", "snippet_recall", "seconds", "cpu_seconds",
    "median_ms", "p95_ms", "parse_seconds", "x_parse", "peak_rss_mb", "base_rss_mb", "failure",
)
"""The keys of every row of latest.json, in order."""


@dataclass(frozen=True)
class PageResult:
    """One page as an extractor did it: its score (None without a true text) and its output."""

    id: str
    score: PageScore | None
    accuracy: float | None
    snippets: SnippetCounts
    seconds: float
    parse_seconds: float
    error: str | None
    truth: str
    text: str
    cpu_seconds: float = 0.0
    page_type: str | None = None
    half: str = ""


def score_pages(
    pages: Sequence[Page], runs: Sequence[PageRun], metric: str = "shingle"
) -> list[PageResult]:
    """Each page's score under `metric`: "shingle" (AEB's) or "words" (WCXB's)."""
    by_id = {p.id: p for p in pages}
    scorer = page_scorer(metric)
    out = []
    for run in runs:
        page = by_id[run.id]
        out.append(
            PageResult(
                id=run.id,
                score=scorer(page.truth, run.text) if page.has_truth else None,
                accuracy=accuracy(page.truth, run.text) if page.has_truth else None,
                snippets=snippet_counts(run.text, page.with_snippets, page.without_snippets),
                seconds=run.seconds,
                parse_seconds=run.parse_seconds,
                error=run.error,
                truth=page.truth,
                text=run.text,
                cpu_seconds=run.cpu_seconds,
                page_type=page.page_type,
                half=page.half if page.group else "",  # only sets split by site
            )
        )
    return out


def subsets(results: Sequence[PageResult]) -> dict[str, list[PageResult]]:
    """The breakdowns reported beside a dataset's whole figure: each page type (where the
    set has several) and each half of the tune/check split."""
    out: dict[str, list[PageResult]] = {}
    types = sorted({r.page_type for r in results if r.page_type})
    if len(types) > 1:
        for t in types:
            out[t] = [r for r in results if r.page_type == t]
    for half in ("tune", "check"):
        chosen = [r for r in results if r.half == half]
        if chosen:
            out[half] = chosen
    return out


def _round(x: float | None, digits: int = 4) -> float | None:
    return None if x is None else round(x, digits)


def summarize(
    run: TaskRun, kind: str, results: Sequence[PageResult], metric: str = "shingle"
) -> dict[str, Any]:
    """The row of one (extractor, dataset): quality with standard errors, time, memory.

    F1 follows the dataset's metric: "shingle" is AEB's F1 of mean precision and recall,
    "words" WCXB's mean of per-page F1.
    """
    scored = [r for r in results if r.score is not None]
    scores = [r.score for r in scored if r.score is not None]
    accs = [r.accuracy or 0.0 for r in scored]
    p, rec, f = mean_f1(scores) if metric == "words" else aggregate(scores)
    se = bootstrap_stderr(scores, accs, page_f1=metric == "words")
    snippets = sum((r.snippets for r in results), SnippetCounts())
    seconds = sum(r.seconds for r in results)
    parse = sum(r.parse_seconds for r in results)
    times_ms = [r.seconds * 1000 for r in results]
    has_snippets = snippets.total > 0
    row: dict[str, Any] = {
        "extractor": run.task.extractor,
        "metric": metric,
        "kind": kind,
        "version": run.version,
        "dataset": run.task.dataset,
        "n": len(results),
        "errors": sum(1 for r in results if r.error),
        "precision": _round(p) if scores else None,
        "recall": _round(rec) if scores else None,
        "f1": _round(f) if scores else None,
        "f1_stderr": _round(se.f1) if scores else None,
        "precision_stderr": _round(se.precision) if scores else None,
        "recall_stderr": _round(se.recall) if scores else None,
        "accuracy": _round(statistics.fmean(accs)) if accs else None,
        "accuracy_stderr": _round(se.accuracy) if accs else None,
        "n_scored": len(scores),
        "snippets": snippets.total,
        "snippet_precision": _round(snippets.precision) if has_snippets else None,
        "snippet_recall": _round(snippets.recall) if has_snippets else None,
        "seconds": _round(seconds, 3),
        "cpu_seconds": _round(sum(r.cpu_seconds for r in results), 3),
        "median_ms": _round(percentile(times_ms, 0.5), 2),
        "p95_ms": _round(percentile(times_ms, 0.95), 2),
        "parse_seconds": _round(parse, 3),
        "x_parse": _round(seconds / parse, 2) if parse > 0 else None,
        "peak_rss_mb": _round(run.peak_rss_mb, 1),
        "base_rss_mb": _round(run.base_rss_mb, 1),
        "failure": run.failure,
    }
    return {key: row[key] for key in ROW_FIELDS}


# --- where an extractor went wrong on a page ------------------------------------------

_TOKEN = re.compile(r"\w+", re.UNICODE)


def uncovered_spans(text: str, other: str, n: int = 4) -> list[str]:
    """Stretches of `text` none of whose n-token shingles occur in `other`.

    With `text` the truth these are the missed passages; with `text` the output, the extra
    ones. A token counts as covered when any shingle containing it is shared, so the spans
    are exactly what the shingle metric penalises, in the original wording.
    """
    matches = list(_TOKEN.finditer(text or ""))
    if not matches:
        return []
    seen = shingles(other, n)
    words = [m.group() for m in matches]
    covered = [False] * len(words)
    if len(words) < n:
        covered = [" ".join(words) in seen] * len(words)
    else:
        for i in range(len(words) - n + 1):
            if " ".join(words[i : i + n]) in seen:
                for j in range(i, i + n):
                    covered[j] = True
    spans: list[str] = []
    start: int | None = None
    for i, ok in enumerate([*covered, True]):
        if not ok and start is None:
            start = i
        elif ok and start is not None:
            segment = text[matches[start].start() : matches[i - 1].end()]
            spans.append(" ".join(segment.split()))
            start = None
    return spans
