"""`python -m benchmarks`: run extractors over datasets and write the results.

    python -m benchmarks                                   # everything installed, both datasets
    python -m benchmarks --extractors newsclean trafilatura --datasets aeb --limit 20
    python -m benchmarks --datasets path/to/my-pages --out /tmp/my-results
    python -m benchmarks --extractors newsclean trafilatura --perturb classless --out /tmp/x
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import collapse, metadata, report, stages, structure
from benchmarks.datasets import (
    DATASETS,
    HALVES,
    DatasetError,
    DatasetMissing,
    available,
    load,
    metric_of,
)
from benchmarks.extractors import (
    SPECS,
    UnknownExtractor,
    default_names,
    has_wire_option,
    resolve,
)
from benchmarks.perturb import PERTURBATIONS
from benchmarks.runner import PAGE_TIMEOUT, Task, run_all
from benchmarks.summary import score_pages, subsets, summarize


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Compare article extractors on datasets: quality, speed and memory.",
    )
    p.add_argument("--extractors", nargs="+", metavar="NAME",
                   help="extractors to run (default: every one installed): "
                        + ", ".join(s.name for s in SPECS))
    p.add_argument("--datasets", nargs="+", metavar="NAME_OR_DIR",
                   help=f"datasets: {', '.join(DATASETS)} or a folder of your own pages "
                        "(see docs/benchmarks.md); default: every shared set present")
    p.add_argument("--limit", type=int, help="only the first N pages of each dataset")
    p.add_argument("--half", choices=HALVES,
                   help="only one half of each shared set, split by site with a fixed hash: "
                        "tune rules on 'tune', check them on 'check' (default: both)")
    p.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                   help="extractor processes run at once (default: %(default)s)")
    p.add_argument("--data", type=Path, help="folder holding aeb/, readability-js/, "
                   "wcxb-dev/ and fundus-dev/ "
                   "(default: $NEWSCLEAN_DATA or ../shared/datasets)")
    p.add_argument("--out", type=Path, default=report.RESULTS,
                   help="where results are written (default: benchmarks/results)")
    p.add_argument("--no-docs", action="store_true",
                   help="do not regenerate docs/benchmarks.md and the README table "
                        "(they are regenerated only by a full default run into the default "
                        "--out: every installed extractor, both shared datasets, no --limit)")
    p.add_argument("--page-timeout", type=float, default=PAGE_TIMEOUT,
                   help="seconds per page before it counts as an error (default: %(default)s)")
    p.add_argument("--no-stages", action="store_true",
                   help="skip the stage timing of newsclean (python -m benchmarks.stages), "
                        "run otherwise after the extractors whenever newsclean is one of them")
    p.add_argument("--perturb", choices=sorted(PERTURBATIONS),
                   help="rewrite every page first, alike for every extractor "
                   "(benchmarks/perturb.py): how much each one leans on class names or "
                   "sectioning tags; no stage timing")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--list", action="store_true", help="list the extractors and exit")
    return p


def slowest_first(tasks: list[Task], previous: Path) -> list[int]:
    """Task indices, the slowest in the previous run first, so that no long task starts last
    and runs alone on an otherwise idle pool. Without a previous run, the given order."""
    try:
        rows = json.loads(previous.read_text(encoding="utf-8"))
        cost = {(r["extractor"], r["dataset"]): float(r["seconds"] or 0.0) for r in rows}
    except (OSError, ValueError, KeyError, TypeError):
        cost = {}
    return sorted(
        range(len(tasks)), key=lambda i: -cost.get((tasks[i].extractor, tasks[i].dataset), 0.0)
    )


report.register_section(metadata.report_section)
report.register_section(stages.report_section)
report.register_section(structure.report_section)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.list:
        for spec in SPECS:
            state = spec.version or "not installed"
            note = " (needs extract(strip_wire=...))" if spec.name == "newsclean-wire-kept" \
                and not has_wire_option() else ""
            print(f"{spec.name:24} {spec.kind:10} {state}{note}")
        return 0
    try:
        specs = resolve(args.extractors or default_names())
        names = args.datasets or available(args.data) or list(DATASETS)
        datasets = {
            name: load(name, args.data, args.limit, args.half, args.perturb) for name in names
        }
    except (UnknownExtractor, DatasetMissing, DatasetError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for name, pages in datasets.items():
        if not pages:
            print(f"error: dataset {name!r} has no pages", file=sys.stderr)
            return 2
    data = str(args.data) if args.data else None
    tasks = [
        Task(spec.name, ds, data, args.limit, args.page_timeout, args.half, args.perturb)
        for spec in specs
        for ds in datasets
    ]
    order = slowest_first(tasks, args.out / "latest.json")
    total = sum(len(datasets[t.dataset]) for t in tasks)
    print(f"{len(specs)} extractors × {len(datasets)} datasets = {total} page runs "
          f"on {args.jobs} processes", file=sys.stderr)
    load_at_start = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    started = time.perf_counter()
    runs = run_all([tasks[i] for i in order], args.jobs, total, show_progress=not args.quiet)
    runs = [run for _, run in sorted(zip(order, runs, strict=True), key=lambda pair: pair[0])]
    wall = time.perf_counter() - started
    stage_sets: list[stages.SetTimes] = []
    if not args.no_stages and args.perturb is None and "newsclean" in [s.name for s in specs]:
        print("stage timing of newsclean (--no-stages skips it)", file=sys.stderr)
        stage_sets = stages.run(list(datasets), data, args.limit, args.half, jobs=args.jobs)

    kinds = {s.name: s.kind for s in specs}
    rows, pages = [], {}
    for run in runs:
        metric = metric_of(run.task.dataset)
        results = score_pages(datasets[run.task.dataset], run.pages, metric)
        pages[(run.task.extractor, run.task.dataset)] = results
        rows.append(summarize(run, kinds[run.task.extractor], results, metric))
        for subset, chosen in subsets(results).items():
            row = summarize(run, kinds[run.task.extractor], chosen, metric)
            rows.append({**row, "subset": subset})
    rep = report.Report(rows=rows, pages=pages, run={
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()} {platform.system()}, Python {platform.python_version()}",
        "cpus": os.cpu_count(),
        "jobs": args.jobs,
        "limit": args.limit,
        "data_dir": data,
        "wall_seconds": round(wall, 1),
        "cpu_seconds": round(sum(r.process_cpu_seconds for r in runs), 1),
        "load_average": load_at_start,
        "command": " ".join(["python -m benchmarks", *(sys.argv[1:] if argv is None else argv)]),
        "half": args.half,
        "perturb": args.perturb,
    }, extras={"stages": stage_sets})
    full = (
        args.limit is None
        and args.half is None
        and args.perturb is None
        and args.out.resolve() == report.RESULTS
        and [s.name for s in specs] == default_names()
        and list(datasets) == list(DATASETS)
    )
    docs = full and not args.no_docs
    if not full:
        print("partial run: docs/benchmarks.md and README.md left as they are", file=sys.stderr)
    written = report.write(rep, args.out, docs=docs)
    if stage_sets:
        written.append(stages.write_json(stage_sets, args.out))
    print(report.tables(rows))
    found = collapse.collapses(pages)
    if found:
        collapsed = collapse.table(found)
        (args.out / "collapses.md").write_text(collapsed, encoding="utf-8")
        written.append(args.out / "collapses.md")
        print("\n" + collapsed)
    print(f"\nwall time {wall:.0f}s; wrote: " + ", ".join(str(p) for p in written))
    failures = [r for r in runs if r.failure]
    for run in failures:
        print(f"warning: {run.task.extractor} on {run.task.dataset} failed: "
              f"{run.failure.splitlines()[-1] if run.failure else ''}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
