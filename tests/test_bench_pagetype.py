"""The page-type trainer's per-class thresholds (`benchmarks.pagetype.best_offsets`)."""

from __future__ import annotations

import math

from benchmarks.pagetype import CLASSES, DECLARED_STRENGTH, best_offsets, declared_weights


def test_an_under_called_type_gets_a_positive_offset() -> None:
    # class 1 is the truth on every page but always trails class 0 by 0.3
    logp = [[-1.0, -1.3, -3.0]] * 10
    off = best_offsets(logp, [1] * 10)
    assert off[0] == 0.0
    assert off[1] - off[0] > 0.3


def test_offsets_stay_zero_when_the_plain_answer_is_best() -> None:
    logp = [[-0.5, -2.0, -2.0], [-2.0, -0.5, -2.0], [-2.0, -2.0, -0.5]]
    assert best_offsets(logp, [0, 1, 2]) == [0.0, 0.0, 0.0]


def test_an_offset_is_kept_only_when_it_makes_more_answers_right() -> None:
    # lifting class 1 would win page 1 and lose page 2: no net gain, no offset
    logp = [[-1.0, -1.2, -5.0], [-1.0, -1.1, -5.0]]
    assert best_offsets(logp, [1, 0]) == [0.0, 0.0, 0.0]


def test_no_offset_may_cost_an_article() -> None:
    # lifting class 1 would win both of its pages and lose the article (class 0): refused
    logp = [[-1.0, -1.2, -5.0], [-1.0, -1.2, -5.0], [-1.0, -1.1, -5.0]]
    assert best_offsets(logp, [1, 1, 0]) == [0.0, 0.0, 0.0]
    # without the article page the same lift is taken
    assert best_offsets(logp[:2], [1, 1])[1] > 0.2


def test_a_declared_kind_weighs_what_its_pages_were() -> None:
    """Ten pages declare a thread, nine of them forums: the weight lifts forum and lowers
    the others; an undeclared feature gets no weight at all."""
    forum, article = CLASSES.index("forum"), CLASSES.index("article")
    labels = [forum] * 9 + [article] * 31 + [CLASSES.index("product")] * 10
    rows = [{"declared:forum": 1.0} if i < 10 else {"text:words": 3.0}
            for i in range(len(labels))]
    weights = declared_weights(rows, labels)
    assert list(weights) == ["declared:forum"]
    w = weights["declared:forum"]
    k = len(CLASSES)
    expected = DECLARED_STRENGTH * math.log((9 + 1) / (10 + k) / ((9 + 1) / (50 + k)))
    assert math.isclose(w[forum], expected)
    assert w[forum] > 0 > w[article] and max(w) == w[forum]
