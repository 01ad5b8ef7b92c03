"""The density extractor's rule passes: text-density and link-density block classification.

`newsclean.extractors.density.DensityExtractor` runs them (`analyse`) and, by default, hands
their verdicts to the learned block scorer (`newsclean.extractors.block_model`). Pure passes
over the blocks of `newsclean.blocks.segment`, in the manner of jusText:

1. `classify`: a context-free label for each block from its own features (length, link
   density, stopword density, boilerplate wording);
2. the container (`newsclean.extractors.container`): the element that holds most of the
   good text and little of the bad (block values, with furniture class/id hints of near
   ancestors, `newsclean.extractors.hints`, counting against, summed up the tree with a
   decay, then tightened to the smallest element keeping nearly all of the good text);
   readers' comment sections found by their structure (`newsclean.comments`) are
   furniture too, whatever their class names;
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

Every threshold is a named field of `DensityParams` (`newsclean.extractors.params`);
class/id hints are data in `newsclean.extractors.hints`, wording at the top of this
module. Nothing is keyed to a site.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, overload

from lxml.html import HtmlElement

from newsclean.blocks import (
    Memo,
    TextBlock,
    blocks_language,
    count_stopwords,
    document_blocks,
    nearest_at_or_above,
    words_under,
)
from newsclean.comments import comment_sections, inside, is_thread, items_are_text
from newsclean.document import Document, declared_language
from newsclean.extractors.container import sibling_parts, weigh
from newsclean.extractors.hints import Hints
from newsclean.extractors.params import DensityParams, Label
from newsclean.extractors.teasers import teaser_line
from newsclean.model import BlockKind
from newsclean.normalize.text import CaseBlind
from newsclean.repeats import Group, page_groups
from newsclean.stoplists import LANGUAGES
from newsclean.stoplists import stoplist as read_stoplist
from newsclean.structure import is_line_numbers

# --- Heuristics as data -------------------------------------------------------------------

# Short blocks that are page furniture by their wording alone (any language we know of).
BOILERPLATE_TEXT = CaseBlind(re.compile(
    r"^\W*(advertisement|advertising|advert|sponsored|share( this)?( article| story)?|"
    r"read more|continue reading|related( articles| stories| content)?|recommended|"
    r"sign up|subscribe|log ?in|sign in|follow us|comments?|print|email|tweet|"
    r"(photo|image|picture)( credit)?|skip to( main)? content|more from|see also|"
    r"you may also like|most (read|popular)|trending( now)?|newsletter|close|menu|"
    r"back to top|top|next|previous|ad|anzeige|publicité|publicidad|werbung|"
    r"(this \w+ requires|please enable|you need to enable) javascript\b.*)\W*$",
    re.IGNORECASE,
))


@lru_cache(maxsize=8192)
def boilerplate_wording(text: str) -> bool:
    """Whether a block is furniture by its wording alone (`BOILERPLATE_TEXT`). Kept per
    text: the rules ask it of a block up to four times and the block scorer's features once
    more, and a page repeats its furniture ("Share", "Read more") from block to block."""
    return BOILERPLATE_TEXT.match(text) is not None
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


def prose_words(blocks: list[TextBlock], labels: list[Label]) -> dict[HtmlElement, int]:
    """Words of good blocks under each element (for the widget check of `Hints`)."""
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


# --- Pass 1: context-free classification --------------------------------------------------


def classify(block: TextBlock, params: DensityParams, has_stoplist: bool = True) -> Label:
    """Context-free label of one block from its own features."""
    if block.link_density > params.max_link_density and not (
        block.link_density <= params.max_link_density_prose and _is_prose(block, params)
    ):
        return Label.BAD
    if block.words <= params.short_max_words:
        if boilerplate_wording(block.text):
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
    posts = [g for g in groups if len(g.items) >= min_posts and g.multi_block_share >= 0.5]
    for group in posts:
        here = min((depth[el] for el in group.items if el in depth), default=None)
        if here is not None and (best is None or here < best[0]):
            best = here, group
    if best is None:
        best = _replies_after(container, depth, posts)
    if best is None or any(b.heading_level == 1 for item in best[1].blocks for b in item):
        return []
    return list(best[1].items)


def _replies_after(
    container: HtmlElement, depth: dict[HtmlElement, int], groups: Sequence[Group]
) -> tuple[int, Group] | None:
    """Where no template holds the container, the one after it whose parent lies nearest
    (by their common ancestor): a Q&A page's question and its answers, a link post and
    its comments, are two templates, the container the question's text."""
    best: tuple[int, Group] | None = None
    for group in groups:
        first = group.spans[0][0]
        if first == 0 or any(container in b.ancestors for b in group.page[first:]):
            continue
        if not any(container in b.ancestors for b in group.page[:first]):
            continue  # the replies follow the post they answer
        here = next(depth[el] for el in (group.parent, *group.parent.iterancestors())
                    if el in depth)
        if best is None or here < best[0]:
            best = here, group
    return best


# --- Pass 3: context revision -------------------------------------------------------------


def _between_negative(
    block: TextBlock, container: HtmlElement, hints: Hints
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
    return block.link_density <= params.max_link_density and not boilerplate_wording(
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
    return block.kind is BlockKind.HEADING and not boilerplate_wording(block.text)


def _is_linked_cell(block: TextBlock, params: DensityParams) -> bool:
    """A short block in a table row, bad for its link only."""
    return (
        block.words <= params.short_max_words
        and not boilerplate_wording(block.text)
        and any(anc.tag == "tr" for anc in block.ancestors[:3])
    )


OUTSIDE = "outside container"
"""The reason of a block that lies in no part of the container: the rules never keep it."""


def part_homes(
    blocks: Sequence[TextBlock], container: HtmlElement | None,
    siblings: Sequence[HtmlElement] = (),
) -> list[HtmlElement | None]:
    """For each block, the part of the container it lies in (the container, or one of its
    sibling parts: `sibling_parts`), None outside them all. Worked out once a page: the
    revision reads it, and so do the block scorer's features (`Analysis.homes`)."""
    if container is None:
        return [None] * len(blocks)
    parts = {container, *siblings}  # disjoint subtrees: a block lies in one at most
    above: Memo = {}  # each element's part, read once: most blocks lie outside them all
    return [nearest_at_or_above(b.ancestors, parts.__contains__, above) for b in blocks]


def revise(
    blocks: list[TextBlock],
    labels: list[Label],
    container: HtmlElement | None,
    params: DensityParams,
    hints: Hints | None = None,
    in_card: list[bool] | None = None,
    siblings: Sequence[HtmlElement] = (),
    homes: Sequence[HtmlElement | None] | None = None,
) -> tuple[list[bool], list[str]]:
    """Context pass: which blocks to keep, and why (one reason per block). `siblings` are
    further parts of the container (see `sibling_parts`), read the same way; `homes`: each
    block's part (`part_homes`), where the caller has them."""
    hints = hints or Hints()
    n = len(blocks)
    in_card = in_card or [False] * n
    keep = [False] * n
    reasons = [OUTSIDE] * n
    if container is None:
        return keep, ["no container"] * n
    if homes is None:
        homes = part_homes(blocks, container, siblings)
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
    hints: Hints
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
    homes: list[HtmlElement | None] = field(default_factory=list)
    """Each block's part of the container (`part_homes`): the container, a sibling part, or
    None outside them."""


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
    footers: Memo | None = {} if params.footer_no_container else None
    thread = params.thread_posts and is_thread(doc)
    hints = Hints(prose, params.widget_max_words, comments)
    menus = params.menu_max_share if params.nav_no_container else None
    near, furniture, values, container = weigh(
        blocks, labels, hints, in_comments, in_card, footers, params, menus
    )
    if container is None and thread and params.thread_comment_names:
        # The names left no container on a thread: its posts are printed as "comments".
        hints = Hints(prose, params.widget_max_words, comments, thread=True)
        near, furniture, values, container = weigh(
            blocks, labels, hints, in_comments, in_card, footers, params, menus
        )
    siblings = sibling_parts(blocks, container, prose, hints, params)
    posts = (
        thread_posts(container, page_groups(doc), params.thread_min_posts)
        if thread and container is not None else []
    )
    homes = part_homes(blocks, container, siblings)
    keep, reasons = revise(blocks, labels, container, params, hints, in_card, siblings, homes)
    return Analysis(
        blocks, labels, furniture, in_card, values, container, siblings, keep, reasons,
        hints, bool(stoplist), near, params.hint_depth, posts, in_comments, homes,
    )
