"""A passage a page renders twice (for narrow and wide screens, or as excerpt and tab) is
read once; passages repeated by one template (the plans of a pricing table), quoted, or a
single repeated line stay. Small pages built here; no page of a dataset is copied."""

from __future__ import annotations

from newsclean.blocks import TextBlock
from newsclean.extractors.copies import repeated_passages, repeated_phrases
from tests.markup import body_blocks

DESCRIPTION = [
    "A wheel thrown mug in a matte speckled glaze with a clear glazed interior.",
    "Handmade stoneware, each piece slightly different from the next one.",
    "Suitable for dishwashers and microwave ovens; avoid sudden changes of heat.",
]


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _copies(blocks: list[TextBlock]) -> list[str]:
    return [blocks[i].text for i in repeated_passages(blocks, [True] * len(blocks))]


def test_the_second_rendering_of_a_description_leaves() -> None:
    blocks = body_blocks(
        "<h1>White speckle mug</h1><p>$60.00</p>"
        f'<div class="description hidden-up-md">{_paragraphs(DESCRIPTION)}</div>'
        f'<div class="description hidden-down-md">{_paragraphs(DESCRIPTION)}</div>'
    )
    copies = repeated_passages(blocks, [True] * len(blocks))
    assert [blocks[i].text for i in copies] == DESCRIPTION
    assert copies == list(range(len(blocks) - len(DESCRIPTION), len(blocks)))  # the later


def test_a_rendering_per_screen_whose_variant_boxes_differ_above_one_template_leaves() -> None:
    """A site builder renders the whole body once per breakpoint: the same rich-text box in
    each copy, inside a variant box that the style sheet shows on one screen width only.
    The copies' boxes part above the shared template: a second rendering, read once."""
    body = f"<h2>Costs</h2>{_paragraphs(DESCRIPTION)}<h2>Tips</h2>{_paragraphs(DESCRIPTION[::-1])}"
    blocks = body_blocks(
        "<div class='page'>"
        f"<div class='variant hidden-abc'><div class='rich-text'>{body}</div></div>"
        f"<div class='variant hidden-xyz'><div class='rich-text'>{body}</div></div>"
        "</div>"
    )
    copies = repeated_passages(blocks, [True] * len(blocks))
    assert copies == list(range(len(blocks) // 2, len(blocks)))


def test_copies_in_items_of_one_template_stay_however_deep() -> None:
    """Offers of one template, each holding the same terms in the same inner box, stay."""
    offers = "".join(
        f"<li class='offer'><div class='terms'>{_paragraphs(DESCRIPTION)}</div></li>"
        for _ in range(3)
    )
    assert _copies(body_blocks(f"<ul class='offers'>{offers}</ul>")) == []


def test_copies_in_boxes_of_one_template_stay() -> None:
    """The plans of a pricing table list the same features: each plan's list is its own."""
    plans = "".join(
        f'<div class="plan plan-{n}"><h3>Plan {n}</h3>{_paragraphs(DESCRIPTION)}</div>'
        for n in range(3)
    )
    assert _copies(body_blocks(f"<div class='plans'>{plans}</div>")) == []


def test_a_quoted_passage_stays() -> None:
    blocks = body_blocks(
        f"<div class='post'>{_paragraphs(DESCRIPTION)}</div>"
        f"<div class='reply'><blockquote>{_paragraphs(DESCRIPTION)}</blockquote>"
        "<p>Mine arrived yesterday and it looks just like the pictures, lovely.</p></div>"
    )
    assert _copies(blocks) == []


def test_a_short_or_uniform_repeat_stays() -> None:
    one_line = _paragraphs(DESCRIPTION[:1])
    blocks = body_blocks(f"<div class='a'>{one_line}</div><div class='b'>{one_line}</div>")
    assert _copies(blocks) == []
    refrain = _paragraphs([DESCRIPTION[0]] * 3)
    twice = f"<div class='a'>{refrain}</div><div class='b'>{refrain}</div>"
    assert _copies(body_blocks(twice)) == []
    words = _paragraphs(["Red", "Green", "Blue"])
    assert _copies(body_blocks(f"<div class='a'>{words}</div><div class='b'>{words}</div>")) == []


def test_blocks_left_out_are_not_compared() -> None:
    blocks = body_blocks(
        f'<div class="x">{_paragraphs(DESCRIPTION)}</div>'
        f'<div class="y">{_paragraphs(DESCRIPTION)}</div>'
    )
    keep = [i < len(DESCRIPTION) for i in range(len(blocks))]
    assert repeated_passages(blocks, keep) == []


def test_extract_reads_a_description_rendered_twice_once() -> None:
    import newsclean

    html = (
        "<html><body><main><h1>White speckle mug</h1><p>$60.00</p>"
        f'<div class="description mobile">{_paragraphs(DESCRIPTION)}</div>'
        f'<div class="description desktop">{_paragraphs(DESCRIPTION)}</div>'
        "</main></body></html>"
    )
    text = newsclean.extract(html).text
    assert text.count(DESCRIPTION[1]) == 1


LONG = (
    "The AS-12 kettle boils a full litre in under three minutes, keeps water warm for an hour "
    "with its double wall, and switches itself off when lifted from the base or left empty, so "
    "it is safe to leave on the counter."
)


def test_a_long_paragraph_rendered_again_in_another_box_leaves() -> None:
    """One paragraph is a passage too when it is long: a shop prints its one-paragraph
    description in the buy box, in a tab and in a drawer."""
    blocks = body_blocks(
        f'<div class="buy-box"><h1>Kettle</h1><p>{LONG}</p></div>'
        f'<div class="tab-panel"><p>{LONG}</p></div><section class="drawer"><p>{LONG}</p></section>'
    )
    copies = repeated_passages(blocks, [True] * len(blocks))
    assert [blocks[i].text for i in copies] == [LONG, LONG]
    assert copies == [2, 3]


def test_a_long_paragraph_repeated_by_one_template_or_as_a_heading_stays() -> None:
    same_box = f"<p>{LONG}</p>"
    assert _copies(body_blocks(f"<div>{same_box}<p>Between.</p>{same_box}</div>")) == []
    # a slideshow's headline that its caption repeats: two roles, not a second rendering
    assert _copies(body_blocks(f'<h2 class="headline">{LONG}</h2><div class="caption">'
                               f"<p>{LONG}</p></div>")) == []
    short = DESCRIPTION[0]  # under 30 words: a repeated line may be meant
    assert _copies(body_blocks(f'<div class="a"><p>{short}</p></div>'
                               f'<div class="b"><p>{short}</p></div>')) == []


def test_a_phrase_printed_over_and_over_leaves() -> None:
    """A marquee's ticker ("Book Now * Book Now * ...") or filler text is one phrase said
    many times in one block: it leaves the kept text. Prose, a short refrain, a list of
    repeated values in a table and code stay."""
    ticker = "Book Now * " * 40
    table = "<table><tr>" + "<td>100 m</td>" * 40 + "</tr></table>"
    blocks = body_blocks(
        f"<h1>Packaging design</h1><p>{' '.join(DESCRIPTION)}</p><div class='marquee'>"
        f"<p>{ticker}</p></div><p>{'Book now. ' * 3}</p>{table}"
        f"<pre>{'x = x + 1 ' * 30}</pre>"
    )
    dropped = [blocks[i].text for i in repeated_phrases(blocks, [True] * len(blocks))]
    assert dropped == [ticker.strip()]
    assert repeated_phrases(blocks, [False] * len(blocks)) == []  # only kept blocks leave
