"""The trafilatura plug-in reads trafilatura's XML body into the block model."""

from __future__ import annotations

import lxml.etree

from newsclean.extractors.trafilatura import body_blocks
from newsclean.model import BlockKind

XML = """<body>
<head rend="h3">A <hi rend="#i">sub</hi>heading</head>
<p>One <hi rend="#b">bold</hi> and <ref target="/x">a link</ref><lb/>second line</p>
<list rend="ol"><item>first <hi rend="#b">b</hi><list rend="ul"><item>nested</item></list></item>
<item>second</item></list>
<table><row><cell role="head">h1</cell><cell role="head">h2</cell></row>
<row><cell>a<p>b</p></cell><cell>c</cell></row></table>
<code><code class="language-go">fmt.Println(1)
return</code></code>
<quote><p>Quoted.</p></quote>
<graphic src="/i.jpg" alt="An image"/>
<graphic src="javascript:alert(1)"/>
</body>"""


def test_trafilatura_xml_becomes_structured_blocks() -> None:
    blocks = body_blocks(lxml.etree.fromstring(XML), "https://example.com/a/")
    kinds = [b.kind for b in blocks]
    assert kinds == [BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST, BlockKind.TABLE,
                     BlockKind.CODE, BlockKind.QUOTE, BlockKind.FIGURE]
    heading, para, lst, table, code, quote, figure = blocks
    assert heading.level == 3 and heading.text == "A subheading"
    assert para.text == "One bold and a link\nsecond line"  # <lb/> no longer glues lines
    assert [(i.text, i.href, i.strong) for i in para.inlines if i.href or i.strong] == [
        ("bold", None, True), ("a link", "https://example.com/x", False),
    ]
    assert lst.ordered and [i.text for i in lst.items] == ["first b\nnested", "second"]
    assert lst.text == "first b\nnested\nsecond"  # nested items are not repeated
    assert table.rows[0].header and [c.text for c in table.rows[1].cells] == ["a b", "c"]
    assert code.text == "fmt.Println(1)\nreturn" and code.language == "go"
    assert quote.blocks[0].text == "Quoted."
    assert figure.src == "https://example.com/i.jpg"
    assert figure.alt == "An image" and figure.text == ""


def test_text_loose_in_the_body_is_a_paragraph() -> None:
    # trafilatura leaves a line that followed paragraphs inside one link as the body's own
    # text, after the last paragraph: it kept that text, so the plug-in returns it.
    body = lxml.etree.fromstring("<body>\n  <p>First.</p>\n<p>Second.</p>Third line.\n</body>")
    assert [b.text for b in body_blocks(body)] == ["First.", "Second.", "Third line."]
    assert [b.kind for b in body_blocks(body)] == [BlockKind.PARAGRAPH] * 3


def test_text_after_a_heading_is_its_line_not_a_paragraph() -> None:
    # A heading's own controls ("[edit]") are left after the <head> trafilatura built.
    body = lxml.etree.fromstring('<body><head rend="h2">History</head>[edit]<p>Text.</p></body>')
    assert [b.text for b in body_blocks(body)] == ["History", "Text."]


def test_a_crowded_paragraphs_formatting_is_thinned_for_trafilatura() -> None:
    """A transcript whose every word is a <span> (with its timestamp): trafilatura strips
    the spans itself, leaving libxml2 one text node per word, and its time then grows with
    their square. The copy it reads has them stripped already, the text as one node."""
    import lxml.html

    from newsclean.extractors.trafilatura import CROWDED_CHILDREN, _thin_crowds

    n = CROWDED_CHILDREN + 10
    words = " ".join(f'<span data-t="{i}">w{i}</span>' for i in range(n))
    tree = lxml.html.fromstring(
        f"<div><p>{words} <a href='/x'>a link</a> end</p><p><b>few</b> spans</p></div>"
    )
    _thin_crowds(tree)
    crowded, other = tree.findall("p")
    assert [child.tag for child in crowded] == ["a"]  # links stay: trafilatura weighs them
    assert crowded.text == " ".join(f"w{i}" for i in range(n)) + " "
    assert crowded[0].tail == " end"
    assert [child.tag for child in other] == ["b"]  # an uncrowded paragraph is untouched


def test_trafilatura_reads_a_crowded_transcript_whole() -> None:
    from newsclean.document import load
    from newsclean.extractors.trafilatura import TrafilaturaExtractor

    words = [f"word{i}" for i in range(3_000)]
    html = ("<html><body><article><h1>Transcript</h1><p>"
            + " ".join(f'<span data-t="{i}">{w}</span>' for i, w in enumerate(words))
            + "</p></article></body></html>")
    candidate = TrafilaturaExtractor(fast=True).extract(load(html))
    text = " ".join(b.text for b in candidate.blocks)
    assert text.split()[-len(words):] == words


def test_a_page_nested_too_deep_keeps_the_fallback_out() -> None:
    """trafilatura's link-density pass reads every nested box's text at every level: on a
    page nested deeper than `MAX_DEPTH` the fallback gives no answer (density's stands),
    where a page as long but shallow still gets one."""
    from newsclean.document import deeper_than, load
    from newsclean.extractors.trafilatura import MAX_DEPTH, TrafilaturaExtractor

    story = "<p>" + "The council met on Tuesday to discuss the bridge repairs. " * 8 + "</p>"
    deep = ("<div>" * (MAX_DEPTH + 20)) + story * 5 + ("</div>" * (MAX_DEPTH + 20))
    shallow = "<div><div>" + story * 5 + "</div></div>"
    deep_doc = load(f"<html><body>{deep}</body></html>")
    shallow_doc = load(f"<html><body>{shallow}</body></html>")
    assert deeper_than(deep_doc.tree, MAX_DEPTH)
    assert not deeper_than(shallow_doc.tree, MAX_DEPTH)
    assert TrafilaturaExtractor().extract(deep_doc).blocks == ()
    assert TrafilaturaExtractor().extract(shallow_doc).blocks != ()


def _spied_trees(extractor: object) -> list[object]:
    """The trees the extractor hands trafilatura, recorded around its own call."""
    handed: list[object] = []
    call = extractor._load()  # type: ignore[attr-defined]

    def spy(tree: object, **options: object) -> object:
        handed.append(tree)
        return call(tree, **options)

    extractor._bare_extraction = spy  # type: ignore[attr-defined]
    return handed


def test_trafilatura_reads_the_pages_own_tree_and_leaves_it_as_it_was() -> None:
    """trafilatura copies a tree it is given before it cleans it: the page's own tree is
    handed over (no second deep copy of the page), and after the fallback ran it is the
    same markup, the boxes trafilatura prunes (a share bar, comments) still in it."""
    import lxml.html

    from newsclean.document import load
    from newsclean.extractors.trafilatura import TrafilaturaExtractor

    story = "<p>" + "The council met on Tuesday to discuss the bridge repairs. " * 8 + "</p>"
    doc = load(
        "<html><body><div class='share'><a href='/s'>Share</a></div><article>"
        + story * 3
        + "</article><div id='comments'><p>First!</p></div><footer>(c) Site</footer>"
        + "</body></html>"
    )
    before = lxml.html.tostring(doc.tree)
    extractor = TrafilaturaExtractor(fast=True)
    handed = _spied_trees(extractor)
    candidate = extractor.extract(doc)
    assert candidate.blocks
    assert handed == [doc.tree]
    assert lxml.html.tostring(doc.tree) == before


def test_a_crowded_page_is_thinned_in_a_copy_not_in_the_page() -> None:
    import lxml.html

    from newsclean.document import load
    from newsclean.extractors.trafilatura import CROWDED_CHILDREN, TrafilaturaExtractor

    words = " ".join(f"<span>w{i}</span>" for i in range(CROWDED_CHILDREN + 10))
    doc = load(f"<html><body><article><h1>Transcript</h1><p>{words}</p></article></body></html>")
    before = lxml.html.tostring(doc.tree)
    extractor = TrafilaturaExtractor(fast=True)
    handed = _spied_trees(extractor)
    extractor.extract(doc)
    assert len(handed) == 1 and handed[0] is not doc.tree
    assert not handed[0].findall(".//span")  # type: ignore[attr-defined]
    assert lxml.html.tostring(doc.tree) == before


def test_deeper_than_counts_elements_as_a_walk_of_the_tree_does() -> None:
    """The depth test (a path of child steps) against a walk that counts each element's
    depth: the root is at depth 1, a comment or a processing instruction below the deepest
    element adds no level, and text adds none."""
    import lxml.html

    from newsclean.document import deeper_than

    def depth(el: object, at: int = 1) -> int:
        children = [c for c in el if isinstance(c.tag, str)]  # type: ignore[attr-defined]
        return max([at, *(depth(c, at + 1) for c in children)])

    pages = [
        "<html><body></body></html>",
        "<html><body><div><!-- a comment --></div></body></html>",
        "<html><body><div><?pi here?>text</div><p>one <b>two</b></p></body></html>",
        "<html><body>" + "<div>" * 40 + "deep" + "</div>" * 40 + "<p>x</p></body></html>",
        "<html><body><ul><li><span><i>a</i></span></li></ul><div>" + "<b>" * 6
        + "</div></body></html>",
    ]
    for html in pages:
        tree = lxml.html.document_fromstring(html)
        deepest = depth(tree)
        for limit in range(1, deepest + 3):
            assert deeper_than(tree, limit) == (deepest > limit), (html, limit)


# --- The fast path's last resort: the page's whole text as one paragraph -------------------

STORY = ("The town's home care team found two of its five cars broken into this morning, "
         "their batteries taken and their doors dented. A report was filed and the police "
         "came to look at the damage. Patients booked for the morning are being given new "
         "times, and the service expects to work as usual again from this afternoon.")


def _menu(n: int, stem: str) -> str:
    return "<ul>" + "".join(
        f'<li><a href="/{stem}/{i}">{stem.title()} item number {i}</a></li>' for i in range(n)
    ) + "</ul>"


def _page(story: str) -> str:
    """A story among a few hundred menu links, in a layout's column: `story` is markup."""
    return f"""<html><head><title>Cars broken into</title></head><body>
<div class="container"><div class="row"><div class="col-md-12">{_menu(60, 'services')}</div>
<div class="col-md-3"><div class="well">{_menu(80, 'archive')}</div></div>
<div class="col-md-9"><p class="titulo">Cars broken into</p>
<small><b>05/10/2018</b> - by <a href="/a">Ana</a></small><br><br>
{story}
</div></div><div class="row">{_menu(40, 'links')}</div></div></body></html>"""


def test_fast_path_whole_page_answer_is_read_again_by_the_full_path() -> None:
    """A story loose in a layout column (after an image, ended by line breaks) among 180
    menu links: trafilatura's fast path finds no body and answers the page's whole text as
    one paragraph, 784 words of menus; the full path finds the story."""
    from newsclean.document import load
    from newsclean.extractors.trafilatura import TrafilaturaExtractor

    answer = TrafilaturaExtractor(fast=True).extract(load(_page(f'<img src="/a.jpg">{STORY}'
                                                                '<br><br><br>')))
    text = "\n".join(b.text for b in answer.blocks)
    assert STORY in text
    assert "item number" not in text


def test_fast_path_body_of_one_paragraph_stands() -> None:
    """The look-alike: a body the fast path does find, of one paragraph among the same menus,
    is its answer, without the full path being asked."""
    from newsclean.document import load
    from newsclean.extractors.trafilatura import TrafilaturaExtractor, whole_page

    extractor = TrafilaturaExtractor(fast=True)
    reads: list[bool] = []
    read = extractor._read

    def counted(doc: object, fast: bool) -> object:
        reads.append(fast)
        return read(doc, fast)  # type: ignore[arg-type]

    extractor._read = counted  # type: ignore[assignment,method-assign]
    doc = load(_page(f"<article><p>{STORY}</p></article>"))
    answer = extractor.extract(doc)
    assert [b.text for b in answer.blocks] == [STORY]
    assert not whole_page(answer.blocks, doc) and reads == [True]
