"""The `newsclean` command line: `extract` one page, `batch` many into a JSONL file.

Exit codes (also in README, "Command line"):

- 0: success. `extract` printed the Article; `batch` wrote an ok record for every input.
- 1: `extract`: the page could not be read, fetched or extracted (the reason goes to stderr).
  `batch`: the run itself failed (for instance the output file could not be written).
- 2: usage error: bad arguments, an unknown extractor or policy, a WARC named on the
  command line without the `warcio` package, or a `batch` output that already holds records
  without `--resume` or `--overwrite`. All are found before the output is opened.
- 3: `batch` finished, but some inputs have error records (each says why); after
  `--resume`, error records kept from before count too.
- 130: interrupted (Ctrl-C); a `batch` can be continued with `--resume`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from newsclean import batch
from newsclean.document import content_type_charset
from newsclean.errors import ExtractorError, NewsCleanError
from newsclean.pipeline import extract

if TYPE_CHECKING:
    from newsclean.model import Article

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SOME_ERRORS, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
FETCH_TIMEOUT: float = 20.0
"""Seconds to wait for a page over HTTP (connect, and each read)."""
FETCH_MAX_BYTES: int = 16 * 1024 * 1024
"""Largest page fetched over HTTP; real article pages are well under 5 MB."""
USER_AGENT = "newsclean/0.1 (+https://pypi.org/project/newsclean/)"


class FetchError(Exception):
    """A URL could not be fetched: network error, HTTP error status, or too large."""


def _render(article: Article, args: argparse.Namespace) -> str:
    fmt = args.format
    switches = {
        "title": args.title, "links": args.links, "formatting": args.formatting,
        "images": args.images,
    }
    if fmt == "md":
        return article.to_markdown(**switches)
    if fmt == "html":
        return article.to_html(**switches)
    if fmt == "txt":
        return article.to_text() + "\n"
    return article.model_dump_json(indent=2) + "\n"


def is_url(page: str) -> bool:
    return page.lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT,
          max_bytes: int = FETCH_MAX_BYTES) -> tuple[bytes | str, str]:
    """The body of `url` (its Content-Encoding undone as for a WARC record's, then decoded
    when the server names a charset) and the final URL. A server may send gzip even to a
    client that asked for no coding (RFC 9110, 12.5.3)."""
    import urllib.error  # here, not at the top: it costs every command ~50 ms to import
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)
            final_url = response.geturl()
            content_type = response.headers.get("Content-Type")
            coding = response.headers.get("Content-Encoding")
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise FetchError(f"cannot fetch: {exc.reason}") from None
    except (TimeoutError, OSError) as exc:
        raise FetchError(f"cannot fetch: {exc}") from None
    if len(body) <= max_bytes:
        try:
            body = batch.decode_content(body, coding, limit=max_bytes)
        except batch.BodyDecodeError as exc:
            raise FetchError(f"cannot decode the body (Content-Encoding {coding}): {exc}") from None
    if len(body) > max_bytes:
        raise FetchError(f"page larger than {max_bytes} bytes")
    return batch.decode_body(body, content_type), final_url


def _read(page: str) -> bytes:
    """The page's bytes; a `.gz` file is decompressed, as `newsclean batch` does."""
    if page == "-":
        return sys.stdin.buffer.read()
    data = Path(page).read_bytes()
    return batch.gunzip(data) if page.lower().endswith(".gz") else data


MAX_WORKERS = 1024
"""Most worker processes: a typo of thousands would fork the machine to a halt."""
MAX_FETCH_BYTES = 1 << 30
"""Largest --max-bytes: the whole limit is allocated before the read."""


def _seconds(text: str) -> float:
    """A time limit: finite, over 0 and at most `batch.MAX_TIMEOUT` (NaN never timed out,
    inf overflowed the wait: a traceback)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value <= batch.MAX_TIMEOUT:  # also False for NaN
        raise argparse.ArgumentTypeError(
            f"{text}: seconds must be over 0 and at most {batch.MAX_TIMEOUT:g}")
    return value


def _whole(least: int, most: int) -> Callable[[str], int]:
    """A whole number from `least` to `most`, else a usage error naming the range."""
    def whole(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if not least <= value <= most:
            raise argparse.ArgumentTypeError(f"{text}: must be from {least} to {most}")
        return value
    return whole


def _moment(text: str) -> datetime:
    """A moment in ISO 8601; one without a zone is UTC."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date and time: {text!r}") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _extractors(value: str | None) -> tuple[str, ...] | None:
    return tuple(n.strip() for n in value.split(",") if n.strip()) if value else None


def _add_page_options(parser: argparse.ArgumentParser) -> None:
    """The one page that `extract` and `explain` read (see `_page_output`)."""
    parser.add_argument("page", help="an HTML file, - for standard input, or an http(s):// URL")
    parser.add_argument("--url", help="the page's URL, to resolve relative links "
                                      "(default for a fetched page: its final URL)")
    parser.add_argument("--fetch-timeout", type=_seconds, default=FETCH_TIMEOUT, metavar="S",
                        help=f"seconds to wait for a URL (default: {FETCH_TIMEOUT:g})")
    parser.add_argument("--max-bytes", type=_whole(1, MAX_FETCH_BYTES),
                        default=FETCH_MAX_BYTES, metavar="N",
                        help=f"largest page fetched from a URL (default: {FETCH_MAX_BYTES})")
    parser.add_argument("--encoding", metavar="CHARSET",
                        help="the charset a file's (or standard input's) server named "
                             "(a label such as windows-1251, or a Content-Type value): it "
                             "wins over the page's <meta charset>, not over a byte-order "
                             "mark (default: what the page says, else detection; a URL "
                             "is read with its server's header)")
    parser.add_argument("--fetched", type=_moment, metavar="WHEN",
                        help="when a file's page was fetched (ISO 8601, e.g. "
                             "2024-03-05T12:30:00Z; without a zone, UTC): its dates are read "
                             "as of then, relative ones ('3 hours ago') too (default: now "
                             "for a URL fetched here, unknown for a file)")


def _add_chain_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--extractors", metavar="A,B",
                        help="comma-separated extractor plug-ins, in order (default: the chain "
                             "chosen on the benchmarks)")
    parser.add_argument("--policy", metavar="NAME",
                        help="how the chain picks an answer: first-confident (default), best, vote")


def _default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Extract clean article text and metadata from HTML pages.",
        epilog="Exit codes: 0 ok; 1 failed; 2 usage error; 3 batch done with some error "
               "records; 130 interrupted. 'newsclean COMMAND --help' for each command.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser(
        "extract", help="extract one page and print its Article",
        description="Extract one page (a file, - for standard input, or an http(s) URL) and "
                    "print its Article.",
        epilog="Exit codes: 0 ok; 1 the page could not be read, fetched or extracted; "
               "2 usage error.",
    )
    _add_page_options(ex)
    ex.add_argument("--format", choices=("json", "md", "html", "txt"), default="json",
                    help="output format: the Article as JSON (default), the body as Markdown, "
                         "as HTML of structural tags only, or as plain text")
    switches = ex.add_argument_group("Markdown and HTML output")
    switches.add_argument("--no-title", dest="title", action="store_false",
                          help="leave out the title heading")
    switches.add_argument("--no-links", dest="links", action="store_false",
                          help="keep link texts without their targets")
    switches.add_argument("--no-formatting", dest="formatting", action="store_false",
                          help="leave out bold, italic and inline code")
    switches.add_argument("--images", action="store_true",
                          help="add the body's figures (image, alt text, caption)")
    _add_chain_options(ex)

    ba = sub.add_parser(
        "batch", help="extract many pages (files, folders, globs, WARCs) into a JSONL file",
        description="Extract every page of INPUTS into OUTPUT, one JSON line per page: the "
                    "Article's fields plus id, status and input, or an error record with the "
                    "reason. Folders are walked recursively (hidden files skipped); .warc, "
                    ".warc.gz, .arc and .arc.gz files contribute their HTML response "
                    "records; other .gz files are "
                    "decompressed.",
        epilog="Exit codes: 0 every input ok; 1 the run failed; 2 usage error; 3 done, some "
               "inputs have error records; 130 interrupted (continue with --resume).",
    )
    ba.add_argument("inputs", nargs="+", metavar="INPUT",
                    help="files, folders, glob patterns (quoted) or WARC files")
    ba.add_argument("-o", "--output", required=True, metavar="OUTPUT",
                    help="the JSONL file to write, or - for standard output (not "
                         "resumable: nothing is kept to resume from)")
    ba.add_argument("--workers", type=_whole(1, MAX_WORKERS), default=None, metavar="N",
                    help="worker processes (default: all cores)")
    ba.add_argument("--timeout", type=_seconds, default=batch.DEFAULT_TIMEOUT, metavar="S",
                    help="seconds one page may take before its worker is killed and the page "
                         f"recorded as an error (default: {batch.DEFAULT_TIMEOUT:g}; "
                         f"at most {batch.MAX_TIMEOUT:g})")
    ba.add_argument("--memory-mb", type=_whole(0, batch.MAX_MEMORY_MB),
                    default=batch.DEFAULT_MEMORY_MB, metavar="MB",
                    help="address-space cap of each worker; 0 for none "
                         f"(default: {batch.DEFAULT_MEMORY_MB})")
    ba.add_argument("--fetched", type=_moment, metavar="WHEN",
                    help="when the files were fetched (ISO 8601; without a zone, UTC): their "
                         "dates are read as of then, relative ones ('3 hours ago') too; a "
                         "WARC record keeps its own WARC-Date (default: unknown)")
    ba.add_argument("--include", action="append", default=[], metavar="PATTERN",
                    help="only files whose name matches this pattern, in folders (repeatable; "
                         "e.g. '*.html')")
    mode = ba.add_mutually_exclusive_group()
    mode.add_argument("--resume", action="store_true",
                      help="keep OUTPUT's records and skip the inputs they cover")
    mode.add_argument("--overwrite", action="store_true",
                      help="replace an OUTPUT that already holds records")
    ba.add_argument("--page-type", metavar="A,B",
                    help="keep only pages of these types (article, forum, product, collection, "
                         "listing, documentation, service); the others get a 'filtered' record "
                         "with their type and are counted in the summary")
    ba.add_argument("-q", "--quiet", action="store_true",
                    help="no progress bar and no summary (the bar is off anyway when stderr "
                         "is not a terminal)")
    _add_chain_options(ba)

    xp = sub.add_parser(
        "explain", help="write an HTML report of why each block was kept or dropped",
        description="Extract one page (a file, - for standard input, or an http(s) URL) and "
                    "write a self-contained HTML report: the page's blocks outlined by "
                    "decision, their scores and features, the plug-in that won and what "
                    "normalisation removed. The report runs no script and loads nothing.",
        epilog="Exit codes: 0 ok; 1 the page could not be read, fetched or extracted, or the "
               "report could not be written; 2 usage error.",
    )
    _add_page_options(xp)
    xp.add_argument("-o", "--output", default="-", metavar="REPORT",
                    help="the HTML file to write (default: standard output)")
    xp.add_argument("--layout", choices=("page", "blocks"), default="page",
                    help="draw the page's own markup (default) or a plain list of its blocks")
    _add_chain_options(xp)
    return parser


def _positive(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """What the options' types cannot check alone (numbers are bounded by their types)."""
    if args.command == "batch" and args.resume and args.output == batch.STDOUT:
        parser.error("--resume needs an output file, not standard output")


def _error(message: str) -> None:
    """Say what went wrong on stderr; with stderr closed (`2>&-`) Python sets it to None,
    and print(file=None) would write the message into the output on stdout."""
    if sys.stderr is not None:
        print(f"newsclean: {message}", file=sys.stderr)


def _page_output(
    args: argparse.Namespace,
    render: Callable[[bytes | str, str | None, datetime | None], str],
) -> str | int:
    """Read (or fetch) the page `args.page` and render it with its URL and when it was
    fetched (`--fetched`, else now for a URL fetched here); an exit code if that fails.

    Shared by `extract` and `explain`, so both map errors to the same exit codes.
    """
    url, fetched = args.url, args.fetched
    if args.encoding and content_type_charset(args.encoding) is None:
        _error(f"--encoding: no codec reads {args.encoding!r} as a web page's charset")
        return EXIT_USAGE
    try:
        if is_url(args.page):
            html, final_url = fetch(args.page, timeout=args.fetch_timeout,
                                    max_bytes=args.max_bytes)
            url, fetched = url or final_url, fetched or datetime.now(UTC)
        else:
            html = batch.decode_body(_read(args.page), args.encoding)
        return render(html, url, fetched)
    except ExtractorError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except FetchError as exc:
        _error(f"{args.page}: {exc}")
        return EXIT_FAILED
    except OSError as exc:
        _error(f"cannot read {args.page}: {exc.strerror or exc}")
        return EXIT_FAILED
    except NewsCleanError as exc:
        _error(f"{args.page}: {exc}")
        return EXIT_FAILED


def run_extract(args: argparse.Namespace) -> int:
    def render(html: bytes | str, url: str | None, fetched: datetime | None) -> str:
        article = extract(html, url=url, extractors=_extractors(args.extractors),
                          policy=args.policy, fetched=fetched)
        return _render(article, args)

    output = _page_output(args, render)
    if isinstance(output, int):
        return output
    return _write_stdout(output)


def _write_stdout(text: str) -> int:
    """Print the output; a closed pipe (`| head`) ends quietly, a full disk is an error,
    and so is a standard output closed from the start (`>&-`: Python sets it to None)."""
    if sys.stdout is None:
        _error("cannot write standard output: it is closed")
        return EXIT_FAILED
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would report the failed flush again at exit: point stdout at nothing.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        _error(f"cannot write standard output: {exc.strerror or exc}")
        return EXIT_FAILED
    return EXIT_OK


def _page_types(spec: str | None) -> frozenset[str] | None:
    """`--page-type article,forum` as a set of `PageType` values; ValueError names a bad one."""
    from newsclean.model import PageType

    if spec is None:
        return None
    names = {n.strip().lower() for n in spec.split(",") if n.strip()}
    if not names:  # "," or "": every page would be filtered out
        raise ValueError(f"--page-type names no page type; use any of "
                         f"{', '.join(t.value for t in PageType)}")
    known = {t.value for t in PageType}
    unknown = sorted(names - known)
    if unknown:
        raise ValueError(f"unknown page type {', '.join(unknown)}; use any of "
                         f"{', '.join(t.value for t in PageType)}")
    return frozenset(names)


def run_batch(args: argparse.Namespace) -> int:
    from newsclean.chain import Chain

    extractors = _extractors(args.extractors)
    try:
        Chain(extractors, args.policy)  # fail on a bad name now, not once per page
    except ExtractorError as exc:
        _error(str(exc))
        return EXIT_USAGE
    if "-" in args.inputs:
        _error("batch reads files, folders, globs and WARC archives, not standard input; "
               "for one page on standard input use: newsclean extract -")
        return EXIT_USAGE
    if not batch.warc_support() and any(batch.is_warc(spec) for spec in args.inputs):
        # now, before the output is opened (--overwrite empties it); a WARC found in a
        # folder gets an error record instead
        _error(str(batch.WarcSupportMissing()))
        return EXIT_USAGE
    output = os.path.abspath(args.output)
    inputs = (i for i in batch.expand(args.inputs, args.include)
              if not (i.kind == "file" and os.path.abspath(i.path or "") == output))
    try:
        page_types = _page_types(args.page_type)
    except ValueError as exc:
        _error(str(exc))
        return EXIT_USAGE
    settings = batch.Settings(extractors=extractors, policy=args.policy,
                              timeout=args.timeout, memory_mb=args.memory_mb,
                              page_types=page_types, fetched=args.fetched)
    try:
        stats = batch.run(
            inputs, args.output, workers=args.workers or _default_workers(),
            settings=settings, resume=args.resume, overwrite=args.overwrite,
            progress=batch.stderr_if_tty(args.quiet),
        )
    except batch.OutputExists as exc:
        _error(str(exc))
        return EXIT_USAGE
    except batch.WorkerStartError as exc:
        _error(str(exc))
        return EXIT_FAILED
    except OSError as exc:
        where = "standard output" if args.output == batch.STDOUT else args.output
        _error(f"cannot write {where}: {exc.strerror or exc}")
        return EXIT_FAILED
    if not args.quiet:
        skipped = f", {stats.skipped} already done" if stats.skipped else ""
        if stats.kept_errors:
            skipped += f", {_count(stats.kept_errors, 'error record')} kept from before"
        if stats.filtered:
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(stats.filtered.items()))
            skipped += f", {sum(stats.filtered.values())} filtered by page type ({kinds})"
        if stats.passed:
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(stats.passed.items()))
            skipped += (f", {_count(sum(stats.passed.values()), 'WARC record')} with no page "
                        f"passed over ({kinds})")
        _error(f"{_count(stats.done, 'record')} ({_count(stats.errors, 'error')}{skipped}) in "
               f"{stats.elapsed:.1f} s, {stats.rate:.1f} pages/s -> {args.output}")
    # the exit code describes the whole output, a resume's earlier records too
    return EXIT_SOME_ERRORS if stats.errors or stats.kept_errors else EXIT_OK


def _count(n: int, noun: str) -> str:
    """"1 record", "2 records": the summary a user reads after each batch."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


def run_explain(args: argparse.Namespace) -> int:
    from newsclean.explain import explain

    def render(html: bytes | str, url: str | None, fetched: datetime | None) -> str:
        return explain(html, url=url, layout=args.layout, fetched=fetched,
                       extractors=_extractors(args.extractors), policy=args.policy)

    report = _page_output(args, render)
    if isinstance(report, int):
        return report
    if args.output == "-":
        return _write_stdout(report)
    try:
        Path(args.output).write_text(report, encoding="utf-8")
    except OSError as exc:
        _error(f"cannot write {args.output}: {exc.strerror or exc}")
        return EXIT_FAILED
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _positive(parser, args)
    try:
        if args.command == "explain":
            return run_explain(args)
        return run_batch(args) if args.command == "batch" else run_extract(args)
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
