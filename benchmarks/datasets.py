"""Benchmark datasets: AEB, Mozilla Readability's test pages, WCXB's dev split, fundus's
saved news pages, and a user's own folder.

Data is read from ``../shared/datasets`` beside the checkout, or from the directory in
``$NEWSCLEAN_DATA``; it is never copied into the repository. The user's format is
described in ``docs/benchmarks.md`` ("Your own pages") and read by `user`.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import lxml.html

from benchmarks.fields import byline_people
from benchmarks.perturb import PERTURBATIONS, TEXT_REWRITES, is_utf8

ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """Where datasets live: $NEWSCLEAN_DATA, else ../shared/datasets beside the checkout."""
    env = os.environ.get("NEWSCLEAN_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "datasets"


class DatasetMissing(RuntimeError):
    """A dataset's folder is absent; the message says where it was looked for."""


@dataclass
class Page:
    """One benchmark page: raw bytes, the expected body text, optional metadata.

    A page of a user dataset may come with snippets only: then `has_truth` is False and
    `truth` is empty, and it counts for the snippet metrics but not the shingle ones.
    """

    id: str
    html: bytes
    truth: str
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    with_snippets: tuple[str, ...] = ()
    without_snippets: tuple[str, ...] = ()
    has_truth: bool = True
    group: str = ""
    """The site (domain, publisher) the page comes from: the unit of the tune/check split."""
    page_type: str | None = None
    """WCXB's page type (article, forum, product, ...) where the dataset labels one."""

    @property
    def half(self) -> Half:
        """"tune" or "check", by a fixed hash of the page's site (see `half_of`)."""
        return half_of(self.group or self.id)


Half = Literal["tune", "check"]
HALVES: tuple[Half, ...] = ("tune", "check")


def half_of(group: str) -> Half:
    """The half a site belongs to: CRC-32 of its name, even is "tune", odd "check".

    Fixed (no seed, no Python hash randomisation), so every run and every machine splits the
    same way; by site, so that no rule tuned on one half has seen a page of the other half's
    sites. Rules are tuned on "tune" only; "check" says whether they generalise.
    """
    return "tune" if zlib.crc32(group.encode("utf-8")) % 2 == 0 else "check"


def domain(url: str | None) -> str:
    """A URL's host without a leading "www.", the site a page belongs to."""
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.")


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
        url = item.get("url")
        yield Page(
            id=key, html=html, truth=item.get("articleBody") or "", url=url, group=domain(url),
            page_type="article",
        )


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
            group=_CASE_SUFFIX.sub("", case.name),  # "bbc-1" -> "bbc": a site's cases together
            page_type="article",
        )


_CASE_SUFFIX = re.compile(r"-\d+$")


def wcxb(base: Path | None = None) -> Iterator[Page]:
    """WCXB's dev split: 1,497 pages of seven page types, with their main content.

    The truth is `main_content` (plain text: headings on their own lines, paragraphs split
    by a blank line); 21 pages have none (their annotation is empty) and count for the
    metadata and page-type figures only. `meta` carries title, authors (the printed
    byline and the people it joins: `fields.byline_people`), publish_date, the Markdown
    truth (`markdown`) and the page type.
    """
    root = _require((base or data_dir()) / "wcxb-dev", "wcxb-dev")
    for path in sorted((root / "ground-truth").glob("*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        truth = item.get("ground_truth") or {}
        page_id = str(item.get("file_id") or path.stem)
        html = gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
        text = truth.get("main_content") or ""
        page_type = ((item.get("_internal") or {}).get("page_type") or {}).get("primary")
        url = item.get("url")
        yield Page(
            id=page_id,
            html=html,
            truth=text,
            url=url,
            meta={
                "title": truth.get("title"),
                "authors": byline_people(truth["author"]) if truth.get("author") else [],
                "published": truth.get("publish_date"),
                "markdown": truth.get("main_content_markdown") or "",
                "page_type": page_type,
            },
            with_snippets=tuple(s for s in truth.get("with") or () if isinstance(s, str)),
            without_snippets=tuple(s for s in truth.get("without") or () if isinstance(s, str)),
            has_truth=bool(text.strip()),
            group=domain(url),
            page_type=page_type,
        )


def fundus_body(item: dict[str, Any]) -> str:
    """The body fundus's parser returns: the summary, then each section's headline and
    paragraphs, one per paragraph."""
    parts: list[str] = list(item.get("summary") or [])
    for section in item.get("sections") or []:
        parts.extend(section.get("headline") or [])
        parts.extend(section.get("paragraphs") or [])
    return "\n\n".join(p for p in parts if p and p.strip())


def fundus(base: Path | None = None) -> Iterator[Page]:
    """News pages of 92 publishers in 26 countries saved by fundus for its parser tests."""
    root = _require((base or data_dir()) / "fundus-dev", "fundus-dev")
    items = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    for item in items:
        page_id = str(item["id"])
        html = gzip.decompress((root / "pages" / f"{page_id}.html.gz").read_bytes())
        yield Page(
            id=page_id,
            html=html,
            truth=fundus_body(item),
            url=item.get("url"),
            meta={
                "title": item.get("title"),
                "authors": list(item.get("authors") or []),
                "published": item.get("published"),
                "country": item.get("country"),
            },
            group=str(item.get("publisher") or page_id),
            page_type="article",
        )


class DatasetError(ValueError):
    """A user dataset is malformed; the message names the file and the entry."""


TRUTH_FILES = ("truth.jsonl", "truth.json")
"""Where a user dataset keeps its expectations, looked for in this order."""


def _entries(folder: Path) -> list[dict[str, Any]]:
    for name in TRUTH_FILES:
        path = folder / name
        if not path.exists():
            continue
        raw = path.read_text(encoding="utf-8")
        try:
            if name.endswith(".jsonl"):
                items: Any = [json.loads(line) for line in raw.splitlines() if line.strip()]
            else:
                items = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{path}: not valid JSON: {exc}") from exc
        if isinstance(items, dict):  # {"id": {...}}, as AEB's ground-truth.json
            items = [{"id": key, **value} for key, value in items.items()]
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise DatasetError(f"{path}: expected a list of objects, or an object of objects")
        return items
    raise DatasetMissing(
        f"no {' or '.join(TRUTH_FILES)} in {folder}; see docs/benchmarks.md, 'Your own pages'"
    )


def _html_file(folder: Path, entry: dict[str, Any]) -> Path:
    if entry.get("file"):
        return folder / str(entry["file"])
    page_id = str(entry["id"])
    for candidate in (
        folder / "html" / f"{page_id}.html",
        folder / "html" / f"{page_id}.html.gz",
        folder / f"{page_id}.html",
        folder / f"{page_id}.html.gz",
    ):
        if candidate.exists():
            return candidate
    return folder / "html" / f"{page_id}.html"


def _snippets(entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DatasetError(f"{where}: {key!r} must be a string or a list of strings")
    return tuple(value)


def user(folder: Path) -> Iterator[Page]:
    """A user's own pages: HTML files plus ``truth.jsonl`` (or ``truth.json``).

    Each entry has an ``id``; the expected body in ``text`` (or ``articleBody``) and/or
    snippets in ``with`` / ``without``; optionally ``file`` (path of the page relative to the
    folder; default ``html/<id>.html`` or ``<id>.html``, gzipped allowed), ``url`` and
    ``metadata``.
    """
    folder = _require(Path(folder), str(folder))
    for n, entry in enumerate(_entries(folder), 1):
        where = f"{folder} entry {n}"
        if "id" not in entry:
            raise DatasetError(f"{where}: no 'id'")
        text = entry.get("text", entry.get("articleBody"))
        if text is not None and not isinstance(text, str):
            raise DatasetError(f"{where}: 'text' must be a string")
        with_s = _snippets(entry, "with", where)
        without_s = _snippets(entry, "without", where)
        if text is None and not (with_s or without_s):
            raise DatasetError(f"{where}: needs 'text' and/or 'with'/'without' snippets")
        path = _html_file(folder, entry)
        if not path.exists():
            raise DatasetError(f"{where}: page file {path} not found")
        html = path.read_bytes()
        if path.suffix == ".gz":
            html = gzip.decompress(html)
        meta = entry.get("metadata") or {}
        yield Page(
            id=str(entry["id"]),
            html=html,
            truth=text or "",
            url=entry.get("url"),
            meta=meta if isinstance(meta, dict) else {},
            with_snippets=with_s,
            without_snippets=without_s,
            has_truth=text is not None,
        )


DATASETS = {
    "aeb": aeb,
    "readability-js": readability_js,
    "wcxb-dev": wcxb,
    "fundus-dev": fundus,
}
"""The shared datasets by name; a user dataset is named by its folder instead."""

METRICS: dict[str, str] = {
    "aeb": "shingle",
    "readability-js": "shingle",
    "wcxb-dev": "words",
    "fundus-dev": "words",
}
"""Each shared set's own text metric (see `benchmarks.metrics`): AEB's 4-token shingles for
AEB and Readability's pages, WCXB's bag of words for WCXB and fundus. A user's folder is
scored with shingles."""


def metric_of(name: str) -> str:
    return METRICS.get(name, "shingle")


def available(base: Path | None = None) -> list[str]:
    """The shared datasets present under `base` (default: `data_dir()`)."""
    root = base or data_dir()
    return [name for name in DATASETS if (root / name).is_dir()]  # folders named as the sets


def load(
    name: str,
    base: Path | None = None,
    limit: int | None = None,
    half: Half | None = None,
    perturb: str | None = None,
) -> list[Page]:
    """A dataset's pages by name (see `DATASETS`) or by folder path, the first `limit` of them
    (of the given `half` only, when one is given), each rewritten by the named perturbation
    (`benchmarks.perturb`) when one is given."""
    if name in DATASETS:
        pages = DATASETS[name](base)
    elif Path(name).is_dir():
        pages = user(Path(name))
    else:
        raise DatasetMissing(
            f"unknown dataset {name!r}: use one of {', '.join(DATASETS)} or the folder "
            "of your own pages (see docs/benchmarks.md)"
        )
    out: list[Page] = []
    for page in pages:
        if limit is not None and len(out) >= limit:
            break
        if half is not None and page.half != half:
            continue
        out.append(page)
    if perturb is not None:
        out = [_perturbed(page, perturb) for page in out]
    return out


def _perturbed(page: Page, name: str) -> Page:
    """`page` rewritten by the perturbation `name`, its truth too where the rewrite changes
    the page's words (`benchmarks.perturb.TEXT_REWRITES`, on the pages it rewrites)."""
    html = PERTURBATIONS[name](page.html)
    words = TEXT_REWRITES.get(name)
    if words is None or not is_utf8(page.html):
        return replace(page, html=html)
    return replace(
        page, html=html, truth=words(page.truth),
        with_snippets=tuple(map(words, page.with_snippets)),
        without_snippets=tuple(map(words, page.without_snippets)),
    )
