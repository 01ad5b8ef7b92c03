"""Readers' comments are told by their structure: left out without any class name, while a
forum thread built the same way keeps its posts (`newsclean.comments`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsclean
from newsclean.comments import comment_sections
from newsclean.document import load
from newsclean.extractors.density import DensityExtractor
from newsclean.extractors.params import DensityParams
from tests.markup import replay_scorer

ARTICLE = [
    "The council approved the new budget for the river district on Tuesday evening, after a"
    " debate that lasted well into the night and drew more residents than the hall could seat.",
    "Under the plan, the city will spend most of the money on repairing the old flood walls,"
    " which engineers have warned for years would not hold back another spring like the last.",
    "Residents who spoke at the meeting were divided, with some saying that the schools had"
    " been neglected for too long while others argued that the walls could not wait any more.",
    "The mayor said that she would ask the state for help with the rest of the cost, and that"
    " work on the first section of the wall could begin as early as the end of the summer.",
    "Work on the wall is expected to take three years, and the council said that the roads"
    " along the river would stay open for most of that time, with short closures at night.",
    "Engineers who inspected the old wall last winter found cracks along most of its length,"
    " and in two places the stones had moved far enough that water came through at high tide.",
    "The opposition on the council voted against the plan, saying that the cost had been"
    " underestimated and that the city would be back asking for more money within two years.",
    "A public meeting on the details of the work will be held next month at the library, where"
    " residents will be able to see the drawings and ask the engineers their questions.",
]
COMMENTS = [
    ("river_fan", "This is the best news we have had in years, and I hope that the work starts"
     " before the rains come back again this autumn."),
    ("jmiller", "I do not understand why the schools have to wait again, when the walls were"
     " promised money in the last two budgets as well."),
    ("old_timer", "My house was flooded twice in ten years and nobody from the council ever came"
     " to look at it, so forgive me if I do not believe a word."),
    ("anna_k", "Does anyone know whether the meeting was recorded? I would like to hear what"
     " the engineers said about the northern section."),
]
NAME_DATE = (
    "<div><b>{name}</b> <span>says:</span></div><div><time>May {day}, 2024 at 9:14 am</time></div>"
)


def _page(after: str, head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    return (
        f"<html><head><title>Council approves budget</title>{head}</head><body>"
        f"<div><div><h1>Council approves budget</h1>{body}</div>{after}</div></body></html>"
    )


REPLY_FORM = (
    "<div><h3>Leave a reply</h3><form action='/post' method='post'>"
    "<p>Your email address will not be published.</p>"
    "<textarea name='c'></textarea><input name='n'><button>Post</button></form></div>"
)


def _dated(form: str = "") -> str:
    items = "".join(
        f"<li><article><div>{NAME_DATE.format(name=n, day=10 + i)}</div><div><p>{t}</p></div>"
        "</article></li>"
        for i, (n, t) in enumerate(COMMENTS)
    )
    return _page(f"<div><h2>4 responses</h2><ol>{items}</ol></div>{form}")


def _with_form() -> str:
    return _dated(REPLY_FORM)


def _microdata() -> str:
    items = "".join(
        "<div itemprop='comment' itemscope itemtype='https://schema.org/Comment'>"
        f"<span itemprop='author'>{n}</span><p itemprop='text'>{t}</p></div>"
        for n, t in COMMENTS[:2]  # two: too few for a repeated template
    )
    return _page(f"<div>{items}</div>")


PAGES = [_dated, _with_form, _microdata]
IDS = ["dated", "reply-form", "microdata"]


def _kept(html: str, **params: bool) -> str:
    candidate = DensityExtractor(DensityParams(**params)).extract(load(html))
    return "\n".join(d.text for d in candidate.details["blocks"] if d.kept)


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_the_rules_read_a_classless_comment_section_as_furniture(
    page: Callable[[], str],
) -> None:
    kept = _kept(page(), learned=False)
    for paragraph in ARTICLE:
        assert paragraph[:100] in kept
    for _, comment in COMMENTS:
        assert comment[:100] not in kept
    on = _kept(page(), learned=False, comment_sections=False)
    assert COMMENTS[0][1][:100] in on  # without the detector, the rules keep it


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_extract_reads_a_classless_comment_section_as_a_named_one(
    page: Callable[[], str],
) -> None:
    """The learned scorer sees the section as it sees one named "comments": the article
    reads the same with and without the names, and the comments are left out. The scorer
    keeps the first comment under an article this short, named or not; where the section is
    found by its structure, its pass drops it (named so, the page reads as a thread to the
    page type, 0.46, and keeps it)."""
    html = page()
    named = html.replace("<ol>", "<ol class='comment-list'>").replace(
        "<li>", "<li class='comment'>"
    ).replace("itemprop='comment'", "itemprop='comment' class='comment'")
    text = newsclean.extract(html).text
    named_text = newsclean.extract(named).text
    for paragraph in ARTICLE:
        assert paragraph in text and paragraph in named_text
    assert not any(comment in text for _, comment in COMMENTS)
    assert sum(comment in named_text for _, comment in COMMENTS) <= 1
    assert "Your email address" not in text


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_the_comments_stay_out_whatever_the_scorer_says(
    monkeypatch: pytest.MonkeyPatch, page: Callable[[], str],
) -> None:
    """On a site it never saw, the scorer kept a blog's comments at 0.5-0.7; replayed here
    by raising the shipped scorer's probabilities on them."""
    replay_scorer(monkeypatch, lambda text: next(
        (0.9 for _, c in COMMENTS if c[:40] in text), None))
    kept = _kept(page())
    assert ARTICLE[-1][:100] in kept
    assert not any(c[:100] in kept for _, c in COMMENTS)
    off = _kept(page(), comment_text=False)
    assert COMMENTS[0][1][:100] in off  # the replayed scorer keeps them: the pass removed them


def test_the_section_is_found_with_its_reply_form() -> None:
    sections = comment_sections(load(_with_form()))
    assert sorted(str(el.tag) for el in sections) == ["div", "form"]  # items and heading; form


def test_undated_items_are_not_comments() -> None:
    """Short-led items without dates are as often a product's specification rows or an FAQ."""
    items = "".join(f"<li><div>{n}</div><div><p>{t}</p></div></li>" for n, t in COMMENTS)
    assert not comment_sections(load(_page(f"<div><ol>{items}</ol></div>{REPLY_FORM}")))


POSTS = [
    "I have a problem with my bicycle chain: it slips on the smallest gear whenever I ride"
    " uphill, even though I replaced the chain and the cassette only last month.",
    "Check the derailleur hanger first. When it is bent even a little, the chain will not sit"
    " right on the small gears, and a new chain does not change that at all.",
    "Also make sure the cable tension is right. Turn the barrel adjuster half a turn at a time"
    " and try again on a stand before you take it out on the hill.",
    "Thanks to both of you, the hanger was bent after all. The shop straightened it in five"
    " minutes and the chain has not slipped once since then.",
]


def test_a_classless_forum_thread_keeps_its_posts() -> None:
    posts = "".join(
        f"<div><div><a href='/u/{i}'>member{i}</a> <time>May {10 + i}, 2024</time></div>"
        f"<div><p>{p}</p></div></div>"
        for i, p in enumerate(POSTS)
    )
    html = (
        "<html><head><title>Chain slips on small gear</title></head><body>"
        "<div><h1>Chain slips on small gear</h1>"
        f"<div>{posts}</div>{REPLY_FORM}</div></body></html>"
    )
    text = newsclean.extract(html).text
    for post in POSTS:
        assert post in text
    assert not comment_sections(load(html))


def test_a_declared_thread_has_no_comment_section() -> None:
    head = (
        "<script type='application/ld+json'>"
        '{"@context": "https://schema.org", "@type": "DiscussionForumPosting",'
        ' "headline": "Council approves budget"}</script>'
    )
    dated = _dated().replace("<head><title>", f"<head>{head}<title>")
    assert comment_sections(load(dated)) == frozenset()
