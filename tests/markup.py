"""Helpers that build pages for the tests: markup in, the objects the code reads out."""

from __future__ import annotations

from collections.abc import Callable

import lxml.html
import pytest

from newsclean.blocks import TextBlock, segment
from newsclean.model import PageType


def body_blocks(body: str) -> list[TextBlock]:
    """The text blocks of a page whose `<body>` holds `body`, as segmentation cuts them."""
    return segment(lxml.html.document_fromstring(f"<html><body>{body}</body></html>"))


def recorded_calls(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[object]:
    """Replace `owner.name` (a callable of one argument, such as a compiled XPath) by one
    that passes each call through and records its argument: the list of those arguments,
    for a test that counts how often a costly read runs."""
    real = getattr(owner, name)
    calls: list[object] = []

    def recorded(arg: object) -> object:
        calls.append(arg)
        return real(arg)

    monkeypatch.setattr(owner, name, recorded)
    return calls


def replay_scorer(
    monkeypatch: pytest.MonkeyPatch,
    probability: Callable[[str], float | None],
    page_type: PageType | None = None,
) -> None:
    """Make the density extractor see what a scorer that never saw the site saw: the
    shipped scorer's probabilities, with each block's replaced by `probability(text)` where
    that gives one, and (when given) the page's type in place of `newsclean.pagetype`'s."""
    from newsclean.extractors import density
    from newsclean.extractors.block_model import Scored
    from newsclean.extractors.block_model import decide as real
    from newsclean.pagetype import Verdict

    def decide(doc, analysis, forest=None):  # type: ignore[no-untyped-def]
        scored = real(doc, analysis, forest)
        assert scored is not None
        p = [q if (r := probability(b.text)) is None else r
             for b, q in zip(analysis.blocks, scored.probabilities, strict=True)]
        return Scored([q >= 0.5 for q in p], scored.reasons, scored.confidence, p)

    monkeypatch.setattr(density, "decide", decide)
    if page_type is not None:
        monkeypatch.setattr(density, "classify", lambda doc: Verdict(page_type, 0.9, {}))
