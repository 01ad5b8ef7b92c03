"""Per page type, which extractors the default chain runs: profiles kept as data.

The default chain (density, then trafilatura when density is unsure) was chosen on news
articles. Other kinds of page have other main content: a listing's or a collection's item
titles and snippets, a product's name, price, description and specifications. When the page
type is sure enough (`Profile.min_score`), the chain runs that type's profile instead of its
own extractors; a type without a profile keeps the default chain. Only the default chain
follows profiles: a chain built with explicit extractors runs what it was given.

Chosen on the tune half of wcxb-dev (WCXB word F1 per true page type of the default chain,
trafilatura, and items-then-trafilatura on each page, for each type's score bar); checked
with `python -m benchmarks --extractors newsclean trafilatura --datasets wcxb-dev`.
Forum, article and service pages keep the default chain.
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


PROFILES: Mapping[PageType, Profile] = {
    # a listing's main content is its items' titles and snippets, which density (looking for
    # one block of prose) drops as link lists: the items extractor takes them when they hold
    # a fair share of the page and no longer prose sits beside them; else the default chain.
    # A listing mistaken for something else loses most, hence the low bar.
    PageType.LISTING: Profile(("items", "density", "trafilatura-fast"), min_score=0.3),
    # a shop's or a product's page, a manual's page: many short parts (tiles, specifications,
    # steps) that density's one block of prose leaves out; trafilatura keeps them. (The items
    # extractor was level with trafilatura on the tune half's collections, and far behind it
    # on the check half: a shop's mega-menu and footer are repeated templates too.)
    PageType.COLLECTION: Profile(("trafilatura",), min_score=0.6),
    PageType.PRODUCT: Profile(("trafilatura",), min_score=0.6),
    PageType.DOCUMENTATION: Profile(("trafilatura",), min_score=0.4),
    # service pages keep the default chain: trafilatura was ahead on the tune half and as
    # far behind on the check half
}
"""Page types whose main content the default chain misses, and what runs instead."""


def profile_for(doc: Document, profiles: Mapping[PageType, Profile] = PROFILES) -> Profile | None:
    """The profile of the page's type, when the type is sure enough; else None."""
    verdict = classify(doc)
    profile = profiles.get(verdict.page_type)
    if profile is None or verdict.score < profile.min_score:
        return None
    return profile
