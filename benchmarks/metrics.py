"""Benchmark metrics.

AEB's shingle metric (scrapinghub/article-extraction-benchmark, ``evaluate.py``): tokens are
``\\w+`` matches, a page's text becomes the multiset of its 4-token shingles, the overlap with
the truth gives TP/FP/FN normalised to sum to 1 on each page; precision and recall are the
*means over pages* of the per-page precision and recall, and F1 is the F1 of those two means
(not a mean of per-page F1s). Standard errors come from a bootstrap over pages, as AEB's do.

WCXB's metric (`score_words`, `mean_f1`): bag-of-words precision, recall and F1 of the
lower-cased ``\\w+`` tokens per page, each averaged over pages.

Both read text without soft hyphens and zero-width spaces, and composed (NFC): `tokens`,
where the original scripts would split a word at them or at a combining accent.

Also here: exact-match accuracy (AEB's), snippet precision/recall for "with"/"without" data
(as in trafilatura's evaluation), and timing summaries.
"""

from __future__ import annotations

import random
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)

BOOTSTRAP_SAMPLES = 1000
"""AEB's default number of bootstrap resamples."""
BOOTSTRAP_SEED = 42
"""A fixed seed so that a rerun on the same outputs gives the same standard errors."""


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
"""Soft hyphen, zero-width space, word joiner, zero-width no-break space: a reader sees no
break there, yet `\\w+` splits at them. Some truths keep them ("avail&shy;able", copied
from the page), so an extraction that drops them (as `newsclean.document` does) would lose
the word; both sides are read without them."""


def tokens(text: str) -> list[str]:
    """The `\\w+` tokens of `text`, invisible characters dropped first (see `_INVISIBLE`),
    read composed (see `readable`)."""
    return _TOKEN.findall(readable(text or "").translate(_INVISIBLE))


def readable(text: str) -> str:
    """`text` in Unicode's composed form (NFC). `\\w` does not match a combining mark, so
    a truth or an output written decomposed ("Zu\\u0308rich") would split its words at every
    accent ("Zu", "rich"): canonically equivalent texts, the same to a reader, would score
    apart. Both sides are read composed, as newsclean.document writes a page."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def shingles(text: str, n: int = 4) -> Counter[str]:
    """Counts of n-token shingles; a text shorter than n gives one shorter shingle."""
    toks = tokens(text)
    out: Counter[str] = Counter()
    for i in range(max(1, len(toks) - n + 1)):
        shingle = " ".join(toks[i : i + n])
        if shingle:
            out[shingle] += 1
    return out


@dataclass(frozen=True)
class PageScore:
    """Normalised true/false positives and false negatives of one page (they sum to 1)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp else 0.0

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def score_page(truth: str, prediction: str, n: int = 4) -> PageScore:
    """AEB's `string_shingle_matching`: multiset overlap of shingles, normalised per page."""
    true_sh, pred_sh = shingles(truth, n), shingles(prediction, n)
    tp = fp = fn = 0.0
    for key in true_sh.keys() | pred_sh.keys():
        t, p = true_sh.get(key, 0), pred_sh.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    return PageScore(tp, fp, fn)


def score_words(truth: str, prediction: str) -> PageScore:
    """WCXB's metric for one page: bag-of-words overlap of the lower-cased `\\w+` tokens.

    Precision is the share of the output's tokens found in the truth (as a multiset), recall
    the share of the truth's tokens found in the output. Returned as normalised TP/FP/FN
    like `score_page`, so the same `PageScore` properties give them. An empty output scores
    0; an empty truth is not scored (the caller skips such pages).
    """
    true_bag = Counter(tokens(truth.lower()))
    pred_bag = Counter(tokens(prediction.lower()))
    tp = sum((true_bag & pred_bag).values())
    fp = sum(pred_bag.values()) - tp
    fn = sum(true_bag.values()) - tp
    total = tp + fp + fn
    if not total:
        return PageScore(0.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


def page_scorer(metric: str) -> Callable[[str, str], PageScore]:
    """One page's score under a set's metric (`datasets.metric_of`): "words" is WCXB's bag
    of words (`score_words`), any other AEB's shingles (`score_page`)."""
    return score_words if metric == "words" else score_page


def mean_f1(scores: Sequence[PageScore]) -> tuple[float, float, float]:
    """WCXB's aggregate: the means over pages of per-page precision, recall and F1."""
    if not scores:
        return 0.0, 0.0, 0.0
    n = len(scores)
    return (
        sum(s.precision for s in scores) / n,
        sum(s.recall for s in scores) / n,
        sum(s.f1 for s in scores) / n,
    )


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def aggregate(scores: Sequence[PageScore]) -> tuple[float, float, float]:
    """Mean precision and mean recall over pages, and the F1 of those two means (AEB's way)."""
    if not scores:
        return 0.0, 0.0, 0.0
    precision = sum(s.precision for s in scores) / len(scores)
    recall = sum(s.recall for s in scores) / len(scores)
    return precision, recall, f1(precision, recall)


def _std(values: Sequence[float]) -> float:
    """Population standard deviation, as numpy's `np.std` that AEB uses."""
    return statistics.pstdev(values) if len(values) > 1 else 0.0


@dataclass(frozen=True)
class Stderr:
    precision: float
    recall: float
    f1: float
    accuracy: float


def bootstrap_stderr(
    scores: Sequence[PageScore],
    accuracies: Sequence[float] | None = None,
    samples: int = BOOTSTRAP_SAMPLES,
    seed: int = BOOTSTRAP_SEED,
    page_f1: bool = False,
) -> Stderr:
    """Standard errors of `aggregate`'s figures (of `mean_f1`'s with `page_f1`): the spread
    of them over resampled page sets."""
    n = len(scores)
    if n < 2 or samples < 2:
        return Stderr(0.0, 0.0, 0.0, 0.0)
    acc = list(accuracies) if accuracies is not None else [0.0] * n
    precisions = [s.precision for s in scores]  # computed once: the loop below is hot
    recalls = [s.recall for s in scores]
    f1s = [s.f1 for s in scores]
    rng = random.Random(seed)
    ps: list[float] = []
    rs: list[float] = []
    fs: list[float] = []
    accs: list[float] = []
    for _ in range(samples):
        idx = [rng.randrange(n) for _ in range(n)]
        p = sum(precisions[i] for i in idx) / n
        r = sum(recalls[i] for i in idx) / n
        ps.append(p)
        rs.append(r)
        fs.append(sum(f1s[i] for i in idx) / n if page_f1 else f1(p, r))
        accs.append(sum(acc[i] for i in idx) / n)
    return Stderr(_std(ps), _std(rs), _std(fs), _std(accs))


def accuracy(truth: str, prediction: str) -> float:
    """AEB's exact match: 1.0 when both texts have the same token sequence."""
    return float(tokens(truth) == tokens(prediction))


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class SnippetCounts:
    """Snippet counts: "with" found (tp) or missed (fn); "without" found (fp) or not (tn)."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def __add__(self, other: SnippetCounts) -> SnippetCounts:
        return SnippetCounts(
            self.tp + other.tp, self.fn + other.fn, self.fp + other.fp, self.tn + other.tn
        )

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def total(self) -> int:
        return self.tp + self.fn + self.fp + self.tn


def snippet_counts(
    prediction: str, with_snippets: Iterable[str], without_snippets: Iterable[str]
) -> SnippetCounts:
    """Which expected snippets the text contains (whitespace and case folded)."""
    text = _squash(prediction)
    found = [_squash(s) in text for s in with_snippets if s.strip()]
    leaked = [_squash(s) in text for s in without_snippets if s.strip()]
    return SnippetCounts(
        tp=sum(found),
        fn=len(found) - sum(found),
        fp=sum(leaked),
        tn=len(leaked) - sum(leaked),
    )


def percentile(values: Sequence[float], q: float) -> float:
    """The q-quantile (0..1) with linear interpolation between order statistics."""
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)
