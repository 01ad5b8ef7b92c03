"""Rules of the density extractor, each on a small hand-written page or block."""

from __future__ import annotations

from dataclasses import replace

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.blocks import TextBlock, segment
from newsclean.document import load
from newsclean.extractors.density import DensityExtractor
from newsclean.extractors.hints import negative_hint
from newsclean.extractors.params import DensityParams, Label
from newsclean.extractors.rules import BlockDecision, choose_stoplist, classify
from newsclean.model import BlockKind

PROSE = (
    "The council said on Tuesday that it would review the plan again, and that the "
    "residents who had written to it would be heard before any decision was taken."
)
PROSE_2 = (
    "It was not the first time that the town had been asked to decide on the matter, "
    "but this time the mayor said she would not let it drag on for another year."
)
PROSE_3 = (
    "Critics of the scheme have said that it does too little for the people who live "
    "near the river, and they want the council to look at it once more."
)

# The rule passes alone (the learned scorer has tests of its own in test_block_model.py).
RULES = DensityParams(learned=False)


def _rules(**changes: object) -> DensityExtractor:
    """The rule passes alone, with some parameters changed."""
    return DensityExtractor(replace(RULES, **changes))  # type: ignore[arg-type]


def _article(body: str, around: str = "", lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><body><div class="page">{around}'
        f'<div class="story-body">{body}</div>{around}</div></body></html>'
    )


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _extract(html: str) -> list[str]:
    candidate = DensityExtractor(RULES).extract(load(html))
    return [b.text for b in candidate.blocks if b.kind is not BlockKind.FIGURE]


def _block(html: str) -> tuple[TextBlock, bool]:
    """The first block of `html`, measured on a page whose prose sets the stoplist."""
    page = f'<html lang="en"><body>{html}<p>{PROSE}</p></body></html>'
    root = lxml.html.document_fromstring(page)
    blocks = segment(root)
    stoplist = choose_stoplist(root, blocks)
    from newsclean.blocks import count_stopwords

    count_stopwords(blocks, stoplist)
    return blocks[0], bool(stoplist)


# --- context-free classification ----------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "label"),
    [
        (f"<p>{PROSE}</p>", Label.GOOD),
        # linked text: navigation, unless it is long prose with some links
        ('<p><a href="/a">World news</a> <a href="/b">Sport and more</a></p>', Label.BAD),
        (f'<p><a href="/x">{PROSE[:90]}</a>{PROSE[90:]}</p>', Label.GOOD),
        ('<p><a href="/x">A headline that is a link to another story</a></p>', Label.BAD),
        # short blocks are left to their neighbours, unless their wording is furniture
        ("<p>Chief executive</p>", Label.SHORT),
        ("<p>Advertisement</p>", Label.BAD),
        ("<p>Share this article</p>", Label.BAD),
        ("<p>Advert</p>", Label.BAD),
        ("<p>This slideshow requires JavaScript.</p>", Label.BAD),
        # a heading is never good on its own
        ("<h2>What the council will decide about the plan for the river this year</h2>",
         Label.SHORT),
        # ... but a heading as long as a paragraph is a lede styled as a heading
        (f"<h2>{PROSE}</h2>", Label.GOOD),
        # medium-length text without stopwords is not prose
        ("<p>Lego Star Wars 75188 Bombardiere Resistenza Polistil 960574 Pista Sorpasso</p>",
         Label.BAD),
        # list items and table rows are not judged by stopwords
        ("<ul><li>Lego Star Wars 75188 Bombardiere Resistenza Polistil 960574 Pista</li></ul>",
         Label.NEAR_GOOD),
        # medium-length prose
        ("<p>The mayor said she would look at the plan again next week.</p>", Label.NEAR_GOOD),
    ],
)
def test_classify(html: str, label: Label) -> None:
    block, has_stoplist = _block(html)
    assert classify(block, DensityParams(), has_stoplist) is label


def test_without_stoplist_long_text_is_good() -> None:
    block, _ = _block("<p>Lego Star Wars 75188 Bombardiere Resistenza, Polistil 960574 Pista "
                      "Sorpasso, Cofanetto Nolan Interstellar Cavaliere Oscuro Trilogia Inception "
                      "Prestige Blade Runner Final Cut Ultra Blu-Ray</p>")
    assert classify(block, DensityParams(), has_stoplist=False) is Label.GOOD


# --- class/id hints ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hint", "negative"),
    [
        ("share-bar", True),
        ("related-posts", True),
        ("comments", True),
        ("wp-caption-text", True),
        ("nav-main", True),
        ("ad", True),
        ("ad-slot", True),
        ("tags", True),
        ("article-body", False),
        ("", False),
        # whole-token words do not match inside other words
        ("header-canvas", False),
        ("hashtags-widget", False),
        ("non-ad-column", False),
        # CMS taxonomy slugs describe the post, not the element
        ("post type-post tag-sharing category-social", False),
        # a positive word wins over a weak negative, not over a strong one
        ("entry-content entry-content-read-more", False),
        ("article-body story-share", True),
    ],
)
def test_negative_hint(hint: str, negative: bool) -> None:
    assert negative_hint(hint) is negative


# --- stoplists ---------------------------------------------------------------------------


def test_stoplist_from_lang_and_from_text() -> None:
    def stoplist_of(html: str) -> frozenset[str]:
        root = lxml.html.document_fromstring(html)
        return choose_stoplist(root, segment(root))

    english = stoplist_of(f'<html lang="en"><body><p>{PROSE}</p></body></html>')
    assert "the" in english
    # a page that says English but is German gets the German list
    german = stoplist_of(
        '<html lang="en"><body><p>Die Digitalisierung ist in den Krankenhäusern ein '
        "wichtiges Thema, das von der Politik und den Ärzten mit der nötigen Sorgfalt "
        "behandelt werden muss, wenn es nicht zu spät sein soll.</p></body></html>"
    )
    assert "und" in german and "would" not in german
    # unspaced scripts have no stoplist
    assert stoplist_of("<html><body><p>" + "漢字仮名" * 30 + "</p></body></html>") == frozenset()


# --- container and context passes on small pages ----------------------------------------


def test_article_paragraphs_in_order() -> None:
    assert _extract(_article(_paras(PROSE, PROSE_2, PROSE_3))) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    "clutter",
    [
        # related links
        '<ul class="related"><li><a href="/1">Another story about the council</a></li>'
        '<li><a href="/2">And one more story about the river plan</a></li></ul>',
        # share bar
        '<div class="share-tools"><a href="/f">Facebook</a> <a href="/t">Twitter</a></div>',
        # navigation menu
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>',
        # footer
        "<footer><p>© 2025 The Daily Paper. All rights reserved. Terms and privacy.</p></footer>",
    ],
)
def test_clutter_outside_the_body_is_dropped(clutter: str) -> None:
    assert _extract(_article(_paras(PROSE, PROSE_2, PROSE_3), around=clutter)) == [
        PROSE,
        PROSE_2,
        PROSE_3,
    ]


@pytest.mark.parametrize(
    "inner",
    [
        '<figure><img src="x.jpg"><figcaption>The river in spring, as residents '
        "see it from the bridge.</figcaption></figure>",
        '<div class="article-share"><span>Share this story with your friends, and '
        "family, and everyone you know.</span></div>",
        '<div class="byline">By Jane Doe, who has covered the council for the paper for '
        "many years.</div>",
    ],
)
def test_furniture_inside_the_body_is_dropped(inner: str) -> None:
    out = _extract(_article(_paras(PROSE) + inner + _paras(PROSE_2, PROSE_3)))
    assert out == [PROSE, PROSE_2, PROSE_3]


def test_widget_hint_on_a_wrapper_of_prose_is_not_furniture() -> None:
    """A class naming a share widget, on an element that holds the article's prose, is a
    script's marker on the wrapper (no share bar holds 150 words of prose)."""
    story = [PROSE, PROSE_2, PROSE_3] * 2
    links = "".join(f'<li><a href="/{i}">Another story about the river</a></li>' for i in range(9))
    html = (
        '<html lang="en"><body><div class="page">'
        f'<div class="text share-btns_containerparent">{_paras(*story)}</div>'
        f'<div class="more"><ul>{links}</ul>{_paras(PROSE_2)}</div></div></body></html>'
    )
    assert _extract(html) == story
    strict = _rules(widget_max_words=10_000).extract(load(html))
    assert [b.text for b in strict.blocks] == [PROSE_2]


def test_section_hint_holds_even_over_much_prose() -> None:
    """Comments and related stories are sections that hold prose of their own: only
    widget words give way to the amount of prose."""
    comments = _paras(PROSE_2, PROSE_3) * 3
    story = [PROSE, PROSE_3, PROSE_2, PROSE, PROSE_2, PROSE_3, PROSE]
    html = _article(_paras(*story)) + f'<div class="comments">{comments}</div>'
    assert _extract(html) == story


def test_cards_of_a_listing_are_not_the_article() -> None:
    """List items with a linked heading and an excerpt each (a stream of teasers, search
    results) are cards: neither evidence for the container nor kept inside it."""
    card_text = PROSE_2 + " " + PROSE_3
    gallery = "".join(
        f'<li><h2><a href="/s/{i}">Another story about the river</a></h2><p>{card_text}</p></li>'
        for i in range(6)
    )
    story = [PROSE, PROSE_2, PROSE_3]
    html = (
        '<html lang="en"><body><div class="article"><div class="text">'
        f"{_paras(*story)}<div><ul>{gallery}</ul></div></div></div></body></html>"
    )
    assert _extract(html) == story
    loose = _rules(card_min_items=100).extract(load(html))
    assert card_text in loose.text


def test_article_cards_in_a_grid_are_not_the_article() -> None:
    """Teaser cards built as `<article>`s (a linked headline, a one-paragraph excerpt), each
    alone in a grid's column, are cards as list items are: their excerpts are no evidence
    for the container, so the story keeps its own."""
    card_text = PROSE_2 + " " + PROSE_3
    grid = "".join(
        f'<div class="col"><article class="c-item"><header><h2><a href="/s/{i}">Another story '
        f'about the river</a></h2></header><div class="description"><p>{card_text}</p></div>'
        "</article></div>"
        for i in range(6)
    )
    story = [PROSE]
    html = (
        '<html lang="en"><head><meta property="og:type" content="article">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "The plan"}'
        '</script></head><body><main><div class="content">'
        f'{_paras(*story)}</div><div class="grid">{grid}</div></main></body></html>'
    )
    assert _extract(html) == story
    lists_only = _rules(article_cards=False).extract(load(html))
    assert card_text in lists_only.text  # as before: the grid's excerpts drew the container


def test_linked_items_inside_the_story_are_its_own_list() -> None:
    """A shopping guide's items link their headings to shops, like teaser cards; between
    the story's own paragraphs they are the story, and only a listing at its edge goes."""
    item = PROSE_2
    items = "".join(
        f'<li><h3><a href="https://shop.example/{i}">{i}. A kettle</a></h3><p>{item}</p></li>'
        for i in range(5)
    )
    html = _article(_paras(PROSE) + f"<ol>{items}</ol>" + _paras(PROSE_3))
    text = DensityExtractor(RULES).extract(load(html)).text
    assert text.count(item) == 5 and PROSE in text and PROSE_3 in text


def test_a_linked_heading_before_kept_text_is_kept() -> None:
    body = (
        _paras(PROSE) + '<h3><a href="/topic/budget">The budget vote</a></h3>' + _paras(PROSE_2)
        + '<h3><a href="/related">Related stories</a></h3>' + _paras(PROSE_3)
    )
    kept = _extract(_article(body))
    assert "The budget vote" in kept and "Related stories" not in kept
    off = _rules(revise_linked_headings=False).extract(
        load(_article(body))
    )
    assert "The budget vote" not in off.text


def test_a_listicle_is_not_a_listing() -> None:
    """Numbered points with plain headings are an article made of list items (a listicle),
    kept whole; only linked headings make teaser cards."""
    points = "".join(
        f"<li><h3>{i}. Point {i} of the plan</h3><p>{PROSE_2}</p></li>" for i in range(6)
    )
    html = _article(_paras(PROSE) + f"<ol>{points}</ol>" + _paras(PROSE_3))
    text = DensityExtractor(RULES).extract(load(html)).text
    assert text.count(PROSE_2) == 6 and PROSE in text and PROSE_3 in text


def test_a_story_in_a_list_item_is_not_a_card() -> None:
    """A single item with a heading is a page's article wrapped in a list, not a card;
    and list items without headings are the article's own lists."""
    story = [PROSE, PROSE_2, PROSE_3]
    single = (
        '<html lang="en"><body><ol><li><h1>The plan</h1>'
        f"{_paras(*story)}</li></ol></body></html>"
    )
    # the paragraphs of a page wrapped in a list item stay paragraphs (newsclean.structure)
    assert DensityExtractor(RULES).extract(load(single)).text == "\n\n".join(story)
    points = "".join(f"<li><p>{t}</p></li>" for t in story)
    assert DensityExtractor(RULES).extract(load(_article(f"<ul>{points}</ul>"))).text == (
        "\n".join(story)
    )


def test_article_split_around_an_inset_is_kept_whole() -> None:
    """A body cut into two boxes of one template (an inset of other stories between them)
    is one article: the sibling box joins the container. A sibling that opens with a
    title of its own is the next story a page appends, and a short blurb in a box of the
    same template is not article text."""
    first = [PROSE, PROSE_2, PROSE_3, PROSE]
    # the second part's own paragraphs: a paragraph printed again in another box is a copy
    second = [f"Later on, {p[0].lower()}{p[1:]}" for p in (PROSE_2, PROSE, PROSE_3, PROSE_2, PROSE)]
    links = "".join(
        f'<li><a href="/{i}">Another story about the river and the town</a></li>'
        for i in range(20)
    )
    inset = f'<div class="inset"><h2>Related coverage</h2><ul>{links}</ul></div>'

    def page(second_box: str) -> str:
        return (
            '<html lang="en"><body><article><h1>The plan</h1>'
            f'<div class="story-part"><div class="story-body a">{_paras(*first)}</div>'
            f"{inset}</div>"
            f'<div class="story-part"><div class="story-body b">{second_box}</div></div>'
            "</article></body></html>"
        )

    assert _extract(page(_paras(*second))) == first + second
    alone = _rules(sibling_min_words=0)
    assert [b.text for b in alone.extract(load(page(_paras(*second)))).blocks] == second
    # the next story, appended with its own title, stays out
    next_story = "<h2>Next: the bridge</h2>" + _paras(*second)
    assert _extract(page(next_story)) == second


def test_title_above_body_dropped_subheading_kept() -> None:
    body = "<h1>Council to review the plan</h1>" + _paras(PROSE) + "<h2>What comes next</h2>"
    body += _paras(PROSE_2, PROSE_3)
    assert _extract(_article(body)) == [PROSE, "What comes next", PROSE_2, PROSE_3]


def test_short_block_between_kept_blocks_is_kept() -> None:
    body = _paras(PROSE, "Not yet.", PROSE_2, PROSE_3)
    assert _extract(_article(body)) == [PROSE, "Not yet.", PROSE_2, PROSE_3]


def test_run_of_short_lines_between_kept_blocks_is_kept() -> None:
    """However long the run, short lines whose nearest longer neighbours on both sides
    are kept belong to the article (a change log, a table of dates); beyond the window
    they were lost."""
    lines = [f"Added item number {i}" for i in range(6)]
    body = _paras(PROSE, *lines, PROSE_2, PROSE_3)
    assert _extract(_article(body)) == [PROSE, *lines, PROSE_2, PROSE_3]
    windowed = _rules(neighbour_runs=False).extract(
        load(_article(body))
    )
    assert lines[3] not in windowed.text
    # ... while a run that ends the article is still dropped
    assert _extract(_article(_paras(PROSE, PROSE_2, *lines))) == [PROSE, PROSE_2]


def test_partly_linked_sentence_between_kept_blocks_is_kept() -> None:
    """A short paragraph that links its source over half its words is still a sentence of
    the article between kept paragraphs; a line that is nearly all link ("Related: ...")
    and a list of partly linked items (a box of other stories) are not."""
    linked = (
        '<p>But a <a href="/r">new report released on Monday by the university</a> '
        "found that the river is in a worse state than it was.</p>"
    )
    sentence = (
        "But a new report released on Monday by the university found that the river "
        "is in a worse state than it was."
    )
    assert _extract(_article(_paras(PROSE) + linked + _paras(PROSE_2, PROSE_3))) == [
        PROSE, sentence, PROSE_2, PROSE_3
    ]
    off = _rules(revise_linked_sentences=False)
    assert sentence not in off.extract(
        load(_article(_paras(PROSE) + linked + _paras(PROSE_2, PROSE_3)))
    ).text
    related = '<p>Related: <a href="/r">Why the town is still arguing about its river</a></p>'
    assert _extract(_article(_paras(PROSE) + related + _paras(PROSE_2, PROSE_3))) == [
        PROSE, PROSE_2, PROSE_3
    ]
    others = "".join(
        f'<li><a href="/{i}">Could the town save the river again</a> this year, or not?</li>'
        for i in range(4)
    )
    body = _paras(PROSE) + f"<ul>{others}</ul>" + _paras(PROSE_2, PROSE_3)
    assert _extract(_article(body)) == [PROSE, PROSE_2, PROSE_3]


def test_table_with_linked_cells_between_kept_blocks_is_kept() -> None:
    """Rows whose first cell links (an app, a team, a place) are data of a table inside
    the article, not navigation; a table of links after the article's end stays out."""
    rows = [
        ("Farm Heroes", "71.1 MB"), ("Google Maps", "32.7 MB"), ("Google Text-to-Speech", "17.8 MB")
    ]
    table = "<table>" + "".join(
        f'<tr><td><a href="/{name}">{name}</a></td><td>{size}</td></tr>' for name, size in rows
    ) + "</table>"
    lines = [f"{name} | {size}" for name, size in rows]
    body = _paras(PROSE) + table + _paras(PROSE_2, PROSE_3)
    assert _extract(_article(body)) == [PROSE, "\n".join(lines), PROSE_2, PROSE_3]
    off = _rules(revise_table_links=False).extract(load(_article(body)))
    assert "Google Maps" not in off.text
    assert _extract(_article(_paras(PROSE, PROSE_2, PROSE_3) + table)) == [
        PROSE, PROSE_2, PROSE_3
    ]


def test_short_block_at_the_edge_is_dropped() -> None:
    body = _paras(PROSE, PROSE_2, PROSE_3, "Read more")
    assert _extract(_article(body)) == [PROSE, PROSE_2, PROSE_3]


def test_data_lines_between_kept_blocks_are_kept() -> None:
    item = "Lego Star Wars 75188 Bombardiere Resistenza Polistil 960574 Pista Sorpasso"
    body = _paras(PROSE, item, PROSE_2, PROSE_3)
    assert _extract(_article(body)) == [PROSE, item, PROSE_2, PROSE_3]
    # ... but not under a furniture element (a photo credit line between paragraphs)
    credit = f'<div class="media-caption">{item}</div>'
    body = _paras(PROSE) + credit + _paras(PROSE_2, PROSE_3)
    assert _extract(_article(body)) == [PROSE, PROSE_2, PROSE_3]


def test_lists_inside_the_article_are_kept() -> None:
    body = _paras(PROSE) + "<ul><li>First point of the plan</li><li>Second point</li></ul>"
    body += _paras(PROSE_2, PROSE_3)
    doc = load(_article(body))
    blocks = DensityExtractor(RULES).extract(doc).blocks
    assert [b.text for b in blocks] == [
        PROSE, "First point of the plan\nSecond point", PROSE_2, PROSE_3
    ]
    assert blocks[1].kind.value == "list"


def test_concentrated_article_beats_scattered_teasers() -> None:
    """Container decay: an article's paragraphs under one element outweigh teaser
    excerpts spread over cards, which a plain subtree sum would take in."""
    headline = "A headline of twelve words that links to another story on the site"
    teasers = "".join(
        f'<div class="card"><div class="inner"><h3><a href="/{i}">{headline}</a></h3>'
        f'<div class="text"><p>{PROSE_3}</p></div></div></div>'
        for i in range(4)
    )
    story = [PROSE, PROSE_2] * 4
    html = (
        '<html lang="en"><body><div class="main"><div class="text">' + _paras(*story)
        + f'</div></div><div class="more">{teasers}</div></body></html>'
    )
    assert _extract(html) == story
    flat = _rules(container_decay=1.0).extract(load(html))
    assert PROSE_3 in flat.text


# --- confidence and decision records ----------------------------------------------------


def test_confidence_drops_when_good_text_is_left_out() -> None:
    whole = DensityExtractor(RULES).extract(load(_article(_paras(PROSE, PROSE_2, PROSE_3))))
    links = "".join(f'<li><a href="/{i}">Another story about the river</a></li>' for i in range(20))
    split = DensityExtractor(RULES).extract(
        load(
            '<html lang="en"><body><div class="a">' + _paras(PROSE, PROSE_2)
            + f'</div><div class="b"><ul>{links}</ul>' + _paras(PROSE_3, PROSE)
            + "</div></body></html>"
        )
    )
    assert whole.confidence == 1.0
    assert split.confidence < 0.75


def test_page_without_text_is_empty_with_zero_confidence() -> None:
    candidate = DensityExtractor(RULES).extract(load("<html><body><div></div></body></html>"))
    assert candidate.blocks == () and candidate.confidence == 0.0


def test_decision_records_cover_every_block() -> None:
    html = _article(_paras(PROSE, PROSE_2), around='<nav><a href="/">Home</a></nav>')
    candidate = DensityExtractor(RULES).extract(load(html))
    records = candidate.details["blocks"]
    assert len(records) == 4
    assert all(isinstance(r, BlockDecision) for r in records)
    kept = [r.text for r in records if r.kept]
    assert kept == [PROSE[:120], PROSE_2[:120]]
    nav = records[0]
    assert nav.label == "bad" and not nav.kept and nav.link_density == 1.0
    assert records[1].to_dict()["label"] == "good" and records[1].words == len(PROSE.split())
    assert records[1].reason and records[1].tag_path.endswith("div>p")


# --- the bundled sample page ------------------------------------------------------------

SAMPLE_PARAGRAPHS = [
    "MOSCOW (Reuters) - Russia sees no reason",
    "Russia, the successor state",
    "Soviet troops took control",
    '"No, there are no contacts',
    '"You know that Tokyo',
    'Given "the real state of affairs"',
    "(Reporting by Dmitry Antonov",
]


@pytest.mark.parametrize("extractors", [["density"], None])
def test_sample_page_holds_exactly_the_story(
    sample_html: bytes, extractors: list[str] | None
) -> None:
    """With density alone and with the default chain: the seven paragraphs, no clutter
    (wire furniture kept in the text, so the extractor's own output is what is checked)."""
    article = newsclean.extract(sample_html, extractors=extractors, strip_wire=False)
    candidate_texts = article.text.split("\n\n")
    assert len(candidate_texts) == len(SAMPLE_PARAGRAPHS)
    for text, start in zip(candidate_texts, SAMPLE_PARAGRAPHS, strict=True):
        assert text.startswith(start)
    for clutter in ("Related Articles", "Share This", "Popular", "Diet Coke", "Sign In",
                    "Advertisement", "FILE PHOTO", "All rights reserved", "Today:"):
        assert clutter not in article.text


# --- never crashes -----------------------------------------------------------------------

_TAGS = ["div", "p", "a", "span", "li", "ul", "h2", "table", "tr", "td", "script", "br",
         "article", "nav", "figcaption", "blockquote"]


@st.composite
def _pages(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(st.sampled_from(_TAGS))
        cls = draw(st.sampled_from(["", "share", "content", "related", "post type-post"]))
        text = draw(st.text(max_size=40))
        close = draw(st.booleans())
        parts.append(f'<{tag} class="{cls}">{text}' + (f"</{tag}>" if close else ""))
    return "<html><body>" + "".join(parts) + "</body></html>"


@settings(max_examples=60, deadline=None)
@given(_pages())
def test_density_never_crashes(html: str) -> None:
    from newsclean.errors import NewsCleanError

    try:
        doc = load(html)
    except NewsCleanError:
        return
    candidate = DensityExtractor(RULES).extract(doc)
    assert 0.0 <= candidate.confidence <= 1.0
    assert len(candidate.details["blocks"]) >= len(candidate.blocks) or not candidate.blocks


def test_near_furniture_reads_every_block_and_furniture_only_the_long() -> None:
    """One pass says which blocks lie near furniture (the scorer's feature, short blocks
    too); the container's weighing counts only the blocks that are not short."""
    from newsclean.extractors.container import furniture_flags
    from newsclean.extractors.hints import Hints, near_furniture

    page = (
        '<html lang="en"><body><div class="share-bar"><p>Share</p>'
        f"<p>{PROSE}</p></div><article><p>Tweet</p><p>{PROSE_2}</p></article></body></html>"
    )
    blocks = segment(lxml.html.document_fromstring(page))
    labels = [Label.SHORT, Label.GOOD, Label.SHORT, Label.GOOD]
    near = near_furniture(blocks, Hints(), 3)
    assert near == [True, True, False, False]
    assert furniture_flags(labels, near) == [False, True, False, False]
