"""The lines of one `<p>` are decided together (`newsclean.extractors.paragraphs`).

Out of fold, on sites it never saw, the learned scorer kept some lines of a paragraph
parted by `<br>` and left others: a showroom's name and address kept, its opening hours
left; a product's feature lines kept but "Crew neck" and "100% Polyester" left. The pages
here are built in the test; the unseen scorer's verdict is replayed (`replay_scorer`) on
the lines it left, since the shipped model keeps these easy pages whole."""

from __future__ import annotations

import pytest

from newsclean.document import load
from newsclean.extractors.density import DensityExtractor, DensityParams
from tests.markup import replay_scorer
from tests.test_unseen_classes import SENTENCES

DETAILS = [
    "Town Hall, Market Square 1", "Tuesday 14 May", "7.00 P.M. / 9.30 P.M.",
    "Free entry, no booking", "Step-free access from Bridge Street",
]


def _page(details: list[str]) -> str:
    body = "".join(f"<p>{' '.join(SENTENCES[i:i + 3])}</p>" for i in range(3))
    menu = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(8))
    return (f'<html lang="en"><body><nav><ul>{menu}</ul></nav><main><article>'
            f"<h1>Bridge meeting</h1>{body}<p>{'<br>'.join(details)}</p>"
            f"<p>{SENTENCES[6]}</p></article></main>"
            "<footer><p>© 2026 The Town Paper</p></footer></body></html>")


def _left_out(monkeypatch: pytest.MonkeyPatch, lines: set[str], p: float = 0.3) -> None:
    replay_scorer(monkeypatch, lambda text: p if text in lines else None)


def _text(details: list[str], **params: bool) -> str:
    return DensityExtractor(DensityParams(**params)).extract(load(_page(details))).text


def test_the_lines_left_out_of_a_mostly_kept_paragraph_join_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _left_out(monkeypatch, {DETAILS[1], DETAILS[2]})
    text = _text(DETAILS)
    assert all(line in text for line in DETAILS)
    assert "Section 3" not in text and "©" not in text
    off = _text(DETAILS, paragraph_lines=False)
    assert DETAILS[0] in off and DETAILS[1] not in off and DETAILS[2] not in off


def test_a_paragraph_mostly_left_out_stays_out(monkeypatch: pytest.MonkeyPatch) -> None:
    _left_out(monkeypatch, set(DETAILS[:3]))
    text = _text(DETAILS)
    assert not any(line in text for line in DETAILS[:3])
    assert all(line in text for line in DETAILS[3:])


def test_a_linked_line_is_judged_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    linked = [*DETAILS[:4], '<a href="/tickets">Book your seat</a>']
    _left_out(monkeypatch, {DETAILS[1], "Book your seat"})
    text = _text(linked)
    assert DETAILS[1] not in text and "Book your seat" not in text


def test_a_paragraph_with_a_line_of_prose_is_left_to_the_scorer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prose = [SENTENCES[7], "Register now", *DETAILS[:3]]
    _left_out(monkeypatch, {"Register now"})
    assert "Register now" not in _text(prose)


CLOSING = "Nobody was hurt, a spokesman said."


def _story(after: str) -> str:
    body = "".join(f"<p>{' '.join(SENTENCES[i:i + 3])}</p>" for i in range(3))
    return (f'<html lang="en"><body><main><article><h1>Coast road closed</h1>'
            f'<div class="story">{body}{after}</div></article></main>'
            "<footer><p>© 2026 The Town Paper</p></footer></body></html>")


@pytest.mark.parametrize(
    ("after", "kept"),
    [
        (f"<p>{CLOSING}</p>", True),  # the story's last line, in its element
        (f"<figure><figcaption>{CLOSING}</figcaption></figure>", False),  # no paragraph
        (f"<p><a href='/n/1'>{CLOSING}</a></p>", False),  # a link
        (f"<p>{CLOSING.rstrip('.')}</p>", False),  # no sentence: a label
    ],
)
def test_a_short_sentence_at_the_storys_end_is_its_own(
    monkeypatch: pytest.MonkeyPatch, after: str, kept: bool
) -> None:
    """Read alone, a story's short last sentence scores near the middle (0.44 on a page
    of two paragraphs): a one-sentence paragraph beside the kept text in its element is
    kept on an article; a caption, a link or a label is not."""
    from newsclean.model import PageType

    closing = CLOSING.rstrip(".")
    replay_scorer(monkeypatch, lambda text: 0.4 if text.startswith(closing) else None,
                  PageType.ARTICLE)
    text = DensityExtractor().extract(load(_story(after))).text
    assert (closing in text) is kept
    off = DensityExtractor(DensityParams(edge_sentences=False)).extract(load(_story(after)))
    assert closing not in off.text


# --- An element's paragraphs decided together (`paragraphs.paragraph_mates`) -------------

MATES = [" ".join(SENTENCES[i:i + 2]) for i in range(8)]
"""Eight paragraphs of one story, all children of one element."""


def _mates_page(extra: str = "") -> str:
    body = "".join(f"<p>{text}</p>" for text in MATES)
    menu = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(8))
    return (f'<html lang="en"><body><nav><ul>{menu}</ul></nav><main><article>'
            f'<h1>Bridge meeting</h1><div class="story">{body}</div>{extra}</article></main>'
            "<footer><p>© 2026 The Town Paper</p></footer></body></html>")


def _mates_text(monkeypatch: pytest.MonkeyPatch, doubted: dict[str, float], page: str,
                **params: bool) -> str:
    replay_scorer(monkeypatch, lambda text: doubted.get(text))
    return DensityExtractor(DensityParams(**params)).extract(load(page)).text


def test_paragraphs_left_out_between_their_kept_mates_join_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Out of fold the scorer's probability sinks along a long story (0.9 at its top, 0.1
    to 0.5 further down: readability-js `clean-links`, aeb `5f03fc…`), so one element's
    paragraphs come out some kept, some left. Between kept paragraphs of the same element,
    the ones left join them, where the scorer gave them 0.3 or more."""
    doubted = {MATES[2]: 0.45, MATES[4]: 0.35, MATES[5]: 0.3}
    text = _mates_text(monkeypatch, doubted, _mates_page())
    assert all(p in text for p in MATES)
    assert "Section 3" not in text and "©" not in text
    off = _mates_text(monkeypatch, doubted, _mates_page(), paragraph_mates=False)
    assert MATES[2] not in off and MATES[4] not in off and MATES[0] in off


@pytest.mark.parametrize(
    ("doubted", "left"),
    [
        # after the last kept paragraph: a sign-off, a newsletter's pitch, left to the scorer
        ({MATES[6]: 0.4, MATES[7]: 0.4}, {MATES[6], MATES[7]}),
        # a paragraph the scorer ruled out more firmly stays out
        ({MATES[3]: 0.2}, {MATES[3]}),
        # an element most of whose words are left out is not the story's
        ({m: 0.3 for m in MATES[1:7]}, set(MATES[1:7])),
    ],
)
def test_paragraph_mates_left_to_the_scorer(
    monkeypatch: pytest.MonkeyPatch, doubted: dict[str, float], left: set[str]
) -> None:
    text = _mates_text(monkeypatch, doubted, _mates_page())
    assert not any(p in text for p in left)


def test_a_linked_paragraph_between_kept_mates_is_judged_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mates = [*MATES[:3], '<a href="/n/1">Read more about the bridge works here</a>',
             *MATES[3:]]
    page = _mates_page().replace("".join(f"<p>{t}</p>" for t in MATES),
                                 "".join(f"<p>{t}</p>" for t in mates))
    text = _mates_text(monkeypatch, {"Read more about the bridge works here": 0.4}, page)
    assert "Read more about" not in text and MATES[3] in text


# --- A kept story's tail in its element (`paragraphs.story_tail`) ------------------------

TAIL = [f"{MATES[i]} {SENTENCES[(i + 5) % len(SENTENCES)]}" for i in range(4)]
"""Four more paragraphs of the story, after the eight of `MATES`, in the same element."""


def _tail_page(tail: list[str], after: str = "") -> str:
    story = "".join(f"<p>{text}</p>" for text in [*MATES, *tail])
    return _mates_page().replace("".join(f"<p>{t}</p>" for t in MATES), story + after)


def _tail_text(monkeypatch: pytest.MonkeyPatch, doubted: dict[str, float], page: str,
               **params: bool) -> str:
    from newsclean.model import PageType

    replay_scorer(monkeypatch, lambda text: doubted.get(text), PageType.ARTICLE)
    return DensityExtractor(DensityParams(**params)).extract(load(page)).text


def test_a_kept_storys_doubted_tail_joins_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Out of fold the scorer's probability sinks along a long story until it drops its
    last part (readability-js `clean-links`: 59 paragraphs after the last kept one, at
    0.12-0.37; aeb `5f03fc…`, a meal plan's entries under their subheads). A run of three
    or more plain paragraphs right after the last kept one of its element, scored 0.1 or
    more, is the story's, with its subheads; the linked line after the run ends it."""
    doubted = {TAIL[0]: 0.35, TAIL[1]: 0.2, TAIL[2]: 0.12, TAIL[3]: 0.25,
               "The vote": 0.3, "Back to the top of the page": 0.05}
    page = _tail_page([*TAIL[:2], "<h3>The vote</h3>", *TAIL[2:]],
                      '<p><a href="#top">Back to the top of the page</a></p>')
    page = page.replace("<p><h3>The vote</h3></p>", "<h3>The vote</h3>")
    text = _tail_text(monkeypatch, doubted, page)
    assert all(p in text for p in TAIL) and "The vote" in text
    assert "Back to the top" not in text and "Section 3" not in text
    off = _tail_text(monkeypatch, doubted, page, story_tail=False)
    assert not any(p in off for p in TAIL) and MATES[0] in off


@pytest.mark.parametrize(
    ("tail", "doubted"),
    [
        # a sign-off and a newsletter's pitch: two paragraphs, left to the scorer
        (TAIL[:2], {TAIL[0]: 0.4, TAIL[1]: 0.4}),
        # a linked line ("Follow us on …") after one paragraph ends the run under three
        ([TAIL[0], '<a href="/follow">Follow us for more news</a>', *TAIL[2:]],
         {TAIL[0]: 0.3, "Follow us for more news": 0.3, TAIL[2]: 0.3, TAIL[3]: 0.3}),
        # one paragraph of the run the scorer ruled out firmly ends it under three
        (TAIL, {TAIL[0]: 0.3, TAIL[1]: 0.3, TAIL[2]: 0.05, TAIL[3]: 0.3}),
    ],
)
def test_a_short_or_plain_labelled_tail_is_left_to_the_scorer(
    monkeypatch: pytest.MonkeyPatch, tail: list[str], doubted: dict[str, float]
) -> None:
    text = _tail_text(monkeypatch, doubted, _tail_page(tail))
    assert not any(p in text for p, s in doubted.items() if s < 0.5)
    assert "Follow us" not in text
    assert MATES[0] in text


# --- The story's opening in a box of its own (`paragraphs.story_head`) --------------------

HEAD = [f"{SENTENCES[(i + 3) % len(SENTENCES)]} {SENTENCES[(i + 6) % len(SENTENCES)]}"
        for i in range(2)]
"""The story's two opening paragraphs, in a lead box before the box of `MATES`."""


def _head_page(before: str) -> str:
    """`MATES` in their box, with `before` right before it inside the same `<article>`."""
    return _mates_page().replace('<div class="story">', f'{before}<div class="story">')


def test_the_storys_opening_in_a_box_of_its_own_joins_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Out of fold the scorer doubts a story's first paragraphs in a box of their own
    beside the body's (fundus-dev `us/WashingtonPost_2024_04_26`: a teaser's wrapper round
    the first two paragraphs, at 0.21 and 0.43): plain sentences right before the first
    kept paragraph, in the element that holds its element, are its opening; the share
    bar's unlinked buttons between them and the story do not part them."""
    lead = "".join(f'<div class="lead"><p>{t}</p></div>' for t in HEAD)
    page = _head_page(f'<div class="intro">{lead}</div><div class="bar">Share</div>')
    doubted = {HEAD[0]: 0.21, HEAD[1]: 0.43, "Share": 0.1}
    text = _tail_text(monkeypatch, doubted, page)
    assert all(p in text for p in HEAD) and MATES[0] in text
    assert "Share" not in text and "Section 3" not in text
    off = _tail_text(monkeypatch, doubted, page, story_head=False)
    assert not any(p in off for p in HEAD) and MATES[0] in off


@pytest.mark.parametrize(
    ("before", "doubted"),
    [
        # a teaser's card before the story: its title a link, its blurb a sentence
        ('<div class="card"><h3><a href="/n/2">Library reopens after the flood</a></h3>'
         f"<p>{HEAD[0]}</p></div>", {HEAD[0]: 0.4}),
        # a "latest" run: linked headlines between the blurbs
        (f'<div class="latest"><p>{HEAD[0]}</p><a href="/n/3">Council sets the budget for '
         f"next year</a><p>{HEAD[1]}</p></div>",
         {HEAD[0]: 0.4, HEAD[1]: 0.4, "Council sets the budget for next year": 0.1}),
        # a caption under the lead picture
        (f"<figure><img src='/a.jpg'><figcaption><p>{HEAD[0]}</p></figcaption></figure>",
         {HEAD[0]: 0.4}),
        # a paragraph the scorer ruled out (a sign-up's pitch, a promo)
        (f'<div class="lead"><p>{HEAD[0]}</p></div>', {HEAD[0]: 0.1}),
    ],
)
def test_what_stands_before_the_story_is_left_to_the_scorer(
    monkeypatch: pytest.MonkeyPatch, before: str, doubted: dict[str, float]
) -> None:
    text = _tail_text(monkeypatch, doubted, _head_page(before))
    assert not any(p in text for p in doubted) and MATES[0] in text


def test_an_elements_paragraphs_are_read_once_for_both_passes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`paragraph_mates` and `story_tail` decide an element's paragraphs together, which
    are the same whatever is kept: the density extractor reads them once a page
    (`paragraphs.element_paragraphs`), and the story's doubted tail still joins it."""
    from newsclean.extractors import density, paragraphs

    read: list[int] = []
    real = paragraphs.element_paragraphs
    monkeypatch.setattr(density, "element_paragraphs",
                        lambda blocks: read.append(len(blocks)) or real(blocks))
    doubted = {TAIL[0]: 0.35, TAIL[1]: 0.2, TAIL[2]: 0.12, TAIL[3]: 0.25}
    text = _tail_text(monkeypatch, doubted, _tail_page(TAIL))
    assert all(p in text for p in TAIL)
    assert len(read) == 1
