"""The public data model: what `newsclean.extract` returns.

Pydantic v2 models with explicit types; validators normalise at the boundary so every
consumer sees the same shapes (trimmed strings, timezone-aware datetimes, no duplicates).
Rendering (Markdown, HTML) is `newsclean.render`'s, which reads these parts by their shape.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Any, ClassVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    computed_field,
    field_validator,
    model_serializer,
    model_validator,
)

from newsclean.render import Options, block_markdown, to_html, to_markdown
from newsclean.stoplists import word_count


class BlockKind(StrEnum):
    """The structural role of a block of article text."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST = "list"
    QUOTE = "quote"
    TABLE = "table"
    CODE = "code"
    FIGURE = "figure"


class PageType(StrEnum):
    """What kind of page it is: WCXB's seven page types (see `newsclean.pagetype`)."""

    ARTICLE = "article"
    FORUM = "forum"
    PRODUCT = "product"
    COLLECTION = "collection"
    LISTING = "listing"
    DOCUMENTATION = "documentation"
    SERVICE = "service"


class _Part(BaseModel):
    """Base of the block model's parts: frozen, and serialised without the structure fields
    a part does not use (a paragraph's JSON has no empty `rows`), so JSON stays small."""

    model_config = ConfigDict(frozen=True)

    @model_serializer(mode="wrap")
    def _compact(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict):
            fields = type(self).model_fields
            for name in self._OPTIONAL:
                value, default = data.get(name), fields[name].default
                if name in data and (
                    value in ([], ()) or (type(value) is type(default) and value == default)
                ):
                    del data[name]
        return data

    _OPTIONAL: ClassVar[tuple[str, ...]] = ()


class Inline(_Part):
    """A run of text inside a block with its marks: a link target, bold, italic, code.

    A line break (`<br>`) is a run whose text is a single newline. `href` is an absolute
    URL (resolved against the page's URL) of a safe scheme; unsafe links keep only their text.
    """

    text: str
    href: str | None = None
    strong: bool = False
    emphasis: bool = False
    code: bool = False

    _OPTIONAL = ("href", "strong", "emphasis", "code")

    @property
    def is_break(self) -> bool:
        return self.text == "\n"


class ListItem(_Part):
    """One item of a list: its paragraphs, and the lists nested in it, in order."""

    blocks: tuple[Block, ...] = ()
    value: int | None = Field(
        default=None,
        description="The number an ordered list's item has where the page sets it "
                    "(`<li value>`); the items after it count on from it.",
    )

    _OPTIONAL = ("value",)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks if b.text)


class TableCell(_Part):
    """One cell as the page wrote it; the grid a span covers is filled by the renderers."""

    blocks: tuple[Block, ...] = ()
    header: bool = False
    colspan: int = Field(default=1, ge=1)
    rowspan: int = Field(default=1, ge=1)

    _OPTIONAL = ("header", "colspan", "rowspan")

    @property
    def text(self) -> str:
        """The cell's text on one line (its line breaks and blocks joined by spaces)."""
        return " ".join(" ".join(b.text for b in self.blocks if b.text).split())


class TableRow(_Part):
    cells: tuple[TableCell, ...] = ()
    header: bool = False
    """A row of the table's head (`<thead>`, or only `<th>` cells)."""

    _OPTIONAL = ("header",)


class Block(_Part):
    """One unit of the article body, in document order.

    `kind`, `text` and `level` are all a consumer of plain text needs: `text` is the block's
    plain text (a list keeps its items on separate lines; a table keeps one row per line
    with cells separated by " | "; a paragraph's line breaks are newlines; a figure has
    none). The structure behind it, where the extractor knows it, is in the other fields:
    `inlines` (the runs of a paragraph or heading, or a figure's caption), `items`,
    `ordered`, `start` and `reversed` (a list), `rows` (a table), `blocks` (a quote's content),
    `language` (a code block's, where the page names it), `src` and `alt` (a figure's
    image). A paragraph with nothing marked has no `inlines`: its text is its one run. A
    block built from text alone (as third-party plug-ins may) renders from its text.
    """

    kind: BlockKind = BlockKind.PARAGRAPH
    text: str = ""
    level: int | None = Field(default=None, description="Heading level 1-6, for headings.")
    inlines: tuple[Inline, ...] = ()
    items: tuple[ListItem, ...] = ()
    ordered: bool = False
    start: int | None = Field(
        default=None,
        description="The number of an ordered list's first item where it is not the "
                    "default, 1 (a reversed list's: its number of items) (`<ol start>`: a "
                    "list the page breaks in two, a countdown's part).",
    )
    reversed: bool = Field(
        default=False,
        description="An ordered list that counts down (`<ol reversed>`: a countdown).",
    )
    rows: tuple[TableRow, ...] = ()
    blocks: tuple[Block, ...] = ()
    language: str | None = None
    src: str | None = None
    alt: str | None = None

    _OPTIONAL = (
        "inlines", "items", "ordered", "start", "reversed", "rows", "blocks", "language",
        "src", "alt",
    )

    @model_validator(mode="after")
    def _derive_text(self) -> Block:
        """A block given structure but no text gets the plain text of its structure."""
        if not self.text and self.kind is not BlockKind.FIGURE:
            text = plain_text(self)
            if text:
                object.__setattr__(self, "text", text)
        return self

    @property
    def structured(self) -> bool:
        """True when the block carries structure beyond its plain text."""
        return bool(self.inlines or self.items or self.rows or self.blocks or self.src)

    def with_text(self, text: str) -> Block:
        """This block cut to `text`, a part of its text (normalisation takes a dateline
        off the start of a paragraph, a credit off its end): the runs of that part keep
        their links and marks. Any other text gives a plain block of the same kind."""
        if not text:
            start = -1
        elif self.text.startswith(text):
            start = 0
        elif self.text.endswith(text):
            start = len(self.text) - len(text)
        else:
            start = self.text.find(text)
        joined = "".join(i.text for i in self.inlines)
        if start < 0 or not self.inlines or joined != self.text:
            return Block(kind=self.kind, text=text, level=self.level)
        end, pos = start + len(text), 0
        runs: list[Inline] = []
        for run in self.inlines:
            lo, hi = max(start, pos), min(end, pos + len(run.text))
            if lo < hi:
                runs.append(run.model_copy(update={"text": run.text[lo - pos : hi - pos]}))
            pos += len(run.text)
        return self.model_copy(update={"text": text, "inlines": tuple(runs)})

    def to_markdown(self) -> str:
        """Render this block as Markdown (see `newsclean.render`)."""
        return block_markdown(self)


def inline_text(inlines: Sequence[Inline]) -> str:
    """The plain text of runs: single spaces, line breaks as newlines, no empty lines."""
    lines = "".join(i.text for i in inlines).split("\n")
    return "\n".join(line for line in (" ".join(x.split()) for x in lines) if line)


def plain_text(block: Block) -> str:
    """The plain text of a block's structure, by the conventions of `Block.text`."""
    kind = block.kind
    if kind is BlockKind.FIGURE:
        return ""
    if block.inlines:
        return inline_text(block.inlines)
    if block.items:
        return "\n".join(t for t in (item.text for item in block.items) if t)
    if block.rows:
        rows = (" | ".join(c.text for c in row.cells) for row in block.rows)
        return "\n".join(r for r in rows if r.strip(" |"))
    if block.blocks:
        return "\n\n".join(b.text for b in block.blocks if b.text)
    return block.text


class Image(BaseModel):
    """An image of the article, with the caption and credit taken out of the text."""

    url: str | None = None
    caption: str | None = None
    credit: str | None = None


class Dateline(BaseModel):
    """A wire dateline such as ``NEW YORK, April 8 (Reuters) -``.

    `date` is the raw date text of the dateline ("April 8"); datelines rarely carry a year,
    so it is not turned into a datetime.
    """

    raw: str
    locations: list[str] = Field(default_factory=list)
    agency: str | None = None
    date: str | None = None


class Credit(BaseModel):
    """One role of a credit line: ``Editing by Guy Faulconbridge/Andrew Osborn``.

    `role` is one lower-case word or phrase from a documented set (see
    `newsclean.normalize.credits.ROLES`). `places` runs parallel to `names` ("in Moscow",
    "" where a name has none) or is empty; `raw` is the credit line as on the page, shared
    by the roles read from it.
    """

    role: str
    names: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    raw: str | None = None


BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Bidirectional marks (LRM, RLM, ALM), embeddings, overrides and isolates: invisible, and
at the ends of a metadata value (a name or a title typed into a right-to-left form)
nothing but noise that keeps "\u200fדנה כהן" from equalling "דנה כהן". Inside text they
order its runs, and stay."""


def _clean(value: str | None) -> str | None:
    """Whitespace collapsed, and bidirectional marks trimmed from the ends (`BIDI_MARKS`)."""
    if value is None:
        return None
    value = " ".join(value.split()).strip(BIDI_MARKS + " ")
    return value or None


class Article(BaseModel):
    """A cleaned article: body text, structure and normalised metadata."""

    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    authors: list[str] = Field(default_factory=list, description="People only.")
    author_organizations: list[str] = Field(
        default_factory=list,
        description="Where the page names no person as its author: the desk, team, wire "
        "service or site its markup declares as the author, else the desk or team its "
        "printed byline credits, as written (\"BR24 Redaktion\").",
    )
    published: datetime | date | None = Field(
        default=None,
        description="Publication time; timezone-aware where the page gives a zone. A page "
        "that gives only a day yields a date (no time, zone unknown).",
    )
    modified: datetime | date | None = Field(
        default=None, description="Last modification; same conventions as `published`."
    )
    site_name: str | None = None
    language: str | None = Field(default=None, description="BCP 47 language tag.")
    description: str | None = None
    image: str | None = None
    images: list[Image] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list, description="Keywords of the article.")
    categories: list[str] = Field(
        default_factory=list, description="Sections of the site the article is filed under."
    )
    agency: str | None = Field(default=None, description="The wire service behind the story.")
    dateline: Dateline | None = None
    credits: list[Credit] = Field(default_factory=list)
    text: str = ""
    blocks: list[Block] = Field(default_factory=list)
    extractor: str | None = Field(default=None, description="The plug-in that produced the body.")
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    page_type: PageType = Field(
        default=PageType.ARTICLE,
        description="What kind of page it is (WCXB's seven types): an article, a forum "
        "thread, a product, a collection of products, a listing of links to other pages, "
        "documentation, or a service's offer.",
    )
    page_type_score: float = Field(
        default=0.0, ge=0.0, le=1.0,
        description="How sure `page_type` is, 0-1; low on pages that give little to go by.",
    )

    @field_validator(
        "title", "site_name", "description", "agency", "url", "canonical_url", "image",
        mode="before",
    )
    @classmethod
    def _strip(cls, value: Any) -> Any:
        return _clean(value) if isinstance(value, str) else value

    @field_validator("authors", "author_organizations", "tags", "categories", mode="before")
    @classmethod
    def _unique(cls, value: Any) -> Any:
        if not isinstance(value, list):
            return value
        seen: dict[str, str] = {}
        for item in value:
            cleaned = _clean(item) if isinstance(item, str) else None
            if cleaned and cleaned.casefold() not in seen:
                seen[cleaned.casefold()] = cleaned
        return list(seen.values())

    @computed_field  # type: ignore[prop-decorator]
    @property
    def word_count(self) -> int:
        """Words of `text`, paragraph by paragraph: space-separated tokens, or in a paragraph
        written without spaces (Chinese, Japanese, Thai) one word per two characters
        (`stoplists.word_count`, as the extractors count them)."""
        return sum(word_count(part) for part in self.text.split("\n\n"))

    @computed_field  # type: ignore[prop-decorator]
    @property
    def excerpt(self) -> str | None:
        """A summary to show with the title: the page's `description`, else the body's
        first paragraph (Readability's excerpt), since many pages declare none."""
        if self.description:
            return self.description
        return next((b.text for b in self.blocks if b.kind is BlockKind.PARAGRAPH), None)

    def to_text(self) -> str:
        """The body as plain text: paragraphs separated by a blank line."""
        return self.text

    def to_markdown(
        self, title: bool = True, links: bool = True, formatting: bool = True,
        images: bool = False,
    ) -> str:
        """The article as Markdown (CommonMark, GFM tables): the title as a first-level
        heading (`title=False` leaves it out), then the body. `links=False` keeps link
        texts without their targets, `formatting=False` drops bold, italic and inline code,
        `images=True` adds the body's figures with their captions."""
        opts = Options(links=links, formatting=formatting, images=images)
        heading = self.title if title else None
        if not self.blocks and self.text:
            return to_markdown([Block(text=p) for p in self.text.split("\n\n")], heading, opts)
        return to_markdown(self.blocks, heading, opts)

    def to_html(
        self, title: bool = True, links: bool = True, formatting: bool = True,
        images: bool = False,
    ) -> str:
        """The article as an HTML fragment of structural tags only (`newsclean.render`):
        no script, style, class, event handler or unsafe URL, whatever the page held. The
        switches are those of `to_markdown`."""
        opts = Options(links=links, formatting=formatting, images=images)
        heading = self.title if title else None
        if not self.blocks and self.text:
            return to_html([Block(text=p) for p in self.text.split("\n\n")], heading, opts)
        return to_html(self.blocks, heading, opts)

    @classmethod
    def json_schema(cls) -> str:
        """The JSON Schema of the model, as an indented string."""
        return json.dumps(cls.model_json_schema(), indent=2)
