"""The labelled wire corpus (`tests/data/wire_corpus.json`): datelines, credit lines and
agency boilerplate in many languages, and the look-alikes that must be left alone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsclean.metadata.authors import parse_byline
from newsclean.metadata.bylined import parse_bylined_dateline
from newsclean.normalize.credits import ROLES, parse_credit_line
from newsclean.normalize.dateline import parse_dateline
from newsclean.normalize.trailers import parse_trailer

CORPUS = Path(__file__).resolve().parent / "data" / "wire_corpus.json"
CASES: list[dict[str, Any]] = json.loads(CORPUS.read_text(encoding="utf-8"))["cases"]


def _id(case: dict[str, Any]) -> str:
    return f"{case['kind']}-{case['lang']}-{case['text'][:40]}"


def _of(kind: str) -> list[dict[str, Any]]:
    return [c for c in CASES if c["kind"] == kind]


@pytest.mark.parametrize("case", _of("dateline"), ids=_id)
def test_dateline_case(case: dict[str, Any]) -> None:
    found = parse_dateline(case["text"], first=case.get("first", False))
    expect = case["expect"]
    if expect is None:
        assert found is None, found
        return
    assert found is not None
    assert found.dateline.model_dump() == expect
    assert found.rest == case["text"][len(expect["raw"]) :].lstrip()


@pytest.mark.parametrize("case", _of("bylined"), ids=_id)
def test_bylined_dateline_case(case: dict[str, Any]) -> None:
    found = parse_bylined_dateline(case["text"], first=case.get("first", False))
    expect = case["expect"]
    if expect is None:
        assert found is None, found
        return
    assert found is not None
    read = {"byline": found.byline, "authors": found.names, "agency": found.agency}
    assert read == {k: expect[k] for k in ("byline", "authors", "agency")}
    assert found.match.dateline.model_dump() == expect["dateline"]
    raw = f"{expect['byline']} {expect['dateline']['raw']}"
    assert found.match.rest == case["text"][len(raw) :].lstrip()


@pytest.mark.parametrize("case", _of("byline"), ids=_id)
def test_byline_case(case: dict[str, Any]) -> None:
    found = parse_byline([case["text"]])
    assert {"names": found.names, "agency": found.agency} == case["expect"]


@pytest.mark.parametrize("case", _of("credit"), ids=_id)
def test_credit_case(case: dict[str, Any]) -> None:
    credits = parse_credit_line(case["text"], last=case.get("last", False))
    expect = case["expect"]
    if expect is None:
        assert credits is None, credits
        assert parse_trailer(case["text"]) is None
        return
    assert credits is not None
    assert [{"role": c.role, "names": c.names, "places": c.places} for c in credits] == expect
    assert all(c.role in ROLES and c.raw == " ".join(case["text"].split()) for c in credits)
    assert all(not c.places or len(c.places) == len(c.names) for c in credits)


@pytest.mark.parametrize("case", _of("boilerplate"), ids=_id)
def test_boilerplate_case(case: dict[str, Any]) -> None:
    assert parse_credit_line(case["text"]) is None
    trailer = parse_trailer(case["text"])
    assert trailer is not None and trailer.agency == case["expect"]["agency"]


def test_corpus_size_and_spread() -> None:
    """The issue's floor: 300 positives, 80 look-alikes, 8 languages, every case sourced."""
    positives = [c for c in CASES if c["kind"] in ("dateline", "credit") and c["expect"]]
    negatives = [c for c in CASES if c["kind"] in ("dateline", "credit") and not c["expect"]]
    assert len(positives) >= 300 and len(negatives) >= 80
    assert len({c["lang"] for c in CASES}) >= 8
    assert all(c["source"] for c in CASES)
