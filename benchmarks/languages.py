"""How much the density extractor leans on word lists: `python -m benchmarks.languages`.

    python -m benchmarks.languages                   # every dev set present
    python -m benchmarks.languages --datasets aeb fundus-dev --limit 50

jusText's stoplists cover 20 languages (`newsclean.stoplists.LANGUAGES`); a page in any
other (Korean, Greek, Arabic, Vietnamese, ...) or too list-like to tell gets no stoplist,
and the density rules then read no stopword share. Two figures say what that costs, with
each set's own metric (as the ratchet scores it) and per half:

1. every page of each set extracted twice in one run, as shipped and with no stoplist on
   any page (as if every page were in a language without one);
2. the pages grouped by what the shipped code found: a stoplist language, or none (with the
   language the page declares), and their mean F1.

A large fall in (1) would mean pages in languages without a list are at risk; (2) shows the
pages we have of such languages.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

from benchmarks.datasets import DatasetMissing, available, load
from benchmarks.ratchet import Output, newsclean_output, score_set


@contextlib.contextmanager
def no_stoplists() -> Iterator[None]:
    """Within the block, the density rules find no stoplist on any page."""
    from newsclean.extractors import rules

    shipped = rules.choose_stoplist
    rules.choose_stoplist = lambda root, blocks: frozenset()  # type: ignore[assignment]
    try:
        yield
    finally:
        rules.choose_stoplist = shipped  # type: ignore[assignment]


def page_language(html: bytes) -> str:
    """"stoplist" when the shipped code reads the page with a stoplist, else "none (xx)"
    with the language the page declares ("?" for none)."""
    from newsclean.blocks import blocks_language, document_blocks
    from newsclean.document import load as load_document
    from newsclean.errors import NewsCleanError

    try:
        doc = load_document(html)
    except NewsCleanError:
        return "none (unreadable)"
    declared = doc.tree.get("lang") or doc.tree.get("xml:lang")
    if blocks_language(document_blocks(doc), declared):
        return "stoplist"
    return f"none ({(declared or '?')[:2].lower()})"


def run(names: Sequence[str], base: Path | None, limit: int | None) -> str:
    ablation = ["| set | half | pages | as shipped | no stoplist | change |",
                "|---|---|---:|---:|---:|---:|"]
    groups = ["| set | stoplist found | pages | mean F1 |", "|---|---|---:|---:|"]
    for name in names:
        pages = [p for p in load(name, base, limit) if p.has_truth]
        halves = {h: {p.id for p in load(name, base, None, h)} for h in ("tune", "check")}
        shipped: dict[str, Output] = {}
        without: dict[str, Output] = {}
        for page in pages:
            shipped[page.id] = newsclean_output(page.html)
            with no_stoplists():
                without[page.id] = newsclean_output(page.html)
        for half, ids in (("all", None), *halves.items()):
            chosen = [p for p in pages if ids is None or p.id in ids]
            a = score_set(name, chosen, shipped).figures["text"]
            b = score_set(name, chosen, without).figures["text"]
            ablation.append(
                f"| {name} | {half} | {len(chosen)} | {a:.4f} | {b:.4f} | {b - a:+.4f} |"
            )
        f1 = score_set(name, pages, shipped).pages["text"]
        by_language: dict[str, list[float]] = defaultdict(list)
        for page in pages:
            by_language[page_language(page.html)].append(f1[page.id])
        for key, values in sorted(by_language.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            groups.append(f"| {name} | {key} | {len(values)} | {sum(values) / len(values):.4f} |")
        print(f"{name}: done", file=sys.stderr, flush=True)
    return "\n".join(["Text F1 as shipped and with no stoplist on any page:", "", *ablation, "",
                      "Pages by whether the shipped code found a stoplist language:", "", *groups])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.languages", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets", nargs="*", help="sets to run (default: every one present)")
    parser.add_argument("--data", type=Path,
                        help="folder holding the sets (default ../shared/datasets)")
    parser.add_argument("--limit", type=int, help="first N pages of each set")
    args = parser.parse_args(argv)
    import logging

    logging.disable(logging.CRITICAL)
    names = args.datasets or available(args.data)
    if not names:
        print("no dev set found: see docs/benchmarks.md for where they come from", file=sys.stderr)
        return 0
    try:
        print(run(names, args.data, args.limit))
    except DatasetMissing as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
