"""Code blocks on small pages built here: a highlighter's table of line numbers and code
is one code block without the numbers. No page of a dataset is copied."""

from __future__ import annotations

import lxml.html
import pytest

from newsclean.blocks import TextBlock, segment
from newsclean.model import BlockKind
from newsclean.structure import build_blocks, is_line_numbers

PROSE = [
    "The function below reads the settings file once and keeps the values in memory.",
    "Each caller asks for a key and gets the value or the default it passed in.",
    "Reading the file again on every call would be slow when it sits on a network share.",
    "We wrap the loader in a cache so that the second call returns at once.",
]
CODE = "const cache = new Map();\nfunction load(path) {\n  return cache.get(path);\n}"


def _blocks(body: str) -> list[TextBlock]:
    return segment(lxml.html.document_fromstring(f"<html><body>{body}</body></html>"))


@pytest.mark.parametrize(
    ("table", "language"),
    [
        (  # Pygments' highlighttable
            '<table class="highlighttable"><tr><td class="linenos"><div class="linenodiv">'
            '<pre>1\n2\n3\n4</pre></div></td><td class="code"><div class="highlight">'
            '<pre class="language-js">{code}</pre></div></td></tr></table>',
            "js",
        ),
        (  # Chroma's (Hugo's) lntable: a line per span, a link per number
            '<div class="highlight"><table class="lntable"><tr><td class="lntd"><pre><code>'
            '<span class="lnt"><a href="#l1">1</a>\n</span><span class="lnt">2\n</span>'
            '<span class="lnt">3\n</span><span class="lnt">4\n</span></code></pre></td>'
            '<td class="lntd"><pre><code class="language-go">{code}</code></pre></td></tr>'
            "</table></div>",
            "go",
        ),
    ],
)
def test_a_table_of_line_numbers_and_code_is_one_code_block(table: str, language: str) -> None:
    body = f"<p>{PROSE[0]}</p>{table.format(code=CODE)}<p>{PROSE[1]}</p>"
    blocks = _blocks(body)
    built = build_blocks(blocks, page=blocks)
    assert [b.kind for b in built] == [BlockKind.PARAGRAPH, BlockKind.CODE, BlockKind.PARAGRAPH]
    assert built[1].text == CODE and built[1].language == language


def test_a_data_table_with_code_in_some_cells_stays_a_table() -> None:
    table = (
        "<table><tr><th>Option</th><th>Example</th></tr>"
        "<tr><td>cache size</td><td><pre>size = 10</pre></td></tr></table>"
    )
    blocks = _blocks(table)
    assert [b.kind for b in build_blocks(blocks, page=blocks)] == [BlockKind.TABLE]


@pytest.mark.parametrize(
    ("text", "gutter"),
    [("1\n2\n3", True), ("1", True), (" 7 8  9 ", True), ("200", False), ("1 3", False),
     ("1\nx = 1", False), ("", False)],
)
def test_line_numbers(text: str, gutter: bool) -> None:
    assert is_line_numbers(text) is gutter
