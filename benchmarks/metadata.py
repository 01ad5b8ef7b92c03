"""Metadata benchmark: title, authors and date of newsclean and its peers on every dev set.

    python -m benchmarks.metadata                       # every set with metadata truth
    python -m benchmarks.metadata --datasets wcxb-dev --half tune --by-type
    python -m benchmarks.metadata --tools newsclean trafilatura htmldate goose3
    python -m benchmarks.metadata --tools newsclean --half tune --misses  # page by page
    python -m benchmarks.metadata --tools newsclean trafilatura --half tune --misses --where
    python -m benchmarks.metadata --tools newsclean --save after.json     # then:
    python -m benchmarks.metadata --diff before.json after.json           # pages moved

The sets whose truth has metadata: readability-js (Readability's own ``title``, ``byline``,
``publishedTime``), wcxb-dev (``title``, ``author``, ``publish_date``) and fundus-dev
(``title``, ``authors``, ``published``); `benchmarks.datasets` puts them in `Page.meta`
and `benchmarks.fields.truth_of` reads them. AEB has no metadata and is skipped. Every
page of each set runs through every tool in the same run; each figure is reported per set
and per half (tune/check, split by site).

The headline figure is the strict rule of `benchmarks.fields` (the ratchet's): title equal
after casefolding, collapsing whitespace and trimming punctuation; authors: an expected
name among the predicted authors (wcxb-dev's truth is the byline as printed, one string;
`fields.byline_people` also counts each person it joins with "and"/"&"/";", so a tool that
splits "A and B" into two authors matches, as one that prints it whole does; every tool is
read the same way); date: the same calendar day (a page whose truth has no date is not
scored for it; the dates each tool gives there are counted apart, `UNDATED`). The lenient
figure beside it (`benchmarks.fields.LENIENT`) forgives a site-name segment, a title or
degree around a name, and a day's difference. A field is scored on the pages whose truth gives it.

Time: newsclean's metadata step (`extract_metadata` on the parsed page) against lxml's
parse of the same pages, in the same run; peers are timed whole (their metadata cannot be
run apart from their body extraction).

The second table, on readability-js only, keeps Mozilla Readability's own fields and rules.
Truth: each case's ``expected-metadata.json`` (Readability's own output). A field is scored
only on the pages where the truth gives a value (Readability's ``null`` means "not found",
not "absent from the page"), so each rate is ``matches / pages with a true value``. Its
matching rules (the same for every tool; ``norm`` = HTML entities unescaped, NFKC, case
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
import json
import logging
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks import fields
from benchmarks.datasets import HALVES, DatasetMissing, Page, available, load, readability_js
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



# --- every set: strict (headline) and lenient match rates -----------------------------

META_SETS = ("readability-js", "wcxb-dev", "fundus-dev")
"""The shared sets whose truth has a title, authors or a date (AEB has none)."""

Fields = dict[str, Any]
"""A tool's answer for one page: title (str), authors (list of str), date (ISO or date)."""
ORGANIZATIONS = "_organizations"
"""Key of newsclean's answer holding `author_organizations` (the desk or organisation a page
declares as its author where it names no person): scored apart (`WITH_ORGANIZATIONS`)."""
STEP_SECONDS = "_step_seconds"
"""Key of a tool's answer holding the seconds of its metadata step alone, where known."""


def _iso(value: object) -> str | None:
    return value.isoformat() if isinstance(value, datetime | date) else None


def newsclean_meta(html_bytes: bytes) -> Fields:
    """newsclean's title, authors and date: what `newsclean.extract` returns for them (its
    metadata step, on the page parsed as `extract` parses it)."""
    from newsclean.document import load as load_document
    from newsclean.errors import NewsCleanError
    from newsclean.metadata import extract_metadata
    from newsclean.pagetype import dated

    try:
        doc = load_document(html_bytes)
        free_text = dated(doc)  # the page type: a stage of its own in extract(), not timed here
        start = time.perf_counter()
        meta = extract_metadata(doc, free_text_dates=free_text)
    except NewsCleanError:
        return {}
    return {"title": meta.title, "authors": list(meta.authors), "date": _iso(meta.published),
            ORGANIZATIONS: list(meta.author_organizations),
            STEP_SECONDS: time.perf_counter() - start}


def trafilatura_meta(html_bytes: bytes) -> Fields:
    got = trafilatura_fields(html_bytes)
    return {"title": got.get("title"), "authors": got.get("byline") or [],
            "date": got.get("publishedTime")}


def readability_meta(html_bytes: bytes) -> Fields:
    return {"title": readability_fields(html_bytes).get("title")}


def htmldate_meta(html_bytes: bytes) -> Fields:
    """htmldate alone (original date, extensive search), the date peer trafilatura uses."""
    from htmldate import find_date

    try:
        found = find_date(html_bytes.decode("utf-8", errors="replace"), original_date=True)
    except Exception:  # a peer's crash is a miss for that page
        found = None
    return {"date": found}


def _people(value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list | tuple):
        return [str(v) for v in value if str(v).strip()]
    return []


def goose_meta(html_bytes: bytes) -> Fields:
    from goose3 import Goose

    try:
        with Goose({"enable_image_fetching": False}) as goose:
            art = goose.extract(raw_html=html_bytes.decode("utf-8", errors="replace"))
    except Exception:  # a peer's crash is a miss for that page
        return {}
    return {"title": art.title, "authors": _people(art.authors), "date": art.publish_date}


def newspaper_meta(html_bytes: bytes) -> Fields:
    import newspaper

    try:
        art = newspaper.Article("https://example.invalid/")
        art.download(input_html=html_bytes.decode("utf-8", errors="replace"))
        art.parse()
    except Exception:  # a peer's crash is a miss for that page
        return {}
    return {"title": art.title, "authors": _people(art.authors), "date": _iso(art.publish_date)}


META_TOOLS: dict[str, tuple[Callable[[bytes], Fields], tuple[str, ...], str | None]] = {
    "newsclean": (newsclean_meta, fields.FIELDS, None),
    "trafilatura": (trafilatura_meta, fields.FIELDS, "trafilatura"),
    "readability-lxml": (readability_meta, ("title",), "readability"),
    "htmldate": (htmldate_meta, ("date",), "htmldate"),
    "goose3": (goose_meta, fields.FIELDS, "goose3"),
    "newspaper4k": (newspaper_meta, fields.FIELDS, "newspaper"),
}
"""Tool -> (runner, fields it extracts, module it needs). goose3 and newspaper4k come with
the `bench` extra and are slow (~0.2 s a page); the default run leaves them out."""
DEFAULT_TOOLS = ("newsclean", "trafilatura", "readability-lxml", "htmldate")


def tools_present(names: Iterable[str]) -> list[str]:
    """The named tools whose package is installed (a missing one is skipped, with a note)."""
    import importlib.util

    out = []
    for name in names:
        module = META_TOOLS[name][2]
        if module is None or importlib.util.find_spec(module) is not None:
            out.append(name)
        else:
            print(f"{name}: not installed, skipped (pip install -e '.[bench]')", file=sys.stderr)
    return out


Tally = dict[str, list[int]]
"""figure ("title", "title~" for lenient, ...) -> [matches, pages]."""


def score(pages: list[Page], outputs: dict[str, Fields]) -> dict[str, Tally]:
    """Per group ("all", each half, each page type as "type:<t>"): strict and lenient
    match counts of each field over the pages whose truth has it."""
    groups: dict[str, Tally] = {}
    for page in pages:
        out = outputs.get(page.id, {})
        strict = fields.matches(out, page.meta)
        lenient = fields.matches(out, page.meta, lenient=True)
        keys = ["all", page.half] + ([f"type:{page.page_type}"] if page.page_type else [])
        undated = "date" not in strict
        with_orgs = _with_organizations(out, page.meta)
        for key in keys:
            tally = groups.setdefault(key, {})
            if undated:  # a date given here is neither right nor wrong: counted apart
                cell = tally.setdefault(UNDATED, [0, 0])
                cell[0] += bool(out.get("date"))
                cell[1] += 1
            if with_orgs is not None:
                cell = tally.setdefault(WITH_ORGANIZATIONS, [0, 0])
                cell[0] += with_orgs
                cell[1] += 1
            for name, hit in strict.items():
                cell = tally.setdefault(name, [0, 0])
                cell[0] += hit
                cell[1] += 1
                cell = tally.setdefault(name + "~", [0, 0])
                cell[0] += lenient[name]
                cell[1] += 1
    return groups


def _with_organizations(out: Fields, meta: dict[str, Any]) -> bool | None:
    """Whether the authors, with the declared organisations counted as authors, match the
    truth (None where the tool gives no organisations or the truth has no author)."""
    if ORGANIZATIONS not in out:
        return None
    names = list(out.get("authors") or []) + list(out[ORGANIZATIONS])
    return fields.matches({"authors": names}, meta).get("authors")


WITH_ORGANIZATIONS = "authors with organisations"
"""Tally key: strict author matches when `author_organizations` count as authors. The
truths list the desk or organisation a page declares where it names no person; newsclean's
`authors` are people only (issue 18), so this figure is shown apart, not as `authors`."""
UNDATED = "date given, no date truth"
"""Tally key: [pages where the tool gave a date, pages whose truth has no date]. The date
figure scores only pages with a date truth; this shows the dates given on the others."""


def undated_lines(result: dict[str, Any]) -> str:
    """Per set and tool: on how many pages without a date truth it gave a date (per half)."""
    out = []
    for name, per_tool in result["sets"].items():
        cells = []
        for tool, tallies in per_tool.items():
            if "date" not in META_TOOLS[tool][1]:
                continue
            counts = [tallies.get(g, {}).get(UNDATED, [0, 0]) for g in ("all", *HALVES)]
            cells.append(f"{tool} {counts[0][0]}/{counts[0][1]} ("
                         + ", ".join(f"{h} {c[0]}/{c[1]}" for h, c in zip(HALVES, counts[1:],
                                                                          strict=True)) + ")")
        if cells:
            out.append(f"- {name}: " + "; ".join(cells))
    return "\n".join(out)


def organization_lines(result: dict[str, Any]) -> str:
    """Per set, for the tools that give organisations: the strict author figure with the
    declared organisations counted as authors (all, per half)."""
    out = []
    for name, per_tool in result["sets"].items():
        for tool, tallies in per_tool.items():
            counts = [tallies.get(g, {}).get(WITH_ORGANIZATIONS) for g in ("all", *HALVES)]
            if not counts[0] or not counts[0][1]:
                continue
            cells = [f"{c[0] / c[1]:.3f}" if c and c[1] else "–" for c in counts]
            out.append(f"- {name}: {tool} {cells[0]} ("
                       + ", ".join(f"{h} {c}" for h, c in zip(HALVES, cells[1:], strict=True))
                       + ")")
    return "\n".join(out)


def parse_seconds(pages: list[Page]) -> float:
    """lxml's parse of the pages' bytes: the yardstick of the time figures."""
    import lxml.html

    start = time.perf_counter()
    for page in pages:
        try:
            lxml.html.document_fromstring(page.html)
        except Exception:  # an unparsable page costs what it cost
            continue
    return time.perf_counter() - start


def run_tools(
    pages: list[Page], tools: Iterable[str]
) -> tuple[dict[str, dict[str, Fields]], dict[str, float]]:
    """Every tool's fields for every page, and each tool's total seconds."""
    outputs: dict[str, dict[str, Fields]] = {}
    seconds: dict[str, float] = {}
    previous = logging.root.manager.disable
    logging.disable(logging.CRITICAL)  # peers' warnings would drown the table
    try:
        for tool in tools:
            runner = META_TOOLS[tool][0]
            start = time.perf_counter()
            outputs[tool] = {page.id: runner(page.html) for page in pages}
            seconds[tool] = time.perf_counter() - start
            steps = [o[STEP_SECONDS] for o in outputs[tool].values() if STEP_SECONDS in o]
            if steps:
                seconds[f"{tool} metadata step"] = sum(steps)
    finally:
        logging.disable(previous)
    return outputs, seconds


def run_sets(
    names: Iterable[str], tools: Iterable[str], base: Path | None = None,
    half: str | None = None, limit: int | None = None, where: bool = False,
) -> dict[str, Any]:
    """``{"sets": {set: {tool: {group: tally}}}, "pages": {set: n}, "seconds": {set:
    {tool: s, "lxml-parse": s}}}`` for the named sets present; `where`: the first tool's
    missed fields say where their truth sits (`truth_places`)."""
    tools = list(tools)
    result: dict[str, Any] = {"sets": {}, "pages": {}, "seconds": {}}
    for name in names:
        try:
            pages = load(name, base, limit=limit, half=half)  # type: ignore[arg-type]
        except DatasetMissing as exc:
            print(f"{name}: skipped: {exc}", file=sys.stderr)
            continue
        outputs, seconds = run_tools(pages, tools)
        seconds["lxml-parse"] = parse_seconds(pages)
        result["sets"][name] = {tool: score(pages, outputs[tool]) for tool in tools}
        if tools:
            result.setdefault("rows", {})[name] = page_rows(pages, outputs[tools[0]], where)
        result["pages"][name] = len(pages)
        result["seconds"][name] = seconds
    return result


Row = dict[str, Any]
"""One page's record: its half, the truth's and the tool's title, authors and date, and
whether each field matched by the strict rule (`fields.matches`)."""


def page_rows(
    pages: list[Page], outputs: dict[str, Fields], where: bool = False
) -> dict[str, Row]:
    """Per page id, what the truth says, what the tool gave and whether it matched: the
    list a round of metadata work classes page by page (`--misses`), and what two runs
    compare (`--save`, `--diff`). `where`: each missed field also says where its truth
    sits on the page (`truth_places`)."""
    rows: dict[str, Row] = {}
    for page in pages:
        out = outputs.get(page.id, {})
        truth = fields.truth_of(page.meta)
        hit = fields.matches(out, page.meta)
        rows[page.id] = {
            "half": page.half,
            "truth": truth,
            "got": {f: out.get(f) for f in fields.FIELDS},
            "hit": hit,
        }
        if where and not all(hit.values()):
            rows[page.id]["where"] = {
                f: truth_places(page.html, f, truth[f]) for f, ok in hit.items() if not ok
            }
    return rows


MAX_PLACES = 6
"""Places listed per missed field: enough to class a miss (markup, byline, text)."""
MAX_PRINTED_CHARS = 120
"""Text nodes read for a printed date: a date line, not a paragraph."""
_SKIPPED_TAGS = frozenset({"script", "style", "html", "head", "body", "title", "meta"})


def _element_name(el: Any) -> str:
    """`tag.class` of an element, its class cut short: what says it is a byline or a card."""
    cls = " ".join(str(el.get("class") or el.get("id") or "").split())[:40]
    return f"{el.tag}.{cls}" if cls else str(el.tag)


def _printed_day(text: str, day: date) -> bool:
    """Whether a short text prints `day` (read from each of its words on, as a date line
    holds a label or a name before its date)."""
    from newsclean.metadata.dates import day_of, parse_date

    words = text.split()
    for at in range(len(words)):
        found = parse_date(" ".join(words[at:]))
        if found is not None and day_of(found) == day:
            return True
    return False


def _iso_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:  # a month ("2015-11"): no day to look for
        return None


def truth_places(html_bytes: bytes, field: str, truth: object) -> list[str]:
    """Where a missed field's truth sits on the page, for classing the miss: JSON-LD (the
    key before it), a meta tag (its name), another script, a `<time>`'s `datetime`, the
    element printing it (`tag.class`), the `<title>`, elsewhere in the text; "nowhere" if
    the saved page holds it in no form read here. A name or title is looked for as written
    (case aside); a date as its ISO day in markup and as any date newsclean reads in text."""
    import lxml.html

    value = (truth[0] if truth else "") if isinstance(truth, list) else str(truth)
    try:
        tree = lxml.html.fromstring(html_bytes)
    except (ValueError, lxml.etree.ParserError):
        return ["unreadable"]
    day = _iso_day(value) if field == "date" else None
    want = (day.isoformat() if day else "") if field == "date" else value.casefold().strip()
    if not want:
        return ["no day" if field == "date" else "nowhere"]
    places: list[str] = []
    for script in tree.iter("script"):
        text = script.text or ""
        at = text.casefold().find(want)
        if at < 0:
            continue
        if "ld+json" in str(script.get("type") or ""):
            keys = re.findall(r'"(\w+)"\s*:', text[max(0, at - 80):at])
            places.append(f"jsonld:{keys[-1] if keys else '?'}")
        else:
            places.append("script")
    for meta in tree.iter("meta"):
        if want in str(meta.get("content") or "").casefold():
            key = meta.get("name") or meta.get("property") or meta.get("itemprop")
            places.append(f"meta:{key}")
    if day:
        places += [f"time:{_element_name(t.getparent())}" for t in tree.iter("time")
                   if want in str(t.get("datetime") or "")]
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIPPED_TAGS:
            continue
        text = " ".join((el.text or "").split())
        if not text or len(text) > MAX_PRINTED_CHARS:
            continue
        if (_printed_day(text, day) if day else want in text.casefold()):
            places.append(f"printed:{_element_name(el)}")
            break  # the first element printing it: the byline or date line, not its echoes
    if field != "date" and want in (tree.findtext(".//title") or "").casefold():
        places.append("title")
    if not any(p.startswith("printed") for p in places) and field != "date" and (
        want in " ".join(str(tree.xpath("string(//body)")).split()).casefold()
    ):
        places.append("text")
    unique = list(dict.fromkeys(places))[:MAX_PLACES]
    return unique or ["nowhere"]


def miss_lines(rows_by_set: dict[str, dict[str, Row]]) -> str:
    """Every strict miss, per set, half and field: the page, the truth, what was given."""
    out = []
    for name, rows in rows_by_set.items():
        for half in HALVES:
            for field in fields.FIELDS:
                missed = [(pid, row) for pid, row in rows.items()
                          if row["half"] == half and row["hit"].get(field) is False]
                if not missed:
                    continue
                out.append(f"\n{name} {half} {field}: {len(missed)} missed")
                for pid, row in sorted(missed):
                    out.append(f"- {pid}: truth {row['truth'][field]!r}, got {row['got'][field]!r}")
                    if field in row.get("where", {}):
                        out.append(f"  where: {', '.join(row['where'][field])}")
    return "\n".join(out).lstrip("\n")


def diff_lines(before: dict[str, dict[str, Row]], after: dict[str, dict[str, Row]]) -> str:
    """Pages whose strict match moved between two saved runs (`--save`), per set, half and
    field, each with both values; and how many pages changed a value without moving."""
    out = []
    for name in before.keys() & after.keys():
        old, new = before[name], after[name]
        for half in HALVES:
            for field in fields.FIELDS:
                moved, changed = [], 0
                for pid in sorted(old.keys() & new.keys()):
                    a, b = old[pid], new[pid]
                    if a["half"] != half or field not in a["hit"]:
                        continue
                    if a["hit"][field] != b["hit"].get(field):
                        sign = "+" if b["hit"].get(field) else "-"
                        moved.append(f"  {sign} {pid}: {a['got'][field]!r} -> "
                                     f"{b['got'][field]!r} (truth {a['truth'][field]!r})")
                    elif a["got"][field] != b["got"][field]:
                        changed += 1
                ups = sum(line.startswith("  +") for line in moved)
                if moved or changed:
                    out.append(f"{name} {half} {field}: +{ups} -{len(moved) - ups}"
                               f" ({changed} more changed without moving)")
                    out.extend(moved)
    return "\n".join(out) or "no page's scored title, authors or date moved"


def _cell(tally: Tally, name: str, supported: bool) -> str:
    strict, lenient = tally.get(name), tally.get(name + "~")
    if not supported or not strict or not strict[1]:
        return "–"
    assert lenient is not None
    return f"{strict[0] / strict[1]:.3f} ({lenient[0] / lenient[1]:.3f})"


def sets_table(result: dict[str, Any], by_type: bool = False) -> str:
    """One row per set, group (all, tune, check; page types with `by_type`) and tool:
    strict match rate (lenient in brackets) and pages, per field."""
    lines = [
        "| set | pages | tool | title | authors | date |",
        "|---|---|---|---|---|---|",
    ]
    for name, per_tool in result["sets"].items():
        groups = ["all", *HALVES]
        types = {g for tally in per_tool.values() for g in tally if g.startswith("type:")}
        if by_type and len(types) > 1:  # a set of one page type: its row is "all" again
            groups += sorted(types)
        for group in groups:
            for tool, tallies in per_tool.items():
                tally = tallies.get(group)
                if tally is None:
                    continue
                counts = "/".join(str(tally.get(f, [0, 0])[1]) for f in fields.FIELDS)
                supported = META_TOOLS[tool][1]
                cells = " | ".join(_cell(tally, f, f in supported) for f in fields.FIELDS)
                label = group.removeprefix("type:")
                lines.append(f"| {name} {label} | {counts} | {tool} | {cells} |")
    return "\n".join(lines)


def time_lines(result: dict[str, Any]) -> str:
    """Per set: each tool's mean ms a page and its multiple of lxml's parse, same run."""
    out = []
    for name, seconds in result["seconds"].items():
        n = max(1, result["pages"][name])
        parse = seconds["lxml-parse"] or 1e-9
        cells = ", ".join(
            f"{tool} {1000 * s / n:.1f} ms = {s / parse:.2f}× parse"
            for tool, s in seconds.items() if tool != "lxml-parse"
        )
        out.append(f"- {name} ({n} pages, lxml parse {1000 * parse / n:.1f} ms/page): {cells}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=None, help="datasets folder")
    parser.add_argument("--datasets", nargs="+", default=list(META_SETS), choices=META_SETS)
    parser.add_argument("--tools", nargs="+", default=list(DEFAULT_TOOLS), choices=META_TOOLS)
    parser.add_argument("--half", choices=HALVES, help="only this half of each set")
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument("--by-type", action="store_true", help="also per WCXB page type")
    parser.add_argument("--misses", action="store_true",
                        help="also list the first tool's strict misses, page by page")
    parser.add_argument("--where", action="store_true",
                        help="with --misses: where on the page each missed truth sits")
    parser.add_argument("--save", type=Path, metavar="FILE",
                        help="write the first tool's per-page fields and matches (JSON)")
    parser.add_argument("--diff", type=Path, nargs=2, metavar=("BEFORE", "AFTER"),
                        help="compare two --save files: the pages that moved; runs nothing")
    args = parser.parse_args(argv)
    if args.diff:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.diff)
        print(diff_lines(before, after))
        return 0
    names = [n for n in args.datasets if n in available(args.data)]
    if not names:
        print("metadata benchmark skipped: no dataset with metadata found", file=sys.stderr)
        return 0
    tools = tools_present(args.tools)
    result = run_sets(names, tools, args.data, args.half, args.limit, args.where)
    print("Strict match rate (lenient in brackets) per set and half; pages = pages whose "
          "truth has title/authors/date\n")
    print(sets_table(result, args.by_type))
    print("\nDates given on pages whose truth has no date (not scored; given/pages):\n")
    print(undated_lines(result))
    print("\nAuthors with the declared organisations counted (`author_organizations`, given "
          "where a page names no person; strict):\n")
    print(organization_lines(result))
    print("\nTime (same run):\n")
    print(time_lines(result))
    rows = result.get("rows", {})
    if args.misses:
        print(f"\nStrict misses of {tools[0] if tools else 'no tool'}, page by page:\n")
        print(miss_lines(rows))
    if args.save:
        args.save.write_text(json.dumps(rows, ensure_ascii=False, default=str), encoding="utf-8")
    if "readability-js" in names and args.half is None and args.limit is None:
        print("\nReadability's own fields and rules on readability-js\n")
        print(markdown(run(args.data)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
