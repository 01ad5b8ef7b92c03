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
