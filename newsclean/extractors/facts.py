"""A card's facts: short label/value pairs printed inside the kept text.

A recipe card prints its times and yield, a data sheet its figures, each as a label and a
value in two elements of their own ("Prep" / "10 mins", "Cuisson" / "40 minutes"). Each
line is two to five words with no sentence and no stopword, read out of context as a
menu's entry or a widget's label, and when the blocks around them are buttons (print,
share, rating) no kept neighbour vouches for them. Their shape does: an element holding
exactly two texts, a word or two of label then a value with a figure in it, repeated. A
run of them between the text's first and last kept blocks is part of the card or section
the text runs through, not the page's furniture; a pair that links elsewhere is a menu's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import islice

from lxml.html import HtmlElement

from newsclean.blocks import TextBlock
from newsclean.metadata.dates import has_written_date

LABEL_MAX_WORDS = 3
"""Words of a fact's label ("Prep", "Total time", "Temps de repos")."""
VALUE_MAX_WORDS = 6
"""Words of a fact's value ("10 mins", "20 hrs 25 mins", "one 9 x 4 x 4 loaf")."""
MIN_FACTS = 2
"""Pairs a run needs: one pair alone is a line of its own (a date, a counter)."""

_FIGURE = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]{2,}")
"""A word of letters: a quantity's unit ("mins", "Stunden", "人分"), which a count or a
score ("1385", "7.9") lacks."""


def _texts(element: HtmlElement) -> list[str] | None:
    """The texts of an element's children, if nothing but whitespace or a colon lies
    between them (the element is the pair's frame, not a sentence around two spans)."""
    if (element.text or "").strip(" \t\n:：|"):
        return None
    texts = []
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if (child.tail or "").strip(" \t\n:：|"):
            return None
        text = " ".join(child.text_content().split())
        if text:
            texts.append(text)
    return texts


PAIR_MAX_CHILDREN = 4
"""Children of a pair's frame: its label and value, a colon's or an icon's element beside
them. A frame of more is a section, whose texts are not read (reading every section's
children for each of its blocks made the pass quadratic on long pages)."""


def fact_pair(element: HtmlElement) -> bool:
    """Whether an element is a label and its value: two texts, a short label with no
    figure, then a short value with one; no link inside."""
    if next(islice(element, PAIR_MAX_CHILDREN, None), None) is not None:
        return False  # (not len(): lxml counts every child of a long section)
    texts = _texts(element)
    if texts is None or len(texts) != 2 or element.find(".//a") is not None:
        return False
    label, value = texts[0].rstrip(" :："), texts[1]
    return (
        0 < len(label.split()) <= LABEL_MAX_WORDS and not _FIGURE.search(label)
        and len(value.split()) <= VALUE_MAX_WORDS and quantity(value)
    )


def quantity(value: str) -> bool:
    """Whether a value is a measure: a figure with its unit ("10 mins", "4 servings"),
    not a bare count or score (a facet's or a forum's tallies, a rating) nor a day (a
    post's "Posted on" / "Nov 21, 2018")."""
    return bool(_FIGURE.search(value)) and bool(_WORD.search(value)) and not has_written_date(
        value)


def _pair_of(block: TextBlock, judged: dict[HtmlElement, bool]) -> HtmlElement | None:
    """The pair a block prints (the whole pair, or its label or value on a line of its
    own), if it is one. A block longer than a label and its value prints none: its tree is
    not read (most blocks are paragraphs). `judged`: `fact_pair` of the elements already
    read, since a pair's label and value blocks (and a list's lines) share their parent."""
    if block.words > LABEL_MAX_WORDS + VALUE_MAX_WORDS:
        return None
    element = block.element
    for candidate in (element, element.getparent()):
        if candidate is None:
            continue
        verdict = judged.get(candidate)
        if verdict is None:
            verdict = judged[candidate] = fact_pair(candidate)
        if verdict:
            return candidate
    return None


def _listed(pairs: set[HtmlElement]) -> bool:
    """Whether `MIN_FACTS` of the pairs or more are children of one element: a card's
    list of facts, not one fact repeated on each card of a grid (a course's "5 weeks
    long", a plan's "Free for 14 days")."""
    parents = Counter(p.getparent() for p in pairs)
    return any(n >= MIN_FACTS for parent, n in parents.items() if parent is not None)


def card_facts(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """Dropped blocks of runs of `MIN_FACTS` label/value pairs or more between the text's
    first and last kept blocks."""
    kept = [i for i, k in enumerate(keep) if k]
    if len(kept) < 2:
        return []
    found: list[int] = []
    run: list[int] = []
    pairs: set[HtmlElement] = set()
    judged: dict[HtmlElement, bool] = {}
    for i in range(kept[0] + 1, kept[-1] + 1):
        pair = _pair_of(blocks[i], judged) if i < kept[-1] else None
        if pair is not None:
            run.append(i)
            pairs.add(pair)
            continue
        if pairs:  # a run of pairs ends here (most blocks end none: nothing to count)
            if _listed(pairs):
                found.extend(j for j in run if not keep[j])
            run, pairs = [], set()
    return found
