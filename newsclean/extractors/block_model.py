"""The learned block scorer: which blocks of a page are its main content, and how sure.

A gradient-boosted forest (trained by `benchmarks/train_blocks.py` on the tune halves of the
dev sets, fixed seed) scores each block from `newsclean.extractors.block_features`; its
trees ship as plain JSON in `newsclean/data/block-model.json` (no pickle) and are walked
here with numpy, all trees and all blocks at once, a level per step (the first two a
feature column at a time; after the first few levels, only the pairs of tree and block not
yet on a leaf).

A block is kept when its probability reaches `KEEP`. The page's confidence is the F1 the
probabilities expect of that choice (`expected_f1`): low when much likely text was left
out or much unlikely text kept — the evidence the chain needs to try another extractor.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any, NamedTuple, overload

from newsclean.document import Document
from newsclean.extractors.block_features import FEATURES, matrix
from newsclean.pagetype import features as page_signals
from newsclean.repeats import page_groups

if TYPE_CHECKING:
    import numpy as np

    from newsclean.extractors.rules import Analysis

MODEL_FILE = "block-model.json"
KEEP = 0.5
"""Probability from which a block is kept (the F1-optimal cut of a calibrated model)."""


@dataclass(frozen=True)
class Forest:
    """All trees' nodes in flat arrays: the feature each node tests, its threshold, its
    first child (the second is the next node: trees are laid out breadth first) and its
    leaf value; each tree's root and depth, deepest trees first; the forest's baseline.
    A leaf tests against +inf and is its own first child, so a row that reached one stays.
    Indices are 32-bit: the walk gathers them by the million."""

    feature: np.ndarray
    threshold: np.ndarray
    child: np.ndarray
    value: np.ndarray
    roots: np.ndarray
    depths: tuple[int, ...]
    baseline: float
    leaf: np.ndarray
    """Whether each node is a leaf."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Forest:
        """Read the exported trees; `features` must name today's feature columns."""
        import numpy as np

        if list(data["features"]) != list(FEATURES):
            raise ValueError("block model was trained on other features; retrain it")
        feature: list[int] = []
        threshold: list[float] = []
        child: list[int] = []
        value: list[float] = []
        roots: list[int] = []
        depths: list[int] = []
        trees = sorted(data["trees"], key=lambda t: -_depth(t))
        for tree in trees:
            roots.append(len(feature))
            depths.append(_depth(tree))
            order = _breadth_first(tree)
            new = {old: len(feature) + i for i, old in enumerate(order)}
            for old in order:
                lo = int(tree["left"][old])
                leaf = lo == 0  # node 0 is the root: no child points back to it
                feature.append(0 if leaf else int(tree["feature"][old]))
                threshold.append(math.inf if leaf else float(tree["threshold"][old]))
                child.append(new[old] if leaf else new[lo])
                value.append(float(tree["value"][old]) if leaf else 0.0)
        return cls(
            feature=np.array(feature, dtype=np.intp),
            threshold=np.array(threshold, dtype=np.float64),
            child=np.array(child, dtype=np.intp),
            value=np.array(value, dtype=np.float64),
            roots=np.array(roots, dtype=np.intp),
            depths=tuple(depths),
            baseline=float(data["baseline"]),
            leaf=np.isinf(np.array(threshold, dtype=np.float64)),
        )

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """P(main content) of each row of `x` (blocks × FEATURES)."""
        import numpy as np

        n = x.shape[0]
        if n == 0:
            return np.zeros(0)
        # Feature-major cells (a node's cell is its feature × n + the block), and indices
        # of numpy's own index type (`intp`): `take` casts any other to it, a copy of the
        # index array at every gather. The first two steps read whole feature columns
        # instead (`_first_steps`).
        columns = np.ascontiguousarray(x.T, dtype=np.float64)
        flat = columns.ravel()
        cells = self.feature * n
        node = self._first_steps(columns)  # tree × block
        depths = self.depths
        deepest = depths[0] if depths else 0
        dense = min(DENSE_STEPS, deepest)
        tree_depths = np.array(depths, dtype=np.int32)
        _walk(self, flat, cells, node, np.arange(n, dtype=np.intp)[None, :], -tree_depths,
              range(2, dense))
        if deepest > dense:
            # By now many (tree, block) pairs stand on a leaf: only the others walk on.
            pairs = node.ravel()  # a view, tree by tree (deepest first), as `_walk` needs
            going = np.flatnonzero(~self.leaf.take(pairs, mode="clip"))
            here = pairs.take(going)
            _walk(self, flat, cells, here, going % n,
                  -tree_depths.take(going // n), range(dense, deepest))
            pairs[going] = here
        raw = self.baseline + self.value.take(node, mode="clip").sum(axis=0)
        out: np.ndarray = 1.0 / (1.0 + np.exp(-raw))
        return out

    def _first_steps(self, columns: np.ndarray) -> np.ndarray:
        """Each (tree, block) pair's node after two steps, read a feature column at a time:
        every block starts at its tree's root and then stands on one of its two children
        (side by side: trees are laid out breadth first), so their tests read whole rows of
        `columns` (features × blocks) rather than a cell per pair, and each pair picks the
        test of its side. A leaf tests false and is its own first child, so it stays."""
        import numpy as np

        feature, threshold, child = self.feature, self.threshold, self.child
        roots = self.roots
        right = columns[feature.take(roots)] > threshold.take(roots)[:, None]
        first = child.take(roots)
        sides = np.stack([first, first + 1], axis=1)  # tree × its root's two children
        tests = columns[feature.take(sides, mode="clip")] > threshold.take(
            sides, mode="clip")[:, :, None]
        steps = tests.astype(np.intp)
        steps += child.take(sides, mode="clip")[:, :, None]
        node: np.ndarray = np.where(right, steps[:, 1], steps[:, 0])
        return node


DENSE_STEPS = 4
"""Steps every (tree, block) pair of a page walks together before those on a leaf are left
out: about half of all pairs stand on one by then (trees are uneven), and leaving them out
costs a gather of its own, which pays once, not every step."""


def _walk(
    forest: Forest, flat: np.ndarray, cells: np.ndarray, node: np.ndarray,
    blocks: np.ndarray, minus_depths: np.ndarray, steps: range,
) -> None:
    """Step rows of (tree, block) pairs down their trees, in place: `node` holds each row's
    node (a row of blocks of one tree, or one pair), `blocks` the block of each column or
    pair, `minus_depths` each row's tree depth, negated, deepest first (rows whose tree is
    no deeper than the step have all arrived and are left out). `take` with mode="clip"
    skips fancy indexing's bounds checks, about twice as fast (every index is a node or a
    cell, so none is clipped); a leaf tests against +inf and is its own first child. Each
    step's nodes are written straight into `node` (`out=`), the cells' array taking the
    first children: no array of the next nodes is built and then copied in (a copy of every
    pair at every step, an eighth of the walk's instructions)."""
    import numpy as np

    threshold, child = forest.threshold, forest.child
    for step in steps:
        active = int(minus_depths.searchsorted(-step))
        if not active:
            return
        here = node[:active]
        cell = cells.take(here, mode="clip")
        cell += blocks[:active] if blocks.ndim == 1 else blocks
        go_right = flat.take(cell, mode="clip") > threshold.take(here, mode="clip")
        first_child = child.take(here, mode="clip", out=cell)
        np.add(first_child, go_right, out=here)


def _depth(tree: dict[str, Any]) -> int:
    return int(tree.get("depth", len(tree["feature"])))


def _breadth_first(tree: dict[str, Any]) -> list[int]:
    """The tree's node indices breadth first, each node's two children side by side."""
    order, queue = [], [0]
    while queue:
        node = queue.pop(0)
        order.append(node)
        left = int(tree["left"][node])
        if left:
            queue += [left, int(tree["right"][node])]
    return order


@lru_cache(maxsize=1)
def load() -> Forest | None:
    """The shipped model, or None when it is missing or does not fit the features (the
    rules then decide alone, and the candidate says so in its name)."""
    try:
        text = files("newsclean").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
        return Forest.from_json(json.loads(text))
    except (OSError, ValueError, KeyError, TypeError):
        return None


CREDIT_REACH = 3
"""Blocks after the last kept one looked at for a credit line or an agency trailer."""


def _keep_credit_lines(analysis: Analysis, keep: np.ndarray) -> None:
    """Keep a credit line or agency trailer just after the kept text. Some sets' truths
    leave credits out, so the scorer learned to drop them; normalisation takes them out of
    the text into `Article.credits` anyway, so keeping them costs no text and saves the
    structure."""
    from newsclean.normalize.credits import parse_credit_line
    from newsclean.normalize.trailers import parse_trailer

    kept = keep.nonzero()[0]
    if not len(kept):
        return
    last = int(kept[-1])
    for i in range(last + 1, min(last + 1 + CREDIT_REACH, len(keep))):
        text = analysis.blocks[i].text
        if len(text) < 400 and (parse_credit_line(text) or parse_trailer(text)):
            keep[i] = True


def expected_f1(p: np.ndarray, words: np.ndarray, keep: np.ndarray) -> float:
    """The word F1 that probabilities `p` expect of keeping the blocks in `keep`:
    2·E[true kept words] / (kept words + E[true words])."""
    true_kept = float((p * words * keep).sum())
    denominator = float((words * keep).sum() + (p * words).sum())
    return round(2 * true_kept / denominator, 3) if denominator > 0 else 0.0


class ScorerReasons(Sequence[str]):
    """Why each block was kept or not: the scorer's probability, and the rules' verdict
    where they disagree ("scorer 0.83 (rules: ...)"). Written when read (the explain view),
    not for every block of every page."""

    def __init__(
        self, p: np.ndarray, keep: np.ndarray, rules_keep: Sequence[bool],
        rules_reasons: Sequence[str],
    ) -> None:
        self._p, self._keep, self._rules = p, keep, (rules_keep, rules_reasons)

    def __len__(self) -> int:
        return len(self._p)

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        rules_keep, rules_reasons = self._rules
        agree = bool(self._keep[i]) == bool(rules_keep[i])
        return f"scorer {self._p[i]:.2f}" + ("" if agree else f" (rules: {rules_reasons[i]})")


class Scored(NamedTuple):
    """The learned scorer's verdict on a page."""

    keep: list[bool]
    reasons: Sequence[str]
    confidence: float
    probabilities: list[float]
    """Each block's probability of being main content (what `confidence.fragment_reach`
    reads: the text the scorer has not ruled out)."""


def decide(doc: Document, analysis: Analysis, forest: Forest | None = None) -> Scored | None:
    """Keep decisions, reasons, confidence and probabilities of the learned scorer; None
    without one."""
    forest = forest or load()
    if forest is None:
        return None
    if not analysis.blocks:
        return Scored([], [], 0.0, [])
    p = forest.probabilities(matrix(analysis, page_groups(doc), page_signals(doc)))
    keep = p >= KEEP
    _keep_credit_lines(analysis, keep)
    reasons = ScorerReasons(p, keep, analysis.keep, analysis.reasons)
    return Scored(keep.tolist(), reasons, expected_f1(p, _words(analysis), keep), p.tolist())


def revised_confidence(analysis: Analysis, p: Sequence[float], keep: Sequence[bool]) -> float:
    """The F1 the scorer's probabilities `p` expect of `keep`, its decisions as a pass after
    it revised them (`density`'s doubted lead-ins): the confidence follows the revision."""
    import numpy as np

    return expected_f1(np.asarray(p, dtype=np.float64), _words(analysis),
                       np.asarray(keep, dtype=bool))


def _words(analysis: Analysis) -> np.ndarray:
    """Each block's words, at least one: the weights of `expected_f1`."""
    import numpy as np

    return np.array([max(b.words, 1) for b in analysis.blocks], dtype=np.float64)
