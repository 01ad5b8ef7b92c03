"""Figure captions: out of the body text, into `Article.images` with their photo credits.

A caption is known two ways: its text is a `<figcaption>` (or `<caption>`-like element) of the
page, or it reads like one (`CAPTION_PREFIXES`: "FILE PHOTO: …", "Photo: …"; or a trailing
photo credit such as "(AP Photo/Evan Vucci)" or "…/Getty Images"). Credits are split off by
`split_credit`. Both lists are data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.html import HtmlElement

from newsclean.blocks import HEADING_TAGS
from newsclean.model import Image
from newsclean.normalize.text import more_words_than
from newsclean.structure import image_source

MAX_CAPTION_WORDS = 80
"""Longest block taken for a caption by its wording alone."""

# A block opening with one of these is a caption (case-insensitive).
CAPTION_PREFIXES: tuple[str, ...] = (
    r"file\sphoto\s?[:|-]",
    r"file\s?[:|]|file\s[-–—]\s",
    r"(?:photo|photograph|picture|image|pictured|caption|foto|bild|illustration)\s?[:|]",
)
# Photo agencies and stock libraries seen after a photographer's name: "Name/Getty Images".
PHOTO_SOURCES: tuple[str, ...] = (
    "Getty Images", "Getty", "AFP", "Reuters", "AP", "EPA", "EPA-EFE", "Bloomberg",
    "Shutterstock", "Alamy", "Alamy Stock Photo", "iStock", "iStockphoto", "Corbis",
    "Sipa", "Sipa USA", "ZUMA", "ZUMA Press", "NurPhoto", "Anadolu", "Xinhua", "dpa",
    "picture alliance", "PA", "PA Wire", "PA Images", "Rex", "Rex Features", "TNS",
    "Handout", "File Photo", "Pool", "IMAGO", "ANSA", "Kyodo", "Yonhap", "Wikimedia Commons",
    "Unsplash", "The Washington Post", "The New York Times", "USA TODAY", "Bloomberg News",
)
# Words that introduce a credit ("Photo: …", "(AP Photo/…)"); case-sensitive.
CREDIT_WORDS: tuple[str, ...] = ("Photo", "Photograph", "Image", "Picture", "Credit", "Foto")
# Credits at the end of a caption, most specific first; `credit` is the group kept.
CREDIT_PATTERNS: tuple[str, ...] = (
    r"\((?P<credit>(?:[A-Z][\w.&-]{0,20}\s)?(?:WORDS)s?\s?[/:]\s?[^()]{1,100})\)",
    r"(?:WORDS)s?(?:\s[Cc]redit|\s[Ss]ource)?\s?:\s?(?P<credit>[^:]{1,100})",
    r"(?P<credit>(?:REUTERS|AFP|AP|EPA)/[^/\n]{1,60}(?:/[^/\n]{1,40}){0,2})",
    # "Name/Getty Images", "Name / Publisher/Shutterstock": a short capitalised name first
    r"(?P<credit>(?:[A-Z][\w.'’-]{0,25}\s){0,3}[A-Z][\w.'’-]{0,25}\s?/\s?"
    r"(?:[A-Z][\w ]{1,30}/)?(?:SOURCES)(?:/[\w ]{1,30}){0,2})",
)
_SOURCES = "|".join(re.escape(s) for s in sorted(PHOTO_SOURCES, key=len, reverse=True))
_CREDIT = [
    re.compile(
        r"(?:^|(?<=[\s.!?;,]))"
        + p.replace("SOURCES", _SOURCES).replace("WORDS", "|".join(CREDIT_WORDS))
        + r"\s?\.?$"
    )
    for p in CREDIT_PATTERNS
]
# Class or id words that mark a caption element on most sites ("wp-caption-text",
# "caption caption-full", "image-credit"); matched as whole hyphen/underscore-separated words.
CAPTION_CLASS_WORDS: tuple[str, ...] = (
    "caption", "captions", "figcaption", "wp-caption-text", "image-caption", "photo-caption",
    "media-caption", "img-caption", "image-credit", "photo-credit", "credit",
)
_CAPTION_CLASS = re.compile(
    r"(?:^|[\s_-])(?:"
    + "|".join(re.escape(w) for w in sorted(CAPTION_CLASS_WORDS, key=len, reverse=True))
    + r")(?:$|[\s_-])",
    re.IGNORECASE,
)
_PREFIX = re.compile("|".join(f"(?:{p})" for p in CAPTION_PREFIXES), re.IGNORECASE)


def normalized(text: str) -> str:
    """Whitespace- and case-folded text, for matching a block to a page caption."""
    return " ".join(text.split()).casefold()


# What str.split() splits on besides the space (every str.isspace() character; a test
# keeps the list whole).
OTHER_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _single_spaced(texts: list[str]) -> bool:
    """True when no text has whitespace but single inner spaces, told by C substring tests
    over the texts joined by a space: a space at either end of a text (or an empty text)
    shows as a double space there."""
    joined = " ".join(texts)
    if joined[:1] == " " or joined[-1:] == " " or "  " in joined:
        return False
    return not any(map(joined.__contains__, OTHER_SPACES))


def normalized_all(texts: list[str]) -> list[str]:
    """`normalized` of each text. Page block texts come single-spaced from segmentation,
    so usually only their case is left to fold, and that is done in C."""
    if _single_spaced(texts):
        return list(map(str.casefold, texts))
    return [normalized(t) for t in texts]


def _may_end_in_credit(text: str) -> bool:
    """Every credit pattern holds a slash ("Name/Agency", "(AP Photo/Name)") or a colon
    after a credit word ("Photo: Name"): other text is rejected by C substring tests
    instead of four regex searches."""
    return "/" in text or (":" in text and any(w in text for w in CREDIT_WORDS))


def split_credit(caption: str) -> tuple[str, str | None]:
    """Caption text and its trailing photo credit: "A man… Photo: X/Getty Images"."""
    text = " ".join(caption.split())
    tail_start = max(0, len(text) - 200)
    if not _may_end_in_credit(text[tail_start:]):
        return text, None
    for pattern in _CREDIT:
        match = pattern.search(text, tail_start)
        if match:
            rest = text[: match.start()].rstrip(" -–—|,;")
            return rest, match.group("credit").strip()
    return text, None


_SOURCE_KEYS = frozenset(s.casefold() for s in PHOTO_SOURCES)
_CREDIT_TRIM = " \t\n©().:-–—|"


MAX_SIGNED_CREDIT_WORDS = 8
"""Words of a credit written "© Agency/Photographer" at most: a copyright line with a
sentence after it is a footer's or a caption's, judged as such."""


def is_bare_credit(text: str) -> bool:
    """A block that is only a photo credit, the caption left elsewhere or shown on hover:
    a photo agency or stock library ("Getty Images", "REX", "© AFP"), a photographer
    and one ("Jane Doe/Getty Images"), or any source and a name signed with the copyright
    sign and parted by slashes, as news sites credit pictures in every language ("© Action
    press/Bernd März", "© imago/Zoonar/Phil Bird"): a page's own copyright line ("© 2003
    Jane Doe") has no slash."""
    if len(text) > 80:
        return False
    stripped = text.strip()
    if stripped.startswith("©") and "/" in stripped and not more_words_than(
        stripped, MAX_SIGNED_CREDIT_WORDS
    ):
        return True
    core = " ".join(text.split()).strip(_CREDIT_TRIM).casefold()
    if core in _SOURCE_KEYS:
        return True
    return "/" in core and core.rsplit("/", 1)[1].strip() in _SOURCE_KEYS and len(core.split()) <= 6


def looks_like_caption(text: str) -> bool:
    """A block that reads like a caption: a caption prefix, or a photo credit at its end."""
    if len(text) > MAX_CAPTION_WORDS * 40:
        return False
    prefixed = _PREFIX.match(text.lstrip()) is not None
    if not prefixed and not _may_end_in_credit(text):
        return False  # no credit can end it: its words need not be counted
    if more_words_than(text, MAX_CAPTION_WORDS):
        return False
    return prefixed or split_credit(text)[1] is not None


def _image_url(figure: HtmlElement, base: str | None) -> str | None:
    """The URL of the figure's first image that has a safe one (`structure.image_source`:
    the one a lazy-loading script shows, resolved, http or https only)."""
    for img in figure.iter("img"):
        src = image_source(img, base)
        if src is not None:
            return src
    return None


def _caption_text(figure: HtmlElement) -> tuple[str, str | None] | None:
    caption = figure.find(".//figcaption")
    if caption is None:
        return None
    credit_el = next(
        (
            el
            for el in caption.iter()
            if el is not caption
            and re.search(r"credit|copyright|byline|source", el.get("class") or "", re.I)
        ),
        None,
    )
    credit = " ".join(credit_el.text_content().split()) if credit_el is not None else None
    whole = " ".join(caption.text_content().split())
    if credit:
        text = " ".join(whole.replace(credit, " ").split())
        return text, credit
    return split_credit(whole) if whole else None


def figure_images(
    figures: Iterable[HtmlElement], base: str | None
) -> list[tuple[HtmlElement, Image]]:
    """Those of the `<figure>` elements that have a caption, each as an `Image` (a page's
    figures come from its tag index, `Page.tagged`: no walk of its own)."""
    out: list[tuple[HtmlElement, Image]] = []
    for figure in figures:
        found = _caption_text(figure)
        if found is None:
            continue
        text, credit = found
        out.append(
            (figure, Image(url=_image_url(figure, base), caption=text or None, credit=credit))
        )
    return out


def is_caption_element(el: HtmlElement) -> bool:
    """An element whose own class or id names it a caption or photo credit. A heading is
    never one: design systems name a type size "caption" (`text-caption`), and a shop's or
    a listing's item titles are set in it."""
    if el.tag in ("figcaption",):
        return True
    if el.tag in HEADING_TAGS:
        return False
    hint = f"{el.get('class') or ''} {el.get('id') or ''}"[:300]
    return bool(_CAPTION_CLASS.search(hint))


def caption_keys(figures: Iterable[tuple[HtmlElement, Image]]) -> set[str]:
    """The normalised texts under which a page's captions can show up as body blocks."""
    keys: set[str] = set()
    for figure, image in figures:
        caption = figure.find(".//figcaption")
        if caption is not None:
            keys.add(normalized(caption.text_content()))
        if image.caption:
            keys.add(normalized(image.caption))
    keys.discard("")
    return keys
