"""Repeated sibling structures: the items of a listing, the posts of a thread.

A page of many things shows them as sibling elements built from one template (same tag,
same class): product tiles, search results, teaser cards, forum posts. This module finds
such groups among the page's text blocks, once per page, for the page-type features and the
item extractor. It only measures; what a group means is decided elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from typing import cast

from lxml.html import HtmlElement

from newsclean.blocks import Chains, TextBlock, block_chains, document_blocks, document_chains
from newsclean.document import Document
from newsclean.model import BlockKind

MIN_ITEMS = 3
"""Siblings needed before a template counts as repeated (two could be a pair of columns)."""
_DIGITS = re.compile(r"\d+")


@dataclass
class Group:
    """Sibling elements of one template under one parent, and the blocks inside them.

    An item's blocks are contiguous in document order (an element's subtree), so each item
    is a span `(first, last)` of indices into the page's blocks.
    """

    parent: HtmlElement
    signature: str
    page: Sequence[TextBlock]
    items: list[HtmlElement] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    words: int = 0
    chars: int = 0
    link_chars: int = 0
    headed: int = 0
    """Items holding a heading block."""
    signatures: dict[HtmlElement, str] = field(default_factory=dict, repr=False, compare=False)
    """`signature` of the elements the slots read, shared by the groups of a page
    (`find_groups`): groups overlap, so their items' chains hold the same elements."""

    @property
    def blocks(self) -> list[Sequence[TextBlock]]:
        """Per item, its text blocks in document order."""
        return [self.page[a : b + 1] for a, b in self.spans]

    @cached_property
    def slots(self) -> dict[int, tuple[str, ...] | None]:
        """Per block of the items (its index in `page`), its template slot in its item: the
        signatures of the block-level elements from the block up to the item, and its
        kind; None for the item's own text (a group of paragraphs or of menu entries is not
        a grid of composed items). Worked out once a group: the siblings passes each ask."""
        found: dict[int, tuple[str, ...] | None] = {}
        for item, (a, b) in zip(self.items, self.spans, strict=True):
            for i in range(a, b + 1):
                found[i] = _slot(self.page[i], item, self.signatures)
        return found

    def opens_with_own_text(self, j: int) -> bool:
        """Whether item `j`'s first block is the item's own text (its slot in `slots` is
        None): read from the block's chain alone, without the group's slots, which the
        passes that ask only this (`siblings.template_lines`, on most pages) would work
        out for every block of every item."""
        item, chain = self.items[j], self.page[self.spans[j][0]].ancestors
        return chain[0] is item or item not in chain

    def item_blocks(self, j: int) -> Sequence[TextBlock]:
        a, b = self.spans[j]
        return self.page[a : b + 1]

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0

    @property
    def multi_block_share(self) -> float:
        """Share of items holding more than one block (a title and a snippet, not a link)."""
        return sum(b > a for a, b in self.spans) / len(self.spans) if self.spans else 0.0

    @property
    def heading_share(self) -> float:
        """Share of items with a heading block (a card's title)."""
        return self.headed / len(self.spans) if self.spans else 0.0


def signature(el: HtmlElement) -> str:
    """Tag and class with digits blanked: the template an element was made from."""
    cls = el.get("class")
    if not cls:
        return str(el.tag)
    cls = cls[:80]
    return f"{el.tag}.{_DIGITS.sub('', cls) if _DIGITS.search(cls) else cls}"


def _slot(
    block: TextBlock, item: HtmlElement, signatures: dict[HtmlElement, str]
) -> tuple[str, ...] | None:
    """`Group.slots` of one block inside `item`; `signatures` keeps each element's."""
    path: list[str] = []
    for el in block.ancestors:
        if el is item:
            return (*path, block.kind.value) if path else None
        sig = signatures.get(el)
        if sig is None:
            sig = signatures[el] = signature(el)
        path.append(sig)
    return None


def find_groups(blocks: Sequence[TextBlock], chains: Chains | None = None) -> list[Group]:
    """Every template repeated at least `MIN_ITEMS` times under one parent, with its blocks.

    Groups overlap (the rows of a list, and the list's own siblings); each block-level
    element of the page that holds text, below the top of its chain, is a possible item.
    `chains`: `block_chains(blocks)`, where the caller has them.
    """
    chains = chains if chains is not None else block_chains(blocks)
    # keyed by the parent elements themselves, which `chains` keeps alive
    by_key: dict[tuple[HtmlElement, str], list[HtmlElement]] = {}
    children: Counter[HtmlElement] = Counter(chains.parents.values())
    templates: dict[tuple[str, str | None], str] = {}
    signatures: dict[HtmlElement, str] = {}  # the slots' memo, shared by the groups
    for el, parent in chains.parents.items():
        if children[parent] < MIN_ITEMS:
            continue  # fewer children holding text than a group needs
        look = (el.tag, el.get("class"))
        sig = templates.get(look)
        if sig is None:
            sig = templates[look] = signature(el)
        by_key.setdefault((parent, sig), []).append(el)
    words = list(accumulate((tb.words for tb in blocks), initial=0))
    chars = list(accumulate((tb.chars for tb in blocks), initial=0))
    links = list(accumulate((tb.link_chars for tb in blocks), initial=0))
    heads = list(accumulate((tb.kind is BlockKind.HEADING for tb in blocks), initial=0))
    groups = []
    for (_, sig), items in by_key.items():
        if len(items) < MIN_ITEMS:
            continue
        group = Group(chains.parents[items[0]], sig, blocks, signatures=signatures)
        for el in items:
            a, b = chains.spans[el]
            group.items.append(el)
            group.spans.append((a, b))
            group.words += words[b + 1] - words[a]
            group.chars += chars[b + 1] - chars[a]
            group.link_chars += links[b + 1] - links[a]
            group.headed += heads[b + 1] > heads[a]
        groups.append(group)
    return groups


_GROUPS = "newsclean.repeats.groups"


def page_groups(doc: Document) -> list[Group]:
    """`find_groups` of the whole page, computed once per document."""
    cached = doc.cache.get(_GROUPS)
    if cached is None:
        cached = doc.cache[_GROUPS] = find_groups(document_blocks(doc), document_chains(doc))
    return cast(list[Group], cached)
