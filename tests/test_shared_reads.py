"""The speed pass of issue 19 replaced searches of the whole page by reads of what the parsed
page already holds; each must answer as the search it replaced did (the old searches are
written out here, as they were)."""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import urlsplit

import lxml.etree
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.comments import _names_comments
from newsclean.document import load
from newsclean.metadata import visible
from newsclean.metadata.sources import HOME_PATHS, _home_link, own_names, page_of
from newsclean.metadata.visible import (
    LABEL_STEMS,
    MAX_LABELLED,
    _has_label_stem,
    _labelled_elements,
    _labelled_groups,
    may_be_labelled,
)
from tests.markup import recorded_calls

_HAS_STEM = " or ".join(f"contains(., '{stem}')" for stem in LABEL_STEMS)
OLD_LABELLED = lxml.etree.XPath(
    "|".join(f"//body//@{name}[{_HAS_STEM}]" for name in ("class", "id", "itemprop"))
)
OLD_COPYRIGHT = lxml.etree.XPath(
    "//body//text()[contains(., '\u00a9') or contains(., 'opyright')]", smart_strings=False
)

LABELLED_PAGES = [
    '<body class="single-author"><p class="byline">By <a>Jane Doe</a></p></body>',
    '<body><div id="author-box" class="x"><span itemprop="author">Jane</span></div></body>',
    '<body><p class="Author_name__x1">A</p><p class="username writer">B</p><p>C</p></body>',
    '<body><p class="plain">No label here</p><span id="authorship">x</span></body>',
    "<body>" + '<i class="author">x</i>' * (MAX_LABELLED + 5) + "</body>",
    "<head><meta class='author'></head><body><p>Nothing labelled in the body</p></body>",
]


def _old_labelled(tree: lxml.etree._Element) -> list[lxml.etree._Element]:
    found: list[lxml.etree._Element] = []
    for attr in OLD_LABELLED(tree):
        el = attr.getparent()
        if not found or found[-1] is not el:
            found.append(el)
            if len(found) >= MAX_LABELLED:
                break
    return found


@pytest.mark.parametrize("html", LABELLED_PAGES)
def test_the_labelled_elements_are_the_union_xpaths(html: str) -> None:
    tree = load(f"<html>{html}</html>").tree
    assert list(islice(_labelled_elements(tree), MAX_LABELLED)) == _old_labelled(tree)


UNLABELLED_PAGES = [
    '<body><p class="plain">No label here</p><p id="story">Text</p></body>',
    '<body><div class="Byline AUTHOR"><span itemprop="name">Jane</span></div></body>',
    "<body><p class='au thor'>split</p><p class='by\nline'>split</p></body>",
]


@pytest.mark.parametrize("html", LABELLED_PAGES + UNLABELLED_PAGES)
def test_the_labelled_test_says_whether_the_walk_can_find_anything(html: str) -> None:
    # the page's class values, itemprops and ids hold a stem wherever the walk finds one
    page = page_of(load(f"<html>{html}</html>"))
    found = list(islice(_labelled_elements(page.tree), MAX_LABELLED))
    assert may_be_labelled(page) or not found
    assert may_be_labelled(page) is (html in LABELLED_PAGES)


@pytest.mark.parametrize("html", UNLABELLED_PAGES)
def test_a_page_with_no_labelled_element_is_not_walked(
    html: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsclean.metadata.visible as visible

    def walk(tree: lxml.etree._Element) -> list[lxml.etree._Element]:
        raise AssertionError("walked the body for labelled elements")

    monkeypatch.setattr(visible, "_labelled_elements", walk)
    assert _labelled_groups(page_of(load(f"<html>{html}</html>"))) == []


COPYRIGHT_PAGES = [
    "<body><p>Story</p><footer>\u00a9 2025 Example News. All rights reserved.</footer></body>",
    "<body><p>Copyright <b>2025</b> Example</p><div>copyright Example Ltd</div></body>",
    "<body><p>No notice at all</p></body>",
]


@pytest.mark.parametrize("html", COPYRIGHT_PAGES)
def test_the_copyright_texts_are_the_xpaths(html: str) -> None:
    doc = load(f"<html>{html}</html>")
    page = page_of(doc)
    found = [t for t in page.body_strings() if "\u00a9" in t or "opyright" in t]
    assert found == OLD_COPYRIGHT(doc.tree)
    assert page.body_strings() is page.body_strings()  # listed once a page


def test_own_names_read_the_copyright_notice() -> None:
    doc = load(
        "<html><body><p>Story</p><footer>\u00a9 2025 Example News</footer></body></html>",
        url="https://example.com/a/story",
    )
    assert own_names(page_of(doc)) == ("\u00a9 2025 Example News",)


@pytest.mark.parametrize(
    ("markup", "named"),
    [
        ('<div itemprop="comment"><p>x</p></div>', True),
        ('<div itemprop="Comments review"><p>x</p></div>', True),
        ('<div itemscope itemtype="https://schema.org/Comment/"><p>x</p></div>', True),
        ('<div itemscope itemtype="http://schema.org/UserComments"><p>x</p></div>', True),
        ('<div itemprop="commentCount">3</div>', False),
        ('<div itemscope itemtype="https://schema.org/Article"><p>x</p></div>', False),
        ("<div><p>No microdata</p></div>", False),
    ],
)
def test_a_comment_is_named_by_the_pages_itemprops_and_itemtypes(markup: str, named: bool) -> None:
    doc = load(f"<html><body>{markup}</body></html>")
    assert _names_comments(doc) is named


OLD_LABEL_STEM = re.compile("|".join(LABEL_STEMS))


@pytest.mark.parametrize("value", [
    "author", "Author_name__x1", "post-byline", "username", "user-name", "writer-box",
    "AUTHOR", "co-authors", "by-line", "", "plain", "uthor", "writ", "sername byline",
])
def test_label_stems_are_found_as_the_search_of_their_alternation_found_them(value: str) -> None:
    """`_has_label_stem` (substring tests) answers as the search of the stems' alternation."""
    assert _has_label_stem(value) == (OLD_LABEL_STEM.search(value) is not None)


MICRODATA_PAGES = [
    '<html itemprop="x"><body><div itemscope itemtype="https://schema.org/A '
    'https://schema.org/B" ITEMPROP="y z"><span itemprop="q" itemtype="T">a</span></div>'
    "</body></html>",
    '<html><head><meta itemprop="name" content="n"></head><body><p itemProp="author">J</p>'
    '<div itemscope itemtype="http://schema.org/Article"><i itemprop="">.</i></div></body></html>',
    "<html><body><p>No microdata at all</p></body></html>",
]


@pytest.mark.parametrize("html", MICRODATA_PAGES)
def test_the_microdata_attributes_are_the_two_xpaths(html: str) -> None:
    """`Page.itemprops` and `Page.itemtypes`, read in one walk, are what `//*/@itemprop` and
    `//@itemtype` found, in order, each itemprop with its element."""
    doc = load(html)
    page, tree = page_of(doc), doc.tree
    old_props = tree.xpath("//*/@itemprop")
    assert [str(v) for v in page.itemprops()] == [str(v) for v in old_props]
    assert [v.getparent() for v in page.itemprops()] == [v.getparent() for v in old_props]
    assert page.itemtypes() == tree.xpath("//@itemtype", smart_strings=False)
    assert all(type(v) is str for v in page.itemtypes())


def _old_home_link(href: str | None) -> bool:
    """`sources._home_link` before the host's mark was looked for first (`NETLOC_MARK`)."""
    if href is None:
        return False
    href = href.strip()
    if href in HOME_PATHS or href in ("", "#"):
        return True
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return bool(parts.netloc) and parts.path in {"", "/"} and not parts.query


HREFS = [
    None, "", "#", "/", "./", "index.html", " / ", "/works/12", "works", "?page=2",
    "https://example.com", "https://example.com/", "https://example.com/?x=1", "//example.com",
    "//example.com/", "/\n/example.com/", "/\t\r/example.com", "\x01//example.com/",
    "http:/\n/example.com/", "https://[::1]/", "https://[::1/", "//exa]mple.com/",
    "javascript:void(0)", "mailto:jane@example.com", "https://пример.рф/", "/مقالات/١٢",
    "//例子.中国/", "https:\\example.com\\", "/ /example.com/", "HTTPS://EXAMPLE.COM/",
]


@pytest.mark.parametrize("href", HREFS)
def test_the_home_link_test_answers_as_urlsplit_did(href: str | None) -> None:
    assert _home_link(href) == _old_home_link(href)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("/:#?.@[]\\ \t\r\n\x00\x0bahé文ب١")) | st.characters(),
               max_size=24))
def test_the_home_link_test_answers_as_urlsplit_did_on_any_text(href: str) -> None:
    assert _home_link(href) == _old_home_link(href)


def test_the_shown_text_is_read_once_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """The author sources ask whether the body prints a name up to a few times a page;
    the body's text outside scripts is read once (a search of every text node's
    ancestors, tens of milliseconds on a long page)."""
    reads = recorded_calls(monkeypatch, visible, "SHOWN_TEXTS")
    page = page_of(load(
        "<html><body><p>By Jane  Doe</p><script>var author = 'John Roe';</script>"
        "<template><b>Ann Poe</b></template></body></html>"
    ))
    assert visible.shown(page, ["JANE DOE"])
    assert not visible.shown(page, ["John Roe"])
    assert not visible.shown(page, ["Ann Poe"])
    assert len(reads) == 1
