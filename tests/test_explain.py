"""The explain view: the record of decisions, the inert page markup, the report, the CLI."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

import newsclean
from newsclean.calibration import on_scale
from newsclean.cli import main
from newsclean.errors import EmptyInputError
from newsclean.explain import CSP, NORMALIZED, Decision, explain, trace
from newsclean.model import Block
from newsclean.news import Removal, normalize_news

STORY_STARTS = (
    "Russia sees no reason",
    "Russia, the successor state",
    "Soviet troops took control",
    '"No, there are no contacts',
    '"You know that Tokyo',
    'Given "the real state of affairs"',
)


def _shadow(report: str) -> lxml.html.HtmlElement:
    """The annotated page inside the report's declarative shadow root."""
    match = re.search(r'<template shadowrootmode="open">(.*)</template>', report, re.S)
    assert match, "the report draws no page"
    return lxml.html.fragment_fromstring(match.group(1), create_parent="div")


# --- the record ----------------------------------------------------------------------------


def test_trace_of_the_sample_page(sample_html: bytes) -> None:
    t = trace(sample_html)
    assert t.winner.extractor == "density"
    assert [r.name for r in t.runs] == ["density", "embedded", "priced-items", "trafilatura-fast"]
    # density was confident: the fallbacks never ran
    assert all(r.candidate is None for r in t.runs[1:])
    kept = [b.text for b in t.blocks if b.decision is Decision.KEPT]
    assert len(kept) == len(STORY_STARTS)
    assert kept[0].startswith("MOSCOW (Reuters) - Russia sees")  # the page's text, uncut
    for text, start in zip(kept[1:], STORY_STARTS[1:], strict=True):
        assert text.startswith(start)
    by_text = {b.text: b for b in t.blocks}
    assert by_text["Related Articles"].decision is Decision.BOILERPLATE
    # the ad label leaves the text: dropped by the scorer or by promo normalisation
    assert by_text["- Advertisement -"].decision in (Decision.BOILERPLATE, Decision.PROMO)
    credit = next(b for b in t.blocks if b.text.startswith("(Reporting by"))
    assert credit.decision is Decision.CREDIT
    assert "normalisation removed it as credit" in credit.why
    dateline = next(b for b in t.blocks if b.text.startswith("MOSCOW"))
    assert dateline.notes == ["dateline removed: MOSCOW (Reuters) -"]
    wire = [(r.kind, r.whole_block) for r in t.removed if r.kind != "promo"]
    assert wire == [("dateline", False), ("credit", True)]
    # Features come from the density record and the block itself.
    assert dateline.label == "good" and dateline.score > 0 and dateline.words > 20
    assert by_text["Related Articles"].score < 0


def test_trace_keeps_the_article_of_extract(sample_html: bytes) -> None:
    assert trace(sample_html).article == newsclean.extract(sample_html)


def test_trace_without_stripping_wire_removes_no_dateline(sample_html: bytes) -> None:
    t = trace(sample_html, strip_wire=False)
    assert not [r for r in t.removed if r.kind in ("dateline", "credit", "trailer")]
    credit = next(b for b in t.blocks if b.text.startswith("(Reporting by"))
    assert credit.decision is Decision.KEPT


def test_trace_with_another_winner_matches_its_text(sample_html: bytes) -> None:
    """When trafilatura wins, a block's decision comes from its text; density's labels
    and scores still explain each block."""
    t = trace(sample_html, extractors=["trafilatura"])
    assert t.winner.extractor == "trafilatura"
    # the run records the plug-in's own confidence, the winner the chain's common scale
    run = t.runs[0].candidate
    assert run.blocks == t.winner.blocks
    assert t.winner.confidence == on_scale("trafilatura", run.confidence)
    by_text = {b.text: b for b in t.blocks}
    soviet = next(b for b in t.blocks if b.text.startswith("Soviet troops"))
    assert soviet.decision is Decision.KEPT and "in trafilatura's output" in soviet.why
    assert soviet.label == "good"
    assert by_text["Share This"].decision is Decision.BOILERPLATE
    assert "not in trafilatura's output" in by_text["Share This"].why


def test_normalisation_records_inline_credits_and_signoffs() -> None:
    parts = normalize_news(
        [
            Block(text="WASHINGTON (Reuters) - The senate voted on Tuesday to pass the bill."),
            Block(text="Lawmakers said more was needed. (Reporting by Ann Lee; Editing by Bo Li)"),
        ]
    )
    assert parts.removed == [
        Removal("dateline", "WASHINGTON (Reuters) -", whole_block=False),
        Removal("credit", "(Reporting by Ann Lee; Editing by Bo Li)", whole_block=False),
    ]
    assert parts.blocks[-1].text == "Lawmakers said more was needed."


def test_the_date_line_is_traced_as_removed_by_normalisation() -> None:
    story = " ".join(
        f"The council met for the {n}th time and agreed that the old bridge needs repair."
        for n in range(4, 12)
    )
    page = (
        '<html lang="en"><head><meta property="article:published_time" '
        'content="2024-04-22T06:00:00+02:00"></head><body><article>'
        "<h1>Council agrees to repair the bridge</h1><p>Updated: 22 April 2024</p>"
        f"<p>{story}</p><p>{story}</p></article></body></html>"
    )
    t = trace(page)
    line = next(b for b in t.blocks if b.text == "Updated: 22 April 2024")
    assert line.decision is Decision.DATE and Decision.DATE in NORMALIZED
    assert "Updated" not in newsclean.extract(page).text


# --- the page, marked and inert --------------------------------------------------------------


def test_every_block_of_the_sample_is_drawn_in_its_colour(sample_html: bytes) -> None:
    report = explain(sample_html)
    page = _shadow(report)
    marked = {int(el.get("data-nc")): el for el in page.iter() if el.get("data-nc")}
    t = trace(sample_html)
    assert set(marked) == {b.index for b in t.blocks}
    for b in t.blocks:
        group = "normalized" if b.decision in NORMALIZED else b.decision.value
        assert marked[b.index].get("data-nc-d") == group
        assert f"#{b.index} " in marked[b.index].get("data-nc-tip", "")
    part = page.xpath("//*[@data-nc-part='dateline']")
    assert [p.text for p in part] == ["MOSCOW (Reuters) -"]


MIXED = """<html><body>
<div class="story">First run of text in a bare div, long enough to be read as prose here.
<br>Second run after a line break, also with a few words.
<p>A paragraph of its own inside the div, with <a href="/x">a link</a>.</p>
Tail text after the paragraph, back in the div.</div></body></html>"""


def test_text_runs_of_a_shared_element_get_their_own_span() -> None:
    page = _shadow(explain(MIXED))
    marked = [el for el in page.iter() if el.get("data-nc")]
    assert [el.tag for el in marked] == ["span", "span", "p", "span"]
    texts = [" ".join(el.text_content().split()) for el in marked]
    assert texts[0].startswith("First run") and texts[1].startswith("Second run")
    assert texts[3] == "Tail text after the paragraph, back in the div."


HOSTILE = """<html><head>
<base href="http://evil.example/">
<meta http-equiv="refresh" content="0;url=http://evil.example/r">
<link rel="stylesheet" href="http://evil.example/s.css">
<style>@import url(http://evil.example/i.css); body{background:url(http://evil.example/b.png)}
</style><script>alert(1)</script></head>
<body onload="alert(2)" background="http://evil.example/bg.png">
<p onclick="alert(3)" style="background-image:url('http://evil.example/p.png')">A paragraph of
story text that is long enough to be kept by the extractor, with words, commas and a stop.</p>
<img src="http://evil.example/i.png" srcset="http://evil.example/2.png 2x" onerror="alert(4)">
<a href="javascript:alert(5)">a link</a><iframe src="http://evil.example/f"></iframe>
<object data="http://evil.example/o"></object><embed src="http://evil.example/e">
<video poster="http://evil.example/v.png"><source src="http://evil.example/v.mp4"></video>
<svg><use xlink:href="http://evil.example/u.svg#x"></use></svg>
<form action="http://evil.example/f"><input type="image" src="http://evil.example/in.png">
<button formaction="http://evil.example/fa">go</button></form>
<noscript><img src="http://evil.example/n.png"></noscript><template><p>t</p></template>
<xmp>raw <b>text</b></xmp>
</body></html>"""


@pytest.mark.parametrize("layout", ["page", "blocks"])
def test_the_report_runs_nothing_and_loads_nothing(layout: str) -> None:
    report = explain(HOSTILE, layout=layout)
    assert "evil.example" not in report
    assert "alert(" not in report
    lowered = report.lower()
    for needle in ("<script", "<iframe", "<object", "<embed", "<link", "<base", "<video",
                   "<xmp", "javascript:", "<noscript"):
        assert needle not in lowered, needle
    assert not re.search(r"\son\w+\s*=", report), "an event handler survived"
    assert f'content="{CSP}"'.replace("'", "&#x27;") in report
    assert report.count("<template") == (1 if layout == "page" else 0)


def test_blocks_layout_lists_every_block(sample_html: bytes) -> None:
    report = explain(sample_html, layout="blocks")
    t = trace(sample_html)
    assert report.count('<li style="border-color:') == len(t.blocks)
    assert "shadowrootmode" not in report


def test_report_summary_names_the_winner_and_what_normalisation_removed(
    sample_html: bytes,
) -> None:
    report = explain(sample_html)
    assert re.search(r'<p class="big">density\s', report)
    assert "not run" in report  # the fallback
    assert "MOSCOW (Reuters) -" in report and "(Reporting by Dmitry Antonov" in report
    table = lxml.html.fromstring(report).xpath("//table[@class='blocks']//tr")
    assert len(table) == 1 + len(trace(sample_html).blocks)


def test_report_shows_a_low_prose_cover(sample_html: bytes) -> None:
    """The share of the page's prose an answer holds is shown where it is under all of it,
    with the text its scorer has not ruled out (`Candidate.reach`): the reasons a confident
    answer may give way to a fuller one (chain.FirstConfident)."""
    from dataclasses import replace

    from newsclean.document import Document
    from newsclean.extractors.base import Candidate
    from newsclean.extractors.density import DensityExtractor

    class Fragment:
        name = "fragment"

        def extract(self, doc: Document) -> Candidate:
            return replace(DensityExtractor().extract(doc), prose_cover=0.25, reach=3.04)

    def cover_cells(report: str) -> list[str]:
        rows = lxml.html.fromstring(report).xpath("//tr[td[4]]")
        return [r.xpath("string(td[4])") for r in rows]

    cells = cover_cells(explain(sample_html, extractors=[Fragment()]))
    assert "25% of the prose, 3.0× its words within reach" in cells
    assert not any("of the prose" in c for c in cover_cells(explain(sample_html)))


def test_bad_input_raises_the_documented_errors() -> None:
    with pytest.raises(EmptyInputError):
        explain(b"   ")
    with pytest.raises(ValueError, match="layout"):
        explain("<p>x</p>", layout="poster")


def test_a_page_without_blocks_still_gets_a_report() -> None:
    report = explain("<html><body><div></div></body></html>")
    assert "Blocks (0)" in report and "could not be drawn" in report


# --- command line --------------------------------------------------------------------------


def test_cli_writes_the_report(tmp_path: Path, sample_html: bytes) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(sample_html)
    out = tmp_path / "report.html"
    assert main(["explain", str(page), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == explain(sample_html)


def test_cli_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(tmp_path / "missing.html"), "-o", str(tmp_path / "r")]) == 1
    assert "cannot read" in capsys.readouterr().err
    page = tmp_path / "p.html"
    page.write_text("<p>x</p>")
    assert main(["explain", str(page), "--extractors", "nope"]) == 2
    assert main(["explain", str(page), "-o", str(tmp_path / "no" / "dir" / "r.html")]) == 1


# --- never crashes ---------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newsclean.errors import NewsCleanError  # noqa: E402

_TAGS = ["div", "p", "span", "a", "br", "li", "ul", "table", "tr", "td", "h2", "b",
         "script", "style", "noscript", "figure", "figcaption", "nav", "xmp", "template"]
_pieces = st.one_of(
    st.sampled_from([f"<{t}>" for t in _TAGS] + [f"</{t}>" for t in _TAGS]),
    st.sampled_from(['<p onclick="x()">', '<img src="http://h/i">', "<!-- c -->", "&amp;",
                     '<div style="display:none">', "MOSCOW (Reuters) - "]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_pieces, max_size=40))
def test_explain_never_crashes(pieces: list[str]) -> None:
    html = "<html><body>" + "".join(pieces) + "</body></html>"
    try:
        report = explain(html)
    except NewsCleanError:
        return
    assert report.startswith("<!DOCTYPE html>") and "<script" not in report.lower()
    # Parsed, not grepped: the page's text may itself read 'onclick=' (shown escaped).
    tree = lxml.html.document_fromstring(report)
    handlers = [
        name for el in tree.iter() if isinstance(el.tag, str)
        for name in el.attrib if name.lower().startswith("on")
    ]
    assert not tree.xpath("//script") and not handlers


def test_control_characters_of_the_page_do_not_break_the_markup() -> None:
    """lxml keeps control characters it parsed but refuses them in new nodes."""
    html = ('<html><head><style>p{color:red}\x1b</style></head><body class="b\x1b">'
            'Loose \x1b text<p style="color:\x1bred">A paragraph\x0b with a control '
            'character.</p>tail \x1b text</body></html>')
    page = _shadow(explain(html))
    assert len([el for el in page.iter() if el.get("data-nc")]) == 3


def test_a_raising_plugin_does_not_fail_the_report(sample_html: bytes) -> None:
    """As in extract(): a plug-in that raises is an empty answer; the next one wins."""

    class Broken:
        name = "broken"

        def extract(self, doc: object) -> object:
            raise ValueError("boom")

    result = trace(sample_html, extractors=[Broken(), "density"])  # type: ignore[list-item]
    assert result.winner.extractor == "density"
    assert "Russia sees no reason" in result.article.text


def test_a_style_sheet_cannot_open_markup_in_the_report() -> None:
    # Found by test_explain_never_crashes: a style sheet's text is written out raw.
    report = explain("<html><body><style><script></style><p>Text of the page.</p></body></html>")
    assert "<script" not in report.lower()
