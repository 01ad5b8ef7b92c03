"""What kind of page this is: WCXB's seven page types, from features of the parsed page.

`features(doc)` measures the page once (from the parsed tree, its cached JSON-LD and
`<meta>` parse, and the text blocks newsclean already computed): schema.org types, og:type,
the URL's shape, price and cart markers, repeated sibling structures, posts with authors and
times, code and documentation navigation, and how the text is spread over blocks. Counts of
class/id and URL tokens go in too, under ``cls:`` and ``url:``; the model keeps only the
tokens that were common across many sites when it was trained.

`classify(doc)` scores the features with a learned model whose weights ship in
``newsclean/data/pagetype.json`` (a multinomial logistic regression, trained by
``python -m benchmarks.pagetype train``; trees or a mean of both are read too; see
docs/pagetype.md), and returns a `Verdict`: the type and its probability; `evidence(doc)`
names the features that pushed hardest towards it. A page with almost no text and no typed
metadata gets a low score, whatever the model says.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from itertools import islice
from typing import Any, cast
from urllib.parse import SplitResult, urlsplit

import lxml.etree
from lxml.html import HtmlElement

from newsclean.blocks import TextBlock, document_blocks
from newsclean.document import PERMALINK_MARK, Document
from newsclean.metadata import jsonld
from newsclean.metadata.dates import has_written_date
from newsclean.metadata.sources import (
    COUNTED_TAGS,
    Page,
    microdata_types,
    page_address,
    page_of,
)

__all__ = [
    "Verdict", "classify", "evidence", "features", "model", "page_of",
    "with_page_type",
]
from newsclean.model import Article, BlockKind, PageType
from newsclean.repeats import Group, page_groups

# --- Signals kept as data ----------------------------------------------------------------

SCHEMA_TYPES_FILE = "schema-types.json"


def _schema_groups() -> dict[str, frozenset[str]]:
    """Each group's schema.org types, read from the vocabulary's hierarchy (the data file
    `benchmarks.schema_types` writes): a subtype nobody listed still counts in its group."""
    text = resources.files("newsclean").joinpath("data", SCHEMA_TYPES_FILE).read_text("utf-8")
    data = json.loads(text)
    groups: dict[str, set[str]] = {group: set() for group in data["roots"]}
    for name, group in data["types"].items():
        groups[group].add(name)
    return {group: frozenset(names) for group, names in groups.items()}


SCHEMA_GROUPS: dict[str, frozenset[str]] = _schema_groups()
"""schema.org types (JSON-LD `@type` or microdata `itemtype`, lower-cased) by what they say
about the page: one feature per group counts the page's objects of those types. A type's
group is that of its nearest listed ancestor in schema.org's hierarchy (a `Bakery` is a
`LocalBusiness`: service; a `DiscussionForumPosting` a forum post, not an `Article`)."""

DECLARING_GROUPS: dict[str, str] = {"service": "service"}
"""Groups of `SCHEMA_GROUPS` each of whose types, on a root item, declares a kind of page:
a `LocalBusiness` of any sort (a Bakery, a Hotel, a Plumber), a `Service`, a
`SoftwareApplication` say the page is what a business offers. Read through the hierarchy,
so that a subtype nobody listed declares too."""

DECLARED: dict[str, str] = {
    **{t: kind for group, kind in DECLARING_GROUPS.items() for t in SCHEMA_GROUPS[group]},
    "newsarticle": "article", "article": "article", "blogposting": "article",
    "reportagenewsarticle": "article", "analysisnewsarticle": "article",
    "opinionnewsarticle": "article", "liveblogposting": "article",
    "qapage": "forum", "discussionforumposting": "forum",
    "product": "product", "productgroup": "product",
    "collectionpage": "list", "searchresultspage": "list", "itemlist": "list",
    "techarticle": "documentation", "apireference": "documentation",
}
"""schema.org types that say what the page itself is when a root item (a JSON-LD object,
a `WebPage`'s `mainEntity`, a microdata item inside no other) has them, by the kind they
declare ("list": a collection or a listing; "service": `DECLARING_GROUPS`). The author's
own statement, in any language: the trained model adds a fixed weight for each kind declared
(see `DECLARED_PREFIX`)."""

SINGULAR = frozenset({"article", "product"})
"""Kinds a page is once: more than `MAX_SINGULAR` root items of one of them are a list's
items (a grid of product cards, a page of blog posts), not a declaration."""

MAX_SINGULAR = 2

DECLARED_PREFIX = "declared:"
"""Features `declared:<kind>` (1 when the page declares it). Training leaves them out of
the regression and gives each a weight from how often pages that declare it are of each
type (`benchmarks.pagetype.declared_weights`): one reading of the declaration, not two."""

CLASS_WORDS: dict[str, frozenset[str]] = {
    "forum": frozenset(
        {"post", "posts", "reply", "replies", "comment", "comments", "message", "messages",
         "thread", "threads", "topic", "topics", "avatar", "username", "user", "userinfo",
         "signature", "upvote", "downvote", "vote", "votes", "answer", "answers", "question",
         "forum", "forums", "discussion", "quote", "postbody", "postcontent", "joined",
         "member", "poster", "karma", "permalink", "op", "bbcode", "likes", "reactions"}
    ),
    "product": frozenset(
        {"price", "prices", "cart", "basket", "bag", "sku", "quantity", "qty", "variant",
         "variants", "swatch", "swatches", "wishlist", "stock", "buy", "checkout", "addtocart",
         "atc", "product", "products", "pdp", "gallery", "zoom", "thumbnail", "thumbnails",
         "rating", "ratings", "review", "reviews", "stars", "shipping", "delivery", "size",
         "sizes", "color", "colour", "option", "options", "specs", "specifications", "money"}
    ),
    "listing": frozenset(
        {"card", "cards", "tile", "tiles", "teaser", "teasers", "result", "results",
         "pagination", "pager", "paging", "grid", "feed", "river", "stream", "loop", "archive",
         "listing", "listings", "list", "item", "items", "filter", "filters", "facet",
         "facets", "sort", "sorting", "collection", "category", "categories", "plp",
         "search", "count", "more", "load", "excerpt", "summary", "thumb", "promo"}
    ),
    "documentation": frozenset(
        {"toc", "sidebar", "doc", "docs", "documentation", "highlight", "hljs", "prism",
         "code", "codeblock", "api", "admonition", "breadcrumb", "breadcrumbs", "version",
         "versions", "sphinx", "markdown", "md", "rst", "tabs", "tab", "anchor", "headerlink",
         "menu", "nav", "navigation", "chapter", "section", "sections", "note", "tip",
         "warning", "caution", "syntax", "lang", "language", "copy", "clipboard", "edit",
         "toctree", "sidenav", "prev", "next", "page", "reference", "guide"}
    ),
    "article": frozenset(
        {"article", "articles", "entry", "byline", "author", "authors", "published", "date",
         "dateline", "story", "headline", "single", "blog", "news", "lede", "lead", "kicker",
         "caption", "figcaption", "share", "social", "related", "tags", "tag", "body",
         "content", "meta", "time", "timestamp", "readtime", "newsletter", "subscribe"}
    ),
    "service": frozenset(
        {"hero", "cta", "testimonial", "testimonials", "pricing", "plan", "plans", "feature",
         "features", "contact", "form", "service", "services", "faq", "faqs", "accordion",
         "banner", "logo", "logos", "clients", "partners", "benefits", "solutions", "team",
         "quote", "demo", "trial", "signup", "button", "btn", "icon", "icons", "block",
         "columns", "column", "row", "wrapper", "elementor", "wp", "container", "widget"}
    ),
}
"""class/id words (lower-case, split at non-letters) typical of each kind of page: each group
gives one feature, its words' count on the page. English words, because class names are
written in English on sites in any language; the model also learns single tokens itself."""
URL_WORDS: dict[str, frozenset[str]] = {
    "forum": frozenset(
        {"forum", "forums", "t", "thread", "threads", "topic", "topics", "viewtopic",
         "showthread", "community", "discussion", "discussions", "discuss", "questions",
         "question", "q", "comments", "board", "boards", "r", "d", "post", "posts", "answers"}
    ),
    "product": frozenset(
        {"product", "products", "p", "dp", "item", "itm", "detail", "details", "store",
         "buy", "produkt", "produit", "producto", "prodotto", "artikel", "app", "sku",
         "listing", "pd"}
    ),
    "collection": frozenset(
        {"collections", "collection", "category", "categories", "c", "cat", "shop", "catalog",
         "catalogue", "l", "browse", "department", "departments", "s", "b", "cp",
         "kategorie", "categorie", "categoria", "sub", "bestsellers", "sale", "gift"}
    ),
    "listing": frozenset(
        {"tag", "tags", "topic", "search", "archive", "archives", "page", "news", "hub",
         "section", "sections", "list", "lists", "directory", "index", "feed", "latest",
         "author", "series", "chart", "all"}
    ),
    "documentation": frozenset(
        {"docs", "doc", "documentation", "api", "reference", "ref", "guide", "guides",
         "manual", "tutorial", "tutorials", "learn", "wiki", "support", "help", "kb",
         "book", "sdk", "handbook", "man", "howto", "en", "latest", "stable", "v", "lang",
         "userguide", "developer", "developers", "spec", "html"}
    ),
    "article": frozenset(
        {"blog", "blogs", "news", "article", "articles", "story", "stories", "post", "posts",
         "opinion", "insights", "resources", "journal", "magazine", "press", "features",
         "amp", "html", "htm"}
    ),
    "service": frozenset(
        {"services", "service", "solutions", "solution", "pricing", "features", "platform",
         "consulting", "industries", "products", "company", "about", "contact", "offer",
         "agency", "hire", "repair", "install", "installation", "free"}
    ),
}
"""Path words of each kind of page (lower-case words of the URL's path): one feature per
group counts them. Generic words in several languages, never a site's name."""

OG_TYPES = ("article", "product", "website", "profile", "video", "book", "object")
"""og:type values with a feature of their own; others count as "og:other"."""

_AMOUNT = r"\d{1,7}(?:[.,' ]\d{3}){0,3}(?:[.,]\d{1,2})?"
CURRENCY = re.compile(
    r"(?:[$€£¥₹₩₽₺₴₪฿]|US\$|R\$|\b(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN|CZK|kr|zł|Kč|"
    r"Ft|lei|руб)\b) ?" + _AMOUNT + "|" + _AMOUNT + r" ?(?:[€£¥₹₩₽₺₴₪฿$]|"
    r"\b(?:USD|EUR|GBP|CHF|kr|zł|Kč|Ft|lei|руб|грн|TL)\b)",
)
"""A price: a currency sign or ISO code next to a number, before or after it."""
NUMERIC_DATE = re.compile(r"\b(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\b")
URL_DATE = re.compile(r"/(?:19|20)\d{2}/(?:[01]?\d/)?|(?:19|20)\d{2}-[01]\d-[0-3]\d")
_WORD = re.compile(r"[a-z]{2,}")
_DIGIT = re.compile(r"\d")
MAX_CLASS_ATTRS = 20_000
"""class/id attributes read per page, a bound on huge pages (real pages hold a few thousand)."""
MAX_TOKEN_CHARS = 24
"""Longer class/URL tokens are hashes and slugs, not vocabulary."""
PROSE_WORDS = 25
"""A block of at least this many words and little link text reads as prose."""
PROSE_LINK_DENSITY = 0.3
MIN_SIGNAL_WORDS = 20
"""Below this many words of text, and with no typed metadata, the page says too little to
classify: the score is capped at `NO_SIGNAL_SCORE`."""
NO_SIGNAL_SCORE = 0.2
STRUCTURE_PREFIXES = (
    "tag:", "href:", "itemprop:", "meta:", "title:", "gen:", "body:", "cls:", "clsw:",
)
"""Features of the page's markup and metadata beyond its text (counted tags, link targets,
microdata, `<meta>`, `<title>`, class words the model knows): without any of them, nor an
address, nor a block other than a paragraph, the page is text alone (`has_structure`)."""
DATED_SURE = 0.5
"""Score from which a verdict of an undated kind stops the free-text date search (`dated`)."""
EVIDENCE = 5
"""Features shown as the evidence of a verdict."""
SAMPLE_ITEMS = 40
"""Items of a repeated group read for prices, dates and times (the first ones)."""
LABEL_WORDS = 4
"""Blocks of at most this many words are labels (buttons, menus, meta lines): their words
are features of their own, under ``txt:``."""
SHORT_CHARS = 80
"""Blocks of at most this many characters are read for prices and dates: labels, not prose."""

HREF_KINDS = {"tel": "tel:", "mailto": "mail", "fragment": "#", "javascript": "java"}
"""Kinds of link target counted, by the start of their `href` (as written, lower case): a
phone number, a mail address, an anchor in the page (a table of contents), a script."""
ITEMPROPS = (
    "price", "pricecurrency", "offers", "author", "datepublished", "articlebody", "text",
    "sku", "ratingvalue", "itemlistelement", "upvotecount", "answercount", "reviewbody",
    "brand", "headline", "name",
)
"""Microdata properties counted one by one."""
META_KEYS = (
    "article:published_time", "article:author", "product:price:amount", "og:price:amount",
    "twitter:label1", "author", "product:availability", "og:availability",
    "article:modified_time", "article:section", "article:tag",
)
"""`<meta>` keys whose presence is a feature."""


# --- Features ----------------------------------------------------------------------------


def _log(x: float) -> float:
    return math.log1p(max(0.0, x))


def _tokens(text: str) -> list[str]:
    """Lower-case words of letters only (digits split them): "col-md-6" gives col, md."""
    return [t for t in _WORD.findall(text.lower()) if len(t) <= MAX_TOKEN_CHARS]


_ASCII_WORDS = bytes.maketrans(
    bytes(range(128)),
    bytes(c if 97 <= c <= 122 else c + 32 if 65 <= c <= 90 else 32 for c in range(128)),
)
"""ASCII bytes to lower-case letters, every other byte to a space: what `_WORD` reads in
lower-cased ASCII text, as whitespace-separated words (single letters still in)."""
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _word_counts(text: str) -> Counter[str]:
    """Counts of the words `_WORD` finds in `text` lower-cased (runs of at least two
    letters a-z, of any length). ASCII text, nearly all class names and many labels, is
    split by a byte table and `split` in C, three times as fast as the regex, which reads
    the rest (lower-casing other scripts can give ASCII letters: "K", the Kelvin sign)."""
    if not text.isascii():
        return Counter(_WORD.findall(text.lower()))
    out = Counter(text.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split())
    for letter in _LETTERS:
        out.pop(letter, None)
    return out


def _token_counts(values: list[str]) -> Counter[str]:
    """Per token, how many distinct attribute values hold it (a template repeated a hundred
    times counts once, as it is one design choice)."""
    out = _word_counts(" ".join(set(values)))
    for token in [t for t in out if len(t) > MAX_TOKEN_CHARS]:
        del out[token]
    return out


Vocabulary = dict[str, tuple[str, ...]] | None
"""Per token prefix ("cls:", "url:", ...), the tokens a model reads; None: every token."""
TOKEN_PREFIXES = ("cls:", "url:", "gen:", "txt:", "title:", "body:")


def _emit(
    out: dict[str, float],
    prefix: str,
    found: Mapping[str, float],
    vocabulary: Vocabulary,
    transform: Callable[[float], float] | None = None,
) -> None:
    """Token features: those of `vocabulary` only (inference), or all of them (training)."""
    if vocabulary is None:
        items: Iterable[tuple[str, float]] = found.items()
    else:
        items = ((t, found[t]) for t in vocabulary.get(prefix, ()) if t in found)
    for token, value in items:
        out[prefix + token] = transform(value) if transform else value


def _schema_types(doc: Document, page: Page) -> Counter[str]:
    found: Counter[str] = Counter()
    for obj in page.jsonld.objects:
        found.update(jsonld.types(obj))
        for key in ("datePublished", "author", "price", "articleBody"):
            if key in obj:
                found[f"+{key.lower()}"] += 1
        for key in ("mainEntity", "offers", "aggregateRating", "itemListElement"):
            value = obj.get(key)
            for inner in value if isinstance(value, list) else [value]:
                if isinstance(inner, dict):
                    found.update(jsonld.types(inner))
    found.update(microdata_types(doc))
    return found


ROOT_ITEMTYPES = lxml.etree.XPath("//*[@itemtype][not(ancestor::*[@itemtype])]/@itemtype")
"""The `itemtype`s of the outermost microdata items. This module's queries are compiled
once: `el.xpath(str)` compiles and builds an evaluator on every call."""


def _root_types(doc: Document, page: Page) -> Iterable[set[str]]:
    """The types of each item the page states at its root (see `DECLARED`)."""
    seen: set[int] = set()
    for obj in page.jsonld.objects:
        main = obj.get("mainEntity")
        for item in (obj, *(main if isinstance(main, list) else [main])):
            if isinstance(item, dict) and id(item) not in seen:
                seen.add(id(item))
                yield jsonld.types(item)
    if not DECLARED.keys().isdisjoint(microdata_types(doc)):
        for itemtype in cast(list[str], ROOT_ITEMTYPES(doc.tree)):
            yield {jsonld.type_name(value) for value in itemtype.split()}


def _declared(doc: Document, page: Page) -> set[str]:
    """The kinds of page the root items declare (`DECLARED`, `SINGULAR`)."""
    counts: Counter[str] = Counter()
    for types in _root_types(doc, page):
        counts.update({DECLARED[t] for t in types if t in DECLARED})
    return {k for k, n in counts.items() if k not in SINGULAR or n <= MAX_SINGULAR}


def _split(url: str) -> SplitResult | None:
    """The parts of `url`; None for none, or for one `urlsplit` refuses ("http://[")."""
    try:
        return urlsplit(url) if url else None
    except ValueError:
        return None


def _url_features(url: str, out: dict[str, float], vocabulary: Vocabulary) -> None:
    parts = _split(url)
    path = parts.path if parts else ""
    segments = [s for s in path.split("/") if s]
    last = segments[-1] if segments else ""
    out["url:known"] = 1.0 if url else 0.0
    out["url:depth"] = float(len(segments))
    out["url:root"] = 1.0 if url and not segments else 0.0
    out["url:query"] = 1.0 if parts and parts.query else 0.0
    out["url:date"] = 1.0 if URL_DATE.search(path) else 0.0
    out["url:number"] = 1.0 if any(s.isdigit() for s in segments) else 0.0
    out["url:idlike"] = 1.0 if re.search(r"\d{4,}", last) else 0.0
    out["url:slug_words"] = _log(len(re.findall(r"[a-z]+", last.lower())))
    out["url:html"] = 1.0 if re.search(r"\.(?:s?html?|php|aspx?)$", last) else 0.0
    words = _tokens(" ".join(segments).replace("_", " "))
    words += [s.lower() for s in segments if len(s) == 1 and s.isalpha()]
    for group, kind_words in URL_WORDS.items():
        out[f"urlw:{group}"] = float(sum(w in kind_words for w in words))
    found = dict.fromkeys(_tokens(" ".join(segments[:-1])), 1.0)
    found.update((f"last_{t}", 1.0) for t in _tokens(last)[:1])
    host = parts.hostname or "" if parts else ""
    sub = host.split(".")[0] if host.count(".") >= 2 else ""
    if sub and sub != "www" and len(sub) <= MAX_TOKEN_CHARS:
        found[f"host_{sub}"] = 1.0
    _emit(out, "url:", found, vocabulary)


def _group_features(groups: list[Group], total_words: int, out: dict[str, float]) -> None:
    """Describe the most repeated template and the one covering the most words (often the
    same group: then described once)."""
    by_count = max(groups, key=lambda g: (len(g.items), g.words), default=None)
    by_words = max(groups, key=lambda g: (g.words, len(g.items)), default=None)
    if by_count is not None and by_words is not None:
        counted = _describe(by_count, total_words)
        worded = counted if by_words is by_count else _describe(by_words, total_words)
        for name, described in (("rep_count", counted), ("rep_words", worded)):
            for key, value in described:
                out[f"{name}:{key}"] = value
    menus = [g for g in groups if g.link_density >= MENU_LINK_DENSITY]
    out["rep:menu_items"] = _log(max((len(g.items) for g in menus), default=0))
    big = [g for g in groups if g.words >= 0.1 * total_words] if total_words else []
    out["rep:groups"] = _log(len(groups))
    out["rep:big_groups"] = _log(len(big))


def item_labels(group: Group) -> list[str]:
    """The short lines (`SHORT_CHARS`) of each of the group's first `SAMPLE_ITEMS` items,
    joined per item: where an item shows its price or its date."""
    return [
        " ".join(tb.text for tb in item if tb.chars <= SHORT_CHARS)
        for item in group.blocks[:SAMPLE_ITEMS]
    ]


def _share(
    texts: Sequence[str], found: Callable[[str], object], among: int | None = None
) -> float:
    """Share of `among` texts (default: `texts` alone) in which `found` finds something,
    `texts` holding every one of them it can find it in (0 for none)."""
    total = len(texts) if among is None else among
    return sum(bool(found(t)) for t in texts) / total if total else 0.0


def _with_figures(texts: Sequence[str]) -> list[str]:
    """The texts holding a digit: only they can hold a price (`CURRENCY`'s amount) or a
    date (`NUMERIC_DATE`, and `has_written_date`'s four-digit year). One scan for a digit
    spares the rest the price and date patterns, which have no literal start and are tried
    at every position; most item labels hold no figure."""
    return [t for t in texts if _DIGIT.search(t)]


def _dated(text: str) -> bool:
    """A date in the text, in figures or written with its month's name."""
    return NUMERIC_DATE.search(text) is not None or has_written_date(text)


def price_share(group: Group) -> float:
    """Share of the group's (first `SAMPLE_ITEMS`) items with a price in a short line: a
    currency next to a number (`CURRENCY`)."""
    texts = item_labels(group)
    return _share(_with_figures(texts), CURRENCY.search, len(texts))


def _describe(group: Group, total_words: int) -> list[tuple[str, float]]:
    """A repeated group's features, by name: its items, their words, links, headings, and
    the share of (the first `SAMPLE_ITEMS`) items with a price, a date, a time, a linked
    heading, an image."""
    n = len(group.items)
    words = group.words
    sample = group.blocks[:SAMPLE_ITEMS]
    texts = item_labels(group)
    figured = _with_figures(texts)
    time_items = sum(
        1 for item in group.items[:SAMPLE_ITEMS] if next(item.iter("time"), None) is not None
    )
    return [
        ("items", _log(n)),
        ("share", words / total_words if total_words else 0.0),
        ("words_per_item", _log(words / n)),
        ("link_density", group.link_density),
        ("multi_block", group.multi_block_share),
        ("heading", group.heading_share),
        ("price", _share(figured, CURRENCY.search, len(texts))),
        ("date", _share(figured, _dated, len(texts))),
        ("time", time_items / len(texts)),
        ("linked_head", sum(
            any(tb.kind is BlockKind.HEADING and tb.link_density >= LINKED_HEADING for tb in item)
            for item in sample
        ) / len(texts)),
        ("image", sum(
            1 for item in group.items[:SAMPLE_ITEMS] if next(item.iter("img"), None) is not None
        ) / len(texts)),
    ]


def _text_features(doc: Document, out: dict[str, float], vocabulary: Vocabulary) -> int:
    blocks = document_blocks(doc)
    words = chars = link_chars = prose_words = linked_prose = 0
    prose: list[TextBlock] = []
    short: list[str] = []
    labels: list[str] = []
    kinds: dict[BlockKind, int] = {}
    kind_words: dict[BlockKind, int] = {}
    clusters: dict[int, int] = {}  # prose words per parent element
    heading = BlockKind.HEADING
    # One pass, every read once and plain dicts (no Counter method per block): this runs
    # on every page extract() sees, about a third quicker so.
    for tb in blocks:
        n, kind, c = tb.words, tb.kind, tb.chars
        words += n
        chars += c
        link_chars += tb.link_chars
        seen = kind_words.get(kind)
        if seen is None:
            kinds[kind], kind_words[kind] = 1, n
        else:
            kinds[kind] += 1
            kind_words[kind] = seen + n
        if n >= PROSE_WORDS and tb.link_density < PROSE_LINK_DENSITY:
            prose.append(tb)
            prose_words += n
            if tb.link_chars:
                linked_prose += n
            above = tb.ancestors
            key = id(above[1] if len(above) > 1 else tb.element)
            clusters[key] = clusters.get(key, 0) + n
        if c <= SHORT_CHARS:
            short.append(tb.text)
        if n <= LABEL_WORDS or kind is heading:
            labels.append(tb.text)
    out["text:words"] = _log(words)
    out["text:blocks"] = _log(len(blocks))
    out["text:link_density"] = link_chars / chars if chars else 0.0
    out["text:prose_blocks"] = _log(len(prose))
    out["text:prose_share"] = prose_words / words if words else 0.0
    # Prose that links out of its sentences (a source, a term, an earlier story): an
    # article's paragraphs do, a sales page's and a listing's snippets seldom do.
    out["text:prose_linked"] = linked_prose / prose_words if prose_words else 0.0
    out["text:max_block"] = _log(max((tb.words for tb in blocks), default=0))
    out["text:words_per_block"] = _log(words / len(blocks)) if blocks else 0.0
    top = max(clusters.values(), default=0)
    out["text:cluster_share"] = top / words if words else 0.0
    out["text:cluster_of_prose"] = top / prose_words if prose_words else 0.0
    out["text:first_prose"] = prose[0].position if prose else 1.0
    for kind in BlockKind:
        out[f"kind:{kind.value}"] = _log(kinds.get(kind, 0))
        out[f"kind_share:{kind.value}"] = kind_words.get(kind, 0) / words if words else 0.0
    _emit(out, "txt:", _word_counts(" ".join(labels)), vocabulary, _log)
    out["text:words_per_heading"] = _log(words / (kinds.get(heading, 0) + 1))
    # Prices, dates and years all hold a digit and none spans two lines: the lines without
    # one are left out, and the three patterns (slow to scan: no literal start) read the rest.
    joined = "\n".join(_with_figures(short))
    out["text:prices"] = _log(len(CURRENCY.findall(joined)))
    out["text:dates"] = _log(len(NUMERIC_DATE.findall(joined)))
    out["text:years"] = _log(len(YEAR.findall(joined)))
    out["text:short_blocks"] = _log(len(short))
    _heading_features(blocks, out)
    return words


YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
"""A year: in a short line near the page's title it is a story's date, in any language."""
NEAR_TITLE = 6
"""Blocks after the first top-level heading read for a date line (a byline, a dateline)."""
LINKED_HEADING = 0.5
"""A heading whose text is mostly a link is an item's title (a card, a result, a teaser)."""
MENU_LINK_DENSITY = 0.9
"""A repeated group of (almost) nothing but links is a menu: a manual's table of contents
is a long one."""


PERMALINK_REACH = 2
"""Ancestors of a heading whose id its permalink may name (Sphinx's `<section id>`)."""


def _permalinked(heading: HtmlElement) -> bool:
    """Whether the heading holds a link to itself: an anchor whose target is the heading's
    id or its section's (Sphinx's and MkDocs' "¶", rustdoc's "§", Docusaurus' "#", a
    man page's permalink). A manual links each section to itself so that a reader can
    cite it; a story or a shop's page seldom does."""
    if heading.get(PERMALINK_MARK) is not None:
        return True  # its mark ("¶", "#") left the parsed page (`document.PERMALINK_MARK`)
    # The anchors' targets first: most headings link to nothing in the page, and then
    # their ancestors' ids are not read.
    targets = [
        href[1:] for a in heading.iter("a") if (href := a.get("href") or "").startswith("#")
    ]
    if not targets:
        return False
    ids = {el.get("id") for el in (heading, *islice(heading.iterancestors(), PERMALINK_REACH))}
    ids.discard(None)
    return not ids.isdisjoint(targets)


def _heading_features(blocks: list[TextBlock], out: dict[str, float]) -> None:
    """How the page's headings read: linked item titles (a listing), anchored section titles
    (documentation), and whether a short line with a date follows the title (an article)."""
    headings = [tb for tb in blocks if tb.kind is BlockKind.HEADING]
    linked = sum(tb.link_density >= LINKED_HEADING for tb in headings)
    anchored = sum(bool(tb.element.get("id")) for tb in headings)
    out["head:linked"] = _log(linked)
    out["head:linked_share"] = linked / len(headings) if headings else 0.0
    out["head:anchored_share"] = anchored / len(headings) if headings else 0.0
    permalinks = sum(_permalinked(tb.element) for tb in headings)
    out["head:permalink_share"] = permalinks / len(headings) if headings else 0.0
    top = min((tb.heading_level or 9 for tb in headings), default=0)
    title = next((tb for tb in headings if tb.heading_level == top), None)
    out["head:top_count"] = _log(sum(tb.heading_level == top for tb in headings))
    dated_title = 0.0  # (not `dated`: that names this module's date-search decision)
    if title is not None:
        near = blocks[title.index + 1 : title.index + 1 + NEAR_TITLE]
        dated_title = float(any(tb.chars <= SHORT_CHARS and YEAR.search(tb.text) for tb in near))
        out["head:title_position"] = title.position
        out["head:title_linked"] = float(title.link_density >= LINKED_HEADING)
    out["head:dated_title"] = dated_title


def _page_classes(doc: Document) -> list[str]:
    """Words of the class and id of `<html>` and `<body>`: where a CMS names the template
    that built the page (WordPress "single-post" or "page-template", Shopify
    "template-collection", Magento "catalog-product-view"), the same on every site it runs."""
    root = doc.tree
    body = root.find("body")
    values = [root.get("class") or "", root.get("id") or ""]
    if body is not None:
        values += [body.get("class") or "", body.get("id") or ""]
    return _tokens(" ".join(values)[:2000])


def _markup_features(
    doc: Document, page: Page, out: dict[str, float], vocabulary: Vocabulary
) -> None:
    for tag in COUNTED_TAGS:  # (indexed with the sources' tags: one walk)
        out[f"tag:{tag}"] = _log(len(page.tagged(tag)))
    # The links' targets from the page's `<a>` elements, which the metadata's author
    # sources read too (one walk for both, quicker than an XPath of the targets).
    hrefs = [href for a in page.anchors() if (href := a.get("href")) is not None]
    out["tag:a"] = _log(len(hrefs))
    starts = Counter(h[:4] for h in hrefs)
    for name, prefix in HREF_KINDS.items():
        n = sum(v for k, v in starts.items() if k.startswith(prefix))
        out[f"href:{name}"] = _log(n - starts["#"] if name == "fragment" else n)
    # The values the microdata source reads on every page: found once for both, a walk of
    # the tree in C, where a search of the markup for the name first read the page's text
    # up to four times (in each case it may be written in) to spare it.
    props = Counter(p.lower() for v in page.itemprops() for p in v.split())
    if props:  # (a feature of 0 is one the page lacks)
        for prop in ITEMPROPS:
            out[f"itemprop:{prop}"] = _log(props.get(prop, 0))
    og = page.meta.get("og:type")
    og_type = og[0][1].lower() if og else ""
    kind = og_type.split(".")[0].split(":")[0]
    if og_type:
        out[f"og:{kind if kind in OG_TYPES else 'other'}"] = 1.0
    for key in META_KEYS:
        if key in page.meta:
            out[f"meta:{key}"] = 1.0
    titles = page.tagged("title")
    if titles:
        words = _WORD.findall((titles[0].text or "").lower()[:300])
        _emit(out, "title:", dict.fromkeys(words, 1.0), vocabulary)
    generator = page.meta.get("generator")
    if generator:
        _emit(out, "gen:", dict.fromkeys(_tokens(generator[0][1])[:2], 1.0), vocabulary)
    _emit(out, "body:", dict.fromkeys(_page_classes(doc), 1.0), vocabulary)
    attrs = page.class_values()  # (read once: the author sources test them too)
    tokens = _token_counts(attrs[:MAX_CLASS_ATTRS])
    _emit(out, "cls:", tokens, vocabulary, _log)
    total = sum(tokens.values())
    for group, kind_words in CLASS_WORDS.items():
        n = sum(map(tokens.__getitem__, kind_words & tokens.keys()))
        out[f"clsw:{group}"] = _log(n)
        out[f"clsw_share:{group}"] = n / total if total else 0.0


def _compute(doc: Document, vocabulary: Vocabulary) -> dict[str, float]:
    page = page_of(doc)
    out: dict[str, float] = {}
    schema = _schema_types(doc, page)
    for group, types in SCHEMA_GROUPS.items():
        out[f"schema:{group}"] = _log(sum(map(schema.__getitem__, types & schema.keys())))
    for key in ("datepublished", "author", "price", "articlebody"):
        out[f"schema:has_{key}"] = _log(schema[f"+{key}"])
    for kind in _declared(doc, page):
        out[DECLARED_PREFIX + kind] = 1.0
    _url_features(page_address(page) or "", out, vocabulary)
    total = _text_features(doc, out, vocabulary)
    _group_features(page_groups(doc), total, out)
    _markup_features(doc, page, out, vocabulary)
    return out


_FEATURES = "newsclean.pagetype.features"


def features(doc: Document, *, every_token: bool = False) -> dict[str, float]:
    """The page's features by name (absent means 0), computed once per document.

    Token features (class/id, URL, label and title words) are limited to those the shipped
    model reads; `every_token=True` gives them all, for training a model.
    """
    if every_token:
        return _compute(doc, None)
    cached = doc.cache.get(_FEATURES)
    if cached is None:
        fitted = model()
        cached = doc.cache[_FEATURES] = _compute(doc, fitted.vocabulary if fitted else None)
    return cast(dict[str, float], cached)


# --- The model ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Model:
    """A multinomial logistic regression over named features, standardised first."""

    classes: tuple[str, ...]
    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]
    """Per class, one weight per feature (in `names` order)."""
    bias: tuple[float, ...]
    about: dict[str, Any]

    @cached_property
    def vocabulary(self) -> dict[str, tuple[str, ...]]:
        return vocabulary_of(self.names)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        return cls(
            classes=tuple(data["classes"]),
            names=tuple(data["features"]),
            mean=tuple(float(x) for x in data["mean"]),
            scale=tuple(float(x) or 1.0 for x in data["scale"]),
            weights=tuple(tuple(float(w) for w in row) for row in data["weights"]),
            bias=tuple(float(b) for b in data["bias"]),
            about=dict(data.get("about") or {}),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            **({"about": self.about} if self.about else {}),
            "kind": "linear",
            "classes": list(self.classes),
            "features": list(self.names),
            "mean": [round(x, 6) for x in self.mean],
            "scale": [round(x, 6) for x in self.scale],
            "weights": [[round(w, 5) for w in row] for row in self.weights],
            "bias": [round(b, 5) for b in self.bias],
        }

    @cached_property
    def _folded(self) -> tuple[dict[str, tuple[float, ...]], tuple[float, ...]]:
        """Weights divided by the scale, and the means folded into the biases: a page's
        logits then need only the features it has (most token features are absent)."""
        k = len(self.classes)
        per_feature = {
            name: tuple(self.weights[c][j] / self.scale[j] for c in range(k))
            for j, name in enumerate(self.names)
        }
        bias = tuple(
            self.bias[c] - sum(
                self.weights[c][j] * self.mean[j] / self.scale[j] for j in range(len(self.names))
            )
            for c in range(k)
        )
        return per_feature, bias

    def logits(self, feats: dict[str, float]) -> list[float]:
        per_feature, bias = self._folded
        out = list(bias)
        for name, value in feats.items():
            w = per_feature.get(name)
            if w is not None and value:
                for c, wc in enumerate(w):
                    out[c] += wc * value
        return out

    def contributions(self, feats: dict[str, float], klass: int) -> list[tuple[str, float]]:
        """Each feature's push towards class `klass` against the mean of the classes, from
        the page's value against the training mean."""
        k = len(self.classes)
        out = []
        for j, name in enumerate(self.names):
            value = feats.get(name, 0.0)
            if value == 0.0:
                continue
            z = (value - self.mean[j]) / self.scale[j]
            mean_w = sum(self.weights[c][j] for c in range(k)) / k
            out.append((name, (self.weights[klass][j] - mean_w) * z))
        return sorted(out, key=lambda kv: -kv[1])

    def probabilities(self, feats: dict[str, float]) -> list[float]:
        return _softmax(self.logits(feats))


def _softmax(logits: list[float]) -> list[float]:
    top = max(logits)
    exps = [math.exp(v - top) for v in logits]
    total = sum(exps)
    return [e / total for e in exps]


@dataclass(frozen=True)
class Forest:
    """Gradient-boosted regression trees, one per class and round, summed into softmax logits.

    A tree is a tuple of nodes ``(feature, threshold, left, right, value)``: a node with
    feature -1 is a leaf; otherwise a page goes left when its feature is below the
    threshold. Every node keeps its value, so a path credits each split's feature with the
    change it made (the evidence of a verdict).
    """

    classes: tuple[str, ...]
    names: tuple[str, ...]
    prior: tuple[float, ...]
    trees: tuple[tuple[tuple[tuple[float, ...], ...], ...], ...]
    """Per round, per class, the tree's nodes."""
    about: dict[str, Any]

    @cached_property
    def vocabulary(self) -> dict[str, tuple[str, ...]]:
        return vocabulary_of(self.names)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Forest:
        return cls(
            classes=tuple(data["classes"]),
            names=tuple(data["features"]),
            prior=tuple(float(x) for x in data["prior"]),
            trees=tuple(
                tuple(tuple(tuple(float(v) for v in node) for node in tree) for tree in rnd)
                for rnd in data["trees"]
            ),
            about=dict(data.get("about") or {}),
        )

    def to_json(self) -> dict[str, Any]:
        def node(n: tuple[float, ...]) -> list[float | int]:
            if n[0] < 0:
                return [-1, 0, -1, -1, round(n[4], 4)]
            return [int(n[0]), round(n[1], 5), int(n[2]), int(n[3]), round(n[4], 4)]

        return {
            "kind": "forest",
            "classes": list(self.classes),
            "features": list(self.names),
            "prior": [round(p, 5) for p in self.prior],
            "trees": [[[node(n) for n in tree] for tree in rnd] for rnd in self.trees],
        }

    def _vector(self, feats: dict[str, float]) -> list[float]:
        return [feats.get(name, 0.0) for name in self.names]

    @cached_property
    def _nested(self) -> list[list[Any]]:
        """Each tree as nested tuples (feature, threshold, left, right), a leaf its value:
        walked without index arithmetic."""

        def build(tree: tuple[tuple[float, ...], ...], i: int) -> Any:
            f, threshold, left, right, value = tree[i]
            if f < 0:
                return value
            return (int(f), threshold, build(tree, int(left)), build(tree, int(right)))

        return [[build(tree, 0) for tree in rnd] for rnd in self.trees]

    def probabilities(self, feats: dict[str, float]) -> list[float]:
        x = self._vector(feats)
        logits = list(self.prior)
        for rnd in self._nested:
            for c, node in enumerate(rnd):
                while node.__class__ is tuple:
                    node = node[2] if x[node[0]] < node[1] else node[3]
                logits[c] += node
        return _softmax(logits)

    def contributions(self, feats: dict[str, float], klass: int) -> list[tuple[str, float]]:
        """Each feature's push towards class `klass`: the changes its splits made on the
        page's paths through that class's trees."""
        x = self._vector(feats)
        push: dict[str, float] = {}
        for rnd in self.trees:
            tree = rnd[klass]
            node = tree[0]
            while node[0] >= 0:
                nxt = tree[int(node[2] if x[int(node[0])] < node[1] else node[3])]
                name = self.names[int(node[0])]
                push[name] = push.get(name, 0.0) + nxt[4] - node[4]
                node = nxt
        return sorted(push.items(), key=lambda kv: -kv[1])


@dataclass(frozen=True)
class Ensemble:
    """Members whose class probabilities are averaged (a linear model and a forest err on
    different pages)."""

    members: tuple[Model | Forest, ...]
    about: dict[str, Any]

    @property
    def classes(self) -> tuple[str, ...]:
        return self.members[0].classes

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Ensemble:
        return cls(tuple(_member(m) for m in data["members"]), dict(data.get("about") or {}))

    @cached_property
    def vocabulary(self) -> dict[str, tuple[str, ...]]:
        return vocabulary_of(n for m in self.members for n in m.names)

    def to_json(self) -> dict[str, Any]:
        return {"about": self.about, "kind": "ensemble",
                "members": [m.to_json() for m in self.members]}

    def probabilities(self, feats: dict[str, float]) -> list[float]:
        each = [m.probabilities(feats) for m in self.members]
        return [sum(ps) / len(each) for ps in zip(*each, strict=True)]

    def contributions(self, feats: dict[str, float], klass: int) -> list[tuple[str, float]]:
        push: dict[str, float] = {}
        for m in self.members:
            for name, value in m.contributions(feats, klass):
                push[name] = push.get(name, 0.0) + value / len(self.members)
        return sorted(push.items(), key=lambda kv: -kv[1])


def _member(data: dict[str, Any]) -> Model | Forest:
    return Forest.from_json(data) if data.get("kind") == "forest" else Model.from_json(data)


Learned = Model | Forest | Ensemble


def vocabulary_of(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The token features among `names`, per prefix (what `features` must emit)."""
    out: dict[str, list[str]] = {}
    for name in names:
        for prefix in TOKEN_PREFIXES:
            if name.startswith(prefix):
                out.setdefault(prefix, []).append(name[len(prefix):])
    return {p: tuple(t) for p, t in out.items()}

MODEL_FILE = "pagetype.json"


@lru_cache(maxsize=1)
def model() -> Learned | None:
    """The shipped model, read once; None when the package has none (then every page is an
    article with score 0)."""
    try:
        text = resources.files("newsclean").joinpath("data", MODEL_FILE).read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None
    data = json.loads(text)
    if data.get("kind") == "ensemble":
        return Ensemble.from_json(data)
    return _member(data)


@dataclass(frozen=True)
class Verdict:
    """What kind of page, how sure (0-1), and the features that decided it."""

    page_type: PageType
    score: float
    probabilities: dict[str, float]


_MARKED_KINDS = tuple(f"kind:{k.value}" for k in BlockKind if k is not BlockKind.PARAGRAPH)


def has_structure(feats: dict[str, float]) -> bool:
    """Whether the page has anything besides its text for the model to read: an address,
    a heading, list, table or code block, or markup (`STRUCTURE_PREFIXES`). Text alone (a
    bare `<div>` of lines, paragraphs with no title, link or metadata) says only how long
    it is, and the model's answer on it is a guess from length, however sure it reads."""
    if feats.get("tag:a", 0.0) > 0 or feats.get("url:known", 0.0) > 0:  # (most pages: no scan)
        return True
    return any(feats.get(name, 0.0) > 0 for name in _MARKED_KINDS) or any(
        v > 0 for k, v in feats.items() if k.startswith(STRUCTURE_PREFIXES)
    )


def has_signal(feats: dict[str, float]) -> bool:
    """Enough to say anything about the page: typed metadata, or enough text
    (`MIN_SIGNAL_WORDS`) with some structure to read it by (`has_structure`)."""
    words = math.expm1(feats.get("text:words", 0.0))
    if words >= MIN_SIGNAL_WORDS and has_structure(feats):
        return True
    return any(v > 0 for k, v in feats.items() if k.startswith(("schema:", "og:")))


def decide(feats: dict[str, float], fitted: Learned | None = None) -> Verdict:
    """The verdict of `fitted` (default: the shipped model) on a page's features."""
    fitted = fitted or model()
    if fitted is None:
        return Verdict(PageType.ARTICLE, 0.0, {})
    probs = fitted.probabilities(feats)
    best = max(range(len(probs)), key=probs.__getitem__)
    score = probs[best] if has_signal(feats) else min(probs[best], NO_SIGNAL_SCORE)
    return Verdict(
        PageType(fitted.classes[best]),
        round(score, 4),
        {c: round(p, 4) for c, p in zip(fitted.classes, probs, strict=True)},
    )


DATED = frozenset({PageType.ARTICLE, PageType.FORUM})
"""Kinds of pages that print their publication date in their text (a story's, a thread's
posts'). On the others a date found in free text is a copyright year, an opening time or a
listed item's: newsclean does not search their text for one (their markup still counts)."""


def dated(doc: Document) -> bool:
    """Whether to search the page's free text for its publication date: its kind prints one
    (`DATED`), or it is not sure of its kind."""
    verdict = classify(doc)
    return verdict.page_type in DATED or verdict.score < DATED_SURE


def evidence(doc: Document, count: int = EVIDENCE) -> list[tuple[str, float]]:
    """The features that pushed hardest towards the page's type: (feature, push), strongest
    first. Computed on demand (the explain view), not by `extract()`."""
    fitted = model()
    verdict = classify(doc)
    if fitted is None or verdict.page_type.value not in fitted.classes:
        return []
    klass = fitted.classes.index(verdict.page_type.value)
    pushes = fitted.contributions(features(doc), klass)
    return [(name, round(push, 3)) for name, push in pushes[:count] if push > 0]


_VERDICT = "newsclean.pagetype.verdict"


def classify(doc: Document) -> Verdict:
    """The page's type, decided once per document (the chain and the Article share it)."""
    cached = doc.cache.get(_VERDICT)
    if cached is None:
        cached = doc.cache[_VERDICT] = decide(features(doc))
    return cast(Verdict, cached)


def with_page_type(article: Article, verdict: Verdict) -> Article:
    """The article with the verdict's type and score filled in."""
    article.page_type = verdict.page_type
    article.page_type_score = verdict.score
    return article
