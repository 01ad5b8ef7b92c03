"""Coverage-guided fuzzing of one target (atheris / libFuzzer): `python fuzz/fuzz.py NAME`.

    python fuzz/fuzz.py --list
    python fuzz/fuzz.py dateline -runs=100000 -timeout=2
    make fuzz                       # every target in turn, niced (see the Makefile)

The targets and their seeds are in `fuzz/targets.py`. The working corpus of each target
lives in `fuzz/corpus/NAME/` (not committed), seeded on its first run; findings go to
`fuzz/crashes/` (libFuzzer's -artifact_prefix, set by `make fuzz`). Arguments after the
name are libFuzzer's. A finding is reproduced with `python fuzz/fuzz.py NAME FILE`.

A hang is an execution that spends more than `HANG_SECONDS` of CPU time on an input under
1 MB: it raises `Hang`, a finding like any other. CPU time, not wall time, so that other
jobs on a shared machine do not make findings; libFuzzer's own -timeout (wall clock, set
far above) only catches an execution that never returns.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["newsclean"]):
    import newsclean.assemble
    import newsclean.document
    import newsclean.extractors.density
    import newsclean.extractors.embedded
    import newsclean.metadata
    import newsclean.metadata.authors
    import newsclean.metadata.dates
    import newsclean.metadata.jsonld
    import newsclean.metadata.titles
    import newsclean.news
    import newsclean.normalize.agencies
    import newsclean.normalize.captions
    import newsclean.normalize.clutter
    import newsclean.normalize.credits
    import newsclean.normalize.dateline
    import newsclean.normalize.trailers
    import newsclean.pipeline  # noqa: F401

from targets import TARGETS  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "corpus"
HANG_SECONDS = 2.0
HANG_MAX_BYTES = 1_000_000


class Hang(Exception):
    """An execution spent more than `HANG_SECONDS` of CPU on an input under 1 MB."""


def timed(run: Callable[[bytes], None]) -> Callable[[bytes], None]:
    def one_input(data: bytes) -> None:
        start = time.process_time()
        run(data)
        spent = time.process_time() - start
        if spent > HANG_SECONDS and len(data) < HANG_MAX_BYTES:
            raise Hang(f"{spent:.2f} s of CPU on an input of {len(data)} bytes")

    return one_input


def _seed(corpus: Path, name: str) -> int:
    """Write the target's seeds into its corpus folder, once (named by content)."""
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return 0
    count = 0
    for data in TARGETS[name].seeds():
        if data:
            (corpus / hashlib.sha1(data).hexdigest()).write_bytes(data)
            count += 1
    return count


def main() -> None:
    args = sys.argv[1:]
    if not args or args[0] in ("--list", "-h", "--help"):
        print(__doc__)
        print("targets:", ", ".join(TARGETS))
        return
    name, rest = args[0], args[1:]
    target = TARGETS[name]
    newsclean.pipeline.preload()  # lazy imports are not the first execution's time
    files = [a for a in rest if not a.startswith("-")]
    if not files:  # fuzzing, not reproducing: the target's own corpus
        corpus = CORPUS / name
        seeded = _seed(corpus, name)
        print(f"fuzz {name}: corpus {corpus} ({seeded} seeds written)", file=sys.stderr)
        rest.append(str(corpus))
    if not any(a.startswith("-max_len=") for a in rest):
        rest.append(f"-max_len={target.max_len}")
    atheris.Setup([sys.argv[0], *rest], timed(target.run))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
