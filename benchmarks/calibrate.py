"""Fit the confidence curves of `newsclean.calibration` and choose the chain's threshold.

    python -m benchmarks.calibrate            # fit on the tune halves, write calibration.json
    python -m benchmarks.calibrate --sweep    # also: the chain's F1 per threshold, both halves
    python -m benchmarks.train_blocks --cv 5 --folds-out folds/   # then, as shipped:
    python -m benchmarks.calibrate --folds folds/ --sweep

Runs the default chain's two members alone on every page of the shared dev sets — density
(its learned scorer) and trafilatura-fast — and records each one's raw confidence and the
text F1 of its answer (the set's own metric, per page). Each member's curve is the isotonic
regression of F1 on raw confidence over the **tune** halves (pool-adjacent-violators, then
one knot per block of equal values). Density's scorer was fitted on those very pages, so
there its confidence is worth more than on a page nobody tuned on; with `--folds`, each
tune page is scored a second time by the cross-validation model that never saw its site,
and density's curve is fitted on those out-of-fold outcomes instead.

The sweep replays the chain, density first, then trafilatura-fast when density's
expected F1 is under the threshold and the more confident on the common scale wins (or,
when density's confident answer holds under half of the page's prose, when trafilatura-
fast's is more confident and two to five times as long: `FirstConfident`'s fragment
rule), for each threshold, on both halves: the threshold is
chosen on the tune half, the check half says whether it holds.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from benchmarks.datasets import Page, available, load, metric_of
from benchmarks.metrics import page_scorer

ROOT = Path(__file__).resolve().parent.parent
CURVES = ROOT / "newsclean" / "data" / "calibration.json"
SETS = ("aeb", "readability-js", "wcxb-dev", "fundus-dev")
MEMBERS = {"density": "density", "trafilatura-fast": "trafilatura"}
"""The chain's members, and the extractor name their candidates carry."""
REACH_CAP = 1000.0
"""Density's reach (`Candidate.reach`, inf when nothing is kept) is stored capped here."""
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(6, 21))


@dataclass
class Outcome:
    """One page: where it is from, and each member's raw confidence and F1."""

    set: str
    half: str
    raw: dict[str, float]
    f1: dict[str, float]
    unseen: tuple[float, float] | None = None
    """Density's raw confidence and F1 by a model that never saw the page's site (tune
    pages, with `--folds`): what its confidence is worth on a page nobody tuned on."""
    words: dict[str, int] | None = None
    """Each member's answer in words, and density's share of the page's prose ("cover",
    in thousandths), for the chain's fragment rule (`FirstConfident`); None in caches
    written before it."""
    unseen_words: tuple[int, ...] | None = None
    """The out-of-fold answer's words, cover and reach (thousandths), as `words` has them
    (no reach in caches written before it)."""


@lru_cache(maxsize=2)
def fold_forest(path: str) -> Any:
    from newsclean.extractors.block_model import Forest

    return Forest.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def run_page(args: tuple[str, Page, str | None]) -> Outcome | None:
    from newsclean.chain import get_extractor
    from newsclean.document import load as load_doc
    from newsclean.errors import NewsCleanError
    from newsclean.extractors.density import DensityExtractor

    name, page, model_path = args
    try:
        doc = load_doc(page.html, url=page.url)
    except NewsCleanError:
        return None
    scorer = page_scorer(metric_of(name))
    raw, f1, words = {}, {}, {}
    for member in MEMBERS:
        candidate = get_extractor(member).extract(doc)
        raw[member] = candidate.confidence
        f1[member] = scorer(page.truth, candidate.text).f1
        words[member] = candidate.word_count
        if member == "density":
            words["cover"] = round(1000 * candidate.prose_cover)
            words["reach"] = round(1000 * min(candidate.reach, REACH_CAP))
    unseen = unseen_words = None
    if model_path:
        candidate = DensityExtractor(forest=fold_forest(model_path)).extract(doc)
        unseen = (candidate.confidence, scorer(page.truth, candidate.text).f1)
        unseen_words = (candidate.word_count, round(1000 * candidate.prose_cover),
                        round(1000 * min(candidate.reach, REACH_CAP)))
    return Outcome(name, page.half, raw, f1, unseen, words, unseen_words)


def fold_model(page: Page, folds: Path | None, count: int) -> str | None:
    """The model of a tune page's fold in `folds`, one of `count` (written by `python -m
    benchmarks.train_blocks --cv K --folds-out DIR`): fitted on the other folds' sites."""
    if folds is None or page.half != "tune":
        return None
    from benchmarks.train_blocks import fold_file, fold_of

    path = folds / fold_file(fold_of(page.group, count), count)
    if not path.is_file():
        raise SystemExit(f"no fold model {path}")
    return str(path)


def collect(jobs: int, cache: Path | None, folds: Path | None = None) -> list[Outcome]:
    if cache and cache.is_file():
        outcomes: list[Outcome] = pickle.loads(cache.read_bytes())
        return outcomes
    count = len(list(folds.glob("fold-*-of-*.json"))) if folds else 0
    work = [(s, p, fold_model(p, folds, count))
            for s in SETS if s in available() for p in load(s) if p.truth.strip()]
    with ProcessPoolExecutor(jobs) as pool:
        outcomes = [o for o in pool.map(run_page, work, chunksize=8) if o is not None]
    if cache:
        cache.write_bytes(pickle.dumps(outcomes))
    return outcomes


def isotonic(points: Sequence[tuple[float, float]]) -> tuple[list[float], list[float]]:
    """Pool-adjacent-violators over (raw, f1) points sorted by raw; knots at the mean raw
    confidence of each pooled block.

    Points of one raw confidence are pooled first: a curve is a function of the raw value,
    so its value there is their mean F1. Left apart, ties sorted by F1 never violate, and
    the curve rose through all of them to their best (trafilatura's saturated 1.0, a third
    of the pages, read as an expected F1 of 1.0 instead of their mean)."""
    tied: dict[float, list[float]] = {}
    for x, y in points:
        tied.setdefault(x, []).append(y)
    blocks: list[list[float]] = []  # [sum_x, sum_y, count]
    for x in sorted(tied):
        ys = tied[x]
        blocks.append([x * len(ys), sum(ys), float(len(ys))])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] > blocks[-1][1] / blocks[-1][2]:
            sx, sy, c = blocks.pop()
            blocks[-1][0] += sx
            blocks[-1][1] += sy
            blocks[-1][2] += c
    xs: list[float] = []
    ys: list[float] = []
    for i, (sx, sy, c) in enumerate(blocks):
        x, y = round(sx / c, 4), round(sy / c, 4)
        ends_run = i + 1 == len(blocks) or round(blocks[i + 1][1] / blocks[i + 1][2], 4) != y
        if xs and ys[-1] == y and not ends_run:
            continue  # inside a run of equal values: only its ends are knots
        if xs and xs[-1] == x and ys[-1] == y:
            continue
        xs.append(x)
        ys.append(y)
    return xs, ys


def fit(outcomes: Sequence[Outcome]) -> dict[str, dict[str, list[float]]]:
    """Each member's curve on the tune halves; density's on its out-of-fold outcomes when
    there are any (`--folds`): on the pages its model was fitted on, its confidence is
    worth more than on a page nobody tuned on, and the chain meets the latter."""
    tune = [o for o in outcomes if o.half == "tune"]
    curves = {}
    for member, name in MEMBERS.items():
        points = [(o.raw[member], o.f1[member]) for o in tune]
        if member == "density" and any(o.unseen for o in tune):
            points = [o.unseen for o in tune if o.unseen]
        xs, ys = isotonic(points)
        curves[name] = {"x": xs, "y": ys}
    return curves


UNSEEN = "tune, out of fold"
"""The column of the tune halves replayed with density's out-of-fold outcomes."""


def unseen_outcomes(outcomes: Sequence[Outcome]) -> list[Outcome]:
    """The tune pages as the chain would meet them on a site nobody tuned on: density's
    raw confidence and F1 by the fold model that never saw the page's site."""
    return [Outcome(o.set, UNSEEN, {**o.raw, "density": o.unseen[0]},
                    {**o.f1, "density": o.unseen[1]},
                    words=None if o.words is None or o.unseen_words is None else
                    {**o.words, "density": o.unseen_words[0], "cover": o.unseen_words[1],
                     **({"reach": o.unseen_words[2]} if len(o.unseen_words) > 2 else {})})
            for o in outcomes if o.unseen]


def sweep(outcomes: Sequence[Outcome]) -> str:
    """The replayed chain's mean F1 per threshold, set and half (and the best of both); with
    out-of-fold outcomes (`--folds`), also the tune halves as pages nobody tuned on."""
    from newsclean.calibration import Curve
    from newsclean.chain import FirstConfident

    fitted = fit(outcomes)
    curve = {m: Curve(tuple(fitted[n]["x"]), tuple(fitted[n]["y"])) for m, n in MEMBERS.items()}
    shipped = len(outcomes)
    outcomes = [*outcomes, *unseen_outcomes(outcomes)]
    keys = [(s, h) for s in SETS for h in ("tune", "check", UNSEEN)
            if any(o.set == s and o.half == h for o in outcomes)]
    head = "| threshold | " + " | ".join(f"{s} {h}" for s, h in keys) + " | fallbacks |"
    lines = [head, "|---" * (len(keys) + 2) + "|"]

    policy = FirstConfident()

    def chain(o: Outcome, theta: float) -> tuple[float, bool]:
        d = curve["density"](o.raw["density"])
        t = curve["trafilatura-fast"](o.raw["trafilatura-fast"])
        if d >= theta:
            w = o.words
            reach = w["reach"] / 1000 if w is not None and "reach" in w else float("inf")
            if w is None or not policy.may_be_fragment(w["cover"] / 1000, reach, round(d, 3)):
                return o.f1["density"], False
            # a confident fragment: trafilatura-fast runs, and wins when it outgrows it
            grows = policy.fuller(w["trafilatura-fast"], w["density"])
            return (o.f1["trafilatura-fast"] if t > d and grows else o.f1["density"]), True
        return (o.f1["trafilatura-fast"] if t > d else o.f1["density"]), True

    for theta in THRESHOLDS:
        cells, falls = [], 0
        for s, h in keys:
            pages = [o for o in outcomes if o.set == s and o.half == h]
            results = [chain(o, theta) for o in pages]
            falls += sum(f for _, f in results) if h != UNSEEN else 0
            cells.append(f"{sum(f for f, _ in results) / len(pages):.4f}")
        lines.append(f"| {theta:.2f} | " + " | ".join(cells) + f" | {falls / shipped:.1%} |")
    for label, pick in (("density alone", lambda o: o.f1["density"]),
                        ("best of both", lambda o: max(o.f1.values()))):
        cells = []
        for s, h in keys:
            pages = [o for o in outcomes if o.set == s and o.half == h]
            cells.append(f"{sum(pick(o) for o in pages) / len(pages):.4f}")
        lines.append(f"| {label} | " + " | ".join(cells) + " | |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.calibrate", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, default=CURVES)
    p.add_argument("--cache", type=Path, help="pickle of the per-page outcomes (read if present)")
    p.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    p.add_argument("--sweep", action="store_true", help="print the chain's F1 per threshold")
    p.add_argument("--no-write", action="store_true", help="do not write the curves")
    p.add_argument("--folds", type=Path, metavar="DIR",
                   help="fit density's curve on tune pages each scored by the fold model "
                        "that never saw its site (python -m benchmarks.train_blocks --cv 5 "
                        "--folds-out DIR)")
    args = p.parse_args(argv)
    outcomes = collect(args.jobs, args.cache, args.folds)
    if not outcomes:
        raise SystemExit("no shared dev set found: see ../shared/README.md")
    if not args.no_write:
        about = ("Per extractor, raw confidence (x) to mean text F1 (y) on the tune halves "
                 "of the dev sets; fitted by python -m benchmarks.calibrate")
        args.out.write_text(json.dumps({"about": about, "curves": fit(outcomes)}) + "\n")
        print(f"wrote {args.out}", file=sys.stderr)
    if args.sweep:
        print(sweep(outcomes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
