"""Time and peak memory of `extract` against page size: is the cost at most linear?

    python -m benchmarks.scaling                     # 100 KB .. 20 MB, the default chain
    python -m benchmarks.scaling --extractors density --sizes 0.1,1,10

Synthetic pages (a long article with inline links, a growing comment thread and related
links, a fixed header and footer) are generated deterministically. Each size runs in its
own process so the peak memory of one does not hide another's: the child reports the
growth of its resident-set high-water mark across `extract` (after a warm-up), and the
wall time of one `extract`. Growth ratios compare consecutive sizes:
(time ratio) / (size ratio); at or below ~1 the cost grows at most linearly. The log-log
slope over all sizes summarises the same (1.0 = linear).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_SIZES_MB = (0.1, 0.3, 1.0, 3.0, 10.0, 20.0)
_TEXT = (
    "the council said on Tuesday that its budget would fund new schools roads and a library "
    "while critics argued the plan raised taxes for small businesses in the town centre and "
    "the mayor promised a review of spending within six months after residents voted"
)
_WORDS = _TEXT.split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 22))]
    if rng.random() < 0.3:
        i = rng.randrange(len(words))
        words[i] = f'<a href="/story/{rng.randint(1, 99999)}">{words[i]}</a>'
    return " ".join(words).capitalize() + "."


def synthetic_page(size_bytes: int, seed: int = 6) -> str:
    """A news-like page of about `size_bytes` bytes (UTF-8)."""
    rng = random.Random(seed)
    nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(20))
    head = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>A long story</title>"
        "<meta property='og:title' content='A long story'></head><body>"
        f"<header class='site-header'><nav class='menu'><ul>{nav}</ul></nav></header>"
        "<main><article class='story-body'><h1>A long story</h1>"
    )
    tail = (
        "<footer class='site-footer'><p>Copyright. All rights reserved.</p></footer>"
        "</body></html>"
    )
    parts = [head]
    size = len(head) + len(tail)
    comments: list[str] = []
    n = 0
    while size < size_bytes:
        n += 1
        paragraph = "<p>" + " ".join(_sentence(rng) for _ in range(rng.randint(3, 7))) + "</p>"
        if n % 12 == 0:
            paragraph = f"<h2>Part {n // 12}</h2>" + paragraph
        parts.append(paragraph)
        size += len(paragraph)
        if n % 4 == 0:
            comment = (
                f"<div class='comment'><span class='author'>reader{n}</span>"
                f"<p>{_sentence(rng)}</p><a href='/reply/{n}'>Reply</a></div>"
            )
            comments.append(comment)
            size += len(comment)
    related = "".join(f"<li><a href='/related/{i}'>Related {i}</a></li>" for i in range(10))
    parts.append(
        f"</article><aside class='related'><ul>{related}</ul></aside>"
        f"<section class='comments'>{''.join(comments)}</section></main>"
    )
    parts.append(tail)
    return "".join(parts)


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure_one(path: Path, extractors: list[str] | None) -> dict[str, float]:
    """In a fresh process: time and memory growth of one `extract` of the page at `path`."""
    import newsclean
    from newsclean.document import Limits

    data = path.read_bytes()
    limits = Limits(max_bytes=max(len(data) + 1, Limits().max_bytes))
    from newsclean.pipeline import preload

    preload(extractors)  # warm-up: lazy imports are not part of the page's cost
    newsclean.extract(synthetic_page(3_000, seed=1), extractors=extractors)
    base = _maxrss_mb()
    start = time.perf_counter()
    article = newsclean.extract(data, extractors=extractors, limits=limits)
    seconds = time.perf_counter() - start
    return {
        "bytes": len(data),
        "seconds": seconds,
        "peak_mb": _maxrss_mb() - base,
        "words": article.word_count,
    }


def run(sizes_mb: list[float], extractors: list[str] | None) -> list[dict[str, float]]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="newsclean-scaling-") as tmp:
        for mb in sizes_mb:
            path = Path(tmp) / f"page-{mb}.html"
            path.write_text(synthetic_page(int(mb * 1_000_000)), encoding="utf-8")
            cmd = [sys.executable, "-m", "benchmarks.scaling", "--one", str(path)]
            if extractors:
                cmd += ["--extractors", ",".join(extractors)]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
            row = json.loads(out.strip().splitlines()[-1])
            rows.append(row)
            print(
                f"  {row['bytes'] / 1e6:7.2f} MB  {row['seconds']:8.2f} s  "
                f"{row['peak_mb']:8.1f} MB peak  {row['words']:>9} words",
                file=sys.stderr,
            )
    return rows


def _slope(xs: list[float], ys: list[float]) -> float:
    lx = [math.log(x) for x in xs]
    ly = [math.log(max(y, 1e-6)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    num = sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True))
    den = sum((a - mx) ** 2 for a in lx)
    return num / den if den else float("nan")


def report(rows: list[dict[str, float]]) -> str:
    lines = [
        "| size MB | time s | s/MB | peak MB | peak MB/MB | time growth | memory growth |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    prev: dict[str, float] | None = None
    for row in rows:
        mb = row["bytes"] / 1e6
        growth_t = growth_m = "-"
        if prev is not None:
            size_ratio = row["bytes"] / prev["bytes"]
            growth_t = f"{row['seconds'] / prev['seconds'] / size_ratio:.2f}"
            if prev["peak_mb"] > 1:
                growth_m = f"{row['peak_mb'] / prev['peak_mb'] / size_ratio:.2f}"
        lines.append(
            f"| {mb:.2f} | {row['seconds']:.2f} | {row['seconds'] / mb:.2f} | "
            f"{row['peak_mb']:.1f} | {row['peak_mb'] / mb:.1f} | {growth_t} | {growth_m} |"
        )
        prev = row
    sizes = [r["bytes"] for r in rows]
    lines.append("")
    lines.append(
        "growth = (cost ratio) / (size ratio) between consecutive sizes; "
        f"log-log slope: time {_slope(sizes, [r['seconds'] for r in rows]):.2f}, "
        f"memory {_slope(sizes, [max(r['peak_mb'], 0.1) for r in rows]):.2f} (1.00 = linear)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", help="comma-separated sizes in MB (default 0.1..20)")
    parser.add_argument("--extractors", help="comma-separated plug-ins (default: the chain)")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # child mode: one page, JSON out
    args = parser.parse_args(argv)
    extractors = args.extractors.split(",") if args.extractors else None
    if args.one:
        print(json.dumps(measure_one(Path(args.one), extractors)))
        return 0
    sizes = [float(s) for s in args.sizes.split(",")] if args.sizes else list(DEFAULT_SIZES_MB)
    chain = ",".join(extractors) if extractors else "default chain"
    print(f"scaling of extract() ({chain}), one process per size:", file=sys.stderr)
    print(report(run(sizes, extractors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
