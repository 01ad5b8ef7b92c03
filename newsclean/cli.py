"""The `newsclean` command line.

Exit codes: 0 success; 1 the page could not be processed (a `NewsCleanError`); 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from newsclean.errors import NewsCleanError
from newsclean.model import Article
from newsclean.pipeline import extract


def _render(article: Article, fmt: str) -> str:
    if fmt == "md":
        return article.to_markdown()
    if fmt == "txt":
        return article.to_text() + "\n"
    return article.model_dump_json(indent=2) + "\n"


def _read(page: str) -> bytes:
    if page == "-":
        return sys.stdin.buffer.read()
    return Path(page).read_bytes()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean", description="Extract clean article text and metadata from HTML."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract one page and print its Article")
    ex.add_argument("page", help="an HTML file, or - for standard input")
    ex.add_argument("--format", choices=("json", "md", "txt"), default="json")
    ex.add_argument("--url", help="the page's URL, to resolve relative links")
    ex.add_argument("--extractors", help="comma-separated plug-in names, in order")
    ex.add_argument("--policy", help="first-confident, best or vote")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    extractors = args.extractors.split(",") if args.extractors else None
    try:
        article = extract(
            _read(args.page), url=args.url, extractors=extractors, policy=args.policy
        )
    except OSError as exc:
        print(f"newsclean: cannot read {args.page}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except NewsCleanError as exc:
        print(f"newsclean: {args.page}: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(_render(article, args.format))
    return 0
