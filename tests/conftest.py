from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "newsclean" / "data" / "sample.html"


@pytest.fixture(scope="session")
def sample_html() -> bytes:
    return SAMPLE.read_bytes()
