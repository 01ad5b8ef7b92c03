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
from newsclean.extractors.block_model import Forest
from newsclean.model import Block


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


def test_isotonic_fit_reads_tied_confidences_as_their_mean() -> None:
    # many pages at one saturated raw confidence: the curve's value there is their mean
    # F1, not the best of them
    xs, ys = isotonic([(0.5, 0.4), (1.0, 0.6), (1.0, 0.8), (1.0, 1.0)])
    assert xs == [0.5, 1.0]
    assert ys[-1] == pytest.approx(0.8)
    assert Curve(tuple(xs), tuple(ys))(1.0) == pytest.approx(0.8)


def test_the_shipped_curves_give_one_value_per_raw_confidence() -> None:
    calibration.curves.cache_clear()
    for curve in calibration.curves().values():
        assert len(set(curve.x)) == len(curve.x)


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
    assert scaled(Candidate("c", (Block(text="C"),), 0.3)).confidence == 0.3  # no curve: own scale
    assert scaled(Candidate("b", (), 0.5)).confidence == 0.0  # an empty answer: F1 0


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


def _constant_forest(logit: float) -> Forest:
    """A one-leaf forest that gives every block the same probability."""
    from newsclean.extractors.block_features import FEATURES

    leaf = {"feature": [0], "threshold": [0.0], "left": [0], "right": [0], "value": [0.0],
            "depth": 0}
    return Forest.from_json({"features": list(FEATURES), "baseline": logit, "trees": [leaf]})


def test_density_decides_with_the_forest_it_is_given() -> None:
    # the calibration scores tune pages with a fold's model instead of the shipped one
    from newsclean.extractors.density import DensityExtractor

    line = "<p>The council met on Monday to agree a budget for the year ahead.</p>"
    story = f"<html><body><article>{line * 6}</article></body></html>"
    doc = load(story)
    none = DensityExtractor(forest=_constant_forest(-8.0)).extract(doc)
    every = DensityExtractor(forest=_constant_forest(8.0)).extract(doc)
    assert none.text == "" and "council met" in every.text


def test_density_curve_is_fitted_out_of_fold_when_there_are_fold_outcomes() -> None:
    from benchmarks.calibrate import Outcome, fit

    # in-sample the scorer looks perfect at 0.9; on unseen sites 0.9 is worth 0.5
    tune = [Outcome("s", "tune", {"density": 0.9, "trafilatura-fast": 1.0},
                    {"density": 1.0, "trafilatura-fast": 0.8}, unseen=(0.9, 0.5))
            for _ in range(3)]
    curves = fit(tune)
    assert curves["density"]["y"] == [0.5]
    assert curves["trafilatura"]["y"] == [0.8]
    without = fit([Outcome(o.set, o.half, o.raw, o.f1) for o in tune])
    assert without["density"]["y"] == [1.0]


def test_the_sweep_replays_the_fragment_rule() -> None:
    """A confident density answer holding a fifth of the page's prose, beside a more
    confident trafilatura-fast answer three times as long: the replayed chain takes the
    latter, as `FirstConfident` does; without the words (an old cache) it cannot tell."""
    from benchmarks.calibrate import Outcome, sweep

    raw = {"density": 0.9, "trafilatura-fast": 1.0}
    f1 = {"density": 0.6, "trafilatura-fast": 0.95}
    words = {"density": 100, "trafilatura-fast": 300, "cover": 200}

    def row(outcomes: list[Outcome]) -> str:
        return next(line for line in sweep(outcomes).splitlines() if line.startswith("| 0.30 |"))

    assert "0.9500" in row([Outcome("aeb", "tune", raw, f1, words=words)] * 3)
    assert "0.6000" in row([Outcome("aeb", "tune", raw, f1)] * 3)
    longer = {**words, "trafilatura-fast": 600}  # the page around it, not its fuller reading
    assert "0.6000" in row([Outcome("aeb", "tune", raw, f1, words=longer)] * 3)
    no_reach = {**words, "reach": 1200}  # the rest of the page ruled out: not asked
    assert "0.6000" in row([Outcome("aeb", "tune", raw, f1, words=no_reach)] * 3)
