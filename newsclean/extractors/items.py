"""The items extractor: a listing's or a collection's items, their titles and snippets, in order.

A page of many things shows them as sibling elements made from one template (teaser cards,
product tiles, search results). Their text is the page's main content, but a prose-seeking
extractor drops it: each item is short and mostly a link. This extractor takes the repeated
group that holds the most item text (`newsclean.repeats`), keeps every block of its items
except button labels (short linked lines that recur from item to item: "Read more", "Add
to cart"), and puts the page's heading and the short introduction above the items first.

`ItemRules.min_price_share` asks the items to be a shop's tiles (most of them show a
price): the default chain's `priced-items` member (`newsclean.chain.PRESETS`), which
answers only there, where density's scorer doubts a grid of short priced tiles on a
shop it never saw and trafilatura reads the shop's menus and filters instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsclean.blocks import TextBlock, document_blocks
from newsclean.document import Document
from newsclean.extractors.base import Candidate
from newsclean.model import BlockKind, PageType
from newsclean.pagetype import classify, price_share
from newsclean.repeats import Group, page_groups
from newsclean.structure import to_blocks


@dataclass(frozen=True)
class ItemRules:
    """Named thresholds of the item choice (tuned on the tune half of wcxb-dev)."""

    min_items: int = 5
    """Items a listing shows at least (three teasers beside a story are a widget)."""
    min_words_per_item: float = 4.0
    """Mean words per item below which a group is a menu, not items."""
    max_link_density: float = 0.95
    """A group whose text is all links and short is navigation."""
    label_words: int = 3
    """A fully linked block of at most this many words inside an item is a button label."""
    intro_blocks: int = 4
    """Blocks before the first item read as the listing's introduction, at most."""
    intro_max_link_density: float = 0.3
    max_prose_ratio: float = 0.5
    """Prose outside the items (long, unlinked blocks) may hold at most this many times the
    items' words: more, and the page is a story with a widget of teasers, not a listing."""
    prose_words: int = 25
    prose_link_density: float = 0.3
    min_structured_share: float = 0.5
    """Share of items that must hold a link or more than one block: sibling paragraphs of
    one story are prose, not items."""
    min_price_share: float = 0.0
    """Share of a group's items that must show a price (`pagetype.price_share`) for it to be
    chosen (none such: no answer); 0 takes any group. The groups are sifted before the
    choice, so that a shop's mega-menu holding more words than its grid does not hide it.
    Half asks for a shop's tiles: on wcxb-dev, where density was unsure, the groups with a
    price in half their items or more were the page's content every time, those with fewer
    (a third at most) were menus, filters or a product's option lists (docs/chain.md,
    "Listings and collections")."""
    page_types: frozenset[PageType] = frozenset()
    """The page types (`newsclean.pagetype.classify`) on which the extractor answers;
    empty: any page."""


DEFAULT_RULES = ItemRules()
PRICED_RULES = ItemRules(
    min_price_share=0.5, page_types=frozenset({PageType.COLLECTION, PageType.LISTING})
)
"""The items of a shop's grid of priced tiles, on a page of many things (the default
chain's `priced-items`; docs/chain.md, "Listings and collections"): a product page's priced
carousel of other products, or a forum's posts, are not its content."""


def _score(group: Group, rules: ItemRules) -> float:
    n = len(group.items)
    if n < rules.min_items or group.words / n < rules.min_words_per_item:
        return 0.0
    if group.link_density > rules.max_link_density and group.words / n < 8:
        return 0.0
    structured = sum(
        1 for j, (a, b) in enumerate(group.spans)
        if b > a or any(tb.link_chars for tb in group.item_blocks(j))
    )
    if structured < rules.min_structured_share * n:
        return 0.0
    # titled, multi-block items (a title and a snippet) are what a listing is made of
    shape = 0.5 + 0.5 * max(group.multi_block_share, group.heading_share)
    return group.words * shape


def best_group(groups: Sequence[Group], rules: ItemRules = DEFAULT_RULES) -> Group | None:
    """The repeated group whose items hold the most text, titled items weighing more, among
    those with a price in `rules.min_price_share` of their items (sifted before the choice,
    so that a shop's mega-menu holding more words than its grid does not hide it)."""
    scored = [
        (s, g) for g in groups
        if (s := _score(g, rules)) > 0
        and (not rules.min_price_share or price_share(g) >= rules.min_price_share)
    ]
    if not scored:
        return None
    return max(scored, key=lambda sg: sg[0])[1]


def _is_short_link(tb: TextBlock, rules: ItemRules) -> bool:
    return tb.words <= rules.label_words and tb.link_density > 0.9 and tb.kind is not (
        BlockKind.HEADING
    )


def labels(group: Group, rules: ItemRules) -> frozenset[str]:
    """The texts of the group's button labels: short linked lines that recur from item to
    item ("Read more", "Add to cart"). A short linked line found in one item alone is that
    item's title (a shop tile's linked name: "Oak desk shelf"), which is content."""
    seen: dict[str, int] = {}
    for item in group.blocks:
        for text in {tb.text.casefold() for tb in item if _is_short_link(tb, rules)}:
            seen[text] = seen.get(text, 0) + 1
    return frozenset(text for text, n in seen.items() if n > 1)


def item_blocks(doc: Document, rules: ItemRules = DEFAULT_RULES) -> tuple[list[TextBlock], float]:
    """The blocks of the page's items (with its heading and introduction) and the share of
    the page's words they hold."""
    if rules.page_types and classify(doc).page_type not in rules.page_types:
        return [], 0.0
    blocks = document_blocks(doc)
    group = best_group(page_groups(doc), rules)
    if group is None or not blocks:
        return [], 0.0
    inside = {i for a, b in group.spans for i in range(a, b + 1)}
    prose = sum(
        tb.words for i, tb in enumerate(blocks)
        if i not in inside and tb.words >= rules.prose_words
        and tb.link_density < rules.prose_link_density
    )
    if prose > rules.max_prose_ratio * group.words:
        return [], 0.0
    first = group.spans[0][0]
    kept: list[TextBlock] = []
    heading = next((tb for tb in blocks[:first] if tb.kind is BlockKind.HEADING
                    and tb.heading_level == 1), None)
    intro: list[TextBlock] = []
    for tb in reversed(blocks[max(0, first - rules.intro_blocks): first]):
        if tb is heading or tb.link_density > rules.intro_max_link_density:
            break
        intro.insert(0, tb)
    if heading is not None:
        kept.append(heading)
    kept.extend(intro)
    buttons = labels(group, rules)
    for a, b in group.spans:
        kept.extend(tb for tb in blocks[a : b + 1]
                    if not (_is_short_link(tb, rules) and tb.text.casefold() in buttons))
    total = sum(tb.words for tb in blocks) or 1
    return kept, sum(tb.words for tb in kept) / total


class ItemsExtractor:
    """Extractor plug-in: the items of a listing or a collection."""

    name = "items"

    def __init__(self, rules: ItemRules = DEFAULT_RULES) -> None:
        self.rules = rules

    def extract(self, doc: Document) -> Candidate:
        kept, share = item_blocks(doc, self.rules)
        if not kept:
            return Candidate(extractor=self.name)
        # a group that holds a fair share of the page is its content; a small one is a widget
        confidence = min(1.0, 0.5 + share)
        return Candidate(extractor=self.name, blocks=tuple(to_blocks(kept, doc.base)),
                         confidence=round(confidence, 3), details={"share": round(share, 3)})
