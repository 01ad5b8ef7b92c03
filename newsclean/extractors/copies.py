"""Text a page shows twice, read once (after whichever decided: the rules or the scorer).

A page renders a passage twice for narrow and wide screens, or as an excerpt and in its
tab (`repeated_passages`), and a reply on a thread quotes the post it answers, which is on
the page and kept already (`quoted_copies`): the later copy leaves the kept text. Code is
never touched; a quote of a post the page does not hold stays. A block that is one phrase
printed over and over ("Book Now * Book Now * ...": a scrolling marquee, filler text) says
it once at most, and leaves too (`repeated_phrases`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml.html import HtmlElement

from newsclean.blocks import Memo, TextBlock, nearest_at_or_above, prose_edges
from newsclean.model import BlockKind
from newsclean.normalize.text import word_key
from newsclean.repeats import signature

COPY_MIN_BLOCKS = 3
"""A passage rendered twice runs to several blocks; one repeated line may be meant (a
refrain, a repeated call to action) and stays."""
COPY_MIN_WORDS = 30
"""...and to a few sentences: the same three labels in two places are navigation's
business, not this pass's."""
COPY_BLOCK_MIN_WORDS = 30
"""...or opens with a paragraph this long, of the same kind as its first copy: a one-line
refrain stays, a one-paragraph description printed twice does not. wcxb-dev tune out of
fold 0.8572 -> 0.8577 (8 pages up, none down), check 0.8854 -> 0.8857 (10 up, 5 down); no
page of the other sets moved (a slideshow's caption repeating its headline, in
readability-js's truth, is kept by the kind test)."""
COPY_CANDIDATES = 4
"""Earlier places of a block's text tried as the start of the first copy: the nearest
ones, so that a page of a thousand "Reply" links stays linear."""
COPY_MAX_BLOCKS = 200
"""Longest run compared at once; a longer copy is taken in several runs."""


PHRASE_MIN_WORDS = 30
"""A block this long is sentences, a list or a phrase repeated: `repeated_phrases` tells
the last by its few distinct words."""
PHRASE_MAX_DISTINCT = 0.05
"""Share of distinct words under which a block is one phrase repeated. Prose in any
language stays above 0.3 at this length; a data table's repeated cells (code and tables
are not read) go to 0.1."""
_PHRASE_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST})


def repeated_phrases(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """The kept blocks of running text that repeat one short phrase over and over: a
    marquee's ticker, a placeholder's "word word word"."""
    out = []
    for i, k in enumerate(keep):
        b = blocks[i]
        if k and b.words >= PHRASE_MIN_WORDS and b.kind in _PHRASE_KINDS:
            words = b.text.casefold().split()
            if len(set(words)) < PHRASE_MAX_DISTINCT * len(words):
                out.append(i)
    return out


def _container(blocks: Sequence[TextBlock], first: int, last: int) -> HtmlElement | None:
    """The innermost element holding every block from `first` to `last`: the first ancestor
    of the first block that the last one has too. Blocks stand in page order, so an element
    holding both ends of a run holds every block between them: the two chains decide, and
    a long run costs no more than a short one."""
    chain = blocks[first].ancestors
    shared = set(blocks[last].ancestors)
    return next((a for a in chain if a in shared), None)


def _boxes(
    blocks: Sequence[TextBlock], first: int, last: int, top: HtmlElement | None
) -> list[str]:
    """The boxes a run from block `first` to `last` sits in, by tag and class, from the
    element holding all its blocks up to `top` (not included): the element holding this
    run and its twin. Two renderings of one body for two screen widths share the inner
    template (the rich-text box) and part above it (a variant box per breakpoint), so the
    whole way up is read; the items of one template (a pricing table's plans, a listing's
    offers) match all the way."""
    out: list[str] = []
    el = _container(blocks, first, last)
    while el is not None and el is not top:
        out.append(signature(el))
        el = el.getparent()
    return out


def _quoted(block: TextBlock, memo: Memo) -> bool:
    """Whether the block sits in a `<blockquote>` (a reply's quote of a post); `memo` keeps
    each element's answer for the page, since a run's blocks share their ancestors."""
    return nearest_at_or_above(block.ancestors, _is_quote, memo) is not None


def _is_quote(el: HtmlElement) -> bool:
    return bool(el.tag == "blockquote")


class _KeptRuns:
    """The facts `repeated_passages` asks of a run of kept blocks, each answered without
    reading the run block by block: a passage printed twice in one template is tried again
    at each of its blocks (as a shorter run), and reading it whole each time cost the square
    of its length. Runs are given as a start and a length in `kept`."""

    def __init__(self, blocks: Sequence[TextBlock], kept: Sequence[int]) -> None:
        self.blocks, self.kept = blocks, kept
        self.words = [0]
        for i in kept:
            self.words.append(self.words[-1] + blocks[i].words)
        texts = [blocks[i].text for i in kept]
        self.other = list(range(1, len(kept) + 1))
        """Per place, the next place whose text differs (`len(kept)` if none)."""
        for m in range(len(kept) - 2, -1, -1):
            if texts[m + 1] == texts[m]:
                self.other[m] = self.other[m + 1]
        self._quotes: list[int] | None = None

    def many_texts(self, start: int, length: int) -> bool:
        """`COPY_MIN_BLOCKS` blocks or more, of more than one text."""
        return length >= COPY_MIN_BLOCKS and self.other[start] < start + length

    def word_count(self, start: int, length: int) -> int:
        return self.words[start + length] - self.words[start]

    def quoted(self, start: int, length: int) -> bool:
        """Whether a block of the run sits in a `<blockquote>`: counted for every kept block
        at the first question (`_quoted`, each element read once), then a difference."""
        if self._quotes is None:
            memo: Memo = {}
            self._quotes = [0]
            for i in self.kept:
                self._quotes.append(self._quotes[-1] + _quoted(self.blocks[i], memo))
        return self._quotes[start + length] > self._quotes[start]

    def apart(self, first: int, second: int, length: int) -> bool:
        """Whether two runs of `length` (the earlier from `first`, the later from
        `second`) sit in boxes of different templates: their boxes, from each run's own
        up to the element holding both runs, differ somewhere (`_boxes`)."""
        blocks, kept = self.blocks, self.kept
        top = _container(blocks, kept[first], kept[second + length - 1])
        return (_boxes(blocks, kept[first], kept[first + length - 1], top)
                != _boxes(blocks, kept[second], kept[second + length - 1], top))


def _long_paragraph(blocks: Sequence[TextBlock], lead: int, first: int) -> bool:
    """A run of any length led by a block of `COPY_BLOCK_MIN_WORDS` or more, of the same
    kind as the block it repeats (a caption repeating a headline is no second rendering)."""
    return blocks[lead].words >= COPY_BLOCK_MIN_WORDS and blocks[lead].kind is blocks[first].kind


def repeated_passages(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """Kept blocks of a passage that repeats, block for block, a passage kept earlier in a
    box of another kind: their indices (the later copy's).

    Shops and site builders render a product's description twice, for narrow and for wide
    screens ("product-description hidden-up-md" and "... hidden-down-md"), and pages put a
    text both in an excerpt and in its tab; CSS shows one, and the reader reads it once.
    A copy counts when it runs to `COPY_MIN_BLOCKS` blocks of more than one text, or opens
    with a paragraph of `COPY_BLOCK_MIN_WORDS` (a one-paragraph description printed in the
    buy box, a tab and a drawer), and to `COPY_MIN_WORDS` words, block for block equal to
    an earlier kept run. It stays when
    the two copies sit in boxes of one template all the way up to the element holding both
    (tag and class, digits blanked: the plans of a pricing table, the offers of a listing
    that repeat their terms; `_boxes`) or when it is quoted (a reply quoting a post). Code
    is never touched."""
    kept = [i for i, k in enumerate(keep) if k and blocks[i].kind is not BlockKind.CODE]
    texts = [blocks[i].text for i in kept]
    runs = _KeptRuns(blocks, kept)
    seen: dict[str, list[int]] = {}
    out: list[int] = []
    j, n = 0, len(kept)
    while j < n:
        best, start = 0, -1
        for i in seen.get(texts[j], ())[-COPY_CANDIDATES:]:
            k = 0
            while k < COPY_MAX_BLOCKS and j + k < n and i + k < j and texts[i + k] == texts[j + k]:
                k += 1
            if k > best:
                best, start = k, i
        if (
            best
            and (runs.many_texts(j, best) or _long_paragraph(blocks, kept[j], kept[start]))
            and runs.word_count(j, best) >= COPY_MIN_WORDS
            and not runs.quoted(j, best)
            and runs.apart(start, j, best)
        ):
            out.extend(kept[j : j + best])
            step = best
        else:
            step = 1
        for m in range(j, j + step):
            seen.setdefault(texts[m], []).append(m)
        j += step
    return out


NAV_MIN_RUN = 3
"""Linked lines in a row that make a menu's copy: one or two may be a story's own links to
pages the menu also names."""
NAV_MAX_WORDS = 12
"""Longest line read as a menu entry or a pager's link."""
NAV_MIN_LINK_SHARE = 0.3
"""Share of a line's characters in links from which it is navigation's ("Previous message:
[dev] Build broken" is half link)."""
_NAV_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST})


def navigation_copies(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """Kept lists of linked lines at an edge of the kept text that the page prints again,
    left out, beyond its other edge: their indices.

    A site prints its navigation twice (a menu in the header and the same links in the
    footer, a pager or "previous / next" links above and below the body); where the scorer
    left out one copy and kept the other, the kept one is the same navigation, kept for
    sitting near the body. A list counts from `NAV_MIN_RUN` lines, when every line of its
    box is kept, short and linked, and the list stands before the body's first passage of
    prose with each line printed again after the last kept block, or after the body's last
    passage with each line printed before the first kept block (`blocks.prose_edges`). A
    list of the story's own links that the menu names in part stays (a line of its box has
    no twin), and so does a list inside the body (a programme page's courses, which its menu
    also names)."""
    edges = prose_edges(blocks, keep)
    if edges is None:
        return []
    first, last = edges
    kept = [i for i, k in enumerate(keep) if k]
    above = {b.text for b in blocks[: kept[0]]}
    below = {b.text for b in blocks[kept[-1] + 1:]}
    out = _linked_runs(blocks, [i for i in kept if i < first], below)
    out += _linked_runs(blocks, [i for i in kept if i > last], above)
    return out


def _linked_runs(blocks: Sequence[TextBlock], kept: Sequence[int], twins: set[str]) -> list[int]:
    """The blocks of `kept` in runs of `NAV_MIN_RUN` or more adjacent short linked lines,
    each in `twins`, that fill the element holding them."""
    out: list[int] = []
    run: list[int] = []
    for i in [*kept, -1]:  # a sentinel closes the last run
        b = blocks[i] if i >= 0 else None
        line = (b is not None and b.kind in _NAV_KINDS and b.words <= NAV_MAX_WORDS
                and b.link_density >= NAV_MIN_LINK_SHARE and b.text in twins)
        if line and (not run or run[-1] == i - 1):
            run.append(i)
            continue
        if len(run) >= NAV_MIN_RUN and _whole_box(blocks, run):
            out.extend(run)
        run = [i] if line else []
    return out


def _whole_box(blocks: Sequence[TextBlock], run: Sequence[int]) -> bool:
    """Whether the blocks of `run` are all the blocks of the element holding them."""
    box = _container(blocks, run[0], run[-1])
    if box is None:
        return False
    before, after = run[0] - 1, run[-1] + 1
    return ((before < 0 or box not in blocks[before].ancestors)
            and (after >= len(blocks) or box not in blocks[after].ancestors))


QUOTE_MIN_WORDS = 4
"""A quoted line shorter than this ("Thanks!", "Agreed.") may be said anew as often as
quoted; only longer ones are known for copies."""


def quoted_copies(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """Kept blocks of a quote whose words were kept already, earlier, outside any quote:
    their indices.

    A reply on a thread or a Q&A page quotes the post it answers ("Jane said: ..."), and
    the scorer keeps the quote with the reply, so the thread reads each quoted passage twice.
    Where the quoted post is itself on the page and kept, the quote is a copy; where it is
    not (a post on an earlier page of the thread), the quote is the only copy and stays.
    Words are compared, not markup, so a quote that cuts a sentence or a paragraph out of
    the post counts. Code is never touched."""
    above: Memo = {}  # each element's quote at or above it, read once
    quoted = [
        keep[i] and b.kind is not BlockKind.CODE
        and nearest_at_or_above(b.ancestors, _is_quote, above) is not None
        for i, b in enumerate(blocks)
    ]
    last = max((i for i, q in enumerate(quoted) if q and blocks[i].words >= QUOTE_MIN_WORDS),
               default=-1)
    out: list[int] = []
    seen: list[str] = []
    joined, stale = "", False  # `seen` joined, rebuilt only when a block was added since
    for i, b in enumerate(blocks[: last + 1]):  # no quote after `last` to look for
        if not keep[i] or b.kind is BlockKind.CODE:
            continue
        words = word_key(b.text)
        if not quoted[i]:
            seen.append(words)
            stale = True
            continue
        if b.words < QUOTE_MIN_WORDS:
            continue
        if stale:
            joined, stale = "\n".join(seen), False
        if words and words in joined:
            out.append(i)
    return out


PULL_QUOTE_CITE_WORDS = 10
"""Longest line of a pull quote's box besides the quote itself: its speaker's name and
role ("Lee Baker", "CFP and founder of …"), not a passage of its own."""
PULL_QUOTE_CITE_LINES = 3
"""Most such lines a pull quote's box holds."""
PULL_QUOTE_MIN_WORDS = 4
"""Fewest words of a pull quote as short as a cite ("What did we lose when we buried our
rivers?", set large in a column): fewer are a phrase any text may repeat."""
_CLAUSE_BREAKS = re.compile(r"[.!?;:…\"“”„«»‘’]+")
_PULL_QUOTE_NAME = re.compile(r"pull-?quote", re.IGNORECASE)


def _is_pull_quote_box(el: HtmlElement) -> bool:
    """A quote element, or one whose class or id names a pull quote (set in an `<aside>`
    or a `<div>` as often as in a `<blockquote>`)."""
    return _is_quote(el) or bool(_PULL_QUOTE_NAME.search(
        f"{el.get('class') or ''} {el.get('id') or ''}"))


def pull_quotes(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """Kept blocks of a pull quote: a quote inside a story that prints again words the
    story says, with the name of who said them (their indices).

    Newsrooms set a line of the story large in a `<blockquote>` between its paragraphs,
    often cut at its sentences and joined again ("The sexy sells. The upside sells." from
    `"The sexy sells," added Baker. "The upside sells.`), with the speaker and role under
    it. A quote whose every clause (of two words or more) the kept text outside quotes
    holds, on either side of it, is such a copy; its box goes whole when its other lines
    are short (`PULL_QUOTE_CITE_WORDS`, at most `PULL_QUOTE_CITE_LINES`); in a box of
    short lines only, the lines the story says already are the quote (`_quote_lines`). A
    quote saying anything the story does not say, or whose box holds more, stays."""
    above: Memo = {}
    quote_of: list[HtmlElement | None] = [
        nearest_at_or_above(b.ancestors, _is_pull_quote_box, above)
        if keep[i] and b.kind is not BlockKind.CODE else None
        for i, b in enumerate(blocks)
    ]
    if not any(q is not None for q in quote_of):
        return []
    own = "\n".join(word_key(b.text)
                    for b, k, q in zip(blocks, keep, quote_of, strict=True)
                    if k and q is None and b.kind is not BlockKind.CODE)
    boxes: dict[HtmlElement, list[int]] = {}
    for i, q in enumerate(quote_of):
        if q is not None:
            boxes.setdefault(q, []).append(i)
    out: list[int] = []
    for members in boxes.values():
        quotes = _quote_lines(blocks, members, own)
        cites = [i for i in members if i not in quotes]
        if (quotes and len(cites) <= PULL_QUOTE_CITE_LINES
                and all(_said_already(blocks[i].text, own) for i in quotes)):
            out.extend(members)
    return sorted(out)


def _quote_lines(blocks: Sequence[TextBlock], members: list[int], own: str) -> list[int]:
    """The lines of a quote's box that are its quote: those longer than a cite; in a box
    of short lines only, those the story says already (a columnist's own sentence set
    large is often under ten words)."""
    long = [i for i in members if blocks[i].words > PULL_QUOTE_CITE_WORDS]
    if long:
        return long
    return [i for i in members
            if blocks[i].words >= PULL_QUOTE_MIN_WORDS and _said_already(blocks[i].text, own)]


def _said_already(text: str, own: str) -> bool:
    """Whether every clause of `text` of two words or more is in `own` (words joined by
    single spaces, casefolded), and one is at least."""
    clauses = [word_key(part) for part in _CLAUSE_BREAKS.split(text)]
    clauses = [c for c in clauses if c.count(" ") >= 1]
    return bool(clauses) and all(c in own for c in clauses)
