"""Confidences on one scale: each extractor's own confidence read as the F1 it predicts.

Extractors measure their confidence in their own ways: density's learned scorer gives the
F1 its block probabilities expect, the trafilatura plug-in a score of how much prose it
returned. Compared as they are, a short page's low length score loses to a confident wrong
answer (a sidebar box beside an 80-word post). Each curve here maps one extractor's raw
confidence to the mean text F1 it had at that confidence on the tune halves of the dev
sets (isotonic: never decreasing), fitted by `python -m benchmarks.calibrate`; the chain's
policies compare candidates on that scale. An extractor without a curve keeps its own.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

CURVES_FILE = "calibration.json"


@dataclass(frozen=True)
class Curve:
    """A non-decreasing piecewise-linear map from raw confidence to expected F1."""

    x: tuple[float, ...]
    y: tuple[float, ...]

    def __call__(self, raw: float) -> float:
        x, y = self.x, self.y
        if raw <= x[0]:
            return y[0]
        if raw >= x[-1]:
            return y[-1]
        j = bisect_right(x, raw)
        x0, x1, y0, y1 = x[j - 1], x[j], y[j - 1], y[j]
        return y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1


@lru_cache(maxsize=1)
def curves() -> dict[str, Curve]:
    """The shipped curves by extractor name (empty when the file is missing or unreadable:
    every extractor then keeps its own scale)."""
    try:
        text = files("newsclean").joinpath("data", CURVES_FILE).read_text(encoding="utf-8")
        data = json.loads(text)
        return {
            name: Curve(tuple(map(float, c["x"])), tuple(map(float, c["y"])))
            for name, c in data["curves"].items()
            if c["x"] and len(c["x"]) == len(c["y"])
        }
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def on_scale(extractor: str, raw: float) -> float:
    """`raw`, an extractor's confidence, as the F1 it predicts (rounded to 3 places)."""
    curve = curves().get(extractor)
    return round(curve(raw), 3) if curve is not None else raw


def calibrated(extractor: str) -> bool:
    """Whether the extractor's confidence is read on the common scale (it has a curve)."""
    return extractor in curves()


def ceiling(extractor: str) -> float | None:
    """The highest F1 the extractor's confidence can predict on the common scale (its
    curve's last value, rounded as `on_scale` rounds), or None without a curve: no answer
    of it can be more confident than that, whatever the page."""
    curve = curves().get(extractor)
    return round(max(curve.y), 3) if curve is not None else None
