"""Bytes or str to a parsed `Document`: decoding, safe parsing, size limits.

The page is decoded and parsed once here; every extractor reads the same `Document`.
Parsing uses lxml's HTML parser with network access off; the HTML parser never expands
DTD entities, so "billion laughs" and external entities stay inert.
"""

from __future__ import annotations

import codecs
import copy
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from newsclean.errors import DocumentTooLargeError, EmptyInputError, NotHTMLError, ParseError


@dataclass(frozen=True)
class Limits:
    """Safety limits applied to every page; exceeding one raises `DocumentTooLargeError`."""

    max_bytes: int = 64 * 1024 * 1024
    """Largest input accepted, in bytes (after encoding a str as UTF-8)."""
    max_elements: int = 2_000_000
    """Most elements a parsed tree may hold."""


DEFAULT_LIMITS = Limits()

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# How far into the page a <meta charset> is looked for; the HTML standard says 1024 bytes,
# real pages put long <head>s first, so we look further.
_META_WINDOW = 8192
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,500}?charset\s{0,5}=\s{0,5}["']?\s{0,5}([A-Za-z0-9_:.\-]{1,40})""",
    re.IGNORECASE,
)
# lxml's HTML parser drops everything after an early </html> or </body>; browsers do not.
_CLOSING_ROOT_TAGS = re.compile(r"</\s{0,20}(?:html|body)\s{0,20}>", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_MARKUP = re.compile(r"<\s{0,10}[A-Za-z!/?]")


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16/32 without a BOM from the zero bytes around ASCII '<'."""
    head = data[:4]
    if head == b"<\x00\x00\x00":
        return "utf-32-le"
    if head == b"\x00\x00\x00<":
        return "utf-32-be"
    if head[:2] == b"<\x00":
        return "utf-16-le"
    if head[:2] == b"\x00<":
        return "utf-16-be"
    return None


def declared_encoding(data: bytes) -> str | None:
    """The charset named by a `<meta charset>` or http-equiv tag, if Python knows it."""
    match = _META_CHARSET.search(data[:_META_WINDOW])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode(data: bytes) -> tuple[str, str]:
    """Decode page bytes; returns the text and the encoding used.

    Order: byte-order mark, UTF-16/32 without BOM, declared `<meta>` charset, detection.
    A page that declares another charset yet is valid UTF-8 with non-ASCII bytes is read
    as UTF-8: mislabelled UTF-8 is common, while legacy text that happens to be valid
    UTF-8 is vanishingly rare.
    """
    encoding = _bom_encoding(data) or _utf16_without_bom(data)
    if encoding:
        return data.decode(encoding, errors="replace"), encoding.removesuffix("-sig")
    declared = declared_encoding(data)
    if declared and declared != "utf-8" and not data.isascii() and _is_utf8(data):
        return data.decode("utf-8"), "utf-8"
    if declared:
        if declared in {"utf-16", "utf-32", "utf-16-le", "utf-16-be"}:
            declared = "utf-8"  # a byte page that names UTF-16 is not UTF-16 (no BOM, no NULs)
        return data.decode(declared, errors="replace"), declared
    if _is_utf8(data):
        return data.decode("utf-8"), "utf-8"
    return _detect(data)


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        return data.decode(encoding, errors="replace"), encoding
    except LookupError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _check_markup(text: str) -> None:
    if not text.strip():
        raise EmptyInputError("the page is empty or holds only whitespace")
    sample = text[:4096]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise NotHTMLError("the input looks like binary data, not HTML")
    if not _MARKUP.search(text[:1_000_000]):
        raise NotHTMLError("the input holds no HTML markup")


_PARSER_OPTIONS: dict[str, Any] = {
    "no_network": True,
    "remove_comments": True,
    "remove_pis": True,
    "encoding": "utf-8",
}


def parse_html(text: str) -> HtmlElement:
    """Parse HTML text into a tree, working around lxml's early-`</html>` truncation."""
    text = _XML_DECLARATION.sub("", text, count=1)
    text = _CLOSING_ROOT_TAGS.sub("", text).replace("\x00", "")
    parser = lxml.html.HTMLParser(**_PARSER_OPTIONS)
    try:
        root = lxml.html.document_fromstring(
            text.encode("utf-8", errors="replace"), parser=parser
        )
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ParseError(f"the HTML parser could not read the page: {exc}") from exc
    if root is None:
        raise ParseError("the HTML parser returned no document")
    return root


@dataclass
class Document:
    """A decoded, parsed page; shared read-only by every extractor of a chain.

    Extractors that modify a tree must work on `tree_copy()`.
    """

    tree: HtmlElement
    html: str
    url: str | None = None
    encoding: str = "utf-8"
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def tree_copy(self) -> HtmlElement:
        """A deep copy of the tree, for libraries that clean it in place."""
        return copy.deepcopy(self.tree)


def load(source: str | bytes, url: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Decode and parse a page; raises a `NewsCleanError` subclass on bad input."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if len(data) > limits.max_bytes:
            raise DocumentTooLargeError(
                f"the page has {len(data)} bytes, over the limit of {limits.max_bytes}"
            )
        if not data.strip():
            raise EmptyInputError("the page is empty or holds only whitespace")
        text, encoding = decode(data)
    elif isinstance(source, str):
        if len(source) > limits.max_bytes:
            raise DocumentTooLargeError(
                f"the page has {len(source)} characters, over the limit of {limits.max_bytes}"
            )
        text, encoding = source, "utf-8"
    else:
        raise TypeError(f"extract() takes str or bytes, not {type(source).__name__}")
    _check_markup(text)
    tree = parse_html(text)
    count = sum(1 for _ in tree.iter())
    if count > limits.max_elements:
        raise DocumentTooLargeError(
            f"the page has {count} elements, over the limit of {limits.max_elements}"
        )
    return Document(tree=tree, html=text, url=url, encoding=encoding)
