"""JSON-LD (schema.org) blocks: the article object and the site's name.

Objects are found at the top level, in lists and in ``@graph``; ``{"@id": ...}`` references
are resolved inside the page. A block that is not valid JSON is repaired once (trailing
commas, raw control characters) and otherwise skipped: one broken block never hides the
others nor raises.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lxml.html import HtmlElement

ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
        "askpublicnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
        "techarticle", "scholarlyarticle", "report", "satiricalarticle",
        "advertisercontentarticle", "discussionforumposting", "medicalscholarlyarticle",
        "review", "creativework",
    }
)
"""Types whose object describes the article itself."""
PAGE_TYPES = frozenset({"webpage", "itempage", "collectionpage", "aboutpage", "profilepage"})
"""Types used, when no article object exists, as a weaker stand-in for it."""
MEDIA_TYPES = frozenset(
    {
        "videoobject", "imageobject", "photograph", "audioobject", "mediaobject",
        "musicrecording", "musicalbum", "podcastepisode", "recipe", "howto",
    }
)
"""Types of a media object or another authored work, used when no article or web-page
object exists and the object is the page's own work (`JsonLd.media_work`): a watch page's
`VideoObject`, a photo page's `ImageObject`, an episode's `PodcastEpisode`, a recipe
blog's `Recipe` and a guide's `HowTo` describe it (its name, author and date) as an article
object describes a story."""
BESIDE_WORK_TYPES = frozenset(
    {"website", "organization", "newsmediaorganization", "corporation", "person",
     "breadcrumblist", "searchaction"}
)
"""Types a page declares about its site and people, beside whatever its own thing is: with
a media object, they leave it the only thing the page is about. Anything else (a
`Product` with its video, an `ItemList`, a `LocalBusiness`) is the page's own thing."""
ORGANIZATION_TYPES = frozenset(
    {"organization", "newsmediaorganization", "corporation", "website", "onlinebusiness"}
)
MAX_SCRIPT_CHARS = 2_000_000
"""Larger JSON-LD blocks are skipped: no real page needs them and parsing costs time."""
MAX_DEPTH = 8
"""Nesting followed when reading a value's names; real pages need two or three levels."""
MAX_OBJECTS = 5_000
"""Objects visited per page, a bound against pathological nesting."""

_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_WRAPPER = re.compile(
    r"^\s*(?:<!--|//\s*<!\[CDATA\[|/\*\s*<!\[CDATA\[\s*\*/|<!\[CDATA\[)"
    r"|(?:-->|//\s*\]\]>|/\*\s*\]\]>\s*\*/|\]\]>)\s*$"
)
"""What templates wrap a script's JSON in for old parsers: an HTML comment, or CDATA marks
behind a line comment ("//<![CDATA[") or inside block comments ("/*<![CDATA[*/ … /*]]>*/",
as PHP templates write it)."""


@dataclass
class JsonLd:
    """The objects of a page's JSON-LD, and an index of those that carry an ``@id``."""

    objects: list[dict[str, Any]] = field(default_factory=list)
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    page_title: str = ""
    """The page's `<title>`: a media object naming the page's own work is named in it."""

    def resolve(self, value: Any) -> Any:
        """The object a bare ``{"@id": ...}`` reference points to, else the value itself."""
        if isinstance(value, dict) and set(value) <= {"@id", "@type"} and "@id" in value:
            return self.by_id.get(str(value["@id"]), value)
        return value

    def article(self) -> dict[str, Any] | None:
        """The article-typed object a web page names its `mainEntity`, else the first
        article-typed object, else the first web-page-typed one, else the media object
        that is the page's own work (`media_work`). A page's graph may list other stories
        as articles too (related ones, before its own): the page's own says which is its
        main one."""
        main = self._main_entity()
        if main is not None:
            return main
        for wanted in (ARTICLE_TYPES, PAGE_TYPES):
            for obj in self.objects:
                if types(obj) & wanted:
                    return obj
        return self.media_work()

    def media_work(self) -> dict[str, Any] | None:
        """The first media object, where it is the page's own work: the page declares
        nothing else but its site and people (`BESIDE_WORK_TYPES`), and its `<title>` says
        the object's name. A product's, a business's or a thread's embedded video
        describes the video, not the page. Its name is its `name`, else its `headline`
        (which schema.org gives any creative work)."""
        media = [obj for obj in self.objects if types(obj) & MEDIA_TYPES]
        if not media or any(
            not types(obj) & (MEDIA_TYPES | BESIDE_WORK_TYPES) for obj in self.objects
        ):
            return None
        name = media[0].get("name") or media[0].get("headline")
        if not isinstance(name, str) or not _squashed(name):
            return None
        return media[0] if _squashed(name) in _squashed(self.page_title) else None

    def _main_entity(self) -> dict[str, Any] | None:
        """The article-typed `mainEntity` of the first web-page-typed object naming one."""
        for obj in self.objects:
            if types(obj) & PAGE_TYPES:
                main = self.resolve(obj.get("mainEntity"))
                if isinstance(main, dict) and types(main) & ARTICLE_TYPES:
                    return main
        return None

    def twins(self, article: dict[str, Any], key: str = "datePublished") -> list[dict[str, Any]]:
        """The other article-typed objects that give `article`'s `key` word for word or
        as the same instant: one story described twice (a theme's schema and an SEO
        plug-in's graph), each with some of its dates."""
        own = article.get(key)
        if not isinstance(own, str) or not own.strip():
            return []
        same = _instant(own)
        return [
            obj for obj in self.objects
            if obj is not article and types(obj) & ARTICLE_TYPES
            and isinstance(other := obj.get(key), str)
            and (other.strip() == own.strip() or (same is not None and _instant(other) == same))
        ]

    def site_names(self) -> list[str]:
        """Names of WebSite objects, then of the article's publisher."""
        out = [str(o["name"]) for o in self.objects if "website" in types(o) and o.get("name")]
        return out


def _squashed(text: str) -> str:
    """Text casefolded with its whitespace runs as one space: how a name is found in a
    title."""
    return " ".join(text.split()).casefold()


def _instant(value: str) -> datetime | None:
    """A zoned ISO 8601 time as an instant ("2025-12-20T11:07:01+07:00" is
    "2025-12-20T04:07:01+00:00"), else None (a day alone, or no zone: no instant)."""
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def types(obj: dict[str, Any]) -> set[str]:
    """The lower-cased schema.org types of an object, without URL prefixes."""
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {type_name(v) for v in values if isinstance(v, str)}


def type_name(value: str) -> str:
    """The schema.org type a JSON-LD `@type` or a microdata `itemtype` value names
    ("https://schema.org/Comment/" → "comment"): its last path part, lower-cased."""
    return value.rstrip("/").rsplit("/", 1)[-1].lower()


def _loads(text: str) -> Any:
    text = text.strip()
    if "<!" in text or "-->" in text or "]]>" in text:  # else _WRAPPER cannot match
        text = _WRAPPER.sub("", text)
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        pass
    try:
        return json.loads(_TRAILING_COMMA.sub(r"\1", text), strict=False)
    except (ValueError, RecursionError):
        return None


def _walk(value: Any, out: list[dict[str, Any]]) -> None:
    """Flatten lists and ``@graph``s into `out`, breadth of one page, depth-first."""
    stack = [value]
    while stack and len(out) < MAX_OBJECTS:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            graph = item.get("@graph")
            if "@type" in item or "@id" in item:
                out.append(item)
            if isinstance(graph, list | dict):
                stack.append(graph)
            main = item.get("mainEntity")
            if isinstance(main, dict) and types(main) & ARTICLE_TYPES:
                stack.append(main)


def _scripts(scripts: Iterable[HtmlElement]) -> Iterator[str]:
    for script in scripts:
        kind = (script.get("type") or "").strip().lower()
        if kind == "application/ld+json" and 0 < len(script.text or "") <= MAX_SCRIPT_CHARS:
            yield str(script.text)


def parse(tree: HtmlElement) -> JsonLd:
    """Every JSON-LD object of the page; broken blocks are skipped."""
    return parse_scripts(tree.iter("script"))


def parse_scripts(scripts: Iterable[HtmlElement]) -> JsonLd:
    """Every JSON-LD object of these `<script>` elements (in document order)."""
    result = JsonLd()
    for text in _scripts(scripts):
        _walk(_loads(text), result.objects)
    for obj in result.objects:
        key = obj.get("@id")
        if isinstance(key, str) and key not in result.by_id:
            result.by_id[key] = obj
    return result


NAME_PARTS = ("honorificPrefix", "givenName", "additionalName", "familyName")
"""The parts of a schema.org `Person`'s name, in the order a byline prints them."""


def name_parts(obj: dict[str, Any]) -> str | None:
    """The name of an object that gives it in parts and no `name`: a `Person` written as
    {"givenName": "Jane", "familyName": "Doe"} is Jane Doe. None without a given or family
    name (an honorific alone names no one)."""
    if not any(isinstance(obj.get(k), str) and obj[k].strip() for k in NAME_PARTS[1:]):
        return None
    return " ".join(obj[k].strip() for k in NAME_PARTS if isinstance(obj.get(k), str)) or None


def texts(value: Any, key: str = "name", depth: int = 0) -> list[str]:
    """Strings of a JSON-LD value: a string, a list, or objects' `key` (e.g. "name")."""
    if depth > MAX_DEPTH:
        return []
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items[:100]:
        if isinstance(item, str | int | float) and not isinstance(item, bool):
            out.append(str(item))
        elif isinstance(item, dict):
            inner = item.get(key)
            if inner is None and key == "name":
                inner = name_parts(item)
            if isinstance(inner, str | int | float) and not isinstance(inner, bool):
                out.append(str(inner))
            elif isinstance(inner, list):
                out.extend(texts(inner, key, depth + 1))
    return [t for t in (" ".join(s.split()) for s in out) if t]
