"""newsclean on a Dask cluster: pages, files or WARC archives in, one record per page out.

Needs the ``dask`` extra (``pip install 'newsclean[dask]'``). Everything runs wherever the
active ``dask.distributed.Client`` points, a `LocalCluster` or a remote scheduler alike (see
docs/batch.md). Each record is the same dict that ``newsclean batch`` writes as a JSON line:
the Article's fields plus ``id``, ``status`` and ``input``, or an error record, so one bad
page never fails a partition.

The limits of ``newsclean batch`` hold here too. A Dask task never extracts a page itself:
it hands its pages one at a time to a page worker, a process of its own forked from a
server that imported newsclean once (`newsclean.batch.Pool`), under the per-page time limit
and the address-space cap of `newsclean.batch.Settings`. A page past either becomes an error
record (``Timeout``, ``MemoryLimit``, ``WorkerDied``) and the page worker is replaced; the Dask
worker itself is never stuck, and no page loses its record.

`run` writes JSONL files as ``newsclean batch`` does, a part file per task, each record
made durable before the next, so that ``resume=True`` after a crash (even ``kill -9`` of the
whole cluster) processes each missing page once and records nothing twice.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import multiprocessing
import re
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

try:
    import dask.bag as db
    import pandas as pd
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "newsclean.dask needs Dask: pip install 'newsclean[dask]'"
    ) from exc

from newsclean.batch import (
    DEFAULT_MEMORY_MB,
    DEFAULT_TIMEOUT,
    Input,
    JsonlWriter,
    OutputExists,
    Pool,
    Settings,
    Stats,
    lines,
    sources,
    warc_inputs,
)

PARTITION_SIZE = 200
"""Files per task in `run`: enough pages (seconds of work) to amortise a task's overhead,
few enough that a task lost with its Dask worker costs little to redo. A WARC file is one
task whatever its size, read where it is processed."""
START_METHOD = "forkserver"
"""How a task starts its page worker: a Dask worker runs threads, so it must not fork
itself; a fork server (one per Dask worker, single-threaded, newsclean imported) can."""

COLUMNS: dict[str, str] = {
    "id": "object",
    "status": "object",
    "error_type": "object",
    "error_message": "object",
    "warc_record_id": "object",
    "target_uri": "object",
    "url": "object",
    "canonical_url": "object",
    "title": "object",
    "authors": "object",
    "author_organizations": "object",
    "published": "object",
    "site_name": "object",
    "language": "object",
    "agency": "object",
    "text": "object",
    "word_count": "int64",
    "extractor": "object",
    "confidence": "float64",
}
"""The columns of `to_dataframe`; lists stay Python lists, dates ISO 8601 strings."""


def _page(page: Sequence[Any]) -> Input:
    """An (id, html), (id, html, url) or (id, html, url, fetched) tuple as an `Input`;
    `fetched`, when the page was fetched, is a datetime (naive: UTC) or None."""
    if len(page) not in (2, 3, 4):
        raise ValueError("a page is (id, html), (id, html, url) or (id, html, url, fetched), "
                         f"not {len(page)} items")
    url = page[2] if len(page) >= 3 else None
    fetched = page[3] if len(page) == 4 else None
    if fetched is not None and not isinstance(fetched, datetime):
        raise ValueError(f"a page's fetched is a datetime or None, not {type(fetched).__name__}")
    return Input(id=str(page[0]), kind="bag", html=page[1], url=url, fetched=fetched)


def allow_worker_processes() -> None:
    """Let this process start page workers, even as a Dask worker process.

    Dask starts its worker processes as daemons, and multiprocessing forbids a daemon to
    start processes of its own (the flag promises that its children die with it). Page
    workers keep that promise by their own means (a parent-death signal, and end-of-file on
    their pipe), so the flag is lifted in the process that runs the task.
    """
    process = multiprocessing.current_process()
    if process.daemon:
        process.daemon = False


def _settings(extractors: Sequence[str] | None, policy: str | None, timeout: float,
              memory_mb: int, fetched: datetime | None = None) -> Settings:
    return Settings(extractors=tuple(extractors) if extractors else None, policy=policy,
                    timeout=timeout, memory_mb=memory_mb, fetched=fetched)


# Page workers idle between tasks, by settings, in this (Dask worker) process: a task takes
# one (or starts one) and gives it back when done, so workers start once per Dask worker
# thread, not once per task. Module state on purpose: it is this process's own resource.
_IDLE: dict[Settings, list[Pool]] = {}
_IDLE_LOCK = threading.Lock()


@contextlib.contextmanager
def page_worker(settings: Settings) -> Iterator[Pool]:
    """A pool of one page worker for one task; kept for the next task unless the task
    failed (then its state is unknown, and it is closed)."""
    with _IDLE_LOCK:
        idle = _IDLE.setdefault(settings, [])
        pool = idle.pop() if idle else None
    if pool is None:
        allow_worker_processes()
        pool = Pool(1, settings, START_METHOD)
    try:
        yield pool
    except BaseException:
        pool.close()
        raise
    with _IDLE_LOCK:
        _IDLE[settings].append(pool)


@atexit.register
def _close_idle() -> None:
    with _IDLE_LOCK:
        pools = [pool for idle in _IDLE.values() for pool in idle]
        _IDLE.clear()
    for pool in pools:
        pool.close()


def _records(inputs: Iterable[Input], settings: Settings) -> list[dict[str, Any]]:
    """The records of `inputs`, each page extracted by a page worker under the limits."""
    with page_worker(settings) as pool:
        return [json.loads(line) for line, _ in lines(pool, inputs)]


def extract_bag(
    pages: db.Bag,
    *,
    extractors: Sequence[str] | None = None,
    policy: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
) -> db.Bag:
    """A bag of records from a bag of (id, html), (id, html, url) or (id, html, url,
    fetched) tuples (`fetched`: when the page was fetched, as `newsclean.extract` takes it).

    `timeout` (seconds per page) and `memory_mb` (address space of the page worker) are
    those of ``newsclean batch``."""
    settings = _settings(extractors, policy, timeout, memory_mb)
    return pages.map_partitions(lambda part: _records(map(_page, part), settings))


def _warc_records(paths: Iterable[str], settings: Settings) -> list[dict[str, Any]]:
    return _records((item for path in paths for item in warc_inputs(path)), settings)


def extract_warcs(
    paths: Sequence[str],
    *,
    extractors: Sequence[str] | None = None,
    policy: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
) -> db.Bag:
    """A bag of records from WARC files (one partition per file, records streamed).

    Paths must be readable from every worker (a shared file system); only HTML response
    records become records, as in ``newsclean batch``. Limits as in `extract_bag`.
    """
    settings = _settings(extractors, policy, timeout, memory_mb)
    files = db.from_sequence(list(paths), npartitions=max(1, len(paths)))
    return files.map_partitions(lambda part: _warc_records(part, settings))


# --------------------------------------------------------------------------- JSONL runs

_PART = re.compile(r"^part-(\d+)-(\d+)\.jsonl$")


@dataclass(frozen=True)
class Part:
    """One task of `run`: its output file and its pages (files, or one WARC's records)."""

    path: str
    items: tuple[Input, ...] = ()
    warc: str | None = None
    skip: frozenset[str] = field(default_factory=frozenset)
    """Ids of the WARC's records already in the output (written by an earlier run)."""


def run_part(part: Part, settings: Settings) -> tuple[int, int, int, dict[str, int]]:
    """Process one part into its file; returns (records written, errors, skipped, WARC
    records passed over per reason: `Stats.passed`).

    The file is resumed, never rewritten: a task that Dask runs again (its worker died)
    skips what the lost run already recorded, so nothing is recorded twice.
    """
    from newsclean.batch import run as run_batch

    skipped = 0

    def fresh(inputs: Iterable[Input]) -> Iterator[Input]:
        nonlocal skipped
        for item in inputs:
            if item.id in part.skip:
                skipped += 1
            else:
                yield item

    inputs = part.items if part.warc is None else warc_inputs(part.warc, passed=True)
    with page_worker(settings) as pool:
        stats = run_batch(fresh(inputs), part.path, settings=settings, resume=True, pool=pool)
    return stats.done, stats.errors, stats.skipped + skipped, stats.passed


def _warc_of(record_id: str) -> str:
    return record_id.rpartition("#")[0]


def plan(specs: Sequence[str], output: Path, done: set[str], run_number: int,
         include: Sequence[str] = (), partition_size: int = PARTITION_SIZE
         ) -> tuple[list[Part], int]:
    """The tasks of one run: inputs not in `done`, files in groups of `partition_size`,
    one task per WARC file, each with a part file of this run; and the count of files
    skipped as done (a WARC's done records are skipped by its task)."""
    by_warc: dict[str, set[str]] = {}
    for record_id in done:
        by_warc.setdefault(_warc_of(record_id), set()).add(record_id)
    parts: list[Part] = []
    chunk: list[Input] = []
    seen: set[str] = set()
    skipped = 0

    def name() -> str:
        return str(output / f"part-{run_number:03d}-{len(parts):05d}.jsonl")

    for source in sources(specs, include):
        key = source if isinstance(source, str) else source.id
        if key in seen:
            continue
        seen.add(key)
        if isinstance(source, str):
            parts.append(Part(name(), warc=source,
                              skip=frozenset(by_warc.get(source, ()))))
        elif source.id in done:
            skipped += 1
        else:
            chunk.append(source)
            if len(chunk) >= partition_size:
                parts.append(Part(name(), items=tuple(chunk)))
                chunk = []
    if chunk:
        parts.append(Part(name(), items=tuple(chunk)))
    return parts, skipped


def _existing(output: Path) -> list[Path]:
    return sorted(p for p in output.glob("part-*.jsonl") if _PART.match(p.name))


def run(
    specs: Sequence[str],
    output: str | Path,
    *,
    include: Sequence[str] = (),
    extractors: Sequence[str] | None = None,
    policy: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
    partition_size: int = PARTITION_SIZE,
    resume: bool = False,
    overwrite: bool = False,
    fetched: datetime | None = None,
) -> Stats:
    """``newsclean batch`` on Dask: `specs` (files, folders, globs, WARCs, as on the command
    line) into the folder `output`, one ``part-RUN-TASK.jsonl`` per task. `fetched`, as
    ``newsclean batch --fetched``: when the files were fetched (a WARC record keeps its own
    date).

    Paths must be readable, and `output` writable, from every worker (a shared file
    system). With `resume`, inputs already recorded in `output` are skipped and the rest go
    to new part files; with `overwrite`, earlier part files are removed first. A part file
    still being written (a run not yet stopped) raises `newsclean.batch.OutputBusy`.
    """
    from dask.base import compute
    from dask.delayed import delayed

    folder = Path(output)
    folder.mkdir(parents=True, exist_ok=True)
    existing = _existing(folder)
    if existing and not (resume or overwrite):
        raise OutputExists(
            f"{folder} already holds part files; use resume=True to continue the run "
            "or overwrite=True to replace it"
        )
    done: set[str] = set()
    kept_errors = 0
    for path in existing:  # locks each in turn: a file still being written is refused
        with JsonlWriter(path, resume=True) as writer:
            done |= writer.done
            kept_errors += writer.errors
    if not resume:
        for path in existing:
            path.unlink()
        existing, done, kept_errors = [], set(), 0
    runs = [int(m.group(1)) for p in existing if (m := _PART.match(p.name))]
    settings = _settings(extractors, policy, timeout, memory_mb, fetched)
    parts, skipped = plan(specs, folder, done, 1 + max(runs, default=0), include,
                          partition_size)
    stats = Stats(skipped=skipped, kept_errors=kept_errors)
    start = time.monotonic()
    results = compute(*[delayed(run_part)(part, settings) for part in parts])
    for written, errors, skipped, passed in results:
        stats.done += written
        stats.errors += errors
        stats.skipped += skipped
        for reason, count in passed.items():
            stats.passed[reason] = stats.passed.get(reason, 0) + count
    stats.elapsed = time.monotonic() - start
    return stats


def _row(record: dict[str, Any]) -> dict[str, Any]:
    error = record.get("error") or {}
    source = record.get("input") or {}
    row: dict[str, Any] = {name: record.get(name) for name in COLUMNS}
    row.update(
        error_type=error.get("type"),
        error_message=error.get("message"),
        warc_record_id=source.get("record_id"),
        target_uri=source.get("target_uri"),
        authors=record.get("authors") or [],
        author_organizations=record.get("author_organizations") or [],
        word_count=int(record.get("word_count") or 0),
        confidence=float(record.get("confidence") or 0.0),
    )
    return row


def to_dataframe(records: db.Bag) -> Any:
    """A Dask DataFrame with the `COLUMNS` of each record (ok and error rows alike)."""
    meta = pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in COLUMNS.items()})
    return records.map(_row).to_dataframe(meta=meta)


__all__ = ["COLUMNS", "extract_bag", "extract_warcs", "run", "to_dataframe"]
