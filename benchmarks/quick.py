"""Quick F1 and speed check: `python -m benchmarks.quick [--dataset NAME] [extractor ...]`.

Without names it compares, on every page of each dataset and in the same run (pages are
interleaved, so load on a shared machine hits every contestant alike):

- ``density``: our extractor alone, timed on the parsed `Document`;
- ``trafilatura-ref``: trafilatura as people use it, ``trafilatura.extract(html)`` with
  default settings on the page bytes (its time includes its own parsing);
- ``readability``: the readability-lxml plug-in on the parsed `Document`;
- ``chain``: the default chain, timed from the bytes (decoding and parsing included).

It also times ``lxml.html.document_fromstring`` on the bytes, and prints density's time
as a multiple of that parse time, and the chain's as a share of trafilatura's.
Any other name is a registered plug-in or a chain preset (e.g. ``trafilatura-fast``).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import lxml.html

from benchmarks.datasets import DATASETS, Page
from benchmarks.metrics import PageScore, aggregate, score_page
from newsclean.chain import Chain, get_extractor
from newsclean.document import Document, load
from newsclean.pipeline import preload

DEFAULT_NAMES = ("density", "trafilatura-ref", "readability", "chain")


@dataclass
class Tally:
    """Scores and time of one contestant over a dataset."""

    scores: list[PageScore] = field(default_factory=list)
    seconds: float = 0.0


def _contestant(name: str) -> Callable[[Page, Document], tuple[str, float]]:
    """A function page -> (text, seconds) for a contestant name."""
    clock = time.perf_counter
    if name == "trafilatura-ref":
        import trafilatura

        def run_reference(page: Page, doc: Document) -> tuple[str, float]:
            start = clock()
            text = trafilatura.extract(page.html, url=page.url) or ""
            return text, clock() - start

        return run_reference
    if name == "chain":
        chain = Chain()
        preload()  # the fallback's library is imported on first use: not inside the timing

        def run_chain(page: Page, doc: Document) -> tuple[str, float]:
            start = clock()
            candidate = chain.run(load(page.html, url=page.url))
            return candidate.text, clock() - start

        return run_chain
    extractor = get_extractor(name)

    def run_plugin(page: Page, doc: Document) -> tuple[str, float]:
        start = clock()
        candidate = extractor.extract(doc)
        return candidate.text, clock() - start

    return run_plugin


def run(dataset: str, names: list[str]) -> dict[str, Tally]:
    """Score and time every contestant on every page of `dataset`."""
    pages = list(DATASETS[dataset]())
    contestants = {name: _contestant(name) for name in names}
    tallies = {name: Tally() for name in names}
    parse = Tally()
    for page in pages:
        start = time.perf_counter()
        lxml.html.document_fromstring(page.html)
        parse.seconds += time.perf_counter() - start
        doc = load(page.html, url=page.url)
        for name, contestant in contestants.items():
            text, seconds = contestant(page, doc)
            tallies[name].seconds += seconds
            tallies[name].scores.append(score_page(page.truth, text))
    tallies["lxml-parse"] = parse
    return tallies


def report(dataset: str, tallies: dict[str, Tally]) -> None:
    parse = tallies["lxml-parse"].seconds
    for name, tally in tallies.items():
        if name == "lxml-parse":
            continue
        p, r, f = aggregate(tally.scores)
        ratio = tally.seconds / parse if parse else 0.0
        print(
            f"{dataset:15} {name:16} P={p:.3f} R={r:.3f} F1={f:.3f} "
            f"t={tally.seconds:6.2f}s ({ratio:5.1f}x parse)"
        )
    print(f"{dataset:15} {'lxml-parse':16} t={parse:6.2f}s")
    if "chain" in tallies and "trafilatura-ref" in tallies:
        share = tallies["chain"].seconds / tallies["trafilatura-ref"].seconds
        print(f"{dataset:15} chain time / trafilatura time = {share:.2f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("names", nargs="*", help=f"contestants (default: {DEFAULT_NAMES})")
    parser.add_argument("--dataset", choices=sorted(DATASETS), action="append")
    args = parser.parse_args(argv)
    names = args.names or list(DEFAULT_NAMES)
    for dataset in args.dataset or list(DATASETS):
        report(dataset, run(dataset, names))


if __name__ == "__main__":
    main()
