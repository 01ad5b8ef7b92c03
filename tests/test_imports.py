"""`import newsclean` stays light: the extraction stack and peers load when first needed."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("trafilatura", "readability", "htmldate", "charset_normalizer", "justext",
         "pydantic", "newsclean.metadata", "newsclean.news", "newsclean.blocks")


def _loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


@pytest.mark.parametrize("code", [
    "import newsclean",
    "from newsclean import extract",
    "import newsclean.cli",
])
def test_import_does_not_load_the_extraction_stack(code: str) -> None:
    loaded = _loaded_after(code)
    assert not {m for m in HEAVY if m in loaded}


def test_public_names_load_on_first_use() -> None:
    loaded = _loaded_after(
        "import newsclean\n"
        "assert newsclean.Article.__name__ == 'Article'\n"
        "assert newsclean.Chain.__name__ == 'Chain'\n"
        "assert callable(newsclean.extract)\n"
        "assert set(newsclean.__all__) <= set(dir(newsclean))"
    )
    assert "pydantic" in loaded and "newsclean.pipeline" in loaded
    assert "trafilatura" not in loaded  # the fallback's library waits for a page that needs it


def test_unknown_attribute_is_an_attribute_error() -> None:
    import newsclean

    with pytest.raises(AttributeError, match="no_such_name"):
        newsclean.no_such_name  # noqa: B018


def test_preload_imports_what_the_chain_may_need() -> None:
    loaded = _loaded_after("from newsclean.pipeline import preload\npreload()")
    assert {"trafilatura", "htmldate", "charset_normalizer", "newsclean.metadata"} <= loaded


def test_preload_compiles_the_datelines_patterns() -> None:
    # A worker forked after preload() must not compile them on its first wire story.
    code = ("from newsclean.pipeline import preload\npreload()\n"
            "from newsclean.normalize import dateline\n"
            "assert dateline._date_tail.cache_info().currsize == 1")
    _loaded_after(code)  # raises CalledProcessError if the assertion fails


def test_preload_warms_the_mojibake_repair_and_the_cjk_datelines() -> None:
    # The first page with mojibake imported ftfy, the first CJK wire story compiled the
    # CJK dateline forms (about 190,000 calls): paid by a forked worker's first such page.
    code = ("from newsclean.pipeline import preload\npreload()\n"
            "import sys\nfrom newsclean.normalize import dateline\n"
            "assert 'ftfy.fixes' in sys.modules\n"
            "assert dateline._cjk_forms.cache_info().currsize == 1")
    _loaded_after(code)  # raises CalledProcessError if an assertion fails
