"""AEB's shingle metric: 4-token shingles of `\\w+` tokens, per-page normalised counts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


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


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def aggregate(scores: Sequence[PageScore]) -> tuple[float, float, float]:
    """Mean precision and mean recall over pages, and the F1 of those two means."""
    if not scores:
        return 0.0, 0.0, 0.0
    precision = sum(s.precision for s in scores) / len(scores)
    recall = sum(s.recall for s in scores) / len(scores)
    return precision, recall, f1(precision, recall)
