"""The page rewrites of `python -m benchmarks --perturb` (benchmarks/perturb.py)."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html

from benchmarks.datasets import load
from benchmarks.perturb import PERTURBATIONS, anonymous, classless, plain_tags

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
    assert set(PERTURBATIONS) == {"classless", "plain-tags", "anonymous"}


def test_load_rewrites_every_page_it_returns(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(PAGE)
    (tmp_path / "truth.jsonl").write_text(json.dumps({"id": "a", "text": "Title"}) + "\n")
    plain = load(str(tmp_path))
    rewritten = load(str(tmp_path), perturb="classless")
    assert plain[0].html == PAGE
    assert rewritten[0].html == classless(PAGE) != PAGE
    assert rewritten[0].truth == plain[0].truth
