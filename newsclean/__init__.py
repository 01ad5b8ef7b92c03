"""newsclean: the article of a news page, clean, with its metadata normalised.

The public names are loaded on first use (PEP 562), so `import newsclean` costs a few
milliseconds: a crawler's workers, the command line and `--help` do not pay for pydantic,
lxml and the extraction stack until a page is extracted.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsclean.chain import Chain
    from newsclean.model import Article
    from newsclean.pipeline import extract

__version__ = "0.1.0"
__all__ = ["Article", "Chain", "__version__", "extract"]

_LAZY: dict[str, str] = {
    "Article": "newsclean.model",
    "Chain": "newsclean.chain",
    "extract": "newsclean.pipeline",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsclean' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
