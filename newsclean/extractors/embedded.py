"""The article body a page holds only in its scripts.

Single-page-app sites (Next.js, Nuxt, React Query, Apollo, ...) often ship the story as a
JSON string in a `<script>` (`__NEXT_DATA__`, `self.__next_f.push(...)`, `window.__NUXT__`,
`"contentHtml":"\\u003cp\\u003e..."`) while the server-rendered page shows only the title,
menus and teasers; paywalled sites put the whole story in their JSON-LD `articleBody` and
show a teaser. Segmentation never reads scripts, so the DOM's extractors find nothing or a
fragment. This plug-in reads the scripts' long string literals (JSON string escapes decoded
one literal at a time, so the script need not be valid JSON; a literal that is itself JSON
is read again, as in a streamed React payload), keeps the one holding the most prose (HTML
with paragraphs, segmented like any page, or multi-sentence plain text) and answers with
it, as sure as the text is long and absent from the page: a body whose words the page
holds already (shown or hidden) is the DOM extractors' to read, and gets confidence 0.

Bounded: at most `MAX_SCRIPT_CHARS` of script text are scanned and the
`MAX_CANDIDATES` longest literals examined, whatever the page holds.
"""

from __future__ import annotations

import heapq
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import cast

import lxml.html
from lxml.html import HtmlElement

from newsclean.blocks import TextBlock, segment
from newsclean.document import Document
from newsclean.extractors.base import Candidate
from newsclean.extractors.confidence import length_confidence
from newsclean.metadata.sources import page_of
from newsclean.metadata.titles import segments
from newsclean.model import Block, BlockKind, PageType
from newsclean.pagetype import classify
from newsclean.stoplists import unspaced
from newsclean.structure import to_blocks

MAX_SCRIPT_CHARS = 4_000_000
"""Script text read per page: the body of a story is one literal of some kilobytes, and a
page's scripts past a few megabytes are bundles and data dumps."""
MAX_CANDIDATES = 24
"""Longest literals examined (parsed and segmented): the body is among the longest."""
MIN_LITERAL_CHARS = 400
"""Characters a literal needs (as written, escapes included) to be a body: a teaser or a
description is shorter."""
MAX_DEPTH = 2
"""Levels of JSON text inside a string read again (a streamed React payload is a string
of JSON holding the body's string)."""
MIN_WORDS = 80
"""Prose words a body needs (`newsclean.stoplists.word_count`): fewer is a summary."""
MIN_SENTENCES = 3
"""Sentence ends a body needs: item data (names, prices, labels) has few."""
MAX_CODE_SHARE = 0.02
"""Share of a plain-text literal's characters that are code punctuation (`{}[]=;|<>\\`)
above which it is code, CSS or data, not prose."""
MAX_TOKEN_CHARS = 60
"""Characters without a space from which a run is a URL, a hash or base64: a prose
literal holds few of them (CJK prose is measured by `MAX_LONG_RUN_SHARE`)."""
MAX_LONG_RUN_SHARE = 0.3
"""Share of a plain-text literal's characters in runs of `MAX_TOKEN_CHARS` or more
non-space characters above which it is not prose (CJK sentences without spaces are
rarely that long between punctuation)."""
MAX_BODY_CHARS = 400_000
"""Characters of a literal parsed as a body: a story is tens of kilobytes; longer literals
are whole pages' state, read only for the literals inside them."""
MAX_JSON_MARKS = 4
"""Marks of JSON syntax (`","`, `":"`, `":{`) a body may hold: more, and the literal is
data whose strings are candidates themselves, not a body."""
TITLE_SHARE = 0.5
"""Share of the page's title words (its `<title>`, `og:title` or `<h1>`, the best of them)
that a body must hold: a story names what its headline names, while the terms of sale,
a cookie notice or a modal's text that the scripts also carry do not."""
BODY_TYPES = frozenset({PageType.ARTICLE, PageType.FORUM})
"""Kinds of pages whose scripts may hold their body: a story's, a post's. A shop's or a
listing's scripts hold item data, whose longest description is one item's, not the page."""
SURE_TYPE = 0.5
"""Page-type score from which a page of another kind is sure enough to be left alone."""
DOM_SHARE = 0.5
"""Share of the body's shingles in the page's own text (outside scripts and styles,
hidden or not) from which the page holds the body already: the DOM's extractors read it,
with its real structure (trafilatura reads hidden elements too, as a paywall hides the
rest of a story it sends)."""

_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)(?:"|\\?(?:\n|\Z))')
"""A string literal on one line: in code a stray quote (in a comment, a regular expression,
a single-quoted string) then misleads the scan to the end of its line only. An unclosed
literal matches too, up to its line's end (and is skipped): a pattern that could fail
there would be retried from every later quote of the line, quadratic on a minified
bundle's one long line."""
_DATA_LITERAL = re.compile(r'"((?:[^"\\]|\\[\s\S])*)(?:"|\\?\Z)')
"""A string literal in a data script (JSON, JSON-LD), where hand-written bodies hold raw
line breaks that strict JSON forbids; unclosed, it runs to the end (and is skipped)."""
_JS_HEX = re.compile(r"\\x([0-9a-fA-F]{2})")
_JS_QUOTE = re.compile(r"\\'")
_HTML = re.compile(r"<(?:p|br|h[1-6]|ul|ol|li|blockquote|div)\b[^<>]*>", re.IGNORECASE)
_PLACEHOLDER = re.compile(
    r"(?<![\w$%#@{\[])[$%#@{\[]{1,3}[A-Z][A-Z0-9_]+[$%#@}\]]{1,3}(?![\w$%#@}\]])"
)
"""A site's placeholder for an ad or a widget in its body (`$$ARTICLEAD$$`, `%%AD%%`,
`{{PROMO}}`, `[[EMBED_1]]`): capitals between the same kind of symbols, never prose."""
_JSON_MARK = re.compile(r'"\s*[:,]\s*["{\[]')
_CODE = re.compile(r"[{}\[\]=;|<>\\]")
_LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS},}}")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters an escape can spell that no XML text holds (controls, lone surrogates): lxml
refuses them, and no story's text needs them."""
_SENTENCE_END = re.compile(r"[.!?。！？](?:[\"'”’»)\]]*)(?:\s|$)|[。！？]")
_WORD = re.compile(r"\w+")
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
"""Thai, kana and Han: scripts that do not put spaces between words."""
_CODE_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})
_DATA_TYPES = frozenset({"application/json", "application/ld+json", "text/json"})
"""Script types read: code and data. Templates (`text/x-template`, `text/html`) are markup
with placeholders, not a story."""
_PROSE_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE})


@dataclass(frozen=True)
class Body:
    """A body found in the scripts: its blocks and the prose words that ranked it."""

    blocks: tuple[TextBlock, ...]
    words: int


def script_texts(doc: Document, budget: int = MAX_SCRIPT_CHARS) -> Iterator[tuple[str, bool]]:
    """The text of the page's code and data scripts, in order, up to `budget` characters,
    each with whether it is data (JSON) rather than code."""
    for el in doc.tree.iter("script"):
        if budget <= 0:
            return
        kind = (el.get("type") or "").strip().lower()
        text = el.text
        if not text or kind not in _CODE_TYPES | _DATA_TYPES:
            continue
        text = text[:budget]
        budget -= len(text)
        yield text, kind in _DATA_TYPES


def decode_literal(raw: str) -> str | None:
    """A string literal's value (JSON escapes, and JavaScript's `\\x3c` and `\\'`), or None
    when it is not a well-formed literal."""
    if "\\x" in raw:
        raw = _JS_HEX.sub(r"\\u00\1", raw)
    if "\\'" in raw:
        raw = _JS_QUOTE.sub("'", raw)
    try:
        value = json.loads(f'"{raw}"', strict=False)  # raw line breaks allowed
    except ValueError:
        return None
    return _NOT_XML.sub("", value) if isinstance(value, str) else None


def long_literals(texts: Iterator[tuple[str, bool]], limit: int = MAX_CANDIDATES) -> list[str]:
    """The `limit` longest decoded string literals of `texts` (first seen wins ties), with
    the literals inside literals that are themselves JSON (to `MAX_DEPTH` levels)."""
    found: list[tuple[int, int, str]] = []  # (length, -order, value): a bounded min-heap
    order = 0

    def scan(text: str, depth: int, data: bool) -> None:
        nonlocal order
        for match in (_DATA_LITERAL if data else _LITERAL).finditer(text):
            raw = match.group(1)
            if len(raw) < MIN_LITERAL_CHARS or not match.group().endswith('"'):
                continue
            value = decode_literal(raw)
            if value is None:
                continue
            order += 1
            item = (len(value), -order, value)
            if len(found) < limit:
                heapq.heappush(found, item)
            elif item > found[0]:
                heapq.heapreplace(found, item)
            if depth < MAX_DEPTH and '"' in value:
                scan(value, depth + 1, data)

    for text, data in texts:
        scan(text, 0, data)
    return [value for _, _, value in sorted(found, key=lambda t: -t[1])]


def _prose_text(text: str) -> bool:
    """Whether a plain-text literal reads as prose: little code punctuation, few long
    unbroken runs (URLs, hashes, base64)."""
    if not text:
        return False
    if len(_CODE.findall(text)) > MAX_CODE_SHARE * len(text):
        return False
    long_runs = sum(len(m) for m in _LONG_RUN.findall(text))
    return long_runs <= MAX_LONG_RUN_SHARE * len(text)


def _fragment(value: str) -> HtmlElement | None:
    """The literal as a tree to segment: its HTML, or its lines as paragraphs; None when it
    is too long or is JSON (its own literals are read apart)."""
    if len(value) > MAX_BODY_CHARS or len(_JSON_MARK.findall(value)) > MAX_JSON_MARKS:
        return None
    value = _PLACEHOLDER.sub(" ", value)
    if _HTML.search(value):
        try:
            return lxml.html.fragment_fromstring(value, create_parent="div")
        except (lxml.etree.LxmlError, ValueError):
            return None
    if not _prose_text(value):
        return None
    root = lxml.html.Element("div")
    # its lines, split and stripped without a regex: `\s*\n\s*` rescans a long run of
    # spaces from each of its positions (quadratic on a literal of 50,000 spaces)
    for line in map(str.strip, value.split("\n")):
        if line:
            p = lxml.html.Element("p")
            p.text = line
            root.append(p)
    return root


def body_of(value: str) -> Body | None:
    """The literal as a body, when it is one: segmented into blocks, with `MIN_WORDS` of
    prose in `MIN_SENTENCES` sentences, no links' text making up most of it."""
    root = _fragment(value)
    if root is None:
        return None
    blocks = segment(root)
    prose = [b for b in blocks if b.kind in _PROSE_KINDS]
    words = sum(b.words for b in prose)
    sentences = sum(len(_SENTENCE_END.findall(b.text)) for b in prose)
    link_chars = sum(b.link_chars for b in blocks)
    chars = sum(b.chars for b in blocks)
    if words < MIN_WORDS or sentences < MIN_SENTENCES or link_chars * 2 > chars:
        return None
    if not _prose_text(" ".join(b.text for b in prose)):
        return None
    return Body(tuple(blocks), words)


def title_words(text: str) -> set[str]:
    """A text's words for matching a title: its words of two letters or more, and
    character pairs of runs in scripts written without spaces (Chinese, Japanese, Thai),
    where a word has no edges to find."""
    out: set[str] = set()
    for token in _WORD.findall(text.casefold()):
        if _UNSPACED.search(token):
            out.update(token[i : i + 2] for i in range(len(token) - 1))
        elif len(token) > 1:
            out.add(token)
    return out


def headline(title: str) -> str:
    """A title without the site's name: its longest part between separators (" | ",
    " - ", " – ", ...: `titles.SEPARATOR`), since the terms and notices the scripts carry
    name the site too."""
    return max(segments(title), key=len, default=title)


def page_titles(doc: Document) -> list[set[str]]:
    """The words of each headline the page gives itself: `<title>`, `og:title`, `<h1>`."""
    page = page_of(doc)
    texts = [el.text_content() for el in page.tagged("title")[:1] + page.tagged("h1")[:2]]
    texts += [value for _, value in page.meta.get("og:title", [])[:1]]
    return [words for t in texts if (words := title_words(headline(t[:300])))]


def names_title(body: Body, titles: Sequence[set[str]]) -> bool:
    """Whether the body holds `TITLE_SHARE` of one of the page's titles' words (True when
    the page has no title to check against)."""
    if not titles:
        return True
    own = title_words(" ".join(b.text for b in body.blocks))
    return any(len(t & own) >= TITLE_SHARE * len(t) for t in titles)


def best_body(doc: Document) -> Body | None:
    """The body with the most prose among the scripts' longest literals that names the
    page's title (first wins ties)."""
    titles: list[set[str]] | None = None
    best: Body | None = None
    for value in long_literals(script_texts(doc)):
        body = body_of(value)
        if body is None or (best is not None and body.words <= best.words):
            continue
        if titles is None:
            titles = page_titles(doc)
        if names_title(body, titles):
            best = body
    return best


def shingles(text: str, by_chars: bool) -> set[str]:
    """Word trigrams of a text, or its character 4-grams (`by_chars`, for text written
    without spaces): a measure of overlap in any script."""
    tokens = _WORD.findall(text.casefold())
    if by_chars:
        joined = "".join(tokens)
        return {joined[i : i + 4] for i in range(len(joined) - 3)}
    return {" ".join(tokens[i : i + 3]) for i in range(len(tokens) - 2)}


_PAGE_TEXT = lxml.etree.XPath(
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::template)]"
)


def dom_share(body: Sequence[TextBlock], doc: Document) -> float:
    """Share of the body's shingles that the page's own text holds (`DOM_SHARE`)."""
    text = " \n ".join(b.text for b in body)
    by_chars = unspaced(text)
    own = shingles(text, by_chars)
    if not own:
        return 1.0
    shown = shingles(" ".join(cast(list[str], _PAGE_TEXT(doc.tree))), by_chars)
    return len(own & shown) / len(own)


class EmbeddedExtractor:
    """The longest prose body in the page's scripts, trusted as much as it is long
    (`length_confidence`) and hidden (the share of it the page does not show)."""

    name = "embedded"

    def extract(self, doc: Document) -> Candidate:
        verdict = classify(doc)  # decided once per page, shared with the Article
        if verdict.page_type not in BODY_TYPES and verdict.score >= SURE_TYPE:
            return Candidate(extractor=self.name, details={"page_type": verdict.page_type})
        body = best_body(doc)
        if body is None:
            return Candidate(extractor=self.name)
        shown = dom_share(body.blocks, doc)
        details = {"words": body.words, "dom_share": round(shown, 3)}
        if shown >= DOM_SHARE:  # the page holds it: no answer, not even one at 0 to vote
            return Candidate(extractor=self.name, details=details)
        blocks: tuple[Block, ...] = tuple(to_blocks(body.blocks, doc.base))
        return Candidate(
            extractor=self.name,
            blocks=blocks,
            confidence=round(length_confidence(blocks) * (1.0 - shown), 3),
            details=details,
        )
