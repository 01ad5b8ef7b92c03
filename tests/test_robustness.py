"""Hostile and broken input: for any of it `extract` returns an Article or a NewsCleanError.

One test per input family of issue 6. The big cases (50 MB, 100,000 levels, 1,000,000
elements) take a few seconds each; a hang guard fails a test that runs away instead of
letting it block the suite.
"""

from __future__ import annotations

import codecs
import gzip
import importlib
import inspect
import io
import pkgutil
import random
import re
import signal
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

import pytest

import newsclean
from newsclean import errors
from newsclean.document import PARSER_MAX_DEPTH, Document, Limits, flatten_markup, load
from newsclean.errors import (
    DocumentTooLargeError,
    EmptyInputError,
    ExtractionError,
    NewsCleanError,
    NotHTMLError,
)
from newsclean.extractors.base import Candidate
from newsclean.model import Article
from newsclean.normalize.text import CaseBlind, Words

# A runaway case (a quadratic regex, an endless loop) fails after this many seconds rather
# than hanging CI. It is a hang guard, not a speed assertion: healthy cases take < 10 s.
HANG_GUARD_SECONDS = 120

ARTICLE = (
    "The council approved the new budget on Tuesday after a long debate. "
    "Members said the plan would fund schools, roads and the public library for years. "
    "Critics argued that the tax increase would hurt small businesses in the town centre. "
    "The mayor promised a review of the spending within six months of the vote."
)
WORDS = re.compile(r"\w+")


def page(body: str = f"<p>{ARTICLE}</p><p>{ARTICLE}</p>", head: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


@pytest.fixture(autouse=True)
def hang_guard() -> Iterator[None]:
    def fail(signum: int, frame: FrameType | None) -> None:
        raise AssertionError(f"still running after {HANG_GUARD_SECONDS} s: a hang")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(HANG_GUARD_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def outcome(source: str | bytes, **kwargs: object) -> Article | NewsCleanError:
    """The contract: an Article or a NewsCleanError; any other exception fails the test."""
    try:
        article = newsclean.extract(source, **kwargs)  # type: ignore[arg-type]
    except ExtractionError as exc:  # the catch-all means a bug we did not foresee
        raise AssertionError(f"unforeseen failure: {exc.__cause__!r}") from exc
    except NewsCleanError as exc:
        return exc
    article.model_dump_json()  # the result must also serialise
    return article


def article_of(source: str | bytes, **kwargs: object) -> Article:
    result = outcome(source, **kwargs)
    assert isinstance(result, Article), f"expected an Article, got {result!r}"
    return result


# --- empty, binary, truncated --------------------------------------------------------------


@pytest.mark.parametrize(
    "source", [b"", "", b"   ", " \n\t\r ", "\u3000\u00a0 ", b"\xe3\x80\x80\n", b"\x00\x00\x00"]
)
def test_empty_and_whitespace(source: str | bytes) -> None:
    assert isinstance(outcome(source), EmptyInputError)


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", page())
    return buffer.getvalue()


BINARY = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8,
    "gif": b"GIF89a\x01\x00\x01\x00" + bytes(64),
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>>\nendobj\n",
    # a gzip-compressed page is decompressed (tests/test_document.py); twice compressed, not
    "gzip-in-gzip": gzip.compress(gzip.compress(page().encode())),
    "gzip-of-binary": gzip.compress(bytes(range(256)) * 8),
    "zip": _zip(),
    "random": random.Random(6).randbytes(20_000),
    "random-small": random.Random(7).randbytes(64),
}


@pytest.mark.parametrize("name", sorted(BINARY))
def test_binary_input_is_not_html(name: str) -> None:
    result = outcome(BINARY[name])
    assert isinstance(result, NotHTMLError), result


def test_binary_with_a_markup_prefix_does_not_crash() -> None:
    # A page whose body is followed by a binary blob (a broken download).
    data = page().encode() + random.Random(8).randbytes(50_000)
    result = outcome(data)
    assert isinstance(result, Article | NewsCleanError)


@pytest.mark.parametrize("cut", [0.05, 0.25, 0.5, 0.75, 0.95])
def test_truncated_html(sample_html: bytes, cut: float) -> None:
    data = sample_html[: int(len(sample_html) * cut)]
    result = outcome(data)
    assert isinstance(result, Article | NewsCleanError)


@pytest.mark.parametrize(
    "tail", ["<p", "<p class=", '<p class="x', "<!-- open comment", "<script>var a = '", "&am"]
)
def test_html_cut_inside_a_construct_keeps_what_came_before(tail: str) -> None:
    article = article_of(f"<html><body><article><p>{ARTICLE}</p><p>{ARTICLE}</p>{tail}")
    assert "council approved the new budget" in article.text


# --- encodings -----------------------------------------------------------------------------

ACCENTED = "Le conseil a approuvé le budget: café, élèves, église et théâtre. " * 6


def accented_page() -> str:
    # The accented paragraph sits between English ones: the page is one article, as in the
    # field, rather than two languages side by side.
    return page(f"<p>{ARTICLE}</p><p>{ACCENTED}</p><p>{ARTICLE}</p>")


def test_nul_bytes_are_dropped() -> None:
    html = accented_page().replace("approuvé", "appr\x00ouvé").replace("<p>", "<p>\x00")
    article = article_of(html.encode("utf-8"))
    assert "approuvé" in article.text and "\x00" not in article.text


def test_nul_padding_after_the_page() -> None:
    # Truncated downloads are often padded with zero bytes.
    article = article_of(accented_page().encode("utf-8") + b"\x00" * 100_000)
    assert "approuvé" in article.text


@pytest.mark.parametrize("char", ["\x0c", "\x0b", "\ufffe", "\uffff", "\x1b", "\ud800"])
@pytest.mark.parametrize("extractors", [("trafilatura",), ("readability",), ("density",)])
def test_characters_lxml_refuses_do_not_blind_an_extractor(
    char: str, extractors: tuple[str, ...]
) -> None:
    # One form feed made trafilatura return nothing: lxml refuses it in element text.
    html = page(f"<p>{ARTICLE}{char} {ARTICLE}</p><p>{ARTICLE}</p><p>{ARTICLE}</p>")
    article = article_of(html, extractors=extractors)
    assert "council approved the new budget" in article.text
    assert char not in article.text


WIDE = ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]
BOM = {
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}


@pytest.mark.parametrize("bom", [True, False], ids=["bom", "no-bom"])
@pytest.mark.parametrize("encoding", WIDE)
def test_utf16_and_utf32(encoding: str, bom: bool) -> None:
    # Leading whitespace and a doctype: the page does not start with "<html".
    html = "\n  <!DOCTYPE html>\n" + accented_page()
    data = (BOM[encoding] if bom else b"") + html.encode(encoding)
    assert "approuvé le budget" in article_of(data).text


@pytest.mark.parametrize(
    "declared", ["utf-8", "iso-8859-1", "utf-16", "x-no-such-charset", "idna", "undefined",
                 "zlib", "base64", "punycode", "utf-7", "cp037", "unicode-escape"]
)
def test_wrong_or_hostile_declared_charset(declared: str) -> None:
    head = f'<meta charset="{declared}">'
    for data in (page(f"<p>{ACCENTED}</p>", head).encode("utf-8"),
                 page(f"<p>{ACCENTED}</p>", head).encode("cp1252")):
        text = article_of(data).text
        assert "Le conseil a approuv" in text and "budget" in text


def test_utf7_cannot_smuggle_markup() -> None:
    # "+ADw-script+AD4-" is "<script>" in UTF-7; a page must not turn into markup that way.
    body = f"<p>{ARTICLE} +ADw-b+AD4-visible+ADw-/b+AD4-</p><p>{ARTICLE}</p>"
    text = article_of(page(body, '<meta charset="utf-7">').encode("ascii")).text
    assert "+ADw-b+AD4-visible" in text


def test_mixed_encodings() -> None:
    # One paragraph in UTF-8, the next in cp1252: a page stitched from two sources.
    data = (
        b"<html><body><article><p>" + ACCENTED.encode("utf-8") + b"</p><p>"
        + ACCENTED.encode("cp1252") + b"</p><p>" + ARTICLE.encode()
        + b"</p></article></body></html>"
    )
    text = article_of(data).text
    assert "council approved the new budget" in text
    assert text.count("Le conseil a approuv") >= 2


# --- size, depth, element count ------------------------------------------------------------


def test_50_megabyte_page_is_refused_by_default() -> None:
    html = page(f"<p>{ARTICLE}</p>" * (50_000_000 // len(ARTICLE)))
    assert len(html) > 50_000_000
    assert isinstance(outcome(html), DocumentTooLargeError)
    assert isinstance(outcome(html.encode()), DocumentTooLargeError)


def test_50_megabyte_page_under_a_raised_limit() -> None:
    # The bytes are mostly an inline script (as on pages with embedded app state).
    html = page(f"<p>{ARTICLE}</p><p>{ARTICLE}</p><script>var s = '{'x' * 50_000_000}';</script>")
    article = article_of(html.encode(), limits=Limits(max_bytes=60_000_000))
    assert "council approved the new budget" in article.text
    assert "xxxxxxxx" not in article.text


@pytest.mark.parametrize("tag", ["div", "span", "b", "font", "blockquote", "section", "table"])
def test_100000_levels_of_nesting(tag: str) -> None:
    n = 100_000
    html = (
        f"<html><body><p>{ARTICLE}</p>" + f"<{tag}>" * n + f"<p>{ARTICLE} deep inside.</p>"
        + f"</{tag}>" * n + f"<p>{ARTICLE} after the deep part.</p></body></html>"
    )
    article = article_of(html)
    # libxml2 alone drops everything past depth 255; the flattened re-parse keeps it.
    assert "deep inside" in article.text
    assert "after the deep part" in article.text


def test_nesting_that_cannot_be_flattened_is_a_clear_error() -> None:
    n = 100_000
    html = "<html><body>" + "<object>" * n + f"<p>{ARTICLE}</p>" + "</object>" * n + "</body>"
    assert isinstance(outcome(html), DocumentTooLargeError)


def test_max_depth_limit_flattens_below_the_parser_cap() -> None:
    html = "<html><body>" + "<div>" * 60 + f"<p>{ARTICLE}</p>" * 2 + "</div>" * 60 + "</body>"
    doc = load(html, limits=Limits(max_depth=20))
    depth = max(len(list(el.iterancestors())) for el in doc.tree.iter())
    assert depth <= 20
    assert "council approved" in doc.tree.text_content()


def test_flatten_markup_keeps_text_and_hidden_containers() -> None:
    flat = flatten_markup("<div class=a><span>one</span><div>two</div><script>x</script></div>")
    assert flat == "<br>one<br>two<br><script>x</script><br>"
    assert PARSER_MAX_DEPTH == 255


def test_1000000_tiny_elements_are_refused_by_default() -> None:
    html = "<html><body>" + "<b>x</b>" * 1_000_000 + "</body></html>"
    result = outcome(html)
    assert isinstance(result, DocumentTooLargeError)
    assert "elements" in str(result)


def test_element_limit_is_a_setting() -> None:
    html = page(f"<p>{ARTICLE}</p>" * 50)
    assert isinstance(outcome(html, limits=Limits(max_elements=20)), DocumentTooLargeError)
    assert article_of(html, limits=Limits(max_elements=200)).text


def test_byte_limit_is_a_setting() -> None:
    html = page()
    assert isinstance(outcome(html, limits=Limits(max_bytes=100)), DocumentTooLargeError)
    assert article_of(html, limits=Limits(max_bytes=len(html))).text


# --- odd page shapes -----------------------------------------------------------------------


def test_frameset_page() -> None:
    html = (
        "<html><head><title>Frames</title></head><frameset cols='50%,50%'>"
        "<frame src='menu.html'><frame src='file:///etc/passwd'></frameset>"
        "<noframes><p>Your browser does not support frames.</p></noframes></html>"
    )
    article = article_of(html)
    assert "root:" not in article.model_dump_json()  # frames are never fetched


@pytest.mark.parametrize(
    "html", ["<!-- only a comment -->", "<!-- one -->\n<!-- two -->\n", b"<!--x-->" * 1000]
)
def test_comments_only_page(html: str | bytes) -> None:
    result = outcome(html)
    assert isinstance(result, EmptyInputError | Article)
    if isinstance(result, Article):
        assert "comment" not in result.text


def test_comments_never_reach_the_text() -> None:
    body = f"<p>{ARTICLE}<!-- secret editor note --></p><!-- <p>hidden draft paragraph</p> -->"
    article = article_of(page(body + f"<p>{ARTICLE}</p>"))
    assert "secret editor note" not in article.text
    assert "hidden draft paragraph" not in article.text


# --- entities and external resources -------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE html [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>&lol9;</title></head>
<body><article><p>{article} &lol9;</p><p>{article}</p></article></body></html>
"""

EXTRACTOR_SETS = [("density",), ("trafilatura",), ("readability",), None]


@pytest.mark.parametrize("extractors", EXTRACTOR_SETS, ids=str)
def test_billion_laughs_is_not_expanded(extractors: tuple[str, ...] | None) -> None:
    html = BILLION_LAUGHS.format(article=ARTICLE)
    for source in (html, html.encode()):
        article = article_of(source, extractors=extractors)
        dumped = article.model_dump_json()
        assert "lollol" not in dumped
        assert len(dumped) < 10 * len(html)


def xxe_page(secret: Path) -> str:
    uri = secret.as_uri()
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html [
  <!ENTITY xxe SYSTEM "{uri}">
  <!ENTITY % remote SYSTEM "{uri}"> %remote;
]>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:xi="http://www.w3.org/2001/XInclude">
<head><title>&xxe;</title><link rel="stylesheet" href="{uri}"/>
<meta property="og:description" content="&xxe;"/></head>
<body><article><p>{ARTICLE} &xxe;</p><xi:include href="{uri}" parse="text"/>
<iframe src="{uri}"></iframe><img src="{uri}" alt="photo"/><object data="{uri}"></object>
<p>{ARTICLE}</p></article></body></html>
"""


@pytest.mark.parametrize("extractors", EXTRACTOR_SETS, ids=str)
def test_external_entities_never_read_files(
    tmp_path: Path, extractors: tuple[str, ...] | None
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7f3a9c")
    html = xxe_page(secret)
    for source in (html, html.encode()):
        article = article_of(source, extractors=extractors)
        assert "council approved the new budget" in article.text
        assert "TOP-SECRET" not in article.model_dump_json()


# --- script and style ----------------------------------------------------------------------

SCRIPTED = [
    "<script>var scriptmarker = 1;</script>",
    "<SCRIPT type='text/javascript'>document.write('scriptmarker')</SCRIPT>",
    "<script type='text/html'><p>scriptmarker in a template script.</p></script>",
    "<script>var s = '</p><p>scriptmarker after a fake close';</script>",
    "<style>.scriptmarker { color: red }</style>",
    "<style>p::before { content: 'scriptmarker' }</style>",
    "<p>Inline <script>scriptmarker()</script> script in a paragraph.</p>",
    "<script><!-- scriptmarker in an old-style comment --></script>",
    "<noscript><style>scriptmarker</style></noscript>",
    "<svg><style>scriptmarker</style><script>scriptmarker</script></svg>",
    "<template><script>scriptmarker</script></template>",
]


@pytest.mark.parametrize("extractors", EXTRACTOR_SETS, ids=str)
@pytest.mark.parametrize("snippet", SCRIPTED)
def test_script_and_style_never_reach_the_text(
    snippet: str, extractors: tuple[str, ...] | None
) -> None:
    body = f"<p>{ARTICLE}</p>{snippet}<p>{ARTICLE}</p>{snippet}<p>{ARTICLE}</p>"
    article = article_of(page(body, head=snippet), extractors=extractors)
    assert "council approved" in article.text
    assert "scriptmarker" not in article.text


def test_unclosed_script_swallows_nothing_into_text() -> None:
    article = article_of(page(f"<p>{ARTICLE}</p><p>{ARTICLE}</p><script>scriptmarker(</p>"))
    assert "scriptmarker" not in article.text


# --- pathological strings for every regex --------------------------------------------------


def _package_patterns() -> list[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    """Every compiled pattern of the package: module-level ones (case-blind ones with
    their lower-case twins), and those built on first use by a cached function without
    arguments (the wire tables' patterns are made from their data files when first asked
    for)."""
    found = []
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.append((f"{info.name}.{name}", value))
            elif isinstance(value, CaseBlind | Words):
                found += _wrapped(f"{info.name}.{name}", value)
            elif _cached_builder(value, info.name):
                built = value()
                patterns = built if isinstance(built, tuple | list) else (built,)
                found += [
                    (f"{info.name}.{name}()" + (f"[{i}]" if len(patterns) > 1 else ""), p)
                    for i, p in enumerate(patterns) if isinstance(p, re.Pattern)
                ]
    return found


def _wrapped(name: str, value: CaseBlind | Words) -> list[tuple[str, re.Pattern[str]]]:
    """A case-blind pattern and the lower-case twin it matches ASCII text with."""
    blind = value if isinstance(value, CaseBlind) else value._blind
    return [(name, blind.pattern), (f"{name}._lower", blind._lower)]


def _cached_builder(value: object, module: str) -> bool:
    """Whether `value` is a function of `module` cached by `functools.cache` or
    `lru_cache` that takes no argument: a lazily built pattern, table or model."""
    if not (callable(value) and hasattr(value, "cache_info")):
        return False
    if getattr(value, "__module__", None) != module:
        return False
    try:
        params = inspect.signature(value).parameters.values()
    except (TypeError, ValueError):
        return False
    return all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
               for p in params)


PATTERNS = _package_patterns()
N = 50_000
# Shapes that make backtracking regexes go quadratic or worse: long runs of one character
# class, a near-miss prefix repeated, unclosed constructs.
ADVERSARIAL = [
    "a" * N,
    " " * N + "x",
    "\t \n" * N,
    "-" * N,
    "<" * N,
    "</" + " " * N,
    "<meta " + "a" * N + " charset",
    "<meta" + " charset" * (N // 8),
    "<?xml" + " " * N,
    "<div " + "a=b " * (N // 4),
    "display" + " " * N + ":",
    "display:" * (N // 8),
    "comment " * (N // 8),
    "ad-" * (N // 3),
    "é" * N,
    "\u3000" * N + "x",
    "1" * N,
    ". " * N,
    "AP " * (N // 3),
]


def test_every_package_regex_is_found() -> None:
    names = {name for name, _ in PATTERNS}
    assert "newsclean.document._META_CHARSET" in names
    assert "newsclean.extractors.hints.NEGATIVE_HINTS" in names
    assert "newsclean.normalize.dateline._hyphened_form()" in names  # built on first use
    assert "newsclean.normalize.credits._korean_signoff()" in names
    assert "newsclean.extractors.rules.BOILERPLATE_TEXT._lower" in names  # a `CaseBlind`


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[name for name, _ in PATTERNS])
def test_regexes_survive_pathological_strings(
    name: str, pattern: re.Pattern[str] | re.Pattern[bytes]
) -> None:
    for text in ADVERSARIAL:
        subject: str | bytes = text
        if isinstance(pattern.pattern, bytes):
            subject = text.encode("utf-8")
        # The hang guard fails this test if any pattern backtracks catastrophically.
        pattern.search(subject)  # type: ignore[arg-type]
        pattern.findall(subject)  # type: ignore[arg-type]


def hostile_attributes() -> list[str]:
    long_class = " ".join(["comment", "article", "nav", "body", "ad"] * 20_000)
    return [
        f'<div class="{long_class}" id="{"main-" * 20_000}">',
        f'<div class="{"a" * 200_000}">',
        f'<div style="{"display" + " " * 100_000 + ": none"}">',
        f'<div style="{"visibility:" * 20_000}">',
        f'<div hidden="{"x" * 100_000}" aria-hidden="{"true " * 20_000}">',
        f'<div data-x="{"<" * 100_000}" title="{"&amp;" * 20_000}">',
        f'<div class="{"é" * 100_000}" id="{chr(0x1F600) * 50_000}">',
        f'<div lang="{"en-" * 30_000}" class="{"-" * 100_000}">',
    ]


@pytest.mark.parametrize("opening", hostile_attributes(), ids=lambda s: s[:25])
def test_pathological_class_id_and_attributes(opening: str) -> None:
    head = (
        f'<meta name="description" content="{"word " * 20_000}">'
        f'<meta {"x" * 50_000} charset="utf-8"><title>{"T" * 100_000}</title>'
    )
    html = page(f"{opening}<p>{ARTICLE}</p><p>{ARTICLE}</p></div>", head)
    for source in (html, html.encode()):
        result = outcome(source)
        assert isinstance(result, Article)


# --- failures inside the chain -------------------------------------------------------------


class Exploding:
    """A plug-in that raises the given exception on every page."""

    def __init__(self, exc: Callable[[], BaseException], name: str = "exploding") -> None:
        self.exc = exc
        self.name = name

    def extract(self, doc: Document) -> Candidate:
        raise self.exc()


@pytest.mark.parametrize(
    "exc", [lambda: ValueError("boom"), RecursionError,
            lambda: UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")],
)
def test_a_raising_plugin_falls_through_to_the_next(
    exc: Callable[[], BaseException], caplog: pytest.LogCaptureFixture
) -> None:
    article = article_of(page(), extractors=[Exploding(exc), "density"])
    assert article.extractor == "density"
    assert "council approved the new budget" in article.text
    assert any("exploding" in r.getMessage() for r in caplog.records)  # not silent


def test_a_plugin_out_of_memory_fails_the_page_as_too_large() -> None:
    # Out of memory is the page's size, not the plug-in's bug: no point trying the next one.
    result = outcome(page(), extractors=[Exploding(MemoryError), "density"])
    assert isinstance(result, DocumentTooLargeError)
    assert isinstance(result.__cause__, MemoryError)


@pytest.mark.parametrize("policy", ["first-confident", "best", "vote"])
def test_when_every_plugin_raises_the_article_is_empty(policy: str) -> None:
    failing = [Exploding(lambda: KeyError("x"), "a"), Exploding(lambda: OSError("y"), "b")]
    article = article_of(page(), extractors=failing, policy=policy)
    assert article.text == "" and article.confidence == 0.0
    assert article.title is None or isinstance(article.title, str)


def test_an_unforeseen_failure_is_an_extraction_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean import metadata

    def broken(doc: Document, **options: object) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(metadata, "extract_metadata", broken)
    with pytest.raises(ExtractionError) as info:
        newsclean.extract(page())
    assert isinstance(info.value.__cause__, KeyError)


def test_recursion_outside_plugins_is_a_size_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean import metadata

    def deep(doc: Document, **options: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(metadata, "extract_metadata", deep)
    assert isinstance(outcome(page()), DocumentTooLargeError)


def test_only_str_or_bytes_are_accepted() -> None:
    with pytest.raises(TypeError):
        newsclean.extract(12345)  # type: ignore[arg-type]


def test_a_url_or_encoding_that_is_no_str_is_a_callers_type_error() -> None:
    html = "<p>A paragraph.</p>"
    with pytest.raises(TypeError, match="url"):
        newsclean.extract(html, url=123)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="encoding"):
        newsclean.extract(html.encode(), encoding=b"utf-8")  # type: ignore[arg-type]
    assert newsclean.extract(html, url=None).text == "A paragraph."


def test_every_error_is_a_newsclean_error() -> None:
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), NewsCleanError)


@pytest.mark.parametrize("exc", [MemoryError, RecursionError])
def test_memory_and_recursion_while_loading_are_size_errors(
    monkeypatch: pytest.MonkeyPatch, exc: type[BaseException]
) -> None:
    import lxml.html

    def exhausted(*args: object, **kwargs: object) -> None:
        raise exc()

    monkeypatch.setattr(lxml.html, "document_fromstring", exhausted)
    result = outcome(page())
    assert isinstance(result, DocumentTooLargeError)
    assert isinstance(result.__cause__, exc)
