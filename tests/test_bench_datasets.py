"""The user-dataset format of the benchmarks (docs/benchmarks.md, 'Your own pages')."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from benchmarks.datasets import DatasetError, DatasetMissing, load, user

PAGE = b"<html><body><p>Hello there, reader.</p></body></html>"


def _folder(tmp_path: Path, entries: list[dict[str, object]], jsonl: bool = True) -> Path:
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "a.html").write_bytes(PAGE)
    (tmp_path / "html" / "b.html.gz").write_bytes(gzip.compress(PAGE))
    (tmp_path / "c.html").write_bytes(PAGE)
    if jsonl:
        text = "\n".join(json.dumps(e) for e in entries) + "\n"
        (tmp_path / "truth.jsonl").write_text(text, encoding="utf-8")
    else:
        (tmp_path / "truth.json").write_text(json.dumps(entries), encoding="utf-8")
    return tmp_path


def test_reads_text_snippets_and_every_file_location(tmp_path: Path) -> None:
    folder = _folder(tmp_path, [
        {"id": "a", "text": "Hello there, reader.", "url": "https://example.org/a"},
        {"id": "b", "with": "Hello there", "without": ["Subscribe"]},
        {"id": "c", "articleBody": "Hello", "metadata": {"title": "C"}},
    ])
    pages = list(user(folder))
    assert [p.id for p in pages] == ["a", "b", "c"]
    assert all(p.html == PAGE for p in pages)  # html/a.html, html/b.html.gz, c.html
    assert pages[0].truth == "Hello there, reader." and pages[0].has_truth
    assert pages[0].url == "https://example.org/a"
    assert pages[1].with_snippets == ("Hello there",)
    assert pages[1].without_snippets == ("Subscribe",)
    assert not pages[1].has_truth and pages[1].truth == ""
    assert pages[2].truth == "Hello" and pages[2].meta == {"title": "C"}


def test_json_object_of_objects_like_aeb(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(PAGE)
    (tmp_path / "truth.json").write_text(json.dumps({"a": {"articleBody": "Hi"}}))
    assert [(p.id, p.truth) for p in user(tmp_path)] == [("a", "Hi")]


def test_load_by_folder_with_limit(tmp_path: Path) -> None:
    folder = _folder(tmp_path, [{"id": "a", "text": "x"}, {"id": "c", "text": "y"}], jsonl=False)
    assert [p.id for p in load(str(folder), limit=1)] == ["a"]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"text": "no id"}, "no 'id'"),
        ({"id": "a"}, "needs 'text'"),
        ({"id": "zzz", "text": "x"}, "not found"),
        ({"id": "a", "with": [1, 2]}, "'with' must be"),
        ({"id": "a", "text": 3}, "'text' must be"),
    ],
)
def test_malformed_entries_say_what_is_wrong(
    tmp_path: Path, entry: dict[str, object], message: str
) -> None:
    folder = _folder(tmp_path, [entry])
    with pytest.raises(DatasetError, match=message):
        list(user(folder))


def test_missing_truth_file_or_folder_or_name(tmp_path: Path) -> None:
    with pytest.raises(DatasetMissing, match=r"truth\.jsonl or truth\.json"):
        list(user(tmp_path))
    with pytest.raises(DatasetMissing, match="not found"):
        list(user(tmp_path / "absent"))
    with pytest.raises(DatasetMissing, match="unknown dataset 'nope'"):
        load("nope")
    with pytest.raises(DatasetMissing, match="NEWSCLEAN_DATA or pass --data"):
        load("aeb", base=tmp_path)


def test_invalid_json_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "truth.jsonl").write_text("{not json\n")
    with pytest.raises(DatasetError, match=r"truth\.jsonl"):
        list(user(tmp_path))
