"""Bylines and dates printed near the headline, for pages that carry no markup for them.

The headline is the `<h1>` that matches the title (else the first `<h1>`). Elements within
a short window around it are read: those whose class, id, rel or itemprop names a byline
or a date, `<time>` elements, and short texts starting with "By". Dates are read only
under a sure headline: one that prints the title, or the page's only `<h1>`. A date
printed after "Today" (a header clock) is never taken; one after "Updated" is a
modification date, the label in the date's element or printed right before it. A date
above the headline, outside the story's section and away from its byline (`in_masthead`),
may be the masthead's: one under the headline wins over it, and on the fetch day it is the
masthead's clock (`_DateScan`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import chain, islice, takewhile
from typing import Any

import lxml.etree
from lxml.html import HtmlElement

from newsclean.blocks import Memo, held_at_or_above
from newsclean.metadata import cards
from newsclean.metadata.authors import (
    BY,
    BY_INSIDE,
    CONNECTORS,
    EMAIL,
    ENDS_AT_CONNECTOR,
    FIELD_LABEL,
    LABEL_LINE,
    MAX_CREDIT_LABEL_CHARS,
    ROLE_BYLINE,
    capitalised,
    from_field_label,
    looks_like_name,
    other_credit_at,
)
from newsclean.metadata.bylined import parse_bylined_dateline
from newsclean.metadata.dates import (
    PUBLISHED,
    TODAY,
    UPDATED,
    clock_day,
    day_range,
    parse_date,
    parse_written_date,
)
from newsclean.metadata.relative import parse_relative
from newsclean.metadata.sources import Found, Groups, Lazy, Page, is_logo
from newsclean.metadata.titles import text_key
from newsclean.normalize.members import member_card, member_detail
from newsclean.normalize.text import Words

WINDOW_BEFORE = 8
"""Elements before the headline that are read (kickers and datelines sit above some)."""
WINDOW_AFTER = 200
"""Elements after the headline that are read; markup-heavy pages nest bylines deeply."""
BODY_PARAGRAPH_CHARS = 250
"""A paragraph this long after the headline is the article body: the window stops there."""
MAX_TEXT_CHARS = 150
"""Longer texts are paragraphs, not a byline or a date line."""

AUTHOR_HINT = r"author(?!i[sz]|it|[-_]?(?:desc|bio|about|role|job|position|summary))"
""""author" in a class or id, but not "authority", "authorize", "editor" ("auditor") nor the
author's description, bio or role beside the name ("author-description": "Senior Editor,
M.A. Journalism")."""
BYLINE_HINT = re.compile(
    rf"by-?line|{AUTHOR_HINT}|writer|contributor|posted-?by|reporter|journalist|autor",
    re.IGNORECASE,
)
DATE_HINT = re.compile(
    r"date|time|publish|posted|timestamp|dateline|datum|fecha|meta-?info|post-?meta",
    re.IGNORECASE,
)
BY_TEXT = re.compile(rf"^\s*(?:{BY})(?:\s*:)?\s+\S", re.IGNORECASE)
""""By Jane Doe", "By: Jane Doe"."""
NEAR_LINES = 30
"""Short texts after the headline where a printed publication date is looked for when the
markup already gives one (`published_near`): datelines sit right under headlines."""
DATE_LINE_CHARS = 60
"""Longest unmarked text read as a date line; twice that for a line of a publication date
and an update ("Veröffentlicht am 4. Dezember 2024, aktualisiert am 5. Dezember 2024")."""
UPDATED_PREFIX_CHARS = 25
"""An "Updated" word this close to the start makes the line's date a modification date."""


BYLINE_WORDS = Words(BYLINE_HINT)
DATE_WORDS = Words(DATE_HINT)
TODAY_WORDS = Words(TODAY)

# never read: code, navigation, and figures (their "author" is the photographer)
_SKIP = frozenset(
    {"script", "style", "noscript", "template", "svg", "nav", "footer", "figure", "figcaption"}
)
OWN_IN_ARTICLE = frozenset({"footer"})
"""Skipped tags that belong to the story inside the page's `<article>` (one with an `<h1>`):
an article's own footer holds its byline ("Posted by Jane Doe on ..."), the page's footer
does not (HTML's sectioning: a footer is its nearest article's). A teaser card's
`<article>` has no `<h1>`: its footer is skipped with the rest of the card's."""


def headline(page: Page, title: str | None) -> HtmlElement | None:
    """The `<h1>` that carries the title, else an `<h2>` that prints it, else (on a page
    with no `<h1>`) the line that prints it (`Page.printed_headline`), else the first
    `<h1>`. A page whose `<h1>` is its logo, its section or a promotion ("Form your LLC
    today") sets the story's headline one level down; the byline and the date sit by that
    one, not by the `<h1>`."""
    h1s = _in_body(page.tagged("h1"))
    found = next((h1 for h1 in h1s if carries(h1, title)), None)
    if found is None:
        found = next((h2 for h2 in _in_body(page.tagged("h2")) if prints(h2, title)), None)
    if found is None and not h1s:  # a hand-made page's headline in a <b>, a <font>
        found = next((el for el in page.printed_headline() if carries(el, title)), None)
    return found if found is not None else (h1s[0] if h1s else None)


def story_headline(page: Page, title: str | None) -> HtmlElement | None:
    """The story's headline where the page surely has one (`headline`, `_the_headline`),
    else None: what a date's place on the page is told from (above it, a masthead's)."""
    head, sure = _headline_of(page, title)
    return head if sure else None


def _headline_of(page: Page, title: str | None) -> tuple[HtmlElement | None, bool]:
    """The page's `headline` for `title`, and whether it surely is the story's
    (`_the_headline`): worked out once a page (`Page.headlines`)."""
    known = page.headlines.get(title)
    if known is None:
        head = headline(page, title)
        known = page.headlines[title] = (
            head, head is not None and _the_headline(page, head, title)
        )
    return known


def _in_body(headings: list[HtmlElement]) -> list[HtmlElement]:
    return [h for h in headings if any(a.tag == "body" for a in h.iterancestors())]


def _the_headline(page: Page, head: HtmlElement, title: str | None) -> bool:
    """Whether `head` is surely the story's headline: it prints the title, or it is the
    page's only `<h1>`. Among several headings none of which prints the title, the first
    is as likely a sidebar's ("science", over a forum's rules and its moderators) as the
    story's: the dates under it are the sidebar's."""
    if carries(head, title):
        return True
    return sum(1 for h1 in page.tagged("h1") if h1.text_content().strip()) == 1


def carries(heading: HtmlElement, title: str | None) -> bool:
    """Whether a heading prints the page's title (the one holds the other)."""
    want = text_key(title or "")
    got = text_key(heading.text_content())
    return bool(want and got) and (got == want or got in want or want in got)


PRINTS_SHARE = 0.6
"""Share of the title a heading below `<h1>` must print to be the headline: a section's
`<h2>` ("News") is inside many titles."""
PRINTS_MOST = 2.0
"""How many times the title's length a heading below `<h1>` may hold and still be the
headline (the title and a kicker): an `<h2>` left unclosed around the story holds the title
too, and the byline inside it would be its own text, never read."""


def prints(heading: HtmlElement, title: str | None) -> bool:
    """Whether a heading prints the page's title: it holds the title (and not much more),
    or most of it."""
    want = text_key(title or "")
    got = text_key(heading.text_content())
    if not (want and got) or len(got) > PRINTS_MOST * len(want):
        return False
    return want in got or (got in want and len(got) >= PRINTS_SHARE * len(want))


def _window(head: HtmlElement, texts: _ShortTexts) -> Iterator[tuple[HtmlElement, bool]]:
    """Elements in document order around the headline, less its own descendants, each
    with whether it stands above the headline (before it, and not around it).

    Only the window's elements are visited (walking siblings and parents from the
    headline), not the whole page, and only as far as the caller reads. Those inside
    script, navigation or figures are still among them: the caller drops them
    (`_skip_test`), after cheaper tests.
    """
    around = set(head.iterancestors())
    for el in list(islice(_preceding(head), WINDOW_BEFORE))[::-1]:
        yield el, el not in around
    # the headline's own descendants come first (only whether a position is among them counts)
    inner = sum(1 for _ in islice(head.iterdescendants(lxml.etree.Element), WINDOW_AFTER))
    for pos, el in enumerate(islice(_following(head), WINDOW_AFTER)):
        if str(el.tag).lower() == "p":
            text = texts.get(el)
            if text is None or len(text) >= BODY_PARAGRAPH_CHARS:
                return  # the article body has begun
        if pos >= inner:
            yield el, False


STORY_TAGS = frozenset({"article", "main"})
"""Sections that hold the story and not the site's masthead (HTML's `<main>` leaves out
what repeats across the site's pages, an `<article>` is the story itself)."""
BESIDE_LEVELS = 2
"""Levels above a date line searched for its byline: the line's row, and the row's box."""
BESIDE_ELEMENTS = 30
"""Elements of each of those read for a byline: a row of meta items is a few."""


def story_section(head: HtmlElement) -> HtmlElement | None:
    """The `<article>` or `<main>` that holds the headline (`STORY_TAGS`), else None."""
    return next((a for a in head.iterancestors() if a.tag in STORY_TAGS), None)


def beside_byline(el: HtmlElement) -> bool:
    """Whether `el` shares its row with the byline: it, or one of its `BESIDE_LEVELS`
    ancestors below `<body>`, is named a byline or holds one (by its hints, or a "By ..."
    text) among its first `BESIDE_ELEMENTS` elements ("<div class=meta><span
    class=author>Jane Doe</span> · <span>5 May 2025</span></div>")."""
    node: HtmlElement | None = el
    for _ in range(BESIDE_LEVELS + 1):
        if node is None or node.tag in PAGE_TAGS:
            return False
        if BYLINE_WORDS.search(_hints(node)):
            return True
        inner = islice(node.iterdescendants(lxml.etree.Element), BESIDE_ELEMENTS)
        if any(BYLINE_WORDS.search(_hints(d)) or BY_TEXT.match(d.text or "") for d in inner):
            return True
        node = node.getparent()
    return False


def in_masthead(el: HtmlElement, section: HtmlElement | None) -> bool:
    """Whether `el`, printed above the headline, may be the site's masthead: outside the
    story's section (`story_section`), not beside the byline and not labelled as the
    page's date (`labelled_date`). A kicker or a date line set over the headline stands in
    the story's `<article>` or `<main>`, or by its byline, or says what it dates; a
    masthead's clock does none of these."""
    return (
        (section is None or not _inside(el, section))
        and not beside_byline(el)
        and not labelled_date(el)
    )


def labelled_date(el: HtmlElement) -> bool:
    """Whether the date in `el` is labelled as the page's publication or update, in its
    own text or right before it ("Published 5 May 2025", "<div>Last updated:</div>
    <div>Dec 12, 2025</div>", in the languages of `PUBLISHED` and `UPDATED`). A masthead's
    clock prints the day alone, or after "Today" (never the page's date)."""
    own = " ".join(el.text_content().split())
    if len(own) > DATE_LINE_CHARS:
        return False
    text = f"{label_before(el)} {own}"
    return bool(PUBLISHED.search(text) or UPDATED.search(text)) and not TODAY_WORDS.search(text)


def _preceding(el: HtmlElement) -> Iterator[HtmlElement]:
    """The elements before `el` in document order (ancestors included), nearest first."""
    while True:
        sibling = next(el.itersiblings(lxml.etree.Element, preceding=True), None)
        if sibling is None:
            el = el.getparent()
            if el is None:
                return
            yield el
            continue
        el = sibling
        while (last := next(el.iterchildren(lxml.etree.Element, reversed=True), None)) is not None:
            el = last  # the last element of the sibling's subtree comes just before
        yield el


def _following(el: HtmlElement) -> Iterator[HtmlElement]:
    """The elements after `el` in document order: its descendants, then the rest."""
    yield from el.iterdescendants(lxml.etree.Element)
    node: HtmlElement | None = el
    while node is not None:
        for sibling in node.itersiblings(lxml.etree.Element):
            yield sibling
            yield from sibling.iterdescendants(lxml.etree.Element)
        node = node.getparent()


def _inside(el: HtmlElement, ancestor: HtmlElement) -> bool:
    return any(a is ancestor for a in el.iterancestors())


HOLDING_TAGS = frozenset({"nav", "footer"})
"""Skipped tags that a page's template sometimes leaves open around the story."""


def around_headline(page: Page) -> frozenset[HtmlElement]:
    """The navigation and footer elements that hold a headline of the page (an `<h1>`
    that is not the site's logo, `sources.is_logo`): a template that leaves its menu's
    `<nav>` unclosed has the parser nest the whole story inside it. What holds the
    story's headline is not the site's navigation. Worked out once a page."""
    if page.holding_headline is None:
        page.holding_headline = frozenset(
            above
            for h1 in page.tagged("h1")
            if not is_logo(h1)
            for above in h1.iterancestors(*HOLDING_TAGS)
        )
    return page.holding_headline


def _skip_test(keep: frozenset[HtmlElement] = frozenset()) -> Callable[[HtmlElement], bool]:
    """Whether an element is inside script, navigation, figures and the like; not for the
    elements in `keep` (`around_headline`).

    Answers are remembered per element, so neighbours in the window share the walk up
    their common ancestors.
    """
    known: dict[HtmlElement, tuple[bool, bool]] = {}  # (skipped, inside an <article>)

    def skipped(el: HtmlElement) -> bool:
        chain = []
        node: HtmlElement | None = el
        while node is not None and node not in known:
            chain.append(node)
            node = node.getparent()
        inside, in_article = known[node] if node is not None else (False, False)
        for item in reversed(chain):
            tag = str(item.tag).lower()
            inside = inside or (
                tag in _SKIP and not (in_article and tag in OWN_IN_ARTICLE) and item not in keep
            )
            in_article = in_article or (
                tag == "article" and next(item.iter("h1"), None) is not None
            )
            known[item] = inside, in_article
        return known[el][0]

    return skipped


def _hints(el: HtmlElement) -> str:
    """class, id, rel and itemprop, space-separated (empty ones too)."""
    attrs = el.items()  # one call; most elements near the headline have no attributes
    if not attrs:
        return "   "
    get = dict(attrs).get
    return f"{get('class') or ''} {get('id') or ''} {get('rel') or ''} {get('itemprop') or ''}"


def _text(el: HtmlElement) -> str:
    """Text with a space between elements: "by<a>Jane</a><span>8 Dec</span>" keeps apart."""
    if not len(el):  # no child nodes: the text is all (itertext costs microseconds to set up)
        return " ".join((el.text or "").split())
    return " ".join(" ".join(el.itertext()).split())


class _ShortTexts:
    """Texts as `_text` reads them, but only up to `limit` characters, each built once.

    Containers near the headline nest and can hold the whole article: a container's text
    is put together from its children's (already read for the window), and reading stops
    once it is longer than `limit`, where only "too long" matters.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.known: dict[HtmlElement, str | None] = {}

    MAX_NESTING = 100
    """Children deeper than this below the first element asked for are read with itertext,
    not by recursion (trees built by hand may nest beyond Python's stack)."""

    def get(self, el: HtmlElement, depth: int = 0) -> str | None:
        """The element's text, or None when it is longer than `limit`."""
        if el in self.known:
            return self.known[el]
        text = self._read(el, depth) if depth < self.MAX_NESTING else self._flat(el)
        self.known[el] = text
        return text

    def _flat(self, el: HtmlElement) -> str | None:
        words: list[str] = []
        size = -1
        for piece in el.itertext():
            split = piece.split()
            if split:
                words += split
                size += len(" ".join(split)) + 1
                if size > self.limit:
                    return None
        return " ".join(words)

    def _read(self, el: HtmlElement, depth: int) -> str | None:
        parts: list[str] = []  # the normalised pieces of el.itertext(), in its order
        size = -1  # of " ".join(parts)
        own = el.text
        if own and (piece := " ".join(own.split())):
            parts.append(piece)
            size += len(piece) + 1
        for child in el:  # elements, comments and processing instructions
            if size > self.limit:
                return None
            if isinstance(child.tag, str):  # a comment's text is not read, its tail is
                inner = self.get(child, depth + 1)
                if inner is None:
                    return None  # a part longer than the limit: the whole is too
                if inner:
                    parts.append(inner)
                    size += len(inner) + 1
            tail = child.tail
            if tail and (piece := " ".join(tail.split())):
                parts.append(piece)
                size += len(piece) + 1
        return " ".join(parts) if size <= self.limit else None


def _linked_names(el: HtmlElement) -> list[str]:
    """Texts of the links inside a byline: names link to author pages, roles do not; nor
    do the story's topics printed beside them (`topic_link`)."""
    return [t for t in (_text(a) for a in writer_links(el) if not topic_link(a, el)) if t]


TOPIC_HINT = Words(re.compile(
    r"categor|(?<![a-z])tags?(?![a-z])|topic|(?<![a-z])sections?(?![a-z])|rubri[ck]|kicker"
    r"|breadcrumb|(?<![a-z])genre",
    re.IGNORECASE,
))
"""Class or id of a link (or of its wrapper) to the story's category, tag, topic or section:
"byline__category", "post-topic", "article-tags"."""
_TOPIC_PATHS_TEXT = """
category categories tag tags topic topics section sections rubrique rubriques rubrik
rubriken kategorie kategorien thema themen tema temas categoria categorias categoría
categorías etiqueta etiquetas argomento argomenti
"""
TOPIC_PATHS = frozenset(_TOPIC_PATHS_TEXT.split())
"""Words of an address, in several languages, that lead to a topic's page ("/category/
politics/", "/themen/klima", "?content_topic=906"), not a person's."""
_ADDRESS_WORDS = re.compile(r"[/?&=_.#-]+")
TOPIC_LEVELS = 1
"""Wrappers above a link that is the byline element itself, read for a topic's hint: the
link alone says nothing ("<span class=post-topic><a id=author-modal>HR Strategy</a>")."""


def topic_link(link: HtmlElement, byline: HtmlElement) -> bool:
    """Whether a link in a byline leads to the story's topic rather than a person: its
    address has a topic's word (`TOPIC_PATHS`), or it or a wrapper inside the byline (not
    the byline itself: "byline-section"; where the link is the byline, `TOPIC_LEVELS`
    above it) is named a topic (`TOPIC_HINT`).
    A byline's row often prints the date and the category beside the writer ("March 20,
    2023 | <a class=category>Wellness & Prevention</a>"), which is no one's name."""
    words = _ADDRESS_WORDS.split((link.get("href") or "").lower())
    if TOPIC_PATHS.intersection(words):
        return True
    if link is byline:
        wrappers = [link, *islice(link.iterancestors(), TOPIC_LEVELS)]
    else:  # the byline's own name says nothing ("byline-section")
        up = chain((link,), link.iterancestors())
        wrappers = list(takewhile(lambda node: node is not byline, up))
    return any(
        node.tag not in PAGE_TAGS and TOPIC_HINT.search(_hints(node)) for node in wrappers
    )


def _text_less_topics(el: HtmlElement, text: str) -> str:
    """A byline's text without the texts of its topic links (`topic_link`): "March 20, 2023
    |" of "March 20, 2023 | Wellness & Prevention". The text as it is where it has none."""
    topics = [a for a in el.iter("a") if a.get("href") and topic_link(a, el)]
    if not topics:
        return text
    if topics[0] is el:  # the byline is the topic's link
        return ""
    pieces = (
        p if isinstance(p, str) else "" if p in topics else _text(p)
        for p in _text_and_links(el)
    )
    return " ".join(" ".join(pieces).split())


def _text_and_links(el: HtmlElement) -> Iterator[str | HtmlElement]:
    """The texts of `el` and its links (`<a href>`, not entered), in document order. A
    walk with its own stack, not a recursion: hand-built trees may nest deeper than
    Python's stack."""
    if el.text:
        yield el.text
    stack: list[tuple[HtmlElement, Iterator[HtmlElement]]] = [(el, iter(el))]
    while stack:
        parent, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if parent is not el and parent.tail:
                yield parent.tail
            continue
        if isinstance(child.tag, str) and not (child.tag == "a" and child.get("href")):
            if child.text:
                yield child.text
            stack.append((child, iter(child)))
            continue
        if isinstance(child.tag, str):
            yield child  # a link, not entered
        if child.tail:  # a link's, a comment's
            yield child.tail


def writer_links(el: HtmlElement) -> list[HtmlElement]:
    """The links of a byline less those printed after the credit for other work than the
    words (`authors.other_credit_at`): "By <a>Jane Doe</a> · Reviewed by <a>John
    Roe</a>" names the writer and her reviewer, and "Written by Staff Writer, reviewed by
    <a>John Roe</a>" a desk and the reviewer. A credit for the pictures that opens the
    byline and names its only person ("Photos by <a>John Roe</a>") still names the
    writer, as in text; a reviewer never does ("Reviewed by <a>John Roe</a>")."""
    links: list[HtmlElement] = []
    credited: set[HtmlElement] = set()
    before = ""  # the text since the last link
    printed = False  # anything before the first credit: a writer, linked or not
    for piece in _text_and_links(el):
        if isinstance(piece, str):
            before += " " + piece  # "<span>Staff Writer</span>Reviewed by": two texts
            continue
        text = " ".join(before.split())
        credit = other_credit_at(text)
        if credit is not None:
            at, review = credit
            credited.add(piece)
            printed = printed or review or bool(links) or any(c.isalpha() for c in text[:at])
        links.append(piece)
        before = ""
    if credited and (printed or len(credited) < len(links)):
        return [a for a in links if a not in credited]
    return links


BEFORE_LEVELS = 3
"""Ancestors of a link searched for the text printed before it: a label and a name are
often each wrapped ("<span>Reviewed by</span> <span><a>John Roe</a></span>")."""


def text_before(link: HtmlElement, chars: int = MAX_CREDIT_LABEL_CHARS) -> str:
    """The text printed right before a link (its last `chars` characters or more, spaces
    collapsed), read back through its siblings and up to `BEFORE_LEVELS` ancestors until
    some is found; "" where none is."""
    node = link
    for _ in range(BEFORE_LEVELS):
        parent = node.getparent()
        if parent is None:
            break
        before: list[str] = []
        size = 0
        for sibling in node.itersiblings(preceding=True):
            piece = f"{sibling.text_content() if isinstance(sibling.tag, str) else ''} "
            piece += sibling.tail or ""
            before.append(piece)
            size += len(piece.strip())
            if size >= chars:
                break
        else:
            before.append(parent.text or "")
        text = " ".join(" ".join(reversed(before)).split())
        if text:
            return text
        node = parent
    return ""


BY_BETWEEN_LINKS = re.compile(rf"^\s*(?:{BY})\s*:?\s*$", re.IGNORECASE)
"""The text between two links that is a by-word alone (" von ", " par ", " by ")."""


def _named_after_by(el: HtmlElement) -> list[str]:
    """The text of the second link of a byline that opens with a link and then its by-word:
    forum software prints each post's author line so, its permalink or label first
    ("<a>Beitrag</a> von <a>Gartenfreund</a> » Di 5. Mär 2024", "<a>Message</a> par
    <a>…</a>"). The first link is not the writer, whatever its words; the second is, though
    a user name is one word. A byline that opens with text ("Von <a>Anna</a>, geprüft von
    <a>Peter</a>") is read as any other."""
    pieces = _text_and_links(el)
    before = ""
    for piece in pieces:
        if not isinstance(piece, str):
            break
        before += piece
    else:
        return []
    if any(c.isalpha() for c in before):
        return []
    between = ""
    for piece in pieces:
        if isinstance(piece, str):
            between += piece
            continue
        text = _text(piece)
        return [text] if text and BY_BETWEEN_LINKS.match(between) else []
    return []


def _person_links(el: HtmlElement) -> list[str]:
    """Texts of the links inside a byline to a person's page that the address spells
    (`<a href="/members/jdoe.12/">jdoe</a>`): where a byline has any, its other links
    are a place, a date or a category beside the name ("Location: Hudson Valley, NY")."""
    out = []
    for a in writer_links(el):
        slug = _author_slug(a.get("href"))
        if slug and (text := _text(a)) and _spells(text, slug):
            out.append(text)
    return out


def from_visible(
    page: Page, title: str | None, now: datetime | None = None, fetched: datetime | None = None
) -> Found:
    """Byline and date candidates read from the text around the headline; with `fetched`,
    the moment the page was fetched, relative dates too ("3 hours ago", `relative`).

    Each byline element is its own group, so the first one that names a person wins and a
    related story's byline further down is not mixed in. Bylines and dates are read on
    demand: most pages need only one of them from here.
    """
    head, sure = _headline_of(page, title)
    if head is None:
        return {}
    lines = _Lines(head, page.card_titles)
    readers: dict[str, Callable[[Page], Groups]] = {
        "authors": lambda _: lines.bylines()[0],
        "agency": lambda _: lines.bylines()[1],
        "dated_names": lambda _: lines.dated_names(now),
    }
    if sure:  # dates under another heading are not the story's
        readers |= {
            "published": lambda _: lines.dates(now, "published", fetched=fetched),
            "published_near": lambda _: lines.dates(now, "published", NEAR_LINES, fetched),
            "published_all_near": lambda _: lines.all_dates(
                now, "published", NEAR_LINES, fetched
            ),
            "modified": lambda _: lines.dates(now, "modified", fetched=fetched),
        }
    return Lazy(page, readers)


@dataclass
class _Line:
    """A short text of the window: an element, its text and attribute hints."""

    el: HtmlElement
    text: str
    hints: str
    byline: bool
    """Named a byline (by its hints, or a short "By ..." text): never read for a date."""
    above: bool = False
    """Stands above the headline (a kicker, a date line set over it, or the masthead's
    clock), not under it nor around it."""


MAIL_LABEL = re.compile(r"^\s*[^\W\d_]{2,12}\s*:\s*")
"""A mail header's label before the sender ("From:", "Von:", "De :", "От:"), in any language."""
MAIL_BRACKETS = "<>()[]«» \u00a0"


def mail_sender(el: HtmlElement, text: str) -> str | None:
    """The name of a sender printed with a mail address: "From: Jane Doe <jane@example.org>"
    (a header line holding a `mailto:` link) or "<b>Jane Doe</b> <a href="mailto:…">jane at
    example.org</a>" (the link right after the name). Mailing-list archives head each
    message so, and a byline with the writer's address is the same sign: a person, not a
    site or a desk, is named."""
    rest = text
    if "@" in text:  # the address printed in the line: its one link writes to it
        links = list(el.iter("a"))
        if len(links) != 1 or not _mailto(links[0]):
            return None  # a share bar's "Email" beside its networks' links: no sender
        rest = text.replace(" ".join(links[0].text_content().split()), " ")
    else:  # the address in the link right after the name ("molsen at example.org")
        after = el.getnext()
        if after is None or not _mailto(after) or (el.tail or "").strip(MAIL_BRACKETS) \
                or str(el.tag).lower() == "a" or el.find(".//a") is not None:
            return None
    name = MAIL_LABEL.sub("", EMAIL.sub(" ", rest)).strip(MAIL_BRACKETS + ",")
    name = " ".join(name.split())
    return name if looks_like_name(name) else None


def _has_colon(text: str) -> bool:
    """Whether a line holds a label's colon, ASCII or full-width (`FIELD_LABEL` needs one)."""
    return ":" in text or "\uff1a" in text


def _mailto(el: HtmlElement) -> bool:
    """A link to write to an address ("mailto:jane@example.org"), not a share button's
    "mailto:?subject=…", which names no one."""
    href = (el.get("href") or "").strip()
    return str(el.tag).lower() == "a" and href[:7].lower() == "mailto:" and (
        "@" in href.split("?", 1)[0] or "%40" in href.split("?", 1)[0])


def _by_child(
    el: HtmlElement, texts: _ShortTexts, says: Callable[[str], object],
) -> bool:
    """Whether a child of `el` holds the "By ..." text (or the field label) itself: the
    byline is the child ("<div><p>By: Jane Doe</p><p>Share</p></div>"), not the row or
    the story around it."""
    return any(
        isinstance(child.tag, str) and (text := texts.get(child)) and says(text)
        for child in el
    )


def _banner_at(el: HtmlElement) -> bool | None:
    """What `el` itself says of the banner question (`_Lines._banner`), None for nothing:
    an `<article>` is no banner, a `<header>` (or `role="banner"`) outside one is."""
    tag = str(el.tag).lower()
    if tag == "article":
        return False
    if tag == "header" or el.get("role") == "banner":
        return not any(a.tag == "article" for a in el.iterancestors())
    return None


def _away_at(el: HtmlElement) -> bool | None:
    """True where `el` is a region of comments, replies, reviews or related stories
    (`_Lines._away_from_head`), None for nothing."""
    if str(el.tag).lower() not in PAGE_TAGS and AWAY_HINT.search(_hints(el)):
        return True
    return None


class _Lines:
    """The window's short texts, found once and as far as asked, and the bylines and dates
    read from them.

    Lines are read lazily, in page order: the date printed under a headline is found
    without reading the rest of the window.
    """

    def __init__(self, head: HtmlElement, card_titles: cards.Known) -> None:
        self.head = head
        self.card_titles = card_titles
        self._lines: list[_Line] = []
        self._reader: Iterator[_Line] | None = None
        self._bylines: tuple[Groups, Groups] | None = None
        self._scan: _DateScan | None = None
        self._head_path: set[HtmlElement] | None = None
        self._in_banner: dict[HtmlElement, bool] = {}
        self._in_away: dict[HtmlElement, bool] = {}
        self._section: list[HtmlElement | None] = []  # the story's section, once asked
        self.keep = frozenset(head.iterancestors(*HOLDING_TAGS))
        """A `<nav>` or `<footer>` left open around the headline (`around_headline`)."""

    def _read(self) -> Iterator[_Line]:
        texts = _ShortTexts(max(MAX_TEXT_CHARS, BODY_PARAGRAPH_CHARS))
        skipped = _skip_test(self.keep)
        for el, above in _window(self.head, texts):
            text = texts.get(el)
            if not text or len(text) > MAX_TEXT_CHARS or skipped(el) or self._banner(el):
                continue
            hints = _hints(el)
            byline = BYLINE_WORDS.search(hints) or (
                BY_TEXT.match(text) and len(el) <= 3 and not _by_child(el, texts, BY_TEXT.match)
            ) or ROLE_BYLINE.match(text) or mail_sender(el, text) or (
                _has_colon(text) and FIELD_LABEL.search(text)
                and not _by_child(el, texts, FIELD_LABEL.search)
            )
            yield _Line(el, text, hints, bool(byline), above)

    def each(self) -> Iterator[_Line]:
        """The lines in page order, read as far as the caller goes."""
        yield from self._lines
        if self._reader is None:
            self._reader = self._read()
        for line in self._reader:
            self._lines.append(line)
            yield line

    def bylines(self) -> tuple[Groups, Groups]:
        """(authors, agency) groups. None under a headline that is a story card's title
        (a listing without a headline of its own), and none from a story card the
        headline is not in (`cards.card_of`): those name other stories' writers."""
        if self._bylines is None:
            bylines: list[list[str]] = []
            agencies: list[str] = []
            byline_els: list[HtmlElement] = []
            in_card = cards.card_of(self.head, self.card_titles) is not None
            lines = [] if in_card else list(self.each())
            for line in lines:
                if not line.byline or any(_inside(line.el, t) for t in byline_els):
                    continue
                if cards.card_of(line.el, self.card_titles, self.head) is not None:
                    continue
                if self._away_from_head(line.el):
                    continue  # a comment's or a related story's writer, not the story's
                linked = _person_links(line.el) or _named_after_by(line.el) or [
                    n for n in _linked_names(line.el) if looks_like_name(n)
                ]
                text = _text_less_topics(line.el, line.text)
                text = from_field_label(text) or text  # "Datum: 12.03.2005 | Autor: Jane Doe"
                sender = mail_sender(line.el, line.text)
                bylines.append(linked or ([sender] if sender else [])
                               or _before_dateline(_before_updated(text)))
                if linked:
                    agencies.append(line.text)
                byline_els.append(line.el)
            self._bylines = bylines, [agencies] if agencies else []
        return self._bylines

    def _banner(self, el: HtmlElement) -> bool:
        """Whether `el` is in the page's banner: a `<header>` (or `role="banner"`) outside
        any `<article>` and not around the headline. HTML's sectioning makes such a header
        the site's, whose ticker or edition date ("2 December 2024 — Markets up") is no date
        of the story, whose account name no byline; an article's own header is the story's."""
        return self._below_head(el, _banner_at, self._in_banner)

    def _away_from_head(self, el: HtmlElement) -> bool:
        """Whether `el` is or sits in comments, replies, reviews or related stories (by
        their class or id, `AWAY_HINT`) that do not also hold the headline: on a story of
        short paragraphs the window runs past its end into them, where a byline names
        another writer. A region around the headline too is the page's wrapper
        ("single-review"), not someone else's. Not every sidebar (`_sidebar`): a side
        column beside the story may hold its byline."""
        return self._below_head(el, _away_at, self._in_away)

    def _below_head(
        self, el: HtmlElement, at: Callable[[HtmlElement], bool | None],
        memo: dict[HtmlElement, bool],
    ) -> bool:
        """What the first of `el` and its ancestors that says anything (`at`: True or
        False, None for nothing) says, below the headline's ancestors (which say False).
        The window's elements share their ancestors: each is read once a page, its verdict
        kept in `memo` (keyed by the element, which the memo keeps alive, so that lxml
        hands back the same proxy for it)."""
        path: list[HtmlElement] = []
        verdict = False
        for ancestor in chain((el,), el.iterancestors()):
            known = memo.get(ancestor)
            if known is not None:
                verdict = known
                break
            path.append(ancestor)
            decided = False if ancestor in self._ancestors() else at(ancestor)
            if decided is not None:
                verdict = decided
                break
        for element in path:
            memo[element] = verdict
        return verdict

    def in_masthead(self, el: HtmlElement) -> bool:
        """Whether `el`, above the headline, may be the site's masthead (`in_masthead`);
        the story's section is found once, when first asked."""
        if not self._section:
            self._section.append(story_section(self.head))
        return in_masthead(el, self._section[0])

    def _ancestors(self) -> set[HtmlElement]:
        """The headline's ancestors, found once."""
        if self._head_path is None:
            self._head_path = set(self.head.iterancestors())
        return self._head_path

    def dated_names(self, now: datetime | None) -> Groups:
        """The name printed in the date line under the headline, where the line does not
        start with "By" (those are bylines, read already): "Posted on <time> by Jane Doe",
        "2025-12-17 · Jane Doe", "Jane Doe | Senior Writer | July 2, 2025". A line of a few
        parts, one of them a date, is the story's meta line; the part after "by" in it, else
        a part shaped like a person's name, is the writer. Lines around the headline (its
        container) are not read."""
        for line in islice(self.each(), NEAR_LINES):
            if line.byline or _inside(self.head, line.el) or self._away_from_head(line.el):
                continue
            parts = line_parts(line.el)
            if not MIN_PARTS <= len(parts) <= MAX_PARTS:
                continue
            dated = [p for p, _ in parts if parse_date(p, now) is not None]
            if not dated or member_card([p for p, _ in parts]):
                continue  # no date, or a member's join date beside their post
            labelled = _after_by([p for p, _ in parts])
            if labelled:
                return [[labelled]]
            names = [
                p for p, linked in parts
                if not linked and ":" not in p and p not in dated and looks_like_name(p)
                and capitalised(p)
            ]
            if names:
                return [names[:1]]
        return []

    def dates(
        self, now: datetime | None, field: str, max_lines: int | None = None,
        fetched: datetime | None = None,
    ) -> Groups:
        """The first "published" or "modified" date, as a group; the window is read only
        until it is found (or for `max_lines` lines)."""
        if self._scan is None:
            self._scan = _DateScan(self.each(), self.in_masthead, now, fetched)
        found = self._scan.until(field, max_lines)
        return [found[:1]] if found else []

    def all_dates(
        self, now: datetime | None, field: str, max_lines: int, fetched: datetime | None = None
    ) -> Groups:
        """Every "published" or "modified" date of the window's first `max_lines` lines,
        as a group: a scholarly page prints its history there ("Received …", "Accepted
        …", "Published …"), of which the first is not the publication."""
        if self._scan is None:
            self._scan = _DateScan(self.each(), self.in_masthead, now, fetched)
        found = self._scan.within(field, max_lines)
        return [found] if found else []


class _DateScan:
    """Dates of the window's lines, read in order and only as far as needed.

    A date under the headline, or above it in the story's `<article>` or `<main>` or
    beside its byline, is the story's. One above the headline elsewhere (`in_masthead`)
    may be the site's masthead with its clock: it is held while the lines under the
    headline are read on (`NEAR_LINES` in all), and one there wins; and a day printed
    there without a time that is the day of `now` (the fetch) is the clock itself
    (`dates.clock_day`), never taken. The same day printed under the headline is the
    story's, published the day the page was fetched."""

    def __init__(
        self, lines: Iterator[_Line], in_masthead: Callable[[HtmlElement], bool],
        now: datetime | None, fetched: datetime | None = None,
    ) -> None:
        self.lines = lines
        self.in_masthead = in_masthead
        self.now = now
        self.fetched = fetched
        self.found: dict[str, list[str]] = {"published": [], "modified": []}
        self.held: dict[str, list[str]] = {"published": [], "modified": []}
        """Dates read above the headline, where the masthead's may stand (`in_masthead`)."""
        self.date_els: list[HtmlElement] = []
        self.read = 0
        self.away: Memo = {}

    def until(self, field: str, max_lines: int | None = None) -> list[str]:
        """The field's dates once one of the story's is found (else those held from the
        masthead's place), or the lines are exhausted, or `max_lines` lines of the window
        have been read (a later call reads on)."""
        if not self.found[field]:
            for line in self.lines:
                self._read(line)
                self.read += 1
                if self.found[field] or (max_lines is not None and self.read >= max_lines):
                    break
                if self.held[field] and self.read >= NEAR_LINES:
                    break  # the lines right under the headline hold no date: the one above
        return self.found[field] or self.held[field]

    def within(self, field: str, max_lines: int) -> list[str]:
        """The field's dates of the story found in the window's first `max_lines` lines,
        read on past the first one."""
        if self.read < max_lines:
            for line in self.lines:
                self._read(line)
                self.read += 1
                if self.read >= max_lines:
                    break
        return list(self.found[field])

    def _read(self, line: _Line) -> None:
        el = line.el
        if any(_inside(el, t) for t in self.date_els):
            return
        if line.byline:
            self._relative_in_byline(line)
            return
        if _away_here(el) or _away(el, self.away):  # a comment's, a review's: not the story's
            return
        marked = str(el.tag).lower() == "time" or DATE_WORDS.search(line.hints)
        if marked or not len(el):
            published: list[str] = []
            modified: list[str] = []
            label = label_before(el)  # "Updated" or "Today" on its own, before the date
            if member_detail(line.text, label):
                return  # "<dt>Joined</dt><dd>Mar 12, 2019</dd>": a member's, not the page's
            labelled = label and (UPDATED.search(label) or TODAY_WORDS.search(label))
            text = f"{label} {line.text}" if labelled else line.text
            _add_date(el, text, published, modified, self.now, strict=not marked,
                      fetched=self.fetched)
            masthead = (published or modified) and line.above and self.in_masthead(el)
            if masthead and self.now is not None:
                published = [v for v in published if not _clock(v, self.now)]
                modified = [v for v in modified if not _clock(v, self.now)]
            if published or modified:
                found = self.held if masthead else self.found
                found["published"] += published
                found["modified"] += modified
                self.date_els.append(el)

    def _relative_in_byline(self, line: _Line) -> None:
        """A relative date on the byline's own line ("By Jane Doe · 3 hours ago",
        "Von Anna Schmidt, vor 3 Stunden"), read with the moment the page was fetched. A
        byline's line is read for no other date here: the page search reads its written
        day (`pagedate`), but not a relative one, which only the fetch time places."""
        if self.fetched is None:
            return
        relative = parse_relative(line.text, self.fetched)
        if relative is not None:
            field = "modified" if UPDATED.search(line.text) else "published"
            self.found[field].append(relative.isoformat())
            self.date_els.append(line.el)


def _clock(value: str, now: datetime) -> bool:
    """Whether a date line's value may be a masthead clock (`dates.clock_day`)."""
    parsed = parse_date(value, now)
    return parsed is not None and clock_day(parsed, now)


MAX_LABEL_CHARS = UPDATED_PREFIX_CHARS
"""A text before a date longer than this is a sentence or a byline, not its label."""


def label_before(el: HtmlElement) -> str:
    """The short text printed right before an element, in the same parent, where that is
    its label ("Updated" in `<span>Updated</span> <time>...</time>`, "Last updated:
    <time>"), else "". A date's label is often its own element: the date alone does not
    say whether it is a publication or an update."""
    previous = next(el.itersiblings(lxml.etree.Element, preceding=True), None)  # past comments
    if previous is None:
        parent = el.getparent()
        text = (parent.text or "") if parent is not None else ""
    else:
        text = previous.tail or ""
        if not text.strip() and len(previous) <= 1:
            text = previous.text_content()
    text = " ".join(text.split())
    return text if len(text) <= MAX_LABEL_CHARS else ""


BY_PART = re.compile(rf"^(?:{BY})(?:\s+(?P<rest>\S.*))?$", re.IGNORECASE)
"""A meta line's part that is, or starts with, the label before the writer's name."""


def _after_by(parts: list[str]) -> str | None:
    """The text after a "by" part of a meta line: "by Jane Doe, Editor" or "by", "Jane Doe"."""
    for k, part in enumerate(parts):
        match = BY_PART.match(part)
        if match is None:
            continue
        if match.group("rest"):
            return match.group("rest")
        return parts[k + 1] if k + 1 < len(parts) else None
    return None


# `(?<!\s)`: a match starts only where a whitespace run starts, keeping the split linear
PART_SEPARATORS = re.compile(
    rf"(?<!\s)\s*[|•·◆▪●∙⋅]\s*|(?<!\s)\s+(?:[-–—/]\s+|(?=(?i:{BY_INSIDE})\s))"
)
"""What parts a meta line between its items: "July 2, 2025 · Jane Doe | 5 min read"; a
"by" starts a part ("March 3, 2024 by Jane Doe")."""
MIN_PARTS = 2
MAX_PARTS = 6
"""A meta line has a date and a few more items; more parts make a menu or a list."""


def line_parts(el: HtmlElement) -> list[tuple[str, bool]]:
    """The parts of a short line: its text pieces (one per element), each split at the
    separators printed between items, and whether the part is a link's text to a page
    that is no person's (a category, a tag, a firm: "in <a>Project Management</a>")."""
    out = []
    for node, text, own in _own_texts(el):
        if own and node.tag == "time" and node.get("datetime"):
            text = str(node.get("datetime"))  # "03/01/2017" is the date its markup says
        link = next((a for a in _up_to(node, el) if a.tag == "a" and a.get("href")), None)
        other = link is not None and _author_slug(link.get("href")) is None
        for part in PART_SEPARATORS.split(text):
            words = part.split()
            if words and words[-1].lower() in CONNECTORS:
                words = words[:-1]  # "Jane Doe in <a>Politics</a>"
            if words:
                out.append((" ".join(words), other))
    return out


def _own_texts(el: HtmlElement) -> Iterator[tuple[HtmlElement, str, bool]]:
    """Each text node of `el` with the element it sits in (a tail sits in the parent) and
    whether it is that element's own first text."""
    for node in el.iter(lxml.etree.Element):
        if node.text and node.text.strip():
            yield node, node.text, True
        parent = node.getparent()
        if node is not el and parent is not None and node.tail and node.tail.strip():
            yield parent, node.tail, False


def _up_to(node: HtmlElement, top: HtmlElement) -> Iterator[HtmlElement]:
    """`node` and its ancestors up to `top` (inclusive)."""
    while node is not None:
        yield node
        if node is top:
            return
        node = node.getparent()


def _before_updated(text: str) -> str:
    """A byline without a trailing "| April 8, 2025" or "Updated ..." part."""
    match = UPDATED.search(text)
    if match:
        text = text[: match.start()]
    return text


def _before_dateline(text: str) -> list[str]:
    """A byline without the wire's dateline a reprint ran into it: "By Jane Doe MOSCOW
    (Reuters) - The…" names Jane Doe (`bylined`, which also parts "By JANE DOE AP" from its
    wire), where the whole line would end the name with the place."""
    bylined = parse_bylined_dateline(text, first=True)
    if bylined is None:
        return [text]
    return bylined.names or [bylined.byline]


def _add_date(
    el: HtmlElement, text: str, published: list[str], modified: list[str],
    now: datetime | None, strict: bool, fetched: datetime | None = None,
) -> None:
    """Sort one element's date into published or modified; skip "Today" header dates. With
    `fetched`, a relative date ("2 hours ago") is read as the moment it counts back to."""
    if TODAY_WORDS.search(text):
        return
    # a childless element holds no <time>: no tag-matching walk for it
    stamps = [el] if str(el.tag).lower() == "time" else list(el.iter("time")) if len(el) else []
    value = next((str(t.get("datetime")) for t in stamps if t.get("datetime")), None)
    candidate = value if value and parse_date(value, now) else None
    updated = UPDATED.search(text)
    if candidate is None:
        if strict and len(text) > DATE_LINE_CHARS * (2 if updated else 1):
            return  # an unmarked text must be a short date line (or two), not a sentence
        if day_range(text, now):
            return  # an exhibition's or an event's span of days, not the page's date
        if parse_date(text, now) is not None:  # written out, or a bare "2024-11-06"
            candidate = text
        elif fetched is not None and (relative := parse_relative(text, fetched)) is not None:
            candidate = relative.isoformat()
        else:
            return
    first = PUBLISHED.search(text, updated.end()) if updated is not None else None
    if updated is None:
        published.append(candidate)
    elif first is not None and parse_written_date(text[first.start():], now) is not None:
        # "Updated May 7, 2024 | Published May 5, 2024": each date after its own word
        published.append(text[first.start():])
        modified.append(text[: first.start()])
    elif parse_written_date(text[: updated.start()], now) is not None:
        # "December 3, 2025. Updated: December 7, 2025", "Published December 3, 2025
        # Updated December 7, 2025", "입력 2025.12.03 10:15 수정 2025.12.07 12:30": the
        # date before the word is the publication, the one after it the modification
        published.append(text[: updated.start()])
        modified.append(text[updated.start():])
    elif updated.start() < UPDATED_PREFIX_CHARS:
        modified.append(candidate)
    else:
        published.append(candidate)


LABEL_STEMS = ("uthor", "byline", "sername", "writer")
"""Cheap substring tests before `LABEL_HINT`: "author", "Author_name__x1", "username"."""


def _has_label_stem(value: str) -> bool:
    """Whether `value` holds one of `LABEL_STEMS`. Four substring tests (C scans of a short
    class name) cost two fifths of one search of their alternation, whose set-up per call
    outweighed the scan: it ran on every class, id and itemprop of the body."""
    author, byline, username, writer = LABEL_STEMS
    return author in value or byline in value or username in value or writer in value


LABELLING_ATTRIBUTES = ("class", "id", "itemprop")
"""The attributes that may label an element as the author."""
LABEL_HINT = Words(re.compile(
    rf"{AUTHOR_HINT}|byline|by-line|writer|user-?name|posted-?by|autor|auteur",
    re.IGNORECASE,
))
BIO_WORDS = Words(re.compile(r"author[-_]?(?:desc|bio|about)", re.IGNORECASE))
"""An element holding the author's description or bio ("author-description", "author_bio"):
not the name, which `AUTHOR_HINT` leaves out, but printed right before it."""
AWAY_HINT = Words(re.compile(
    r"comment|reply|replies|respons(?!ive)|related|recommend|review|testimonial|quote"
    r"|feedback|(?<![a-z])rating|account|login|cart|(?<![a-z])form(?![a-z])",
    re.IGNORECASE,
))
"""Ancestors whose elements are someone else's (comments, replies, related stories,
reviews, testimonials) or the reader's (account, cart, forms). Short words only where
they stand alone: "format-standard", "responsive" and "operating" are none of these."""
PAGE_TAGS = frozenset({"html", "body"})
"""Their class names describe the whole page ("single-format-standard"), not a region."""
FORM_TAGS = frozenset({"form", "label", "input", "select", "option", "textarea", "button"})
MAX_LABELLED = 40
"""Labelled elements read, in page order; the article's own byline or author box comes
among the first, comment and related-story authors later."""


def from_labelled(page: Page) -> Found:
    """Bylines anywhere in the page, read from elements labelled as the author, for pages
    whose headline has no byline near it (author boxes after the text, forum posts, pages
    without an `<h1>`). Each element is a group, in page order; its linked names (author
    pages) if it has any, else its short text; an author box too long for a byline gives
    the name at its head (`box_name`), and an element labelled as the author's bio the
    name printed right before it. `label_lines`: lines that say they name the
    author ("Written by Jane Doe", "Author: Jane Doe"), wherever their element is."""
    return Lazy(page, {
        "authors": _labelled_groups, "label_lines": _label_line_groups, "links": _link_groups,
    })


BODY_TEXTS = lxml.etree.XPath("//body//text()")
"""The body's text nodes, each a "smart" string that knows its element: read only on pages
where its plain strings (`Page.body_strings`) hold a label line, which most have none of."""
MAX_LABEL_LINES = 10
"""Label lines read, in page order."""
MAX_LABEL_NAMES = 4
"""Names read after one label."""
JOINERS = frozenset({",", "&", "and", "und", "et", "y", "e", "og", "och", "en", "i"})
"""Texts between two linked names of one label line: "Written by <a>A</a> and <a>B</a>"."""


def _label_line_groups(page: Page) -> Groups:
    """Lines that start with an author label, each a group, in page order.

    A label and its name are often apart ("<span>Written by</span> <a>Jane Doe</a>"), and
    the element around both may hold a bio too: a line is the label's text and, when the
    label stands alone, the next text of the page (and further names joined to it by
    "and" or a comma)."""
    starts = [
        i for i, piece in enumerate(_non_blank(page.body_strings()))
        if LABEL_LINE.match(_head(piece) + " x")  # " x": a label alone goes on in the next text
    ]
    if not starts:
        return []
    groups: Groups = []
    skipped = _skip_test(around_headline(page))
    away: Memo = {}
    pieces = _body_pieces(BODY_TEXTS, page)  # the same texts, now each with its element
    for i in starts:
        piece = pieces[i]
        head = _head(piece)
        el = piece.getparent()  # type: ignore[attr-defined]  # lxml's "smart" strings
        if el is None or str(el.tag).lower() in FORM_TAGS or skipped(el) or _away(el, away):
            continue
        if cards.card_of(el, page.card_titles) is not None:  # a story card's byline
            continue
        line = head if LABEL_LINE.match(head) else " ".join([head, *_names_after(pieces, i)])
        if ENDS_AT_CONNECTOR.search(line) and i + 1 < len(pieces):
            line = f"{line} {_head(pieces[i + 1])}"  # "posted by Jane Doe at" <a>9:41 PM</a>
        if LABEL_LINE.match(line) and len(line) <= MAX_TEXT_CHARS:
            groups.append([_before_updated(line)])
            if len(groups) >= MAX_LABEL_LINES:
                break
    return groups


SHOWN_TEXTS = lxml.etree.XPath(
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::template)]",
    smart_strings=False,
)


def shown(page: Page, names: list[str]) -> bool:
    """Whether any of `names` is printed in the page's body (case folded): a user name
    that a forum prints beside each post, not an account name only the markup holds."""
    wanted = [n.casefold() for n in names if n]
    if not wanted:
        return False
    text = _shown_text(page)
    return any(w in text for w in wanted)


def _shown_text(page: Page) -> str:
    """The body's text outside scripts, styles and templates, its spaces single, case
    folded: read once a page (`Page.shown_text`)."""
    if page.shown_text is None:
        result = SHOWN_TEXTS(page.tree)
        pieces = result if isinstance(result, list) else []
        page.shown_text = " ".join(" ".join(str(p).split()) for p in pieces).casefold()
    return page.shown_text


def _body_pieces(texts: lxml.etree.XPath, page: Page) -> list[str]:
    """The body's text nodes that are not blank, in page order."""
    result = texts(page.tree)
    return _non_blank(result) if isinstance(result, list) else []


def _non_blank(texts: list[Any]) -> list[str]:
    """The texts that are not blank (an XPath's strings), in their order."""
    return [p for p in texts if isinstance(p, str) and p.strip()]


def _head(piece: str) -> str:
    return " ".join(piece[:MAX_TEXT_CHARS].split())


def _names_after(pieces: list[str], i: int) -> list[str]:
    """The texts after a lone label: a name, and more names joined to it."""
    out: list[str] = []
    for piece in pieces[i + 1 : i + 1 + MAX_LABEL_NAMES * 2]:
        text = " ".join(piece.split())
        if len(out) % 2 == 1 and text.lower() not in JOINERS:
            break  # after a name only a joiner goes on
        out.append(text)
    if out and len(out) % 2 == 0:
        out.pop()  # a trailing joiner
    return out


def _labelled_elements(tree: HtmlElement) -> Iterator[HtmlElement]:
    """The elements of the body (the body too) whose class, id or itemprop holds one of
    `LABEL_STEMS`, in page order, as far as the caller reads. A walk in Python: an XPath
    of the three attributes with the stems tested by `contains()` made each attribute a
    string once per stem, and cost half again as much as this walk on the sample pages,
    which also stops at the `MAX_LABELLED`th element."""
    for body in tree.iter("body"):
        if next(body.iterancestors("body"), None) is not None:
            continue  # (walked with the body around it)
        for el in body.iter(lxml.etree.Element):
            for name in LABELLING_ATTRIBUTES:
                value = el.get(name)
                if value and _has_label_stem(value):
                    yield el
                    break


IDS_WITH_STEM = lxml.etree.XPath(
    "boolean(//@id[" + " or ".join(f"contains(., '{stem}')" for stem in LABEL_STEMS) + "])"
)
"""Whether an `id` of the page holds one of `LABEL_STEMS` (`contains` is case-sensitive, as
`_has_label_stem`'s substring tests are)."""


def may_be_labelled(page: Page) -> bool:
    """Whether a `class`, `id` or `itemprop` of the page holds one of `LABEL_STEMS`: where
    none does, no element is labelled as the author, and the walk of the body in Python
    that looks for them (`_labelled_elements`) is spared (on about two pages in three
    that read the labelled source). The class values and the itemprops are the page's,
    read once for the page type too; the ids are searched in C only where neither holds a
    stem. A stem holds no line break, so none is found across two joined values."""
    return (
        _has_label_stem("\n".join(page.class_values()))
        or _has_label_stem("\n".join(map(str, page.itemprops())))
        or bool(IDS_WITH_STEM(page.tree))
    )


def _labelled_groups(page: Page) -> Groups:
    if not may_be_labelled(page):
        return []
    found = list(islice(_labelled_elements(page.tree), MAX_LABELLED))
    groups: Groups = []
    taken: list[HtmlElement] = []
    skipped = _skip_test(around_headline(page))
    away: Memo = {}
    texts = _ShortTexts(MAX_TEXT_CHARS)
    for el in found:
        if str(el.tag).lower() in FORM_TAGS:
            continue
        hints = _hints(el)
        labelled = LABEL_HINT.search(hints)
        bio = not labelled and BIO_WORDS.search(hints)
        if not (labelled or bio):
            continue
        if skipped(el) or _away(el, away) or cards.card_of(el, page.card_titles) is not None:
            continue
        if any(_inside(el, t) for t in taken):
            continue
        if bio:  # the author's bio or description: the name is printed just before it
            el = el.getprevious()
            if el is None or el.tag in FORM_TAGS or _link_list(el):
                continue
            if not (name := texts.get(el)):
                continue
            if looks_like_name(name) and capitalised(name):
                groups.append([name])
                taken.append(el)
            continue
        text = texts.get(el)
        if text is None:  # too long for a byline: an author box, the name above a bio?
            text = box_name(el)
        if not text:
            continue
        linked = _named_after_by(el) or [
            n for n in _linked_names(el) if len(n) <= MAX_TEXT_CHARS
        ]
        groups.append(linked or [_before_updated(_text_less_topics(el, text))])
        taken.append(el)
    return groups


def _link_list(el: HtmlElement) -> bool:
    """Whether `el` holds two links or more (the story's tags, share buttons): no name
    printed before a bio, though its words pass for one in a script without capitals."""
    return next(islice(el.iter("a"), 1, None), None) is not None  # a second link


MAX_BOX_CHARS = 1500
"""An author box holds a name and a bio of a few sentences; a longer labelled element is
a region of the page (a post with its author's class), whose first line may be anything."""


def box_name(el: HtmlElement) -> str | None:
    """The name at the head of an author box: its first text (after the box's own heading,
    "About the author" in any language), where that looks like a person's name and the bio
    after it names the person again ("Jane Doe" over "Jane is a writer ..." or "Jane Doe
    writes ..."): a heading over a story would not recur so."""
    pieces = (p for p in (" ".join(t.split()) for t in el.itertext()) if p)
    first = next(pieces, "")
    if not _name_like(first) and first == _first_heading(el):
        first = next(pieces, "")
    if not _name_like(first):
        return None
    bio = ""  # the first piece that is not the name (printed twice: a caption, a heading)
    size = len(first)
    for piece in pieces:
        size += len(piece) + 1
        if size > MAX_BOX_CHARS:
            return None
        if not bio and piece.casefold() != first.casefold():
            bio = piece
    return first if _names_again(first, bio) else None


_SENTENCE_END = re.compile(r"[.!?。](?:\s|$)")
MIN_NAME_WORD_CHARS = 3
"""Shorter words of a name ("J.", "Al") are read in a bio as other words or initials."""


def _names_again(name: str, bio: str) -> bool:
    """Whether an author box's bio names the person of its head again: it starts with the
    given name ("Jane is a writer ...", "Jane Doe writes ..."), or its first sentence
    holds a word of the name ("Since its founding in 1998, David has grown the firm ...",
    "A reporter since 2010, Ms. Doe covers ...")."""
    words = name.replace(":", " ").split()
    if re.match(rf"{re.escape(words[0].casefold())}\b", bio.casefold()):
        return True
    end = _SENTENCE_END.search(bio)
    sentence = bio[: end.start()] if end else bio
    return any(  # as printed in the name: "Green Hills" is not named by "green hills"
        re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sentence)
        for w in words if len(w) >= MIN_NAME_WORD_CHARS
    )


def _name_like(text: str) -> bool:
    return looks_like_name(text) and capitalised(text)


_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _first_heading(el: HtmlElement) -> str | None:
    """The text of the first heading inside `el` (a box's title), spaces collapsed."""
    heading = next(el.iter(*_SUBHEADINGS), None)
    return " ".join(heading.text_content().split()) if heading is not None else None


def _away(el: HtmlElement, known: Memo) -> bool:
    """Whether the element sits in comments, replies or related stories (by the class or
    id of an ancestor); answers are remembered per ancestor chain."""
    return held_at_or_above(el.iterancestors(), _away_here, known)


def _away_here(el: HtmlElement) -> bool:
    tag = str(el.tag).lower()
    return tag in FORM_TAGS or _sidebar(el) or (
        tag not in PAGE_TAGS and AWAY_HINT.search(_hints(el))
    )


def _sidebar(el: HtmlElement) -> bool:
    """An `<aside>` of the page, not of an article: its bylines are other stories' (HTML's
    sectioning: an aside inside an `<article>` belongs to it, an author box among them)."""
    return el.tag == "aside" and not any(a.tag == "article" for a in el.iterancestors())


_AUTHOR_PATHS_TEXT = """
author authors autor autoren autores autore autori auteur auteurs autorzy avtor forfatter
writer writers journalist journalists journalisten journaliste journalistes periodista
periodistas giornalista redakteur redakteure redacteur reporter reporters correspondent
contributor contributors columnist columnists staff user users u member members profile
profiles
"""
AUTHOR_PATHS = frozenset(_AUTHOR_PATHS_TEXT.split())
"""Path segments, in several languages, before the slug of a person's page: "/author/jane-doe",
"/autoren/erika-mustermann", "/u/jdoe", "/members/jdoe.123/". Topic pages ("/tag/jane-doe",
"/people/...", which news sites use for people written about) are not among them."""
_LINK_UI_TEXT = """
account accounts login log sign register settings preferences profile profiles list lists
members member users user edit logout subscribe my all view more authors author team staff
"""
LINK_UI_WORDS = frozenset(_LINK_UI_TEXT.split())
"""Words of links to the site's own pages for its readers ("My account", "Member list"),
whose address spells them too."""
MAX_AUTHOR_LINKS = 10
"""Links to authors' pages read, in page order."""


def _link_groups(page: Page) -> Groups:
    """Links to a person's page whose text is the name the address spells: `<a
    href="/author/jane-doe">Jane Doe</a>`, each a group, in page order. The address and the
    text must agree (every word of the text in the last path segment), so a link "My
    account" to "/user/settings" is no author. Outside navigation, footers, comments and
    related stories."""
    groups: Groups = []
    skipped = _skip_test(around_headline(page))
    away: Memo = {}
    for a in page.anchors():
        slug = _author_slug(a.get("href"))
        if not slug:
            continue
        text = _text(a)
        if not text or len(text) > MAX_TEXT_CHARS or not _spells(text, slug):
            continue
        if skipped(a) or _away(a, away) or other_credit_at(text_before(a)) is not None:
            continue  # "Reviewed by <a href="/author/john-roe">": the reviewer's page
        if cards.card_of(a, page.card_titles) is not None:
            continue  # a story card's byline: that story's writer
        groups.append([text])
        if len(groups) >= MAX_AUTHOR_LINKS:
            break
    return groups


def display_names(page: Page, handles: list[str]) -> dict[str, str]:
    """The full names the page links to the user names `handles` own: `<a href="/u/jdoe">Jane
    Doe</a>` is the account "jdoe" under its display name (keyed by the handle, case
    folded). Where several names link to one handle, the first; a link text that is itself
    one word (the handle again) names nobody new. Not from story cards, comments or related
    stories (`cards.card_of`, `_away`): there the link is another writer's."""
    wanted = {h.casefold() for h in handles if h}
    found: dict[str, str] = {}
    if not wanted:
        return found
    away: Memo = {}
    for a in page.anchors():
        slug = (_author_slug(a.get("href")) or "").casefold()
        if not slug or slug not in wanted or slug in found:
            continue
        text = _text(a)
        if (
            len(text) <= MAX_TEXT_CHARS and len(text.split()) > 1 and looks_like_name(text)
            and cards.card_of(a, page.card_titles) is None and not _away(a, away)
        ):
            found[slug] = text
    return found


def _author_slug(href: str | None) -> str | None:
    """The last path segment of a link to a person's page ("jane-doe" of
    "/author/jane-doe/", "@janedoe" of a handle's page "/@janedoe"), else None."""
    if not href or "/" not in href:
        return None
    # the path without urlsplit (pages have thousands of links): a host is no path segment
    # it could be mistaken for, since a person's page needs a segment before its slug
    path = href.partition("?")[0].partition("#")[0]
    segments = [s for s in path.lower().split("/") if s]
    if segments and len(segments[-1]) > 1 and segments[-1][0] == "@":
        return segments[-1]  # a handle's page: "/@janedoe" (Medium, Substack, Hashnode)
    if len(segments) < 2 or segments[-2] not in AUTHOR_PATHS:
        return None
    return segments[-1]


def _fold(text: str) -> str:
    """Case folded, accents dropped: "Kovács" -> "kovacs", as addresses spell names. ASCII
    has nothing to decompose: it is folded at once, where a page of thousands of links to
    its members' pages (an archive's listing) read each link's text and address character
    by character."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _spells(text: str, slug: str) -> bool:
    """Whether every word of `text` is in `slug` ("Matt Check" in "matthew-check")."""
    words = re.findall(r"[^\W_]+", _fold(text))
    target = _fold(slug)
    return bool(words) and all(w in target and w not in LINK_UI_WORDS for w in words)
