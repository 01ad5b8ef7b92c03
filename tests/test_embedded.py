"""The article body a page holds only in its scripts (`newsclean.extractors.embedded`):
pages built here, each in the shape a framework ships (Next.js, a streamed React payload,
an escaped `contentHtml`, JSON-LD), and pages whose scripts hold no story."""

from __future__ import annotations

import json
import time

import newsclean
from newsclean.document import load
from newsclean.extractors.embedded import (
    EmbeddedExtractor,
    decode_literal,
    long_literals,
)

SUBJECTS = ("The council", "The mayor", "A spokesman", "The committee", "Residents", "The auditor")
VERBS = ("approved", "questioned", "delayed", "defended", "rejected", "praised")
OBJECTS = (
    "the harbour budget", "a plan for new bus lanes", "the school repairs",
    "the water tariff", "a report on the bridge", "the night market",
)


def paragraphs(n: int = 6, seed: int = 0) -> list[str]:
    """`n` distinct paragraphs of three sentences each (no two share a trigram run)."""
    out = []
    for i in range(n):
        sentences = []
        for j in range(3):
            k = seed + 3 * i + j
            sentences.append(
                f"{SUBJECTS[k % 6]} {VERBS[(k // 6) % 6]} {OBJECTS[(k // 36) % 6]} "
                f"on day {k} of the session, after {k + 2} hours of debate in the hall."
            )
        out.append(" ".join(sentences))
    return out


BODY = paragraphs()
BODY_HTML = "".join(f"<p>{p}</p>" for p in BODY)

SHELL = """<html><head><title>Harbour budget passes</title>{head}</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><h1>Harbour budget passes</h1><div id="root">{visible}</div></main>
<footer><p>© The Daily Example. All rights reserved.</p></footer>
{scripts}</body></html>"""


def page(scripts: str = "", visible: str = "", head: str = "") -> str:
    return SHELL.format(scripts=scripts, visible=visible, head=head)


def script(code: str, kind: str | None = None) -> str:
    attr = f' type="{kind}"' if kind else ""
    escaped = code.replace("</", "<\\/")
    return f"<script{attr}>{escaped}</script>"


def words_of(text: str) -> set[str]:
    return set(text.split())


def holds_body(text: str) -> bool:
    return all(p in text for p in BODY)


def test_next_data_page() -> None:
    data = {"props": {"pageProps": {"article": {"title": "Harbour budget passes",
                                                "body": BODY_HTML}}}}
    html = page(script(json.dumps(data), "application/json"))
    assert not holds_body(newsclean.extract(html, extractors=["density", "trafilatura-fast"]).text)
    article = newsclean.extract(html)
    assert holds_body(article.text)
    assert article.text.count("\n\n") >= len(BODY) - 1  # the paragraphs stay paragraphs


def test_streamed_react_payload() -> None:
    """A React server-components stream: the body is a string inside a string of JSON."""
    row = json.dumps(["$", "div", None, {"dangerouslySetInnerHTML": {"__html": BODY_HTML}}])
    chunks = [
        script('(self.__next_f=self.__next_f||[]).push([0])'),
        script("self.__next_f.push(" + json.dumps([1, '1:"$Sreact.fragment"\n']) + ")"),
        script("self.__next_f.push(" + json.dumps([1, "5:" + row + "\n"]) + ")"),
    ]
    article = newsclean.extract(page("".join(chunks)))
    assert holds_body(article.text)


def test_escaped_content_html_and_placeholders() -> None:
    """`\\u003c` escapes, a heading and a list inside the body, an ad placeholder."""
    body = (
        "<div class=\"editor-img-box\"><p>Photo: the harbour at dawn.</p></div>$$ARTICLEAD$$"
        + "".join(f"<p class=\"editor-p\">{p}</p>" for p in BODY[:3])
        + "<h2>What comes next</h2><ul><li>A vote in May.</li><li>A review in June.</li></ul>"
        + "".join(f"<p>{p}</p>" for p in BODY[3:])
    )
    literal = json.dumps({"detail": {"title": "Harbour", "contentHtml": body}})
    literal = literal.replace("<", "\\u003c").replace(">", "\\u003e")
    html = page(script(f"window.__DATA__ = {literal};"))
    article = newsclean.extract(html)
    assert holds_body(article.text)
    assert "ARTICLEAD" not in article.text and "$$" not in article.text
    kinds = [b.kind.value for b in article.blocks]
    assert "heading" in kinds and "list" in kinds


def test_plain_text_body_in_javascript_literal() -> None:
    """A body as plain text with line breaks, in a JavaScript object (not valid JSON)."""
    text = "\n\n".join(BODY).replace("'", "\\'")
    html = page(script("window.__NUXT__={data:[{story:{text:" + json.dumps(text) + "}}]};"))
    assert holds_body(newsclean.extract(html).text)


def test_config_and_tracking_scripts_give_nothing() -> None:
    config = {
        "apiKey": "A" * 40, "endpoints": [f"https://api.example.com/v{i}/items" for i in range(30)],
        "flags": {f"feature_{i}": i % 2 == 0 for i in range(60)},
        "bundle": "x" * 800,
        "css": ".a{color:red}.b{margin:0 auto;padding:4px}" * 30,
        "i18n": {f"label_{i}": f"Button {i}" for i in range(80)},
    }
    event = {"event": "pageview", "ids": list(range(300))}
    tracking = "window.dataLayer=[" + json.dumps(event) + "]"
    html = page(script(json.dumps(config), "application/json") + script(tracking),
                visible="<p>Short teaser line.</p>")
    doc = load(html)
    assert EmbeddedExtractor().extract(doc).blocks == ()
    assert newsclean.extract(html).text == newsclean.extract(
        html, extractors=["density", "trafilatura-fast"]).text


def test_body_shown_on_the_page_is_left_to_the_dom() -> None:
    """The same body in the page and in its hydration data: the DOM's answer stands."""
    data = {"props": {"pageProps": {"article": {"body": BODY_HTML}}}}
    html = page(script(json.dumps(data), "application/json"), visible=BODY_HTML)
    candidate = EmbeddedExtractor().extract(load(html))
    assert candidate.confidence == 0.0
    assert newsclean.extract(html).text == newsclean.extract(
        html, extractors=["density", "trafilatura-fast"]).text


def test_item_data_is_not_a_body() -> None:
    """A product grid's JSON: many short strings, none a body."""
    items = [{"name": f"Lamp model {i}", "price": f"{i}.99", "blurb": "Warm light, brass base."}
             for i in range(200)]
    html = page(script(json.dumps({"items": items}), "application/json"))
    assert EmbeddedExtractor().extract(load(html)).blocks == ()


def test_decode_literal_reads_javascript_escapes() -> None:
    assert decode_literal(r"\x3cp\x3eIt\'s here\u003c/p\u003e") == "<p>It's here</p>"
    assert decode_literal("\\") is None


def test_large_script_is_bounded() -> None:
    """A 10 MB script of long literals is read within its budget, in well under seconds."""
    literal = json.dumps(" ".join(BODY) * 2)
    code = "var a=[" + ",".join([literal] * (10_000_000 // len(literal))) + "];"
    html = page(script(code))
    doc = load(html)
    start = time.perf_counter()
    found = long_literals(iter([(code, False)]))
    EmbeddedExtractor().extract(doc)
    assert time.perf_counter() - start < 5
    assert len(found) <= 24


def test_json_ld_article_body_behind_a_teaser() -> None:
    """A paywall: the page shows the first paragraph, its JSON-LD holds the whole story."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Harbour budget passes", "articleBody": "\n".join(BODY)}
    html = page(script(json.dumps(ld), "application/ld+json"),
                visible=f"<p>{BODY[0]}</p><p>Subscribe to read the rest of this story.</p>")
    assert not holds_body(newsclean.extract(html, extractors=["density", "trafilatura-fast"]).text)
    assert holds_body(newsclean.extract(html).text)


def test_body_hidden_in_the_page_is_left_to_the_dom() -> None:
    """A paywall that sends the rest of the story hidden: the page holds it, so the DOM's
    extractors read it and this plug-in does not answer."""
    ld = {"@type": "NewsArticle", "headline": "Harbour budget passes",
          "articleBody": "\n".join(BODY)}
    hidden = "".join(f"<p>{p}</p>" for p in BODY[1:])
    html = page(script(json.dumps(ld), "application/ld+json"),
                visible=f"<p>{BODY[0]}</p><div style=\"display:none\">{hidden}</div>")
    assert EmbeddedExtractor().extract(load(html)).confidence == 0.0


def test_body_must_name_the_headline() -> None:
    """A long text in the scripts about something else (terms of sale, a notice) is not
    the page's story."""
    data = {"modal": {"terms": BODY_HTML}}
    html = page(script(json.dumps(data), "application/json")).replace(
        "Harbour budget passes", "Lighthouse keeper retires")
    assert EmbeddedExtractor().extract(load(html)).blocks == ()


def test_unclosed_quotes_on_one_long_line_are_linear() -> None:
    """A minified bundle: one 2 MB line whose quotes are all escaped, so none closes (a
    pattern that could fail at the line's end would be retried from every quote:
    quadratic)."""
    code = "var s='" + 'a\\"b ' * 400_000 + "';"
    html = page(script(code) + script("x" + '"<p a ' * 60_000, "application/json"))
    start = time.perf_counter()
    EmbeddedExtractor().extract(load(html))
    assert time.perf_counter() - start < 3
