"""Fit the confidence curves of `newsclean.calibration` and choose the chain's threshold.

    python -m benchmarks.calibrate            # fit on the tune halves, write calibration.json
    python -m benchmarks.calibrate --sweep    # also: the chain's F1 per threshold, both halves

Runs the default chain's two members alone on every page of the shared dev sets — density
(its learned scorer) and trafilatura-fast — and records each one's raw confidence and the
text F1 of its answer (the set's own metric, per page). Each member's curve is the isotonic
regression of F1 on raw confidence over the **tune** halves (pool-adjacent-violators, then
one knot per block of equal values). The sweep replays the chain, density first, then
trafilatura-fast when density's expected F1 is under the threshold and the more
confident on the common scale wins, for each threshold, on both halves: the threshold is
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
from pathlib import Path

from benchmarks.datasets import Page, available, load, metric_of
from benchmarks.metrics import score_page, score_words

ROOT = Path(__file__).resolve().parent.parent
CURVES = ROOT / "newsclean" / "data" / "calibration.json"
SETS = ("aeb", "readability-js", "wcxb-dev", "fundus-dev")
MEMBERS = {"density": "density", "trafilatura-fast": "trafilatura"}
"""The chain's members, and the extractor name their candidates carry."""
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(6, 21))


@dataclass
class Outcome:
    """One page: where it is from, and each member's raw confidence and F1."""

    set: str
    half: str
    raw: dict[str, float]
    f1: dict[str, float]


def run_page(args: tuple[str, Page]) -> Outcome | None:
    from newsclean.chain import get_extractor
    from newsclean.document import load as load_doc
    from newsclean.errors import NewsCleanError

    name, page = args
    try:
        doc = load_doc(page.html, url=page.url)
    except NewsCleanError:
        return None
    scorer = score_words if metric_of(name) == "words" else score_page
    raw, f1 = {}, {}
    for member in MEMBERS:
        candidate = get_extractor(member).extract(doc)
        raw[member] = candidate.confidence
        f1[member] = scorer(page.truth, candidate.text).f1
    return Outcome(name, page.half, raw, f1)


def collect(jobs: int, cache: Path | None) -> list[Outcome]:
    if cache and cache.is_file():
        outcomes: list[Outcome] = pickle.loads(cache.read_bytes())
        return outcomes
    work = [(s, p) for s in SETS if s in available() for p in load(s) if p.truth.strip()]
    with ProcessPoolExecutor(jobs) as pool:
        outcomes = [o for o in pool.map(run_page, work, chunksize=8) if o is not None]
    if cache:
        cache.write_bytes(pickle.dumps(outcomes))
    return outcomes


def isotonic(points: Sequence[tuple[float, float]]) -> tuple[list[float], list[float]]:
    """Pool-adjacent-violators over (raw, f1) points sorted by raw; knots at the mean raw
    confidence of each pooled block."""
    blocks: list[list[float]] = []  # [sum_x, sum_y, count]
    for x, y in sorted(points):
        blocks.append([x, y, 1.0])
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
    tune = [o for o in outcomes if o.half == "tune"]
    curves = {}
    for member, name in MEMBERS.items():
        xs, ys = isotonic([(o.raw[member], o.f1[member]) for o in tune])
        curves[name] = {"x": xs, "y": ys}
    return curves


def sweep(outcomes: Sequence[Outcome]) -> str:
    """The replayed chain's mean F1 per threshold, set and half (and the best of both)."""
    from newsclean.calibration import Curve

    fitted = fit(outcomes)
    curve = {m: Curve(tuple(fitted[n]["x"]), tuple(fitted[n]["y"])) for m, n in MEMBERS.items()}
    keys = [(s, h) for s in SETS for h in ("tune", "check")
            if any(o.set == s and o.half == h for o in outcomes)]
    head = "| threshold | " + " | ".join(f"{s} {h}" for s, h in keys) + " | fallbacks |"
    lines = [head, "|---" * (len(keys) + 2) + "|"]

    def chain(o: Outcome, theta: float) -> tuple[float, bool]:
        d = curve["density"](o.raw["density"])
        if d >= theta:
            return o.f1["density"], False
        t = curve["trafilatura-fast"](o.raw["trafilatura-fast"])
        return (o.f1["trafilatura-fast"] if t > d else o.f1["density"]), True

    for theta in THRESHOLDS:
        cells, falls = [], 0
        for s, h in keys:
            pages = [o for o in outcomes if o.set == s and o.half == h]
            results = [chain(o, theta) for o in pages]
            falls += sum(f for _, f in results)
            cells.append(f"{sum(f for f, _ in results) / len(pages):.4f}")
        lines.append(f"| {theta:.2f} | " + " | ".join(cells) + f" | {falls / len(outcomes):.1%} |")
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
    args = p.parse_args(argv)
    outcomes = collect(args.jobs, args.cache)
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
