"""schema.org types counted by their place in the vocabulary (benchmarks.schema_types)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from benchmarks import schema_types
from newsclean import pagetype
from newsclean.document import load

HAND_LISTED: dict[str, set[str]] = {
    "article": {
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
        "liveblogposting", "scholarlyarticle", "report", "satiricalarticle",
        "advertisercontentarticle", "medicalscholarlyarticle", "newsmediaorganization",
    },
    "tech": {"techarticle", "apireference", "softwaresourcecode"},
    "product": {
        "product", "productgroup", "productmodel", "individualproduct", "offer",
        "aggregateoffer", "vehicle", "car", "book", "someproducts",
    },
    "rating": {"aggregaterating", "review", "rating"},
    "forum": {
        "discussionforumposting", "qapage", "question", "answer", "comment",
        "socialmediaposting",
    },
    "list": {"itemlist", "collectionpage", "searchresultspage", "offercatalog", "listitem"},
    "faq": {"faqpage", "howto", "howtostep"},
    "service": {
        "service", "localbusiness", "professionalservice", "financialservice",
        "legalservice", "homeandconstructionbusiness", "medicalbusiness", "dentist",
        "medicalclinic", "store", "softwareapplication", "webapplication",
        "mobileapplication", "offershippingdetails", "contactpoint", "servicechannel",
    },
    "organization": {"organization", "corporation", "onlinebusiness", "brand"},
    "webpage": {"webpage", "itempage", "aboutpage", "contactpage"},
    "website": {"website", "searchaction"},
    "breadcrumb": {"breadcrumblist"},
    "person": {"person", "profilepage"},
    "event": {"event", "course", "jobposting", "recipe", "videoobject"},
}
"""The groups as they were listed by hand before the hierarchy was read (stop 68)."""


def _group_of(name: str) -> set[str]:
    return {group for group, names in pagetype.SCHEMA_GROUPS.items() if name in names}


@pytest.mark.parametrize("group", sorted(HAND_LISTED))
def test_every_hand_listed_type_keeps_its_group(group: str) -> None:
    for name in HAND_LISTED[group]:
        assert _group_of(name) == {group}, name


@pytest.mark.parametrize(
    ("name", "group"),
    [("bakery", "service"), ("hotel", "service"), ("autorepair", "service"),
     ("realestateagent", "service"), ("musicevent", "event"), ("sportsevent", "event"),
     ("discussionforumposting", "forum"), ("techarticle", "tech"),
     ("newsmediaorganization", "article"), ("usercomments", "forum")],
)
def test_a_type_counts_in_the_group_of_its_nearest_listed_ancestor(name: str, group: str) -> None:
    assert _group_of(name) == {group}


@pytest.mark.parametrize("name", ["postaladdress", "mediagallery", "imagegallery"])
def test_a_stopped_subtree_counts_in_no_group(name: str) -> None:
    """A PostalAddress is a ContactPoint, but every organisation states one; an ImageGallery
    is a CollectionPage, but as often an article's photo gallery."""
    assert _group_of(name) == set()


def _features(obj: dict[str, Any]) -> dict[str, float]:
    script = f'<script type="application/ld+json">{json.dumps(obj)}</script>'
    html = f"<html><head>{script}</head><body><h1>Name</h1><p>Some text here.</p></body></html>"
    return pagetype.features(load(html))


@pytest.mark.parametrize(
    ("declared", "group"),
    [("Bakery", "service"), ("Restaurant", "service"), ("MusicEvent", "event"),
     ("DiscussionForumPosting", "forum")],
)
def test_a_page_declaring_a_subtype_nobody_listed_has_its_groups_signal(
    declared: str, group: str
) -> None:
    feats = _features({"@context": "https://schema.org", "@type": declared, "name": "N"})
    assert feats[f"schema:{group}"] > 0
    assert feats["schema:article"] == 0


def test_the_nearest_root_wins_ties_go_to_the_first_group_and_none_stops() -> None:
    parents = {
        "Thing": (), "Work": ("Thing",), "Post": ("Work",), "ForumPost": ("Post",),
        "Shop": ("Thing",), "Bakery": ("Shop",), "Both": ("Post", "Shop"),
        "Address": ("Shop",), "Flat": ("Address",),
    }
    roots = {"Work": "article", "ForumPost": "forum", "Shop": "service", "Post": "article",
             "Address": None}
    group = {t: schema_types.nearest_group(t, parents, roots) for t in parents}
    assert group == {
        "Thing": None, "Work": "article", "Post": "article", "ForumPost": "forum",
        "Shop": "service", "Bakery": "service", "Both": "article", "Address": None,
        "Flat": None,
    }
