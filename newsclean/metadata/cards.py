"""Story cards: the repeated items of a listing, each with its own linked headline.

A front page, a section index, a blog's archive or a related-stories box shows stories as
sibling elements built from one template (same tag, same class), each titled by a heading
that links to its story, at one level. A byline inside one of them names that story's
writer, not the page's: the page's own article is titled above the cards (its `<h1>` over
their `<h2>`s) or holds the headline.
Structure only (siblings, headings, links), so it holds in any language and on any site.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.html import HtmlElement

from newsclean.repeats import MIN_ITEMS, signature

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
MIN_TITLE_CHARS = 20
"""A card's linked title is a headline, longer than a name or a user name in a heading."""

Title = tuple[str, str]
"""A card's title: its heading's tag and its text, case folded."""


@dataclass(slots=True)
class Known:
    """What the calls of one page have read: each element's card title (`_title`), and each
    heading's own (`_heading_title`). The ancestors of an element hold the same headings,
    so climbing them reads each heading once, not once per ancestor."""

    titles: dict[HtmlElement, Title | None] = field(default_factory=dict)
    headings: dict[HtmlElement, Title | None] = field(default_factory=dict)


def _link(heading: HtmlElement) -> HtmlElement | None:
    """The link a heading holds or sits in (a card's title may wrap its heading)."""
    inner = next(heading.iter("a"), None)
    if inner is not None:
        return inner
    return next((a for a in heading.iterancestors() if a.tag == "a"), None)


def _title(el: HtmlElement, known: Known) -> Title | None:
    """The first heading of `el` linked to another page and long enough for a headline;
    None when there is none. A forum post's heading links to the post itself (`#p123`)."""
    if el in known.titles:
        return known.titles[el]
    title = None
    for h in el.iter(*HEADINGS):
        title = _heading_title(h, known)
        if title is not None:
            break
    known.titles[el] = title
    return title


def _heading_title(heading: HtmlElement, known: Known) -> Title | None:
    """The heading as a card's title: linked to another page and long enough for a
    headline; else None."""
    if heading in known.headings:
        return known.headings[heading]
    link = _link(heading)
    text = " ".join(heading.text_content().split()).casefold()
    title = None
    if (
        link is not None and len(text) >= MIN_TITLE_CHARS
        and not (link.get("href") or "#").startswith("#")
    ):
        title = (str(heading.tag), text)
    known.headings[heading] = title
    return title


def _other_story(title: Title, other: Title | None) -> bool:
    """Whether a twin is titled at the same level by another story: the posts of a thread
    are titled by its topic ("X", "Re: X"); the page's own article, whose `<h1>` stands
    above its related stories' `<h2>`s, is no twin of theirs."""
    return (
        other is not None and other[0] == title[0]
        and title[1] not in other[1] and other[1] not in title[1]
    )


def card_of(
    el: HtmlElement, known: Known, own: HtmlElement | None = None
) -> HtmlElement | None:
    """The story card `el` sits in: its nearest ancestor titled like a card with at least
    `MIN_ITEMS` - 1 siblings of its template titled by other stories; None outside any,
    or when the card holds `own` (the page's headline: that card is the page's article)."""
    holds_own = {own, *own.iterancestors()} if own is not None else set()
    for item in (el, *el.iterancestors()):
        parent = item.getparent()
        if parent is None or item.tag in ("body", "html") or item in holds_own:
            return None
        title = _title(item, known)
        if title is None:
            continue
        sig = signature(item)
        twins = sum(
            1 for sib in parent if sib is not item and isinstance(sib.tag, str)
            and signature(sib) == sig and _other_story(title, _title(sib, known))
        )
        if twins >= MIN_ITEMS - 1:
            return item
    return None
