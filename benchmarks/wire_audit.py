"""Precision audit of wire furniture: every dateline and credit line newsclean finds.

    python -m benchmarks.wire_audit [--datasets aeb ...] [--out benchmarks/results/wire-audit.md]

Runs the default `extract()` on every page of the shared sets and lists, page by page, the
dateline (raw text, locations, agency, date, and the words that follow it) and each
credit (its line, role, names and places), so a reader can check each find by eye. A find
judged false becomes a look-alike case in ``tests/data/wire_corpus.json``; the verdicts of
the last check are kept in `FALSE_FINDS` and counted in the report.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import newsclean
from benchmarks.datasets import ROOT, DatasetMissing, load

DATASETS = ("aeb", "readability-js", "wcxb-dev", "fundus-dev")
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "wire-audit.md"
CONTEXT_CHARS = 70
"""Characters of the paragraph shown after a dateline."""

FALSE_FINDS: dict[tuple[str, str], str] = {}
"""(dataset, page id) -> why the find there is false, from the last check by eye."""
FIXED: tuple[tuple[str, str, str], ...] = (
    ("wcxb-dev", "0670", "`SELECT, TABLE, WITH —`: SQL commands read as a place and regions"),
    ("wcxb-dev", "2863", "`SELECT, TABLE, WITH —`: the same page of the PostgreSQL manual"),
    ("wcxb-dev", "0544", "`Edited by ColdJ`: a forum's edit note read as an editing credit"),
)
"""False finds of the first check, fixed since: each is a look-alike case of the corpus."""


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def audit(datasets: tuple[str, ...]) -> tuple[list[str], Counter[str], Counter[str]]:
    """The report's rows and the count of finds per dataset (datelines, credits)."""
    rows: list[str] = []
    datelines: Counter[str] = Counter()
    credits: Counter[str] = Counter()
    for name in datasets:
        try:
            pages = load(name)
        except DatasetMissing as exc:
            print(f"skipping {name}: {exc}", file=sys.stderr)
            continue
        for page in pages:
            try:
                article = newsclean.extract(page.html, url=page.url, strip_wire=False)
            except newsclean.errors.NewsCleanError:
                continue
            verdict = FALSE_FINDS.get((name, page.id), "")
            if article.dateline is not None:
                datelines[name] += 1
                d = article.dateline
                after = article.text.split(d.raw, 1)[-1][:CONTEXT_CHARS] if d.raw else ""
                rows.append(
                    f"| {name} | {page.id} | dateline | `{_cell(d.raw)}` | "
                    f"{_cell('; '.join(d.locations))} | {_cell(d.agency or '')} | "
                    f"{_cell(d.date or '')} | {_cell(after)}… | {verdict} |"
                )
            seen: set[str] = set()
            for credit in article.credits:
                if credit.raw and credit.raw not in seen:
                    seen.add(credit.raw)
                    credits[name] += 1
                people = ", ".join(
                    f"{n} ({p})" if p else n
                    for n, p in zip(credit.names, credit.places or [""] * len(credit.names),
                                    strict=False)
                )
                rows.append(
                    f"| {name} | {page.id} | credit: {credit.role} | `{_cell(credit.raw or '')}` "
                    f"| {_cell(people)} | {_cell(article.agency or '')} | | | {verdict} |"
                )
    return rows, datelines, credits


def report(datasets: tuple[str, ...]) -> str:
    rows, datelines, credits = audit(datasets)
    false = Counter(name for name, _ in FALSE_FINDS)
    lines = [
        "# Wire furniture found on the shared sets",
        "",
        "Every dateline and credit line the default `extract()` reads on every page "
        "(`python -m benchmarks.wire_audit`), for checking by eye. A false find becomes a "
        "look-alike case in `tests/data/wire_corpus.json`.",
        "",
        "| dataset | datelines | credit lines | false finds |",
        "|---|---:|---:|---:|",
        *(f"| {n} | {datelines[n]} | {credits[n]} | {false[n]} |" for n in datasets),
        "",
        "False finds of the first check, fixed since (each is now a look-alike case): "
        + "; ".join(f"{d} {p}: {why}" for d, p, why in FIXED) + ".",
        "",
        "| dataset | page | what | raw | locations / names (places) | agency | date | "
        "followed by | verdict |",
        "|---|---|---|---|---|---|---|---|---|",
        *rows,
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--datasets", nargs="+", default=list(DATASETS))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    text = report(tuple(args.datasets))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
