"""Metadata rules, one small hand-written page per rule, and the bundled demo page."""

from __future__ import annotations

import html
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

import newsclean
from newsclean.document import load
from newsclean.metadata import Metadata, bcp47, extract_metadata
from newsclean.metadata.authors import parse_byline
from newsclean.metadata.dates import day_of, parse_date
from newsclean.metadata.titles import strip_site

NOW = datetime(2025, 4, 18, 12, 0, tzinfo=UTC)


def meta_of(head: str = "", body: str = "", url: str | None = None, lang: str = "") -> Metadata:
    html = f"<html{lang}><head>{head}</head><body>{body}<p>Body text.</p></body></html>"
    return extract_metadata(load(html, url=url), now=NOW)


def ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


# --- the demo page -----------------------------------------------------------------------


def test_demo_page_metadata(sample_html: bytes) -> None:
    article = newsclean.extract(sample_html)
    assert article.title == "Russia sees no reason to discuss peace with Japan, the Kremlin says"
    assert article.published is not None
    assert isinstance(article.published, datetime)
    assert article.published.date() == date(2025, 4, 8)
    assert article.published.tzinfo is not None
    assert article.site_name == "The Los Angeles Post"
    assert article.agency == "Reuters"
    assert article.authors == []
    assert article.language == "en-US"


def test_demo_page_without_time_markup_reads_the_visible_date(sample_html: bytes) -> None:
    html = sample_html.decode().replace(
        '<time class="entry-date updated td-module-date" datetime="2025-04-08T10:15:10+00:00">',
        "<span>",
    ).replace("</time>", "</span>")
    meta = extract_metadata(load(html), now=NOW)
    assert meta.published == date(2025, 4, 8)  # not the header's "Today: April 18, 2025"
    assert meta.sources["published"] == "visible"


# --- title ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ("<title>Big news today | Daily Planet</title>"
         '<meta property="og:site_name" content="Daily Planet">', "", "Big news today"),
        ("<title>Daily Planet - Big news today</title>"
         '<meta property="og:site_name" content="Daily Planet">', "", "Big news today"),
        ("<title>Big news today – Daily Planet</title>", "<h1>Big news today</h1>",
         "Big news today"),
        ("<title>Why Rust: a history - Daily Planet</title>", "<h1>Why Rust: a history</h1>",
         "Why Rust: a history"),
        ("<title>Fish &amp;amp; chips &amp; more</title>", "", "Fish & chips & more"),
        ("<title>  Spaces\n  everywhere  </title>", "", "Spaces everywhere"),
        ('<meta property="og:title" content="OG title"><title>Title tag</title>', "",
         "OG title"),
        (ld('{"@type":"NewsArticle","headline":"LD headline"}')
         + '<meta property="og:title" content="OG title">', "", "LD headline"),
        ('<meta property="dc:title" content="DC title">'
         '<meta property="og:title" content="OG title">', "", "DC title"),
        ("", "<h1>Only a heading</h1>", "Only a heading"),
        ("<title>Well-known self-titled: left - right</title>", "",
         "Well-known self-titled: left - right"),
        # a hyphen right after a Chinese character parts the site's name from the headline
        ("<title>国务院部署支持中小企业-新华网</title>"
         '<meta property="og:site_name" content="新华网">', "", "国务院部署支持中小企业"),
        ("<title>COVID-19 cases rise-again</title>", "", "COVID-19 cases rise-again"),
    ],
)
def test_title(head: str, body: str, expected: str) -> None:
    assert meta_of(head, body).title == expected


TITLE_AS_IS = "A post about things :: Examplery"


@pytest.mark.parametrize(
    ("logo", "expected"),
    [
        ('<h1 class="site-logo">Examplery</h1>', TITLE_AS_IS),
        # a link to the home page names the site, so the title's last part is its name
        ('<h1><a href="/">Examplery</a></h1>', "A post about things"),
        # another host's home page, on a page whose own address is unknown: not the site's
        ('<a href="https://examplery.test/"><h1>Examplery</h1></a>', TITLE_AS_IS),
        # a forum's name in its site banner, a documentation site's name in its menu bar
        ('<div class="headerbar"><div id="site-description"><h1>Examplery</h1></div></div>',
         TITLE_AS_IS),
        ('<div class="menu-bar"><h1 class="menu-title">Examplery</h1></div>', TITLE_AS_IS),
    ],
)
def test_the_sites_logo_is_no_headline(logo: str, expected: str) -> None:
    meta = meta_of(f"<title>{TITLE_AS_IS}</title>", logo)
    assert meta.title == expected  # not "Examplery"


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # the title says more than the page's one heading, before or after it
        ('<meta property="og:title" content="Hiking Boots: Shop Boots for Hiking &amp; More">',
         "<h1>Hiking Boots</h1>", "Hiking Boots"),
        ("<title>Shop Wired, Wireless &amp; Bluetooth Headphones</title>",
         "<h1>Wired, Wireless &amp; Bluetooth Headphones</h1>",
         "Wired, Wireless & Bluetooth Headphones"),
        ("<title>Healthy Air Fryer Recipes Archives</title>", "<h1>healthy air fryer recipes</h1>",
         "healthy air fryer recipes"),
        # in any script
        ("<title>Новости науки: всё о космосе</title>", "<h1>Новости науки</h1>",
         "Новости науки"),
        # a heading in the middle of the title, or several different headings: no preference
        ("<title>Shop Hiking Boots Online</title>", "<h1>Hiking Boots</h1>",
         "Shop Hiking Boots Online"),
        ("<title>Hiking Boots for Everyone</title>", "<h1>Hiking Boots</h1><h1>Tents</h1>",
         "Hiking Boots for Everyone"),
        # a bracketed name is the bracket rule's to cut (it needs to name the site)
        ("<title>Weekly Edition for March 26 [Examplery]</title>",
         "<h1>Weekly Edition for March 26</h1>", "Weekly Edition for March 26 [Examplery]"),
        ("<title>公衆無線LANを安全に使うためのアプリ（CNET Japan）</title>",
         "<h1>公衆無線LANを安全に使うためのアプリ</h1>",
         "公衆無線LANを安全に使うためのアプリ（CNET Japan）"),
        # an underscore joins words of Latin script: "tokio_util" is no "tokio" and a site
        ("<title>tokio_util - Rust</title>", "<h1>tokio</h1>", "tokio_util - Rust"),
        # but after a character of another script it parts the headline from its section
        # and site, as Chinese sites write them, and so does a full-width bar
        ("<title>新电脑已可利用记忆自学_科技_腾讯网</title>", "<h1>新电脑已可利用记忆自学</h1>",
         "新电脑已可利用记忆自学"),
        ("<title>フジテレビ問題で大激震｜日刊ゲンダイDIGITAL</title>",
         "<h1>フジテレビ問題で大激震</h1>", "フジテレビ問題で大激震"),
        # a kicker in lenticular brackets the heading leaves out, before a site's name
        ("<title>【速報】来年度予算案を閣議決定 - NHK</title>",
         "<h1>来年度予算案を閣議決定</h1>", "来年度予算案を閣議決定"),
        ("<title>【独自】市長が辞任へ｜朝日新聞</title>", "<h1>市長が辞任へ</h1>", "市長が辞任へ"),
        # ... and kept where the heading shows it
        ("<title>【独自】市長が辞任へ｜朝日新聞</title>", "<h1>【独自】市長が辞任へ</h1>",
         "【独自】市長が辞任へ"),
    ],
)
def test_the_one_heading_at_an_end_of_the_title_is_the_headline(
    head: str, body: str, expected: str
) -> None:
    assert meta_of(head, body).title == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ('<meta property="og:title" content="What will be the trend in the watch...">'
         "<title>What will be the trend in the watch market? | Watch Forums</title>"
         '<meta property="og:site_name" content="Watch Forums">', "",
         "What will be the trend in the watch market?"),
        ('<meta property="og:title" content="What will be the trend in the watch…">',
         "<h1>What will be the trend in the watch market?</h1>",
         "What will be the trend in the watch market?"),
        # nothing goes on from it: the title stays as written
        ('<meta property="og:title" content="Wait for it...">', "<h1>Other news</h1>",
         "Wait for it..."),
    ],
)
def test_a_title_cut_with_an_ellipsis_is_read_in_full(
    head: str, body: str, expected: str
) -> None:
    assert meta_of(head, body).title == expected


def test_a_heading_linking_elsewhere_is_a_headline() -> None:
    body = '<h1><a href="/2025/04/big-news">Big news today</a></h1>'
    assert meta_of("<title>Big news today - Examplery</title>", body).title == "Big news today"


@pytest.mark.parametrize(
    "link",
    [
        '<link rel="canonical" href="https://www.examplery.com/news/big">',
        '<meta property="og:url" content="https://examplery.com/news/big">',
    ],
)
def test_title_site_from_the_canonical_host_without_a_url(link: str) -> None:
    assert meta_of(f"<title>Big news today | Examplery</title>{link}").title == "Big news today"
    # the page's own address, where given, names the site instead
    meta = meta_of(f"<title>Big news today | Examplery</title>{link}", url="https://other.test/")
    assert meta.title == "Big news today | Examplery"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("GAME CHANGER | Shopnow.com", "GAME CHANGER"),
        ("Discuss the 7.1 release here - forums.example.org", "Discuss the 7.1 release here"),
        ("news.example.org – Why the bridge closed", "Why the bridge closed"),
        # a dotted name inside a segment with other words is the headline's
        ("Node.js 22 is out - what changed", "Node.js 22 is out - what changed"),
    ],
)
def test_a_segment_written_as_a_host_names_the_site(title: str, expected: str) -> None:
    assert meta_of(f"<title>{title}</title>").title == expected


def test_title_site_from_url_host() -> None:
    assert strip_site("A story | example.com", url="https://www.example.com/a") == "A story"
    assert strip_site("A story - Example", url="https://example.com/a") == "A story"


# --- authors and agency -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "names", "agency"),
    [
        ("By Jane Doe", ["Jane Doe"], None),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], None),
        ("Jane Doe, John Roe & Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"], None),
        ("By Jane Doe, Staff Writer", ["Jane Doe"], None),
        ("Jane Doe (jane@example.com)", ["Jane Doe"], None),
        ("Jane Doe @janedoe", ["Jane Doe"], None),
        ("By Reuters - Reuters", [], "Reuters"),
        ("Reuters", [], "Reuters"),
        ("AP", [], "AP"),
        ("By Jane Doe (AP)", ["Jane Doe"], "AP"),
        ("Jane Doe, Associated Press", ["Jane Doe"], "AP"),
        ("By JOE HILDEBRAND", ["Joe Hildebrand"], None),
        ("Par Sébastien Farcis", ["Sébastien Farcis"], None),
        ("Jane Doe | Jane Doe", ["Jane Doe"], None),
        ("https://example.com/author/jane", [], None),
        ("Posted 3 hours ago", [], None),
        ("Contributors to Wikimedia projects", [], None),
        ("Bruno (Henrique Zecchin) Rodrigues", ["Bruno (Henrique Zecchin) Rodrigues"], None),
        ("Martin Untersinger (avec Damien Leloup et Morgane Tual)",
         ["Martin Untersinger", "Damien Leloup", "Morgane Tual"], None),
        ("By Brenda Goodman, MA", ["Brenda Goodman"], None),
        ("Jane Doe (http://example.org/jd/)", ["Jane Doe"], None),
        ("Jane Doe, Head of Operations at Example", ["Jane Doe"], None),
        ("By Nathan Willis March 25, 2015", ["Nathan Willis"], None),
        ("Michiel de Jong", ["Michiel de Jong"], None),
        # the by-word in other languages and scripts (one list: authors.BY_WORDS)
        ("Oleh Budi Santoso", ["Budi Santoso"], None),
        ("Bởi Nguyễn Văn An", ["Nguyễn Văn An"], None),
        ("بقلم أحمد علي", ["أحمد علي"], None),
        ("מאת דנה כהן", ["דנה כהן"], None),
    ],
)
def test_parse_byline(byline: str, names: list[str], agency: str | None) -> None:
    result = parse_byline([byline])
    assert result.names == names
    assert result.agency == agency


@pytest.mark.parametrize(
    ("author", "names"),
    [
        # "and" in more languages: Russian, Czech and Slovak, Turkish, Greek, Vietnamese
        ("Иван Петров и Анна Смирнова", ["Иван Петров", "Анна Смирнова"]),
        ("Jan Novák a Petra Svobodová", ["Jan Novák", "Petra Svobodová"]),
        ("Ahmet Yılmaz ve Ayşe Demir", ["Ahmet Yılmaz", "Ayşe Demir"]),
        ("Γιώργος Παπαδόπουλος και Μαρία Νικολάου",
         ["Γιώργος Παπαδόπουλος", "Μαρία Νικολάου"]),
        ("Nguyễn Văn An và Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
        # the ideographic comma of Chinese and Japanese lists
        ("田中太郎、山田花子", ["田中太郎", "山田花子"]),
        # an e-mail address beside the name, the name in brackets alone
        ("jane.roe@example.com (Jane Roe)", ["Jane Roe"]),
        ("(Jane Roe)", ["Jane Roe"]),
        ("Jane Roe <jane@example.com>", ["Jane Roe"]),
        # one-letter "and"s stay lower-case words between spaces: initials are kept; "a",
        # English's article too, parts names only
        ("Jan A Novák", ["Jan A Novák"]),
        ("by sending a Pull Request", []),
        ("Ana de la Cruz", ["Ana de la Cruz"]),
    ],
)
def test_declared_authors_are_split_and_cleaned(author: str, names: list[str]) -> None:
    assert parse_byline([author], declared=True).names == names
    meta = meta_of(f'<meta name="author" content="{html.escape(author)}">')
    assert meta.authors == names


@pytest.mark.parametrize(
    ("byline", "names", "agency"),
    [
        # degrees and suffixes after a name are no second person; agencies still count
        ("Genevieve Carlton, Ph.D.", ["Genevieve Carlton"], None),
        ("Doris Munoz-Mantilla, MD, FOMA, DABOM", ["Doris Munoz-Mantilla"], None),
        ("John Smith, Jr.", ["John Smith"], None),
        ("Jane Doe, AP", ["Jane Doe"], "AP"),
        ("Linny and Al", ["Linny", "Al"], None),
        # a job title after the name in scripts without capitals
        ("신현주 기자", ["신현주"], None),
        ("渡辺洋介記者", ["渡辺洋介"], None),
        ("기자", [], None),
        # program text read with a byline's element is no name
        (", {TFT.Ext.FOL.loadInlineSvgSprite", [], None),
    ],
)
def test_parse_declared_byline(byline: str, names: list[str], agency: str | None) -> None:
    result = parse_byline([byline], declared=True)
    assert result.names == names
    assert result.agency == agency


@pytest.mark.parametrize(
    ("head", "body", "authors"),
    [
        # Highwire Press tags write "Surname, Given names", one person a tag
        ('<meta name="citation_author" content="Roy, Aniruddha">'
         '<meta name="citation_author" content="Patel, Jyoti K.">', "",
         ["Aniruddha Roy", "Jyoti K. Patel"]),
        # a link to the person's page, whose address spells the name, names the author
        ("", '<h1>T</h1><p>Story.</p><div><a href="/articles/authors/jane-doe">Jane Doe</a></div>',
         ["Jane Doe"]),
        ("", '<h1>T</h1><p>Story.</p><a href="https://forum.test/u/bence-kovacs">Bence Kovács</a>',
         ["Bence Kovács"]),
        # ... not a topic page, a reader's page, or a link in navigation or related stories
        ("", '<h1>T</h1><p>Story.</p><a href="/tag/jane-doe">Jane Doe</a>', []),
        ("", '<h1>T</h1><p>Story.</p><a href="/user/account">My Account</a>', []),
        ("", '<h1>T</h1><nav><a href="/author/jane-doe">Jane Doe</a></nav>', []),
        ("", '<h1>T</h1><div class="related-posts"><a href="/author/jane-doe">Jane Doe</a></div>',
         []),
        ("", '<h1>T</h1><a href="/author/jane-doe">John Roe</a>', []),
    ],
)
def test_authors_from_citation_tags_and_author_pages(
    head: str, body: str, authors: list[str]
) -> None:
    assert meta_of(head, body).authors == authors


@pytest.mark.parametrize(
    ("head", "body", "authors", "agency"),
    [
        (ld('{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"}}'), "",
         ["Jane Doe"], None),
        (ld('{"@type":"Article","author":[{"name":"Jane Doe"},{"name":"John Roe"}]}'), "",
         ["Jane Doe", "John Roe"], None),
        (ld('{"@graph":[{"@type":"Person","@id":"#p","name":"Jane Doe"},'
            '{"@type":"BlogPosting","author":{"@id":"#p"}}]}'), "", ["Jane Doe"], None),
        (ld('{"@type":"NewsArticle","author":{"@type":"Organization","name":"Reuters"}}'),
         "", [], "Reuters"),
        ('<meta name="author" content="Jane Doe">', "", ["Jane Doe"], None),
        ('<meta property="dc:creator" content="DC Person"><meta name="author" content="X Y">',
         "", ["DC Person"], None),
        ('<meta name="parsely-author" content="Jane Doe">', "", ["Jane Doe"], None),
        ("", '<h1>T</h1><span itemprop="author" itemscope><span itemprop="name">Jane Doe'
         "</span></span>", ["Jane Doe"], None),
        ("", '<h1>T</h1><a rel="author" href="/jd">Jane Doe</a>', ["Jane Doe"], None),
        ("", '<h1>T</h1><div class="byline">By Jane Doe</div>', ["Jane Doe"], None),
        ("", "<h1>T</h1><p>By Jane Doe</p>", ["Jane Doe"], None),
        ('<meta property="og:site_name" content="Daily Planet">'
         '<meta name="author" content="Daily Planet">', "", [], None),
        # a personal blog is named after its author: the name stays
        ('<meta property="og:site_name" content="Jane Doe">'
         '<meta name="author" content="Jane Doe">', "", ["Jane Doe"], None),
        ("", '<h1>T</h1><div class="author">By <a href="/a/bs">Ben Stone</a> Games Editor'
         "</div>", ["Ben Stone"], None),
        ("", '<h1>T</h1><p class="byline"><span>by</span><a href="/a/ln">Lucas Nolan</a>'
         '<span class="date">22 Dec 2016</span></p>', ["Lucas Nolan"], None),
        ("", '<h1>T</h1><figure itemscope itemtype="https://schema.org/ImageObject">'
         '<span itemprop="author">Photographer Name/Reuters</span></figure>', [], None),
        # a single word is a name where the page declares it the author, never in printed text
        ('<meta name="author" content="Sarah">', "", ["Sarah"], None),
        ('<meta name="author" content="jdoe_77">', "", ["jdoe_77"], None),
        ("", "<h1>T</h1><p>By Sarah</p>", [], None),
        ('<meta name="author" content="page.head.author">', "", [], None),
        ('<meta name="author" content="example.de">', "", [], None),
        # ... but a full name from another marked-up source is preferred to it
        ('<meta name="author" content="jdoe">'
         + ld('{"@type":"Article","author":{"@type":"Person","name":"Jane Doe"}}'), "",
         ["Jane Doe"], None),
        # the site's own name is the site, not a person; a personal site keeps its name
        ('<meta property="og:site_name" content="Examplery"><meta name="author" '
         'content="Examplery">', "", [], None),
        ('<meta property="og:site_name" content="Jane Doe"><meta name="author" '
         'content="JaneDoe">', "", ["JaneDoe"], None),
        # Yoast's Twitter card label, in several languages
        ('<meta name="twitter:label1" content="Written by">'
         '<meta name="twitter:data1" content="Jane Doe">', "", ["Jane Doe"], None),
        ('<meta name="twitter:label1" content="Geschätzte Lesezeit">'
         '<meta name="twitter:data1" content="3 Minuten">'
         '<meta name="twitter:label2" content="Geschrieben von">'
         '<meta name="twitter:data2" content="Erika Mustermann">', "", ["Erika Mustermann"],
         None),
        # a social post's card: the poster's name and a handle on a domain; a bare
        # "(@acme)" is a mention, not a poster
        ('<meta property="og:title" content="Jane Doe (@jane@social.example)">', "",
         ["Jane Doe"], None),
        ('<meta property="og:title" content="Ana Lima (@ana.bsky.social)">', "",
         ["Ana Lima"], None),
        ('<meta property="og:title" content="Spring sale starts today (@acme)">', "", [],
         None),
        # an interview's card names the interviewer, its author
        ('<meta name="twitter:label1" content="Interview by">'
         '<meta name="twitter:data1" content="Jane Doe">', "", ["Jane Doe"], None),
        # a JSON-LD author typed as an organisation is not a person (its agency still counts)
        (ld('{"@type":"NewsArticle","author":[{"@type":"Organization","name":"Newsroom X"},'
            '{"@type":"Person","name":"Jane Doe"}]}'), "", ["Jane Doe"], None),
        (ld('{"@type":"NewsArticle","author":{"@type":"Organization","name":"Example Desk"}}'),
         "", [], None),
    ],
)
def test_authors(head: str, body: str, authors: list[str], agency: str | None) -> None:
    meta = meta_of(head, body)
    assert meta.authors == authors
    assert meta.agency == agency


LONG = "<p>" + "A paragraph of the story that is long enough to be the body. " * 6 + "</p>"
BIO = "is a travel writer who has covered hotels and food for twenty years. " * 3


@pytest.mark.parametrize(
    ("body", "authors"),
    [
        # an author box after the text, far from the headline
        (f"<h1>T</h1>{LONG}<div class='author-box'><a href='/a/jd'>Jane Doe</a></div>",
         ["Jane Doe"]),
        # a page without <h1>: the labelled byline still counts
        (f"<div class='post-author'>By Jane Doe</div>{LONG}", ["Jane Doe"]),
        # a forum post's user name, labelled as such
        (f"<h1>T</h1>{LONG}<a class='username' href='/u/jd77'>jd77</a>", ["jd77"]),
        # comments, reviews, forms and "authorization" are not the article's author
        (f"<h1>T</h1>{LONG}<div class='comments'><span class='author'>Jane Doe</span></div>",
         []),
        (f"<h1>T</h1>{LONG}<div class='review'><span class='author'>Jane Doe</span></div>",
         []),
        (f"<h1>T</h1>{LONG}<form><label class='author'>Your Name</label></form>", []),
        (f"<h1>T</h1>{LONG}<a class='authorization' href='/x'>Jane Doe</a>", []),
        # the description beside the name in an author box is no name, near the headline
        # or after the text
        ("<h1>T</h1><div class='author-description'>Licensed Grader, M.A. Journalism</div>"
         f"{LONG}", []),
        # ... the name is the text printed right before the bio, where it looks like one
        (f"<h1>T</h1>{LONG}<div class='box'><p>Jane Doe</p><div class='author-bio'>Senior "
         "Editor, Food Critic</div></div>", ["Jane Doe"]),
        (f"<h1>T</h1>{LONG}<div class='box'><p>About the author</p><div class='author-bio'>"
         "Senior Editor, Food Critic</div></div>", []),
        # ... not the story's tags before it, which pass for a name in a script without
        # capitals (Hindi, Tamil, Bengali, Arabic)
        (f"<h1>T</h1>{LONG}<ul class='tags'><li><a href='/t/1'>नगर</a></li><li>"
         "<a href='/t/2'>परिषद</a></li></ul><div class='author-bio'>लेखक</div>", []),
        (f"<h1>T</h1>{LONG}<p>राम कुमार</p><div class='author-bio'>वरिष्ठ संवाददाता</div>",
         ["राम कुमार"]),
        # an author box too long for a byline: the name over a bio that names her again
        (f"<h1>T</h1>{LONG}<div class='author-box'><img alt=''><p>Jane Doe</p>"
         f"<p>Jane Doe {BIO}</p></div>", ["Jane Doe"]),
        (f"<h1>T</h1>{LONG}<div class='author-box'><h4>Jane Doe</h4><p>Jane {BIO}</p></div>",
         ["Jane Doe"]),
        # ... but not a heading over text about something else, nor a box without a name
        (f"<h1>T</h1>{LONG}<div class='author-box'><h4>Green Hills</h4><p>Many {BIO}</p>"
         "</div>", []),
        (f"<h1>T</h1>{LONG}<div class='author-box'><p>About the author</p><p>Jane {BIO}</p>"
         "</div>", []),
        # ... the box's own heading first, then the name over the bio, in any language
        (f"<h1>T</h1>{LONG}<div class='author-box'><h4>About the author</h4><p>Jane Doe</p>"
         f"<p>Jane {BIO}</p></div>", ["Jane Doe"]),
        (f"<h1>T</h1>{LONG}<div class='author-box'><h3>Über die Autorin</h3>"
         f"<p>Anna Schmidt</p><p>Anna {BIO}</p></div>", ["Anna Schmidt"]),
        # ... or over a bio whose first sentence names the person again, inline
        (f"<h1>T</h1>{LONG}<div class='author-info'><p><strong>Jane Doe:</strong> Since "
         f"2010, Jane {BIO}</p></div>", ["Jane Doe"]),
        (f"<h1>T</h1>{LONG}<div class='author-box'><p>Anna Schmidt</p><p>Seit 2015 "
         f"schreibt Schmidt über Verkehr und Stadtplanung. Sie {BIO}</p></div>",
         ["Anna Schmidt"]),
        # ... not where only a later sentence does, nor a common word of the heading
        (f"<h1>T</h1>{LONG}<div class='author-box'><h4>Green Hills</h4><p>Many hills are "
         f"green in spring. Hills {BIO}</p></div>", []),
        # ... but a heading over a bio that begins with no name gives none
        (f"<h1>T</h1>{LONG}<div class='author-box'><h4>About the author</h4><p>Jane {BIO}</p>"
         "</div>", []),
        # a sidebar's story cards are other stories; an article's own aside is its own
        (f"<h1>T</h1>{LONG}<aside><span class='author'>Jane Doe</span></aside>", []),
        (f"<article><h1>T</h1>{LONG}<aside><span class='author'>Jane Doe</span></aside>"
         "</article>", ["Jane Doe"]),
    ],
)
def test_authors_labelled_anywhere(body: str, authors: list[str]) -> None:
    assert meta_of("", body).authors == authors


@pytest.mark.parametrize(
    ("body", "authors"),
    [
        # the account name is never printed: the byline under the headline names the writer
        ("<h1>T</h1><div class='author-info'>Jane Doe</div>", ["Jane Doe"]),
        # a forum prints the declared user name beside its titles: the user name stays
        ("<h1>T</h1><div class='author-info'>jdoe77 Senior Member</div>"
         "<p>Posted by jdoe77</p>", ["jdoe77"]),
    ],
)
def test_a_hidden_account_name_yields_to_the_printed_byline(
    body: str, authors: list[str]
) -> None:
    assert meta_of('<meta name="author" content="jdoe77">', body).authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("<p>Jane Doe | Senior Writer | July 2, 2024</p>", ["Jane Doe"]),
        ("<div><span>2024-12-17</span><span>·</span><a title='x'>Jane Doe</a></div>",
         ["Jane Doe"]),
        ("<p>Dec 26, 2024 • Jane Doe in <a href='/category/pm'>Project Management</a></p>",
         ["Jane Doe"]),
        # "by" inside the date line, after the date; a <time>'s date as its markup says
        ("<p>March 3, 2024 by Jane Doe</p>", ["Jane Doe"]),
        ("<div class='entry-meta'>Posted on <time>March 3, 2024</time> by "
         "<a href='/x'>Jane Doe</a> in <a href='/c/news'>News</a></div>", ["Jane Doe"]),
        ("<div><time datetime='2017-03-01'>03/01/2017</time> by Jane Doe, Candidate "
         "Representative</div>", ["Jane Doe"]),
        # a category link, a label with a colon, a line without a date, a phrase: no name
        ("<p><time datetime='2024-03-01'>il y a 3 heures</time> · mis à jour</p>", []),
        ("<p>Dec 26, 2024 • <a href='/category/pm'>Project Management</a></p>", []),
        ("<div><p>PROJECT: Weekend Coding Agent</p><p>DATE: 2024-12-12</p></div>", []),
        ("<p>Jane Doe | Senior Writer</p>", []),
    ],
)
def test_a_name_in_the_date_line_under_the_headline(line: str, authors: list[str]) -> None:
    assert meta_of("", f"<h1>A headline</h1>{line}{LONG}").authors == authors


def test_a_name_in_the_date_line_never_replaces_a_declared_user_name() -> None:
    head = '<meta name="author" content="adminn">'
    body = f"<h1>A headline</h1><p>Apr 21, 2017 | Products Liability</p>{LONG}"
    assert meta_of(head, body).authors == ["adminn"]



# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-04-08T10:15:10+00:00", datetime(2025, 4, 8, 10, 15, 10, tzinfo=UTC)),
        ("2025-04-08T10:15:10Z", datetime(2025, 4, 8, 10, 15, 10, tzinfo=UTC)),
        ("2021-11-01T10:52:50+0100",
         datetime(2021, 11, 1, 10, 52, 50, tzinfo=timezone(timedelta(hours=1)))),
        ("2017-11-03 03:01:00.000000", datetime(2017, 11, 3, 3, 1)),
        ("2024-06-25", date(2024, 6, 25)),
        ("20240625", date(2024, 6, 25)),
        ("Tue, 08 Apr 2025 10:15:10 GMT", datetime(2025, 4, 8, 10, 15, 10, tzinfo=UTC)),
        ("April 08, 2025", date(2025, 4, 8)),
        ("8 April 2025", date(2025, 4, 8)),
        ("Posted Mar. 11, 2015 3:46 PM", datetime(2015, 3, 11, 15, 46)),
        ("8. April 2025", date(2025, 4, 8)),
        ("8 de abril de 2025", date(2025, 4, 8)),
        ("08.04.2025", date(2025, 4, 8)),
        # months as other languages print them in a date (the genitive where it has one)
        ("Иван Петров, 8 апреля 2025, 10:15", datetime(2025, 4, 8, 10, 15)),
        ("8 квітня 2025", date(2025, 4, 8)),
        ("Jan Kowalski, 8 kwietnia 2025", date(2025, 4, 8)),
        ("8. dubna 2025", date(2025, 4, 8)),
        ("Ahmet Yılmaz | 08 Nisan 2025 10:15", datetime(2025, 4, 8, 10, 15)),
        ("8 aprilie 2025", date(2025, 4, 8)),
        ("8. huhtikuuta 2025", date(2025, 4, 8)),
        ("8 Απριλίου 2025", date(2025, 4, 8)),
        ("محمد أحمد - 8 أبريل 2025", date(2025, 4, 8)),
        ("8. december 2024", date(2024, 12, 8)),
        ("8 desember 2024", date(2024, 12, 8)),
        # year first, in a line of text: Chinese, Japanese, Korean
        ("2025年4月8日 10時15分 山田太郎", datetime(2025, 4, 8, 10, 15)),
        ("2025年04月08日 10:30 来源：新华社", datetime(2025, 4, 8, 10, 30)),
        ("2025年4月8日（火）10:15", datetime(2025, 4, 8, 10, 15)),
        ("입력 2025.04.08 10:15 김민수 기자", datetime(2025, 4, 8, 10, 15)),
        ("2025년 4월 8일", date(2025, 4, 8)),
        ("2025/04/08 10:11:12 +09:00",
         datetime(2025, 4, 8, 10, 11, 12, tzinfo=timezone(timedelta(hours=9)))),
        ("2025-04-08 00:00:00 +0000 UTC", datetime(2025, 4, 8, tzinfo=UTC)),
        # Hindi, Bengali (its own digits), Levantine and Maghreb Arabic, Hebrew, Malay,
        # Indonesian, Swahili, Vietnamese, Hungarian year first
        ("अपडेटेड: 8 अप्रैल 2025, 10:15 AM IST", datetime(2025, 4, 8, 10, 15)),
        ("৮ এপ্রিল ২০২৫", date(2025, 4, 8)),
        ("8 كانون  الأول 2024", date(2024, 12, 8)),
        ("8 نيسان 2025", date(2025, 4, 8)),
        ("8 أفريل 2025", date(2025, 4, 8)),
        ("8 באפריל 2025", date(2025, 4, 8)),
        ("8 Disember 2024", date(2024, 12, 8)),
        ("Jumat, 08 Des 2024 10:15 WIB", datetime(2024, 12, 8, 10, 15)),
        ("Aprili 8, 2025", date(2025, 4, 8)),
        ("ngày 8 tháng 4 năm 2025", date(2025, 4, 8)),
        ("2025. április 8. 10:15", date(2025, 4, 8)),
        # Thai counts years from the Buddha; Japanese eras their own
        ("8 เมษายน 2568 10:15 น.", datetime(2025, 4, 8, 10, 15)),
        ("๘ ธ.ค. ๒๕๖๗", date(2024, 12, 8)),
        ("令和7年4月8日", date(2025, 4, 8)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("令和元年5月1日", date(2019, 5, 1)),
        # the Persian (Solar Hijri) calendar, converted by the calendars extra (jdatetime)
        ("۱۸ فروردین ۱۴۰۴", date(2025, 4, 7)),
        ("تاریخ انتشار: ۵ دی ۱۳۹۹ - ۱۰:۳۰", date(2020, 12, 25)),
        ("30 اسفند 1403", date(2025, 3, 20)),  # 1403 is a leap year
    ],
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text, NOW) == expected


PLUS_2 = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # JavaScript's Date.toString: the offset after "GMT", the zone's name after it
        ("Tue Apr 08 2025 10:00:00 GMT+0200 (Central European Summer Time)",
         datetime(2025, 4, 8, 10, tzinfo=PLUS_2)),
        ("2025-04-08 10:00:00 GMT+2", datetime(2025, 4, 8, 10, tzinfo=PLUS_2)),
        ("2025-04-08 10:00:00 UTC+05:30",
         datetime(2025, 4, 8, 10, tzinfo=timezone(timedelta(hours=5, minutes=30)))),
        ("April 8, 2025 10:00 GMT-5",
         datetime(2025, 4, 8, 10, tzinfo=timezone(-timedelta(hours=5)))),
        # more fraction digits than a datetime keeps: the zone stays
        ("2025-04-08T10:00:00.1234567890123+02:00",
         datetime(2025, 4, 8, 10, 0, 0, 123456, tzinfo=PLUS_2)),
        # a bare offset in a line of text keeps its minutes: "-12" may end a range
        ("April 8, 2025 10:00 -12", datetime(2025, 4, 8, 10)),
    ],
)
def test_a_zone_written_after_gmt_or_utc_is_read(text: str, expected: datetime) -> None:
    """The offset written after "GMT" or "UTC" is the zone's (east of Greenwich is +)."""
    got = parse_date(text, NOW)
    assert got == expected and isinstance(got, datetime) and got.utcoffset() == expected.utcoffset()
    head = f'<meta property="article:published_time" content="{text}">'
    assert meta_of(head).published == expected
    meta = meta_of(ld(f'{{"@type":"NewsArticle","headline":"T","datePublished":"{text}"}}'))
    assert meta.published == expected


@pytest.mark.parametrize(
    "text",
    ["", "yesterday", "2025-13-40", "2025-02-30T10:00", "1850-01-01", "2099-01-01",
     "2025-04-08T10:00+99:00", "x" * 500, "Today: April 31, 2025",
     # a version number is no date: with dots, a date writes month and day in two digits
     "version 2024.1.2", "v2024.10.01.3",
     # a Thai year of the Common Era stays as it is; an era's year past its end is no date
     "8 เมษายน 2569", "令和30年1月1日",
     # no 30 Esfand in a common year, no 31st; a Solar Hijri year out of range
     "30 اسفند 1402", "31 اسفند 1403", "5 دی 1250"],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text, NOW) is None


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        (ld('{"@type":"NewsArticle","datePublished":"2025-04-08T10:00:00+02:00"}'), "",
         datetime(2025, 4, 8, 10, tzinfo=timezone(timedelta(hours=2)))),
        ('<meta property="article:published_time" content="2025-04-08T10:00:00Z">', "",
         datetime(2025, 4, 8, 10, tzinfo=UTC)),
        ('<meta name="parsely-pub-date" content="2025-04-08">', "", date(2025, 4, 8)),
        ('<meta name="DC.date.issued" content="2025-04-08">', "", date(2025, 4, 8)),
        ("", '<div itemprop="datePublished" content="2025-04-08">April 8</div>',
         date(2025, 4, 8)),
        ("", "<h1>T</h1><time datetime='2025-04-08T10:00:00-05:00'>Apr 8</time>",
         datetime(2025, 4, 8, 10, tzinfo=timezone(timedelta(hours=-5)))),
        ("", '<h1>T</h1><span class="date">April 08, 2025</span>', date(2025, 4, 8)),
        ("", '<div class="date">Today: April 18, 2025</div><h1>T</h1>', None),
        (ld('{"@type":"NewsArticle","datePublished":"not a date"}')
         + '<meta property="article:published_time" content="2025-04-08">', "",
         date(2025, 4, 8)),
    ],
)
def test_published(head: str, body: str, published: date | None) -> None:
    meta = extract_metadata(
        load(f"<html><head>{head}</head><body>{body}<p>x</p></body></html>"),
        now=NOW, search_dates=False,
    )
    assert meta.published == published


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Today: 12 March 2025"), ("ru", "Сегодня: 12 марта 2025"),
    ("tr", "Bugün: 12 Mart 2025"), ("ar", "اليوم: 12 مارس 2025"), ("hi", "आज: 12 मार्च 2025"),
    ("el", "Σήμερα: 12 Μαρτίου 2025"), ("id", "Hari ini: 12 Maret 2025"),
    ("zh", "今天：2025年3月12日"), ("ko", "오늘: 2025년 3월 12일"), ("he", "היום: 12 במרץ 2025"),
])
def test_the_mastheads_today_is_no_publication_date(lang: str, line: str) -> None:
    """The day a page was served, printed in the top bar, in many languages: the page gives
    no other date, and has none."""
    prose = "<p>" + "The council voted on Tuesday to approve a budget. " * 8 + "</p>"
    html = (f'<html lang="{lang}"><head><title>Story</title></head><body><header><div '
            f'class="topbar"><span class="date">{line}</span></div><nav><a href="/">Home</a>'
            f"</nav></header><article><h1>Story</h1>{prose * 2}</article></body></html>")
    assert extract_metadata(load(html), now=NOW).published is None


def test_updated_line_is_modified_not_published() -> None:
    body = ('<h1>T</h1><span class="date">Published April 1, 2025</span>'
            '<span class="date">Updated April 3, 2025</span>')
    meta = meta_of(body=body)
    assert meta.published == date(2025, 4, 1)
    assert meta.modified == date(2025, 4, 3)


def test_published_never_later_than_modified() -> None:
    head = ('<meta property="article:published_time" content="2025-04-08">'
            '<meta property="article:modified_time" content="2025-04-01">')
    meta = meta_of(head)
    assert meta.published == date(2025, 4, 8)
    assert meta.modified is None


def test_modified_kept_when_later() -> None:
    head = ('<meta property="article:published_time" content="2025-04-08T10:00:00Z">'
            '<meta property="article:modified_time" content="2025-04-08T12:00:00+01:00">')
    meta = meta_of(head)
    assert meta.modified == datetime(2025, 4, 8, 11, tzinfo=UTC)


def test_date_search_reads_the_url() -> None:
    meta = extract_metadata(
        load("<html><body><h1>T</h1><p>text</p></body></html>",
             url="https://example.com/2025/04/08/a-story/"),
        now=NOW,
    )
    assert meta.published == date(2025, 4, 8)
    assert meta.sources["published"] == "url"


def test_crawl_day_is_not_a_publication_date() -> None:
    """A crawl's stamp over the page, above the story (tests/test_date_place.py: under the
    headline the day is the story's)."""
    body = f"<p>Page saved on April 18, 2025</p><main><h1>T</h1>{LONG}</main>"
    meta = extract_metadata(load(f"<html><body>{body}</body></html>"), now=NOW)
    assert meta.published is None


def test_a_story_of_the_extraction_day_keeps_its_date_where_it_prints_the_hour() -> None:
    """A page extracted the day it was published: the date line under the headline prints
    the time too, which a header clock or a crawl stamp seldom does."""
    body = f"<h1>T</h1><p>April 18, 2025 10:15 AM</p>{LONG}"
    meta = extract_metadata(load(f"<html><body>{body}</body></html>"), now=NOW)
    assert meta.published == datetime(2025, 4, 18, 10, 15)


def test_a_day_in_the_address_is_no_clock_on_the_extraction_day() -> None:
    meta = extract_metadata(load("<html><body><h1>T</h1><p>x</p></body></html>",
                                 url="https://news.test/2025/04/18/a-story"), now=NOW)
    assert meta.published == date(2025, 4, 18)


@pytest.mark.parametrize(
    ("second", "modified"),
    [
        # the same story's second object, its publication the same instant in another zone
        ('{"@type":"NewsArticle","datePublished":"2025-03-20T11:07:01+07:00",'
         '"dateModified":"2025-03-21T09:00:00+07:00"}',
         datetime(2025, 3, 21, 9, tzinfo=timezone(timedelta(hours=7)))),
        ('{"@type":"Article","datePublished":"2025-03-20T04:07:01Z",'
         '"dateModified":"2025-03-22T10:00:00Z"}', datetime(2025, 3, 22, 10, tzinfo=UTC)),
        # another story's object (a related article): not this one's modification
        ('{"@type":"NewsArticle","datePublished":"2025-03-01T08:00:00Z",'
         '"dateModified":"2025-03-22T10:00:00Z"}', None),
        # a video's or a web page's: not the story's
        ('{"@type":"VideoObject","datePublished":"2025-03-20T04:07:01Z",'
         '"dateModified":"2025-03-22T10:00:00Z"}', None),
    ],
)
def test_modified_from_the_same_story_s_other_json_ld_object(
    second: str, modified: datetime | None
) -> None:
    first = ld('{"@type":"NewsArticle","headline":"T","datePublished":"2025-03-20T04:07:01Z"}')
    meta = meta_of(first + ld(second))
    assert meta.published == datetime(2025, 3, 20, 4, 7, 1, tzinfo=UTC)
    assert meta.modified == modified


# --- site, language, description, image, canonical, tags -------------------------------------


@pytest.mark.parametrize(
    ("head", "site"),
    [
        ('<meta property="og:site_name" content="Daily Planet">', "Daily Planet"),
        (ld('{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Planet"}}'),
         "Planet"),
        (ld('{"@type":"WebSite","name":"Planet Site"}'), "Planet Site"),
        ('<meta name="application-name" content="Planet App">', "Planet App"),
        ("", None),
    ],
)
def test_site_name(head: str, site: str | None) -> None:
    assert meta_of(head).site_name == site


@pytest.mark.parametrize(
    ("raw", "tag"),
    [("en", "en"), ("en_us", "en-US"), ("EN-gb", "en-GB"), ("zh-hant-tw", "zh-Hant-TW"),
     ("pt-BR, en", "pt-BR"), ("es-419", "es-419"), ("english", None), ("", None), ("12", None)],
)
def test_bcp47(raw: str, tag: str | None) -> None:
    assert bcp47(raw) == tag


def test_language_sources() -> None:
    assert meta_of(lang=' lang="fr_FR"').language == "fr-FR"
    assert meta_of('<meta http-equiv="content-language" content="de">').language == "de"
    assert meta_of('<meta property="og:locale" content="es_ES">').language == "es-ES"
    assert meta_of(ld('{"@type":"Article","inLanguage":"it"}')).language == "it"


def test_description_image_canonical_absolute() -> None:
    head = ('<meta name="description" content="  A   short summary. ">'
            '<meta property="og:image" content="/img/a.jpg">'
            '<link rel="canonical" href="/story/a">')
    meta = meta_of(head, url="https://example.com/x/y?z=1")
    assert meta.description == "A short summary."
    assert meta.image == "https://example.com/img/a.jpg"
    assert meta.canonical_url == "https://example.com/story/a"


def test_image_from_jsonld_object() -> None:
    head = ld('{"@type":"NewsArticle","image":{"@type":"ImageObject","url":"https://e.com/i.jpg"}}')
    assert meta_of(head).image == "https://e.com/i.jpg"


def test_tags_and_categories() -> None:
    head = ('<meta property="article:tag" content="Russia">'
            '<meta property="article:tag" content="Japan">'
            '<meta name="keywords" content="ignored, because, article:tag wins">'
            '<meta property="article:section" content="World">')
    meta = meta_of(head)
    assert meta.tags == ["Russia", "Japan"]
    assert meta.categories == ["World"]


def test_jsonld_keywords_string_and_section_list() -> None:
    head = ld('{"@type":"NewsArticle","keywords":"a, b,b ,c","articleSection":["World","Asia"]}')
    meta = meta_of(head)
    assert meta.tags == ["a", "b", "c"]
    assert meta.categories == ["World", "Asia"]


def test_space_separated_properties() -> None:
    head = ('<meta property="x:title dc:title" content="Preferred title">'
            '<meta property="og:title twitter:title" content="A title">')
    assert meta_of(head).title == "Preferred title"


def test_cut_description_replaced_by_the_whole_one() -> None:
    head = ('<meta name="description" content="The story of a deal that opens a window...">'
            '<meta property="og:description" content="The story of a deal that opens a window '
            'into a strategy.">')
    assert meta_of(head).description == "The story of a deal that opens a window into a strategy."


def test_social_teaser_loses_to_the_summary() -> None:
    head = ('<meta property="og:description" content="No going back.">'
            '<meta name="description" content="I tried the headset: no going back.">')
    assert meta_of(head).description == "I tried the headset: no going back."


def test_jsonld_headline_not_on_the_page_loses_to_a_confirmed_name() -> None:
    head = (ld('{"@type":"Article","headline":"country in Oceania","name":"New Zealand"}')
            + "<title>New Zealand - Encyclopedia</title>")
    assert meta_of(head).title == "New Zealand"


def test_author_segment_cut_from_title() -> None:
    head = ('<title>Code coverage for the frontend | Code | Nicolas Perriault</title>'
            '<meta name="author" content="Nicolas Perriault">')
    assert meta_of(head).title == "Code coverage for the frontend | Code"


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # several words after a pipe are appended for search engines: a tagline, a section
        # and a site
        ("<title>Best Movers in Springfield 2025 | Top 19 Companies</title>", "",
         "Best Movers in Springfield 2025"),
        ('<meta property="og:title" content="How sleep works | Patient Education | Clinic">',
         "", "How sleep works"),
        # also where the page's heading repeats it
        ("<title>IAM overview | Access Management</title>",
         "<h1>IAM overview | Access Management</h1>", "IAM overview"),
        # a site's name before the pipe is cut as a site's name, the headline stays
        ('<title>Examplery | Sheets for every bed</title>'
         '<meta property="og:site_name" content="Examplery">', "", "Sheets for every bed"),
        # one word after a pipe is a section or a name: cut only where it names the site
        ("<title>A story about things | Opinion</title>", "", "A story about things | Opinion"),
        # a colon or a dash is headline punctuation
        ("<title>Why Rust: a history - part 2</title>", "", "Why Rust: a history - part 2"),
    ],
)
def test_text_after_a_pipe_is_no_headline(head: str, body: str, expected: str) -> None:
    assert meta_of(head, body).title == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # the social title leaves out the kicker that JSON-LD and the heading join to it
        (ld('{"@type":"NewsArticle",'
            '"headline":"Olympische Spiele: Deutschland schlägt Frankreich"}')
         + '<meta property="og:title" content="Deutschland schlägt Frankreich">',
         "<h1>Olympische Spiele: Deutschland schlägt Frankreich</h1>",
         "Deutschland schlägt Frankreich"),
        # quoted kickers, dashes, any script
        ('<title>"Coming soon": Mayor speaks on the new bridge - Examplery</title>'
         '<meta property="og:site_name" content="Examplery">',
         "<h1>Mayor speaks on the new bridge</h1>", "Mayor speaks on the new bridge"),
        ("<title>Олимпиада — Германия обыграла Францию</title>",
         "<h1>Германия обыграла Францию</h1>", "Германия обыграла Францию"),
        # JSON-LD's shortened alternative name is no evidence of a kicker
        (ld('{"@type":"NewsArticle","headline":"Election: Voters reject the plan",'
            '"alternativeHeadline":"Voters reject the plan"}'),
         "<h1>Election: Voters reject the plan</h1>", "Election: Voters reject the plan"),
        # a colon with nothing agreeing on the rest is part of the headline
        ('<meta property="og:title" content="Why Rust: a history">', "<h1>Why Rust: a history</h1>",
         "Why Rust: a history"),
    ],
)
def test_a_kicker_other_sources_leave_out_is_cut(head: str, body: str, expected: str) -> None:
    assert meta_of(head, body).title == expected


def test_bracketed_site_name_cut_from_title() -> None:
    head = ('<title>A chapter - Part 1 [Story Archive]</title>'
            '<meta property="og:site_name" content="Story Archive">')
    assert meta_of(head).title == "A chapter - Part 1"


def test_navigation_links_are_not_authors() -> None:
    body = '<h1>T</h1><a rel="author" href="/privacy">Privacy Policy</a>'
    assert meta_of(body=body).authors == []


_STORY = "<h1>A headline of the story</h1>"


@pytest.mark.parametrize(
    ("head", "body", "organizations"),
    [
        # a desk, typed as a person or not, and a team: as written
        (ld('{"@type":"NewsArticle","author":[{"@type":"Person","name":"Example24 Redaktion"}]}'),
         "", ["Example24 Redaktion"]),
        ('<meta name="author" content="The Example Team">', "", ["The Example Team"]),
        (ld('{"@type":"NewsArticle","author":{"@type":"NewsMediaOrganization",'
            '"name":"Redaktion example.de"}}'), "", ["Redaktion example.de"]),
        # a wire service as written (its canonical name is the `agency`)
        (ld('{"@type":"NewsArticle","author":{"@type":"Organization",'
            '"name":"Associated Press"}}'), "", ["Associated Press"]),
        # the site's own name declared as the author
        ('<meta property="og:site_name" content="Haberly">'
         + ld('{"@type":"NewsArticle","author":{"@type":"Person","name":"Haberly"}}'), "",
         ["Haberly"]),
        # a person the page names wins: no organisation then
        ('<meta name="author" content="The Example Team">', _STORY + "<p>By Jane Doe</p>", []),
        # template placeholders, addresses, program text and author links are none
        ('<meta name="author" content="page.head.author">', "", []),
        ('<meta name="author" content="https://example.com/team">', "", []),
        ('<meta name="author" content="{{ author }}">', "", []),
        ("", _STORY + '<a rel="author" href="/privacy">Privacy Policy</a>', []),
        # a social account's handle names an account, not a desk
        ('<meta name="author" content="@janedoe">', "", []),
    ],
)
def test_the_declared_desk_where_no_person_is_named(
    head: str, body: str, organizations: list[str]
) -> None:
    """The desk, team, agency or site a page declares as its author where it names no
    person goes to `author_organizations`, as written; `authors` stays people only."""
    meta = meta_of(head, body)
    assert meta.author_organizations == organizations
    assert not set(meta.authors) & set(organizations)


def test_the_declared_desk_reaches_the_article() -> None:
    html = ("<html><head>" + ld('{"@type":"NewsArticle","author":{"@type":"Organization",'
            '"name":"Example Desk"}}') + "</head><body><h1>T</h1><p>Body text.</p></body></html>")
    article = newsclean.extract(html)
    assert article.authors == []
    assert article.author_organizations == ["Example Desk"]
    assert '"author_organizations":["Example Desk"]' in article.model_dump_json()


@pytest.mark.parametrize(
    ("byline", "names", "agency"),
    [
        ("Sarah E. Needleman", ["Sarah E. Needleman"], None),
        ("Jeremy Y. Smith and Ann Poe", ["Jeremy Y. Smith", "Ann Poe"], None),
        ("JOHN DOE AND JANE ROE", ["John Doe", "Jane Roe"], None),
        ("Washington, Nov 20 (PTI)", [], "PTI"),
        ("Jill Disis, CNN Business", ["Jill Disis"], "CNN"),
        ("Reuters Staff", [], "Reuters"),
        ("Vortex", [], None),
        ("肖春芳", ["肖春芳"], None),
        # a capitalised phrase with a word in lower case is a topic, not a person
        ("Personal finance", [], None),
        ("using VS Code", [], None),
        ("Nick van Mead", ["Nick van Mead"], None),
        ("Ana de la Cruz", ["Ana de la Cruz"], None),
        ("jane doe", ["jane doe"], None),
        # a job title printed after the name, without a comma
        ("Meghan Neville Content Marketing Coordinator", ["Meghan Neville"], None),
        ("By Preetam Jinka Co-founder", ["Preetam Jinka"], None),
        ("Edith Head", ["Edith Head"], None),
        ("Marketing Director", [], None),
    ],
)
def test_parse_byline_names_and_places(byline: str, names: list[str], agency: str | None) -> None:
    result = parse_byline([byline])
    assert result.names == names
    assert result.agency == agency


@pytest.mark.parametrize(
    "page_class", ["single single-format-standard", "wp-embed-responsive", "operating-hours"]
)
def test_the_pages_own_classes_do_not_hide_the_author_box(page_class: str) -> None:
    """Class names of the page ("format", "responsive") are no form or comment section."""
    html = (f'<html><body class="{page_class}"><div class="{page_class}"><h1>T</h1>'
            f'<p>{"Body text. " * 40}</p><div class="author-name">Jane Doe</div></div>'
            '</body></html>')
    assert extract_metadata(load(html), now=NOW).authors == ["Jane Doe"]


def test_an_author_in_the_comments_is_not_the_authors() -> None:
    html = ('<html><body><h1>T</h1><p>' + "Body text. " * 40 + '</p><div class="comments">'
            '<span class="author-name">Jane Doe</span></div></body></html>')
    assert extract_metadata(load(html), now=NOW).authors == []


LONG = "<p>" + "Body text of the story. " * 20 + "</p>"


@pytest.mark.parametrize(
    ("box", "authors"),
    [
        ('<div><span>Written by</span> <a href="/a/jd">Jane Doe</a></div>', ["Jane Doe"]),
        ("<p>Author: Jane Doe</p>", ["Jane Doe"]),
        ("<p>Authors: Jane Doe, John Roe</p>", ["Jane Doe", "John Roe"]),
        ('<div>By: <a href="/a/jd">Jane Doe</a> and <a href="/a/jr">John Roe</a></div>',
         ["Jane Doe", "John Roe"]),
        ("<div><p>Article by</p><p>Jane Doe</p><p>Jane writes about cities.</p></div>",
         ["Jane Doe"]),
        ("<p>Geschrieben von Erika Mustermann</p>", ["Erika Mustermann"]),
        ("<p>By the way, Jane Doe liked it.</p>", []),  # a sentence, no label
        ('<div class="comments"><p>Written by John Roe</p></div>', []),  # someone else's
    ],
)
def test_a_line_that_names_the_author_anywhere(box: str, authors: list[str]) -> None:
    """An author box after the story, unmarked but for its words: "Written by"."""
    assert meta_of(body=f"<h1>T</h1>{LONG}{LONG}{box}").authors == authors


def test_site_name_beside_a_person_is_not_an_author() -> None:
    head = ('<meta property="og:site_name" content="Business Insider Deutschland">'
            '<meta name="author" content="Tanza Loudenback, Business Insider">')
    assert meta_of(head).authors == ["Tanza Loudenback"]


def test_machine_tags_are_dropped() -> None:
    head = '<meta name="keywords" content="@post-id:1913719, autoplay_video, Hong Kong, China">'
    assert meta_of(head).tags == ["Hong Kong", "China"]


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        ("A story - Entermedia", "http://www.entermedia.co.kr/news/1", "A story"),
        ("A story | Example", "https://news.example.com/a", "A story"),
        ("Example of a story", "https://example.com/a", "Example of a story"),
    ],
)
def test_title_site_from_host_label(title: str, url: str, expected: str) -> None:
    assert strip_site(title, url=url) == expected


def test_analysis_by_prefix() -> None:
    assert parse_byline(["Analysis by Chris Cillizza"]).names == ["Chris Cillizza"]


def test_article_keeps_a_date_only_value_as_a_date() -> None:
    html = ('<html><head><meta property="article:published_time" content="2025-04-08">'
            "</head><body><h1>T</h1><p>" + "Body text. " * 40 + "</p></body></html>")
    article = newsclean.extract(html)
    assert article.published == date(2025, 4, 8)
    assert not isinstance(article.published, datetime)
    assert '"published":"2025-04-08"' in article.model_dump_json()


def test_first_visible_byline_wins_over_a_related_story() -> None:
    body = ('<h1>T</h1><div class="byline">By Sarah Archer</div><div class="teaser">'
            '<span class="author">Mark Byrnes</span></div>')
    assert meta_of(body=body).authors == ["Sarah Archer"]


@pytest.mark.parametrize(
    ("raw", "site"),
    [
        ("LinkNaija | Nigeria's popular news platform", "LinkNaija"),
        ("Aktuálně.cz - Víte, co se právě děje", "Aktuálně.cz"),
        ("Autoracing | F1 | Indy | MotoGP", "Autoracing"),
        ("Example, Inc.", "Example, Inc."),
        ("Mac & i", "Mac & i"),
        ("Ars Technica", "Ars Technica"),
        ("Kotaku - Gaming", "Kotaku - Gaming"),
    ],
)
def test_site_name_cleaning(raw: str, site: str) -> None:
    assert meta_of(f'<meta property="og:site_name" content="{raw}">').site_name == site


def test_a_date_printed_well_before_the_markup_date_is_the_publication() -> None:
    head = ld('{"@type":"NewsArticle","datePublished":"2025-03-10T09:00:00Z"}')
    body = '<h1>T</h1><p class="date">Published January 5, 2024</p>'
    meta = meta_of(head, body)
    assert meta.published == date(2024, 1, 5)
    assert meta.sources["published"] == "visible"


def test_a_printed_date_a_day_off_is_the_same_moment_elsewhere() -> None:
    head = ld('{"@type":"NewsArticle","datePublished":"2025-03-10T02:00:00Z"}')
    body = '<h1>T</h1><p class="date">March 9, 2025</p>'
    assert meta_of(head, body).published == datetime(2025, 3, 10, 2, 0, tzinfo=UTC)


def test_a_utc_time_is_given_in_the_publishers_zone_where_the_markup_writes_it() -> None:
    head = (ld('{"@type":"NewsArticle","datePublished":"2025-02-24T01:18:13Z"}')
            + '<meta property="article:published_time" content="2025-02-23T17:18:13-08:00">')
    published = meta_of(head).published
    assert isinstance(published, datetime)  # (equal instants compare equal whatever the zone)
    assert (published.date(), published.utcoffset()) == (date(2025, 2, 23), timedelta(hours=-8))
    alone = meta_of(ld('{"@type":"NewsArticle","datePublished":"2025-02-24T01:18:13Z"}'))
    assert isinstance(alone.published, datetime)
    utc = alone.published
    assert (utc.date(), utc.utcoffset()) == (date(2025, 2, 24), timedelta(0))


@pytest.mark.parametrize(
    ("meta_tag", "published"),
    [
        # the markup's sources disagree: the one the page prints under its headline wins
        ('<meta property="article:published_time" content="2025-03-25T05:00:00-07:00">',
         datetime(2025, 3, 25, 5, tzinfo=timezone(timedelta(hours=-7)))),
        # a later printed date alone is an update shown as the page's date: the markup's stays
        ("", datetime(2024, 8, 29, 10, tzinfo=UTC)),
    ],
)
def test_a_later_printed_date_wins_where_another_markup_source_gives_it(
    meta_tag: str, published: datetime
) -> None:
    head = ld('{"@type":"NewsArticle","datePublished":"2024-08-29T10:00:00Z"}') + meta_tag
    body = '<h1>T</h1><p>By Jane Doe</p><p><span class="date">Mar 25, 2025 5:00 am</span></p>'
    assert meta_of(head, body).published == published


def _titled(title: str, body: str) -> Metadata:
    html = f"<html><head><title>{title}</title></head><body>{body}<p>x</p></body></html>"
    return extract_metadata(load(html), now=NOW, search_dates=False)


def test_dates_are_read_under_a_sure_headline_only() -> None:
    sidebar = ('<div class="side"><h1><a href="/r/science/">science</a></h1>'
               '<span class="age">a community for <time datetime="2006-10-18T13:54:26Z">'
               "19 years</time></span><h1>Rules</h1></div>")
    assert _titled("Hair follicles grown in the lab", sidebar).published is None
    # the page's only heading is its headline, though the metadata title says it otherwise
    only = '<h1>Top espresso machines under $500</h1><p><time datetime="2025-04-02">x</time></p>'
    assert _titled("The 5 best espresso machines", only).published == date(2025, 4, 2)


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ('<span>Last updated:</span> <time datetime="2025-04-03">April 3, 2025</time>',
         None, date(2025, 4, 3)),
        ('Updated <span class="date">April 3, 2025</span>', None, date(2025, 4, 3)),
        ('<span>Today</span> <span class="date">April 10, 2025</span>', None, None),
        ('<span>Jane Doe</span> <time datetime="2025-04-03">April 3, 2025</time>',
         date(2025, 4, 3), None),
    ],
)
def test_a_label_printed_before_the_date_says_what_it_is(
    line: str, published: date | None, modified: date | None
) -> None:
    meta = _dated(f"<h1>T</h1><p>{line}</p>")
    assert (meta.published, meta.modified) == (published, modified)


@pytest.mark.parametrize(
    ("title", "body", "site"),
    [
        ("Big news today – The Daily Planet", "<h1>Big news today</h1>", "The Daily Planet"),
        ("The Daily Planet | Big news today", "<h1>Big news today</h1>", "The Daily Planet"),
        # a remainder of many words is a second headline, not a name
        ("Big news today - and what the mayor said about it at the meeting tonight",
         "<h1>Big news today</h1>", None),
        ("Big news today", "<h1>Big news today</h1>", None),
    ],
)
def test_site_name_from_the_title_beside_the_headline(
    title: str, body: str, site: str | None
) -> None:
    meta = meta_of(f"<title>{title}</title>", body)
    assert meta.site_name == site
    if site:
        assert meta.title == "Big news today"


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("The Daily Planet | World | Big news today", "The Daily Planet"),
        ("Big news today - Page 2 | The Daily Planet", "The Daily Planet"),
    ],
)
def test_a_site_name_beside_a_section_is_the_one_the_page_names(title: str, site: str) -> None:
    """The `<title>` holds a section or a page number beside the site's name: the name is
    the segment the page gives its site elsewhere (its logo link, its copyright line)."""
    body = ('<header><a href="/">The Daily Planet</a></header><h1>Big news today</h1>'
            "<footer>© 2025 The Daily Planet Ltd.</footer>")
    meta = meta_of(f"<title>{title}</title>", body)
    assert meta.site_name == site and meta.title == "Big news today"


def test_a_metadata_title_that_the_title_holds_beside_the_headline_is_the_site() -> None:
    """An `og:title` naming the site, with no `og:site_name`: the `<title>` holds it, which
    looked like a confirmation, but beside the page's heading it is the site's part."""
    head = ('<meta property="og:title" content="The Daily Planet">'
            "<title>Big news today | The Daily Planet</title>")
    meta = meta_of(head, "<h1>Big news today</h1>")
    assert meta.title == "Big news today" and meta.site_name == "The Daily Planet"


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        # the site's name and a word more before the headline is the product, not the site
        ("Nintendo Switch – OLED Model - Nintendo", "Nintendo", "Nintendo Switch – OLED Model"),
        ("Stripe Payments | Global Payment Processing Platform", "Stripe",
         "Stripe Payments | Global Payment Processing Platform"),
        # the name itself before the headline is cut, and the name and a section after it
        ("Nintendo | Nintendo Switch – OLED Model", "Nintendo", "Nintendo Switch – OLED Model"),
        ("Big news today | Examplery Help Center", "Examplery", "Big news today"),
    ],
)
def test_only_the_sites_own_name_is_cut_before_a_headline(
    title: str, site: str, expected: str
) -> None:
    assert strip_site(title, site) == expected


def test_a_title_that_is_the_sites_name_yields_to_the_heading() -> None:
    head = ('<meta property="og:site_name" content="Examplery">'
            '<meta property="og:title" content="Examplery">')
    assert meta_of(head, "<h1>Big news today</h1>").title == "Big news today"


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # the page's own title cut short, its one heading printing the headline whole
        ("<title>Council votes</title>", "<h1>Council votes to repair the old bridge</h1>",
         "Council votes to repair the old bridge"),
        ("<title>国务院部署</title>", "<h1>国务院部署支持中小企业</h1>", "国务院部署支持中小企业"),
        # not a cut: a word goes on ("vote" / "votes"), or two headings
        ("<title>Council vote</title>", "<h1>Council votes</h1>", "Council vote"),
        ("<title>Council votes</title>",
         "<h1>Council votes to repair the bridge</h1><h1>Council votes again</h1>",
         "Council votes"),
        # a metadata title stands as given
        ('<meta property="og:title" content="Council votes"><title>Council votes</title>',
         "<h1>Council votes to repair the old bridge</h1>", "Council votes"),
    ],
)
def test_a_title_cut_short_is_completed_by_the_heading(
    head: str, body: str, expected: str
) -> None:
    assert meta_of(head, body).title == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # no heading: the <title> less the site's name
        ('<meta property="og:site_name" content="Examplery">'
         '<meta property="og:title" content="Examplery">'
         "<title>All wool socks | Examplery</title>", "", "All wool socks"),
        # a heading the page does not show is no fallback: a search dialog's, a screen
        # reader's
        ('<meta property="og:site_name" content="Examplery">'
         '<meta property="og:title" content="Examplery">'
         "<title>Trending repositories today · Examplery</title>",
         '<dialog><h1>Search code, issues, users</h1></dialog>'
         '<div role="dialog"><h1>Provide feedback</h1></div>'
         '<h1 class="sr-only">Skip to content</h1><h1 hidden>Saved searches</h1>',
         "Trending repositories today"),
        # a site's name that the page's heading says is the page's subject, not its site
        ('<meta property="og:site_name" content="Resource blocks">'
         '<meta property="og:title" content="Resource blocks">'
         "<title>Resource blocks | Terraform</title>", "<h1>Resource blocks</h1>",
         "Resource blocks"),
    ],
)
def test_a_title_that_is_the_sites_name_yields_to_the_page(
    head: str, body: str, expected: str
) -> None:
    assert meta_of(head, body).title == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Examplery Arrival T-Shirt - Black | Examplery", "Examplery Arrival T-Shirt - Black"),
        ("Samsung Galaxy S25 Ultra | Specs | Samsung", "Samsung Galaxy S25 Ultra | Specs"),
        # the site's name and a word or two more still name the site
        ("Price Guide & Hourly Rates | Examplery Blog", "Price Guide & Hourly Rates"),
        ("Electricians' costs - Examplery Cost Report", "Electricians' costs"),
        ("machine-learning · Examplery Topics · Examplery", "machine-learning"),
    ],
)
def test_a_segment_that_starts_with_the_sites_name_may_be_a_headline(
    title: str, expected: str
) -> None:
    site = "Samsung" if "Samsung" in title else "Examplery"
    assert strip_site(title, site) == expected


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Council approves budget : The Gazette", "The Gazette", "Council approves budget"),
        ("新しい規則を発表：朝日新聞デジタル", "朝日新聞デジタル", "新しい規則を発表"),
        # a colon is headline punctuation: only the site's exact name after it leaves
        ("Brexit: what next", "The Gazette", "Brexit: what next"),
        ("Budget: The Gazette's view", "The Gazette", "Budget: The Gazette's view"),
        # a brand before its colon is a home page's whole title, its tagline after it
        ("Examplery: The Collaborative Design Tool", "Examplery",
         "Examplery: The Collaborative Design Tool"),
    ],
)
def test_the_sites_name_after_a_colon_leaves_the_title(
    title: str, site: str, expected: str
) -> None:
    assert strip_site(title, site) == expected


def test_the_fewest_segments_a_heading_shows_are_the_headline() -> None:
    title = "<title>Tips from a first visit - Japan Forum - Examplery</title>"
    body = "<h1>Tips from a first visit - Japan Forum</h1><h1>Tips from a first visit</h1>"
    assert meta_of(title, body).title == "Tips from a first visit"


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # a listing's microdata names its first item; the <title> and heading agree
        ("<title>Software | Examplery News</title>",
         '<h1>Software</h1><ul><li><h2 itemprop="headline">Students explore aquaculture in'
         " Norway</h2></li></ul>",
         "Software"),
        # a social teaser neither confirms
        ('<meta property="og:title" content="Buying a laptop? Read this first">'
         "<title>Best laptops 2026: budget and gaming | Examplery</title>",
         "<h1>Best laptops 2026: budget and gaming</h1>", "Best laptops 2026: budget and gaming"),
        # the same headline written another way is the metadata's to give
        ('<meta property="og:title" content="How we designed the ATF - an async framework">'
         "<title>How we designed ATF: an async framework</title>",
         "<h1>How we designed ATF: an async framework</h1>",
         "How we designed the ATF - an async framework"),
    ],
)
def test_the_pages_own_title_and_heading_agreeing_beat_an_unconfirmed_one(
    head: str, body: str, expected: str
) -> None:
    assert meta_of(head, body).title == expected


COUNCIL = "<title>Council approves budget</title>"
COUNCIL_H1 = "<h1>Council approves budget</h1>"
TEASER = ld('{"@type":"NewsArticle","headline":"You will not believe this"}')


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # letters inside a word, a word of the headline, a stray value: none is the title
        ('<meta property="og:title" content="Pro">' + COUNCIL, "Council approves budget"),
        (ld('{"@type":"NewsArticle","headline":"Budget"}') + COUNCIL,
         "Council approves budget"),
        (ld('{"@type":"NewsArticle","name":"a"}') + COUNCIL, "Council approves budget"),
        (ld('{"@type":"NewsArticle","headline":["Other headline entirely","b"]}') + COUNCIL,
         "Council approves budget"),
        # a section the <title> holds beside the headline the heading shows
        ('<meta property="og:title" content="Politics">'
         "<title>Council approves budget | Politics | Daily News</title>",
         "Council approves budget"),
        # still confirmed (over a teaser first in the markup): a leading or trailing part of
        # the <title>, cut at a separator or a colon, or a run of most of its words
        (TEASER + '<meta property="og:title" content="Budget vote">'
         "<title>Budget vote | Politics | Daily News</title>", "Budget vote"),
        (TEASER + '<meta property="og:title" content="Seven secrets hotel owners keep">'
         "<title>The seven secrets hotel owners keep | Daily News</title>",
         "Seven secrets hotel owners keep"),
        (TEASER + '<meta property="og:title" content="SELECT">'
         "<title>PostgreSQL: Documentation: 18: SELECT</title>", "SELECT"),
        (TEASER + '<meta property="og:title" content="国务院部署支持中小企业">'
         "<title>国务院部署支持中小企业-新华网</title>", "国务院部署支持中小企业"),
    ],
)
def test_a_metadata_title_is_confirmed_by_whole_words_of_the_pages_own(
    head: str, expected: str
) -> None:
    """The page's `<title>` or heading confirms a metadata title where it holds it as whole
    words: a leading or trailing part cut at a separator, or at least half its words."""
    body = COUNCIL_H1 if "Council" in head else ""
    assert meta_of(head, body).title == expected


@pytest.mark.parametrize(
    "head",
    ["", "<svg><title>Logo</title></svg><title>Council approves budget | Daily News</title>"],
)
def test_an_inline_svgs_title_is_no_page_title(head: str) -> None:
    """Browsers title a page with its HTML `<title>` only, never an icon's SVG `<title>`."""
    body = ("<article><h1>Council approves budget</h1><p>The council voted.</p>"
            "<p>Share: <svg><title>Facebook</title></svg></p></article>")
    assert meta_of(head, body).title == "Council approves budget"
    assert newsclean.extract(f"<html><head>{head}</head><body>{body}</body></html>").title \
        == "Council approves budget"


def test_lead_image_from_the_first_figure_resolved_against_the_url() -> None:
    body = ('<figure><img src="data:image/gif;base64,R0lGOD"></figure>'
            '<figure><img data-src="/img/lead.jpg"></figure>')
    meta = meta_of("", body, url="https://example.com/news/a.html")
    assert meta.image == "https://example.com/img/lead.jpg"
    assert meta_of('<meta property="og:image" content="/og.jpg">', body,
                   url="https://example.com/a").image == "https://example.com/og.jpg"


@pytest.mark.parametrize(
    ("head", "lang", "expected"),
    [
        ("<title>Big news today in the city council</title>", ' lang="en-US"', "en-US"),
        # a Korean story under a site-wide English declaration
        ("<title>장동혁, 한동훈 제명했지만 부담 커졌다</title>", ' lang="en"', "ko"),
        # a second declaration in the right script wins
        ('<title>Президент подписал новый закон сегодня</title>'
         '<meta property="og:locale" content="ru_RU">', ' lang="en"', "ru-RU"),
        # Cyrillic without a fitting declaration: several languages write it
        ("<title>Президент подписал новый закон сегодня</title>", ' lang="de"', None),
        # too little text decides nothing
        ("<title>OK</title>", ' lang="ja"', "ja"),
    ],
)
def test_declared_language_checked_against_the_script(
    head: str, lang: str, expected: str | None
) -> None:
    assert meta_of(head, lang=lang).language == expected


GERMAN = (
    "<p>Der Stadtrat hat am Donnerstagabend nach einer langen Debatte den Haushalt für das "
    "kommende Jahr beschlossen. Die Opposition kritisierte, dass die Mittel für Schulen und "
    "Kindergärten nicht ausreichen, und kündigte an, das Thema im Frühjahr erneut auf die "
    "Tagesordnung zu setzen.</p>"
)
NORWEGIAN = (
    "<p>Bystyret vedtok torsdag kveld budsjettet for neste år etter en lang debatt. Opposisjonen "
    "mente at pengene til skoler og barnehager ikke strekker til, og varslet at saken kommer "
    "opp igjen til våren, når kommunen skal legge fram sin nye plan for hele byen.</p>"
)
LOREM = (
    "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
    "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
    "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.</p>"
)


@pytest.mark.parametrize(
    ("head", "body", "lang", "expected", "source"),
    [
        # an English theme's declaration over a German story: the text wins
        ("", GERMAN, ' lang="en-US"', "de", "text"),
        # ... a second declaration of the text's language wins with its region
        ('<meta property="og:locale" content="de_AT">', GERMAN, ' lang="en"', "de-AT", "meta"),
        # a page that declares nothing gets the language of its text
        ("", GERMAN, "", "de", "text"),
        # close languages an identifier confuses do not contradict the declaration
        ("", NORWEGIAN, ' lang="nb-NO"', "nb-NO", "markup"),
        # placeholder text names no language: the declaration stands
        ("", LOREM, ' lang="en"', "en", "markup"),
        # too little text to identify: the declaration stands
        ("", "<p>Der Stadtrat tagt.</p>", ' lang="en"', "en", "markup"),
    ],
)
def test_declared_language_checked_against_the_text(
    head: str, body: str, lang: str, expected: str, source: str
) -> None:
    pytest.importorskip("py3langid", reason="the langid extra is not installed")
    meta = meta_of(head, body, lang=lang)
    assert (meta.language, meta.sources["language"]) == (expected, source)


def test_without_the_langid_extra_the_declaration_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean.metadata import language

    monkeypatch.setattr(language, "_identifier", lambda: None)
    assert meta_of(body=GERMAN, lang=' lang="en-US"').language == "en-US"
    # undeclared, the text's stopwords name it (`stoplists.clear_language`)
    assert meta_of(body=GERMAN).language == "de"


def test_without_a_declaration_or_the_extra_only_a_clear_language_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Stopwords name a language only where they clearly do: a list of names, numbers and
    nouns matches several stoplists a little, and no language is the answer."""
    from newsclean.metadata import language
    from newsclean.stoplists import clear_language

    monkeypatch.setattr(language, "_identifier", lambda: None)
    assert clear_language(["Quantum chromodynamics: lattice gluon propagators"]) is None
    english = ("The council voted on Tuesday to approve the budget and it was the end of a "
               "debate that had lasted for more than a year, as the mayor said afterwards.")
    assert clear_language([english]) == "en"
    assert clear_language([english[:60]]) is None  # too few words to tell
    # the title's script: one only Malayalam writes; Chinese characters without kana
    malayalam = "<title>നഗരസഭ പുതിയ പാലം നിർമ്മിക്കാൻ തീരുമാനിച്ചു</title>"
    assert meta_of(head=malayalam).language == "ml"
    chinese = "<title>市议会周二批准了新的预算，增加对学校的支出</title>"
    assert meta_of(head=chinese).language == "zh"


# --- issue 18: dates and bylines the window used to miss --------------------------------


def _dated(body: str) -> Metadata:
    html = f"<html><head></head><body>{body}<p>x</p></body></html>"
    return extract_metadata(load(html), now=NOW, search_dates=False)


def test_a_date_written_the_iso_way_under_the_headline_is_read() -> None:
    assert _dated("<h1>T</h1><h5><span>2025-04-08</span></h5>").published == date(2025, 4, 8)


@pytest.mark.parametrize(
    "line",
    ["Иван Петров, 8 апреля 2025, 10:15", "2025年4月8日 10時15分", "2025年04月08日 来源：新华社",
     "입력 2025.04.08 10:15", "Jan Kowalski | 8 kwietnia 2025", "08 Nisan 2025 10:15",
     "प्रकाशित: 08 अप्रैल, 2025", "8 เมษายน 2568", "令和7年4月8日", "8 نيسان 2025"],
)
def test_a_date_line_in_any_language_under_the_headline_is_read(line: str) -> None:
    assert day_of(_dated(f"<h1>T</h1><div class=meta>{line}</div>").published) == date(2025, 4, 8)


@pytest.mark.parametrize(
    "line",
    ["Published April 3, 2025 Updated April 7, 2025",
     "Veröffentlicht am 3. April 2025, aktualisiert am 7. April 2025",
     "Опубликовано: 3 апреля 2025, 10:15 Обновлено: 7 апреля 2025, 12:30",
     "입력 2025.04.03 10:15 수정 2025.04.07 12:30",
     "发布时间：2025-04-03 10:15 更新时间：2025-04-07 12:30"],
)
def test_a_line_of_publication_and_update_gives_both(line: str) -> None:
    meta = _dated(f"<h1>T</h1><div class=info>{line}</div>")
    assert meta.published is not None and day_of(meta.published) == date(2025, 4, 3)
    assert meta.modified is not None and day_of(meta.modified) == date(2025, 4, 7)


def test_the_date_before_an_updated_label_is_the_publication() -> None:
    meta = _dated('<h1>T</h1><p class="date">April 3, 2025. <i>Updated: April 7, 2025</i></p>')
    assert meta.published == date(2025, 4, 3)
    assert meta.modified == date(2025, 4, 7)


ARTICLE_LONG = "<p>" + "Body text of the story. " * 20 + "</p>"


@pytest.mark.parametrize(
    ("body", "authors"),
    [
        # the article's own footer holds its byline
        (f"<article><h1>T</h1>{ARTICLE_LONG}<footer><p>Posted by <a href='/author/jane-doe'>"
         "Jane Doe</a> on April 8, 2025</p></footer></article>", ["Jane Doe"]),
        # the page's footer does not
        (f"<article><h1>T</h1>{ARTICLE_LONG}</article><footer><p>Posted by "
         "<a href='/author/jane-doe'>Jane Doe</a></p></footer>", []),
        # nor does a teaser card's (an <article> without the page's <h1>)
        (f"<h1>T</h1>{ARTICLE_LONG}<article><h2>Other</h2><footer><p>Posted by "
         "<a href='/author/jane-doe'>Jane Doe</a></p></footer></article>", []),
    ],
)
def test_an_articles_own_footer_is_read_for_its_byline(body: str, authors: list[str]) -> None:
    assert meta_of(body=body).authors == authors


def test_a_teaser_cards_footer_gives_no_date() -> None:
    body = ("<h1>Economy</h1><article><h2>Other story</h2>"
            "<footer><div class='date'>Published On 6 Apr 2025</div></footer></article>")
    assert _dated(body).published is None


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Posted by Jane Doe at April 16, 2025 11:15 AM", ["Jane Doe"]),
        ("by Jane Doe on Jan 22, 2025", ["Jane Doe"]),
        ("von Erika Mustermann am 3. Mai 2025", ["Erika Mustermann"]),
        ("Jane Doe ● April 1, 2025 ● 6 min read", ["Jane Doe"]),
        # a label phrase inside a sentence names the person after it
        ("This post was written by Jane Doe", ["Jane Doe"]),
        ("Full Bio", []),
        # a job title of two words or more after a name that looks whole
        ("Matt Check Head Winemaker", ["Matt Check"]),
        ("Jane Doe Lead", ["Jane Doe Lead"]),  # one last word may be the surname
    ],
)
def test_bylines_with_dates_bullets_and_labels(byline: str, names: list[str]) -> None:
    assert parse_byline([byline]).names == names


def test_a_weekday_is_no_declared_name() -> None:
    assert parse_byline(["Sat, 20 Dec, 2025 - 06:36"], declared=True).names == []
    assert parse_byline(["Satya"], declared=True).names == ["Satya"]


@pytest.mark.parametrize(
    ("body", "authors"),
    [
        # the site's name in the author tag yields to the person the byline prints
        ("<h1>T</h1><p>by Jane Doe ● April 1, 2025 ● 6 min read</p>", ["Jane Doe"]),
        # with no person anywhere, the site's name (a personal site's) is kept
        ("<h1>T</h1>", ["Green Fields"]),
    ],
)
def test_the_sites_name_as_author_yields_to_a_person(body: str, authors: list[str]) -> None:
    head = ('<meta property="og:site_name" content="Green Fields">'
            '<meta name="author" content="Green Fields">')
    assert meta_of(head, body).authors == authors


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # a lone word beside a piece turned away is a leftover, not a first name
        ("hessenschau.de, Frankfurt, Germany", []),
        ("Reviewed by Jane Doe, Trial Attorney at Morgan & Morgan", []),
        ("Linny and Al", ["Linny", "Al"]),
        ("jdoe", ["jdoe"]),
        # "news" and "published" in other languages are no names
        ("Nachrichten", []),
        ("Veröffentlicht am 27.04.24 um 07:39 Uhr", []),
        # a label and its value are no name; the credit for the words names the writer
        ("Categories: Uncategorized", []),
        ("Text: Jane Doe", ["Jane Doe"]),
        ("Текст: Венера Ерофеева", ["Венера Ерофеева"]),
    ],
)
def test_declared_bylines_keep_only_names(byline: str, names: list[str]) -> None:
    assert parse_byline([byline], declared=True).names == names


@pytest.mark.parametrize(
    ("body", "authors"),
    [
        # the markup's name is printed nowhere: the byline under the headline names the writer
        ("<h1>T</h1><div class='row'><p>By: Paul Roe</p><p>Share</p></div>" + LONG,
         ["Paul Roe"]),
        # the markup's name is printed (an author box): it stays
        ("<h1>T</h1><p>By Paul Roe</p>" + LONG + "<div><p>About Luke Doe</p></div>",
         ["Luke Doe"]),
    ],
)
def test_an_unprinted_markup_author_yields_to_the_printed_byline(
    body: str, authors: list[str]
) -> None:
    assert meta_of('<meta name="author" content="Luke Doe">', body).authors == authors


def test_the_by_line_is_the_child_not_its_row() -> None:
    body = "<h1>T</h1><div class='row'><p>By Jane Doe</p><p>Share</p></div>" + LONG
    assert meta_of("", body).authors == ["Jane Doe"]


def test_a_bylines_person_link_beats_its_place_link() -> None:
    # a reply's user block near the headline: its place is no name, and the line's whole
    # text ("Roe Member Location ...") is read for an agency only; the thread starter is
    # the user named first
    body = (
        "<h1>Thread title</h1><p>Thread starter "
        "<a class='username' href='/members/jdoe.12/'>jdoe</a></p>"
        "<article itemscope itemtype='https://schema.org/Comment'><section itemprop='author'>"
        "<a href='/members/roe.13/'>R</a> <a href='/members/roe.13/'>Roe</a> Member "
        "<a href='/misc/location-info?l=x'>Hudson Valley, NY</a></section>"
        "<div>A reply.</div></article>" + LONG
    )
    assert meta_of("", body).authors == ["jdoe"]


def test_a_lone_letter_beside_a_declared_word_turns_nothing_away() -> None:
    assert parse_byline(["Mac & i"], declared=True).names == ["Mac"]


@pytest.mark.parametrize("text", [
    "Big news today in the city council", "OK 2024", "12 letters!!", "abcdefghijk 1",
    "abcdefghijkl", "", "Ünïcödé naïve café", "Президент подписал закон",
])
def test_script_of_ascii_text_is_latin_by_its_letters(text: str) -> None:
    """ASCII text's script is counted in C (every ASCII letter is Latin), as the reading of
    each letter's Unicode name would give it."""
    import unicodedata
    from collections import Counter

    from newsclean.metadata.language import MIN_LETTERS, script_of

    scripts = Counter(unicodedata.name(c).split(" ", 1)[0] for c in text if c.isalpha())
    letters = sum(scripts.values())
    top = scripts.most_common(1)[0][0] if scripts else None
    expected = top if letters >= MIN_LETTERS and scripts[top] / letters >= 0.5 else None
    assert script_of(text) == expected


# --- the headline by what kind of page shows it -------------------------------------------

_PRODUCT_PAGE = (
    "<html><head>"
    '<meta property="og:title" content="Trail Runner 2 Lightweight Running Shoes for Men">'
    "<title>Trail Runner 2 Lightweight Running Shoes for Men | Examplery Outdoor</title>"
    + ld('{"@context": "https://schema.org", "@type": "Product", "name": "Trail Runner 2",'
         ' "offers": {"@type": "Offer", "price": "129.00", "priceCurrency": "USD"}}')
    + "</head><body><h1>Men's Trail Runner 2</h1><p class=price>$129.00</p>"
    "<button class=add-to-cart>Add to cart</button>"
    "<p>A light shoe for long days on rough trails, with a grippy sole and a roomy toe box"
    " that keeps its shape mile after mile.</p></body></html>"
)


def test_a_product_pages_metadata_title_beats_its_heading() -> None:
    """Measured on wcxb-dev: where a non-article page's one `<h1>` says something else than
    its metadata title, the truth is the metadata title more often than the heading, at
    every page-type confidence (docs/article.md): the page's kind does not make the
    heading win."""
    article = newsclean.extract(_PRODUCT_PAGE)
    assert article.title == "Trail Runner 2 Lightweight Running Shoes for Men"


def test_a_news_articles_metadata_title_beats_its_heading() -> None:
    head = ('<meta property="og:title" content="Council approves budget after late-night vote">'
            + ld('{"@type": "NewsArticle", "headline": "Council approves budget after'
                 ' late-night vote", "datePublished": "2025-04-17"}'))
    body = "<h1>City council passes the budget in a late-night session</h1>"
    assert meta_of(head, body).title == "Council approves budget after late-night vote"


@pytest.mark.parametrize(
    ("kind", "heading", "expected"),
    [
        # a blog post: its <h1> is the title its author gave it
        ("BlogPosting", "Top 10: Best Language Learning Apps (tested by experts)",
         "Top 10: Best Language Learning Apps (tested by experts)"),
        # ... but a heading that shares no words with the title names something else
        ("BlogPosting", "The Examplery Journal",
         "Best Apps to Learn a Language in 2025 – Top 10 Picks"),
        # any other kind of article keeps its metadata title
        ("Article", "Top 10: Best Language Learning Apps (tested by experts)",
         "Best Apps to Learn a Language in 2025 – Top 10 Picks"),
    ],
)
def test_a_blog_posts_heading_beats_its_search_engine_title(
    kind: str, heading: str, expected: str
) -> None:
    title = "Best Apps to Learn a Language in 2025 – Top 10 Picks"
    head = (f'<meta property="og:title" content="{title}"><title>{title} - Examplery</title>'
            + ld(f'{{"@type": "{kind}", "headline": "{title}"}}'))
    assert meta_of(head, f"<h1>{heading}</h1>").title == expected


@pytest.mark.parametrize(
    ("jsonld", "itemtype", "expected"),
    [
        ("", "BlogPosting", "Your Guide to Budget Home Gym Gear"),
        # a JSON-LD web page says nothing of the kind of article: the microdata does
        ('{"@type": "WebPage", "name": "Home gym"}', "BlogPosting",
         "Your Guide to Budget Home Gym Gear"),
        ("", "NewsArticle", "7 Smart Picks of Home Gym Gear on a Budget"),
        # the JSON-LD article object decides before the microdata
        ('{"@type": "NewsArticle", "headline": "7 Smart Picks of Home Gym Gear on a Budget"}',
         "BlogPosting", "7 Smart Picks of Home Gym Gear on a Budget"),
    ],
)
def test_a_blog_post_in_microdata_is_a_blog_post(jsonld: str, itemtype: str, expected: str) -> None:
    head = ('<meta property="og:title" content="7 Smart Picks of Home Gym Gear on a Budget">'
            + (ld(jsonld) if jsonld else ""))
    body = (f'<div itemscope itemtype="https://schema.org/Organization"></div>'
            f'<article itemscope itemtype="https://schema.org/{itemtype}">'
            "<h1>Your Guide to Budget Home Gym Gear</h1></article>")
    assert meta_of(head, body).title == expected


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # a part of the name in brackets is kept as printed: a maiden name, a nickname
        ("Paramita (Guha) Ghosh", ["Paramita (Guha) Ghosh"]),
        ("By Richard (R.J.) Eskow", ["Richard (R.J.) Eskow"]),
        # a role or a handle in brackets is still no part of a name
        ("Jane Doe (Editor)", ["Jane Doe"]),
        ("Lance Ryan (Content Manager)", ["Lance Ryan"]),
        ("Jeffrey Callahan (Data Analyst)", ["Jeffrey Callahan"]),
        ("Mycle Doe (Editor-in-Chief)", ["Mycle Doe"]),
        ("Jane Doe [Staff Writer]", ["Jane Doe"]),
        # a quoted phrase is no name ('clicking "Submit"')
        ('clicking "Submit"', []),
    ],
)
def test_a_bracketed_part_of_a_name_is_kept_as_printed(byline: str, names: list[str]) -> None:
    assert parse_byline([byline]).names == names



@pytest.mark.parametrize(
    "author",
    ["Greenfield Travel Editor", "Greenfield Last"],
)
def test_a_name_that_begins_with_the_sites_name_is_no_person(author: str) -> None:
    """"Greenfield Travel Editor": the site's desk, not a person named "Greenfield Travel"."""
    head = ('<meta property="og:site_name" content="Greenfield">'
            f'<meta name="author" content="{author}">')
    assert meta_of(head).authors == []
    beside = ('<meta property="og:site_name" content="Greenfield">'
              f'<meta name="author" content="Jane Doe, {author}">')
    assert meta_of(beside).authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("id", "Oleh Budi Santoso", "Budi Santoso"),
        ("ar", "بقلم أحمد علي", "أحمد علي"),
        ("sv", "Av Anna Svensson", "Anna Svensson"),
        # a label word with its colon, ASCII or full-width, or a Chinese label without one
        ("ru", "Автор: Иван Петров", "Иван Петров"),
        ("tr", "Yazar: Ahmet Yılmaz", "Ahmet Yılmaz"),
        ("zh", "作者：王伟", "王伟"),
        ("zh", "记者 王伟", "王伟"),
        # a name with a job title after it, as Japanese and Korean print a byline
        ("ja", "山田太郎記者", "山田太郎"),
        ("ko", "김민수 기자", "김민수"),
        # Hindi, Bengali, Persian, Vietnamese, Indonesian labels; Thai's by-word
        ("hi", "लेखक: राहुल शर्मा", "राहुल शर्मा"),
        ("bn", "লেখক: রাহুল দাস", "রাহুল দাস"),
        ("fa", "نویسنده: علی رضایی", "علی رضایی"),
        ("vi", "Tác giả: Nguyễn Văn An", "Nguyễn Văn An"),
        ("id", "Penulis: Budi Santoso", "Budi Santoso"),
        ("th", "โดย สมชาย ใจดี", "สมชาย ใจดี"),
        # Greek's "of": the name in the genitive, as printed
        ("el", "Του Γιώργου Παπαδόπουλου", "Γιώργου Παπαδόπουλου"),
        ("el", "Της Μαρίας Νικολάου", "Μαρίας Νικολάου"),
        # the credit for the words, beside the photographs'
        ("fi", "Teksti: Matti Virtanen", "Matti Virtanen"),
        # the reporter, not the editor
        ("id", "Reporter: Budi Santoso | Editor: Siti Aminah", "Budi Santoso"),
        # a Taiwanese byline: the reporter, then where they filed from
        ("zh", "記者王小明／台北報導", "王小明"),
        # Serbian, Lithuanian, Latvian, Slovene, Arabic ("wrote:") and Thai label words
        ("sr", "Аутор: Марко Марковић", "Марко Марковић"),
        ("lt", "Autorius: Jonas Jonaitis", "Jonas Jonaitis"),
        ("lv", "Autors: Jānis Bērziņš", "Jānis Bērziņš"),
        ("sl", "Avtor: Janez Novak", "Janez Novak"),
        ("ar", "كتب: أحمد علي", "أحمد علي"),
        ("th", "ผู้เขียน: สมชาย ใจดี", "สมชาย ใจดี"),
        # the languages of India, whose label may end with a vowel killer (no word char)
        ("ta", "எழுதியவர்: ராம் குமார்", "ராம் குமார்"),
        ("ml", "എഴുതിയത്: രാം കുമാർ", "രാം കുമാർ"),
        ("te", "రచయిత: రామ్ కుమార్", "రామ్ కుమార్"),
        ("gu", "લેખક: રામ કુમાર", "રામ કુમાર"),
    ],
)
def test_printed_byline_is_read_by_its_word_in_any_language(
    lang: str, line: str, name: str
) -> None:
    # No class names it a byline: the line under the headline that starts with the
    # language's by-word is the byline, and the word is not part of the name.
    prose = "".join(f"<p>{'Lorem ipsum dolor sit amet consectetur. ' * 6}{i}</p>" for i in range(6))
    page = (f"<html lang={lang}><head><title>T</title></head><body><article>"
            f"<h1>A headline of the story</h1><p>{line}</p>{prose}</article></body></html>")
    assert newsclean.extract(page).authors == [name]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("来源：新华社 记者：王伟", "王伟"),  # a source, then the reporter's label
        ("新华社记者 王伟", "王伟"),
        ("[서울신문] 김민수 기자 kim@seoul.example", "김민수"),  # the outlet in brackets first
        ("Автор: Иван Петров", "Иван Петров"),
        ("எழுதியவர்: ராம் குமார்", "ராம் குமார்"),
    ],
)
def test_a_byline_element_gives_the_name_without_its_labels(line: str, name: str) -> None:
    assert meta_of(body=f'<h1>T</h1><div class="byline">{line}</div>{LONG}').authors == [name]


def test_the_byline_and_date_sit_by_the_h2_that_prints_the_title_under_a_promo_h1() -> None:
    # The page's <h1> is a promotion; the story's headline is an <h2> printing the title.
    head = "<title>Lighthouses of the northern coast</title>"
    body = ('<h1>Subscribe today and save</h1><p>By Ines Duarte</p>'
            '<p class="date">March 3, 2021</p><ul>' + '<li>Section</li>' * 10 + '</ul>'
            '<div><h2>Lighthouses of the northern coast</h2>'
            '<p class="byline">By Tomas Lind</p><p class="date">May 9, 2024</p></div>')
    meta = meta_of(head, body)
    assert meta.authors == ["Tomas Lind"]
    assert meta.published == date(2024, 5, 9)


def test_a_short_section_h2_inside_the_title_is_not_the_headline() -> None:
    # "Coast" is in the title but prints too little of it to be the headline.
    head = "<title>Lighthouses of the northern coast</title>"
    body = ('<h1>Subscribe today and save</h1><p class="byline">By Ines Duarte</p>'
            '<h2>Coast</h2><p class="byline">By Tomas Lind</p>')
    assert meta_of(head, body).authors == ["Ines Duarte"]


def test_a_heading_that_holds_much_more_than_the_title_is_not_its_headline() -> None:
    from lxml.html import fromstring

    from newsclean.metadata.visible import prints

    title = "Lighthouses of the northern coast"
    assert prints(fromstring(f"<h2>Travel: {title}</h2>"), title)
    assert prints(fromstring("<h2>Lighthouses of the northern</h2>"), title)
    assert not prints(fromstring("<h2>Coast</h2>"), title)
    story = " ".join(["The keepers left the last tower in 1987."] * 3)
    assert not prints(fromstring(f"<h2>{title} <p>By Tomas Lind</p><p>{story}</p></h2>"), title)


def test_a_comments_date_near_the_headline_is_not_the_storys() -> None:
    """A short page: the window under the headline runs past the story's few short lines
    into the readers' comments and a shop's reviews; their dates are someone else's."""
    body = ('<h1>Easy bread</h1><p class="byline">By Anna Baker</p><p>Short intro.</p>'
            '<ul><li>500 g flour</li><li>350 ml water</li></ul>'
            '<div class="comment"><b>Joe</b> <time>May 3, 2024</time><p>Nice.</p></div>'
            '<div class="review-meta">Written by Faith on Jul 5th 2022</div>')
    assert meta_of(body=body).published is None
    dated = body.replace("<p>Short intro.</p>", "<p>Short intro.</p><p>May 2, 2024</p>")
    assert meta_of(body=dated).published == date(2024, 5, 2)


def test_solar_hijri_dates_need_the_calendars_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without jdatetime installed a Solar Hijri date is not read (None, no error)."""
    import builtins

    real_import = builtins.__import__

    def no_jdatetime(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "jdatetime":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_jdatetime)
    assert parse_date("۱۸ فروردین ۱۴۰۴", NOW) is None
    assert parse_date("8 April 2025", NOW) == date(2025, 4, 8)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # the copyright notice names the site: in any script
        ("정부 내년 예산안 확정 - 연합뉴스",
         "<h2>정부</h2><footer><p>Copyright © 연합뉴스. 무단 전재 금지</p></footer>",
         "정부 내년 예산안 확정"),
        # the logo's link to the home page names it
        ("Best yoga mats for your home - Gorilla Mats",
         '<header><a href="/">Gorilla Mats</a></header>', "Best yoga mats for your home"),
        # a link to another site's home page names that site, not this one
        ("Best yoga mats for your home - Gorilla Mats",
         '<a href="https://social.example.org/">Gorilla Mats</a>',
         "Best yoga mats for your home - Gorilla Mats"),
        # a segment as long as the rest, where the page names both, tells no site name:
        # the page's headline stays whole
        ("Acme - Privacy Policy",
         "<footer><p>© 2025 Acme · Privacy Policy</p></footer>", "Acme - Privacy Policy"),
        # ... where the page names only the last, it is the site's, however short the rest
        ("FAQ | Acme", '<header><a href="/">Acme</a></header>', "FAQ"),
        ("FAQ | Acme", '<footer><p>© 2025 Acme. All rights reserved.</p></footer>', "FAQ"),
        # a first segment is as often a brand before its tagline: it stays
        ("Alma — Simplifying access to therapy",
         '<a href="/">Alma</a>', "Alma — Simplifying access to therapy"),
        # nothing on the page names the site: the title stays
        ("Best yoga mats for your home - Gorilla Mats", "<p>Mats.</p>",
         "Best yoga mats for your home - Gorilla Mats"),
    ],
)
def test_title_site_named_by_the_page(title: str, body: str, expected: str) -> None:
    """Without a site name in the metadata, the page's own words for its site (its home
    link, its copyright notice) tell the site's name in the `<title>` from the headline."""
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    meta = extract_metadata(load(html, url="https://news.example.com/a/1"), now=NOW)
    assert meta.title == expected


@pytest.mark.parametrize(
    ("title", "body", "site"),
    [
        # the headline is another source's ("og:title"), so the title's remainder is unknown:
        # its last part, named by the page's home link, is the site's name
        ("Surface Laptop 13.8-inch with 16GB memory | Best Buy",
         '<header><a href="/">Best Buy</a></header>', "Best Buy"),
        # ... or by its copyright notice
        ("Surface Laptop 13.8-inch with 16GB memory | Best Buy",
         "<footer><p>© 2025 Best Buy. All rights reserved.</p></footer>", "Best Buy"),
        # nothing on the page names it: no site name is made up
        ("Surface Laptop 13.8-inch with 16GB memory | Best Buy", "<p>Laptops.</p>", None),
    ],
)
def test_site_name_from_a_title_part_the_page_names(
    title: str, body: str, site: str | None
) -> None:
    head = (f"<title>{title}</title>"
            '<meta property="og:title" content="Microsoft Surface Laptop, a review">')
    meta = extract_metadata(load(f"<html><head>{head}</head><body>{body}</body></html>",
                                 url="https://shop.example.com/p/1"), now=NOW)
    assert meta.title == "Microsoft Surface Laptop, a review"
    assert meta.site_name == site


@pytest.mark.parametrize(("text", "day"), [
    ("5 NİSAN 2024", date(2024, 4, 5)),  # lowers to "ni̇san": a combining dot above the i
    ("12 EKİM 2023", date(2023, 10, 12)),
    ("1 HAZİRAN 2022", date(2022, 6, 1)),
])
def test_a_turkish_month_in_capitals_is_read(text: str, day: date) -> None:
    """A month's name matched case-insensitively whose lower case is not the listed one
    (Turkish capital İ) is read, and never raises."""
    assert day_of(parse_date(text)) == day


def test_a_page_dated_with_a_turkish_month_in_capitals_is_extracted() -> None:
    prose = "Hükümet yeni bir plan açıkladı ve bakanlar planın ayrıntılarını anlattı. " * 4
    page = (f"<html lang='tr'><body><article><h1>Hükümet yeni plan açıkladı</h1>"
            f"<time>5 NİSAN 2024</time><p>{prose}</p><p>{prose}</p></article></body></html>")
    article = newsclean.extract(page)
    assert day_of(article.published) == date(2024, 4, 5) and "Hükümet" in article.text


@pytest.mark.parametrize("text", [
    "Posted April 08, 2025 at 3:46 PM", "Dec 5 2024", "Sept. 3rd, 2025", "March\u00a04,\t2024",
    "3. März 2024", "© 2024 Example", "Mar 2024", "Updated: 12 December 2024", "2026 Jan 7",
    "April 2025 issue 4", "Sat, 20 Dec 2025 10:00", "in May, 12 of 2024", "июня 5, 2024",
    "Tue Jul 15 09:12:44 EDT 2008", "Tue Jul 15\u00a0 9:12 2008", "Jul 15 09:12 2008",
    "Jul 15, 09:12 2008", "Jul 1509:12 2008", "JUL 15 9:1 2008", "on 4 Jul 15 09:12",
])
def test_the_guards_of_the_slow_forms_change_no_answer(text: str) -> None:
    """The month-first and the ctime forms are skipped where the part every match of them
    holds is missing (`dates._NEEDED`): the answers are those of searching every form."""
    from newsclean.metadata import dates

    found = next((m for p in dates._WRITTEN if (m := p.search(text))), None)
    assert dates.has_written_date(text) == (
        dates._YEAR.search(text) is not None and found is not None
    )
    unguarded = [p.search(text) for p in dates._TEXTUAL]
    guarded = [dates._search(p, text) for p in dates._TEXTUAL]
    assert [m and m.span() for m in guarded] == [m and m.span() for m in unguarded]
