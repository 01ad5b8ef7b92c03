"""Train the learned block scorer of the density extractor; the one documented command.

    python -m benchmarks.train_blocks                 # train, write newsclean/data/block-model.json
    python -m benchmarks.train_blocks --out m.json    # elsewhere (to compare before shipping)
    python -m benchmarks.train_blocks --evaluate m.json   # score a model without training
    python -m benchmarks.train_blocks --drop-features 'reason_*' --out m.json   # an ablation

Needs the `train` extra (scikit-learn) and the shared dev sets. Rows are the blocks of the
**tune** half of every set (aeb, readability-js, wcxb-dev, fundus-dev; halves by a fixed hash
of the site, `benchmarks.datasets.half_of`), features from `newsclean.extractors.block_features`.
A block's label is whether it is main content: most of its word trigrams occur in the set's
true text (a block too short for trigrams: all its words do, and a long true block lies
within `SHORT_REACH` blocks — a lone "Share" word also occurs in most articles). Each page
weighs the same in its set, split over its blocks by their words (the sets' metrics are word
F1 per page), with a floor so short blocks count too; each set's weight lies half way
between its page count and an equal share (`SET_BALANCE`), so wcxb-dev's 721 tune pages do
not drown the news sets' 211.

The model is scikit-learn's `HistGradientBoostingClassifier` with a fixed seed and no early
stopping (no random hold-out), exported as plain JSON trees. `--drop-features` trains with
the named columns (`fnmatch` patterns over `FEATURES`) held at 0, so no tree splits on them
while the feature code and the model's columns stay as they are: an ablation in one command.
The evaluation prints the density extractor's text F1 alone (kept blocks joined, the set's
metric) per set and half, rules against scorer: the check half is the figure that says
whether it generalises.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.datasets import DatasetMissing, Page, available, load, metric_of
from benchmarks.metrics import aggregate, mean_f1, page_scorer, tokens

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "newsclean" / "data" / "block-model.json"
SETS = ("aeb", "readability-js", "wcxb-dev", "fundus-dev")
SEED = 0
SHORT_REACH = 5
"""How near (in blocks) a long true block must be for a short block to count as true."""
COVERAGE = 0.5
"""Share of a block's trigrams found in the truth from which it is main content."""
SET_BALANCE = float(os.environ.get("NEWSCLEAN_SET_BALANCE", "0.5"))
"""0: every tune page weighs the same (wcxb-dev's 721 pages dominate); 1: every set weighs
the same in total (aeb's 98 news pages as much as wcxb-dev's seven kinds)."""
WEIGHT_FLOOR = 0.3
"""Share of a page's weight spread evenly over its blocks (the rest goes by words)."""
HYPER: dict[str, Any] = {
    "max_iter": 300, "learning_rate": 0.08, "max_leaf_nodes": 15, "min_samples_leaf": 200,
    "l2_regularization": 1.0, "early_stopping": False, "random_state": SEED,
}


@dataclass
class PageRows:
    """One page's blocks as rows: features, labels, weights, texts, and where it is from."""

    set: str
    half: str
    page_type: str
    truth: str
    x: Any
    y: list[bool]
    weight: list[float]
    texts: list[str]
    rule_keep: list[bool]
    group: str = ""
    """The page's site: the unit of the cross-validation folds (`--cv`)."""


def _ngrams(toks: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


def labels(texts: Sequence[str], truth: str) -> list[bool]:
    """Whether each block is main content, by its overlap with the true text."""
    true_toks = tokens(truth.lower())
    tri, uni = _ngrams(true_toks, 3), set(true_toks)
    long_true: list[bool | None] = []
    for text in texts:
        toks = tokens(text.lower())
        if len(toks) >= 3:
            grams = _ngrams(toks, 3)
            long_true.append(sum(g in tri for g in grams) >= COVERAGE * len(grams))
        else:
            long_true.append(None)
    out = []
    for i, (text, verdict) in enumerate(zip(texts, long_true, strict=True)):
        if verdict is not None:
            out.append(verdict)
            continue
        toks = tokens(text.lower())
        near = long_true[max(0, i - SHORT_REACH) : i + SHORT_REACH + 1]
        out.append(bool(toks) and all(t in uni for t in toks) and any(v for v in near))
    return out


def page_rows(args: tuple[str, Page]) -> PageRows | None:
    """Features and labels of one page (None when it cannot be read)."""
    import numpy as np

    from newsclean.document import load as load_doc
    from newsclean.errors import NewsCleanError
    from newsclean.extractors.block_features import matrix
    from newsclean.extractors.params import DensityParams
    from newsclean.extractors.rules import analyse
    from newsclean.pagetype import features as page_signals
    from newsclean.repeats import page_groups

    name, page = args
    try:
        doc = load_doc(page.html, url=page.url)
    except NewsCleanError:
        return None
    analysis = analyse(doc, DensityParams(learned=False))
    x = matrix(analysis, page_groups(doc), page_signals(doc))
    texts = [b.text for b in analysis.blocks]
    words = np.array([b.words for b in analysis.blocks], dtype=np.float64)
    n = len(texts)
    if n:
        share = words / words.sum() if words.sum() else np.full(n, 1.0 / n)
        weight = ((1 - WEIGHT_FLOOR) * share + WEIGHT_FLOOR / n).tolist()
    else:
        weight = []
    return PageRows(
        name, page.half, page.page_type or "", page.truth, x.astype(np.float32),
        labels(texts, page.truth), weight, texts, list(analysis.keep), page.group,
    )


def collect(sets: Sequence[str], jobs: int, cache: Path | None) -> list[PageRows]:
    """Rows of every page of `sets` (both halves: the check half is only evaluated)."""
    if cache and cache.is_file():
        rows: list[PageRows] = pickle.loads(cache.read_bytes())
        return rows
    work = [(name, p) for name in sets for p in load(name) if p.has_truth and p.truth.strip()]
    with ProcessPoolExecutor(jobs) as pool:
        rows = [r for r in pool.map(page_rows, work, chunksize=8) if r is not None]
    if cache:
        cache.write_bytes(pickle.dumps(rows))
    return rows


def dropped_columns(patterns: Sequence[str]) -> list[int]:
    """Columns of `FEATURES` matching any `fnmatch` pattern: held constant in training, a
    constant column is never split on, so the forest ignores them (inference still computes
    them). A pattern that matches nothing is an error, not a silent no-op."""
    from fnmatch import fnmatchcase

    from newsclean.extractors.block_features import FEATURES

    for pat in patterns:
        if not any(fnmatchcase(name, pat) for name in FEATURES):
            raise SystemExit(f"--drop-features: {pat!r} matches no feature")
    return [i for i, name in enumerate(FEATURES) if any(fnmatchcase(name, p) for p in patterns)]


def train(rows: Sequence[PageRows], hyper: dict[str, Any], drop: Sequence[int] = ()) -> Any:
    """The fitted classifier on the tune half's blocks."""
    return fit([r for r in rows if r.half == "tune"], hyper, drop)


def fit(pages: Sequence[PageRows], hyper: dict[str, Any], drop: Sequence[int] = ()) -> Any:
    """The fitted classifier on the blocks of `pages` (the `drop` columns held at 0)."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier

    tune = [r for r in pages if len(r.y)]
    x = np.vstack([r.x for r in tune])
    x[:, list(drop)] = 0.0
    y = np.concatenate([r.y for r in tune])
    pages = Counter(r.set for r in tune)
    # each set weighs as if it had `SET_BALANCE`-mixed page counts: its own, and the mean
    share = {s: (1 - SET_BALANCE) + SET_BALANCE * (len(tune) / len(pages)) / n
             for s, n in pages.items()}
    w = np.concatenate([np.asarray(r.weight) * share[r.set] for r in tune])
    model = HistGradientBoostingClassifier(**hyper)
    model.fit(x, y, sample_weight=w * len(tune))
    return model


def export(model: Any) -> dict[str, Any]:
    """The fitted trees as plain JSON: per tree, parallel lists of node fields."""
    from newsclean.extractors.block_features import FEATURES

    trees = []
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        inner = ~nodes["is_leaf"].astype(bool)  # a leaf's split fields are zeroed

        def split(key: str, fmt: str, nodes: Any = nodes, inner: Any = inner) -> list[Any]:
            cast = int if fmt == "d" else float
            pairs = zip(nodes[key], inner, strict=True)
            return [cast(format(v, fmt)) if i else 0 for v, i in pairs]

        trees.append({
            "feature": split("feature_idx", "d"),
            "threshold": split("num_threshold", ".7g"),
            "left": split("left", "d"),
            "right": split("right", "d"),
            "value": [0.0 if i else float(f"{v:.6g}")
                      for v, i in zip(nodes["value"], inner, strict=True)],
            "depth": int(nodes["depth"].max()),
        })
    return {
        "about": "newsclean's block scorer: gradient-boosted trees over FEATURES "
                 "(newsclean/extractors/block_features.py); trained by "
                 "python -m benchmarks.train_blocks; P(main content) = "
                 "sigmoid(baseline + sum of the leaf values reached)",
        "features": list(FEATURES),
        "baseline": float(model._baseline_prediction.ravel()[0]),
        "hyper": {k: v for k, v in HYPER.items()},
        "trees": trees,
    }


def evaluate(rows: Sequence[PageRows], model_json: dict[str, Any]) -> dict[str, dict[str, float]]:
    """Text F1 of density alone per set and half, rules and scorer (kept blocks joined)."""
    out: dict[str, dict[str, float]] = {}
    for name in dict.fromkeys(r.set for r in rows):
        metric = metric_of(name)
        words = metric == "words"
        scorer = page_scorer(metric)
        for half in ("tune", "check"):
            pages = [r for r in rows if r.set == name and r.half == half]
            if not pages:
                continue
            rule = [scorer(r.truth, _joined(r.texts, r.rule_keep)) for r in pages]
            learned = [scorer(r.truth, _joined(r.texts, keep))
                       for r, keep in zip(pages, _kept(pages, model_json), strict=True)]
            agg = mean_f1 if words else aggregate
            out[f"{name}/{half}"] = {"rules": agg(rule)[2], "scorer": agg(learned)[2],
                                     "pages": len(pages)}
    return out


def fold_file(fold: int, folds: int) -> str:
    """The file name of one fold's model (`--folds-out`)."""
    return f"fold-{fold}-of-{folds}.json"


def fold_of(group: str, folds: int) -> int:
    """A page's cross-validation fold: a fixed hash of its site (never Python's `hash`)."""
    import hashlib

    return int(hashlib.sha256(f"cv:{group}".encode()).hexdigest(), 16) % folds


def cross_validate(
    rows: Sequence[PageRows], forests: Sequence[dict[str, Any]]
) -> dict[str, dict[str, float]]:
    """Scorer F1 per set on the **tune** half, each page scored by the model of its fold
    (`fold_forests`: fitted on the other folds, pages split by site): how to choose options
    without looking at check."""
    tune = [r for r in rows if r.half == "tune"]
    folds = len(forests)
    out: dict[str, dict[str, float]] = {}
    for name in dict.fromkeys(r.set for r in tune):
        metric = metric_of(name)
        words = metric == "words"
        scorer = page_scorer(metric)
        scores = []
        for k in range(folds):
            held = [r for r in tune if r.set == name and fold_of(r.group, folds) == k]
            scores += [scorer(r.truth, _joined(r.texts, keep))
                       for r, keep in zip(held, _kept(held, forests[k]), strict=True)]
        agg = mean_f1 if words else aggregate
        out[f"{name}/tune (cv)"] = {"rules": agg([scorer(r.truth, _joined(r.texts, r.rule_keep))
                                                  for r in tune if r.set == name])[2],
                                    "scorer": agg(scores)[2], "pages": len(scores)}
    return out


def fold_forests(
    tune: Sequence[PageRows], hyper: dict[str, Any], folds: int, drop: Sequence[int] = ()
) -> list[dict[str, Any]]:
    """Per fold, the exported model fitted on the tune pages of the other folds."""
    return [export(fit([r for r in tune if fold_of(r.group, folds) != k], hyper, drop))
            for k in range(folds)]


def _kept(pages: Sequence[PageRows], model_json: dict[str, Any]) -> list[list[bool]]:
    from newsclean.extractors.block_model import KEEP, Forest

    forest = Forest.from_json(model_json)
    return [[bool(q >= KEEP) for q in forest.probabilities(r.x.astype("float64"))]
            if len(r.y) else [] for r in pages]


def _joined(texts: Sequence[str], keep: Sequence[bool]) -> str:
    return "\n\n".join(t for t, k in zip(texts, keep, strict=True) if k)


def table(scores: dict[str, dict[str, float]]) -> str:
    lines = ["| set / half | pages | rules | scorer |", "|---|---:|---:|---:|"]
    for key, s in scores.items():
        lines.append(f"| {key} | {int(s['pages'])} | {s['rules']:.4f} | {s['scorer']:.4f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.train_blocks", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, default=MODEL, help="where to write the model JSON")
    p.add_argument("--evaluate", type=Path, help="only score this model JSON")
    p.add_argument("--cache", type=Path, help="pickle of the rows (read if present)")
    p.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    p.add_argument("--hyper", type=json.loads, default={},
                   help='JSON of HistGradientBoostingClassifier options over the defaults')
    p.add_argument("--cv", type=int, metavar="K",
                   help="only cross-validate the options on the tune half, K folds by site")
    p.add_argument("--folds-out", type=Path, metavar="DIR",
                   help="with --cv: also write each fold's model to DIR/fold-K-of-N.json "
                        "(for python -m benchmarks.calibrate --folds DIR)")
    p.add_argument("--drop-features", type=lambda s: [x for x in s.split(",") if x],
                   default=[], metavar="PATTERNS",
                   help="comma-separated fnmatch patterns of FEATURES to hold at 0 in "
                        "training (e.g. 'reason_*,*rule_keep'): an ablation")
    args = p.parse_args(argv)
    drop = dropped_columns(args.drop_features)
    sets = [s for s in SETS if s in available()]
    if not sets:
        raise SystemExit(str(DatasetMissing("no shared dev set found: see ../shared/README.md")))
    rows = collect(sets, args.jobs, args.cache)
    if args.cv:
        tune = [r for r in rows if r.half == "tune"]
        forests = fold_forests(tune, {**HYPER, **args.hyper}, args.cv, drop)
        print(table(cross_validate(rows, forests)))
        if args.folds_out:
            args.folds_out.mkdir(parents=True, exist_ok=True)
            for k, forest in enumerate(forests):
                (args.folds_out / fold_file(k, args.cv)).write_text(json.dumps(forest))
        return 0
    if args.evaluate:
        model_json = json.loads(args.evaluate.read_text())
    else:
        model = train(rows, {**HYPER, **args.hyper}, drop)
        model_json = export(model)
        model_json["hyper"] = {**HYPER, **args.hyper}
        model_json["set_balance"] = SET_BALANCE
        if args.drop_features:
            model_json["dropped_features"] = args.drop_features
        args.out.write_text(json.dumps(model_json, separators=(",", ":")) + "\n")
        print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB, "
              f"{len(model_json['trees'])} trees)", file=sys.stderr)
    print(table(evaluate(rows, model_json)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
