"""Coverage-guided fuzz target for `newsclean.extract` (atheris / libFuzzer).

Run with `make fuzz` (FUZZ_SECONDS, default 600). The seed corpus is the dataset pages,
read from ``../shared/datasets`` (or ``$NEWSCLEAN_DATA``) at run time and decompressed into
a temporary directory outside the repository; nothing is copied into the checkout.

What counts as a crash: any exception other than the documented input errors. An
`ExtractionError` (newsclean's catch-all for the unforeseen) is a crash too, and so is any
exception from our own code run unguarded (density extractor, metadata, assembly), since
the chain's guard would otherwise hide our bugs as empty answers.
"""

from __future__ import annotations

import gzip
import os
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["newsclean"]):
    from newsclean.assemble import assemble
    from newsclean.document import load
    from newsclean.errors import (
        DocumentTooLargeError,
        EmptyInputError,
        NotHTMLError,
        ParseError,
    )
    from newsclean.extractors.density import DensityExtractor
    from newsclean.metadata import extract_metadata
    from newsclean.pipeline import extract

# The documented outcomes for bad input; anything else is a finding.
EXPECTED = (EmptyInputError, NotHTMLError, DocumentTooLargeError, ParseError)
_DENSITY = DensityExtractor()


def _ours_unguarded(data: bytes | str) -> None:
    """Our own stages without the chain's guard, so their exceptions surface."""
    try:
        doc = load(data)
    except EXPECTED:
        return
    candidate = _DENSITY.extract(doc)
    article = assemble(doc, candidate, extract_metadata(doc))
    article.model_dump_json()


def _whole_pipeline(data: bytes) -> None:
    """The public contract, through the default chain (trafilatura included)."""
    try:
        article = extract(data)
    except EXPECTED:
        return
    article.model_dump_json()


def test_one_input(data: bytes) -> None:
    # The first byte picks the path. 1 in 32: the whole default chain on bytes (~35 ms an
    # execution, trafilatura's fallbacks included); 4 in 32: our stages on bytes (decoding
    # included); the rest: our stages on str, which skips charset detection (slow, and not
    # ours) so parsing and extraction get most of the executions (~4 ms each).
    mode, rest = (data[0] % 32, data[1:]) if data else (1, data)
    if mode == 0:
        _whole_pipeline(rest)
    elif mode <= 4:
        _ours_unguarded(rest)
    else:
        _ours_unguarded(rest.decode("utf-8", errors="surrogateescape"))


def _data_root() -> Path:
    env = os.environ.get("NEWSCLEAN_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "shared" / "datasets"


def _write_seeds(target: Path, max_len: int) -> int:
    """Decompress the dataset pages into `target` (a temporary directory)."""
    root = _data_root()
    count = 0
    pages = sorted((root / "aeb" / "html").glob("*.html.gz"))
    for i, path in enumerate(pages):
        data = gzip.decompress(path.read_bytes())[:max_len]
        (target / f"aeb-{i}").write_bytes(data)
        count += 1
    for i, path in enumerate(sorted((root / "readability-js" / "pages").glob("*/source.html"))):
        (target / f"rjs-{i}").write_bytes(path.read_bytes()[:max_len])
        count += 1
    return count


def main() -> None:
    args = list(sys.argv)
    max_len = next((int(a.split("=", 1)[1]) for a in args if a.startswith("-max_len=")), 0)
    if not max_len:
        max_len = 16384
        args.append(f"-max_len={max_len}")
    corpus_given = any(not a.startswith("-") for a in args[1:])
    with tempfile.TemporaryDirectory(prefix="newsclean-fuzz-") as tmp:
        if not corpus_given:
            seeds = _write_seeds(Path(tmp), max_len)
            print(f"fuzz: {seeds} seed pages from {_data_root()}", file=sys.stderr)
            args.append(tmp)
        atheris.Setup(args, test_one_input)
        atheris.Fuzz()


if __name__ == "__main__":
    main()
