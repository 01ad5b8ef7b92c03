"""Which pages a change moved: every dev page's text F1 and fingerprints, before and after.

    python -m benchmarks.pages OUT                 # one line per page of every set present
    python -m benchmarks.pages OUT --sets aeb,fundus-dev
    python -m benchmarks.pages --diff BEFORE AFTER # the pages whose output changed, and means

The project's rule for a change is counted in pages: how many of each set and half it moved
up and down, and that none moved unexplained. Means hide that; this lists them. Each line
holds the set, the page, its half, its page type, the text F1 by the set's own metric, a
fingerprint of the text and Markdown, and one of the whole `Article` JSON, so that a change
that moves no score but some field (an author, a date, a block's kind) shows too.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from benchmarks.datasets import DATASETS, DatasetMissing, available, load, metric_of
from benchmarks.metrics import page_scorer

FINGERPRINT_CHARS = 12
"""Hex digits of a sha1 kept per fingerprint: enough to tell two outputs of one page apart."""


@dataclass(frozen=True)
class PageLine:
    """One page's line: where it is, how it scored and what came out."""

    dataset: str
    page: str
    half: str
    page_type: str
    f1: float
    text: str
    """Fingerprint of the text and the Markdown."""
    article: str
    """Fingerprint of the whole `Article` JSON."""

    def format(self) -> str:
        return "\t".join((self.dataset, self.page, self.half, self.page_type,
                          f"{self.f1:.4f}", self.text, self.article))

    @classmethod
    def parse(cls, line: str) -> PageLine:
        dataset, page, half, page_type, f1, text, article = line.rstrip("\n").split("\t")
        return cls(dataset, page, half, page_type, float(f1), text, article)


def _fingerprint(*parts: str) -> str:
    return hashlib.sha1("\x00".join(parts).encode()).hexdigest()[:FINGERPRINT_CHARS]


def score_set(name: str) -> list[PageLine]:
    """Every page of one set through the default `extract()`; a page that raises is scored
    as empty and fingerprinted by its error, so that a crash shows as a change."""
    import newsclean

    metric = page_scorer(metric_of(name))
    lines = []
    for page in load(name):
        try:
            article = newsclean.extract(page.html)
            text, markdown, data = article.text, article.to_markdown(), article.model_dump_json()
        except Exception as error:  # a crash is a result to compare
            text = markdown = data = f"error: {error!r}"
        lines.append(PageLine(
            name, page.id, page.half, page.page_type or "", round(metric(page.truth, text).f1, 4),
            _fingerprint(text, markdown), _fingerprint(data),
        ))
    return lines


def write(out: Path, sets: Sequence[str], jobs: int = 2) -> int:
    """Score `sets` (one process per set, `jobs` at a time) into `out`; the page count."""
    with ProcessPoolExecutor(jobs, mp_context=get_context("spawn")) as pool:
        lines = [line for rows in pool.map(score_set, sets) for line in rows]
    out.write_text("".join(line.format() + "\n" for line in lines), encoding="utf-8")
    return len(lines)


def read(path: Path) -> dict[tuple[str, str], PageLine]:
    lines = (PageLine.parse(x) for x in path.read_text(encoding="utf-8").splitlines() if x)
    return {(line.dataset, line.page): line for line in lines}


def diff(before: dict[tuple[str, str], PageLine],
         after: dict[tuple[str, str], PageLine]) -> list[str]:
    """The report: each page whose text or Markdown changed (with its F1 before and after),
    each whose `Article` JSON alone changed, each missing after; then the counts, and the
    mean F1 of every set's halves before and after."""
    report: list[str] = []
    moved = json_only = 0
    for key, old in before.items():
        new = after.get(key)
        if new is None:
            report.append(f"MISSING {old.dataset} {old.page}")
        elif new.text != old.text or new.f1 != old.f1:
            moved += 1
            report.append(f"TEXT {old.dataset} {old.page} {old.half} {old.page_type} "
                          f"{old.f1:.4f} -> {new.f1:.4f}")
        elif new.article != old.article:
            json_only += 1
            report.append(f"JSON {old.dataset} {old.page} {old.half} {old.page_type}")
    report.append(f"text/md changed {moved}, json-only changed {json_only} of {len(before)}")
    for dataset in sorted({line.dataset for line in before.values()}):
        for half in ("tune", "check"):
            keys = [k for k, line in before.items() if line.dataset == dataset
                    and line.half == half and k in after]
            if keys:
                old_mean = _mean(before[k].f1 for k in keys)
                new_mean = _mean(after[k].f1 for k in keys)
                report.append(f"{dataset:15s} {half:5s} {old_mean:.4f} -> {new_mean:.4f}")
    return report


def _mean(values: Iterable[float]) -> float:
    items = list(values)
    return sum(items) / len(items) if items else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pages", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", type=Path, help="file to write the page lines to")
    parser.add_argument("--sets", help=f"comma-separated sets (default: those of "
                        f"{', '.join(DATASETS)} present)")
    parser.add_argument("--jobs", type=int, default=2, help="processes (default 2)")
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"),
                        help="compare two files written by this command")
    args = parser.parse_args(argv)
    if args.diff:
        print("\n".join(diff(read(args.diff[0]), read(args.diff[1]))))
        return 0
    if args.out is None:
        parser.error("give OUT, or --diff BEFORE AFTER")
    sets = args.sets.split(",") if args.sets else available()
    if not sets:
        print("no dev set found: set NEWSCLEAN_DATA to the datasets folder (see README)",
              file=sys.stderr)
        return 2
    try:
        count = write(args.out, sets, args.jobs)
    except DatasetMissing as error:
        print(error, file=sys.stderr)
        return 2
    print(f"{count} pages of {', '.join(sets)} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
