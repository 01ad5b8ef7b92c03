"""Adapter around readability-lxml: Arc90's Readability as a newsclean plug-in."""

from __future__ import annotations

import logging
from typing import Any

import lxml.html
from lxml.html import HtmlElement

from newsclean.blocks import segment
from newsclean.document import Document
from newsclean.extractors.base import Candidate
from newsclean.extractors.confidence import length_confidence
from newsclean.structure import to_blocks


class ReadabilityExtractor:
    """readability-lxml's `summary()` on a copy of the shared tree, segmented into blocks.

    The library is imported on the first page that needs it, not with the plug-in. It gets
    no URL and no `<base>`: given either, it makes every link absolute after its cleaner has
    emptied the `javascript:` ones, so that they and the in-page fragments ("#notes") would
    point at the page itself. Links are resolved by `structure.to_blocks` against
    `Document.base`, as the other plug-ins' are.
    """

    name = "readability"

    def __init__(self) -> None:
        self._document: Any = None

    def _load(self) -> Any:
        if self._document is None:
            logging.getLogger("readability").setLevel(logging.CRITICAL)
            from readability import Document as ReadabilityDocument

            self._document = ReadabilityDocument
        return self._document

    def extract(self, doc: Document) -> Candidate:
        try:
            summary = self._load()(_without_base(doc.tree_copy())).summary(
                html_partial=True
            )
            root = lxml.html.fragment_fromstring(summary, create_parent="div")
        except Exception as exc:  # readability raises Unparseable and lxml errors alike
            return Candidate(extractor=self.name, details={"error": repr(exc)})
        blocks = to_blocks(segment(root), doc.base)
        return Candidate(
            extractor=self.name, blocks=tuple(blocks), confidence=length_confidence(blocks)
        )


def _without_base(tree: HtmlElement) -> HtmlElement:
    """`tree` without its `<base>` elements (see `ReadabilityExtractor`)."""
    for base in tree.findall("head/base"):
        base.drop_tree()
    return tree
