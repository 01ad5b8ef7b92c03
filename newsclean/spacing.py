"""Fields a template prints against each other, spaced in the text a reader gets.

Card templates print their fields in sibling inline elements with nothing between them
(`<span>Stadtwerke Lindenau</span><span>Lindenau</span>`: an employer and its town, a
tile's brand and name, a dish and its price) and let the style sheet part them on the
screen; the markup's text runs them together ("Stadtwerke LindenauLindenau"). The
segmenter keeps the joined text: the block scorer was fitted on it, and spacing it there
moved its verdicts on many pages (docs/chain.md, stop 68). So the joins are read here, in a
walk of their own, as a table of the page's joined tokens and their spaced forms, and only
the article's final text and structure are spaced from it (`spaced_blocks`): every
decision is made on the text as before, the reader gets the words apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

import lxml.etree
from lxml.html import HtmlElement

from newsclean.blocks import BLOCK_TAGS, CELL_TAGS, SKIP_TAGS
from newsclean.model import Block, Inline, ListItem, TableRow
from newsclean.stoplists import UNSPACED_LETTERS

FIELD_MIN_CHARS = 2
"""Characters a field needs on each side of a join, up to a space or the next join: a
single letter against a word is a drop cap's or an initial's markup ("<b>W</b>ord")."""

CODE_TAGS = frozenset({"pre", "code", "kbd", "samp", "tt"})
"""Text a reader copies as it is: never spaced."""

GLUED_TAGS = frozenset({"sup", "sub"})
"""Inline elements printed against their neighbour by design: an exponent ("2n²"), a
formula's index ("H₂O"), an ordinal's letters ("1st"). A join beside one is no field's."""

_TOKEN = re.compile(r"\S+")


def _is_field_edge(left: str, right: str) -> bool:
    """Whether two characters printed against each other are word characters of fields
    apart: both word characters, one a letter, neither of a script written without spaces
    (where every character may stand against the next)."""
    return (
        (left.isalnum() or left == "_")
        and (right.isalnum() or right == "_")
        and (left.isalpha() or right.isalpha())
        and not UNSPACED_LETTERS.match(left)
        and not UNSPACED_LETTERS.match(right)
    )


def _spaced_tokens(text: str, joins: Sequence[int]) -> dict[str, str]:
    """The joined tokens of one block's raw text and their spaced forms: `joins` are the
    offsets where one inline element's text ended and the next one's began, in order
    (read once with the tokens: a page's one long block may hold thousands of both)."""
    found: dict[str, str] = {}
    j = 0
    for m in _TOKEN.finditer(text):
        lo, hi = m.span()
        while j < len(joins) and joins[j] <= lo:
            j += 1
        k = j
        while k < len(joins) and joins[k] < hi:
            k += 1
        if k == j:
            continue
        inside = joins[j:k]
        edges = [lo, *inside, hi]
        cuts = [
            at - lo
            for i, at in enumerate(inside, 1)
            if _is_field_edge(text[at - 1], text[at])
            and at - edges[i - 1] >= FIELD_MIN_CHARS
            and edges[i + 1] - at >= FIELD_MIN_CHARS
        ]
        if cuts:
            token = m.group()
            bounds = zip([0, *cuts], [*cuts, len(token)], strict=True)
            found[token] = " ".join(token[a:b] for a, b in bounds)
        j = k
    return found


def field_joins(root: HtmlElement) -> dict[str, str]:
    """The page's tokens printed as fields against each other, each with its spaced form.

    A join is where the text of one inline element ends and the next inline element's
    begins with no text between them (`_is_field_edge` on the two characters, at least
    `FIELD_MIN_CHARS` on each side), outside code. A token the page also prints without a
    join is a word, not two fields (a name cut by markup in a menu, "Face|book", is still
    "Facebook" in the story), and is left out of the table."""
    body = root.find("body")
    start = body if body is not None else root
    tokens: Counter[str] = Counter()
    joined: Counter[str] = Counter()
    table: dict[str, str] = {}
    parts: list[str] = []
    joins: list[int] = []
    size = 0
    code = 0
    ended = crossed = glued = False

    def flush() -> None:
        nonlocal parts, joins, size, ended, crossed, glued
        if parts:
            text = "".join(parts)
            counts = Counter(text.split())
            tokens.update(counts)
            if joins:
                for token, spaced in _spaced_tokens(text, joins).items():
                    joined[token] += counts[token]
                    table[token] = spaced
        parts, joins, size = [], [], 0
        ended = crossed = glued = False

    walker = lxml.etree.iterwalk(start, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        tag = el.tag
        if event == "start":
            if not isinstance(tag, str) or tag in SKIP_TAGS:
                walker.skip_subtree()
                text = None
            else:
                if tag in BLOCK_TAGS or tag in CELL_TAGS or "-" in tag:
                    flush()
                elif ended:
                    crossed = True
                if tag in GLUED_TAGS:
                    glued = True
                if tag in CODE_TAGS:
                    code += 1
                text = el.text
        elif event == "end":
            if isinstance(tag, str) and tag not in SKIP_TAGS:
                if tag in BLOCK_TAGS or tag in CELL_TAGS or "-" in tag:
                    flush()
                else:
                    ended = True
                    if tag in GLUED_TAGS:
                        glued = True
                if tag in CODE_TAGS:
                    code -= 1
            if el is start:
                break
            text = el.tail
        else:
            text = el.tail
        if text:
            if (
                crossed
                and not glued
                and not code
                and size
                and not text[0].isspace()
                and not parts[-1][-1].isspace()
            ):
                joins.append(size)
            parts.append(text)
            size += len(text)
            ended = crossed = glued = False
    flush()
    return {k: v for k, v in table.items() if tokens[k] == joined[k]}


def _cuts(text: str, table: dict[str, str]) -> list[int]:
    """Offsets in `text` where a space goes: inside its tokens the table spaces."""
    cuts: list[int] = []
    for m in _TOKEN.finditer(text):
        spaced = table.get(m.group())
        if spaced is None:
            continue
        at = m.start()
        for i, piece in enumerate(spaced.split(" ")):
            if i:
                cuts.append(at)
            at += len(piece)
    return cuts


def _spaced_runs(inlines: Sequence[Inline], table: dict[str, str]) -> tuple[Inline, ...]:
    """Runs with the spaces of the table set in them; a space at the edge of two runs goes
    at the end of the first (a linked field keeps its link's text whole)."""
    cuts = _cuts("".join(i.text for i in inlines), table)
    if not cuts:
        return tuple(inlines)
    runs: list[Inline] = []
    pos = at = 0
    for run in inlines:
        end = pos + len(run.text)
        mine = []
        while at < len(cuts) and cuts[at] <= end:
            if cuts[at] > pos:
                mine.append(cuts[at] - pos)
            at += 1
        if mine:
            text = run.text
            for c in reversed(mine):
                text = f"{text[:c]} {text[c:]}"
            run = run.model_copy(update={"text": text})
        runs.append(run)
        pos = end
    return tuple(runs)


def spaced_text(text: str, table: dict[str, str]) -> str:
    """`text` with the table's joined tokens spaced."""
    if not table:
        return text
    return _TOKEN.sub(lambda m: table.get(m.group(), m.group()), text)


def _spaced(block: Block, table: dict[str, str]) -> Block:
    update: dict[str, object] = {"text": spaced_text(block.text, table)}
    if block.inlines:
        update["inlines"] = _spaced_runs(block.inlines, table)
    if block.items:
        update["items"] = tuple(
            ListItem(blocks=tuple(_spaced(b, table) for b in item.blocks), value=item.value)
            for item in block.items
        )
    if block.rows:
        update["rows"] = tuple(
            TableRow(
                cells=tuple(
                    cell.model_copy(
                        update={"blocks": tuple(_spaced(b, table) for b in cell.blocks)}
                    )
                    for cell in row.cells
                ),
                header=row.header,
            )
            for row in block.rows
        )
    if block.blocks:
        update["blocks"] = tuple(_spaced(b, table) for b in block.blocks)
    return block.model_copy(update=update)


def spaced_blocks(blocks: Iterable[Block], table: dict[str, str]) -> list[Block]:
    """The article's blocks with the fields the page printed against each other spaced
    (`field_joins`), in their text and their runs alike."""
    blocks = list(blocks)
    if not table:
        return blocks
    return [
        _spaced(b, table) if any(t in table for t in _TOKEN.findall(b.text)) else b for b in blocks
    ]
