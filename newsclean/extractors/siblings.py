"""The items of a listing are read alike: what the scorer keeps in some, it keeps in all.

A listing's or a collection's items are sibling elements made from one template
(`newsclean.repeats`): a teaser's linked title and its snippet, a product tile's name and
price. The block scorer reads each block on its own, and its verdicts on a grid of short
linked titles straddle its threshold: it keeps the first few titles of a recipe index and
drops the rest, or keeps every snippet of a blog index and drops every title. This pass
makes the verdict the template's: a slot of the template (the same chain of elements below
the item) holding the items' names, kept in enough of the items, is kept in all of them,
and the leading title of an item whose text is kept joins it. Only names: a price or
rating line lent to every tile brought back the chrome the scorer had rightly dropped
(docs/pagetype.md). A part of any kind joins only where the scorer kept it in more than two
thirds of the items already and its texts differ: the scorer was sure of the part (a
house's rooms, a tile's colour) and doubted it on a few tiles alone (`PART_SHARE`).

The same slots tell a template's buttons from its content: a linked line that reads alike
in nearly every item ("View company profile", "Add to compare") is a control the template
prints in each item, not a part of what the item says (`item_labels`); and an unlinked
line pinned alike on some items above their names ("Top Rated", "Sales end soon") is a
badge, a flag on the item rather than what it says (`item_badges`); a line of a sentence's
length nearly every item prints alike ("Error rating book. Refresh and try again.") is
the template's words, not the item's (`item_sentences`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newsclean.blocks import TextBlock
from newsclean.metadata.dates import has_written_date
from newsclean.model import BlockKind
from newsclean.pagetype import NUMERIC_DATE
from newsclean.repeats import Group

MIN_ITEMS = 4
"""Items a group needs (three teasers beside a story are a widget)."""
MIN_SLOT_SHARE = 0.25
"""Share of the items that carry a slot in which it must be kept (and in two at least)
for it to be kept in all: a quarter is a scorer undecided about one template, not a
stray item it liked."""
TITLE_MAX_WORDS = 20
"""Words a title leading an item holds at most (a headline, a product's name)."""
TITLE_LINK_DENSITY = 0.5


def _is_title(block: TextBlock) -> bool:
    return block.words <= TITLE_MAX_WORDS and (
        block.kind is BlockKind.HEADING or block.link_density >= TITLE_LINK_DENSITY
    )


PART_SHARE = 2 / 3
"""Share of a part's blocks (one per item) the scorer must keep, and more, for the others
to join them, in a slot of any kind, not only names. A quarter lends a price or a rating
the scorer rightly dropped in most tiles; over two thirds is a part it kept, doubting only
a few tiles' copies (a half and a third were measured too: docs/chain.md)."""
PART_DISTINCT = 0.5
"""Share of such a slot's texts that must differ: a badge or a button ("Sale", "Add to
compare") reads alike from tile to tile and is no part of what an item says."""
MIN_DISTINCT = 0.8
"""Share of a slot's texts that must differ: an item's title names it, a button or a
badge ("Quick view", "Be the first to review") reads alike in every item."""


def _names(page: Sequence[TextBlock], members: Sequence[int]) -> bool:
    """Whether a slot holds the items' names: title-like blocks whose texts differ."""
    texts = [page[i].text.casefold() for i in members]
    if len(set(texts)) < MIN_DISTINCT * len(texts):
        return False
    return all(_is_title(page[i]) for i in members)  # only names: see the module's note


def _part(page: Sequence[TextBlock], members: Sequence[int], kept: int) -> bool:
    """Whether a slot is a part the scorer kept in nearly every item: kept in more than
    `PART_SHARE` of its blocks, with texts that differ (`PART_DISTINCT`)."""
    texts = {page[i].text.casefold() for i in members}
    return kept > PART_SHARE * len(members) and len(texts) >= PART_DISTINCT * len(members)


def _slots(group: Group, ordinal: bool = False) -> dict[tuple[str, ...], list[int]]:
    """The group's blocks by template slot (`Group.slots`; the items' own text is no
    slot). With `ordinal`, the k-th block of a slot in an item is a slot of its own, so that each
    holds one block per item at most: a house's rooms, baths and area are three parts, and
    an item's run of paragraphs (a story cut into boxes) is no part that recurs."""
    slots: dict[tuple[str, ...], list[int]] = {}
    for a, b in group.spans:
        seen: dict[tuple[str, ...], int] = {}
        for i in range(a, b + 1):
            key = group.slots[i]
            if key is None:
                continue
            if ordinal:
                seen[key] = seen.get(key, -1) + 1
                key = (*key, str(seen[key]))
            slots.setdefault(key, []).append(i)
    return slots


def _composed(group: Group) -> bool:
    """Whether the items are composed of parts: half of them or more hold blocks of two
    slots or more (a title and a price, a name and an address). Items that are runs of
    one kind of block (a story cut into boxes of paragraphs) have no parts to lend."""
    composed = 0
    for a, b in group.spans:
        kinds = {group.slots[i] for i in range(a, b + 1)} - {None}
        composed += len(kinds) >= 2
    return composed * 2 >= len(group.items)


def group_additions(
    group: Group, keep: Sequence[bool], names: bool = True, parts: bool = True
) -> set[int]:
    """Blocks of one group to keep: with `parts`, the dropped blocks of the parts kept in
    more than `PART_SHARE` of the items carrying them (`_part`, one block per item); with
    `names`, those of name slots kept in `MIN_SLOT_SHARE` of their blocks, and the
    dropped leading title of each item where a block is kept. A slot must be carried by
    half the items or more."""
    n = len(group.items)
    if n < MIN_ITEMS:
        return set()
    found: set[int] = set()
    parts = parts and _composed(group)
    for use, ordinal in ((parts, True), (names, False)):
        for members in _slots(group, ordinal).values() if use else ():
            kept = sum(keep[i] for i in members)
            if kept < 2 or len(members) * 2 < n:
                continue
            if _part(group.page, members, kept) if ordinal else (
                kept >= MIN_SLOT_SHARE * len(members) and _names(group.page, members)
            ):
                found.update(i for i in members if not keep[i])
    with_kept = [(a, b) for a, b in group.spans
                 if any(keep[i] or i in found for i in range(a, b + 1))]
    if names and len(with_kept) * 2 >= n:
        found.update(i for i in _leading_titles(group, with_kept) if not keep[i])
    return found


DATE_LINE_MAX_WORDS = 8
"""Words a date line before an item's title holds at most ("March 5 @ 7:00 pm - 9:00 pm")."""


def _date_line(block: TextBlock) -> bool:
    """A short line that dates its item: a `<time>` element, or a date in its text."""
    if block.words > DATE_LINE_MAX_WORDS:
        return False
    el = block.element
    return (el.tag == "time" or next(el.iter("time"), None) is not None
            or any(a.tag == "time" for a in el.iterancestors())
            or NUMERIC_DATE.search(block.text) is not None or has_written_date(block.text))


def _name_slots(group: Group) -> list[set[int]]:
    """The slots that hold the names of every item of the group (`_names`)."""
    return [set(members) for members in _slots(group).values()
            if len(members) == len(group.items) and _names(group.page, members)]


def _firsts(group: Group, slot: set[int], spans: Sequence[tuple[int, int]]) -> list[int]:
    """Each item's first block of `slot`, for the items in `spans` that carry it."""
    found = (next((i for i in range(a, b + 1) if i in slot), None) for a, b in spans)
    return [i for i in found if i is not None]


def _leading_titles(group: Group, spans: Sequence[tuple[int, int]]) -> list[int]:
    """The title leading each of the items in `spans`: the item's first block where the
    items' first blocks are names; else, where every item opens with date lines before
    its name (an events list's day and hours, a news list's date), the first block of the
    slot that holds the items' names. A badge, a photo credit or a kicker before the name
    is no date: such cards' titles stay the scorer's (a section front's teasers)."""
    page = group.page
    if _names(page, [a for a, _ in group.spans]):
        return [a for a, b in spans if b > a and _is_title(page[a]) and group.slots[a] is not None]
    for slot in _name_slots(group):
        heads = [_firsts(group, slot, [span]) for span in group.spans]
        if all(head and all(_date_line(page[j]) for j in range(a, head[0]))
               for head, (a, _) in zip(heads, group.spans, strict=True)):
            return _firsts(group, slot, spans)
    return []


def item_titles(groups: Sequence[Group]) -> list[tuple[list[TextBlock], list[TextBlock]]]:
    """Per repeated group of `MIN_ITEMS` items or more whose every item carries a name
    (`_names`: distinct title-like blocks in one slot): those names, and every block of
    the group's items. Groups without names are left out."""
    found: list[tuple[list[TextBlock], list[TextBlock]]] = []
    for group in groups:
        if len(group.items) >= MIN_ITEMS:
            found.extend(([group.page[i] for i in _firsts(group, slot, group.spans)],
                          [b for item in group.blocks for b in item])
                         for slot in _name_slots(group))
    return found


def sibling_items(
    groups: Sequence[Group], keep: Sequence[bool], names: bool = True
) -> list[int]:
    """Dropped blocks that the page's repeated groups read as their kept siblings are
    (`group_additions`, `names` passed on), in page order."""
    found: set[int] = set()
    for group in groups:
        found |= group_additions(group, keep, names)
    return sorted(found)


LABEL_SHARE = 0.8
"""Share of a slot's blocks that must print one text for the slot to be the template's
button: an item or two may lack it or print another state ("Added")."""
LABEL_MAX_WORDS = 6
"""Words a button's line holds at most ("Add to Wish List Add to Compare": two controls
in one line)."""
LABEL_LINK_DENSITY = 0.9
"""A label is a link or a row of links; an unlinked line that reads alike ("Full-Time",
"Remote", a region) is data the items happen to share, which listings' truths keep."""


def _own_link(block: TextBlock) -> bool:
    """Whether the block's link is its own: not a link wrapping the whole tile (a product
    card made one `<a>`, whose every line is linked: "Men · Midweight" beside the name)."""
    el = block.element
    link = el if el.tag == "a" else next(el.iterancestors("a"), None)
    if link is None:
        return True  # its links lie inside it
    return len("".join(link.itertext()).split()) <= block.words


def group_labels(group: Group, keep: Sequence[bool]) -> set[int]:
    """Kept blocks of one group that are its template's button: a slot carried by half
    the items or more whose blocks print one short text in `LABEL_SHARE` of them, each a
    link of its own."""
    n = len(group.items)
    if n < MIN_ITEMS:
        return set()
    found: set[int] = set()
    for members in _slots(group).values():
        if len(members) < MIN_ITEMS or len(members) * 2 < n:
            continue
        found.update(i for i in _printed_alike(group, members, LABEL_MAX_WORDS)
                     if keep[i]
                     and group.page[i].link_density >= LABEL_LINK_DENSITY
                     and _own_link(group.page[i]))
    return found


def _printed_alike(group: Group, members: Sequence[int], max_words: int) -> list[int]:
    """The blocks of one slot that print its one text, where the slot prints one text of
    at most `max_words` words in `LABEL_SHARE` of its blocks (case aside), else none: a
    template's button or badge, printed alike on every item that carries it."""
    texts = [group.page[i].text.casefold() for i in members]
    top, count = Counter(texts).most_common(1)[0]
    if count < LABEL_SHARE * len(members) or len(top.split()) > max_words:
        return []
    return [i for i, text in zip(members, texts, strict=True) if text == top]


BADGE_MAX_WORDS = 4
"""Words a badge holds at most ("Top Rated", "Sales end soon", "New arrival")."""
BADGE_CARRIED = 0.8
"""Share of the items a badge's slot must be carried by fewer than: a badge marks some
items ("Top Rated" on 8 tiles of 30); a line every item prints ("Full-Time", a region)
is data the items share, which listings' truths keep (measured with it and without:
docs/chain.md)."""
BADGE_LINK_DENSITY = 0.5
"""A badge is unlinked (a linked line printed alike is a button: `group_labels`)."""


def _before_title(group: Group, index: int) -> bool:
    """Whether a title-like block (`_is_title`: the item's name) follows block `index` in
    its item: the badge sits above the name, where a card prints its flags; the facts
    an item shares with others (its type, its place) follow its name."""
    _, last = next(span for span in group.spans if span[0] <= index <= span[1])
    return any(_is_title(group.page[j]) for j in range(index + 1, last + 1))


def group_badges(group: Group, keep: Sequence[bool]) -> set[int]:
    """Kept blocks of one group that are a badge its template pins on some items: an
    unlinked line of at most `BADGE_MAX_WORDS` words, in a slot carried by two items or
    more but fewer than `BADGE_CARRIED` of them, that prints one text in `LABEL_SHARE`
    of its blocks, above the item's name (`_before_title`)."""
    n = len(group.items)
    if n < MIN_ITEMS:
        return set()
    found: set[int] = set()
    for members in _slots(group).values():
        if len(members) < 2 or len(members) >= BADGE_CARRIED * n:
            continue
        found.update(i for i in _printed_alike(group, members, BADGE_MAX_WORDS)
                     if keep[i]
                     and group.page[i].link_density < BADGE_LINK_DENSITY
                     and _before_title(group, i))
    return found


def item_badges(groups: Sequence[Group], keep: Sequence[bool]) -> list[int]:
    """Kept blocks that the page's repeated groups pin alike on some items above their
    names (`group_badges`), in page order."""
    found: set[int] = set()
    for group in groups:
        found |= group_badges(group, keep)
    return sorted(found)


SENTENCE_MIN_WORDS = 4
"""Words from which a line nearly every item prints alike is its template's sentence
("Error rating book. Refresh and try again.", "Unit price / per"), not a value the items
share ("Full-Time", "Remote", a region, "Vendor:": one or two words, which some
listings' truths keep and others leave)."""


def group_sentences(group: Group, keep: Sequence[bool]) -> set[int]:
    """Kept blocks of one group that its template prints alike in nearly every item: a
    slot carried by `BADGE_CARRIED` of the items or more whose blocks print one text of
    `SENTENCE_MIN_WORDS` words or more in `LABEL_SHARE` of them, linked or not (a rating
    widget's "1 of 5 stars" row, a script's error line, a price's unit caption)."""
    n = len(group.items)
    if n < MIN_ITEMS:
        return set()
    found: set[int] = set()
    for members in _slots(group).values():
        if len(members) < BADGE_CARRIED * n:
            continue
        texts = [group.page[i].text.casefold() for i in members]
        top, count = Counter(texts).most_common(1)[0]
        if count >= LABEL_SHARE * len(members) and len(top.split()) >= SENTENCE_MIN_WORDS:
            found.update(i for i, text in zip(members, texts, strict=True)
                         if text == top and keep[i])
    return found


def item_sentences(groups: Sequence[Group], keep: Sequence[bool]) -> list[int]:
    """Kept blocks that the page's repeated groups print alike in nearly every item as a
    sentence (`group_sentences`), in page order: the template's words, not the item's."""
    found: set[int] = set()
    for group in groups:
        found |= group_sentences(group, keep)
    return sorted(found)


def item_labels(groups: Sequence[Group], keep: Sequence[bool]) -> list[int]:
    """Kept blocks that the page's repeated groups print alike in every item as a link
    (`group_labels`), in page order."""
    found: set[int] = set()
    for group in groups:
        found |= group_labels(group, keep)
    return sorted(found)


LINE_MAX_WORDS = 8
"""Words a template's line holds at most (a speaker's time and name, a post's day)."""
LINE_MIN_ITEMS = 4
"""Items that must carry the line (as `MIN_ITEMS`)."""


def _positions(group: Group) -> dict[str, list[int]]:
    """The items' head lines by kind: the first block of each item of several blocks that
    is the item's own text, written straight into its element before its parts (a
    transcript turn's "02:31 Dr. Paul Wendt" in its `<div>`, before the `<p>` of what is
    said). Every slot of the items was measured too: its verdicts moved a hundred dev
    pages, as many down as up (docs/chain.md)."""
    places: dict[str, list[int]] = {}
    for j, (a, b) in enumerate(group.spans):
        if b > a and group.opens_with_own_text(j):
            places.setdefault(group.page[a].kind.value, []).append(a)
    return places


def split_lines(
    group: Group, keep: Sequence[bool], scores: Sequence[float], threshold: float
) -> list[int]:
    """The short head lines of the items (`_positions`) that the scorer kept in
    some items and dropped in others, inside items whose other text is kept (the kept
    body's turns, posts or entries), whose verdict differs from the place's: kept where
    the scorer's mean probability over the place reaches `threshold`, else dropped. One
    template prints the line alike in each item: reading each on its own, the scorer keeps
    one speaker's line and drops the next one's by a few hundredths."""
    found: list[int] = []
    for members in _positions(group).values():
        if len(members) < LINE_MIN_ITEMS or any(
            group.page[i].words > LINE_MAX_WORDS for i in members
        ):
            continue
        kept = [keep[i] for i in members]
        if all(kept) or not any(kept) or not all(
            _other_kept(group, i, keep) for i in members
        ):
            continue
        verdict = sum(scores[i] for i in members) / len(members) >= threshold
        found.extend(i for i in members if bool(keep[i]) is not verdict)
    return found


def _other_kept(group: Group, index: int, keep: Sequence[bool]) -> bool:
    """Whether the item holding block `index` has another kept block of more words than
    a line (`LINE_MAX_WORDS`): the item is part of the kept text."""
    a, b = next(span for span in group.spans if span[0] <= index <= span[1])
    return any(keep[i] and group.page[i].words > LINE_MAX_WORDS
               for i in range(a, b + 1) if i != index)


def template_lines(
    groups: Sequence[Group], keep: Sequence[bool], scores: Sequence[float], threshold: float,
    value: bool,
) -> list[int]:
    """The blocks `split_lines` decides to set to `value` in the page's repeated groups, in
    page order: one pass keeps the lines of the places the scorer leans to keep, another
    drops those of the places it leans to drop."""
    found: set[int] = set()
    for group in groups:
        if len(group.items) >= LINE_MIN_ITEMS:
            found.update(i for i in split_lines(group, keep, scores, threshold)
                         if bool(keep[i]) is not value)
    return sorted(found)


DOUBTED_MIN_SCORE = 0.35
"""The scorer's mean probability over a group's blocks from which the group is a list it
doubted rather than chrome it ruled out: a menu or a footer's links sit at 0.02-0.15, a
listing's items read on a site the scorer never saw at 0.3-0.5 (wcxb-dev tune out of fold:
a software ranking's 40 entries at 0.35-0.50, a shop's category tiles at 0.3-0.5)."""
DOUBTED_MIN_SHARE = 0.5
"""Words the doubted groups hold together, against the words kept: half as many or more,
the answer without them is a fragment beside a list (a heading and a line of
introduction above forty entries). Under it the answer is a page's text that a small
group would pad (a news front's later section, a shop's filters beside its kept grid:
wcxb-dev tune out of fold, 2970, 3016, 4360 lost 0.01-0.07 without it; a quarter was
measured too, docs/chain.md)."""
DOUBTED_MAX_KEPT = 0.25
"""Share of the items with a kept block under which the scorer doubted the whole group;
at a quarter and more `group_additions` lends the kept items' slots to the rest."""


def _after_intro(group: Group, keep: Sequence[bool]) -> bool:
    """Whether a block before the group's first item is kept: the page's heading or its
    introduction stands above the items, where a listing prints them."""
    first = group.spans[0][0]
    return any(keep[:first])


def _inside_text(group: Group, keep: Sequence[bool]) -> bool:
    """Whether a block after the group's last item is kept too: the items stand inside
    the page's text (a post's list of changes, each headed by its author, above the
    post's closing words), not after its end, where a story's "more stories" grid sits."""
    last = group.spans[-1][1]
    return any(keep[last + 1 :])


def _doubted(group: Group, keep: Sequence[bool], scores: Sequence[float],
             min_score: float, listing: bool = True) -> bool:
    """Whether the scorer doubted a group as one: `MIN_ITEMS` items or more, each holding
    a title-like block (`_is_title`), fewer than `DOUBTED_MAX_KEPT` of them with a kept
    block, its mean probability over their blocks `min_score` or more, after a kept block;
    on a page not typed a listing (`listing` false), before one too (`_inside_text`)."""
    n = len(group.items)
    if n < MIN_ITEMS or not _after_intro(group, keep):
        return False
    if not listing and not _inside_text(group, keep):
        return False
    if sum(any(keep[a : b + 1]) for a, b in group.spans) >= DOUBTED_MAX_KEPT * n:
        return False
    if not all(any(_is_title(group.page[i]) for i in range(a, b + 1)) for a, b in group.spans):
        return False
    members = [i for a, b in group.spans for i in range(a, b + 1)]
    return sum(scores[i] for i in members) >= min_score * len(members)


def doubted_items(
    blocks: Sequence[TextBlock], groups: Sequence[Group], keep: Sequence[bool],
    scores: Sequence[float],
    min_score: float = DOUBTED_MIN_SCORE, min_share: float = DOUBTED_MIN_SHARE,
    listing: bool = True,
) -> list[int]:
    """The left-out blocks of the repeated groups the scorer doubted as one (`_doubted`),
    where those groups hold `min_share` of the kept words or more. On a listing the items
    are the page's text; read on a site it never saw, the scorer gives each item's parts
    the same middling probability and keeps almost none of them, only the heading and the
    introduction above them. The evidence is the group's, not the page type's: on a page
    typed otherwise (`listing` false: a thread or a post read as an article) the group
    must stand inside the kept text (`_inside_text`)."""
    found = {i for group in groups if _doubted(group, keep, scores, min_score, listing)
             for a, b in group.spans for i in range(a, b + 1) if not keep[i]}
    kept = sum(b.words for b, k in zip(blocks, keep, strict=True) if k)
    if not found or sum(blocks[i].words for i in found) < min_share * kept:
        return []
    return sorted(found)
