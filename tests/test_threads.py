"""`extract` is thread-safe: 8 threads give exactly the sequential results."""

from __future__ import annotations

import gzip
import os
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import newsclean

ROOT = Path(__file__).resolve().parent.parent
THREADS = 8
CHAINS: list[tuple[tuple[str, ...] | None, str | None]] = [
    (None, None),
    (("density", "trafilatura", "readability"), "vote"),
]


def _dataset_pages(limit: int) -> list[bytes]:
    root = Path(os.environ.get("NEWSCLEAN_DATA", ROOT.parent / "shared" / "datasets"))
    files = sorted((root / "aeb" / "html").glob("*.html.gz"))[:limit]
    return [gzip.decompress(f.read_bytes()) for f in files]


def _synthetic_pages() -> list[str]:
    rng = random.Random(8)
    words = ["council", "budget", "school", "river", "mayor", "vote", "report", "said"]
    pages = []
    for n in range(6):
        paragraphs = "".join(
            "<p>" + " ".join(rng.choice(words) for _ in range(40 + 10 * n)) + ".</p>"
            for _ in range(3 + n)
        )
        nav = "".join(f"<li><a href='/{i}'>{rng.choice(words)}</a></li>" for i in range(12))
        pages.append(
            f"<html><head><title>Page {n}</title><meta charset='utf-8'></head><body>"
            f"<nav><ul>{nav}</ul></nav><article><h1>Story {n}</h1>{paragraphs}</article>"
            "<footer>Copyright</footer></body></html>"
        )
    return pages


@pytest.fixture(scope="module")
def pages(sample_html: bytes) -> list[str | bytes]:
    found: list[str | bytes] = [sample_html, *_synthetic_pages(), *_dataset_pages(6)]
    return found


def _run(page: str | bytes, chain: tuple[tuple[str, ...] | None, str | None]) -> str:
    extractors, policy = chain
    return newsclean.extract(page, extractors=extractors, policy=policy).model_dump_json()


@pytest.mark.parametrize("chain", CHAINS, ids=["default", "vote-of-three"])
def test_threads_match_a_sequential_run(
    pages: list[str | bytes], chain: tuple[tuple[str, ...] | None, str | None]
) -> None:
    expected = [_run(p, chain) for p in pages]
    # Each page three times, shuffled, so threads share pages and chains at the same time.
    jobs = [i for i in range(len(pages)) for _ in range(3)]
    random.Random(1).shuffle(jobs)
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(lambda i: (i, _run(pages[i], chain)), jobs))
    assert any('"text":""' not in r for r in expected)  # the pages do yield articles
    for i, result in results:
        assert result == expected[i], f"page {i} differs under {THREADS} threads"
