"""Run extractors over datasets, each (extractor, dataset) in its own spawned process.

A fresh process per task makes the peak memory (`ru_maxrss`) that extractor's own and keeps
one peer's crash or leak from touching the others. In the process, every page is first
parsed by plain lxml and then given to the extractor, both timed: the ratio of the two
totals (`x_parse`) stays meaningful on a loaded machine, where absolute times do not.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue as queue_module
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    import resource
except ImportError:  # Windows: no rusage; memory and process CPU are then reported as 0
    resource = None  # type: ignore[assignment]

PAGE_TIMEOUT = 120.0
"""Seconds an extractor may spend on one page before it counts as an error there."""


@dataclass(frozen=True)
class Task:
    extractor: str
    dataset: str
    data: str | None = None
    limit: int | None = None
    page_timeout: float = PAGE_TIMEOUT
    half: str | None = None
    perturb: str | None = None


@dataclass
class PageRun:
    """What one extractor did on one page."""

    id: str
    text: str
    seconds: float
    parse_seconds: float
    error: str | None = None
    cpu_seconds: float = 0.0
    """CPU time of the extractor's call: unlike `seconds`, barely moved by other processes."""


@dataclass
class TaskRun:
    """One extractor over one dataset: the outputs of every page and the process's peak RSS."""

    task: Task
    version: str
    pages: list[PageRun] = field(default_factory=list)
    peak_rss_mb: float = 0.0
    base_rss_mb: float = 0.0
    failure: str | None = None
    """Set when the extractor could not be set up at all (then `pages` is empty)."""
    process_cpu_seconds: float = 0.0
    """CPU time of the whole process (imports, loading, parsing, extracting)."""


class _PageTimeout(Exception):
    pass


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Interrupt a page that takes too long (SIGALRM; the task runs in the main thread)."""
    if seconds <= 0 or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise _PageTimeout(f"page took over {seconds:g}s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _process_cpu() -> float:
    if resource is None:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _rss_mb() -> float:
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    if resource is None:
        return 0.0
    scale = 1 / (1024 * 1024) if sys.platform == "darwin" else 1 / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def run_task(task: Task, progress: Any = None) -> TaskRun:
    """Run in the child: load the pages, build the extractor, time it page by page."""
    import lxml.html

    from benchmarks.datasets import load
    from benchmarks.extractors import BY_NAME
    from newsclean.document import decode

    spec = BY_NAME[task.extractor]
    pages = load(
        task.dataset, Path(task.data) if task.data else None, task.limit,
        half=task.half, perturb=task.perturb,  # type: ignore[arg-type]
    )
    result = TaskRun(task=task, version=spec.version or "?", base_rss_mb=_rss_mb())
    try:
        extract = spec.build()
        if pages:  # warm-up: lazy imports and caches are not a per-page cost
            with contextlib.suppress(Exception), _deadline(task.page_timeout):
                extract(pages[0].html if spec.takes == "bytes" else decode(pages[0].html)[0])
    except Exception as exc:
        result.failure = f"{type(exc).__name__}: {exc}"
        return result
    for page in pages:
        start = time.perf_counter()
        with contextlib.suppress(Exception):
            lxml.html.document_fromstring(page.html)
        parse_seconds = time.perf_counter() - start
        text, error = "", None
        start, cpu_start = time.perf_counter(), time.process_time()
        try:
            with _deadline(task.page_timeout):
                html: bytes | str = page.html if spec.takes == "bytes" else decode(page.html)[0]
                text = extract(html)
        except Exception as exc:  # a peer that raises scores empty on this page
            error = f"{type(exc).__name__}: {exc}"[:300]
        seconds = time.perf_counter() - start
        cpu = time.process_time() - cpu_start
        result.pages.append(PageRun(page.id, text or "", seconds, parse_seconds, error, cpu))
        if progress is not None:
            with contextlib.suppress(Exception):
                progress.put(1)
    result.peak_rss_mb = _rss_mb()
    result.process_cpu_seconds = _process_cpu()
    return result


def _child(task: Task, progress: Any) -> TaskRun:
    try:
        return run_task(task, progress)
    except Exception:
        return TaskRun(task=task, version="?", failure=traceback.format_exc(limit=3))


class Progress:
    """A tqdm bar when tqdm is installed, else a line every ten percent."""

    def __init__(self, total: int, enabled: bool = True) -> None:
        self.total, self.done, self.enabled = total, 0, enabled
        self._next_print = 0.1
        self._bar: Any = None
        if enabled:
            try:
                from tqdm import tqdm

                self._bar = tqdm(total=total, unit="page", file=sys.stderr, smoothing=0.05)
            except ImportError:
                pass

    def update(self, n: int) -> None:
        self.done += n
        if self._bar is not None:
            self._bar.update(n)
        elif self.enabled and self.total and self.done / self.total >= self._next_print:
            print(f"  {self.done}/{self.total} pages", file=sys.stderr, flush=True)
            self._next_print += 0.1

    def note(self, message: str) -> None:
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def run_all(
    tasks: Sequence[Task],
    jobs: int,
    total_pages: int,
    show_progress: bool = True,
    on_done: Callable[[TaskRun], None] | None = None,
) -> list[TaskRun]:
    """Run `tasks` on `jobs` spawned processes (one fresh process per task); keep task order."""
    ctx = multiprocessing.get_context("spawn")
    bar = Progress(total_pages, enabled=show_progress)
    results: dict[int, TaskRun] = {}
    with ctx.Manager() as manager:
        progress = manager.Queue()
        with ProcessPoolExecutor(
            max_workers=max(1, jobs), mp_context=ctx, max_tasks_per_child=1
        ) as pool:
            pending: dict[Future[TaskRun], int] = {
                pool.submit(_child, task, progress): i for i, task in enumerate(tasks)
            }
            while pending:
                done, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                _drain(progress, bar)
                for future in done:
                    index = pending.pop(future)
                    try:
                        run = future.result()
                    except Exception as exc:  # the child died (killed, out of memory)
                        run = TaskRun(task=tasks[index], version="?", failure=repr(exc))
                    results[index] = run
                    status = run.failure.splitlines()[-1] if run.failure else "done"
                    bar.note(f"{run.task.extractor} on {run.task.dataset}: {status}")
                    if on_done is not None:
                        on_done(run)
            _drain(progress, bar)
    bar.close()
    return [results[i] for i in range(len(tasks))]


def _drain(progress: Any, bar: Progress) -> None:
    n = 0
    while True:
        try:
            n += progress.get_nowait()
        except (queue_module.Empty, EOFError, OSError):
            break
    if n:
        bar.update(n)
