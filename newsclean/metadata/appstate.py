"""Authors a page declares only in its app state: the JSON a script hands the browser.

A Next.js page (and other single-page apps that ship their state as a JSON script,
`<script id="__NEXT_DATA__" type="application/json">`) may render no byline, meta tag or
JSON-LD and keep the story's record, authors and all, in that JSON. The record's keys are
the site's own, but the story's record names its headline: the object whose title-like
value is the page's own `<h1>` or `<title>` is the story, and its author-like key names
who wrote it. A teaser's or a related story's record names another headline and is not
read. No schema declares those keys an author's, so a name is taken as printed text's
is, by its shape (`authors.looks_like_name`: two to five words of letters): an account's
id ("tm-ci0202786860222576") or a company's one word is no writer. The weakest author
source (`newsclean.metadata.ORDER`): read only where no markup, byline or printed line
names anyone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from newsclean.metadata.authors import looks_like_name
from newsclean.metadata.sources import Found, Page

STATE_TYPES = frozenset({"application/json"})
"""Script types whose text is JSON data the page's app reads (not JSON-LD, not code)."""
MAX_STATE_CHARS = 2_000_000
"""Characters of a script parsed: a story's record is some kilobytes; a state past a few
megabytes is a whole catalogue, where the story's record is not looked for."""
MAX_NODES = 50_000
"""JSON objects and arrays visited per page, whatever the state holds."""
MAX_DEPTH = 16
"""Levels walked into the state: Next.js puts the story at `props.pageProps.<name>`, some
sites a few levels deeper (`data.article.content`)."""
MAX_NAMES = 20
"""Author entries read from one record (a list of contributors is rarely longer)."""

TITLE_KEYS = ("headline", "title", "name", "seoTitle")
"""Keys under which a record names its story (schema.org's and content systems' words)."""
AUTHOR_KEYS = ("authors", "author", "byline", "bylines", "writers", "creators", "creator")
"""Keys under which a story's record names its writers: a name, a person object or a list."""
NAME_KEYS = ("name", "displayName", "fullName", "full_name", "title")
"""Keys of a person object that hold the name as printed."""

_WORDS = re.compile(r"\w+")


def key_of(text: str) -> str:
    """A headline's words, case-folded: the `<h1>` and the state may differ in spaces,
    punctuation and case."""
    return " ".join(_WORDS.findall(text.casefold()))


def state_scripts(page: Page) -> Iterator[Any]:
    """The page's app states, parsed: each JSON data script (not JSON-LD) that parses."""
    for script in page.tagged("script"):
        kind = (script.get("type") or "").split(";")[0].strip().lower()
        text = script.text
        if kind not in STATE_TYPES or not text or len(text) > MAX_STATE_CHARS:
            continue
        try:
            yield json.loads(text)
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's stack
            continue


def page_headlines(page: Page) -> set[str]:
    """The keys of the page's `<h1>` and `<title>` texts: what the story's record names."""
    texts = (el.text_content() for el in (*page.tagged("h1"), *page.tagged("title")))
    return {key for text in texts if (key := key_of(text))}


def names_in(value: object) -> list[str]:
    """The names an author entry gives: a string, a person object's name, or a list of
    either (a list inside the list is not read: it is no author entry)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return next(([v] for k in NAME_KEYS if isinstance(v := value.get(k), str)), [])
    if isinstance(value, list):
        return [n for item in value[:MAX_NAMES] if not isinstance(item, list)
                for n in names_in(item)]
    return []


def story_authors(state: Any, headlines: set[str]) -> list[str]:
    """The authors of the first record (depth first, in the state's order) that names one of
    `headlines` and a name shaped as a person's; a record that names the headline but no
    such name is passed."""
    stack: list[tuple[Any, int]] = [(state, 0)]
    visited = 0
    while stack and visited < MAX_NODES:
        node, depth = stack.pop()
        visited += 1
        if isinstance(node, dict):
            if any(isinstance(t := node.get(k), str) and key_of(t) in headlines
                   for k in TITLE_KEYS):
                for key in AUTHOR_KEYS:
                    names = [n.strip() for n in names_in(node.get(key))
                             if looks_like_name(n.strip())]
                    if names:
                        return names
            children = list(node.values())
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth < MAX_DEPTH:
            stack.extend((child, depth + 1) for child in reversed(children)
                         if isinstance(child, (dict, list)))
    return []


def from_app_state(page: Page) -> Found:
    """The story's authors as the page's app state names them (module docstring)."""
    headlines = page_headlines(page)
    if not headlines:
        return {}
    for state in state_scripts(page):
        names = story_authors(state, headlines)
        if names:
            return {"authors": [names]}
    return {}
