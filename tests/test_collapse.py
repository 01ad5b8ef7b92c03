"""The benchmark's collapse count: newsclean keeps little where its peer keeps most."""

from __future__ import annotations

from benchmarks.collapse import collapses, table
from benchmarks.metrics import PageScore, SnippetCounts
from benchmarks.summary import PageResult


def _result(page: str, recall: float, half: str = "check") -> PageResult:
    score = PageScore(tp=recall / 2, fp=0.0, fn=(1 - recall) / 2)  # recall = tp / (tp + fn)
    return PageResult(page, score, None, SnippetCounts(), 0.0, 0.0, None, "", "", half=half)


def test_a_page_collapses_only_when_newsclean_keeps_little_and_the_peer_most() -> None:
    pages = {
        ("newsclean", "set"): [_result("a", 0.1), _result("b", 0.1, "tune"), _result("c", 0.5),
                               _result("d", 0.1)],
        ("trafilatura", "set"): [_result("a", 0.9), _result("b", 0.95, "tune"),
                                 _result("c", 0.99), _result("d", 0.5)],
        ("newsclean", "alone"): [_result("x", 0.0)],
    }
    found = collapses(pages)
    assert found == {"set": {"all": ["a", "b"], "check": ["a"], "tune": ["b"]}}
    assert "| set | 2 | 1 | 1 | a, b |" in table(found)
