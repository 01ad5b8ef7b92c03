"""Adapter around trafilatura: its main-text extraction as a newsclean plug-in."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import lxml.etree
from lxml.etree import _Element
from lxml.html import HtmlElement

from newsclean.blocks import document_blocks, span
from newsclean.document import Document, deeper_than
from newsclean.extractors.base import Candidate
from newsclean.extractors.confidence import MIN_WORDS, length_confidence
from newsclean.model import Block, BlockKind, Inline, ListItem, TableCell, TableRow
from newsclean.stoplists import word_count
from newsclean.structure import (
    CODE_LANGUAGE,
    NO_MARKS,
    Marks,
    PageMarks,
    image_url,
    inlines_from_runs,
    resolve,
)

HEAD_LEVELS = {f"h{n}": n for n in range(1, 7)}
"""trafilatura's `<head rend="h2">`; a head without a level is a second-level heading."""
_STRONG = frozenset({"#b", "#strong"})
_EMPHASIS = frozenset({"#i", "#em"})
_CODE = frozenset({"#t", "#code"})
_INLINE = frozenset({"hi", "ref", "lb", "code", "del"})
"""Tags of trafilatura's XML that stay inside a paragraph."""


def _runs(el: _Element, marks: Marks, out: list[tuple[str, Marks]], base: str | None) -> None:
    """The runs of `el`'s content, each child's tail with `el`'s marks."""
    if el.text:
        out.append((el.text, marks))
    for child in el:
        _child_runs(child, marks, out, base)
        if child.tail:
            out.append((child.tail, marks))


def _child_runs(
    child: _Element, marks: Marks, out: list[tuple[str, Marks]], base: str | None
) -> None:
    """The runs of one child (not its tail): the marks of `hi`, `ref` and inline `code`;
    `lb` a line break; a block child (a `p` in a cell or item) on lines of its own."""
    tag = child.tag
    if not isinstance(tag, str):
        return
    if tag == "lb":
        out.append(("\n", NO_MARKS))
        return
    if tag == "hi":
        rend = child.get("rend") or ""
        marks = Marks(marks.href, marks.strong or rend in _STRONG,
                      marks.emphasis or rend in _EMPHASIS, marks.code or rend in _CODE)
    elif tag == "ref":
        marks = Marks(resolve(child.get("target"), base), marks.strong, marks.emphasis,
                      marks.code)
    elif tag == "code":
        marks = Marks(marks.href, marks.strong, marks.emphasis, True)
    elif tag not in _INLINE:
        out.append(("\n", NO_MARKS))
        _runs(child, marks, out, base)
        out.append(("\n", NO_MARKS))
        return
    _runs(child, marks, out, base)


def _paragraph(el: _Element, base: str | None) -> Block | None:
    runs: list[tuple[str, Marks]] = []
    _runs(el, NO_MARKS, runs, base)
    inlines = inlines_from_runs(runs)
    return Block(inlines=inlines) if inlines else None


def _flow(el: _Element, base: str | None) -> list[Block]:
    """The blocks of an element that mixes inline content with blocks (an item, a cell,
    a quote): inline runs become paragraphs, block children their own blocks."""
    out: list[Block] = []
    runs: list[tuple[str, Marks]] = []

    def flush() -> None:
        inlines = inlines_from_runs(runs)
        if inlines:
            out.append(Block(inlines=inlines))
        runs.clear()

    if el.text:
        runs.append((el.text, NO_MARKS))
    for child in el:
        if child.tag in _INLINE or not isinstance(child.tag, str):
            _child_runs(child, NO_MARKS, runs, base)
        else:
            flush()
            out.extend(_blocks(child, base))
        if child.tail:
            runs.append((child.tail, NO_MARKS))
    flush()
    return out


def _code(el: _Element) -> Block | None:
    text = "".join(map(str, el.itertext())).strip("\n")
    if not text.strip():
        return None
    language = None
    for node in el.iter():
        match = CODE_LANGUAGE.search(node.get("class") or "") if isinstance(node.tag, str) else None
        if match:
            language = match.group(1).lower()
            break
    return Block(kind=BlockKind.CODE, text=text, language=language)


def _list(el: _Element, base: str | None) -> Block | None:
    flows = (_flow(item, base) for item in el if item.tag == "item")
    items = [ListItem(blocks=tuple(blocks)) for blocks in flows if blocks]
    if not items:
        return None
    return Block(kind=BlockKind.LIST, items=tuple(items), ordered=el.get("rend") == "ol")


def _table(el: _Element, base: str | None) -> Block | None:
    rows = []
    for row in el.iter("row"):
        cells = tuple(
            TableCell(blocks=tuple(_flow(cell, base)), header=cell.get("role") == "head",
                      colspan=span(cell.get("span") or cell.get("colspan")))
            for cell in row
            if cell.tag == "cell"
        )
        if cells:
            rows.append(TableRow(cells=cells, header=all(c.header for c in cells)))
    block = Block(kind=BlockKind.TABLE, rows=tuple(rows)) if rows else None
    return block if block is not None and block.text else None


def _graphic(el: _Element, base: str | None) -> Block | None:
    src = image_url((el.get("src") or "").strip(), base)
    if src is None:
        return None
    caption = " ".join((el.get("title") or "").split())
    return Block(
        kind=BlockKind.FIGURE, src=src, alt=" ".join((el.get("alt") or "").split()) or None,
        inlines=(Inline(text=caption),) if caption else (),
    )


def _blocks(el: _Element, base: str | None) -> list[Block]:
    tag = el.tag
    block: Block | None
    if tag == "head":
        block = _paragraph(el, base)
        if block is None:
            return []
        level = HEAD_LEVELS.get(el.get("rend") or "", 2)
        return [Block(kind=BlockKind.HEADING, level=level, inlines=block.inlines)]
    if tag == "list":
        block = _list(el, base)
    elif tag == "table":
        block = _table(el, base)
    elif tag == "code":
        block = _code(el)
    elif tag == "quote":
        inner = _flow(el, base)
        block = Block(kind=BlockKind.QUOTE, blocks=tuple(inner)) if inner else None
    elif tag == "graphic":
        block = _graphic(el, base)
    elif tag == "p" or tag in _INLINE:
        block = _paragraph(el, base)
    else:  # a div or a section: its content
        return _flow(el, base)
    return [block] if block is not None else []


def body_blocks(body: _Element | None, base: str | None = None) -> list[Block]:
    """trafilatura's XML body (with formatting and links) as model blocks, in order.

    Text loose in the body, before its first element or after a block, is a paragraph of
    its own: trafilatura leaves there the text that followed a block inside an inline
    element (paragraphs and a line after them, all inside one link), and it is text it
    kept. Not after a heading: there trafilatura leaves the rest of the heading's line, its
    controls ("[edit]", "View all")."""
    if body is None:
        return []
    blocks = _loose(body.text)
    for child in body:
        blocks += _blocks(child, base)
        if child.tag != "head":
            blocks += _loose(child.tail)
    return blocks


def _loose(text: str | None) -> list[Block]:
    """Text loose in trafilatura's body as a paragraph, if it holds any."""
    inlines = inlines_from_runs([(text, NO_MARKS)]) if text else ()
    return [Block(inlines=inlines)] if inlines else []


CROWDED_CHILDREN = 500
"""Child elements from which one element's inline formatting is stripped from the copy
trafilatura reads (`_thin_crowds`): its time grows with the square of an element's
children, 9 s for a transcript of 10,000 words in `<span>`s, each with its timestamp."""
FORMATTING_TAGS = (
    "span", "font", "b", "strong", "i", "em", "u", "s", "small", "big", "mark", "abbr",
    "cite", "q", "sub", "sup", "time", "data", "var", "kbd", "samp", "bdi", "bdo", "ins",
    "tt", "dfn",
)
"""Inline elements that only style their text: stripped, their text stays where it was.
Not links (trafilatura weighs their density), line breaks or images."""


def _crowded(tree: _Element) -> list[_Element]:
    """The elements of `tree` with more than `CROWDED_CHILDREN` children."""
    return [el for el in tree.iter() if len(el) > CROWDED_CHILDREN]


def _thin_crowds(tree: _Element) -> None:
    """Strip `FORMATTING_TAGS` inside the elements of `tree` with more than
    `CROWDED_CHILDREN` children (in the copy only: the marks of the answer come from the
    page's own blocks, `PageMarks`)."""
    for el in _crowded(tree):
        lxml.etree.strip_tags(el, *FORMATTING_TAGS)
        # libxml2 leaves a stripped element's text as many adjacent text nodes, which every
        # read of `.text` or `.tail` joins again: written back, each run is one node
        el.text = el.text
        for child in el:
            child.tail = child.tail


MAX_DEPTH = 100
"""Deepest nesting of elements on which trafilatura runs. Its link-density pass reads the
text of every element at every level (`text_content` of each nested box), which grows with
the page's size times its depth: a 1 MB page of 200-deep boxes took 2 s where 0.3 MB took
0.1 s (`python -m benchmarks.scaling --shape deep`). Such a page keeps density's answer."""


def _tree_to_read(doc: Document) -> HtmlElement:
    """The tree trafilatura reads: the page's own where no element is crowded, since
    `bare_extraction` copies a tree it is given before it cleans it (a copy of ours was a
    second deep copy of the page: 17.5 M instructions a page, as much as its parse, 3% of the
    fallback's); else a copy of ours with its crowds thinned (`_thin_crowds`), which it
    copies again."""
    if not _crowded(doc.tree):
        return doc.tree
    tree = doc.tree_copy()
    _thin_crowds(tree)
    return tree


WHOLE_PAGE_SHARE = 0.8
"""Share of the page's words (its blocks', `document_blocks`) from which trafilatura's answer
of one paragraph is the page's whole text, not a body it found: its fast path found none
and its last resort (`baseline`) returned the text of everything, menus and all, as one
paragraph (aeb f6ac15a4: 1,202 words for the page's 1,156, a story of 83 among 500 menu
links). On the dev pages such answers hold 0.8-33 times the blocks' words (trafilatura reads
text our segmentation skips); the bodies it found and printed as one paragraph, 0.3-0.76 (a
long story without paragraph marks, 0.74-0.76): the cut sits above them."""


def whole_page(blocks: Sequence[Block], doc: Document) -> bool:
    """Whether trafilatura's answer is the page's whole text as one paragraph
    (`WHOLE_PAGE_SHARE`), of at least `MIN_WORDS`: what its last resort returns, whose
    confidence, counted in words, says nothing of whether a body was found."""
    if len(blocks) != 1 or blocks[0].kind is not BlockKind.PARAGRAPH:
        return False
    words = word_count(blocks[0].text)
    page = sum(b.words for b in document_blocks(doc))
    return words >= MIN_WORDS and words >= WHOLE_PAGE_SHARE * page


class TrafilaturaExtractor:
    """trafilatura's extractor on the shared tree, which `bare_extraction` copies before it
    cleans it (a page with crowded elements: on a copy of ours, thinned; see `_tree_to_read`).

    `fast=True` skips trafilatura's own readability/jusText fallbacks, except where the fast
    path answers with the page's whole text (`whole_page`): it found no body there, and the
    full path, which compares its reading with theirs, often does. The library (about
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
        if deeper_than(doc.tree, MAX_DEPTH):
            return Candidate(extractor=self.name, details={"skipped": "nested too deep"})
        candidate = self._read(doc, self.fast)
        if self.fast and whole_page(candidate.blocks, doc):
            fuller = self._read(doc, fast=False)
            if fuller.blocks:
                return fuller
        return candidate

    def _read(self, doc: Document, fast: bool) -> Candidate:
        """trafilatura's answer on `doc`, by its fast path or its full one."""
        options: dict[str, Any] = {
            "url": doc.url,
            "fast": fast,
            "favor_precision": self.favor_precision,
            "include_comments": False,
            "include_tables": True,
            # Links, images and formatting change what trafilatura keeps (links turn on its
            # link-density filters): they stay off, and links and emphasis come from the
            # page's own blocks (PageMarks).
            "with_metadata": False,
        }
        try:
            result = self._load()(_tree_to_read(doc), **options)
        except Exception as exc:  # a peer library's failure is an empty answer, not a crash
            return Candidate(extractor=self.name, details={"error": repr(exc)})
        body = getattr(result, "body", None) if result is not None else None
        marks = PageMarks(document_blocks(doc), doc.base)
        blocks = [marks.relink(b) for b in body_blocks(body, doc.base)]
        return Candidate(
            extractor=self.name, blocks=tuple(blocks), confidence=length_confidence(blocks)
        )
