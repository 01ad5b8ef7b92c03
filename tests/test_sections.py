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
from newsclean.model import PageType
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
    monkeypatch: pytest.MonkeyPatch, low: dict[str, float], page_type: PageType | None = None
) -> None:
    """The shipped scorer, with the blocks whose text starts with a key of `low` given
    that probability instead (what a model that never saw the site gave them); the page
    read as `page_type` where given."""
    replay_scorer(monkeypatch, lambda text: next(
        (v for k, v in low.items() if text.startswith(k)), None), page_type)


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


# --- Later sections in boxes of their kept section's template (`sibling_sections`) -------

PANELS = [
    ("Inspections", ANSWERS[0] + " " + STORY[1]),
    ("Detours", ANSWERS[1] + " " + STORY[8]),
    ("Funding", ANSWERS[2] + " " + STORY[9]),
]
"""Three sections of one page, each its heading and paragraph in a panel of one template."""


def _panels_page(after: str = "") -> str:
    intro = "".join(f"<p>{' '.join(SENTENCES[i:] + SENTENCES[:i])}</p>" for i in range(3))
    panels = "".join(
        f'<section class="panel panel-{n}"><h2>{title}</h2><p>{text}</p></section>'
        for n, (title, text) in enumerate(PANELS)
    )
    panels = panels.replace("<p>", f"{intro}<p>", 1)  # the first panel holds the lead
    menu = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(8))
    return (f'<html lang="en"><body><nav><ul>{menu}</ul></nav><main>'
            f"<h1>Bridge works</h1>{panels}{after}</main>"
            "<footer><p>© 2026 The Town Paper</p></footer></body></html>")


def _panels_scorer(monkeypatch: pytest.MonkeyPatch, later: float, first: float = 0.8,
                   page_type: PageType = PageType.SERVICE) -> None:
    """What a scorer that never saw the site gave the page (a service page's panels, as
    `page_type`): the first panel kept, not surely (`first`), the later panels `later`."""
    low = {SENTENCES[i][:30]: first for i in range(3)} | {PANELS[0][1][:30]: first}
    for title, text in PANELS[1:]:
        low |= {title: later, text[:30]: later}
    _unseen_scorer(monkeypatch, low, page_type)


def test_later_sections_in_their_kept_sibling_template_join_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _panels_scorer(monkeypatch, 0.2)
    text = DensityExtractor().extract(load(_panels_page())).text
    assert all(body in text for _, body in PANELS) and "Funding" in text
    assert "Section 3" not in text and "©" not in text
    off = DensityExtractor(DensityParams(sibling_sections=False)).extract(
        load(_panels_page())).text
    assert PANELS[0][1] in off and PANELS[1][1] not in off and PANELS[2][1] not in off


@pytest.mark.parametrize(("later", "first", "page_type"), [
    # the scorer all but ruled the later panels out
    (0.05, 0.8, PageType.SERVICE),
    # sure of the first panel and not of its siblings: a template's other box
    (0.2, 0.97, PageType.SERVICE),
    # a story's boxes of its own template after it are its related stories
    (0.2, 0.8, PageType.ARTICLE),
])
def test_sibling_sections_the_scorer_decided_stay_out(
    monkeypatch: pytest.MonkeyPatch, later: float, first: float, page_type: PageType
) -> None:
    _panels_scorer(monkeypatch, later, first, page_type)
    text = DensityExtractor().extract(load(_panels_page())).text
    assert PANELS[0][1] in text and PANELS[1][1] not in text and PANELS[2][1] not in text


TEASERS = [
    ("Ferry timetable for the summer", "The ferry runs every half hour from six."),
    ("New cycle lane on the ring road", "Work on the lane starts in the autumn."),
    ("School bus changes its route", "Pupils of the other bank leave ten minutes early."),
    ("Market moves to the old square", "Stalls open on Saturday for the first time."),
]


def test_a_teaser_card_grid_beside_kept_sections_stays_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Teaser cards share a template too: a card's image, linked title and short line. One
    card the scorer liked is no section of the text (it holds a sliver of the kept words),
    and a box of cards beside the story's panels reads as linked, so the others stay out."""
    cards = "".join(
        f'<div class="card"><img src="/i/{n}.jpg" alt=""><h3><a href="/n/{n}">{title}</a>'
        f"</h3><p>{line}</p></div>" for n, (title, line) in enumerate(TEASERS)
    )
    grid = f'<section class="panel panel-more"><div class="cards">{cards}</div></section>'
    low = {title: 0.2 for title, _ in TEASERS} | {line: 0.25 for _, line in TEASERS}
    low |= {TEASERS[0][1]: 0.6}  # one card's line kept
    low |= {SENTENCES[i][:30]: 0.8 for i in range(3)} | {PANELS[0][1][:30]: 0.8}
    _unseen_scorer(monkeypatch, low, PageType.SERVICE)
    text = DensityExtractor().extract(load(_panels_page(grid))).text
    assert all(body in text for _, body in PANELS)
    assert not any(title in text for title, _ in TEASERS)
    assert not any(line in text for _, line in TEASERS[1:])


def test_a_sibling_box_holding_a_form_stays_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """A shop's review form in a tab of its description's template asks for the reader's
    words; it says nothing of its own."""
    labels = ["Write a review", "Your rating", "Your name", "Your email address",
              "Submit your review now"]
    form = ('<section class="panel panel-reviews"><h2>Reviews</h2><form action="/r">'
            + "".join(f"<p>{label}</p>" for label in labels) + "</form></section>")
    low = {label: 0.3 for label in ["Reviews", *labels]}
    low |= {SENTENCES[i][:30]: 0.8 for i in range(3)} | {PANELS[0][1][:30]: 0.8}
    for title, text in PANELS[1:]:
        low |= {title: 0.2, text[:30]: 0.2}
    _unseen_scorer(monkeypatch, low, PageType.SERVICE)
    text = DensityExtractor().extract(load(_panels_page(form))).text
    assert all(body in text for _, body in PANELS)
    assert not any(label in text for label in labels)


# --- Sections of one outline in boxes of their own (`sibling_sections`, headed) ----------

def _outline_page(boxes: list[str], after: str = "") -> str:
    """The panels of `PANELS`, each in a box opened by `boxes[n]` (a tag with or without a
    class of its own), under one parent; `after` follows them."""
    intro = "".join(f"<p>{' '.join(SENTENCES[i:] + SENTENCES[:i])}</p>" for i in range(3))
    panels = "".join(
        f"{box}<h2>{title}</h2><p>{text}</p></{box[1:box.index(' ') if ' ' in box else -1]}>"
        for box, (title, text) in zip(boxes, PANELS, strict=True)
    )
    panels = panels.replace("<p>", f"{intro}<p>", 1)
    menu = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(8))
    return (f'<html lang="en"><body><nav><ul>{menu}</ul></nav><main>'
            f"<h1>Bridge works</h1><div>{panels}{after}</div></main>"
            "<footer><p>© 2026 The Town Paper</p></footer></body></html>")


@pytest.mark.parametrize("boxes", [
    # a page builder's boxes, each its own component's class
    ['<div class="intro-section">', '<div class="tabs">', '<div class="logo-wall">'],
    # no class token at all
    ["<section>", "<section>", "<section>"],
])
def test_later_sections_opened_by_the_kept_sections_heading_level_join_it(
    monkeypatch: pytest.MonkeyPatch, boxes: list[str],
) -> None:
    """Out of fold a service page's later sections, each a box of another component (or
    of no class), opened by a heading of the level that opens the kept one, are left out
    (wcxb-dev's collapse out of fold, a service page at recall 0.26): the shared heading
    level, not the class, says they are sections of one outline."""
    _panels_scorer(monkeypatch, 0.2)
    text = DensityExtractor().extract(load(_outline_page(boxes))).text
    assert all(body in text for _, body in PANELS) and "Funding" in text
    assert "Section 3" not in text and "©" not in text
    off = DensityExtractor(DensityParams(sibling_sections=False)).extract(
        load(_outline_page(boxes))).text
    assert PANELS[1][1] not in off and PANELS[2][1] not in off


def test_a_box_opened_by_another_heading_level_stays_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A box opened by a deeper heading than the kept section's is no further section of
    its outline (a card's title, a sidebar's box)."""
    _panels_scorer(monkeypatch, 0.2)
    page = _outline_page(["<section>"] * 3).replace("<h2>Funding</h2>", "<h4>Funding</h4>")
    text = DensityExtractor().extract(load(page)).text
    assert PANELS[1][1] in text and PANELS[2][1] not in text


REVIEWS = [
    ("Maria K.", "12 March 2026", "Light and sturdy, it held up on a week of rain in the "
     "hills and still looks new after washing it twice."),
    ("Tom B.", "2 April 2026", "The straps dig in after an hour with a full load, and the "
     "side pockets are too shallow for a bottle of water."),
    ("Ines R.", "28 April 2026", "Good value for the price, though the zip of the top "
     "pocket stuck on the second day of our trip to the coast."),
]


@pytest.mark.parametrize("page_type", [PageType.PRODUCT, PageType.SERVICE])
def test_a_reviews_tab_stays_out(monkeypatch: pytest.MonkeyPatch, page_type: PageType) -> None:
    """A shop's reviews tab opens with a heading of its description tab's level, but its
    items are readers' words, each led by a name and a date (`newsclean.comments`):
    truths leave them out. On a product page the pass does not run (its tabs are
    specifications, reviews, shipping: `density._SECTION_PAGES`); on a service page it
    takes the later panels, and the reviews stay out."""
    reviews = "".join(
        f'<div class="review"><p class="who">{name}</p><time>{date}</time><p>{body}</p>'
        "</div>" for name, date, body in REVIEWS)
    tab = f'<section class="tab"><h2>Reviews</h2><div class="list">{reviews}</div></section>'
    low = {name: 0.2 for name, _, _ in REVIEWS} | {body[:30]: 0.3 for _, _, body in REVIEWS}
    low |= {date: 0.2 for _, date, _ in REVIEWS} | {"Reviews": 0.2}
    low |= {SENTENCES[i][:30]: 0.8 for i in range(3)} | {PANELS[0][1][:30]: 0.8}
    for title, text in PANELS[1:]:
        low |= {title: 0.2, text[:30]: 0.2}
    _unseen_scorer(monkeypatch, low, page_type)
    page = _outline_page(['<section class="tab">'] * 3, tab)
    text = DensityExtractor().extract(load(page)).text
    assert PANELS[0][1] in text
    assert (PANELS[2][1] in text) is (page_type is PageType.SERVICE)
    assert not any(body in text for _, _, body in REVIEWS)


@pytest.mark.parametrize("page_type", [PageType.FORUM, PageType.SERVICE])
def test_a_threads_author_column_stays_out(
    monkeypatch: pytest.MonkeyPatch, page_type: PageType,
) -> None:
    """A forum's post and its author column are cells of one template; the column opens
    with the author's name, not with a heading of the post's outline, so it stays out
    where the post is kept (on a thread the pass does not run; read as a service page,
    the heading guard keeps it out)."""
    post = " ".join(SENTENCES[:4])
    author = ["marsh_1", "Joined: March 2019", "Posts: 1,204", "Location: the coast"]
    row = ('<table><tr><td class="alt1">' + "".join(f"<div>{a}</div>" for a in author)
           + f'</td><td class="alt1"><h2>Ferry times</h2><p>{post}</p></td></tr></table>')
    page = ('<html lang="en"><body><main><h1>Ferry times this summer</h1>'
            f"{row}</main></body></html>")
    _unseen_scorer(monkeypatch, {a: 0.2 for a in author} | {SENTENCES[0][:30]: 0.8,
                                                          "Ferry times": 0.8},
                   page_type)
    text = DensityExtractor().extract(load(page)).text
    assert SENTENCES[0] in text
    assert not any(a in text for a in author)


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
