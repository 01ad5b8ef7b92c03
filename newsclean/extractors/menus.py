"""A site's menu at the head of the kept text where no element names it navigation.

Modern templates put their menus in `<nav>` or under a class naming them, which the rules
read as furniture. Hand-made and older pages print the menu as plain links: a line of links
parted by bars or slashes above the story ("Home | About me | Photos | Links"), or a column
of one link a line in a layout table's cell beside it. Where the whole page is one
container (its text straight in `<body>`), the learned scorer keeps such links with the
title under them. Both shapes are structural and hold in any language: links with nothing
but separators between them, and short fully linked lines outside the rules' container,
before the page's first passage of prose, in a layout table's cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsclean.blocks import LINKED, TextBlock, is_layout_table, prose_edges
from newsclean.extractors.rules import Analysis
from newsclean.model import BlockKind

SEPARATOR = re.compile(r"(?<!\s)\s*[|¦/／·•︱｜]\s*")  # (?<!\s): linear on long spaces
"""What hand-made menus print between their links: a bar, a slash, a dot. Not a chevron:
links parted by ">" are a breadcrumb trail, which some truths keep as the page's first
line (readability-js tune hukumusume, 0.676 -> 0.638 when it was read as a menu)."""
BAR_MIN_LINKS = 3
"""Entries of a link bar: two links parted by a bar are a kicker or a pair of names."""
ENTRY_MAX_WORDS = 4
"""Most words of one menu entry ("About me", "Libro de visitas", "Последние записи")."""
MENU_LINE_LINKED = 0.9
"""Link share of a line of a menu column: the line is its link."""
CELL_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.TABLE})
"""Kinds of a menu column's line: a line of a cell, or a cell of a table of links."""
COLUMN_MIN_LINES = 2
"""Kept lines of a menu column: one short link alone may be a kicker or a byline."""


def link_bar(block: TextBlock) -> bool:
    """Whether a block is a bar of links: three short entries or more with only separators
    between them, each entry the whole text of a link (not a linked figure in a line of
    data: "42°S 174°E / -42; 174")."""
    if block.link_density < LINKED:
        return False
    entries = [e.strip() for e in SEPARATOR.split(block.text) if e.strip()]
    if len(entries) < BAR_MIN_LINKS or any(len(e.split()) > ENTRY_MAX_WORDS for e in entries):
        return False
    links = {" ".join(a.text_content().split()) for a in block.element.iter("a")}
    return all(" ".join(e.split()) in links for e in entries)


def _menu_cell_line(analysis: Analysis, i: int) -> bool:
    """Whether block `i` is a short fully linked line of a layout table's cell, not a list
    item, outside the rules' container and its sibling parts: a hand-made menu column.
    A list's linked items outside the container are a manual's contents or a shop's
    tiles as often (wcxb-dev tune 2864, 4394 lost them when any such line counted)."""
    block = analysis.blocks[i]
    if (block.kind not in CELL_KINDS or block.link_density < MENU_LINE_LINKED
            or block.words > ENTRY_MAX_WORDS):
        return False
    if any(el.tag == "li" for el in block.ancestors):
        return False
    table = next(block.element.iterancestors("table"), None)
    if table is None or not is_layout_table(table):
        return False  # a data table's linked cells (an infobox's labels) are its data
    parts = [analysis.container, *analysis.siblings] if analysis.container is not None else []
    return not any(p in block.ancestors for p in parts)


def head_menus(analysis: Analysis, keep: Sequence[bool]) -> list[int]:
    """The kept blocks that open the kept text as a menu, before its first prose passage
    (link bars, and a run of short fully linked lines of a layout table's cell outside the
    container), and the link bars that close it after its last (a webring's "<< Prev |
    Ring | Next >>", a menu printed again under the text)."""
    blocks = analysis.blocks
    edges = prose_edges(blocks, keep)
    if edges is None:
        return []
    bars: list[int] = []
    column: list[int] = []
    for i in (j for j in range(edges[0]) if keep[j]):
        block = blocks[i]
        if block.kind is BlockKind.HEADING:
            break
        if link_bar(block):
            bars.append(i)
        elif _menu_cell_line(analysis, i):
            column.append(i)
        else:
            break
    for i in (j for j in range(len(blocks) - 1, edges[1], -1) if keep[j]):
        if not link_bar(blocks[i]):
            break
        bars.append(i)
    return sorted(bars + (column if len(column) >= COLUMN_MIN_LINES else []))


STRAY_MIN_ITEMS = 3
"""Items of a list of links for its one kept item to be a stray of it."""
STRAY_MAX_WORDS = 15
"""Words of a list item of links that may be a stray: a navigation entry, not a line of
text that holds a link."""


def stray_entries(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """The one kept item of a list of `STRAY_MIN_ITEMS` linked items or more whose others
    were all left out: the list is one thing built one way (a message's "Next message:",
    "Previous message:", "In reply to:"), and most of it said what it is."""
    lists: dict[object, list[int]] = {}
    for i, block in enumerate(blocks):
        parent = block.element.getparent()
        if block.element.tag == "li" and parent is not None:
            lists.setdefault(parent, []).append(i)
    found: list[int] = []
    for items in lists.values():
        kept = [i for i in items if keep[i]]
        if len(items) >= STRAY_MIN_ITEMS and len(kept) == 1 and all(
            blocks[i].link_density >= LINKED and blocks[i].words <= STRAY_MAX_WORDS
            for i in items
        ):
            found.extend(kept)
    return found
