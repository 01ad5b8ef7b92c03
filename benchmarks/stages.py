"""Where `extract()`'s time goes, stage by stage: `python -m benchmarks.stages`.

    python -m benchmarks.stages                          # every dev set present
    python -m benchmarks.stages --datasets aeb --limit 50 --profile 10

On every page of each set, in one process and page by page (so a busy machine slows every
contestant alike), it times: plain `lxml.html.document_fromstring` of the bytes (the unit),
`newsclean.extract()`, `newsclean.pipeline.timed_extract()` (the same call, recording each
stage: decode+parse, segmentation, each extractor the chain ran, metadata, normalisation and
assembly) and trafilatura as the main benchmark runs it (`trafilatura.extract(html,
include_comments=False)`). Times are reported as multiples of the parse, which survive a
loaded machine where milliseconds do not, and `extract()` as a share of trafilatura's.
The slowest pages are listed with their stage split; `--profile N` also runs the N slowest
pages of each set under cProfile and prints the functions that take the time.

`python -m benchmarks` runs this too (unless `--no-stages`) and adds the tables to its report.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import pstats
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

SLOWEST = 5
"""Slowest pages listed per set."""
ID_CHARS = 24
"""Page ids are cut to this length in tables (AEB's are 64-character hashes)."""
PROFILE_LINES = 15
"""Functions listed per set in the profile."""
STAGE_LABELS: dict[str, str] = {
    "load": "decode + parse (`load`)",
    "segment": "segmentation (`document_blocks`, `page_groups`)",
    "pagetype": "page type (`pagetype.classify`)",
    "extractors": "scoring (the chain's extractors)",
    "metadata": "metadata (`extract_metadata`)",
    "assemble": "normalisation + assembly (`assemble`)",
}


@dataclass
class PageTimes:
    """One page's seconds: the parse unit, `extract()`, its stages, and the peer."""

    id: str
    kb: float
    parse: float
    extract: float
    stages: dict[str, float] = field(default_factory=dict)
    peer: float | None = None
    error: str | None = None
    same: bool = True
    """Whether `timed_extract` gave the same text as `extract()` (it must)."""


@dataclass
class SetTimes:
    dataset: str
    pages: list[PageTimes]
    peer: str | None
    profile: str = ""


def _clock(fn: Callable[[bytes], Any], html: bytes) -> tuple[float, Any]:
    """Seconds of `fn(html)`, and its result (or the exception it raised)."""
    start = time.perf_counter()
    try:
        out = fn(html)
    except Exception as exc:  # a page that fails is timed all the same
        return time.perf_counter() - start, exc
    return time.perf_counter() - start, out


def _peer() -> tuple[str | None, Callable[[bytes], str] | None]:
    """trafilatura as the main benchmark runs it, when installed."""
    from benchmarks.extractors import BY_NAME

    spec = BY_NAME["trafilatura"]
    if not spec.available:
        return None, None
    return f"trafilatura {spec.version}", spec.build()


def _best(repeat: int, fn: Callable[[bytes], Any], html: bytes) -> tuple[float, Any]:
    """The fastest of `repeat` timed calls, and the first call's result: the minimum is
    the least disturbed by other processes on a shared machine."""
    seconds, out = _clock(fn, html)
    for _ in range(repeat - 1):
        seconds = min(seconds, _clock(fn, html)[0])
    return seconds, out


def _settle() -> None:
    """Keep the garbage collector's full collections out of the stages, as the batch's
    workers keep them out of their pages (`newsclean.batch._settle`): what the warm-up
    loaded (modules, models, tables) is frozen out of its sight, and `measure` collects
    before each page's calls. Otherwise a full collection, which walks every object of
    the process, lands in whichever stage crosses its threshold: 80-360 ms in the page
    type of aeb `ec3878db…` and readability-js `yahoo-1`, in the segmentation of aeb
    `7ab16ade…`, on pages whose whole `extract()`, a moment earlier, took 23-30 ms."""
    gc.collect()
    gc.freeze()


def measure(dataset: str, data: str | None = None, limit: int | None = None,
            half: str | None = None, profile: int = 0, repeat: int = 1) -> SetTimes:
    """Time every page of one set (run in its own process by `run`); with `repeat`, each
    figure is the fastest of that many calls (the timed path's stages: of its fastest call)."""
    import logging

    import lxml.html

    from benchmarks.datasets import load
    from newsclean import extract
    from newsclean.pipeline import preload, timed_extract

    pages = load(dataset, Path(data) if data else None, limit, half)  # type: ignore[arg-type]
    peer_name, peer = _peer()
    logging.disable(logging.CRITICAL)
    preload()
    calls: list[Callable[[bytes], Any]] = [extract, timed_extract]  # type: ignore[list-item]
    if pages:  # warm-up: imports, caches and lazy loading are not a per-page cost
        for fn in [*calls, *([peer] if peer else [])]:
            _clock(fn, pages[0].html)
    _settle()
    out: list[PageTimes] = []
    for page in pages:
        gc.collect()  # see `_settle`
        parse, _ = _best(repeat, lxml.html.document_fromstring, page.html)
        seconds, article = _best(repeat, extract, page.html)
        timed: Any = None
        for _ in range(repeat):
            _, attempt = _clock(timed_extract, page.html)
            if not isinstance(attempt, tuple) or timed is None or (
                sum(attempt[1].values()) < sum(timed[1].values())
            ):
                timed = attempt
        row = PageTimes(page.id, len(page.html) / 1024, parse, seconds)
        if isinstance(article, Exception):
            row.error = f"{type(article).__name__}: {article}"[:200]
        if isinstance(timed, tuple):
            row.stages = timed[1]
            row.same = not isinstance(article, Exception) and timed[0].text == article.text
        else:
            row.same = isinstance(article, Exception)
        if peer is not None:
            row.peer, _ = _best(repeat, peer, page.html)
        out.append(row)
    result = SetTimes(dataset, out, peer_name)
    if profile:
        slowest = sorted(range(len(out)), key=lambda i: -sum(out[i].stages.values()))[:profile]
        result.profile = _profile([pages[i].html for i in slowest], extract)
    return result


def _profile(pages: Sequence[bytes], extract: Callable[[bytes], Any]) -> str:
    """The functions where `extract()` spends its time on these pages (cProfile)."""
    profiler = cProfile.Profile()
    for html in pages:
        profiler.runcall(_clock, extract, html)
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    stats.sort_stats("tottime")
    total = sum(t[2] for t in stats.stats.values())  # type: ignore[attr-defined]
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])  # type: ignore[attr-defined]
    lines = [
        f"cProfile of `extract()` on the {len(pages)} slowest pages, by own time "
        f"(total {total:.2f} s under the profiler):",
        "",
        "| function | calls | own s | own share | with callees s |",
        "|---|---:|---:|---:|---:|",
    ]
    for (path, line, name), (_, calls, own, cumulative, _) in rows[:PROFILE_LINES]:
        where = _short_path(path)
        lines.append(f"| `{where}:{line} {name}` | {calls} | {own:.3f} | "
                     f"{own / total:.0%} | {cumulative:.3f} |")
    by_module: dict[str, float] = {}
    for (path, _, _), (_, _, own, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        module = _short_path(path)
        by_module[module] = by_module.get(module, 0.0) + own
    lines += ["", "Own time by file:", "", "| file | own s | share |", "|---|---:|---:|"]
    for module, own in sorted(by_module.items(), key=lambda kv: -kv[1])[:PROFILE_LINES]:
        lines.append(f"| `{module}` | {own:.3f} | {own / total:.0%} |")
    return "\n".join(lines)


def _short_path(path: str) -> str:
    for marker in ("/site-packages/", "/newsclean/", "/lib/python"):
        if marker in path:
            tail = path.split(marker, 1)[1]
            return ("newsclean/" + tail) if marker == "/newsclean/" else tail
    return path


def run(datasets: Sequence[str], data: str | None = None, limit: int | None = None,
        half: str | None = None, profile: int = 0, jobs: int = 1,
        repeat: int = 1) -> list[SetTimes]:
    """Measure each set, each in its own spawned process (`jobs` at once), in order."""
    args = (data, limit, half, profile, repeat)
    if jobs <= 1 or len(datasets) <= 1:
        return [measure(d, *args) for d in datasets]
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(measure, d, *args) for d in datasets]
        return [f.result() for f in futures]


# --------------------------------------------------------------------------- tables


def _stage_names(sets: Sequence[SetTimes]) -> list[str]:
    """The stages in pipeline order, each extractor under "extractors"."""
    from newsclean.pipeline import STAGES

    extractors = sorted({k for s in sets for p in s.pages for k in p.stages
                         if k.startswith("extractor:")})
    names: list[str] = []
    for stage in STAGES:
        names.append(stage)
        if stage == "extractors":
            names += extractors
    return names


def summary(result: SetTimes) -> dict[str, Any]:
    """Totals of one set: seconds per stage, × parse, share of extract(), pages per stage."""
    pages = result.pages
    parse = sum(p.parse for p in pages)
    total = sum(p.extract for p in pages)
    stages: dict[str, dict[str, float]] = {}
    for p in pages:
        for name, seconds in p.stages.items():
            entry = stages.setdefault(name, {"seconds": 0.0, "pages": 0})
            entry["seconds"] += seconds
            entry["pages"] += 1
    staged = sum(p.stages.get(s, 0.0) for p in pages for s in STAGE_LABELS)
    peer = sum(p.peer or 0.0 for p in pages) if result.peer else None
    return {
        "dataset": result.dataset,
        "pages": len(pages),
        "errors": sum(1 for p in pages if p.error),
        "different": sum(1 for p in pages if not p.same),
        "parse_seconds": parse,
        "extract_seconds": total,
        "staged_seconds": staged,
        "x_parse": total / parse if parse else None,
        "stages": {
            name: {**entry, "x_parse": entry["seconds"] / parse if parse else None,
                   "share": entry["seconds"] / staged if staged else None}
            for name, entry in stages.items()
        },
        "peer": result.peer,
        "peer_seconds": peer,
        "peer_x_parse": peer / parse if peer and parse else None,
        "vs_peer": total / peer if peer else None,
    }


def _x(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}×"


def matrix(sets: Sequence[SetTimes]) -> str:
    """Stage × dataset, each cell the stage's total time over the set's lxml parse."""
    sums = [summary(s) for s in sets]
    header = "| stage | " + " | ".join(s["dataset"] for s in sums) + " |"
    lines = [header, "|---|" + "---:|" * len(sums)]
    for name in _stage_names(sets):
        label = STAGE_LABELS.get(name) or f"&nbsp;&nbsp;plug-in `{name.split(':', 1)[1]}`"
        cells = []
        for s in sums:
            entry = s["stages"].get(name)
            if entry is None:
                cells.append("–")
                continue
            ran = "" if entry["pages"] == s["pages"] else f" ({entry['pages']} pages)"
            cells.append(f"{_x(entry['x_parse'])}{ran}")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines.append("| **`extract()`** | " + " | ".join(f"**{_x(s['x_parse'])}**" for s in sums)
                 + " |")
    if any(s["peer"] for s in sums):
        lines.append(f"| peer: {sums[0]['peer'] or '–'}, `extract(html)` | "
                     + " | ".join(_x(s["peer_x_parse"]) for s in sums) + " |")
        lines.append("| **`extract()` / trafilatura** | " + " | ".join(
            "–" if s["vs_peer"] is None else f"**{s['vs_peer']:.2f}**" for s in sums) + " |")
    lines.append("| pages (lxml parse, ms/page) | " + " | ".join(
        f"{s['pages']} ({1000 * s['parse_seconds'] / max(1, s['pages']):.1f})" for s in sums)
        + " |")
    return "\n".join(lines)


def slowest(result: SetTimes, k: int = SLOWEST) -> str:
    """The k pages whose stages took longest, with the stage that took most (`extract()`'s
    own time beside: the two differ by noise only)."""
    lines = [
        "| page | KB | stages ms | `extract()` ms | × its parse | slowest stage | " + " | ".join(
            STAGE_LABELS[s].split(" (")[0] for s in STAGE_LABELS) + " |",
        "|---|---:|---:|---:|---:|---|" + "---:|" * len(STAGE_LABELS),
    ]
    for p in sorted(result.pages, key=lambda p: -sum(p.stages.get(s, 0.0)
                                                       for s in STAGE_LABELS))[:k]:
        stages = {s: p.stages.get(s, 0.0) for s in STAGE_LABELS}
        staged = sum(stages.values()) or 1.0
        top = max(stages, key=lambda s: stages[s])
        extractors = {k.split(":", 1)[1]: v for k, v in p.stages.items()
                      if k.startswith("extractor:")}
        if top == "extractors" and extractors:
            name = max(extractors, key=lambda k: extractors[k])
            top_label = f"{name} {extractors[name] / staged:.0%}"
        else:
            top_label = f"{top} {stages[top] / staged:.0%}"
        lines.append(
            f"| {p.id[:ID_CHARS]} | {p.kb:.0f} | {1000 * staged:.0f} | {1000 * p.extract:.0f} | "
            f"{staged / p.parse if p.parse else 0:.0f}× | {top_label} | "
            + " | ".join(f"{1000 * stages[s]:.0f}" for s in STAGE_LABELS) + " |"
        )
    return "\n".join(lines)


def markdown(sets: Sequence[SetTimes], heading: str = "##") -> str:
    parts = [
        f"{heading} Where the time goes",
        "",
        "Each cell is a stage's total time on the set over plain lxml parsing of the same "
        "pages, in the same process, page by page (`python -m benchmarks.stages`). The "
        "extractor rows split scoring by plug-in (the fallback runs only on the pages where "
        "density is unsure, their count in brackets). The stages add up to `extract()` "
        "within timer noise; trafilatura is timed on the same pages in the same loop.",
        "",
        matrix(sets),
    ]
    bad = [s.dataset for s in sets if summary(s)["different"]]
    if bad:
        parts += ["", f"**Warning**: the timed path gave another text on {', '.join(bad)}."]
    for s in sets:
        parts += ["", f"{heading}# Slowest pages of {s.dataset} (ms)", "", slowest(s)]
        if s.profile:
            parts += ["", s.profile]
    return "\n".join(parts)


def to_json(sets: Sequence[SetTimes]) -> dict[str, Any]:
    return {"summary": [summary(s) for s in sets],
            "pages": {s.dataset: [asdict(p) for p in s.pages] for s in sets}}


def write_json(sets: Sequence[SetTimes], out: Path) -> Path:
    """`stages.json`: every set's totals and every page's stage seconds."""
    path = out / "stages.json"
    path.write_text(json.dumps(to_json(sets), indent=1) + "\n", encoding="utf-8")
    return path


def report_section(report: Any) -> str | None:
    """The main benchmark's section (`benchmarks.report.register_section`)."""
    sets = report.extras.get("stages")
    return markdown(sets) if sets else None


def main(argv: list[str] | None = None) -> int:
    from benchmarks.datasets import DATASETS, HALVES, DatasetMissing, available

    p = argparse.ArgumentParser(prog="python -m benchmarks.stages",
                                description=(__doc__ or "").splitlines()[0])
    p.add_argument("--datasets", nargs="+", metavar="NAME_OR_DIR",
                   help=f"{', '.join(DATASETS)} or folders (default: every shared set present)")
    p.add_argument("--data", type=Path, help="folder holding the shared sets")
    p.add_argument("--limit", type=int, help="only the first N pages of each set")
    p.add_argument("--half", choices=HALVES)
    p.add_argument("--profile", type=int, default=0, metavar="N",
                   help="also profile the N slowest pages of each set (cProfile)")
    p.add_argument("--jobs", type=int, default=1,
                   help="sets measured at once, each in its own process (default 1)")
    p.add_argument("--repeat", type=int, default=1, metavar="N",
                   help="time each call N times and keep the fastest (default 1)")
    p.add_argument("--out", type=Path, help="also write stages.md and stages.json here")
    args = p.parse_args(argv)
    names = args.datasets or available(args.data)
    if not names:
        print("error: no dataset found", file=sys.stderr)
        return 2
    data = str(args.data) if args.data else None
    started = time.perf_counter()
    try:
        sets = run(names, data, args.limit, args.half, args.profile, args.jobs,
                   max(1, args.repeat))
    except DatasetMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    text = markdown(sets)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    print(text)
    print(f"\n{time.perf_counter() - started:.0f} s; load average now {load}", file=sys.stderr)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "stages.md").write_text(text + "\n", encoding="utf-8")
        write_json(sets, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
