"""Rendering: Markdown (CommonMark + GFM tables) and HTML of structural tags only."""

from __future__ import annotations

import re

import lxml.html
import pytest

import newsclean
from newsclean.blocks import segment
from newsclean.model import Article, Block, BlockKind, Inline, ListItem, TableCell, TableRow
from newsclean.render import HTML_ATTRIBUTES, HTML_TAGS, md_escape, safe_url
from newsclean.structure import to_blocks


def para(*runs: Inline) -> Block:
    return Block(inlines=runs)


def page(body: str) -> Article:
    """An article of every block of `body` (the structure builder's, all kept)."""
    root = lxml.html.document_fromstring(f"<html><body>{body}</body></html>")
    return Article(blocks=to_blocks(segment(root), "https://e.com/a"))


def test_marks_nest_and_whitespace_stays_outside_them() -> None:
    block = para(
        Inline(text="A "), Inline(text="bold ", strong=True),
        Inline(text="and italic", strong=True, emphasis=True), Inline(text=" end, "),
        Inline(text="a link", href="https://e.com/a b"), Inline(text=" and "),
        Inline(text="code`s", code=True), Inline(text="."),
    )
    assert block.to_markdown() == (
        "A **bold *and italic*** end, [a link](https://e.com/a%20b) and ``code`s``."
    )
    article = Article(blocks=[block])
    assert article.to_html(title=False) == (
        "<p>A <strong>bold <em>and italic</em></strong> end, "
        '<a href="https://e.com/a b">a link</a> and <code>code`s</code>.</p>\n'
    )


def test_switches_drop_links_formatting_and_the_title() -> None:
    link, bold = Inline(text="x", href="https://e.com"), Inline(text=" y", strong=True)
    article = Article(title="T", blocks=[para(link, bold)])
    assert article.to_markdown() == "# T\n\n[x](https://e.com) **y**\n"
    assert article.to_markdown(title=False, links=False, formatting=False) == "x y\n"
    assert article.to_html(links=False, formatting=False) == "<h1>T</h1>\n<p>x y</p>\n"


def test_the_title_keeps_a_trailing_hash_as_body_headings_do() -> None:
    """CommonMark drops a heading's closing run of `#`: the title's is escaped too."""
    article = Article(title="Tickets for the final: #", blocks=[
        Block(kind=BlockKind.HEADING, level=2, text="Seats: #"),
    ])
    assert article.to_markdown() == "# Tickets for the final: \\#\n\n## Seats: \\#\n"


def test_line_breaks_are_hard_breaks() -> None:
    block = para(Inline(text="one"), Inline(text="\n"), Inline(text="two"))
    assert block.to_markdown() == "one  \ntwo"
    assert Article(blocks=[block]).to_html(title=False) == "<p>one<br>two</p>\n"


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("# not a heading", "\\# not a heading"),
        ("1. not a list", "1\\. not a list"),
        ("- not an item", "\\- not an item"),
        ("> not a quote", "\\> not a quote"),
        ("a *star* and [brackets] and `ticks`", "a \\*star\\* and \\[brackets\\] and \\`ticks\\`"),
        ("snake_case stays, _edges_ do not", "snake_case stays, \\_edges\\_ do not"),
        ("<script>x</script>", "\\<script>x\\</script>"),
        ("Price ~~was~~ is", "Price \\~\\~was\\~\\~ is"),
        ("~~~ not a fence", "\\~\\~\\~ not a fence"),
        # GitHub strikes out between two single tildes too: with two, every one is escaped
        ("Shares rose ~5~ points", "Shares rose \\~5\\~ points"),
        ("about ~5 km, a~b", "about \\~5 km, a\\~b"),
        ("about ~5 km", "about ~5 km"),
    ],
)
def test_text_that_reads_as_markup_is_escaped(text: str, escaped: str) -> None:
    assert Block(text=text).to_markdown() == escaped


def test_tildes_are_escaped_where_gfm_pairs_them_over_a_paragraph_or_cell() -> None:
    """Two tildes pair across runs and markers, and across a cell's paragraphs (GitHub
    reads a cell as one line); tildes that cannot pair stay as written."""
    assert para(Inline(text="rose ~5 "), Inline(text="or 6~", strong=True)).to_markdown() == (
        "rose \\~5 **or 6\\~**"
    )
    assert Block(text="~640 g, or ~5% less").to_markdown() == "~640 g, or ~5% less"
    cell = TableCell(blocks=(Block(text="a~5"), Block(text="6~")))
    table = Block(kind=BlockKind.TABLE, rows=(TableRow(cells=(cell, TableCell(blocks=(
        Block(text="~7"),))),),))
    assert table.to_markdown() == "| a\\~5<br>6\\~ | ~7 |\n| --- | --- |"


@pytest.mark.parametrize(
    ("lines", "markdown"),
    [
        # a setext underline of any length
        (["Score was tied", "--"], "Score was tied  \n\\--"),
        (["Score was tied", "="], "Score was tied  \n\\="),
        # a GFM table's delimiter row, with or without pipes at its ends or colons
        (["Name | Age", "--- | ---", "Ann | 31"], "Name | Age  \n\\--- | ---  \nAnn | 31"),
        (["Name", "|-"], "Name  \n\\|-"),
        (["Name", ":-"], "Name  \n\\:-"),
        # prose with pipes and dashes is left alone
        (["Name | Age", "Ann | 31 -- a guess"], "Name | Age  \nAnn | 31 -- a guess"),
    ],
)
def test_paragraph_lines_that_read_as_a_heading_or_table_are_escaped(
    lines: list[str], markdown: str
) -> None:
    """A line of dashes after a line of text underlines a heading (CommonMark), a line of
    dashes, colons and pipes makes a table of it (GFM): one backslash keeps the text."""
    runs = [Inline(text="\n") if i % 2 else Inline(text=lines[i // 2])
            for i in range(2 * len(lines) - 1)]
    assert para(*runs).to_markdown() == markdown
    assert Block(text="\n".join(lines)).to_markdown() == markdown


@pytest.mark.parametrize(
    ("runs", "markdown"),
    [
        ((Inline(text="Jetzt abonnieren!"), Inline(text="Hier klicken", href="https://e.com/abo")),
         "Jetzt abonnieren\\![Hier klicken](https://e.com/abo)"),
        ((Inline(text="Wow!", strong=True), Inline(text="Link", href="https://e.com/l")),
         "**Wow!**[Link](https://e.com/l)"),
        ((Inline(text="Wow! "), Inline(text="Link", href="https://e.com/l")),
         "Wow! [Link](https://e.com/l)"),
        ((Inline(text="Wow!"), Inline(text="Link", href="https://e.com/l", strong=True)),
         "Wow\\![**Link**](https://e.com/l)"),
    ],
)
def test_a_bang_before_a_link_does_not_make_it_an_image(
    runs: tuple[Inline, ...], markdown: str
) -> None:
    """`![` opens an image in CommonMark; a `!` elsewhere stays as it is."""
    assert para(*runs).to_markdown() == markdown


@pytest.mark.parametrize(
    ("runs", "markdown"),
    [
        # punctuation inside the markers, a letter outside: moved outside the markers
        ((Inline(text="据报道，"), Inline(text="“一带一路”", strong=True), Inline(text="倡议")),
         "据报道，“**一带一路**”倡议"),
        ((Inline(text="政府は"), Inline(text="「新しい資本主義」", strong=True),
          Inline(text="を掲げた")), "政府は「**新しい資本主義**」を掲げた"),
        ((Inline(text="UPDATE:", strong=True), Inline(text="The council met.")),
         "**UPDATE**:The council met."),
        ((Inline(text="Wort"), Inline(text="„Ampel“", emphasis=True), Inline(text="steht")),
         "Wort„*Ampel*“steht"),
        ((Inline(text="x"), Inline(text="“quoted”", strong=True, emphasis=True), Inline(text="y")),
         "x“***quoted***”y"),
        ((Inline(text="you will "), Inline(text="not (", emphasis=True), Inline(text="i.e. x)")),
         "you will *not* (i.e. x)"),
        # nothing left inside, or no text at the edge to move: no markers
        ((Inline(text="a"), Inline(text="“", strong=True), Inline(text="b")), "a“b"),
        ((Inline(text="x"), Inline(text="f()", strong=True, code=True), Inline(text="y")),
         "x`f()`y"),
        # markers CommonMark reads already stay as they are
        ((Inline(text="He said "), Inline(text="“hi”", strong=True), Inline(text=" loudly")),
         "He said **“hi”** loudly"),
        ((Inline(text="("), Inline(text="see", emphasis=True), Inline(text=")")), "(*see*)"),
        ((Inline(text="foo"), Inline(text="bar", strong=True), Inline(text="baz")),
         "foo**bar**baz"),
        ((Inline(text="x"), Inline(text="link", strong=True, href="https://e.com"),
          Inline(text="y")), "x[**link**](https://e.com)y"),
        # a span opened where another closes: touching, the runs of `*` would be one, so
        # the span opened there is written with `_`, or else the one closed there
        ((Inline(text="Start "), Inline(text="foo ", strong=True),
          Inline(text="bar", strong=True, emphasis=True), Inline(text="baz", emphasis=True),
          Inline(text=" stop.")), "Start **foo *bar***_baz_ stop."),
        ((Inline(text="a "), Inline(text="x", strong=True), Inline(text="y", emphasis=True),
          Inline(text="z", strong=True), Inline(text=" b")), "a **x**_y_**z** b"),
        ((Inline(text="qux "), Inline(text="bar ", strong=True),
          Inline(text="baz", strong=True, emphasis=True), Inline(text="qux", emphasis=True),
          Inline(text="end")), "qux __bar _baz___*qux*end"),
    ],
)
def test_emphasis_markers_are_ones_commonmark_reads(
    runs: tuple[Inline, ...], markdown: str
) -> None:
    """A run of `*` opens only before a letter or after whitespace or punctuation, and
    closes likewise (the spec's flanking rules): `**“quoted”**word` shows its asterisks."""
    assert para(*runs).to_markdown() == markdown


def test_mending_emphasis_is_linear_in_the_spans_of_a_paragraph() -> None:
    """Each failing span is mended once, with the characters beside it: a paragraph of
    2,000 failing spans writes each piece a bounded number of times (a restart after each
    mend wrote the whole paragraph again: 16 s for 2,000 spans)."""
    from newsclean import render

    runs = [Inline(text=t, strong=t == "®") for _ in range(2_000) for t in ("word", "®")]
    pieces = render._pieces(runs, render.Options(), "\n")
    calls = 0

    def write(piece: render._Piece) -> str:
        nonlocal calls
        calls += 1
        return render._MD_PARAGRAPH.write(piece)

    mended, written = render._emphasis_mended(pieces, write)
    assert written == [render._MD_PARAGRAPH.write(p) for p in mended]
    assert "".join(written) == "word®" * 2_000
    assert calls < 20 * len(pieces)
    # the same mends as span by span: the first and the last spans alike
    two = para(Inline(text="a"), Inline(text="“b”", strong=True), Inline(text="c"),
               Inline(text="“d”", strong=True), Inline(text="e"))
    assert two.to_markdown() == "a“**b**”c“**d**”e"


def test_keeping_touching_markers_apart_is_linear_in_the_spans_of_a_paragraph() -> None:
    """A paragraph of 10,000 spans, each opened where the one before closes: every
    boundary is rewritten once, looking at the markers beside it only (reads of the
    written pieces are counted: a scan of the paragraph per boundary would be their
    square)."""
    from newsclean import render

    runs = [Inline(text=f"w{i}", strong=i % 2 == 0, emphasis=i % 2 == 1) for i in range(10_000)]
    pieces = render._pieces(runs, render.Options(), "\n")
    reads = 0

    class Counted(list[str]):
        def __getitem__(self, k):  # type: ignore[no-untyped-def]
            nonlocal reads
            reads += 1
            return super().__getitem__(k)

    written = render._runs_apart(pieces, Counted(map(render._MD_PARAGRAPH.write, pieces)))
    assert "".join(written).startswith("**w0**_w1_**w2**_w3_")
    assert reads < 30 * len(pieces)


def test_nested_lists_in_markdown_and_html() -> None:
    inner = Block(kind=BlockKind.LIST, ordered=True, items=(
        ListItem(blocks=(Block(text="a"),)), ListItem(blocks=(Block(text="b"),)),
    ))
    block = Block(kind=BlockKind.LIST, items=(
        ListItem(blocks=(Block(text="one"), Block(text="more"), inner)),
        ListItem(blocks=(Block(text="two"),)),
    ))
    assert block.to_markdown() == "- one  \n  more\n  1. a\n  2. b\n- two"
    html = Article(blocks=[block]).to_html(title=False)
    assert "<ol>\n<li>a</li>" in html and html.startswith("<ul>\n<li><p>one</p>")


@pytest.mark.parametrize(
    ("body", "markdown"),
    [
        ("<ul><li>Flour</li><li>Eggs</li></ul><ul><li>Salt</li></ul><ul><li>Oil</li></ul>",
         "- Flour\n- Eggs\n\n* Salt\n\n- Oil\n"),
        ("<ol start=3><li>Mix</li><li>Bake</li></ol><ol><li>Serve</li></ol>",
         "3. Mix\n4. Bake\n\n1) Serve\n"),
        # a list of the other kind, or a paragraph between, needs nothing
        ("<ul><li>a</li></ul><ol><li>b</li></ol><p>c</p><ol><li>d</li></ol>",
         "- a\n\n1. b\n\nc\n\n1. d\n"),
        # in a quote, and two lists nested in one item
        ("<blockquote><ul><li>a</li></ul><ul><li>b</li></ul></blockquote>",
         "> - a\n>\n> * b\n"),
        ("<ul><li>x<ul><li>a</li></ul><ul><li>b</li></ul></li></ul>",
         "- x\n  - a\n  * b\n"),
    ],
)
def test_lists_side_by_side_stay_apart(body: str, markdown: str) -> None:
    """CommonMark goes on with a list across a blank line while the marker stays the same:
    the second of two lists writes the other one (`*`, `)`), as HTML keeps them apart."""
    assert page(body).to_markdown(title=False) == markdown


@pytest.mark.parametrize(
    ("body", "markdown"),
    [
        # only a list numbered from 1 (or bulleted) may interrupt the item's paragraph
        ("<ul><li>Steps continued<ol start=4><li>Fourth step</li><li>Fifth</li></ol></li>"
         "<li>Done</li></ul>",
         "- Steps continued\n\n  4. Fourth step\n  5. Fifth\n- Done\n"),
        ("<ul><li>Steps<ol><li>First</li></ol></li><li>Done</li></ul>",
         "- Steps\n  1. First\n- Done\n"),
        ("<ol><li>Steps<ul><li>one</li></ul><ol start=4><li>four</li></ol></li></ol>",
         "1. Steps\n   - one\n   4. four\n"),
    ],
)
def test_a_nested_list_stays_a_list_where_it_follows_a_paragraph(
    body: str, markdown: str
) -> None:
    """CommonMark 5.3: an ordered list that does not start at 1 cannot interrupt a
    paragraph; a blank line before it keeps it a nested list (the item turns loose), and
    only there, so other items stay tight."""
    assert page(body).to_markdown(title=False) == markdown


def test_an_ordered_list_numbers_on_from_its_start() -> None:
    block = Block(kind=BlockKind.LIST, ordered=True, start=4, items=(
        ListItem(blocks=(Block(text="four"),)), ListItem(blocks=(Block(text="five"),)),
    ))
    assert block.to_markdown() == "4. four\n5. five"
    assert '<ol start="4">\n<li>four</li>' in Article(blocks=[block]).to_html(title=False)
    assert '"start":4' in block.model_dump_json()
    assert "start" not in Block(kind=BlockKind.LIST, ordered=True).model_dump_json()


@pytest.mark.parametrize(
    ("body", "markdown", "html"),
    [
        ("<ol reversed><li>Three</li><li>Two</li><li>One</li></ol>",
         "3. Three\n2) Two\n1. One\n", "<ol reversed>\n<li>Three</li>"),
        ("<ol reversed start=10><li>Ten</li><li>Nine</li></ol>",
         "10. Ten\n9) Nine\n", '<ol reversed start="10">\n<li>Ten</li>'),
        ("<ol><li value=7>Seventh</li><li>Eighth</li></ol>",
         "7. Seventh\n8. Eighth\n", '<ol>\n<li value="7">Seventh</li>\n<li>Eighth</li>'),
        ("<ol><li>One</li><li value=5>Five</li><li>Six</li></ol>",
         "1. One\n5) Five\n6) Six\n", '<li value="5">Five</li>'),
        # a countdown past 0 has numbers CommonMark cannot write: the list goes on
        ("<ol reversed start=0><li>Zero</li><li>Minus one</li></ol>",
         "0. Zero\n1. Minus one\n", '<ol reversed start="0">'),
    ],
)
def test_a_reversed_list_and_item_values_number_their_items(
    body: str, markdown: str, html: str
) -> None:
    """CommonMark numbers a list up from its first item: where the page's numbers do not go
    up by one, a new list starts with the other delimiter, so each item shows its number."""
    article = page(body)
    assert article.to_markdown(title=False) == markdown
    assert html in article.to_html(title=False)


def test_tables_fill_spans_and_pad_short_rows() -> None:
    cell = TableCell
    block = Block(kind=BlockKind.TABLE, rows=(
        TableRow(header=True, cells=(cell(blocks=(Block(text="A"),), header=True),
                                     cell(blocks=(Block(text="B|C"),), header=True, colspan=2))),
        TableRow(cells=(cell(blocks=(Block(text="x"),), rowspan=2),
                        cell(blocks=(para(*map(lambda t: Inline(text=t), "1\n2")),)),
                        cell(blocks=(Block(text="z"),)))),
        TableRow(cells=(cell(blocks=(Block(text="y"),)),)),
    ))
    assert block.to_markdown() == (
        "| A | B\\|C |  |\n| --- | --- | --- |\n| x | 1<br>2 | z |\n|  | y |  |"
    )
    html = Article(blocks=[block]).to_html(title=False)
    assert "<thead>\n<tr><th>A</th><th>B|C</th><th></th></tr>\n</thead>" in html
    assert "<tr><td></td><td>y</td><td></td></tr>" in html


@pytest.mark.parametrize(
    ("body", "markdown"),
    [
        # a column only spans cover adds nothing
        ("<table><tr><th>A</th><th>B</th></tr><tr><td colspan=1000>wide</td></tr></table>",
         "| A | B |\n| --- | --- |\n| wide |  |\n"),
        ("<table><tr><th colspan=3>Name</th></tr><tr><td>Ann</td><td>31</td></tr></table>",
         "| Name |  |\n| --- | --- |\n| Ann | 31 |\n"),
        # a rowspan pushes the cells of the rows below it right
        ("<table><tr><th>A</th><th>B</th><th>C</th></tr><tr><td rowspan=2>x</td><td>1</td>"
         "<td>2</td></tr><tr><td>3</td><td>4</td></tr></table>",
         "| A | B | C |\n| --- | --- | --- |\n| x | 1 | 2 |\n|  | 3 | 4 |\n"),
    ],
)
def test_a_table_is_as_wide_as_the_columns_its_cells_start_in(body: str, markdown: str) -> None:
    assert page(body).to_markdown(title=False) == markdown


def test_a_table_without_a_header_row_writes_its_first_row_as_the_header() -> None:
    """GFM needs a header row: WCXB's Markdown truth promotes the first row (74 of the 75
    tables of wcxb-dev without `<th>` or `<thead>`), rather than writing an empty one."""
    article = page("<table><tr><td>Ann</td><td>31</td></tr><tr><td>Bob</td><td>42</td></tr>"
                   "</table>")
    assert article.to_markdown(title=False) == "| Ann | 31 |\n| --- | --- |\n| Bob | 42 |\n"
    assert "<thead>" not in article.to_html(title=False)


def test_a_wide_table_keeps_every_column() -> None:
    """A real table of 70 columns keeps them all, in Markdown and HTML alike."""
    head = "".join(f"<th>H{i}</th>" for i in range(70))
    data = "".join(f"<td>v{i}</td>" for i in range(70))
    article = page(f"<table><tr>{head}</tr><tr>{data}</tr></table>")
    markdown, html = article.to_markdown(title=False), article.to_html(title=False)
    assert "| v0 |" in markdown and "| v69 |" in markdown and markdown.count(" --- |") == 70
    assert "<td>v69</td>" in html and html.count("<td>") == 70


def test_text_only_blocks_render_by_their_text_conventions() -> None:
    table = Block(kind=BlockKind.TABLE, text="x | y\n1 | 2 | 3")
    assert table.to_markdown() == "| x | y |  |\n| --- | --- | --- |\n| 1 | 2 | 3 |"
    assert Block(kind=BlockKind.CODE, text="a\n```\nb").to_markdown() == "````\na\n```\nb\n````"
    assert Block(kind=BlockKind.CODE, text="x", language="py").to_markdown() == "```py\nx\n```"


def test_figures_only_with_images() -> None:
    figure = Block(kind=BlockKind.FIGURE, src="https://e.com/i.jpg", alt="A [cat]",
                   inlines=(Inline(text="The cat."),))
    article = Article(blocks=[Block(text="p"), figure])
    assert article.to_markdown(title=False) == "p\n"
    assert article.to_markdown(title=False, images=True) == (
        "p\n\n![A \\[cat\\]](https://e.com/i.jpg)\n\nThe cat.\n"
    )
    assert article.to_html(title=False, images=True) == (
        '<p>p</p>\n<figure><img src="https://e.com/i.jpg" alt="A [cat]">'
        "<figcaption>The cat.</figcaption></figure>\n"
    )
    assert article.text == ""  # built by hand; assemble derives it, figures give none


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://e.com/x", "https://e.com/x"), ("/rel", "/rel"), ("mailto:a@b.c", "mailto:a@b.c"),
        ("javascript:alert(1)", None), ("  jAvAsCrIpT:alert(1)", None),
        ("java\nscript:alert(1)", None), ("\x01javascript:x", None), ("data:text/html,x", None),
        ("vbscript:x", None), ("#frag", None), ("javascript&colon;x", None),
        ("java script:x", None), ("https://e.com/?a=1&b=2", "https://e.com/?a=1&b=2"),
    ],
)
def test_safe_url(url: str, safe: str | None) -> None:
    assert safe_url(url) == safe


HOSTILE = """<html><head><script>alert(1)</script><style>p{color:red}</style></head>
<body onload="alert(1)"><article>
<h1 onclick="alert(1)">Headline</h1>
<p style="color:red" class="x">A paragraph that is long enough to be the story, with a
<a href="javascript:alert(1)" onmouseover="alert(2)">bad link</a>, a
<a href=" JaVaScRiPt:alert(3)">cased one</a>, a <a href="data:text/html,<script>x</script>">data
link</a>, an <a href="java&#x09;script:alert(4)">entity one</a> and a
<a href="https://example.com/ok" target="_blank">good one</a>. More words follow here so that
the extractor keeps this paragraph as the body of the article without hesitation.</p>
<p>Second paragraph with &lt;script&gt;alert(5)&lt;/script&gt; as text, an
<img src="x" onerror="alert(6)"> image, <iframe src="https://evil.example/"></iframe> a frame,
<svg onload="alert(7)"><script>alert(8)</script></svg> and more words to keep it in the body.</p>
<figure><img src="javascript:alert(9)" alt="bad"><figcaption>Bad figure</figcaption></figure>
<table><tr><td onclick="x">a<script>alert(10)</script></td><td>b</td></tr>
<tr><td>c</td><td><a href="vbscript:x">d</a></td></tr></table>
<pre><code class="language-html">&lt;script&gt;alert(11)&lt;/script&gt;</code></pre>
<p>Closing paragraph of the story, long enough to be kept like the others in the body here.</p>
</article></body></html>"""


@pytest.mark.parametrize("extractors", [None, ["density"], ["readability"], ["trafilatura"]])
def test_html_output_of_a_hostile_page_holds_only_structural_markup(
    extractors: list[str] | None,
) -> None:
    article = newsclean.extract(HOSTILE, url="https://example.com/a", extractors=extractors)
    html = article.to_html(images=True)
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for el in root.iter():
        if el is root:
            continue
        assert el.tag in HTML_TAGS, el.tag
        assert set(el.attrib) <= HTML_ATTRIBUTES, el.attrib
        for value in el.attrib.values():
            assert safe_url(value) is not None or el.get("alt") == value
            assert "script:" not in value.lower().replace("\t", "")
    assert "alert(1)" not in html and "onerror" not in html and "<script" not in html
    markdown = article.to_markdown(images=True)
    assert "javascript" not in markdown.lower() and "vbscript" not in markdown.lower()
    prose = re.sub(r"```.*?```|`[^`]*`", "", markdown, flags=re.S)
    assert not re.search(r"(?<!\\)<[A-Za-z/!?]", prose)  # no raw HTML outside code


def test_markdown_links_cannot_smuggle_a_scheme_through_references() -> None:
    block = para(Inline(text="x", href="https://e.com/?q=a&amp;b"))
    assert block.to_markdown() == "[x](https://e.com/?q=a\\&amp;b)"


def test_md_escape_in_table_cells() -> None:
    assert md_escape("a|b", table=True) == "a\\|b"


LINKED = b"""<html><head><title>Links</title>BASE</head><body><article><h1>Links</h1>
<p>The first paragraph of the story holds <a href="notes/one.html">a relative link</a>, a
<a href="#later">jump within the page</a> and <a href="javascript:void(0)">a script link</a>,
with enough words around them to be kept as the body of the article by every extractor.</p>
<p>A second paragraph follows with more words, so that the story is long enough to stand as
the article's body on its own without any doubt about it, and one more sentence here.</p>
<p>The closing paragraph of the story, long enough to be kept like the others in the body.</p>
</article></body></html>"""


def _links(markdown: str) -> dict[str, str]:
    return {text: href for text, href in re.findall(r"\[([^\]]+)\]\(([^)]+)\)", markdown)}


@pytest.mark.parametrize("extractors", [["density"], ["readability"], ["trafilatura"]])
@pytest.mark.parametrize(("base", "expected"), [
    ("", "https://news.example/2026/story/notes/one.html"),
    ('<base href="https://cdn.example/a/">', "https://cdn.example/a/notes/one.html"),
    ('<base href="/other/">', "https://news.example/other/notes/one.html"),
    ('<base href="javascript:alert(1)//">', "https://news.example/2026/story/notes/one.html"),
])
def test_every_plugin_resolves_links_as_a_browser_would(
    extractors: list[str], base: str, expected: str
) -> None:
    """Against the page's `<base href>` where it has an http(s) one; a script link and an
    in-page fragment are text, not links to the page itself (readability-lxml, given the
    URL, made both point at it)."""
    html = LINKED.replace(b"BASE", base.encode())
    article = newsclean.extract(html, url="https://news.example/2026/story/", extractors=extractors)
    links = _links(article.to_markdown())
    assert links == {"a relative link": expected}, links
