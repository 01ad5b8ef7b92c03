"""Pages of many things built the way common shop and site templates build them (a Magento
category grid, a tile made one link, ...), each small and invented here: the default
`extract()` keeps what WCXB calls their main content (a collection's or a listing's item
titles and what each item says, in order) and leaves each item's controls. No page of a
dataset is copied."""

from __future__ import annotations

import newsclean
from newsclean.document import load
from newsclean.extractors.siblings import item_labels
from newsclean.repeats import page_groups

NAMES = [
    "Oak desk shelf",
    "Linen throw pillow",
    "Ceramic pour-over set",
    "Walnut cutting board",
    "Wool camp blanket",
    "Brass table lamp",
    "Cotton bath towel",
    "Stoneware mug pair",
]
PRICES = ["$129.00", "$45.00", "$62.50", "$38.00", "$89.00", "$140.00", "$24.00", "$36.00"]


def _shop(main: str, title: str) -> str:
    menu = "".join(f'<li><a href="/c/{i}">Department {i}</a></li>' for i in range(10))
    foot = "".join(f'<li><a href="/p/{i}">Help page {i}</a></li>' for i in range(6))
    return (
        f'<html lang="en"><head><title>{title}</title></head><body><header><nav><ul>{menu}'
        f'</ul></nav><a href="/cart">Cart</a></header>{main}<footer><ul>{foot}</ul>'
        f"<p>© 2026 Home Goods Co</p></footer></body></html>"
    )


def magento_category() -> str:
    """Magento's category grid: each tile a name, a price, and its own wish-list and
    compare links."""
    items = "".join(
        f'<li class="item product product-item"><div class="product-item-info">'
        f'<a href="/p{i}.html" class="product photo"><img src="/i{i}.jpg" alt=""></a>'
        f'<div class="product details product-item-details"><strong class="product-item-name">'
        f'<a class="product-item-link" href="/p{i}.html">{name}</a></strong>'
        f'<div class="price-box"><span class="price">{price}</span></div>'
        f'<div class="product-item-actions"><button class="action tocart">Add to Cart</button>'
        f'<div class="actions-secondary"><a href="#" class="action towishlist">Add to Wish List'
        f'</a><a href="#" class="action tocompare">Add to Compare</a></div></div></div></div></li>'
        for i, (name, price) in enumerate(zip(NAMES, PRICES, strict=True))
    )
    return _shop(
        '<main id="maincontent"><h1 class="page-title">Home Decor</h1><div class="columns">'
        '<div class="column main"><div class="category-description"><p>Lamps, throws and '
        'trays to make a house a home.</p></div><ol class="products list items product-items">'
        f"{items}</ol></div></div></main>",
        "Home Decor",
    )


def tile_links() -> str:
    """A grid whose every tile is one link: a name and a line every tile prints alike."""
    items = "".join(
        f'<div class="tile"><a class="tile-link" href="/products/p{i}"><div class="tile-name">'
        f'{name}</div><div class="tile-variant">Men · Midweight</div><div class="tile-price">'
        f"{price}</div></a></div>"
        for i, (name, price) in enumerate(zip(NAMES, PRICES, strict=True))
    )
    return _shop(f'<main><h1>Socks</h1><div class="grid">{items}</div></main>', "Socks")


def test_a_category_grid_keeps_its_tiles_and_leaves_their_controls() -> None:
    text = newsclean.extract(magento_category()).text
    assert all(name in text for name in NAMES) and all(price in text for price in PRICES)
    assert "Add to Wish List" not in text and "Add to Compare" not in text
    assert "Department 3" not in text


def test_a_line_inside_a_tile_made_one_link_is_no_control() -> None:
    doc = load(tile_links())
    groups = page_groups(doc)
    blocks = groups[0].page
    keep = [True] * len(blocks)
    assert not any("Midweight" in blocks[i].text for i in item_labels(groups, keep))


def test_the_controls_are_found_by_their_template_slot() -> None:
    doc = load(magento_category())
    groups = page_groups(doc)
    blocks = groups[0].page
    keep = [True] * len(blocks)
    found = {blocks[i].text for i in item_labels(groups, keep)}
    assert found == {"Add to Wish ListAdd to Compare"}
