"""`extract()`: the one path from page to Article.

The extraction stack (pydantic models, segmentation, metadata, normalisation, plug-ins) is
imported on the first call, not with this module: `from newsclean import extract` stays as
cheap as importing lxml, for short-lived processes and command-line start-up. `preload()`
imports everything at once (before forking workers, or before timing).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from newsclean.document import DEFAULT_LIMITS, Limits, load
from newsclean.errors import DocumentTooLargeError, ExtractionError, NewsCleanError

if TYPE_CHECKING:
    from newsclean.chain import Chain, Policy
    from newsclean.document import Document
    from newsclean.extractors.base import Candidate, Extractor
    from newsclean.metadata import Metadata
    from newsclean.model import Article

_log = logging.getLogger("newsclean")
MEMBER_FAILED = "extractor %r failed on %s: %r"
"""The warning a guarded chain member's failure is logged with (its name, the page, the
exception): what the fuzz target `extract` looks for behind the guard."""
_T = TypeVar("_T")


class Guarded:
    """An extractor whose failure on a page is an empty answer, not a failed page.

    A plug-in that raises (its own bug, or a peer library's) gets confidence 0 with the
    error in `details["error"]` and a warning on the "newsclean" logger, so every policy
    moves on to the other extractors; when all fail, the page still yields an Article, with
    empty text and confidence 0. Running out of memory is the exception: it fails the page.
    """

    def __init__(self, inner: Extractor) -> None:
        self.inner = inner
        self.name = inner.name

    def extract(self, doc: Document) -> Candidate:
        from newsclean.extractors.base import Candidate

        try:
            return self.inner.extract(doc)
        except MemoryError:
            # Out of memory (a worker's cap, or the machine's): the page is too large to
            # extract, and trying the next plug-in would only fail again; extract() reports
            # it as `DocumentTooLargeError`, so a batch records it as an error.
            raise
        except Exception as exc:
            _log.warning(MEMBER_FAILED, self.name, doc.url or "a page", exc)
            return Candidate(extractor=self.name, details={"error": repr(exc)})


def _guarded(extractor: Extractor) -> Extractor:
    return extractor if isinstance(extractor, Guarded) else Guarded(extractor)


def _guard(chain: Chain) -> Chain:
    chain.extractors = [_guarded(e) for e in chain.extractors]
    chain.wrap = _guarded  # and the extractors of page-type profiles
    return chain


@lru_cache(maxsize=32)
def _chain(extractors: tuple[str, ...] | None, policy: str | None) -> Chain:
    from newsclean.chain import Chain

    return _guard(Chain(extractors, policy))


def extract(
    html: str | bytes,
    url: str | None = None,
    *,
    extractors: Sequence[str | Extractor] | None = None,
    policy: str | Policy | None = None,
    limits: Limits = DEFAULT_LIMITS,
    strip_wire: bool = True,
    encoding: str | None = None,
    fetched: datetime | None = None,
) -> Article:
    """Extract the article of one HTML page.

    `html` is a str, or bytes whose encoding is detected. `url` resolves relative links.
    `encoding`: for bytes, the charset their transport named, an HTTP Content-Type value
    ("text/html; charset=ISO-8859-1") or a bare label; it wins over the page's `<meta
    charset>` as in browsers (not over a byte-order mark; an unknown label is ignored).
    `extractors` names plug-ins to run (default: the benchmark-chosen chain) under
    `policy` ("first-confident", "best", "vote", or a `Policy` object).
    `strip_wire=False` keeps the dateline, credit lines and agency trailers in `text` (they
    are parsed into `dateline`, `credits` and `agency` either way).
    `fetched`: when the page was fetched (a WARC record's `WARC-Date`; a naive datetime is
    read as UTC). Dates are read as of then: a date after it is no publication date, a
    header's "today" is that day, and relative dates ("3 hours ago", "vor 2 Tagen") count
    back from it; without it the clock stands in and relative dates are not read.
    Raises a `newsclean.errors.NewsCleanError` on input that is not a usable page, and
    nothing else (`TypeError` only when `html` is neither str nor bytes, `url` or
    `encoding` not a str, or `fetched` not a datetime).
    """
    return _run(html, url, _chain_for(extractors, policy), limits, strip_wire, None, encoding,
                fetched)


STAGES: tuple[str, ...] = (
    "load", "segment", "pagetype", "extractors", "metadata", "assemble"
)
"""The stages of `extract()` in the order they run, as `timed_extract` names them: decoding
and parsing, segmentation into blocks (with their repeated groups, `newsclean.repeats`, read
by both the page type and the block scorer), the page type, the chain's extractors, metadata,
and normalisation with the building of the Article."""


def timed_extract(
    html: str | bytes,
    url: str | None = None,
    *,
    extractors: Sequence[str | Extractor] | None = None,
    policy: str | Policy | None = None,
    limits: Limits = DEFAULT_LIMITS,
    strip_wire: bool = True,
    encoding: str | None = None,
    fetched: datetime | None = None,
) -> tuple[Article, dict[str, float]]:
    """`extract()`, also returning the seconds each stage took (for the stage benchmark).

    Keys: the `STAGES`, plus `"extractor:NAME"` for each plug-in the policy ran (their sum
    is `"extractors"`). Segmentation, which the first extractor (or assembly) would do on
    demand, is done first so that it is timed alone, and so are the repeated groups of its
    blocks: the block scorer reads them as much as the page type does, so they are no cost
    of either. The result is the same Article.
    """
    times: dict[str, float] = {}
    article = _run(
        html, url, _chain_for(extractors, policy), limits, strip_wire, times, encoding, fetched
    )
    return article, times


def _chain_for(extractors: Sequence[str | Extractor] | None, policy: str | Policy | None) -> Chain:
    from newsclean.chain import Chain

    if (extractors is None or all(isinstance(e, str) for e in extractors)) and (
        policy is None or isinstance(policy, str)
    ):
        names = tuple(str(e) for e in extractors) if extractors is not None else None
        return _chain(names, policy if isinstance(policy, str) else None)
    return _guard(Chain(extractors, policy))


class _Timed:
    """An extractor whose time on each page is added to `times["extractor:NAME"]`."""

    def __init__(self, inner: Extractor, times: dict[str, float]) -> None:
        self.inner, self.times, self.name = inner, times, inner.name

    def extract(self, doc: Document) -> Candidate:
        start = time.perf_counter()
        try:
            return self.inner.extract(doc)
        finally:
            key = f"extractor:{self.name}"
            self.times[key] = self.times.get(key, 0.0) + time.perf_counter() - start


def _timed(times: dict[str, float] | None, name: str, step: Callable[[], _T]) -> _T:
    if times is None:
        return step()
    start = time.perf_counter()
    try:
        return step()
    finally:
        times[name] = times.get(name, 0.0) + time.perf_counter() - start


def page_metadata(doc: Document, fetched: datetime | None = None) -> Metadata:
    """The page's metadata as `extract()` reads it: the date search reads unmarked text
    lines only where the page's kind prints a date (`newsclean.pagetype.dated`); dates are
    read as of `fetched` where it is known."""
    from newsclean.metadata import extract_metadata
    from newsclean.pagetype import dated

    return extract_metadata(doc, free_text_dates=dated(doc), fetched=fetched)


def _run(
    html: str | bytes,
    url: str | None,
    chain: Chain,
    limits: Limits,
    strip_wire: bool,
    times: dict[str, float] | None,
    encoding: str | None = None,
    fetched: datetime | None = None,
) -> Article:
    """The one path of `extract()`; with `times`, each stage's seconds are recorded there."""
    if fetched is not None and not isinstance(fetched, datetime):
        raise TypeError(f"fetched must be a datetime or None, not {type(fetched).__name__}")
    from newsclean.assemble import assemble
    from newsclean.blocks import document_blocks
    from newsclean.pagetype import classify, with_page_type
    from newsclean.repeats import page_groups

    doc = _timed(times, "load", lambda: load(html, url=url, limits=limits, encoding=encoding))
    try:
        if times is None:
            candidate = chain.run(doc)
        else:
            _timed(times, "segment", lambda: document_blocks(doc))
            _timed(times, "segment", lambda: page_groups(doc))
            _timed(times, "pagetype", lambda: classify(doc))
            page_chain = chain.for_page(doc)
            timed = [_Timed(e, times) for e in page_chain.extractors]
            candidate = _timed(times, "extractors", lambda: page_chain.policy.run(timed, doc))
        meta = _timed(times, "metadata", lambda: page_metadata(doc, fetched))
        article = _timed(
            times, "assemble", lambda: assemble(doc, candidate, meta, strip_wire=strip_wire)
        )
        return with_page_type(article, classify(doc))  # classified once per page (cached)
    except NewsCleanError:
        raise
    except (RecursionError, MemoryError) as exc:
        raise DocumentTooLargeError(f"the page is too large or deep to extract: {exc!r}") from exc
    except Exception as exc:
        raise ExtractionError(f"extraction failed unexpectedly: {exc!r}") from exc


# Pages whose extraction takes every path a first page would otherwise pay for. First, in
# Latin-1 without a declared charset nor a date: charset detection and the page's date search.
_WARM_UP_PAGE = (
    "<html><head><title>Préambule</title></head><body><article><h1>Préambule</h1>"
    # a wire dateline with its date: the dateline's patterns are compiled on first use
    + "<p>PARIS, 8 avril (AFP) - Le conseil a voté le budget de l'année.</p>"
    + "<p>Le conseil a voté le budget de l'année, après un débat où chacun a parlé.</p>" * 4
    + "</article></body></html>"
).encode("latin-1")
# Then UTF-8 with a run of mojibake (ftfy's repair is imported on first use) and a CJK wire
# dateline (its forms compile on first use: some 190,000 calls).
_WARM_UP_PAGE_CJK = (
    "<html><head><meta charset='utf-8'><title>预算</title></head><body><article><h1>预算</h1>"
    + "<p>新华社北京4月8日电 市议会通过了今年的预算，经过了长时间的辩论。</p>"
    + "<p>议会的每个成员都发表了意见，预算最终获得通过，Investorâ€™s 报告也随之公布。</p>" * 3
    + "</article></body></html>"
).encode("utf-8")


def preload(extractors: Sequence[str] | None = None) -> None:
    """Import everything `extract()` may need, now rather than on the first page that needs
    it: every plug-in of the chain (`extractors`, default the default chain) runs on two
    small built-in pages. A batch calls this before forking its workers, so they share the
    imported modules and start at once; a benchmark, before its clock starts."""
    from newsclean.chain import DEFAULT_EXTRACTORS

    names = tuple(extractors) if extractors is not None else DEFAULT_EXTRACTORS
    for page in (_WARM_UP_PAGE, _WARM_UP_PAGE_CJK):
        extract(page, extractors=names, policy="best")
