"""The density extractor's rule passes: text-density and link-density block classification.

`newsclean.extractors.density.DensityExtractor` runs them (`analyse`) and, by default, hands
their verdicts to the learned block scorer (`newsclean.extractors.block_model`). Pure passes
over the blocks of `newsclean.blocks.segment`, in the manner of jusText:

1. `classify`: a context-free label for each block from its own features (length, link
   density, stopword density, boilerplate wording);
2. `find_container`: the element that holds most of the good text and little of the bad
   (block values, with furniture class/id hints of near ancestors counting against, summed
   up the tree with a decay, then tightened to the smallest element keeping nearly all
   of the good text); readers' comment sections found by their structure
   (`newsclean.comments`) are furniture too, whatever their class names;
3. `revise`: keep good blocks inside the container, drop those under boilerplate elements
   inside it, and decide short blocks and headings from their neighbours; on a thread the
   posts the container lies among are found (`thread_posts`: not parts of the container,
   which the scorer would read), and after the scorer their replies join the kept text
   (`newsclean.extractors.threads`);
4. `code_between_kept`, after whichever decided (these rules or the learned scorer): code
   samples between kept text, or right after kept text that introduces them with a colon,
   join it.

The other passes that correct the decisions after either decided have modules of their own
(`newsclean.extractors.density` runs them in order): `sections`, `declared`, `copies`,
`threads`.

Every threshold is a named field of `DensityParams`; class/id and wording hints are data at
the top of this module. Nothing is keyed to a site.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any, overload

from lxml.html import HtmlElement

from newsclean.blocks import (
    TextBlock,
    blocks_language,
    count_stopwords,
    document_blocks,
    held_at_or_above,
    hint,
    words_under,
)
from newsclean.comments import comment_sections, inside, is_thread, items_are_text
from newsclean.document import Document, declared_language
from newsclean.extractors.teasers import teaser_line
from newsclean.model import BlockKind
from newsclean.repeats import Group, page_groups
from newsclean.stoplists import LANGUAGES
from newsclean.stoplists import stoplist as read_stoplist
from newsclean.structure import is_line_numbers

# --- Heuristics as data -------------------------------------------------------------------

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


def _hint_regex(
    words: tuple[str, ...], tokens: tuple[str, ...] = (), prefixes: tuple[str, ...] = ()
) -> re.Pattern[str]:
    """A regex for one class/id token: `words` anywhere in it, `tokens` as the whole
    token, `prefixes` at its start. Plain alternatives (no look-arounds) let the regex
    engine skip positions by first character, which keeps the search fast."""
    parts = [*words]
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
POSITIVE_HINTS = re.compile(
    r"article|body|content|entry|post|story|text|main|blog|prose|rich-?text|paragraph"
)
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
# Short blocks that are page furniture by their wording alone (any language we know of).
BOILERPLATE_TEXT = re.compile(
    r"^\W*(advertisement|advertising|advert|sponsored|share( this)?( article| story)?|"
    r"read more|continue reading|related( articles| stories| content)?|recommended|"
    r"sign up|subscribe|log ?in|sign in|follow us|comments?|print|email|tweet|"
    r"(photo|image|picture)( credit)?|skip to( main)? content|more from|see also|"
    r"you may also like|most (read|popular)|trending( now)?|newsletter|close|menu|"
    r"back to top|top|next|previous|ad|anzeige|publicité|publicidad|werbung|"
    r"(this \w+ requires|please enable|you need to enable) javascript\b.*)\W*$",
    re.IGNORECASE,
)
class Label(StrEnum):
    GOOD = "good"
    NEAR_GOOD = "near-good"
    SHORT = "short"
    BAD = "bad"


@dataclass(frozen=True)
class DensityParams:
    """Thresholds of the density classifier.

    Length and stopword thresholds start from jusText's defaults (length_low=70 chars,
    length_high=200 chars, stopwords_low=0.30, stopwords_high=0.32) converted to words at
    ~6 characters per word; the rest were set by looking at where the AEB pages fail and
    checked by sweeps (AEB F1 of alternatives noted below; readability-js checked too).
    """

    max_link_density: float = 0.4
    """Blocks whose linked text share exceeds this are navigation (jusText: 0.2, but news
    paragraphs link people and places generously)."""
    max_link_density_prose: float = 0.7
    """Long stopword-rich prose keeps up to this linked share (news round-ups link most of
    their sentences)."""
    good_min_words: int = 20
    """A prose block with at least this many words may be good on its own (~120 chars)."""
    short_max_words: int = 7
    """Blocks this short are judged by their neighbours only (jusText's 70 chars ≈ 10)."""
    stopwords_low: float = 0.2
    """Below this stopword density a medium-length block is not prose (jusText's 0.30
    drops news sentences full of names: AEB 0.960 against 0.965)."""
    stopwords_high: float = 0.28
    """A long block above this stopword density is good (0.32 scores the same)."""
    hint_depth: int = 3
    """How many ancestors above a block have their class/id hints read to mark it as
    furniture (AEB: 2-5 equal, 8 and more worse: page-wide wrappers carry stray words)."""
    bad_weight: float = 1.0
    """Weight of linked or furniture words against good ones when choosing the container."""
    furniture_weight: float = 0.5
    """Weight of words under furniture class/id hints (captions, share bars, comments);
    captions inside an article should not push the container away (1.0 scores the same)."""
    unlinked_bad_weight: float = 0.3
    """Weight of other bad words (no prose stopwords: data, lists of names)."""
    near_good_weight: float = 0.7
    """Weight of near-good words when choosing the container (AEB: 0.3 0.952, 0.5 0.955,
    0.7 0.959, 1.0 0.957 at the time it was set)."""
    container_decay: float = 0.9
    """Share of a block's value passed up each further level: concentrated text (one
    article body) beats the same amount spread thinly (teaser excerpts in a listing).
    AEB: 1.0 0.949, 0.9 0.952, 0.7 0.944 at the time it was set."""
    tighten_share: float = 0.95
    """The container moves down to a descendant holding at least this share of its good
    text: the smallest element that still holds nearly all of the article."""
    neighbour_window: int = 3
    """How far (in blocks) a short block looks for kept neighbours."""
    neighbour_runs: bool = True
    """A short block is also kept when the nearest blocks on both sides that are not
    short are kept, however many short ones lie between (jusText's context pass: runs
    of short lines and data tables inside an article)."""
    rescue_prose_words: int = 100
    """A good block this long is kept even under a furniture hint inside the container
    (article wrappers whose class mentions sharing or comments). Lower values let
    teaser excerpts in (AEB: 60 worse, 100 and above equal)."""
    revise_unlinked_bad: bool = True
    """Blocks bad only for want of stopwords (product lines, table-like data) are kept
    between kept neighbours inside the container, like short blocks."""
    revise_linked_sentences: bool = True
    """Stopword-rich sentences whose linked share lies between `max_link_density` and
    `max_link_density_prose` (too short for `_is_prose`: a one-line paragraph or a bullet
    linking its source) are kept between kept neighbours inside the container, like short
    blocks. A line that is mostly link (a "Related:" headline) stays bad."""
    widget_max_words: int = 150
    """An element whose class/id names only small widgets (share bars, bylines, captions)
    but which holds at least this many words of good prose is not furniture: no widget
    holds that much (a long caption or an author's bio runs to ~60 words)."""
    card_max_words: int = 100
    """A list item with a heading of its own and at most this many words of prose is a
    card (a teaser, a gallery slide, a search result) when its list has several such."""
    card_heading_links: float = 0.5
    """The least share of a card's heading that is a link: a teaser's headline links to
    its own story, while the numbered points of a listicle (an article of headed list
    items) are plain headings."""
    article_cards: bool = True
    """An `<article>` with a linked heading is a card like a list item with one (three in
    one list of them make a grid of teasers), its wrapper elements skipped (`_card_list`);
    not on a page whose items are its text (`comments.items_are_text`: a thread's posts,
    a listing's or a collection's items, often `<article>`s with linked titles)."""
    card_min_items: int = 3
    """How many items with headings make a list of cards rather than a list in the
    article (a single story in an `<li>` is a page's whole article)."""
    revise_linked_headings: bool = True
    """A linked heading inside the container (a guide's item naming the product it links
    to, a section title linking its topic page) is kept like a plain heading when kept text
    follows it; normalisation still removes promo lines ("Read more: ...")."""
    revise_table_links: bool = True
    """A short linked cell of a table row (a product, a place, a team linking its page)
    is data of the table, not navigation: judged by its neighbours like a short block,
    so that a data table between kept blocks is kept whole."""
    sibling_min_words: int = 100
    """A sibling of the container (or of its parent) with the same tag and first class
    token, holding at least this many words of good prose and no title, is a further
    part of the same article (a body split into sections around an inset or an ad:
    readability's sibling pass). A blurb after the article ("Join our forums", an
    author's note) in a box of the same template runs to ~30 words. 0 turns it off."""
    sibling_levels: int = 2
    """How many levels, from the container up, look for such siblings (a template may
    wrap each section in a box of its own)."""
    code_between_kept: bool = True
    """After the keep decisions (the rules' or the learned scorer's), code blocks between
    kept text, or after kept text ending in a colon, are kept too (`code_between_kept`): a
    code sample reads like a menu to every context-free score. wcxb-dev code F1 0.454 ->
    0.470 (check half 0.395 -> 0.419); with the colon, 0.470 -> 0.472."""
    repeated_passages: bool = True
    """After the keep decisions, the second copy of a passage rendered twice (for narrow and
    wide screens, or as excerpt and tab) is left out (`copies.repeated_passages`). wcxb-dev text F1
    tune 0.8938 -> 0.8956, check 0.8716 -> 0.8729; the other sets equal."""
    share_buttons: bool = True
    """After the keep decisions, a short block whose every link shares the page to a
    network (`sharing.share_buttons`) is left out: a share bar's buttons, in any language."""
    page_contents: bool = True
    """After the keep decisions, a table of contents (three or more list items that only
    link to places in the page, and the short heading above them) is left out
    (`contents.contents_entries`)."""
    repeated_phrases: bool = True
    """After the keep decisions, a block of one phrase printed over and over (a marquee,
    filler text) is left out (`copies.repeated_phrases`)."""
    quoted_copies: bool = True
    """After the keep decisions, a quote of a post kept earlier on the page is left out
    (`copies.quoted_copies`)."""
    declared_text: bool = True
    """After the keep decisions, a block that repeats the schema.org description of what the
    page offers (a product, a service, a course) is kept, and a kept block that repeats a
    customer review the page declares is left out (`newsclean.extractors.declared`).
    wcxb-dev text F1 tune 0.8964 -> 0.8965, check 0.8745 -> 0.8750 (products 0.7111 ->
    0.7127 and 0.6926 -> 0.7003); the other sets equal."""
    repeated_post_lines: bool = True
    """After the keep decisions, short unlinked lines that most of a thread's posts print
    alike are left out (`threads.repeated_post_lines`): the board's frame."""
    thread_chrome: bool = True
    """After the keep decisions, the controls and member details a thread repeats with every
    post, and members' signatures, are left out (`threads.thread_chrome`)."""
    comment_sections: bool = True
    """Readers' comment sections told by their structure (`newsclean.comments`: dated
    repeated items after the article, a reply form, schema.org `Comment`) count as
    furniture, as a section named "comments" does. As is, wcxb-dev check 0.8768 -> 0.8784,
    tune 0.8990 -> 0.8989, the other sets equal; without class and id (`--perturb
    classless`) aeb check 0.9571 -> 0.9624, readability-js check 0.9792 -> 0.9820,
    wcxb-dev tune 0.8650 -> 0.8676, check 0.8660 -> 0.8685, forum pages equal."""
    thread_posts: bool = True
    """On a thread or Q&A page (declared, or of page type forum), the prose of every post
    of the template the container lies in joins the kept text (`thread_posts`,
    `threads.thread_replies`), after the scorer."""
    thread_comment_names: bool = True
    """On a thread or Q&A page where the names leave no container, an element named
    only "comment" is not furniture: link aggregators and boards print their posts as
    "comments", and the names make every post furniture (`_Hints`)."""
    stop_at_main: bool = True
    """No class/id or tag above a `<main>` (or `role="main"`) makes a block furniture
    (`near_furniture`): on 25 pages of the sets an unclosed menu, header or banner wraps
    the page's `<main>`, and its name made the page's whole text furniture."""
    footer_no_container: bool = True
    """Prose in the page's `<footer>` (or `contentinfo` region) is no evidence for a
    container: on 18 wcxb-dev pages the rules' container lay in one (a disclaimer, an
    "about us"), never the page's text."""
    nav_no_container: bool = True
    """Prose in a `<nav>` (or `navigation` region) not above the page's `<main>` or an
    `<article>` is no evidence for a container either: a mega-menu's promotional
    paragraphs, nested deeper than the names read (`page_menu`) ..."""
    menu_max_share: float = 0.5
    """... unless the menu holds this share of the page's prose or more: then the parser
    left it unclosed around the page's text."""
    thread_min_posts: int = 3
    """Items a template needs to be a thread's posts (two could be a question and an
    answer box beside it)."""
    thread_reply_min_score: float = 0.25
    """The scorer's probability a thread's reply needs to join (`threads.thread_replies`)."""
    orphaned_sections: bool = True
    """After the learned scorer, the section under a heading that the rules and the scorer
    kept but under which the scorer kept nothing, and which holds `section_min_parts`
    plain sub-headings the rules kept (an FAQ's questions and answers), takes the blocks
    the rules kept in it (`newsclean.extractors.sections`). wcxb-dev tune out of fold
    0.8518 -> 0.8521 (one FAQ page 0.795 -> 0.988), check halves and the other sets equal;
    without the sub-headings it lost on the check halves (docs/chain.md)."""
    section_min_score: float = 0.1
    """The scorer's probability a block of such a section needs to join: under 0.1 it has
    ruled the block out (`confidence.POSSIBLE`). At 0.2 the FAQ page above reached 0.938,
    two answers at 0.15 and 0.19 left out; no other page moved either way."""
    section_min_parts: int = 3
    """Sub-headings such a section needs (two let a cookie banner's two headed paragraphs
    in, wcxb-dev tune 3060)."""
    linked_offers: bool = True
    """On a page of type service (`newsclean.pagetype`, score `linked_offer_min_score` or
    more), fully linked descriptions of `linked_offer_min_words` or more between kept blocks
    are kept (`newsclean.extractors.offers`): a landing page's cards of its services."""
    linked_offer_min_words: int = 15
    linked_offer_min_score: float = 0.5
    comment_text: bool = True
    """Kept text inside a readers' comment section (`newsclean.comments`, found by its
    structure; never on a thread, whose posts are its text) is dropped, whatever the
    learned scorer made of it: on a site it never saw, it kept a blog's comments at
    0.5-0.7."""
    entry_form_text: bool = True
    """Kept text inside a form asking for an email, a password, a telephone number or free
    text (a sign-up, log-in or contact form: `newsclean.extractors.forms`) is dropped,
    except on product pages and where the form wraps the page."""
    dialog_text: bool = True
    """Kept text inside a dialog (`<dialog>`, role `dialog` or `alertdialog`: a cookie
    banner, a sign-up or login prompt, a cart drawer) is dropped, except on product pages,
    whose descriptions open in such panels (`newsclean.extractors.overlays`)."""
    learned: bool = True
    """Whether the learned block scorer decides (see `newsclean.extractors.density`); False
    runs the rules alone, as tuned before the scorer existed."""
    min_container_words: int = 0
    """Below this much good text (near-good weighted) the page is treated as having none.
    0: even a page of two short paragraphs has an article (readability-js test pages);
    the confidence, not the extractor, says how little there is."""


@dataclass(slots=True)
class BlockDecision:
    """The classifier's record for one block, for the explain view."""

    index: int
    text: str
    kind: str
    label: str
    kept: bool
    score: float
    reason: str
    words: int
    link_density: float
    stopword_density: float
    punctuation: int
    tag_path: str
    hints: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Decisions(Sequence[BlockDecision]):
    """Every block's `BlockDecision`, built on first access: most callers never look, and
    building records for every block would cost as much as the classification."""

    def __init__(
        self,
        blocks: list[TextBlock],
        labels: list[Label],
        keep: list[bool],
        reasons: Sequence[str],
        values: list[float],
    ) -> None:
        self._raw = (blocks, labels, keep, reasons, values)
        self._records: list[BlockDecision] | None = None

    def _build(self) -> list[BlockDecision]:
        if self._records is None:
            self._records = [
                BlockDecision(
                    index=b.index,
                    text=b.text[:120],
                    kind=b.kind.value,
                    label=lab.value,
                    kept=k,
                    score=round(v, 1),
                    reason=why,
                    words=b.words,
                    link_density=round(b.link_density, 3),
                    stopword_density=round(b.stopword_density, 3),
                    punctuation=b.punctuation,
                    tag_path=b.tag_path[-80:],
                    hints=b.hints[:80],
                )
                for b, lab, k, why, v in zip(*self._raw, strict=True)
            ]
        return self._records

    @overload
    def __getitem__(self, index: int) -> BlockDecision: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[BlockDecision]: ...
    def __getitem__(self, index: int | slice) -> BlockDecision | Sequence[BlockDecision]:
        return self._build()[index]

    def __len__(self) -> int:
        return len(self._raw[0])


# --- Features that need the page: stoplist and element hints ------------------------------


def choose_stoplist(root: HtmlElement, blocks: list[TextBlock]) -> frozenset[str]:
    """The stoplist of the page's language: the one `lang` names if the text fits it,
    else the best-matching one, else none (stopwords then tell nothing)."""
    code = blocks_language(blocks, declared_language(root))
    return read_stoplist(LANGUAGES[code]) if code else frozenset()


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


def prose_words(blocks: list[TextBlock], labels: list[Label]) -> dict[HtmlElement, int]:
    """Words of good blocks under each element (for the widget check of `_Hints`)."""
    return words_under(b for b, label in zip(blocks, labels, strict=True) if label is Label.GOOD)


LIST_CARD_TAGS = frozenset({"li"})
CARD_TAGS = frozenset({"li", "article"})
"""Elements a card is: a list's item, or an `<article>` (a self-contained composition,
HTML's own name for a teaser card in a grid)."""


def _card_list(item: HtmlElement) -> HtmlElement:
    """The element whose cards `item` is one of: its parent, or for an item wrapped alone
    (a grid's column holding one `<article>`) the first ancestor with other children."""
    parent = item.getparent()
    while parent is not None and len(parent) == 1 and parent.getparent() is not None:
        parent = parent.getparent()
    return parent if parent is not None else item


def card_flags(
    blocks: list[TextBlock], prose: dict[HtmlElement, int], params: DensityParams,
    articles: bool = False,
) -> list[bool]:
    """For each block, whether it lies in a card: a list item with a linked heading and a
    short text of its own, in a list of at least `card_min_items` such items. Article prose
    sits in paragraphs, a listing's excerpts in items (teasers, gallery legends, streams
    of stories). An item whose linked line is cut short (`teasers.teaser_line`) is a card
    too, with or without a heading. With `articles`, an `<article>` is an item as a list's
    is (`CARD_TAGS`)."""
    headed: dict[HtmlElement, list[HtmlElement]] = {}
    card_tags = CARD_TAGS if articles else LIST_CARD_TAGS
    for block in blocks:
        linked_heading = (
            block.kind is BlockKind.HEADING and block.link_density >= params.card_heading_links
        )
        if linked_heading or teaser_line(block):
            item = next((a for a in block.ancestors if a.tag in card_tags), None)
            if item is not None:
                items = headed.setdefault(_card_list(item), [])
                if not items or items[-1] is not item:
                    items.append(item)
    found: set[HtmlElement] = set()
    for items in headed.values():
        if len(items) >= params.card_min_items:
            found.update(i for i in items if prose.get(i, 0) <= params.card_max_words)
    if not found:
        return [False] * len(blocks)
    return [any(a in found for a in b.ancestors) for b in blocks]


class _Hints:
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
        self._prose = prose or {}
        self._widget_max = widget_max_words
        self._comments = comments
        self._thread = thread

    def negative(self, el: HtmlElement) -> bool:
        verdict = self._neg.get(el)
        if verdict is None:
            tag = el.tag
            if tag in ("body", "html"):
                verdict = False
            elif tag in BOILERPLATE_TAGS or el in self._comments:
                verdict = True
            else:
                h = hint(el)
                verdict = negative_hint(h, self._thread) and not (
                    self._prose.get(el, 0) >= self._widget_max > 0 and widget_hint(h)
                )
            self._neg[el] = verdict
        return verdict


def near_furniture(
    blocks: list[TextBlock], hints: _Hints, depth: int, stop_at_main: bool = True,
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


def innermost(
    chain: tuple[HtmlElement, ...], test: Callable[[HtmlElement], bool],
    above: dict[HtmlElement, HtmlElement | None],
) -> HtmlElement | None:
    """The innermost element of `chain` (a block's ancestors) that passes `test`, or None.
    The answer above the block's own element is kept in `above` per parent: the blocks of
    one parent share it, and each would otherwise read the same chain again."""
    if test(chain[0]):
        return chain[0]
    if len(chain) < 2:
        return None
    parent = chain[1]
    if parent not in above:
        above[parent] = next((a for a in chain[1:] if test(a)), None)
    return above[parent]


def furniture_flags(labels: list[Label], near: list[bool]) -> list[bool]:
    """For each block, whether it counts as furniture in the container score: near
    furniture (`near_furniture`) and not short (short blocks weigh nothing there)."""
    return [n and label is not Label.SHORT for n, label in zip(near, labels, strict=True)]


# --- Pass 1: context-free classification --------------------------------------------------


def classify(block: TextBlock, params: DensityParams, has_stoplist: bool = True) -> Label:
    """Context-free label of one block from its own features."""
    if block.link_density > params.max_link_density and not (
        block.link_density <= params.max_link_density_prose and _is_prose(block, params)
    ):
        return Label.BAD
    if block.words <= params.short_max_words:
        if BOILERPLATE_TEXT.match(block.text):
            return Label.BAD
        return Label.SHORT
    if block.kind is BlockKind.HEADING and block.words < params.good_min_words:
        return Label.SHORT  # a title; long "headings" are ledes styled as headings
    prose = not has_stoplist or block.stopword_density >= params.stopwords_high
    if block.words >= params.good_min_words and prose and block.punctuation >= 1:
        return Label.GOOD
    if block.kind in (BlockKind.LIST, BlockKind.TABLE):
        return Label.NEAR_GOOD  # items and cells are not sentences; context decides
    if has_stoplist and block.stopword_density < params.stopwords_low:
        return Label.BAD
    return Label.NEAR_GOOD


def _is_prose(block: TextBlock, params: DensityParams) -> bool:
    """Long, punctuated, stopword-rich text: sentences, not a list of names or links."""
    return (
        block.words >= params.good_min_words
        and block.punctuation >= 2
        and block.stopword_density >= params.stopwords_high
    )


# --- Pass 2: the dominant content container -----------------------------------------------


def _value(block: TextBlock, label: Label, furniture: bool, params: DensityParams) -> float:
    """A block's contribution to the score of every element that contains it."""
    if furniture:
        return -params.furniture_weight * block.words
    if label is Label.GOOD:
        return float(block.words)
    if label is Label.NEAR_GOOD:
        return params.near_good_weight * block.words
    if label is Label.BAD:
        linked = block.link_density > params.max_link_density
        return -(params.bad_weight if linked else params.unlinked_bad_weight) * block.words
    return 0.0


def find_container(
    blocks: list[TextBlock], values: list[float], params: DensityParams
) -> HtmlElement | None:
    """The element whose subtree holds the most good text net of bad text, tightened."""
    score: dict[HtmlElement, float] = {}
    good: dict[HtmlElement, float] = {}
    for block, value in zip(blocks, values, strict=True):
        if not value:
            continue
        g = value if value > 0 else 0.0
        decayed = value
        for anc in block.ancestors:
            score[anc] = score.get(anc, 0.0) + decayed
            decayed *= params.container_decay
            if g:
                good[anc] = good.get(anc, 0.0) + g
    if not good:
        return None
    best = max(good, key=lambda el: score[el])
    if good[best] < params.min_container_words:
        return None
    # Tighten: step down while one child keeps nearly all the good text.
    target = params.tighten_share * good[best]
    while True:
        child = next((c for c in best if good.get(c, 0.0) >= target), None)
        if child is None:
            return best
        best = child


def _class_key(el: HtmlElement) -> tuple[str, str] | None:
    """An element's tag and first class token: siblings built from one template share
    it ("story-body story-body-1", "story-body story-body-2")."""
    classes = (el.get("class") or "").split()
    return (str(el.tag), classes[0]) if classes else None


def sibling_parts(
    blocks: list[TextBlock],
    container: HtmlElement | None,
    prose: dict[HtmlElement, int],
    hints: _Hints,
    params: DensityParams,
) -> list[HtmlElement]:
    """Siblings of the container, or of its near ancestors, that continue its article:
    the same tag and first class token, `sibling_min_words` of good prose, not furniture,
    and no title on either side: no h1, and no h1 or h2 as the first text (a part with a
    title of its own is another story, as when a page appends the next article)."""
    if container is None or params.sibling_min_words <= 0:
        return []
    titled: set[HtmlElement] | None = None
    found: list[HtmlElement] = []
    el = container
    for _ in range(params.sibling_levels):
        parent = el.getparent()
        if parent is None:
            break
        key = _class_key(el)
        matches = key is not None and [
            sib
            for sib in parent
            if sib is not el
            and prose.get(sib, 0) >= params.sibling_min_words
            and _class_key(sib) == key
            and not hints.negative(sib)
        ]
        if matches:
            titled = titled if titled is not None else _titled(blocks)
            if el not in titled:  # parts of one story have no titles of their own
                found.extend(sib for sib in matches if sib not in titled)
        el = parent
    return found


def thread_posts(
    container: HtmlElement, groups: Sequence[Group], min_posts: int = 3
) -> list[HtmlElement]:
    """On a thread, the posts the container lies among: the items of the innermost
    repeated template (`newsclean.repeats`, `min_posts` items or more, most of them of
    several blocks: a post's author line and its text) that holds the container. On a
    thread the container narrows to the one post (or the one paragraph) with the most
    prose, and the replies beside it are as much the page's text, however short. Posts
    sit under the thread's title: items holding an h1 are the page's columns (the body,
    the comments under it, a form), not posts, and none is returned."""
    depth = {el: d for d, el in enumerate((container, *container.iterancestors()))}
    best: tuple[int, Group] | None = None
    for group in groups:
        if len(group.items) < min_posts or group.multi_block_share < 0.5:
            continue
        here = min((depth[el] for el in group.items if el in depth), default=None)
        if here is not None and (best is None or here < best[0]):
            best = here, group
    if best is None or any(b.heading_level == 1 for item in best[1].blocks for b in item):
        return []
    return list(best[1].items)


def _titled(blocks: list[TextBlock]) -> set[HtmlElement]:
    """Elements that hold an h1, or whose first text is an h1 or h2 heading."""
    titled: set[HtmlElement] = set()
    opened: set[HtmlElement] = set()
    for b in blocks:
        title = b.kind is BlockKind.HEADING and (b.heading_level or 9) <= 2
        for anc in b.ancestors:
            if anc not in opened:
                opened.add(anc)
                if title:
                    titled.add(anc)
            elif b.heading_level == 1:
                titled.add(anc)
    return titled


# --- Pass 3: context revision -------------------------------------------------------------


def _between_negative(
    block: TextBlock, container: HtmlElement, hints: _Hints
) -> bool:
    """Whether an element between the container and the block is page furniture."""
    if block.element is container:
        return False
    if hints.negative(block.element):
        return True
    for anc in block.ancestors[1:]:
        if anc is container:
            return False
        if hints.negative(anc):
            return True
    return False


def _is_unlinked_bad(block: TextBlock, params: DensityParams) -> bool:
    """Bad for want of stopwords, not for links or wording: list lines, data, names."""
    return block.link_density <= params.max_link_density and not BOILERPLATE_TEXT.match(
        block.text
    )


def _is_linked_sentence(block: TextBlock, params: DensityParams) -> bool:
    """Bad for its links only, but a sentence: partly linked and stopword-rich."""
    return (
        params.max_link_density < block.link_density <= params.max_link_density_prose
        and block.words > params.short_max_words
        and block.stopword_density >= params.stopwords_high
        and block.kind is not BlockKind.LIST
    )


def _revivable(block: TextBlock, params: DensityParams) -> str | None:
    """Why a bad block may still be kept between kept neighbours, if it may."""
    if params.revise_unlinked_bad and _is_unlinked_bad(block, params):
        return "not prose"
    if params.revise_linked_sentences and _is_linked_sentence(block, params):
        return "linked sentence"
    if params.revise_table_links and _is_linked_cell(block, params):
        return "linked cell"
    if params.revise_linked_headings and _is_linked_heading(block):
        return "linked heading"
    return None


def _is_linked_heading(block: TextBlock) -> bool:
    """A heading bad for its link only (not "Related stories" wording)."""
    return block.kind is BlockKind.HEADING and not BOILERPLATE_TEXT.match(block.text)


def _is_linked_cell(block: TextBlock, params: DensityParams) -> bool:
    """A short block in a table row, bad for its link only."""
    return (
        block.words <= params.short_max_words
        and not BOILERPLATE_TEXT.match(block.text)
        and any(anc.tag == "tr" for anc in block.ancestors[:3])
    )


def revise(
    blocks: list[TextBlock],
    labels: list[Label],
    container: HtmlElement | None,
    params: DensityParams,
    hints: _Hints | None = None,
    in_card: list[bool] | None = None,
    siblings: Sequence[HtmlElement] = (),
) -> tuple[list[bool], list[str]]:
    """Context pass: which blocks to keep, and why (one reason per block). `siblings` are
    further parts of the container (see `sibling_parts`), read the same way."""
    hints = hints or _Hints()
    n = len(blocks)
    in_card = in_card or [False] * n
    keep = [False] * n
    reasons = ["outside container"] * n
    if container is None:
        return keep, ["no container"] * n
    parts = {container, *siblings}  # disjoint subtrees: a block lies in one at most
    homes = [next((a for a in b.ancestors if a in parts), None) for b in blocks]
    # Blocks left to their neighbours: short ones, and bad ones that context may revive.
    undecided = [False] * n
    for i, (block, label) in enumerate(zip(blocks, labels, strict=True)):
        home = homes[i]
        if home is None:
            continue
        if label is Label.BAD:
            why = None if _between_negative(block, home, hints) else _revivable(block, params)
            reasons[i] = f"bad ({why}), no kept neighbours" if why else "bad"
            undecided[i] = why is not None
            continue
        if _between_negative(block, home, hints):
            if label is Label.GOOD and block.words >= params.rescue_prose_words:
                keep[i], reasons[i] = True, "long prose under a boilerplate hint"
            else:
                reasons[i] = "boilerplate element"
            continue
        if label in (Label.GOOD, Label.NEAR_GOOD):
            keep[i], reasons[i] = True, label.value
        else:
            reasons[i], undecided[i] = "short, no kept neighbours", True
    first_kept = next((i for i in range(n) if keep[i]), n)
    # Short blocks and headings survive between kept neighbours: within the window, or
    # (with `neighbour_runs`) when the nearest blocks on both sides that are not short
    # themselves are kept (a run of short lines, a table of data inside the article).
    kept_before, kept_after = [False] * n, [False] * n
    if params.neighbour_runs:
        last = False
        for i in range(n):
            kept_before[i] = last
            if not undecided[i]:
                last = keep[i]
        last = False
        for i in range(n - 1, -1, -1):
            kept_after[i] = last
            if not undecided[i]:
                last = keep[i]
    w = params.neighbour_window
    for i in range(n):
        if not undecided[i]:
            continue
        block = blocks[i]
        after = kept_after[i] or any(keep[j] for j in range(i + 1, min(n, i + 1 + w)))
        if block.kind is BlockKind.HEADING:
            if i > first_kept and after:
                keep[i], reasons[i] = True, "heading before kept text"
            elif i < first_kept:
                reasons[i] = "heading above the body (title)"
            continue
        before = kept_before[i] or any(keep[j] for j in range(max(0, i - w), i))
        if before and after:
            keep[i], reasons[i] = True, "short between kept blocks"
    _drop_edge_cards(keep, reasons, in_card)
    return keep, reasons


def _drop_edge_cards(keep: list[bool], reasons: list[str], in_card: list[bool]) -> None:
    """Cards after the last kept story block (or before the first) are a listing that
    shares the story's container ("More from the section"); cards between story blocks
    are the story's own list (a shopping guide whose items link to their shops)."""
    if not any(in_card):
        return
    story = [i for i, (k, c) in enumerate(zip(keep, in_card, strict=True)) if k and not c]
    first, last = (story[0], story[-1]) if story else (len(keep), -1)
    for i, card in enumerate(in_card):
        if card and keep[i] and not first < i < last:
            keep[i], reasons[i] = False, "card of a listing"


INTRODUCING_COLONS = (":", "：", "﹕")
"""How a sentence that introduces what follows ends ("Run the following:"), in any script."""


def code_between_kept(
    blocks: Sequence[TextBlock], keep: Sequence[bool], short_words: int = 7
) -> list[int]:
    """Code blocks left out between kept text, or right after kept text that introduces
    them with a colon: their indices. A code sample has few stopwords, little punctuation
    and no sentences, so context-free scores (and the learned scorer) judge it like a menu;
    but kept text on both sides of it says it is part of the article, as jusText's context
    pass says of short blocks, and so does kept text before it that ends "as follows:" (the
    text after a page's last sample is often a box or a heading left out). Looking for that
    text, other code and short blocks (at most `short_words`: the labels of a tab set, a
    "Copy" button, a file name) are passed over; line-number gutters stay out."""
    n = len(blocks)

    def kept_beside(i: int, step: int) -> bool:
        while 0 <= i < n:
            if keep[i]:
                return True
            if blocks[i].kind is not BlockKind.CODE and blocks[i].words > short_words:
                return False
            i += step
        return False

    def introduced(i: int) -> bool:
        """Whether the text before (other code passed over) is kept and ends in a colon."""
        while i >= 0:
            b = blocks[i]
            if b.kind is not BlockKind.CODE:
                if keep[i]:
                    return b.text.endswith(INTRODUCING_COLONS)
                if b.words > short_words:
                    return False
            i -= 1
        return False

    def wanted(i: int) -> bool:
        return kept_beside(i - 1, -1) and (kept_beside(i + 1, 1) or introduced(i - 1))

    return [
        i for i, b in enumerate(blocks)
        if b.kind is BlockKind.CODE and not keep[i] and not is_line_numbers(b.text)
        and wanted(i)
    ]


def confidence(values: list[float], keep: list[bool]) -> float:
    """Share of the page's positive evidence (good and near-good text) that was kept.

    Low when good text was left outside the container, i.e. when the page has a second
    cluster of prose that may be the real article (or when the container missed part of
    it). On AEB this ranks density's failures better than the kept length does: density
    below 0.75 is where a fallback extractor pays off (see README, "Why this default
    chain").
    """
    total = sum(v for v in values if v > 0)
    if total <= 0:
        return 0.0
    kept = sum(v for v, k in zip(values, keep, strict=True) if k and v > 0)
    return round(kept / total, 3)


@dataclass
class Analysis:
    """Everything the rule passes found on one page: the blocks, their labels, flags,
    values, the container and its sibling parts, and the rules' keep decisions. The
    learned scorer (`newsclean.extractors.block_features`) reads its features from here."""

    blocks: list[TextBlock]
    labels: list[Label]
    furniture: list[bool]
    in_card: list[bool]
    values: list[float]
    container: HtmlElement | None
    siblings: list[HtmlElement]
    keep: list[bool]
    reasons: list[str]
    hints: _Hints
    has_stoplist: bool
    near_furniture: list[bool]
    """Whether each block or one of its `hint_depth` nearest ancestors is furniture."""
    hint_depth: int
    posts: list[HtmlElement] = field(default_factory=list)
    """On a thread, its posts around the container (`thread_posts`), whose replies join
    the kept text after the scorer (`threads.thread_replies`)."""
    in_comments: list[bool] = field(default_factory=list)
    """Whether each block lies in a readers' comment section (`newsclean.comments`); empty
    where the page has none."""


def in_page_footer(chain: tuple[HtmlElement, ...], memo: dict[HtmlElement, bool]) -> bool:
    """Whether a block (`chain`: its ancestors, innermost first) lies in a `<footer>` or a
    WAI-ARIA `contentinfo` region. `memo` holds the answer of every element walked: the
    blocks of a page share their ancestors, so each element is read once."""
    return held_at_or_above(chain, _is_page_footer, memo)


def _is_page_footer(el: HtmlElement) -> bool:
    return el.tag == "footer" or (el.get("role") or "").strip().lower() == "contentinfo"


def page_menu(
    chain: tuple[HtmlElement, ...], memo: dict[HtmlElement, HtmlElement | None]
) -> HtmlElement | None:
    """The `<nav>` (or WAI-ARIA `navigation` region) a block lies in (`chain`: its
    ancestors, innermost first), None when a `<main>`, `role="main"` or `<article>` comes
    first: a menu left unclosed around the page's main content (`DensityParams.stop_at_main`)
    is layout, not the menu's text. `memo` keeps each walked element's answer, as
    `held_at_or_above` does."""
    walked: list[HtmlElement] = []
    found: HtmlElement | None = None
    for el in chain:
        if el in memo:
            found = memo[el]
            break
        walked.append(el)
        if el.tag == "nav" or (el.get("role") or "").strip().lower() == "navigation":
            found = el
            break
        if el.tag == "article" or is_main(el):
            break
    for el in walked:
        memo[el] = found
    return found


def _without_menus(
    blocks: list[TextBlock], values: list[float], max_share: float
) -> list[float]:
    """`values` with the prose of menus (`page_menu`) at 0, each menu holding under
    `max_share` of the page's positive value: a menu that holds most of the page's prose is
    one the parser left unclosed around it, with no `<main>` or `<article>` to say so."""
    memo: dict[HtmlElement, HtmlElement | None] = {}
    menus = [page_menu(b.ancestors, memo) if v > 0 else None
             for b, v in zip(blocks, values, strict=True)]
    held: dict[HtmlElement, float] = {}
    for menu, v in zip(menus, values, strict=True):
        if menu is not None:
            held[menu] = held.get(menu, 0.0) + v
    if not held:
        return values
    limit = max_share * sum(v for v in values if v > 0)
    return [0.0 if menu is not None and held[menu] < limit else v
            for menu, v in zip(menus, values, strict=True)]


def _weigh(
    blocks: list[TextBlock], labels: list[Label], hints: _Hints, in_comments: list[bool],
    in_card: list[bool], footers: dict[HtmlElement, bool] | None, params: DensityParams,
    menu_share: float | None = None,
) -> tuple[list[bool], list[bool], list[float], HtmlElement | None]:
    """Furniture flags, container values and the container, as `hints` name the page's
    elements. A card's, (with `footers`, a memo for `in_page_footer`) a page footer's and
    (with `navs`, a memo for `in_page_nav`) a menu's prose is no evidence for a container
    (a footer holds the page's disclaimers and "about us" prose, a mega-menu its
    promotions); their links still count against. Only blocks of positive value are
    looked up in them."""
    near = near_furniture(blocks, hints, params.hint_depth, params.stop_at_main)
    if in_comments:  # a reply nested deeper than `hint_depth` is still in the section
        near = [n or c for n, c in zip(near, in_comments, strict=True)]
    furniture = furniture_flags(labels, near)
    values = [
        min(0.0, _value(b, lab, f, params)) if c else _value(b, lab, f, params)
        for b, lab, f, c in zip(blocks, labels, furniture, in_card, strict=True)
    ]
    if footers is not None:
        values = [
            0.0 if v > 0 and in_page_footer(b.ancestors, footers) else v
            for b, v in zip(blocks, values, strict=True)
        ]
    if menu_share is not None:
        values = _without_menus(blocks, values, menu_share)
    return near, furniture, values, find_container(blocks, values, params)


def analyse(doc: Document, params: DensityParams) -> Analysis:
    """The rule passes over one page: classify, find the container, revise."""
    blocks = document_blocks(doc)
    stoplist = choose_stoplist(doc.tree, blocks)
    count_stopwords((b for b in blocks if b.words > params.short_max_words), stoplist)
    labels = [classify(b, params, bool(stoplist)) for b in blocks]
    prose = prose_words(blocks, labels)
    comments = comment_sections(doc) if params.comment_sections else frozenset()
    in_comments = inside(blocks, comments) if comments else []
    in_card = card_flags(blocks, prose, params, params.article_cards and not items_are_text(doc))
    footers: dict[HtmlElement, bool] | None = {} if params.footer_no_container else None
    thread = params.thread_posts and is_thread(doc)
    hints = _Hints(prose, params.widget_max_words, comments)
    menus = params.menu_max_share if params.nav_no_container else None
    near, furniture, values, container = _weigh(
        blocks, labels, hints, in_comments, in_card, footers, params, menus
    )
    if container is None and thread and params.thread_comment_names:
        # The names left no container on a thread: its posts are printed as "comments".
        hints = _Hints(prose, params.widget_max_words, comments, thread=True)
        near, furniture, values, container = _weigh(
            blocks, labels, hints, in_comments, in_card, footers, params, menus
        )
    siblings = sibling_parts(blocks, container, prose, hints, params)
    posts = (
        thread_posts(container, page_groups(doc), params.thread_min_posts)
        if thread and container is not None else []
    )
    keep, reasons = revise(blocks, labels, container, params, hints, in_card, siblings)
    return Analysis(
        blocks, labels, furniture, in_card, values, container, siblings, keep, reasons,
        hints, bool(stoplist), near, params.hint_depth, posts, in_comments,
    )
