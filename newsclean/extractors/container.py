"""Pass 2 of the density rules: the element that holds the page's text.

Each block weighs for every element above it (`block_value`: good prose for, furniture and
bad text against), with what is no evidence left out (a card's, a page footer's, a menu's
prose: `weigh`); `find_container` sums the values up the tree with a decay and tightens to
the smallest element keeping nearly all of the good text; `sibling_parts` are the
container's siblings that continue its article. `newsclean.extractors.rules.analyse` runs
them between the context-free labels and the revision.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from newsclean.blocks import Memo, TextBlock, held_at_or_above, nearest_at_or_above
from newsclean.extractors.hints import Hints, is_main, near_furniture
from newsclean.extractors.params import DensityParams, Label
from newsclean.model import BlockKind


def furniture_flags(labels: list[Label], near: list[bool]) -> list[bool]:
    """For each block, whether it counts as furniture in the container score: near
    furniture (`near_furniture`) and not short (short blocks weigh nothing there)."""
    return [n and label is not Label.SHORT for n, label in zip(near, labels, strict=True)]


def block_value(block: TextBlock, label: Label, furniture: bool, params: DensityParams) -> float:
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
    decay = params.container_decay
    for block, value in zip(blocks, values, strict=True):
        if not value:
            continue
        decayed = value
        for anc in block.ancestors:
            score[anc] = score.get(anc, 0.0) + decayed
            decayed *= decay
        if value > 0:  # good text counts for `good` too, undecayed
            for anc in block.ancestors:
                good[anc] = good.get(anc, 0.0) + value
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


def class_key(el: HtmlElement) -> tuple[str, str] | None:
    """An element's tag and first class token: siblings built from one template share
    it ("story-body story-body-1", "story-body story-body-2")."""
    classes = (el.get("class") or "").split()
    return (str(el.tag), classes[0]) if classes else None


def sibling_parts(
    blocks: list[TextBlock],
    container: HtmlElement | None,
    prose: dict[HtmlElement, int],
    hints: Hints,
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
        key = class_key(el)
        matches = key is not None and [
            sib
            for sib in parent
            if sib is not el
            and prose.get(sib, 0) >= params.sibling_min_words
            and class_key(sib) == key
            and not hints.negative(sib)
        ]
        if matches:
            titled = titled if titled is not None else _titled(blocks)
            if el not in titled:  # parts of one story have no titles of their own
                found.extend(sib for sib in matches if sib not in titled)
        el = parent
    return found


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


def in_page_footer(chain: tuple[HtmlElement, ...], memo: Memo) -> bool:
    """Whether a block (`chain`: its ancestors, innermost first) lies in a `<footer>` or a
    WAI-ARIA `contentinfo` region. `memo` holds the answer of every element walked: the
    blocks of a page share their ancestors, so each element is read once."""
    return held_at_or_above(chain, _is_page_footer, memo)


def _is_page_footer(el: HtmlElement) -> bool:
    return el.tag == "footer" or (el.get("role") or "").strip().lower() == "contentinfo"


def page_menu(chain: tuple[HtmlElement, ...], memo: Memo) -> HtmlElement | None:
    """The `<nav>` (or WAI-ARIA `navigation` region) a block lies in (`chain`: its
    ancestors, innermost first), None when a `<main>`, `role="main"` or `<article>` comes
    first: a menu left unclosed around the page's main content (`DensityParams.stop_at_main`)
    is layout, not the menu's text."""
    return nearest_at_or_above(chain, _is_menu, memo, _is_main_text)


def _is_menu(el: HtmlElement) -> bool:
    return el.tag == "nav" or (el.get("role") or "").strip().lower() == "navigation"


def _is_main_text(el: HtmlElement) -> bool:
    return el.tag == "article" or is_main(el)


def _without_menus(
    blocks: list[TextBlock], values: list[float], max_share: float
) -> list[float]:
    """`values` with the prose of menus (`page_menu`) at 0, each menu holding under
    `max_share` of the page's positive value: a menu that holds most of the page's prose is
    one the parser left unclosed around it, with no `<main>` or `<article>` to say so."""
    memo: Memo = {}
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


def weigh(
    blocks: list[TextBlock], labels: list[Label], hints: Hints, in_comments: list[bool],
    in_card: list[bool], footers: Memo | None, params: DensityParams,
    menu_share: float | None = None,
) -> tuple[list[bool], list[bool], list[float], HtmlElement | None]:
    """Furniture flags, container values and the container, as `hints` name the page's
    elements. A card's, (with `footers`, a memo for `in_page_footer`) a page footer's and
    (with `menu_share`, `_without_menus`) a menu's prose is no evidence for a container
    (a footer holds the page's disclaimers and "about us" prose, a mega-menu its
    promotions); their links still count against. Only blocks of positive value are
    looked up in them."""
    near = near_furniture(blocks, hints, params.hint_depth, params.stop_at_main)
    if in_comments:  # a reply nested deeper than `hint_depth` is still in the section
        near = [n or c for n, c in zip(near, in_comments, strict=True)]
    furniture = furniture_flags(labels, near)
    values = [
        min(0.0, block_value(b, lab, f, params)) if c else block_value(b, lab, f, params)
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
