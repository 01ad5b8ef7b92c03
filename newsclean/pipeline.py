"""`extract()`: the one path from page to Article."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache

from newsclean.assemble import assemble
from newsclean.chain import Chain, Policy
from newsclean.document import DEFAULT_LIMITS, Document, Limits, load
from newsclean.errors import DocumentTooLargeError, ExtractionError, NewsCleanError
from newsclean.extractors.base import Candidate, Extractor
from newsclean.metadata import extract_metadata
from newsclean.model import Article
from newsclean.pagetype import classify, with_page_type

_log = logging.getLogger("newsclean")


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
        try:
            return self.inner.extract(doc)
        except MemoryError:
            # Out of memory (a worker's cap, or the machine's): the page is too large to
            # extract, and trying the next plug-in would only fail again; extract() reports
            # it as `DocumentTooLargeError`, so a batch records it as an error.
            raise
        except Exception as exc:
            _log.warning("extractor %r failed on %s: %r", self.name, doc.url or "a page", exc)
            return Candidate(extractor=self.name, details={"error": repr(exc)})


def _guarded(extractor: Extractor) -> Extractor:
    return extractor if isinstance(extractor, Guarded) else Guarded(extractor)


def _guard(chain: Chain) -> Chain:
    chain.extractors = [_guarded(e) for e in chain.extractors]
    chain.wrap = _guarded  # and the extractors of page-type profiles
    return chain


@lru_cache(maxsize=32)
def _chain(extractors: tuple[str, ...] | None, policy: str | None) -> Chain:
    return _guard(Chain(extractors, policy))


def extract(
    html: str | bytes,
    url: str | None = None,
    *,
    extractors: Sequence[str | Extractor] | None = None,
    policy: str | Policy | None = None,
    limits: Limits = DEFAULT_LIMITS,
    strip_wire: bool = True,
) -> Article:
    """Extract the article of one HTML page.

    `html` is a str, or bytes whose encoding is detected. `url` resolves relative links.
    `extractors` names plug-ins to run (default: the benchmark-chosen chain) under
    `policy` ("first-confident", "best", "vote", or a `Policy` object).
    `strip_wire=False` keeps the dateline, credit lines and agency trailers in `text` (they
    are parsed into `dateline`, `credits` and `agency` either way).
    Raises a `newsclean.errors.NewsCleanError` on input that is not a usable page, and
    nothing else (`TypeError` only when `html` is neither str nor bytes).
    """
    doc = load(html, url=url, limits=limits)
    try:
        if (extractors is None or all(isinstance(e, str) for e in extractors)) and (
            policy is None or isinstance(policy, str)
        ):
            names = tuple(str(e) for e in extractors) if extractors is not None else None
            chain = _chain(names, policy if isinstance(policy, str) else None)
        else:
            chain = _guard(Chain(extractors, policy))
        candidate = chain.run(doc)
        article = assemble(doc, candidate, extract_metadata(doc), strip_wire=strip_wire)
        return with_page_type(article, classify(doc))
    except NewsCleanError:
        raise
    except (RecursionError, MemoryError) as exc:
        raise DocumentTooLargeError(f"the page is too large or deep to extract: {exc!r}") from exc
    except Exception as exc:
        raise ExtractionError(f"extraction failed unexpectedly: {exc!r}") from exc
