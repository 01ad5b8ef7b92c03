"""Issue 14's failure classes on unseen pages, each as a small page built here: the default
`extract()` (density's learned scorer, the calibrated chain) keeps what the page's reader
would call its main content and leaves the furniture. No page of a dataset is copied."""

from __future__ import annotations

import newsclean

SENTENCES = [
    "The council met on Tuesday evening to discuss the future of the old river bridge.",
    "Engineers had found cracks in two of its supports during an inspection in March.",
    "Residents of both banks have waited more than a year for a decision on the repairs.",
    "The mayor said the town could not wait for the regional funds promised for next decade.",
    "Shop owners in the centre expect more customers from the detour through the old town.",
    "Parents worry about the longer walk to the school on the other bank of the river.",
    "A crossing guard will stand at the busiest corner from the first day of the works.",
    "The works are planned to start in May and to last until the end of the next spring.",
    "Traffic will be sent through the ring road, which the council widened two years ago.",
    "The regional government said it would review the town's request for help in June.",
]


def _para(i: int, n: int = 3) -> str:
    return " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(n))


def _menu() -> str:
    items = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(10))
    return f"<header class=site><nav><ul>{items}</ul></nav></header>"


def _footer() -> str:
    links = "".join(f'<a href="/p/{i}">Page {i}</a> ' for i in range(8))
    return f"<footer><p>{links}</p><p>© 2026 The Town Paper</p></footer>"


def _page(main: str, aside: str = "") -> str:
    return (f'<html lang="en"><head><title>Bridge</title></head><body>{_menu()}'
            f"<main>{main}</main>{aside}{_footer()}</body></html>")


def _text(html: str) -> str:
    return newsclean.extract(html).text


def test_a_lead_in_the_article_header_is_kept() -> None:
    lead = _para(5, 2)
    body = "".join(f"<p>{_para(i)}</p>" for i in range(4))
    html = _page(f'<article><header><h1>Bridge to close</h1><p class="standfirst">{lead}'
                 f'</p></header><div class="article-body">{body}</div></article>')
    text = _text(html)
    assert lead in text and _para(3) in text
    assert "Section 3" not in text and "©" not in text


def test_a_whole_article_inside_a_header_element_is_kept() -> None:
    body = "".join(f"<p>{_para(i)}</p>" for i in range(4))
    text = _text(_page(f"<article><header><h1>Bridge to close</h1>{body}</header></article>"))
    assert all(_para(i) in text for i in range(4))


def test_a_short_post_beats_the_sidebar_box_beside_it() -> None:
    post = f"<article><h1>Closed for the summer</h1><p>{_para(0, 4)}</p></article>"
    box = ("<aside class=sidebar><h3>About me</h3><p>I write about my town, its bridges and "
           "its people, and I have done so since I retired from the paper ten years ago.</p>"
           + "".join(f'<p><a href="/t/{i}">Tag {i}</a></p>' for i in range(6)) + "</aside>")
    text = _text(_page(post, box))
    assert _para(0, 4) in text
    assert "About me" not in text and "I retired" not in text


def test_short_lines_at_the_edges_of_the_body_stay() -> None:
    body = "".join(f"<p>{_para(i)}</p>" for i in range(4))
    faq = "<h2>When does it start?</h2><p>In May.</p>"
    html = _page(f"<article><h1>Bridge</h1>{body}{faq}<p>Thanks for reading.</p></article>")
    text = _text(html)
    assert "When does it start?" in text and "In May." in text
    assert "Thanks for reading." in text


def test_a_linked_source_line_and_code_inside_the_body_stay() -> None:
    body = (f"<p>{_para(0)}</p><p>Source: <a href='/report'>the engineers' report</a></p>"
            f"<p>{_para(1)}</p><pre><code>load = span * 2.5\nif load > limit:\n    close()"
            f"</code></pre><p>{_para(2)}</p><p>{_para(3)}</p>")
    text = _text(_page(f"<article><h1>Bridge</h1>{body}</article>"))
    assert "Source: the engineers' report" in text
    assert "load = span * 2.5" in text and "close()" in text


def test_replies_of_a_thread_are_kept_with_the_first_post() -> None:
    posts = "".join(
        f'<div class="post" id="p{i}"><div class="author">user{i}</div>'
        f'<div class="content"><p>{_para(i, 2)}</p></div></div>'
        for i in range(5)
    )
    html = _page(f'<h1>Bridge closing: what do you think?</h1><div class="thread">{posts}</div>')
    text = _text(html)
    assert sum(_para(i, 2) in text for i in range(5)) >= 4


def test_related_headlines_after_a_story_leave_it() -> None:
    body = "".join(f"<p>{_para(i)}</p>" for i in range(5))
    related = "".join(
        f'<li><a href="/r/{i}">Another story about town number {i} and its people</a></li>'
        for i in range(6)
    )
    html = _page(f"<article><h1>Bridge</h1>{body}</article><section class=more>"
                 f"<h2>More stories</h2><ul>{related}</ul></section>")
    text = _text(html)
    assert _para(4) in text and "Another story" not in text


def test_a_credit_line_after_the_story_becomes_credits_not_text() -> None:
    body = "".join(f"<p>{_para(i)}</p>" for i in range(4))
    credit = "<p>(Reporting by Jane Doe; Editing by Li Wei)</p>"
    related = "".join(f'<li><a href="/r/{i}">Another story number {i}</a></li>' for i in range(6))
    article = newsclean.extract(_page(f"<article><h1>Bridge</h1>{body}{credit}</article>"
                                      f"<ul class=more>{related}</ul>"))
    assert [c.role for c in article.credits] == ["reporting", "editing"]
    assert "Reporting by" not in article.text and _para(3) in article.text


def test_a_teaser_of_a_story_declared_whole_in_its_json_ld_is_not_confident() -> None:
    """A paywalled page shows one paragraph and declares the whole story (schema.org
    articleBody) for search engines: the teaser alone must not stand with high confidence."""
    import json

    from newsclean.document import load
    from newsclean.extractors.density import DensityExtractor

    story = [_para(i, 4) for i in range(12)]
    ld = json.dumps({"@type": "NewsArticle", "headline": "Bridge", "isAccessibleForFree": False,
                     "articleBody": "\n\n".join(story)})
    html = _page(f'<article><h1>Bridge</h1><p>{story[0]}</p>'
                 '<div class="paywall"><p>Subscribe to read on.</p></div></article>').replace(
        "</head>", f'<script type="application/ld+json">{ld}</script></head>')
    teaser = DensityExtractor().extract(load(html))
    assert story[0] in " ".join(b.text for b in teaser.blocks)
    assert teaser.confidence < 0.2  # 60 of ~600 declared words
    shown = html.replace('"isAccessibleForFree": false, ', "").replace(
        "<p>Subscribe to read on.</p>", "".join(f"<p>{s}</p>" for s in story[1:]))
    assert DensityExtractor().extract(load(shown)).confidence > 0.5  # the whole story shown


def test_a_confident_fragment_of_a_page_builder_page_gives_way_to_the_fuller_answer() -> None:
    """A service page built of sections, each its own box: on unseen sites the scorer
    may keep one section, sure of it, and its confidence does not see the sections it
    left (wcxb-dev's tune half, out of fold). The stand-in below is such an answer (the
    shipped scorer keeps the whole of this clean page); since it holds under half of the
    page's prose, trafilatura-fast runs too, and its answer, more confident and two to
    five times as long, wins. Its confidence is a fragment's out of fold (raw 0.6, an
    expected F1 of about 0.51: such pages' fragments read 0.48-0.54 in stop 76's census);
    from an expected 0.65 a fragment asks for nothing (`FRAGMENT_DOUBT`)."""
    from newsclean.document import load
    from newsclean.extractors.base import Candidate
    from newsclean.extractors.density import DensityExtractor

    sections = "".join(
        f'<section class="builder-{i}"><h2>Part {i}</h2><p>{_para(i)}</p>'
        f"<p>{_para(i + 5)}</p></section>" for i in range(5)
    )
    html = _page(sections)

    class FirstSections:
        """density's answer cut to its first sections, with the share of the page's prose
        they hold as its cover."""

        name = "density"

        def extract(self, doc: object) -> Candidate:
            whole = DensityExtractor().extract(load(html)).blocks
            cut = next(i for i, b in enumerate(whole) if b.text == "Part 2")
            first = whole[:cut]  # the first two sections of five
            share = sum(len(b.text.split()) for b in first) / sum(
                len(b.text.split()) for b in whole)
            return Candidate(extractor="density", blocks=first, confidence=0.6,
                             prose_cover=round(share, 3))

    article = newsclean.extract(html, extractors=[FirstSections(), "embedded", "trafilatura-fast"])
    assert article.extractor == "trafilatura"
    assert all(_para(i) in article.text for i in range(5))


def test_a_products_details_in_a_hidden_tab_are_read() -> None:
    """A shop shows one tab panel at a time; its specifications, hidden until their tab is
    chosen, are the product's text as much as its description."""
    specs = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>"
                    for k, v in (("Upper", "recycled mesh"), ("Drop", "8 mm"), ("Weight", "280 g")))
    tabs = ('<ul role="tablist"><li role="tab" aria-selected="true">Description</li>'
            '<li role="tab">Details</li></ul>'
            f'<div role="tabpanel" id="t1"><p>{_para(0)}</p><p>{_para(4, 2)}</p></div>'
            f'<div role="tabpanel" id="t2" hidden><table>{specs}</table></div>')
    main = ('<div class="product"><h1>Trail Runner 3 Shoe</h1><p class="price">€129.95</p>'
            f'<button>Add to cart</button><div class="tabs">{tabs}</div></div>')
    text = newsclean.extract(_page(main)).text
    for part in (_para(0), _para(4, 2), "Upper | recycled mesh", "Drop | 8 mm", "Weight | 280 g"):
        assert part in text


def test_a_plain_list_under_a_kept_heading_is_kept() -> None:
    """An event's lineup: names of a few words, no sentence, under a heading the scorer
    kept (`sections.headed_lists`; its limits are tested in test_sections.py)."""
    lineup = "".join(f"<li>{name}</li>" for name in ("The Blue Notes", "Sarah Quartet",
                                                      "Big Band Springfield"))
    more = "".join(f'<li><a href="/e/{i}">Concert number {i}</a> June {i + 15}</li>'
                   for i in range(6))
    main = ("<h1>Jazz in the Park</h1><p>Saturday, June 14, 2025, 6:00 PM</p>"
            '<p>Riverside Park, Springfield</p><a href="/tickets">Get tickets</a>'
            f"<h2>About this event</h2><p>{_para(0)}</p>"
            f"<h2>Lineup</h2><ul>{lineup}</ul><h2>More events</h2><ul>{more}</ul>")
    text = newsclean.extract(_page(main)).text
    for name in ("The Blue Notes", "Sarah Quartet", "Big Band Springfield"):
        assert name in text
