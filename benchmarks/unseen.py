"""The default chain on sites it never saw, inside the tune halves: `python -m benchmarks.unseen`.

    python -m benchmarks.train_blocks --cv 5 --folds-out folds/   # the fold models, once
    python -m benchmarks.unseen --folds folds/                    # every dev set present
    python -m benchmarks.unseen --folds folds/ --datasets wcxb-dev --pages out.jsonl

The learned block scorer is fitted on the tune halves, so on a tune page it has seen the
page's site, and the tune half's figure is in-sample: it says how well the scorer fits, not
how it does on a site nobody tuned on. The check half answers that, but looking at its
pages to find what fails tunes on it. This command gives the tune half an honest figure
too: each tune page is extracted by the default chain with density's scorer replaced by
the fold model fitted without the page's site (`train_blocks --cv K` draws the folds by
site; the chain's calibration is already fitted on such out-of-fold outcomes). Its
failures can be read page by page (`--pages`) without touching the check half.

Printed per set (and per page type where the set has several), each with the set's own
metric, in one run: the tune half as shipped and out of fold, the check half as shipped,
and trafilatura (its default settings, as the main benchmark runs it) on both halves.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from benchmarks.calibrate import fold_model
from benchmarks.datasets import DatasetMissing, Page, available, load, metric_of
from benchmarks.extractors import BY_NAME, ExtractFn
from benchmarks.metrics import PageScore, aggregate, mean_f1, score_page, score_words

SETS = ("aeb", "readability-js", "wcxb-dev", "fundus-dev")
RUNS = ("tune as shipped", "tune out of fold", "check as shipped",
        "trafilatura tune", "trafilatura check")


@dataclass(frozen=True)
class PageResult:
    """One page's scores: newsclean as shipped, out of fold (tune pages only), trafilatura."""

    dataset: str
    id: str
    half: str
    page_type: str | None
    shipped: PageScore
    unseen: PageScore | None
    trafilatura: PageScore


def run_page(args: tuple[str, Page, str | None]) -> PageResult:
    """Extract one page three ways (the out-of-fold one only where a fold model is given)."""
    import newsclean
    from benchmarks.calibrate import fold_forest
    from newsclean.chain import DEFAULT_EXTRACTORS
    from newsclean.errors import NewsCleanError
    from newsclean.extractors.base import Extractor
    from newsclean.extractors.density import DensityExtractor

    name, page, model_path = args
    scorer = score_words if metric_of(name) == "words" else score_page

    def text_of(extractors: list[str | Extractor] | None) -> str:
        try:
            return newsclean.extract(page.html, page.url, extractors=extractors).text
        except NewsCleanError:
            return ""

    shipped = scorer(page.truth, text_of(None))
    unseen = None
    if model_path:
        density = DensityExtractor(forest=fold_forest(model_path))
        members: list[str | Extractor] = [density if e == "density" else e
                                          for e in DEFAULT_EXTRACTORS]
        unseen = scorer(page.truth, text_of(members))
    return PageResult(name, page.id, page.half, page.page_type, shipped, unseen,
                      scorer(page.truth, _trafilatura()(page.html)))


@lru_cache(maxsize=1)
def _trafilatura() -> ExtractFn:
    """trafilatura as the main benchmark runs it (`benchmarks.extractors`), once a process."""
    return BY_NAME["trafilatura"].build()


def collect(names: Sequence[str], folds: Path, jobs: int) -> list[PageResult]:
    """Every page of the named sets with a true text, scored three ways."""
    count = len(list(folds.glob("fold-*-of-*.json")))
    if not count:
        raise SystemExit(f"no fold models in {folds}: run python -m benchmarks.train_blocks "
                         f"--cv 5 --folds-out {folds}")
    work = [(n, p, fold_model(p, folds, count)) for n in names for p in load(n)
            if p.has_truth and p.truth.strip()]
    with ProcessPoolExecutor(jobs) as pool:
        return list(pool.map(run_page, work, chunksize=8))


def figure(name: str, scores: Sequence[PageScore]) -> float | None:
    """The set's own aggregate (WCXB's mean F1, or AEB's F1 of mean P and R)."""
    if not scores:
        return None
    return (mean_f1(scores) if metric_of(name) == "words" else aggregate(scores))[2]


def rows(results: Sequence[PageResult]) -> list[tuple[str, str, int, list[float | None]]]:
    """(set, group, tune pages, the five figures of `RUNS`) per set and per page type."""
    out = []
    for name in dict.fromkeys(r.dataset for r in results):
        mine = [r for r in results if r.dataset == name]
        types = sorted({r.page_type for r in mine if r.page_type})
        groups = [("all", mine)] + (
            [(t, [r for r in mine if r.page_type == t]) for t in types] if len(types) > 1 else []
        )
        for group, rs in groups:
            tune = [r for r in rs if r.half == "tune"]
            check = [r for r in rs if r.half == "check"]
            out.append((name, group, len(tune), [
                figure(name, [r.shipped for r in tune]),
                figure(name, [r.unseen for r in tune if r.unseen is not None]),
                figure(name, [r.shipped for r in check]),
                figure(name, [r.trafilatura for r in tune]),
                figure(name, [r.trafilatura for r in check]),
            ]))
    return out


def table(results: Sequence[PageResult]) -> str:
    """The Markdown table of `rows`."""
    lines = ["| set | group | tune pages | " + " | ".join(RUNS) + " |",
             "|---|---|---:|" + "---:|" * len(RUNS)]
    for name, group, tune_pages, figures in rows(results):
        cells = ["—" if f is None else f"{f:.3f}" for f in figures]
        lines.append(f"| {name} | {group} | {tune_pages} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_pages(results: Sequence[PageResult], path: Path) -> None:
    """One JSON line per page: its set, id, half, type, the three F1s, precisions and recalls."""
    with path.open("w", encoding="utf-8") as out:
        for r in results:
            out.write(json.dumps({
                "dataset": r.dataset, "id": r.id, "half": r.half, "page_type": r.page_type,
                "shipped": round(r.shipped.f1, 4),
                "unseen": None if r.unseen is None else round(r.unseen.f1, 4),
                "trafilatura": round(r.trafilatura.f1, 4),
                **_precision_recall(r),
            }) + "\n")


def _precision_recall(r: PageResult) -> dict[str, float | None]:
    """Each run's precision and recall, to tell text left out from text kept wrongly."""
    runs = {"shipped": r.shipped, "unseen": r.unseen, "trafilatura": r.trafilatura}
    out: dict[str, float | None] = {}
    for run, score in runs.items():
        out[f"{run}_p"] = None if score is None else round(score.precision, 4)
        out[f"{run}_r"] = None if score is None else round(score.recall, 4)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.unseen", description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=Path, required=True, metavar="DIR",
                        help="fold models of python -m benchmarks.train_blocks --cv K "
                             "--folds-out DIR")
    parser.add_argument("--datasets", nargs="+", choices=SETS, default=None)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--pages", type=Path, metavar="JSONL",
                        help="also write every page's three F1s here")
    args = parser.parse_args(argv)
    names = [n for n in (args.datasets or SETS) if n in available()]
    if not names:
        print("benchmarks.unseen: no dev set found (see the README's Data section)",
              file=sys.stderr)
        return 1
    try:
        results = collect(names, args.folds, args.jobs)
    except DatasetMissing as exc:
        print(f"benchmarks.unseen: {exc}", file=sys.stderr)
        return 1
    print(table(results))
    if args.pages:
        write_pages(results, args.pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
