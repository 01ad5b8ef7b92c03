"""Per page type, which extractors the default chain runs: profiles kept as data.

The default chain (density, then trafilatura when density is unsure) was chosen on news
articles. Other kinds of page have other main content: a listing's or a collection's item
titles and snippets, a product's name, price, description and specifications. When the page
type is sure enough (`Profile.min_score`), the chain runs that type's profile instead of its
own extractors; a type without a profile keeps the default chain. Only the default chain
follows profiles: a chain built with explicit extractors runs what it was given.

The mechanism stays, its table is empty: since density decides with a learned block scorer
(trained on every page type of the dev sets), the default chain beats each profile that
was chosen before it (see `PROFILES`). A profile earns its place again only by measurement.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from newsclean.document import Document
from newsclean.model import PageType
from newsclean.pagetype import classify


@dataclass(frozen=True)
class Profile:
    """The extractors (names or presets, as `Chain` takes them) and policy for one type."""

    extractors: tuple[str, ...]
    policy: str = "first-confident"
    min_score: float = 0.6
    """The page-type score needed before the profile replaces the default chain: an unsure
    verdict keeps the chain that is best on articles, the most common kind."""


ITEMS_FIRST = Profile(("items", "density", "trafilatura-fast"), min_score=0.3)
"""A listing's items first (`newsclean.extractors.items`), else the default chain."""
TRAFILATURA = Profile(("trafilatura",), min_score=0.6)
"""trafilatura with its fallbacks, for pages of many short parts."""

PROFILES: Mapping[PageType, Profile] = {}
"""Page types whose main content the default chain misses, and what runs instead: none
since density's learned block scorer. Before it, listings ran `ITEMS_FIRST` and collections,
products and documentation `TRAFILATURA`; with the scorer, every one of those types scores
higher on the default chain (wcxb-dev, `python -m benchmarks.ratchet --datasets wcxb-dev`
with and without: listing 0.670 with the profile against 0.720 without, collection 0.591
against 0.724, product 0.675 against 0.689, documentation 0.920 against 0.936)."""


def profile_for(
    doc: Document, profiles: Mapping[PageType, Profile] | None = None
) -> Profile | None:
    """The profile of the page's type (from `profiles`, default `PROFILES`), when the type is
    sure enough; else None. Without profiles the page type is not even asked for."""
    profiles = PROFILES if profiles is None else profiles
    if not profiles:
        return None
    verdict = classify(doc)
    profile = profiles.get(verdict.page_type)
    if profile is None or verdict.score < profile.min_score:
        return None
    return profile
