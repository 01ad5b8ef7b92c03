"""Structure benchmark: Markdown output scored element by element against WCXB's Markdown truth.

    python -m benchmarks.structure                     # newsclean and trafilatura, wcxb-dev
    python -m benchmarks.structure --half check --limit 200 --out /tmp/structure

Every Markdown text (the truth, newsclean's `Article.to_markdown(title=False)` and
trafilatura's Markdown) is read by the same small parser (`elements`) into typed elements:
headings, list items, table cells, paragraph lines, code blocks and quote lines, plus the
links (text and URL) and the emphasis spans (bold or italic text) inside them. An element's
text is normalised to its lower-cased `\\w+` tokens, so escaping, punctuation and inline
markup do not count; only where a text sits (which kind of element, which cell, which line).
A code block is compared line by line (each line normalised, empty lines dropped), so code
whose lines were joined into one does not match.

Per page and per element kind, the F1 of the multisets of normalised texts; a kind's figure
is the mean over the pages whose truth has that kind (a page where the tool gives none
scores 0). "structure" is the per-page F1 over all typed block elements together, the mean
over pages with a Markdown truth; "code-fenced" is "code" over the pages whose truth has a
fenced block (on the others its code is lines indented among paragraphs). Links are (text,
URL) pairs, URLs compared without a trailing slash or fragment; emphasis is the text of bold
and italic spans.
"""

from __future__ import annotations

import argparse
import contextlib
import html as html_lib
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from benchmarks.datasets import HALVES, DatasetMissing, Page, load
from benchmarks.report import Report

BLOCK_KINDS = ("heading", "list", "table", "paragraph", "code", "quote")
INLINE_KINDS = ("link", "emphasis")
KINDS = (*BLOCK_KINDS, *INLINE_KINDS)
FENCED_CODE = "code-fenced"
"""Code again, over the pages whose truth fences its code: on others the truth's code is only
lines indented four spaces among paragraphs (its converter unfenced the block), which CommonMark
reads as code but no tool writes that way; the row says what those pages do to "code"."""
TABLE_ROWS = (
    "structure", "heading", "list", "table", "paragraph", "code", FENCED_CODE, "quote",
    *INLINE_KINDS,
)
TOOLS = ("newsclean", "trafilatura")

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_ITEM = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*)|$)")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_INDENTED = re.compile(r"^(?: {4}|\t)")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_EMPHASIS = (
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"),
    re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])"),
    re.compile(r"(?<![_\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![_\w])"),
)
_TAG = re.compile(r"<[^>]{0,200}>")
_TOKEN = re.compile(r"\w+")


def norm(text: str) -> str:
    """The comparable form of an element's text: its lower-cased `\\w+` tokens."""
    text = _TAG.sub(" ", html_lib.unescape(text))
    return " ".join(_TOKEN.findall(text.lower()))


def _url(url: str) -> str:
    return html_lib.unescape(url).split("#", 1)[0].rstrip("/").lower()


@dataclass
class Elements:
    """The typed elements of one Markdown text, as multisets of normalised texts."""

    kinds: dict[str, Counter[str]] = field(
        default_factory=lambda: {k: Counter() for k in KINDS}
    )
    fenced: bool = False
    """Whether the text has a fenced code block (not only indented code)."""

    def add(self, kind: str, text: str) -> None:
        """Add a block element, and the links and emphasis inside its text."""
        if kind == "code":  # code keeps its lines: one line per line of the block
            key = "\n".join(k for k in map(norm, text.split("\n")) if k)
        else:
            key = norm(self._inline(text))
        if key:
            self.kinds[kind][key] += 1

    def _inline(self, text: str) -> str:
        text = _IMAGE.sub(" ", text)

        def link(m: re.Match[str]) -> str:
            label = norm(_strip_emphasis(m.group(1)))
            if label:
                self.kinds["link"][f"{label} -> {_url(m.group(2))}"] += 1
            return m.group(1)

        text = _LINK.sub(link, text)
        for pattern in _EMPHASIS:
            for m in pattern.finditer(text):
                key = norm(_strip_emphasis(m.group(1)))
                if key:
                    self.kinds["emphasis"][key] += 1
        return _strip_emphasis(text)


def _strip_emphasis(text: str) -> str:
    return text.replace("**", " ").replace("__", " ").replace("`", " ")


def _unquote(line: str) -> str:
    """A quote line without its `>` markers (nested quotes too)."""
    text = line.lstrip()
    while _QUOTE.match(text):
        text = _QUOTE.sub("", text, count=1)
    return text


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [c.replace("\\|", "|") for c in _CELL_SPLIT.split(line)]


def _is_table_start(lines: Sequence[str], i: int) -> bool:
    """A GFM table: a row with a pipe followed by a delimiter row; or, leniently, a line
    that starts and ends with a pipe (tables some tools write without a delimiter)."""
    line = lines[i].strip()
    if "|" not in line:
        return False
    if i + 1 < len(lines) and _TABLE_SEP.match(lines[i + 1]) and "-" in lines[i + 1]:
        return True
    return len(line) > 1 and line.startswith("|") and line.endswith("|")


def elements(markdown: str) -> Elements:
    """Read a Markdown text into its typed elements (CommonMark's block rules, simplified:
    fences, ATX headings, GFM tables, block quotes, list items with their continuation
    lines, indented code after a blank line outside lists, and paragraph lines).

    A fence indented under an open list item is code inside the item (CommonMark indents
    it by the item's content width, four spaces or more in a nested list); the item stays
    open for its later paragraphs."""
    out = Elements()
    lines = markdown.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    n = len(lines)
    i = 0
    item: list[str] | None = None  # the open list item's lines
    blank = True

    def close_item() -> None:
        nonlocal item
        if item is not None:
            out.add("list", " ".join(item))
        item = None

    while i < n:
        line = lines[i]
        stripped = line.strip()
        fence = _FENCE.match(line)
        nested = item is not None and line[:1] in " \t"
        if nested and not fence:
            fence = _FENCE.match(line.lstrip())  # a fence inside the item, deeper than 3
        if fence:
            if not nested:  # a fence inside a list item is the item's, and leaves it open
                close_item()
            mark = fence.group(1)
            body: list[str] = []
            i += 1
            while i < n and not lines[i].strip().startswith(mark[0] * len(mark)):
                body.append(lines[i])
                i += 1
            out.add("code", "\n".join(body))
            out.fenced = True
            i += 1
            blank = False
            continue
        if not stripped:
            blank = True
            i += 1
            continue
        if item is not None and not blank and not _ITEM.match(line) and not (
            _QUOTE.match(line) or _HEADING.match(line) or _FENCE.match(line)
        ) and not _is_table_start(lines, i):
            item.append(stripped)  # a continuation line of the item
            i += 1
            continue
        if (
            item is not None and blank and line[:1] in " \t"
            and not _ITEM.match(line) and not _QUOTE.match(line.lstrip())
        ):
            item.append(stripped)  # an indented paragraph of the item
            i += 1
            continue
        if _INDENTED.match(line) and blank and item is None and not _ITEM.match(line):
            body = []
            while i < n and (_INDENTED.match(lines[i]) or not lines[i].strip()):
                body.append(lines[i])
                i += 1
            out.add("code", "\n".join(body))
            blank = True
            continue
        blank = False
        if _QUOTE.match(line.lstrip()):
            close_item()
            text = _unquote(line)
            fence = _FENCE.match(text)
            if fence:  # code inside the quote
                body = []
                i += 1
                while i < n and _QUOTE.match(lines[i].lstrip()):
                    inner = _unquote(lines[i])
                    i += 1
                    if inner.strip().startswith(fence.group(1)[0] * len(fence.group(1))):
                        break
                    body.append(inner)
                out.add("code", "\n".join(body))
                out.fenced = True
                continue
            bullet = _ITEM.match(text)
            heading = _HEADING.match(text)
            if bullet:
                text = bullet.group(2) or ""
            elif heading:
                text = heading.group(2) or ""
            out.add("quote", text)
            i += 1
            continue
        if _is_table_start(lines, i):
            close_item()
            while i < n and "|" in lines[i] and lines[i].strip():
                if not _TABLE_SEP.match(lines[i]):
                    for cell in _cells(lines[i]):
                        out.add("table", cell)
                i += 1
            continue
        heading = _HEADING.match(line)
        if heading:
            close_item()
            out.add("heading", heading.group(2) or "")
            i += 1
            continue
        if _RULE.match(line):
            close_item()
            i += 1
            continue
        bullet = _ITEM.match(line)
        if bullet:
            close_item()
            item = [bullet.group(2) or ""]
            i += 1
            continue
        close_item()
        out.add("paragraph", stripped)
        i += 1
    close_item()
    return out


def f1(truth: Counter[str], pred: Counter[str]) -> float:
    """Multiset F1; 1.0 when both are empty."""
    if not truth and not pred:
        return 1.0
    hit = sum((truth & pred).values())
    if not hit:
        return 0.0
    p, r = hit / sum(pred.values()), hit / sum(truth.values())
    return 2 * p * r / (p + r)


def score(truth: Elements, pred: Elements) -> dict[str, float]:
    """A page's F1 per element kind its truth has, "structure" over all block kinds, and
    code again as `FENCED_CODE` where the truth fences its code."""
    out: dict[str, float] = {}
    for kind in KINDS:
        if truth.kinds[kind]:
            out[kind] = f1(truth.kinds[kind], pred.kinds[kind])

    def typed(e: Elements) -> Counter[str]:
        return Counter(
            {f"{k}:{t}": c for k in BLOCK_KINDS for t, c in e.kinds[k].items()}
        )

    if "code" in out and truth.fenced:
        out[FENCED_CODE] = out["code"]
    whole = typed(truth)
    if whole:
        out["structure"] = f1(whole, typed(pred))
    return out


# --- the tools ------------------------------------------------------------------------------


def newsclean_markdown(html: bytes, url: str | None) -> str:
    """newsclean's body as Markdown, without the title line (the truth has no title)."""
    import newsclean
    from newsclean.errors import NewsCleanError

    try:
        article = newsclean.extract(html, url=url)
    except NewsCleanError:
        return ""
    try:
        return article.to_markdown(title=False)  # type: ignore[call-arg,no-any-return]
    except TypeError:  # before to_markdown took switches: the blocks as they rendered
        return "\n\n".join(b.to_markdown() for b in article.blocks)


def trafilatura_markdown(html: bytes, url: str | None) -> str:
    """trafilatura's Markdown with formatting, links and tables, as its users ask for it."""
    import trafilatura

    out = trafilatura.extract(
        html, url=url, output_format="markdown", include_formatting=True,
        include_links=True, include_tables=True,
    )
    return out or ""


RUNNERS: dict[str, Callable[[bytes, str | None], str]] = {
    "newsclean": newsclean_markdown,
    "trafilatura": trafilatura_markdown,
}


def _parse_seconds(html: bytes) -> float:
    import lxml.html

    started = time.perf_counter()
    with contextlib.suppress(Exception):  # an unparsable page costs what it cost
        lxml.html.document_fromstring(html)
    return time.perf_counter() - started


def _run_chunk(
    chunk: list[tuple[str, bytes, str | None]], tools: tuple[str, ...]
) -> list[tuple[str, dict[str, str], dict[str, float]]]:
    import logging
    import warnings

    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    out = []
    for page_id, html, url in chunk:
        texts: dict[str, str] = {}
        seconds = {"lxml-parse": _parse_seconds(html)}
        for tool in tools:
            started = time.perf_counter()
            try:
                texts[tool] = RUNNERS[tool](html, url)
            except Exception:  # a tool's crash is an empty answer for that page
                texts[tool] = ""
            seconds[tool] = time.perf_counter() - started
        out.append((page_id, texts, seconds))
    return out


def run_tools(
    pages: Sequence[Page], tools: tuple[str, ...] = TOOLS, jobs: int = 1
) -> tuple[dict[str, dict[str, str]], dict[str, float]]:
    """Each page's Markdown per tool, and each tool's total seconds (and lxml's parse)."""
    items = [(p.id, p.html, p.url) for p in pages]
    size = max(1, min(20, len(items) // (max(1, jobs) * 4) or 1))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    results: list[tuple[str, dict[str, str], dict[str, float]]] = []
    if jobs <= 1:
        for chunk in chunks:
            results.extend(_run_chunk(chunk, tools))
    else:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
            for part in pool.map(_run_chunk, chunks, [tools] * len(chunks)):
                results.extend(part)
    texts = {pid: t for pid, t, _ in results}
    seconds: Counter[str] = Counter()
    for _, _, s in results:
        seconds.update(s)
    return texts, dict(seconds)


# --- scoring and tables ---------------------------------------------------------------------


@dataclass
class Result:
    """Per page and tool, the F1 of each element kind the truth has."""

    pages: list[Page]
    scores: dict[str, dict[str, dict[str, float]]]
    """tool -> page id -> kind -> F1."""
    seconds: dict[str, float] = field(default_factory=dict)

    def mean(self, tool: str, kind: str, pages: Iterable[Page] | None = None) -> float | None:
        values = [
            s[kind]
            for p in (self.pages if pages is None else pages)
            if (s := self.scores[tool].get(p.id)) is not None and kind in s
        ]
        return sum(values) / len(values) if values else None

    def count(self, kind: str, pages: Iterable[Page] | None = None) -> int:
        tool = next(iter(self.scores))
        return sum(
            1 for p in (self.pages if pages is None else pages)
            if kind in self.scores[tool].get(p.id, {})
        )


def score_all(pages: Sequence[Page], texts: dict[str, dict[str, str]]) -> Result:
    """Score every page with a Markdown truth for every tool that ran."""
    scored = [p for p in pages if (p.meta.get("markdown") or "").strip()]
    tools = sorted({t for page_texts in texts.values() for t in page_texts}, key=_tool_order)
    scores: dict[str, dict[str, dict[str, float]]] = {t: {} for t in tools}
    for page in scored:
        truth = elements(page.meta["markdown"])
        for tool in tools:
            pred = elements(texts.get(page.id, {}).get(tool, ""))
            scores[tool][page.id] = score(truth, pred)
    return Result(scored, scores)


def _tool_order(name: str) -> tuple[int, str]:
    return (TOOLS.index(name) if name in TOOLS else len(TOOLS), name)


def _num(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def kind_table(result: Result) -> str:
    """F1 per element kind, each tool a column, with the pages that have the kind."""
    tools = list(result.scores)
    head = "| element | pages | " + " | ".join(tools) + " |"
    lines = [head, "|---|---:|" + "---:|" * len(tools)]
    for kind in TABLE_ROWS:
        cells = [_num(result.mean(t, kind)) for t in tools]
        lines.append(f"| {kind} | {result.count(kind)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def type_table(result: Result) -> str:
    """Structure F1 per page type (and tables, links, emphasis), newsclean vs each peer."""
    tools = list(result.scores)
    types = sorted({p.page_type or "?" for p in result.pages})
    kinds = ("structure", "heading", "list", "table", "paragraph", "link", "emphasis")
    head = "| page type | pages | " + " | ".join(
        f"{k} {t}" for k in kinds for t in tools
    ) + " |"
    lines = [head, "|---|---:|" + "---:|" * (len(kinds) * len(tools))]
    for page_type in types:
        chosen = [p for p in result.pages if (p.page_type or "?") == page_type]
        cells = [_num(result.mean(t, k, chosen)) for k in kinds for t in tools]
        lines.append(f"| {page_type} | {len(chosen)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def speed_line(result: Result) -> str:
    """Each tool's time in multiples of lxml's parse of the same pages, in this run."""
    parse = result.seconds.get("lxml-parse") or 0.0
    if not parse:
        return ""
    parts = [
        f"{t} {result.seconds[t] / parse:.1f}× lxml's parse"
        for t in result.scores if t in result.seconds
    ]
    ratio = ""
    if "newsclean" in result.seconds and "trafilatura" in result.seconds:
        share = result.seconds["newsclean"] / result.seconds["trafilatura"]
        ratio = f"; newsclean/trafilatura {share:.2f}"
    return "Time (extract and render Markdown): " + ", ".join(parts) + ratio


def markdown(result: Result) -> str:
    return (
        kind_table(result) + "\n\nPer page type (mean F1 over pages of the type whose truth has "
        "the element):\n\n" + type_table(result) + "\n\n" + speed_line(result) + "\n"
    )


def run(
    base: Path | None = None, limit: int | None = None, half: str | None = None, jobs: int = 1,
    tools: tuple[str, ...] = TOOLS,
) -> tuple[Result, dict[str, dict[str, str]]]:
    pages = load("wcxb-dev", base, limit, half)  # type: ignore[arg-type]
    texts, seconds = run_tools(pages, tools, jobs)
    result = score_all(pages, texts)
    result.seconds = seconds
    return result, texts


def report_section(result: Report) -> str | None:
    """The structure tables as a section of the main report, when the run included wcxb-dev
    (its Markdown truth is what they score); newsclean and trafilatura run again here."""
    if "wcxb-dev" not in {row["dataset"] for row in result.rows}:
        return None
    data = result.run.get("data_dir")
    try:
        scored, _ = run(
            Path(data) if data else None, result.run.get("limit"), result.run.get("half"),
            int(result.run.get("jobs") or 1),
        )
    except DatasetMissing:
        return None
    return (
        "## Structure against WCXB's Markdown truth (wcxb-dev)\n\n"
        "Per page, F1 over the normalised texts of each element kind; means over the pages "
        "whose truth has the kind (method in `benchmarks/structure.py`).\n\n" + markdown(scored)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.structure",
        description=__doc__.splitlines()[0] if __doc__ else None,
    )
    parser.add_argument("--data", type=Path, default=None, help="datasets folder")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--half", choices=HALVES, help="only one half (split by site)")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--tools", nargs="+", choices=TOOLS, default=list(TOOLS))
    parser.add_argument("--out", type=Path, help="write per-page scores and outputs here")
    parser.add_argument("--rescore", type=Path, metavar="DIR",
                        help="score the outputs an earlier --out wrote, without running tools")
    args = parser.parse_args(argv)
    try:
        if args.rescore:
            pages = load("wcxb-dev", args.data, args.limit, args.half)
            saved = json.loads((args.rescore / "structure-outputs.json").read_text("utf-8"))
            result = score_all(pages, {p.id: saved[p.id] for p in pages if p.id in saved})
            texts = saved
        else:
            result, texts = run(args.data, args.limit, args.half, args.jobs, tuple(args.tools))
    except DatasetMissing as exc:
        print(f"structure benchmark skipped: {exc}", file=sys.stderr)
        return 0
    print(markdown(result))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "structure-scores.json").write_text(
            json.dumps({"scores": result.scores, "seconds": result.seconds}, indent=1),
            encoding="utf-8",
        )
        (args.out / "structure-outputs.json").write_text(json.dumps(texts), encoding="utf-8")
    return 0


def page_counts(pages: Sequence[Page]) -> dict[str, int]:
    """How many pages' truth has each element kind (to check the parser against the
    issue's counts)."""
    counts: Counter[str] = Counter()
    for page in pages:
        md = page.meta.get("markdown") or ""
        if md.strip():
            e = elements(md)
            counts.update(k for k in KINDS if e.kinds[k])
    return dict(counts)




if __name__ == "__main__":
    raise SystemExit(main())
