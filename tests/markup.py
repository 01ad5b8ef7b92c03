"""Helpers that build pages for the tests: markup in, the objects the code reads out."""

from __future__ import annotations

import lxml.html

from newsclean.blocks import TextBlock, segment


def body_blocks(body: str) -> list[TextBlock]:
    """The text blocks of a page whose `<body>` holds `body`, as segmentation cuts them."""
    return segment(lxml.html.document_fromstring(f"<html><body>{body}</body></html>"))
