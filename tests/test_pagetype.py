"""Page-type detection: synthetic pages of each of WCXB's seven kinds, a page with no signal,
the Article's fields, the shipped model's format, and the batch filter."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import batch, pagetype
from newsclean.cli import main
from newsclean.document import load
from newsclean.metadata import extract_metadata, jsonld, sources
from newsclean.metadata.dates import has_written_date
from newsclean.metadata.sources import page_address
from newsclean.model import Article, PageType
from newsclean.repeats import page_groups

SENTENCE = ("The committee met on Tuesday to weigh the proposal, and its members agreed that "
            "the plan needs more work before the vote later this year. ")


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _ld(obj: dict[str, Any]) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def article_page() -> str:
    paragraphs = "".join(f"<p>{SENTENCE * 3}</p>" for _ in range(8))
    return _page(
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2024-05-02T10:00:00Z">'
        + _ld({"@type": "NewsArticle", "headline": "Council weighs plan",
               "datePublished": "2024-05-02", "author": {"@type": "Person", "name": "A B"}}),
        '<header><nav><a href="/">Home</a><a href="/news/">News</a></nav></header>'
        '<article class="story"><h1>Council weighs plan</h1>'
        '<p class="byline">By <a rel="author" href="/by/ab">A B</a> '
        '<time datetime="2024-05-02">May 2, 2024</time></p>'
        f'<div class="article-body">{paragraphs}</div></article>',
    )


def forum_page() -> str:
    posts = "".join(
        f'<div class="post" id="post-{i}"><div class="post-author"><img class="avatar" src="a.png">'
        f'<a class="username" href="/u/{i}">user{i}</a><span class="joined">Joined: Mar 2019'
        f'</span><span class="post-count">Posts: {i * 7}</span></div>'
        f'<time datetime="2024-01-0{i}">Jan {i}, 2024</time>'
        f'<div class="post-body message"><p>{SENTENCE}</p><p>Has anyone tried this?</p></div>'
        f'<div class="post-actions"><button class="like">Like</button>'
        f'<a class="reply" href="#reply">Reply</a><a class="quote" href="#q">Quote</a></div></div>'
        for i in range(1, 8)
    )
    return _page(
        _ld({"@type": "DiscussionForumPosting", "headline": "Router keeps dropping",
             "author": {"@type": "Person", "name": "user1"},
             "comment": [{"@type": "Comment", "text": "Try a reset"}]}),
        '<div class="forum"><h1 class="topic-title">Router keeps dropping the connection</h1>'
        f'<div class="thread posts">{posts}</div>'
        '<div class="pagination"><a href="?page=2">2</a></div></div>',
    )


def product_page() -> str:
    specs = "".join(f"<tr><th>Spec {i}</th><td>{i * 10} mm</td></tr>" for i in range(6))
    return _page(
        '<meta property="og:type" content="product">'
        + _ld({"@type": "Product", "name": "Trail Kettle 1L", "sku": "TK-1",
               "offers": {"@type": "Offer", "price": "39.99", "priceCurrency": "USD"},
               "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.5"}}),
        '<div class="product-page"><div class="product-gallery"><img src="k.jpg"></div>'
        '<div class="product-info"><h1 class="product-title">Trail Kettle 1L</h1>'
        '<span class="price" itemprop="price">$39.99</span>'
        '<form class="add-to-cart" action="/cart/add"><select name="variant"><option>Red'
        '</option></select><input type="number" name="quantity" value="1">'
        '<button class="btn add-to-cart-button">Add to cart</button></form>'
        f'<div class="product-description"><p>{SENTENCE}</p></div>'
        f'<table class="specifications">{specs}</table>'
        '<div class="reviews"><span class="stars">4.5</span> 120 reviews</div></div></div>',
    )


def collection_page() -> str:
    tiles = "".join(
        f'<li class="product-card"><a href="/products/item-{i}"><img src="{i}.jpg">'
        f'<h3 class="product-card__title">Camp stove model {i}</h3></a>'
        f'<span class="price">${i}9.00</span>'
        f'<button class="add-to-cart">Add to cart</button></li>'
        for i in range(1, 19)
    )
    return _page(
        _ld({"@type": "CollectionPage", "name": "Camp stoves"}),
        '<div class="collection"><h1>Camp stoves</h1>'
        '<div class="filters facets"><a href="?sort=price">Sort by price</a></div>'
        f'<ul class="product-grid">{tiles}</ul>'
        '<nav class="pagination"><a href="?page=2">Next</a></nav></div>',
    )


def listing_page() -> str:
    cards = "".join(
        f'<article class="card teaser"><h2 class="card-title"><a href="/news/2024/05/{i:02d}/'
        f'story-number-{i}">Story number {i} about the city budget</a></h2>'
        f'<p class="excerpt">A short summary of story {i}, what happened and why it matters.</p>'
        f'<time datetime="2024-05-{i:02d}">May {i}</time></article>'
        for i in range(1, 16)
    )
    return _page(
        '<meta property="og:type" content="website">',
        '<main><h1>Latest news</h1>'
        f'<section class="feed river">{cards}</section>'
        '<div class="pagination"><a href="/news/page/2">Older</a></div></main>',
    )


def documentation_page() -> str:
    nav = "".join(f'<li><a href="/docs/guide/topic-{i}">Topic {i}</a></li>' for i in range(25))
    code = "<pre><code class=\"language-python\">import kettle\nkettle.boil(1.0)\n</code></pre>"
    sections = "".join(
        f'<h2 id="section-{i}">Section {i}<a class="headerlink" href="#section-{i}">¶</a></h2>'
        f"<p>{SENTENCE}</p>{code}"
        for i in range(5)
    )
    toc = "".join(f'<li><a href="#section-{i}">Section {i}</a></li>' for i in range(5))
    return _page(
        '<meta name="generator" content="Sphinx 7.2">'
        + _ld({"@type": "TechArticle", "headline": "Using kettle"}),
        f'<div class="sidebar docs-nav"><ul class="toctree">{nav}</ul></div>'
        '<div class="document"><div class="body" role="main">'
        '<nav class="breadcrumbs"><a href="/docs/">Docs</a> / Guide</nav>'
        f'<h1>Using kettle</h1>{sections}</div>'
        f'<div class="toc"><ul>{toc}</ul></div></div>',
    )


def service_page() -> str:
    features = "".join(
        f'<div class="feature col"><i class="icon"></i><h3>Benefit {i}</h3>'
        f"<p>We handle step {i} for you, fast and at a fixed price.</p></div>"
        for i in range(6)
    )
    return _page(
        _ld({"@type": "ProfessionalService", "name": "Acme Plumbing",
             "telephone": "+1 555 0100", "areaServed": "Springfield"}),
        '<section class="hero"><h1>Emergency plumbing in Springfield</h1>'
        '<p>Licensed plumbers at your door within the hour.</p>'
        '<a class="btn cta" href="tel:+15550100">Call now</a>'
        '<a class="btn" href="/contact">Get a free quote</a></section>'
        f'<section class="features">{features}</section>'
        '<section class="testimonials"><blockquote>Great service!</blockquote></section>'
        '<section class="faq accordion"><h2>FAQ</h2><details><summary>Do you charge for '
        'quotes?</summary><p>No.</p></details></section>'
        '<section class="contact"><form action="/contact"><input name="name">'
        '<input name="phone"><textarea name="msg"></textarea>'
        '<button class="btn">Send</button></form></section>',
    )


PAGES = {
    PageType.ARTICLE: (article_page, "https://example.org/news/2024/05/02/council-weighs-plan"),
    PageType.FORUM: (forum_page, "https://example.org/forum/t/router-keeps-dropping/4411"),
    PageType.PRODUCT: (product_page, "https://example.org/products/trail-kettle-1l"),
    PageType.COLLECTION: (collection_page, "https://example.org/collections/camp-stoves"),
    PageType.LISTING: (listing_page, "https://example.org/news/"),
    PageType.DOCUMENTATION: (documentation_page, "https://example.org/docs/guide/using-kettle"),
    PageType.SERVICE: (service_page, "https://example.org/services/emergency-plumbing"),
}


@pytest.mark.parametrize("expected", list(PAGES), ids=[t.value for t in PAGES])
def test_each_kind_of_page_is_recognised(expected: PageType) -> None:
    build, url = PAGES[expected]
    verdict = pagetype.classify(load(build(), url=url))
    assert verdict.page_type is expected, verdict.probabilities
    assert verdict.score > 0.4
    assert abs(sum(verdict.probabilities.values()) - 1) < 0.01


@pytest.mark.parametrize("expected", list(PAGES), ids=[t.value for t in PAGES])
def test_the_article_carries_the_type(expected: PageType) -> None:
    build, url = PAGES[expected]
    article = newsclean.extract(build(), url=url)
    assert article.page_type is expected
    data = json.loads(article.model_dump_json())
    assert data["page_type"] == expected.value
    assert 0.4 < data["page_type_score"] <= 1


@pytest.mark.parametrize("html", [
    "<html><body></body></html>",
    "<html><body><div><span>Hello</span></div></body></html>",
    "<p>ok</p>",
])
def test_a_page_with_no_signal_gets_a_low_score(html: str) -> None:
    article = newsclean.extract(html)
    assert article.page_type_score <= pagetype.NO_SIGNAL_SCORE


LINES = ["The river ran slow past the old mill on a mild morning.",
         "Der Zug kam spät an, und niemand wartete mehr auf dem Bahnsteig.",
         "Le marché ouvre tôt le samedi et ferme avant midi.",
         "Nadie en la calle recordaba cuándo habían pintado el puente."]


def _text(n: int, sep: str) -> str:
    return sep.join(LINES[i % len(LINES)] for i in range(n))


TEXT_ALONE = {
    "lines in one div": f"<html><body><div>{_text(40, '<br>')}</div></body></html>",
    "a div per line": "<html><body>" + "".join(f"<div>{line}</div>" for line in
                                               [LINES[i % 4] for i in range(30)])
                      + "</body></html>",
    "one long run": f"<html><body><div>{_text(30, ' ')}</div></body></html>",
    "bare paragraphs": "<html><body>" + "".join(f"<p>{_text(3, ' ')}</p>" for _ in range(12))
                       + "</body></html>",
}


@pytest.mark.parametrize("html", list(TEXT_ALONE.values()), ids=list(TEXT_ALONE))
def test_text_alone_gets_a_low_score_however_long(html: str) -> None:
    """Hundreds of words but no markup, metadata or address: the model's answer is a guess
    from the text's length (bare paragraphs read 0.66 article), not a verdict."""
    article = newsclean.extract(html)
    assert article.page_type_score <= pagetype.NO_SIGNAL_SCORE


@pytest.mark.parametrize("extra", [
    ("", "https://example.org/notes/river"),
    ("<h1>River notes</h1>", None),
    ('<a href="/more">More</a>', None),
])
def test_text_with_any_structure_is_read_by_the_model(extra: tuple[str, str | None]) -> None:
    markup, url = extra
    html = f"<html><head></head><body>{markup}{TEXT_ALONE['bare paragraphs'][12:]}"
    assert pagetype.has_signal(pagetype.features(load(html, url=url)))


def test_json_schema_names_the_seven_types() -> None:
    schema = json.loads(Article.json_schema())
    enum = schema["$defs"]["PageType"]["enum"]
    assert enum == ["article", "forum", "product", "collection", "listing", "documentation",
                    "service"]
    assert "page_type_score" in schema["properties"]


def test_features_reuse_the_metadata_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """JSON-LD is parsed once per page, however many readers (features, metadata) ask."""
    calls = []
    real = jsonld.parse_scripts

    def counting(scripts: Any) -> jsonld.JsonLd:
        calls.append(1)
        return real(scripts)

    monkeypatch.setattr(jsonld, "parse_scripts", counting)
    newsclean.extract(product_page())
    assert len(calls) == 1


def test_tag_counts_come_from_the_metadata_index() -> None:
    """The counted tags, the sources' tags and the links are gathered in one walk of the
    tree, each list in page order: the same elements as a walk per tag."""
    doc = load(_page("<title>T</title><meta name='a' content='b'>",
                     "<nav><ul><li><a href='/a'>A</a></li><li><a href='#b'>B</a></li></ul></nav>"
                     "<article><h1>Head</h1><img src='x.png'><time>Mon</time><p><a>c</a></p>"
                     "<section><h2>Sub</h2><pre><code>x</code></pre></section></article>"))
    page = pagetype.page_of(doc)
    for tag in (*sources.COUNTED_TAGS, *sources.INDEXED_TAGS):
        assert page.tagged(tag) == list(doc.tree.iter(tag)), tag
    feats = pagetype.features(doc)
    assert feats["tag:ul"] == math.log1p(1) and feats["tag:h1"] == math.log1p(1)
    assert feats["tag:a"] == math.log1p(2)  # links with a target
    assert "tag:form" in feats and feats["tag:form"] == 0.0


def test_features_are_named_numbers_and_cached() -> None:
    doc = load(forum_page(), url="https://example.org/forum/t/x/1")
    feats = pagetype.features(doc)
    assert pagetype.features(doc) is feats
    assert all(isinstance(v, float) for v in feats.values())
    assert feats["schema:forum"] > 0 and feats["urlw:forum"] > 0
    assert feats["rep_words:items"] > 0  # the seven posts are one repeated template


def _features(body: str, head: str = "") -> dict[str, float]:
    return pagetype.features(load(_page(head, body)), every_token=True)


def test_tags_are_counted_in_every_part_of_the_page() -> None:
    """Tags count wherever they stand, hidden or not, and comments are no tags."""
    feats = _features(
        "<!-- <form> --><form><input><input><select></select></form>"
        '<div hidden><pre><code>x = 1</code></pre></div><?php echo 1 ?>'
        f"<p>{SENTENCE}</p>"
    )
    assert feats["tag:input"] == pytest.approx(math.log1p(2))
    assert feats["tag:form"] == pytest.approx(math.log1p(1))
    assert feats["tag:pre"] == feats["tag:code"] == pytest.approx(math.log1p(1))
    assert feats["tag:table"] == 0.0


@pytest.mark.parametrize(("body", "dated"), [
    (f"<h1>Council weighs plan</h1><p>By A B, 2 May 2024</p><p>{SENTENCE * 3}</p>", 1.0),
    (f"<h1>Council weighs plan</h1><p>{SENTENCE * 3}</p>" + "<p>x</p>" * 8
     + "<p>© 2024 Example</p>", 0.0),  # a copyright year far below the title is no date line
    (f"<p>Published 2024</p><p>{SENTENCE * 3}</p>", 0.0),  # no title at all
])
def test_a_date_line_under_the_title_is_seen(body: str, dated: float) -> None:
    assert _features(body)["head:dated_title"] == dated


@pytest.mark.parametrize("stamp", ["Tue Mar 01, 2024 10:00 am", "01.03.2024, 10:00",
                                   "1. März 2024", "2024-03-01", "1 mars 2024 à 10h00"])
def test_a_date_on_every_repeated_item_is_seen_however_written(stamp: str) -> None:
    """A thread's posts each print their date, by name of the month or in figures."""
    posts = "".join(f'<div class="p"><p>{SENTENCE * 2}</p><p>user{i} » {stamp}</p></div>'
                    for i in range(4))
    assert _features(posts)["rep_count:date"] == 1.0
    undated = posts.replace(stamp, "reply")
    assert _features(undated)["rep_count:date"] == 0.0


def _thread_as_article(head: str) -> str:
    """A Q&A thread whose question reads like a story (title, date line, prose) and whose
    answers carry no forum class names: only its declaration says what it is."""
    answers = "".join(f'<div class="block"><p>{SENTENCE * 2}</p><p>bob{i}, Mar {i}, 2020</p>'
                      f"</div>" for i in range(1, 4))
    return _page(head, f"<h1>How do I reverse a list?</h1><p>Mar 3, 2020</p>"
                       f"<p>{SENTENCE * 3}</p><h2>3 Answers</h2>{answers}")


@pytest.mark.parametrize(("head", "body", "declared"), [
    (_ld({"@type": "QAPage", "mainEntity": {"@type": "Question", "name": "q"}}), "", {"forum"}),
    (_ld({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "mainEntity": {"@type": "Product", "name": "Kettle"}},
        {"@type": "Organization", "name": "Shop"}]}), "", {"product"}),
    # an FAQ's questions are no thread; a product inside a list is the list's item
    (_ld({"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "q"}]}), "", set()),
    (_ld({"@type": "ItemList", "itemListElement": [{"@type": "Product", "name": "a"}]}), "",
     {"list"}),
    # microdata: only items inside no other count, and three products are a grid's cards
    ("", '<div itemscope itemtype="https://schema.org/Product"><span itemscope '
         'itemtype="https://schema.org/Offer">9</span></div>', {"product"}),
    ("", '<div itemscope itemtype="http://schema.org/Product"></div>' * 3, set()),
    ("", '<div itemscope itemtype="https://schema.org/BlogPosting">'
         '<div itemscope itemtype="https://schema.org/Comment"></div></div>', {"article"}),
    # a business of any sort offers a service: a subtype of LocalBusiness nobody listed
    # (the vocabulary's hierarchy), in JSON-LD or microdata; as a story's publisher, no
    (_ld({"@type": "Bakery", "name": "Le Fournil", "telephone": "+33 1 23"}), "", {"service"}),
    ("", '<div itemscope itemtype="https://schema.org/Hotel"><span itemprop="name">H</span>'
         "</div>", {"service"}),
    (_ld({"@type": "NewsArticle", "headline": "h",
          "publisher": {"@type": "LocalBusiness", "name": "Gazette"}}), "", {"article"}),
])
def test_the_kinds_a_page_declares(head: str, body: str, declared: set[str]) -> None:
    feats = _features(f"{body}<p>{SENTENCE}</p>", head)
    assert {k.removeprefix(pagetype.DECLARED_PREFIX) for k in feats
            if k.startswith(pagetype.DECLARED_PREFIX)} == declared


def test_a_declared_thread_is_a_forum_though_it_reads_as_an_article() -> None:
    """The model alone calls this page an article (its date line under the title is the
    strongest push); the page's declaration outweighs that."""
    undeclared = newsclean.extract(_thread_as_article(""))
    declared = newsclean.extract(_thread_as_article(
        _ld({"@type": "QAPage", "mainEntity": {"@type": "Question", "name": "q"}})))
    assert undeclared.page_type is PageType.ARTICLE
    assert declared.page_type is PageType.FORUM


def test_the_shipped_model_weighs_each_declared_kind() -> None:
    fitted = pagetype.model()
    assert isinstance(fitted, pagetype.Model)
    names = [n for n in fitted.names if n.startswith(pagetype.DECLARED_PREFIX)]
    assert set(names) >= {f"{pagetype.DECLARED_PREFIX}{k}" for k in ("article", "forum",
                                                                      "product", "list",
                                                                      "service")}
    for name in names:  # a fixed weight on a 0/1 feature: not standardised
        j = fitted.names.index(name)
        assert fitted.mean[j] == 0.0 and fitted.scale[j] == 1.0
    for kind in ("forum", "service"):  # each pushes most towards its own type
        j = fitted.names.index(f"{pagetype.DECLARED_PREFIX}{kind}")
        weights = [row[j] for row in fitted.weights]
        assert max(range(len(weights)), key=weights.__getitem__) == fitted.classes.index(kind)


def test_linked_and_anchored_headings_are_told_apart() -> None:
    cards = "".join(f'<div class="card"><h2><a href="/s/{i}">Story {i} of the day</a></h2>'
                    f'<img src="{i}.jpg"><p>{SENTENCE}</p></div>' for i in range(6))
    listing = _features(f"<h1>News</h1><div class=grid>{cards}</div>")
    assert listing["head:linked_share"] > 0.8
    assert listing["rep_words:linked_head"] == 1.0 and listing["rep_words:image"] == 1.0
    sections = "".join(f'<h2 id="s{i}">Step {i}</h2><p>{SENTENCE}</p>' for i in range(6))
    manual = _features(f"<h1>Using the kettle</h1>{sections}")
    assert manual["head:linked_share"] == 0.0 and manual["head:anchored_share"] > 0.8


def test_a_long_menu_is_counted() -> None:
    links = "".join(f'<li class="toc-item"><a href="/docs/{i}">Chapter {i}</a></li>'
                    for i in range(30))
    feats = _features(f"<nav><ul>{links}</ul></nav><h1>Intro</h1><p>{SENTENCE * 2}</p>")
    assert feats["rep:menu_items"] == pytest.approx(pagetype._log(30))
    assert _features(f"<h1>Intro</h1><p>{SENTENCE * 2}</p>").get("rep:menu_items", 0) == 0


def test_the_template_named_on_the_body_is_read() -> None:
    post = _features(f"<p>{SENTENCE}</p>".replace("<p>", '<p class="entry">'),
                     '<meta property="article:modified_time" content="2024-05-02">')
    assert "body:single" not in post and "meta:article:modified_time" in post
    html = _page("", f"<p>{SENTENCE}</p>").replace(
        "<body>", '<body class="post-template-default single single-post postid-12">')
    feats = pagetype.features(load(html), every_token=True)
    assert {"body:single", "body:post", "body:postid"} <= set(feats)
    assert "cls:single" in feats  # also counted with the page's other class words


def test_url_comes_from_the_canonical_link_when_not_given() -> None:
    html = _page('<link rel="canonical" href="https://example.org/docs/a/b">', "<p>x</p>")
    doc = load(html)
    assert page_address(pagetype.page_of(doc)) == "https://example.org/docs/a/b"


def test_url_comes_from_og_url_when_neither_given_nor_canonical() -> None:
    html = _page('<meta property="og:url" content="https://example.org/2024/05/06/a">', "<p>x</p>")
    doc = load(html)
    assert page_address(pagetype.page_of(doc)) == "https://example.org/2024/05/06/a"
    assert page_address(pagetype.page_of(load(_page("", "<p>x</p>")))) is None


def test_evidence_names_features_that_pushed_towards_the_type() -> None:
    doc = load(product_page(), url="https://example.org/products/trail-kettle-1l")
    assert pagetype.classify(doc).page_type is PageType.PRODUCT
    pushes = pagetype.evidence(doc)
    assert pushes and all(push > 0 for _, push in pushes)
    assert [p for _, p in pushes] == sorted((p for _, p in pushes), reverse=True)


def test_the_shipped_model_is_small_readable_json() -> None:
    path = Path(pagetype.__file__).parent / "data" / pagetype.MODEL_FILE
    assert path.stat().st_size < 1_000_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["about"]["command"] == "python -m benchmarks.pagetype train"
    fitted = pagetype.model()
    assert fitted is not None and set(fitted.classes) == {t.value for t in PageType}


def test_batch_keeps_only_the_types_asked_for(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.html").write_text(article_page(), encoding="utf-8")
    (folder / "thread.html").write_text(forum_page(), encoding="utf-8")
    (folder / "kettle.html").write_text(product_page(), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(folder), "-o", str(out), "--workers", "1",
                 "--page-type", "article,forum"])
    assert code == 0
    got = {Path(r["id"]).name: r for r in map(json.loads, out.read_text().splitlines())}
    assert got["story.html"]["status"] == "ok"
    assert got["thread.html"]["status"] == "ok"
    assert got["kettle.html"]["status"] == batch.FILTERED
    assert got["kettle.html"]["page_type"] == "product"
    assert "text" not in got["kettle.html"]
    assert "1 filtered by page type (product 1)" in capsys.readouterr().err


def test_batch_refuses_an_unknown_page_type(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    page = tmp_path / "p.html"
    page.write_text(article_page(), encoding="utf-8")
    assert main(["batch", str(page), "-o", str(out), "--page-type", "article,blog"]) == 2
    assert "unknown page type blog" in capsys.readouterr().err


def test_explain_shows_the_type_and_its_evidence() -> None:
    from newsclean.explain import explain

    report = explain(product_page(), url="https://example.org/products/trail-kettle-1l")
    assert "Page type" in report and "product" in report and "decided by" in report


def _free_text_date(html: str) -> str:
    """The page with its only date in free text, a numeric line that only the page's date
    search (`newsclean.metadata.pagedate`) reads."""
    return html.replace("</body>", "<p>Released 3/14/2021</p></body>")


def _without_markup_dates(html: str) -> str:
    for cut in (
        '<meta property="article:published_time" content="2024-05-02T10:00:00Z">',
        ', "datePublished": "2024-05-02"',
        '<time datetime="2024-05-02">May 2, 2024</time>',
    ):
        html = html.replace(cut, "")
    return html


def test_free_text_date_is_read_on_an_article_only() -> None:
    """An article prints its date in its text; a product page's printed date is an item's or a
    shop's, not the page's publication: newsclean searches free text on dated kinds only."""
    article = _free_text_date(_without_markup_dates(article_page()))
    got = newsclean.extract(article, url="https://example.org/news/council-weighs-plan")
    assert got.page_type == PageType.ARTICLE
    assert str(got.published)[:10] == "2021-03-14"

    product = newsclean.extract(
        _free_text_date(product_page()), url="https://example.org/products/trail-kettle-1l"
    )
    assert product.page_type == PageType.PRODUCT
    assert product.published is None
    # it is the page type that holds the search back: allowed, it finds the sentence's date
    doc = load(_free_text_date(product_page()), url="https://example.org/products/trail-kettle-1l")
    found = extract_metadata(doc, free_text_dates=True).published
    assert str(found)[:10] == "2021-03-14"


def test_dated_kinds_and_unsure_verdicts() -> None:
    doc = load(product_page(), url="https://example.org/products/trail-kettle-1l")
    assert not pagetype.dated(doc)
    assert pagetype.dated(load(article_page(), url=PAGES[PageType.ARTICLE][1]))
    assert pagetype.dated(load("<html><body><p>Hello.</p></body></html>"))  # no signal: unsure


@pytest.mark.parametrize("values", [
    ["col-md-6 card", "card", "nav__item is-active", "a b c", "x" * 30 + " ok"],
    ["post-body Post_Title", "BTN btn-primary", "", "9col 2x-large"],
    ["ﬁgure caption", "\u212aelvin-box", "naïve-déjà item"],  # not ASCII: the regex reads them
])
def test_class_tokens_are_the_regex_tokens(values: list[str]) -> None:
    """The byte-table split of ASCII class names gives what `_tokens` reads (lower-cased
    runs of two or more letters, at most `MAX_TOKEN_CHARS`), each counted once per value."""
    expected: dict[str, int] = {}
    for value in set(values):
        for token in pagetype._tokens(value):
            expected[token] = expected.get(token, 0) + 1
    assert dict(pagetype._token_counts(values)) == expected
    text = " ".join(values)
    words: dict[str, int] = {}
    for word in pagetype._WORD.findall(text.lower()):
        words[word] = words.get(word, 0) + 1
    assert dict(pagetype._word_counts(text)) == words  # (label words: no length bound)


def test_links_and_microdata_are_read_once_for_both_readers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The page type and the metadata share the page's `<a>` elements and `itemprop`
    values (`Page.anchors`, `Page.itemprops`): one walk of the tree each per page (the
    links' walk gathers the other indexed and counted tags too; the itemprops' walk reads
    the `itemtype`s too), each through a query compiled once."""
    from lxml.html import HtmlElement

    walks: list[str] = []
    real_xpath, real_iter = HtmlElement.xpath, HtmlElement.iter

    def xpath(self: HtmlElement, path: str, **kwargs: Any) -> Any:
        walks.append(path)
        return real_xpath(self, path, **kwargs)

    def iter_(self: HtmlElement, *tags: Any) -> Any:
        if "a" in tags and self.getparent() is None:  # (a heading's own links: no walk)
            walks.append("a")  # (the links come with the page's other indexed tags)
        return real_iter(self, *tags)

    real_microdata = sources.MICRODATA_ATTRIBUTES

    def microdata(tree: Any) -> Any:
        walks.append("microdata")
        return real_microdata(tree)

    monkeypatch.setattr(HtmlElement, "xpath", xpath)
    monkeypatch.setattr(HtmlElement, "iter", iter_)
    monkeypatch.setattr(sources, "MICRODATA_ATTRIBUTES", microdata)
    html = _page("", '<div itemscope itemtype="https://schema.org/Product">'
                 '<h1 itemprop="name">Lamp</h1><span itemprop="price">12</span>'
                 '<a href="tel:123" rel="author">Call</a></div>' + f"<p>{SENTENCE}</p>")
    doc = load(html)
    feats = pagetype.features(doc)
    extract_metadata(doc)
    assert feats["itemprop:price"] == pytest.approx(math.log1p(1))
    assert feats["href:tel"] == pytest.approx(math.log1p(1))
    assert sum(w in ("//*/@itemprop", "//@itemprop") for w in walks) == 0
    assert sum(w == "//@itemtype" for w in walks) == 0  # (read with the itemprops)
    assert walks.count("microdata") == 1
    assert sum(w in ("a", "//a/@href") for w in walks) == 1
    # every query compiled once, at import: `el.xpath(str)` compiles on every call
    assert [w for w in walks if w not in ("a", "microdata")] == []


@pytest.mark.parametrize("case", [str.lower, str.upper, lambda s: s.replace("item", "Item")])
def test_microdata_is_read_in_any_letter_case(case: Any) -> None:
    # HTML's attribute names are case-blind: the parser reads ITEMPROP as itemprop, and so
    # must the page-type features and the microdata types (found by a substring test first).
    def page(write: Any) -> str:
        return (f'<html><body><article itemscope {write("itemtype")}='
                '"https://schema.org/NewsArticle">'
                f'<h1 {write("itemprop")}="headline">Title</h1>'
                f'<span {write("itemprop")}="author">Jane Doe</span>'
                "<p>" + "Lorem ipsum dolor sit amet. " * 20 + "</p></article></body></html>")

    doc, plain = load(page(case)), load(page(str.lower))
    feats, expected = pagetype.features(doc), pagetype.features(plain)
    assert feats["itemprop:author"] == expected["itemprop:author"] > 0
    assert feats["schema:article"] == expected["schema:article"] > 0
    assert sources.microdata_types(doc) == sources.microdata_types(plain) == ("newsarticle",)


def test_prose_that_links_out_of_its_sentences_is_measured() -> None:
    """The share of prose words in paragraphs holding a link: an article's sentences cite
    and link, a sales page's or a snippet's seldom do. Menus and linked lines are not
    prose and do not count."""
    linked = f"<p>{SENTENCE}As <a href='https://example.net/report'>the report</a> said, "
    linked += f"{SENTENCE}</p>"
    plain = f"<p>{SENTENCE}As the report said, {SENTENCE}</p>"
    menu = "<ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(8))
    feats = _features(menu + "</ul><h1>Title</h1>" + linked * 2 + plain * 2)
    assert feats["text:prose_linked"] == pytest.approx(0.5)
    assert _features(plain * 4)["text:prose_linked"] == 0.0


def _old_describe_shares(texts: list[str]) -> tuple[float, float]:
    """The price and date shares as `_describe` read them before: every label searched."""
    def dated(text: str) -> bool:
        return pagetype.NUMERIC_DATE.search(text) is not None or has_written_date(text)

    return (sum(bool(pagetype.CURRENCY.search(t)) for t in texts) / len(texts),
            sum(bool(dated(t)) for t in texts) / len(texts))


@pytest.mark.parametrize("labels", [
    ["$12.99", "Add to cart", "Sold out", "€ 5,00"],
    ["Mar 1, 2024", "reply", "1. März 2024", "quote"],
    ["١٢٫٥٠ €", "٢٠٢٤-٠٣-٠١", "no figure", "Tue Mar 01, 2024 10:00 am"],
    ["Read more", "Share", "Like", "Reply"],
])
def test_prices_and_dates_are_searched_only_in_labels_with_a_figure(
    labels: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The price and date patterns (no literal start: tried at every position) run only on
    the item labels holding a digit, which every price and date holds; the shares are those
    of every label searched."""
    items = "".join(f'<div class="it"><p>{SENTENCE}</p><p>{label}</p></div>'
                    for label in labels)
    doc = load(_page("", items))
    group = max(page_groups(doc), key=lambda g: len(g.items))
    texts = pagetype.item_labels(group)
    expected = _old_describe_shares(texts)
    searched: list[str] = []

    class Spy:
        def __init__(self, pattern: Any) -> None:
            self.pattern = pattern

        def search(self, text: str) -> Any:
            searched.append(text)
            return self.pattern.search(text)

    monkeypatch.setattr(pagetype, "CURRENCY", Spy(pagetype.CURRENCY))
    monkeypatch.setattr(pagetype, "NUMERIC_DATE", Spy(pagetype.NUMERIC_DATE))
    described = dict(pagetype._describe(group, group.words))
    assert (described["price"], described["date"]) == expected
    assert pagetype.price_share(group) == expected[0]
    assert set(searched) == {t for t in texts if any(c.isdecimal() for c in t)}


@pytest.mark.parametrize(("heading", "linked"), [
    ('<section id="s1"><h2>Setup <a href="#s1">¶</a></h2></section>', True),
    ('<h2 id="s2">Setup <a href="#s2">#</a></h2>', True),
    ('<div id="a"><div id="b"><h2>Near <a href="#a">back to top</a></h2></div></div>', True),
    ('<div id="a"><div><div><h2>Far <a href="#a">back to top</a></h2></div></div></div>', False),
    ('<h2 id="s3">Setup <a href="#other">see</a></h2>', False),
    ('<h2 id="">Empty <a href="#">top</a></h2>', True),
    ("<h2>Plain title</h2>", False),
    ('<h2 id="s4"><a href="/page#s4">Elsewhere</a></h2>', False),
])
def test_a_permalinked_heading_is_told_from_its_anchors(heading: str, linked: bool) -> None:
    doc = load(_page("", heading + f"<p>{SENTENCE}</p>"))
    h2 = next(doc.tree.iter("h2"))
    assert pagetype._permalinked(h2) is linked


def test_a_heading_without_an_anchor_in_the_page_reads_no_ancestor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The ancestors' ids are read only for a heading that links within the page."""
    from lxml.html import HtmlElement

    doc = load(_page("", '<section id="s"><h2>Plain <a href="/x">link</a></h2></section>'))
    h2 = next(doc.tree.iter("h2"))

    def no_ancestors(self: HtmlElement, *tags: Any) -> Any:
        raise AssertionError("ancestors read")

    monkeypatch.setattr(HtmlElement, "iterancestors", no_ancestors)
    assert pagetype._permalinked(h2) is False
