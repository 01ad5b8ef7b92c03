"""jusText's stoplists, read once each: the density rules' stopword counts and the
gazetteer's function words share them."""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path


@lru_cache(maxsize=32)
def stoplist(language: str) -> frozenset[str]:
    """jusText's stoplist for `language` (its file name, e.g. "English"), lower-cased.

    The file is read where the package lies, without importing `justext` (its import
    compiles its parser's regexes, four times the cost of reading all the lists).
    """
    spec = find_spec("justext")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    for folder in folders:
        path = Path(folder) / "stoplists" / f"{language}.txt"
        if path.is_file():
            words = path.read_text(encoding="utf-8").splitlines()
            return frozenset(w.lower() for w in words)
    import justext  # an unusual installation (a zip): let jusText find its own data

    return frozenset(w.lower() for w in justext.get_stoplist(language))
