"""Where metadata comes from: each source turns the page into raw candidate strings.

A source returns, per field, a list of *groups* in its own order of preference: one group
per meta key, JSON-LD property or element kind (e.g. all the ``article:tag`` values form
one group). `newsclean.metadata` then walks the sources in the order of `ORDER` and keeps the
first group that normalises to a usable value. Keys and properties are kept as data here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, cast
from urllib.parse import urlsplit

import lxml.etree
from lxml.html import HtmlElement

from newsclean.blocks import hidden_attribute
from newsclean.document import Document
from newsclean.metadata import cards, jsonld
from newsclean.metadata.authors import AUTHOR_LABEL
from newsclean.metadata.titles import (
    clean_text,
    headline_runs,
    site_host,
    text_key,
    title_remainder,
    title_words,
)
from newsclean.structure import image_source

Groups = list[list[str]]
Found = Mapping[str, Groups]
"""field name -> groups of raw strings, best group first."""

MAX_META_CHARS = 5_000
"""Longer meta contents are cut: a description or title never needs more."""
MAX_GROUP = 100
"""Values kept per group (e.g. article:tag), a bound against pages with thousands of tags."""

# meta keys (name, property or http-equiv, lower-cased) per field, best first.
# Dublin Core comes before OpenGraph/Twitter: it is written as the article's record, while
# social cards are often rewritten for sharing ("There's no going back from here."); for the
# same reason the plain description (a summary for search engines) precedes og:description.
# Within a key, `property` (RDFa, the attribute these vocabularies define) precedes `name`.
META_KEYS: dict[str, tuple[str, ...]] = {
    "title": (
        "dc:title", "dc.title", "dcterms:title", "dcterms.title", "dcterm:title",
        "og:title", "title", "twitter:title", "parsely-title", "sailthru.title",
        "citation_title", "headline",
    ),
    "authors": (
        "dc:creator", "dc.creator", "dcterms:creator", "dcterms.creator", "dcterm:creator",
        "author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
        "byl", "citation_author", "cxenseparse:author", "dc.contributor",
    ),
    "published": (
        "article:published_time", "og:article:published_time", "og:published_time",
        "published_time", "datepublished", "dc:date", "dc.date", "dc.date.issued",
        "dcterms:issued", "dcterms.issued", "dcterms:created", "dcterms.created",
        "dc.date.created", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate",
        "publish-date", "publish_date", "article.published", "article:published",
        "citation_publication_date", "citation_date", "date", "cxenseparse:recs:publishtime",
        "published", "published-date", "publication_date", "publication-date",
    ),
    "modified": (
        "article:modified_time", "og:article:modified_time", "og:updated_time",
        "modified_time", "datemodified", "dcterms:modified", "dcterms.modified",
        "dc.date.modified", "article.updated", "last-modified", "lastmod",
    ),
    "site_name": ("og:site_name",),
    "site_name_weak": ("application-name", "apple-mobile-web-app-title"),
    "description": (
        "dc:description", "dc.description", "dcterms:description", "dcterms.description",
        "dcterm:description", "description", "og:description", "twitter:description",
        "sailthru.description",
    ),
    "image": (
        "og:image", "og:image:url", "og:image:secure_url", "twitter:image",
        "twitter:image:src", "parsely-image-url", "sailthru.image.full", "thumbnail",
    ),
    "canonical_url": ("og:url", "parsely-link", "twitter:url"),
    "tags": (
        "article:tag", "og:article:tag", "news_keywords", "keywords", "parsely-tags",
        "sailthru.tags",
    ),
    "categories": ("article:section", "og:article:section", "parsely-section", "category"),
    "language": (
        "content-language", "language", "dc:language", "dc.language", "dcterms.language",
        "og:locale",
    ),
}

# JSON-LD properties of the article object per field, best first; `author` and `publisher`
# values are objects whose "name" is read.
JSONLD_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("headline", "name", "alternativeHeadline"),
    "authors": ("author", "creator"),
    "published": ("datePublished", "dateCreated", "uploadDate"),
    "modified": ("dateModified",),
    "description": ("description", "abstract"),
    "tags": ("keywords",),
    "categories": ("articleSection", "genre"),
    "language": ("inLanguage",),
    "canonical_url": ("url", "mainEntityOfPage"),
}

# microdata itemprops per field, best first
ITEMPROPS: dict[str, tuple[str, ...]] = {
    "title": ("headline",),
    "authors": ("author", "creator"),
    "published": ("datePublished", "dateCreated"),
    "modified": ("dateModified",),
    "description": ("description",),
    "image": ("image", "thumbnailUrl"),
    "site_name": ("publisher",),
}
_ARTICLE_ITEMTYPES = ("article", "posting", "report", "creativework", "question")
"""Item types whose properties are the page's own (a Q&A page's question is its article)."""
_WANTED_ITEMPROPS = frozenset(prop.lower() for props in ITEMPROPS.values() for prop in props)
_AUTHOR_ITEMPROPS = frozenset(prop.lower() for prop in ITEMPROPS["authors"])


INDEXED_TAGS = ("title", "link", "base", "h1", "meta", "script", "time", "a", "figure")
"""Tags the sources read (`<a>`: the weak author sources and the page type's link targets;
`<figure>`: the lead image, and the captioned figures `newsclean.assemble` gives the
Article)."""
COUNTED_TAGS = (
    "form", "input", "select", "textarea", "button", "pre", "code", "time", "article",
    "nav", "aside", "img", "table", "h1", "h2", "h3", "iframe", "video", "dl", "ul", "ol",
    "blockquote", "footer", "header", "main", "section", "kbd", "samp",
)
"""Tags whose number on the page is a feature of its type (`newsclean.pagetype`)."""
_WALKED_TAGS = tuple(dict.fromkeys((*INDEXED_TAGS, *COUNTED_TAGS)))
"""Every tag `Page.tagged` answers for, gathered in one walk of the tree (in C): one walk
per reader (the sources' tags, the links, the counted tags) took 2.7 times as long."""


MICRODATA_ATTRIBUTES = lxml.etree.XPath("//@itemtype | //@itemprop")
"""The page's microdata attributes, in document order, each read as a "smart" string that
knows its name (`attrname`) and its element (`getparent()`). Compiled once: `el.xpath(str)`
compiles its expression and builds an evaluator on every call (some 5 µs, as much as
the rest of a small query)."""


@dataclass
class Page:
    """What every source reads: the tree, the URL, and things parsed once per page."""

    tree: HtmlElement
    url: str | None = None
    _jsonld: jsonld.JsonLd | None = field(default=None, repr=False)
    _meta: dict[str, list[tuple[bool, str]]] | None = field(default=None, repr=False)
    _tagged: dict[str, list[HtmlElement]] | None = field(default=None, repr=False)
    _itemprops: list[Any] | None = field(default=None, repr=False)
    _itemtypes: list[str] | None = field(default=None, repr=False)
    _class_values: list[str] | None = field(default=None, repr=False)
    _own_names: tuple[str, ...] | None = field(default=None, repr=False)
    _body_strings: list[str] | None = field(default=None, repr=False)
    _printed_headline: list[HtmlElement] | None = field(default=None, repr=False)
    card_titles: cards.Known = field(default_factory=cards.Known, repr=False, compare=False)
    """Each element's story-card title as `cards.card_of` found it: shared by the author
    sources that skip story cards, which climb the same ancestors."""
    month_first: bool | None = field(default=None, repr=False, compare=False)
    """Whether the page's numeric dates put the month first, once `pagedate.month_first`
    has read it: the page search and the date line of the body ask the same page."""
    headlines: dict[str | None, tuple[HtmlElement | None, bool]] = field(
        default_factory=dict, repr=False, compare=False
    )
    """Per title, the story's headline `visible.headline` found and whether it surely is
    the story's (`visible.story_headline`): the visible source and the date search ask."""
    holding_headline: frozenset[HtmlElement] | None = field(
        default=None, repr=False, compare=False
    )
    """`visible.around_headline`, once it is worked out: three author sources ask."""
    shown_text: str | None = field(default=None, repr=False, compare=False)
    """The body's text as a reader sees it, case folded (`visible.shown`), once it is read:
    the author sources ask whether it prints a name up to a few times a page, and each
    read is a search of every text node's ancestors."""

    @property
    def jsonld(self) -> jsonld.JsonLd:
        if self._jsonld is None:
            self._jsonld = jsonld.parse_scripts(self.tagged("script"))
            titles = self.tagged("title")  # a media object names the page's own work in it
            self._jsonld.page_title = titles[0].text_content() if titles else ""
        return self._jsonld

    @property
    def meta(self) -> dict[str, list[tuple[bool, str]]]:
        """meta key -> (from `property`, content) pairs, in document order."""
        if self._meta is None:
            self._meta = _collect_meta(self.tagged("meta"))
        return self._meta

    def anchors(self) -> list[HtmlElement]:
        """The page's `<a>` elements, in document order: for the page type (their targets)
        and the weak author sources."""
        return self.tagged("a")

    def itemprops(self) -> list[Any]:
        """The values of the page's `itemprop` attributes, in document order, each a
        "smart" string that knows its element (`getparent()`): found once for the
        microdata source and the page type. The attributes, not their elements: libxml2
        finds them twice as fast as //*[@itemprop], and the element is fetched only for a
        wanted property."""
        if self._itemprops is None:
            self._read_microdata()
        return cast(list[Any], self._itemprops)

    def itemtypes(self) -> list[str]:
        """The values of the page's `itemtype` attributes, in document order (read with
        the `itemprops`)."""
        if self._itemtypes is None:
            self._read_microdata()
        return cast(list[str], self._itemtypes)

    def _read_microdata(self) -> None:
        """Both microdata attributes in one walk of the tree (`MICRODATA_ATTRIBUTES`), told
        apart by name: every page's type reads both, and one walk of the tree in C for
        `itemtype` and another for `itemprop` cost 1.6 times the one for the two."""
        props: list[Any] = []
        types: list[str] = []
        for attr in cast(list[Any], MICRODATA_ATTRIBUTES(self.tree)):
            if attr.attrname == "itemprop":
                props.append(attr)
            else:
                types.append(str(attr))
        self._itemprops, self._itemtypes = props, types

    def class_values(self) -> list[str]:
        """Every `class` value of the page, in document order, as plain strings (no element
        each): read once, for the page type's class words and for the author sources'
        test of whether any element may be labelled as the author."""
        if self._class_values is None:
            found = CLASS_VALUES(self.tree)
            self._class_values = cast(list[str], found) if isinstance(found, list) else []
        return self._class_values

    def own_names(self) -> tuple[str, ...]:
        """The lines in which the page names its own site for the reader (`own_names`),
        read the first time they are asked for."""
        if self._own_names is None:
            self._own_names = own_names(self)
        return self._own_names

    def body_strings(self) -> list[str]:
        """The text nodes of the page's body, in page order, as plain strings (`BODY_STRINGS`):
        read once for the copyright notice (`own_names`) and the author label lines
        (`visible`), where each of them searched the body's texts again."""
        if self._body_strings is None:
            found = BODY_STRINGS(self.tree)
            self._body_strings = cast(list[str], found) if isinstance(found, list) else []
        return self._body_strings

    def printed_headline(self) -> list[HtmlElement]:
        """`printed_headline(page)`, found once a page: the title's source (`headline_groups`)
        and the visible source's headline (`visible.headline`) both ask, on pages with no
        `<h1>`, and each walked the body for it."""
        if self._printed_headline is None:
            self._printed_headline = printed_headline(self)
        return self._printed_headline

    def tagged(self, tag: str) -> list[HtmlElement]:
        """The page's elements of one of `INDEXED_TAGS` or `COUNTED_TAGS`, in document
        order; `<title>`s of the HTML page only (`is_svg_title`)."""
        if self._tagged is None:
            self._tagged = {name: [] for name in _WALKED_TAGS}
            for el in self.tree.iter(*_WALKED_TAGS):
                name = el.tag  # (read once: lxml makes a new string at every read)
                if name != "title" or not is_svg_title(el):
                    self._tagged[name].append(el)
        return self._tagged[tag]


def is_svg_title(el: HtmlElement) -> bool:
    """Whether a `<title>` is an inline SVG's (an icon's name, "Facebook"): browsers title
    the page with the HTML `<title>` only, and the HTML parser leaves SVG's own in the tree
    under the same tag."""
    return next(el.iterancestors("svg"), None) is not None


_PAGE_KEY = "newsclean.metadata.sources.page"


def page_of(doc: Document) -> Page:
    """The metadata `Page` of a document, built once: its JSON-LD and `<meta>` tags are
    parsed once however many readers (metadata, page type) ask."""
    cached = doc.cache.get(_PAGE_KEY)
    if not isinstance(cached, Page):
        cached = doc.cache[_PAGE_KEY] = Page(tree=doc.tree, url=doc.url)
    return cached


class Lazy(Mapping[str, Groups]):
    """A source's groups per field, each read the first time it is asked for.

    Fields of a weak source are only needed when the stronger sources left them empty, so
    most pages never pay for them.
    """

    def __init__(self, page: Page, readers: Mapping[str, Callable[[Page], Groups]]) -> None:
        self._page = page
        self._readers = readers
        self._read: dict[str, Groups] = {}

    def __getitem__(self, name: str) -> Groups:
        if name not in self._read:
            self._read[name] = self._readers[name](self._page)
        return self._read[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._readers)

    def __len__(self) -> int:
        return len(self._readers)


def _collect_meta(metas: list[HtmlElement]) -> dict[str, list[tuple[bool, str]]]:
    found: dict[str, list[tuple[bool, str]]] = {}
    for el in metas:
        attrs = dict(el.items())  # one call for the four attributes read
        content = attrs.get("content")
        if not content:
            continue
        content = " ".join(content[:MAX_META_CHARS].split())
        if not content:
            continue
        for attr, is_property in (("property", True), ("name", False), ("http-equiv", False)):
            for key in (attrs.get(attr) or "").lower().split():
                values = found.setdefault(key, [])
                if len(values) < MAX_GROUP:
                    values.append((is_property, content))
    return found


def from_meta(page: Page) -> Found:
    """`<meta>` tags: OpenGraph, Twitter, Dublin Core, parsely, sailthru and plain names."""
    meta = page.meta
    found: dict[str, Groups] = {}
    for name, keys in META_KEYS.items():
        groups = found[name] = []
        for key in keys:
            pairs = meta.get(key)
            if not pairs:
                continue  # most keys are absent: skip the two list scans
            for want_property in (True, False):
                group = [v for p, v in pairs if p is want_property]
                if group and key in SURNAME_FIRST:
                    group = [given_name_first(v) for v in group]
                if group:
                    groups.append(group)
    written = _labelled(meta, WRITTEN_BY)
    if written:
        found["authors"].append(written)
    poster = _handle_owner(meta)
    if poster:
        found["authors"].append([poster])
    return found


HANDLE_TITLE = re.compile(r"(?P<name>[^()@]{2,80}?) ?\(@[\w-]+(?:@[\w-]+)?(?:\.[\w-]+)+\)")
"""A social card's title that is a person's name and a handle on a domain: "Midori Sato
(@midori@mstdn.example)" (a fediverse post), "Jane Doe (@jane.bsky.social)"; a bare
"(@acme)" is a brand's mention as often as a poster."""


def _handle_owner(meta: dict[str, list[tuple[bool, str]]]) -> str | None:
    """The poster's name where the page's `og:title` is a name and a handle and nothing
    else: a social network's post page, which names its author nowhere else in markup."""
    titles = meta.get("og:title")
    match = HANDLE_TITLE.fullmatch(titles[0][1].strip()) if titles else None
    return match["name"].strip() if match else None


SURNAME_FIRST = frozenset({"citation_author"})
"""Meta keys that write one person per tag as "Surname, Given names" (Google Scholar's
Highwire Press tags)."""
MAX_GIVEN_WORDS = 3


def given_name_first(value: str) -> str:
    """"Roy, Aniruddha" -> "Aniruddha Roy"; other values (no comma or several, a long
    second part) as they are."""
    surname, comma, given = value.partition(",")
    surname, given = surname.strip(), given.strip()
    if not comma or "," in given or not surname or not given:
        return value
    if len(given.split()) > MAX_GIVEN_WORDS:
        return value
    return f"{given} {surname}"


WRITTEN_BY = AUTHOR_LABEL
"""Labels of Twitter's card data pairs (`twitter:label1` "Written by", `twitter:data1` the
name), as SEO plug-ins write them in several languages."""
MAX_LABELS = 4


def _labelled(meta: dict[str, list[tuple[bool, str]]], label: re.Pattern[str]) -> list[str]:
    """The `twitter:dataN` values whose `twitter:labelN` matches `label`."""
    out = []
    for n in range(1, MAX_LABELS + 1):
        labels = meta.get(f"twitter:label{n}")
        values = meta.get(f"twitter:data{n}")
        if labels and values and label.match(labels[0][1].strip()):
            out.append(values[0][1])
    return out


def from_jsonld(page: Page) -> Found:
    """The JSON-LD article object (or web page), its publisher, and WebSite names; the
    article's `dateModified` from another object of the same story (`JsonLd.twins`) where
    its own object gives none."""
    data = page.jsonld
    found: dict[str, Groups] = {}
    article = data.article()
    if article is not None:
        for name, keys in JSONLD_KEYS.items():
            groups = found.setdefault(name, [])
            for key in keys:
                value = article.get(key)
                if isinstance(value, list):
                    value = [data.resolve(v) for v in value]
                else:
                    value = data.resolve(value)
                if name == "authors":
                    value = _persons(value)
                attr = "@id" if key == "mainEntityOfPage" else "name"
                group = jsonld.texts(value, attr)
                if key == "url" or key == "mainEntityOfPage":
                    group = [g for g in group if g.startswith(("http://", "https://", "/"))]
                if group:
                    groups.append(group)
        if not found.get("modified"):  # the same story's other object may give it
            found["modified"] = [
                group for twin in data.twins(article)
                if (group := jsonld.texts(twin.get("dateModified")))
            ][:1]
        publisher = data.resolve(article.get("publisher"))
        names = jsonld.texts(publisher)
        if names:
            found.setdefault("site_name", []).append(names[:1])
        urls = image_urls(data, article)
        if urls:
            found["image"] = [urls[:1]]
    site = data.site_names()
    if site:
        found.setdefault("site_name", []).append(site[:1])
    found["_organizations"] = [_organization_authors(page)]
    found["_persons"] = [_person_authors(page)]
    return found


IMAGE_KEYS = ("image", "thumbnailUrl", "primaryImageOfPage")
"""Where a JSON-LD article or web page names its lead image, best first."""
IMAGE_URL_KEYS = ("url", "contentUrl")
"""Where an `ImageObject` keeps its address: `contentUrl` is schema.org's own name for it."""


def image_urls(data: jsonld.JsonLd, article: dict[str, Any]) -> list[str]:
    """The addresses of the article's image: a string, an `ImageObject` (its `url` or
    `contentUrl`), a reference to one by `@id` (Yoast's `{"@id": "#primaryimage"}`) or a
    list of any of these; a web page's `primaryImageOfPage` where it names no image."""
    for key in IMAGE_KEYS:
        value = article.get(key)
        items = value if isinstance(value, list) else [value]
        resolved = [data.resolve(item) for item in items[:20]]
        for url_key in IMAGE_URL_KEYS:
            urls = jsonld.texts(resolved, url_key)
            if urls:
                return urls
    return []


def _persons(value: Any) -> Any:
    """An author value less the objects typed as organisations (a newsroom, the publisher,
    a wire service): they are not the article's people."""
    items = value if isinstance(value, list) else [value]
    return [
        item for item in items
        if not (isinstance(item, dict) and jsonld.types(item) & jsonld.ORGANIZATION_TYPES)
    ]


def _organization_authors(page: Page) -> list[str]:
    """Names of article authors that JSON-LD types as organizations (wire services, desks)."""
    return _typed_authors(page, jsonld.ORGANIZATION_TYPES)


def _person_authors(page: Page) -> list[str]:
    """Names of article authors that JSON-LD types as one `Person` each: a comma in such a
    name parts the person from their roles ("Jane Doe, Director, Acme"), not two people."""
    return _typed_authors(page, PERSON_TYPES)


def _typed_authors(page: Page, types: frozenset[str]) -> list[str]:
    """Names of the article's JSON-LD author objects of one of `types`."""
    data = page.jsonld
    article = data.article()
    if article is None:
        return []
    value = article.get("author")
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items[:MAX_GROUP]:
        obj = data.resolve(item)
        if isinstance(obj, dict) and jsonld.types(obj) & types:
            out.extend(jsonld.texts(obj))
    return out


PERSON_TYPES = frozenset({"person"})
"""JSON-LD types of an author object that stands for one human being."""


def itemprop_value(el: HtmlElement) -> str:
    """The value of a microdata property, per the HTML standard's rules."""
    tag = str(el.tag).lower()
    if tag == "meta":
        return el.get("content") or ""
    if tag in {"a", "link", "area"}:
        return el.get("href") or ""
    if tag in {"img", "source", "video", "audio", "iframe", "embed"}:
        return el.get("src") or ""
    if tag == "time" and el.get("datetime"):
        return el.get("datetime") or ""
    if el.get("content"):
        return el.get("content") or ""
    if el.get("itemscope") is not None:
        names = [n for n in el.iter() if (n.get("itemprop") or "").strip() == "name"]
        if names:
            return itemprop_value(names[0])
    return str(el.text_content())


_MICRODATA_TYPES = "newsclean.metadata.sources.microdata_types"


def microdata_types(doc: Document) -> tuple[str, ...]:
    """The schema.org types the page's microdata declares (`jsonld.type_name` of each
    `itemtype` value), in page order; read once a page (the page type and the comment
    sections ask)."""
    cached = doc.cache.get(_MICRODATA_TYPES)
    if cached is None:
        cached = doc.cache[_MICRODATA_TYPES] = _read_microdata_types(doc)
    return cast(tuple[str, ...], cached)


def _read_microdata_types(doc: Document) -> tuple[str, ...]:
    # (a walk of the tree in C: a search of the markup for the name, to spare it, read the
    # page's text up to four times, in each case the name may be written in, at twice its cost)
    itemtypes = page_of(doc).itemtypes()
    return tuple(jsonld.type_name(value) for itemtype in itemtypes for value in itemtype.split())


def _is_article_itemtype(itemtype: str | None) -> bool:
    """Whether a microdata `itemtype` (a URL or a bare type) names an article-like item."""
    kind = (itemtype or "").lower()
    return any(word in kind for word in _ARTICLE_ITEMTYPES)


def _scope(el: HtmlElement) -> str | None:
    """"article" inside an article item, "other" inside another item, else None."""
    for parent in el.iterancestors():
        if parent.get("itemscope") is not None:
            return "article" if _is_article_itemtype(parent.get("itemtype")) else "other"
    return None


def from_microdata(page: Page) -> Found:
    """schema.org microdata (`itemprop`): an Article item's properties, then unscoped ones.

    Properties of other items (an ImageObject's author is a photographer) are ignored, and
    so are the authors of story cards (`cards.card_of`: another story's writer).
    """
    scoped: dict[str, list[str]] = {}
    loose: dict[str, list[str]] = {}
    for attr in page.itemprops():
        for prop in str(attr).lower().split():
            if prop not in _WANTED_ITEMPROPS:
                continue
            el = attr.getparent()
            scope = _scope(el)
            if scope == "other":
                continue  # a property of an image, a comment, a review: not the article's
            if prop in _AUTHOR_ITEMPROPS and cards.card_of(el, page.card_titles) is not None:
                continue  # a story card's author: another story's writer
            value = " ".join(itemprop_value(el)[:MAX_META_CHARS].split())
            if value:
                target = scoped if scope == "article" else loose
                values = target.setdefault(prop, [])
                if len(values) < MAX_GROUP:
                    values.append(value)
    found: dict[str, Groups] = {}
    for name, props in ITEMPROPS.items():
        groups = found.setdefault(name, [])
        for source in (scoped, loose):
            for prop in props:
                if source.get(prop.lower()):
                    groups.append(source[prop.lower()])
    # a publisher item's name is the site's; a link to its page is no name
    found["site_name"] = [g for group in found["site_name"] if (g := _names_only(group))]
    return found


def _names_only(values: list[str]) -> list[str]:
    """The values that are not addresses (`<link itemprop="publisher" href="/about">`)."""
    return [v for v in values if not v.startswith(("http://", "https://", "/", "#"))]


TEXT_AND_BREAKS = lxml.etree.XPath("descendant::text() | descendant::br", smart_strings=False)
"""An element's text nodes and line breaks, in document order (`spaced_text`)."""


def spaced_text(el: HtmlElement) -> str:
    """An element's text with a space at each `<br>`: a heading written on two lines
    ("Council approves budget<br>after long debate") reads as two words there, where
    `text_content` joins them ("budgetafter")."""
    if el.find(".//br") is None:
        return str(el.text_content())
    nodes = cast(list[Any], TEXT_AND_BREAKS(el))
    return "".join(n if isinstance(n, str) else " " for n in nodes)


def _texts(elements: list[Any]) -> list[str]:
    out = []
    for el in elements[:MAX_GROUP]:
        value = el if isinstance(el, str) else spaced_text(el)
        value = " ".join(str(value)[:MAX_META_CHARS].split())
        if value:
            out.append(value)
    return out


def _group(values: list[Any]) -> Groups:
    texts = _texts(values)
    return [texts] if texts else []


def _link_attrs(page: Page, rel: str, attr: str) -> list[str]:
    """`attr` of the `<link>`s whose rel is exactly `rel` (XPath //link[@rel=rel]/@attr)."""
    return [
        value
        for link in page.tagged("link")
        if link.get("rel") == rel and (value := link.get(attr)) is not None
    ]


def canonical_link(page: Page) -> str | None:
    """The address of the page's first `<link rel="canonical">` (rel in any case) that has
    one: where the page says it lives, for readers that need a URL when none was given."""
    for link in page.tagged("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return str(link.get("href"))
    return None


def page_address(page: Page) -> str | None:
    """The page's URL: the one given to `extract()`, else where the page says it lives (its
    canonical link, else its `og:url`); None when neither says."""
    if page.url:
        return page.url
    canonical = canonical_link(page)
    if canonical:
        return canonical
    og = page.meta.get("og:url")
    return og[0][1] if og and og[0][1] else None


_XML_SPACE = str.maketrans("\t\n\r", "   ")
"""The whitespace of XPath's normalize-space(): tab, newline, carriage return, space."""


def _markup_authors(page: Page) -> Groups:
    """`<a rel="author">` texts, then `<link rel=author title=...>` names (not URLs).

    A link inside a story card (`cards.card_of`) names that story's writer, not the page's."""
    links = [  # //a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]
        a
        for a in page.anchors()
        if "author" in (rel := a.get("rel") or "")
        and " author " in f" {rel.translate(_XML_SPACE)} "
        and cards.card_of(a, page.card_titles) is None
    ]
    names = [  # //link[@rel='author'][not(contains(@href, '/'))]/@title
        title
        for link in page.tagged("link")
        if link.get("rel") == "author"
        and "/" not in (link.get("href") or "")
        and (title := link.get("title")) is not None
    ]
    return [g for g in (_texts(links), _texts(names)) if g]


def _markup_published(page: Page) -> Groups:
    """`<time pubdate>` texts, each followed by its datetime.

    As the XPath //time[@pubdate]/@datetime|//time[@pubdate] lists them.
    """
    values: list[Any] = []
    for el in page.tagged("time"):
        if el.get("pubdate") is not None:
            values.append(el)
            stamp = el.get("datetime")
            if stamp is not None:
                values.append(stamp)
    return _group(values)


CLASS_VALUES = lxml.etree.XPath("//@class", smart_strings=False)
"""The page's `class` values as plain strings (`Page.class_values`)."""
ROOT_LANGUAGE = lxml.etree.XPath("/html/@lang|/html/@xml:lang")
"""The languages the page's root declares (compiled once, as every page asks)."""

_MARKUP_READERS: dict[str, Callable[[Page], Groups]] = {
    "title": lambda page: _group(page.tagged("title")[:1]),
    "language": lambda page: _group(cast(list[str], ROOT_LANGUAGE(page.tree))),
    "canonical_url": lambda page: _group(_link_attrs(page, "canonical", "href")),
    "image": lambda page: _group(_link_attrs(page, "image_src", "href")),
    "authors": _markup_authors,
    "published": _markup_published,
}


def from_markup(page: Page) -> Found:
    """Plain HTML: `<title>`, `<h1>`, `<html lang>`, canonical and author links, `<time>`.

    Read per field on demand: author links and `<time pubdate>` are needed only on pages
    without better sources for them.
    """
    return Lazy(page, _MARKUP_READERS)


def headline_groups(page: Page) -> Found:
    """The page's `<h1>` texts, less the site's logo: the weakest title source. On a page
    without one, the line that prints a part of its `<title>` (`printed_headline`); on a
    page whose one `<h1>` is the site's name beside it, the line that prints the rest
    (`beside_site_h1`)."""
    h1s = [h1 for h1 in page.tagged("h1") if not is_logo(h1) and is_shown(h1)]
    if len(h1s) == 1 and (rest := beside_site_h1(page, h1s[0])) is not None:
        return {"title": _group([rest])}
    return {"title": _group(h1s or page.printed_headline())}


def beside_site_h1(page: Page, h1: HtmlElement) -> HtmlElement | None:
    """The first `<h2>` or `<h3>` after the page's `<h1>`, where its whole text is the rest
    of the `<title>` beside the `<h1>`'s text and that rest has more words: "Story :: Site"
    over an `<h1>` "Site" and an `<h2>` "Story". A hand-made page names itself in an
    `<h1>` with no link home (no logo to `is_logo`) and prints each entry's title in the
    next heading; the `<title>` tells which is which. Not a line further down (a footer's
    name of the site, longer than a headline "Learn More: Academic Tutoring")."""
    titles = page.tagged("title")
    heading = clean_text(h1.text_content())
    if not titles or not heading:
        return None
    title = clean_text(titles[0].text_content())
    rest = title_remainder(title, heading)
    if not rest or len(title_words(rest)) <= len(title_words(heading)):
        return None
    after = False
    for el in page.tree.iter("h1", "h2", "h3"):
        if el is h1:
            after = True
        elif after:  # the first heading after it prints the rest, or none is told
            shown = text_key(el.text_content()) == text_key(rest)
            return el if shown and not _in_chrome(el) and is_shown(el) else None
    return None


def _in_chrome(el: HtmlElement) -> bool:
    """Whether an element is or holds a link, or sits in the page's header or menu."""
    return next(el.iter("a"), None) is not None or _under_chrome(el)


def _under_chrome(el: HtmlElement) -> bool:
    """Whether an element sits in a link, or in the page's header or menu."""
    return any(a.tag in ("a", "header", "nav") for a in el.iterancestors())


def _topic_link(link: HtmlElement) -> bool:
    """A link that prints the page's headline as a board prints its topic's title
    (phpBB's `<a class="maintitle" href="viewtopic.php?t=5">`): not the home page's (a
    logo), not in the page's header or menu, and holding no element of a headline line."""
    return not _home_link(link.get("href")) and next(link.iter(*HEADLINE_LINES), None) is None \
        and not _under_chrome(link)


HEADLINE_LINES = ("h2", "h3", "b", "strong", "font", "big", "span")
"""The elements that hand-made and older pages print their headline in where they have no
`<h1>`: a `<font size=5><b>`, a `<span class="titulo">`, a blog's post title in an `<h3>`."""


def printed_headline(page: Page) -> list[HtmlElement]:
    """The shown element whose whole text is a part of the page's `<title>` ("Site -
    Headline", "Headline :: Site"), not all of it and longer than the rest
    (`titles.headline_runs`), where it is the only part the page prints so: the page's own
    headline line, which tells the headline from the site's name as an `<h1>` does. A part
    printed as a link, or in the page's `<header>` or `<nav>`, is the site's logo or a
    menu's entry; where two parts are printed (the site's name in a banner, the headline),
    none is told."""
    titles = page.tagged("title")
    if not titles:
        return []
    runs = {text_key(r): r for r in headline_runs(clean_text(titles[0].text_content()))}
    runs.pop("", None)
    if not runs:
        return []
    found: dict[str, HtmlElement] = {}
    body = page.tree.find("body")
    for el in body.iter(*HEADLINE_LINES, "a") if body is not None else ():
        key = text_key(el.text_content())
        if key in runs and key not in found and is_shown(el) and (
            _topic_link(el) if el.tag == "a" else not _in_chrome(el)
        ):
            found[key] = el
            if len(found) > 1:
                return []
    return list(found.values())


MAX_FIGURES = 20
"""Figures looked at for a lead image; the lead one comes first."""


def first_figure_image(page: Page) -> str | None:
    """The address of the image of the page's first `<figure>`: the lead image of pages
    without one in their metadata. Read as the body's figures read it
    (`structure.image_source`: the lazy loader's address before the placeholder in `src`,
    the widest `srcset` candidate), so that the lead image is the picture the body shows;
    inline images (`data:`) and icons (`.svg`) are skipped."""
    for figure in page.tagged("figure")[:MAX_FIGURES]:
        for img in figure.iter("img"):
            src = image_source(img, None)
            if src and not src.lower().endswith(".svg"):
                return src
    return None


HOME_PATHS = frozenset({"/", "./", "index.html", "/index.html", "index.htm", "/index.htm"})
"""Addresses of a site's own home page written without its host."""


NETLOC_MARK = re.compile(r"/[\t\r\n]*/")
"""The "//" before an address's host, as `urlsplit` reads it: it drops tabs and line
breaks anywhere first ("/\\n/example.com/" has a host). An address without one has no
host, and is no home page unless `HOME_PATHS` lists it: the test needs no `urlsplit`,
whose cost (a few microseconds, in Python) a listing of thousands of relative links paid
for each (`own_names`)."""


def _home_link(href: str | None) -> bool:
    """Whether a link goes to a site's home page: "/", "./", "https://example.com/" (or
    nowhere: "", "#", a logo's link a script handles)."""
    if href is None:
        return False
    href = href.strip()
    if href in HOME_PATHS or href in ("", "#"):
        return True
    if NETLOC_MARK.search(href) is None:
        return False  # no host: what follows is a relative path's test, thousands a listing
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return bool(parts.netloc) and parts.path in {"", "/"} and not parts.query


BODY_STRINGS = lxml.etree.XPath("//body//text()", smart_strings=False)
"""The body's text nodes as plain strings: three times as fast as "smart" ones, which each
hold their element (`Page.body_strings`)."""
MAX_OWN_NAME_CHARS = 200
"""Longer texts are a paragraph that mentions a copyright, not the notice."""


def own_names(page: Page) -> tuple[str, ...]:
    """Where the page names its own site for the reader: the text of each link to the
    site's home page (the logo's words, a breadcrumb's first step) and each line of its
    copyright notice, which holds the owner's name. Read to tell the site's name in a
    `<title>` from the headline where no metadata names the site (`titles.strip_site`): in
    any language, since these are markup and a sign, not words. Links elsewhere ("#", a
    social network's home page) are not the site's."""
    host = site_host(page.url)
    names = [
        text for a in page.anchors()
        if _own_home_link(a.get("href"), host)
        and (text := " ".join(a.text_content().split())) and len(text) <= MAX_OWN_NAME_CHARS
    ]
    # The texts of the copyright notice: "© 2025 Example News. All rights reserved." (the
    # sign, or the word, which is English in notices in any language). Tested in Python: an
    # XPath testing them with contains() copied each text node once per test, and cost about
    # five times as much as the plain list of them, which the label lines read too.
    names += [
        line for text in page.body_strings()
        if ("\u00a9" in text or "opyright" in text)
        and (line := " ".join(text.split())) and len(line) <= MAX_OWN_NAME_CHARS
    ]
    return tuple(dict.fromkeys(names))


def _own_home_link(href: str | None, host: str) -> bool:
    """A link to this site's home page (`_home_link`): "#" (a script's button) is none, and
    an address with a host must name the page's own (not a social network's home page)."""
    if href is None or href.strip() in ("", "#") or not _home_link(href):
        return False
    target = site_host(href.strip()) if "//" in href else ""
    return not target or target == host


LOGO_HINT = re.compile(r"logo|brand|site-?(?:title|name)|\bmenu\b", re.IGNORECASE)
"""Class or id of a heading that holds the site's name, not the page's (a "menu-title" is
the name a documentation site prints in its menu bar on every page)."""
BANNER_HINT = re.compile(r"\bsite-?(?:description|branding|header)\b", re.IGNORECASE)
"""Class or id of an element around a heading that makes it the site's banner (a forum's
name in its "site-description"), searched `BANNER_DEPTH` elements up."""
BANNER_DEPTH = 3


def is_logo(heading: HtmlElement) -> bool:
    """A heading that is the site's logo: named so by its class or id, or its whole text is
    a link to the home page (the link inside it, or around it). Site templates put the logo
    in an `<h1>` on every page."""
    text = " ".join(heading.text_content().split())
    if not text:
        return False
    if LOGO_HINT.search(f"{heading.get('class') or ''} {heading.get('id') or ''}"):
        return True
    for above in islice(heading.iterancestors(), BANNER_DEPTH):
        if BANNER_HINT.search(f"{above.get('class') or ''} {above.get('id') or ''}"):
            return True
    for parent in heading.iterancestors("a"):
        return _home_link(parent.get("href"))
    links = list(heading.iter("a"))
    return len(links) == 1 and _home_link(links[0].get("href")) and (
        " ".join(links[0].text_content().split()) == text
    )


BLOG_POST_TYPES = frozenset({"blogposting"})
"""schema.org types of a blog post: its headline and `og:title` are filled from the post's
search-engine title (blog platforms and their SEO plug-ins ask for one apart), while its
`<h1>` prints the title the author gave it."""
MAX_ITEMTYPES = 50
"""Microdata items looked at for the page's own type (it is among the first)."""


def is_blog_post(page: Page) -> bool:
    """Whether the page's own object is a blog post: its JSON-LD article object, else its
    first microdata item of an article type, is a `BlogPosting`."""
    article = page.jsonld.article()
    if article is not None and jsonld.types(article) & jsonld.ARTICLE_TYPES:
        return bool(jsonld.types(article) & BLOG_POST_TYPES)
    for itemtype in islice(page.tree.iterfind(".//*[@itemtype]"), MAX_ITEMTYPES):
        kind = jsonld.type_name(itemtype.get("itemtype") or "")
        if _is_article_itemtype(kind):
            return kind in BLOG_POST_TYPES
    return False


UNSHOWN_HINT = re.compile(r"\b(?:sr-only|visually-hidden|screen-reader-text)\b", re.IGNORECASE)
"""Class of an element written for screen readers only: not shown on the page."""
DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
MAX_SHOWN_DEPTH = 30
"""Ancestors looked at for a dialog or a hidden container; headings sit far less deep."""


def is_shown(heading: HtmlElement) -> bool:
    """Whether a heading is shown with the page: not hidden (`hidden`, `aria-hidden`), not
    written for screen readers only, and not inside a dialog (a search box's or a feedback
    form's title, shown only when it opens)."""
    for el in islice(itertools.chain([heading], heading.iterancestors()), MAX_SHOWN_DEPTH):
        if el.tag == "dialog" or (el.get("role") or "").strip().lower() in DIALOG_ROLES:
            return False
        if hidden_attribute(el) or el.get("aria-hidden") == "true":
            return False
        if el.get("aria-modal") == "true" or UNSHOWN_HINT.search(el.get("class") or ""):
            return False
    return True


SOURCES: dict[str, Callable[[Page], Found]] = {
    "jsonld": from_jsonld,
    "meta": from_meta,
    "microdata": from_microdata,
    "markup": from_markup,
    "h1": headline_groups,
}
