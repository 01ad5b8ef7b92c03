"""The publication day of a page whose metadata names none: a bounded search of the page.

The last resort for `published`, after JSON-LD, meta tags, microdata and the lines under
the headline (it replaces htmldate's search, which deep-copied and serialised the page and
ran its regexes over the whole HTML: most of the metadata step's time). It looks where
pages put a date when their markup has none, in this order (`search_day`):

1. the URL's path ("/2025/12/19/slug", "/2025-12-15-slug");
2. JSON in the page's scripts and attributes ("publishDate", `data-props='{...}'`): app
   state that is not JSON-LD;
3. the markup's modification date, the only date such a page's markup gives;
4. the page's elements in document order: a `<time datetime>` or an element whose class
   or id names a date ("post-date") first, wherever it is; else the first short unmarked
   line that is a date ("Dec 12, 2025", "Posted on 15/12/2025"); else an "Updated ..."
   line. Comments, related stories and link texts are not read;
5. the day in the path of the page's social image ("/2026/01/29/photo.jpg").

Every step reads a bounded part of the page (`MAX_ELEMENTS`, `MAX_SCRIPT_CHARS`,
`MAX_LINE_CHARS`) and nothing is copied, changed or serialised: the cost is one walk of at
most a few thousand elements. Elements whose class or id marks comments or related
stories (`AWAY`: class names, written in English whatever the page's language) are skipped
with everything inside them, and so are code and controls (`SKIP_TAGS`); a line printed
after "Today" is a header clock, never the story's date, and so is the fetch day printed
above the story's headline or in the page's header, navigation or footer (`element_day`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

import lxml.etree
from lxml.html import HtmlElement

from newsclean.document import declared_language
from newsclean.metadata.dates import (
    ERA_YEAR,
    PUBLISHED,
    UPDATED,
    When,
    ascii_digits,
    clock_day,
    day_of,
    day_range,
    parse_date,
    parse_written_date,
    plausible,
)
from newsclean.metadata.sources import Page, page_address
from newsclean.metadata.visible import (
    DATE_WORDS,
    TODAY_WORDS,
    UPDATED_PREFIX_CHARS,
    in_masthead,
    label_before,
    story_section,
)
from newsclean.normalize.members import member_detail
from newsclean.normalize.text import CaseBlind

MAX_ELEMENTS = 4000
"""Elements of the body visited at most: the story's date line sits well within them."""
MAX_LINE_CHARS = 80
"""Longer texts are sentences: a date in them is history, not the page's date."""
MIN_LINE_CHARS = 6
MAX_SCRIPT_CHARS = 200_000
"""Characters of each script searched for a JSON date (app state can be megabytes)."""
SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "select", "option", "textarea",
     "iframe", "head"}
)
AWAY = CaseBlind(re.compile(
    r"(?<![a-z])(?:comments?|repl(?:y|ies)|related|recommended|popular|trending|reviews?)"
    r"(?![a-z])",
    re.IGNORECASE,
))
"""Class or id words of containers whose dates are not the story's ("comment-list",
"related_posts", a shop's "reviews-section": a customer's review is dated by its writer;
not "nssidebar"). Not read on `OPEN_TAGS`: themes class the whole page or story by its
options ("comments-open", "has-sidebar")."""
OPEN_TAGS = frozenset({"html", "body", "main", "article"})
NO_HINTS = (False, False)
"""What an element without a class or id says (`_hinted`)."""


@lru_cache(maxsize=4096)
def _hinted(hints: str) -> tuple[bool, bool]:
    """What class and id words (`hints`) say of an element: whether they name a place of
    dates not the story's (`AWAY`), and whether they name a date (`DATE_WORDS`). Kept per
    text, since a page's elements repeat their class names: one look-up an element."""
    return AWAY.search(hints) is not None, DATE_WORDS.search(hints)

URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)"
    r"|/((?:19|20)\d{2})(0[1-9]|1[0-2])([0-2]\d|3[01])(?=/)"
)
"""A day in a URL path: "/2025/12/19/", "/2025-12-15+title", "/20251219/"."""
JSON_DATE = re.compile(
    r'"(?P<key>datePublished|publishDate|publishedDate|publish_date|published_at|publishedAt'
    r'|firstPublished|first_published_at|dateCreated|createDate|createdDate)"\s*:\s*'
    r'(?:"(?P<iso>\d{4}-\d{2}-\d{2}[^"]{0,30})"|(?P<compact>(?:19|20)\d{6})(?:\d{4})?(?=[,}\s]))'
)
"""A publication date in script JSON, under the names content systems give it: ISO
("2025-11-17T09:00:00") or compact ("20240425", "202404251407")."""
CREATED_KEYS = frozenset({"dateCreated", "createDate", "createdDate"})
"""Keys of when the record was created: used where no publication key is given."""
ISO_IN_TEXT = re.compile(
    r"(?<![\d/.-])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)"
)
FOUR_DIGITS = re.compile(r"\d{4}")
"""The test every date line passes (each form `line_day` reads has a four-digit year), made
on the raw text before it is cut into words."""
NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/-])")
"""A numeric day with slashes or dashes, read day first ("15/12/2025", "02-12-2025")
unless the page's language writes the month first (`month_first`) or only the other order
is a date ("10/31/2024"): most of the world writes the day first, and a page rarely says
which order it uses (an English page that names no region may use either)."""
MONTH_FIRST_REGIONS = frozenset({"us", "ph"})
"""Regions whose English writes the month first ("3/4/2025" is March 4): the United States
and the Philippines. Plain "en" says nothing: on the tune halves such pages wrote the month
first six times and the day first twice, and reading them month first lost as many pages
as it gained."""


class FoundDay(NamedTuple):
    """The publication day `search_day` found, where (`source`), and the update day the
    same printed line gives after its publication ("05/03/2026 08:00 | Updated
    06/03/2026 10:30"), if any."""

    day: date
    source: str
    updated: date | None = None


def search_day(
    page: Page, now: datetime, modified: When | None = None, *, free_text: bool = True,
    headline: HtmlElement | None = None,
) -> FoundDay | None:
    """The page's publication day and where it was found: its URL, its script JSON, its
    `modified` date (the markup's only date: the best it tells of when the page was
    written), its elements (`free_text`, `headline`: see `element_day`), then its lead
    image's URL."""
    steps: tuple[tuple[str, Callable[[], When | None]], ...] = (
        ("url", lambda: url_day(page_address(page), now)),
        ("json", lambda: json_day(page, now)),
        ("modified", lambda: modified),
    )
    for source, step in steps:
        found = step()
        if found is not None:
            return FoundDay(day_of(found), source)
    printed = element_day(page, now, free_text=free_text, headline=headline)
    if printed is not None:
        source = UPDATE_SOURCE if printed.updated else "page"
        return FoundDay(printed.day, source, printed.later)
    image = image_day(page, now)
    return FoundDay(image, "image") if image is not None else None


UPDATE_SOURCE = "updated"
"""The source `search_day` names where the page's elements give only a day printed as its
update ("Updated Jun 16, 2025", "Last updated: <time>"): the page's modification day, and
the best guess of its publication that the page gives."""


class PrintedDay(NamedTuple):
    """A day printed on the page (`element_day`), whether it is labelled as the page's
    update rather than its publication, and the update day its line prints after it."""

    day: date
    updated: bool
    later: date | None = None


IMAGE_KEYS = ("og:image", "og:image:url", "twitter:image")


def image_day(page: Page, now: datetime) -> date | None:
    """The day in the path of the page's social image ("/2026/01/29/photo.jpg"): content
    systems file a story's uploads by the day it was written."""
    for key in IMAGE_KEYS:
        for _, url in page.meta.get(key, [])[:1]:
            day = url_day(url, now)
            if day is not None:
                return day
    return None


def url_day(url: str | None, now: datetime) -> date | None:
    """The day a URL's path names ("/2025/12/19/slug"), else None."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    match = URL_DATE.search(path)
    if match is None:
        return None
    y, m, d = (g for g in match.groups() if g is not None)
    return _checked(_day(y, m, d), now)


JSON_ATTRIBUTES = lxml.etree.XPath("//@*[starts-with(., '{') and contains(., '\"')]")
"""Attribute values that hold a JSON object (`data-props='{"datePublished": ...}'`)."""


def json_day(page: Page, now: datetime) -> date | None:
    """A publication date in the JSON of the page's scripts or attributes (app state, not
    JSON-LD); a creation date where none gives a publication date."""
    created: date | None = None
    texts = itertools.chain(
        (script.text for script in page.tagged("script")), _json_attributes(page)
    )
    for text in texts:
        if not text:
            continue
        for match in JSON_DATE.finditer(text, 0, MAX_SCRIPT_CHARS):
            parsed = parse_date(match.group("iso") or match.group("compact"), now)
            if parsed is None:
                continue
            if match.group("key") not in CREATED_KEYS:
                return day_of(parsed)
            created = created or day_of(parsed)
    return created


def _json_attributes(page: Page) -> Iterator[str]:
    """The page's attribute values that hold a JSON object, searched for when first asked:
    only where its scripts gave no publication date. The search tests every attribute of
    the page."""
    values = JSON_ATTRIBUTES(page.tree)
    yield from (str(value) for value in values) if isinstance(values, list) else ()


Order = bool | Callable[[], bool]
"""Whether a page's numeric dates put the month first: known, or a question asked only when
an ambiguous date ("05/04/2024") is read (`numeric_order`)."""


def month_first(page: Page) -> bool:
    """Whether the page's numeric dates put the month first: the order its own unambiguous
    numeric dates show ("10/31/2024" beside "05/04/2024": the month first; "31/10/2024":
    the day first), the more of them deciding; where none is unambiguous, its `<html lang>`:
    English of a `MONTH_FIRST_REGIONS` region ("en-US"), not "en-GB", plain "en" nor
    another language. The page's evidence comes first: a template's default language
    ("en-US" on a British site) says less than the dates it prints. Read once a page
    (`Page.month_first`)."""
    if page.month_first is None:
        page.month_first = _month_first(page.tree)
    return page.month_first


def _month_first(tree: HtmlElement) -> bool:
    evidence = numeric_evidence(tree)
    if evidence:
        return evidence > 0
    tag = declared_language(tree) or ""
    language, _, region = tag.strip().lower().replace("_", "-").partition("-")
    return language == "en" and region.partition("-")[0] in MONTH_FIRST_REGIONS


def numeric_order(page: Page) -> Callable[[], bool]:
    """`month_first(page)` as a question asked only when an ambiguous date is read: most
    pages read none, and the evidence is a search of the page's whole text."""
    return lambda: month_first(page)


_VISIBLE_TEXT = lxml.etree.XPath(
    "//body//text()[not(parent::script) and not(parent::style) and not(parent::noscript)]"
)


def numeric_evidence(tree: HtmlElement) -> int:
    """How many more of the page's numeric dates can only be read month first ("10/31/2024")
    than can only be read day first ("31/10/2024"); dates of both readings count for
    neither."""
    evidence = 0
    texts = _VISIBLE_TEXT(tree)
    for text in texts if isinstance(texts, list) else ():
        if not isinstance(text, str) or FOUR_DIGITS.search(text) is None:
            continue
        for match in NUMERIC.finditer(text):
            first, second = int(match.group(1)), int(match.group(3))
            if first <= 12 < second <= 31:
                evidence += 1
            elif second <= 12 < first <= 31:
                evidence -= 1
    return evidence


def element_day(
    page: Page, now: datetime, *, free_text: bool = True, headline: HtmlElement | None = None
) -> PrintedDay | None:
    """The first marked date of the body's elements (a `<time datetime>`, a date-named
    element's short text), else the first short unmarked line that is a date, else the
    first "Updated ..." line; with whether its label says it is the page's update
    (`updated_label`).

    Marked dates anywhere beat unmarked ones: a sentence-like line ("As of July 31, 2025")
    or a date in the intro comes before the marked date line on some pages. Unmarked
    lines are read only with `free_text`, except machine-written ones ("2025-09-13");
    link texts are never read unmarked (an archive's or a related story's date).

    With the story's `headline`, the day of `now` (the fetch) printed above it outside
    the story's section and away from its byline (`visible.in_masthead`), or in the
    page's header, navigation or footer (`in_chrome`), is the masthead's clock and passed
    over (`dates.clock_day`: this search keeps no time); under the headline, beside the
    byline or in the story's section, it is the story's. Where the page has no sure
    headline, nothing is known to be under it: the day is the story's only beside the
    byline or labelled as the page's date (`visible.in_masthead`), never in the page's
    header, navigation or footer; elsewhere it ends the search (`UNPLACED`)."""
    body = page.tree.find("body")
    if body is None:
        return None
    order = numeric_order(page)
    unmarked: list[PrintedDay | None] = [None, None]  # plain lines, then "Updated" lines
    around = set(headline.iterancestors()) if headline is not None else set()
    section = story_section(headline) if headline is not None else None
    under = False  # whether the walk has reached the headline

    def shown(day: date | None, el: HtmlElement, tail: bool) -> date | None:
        """`day`, read in `el`'s text or tail, unless it is the masthead's clock."""
        if day is None or not clock_day(day, now):
            return day
        if tail:  # the text after an element around the headline comes after it
            after, node = under or el in around, el.getparent()
        else:
            after, node = under, el
        if node is None or in_chrome(node, around):
            return None
        if after or not in_masthead(node, section):
            return day
        return None if headline is not None else UNPLACED

    def note(text: str | None, el: HtmlElement, tail: bool) -> None:
        """Note an unmarked line's day in its slot, where it is still empty."""
        read = _unmarked(text, now, free_text, unmarked, order)
        if read is None or member_date(text, el, tail):
            return
        day = shown(read[1], el, tail)
        if day is not None:  # "<span>Updated</span> <b>Dec 3, 2025</b>": the label counts
            line = " ".join((text or "").split())
            unmarked[read[0]] = sorted_day(day, f"{'' if tail else _label(el)} {line}", now, order)

    walk = lxml.etree.iterwalk(body, events=("start",))
    for count, (_, el) in enumerate(walk):
        if count >= MAX_ELEMENTS:
            break
        tag = el.tag
        if el is headline:
            under = True
        if not isinstance(tag, str) or tag in SKIP_TAGS:
            walk.skip_subtree()
            note(el.tail, el, True)  # the text after "<svg/>"
            continue
        cls, ident = el.get("class"), el.get("id")
        away, dated = _hinted(f"{cls or ''} {ident or ''}") if cls or ident else NO_HINTS
        if away and tag not in OPEN_TAGS:
            walk.skip_subtree()
            continue
        if tag == "time" or dated:
            day = shown(_marked_day(el, now, order), el, False)
            if day is not None:
                if day is UNPLACED:
                    return None
                whole = " ".join(el.text_content().split())
                return sorted_day(day, f"{_label(el)} {whole}", now, order)
        elif tag != "a" and el.text:
            note(el.text, el, False)
        if el.tail:
            note(el.tail, el, True)
    found = unmarked[0] if unmarked[0] is not None else unmarked[1]
    return None if found is None or found.day is UNPLACED else found


def member_date(text: str | None, el: HtmlElement, tail: bool) -> bool:
    """Whether a date line is a forum member's detail beside a post ("Registriert: Mo 3.
    Jan 2020", "<dt>Joined</dt><dd>Mar 2019</dd>", `normalize.members`): the day they
    joined the board, printed before the post's own date, is no date of the page."""
    # a tail's label is the element it follows ("<strong>Registriert:</strong> Mo 3. …")
    label = " ".join(el.text_content().split()) if tail else _label(el)
    return member_detail(text or "", label)


def _label(el: HtmlElement) -> str:
    """The label printed right before `el` (`visible.label_before`), unless it holds a
    date itself: then it is the line before, not a label ("Updated June 7, 2025" over
    "June 3, 2025")."""
    label = label_before(el)
    return "" if FOUR_DIGITS.search(label) else label


def sorted_day(day: date, line: str, now: datetime, month_first: Order = False) -> PrintedDay:
    """The first `day` a date line (with its label) gives, sorted: the publication, with
    the update day printed after it (`update_after`); or the update (`updated_label`),
    unless the line prints its publication after it ("Updated 07/05/2024 | Published
    05/05/2024", `publication_after`): then that is the publication and `day` its update."""
    if day is UNPLACED:
        return PrintedDay(day, False)
    if not updated_label(line, now):
        return PrintedDay(day, False, update_after(line, now, month_first))
    published = publication_after(line, now, month_first)
    if published is not None and published <= day:
        return PrintedDay(published, False, day)
    return PrintedDay(day, True)


def publication_after(text: str, now: datetime, month_first: Order = False) -> date | None:
    """The publication day a line labelled as an update prints after the update's:
    the day after the publication word (`dates.PUBLISHED`) that follows the update word."""
    word = UPDATED.search(text)
    published = PUBLISHED.search(text, word.end()) if word is not None else None
    if published is None:
        return None
    return _day_after(text, published.end(), now, month_first)


def update_after(text: str, now: datetime, month_first: Order = False) -> date | None:
    """The update day a date line prints after its publication ("05/03/2026 08:00 |
    Cập nhật 06/03/2026 10:30", "Publié le 05/03/2026, mis à jour le 06/03/2026"): the
    day after the update word (`dates.UPDATED`) where a date stands before it. Numeric
    days are read in the page's order (`month_first`), as the publication's was."""
    word = UPDATED.search(text)
    if word is None or not FOUR_DIGITS.search(text, 0, word.start()):
        return None
    return _day_after(text, word.end(), now, month_first)


def _day_after(text: str, at: int, now: datetime, month_first: Order) -> date | None:
    """The day a line prints after its word that ends at `at` ("| Updated: 06/03/2026",
    "(Cập nhật 06/03/2026 10:30)"), the marks between them left out."""
    return line_day(text[at:].strip(" :-–—|·,()"), now, month_first)


def updated_label(text: str, now: datetime) -> bool:
    """Whether a date line's first date is labelled as the update: the word ("Updated",
    "Last updated:", "Aktualisiert", in the languages of `dates.UPDATED`) starts the line
    with no date before it (written, ISO or numeric). In "December 3, 2025. Updated:
    December 7, 2025" the first date is the publication."""
    text = text.strip()
    word = UPDATED.search(text[:UPDATED_PREFIX_CHARS])
    if word is None:
        return False
    before = text[: word.start()]
    return parse_written_date(before, now) is None and ISO_IN_TEXT.search(before) is None and (
        NUMERIC.search(before) is None  # "Posted 10/30/2025, updated 10/31/2025"
    )


UNPLACED = date.min
"""What `element_day` notes for the fetch day on a page without a sure headline, printed
where the masthead's clock may stand: the search stops there with no day, as it would
where the first date a page shows is its clock (what follows, a sidebar's "a community
since 2006", is no better a guess)."""
CHROME_TAGS = frozenset({"header", "nav", "footer"})
CHROME_ROLES = frozenset({"banner", "navigation", "contentinfo"})
"""The page's header, navigation and footer, by tag or ARIA role: where its clock, its
edition's date or its build stamp stand."""
NAVIGATION = ("nav", "navigation")
"""Tag and role of navigation: a menu's or a table of contents' date is never the story's,
inside an `<article>` too."""


def in_chrome(el: HtmlElement | None, around: set[HtmlElement]) -> bool:
    """Whether `el` sits in the page's header, navigation or footer (`CHROME_TAGS`,
    `CHROME_ROLES`): not an article's own header or footer (HTML's sectioning: a
    `<footer>` inside an `<article>` is the story's, "Posted by Jane Doe on 12 August
    2025"; the `<article>` may stand above it or below), nor one around the headline
    (`around`)."""
    chrome = False
    node = el
    while node is not None and node not in around:  # the headline's ancestors hold all
        if node.tag == "article":
            return False
        if node.tag == NAVIGATION[0] or node.get("role") == NAVIGATION[1]:
            return True
        chrome = chrome or node.tag in CHROME_TAGS or node.get("role") in CHROME_ROLES
        node = node.getparent()
    return chrome and (node is None or node.tag != "article")


def _marked_day(el: HtmlElement, now: datetime, month_first: Order = False) -> date | None:
    """The day of a `<time>` or date-named element: its `datetime`, its whole text, or
    its own first text (where the whole holds more: "2019-02-23 <span>(edited ...)")."""
    stamp = el.get("datetime") if el.tag == "time" else None
    if stamp and (parsed := parse_date(stamp, now)) is not None:
        return day_of(parsed)
    whole = " ".join(el.text_content().split())
    own = " ".join((el.text or "").split())
    return line_day(whole, now, month_first) or line_day(own, now, month_first) or (
        line_day(stamp, now, month_first) if stamp else None
    )


def _unmarked(
    text: str | None, now: datetime, free_text: bool, found: list[PrintedDay | None],
    month_first: Order = False,
) -> tuple[int, date | None] | None:
    """The slot in `found` of an unmarked line (0 for plain lines, 1 for "Updated" lines)
    and the day it gives, where that slot is still empty."""
    if not text or found[0] is not None or (FOUR_DIGITS.search(text) is None
                                            and ERA_YEAR not in text):
        return None  # every line `line_day` reads has a four-digit or an era's year
    line = " ".join(text.split())
    if not free_text and ISO_IN_TEXT.search(line) is None:
        return None
    slot = 1 if UPDATED.search(line) else 0
    if found[slot] is None:
        return slot, line_day(line, now, month_first)
    return None


def line_day(text: str, now: datetime, month_first: Order = False) -> date | None:
    """The day a short line gives ("Posted Dec 12, 2025", "2025-09-13", "15/12/2025"),
    unless it is long enough to be a sentence or follows "Today". A numeric day is read
    month first with `month_first` (the page writes it so; asked only of an ambiguous
    date when it is a question), else day first."""
    if not MIN_LINE_CHARS <= len(text) <= MAX_LINE_CHARS or TODAY_WORDS.search(text):
        return None
    text = ascii_digits(text)  # "２０２４-１２-０５": the year's guard below is ASCII
    if day_range(text, now):
        return None  # "15 marzo – 20 luglio 2025": an exhibition's span, not the page's day
    written = parse_written_date(text, now)
    if written is not None:
        return day_of(written)
    if (match := ISO_IN_TEXT.search(text)) is not None:
        return _checked(_day(*match.groups()), now)
    if (match := NUMERIC.search(text)) is not None:
        first, _, second, year = match.groups()
        ambiguous = int(first) <= 12 and int(second) <= 12
        if int(second) > 12 or (ambiguous and _asked(month_first)):
            return _checked(_day(year, first, second), now)  # "10/31/2024", "3/4/2025" (en-US)
        return _checked(_day(year, second, first), now)
    return None


def _asked(order: Order) -> bool:
    return order() if callable(order) else order


def _day(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _checked(day: When | None, now: datetime) -> date | None:
    return day_of(day) if day is not None and plausible(day, now) else None
