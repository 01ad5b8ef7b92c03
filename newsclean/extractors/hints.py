"""What the page's element names say about its blocks: the class/id words of furniture and
of article text (data, in one place), read token by token (`negative_hint`, `widget_hint`)
and once per element of a page (`Hints`), and the walks up a block's nearest ancestors
that ask them (`near`, `near_furniture`, `innermost`). The density rules
(`newsclean.extractors.rules`, `newsclean.extractors.container`) and the block scorer's
features (`newsclean.extractors.block_features`) read the same verdicts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from lxml.html import HtmlElement

from newsclean.blocks import TextBlock, hint_of

# Class/id words of boilerplate containers (readability's unlikely candidates, widened with
# the parts of news templates that sit inside article bodies: share bars, related links,
# bylines, captions, newsletter prompts). Words that AEB showed on article wrappers as
# often as on furniture ("widget", "sidebar", "hidden", "modal", "video", "paywall",
# "read-more": expanders that hold the rest of the article) are
# left out: the container pass handles those layouts.
NEGATIVE_WORDS = (
    "comment", "disqus", "footer", "footnote", "navbar", "navigation", "menu", "share",
    "sharing", "social", "related", "recommend", "promo", "sponsor", "newsletter", "subscri",
    "signup", "sign-up", "popular", "trending", "breadcrumb", "cookie", "consent", "popup",
    "masthead", "banner", "tag-?list", "byline", "author", "caption", "credit", "outbrain",
    "taboola", "teaser", "more-stories", "see-also", "also-read", "toolbar", "metadata",
    "post-?meta", "entry-?meta", "article-?meta", "dateline", "timestamp", "published",
    "rating", "disclaimer", "most-?read", "top-?stories", "headlines", "gallery", "carousel",
    "slideshow",
)
# ... and words that only count as a whole token or at its start ("nav-bar" but not
# "canvas", "ad-slot" but not "head", "tags" but not "hashtags").
NEGATIVE_TOKENS = ("foot", "ads?", "tags?", "meta", "date")
NEGATIVE_PREFIXES = ("nav", "advert", "ads?[-_]", "tags?[-_]", "print")
# Negative words that outweigh a positive one on the same element ("article-footer",
# "story-share" are furniture; "entry-content-read-more" is body).
STRONG_NEGATIVE_WORDS = (
    "comment", "share", "sharing", "social", "related", "recommend", "promo", "advert",
    "sponsor", "newsletter", "subscri", "outbrain", "taboola", "popular", "trending",
    "caption", "byline", "author", "footer", "most-?read",
)
STRONG_NEGATIVE_TOKENS = ("ads?", "tags?")
# Negative words that name a small widget (a share bar, a byline, a caption, a date line),
# not a section that may hold prose of its own (comments, related stories, a footer). An
# element holding a page's worth of prose is not such a widget, whatever its class says:
# scripts tag article wrappers with the widgets they attach ("share-btns_containerparent").
WIDGET_WORDS = (
    "share", "sharing", "social", "byline", "author", "caption", "credit", "toolbar",
    "breadcrumb", "rating", "metadata", "post-?meta", "entry-?meta", "article-?meta",
    "dateline", "timestamp", "published",
)
WIDGET_TOKENS = ("meta", "date", "tags?")
WIDGET_PREFIXES = ("print", "tags?[-_]")


def by_first_letter(words: Sequence[str]) -> str:
    """`words` (regex fragments, each opening with a plain letter) as one alternation
    grouped by that letter, in their order: "c(?:omment|ookie)|d(?:isqus)|...".

    It matches what "comment|disqus|cookie|..." matches, and with the same word: at each
    place only the words of that place's letter can match, and they keep their order. But
    `re` tries every alternative of a flat alternation at every place (a cheap test of its
    first letter each): a furniture token searched through some sixty words took 17,500
    instructions, 8,700 grouped."""
    groups: dict[str, list[str]] = {}
    for word in words:
        if not word[:1].isalnum() or word[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"a word must open with a plain letter: {word!r}")
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _hint_regex(
    words: tuple[str, ...], tokens: tuple[str, ...] = (), prefixes: tuple[str, ...] = ()
) -> re.Pattern[str]:
    """A regex for one class/id token: `words` anywhere in it (`by_first_letter`), `tokens`
    as the whole token, `prefixes` at its start. Plain alternatives (no look-arounds) let
    the regex engine skip positions by first character, which keeps the search fast."""
    parts = [by_first_letter(words)]
    if tokens:
        parts.append(rf"^(?:{'|'.join(tokens)})$")
    if prefixes:
        parts.append(rf"^(?:{'|'.join(prefixes)})")
    return re.compile("|".join(parts))


NEGATIVE_HINTS = _hint_regex(NEGATIVE_WORDS, NEGATIVE_TOKENS, NEGATIVE_PREFIXES)
_STRONG_NEGATIVE = _hint_regex(STRONG_NEGATIVE_WORDS, STRONG_NEGATIVE_TOKENS)
_WIDGET = _hint_regex(WIDGET_WORDS, WIDGET_TOKENS, WIDGET_PREFIXES)
# Class/id words that mark article text; they override a negative word on the same element
# unless that word is a strong one (e.g. "entry-content-read-more" is body, "story-share"
# is not).
POSITIVE_WORDS = (
    "article", "body", "content", "entry", "post", "story", "text", "main", "blog", "prose",
    "rich-?text", "paragraph",
)
POSITIVE_HINTS = re.compile(by_first_letter(POSITIVE_WORDS))
# The arbitrary value of a utility class ("min-h-[var(--navbar-height)]",
# "[&_figcaption]:flex", "data-[state=open]:block"): a CSS value or selector written into
# the class, which names other elements or variables ("navbar", "footer"), not this one.
ARBITRARY_VALUE = re.compile(r"\[(?:.*\]|[^\]]*$)")  # to the last "]", or the end if cut by a space
# Class tokens that are taxonomy slugs of CMS templates ("tag-sharing", "category-promo",
# "author-jane"), not descriptions of the element: ignored by the hint regexes.
TAXONOMY_TOKEN = re.compile(
    r"^(tag|category|cat|author|post|format|status|type|has|page|postid|single|term|"
    r"section|topic|series|column)[-_]"
)
# Elements that hold page furniture rather than article text, wherever they are.
BOILERPLATE_TAGS = frozenset({"nav", "aside", "footer", "header", "figcaption", "menu"})


_NEGATIVE, _STRONG, _POSITIVE, _WIDGET_WORD, _COMMENT = 1, 2, 4, 8, 16
# The furniture word that names a thread's posts as much as readers' comments.
_COMMENT_WORD = "comment"


@lru_cache(maxsize=1 << 15)
def _token_hint(token: str) -> int:
    """What one class/id token says, as bits: furniture (`_NEGATIVE`, and `_STRONG` or
    `_WIDGET_WORD`, and `_COMMENT` where "comment" is its only furniture word), else
    article text (`_POSITIVE`); 0 for neither or a taxonomy slug.
    Tokens repeat across elements and pages far more than whole class strings do, so the
    regexes run about once a token."""
    if TAXONOMY_TOKEN.match(token):
        return 0
    if "[" in token:  # a utility class's arbitrary value: CSS, not the element's name
        token = ARBITRARY_VALUE.sub("", token)
    if NEGATIVE_HINTS.search(token):
        only_comment = (_COMMENT_WORD in token
                        and not NEGATIVE_HINTS.search(token.replace(_COMMENT_WORD, " ")))
        return (_NEGATIVE | (_STRONG if _STRONG_NEGATIVE.search(token) else 0)
                | (_WIDGET_WORD if _WIDGET.search(token) else 0)
                | (_COMMENT if only_comment else 0))
    return _POSITIVE if POSITIVE_HINTS.search(token) else 0


@lru_cache(maxsize=8192)
def negative_hint(h: str, thread: bool = False) -> bool:
    """Whether class/id text `h` names page furniture (token by token). On a `thread`,
    a name saying only "comment" is no furniture: there the comments are the posts."""
    negative = positive = strong = False
    for token in h.split():
        bits = _token_hint(token)
        if bits & _NEGATIVE and not (thread and bits & _COMMENT):
            negative = True
            strong = strong or bool(bits & _STRONG)
        elif bits & _POSITIVE:
            positive = True
    return negative and (strong or not positive)


@lru_cache(maxsize=8192)
def widget_hint(h: str) -> bool:
    """Whether every furniture word of class/id text `h` names a small widget."""
    for token in h.split():
        bits = _token_hint(token)
        if bits & _NEGATIVE and not bits & _WIDGET_WORD:
            return False
    return True


class Hints:
    """Per-element hint verdicts, computed once per element and shared by all blocks.

    With `prose` (good words per element), an element named only by widget words but
    holding at least `widget_max_words` of prose is not furniture. `comments` are readers'
    comment sections found by their structure (`newsclean.comments`): furniture whatever
    their names, like an element named "comments". On a `thread` (`comments.is_thread`)
    an element named only "comment" is not furniture: a thread's posts are its text.
    """

    def __init__(
        self,
        prose: dict[HtmlElement, int] | None = None,
        widget_max_words: int = 0,
        comments: frozenset[HtmlElement] = frozenset(),
        thread: bool = False,
    ) -> None:
        self._neg: dict[HtmlElement, bool] = {}
        self._names: dict[HtmlElement, tuple[str | None, str | None]] = {}
        self._prose = prose or {}
        self._widget_max = widget_max_words
        self._comments = comments
        self._thread = thread

    def names(self, el: HtmlElement) -> tuple[str | None, str | None]:
        """The element's class and id (None where it has none), read from the tree once a
        page: the furniture verdicts and the block scorer's article-text hint
        (`block_features`) ask them of the same elements, each read an lxml call."""
        found = self._names.get(el)
        if found is None:
            found = self._names[el] = (el.get("class"), el.get("id"))
        return found

    def negative(self, el: HtmlElement) -> bool:
        verdict = self._neg.get(el)
        if verdict is None:
            tag = el.tag
            if tag in ("body", "html"):
                verdict = False
            elif tag in BOILERPLATE_TAGS or el in self._comments:
                verdict = True
            else:
                names, key = self.names(el)
                if names is None and key is None:
                    verdict = False  # no name to read: most elements of a page
                else:
                    h = hint_of(names, key)
                    verdict = negative_hint(h, self._thread) and not (
                        self._prose.get(el, 0) >= self._widget_max > 0 and widget_hint(h)
                    )
            self._neg[el] = verdict
        return verdict


def near_furniture(
    blocks: list[TextBlock], hints: Hints, depth: int, stop_at_main: bool = True,
) -> list[bool]:
    """For each block, whether its element or one of its `depth` nearest ancestors is
    furniture. Read once a page by the container's weighing (`furniture_flags`) and by the
    block scorer's features. With `stop_at_main`, no element from a `<main>` (or a
    `role="main"` element) up is read: what lies above the page's main content is its
    layout, and a menu or header left unclosed wraps the page's whole `<main>`."""
    return near(blocks, hints.negative, depth, is_main if stop_at_main else None)


def is_main(el: HtmlElement) -> bool:
    """A `<main>` element, or one whose WAI-ARIA role is `main`."""
    return bool(el.tag == "main" or el.get("role") == "main")


def near(
    blocks: Sequence[TextBlock], test: Callable[[HtmlElement], bool], depth: int,
    stop: Callable[[HtmlElement], bool] | None = None,
) -> list[bool]:
    """For each block, whether `test` holds for its element or one of its `depth` nearest
    ancestors, reading no ancestor from the first that `stop` holds for up. Sibling
    blocks share their ancestors, so the answer above a block is kept per parent."""
    above: dict[HtmlElement, bool] = {}
    out = []
    for b in blocks:
        chain = b.ancestors
        if test(chain[0]):
            out.append(True)
            continue
        if len(chain) < 2:
            out.append(False)
            continue
        verdict = above.get(chain[1])
        if verdict is None:
            verdict = False
            for el in chain[1 : depth + 1]:
                if stop is not None and stop(el):
                    break
                if test(el):
                    verdict = True
                    break
            above[chain[1]] = verdict
        out.append(verdict)
    return out
