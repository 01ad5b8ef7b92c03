"""What a page declares it offers: the description density keeps wherever it sits."""

from __future__ import annotations

import json

import pytest

from newsclean.blocks import segment
from newsclean.document import load
from newsclean.extractors.block_features import FEATURES
from newsclean.extractors.block_model import Forest
from newsclean.extractors.declared import (
    buy_box,
    cents,
    declared,
    declared_additions,
    printed_price,
    review_copies,
    shares,
)
from newsclean.extractors.density import DensityExtractor, DensityParams

DESCRIPTION = (
    "A light day pack with a padded back panel, two side pockets for bottles and a lid "
    "pocket for keys, made of recycled nylon that sheds light rain."
)
REVIEW = (
    "I carried this pack on a three day hike and the straps started to fray on the second "
    "morning, which I did not expect at this price. The stitching on the hip belt came "
    "loose as well, and the side pockets are too shallow to hold a bottle when you bend "
    "down, so it fell out twice on the first climb. Customer service did answer quickly, "
    "I will give them that, and they offered a replacement, but I would have preferred a "
    "pack that simply held together for more than two days on an ordinary trail."
)
REVIEW_2 = "Roomy enough for a rain jacket and lunch, and it dries overnight after a wet day."
PRODUCT = {
    "@context": "https://schema.org", "@type": "Product", "name": "Trail pack",
    "description": DESCRIPTION,
    "offers": {"@type": "Offer", "price": "89.00", "priceCurrency": "USD"},
    "review": [
        {"@type": "Review", "reviewBody": REVIEW, "author": {"@type": "Person", "name": "Sam"}},
        {"@type": "Review", "reviewBody": REVIEW_2, "author": {"name": "Kim"}},
    ],
}


def _page(ld: list[dict[str, object]], meta: str = "") -> str:
    """A product page: name and price, the description in a narrow buy box, a spec table,
    then a long customer review, the page's largest run of prose."""
    scripts = "".join(
        f'<script type="application/ld+json">{json.dumps(obj)}</script>' for obj in ld
    )
    return (
        f"<html><head><title>Trail pack</title>{meta}{scripts}</head><body><main>"
        f"<h1>Trail pack</h1><div class='buy'><p>$89.00</p><p>{DESCRIPTION}</p>"
        "<button>Add to cart</button></div>"
        "<table><tr><th>Weight</th><td>1.2 kg</td></tr><tr><th>Volume</th><td>25 l</td></tr>"
        f"</table><section class='reviews'><h2>Reviews</h2><p>{REVIEW}</p></section>"
        "</main></body></html>"
    )


def _shares(html: str) -> dict[str, tuple[float, float]]:
    doc = load(html)
    blocks = segment(doc.tree)
    return {b.text[:20]: s for b, s in zip(blocks, shares(blocks, declared(doc)), strict=True)}


def test_a_block_repeating_the_declared_description_is_found() -> None:
    found = _shares(_page([PRODUCT]))
    assert found[DESCRIPTION[:20]] == (1.0, 0.0)
    assert found[REVIEW[:20]] == (0.0, 1.0)
    assert found["$89.00"] == (0.0, 0.0)  # under three words: too short to tell


def test_only_what_the_page_offers_declares_its_text() -> None:
    """An article's description and the `<meta>` one are a standfirst, not the body."""
    meta = f'<meta property="og:description" content="{DESCRIPTION}">'
    assert _shares(_page([], meta))[DESCRIPTION[:20]] == (0.0, 0.0)
    story = {"@type": "NewsArticle", "description": DESCRIPTION}
    assert _shares(_page([story]))[DESCRIPTION[:20]] == (0.0, 0.0)
    service = {"@type": "Service", "description": DESCRIPTION}
    assert _shares(_page([service]))[DESCRIPTION[:20]] == (1.0, 0.0)
    nested = {"@type": "ItemPage", "mainEntity": {"@type": ["Product"], "description": DESCRIPTION}}
    assert _shares(_page([nested]))[DESCRIPTION[:20]] == (1.0, 0.0)
    short = {"@type": "Product", "description": "Trail pack for day hikes"}
    assert _shares(_page([short]))[DESCRIPTION[:20]] == (0.0, 0.0)


def test_reviews_count_as_customers_only_by_several_authors_on_a_page_with_no_article() -> None:
    """A "best of" guide declares its own text as `Review`s of products, by its author."""
    assert _shares(_page([PRODUCT]))[REVIEW[:20]] == (0.0, 1.0)
    guide = {"@type": "Article", "headline": "The best day packs"}
    assert _shares(_page([PRODUCT, guide]))[REVIEW[:20]] == (0.0, 0.0)
    one = {**PRODUCT, "review": [{"@type": "Review", "reviewBody": REVIEW, "author": "Ed"},
                                 {"@type": "Review", "reviewBody": REVIEW_2, "author": "Ed"}]}
    assert _shares(_page([one]))[REVIEW[:20]] == (0.0, 0.0)


def test_the_pass_adds_only_left_out_blocks_that_repeat_the_description() -> None:
    doc = load(_page([PRODUCT]))
    blocks = segment(doc.tree)
    texts = [b.text for b in blocks]
    description, review = texts.index(DESCRIPTION), texts.index(REVIEW)
    found = shares(blocks, declared(doc))
    none_kept = [False] * len(blocks)
    assert declared_additions(blocks, none_kept, found) == [description]
    assert review_copies(blocks, none_kept, found) == []
    all_kept = [True] * len(blocks)
    assert declared_additions(blocks, all_kept, found) == []
    assert review_copies(blocks, all_kept, found) == [review]
    nothing = shares(blocks, declared(load(_page([]))))
    assert declared_additions(blocks, none_kept, nothing) == []
    assert review_copies(blocks, none_kept, nothing) == []


def test_density_brings_back_the_description_its_scorer_left_out() -> None:
    """A scorer that keeps nothing (every probability near 0): the passes add the block
    that repeats the declared description and the buy box (the declared name's heading and
    price), and only them."""
    html = _page([PRODUCT])
    nothing = Forest.from_json({"features": list(FEATURES), "baseline": -10.0, "trees": []})
    on = DensityExtractor(forest=nothing).extract(load(html))
    assert on.text == f"Trail pack\n\n$89.00\n\n{DESCRIPTION}"
    reasons = {d.text[:20]: d.reason for d in on.details["blocks"]}
    assert reasons[DESCRIPTION[:20]].startswith("repeats the description the page declares")
    assert reasons["$89.00"].startswith("the declared product's name or price")
    assert reasons[REVIEW[:20]].startswith("scorer 0.00")
    off = DensityExtractor(DensityParams(declared_text=False), forest=nothing)
    assert off.extract(load(html)).text == ""


def test_density_leaves_out_a_customer_review_its_scorer_kept() -> None:
    everything = Forest.from_json({"features": list(FEATURES), "baseline": 10.0, "trees": []})
    html = _page([PRODUCT])
    on = DensityExtractor(forest=everything).extract(load(html)).text
    off = DensityExtractor(DensityParams(declared_text=False), forest=everything)
    assert DESCRIPTION in on and REVIEW not in on
    assert REVIEW in off.extract(load(html)).text


@pytest.mark.parametrize(
    ("printed", "amounts"),
    [
        ("$1,299.99", [129999]), ("1.299,99 €", [129999]), ("129,95 zł", [12995]),
        ("$ 1299", [129900]), ("CHF 1'299.50", [129950]), ("Was $49.99, now $34.99", [4999, 3499]),
        ("£2.5", [250]), ("sold out", []),
    ],
)
def test_printed_prices_are_read_in_cents(printed: str, amounts: list[int]) -> None:
    assert list(cents(printed)) == amounts


def _buy_box(ld: list[dict[str, object]], body: str) -> list[str]:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in ld)
    doc = load(f"<html><head>{scripts}</head><body>{body}</body></html>")
    blocks = segment(doc.tree)
    return [blocks[i].text for i in buy_box(blocks, [False] * len(blocks), declared(doc))]


def test_the_buy_box_is_the_declared_names_heading_and_the_first_price_after_it() -> None:
    body = ("<p>Free shipping over $89.00</p><h2>Trail pack</h2><p>In stock</p>"
            "<p>Was $99.00 Now $89.00</p><p>$89.00</p><h2>Trail pack</h2>")
    assert _buy_box([PRODUCT], body) == ["Trail pack", "Was $99.00 Now $89.00"]
    # a price the page does not declare, a name it does not print as a heading, no price
    assert _buy_box([PRODUCT], "<h2>Trail pack</h2><p>$79.00</p>") == ["Trail pack"]
    assert _buy_box([PRODUCT], "<p>Trail pack</p><p>$89.00</p>") == []
    no_price = {"@type": "Product", "name": "Trail pack"}
    assert _buy_box([no_price], "<h2>Trail pack</h2><p>$89.00</p>") == []
    # a grid of product cards declares many products: no buy box
    cards = [{**PRODUCT, "name": f"Pack {i}"} for i in range(3)]
    assert _buy_box(cards, "<h2>Pack 1</h2><p>$89.00</p>") == []


def test_a_declared_price_that_is_no_number_is_ignored() -> None:
    """JSON-LD may declare a price of 1e400 (infinite), NaN or a string of no digits."""
    for price in ("1e400", "NaN", '"call us"', "-Infinity"):
        ld = f'{{"@type": "Product", "name": "Trail pack", "offers": {{"price": {price}}}}}'
        doc = load(f'<html><head><script type="application/ld+json">{ld}</script></head>'
                   "<body><h2>Trail pack</h2><p>$89.00</p></body></html>")
        blocks = segment(doc.tree)
        assert buy_box(blocks, [False] * len(blocks), declared(doc)) == []


def _printed(body: str, kept: tuple[int, ...]) -> list[str]:
    """`printed_price` on `body`'s blocks, those numbered `kept` kept by the scorer."""
    blocks = segment(load(f"<html><body>{body}</body></html>").tree)
    keep = [i in kept for i in range(len(blocks))]
    return [blocks[i].text for i in printed_price(blocks, keep)]


AD_TEXT = ("<p>Selling my son's bike, ridden for two summers, brakes and chain checked last "
           "month, tyres nearly new.</p>")


@pytest.mark.parametrize(("body", "kept", "found"), [
    # the only top heading, its lone price, the kept text after it: the price is the ad's
    (f"<h1>Kids' bike</h1><p>4 500 ₽</p><p>Posted today</p>{AD_TEXT}", (0, 3), ["4 500 ₽"]),
    (f"<h1>Village house</h1><p class='p'>289 000 €</p>{AD_TEXT}", (2,), ["289 000 €"]),
    (f"<h1>Kids' bike</h1><p>$120.00</p>{AD_TEXT}", (0, 2), ["$120.00"]),
    # kept already; nothing kept after it; two lone prices (a carousel of cards)
    (f"<h1>Kids' bike</h1><p>$120.00</p>{AD_TEXT}", (0, 1, 2), []),
    ("<h1>Kids' bike</h1><p>$120.00</p><p>Report ad</p>", (0,), []),
    (f"<h1>Bikes</h1><p>$120.00</p><p>$95.00</p>{AD_TEXT}", (0, 3), []),
    # a card's price follows its own title; a price in words; two top headings
    (f"<h1>Bikes</h1><h3>Red bike</h3><p>$120.00</p>{AD_TEXT}", (0, 3), []),
    (f"<h1>Kids' bike</h1><p>Price: $120.00, or best offer</p>{AD_TEXT}", (0, 2), []),
    (f"<h1>Kids' bike</h1><p>$120.00</p>{AD_TEXT}<h1>More</h1>", (0, 2), []),
])
def test_the_price_under_the_only_top_heading_is_the_offers(
    body: str, kept: tuple[int, ...], found: list[str]
) -> None:
    """An ad's, a property's or a shop's price printed alone under the page's heading,
    where the page declares none (`declared.printed_price`)."""
    assert _printed(body, kept) == found

