"""The structure of kept text: from the kept `TextBlock`s of a page to model `Block`s.

Segmentation (`newsclean.blocks.segment`) cuts a page at every block-level boundary, `<br>`
included, because that is the unit extractors score. What the cuts lose is rebuilt here, for
the kept blocks only (the work is proportional to what is kept, not to the page):

- pieces of one element split by a single `<br>` become one paragraph with line breaks
  (two or more `<br>` in a row are a paragraph break);
- list items are grouped by list, nested lists inside their items; quotes keep their
  paragraphs; a `<pre>` becomes one code block with its lines and the language its class
  names (highlighters put one element per line);
- a data table becomes rows of cells (header rows, spans, cells holding line breaks or
  blocks), built from its rows that hold kept text; a layout table (one column, nested
  tables, headings in cells) is read as the paragraphs it holds, and so is a list whose
  items hold headings (cards);
- inline runs are read from each piece's subtree: links (resolved against the page URL,
  unsafe schemes dropped), bold, italic, inline code;
- images standing between two kept blocks become figures with their alt text and caption.

Each piece's runs are checked against the segmented text: where they differ, the block
keeps the segmented text without marks, so the plain text is the same as before this pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple
from urllib.parse import urljoin

import lxml.etree
from lxml.html import HtmlElement

from newsclean.blocks import (
    BLOCK_TAGS,
    CELL_TAGS,
    HEADING_TAGS,
    SKIP_TAGS,
    TextBlock,
    _is_hidden,
    is_layout_table,
    join_wide_lines,
    segment,
    span,
    table_rows,
)
from newsclean.model import (
    Block,
    BlockKind,
    Inline,
    ListItem,
    TableCell,
    TableRow,
    inline_text,
)
from newsclean.render import IMAGE_SCHEMES, LINK_SCHEMES, MAX_ITEM_NUMBER, safe_url

LIST_TAGS = frozenset({"ul", "ol", "dl", "menu", "dir"})
ITEM_TAGS = frozenset({"li", "dd", "dt"})
STRONG_TAGS = frozenset({"strong", "b"})
EMPHASIS_TAGS = frozenset({"em", "i"})
CODE_TAGS = frozenset({"code", "kbd", "samp", "tt"})
MARK_TAGS = STRONG_TAGS | EMPHASIS_TAGS | CODE_TAGS | {"a"}
_MARK_OR_BREAK = MARK_TAGS | {"br"}
CARD_TAGS = frozenset({*HEADING_TAGS, "table"})
"""A list or quote holding one of these is layout (cards, a page in a list), not a list."""
_CODE_CLASS_PREFIXES = r"(?:language|lang|highlight-source|highlight|brush:|hljs|sourceCode)"
CODE_LANGUAGE = re.compile(
    rf"(?:^|\s){_CODE_CLASS_PREFIXES}[-_: ]?"
    rf"(?!{_CODE_CLASS_PREFIXES}(?:[-_:\s]|$))([A-Za-z][\w+#.-]{{0,30}})(?=\s|$|;)"
)
"""A class naming a code block's language: a prefix, then the name, in the same word
(`language-python`, `highlight-source-go`) or the next (`sourceCode python`, `brush: php`).
The next word is no name when it is a prefix itself: GitHub's `highlight
highlight-source-shell` names `shell`, not `highlight-source-shell`."""
_LANGUAGE_NAME = re.compile(r"[a-z][\w+#.-]{0,30}")
_NOT_LANGUAGES = frozenset({"none", "plain", "plaintext", "text", "nohighlight", "default"})
_SPLIT_BREAKS = 2
"""This many `<br>` in a row end a paragraph; fewer are a line break inside it."""
LAZY_ATTRIBUTES = ("data-src", "data-lazy-src", "data-original")
"""Where lazy-loading scripts keep an image's URL until it scrolls into view; its `src`
meanwhile is a placeholder (a blank GIF, a blurred thumbnail) the script replaces."""
LAZY_SRCSETS = ("data-srcset", "data-lazy-srcset")
MIN_IMAGE_SIZE = 48
"""Images declared smaller than this many pixels (icons, spacers, trackers) are no figures."""


# --- inline runs of a piece ------------------------------------------------------------------


class Marks(NamedTuple):
    """The marks of a run of text while it is read: link target, bold, italic, code. A
    named tuple, not a frozen dataclass: one is made for every marked element read, and
    runs compare them, both in C this way."""

    href: str | None = None
    strong: bool = False
    emphasis: bool = False
    code: bool = False


NO_MARKS = Marks()


def resolve(href: str | None, base: str | None) -> str | None:
    """An absolute, safe link target for `href`, or None (fragments, javascript:, data:)."""
    if not href:
        return None
    return _resolve(href, base)


@lru_cache(maxsize=4096)
def _resolve(href: str, base: str | None) -> str | None:
    """`resolve`, cached: a page repeats its links (menus, tags), and pages of one site
    share them."""
    url = safe_url(href, LINK_SCHEMES)
    if url is None:
        return None
    if base:
        try:
            url = urljoin(base, url)
        except ValueError:
            return None
    return safe_url(url, LINK_SCHEMES)


def _mark(marks: Marks, el: HtmlElement, base: str | None) -> Marks:
    tag = el.tag
    if tag == "a":
        href = el.get("href")
        return Marks(resolve(href, base), marks.strong, marks.emphasis, marks.code)
    if tag in STRONG_TAGS:
        return Marks(marks.href, True, marks.emphasis, marks.code)
    if tag in EMPHASIS_TAGS:
        return Marks(marks.href, marks.strong, True, marks.code)
    return Marks(marks.href, marks.strong, marks.emphasis, True)


def _inherited_marks(el: HtmlElement, base: str | None) -> Marks:
    """Marks of the inline elements around a block element (`<a><h3>…</h3></a>`)."""
    chain = []
    parent = el.getparent()
    while parent is not None and parent.tag not in BLOCK_TAGS:
        if parent.tag in MARK_TAGS:
            chain.append(parent)
        parent = parent.getparent()
    marks = NO_MARKS
    for anc in reversed(chain):
        marks = _mark(marks, anc, base)
    return marks


@dataclass
class Piece:
    """The text of one segmented block, as runs with marks; `after` is what separates it
    from the previous piece of the same element ("br", or "block" for anything else)."""

    runs: list[tuple[str, Marks]]
    after: str = "block"

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.runs)


def _normalise(runs: list[tuple[str, Marks]]) -> list[tuple[str, Marks]]:
    """Whitespace as segmentation collapses it: single spaces, none at either end; a space
    between two runs stays with the run that had it (the earlier one if both had)."""
    out: list[tuple[str, Marks]] = []
    for text, marks in runs:
        words = join_wide_lines(text).split()
        if not words:
            if out and text and not out[-1][0].endswith(" "):
                out[-1] = (out[-1][0] + " ", out[-1][1])
            continue
        joined = " ".join(words)
        if text[0].isspace() and out and not out[-1][0].endswith(" "):
            joined = " " + joined
        if text[-1].isspace():
            joined += " "
        out.append((joined, marks))
    if out and out[-1][0].endswith(" "):
        out[-1] = (out[-1][0][:-1], out[-1][1])
    return out


def pieces(element: HtmlElement, base: str | None, layout_row: bool = False) -> list[Piece]:
    """The pieces of text `segment` makes of `element`'s own content, in order, with marks.

    Mirrors `segment`'s walk: block-level descendants are boundaries (their content is
    other elements' pieces), hidden ones are skipped without a boundary, invisible tags and
    comments are skipped, table cells are separated by " | ". In a `layout_row` (a row of
    a table that lays out the page) a cell's first piece after a break opens a paragraph:
    the cells are columns of the page, not one line of data.
    """
    if not len(element):  # no children: its text is its one piece (the common case)
        own = element.text
        if not own or own.isspace():
            return []
        return [Piece([(" ".join(join_wide_lines(own).split()), _inherited_marks(element, base))])]
    out: list[Piece] = []
    runs: list[tuple[str, Marks]] = []
    stack = [_inherited_marks(element, base)]
    breaks, blocked = 0, False

    def flush() -> None:
        nonlocal runs, breaks, blocked
        if runs:
            normalised = _normalise(runs)
            if normalised:
                after = "block" if blocked or breaks >= _SPLIT_BREAKS or not breaks else "br"
                out.append(Piece(normalised, "block" if not out else after))
            runs = []
            breaks, blocked = 0, False

    walker = lxml.etree.iterwalk(element, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        tag = el.tag
        text: str | None
        if event == "comment" or event == "pi":
            text = el.tail
        elif event == "start":
            if el is element:
                text = el.text
            elif tag in BLOCK_TAGS:
                walker.skip_subtree()
                if _is_hidden(el):
                    continue
                flush()
                if tag == "br":
                    breaks += 1
                else:
                    blocked = True
                continue
            elif tag in SKIP_TAGS or not isinstance(tag, str):
                walker.skip_subtree()
                continue
            else:
                if tag in MARK_TAGS:
                    stack.append(_mark(stack[-1], el, base))
                elif tag in CELL_TAGS:
                    if runs:
                        runs.append((" | ", stack[-1]))
                    elif layout_row and out:
                        blocked = True
                text = el.text
        else:
            if el is element:
                break
            if tag in MARK_TAGS and tag not in BLOCK_TAGS:
                stack.pop()
            text = el.tail
        if text and (runs or not text.isspace()):
            runs.append((text, stack[-1]))
    flush()
    return out


def _inlines(runs: Iterable[tuple[str, Marks]]) -> list[Inline]:
    """Normalised runs as `Inline`s, adjacent runs of the same marks merged."""
    out: list[Inline] = []
    for text, m in runs:
        if out and text != "\n" and out[-1].text != "\n":
            last = out[-1]
            if (last.href, last.strong, last.emphasis, last.code) == (
                m.href, m.strong, m.emphasis, m.code
            ):
                out[-1] = _inline(last.text + text, m)
                continue
        out.append(_inline(text, m))
    return out


def _inline(text: str, m: Marks) -> Inline:
    return Inline(text=text, href=m.href, strong=m.strong, emphasis=m.emphasis, code=m.code)


def inlines_from_runs(runs: Iterable[tuple[str, Marks]]) -> tuple[Inline, ...]:
    """`Inline`s of raw runs in which "\n" runs are line breaks: whitespace collapsed
    within each line, empty lines dropped (for adapters that read another library's tree)."""
    lines: list[list[tuple[str, Marks]]] = [[]]
    for text, marks in runs:
        if text == "\n":
            lines.append([])
        else:
            lines[-1].append((text, marks))
    out: list[tuple[str, Marks]] = []
    for line in lines:
        normalised = _normalise(line)
        if normalised:
            if out:
                out.append(("\n", NO_MARKS))
            out.extend(normalised)
    return tuple(_inlines(out))


# --- the builder ------------------------------------------------------------------------------


@dataclass
class _Node:
    """An open container while kept blocks are read: a list, an item, a quote, a code block
    or a table; `content` holds kept blocks and child nodes in order."""

    kind: str
    element: HtmlElement | None
    content: list[TextBlock | _Node] = field(default_factory=list)


class Builder:
    """Builds the `Block`s of kept text blocks; one per segmentation (its caches are the
    pieces of each element and the layout verdicts)."""

    def __init__(
        self, page: Sequence[TextBlock], base: str | None = None,
        left_out: Iterable[TextBlock] = (),
    ) -> None:
        self.page = page
        self.base = base
        self.left_out = {(tb.element, tb.text) for tb in left_out}
        """Blocks an extractor left out on purpose (a thread's member details), by element
        and text: a table shows its kept rows whole, but a cell that holds blocks shows
        these nowhere (a forum laid out in a table keeps its posts, not the member card
        in the cell beside each)."""
        self._pieces: dict[HtmlElement, list[Piece] | None] = {}
        self._positions: dict[int, int] | None = None
        self._plains: dict[HtmlElement, bool] = {}
        self._layout: dict[HtmlElement, bool] = {}

    # -- pieces ------------------------------------------------------------------------------

    def piece(self, tb: TextBlock) -> Piece:
        """The runs of a kept block (its plain text, unmarked, if the walk disagrees)."""
        if self._plain(tb.element):  # nothing to read but the segmented text
            return Piece([(tb.text, _inherited_marks(tb.element, self.base))])
        found = self._element_pieces(tb.element)
        if found is not None:
            position = self._position(tb)
            if position is not None and position < len(found):
                candidate = found[position]
                if candidate.text == tb.text:
                    return candidate
        return Piece([(tb.text, NO_MARKS)])

    def _element_pieces(self, element: HtmlElement) -> list[Piece] | None:
        if element not in self._pieces:
            try:
                self._pieces[element] = pieces(element, self.base, self._layout_row(element))
            except (ValueError, TypeError, RecursionError):
                self._pieces[element] = None
        return self._pieces[element]

    def _layout_row(self, element: HtmlElement) -> bool:
        """Whether `element` is a row of a table that lays out the page."""
        if element.tag != "tr":
            return False
        table = element.getparent()
        if table is not None and table.tag in ("thead", "tbody", "tfoot"):
            table = table.getparent()
        return table is not None and table.tag == "table" and self._is_layout_table(table)

    def _plain(self, element: HtmlElement) -> bool:
        """Whether an element holds no marks and no line breaks: its pieces are then the
        segmented texts as they are (most paragraphs, list items and rows)."""
        plain = self._plains.get(element)
        if plain is None:
            plain = self._plains[element] = not any(
                d.tag in _MARK_OR_BREAK for d in element.iterdescendants()
            )
        return plain

    def _position(self, tb: TextBlock) -> int | None:
        """Which of its element's pieces a block is (0 for the first)."""
        if self._positions is None:
            self._positions = {}
            count: dict[HtmlElement, int] = {}
            for block in self.page:
                n = count.get(block.element, 0)
                self._positions[id(block)] = n
                count[block.element] = n + 1
        return self._positions.get(id(tb))

    # -- containers ------------------------------------------------------------------------------

    def _path(self, tb: TextBlock) -> list[tuple[str, HtmlElement]]:
        """The containers of a kept block, outermost first; a code block or a data table
        ends the path (everything under it is its content)."""
        path: list[tuple[str, HtmlElement]] = []
        for el in reversed(tb.ancestors):
            tag = el.tag
            if tag == "pre":
                path.append(("code", el))
                break
            if tag == "table" and not self._is_layout_table(el):
                path.append(("table", el))
                break
            if tag in LIST_TAGS and not self._holds_cards(el):
                path.append(("list", el))
            elif tag in ITEM_TAGS and path and path[-1][0] == "list":
                path.append(("item", el))
            elif tag == "blockquote" and not self._holds_cards(el):
                path.append(("quote", el))
        return path

    def _holds_cards(self, el: HtmlElement) -> bool:
        verdict = self._layout.get(el)
        if verdict is None:
            verdict = self._layout[el] = next(el.iter(*CARD_TAGS), None) is not None
        return verdict

    def _is_layout_table(self, table: HtmlElement) -> bool:
        verdict = self._layout.get(table)
        if verdict is None:
            verdict = self._layout[table] = is_layout_table(table)
        return verdict

    # -- building -------------------------------------------------------------------------

    def build(self, kept: Iterable[TextBlock]) -> list[Block]:
        """The blocks of `kept` (blocks of this segmentation, in document order)."""
        root = _Node("root", None)
        stack = [root]
        paths: dict[HtmlElement, list[tuple[str, HtmlElement]]] = {}
        for tb in kept:
            path = paths.get(tb.element)
            if path is None:  # the blocks of one element share its ancestors and path
                path = paths[tb.element] = _with_items(self._path(tb), tb.element)
            depth = 0
            while depth < len(path) and depth + 1 < len(stack):
                node, (kind, el) = stack[depth + 1], path[depth]
                if node.kind != kind or node.element is not el:
                    break
                depth += 1
            del stack[depth + 1 :]
            for kind, el in path[depth:]:
                node = _Node(kind, el)
                stack[-1].content.append(node)
                stack.append(node)
            stack[-1].content.append(tb)
        return self._blocks(root.content, self._figures(root.content))

    def _blocks(
        self,
        content: Sequence[TextBlock | _Node],
        figures: dict[int, list[Block]] | None = None,
    ) -> list[Block]:
        """Blocks of a container's content; `figures` go before the part of that index."""
        out: list[Block] = []
        run: list[TextBlock] = []
        for i, part in enumerate(content):
            if figures and i in figures:
                out.extend(self._paragraphs(run))
                run = []
                out.extend(figures[i])
            if isinstance(part, TextBlock):
                run.append(part)
                continue
            out.extend(self._paragraphs(run))
            run = []
            out.extend(self._node_blocks(part))
        out.extend(self._paragraphs(run))
        return out

    # -- figures ------------------------------------------------------------------------------

    def _figures(self, content: Sequence[TextBlock | _Node]) -> dict[int, list[Block]]:
        """Figures standing between consecutive parts of the body, by the index of the
        part they precede."""
        out: dict[int, list[Block]] = {}
        if len(content) < 2 or not self._page_has_images(content):
            return out
        seen: set[str] = set()
        previous: TextBlock | None = None
        for i, part in enumerate(content):
            first = part if isinstance(part, TextBlock) else _first_text_block(part)
            if previous is not None and first is not None:
                found = [
                    fig for fig in (self._figure(img) for img in _images_between(
                        previous.element, first.element
                    ))
                    if fig is not None and fig.src not in seen
                ]
                seen.update(fig.src or "" for fig in found)
                if found:
                    out[i] = found
            last = part if isinstance(part, TextBlock) else _last_text_block(part)
            previous = last or previous
        return out

    def _page_has_images(self, content: Sequence[TextBlock | _Node]) -> bool:
        first = content[0] if isinstance(content[0], TextBlock) else _first_text_block(content[0])
        if first is None:
            return False
        return next(first.element.getroottree().getroot().iter("img"), None) is not None

    def _figure(self, img: HtmlElement) -> Block | None:
        """A figure of an image: its URL, alt text and the caption of its `<figure>`."""
        if _too_small(img):
            return None
        src = image_source(img, self.base)
        if src is None:
            return None
        figure = next((a for a in img.iterancestors("figure")), None)
        caption = None
        if figure is not None:
            found = figure.find(".//figcaption")
            if found is not None:
                caption = " ".join(found.text_content().split()) or None
        alt = " ".join((img.get("alt") or "").split()) or None
        return Block(
            kind=BlockKind.FIGURE, src=src, alt=alt,
            inlines=(Inline(text=caption),) if caption else (),
        )

    def _paragraphs(self, run: Sequence[TextBlock]) -> Iterator[Block]:
        """Paragraphs and headings of consecutive kept blocks; pieces of one element split
        by a `<br>` are joined with a line break."""
        group: list[tuple[TextBlock, Piece]] = []
        for tb in run:
            piece = self.piece(tb)
            if group and not (
                group[-1][0].element is tb.element
                and piece.after == "br"
                and self._adjacent(group[-1][0], tb)
            ):
                yield _text_block([p for _, p in group], group[0][0].element.tag)
                group = []
            group.append((tb, piece))
        if group:
            yield _text_block([p for _, p in group], group[0][0].element.tag)

    def _adjacent(self, a: TextBlock, b: TextBlock) -> bool:
        pa, pb = self._position(a), self._position(b)
        return pa is not None and pb is not None and pb == pa + 1

    def _node_blocks(self, node: _Node) -> list[Block]:
        if node.kind == "list":
            ordered = node.element is not None and node.element.tag == "ol"
            parts: list[tuple[list[Block], int | None]] = []
            for part in node.content:
                item = part if isinstance(part, _Node) else None
                blocks = self._blocks(item.content if item else [part])
                if blocks:
                    parts.append((blocks, item_value(item.element) if item and ordered else None))
            if not parts:
                return []
            start = list_start(node.element) if ordered else None
            reversed_ = ordered and is_reversed(node.element)
            values = _needed_values([v for _, v in parts], start, reversed_)
            items = tuple(
                ListItem(blocks=tuple(blocks), value=value)
                for (blocks, _), value in zip(parts, values, strict=True)
            )
            return [Block(
                kind=BlockKind.LIST, items=items, ordered=ordered, start=start,
                reversed=reversed_,
            )]
        if node.kind == "quote":
            blocks = self._blocks(node.content)
            return [Block(kind=BlockKind.QUOTE, blocks=tuple(blocks))] if blocks else []
        if node.kind == "item":  # only under a list
            return self._blocks(node.content)
        kept = list(_text_blocks(node.content))
        assert node.element is not None
        if node.kind == "code":
            code = self._code(node.element, kept)
            return [code] if code is not None else []
        return self._table(node.element, kept)

    # -- code ------------------------------------------------------------------------------

    def _code(self, pre: HtmlElement, kept: list[TextBlock]) -> Block | None:
        whole = self._all_kept(pre, kept)
        text = code_text(pre) if whole else "\n".join(tb.text for tb in kept)
        text = without_line_numbers(text)
        if not text.strip() or is_line_numbers(text):
            return None
        return Block(kind=BlockKind.CODE, text=text, language=code_language(pre))

    def _all_kept(self, container: HtmlElement, kept: list[TextBlock]) -> bool:
        """Whether every block of the page under `container` is among `kept`."""
        if not kept:
            return False
        ids = {id(tb) for tb in kept}
        first = kept[0].index
        page = self.page
        if first >= len(page) or page[first] is not kept[0]:
            return False
        i = first - 1
        while i >= 0 and container in page[i].ancestors:
            if id(page[i]) not in ids:
                return False
            i -= 1
        i = first + 1
        while i < len(page) and container in page[i].ancestors:
            if id(page[i]) not in ids:
                return False
            i += 1
        return True

    # -- tables ------------------------------------------------------------------------------

    def _table(self, table: HtmlElement, kept: list[TextBlock]) -> list[Block]:
        """The table's rows that hold kept text; kept text outside its rows (a caption)
        comes first, as paragraphs."""
        row_of = {id(tb): next((a for a in tb.ancestors if a.tag == "tr"), None) for tb in kept}
        wanted = set(row_of.values())
        out = list(self._paragraphs([tb for tb in kept if row_of[id(tb)] is None]))
        rows: list[TableRow] = []
        for tr, in_head in table_rows(table):
            if tr not in wanted:
                continue
            cells = tuple(self._cell(cell) for cell in tr if cell.tag in CELL_TAGS)
            if not cells:
                continue
            header = in_head or all(c.header for c in cells)
            rows.append(TableRow(cells=cells, header=header))
        block = Block(kind=BlockKind.TABLE, rows=tuple(rows)) if rows else None
        if block is not None and block.text:
            out.append(block)
        return out

    def _cell(self, cell: HtmlElement) -> TableCell:
        header = cell.tag == "th"
        colspan, rowspan = span(cell.get("colspan")), span(cell.get("rowspan"))
        if not any(el.tag in BLOCK_TAGS for el in cell.iterdescendants()):
            found = pieces(cell, self.base)
            blocks: tuple[Block, ...] = tuple(_text_block([p], cell.tag) for p in found)
        else:
            inner = [b for b in segment(cell) if (b.element, b.text) not in self.left_out]
            blocks = tuple(Builder(inner, self.base).build(inner))
        return TableCell(blocks=blocks, header=header, colspan=colspan, rowspan=rowspan)


def _with_items(
    path: list[tuple[str, HtmlElement]], element: HtmlElement
) -> list[tuple[str, HtmlElement]]:
    """`path` with an item under every list: content of a list outside any `<li>` (a list
    nested right in a list, text right in it) is an item of its own."""
    out: list[tuple[str, HtmlElement]] = []
    for kind, el in path:
        if out and out[-1][0] == "list" and kind != "item":
            out.append(("item", el))
        out.append((kind, el))
    if out and out[-1][0] == "list":
        out.append(("item", element))
    return out


class PageMarks:
    """The marked runs of a page's text blocks, by their text: for adapters whose library
    returns a page's text without its links and emphasis, a line of theirs that is one of
    the page's blocks word for word gets that block's runs (so the text cannot change)."""

    def __init__(self, page: Sequence[TextBlock], base: str | None = None) -> None:
        self._builder = Builder(page, base)
        self._by_text: dict[str, TextBlock] = {}
        for tb in page:
            self._by_text.setdefault(tb.text, tb)

    def runs(self, text: str) -> tuple[Inline, ...] | None:
        """The page's runs of `text`, if it is a page block with marked text."""
        tb = self._by_text.get(text)
        if tb is None:
            return None
        runs = self._builder.piece(tb).runs
        if all(m == NO_MARKS for _, m in runs):
            return None
        return tuple(_inlines(runs))

    def relink(self, block: Block) -> Block:
        """`block` with the links and emphasis of the page's blocks among its lines, inside
        lists, tables and quotes too."""
        if block.inlines and block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING):
            lines: list[list[Inline]] = [[]]
            for run in block.inlines:
                if run.is_break:
                    lines.append([])
                else:
                    lines[-1].append(run)
            changed = False
            out: list[Inline] = []
            for line in lines:
                found = self.runs(inline_text(line)) if line else None
                if out:
                    out.append(Inline(text="\n"))
                out.extend(found or line)
                changed = changed or found is not None
            return block.model_copy(update={"inlines": tuple(out)}) if changed else block
        if block.items:
            items = tuple(
                item.model_copy(update={"blocks": tuple(map(self.relink, item.blocks))})
                for item in block.items
            )
            return block.model_copy(update={"items": items})
        if block.rows:
            rows = tuple(
                row.model_copy(update={"cells": tuple(
                    cell.model_copy(update={"blocks": tuple(map(self.relink, cell.blocks))})
                    for cell in row.cells
                )})
                for row in block.rows
            )
            return block.model_copy(update={"rows": rows})
        if block.blocks:
            return block.model_copy(update={"blocks": tuple(map(self.relink, block.blocks))})
        return block


def _first_text_block(node: _Node) -> TextBlock | None:
    return next(_text_blocks(node.content), None)


def _last_text_block(node: _Node) -> TextBlock | None:
    found = None
    for found in _text_blocks(node.content):  # noqa: B007 - the last one is wanted
        pass
    return found


def _images_between(a: HtmlElement, b: HtmlElement) -> Iterator[HtmlElement]:
    """Images after element `a` and before element `b` in document order (outside both)
    that stand alone (see `_standalone_images`)."""
    if a.getnext() is b:
        return  # neighbours: the common case, and nothing stands between them
    a_chain = [a, *a.iterancestors()]
    position = {el: i for i, el in enumerate(a_chain)}
    b_chain: list[HtmlElement] = []
    common = None
    for el in (b, *b.iterancestors()):
        if el in position:
            common = el
            break
        b_chain.append(el)
    a_side = a_chain[: position[common]] if common is not None else []
    if not a_side or not b_chain:
        return  # one holds the other: nothing stands between them
    below_common = b_chain[-1]
    for el in a_side:  # what follows a, up to the branch that leads to b
        for sib in el.itersiblings():
            if sib is below_common:
                break
            yield from _standalone_images(sib)
    for el in reversed(b_chain[:-1]):  # what precedes b inside that branch
        for sib in reversed(list(el.itersiblings(preceding=True))):
            yield from _standalone_images(sib)


def _standalone_images(el: HtmlElement) -> Iterator[HtmlElement]:
    """The images of a subtree between two kept blocks that belong to the text: those of
    a `<figure>`, or of a subtree without text of its own (a subtree with text was left
    out by the extractor, and so are its images: teasers, ads, author boxes)."""
    if not isinstance(el.tag, str) or (el.tag in SKIP_TAGS and el.tag != "picture"):
        return
    textless: bool | None = None
    for img in el.iter("img"):
        if next(img.iterancestors("figure"), None) is not None:
            yield img
            continue
        if textless is None:
            textless = not "".join(el.itertext()).strip()
        if textless:
            yield img


def _too_small(img: HtmlElement) -> bool:
    for attr in ("width", "height"):
        size = declared_pixels(img.get(attr))
        if size is not None and size < MIN_IMAGE_SIZE:
            return True
    return False


MAX_PIXEL_DIGITS = 5
"""Digits a declared size is read with at most (leading zeros aside): no picture is
100,000 pixels wide, and Python refuses to read a number of thousands of digits."""


def declared_pixels(value: str | None) -> int | None:
    """An `<img>`'s `width` or `height` attribute in pixels ("640", "640px"), None where it
    declares no number or one of more than `MAX_PIXEL_DIGITS` digits."""
    digits = (value or "").strip().removesuffix("px")
    if not digits.isdecimal():
        return None
    digits = digits.lstrip("0") or "0"
    return int(digits) if len(digits) <= MAX_PIXEL_DIGITS else None


def _text_blocks(content: Iterable[TextBlock | _Node]) -> Iterator[TextBlock]:
    for part in content:
        if isinstance(part, TextBlock):
            yield part
        else:
            yield from _text_blocks(part.content)


def _text_block(group: Sequence[Piece], tag: str) -> Block:
    """A paragraph (or heading, by `tag`) of pieces joined by line breaks; runs only where
    some text is marked (an unmarked block is its text, and most are)."""
    runs: list[tuple[str, Marks]] = []
    for i, piece in enumerate(group):
        if i:
            runs.append(("\n", NO_MARKS))
        runs.extend(piece.runs)
    if any(m is not NO_MARKS and m != NO_MARKS for _, m in runs):
        inlines = tuple(_inlines(runs))
        text = inline_text(inlines)
    else:
        inlines, text = (), "\n".join(piece.text for piece in group)
    if tag in HEADING_TAGS:
        level = int(tag[1])
        return Block(kind=BlockKind.HEADING, text=text, level=level, inlines=inlines)
    return Block(text=text, inlines=inlines)


# --- code ---------------------------------------------------------------------------------------


def is_line_numbers(text: str) -> bool:
    """Text of consecutive numbers only ("1", or "7 8 9"): a line-number gutter, which no
    reader copies with the code. A lone number other than 1 may be a program's output."""
    tokens = text.split()
    if not tokens or not all(t.isdecimal() for t in tokens):
        return False
    numbers = [int(t) for t in tokens]
    if len(numbers) == 1:
        return numbers[0] == 1
    return all(b == a + 1 for a, b in pairwise(numbers))


def without_line_numbers(text: str) -> str:
    """Code without the line numbers a highlighter wrote inline, each on a line of its own
    before its line of code ("1", code, "2", code, ...; numbers kept from copying by CSS).

    Only when the number lines are exactly 1, 2, 3, ... in order, begin the block and never
    follow one another: a program's printed numbers ("1 2 3", "9 7 5") are not that.
    """
    lines = text.split("\n")
    numbered = [i for i, line in enumerate(lines) if line.strip().isdecimal()]
    if len(numbered) < 2 or numbered[0] != 0:
        return text
    if any(b == a + 1 for a, b in pairwise(numbered)):
        return text
    if [int(lines[i]) for i in numbered] != list(range(1, len(numbered) + 1)):
        return text
    drop = set(numbered)
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)


def code_text(pre: HtmlElement) -> str:
    """The text of a `<pre>` with its lines: whitespace as written (each line's trailing
    whitespace dropped), a line break at each block-level element inside and between
    inline line elements (`is_code_line`: highlighters write one element per line, some
    without a line break between them and a style sheet that shows each on its own line),
    one at each `<br>` (two in a row: a blank line, as a browser shows them), invisible
    content left out as segmentation leaves it out, and the line numbers a highlighter
    wrote at the start of each line in an element of their own left out
    (`_inline_numbers`)."""
    parts: list[str] = []
    open_line: HtmlElement | None = None  # the open line element
    line_start = -1  # where the last line element's text begins in `parts`, -1 before one
    numbers: list[int] = []  # indices in `parts` of numbers alone in an element at a line's start

    def newline() -> None:
        if parts and not parts[-1].endswith("\n"):
            parts.append("\n")

    walker = lxml.etree.iterwalk(pre, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        tag = el.tag
        text: str | None
        if event == "comment" or event == "pi":
            text = el.tail
        elif event == "start":
            if el is not pre and (tag in SKIP_TAGS or not isinstance(tag, str)):
                walker.skip_subtree()
                continue
            if el is not pre and tag in BLOCK_TAGS:
                if _is_hidden(el):
                    walker.skip_subtree()
                    continue
                if tag == "br":
                    parts.append("\n")
                else:
                    newline()
            elif el is not pre and open_line is None and is_code_line(el):
                if line_start >= 0 and "\n" not in "".join(parts[line_start:]):
                    parts.append("\n")  # no break written in or after the last line element
                open_line, line_start = el, len(parts)
            text = el.text
            if (text and len(el) == 0 and text.strip().isdecimal()
                    and len(text.strip()) <= MAX_LINE_NUMBER_DIGITS and _numbers_line(el)
                    and _at_line_start(parts)):
                numbers.append(len(parts))
        else:
            if el is pre:
                break
            if tag in BLOCK_TAGS and tag != "br":
                newline()
            elif el is open_line:
                open_line = None  # the tail comes next
            text = el.tail
        if text:
            parts.append(text)
    if len(numbers) >= 2:
        parts = _inline_numbers(parts, numbers)
    lines = [line.rstrip() for line in "".join(parts).replace("\r\n", "\n").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


MAX_LINE_NUMBER_DIGITS = 9
"""Digits a gutter's line number has at most: a longer number is no line's (and Python
refuses to read one of thousands of digits)."""
_LINE_NUMBER_CLASS = re.compile(r"^(?:ln|lnt|linenos?|gutter)$|line-?num|lineno|-ln-n", re.I)


def _numbers_line(el: HtmlElement) -> bool:
    """Whether an element's markup names it a line's number: a `data-line-number`, or a
    class of the highlighters' line numbers (Chroma's `ln`, Pygments' `linenos`, `lineno`,
    `line-number`, highlight.js's `hljs-ln-n`), not a number token of the code (`mi`,
    `hljs-number`, `token number`)."""
    if el.get("data-line-number") is not None:
        return True
    return any(_LINE_NUMBER_CLASS.search(t) for t in (el.get("class") or "").split())


def _at_line_start(parts: list[str]) -> bool:
    """Whether nothing but whitespace was written since the last line break."""
    for part in reversed(parts):
        head, newline, _ = part.rpartition("\n")
        if part[len(head) + len(newline):].strip():
            return False
        if newline:
            return True
    return True


def _inline_numbers(parts: list[str], numbers: list[int]) -> list[str]:
    """`parts` without the line numbers a highlighter wrote inline, each in an element of
    its own named so (`_numbers_line`) at a line's start ("1package main" once the style
    sheet that sets them apart is gone). Only when they count 1, 2, 3 … (or on from
    another start) line after line, one on every line, and most numbered lines hold code
    after them: a column of printed numbers is a program's output, not a gutter."""
    values = [int(parts[i]) for i in numbers]
    if values != list(range(values[0], values[0] + len(values))):
        return parts
    lines = "".join(parts).strip("\n").count("\n") + 1
    if len(values) < lines - 1:
        return parts
    after = [i + 1 < len(parts) and parts[i + 1].split("\n", 1)[0].strip() != "" for i in numbers]
    if sum(after) * 2 < len(numbers):
        return parts
    drop = set(numbers)
    return [part for i, part in enumerate(parts) if i not in drop]


def is_code_line(el: HtmlElement) -> bool:
    """Whether an element inside a `<pre>` is one line of the code: a class named `line` or
    ending in `-line` / `_line` (Shiki's `line`, Gatsby's `gatsby-highlight-code-line`,
    `code-line`, `token-line`) or a `data-line` attribute (rehype-pretty-code); not the
    gutter's `line-number`, nor `underline` or `inline`."""
    if el.get("data-line") is not None:
        return True
    for token in (el.get("class") or "").lower().split():
        if token == "line" or token.endswith(("-line", "_line")):
            return True
    return False


def code_language(pre: HtmlElement) -> str | None:
    """The language a code block's markup names: `class="language-python"`, `lang-js`,
    `highlight-source-go`, `brush: php`, `data-lang`, on the `<pre>`, a `<code>` in it, or
    the element around it."""
    candidates = [pre, *pre.iterchildren("code")]
    parent = pre.getparent()
    if parent is not None:
        candidates.append(parent)
    for el in candidates:
        for attr in ("data-lang", "data-language"):
            value = (el.get(attr) or "").strip().lower()
            if _LANGUAGE_NAME.fullmatch(value) and value not in _NOT_LANGUAGES:
                return value
        for match in CODE_LANGUAGE.finditer(el.get("class") or ""):
            value = match.group(1).lower()
            if value not in _NOT_LANGUAGES:
                return value
    return None


def image_source(img: HtmlElement, base: str | None) -> str | None:
    """The URL of the image a reader sees, resolved and safe (None if it has none, or
    only an unsafe one): what a lazy-loading script will put in place (`LAZY_ATTRIBUTES`,
    then the largest candidate of a lazy `srcset`), else `src`, else the largest
    candidate of `srcset`. An inline `data:` image is no URL."""
    for attr in LAZY_ATTRIBUTES:
        src = _written_url(img.get(attr))
        if src:
            return _absolute(src, base)
    for attr in LAZY_SRCSETS:
        src = largest_candidate(img.get(attr))
        if src:
            return _absolute(src, base)
    src = _written_url(img.get("src")) or largest_candidate(img.get("srcset"))
    return _absolute(src, base) if src else None


def _written_url(value: str | None) -> str | None:
    """An attribute's URL as written, unless empty or an inline `data:` image."""
    src = (value or "").strip()
    return src if src and not src.startswith("data:") else None


def srcset_candidates(srcset: str | None) -> list[tuple[str, str]]:
    """A `srcset`'s candidates as (URL, descriptor) in order ("a.jpg 800w, b.jpg" ->
    [("a.jpg", "800w"), ("b.jpg", "")]): the one reading of the attribute that the lead
    image's size and the image's address share."""
    candidates = []
    for candidate in (srcset or "").split(","):
        parts = candidate.split()
        if parts:
            candidates.append((parts[0], parts[1] if len(parts) > 1 else ""))
    return candidates


def largest_candidate(srcset: str | None) -> str | None:
    """The URL of the widest (`600w`) or densest (`2x`) candidate of a `srcset`, the
    first of equals (a candidate without a descriptor is `1x`); None if it names none."""
    best: str | None = None
    best_size = -1.0
    for url, descriptor in srcset_candidates(srcset):
        if url.startswith("data:"):
            continue
        size = 1.0
        if descriptor[-1:] in ("w", "x"):
            try:
                size = float(descriptor[:-1])
            except ValueError:
                continue
        if size > best_size:
            best, best_size = url, size
    return best


def image_url(src: str, base: str | None) -> str | None:
    """An image URL resolved against the page URL, if its scheme is one of IMAGE_SCHEMES."""
    return _absolute(src, base) if src else None


def _absolute(src: str, base: str | None) -> str | None:
    """`src` resolved against `base` (as written where `base` is malformed), if safe."""
    try:
        url = urljoin(base, src) if base else src
    except ValueError:
        url = src
    return safe_url(url, IMAGE_SCHEMES)


def to_blocks(
    kept: Iterable[TextBlock], base: str | None = None, page: Sequence[TextBlock] | None = None,
    left_out: Iterable[TextBlock] = (),
) -> list[Block]:
    """Kept text blocks of one segmentation as model `Block`s with their structure: lists,
    tables, quotes, code, paragraphs with line breaks, inline links and emphasis. `base`
    resolves links; `page` is the whole segmentation the blocks come from (default `kept`);
    `left_out` the blocks the extractor removed on purpose, which a kept table row does not
    bring back (`Builder.left_out`)."""
    kept = list(kept)
    return Builder(page if page is not None else kept, base, left_out).build(kept)


def list_start(element: HtmlElement | None) -> int | None:
    """The number an ordered list's first item has (`<ol start="4">`), where it is not the
    default (1; a reversed list's default is its number of items, so its 1 is kept); None
    for none, or a value that is no whole number in CommonMark's range."""
    start = _list_number(element.get("start") if element is not None else None)
    return None if start == 1 and not is_reversed(element) else start


def is_reversed(element: HtmlElement | None) -> bool:
    """Whether an ordered list counts down (`<ol reversed>`)."""
    return element is not None and element.get("reversed") is not None


def item_value(element: HtmlElement | None) -> int | None:
    """The number a list item sets for itself (`<li value="7">`), if CommonMark can write it."""
    if element is None or element.tag != "li":
        return None
    return _list_number(element.get("value"))


def _needed_values(
    values: Sequence[int | None], start: int | None, reversed_: bool
) -> list[int | None]:
    """The items' `<li value>`s where they change the count: pages that number every item
    (`value="1"`, `value="2"`, ...) set what it would be anyway."""
    step = -1 if reversed_ else 1
    number = start if start is not None else (len(values) if reversed_ else 1)
    out: list[int | None] = []
    for value in values:
        out.append(None if value == number else value)
        number = (number if value is None else value) + step
    return out


def _list_number(raw: str | None) -> int | None:
    """An item number as written in an attribute, if a whole number CommonMark can write."""
    raw = (raw or "").strip()
    if not raw or not raw.isascii() or not raw.isdigit():
        return None
    number = int(raw[:10])
    return number if number <= MAX_ITEM_NUMBER else None
