"""`timed_extract`: the stage benchmark's view of `extract()` must not change its result."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
import newsclean.pipeline
from newsclean.errors import EmptyInputError
from newsclean.pipeline import STAGES, timed_extract

SAMPLE = Path(__file__).resolve().parent.parent / "newsclean" / "data" / "sample.html"


@pytest.mark.parametrize("extractors", [None, ["density"], ["trafilatura", "density"]])
def test_timed_extract_returns_the_same_article(extractors: list[str] | None) -> None:
    page = SAMPLE.read_bytes()
    article, times = timed_extract(page, url="https://news.example/a", extractors=extractors)
    assert article == newsclean.extract(page, url="https://news.example/a",
                                        extractors=extractors)
    assert set(STAGES) <= set(times)
    plugins = {k for k in times if k.startswith("extractor:")}
    assert plugins and all(times[k] >= 0 for k in times)
    # The plug-ins' times are inside the scoring stage's.
    assert sum(times[k] for k in plugins) <= times["extractors"] + 1e-6


def test_timed_extract_raises_as_extract_does() -> None:
    with pytest.raises(EmptyInputError):
        timed_extract(b"   ")


def test_repeated_groups_are_timed_with_segmentation(monkeypatch: pytest.MonkeyPatch) -> None:
    """The repeated groups feed both the page type and the block scorer: they are timed in
    the segmentation stage, not charged to the page type."""
    import newsclean.repeats

    calls: list[str] = []
    real = newsclean.repeats.find_groups

    def spy(blocks, chains=None):  # type: ignore[no-untyped-def]
        calls.append("groups")
        return real(blocks, chains)

    monkeypatch.setattr(newsclean.repeats, "find_groups", spy)
    stages: list[str] = []
    real_timed = newsclean.pipeline._timed

    def timed(times, name, step):  # type: ignore[no-untyped-def]
        before = len(calls)
        try:
            return real_timed(times, name, step)
        finally:
            if len(calls) > before:
                stages.append(name)

    monkeypatch.setattr(newsclean.pipeline, "_timed", timed)
    timed_extract(SAMPLE.read_bytes(), url="https://news.example/a")
    assert stages == ["segment"]
