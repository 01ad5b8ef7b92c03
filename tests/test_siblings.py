"""The items of a listing are read alike (`newsclean.extractors.siblings`).

Pages built here: a blog index in plain divs whose scorer keeps every snippet and drops
every title, and a grid of tiles whose linked names the scorer straddles."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.document import load
from newsclean.extractors.siblings import sibling_items
from newsclean.repeats import page_groups

POSTS = [
    ("Sowing beans in April", "Put the seeds two fingers deep in warm soil and water them "
     "once, then leave them alone until the first leaves show.", "April 2, 2024"),
    ("A cold frame from old windows", "Four old window panes and a few boards make a cold "
     "frame that keeps seedlings warm through the last frosts.", "March 12, 2024"),
    ("Three herbs for a dry corner", "Thyme, sage and rosemary grow in poor, dry soil and "
     "need almost no care once they have settled in.", "February 20, 2024"),
    ("Mulching the fruit beds", "A thick layer of straw keeps the soil moist and the weeds "
     "down, and the worms pull it in over the summer.", "February 5, 2024"),
    ("What I grew last year", "Tomatoes did well, the carrots did not, and the courgettes "
     "fed the whole street for two months of the summer.", "January 9, 2024"),
]
MENU = ("<div class='top'><div class='menu'><a href='/'>Home</a> <a href='/about'>About</a>"
        " <a href='/contact'>Contact</a></div></div>")
FOOT = ("<div class='foot'><a href='/privacy'>Privacy</a> | <a href='/terms'>Terms</a>"
        "<div>Copyright 2024</div></div>")


def blog_index() -> str:
    entries = "".join(
        f"<div class='entry'><div class='entry-title'><a href='/p/{i}/'>{t}</a></div>"
        f"<div class='entry-meta'>Posted on {d} by Ann · <a href='#c'>{i * 3} Comments</a>"
        f"</div><div class='entry-summary'>{s} […]</div><div class='tags'>Tags: "
        f"<a href='/t/garden'>garden</a>, <a href='/t/spring'>spring</a></div></div>"
        for i, (t, s, d) in enumerate(POSTS))
    return (f"<html><head><title>Blog - A Small Garden</title></head><body>{MENU}"
            f"<div class='wrap'><div class='content'>{entries}"
            f"<div class='nav-links'><a href='/page/2/'>Older posts</a></div></div></div>"
            f"{FOOT}</body></html>")


SHOES = ["Trail Runner 5", "Road Runner 3", "Hike Boot Mid", "Sandal Flex", "City Sneaker",
         "Winter Boot GTX", "Kids Runner", "Slip-On Canvas"]


def shop_category() -> str:
    cards = "".join(
        f"<li class='card'><a href='/p/{i}'><img src='/i{i}.jpg' alt=''></a>"
        f"<h3><a href='/p/{i}'>{name}</a></h3><span class='price'>${49 + 10 * i}.00</span>"
        f"</li>" for i, name in enumerate(SHOES))
    return ("<html><head><title>Men's Shoes | Shop</title>"
            "<meta property='og:type' content='website'></head><body>"
            "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/shop'>Shop</a></li>"
            "<li><a href='/about'>About</a></li></ul></nav></header>"
            "<main><h1>Men's Shoes</h1><p>Running, hiking and everyday shoes for men, from "
            "light trail runners to waterproof winter boots.</p>"
            f"<ul class='grid'>{cards}</ul></main>"
            "<footer><p>© 2024 Example Shop. All rights reserved.</p></footer></body></html>")


def test_blog_index_keeps_titles_with_snippets() -> None:
    article = newsclean.extract(blog_index(), "https://garden.example.com/")
    for title, snippet, _ in POSTS:
        assert title in article.text
        assert snippet in article.text
    text = article.text
    assert text.index(POSTS[0][0]) < text.index(POSTS[0][1]) < text.index(POSTS[1][0])


def test_names_kept_in_a_quarter_of_the_tiles_are_kept_in_all() -> None:
    """The scorer kept two names of eight: the template's name slot is kept."""
    doc = load(shop_category())
    groups = page_groups(doc)
    blocks = groups[0].page
    titles = [i for i, b in enumerate(blocks) if b.text in SHOES]
    keep = [i in titles[:2] for i in range(len(blocks))]
    assert sibling_items(groups, keep) == titles[2:]


@pytest.mark.parametrize("kept", [[0], []])
def test_too_few_kept_items_add_nothing(kept: list[int]) -> None:
    """One kept title of eight is a stray verdict, not the template's."""
    doc = load(shop_category())
    groups = page_groups(doc)
    blocks = groups[0].page
    titles = [i for i, b in enumerate(blocks) if b.text in SHOES]
    keep = [i in {titles[k] for k in kept} for i in range(len(blocks))]
    assert sibling_items(groups, keep) == []


def test_paragraph_siblings_are_not_items() -> None:
    """Sibling paragraphs are one story's text, not a grid: a dropped one stays dropped."""
    body = "".join(f"<p>{s} {s}</p>" for _, s, _ in POSTS) + "<p>Advertisement</p>"
    doc = load(f"<html><body><article>{body}</article></body></html>")
    groups = page_groups(doc)
    blocks = groups[0].page
    keep = [b.text != "Advertisement" for b in blocks]
    assert sibling_items(groups, keep) == []


def transcript() -> str:
    """Turns of a transcript: each a `<div>` whose own text (the speaker's line) comes
    before its `<p>`, and one turn that opens with a `<p>` (no own text first)."""
    turns = "".join(
        f"<div class='turn t{i}'>0{i}:31 Speaker {i}<p>What was said in the turn number "
        f"{i}, long enough to be a passage of the transcript.</p></div>" for i in range(5))
    odd = ("<div class='turn t9'><p>A turn without a head line, only what was said.</p>"
           "<p>And its second paragraph.</p></div>")
    return f"<html><body><main class='talk'>{turns}{odd}</main></body></html>"


@pytest.mark.parametrize("html", [transcript(), blog_index(), shop_category()])
def test_an_items_own_text_first_is_read_as_its_slot_says(html: str) -> None:
    groups = page_groups(load(html))
    assert groups
    pairs = [(group.opens_with_own_text(j), group.slots[a] is None)
             for group in groups for j, (a, _) in enumerate(group.spans)]
    assert [own for own, _ in pairs] == [slot for _, slot in pairs]


def test_the_transcripts_turns_open_with_their_own_text_but_one() -> None:
    group = next(g for g in page_groups(load(transcript())) if len(g.items) == 6)
    assert [group.opens_with_own_text(j) for j in range(6)] == [True] * 5 + [False]


def test_the_slots_read_each_elements_signature_once_for_the_page() -> None:
    from newsclean.repeats import _slot

    groups = page_groups(load(blog_index()))
    for group in groups:
        fresh = {i: _slot(group.page[i], item, {})
                 for item, (a, b) in zip(group.items, group.spans, strict=True)
                 for i in range(a, b + 1)}
        assert group.slots == fresh
    assert len({id(group.signatures) for group in groups}) == 1  # one memo a page


def test_template_lines_work_out_no_slots() -> None:
    """The head-line pass asks only whether an item opens with its own text: the group's
    slots (a signature per element per block) are not worked out for it."""
    from newsclean.extractors.siblings import template_lines

    groups = page_groups(load(transcript()))
    n = len(groups[0].page)
    found = template_lines(groups, [True] * n, [0.9] * n, 0.5, True)
    assert found == []
    assert all("slots" not in vars(group) for group in groups)
