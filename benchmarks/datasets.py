"""Benchmark datasets: AEB, Mozilla Readability's test pages, and a user's own folder.

Data is read from ``../shared/datasets`` beside the checkout, or from the directory in
``$NEWSCLEAN_DATA``; it is never copied into the repository.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html

ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """Where datasets live: $NEWSCLEAN_DATA, else ../shared/datasets beside the checkout."""
    env = os.environ.get("NEWSCLEAN_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "datasets"


class DatasetMissing(RuntimeError):
    """A dataset's folder is absent; the message says where it was looked for."""


@dataclass
class Page:
    """One benchmark page: raw bytes, the expected body text, optional metadata."""

    id: str
    html: bytes
    truth: str
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def _require(path: Path, name: str) -> Path:
    if not path.exists():
        raise DatasetMissing(
            f"dataset {name!r} not found at {path}; set NEWSCLEAN_DATA or pass --data "
            "(see README, 'Datasets')"
        )
    return path


def aeb(base: Path | None = None) -> Iterator[Page]:
    """The Article Extraction Benchmark: 181 pages with their true article bodies."""
    root = _require((base or data_dir()) / "aeb", "aeb")
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        item = truth[key]
        html = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        yield Page(id=key, html=html, truth=item.get("articleBody") or "", url=item.get("url"))


def html_text(html: str) -> str:
    """Visible text of an HTML fragment, one block per paragraph."""
    from newsclean.blocks import segment

    root = lxml.html.fragment_fromstring(html, create_parent="div")
    return "\n\n".join(b.text for b in segment(root))


def readability_js(base: Path | None = None) -> Iterator[Page]:
    """Mozilla Readability's test pages; the truth is the text of expected.html."""
    root = _require((base or data_dir()) / "readability-js" / "pages", "readability-js")
    for case in sorted(p for p in root.iterdir() if p.is_dir()):
        source, expected = case / "source.html", case / "expected.html"
        if not (source.exists() and expected.exists()):
            continue
        meta_file = case / "expected-metadata.json"
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
        yield Page(
            id=case.name,
            html=source.read_bytes(),
            truth=html_text(expected.read_text(encoding="utf-8")),
            meta=meta,
        )


DATASETS = {"aeb": aeb, "readability-js": readability_js}
