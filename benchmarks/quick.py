"""Quick F1 check for development: `python -m benchmarks.quick [extractor ...]`."""

from __future__ import annotations

import sys
import time

from benchmarks.datasets import DATASETS
from benchmarks.metrics import aggregate, score_page
from newsclean.document import load
from newsclean.extractors import base


def main(argv: list[str]) -> None:
    names = argv or ["density"]
    for ds_name, loader in DATASETS.items():
        pages = list(loader())
        for name in names:
            extractor = base.get(name)
            scores, spent = [], 0.0
            for page in pages:
                doc = load(page.html, url=page.url)
                start = time.perf_counter()
                cand = extractor.extract(doc)
                spent += time.perf_counter() - start
                scores.append(score_page(page.truth, cand.text))
            p, r, f = aggregate(scores)
            print(f"{ds_name:15} {name:12} P={p:.3f} R={r:.3f} F1={f:.3f} t={spent:.1f}s")


if __name__ == "__main__":
    main(sys.argv[1:])
