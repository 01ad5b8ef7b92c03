"""Bytes or str to a parsed `Document`: decoding, safe parsing, size and depth limits.

The page is decoded and parsed once here; every extractor reads the same `Document`.
Parsing uses lxml's HTML parser with network access off; the HTML parser never expands
DTD entities, so "billion laughs" and external entities stay inert. Every failure on bad
input leaves this module as a `NewsCleanError` subclass (see `newsclean.errors`).
"""

from __future__ import annotations

import codecs
import copy
import functools
import re
import unicodedata
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from newsclean.errors import DocumentTooLargeError, EmptyInputError, NotHTMLError, ParseError
from newsclean.stoplists import word_count

# libxml2's HTML parser stops at this depth (without XML_PARSE_HUGE, which we keep off as a
# guard) and drops the rest of the page; `parse_utf8` detects that and re-parses flattened.
PARSER_MAX_DEPTH = 255


@dataclass(frozen=True)
class Limits:
    """Safety limits applied to every page; the defaults are safe for crawled input.

    Exceeding `max_bytes` or `max_elements` raises `DocumentTooLargeError`. A page nested
    deeper than `max_depth` is not refused: its wrapper tags are flattened (best effort).
    """

    max_bytes: int = 20 * 1024 * 1024
    """Largest input accepted, in bytes (or characters for a str). 20 MiB is trafilatura's
    own default ceiling and far above real article pages (median ~100 KB)."""
    max_elements: int = 500_000
    """Most elements a parsed tree may hold; real pages stay under ~50,000."""
    max_depth: int = PARSER_MAX_DEPTH
    """Deepest element nesting kept as is; deeper pages are flattened, not refused.
    Values above `PARSER_MAX_DEPTH` act as `PARSER_MAX_DEPTH` (the parser's own cap)."""
    timeout_seconds: float = 30.0
    """Wall-clock budget for one page in batch runs: the default of `newsclean batch
    --timeout`, enforced by the batch runner, which can stop a worker (`extract()` itself
    cannot interrupt a running thread). Real pages take well under a second."""


DEFAULT_LIMITS = Limits()

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Formats a crawler often brings back instead of HTML, by their leading bytes.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF (WebP/AVI/WAV) file"),
    (b"%PDF-", "a PDF document"),
    (b"%!PS", "a PostScript document"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"BZh", "bzip2-compressed data (decompress it first)"),
    (b"\xfd7zXZ\x00", "xz-compressed data (decompress it first)"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data (decompress it first)"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an OLE2 (old Office) document"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 file"),
    (b"\x00\x00\x00\x1cftyp", "an MP4 file"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 file"),
    (b"\x7fELF", "an executable"),
    (b"\x00asm", "a WebAssembly module"),
    (b"WARC/", "a WARC archive (newsclean batch reads its pages)"),
)
# How far into the page a <meta charset> is looked for; the HTML standard says 1024 bytes,
# real pages put long <head>s first, so we look further.
_META_WINDOW = 8192
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,500}?charset\s{0,5}=\s{0,5}["']?\s{0,5}([A-Za-z0-9_:.\-]{1,40})""",
    re.IGNORECASE,
)
# Codecs Python knows that no web page uses and that are unsafe or raise when decoding
# (utf-7 smuggles markup past filters; idna/undefined raise with errors="replace").
_UNSAFE_CODECS = frozenset(
    {"utf-7", "idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape"}
)
# A meta prescan can only find an ASCII-compatible encoding (HTML standard): a codec must
# read this probe unchanged to be believed.
_ASCII_PROBE = b'<meta charset="'
_WIDE = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
# lxml's HTML parser drops everything after an early </html> or </body>; browsers do not.
# Both are looked for in the UTF-8 bytes the parser reads (a bytes regex scans faster).
_CLOSING_ROOT_TAGS = re.compile(rb"</\s{0,20}(?:html|body)\s{0,20}>", re.IGNORECASE)
_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)
# C0 controls other than whitespace (and NUL): binary data has many, HTML almost none.
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f]")
# Characters lxml refuses in element text, so any extractor that sets text on a tree
# fails on them (trafilatura returns nothing for a page with one form feed): controls and
# the noncharacters U+FFFE/U+FFFF are dropped, form feed (HTML whitespace) becomes a space,
# lone surrogates become U+FFFD.
_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff]+")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_CONTROL_REFS = re.compile(
    r"&#(?:0*(?:[1-8]|1[124-9]|2\d|3[01]|6553[45])(?!\d)"
    r"|[xX]0*(?:[1-8bBcCeEfF]|1[\da-fA-F]|[fF]{3}[eEfF])(?![\da-fA-F]));?"
)
"""Character references to the characters `_STRAY_CONTROLS` removes ("&#16;", "&#x1f",
"&#16" unterminated): the parser writes them into the tree as the characters themselves,
which lxml then refuses in any text set later (a tail joined when a link is dropped)."""
_MARKUP = re.compile(r"<\s{0,10}[A-Za-z!/?]")
# XML documents a crawler fetches beside pages, by their root element (the prefix dropped:
# `rdf:RDF`): feeds and sitemaps list pages, they are not one. Found after the prolog (XML
# declaration, processing instructions, comments, doctype), in the first 64 KB; each part
# of the prolog matches one way only (a comment never runs past its `-->`), so a page that
# is none of these fails the match without backtracking.
_XML_ROOTS = {
    "rss": "an RSS feed",
    "feed": "an Atom feed",
    "rdf": "an RSS 1.0 (RDF) feed",
    "urlset": "an XML sitemap",
    "sitemapindex": "an XML sitemap index",
    "opml": "an OPML outline",
    "svg": "an SVG image",
}
_XML_ROOT = re.compile(
    r"\A\ufeff?(?:\s|<\?[^>]{0,2000}>|<!--(?:[^-]|-(?!->)){0,20000}-->|<!DOCTYPE[^>]{0,2000}>)*"
    r"<(?:[A-Za-z][\w.-]{0,40}:)?([A-Za-z]+)[\s/>]",
    re.DOTALL | re.IGNORECASE,
)
# An HTML page's own elements: a document with one is a page, whatever comes first.
_PAGE_TAG = re.compile(r"<(?:html|head|body)[\s>]", re.IGNORECASE)


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _zero_share(sample: bytes, offset: int, step: int) -> float:
    picked = sample[offset::step]
    return picked.count(0) / len(picked) if picked else 0.0


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16/32 without a BOM from where the zero bytes of ASCII text fall.

    Markup is mostly ASCII, so in UTF-16-LE nearly every odd byte is zero and almost no
    even byte is; UTF-32 shows the same pattern with a period of four.
    """
    sample = data[:1024]
    sample = sample[: len(sample) - len(sample) % 4]
    if len(sample) < 8:
        return None
    shares = [_zero_share(sample, i, 4) for i in range(4)]
    if shares[1] > 0.8 and shares[2] > 0.8 and shares[3] > 0.8 and shares[0] < 0.2:
        return "utf-32-le"
    if shares[0] > 0.8 and shares[1] > 0.8 and shares[2] > 0.8 and shares[3] < 0.2:
        return "utf-32-be"
    even, odd = (shares[0] + shares[2]) / 2, (shares[1] + shares[3]) / 2
    if odd > 0.6 and even < 0.1:
        return "utf-16-le"
    if even > 0.6 and odd < 0.1:
        return "utf-16-be"
    # A page in a non-Latin script: only its markup is ASCII, so fewer zero bytes, but most
    # on one side (a few characters, such as 开 U+5F00, put one on the other). Believed only
    # if the sample then reads as markup.
    if odd > _WIDE_MARKUP_ZEROS and even < odd / 4 and _reads_as_markup(sample, "utf-16-le"):
        return "utf-16-le"
    if even > _WIDE_MARKUP_ZEROS and odd < even / 4 and _reads_as_markup(sample, "utf-16-be"):
        return "utf-16-be"
    return None


# The least share of the high bytes that must be zero (ASCII markup) for a page in a
# non-Latin script to be read as BOM-less UTF-16: a page of CJK prose may spend little more
# than a tenth of its first kilobyte on tags; a page in an 8-bit encoding has no zero bytes,
# and binary data that has them on one side only fails the reading as markup.
_WIDE_MARKUP_ZEROS = 0.05


def _reads_as_markup(sample: bytes, encoding: str) -> bool:
    """Whether the sample decodes cleanly (an odd cut at its end aside) to text with tags."""
    text = sample.decode(encoding, errors="replace")
    return text.count("\ufffd") <= 1 and not _CONTROL.search(text) and bool(_MARKUP.search(text))


WEB_LABELS: dict[str, str] = {
    "windows-874": "cp874", "dos-874": "cp874", "windows-949": "cp949",
    "windows-31j": "cp932", "x-sjis": "cp932", "x-gbk": "gb18030", "x-euc-jp": "euc_jp",
    "iso-8859-8-i": "iso8859-8", "csiso88598i": "iso8859-8", "logical": "iso8859-8",
    "x-mac-roman": "mac-roman", "x-mac-cyrillic": "mac-cyrillic", "x-mac-ukrainian": "mac-cyrillic",
    "unicode-1-1-utf-8": "utf-8", "unicode11utf8": "utf-8", "unicode20utf8": "utf-8",
    "x-unicode20utf8": "utf-8", "x-cp1250": "cp1250", "x-cp1251": "cp1251",
}
"""Charset labels of the WHATWG Encoding Standard (what browsers accept) that Python's
codec registry does not know, with the codec that reads them."""
WEB_CODECS: dict[str, str] = {
    "ascii": "cp1252", "iso8859-1": "cp1252", "iso8859-9": "cp1254",
    "iso8859-11": "cp874", "tis-620": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs",
    "euc_kr": "cp949", "shift_jis": "cp932",
}
"""Codecs that browsers read as a superset (WHATWG Encoding Standard): a page labelled
ISO-8859-1 or US-ASCII is read as windows-1252 (its curly quotes, dashes and euro sign
would otherwise be control characters), ISO-8859-9 as windows-1254, TIS-620 as
windows-874, GB2312 and GBK as GB18030, Big5 as Big5-HKSCS, EUC-KR as windows-949 (the
syllables KS X 1001 lacks, "똠"), Shift_JIS as windows-31j ("①", "髙"). Python's codecs of
those names are the narrower standards, and turn the rest into replacement characters."""


def _usable_codec(label: str) -> str | None:
    """Python's name for a declared charset, if it is a safe, ASCII-compatible text codec,
    read as browsers read it (`WEB_LABELS`, `WEB_CODECS`)."""
    label = label.strip()
    try:
        info = codecs.lookup(WEB_LABELS.get(label.lower(), label))
    except LookupError:
        return None
    name = WEB_CODECS.get(info.name, info.name)
    if name in _WIDE:
        return "utf-16"  # marker: the HTML standard reads a declared UTF-16 byte page as UTF-8
    if not getattr(info, "_is_text_encoding", True) or name in _UNSAFE_CODECS:
        return None
    try:
        if _ASCII_PROBE.decode(name) != _ASCII_PROBE.decode("ascii"):
            return None
    except (UnicodeError, LookupError, ValueError):
        return None
    return name


def usable_charset(label: str) -> str | None:
    """Python's name for a charset named outside the page (an HTTP header), if the page may
    be decoded with it: a safe, ASCII-compatible text codec. None for anything else: a name
    Python lacks, a codec that is not text (`hex`, `rot13`) or raises (`undefined`), UTF-7,
    and UTF-16/32, whose bytes the page's own sniffing recognises."""
    name = _usable_codec(label)
    return None if name == "utf-16" else name


def content_type_charset(content_type: str | None) -> str | None:
    """The charset a page's transport names, if the page may be decoded with it
    (`usable_charset`): the `charset` parameter of an HTTP Content-Type value
    ("text/html; charset=ISO-8859-1"), or a bare label ("ISO-8859-1"). A server's
    `charset=hex` or `charset=undefined` is no charset: it must not fail the page."""
    if not content_type:
        return None
    media, _, params = content_type.partition(";")
    if "=" not in media and "/" not in media and not params:
        return usable_charset(media.strip().strip("\"'"))  # a bare label
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return usable_charset(value.strip().strip("\"'"))
    return None


def decode_labelled(data: bytes, charset: str) -> bytes | str:
    """The page decoded with a charset named outside it (an HTTP header's `usable_charset`),
    which browsers let win over a `<meta>` one; the bytes unchanged when they start with a
    byte-order mark, which wins over any label (HTML standard: BOM sniffing comes before
    the transport layer's encoding), for `decode` to read. Non-ASCII bytes that are valid
    UTF-8 are read as UTF-8 whatever the label, as `decode` does under a `<meta>` label:
    servers that label every page ISO-8859-1 are common, legacy text that is valid UTF-8
    rare."""
    decoded = _labelled(data, charset)
    return data if decoded is None else decoded[0]


def _labelled(data: bytes, charset: str) -> tuple[str, str] | None:
    """`decode_labelled` with the charset it read the page in; None where a byte-order
    mark wins, or where the label says UTF-8 and the bytes are not (`_utf8_with_faults`):
    a server that labels every page UTF-8 over legacy pages (whose `<meta>` names their
    charset) is common, and its label turned every letter into U+FFFD. The page then
    decodes itself, as one without a label would (`_decode`); so too where the label is
    ISO-8859-1 or windows-1252 and the bytes are not (`_latin_label_contradicted`), and
    where they are UTF-16 or UTF-32 without a byte-order mark (`_utf16_without_bom`: such
    bytes are no text in an 8-bit label; Russian in UTF-16 is all bytes below 0x80, and
    went through a UTF-8 or Latin-1 label as control characters: "binary data")."""
    if _bom_encoding(data) or _utf16_without_bom(data):
        return None
    if charset == "utf-8" or not data.isascii():
        text = _strict_utf8(data)
        if text is None:
            text = _utf8_with_faults(data, labelled=charset == "utf-8")
        if text is not None:
            return text, "utf-8"
        if charset == "utf-8":
            return None
    if charset == "cp1252" and _latin_label_contradicted(data):
        return None
    return data.decode(charset, errors="replace"), charset


def declared_encoding(data: bytes) -> str | None:
    """The charset named by a `<meta charset>` or http-equiv tag, if usable for this page."""
    match = _META_CHARSET.search(data[:_META_WINDOW])
    if not match:
        return None
    name = _usable_codec(match.group(1).decode("ascii", errors="replace"))
    return "utf-8" if name == "utf-16" else name


def _strict_utf8(data: bytes) -> str | None:
    """The page decoded as UTF-8, or None when it is not valid UTF-8 (decoded once)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decode_with(data: bytes, encoding: str) -> str:
    """Decode leniently; a codec that still fails falls back to cp1252, which never does."""
    try:
        return data.decode(encoding, errors="replace")
    except (UnicodeError, LookupError, ValueError):
        return data.decode("cp1252", errors="replace")


def decode(data: bytes) -> tuple[str, str]:
    """Decode page bytes; returns the text and the encoding used.

    Order: byte-order mark, UTF-16/32 without BOM, declared `<meta>` charset, detection.
    A page that declares another charset yet is valid UTF-8 with non-ASCII bytes is read
    as UTF-8: mislabelled UTF-8 is common, while legacy text that happens to be valid
    UTF-8 is vanishingly rare. The other way round, a page declared UTF-8 whose non-ASCII
    characters would mostly be U+FFFD is detected. Never raises: undecodable bytes become
    U+FFFD.
    """
    text, encoding, _ = _decode(data)
    return text, encoding


def _decode(data: bytes, tld: bytes | None = None) -> tuple[str, str, bool]:
    """`decode`, also saying whether the text is exactly `data` read as UTF-8 (no BOM, no
    replacement): then `data` is already the UTF-8 the parser reads, with no re-encoding.
    `tld`: the page's top-level domain, a hint to the detector (`chardetng_guess`)."""
    encoding = _bom_encoding(data) or _utf16_without_bom(data)
    if encoding:
        return _decode_with(data, encoding), encoding.removesuffix("-sig"), False
    declared = declared_encoding(data)
    if declared is None and _ESCAPED_CHARSET in data and data.isascii():
        return (*_detect(data, tld), False)
    if declared is None or declared == "utf-8" or not data.isascii():
        text = _strict_utf8(data)
        if text is not None:
            return text, "utf-8", True
        text = _utf8_with_faults(data, labelled=declared == "utf-8")
        if text is not None:
            return text, "utf-8", False
    if declared == "utf-8" or (declared == "cp1252" and _latin_label_contradicted(data)):
        return (*_detect(data, tld), False)  # mislabelled: the bytes are in another encoding
    if declared:
        return _decode_with(data, declared), declared, False
    return (*_detect(data, tld), False)


_ESCAPED_CHARSET = b"\x1b$"
"""The escape that switches a 7-bit page into two-byte characters (ISO-2022-JP's "ESC $ B",
ISO-2022-KR's "ESC $ ) C"): its bytes are ASCII, but not text to read as ASCII or UTF-8."""


# A UTF-8 sequence that the end of the bytes cut short: a lead byte and fewer continuation
# bytes than it announces. Common Crawl cuts a record at 1 MiB, wherever that falls.
_CUT_SEQUENCE = re.compile(
    rb"(?:[\xc2-\xdf]|[\xe0-\xef][\x80-\xbf]?|[\xf0-\xf4][\x80-\xbf]{0,2})\Z"
)
# Bytes that are no UTF-8, as `surrogateescape` keeps them (U+DC80–U+DCFF, one a byte).
_STRAY = re.compile("[\udc80-\udcff]+")
UTF8_SHARE = 10
"""How many valid multi-byte characters a page must hold per stray byte to be read as
UTF-8 when no label says it is (or one names a legacy charset). A legacy page read as
UTF-8 has far more bytes that fail than pairs that pass by chance (a windows-1251 page's
Ukrainian "Ді" is one such pair among dozens of failures); a UTF-8 page with a pasted
windows-1252 quote has one failure among hundreds of characters."""


def _utf8_with_faults(data: bytes, *, labelled: bool) -> str | None:
    """The page read as UTF-8 although it is not valid UTF-8, if it is UTF-8 with a few
    faults: a sequence cut short at the end (a crawler's truncation: dropped) or stray
    bytes (a windows-1252 quote pasted into a UTF-8 page: read in windows-1252, as the
    byte most likely meant; before, U+FFFD, and without a label the whole page went to the
    detector, which read Russian UTF-8 with one such byte as GBK). `labelled`: a label
    says UTF-8; its page is UTF-8 unless stray bytes outnumber its other non-ASCII
    characters (a windows-1251 page under a template's `<meta charset="utf-8">`). Without
    such a label, the valid characters must outnumber the strays `UTF8_SHARE` times.
    None when the bytes are in another encoding."""
    cut = _CUT_SEQUENCE.search(data, max(len(data) - 3, 0))
    text = data[: cut.start() if cut else len(data)].decode("utf-8", "surrogateescape")
    strays = sum(len(run) for run in _STRAY.findall(text))
    valid = len(text) - len(text.encode("ascii", "ignore")) - strays
    if not (strays <= valid if labelled else valid > 0 and strays * UTF8_SHARE <= valid):
        return None
    return _STRAY.sub(_read_stray, text) if strays else text


# Bytes windows-1252 reads as letters (and ISO-8859-1's symbols, ¡ to ¿): runs of three or
# more are rare in Western text, where accented letters sit between ASCII ones ("été";
# Finnish "pää" and Icelandic "Þjóð" have runs of two), and make up nearly all of a page
# in windows-1251, -1255, -1256, ISO-8859-7, TIS-620, EUC-KR or GB18030 (Cyrillic, Hebrew,
# Arabic, Greek, Thai, Korean, Chinese: 0.96 to 1.0 of their high bytes).
_HIGH_LETTERS = bytes(range(0xA1, 0x100))
_HIGH_LETTER_RUN = re.compile(rb"[\xa1-\xff]{3,}")
_CP1252_UNASSIGNED = b"\x81\x8d\x8f\x90\x9d"
"""The five bytes windows-1252 leaves unassigned: no Western text holds them; a page in
Shift_JIS, GBK or Big5 has them among its lead bytes."""
LATIN_RUN_SHARE = 0.5
"""The share of a page's high letter bytes (`_HIGH_LETTERS`) in runs of three or more
above which a Latin-1 or windows-1252 label is not believed. Western text stays far below
it (French, Finnish, Icelandic near 0; Estonian "Tööõnnetus" 0.16 in a sample built
for it); the other single-byte scripts and the two-byte CJK encodings are near 1."""
LATIN_MIN_LETTERS = 20
"""High letter bytes a page must hold before their runs say anything."""


def _latin_label_contradicted(data: bytes) -> bool:
    """Whether bytes labelled ISO-8859-1 or windows-1252 (a server's or a template's default
    label) are in another encoding: their high letters come in runs (`LATIN_RUN_SHARE`),
    or they hold bytes windows-1252 leaves unassigned. Browsers obey the label and show
    mojibake ("Ïðåçèäåíò" for "Президент"); the page is then read as one without a
    label, by the detector."""
    sample = data[:DETECT_BYTES]
    if len(sample) - len(sample.translate(None, _CP1252_UNASSIGNED)) >= 3:
        return True
    letters = len(sample) - len(sample.translate(None, _HIGH_LETTERS))
    if letters < LATIN_MIN_LETTERS:
        return False
    in_runs = sum(len(run) for run in _HIGH_LETTER_RUN.findall(sample))
    return in_runs > LATIN_RUN_SHARE * letters


def _read_stray(match: re.Match[str]) -> str:
    """Stray bytes read in windows-1252 (its five unassigned bytes as U+FFFD)."""
    return bytes(ord(c) - 0xDC00 for c in match.group()).decode("cp1252", "replace")


DETECT_BYTES = 200_000
"""Bytes of a page read to tell an undeclared encoding: far more than either detector needs."""


def _detect(data: bytes, tld: bytes | None = None) -> tuple[str, str]:
    """The page decoded in the encoding its bytes are most likely in (it declares none, or
    declares UTF-8 and is not): Firefox's detector where the `encodings` extra installs it
    (`chardetng_guess`), else charset_normalizer's; windows-1252, the web's legacy default,
    where neither names a codec Python has."""
    sample = data[:DETECT_BYTES]
    guess = chardetng_guess(sample, tld) or _normalizer_guess(sample)
    codec = _usable_codec(guess) if guess else None
    if guess is None or codec in (None, "utf-16"):
        return _decode_with(data, "cp1252"), "cp1252"
    return _decode_with(data, codec), guess  # the detector's name ("EUC-KR"), read as browsers do


def chardetng_guess(data: bytes, tld: bytes | None = None) -> str | None:
    """The legacy encoding Firefox's detector (chardetng) reads `data` in, or None without
    the `encodings` extra; `tld` (b"cz") weighs the encodings of its country, as Firefox
    does. It reads the bytes as browsers do and is right where the general-purpose guess
    is not: a Western page with a few accents (charset_normalizer names cp775, or cp1257
    for French), a Czech or Turkish one (cp1252)."""
    try:
        import chardetng_py
    except ImportError:
        return None
    try:
        return str(chardetng_py.detect(data, allow_utf8=False, tld=tld))
    except Exception:  # a guess: its failure must not fail the page
        return None


_TLD = re.compile(r"^[a-z]{2,24}$")


def _tld(url: str | None) -> bytes | None:
    """The last label of the URL's host, lower-case ASCII letters ("cz", "com"); None for
    none, an address, or an internationalised one (the detector reads ASCII labels)."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    label = host.rstrip(".").rsplit(".", 1)[-1]
    return label.encode() if "." in host and _TLD.match(label) else None


def _normalizer_guess(data: bytes) -> str | None:
    """charset_normalizer's best guess for `data`, None when it has none."""
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(data).best()
    except Exception:  # detection is a guess; its failure must not fail the page
        return None
    return best.encoding if best is not None else None


_GZIP = b"\x1f\x8b"


def gunzipped(data: bytes, max_bytes: int) -> bytes:
    """A page whose bytes are gzip-compressed, decompressed: a server's `Content-Encoding:
    gzip` body saved as it came (wget, a raw socket, a crawler's payload without its
    headers) was refused as "gzip-compressed data". At most `max_bytes` are unpacked (a
    small body may unpack to gigabytes); a stream that ends early keeps what it holds, as a
    browser shows what arrived; one that cannot be decompressed is no page."""
    unpack = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        page = unpack.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise NotHTMLError(f"the input is gzip-compressed data that is corrupt ({exc})") from None
    if len(page) > max_bytes:
        raise DocumentTooLargeError(f"the page unpacks to over {max_bytes} bytes, the limit")
    return page


def _binary_kind(data: bytes) -> str | None:
    head = data.lstrip(b" \t\r\n")[:16]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return None


def _check_markup(text: str) -> None:
    if not text or text.isspace():  # (not text.strip(), without copying the page)
        raise EmptyInputError("the page is empty or holds only whitespace")
    sample = text[:4096]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise NotHTMLError("the input looks like binary data, not HTML")
    if not _MARKUP.search(text, 0, 1_000_000):
        raise NotHTMLError("the input holds no HTML markup")
    kind = _xml_kind(text)
    if kind:
        raise NotHTMLError(f"the input is {kind}, not an HTML page")


def _xml_kind(text: str) -> str | None:
    """What a document whose root element is a feed's, a sitemap's or an image's is (see
    `_XML_ROOTS`), None for anything else. A page that has an `<html>`, `<head>` or
    `<body>` tag is a page even if an `<svg>` or a stray `<rss>` comes first."""
    root = _XML_ROOT.match(text, 0, 65_536)
    if root is None:
        return None
    kind = _XML_ROOTS.get(root.group(1).lower())
    if kind is None or _PAGE_TAG.search(text):
        return None
    return kind


# The characters `clean_markup` removes or replaces, looked for before any regex runs
# (the regexes walk the page one character at a time): C0 controls in the UTF-8 bytes
# (a search for each byte: a memchr, a few instructions per 32 bytes; deleting them from
# a copy and comparing lengths cost a table lookup and a branch per byte, four times the
# instructions), noncharacters in the text (a search for one code point); real pages
# rarely hold any.
_STRAY_BYTES = bytes((*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)))
_STRAY_BYTE_NEEDLES = tuple(bytes((byte,)) for byte in _STRAY_BYTES)
_NONCHARACTERS = ("\ufffe", "\uffff")


def clean_markup(
    text: str, encoded: bytes | None = None, plain: str | None = None
) -> tuple[str, bytes]:
    """Text without the characters lxml refuses in a tree (see `_STRAY_CONTROLS`), and
    its UTF-8 encoding: the bytes the parser reads, encoded once. `encoded`, when given,
    is `text`'s UTF-8 encoding already at hand (the page's own bytes): not made again.
    `plain`: a text `_REFERENCES` found none in; while `text` is that very text, its
    control references are not searched again."""
    data = encoded
    if data is None:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates
            text = _SURROGATES.sub("\ufffd", text)
            data = text.encode("utf-8")
    if any(byte in data for byte in _STRAY_BYTE_NEEDLES) or any(
        n in text for n in _NONCHARACTERS
    ):
        text = _STRAY_CONTROLS.sub("", text).replace("\x0c", " ")
        data = text.encode("utf-8")
    if text is not plain and _CONTROL_REFS.search(text):  # (its literal "&#" first, in C)
        text = _CONTROL_REFS.sub(_control_ref_replacement, text)
        data = text.encode("utf-8")
    return text, data


def _control_ref_replacement(match: re.Match[str]) -> str:
    """What a `_CONTROL_REFS` reference becomes: a space for a form feed, as the character
    itself does, else nothing."""
    number = match.group().strip("&#;")
    hexadecimal = number[:1] in "xX"
    digits = (number[1:] if hexadecimal else number).lstrip("0") or "0"  # leading zeros
    # unbounded in the pattern: Python refuses to read a number of thousands of digits
    value = int(digits, 16) if hexadecimal else int(digits)
    return " " if value == 0x0C else ""


# Invisible characters a reader never sees and that split words for every extractor: the
# soft hyphen ("Zei\u00adtung"), zero-width space, word joiner and zero-width no-break space,
# literal or as character references (a zero-width space between two letters of a script
# written without spaces stays: `_zwsp_kept`). Zero-width (non-)joiners
# (U+200C/U+200D) are not among them: Persian, Indic scripts and emoji need them.
_INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff"
# One pattern beginning with its literal "&", which the regular expression engine scans for
# fast (an alternation of the characters and the references has no such prefix: 20x slower).
_INVISIBLE_REFS = re.compile(
    "&(?:(?:shy|ZeroWidthSpace|NoBreak);"
    "|#(?:0*(?:173|8203|8288|65279)(?![0-9])|(?i:x0*(?:ad|200b|2060|feff)(?![0-9a-f])));?)"
)

_REFERENCES = re.compile(f"(?:{_CONTROL_REFS.pattern})|(?:{_INVISIBLE_REFS.pattern})")
"""Either kind of character reference the clean-ups remove (`_CONTROL_REFS` in
`clean_markup`, `_INVISIBLE_REFS` in `drop_invisible`), looked for in one scan of the page:
real pages hold neither, and each search of its own tried a match at every "&" (about a
thousand a page: "&amp;" in links), the two together 1.3% of `extract()`'s instructions.
Its answer holds for the very text it read (`plain`): a text changed since (a stray control
removed between "&" and "#1;", mojibake repaired) is searched again by each clean-up."""


# UTF-8 read as windows-1252 or Latin-1 and written out again as UTF-8 ("â€™" for "’",
# "Ã©" for "é"), in the page's UTF-8: a lead byte's reading (Â–ô) then as many continuation
# bytes' readings (U+0080–U+00BF, or windows-1252's "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ" for 0x80–
# 0x9F) as that lead takes. Correct text has such pairs too ("groß“", "Tomáš", "débat»"), so
# a two-byte lead counts only where mojibake is common and text rarely so (Â Ã Ä Å: Latin;
# Î Ï: Greek; Ð Ñ: Cyrillic; ×: Hebrew; Ø Ù: Arabic) or before a C1 control, which no text
# holds; a three- or four-byte lead needs its two or three continuations. Searched in the
# bytes, where it costs a twentieth of the parse; ftfy confirms and repairs.
_CONTINUATION = (
    rb"(?:\xc2[\x80-\xbf]|\xc5[\x92\x93\xa0\xa1\xb8\xbd\xbe]|\xc6\x92|\xcb[\x86\x9c]"
    rb"|\xe2(?:\x80[\x93\x94\x98-\x9e\xa0-\xa2\xa6\xb0\xb9\xba]|\x82\xac|\x84\xa2))"
)
_MOJIBAKE = re.compile(
    rb"\xc3(?:[\x82-\x85\x8e-\x91\x97-\x99]" + _CONTINUATION + rb"|[\x84-\x9f]\xc2[\x80-\x9f]"
    rb"|[\xa0-\xaf]" + _CONTINUATION * 2 + rb"|[\xb0-\xb4]" + _CONTINUATION * 3 + rb")"
)


def repair_mojibake(text: str, data: bytes) -> tuple[str, bytes]:
    """`clean_markup`'s text and bytes with mojibake undone: UTF-8 that was once decoded
    in a legacy encoding and saved again ("Investorâ€™s" back to "Investor’s"), a fault
    of the site or of the crawler, not of the page's declared charset. ftfy finds each
    such run and decodes it again, and leaves the rest of the page as it is: a page that
    also holds correct non-ASCII text keeps it."""
    # Every match opens with Ã's lead byte, looked for first in C (memchr): most pages have
    # none (English text), and are spared the pattern's byte-by-byte scan.
    if b"\xc3" not in data or not _MOJIBAKE.search(data):
        return text, data
    from ftfy.fixes import decode_inconsistent_utf8

    try:
        fixed = _by_segments(text, decode_inconsistent_utf8)
    except Exception:  # a repair: its failure must not fail the page
        return text, data
    if fixed == text:
        return text, data
    return clean_markup(fixed)  # (a run may decode to a character lxml refuses)


# Where ftfy's detector can match: a non-ASCII character, then non-ASCII characters and
# spaces (it reads a space as a no-break space that lost its lead byte); never ASCII else.
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f][^\x00-\x1f\x21-\x7f]*")
SEGMENT_GAP = 64
"""Characters of ASCII between two non-ASCII runs below which one call repairs both."""


def _by_segments(text: str, repair: Callable[[str], str]) -> str:
    """`repair(text)` (ftfy's `decode_inconsistent_utf8`) applied only where it can change
    anything: the page's runs of non-ASCII characters, each with the character before and
    after it, which its detector reads as context (the one before: whether a match starts
    there; both: a match is never the whole of what it is given). Its regular expression
    tries every position of what it reads, so on the whole page it spent 400 ms on a 5 MB
    page of scripts; on the runs the result is the same (on every dev page) in an eighth of
    the time."""
    pieces: list[str] = []
    last = 0
    runs = _NON_ASCII_RUN.finditer(text)
    run = next(runs, None)
    while run is not None:
        start, end = run.span()
        run = next(runs, None)
        while run is not None and run.start() - end <= SEGMENT_GAP:
            end = run.end()
            run = next(runs, None)
        before, after = int(start > 0), int(end < len(text))
        fixed = repair(text[start - before : end + after])
        pieces += (text[last:start], fixed[before : len(fixed) - after])
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def drop_invisible(text: str, data: bytes, plain: str | None = None) -> tuple[str, bytes]:
    """`clean_markup`'s text and bytes without soft hyphens and zero-width spaces, so that
    "Zei&shy;tung" reads "Zeitung" in every block and extractor (see `_INVISIBLE_CHARS`).
    `plain`: as in `clean_markup` (the references are not searched in that very text)."""
    if not any(c in text for c in _INVISIBLE_CHARS) and (
        text is plain or not _INVISIBLE_REFS.search(text)
    ):
        return text, data  # (a character search in the text is a memchr; in UTF-8, not)
    text = _INVISIBLE_REFS.sub("", text)
    for c in _INVISIBLE_CHARS:  # after the references: removing those makes no character
        text = text.replace(c, "") if c != _ZWSP else _ZWSP_FOUND.sub(_zwsp_kept, text)
    return text, text.encode("utf-8")


_ASCII_STRETCH = 1024
"""The length of the stretches `is_composed` tests for ASCII: most of a page's markup,
scripts and styles are ASCII, and most of its 1,024-character stretches hold no other
character (on the dev pages, 86% of the characters of pages that are not all ASCII)."""


def is_composed(text: str) -> bool:
    """`unicodedata.is_normalized("NFC", text)`, reading only the stretches of `text` that
    are not all ASCII. Unicode's quick check costs about 25 instructions a character over a
    whole page (2.5% of `extract()`); a slice's ASCII test costs a few.

    Exact: an ASCII character never changes under NFC, never combines with the character
    before it and never reorders (combining class 0, quick check YES). So NFC leaves `text`
    as it is if and only if it leaves each piece of `text` cut just before an ASCII character
    as it is, and an all-ASCII piece always. The stretches that are not all ASCII are read
    together with their neighbours that are not, from the last character of the ASCII
    stretch before them (a cut before an ASCII character) to the first of the next."""
    if text.isascii():
        return True
    start = None  # where the piece being gathered begins, if one is
    for at in range(0, len(text), _ASCII_STRETCH):
        if text[at : at + _ASCII_STRETCH].isascii():
            if start is not None and not unicodedata.is_normalized("NFC", text[start:at]):
                return False
            start = None
        elif start is None:
            start = max(at - 1, 0)
    return start is None or unicodedata.is_normalized("NFC", text[start:])


def compose(text: str, data: bytes) -> tuple[str, bytes]:
    """`clean_markup`'s text and bytes in Unicode's composed form (NFC), as the web writes
    text and as W3C's character model asks: a page written decomposed ("Cafe\u0301", a Korean
    page in conjoining jamo) gives the same words, titles and names as one written composed,
    to every extractor, word list and user (a corpus deduplicated or searched by string).
    Canonical composition only: no compatibility folding (ligatures, full-width forms stay).
    Checked first (`is_composed`: ASCII, then Unicode's quick check in C over the stretches
    that are not ASCII), so most pages are returned as they are."""
    if is_composed(text):
        return text, data
    text = unicodedata.normalize("NFC", text)
    return text, text.encode("utf-8")


_ZWSP = "\u200b"
_ZWSP_FOUND = re.compile(_ZWSP)  # a literal: searched at C speed, each one judged alone
_SPACELESS = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u1980-\u19df]")


def _zwsp_kept(match: re.Match[str]) -> str:
    """A zero-width space between two letters of Thai, Lao, Myanmar, Khmer or New Tai Lue
    stays: their writers put it between words that would otherwise run together (the
    Unicode Standard's Khmer chapter: its word separator). Elsewhere it splits words for
    nothing and goes."""
    text, at = match.string, match.start()
    if 0 < at < len(text) - 1 and _SPACELESS.match(text, at - 1) and _SPACELESS.match(text, at + 1):
        return _ZWSP
    return ""


_PARSER_OPTIONS: dict[str, Any] = {
    "no_network": True,
    "remove_comments": True,
    "remove_pis": True,
    "encoding": "utf-8",
    # no table of the page's ids (nothing reads XPath's id() or libxml2's lookup by id):
    # the parse takes ~5% less, and repeated ids no longer fill the error log
    "collect_ids": False,
}
_STREAMED_PARSER_OPTIONS: dict[str, Any] = {**_PARSER_OPTIONS, "remove_comments": False}

# Tags kept when an over-deep page is flattened: those whose content is hidden (so it stays
# hidden) and the skeleton. Any other tag is dropped; block-level ones leave a <br> so
# paragraphs stay apart.
_KEEP_WHEN_FLAT = frozenset(
    {
        "html", "head", "body", "title", "meta", "link", "base", "script", "style", "noscript",
        "template", "svg", "math", "iframe", "object", "embed", "canvas", "select", "option",
        "textarea", "button", "audio", "video", "picture", "map", "br", "p", "h1", "h2", "h3",
        "h4", "h5", "h6", "pre", "img",
    }
)
_BREAK_WHEN_FLAT = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "section", "summary",
        "table", "tbody", "tfoot", "thead", "tr", "td", "th", "ul", "caption", "frame",
        "frameset",
    }
)
_TAG = re.compile(r"<(/?)\s{0,10}([A-Za-z][A-Za-z0-9:_-]{0,60})(?=[\s/>])[^<>]{0,4000}>")
_BREAKS = re.compile(r"<br>(?:\s{0,100}<br>)+")


def _flatten_tag(match: re.Match[str]) -> str:
    name = match.group(2).lower()
    if name in _KEEP_WHEN_FLAT:
        return match.group(0)
    return "<br>" if name in _BREAK_WHEN_FLAT else ""


def flatten_markup(text: str) -> str:
    """The page with wrapper tags removed, for pages nested beyond the parser's depth.

    Runs of breaks left by nested blocks collapse into one, so the flat page is no bigger.
    """
    return _BREAKS.sub("<br>", _TAG.sub(_flatten_tag, text))


# lxml.html's default lookup calls back into Python for every element proxy created (to
# give form fields their own classes); every tree walk paid for it (~10% of extraction).
# Plain HtmlElements for all elements keep the lookup in C.
_ELEMENT_CLASSES = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


# What the markup is fixed for before it is parsed: an end tag `</br>` (`_END_BR`) or a
# streamed slot (`_STREAMED_SLOT`), looked for in one case-sensitive scan (most pages have
# neither). The tags the tree is fixed for once parsed are looked for in the tree
# (`_tags_present`): a case-blind scan of the markup for them, tried at every `<`, cost
# more than twenty times the walk.
_BEFORE_PARSE = re.compile(rb"<(?:/[bB][rR][\s/>]|template id=\"?[BP]:)")
_END_BR = re.compile(rb"</br(?=[\s/>])[^>]{0,200}>", re.IGNORECASE)
"""`</br>` (and `</br/>`, `</br >`): browsers read it as a line break (HTML standard,
"an end tag whose tag name is br"); libxml2 drops it, running the two lines together."""
VOID_TAGS = ("embed", "source", "track", "wbr", "keygen")
"""HTML5 elements that never have content, unknown to libxml2 (an HTML 4 parser), which
nests what follows them inside them, to the parent's end: the story after an `<embed>`,
which is no text to a reader (`blocks.SKIP_TAGS`)."""
# React's streaming server rendering sends the content of a Suspense boundary (or of a
# deferred segment) late, in a `<div hidden id="S:n">` at the end of the body, and an inline
# script `$RC("B:m","S:n")` (`$RS("S:n","P:m")`) moves it into the place of the boundary's
# `<template id="B:m">` (the segment's `<template id="P:m">`), dropping the boundary's
# fallback, which lies between the template and the boundary's closing `<!--/$-->`.
_STREAMED_SLOT = re.compile(rb"<template id=\"?[BP]:")
_STREAMED_CALL = re.compile(
    rb'\$RC\("(B:[0-9a-z]{1,12})","(S:[0-9a-z]{1,12})"\)'
    rb'|\$RS\("(S:[0-9a-z]{1,12})","(P:[0-9a-z]{1,12})"\)'
)


FIXED_TAGS = ("template", "rt", "rtc", "rp", "noscript", "noframes", "button", *VOID_TAGS)
"""The elements the parsed tree is fixed for: templates (`_drop_templates`), ruby
annotations (`_drop_ruby_annotations`), noscripts (`_reveal_noscript_body`), noframes
(`_read_noframes`), buttons (`_unwrap_page_buttons`) and HTML5 voids (`_empty_voids`)."""
RUBY_ANNOTATIONS = frozenset({"rt", "rtc", "rp"})
PERMALINK_HOSTS = ("h1", "h2", "h3", "h4", "h5", "h6", "dt")
"""The elements whose links to themselves go (`_drop_heading_permalinks`): headings, and a
definition's term (a manual's signature)."""
_PERMALINK_HOST_SET = frozenset(PERMALINK_HOSTS)
RESHAPING_TAGS = frozenset({"template", "noframes", *RUBY_ANNOTATIONS})
"""The fixes of `_fix_tree` that take elements out of the tree, bring new ones in or move
them elsewhere (a template's content into its shadow host). The others unwrap an element or
move what a void one holds out after it: every other element stays, in the same order."""


def _tags_present(root: HtmlElement) -> frozenset[str]:
    """Which of `FIXED_TAGS` the tree holds, found in one walk in C that yields only those
    elements: each fix then walks the tree for its own elements only where there are some."""
    return frozenset(str(el.tag) for el in root.iter(*FIXED_TAGS))


def _parse(data: bytes) -> tuple[HtmlElement, bool]:
    """Parse UTF-8 bytes; also says whether the parser stopped at its depth cap."""
    before = _BEFORE_PARSE.search(data) is not None
    if before:
        data = _END_BR.sub(b"<br>", data)
    streamed = before and _STREAMED_SLOT.search(data) is not None
    # a streamed page keeps its comments until its boundaries (comments) are resolved
    parser = lxml.html.HTMLParser(**(_STREAMED_PARSER_OPTIONS if streamed else _PARSER_OPTIONS))
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except lxml.etree.ParserError as exc:
        if "empty" in str(exc).lower():
            raise EmptyInputError("the page holds no elements, only comments") from exc
        raise ParseError(f"the HTML parser could not read the page: {exc}") from exc
    except (lxml.etree.LxmlError, ValueError) as exc:
        raise ParseError(f"the HTML parser could not read the page: {exc}") from exc
    except MemoryError as exc:
        raise DocumentTooLargeError("the page exhausted memory while being parsed") from exc
    if root is None:
        raise ParseError("the HTML parser returned no document")
    too_deep = any("Excessive depth" in str(e.message) for e in parser.error_log)
    if streamed:
        _reveal_streamed(root, _streamed_pairs(data))
        lxml.etree.strip_tags(root, lxml.etree.Comment)
    _drop_heading_permalinks(_fix_tree(root))
    return root, too_deep


def _fix_tree(root: HtmlElement) -> list[HtmlElement]:
    """Fix the parsed tree where libxml2 reads a page otherwise than a browser: each fix
    only where the tree holds the elements it is for (`_tags_present`); the body a
    `<noframes>` holds is new markup, looked at again.

    Returns the fixed tree's `PERMALINK_HOSTS`, in document order, for the permalinks'
    removal: found in the same walk as the elements to fix (each walk of the tree costs
    about a tenth of its parse, whatever it looks for), and looked for again only where
    a fix changed which elements the tree holds (`RESHAPING_TAGS`)."""
    found = list(root.iter(*FIXED_TAGS, *PERMALINK_HOSTS))
    names = [str(el.tag) for el in found]  # (read once: lxml makes a new string at every read)
    hosts = [el for el, name in zip(found, names, strict=True) if name in _PERMALINK_HOST_SET]
    tags = frozenset(names).difference(_PERMALINK_HOST_SET)
    reshaped = not tags.isdisjoint(RESHAPING_TAGS)
    if "template" in tags:
        _drop_templates(root)
    if not RUBY_ANNOTATIONS.isdisjoint(tags):
        _drop_ruby_annotations(root)
    if "noscript" in tags:
        _reveal_noscript_body(root)
    if "noframes" in tags:
        _read_noframes(root)
        tags = _tags_present(root)
    if "button" in tags:
        _unwrap_page_buttons(root)
    if not tags.isdisjoint(VOID_TAGS):
        _empty_voids(root)
    return list(root.iter(*PERMALINK_HOSTS)) if reshaped else hosts


def _empty_voids(root: HtmlElement) -> None:
    """Move what libxml2 nested inside a void element (`VOID_TAGS`) out after it, where a
    browser puts it: its text, its children, then the element's own tail. Innermost first,
    so that a run of `<source>`s, each nested in the one before, comes apart."""
    for el in reversed(list(root.iter(*VOID_TAGS))):
        parent = el.getparent()
        if parent is None or (el.text is None and len(el) == 0):
            continue
        children, tail = list(el), el.tail
        el.tail, el.text = el.text, None
        at = parent.index(el)
        for offset, child in enumerate(children, 1):
            parent.insert(at + offset, child)  # moves it, with its tail
        last = children[-1] if children else el
        if tail:
            last.tail = (last.tail or "") + tail


BUTTON_PAGE_WORDS = 60
"""Words in a `<button>` from which it may hold the page, not a label: a button's content
is a few words."""
PAGE_PARTS = (
    "main", "article", "section", "header", "footer", "nav", "aside", "form", "p", "table",
    "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
)
"""Elements no button holds (HTML allows it phrasing content only): one inside a button is
the page parsed into it."""


def _unwrap_page_buttons(root: HtmlElement) -> None:
    """Unwrap the buttons that hold a page's worth of text in the page's own elements. A
    stray tag inside a button (`<button><div>icon</button>`) makes libxml2 ignore the
    `</button>`, so the rest of the page is parsed into the button; a browser closes it
    there. Buttons are no text to a reader of the page (`blocks.SKIP_TAGS`), so the whole
    page went unread. A button whose many words are in phrasing elements (a video card's
    transcript in `<span>`s) is a button still."""
    for button in list(root.iter("button")):
        if _has_visible_words(button, BUTTON_PAGE_WORDS) and next(
            button.iter(*PAGE_PARTS), None
        ) is not None:
            button.drop_tag()


PERMALINK_WORDS = frozenset({"link", "permalink", "anchor", "copy link"})
"""Words a heading's link to itself may say instead of a mark ("¶", "#", "🔗")."""


PERMALINK_MARK = "data-nc-permalink"
"""Attribute set on a heading whose permalink was removed: that a section links to itself
is a manual's sign (`newsclean.pagetype`), though the mark is no part of its text."""


def _drop_heading_permalinks(headings: list[HtmlElement]) -> None:
    """Remove the links a heading (or a definition's term: a manual's signature) carries to
    itself, keeping their tails: the "¶" of Sphinx and MkDocs, the "#" of many static-site
    themes, a "🔗" or "Link" beside a section's title. A mark that links to the page's own
    anchor is no part of the heading's text ("Reading lines#"); a heading that is a link,
    or links elsewhere, keeps it. The heading keeps `PERMALINK_MARK` in its stead. A
    heading's actions in brackets go too (`_bracketed_actions`)."""
    for heading in headings:  # (the page's `PERMALINK_HOSTS`, in document order)
        for link in list(heading.iter("a")):
            if link is heading or not (link.get("href") or "").startswith("#"):
                continue
            if _is_mark(" ".join(link.text_content().split())) and link.getparent() is not None:
                link.drop_tree()
                heading.set(PERMALINK_MARK, "")
        if heading.tag != "dt":
            for action in _bracketed_actions(heading):
                action.drop_tree()


MAX_ACTION_CHARS = 40


def _bracketed_actions(heading: HtmlElement) -> list[HtmlElement]:
    """The elements in a heading, or just after it, that are a wiki's section actions:
    links wrapped in literal brackets, every letter inside a link ("[edit]", "[edit | edit
    source]", "[bearbeiten | Quelltext bearbeiten]", "[show]"). MediaWiki and its kin print
    them beside every section's title, in the page's language; the brackets and the links
    say what they are in any."""
    candidates: list[HtmlElement] = []
    if "[" in heading.text_content():  # most headings hold no bracket: no walk
        candidates = [el for el in heading.iterdescendants() if isinstance(el.tag, str)]
    after = heading.getnext()
    if after is not None and isinstance(after.tag, str) and after.tag in ("span", "div"):
        candidates.append(after)
    found: list[HtmlElement] = []
    for el in candidates:
        if el.tag == "a" or any(el in f.iterancestors() for f in found):
            continue
        text = _short_text(el)
        if not (text and len(text) > 2 and text[0] == "[" and text[-1] == "]"):
            continue
        links = [a for a in el.iter("a") if not (a.get("href") or "").startswith("#")]
        if links and _letters(text) == sum(_letters(a.text_content()) for a in links):
            found.append(el)
    return found


def _short_text(el: HtmlElement) -> str | None:
    """The element's text without whitespace if it has at most `MAX_ACTION_CHARS`
    characters; None past them, read no further (the block after a heading may be its
    whole section)."""
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        piece = "".join(piece.split())
        size += len(piece)
        if size > MAX_ACTION_CHARS:
            return None
        parts.append(piece)
    return "".join(parts)


def _letters(text: str) -> int:
    return sum(c.isalnum() for c in text)


def _is_mark(text: str) -> bool:
    """A permalink's text: a mark of up to three characters with no letter or digit in it,
    or one of `PERMALINK_WORDS`; an icon's empty text too."""
    return (len(text) <= 3 and not any(c.isalnum() for c in text)) or (
        text.casefold() in PERMALINK_WORDS
    )


SHADOW_ROOT_ATTRS = ("shadowrootmode", "shadowroot")
"""The attribute that makes a `<template>` a declarative shadow root (the standard's name,
and the one Chrome shipped first)."""
SHADOW_HOSTS = frozenset({
    "article", "aside", "blockquote", "body", "div", "footer", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "main", "nav", "p", "section", "span",
})
"""The standard elements that may host a shadow root (beside custom elements, whose names
hold a hyphen); under any other a declarative template stays an inert one."""


def _drop_templates(root: HtmlElement) -> None:
    """Remove `<template>` elements, keeping their tails; attach declarative shadow roots.

    The HTML standard parses template content into an inert fragment outside the document,
    never rendered; libxml2 puts it in the tree, where extractors would read it as text. A
    template with `shadowrootmode` is the opposite: the server-rendered tree of a web
    component, which the browser shows in place of its host's children
    (`_attach_shadow_root`). Inner templates first, so a shadow root inside another is
    attached before its host's.
    """
    templates = list(root.iter("template"))
    hosts = {  # a host's first declarative template is its shadow root; later ones are inert
        parent: el for el in reversed(templates)
        if (parent := el.getparent()) is not None and _may_host(parent)
        and any(el.get(attr) is not None for attr in SHADOW_ROOT_ATTRS)
    }
    for el in reversed(templates):
        parent = el.getparent()
        if parent is None:
            continue
        if hosts.get(parent) is el:
            _attach_shadow_root(el, parent)
        else:
            el.drop_tree()


def _may_host(el: HtmlElement) -> bool:
    """Whether `el` may host a shadow root: a custom element or one of `SHADOW_HOSTS`."""
    tag = el.tag
    return isinstance(tag, str) and (tag in SHADOW_HOSTS or "-" in tag)


def _attach_shadow_root(template: HtmlElement, host: HtmlElement) -> None:
    """Put a declarative shadow root's content where the browser shows it: in place of the
    template, with the host's own children moved into the root's `<slot>`s (by their `slot`
    name; the rest into the unnamed slot). Children no slot takes are not shown: they go.
    A root without slots shows none of them."""
    light = [c for c in host if c is not template and isinstance(c.tag, str)]
    slots = list(template.iter("slot"))
    named = {s.get("name"): s for s in slots if s.get("name")}
    default = next((s for s in slots if not s.get("name")), None)
    for child in light:
        name = child.get("slot")
        slot = named.get(name) if name else default
        _detach(child)  # its tail text stays in the host
        if slot is not None:
            slot.append(child)
    # the host's own text (before the template, and the template's tail) is light content
    # too: the unnamed slot shows it, and without one it is not shown
    own = " ".join(t for t in (host.text, template.tail) if t and t.strip())
    host.text, template.tail = None, None
    if own and default is not None:
        default.text = own + (default.text or "")
    template.drop_tag()
    for slot in slots:
        if slot.getparent() is not None:
            slot.drop_tag()


def _drop_ruby_annotations(root: HtmlElement) -> None:
    """Remove ruby annotations (`<rt>`, `<rtc>`, `<rp>`), keeping their tails.

    A browser shows `<rt>` small above its base text and hides `<rp>`'s fallback
    parentheses; inlined, they would break the sentence: "漢(kan)字(ji)" for "漢字".
    """
    for el in list(root.iter("rt", "rtc", "rp")):
        if el.getparent() is not None:
            el.drop_tree()


def _streamed_pairs(data: bytes) -> dict[str, str]:
    """Slot id to segment id, as the page's own scripts pair them (`_STREAMED_CALL`)."""
    pairs: dict[str, str] = {}
    for match in _STREAMED_CALL.finditer(data):
        boundary, segment, segment_of_slot, slot = match.groups()
        if boundary:
            pairs[boundary.decode()] = segment.decode()
        else:
            pairs[slot.decode()] = segment_of_slot.decode()
    return pairs


def _reveal_streamed(root: HtmlElement, pairs: dict[str, str]) -> None:
    """Move each hidden streamed segment into the place of its template, as React's
    scripts do, so the body is in reading order and visible (see `_STREAMED_SLOT`).

    A slot the scripts do not pair goes with the segment of the same number. Segments that
    fill no slot stay hidden, and are skipped like any hidden element.
    """
    segments = {
        el.get("id"): el
        for el in root.iter("div")
        if el.get("hidden") is not None and (el.get("id") or "").startswith("S:")
    }
    for slot in list(root.iter("template")):
        slot_id = slot.get("id") or ""
        if slot_id[:2] not in ("B:", "P:") or slot.getparent() is None:
            continue
        segment = segments.pop(pairs.get(slot_id, "S:" + slot_id[2:]), None)
        if segment is None or segment.getparent() is None or segment in slot.iterancestors():
            continue
        if slot_id.startswith("B:"):
            _drop_fallback(slot)
        _detach(segment)
        segment.tail = slot.tail
        cast(HtmlElement, slot.getparent()).replace(slot, segment)
        segment.drop_tag()


def _drop_fallback(slot: HtmlElement) -> None:
    """Remove what a pending boundary shows until its content comes: the nodes after its
    template up to the boundary's closing `<!--/$-->` (boundaries nested in it counted)."""
    depth, fallback = 0, []
    for node in slot.itersiblings():
        if node.tag is lxml.etree.Comment:
            mark = (node.text or "").strip()
            if mark == "/$" and depth == 0:
                break
            depth += -1 if mark == "/$" else 1 if mark.startswith("$") else 0
        fallback.append(node)
    else:
        return  # no closing comment: the boundary's end is unknown, nothing is removed
    for node in fallback:
        cast(HtmlElement, node.getparent()).remove(node)  # with its tail, fallback text too
    slot.tail = None


def _detach(el: HtmlElement) -> None:
    """Remove `el` from its parent, leaving its tail text in place (nothing to do when it
    has none: a boundary's fallback, removed before, held it)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
        el.tail = None
    parent.remove(el)


NOSCRIPT_BODY_WORDS = 20
"""A page with fewer visible words than this is a shell that scripts fill (an app root, a
"loading" note); a `<noscript>` with at least this many words then holds its body. Real
pages show far more (menus alone), so their noscript pixels and notes stay out."""
_UNSEEN_TAGS = frozenset({"script", "style", "noscript", "noframes", "template"})


def _has_visible_words(body: HtmlElement, limit: int) -> bool:
    """Whether `body` shows at least `limit` words (`word_count`'s: text written without
    spaces counts by its characters) outside scripts, styles, noscripts and templates;
    stops at the limit, so a normal page is read no further than its first lines."""
    words = 0
    walker = lxml.etree.iterwalk(body, events=("start", "end"))
    for event, el in walker:
        if event == "start":
            if el.tag in _UNSEEN_TAGS or not isinstance(el.tag, str):
                walker.skip_subtree()  # its end event still comes, with its tail
                continue
            text = el.text
        else:
            text = el.tail if el is not body else None
        if text:
            words += word_count(text)
            if words >= limit:
                return True
    return False


NOSCRIPT_SHELL_TIMES = 10
"""How many times the words a page shows its largest `<noscript>` holds, from which the
page is a shell around it (a script-rendered forum showing its name and a "loading" line,
its thread in the noscript)."""


def _reveal_noscript_body(root: HtmlElement) -> None:
    """Unwrap the largest `<noscript>` of a page whose visible text is next to nothing, or
    a tenth of that noscript's, so a body served only to clients without scripts is read as
    the page (the parser already made its content elements)."""
    body = root.find("body")
    if body is None:
        return
    sizes = [(word_count(el.text_content()), el) for el in body.iter("noscript")]
    words, largest = max(sizes, key=lambda size: size[0], default=(0, None))
    if largest is None or words < NOSCRIPT_BODY_WORDS:
        return
    if not _has_visible_words(body, max(NOSCRIPT_BODY_WORDS, words // NOSCRIPT_SHELL_TIMES)):
        largest.drop_tag()


def _read_noframes(root: HtmlElement) -> None:
    """Read the `<noframes>` of a page: its markup reaches the tree as raw text (the parser
    treats the element as a script), which would be printed as tags. On a frameset page
    whose only words are there, the largest is parsed and made the page's body: old sites
    put their text there for clients without frames. Elsewhere browsers that show frames
    never show it, and it goes (its tail stays)."""
    found = list(root.iter("noframes"))
    body = root.find("body")
    largest = None
    if root.find(".//frameset") is not None and (
        body is None or not _has_visible_words(body, NOSCRIPT_BODY_WORDS)
    ):
        sizes = [(word_count(el.text or ""), el) for el in found]
        words, largest = max(sizes, key=lambda size: size[0], default=(0, None))
        if words < NOSCRIPT_BODY_WORDS:
            largest = None
    new_body = _noframes_body(largest.text or "") if largest is not None else None
    for el in found:
        el.drop_tree()
    if new_body is not None:
        for old in [*root.findall("body"), *root.findall("frameset")]:
            old.drop_tree()
        root.append(new_body)


def _noframes_body(markup: str) -> HtmlElement | None:
    """The body a `<noframes>` element's raw text makes once parsed, or None if none."""
    parser = lxml.html.HTMLParser(**_PARSER_OPTIONS)
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    try:
        parsed = lxml.html.document_fromstring(f"<html><body>{markup}</body></html>", parser)
    except (lxml.etree.LxmlError, ValueError):
        return None
    return parsed.find("body")


def deeper_than(root: HtmlElement, max_depth: int) -> bool:
    """Whether any element under `root` sits more than `max_depth` elements deep (`root`
    is at depth 1; comments do not count): the parser's flattening asks, and so does the
    trafilatura fallback, whose cost grows with the page's depth."""
    return bool(_deeper_path(max_depth)(root))


@functools.lru_cache(maxsize=8)
def _deeper_path(max_depth: int) -> lxml.etree.XPath:
    """A path of `max_depth` child steps (`*/*/…/*`): it selects the elements below
    `root`'s depth `max_depth`, level by level in libxml2, where a walk of the tree's
    start and end events took a Python step per element twice (16 times the instructions
    on the pages the trafilatura fallback reads: 10.1 M a page against 0.65 M)."""
    return lxml.etree.XPath("boolean(" + "/".join(["*"] * max_depth) + ")")


RUNAWAY_TAGS = frozenset({"title", "textarea", "xmp", "iframe", "noembed"})
"""Elements whose content the parser reads as text up to their end tag (RCDATA and RAWTEXT
in the HTML standard): one whose end tag is missing (`<title>News<title>`, a `</textarea`
lost) holds the rest of the page as its text, up to the next such end tag (an SVG icon's
`</title>`) or to the end, and the page has no body, or a body without its first part. A
browser shows a blank page; the article is in the markup, and `_close_runaway` gives it
back."""
_RUNAWAY_OPENING = re.compile(
    rb"<(title|textarea|xmp|iframe|noembed)(?=[\s/>])[^>]{0,2000}>", re.IGNORECASE
)


def _runaway_tag(root: HtmlElement) -> str | None:
    """The tag of an element of `RUNAWAY_TAGS` that swallowed markup, if the tree shows
    one: the element that ends the document (it holds the rest of the page), or the head's
    title, whose text holds a tag. Read on the last branch of the tree and the head, not
    the markup: most pages are spared any search."""
    last = root
    while len(last) and isinstance(last[-1].tag, str):
        last = last[-1]
    title = root.find("head/title")
    for el in (last, title):
        if el is not None and el.tag in RUNAWAY_TAGS and _MARKUP.search(el.text or ""):
            return str(el.tag)
    return None


def _close_runaway(data: bytes, root: HtmlElement) -> bytes | None:
    """The markup with each start tag of the runaway element's kind (`_runaway_tag`) whose
    text runs into a tag closed there, at the first `<` after it (its text cannot hold a
    tag); one whose first `<` is its own end tag is left as it is. None where the tree shows
    no runaway element, or the markup holds none to close."""
    tag = _runaway_tag(root)
    if tag is None:
        return None
    end_tag = b"</" + tag.encode()
    pieces: list[bytes] = []
    at = 0
    for opening in _RUNAWAY_OPENING.finditer(data):
        if opening.group(1).lower() != tag.encode() or opening.start() < at:
            continue
        stop = data.find(b"<", opening.end())
        stop = len(data) if stop < 0 else stop
        if data[stop : stop + len(end_tag)].lower() == end_tag:
            continue
        pieces += (data[at:stop], b"</", opening.group(1), b">")
        at = stop
    if not pieces:
        return None
    return b"".join(pieces) + data[at:]


def parse_utf8(data: bytes, max_depth: int = PARSER_MAX_DEPTH) -> HtmlElement:
    """Parse UTF-8 HTML into a tree, working around lxml's early-`</html>` truncation.

    A page nested deeper than `max_depth` (or than the parser's own cap, where libxml2
    silently drops the rest of the page) is parsed again with its wrapper tags flattened.
    """
    data = _XML_DECLARATION.sub(b"", data, count=1)
    data = _CLOSING_ROOT_TAGS.sub(b"", data)
    root, too_deep = _parse(data)
    closed = _close_runaway(data, root)
    if closed is not None:
        data = closed
        root, too_deep = _parse(data)
    limit = min(max_depth, PARSER_MAX_DEPTH)
    if too_deep or (limit < PARSER_MAX_DEPTH and deeper_than(root, limit)):
        flat = flatten_markup(data.decode("utf-8", errors="replace"))
        root, too_deep = _parse(flat.encode("utf-8", errors="replace"))
        if too_deep or (limit < PARSER_MAX_DEPTH and deeper_than(root, limit)):
            raise DocumentTooLargeError(
                f"the page nests elements deeper than {limit} levels, even flattened"
            )
    return root


def declared_language(root: HtmlElement) -> str | None:
    """The language tag the page declares on its root (`lang`, else `xml:lang`), as written:
    the stoplist choice and the reading of numeric dates start from it."""
    return root.get("lang") or root.get("xml:lang") or None


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

    def may_hold(self, name: str, *spellings: str) -> bool:
        """Whether the markup may hold the tag or attribute `name` (in lower case, as the
        parser gives it), written as pages write it: as is, in capitals ("ITEMPROP", an
        older page's markup), capitalised, or in one of `spellings` ("itemProp"). A test
        of substrings, which spares a walk of the tree on most pages; names are case-blind
        in HTML, so a test of the lower-case form alone misses what the parser reads."""
        html = self.html
        return any(form in html for form in (name, name.upper(), name.capitalize(), *spellings))

    @property
    def base(self) -> str | None:
        """The URL the page's relative links and images resolve against, as a browser's:
        its `<base href>` (itself resolved against `url`) where it has one, else `url`."""
        if "base" not in self.cache:
            self.cache["base"] = link_base(self.tree, self.url)
        return cast("str | None", self.cache["base"])


def link_base(tree: HtmlElement, url: str | None) -> str | None:
    """`<base href>` of the page's head against `url`; `url` when it has none, or one that is
    not an http(s) URL once resolved (a `javascript:` base would turn every link into one)."""
    base = tree.find("head/base[@href]")
    href = (base.get("href") or "").strip() if base is not None else ""
    if not href:
        return url
    try:
        joined = urljoin(url, href) if url else href
        scheme = urlsplit(joined).scheme.lower()
    except ValueError:
        return url
    return joined if scheme in ("http", "https") else url


def _too_large(what: str, size: int, limit: int) -> DocumentTooLargeError:
    return DocumentTooLargeError(f"the page has {size} {what}, over the limit of {limit}")


def _guarded(step: Callable[[], Document]) -> Document:
    try:
        return step()
    except RecursionError as exc:
        raise DocumentTooLargeError("the page is nested too deeply to be read") from exc
    except MemoryError as exc:
        raise DocumentTooLargeError("the page exhausted memory while being read") from exc


def load(
    source: str | bytes,
    url: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    encoding: str | None = None,
) -> Document:
    """Decode and parse a page; raises a `NewsCleanError` subclass on bad input.

    `encoding`: the charset the page's transport names for bytes (an HTTP Content-Type
    value or a bare label, `content_type_charset`); it wins over the page's `<meta>`, not
    over a byte-order mark, as in browsers; a label no codec reads is ignored.
    Raises `TypeError` only for a source that is neither str nor bytes, or a `url` or
    `encoding` that is not a str (a caller's bug).
    """
    if not isinstance(source, str | bytes | bytearray | memoryview):
        raise TypeError(f"extract() takes str or bytes, not {type(source).__name__}")
    for name, value in (("url", url), ("encoding", encoding)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")
    return _guarded(lambda: _load(source, url, limits, encoding))


def _load(
    source: str | bytes | bytearray | memoryview,
    url: str | None,
    limits: Limits,
    label: str | None = None,
) -> Document:
    encoded: bytes | None = None  # the page's UTF-8, when its own bytes are exactly that
    if isinstance(source, str):
        if len(source) > limits.max_bytes:
            raise _too_large("characters", len(source), limits.max_bytes)
        text, encoding = source, "utf-8"
    else:
        data = bytes(source)
        if len(data) > limits.max_bytes:
            raise _too_large("bytes", len(data), limits.max_bytes)
        if data.startswith(_GZIP):
            data = gunzipped(data, limits.max_bytes)
        if not data or data.isspace():  # (not data.strip(), without copying the page)
            raise EmptyInputError("the page is empty or holds only whitespace")
        kind = _binary_kind(data)
        if kind:
            raise NotHTMLError(f"the input is {kind}, not HTML")
        charset = content_type_charset(label)
        labelled = _labelled(data, charset) if charset else None
        if labelled is not None:
            text, encoding = labelled
        else:
            text, encoding, exact = _decode(data, _tld(url))
            encoded = data if exact and b"\x00" not in data else None
    if encoded is None and "\x00" in text:
        text = text.replace("\x00", "")
    _check_markup(text)
    plain = text if _REFERENCES.search(text) is None else None  # one scan for both kinds
    text, data = clean_markup(text, encoded, plain)
    text, data = repair_mojibake(text, data)
    text, data = drop_invisible(text, data, plain)
    text, data = compose(text, data)
    tree = parse_utf8(data, limits.max_depth)
    if _may_exceed(data, limits.max_elements):
        count = int(cast(float, _COUNT_ELEMENTS(tree)))  # counted in C: no proxy per element
        if count > limits.max_elements:
            raise _too_large("elements", count, limits.max_elements)
    return Document(tree=tree, html=text, url=url, encoding=encoding)


_COUNT_ELEMENTS = lxml.etree.XPath("count(//*)")


def _may_exceed(data: bytes, max_elements: int) -> bool:
    """Whether the tree parsed from `data` may hold more than `max_elements` elements.

    Every element comes from a `<` in the markup, or is implied by the parser around a
    tag or a run of text (html, head, body, a paragraph): at most three per tag and one per
    text run, so 4 × the count of `<`, plus a margin, bounds the tree, and so does 4 × the
    page's bytes. Only pages past that bound (above 125 KB under the default limit) are
    counted, a walk of the tree in C (`_COUNT_ELEMENTS`). Counting the page's `<`s first
    spared that walk on every dev page, but cost five times its instructions.
    """
    return 4 * len(data) + 16 > max_elements
