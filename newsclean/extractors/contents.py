"""A table of contents is the page's navigation, not its text.

An article or a manual page lists its own sections at its head ("Table of Contents", "In
this article", "Sur cette page"), each entry a link to a place in the page (`href="#…"`).
The entries repeat the section headings the text holds anyway, and a scorer that never saw
the site keeps them as a list in the body. A run of kept list items, each nothing but links
to places in the page, leaves the kept text, and with it a short heading right above it
(its "Contents" title, in whatever language: it is found by its place, not its words).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml.html import HtmlElement

from newsclean.blocks import TextBlock
from newsclean.model import BlockKind

CONTENTS_MIN_ENTRIES = 3
"""Entries of a table of contents: one or two links to places in the page are a "back to
top" or a footnote's return, not a table."""
CONTENTS_TITLE_WORDS = 4
"""Longest heading above the entries that is the table's own title."""
ENTRY_LINK_SHARE = 0.9
"""Share of an entry's text inside its links past which its text outside them is not
read."""


def is_entry(block: TextBlock) -> bool:
    """A list item that is nothing but links to places in the page: `href="#part"`, not an
    empty `#` nor a script's route (`#/path`, `#!path`). Outside its links an entry holds
    no word: at most its number ("1.2", printed in or beside the link). The share of the
    text in links alone misses short entries whose link holds the number and the title in
    two spans ("1 History": the space between them is no link's character)."""
    if block.link_density < ENTRY_MIN_LINK_SHARE or block.element.tag != "li":
        return False  # (the density first: a float, where the tag is read from the tree)
    hrefs = [(a.get("href") or "").strip() for a in block.element.iter("a")]
    return bool(hrefs) and all(
        len(h) > 1 and h.startswith("#") and h[1] not in "/!" for h in hrefs
    ) and (block.link_density >= ENTRY_LINK_SHARE or not _WORD.search(_unlinked(block.element)))


_WORD = re.compile(r"[^\W\d_]")
"""A letter of any script: a word outside an entry's links makes it a line of text."""
ENTRY_MIN_LINK_SHARE = 0.5
"""Share of an item's text inside its links for its text outside them to be read."""


def _unlinked(element: HtmlElement) -> str:
    """The text of an element outside its links."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != "a":
            parts.append(_unlinked(child) if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return "".join(parts)


def contents_entries(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """The kept blocks of a table of contents: runs of `CONTENTS_MIN_ENTRIES` or more
    consecutive entries (`is_entry`), with the short heading or line right above a run."""
    out: list[int] = []
    entries = [is_entry(b) for b in blocks]
    i, n = 0, len(blocks)
    while i < n:
        if not entries[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and entries[j + 1]:
            j += 1
        if j - i + 1 >= CONTENTS_MIN_ENTRIES:
            out.extend(k for k in range(i, j + 1) if keep[k])
            above = blocks[i - 1] if i else None
            if (above is not None and keep[i - 1] and above.words <= CONTENTS_TITLE_WORDS
                    and above.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH)
                    and above.link_density < ENTRY_LINK_SHARE):
                out.append(i - 1)
        i = j + 1
    return sorted(out)
