"""What a page declares it offers, and the blocks that repeat it.

A shop's or a firm's page repeats, for search engines, the text it shows: the schema.org
`description` of the product, service, course or application it is about, and its
customers' reviews (`Review`, `reviewBody`). A block that repeats the description is the
page's own text wherever the template put it: beside the buy box, in a tab, outside the
container that the prose of its reviews draws. A kept block that repeats a customer's
review is not: a product's main content is its name, price, description and
specifications. Reviews count as customers' only on a page that declares no article (a
"best of" guide or a critic's page declares its own text as `Review`s of products, and it
is the main content) and when they have at least two authors. An article's declared
description is its standfirst, which the truth of news sets often leaves out, and a site's
`<meta>` description says the same: neither counts. The signals hold in any language and on
any site; nothing here names one. `declared_additions` and `review_copies` correct
density's keep decisions with them, after its scorer (`DensityParams.declared_text`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsclean.document import Document
from newsclean.extractors.embedded import shingles
from newsclean.metadata.jsonld import ARTICLE_TYPES, types
from newsclean.metadata.sources import page_of
from newsclean.model import BlockKind
from newsclean.pagetype import CURRENCY

if TYPE_CHECKING:
    from newsclean.blocks import TextBlock

_WORD = re.compile(r"\w+")
OFFER_TYPES = frozenset({
    "product", "productgroup", "individualproduct", "productmodel", "offer", "aggregateoffer",
    "service", "financialproduct", "softwareapplication", "webapplication",
    "mobileapplication", "course", "event", "vehicle", "car", "book", "accommodation",
    "trip", "menuitem",
})
"""schema.org types of what a page offers: their `description` is the page's own text."""
MIN_DECLARED_WORDS = 8
"""Words a declared text needs to count, and a block before its share in them counts:
shorter ones (a name, a tagline, a short line) match by chance."""
MAX_DEPTH = 4
"""Levels of nested JSON-LD objects read (a product's offers, its reviews)."""
REVIEW_TYPES = frozenset({"review"})
"""Customers' text. Not `Comment`: a thread's comments are its main content."""
MIN_REVIEW_AUTHORS = 2
"""Distinct authors of declared reviews from which they are customers' (one author is the
publisher or its critic)."""
SAMPLE = 600
"""Characters of a block read for its shares: a long block's start tells whose text it is."""


@dataclass(frozen=True)
class Declared:
    """The word trigrams of what a page declares: the description of what it offers, and
    its customers' reviews; the names of the products it offers and their prices (in
    cents), which its buy box prints."""

    body: frozenset[str] = frozenset()
    reviews: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    prices: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.body or self.reviews or (self.names and self.prices))


def _strings(obj: dict[str, Any], keys: Sequence[str]) -> Iterator[str]:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str):
            yield value


def _objects(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD value, nested ones too (a product's `review` list)."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            yield from _objects(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        for item in value.values():
            if isinstance(item, list | dict):
                yield from _objects(item, depth + 1)


def _grams(texts: Iterator[str]) -> frozenset[str]:
    out: set[str] = set()
    for text in texts:
        if len(_WORD.findall(text)) >= MIN_DECLARED_WORDS:
            out |= shingles(text, by_chars=False)
    return frozenset(out)


def _author(review: dict[str, Any]) -> str:
    author = review.get("author")
    if isinstance(author, dict):
        author = author.get("name")
    return str(author)


def declared(doc: Document) -> Declared:
    """What the page's JSON-LD declares: the `description`s of what it offers, and its
    reviews when they are customers' (no article declared, several authors)."""
    objects = list(_objects(page_of(doc).jsonld.objects))
    offers = [o for o in objects if types(o) & OFFER_TYPES]
    reviews = [o for o in objects if types(o) & REVIEW_TYPES or "reviewBody" in o]
    article = any(types(o) & (ARTICLE_TYPES - REVIEW_TYPES) for o in objects)
    if article or len({_author(r) for r in reviews}) < MIN_REVIEW_AUTHORS:
        reviews = []
    products = [o for o in offers if types(o) & PRODUCT_TYPES]
    return Declared(
        _grams(t for o in offers for t in _strings(o, ("description",))),
        _grams(t for o in reviews for t in _strings(o, ("reviewBody", "description", "text"))),
        frozenset(_folded(t) for o in products for t in _strings(o, ("name",))),
        frozenset(c for o in products for c in _declared_prices(o)),
    )


PRODUCT_TYPES = frozenset({"product", "productgroup", "individualproduct", "productmodel"})
"""Types whose page shows a buy box: the product's name as its heading, then its price."""
PRICE_KEYS = ("price", "lowPrice", "highPrice")
MAX_PRODUCTS = 2
"""Products a page may declare and still be one product's page (more: a grid of cards)."""
BUY_BOX_BLOCKS = 8
"""Blocks after the name's heading in which its price is looked for."""
PRICE_MAX_WORDS = 8
MAX_PRICE = 1e15
"""Words of a block that prints the price (the amount, a currency, "was", "save ...")."""
_AMOUNT = re.compile(r"\d(?:[\d.,'\u2009\u202f ]*\d)?")


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _declared_prices(product: dict[str, Any]) -> Iterator[int]:
    """A product's declared prices in cents: its own and its offers' (one level down)."""
    for obj in (product, *_objects(product.get("offers"))):
        for key in PRICE_KEYS:
            value = obj.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool):
                if math.isfinite(value) and abs(value) < MAX_PRICE:  # JSON may say 1e400, NaN
                    yield round(value * 100)
            elif isinstance(value, str):
                yield from cents(value)


def cents(text: str) -> Iterator[int]:
    """The amounts printed in `text`, in cents: "1,299.99", "1.299,99", "129,95" and
    "$ 1299" alike (a last separator before one or two digits is the decimal one)."""
    for match in _AMOUNT.finditer(text[:200]):
        number = "".join(c for c in match.group() if c.isdigit() or c in ".,")
        whole, sep, frac = number.rpartition(max(".,", key=number.rfind))
        if sep and 1 <= len(frac) <= 2:
            digits = "".join(c for c in whole if c.isdigit())
            if digits:
                yield int(digits) * 100 + int(frac.ljust(2, "0"))
        else:
            yield int("".join(c for c in number if c.isdigit())) * 100


def buy_box(blocks: Sequence[TextBlock], keep: Sequence[bool], found: Declared) -> list[int]:
    """The blocks left out that are a product page's buy box: the heading that prints the
    name the page declares of its product (the first one), and the first short block after
    it that prints a declared price. A shop's main content starts with them; the scorer,
    reading a heading of a few words and a lone amount, cannot tell them from a card's."""
    if not (found.names and found.prices) or len(found.names) > MAX_PRODUCTS:
        return []
    head = next((i for i, b in enumerate(blocks)
                 if b.kind is BlockKind.HEADING and _folded(b.text) in found.names), None)
    if head is None:
        return []
    out = [head] if not keep[head] else []
    for i in range(head + 1, min(head + 1 + BUY_BOX_BLOCKS, len(blocks))):
        b = blocks[i]
        if b.words <= PRICE_MAX_WORDS and not found.prices.isdisjoint(cents(b.text)):
            if not keep[i]:
                out.append(i)
            break
    return out


def _lone_price(text: str) -> bool:
    """The whole text is one amount with its currency ("289 000 €", "4 500 ₽", "$27.99")."""
    return CURRENCY.fullmatch(" ".join(text.split())) is not None


def printed_price(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """The price a page prints under its only top heading when it declares none: the one
    block between that heading and the kept text below it that is an amount with its
    currency and nothing else, before any other heading (a card's price follows its own
    title). An ad's, a property's or a shop's price, which the scorer reads as a card's
    lone amount; one such block only, and kept text must follow it."""
    tops = [i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADING and b.heading_level == 1]
    if len(tops) != 1:
        return []
    found: list[int] = []
    for i in range(tops[0] + 1, min(tops[0] + 1 + BUY_BOX_BLOCKS, len(blocks))):
        b = blocks[i]
        if b.kind is BlockKind.HEADING or (keep[i] and not _lone_price(b.text)):
            break
        if b.words <= PRICE_MAX_WORDS and _lone_price(b.text):
            found.append(i)
    if len(found) != 1 or keep[found[0]]:
        return []
    return found if any(keep[found[0] + 1:]) else []


def shares(blocks: Sequence[TextBlock], found: Declared) -> list[tuple[float, float]]:
    """For each block, the share of its word trigrams in the declared descriptions and in
    the declared reviews (0 for a block under three words: too short to tell)."""
    if not found:
        return [(0.0, 0.0)] * len(blocks)
    out: list[tuple[float, float]] = []
    for b in blocks:
        grams = shingles(b.text[:SAMPLE], by_chars=False) if b.words >= 3 else None
        if grams:
            n = len(grams)
            out.append((len(grams & found.body) / n, len(grams & found.reviews) / n))
        else:
            out.append((0.0, 0.0))
    return out


DECLARED_SHARE = 0.6
"""Share of a block's word trigrams in the declared text from which it repeats it."""


def _repeating(b: TextBlock, share: tuple[float, float]) -> tuple[bool, bool] | None:
    """Whether a block repeats the declared description and whether it repeats a declared
    review; None for a block too short to tell or one that repeats both or neither (the
    two exclude each other, so each pass leaves the other's blocks as they are)."""
    own, review = (s >= DECLARED_SHARE for s in share)
    if b.words < MIN_DECLARED_WORDS or own == review:
        return None
    return own, review


def declared_additions(
    blocks: Sequence[TextBlock], keep: Sequence[bool], block_shares: Sequence[tuple[float, float]]
) -> list[int]:
    """The blocks left out that repeat the description the page declares of what it
    offers, from the blocks' `shares`: its own text, whatever the scorer made of where it
    sits."""
    return [
        i for i, (b, share) in enumerate(zip(blocks, block_shares, strict=True))
        if not keep[i] and (found := _repeating(b, share)) and found[0]
    ]


def review_copies(
    blocks: Sequence[TextBlock], keep: Sequence[bool], block_shares: Sequence[tuple[float, float]]
) -> list[int]:
    """The kept blocks that repeat its customers' declared reviews, from the blocks'
    `shares`: a product's main content is its own text, not what its buyers wrote."""
    return [
        i for i, (b, share) in enumerate(zip(blocks, block_shares, strict=True))
        if keep[i] and (found := _repeating(b, share)) and found[1]
    ]
