"""Features of each block for the learned block scorer, read from the rules' `Analysis`.

The rules (`newsclean.extractors.rules`) already say a lot about a block: its label,
whether furniture hints sit above it, whether it lies in the container, whether they kept
it and why. The scorer learns when to trust them from those verdicts and from signals that
hold on any site and in any language: the block's size, links and punctuation, its kind,
the elements around it (header, nav, a list, a table, a form), its place in the page and
beside the kept run, repeated templates (cards, posts), and the same facts about its
neighbours. No word list beyond the rules' own.

Every feature is a number; the order of `FEATURES` is the column order the shipped model
was trained with (`benchmarks/train_blocks.py`), so a change here needs a retrained model.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from lxml.html import HtmlElement

from newsclean.extractors.hints import POSITIVE_HINTS, near
from newsclean.extractors.params import Label
from newsclean.extractors.rules import Analysis, boilerplate_wording, part_homes
from newsclean.model import BlockKind
from newsclean.repeats import Group

if TYPE_CHECKING:
    import numpy as np

    from newsclean.blocks import TextBlock

_KINDS = (
    BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST, BlockKind.TABLE,
    BlockKind.QUOTE, BlockKind.CODE,
)
_LABELS = (Label.GOOD, Label.NEAR_GOOD, Label.SHORT, Label.BAD)
# Elements above a block that say what part of the page it is in.
_REGIONS = (
    "header", "nav", "footer", "aside", "form", "li", "table", "figure", "blockquote",
    "main", "article", "section", "dl", "details",
)
# The rules' reasons worth telling apart (the others are "kept" or plain labels).
_REASONS = (
    "outside container", "boilerplate element", "heading above the body (title)",
    "card of a listing", "short, no kept neighbours", "long prose under a boilerplate hint",
)
_ELEMENT_TAGS = ("p", "div", "li", "td", "span", "section", "article", "a")
_DIGIT = re.compile(r"\d")
_UPPER_START = re.compile(r"\s[A-ZÀ-ÖØ-ÞА-ЯΑ-Ω]")
"""A word that starts with a capital, read in the text after a space (so the first word
counts too): a third faster than "(?:^|\\s)", which the engine tries at every position."""
_SENTENCE_MARKS = ".!?。！？…"
_CLOSING_MARKS = "\"'”’»)"
_SEPARATORS = re.compile(r"[|•·»›/©]")


def _ascii_classes() -> bytes:
    """A `bytes.translate` table that reads an ASCII character as its class for
    `_character_counts`, each class asked of the patterns themselves: a space for what
    `\\s` matches, "0" for a digit, "A" for a capital of `_UPPER_START`, "|" for a separator
    of `_SEPARATORS` ("|" and "/" in ASCII), "x" for any other."""
    table = bytearray(b"x" * 256)
    for code in range(128):
        char = chr(code)
        if _UPPER_START.match(char + "A"):
            table[code] = ord(" ")
        elif _DIGIT.match(char):
            table[code] = ord("0")
        elif _UPPER_START.match(" " + char):
            table[code] = ord("A")
        elif _SEPARATORS.match(char):
            table[code] = ord("|")
    return bytes(table)


_ASCII_CLASSES = _ascii_classes()


def _character_counts(sample: str) -> tuple[int, int, int]:
    """The digits (`\\d`), the words that start with a capital (`_UPPER_START` after a
    space) and the separators (`_SEPARATORS`) of a block's sample. An ASCII sample (most
    blocks) is read as the classes of its characters, one C pass, and each count is a
    count of its class (a capital after a space: " A", which cannot overlap itself): three
    searches of the regex engine on a text of some fifty characters were mostly the
    engine's set-up per call."""
    if sample.isascii():
        classes = (" " + sample).encode().translate(_ASCII_CLASSES)
        return classes.count(b"0"), classes.count(b" A"), classes.count(b"|")
    return (len(_DIGIT.findall(sample)), len(_UPPER_START.findall(" " + sample)),
            len(_SEPARATORS.findall(sample)))


OWN = (
    "log_words", "link_density", "stopword_density", "punct_per_word", "sentences_per_word",
    *(f"kind_{k.value}" for k in _KINDS), "heading_level",
    "boilerplate_wording", "digit_share", "capitalised_share", "ends_sentence",
    "separator_share", "chars_per_word",
    *(f"label_{lab.value}".replace("-", "_") for lab in _LABELS),
    "furniture", "in_card", "rule_keep", "in_container", "in_sibling_part", "value_per_word",
    *("reason_" + r.replace(" ", "_").replace(",", "").replace("(", "").replace(")", "")
      for r in _REASONS),
    "position", "before_kept_run", "after_kept_run", "log_gap_to_kept", "depth",
    "depth_below_container", *(f"under_{t}" for t in _REGIONS),
    "negative_hint_near", "positive_hint_near",
    *(f"element_{t}" for t in _ELEMENT_TAGS),
    "log_template_items", "template_link_density", "template_heading_share",
    "parent_kept_share", "log_parent_blocks", "duplicate_text",
)
"""Features of the block itself and of its place in the page."""
PAGE = (
    "page_log_words", "page_log_blocks", "page_kept_share", "page_container_share",
    "page_has_stoplist", "page_good_share", "page_log_kept_words",
)
"""Features of the whole page, the same for each of its blocks."""
SIGNALS = (
    "schema:article", "schema:tech", "schema:product", "schema:forum", "schema:list",
    "schema:faq", "schema:has_datepublished", "schema:has_articlebody", "og:article",
    "og:website", "og:product", "url:date", "url:depth", "url:root",
)
"""What the page says of itself, measured for its page type (`newsclean.pagetype.features`,
fixed rules, not the learned type): schema.org types, og:type, the URL's shape. Related
headlines after a story are furniture; the same headlines are a listing's content."""
_CONTEXT_OWN = ("rule_keep", "log_words", "link_density", "label_good", "kind_heading",
                "furniture", "in_container")
CONTEXT = (
    *(f"{side}{d}_{name}" for side in ("prev", "next") for d in (1, 2) for name in _CONTEXT_OWN),
    "window_kept_share",
    "window_link_density",
)
"""The same facts about the blocks before and after, and their run."""
FEATURES: tuple[str, ...] = OWN + PAGE + tuple(f"page_{name}" for name in SIGNALS) + CONTEXT
WINDOW = 5
"""Blocks on each side whose words make up the window features."""


def ends_sentence(text: str) -> bool:
    """Whether the text's last 8 characters end a sentence: a full stop, question or
    exclamation mark or an ellipsis, maybe closed by a quote or a parenthesis, then only
    whitespace. As trained: the regex `[.!?。！？…]["'”’»)]?\\s*$` searched in `text[-8:]`,
    read from the end here (the regex engine tried every position, a tenth of the
    feature matrix's time)."""
    tail = text[-8:].rstrip()  # str.rstrip strips what the regex's \s matches
    if not tail:
        return False
    if tail[-1] in _SENTENCE_MARKS:
        return True
    return len(tail) > 1 and tail[-1] in _CLOSING_MARKS and tail[-2] in _SENTENCE_MARKS


def _log(x: float) -> float:
    return math.log1p(max(0.0, x))


def _template_facts(groups: list[Group], n: int) -> list[tuple[float, float, float]]:
    """For each block, the largest repeated template it lies in: log items, link density,
    share of items with a heading (0s when it lies in none)."""
    facts = [(0.0, 0.0, 0.0)] * n
    for group in sorted(groups, key=lambda g: len(g.spans)):
        fact = (_log(len(group.spans)), group.link_density, group.heading_share)
        for a, b in group.spans:
            for i in range(a, min(b + 1, n)):
                facts[i] = fact
    return facts


class _Elements:
    """Per-element facts shared by every block below the element, computed once a page:
    the page regions at or above it (a bit per `_REGIONS` tag) and a positive class/id."""

    def __init__(self, names: Callable[[HtmlElement], tuple[str | None, str | None]]) -> None:
        self._regions: dict[HtmlElement, int] = {}
        self._positive: dict[HtmlElement, bool] = {}
        # an element's class and id, as the rules' hints read them (`Hints.names`)
        self._names = names

    def regions(self, chain: tuple[HtmlElement, ...]) -> int:
        """Region bits of `chain[0]` and every element above it (`chain` innermost first)."""
        memo = self._regions
        missing = []
        bits = 0
        for el in chain:
            found = memo.get(el)
            if found is not None:
                bits = found
                break
            missing.append(el)
        for el in reversed(missing):
            bits |= _REGION_BIT.get(str(el.tag), 0)
            memo[el] = bits
        return bits

    def regions_above(self, chain: tuple[HtmlElement, ...]) -> int:
        """Region bits of the elements above `chain[0]` (`chain`: a block's ancestors)."""
        if len(chain) < 2:
            return 0
        found = self._regions.get(chain[1])
        return found if found is not None else self.regions(chain[1:])

    def positive(self, el: HtmlElement) -> bool:
        """Whether the element's class/id names article text ("content", "story", ...)."""
        found = self._positive.get(el)
        if found is None:
            names, key = self._names(el)
            found = self._positive[el] = bool(names or key) and _positive_hint(
                f"{names or ''} {key or ''}")
        return found


@lru_cache(maxsize=8192)
def _positive_hint(names: str) -> bool:
    """Whether class/id text names article text; cached, since templates repeat their class
    strings on every item and pages of a site share them."""
    return POSITIVE_HINTS.search(names.lower()) is not None


_REGION_BIT = {tag: 1 << i for i, tag in enumerate(_REGIONS)}
_SAMPLE = 400
"""Characters of a block read for its character shares (a long block's start tells)."""
_COLUMN = {name: i for i, name in enumerate(OWN)}
_KIND_INDEX = {k: i for i, k in enumerate(_KINDS)}
_LABEL_INDEX = {lab: i for i, lab in enumerate(_LABELS)}
_REASON_INDEX = {r: i for i, r in enumerate(_REASONS)}
_TAG_INDEX = {t: i for i, t in enumerate(_ELEMENT_TAGS)}


NEAR = 4
"""A block's element and its nearest ancestors read for a class/id hint (the rules'
default `hint_depth` + 1: their `near_furniture` is then read, not measured again)."""


def _near(blocks: list[TextBlock], test: Callable[[HtmlElement], bool]) -> list[bool]:
    """For each block, whether `test` holds for its element or one of the `NEAR` - 1
    elements above (`hints.near`)."""
    return near(blocks, test, NEAR - 1)


TRAINED_CHARS_PER_WORD = 6.1
"""Median characters per word of the prose of the pages the scorer was trained on (the
tune halves' blocks of `PROSE_WORDS` words or more: 6.1, languages written in words)."""
SHORT_WORDS = (1.0, 5.0)
"""A page's median characters per word in this range is a script of short words: spaced
(Vietnamese writes a word a syllable, Korean a word with its particles, Hindi in
syllables) from `SPACED_MIN` up, or written without spaces, its words counted two
characters each (Chinese, Japanese, Thai), below it."""
SPACED_MIN = 3.0
"""A median under this many characters a word is a script written without spaces, its
words counted two characters each (Chinese, Japanese, Thai)."""
PROSE_WORDS = 15
"""Blocks of this many words or more tell a page's word length."""
SCALED_WORDS = 5
"""Blocks of fewer words (a name and an e-mail, a date) keep their own length."""


def word_length_scale(analysis: Analysis) -> tuple[float, float]:
    """The factors that read a block's characters per word in the scale the scorer learnt,
    for its blocks and for its headings: 1 on pages of a language with a stoplist (those it
    was trained on), else the trained median over the page's own when its prose is of
    short words. The forest learnt from English and German that short words are a menu's:
    a Vietnamese standfirst (4.3 characters a word) scored 0.44, the same in French 0.67.
    Scripts written without spaces (Chinese, Japanese, Thai: their words counted two
    characters each, a median under `SPACED_MIN`) scale their paragraphs, not their
    headings: a headline printed again over the story read as a paragraph's line."""
    if analysis.has_stoplist:
        return 1.0, 1.0
    prose = [len(b.text) / b.words for b in analysis.blocks if b.words >= PROSE_WORDS]
    if not prose:
        return 1.0, 1.0
    median = statistics.median(prose)
    low, high = SHORT_WORDS
    if not low <= median < high:
        return 1.0, 1.0
    factor = TRAINED_CHARS_PER_WORD / median
    return factor, factor if median >= SPACED_MIN else 1.0


def _one_hot(out: np.ndarray, first: str, index: list[int], width: int) -> None:
    """Set the `width` columns from `first` to the one-hot code of `index` (-1: none)."""
    import numpy as np

    start = _COLUMN[first]
    out[:, start : start + width] = np.array(index)[:, None] == np.arange(width)


def _own(
    analysis: Analysis, homes: list[int], templates: list[tuple[float, float, float]],
    elements: _Elements,
) -> np.ndarray:
    """The blocks' own features except those that need the whole page, a column at a time
    (one pass over the blocks per fact, no row built in Python)."""
    import numpy as np

    blocks = analysis.blocks
    n = len(blocks)
    out = np.zeros((n, len(OWN)))

    def put(name: str, values: Any) -> None:
        out[:, _COLUMN[name]] = values

    words = np.array([b.words for b in blocks], dtype=np.float64)
    per_word = np.maximum(words, 1.0)
    texts = [b.text for b in blocks]
    samples = [t[:_SAMPLE] for t in texts]
    sample_words = np.array([s.count(" ") + 1 for s in samples], dtype=np.float64)
    sample_chars = np.array([max(len(s), 1) for s in samples], dtype=np.float64)
    put("log_words", [math.log1p(b.words) for b in blocks])  # as trained: math, not numpy
    put("link_density", [b.link_density for b in blocks])
    put("stopword_density", [b.stopword_density for b in blocks])
    put("punct_per_word", np.array([b.punctuation for b in blocks]) / per_word)
    put("sentences_per_word", np.array([b.sentences for b in blocks]) / per_word)
    _one_hot(out, f"kind_{_KINDS[0].value}", [_KIND_INDEX.get(b.kind, -1) for b in blocks],
             len(_KINDS))
    put("heading_level", [b.heading_level or 0 for b in blocks])
    put("boilerplate_wording", [boilerplate_wording(s) for s in samples])
    counts = np.array([_character_counts(s) for s in samples], dtype=np.int64).reshape(n, 3)
    put("digit_share", counts[:, 0] / sample_chars)
    put("capitalised_share", counts[:, 1] / sample_words)
    put("ends_sentence", [ends_sentence(t) for t in texts])
    put("separator_share", counts[:, 2] / sample_words)
    factor, heading_factor = word_length_scale(analysis)
    headings = np.array([b.kind is BlockKind.HEADING for b in blocks], dtype=bool)
    least = SCALED_WORDS if heading_factor == factor else PROSE_WORDS
    scale = np.where(words >= least, np.where(headings, heading_factor, factor), 1.0)
    put("chars_per_word", np.minimum(np.array([len(t) for t in texts]) / per_word * scale, 40.0))
    _one_hot(out, OWN[_COLUMN["chars_per_word"] + 1],
             [_LABEL_INDEX.get(lab, -1) for lab in analysis.labels], len(_LABELS))
    put("furniture", analysis.furniture)
    put("in_card", analysis.in_card)
    put("rule_keep", analysis.keep)
    home = np.array(homes)
    put("in_container", home == 1)
    put("in_sibling_part", home == 2)
    put("value_per_word", np.array(analysis.values) / per_word)
    _one_hot(out, OWN[_COLUMN["value_per_word"] + 1],
             [_REASON_INDEX.get(r, -1) for r in analysis.reasons], len(_REASONS))
    put("position", [b.position for b in blocks])
    put("depth", [len(b.ancestors) for b in blocks])
    regions = np.array([elements.regions_above(b.ancestors) for b in blocks])
    start = _COLUMN[f"under_{_REGIONS[0]}"]
    for i, bit in enumerate(_REGION_BIT.values()):
        out[:, start + i] = (regions & bit) != 0
    put("negative_hint_near", analysis.near_furniture if analysis.hint_depth == NEAR - 1
        else _near(blocks, analysis.hints.negative))
    put("positive_hint_near", _near(blocks, elements.positive))
    _one_hot(out, f"element_{_ELEMENT_TAGS[0]}",
             [_TAG_INDEX.get(str(b.element.tag), -1) for b in blocks], len(_ELEMENT_TAGS))
    start = _COLUMN["log_template_items"]
    out[:, start : start + 3] = np.array(templates, dtype=np.float64).reshape(n, 3)
    return out


_I_BEFORE = OWN.index("before_kept_run")
_I_DEPTH_BELOW = OWN.index("depth_below_container")
_I_PARENT = OWN.index("parent_kept_share")


def matrix(
    analysis: Analysis, groups: list[Group], signals: dict[str, float] | None = None
) -> np.ndarray:
    """The feature matrix of a page: one row per block, columns in `FEATURES` order.
    `signals` are the page-type features of the page (`SIGNALS` are read, absent is 0)."""
    import numpy as np

    blocks = analysis.blocks
    n = len(blocks)
    if n == 0:
        return np.zeros((0, len(FEATURES)))
    keep = analysis.keep
    homes = _part_codes(analysis)
    templates = _template_facts(groups, n)
    own = _own(analysis, homes, templates, _Elements(analysis.hints.names))
    # Columns `_own` built already are read from it, not from the blocks again: the rules'
    # keep (1.0 or 0.0), each block's link density and depth, as they were put there.
    kept = own[:, _COLUMN["rule_keep"]]
    kept_idx = np.flatnonzero(kept)

    first, last = (kept_idx[0], kept_idx[-1]) if len(kept_idx) else (n, -1)
    idx = np.arange(n)
    own[:, _I_BEFORE] = idx < first
    own[:, _I_BEFORE + 1] = idx > last
    gap = np.full(n, float(n))
    if len(kept_idx):
        k = kept_idx
        pos = np.searchsorted(k, idx)
        left = np.where(pos > 0, idx - k[np.maximum(pos - 1, 0)], n)
        right = np.where(pos < len(k), k[np.minimum(pos, len(k) - 1)] - idx, n)
        gap = np.minimum(left, right).astype(np.float64)
    own[:, _I_BEFORE + 2] = np.log1p(gap)
    container_depth = _depth_of(analysis)
    if container_depth is not None:
        own[:, _I_DEPTH_BELOW] = np.where(
            np.array(homes) != 0, own[:, _COLUMN["depth"]] - container_depth, -1.0)
    # The parent element's blocks: how many, and the share the rules kept.
    parent_of = [b.ancestors[1] if len(b.ancestors) > 1 else b.element for b in blocks]
    members: dict[HtmlElement, int] = {}
    kept_members: dict[HtmlElement, int] = {}
    for parent, kept_here in zip(parent_of, keep, strict=True):
        members[parent] = members.get(parent, 0) + 1
        kept_members[parent] = kept_members.get(parent, 0) + bool(kept_here)
    own[:, _I_PARENT] = [kept_members[p] / members[p] for p in parent_of]
    own[:, _I_PARENT + 1] = [math.log1p(members[p]) for p in parent_of]
    texts: dict[str, int] = {}
    for b in blocks:
        texts[b.text] = texts.get(b.text, 0) + 1
    own[:, _I_PARENT + 2] = [float(texts[b.text] > 1) for b in blocks]

    words = np.array([b.words for b in blocks], dtype=np.float64)
    links = own[:, _COLUMN["link_density"]] * words
    total = words.sum()
    values = np.array(analysis.values)
    good = values[values > 0].sum()
    in_container = own[:, OWN.index("in_container")] + own[:, OWN.index("in_sibling_part")]
    page = np.array([
        math.log1p(total), math.log1p(n), (words * kept).sum() / total if total else 0.0,
        (words * (in_container > 0)).sum() / total if total else 0.0,
        float(analysis.has_stoplist), good / total if total else 0.0,
        math.log1p((words * kept).sum()),
        *((signals or {}).get(name, 0.0) for name in SIGNALS),
    ])

    ctx_cols = [OWN.index(c) for c in _CONTEXT_OWN]
    ctx_src = own[:, ctx_cols]
    pad = np.zeros((2, len(ctx_cols)))
    padded = np.vstack([pad, ctx_src, pad])
    context = [padded[2 - d : 2 - d + n] for d in (1, 2)]  # previous blocks
    context += [padded[2 + d : 2 + d + n] for d in (1, 2)]  # next blocks
    cw = np.concatenate([[0.0], np.cumsum(words)])
    ck = np.concatenate([[0.0], np.cumsum(words * kept)])
    cl = np.concatenate([[0.0], np.cumsum(links)])
    lo = np.maximum(idx - WINDOW, 0)
    hi = np.minimum(idx + WINDOW + 1, n)
    wwords = cw[hi] - cw[lo] - words
    window = np.column_stack([
        np.where(wwords > 0, (ck[hi] - ck[lo] - words * kept) / np.maximum(wwords, 1), 0.0),
        np.where(wwords > 0, (cl[hi] - cl[lo] - links) / np.maximum(wwords, 1), 0.0),
    ])
    return np.hstack([own, np.tile(page, (n, 1)), *context, window])


def _part_codes(analysis: Analysis) -> list[int]:
    """For each block, the code of the part of the container it lies in (1 the container,
    2 a sibling part, 0 none): read from the rules' `Analysis.homes`, found once a page
    (worked out here for an `Analysis` built without them, whose list is empty)."""
    container = analysis.container
    homes = analysis.homes
    if len(homes) != len(analysis.blocks):
        homes = part_homes(analysis.blocks, container, analysis.siblings)
    return [0 if home is None else 1 if home is container else 2 for home in homes]


def _depth_of(analysis: Analysis) -> int | None:
    """How many block-level ancestors the container has, itself included."""
    container = analysis.container
    if container is None:
        return None
    for b in analysis.blocks:
        for d, a in enumerate(b.ancestors):
            if a is container:
                return len(b.ancestors) - d
    return None
