"""Segmentation of a parsed page into text blocks, each with its features computed once.

A block is the text between two block-level boundaries (a paragraph, a heading, a list
item, a table row, a bare text run inside a div). Classification lives elsewhere
(`newsclean.extractors.rules` and `density`); this module only measures.

The walk is iterative (lxml's `iterwalk`), so deep trees cannot overflow the stack, and
does the least work per element: speed matters because the walk visits every element.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import cast

import lxml.etree
from lxml.html import HtmlElement

from newsclean.document import Document
from newsclean.model import BlockKind
from newsclean.stoplists import text_language, word_count

# Tags whose content is never text a reader sees.
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "select", "option", "textarea", "input", "button", "head",
        "title", "meta", "link", "audio", "video", "source", "picture", "map",
        # shown only by clients without embeds or frames; the parser keeps their markup as text
        "noembed", "noframes",
        # AMP's ads, trackers, consent and share bars: their placeholder text is no content
        "amp-ad", "amp-embed", "amp-sticky-ad", "amp-analytics", "amp-pixel",
        "amp-consent", "amp-user-notification", "amp-social-share", "amp-iframe",
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
_INHERITING_TAGS = frozenset({"li", "dd", "dt", "blockquote", "pre"})
CELL_TAGS = frozenset({"td", "th"})
CODE_TAGS = frozenset({"pre", "code", "kbd", "samp", "tt"})
"""Text a reader copies as it is: no join in it is two fields' (`newsclean.spacing`)."""
GLUED_TAGS = frozenset({"sup", "sub"})
"""Inline elements printed against their neighbour by design: an exponent ("2n²"), a
formula's index ("H₂O"), an ordinal's letters ("1st"). A join beside one is no field's."""
_HIDDEN_STYLE = re.compile(r"display\s{0,5}:\s{0,5}none|visibility\s{0,5}:\s{0,5}hidden", re.I)
_PUNCT = re.compile(r"[.!?;:,。！？，、]")
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’)]?(?:\s|$)")
_WIDE = "\u2e80-\u312f\u3190-\ua4cf\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff9f\uffe0-\uffe6"
_WIDE_BREAK = re.compile(f"(?<=[{_WIDE}])[ \t\r]*\n[ \t\r\n]*(?=[{_WIDE}])")


def join_wide_lines(text: str) -> str:
    """`text` without the line breaks of its source between two wide characters (Chinese,
    Japanese, full-width forms; not Hangul), which a browser removes rather than showing
    as a space (CSS Text 3, segment break transformation): a Chinese paragraph wrapped in
    the HTML's source reads "农村" where the source has "农\n村", not "农 村"."""
    if "\n" in text and not text.isascii():
        return _WIDE_BREAK.sub("", text)
    return text


HIDING_ATTRIBUTES = frozenset({"style", "hidden", "aria-hidden"})
"""The attributes `_is_hidden` reads: an element with none of them is shown. One C call
lists an element's attribute names (most block elements have none, or a class and an id):
the walk's test, which made the element's attribute map and then read the three one by one,
took 1.7 times as many instructions."""


def _is_hidden(el: HtmlElement) -> bool:
    """Hidden by attribute or inline style (checked on block-level elements only), unless
    it is a tab panel (`shown_tab_panel`) or an accordion's folded panel
    (`collapsed_panel`)."""
    hidden = hidden_by_markup(el) or el.get("aria-hidden") == "true"
    return (
        hidden and not shown_tab_panel(el) and not collapsed_panel(el)
        and not folded_text(el) and not headed_panel(el)
    )


UNTIL_FOUND = "until-found"
"""`hidden="until-found"`: text folded away (an accordion's panel, a collapsed section)
that the browser's find and a link to it open: the page's own text, shown on demand."""


def hidden_by_markup(el: HtmlElement) -> bool:
    """Whether the element's own markup hides it from every reader: its `hidden` attribute
    (`hidden_attribute`) or an inline style of `display: none` or `visibility: hidden`.
    (Style sheets are not applied: a class that hides is not seen.)"""
    style = el.get("style")
    return (
        style is not None and _HIDDEN_STYLE.search(style[:500]) is not None
    ) or hidden_attribute(el)


def hidden_attribute(el: HtmlElement) -> bool:
    """Whether the element's `hidden` attribute hides it (any value but `UNTIL_FOUND`)."""
    return el.get("hidden") not in (None, UNTIL_FOUND)


def collapsed_panel(el: HtmlElement) -> bool:
    """Whether a hidden element is an accordion's folded panel (the WAI-ARIA accordion
    pattern): the element just before it is a heading holding the control (a button or
    link with `aria-expanded`) that opens it, naming it in `aria-controls` or naming none.
    The heading promises the panel's text, the page's own folded for brevity (an FAQ's
    answers, a section's details), which a reader opens with a click. A control outside a
    heading opens furniture as often (menus, flyouts, banners), which stays hidden."""
    before = el.getprevious()
    if before is None or not isinstance(before.tag, str):
        return False
    if not _is_heading(before):
        return False
    ident = el.get("id") or ""
    for node in before.iter(lxml.etree.Element):
        if node.get("aria-expanded") is None:
            continue
        controls = node.get("aria-controls")
        if controls is None or ident in controls.split():
            return True
    return False


def headed_panel(el: HtmlElement) -> bool:
    """Whether a hidden element is an accordion's panel named by the header box just
    before it: in that box, a control that is, holds or sits in a heading names the
    element's id in `aria-controls`. The WAI-ARIA accordion's header as pages print it,
    which `collapsed_panel` does not read: the heading wrapped in a box of its own (or
    set inside the control, `role="heading"` in a `role="button"` link), and no
    `aria-expanded` where a script sets it on load; the control naming the panel by its
    id stands for that attribute. As there, the heading promises the panel's text (a
    guide's steps, an FAQ's answers); a menu's flyout (mostly links, or in the page's
    navigation, masthead or footer) stays hidden."""
    ident = el.get("id")
    before = el.getprevious()
    if not ident or before is None or not isinstance(before.tag, str):
        return False
    if not any(
        ident in (node.get("aria-controls") or "").split() and _is_header(node, before)
        for node in before.iter(lxml.etree.Element)
    ) or _in_page_furniture(el):
        return False
    text = el.text_content()
    linked = sum(len(a.text_content()) for a in el.iter("a"))
    return linked <= FOLDED_LINK_SHARE * len(text.strip())


def _is_heading(el: HtmlElement) -> bool:
    """Whether an element is a heading: a heading tag, or any element `role="heading"`."""
    return el.tag in HEADING_TAGS or el.get("role") == "heading"


def _is_header(control: HtmlElement, box: HtmlElement) -> bool:
    """Whether a control is a heading, holds one, or sits in one inside `box`."""
    if any(_is_heading(node) for node in control.iter(lxml.etree.Element)):
        return True
    for node in control.iterancestors():
        if _is_heading(node):
            return True
        if node is box:
            break
    return False


FOLDED_WORDS = 40
"""Words of running text a hidden element beside its control must hold (`folded_text`)."""
FOLDED_LINK_SHARE = 0.3
"""Most share of its characters that may be linked: more, and it is a menu's flyout."""


def folded_text(el: HtmlElement) -> bool:
    """Whether a hidden element is text folded behind the control beside it: the element
    just before or after it holds a control (`aria-expanded`) that names it by its id in
    `aria-controls`, and it holds running text (`FOLDED_WORDS` words or more, few of them
    linked). A story's rest behind "Continue reading", a section's details behind "Show
    more": the page's own text, a click away. A menu's or a flyout's control names a list
    of links, which stays hidden, and so does whatever folds in the page's navigation or
    its masthead or footer (a weather and traffic flyout is running text too)."""
    ident = el.get("id")
    if not ident or _in_page_furniture(el):
        return False
    if not any(
        ident in (node.get("aria-controls") or "").split()
        for side in (el.getprevious(), el.getnext())
        if side is not None and isinstance(side.tag, str)
        for node in side.iter(lxml.etree.Element)
        if node.get("aria-expanded") is not None
    ):
        return False
    text = el.text_content()
    if len(text.split()) < FOLDED_WORDS:
        return False
    linked = sum(len(a.text_content()) for a in el.iter("a"))
    return linked <= FOLDED_LINK_SHARE * len(text.strip())


def _in_page_furniture(el: HtmlElement) -> bool:
    """Whether `el` lies in a `<nav>`, or in a `<header>` or `<footer>` of the page (not
    one of an article or of the main content)."""
    tags = {a.tag for a in el.iterancestors()}
    if "nav" in tags:
        return True
    return bool(tags & {"header", "footer"}) and not tags & {"article", "main"}


def shown_tab_panel(el: HtmlElement) -> bool:
    """Whether a hidden element is a tab panel (WAI-ARIA `role="tabpanel"`): a page shows
    one panel at a time and hides the others until their tab is chosen, and each is the
    page's own (a product's details and specifications, a manual's sample per language, a
    service's feature tabs). A panel of furniture (a sidebar's "latest" and "popular" tabs)
    is a list of links, judged as any other block. Out of fold on wcxb-dev's tune half,
    showing every panel rather than those of code alone moves 5 pages up, none down."""
    return (el.get("role") or "").lower() == "tabpanel"


def in_pre(el: HtmlElement, share: float) -> bool:
    """Whether `el` holds a `<pre>` and at least `share` of its visible characters lie in
    `<pre>`s: a code sample (or a highlighter's layout of one), whatever wraps it."""
    pres = list(el.iter("pre"))
    if not pres:
        return False
    inside = sum(visible_chars(pre.text_content()) for pre in pres)
    return inside >= share * visible_chars(el.text_content())


def visible_chars(text: str) -> int:
    """Characters of `text` other than whitespace (markup indents code and prose alike)."""
    return len("".join(text.split()))


# --- Tables that lay out a page ----------------------------------------------------------------

LAYOUT_TABLE_TAGS = frozenset({"table", "h1", "h2", "h3"})
"""A table holding one of these (a nested table, a section heading) lays out a page."""
LAYOUT_CELL_WORDS = 150
"""A table cell with more words than this holds running text: the table is layout."""
LAYOUT_PARAGRAPHS_WORDS = 40
"""A table cell with more words than this, in paragraphs parted by a blank line (two
`<br>`), or in `GRID_PARAGRAPHS` paragraph elements or more in a table of one row, holds
running text: the table is layout."""


def span(value: str | None) -> int:
    """A colspan or rowspan attribute as a number from 1 to 1000 (1 when unreadable)."""
    try:
        return max(1, min(int((value or "1").strip()[:4]), 1000))
    except ValueError:
        return 1


def table_rows(table: HtmlElement) -> Iterator[tuple[HtmlElement, bool]]:
    """The rows of a table (not of tables nested in it), with whether each is in its head."""
    for child in table:
        tag = child.tag
        if tag == "tr":
            yield child, False
        elif tag in ("thead", "tbody", "tfoot"):
            for row in child:
                if row.tag == "tr":
                    yield row, tag == "thead"


def is_layout_table(table: HtmlElement) -> bool:
    """A table that lays out a page rather than holding data: one that `lays_out_page` or
    is an older page's grid (`page_grid`), or of one column, or of only preformatted text
    (a highlighter's line-number gutter beside the code)."""
    if lays_out_code(table) or lays_out_page(table) or page_grid(table):
        return True
    return max((_width(tr) for tr, _ in table_rows(table)), default=0) < 2


def lays_out_code(table: HtmlElement) -> bool:
    """Whether all of a table's text lies in `<pre>`s: Pygments', Chroma's and Rouge's
    tables of a gutter cell and a code cell, read as the code block they show."""
    return in_pre(table, 1.0)


def lays_out_page(table: HtmlElement) -> bool:
    """Whether a table's cells are parts of the page, each read as the blocks it holds
    rather than as one row of data: marked presentational, holding a nested table or a
    section heading, or a cell of running text (long, or in paragraphs: parted by blank
    lines, or in paragraph elements where the table is one row: a documentation page's
    table of parameters holds rows of paragraphs, and its truth keeps it a table)."""
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return True
    if any(el is not table for el in table.iter(*LAYOUT_TABLE_TAGS)):
        return True
    rows = list(table_rows(table))
    for tr, _ in rows:
        for cell in tr:
            if cell.tag not in CELL_TAGS:
                continue
            words = word_count(cell.text_content())
            if words > LAYOUT_CELL_WORDS or (
                words > LAYOUT_PARAGRAPHS_WORDS
                and (_has_blank_line(cell) or (len(rows) == 1 and _in_paragraphs(cell)))
            ):
                return True
    return False


GRID_MENU_LINKS = 3
"""Links a cell needs to be a page grid's menu column."""
GRID_MENU_LINKED = 0.7
"""Share of a menu column's characters inside links."""
GRID_TEXT_LINKED = 0.3
"""Share of a text column's words inside links, less than which it is running text."""
GRID_MAX_ROWS = 5
"""Rows of a page grid at most: a banner, the columns, a footer (a data table has many)."""


def page_grid(table: HtmlElement) -> bool:
    """Whether a layout table is the grid of an older page: a few rows, one of them a menu
    column (a cell of nothing much but links) beside a column of running text.
    Segmentation then reads each cell as a block element of its own (a `<div>` column's
    equal), so that the menu and the story are not parts of one row."""
    rows = list(islice(table_rows(table), GRID_MAX_ROWS + 1))
    if len(rows) > GRID_MAX_ROWS:  # many rows alike are data, whatever their cells hold
        return False
    for tr, _ in rows:
        cells = [c for c in tr if c.tag in CELL_TAGS]
        if len(cells) > 1 and any(map(_menu_column, cells)):
            text = [c for c in cells if _text_column(c)]
            if text:
                return lays_out_page(table) or any(map(_in_paragraphs, text))
    return False


GRID_PARAGRAPHS = 2
"""Paragraph elements a text column beside a menu column holds at least to be a story: a
data cell's editor wraps its text in one."""


def _in_paragraphs(cell: HtmlElement) -> bool:
    """Whether a cell holds `GRID_PARAGRAPHS` or more paragraphs (`<p>`) with text."""
    found = 0
    for p in cell.iter("p"):
        if p.text_content().strip():
            found += 1
            if found >= GRID_PARAGRAPHS:
                return True
    return False


def _menu_column(cell: HtmlElement) -> bool:
    """A cell of `GRID_MENU_LINKS` links or more and little else: a page's menu."""
    links = [a for a in cell.iter("a") if a.get("href")]
    if len(links) < GRID_MENU_LINKS:
        return False
    chars = visible_chars(cell.text_content())
    return chars > 0 and sum(visible_chars(a.text_content()) for a in links) >= (
        GRID_MENU_LINKED * chars
    )


def _text_column(cell: HtmlElement) -> bool:
    """A cell of running text: more than `LAYOUT_PARAGRAPHS_WORDS` words, mostly unlinked
    (words as `word_count` counts them: a Chinese story has few spaces)."""
    words = word_count(cell.text_content())
    if words <= LAYOUT_PARAGRAPHS_WORDS:
        return False
    linked = sum(word_count(a.text_content()) for a in cell.iter("a"))
    return linked < GRID_TEXT_LINKED * words


def _width(tr: HtmlElement) -> int:
    """Columns a row spans."""
    return sum(span(c.get("colspan")) for c in tr if c.tag in CELL_TAGS)


def _has_blank_line(cell: HtmlElement) -> bool:
    """Whether a cell parts its text by a blank line (two `<br>` with only whitespace
    between), as a page laid out in a table writes its story. One paragraph element is no
    sign: editors wrap each data cell's text in one (two are, `_in_paragraphs`)."""
    for br in cell.iter("br"):
        after = br.getnext()
        if after is not None and after.tag == "br" and not (br.tail or "").strip():
            return True
    return False


def hint(el: HtmlElement) -> str:
    """The class and id of an element, lower-cased, for hint regexes."""
    return hint_of(el.get("class"), el.get("id"))


def hint_of(names: str | None, key: str | None) -> str:
    """`hint` of an element whose class (`names`) and id (`key`) were read already."""
    return f"{names or ''} {key or ''}".strip().lower()[:300]


@dataclass(slots=True)
class TextBlock:
    """A run of visible text with its measured features.

    `element` is the block-level element that opened the block; `ancestors` lists it and
    the block-level elements above it, innermost first, for container scoring.
    """

    index: int
    element: HtmlElement
    ancestors: tuple[HtmlElement, ...]
    kind: BlockKind
    text: str
    heading_level: int | None = None
    link_chars: int = 0
    chars: int = 0
    words: int = 0
    link_density: float = 0.0
    punctuation: int = 0
    position: float = 0.0
    """Relative position in the page, 0 (first block) to 1 (last)."""
    stopwords: int = 0
    """Words of the page language's stoplist (see `count_stopwords`); 0 if unknown."""

    @property
    def stopword_density(self) -> float:
        return self.stopwords / self.words if self.words else 0.0

    @property
    def tag_path(self) -> str:
        """Block-level tags from the root down to this block, e.g. "body>div>article>p"."""
        return ">".join(str(el.tag) for el in reversed(self.ancestors))

    @property
    def hints(self) -> str:
        """Class/id of the block's element and its ancestors, innermost first."""
        return " ".join(h for h in map(hint, self.ancestors) if h)

    @property
    def sentences(self) -> int:
        """Rough count of sentence ends."""
        return len(_SENTENCE_END.findall(self.text))


@dataclass(frozen=True, slots=True)
class FieldRun:
    """Where inline elements' texts met in a block, read by the segmenter for the spacing
    of fields a template prints against each other (`newsclean.spacing`); kept only for
    blocks that have such a place or a `breaks` offset.

    `text` is the block's text as read (before its whitespace is collapsed); `joins` are
    the offsets in it where one inline element's text ended and the next one's began with
    nothing between (outside code, not beside `<sup>`/`<sub>`); `breaks` are the offsets
    inside a run of text where a boundary the block does not end at stood (a table cell,
    a custom element, a hidden element): no token runs across one."""

    index: int
    text: str
    joins: tuple[int, ...]
    breaks: tuple[int, ...]


_DOCUMENT_BLOCKS = "newsclean.blocks.document_blocks"
_DOCUMENT_RUNS = "newsclean.blocks.document_runs"


def document_blocks(doc: Document) -> list[TextBlock]:
    """The blocks of a whole page, segmented once and shared by every reader of `doc`
    (the density extractor, normalisation, the explain view). Callers must not mutate them."""
    cached = doc.cache.get(_DOCUMENT_BLOCKS)
    if cached is None:
        runs: list[FieldRun] = []
        cached = doc.cache[_DOCUMENT_BLOCKS] = segment(doc.tree, runs)
        doc.cache[_DOCUMENT_RUNS] = runs
    return cast(list[TextBlock], cached)


def document_runs(doc: Document) -> list[FieldRun]:
    """The `FieldRun`s of the page's blocks (`document_blocks`), read in the same walk."""
    document_blocks(doc)
    return cast(list[FieldRun], doc.cache[_DOCUMENT_RUNS])


CONTAINER_TAGS = frozenset(
    {"article", "aside", "body", "div", "footer", "header", "main", "nav", "section", "form"}
)
"""Elements that lay out blocks, not a line of text: a custom element repeated in one of
them is a block of the layout (`custom_block`)."""


def custom_block(el: HtmlElement) -> bool:
    """Whether a custom element (a hyphenated tag: `<story-paragraph>`) is a block of the
    page rather than a span of a line: one of a run of its kind (a sibling of the same tag
    beside it) directly in a container (`CONTAINER_TAGS`, or another custom element).
    Browsers show an unknown tag inline until the site's style or the component says
    otherwise; a component written for each paragraph of a story says so, a clock or an
    icon inside a line comes alone."""
    parent = el.getparent()
    if parent is None or not (parent.tag in CONTAINER_TAGS or "-" in str(parent.tag)):
        return False
    tag = el.tag
    before, after = el.getprevious(), el.getnext()
    return (before is not None and before.tag == tag) or (after is not None and after.tag == tag)


_INLINE = "\x00inline"
_GLUED = "\x00glued"
_CODE = "\x00code"
"""Marks `segment` keeps for an open inline element in place of its tag: a plain one, a
`GLUED_TAGS` one, a `CODE_TAGS` one (its end is then read by one comparison)."""


def segment(root: HtmlElement, runs: list[FieldRun] | None = None) -> list[TextBlock]:
    """Split the tree under `root` into text blocks in document order.

    One pass of lxml's `iterwalk` (no recursion, so any depth is safe), with the per-text
    work inlined: this loop visits every element of the page. A block opens at the first
    visible text after a block-level boundary and closes at the next boundary. Where
    inline elements' texts meet is noted in the same pass (appended to `runs` when given,
    `FieldRun`): the block's text stays as the page joins it.
    """
    body = root.find("body")
    start = body if body is not None else root
    hidden: set[HtmlElement] = set()  # hidden block elements, skipped with their subtree
    blocks: list[TextBlock] = []
    stack: list[HtmlElement] = []
    inherited: list[BlockKind] = []  # kinds passed down by enclosing li/blockquote/pre
    parts: list[str] = []  # text of the block being read
    owners: tuple[HtmlElement, ...] = ()  # the block-level path, innermost first, when
    # the block's first text was seen
    tags: list[str] = []  # the tags of the open elements (an inline one's mark): read once
    link_chars = 0
    link_depth = 0
    grids: list[bool] = []  # for each open table: whether it is a page grid
    cells: set[HtmlElement] = set()  # page grids' cells and repeated custom elements: blocks
    # where inline elements' texts meet (`FieldRun`): offsets in the block's text as read
    joins: list[int] = []
    breaks: list[int] = []
    size = 0  # characters of the block's text as read so far
    mark = 0  # `size` at the last boundary inside the block: a join needs text since
    code = 0  # open code elements
    ended = crossed = glued = False  # an inline element ended; another began after it;
    # a sup or sub stood at the place (each since the last text)

    def flush() -> None:
        """Close the block being read and measure it (its features are computed here)."""
        nonlocal parts, link_chars, joins, breaks, size, mark
        raw = "".join(parts)
        text = " ".join(raw.split())
        if text:
            if (joins or breaks) and runs is not None:
                runs.append(FieldRun(len(blocks), raw, tuple(joins), tuple(breaks)))
            el = owners[0]
            tag = el.tag
            kind = _KIND_OF_TAG.get(tag, BlockKind.PARAGRAPH)
            if kind is BlockKind.PARAGRAPH and inherited:
                kind = inherited[-1]
            chars = len(text)
            words = word_count(text, text.count(" ") + 1)
            blocks.append(
                TextBlock(
                    len(blocks),
                    el,
                    owners,
                    kind,
                    text,
                    int(tag[1]) if tag in HEADING_TAGS else None,
                    link_chars,
                    chars,
                    words,
                    min(1.0, link_chars / chars),
                    len(_PUNCT.findall(text)),
                )
            )
        parts, link_chars = [], 0
        if joins:
            joins = []
        if breaks:
            breaks = []
        size = mark = 0

    if start.tag not in BLOCK_TAGS:
        stack.append(start)  # a fragment rooted in an inline element is still one block
    walker = lxml.etree.iterwalk(start, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        if event == "start":
            tag = el.tag
            tags.append(tag)
            if tag in BLOCK_TAGS:
                ended = crossed = glued = False
                if not HIDING_ATTRIBUTES.isdisjoint(el.keys()) and _is_hidden(el):
                    hidden.add(el)
                    walker.skip_subtree()
                    if parts and not parts[-1][-1].isspace():
                        breaks.append(size)
                    mark = size
                    continue
                if parts:
                    flush()
                stack.append(el)
                if tag in _INHERITING_TAGS:
                    inherited.append(_KIND_OF_TAG[tag])
                    if tag == "pre":
                        code += 1
                elif tag == "table":
                    grids.append(page_grid(el))
            elif tag == "a":
                link_depth += 1
                if ended:
                    crossed = True
            elif tag in SKIP_TAGS or not isinstance(tag, str):
                walker.skip_subtree()
                continue
            elif "-" in tag or tag in CELL_TAGS:  # a boundary of fields, if not of blocks
                ended = crossed = glued = False
                if tag in CELL_TAGS and not (grids and grids[-1]):
                    if parts:
                        parts.append(" | ")
                        size += 3
                elif tag in CELL_TAGS or custom_block(el):  # a column of the page or
                    # a custom element of a run of them: its own blocks
                    if parts:
                        flush()
                    stack.append(el)
                    cells.add(el)
                if parts and not parts[-1][-1].isspace():
                    breaks.append(size)
                mark = size
            else:  # an inline element: its end is read by its mark alone
                if ended:
                    crossed = True
                if tag in GLUED_TAGS:
                    glued = True
                    tags[-1] = _GLUED
                elif tag in CODE_TAGS:
                    code += 1
                    tags[-1] = _CODE
                else:
                    tags[-1] = _INLINE
            text = el.text
        elif event == "end":
            tag = tags.pop()
            if tag is _INLINE:
                ended = True
            elif tag in BLOCK_TAGS:
                ended = crossed = glued = False
                if not (hidden and el in hidden):  # a hidden one opened nothing
                    if parts:
                        flush()
                    stack.pop()
                    if tag in _INHERITING_TAGS:
                        inherited.pop()
                        if tag == "pre":
                            code -= 1
                    elif tag == "table":
                        grids.pop()
                else:
                    if parts and not parts[-1][-1].isspace():
                        breaks.append(size)
                    mark = size
            elif cells and el in cells:
                ended = crossed = glued = False
                if parts:
                    flush()
                stack.pop()
            elif tag == "a":
                link_depth -= 1
                ended = True
            elif tag is _GLUED:
                ended = glued = True
            elif tag is _CODE:
                ended = True
                code -= 1
            elif tag in SKIP_TAGS or not isinstance(tag, str):
                pass
            else:  # a custom element's or a table cell's end: a boundary of fields
                ended = crossed = glued = False
                if parts and not parts[-1][-1].isspace():
                    breaks.append(size)
                mark = size
            if el is start:
                break
            text = el.tail
        else:  # a comment or a processing instruction: invisible, the text after it is not
            text = el.tail
        if text:
            if (parts or not text.isspace()) and stack:
                if not parts:
                    owners = tuple(reversed(stack))
                elif (
                    crossed
                    and not glued
                    and not code
                    and size > mark
                    and not text[0].isspace()
                    and not parts[-1][-1].isspace()
                ):
                    joins.append(size)
                shown = join_wide_lines(text)
                parts.append(shown)
                size += len(shown)
                if link_depth:
                    link_chars += len(text.strip())
            ended = crossed = glued = False
    if parts:
        flush()
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


LANGUAGE_SAMPLE = 8
"""Longest blocks of a page read to tell its language."""


def words_under(blocks: Iterable[TextBlock]) -> dict[HtmlElement, int]:
    """Words of the given blocks under each element (their own and every ancestor): how
    much text of a kind a part of the page holds."""
    words: dict[HtmlElement, int] = {}
    for block in blocks:
        for anc in block.ancestors:
            words[anc] = words.get(anc, 0) + block.words
    return words


Spans = Mapping[HtmlElement, tuple[int, int]]
"""The first and last block under each element (`block_spans`), as the passes read it."""


@dataclass(frozen=True, slots=True)
class Chains:
    """The page's block-level elements as the blocks' chains of ancestors hold them: read
    by the passes that ask which blocks an element holds, and by `repeats` (which also asks
    each element's parent)."""

    spans: dict[HtmlElement, tuple[int, int]]
    """The first and last of the blocks under each element. Blocks are in document order,
    so an element's blocks are every index between: how many, and which."""
    parents: dict[HtmlElement, HtmlElement]
    """Each element's next element up its chain (the chain's top has none)."""


def block_chains(blocks: Sequence[TextBlock]) -> Chains:
    """`Chains` of `blocks`. The first block of each element is found walking the blocks
    forward, the last walking them backward; each block's chain is read up to the first
    element already met, since the elements above it (the block-level path open when it
    opened) were met with it. So each element is visited about once, however deep the
    page."""
    first: dict[HtmlElement, int] = {}
    parents: dict[HtmlElement, HtmlElement] = {}
    for i, block in enumerate(blocks):
        chain = block.ancestors
        for k, el in enumerate(chain):
            if el in first:
                break
            first[el] = i
            if k + 1 < len(chain):
                parents[el] = chain[k + 1]
    last: dict[HtmlElement, int] = {}
    for i in range(len(blocks) - 1, -1, -1):
        for el in blocks[i].ancestors:
            if el in last:
                break
            last[el] = i
    return Chains({el: (start, last[el]) for el, start in first.items()}, parents)


def block_spans(blocks: Sequence[TextBlock]) -> dict[HtmlElement, tuple[int, int]]:
    """The first and last of `blocks` under each element (`Chains.spans`)."""
    return block_chains(blocks).spans


_DOCUMENT_CHAINS = "newsclean.blocks.document_chains"


def document_chains(doc: Document) -> Chains:
    """`Chains` of the page's blocks (`document_blocks`), found once per document for
    the repeated structures and the density extractor's passes."""
    cached = doc.cache.get(_DOCUMENT_CHAINS)
    if cached is None:
        cached = doc.cache[_DOCUMENT_CHAINS] = block_chains(document_blocks(doc))
    return cast(Chains, cached)


LINKED = 0.5
"""A block at least this share in links points to other pages: a card's or a teaser's
title, a row of a table of links; not a part of the text around it."""


BODY_PROSE_WORDS = 20
"""A kept block this long is a passage of the body's prose; the first and the last such
passages are the body's edges, where a page's navigation and its boxes of links stand."""


def prose_edges(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> tuple[int, int] | None:
    """The indices of the first and the last kept blocks of `BODY_PROSE_WORDS` words or
    more; None when no kept block is that long."""
    passages = (i for i, k in enumerate(keep) if k and blocks[i].words >= BODY_PROSE_WORDS)
    first = next(passages, None)
    if first is None:
        return None
    last = next(i for i in range(len(keep) - 1, first - 1, -1)
                if keep[i] and blocks[i].words >= BODY_PROSE_WORDS)
    return first, last


Memo = dict[HtmlElement, "HtmlElement | None"]
"""Per element walked by `nearest_at_or_above`, its answer for a path starting there."""


def nearest_at_or_above(
    path: Iterable[HtmlElement], test: Callable[[HtmlElement], bool], memo: Memo,
    stop: Callable[[HtmlElement], bool] | None = None,
) -> HtmlElement | None:
    """The first element of `path` (an element and the elements above it, innermost
    first: a block's `ancestors`, or `iterancestors`) that `test` holds for; None when
    there is none, or when `stop` holds for an element first. `memo` keeps the answer of
    every element walked (one memo for one `test` and `stop`): the elements of a page share
    their ancestors, so each is read once however many ask."""
    walked: list[HtmlElement] = []
    found: HtmlElement | None = None
    for el in path:
        if el in memo:
            found = memo[el]
            break
        walked.append(el)
        if test(el):
            found = el
            break
        if stop is not None and stop(el):
            break
    for el in walked:
        memo[el] = found
    return found


def held_at_or_above(
    path: Iterable[HtmlElement], test: Callable[[HtmlElement], bool], memo: Memo
) -> bool:
    """Whether `test` holds for an element of `path` (`nearest_at_or_above`)."""
    return nearest_at_or_above(path, test, memo) is not None


def longest_blocks(blocks: Sequence[TextBlock]) -> list[TextBlock]:
    """The page's `LANGUAGE_SAMPLE` longest blocks, longest first: the sample its language
    is read from (most of them are the main text, whatever the template around it)."""
    return sorted(blocks, key=lambda b: -b.words)[:LANGUAGE_SAMPLE]


def blocks_language(blocks: Sequence[TextBlock], declared: str | None = None) -> str | None:
    """The stoplist language (ISO 639-1) of the page's longest blocks (`longest_blocks`):
    `declared` if their text fits it (see `newsclean.stoplists.text_language`)."""
    return text_language([b.text for b in longest_blocks(blocks)], declared)


def iter_text(root: HtmlElement) -> Iterator[str]:
    """Visible text of a tree, block by block (for adapters that return HTML)."""
    for block in segment(root):
        yield block.text
