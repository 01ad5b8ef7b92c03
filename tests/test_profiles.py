"""Per-type profiles of the default chain, and the items extractor of listings and shops."""

from __future__ import annotations

from dataclasses import replace

import pytest

import newsclean
from newsclean import profiles
from newsclean.chain import Chain
from newsclean.document import Document, load
from newsclean.extractors.base import Candidate
from newsclean.extractors.items import ItemsExtractor, best_group
from newsclean.model import Block, PageType
from newsclean.pagetype import classify
from newsclean.repeats import page_groups
from tests.test_pagetype import PAGES, article_page, listing_page


def _listing() -> str:
    return listing_page().replace(
        "</h2>", '</h2><a class="more" href="#">Read more</a>'
    )


def test_items_are_the_cards_titles_and_snippets_in_order() -> None:
    candidate = ItemsExtractor().extract(load(_listing()))
    text = candidate.text
    assert "Latest news" in text  # the page's heading comes first
    titles = [f"Story number {i} about the city budget" for i in range(1, 16)]
    positions = [text.index(t) for t in titles]
    assert positions == sorted(positions)
    assert "A short summary of story 7" in text
    assert "Read more" not in text  # a button label, not content
    assert "Older" not in text  # pagination is outside the items
    assert candidate.confidence >= 0.75


def test_no_repeated_items_means_no_answer() -> None:
    candidate = ItemsExtractor().extract(load(article_page()))
    assert candidate.blocks == () or candidate.confidence < 0.75
    assert best_group([]) is None


def test_a_menu_is_not_a_group_of_items() -> None:
    menu = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(12))
    doc = load(f"<html><body><ul class=menu>{menu}</ul><p>{'word ' * 50}</p></body></html>")
    assert page_groups(doc)  # the menu repeats a template...
    assert best_group(page_groups(doc)) is None  # ...but its items are bare links


@pytest.fixture
def listing_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    """The profiles table with the items-first profile on listings (shipped empty)."""
    monkeypatch.setattr(profiles, "PROFILES", {PageType.LISTING: profiles.ITEMS_FIRST})


def test_profiles_ship_empty_and_the_default_chain_runs_everywhere() -> None:
    assert dict(profiles.PROFILES) == {}
    build, url = PAGES[PageType.LISTING]
    assert newsclean.extract(build(), url=url).extractor != "items"


@pytest.mark.usefixtures("listing_profile")
def test_the_default_chain_follows_the_page_type() -> None:
    build, url = PAGES[PageType.LISTING]
    article = newsclean.extract(build(), url=url)
    assert article.page_type is PageType.LISTING
    assert article.extractor == "items"
    story = newsclean.extract(article_page(), url=PAGES[PageType.ARTICLE][1])
    assert story.extractor == "density"


@pytest.mark.usefixtures("listing_profile")
def test_a_chain_given_extractors_ignores_profiles() -> None:
    build, url = PAGES[PageType.LISTING]
    doc = load(build(), url=url)
    chain = Chain(["density"])
    assert chain.for_page(doc) is chain
    default = Chain()
    assert default.for_page(doc) is not default
    assert default.for_page(doc) is default.for_page(load(build(), url=url))  # built once


@pytest.mark.usefixtures("listing_profile")
def test_an_unsure_type_keeps_the_default_chain() -> None:
    build, url = PAGES[PageType.LISTING]
    doc = load(build(), url=url)
    verdict = classify(doc)
    strict = {t: replace(p, min_score=verdict.score + 0.01) for t, p in profiles.PROFILES.items()}
    assert profiles.profile_for(doc, strict) is None
    assert profiles.profile_for(doc) is profiles.PROFILES[PageType.LISTING]


def test_profiles_name_known_extractors() -> None:
    for profile in (*profiles.PROFILES.values(), profiles.ITEMS_FIRST, profiles.TRAFILATURA):
        Chain(profile.extractors, profile.policy)  # raises on an unknown name


@pytest.mark.usefixtures("listing_profile")
def test_explain_shows_the_profile_that_ran() -> None:
    from newsclean.explain import trace

    build, url = PAGES[PageType.LISTING]
    t = trace(build(), url)
    assert t.runs[0].name == "items"
    assert t.winner.extractor == "items"


TILES = ["Walnut desk organizer", "Bamboo monitor stand", "Clamp-on cup holder",
         "Slim under-desk drawer", "Leather headphone hook", "Steel cable tray",
         "Under-desk foot hammock", "Oak desk shelf", "Mobile storage caddy",
         "Modular wall cleat", "Three-drawer file cabinet", "Anti-fatigue standing mat"]


def _shop(priced: bool = True) -> str:
    """A shop's category page: a heading, then a grid of tiles, each a linked name and, on
    a shop, a price (built here, no dataset page)."""
    tiles = "".join(
        f'<div class="tile"><a href="/p/{i}"><img src="/i/{i}.jpg" alt=""></a>'
        f'<div class="name"><a href="/p/{i}">{name}</a></div>'
        + (f'<div class="price">${29 + 10 * i}.00</div>' if priced
           else f'<div class="note">Colour {i} of {name.split()[0]}</div>')
        + "</div>"
        for i, name in enumerate(TILES)
    )
    menu = "".join(f'<li><a href="/c/{i}">Category {i}</a></li>' for i in range(12))
    return (f'<html lang="en"><head><title>Desk accessories</title></head><body>'
            f"<header><nav><ul>{menu}</ul></nav></header><main><h1>Desk accessories</h1>"
            f'<div class="grid">{tiles}</div></main><footer><p>© 2026 A shop</p></footer>'
            "</body></html>")


class Unsure:
    """A stand-in for density on a shop it never saw: unsure of the tiles, it keeps the
    heading alone (what density's scorer did on such pages out of fold)."""

    name = "density"

    def extract(self, doc: Document) -> Candidate:
        return Candidate(extractor=self.name, blocks=(Block(text="Desk accessories"),),
                         confidence=0.1)


def test_priced_items_answer_on_a_grid_of_priced_tiles_only() -> None:
    from newsclean.chain import get_extractor

    priced = get_extractor("priced-items")
    text = priced.extract(load(_shop())).text
    assert "$29.00" in text and "$139.00" in text
    assert "Walnut desk organizer" in text and "Anti-fatigue standing mat" in text
    assert "Category 3" not in text
    assert priced.extract(load(_shop(priced=False))).blocks == ()  # no prices: cards
    assert ItemsExtractor().extract(load(_shop(priced=False))).blocks != ()


def test_priced_items_take_the_priced_tiles_beside_a_bigger_mega_menu() -> None:
    """A shop's mega-menu (a dozen departments of many links each) holds more words than
    its grid: the priced tiles are the shop's items all the same."""
    from newsclean.chain import get_extractor

    department = "".join(f'<a href="/c/{j}">Kind of gear {j}</a> ' for j in range(20))
    mega = "".join(f'<li class="dept"><a href="/d/{i}">Department {i}</a><div>{department}'
                   "</div></li>" for i in range(12))
    page = _shop().replace("<header>", f'<header><ul class="mega">{mega}</ul>')
    text = get_extractor("priced-items").extract(load(page)).text
    assert "Walnut desk organizer" in text and "$139.00" in text
    assert "Department 3" not in text


def test_the_default_chain_takes_the_priced_tiles_when_density_is_unsure() -> None:
    from newsclean.chain import DEFAULT_EXTRACTORS

    members = [Unsure() if e == "density" else e for e in DEFAULT_EXTRACTORS]
    article = newsclean.extract(_shop(), extractors=members)
    assert article.extractor == "items"
    assert "Walnut desk organizer" in article.text and "$49.00" in article.text
    unpriced = newsclean.extract(_shop(priced=False), extractors=members)
    assert unpriced.extractor != "items"
