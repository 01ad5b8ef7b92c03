"""The learned block scorer: which blocks of a page are its main content, and how sure.

A gradient-boosted forest (trained by `benchmarks/train_blocks.py` on the tune halves of the
dev sets, fixed seed) scores each block from `newsclean.extractors.block_features`; its
trees ship as plain JSON in `newsclean/data/block-model.json` (no pickle) and are walked
here with numpy, all trees and all blocks at once, a level per step.

A block is kept when its probability reaches `KEEP`. The page's confidence is the F1 the
probabilities expect of that choice (`expected_f1`): low when much likely text was left
out or much unlikely text kept — the evidence the chain needs to try another extractor.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from newsclean.document import Document
from newsclean.extractors.block_features import FEATURES, matrix
from newsclean.repeats import page_groups

if TYPE_CHECKING:
    import numpy as np

    from newsclean.extractors.density import Analysis

MODEL_FILE = "block-model.json"
KEEP = 0.5
"""Probability from which a block is kept (the F1-optimal cut of a calibrated model)."""


@dataclass(frozen=True)
class Forest:
    """Trees as padded arrays (tree × node): the feature tested, its threshold, the
    children, whether the node is a leaf and its value; plus the forest's baseline."""

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    leaf: np.ndarray
    value: np.ndarray
    baseline: float
    depth: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Forest:
        """Read the exported trees; `features` must name today's feature columns."""
        import numpy as np

        if list(data["features"]) != list(FEATURES):
            raise ValueError("block model was trained on other features; retrain it")
        trees = data["trees"]
        width = max(len(t["feature"]) for t in trees)

        def pad(key: str, fill: float, dtype: Any) -> np.ndarray:
            out = np.full((len(trees), width), fill, dtype=dtype)
            for i, t in enumerate(trees):
                out[i, : len(t[key])] = t[key]
            return out

        left = pad("left", 0, np.int32)
        return cls(
            feature=pad("feature", 0, np.int32),
            threshold=pad("threshold", 0.0, np.float64),
            left=left,
            right=pad("right", 0, np.int32),
            leaf=left == 0,  # node 0 is every tree's root: no child points back to it
            value=pad("value", 0.0, np.float64),
            baseline=float(data["baseline"]),
            depth=int(max(t.get("depth", width) for t in trees)),
        )

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """P(main content) of each row of `x` (blocks × FEATURES)."""
        import numpy as np

        n = x.shape[0]
        if n == 0:
            return np.zeros(0)
        trees = np.arange(self.feature.shape[0])[:, None]
        rows = np.arange(n)[None, :]
        node = np.zeros((self.feature.shape[0], n), dtype=np.int32)
        for _ in range(self.depth):
            leaf = self.leaf[trees, node]
            if leaf.all():
                break
            go_left = x[rows, self.feature[trees, node]] <= self.threshold[trees, node]
            step = np.where(go_left, self.left[trees, node], self.right[trees, node])
            node = np.where(leaf, node, step)
        raw = self.baseline + self.value[trees, node].sum(axis=0)
        out: np.ndarray = 1.0 / (1.0 + np.exp(-raw))
        return out


@lru_cache(maxsize=1)
def load() -> Forest | None:
    """The shipped model, or None when it is missing or does not fit the features (the
    rules then decide alone, and the candidate says so in its name)."""
    try:
        text = files("newsclean").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
        return Forest.from_json(json.loads(text))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def expected_f1(p: np.ndarray, words: np.ndarray, keep: np.ndarray) -> float:
    """The word F1 that probabilities `p` expect of keeping the blocks in `keep`:
    2·E[true kept words] / (kept words + E[true words])."""
    true_kept = float((p * words * keep).sum())
    denominator = float((words * keep).sum() + (p * words).sum())
    return round(2 * true_kept / denominator, 3) if denominator > 0 else 0.0


def decide(
    doc: Document, analysis: Analysis, forest: Forest | None = None
) -> tuple[list[bool], list[str], float] | None:
    """Keep decisions, reasons and the confidence of the learned scorer; None without one."""
    import numpy as np

    forest = forest or load()
    if forest is None:
        return None
    if not analysis.blocks:
        return [], [], 0.0
    p = forest.probabilities(matrix(analysis, page_groups(doc)))
    keep = p >= KEEP
    words = np.array([max(b.words, 1) for b in analysis.blocks], dtype=np.float64)
    reasons = [
        f"scorer {q:.2f}" + ("" if k == r else f" (rules: {why})")
        for q, k, r, why in zip(p, keep, analysis.keep, analysis.reasons, strict=True)
    ]
    return [bool(k) for k in keep], reasons, expected_f1(p, words, keep)
