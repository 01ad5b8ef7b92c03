"""The extractor plug-in protocol, the `Candidate` it returns, and the registry.

Third-party packages add an extractor by declaring an entry point in the
``newsclean.extractors`` group that names a class (or factory) returning an `Extractor`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any, Protocol, runtime_checkable

from newsclean.document import Document
from newsclean.errors import ExtractorError
from newsclean.model import Block, Image
from newsclean.stoplists import word_count

ENTRY_POINT_GROUP = "newsclean.extractors"


@dataclass(frozen=True)
class Candidate:
    """One extractor's answer for a page: the body blocks and how sure it is of them."""

    extractor: str
    blocks: tuple[Block, ...] = ()
    confidence: float = 0.0
    images: tuple[Image, ...] = ()
    details: dict[str, Any] = field(default_factory=dict, compare=False)
    """Extractor-specific diagnostics (scores, dropped blocks) for the explain view."""
    prose_cover: float = 1.0
    """The share of the page's running prose that the answer holds, where the extractor
    measures it (density: its kept words of the blocks its rules label prose, over all
    such blocks of the page); 1.0 when unknown. A policy reads a low cover as a sign
    that a confident answer may be a fragment of the page's text."""
    reach: float = float("inf")
    """How many times its words the text the extractor has not ruled out holds (density:
    its kept blocks and those its scorer gives `confidence.POSSIBLE` or more, over the kept
    words); inf when unknown. When low, a reading twice as long would be mostly text the
    extractor is sure of leaving: a policy need not look for a fuller answer."""

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks if b.text)  # figures have none

    @property
    def word_count(self) -> int:
        """The body's words, block by block, as `stoplists.word_count` counts them."""
        return sum(word_count(b.text) for b in self.blocks)


@runtime_checkable
class Extractor(Protocol):
    """What a plug-in implements: a name and a pure `extract` over a parsed `Document`.

    `extract` must not modify `doc.tree`; use `doc.tree_copy()` for libraries that do.
    """

    name: str

    def extract(self, doc: Document) -> Candidate: ...


_BUILTIN: dict[str, str] = {
    "density": "newsclean.extractors.density:DensityExtractor",
    "trafilatura": "newsclean.extractors.trafilatura:TrafilaturaExtractor",
    "readability": "newsclean.extractors.readability:ReadabilityExtractor",
    "items": "newsclean.extractors.items:ItemsExtractor",
    "embedded": "newsclean.extractors.embedded:EmbeddedExtractor",
}


def _load_target(target: str) -> Any:
    from importlib import import_module

    module, _, attr = target.partition(":")
    obj: Any = import_module(module)
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj


def _entry_point_targets() -> dict[str, Any]:
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def available() -> list[str]:
    """Names of every extractor: the built-ins and those installed through entry points."""
    return sorted(set(_BUILTIN) | set(_entry_point_targets()))


def get(name: str, **options: Any) -> Extractor:
    """Instantiate the extractor registered under `name`, passing it `options`."""
    eps = _entry_point_targets()
    try:
        factory = eps[name].load() if name in eps else _load_target(_BUILTIN[name])
    except KeyError:
        raise ExtractorError(
            f"no extractor named {name!r}; available: {', '.join(available())}"
        ) from None
    except Exception as exc:  # a broken third-party plug-in must not look like our bug
        raise ExtractorError(f"extractor {name!r} could not be loaded: {exc}") from exc
    extractor = factory(**options)
    if not isinstance(extractor, Extractor):
        raise ExtractorError(f"{name!r} does not implement the Extractor protocol")
    return extractor
