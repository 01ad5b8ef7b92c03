"""Bad metadata never raises: it gives None or the next source's value."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.document import load
from newsclean.metadata import Metadata, extract_metadata, jsonld
from newsclean.metadata.authors import parse_byline
from newsclean.metadata.dates import parse_date

NOW = datetime(2025, 4, 18, 12, 0, tzinfo=UTC)
# control characters make `load` reject the page as binary, before metadata is read
PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs"))


def meta_of(head: str, body: str = "") -> Metadata:
    html = f"<html><head>{head}</head><body>{body}<p>Body.</p></body></html>"
    return extract_metadata(load(html), now=NOW, search_dates=False)


def ld(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>'


@pytest.mark.parametrize(
    "broken",
    [
        '{"@type": "NewsArticle", "headline": ',
        "not json at all",
        "",
        "[[[[[[[[[[",
        "[" * 5000 + "]" * 5000,
        '{"@type": ["NewsArticle", 3, null], "headline": {"nested": true}, "author": 5}',
        '{"@type": "NewsArticle", "author": [null, true, 1.5, {"name": null}]}',
        '{"@graph": "not a list"}',
        "null",
        '"just a string"',
    ],
)
def test_broken_jsonld_falls_through_to_meta(broken: str) -> None:
    head = ld(broken) + '<meta property="og:title" content="Fallback title">'
    meta = meta_of(head)
    assert meta.title == "Fallback title"


def test_broken_block_does_not_hide_a_good_one() -> None:
    head = ld('{"@type": "NewsArticle", ') + ld(
        '{"@type": "NewsArticle", "headline": "Good one", "datePublished": "2025-04-08"}'
    )
    meta = meta_of(head)
    assert meta.title == "Good one"
    assert meta.published == date(2025, 4, 8)


def test_repairable_jsonld_is_read() -> None:
    head = ld('<!--\n{"@type": "NewsArticle", "headline": "Line\nbreak",}\n-->')
    assert meta_of(head).title == "Line break"


def test_jsonld_types_read_as_microdata_itemtypes_are() -> None:
    """A type written as a URL, with or without its trailing slash, names the same type."""
    obj = {"@type": ["https://schema.org/NewsArticle/", "http://schema.org/WebPage", "Thing"]}
    assert jsonld.types(obj) == {"newsarticle", "webpage", "thing"}
    assert jsonld.type_name("https://schema.org/Comment/") == "comment"


def test_cyclic_jsonld_references() -> None:
    head = ld('{"@graph": [{"@id": "#a", "@type": "NewsArticle", "author": {"@id": "#a"},'
              '"headline": "Loop"}]}')
    meta = meta_of(head)
    assert meta.title == "Loop"
    assert meta.authors == []


def test_ten_thousand_meta_tags() -> None:
    head = '<meta name="keywords" content="tag">' * 5000
    head += "".join(f'<meta name="k{i}" content="v{i}">' for i in range(5000))
    head += '<meta property="og:title" content="Still found">'
    meta = meta_of(head)
    assert meta.title == "Still found"
    assert meta.tags == ["tag"]


@pytest.mark.parametrize(
    "value",
    ["yesterday", "32/13/2025", "0000-00-00", "2025-99-99T99:99", "9" * 40, "NaN", "🙂"],
)
def test_unparseable_dates_fall_through(value: str) -> None:
    head = (f'<meta property="article:published_time" content="{value}">'
            '<meta name="date" content="2025-04-08">')
    assert meta_of(head).published == date(2025, 4, 8)


def test_contradictory_values_keep_the_documented_order() -> None:
    head = (
        ld('{"@type": "NewsArticle", "headline": "LD", "datePublished": "2025-04-01"}')
        + '<meta property="og:title" content="OG">'
        + '<meta property="article:published_time" content="2025-04-05">'
        + '<meta property="article:modified_time" content="2025-03-01">'
    )
    meta = meta_of(head)
    assert meta.title == "LD"
    assert meta.published == date(2025, 4, 1)
    assert meta.modified is None  # earlier than published: dropped


def test_empty_values_are_none() -> None:
    head = ('<meta property="og:title" content="   "><meta name="description" content="">'
            '<meta name="author" content=" , ; "><link rel="canonical" href="">')
    meta = meta_of(head)
    assert meta.title is None
    assert meta.description is None
    assert meta.authors == []
    assert meta.canonical_url is None


def test_future_dates_are_rejected() -> None:
    head = '<meta property="article:published_time" content="2031-01-01T00:00:00Z">'
    assert meta_of(head).published is None


def test_javascript_urls_are_not_images() -> None:
    head = '<meta property="og:image" content="javascript:alert(1)">'
    meta = extract_metadata(load(f"<html><head>{head}</head><body><p>x</p></body></html>",
                                 url="https://example.com/"), now=NOW, search_dates=False)
    assert meta.image is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_parse_date_never_raises(text: str) -> None:
    value = parse_date(text, NOW)
    assert value is None or isinstance(value, date)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_parse_byline_never_raises(text: str) -> None:
    result = parse_byline([text])
    assert all(isinstance(n, str) and n for n in result.names)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["og:title", "author", "article:published_time", "description",
                             "og:image", "keywords", "og:locale", "dc:creator", "og:site_name"]),
            st.text(PRINTABLE, max_size=60),
        ),
        max_size=12,
    ),
    st.text(PRINTABLE, max_size=200),
)
def test_random_metadata_never_raises(pairs: list[tuple[str, str]], script: str) -> None:
    import html as html_lib

    head = "".join(
        f'<meta property="{k}" content="{html_lib.escape(v)}">' for k, v in pairs
    ) + ld(script.replace("<", " "))
    meta = extract_metadata(
        load(f"<html><head>{head}</head><body><h1>x</h1><p>y</p></body></html>",
             url="https://example.com/a"),
        now=NOW, search_dates=False,
    )
    assert isinstance(meta, Metadata)


def test_deeply_nested_author_names() -> None:
    nested = '{"name": [' * 400 + '"Jane Doe"' + "]}" * 400
    head = ld('{"@type": "NewsArticle", "headline": "Deep", "author": ' + nested + "}")
    meta = meta_of(head)
    assert meta.title == "Deep"
    assert meta.authors == []


@pytest.mark.parametrize("url", ["http://[", None, "https://example.com/a"])
def test_malformed_urls_never_raise(url: str | None) -> None:
    """urllib raises ValueError on "http://[" (a broken IPv6 literal): in the page's URL or
    in its og:image, it is a missing value, not a failed page."""
    head = '<meta property="og:image" content="http://[x/a.jpg"><title>A title - Site</title>'
    html = f"<html><head>{head}</head><body><h1>A title</h1><p>Text.</p></body></html>"
    meta = extract_metadata(load(html, url=url))
    assert meta.image is None
    assert meta.title == "A title"


def test_text_language_tells_the_language_of_a_page_that_declares_none() -> None:
    """The stoplists tell the language of spaced text; the declared `lang` wins only when
    the text fits it; unspaced or unknown text has none."""
    from newsclean.stoplists import text_language

    german = ["Die Regierung hat am Montag beschlossen, dass die Steuern für alle Bürger "
              "in diesem Jahr nicht mehr steigen werden, weil die Wirtschaft wächst."]
    english = ["The government decided on Monday that taxes will not rise for anyone this "
               "year, because the economy is growing and the budget is in surplus."]
    assert text_language(german) == "de"
    assert text_language(english) == "en"
    assert text_language(german, declared="en-US") == "de"  # the text does not fit "en"
    assert text_language(english, declared="en") == "en"
    japanese = "政府は月曜日に今年の税金を上げないことを決めた。経済が成長しているため。"
    assert text_language([japanese]) is None
    assert text_language([]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("政府は月曜日に今年の税金を上げないことを決めた。経済が成長しているため。", True),
        ("กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทยและเป็นเมืองที่มีประชากรมากที่สุด", True),
        ("The government decided on Monday that taxes will not rise this year.", False),
        ("Die Bundesregierung beschließt Steuerentlastungsmaßnahmen für Großunternehmen.", False),
        ("https://example.com/a/very/long/path/with-no-spaces-at-all-in-it-whatsoever", False),
        ("", False),
    ],
)
def test_unspaced_tells_scripts_written_without_spaces(text: str, expected: bool) -> None:
    """One test for every reader that counts words (block sizes, the stoplist language, the
    embedded body's overlap): long non-ASCII runs between spaces; a URL is not one."""
    from newsclean.stoplists import unspaced

    assert unspaced(text) is expected


_UNSPACED_EDGES = "\u0dff\u0e00\u0eff\u0f00\u0fff\u1000\u109f\u10a0\u177f\u1780\u17ff\u1800" \
    "\u303f\u3040\u30ff\u3100\u33ff\u3400\u4dbf\u4dc0\u4dff\u4e00\u9fff\ua000\uf8ff\uf900" \
    "\ufaff\ufb00\u2019é\n \U0001f600a"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_UNSPACED_EDGES), max_size=60))
def test_unspaced_counts_the_letters_as_their_search_did(text: str) -> None:
    """The letters of the unspaced scripts are counted as what is left once the runs of other
    characters are removed: the same answer as removing the letters themselves (the pattern
    of the ranges, written out here as it was), at every edge of every range."""
    import re

    from newsclean.stoplists import unspaced

    letters = re.compile(
        "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
        "\u4e00-\u9fff\uf900-\ufaff]+"
    )
    tokens = len(text.split())
    old = not text.isascii() and (
        len(text) > 15 * max(tokens, 1) or 2 * len(letters.sub("", text)) < len(text)
    )
    assert unspaced(text) is old
