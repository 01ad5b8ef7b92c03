"""A reply's quote of a post kept earlier on the page is read once (the post); a quote of a
post that is not on the page, a short quoted line, and quotes in an article stay. Small
pages built here; no page of a dataset is copied."""

from __future__ import annotations

from newsclean.blocks import TextBlock
from newsclean.extractors.copies import quoted_copies
from tests.markup import body_blocks

QUESTION = "When the circuit is open, what are the electrons in the live wire doing all day?"
ANSWER = "They jiggle with heat as in any metal, but no current flows without a closed loop."


def _quotes(blocks: list[TextBlock], keep: list[bool] | None = None) -> list[str]:
    keep = [True] * len(blocks) if keep is None else keep
    return [blocks[i].text for i in quoted_copies(blocks, keep)]


def test_a_quote_of_an_earlier_post_leaves() -> None:
    blocks = body_blocks(
        f"<div class='post'><p>I have two questions. 1) {QUESTION} 2) Why?</p></div>"
        f"<div class='post'><blockquote><p>{QUESTION}</p></blockquote><p>{ANSWER}</p></div>"
    )
    assert _quotes(blocks) == [QUESTION]


def test_a_quote_of_a_post_not_kept_or_not_on_the_page_stays() -> None:
    page = (
        f"<div class='post'><p>{QUESTION}</p></div>"
        f"<div class='post'><blockquote><p>{QUESTION}</p></blockquote><p>{ANSWER}</p></div>"
    )
    blocks = body_blocks(page)
    assert _quotes(blocks, [False, True, True]) == []
    assert _quotes(body_blocks(page.split("</div>", 1)[1])) == []


def test_short_quotes_and_later_originals_stay() -> None:
    """"Agreed." is said anew as often as quoted; a quote before its original (an article's
    pull quote, a summary) is not a copy of something read already."""
    blocks = body_blocks(
        "<p>Agreed.</p><blockquote><p>Agreed.</p></blockquote>"
        f"<blockquote><p>{ANSWER}</p></blockquote><p>{QUESTION} {ANSWER}</p>"
    )
    assert _quotes(blocks) == []


def test_extract_reads_a_quoted_post_once() -> None:
    import newsclean

    posts = [
        "My router drops the connection every evening and I cannot find out why it happens.",
        "Have you checked whether the firmware is current? Old versions had exactly this bug.",
        "Thanks, updating the firmware fixed it and the connection has been stable for a week.",
    ]
    html = "".join(
        f"<article class='post'><a href='/u/{n}'>user{n}</a>"
        + (f"<blockquote><p>{posts[n - 1]}</p></blockquote>" if n else "")
        + f"<div class='content'><p>{text} {text}</p></div></article>"
        for n, text in enumerate(posts)
    )
    text = newsclean.extract(f"<html><body><h1>Connection drops</h1>{html}</body></html>").text
    assert posts[2] in text
    assert text.count(posts[1]) == 2  # the post says it twice; its quote is gone
