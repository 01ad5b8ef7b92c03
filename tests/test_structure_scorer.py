"""The structure benchmark's Markdown reader (`benchmarks.structure.elements`): code blocks
are read where CommonMark puts them, whoever wrote the Markdown."""

from __future__ import annotations

from benchmarks.structure import FENCED_CODE, elements, score


def test_a_fence_nested_in_a_list_item_is_code_and_the_item_stays_open() -> None:
    md = (
        "- outer\n"
        "  - inner item\n"
        "\n"
        "    ```\n"
        "    # ---- >8 ----\n"
        "    ```\n"
        "\n"
        "  more of the inner item\n"
    )
    found = elements(md).kinds
    assert list(found["code"]) == ["8"]
    assert set(found["list"]) == {"outer", "inner item more of the inner item"}


def test_a_fence_at_the_margin_ends_the_list() -> None:
    found = elements("- item\n\n```sh\nls -l\n```\n\nafter\n").kinds
    assert list(found["code"]) == ["ls l"]
    assert list(found["list"]) == ["item"]
    assert list(found["paragraph"]) == ["after"]


def test_an_indented_fence_outside_a_list_is_indented_code_of_its_lines() -> None:
    found = elements("text\n\n    ```\n    x = 1\n    ```\n").kinds
    assert list(found["code"]) == ["x 1"]


def test_code_is_compared_line_by_line_without_blank_lines_or_the_language() -> None:
    one = elements("```python\nx = 1\n\n\ny = 2\n```\n").kinds["code"]
    other = elements("~~~\n  x = 1\ny = 2  \n~~~\n").kinds["code"]
    joined = elements("```\nx = 1 y = 2\n```\n").kinds["code"]
    assert one == other
    assert one != joined


def test_code_fenced_is_scored_only_where_the_truth_fences_its_code() -> None:
    fenced = elements("Intro.\n\n```\nx = 1\n```\n")
    indented = elements("Intro.\n\n    x = 1\n")
    tool = elements("Intro.\n\n```\nx = 1\n```\n")
    assert score(fenced, tool)[FENCED_CODE] == score(fenced, tool)["code"] == 1.0
    assert "code" in score(indented, tool)
    assert FENCED_CODE not in score(indented, tool)
