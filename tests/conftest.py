from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "newsclean" / "data" / "sample.html"


@pytest.fixture(scope="session")
def sample_html() -> bytes:
    return SAMPLE.read_bytes()


PLUGIN = '''
import dataclasses
import time

from newsclean.extractors.density import DensityExtractor


class Troublemaker:
    """Test-only plug-in: hangs on <!--hang-->, eats memory on <!--hog-->, else density."""

    name = "troublemaker"

    def __init__(self):
        self.inner = DensityExtractor()

    def extract(self, doc):
        if "<!--hang-->" in doc.html:
            time.sleep(600)
        if "<!--hog-->" in doc.html:
            hog = bytearray(8 * 1024**3)  # far over the cap: fails at once, not after paging
            del hog
        return dataclasses.replace(self.inner.extract(doc), extractor=self.name)
'''


@pytest.fixture
def plugin_env(tmp_path: Path) -> dict[str, str]:
    """PYTHONPATH with a real entry-point plug-in: a module plus a .dist-info naming it.

    `--extractors troublemaker` then loads it the way any installed plug-in is loaded, so
    the batch code has no test hook.
    """
    site = tmp_path / "site"
    info = site / "troublemaker-0.1.dist-info"
    info.mkdir(parents=True)
    (site / "troublemaker.py").write_text(textwrap.dedent(PLUGIN))
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: troublemaker\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(
        "[newsclean.extractors]\ntroublemaker = troublemaker:Troublemaker\n"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH")]))
    return env
