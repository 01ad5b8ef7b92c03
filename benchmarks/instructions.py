"""Instructions, not seconds: `python -m benchmarks.instructions`.

    python -m benchmarks.instructions                        # 30 pages of each dev set
    python -m benchmarks.instructions --per-set 10 --tools newsclean trafilatura lxml

Wall-clock time on a shared machine moves by 10-30% with the load, so a change that saves
3% cannot be seen in seconds. Valgrind's callgrind counts the instructions a process
executes, the same on every run whatever else the machine does. Each tool (`TOOLS`) runs
twice under callgrind on the same pages: once up to its warm-up call on the first page
(imports, models, caches; newsclean's `preload()`, which imports what its chain loads
lazily), once on to every page; the difference is the extraction alone.
`newsclean/lxml` says how many plain parses `extract()` costs and `newsclean/trafilatura`
its share of trafilatura's work (issue 19's ratios), without noise. Instructions are not
time (a cache miss costs more than an add), but two versions of pure Python code on the
same pages compare well by them.

Pages: `--per-set` evenly spaced pages of each set (the same ones every run). Needs
`valgrind` on the PATH (Debian: `apt-get install valgrind`); without it the command says
so and exits 2. A run under callgrind is about 50 times slower than without it: the
default 120 pages take about five minutes for newsclean and as long for trafilatura.
"""

from __future__ import annotations

import argparse
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

TOOLS: dict[str, str] = {
    "newsclean": "newsclean.extract(html)",
    "trafilatura": "trafilatura.extract(html, include_comments=False)",
    "lxml": "lxml.html.document_fromstring(html)",
}
"""What each tool runs on a page's bytes, as the main benchmark runs it."""
PER_SET = 30
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _extractor(tool: str) -> Callable[[bytes], object]:
    """The call of `TOOLS[tool]`, imported here (the imports are part of the warm-up)."""
    if tool == "newsclean":
        import newsclean
        from newsclean.pipeline import preload

        # The fallback's library is imported on the first page that needs it: a warm-up
        # cost, taken before counting as every other benchmark takes it (stages, scaling).
        preload()
        return newsclean.extract
    if tool == "trafilatura":
        import trafilatura

        return lambda html: trafilatura.extract(html, include_comments=False)
    if tool == "lxml":
        import lxml.html

        return lxml.html.document_fromstring
    raise ValueError(f"unknown tool {tool!r}: one of {', '.join(TOOLS)}")


def work(tool: str, pages_file: Path, every: bool) -> None:
    """What runs under callgrind: the warm-up call, and the pages if `every`."""
    pages: list[bytes] = pickle.loads(pages_file.read_bytes())
    call = _extractor(tool)
    call(pages[0])
    if every:
        for html in pages:
            call(html)


def evenly(items: Sequence[bytes], n: int) -> list[bytes]:
    """`n` items spread evenly over `items` (all of them where there are fewer)."""
    if n >= len(items):
        return list(items)
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def refs(stderr: str) -> int:
    """The instruction count callgrind prints at exit ("==12== I   refs:  1,234")."""
    found = _REFS.findall(stderr)
    if not found:
        raise RuntimeError(f"no instruction count in callgrind's output: {stderr[-500:]}")
    return int(found[-1].replace(",", ""))


def counted(tool: str, pages_file: Path, every: bool) -> int:
    """Instructions of one run of `work` under callgrind."""
    command = [
        "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
        sys.executable, "-m", "benchmarks.instructions", "--work", tool, str(pages_file),
    ] + (["--every"] if every else [])
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{tool} failed under callgrind: {done.stderr[-1000:]}")
    return refs(done.stderr)


@dataclass(frozen=True)
class Count:
    """A tool's instructions on the pages, the warm-up taken off."""

    tool: str
    pages: int
    base: int
    total: int

    @property
    def work(self) -> int:
        return max(0, self.total - self.base)


def measure(tool: str, pages_file: Path, pages: int) -> Count:
    return Count(tool, pages, counted(tool, pages_file, False), counted(tool, pages_file, True))


def table(counts: Sequence[Count]) -> str:
    """The Markdown table: instructions per page, × the parse, × trafilatura."""
    by = {c.tool: c for c in counts}
    lines = [
        "| tool | instructions (G) | per page (M) | × lxml parse | × trafilatura |",
        "|---|---:|---:|---:|---:|",
    ]
    for c in counts:
        parse = by["lxml"].work if "lxml" in by else 0
        peer = by["trafilatura"].work if "trafilatura" in by else 0
        lines.append(
            f"| {c.tool} | {c.work / 1e9:.2f} | {c.work / c.pages / 1e6:.1f} | "
            + (f"{c.work / parse:.1f}" if parse else "–") + " | "
            + (f"{c.work / peer:.3f}" if peer else "–") + " |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.instructions",
                                description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--datasets", nargs="+", metavar="NAME")
    p.add_argument("--data", type=Path, help="folder holding the shared sets")
    p.add_argument("--per-set", type=int, default=PER_SET)
    p.add_argument("--tools", nargs="+", default=list(TOOLS), choices=list(TOOLS))
    p.add_argument("--jobs", type=int, default=2, help="tools counted at once")
    p.add_argument("--work", nargs=2, metavar=("TOOL", "PAGES"), help=argparse.SUPPRESS)
    p.add_argument("--every", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.work:
        work(args.work[0], Path(args.work[1]), args.every)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: this benchmark counts instructions under its "
              "callgrind tool (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    from benchmarks.datasets import DatasetMissing, available, load

    names = args.datasets or available(args.data)
    if not names:
        print("no dev set found (see docs/benchmarks.md for where they come from)",
              file=sys.stderr)
        return 2
    pages: list[bytes] = []
    try:
        for name in names:
            pages += evenly([page.html for page in load(name, args.data)], args.per_set)
    except DatasetMissing as missing:
        print(missing, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        pages_file = Path(folder) / "pages.pickle"
        pages_file.write_bytes(pickle.dumps(pages))
        with ThreadPoolExecutor(max(1, args.jobs)) as pool:
            counts = list(pool.map(lambda t: measure(t, pages_file, len(pages)), args.tools))
    print(f"Instructions (callgrind) on {len(pages)} pages: {args.per_set} of each of "
          f"{', '.join(names)}, the warm-up call taken off\n")
    print(table(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
