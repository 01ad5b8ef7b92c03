"""Adapter around trafilatura: its main-text extraction as a newsclean plug-in."""

from __future__ import annotations

import logging
from typing import Any

from lxml.etree import _Element

from newsclean.document import Document
from newsclean.extractors.base import Candidate
from newsclean.extractors.confidence import length_confidence
from newsclean.model import Block, BlockKind

_KINDS: dict[str, BlockKind] = {
    "p": BlockKind.PARAGRAPH,
    "head": BlockKind.HEADING,
    "list": BlockKind.LIST,
    "quote": BlockKind.QUOTE,
    "table": BlockKind.TABLE,
    "code": BlockKind.CODE,
}


def _text(el: _Element) -> str:
    return " ".join("".join(map(str, el.itertext())).split())


def _block(el: _Element) -> Block | None:
    kind = _KINDS.get(str(el.tag))
    if kind is None:
        text = _text(el)
        return Block(text=text) if text else None
    if kind is BlockKind.LIST:
        lines = [_text(item) for item in el.iter("item")]
        text = "\n".join(line for line in lines if line)
    elif kind is BlockKind.TABLE:
        rows = [" | ".join(_text(c) for c in row.iter("cell")) for row in el.iter("row")]
        text = "\n".join(r for r in rows if r.strip(" |"))
    elif kind is BlockKind.CODE:
        text = "".join(map(str, el.itertext())).strip()
    else:
        text = _text(el)
    if not text:
        return None
    level = None
    if kind is BlockKind.HEADING:
        rend = el.get("rend") or "h2"
        level = int(rend[1]) if rend[1:2].isdigit() else 2
    return Block(kind=kind, text=text, level=level)


def body_blocks(body: _Element | None) -> list[Block]:
    """trafilatura's internal XML body as model blocks, in document order."""
    if body is None:
        return []
    blocks = (_block(child) for child in body)
    return [b for b in blocks if b is not None]


class TrafilaturaExtractor:
    """trafilatura's extractor on a copy of the shared tree (it cleans trees in place).

    `fast=True` skips trafilatura's own readability/jusText fallbacks. The library (about
    0.15 s to import) is imported on the first page that needs it: in the default chain it
    is a fallback that most pages never reach.
    """

    name = "trafilatura"

    def __init__(self, fast: bool = False, favor_precision: bool = False) -> None:
        self.fast = fast
        self.favor_precision = favor_precision
        self._bare_extraction: Any = None

    def _load(self) -> Any:
        if self._bare_extraction is None:
            logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
            import trafilatura

            self._bare_extraction = trafilatura.bare_extraction
        return self._bare_extraction

    def extract(self, doc: Document) -> Candidate:
        options: dict[str, Any] = {
            "url": doc.url,
            "fast": self.fast,
            "favor_precision": self.favor_precision,
            "include_comments": False,
            "include_tables": True,
            "with_metadata": False,
        }
        try:
            result = self._load()(doc.tree_copy(), **options)
        except Exception as exc:  # a peer library's failure is an empty answer, not a crash
            return Candidate(extractor=self.name, details={"error": repr(exc)})
        body = getattr(result, "body", None) if result is not None else None
        blocks = body_blocks(body)
        return Candidate(
            extractor=self.name, blocks=tuple(blocks), confidence=length_confidence(blocks)
        )
