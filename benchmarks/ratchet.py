"""The quality ratchet: no change lands that loses text F1 or metadata matches on a dev set.

    python -m benchmarks.ratchet            # check every dev set present against the floors
    python -m benchmarks.ratchet --update   # raise the floors to today's figures (never lowers)
    python -m benchmarks.ratchet --update --lower   # also lower: a commit of its own, saying why

The default `newsclean.extract(html)` runs on every page of every shared set present beside
the checkout (or in `--data` / `$NEWSCLEAN_DATA`). Each set is scored with its own text
metric (AEB's shingle F1 on aeb and readability-js, WCXB's word F1 on wcxb-dev, overall and
per page type, and on fundus-dev) and with the strict metadata match rates of
`benchmarks.fields` (title, authors, date) where its truth has them.

The floors live in `benchmarks/floors.json`, one number per set, page type and field; the
per-page scores they came from in `benchmarks/floors-pages.json`, so that a fall can name
the pages that lost most. A figure more than `TOLERANCE` below its floor fails the check.
F1 and match rates are deterministic, so this checks results, not time.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from benchmarks import fields
from benchmarks.datasets import (
    DATASETS,
    DatasetMissing,
    Page,
    available,
    data_dir,
    load,
    metric_of,
)
from benchmarks.metrics import PageScore, aggregate, mean_f1, page_scorer

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "benchmarks" / "floors.json"
PAGE_SCORES = ROOT / "benchmarks" / "floors-pages.json"
TOLERANCE = 0.002
"""How far below its floor a figure may fall: deterministic figures move only when the code
does, but a page's float rounding may differ across platforms by a hair."""
WORST = 8
"""Pages listed per fallen figure."""

Output = dict[str, Any]
"""What an extraction gives the ratchet: text, title, authors, date (ISO or None)."""
ExtractFn = Callable[[bytes], Output]


def newsclean_output(html: bytes) -> Output:
    """The default `newsclean.extract(html)`, as the benchmark's `newsclean` row runs it."""
    import newsclean
    from newsclean.errors import NewsCleanError

    try:
        article = newsclean.extract(html)
    except NewsCleanError:
        return {"text": "", "title": None, "authors": [], "date": None}
    return {
        "text": article.text,
        "title": article.title,
        "authors": list(article.authors),
        "date": _iso(article.published),
    }


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _run_chunk(chunk: list[tuple[str, bytes]], extract: ExtractFn) -> list[tuple[str, Output]]:
    import logging

    previous = logging.root.manager.disable
    logging.disable(logging.CRITICAL)  # plug-in warnings would drown the table
    try:
        return [(page_id, extract(html)) for page_id, html in chunk]
    finally:
        logging.disable(previous)


def run_pages(
    pages: Sequence[Page], extract: ExtractFn = newsclean_output, jobs: int = 1
) -> dict[str, Output]:
    """Every page's output, by page id; `jobs` > 1 spreads chunks over spawned processes
    (then `extract` must be importable by name, as `newsclean_output` is)."""
    items = [(p.id, p.html) for p in pages]
    if jobs <= 1:
        return dict(_run_chunk(items, extract))
    size = max(1, min(25, len(items) // (jobs * 4) or 1))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    out: dict[str, Output] = {}
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        for result in pool.map(_run_chunk, chunks, [extract] * len(chunks)):
            out.update(result)
    return out


@dataclass
class SetResult:
    """One dataset's figures and the per-page scores behind them."""

    figures: dict[str, float] = field(default_factory=dict)
    pages: dict[str, dict[str, float]] = field(default_factory=dict)
    """figure name -> page id -> that page's contribution (F1, or 1/0 for a match)."""


def score_set(name: str, pages: Sequence[Page], outputs: dict[str, Output]) -> SetResult:
    """The figures of one set: text F1 (whole, and per page type where the set has
    several) and metadata match rates where the truth has the field."""
    metric = metric_of(name)
    words = metric == "words"
    scorer = page_scorer(metric)
    result = SetResult()
    groups: dict[str, list[tuple[str, PageScore]]] = {"text": []}
    types = {p.page_type for p in pages if p.page_type}
    for page in pages:
        out = outputs[page.id]
        if page.has_truth:
            score = scorer(page.truth, out.get("text") or "")
            groups["text"].append((page.id, score))
            if len(types) > 1 and page.page_type:
                groups.setdefault(f"text/{page.page_type}", []).append((page.id, score))
        for key, hit in fields.matches(out, page.meta).items():
            result.pages.setdefault(key, {})[page.id] = float(hit)
    for key, scored in groups.items():
        scores = [s for _, s in scored]
        result.figures[key] = (mean_f1(scores) if words else aggregate(scores))[2]
        result.pages[key] = {pid: round(s.f1, 4) for pid, s in scored}
    for key in fields.FIELDS:
        hits = result.pages.get(key)
        if hits:
            result.figures[key] = sum(hits.values()) / len(hits)
    return result


def evaluate(
    names: Iterable[str],
    base: Path | None = None,
    extract: ExtractFn = newsclean_output,
    jobs: int = 1,
) -> dict[str, SetResult]:
    """Run `extract` over each named set and score it."""
    results = {}
    for name in names:
        pages = load(name, base)
        results[name] = score_set(name, pages, run_pages(pages, extract, jobs))
    return results


# --- floors ----------------------------------------------------------------------------


def read_floors(path: Path = FLOORS) -> dict[str, dict[str, float]]:
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@dataclass(frozen=True)
class Line:
    """One figure against its floor."""

    dataset: str
    figure: str
    floor: float | None
    now: float

    @property
    def fell(self) -> bool:
        return self.floor is not None and self.now < self.floor - TOLERANCE

    @property
    def rose(self) -> bool:
        return self.floor is None or _down(self.now) > self.floor


def _down(x: float) -> float:
    """A figure rounded down to 4 decimals: a floor never sits above the figure it is from."""
    return math.floor(x * 10_000 + 1e-9) / 10_000


def compare(
    results: dict[str, SetResult], floors: dict[str, dict[str, float]]
) -> list[Line]:
    lines = []
    for name, result in results.items():
        for figure, now in result.figures.items():
            lines.append(Line(name, figure, floors.get(name, {}).get(figure), now))
    return lines


def table(lines: Sequence[Line]) -> str:
    out = ["| set | figure | floor | now | Δ | |", "|---|---|---:|---:|---:|---|"]
    for line in lines:
        floor = "–" if line.floor is None else f"{line.floor:.4f}"
        delta = "" if line.floor is None else f"{line.now - line.floor:+.4f}"
        state = "**FELL**" if line.fell else ("new" if line.floor is None else
                                              ("up" if line.rose else ""))
        out.append(f"| {line.dataset} | {line.figure} | {floor} | {line.now:.4f} | {delta} | "
                   f"{state} |")
    return "\n".join(out)


def losers(
    line: Line, result: SetResult, before: dict[str, dict[str, dict[str, float]]], k: int = WORST
) -> list[tuple[str, float, float]]:
    """The pages of a fallen figure that lost most since the floors were written:
    (page id, score then, score now)."""
    then = before.get(line.dataset, {}).get(line.figure, {})
    now = result.pages.get(line.figure, {})
    drops = [(pid, then[pid], score) for pid, score in now.items()
             if pid in then and score < then[pid]]
    drops.sort(key=lambda d: (d[2] - d[1], d[0]))
    return drops[:k]


def update(
    results: dict[str, SetResult], lower: bool, floors_path: Path = FLOORS,
    pages_path: Path = PAGE_SCORES,
) -> list[str]:
    """Write the floors (raised where a figure rose; lowered too with `lower`) and the
    per-page scores; return what changed."""
    floors = read_floors(floors_path)
    changed = []
    for name, result in results.items():
        mine = floors.setdefault(name, {})
        for figure, now in result.figures.items():
            new = _down(now)
            old = mine.get(figure)
            if old is None or new > old or (lower and new < old):
                changed.append(f"{name} {figure}: {old} -> {new}")
                mine[figure] = new
    doc = {
        "_about": "Floors of the quality ratchet (python -m benchmarks.ratchet): a figure "
                  "more than 0.002 below its floor fails make test. Raise with --update in "
                  "the commit that raises the figure; lower only with --lower, in a commit "
                  "of its own that says why.",
        **{k: dict(sorted(v.items())) for k, v in sorted(floors.items())},
    }
    floors_path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", "utf-8")
    old_pages = _read_pages(pages_path)
    for name, result in results.items():
        old_pages[name] = result.pages
    pages_path.write_text(
        json.dumps(old_pages, sort_keys=True, separators=(",", ":")) + "\n", "utf-8"
    )
    return changed


def _read_pages(path: Path) -> dict[str, dict[str, dict[str, float]]]:
    if not path.exists():
        return {}
    data: dict[str, dict[str, dict[str, float]]] = json.loads(path.read_text("utf-8"))
    return data


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.ratchet", description=__doc__)
    p.add_argument("--data", type=Path, help="datasets folder (default: $NEWSCLEAN_DATA or "
                   "../shared/datasets)")
    p.add_argument("--datasets", nargs="+", choices=list(DATASETS), help="only these sets")
    p.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    p.add_argument("--update", action="store_true", help="raise the floors to today's figures")
    p.add_argument("--lower", action="store_true",
                   help="with --update, also lower floors (a commit of its own, saying why)")
    args = p.parse_args(argv)
    names = [n for n in (args.datasets or list(DATASETS)) if n in available(args.data)]
    if not names:
        where = args.data or os.environ.get("NEWSCLEAN_DATA") or data_dir()
        print(f"quality ratchet skipped: no dev set found in {where}; see README, 'Datasets'")
        return 0
    started = time.perf_counter()
    try:
        results = evaluate(names, args.data, jobs=args.jobs)
    except DatasetMissing as exc:
        print(f"quality ratchet skipped: {exc}")
        return 0
    seconds = time.perf_counter() - started
    floors = read_floors()
    lines = compare(results, floors)
    print(f"Quality ratchet: default extract() on {', '.join(names)} "
          f"({sum(len(r.pages.get('text', {})) for r in results.values())} pages scored, "
          f"{seconds:.0f}s)\n")
    print(table(lines))
    fallen = [line for line in lines if line.fell]
    if fallen:
        before = _read_pages(PAGE_SCORES)
        print(f"\n{len(fallen)} figure(s) fell more than {TOLERANCE} below the floor:")
        for line in fallen:
            print(f"\n{line.dataset} {line.figure}: {line.floor:.4f} -> {line.now:.4f}; "
                  "pages that lost most (then -> now):")
            for pid, then, now in losers(line, results[line.dataset], before):
                print(f"  {pid}: {then:.3f} -> {now:.3f}")
    if args.update:
        if fallen and not args.lower:
            print("\nnot updated: figures fell (use --lower, in a commit of its own)")
            return 1
        changed = update(results, args.lower)
        print("\nfloors updated:" if changed else "\nfloors unchanged")
        for change in changed:
            print(f"  {change}")
        return 0
    if fallen:
        return 1
    risen = [line for line in lines if line.rose and line.floor is not None]
    if risen:
        print(f"\n{len(risen)} figure(s) rose: raise their floors in this commit "
              "(python -m benchmarks.ratchet --update)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
