"""Segmentation of a parsed page into text blocks, each with its features computed once.

A block is the text between two block-level boundaries (a paragraph, a heading, a list
item, a table row, a bare text run inside a div). Classification lives elsewhere
(`newsclean.extractors.density`); this module only measures.

The walk is iterative (lxml's `iterwalk`), so deep trees cannot overflow the stack, and
does the least work per element: speed matters because the walk visits every element.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import lxml.etree
from lxml.html import HtmlElement

from newsclean.model import Block, BlockKind

# Tags whose content is never text a reader sees.
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "select", "option", "textarea", "input", "button", "head",
        "title", "meta", "link", "audio", "video", "source", "picture", "map",
    }
)
# Tags that end the current block and start a new one.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "tfoot", "thead", "tr", "ul", "caption", "br",
    }
)
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_KIND_OF_TAG: dict[str, BlockKind] = {
    **{h: BlockKind.HEADING for h in HEADING_TAGS},
    "li": BlockKind.LIST,
    "dd": BlockKind.LIST,
    "dt": BlockKind.LIST,
    "blockquote": BlockKind.QUOTE,
    "pre": BlockKind.CODE,
    "tr": BlockKind.TABLE,
}
# Kinds that inline content and nested paragraphs inherit from an enclosing element; a
# table does not pass its kind down, since layout tables hold whole articles.
_INHERITED = frozenset({BlockKind.LIST, BlockKind.QUOTE, BlockKind.CODE})
_HIDDEN_STYLE = re.compile(r"display\s{0,5}:\s{0,5}none|visibility\s{0,5}:\s{0,5}hidden", re.I)
_WS = re.compile(r"\s+")
_PUNCT = re.compile(r"[.!?;:,。！？，、]")
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’)]?(?:\s|$)")
# Text without spaces (Chinese, Japanese, Thai) has no words to count; beyond this many
# characters per space-separated token, a block's length is counted in characters instead.
_MAX_TOKEN_CHARS = 15
_CHARS_PER_WORD_UNSPACED = 2


def _is_hidden(el: HtmlElement) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style[:500]))


def hint(el: HtmlElement) -> str:
    """The class and id of an element, lower-cased, for hint regexes."""
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip().lower()[:300]


@dataclass(slots=True)
class TextBlock:
    """A run of visible text with its measured features.

    `element` is the block-level element that opened the block; `ancestors` lists the
    block-level elements above it, innermost first, for container scoring. `hints` joins
    the class/id of `element` and its ancestors, innermost first.
    """

    index: int
    element: HtmlElement
    ancestors: tuple[HtmlElement, ...]
    kind: BlockKind
    tag_path: str
    hints: str
    heading_level: int | None = None
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    text: str = ""
    chars: int = 0
    words: int = 0
    link_density: float = 0.0
    punctuation: int = 0
    sentences: int = 0
    position: float = 0.0
    """Relative position in the page, 0 (first block) to 1 (last)."""
    stopwords: int = 0
    """Words of the page language's stoplist (see `count_stopwords`); 0 if unknown."""

    @property
    def stopword_density(self) -> float:
        return self.stopwords / self.words if self.words else 0.0

    def finish(self) -> None:
        """Compute the text features once the block's text is complete."""
        text = _WS.sub(" ", "".join(self.parts)).strip()
        self.text = text
        self.parts = []
        self.chars = len(text)
        words = text.count(" ") + 1 if text else 0
        if words and self.chars > _MAX_TOKEN_CHARS * words:
            words = self.chars // _CHARS_PER_WORD_UNSPACED
        self.words = words
        self.link_density = min(1.0, self.link_chars / self.chars) if self.chars else 0.0
        self.punctuation = len(_PUNCT.findall(text))
        self.sentences = len(_SENTENCE_END.findall(text))


@dataclass
class _Walker:
    blocks: list[TextBlock] = field(default_factory=list)
    current: TextBlock | None = None
    stack: list[HtmlElement] = field(default_factory=list)
    path: list[str] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)
    kinds: list[BlockKind | None] = field(default_factory=list)
    link_depth: int = 0

    def open(self, el: HtmlElement) -> None:
        self.close()
        tag = el.tag if isinstance(el.tag, str) else ""
        kind = _KIND_OF_TAG.get(tag, BlockKind.PARAGRAPH)
        if kind is BlockKind.PARAGRAPH:
            # Inside a list item or quote, nested divs/ps keep the outer role.
            for anc_kind in self.kinds:
                if anc_kind in _INHERITED:
                    kind = anc_kind
        self.current = TextBlock(
            index=len(self.blocks),
            element=el,
            ancestors=tuple(reversed(self.stack)),
            kind=kind,
            tag_path=">".join(self.path),
            hints=" ".join(h for h in reversed(self.hints) if h),
            heading_level=int(tag[1]) if tag in HEADING_TAGS else None,
        )

    def close(self) -> None:
        block = self.current
        self.current = None
        if block is None:
            return
        block.finish()
        if block.chars:
            block.index = len(self.blocks)
            self.blocks.append(block)

    def add(self, text: str, linked: bool) -> None:
        if self.current is None:
            if not self.stack:
                return
            if not text.strip():
                return
            self.open(self.stack[-1])
        assert self.current is not None
        self.current.parts.append(text)
        if linked:
            self.current.link_chars += len(text.strip())

    def push(self, el: HtmlElement, tag: str) -> None:
        self.close()
        self.stack.append(el)
        self.path.append(tag)
        self.hints.append(hint(el))
        self.kinds.append(_KIND_OF_TAG.get(tag))

    def pop(self) -> None:
        self.close()
        self.stack.pop()
        self.path.pop()
        self.hints.pop()
        self.kinds.pop()


def segment(root: HtmlElement) -> list[TextBlock]:
    """Split the tree under `root` into text blocks in document order."""
    body = root.find("body")
    start = body if body is not None else root
    w = _Walker()
    walker = lxml.etree.iterwalk(start, events=("start", "end"))
    skipped: set[HtmlElement] = set()
    td_cells = ("td", "th")
    for event, el in walker:
        tag = el.tag
        if event == "start":
            if not isinstance(tag, str):  # comments, processing instructions
                continue
            if tag in SKIP_TAGS:
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS and _is_hidden(el):
                walker.skip_subtree()
                skipped.add(el)
                continue
            if tag in BLOCK_TAGS:
                w.push(el, tag)
            elif tag == "a":
                w.link_depth += 1
            elif tag in td_cells and w.current is not None and w.current.parts:
                w.current.parts.append(" | ")
            text = el.text
            if text:
                w.add(text, w.link_depth > 0)
            continue
        if tag in BLOCK_TAGS:
            if not (skipped and el in skipped):
                w.pop()
        elif tag == "a":
            w.link_depth -= 1
        if el is start:
            break
        tail = el.tail
        if tail:
            w.add(tail, w.link_depth > 0)
    w.close()
    blocks = w.blocks
    last = max(1, len(blocks) - 1)
    for block in blocks:
        block.position = block.index / last
    return blocks


_STRIP = "\"'“”‘’«»()[]{}.,;:!?…-–—"


def count_stopwords(blocks: Iterable[TextBlock], stoplist: frozenset[str]) -> None:
    """Fill each block's `stopwords` count: jusText's strongest sign of running prose."""
    for block in blocks:
        count = 0
        for word in block.text.lower().split():
            if word in stoplist or word.strip(_STRIP) in stoplist:
                count += 1
        block.stopwords = count


def to_blocks(blocks: Iterable[TextBlock]) -> list[Block]:
    """Turn kept text blocks into model `Block`s, merging list items and table rows.

    Consecutive list items of the same list (or rows of the same table) become one block
    whose lines are the items, so Markdown output keeps the structure.
    """
    out: list[Block] = []
    group_key: object = None
    group_lines: list[str] = []
    group_kind = BlockKind.LIST

    def flush() -> None:
        nonlocal group_key, group_lines
        if group_lines:
            out.append(Block(kind=group_kind, text="\n".join(group_lines)))
        group_key, group_lines = None, []

    for tb in blocks:
        if tb.kind in (BlockKind.LIST, BlockKind.TABLE):
            key = _group_parent(tb)
            if key is not group_key or tb.kind is not group_kind:
                flush()
                group_key, group_kind = key, tb.kind
            group_lines.append(tb.text)
            continue
        flush()
        level = tb.heading_level if tb.kind is BlockKind.HEADING else None
        out.append(Block(kind=tb.kind, text=tb.text, level=level))
    flush()
    return out


def _group_parent(tb: TextBlock) -> object:
    for anc in tb.ancestors:
        if anc.tag in ("ul", "ol", "dl", "table", "menu", "dir"):
            return anc
    return tb.element.getparent()


def iter_text(root: HtmlElement) -> Iterator[str]:
    """Visible text of a tree, block by block (for adapters that return HTML)."""
    for block in segment(root):
        yield block.text
