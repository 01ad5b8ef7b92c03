"""Teasers of other pages beside the body: cut-short texts and runs of them (issue 14)."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.document import load
from newsclean.extractors.density import DensityExtractor
from newsclean.extractors.params import DensityParams
from newsclean.extractors.rules import analyse
from newsclean.extractors.teasers import truncated

BODY = (
    "<p>The harbour authority approved on Monday a plan to dredge the eastern channel, "
    "which has silted up so badly since the spring storms that the ferries now run only "
    "at high tide, and the work should begin before the summer season.</p>"
    "<p>Fishermen had asked for the dredging for two years, and the authority said the "
    "cost would be shared with the regional government, which agreed last week to pay "
    "for half of it once the engineers deliver their final report in April.</p>"
    "<p>Residents of the old town worried about the noise of the dredgers at night, but "
    "the mayor said the work would stop every evening at eight and that the boats would "
    "be moored away from the houses on the quay until the morning shift.</p>"
    "<p>The ferry company welcomed the decision and said it would add two crossings a day "
    "as soon as the channel is deep enough, which it expects by the end of July, in time "
    "for the festival that brings thousands of visitors to the islands.</p>"
)
TOPICS = ("budget for the schools", "plan for the old mill", "new bus timetable",
          "date of the spring market", "repairs to the sports hall", "rules for street parking")
TEASER = (
    '<li><a href="/story-{n}">Council weighs the {topic}</a> '
    "<span>The council met on Thursday to discuss the {topic}, and several members said "
    "that the money could come from the sale of the old library building, which has "
    "stood empty since...</span></li>"
)


def _page(teasers: int) -> str:
    items = "".join(TEASER.format(n=n, topic=t) for n, t in enumerate(TOPICS[:teasers]))
    return (
        "<html><head><title>Harbour to be dredged</title>"
        '<meta property="og:type" content="article"></head><body>'
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        "<div class='main'><div class='latest'><ul>" + items + "</ul></div>"
        "<h1>Harbour to be dredged</h1>" + BODY + "</div>"
        "<footer><p>All rights reserved.</p></footer></body></html>"
    )


@pytest.mark.parametrize(("html", "cut"), [
    ("<p>The council met on Thursday and several members said the money could...</p>", True),
    ("<p>The council met on Thursday and several members said the money could…</p>", True),
    ("<p>The council met on Thursday and several members said it could [...]</p>", True),
    ("<p>The council met on Thursday and several members said it could go. "
     "<a href='/x'>Read more</a></p>", True),
    ("<p>The council met on Thursday and several members said it could go. "
     "<span><a href='/x'>Weiterlesen »</a></span></p>", True),
    ("<p>The council met on Thursday and several members said the money could go.</p>", False),
    ("<p>The council met on Thursday, <a href='/m'>the minutes</a> say, and it went on.</p>",
     False),
    ("<p>Members of the council met on Thursday and said so, "
     "<a href='/m'>according to the minutes of the meeting</a></p>", False),
    ("<p><a href='/x'>Read more</a></p>", False),
    ("<p>The council met on Thursday and several members said it could go.<sup>"
     "<a href='#fn7'>7</a></sup></p>", False),
])
def test_a_text_cut_short_is_told_by_its_end(html: str, cut: bool) -> None:
    doc = load(f"<html><body>{html}</body></html>")
    block = analyse(doc, DensityParams(learned=False)).blocks[0]
    assert truncated(block) is cut


def test_a_list_of_cut_short_linked_items_is_a_list_of_cards() -> None:
    analysis = analyse(load(_page(6)), DensityParams(learned=False))
    teasers = [i for i, b in enumerate(analysis.blocks) if b.text.endswith("since...")]
    body = [i for i, b in enumerate(analysis.blocks) if "harbour" in b.text.lower()]
    assert len(teasers) == 6
    assert all(analysis.in_card[i] and not analysis.keep[i] for i in teasers)
    assert not any(analysis.in_card[i] for i in body)


def test_two_cut_short_items_are_no_list_of_cards() -> None:
    analysis = analyse(load(_page(2)), DensityParams(learned=False))
    assert not any(analysis.in_card)


def test_the_teasers_beside_a_story_are_left_out_by_the_rules() -> None:
    """Six other stories' linked headlines with their cut-short openings, a list above the
    story in its container: without headings they were no cards, and the rules kept them
    as the story's prose (the learned scorer reads the rules' verdict as a feature; what it
    makes of it on real pages is measured by the benchmarks, docs/chain.md)."""
    rules = DensityExtractor(DensityParams(learned=False))
    text = newsclean.extract(_page(6), extractors=[rules]).text
    assert "dredge the eastern channel" in text
    assert "festival that brings thousands" in text
    assert "old library building" not in text


@pytest.mark.parametrize("heading", ["Related", "Lire aussi", "관련기사", "यह भी पढ़ें"])
def test_a_box_of_related_links_inside_the_story_leaves(
    monkeypatch: pytest.MonkeyPatch, heading: str
) -> None:
    """A box headed by a call to related stories, of short linked lines only, set between
    the story's paragraphs: a scorer that never saw the site keeps its links (they sit
    between kept paragraphs); the heading and the links say what the box is."""
    from tests.markup import replay_scorer

    paragraphs = BODY.split("</p>")
    box = (f'<aside class="x"><h4>{heading}</h4><ul><li><a href="/a">Mayor defends the new '
           'bus plan</a></li><li><a href="/b">Bridge closures expected</a></li></ul></aside>')
    html = ("<html><body><article><h1>Dredging approved</h1>" + "</p>".join(paragraphs[:2])
            + "</p>" + box + "</p>".join(paragraphs[2:]) + "</article></body></html>")
    replay_scorer(monkeypatch, lambda text: 0.7 if "bus plan" in text or "closures" in text
                  else None)
    text = DensityExtractor().extract(load(html)).text
    assert "Mayor defends" not in text and "Bridge closures" not in text
    assert "ferry company" in text and "Fishermen" in text
    kept = DensityExtractor(DensityParams(teaser_boxes=False)).extract(load(html)).text
    assert "Mayor defends" in kept


def test_a_related_heading_over_prose_is_no_box() -> None:
    """A section headed "Related" whose lines are sentences, not links, is the story's."""
    from newsclean.blocks import segment
    from newsclean.extractors.teasers import teaser_boxes

    html = ("<html><body><div><h3>Related</h3><p>The authority said the cost would be "
            "shared.</p><p><a href='/x'>A link</a></p></div></body></html>")
    blocks = segment(load(html).tree)
    assert teaser_boxes(blocks, [True] * len(blocks)) == []


EVENTS = "".join(f'<li><a href="/events/{n}">Lecture {n}: {topic}</a> <span>May {n}</span></li>'
                 for n, topic in enumerate(TOPICS[:4], start=1))


def _titled(box_heading: str, after: str = "") -> list:
    from tests.markup import body_blocks

    return body_blocks(f"<article><h1>Dredging approved</h1>{BODY}{after}</article>"
                       f"<section><h2>{box_heading}</h2><ul>{EVENTS}</ul></section>")


def _left_out(blocks: list, keep: list[bool]) -> list[str]:
    from newsclean.extractors.teasers import titled_boxes

    return [blocks[i].text for i in titled_boxes(blocks, keep)]


def test_a_box_after_the_body_goes_with_its_title() -> None:
    """A box of links after the story, whose heading (in words no list holds) the scorer
    left out while keeping its links: the links go with the heading."""
    blocks = _titled("Zu Gast im Frühjahr")
    heading = next(i for i, b in enumerate(blocks) if b.text == "Zu Gast im Frühjahr")
    keep = [i != heading for i in range(len(blocks))]
    assert _left_out(blocks, keep) == [b.text for b in blocks[heading + 1:]]
    assert len(_left_out(blocks, keep)) == 4


def test_a_titled_box_stays_where_its_title_was_kept_or_no_link_of_it_was() -> None:
    blocks = _titled("Further reading")
    assert _left_out(blocks, [True] * len(blocks)) == []  # the heading kept: the story's
    from tests.markup import body_blocks

    cards = "".join(f'<div><a href="/p/{n}">Ms {n} Example</a></div><div>Partner, Audit {n}'
                    "</div>" for n in range(4))
    blocks = body_blocks(f"{BODY}<section><h2>Our experts</h2>{cards}</section>")
    keep = [b.words >= 20 or b.text.startswith("Partner") for b in blocks]
    assert _left_out(blocks, keep) == []  # only its unlinked lines kept
    keep = [b.words >= 20 or b.text.startswith(("Partner", "Ms 1")) for b in blocks]
    assert _left_out(blocks, keep) == [
        "Partner, Audit 0", "Ms 1 Example", "Partner, Audit 1", "Partner, Audit 2",
        "Partner, Audit 3"]


def test_a_titled_box_inside_the_body_stays() -> None:
    """A box between the story's paragraphs is the story's, whatever the scorer made of
    its heading: only a box after the last kept passage of prose goes."""
    from tests.markup import body_blocks

    paragraphs = BODY.split("</p>")
    html = ("</p>".join(paragraphs[:2]) + "</p><section><h2>Dates</h2><ul>" + EVENTS
            + "</ul></section>" + "</p>".join(paragraphs[2:]))
    blocks = body_blocks(html)
    keep = [b.text != "Dates" for b in blocks]
    assert _left_out(blocks, keep) == []


def test_extract_leaves_out_a_box_after_the_body_on_an_article_not_on_a_listing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.markup import replay_scorer

    html = ("<html><body><article><h1>Dredging approved</h1>" + BODY + "</article>"
            f"<section><h2>Zu Gast im Frühjahr</h2><ul>{EVENTS}</ul></section></body></html>")
    replay_scorer(monkeypatch, lambda text: 0.1 if text == "Zu Gast im Frühjahr" else
                  0.7 if text.startswith("Lecture") else None)
    text = DensityExtractor().extract(load(html)).text
    assert "ferry company" in text and "Lecture 1" not in text
    kept = DensityExtractor(DensityParams(titled_boxes=False)).extract(load(html)).text
    assert "Lecture 1" in kept
    from newsclean.extractors import density
    from newsclean.model import PageType
    from newsclean.pagetype import Verdict

    listing = Verdict(PageType.LISTING, 0.9, {})
    monkeypatch.setattr(density, "classify", lambda doc: listing)
    assert "Lecture 1" in DensityExtractor().extract(load(html)).text  # a listing's items


def test_a_titled_box_is_read_by_the_page_spans_without_walking_the_tail_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Given the page's block spans (the density extractor's, read once a page), the box
    after the body is found by them, with the same answer, and no spans are worked out
    again for the tail: a box opening after the body's last passage spans the same blocks
    in the page as in the tail."""
    from newsclean.blocks import block_spans
    from newsclean.extractors import teasers

    for heading, after in (("Zu Gast im Frühjahr", ""), ("Further reading", "<p>Note.</p>")):
        blocks = _titled(heading, after)
        first = next(i for i, b in enumerate(blocks) if b.text == heading)
        keep = [i != first for i in range(len(blocks))]
        expected = teasers.titled_boxes(blocks, keep)
        spans = block_spans(blocks)
        with monkeypatch.context() as patched:
            patched.setattr(teasers, "block_spans", _no_second_walk)
            assert teasers.titled_boxes(blocks, keep, spans) == expected
        assert expected  # the box was found: the test read the spans


def _no_second_walk(blocks: object) -> None:
    raise AssertionError("the blocks' spans were worked out again")
