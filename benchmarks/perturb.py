"""Pages made unlike the ones anyone tuned on: `python -m benchmarks --perturb NAME`.

An extractor tuned on a few hundred sites may lean on what those sites happen to write:
class names ("article-body", "sidebar"), HTML5 section tags. Pages nobody tuned on write
them otherwise or not at all (hashed CSS-module classes, utility classes, `<div>` soup). A
perturbation rewrites every page of a set the same way for every extractor, before any of
them sees it, so the drop of each one's F1 says how much it leaned on what was taken away.
The rewrite works on the bytes, tag by tag (no parse and reserialisation, which would
change more than the one thing); a page's text is never changed, markup written inside a
script or a comment may be. The one exception, `foreign`, changes only the text: every
word made up, the truth's words made up the same way, as a page in a language nobody wrote
a word list for.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from functools import lru_cache

_START_TAG = re.compile(rb"<[A-Za-z][^<>]*>")
_NAMING_ATTRIBUTE = re.compile(
    rb"""(?<=[\s"'])(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)""", re.IGNORECASE
)
_SECTIONING_TAG = re.compile(
    rb"<(/?)(?:article|main|header|footer|nav|aside|section)(?=[\s/>])", re.IGNORECASE
)


def classless(html: bytes) -> bytes:
    """Every `class` and `id` attribute removed: a site whose names say nothing."""
    return _START_TAG.sub(lambda tag: _NAMING_ATTRIBUTE.sub(b"", tag.group()), html)


def plain_tags(html: bytes) -> bytes:
    """Every HTML5 sectioning tag (`article main header footer nav aside section`) written as
    a `<div>`: a site built before them, or by a page builder that never writes them."""
    return _SECTIONING_TAG.sub(rb"<\1div", html)


def anonymous(html: bytes) -> bytes:
    """Both: neither names nor sectioning tags, only the tree, the text and the links."""
    return plain_tags(classless(html))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_MARKUP = re.compile(
    rb"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?(?:-->|$)|<[^>]*>",
    re.IGNORECASE | re.DOTALL,
)
"""What is not a page's text: tags (their attributes kept), scripts, styles, comments."""
_JSON_LD = re.compile(
    rb"(<script\b[^>]*\bapplication/ld\+json[^>]*>)(.*?)(</script\s*>)",
    re.IGNORECASE | re.DOTALL,
)
"""A JSON-LD block: its strings are the page's words too (`articleBody`, `headline`)."""
_TEXT_WORD = re.compile(rb"&#?[A-Za-z0-9]+;?|([A-Za-z]+)")
"""A character reference (kept) or a run of ASCII letters (a word, or a word's part)."""
_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1 << 16)
def _pseudo(word: str) -> str:
    """The made-up word standing for `word`: as long, letters drawn from a hash of its
    lower case, each in the case of the letter it replaces."""
    digest = hashlib.blake2b(word.lower().encode(), digest_size=32).digest()
    while len(digest) < len(word):
        digest += hashlib.blake2b(digest, digest_size=32).digest()
    made = "".join(_LETTERS[b % 26] for b in digest[: len(word)])
    return "".join(m.upper() if c.isupper() else m for m, c in zip(made, word, strict=True))


def foreign_text(text: str) -> str:
    """`text` in the made-up language of `foreign`: each ASCII word replaced the same way."""
    return _WORD.sub(lambda m: _pseudo(m.group()), text)


def foreign(html: bytes) -> bytes:
    """Every word of the page's text (outside tags, scripts, styles and comments, and the
    strings of its JSON-LD) replaced by a made-up word of the same length and case, the
    same word always by the same one: a language no word list, stoplist or language
    identifier knows, with the page's markup, lengths, punctuation, digits and links as
    they were. Other scripts' strings (`__NEXT_DATA__`) are left as they are. Only pages
    in UTF-8 (or ASCII), where every byte below 0x80 is a character of its own; others are
    returned unchanged (and `foreign_text` is not applied to their truth: see
    `benchmarks.datasets.load`)."""
    if not is_utf8(html):
        return html
    out: list[bytes] = []
    last = 0
    for tag in _MARKUP.finditer(html):
        out.append(_TEXT_WORD.sub(_cipher_match, html[last:tag.start()]))
        out.append(_JSON_LD.sub(_cipher_json_ld, tag.group()))
        last = tag.end()
    out.append(_TEXT_WORD.sub(_cipher_match, html[last:]))
    return b"".join(out)


def _cipher_json_ld(match: re.Match[bytes]) -> bytes:
    """A JSON-LD block with its string values (not its keys, `@` values or URLs) made up;
    one that does not parse is left as it is."""
    try:
        data = json.loads(match.group(2))
    except ValueError:
        return match.group()
    body = json.dumps(_cipher_values(data), ensure_ascii=False).replace("</", "<\\/")
    return match.group(1) + body.encode() + match.group(3)


def _cipher_values(value: object, key: str = "") -> object:
    if isinstance(value, dict):
        return {k: _cipher_values(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_cipher_values(v, key) for v in value]
    if isinstance(value, str) and not key.startswith("@") and "://" not in value:
        return foreign_text(value)
    return value


def _cipher_match(match: re.Match[bytes]) -> bytes:
    word = match.group(1)
    return match.group() if word is None else _pseudo(word.decode("ascii")).encode("ascii")


def is_utf8(html: bytes) -> bool:
    """Whether the bytes are UTF-8 text (ASCII included)."""
    try:
        html.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


PERTURBATIONS: dict[str, Callable[[bytes], bytes]] = {
    "classless": classless,
    "plain-tags": plain_tags,
    "anonymous": anonymous,
    "foreign": foreign,
}
"""The rewrites `--perturb` offers, by name."""
TEXT_REWRITES: dict[str, Callable[[str], str]] = {"foreign": foreign_text}
"""The rewrites that change the page's words, by name, and how they change its truth (its
expected text and snippets) to match."""
