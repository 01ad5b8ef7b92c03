"""Fields a template prints against each other, spaced in the text a reader gets.

Card templates print their fields in sibling inline elements with nothing between them
(`<span>Stadtwerke Lindenau</span><span>Lindenau</span>`: an employer and its town, a
tile's brand and name, a dish and its price) and let the style sheet part them on the
screen; the markup's text runs them together ("Stadtwerke LindenauLindenau"). The
segmenter keeps the joined text: the block scorer was fitted on it, and spacing it there
moved its verdicts on many pages (docs/chain.md, stop 68). So the segmenter only notes
where inline elements' texts met (`blocks.FieldRun`, in its one walk of the page), the
table of the page's joined tokens and their spaced forms is read here from those notes
(`field_table`), and only the article's final text and structure are spaced from it
(`spaced_blocks`): every decision is made on the text as before, the reader gets the words
apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from newsclean.blocks import FieldRun, document_blocks, document_runs
from newsclean.document import Document
from newsclean.model import Block, Inline, ListItem, TableRow
from newsclean.stoplists import UNSPACED_LETTERS

FIELD_MIN_CHARS = 2
"""Characters a field needs on each side of a join, up to a space or the next join: a
single letter against a word is a drop cap's or an initial's markup ("<b>W</b>ord")."""

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


def _pieces(run: FieldRun) -> Iterator[tuple[str, list[int]]]:
    """The run's text cut at its breaks, each piece with the joins inside it (offsets in
    the piece): the stretches of text no boundary parts."""
    joins = run.joins
    j = 0
    lo = 0
    for hi in (*run.breaks, len(run.text)):
        inside: list[int] = []
        while j < len(joins) and joins[j] < hi:
            if joins[j] > lo:
                inside.append(joins[j] - lo)
            j += 1
        yield run.text[lo:hi], inside
        lo = hi


def field_table(texts: Sequence[str], runs: Sequence[FieldRun]) -> dict[str, str]:
    """The page's tokens printed as fields against each other, each with its spaced form,
    from its blocks' texts and the places where inline elements' texts met in them
    (`blocks.FieldRun`, read by the segmenter).

    A join counts where `_is_field_edge` holds of the two characters, with at least
    `FIELD_MIN_CHARS` on each side. A token the page also prints without a join is a word,
    not two fields (a name cut by markup in a menu, "Face|book", is still "Facebook" in the
    story), and is left out of the table."""
    table: dict[str, str] = {}
    joined: Counter[str] = Counter()
    for run in runs:
        if not run.joins:
            continue
        for piece, joins in _pieces(run):
            if not joins:
                continue
            found = _spaced_tokens(piece, joins)
            if found:
                counts = Counter(piece.split())
                for token, spaced in found.items():
                    joined[token] += counts[token]
                    table[token] = spaced
    if not table:
        return table
    texts = list(texts)
    for run in runs:  # a block's text as its boundaries part it
        if run.breaks:
            texts[run.index] = " ".join(piece for piece, _ in _pieces(run))
    tokens = Counter(" ".join(texts).split())
    return {k: v for k, v in table.items() if tokens[k] == joined[k]}


def page_fields(doc: Document) -> dict[str, str]:
    """`field_table` of the page, from the blocks and runs of its one segmentation."""
    return field_table([b.text for b in document_blocks(doc)], document_runs(doc))


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
    (`page_fields`), in their text and their runs alike."""
    blocks = list(blocks)
    if not table:
        return blocks
    return [
        _spaced(b, table) if any(t in table for t in _TOKEN.findall(b.text)) else b for b in blocks
    ]
