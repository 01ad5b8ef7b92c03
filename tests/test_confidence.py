"""Confidence falls when the kept text is a fragment; unspaced scripts are sized as text."""

from __future__ import annotations

import pytest

from newsclean.blocks import segment
from newsclean.document import load
from newsclean.extractors import density
from newsclean.extractors.confidence import (
    declared_body_words,
    declared_cover,
    fragment_reach,
    length_confidence,
    prose_cover,
    section_cover,
)
from newsclean.extractors.density import DensityExtractor, DensityParams
from newsclean.model import Block, BlockKind
from newsclean.stoplists import word_count

# A Japanese-like sentence built from a few characters (no spaces, no dataset text).
UNSPACED = "気象台は今日の午後に地震の情報を発表した。" * 30


@pytest.mark.parametrize(
    ("text", "words"),
    [("one two three", 3), ("", 0), (UNSPACED, len(UNSPACED) // 2), ("x" * 80, 1)],
)
def test_word_count_sizes_unspaced_text_by_characters(text: str, words: int) -> None:
    assert word_count(text) == words


def test_length_confidence_counts_unspaced_prose() -> None:
    # 630 characters of unspaced prose are a full body, not one "word" per sentence.
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=UNSPACED)]
    assert length_confidence(blocks) > 0.8


def _lead_and_lists(lists: int) -> bytes:
    """A story whose lead is followed, in the same element, by `lists` paragraphs that
    are lists of linked place names (the body of a report, read as navigation)."""
    lead = (
        "The weather office said on Monday that a strong earthquake struck off the coast "
        "in the evening, and that a tsunami warning was issued for two provinces."
    )
    names = ", ".join(f'<a href="/topic/{i}" class="kw">Town{i}</a>' for i in range(12))
    body = f"<p>{lead}</p>" + "".join(f"<p>Region {i}: {names}</p>" for i in range(lists))
    menu = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(15))
    return (
        f'<html lang="en"><body><nav><ul>{menu}</ul></nav><main><h1>Quake</h1>'
        f'<div class="story">{body}</div></main><footer><ul>{menu}</ul></footer></body></html>'
    ).encode()


def _cover(html: bytes, *starts: str) -> float:
    """The section cover of keeping the blocks whose text starts with one of `starts`."""
    blocks = segment(load(html).tree)
    return section_cover(blocks, [b.text.startswith(starts) for b in blocks])


def test_a_lead_cut_from_its_section_is_a_fragment() -> None:
    # Keeping the lead alone covers under a third of the words of its element: the
    # confidence is to be scaled by that share.
    html = _lead_and_lists(8)
    cover = _cover(html, "The weather")
    assert 0 < cover < 0.35
    assert _cover(html, "The weather", "Region") == 1.0  # the whole section kept
    assert _cover(_lead_and_lists(1), "The weather") == 1.0  # the lead outweighs the rest
    assert _cover(html) == 1.0  # nothing kept: nothing to be a fragment of


def test_a_list_kept_without_the_paragraph_above_it_is_a_fragment() -> None:
    # A product's description: a paragraph, then the list of its details, in one element.
    # The list's items share the list as their parent, but the list is one part of the
    # description: keeping the items alone leaves out most of its words.
    prose = ("This necklace is made by hand in a small workshop, and every stone is set "
             "by the same jeweller who drew the design for the collection this spring.")
    items = "".join(f"<li>Detail number {i}</li>" for i in range(4))
    html = f"<html><body><div><p>{prose}</p><ul>{items}</ul></div></body></html>".encode()
    cover = _cover(html, "Detail")
    assert 0 < cover < 0.5
    assert _cover(html, "Detail", "This necklace") == 1.0


def test_a_long_answer_is_not_a_fragment() -> None:
    # A body of FULL_WORDS or more is the article even beside much dropped text (a forum
    # thread's first post, a long page's main section).
    rest = "".join("<p>Another reply in the thread, short and aside.</p>" for _ in range(60))

    def page(sentences: int) -> bytes:
        body = "<p>" + "The council met again and voted on the budget. " * sentences + "</p>"
        return f"<html><body><div>{body}{rest}</div></body></html>".encode()

    assert _cover(page(40), "The council") == 1.0  # 360 words
    assert _cover(page(20), "The council") < 0.5  # 180 words: a fragment of its thread


def test_density_confidence_is_scaled_by_the_section_cover(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    html = _lead_and_lists(8)
    whole = DensityExtractor().extract(load(html)).confidence
    monkeypatch.setattr(density, "section_cover", lambda blocks, keep: 0.25)
    assert DensityExtractor().extract(load(html)).confidence == round(whole * 0.25, 3)


def test_prose_cover_is_the_kept_share_of_the_pages_prose() -> None:
    """Kept prose words over all prose words, wherever the prose sits; blocks not flagged
    as prose (a menu, a heading) count on neither side; a page without prose is covered."""
    html = ("<html><body><ul><li><a href='/a'>Home</a></li></ul><h1>Title</h1>"
            "<p>one two three four five six</p><p>seven eight</p>"
            "<p>nine ten eleven twelve</p></body></html>")
    blocks = segment(load(html).tree)
    words = [b.words for b in blocks]
    prose = [w >= 2 and b.element.tag == "p" for w, b in zip(words, blocks, strict=True)]
    keep = [b.text.startswith("one") for b in blocks]
    assert prose_cover(blocks, keep, prose) == round(6 / 12, 3)
    assert prose_cover(blocks, keep, [False] * len(blocks)) == 1.0


def test_fragment_reach_counts_the_text_the_scorer_has_not_ruled_out() -> None:
    """Kept words plus the words of dropped blocks at probability 0.1 or more, over the kept
    words: a menu the scorer is sure of leaving counts for nothing, a dropped paragraph it
    hesitated on counts; nothing kept reaches anything."""
    html = ("<html><body><ul><li><a href='/a'>Home page of the site</a></li></ul>"
            "<p>one two three four five six</p><p>seven eight nine</p>"
            "<p>ten eleven twelve</p></body></html>")
    blocks = segment(load(html).tree)
    keep = [b.text.startswith("one") for b in blocks]
    p = [0.9 if k else (0.3 if b.text.startswith("seven") else 0.02)
         for b, k in zip(blocks, keep, strict=True)]
    assert fragment_reach(blocks, keep, p) == round((6 + 3) / 6, 3)
    assert fragment_reach(blocks, keep, [0.0] * len(blocks)) == 1.0
    assert fragment_reach(blocks, [False] * len(blocks), p) == float("inf")


def test_density_reports_its_reach() -> None:
    """The learned scorer's answer carries its reach; the rules alone know no probabilities."""
    html = _lead_and_lists(8)
    assert 1.0 <= DensityExtractor().extract(load(html)).reach < float("inf")
    rules = DensityExtractor(DensityParams(learned=False)).extract(load(html))
    assert rules.reach == float("inf")


def test_candidates_are_sized_as_the_extractors_count() -> None:
    # The chain asks whether one answer is fuller than another by their word counts: two
    # Japanese answers of 1 and 3 paragraphs must differ by their text, not by a token each.
    from newsclean.extractors.base import Candidate

    short = Candidate("a", blocks=(Block(text=UNSPACED),))
    long = Candidate("b", blocks=tuple(Block(text=UNSPACED) for _ in range(3)))
    assert short.word_count == len(UNSPACED) // 2
    assert long.word_count == 3 * short.word_count


def test_a_declared_body_in_an_unspaced_script_is_sized_as_text() -> None:
    """A Japanese story declared in JSON-LD has few spaces: its words are counted as the
    kept text's are, so keeping a tenth of it is a fragment of it."""
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            f'"articleBody": "{UNSPACED}"}}</script></head><body><p>x</p></body></html>')
    doc = load(page)
    assert declared_body_words(doc) == word_count(UNSPACED)
    assert declared_cover(doc, word_count(UNSPACED) // 10) < 0.2
    assert declared_cover(doc, word_count(UNSPACED)) == 1.0
