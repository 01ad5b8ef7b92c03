"""Fields a template prints against each other are words apart in the text a reader gets
(`newsclean.spacing`): two inline elements with nothing between them, the style sheet
parting them on the screen. Every decision is made on the text as the page joins it; the
article's text and runs are spaced at the end."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.blocks import FieldRun, segment
from newsclean.document import load
from newsclean.spacing import field_table, page_fields

STORY = (
    "<p>The council met on Tuesday evening to discuss the budget for the harbour, the "
    "schools and the new bus lines, and agreed on most of it after a long debate.</p>"
)


def _page(line: str, more: str = "") -> str:
    return (
        "<html><head><title>Notes</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>What we tested this week</h1>{STORY}<p>{line}</p>{STORY}{more}"
        "</article><footer>© 2025 Example</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "spaced"),
    [
        # an employer and its town, a tile's brand and name, in spans or links
        (
            "Work at <span>Stadtwerke Lindenau</span><span>Lindenau</span> from May on.",
            "Stadtwerke Lindenau Lindenau",
        ),
        (
            "Our pick: <a href='/b'><b>Merrell</b></a><a href='/m'>Moab 3</a>, a boot.",
            "Merrell Moab 3",
        ),
        # a price and its label, a Cyrillic and a Greek pair (scripts with spaces)
        ("Now <span>€25</span><span>Build</span> your own kit today.", "€25 Build"),
        ("Работодатель <span>Горводоканал</span><span>Липецк</span> ищет.", "Горводоканал Липецк"),
        ("Η εταιρεία <span>Ύδρευση</span><span>Πάτρα</span> προσλαμβάνει.", "Ύδρευση Πάτρα"),
    ],
)
def test_a_cards_fields_printed_against_each_other_are_words_apart(line: str, spaced: str) -> None:
    article = newsclean.extract(_page(line))
    assert spaced in article.text
    assert spaced.split()[-1] in article.to_markdown()
    assert spaced.replace(" ", "") not in article.to_markdown().replace("**", "")


@pytest.mark.parametrize(
    ("line", "joined"),
    [
        ("<b>W</b>hen it rains the square floods.", "When"),  # a drop cap
        ("A cube of side 2<i>n</i><sup>2</sup>-dimensional is odd.", "2n2-dimensional"),
        ("Water, H<sub>2</sub><span>O</span>, boils.", "H2O"),
        ("Call <code>get</code><code>Value</code> first.", "getValue"),
        ("大会は<span>東京</span><span>大阪</span>で開かれた。", "東京大阪"),  # no spaces
    ],
)
def test_what_markup_prints_as_one_word_stays_one(line: str, joined: str) -> None:
    assert joined in newsclean.extract(_page(line)).text


def test_a_word_the_page_prints_whole_elsewhere_is_not_cut() -> None:
    """A menu's "Face|book" is still the word the story prints."""
    line = "Follow us on <span>Face</span><span>book</span> for news."
    more = "<p>The council also said that Facebook will host the meeting's video.</p>"
    text = newsclean.extract(_page(line, more)).text
    assert "Face book" not in text
    assert "Facebook" in text


def test_a_long_block_of_joined_fields_is_read_once() -> None:
    """Thousands of joins in one block (a grid printed as one run of spans): each token is
    read with the joins inside it only (`spacing._spaced_tokens` walks both in order)."""
    cells = " ".join(f"<span>Item{i}</span><span>Town</span>" for i in range(5000))
    table = page_fields(load(f"<html><body><p>{cells}</p></body></html>"))
    assert len(table) == 5000
    assert table["Item4999Town"] == "Item4999 Town"


def test_the_segmenter_notes_the_joins_and_keeps_its_text() -> None:
    """The joins are read in the segmenter's one walk (`blocks.FieldRun`): the block's text
    stays as the page joins it (the scorer was fitted on it), the offsets say where the
    fields met."""
    runs: list[FieldRun] = []
    blocks = segment(
        load(
            "<html><body><p>At <span>Stadtwerke Lindenau</span><span>Lindenau</span></p>"
            "<p>Plain text.</p></body></html>"
        ).tree,
        runs,
    )
    assert [b.text for b in blocks] == ["At Stadtwerke LindenauLindenau", "Plain text."]
    assert [(r.index, r.joins) for r in runs] == [(0, (22,))]
    assert field_table([b.text for b in blocks], runs) == {"LindenauLindenau": "Lindenau Lindenau"}


@pytest.mark.parametrize(
    "line",
    [
        # a custom element and a table cell part fields the block does not part
        "<p><span>Alpha</span><x-icon><span>Beta</span></x-icon></p>",
        "<table><tr><td><span>Alpha</span></td>Beta</tr></table>",
        # a hidden element between two texts of one block
        "<p><span>Alpha</span><span hidden>x</span><span>Beta</span></p>"
        "<p>Alpha<div hidden>x</div>Beta</p>",
    ],
)
def test_a_boundary_inside_a_block_is_no_join(line: str) -> None:
    assert page_fields(load(f"<html><body>{line}</body></html>")) == {}


def test_a_token_cut_by_a_boundary_is_two_tokens_printed_unjoined() -> None:
    """ "Alpha" printed against "Beta" across a custom element is the words "Alpha" and
    "Beta" printed apart, not the joined token "AlphaBeta" printed unjoined."""
    page = (
        "<html><body><p><span>Alpha</span><span>Beta</span></p>"
        "<p>Alpha<x-icon>Beta</x-icon></p></body></html>"
    )
    assert page_fields(load(page)) == {"AlphaBeta": "Alpha Beta"}
