"""The extractors a benchmark can run: newsclean's configurations and its peers.

Each entry names a distribution (for its version and whether it is installed), says whether
it takes the page's raw bytes or a str, and builds a function page -> text. Building
(imports, option objects) happens once, outside the timing; a str peer gets the page
decoded by `newsclean.document.decode` inside its timing, so every extractor pays for
reading the bytes.

Peers are configured as the AEB figures we compare with were measured: trafilatura without
comments (comments are not article body), readability-lxml's summary turned to text
block by block.
"""

from __future__ import annotations

import inspect
import logging
import subprocess
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path

ExtractFn = Callable[[bytes | str], str]


@dataclass(frozen=True)
class Spec:
    """How to run one extractor configuration."""

    name: str
    distribution: str
    """The installed distribution whose version is reported (and whose absence skips it)."""
    module: str
    """Module whose presence means the extractor can run."""
    build: Callable[[], ExtractFn]
    takes: str = "bytes"
    """"bytes": the raw page; "str": the page decoded by the harness, inside the timing."""
    kind: str = "peer"
    """"newsclean", "peer" (an article extractor) or "baseline" (whole-page text)."""

    @property
    def available(self) -> bool:
        try:
            found = find_spec(self.module) is not None
        except (ImportError, ValueError):  # a broken or half-installed package
            found = False
        return found and self.version is not None

    @property
    def version(self) -> str | None:
        return _version(self.distribution)


def _version(distribution: str) -> str | None:
    try:
        version = metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None
    if distribution == "newsclean":
        rev = _git_revision()
        return f"{version}+g{rev}" if rev else version
    return version


@lru_cache(maxsize=1)
def _git_revision() -> str | None:
    """The checkout's commit, so that a newsclean figure says which code produced it."""
    root = Path(__file__).resolve().parent.parent
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, timeout=10, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def _quiet() -> None:
    """Peers log and warn per page; that noise would drown the progress bar."""
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")


def _html_to_text(html: str) -> str:
    from benchmarks.datasets import html_text

    return html_text(html) if html.strip() else ""


# --- newsclean -------------------------------------------------------------------------


def _newsclean(**options: object) -> Callable[[], ExtractFn]:
    def build() -> ExtractFn:
        import newsclean
        from newsclean.pipeline import preload

        _quiet()
        extractors = options.get("extractors")
        preload(extractors if isinstance(extractors, list) else None)  # lazy imports, now

        def run(html: bytes | str) -> str:
            return newsclean.extract(html, **options).text  # type: ignore[arg-type]

        return run

    return build


def has_wire_option() -> bool:
    """Whether `newsclean.extract` takes `strip_wire` (it is being added on another branch)."""
    import newsclean

    return "strip_wire" in inspect.signature(newsclean.extract).parameters


# --- peers -----------------------------------------------------------------------------


def _trafilatura(fast: bool) -> Callable[[], ExtractFn]:
    def build() -> ExtractFn:
        import trafilatura

        _quiet()

        def run(html: bytes | str) -> str:
            return trafilatura.extract(html, fast=fast, include_comments=False) or ""

        return run

    return build


def _readability() -> ExtractFn:
    from readability import Document

    _quiet()

    def run(html: bytes | str) -> str:
        return _html_to_text(Document(html).summary(html_partial=True))

    return run


def _goose3() -> ExtractFn:
    from goose3 import Goose

    _quiet()
    goose = Goose({"enable_image_fetching": False, "use_meta_language": False})

    def run(html: bytes | str) -> str:
        return str(goose.extract(raw_html=html).cleaned_text or "")

    return run


def _newspaper4k() -> ExtractFn:
    import newspaper

    _quiet()

    def run(html: bytes | str) -> str:
        article = newspaper.Article("http://example.com/", fetch_images=False)
        article.download(input_html=html)
        article.parse()
        return str(article.text or "")

    return run


def _justext() -> ExtractFn:
    import justext

    _quiet()
    # AEB and trafilatura's comparisons run jusText with its English stoplist.
    stoplist = justext.get_stoplist("English")

    def run(html: bytes | str) -> str:
        paragraphs = justext.justext(html, stoplist)
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def _boilerpy3() -> ExtractFn:
    from boilerpy3 import extractors

    _quiet()
    extractor = extractors.ArticleExtractor(raise_on_failure=True)

    def run(html: bytes | str) -> str:
        return str(extractor.get_content(html) or "")

    return run


def _resiliparse() -> ExtractFn:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    _quiet()

    def run(html: bytes | str) -> str:
        tree = HTMLTree.parse(html) if isinstance(html, str) else HTMLTree.parse_from_bytes(html)
        return str(extract_plain_text(tree, main_content=True))

    return run


def _inscriptis() -> ExtractFn:
    import inscriptis

    _quiet()

    def run(html: bytes | str) -> str:
        return str(inscriptis.get_text(html))

    return run


def _html_text() -> ExtractFn:
    import html_text

    _quiet()

    def run(html: bytes | str) -> str:
        return str(html_text.extract_text(html))

    return run


SPECS: tuple[Spec, ...] = (
    Spec("newsclean", "newsclean", "newsclean", _newsclean(), kind="newsclean"),
    Spec("newsclean-density", "newsclean", "newsclean",
         _newsclean(extractors=["density"]), kind="newsclean"),
    Spec("newsclean-trafilatura", "newsclean", "newsclean",
         _newsclean(extractors=["trafilatura"]), kind="newsclean"),
    Spec("newsclean-readability", "newsclean", "newsclean",
         _newsclean(extractors=["readability"]), kind="newsclean"),
    Spec("newsclean-wire-kept", "newsclean", "newsclean",
         _newsclean(strip_wire=False), kind="newsclean"),
    Spec("trafilatura", "trafilatura", "trafilatura", _trafilatura(fast=False)),
    Spec("trafilatura-fast", "trafilatura", "trafilatura", _trafilatura(fast=True)),
    Spec("readability-lxml", "readability-lxml", "readability", _readability),
    Spec("goose3", "goose3", "goose3", _goose3, takes="str"),
    Spec("newspaper4k", "newspaper4k", "newspaper", _newspaper4k, takes="str"),
    Spec("justext", "jusText", "justext", _justext),
    Spec("boilerpy3", "boilerpy3", "boilerpy3", _boilerpy3, takes="str"),
    Spec("resiliparse", "Resiliparse", "resiliparse", _resiliparse, takes="str"),
    Spec("inscriptis", "inscriptis", "inscriptis", _inscriptis, takes="str", kind="baseline"),
    Spec("html-text", "html-text", "html_text", _html_text, takes="str", kind="baseline"),
)
BY_NAME = {spec.name: spec for spec in SPECS}


def default_names() -> list[str]:
    """Every extractor that can run here: installed peers, and the wire variant if it exists."""
    names = []
    for spec in SPECS:
        if not spec.available:
            continue
        if spec.name == "newsclean-wire-kept" and not has_wire_option():
            continue
        names.append(spec.name)
    return names


class UnknownExtractor(ValueError):
    """An extractor name the harness does not know or cannot run here."""


def resolve(names: list[str]) -> list[Spec]:
    """Specs for `names`, with a clear message for one that is unknown or not installed."""
    out = []
    for name in names:
        spec = BY_NAME.get(name)
        if spec is None:
            raise UnknownExtractor(f"unknown extractor {name!r}; known: {', '.join(BY_NAME)}")
        if not spec.available:
            raise UnknownExtractor(
                f"{name!r} needs {spec.distribution}, which is not installed: "
                "pip install -e '.[bench]'"
            )
        if name == "newsclean-wire-kept" and not has_wire_option():
            raise UnknownExtractor(
                "'newsclean-wire-kept' needs newsclean.extract(strip_wire=...), absent here"
            )
        out.append(spec)
    return out
