"""Page metadata: title, authors, dates, site, language, description, image, URL, tags.

Sources, and the order they are tried in for each field, are data: `ORDER` below. For every
field the first source that yields a usable value wins; later sources are not mixed in
(one coherent record beats a patchwork). Conflict rules on top of that order:

- title: the first metadata title the page's `<title>` or `<h1>` confirms; else the
  `<title>` where an `<h1>` agrees with it and the metadata says something else; else the
  first. The winner is cleaned of site-name segments (`titles.strip_site`), using the site
  name, the URL's host (the canonical link's, when no URL is given) and the page's `<h1>`;
  a title that is the site's name yields to the page's heading or `<title>`, and on a blog
  post (`BlogPosting`) the one heading beats a metadata title that words the headline
  otherwise (the post's search-engine title). Headings the page does not show (logo,
  dialog, hidden) are no source (`sources.headline_groups`).
- authors: the first source that yields at least one person name gives all the names; the
  wire service (`agency`) is the first agency named by any byline source, and agencies are
  never listed as authors. Organisations are recognised by their words ("News", "Staff",
  "Media", ...); the site's own name is dropped only beside another name (a personal blog
  is named after its author). Last of all, the page's app state (a JSON data script such
  as `__NEXT_DATA__`): the record that names the page's headline names its authors
  (`appstate`).
- published / modified: a date-only value stays a `date` (its zone is unknown); a time
  without a zone stays a naive `datetime`. When `published` is later than `modified`, the
  `modified` value is dropped (it is the rarer, less trusted field). A date printed after
  "Today" is never taken, and a day printed without a time (or found by the page search,
  `pagedate`) that equals the day of extraction is dropped where it stands above the
  headline outside the story's `<article>` or `<main>`, away from its byline and without
  a "Published"/"Updated" label, or in the page's header, navigation or footer (not an
  `<article>`'s own): there it is the masthead's clock; under the headline, beside the
  byline, labelled, or in the story's section it is the story's (`visible.in_masthead`,
  `pagedate.element_day`; where no sure headline places it, only the byline or the label
  does). A UTC time
  that another markup source gives in the publisher's zone is taken in that zone (the
  day its readers saw). The date printed under the headline replaces the markup's
  `published` where it is two or more days earlier, or later and named by another
  markup source (the sources disagree; the page shows one of them). Where no
  metadata source names a publication date, `pagedate.search_day` looks for one in the
  URL, script JSON, the markup's modification date, the page's elements and its lead
  image's URL, in that order.
- image and canonical_url are made absolute against `url` (and `<base href>`).

Bad input never raises: unreadable values fall through to the next source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import TypeVar
from urllib.parse import urljoin, urlsplit

from newsclean.blocks import document_blocks, longest_blocks
from newsclean.document import Document
from newsclean.metadata import pagedate
from newsclean.metadata.appstate import from_app_state
from newsclean.metadata.authors import (
    declared_desk,
    is_single_word,
    looks_like_name,
    one_person,
    parse_byline,
    printed_desk,
)
from newsclean.metadata.dates import When, aware, day_of, later, parse_date
from newsclean.metadata.language import checked, identify
from newsclean.metadata.sources import (
    SOURCES,
    Found,
    Page,
    first_figure_image,
    is_blog_post,
    is_logo,
    is_shown,
    page_of,
)
from newsclean.metadata.titles import (
    MIN_APPENDED_WORDS,
    after_byline,
    after_cut_headline,
    after_headline,
    as_shown,
    before_pipe,
    clean_site_name,
    clean_text,
    coloned_site,
    confirms,
    host_part,
    leading_runs,
    lost_headline,
    one_heading,
    outer_segment,
    owned_segment,
    renumbered,
    reworded_heading,
    shown_at_an_end,
    site_before_pipe,
    site_keys,
    site_segment,
    strip_site,
    text_key,
    title_remainder,
    title_words,
    unspaced_char,
    without_bracketed_note,
    without_heading_label,
)
from newsclean.metadata.visible import (
    display_names,
    from_labelled,
    from_visible,
    shown,
    story_headline,
)
from newsclean.stoplists import clear_language

__all__ = ["ORDER", "Metadata", "extract_metadata"]

T = TypeVar("T")


@dataclass
class Metadata:
    """Metadata gathered from the page before the Article is assembled."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | date | None = None
    modified: datetime | date | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    image: str | None = None
    canonical_url: str | None = None
    tags: list[str] = field(default_factory=list)
    """Keywords/tags, each once."""
    categories: list[str] = field(default_factory=list)
    agency: str | None = None
    author_organizations: list[str] = field(default_factory=list)
    """Where no person is named: the desk, team or organisation the markup declares as the
    author (`authors.declared_desk`)."""
    sources: dict[str, str] = field(default_factory=dict)
    """field -> the source that gave it (e.g. "jsonld", "meta", "visible"): for debugging."""
    fetched: datetime | None = None
    """When the page was fetched, where the caller said (zone-aware): what the dates were
    read as of, and what a relative date line in the body counts back from."""


Step = tuple[str, str]
"""(source, field of that source): one place a value is looked for."""

ORDER: dict[str, tuple[Step, ...]] = {
    "title": (("jsonld", "title"), ("meta", "title"), ("microdata", "title"),
              ("markup", "title"), ("h1", "title")),
    "authors": (("jsonld", "authors"), ("meta", "authors"), ("microdata", "authors"),
                ("markup", "authors"), ("visible", "authors"), ("labelled", "authors"),
                ("labelled", "label_lines"), ("labelled", "links"), ("visible", "dated_names"),
                ("appstate", "authors")),
    "published": (("jsonld", "published"), ("meta", "published"), ("microdata", "published"),
                  ("markup", "published"), ("visible", "published")),
    "modified": (("jsonld", "modified"), ("meta", "modified"), ("microdata", "modified"),
                 ("visible", "modified")),
    "site_name": (("meta", "site_name"), ("jsonld", "site_name"), ("meta", "site_name_weak")),
    "language": (("markup", "language"), ("meta", "language"), ("jsonld", "language")),
    "description": (("jsonld", "description"), ("meta", "description"),
                    ("microdata", "description")),
    "image": (("meta", "image"), ("jsonld", "image"), ("microdata", "image"),
              ("markup", "image")),
    "canonical_url": (("markup", "canonical_url"), ("meta", "canonical_url"),
                      ("jsonld", "canonical_url")),
    "tags": (("jsonld", "tags"), ("meta", "tags")),
    "categories": (("jsonld", "categories"), ("meta", "categories")),
}
"""Per field, the places a value is looked for, best first."""

TEXT_SOURCES = frozenset({"visible"})
"""Sources read from printed text (the lines around the headline)."""
MARKUP_DATE_SOURCES = frozenset({"jsonld", "meta", "microdata"})
"""Date sources that write a time with its zone (`<time pubdate>` rarely does)."""
MAX_DATES = 5
"""Values of one date group compared (a page lists one date per tag, rarely a few)."""
PRINTED = frozenset({"visible", "labelled"})
"""Author sources read from the page's text rather than its markup: their full names do
not replace a user name that the markup declares and the page prints (forum posts print
the user's titles beside it). A declared user name that the page never prints
("andrew.keaveney") is the account that posted the story: the printed byline names the
writer."""
GUESSES = frozenset({("visible", "dated_names")})
"""Author steps that take a name by its shape alone, unlabelled: they fill an empty field
but never replace a user name that the markup declares."""
ELLIPSES = ("...", "…")
WITNESS_SOURCES = ("markup", "h1")
"""Title sources that are the page's own text: they confirm metadata titles."""
MIN_WITNESS = 12
"""Characters a heading needs before a longer title containing it counts as confirmed."""
REPRINT_DAYS = 2
"""Days by which a printed date must precede the markup's to replace it: one day apart is
the same moment written in two time zones ("Dec 18, 7 pm" and "2025-12-19T03:00Z")."""
WORD = re.compile(r"\w+")
MAX_TAGS = 50
MAX_TAG_CHARS = 100
_TAG_SPLIT = re.compile(r"(?<!\s)\s*[,;]\s*")  # (?<!\s): linear on long whitespace runs
_MACHINE_TAG = re.compile(r"[@:=]|^[^\s]*_[^\s]*$")
"""Tags for the site's machinery ("@post-id:1913719", "autoplay_video"), not for readers."""
_BCP47 = re.compile(
    r"^(?P<lang>[a-z]{2,3})(?:-(?P<script>[a-z]{4}))?(?:-(?P<region>[a-z]{2}|\d{3}))?"
    r"(?:-[a-z0-9]{5,8})*$",
    re.IGNORECASE,
)


PAGE_READERS: dict[str, Callable[[Page], Found]] = {
    **SOURCES, "labelled": from_labelled, "appstate": from_app_state,
}
"""Every source read from the page alone, by name: the readers of `sources.SOURCES` and
those of the modules built on `sources` (which `sources` cannot import back). The visible
source is not among them: it also needs the headline it looks for and the clock."""


class _Lookup:
    """Runs each source once, on demand, and hands out its groups for a field."""

    def __init__(self, page: Page, now: datetime, fetched: datetime | None = None) -> None:
        self.page = page
        self.now = now
        self.fetched = fetched
        self.found: dict[str, Found] = {}
        self.title_hint: Callable[[], str | None] = lambda: None
        """The headline the visible source looks for: worked out only if that source runs."""
        self.headings: Callable[[], list[str]] = cache(lambda: _page_headings(self))
        """The page's headings (`_page_headings`), found once: the title's choice, the site's
        parts and the `<title>`'s agreement with a heading each read them."""

    def groups(self, source: str, name: str) -> list[list[str]]:
        if source not in self.found:
            if source == "visible":
                self.found[source] = from_visible(
                    self.page, self.title_hint(), self.now, self.fetched
                )
            else:
                self.found[source] = PAGE_READERS[source](self.page)
        return self.found[source].get(name, [])

    def first(
        self, name: str, meta: Metadata, accept: Callable[[str, str], T | None]
    ) -> T | None:
        """The first value in the field's order that `accept(source, raw)` turns into a
        usable one; its source is noted in `meta.sources`."""
        for source, key in ORDER[name]:
            for group in self.groups(source, key):
                for value in group:
                    accepted = accept(source, value)
                    if accepted is not None:
                        meta.sources[name] = source
                        return accepted
        return None


def _text(source: str, value: str) -> str | None:
    return clean_text(value) or None


def bcp47(value: str | None) -> str | None:
    """A language tag in BCP 47 case ("en_us" -> "en-US"), else None."""
    if not value:
        return None
    token = re.split(r"[\s,;]+", value.strip())[0].replace("_", "-")
    match = _BCP47.match(token)
    if not match:
        return None
    parts = [match.group("lang").lower()]
    if match.group("script"):
        parts.append(match.group("script").title())
    if match.group("region"):
        parts.append(match.group("region").upper())
    return "-".join(parts)


def _absolute(value: str | None, base: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if value.startswith("//") and not base:
        return "https:" + value
    if base:
        try:
            value = urljoin(base, value)
        except ValueError:
            return None
    try:
        scheme = urlsplit(value).scheme
    except ValueError:  # malformed ("http://[x/a.jpg"): not a usable URL
        return None
    if scheme in {"http", "https"}:
        return value
    return value if not base and not value.lower().startswith(("javascript:", "data:")) else None


def _base_url(page: Page) -> str | None:
    url = page.url
    hrefs = [href for el in page.tagged("base") if (href := el.get("href")) is not None]
    if url and hrefs:
        try:
            return urljoin(url, str(hrefs[0]).strip())
        except ValueError:
            return url
    return url


def _split_list(groups: list[list[str]]) -> list[str]:
    out: dict[str, str] = {}
    for group in groups:
        for value in group:
            for part in _TAG_SPLIT.split(clean_text(value)):
                part = part.strip(" #")
                if _MACHINE_TAG.search(part):
                    continue
                if part and len(part) <= MAX_TAG_CHARS and part.casefold() not in out:
                    out[part.casefold()] = part
        if out:
            break  # the first group with tags gives them all
    return list(out.values())[:MAX_TAGS]


def _date(lookup: _Lookup, name: str, meta: Metadata) -> When | None:
    def accept(source: str, value: str) -> When | None:
        return parse_date(value, lookup.now)  # the visible source drops a masthead's clock

    return lookup.first(name, meta, accept)


def _dates_given(
    lookup: _Lookup, name: str, sources: Callable[[str], bool]
) -> Iterator[tuple[When, str]]:
    """Every date the page's sources of `name` give (at most `MAX_DATES` a group), with
    its source, in `ORDER`, from the sources `sources` admits."""
    for source, key in ORDER[name]:
        if not sources(source):
            continue
        for group in lookup.groups(source, key):
            for raw in group[:MAX_DATES]:
                value = parse_date(raw, lookup.now)
                if value is not None:
                    yield value, source


def _in_local_time(lookup: _Lookup, name: str, value: When) -> When:
    """`value` written in the publisher's zone where it is a UTC time and another markup
    source gives the same instant with an offset: "2017-02-24T01:18:13Z" in JSON-LD and
    "2017-02-23T17:18:13-08:00" in a meta tag are one moment, and its day as the page's
    readers saw it is the 23rd."""
    if not isinstance(value, datetime) or value.utcoffset() != timedelta(0):
        return value
    for other, _ in _dates_given(lookup, name, MARKUP_DATE_SOURCES.__contains__):
        if isinstance(other, datetime) and other.utcoffset() and other == value:
            return other
    return value


def _markup_date_on(lookup: _Lookup, day: date) -> tuple[When, str] | None:
    """The first publication date of the markup (any source, any key) on `day`, and its
    source. Where a page's markup sources disagree ("datePublished" 2024 in JSON-LD,
    "article:published_time" 2025 in a meta tag), the one the page prints under its
    headline is the date readers were told."""
    given = _dates_given(lookup, "published", lambda source: source not in TEXT_SOURCES)
    return next(((value, source) for value, source in given if day_of(value) == day), None)


def _printed_date(lookup: _Lookup) -> When | None:
    """The publication date printed beside the headline, where the page prints one.

    The markup's date is re-written when a site moves or re-renders its archive; the date
    printed under the headline is what readers were told. When the printed day is
    `REPRINT_DAYS` or more earlier, it is the publication (the later markup date is a
    re-publication, not the story's)."""
    for group in lookup.groups("visible", "published_near"):
        for value in group:
            parsed = parse_date(value, lookup.now)
            if parsed is not None:
                return parsed
    return None


def _printed_near(lookup: _Lookup, day: date) -> bool:
    """Whether the page prints `day` among the dates under its headline. A page that
    prints the markup's day beside an earlier one shows a history (a paper's "Received",
    "Accepted", "Published"; a first version and the current one): the earlier day is
    another event, not a publication the markup forgot."""
    for group in lookup.groups("visible", "published_all_near"):
        for value in group:
            words = value.split()  # one line may print them all: read from each word on
            for at in range(len(words)):
                parsed = parse_date(" ".join(words[at:]), lookup.now)
                if parsed is not None and day_of(parsed) == day:
                    return True
    return False


def _printed_publication(lookup: _Lookup, published: When) -> tuple[When, str] | None:
    """The publication date printed under the headline, and its source, where it differs
    from the markup's `published` and wins over it: printed `REPRINT_DAYS` or more earlier
    (`_printed_date`), or later and given by another markup source (`_markup_date_on`).

    A printed date later than the markup's alone is no publication: it is as often an
    update the page shows as its date while the markup keeps the first publication (an
    evergreen guide re-dated at each revision)."""
    printed = _printed_date(lookup)
    if printed is None:
        return None
    gap = (day_of(published) - day_of(printed)).days
    if gap >= REPRINT_DAYS:
        return None if _printed_near(lookup, day_of(published)) else (printed, "visible")
    if gap <= -REPRINT_DAYS:
        return _markup_date_on(lookup, day_of(printed))
    return None


def _searched_day(lookup: _Lookup, meta: Metadata, free_text: bool) -> When | None:
    """The publication day searched in the page (`pagedate.search_day`) for a page whose
    metadata names none; the markup's modification date is one of its steps (a printed
    "Updated" line is read there in its turn)."""
    modified = meta.modified if meta.sources.get("modified") not in TEXT_SOURCES else None
    head = story_headline(lookup.page, lookup.title_hint())
    found = pagedate.search_day(
        lookup.page, lookup.now, modified, free_text=free_text, headline=head
    )
    if found is None:
        return None
    meta.sources["published"] = found.source
    if meta.modified is None and found.source == pagedate.UPDATE_SOURCE:
        meta.modified = found.day  # the day the page says it was updated is its modified
        meta.sources["modified"] = found.source
    elif meta.modified is None and found.updated is not None:
        meta.modified = found.updated  # "05/03/2026 (Updated 06/03/2026)": the line's second
        meta.sources["modified"] = found.source
    return found.day


def _description(lookup: _Lookup, meta: Metadata) -> str | None:
    """The first description; if cut short with an ellipsis, another source's full text.

    Sites cut one of their descriptions ("... to the...") and keep another whole; the
    whole one is the same summary, so it replaces the cut one.
    """
    first = lookup.first("description", meta, _text)
    return first and _in_full(first, "description", ORDER["description"], lookup, meta)


def _in_full(
    text: str, name: str, sources: Iterable[tuple[str, str]], lookup: _Lookup, meta: Metadata,
    per_group: int | None = None,
) -> str:
    """`text`, or where it ends with an ellipsis, the first value of `sources` (pairs of
    source and key; the first `per_group` values of each group) that goes on from it: the
    same text uncut. Its source is noted as the field `name`'s."""
    stem = text_key(text.rstrip("".join(ELLIPSES) + " ")) if text.endswith(ELLIPSES) else ""
    if not stem:
        return text
    for source, key in sources:
        for group in lookup.groups(source, key):
            for value in group[:per_group]:
                full = clean_text(value)
                if len(text_key(full)) > len(stem) and text_key(full).startswith(stem):
                    meta.sources[name] = source
                    return full
    return text


def _language(
    lookup: _Lookup, meta: Metadata, doc: Document, title: str | None
) -> str | None:
    """The declared language, checked against the script of the title and description and,
    with the `langid` extra, against the language of the page's longest text. Either names
    the language of a page that declares none: the text's, or a script only one language
    writes (kana: Japanese); without the extra, the stoplist language the text is clearly
    written in (`stoplists.clear_language`)."""
    declared: dict[str, str] = {}  # tag -> the first source declaring it, in ORDER
    for source, key in ORDER["language"]:
        for group in lookup.groups(source, key):
            for tag in filter(None, map(bcp47, group[:3])):
                declared.setdefault(tag, source)
    longest = longest_blocks(document_blocks(doc))
    identified = identify(" ".join(b.text for b in longest), list(declared))
    if identified is None and not declared:  # no model, no declaration: the stopwords
        identified = clear_language([b.text for b in longest])
    language = checked(list(declared), f"{title or ''} {meta.description or ''}", identified)
    if language is not None:
        meta.sources["language"] = declared.get(language, "text")
    return language


def _title(lookup: _Lookup, meta: Metadata) -> str | None:
    """The first metadata title that the page's `<title>` or `<h1>` confirms; else the
    `<title>` that an `<h1>` agrees with (`_witnesses_agree`), unless the first metadata
    title is the same headline written another way; else the first.

    A headline printed nowhere else on the page (a JSON-LD "headline" that is really a
    summary) loses to a metadata title that the page's own title or heading holds. With
    no metadata title at all, `<title>` then `<h1>` are used. The site's logo and headings
    the page does not show are no heading (`sources.is_logo`, `sources.is_shown`).
    """
    witnesses = [
        (clean_text(v), w) for source in WITNESS_SOURCES
        for group in lookup.groups(source, "title") for v in group[:5] if (w := text_key(v))
    ]
    candidates: list[tuple[str, str]] = []
    headless: list[tuple[str, str]] = []  # "| The Site": kept only where nothing else is
    for source, key in ORDER["title"]:
        if source in WITNESS_SOURCES and candidates:
            break
        for group in lookup.groups(source, key):
            for cleaned in filter(None, (clean_text(v) for v in group[:5])):
                (headless if lost_headline(cleaned) else candidates).append((cleaned, source))
    candidates = candidates or headless
    if not candidates:
        return None
    site_parts = _site_parts(lookup)  # the `<title>` holds them beside the headline
    agreed = _witnesses_agree(lookup)
    candidates = [c for c in candidates if text_key(c[0]) not in site_parts] or [
        (agreed[0], "markup") for _ in [agreed] if agreed
    ] or candidates
    for cleaned, source in candidates:
        wanted = text_key(cleaned)
        if wanted and any(confirms(text, cleaned) or (len(w) >= MIN_WITNESS and w in wanted)
                          for text, w in witnesses):
            meta.sources["title"] = source
            return _completed(cleaned, lookup, meta)
    if agreed and (not _same_headline(candidates[0][0], *agreed)
                   or renumbered(candidates[0][0], agreed[1])):
        meta.sources["title"] = "markup"
        return agreed[0]
    meta.sources["title"] = candidates[0][1]
    return _completed(candidates[0][0], lookup, meta)


def _site_parts(lookup: _Lookup) -> set[str]:
    """What the page's `<title>` holds beside a heading the page shows ("The Site" of
    "Headline | The Site" over an `<h1>` "Headline"), as `text_key`s: a metadata title
    that is one of them is the site's name (an `og:title` "The Site"), which the
    `<title>` holds and so seems to confirm."""
    parts = set()
    for title, heading in _titles_and_headings(lookup):
        rest = title_remainder(title, heading)
        if rest and text_key(rest) != text_key(heading):
            parts.add(text_key(rest))
    return parts


def _titles_and_headings(lookup: _Lookup) -> Iterator[tuple[str, str]]:
    """Each pair of the page's `<title>` and one of its first `<h1>`s (`_page_headings`, as
    `_Lookup.headings` found them),
    cleaned: the two sources of the page's own text that `_site_parts` and
    `_witnesses_agree` compare."""
    titles = [clean_text(v) for group in lookup.groups("markup", "title") for v in group[:1]]
    headings = [clean_text(v) for v in lookup.headings()]
    for title in titles:
        for heading in headings:
            yield title, without_heading_label(heading, title)


MAX_SUBHEADINGS = 5
"""`<h2>`s and `<h3>`s read on a page without an `<h1>` (`_page_headings`)."""


def _page_headings(lookup: _Lookup) -> list[str]:
    """The page's first `<h1>` texts (shown, not the logo; on a page without one, the line
    that prints its headline, `sources.printed_headline`); where neither is found, its
    first `<h2>`s and `<h3>`s whose text begins or ends its `<title>` at a separator, beside
    a rest of `MIN_APPENDED_WORDS` words or more: blog and forum templates set the post's
    title in one (Blogger's `post-title`, phpBB's `topic-title`, a link to the topic) and
    print it in the `<title>` with the site's name, which the agreement then tells. One
    word beside it is a section or a name as often ("Electrical - Overview", "… |
    Factorio", whose truths keep the `<title>` whole), and another `<h2>` a section's
    heading: no source. A colon parts them too where the other side is the name the page
    gives its site (`coloned_site`: Blogger's classic "Blog's Name: Post title" under the
    blog's name linked home)."""
    h1s = [v for group in lookup.groups("h1", "title") for v in group[:5]]
    if h1s:
        return h1s
    title = next((clean_text(v) for g in lookup.groups("markup", "title") for v in g[:1]), "")
    if not title:
        return []
    found = []
    for tag in ("h2", "h3"):
        for heading in lookup.page.tagged(tag)[:MAX_SUBHEADINGS]:
            text = clean_text(heading.text_content())
            rest = text and (title_remainder(title, text)
                             or coloned_site(title, text, lookup.page.own_names))
            if rest and len(title_words(rest)) >= MIN_APPENDED_WORDS \
                    and is_shown(heading) and not is_logo(heading):
                found.append(text)
    return found


def _heading_instead(title: str, headings: tuple[str, ...], page: Page) -> str | None:
    """The page's one heading in place of its metadata title: where its words begin or end
    the title (`shown_at_an_end`), or, on a blog post, where it words the same headline
    otherwise (`reworded_heading`): blogs fill their metadata from the post's search-engine
    title, and print the title the author gave the post in its `<h1>`."""
    heading = shown_at_an_end(title, headings)
    if heading is None and (one := one_heading(headings)) \
            and any(renumbered(run, one) for run in leading_runs(title)):
        return one  # the page prints this year's figure, its metadata last year's
    if heading is None and (heading := reworded_heading(title, headings)) is not None:
        return heading if is_blog_post(page) else None
    return heading


MIN_SAME_WORDS = 0.5
"""Share of a metadata title's words in the page's own title, and of its heading's words in
the metadata title, from which both are one headline written two ways ("Dropbox's ATF - an
async task framework", "Dropbox ATF: an async task framework"); the metadata's way is kept.
Below it the metadata says something else: a teaser for social cards, the first item of a
listing, a section or a word of the headline ("Politics", "Budget")."""


def _same_headline(text: str, title: str, heading: str) -> bool:
    """Whether a metadata title words the headline of the page's `<title>` and the heading
    that agrees with it: most of its words are the title's, and most of the heading's are
    its own (a word of the headline or a section beside it is not the headline)."""
    return (_word_share(text, title) >= MIN_SAME_WORDS
            and _word_share(heading, text) >= MIN_SAME_WORDS)


def _word_share(text: str, other: str) -> float:
    """The share of `text`'s words (case folded) that `other` has."""
    words = [w.casefold() for w in WORD.findall(text)]
    have = {w.casefold() for w in WORD.findall(other)}
    return sum(w in have for w in words) / len(words) if words else 0.0


def _witnesses_agree(lookup: _Lookup) -> tuple[str, str] | None:
    """The page's `<title>` and its heading, where the heading is the whole title or a
    leading or trailing run of its segments: two sources of the page's own text agree, and
    beat a metadata title that neither confirms (a listing's microdata names its first
    item)."""
    for title, heading in _titles_and_headings(lookup):
        if text_key(heading) and (
            text_key(heading) == text_key(title) or title_remainder(title, heading)
        ):
            return title, heading
    return None


def _completed(title: str, lookup: _Lookup, meta: Metadata) -> str:
    """A title cut short with an ellipsis ("What will be the trend in the watch..."), in
    full from the page's heading or `<title>` where one goes on from it (the `<title>`'s
    site name is cut later, as any title's); a `<title>` cut short without one, in full
    from the page's one heading that goes on from it (`_cut_title`)."""
    full = _in_full(title, "title", (("h1", "title"), ("markup", "title")), lookup, meta, 5)
    if full == title and meta.sources.get("title") == "markup":
        return _cut_title(title, lookup, meta)
    return full


def _cut_title(title: str, lookup: _Lookup, meta: Metadata) -> str:
    """The page's one shown `<h1>` where it starts with the whole `<title>` and goes on
    past a word's end ("Council votes" above "Council votes to repair the old bridge"):
    the page's own title cut short, its headline printed whole."""
    headings = [clean_text(v) for group in lookup.groups("h1", "title") for v in group[:2]]
    if len(headings) != 1:
        return title
    heading = headings[0]
    runs = leading_runs(title)  # "Council votes | Site": the site's name after the cut
    for head in runs:
        if text_key(head) and text_key(heading) != text_key(head) \
                and heading.casefold().startswith(head.casefold()) \
                and (head == runs[-1] or len(leading_runs(heading)[0]) > len(head)) \
                and (_word_ends(heading, len(head)) or len(head) >= MIN_CUT_CHARS):
            meta.sources["title"] = "h1"
            return heading
    return title


MIN_CUT_CHARS = 50
"""Characters from which a `<title>` that the page's heading goes on from in the middle of
a word was cut short by a length limit (search-engine plug-ins cut at 55 to 70: "... how to
set up your monitor, laptop, and k | Deskcraft.shop" above "... laptop, and keyboard
(checklist)"); a shorter one may be a word of its own ("Council vote" is no "Council
voters")."""


def _word_ends(text: str, i: int) -> bool:
    """Whether a word of `text` ends before position `i`: what follows is no letter or digit,
    or the text there is of a script without spaces, where any character may end one."""
    return not text[i].isalnum() or unspaced_char(text[i - 1])


KICKER_END = re.compile(r"[:：]\s+|\s[-–—]\s")
"""Where a kicker (the label printed above a headline: "Olympic Games: ...") ends."""
KICKERLESS_SOURCES = frozenset({"meta", "markup", "h1"})


def _without_kicker(title: str, lookup: _Lookup, meta: Metadata) -> str:
    """The title less a leading kicker that another title source leaves out.

    Newsrooms print a kicker above the headline and some of their sources join the two
    ("Olympic Games: Germany beats France"); where the page's heading, its social title or
    its `<title>` less the site's name (`KICKERLESS_SOURCES`) gives the headline alone
    ("EXCLUSIVE: Council approves budget" in `og:title` over a `<title>` "Council approves
    budget - Example News"), the headline is what they agree on.
    JSON-LD is not asked: its further names (`alternativeHeadline`, `name`) are shortened
    on purpose, not cleared of a label.
    """
    ends = list(KICKER_END.finditer(title))
    if not ends:
        return title  # no kicker to cut: the other titles are not cleaned for nothing
    keys = {
        text_key(strip_site(v, meta.site_name))
        for source, key in ORDER["title"] if source in KICKERLESS_SOURCES
        for group in lookup.groups(source, key) for v in group[:5]
    }
    for match in ends:
        rest = title[match.end():].strip()
        if text_key(rest) in keys and text_key(rest) != text_key(title):
            meta.sources["title"] += "+kicker"
            return rest
    return title


def _not_the_site(
    lookup: _Lookup, meta: Metadata, keys: set[str], site_url: str | None,
    shown: tuple[str, ...],
) -> str | None:
    """A headline for a page whose chosen title is the site's name ("Bombas" in `og:title`):
    its first heading, else its `<title>` less the site's name where that says more. Sites
    put their own name in a metadata title on every page; the heading and the `<title>` are
    written per page ("All Men's Socks")."""
    if shown:
        meta.sources["title"] = "h1"
        return clean_text(shown[0])
    if meta.sources.get("title") in WITNESS_SOURCES:
        return None
    for group in lookup.groups("markup", "title"):
        for value in group[:1]:
            title = strip_site(value, meta.site_name, site_url)
            if title and text_key(title) not in keys:
                meta.sources["title"] = "markup"
                return title
    return None


MAX_SITE_WORDS = 6
"""Longer `<title>` remainders are a second headline or a tagline, not a site's name."""


def _site_from_title(lookup: _Lookup, headline: str) -> str | None:
    """The site's name as the `<title>` gives it beside the headline: "Headline – The Site"
    (or "The Site | Headline"), for pages without a site name in their metadata; else its
    last segment where the page names its site so (`titles.site_segment`: its home link,
    its copyright notice), whatever the headline."""
    for group in lookup.groups("markup", "title"):
        for value in group[:1]:
            cleaned = clean_text(value)  # "Headline – Site", or "Section – Headline – Site"
            rest = (title_remainder(cleaned, headline) or after_headline(cleaned, headline)
                    or after_cut_headline(cleaned, headline))
            rest = rest and after_byline(rest)  # "by Jane Doe - The Site": "The Site"
            if rest and len(rest.split()) <= MAX_SITE_WORDS:  # "The Site | World": "The Site"
                rest = owned_segment(rest, lookup.page.own_names) or outer_segment(cleaned, rest)
                rest = without_bracketed_note(rest)
                return clean_site_name(rest)
            named = site_segment(value, lookup.page.own_names) or coloned_site(
                value, headline, lookup.page.own_names
            ) or host_part(cleaned)
            if named:
                return clean_site_name(named)
    return None


def _publisher_item(lookup: _Lookup) -> str | None:
    """The name of the article item's microdata `publisher`, for a page whose metadata and
    `<title>` name no site: a company's legal name ("The Daily Example Company") more often
    than its `<title>` suffix's, the masthead ("The Daily Example"), so it comes last."""
    for group in lookup.groups("microdata", "site_name"):
        for value in group:
            if name := clean_site_name(value):
                return name
    return None


def _without_site(names: list[str], site_name: str | None) -> list[str]:
    """Names less the site's own ("Jane Doe, Business Insider"), unless it is the only one:
    a personal blog is named after its author."""
    if not site_name or len(names) < 2:
        return names
    site = text_key(site_name)
    kept = [n for n in names if not (text_key(n) and site.startswith(text_key(n)))]
    return kept or names


def _site_url(url: str | None, canonical: str | None) -> str | None:
    """The address whose host names the site: the page's own, else its canonical link.

    Without the page's address (a page read from a file or a string) the canonical link
    still tells the host, whose name sites append to their titles ("Headline | Example")."""
    if url:
        return url
    if canonical and canonical.startswith(("http://", "https://")):
        return canonical
    return None


def _authors(lookup: _Lookup, meta: Metadata) -> None:
    """Names from the first source that has any; the agency from that source or earlier.

    A source that gives only single words (a first name, a user name) yields to a later
    marked-up one that gives a full name: "jdoe" in the author tag, "Jane Doe" in JSON-LD
    (not to printed text, which on forums holds the user's titles: "jdoe Member"). A
    single word that is the site's name or host is the site, not a person, unless the site
    is named like a person (a personal blog). An author that is the site's name ("One Tree
    Planted" in the author tag) yields to a person any later source names, printed text
    included: sites fill their author tag with their own name and print the writer's.
    Marked-up authors the page never prints yield to the byline under the headline
    (`_printed_instead`). Where no source names a person, the first non-person author the
    markup declares (a desk, a team, a wire service, the site) goes to
    `author_organizations`, as written, else the desk a printed byline credits ("By the
    Example Team", `printed_desk`): `authors` holds people only.
    """
    named = site_keys(meta.site_name, lookup.page.url)
    personal = bool(meta.site_name) and looks_like_name(meta.site_name or "")
    site = set() if personal else named
    fallback: tuple[list[str], str] | None = None
    own: tuple[list[str], str] | None = None
    desk_groups: list[list[str]] = []  # read only where no person is named
    printed_desks: list[list[str]] = []  # bylines naming no person: a desk, where none declared
    single = cache(lambda: _single_people(lookup))  # read only where a value names several
    for source, key in ORDER["authors"]:
        groups = list(lookup.groups(source, key))
        if source == "jsonld":  # authors typed as organisations: only their agency counts
            for group in lookup.groups("jsonld", "_organizations"):
                meta.agency = meta.agency or parse_byline(group).agency
                desk_groups.append(group)
        if (source, key) == ("visible", "authors"):  # a linked byline's whole text: its agency
            for group in lookup.groups("visible", "agency"):
                meta.agency = meta.agency or parse_byline(group).agency
        for group in groups:
            byline = parse_byline(
                group, declared=source not in TEXT_SOURCES, language=meta.language
            )
            meta.agency = meta.agency or byline.agency
            if len(byline.names) > 1:
                byline.names = _one_each(
                    group, byline.names, single(), source not in TEXT_SOURCES, meta.language
                )
            names = [
                n for n in byline.names
                if not (is_single_word(n) and text_key(n) in site) and not _site_desk(n, site)
            ]
            if not names and source in DESK_SOURCES:
                desk_groups.append(group)
            elif not names and source in PRINTED:
                printed_desks.append(group)
            if not names or meta.authors:
                continue
            if all(text_key(n) in named for n in names):
                own = own or (names, source)  # the site's name: a person later wins
                continue
            if all(is_single_word(n) for n in names) or (
                fallback and source in PRINTED
                and (fallback[1] in PRINTED or (source, key) in GUESSES
                     or shown(lookup.page, fallback[0]))
            ):
                fallback = fallback or (names, source)
                continue
            meta.authors = _without_site(names, meta.site_name)
            meta.sources["authors"] = source
        if meta.authors:
            if source in MARKUP_AUTHORS:
                _printed_instead(lookup, meta)
            return
    chosen = fallback or own
    if chosen is not None:
        meta.authors, meta.sources["authors"] = chosen
        if chosen is fallback:
            meta.authors = _displayed(lookup.page, meta.authors, meta.language)
    else:
        meta.author_organizations = next(
            (desk for group in desk_groups if (desk := declared_desk(group))), []
        ) or next((desk for group in printed_desks if (desk := printed_desk(group))), [])


def _displayed(page: Page, names: list[str], language: str | None) -> list[str]:
    """User names ("CC7567" in JSON-LD, "jdoe" in the author tag) as the full names the
    page links to their accounts' pages (`visible.display_names`): the link from "James
    Akinaka" to "/u/CC7567" says whose account it is. A user name without such a link
    stays: on a forum it is the name the page shows."""
    if not all(is_single_word(n) for n in names):
        return names
    full = display_names(page, names)
    if not full:
        return names
    out: list[str] = []
    for name in names:
        linked = full.get(name.casefold())
        people = parse_byline([linked], declared=True, language=language).names if linked else []
        out.append(people[0] if len(people) == 1 else name)  # "JANE DOE" is "Jane Doe"
    return out


SINGLE_PERSON_STEPS: tuple[Step, ...] = (
    ("jsonld", "_persons"), ("markup", "authors"), ("labelled", "links"),
)
"""Where the markup names one person per value: a JSON-LD `Person` object, a `rel=author`
link, a link to an author's page (one page, one person)."""


def _single_people(lookup: _Lookup) -> frozenset[str]:
    """The keys (`text_key`) of the author texts the markup declares as one person each."""
    return frozenset(
        text_key(value)
        for source, key in SINGLE_PERSON_STEPS
        for group in lookup.groups(source, key)
        for value in group
    )


def _one_each(
    group: list[str], names: list[str], single: frozenset[str], declared: bool,
    language: str | None,
) -> list[str]:
    """`names` with the roles cut from each value of `group` that the markup declares as
    one person (`_single_people`, `authors.one_person`): the author tag "Jane Doe, Master
    Gardener & Educator", also the text of the page's one `rel=author` link, is Jane Doe."""
    cut = {
        value: people for value in group
        if text_key(value) in single and (people := one_person(value, language)) is not None
    }
    if not cut:
        return names
    out: list[str] = []
    for value in group:
        found = cut.get(value) or parse_byline([value], declared=declared, language=language).names
        out.extend(name for name in found if name not in out)
    return out


def _site_desk(name: str, site: set[str]) -> bool:
    """Whether a name of several words begins with the site's name: "AAA Travel" (of "AAA
    Travel Editor"), "Supermove Last" are the site's desk or a template's leftover, not a
    person (a site named like a person is a personal blog and has no keys here)."""
    words = name.split()
    return any(text_key(" ".join(words[:k])) in site for k in range(1, len(words)))


MARKUP_AUTHORS = frozenset({"jsonld", "meta", "microdata", "markup"})
"""Author sources read from the page's markup rather than its printed text."""
DESK_SOURCES = frozenset({"jsonld", "meta", "microdata"})
"""Sources whose author field declares the author even where it is no person (a desk, the
site): not the author links (`markup`), which navigation fills with other pages' names."""


def _printed_instead(lookup: _Lookup, meta: Metadata) -> None:
    """The byline printed under the headline in place of marked-up authors that the page
    never prints and that name nobody it prints there.

    Sites fill their author markup with the account that posted the story (an editor, an
    agency's login) and print the writer's name under the headline ("By: Jane Doe"); a
    marked-up name the page prints anywhere (an author box, "More by ...") is kept."""
    printed: list[str] = []
    for group in lookup.groups("visible", "authors"):
        printed = parse_byline(group, language=meta.language).names
        if printed:
            break
    if not printed:
        return
    have = {text_key(n) for n in meta.authors}
    if any(text_key(n) in have for n in printed) or shown(lookup.page, meta.authors):
        return
    meta.authors = _without_site(printed, meta.site_name)
    meta.sources["authors"] = "visible"


def extract_metadata(
    doc: Document,
    *,
    now: datetime | None = None,
    fetched: datetime | None = None,
    search_dates: bool = True,
    free_text_dates: bool = True,
) -> Metadata:
    """Metadata of a parsed page; never raises on malformed values.

    `now` is the moment of extraction (defaults to the clock), used to reject future dates
    and the crawl day; `fetched`, when the page was fetched (a naive one read as UTC),
    stands for `now` and is what relative dates ("3 hours ago") count back from: they are
    read only with it (`newsclean.metadata.relative`). `search_dates` enables the search of
    the page for `published` where its metadata names none (`pagedate`), and
    `free_text_dates` that search's reading of unmarked text lines (see
    `newsclean.pagetype.dated`).
    """
    if fetched is not None:
        fetched = aware(fetched)
    now = fetched or now or datetime.now(UTC)
    page = page_of(doc)
    lookup = _Lookup(page, now, fetched)
    meta = Metadata(fetched=fetched)
    base = _base_url(page)
    meta.canonical_url = lookup.first(
        "canonical_url", meta, lambda _, value: _absolute(value, base)
    )
    site_url = _site_url(doc.url, meta.canonical_url)
    meta.site_name = lookup.first("site_name", meta, lambda _, value: clean_site_name(value))
    raw_title = _title(lookup, meta)
    page_title = next((v for group in lookup.groups("markup", "title") for v in group[:1]), None)
    headings = tuple(  # "Discussion: Headline" over a `<title>` "Headline - Site": "Headline"
        without_heading_label(g, page_title and clean_text(page_title))
        for g in lookup.headings()
    )
    own = page.own_names  # the page's own words for its site, read if a title part asks
    if raw_title:
        site_name = meta.site_name
        lookup.title_hint = cache(lambda: strip_site(
            raw_title, site_name, site_url, headings, own=own
        ) or None)  # asked by the language check and the visible source: worked out once
    meta.description = _description(lookup, meta)
    # before the authors, whose names in capitals it recases (Turkish "YILMAZ" is Yılmaz);
    # the headline as known before the authors cut it from the `<title>` ("Post | Jane Doe")
    meta.language = _language(lookup, meta, doc, lookup.title_hint())
    _authors(lookup, meta)
    shown: tuple[str, ...] = ()
    if raw_title:  # a heading that is the site's name is its logo, not a headline to keep
        keys = site_keys(meta.site_name, site_url)
        shown = tuple(h for h in headings if text_key(h) not in keys)
        meta.title = strip_site(
            raw_title, meta.site_name, site_url, shown, others=tuple(meta.authors), own=own
        ) or None
        if meta.title and text_key(meta.title) in keys - {text_key(h) for h in headings}:
            # the site's name, unless the page's heading says it (then the page is about it)
            meta.title = _not_the_site(lookup, meta, keys, site_url, shown) or meta.title
        elif meta.title and (heading := _heading_instead(meta.title, shown, page)):
            meta.title, meta.sources["title"] = heading, "h1"
    if meta.site_name is None and meta.title:
        meta.site_name = _site_from_title(lookup, meta.title)
        if meta.site_name:
            meta.sources["site_name"] = "markup"
    if meta.site_name is None:
        meta.site_name = _publisher_item(lookup)
        if meta.site_name:
            meta.sources["site_name"] = "microdata"
    if meta.title:  # after the site's name is read from beside the whole headline
        site = site_before_pipe(meta.title, page.own_names)
        if meta.site_name is None and site:
            meta.site_name, meta.sources["site_name"] = site, "markup"
        meta.title = before_pipe(meta.title, site)
        meta.title = _without_kicker(meta.title, lookup, meta)
        meta.title = as_shown(meta.title, shown)
    meta.published = _date(lookup, "published", meta)
    if meta.published is not None and meta.sources.get("published") in MARKUP_DATE_SOURCES:
        meta.published = _in_local_time(lookup, "published", meta.published)
    if meta.published is not None and meta.sources.get("published") not in TEXT_SOURCES:
        printed = _printed_publication(lookup, meta.published)
        if printed is not None:
            meta.published, meta.sources["published"] = printed
    meta.modified = _date(lookup, "modified", meta)
    if meta.modified is not None and meta.sources.get("modified") in MARKUP_DATE_SOURCES:
        meta.modified = _in_local_time(lookup, "modified", meta.modified)
    if meta.published is None and search_dates:
        meta.published = _searched_day(lookup, meta, free_text_dates)
    if meta.published and meta.modified and later(meta.published, meta.modified):
        meta.modified = None
        meta.sources.pop("modified", None)
    meta.image = lookup.first("image", meta, lambda _, value: _absolute(value, base))
    if meta.image is None:
        meta.image = _absolute(first_figure_image(page), base)
        if meta.image:
            meta.sources["image"] = "figure"
    meta.tags = _split_list([g for s, k in ORDER["tags"] for g in lookup.groups(s, k)])
    meta.categories = _split_list([g for s, k in ORDER["categories"] for g in lookup.groups(s, k)])
    return meta
