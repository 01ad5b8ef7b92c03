"""newsclean on a Dask cluster: bags of pages or lists of WARC files in, bags of records out.

Needs the ``dask`` extra (``pip install 'newsclean[dask]'``). The functions only build task
graphs; they run wherever the active ``dask.distributed.Client`` points, a `LocalCluster` or a
remote scheduler alike (see docs/batch.md). Each record is the same dict that
``newsclean batch`` writes as a JSON line: the Article's fields plus ``id``, ``status`` and
``input``, or an error record, so one bad page never fails a partition.

Unlike ``newsclean batch``, there is no per-page timeout here: Dask runs tasks in threads or
long-lived processes it owns; use its worker memory limits, and `newsclean.document.Limits`
(which bound input size) for the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

try:
    import dask.bag as db
    import pandas as pd
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "newsclean.dask needs Dask: pip install 'newsclean[dask]'"
    ) from exc

from newsclean.batch import Input, Settings, process, warc_inputs

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
    """An (id, html) or (id, html, url) tuple as an `Input`."""
    if len(page) not in (2, 3):
        raise ValueError(f"a page is (id, html) or (id, html, url), not {len(page)} items")
    url = page[2] if len(page) == 3 else None
    return Input(id=str(page[0]), kind="bag", html=page[1], url=url)


def _extract_page(page: Sequence[Any], settings: Settings) -> dict[str, Any]:
    return process(_page(page), settings)


def extract_bag(
    pages: db.Bag,
    *,
    extractors: Sequence[str] | None = None,
    policy: str | None = None,
) -> db.Bag:
    """A bag of records from a bag of (id, html) or (id, html, url) tuples."""
    settings = Settings(extractors=tuple(extractors) if extractors else None, policy=policy)
    return pages.map(_extract_page, settings=settings)


def _extract_warcs(paths: Iterable[str], settings: Settings) -> Iterator[dict[str, Any]]:
    for path in paths:
        for item in warc_inputs(path):
            yield process(item, settings)


def extract_warcs(
    paths: Sequence[str],
    *,
    extractors: Sequence[str] | None = None,
    policy: str | None = None,
) -> db.Bag:
    """A bag of records from WARC files (one partition per file, records streamed).

    Paths must be readable from every worker (a shared file system); only HTML response
    records become records, as in ``newsclean batch``.
    """
    settings = Settings(extractors=tuple(extractors) if extractors else None, policy=policy)
    files = db.from_sequence(list(paths), npartitions=max(1, len(paths)))
    return files.map_partitions(lambda part: list(_extract_warcs(part, settings)))


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
        word_count=int(record.get("word_count") or 0),
        confidence=float(record.get("confidence") or 0.0),
    )
    return row


def to_dataframe(records: db.Bag) -> Any:
    """A Dask DataFrame with the `COLUMNS` of each record (ok and error rows alike)."""
    meta = pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in COLUMNS.items()})
    return records.map(_row).to_dataframe(meta=meta)


__all__ = ["COLUMNS", "extract_bag", "extract_warcs", "to_dataframe"]
