"""The public data model: what `newsclean.extract` returns.

Pydantic v2 models with explicit types; validators normalise at the boundary so every
consumer sees the same shapes (trimmed strings, timezone-aware datetimes, no duplicates).
This module imports nothing else of newsclean's.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator


class BlockKind(StrEnum):
    """The structural role of a block of article text."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST = "list"
    QUOTE = "quote"
    TABLE = "table"
    CODE = "code"


class PageType(StrEnum):
    """What kind of page it is: WCXB's seven page types (see `newsclean.pagetype`)."""

    ARTICLE = "article"
    FORUM = "forum"
    PRODUCT = "product"
    COLLECTION = "collection"
    LISTING = "listing"
    DOCUMENTATION = "documentation"
    SERVICE = "service"


class Block(BaseModel):
    """One unit of the article body, in document order.

    A list keeps its items on separate lines of `text`; a table keeps one row per line
    with cells separated by " | ".
    """

    model_config = ConfigDict(frozen=True)

    kind: BlockKind = BlockKind.PARAGRAPH
    text: str
    level: int | None = Field(default=None, description="Heading level 1-6, for headings.")

    def to_markdown(self) -> str:
        """Render this block as Markdown."""
        if self.kind is BlockKind.HEADING:
            return "#" * min(max(self.level or 2, 1), 6) + " " + self.text
        if self.kind is BlockKind.LIST:
            return "\n".join(f"- {line}" for line in self.text.splitlines() if line.strip())
        if self.kind is BlockKind.QUOTE:
            return "\n".join(f"> {line}" for line in self.text.splitlines())
        if self.kind is BlockKind.CODE:
            return f"```\n{self.text}\n```"
        if self.kind is BlockKind.TABLE:
            rows = [line.split(" | ") for line in self.text.splitlines() if line.strip()]
            if not rows:
                return ""
            width = max(len(r) for r in rows)
            lines = ["| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in rows]
            lines.insert(1, "|" + " --- |" * width)
            return "\n".join(lines)
        return self.text


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
    `newsclean.normalize.credits.ROLES`).
    """

    role: str
    names: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


class Article(BaseModel):
    """A cleaned article: body text, structure and normalised metadata."""

    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
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

    @field_validator("authors", "tags", "categories", mode="before")
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
        """Whitespace-separated words of `text`."""
        return len(self.text.split())

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

    def to_markdown(self) -> str:
        """The article as Markdown: title, then the body blocks."""
        parts = [f"# {self.title}"] if self.title else []
        parts.extend(b.to_markdown() for b in self.blocks)
        if not self.blocks and self.text:
            parts.append(self.text)
        return "\n\n".join(p for p in parts if p) + "\n"

    @classmethod
    def json_schema(cls) -> str:
        """The JSON Schema of the model, as an indented string."""
        return json.dumps(cls.model_json_schema(), indent=2)
