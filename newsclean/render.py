"""Rendering of the block model: plain text, Markdown, and HTML of structural tags only.

Every extractor's output is a list of `Block`s, so every extractor renders the same way.
The renderer reads blocks by their shape (the protocols below) and imports nothing of
newsclean's: `newsclean.model`'s parts render themselves through it (`Article.to_markdown`).

- Text: each block's plain `text`, blocks separated by a blank line (`Article.text`).
- Markdown: CommonMark with GFM tables: nested lists, fenced code with its language, hard
  line breaks, links, bold, italic and inline code; text that would read as markup is
  escaped, and bold and italic markers are placed where CommonMark reads them as such.
- HTML: only the tags in `HTML_TAGS` and the attributes in `HTML_ATTRIBUTES`, every text
  escaped and every URL checked against `LINK_SCHEMES` / `IMAGE_SCHEMES`, so the output
  holds no script, style, event handler or `javascript:` URL whatever the page held.

The switches are the same for both: `links` (keep link targets), `formatting` (bold, italic,
inline code), `images` (figures with their captions). A block built from text alone (a
third-party plug-in's) renders from its text by the conventions of `Block.text`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Protocol
from urllib.parse import quote, urlsplit

HTML_TAGS = frozenset(
    {
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "thead", "tbody",
        "tr", "th", "td", "blockquote", "pre", "code", "a", "strong", "em", "br", "figure",
        "img", "figcaption",
    }
)
"""Every tag `to_html` may write."""
HTML_ATTRIBUTES = frozenset({"href", "src", "alt", "start", "reversed", "value"})
"""Every attribute `to_html` may write."""
LINK_SCHEMES = frozenset({"http", "https", "mailto", "ftp"})
"""Schemes a link may keep; others (javascript:, data:, vbscript:, file:) lose the link."""
IMAGE_SCHEMES = frozenset({"http", "https"})
MAX_TABLE_COLUMNS = 256
"""Columns of a rendered table at most (four times any table of the dev sets, whose widest
has 19; the probe's 70 are kept): every row is padded to the table's width, so a row of
thousands of cells would multiply the output by its length. Columns only spans cover do
not count (`_grid`)."""
MAX_SPAN_COLUMNS = 1_000
"""Columns a colspan covers at most (browsers clamp it there too)."""
MAX_SPAN_ROWS = 256
"""Rows a rowspan covers at most."""

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_LANGUAGE = re.compile(r"[\w+#.-]{1,32}")


# --- what is rendered ----------------------------------------------------------------------
# The renderer reads blocks by their shape: `newsclean.model`'s parts have it (and render
# themselves through this module), and so may any other source of blocks.


class Inline(Protocol):
    """A run of text with its marks (`newsclean.model.Inline`)."""

    @property
    def text(self) -> str: ...
    @property
    def href(self) -> str | None: ...
    @property
    def strong(self) -> bool: ...
    @property
    def emphasis(self) -> bool: ...
    @property
    def code(self) -> bool: ...
    @property
    def is_break(self) -> bool: ...


class Part(Protocol):
    """A list item or a table cell: blocks in order (`newsclean.model.ListItem`, `TableCell`)."""

    @property
    def blocks(self) -> Sequence[Block]: ...


class Item(Part, Protocol):
    @property
    def value(self) -> int | None: ...


class Cell(Part, Protocol):
    @property
    def header(self) -> bool: ...
    @property
    def colspan(self) -> int: ...
    @property
    def rowspan(self) -> int: ...


class Row(Protocol):
    @property
    def cells(self) -> Sequence[Cell]: ...
    @property
    def header(self) -> bool: ...


class Block(Protocol):
    """One block of a body (`newsclean.model.Block`); `kind` one of `BlockKind`'s values."""

    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def level(self) -> int | None: ...
    @property
    def inlines(self) -> Sequence[Inline]: ...
    @property
    def items(self) -> Sequence[Item]: ...
    @property
    def ordered(self) -> bool: ...
    @property
    def start(self) -> int | None: ...
    @property
    def reversed(self) -> bool: ...
    @property
    def rows(self) -> Sequence[Row]: ...
    @property
    def blocks(self) -> Sequence[Block]: ...
    @property
    def language(self) -> str | None: ...
    @property
    def src(self) -> str | None: ...
    @property
    def alt(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class _Line:
    """A paragraph of plain text: a line of a list or table given as text alone."""

    text: str
    kind: str = "paragraph"
    level: int | None = None
    inlines: tuple[Inline, ...] = ()
    items: tuple[Item, ...] = ()
    ordered: bool = False
    start: int | None = None
    reversed: bool = False
    rows: tuple[Row, ...] = ()
    blocks: tuple[Block, ...] = ()
    language: str | None = None
    src: str | None = None
    alt: str | None = None


@dataclass(frozen=True, slots=True)
class _LineCell:
    """An item or a cell of one plain line."""

    blocks: tuple[Block, ...]
    header: bool = False
    colspan: int = 1
    rowspan: int = 1
    value: int | None = None


@dataclass(frozen=True, slots=True)
class _LineRow:
    cells: tuple[Cell, ...]
    header: bool = False


def _text_items(block: Block) -> list[Item]:
    """A list's items, or its text's lines where it has none (a plug-in's text-only list)."""
    if block.items:
        return list(block.items)
    return [_LineCell((_Line(line),)) for line in block.text.split("\n") if line.strip()]


@dataclass(frozen=True)
class Options:
    """The switches of `to_markdown` and `to_html`."""

    links: bool = True
    formatting: bool = True
    images: bool = False


def safe_url(url: str | None, schemes: frozenset[str] = LINK_SCHEMES) -> str | None:
    """`url` if its scheme is one of `schemes` or it is relative, else None.

    Whitespace and control characters are removed first, as browsers do, so that
    "java\\tscript:" is read as the javascript: URL it is. A bare fragment ("#top") points
    into a page the reader no longer has, and is dropped too.
    """
    if not url:
        return None
    cleaned = _CONTROL.sub("", url).strip(" ")
    if not cleaned or cleaned.startswith("#"):
        return None
    # Markdown and HTML decode character references in URLs: "javascript&colon;" is one.
    for candidate in (cleaned, html.unescape(cleaned)) if "&" in cleaned else (cleaned,):
        try:
            scheme = urlsplit(candidate).scheme.lower()
        except ValueError:
            return None
        if scheme and scheme not in schemes:
            return None
        if not scheme and ":" in candidate.split("/", 1)[0].split("?", 1)[0]:
            return None  # a colon before any slash that urlsplit did not take for a scheme
    return cleaned


# --- plain text ---------------------------------------------------------------------------


def to_text(blocks: Iterable[Block]) -> str:
    """The plain text of a body: each block's text, separated by a blank line."""
    return "\n\n".join(b.text for b in blocks if b.text)


# --- inline runs, shared by Markdown and HTML ------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Marks:
    """The marks of a run, which nest in a fixed order: link, bold, italic, code."""

    href: str | None = None
    strong: bool = False
    emphasis: bool = False
    code: bool = False

    def differ_from(self, other: _Marks) -> int:
        """The outermost level (0 link .. 3 code) where two mark sets differ; 4 if none."""
        for level, (a, b) in enumerate(
            zip(self._flags(), other._flags(), strict=True)
        ):
            if a != b:
                return level
        return 4

    def _flags(self) -> tuple[object, ...]:
        return (self.href, self.strong, self.emphasis, self.code)

    def levels(self) -> list[int]:
        """The levels that are on, outermost first."""
        flags = (self.href is not None, self.strong, self.emphasis, self.code)
        return [level for level, on in enumerate(flags) if on]


_PLAIN = _Marks()


def _runs(inlines: Sequence[Inline], opts: Options, strong: bool) -> Iterator[tuple[str, _Marks]]:
    """(text, marks) under the switches; a line break as "\\n" without marks; adjacent runs
    with the same marks merged."""
    text, marks = "", _PLAIN
    for run in inlines:
        if run.is_break:
            if text:
                yield text, marks
            yield "\n", _PLAIN
            text, marks = "", _PLAIN
            continue
        new = _Marks(
            safe_url(run.href) if opts.links and run.href else None,
            run.strong and opts.formatting and strong,
            run.emphasis and opts.formatting,
            run.code and opts.formatting,
        )
        if text and new != marks:
            yield text, marks
            text = ""
        text, marks = text + run.text, new
    if text:
        yield text, marks


@dataclass(frozen=True, slots=True)
class _Piece:
    """One step of a rendered run: "text" or "code" (raw, written by the format), "space"
    (written as is), or a mark's "open" or "close" at `level` (0 link .. 3 code)."""

    kind: str
    text: str = ""
    level: int = 0
    marks: _Marks = _PLAIN


def _pieces(
    inlines: Sequence[Inline], opts: Options, newline: str, strong: bool = True
) -> list[_Piece]:
    """Runs with their marks opened and closed as a stack; whitespace stays outside
    the marks it borders (CommonMark's emphasis needs that), and leading or trailing
    whitespace and breaks are dropped."""
    out: list[_Piece] = []
    state = _PLAIN
    pending = ""  # "", " " or "\n": whitespace not yet written
    for chunk, marks in _runs(inlines, opts, strong):
        if chunk == "\n":
            pending = "\n"
            continue
        core = chunk.strip()
        if chunk[:1].isspace() and not pending:
            pending = " "
        if not core:
            continue
        space = _Piece("space", newline if pending == "\n" else " ")
        if marks != state:
            depth = state.differ_from(marks)
            out.extend(
                _Piece("close", level=lv, marks=state)
                for lv in reversed(state.levels()) if lv >= depth
            )
            if out and pending:
                out.append(space)
            out.extend(
                _Piece("open", level=lv, marks=marks) for lv in marks.levels() if lv >= depth
            )
            state = marks
        elif out and pending:
            out.append(space)
        out.append(_Piece("code" if marks.code else "text", core))
        pending = " " if chunk[-1:].isspace() else ""
    out.extend(_Piece("close", level=lv, marks=state) for lv in reversed(state.levels()))
    return out


class _Inline:
    """How one output format writes runs: text, code, mark openers and closers, breaks."""

    newline = "\n"

    def text(self, text: str) -> str:
        raise NotImplementedError

    def code(self, text: str) -> str:
        raise NotImplementedError

    def open(self, level: int, marks: _Marks) -> str:
        raise NotImplementedError

    def close(self, level: int, marks: _Marks) -> str:
        raise NotImplementedError

    def write(self, piece: _Piece) -> str:
        if piece.kind == "text":
            return self.text(piece.text)
        if piece.kind == "code":
            return self.code(piece.text)
        if piece.kind == "open":
            return self.open(piece.level, piece.marks)
        if piece.kind == "close":
            return self.close(piece.level, piece.marks)
        return piece.text

    def join(self, pieces: Sequence[_Piece]) -> str:
        return "".join(self.write(p) for p in pieces)

    def render(self, inlines: Sequence[Inline], opts: Options, strong: bool = True) -> str:
        return self.join(_pieces(inlines, opts, self.newline, strong))


# --- Markdown -----------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"[\\`*\[\]]|(?<![^\W_])_|_(?![^\W_])|<(?=[A-Za-z/!?])|&(?=#?\w+;)")
_MD_DELIMITER_ROW = r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$"
"""A line GFM may read as a table's delimiter row (`--- | ---`, `:-`, `|-`) and CommonMark
as a setext underline (`--`): after a line of text either makes it structure."""
_MD_LINE_START = re.compile(
    rf"^(?:#{{1,6}}(?:\s|$)|>|[-+](?:\s|$)|(?:-[ \t]*){{3,}}$|=+[ \t]*$|{_MD_DELIMITER_ROW})"
)
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_ORDERED_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")


def md_escape(text: str, table: bool = False, tildes: bool | None = None) -> str:
    """Backslash-escape what CommonMark would read as markup inside a line of text: `\\`,
    backticks, `*`, brackets, `_` at a word's edge, `<` before a tag, `&` before an
    entity; `|` in a table cell; every `~` where `tildes`, by default where GitHub's
    renderer could read one as markup in `text` alone (`strikes`: a paragraph decides for
    all its runs)."""
    text = _MD_SPECIAL.sub(lambda m: "\\" + m.group(0), text)
    if table:
        text = text.replace("|", "\\|")
    if tildes if tildes is not None else strikes(text):
        text = text.replace("~", "\\~")
    return text


_TILDES = re.compile(r"~+")


def strikes(markdown: str) -> bool:
    """Whether GitHub's renderer could read tildes of `markdown` (a paragraph, a heading, a
    cell) as markup: a run that can open strikethrough (left-flanking, as an asterisk's)
    and a later one that can close it (`~5~`, even `about ~5 km, a~b`), or a run of three,
    a code fence at a line's start. Tildes that cannot pair (`~640 g, or ~5%`) are text."""
    opener = False
    for run in _TILDES.finditer(markdown):
        if len(run.group()) > 2:
            return True
        start, end = run.span()
        left, right = _flanking(markdown[start - 1 : start], markdown[end : end + 1])
        if right and opener:
            return True
        opener = opener or left
    return False


def _md_line_starts(text: str) -> str:
    """Escape each line's start where it would open a heading, quote, list item, rule,
    setext underline or table delimiter row (a `~~~` fence `md_escape` has escaped; a
    backtick always is): one backslash first, so a paragraph's `|` stay as written."""
    lines = []
    for line in text.split("\n"):
        escaped = "\\" + line if _MD_LINE_START.match(line) else None
        lines.append(escaped or _MD_ORDERED_START.sub(r"\1\\\2", line))
    return "\n".join(lines)


def _md_url(url: str) -> str:
    """A URL safe inside Markdown's link parentheses: spaces, angle brackets and unbalanced
    parentheses percent-encoded (balanced ones are allowed, and kept as written), an `&`
    that would start a character reference escaped."""
    safe = "/:?#@!$&'*+,;=%~.-_[]" + ("()" if _balanced(url) else "")
    return _MD_ENTITY.sub(r"\\&", quote(url, safe=safe))


def _balanced(url: str) -> bool:
    depth = 0
    for ch in url:
        if ch in "()":
            depth += 1 if ch == "(" else -1
            if depth < 0:
                return False
    return depth == 0


class _MarkdownInline(_Inline):
    def __init__(self, newline: str = "  \n", table: bool = False, tildes: bool = False) -> None:
        self.newline = newline
        self.table = table
        self.tildes = tildes

    def escaping_tildes(self) -> _MarkdownInline:
        """This style with every `~` of text escaped (`strikes`)."""
        return _MarkdownInline(self.newline, self.table, tildes=True)

    def text(self, text: str) -> str:
        return md_escape(text, self.table, self.tildes)

    def code(self, text: str) -> str:
        ticks = max((len(m) for m in re.findall(r"`+", text)), default=0) + 1
        pad = " " if text.startswith("`") or text.endswith("`") else ""
        body = text.replace("|", "\\|") if self.table else text
        return "`" * ticks + pad + body + pad + "`" * ticks

    def open(self, level: int, marks: _Marks) -> str:
        return ("[", "**", "*", "")[level]

    def close(self, level: int, marks: _Marks) -> str:
        if level == 0:
            return f"]({_md_url(marks.href or '')})"
        return ("", "**", "*", "")[level]

    def join(self, pieces: Sequence[_Piece]) -> str:
        mended, written = _emphasis_mended(pieces, self.write)
        return "".join(_bang_escaped(mended, _runs_apart(mended, written)))


def _bang_escaped(pieces: Sequence[_Piece], written: list[str]) -> list[str]:
    """`written` with a `!` escaped where it ends right before a link's `[`: unescaped,
    CommonMark reads the two as an image's start (`![`)."""
    last = -1  # the last piece that wrote something
    for i, piece in enumerate(pieces):
        opens_link = piece.kind == "open" and piece.level == 0
        if opens_link and last >= 0 and written[last].endswith("!"):
            written[last] = written[last][:-1] + "\\!"
        last = i if written[i] else last
    return written


# CommonMark reads a run of `*` as emphasis only by what is around it (spec 0.31, "Emphasis
# and strong emphasis"): an opener must be left-flanking, a closer right-flanking, where
# punctuation (Unicode P and S) next to the run counts against it unless whitespace or
# punctuation is on its other side too. `**“quoted”**word` shows its asterisks.


def _md_space(ch: str) -> bool:
    """Unicode whitespace as CommonMark has it; "" is a line's start or end."""
    return ch == "" or ch in "\t\n\f\r" or unicodedata.category(ch) == "Zs"


def _md_punct(ch: str) -> bool:
    return ch != "" and unicodedata.category(ch)[0] in "PS"


def _flanking(before: str, after: str) -> tuple[bool, bool]:
    """Whether a delimiter run between the characters `before` and `after` is left- and
    right-flanking (can open, can close)."""
    left = not _md_space(after) and (
        not _md_punct(after) or _md_space(before) or _md_punct(before)
    )
    right = not _md_space(before) and (
        not _md_punct(before) or _md_space(after) or _md_punct(after)
    )
    return left, right


def _is_emphasis(piece: _Piece) -> bool:
    return piece.kind in ("open", "close") and piece.level in (1, 2)


def _run_flanking(pieces: Sequence[_Piece], written: Sequence[str], i: int) -> tuple[bool, bool]:
    """`_flanking` of the run of asterisks piece `i` writes with the markers beside it."""
    before = next(
        (written[k][-1] for k in range(i - 1, -1, -1)
         if written[k] and not _is_emphasis(pieces[k])), "",
    )
    after = next(
        (written[k][0] for k in range(i + 1, len(pieces))
         if written[k] and not _is_emphasis(pieces[k])), "",
    )
    return _flanking(before, after)


def _split_punct(text: str, leading: bool) -> tuple[str, str]:
    """(the punctuation at the start or end of `text`, with the whitespace it uncovers, as
    that stays outside the markers too; the rest)."""
    chars = text if leading else text[::-1]
    n = next((i for i, ch in enumerate(chars) if not (_md_punct(ch) or ch.isspace())), len(chars))
    return (text[:n], text[n:]) if leading else (text[len(text) - n :], text[: len(text) - n])


def _moved_out(
    pieces: Sequence[_Piece], o: int, c: int, lead: bool, trail: bool
) -> tuple[list[_Piece], int, int] | None:
    """The pieces with the punctuation at the span's first (`lead`) and last (`trail`)
    text moved outside its markers, and the markers' new indexes; None if none moves or
    the span would be left empty."""
    inner = list(pieces[o + 1 : c])
    if not inner:
        return None
    before: list[_Piece] = []
    after: list[_Piece] = []
    if lead and inner[0].kind == "text":
        moved, rest = _split_punct(inner[0].text, leading=True)
        before, inner[0] = [_Piece("text", moved)] if moved else [], replace(inner[0], text=rest)
    if trail and inner[-1].kind == "text":
        moved, rest = _split_punct(inner[-1].text, leading=False)
        after, inner[-1] = [_Piece("text", moved)] if moved else [], replace(inner[-1], text=rest)
    inner = [p for p in inner if p.kind != "text" or p.text]
    if not (before or after) or not any(p.kind in ("text", "code") for p in inner):
        return None
    new = [*pieces[:o], *before, pieces[o], *inner, pieces[c], *after, *pieces[c + 1 :]]
    return new, o + len(before), o + len(before) + len(inner) + 1


def _mend(
    pieces: list[_Piece], written: list[str], o: int, c: int, write: Callable[[_Piece], str]
) -> tuple[list[_Piece], list[str], int]:
    """A failing span mended: its edge punctuation moved outside its markers, at both
    edges (`**“quoted”**word` -> `“**quoted**”word`) or else at the failing ones alone;
    where neither is read as emphasis, the span without its markers. Returns the pieces,
    what each writes (rewritten around the span only) and the index of the last piece the
    mend wrote: the span's closer, or its last piece without markers."""
    opens, closes = _run_flanking(pieces, written, o)[0], _run_flanking(pieces, written, c)[1]
    for lead, trail in dict.fromkeys(((True, True), (not opens, not closes))):
        moved = _moved_out(pieces, o, c, lead, trail)
        if moved is None:
            continue
        new, o2, c2 = moved
        end = len(new) - (len(pieces) - c)  # the span's last piece, `after` text included
        new_written = [*written[:o], *map(write, new[o : end + 1]), *written[c + 1 :]]
        if _run_flanking(new, new_written, o2)[0] and _run_flanking(new, new_written, c2)[1]:
            return new, new_written, c2
    kept = [*pieces[:o], *pieces[o + 1 : c], *pieces[c + 1 :]]
    return kept, [*written[:o], *written[o + 1 : c], *written[c + 1 :]], c - 2


MAX_MENDED_PIECES = 1_000
"""Pieces of one outermost bold or italic span above which its markers are written as
they are, unmended: each mend rewrites the span, so a span holding thousands of others
would cost their square."""


def _emphasis_mended(
    pieces: Sequence[_Piece], write: Callable[[_Piece], str]
) -> tuple[list[_Piece], list[str]]:
    """The pieces with every bold or italic span CommonMark would not read as emphasis
    mended (`_mend`), innermost first, and what each writes (each piece written once).
    Each outermost span is mended on its own, with the written characters beside it: a
    mend moves markers across text, never text across another span's markers, so what
    surrounds every other span stays the same."""
    written = [write(p) for p in pieces]
    out: list[_Piece] = []
    out_written: list[str] = []
    i = 0
    while i < len(pieces):
        if not (_is_emphasis(pieces[i]) and pieces[i].kind == "open"):
            out.append(pieces[i])
            out_written.append(written[i])
            i += 1
            continue
        end = _span_end(pieces, i)
        if end - i + 1 > MAX_MENDED_PIECES:
            out.extend(pieces[i : end + 1])
            out_written.extend(written[i : end + 1])
        else:
            # from the nearest written character on each side, as `_run_flanking` reads
            first = next((k for k in range(i - 1, -1, -1) if _writes_text(pieces, written, k)), 0)
            last = next(
                (k for k in range(end + 1, len(pieces)) if _writes_text(pieces, written, k)),
                len(pieces) - 1,
            )
            mended, mended_written = _mended_span(
                list(pieces[first : last + 1]), written[first : last + 1], write
            )
            kept = slice(i - first, len(mended) - (last - end))
            out.extend(mended[kept])
            out_written.extend(mended_written[kept])
        i = end + 1
    return out, out_written


def _writes_text(pieces: Sequence[_Piece], written: Sequence[str], k: int) -> bool:
    """Whether piece `k` writes characters that are no emphasis marker."""
    return bool(written[k]) and not _is_emphasis(pieces[k])


def _span_end(pieces: Sequence[_Piece], start: int) -> int:
    """The index of the marker that closes the emphasis opened at `start` (the last piece
    if none does)."""
    depth = 0
    for k in range(start, len(pieces)):
        if _is_emphasis(pieces[k]):
            depth += 1 if pieces[k].kind == "open" else -1
            if depth == 0:
                return k
    return len(pieces) - 1


def _mended_span(
    pieces: list[_Piece], written: list[str], write: Callable[[_Piece], str]
) -> tuple[list[_Piece], list[str]]:
    """`_emphasis_mended` of one outermost span (with the pieces beside it and what they
    write), in one pass."""
    out = pieces
    opened: list[int] = []
    i = 0
    while i < len(out):
        piece = out[i]
        if _is_emphasis(piece):
            if piece.kind == "open":
                opened.append(i)
            elif opened:
                o = opened.pop()
                if not (_run_flanking(out, written, o)[0] and _run_flanking(out, written, i)[1]):
                    out, written, i = _mend(out, written, o, i, write)
        i += 1
    return out, written


# Markers that touch are one delimiter run to CommonMark: a span closed and another opened
# at the same place write `***` + `*` = `****` (`**foo *bar***` then `*baz*`), which pairs
# as neither. `_` makes a run of its own beside `*`, but opens and closes inside a word
# only next to punctuation.


def _runs_apart(pieces: Sequence[_Piece], written: list[str]) -> list[str]:
    """`written` with every run of emphasis closers and the run of openers right after it
    kept apart: the spans opened there are written with the other character (`_` for `*`:
    `**foo *bar***_baz_`), or where `_` cannot close them (inside a word) the spans closed
    there, where it can open them. Where neither can, the run stays as it is (CommonMark
    reads some, `*x***y**`; dropping markers lost more on random paragraphs). In one pass:
    each boundary rewrites its own spans only."""
    partner = _partners(pieces)
    closers: list[int] = []  # emphasis closers since the last text written
    i = 0
    while i < len(pieces):
        if not written[i]:
            i += 1
            continue
        if not _is_emphasis(pieces[i]):
            closers = []
            i += 1
            continue
        if pieces[i].kind == "close":
            closers.append(i)
            i += 1
            continue
        openers = [i]
        i += 1
        while i < len(pieces) and (
            not written[i] or (_is_emphasis(pieces[i]) and pieces[i].kind == "open")
        ):
            openers += [i] if written[i] else []
            i += 1
        char = written[closers[-1]][-1] if closers else ""
        if char == written[openers[0]][0]:
            other = "_" if char == "*" else "*"
            opened = [*openers, *(partner[k] for k in openers if k in partner)]
            closing = [k for k in closers if written[k][0] == char]
            closed = [*closing, *(partner[k] for k in closing if k in partner)]
            if not _rewritten(pieces, written, opened, other):
                _rewritten(pieces, written, closed, other)
        closers = []
    return written


def _partners(pieces: Sequence[_Piece]) -> dict[int, int]:
    """The index of the marker that closes each emphasis opener, and the reverse."""
    partner: dict[int, int] = {}
    opened: list[int] = []
    for k, piece in enumerate(pieces):
        if _is_emphasis(piece):
            if piece.kind == "open":
                opened.append(k)
            elif opened:
                o = opened.pop()
                partner[o], partner[k] = k, o
    return partner


def _rewritten(
    pieces: Sequence[_Piece], written: list[str], markers: Sequence[int], char: str
) -> bool:
    """Whether `markers`, written with `char` instead, all open or close as they should
    (`written` is changed if so, and left as it was if not)."""
    before = [written[k] for k in markers]
    for k in markers:
        written[k] = char * len(written[k])
    if all(_delimits(pieces, written, k) for k in markers):
        return True
    for k, text in zip(markers, before, strict=True):
        written[k] = text
    return False


def _delimits(pieces: Sequence[_Piece], written: Sequence[str], k: int) -> bool:
    """Whether the marker piece `k` writes opens (or closes) by CommonMark's rules for its
    character, read with the characters beside its run; False where its run takes in a
    marker of the other kind (a closer touching an opener)."""
    char, opens = written[k][0], pieces[k].kind == "open"
    sides = []
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(pieces) and (not written[j] or written[j].strip(char) == ""):
            if written[j] and pieces[j].kind != pieces[k].kind:
                return False
            j += step
        sides.append("" if not 0 <= j < len(pieces) else written[j][-1 if step < 0 else 0])
    before, after = sides
    left, right = _flanking(before, after)
    if opens:
        return left and (char == "*" or not right or _md_punct(before))
    return right and (char == "*" or not left or _md_punct(after))


_MD_PARAGRAPH = _MarkdownInline()
_MD_HEADING = _MarkdownInline(newline=" ")
_MD_CELL = _MarkdownInline(newline="<br>", table=True)


def _md_inlines(
    block: Block, opts: Options, style: _MarkdownInline, strong: bool = True
) -> str:
    """A paragraph's (heading's, caption's) runs on their lines, with its `~` escaped where
    GitHub's renderer would read them as markup (`strikes`): they are written first as
    they are, since what pairs depends on what stands beside them, markers included."""
    written = _md_runs(block, opts, style, strong)
    if "~" in written and strikes(written):
        return _md_runs(block, opts, style.escaping_tildes(), strong)
    return written


def _md_runs(block: Block, opts: Options, style: _MarkdownInline, strong: bool = True) -> str:
    if block.inlines:
        return style.render(block.inlines, opts, strong)
    lines = (" ".join(line.split()) for line in block.text.split("\n"))
    return style.newline.join(style.text(line) for line in lines if line)


def _indent(text: str, prefix: str, first: str | None = None) -> str:
    lines = text.split("\n")
    head = (first if first is not None else prefix) + lines[0] if lines[0] else (first or "")
    rest = [prefix + line if line else "" for line in lines[1:]]
    return "\n".join([head.rstrip() if not lines[0] else head, *rest])


_BULLETS = ("-", "*")
_DELIMITERS = (".", ")")
"""The list markers Markdown writes: the first, or the second for a list right after a
list that wrote the first (`_md_blocks`)."""


def _md_blocks(blocks: Iterable[Block], opts: Options) -> Iterator[tuple[Block, str]]:
    """Each block that writes something, with its Markdown. A list right after a list of
    its kind writes the other marker (`*` for `-`, `)` for `.`): CommonMark goes on with
    a list across a blank line as long as its marker stays the same."""
    before = ""  # the marker of the list written last, if it is the block before
    for block in blocks:
        if block.kind == "list":
            rendered, marker = _md_list(block, opts, before)
        else:
            rendered, marker = block_markdown(block, opts), ""
        if rendered:
            before = marker
            yield block, rendered


def _md_list(block: Block, opts: Options, before: str = "") -> tuple[str, str]:
    """A list's Markdown, and the marker it ends with: the first of its kind's markers
    unless `before` (the marker of a list it follows) is that one.

    CommonMark numbers a list up from its first item, whatever the others say: where the
    page's numbers do not go up by one (`<ol reversed>`, `<li value>`), a new list starts,
    with the other delimiter (`3. Three` / `2) Two` / `1. One`), so every item shows its
    number when rendered as when read."""
    markers = _DELIMITERS if block.ordered else _BULLETS
    mark = markers[1] if before == markers[0] else markers[0]
    written = [(item, body) for item in _text_items(block) if (body := _md_item(item, opts))]
    if not block.ordered:
        return "\n".join(_indent(body, "  ", f"{mark} ") for _, body in written), mark
    numbers = list_numbers(block, [item for item, _ in written])
    out = []
    for i, (_, body) in enumerate(written):
        if i and numbers[i] != numbers[i - 1] + 1:
            if 0 <= numbers[i] <= MAX_ITEM_NUMBER:
                mark = markers[1] if mark == markers[0] else markers[0]
            else:  # a number CommonMark cannot write (below 0): the list goes on
                numbers[i] = numbers[i - 1] + 1
        marker = f"{numbers[i]}{mark} "
        out.append(_indent(body, " " * len(marker), marker))
    return "\n".join(out), mark


MAX_ITEM_NUMBER = 999_999_999
"""The largest number CommonMark reads as a list item's (nine digits)."""


def list_numbers(block: Block, items: Sequence[Item]) -> list[int]:
    """The numbers a browser shows for the written `items` of an ordered list: from its
    `start` (1; for a reversed list the number of items), one up (down if reversed), an
    item's `value` setting its own number and the count of those after it."""
    step = -1 if block.reversed else 1
    number = block.start if block.start is not None else (len(items) if block.reversed else 1)
    out = []
    for item in items:
        number = item.value if item.value is not None else number
        out.append(number)
        number += step
    return out


def _md_item(item: Part, opts: Options) -> str:
    """An item's blocks: paragraphs joined by hard breaks (the list stays tight), nested
    lists on the next line where CommonMark lets them interrupt what is before, other
    blocks after a blank line."""
    out = ""
    previous: Block | None = None
    for block, rendered in _md_blocks(item.blocks, opts):
        if previous is None:
            out = rendered
        elif block.kind == "list" and (previous.kind == "list" or _interrupts(rendered)):
            out += "\n" + rendered
        elif _paragraph_like(block) and _paragraph_like(previous):
            out += "  \n" + rendered
        else:
            out += "\n\n" + rendered
        previous = block
    return out


def _paragraph_like(block: Block) -> bool:
    return block.kind == "paragraph"


def _interrupts(markdown_list: str) -> bool:
    """Whether a list may follow a paragraph's line with no blank line between: only a
    bulleted one or one numbered from 1 (CommonMark 0.31, 5.3); "4. Fourth step" right
    under a line of text is more of that text."""
    number = _MD_ORDERED_START.match(markdown_list)
    return number is None or int(number.group(1)) == 1


def _grid(rows: Sequence[Row]) -> list[list[Cell | None]]:
    """The table as a grid: each cell at its column, the places its spans cover None.

    The columns are those where some cell starts (the first `MAX_TABLE_COLUMNS`): one
    that only spans cover holds nothing of its own, so a `colspan="1000"` widens the
    table by none, and a header cell spanning two columns of data covers those two."""
    placed = _placed(rows)
    columns = sorted({col for row in placed for col, _ in row})[:MAX_TABLE_COLUMNS]
    index = {col: i for i, col in enumerate(columns)}
    grid: list[list[Cell | None]] = []
    for row in placed:
        line: list[Cell | None] = [None] * len(columns)
        for col, cell in row:
            if col in index:
                line[index[col]] = cell
        grid.append(line)
    return grid


def _placed(rows: Sequence[Row]) -> list[list[tuple[int, Cell]]]:
    """Each row's cells with the column each starts at, as a browser places them: at the
    first column from the left that no rowspan of a row above covers."""
    out: list[list[tuple[int, Cell]]] = []
    covers: list[tuple[int, int, int]] = []  # rowspans reaching down: first, end column, last row
    for r, row in enumerate(rows):
        covers = [c for c in covers if c[2] >= r]
        above = sorted((first, end) for first, end, _ in covers)
        line: list[tuple[int, Cell]] = []
        col = k = 0
        for cell in row.cells:
            while k < len(above) and above[k][0] <= col:
                col = max(col, above[k][1])
                k += 1
            span = min(cell.colspan, MAX_SPAN_COLUMNS)
            line.append((col, cell))
            if cell.rowspan > 1:
                covers.append((col, col + span, r + min(cell.rowspan, MAX_SPAN_ROWS) - 1))
            col += span
        out.append(line)
    return out


def _table_rows(block: Block) -> list[Row]:
    """A table's rows, or its text's lines split at " | " where it has none."""
    if block.rows:
        return list(block.rows)
    return [
        _LineRow(tuple(_LineCell((_Line(c.strip()),)) for c in line.split(" | ")))
        for line in block.text.split("\n")
        if line.strip(" |")
    ]


def _md_cell(cell: Cell | None, opts: Options) -> str:
    """A cell on one line: its paragraphs, list items and line breaks joined by `<br>`;
    its `~` escaped where GitHub would read them as markup in the line (`strikes`)."""
    if cell is None:
        return ""
    written = _md_cell_runs(cell, opts, _MD_CELL)
    if "~" in written and strikes(written):
        return _md_cell_runs(cell, opts, _MD_CELL.escaping_tildes())
    return written


def _md_cell_runs(cell: Cell, opts: Options, style: _MarkdownInline) -> str:
    parts: list[str] = []
    for block in cell.blocks:
        if block.kind == "list":
            parts.extend(_md_runs(b, opts, style) for b in _item_paragraphs(block))
        elif block.kind == "code":
            parts.append(style.code(" ".join(block.text.split())))
        elif block.kind != "figure":
            parts.append(_md_runs(block, opts, style))
    return "<br>".join(p for p in parts if p)


def _item_paragraphs(block: Block) -> Iterator[Block]:
    """The paragraphs of a list's items, nested lists' included, in order."""
    if not block.items:
        yield from (_Line(t) for t in block.text.split("\n") if t.strip())
        return
    for item in block.items:
        for inner in item.blocks:
            if inner.kind == "list":
                yield from _item_paragraphs(inner)
            else:
                yield inner


def _md_table(block: Block, opts: Options) -> str:
    grid = _grid(_table_rows(block))
    grid = [row for row in grid if any(c is not None for c in row)]
    if not grid:
        return ""
    width = max(len(row) for row in grid)
    lines = []
    for i, row in enumerate(grid):
        cells = [_md_cell(c, opts) for c in row] + [""] * (width - len(row))
        lines.append("| " + " | ".join(cells) + " |")
        if i == 0:
            lines.append("|" + " --- |" * width)
    return "\n".join(lines)


def _md_code(block: Block) -> str:
    text = block.text.strip("\n")
    longest = max((len(m) for m in re.findall(r"^[ \t]*(`{3,})", text, re.M)), default=2)
    fence = "`" * max(3, longest + 1)
    language = block.language if block.language and _LANGUAGE.fullmatch(block.language) else ""
    return f"{fence}{language}\n{text}\n{fence}"


def _md_figure(block: Block, opts: Options) -> str:
    if not opts.images:
        return ""
    src = safe_url(block.src, IMAGE_SCHEMES)
    image = f"![{md_escape(' '.join((block.alt or '').split()))}]({_md_url(src)})" if src else ""
    caption = _md_line_starts(_md_inlines(block, opts, _MD_PARAGRAPH)) if block.inlines else ""
    return "\n\n".join(p for p in (image, caption) if p)


def _md_quote(block: Block, opts: Options) -> str:
    if block.blocks:
        inner = "\n\n".join(rendered for _, rendered in _md_blocks(block.blocks, opts))
    else:
        inner = _md_line_starts(_md_inlines(block, opts, _MD_PARAGRAPH))
    if not inner:
        return ""
    return "\n".join("> " + line if line else ">" for line in inner.split("\n"))


def _md_heading(level: int, text: str) -> str:
    """An ATX heading of escaped `text`, its trailing `#` escaped: CommonMark drops a
    closing run of `#` ("Tickets for the final: #" would lose its last character)."""
    if not text:
        return ""
    if text.endswith("#"):
        text = text[:-1] + "\\#"
    return "#" * min(max(level, 1), 6) + " " + text


def block_markdown(block: Block, opts: Options | None = None) -> str:
    """One block as Markdown."""
    opts = opts or Options()
    kind = block.kind
    if kind == "heading":
        return _md_heading(block.level or 2, _md_inlines(block, opts, _MD_HEADING, strong=False))
    if kind == "list":
        return _md_list(block, opts)[0]
    if kind == "table":
        return _md_table(block, opts)
    if kind == "code":
        return _md_code(block) if block.text.strip() else ""
    if kind == "quote":
        return _md_quote(block, opts)
    if kind == "figure":
        return _md_figure(block, opts)
    return _md_line_starts(_md_inlines(block, opts, _MD_PARAGRAPH))


def to_markdown(
    blocks: Iterable[Block], title: str | None = None, opts: Options | None = None
) -> str:
    """A body as Markdown, with `title` as its first-level heading when given."""
    opts = opts or Options()
    parts = [_md_heading(1, md_escape(title))] if title else []
    parts.extend(rendered for _, rendered in _md_blocks(blocks, opts))
    return "\n\n".join(p for p in parts if p) + "\n"


# --- HTML ---------------------------------------------------------------------------------


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


class _HtmlInline(_Inline):
    newline = "<br>"

    def text(self, text: str) -> str:
        return html.escape(text, quote=False)

    def code(self, text: str) -> str:
        return html.escape(text, quote=False)

    def open(self, level: int, marks: _Marks) -> str:
        if level == 0:
            return f'<a href="{_attr(marks.href or "")}">'
        return ("", "<strong>", "<em>", "<code>")[level]

    def close(self, level: int, marks: _Marks) -> str:
        return ("</a>", "</strong>", "</em>", "</code>")[level]


_HTML = _HtmlInline()


def _html_inlines(block: Block, opts: Options, strong: bool = True) -> str:
    if block.inlines:
        return _HTML.render(block.inlines, opts, strong)
    lines = (html.escape(" ".join(line.split()), quote=False) for line in block.text.split("\n"))
    return "<br>".join(line for line in lines if line)


def _html_blocks(blocks: Iterable[Block], opts: Options) -> str:
    return "\n".join(filter(None, (block_html(b, opts) for b in blocks)))


def _html_flow(blocks: Sequence[Block], opts: Options) -> str:
    """Content of a list item or a cell: a lone paragraph inline, anything else as blocks."""
    if len(blocks) == 1 and blocks[0].kind == "paragraph":
        return _html_inlines(blocks[0], opts)
    return _html_blocks(blocks, opts)


def _html_list(block: Block, opts: Options) -> str:
    body = [
        f"<li{_html_value(block, item)}>{inner}</li>" for item in _text_items(block)
        if (inner := _html_flow(item.blocks, opts))
    ]
    if not body:
        return ""
    if not block.ordered:
        return "<ul>\n" + "\n".join(body) + "\n</ul>"
    reversed_ = " reversed" if block.reversed else ""
    start = f' start="{block.start}"' if block.start is not None else ""
    return f"<ol{reversed_}{start}>\n" + "\n".join(body) + "\n</ol>"


def _html_value(block: Block, item: Item) -> str:
    return f' value="{item.value}"' if block.ordered and item.value is not None else ""


def _html_table(block: Block, opts: Options) -> str:
    rows = _table_rows(block)
    grid = _grid(rows)
    pairs = [(row, line) for row, line in zip(rows, grid, strict=True) if any(line)]
    if not pairs:
        return ""
    width = max(len(line) for _, line in pairs)
    head = next((i for i, (row, _) in enumerate(pairs) if not row.header), len(pairs))
    lines = []
    for row, line in pairs:
        cells = []
        for cell in [*line, *([None] * (width - len(line)))]:
            tag = "th" if row.header or (cell is not None and cell.header) else "td"
            inner = _html_flow(cell.blocks, opts) if cell is not None else ""
            cells.append(f"<{tag}>{inner}</{tag}>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    out = ["<table>"]
    if head:
        out += ["<thead>", *lines[:head], "</thead>"]
    if lines[head:]:
        out += ["<tbody>", *lines[head:], "</tbody>"]
    return "\n".join([*out, "</table>"])


def _html_figure(block: Block, opts: Options) -> str:
    if not opts.images:
        return ""
    src = safe_url(block.src, IMAGE_SCHEMES)
    image = f'<img src="{_attr(src)}" alt="{_attr(block.alt or "")}">' if src else ""
    caption = _html_inlines(block, opts) if block.inlines else ""
    if not image and not caption:
        return ""
    return (
        "<figure>" + image + (f"<figcaption>{caption}</figcaption>" if caption else "")
        + "</figure>"
    )


def block_html(block: Block, opts: Options | None = None) -> str:
    """One block as HTML of structural tags only."""
    opts = opts or Options()
    kind = block.kind
    if kind == "heading":
        level = min(max(block.level or 2, 1), 6)
        inner = _html_inlines(block, opts, strong=False)
        return f"<h{level}>{inner}</h{level}>" if inner else ""
    if kind == "list":
        return _html_list(block, opts)
    if kind == "table":
        return _html_table(block, opts)
    if kind == "code":
        text = block.text.strip("\n")
        return f"<pre><code>{html.escape(text, quote=False)}</code></pre>" if text.strip() else ""
    if kind == "quote":
        inner = _html_blocks(block.blocks, opts) if block.blocks else (
            f"<p>{_html_inlines(block, opts)}</p>" if block.text else ""
        )
        return f"<blockquote>\n{inner}\n</blockquote>" if inner else ""
    if kind == "figure":
        return _html_figure(block, opts)
    inner = _html_inlines(block, opts)
    return f"<p>{inner}</p>" if inner else ""


def to_html(
    blocks: Iterable[Block], title: str | None = None, opts: Options | None = None
) -> str:
    """A body as an HTML fragment, with `title` as its `<h1>` when given."""
    opts = opts or Options()
    parts = [f"<h1>{html.escape(title, quote=False)}</h1>"] if title else []
    parts.extend(block_html(b, opts) for b in blocks)
    return "\n".join(p for p in parts if p) + "\n"
