"""Pages of many things built the way common shop and site templates build them (a Magento
category grid, a tile made one link, ...), each small and invented here: the default
`extract()` keeps what WCXB calls their main content (a collection's or a listing's item
titles and what each item says, in order) and leaves each item's controls. No page of a
dataset is copied."""

from __future__ import annotations

import newsclean
from newsclean.blocks import document_blocks
from newsclean.document import load
from newsclean.extractors.sections import headings_over_kept
from newsclean.extractors.siblings import (
    item_badges,
    item_labels,
    item_sentences,
    sibling_items,
)
from newsclean.model import BlockKind, PageType
from newsclean.pagetype import classify
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


HOMES = [
    ("$450,000", "12 Elm Street", "3 beds"),
    ("$329,900", "8 Birch Lane", "2 beds"),
    ("$615,000", "41 Lake Road", "4 beds"),
    ("$275,000", "3 Mill Court", "1 bed"),
    ("$520,000", "77 Hill Drive", "5 beds"),
    ("$389,000", "19 Park Avenue", "6 beds"),
]


def home_cards() -> str:
    """A real-estate search: each card a price, an address and the rooms."""
    cards = "".join(
        f'<div class="card"><div class="card-price">{price}</div><div class="card-address">'
        f'<a href="/homes/{i}">{address}</a></div><ul class="card-facts"><li>{beds}</li>'
        f"<li>{i + 1} baths</li></ul></div>"
        for i, (price, address, beds) in enumerate(HOMES)
    )
    return _shop(f'<main><h1>Homes for sale</h1><div class="results">{cards}</div></main>', "Homes")


def _grid(html: str) -> tuple[list[str], object]:
    groups = [g for g in page_groups(load(html)) if len(g.items) == len(HOMES)]
    return [tb.text for tb in groups[0].page], groups


def test_a_part_kept_in_most_cards_is_kept_in_all() -> None:
    texts, groups = _grid(home_cards())
    doubted = {texts.index("2 beds"), texts.index("4 baths")}  # the scorer's doubt, two cards
    keep = [
        ("bed" in t or "bath" in t or "$" in t) and i not in doubted for i, t in enumerate(texts)
    ]
    added = {texts[i] for i in sibling_items(groups, keep, names=False)}
    assert added == {"2 beds", "4 baths"}


def test_a_part_the_scorer_doubted_in_many_cards_is_left_to_it() -> None:
    texts, groups = _grid(home_cards())
    keep = ["$" in t or t in {"3 beds", "4 beds", "5 beds"} for t in texts]  # half the cards
    assert not any("bed" in texts[i] for i in sibling_items(groups, keep, names=False))


def test_paragraphs_of_a_story_cut_into_boxes_lend_nothing() -> None:
    boxes = (
        "".join(
            f'<div class="textblock"><p>{s} The council will meet again next week to decide.</p>'
            f"<p>Residents of the old town asked for more time to read the plans.</p></div>"
            for s in (
                "The bridge will close in May.",
                "Traffic will take the ring road.",
                "Shops expect more customers.",
                "The school bus will run later.",
            )
        )
        + '<div class="textblock"><p>Broadcast: Radio One, 24 April, 3 pm</p></div>'
    )
    doc = load(f"<html><body><main><h1>Bridge</h1>{boxes}</main></body></html>")
    groups = page_groups(doc)
    blocks = groups[0].page
    keep = [not tb.text.startswith("Broadcast") and tb.kind.value != "heading" for tb in blocks]
    assert sibling_items(groups, keep, names=False) == []


def test_a_service_pages_heading_over_kept_text_is_kept() -> None:
    sections = "".join(
        f"<h2>{h}</h2><p>{p}</p>"
        for h, p in (
            ("Planning the year", "Our advisers plan the year ahead with you, every spring."),
            ("When the rules change", "We tell you what a new rule means for your firm."),
            ("Let us talk", "Book a call."),
        )
    )
    doc = load(
        f"<html><body><main><h1>Tax advice</h1><p>We file returns.</p>{sections}"
        "</main></body></html>"
    )
    blocks = document_blocks(doc)
    texts = [tb.text for tb in blocks]
    keep = [tb.kind is not BlockKind.HEADING for tb in blocks]
    keep[texts.index("Book a call.")] = False  # the text ends before the last section
    scores = [0.9 if k else 0.2 for k in keep]
    scores[texts.index("When the rules change")] = 0.45  # the scorer's doubt
    found = {texts[i] for i in headings_over_kept(blocks, keep, scores, 0.3)}
    assert found == {"When the rules change"}


EVENTS = [
    ("Cloud Security Summit", "Thu, Apr 2, 9:00 AM", "From $49.00"),
    ("Data Engineering Day", "Fri, Apr 3, 10:00 AM", "Free"),
    ("Frontend Futures", "Sat, Apr 4, 1:00 PM", "From $25.00"),
    ("Robotics in Practice", "Mon, Apr 6, 6:00 PM", "From $15.00"),
    ("Open Source Maintainers Meetup", "Tue, Apr 7, 7:00 PM", "Free"),
    ("Applied Machine Learning Forum", "Wed, Apr 8, 9:30 AM", "From $99.00"),
    ("Quantum Computing Basics", "Thu, Apr 9, 5:00 PM", "From $10.00"),
    ("Product Design Sprint", "Fri, Apr 10, 8:00 AM", "From $75.00"),
]
TILES = [
    ("Wanderrucksack Alpin 30", "89,90 €"),
    ("Daunenschlafsack Nordkap", "249,00 €"),
    ("Trekkingstöcke Carbon", "59,95 €"),
    ("Stirnlampe Lumen 400", "34,90 €"),
    ("Zelt Fjell 2 Personen", "319,00 €"),
    ("Isomatte Komfort Plus", "74,50 €"),
    ("Trinkflasche Edelstahl", "19,95 €"),
    ("Regenjacke Sturm", "129,00 €"),
]
FLAGGED = {0, 3, 5}
"""The items a badge is pinned on: three of eight."""


def _page(lang: str, title: str, main: str) -> str:
    menu = "".join(f'<li><a href="/c/{i}">Category {i}</a></li>' for i in range(10))
    foot = "".join(f'<li><a href="/h/{i}">Help {i}</a></li>' for i in range(6))
    return (
        f'<html lang="{lang}"><head><title>{title}</title></head><body><header><nav><ul>'
        f"{menu}</ul></nav></header><main><h1>{title}</h1>{main}</main><footer><ul>{foot}"
        f"</ul><p>© 2026 Example</p></footer></body></html>"
    )


def event_results(
    badge: str = "Sales end soon", flagged: frozenset[int] = FLAGGED, above: bool = True
) -> str:
    """An events search (en): each card a title, a time, a price and its host; a badge on
    the `flagged` cards, above their titles (else after them)."""

    def card(i: int, name: str, when: str, price: str) -> str:
        flag = f'<p class="badge">{badge}</p>' if i in flagged else ""
        title = f'<h3><a href="/e/{i}">{name}</a></h3>'
        return (
            f'<li><article class="event-card"><div class="card-body">'
            f"{flag + title if above else title + flag}<p>{when}</p><p>{price}</p>"
            f"<p>Hosted by Tech Guild {i}</p></div></article></li>"
        )

    cards = "".join(card(i, *event) for i, event in enumerate(EVENTS))
    return _page("en", "Online tech conferences", f'<ul class="results">{cards}</ul>')


def shop_tiles(badge: str = "Bestseller") -> str:
    """An outdoor shop's category (de): each tile a brand, a linked name and a price; a
    badge above the name of some tiles."""
    tiles = "".join(
        '<div class="tile"><div class="tile-info">'
        + (f'<span class="flag">{badge}</span>' if i in FLAGGED else "")
        + f'<p class="brand">Bergwerk Outdoor</p><h2><a href="/p/{i}">{name}</a></h2>'
        f'<p class="price">{price}</p></div></div>'
        for i, (name, price) in enumerate(TILES)
    )
    return _page("de", "Ausrüstung für Touren", f'<div class="grid">{tiles}</div>')


def test_a_badge_pinned_above_some_items_names_is_left() -> None:
    """Events (en) and a shop (de): the badge some cards wear above their names is a flag
    on the item, not what it says; the names, times and prices stay."""
    for html, names, badge in (
        (event_results("Sales end soon"), [e[0] for e in EVENTS], "Sales end soon"),
        (event_results("Almost sold out"), [e[0] for e in EVENTS], "Almost sold out"),
        (shop_tiles("Bestseller"), [t[0] for t in TILES], "Bestseller"),
        (shop_tiles("Nur noch wenige"), [t[0] for t in TILES], "Nur noch wenige"),
    ):
        text = newsclean.extract(html).text
        assert badge not in text
        assert all(name in text for name in names)


def _badges(html: str) -> set[str]:
    """The texts `item_badges` finds in the events' grid, every block kept."""
    groups = [g for g in page_groups(load(html)) if len(g.items) == len(EVENTS)]
    page = groups[0].page
    return {page[i].text for i in item_badges(groups, [True] * len(page))}


def test_a_badge_is_found_by_its_slot_above_the_names() -> None:
    assert _badges(event_results("Sales end soon")) == {"Sales end soon"}


def test_a_line_every_item_prints_above_its_name_is_no_badge() -> None:
    """Data the items share ("Online" on every card) is what the listing says of each."""
    assert not _badges(event_results("Online", frozenset(range(len(EVENTS)))))


def test_a_flag_after_the_name_of_some_items_is_no_badge() -> None:
    """A fact some items print after their names ("Remote") is the item's."""
    assert not _badges(event_results("Remote", above=False))


EVERY = frozenset(range(len(EVENTS)))
"""Every card of the events' grid."""


def _sentences(html: str) -> set[str]:
    """The texts `item_sentences` finds in the events' grid, every block kept."""
    groups = [g for g in page_groups(load(html)) if len(g.items) == len(EVENTS)]
    page = groups[0].page
    return {page[i].text for i in item_sentences(groups, [True] * len(page))}


def test_a_sentence_every_item_prints_alike_is_the_templates() -> None:
    """A widget's line every card prints (a failed script's message, a rating row), in
    English and in German: the template's words, not what the item says."""
    for line in ("Error rating event. Refresh and try again.",
                 "Bewertung fehlgeschlagen, bitte neu laden"):
        html = event_results(line, EVERY, above=False)
        assert _sentences(html) == {line}
        text = _density_text(html, {"Online tech conferences", line,
                                    *(w for e in EVENTS for w in e)}, set())
        assert line not in text and all(e[0] in text for e in EVENTS)


def test_a_short_value_every_item_shares_is_the_items() -> None:
    """"Online" or "Full-Time" on every card is what the listing says of each item
    (some listings' truths keep it): under `SENTENCE_MIN_WORDS`, it stays."""
    for value in ("Online", "Full-Time", "Remote, EU only"):
        assert not _sentences(event_results(value, EVERY, above=False))


def test_a_sentence_some_items_print_is_left_to_the_scorer() -> None:
    """A line on a few cards only ("Sales end in two days" on three of eight) marks those
    items; it is no template's text."""
    assert not _sentences(event_results("Sales end in two days", above=False))


TOOLS = [
    ("Ledgerline", "Keeps a team's tasks and budgets on one shared board."),
    ("Quillstack", "Turns meeting notes into tasks with owners and dates."),
    ("Harborview", "Tracks shipments and stock across several warehouses."),
    ("Mintcurve", "Plans sprints from the velocity of the last ones."),
    ("Bramblepath", "Maps a project's risks and who answers for each."),
    ("Corvid Desk", "Answers customers' questions from one shared inbox."),
    ("Tallyfern", "Counts the hours each client's work took this month."),
    ("Oakmere", "Draws the timeline of every project on one chart."),
]
"""A ranking's entries: an invented tool's name and its one-line snippet."""
DOUBTED = 0.42
"""What a scorer that never saw a site gives each part of its listing's items."""


class _Scores:
    """A block scorer with fixed answers: `sure` for the blocks whose text is in `kept`,
    `DOUBTED` for those in `doubted`, 0.05 for the rest (menus, the footer)."""

    def __init__(self, kept: set[str], doubted: set[str]) -> None:
        self.kept, self.doubted = kept, doubted
        self.texts: list[str] = []

    def probabilities(self, x: object) -> object:
        import numpy as np

        return np.array([0.9 if t in self.kept else DOUBTED if t in self.doubted else 0.05
                         for t in self.texts])


def _density_text(html: str, kept: set[str], doubted: set[str]) -> str:
    """Density's text with the scorer replaced by `_Scores`."""
    from newsclean.extractors.density import DensityExtractor

    doc = load(html)
    scores = _Scores(kept, doubted)
    scores.texts = [b.text for b in document_blocks(doc)]
    candidate = DensityExtractor(forest=scores).extract(doc)  # type: ignore[arg-type]
    return candidate.text


def ranking(lang: str = "en") -> tuple[str, set[str], set[str]]:
    """A software ranking (a listing): its heading and introduction, then eight entries,
    each a rank, a linked name and a snippet; the scorer sure of the introduction only."""
    intro = "See how the top project tools rank by their users' reviews this year."
    entries = "".join(
        f'<li class="entry"><div class="rank">{i + 1}.</div>'
        f'<h3><a href="/tools/{i}">{name}</a></h3><p class="blurb">{blurb}</p></li>'
        for i, (name, blurb) in enumerate(TOOLS)
    )
    html = _page(lang, "Top ranked project tools",
                 f'<p class="intro">{intro}</p><ol class="ranking">{entries}</ol>')
    doubted = {t for i, (name, blurb) in enumerate(TOOLS) for t in (f"{i + 1}.", name, blurb)}
    return html, {"Top ranked project tools", intro}, doubted


def test_a_listing_whose_items_the_scorer_doubted_as_one_keeps_them() -> None:
    """A ranking read on a site the scorer never saw: each entry's parts at 0.42, none
    kept, the heading and the introduction alone above them. The entries are the page's
    text: kept whole, in order."""
    html, kept, doubted = ranking()
    assert classify(load(html)).page_type in {PageType.LISTING, PageType.COLLECTION}
    text = _density_text(html, kept, doubted)
    assert all(name in text and blurb in text for name, blurb in TOOLS)
    assert text.index(TOOLS[0][0]) < text.index(TOOLS[-1][0])
    assert "Category 3" not in text and "Help 2" not in text


def _story_with_cards(end: str, section: str) -> tuple[list[str], str]:
    """A six-paragraph news story (each paragraph closed by `end`) in an `<article>`,
    followed by a grid of related stories' cards (a linked headline and a snippet each)
    inside `section` (a format string, "{}" the cards): the story's paragraphs and the
    density extractor's text, with the scorer sure of the title and the story and
    doubting every card. The page must read as an article."""
    story = [
        f"The harbour council voted on Tuesday to rebuild the north pier, paragraph {i}, "
        f"after a winter of storms left its timbers split and its lamps dark{end}"
        for i in range(6)
    ]
    cards = "".join(
        f'<div class="card"><h3><a href="/news/{i}">{name} wins a regional award</a></h3>'
        f"<p>{blurb}</p></div>"
        for i, (name, blurb) in enumerate(TOOLS)
    )
    title = "Harbour council votes to rebuild the north pier"
    body = ('<article><p class="byline">By Ana Ruiz, 3 March 2026</p>'
            + "".join(f"<p>{p}</p>" for p in story) + "</article>" + section.format(cards))
    html = _page("en", title, body)
    assert classify(load(html)).page_type is PageType.ARTICLE
    doubted = {t for name, blurb in TOOLS for t in (f"{name} wins a regional award", blurb)}
    return story, _density_text(html, {title, *story}, doubted)


def test_a_storys_related_grid_the_scorer_doubted_stays_out() -> None:
    """A news story with a grid of related stories under it, each a linked headline and a
    snippet at 0.42: on an article the grid is not the page's text."""
    story, text = _story_with_cards(
        ", and the fishing crews who moor there asked for a date the work would start.",
        '<section class="related"><h2>More news</h2>{}</section>')
    assert story[-1] in text
    assert not any(name in text for name, _ in TOOLS)


def _update() -> tuple[str, set[str], set[str]]:
    """A project's development update typed an article, not a listing: a line of
    introduction, then each contributor's name (linked, a heading) over the change they
    sent, and the post's closing words below them; the scorer sure of
    the introduction and the closing words only, unsure of every entry."""
    intro = "Here is our regular update on what the team worked on over the last two weeks."
    outro = "Thanks to everyone who sent a change; the next update follows in two weeks."
    entries = "".join(
        f'<div class="entry"><h2><a href="/u/{i}">{name}</a></h2>'
        f'<ul><li><a href="/change/{i}">{change}</a></li></ul></div>'
        for i, (name, change) in enumerate(TOOLS)
    )
    body = (f'<article><p class="byline">By Ana Ruiz, 3 March 2026</p><p>{intro}</p>'
            f"{entries}<p>{outro}</p></article>")
    html = _page("en", "Development update for March", body)
    doubted = {t for name, change in TOOLS for t in (name, change)}
    return html, {"Development update for March", intro, outro}, doubted


def test_a_posts_entries_the_scorer_doubted_as_one_are_kept_on_any_type() -> None:
    """The item evidence stands without the listing type: a post read as an article
    whose entries (eight titled items, each at 0.42) stand between its introduction and
    its closing words keeps them, in order."""
    html, kept, doubted = _update()
    assert classify(load(html)).page_type not in {PageType.LISTING, PageType.COLLECTION}
    text = _density_text(html, kept, doubted)
    assert all(name in text and change in text for name, change in TOOLS)
    assert text.index(TOOLS[0][1]) < text.index(TOOLS[-1][1]) < text.index("Thanks to")
    assert "Category 3" not in text and "Help 2" not in text


def test_a_storys_grid_after_its_end_stays_out_without_a_heading() -> None:
    """On an article a doubted group of titled items after the last kept block is a "more
    stories" grid (here without the heading `titled_boxes` reads), not the page's text."""
    story, text = _story_with_cards(".", "<section>{}</section>")
    assert story[-1] in text
    assert not any(name in text for name, _ in TOOLS)


def test_a_menu_of_links_inside_a_story_stays_out() -> None:
    """A menu of short links between a story's paragraphs, doubted like a list, holds too
    few words beside the story to be its text (`DOUBTED_MIN_SHARE`)."""
    story = [
        f"The library reopens its east wing on Monday, paragraph {i}, after a year of work "
        "on the roof, the windows and the heating, the council said in a statement."
        for i in range(4)
    ]
    menu = "".join(f'<li><a href="/topic/{i}">Topic {name}</a></li>'
                   for i, (name, _) in enumerate(TOOLS))
    body = ("<article>" + "".join(f"<p>{p}</p>" for p in story[:2])
            + f'<ul class="topics">{menu}</ul>'
            + "".join(f"<p>{p}</p>" for p in story[2:]) + "</article>")
    html = _page("en", "The library's east wing reopens", body)
    doubted = {f"Topic {name}" for name, _ in TOOLS}
    text = _density_text(html, {"The library's east wing reopens", *story}, doubted)
    assert story[0] in text and story[-1] in text
    assert not any(f"Topic {name}" in text for name, _ in TOOLS)
