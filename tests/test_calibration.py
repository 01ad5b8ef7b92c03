"""Confidences on one scale: the curves, their fit, and the chain's use of them."""

from __future__ import annotations

import pytest

from benchmarks.calibrate import isotonic
from benchmarks.train_blocks import labels
from newsclean import calibration
from newsclean.calibration import Curve, on_scale
from newsclean.chain import FirstConfident, scaled
from newsclean.document import load
from newsclean.extractors.base import Candidate


def test_a_curve_interpolates_and_clamps() -> None:
    curve = Curve((0.2, 0.6, 1.0), (0.3, 0.7, 0.9))
    assert curve(0.0) == 0.3 and curve(2.0) == 0.9
    assert curve(0.4) == pytest.approx(0.5)
    assert curve(0.8) == pytest.approx(0.8)


def test_isotonic_fit_never_decreases_and_pools_violators() -> None:
    xs, ys = isotonic([(0.1, 0.2), (0.2, 0.6), (0.3, 0.4), (0.9, 0.95)])
    assert ys == sorted(ys)
    assert ys[1] == pytest.approx(0.5)  # 0.6 and 0.4 pooled
    assert xs[1] == pytest.approx(0.25)


def test_the_shipped_curves_cover_the_default_chain() -> None:
    calibration.curves.cache_clear()
    shipped = calibration.curves()
    assert {"density", "trafilatura"} <= set(shipped)
    for curve in shipped.values():
        assert list(curve.y) == sorted(curve.y) and all(0 <= y <= 1 for y in curve.y)
    assert on_scale("no-such-extractor", 0.42) == 0.42


class _Fixed:
    def __init__(self, name: str, confidence: float, text: str) -> None:
        self.name, self.confidence, self.text = name, confidence, text

    def extract(self, doc: object) -> Candidate:
        from newsclean.model import Block, BlockKind

        block = Block(kind=BlockKind.PARAGRAPH, text=self.text)
        return Candidate(self.name, (block,), self.confidence)


def test_the_policy_compares_candidates_on_the_common_scale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "a" reports 0.9 on a scale where that means F1 0.4; "b" reports 0.5, meaning 0.8
    curves = {"a": Curve((0.0, 1.0), (0.0, 0.44)), "b": Curve((0.0, 1.0), (0.0, 1.6))}
    monkeypatch.setattr(calibration, "curves", lambda: curves)
    doc = load("<p>x</p>")
    out = FirstConfident(threshold=0.95).run([_Fixed("a", 0.9, "A"), _Fixed("b", 0.5, "B")], doc)
    assert out.text == "B" and out.confidence == pytest.approx(0.8)
    assert scaled(Candidate("c", (), 0.3)).confidence == 0.3  # no curve: its own scale


def test_block_labels_follow_the_truth_and_short_blocks_need_true_neighbours() -> None:
    truth = "The bridge will close in May for repairs. Traffic goes through the centre. Share"
    texts = [
        "Menu Home News",
        "The bridge will close in May for repairs.",
        "Share",
        "Traffic goes through the centre.",
        "Some other story about the weather today",
    ]
    assert labels(texts, truth) == [False, True, True, True, False]
    far = ["Share", *["Unrelated words of a sidebar box here"] * 7, texts[1]]
    assert labels(far, truth)[0] is False


def test_cross_validation_folds_follow_the_site_and_do_not_move() -> None:
    from benchmarks.train_blocks import fold_of

    sites = [f"site{i}.example" for i in range(200)]
    folds = [fold_of(s, 4) for s in sites]
    assert set(folds) == {0, 1, 2, 3}  # every fold gets sites
    assert all(fold_of(s, 4) == f for s, f in zip(sites, folds, strict=True))  # stable
    assert fold_of("site7.example", 4) == fold_of("site7.example", 4)
    assert max(folds.count(k) for k in range(4)) < 80  # roughly even, not one big fold
