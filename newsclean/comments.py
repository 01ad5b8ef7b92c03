"""Reader-comment sections told by their structure, not by their class names.

Below an article, most pages print what readers wrote about it: a run of sibling items
built from one template, each led by its author's name and a date and followed by what
they said, often with a reply form (a `<form>` holding a `<textarea>`) after it. Class
names ("comments", "commentlist", "disqus") say so on many pages, and the density rules
read them as furniture; where the names are hashed (CSS modules), utility classes
(Tailwind) or absent (a page builder's div soup), the section reads as more prose after
the article. This module finds such sections from what any template keeps: schema.org
microdata (`itemprop="comment"`, `itemtype` .../Comment or .../UserComments), and
repeated items (`newsclean.repeats`) that each open with a short line and carry a date (a
`<time>`, or a short line the project's date parser reads), with no titles of their own,
placed after a body of prose that is not one of them. A reply form right after them is
part of the section. The date is needed: short-led items without one are as often a
product's specification rows or an FAQ, with a contact form after them.

A forum thread or a Q&A page is built the same way, and its posts are the page's text; so
is a front page's stream of dated stories (author, date, blurb). On a page that says it
is one of those (schema.org `DiscussionForumPosting`, `QAPage`, ...; or whose page type
is forum, listing or collection) nothing is a comment section, and on any page the first
post of a thread is itself one of the items, so no body of prose stands before them. The
module only finds; the density rules decide what a section weighs
(`newsclean.extractors.rules`: furniture, as a section named "comments").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice
from typing import cast

import lxml.etree
from lxml.html import HtmlElement

from newsclean.blocks import HEADING_TAGS, TextBlock, document_blocks, words_under
from newsclean.document import Document
from newsclean.metadata import jsonld
from newsclean.metadata.dates import parse_written_date
from newsclean.metadata.sources import microdata_types, page_of
from newsclean.model import BlockKind, PageType
from newsclean.pagetype import classify
from newsclean.repeats import Group, page_groups

THREAD_TYPES = frozenset(
    {"discussionforumposting", "socialmediaposting", "qapage", "question", "answer"}
)
"""schema.org types of a page whose posts are its text: a thread, a Q&A page."""
POST_PAGE_TYPES = frozenset({"discussionforumposting", "socialmediaposting", "qapage"})
"""The `THREAD_TYPES` only a thread or a Q&A page declares: a `Question` and its `Answer`
are also an FAQ's (a service page's questions, declared for search engines), whose boxes
are no posts."""
ITEM_PAGES = frozenset({PageType.FORUM, PageType.LISTING, PageType.COLLECTION})
"""Page types whose repeated items are the page's text: a thread's posts, a front page's
stream of dated stories (author, date, blurb: shaped like comments)."""
COMMENT_PROPS = frozenset({"comment", "comments"})
"""Microdata `itemprop` tokens of a reader's comment on the item they sit in."""
COMMENT_TYPES = frozenset({"comment", "usercomments"})
"""Microdata `itemtype` names (the last part of the URL) of a reader's comment."""
MIN_BODY_WORDS = 100
"""Words of prose (`PROSE_MIN_WORDS` blocks, not mostly linked) that must come before a
section: the article the comments are about. A thread's first post is one of its items,
so a thread has no such body before them (a forum's one-line description has ~20 words)."""
PROSE_MIN_WORDS = 15
"""A block this long or longer counts towards the body before a section."""
MAX_LINK_DENSITY = 0.5
"""Items mostly linked are a list of links (teasers, archives), not what readers wrote."""
MAX_HEADING_SHARE = 0.5
"""Items with headings of their own are cards or a live blog's entries: comments have none."""
MIN_EVIDENCE_SHARE = 0.5
"""Share of the items that must carry the evidence (a date; a short opening line)."""
MIN_ITEM_WORDS = 8
"""Mean words an item must hold: a comment says something, a list of dates does not."""
LEAD_MAX_WORDS = 12
"""An item opens with its author's line (a name, "says:", a date): at most this long."""
DATE_MAX_WORDS = 12
"""A block read for a date is a line this short (a date in a sentence is not a post's)."""
SECTION_EXTRA_WORDS = 40
"""Words an ancestor of the items may hold beyond them and still be the comment section
(its heading "34 responses", a "Leave a reply" line): the article never fits in that."""

_KEY = "newsclean.comments.sections"


def comment_sections(doc: Document) -> frozenset[HtmlElement]:
    """The elements of the page that hold readers' comments, computed once per document."""
    cached = doc.cache.get(_KEY)
    if cached is None:
        cached = doc.cache[_KEY] = find_sections(doc)
    return cast(frozenset[HtmlElement], cached)


def find_sections(doc: Document) -> frozenset[HtmlElement]:
    """Every comment section of the page (see the module docstring); none on a page whose
    items are its text (`items_are_text`, asked last: most pages have no candidate)."""
    blocks = document_blocks(doc)
    if not blocks:
        return frozenset()
    found = set(_microdata_comments(doc))
    words: dict[HtmlElement, int] | None = None
    for group in page_groups(doc):
        if _is_comment_run(group) and _dated_share(group) >= MIN_EVIDENCE_SHARE:
            words = words if words is not None else words_under(blocks)
            section = _section(group, words)
            found.add(section)
            found.update(_reply_forms(section, doc))
    if not found or items_are_text(doc):
        return frozenset()
    outermost = {el for el in found if not any(a in found for a in el.iterancestors())}
    return frozenset(el for el in outermost if _after_body(el, blocks))


def inside(blocks: Sequence[TextBlock], sections: frozenset[HtmlElement]) -> list[bool]:
    """For each block, whether it lies in one of `sections`, however deep (a reply nested
    in a reply)."""
    if not sections:
        return [False] * len(blocks)
    return [not sections.isdisjoint(b.ancestors) for b in blocks]


def items_are_text(doc: Document) -> bool:
    """Whether the page says its posts or items are its text: a schema.org thread or Q&A
    type in its JSON-LD or microdata, or a page type of items (`ITEM_PAGES`)."""
    return declares_thread(doc) or classify(doc).page_type in ITEM_PAGES


def declares_thread(doc: Document, kinds: frozenset[str] = THREAD_TYPES) -> bool:
    """Whether the page says it is a thread or a Q&A page: a schema.org type of `kinds` in
    its JSON-LD or microdata."""
    page = page_of(doc)
    if any(jsonld.types(obj) & kinds for obj in page.jsonld.objects):
        return True
    return not kinds.isdisjoint(microdata_types(doc))


def is_thread(doc: Document) -> bool:
    """Whether the page is a thread or a Q&A page, whose posts are its text, every one of
    them: it declares one of `POST_PAGE_TYPES`, or its page type is forum."""
    return (declares_thread(doc, POST_PAGE_TYPES)
            or classify(doc).page_type is PageType.FORUM)


def _microdata_comments(doc: Document) -> Iterable[HtmlElement]:
    """Elements schema.org microdata names a comment (`itemprop="comment"`, `itemtype`
    .../Comment): outermost only, the replies nested in them go with them."""
    if not _names_comments(doc):
        return []  # spares a walk of every element on most pages
    candidates = doc.tree.xpath(  # lxml filters; the exact tokens are read below
        "//*[contains(@itemprop, 'omment') or contains(@itemtype, 'omment')]"
    )
    marked = [
        el for el in cast(list[HtmlElement], candidates)
        if set((el.get("itemprop") or "").lower().split()) & COMMENT_PROPS
        or {jsonld.type_name(v) for v in (el.get("itemtype") or "").split()} & COMMENT_TYPES
    ]
    chosen = set(marked)
    return [el for el in marked if not any(a in chosen for a in el.iterancestors())]


def _names_comments(doc: Document) -> bool:
    """Whether an `itemprop` or `itemtype` of the page names a comment: read in the values
    the metadata's microdata source and the page type find once a page, rather than by a
    search of the whole markup."""
    props = page_of(doc).itemprops()
    return any(not COMMENT_PROPS.isdisjoint(str(v).lower().split()) for v in props) or (
        not COMMENT_TYPES.isdisjoint(microdata_types(doc))
    )


def _is_comment_run(group: Group) -> bool:
    """Whether a repeated template's items are shaped like readers' comments: prose, not
    links, each opening with a short line, with no titles (in them, or as headings between
    them: cards, a listing's stories, a live blog's entries). Cheapest tests first: most
    of a page's templates fail one."""
    n = len(group.items)
    if (
        group.link_density > MAX_LINK_DENSITY
        or group.headed > MAX_HEADING_SHARE * n
        or group.words < MIN_ITEM_WORDS * n
    ):
        return False
    led = sum(len(b) > 1 and b[0].words <= LEAD_MAX_WORDS for b in group.blocks)
    if led < MIN_EVIDENCE_SHARE * n:
        return False
    titled = group.headed + sum(_after_heading(item) for item in group.items)
    return titled <= MAX_HEADING_SHARE * n


def _after_heading(item: HtmlElement) -> bool:
    """Whether the element right before the item is a heading: the item's title."""
    before = next(item.itersiblings(lxml.etree.Element, preceding=True), None)  # elements only
    return before is not None and before.tag in HEADING_TAGS


def _dated_share(group: Group) -> float:
    """Share of the group's items that carry their date."""
    dated = sum(_dated(item, b) for item, b in zip(group.items, group.blocks, strict=True))
    return dated / len(group.items)


def _dated(item: HtmlElement, blocks: Sequence[TextBlock]) -> bool:
    """Whether an item carries its date: a `<time>` element, or a short line that reads as
    a written date."""
    if next(item.iter("time"), None) is not None:
        return True
    return any(
        b.words <= DATE_MAX_WORDS and b.kind is not BlockKind.CODE
        and parse_written_date(b.text) is not None
        for b in blocks
    )


def _section(group: Group, words: dict[HtmlElement, int]) -> HtmlElement:
    """The element holding the group's items and little else (their heading, a "leave a
    reply" line): the items' parent, or the highest ancestor with at most
    `SECTION_EXTRA_WORDS` words beyond the items' (`words`: words under each element)."""
    items = sum(words.get(el, 0) for el in group.items)
    section = group.parent
    for anc in group.parent.iterancestors():
        if anc.tag in ("body", "html") or words.get(anc, 0) - items > SECTION_EXTRA_WORDS:
            break
        section = anc
    return section


def _reply_forms(section: HtmlElement, doc: Document) -> list[HtmlElement]:
    """Forms with a `<textarea>` (a reply box) in `section` or in the element right after
    it: a contact or search form elsewhere on the page is not the section's."""
    if not doc.may_hold("<textarea"):
        return []
    # the next element, past comments and processing instructions
    places = [section, *islice(section.itersiblings(lxml.etree.Element), 1)]
    return [
        form for place in places for form in place.iter("form")
        if next(form.iter("textarea"), None) is not None
    ]


def _after_body(el: HtmlElement, blocks: Sequence[TextBlock]) -> bool:
    """Whether `MIN_BODY_WORDS` of prose lie before the element's first text: the article
    the comments follow (a thread's first post is one of its items)."""
    body = 0
    for b in blocks:
        if el in b.ancestors:
            return body >= MIN_BODY_WORDS
        if b.words >= PROSE_MIN_WORDS and b.link_density <= MAX_LINK_DENSITY:
            body += b.words
    return False  # no text in it: nothing to leave out
