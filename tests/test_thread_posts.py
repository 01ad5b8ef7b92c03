"""A thread's replies beside the post the container narrows to, on small pages built here:
on a page that declares a thread, the prose of every post of the template the container
lies in is kept, however short (unless the scorer is sure against it); on an article, or
where the repeated items hold the page's title, the same markup finds no posts. No page of
a dataset is copied."""

from __future__ import annotations

import json

import pytest

from newsclean.document import load
from newsclean.extractors.density import DensityExtractor, DensityParams
from newsclean.extractors.rules import analyse
from tests.markup import replay_scorer

OPENING = (
    "Our allotment association has argued for months about whether the shared greenhouse "
    "should be heated through the winter, and the committee finally asked every member to "
    "write down what they grow there, how much of it survives a frost and what a small "
    "electric heater would cost each household over the cold months. "
)
REPLIES = [
    "We lost every pepper seedling last February, so count our plot in favour of the heater.",
    "Bubble wrap on the glass kept ours frost free without any power at all this year.",
    "Whatever we decide, the heater should run on a thermostat and never all night long.",
    "Could the committee share the electricity quote before the vote next month, please?",
    "Our tomatoes did fine last winter, but the basil died in the first week of December.",
    "A thermometer with a memory would tell us how cold it really gets on a clear night.",
    "Solar lights inside the glass do nothing for warmth, we tried them two seasons ago.",
    "Put the vote on the agenda and let the members who use the greenhouse decide it.",
]


def _post(n: int, text: str) -> str:
    return (
        f'<article class="post" id="post-{n}">'
        f'<aside class="author"><h3><a href="/u/{n}">member{n}</a></h3><div>Members</div></aside>'
        f'<div class="content"><div class="body">{text}</div></div></article>'
    )


def _page(declared: bool, kind: str = "DiscussionForumPosting") -> str:
    opening = "".join(f"<p>{OPENING}{OPENING}</p>" for _ in range(3))
    posts = _post(0, opening) + "".join(_post(n, f"<p>{t}</p>") for n, t in enumerate(REPLIES, 1))
    ld = json.dumps({"@context": "https://schema.org", "@type": kind,
                     "headline": "Heating the greenhouse"})
    head = f'<script type="application/ld+json">{ld}</script>' if declared else ""
    return (
        f"<html><head><title>Heating the greenhouse</title>{head}</head><body>"
        "<nav><ul><li><a href='/'>Forums</a></li><li><a href='/g'>Garden</a></li></ul></nav>"
        f"<main><h1>Heating the greenhouse</h1><form>{posts}</form></main>"
        "<footer><p>Community rules apply to every post.</p></footer></body></html>"
    )


def _kept(html: str, **params: bool) -> str:
    candidate = DensityExtractor(DensityParams(**params)).extract(load(html))
    return " ".join(b.text for b in candidate.blocks)


def test_a_declared_threads_posts_are_found_around_the_container() -> None:
    analysis = analyse(load(_page(declared=True)), DensityParams())
    assert len(analysis.posts) == 1 + len(REPLIES)
    assert all(el.tag == "article" for el in analysis.posts)


def test_the_replies_are_kept_on_a_thread() -> None:
    kept = _kept(_page(declared=True))
    assert all(reply in kept for reply in REPLIES)
    without = _kept(_page(declared=True), thread_posts=False)
    assert not all(reply in without for reply in REPLIES)


def test_an_article_page_has_no_posts() -> None:
    assert analyse(load(_page(declared=False)), DensityParams()).posts == []


def test_a_declared_question_alone_makes_no_thread() -> None:
    """An FAQ declares `Question`s too; only a thread or a Q&A page's own type counts."""
    assert analyse(load(_page(declared=True, kind="Question")), DensityParams()).posts == []
    assert analyse(load(_page(declared=True, kind="QAPage")), DensityParams()).posts


def test_items_holding_the_title_are_no_posts() -> None:
    """The page's columns (the body with its h1, the boxes beside it) are no posts: a
    thread's posts sit under its title."""
    body = "".join(f"<p>{OPENING}</p>" for _ in range(12))
    boxes = "".join(
        f"<div><h3>member{n}</h3><p>{t}</p></div>" for n, t in enumerate(REPLIES[:3])
    )
    page = _page(declared=True)
    main = page[page.index("<main>"):page.index("</main>") + len("</main>")]
    column = f"<div><h1>Heating the greenhouse</h1>{body}</div>"
    html = page.replace(main, f"<main>{column}{boxes}</main>")
    analysis = analyse(load(html), DensityParams())
    assert analysis.container is not None and analysis.container.tag == "div"
    assert analysis.posts == []


def test_lines_most_posts_print_alike_leave(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every post's member box prints its group ("Members"): the board's frame, kept by
    a scorer that never saw the board, leaves; the posts and their authors' linked names
    stay. A line only one post prints is that post's."""
    shown = ("Members", "Moderator", "member2")
    replay_scorer(monkeypatch, lambda text: 0.9 if text in shown else None)
    html = _page(declared=True).replace('<a href="/u/3">member3</a></h3><div>Members</div>',
                        '<a href="/u/3">member3</a></h3><div>Moderator</div>')
    kept = _kept(html)
    assert "Members" not in kept and "Moderator" in kept
    assert all(reply in kept for reply in REPLIES) and "member2" in kept
    assert "Members" in _kept(html, repeated_post_lines=False)  # the pass removed them
