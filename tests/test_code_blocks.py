"""Code blocks on small pages built here: a `<pre>` between kept text stays in the body
whatever the block scorer thought of it, and a highlighter's table of line numbers and
code is one code block without the numbers. No page of a dataset is copied."""

from __future__ import annotations

import pytest

from newsclean.blocks import TextBlock
from newsclean.document import load
from newsclean.extractors import density
from newsclean.extractors.block_model import Scored
from newsclean.extractors.density import DensityExtractor
from newsclean.extractors.params import DensityParams
from newsclean.extractors.rules import Analysis, code_between_kept
from newsclean.model import BlockKind
from newsclean.structure import is_line_numbers, to_blocks, without_line_numbers
from tests.markup import body_blocks

PROSE = [
    "The function below reads the settings file once and keeps the values in memory.",
    "Each caller asks for a key and gets the value or the default it passed in.",
    "Reading the file again on every call would be slow when it sits on a network share.",
    "We wrap the loader in a cache so that the second call returns at once.",
]
CODE = "const cache = new Map();\nfunction load(path) {\n  return cache.get(path);\n}"


def _kept(blocks: list[TextBlock], kept_texts: set[str]) -> list[bool]:
    return [b.text in kept_texts for b in blocks]


def test_code_between_kept_text_is_kept() -> None:
    blocks = body_blocks(f"<p>{PROSE[0]}</p><pre>{CODE}</pre><p>{PROSE[1]}</p>")
    keep = _kept(blocks, {PROSE[0], PROSE[1]})
    assert [blocks[i].kind for i in code_between_kept(blocks, keep)] == [BlockKind.CODE]


def test_code_after_the_kept_text_is_not_kept() -> None:
    blocks = body_blocks(f"<p>{PROSE[0]}</p><pre>{CODE}</pre><p>{PROSE[1]}</p>")
    keep = _kept(blocks, {PROSE[0]})  # the text after it was judged furniture
    assert code_between_kept(blocks, keep) == []


@pytest.mark.parametrize("colon", [":", "："])
def test_code_introduced_by_a_colon_is_kept_when_the_text_after_is_not(colon: str) -> None:
    intro = PROSE[0].rstrip(".") + colon
    body = f"<p>{intro}</p><pre>{CODE}</pre><p>Copy</p><pre>npm test</pre><p>{PROSE[1]}</p>"
    blocks = body_blocks(body)
    kept = code_between_kept(blocks, _kept(blocks, {intro}))
    assert [blocks[i].text for i in kept] == [" ".join(CODE.split()), "npm test"]
    # the same page where the kept text before the code does not introduce it
    blocks = body_blocks(body.replace(intro, PROSE[0]))
    assert code_between_kept(blocks, _kept(blocks, {PROSE[0]})) == []


def test_an_introduction_left_out_or_behind_prose_does_not_count() -> None:
    intro = PROSE[0].rstrip(".") + ":"
    blocks = body_blocks(f"<p>{intro}</p><pre>{CODE}</pre><p>{PROSE[1]}</p>")
    assert code_between_kept(blocks, _kept(blocks, set())) == []  # nothing kept before
    blocks = body_blocks(f"<p>{intro}</p><p>{PROSE[2]}</p><pre>{CODE}</pre><p>{PROSE[1]}</p>")
    assert code_between_kept(blocks, _kept(blocks, {intro})) == []  # prose left out between


def test_short_blocks_and_other_code_are_passed_over_but_prose_is_not() -> None:
    tabs = "<ul><li>npm</li><li>yarn</li><li>pnpm</li></ul><p>Pick one.</p>"
    runs = "<pre>npm add cache</pre><pre>yarn add cache</pre>"
    blocks = body_blocks(f"<p>{PROSE[0]}</p>{tabs}{runs}<p>{PROSE[1]}</p>")
    keep = _kept(blocks, {PROSE[0], PROSE[1]})
    assert [blocks[i].text for i in code_between_kept(blocks, keep)] == [
        "npm add cache", "yarn add cache",
    ]
    # a paragraph left out between them is evidence the code is not the article's
    blocks = body_blocks(f"<p>{PROSE[0]}</p><p>{PROSE[2]}</p><pre>{CODE}</pre><p>{PROSE[1]}</p>")
    assert code_between_kept(blocks, _kept(blocks, {PROSE[0], PROSE[1]})) == []


def test_a_line_number_gutter_is_not_kept() -> None:
    gutter = "<pre>1\n2\n3\n4</pre>"
    blocks = body_blocks(f"<p>{PROSE[0]}</p>{gutter}<pre>{CODE}</pre><p>{PROSE[1]}</p>")
    kept = code_between_kept(blocks, _kept(blocks, {PROSE[0], PROSE[1]}))
    assert [blocks[i].text.split()[0] for i in kept] == ["const"]


def test_the_extractor_keeps_code_its_scorer_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """The learned scorer sometimes judges a code sample boilerplate (no stopwords, no
    sentences); here a stand-in scorer drops every code block, as it did on real pages."""

    def drop_code(doc: object, analysis: Analysis, forest: object = None) -> Scored:
        keep = [b.kind is not BlockKind.CODE for b in analysis.blocks]
        return Scored(keep, ["stand-in"] * len(keep), 0.9, [float(k) for k in keep])

    monkeypatch.setattr(density, "decide", drop_code)
    html = (
        f"<html><body><article><p>{PROSE[0]} {PROSE[1]}</p>"
        f'<pre><code class="language-js">{CODE}</code></pre>'
        f"<p>{PROSE[2]} {PROSE[3]}</p></article></body></html>"
    )
    blocks = DensityExtractor().extract(load(html)).blocks
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.CODE, BlockKind.PARAGRAPH]
    assert blocks[1].text == CODE and blocks[1].language == "js"
    off = DensityExtractor(DensityParams(code_between_kept=False)).extract(load(html))
    assert BlockKind.CODE not in [b.kind for b in off.blocks]


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
    blocks = body_blocks(body)
    built = to_blocks(blocks, page=blocks)
    assert [b.kind for b in built] == [BlockKind.PARAGRAPH, BlockKind.CODE, BlockKind.PARAGRAPH]
    assert built[1].text == CODE and built[1].language == language


def test_a_data_table_with_code_in_some_cells_stays_a_table() -> None:
    table = (
        "<table><tr><th>Option</th><th>Example</th></tr>"
        "<tr><td>cache size</td><td><pre>size = 10</pre></td></tr></table>"
    )
    blocks = body_blocks(table)
    assert [b.kind for b in to_blocks(blocks, page=blocks)] == [BlockKind.TABLE]


@pytest.mark.parametrize(
    ("text", "gutter"),
    [("1\n2\n3", True), ("1", True), (" 7 8  9 ", True), ("200", False), ("1 3", False),
     ("1\nx = 1", False), ("", False)],
)
def test_line_numbers(text: str, gutter: bool) -> None:
    assert is_line_numbers(text) is gutter


TAB = '<section role="tabpanel"{hidden}>{content}</section>'


@pytest.mark.parametrize(
    "hidden", [' hidden="hidden"', ' aria-hidden="true"', ' style="display: none"']
)
def test_a_hidden_tab_panel_of_code_is_read(hidden: str) -> None:
    """Documentation shows one sample per language in tabs; the hidden ones are content."""
    panels = TAB.format(hidden="", content=f"<pre>{CODE}</pre>") + TAB.format(
        hidden=hidden, content="<pre>npm install cache</pre>"
    )
    texts = [b.text for b in body_blocks(f"<p>{PROSE[0]}</p><div>{panels}</div>")]
    assert texts == [PROSE[0], " ".join(CODE.split()), "npm install cache"]


def test_a_hidden_tab_panel_of_prose_is_read() -> None:
    """A product's details, a service's feature tab: the panel is the page's own."""
    panels = TAB.format(hidden="", content=f"<p>{PROSE[1]}</p>") + TAB.format(
        hidden=" hidden", content=f"<p>{PROSE[2]} {PROSE[3]}</p><pre>{CODE}</pre>"
    )
    texts = [b.text for b in body_blocks(f"<p>{PROSE[0]}</p><div>{panels}</div>")]
    assert texts == [PROSE[0], PROSE[1], f"{PROSE[2]} {PROSE[3]}", " ".join(CODE.split())]


def test_other_hidden_code_stays_hidden() -> None:
    content = f'<div hidden><pre>{CODE}</pre></div>'  # code, but no tab panel
    assert [b.text for b in body_blocks(f"<p>{PROSE[0]}</p>{content}")] == [PROSE[0]]


def test_inline_line_numbers_leave_the_code() -> None:
    """A highlighter that writes each line's number in an element of its own before the
    line (kept from copying by CSS) gives "1", code, "2", code: the numbers go."""
    lines = ["import os", "from json import loads", "", "print(loads(os.environ['X']))"]
    rows = "".join(
        f"<div><span class='ln'>{n}</span><div><span>{line}</span>\n</div></div>"
        for n, line in enumerate(lines, 1)
    )
    page = f"<html><body>{''.join(f'<p>{p}</p>' for p in PROSE[:2])}<pre>{rows}</pre>" \
        f"{''.join(f'<p>{p}</p>' for p in PROSE[2:])}</body></html>"
    article = DensityExtractor().extract(load(page.encode()))
    code = [b for b in article.blocks if b.kind is BlockKind.CODE]
    assert [b.text for b in code] == ["\n".join(lines)]


@pytest.mark.parametrize("output", ["1\n2\n3\nTotal time: 3 s", ">>> print(x)\n9\n7\n5",
                                    "1\nfoo\n3\nbar", "0\nzero\n1\none"])
def test_printed_numbers_stay(output: str) -> None:
    """Numbers a program printed are not line numbers: not 1, 2, 3 each before a line."""
    assert without_line_numbers(output) == output


def _code_of(content: str) -> list[str]:
    page = f"<html><body>{''.join(f'<p>{p}</p>' for p in PROSE[:2])}{content}" \
        f"{''.join(f'<p>{p}</p>' for p in PROSE[2:])}</body></html>"
    article = DensityExtractor().extract(load(page.encode()))
    return [b.text for b in article.blocks if b.kind is BlockKind.CODE]


@pytest.mark.parametrize("number", [
    "<span class='ln'>{n}</span>",  # Chroma (Hugo)
    "<span class='linenos'>{n}</span>",  # Pygments' inline line numbers
    "<span class='hljs-ln-n' data-line-number='{n}'>{n}</span>",
])
def test_line_numbers_inside_each_line_leave_the_code(number: str) -> None:
    """A highlighter that writes each line's number in an element of its own at the start
    of the line's element gave "1package main": the numbers go, the code stays whole."""
    lines = ["package main", "", "func main() {}"]
    rows = "".join(
        f"<span class='line'>{number.format(n=n)}<span class='cl'>{line}\n</span></span>"
        for n, line in enumerate(lines, 1)
    )
    assert _code_of(f"<pre><code class='language-go'>{rows}</code></pre>") == ["\n".join(lines)]


@pytest.mark.parametrize("token", ["mi", "hljs-number", "token number"])
def test_numbers_of_the_code_at_line_starts_stay(token: str) -> None:
    """A data sample whose lines open with 1, 2, 3 as the highlighter's number tokens is
    code, not a gutter: only an element named a line number is one."""
    rows = "".join(f"<span class='{token}'>{n}</span>,{fruit}\n"
                   for n, fruit in enumerate(["apple", "pear", "plum"], 1))
    assert _code_of(f"<pre><code>{rows}</code></pre>") == ["1,apple\n2,pear\n3,plum"]


@pytest.mark.parametrize("code", [
    "import os<br><br>print(os.sep)",  # two line breaks: a blank line, as a browser shows
    "<div class='cm-line'>import os</div><div class='cm-line'><br></div>"
    "<div class='cm-line'>print(os.sep)</div>",  # CodeMirror's empty line
])
def test_blank_lines_of_code_stay(code: str) -> None:
    assert _code_of(f"<pre>{code}</pre>") == ["import os\n\nprint(os.sep)"]
