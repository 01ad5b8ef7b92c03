"""Figure captions: out of the text, onto `Article.images` with their credits."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.document import load
from newsclean.metadata.sources import page_of
from newsclean.model import Block
from newsclean.news import normalize_news
from newsclean.normalize.captions import (
    OTHER_SPACES,
    figure_images,
    is_bare_credit,
    is_caption_element,
    looks_like_caption,
    normalized,
    normalized_all,
    split_credit,
)

# (caption as written, caption text, credit)
SPLITS: list[tuple[str, str, str | None]] = [
    ("A man walks past a mural. Photo: Jane Doe/Getty Images", "A man walks past a mural.",
     "Jane Doe/Getty Images"),
    ("Photo: Jane Doe/Getty Images", "", "Jane Doe/Getty Images"),
    ("President speaks in the Rose Garden. (AP Photo/Evan Vucci)",
     "President speaks in the Rose Garden.", "AP Photo/Evan Vucci"),
    ("Putin holds a press conference. REUTERS/Maxim Shemetov/File Photo",
     "Putin holds a press conference.", "REUTERS/Maxim Shemetov/File Photo"),
    ("Fans cheer at the stadium. John Smith/AFP", "Fans cheer at the stadium.",
     "John Smith/AFP"),
    ("Image Source: Neil Godwin / Future Publishing/Shutterstock", "",
     "Neil Godwin / Future Publishing/Shutterstock"),
    ("FILE PHOTO: Russia's President Putin holds the annual press conference in Moscow",
     "FILE PHOTO: Russia's President Putin holds the annual press conference in Moscow", None),
]


@pytest.mark.parametrize(("raw", "caption", "credit"), SPLITS)
def test_split_credit(raw: str, caption: str, credit: str | None) -> None:
    assert split_credit(raw) == (caption, credit)


@pytest.mark.parametrize(
    "text",
    [
        "FILE PHOTO: Russia's President Putin holds the annual press conference in Moscow",
        "FILE - In this Oct. 1, 2019, file photo, a man walks in Paris.",
        "Photo: Jane Doe/Getty Images",
        "Pictured: the new bridge at dusk",
        "President speaks in the Rose Garden. (AP Photo/Evan Vucci)",
    ],
)
def test_looks_like_caption(text: str) -> None:
    assert looks_like_caption(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia sees no reason to discuss peace with Japan, the Kremlin said on Tuesday.",
        "The photographer said the file was lost.",
        "She filed a photo request with the archive.",
    ],
)
def test_not_a_caption(text: str) -> None:
    assert not looks_like_caption(text)


FIGURE_PAGE = """<html><body>
<nav><a href="/">Home</a></nav>
<article>
  <figure><img src="/img/lead.jpg" alt="">
    <figcaption>Protesters march in the capital. <span class="credit">Jane Doe/Getty Images</span>
    </figcaption></figure>
  <div class="body">
    <p>PARIS (AFP) - Thousands of people marched through the capital on Saturday to protest
    against the pension reform, the third such march this month, police said.</p>
    <p>Protesters march in the capital. Jane Doe/Getty Images</p>
    <p>Unions said more than a million people had joined marches across the country, while the
    interior ministry put the figure at about half that number, in a now familiar dispute.</p>
    <p>The government has said it will not back down on raising the pension age to 64 years,
    which it says is needed to keep the system afloat for the next generation of workers.</p>
  </div>
</article>
<aside><figure><img src="/img/other.jpg"><figcaption>An unrelated teaser photo</figcaption>
</figure></aside>
</body></html>"""


def test_figures_resolve_urls_and_split_credits() -> None:
    doc = load(FIGURE_PAGE, url="https://news.example/world/story.html")
    images = [image for _, image in figure_images(doc.tree.iter("figure"), doc.url)]
    assert images[0].url == "https://news.example/img/lead.jpg"
    assert images[0].caption == "Protesters march in the capital."
    assert images[0].credit == "Jane Doe/Getty Images"


def test_page_figures_come_from_the_page_index() -> None:
    """Assembly reads the figures from the page's tag index (no walk of its own): the
    same figures, in page order, as a walk of the tree."""
    doc = load(FIGURE_PAGE, url="https://news.example/world/story.html")
    indexed = figure_images(page_of(doc).tagged("figure"), doc.url)
    assert indexed == figure_images(doc.tree.iter("figure"), doc.url) and len(indexed) == 2


def test_malformed_page_url_leaves_image_url_as_written() -> None:
    doc = load(FIGURE_PAGE, url="http://[broken")
    images = [image for _, image in figure_images(doc.tree.iter("figure"), doc.url)]
    assert images[0].url == "/img/lead.jpg"


def test_caption_leaves_text_and_story_figure_goes_to_images() -> None:
    article = newsclean.extract(
        FIGURE_PAGE, url="https://news.example/world/story.html", extractors=["density"]
    )
    assert "Getty" not in article.text
    assert [i.url for i in article.images] == ["https://news.example/img/lead.jpg"]
    assert article.images[0].credit == "Jane Doe/Getty Images"
    assert article.dateline is not None and article.agency == "AFP"


def test_caption_without_figure_is_kept_as_image() -> None:
    blocks = [Block(text="A story paragraph."),
              Block(text="President speaks. (AP Photo/Evan Vucci)")]
    parts = normalize_news(blocks, strip_wire=False)
    assert [b.text for b in parts.blocks] == ["A story paragraph."]
    assert [(i.caption, i.credit) for i in parts.captions] == [
        ("President speaks.", "AP Photo/Evan Vucci")
    ]


def test_page_caption_text_leaves_body() -> None:
    caption = "Vladimir Putin at the Kremlin"
    blocks = [Block(text="A story paragraph."), Block(text=caption)]
    parts = normalize_news(blocks, page_captions={caption.casefold()})
    assert [b.text for b in parts.blocks] == ["A story paragraph."]


def test_a_gallery_s_captions_are_its_text() -> None:
    """A photo gallery prints nothing but its pictures and their captions: with every
    block a caption, the captions stay the text (an empty text would say the page has
    none), and the figures still reach `Article.images`."""
    captions = [f"Waves break over the harbour wall as the storm reaches town number {i}."
                for i in range(5)]
    figures = "".join(f'<figure><img src="/g{i}.jpg"><figcaption>{c} Photo: Jane Roe/Reuters'
                      f"</figcaption></figure>" for i, c in enumerate(captions))
    page = ("<html><body><nav><a href=/>Home</a><a href=/news>News</a></nav><article>"
            f"<h1>In pictures: the storm</h1>{figures}</article></body></html>")
    article = newsclean.extract(page, url="https://news.example/gallery.html",
                                extractors=["density"])
    paragraphs = article.text.split("\n\n")
    assert paragraphs and all(p.split(" Photo:")[0] in captions for p in paragraphs)
    assert [i.url for i in article.images] == [f"https://news.example/g{i}.jpg"
                                               for i in range(5)]
    # beside one paragraph of story, the captions leave the text as ever
    blocks = [Block(text="A story paragraph."), *(Block(text=c) for c in captions)]
    parts = normalize_news(blocks, page_captions={normalized(c) for c in captions})
    assert [b.text for b in parts.blocks] == ["A story paragraph."]
    alone = normalize_news([Block(text=c) for c in captions],
                           page_captions={normalized(c) for c in captions})
    assert [b.text for b in alone.blocks] == captions and not alone.removed_captions


@pytest.mark.parametrize(
    ("markup", "caption"),
    [
        ('<figcaption>A mural.</figcaption>', True),
        ('<p class="wp-caption-text">A mural.</p>', True),
        ('<span class="photo-credit">Jane Doe</span>', True),
        # a design system's type size, set on a shop's item titles: a heading is no caption
        ('<h2 class="wt-text-caption card__title">Leather wallet</h2>', False),
        ('<h3 id="caption">Leather wallet</h3>', False),
    ],
)
def test_caption_element(markup: str, caption: bool) -> None:
    el = load(f"<html><body>{markup}</body></html>").tree.find(".//body")[0]
    assert is_caption_element(el) is caption


def test_item_titles_in_caption_type_stay_in_text() -> None:
    """A shop's tiles whose titles are headings set in a "caption" type size: the titles
    are the listing's text, not figure captions to take out."""
    tiles = "".join(
        f'<li class="tile"><a href="/p/{i}"><img src="/i/{i}.jpg" alt="">'
        f'<h2 class="text-caption tile-title">Handmade leather wallet number {i}, '
        f'slim, with a coin pocket</h2></a><p class="tile-price">USD {20 + i}.50</p></li>'
        for i in range(8)
    )
    page = (
        "<html><head><title>Wallets</title></head><body><main><h1>Wallets</h1>"
        f'<ul class="tiles">{tiles}</ul></main></body></html>'
    )
    article = newsclean.extract(page, extractors=["items"])
    assert "number 3, slim" in article.text
    assert not any(i.caption and "wallet" in i.caption for i in article.images)


def test_other_spaces_are_every_split_character_but_the_space() -> None:
    spaces = {c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()}
    assert set(OTHER_SPACES) == spaces - {" "}


@pytest.mark.parametrize(
    "texts",
    [
        [],
        [""],
        ["Straße", "STRASSE", "a b"],
        ["a b", " a b"],
        ["a b", "a b "],
        ["a", "", "b"],
        ["a  b"],
        ["a\tb", "c"],
        ["a\u00a0b"],
        ["x\u3000y", "Z"],
    ],
)
def test_normalized_all_is_normalized_of_each(texts: list[str]) -> None:
    assert normalized_all(texts) == [normalized(t) for t in texts]


@given(st.lists(st.text(alphabet=" \t\n\u00a0\u2009aBß\u0130\u03a3\x00", max_size=8)))
def test_normalized_all_matches_normalized(texts: list[str]) -> None:
    assert normalized_all(texts) == [normalized(t) for t in texts]


@pytest.mark.parametrize(("text", "credit"), [
    ("Getty Images", True),
    ("GETTY", True),
    ("© AFP", True),
    ("(Rex)", True),
    ("Jane Doe/Getty Images", True),
    ("Apple", False),
    ("The AP said so on Monday.", False),
    ("Jane Doe/The council", False),
    ("© Action press/Bernd März", True),  # a source and a name, signed: no list needed
    ("© imago/United Archives International/imago stock&people", True),
    ("© 2002, 2003 Jamie Zawinski", False),  # the page's own copyright line
    ("© 2024 Example Media/Some Group. All rights reserved. Terms of use apply.", False),
])
def test_a_block_that_is_only_a_photo_credit(text: str, credit: bool) -> None:
    assert is_bare_credit(text) is credit


def test_a_lone_credit_leaves_the_body_but_a_closing_agency_is_the_trailer() -> None:
    story = "The council met on Monday and agreed that the old bridge over the river needs repair."
    parts = normalize_news([Block(text=story), Block(text="Getty Images"), Block(text=story),
                            Block(text=story), Block(text="AFP")])
    assert [b.text for b in parts.blocks] == [story] * 3
    assert [r.kind for r in parts.removed] == ["caption", "trailer"]
    assert parts.agency == "AFP"


def test_a_signed_credit_under_a_picture_leaves_the_body() -> None:
    story = "The council met on Monday and agreed that the old bridge over the river needs repair."
    credit = "© climatereanalyzer.org I Tagesspiegel/Rita Böttcher"
    parts = normalize_news([Block(text=story), Block(text=credit), Block(text=story),
                            Block(text=story), Block(text=story)])
    assert [b.text for b in parts.blocks] == [story] * 4
    assert [r.kind for r in parts.removed] == ["caption"]


def _figure_urls(figures: str, url: str = "https://example.com/a.html") -> list[str | None]:
    from lxml.html import fromstring

    from newsclean.normalize.captions import figure_images
    root = fromstring(f"<div>{figures}</div>")
    return [image.url for _, image in figure_images(root.iter("figure"), url)]


def test_a_figure_image_with_an_unsafe_url_has_none() -> None:
    """`Article.images` holds only http(s) URLs, as every other URL of the Article."""
    figures = ("<figure><img src='javascript:alert(1)'><figcaption>River</figcaption></figure>"
               "<figure><img srcset='javascript:alert(1) 2x'><figcaption>Bridge</figcaption>"
               "</figure>")
    assert _figure_urls(figures) == [None, None]


def test_a_lazy_figure_image_is_the_one_its_script_shows() -> None:
    """A lazy-loading page's `src` is a placeholder until its script puts the image in:
    the image is the lazy attribute's (or a lazy `srcset`'s largest candidate)."""
    figures = (
        "<figure><img src='/blank.gif' data-src='/img/flood.jpg'><figcaption>Flood"
        "</figcaption></figure>"
        "<figure><img src='/blank.gif' data-srcset='/img/b-300.jpg 300w, /img/b-900.jpg 900w'>"
        "<figcaption>Bridge</figcaption></figure>"
        "<figure><img srcset='/img/c-1x.jpg, /img/c-2x.jpg 2x'><figcaption>Dam</figcaption>"
        "</figure>"
    )
    assert _figure_urls(figures) == ["https://example.com/img/flood.jpg",
                                     "https://example.com/img/b-900.jpg",
                                     "https://example.com/img/c-2x.jpg"]
