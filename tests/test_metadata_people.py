"""A value the markup declares as one person is one person (issue 18): a JSON-LD `Person`
object's name, the text of a `rel=author` link. The roles printed after its comma ("Jane
Doe, Master Gardener & Educator") are no second author; a list of people in one field
("Jane Doe, John Roe") or two people and their paper stay as they are."""

from __future__ import annotations

import json

import pytest

from newsclean.document import load
from newsclean.metadata import extract_metadata
from newsclean.metadata.authors import one_person

BODY = "<p>" + "The plants grow well in the light of a north window. " * 12 + "</p>"


def jsonld_page(author: object) -> list[str]:
    data = {"@context": "https://schema.org", "@type": "BlogPosting",
            "headline": "Houseplants for low light", "author": author}
    html = (
        "<html><head><title>Houseplants for low light</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>'
        f"<article><h1>Houseplants for low light</h1>{BODY}</article></body></html>"
    )
    return extract_metadata(load(html)).authors


def tag_and_link_page(author: str, link: bool = True) -> list[str]:
    byline = f'<p>by <a rel="author" href="/author/x/">{author}</a></p>' if link else ""
    html = (
        "<html><head><title>Houseplants for low light</title>"
        f'<meta name="author" content="{author}"></head><body><article>'
        f"<h1>Houseplants for low light</h1>{byline}{BODY}</article></body></html>"
    )
    return extract_metadata(load(html)).authors


@pytest.mark.parametrize(("name", "people"), [
    ("Benjamin Johnson, Senior Director of Operations, Atlas Van Lines", ["Benjamin Johnson"]),
    ("Nicole Forbes, Master Horticulturalist & Garden Educator", ["Nicole Forbes"]),
    ("Marie Dupont, Rédactrice en chef, Le Jardin Moderne", ["Marie Dupont"]),
    ("Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal",
     ["Manoj Jain", "Jagpreet Chhatwal"]),
    ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
])
def test_a_person_objects_name_is_one_person_with_roles(name: str, people: list[str]) -> None:
    assert jsonld_page({"@type": "Person", "name": name}) == people


def test_several_person_objects_stay_several_people() -> None:
    authors = [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}]
    assert jsonld_page(authors) == ["Jane Doe", "John Roe"]


def test_the_author_tag_that_one_author_link_repeats_is_one_person() -> None:
    value = "Nicole Forbes, Master Horticulturalist &amp; Garden Educator"
    assert tag_and_link_page(value) == ["Nicole Forbes"]


def test_an_author_tag_listing_people_without_a_link_stays_a_list() -> None:
    assert tag_and_link_page("Jane Doe, John Roe, Max Mustermann", link=False) == [
        "Jane Doe", "John Roe", "Max Mustermann"
    ]


@pytest.mark.parametrize(("value", "people"), [
    ("Jane Doe, Staff Writer, Acme Gardens", ["Jane Doe"]),
    ("Jane Doe, John Roe", None),
    ("Jane Doe, Reuters", None),
    ("Jane Doe", None),
])
def test_one_person(value: str, people: list[str] | None) -> None:
    assert one_person(value) == people


def account_page(handle: str, link: str) -> list[str]:
    data = {"@context": "https://schema.org", "@type": "BlogPosting",
            "headline": "Ten films to watch this winter",
            "author": {"@type": "Person", "name": handle}}
    html = (
        "<html><head><title>Ten films to watch this winter</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>'
        f"<article><h1>Ten films to watch this winter</h1><p>{link}</p>{BODY}"
        f'<p><a href="/u/{handle}">More by {handle}</a></p></article></body></html>'
    )
    return extract_metadata(load(html)).authors


@pytest.mark.parametrize(("handle", "link", "people"), [
    ("CC7567", '<a href="/u/CC7567"><span class="fn">James Akinaka</span></a>',
     ["James Akinaka"]),
    ("srauturier", 'Words: <a href="/author/srauturier">Solène Rauturier</a>',
     ["Solène Rauturier"]),
    ("akowalska", 'Autor: <a href="/autor/akowalska/">Anna Kowalska</a>', ["Anna Kowalska"]),
    ("jdoe", '<a href="/u/jdoe">JANE DOE</a>', ["Jane Doe"]),
    ("jdoe", '<a href="/u/jdoe">jdoe</a>', ["jdoe"]),  # the handle is what the page shows
    ("jdoe", '<a href="/u/someone">James Akinaka</a>', ["jdoe"]),  # another account
])
def test_a_user_name_is_the_full_name_linked_to_its_page(
    handle: str, link: str, people: list[str]
) -> None:
    assert account_page(handle, link) == people


def test_a_user_name_linked_from_a_comment_stays() -> None:
    comment = '<div class="comments"><a href="/u/jdoe">James Akinaka</a> wrote: nice</div>'
    assert account_page("jdoe", "") == ["jdoe"]
    html = (
        "<html><head><title>Ten films</title><meta name='author' content='jdoe'></head><body>"
        f"<article><h1>Ten films to watch this winter</h1>{BODY}</article>{comment}"
        "</body></html>"
    )
    assert extract_metadata(load(html)).authors == ["jdoe"]
