"""What the scorer doubted before an article's story is left out (`extractors.leadins`),
but for what a story's own head holds there: a sentence, however short, and a date line.

Out of fold, on sites it never saw, the learned scorer kept a "latest news" run of other
stories' headlines and openings above the story at 0.51-0.66 (aeb, a news site's page:
F1 0.57). The pages here are built in the test, and that verdict is replayed
(`replay_scorer`) on the blocks before the story, since the shipped model reads these easy
pages right."""

from __future__ import annotations

import pytest

from newsclean.blocks import segment
from newsclean.document import load
from newsclean.extractors.density import DensityExtractor, DensityParams
from newsclean.extractors.leadins import doubted_lead_ins
from newsclean.model import PageType
from tests.markup import replay_scorer
from tests.test_unseen_classes import SENTENCES

TEASERS = [
    ("Harbour fees rise for the second year", "PORTSMOUTH: The port authority said on Monday that "
     "fees for visiting yachts would rise again, citing the cost of dredging the..."),
    ("School run traffic plan delayed", "LEEDS: A plan to close three streets to cars at school "
     "times has been put off until the spring after parents asked for more..."),
    ("Library reopens after the flood", "YORK: The central library opened its doors again on "
     "Saturday, eight months after water filled its basement and ruined..."),
]
STANDFIRST = ("The old river bridge will close for a year of repairs, the council decided "
              "after a long evening of debate in which residents of both banks spoke.")


def _page() -> str:
    teasers = "".join(f'<li><a href="/news/{i}">{title}</a> <span>{opening}</span></li>'
                      for i, (title, opening) in enumerate(TEASERS))
    menu = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(8))
    body = "".join(f"<p>{' '.join(SENTENCES[i:i + 3])}</p>" for i in range(0, 9, 3))
    return (f'<html lang="en"><body><nav><ul>{menu}</ul></nav>'
            f'<div class="latest"><ul>{teasers}</ul></div>'
            f'<p class="intro">{STANDFIRST}</p>'
            f"<main><article><h1>Bridge to close for repairs</h1>{body}</article></main>"
            "<footer><p>© 2026 The Town Paper</p></footer></body></html>")


def _doubted(monkeypatch: pytest.MonkeyPatch, p: float, page_type: PageType) -> None:
    """The unseen scorer's verdict: the teasers and the standfirst kept at `p`."""
    before = {f"{t} {o}" for t, o in TEASERS} | {STANDFIRST}
    replay_scorer(monkeypatch, lambda text: p if text in before else None, page_type)


def _text(**params: bool) -> str:
    return DensityExtractor(DensityParams(**params)).extract(load(_page())).text


def test_teasers_the_scorer_doubted_before_the_story_leave(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _doubted(monkeypatch, 0.6, PageType.ARTICLE)
    text = _text()
    assert not any(title in text for title, _ in TEASERS)
    assert STANDFIRST in text  # unlinked prose before the story: a standfirst as often
    assert SENTENCES[0] in text and SENTENCES[8] in text
    off = _text(doubted_lead_ins=False)
    assert all(title in off for title, _ in TEASERS)


def test_lead_ins_the_scorer_is_sure_of_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    _doubted(monkeypatch, 0.8, PageType.ARTICLE)
    assert all(title in _text() for title, _ in TEASERS)


@pytest.mark.parametrize("page_type", [PageType.PRODUCT, PageType.LISTING, PageType.FORUM])
def test_only_an_article_has_a_story_to_stand_before(
    monkeypatch: pytest.MonkeyPatch, page_type: PageType,
) -> None:
    _doubted(monkeypatch, 0.6, page_type)
    assert all(title in _text() for title, _ in TEASERS)


def test_nothing_kept_in_the_container_leaves_every_lead_in() -> None:
    blocks = segment(load(_page()).tree_copy())
    n = len(blocks)
    assert doubted_lead_ins(blocks, [True] * n, [0.6] * n, [True] * n, 0.7, 7) == []


def test_a_title_and_a_definition_list_before_the_story_stay() -> None:
    facts = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in
                    [("Credits", "10 ECTS"), ("Level", "Second year"), ("Term", "Autumn")])
    page = (f'<html lang="en"><body><h1>Coastal Processes</h1><dl class="facts">{facts}</dl>'
            f'<ul><li><a href="/a">Apply now</a></li></ul>'
            f"<article><p>{' '.join(SENTENCES[:3])}</p></article></body></html>")
    blocks = segment(load(page).tree_copy())
    n = len(blocks)
    outside = [b.element.tag != "p" for b in blocks]
    found = doubted_lead_ins(blocks, [True] * n, [0.6] * n, outside, 0.7, 7)
    assert [blocks[i].text for i in found] == ["Apply now"]


SHORT_STANDFIRSTS = [
    ("en", "Two years of debate are over."),
    ("de", "Der Streit ist vorbei."),
    ("hi", "पुल एक साल बंद रहेगा।"),
    ("ar", "هل انتهى الجدل؟"),
    ("ja", "橋は一年間閉鎖される。"),
]
DATE_LINES = ["5 March 2026, 14:03", "12.03.1941 — 02.11.2025", "2026-03-05T14:03:00Z",
              "vor 3 Stunden", "<time datetime='2026-03-05'>Thursday</time>"]


def _headed_page(head: str, lang: str = "en") -> str:
    """A story whose head, above its container, holds `head` after a "latest news" run."""
    teasers = "".join(f'<li><a href="/news/{i}">{title}</a> <span>{opening}</span></li>'
                      for i, (title, opening) in enumerate(TEASERS))
    body = "".join(f"<p>{' '.join(SENTENCES[i:i + 3])}</p>" for i in range(0, 9, 3))
    return (f'<html lang="{lang}"><body><div class="latest"><ul>{teasers}</ul></div>'
            f'<div class="head"><span class="note">{head}</span></div>'
            f"<main><article><h1>Bridge to close for repairs</h1>{body}</article></main>"
            "</body></html>")


def _replayed(monkeypatch: pytest.MonkeyPatch, head_text: str) -> None:
    """The unseen scorer keeps the teasers and the head's line at 0.6."""
    before = {f"{t} {o}" for t, o in TEASERS} | {head_text}
    replay_scorer(monkeypatch, lambda text: 0.6 if text in before else None,
                  PageType.ARTICLE)


@pytest.mark.parametrize(("lang", "standfirst"), SHORT_STANDFIRSTS)
def test_a_one_sentence_standfirst_above_the_container_stays(
    monkeypatch: pytest.MonkeyPatch, lang: str, standfirst: str,
) -> None:
    _replayed(monkeypatch, standfirst)
    text = DensityExtractor().extract(load(_headed_page(standfirst, lang))).text
    assert standfirst in text
    assert not any(title in text for title, _ in TEASERS)  # the linked run still goes


@pytest.mark.parametrize("line", DATE_LINES)
def test_a_date_line_above_the_container_stays(
    monkeypatch: pytest.MonkeyPatch, line: str,
) -> None:
    shown = load(f"<p>{line}</p>").tree_copy().text_content().strip()
    _replayed(monkeypatch, shown)
    text = DensityExtractor().extract(load(_headed_page(line))).text
    assert shown in text
    assert not any(title in text for title, _ in TEASERS)


@pytest.mark.parametrize("line", ["Sponsored", "Most read", "Share this story"])
def test_a_short_label_above_the_container_leaves(
    monkeypatch: pytest.MonkeyPatch, line: str,
) -> None:
    _replayed(monkeypatch, line)
    text = DensityExtractor().extract(load(_headed_page(line))).text
    assert line not in text
    assert SENTENCES[0] in text


def test_what_follows_prose_the_scorer_is_sure_of_is_the_story() -> None:
    """A thread's opening post, kept at 0.9 above a container drawn round one reply: the
    linked list under it is the post's own, not a page's head."""
    page = ("<html><body><div class='post'><p>" + " ".join(SENTENCES[:3]) + "</p><ul>"
            + "".join(f'<li><a href="/pr/{i}">Fix item {i}</a></li>' for i in range(3))
            + "</ul></div><article><p>" + " ".join(SENTENCES[3:6]) + "</p></article>"
            "</body></html>")
    blocks = segment(load(page).tree_copy())
    n = len(blocks)
    outside = [b.element.getparent().tag != "article" for b in blocks]
    scores = [0.9 if b.words > 20 else 0.6 for b in blocks]
    assert doubted_lead_ins(blocks, [True] * n, scores, outside, 0.7, 7) == []
    unsure = [0.6 if out else 0.9 for out in outside]  # the post itself doubted: a head
    assert [blocks[i].text for i in doubted_lead_ins(blocks, [True] * n, unsure, outside,
                                                     0.7, 7)] == [f"Fix item {i}" for i in range(3)]
