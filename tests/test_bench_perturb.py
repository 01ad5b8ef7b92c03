"""The page rewrites of `python -m benchmarks --perturb` (benchmarks/perturb.py)."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html

from benchmarks.datasets import load
from benchmarks.metrics import tokens
from benchmarks.perturb import (
    PERTURBATIONS,
    anonymous,
    classless,
    foreign,
    foreign_text,
    plain_tags,
)

PAGE = (
    b'<html><body class="single-post"><header id=top><nav class="menu">Home</nav></header>'
    b"<main><article class='post' data-class=\"kept\"><section id=\"s1\"><h1>Title</h1>"
    b'<p class="lead">A class="x" lead.</p></section></article></main>'
    b"<aside>More</aside><footer>Foot</footer></body></html>"
)


def _text(html: bytes) -> str:
    return lxml.html.document_fromstring(html).text_content()


def test_classless_removes_every_class_and_id_and_nothing_else() -> None:
    out = classless(PAGE)
    tree = lxml.html.document_fromstring(out)
    assert not tree.xpath("//*[@class or @id]")
    assert tree.xpath("//article/@data-class") == ["kept"]  # other attributes stay
    assert _text(out) == _text(PAGE)  # 'A class="x" lead.' is text: not an attribute


def test_plain_tags_writes_sectioning_elements_as_divs() -> None:
    out = plain_tags(PAGE)
    tree = lxml.html.document_fromstring(out)
    assert not tree.xpath("//article|//main|//header|//footer|//nav|//aside|//section")
    assert len(tree.xpath("//div")) == 7
    assert tree.xpath("//div[@class='post']/div[@id='s1']/h1/text()") == ["Title"]
    assert _text(out) == _text(PAGE)


def test_anonymous_is_both() -> None:
    tree = lxml.html.document_fromstring(anonymous(PAGE))
    assert not tree.xpath("//*[@class or @id]") and not tree.xpath("//article|//nav")
    assert set(PERTURBATIONS) == {"classless", "plain-tags", "anonymous", "foreign"}


def test_load_rewrites_every_page_it_returns(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(PAGE)
    (tmp_path / "truth.jsonl").write_text(json.dumps({"id": "a", "text": "Title"}) + "\n")
    plain = load(str(tmp_path))
    rewritten = load(str(tmp_path), perturb="classless")
    assert plain[0].html == PAGE
    assert rewritten[0].html == classless(PAGE) != PAGE
    assert rewritten[0].truth == plain[0].truth


FOREIGN_PAGE = (
    '<html><head><meta charset="utf-8"><title>The Big Day</title><style>p { color: red }</style>'
    '<script>var title = "The";</script><script type="application/ld+json">'
    '{"@type": "NewsArticle", "headline": "The day", "url": "https://x.example/the"}</script>'
    '</head><body class="story">'
    "<!-- the story --><p>The day &amp; the night, café &eacute;té &#8212; ABC: "
    '<a href="/the">THE day</a> of 2024.</p></body></html>'
).encode()


def test_foreign_makes_up_every_word_of_the_text_and_nothing_else() -> None:
    out = foreign(FOREIGN_PAGE)
    tree = lxml.html.document_fromstring(out)
    assert tree.xpath("//body/@class") == ["story"] and tree.xpath("//a/@href") == ["/the"]
    assert b'var title = "The";' in out and b"p { color: red }" in out
    assert b"<!-- the story -->" in out and b"&amp;" in out and b"&eacute;" in out
    assert b"&#8212;" in out
    ld = json.loads(tree.xpath("//script[@type='application/ld+json']")[0].text)
    assert ld == {"@type": "NewsArticle", "headline": foreign_text("The day"),
                  "url": "https://x.example/the"}
    text = tree.xpath("string(//p)")
    assert text == foreign_text("The day & the night, café été \u2014 ABC: THE day of 2024.")
    words = tokens(text)
    assert "day" not in words and "The" not in words and "2024" in words
    assert [len(w) for w in words] == [3, 3, 3, 5, 4, 3, 3, 3, 3, 2, 4]
    the, day = words[0], words[1]
    assert the[0].isupper() and the[1:].islower() and words[2] == the.lower()
    assert words[7] == the.upper() and words[8] == day  # the same word, the same made-up one


def test_foreign_leaves_pages_not_in_utf8_and_their_truth_alone(tmp_path: Path) -> None:
    latin1 = "<html><body><p>Café ouvert.</p></body></html>".encode("latin-1")
    assert foreign(latin1) == latin1
    (tmp_path / "a.html").write_bytes(FOREIGN_PAGE)
    (tmp_path / "b.html").write_bytes(latin1)
    (tmp_path / "truth.jsonl").write_text(
        json.dumps({"id": "a", "text": "The day", "without": ["the night"]}) + "\n"
        + json.dumps({"id": "b", "text": "Café ouvert."}) + "\n"
    )
    a, b = load(str(tmp_path), perturb="foreign")
    assert a.truth == foreign_text("The day") != "The day"
    assert a.without_snippets == (foreign_text("the night"),)
    assert a.truth in lxml.html.document_fromstring(a.html).text_content()
    assert b.html == latin1 and b.truth == "Café ouvert."
