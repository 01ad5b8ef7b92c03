"""A service page's linked descriptions of its own parts are its text
(`newsclean.extractors.offers`).

Out of fold, on a firm's landing page it never saw, the learned scorer kept the page's
introduction and gave each card of its services (a heading, two sentences, "Find out more",
the whole card one link to the service's page) 0.05-0.2. The pages here are built in the
test; the unseen scorer's verdict is replayed by lowering the shipped scorer's
probabilities on the cards, and the page's type is given (deciding it is
`newsclean.pagetype`'s job, tested on its own)."""

from __future__ import annotations

import pytest

from newsclean.blocks import segment
from newsclean.document import load
from newsclean.extractors.density import DensityExtractor, DensityParams
from newsclean.extractors.offers import linked_offers
from newsclean.model import PageType
from tests.markup import replay_scorer

URL = "https://northwind.example/en/services.html"
SERVICES = ["Audit", "Tax", "Consulting", "Risk"]


def _card(name: str, href: str) -> str:
    return (f'<a class="card" href="{href}"><h3>{name}</h3><p>{name} for growing firms: our '
            "specialists review your processes, find the risks that matter and help your team "
            "act on them, with clear reports and practical next steps.</p>"
            "<span>Find out more</span></a>")


def _page(cards: str) -> str:
    return (
        '<html lang="en"><body><nav><a href="/">Home</a> <a href="/en/about.html">About</a></nav>'
        "<main><h1>Our services</h1>"
        "<p>At Northwind we see every challenge as an opportunity for growth. Our people combine "
        "experience with new ideas to help clients of every size, in every industry, reach "
        "their goals.</p>"
        f'<div class="grid">{cards}</div>'
        "<p>Not sure where to start? Tell us about your business and one of our partners will "
        "call you back within two working days to talk it through with you.</p></main>"
        "<footer><p>© Northwind Advisory. All rights reserved.</p></footer></body></html>"
    )


SERVICE_CARDS = "".join(_card(s, f"/en/services/{s.lower()}.html") for s in SERVICES)


def _unseen(monkeypatch: pytest.MonkeyPatch, page_type: PageType) -> None:
    """The shipped scorer with every card's description at 0.1, and the page's type."""
    replay_scorer(monkeypatch, lambda text: 0.1 if "for growing firms" in text else None,
                  page_type)


def _text(html: str, params: DensityParams | None = None, url: str | None = URL) -> str:
    return DensityExtractor(params).extract(load(html, url)).text


def test_a_service_pages_linked_descriptions_join_its_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _unseen(monkeypatch, PageType.SERVICE)
    text = _text(_page(SERVICE_CARDS))
    assert all(f"{s} for growing firms" in text for s in SERVICES)
    assert "Not sure where to start?" in text and "©" not in text
    off = _text(_page(SERVICE_CARDS), DensityParams(linked_offers=False))
    assert "Not sure where to start?" in off and "for growing firms" not in off


@pytest.mark.parametrize("page_type", [PageType.ARTICLE, PageType.LISTING, PageType.PRODUCT])
def test_on_other_pages_the_same_cards_stay_out(
    monkeypatch: pytest.MonkeyPatch, page_type: PageType
) -> None:
    _unseen(monkeypatch, page_type)
    assert "for growing firms" not in _text(_page(SERVICE_CARDS))


@pytest.mark.parametrize("url", [None, "https://northwind.example/", "file:///tmp/page.html"])
def test_without_the_pages_own_address_nothing_is_below_it(
    monkeypatch: pytest.MonkeyPatch, url: str | None
) -> None:
    _unseen(monkeypatch, PageType.SERVICE)
    assert "for growing firms" not in _text(_page(SERVICE_CARDS), url=url)


def _found(html: str, url: str | None = URL) -> list[str]:
    """What the pass finds when the first and the last paragraph are kept."""
    blocks = segment(load(html, url).tree)
    keep = [b.text.startswith(("At Northwind", "Not sure")) for b in blocks]
    return [blocks[i].text[:10] for i in linked_offers(blocks, keep, 15, url, url)]


def test_a_card_is_a_part_of_the_page_only_when_it_links_below_it() -> None:
    assert _found(_page(SERVICE_CARDS)) == [f"{s} for gro"[:10] for s in SERVICES]
    teasers = "".join(_card(s, f"/en/insights/{s.lower()}-outlook.html") for s in SERVICES)
    assert _found(_page(teasers)) == []  # another branch of the site: teasers
    elsewhere = "".join(_card(s, f"https://other.example/en/services/{s.lower()}")
                        for s in SERVICES)
    assert _found(_page(elsewhere)) == []  # another site
    assert _found(_page(SERVICE_CARDS), url="https://northwind.example/en/services/") != []


def test_cards_outside_the_kept_text_stay_out() -> None:
    html = _page("").replace("</main>", f'</main><div class="more">{SERVICE_CARDS}</div>')
    assert _found(html) == []  # after the last kept block: where teasers and footers sit


def test_without_a_url_the_pages_canonical_link_is_its_address(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _unseen(monkeypatch, PageType.SERVICE)
    canonical = f'<html lang="en"><head><link rel="canonical" href="{URL}"></head>'
    html = _page(SERVICE_CARDS).replace('<html lang="en">', canonical)
    assert "Audit for growing firms" in _text(html, url=None)
