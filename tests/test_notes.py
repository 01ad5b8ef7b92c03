"""A post's notes: the kept text marks them and they point back to the marks
(`newsclean.extractors.notes`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsclean
from newsclean.blocks import document_blocks, document_chains
from newsclean.document import load
from newsclean.extractors.notes import note_texts
from tests import blog_pages as bp

BODY = (
    "Die Stadt hat im Frühjahr beschlossen, die alte Markthalle nicht abzureißen, sondern "
    "in drei Jahren zu einem Quartierszentrum mit Bibliothek und Werkstätten umzubauen.",
    "Der Umbau kostet nach der jüngsten Schätzung rund vierzehn Millionen Euro, von denen "
    "das Land knapp die Hälfte übernimmt, wie der Stadtrat am Dienstag mitteilte.",
    "Die Bibliothek soll im Erdgeschoss einziehen, die Werkstätten im ehemaligen Kühlhaus, "
    "dessen dicke Wände den Lärm der Maschinen von den Lesesälen fernhalten.",
)
NOTE = ("Die Zahl stammt aus der Vorlage der Verwaltung vom März; die Kosten der Einrichtung "
        "sind darin noch nicht enthalten.")


def _page(mark: str, note: str) -> str:
    return (
        '<html lang="de"><head><title>Die Markthalle bleibt</title></head><body>'
        '<header><a href="/">Stadtblog</a><nav><a href="/a">Archiv</a> <a href="/b">Über '
        "mich</a> <a href=\"/c\">Kontakt</a></nav></header><main><article><h1>Die Markthalle "
        f"bleibt</h1><p>{BODY[0]}</p><p>{BODY[1]}{mark}</p><p>{BODY[2]}</p>{note}</article>"
        '</main><footer class="site-footer"><p>© 2025 Stadtblog</p></footer></body></html>')


MARK = '<sup id="fnref:1"><a href="#fn:1" class="footnote-ref">1</a></sup>'


@pytest.mark.parametrize(("page", "note"), [
    (bp.substack, bp.SUB_NOTE),   # the note's number links back, its text beside it
    (bp.hugo, bp.HUGO_FOOTNOTE),  # a list of notes, each with its "↩" back
])
def test_a_note_the_text_marks_and_that_points_back_is_kept(
    page: Callable[[], str], note: str
) -> None:
    """After the post, past its tags or its subscribe box, the scorer dropped the notes."""
    assert note in newsclean.extract(page()).text


@pytest.mark.parametrize(("back", "found"), [
    (' <a href="#fnref:1">↩</a>', True), ("", False), (' <a href="#top">↑</a>', False)])
def test_a_note_is_what_points_back_to_the_mark(back: str, found: bool) -> None:
    """The pass alone, on the body's paragraphs kept: a box the text links to
    (`href="#fn:1"`) with no link back to the mark is a part of the page, not a note."""
    html = _page(MARK, f'<div id="fn:1" class="footnote"><p>{NOTE}{back}</p></div>')
    doc = load(html)
    blocks = document_blocks(doc)
    keep = [b.text in BODY or b.text.startswith(BODY[1][:40]) for b in blocks]
    assert sum(keep) == 3
    got = note_texts(doc.tree, list(doc.tree.iter("a")), blocks, keep,
                     document_chains(doc).spans)
    assert [blocks[i].text.startswith(NOTE[:30]) for i in got] == ([True] if found else [])
