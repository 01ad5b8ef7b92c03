"""What the scorer doubted before the story, outside its container.

On a page typed article the rules' container is the element that holds the story's prose;
what lies before it is the page's head: a menu, a "latest news" run of other stories'
headlines and openings, labels, a box of links. The learned scorer keeps some of it at a
probability a little over its cut, and more of it on sites it never saw: read out of
fold, the blocks it keeps there under 0.7 are mostly not the story (aeb 23% of their
words in the truth, readability-js 10%, wcxb-dev's articles 66%), while those it keeps at
0.7 or more are (94%). Such a block is left out, unless it is a sentence with little link
text (a standfirst, however short: a story's one-sentence summary sits there in every
language), a date line (a story's or an obituary's dates, a press release's dateline), a
heading (the story's title above its container: the lead picture sits between them) or a
term or value of a definition list (a course's credits, a product's facts: the page's
data, written as data). What goes is the linked runs and the short lines that say
nothing: the teasers' links, a menu's leftovers, labels (stop 74).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from newsclean.blocks import TextBlock
from newsclean.metadata.dates import has_written_date, parse_date
from newsclean.metadata.relative import parse_relative
from newsclean.model import BlockKind
from newsclean.pagetype import NUMERIC_DATE

SENTENCE_ENDS = ".!?。！？।॥؟۔"
"""Marks that end a sentence, in the scripts the suite's news templates are written in:
Latin, CJK, Devanagari and Bengali (danda), Arabic and Urdu. Not an ellipsis: a text cut
short ("… ruined...") is a teaser's opening, not a standfirst."""
CLOSING_MARKS = "\"'”’»)）」』"
"""What may close a sentence after its mark: a quote or a parenthesis."""
UNLINKED_MAX_LINK_SHARE = 0.1
"""Share of a block's characters in links above which it is a teaser, not a standfirst: a
teaser's headline is its link (aeb's "latest news" runs: 0.21-0.33 of their text), a
standfirst links a name at most."""
ANY_MOMENT = datetime(2000, 1, 1, tzinfo=UTC)
"""A fetch time to read a relative date's form against: whether it is one, not its day."""
DATE_LINE_MAX_WORDS = 12
"""Words a date line holds at most ("Published 5 March 2026, 14:03 | Updated 6 March
2026"): longer, the date is a detail of a sentence."""


def doubted_lead_ins(
    blocks: Sequence[TextBlock],
    keep: Sequence[bool],
    scores: Sequence[float],
    outside: Sequence[bool],
    max_score: float,
    short_max_words: int,
) -> list[int]:
    """Kept blocks before the story, outside the container (`outside`: the rules placed
    them in no part of it), scored under `max_score`, and neither unlinked text (a
    sentence, or a line longer than `short_max_words`), a date line, a heading nor in a
    definition list: their indices. The story starts at the container's first kept block,
    or earlier at a block of prose the scorer kept at `max_score` or more outside it (a
    thread's opening post above a container the rules drew round one reply): what follows
    sure prose is the story's, not a page's head."""
    start = next((i for i, k in enumerate(keep) if k and not outside[i]), None)
    if start is None:
        return []  # nothing kept in the container: no story to stand before
    start = next((i for i in range(start) if keep[i] and scores[i] >= max_score
                  and blocks[i].kind is not BlockKind.HEADING
                  and blocks[i].words > short_max_words), start)
    return [
        i for i in range(start)
        if keep[i] and outside[i] and scores[i] < max_score
        and not _spared(blocks[i], short_max_words)
    ]


def _spared(block: TextBlock, short_max_words: int) -> bool:
    """What a story's head holds above its container and a page's head does not."""
    return (block.kind is BlockKind.HEADING or _in_definition_list(block)
            or unlinked_text(block, short_max_words) or date_line(block))


def unlinked_text(block: TextBlock, short_max_words: int) -> bool:
    """A block with little of its text in links that ends a sentence, or is longer than a
    label (`short_max_words`, the rules' short line): a standfirst, with its full stop or
    without it ("The maker of robots adds 180 jobs in Finland")."""
    if block.link_density > UNLINKED_MAX_LINK_SHARE:
        return False
    return block.words > short_max_words or ends_full_sentence(block.text)


def ends_full_sentence(text: str) -> bool:
    """Whether a text ends with a sentence's mark, maybe closed by a quote; not an
    ellipsis, which cuts a teaser's opening short (the scorer's feature,
    `block_features.ends_sentence`, counts one: it is kept as trained)."""
    tail = text.rstrip().rstrip(CLOSING_MARKS)
    return bool(tail) and tail[-1] in SENTENCE_ENDS and not tail.endswith("..")


def date_line(block: TextBlock) -> bool:
    """A short block that is mostly a date or a time: a `<time>` element, or a date the
    package's date reading finds in its text: a machine-written one, a numeric one
    ("12.03.1941 — 02.11.2025"), one written with its month's name in any language, or a
    relative one ("vor 3 Stunden": `ANY_MOMENT` only lets it be read)."""
    if block.words > DATE_LINE_MAX_WORDS:
        return False
    el = block.element
    return (next(el.iter("time"), None) is not None  # the element itself, or inside it
            or any(a.tag == "time" for a in el.iterancestors())
            or NUMERIC_DATE.search(block.text) is not None or has_written_date(block.text)
            or parse_date(block.text) is not None
            or parse_relative(block.text, ANY_MOMENT) is not None)


DEFINITION_TAGS = frozenset({"dl", "dt", "dd"})
"""A definition list's elements: its terms and values are facts, not a lead-in."""


def _in_definition_list(block: TextBlock) -> bool:
    return any(el.tag in DEFINITION_TAGS for el in block.ancestors)
