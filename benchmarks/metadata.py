"""Metadata benchmark: newsclean vs trafilatura vs readability-lxml on readability-js pages.

`python -m benchmarks.metadata [--data DIR]` prints a Markdown table of match rates per field.

Truth: each case's ``expected-metadata.json`` (Mozilla Readability's own output). A field is
scored only on the pages where the truth gives a value (Readability's ``null`` means "not
found", not "absent from the page"), so each rate is ``matches / pages with a true value``.

Matching rules (the same for every tool; ``norm`` = HTML entities unescaped, NFKC, case
folded, curly quotes straightened, whitespace collapsed):

- title: ``norm`` equality, or equality once leading or trailing segments cut at a title
  separator (`` | ``, `` - ``, `` – ``, `` — ``, `` · ``, `` :: ``, ``_``, `` » ``, `` / ``)
  are removed from the longer one. Readability keeps some site suffixes ("… | Code") and
  drops others; which side of the separator is "the site" is not the point of the test.
- byline: the sets of names are equal, where a byline is split into names at ``,`` ``;``
  ``&`` ``/`` ``|`` newlines and the words "and"/"et"/"und"/"y", a leading "By"/"Par"/"Von"/
  "Por" and anything from a date on ("By Jane Doe March 25, 2015 3:46 PM": Readability
  keeps dates in bylines) are removed and each name is ``norm``-ed (brackets dropped).
  A prediction is the tool's author list (trafilatura's ``;``-separated string, split).
- publishedTime: the same instant when both sides carry a time zone, else the same calendar
  day as written.
- siteName, excerpt: ``norm`` equality.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.datasets import DatasetMissing, readability_js
from benchmarks.report import Report

FIELDS = ("title", "byline", "publishedTime", "siteName", "excerpt")
TOOLS = ("newsclean", "trafilatura", "readability-lxml")

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"'})
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|·|::|_|»|/)\s+|\s*(?:\||::)\s*|\s+_|_\s+")
_NAME_SPLIT = re.compile(r"\s*(?:[,;&/|\n]|\band\b|\bet\b|\bund\b|\by\b)\s*", re.IGNORECASE)
_BY = re.compile(r"^\s*(?:by|par|von|por)\b[:\s]*", re.IGNORECASE)
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_DATE_TAIL = re.compile(rf"(?:\b(?:{_MONTHS})[a-z]*\.?\s*)?\d.*$", re.IGNORECASE)


def norm(text: str | None) -> str:
    """Comparable form of a text field."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", html.unescape(text)).translate(_QUOTES)
    return " ".join(text.casefold().split())


def _affix_variants(title: str) -> set[str]:
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    variants = {norm(title)}
    for i in range(len(parts)):
        for j in range(i + 1, len(parts) + 1):
            if i == 0 or j == len(parts):  # a leading or trailing run of segments
                variants.add(norm(" ".join(parts[i:j])))
    return variants


def title_match(pred: str | None, truth: str | None) -> bool:
    """Equal, or equal once site segments are cut from either side."""
    if not pred or not truth:
        return False
    a, b = norm(pred), norm(truth)
    if a == b:
        return True
    return a in _affix_variants(truth) or b in _affix_variants(pred)


def names(byline: str | Iterable[str] | None) -> set[str]:
    """A byline (or a list of names) as a set of normalised names."""
    if not byline:
        return set()
    items = [byline] if isinstance(byline, str) else list(byline)
    out: set[str] = set()
    for item in items:
        for part in _NAME_SPLIT.split(item):
            part = _DATE_TAIL.sub("", part)
            cleaned = " ".join(norm(_BY.sub("", part)).replace("(", " ").replace(")", " ").split())
            cleaned = cleaned.strip(" .:-")
            if cleaned:
                out.add(cleaned)
    return out


def byline_match(pred: Iterable[str] | str | None, truth: str | None) -> bool:
    got, want = names(pred), names(truth)
    return bool(want) and got == want


def _parse_when(value: object) -> datetime | date | None:
    if isinstance(value, datetime | date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def date_match(pred: object, truth: object) -> bool:
    """Same instant when both are zone-aware datetimes, else the same calendar day."""
    a, b = _parse_when(pred), _parse_when(truth)
    if a is None or b is None:
        return False
    if (
        isinstance(a, datetime)
        and isinstance(b, datetime)
        and a.tzinfo is not None
        and b.tzinfo is not None
        and abs(a - b) < timedelta(seconds=1)
    ):
        return True
    day_a = a.date() if isinstance(a, datetime) else a
    day_b = b.date() if isinstance(b, datetime) else b
    return day_a == day_b


def text_match(pred: str | None, truth: str | None) -> bool:
    return bool(norm(truth)) and norm(pred) == norm(truth)


MATCHERS: dict[str, Callable[[Any, Any], bool]] = {
    "title": title_match,
    "byline": byline_match,
    "publishedTime": date_match,
    "siteName": text_match,
    "excerpt": text_match,
}


def newsclean_fields(html_bytes: bytes) -> dict[str, Any]:
    """newsclean's Article in the truth's field names (the excerpt falls back to the body's
    first paragraph, as Readability's does, so the body is extracted too)."""
    import newsclean

    article = newsclean.extract(html_bytes)
    return {
        "title": article.title,
        "byline": article.authors,
        "publishedTime": article.published,
        "siteName": article.site_name,
        "excerpt": article.excerpt,
    }


def trafilatura_fields(html_bytes: bytes) -> dict[str, Any]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html_bytes.decode("utf-8", errors="replace"), with_metadata=True
        )
    except Exception:  # a peer's crash is a miss for that page, not the end of the run
        return {}
    if doc is None:
        return {}
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    author = get("author")
    return {
        "title": get("title"),
        "byline": author.split(";") if isinstance(author, str) else None,
        "publishedTime": get("date"),
        "siteName": get("sitename"),
        "excerpt": get("description"),
    }


def readability_fields(html_bytes: bytes) -> dict[str, Any]:
    from readability import Document

    try:
        doc = Document(html_bytes.decode("utf-8", errors="replace"))
        return {"title": doc.short_title() or doc.title()}
    except Exception:  # a peer's crash is a miss for that page
        return {}


RUNNERS: dict[str, Callable[[bytes], dict[str, Any]]] = {
    "newsclean": newsclean_fields,
    "trafilatura": trafilatura_fields,
    "readability-lxml": readability_fields,
}
# readability-lxml only extracts a title; its other cells are left empty
SUPPORTED: dict[str, tuple[str, ...]] = {
    "newsclean": FIELDS,
    "trafilatura": FIELDS,
    "readability-lxml": ("title",),
}


def run(data_dir: Path | str | None = None) -> list[dict[str, Any]]:
    """One row per field: ``{"field", "pages", <tool>: rate or None, ...}``.

    Raises `DatasetMissing` when the readability-js pages are absent.
    """
    base = Path(data_dir) if data_dir is not None else None
    pages = list(readability_js(base))
    hits = {tool: dict.fromkeys(FIELDS, 0) for tool in TOOLS}
    totals = dict.fromkeys(FIELDS, 0)
    for page in pages:
        truth = page.meta
        outputs = {tool: RUNNERS[tool](page.html) for tool in TOOLS}
        for name in FIELDS:
            if not truth.get(name):
                continue
            totals[name] += 1
            for tool in TOOLS:
                if name in SUPPORTED[tool] and MATCHERS[name](outputs[tool].get(name), truth[name]):
                    hits[tool][name] += 1
    rows: list[dict[str, Any]] = []
    for name in FIELDS:
        row: dict[str, Any] = {"field": name, "pages": totals[name]}
        for tool in TOOLS:
            supported = name in SUPPORTED[tool] and totals[name]
            row[tool] = hits[tool][name] / totals[name] if supported else None
        rows.append(row)
    return rows


def markdown(rows: list[dict[str, Any]]) -> str:
    """The rows as a Markdown table; rates with three decimals, "–" where not applicable."""
    lines = [
        "| field | pages | " + " | ".join(TOOLS) + " |",
        "|---|---:|" + "---:|" * len(TOOLS),
    ]
    for row in rows:
        cells = ["–" if row[t] is None else f"{row[t]:.3f}" for t in TOOLS]
        lines.append(f"| {row['field']} | {row['pages']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def report_section(result: Report) -> str | None:
    """The metadata table as a section of the main benchmark report, when the run included
    the readability-js pages (their truth is what this table scores)."""
    if "readability-js" not in {row["dataset"] for row in result.rows}:
        return None
    try:
        rows = run(result.run.get("data_dir"))
    except DatasetMissing:
        return None
    return (
        "## Metadata match rates (readability-js)\n\n"
        "Pages = pages whose truth has the field; matching rules in `benchmarks/metadata.py`.\n\n"
        + markdown(rows)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=None, help="datasets folder")
    args = parser.parse_args(argv)
    try:
        rows = run(args.data)
    except DatasetMissing as exc:
        print(f"metadata benchmark skipped: {exc}", file=sys.stderr)
        return 0
    print("Metadata match rates on readability-js (pages = pages whose truth has the field)\n")
    print(markdown(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
