"""The benchmark metrics on hand-made cases; every expected figure is worked out in a comment."""

from __future__ import annotations

import math

import pytest

from benchmarks.metrics import (
    PageScore,
    SnippetCounts,
    accuracy,
    aggregate,
    bootstrap_stderr,
    percentile,
    score_page,
    score_words,
    shingles,
    snippet_counts,
    tokens,
)
from benchmarks.summary import uncovered_spans


def test_tokens_are_word_runs_without_punctuation() -> None:
    # \w+ splits on the comma, "!", the apostrophe and the hyphen.
    assert tokens("Hello, world! It's state-run.") == ["Hello", "world", "It", "s", "state", "run"]


def test_tokens_read_decomposed_text_composed() -> None:
    # "\\w" matches no combining mark: read as written, "Zu\\u0308rich" would be two tokens.
    assert tokens("Zu\u0308rich Cafe\u0301") == ["Zürich", "Café"]
    assert score_words("Zürich Café", "Zu\u0308rich Cafe\u0301").f1 == 1.0


def test_shingles_of_short_and_repeated_text() -> None:
    # 2 tokens < 4: one shorter shingle; no tokens: no shingle.
    assert shingles("a b") == {"a b": 1}
    assert shingles("") == {}
    # 8 tokens -> 5 shingles: abcd, bcda, cdab, dabc, abcd (abcd twice).
    assert shingles("a b c d a b c d") == {"a b c d": 2, "b c d a": 1, "c d a b": 1, "d a b c": 1}


@pytest.mark.parametrize(
    ("truth", "prediction", "precision", "recall"),
    [
        # truth shingles {abcd, bcde}, prediction {abcd}: TP 1, FP 0, FN 1 -> /2 = .5, 0, .5
        # P = .5/(.5+0) = 1, R = .5/(.5+.5) = .5
        ("a b c d e", "a b c d", 1.0, 0.5),
        # truth {abcd}, prediction {abcd, bcdx}: TP 1, FP 1, FN 0 -> P = 1/2, R = 1
        ("a b c d", "a b c d x", 0.5, 1.0),
        # truth {abcd x2, bcda, cdab, dabc}, prediction {abcd}: TP 1, FP 0, FN 1+1+1+1 = 4
        # P = 1/1 = 1, R = 1/5 = .2 (counts are a multiset: the second abcd is missed)
        ("a b c d a b c d", "a b c d", 1.0, 0.2),
        # punctuation and spacing do not matter: same tokens, P = R = 1
        ("One, two; three four.", "One two three four", 1.0, 1.0),
        # both empty: no FP and no FN, AEB scores 1 and 1
        ("", "", 1.0, 1.0),
        # nothing extracted: TP 0 -> P = R = 0
        ("a b c d", "", 0.0, 0.0),
        # disjoint texts: TP 0, FP 1, FN 1 -> P = R = 0
        ("a b c d", "w x y z", 0.0, 0.0),
    ],
)
def test_score_page(truth: str, prediction: str, precision: float, recall: float) -> None:
    score = score_page(truth, prediction)
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)
    assert score.tp + score.fp + score.fn == pytest.approx(1.0 if truth or prediction else 0.0)


def test_score_page_normalises_per_page() -> None:
    # truth "a b c d e": {abcd, bcde}; prediction "a b c d": {abcd}
    # raw TP 1, FP 0, FN 1, total 2 -> 0.5, 0, 0.5
    assert score_page("a b c d e", "a b c d") == PageScore(0.5, 0.0, 0.5)


def test_aggregate_is_f1_of_mean_precision_and_mean_recall() -> None:
    # page 1: P 1, R .5; page 2: P .5, R 1. Mean P = .75, mean R = .75, F1(.75, .75) = .75.
    # (A mean of per-page F1s would give 2*1*.5/1.5 = .667 on each page -> .667; pooling
    # normalised counts would give P = (.5+.5)/(.5+.5+.5) = .667: both differ.)
    pages = [score_page("a b c d e", "a b c d"), score_page("a b c d", "a b c d x")]
    p, r, f = aggregate(pages)
    assert (p, r) == (pytest.approx(0.75), pytest.approx(0.75))
    assert f == pytest.approx(0.75)
    assert aggregate([]) == (0.0, 0.0, 0.0)


def test_aggregate_f1_of_unequal_means() -> None:
    # page 1: P 1, R .2; page 2: P 0, R 0. Mean P = .5, mean R = .1.
    # F1 = 2 * .5 * .1 / (.5 + .1) = .1 / .6 = 1/6
    pages = [score_page("a b c d a b c d", "a b c d"), score_page("a b c d", "")]
    assert aggregate(pages)[2] == pytest.approx(1 / 6)


def test_bootstrap_stderr_matches_the_exact_spread() -> None:
    # Two pages, precision 1 and 0. A resample of 2 pages with replacement has mean
    # precision 1 (p = 1/4), .5 (p = 1/2) or 0 (p = 1/4): variance = (1/4 + 1/2 * 1/4) - 1/4
    # = 1/8, so the standard error is sqrt(1/8) = .354; 1000 resamples land within .03.
    pages = [score_page("a b c d", "a b c d"), score_page("a b c d", "")]
    se = bootstrap_stderr(pages, accuracies=[1.0, 0.0])
    assert se.precision == pytest.approx(math.sqrt(1 / 8), abs=0.03)
    assert se.accuracy == pytest.approx(math.sqrt(1 / 8), abs=0.03)
    assert bootstrap_stderr(pages) == se.__class__(se.precision, se.recall, se.f1, 0.0)


def test_bootstrap_stderr_is_zero_when_pages_agree() -> None:
    pages = [score_page("a b c d e", "a b c d")] * 5
    assert bootstrap_stderr(pages).f1 == 0.0
    assert bootstrap_stderr(pages[:1]).f1 == 0.0  # one page: nothing to resample


def test_accuracy_compares_token_sequences() -> None:
    assert accuracy("Hello,  world!", "Hello world") == 1.0
    assert accuracy("Hello world", "hello world") == 0.0  # tokens keep their case, as AEB's
    assert accuracy("a b", "a b c") == 0.0


def test_snippet_counts() -> None:
    text = "The quick brown fox.\n\nJumps over the dog. SUBSCRIBE now"
    # with: "quick  brown" found (whitespace folded), "lazy dog" not -> TP 1, FN 1
    # without: "subscribe" found (case folded) -> FP 1; "Related stories" not -> TN 1
    counts = snippet_counts(text, ["quick  brown", "lazy dog"], ["subscribe", "Related stories"])
    assert counts == SnippetCounts(tp=1, fn=1, fp=1, tn=1)
    # P = 1/(1+1) = .5, R = 1/(1+1) = .5
    assert (counts.precision, counts.recall) == (0.5, 0.5)
    # over two pages the counts add: TP 1+2 = 3, FN 1, FP 1 -> P = 3/4, R = 3/4
    total = counts + snippet_counts("a b", ["a", "b"], [])
    assert (total.precision, total.recall, total.total) == (0.75, 0.75, 6)
    assert SnippetCounts().precision == SnippetCounts().recall == 0.0


def test_percentile_interpolates() -> None:
    # [1, 2, 3, 4]: median at position 1.5 -> 2.5; p95 at 2.85 -> 3 + .85 * (4 - 3) = 3.85
    assert percentile([4, 1, 3, 2], 0.5) == pytest.approx(2.5)
    assert percentile([4, 1, 3, 2], 0.95) == pytest.approx(3.85)
    assert percentile([], 0.5) == 0.0


def test_uncovered_spans_are_the_missed_and_extra_passages() -> None:
    truth = "One two three four five. Six seven, eight nine"
    output = "one two three four five. Menu item one item two"
    # "one" differs in case from "One", so only "two three four five" is shared: "One" alone
    # and "Six seven, eight nine" are missed
    assert uncovered_spans(truth, output) == ["One", "Six seven, eight nine"]
    output = "One two three four five. Menu: home, sport"
    # shared: "One two three four", "two three four five" -> tokens One..five covered;
    # "Six seven, eight nine" uncovered (missed); "Menu: home, sport" extra.
    assert uncovered_spans(truth, output) == ["Six seven, eight nine"]
    assert uncovered_spans(output, truth) == ["Menu: home, sport"]
    assert uncovered_spans("", truth) == []
