"""The page-type trainer's per-class thresholds (`benchmarks.pagetype.best_offsets`), its
declared kinds' weights and the per-page verdicts of its evaluation."""

from __future__ import annotations

import math
from pathlib import Path

from benchmarks.datasets import Page
from benchmarks.pagetype import (
    CLASSES,
    DECLARED_STRENGTH,
    best_offsets,
    cross_validate,
    declared_weights,
    write_verdicts,
)


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


def test_each_pages_verdict_is_written_with_its_half(tmp_path: Path) -> None:
    """`--verdicts`: one line a page, so that the tune half's confusions can be read."""
    pages = [Page("0001", b"", "", group="a.example"), Page("0002", b"", "", group="b.example")]
    out = tmp_path / "verdicts.tsv"
    write_verdicts(out, pages, ["article", "listing"], ["article", "collection"], [0.9, 0.41])
    lines = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0] == ["id", "half", "truth", "answer", "score"]
    assert [line[0] for line in lines[1:]] == ["0001", "0002"]
    assert {line[1] for line in lines[1:]} <= {"tune", "check"}
    assert lines[2][2:] == ["listing", "collection", "0.410"]


def test_cross_validation_scores_the_pages_as_read_not_as_fitted() -> None:
    """The fold models are fitted on `rows` (features computed with each page's URL) and
    score the pages as `scored` gives them (without it): a page whose scored features read
    like the other type gets that type."""
    article, forum = CLASSES.index("article"), CLASSES.index("forum")
    labels = [article if i % 2 else forum for i in range(60)]
    rows = [{"x": 1.0 if label == forum else 0.0, "text:words": 3.0} for label in labels]
    sites = [f"site{i}.example" for i in range(60)]
    fitted, _ = cross_validate(rows, labels, sites)
    assert fitted == [CLASSES[label] for label in labels]
    flipped = [{**row, "x": 1.0 - row["x"]} for row in rows]
    read, _ = cross_validate(rows, labels, sites, flipped)
    assert read == [CLASSES[forum if label == article else article] for label in labels]
