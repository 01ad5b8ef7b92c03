"""News pages as the common publishing systems print them (Arc XP, WordPress with Yoast,
Drupal, Next.js streaming, AMP, a paywall, a live blog, a gallery) and as news sites in many
languages print them, each small and invented here with the clutter such sites carry
(related links inside the body, "read also" teasers, newsletter boxes, share bars, captions
and credits, author bios, tags, comments, consent text, ad labels, footers).

The body is stated exactly as fundus-dev's truths state it: the standfirst, the section
headlines and the paragraphs. The default `extract()` must keep every line of it and none of
the clutter. No page of a dataset is copied."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import pytest

import newsclean


@dataclass(frozen=True)
class Story:
    """What a reader reads as the story, and what the page prints around it."""

    lang: str
    title: str
    lead: str
    paragraphs: tuple[str, ...]
    subhead: str
    clutter: tuple[str, ...]
    related: str = "Fishermen count the cost of the storm"


EN = Story(
    "en",
    "Harbour town votes to rebuild its flooded sea wall",
    "The council chose the more expensive plan after a winter of storms that broke the old "
    "wall in three places.",
    (
        "The vote on Thursday night ended a debate that had split the small harbour town since "
        "the first storm of the winter tore a hole in the old sea wall in November.",
        "Engineers had offered two plans: patching the broken sections for a fraction of the "
        "cost, or building a new wall that would stand half a metre higher than the old one.",
        "Most of the fishermen who spoke at the meeting said they had lost nets and boats to "
        "the water and could not afford another winter like the last one.",
        "The new wall will cost about twelve million, of which the regional government has "
        "promised to pay two thirds if the works start before the end of next year.",
        "Shop owners on the waterfront asked the council to keep the promenade open while the "
        "workers are building, since the summer visitors are most of their trade.",
        "The mayor said the first stones would be laid in the spring and that the promenade "
        "would stay open on weekends for as long as the works allow it.",
    ),
    "What happens next",
    (
        "Sign up for our morning newsletter",
        "Read more: Fishermen count the cost of the storm",
        "Share on Facebook",
        "Photo: Jane Doe / Agency",
        "Advertisement",
        "We use cookies to improve your experience on our site",
        "Most read",
        "All rights reserved",
    ),
)


def _nav(
    lang_links: tuple[str, ...] = (
        "News",
        "Sport",
        "Business",
        "Culture",
        "Opinion",
        "Travel",
        "Weather",
        "Video",
    ),
) -> str:
    items = "".join(f'<li><a href="/{w.lower()}/">{w}</a></li>' for w in lang_links)
    return f'<header class="site-header"><nav class="main-nav"><ul>{items}</ul></nav></header>'


def _most_read(heading: str, titles: tuple[str, ...]) -> str:
    items = "".join(f'<li><a href="/story/{i}">{t}</a></li>' for i, t in enumerate(titles))
    return f'<aside class="sidebar"><h2>{heading}</h2><ol>{items}</ol></aside>'


def _footer(line: str) -> str:
    links = "".join(f'<a href="/page/{i}">Page {i}</a> ' for i in range(6))
    return f"<footer><p>{links}</p><p>{line}</p></footer>"


def _html(lang: str, title: str, body: str, head: str = "", rtl: bool = False) -> str:
    direction = ' dir="rtl"' if rtl else ""
    return (
        f'<!doctype html><html lang="{lang}"{direction}><head><meta charset="utf-8">'
        f"<title>{title}</title>{head}</head><body>{body}</body></html>"
    )


OTHER_TITLES = (
    "Fishermen count the cost of the storm",
    "New ferry timetable starts on Monday",
    "School fair raises money for the lifeboat",
    "Road to the lighthouse closed for repairs",
    "Local band plays its last concert",
)


def _page_en(article: str, head: str = "") -> str:
    body = (
        '<div class="cookie-banner"><p>We use cookies to improve your experience on our site. '
        "<button>Accept</button></p></div>"
        + _nav()
        + f"<main>{article}</main>"
        + _most_read("Most read", OTHER_TITLES)
        + _footer("© 2026 The Harbour Post. All rights reserved")
    )
    return _html("en", EN.title, body, head)


def _ps(paragraphs: tuple[str, ...]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def arc_xp() -> str:
    """Arc XP (a Washington-Post-like layout): the body is a run of `<p data-el="text">`
    between ad slots and an interstitial "read more" link, the headline and standfirst in
    a header, the byline and the share bar between them."""
    p = EN.paragraphs
    inner = (
        f'<article class="article-body"><div class="headline"><h1>{EN.title}</h1></div>'
        f'<h2 class="subheadline">{EN.lead}</h2>'
        '<div class="byline"><span>By <a href="/people/ann-smith/">Ann Smith</a></span>'
        '<time datetime="2026-03-05T10:00:00Z">March 5, 2026 at 10:00 a.m.</time></div>'
        '<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a>'
        '<a href="#">Email</a></div>'
        '<figure><img src="/wall.jpg" alt=""><figcaption>The broken wall after the storm. '
        '<span class="credit">Photo: Jane Doe / Agency</span></figcaption></figure>'
        f'<div class="article-body-content"><p data-el="text">{p[0]}</p>'
        f'<p data-el="text">{p[1]}</p>'
        '<div class="ad-slot"><span>Advertisement</span></div>'
        '<div class="interstitial-link"><a href="/story/0">Read more: Fishermen count the '
        "cost of the storm</a></div>"
        f'<p data-el="text">{p[2]}</p><p data-el="text">{p[3]}</p>'
        f'<h2 data-el="subhead">{EN.subhead}</h2>'
        f'<p data-el="text">{p[4]}</p><p data-el="text">{p[5]}</p></div>'
        '<div class="newsletter-signup"><h3>Sign up for our morning newsletter</h3>'
        '<form><input type="email" placeholder="Email address"><button>Sign up</button>'
        "</form></div></article>"
    )
    return _page_en(inner)


def wordpress_yoast() -> str:
    """A WordPress news theme: `entry-content` with an inline related post, tags, an
    author box and comments after it, Yoast's JSON-LD graph in the head."""
    p = EN.paragraphs
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": EN.title,
                "datePublished": "2026-03-05T10:00:00Z",
                "author": {"@id": "#author"},
                "isPartOf": {"@id": "#webpage"},
            },
            {"@type": "WebPage", "@id": "#webpage", "name": EN.title},
            {"@type": "Person", "@id": "#author", "name": "Ann Smith"},
        ],
    }
    yoast = '<script type="application/ld+json" class="yoast-schema-graph">'
    head = f"{yoast}{json.dumps(graph)}</script>"
    inner = (
        '<article class="post type-post status-publish format-standard hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{EN.title}</h1>'
        '<div class="entry-meta"><span class="byline">By <a href="/author/ann/">Ann Smith'
        '</a></span> <time class="entry-date published">March 5, 2026</time></div></header>'
        f'<div class="entry-content"><p><strong>{EN.lead}</strong></p><p>{p[0]}</p><p>{p[1]}</p>'
        '<blockquote class="wp-embedded-content"><a href="/story/0">Read more: Fishermen '
        "count the cost of the storm</a></blockquote>"
        f"<p>{p[2]}</p><p>{p[3]}</p><h2>{EN.subhead}</h2><p>{p[4]}</p><p>{p[5]}</p>"
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>'
        '<ul><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li>'
        "</ul></div></div>"
        '<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/storm/">'
        'storm</a>, <a href="/tag/harbour/">harbour</a></span></footer>'
        '<div class="author-box"><h4>About Ann Smith</h4><p>Ann Smith has covered the coast '
        "for the paper since 2015 and writes about fishing, ferries and the weather.</p></div>"
        '</article><div id="comments" class="comments-area"><h2 class="comments-title">2 '
        'thoughts on this story</h2><ol class="comment-list"><li class="comment"><div '
        'class="comment-body"><p>About time the council did something about the wall, we '
        "have been asking for years and nobody listened to the people who live here.</p>"
        '</div></li><li class="comment"><div class="comment-body"><p>Twelve million is a lot '
        "of money for a town this size, I hope the region really pays its part of it.</p>"
        "</div></li></ol></div>"
    )
    return _page_en(inner, head)


def drupal() -> str:
    """Drupal 9/10: field wrappers (`field--name-body`, `field--name-field-summary`),
    a related-content view and a tags field after the body."""
    p = EN.paragraphs
    inner = (
        '<article role="article" class="node node--type-article node--view-mode-full">'
        f'<h1 class="page-title"><span class="field field--name-title">{EN.title}</span></h1>'
        '<div class="node__meta"><span class="field--name-uid">Ann Smith</span> '
        '<span class="field--name-created">Thu, 03/05/2026 - 10:00</span></div>'
        '<div class="node__content"><div class="field field--name-field-summary">'
        f"<p>{EN.lead}</p></div>"
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">'
        f"<p>{p[0]}</p><p>{p[1]}</p><p>{p[2]}</p><h3>{EN.subhead}</h3><p>{p[3]}</p>"
        f"<p>{p[4]}</p><p>{p[5]}</p></div>"
        '<div class="field field--name-field-tags"><div class="field__label">Tags</div>'
        '<div class="field__items"><div class="field__item"><a href="/tags/storm">storm</a>'
        "</div></div></div></div></article>"
        '<div class="views-element-container"><h2>Related content</h2><div class="view-content">'
        + "".join(
            f'<div class="views-row"><a href="/story/{i}">{t}</a></div>'
            for i, t in enumerate(OTHER_TITLES)
        )
        + "</div></div>"
    )
    return _page_en(inner)


def nextjs_streamed() -> str:
    """Next.js streaming: the server sends a skeleton, then the body's parts in hidden
    `<div hidden id="S:0">` placeholders that a script swaps into the skeleton."""
    p = EN.paragraphs
    inner = (
        f'<article><h1>{EN.title}</h1><p class="dek">{EN.lead}</p>'
        '<template id="B:0"></template><div class="skeleton">Loading…</div></article>'
    )
    streamed = (
        f'<div hidden id="S:0"><div class="article-body"><p>{p[0]}</p><p>{p[1]}</p>'
        f"<p>{p[2]}</p><h2>{EN.subhead}</h2><p>{p[3]}</p><p>{p[4]}</p><p>{p[5]}</p></div></div>"
        '<script>$RC("B:0","S:0")</script>'
    )
    page = _page_en(inner)
    return page.replace("</body>", streamed + "</body>")


def amp() -> str:
    """An AMP page: `amp-img`, `amp-ad`, `amp-social-share`, the body in plain `<p>`s."""
    p = EN.paragraphs
    inner = (
        f'<article class="amp-article"><header><h1>{EN.title}</h1><p class="standfirst">'
        f"{EN.lead}</p></header>"
        '<amp-img src="/wall.jpg" width="600" height="400" layout="responsive"></amp-img>'
        '<p class="caption">The broken wall after the storm. Photo: Jane Doe / Agency</p>'
        f'<div class="article-body"><p>{p[0]}</p><p>{p[1]}</p>'
        '<amp-ad width="300" height="250" type="doubleclick"><div fallback>Advertisement</div>'
        f"</amp-ad><p>{p[2]}</p><p>{p[3]}</p><h2>{EN.subhead}</h2><p>{p[4]}</p><p>{p[5]}</p>"
        '</div><div class="social"><amp-social-share type="facebook">Share on Facebook'
        "</amp-social-share></div></article>"
    )
    return _page_en(inner)


def paywalled() -> str:
    """A paywall: the lead paragraphs above a subscriber wrapper that holds the rest, a
    pitch to subscribe after it."""
    p = EN.paragraphs
    inner = (
        f'<article><header class="article-header"><h1>{EN.title}</h1><p class="article-intro">'
        f'{EN.lead}</p></header><div class="article-free"><p>{p[0]}</p><p>{p[1]}</p></div>'
        '<div class="paywall-wrapper" data-paywall="subscriber"><div class="subscriber-only">'
        f"<p>{p[2]}</p><p>{p[3]}</p><h2>{EN.subhead}</h2><p>{p[4]}</p><p>{p[5]}</p></div></div>"
        '<div class="subscribe-box"><h3>Sign up for our morning newsletter</h3><p>Subscribe '
        "for one euro a month.</p></div></article>"
    )
    return _page_en(inner)


def header_standfirst() -> str:
    """The standfirst in the article's `<header>`, the body in a sibling wrapper."""
    p = EN.paragraphs
    inner = (
        f'<article><header><h1>{EN.title}</h1><p>{EN.lead}</p><div class="meta">By Ann Smith'
        '</div></header><section class="content">'
        f"{_ps(p[:3])}<h2>{EN.subhead}</h2>{_ps(p[3:])}</section></article>"
    )
    return _page_en(inner)


TEMPLATES_EN = {
    "arc_xp": arc_xp,
    "wordpress_yoast": wordpress_yoast,
    "drupal": drupal,
    "nextjs_streamed": nextjs_streamed,
    "amp": amp,
    "paywalled": paywalled,
    "header_standfirst": header_standfirst,
}


def live_blog() -> str:
    """A live blog: a summary at the top, then timestamped entries, each its own
    `<article>` with a time and a share link; "load more" at the end."""
    entries = "".join(
        f'<article class="live-entry"><header><time datetime="2026-03-05T1{i}:00Z">1{i}:00'
        f'</time><h3>Update {i + 1}</h3></header><div class="entry-body"><p>{p}</p></div>'
        '<footer class="entry-share"><a href="#">Share on Facebook</a></footer></article>'
        for i, p in enumerate(EN.paragraphs)
    )
    inner = (
        f'<div class="liveblog"><h1>{EN.title}</h1><div class="liveblog-summary"><p>{EN.lead}'
        f'</p></div><h2>{EN.subhead}</h2><div class="liveblog-entries">{entries}</div>'
        '<button class="load-more">Load more updates</button></div>'
    )
    return _page_en(inner)


def photo_gallery() -> str:
    """A photo-gallery article: the story's paragraphs between figures, each with a
    caption and a credit, and a carousel of other galleries after it."""
    p = EN.paragraphs
    figure = (
        '<figure class="gallery-item"><img src="/g{0}.jpg" alt=""><figcaption>Waves over '
        'the wall, picture {0}. <span class="credit">Photo: Jane Doe / Agency</span>'
        "</figcaption></figure>"
    )
    inner = (
        f'<article><h1>{EN.title}</h1><p class="lede">{EN.lead}</p><div class="story">'
        + "".join(f"{figure.format(i)}<p>{para}</p>" for i, para in enumerate(p[:3]))
        + f"<h2>{EN.subhead}</h2>{_ps(p[3:])}</div>"
        '<div class="carousel more-galleries"><h3>More galleries</h3>'
        + "".join(
            f'<a href="/g/{i}"><img src="/t{i}.jpg" alt="">{t}</a>'
            for i, t in enumerate(OTHER_TITLES)
        )
        + "</div></article>"
    )
    return _page_en(inner)


TEMPLATES_EN["live_blog"] = live_blog
TEMPLATES_EN["photo_gallery"] = photo_gallery


GAPS = {
    "paywalled": "the section heading inside a wrapper named 'subscriber-only' scores 0.40: "
    "'subscri' names newsletter boxes; reading 'subscriber' as no furniture moved one "
    "wcxb-dev tune listing down and no page up (docs/chain.md)",
}


def _cases(names: list[str]) -> list[object]:
    return [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=GAPS[n])) if n in GAPS else n
        for n in names
    ]


@pytest.mark.parametrize("name", _cases(sorted(TEMPLATES_EN)))
def test_an_english_template_keeps_the_story_and_leaves_its_clutter(name: str) -> None:
    text = newsclean.extract(TEMPLATES_EN[name]()).text
    missing = [line for line in (EN.lead, EN.subhead, *EN.paragraphs) if line not in text]
    kept = [c for c in (*EN.clutter, *OTHER_TITLES) if c in text]
    assert not missing, missing
    assert not kept, kept


STORIES: dict[str, Story] = {
    key: Story(**{k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()})
    for key, fields in json.loads(
        (Path(__file__).parent / "data" / "news-stories.json").read_text(encoding="utf-8")
    ).items()
}
"""A story per language, invented for these tests: what a reader reads as the story (lead,
paragraphs, one section headline), the clutter its site prints around it (a "read also"
label, an ad label, a newsletter line, a photo credit, consent text, a rights line) and the
headline of another story it links to."""


def _bio(story: Story) -> str:
    return (
        '<div class="author-bio"><img src="/a.jpg" alt=""><p><a href="/autor/1">'
        f"{story.title.split()[0]}</a> · {story.clutter[0]}</p></div>"
    )


def _regional(story: Story, flavour: str) -> str:
    """A regional or national news site of `story`'s language as its CMS prints it;
    `flavour` picks one of four common layouts (below)."""
    read_also, ad, newsletter, credit, cookie, rights = story.clutter[:6]
    p = story.paragraphs
    other = f'<a href="/n/9">{story.related}</a>'
    cookie_box = f'<div id="consent" class="cmp"><p>{cookie}.</p><button>OK</button></div>'
    figure = (
        f'<figure><img src="/f.jpg" alt=""><figcaption>{story.title.split()[-1]} · 2026 '
        f'<span class="credit">{credit}</span></figcaption></figure>'
    )
    ad_box = f'<div class="ad ad-slot"><span class="ad-label">{ad}</span></div>'
    news_box = (
        f'<div class="newsletter-box"><p>{newsletter}</p><form><input type="email">'
        "<button>OK</button></form></div>"
    )
    tags = "".join(
        f'<li><a href="/t/{i}">{w}</a></li>' for i, w in enumerate(story.title.split()[:4])
    )
    if flavour == "teaser":  # German regional papers: intro in the header, inline teasers
        body = (
            f'<article class="article"><header class="article__header"><h1>{story.title}</h1>'
            f'<p class="article__intro">{story.lead}</p></header>{figure}'
            f'<div class="article__body"><p>{p[0]}</p><p>{p[1]}</p>'
            f'<aside class="inline-teaser"><span class="label">{read_also}</span>{other}</aside>'
            f"{ad_box}<p>{p[2]}</p><h2>{story.subhead}</h2><p>{p[3]}</p><p>{p[4]}</p></div>"
            f'{news_box}<ul class="tags">{tags}</ul>{_bio(story)}</article>'
        )
    elif flavour == "paragraph":  # Le Monde-like: "read also" is a paragraph of the body
        cls = "article__paragraph"
        body = (
            f'<article class="article article--content"><header><h1 class="article__title">'
            f'{story.title}</h1><p class="article__desc">{story.lead}</p></header>{figure}'
            f'<section class="article__content"><p class="{cls}">{p[0]}</p>'
            f'<p class="{cls}">{p[1]}</p><p class="{cls} {cls}--lf"><span>{read_also}</span> '
            f'{other}</p>{ad_box}<p class="{cls}">{p[2]}</p><h2 class="article__sub-title">'
            f'{story.subhead}</h2><p class="{cls}">{p[3]}</p><p class="{cls}">{p[4]}</p>'
            f'</section>{news_box}<ul class="tags">{tags}</ul></article>'
        )
    elif flavour == "list":  # a list of related links inside the body (G1, El País, Naver)
        related = "".join(
            f'<li><a href="/n/{i}">{story.related} {i + 2}</a></li>' for i in range(3)
        )
        body = (
            f'<div class="content-head"><h1>{story.title}</h1><h2 class="content-head__subtitle">'
            f'{story.lead}</h2></div><div class="content-text">{figure}<p>{p[0]}</p><p>{p[1]}</p>'
            f'<div class="related"><strong>{read_also}</strong><ul>{related}</ul></div>'
            f"<p>{p[2]}</p>{ad_box}<h3>{story.subhead}</h3><p>{p[3]}</p><p>{p[4]}</p></div>"
            f'{news_box}<div class="tags"><ul>{tags}</ul></div>'
        )
    else:  # "plain": an East Asian portal, paragraphs in one div, an editor line after
        body = (
            f'<div class="article-header"><h1>{story.title}</h1></div><div class="article-content">'
            f"<p><strong>{story.lead}</strong></p>{figure}<p>{p[0]}</p><p>{p[1]}</p><p>{p[2]}</p>"
            f"{ad_box}<p><strong>{story.subhead}</strong></p><p>{p[3]}</p><p>{p[4]}</p>"
            f'<p class="editor">{story.clutter[-1]}</p></div><div class="related-news">'
            f"<h3>{read_also}</h3><ul>{tags}</ul></div>{news_box}"
        )
    comments = (
        f'<section id="comments"><h2>{story.clutter[0]}?</h2><div class="comment"><p>'
        f"{p[1][:60]}!</p></div></section>"
    )
    nav = _nav(tuple(story.title.split()[:6]))
    page = (
        cookie_box
        + nav
        + f"<main>{body}{comments}</main>"
        + _most_read(read_also, tuple(w for w in story.paragraphs[4].split()[:5]))
        + _footer(f"© 2026 {rights}")
    )
    return _html(story.lang, story.title, page, rtl=story.lang in ("ar", "he", "fa"))


FLAVOURS = {
    "de": "teaser",
    "pl": "teaser",
    "tr": "teaser",
    "hi": "teaser",
    "ta": "teaser",
    "bn": "teaser",
    "en-IN": "teaser",
    "fr": "paragraph",
    "it": "paragraph",
    "ru": "paragraph",
    "vi": "paragraph",
    "he": "paragraph",
    "fa": "paragraph",
    "es": "list",
    "pt": "list",
    "ar": "list",
    "ko": "list",
    "ml": "list",
    "el": "list",
    "th": "list",
    "ja": "plain",
    "zh": "plain",
}


@pytest.mark.parametrize("key", _cases(sorted(FLAVOURS)))
def test_a_news_site_in_its_language_keeps_the_story_and_leaves_its_clutter(key: str) -> None:
    story = STORIES[key]
    text = newsclean.extract(_regional(story, FLAVOURS[key])).text
    missing = [line for line in (story.lead, story.subhead, *story.paragraphs) if line not in text]
    kept = [c for c in (*story.clutter, story.related) if c in text]
    assert not missing, missing
    assert not kept, kept


# zh: a standfirst of 27 characters, read at its own length (block_features.word_length_scale
# scales only blocks long enough to tell their words' length), scores 0.46; since stop 75 it is
# kept as the sentence right before the story's first kept paragraph (`paragraphs.story_head`)
@pytest.mark.parametrize("key", ["zh", "ja", "th"])
def test_a_standfirst_in_the_header_of_a_script_without_spaces_is_kept(key: str) -> None:
    """The learned scorer reads the words of scripts written without spaces (two characters
    a word) as short, a menu's; their paragraphs of a sentence or more are read in the
    trained scale, their headings at their own length."""
    story = STORIES[key]
    assert story.lead in newsclean.extract(_regional(story, "teaser")).text


def _story_with(box: str) -> str:
    p = EN.paragraphs
    return _page_en(
        f'<article><h1>{EN.title}</h1><div class="article-body"><p>{p[0]}</p><p>{p[1]}</p>'
        f'<p>"We lost nets," said Tom Baker. "We lost two boats.</p><p>"We cannot afford '
        f'another winter like the last one," he added.</p><p>{p[2]}</p>{box}<p>{p[3]}</p>'
        f"<p>{p[4]}</p><p>{p[5]}</p></div></article>"
    )


def test_a_pull_quote_repeating_the_story_leaves_with_its_speaker() -> None:
    """The quote is cut at its sentences and joined again, the speaker and role under it
    (a newsroom's pull quote): the story says it already."""
    box = (
        '<blockquote class="quote"><div class="quote__text">We lost nets. We lost two '
        "boats. We cannot afford another winter like the last one.</div>"
        '<div class="quote__source">Tom Baker</div><div class="quote__role">Chair of '
        "the fishing cooperative</div></blockquote>"
    )
    text = newsclean.extract(_story_with(box)).text
    assert "We lost nets. We lost two boats." not in text
    assert "Chair of the fishing cooperative" not in text and "\nTom Baker\n" not in text
    assert all(p in text for p in EN.paragraphs)


def test_a_quote_saying_what_the_story_does_not_stays() -> None:
    box = (
        "<blockquote><p>The sea takes back what the town forgets to guard, as the old "
        "harbour saying goes on every wall of the quay.</p><cite>Harbour saying</cite>"
        "</blockquote>"
    )
    text = newsclean.extract(_story_with(box)).text
    assert "The sea takes back what the town forgets to guard" in text


def test_pull_quotes_reads_clauses_on_either_side() -> None:
    from newsclean.extractors.copies import pull_quotes
    from tests.markup import body_blocks

    blocks = body_blocks(
        "<blockquote><p>Rents rose again. Nobody here can pay that much for long.</p>"
        '<p>Ann Lee</p></blockquote><p>"Rents rose again," said Ann Lee, who runs the '
        'bakery. "Nobody here can pay that much for long."</p>'
    )
    assert pull_quotes(blocks, [True] * len(blocks)) == [0, 1]
    assert pull_quotes(blocks, [True, True, False]) == []


def test_a_label_printed_against_its_linked_title_is_a_teaser() -> None:
    """`<span>Lesen Sie auch</span><a>…</a>`: no space between label and title; the label
    is all the block's unlinked text."""
    from newsclean.normalize.clutter import is_labelled_link

    glued = "Lesen Sie auchNeue Buslinie fährt ab Montag zum Bahnhof"
    share = len("Neue Buslinie fährt ab Montag zum Bahnhof") / len(glued)
    assert is_labelled_link(glued, share)
    assert is_labelled_link("כתבות נוספות קו אוטובוס חדש יגיע לתחנה", 0.7)
    # a linked sentence that opens with a label's letters is no teaser
    sentence = "Relatedness of the two species was shown by the team in March"
    assert not is_labelled_link(sentence, 0.8)


def test_a_box_whose_label_is_its_own_text_leaves_with_its_links() -> None:
    """`<div class="related"><strong>Lee también</strong><ul><li><a>…` inside the body:
    the label is the box's own leading text, not a block element of its own."""
    from newsclean.extractors.teasers import teaser_boxes
    from tests.markup import body_blocks

    links = "".join(
        f'<li><a href="/n/{i}">La nueva línea de autobús llega {i}</a></li>' for i in range(3)
    )
    blocks = body_blocks(
        f"<p>{EN.paragraphs[0]}</p><div><strong>Lee también</strong>"
        f"<ul>{links}</ul></div><p>{EN.paragraphs[1]}</p>"
    )
    assert teaser_boxes(blocks, [True] * len(blocks)) == [1, 2, 3, 4]


BOXES = {
    # a card made one link: a kicker and a headline in one <a>
    "inline_teaser": (
        '<div class="c-inline-element"><a href="/x"><div class="o-kicker">Verkehrswende</div>'
        "<h3>Neue Buslinie fährt ab Montag zum Bahnhof</h3></a></div>"
    ),
    # a box of related links with a label and keyword prefixes
    "related_box": (
        '<div data-area="related_articles"><p class="font-bold">Mehr zum Thema</p><ul><li>'
        '<a href="/a"><span>Verkehr:</span> <span>Neue Buslinie fährt ab Montag zum Bahnhof'
        '</span></a></li><li><a href="/b"><span>Stadt:</span> <span>Rathaus bekommt ein '
        "neues Dach aus Glas</span></a></li></ul></div>"
    ),
    # the label in a paragraph of its own, the links in a list beside it
    "label_then_list": (
        '<p><strong>Lesen Sie auch</strong></p><ul><li><a href="/a">Neue Buslinie fährt ab '
        'Montag zum Bahnhof</a></li><li><a href="/b">Rathaus bekommt ein neues Dach aus Glas'
        "</a></li></ul>"
    ),
    "ad_label": '<div class="ad-container"><span>Anzeige</span><div id="ad-1"></div></div>',
    # a newsletter pitch with a link, no form
    "newsletter_link": (
        '<div class="newsletter-teaser"><h3>Der Newsletter für die Region</h3><p>Jeden Morgen '
        "die wichtigsten Nachrichten aus der Stadt direkt in Ihr Postfach.</p>"
        '<a href="/nl">Jetzt anmelden</a></div>'
    ),
    # a video's consent placeholder
    "video_consent": (
        '<div class="video-player"><p>Video: Die Brücke aus der Luft</p><button>Abspielen'
        "</button><p>Um dieses Video zu sehen, müssen Sie der Nutzung externer Inhalte "
        "zustimmen.</p></div>"
    ),
}
BOX_GAPS = {
    "inline_teaser": "linked_cards (a card made one link) was tried: wcxb-dev tune pages "
    "with a shopping guide's product boxes made so fell (docs/chain.md)",
    "label_then_list": "the label's list beside it was tried: aeb and readability-js check "
    "pages fell ('See also' links their truths keep)",
    "newsletter_link": "a sign-up box without a form is left to the scorer",
    "video_consent": "a consent placeholder whose box holds no consent control stays",
}
BOX_TEXT = {
    "inline_teaser": ("Verkehrswende", "Neue Buslinie"),
    "related_box": ("Mehr zum Thema", "Neue Buslinie", "Rathaus bekommt"),
    "label_then_list": ("Lesen Sie auch", "Neue Buslinie", "Rathaus bekommt"),
    "ad_label": ("Anzeige",),
    "newsletter_link": ("Der Newsletter", "Jeden Morgen", "Jetzt anmelden"),
    "video_consent": ("Video: Die Brücke", "Um dieses Video zu sehen"),
}


def _german_story_with(box: str) -> str:
    story = STORIES["de"]
    p = story.paragraphs
    body = "".join(f"<p>{x}</p>" + (box if i == 2 else "") for i, x in enumerate(p))
    article = (
        f'<article><header><h1>{story.title}</h1><p class="intro">{story.lead}</p></header>'
        f'<div class="article-body">{body}</div></article>'
    )
    return _html("de", story.title, _nav() + f"<main>{article}</main>" + _footer("©"))


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=BOX_GAPS[n]))
        if n in BOX_GAPS
        else n
        for n in sorted(BOXES)
    ],
)
def test_a_box_between_a_storys_paragraphs_leaves(name: str) -> None:
    story = STORIES["de"]
    text = newsclean.extract(_german_story_with(BOXES[name])).text
    assert all(line in text for line in (story.lead, *story.paragraphs))
    kept = [t for t in BOX_TEXT[name] if t in text]
    assert not kept, kept


EN_BOXES = {
    "story_continues": '<div class="ad-container"><p class="ad-label">Story continues below '
    "advertisement</p></div>",
    "skip_ad": '<div><a href="#after-ad">Skip Advertisement</a></div>',
    "scroll": '<p class="scroll">SCROLL TO CONTINUE WITH CONTENT</p>',
    "listen": '<div class="audio"><button>Listen to this article</button><span>5 min</span></div>',
    "tools": '<div class="tools"><button>Gift this article</button><button>Share</button></div>',
    "follow": "<p><em>Follow us on Twitter and Facebook for the latest news.</em></p>",
    "sign_up": "<p><strong>Sign up for our daily newsletter</strong> to get the news in your "
    "inbox.</p>",
    "read_more": '<p><strong>Read more:</strong> <a href="/x">Council approves new parking '
    "fees</a></p>",
    "related_list": '<ul class="related"><li><a href="/a">Mayor faces recall vote</a></li><li>'
    '<a href="/b">Bus fares to rise in May</a></li></ul>',
    "photo_credit": '<figure><img src="a.jpg" alt=""><figcaption>The chamber on Tuesday. Photo: '
    "John Smith/Getty Images</figcaption></figure>",
    "video": '<div class="video-player"><p>Now playing</p><p>Watch: Council debates budget</p>'
    "<span>02:15</span></div>",
    "poll": '<div class="poll"><p>Do you support the budget?</p><label><input type=radio '
    "name=v>Yes</label><label><input type=radio name=v>No</label><button>Vote</button></div>",
    "ad_slot": '<div class="adslot"><span>Advertisement</span></div>',
}
"""Boxes an English story carries between its paragraphs: none of their words is the story."""
EN_KEPT_BOXES = {
    "correction": "<p><em>Correction: An earlier version of this article misstated the "
    "budget increase.</em></p>",
    "tweet": '<blockquote class="twitter-tweet"><p>Big vote tonight at the council! #budget</p>'
    '— Jane (@jane) <a href="https://twitter.com/jane/status/1">March 3, 2026</a></blockquote>',
}
"""Boxes that are the story's: a correction, an embedded post it quotes."""


def _english_story_with(box: str) -> str:
    p = EN.paragraphs
    body = "".join(f"<p>{x}</p>" + (box if i == 1 else "") for i, x in enumerate(p))
    article = f'<article><h1>{EN.title}</h1><div class="article-body">{body}</div></article>'
    return _page_en(article)


def _box_words(box: str) -> str:
    return " ".join(lxml.html.fragment_fromstring(box, create_parent="div").text_content().split())


@pytest.mark.parametrize("name", sorted(EN_BOXES))
def test_a_box_inside_an_english_story_leaves(name: str) -> None:
    text = " ".join(newsclean.extract(_english_story_with(EN_BOXES[name])).text.split())
    assert all(" ".join(line.split()) in text for line in EN.paragraphs)
    assert _box_words(EN_BOXES[name])[:25] not in text


@pytest.mark.parametrize("name", sorted(EN_KEPT_BOXES))
def test_a_box_of_the_storys_own_stays(name: str) -> None:
    text = " ".join(newsclean.extract(_english_story_with(EN_KEPT_BOXES[name])).text.split())
    assert _box_words(EN_KEPT_BOXES[name])[:25] in text
