"""The structure builder: kept text blocks of a page to `Block`s with their structure."""

from __future__ import annotations

import lxml.html
import pytest

import newsclean
from newsclean.blocks import segment
from newsclean.model import Block, BlockKind, Inline, TableCell, TableRow
from newsclean.structure import (
    PageMarks,
    code_language,
    declared_pixels,
    largest_candidate,
    resolve,
    srcset_candidates,
    to_blocks,
)

BASE = "https://example.com/news/story.html"


def build(body: str, base: str | None = BASE) -> list[Block]:
    """Every block of a page built from `body` (all kept, as readability's summary is)."""
    root = lxml.html.document_fromstring(f"<html><body>{body}</body></html>")
    return to_blocks(segment(root), base)


def test_a_line_break_stays_inside_its_paragraph() -> None:
    [block] = build("<p>12 Main Street<br>Springfield<br>USA</p>")
    assert block.kind is BlockKind.PARAGRAPH
    assert block.text == "12 Main Street\nSpringfield\nUSA"
    assert block.inlines == ()  # nothing marked: the text is the paragraph
    [linked] = build('<p>12 Main Street<br><a href="/map">Springfield</a></p>')
    assert [i.text for i in linked.inlines] == ["12 Main Street", "\n", "Springfield"]
    assert linked.text == "12 Main Street\nSpringfield"


def test_two_line_breaks_end_a_paragraph() -> None:
    out = build("<div>First part.<br><br>Second part.</div>")
    assert [b.text for b in out] == ["First part.", "Second part."]


def test_inline_marks_and_links_are_read() -> None:
    [block] = build(
        '<p>See <a href="../more.html">the <b>full</b> list</a>, <em>now</em> with '
        "<code>x = 1</code>.</p>"
    )
    runs = [(i.text, i.href, i.strong, i.emphasis, i.code) for i in block.inlines]
    link = "https://example.com/more.html"
    assert runs == [
        ("See ", None, False, False, False),
        ("the ", link, False, False, False),
        ("full", link, True, False, False),
        (" list", link, False, False, False),
        (", ", None, False, False, False),
        ("now", None, False, True, False),
        (" with ", None, False, False, False),
        ("x = 1", None, False, False, True),
        (".", None, False, False, False),
    ]
    assert block.text == "See the full list, now with x = 1."


@pytest.mark.parametrize(
    "href",
    ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,x",
     "vbscript:x", "#section", ""],
)
def test_unsafe_and_in_page_links_keep_only_their_text(href: str) -> None:
    [block] = build(f'<p>Click <a href="{href}">here</a> now.</p>')
    assert block.text == "Click here now."
    assert all(i.href is None for i in block.inlines)


def test_links_resolve_against_the_page_url_and_stay_relative_without_one() -> None:
    assert resolve("/a/b", BASE) == "https://example.com/a/b"
    assert resolve("//cdn.example.org/x", BASE) == "https://cdn.example.org/x"
    assert resolve("mailto:desk@example.com", BASE) == "mailto:desk@example.com"
    assert resolve("/a/b", None) == "/a/b"
    assert resolve("javascript:void(0)", None) is None


def test_a_linked_heading_keeps_its_link() -> None:
    [block] = build('<a href="/story"><h3>A card title</h3></a>')
    assert block.kind is BlockKind.HEADING and block.level == 3
    assert block.inlines[0].href == "https://example.com/story"


def test_lists_nest_and_items_keep_their_line_breaks() -> None:
    [block] = build(
        "<ul><li>One</li><li>Two<br>more of two<ol><li>a</li><li>b</li></ol></li>"
        "<li>Three</li></ul>"
    )
    assert block.kind is BlockKind.LIST and not block.ordered
    assert [i.text for i in block.items] == ["One", "Two\nmore of two\na\nb", "Three"]
    first, nested = block.items[1].blocks
    assert first.text == "Two\nmore of two"
    assert nested.kind is BlockKind.LIST and nested.ordered
    assert block.text == "One\nTwo\nmore of two\na\nb\nThree"


@pytest.mark.parametrize(
    ("attrs", "start"),
    [(' start="4"', 4), (" start=0", 0), (' start="1"', None), (' start="x"', None),
     (' start="-2"', None), (' start="12345678901"', None), ("", None)],
)
def test_an_ordered_lists_first_number_is_kept(attrs: str, start: int | None) -> None:
    """A list the page breaks in two (an ad between its halves) numbers its second half on
    (`<ol start="4">`); a number CommonMark cannot write is none."""
    [block] = build(f"<ol{attrs}><li>Four</li><li>Five</li></ol>")
    assert block.ordered and block.start == start
    [unordered] = build(f"<ul{attrs}><li>Four</li></ul>")
    assert unordered.start is None


def test_a_reversed_list_and_item_values_are_kept() -> None:
    """A countdown (`<ol reversed>`) and an item that sets its number (`<li value>`) keep
    them; an explicit start of 1 is no default for a reversed list."""
    [countdown] = build("<ol reversed><li>Three</li><li>Two</li><li>One</li></ol>")
    assert countdown.reversed and countdown.start is None
    [from_one] = build("<ol reversed start=1><li>One</li><li>Zero</li></ol>")
    assert from_one.reversed and from_one.start == 1
    [jumps] = build("<ol><li value=7>Seventh</li><li>Eighth</li><li value=x>Ninth</li></ol>")
    assert not jumps.reversed and [i.value for i in jumps.items] == [7, None, None]
    [numbered] = build("<ol><li value=1>One</li><li value=2>Two</li><li value=5>Five</li></ol>")
    assert [i.value for i in numbered.items] == [None, None, 5]  # only where the count changes
    [bullets] = build("<ul reversed><li value=3>a</li></ul>")
    assert not bullets.reversed and bullets.items[0].value is None
    assert '"value":7' in jumps.model_dump_json() and "value" not in bullets.model_dump_json()


def test_a_list_of_cards_is_read_as_headings_and_paragraphs() -> None:
    out = build(
        "<ul><li><h3>First card</h3><p>About the first.</p></li>"
        "<li><h3>Second card</h3><p>About the second.</p></li></ul>"
    )
    assert [(b.kind, b.text) for b in out] == [
        (BlockKind.HEADING, "First card"),
        (BlockKind.PARAGRAPH, "About the first."),
        (BlockKind.HEADING, "Second card"),
        (BlockKind.PARAGRAPH, "About the second."),
    ]


def test_a_quote_keeps_its_paragraphs() -> None:
    [block] = build("<blockquote><p>One.</p><p>Two.</p></blockquote>")
    assert block.kind is BlockKind.QUOTE
    assert [b.text for b in block.blocks] == ["One.", "Two."]
    assert block.text == "One.\n\nTwo."


def test_highlighted_code_is_one_block_with_its_lines_and_language() -> None:
    [block] = build(
        '<pre class="language-python"><span class="line">def f(x):</span>\n'
        '<span class="line">    return x</span></pre>'
        '<pre><div class="line">a = 1</div><div class="line">  b = 2</div></pre>'
    )[:1]
    assert block.kind is BlockKind.CODE
    assert block.text == "def f(x):\n    return x"
    assert block.language == "python"
    second = build('<pre><div class="line">a = 1</div><div class="line">  b = 2</div></pre>')
    assert [(b.kind, b.text) for b in second] == [(BlockKind.CODE, "a = 1\n  b = 2")]


@pytest.mark.parametrize(
    ("markup", "language"),
    [
        ('<pre><code class="language-js">x</code></pre>', "js"),
        ('<pre class="brush: php; gutter: false">x</pre>', "php"),
        ('<div class="highlight-go"><pre>x</pre></div>', "go"),
        ('<div class="highlight highlight-source-shell"><pre>x</pre></div>', "shell"),
        ('<pre class="sourceCode python">x</pre>', "python"),
        ('<pre><code class="hljs language-rust">x</code></pre>', "rust"),
        ('<pre data-lang="rust">x</pre>', "rust"),
        ('<pre class="highlight">x</pre>', None),
        ('<pre class="language-none">x</pre>', None),
    ],
)
def test_code_language_from_the_markup(markup: str, language: str | None) -> None:
    root = lxml.html.fragment_fromstring(markup, create_parent="div")
    pre = next(root.iter("pre"))
    assert code_language(pre) == language


def test_a_data_table_has_rows_cells_headers_and_spans() -> None:
    [block] = build(
        "<table><thead><tr><th>Name</th><th>Value</th><th>Note</th></tr></thead><tbody>"
        "<tr><td>alpha<br>beta</td><td colspan='2'>one</td></tr>"
        "<tr><td rowspan='2'>r</td><td><ul><li>x</li><li>y</li></ul></td><td></td></tr>"
        "<tr><td>3</td><td>4</td></tr></tbody></table>"
    )
    assert block.kind is BlockKind.TABLE
    head, first, second, _ = block.rows
    assert head.header and not first.header
    assert [c.text for c in head.cells] == ["Name", "Value", "Note"]
    assert first.cells[0].blocks[0].text == "alpha\nbeta"
    assert first.cells[1].colspan == 2
    assert second.cells[0].rowspan == 2
    assert second.cells[1].blocks[0].kind is BlockKind.LIST
    assert block.text.splitlines() == ["Name | Value | Note", "alpha beta | one", "r | x y | ",
                                       "3 | 4"]


def test_layout_tables_are_read_as_their_paragraphs() -> None:
    one_column = build("<table><tr><td><p>First.</p></td></tr><tr><td><p>Second.</p></td></tr>"
                       "</table>")
    assert [(b.kind, b.text) for b in one_column] == [
        (BlockKind.PARAGRAPH, "First."), (BlockKind.PARAGRAPH, "Second."),
    ]
    nested = build("<table><tr><td><h2>Title</h2><table><tr><td>a</td><td>b</td></tr></table>"
                   "</td><td>side</td></tr></table>")
    assert BlockKind.TABLE in {b.kind for b in nested}  # the inner one is data
    assert nested[0].kind is BlockKind.HEADING


STORY = (
    "The council voted on Tuesday to approve a budget that raises spending on buses.<br><br>"
    "Opponents said the money would be better spent on roads neglected for years.<br><br>"
    "The mayor called it a turning point and promised new lines before next year.<br><br>"
    "Residents at the meeting were divided, and some left before the final count."
)


def test_a_story_parted_by_blank_lines_in_a_cell_lays_out_the_page() -> None:
    """An older site's page: a menu cell beside a story cell whose paragraphs are parted by
    blank lines (two `<br>`); short of the running-text length, still layout."""
    menu = "".join(f'<a href="/s{i}">Section {i}</a><br>' for i in range(6))
    out = build(f"<table><tr><td>{menu}</td><td>{STORY}</td></tr></table>")
    assert BlockKind.TABLE not in {b.kind for b in out}
    assert [b.text for b in out][-4:] == [
        "The council voted on Tuesday to approve a budget that raises spending on buses.",
        "Opponents said the money would be better spent on roads neglected for years.",
        "The mayor called it a turning point and promised new lines before next year.",
        "Residents at the meeting were divided, and some left before the final count.",
    ]


def test_data_cells_with_a_paragraph_or_a_line_break_stay_a_table() -> None:
    """Editors wrap each data cell's text in one `<p>`, or break a cell's line once: data."""
    rows = "".join(
        f"<tr><td><p><b>Trend {i}</b></p></td><td><p>Organisations move beyond the old "
        f"approach to security, and every request is verified wherever it comes from, as "
        f"the guidance of the year {2020 + i} asks of them.</p></td></tr>"
        for i in range(3)
    )
    [table] = build(f"<table><tr><td>Trend</td><td>Impact</td></tr>{rows}</table>")
    assert table.kind is BlockKind.TABLE and len(table.rows) == 4
    [broken] = build("<table><tr><td>Name</td><td>Address</td></tr><tr><td>Main office</td>"
                     f"<td>{STORY.replace('<br><br>', '<br>')}</td></tr></table>")
    assert broken.kind is BlockKind.TABLE


def test_only_kept_rows_and_pieces_are_built() -> None:
    root = lxml.html.document_fromstring(
        "<html><body><p>Keep me.</p><p>Drop me.</p>"
        "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></body></html>"
    )
    page = segment(root)
    kept = [b for b in page if b.text not in ("Drop me.", "c | d")]
    out = to_blocks(kept, None, page)
    assert [b.text for b in out] == ["Keep me.", "a | b"]


def test_plain_text_is_the_segmented_text() -> None:
    """Whatever the structure, the words and their order are those segmentation kept."""
    body = (
        "<h2>Head <i>line</i></h2><p>A <b>bold</b>  move,\n and <a href='/x'>a link</a>.</p>"
        "<ul><li>one</li><li>two <span>more</span></li></ul><p>x<br>y</p>"
    )
    root = lxml.html.document_fromstring(f"<html><body>{body}</body></html>")
    page = segment(root)
    out = to_blocks(page, BASE)
    assert " ".join(" ".join(b.text for b in out).split()) == " ".join(b.text for b in page)


def test_unmatched_pieces_fall_back_to_plain_text() -> None:
    root = lxml.html.document_fromstring("<html><body><p>Some <b>text</b></p></body></html>")
    page = segment(root)
    page[0].text = "Changed by someone"  # a plug-in may hand over edited blocks
    [block] = to_blocks(page, BASE)
    assert block.text == "Changed by someone"
    assert block.inlines == ()


def test_page_marks_give_an_adapter_line_the_page_block_s_links() -> None:
    root = lxml.html.document_fromstring(
        '<html><body><p>See <a href="/a">this</a> and <b>that</b>.</p><p>Plain line.</p>'
        "</body></html>"
    )
    marks = PageMarks(segment(root), BASE)
    adapter = Block(inlines=(Inline(text="See this and that."), Inline(text="\n"),
                             Inline(text="Plain line."), Inline(text="\n"),
                             Inline(text="Not on the page.")))
    relinked = marks.relink(adapter)
    assert relinked.text == adapter.text
    assert [(i.text, i.href, i.strong) for i in relinked.inlines][:5] == [
        ("See ", None, False), ("this", "https://example.com/a", False),
        (" and ", None, False), ("that", None, True), (".", None, False),
    ]
    table = Block(kind=BlockKind.TABLE, rows=(TableRow(cells=(TableCell(blocks=(
        Block(inlines=(Inline(text="See this and that."),)),)),)),))
    cell = marks.relink(table).rows[0].cells[0].blocks[0]
    assert any(i.href for i in cell.inlines)


def test_figures_between_kept_blocks_with_alt_and_caption() -> None:
    prose = "<p>A paragraph of the story.</p>"
    out = build(
        f'{prose}<figure><img src="/a.jpg" alt="The river"><figcaption>The river in spring.'
        f'</figcaption></figure>{prose}<div><img src="/b.jpg"></div>{prose}'
        f'<div class="teaser"><img src="/c.jpg"><a href="/x">Another story</a></div>'
        f'<img src="/icon.png" width="16">{prose}',
    )
    figures = [b for b in out if b.kind is BlockKind.FIGURE]
    assert [(f.src, f.alt, f.text) for f in figures] == [
        ("https://example.com/a.jpg", "The river", ""), ("https://example.com/b.jpg", None, ""),
    ]
    assert figures[0].inlines[0].text == "The river in spring."


def test_figures_keep_their_place_through_normalisation() -> None:
    story = (
        "The council said on Tuesday that it would review the plan again, and that the "
        "residents who had written to it would be heard before any decision was taken."
    )
    html = (
        "<html><body><article>"
        f"<p>LONDON (Reuters) - {story}</p>"
        '<figure><img src="/a.jpg" alt="A"><figcaption>The river in spring.</figcaption>'
        f"</figure><p>{story}</p><p>Advertisement</p><p>{story}</p>"
        "<p>(Reporting by Ann Lee; Editing by Bo Li)</p></article></body></html>"
    )
    article = newsclean.extract(html, url=BASE)
    kinds = [b.kind for b in article.blocks]
    assert kinds == [BlockKind.PARAGRAPH, BlockKind.FIGURE, BlockKind.PARAGRAPH,
                     BlockKind.PARAGRAPH]
    assert article.blocks[0].text == story  # the dateline left, the figure stayed after it
    assert article.text == f"{story}\n\n{story}\n\n{story}"
    assert article.credits and article.dateline is not None


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        # one inline element per line and no line break between them (a style sheet shows
        # each on its own line): a break between lines, an empty one is a blank line
        ('<span class="line">a = 1</span><span class="line"></span>'
         '<span class="line"><span>b</span> = 2</span>', "a = 1\n\nb = 2"),
        ('<span data-line="">a = 1</span><span data-line="">b = 2</span>', "a = 1\nb = 2"),
        # breaks written between or inside the line elements: no second one
        ('<span class="line">a = 1</span>\n<span class="line">b = 2</span>', "a = 1\nb = 2"),
        ('x\n<span class="hl-line">a\n</span><span class="hl-line">b\n</span>c',
         "x\na\nb\nc"),
        # not lines: emphasis and a gutter's number
        ('x <span class="underline">y</span><span class="inline">z</span>', "x yz"),
        ('<span class="line-number">1</span>a', "1a"),
    ],
)
def test_code_lines_written_as_inline_elements(markup: str, text: str) -> None:
    [block] = build(f"<pre><code>{markup}</code></pre>")
    assert block.kind is BlockKind.CODE
    assert block.text == text


def test_a_figure_stands_where_its_image_stands_between_kept_blocks() -> None:
    """An image standing between two kept blocks becomes a figure in its place; the
    pieces of one element (split by two line breaks) have nothing between them, so the
    image after that element comes after its last piece, not between its pieces (a
    guard for any shortcut in the search for images between blocks)."""
    out = build(
        '<p>One.</p><div><img src="a.jpg"></div><p>Two.</p>'
        '<div>First part.<br><br>Second part.</div><div><img src="b.jpg"></div><p>After.</p>'
    )
    assert [(b.kind, b.text or b.src) for b in out] == [
        (BlockKind.PARAGRAPH, "One."),
        (BlockKind.FIGURE, "https://example.com/news/a.jpg"),
        (BlockKind.PARAGRAPH, "Two."),
        (BlockKind.PARAGRAPH, "First part."),
        (BlockKind.PARAGRAPH, "Second part."),
        (BlockKind.FIGURE, "https://example.com/news/b.jpg"),
        (BlockKind.PARAGRAPH, "After."),
    ]


# ---------------------------------------------------------------- an image's declared size


@pytest.mark.parametrize(
    ("value", "pixels"),
    [("640", 640), (" 640px ", 640), ("0048", 48), ("000010", 10), ("99999", 99999),
     ("100000", None), ("1" * 5000, None), ("50%", None), ("auto", None), ("", None),
     (None, None)],
)
def test_an_images_declared_size_is_read_in_pixels(value: str | None, pixels: int | None) -> None:
    assert declared_pixels(value) == pixels


def test_an_image_declaring_a_size_of_thousands_of_digits_fails_no_extractor() -> None:
    story = "<p>Some words of a story that goes on for a while here, as stories do.</p>" * 5
    html = (
        "<html><body><article><h1>Headline</h1>" + story
        + f'<figure><img src="a.jpg" width="{"1" * 5000}"><figcaption>A caption</figcaption>'
        + "</figure>" + story + "</article></body></html>"
    )
    article = newsclean.extract(html, extractors=("density",))
    assert article.extractor == "density"
    assert "Some words of a story" in article.text


def test_a_gutter_number_of_thousands_of_digits_fails_no_extractor() -> None:
    code = "".join(f'<span class="lineno">{n}</span>x = {i}\n'
                   for i, n in enumerate(["1" * 5000, "2", "3"]))
    story = "<p>Some words of a story that goes on for a while here, as stories do.</p>" * 5
    html = f"<html><body><article><h1>Headline</h1>{story}<pre>{code}</pre></article></body></html>"
    article = newsclean.extract(html, extractors=("density",))
    assert "Some words of a story" in article.text
    assert "x = 2" in article.text


def test_a_srcset_is_read_once_for_its_widest_address_and_its_declared_width() -> None:
    """The image's address and the lead image's size read the same candidates: a candidate
    without a descriptor counts as `1x`, an inline `data:` image is no address, and the
    first of equal sizes wins."""
    srcset = " a-400.jpg 400w,, data:image/png;base64 2000w , b-800.jpg 800w, c-800.jpg 800w"
    assert srcset_candidates(srcset) == [
        ("a-400.jpg", "400w"), ("data:image/png;base64", "2000w"),
        ("b-800.jpg", "800w"), ("c-800.jpg", "800w"),
    ]
    assert largest_candidate(srcset) == "b-800.jpg"
    assert largest_candidate("small.jpg, big.jpg 2x") == "big.jpg"
    assert largest_candidate("odd.jpg wide") == "odd.jpg"  # no size read: counted as 1x
    assert largest_candidate("") is None and srcset_candidates(None) == []
    page = newsclean.extract(
        "<html><body><article><h1>A headline of the page</h1><figure><img srcset="
        '"/p-640.jpg 640w, /p-1280.jpg 1280w"></figure>'
        + "<p>" + "Prose of the story that runs long enough to be the body. " * 12 + "</p>"
        + "</article></body></html>", url="https://example.org/story")
    assert page.image == "https://example.org/p-1280.jpg"
