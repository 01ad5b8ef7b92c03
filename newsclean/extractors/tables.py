"""A table is read whole, and one set right after the story's text is the story's.

A data table's rows are short lines (a name and a value, a date and a place), and the
learned scorer weighs each as a short line: inside a story, between kept paragraphs, it
keeps them; at the story's edge (the table after its last paragraph, before the page's
feedback box and pager) it leaves them out, 0.33-0.44 on a manual's table of errors; and
it may keep some rows of a table and not the others. The structure says more than each
row: a table under the same element as the kept text that leads into it, right after a
kept block, belongs with that text, and a table kept in part is kept whole. Rows mostly
linked (a table of links to other pages) and rows the scorer all but ruled out are left
as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml.html import HtmlElement

from newsclean.blocks import LINKED, Spans, TextBlock, block_spans
from newsclean.model import BlockKind

CONTROLS = ("input", "select", "button", "textarea")
"""A table holding any of these is a form laid out in rows (a shop's variants, each with
its quantity field), not data of the text."""


def _tables(blocks: Sequence[TextBlock]) -> dict[HtmlElement, list[int]]:
    """The rows (blocks of kind table) of each table element, in order."""
    tables: dict[HtmlElement, list[int]] = {}
    for i, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE:
            table = next((a for a in block.ancestors if a.tag == "table"), None)
            if table is not None:
                tables.setdefault(table, []).append(i)
    return tables


def whole_tables(
    blocks: Sequence[TextBlock], keep: Sequence[bool], scores: Sequence[float],
    min_score: float,
) -> list[int]:
    """Rows to keep: the rest of a table kept in part, and the rows of a table that follows
    a kept block under the same parent element as that block; never rows at least
    `LINKED` linked or scored under `min_score`, nor a table of form `CONTROLS`."""
    found: list[int] = []
    for table, rows in _tables(blocks).items():
        if any(blocks[r].link_density >= LINKED or scores[r] < min_score for r in rows) or (
            next(table.iter(*CONTROLS), None) is not None
        ):
            continue
        if any(keep[r] for r in rows):
            found.extend(r for r in rows if not keep[r])
            continue
        before = rows[0] - 1
        parent = table.getparent()
        if before >= 0 and keep[before] and parent is not None \
                and parent in blocks[before].ancestors:
            found.extend(rows)
    return found


TABLE_LABEL_WORDS = 12
"""Longest line labelling a table in its box: "Escrutado: 98,7 %", "Table 2. Results by
party", not a paragraph of its own."""
_LABEL_KINDS = (BlockKind.PARAGRAPH, BlockKind.HEADING)


def table_labels(
    blocks: Sequence[TextBlock], keep: Sequence[bool], scores: Sequence[float],
    min_score: float, spans: Spans | None = None,
) -> list[int]:
    """Lines to keep: the short line that labels a kept table in the table's own box (an
    element holding that line and the table, nothing else), as a results box prints how
    much is counted above its table, or a figure its title. Never a line at least `LINKED`
    linked or scored under `min_score`."""
    found: list[int] = []
    for table, rows in _tables(blocks).items():
        label, parent = rows[0] - 1, table.getparent()
        if label < 0 or keep[label] or parent is None or not all(keep[r] for r in rows):
            continue
        block = blocks[label]
        if (block.kind not in _LABEL_KINDS or block.words > TABLE_LABEL_WORDS
                or block.link_density >= LINKED or scores[label] < min_score):
            continue
        spans = spans if spans is not None else block_spans(blocks)
        if spans.get(parent) == (label, rows[-1]):
            found.append(label)
    return found
