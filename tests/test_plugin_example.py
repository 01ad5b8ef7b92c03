"""The example plug-in package, installed with pip, found through its real entry point."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean.errors import ExtractorError
from newsclean.extractors import base

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "newsclean-plugin-example"

PAGE = """<html><body>
<nav><p>Home and news and sport and weather</p></nav>
<div class="story">
  <p>The council approved the new budget on Monday after a long debate.</p>
  <p>Share</p>
  <p>Spending on schools rises by four percent, the first rise in six years.</p>
</div>
<aside><p>Most read: five stories you should not miss today</p></aside>
</body></html>"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pip-installs the example into a temporary target (no network, no build isolation)."""
    target = tmp_path_factory.mktemp("plugin-site")
    build = tmp_path_factory.mktemp("plugin-build")
    source = build / "src"
    # Built from a copy: setuptools writes build/ and *.egg-info beside the sources.
    subprocess.run(["cp", "-r", str(EXAMPLE), str(source)], check=True)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
         "--no-build-isolation", "--no-index", "--target", str(target), str(source)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return target


def test_not_known_before_it_is_installed() -> None:
    assert "p-container" not in base.available()
    with pytest.raises(ExtractorError, match="no extractor named 'p-container'"):
        newsclean.extract(PAGE, extractors=["p-container"])


def test_extract_uses_the_installed_plugin(
    installed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert list(installed.glob("newsclean_plugin_example-*.dist-info/entry_points.txt"))
    monkeypatch.syspath_prepend(str(installed))
    assert "p-container" in base.available()
    article = newsclean.extract(PAGE, extractors=["p-container"])
    assert article.extractor == "p-container"
    assert article.text.split("\n\n") == [
        "The council approved the new budget on Monday after a long debate.",
        "Spending on schools rises by four percent, the first rise in six years.",
    ]
    assert article.confidence == pytest.approx(25 / (25 + 7 + 9))  # story / all p words
    # The plug-in takes part in chains like the built-ins.
    best = newsclean.extract(PAGE, extractors=["p-container", "density"], policy="best")
    assert best.extractor in ("p-container", "density") and "council" in best.text
