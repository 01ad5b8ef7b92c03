"""`extract()`: the one path from page to Article."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from newsclean.assemble import assemble
from newsclean.chain import Chain, Policy
from newsclean.document import DEFAULT_LIMITS, Limits, load
from newsclean.extractors.base import Extractor
from newsclean.metadata import extract_metadata
from newsclean.model import Article


@lru_cache(maxsize=32)
def _chain(extractors: tuple[str, ...] | None, policy: str | None) -> Chain:
    return Chain(extractors, policy)


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
    Raises a `newsclean.errors.NewsCleanError` on input that is not a usable page.
    """
    doc = load(html, url=url, limits=limits)
    if (extractors is None or all(isinstance(e, str) for e in extractors)) and (
        policy is None or isinstance(policy, str)
    ):
        names = tuple(str(e) for e in extractors) if extractors is not None else None
        chain = _chain(names, policy if isinstance(policy, str) else None)
    else:
        chain = Chain(extractors, policy)
    candidate = chain.run(doc)
    return assemble(doc, candidate, extract_metadata(doc), strip_wire=strip_wire)
