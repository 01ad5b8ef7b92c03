"""Strict matching of metadata fields against a dataset's truth: the headline rules.

The same rules for every set and every tool (issue "Metadata on every page"):

- title: equal after casefolding, NFKC, collapsing whitespace and trimming punctuation and
  symbols at both ends;
- authors: at least one expected name is one of the predicted authors (names compared the
  same way as titles);
- date: the same calendar day as written (the truth's own day; a prediction's day in the
  zone it was given in).

`truth_of` reads the three fields from any shared set's `Page.meta`: WCXB (`title`,
`authors`, `published`), fundus (the same keys) and Readability's pages (`title`,
`byline`, `publishedTime`). AEB has no metadata.

`LENIENT` holds looser rules, reported beside the strict ones and never instead of them:

- title: equal as above, or equal once leading or trailing segments cut at a title
  separator (`` | ``, `` - ``, `` – ``, `` — ``, `` · ``, `` :: ``, `` » ``, `` / ``) are
  removed from either side ("Headline | Site" = "Headline": which side of a separator is
  the site's name is not what the test is about);
- authors: an expected name and a predicted one are equal, or one holds the other as whole
  words ("Dr. Jane Doe" = "Jane Doe"; "Jane Doe, Senior Editor" = "Jane Doe");
- date: at most one calendar day apart (a late-evening time in one zone is the next day
  in another).
"""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import date, datetime
from typing import Any

FIELDS = ("title", "authors", "date")

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


def _trim(text: str) -> str:
    """Strip characters that are punctuation or symbols (Unicode P* and S*) at both ends."""
    start, end = 0, len(text)
    while start < end and unicodedata.category(text[start])[0] in "PSZ":
        start += 1
    while end > start and unicodedata.category(text[end - 1])[0] in "PSZ":
        end -= 1
    return text[start:end]


def norm(text: object) -> str:
    """A field's comparable form: unescaped, NFKC, case-folded, single-spaced, trimmed."""
    if not isinstance(text, str) or not text:
        return ""
    text = unicodedata.normalize("NFKC", html.unescape(text)).translate(_QUOTES)
    return _trim(" ".join(text.casefold().split()))


def title_match(pred: object, truth: object) -> bool:
    want = norm(truth)
    return bool(want) and norm(pred) == want


_SPLIT_BYLINE = re.compile(r"\s*(?:[,;&/|\n]|\band\b|\bund\b|\bet\b|\by\b)\s*", re.I)
_BY = re.compile(r"^\s*(?:by|par|von|por|di|door)\s+", re.I)


def byline_names(byline: str) -> list[str]:
    """A free-text byline ("By Jane Doe and John Roe") as its names."""
    out = []
    for part in _SPLIT_BYLINE.split(byline):
        name = norm(_BY.sub("", part))
        if name:
            out.append(name)
    return out


_JOINED_PEOPLE = re.compile(r"\s*(?:[;&]|\band\b|\bund\b|\bet\b)\s*", re.I)


def byline_people(byline: str) -> list[str]:
    """The expected names of a byline written as one string (WCXB's ``author``): the
    byline as written and, where it joins several people ("Jane Doe and John Roe",
    "Jane Doe & John Roe"), each of them. Commas are not split: there they part a name
    from its role or degree ("Jane Doe, Senior Editor") as often as two names, and a
    name with its role stays a lenient match only."""
    parts = [p.strip() for p in _JOINED_PEOPLE.split(byline) if p.strip()]
    if len(parts) < 2 or any(_lower_word(part) for part in parts):
        return [byline]  # one name, or an organisation ("Center for Drug Evaluation and ...")
    return [byline, *parts]


_PARTICLES = frozenset(
    {"van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "bin", "al",
     "el"}
)


def _lower_word(part: str) -> bool:
    """Whether a part has a word in lower case that is no name particle: a phrase, not a
    name."""
    return any(w[:1].islower() and w not in _PARTICLES for w in part.split())


def authors_match(pred: object, truth: object) -> bool:
    """At least one expected name among the predicted authors."""
    want = [norm(n) for n in (truth or [])] if isinstance(truth, list) else []
    got = {norm(n) for n in pred} if isinstance(pred, list | tuple) else set()
    return any(w and w in got for w in want)


def _day(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def date_match(pred: object, truth: object) -> bool:
    want = _day(truth)
    return want is not None and _day(pred) == want


MATCHERS = {"title": title_match, "authors": authors_match, "date": date_match}

_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|·|::|»|/)\s+|\s*(?:\||::)\s*")


def _title_variants(title: str) -> set[str]:
    """The title and every leading or trailing run of its separator-cut segments."""
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    variants = {norm(title)}
    for i in range(len(parts)):
        for j in range(i + 1, len(parts) + 1):
            if i == 0 or j == len(parts):
                variants.add(norm(" ".join(parts[i:j])))
    return variants - {""}


def title_match_lenient(pred: object, truth: object) -> bool:
    if not isinstance(pred, str) or not isinstance(truth, str) or not norm(truth):
        return False
    a, b = norm(pred), norm(truth)
    return a == b or a in _title_variants(truth) or b in _title_variants(pred)


def _holds(longer: str, shorter: str) -> bool:
    return bool(shorter) and f" {shorter} " in f" {longer} "


def _words(name: object) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", norm(name)).split())


def authors_match_lenient(pred: object, truth: object) -> bool:
    """An expected name equal to a predicted one, or holding it (or held by it) as words."""
    want = [_words(n) for n in truth] if isinstance(truth, list) else []
    got = [_words(n) for n in pred] if isinstance(pred, list | tuple) else []
    return any(w and g and (_holds(w, g) or _holds(g, w)) for w in want for g in got)


def date_match_lenient(pred: object, truth: object) -> bool:
    want, got = _day(truth), _day(pred)
    return want is not None and got is not None and abs((want - got).days) <= 1


LENIENT = {
    "title": title_match_lenient,
    "authors": authors_match_lenient,
    "date": date_match_lenient,
}


def truth_of(meta: dict[str, Any]) -> dict[str, Any]:
    """The expected title, authors (a list of names) and date of a page, where known."""
    out: dict[str, Any] = {}
    if meta.get("title"):
        out["title"] = meta["title"]
    authors = meta.get("authors")
    if authors is None and isinstance(meta.get("byline"), str):
        authors = byline_names(meta["byline"])
    if authors:
        out["authors"] = [a for a in authors if isinstance(a, str) and a.strip()]
    published = meta.get("published") or meta.get("publishedTime")
    if published:
        out["date"] = published
    return out


def matches(
    predicted: dict[str, Any], meta: dict[str, Any], lenient: bool = False
) -> dict[str, bool]:
    """For each field the truth has, whether the prediction matches it (by the strict
    rules, or by `LENIENT` ones)."""
    truth = truth_of(meta)
    rules = LENIENT if lenient else MATCHERS
    return {name: rules[name](predicted.get(name), truth[name]) for name in truth}
