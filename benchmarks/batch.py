"""Batch throughput and memory: `python -m benchmarks.batch [--pages N] [--dask]`.

The AEB pages are written once to a temporary folder and hard-linked over and over to make
N inputs (the same page mix, cycled, so runs are comparable). Three runs of
`newsclean.batch.run`, as `newsclean batch` does them:

1. 1 worker over N inputs, 2. 2 workers over the same N inputs -> pages/s and the speed-up
   (target: >= 1.8x on 2 cores; on a machine shared with other jobs it will be lower),
3. 2 workers over M inputs -> the largest worker peak RSS after 1, 10, 100, 1,000 ...
   M records: flat from 1,000 on means no growth per page.

With `--dask`, runs 1 and 2 are repeated with `newsclean.dask.run` on a `LocalCluster` of 1
and 2 worker processes (one thread each, so one page worker each), after a warm-up run that
starts the page workers (once per Dask worker, about a second). `--dask-in-process` runs the
Dask workers as threads of this process instead (`LocalCluster(processes=False)`): the pages
are still extracted in page worker processes, so on one machine Dask's worker processes only
add a hop and take CPU from the page workers.

Run it with `nice` on a shared machine; the load average at start is printed with the figures.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.datasets import DatasetMissing, aeb
from newsclean import batch


def make_inputs(folder: Path, count: int) -> list[batch.Input]:
    """`count` inputs cycling over the AEB pages, as hard links to one copy of each."""
    pages = folder / "pages"
    pages.mkdir(exist_ok=True)
    originals = []
    for page in aeb():
        path = pages / f"{page.id}.html"
        if not path.exists():
            path.write_bytes(page.html)
        originals.append(path)
    links = folder / "inputs"
    links.mkdir(exist_ok=True)
    inputs = []
    for n in range(count):
        link = links / f"{n:06d}.html"
        if not link.exists():
            os.link(originals[n % len(originals)], link)
        inputs.append(batch.Input(id=str(link), kind="file", path=str(link)))
    return inputs


def timed_run(inputs: list[batch.Input], output: Path,
              workers: int) -> tuple[batch.Stats, float]:
    """Run a batch; return its stats and the CPU seconds its workers used per page.

    CPU per page does not depend on what else runs on the machine: when it is the same with
    1 and 2 workers, any shortfall of the speed-up comes from cores taken by other jobs.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    stats = batch.run(inputs, output, workers=workers, overwrite=True)
    stats.elapsed = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return stats, cpu / max(1, stats.done)


def process_cpu() -> tuple[float, float]:
    """CPU seconds used so far by this process and its descendants, split into page
    workers (processes forked by a multiprocessing fork server) and the rest (here: the
    client, the scheduler and the Dask worker processes)."""
    import psutil

    me = psutil.Process()
    pages = rest = 0.0
    for proc in [me, *me.children(recursive=True)]:
        try:
            times = proc.cpu_times()
            forked = "forkserver" in " ".join(proc.cmdline())
        except psutil.Error:  # ended meanwhile
            continue
        if forked:
            pages += times.user + times.system
        else:
            rest += times.user + times.system
    return pages, rest


def dask_rates(inputs: list[batch.Input], folder: Path, partition_size: int,
               profiler: bool = False, in_process: bool = False) -> dict[int, float]:
    """pages/s of `newsclean.dask.run` on a LocalCluster of 1 and 2 worker processes, and
    the CPU per page of the page workers and of Dask's own processes (which a busy machine
    does not change much: it says how much of the cores Dask itself takes).

    Dask workers sample their threads' stacks every 10 ms for the dashboard's profile;
    `profiler=False` (the default here) turns that off, as for any CPU-bound job.
    `in_process`: the Dask workers are threads of this process, not processes."""
    import dask
    from distributed import Client, LocalCluster

    from newsclean import dask as nd

    specs = [i.path or "" for i in inputs]
    rates = {}
    kind = "threads of the client process" if in_process else "processes"
    print(f"\nDask workers as {kind}, worker profiler {'on' if profiler else 'off'}, "
          f"{partition_size} pages a task"
          "\n\n| Dask workers | pages | errors | seconds | pages/s | page worker CPU ms/page "
          "| Dask CPU ms/page | load avg after |\n|---|---|---|---|---|---|---|---|")
    for workers in (1, 2):
        with dask.config.set({"distributed.worker.profile.enabled": profiler}), \
                LocalCluster(n_workers=workers, threads_per_worker=1, processes=not in_process,
                             dashboard_address=None) as cluster, Client(cluster):
            warm = specs[: 2 * workers]  # starts each worker's page worker
            nd.run(warm, folder / f"warm-{workers}", partition_size=1, overwrite=True)
            pages_before, rest_before = process_cpu()
            stats = nd.run(specs, folder / f"dask-{workers}", partition_size=partition_size,
                           overwrite=True)
            pages_after, rest_after = process_cpu()
        rates[workers] = stats.rate
        done = max(1, stats.done)
        print(f"| {workers} | {stats.done} | {stats.errors} | {stats.elapsed:.1f} "
              f"| {stats.rate:.1f} | {(pages_after - pages_before) * 1000 / done:.1f} "
              f"| {(rest_after - rest_before) * 1000 / done:.1f} "
              f"| {os.getloadavg()[0]:.2f} |", flush=True)
    print(f"\nspeed-up on Dask, 2 workers vs 1: {rates[2] / rates[1]:.2f}x (target >= 1.8x)")
    return rates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.batch", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000,
                        help="inputs for the 1- and 2-worker throughput runs (default 2000)")
    parser.add_argument("--memory-pages", type=int, default=10000,
                        help="inputs for the memory run with 2 workers (default 10000; 0: skip)")
    parser.add_argument("--dask", action="store_true",
                        help="also measure 1 and 2 workers on a Dask LocalCluster")
    parser.add_argument("--partition-size", type=int, default=100,
                        help="pages per Dask task (default 100)")
    parser.add_argument("--dask-profiler", action="store_true",
                        help="leave the Dask workers' statistical profiler on (off by default)")
    parser.add_argument("--dask-in-process", action="store_true",
                        help="run the Dask workers as threads of this process (processes=False)")
    args = parser.parse_args(argv)
    load = os.getloadavg()[0]
    print(f"cores: {os.cpu_count()}  load average at start: {load:.2f}  "
          "(a shared machine: other jobs take CPU during the runs)")
    with tempfile.TemporaryDirectory(prefix="newsclean-bench-") as tmp:
        try:
            inputs = make_inputs(Path(tmp), max(args.pages, args.memory_pages))
        except DatasetMissing as exc:
            print(exc, file=sys.stderr)
            return 1
        out = Path(tmp) / "out.jsonl"
        rates = {}
        print("\n| workers | pages | errors | seconds | pages/s | worker CPU ms/page "
              "| load avg after |\n|---|---|---|---|---|---|---|")
        for workers in (1, 2):
            stats, cpu = timed_run(inputs[: args.pages], out, workers)
            rates[workers] = stats.rate
            print(f"| {workers} | {stats.done} | {stats.errors} | {stats.elapsed:.1f} "
                  f"| {stats.rate:.1f} | {cpu * 1000:.0f} | {os.getloadavg()[0]:.2f} |",
                  flush=True)
        print(f"\nspeed-up, 2 workers vs 1: {rates[2] / rates[1]:.2f}x (target >= 1.8x)")
        if args.dask:
            dask_rates(inputs[: args.pages], Path(tmp), args.partition_size,
                       args.dask_profiler, args.dask_in_process)

        if args.memory_pages <= 0:
            return 0
        stats, cpu = timed_run(inputs[: args.memory_pages], out, 2)
        print(f"\nmemory run: {stats.done} pages ({stats.errors} errors), 2 workers, "
              f"{stats.rate:.1f} pages/s, {cpu * 1000:.0f} CPU ms/page, "
              f"load average now {os.getloadavg()[0]:.2f}")
        print("\n| records written | largest worker peak RSS (MB) |\n|---|---|")
        for done, kb in sorted(stats.rss_kb.items()):
            print(f"| {done} | {kb / 1024:.0f} |")
        marks = [d for d in sorted(stats.rss_kb) if d >= 1000]
        if len(marks) >= 2:
            first, last = stats.rss_kb[marks[0]], stats.rss_kb[marks[-1]]
            print(f"\npeak RSS at record {marks[0]}: {first / 1024:.0f} MB; at record "
                  f"{marks[-1]}: {last / 1024:.0f} MB ({(last - first) / 1024:+.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
