"""The fuzz targets: `extract()`, our own stages unguarded, and each normaliser and metadata
parser on its own, with the seeds each starts from.

A target is a function of the fuzzer's bytes that raises only on a finding. What counts as
one: any exception other than the documented input errors (`EXPECTED`) — for `extract`
that includes `ExtractionError`, newsclean's catch-all for the unforeseen — and any
execution over the time limit given to libFuzzer (`-timeout`, 2 s in `make fuzz`).

Seeds are built at run time, never copied into the repository: the dev sets' pages (from
``../shared/datasets`` or ``$NEWSCLEAN_DATA``) for the page targets, and for the text
targets the labelled wire cases of ``tests/data/aeb_wire.json`` (datelines, credit lines,
trailers) with the first and last paragraphs of the AEB bodies they label, and the titles,
bylines and dates of the sets' metadata.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WIRE_LABELS = ROOT / "tests" / "data" / "aeb_wire.json"
NOW = datetime(2026, 6, 1, tzinfo=UTC)
"""A fixed clock for the date parsers, so that a finding reproduces on any day."""
MAX_SEED_BYTES = 16_384
"""Seeds are cut to this length (the page targets' -max_len)."""


@dataclass(frozen=True)
class Target:
    name: str
    run: Callable[[bytes], None]
    seeds: Callable[[], Iterator[bytes]]
    max_len: int = 4096
    """libFuzzer's -max_len for this target."""


def data_root() -> Path:
    env = os.environ.get("NEWSCLEAN_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "datasets"


# --------------------------------------------------------------------------- seeds


def _page_files() -> Iterator[Path]:
    root = data_root()
    yield from sorted((root / "aeb" / "html").glob("*.html.gz"))
    yield from sorted((root / "readability-js" / "pages").glob("*/source.html"))
    yield from sorted((root / "fundus-dev" / "pages").glob("*/*.html.gz"))
    yield from sorted((root / "wcxb-dev" / "html").glob("*.html.gz"))[:300]


_STORY = b"<br><br>".join(
    b"Paragraph %d of the story, long enough to be running text of a page's column." % i
    for i in range(4)
)
SHAPE_SEEDS = (
    # an older page's grid: a menu column of links beside the story's column
    b"<html><body><table width=800><tr><td colspan=2><a href=/>Home</a></td></tr><tr><td>"
    + b"".join(b"<a href=/s%d>Section %d</a><br>" % (i, i) for i in range(6))
    + b"</td><td>" + _STORY + b"</td></tr></table></body></html>",
    # a layout table holding a data table in one of its cells
    b"<html><body><table role=presentation><tr><td><h2>Results</h2><table><tr><th>a</th>"
    b"<th>b</th></tr><tr><td>1</td><td>2</td></tr></table></td><td>" + _STORY
    + b"</td></tr></table></body></html>",
)
"""Page shapes no dev set holds, built by hand, so that their paths are fuzzed too."""


def page_seeds() -> Iterator[bytes]:
    """Hand-built page shapes (`SHAPE_SEEDS`), then the dev sets' pages (WCXB's first 300),
    each cut to `MAX_SEED_BYTES`."""
    yield from SHAPE_SEEDS
    for path in _page_files():
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        yield data[:MAX_SEED_BYTES]


def head_seeds() -> Iterator[bytes]:
    """The pages' <head> (where most metadata is), else their first bytes."""
    for page in page_seeds():
        end = page.lower().find(b"</head>")
        yield page[: end + 7] if end > 0 else page[:4096]


def jsonld_seeds() -> Iterator[bytes]:
    """The JSON-LD blocks of the dev sets' pages."""
    import re

    script = re.compile(rb"<script[^>]*ld\+json[^>]*>(.*?)</script>", re.S | re.I)
    for path in _page_files():
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        for match in script.finditer(data):
            yield match.group(1).strip()[:4096]


def _wire_labels() -> dict[str, Any]:
    labels: dict[str, Any] = json.loads(WIRE_LABELS.read_text(encoding="utf-8"))
    return labels


def paragraph_seeds() -> Iterator[bytes]:
    """Wire furniture: labelled datelines and removed tail lines, and the first and last
    three paragraphs of each labelled AEB body."""
    labels = _wire_labels()
    for label in labels.values():
        if label.get("dateline"):
            yield label["dateline"]["raw"].encode()
        for line in label.get("removed_tail") or []:
            yield line.encode()
    truth_path = data_root() / "aeb" / "ground-truth.json"
    if truth_path.exists():
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        for page_id in labels:
            body = (truth.get(page_id) or {}).get("articleBody") or ""
            paragraphs = [p for p in body.split("\n") if p.strip()]
            for paragraph in paragraphs[:3] + paragraphs[-3:]:
                yield paragraph.encode()[:4096]


def metadata_value_seeds() -> Iterator[bytes]:
    """Titles, bylines, dates and site names as the dev sets' metadata gives them."""
    root = data_root()
    for path in sorted((root / "readability-js" / "pages").glob("*/expected-metadata.json")):
        meta = json.loads(path.read_text(encoding="utf-8"))
        for key in ("title", "byline", "publishedTime", "siteName", "lang"):
            if meta.get(key):
                yield str(meta[key]).encode()
    fundus = root / "fundus-dev" / "truth.json"
    if fundus.exists():
        for item in json.loads(fundus.read_text(encoding="utf-8")):
            for key in ("title", "published"):
                if item.get(key):
                    yield str(item[key]).encode()
            yield ", ".join(item.get("authors") or []).encode()


# --------------------------------------------------------------------------- targets


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="surrogateescape")


def _expected() -> tuple[type[Exception], ...]:
    from newsclean.errors import (
        DocumentTooLargeError,
        EmptyInputError,
        NotHTMLError,
        ParseError,
    )

    return (EmptyInputError, NotHTMLError, DocumentTooLargeError, ParseError)


PEER_MEMBERS = ("trafilatura", "readability")
"""Chain members that wrap another library: their failures on random bytes are that
library's, and the chain's guard is there for them."""


class MemberFailure(AssertionError):
    """One of newsclean's own chain members raised on a page: the chain's guard answered
    with the next member's text, so `extract()` returned, but the member has a bug."""


class _Failures(logging.Handler):
    """Collects the chain guard's "extractor ... failed" warnings of newsclean's own
    members (`newsclean.pipeline.Guarded`)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.found: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        from newsclean.pipeline import MEMBER_FAILED

        if record.msg != MEMBER_FAILED or not isinstance(record.args, tuple):
            return
        if not str(record.args[0]).startswith(PEER_MEMBERS):
            self.found.append(record.getMessage())


def run_extract(data: bytes) -> None:
    """The public contract on bytes (first byte even) or str (odd): an Article or a
    documented error, through the default chain (its trafilatura fallback included); a
    failure of one of newsclean's own members, which the chain's guard hides, is a
    finding too (`MemberFailure`)."""
    from newsclean import extract

    source: bytes | str = data[1:] if not data or data[0] % 2 == 0 else _text(data[1:])
    failures = _Failures()
    log = logging.getLogger("newsclean")
    log.addHandler(failures)
    try:
        article = extract(source)
    except _expected():
        return
    finally:
        log.removeHandler(failures)
    if failures.found:
        raise MemberFailure(failures.found[0])
    article.model_dump_json()


def run_stages(data: bytes) -> None:
    """Our own stages without the chain's guard, which would hide their exceptions as
    empty answers: load, density, metadata, assembly."""
    from newsclean.assemble import assemble
    from newsclean.document import load
    from newsclean.extractors.density import DensityExtractor
    from newsclean.metadata import extract_metadata

    try:
        doc = load(data)
    except _expected():
        return
    candidate = DensityExtractor().extract(doc)
    assemble(doc, candidate, extract_metadata(doc, now=NOW)).model_dump_json()


def script_seeds() -> Iterator[bytes]:
    """Pages whose scripts hold a body (a streamed state with escaped HTML, JSON-LD
    `articleBody`), then the dev sets' pages."""
    para = "<p>" + "The council met on Monday and voted on the plan. " * 12 + "</p>"
    state = json.dumps({"props": {"title": "The council votes", "contentHtml": para * 3}})
    yield (
        "<html><head><title>The council votes | Site</title></head><body><h1>The council "
        f'votes</h1><script id="__NEXT_DATA__" type="application/json">{state}</script>'
        f"<script>self.__next_f.push([1,{json.dumps(state)}])</script></body></html>"
    ).encode()
    body = json.dumps({"@type": "NewsArticle", "headline": "The council votes",
                       "articleBody": "The council met on Monday. " * 40})
    yield (f'<html><head><script type="application/ld+json">{body}</script></head><body>'
           "<h1>The council votes</h1><p>Subscribe to read.</p></body></html>").encode()
    yield from page_seeds()


def run_embedded(data: bytes) -> None:
    """The body read from a page's scripts (`extractors.embedded`), unguarded: string
    literals of any shape, escapes, JSON inside JSON."""
    from newsclean.document import load
    from newsclean.extractors.embedded import EmbeddedExtractor

    try:
        doc = load(data)
    except _expected():
        return
    EmbeddedExtractor().extract(doc)


def run_metadata(data: bytes) -> None:
    """Every metadata source on a page (meta tags, JSON-LD, microdata, visible bylines and
    dates, titles), htmldate fallback included."""
    from newsclean.document import load
    from newsclean.metadata import extract_metadata

    try:
        doc = load(data)
    except _expected():
        return
    extract_metadata(doc, fetched=NOW)  # relative dates are read only with a fetch time


def run_jsonld(data: bytes) -> None:
    """The JSON-LD reader on a script's content (any JSON, or none)."""
    import lxml.html

    from newsclean.metadata import jsonld

    script = lxml.html.Element("script", type="application/ld+json")
    try:
        script.text = _text(data)
    except ValueError:  # text lxml refuses in a tree never reaches the reader
        return
    found = jsonld.parse_scripts([script])
    for obj in found.objects:
        jsonld.types(obj)
        jsonld.texts(obj)
        found.resolve(obj.get("author"))


def run_dateline(data: bytes) -> None:
    from newsclean.normalize.dateline import parse_dateline, parse_place

    text = _text(data)
    parse_dateline(text)
    parse_place(text)


def run_credits(data: bytes) -> None:
    from newsclean.normalize.credits import parse_credit_line, parse_names, split_trailing_credits

    text = _text(data)
    parse_credit_line(text)
    split_trailing_credits(text)
    parse_names(text)
    parse_names(text, any_case=True)


def run_trailers(data: bytes) -> None:
    from newsclean.normalize.agencies import canonical_agency
    from newsclean.normalize.trailers import parse_trailer, split_signoff

    text = _text(data)
    parse_trailer(text)
    split_signoff(text)
    canonical_agency(text)


def run_captions(data: bytes) -> None:
    from newsclean.normalize.captions import looks_like_caption, normalized, split_credit

    text = _text(data)
    normalized(text)
    split_credit(text)
    looks_like_caption(text)


def run_clutter(data: bytes) -> None:
    from newsclean.normalize.clutter import clutter_flags

    texts = _text(data).split("\n")
    densities: list[float | None] = [
        None if i % 3 == 0 else (len(t) % 11) / 10 for i, t in enumerate(texts)
    ]
    clutter_flags(texts, densities)


def run_news(data: bytes) -> None:
    """The whole news normalisation of a body made of the input's paragraphs."""
    from newsclean.model import Block
    from newsclean.news import normalize_news

    paragraphs = [p for p in _text(data).split("\n\n") if p.strip()]
    try:
        blocks = [Block(text=p) for p in paragraphs]
    except ValueError:  # the model refuses text that is no text (its own validation)
        return
    for strip_wire in (True, False):
        normalize_news(blocks, link_density=lambda b: (len(b.text) % 7) / 10,
                       metadata_agency=paragraphs[0] if paragraphs else None,
                       strip_wire=strip_wire)


def run_dates(data: bytes) -> None:
    from newsclean.metadata.dates import parse_date, parse_written_date
    from newsclean.metadata.relative import parse_relative

    text = _text(data)
    parse_date(text, NOW)
    parse_written_date(text, NOW)
    parse_relative(text, NOW)


def run_authors(data: bytes) -> None:
    from newsclean.metadata.authors import looks_like_name, parse_byline

    text = _text(data)
    parse_byline(text.split("\n"), exclude={"example"})
    looks_like_name(text)


def run_titles(data: bytes) -> None:
    from newsclean.metadata import bcp47
    from newsclean.metadata.titles import clean_site_name, clean_text, site_label, strip_site

    text = _text(data)
    title, _, site = text.partition("\n")
    strip_site(title, site or None, "https://www.example.com/a", (title[:20],), (site[:10],))
    clean_text(text)
    clean_site_name(text)
    site_label(site or text)
    bcp47(text)


TARGETS: dict[str, Target] = {
    t.name: t
    for t in (
        Target("extract", run_extract, page_seeds, max_len=4096),
        Target("stages", run_stages, page_seeds, max_len=MAX_SEED_BYTES),
        Target("metadata", run_metadata, head_seeds, max_len=8192),
        Target("embedded", run_embedded, script_seeds, max_len=MAX_SEED_BYTES),
        Target("jsonld", run_jsonld, jsonld_seeds),
        Target("dateline", run_dateline, paragraph_seeds, max_len=1024),
        Target("credits", run_credits, paragraph_seeds, max_len=1024),
        Target("trailers", run_trailers, paragraph_seeds, max_len=1024),
        Target("captions", run_captions, paragraph_seeds, max_len=1024),
        Target("clutter", run_clutter, paragraph_seeds, max_len=2048),
        Target("news", run_news, paragraph_seeds, max_len=4096),
        Target("dates", run_dates, metadata_value_seeds, max_len=256),
        Target("authors", run_authors, metadata_value_seeds, max_len=512),
        Target("titles", run_titles, metadata_value_seeds, max_len=512),
    )
}
