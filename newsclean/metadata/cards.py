"""Story cards: the repeated items of a listing, each with its own linked headline.

A front page, a section index, a blog's archive or a related-stories box shows stories as
sibling elements built from one template (same tag, same class), each titled by a heading
that links to its story. A byline inside one of them names that story's writer, not the
page's: the page's own article is the one that holds the page's `<h1>` or its headline.
Structure only (siblings, headings, links), so it holds in any language and on any site.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from newsclean.repeats import MIN_ITEMS, signature

CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
"""Headings a card is titled with (an `<h1>` is the page's own headline)."""
MIN_TITLE_CHARS = 20
"""A card's linked title is a headline, longer than a name or a user name in a heading."""

Known = dict[HtmlElement, str | None]
"""Per element, its card title (`_title`): shared by the calls of one page."""


def _title(el: HtmlElement, known: Known) -> str | None:
    """The first linked heading text of `el` long enough for a headline (case folded),
    where `el` holds no `<h1>`; None when there is none."""
    if el in known:
        return known[el]
    title = None
    if next(el.iter("h1"), None) is None:
        for h in el.iter(*CARD_HEADINGS):
            for a in h.iter("a"):
                text = " ".join(a.text_content().split()).casefold()
                if len(text) >= MIN_TITLE_CHARS and not (a.get("href") or "#").startswith("#"):
                    title = text
                    break
            if title:
                break
    known[el] = title
    return title


def _other_story(title: str, other: str | None) -> bool:
    """Whether a twin's title names another story: the posts of a thread are titled by
    its topic ("X", "Re: X"), cards by their own headlines."""
    return other is not None and title not in other and other not in title


def card_of(
    el: HtmlElement, known: Known, own: HtmlElement | None = None
) -> HtmlElement | None:
    """The story card `el` sits in: its nearest ancestor titled like a card with at least
    `MIN_ITEMS` - 1 siblings of its template titled by other stories; None outside any,
    or when the card holds `own` (the page's headline: that card is the page's article)."""
    for item in (el, *el.iterancestors()):
        parent = item.getparent()
        if parent is None or item.tag in ("body", "html"):
            return None
        if own is not None and (item is own or any(a is item for a in own.iterancestors())):
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
