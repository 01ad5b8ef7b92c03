"""News normalisation of an extracted body: clutter and captions out, wire furniture parsed.

Pure over the body blocks plus two facts read from the page (its caption texts and each
block's link density), so it applies the same way to whichever extractor won:

1. promo clutter leaves the text (always);
2. figure captions leave the text and become `Image`s (always);
3. the dateline of the first paragraph (and a byline run into it: "By Jane Doe MOSCOW
   (Reuters) -"), credit lines and agency trailers at the end are parsed; with
   ``strip_wire`` they also leave the text.

It runs the parsers of `newsclean.normalize` and, for a byline run into the dateline,
`newsclean.metadata.bylined` (a byline is read there as bylines are anywhere), so it
stands above both, where assembly calls it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from newsclean.metadata.bylined import parse_bylined_dateline
from newsclean.model import Block, BlockKind, Credit, Dateline, Image
from newsclean.normalize.agencies import canonical_agency
from newsclean.normalize.captions import (
    is_bare_credit,
    looks_like_caption,
    normalized,
    split_credit,
)
from newsclean.normalize.clutter import clutter_flags
from newsclean.normalize.credits import parse_credit_line, split_trailing_credits
from newsclean.normalize.dateline import parse_dateline
from newsclean.normalize.text import more_words_than
from newsclean.normalize.trailers import parse_trailer, split_signoff

DATELINE_SEARCH = 5
"""Paragraphs looked at for a dateline: a title, byline or gallery label may precede it."""
MIN_STORY_WORDS = 12
"""A paragraph this long that opens without a dateline is story text (or a lead)..."""
LEADS_BEFORE_DATELINE = 1
"""...and after this many of them the search for a dateline ends: a standfirst, a summary
or an update note may stand above the dated story (the learned scorer keeps them)."""
TAIL_SEARCH = 6
"""Blocks from the end looked at for credit lines and trailers."""


@dataclass(frozen=True)
class Removal:
    """One piece of text that normalisation took out of the body, for the explain view."""

    kind: str
    """"promo", "caption", "dateline", "credit" or "trailer"; "byline" for one run into the
    dateline ("By Jane Doe MOSCOW (Reuters) -"); "title", "byline" and "date" when assembly
    drops a first line that repeats the title, names the authors or gives the publication
    day (`newsclean.assemble`)."""
    text: str
    whole_block: bool = True
    """False when only part of a block left (a dateline, an inline credit or sign-off)."""


@dataclass
class NewsParts:
    """The normalised body and the news furniture taken from it."""

    blocks: list[Block]
    dateline: Dateline | None = None
    credits: list[Credit] = field(default_factory=list)
    agency: str | None = None
    authors: list[str] = field(default_factory=list)
    """The writers named by a byline run into the dateline ("By Jane Doe MOSCOW (Reuters)
    -"): `Article.authors` where the page's metadata names none."""
    byline_agency: str | None = None
    """The agency that byline names ("By Jane Doe, Associated Press WASHINGTON —")."""
    captions: list[Image] = field(default_factory=list)
    """Captions found in the text that matched no figure of the page."""
    removed_captions: set[str] = field(default_factory=set)
    """Normalised texts of caption blocks taken out of the text."""
    removed: list[Removal] = field(default_factory=list)
    """Everything taken out of the text, in the order of the passes."""


def _cut(text: str, kept: str) -> str:
    """What a split took from the end of `text`, given the prefix `kept` it left."""
    return text.rstrip()[len(kept) :].strip()


def _replace(block: Block, text: str) -> Block:
    return block.with_text(text)


def _drop_clutter(
    blocks: list[Block], link_density: Callable[[Block], float | None], parts: NewsParts,
    item_title: Callable[[Block], bool],
) -> list[Block]:
    flags = clutter_flags([b.text for b in blocks], [link_density(b) for b in blocks],
                          lambda i: item_title(blocks[i]))
    parts.removed.extend(
        Removal("promo", b.text) for b, bad in zip(blocks, flags, strict=True) if bad
    )
    return [b for b, bad in zip(blocks, flags, strict=True) if not bad]


CREDIT_TAIL = 2
"""Last blocks where a lone agency name is left to the trailer ("AFP" closing a story
names its source: `Article.agency`); before them it is a photo's credit."""


def _drop_captions(
    blocks: list[Block],
    page_captions: Collection[str],
    caption_key: Callable[[str], str],
    parts: NewsParts,
) -> list[Block]:
    """The blocks without the figures' captions and photo credits (noted in `parts`),
    unless nothing but headings would be left: a gallery's captions are its text."""
    inside = len(blocks) - CREDIT_TAIL
    keys = [caption_key(block.text) for block in blocks]
    dropped = [
        key in page_captions or (block.kind is not BlockKind.HEADING and (
            looks_like_caption(block.text) or (i < inside and is_bare_credit(block.text))
        ))
        for i, (block, key) in enumerate(zip(blocks, keys, strict=True))
    ]
    if all(d or b.kind is BlockKind.HEADING for b, d in zip(blocks, dropped, strict=True)):
        return blocks
    kept: list[Block] = []
    for block, key, drop in zip(blocks, keys, dropped, strict=True):
        on_page = key in page_captions
        if drop:
            parts.removed_captions.add(key)
            parts.removed.append(Removal("caption", block.text))
            if not on_page:
                caption, credit = split_credit(block.text)
                parts.captions.append(Image(caption=caption or None, credit=credit))
            continue
        kept.append(block)
    return kept


def _take_dateline(blocks: list[Block], parts: NewsParts, strip: bool) -> list[Block]:
    seen = leads = 0
    for i, block in enumerate(blocks):
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        # before the dateline alone, which would read "Von Max Muster BERLIN" as one place
        bylined = parse_bylined_dateline(block.text, first=seen == 0)
        found = bylined.match if bylined else parse_dateline(block.text, first=seen == 0)
        if bylined is not None:
            parts.authors, parts.byline_agency = bylined.names, bylined.agency
            if strip:
                parts.removed.append(Removal("byline", bylined.byline, whole_block=False))
        if found is not None:
            parts.dateline = found.dateline
            if strip:
                parts.removed.append(Removal("dateline", found.dateline.raw, whole_block=False))
                blocks = [*blocks[:i], _replace(block, found.rest.strip()), *blocks[i + 1 :]]
            return blocks
        seen += 1
        leads += more_words_than(block.text, MIN_STORY_WORDS - 1)
        if seen >= DATELINE_SEARCH or leads > LEADS_BEFORE_DATELINE:
            return blocks
    return blocks


def _take_tail(
    blocks: list[Block], parts: NewsParts, strip: bool
) -> tuple[list[Block], str | None]:
    """Credit lines and trailers at the end; returns the blocks and a trailer's agency."""
    agency: str | None = None
    credits: list[list[Credit]] = []
    end = len(blocks)
    tail_at = len(parts.removed)  # removals are recorded in text order
    limit = max(0, len(blocks) - TAIL_SEARCH)
    while end > limit:
        text = blocks[end - 1].text
        trailer = parse_trailer(text)
        line = None if trailer else parse_credit_line(text, last=True)
        if trailer is None and line is None:
            break
        if trailer is not None:
            agency = agency or trailer.agency
        if line is not None:
            credits.insert(0, line)
        if strip:
            parts.removed.insert(tail_at, Removal("credit" if line else "trailer", text))
        end -= 1
    kept = blocks if not strip else blocks[:end]
    if end > 0:
        last = blocks[end - 1]
        inline = split_trailing_credits(last.text)
        if inline is not None:
            credits.insert(0, inline[1])
            if strip:
                cut = _cut(last.text, inline[0])
                parts.removed.insert(tail_at, Removal("credit", cut, whole_block=False))
                kept = [*kept[: end - 1], _replace(last, inline[0]), *kept[end:]]
        signoff = split_signoff(inline[0] if inline else last.text)
        if signoff is not None:
            agency = agency or signoff[1]
            if strip:
                cut = _cut(inline[0] if inline else last.text, signoff[0])
                parts.removed.insert(tail_at, Removal("trailer", cut, whole_block=False))
                kept = [*kept[: end - 1], _replace(last, signoff[0]), *kept[end:]]
    for line_credits in credits:
        parts.credits.extend(line_credits)
    return [b for b in kept if b.text.strip()], agency


def normalize_news(
    blocks: Sequence[Block],
    *,
    page_captions: Collection[str] = (),
    link_density: Callable[[Block], float | None] = lambda _block: None,
    metadata_agency: str | None = None,
    strip_wire: bool = True,
    caption_key: Callable[[str], str] = normalized,
    item_title: Callable[[Block], bool] = lambda _block: False,
) -> NewsParts:
    """Clean a body of clutter and captions and parse its wire furniture.

    `page_captions` holds the normalised caption texts of the page (`captions.normalized`);
    `link_density` gives a block's linked-text share when the page tells it, else None.
    `caption_key` is `captions.normalized`, or a cached equivalent shared with the caller
    (`assemble` has normalised the body's texts already). `item_title` tells the titles
    of a listing's repeated items, which are no stray links (`clutter_flags`).
    """
    parts = NewsParts(blocks=[])
    body = _drop_clutter(list(blocks), link_density, parts, item_title)
    body = _drop_captions(body, page_captions, caption_key, parts)
    body = _take_dateline(body, parts, strip_wire)
    body, trailer_agency = _take_tail(body, parts, strip_wire)
    parts.blocks = body
    dateline_agency = canonical_agency(parts.dateline.agency) if parts.dateline else None
    parts.agency = (
        dateline_agency or parts.byline_agency or metadata_agency_name(metadata_agency)
        or trailer_agency
    )
    return parts


_BYLINE_PARTS = re.compile(r"\s[-–—|/]\s|,\s|^by\s", re.IGNORECASE)


def metadata_agency_name(value: str | None) -> str | None:
    """The agency named by metadata: canonical for a listed agency, even inside a byline
    ("By Reuters", "Reuters - Reuters"); else the value as given, trimmed."""
    if not value or not value.strip():
        return None
    found = canonical_agency(value)
    if found:
        return found
    for piece in _BYLINE_PARTS.split(value.strip()):
        found = canonical_agency(piece)
        if found:
            return found
    return " ".join(value.split())
