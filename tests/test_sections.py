"""A heading the scorer keeps promises its section (`newsclean.extractors.sections`).

Out of fold, on a site it never saw, the learned scorer kept an article's "FAQ" heading
and gave each question and answer below it, a box of their own, 0.15-0.45. The pages here
are built in the test; the scorer's verdict on them is replayed by lowering the shipped
scorer's probabilities where the unseen model put them, since the shipped model keeps
these easy pages whole."""

from __future__ import annotations

import pytest

from newsclean.document import load
from newsclean.extractors.density import DensityExtractor, DensityParams
from newsclean.extractors.rules import analyse
from newsclean.extractors.sections import headed_lists, orphaned_sections, section_of
from tests.markup import body_blocks, replay_scorer
from tests.test_unseen_classes import SENTENCES as STORY

SENTENCES = STORY[:6]  # the story's sentences the other unseen-class pages use
QUESTIONS = ["How long will the bridge be closed?", "Can cyclists still cross the river?",
             "Who pays for the repairs?"]
ANSWERS = [
    "The works are planned to start in May and to last until the end of the next spring, "
    "when the new supports have been tested by the engineers of the region.",
    "Cyclists and walkers may use the old ferry, which the town will run every half hour "
    "from six in the morning until ten at night for as long as the works last.",
    "The town pays for the first part of the repairs, and the regional government said it "
    "would review the request for help with the rest of the bill in June.",
]


def _page(question: str = "<h3>{}</h3>") -> str:
    body = "".join(f"<p>{' '.join(SENTENCES[i:] + SENTENCES[:i])}</p>" for i in range(4))
    faq = "".join(
        f'<div class="faq-item">{question.format(q)}<div class="answer"><p>{a}</p></div></div>'
        for q, a in zip(QUESTIONS, ANSWERS, strict=True)
    )
    menu = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(8))
    return (f'<html lang="en"><body><nav><ul>{menu}</ul></nav><main><article>'
            f"<h1>Bridge to close</h1>{body}<h2>Questions and answers</h2>{faq}"
            "</article></main><footer><p>© 2026 The Town Paper</p></footer></body></html>")


def _unseen_scorer(
    monkeypatch: pytest.MonkeyPatch, low: dict[str, float]
) -> None:
    """The shipped scorer, with the blocks whose text starts with a key of `low` given
    that probability instead (what a model that never saw the site gave them)."""
    replay_scorer(monkeypatch, lambda text: next(
        (v for k, v in low.items() if text.startswith(k)), None))


def test_the_answers_under_a_kept_faq_heading_join_it(monkeypatch: pytest.MonkeyPatch) -> None:
    low = {q: 0.35 for q in QUESTIONS} | {a[:30]: 0.2 + 0.05 * i for i, a in enumerate(ANSWERS)}
    _unseen_scorer(monkeypatch, low)
    text = DensityExtractor().extract(load(_page())).text
    assert "Questions and answers" in text
    assert all(q in text for q in QUESTIONS) and all(a in text for a in ANSWERS)
    assert "Section 3" not in text and "©" not in text
    off = DensityExtractor(DensityParams(orphaned_sections=False)).extract(load(_page())).text
    assert "Questions and answers" in off and not any(a in off for a in ANSWERS)


def test_a_section_the_scorer_all_but_ruled_out_stays_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    low = {q: 0.35 for q in QUESTIONS} | {a[:30]: 0.05 for a in ANSWERS}
    _unseen_scorer(monkeypatch, low)
    text = DensityExtractor().extract(load(_page())).text
    assert not any(a in text for a in ANSWERS)


def test_a_section_with_kept_text_is_left_to_the_scorer() -> None:
    doc = load(_page())
    analysis = analyse(doc, DensityParams())
    blocks = analysis.blocks
    heading = next(i for i, b in enumerate(blocks) if b.text == "Questions and answers")
    section = section_of(blocks, heading)
    assert [blocks[j].text for j in section][:2] == [QUESTIONS[0], ANSWERS[0]]
    assert ANSWERS[-1] in [blocks[j].text for j in section]  # to the page's end: no h2 after
    keep = [j == heading for j in range(len(blocks))]
    scores = [0.3] * len(blocks)
    assert set(orphaned_sections(blocks, keep, analysis.keep, scores, 0.2)) == {
        j for j in section if analysis.keep[j]
    }
    keep[section[1]] = True  # one answer kept: the scorer read the section
    assert orphaned_sections(blocks, keep, analysis.keep, scores, 0.2) == []
    rules_keep = [k and j != heading for j, k in enumerate(analysis.keep)]
    assert orphaned_sections(blocks, keep, rules_keep, scores, 0.2) == []


def _orphaned(html: str) -> list[str]:
    """What the pass adds when the scorer keeps only the "Questions and answers" heading
    of the section and gives every other block 0.3."""
    analysis = analyse(load(html), DensityParams())
    blocks = analysis.blocks
    keep = [b.text == "Questions and answers" for b in blocks]
    found = orphaned_sections(blocks, keep, analysis.keep, [0.3] * len(blocks), 0.2)
    return [blocks[j].text for j in found]


@pytest.mark.parametrize("question", [
    "<p><b>{}</b></p>",  # no sub-headings: a run of paragraphs (references, a bio, an inset)
    '<h3><a href="/faq/1">{}</a></h3>',  # linked titles: a grid of cards
])
def test_a_heading_over_plain_paragraphs_or_cards_is_left_to_the_scorer(question: str) -> None:
    assert _orphaned(_page(question)) == []
    assert set(ANSWERS) <= set(_orphaned(_page()))


@pytest.mark.parametrize(
    ("items", "taken"),
    [
        ("<ul><li>Flour</li><li>Two eggs</li><li>Milk</li></ul>", ["Flour", "Two eggs", "Milk"]),
        # one line is a caption, links are a menu, a paragraph is left to the scorer
        ("<ul><li>Flour</li></ul>", []),
        ('<ul><li><a href="/a">Flour</a></li><li><a href="/b">Milk</a></li></ul>', []),
        ("<ul><li>Flour</li><li>Milk</li></ul><p>Mix them well.</p>", []),
    ],
)
def test_a_plain_list_is_what_a_kept_heading_holds(items: str, taken: list[str]) -> None:
    blocks = body_blocks(f"<p>{SENTENCES[0]}</p><h2>Ingredients</h2>{items}<h2>Notes</h2>")
    keep = [b.text in (SENTENCES[0], "Ingredients") for b in blocks]
    scores = [0.3] * len(blocks)
    assert [blocks[i].text for i in headed_lists(blocks, keep, scores, 0.1)] == taken
    # nothing under a heading the scorer left out, nor items it all but ruled out
    assert headed_lists(blocks, [b.text == SENTENCES[0] for b in blocks], scores, 0.1) == []
    assert headed_lists(blocks, keep, [0.05] * len(blocks), 0.1) == []


LECTURES = ["Week 1: Arrays and the cost of access", "Woche 2: Stapel und Warteschlangen",
            "Semaine 3 : arbres binaires de recherche", "Неделя 4: хеш-таблицы и коллизии"]


@pytest.mark.parametrize(("tag", "after", "taken"), [
    ("ol", "<h2>Grading</h2><p>{}</p>", LECTURES),  # a numbered list of titles in the text
    ("ul", "<h2>Grading</h2><p>{}</p>", []),  # links in no order: a box of related links
    ("ol", "", []),  # a numbered list of links closing the text: "most read", a sidebar's
])
def test_a_numbered_list_of_linked_titles_inside_the_text_is_what_its_heading_holds(
    tag: str, after: str, taken: list[str],
) -> None:
    """A course's lectures, a report's chapters: linked titles of several words, numbered,
    under a kept heading, with kept text after them. A menu's entries are a word or two,
    related links are not numbered, and a numbered list after the text is a ranking."""
    items = "".join(f'<li><a href="notes/w{i}.pdf">{t}</a></li>' for i, t in enumerate(LECTURES))
    blocks = body_blocks(f"<p>{SENTENCES[0]}</p><h2>Lectures</h2><{tag}>{items}</{tag}>"
                         + after.format(SENTENCES[1]))
    keep = [b.text in (SENTENCES[0], "Lectures", "Grading", SENTENCES[1]) for b in blocks]
    assert [blocks[i].text for i in headed_lists(blocks, keep, [0.3] * len(blocks), 0.1)] == taken
    menu = "".join(f'<li><a href="/{i}">Page {i}</a></li>' for i in range(4))  # two words
    blocks = body_blocks(f"<p>{SENTENCES[0]}</p><h2>Lectures</h2><ol>{menu}</ol>"
                         f"<h2>Grading</h2><p>{SENTENCES[1]}</p>")
    keep = [b.text in (SENTENCES[0], "Lectures", "Grading", SENTENCES[1]) for b in blocks]
    assert headed_lists(blocks, keep, [0.3] * len(blocks), 0.1) == []


def test_a_list_under_a_linked_heading_is_a_teaser() -> None:
    """A teaser's linked headline over its snippet and its source, as a listing prints it."""
    teaser = (f'<h3><a href="/story">Council weighs the bridge</a></h3>'
              f"<ul><li>{SENTENCES[1]}</li><li>Town Radio</li></ul>")
    blocks = body_blocks(f"<p>{SENTENCES[0]}</p>{teaser}")
    keep = [b.text in (SENTENCES[0], "Council weighs the bridge") for b in blocks]
    assert headed_lists(blocks, keep, [0.3] * len(blocks), 0.1) == []


TERMS = ["Sonnenlicht", "Lichtung", "Halbschatten"]


@pytest.mark.parametrize(("after", "taken"), [
    ("<p>{}</p>", TERMS),  # kept text after the list, in the heading's own section
    ("<h2>Herkunft</h2><p>{}</p>", TERMS),  # the next part kept
    ("", []),  # terms closing the text: a box of links after it
])
def test_linked_terms_right_under_a_kept_heading_are_what_it_names(
    after: str, taken: list[str],
) -> None:
    """A dictionary entry's related words ("Verwandte Wörter"): single terms, each linking
    to its own entry, in an unnumbered list right under a kept heading, inside the kept
    text (its source note after them, or the next part). A numbered list of a word or two
    a link is a menu or a pager (above)."""
    items = "".join(f'<li><a href="/wort/{t}">{t}</a></li>' for t in TERMS)
    blocks = body_blocks(f"<p>{SENTENCES[0]}</p><h2>Verwandte Wörter</h2><ul>{items}</ul>"
                         + after.format(SENTENCES[1]))
    keep = [b.text in (SENTENCES[0], "Verwandte Wörter", "Herkunft", SENTENCES[1])
            for b in blocks]
    assert [blocks[i].text for i in headed_lists(blocks, keep, [0.3] * len(blocks), 0.1)] == taken


def _headed_structure_page(title: str, structure: str) -> str:
    body = "".join(f"<p>{' '.join(SENTENCES[i:] + SENTENCES[:i])}</p>" for i in range(3))
    return (f'<html lang="en"><body><main><article><h1>Bridge to close</h1>{body}'
            f"<h2>{title}</h2>{structure}<p>{' '.join(SENTENCES[2:])}</p>"
            "</article></main><footer><p>© 2026 The Town Paper</p></footer></body></html>")


HOURS = ("<table><tr><td>Monday to Friday</td><td>8:00 – 20:00</td></tr>"
         "<tr><td>Saturday</td><td>9:00 – 14:00</td></tr></table>")
DETOURS = ("<ul><li>Cars take the northern ring road</li><li>Buses stop at the old ferry"
           "</li><li>Lorries wait at the harbour gate</li></ul>")


@pytest.mark.parametrize(
    ("title", "structure"), [("Opening hours of the ferry", HOURS), ("Detours", DETOURS)]
)
def test_a_heading_over_a_kept_list_or_table_names_it(
    monkeypatch: pytest.MonkeyPatch, title: str, structure: str
) -> None:
    """The scorer's doubt (0.3-0.5) about a title over a list or a table it kept: kept
    on any page (`structure_headings`); over a paragraph it stays the scorer's."""
    _unseen_scorer(monkeypatch, {title: 0.36})
    text = DensityExtractor().extract(load(_headed_structure_page(title, structure))).text
    assert title in text
    off = DensityParams(structure_headings=False)
    assert title not in DensityExtractor(off).extract(
        load(_headed_structure_page(title, structure))).text
    paragraph = f"<p>{' '.join(SENTENCES[1:])}</p>"
    assert title not in DensityExtractor().extract(
        load(_headed_structure_page(title, paragraph))).text


def test_a_heading_that_opens_teasers_is_not_brought_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """"Recommended" over a kept list: normalisation takes such a heading out with the list
    under it (`clutter.starts_teasers`), so the pass leaves it."""
    _unseen_scorer(monkeypatch, {"Recommended": 0.36})
    text = DensityExtractor().extract(load(_headed_structure_page("Recommended", DETOURS))).text
    assert "Recommended" not in text


def test_a_kept_heading_with_kept_text_under_it_is_not_walked_to_its_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`empty_sections` wants the sections with nothing kept: under a page's title whose
    first paragraph is kept, it reads that one block, not the whole page below (each
    block's `after_rule` asks the tree), and answers as before."""
    from newsclean.extractors import sections

    blocks = body_blocks("<h1>Title</h1>" + "".join(f"<p>Line {i} of it.</p>" for i in range(50))
                         + "<h2>Empty</h2><p>Left out.</p>")
    keep = [b.text != "Left out." for b in blocks]
    read: list[str] = []
    real = sections.after_rule
    monkeypatch.setattr(sections, "after_rule", lambda b: read.append(b.text) or real(b))
    empty = list(sections.empty_sections(blocks, keep))
    assert [(blocks[i].text, [blocks[j].text for j in s]) for i, s in empty] == [
        ("Empty", ["Left out."])
    ]
    assert len(read) <= 3  # the title's first line, the empty section's one line
    assert section_of(blocks, 0) == range(1, len(blocks))  # the title's: the whole page
