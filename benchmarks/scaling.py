"""Time and peak memory of `extract` against page size: is the cost at most linear?

    python -m benchmarks.scaling                     # 10 KB .. 10 MB, the default chain
    python -m benchmarks.scaling --shape cards --sizes 0.01,0.1,1,10
    python -m benchmarks.scaling --shape all         # every shape, one table each

Synthetic pages are generated deterministically in several shapes (`SHAPES`): a long
article with inline links, a comment thread and related links (`article`); a listing of
many small linked cards (`cards`); one huge paragraph (`wall`); nested boxes as deep as
the parser keeps (`deep`); a large table (`table`). Each size runs in its own process so
the peak memory of one does not hide another's. The child reports, after a warm-up: the
time of `extract` (the fastest of several calls on small pages) and of each of its stages
(`newsclean.pipeline.timed_extract`), the growth of its resident-set high-water mark across
the first call (C allocations included: lxml's tree) and the peak of Python's own heap
during one call (tracemalloc). Growth ratios compare consecutive sizes:
(cost ratio) / (size ratio); at or below ~1 the cost grows at most linearly. The log-log
slope over all sizes summarises the same (1.0 = linear), for the whole call and each stage.
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
from typing import Any

DEFAULT_SIZES_MB = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
REPEAT_SECONDS = 1.0
"""Small pages are extracted again until this much time is spent, keeping the fastest."""
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


def _cards_page(size_bytes: int, seed: int = 6) -> str:
    """A listing: many small cards, each a linked headline, a teaser and a byline."""
    rng = random.Random(seed)
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Latest</title></head>"
             "<body><main><h1>Latest stories</h1><ul class='cards'>"]
    size, n = len(parts[0]), 0
    while size < size_bytes:
        n += 1
        card = (f"<li class='card'><a href='/story/{n}'><h3>{_sentence(rng)}</h3></a>"
                f"<p>{_sentence(rng)}</p><span class='by'>By reader{n}</span></li>")
        parts.append(card)
        size += len(card)
    parts.append("</ul></main></body></html>")
    return "".join(parts)


def _wall_page(size_bytes: int, seed: int = 6) -> str:
    """One paragraph as long as the page: no markup inside to split it."""
    rng = random.Random(seed)
    words: list[str] = []
    size = 0
    while size < size_bytes:
        word = rng.choice(_WORDS)
        words.append(word + ("." if rng.random() < 0.07 else ""))
        size += len(word) + 1
    return ("<html><head><title>A wall</title></head><body><article><p>"
            + " ".join(words) + "</p></article></body></html>")


def _deep_page(size_bytes: int, seed: int = 6) -> str:
    """Boxes nested 200 deep (below the parser's cap), repeated: every block sits under a
    long chain of ancestors."""
    rng = random.Random(seed)
    parts = ["<html><head><title>Deep</title></head><body>"]
    size = len(parts[0])
    while size < size_bytes:
        inner = "".join(f"<p>{_sentence(rng)} {_sentence(rng)}</p>" for _ in range(20))
        chunk = "<div class='box'>" * 200 + inner + "</div>" * 200
        parts.append(chunk)
        size += len(chunk)
    parts.append("</body></html>")
    return "".join(parts)


def _table_page(size_bytes: int, seed: int = 6) -> str:
    """One large data table with a caption, inside an article."""
    rng = random.Random(seed)
    parts = ["<html><head><title>Figures</title></head><body><article><h1>Figures</h1>"
             "<p>The table below lists every figure.</p><table><caption>All</caption>"]
    size, n = len(parts[0]), 0
    while size < size_bytes:
        n += 1
        row = "<tr>" + "".join(f"<td>{rng.choice(_WORDS)} {rng.randint(1, 9999)}</td>"
                               for _ in range(6)) + "</tr>"
        parts.append(row)
        size += len(row)
    parts.append("</table></article></body></html>")
    return "".join(parts)


SHAPES = {
    "article": synthetic_page,
    "cards": _cards_page,
    "wall": _wall_page,
    "deep": _deep_page,
    "table": _table_page,
}
"""Page generators by name: size in bytes -> page."""


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure_one(path: Path, extractors: list[str] | None) -> dict[str, Any]:
    """In a fresh process: time and memory growth of one `extract` of the page at `path`."""
    import tracemalloc

    import newsclean
    from newsclean.document import Limits
    from newsclean.pipeline import preload, timed_extract

    data = path.read_bytes()
    limits = Limits(max_bytes=max(len(data) + 1, Limits().max_bytes),
                    max_elements=max(len(data), Limits().max_elements))
    preload(extractors)  # warm-up: lazy imports are not part of the page's cost
    newsclean.extract(synthetic_page(3_000, seed=1), extractors=extractors)
    base = _maxrss_mb()
    start = time.perf_counter()
    article = newsclean.extract(data, extractors=extractors, limits=limits)
    seconds = time.perf_counter() - start
    rss = _maxrss_mb() - base
    spent, runs = seconds, 1
    while spent < REPEAT_SECONDS and runs < 50:
        start = time.perf_counter()
        newsclean.extract(data, extractors=extractors, limits=limits)
        took = time.perf_counter() - start
        seconds, spent, runs = min(seconds, took), spent + took, runs + 1
    stages: dict[str, float] = {}
    for _ in range(min(runs, 5)):
        times = timed_extract(data, extractors=extractors, limits=limits)[1]
        if not stages or sum(times.values()) < sum(stages.values()):
            stages = times
    tracemalloc.start()
    newsclean.extract(data, extractors=extractors, limits=limits)
    heap = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return {
        "bytes": len(data),
        "seconds": seconds,
        "peak_mb": rss,
        "heap_mb": heap,
        "words": article.word_count,
        "stages": stages,
    }


def run(sizes_mb: list[float], extractors: list[str] | None,
        shape: str = "article") -> list[dict[str, Any]]:
    """One child process per size: the rows of `measure_one`."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="newsclean-scaling-") as tmp:
        for mb in sizes_mb:
            path = Path(tmp) / f"page-{mb}.html"
            path.write_text(SHAPES[shape](int(mb * 1_000_000)), encoding="utf-8")
            cmd = [sys.executable, "-m", "benchmarks.scaling", "--one", str(path)]
            if extractors:
                cmd += ["--extractors", ",".join(extractors)]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
            row = json.loads(out.strip().splitlines()[-1])
            rows.append(row)
            print(
                f"  {shape:8} {row['bytes'] / 1e6:7.2f} MB  {row['seconds']:8.3f} s  "
                f"{row['peak_mb']:8.1f} MB RSS  {row['heap_mb']:8.1f} MB heap  "
                f"{row['words']:>9} words",
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


def _growth(now: float, before: float, size_ratio: float, floor: float) -> str:
    return f"{now / before / size_ratio:.2f}" if before > floor else "-"


def report(rows: list[dict[str, Any]]) -> str:
    """The table of one shape: time, memory, their growth, and each stage's slope."""
    lines = [
        "| size MB | time s | ms/MB | RSS growth MB | Python heap peak MB | heap MB/MB "
        "| time growth | heap growth |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    prev: dict[str, Any] | None = None
    for row in rows:
        mb = row["bytes"] / 1e6
        growth_t = growth_m = "-"
        if prev is not None:
            ratio = row["bytes"] / prev["bytes"]
            growth_t = _growth(row["seconds"], prev["seconds"], ratio, 0.0)
            growth_m = _growth(row["heap_mb"], prev["heap_mb"], ratio, 0.5)
        lines.append(
            f"| {mb:.2f} | {row['seconds']:.3f} | {1000 * row['seconds'] / mb:.0f} | "
            f"{row['peak_mb']:.1f} | {row['heap_mb']:.1f} | {row['heap_mb'] / mb:.1f} | "
            f"{growth_t} | {growth_m} |"
        )
        prev = row
    sizes = [r["bytes"] for r in rows]
    stages = [k for k in rows[-1].get("stages", {}) if k != "extractors"]
    slopes = ", ".join(
        f"{name.removeprefix('extractor:')} "
        f"{_slope(sizes, [r['stages'][name] for r in rows]):.2f}"
        for name in stages if all(name in r.get("stages", {}) for r in rows)
    )
    lines.append("")
    lines.append(
        "growth = (cost ratio) / (size ratio) between consecutive sizes; "
        f"log-log slope: time {_slope(sizes, [r['seconds'] for r in rows]):.2f}, "
        f"Python heap {_slope(sizes, [max(r['heap_mb'], 0.1) for r in rows]):.2f}, "
        f"RSS {_slope(sizes, [max(r['peak_mb'], 0.1) for r in rows]):.2f} (1.00 = linear); "
        f"time of each stage: {slopes}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", help="comma-separated sizes in MB (default 0.01..10)")
    parser.add_argument("--extractors", help="comma-separated plug-ins (default: the chain)")
    parser.add_argument("--shape", default="article", choices=[*SHAPES, "all"],
                        help="the kind of synthetic page (default: article)")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # child mode: one page, JSON out
    args = parser.parse_args(argv)
    extractors = args.extractors.split(",") if args.extractors else None
    if args.one:
        print(json.dumps(measure_one(Path(args.one), extractors)))
        return 0
    sizes = [float(s) for s in args.sizes.split(",")] if args.sizes else list(DEFAULT_SIZES_MB)
    chain = ",".join(extractors) if extractors else "default chain"
    print(f"scaling of extract() ({chain}), one process per size:", file=sys.stderr)
    for shape in SHAPES if args.shape == "all" else [args.shape]:
        print(f"\n### `{shape}` pages\n\n{report(run(sizes, extractors, shape))}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
