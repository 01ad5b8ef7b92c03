"""Where the `Article` is built: the chosen candidate, normalised, plus page metadata.

News normalisation (`newsclean.news`) runs here, on whatever extractor won, with
two facts read from the page: its figure captions and the link density of its blocks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from functools import cache
from typing import cast

from lxml.html import HtmlElement

from newsclean.blocks import TextBlock, document_blocks
from newsclean.document import Document
from newsclean.extractors.base import Candidate
from newsclean.extractors.galleries import CAPTION_MIN_WORDS, captions_are_text
from newsclean.extractors.siblings import item_titles
from newsclean.metadata import Metadata
from newsclean.metadata.authors import ROLE_SUFFIX
from newsclean.metadata.dates import day_of
from newsclean.metadata.leadimage import body_lead_image
from newsclean.metadata.pagedate import MAX_LINE_CHARS, Order, line_day, numeric_order
from newsclean.metadata.relative import parse_relative
from newsclean.metadata.sources import page_of
from newsclean.model import Article, Block, BlockKind, Image
from newsclean.news import NewsParts, Removal, normalize_news
from newsclean.normalize.captions import (
    caption_keys,
    figure_images,
    is_caption_element,
    normalized,
    normalized_all,
)
from newsclean.normalize.clutter import LISTED_LINKS
from newsclean.render import to_text
from newsclean.repeats import page_groups
from newsclean.spacing import page_fields, spaced_blocks

REGION_TAGS = frozenset({"article", "main"})
"""Elements that bound one story: figures inside the body's one belong to the story."""
REGION_DEPTH = 6
"""How far above the body's container an `article`/`main` element is looked for."""

_SEGMENT_KEY = "newsclean.assemble.segment"


def _page_blocks(
    doc: Document,
) -> tuple[dict[str, TextBlock], dict[tuple[str, BlockKind], TextBlock]]:
    """The page's own text blocks by normalised text (first occurrence), and by text and
    kind (first occurrence of that kind), computed once. A heading printed again as a link
    in the page's contents is found as the heading it is."""
    cached = doc.cache.get(_SEGMENT_KEY)
    if isinstance(cached, tuple):
        return cast(tuple[dict[str, TextBlock], dict[tuple[str, BlockKind], TextBlock]], cached)
    blocks = document_blocks(doc)
    table: dict[str, TextBlock] = {}
    by_kind: dict[tuple[str, BlockKind], TextBlock] = {}
    for key, tb in zip(normalized_all([tb.text for tb in blocks]), blocks, strict=True):
        table.setdefault(key, tb)
        by_kind.setdefault((key, tb.kind), tb)
    doc.cache[_SEGMENT_KEY] = (table, by_kind)
    return table, by_kind


def _chain_up(el: HtmlElement) -> list[HtmlElement]:
    return [el, *el.iterancestors()]


def _first_on_page(
    body: Iterable[Block], page: dict[str, TextBlock], key: Callable[[str], str]
) -> TextBlock | None:
    """The page block of the first of `body` found on the page, looking no further."""
    return next((page[k] for k in (key(b.text) for b in body) if k in page), None)


def _story_region(
    body: list[Block], page: dict[str, TextBlock], key: Callable[[str], str]
) -> HtmlElement | None:
    """The element that holds the story: around the body's first and last page blocks
    (each found from its own end, without looking up the blocks between)."""
    head = _first_on_page(body, page, key)
    tail = _first_on_page(reversed(body), page, key)
    if head is None or tail is None:
        return None
    first, last = _chain_up(head.element), set(_chain_up(tail.element))
    common = next((el for el in first if el in last), None)
    if common is None:
        return None
    for depth, el in enumerate(_chain_up(common)):
        if depth > REGION_DEPTH:
            break
        if el.tag in REGION_TAGS:
            return el
    parent = common.getparent()
    return parent if parent is not None else common


def _images(
    page: dict[str, TextBlock],
    figures: list[tuple[HtmlElement, Image]],
    body: list[Block],
    removed: set[str],
    loose: list[Image],
    given: list[Image],
    key: Callable[[str], str],
) -> list[Image]:
    """The story's figures (inside its region, or whose caption left the body), then loose
    captions found only in the text; the extractor's own images first."""
    region = _story_region(body, page, key)
    images: list[Image] = list(given)
    for figure, image in figures:
        inside = region is not None and (figure is region or region in figure.iterancestors())
        if inside or key(image.caption or "") in removed:
            images.append(image)
    images.extend(loose)
    seen: set[tuple[str | None, str | None]] = set()
    unique: list[Image] = []
    for image in images:
        found = (image.url, key(image.caption or ""))
        if found not in seen:
            seen.add(found)
            unique.append(image)
    return unique


def _text_keys(body: list[str]) -> Callable[[str], str]:
    """`captions.normalized` for one call: each text normalised once, the body's texts in
    one pass (`normalized_all`), since normalisation and the figures ask about them again."""
    known = dict(zip(body, normalized_all(body), strict=True))

    def key(text: str) -> str:
        found = known.get(text)
        if found is None:
            found = known[text] = normalized(text)
        return found

    return key


def _caption_blocks(page: dict[str, TextBlock], keys: Iterable[str]) -> set[str]:
    """Those of `keys` whose page block is a caption element. Normalisation only asks about
    the body's own texts, so the rest of the page's blocks are never examined."""
    return {k for k in keys if (tb := page.get(k)) is not None and is_caption_element(tb.element)}


def _gallery_less(captions: set[str], page: dict[str, TextBlock], keys: list[str]) -> set[str]:
    """The body's caption blocks, less its captions of prose where these hold more words
    than the rest of its prose (`galleries.captions_are_text`): a slideshow's or a photo
    page's captions are its text, not figures beside it; its photo credits still leave."""
    if not captions:
        return captions
    words = {k: tb.words for k in keys if (tb := page.get(k)) is not None}
    prose = {k for k in captions if words.get(k, 0) >= CAPTION_MIN_WORDS}
    other = sum(w for k, w in words.items() if k not in captions)
    if prose and captions_are_text(sum(words[k] for k in prose), other):
        return captions - prose
    return captions


def _without_figures(blocks: Sequence[Block]) -> tuple[list[Block], list[tuple[int, Block]]]:
    """The text blocks, which normalisation reads, and the figures among them, each with
    the index of the text block it precedes (figures have no text to normalise)."""
    body: list[Block] = []
    figures: list[tuple[int, Block]] = []
    for block in blocks:
        if block.kind is BlockKind.FIGURE:
            figures.append((len(body), block))
        else:
            body.append(block)
    return body, figures


def _with_figures(
    normalised: list[Block], body: list[Block], figures: list[tuple[int, Block]]
) -> list[Block]:
    """The normalised blocks with the figures back before the block each preceded (or the
    next block that normalisation left; a block it shortened still counts as that block)."""
    if not figures:
        return normalised
    origin: list[int] = []  # index in `body` of each normalised block
    j = 0
    for block in normalised:
        while j < len(body) and body[j] is not block and block.text not in body[j].text:
            j += 1
        origin.append(j)
        j += 1
    out: list[Block] = []
    pending = list(figures)
    for block, index in zip(normalised, origin, strict=True):
        while pending and pending[0][0] <= index:
            out.append(pending.pop(0)[1])
        out.append(block)
    out.extend(figure for _, figure in pending)
    return out


def _title_key(text: str) -> str:
    """A title or line as compared for repetition: casefolded, whitespace collapsed,
    punctuation (and symbols such as "|" or "»") trimmed from both ends."""
    words = " ".join(text.casefold().split())
    start, end = 0, len(words)
    while start < end and unicodedata.category(words[start])[0] in "PSZ":
        start += 1
    while end > start and unicodedata.category(words[end - 1])[0] in "PSZ":
        end -= 1
    return words[start:end]


def _without_title(blocks: list[Block], title: str | None, parts: NewsParts) -> list[Block]:
    """The body without a first line that repeats the title: the title is `Article.title`,
    and renderers that show it (`to_markdown`) would show it twice. Only a heading or a
    one-line paragraph counts; a lede that merely starts like the title stays."""
    if not blocks or not title:
        return blocks
    first = blocks[0]
    line = first.kind is BlockKind.HEADING or (
        first.kind is BlockKind.PARAGRAPH and "\n" not in first.text
    )
    key = _title_key(title)
    if not key:
        return blocks
    if not line or _title_key(first.text) != key:
        return _later_title(blocks, key, parts)
    parts.removed.insert(0, Removal("title", first.text))
    return blocks[1:]


TITLE_REACH = 3
"""Leading blocks of the body among which the title's heading is looked for behind a
document's table of facts (a standard's identifiers: stream, number, category, authors)."""


def _later_title(blocks: list[Block], key: str, parts: NewsParts) -> list[Block]:
    """The body without the title's heading where only a table of the document's facts
    stands before it (an RFC's identifiers table above its `<h1>`): the renderers print the
    title first, and would print it twice. Not behind a list: a sidebar's menu left before
    the heading is no part of the document, and the truths keep the heading there."""
    for i, block in enumerate(blocks[1:TITLE_REACH], start=1):
        if block.kind is BlockKind.HEADING and _title_key(block.text) == key:
            if any(b.kind is not BlockKind.TABLE for b in blocks[:i]):
                return blocks
            parts.removed.insert(0, Removal("title", block.text))
            return blocks[:i] + blocks[i + 1:]
    return blocks


BYLINE_REACH = 3
"""Leading blocks of the body looked at for a byline."""
BYLINE_OTHER_WORDS = 5
"""Words a byline may hold beside the authors' names and numbers ("By", "and", an agency,
"Updated", a month): a sentence that names the author holds more."""
_WORD = re.compile(r"\w+")


def is_byline(text: str, authors: Sequence[str]) -> bool:
    """A short line that names the article's authors and little else ("By Jane Doe",
    "Jane Doe and Li Wei, Reuters | 3 min read"): the byline, which `Article.authors`
    already holds. Any language: the names come from the page's metadata, not a word list;
    a job title written onto the name ("山田太郎記者") is cut as the author reader cuts it."""
    words = _WORD.findall(ROLE_SUFFIX.sub("", text.strip()).casefold())
    if not words or len(words) > 4 * BYLINE_OTHER_WORDS:
        return False
    present = set(words)
    named: set[str] = set()
    for author in authors:
        tokens = _WORD.findall(author.casefold())
        if tokens and all(t in present for t in tokens):
            named.update(tokens)
    other = [w for w in words if w not in named and not w.isdigit()]
    return bool(named) and len(other) <= BYLINE_OTHER_WORDS


def _without_byline(
    blocks: list[Block], authors: Sequence[str], parts: NewsParts
) -> list[Block]:
    """The body without the byline among its first `BYLINE_REACH` blocks (a line the learned
    scorer keeps beside the title: it sits in the article's header with the text)."""
    if not authors:
        return blocks
    for i, block in enumerate(blocks[:BYLINE_REACH]):
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and is_byline(
            block.text, authors
        ):
            parts.removed.insert(0, Removal("byline", block.text))
            blocks = blocks[:i] + blocks[i + 1 :]
            break
    if len(blocks) > 1 and blocks[-1].kind is BlockKind.PARAGRAPH and is_byline(
        blocks[-1].text, authors
    ):  # the sign-off closing the story ("김민수 기자 kim@example.co.kr", "— Jane Doe")
        parts.removed.append(Removal("byline", blocks[-1].text))
        blocks = blocks[:-1]
    return blocks


DATE_LINE_OTHER_WORDS = 4
"""Words a date line may hold beside its numbers ("Last updated:", "Stand: … Uhr", a month's
name): a sentence that gives a date holds more."""


def _date_line_day(
    text: str, now: datetime, month_first: Order, fetched: datetime | None = None
) -> date | None:
    """The day a one-line block of a date and a few words gives ("Updated: 22:05, 22 Apr
    2024", "Stand: 22.04.2024, 06:00 Uhr"; with `fetched`, "vor 3 Stunden"), else None."""
    if len(text) > MAX_LINE_CHARS or "\n" in text:
        return None
    others = [w for w in _WORD.findall(text) if not w.isdigit()]
    if len(others) > DATE_LINE_OTHER_WORDS:
        return None
    day = line_day(text, now, month_first)
    if day is None and fetched is not None and (relative := parse_relative(text, fetched)):
        return day_of(relative)
    return day


def _without_date_line(
    blocks: list[Block], meta: Metadata, doc: Document, parts: NewsParts
) -> list[Block]:
    """The body without the date line among its first `BYLINE_REACH` blocks: a line that
    gives the day `Article.published` or `modified` holds and little else, printed in the
    article's header with the byline. Not where another block of the body is a date line
    too: a thread's or a list's dated items, which are its content."""
    days = {day_of(d) for d in (meta.published, meta.modified) if d is not None}
    if not days:
        return blocks
    now = meta.fetched or datetime.now(UTC)
    first = numeric_order(page_of(doc))
    found: list[tuple[int, date]] = []
    for i, b in enumerate(blocks):
        if b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING):
            day = _date_line_day(b.text, now, first, meta.fetched)
            if day is not None:
                found.append((i, day))
                if len(found) > 1:  # dated items: no block is the date line
                    return blocks
    if not found or found[0][0] >= BYLINE_REACH or found[0][1] not in days:
        return blocks
    i = found[0][0]
    parts.removed.insert(0, Removal("date", blocks[i].text))
    return blocks[:i] + blocks[i + 1 :]


LISTED_BODY_SHARE = 0.5
"""Share of the body's blocks a repeated group's items must hold for the body to be that
list: a related-posts grid at the end of a story holds few of them, and its titles at the
body's edge stay stray links."""


def _listed_titles(doc: Document, body: list[str], key: Callable[[str], str]) -> set[str]:
    """Keys of the body's blocks that title the items of a repeated group, where the body
    is that list: more than `LISTED_LINKS` of the group's titles in it, and its items
    holding `LISTED_BODY_SHARE` of the body's blocks. Then the first and last titles are
    items like the others, not stray links at its edges, however the items' other lines
    were kept."""
    found: set[str] = set()
    keys = set(body)
    for titles, blocks in item_titles(page_groups(doc)):
        listed = {key(b.text) for b in titles} & keys
        inside = {key(b.text) for b in blocks}
        if len(listed) > LISTED_LINKS and (
            sum(k in inside for k in body) >= LISTED_BODY_SHARE * len(body)
        ):
            found |= listed
    return found


def assemble(
    doc: Document, candidate: Candidate, meta: Metadata, *, strip_wire: bool = True
) -> Article:
    """Combine the body candidate and the metadata into the public `Article`.

    With `strip_wire` the dateline, credit lines and agency trailers leave the text; they
    are parsed into their fields either way. Promo clutter and captions always leave it.
    """
    return assemble_traced(doc, candidate, meta, strip_wire=strip_wire)[0]


def assemble_traced(
    doc: Document, candidate: Candidate, meta: Metadata, *, strip_wire: bool = True
) -> tuple[Article, NewsParts]:
    """`assemble`, also returning the normalisation record (`NewsParts.removed` lists what
    left the text), for the explain view."""
    page, by_kind = _page_blocks(doc)
    figures = figure_images(page_of(doc).tagged("figure"), doc.base)
    body, anchored = _without_figures(candidate.blocks)
    key = _text_keys([b.text for b in body])

    def link_density(block: Block) -> float | None:
        k = key(block.text)
        tb = by_kind.get((k, block.kind)) or page.get(k)
        return tb.link_density if tb is not None else None

    body_keys = [key(b.text) for b in body]
    captions = caption_keys(figures) | _gallery_less(_caption_blocks(page, body_keys), page,
                                                     body_keys)
    titles = cache(lambda: _listed_titles(doc, body_keys, key))  # asked of stray links only
    parts = normalize_news(
        body,
        page_captions=captions,
        link_density=link_density,
        metadata_agency=meta.agency,
        strip_wire=strip_wire,
        caption_key=key,
        item_title=lambda block: key(block.text) in titles(),
    )
    parts.blocks = _without_title(parts.blocks, meta.title, parts)
    parts.blocks = _without_byline(parts.blocks, meta.authors, parts)
    parts.blocks = _without_date_line(parts.blocks, meta, doc, parts)
    blocks = _with_figures(parts.blocks, body, anchored)
    images = _images(
        page, figures, blocks, parts.removed_captions, parts.captions, list(candidate.images), key
    )
    spaced = spaced_blocks(blocks, page_fields(doc))
    article = Article(
        url=doc.url,
        canonical_url=meta.canonical_url,
        title=meta.title,
        authors=meta.authors or parts.authors,
        author_organizations=meta.author_organizations,
        published=meta.published,
        modified=meta.modified,
        site_name=meta.site_name,
        language=meta.language,
        description=meta.description,
        image=meta.image or body_lead_image(blocks, page_of(doc), doc.base),
        images=images,
        tags=meta.tags,
        categories=meta.categories,
        agency=parts.agency,
        dateline=parts.dateline,
        credits=parts.credits,
        text=to_text(spaced),
        blocks=spaced,
        extractor=candidate.extractor,
        confidence=max(0.0, min(1.0, candidate.confidence)),
    )
    return article, parts
