"""Headlines without the site's name: "Headline | Site", "Site - Headline", "Headline – Site".

A leading or trailing segment is cut when it names the site (the site name, or the host
of the URL), or when the page's `<h1>` equals what remains. Nothing else is cut: a colon
or a dash inside a headline is part of it.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate
from urllib.parse import urlsplit

from newsclean.metadata.authors import AND_WORDS, BY_PREFIX, parse_byline
from newsclean.model import BIDI_MARKS
from newsclean.normalize.text import word_key

SEPARATOR = re.compile(
    r"(?<!\s)\s+(?:\|+|-+|–+|—+|·|•|::|»|«|/+|~)\s+|(?<!\s)\s*(?:\|+|::|｜+)\s*"
    r"|(?<!\s)\s+_+|(?<!_)_+\s+|(?<=[^\x00-\u024f\s])(?:_+|-+|－+)(?=\S)"
)
r"""Separators between a headline and a site name, as sites write them. A match may only
start where a run of whitespace starts (`(?<!\s)`): otherwise every position inside a long
run would rescan it, which is quadratic. An underscore or a hyphen parts only where a space
stands by it, or right after a character beyond Latin script: Chinese sites write
"标题_科技_腾讯网" and "标题-新华网" (headline, section, site) without spaces, while
"tokio_util" is one identifier and "COVID-19" one word. A full-width bar (｜) parts as a
bar does. A segment is cut only where it names the site or the page's heading shows the
rest (`strip_site`), so a hyphen inside a headline costs nothing. A separator written twice
or more ("标题__中国政府网", "Headline || Site", "Headline -- Site") is one: its second
mark is no part of the site's name. (`(?<!_)`: a run of underscores is matched from its
start only, as whitespace runs are.)"""
SEPARATOR_CHARS = "|-–—·•:»«/~_｜－"
"""Every `SEPARATOR` match holds one of these: a title without any has one segment."""
TRAILING_BRACKET = re.compile(r"(?<!\s)\s*[\[(]([^\[\]()]{2,60})[\])]\s*$")
"""A site name in brackets at the end: "Headline [Site]"."""
MAX_TITLE_CHARS = 500
_NON_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"\w+")
"""Words as `shown_at_an_end` compares them: an underscore joins, so "tokio_util" is not
cut after "tokio" (`SEPARATOR` cuts at one only by a space or after a character beyond
Latin script, and `strip_site` reads those segments)."""
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


_MARKDOWN_EMPHASIS = re.compile(
    r"(?<![\w*])(\*{1,2})(?=[^\s*])([^*]{1,300}?)(?<=[^\s*])\1(?![\w*])"
)
"""Markdown's emphasis left in a metadata title ("*A Treatise on Coffee* (1792)"): a site
that writes its titles in Markdown prints them in italics, and puts the stars in `<title>`
and `og:title`. A lone star ("5* hotels", a footnote's) is no pair and stays."""


def clean_text(text: str) -> str:
    """Entities decoded (twice-escaped ones too), Markdown's emphasis marks dropped,
    whitespace collapsed and bidirectional marks trimmed from the ends (`model.BIDI_MARKS`:
    an `og:title` wrapped in RLMs is the page's `<h1>`)."""
    for _ in range(2):
        if "&" not in text:
            break
        text = html.unescape(text)
    if "*" in text:
        text = _MARKDOWN_EMPHASIS.sub(r"\2", text)
    return " ".join(text.split()).strip(BIDI_MARKS + " ")[:MAX_TITLE_CHARS]


@lru_cache(maxsize=4096)
def text_key(text: str) -> str:
    """Case-folded letters and digits only: how metadata compares two texts for equality
    ("Site-Name" and "site name" are one). Kept per text: the title, the site's name and
    the headings are keyed again at every comparison (seven times each on average)."""
    return _NON_WORD.sub("", text.casefold())


BRACKETED_NAME = re.compile(r"^(?P<name>[^()]{2,80}?)\s*\((?P<other>[^()]{2,80})\)$")
"""A site's name with its other name in brackets: "VSI® (Virginia Spine Institute)",
"Schweizer Radio und Fernsehen (SRF)"."""


def site_keys(site_name: str | None, url: str | None) -> set[str]:
    """The `text_key`s a title segment or an author may name the site by: its name (also
    without a leading "The", and each of the two names it gives where it puts one in
    brackets: titles append either, "… | VSI®" beside "VSI® (Virginia Spine Institute)"),
    its host, the host less its suffix, and the host's main label."""
    keys = set()
    if site_name:
        keys.add(text_key(site_name))
        keys.add(text_key(_LEADING_THE.sub("", site_name)))
        if named := BRACKETED_NAME.match(site_name.strip()):
            keys.update(text_key(named.group(part)) for part in ("name", "other"))
    if url:
        host = site_host(url)
        if host:
            keys.add(text_key(host))
            keys.add(text_key(host.rsplit(".", 1)[0]))
            keys.add(text_key(site_label(host)))
    return {k for k in keys if k}


def site_host(url: str | None) -> str:
    """The host of `url` without a leading "www."; "" for none or a malformed URL
    ("http://[" names no host)."""
    if not url:
        return ""
    try:
        return (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError:
        return ""


GENERIC_LABELS = frozenset({"co", "com", "net", "org", "gov", "ac", "ne", "or", "go", "edu"})
"""Second-level labels of country domains ("example.co.uk"): not the site's name."""


def site_label(host: str) -> str:
    """The label that names a site: "entermedia" of "www.entermedia.co.kr"."""
    labels = [label for label in host.lower().split(".") if label]
    if len(labels) < 2:
        return labels[0] if labels else ""
    name = labels[-2]
    if name in GENERIC_LABELS and len(labels) >= 3:
        name = labels[-3]
    return name


HOST = re.compile(r"^(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,12}$", re.IGNORECASE)
"""A segment written as a host name ("Newegg.com", "news.example.org"): a site's name,
whichever site it is."""


def is_host(segment: str) -> bool:
    return bool(HOST.match(segment.strip()))


MAX_SITE_EXTRA_WORDS = 2
"""Words a last segment may add after the site's name and still name the site, as a
section or a desk: "Examplery Blog", "Examplery Help Center", "Examplery.com"; "Examplery
Arrival T-Shirt" (three words more) names a product. A first segment names the site only
as the name itself: before the headline, the name and a word more is as often the product
the page is about ("Nintendo Switch – OLED Model" on Nintendo's site, "Stripe Payments |
Global Payment Processing Platform" on Stripe's)."""


MIN_LABEL_PART = 4
"""Letters of a last segment found inside the host's name that make it the site's name."""


def in_host_label(segment: str, label: str) -> bool:
    """Whether a title segment of one word is a part of the host's name: "AcmeHR" on
    getacmehr.com, "Corvo" on corvonet.com (sites register their name with a verb or a
    suffix added when the bare name was taken)."""
    key = text_key(segment)
    return (len(key) >= MIN_LABEL_PART and key != label and key in label
            and len(_WORD.findall(segment)) == 1)


def names_site(segment: str, keys: set[str], extra: bool = True) -> bool:
    """Whether a title segment is the site's name, or (`extra`) that name and a word or two
    more."""
    key = text_key(segment)
    if not key:
        return False
    if key in keys or not extra:
        return key in keys
    words = [text_key(w) for w in _WORD.findall(segment)]
    heads = ("".join(words[:cut]) for cut in range(max(1, len(words) - MAX_SITE_EXTRA_WORDS),
                                                  len(words)))
    return any(len(head) >= 4 and head in keys for head in heads)


def ends_with_site(text: str, keys: set[str]) -> bool:
    """Whether a bracket's text is the site's name after a word or two ("via Examplery",
    "auf Examplery", "on Examplery"): a syndication credit that names where the page is, in
    any language, by the name and not by the words before it."""
    words = _WORD.findall(text)
    return any(
        text_key("".join(words[cut:])) in keys
        for cut in range(1, min(len(words), MAX_SITE_EXTRA_WORDS + 1))
    )


def strip_site(
    title: str, site_name: str | None = None, url: str | None = None,
    headings: tuple[str, ...] = (), others: tuple[str, ...] = (),
    own: Callable[[], Sequence[str]] = tuple,
) -> str:
    """The headline of a page title, with site-name segments removed from either end.

    `others` are further names that are not part of a headline when they stand alone in a
    segment (the author's name on blogs: "Post title | Jane Doe"); `own` gives the lines in
    which the page names its site (`sources.own_names`, read only when a segment needs
    them): a last segment they hold, shorter than the rest of the title, is the site's
    name too ("Headline – Gorilla Mats" under a logo link "Gorilla Mats", "정부 예산안 확정
    - 연합뉴스" above "© 연합뉴스"). A first one is as often a brand before its tagline
    ("Alma — Simplifying Access to Therapy", the page's title), and stays.
    """
    title = clean_text(title)
    keys = site_keys(site_name, url) | {text_key(o) for o in others if text_key(o)}
    title = _without_kicker_label(title, headings)
    title = _without_coloned_site(title, keys)
    title = before_host_part(title)
    title = _without_leading_host(title, keys | {text_key(h) for h in headings if h}, own)
    bracket = TRAILING_BRACKET.search(title)
    if bracket and bracket.start() > 0 and (
        names_site(bracket.group(1), keys) or ends_with_site(bracket.group(1), keys)
    ):
        title = title[: bracket.start()].rstrip()
    spans = _segments(title)
    parts = [title[a:b] for a, b in spans]
    if len(parts) < 2:
        return title
    heading_keys = {text_key(h) for h in headings if h}
    runs = [
        title[spans[i][0] : spans[j - 1][1]]
        for i in range(len(parts)) for j in range(len(parts), i, -1)
        if (i, j) != (0, len(parts))
    ]
    # any run, a middle one too: "Politics - Headline - Site" under an <h1> "Headline"
    shown = [run for run in runs if text_key(run) in heading_keys]
    if shown:  # the fewest segments a heading shows: a section beside it is no headline
        return min(shown, key=len)
    owned: list[str] | None = None
    start, end = 0, len(parts)
    # "Headline - by Jane Doe - Newsletter": what follows a byline is no headline
    end = next((i for i in range(1, end) if is_byline_segment(parts[i])), end)
    label = text_key(site_label(site_host(url)))
    while end - start > 1:
        if in_host_label(parts[end - 1], label):
            end -= 1
            break  # the site's name: what stands before it is the headline's
        if not (names_site(parts[end - 1], keys) or is_host(parts[end - 1])):
            if not _no_longer(parts[end - 1], parts[start : end - 1]):
                break
            if owned is None:
                owned = _owned_lines(own)
            if not _owned_tail(parts[end - 1], parts[start : end - 1], owned):
                break
        end -= 1
    while end - start > 1 and (names_site(parts[start], keys, extra=False)
                               or is_host(parts[start])):
        start += 1
    return title[spans[start][0] : spans[end - 1][1]].strip()


def _without_leading_host(
    title: str, known: set[str], own: Callable[[], Sequence[str]] = tuple
) -> str:
    """The title less a first word that is the site's host name, written before the
    headline without a separator ("examplery.com Vibe Coding" under a logo link
    "examplery.com"): a host name is no word of a headline where the page names its site
    so (`known`: the site's keys and the page's headings; `own`: the page's home link and
    copyright line, `sources.own_names`). Any other host stays ("Amazon.com posts record
    sales")."""
    first, _, rest = title.partition(" ")
    if not rest.strip() or rest[0] in SEPARATOR_CHARS or not is_host(first):
        return title
    key = text_key(first)
    if key in known or any(text_key(line) == key for line in own()):
        return rest.strip()
    return title


def is_byline_segment(segment: str) -> bool:
    """Whether a title segment is a byline: a by-word and names, nothing else ("by Jane
    Doe", "von Anna Schmidt", "por Lucía Gómez y Carlos Ruiz"). Blog platforms write the
    author into the `<title>` between the headline and the site ("Post - by Jane Doe -
    Newsletter", "Post | by Jane Doe | Medium"), where no author may yet be known to cut."""
    match = BY_PREFIX.match(segment)
    if match is None or not match.group().strip():
        return False
    rest = segment[match.end() :]
    names = parse_byline([rest]).names
    said = {w.casefold() for w in _WORD.findall(rest)} - _AND
    return bool(names) and {w.casefold() for n in names for w in _WORD.findall(n)} == said


_AND = frozenset(w.casefold() for w in AND_WORDS)


def after_byline(text: str) -> str:
    """A `<title>`'s remainder beside its headline without the byline it starts with, where
    one segment follows it: "by Jane Doe - Newsletter" -> "Newsletter" (`is_byline_segment`).
    Where more follow ("by Jane Doe | Section | Site"), which is the site's is not known.
    A byline alone is no site's name: "" (a newsletter without a publication's name prints
    "Post - by Jane Doe")."""
    spans = _segments(text)
    if len(spans) == 2 and is_byline_segment(text[spans[0][0] : spans[0][1]]):
        return text[spans[1][0] : spans[1][1]]
    if len(spans) == 1 and is_byline_segment(text[spans[0][0] : spans[0][1]]):
        return ""
    return text


def site_segment(title: str, own: Callable[[], Sequence[str]]) -> str | None:
    """The last segment of a page title where it is a name the page gives its site (`own`,
    as in `strip_site`) and shorter than the rest: "Best Buy" of "Surface Laptop 13.8" |
    Best Buy" under a logo link "Best Buy". For pages whose metadata names no site and
    whose headline is not a run of the title's segments (`title_remainder` then has
    nothing to offer)."""
    parts = segments(clean_text(title))
    if len(parts) < 2 or not _no_longer(parts[-1], parts[:-1]):
        return None
    owned = _owned_lines(own)
    return parts[-1].strip() if _owned_tail(parts[-1], parts[:-1], owned) else None


def owned_segment(text: str, own: Callable[[], Sequence[str]]) -> str | None:
    """The first of the segments of `text` (a `<title>`'s remainder beside its headline:
    "The Site | World", "Page 2 | The Site") that is a name the page gives its site (`own`,
    as in `strip_site`); None where `text` is one segment or the page names none of them."""
    parts = segments(text)
    if len(parts) < 2:
        return None
    owned = _owned_lines(own)
    return next((part.strip() for part in parts if _said_by_page(part, owned)), None)


def coloned_site(title: str, headline: str, own: Callable[[], Sequence[str]]) -> str | None:
    """The site's name on the other side of a title's one colon from its headline ("The
    Gazette: Headline", "Headline : The Gazette"), where the page names its site so (`own`,
    as in `strip_site`) and the name is shorter than the headline. A colon is headline
    punctuation ("Brexit: what next") and no separator (`SEPARATOR`): only the page's own
    naming tells a site from a kicker."""
    match = COLONED.match(clean_text(title))
    if match is None:
        return None
    head, tail = match.group("head").strip(), match.group("tail").strip()
    want = text_key(headline)
    other = tail if text_key(head) == want else head if text_key(tail) == want else None
    if not other or not _shorter(other, [headline]):
        return None
    return other if _said_by_page(other, _owned_lines(own)) else None


def _shorter(segment: str, rest: Sequence[str]) -> bool:
    """Whether a title segment has fewer words than the rest of the title: a site's name is
    shorter than the headline it follows, and a headline the footer's notice also links to
    ("Acme | Privacy Policy" over "© Acme · Privacy Policy") stays."""
    return 0 < len(_WORD.findall(segment)) < sum(len(_WORD.findall(r)) for r in rest)


def _no_longer(segment: str, rest: Sequence[str]) -> bool:
    """Whether a title segment has no more words than the rest of the title."""
    return 0 < len(_WORD.findall(segment)) <= sum(len(_WORD.findall(r)) for r in rest)


def _owned_tail(segment: str, rest: Sequence[str], owned: Sequence[str]) -> bool:
    """Whether a last title segment is the site's name as the page gives it (`owned`):
    said there and shorter than the rest; or as long as the rest where the rest is not
    said there ("FAQ | Acme" under a logo "Acme"; not "Acme | Privacy Policy" over a
    footer "© Acme · Privacy Policy", where both are the page's)."""
    if not _said_by_page(segment, owned):
        return False
    return _shorter(segment, rest) or not any(_said_by_page(r, owned) for r in rest)


def _said_by_page(segment: str, owned: Sequence[str]) -> bool:
    """Whether a title segment is a name the page gives its site (`owned`: its lines, as
    casefolded words between spaces: `_spaced_words`)."""
    needle = _spaced_words(segment)
    return any(needle in line for line in owned)


def _spaced_words(text: str) -> str:
    """The text's casefolded words, one space apart and one at each end, so that a name is
    found in a line as whole words ("acme" in " 2025 acme all rights reserved ")."""
    return f" {word_key(text)} "


def _owned_lines(own: Callable[[], Sequence[str]]) -> list[str]:
    """The lines the page names its site by (`own`: its home link, its © line), as
    `_said_by_page` reads them."""
    return [_spaced_words(line) for line in own()]


KICKER_LABEL = re.compile(r"^\s*【(?P<label>[^【】]{1,12})】\s*")
"""A label in lenticular brackets before a Japanese or Chinese headline ("【速報】",
"【独自】", "【图】"): a kicker, never the site's name."""


def _without_kicker_label(title: str, headings: tuple[str, ...]) -> str:
    """The title without a leading bracketed kicker (`KICKER_LABEL`) that the page's
    headings leave out: the page shows its headline without it."""
    match = KICKER_LABEL.match(title)
    if match is None or not headings or len(title) == match.end():
        return title
    if any(match.group("label") in heading for heading in headings):
        return title
    return title[match.end() :]


COLONED = re.compile(r"^(?P<head>[^:：]{1,80}?)\s*[:：]\s*(?P<tail>[^:：]{1,300})$")
"""A title in two parts around one colon: "The Gazette: Council approves budget"."""


def _without_coloned_site(title: str, keys: set[str]) -> str:
    """The title without the site's name after its one colon ("Headline : Site",
    "見出し：朝日新聞デジタル"). A colon is headline punctuation ("Brexit: what next") and no
    separator (`SEPARATOR`), but a part after it that is exactly the site's name is no
    headline. Before the colon the name stays: "Figma: The Collaborative Interface Design
    Tool" is a brand's tagline, the whole of it the page's title (wcxb-dev: 6 titles of
    home and service pages lost, none gained, when both sides were cut)."""
    if not keys or not any(c in title for c in ":："):
        return title
    match = COLONED.match(title)
    if match is None:
        return title
    head, tail = match.group("head").strip(), match.group("tail")
    return head if head and text_key(tail) in keys else title


COLON = re.compile(r"(?<!\s)\s*[:：]\s*")  # (?<!\s): linear on long whitespace runs
"""A colon between parts of a title, with the spaces around it."""


def before_host_part(title: str) -> str:
    """The title before a colon-parted part written as a host name, and before all that
    follows it: "Wireless Earbuds 2023: Examplery.co.uk: Electronics & Photo" is
    "Wireless Earbuds 2023". Shops append their host and then the product's category
    (or its author and number) after a colon each. A host name is the site's whichever
    site it is (`is_host`; the dash and pipe separators already cut one at either end),
    and what comes after it is the site's filing of the page, no headline. A first part
    stays ("Examplery.com: Your Online Bookshop", the brand before its tagline)."""
    found = _host_part(title)
    return title[: found[0]].rstrip() if found else title


def host_part(title: str) -> str | None:
    """The host name that `before_host_part` cuts at ("Examplery.co.uk"): the site's name
    as the title gives it."""
    found = _host_part(title)
    return found[1] if found else None


def _host_part(title: str) -> tuple[int, str] | None:
    """Where the colon before the title's first host-name part (not its first part)
    starts, and that part."""
    if ":" not in title and "：" not in title:
        return None
    marks = list(COLON.finditer(title))
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(title)
        part = title[mark.end() : end]
        if is_host(part) and title[: mark.start()].strip():
            return mark.start(), part.strip()
    return None


def without_heading_label(heading: str, title: str | None) -> str:
    """The heading less the label before its one colon, where the page's `<title>` leaves
    the label out and begins or ends with the rest: "Discussion: Dérailleur qui saute"
    over "Dérailleur qui saute - Forum Vélo", "Monat: März 2024" over "März 2024 – Jana's
    Blog". Forum, archive and tag templates print such a label before the page's own
    title; the `<title>` gives the title alone, and beside it the site's name."""
    if not title or not any(c in heading for c in ":："):
        return heading
    match = COLONED.match(heading)
    if match is None:
        return heading
    label, rest = text_key(match.group("head")), match.group("tail").strip()
    if not label or label in text_key(title) or title_remainder(title, rest) is None:
        return heading
    return rest


LEADING_SEPARATOR = re.compile(r"^(?:\|+|｜+|::|[-–—·•~/]+(?=\s))")
"""A separator the title starts with: "| The Site", "– The Site". Not a guillemet: French
quotes open with "« " and a space."""


def lost_headline(title: str) -> bool:
    """Whether a title starts with a separator, the headline's slot of the site's template
    ("{headline} | {site}") left empty: "| Nuts & Volts Magazine" names the site, not the
    page, and yields to any other title or heading."""
    return bool(LEADING_SEPARATOR.match(title)) and bool(segments(title))


def segments(title: str) -> list[str]:
    """The texts between the separators sites write around their name (`SEPARATOR`), empty
    ones left out."""
    return [title[a:b] for a, b in _segments(title)]


def leading_runs(title: str) -> list[str]:
    """The title up to the end of each of its segments, the whole title last: "Headline",
    "Headline | Section", "Headline | Section | Site"."""
    return [title[: end].rstrip() for _, end in _segments(title)]


def headline_runs(title: str) -> list[str]:
    """The runs of a title's consecutive segments, not the whole title, that have more words
    than the rest of it, where the rest has `MIN_APPENDED_WORDS` or more: the parts that may
    be its headline beside a site's name, which is shorter ("The old mill turns again" of
    "Millbrook Gazette - The old mill turns again"; not "Git" of "Git - git-commit
    Documentation", nor "About" of "About - State of AI newsletter"). One word beside it is
    a section or a name as often (`before_pipe`): "Friday Facts #282 | Factorio" stays.
    Words are `title_words`, a character of a script without spaces one each: "古镇老街修缮工程完工_
    星河新闻网" is a headline of ten beside a site's name of five, not one word beside one."""
    spans = _segments(title)
    words = [len(title_words(title[a:b])) for a, b in spans]
    runs = []
    for i in range(len(spans)):
        for j in range(i + 1, len(spans) + 1):
            rest = sum(words) - sum(words[i:j])
            if (i, j) != (0, len(spans)) and MIN_APPENDED_WORDS <= rest < sum(words[i:j]):
                runs.append(title[spans[i][0] : spans[j - 1][1]])
    return runs


def _segments(title: str) -> list[tuple[int, int]]:
    """(start, end) of the texts between separators, empty ones left out."""
    if not any(char in title for char in SEPARATOR_CHARS):
        return [(0, len(title))] if title.strip() else []  # the regex would find nothing
    spans, pos = [], 0
    for match in SEPARATOR.finditer(title):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(title)))
    return [(a, b) for a, b in spans if title[a:b].strip()]


PIPE = re.compile(r"(?<!\s)\s*\|\s*")  # (?<!\s): linear on long whitespace runs
"""The one title separator that is no headline punctuation: newsrooms and shops write a
colon or a dash inside a headline, but a pipe only between the headline and what is
appended to it for search engines (a section, a tagline, the site)."""


MIN_APPENDED_WORDS = 2
"""Words after a pipe that make it an appended tagline. One word ("| Opinion", "| Factorio")
is a section or a name: `strip_site` cuts it where it names the site, else it stays."""


def before_pipe(title: str, site: str | None = None) -> str:
    """The headline before the first pipe that appends a tagline: "Best Movers in NYC 2025 |
    Top 19 Companies" -> "Best Movers in NYC 2025". Run after `strip_site`, so a leading
    segment that names the site is already gone; a title that starts with a pipe keeps what
    follows it. `site`: the title's first part where it is the name the page gives its
    site (`site_before_pipe`: "The Gazette | Headline" under a logo link "The Gazette"),
    which is no headline: what follows it is."""
    parts = [part.strip() for part in PIPE.split(title) if part.strip()]
    for i in range(1, len(parts)):
        if sum(len(part.split()) for part in parts[i:]) >= MIN_APPENDED_WORDS:
            if i == 1 and site:
                return before_pipe(" | ".join(parts[1:]))
            return " | ".join(parts[:i])
    return " | ".join(parts) if parts else title


def site_before_pipe(title: str, own: Callable[[], Sequence[str]]) -> str | None:
    """The part of a title before its first pipe where it is the name the page gives its
    site (`own`) and shorter than the rest: "The Gazette" of "The Gazette | Headline"."""
    parts = [part.strip() for part in PIPE.split(title) if part.strip()]
    if len(parts) < 2 or not _shorter(parts[0], parts[1:]):
        return None
    return parts[0] if _said_by_page(parts[0], _owned_lines(own)) else None


MIN_TAGLINE_WORDS = 3
"""Words after a separator that make the rest of a site name a tagline."""


def clean_site_name(name: str) -> str | None:
    """The site's name without a tagline.

    "LinkNaija | Nigeria's popular news platform" -> "LinkNaija"; a name with several
    further segments ("Autoracing | F1 | Indy | MotoGP") keeps only its first. A legal
    form ("Wikimedia Foundation, Inc.") is part of the name as published and is kept.
    """
    name = clean_text(name)
    spans = _segments(name)
    if len(spans) > 1:
        rest = name[spans[1][0] :]
        if len(spans) > 2 or len(rest.split()) >= MIN_TAGLINE_WORDS:
            name = name[spans[0][0] : spans[0][1]].strip()
    return name or None



def outer_segment(title: str, rest: str) -> str:
    """The site's name of a `<title>`'s remainder of two short segments beside its
    headline: the one at the title's end, farthest from the headline ("河畔日报" of
    "标题_新闻_河畔日报", "The Gazette" of "The Gazette | Politics | Headline"). Sites write
    "Headline | Section | Site": of the dev pages' `<title>`s of three segments or more whose
    `og:site_name` is one of them, it is the last on 117, an inner one on 9 (a college's
    name before its university's). `rest` stays whole where a segment is a tagline's length
    (`clean_site_name` then keeps the first) or where it stands at neither end."""
    parts = segments(rest)
    if len(parts) != 2 or any(len(part.split()) >= MIN_TAGLINE_WORDS for part in parts):
        return rest
    if title.rstrip().endswith(rest):
        return parts[-1].strip()
    if title.lstrip().startswith(rest):
        return parts[0].strip()
    return rest


def without_bracketed_note(name: str) -> str:
    """A site's name from the `<title>` without a note in brackets closing it, which
    speaks of the page, not the site: "Diario Nordwind (versión para imprimir)", "The
    Courier (print edition)". A name that is only brackets stays."""
    if not name.endswith((")", "\uff09")):
        return name
    cut = max(name.rfind("("), name.rfind("\uff08"))
    return name[:cut].strip() if cut > 0 and name[:cut].strip() else name


def title_remainder(title: str, headline: str) -> str | None:
    """What a page title holds beside its headline, cut at separators: "The Site" of
    "Headline – The Site" or "The Site | Headline"; None when the headline is not a leading
    or trailing run of the title's segments."""
    spans = _segments(title)
    want = text_key(headline)
    if len(spans) < 2 or not want:
        return None
    for cut in range(1, len(spans)):
        head, tail = title[spans[0][0] : spans[cut - 1][1]], title[spans[cut][0] : spans[-1][1]]
        if text_key(head) == want:
            return tail.strip() or None
        if text_key(tail) == want:
            return head.strip() or None
    return None


def after_cut_headline(title: str, headline: str) -> str | None:
    """What a page title holds after its headline where the title cut the headline short:
    "Deskcraft" of "How to set up your desk, laptop, and k | Deskcraft" above the headline
    "How to set up your desk, laptop, and keyboard"; None where no leading run of the
    title's segments is the start of the headline, or where the headline goes on as the
    title does ("Headphone - Sweep, Loft, and Extrude" above the same headline is one
    headline, not "Headphone" cut short before a site named "Sweep, Loft, and Extrude")."""
    spans = _segments(title)
    whole = text_key(headline)
    for cut in range(len(spans) - 1, 0, -1):
        head = title[spans[0][0] : spans[cut - 1][1]]
        key = text_key(head)
        if (key and len(key) < len(whole) and headline.casefold().startswith(head.casefold())
                and not whole.startswith(text_key(title[spans[0][0] : spans[cut][1]]))):
            return title[spans[cut][0] : spans[-1][1]].strip() or None
    return None


def after_headline(title: str, headline: str) -> str | None:
    """What a page title holds after its headline where a section stands before it:
    "The Site" of "Politics - Headline - The Site"; None when the headline is not a run of
    the title's segments with one before and one after it (`title_remainder` reads the
    runs at either end)."""
    spans = _segments(title)
    want = text_key(headline)
    if len(spans) < 3 or not want:
        return None
    for start in range(1, len(spans) - 1):
        for end in range(start + 1, len(spans)):
            if text_key(title[spans[start][0] : spans[end - 1][1]]) == want:
                return title[spans[end][0] : spans[-1][1]].strip() or None
    return None


UNSPACED_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR")
"""Scripts written without spaces between words (first word of Unicode character names)."""
_FIRST_UNSPACED = "\u0e00"
"""No script of `UNSPACED_SCRIPTS` is written below this code point (Thai, the first)."""


def unspaced_char(char: str) -> bool:
    """Whether `char` is of a script written without spaces, where each character may end
    a word."""
    return char >= _FIRST_UNSPACED and unicodedata.name(char, "").startswith(UNSPACED_SCRIPTS)


def title_words(text: str) -> list[str]:
    """The case-folded words of a title, a character of a script without spaces a word of
    its own (no space tells where its words end)."""
    words: list[str] = []
    for word in _WORD.findall(text.casefold()):
        if any(unspaced_char(c) for c in word):
            words += list(word)
        else:
            words.append(word)
    return words


PART_END = re.compile(r"(?<!\s)\s*[:：]\s*")  # (?<!\s): linear on long whitespace runs
"""A colon parts a title as a separator does where `confirms` looks for a leading or
trailing part ("PostgreSQL: Documentation: 18: SELECT"); `strip_site` cuts none at it."""
MIN_CONFIRMED_SHARE = 0.5
"""Share of the page's `<title>` or heading that a run of its words must hold to confirm a
metadata title that is no leading or trailing part of it: "Seven secrets hotel owners keep"
in "The seven secrets hotel owners keep | The Daily" is the headline, "Budget" in "Council
approves budget" a word of it."""


def confirms(witness: str, title: str) -> bool:
    """Whether the page's own `witness` (its `<title>` or an `<h1>`) holds the metadata
    `title`: the same letters, or the title's words as whole words of it, where they are a
    leading or trailing run of its parts ("Headline" of "Headline | Section | Site", cut at
    separators and colons) or at least `MIN_CONFIRMED_SHARE` of its words. Letters found
    inside the witness's words ("Pro" in "Council approves budget"), a word of it or a
    section between its parts ("Politics" of "Headline | Politics | Site") confirm nothing."""
    key = text_key(title)
    if not key or key == text_key(witness):
        return bool(key)
    want, have = title_words(title), title_words(witness)
    n = len(want)
    if not any(have[i : i + n] == want for i in range(len(have) - n + 1)):
        return False
    if n >= MIN_CONFIRMED_SHARE * len(have):
        return True
    sizes = [len(title_words(p)) for s in segments(witness) for p in PART_END.split(s)]
    cuts = set(accumulate(sizes))  # the word counts of the leading runs of parts
    return (have[:n] == want and n in cuts) or (have[-n:] == want and len(have) - n in cuts)


_BRACKETED = re.compile(r"^\W*[\[(（［【][^\[\]()（）［］【】]*[\])）］】]\W*$")
"""A remainder that is one bracketed name ("[Site]", "（CNET Japan）", full-width brackets
too): the bracket rule of `strip_site` decides on those, from what names the site."""


def one_heading(headings: tuple[str, ...]) -> str | None:
    """The page's heading where all its headings say one thing, else None."""
    shown = {text_key(h): h for h in headings if text_key(h)}
    return clean_text(next(iter(shown.values()))) if len(shown) == 1 else None


def shown_at_an_end(title: str, headings: tuple[str, ...]) -> str | None:
    """The page's one heading, where its words begin or end the title and the title says more.

    "Hiking Boots: Shop Boots for Hiking & Backpacking" above an `<h1>` "Hiking Boots", or
    "Shop Wired Headphones" above "Wired Headphones": the rest is written for search engines
    and social cards, the page shows the heading. Words are compared (any script, case
    folded), so separators and punctuation between them do not matter. A page with several
    different headings has no single one to prefer.
    """
    heading = one_heading(headings)
    if heading is None:
        return None
    want = [w.casefold() for w in _WORD.findall(heading)]
    spans = [(m.start(), m.end()) for m in _WORD.finditer(title)]
    words = [title[a:b].casefold() for a, b in spans]
    n = len(want)
    if not want or n >= len(words):
        return None
    if words[:n] == want:
        rest = title[spans[n - 1][1] :]
    elif words[-n:] == want:
        rest = title[: spans[-n][0]]
    else:
        return None
    return None if _BRACKETED.match(rest) else heading


MIN_SHARED_WORDS = 0.3
"""Share of one title's words that the other must have for both to word one headline
("Types of Restaurant Service | Full Guide to Popular Dining Formats" and "Types of
Restaurant Service: Explore Dining Styles from Casual to Fine Dining"): below it the
heading names something else (the blog's name, a section)."""


def reworded_heading(title: str, headings: tuple[str, ...]) -> str | None:
    """The page's one heading where it words the title's headline otherwise: a blog post's
    title as its author wrote it, above the search-engine title its metadata carries
    ("Top 10: Best Language Learning App (tested by experts)" over "Best Apps to Learn a
    Language in 2025 – Top 10 Picks")."""
    heading = one_heading(headings)
    if heading is None or text_key(heading) == text_key(title):
        return None
    words = [w.casefold() for w in _WORD.findall(heading)]
    others = [w.casefold() for w in _WORD.findall(title)]
    if not words or not others:
        return None
    shared = max(_shared(words, others), _shared(others, words))
    return heading if shared >= MIN_SHARED_WORDS else None


def _shared(words: list[str], others: list[str]) -> float:
    """Share of `words` (counted with repeats) that `others` also has."""
    known = set(others)
    return sum(w in known for w in words) / len(words)


def as_shown(title: str, headings: tuple[str, ...]) -> str:
    """The title as the page's one heading writes it, where the title is in capitals and
    the heading, the same text, is not: "COUNCIL APPROVES BUDGET" in JSON-LD above an
    `<h1>` "Council Approves Budget" (a feed written for a ticker). Other differences of
    writing keep the title: where the heading and a metadata title have the same words
    but other punctuation ("Collectibles & Art" / "Collectibles Art", "Switch™" / "Switch",
    "*Treatise*" / "Treatise"), wcxb-dev's truth follows the metadata as often as the
    heading (tune: 2 pages each way)."""
    heading = one_heading(headings)
    if (heading is None or not title.isupper() or heading.isupper()
            or heading.casefold() != title.casefold()):
        return title
    return heading


def renumbered(title: str, other: str) -> bool:
    """Whether two titles are the same words but for their numbers: "How to install solar
    panels in 2025" in `og:title` and "... in 2026" in the page's `<title>` and `<h1>`. A
    page updated for a new year, a new count or a new price renumbers what it prints, and
    its social card keeps the old figure."""
    words, others = title_words(title), title_words(other)
    if len(words) != len(others):
        return False
    changed = [(a, b) for a, b in zip(words, others, strict=True) if a != b]
    return bool(changed) and all(a.isdigit() and b.isdigit() for a, b in changed)
