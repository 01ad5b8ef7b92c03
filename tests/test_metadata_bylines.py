"""Authors and dates a reader expects from bylines and date lines (issue 18's probe): a
writer filed from a place, a photographer credited beside the writer, comments' and related
stories' writers after a story without a byline, the site banner's date above the headline,
an update printed before the publication on one line."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from newsclean.document import load
from newsclean.metadata import Metadata, extract_metadata
from newsclean.metadata.authors import parse_byline
from newsclean.metadata.dates import day_of

NOW = datetime(2025, 4, 18, 12, 0, tzinfo=UTC)
SHORT = "".join(f"<p>Short paragraph {i} of the story.</p>" for i in range(8))
"""A story of short paragraphs: none ends the window read under the headline."""


def page(byline: str = "", top: str = "", after: str = "", lang: str = "en") -> Metadata:
    html = (
        f'<html lang="{lang}"><head><title>Council approves new bridge | Daily Gazette</title>'
        '<meta property="og:site_name" content="Daily Gazette"></head><body>'
        f'<header><a href="/">Daily Gazette</a>{top}<nav><a href="/a">News</a></nav></header>'
        f"<main><article><h1>Council approves new bridge</h1>{byline}{SHORT}</article>"
        f"{after}</main><footer>Daily Gazette</footer></body></html>"
    )
    return extract_metadata(load(html), now=NOW)


@pytest.mark.parametrize(("byline", "names"), [
    ("By Jane Doe in London", ["Jane Doe"]),
    ("By Jane Doe in New York and John Roe in London", ["Jane Doe", "John Roe"]),
    ("By Jane Doe in Washington, D.C.", ["Jane Doe"]),
    ("Von Anna Müller aus Berlin", ["Anna Müller"]),
    ("Par Marie Dupont à Paris", ["Marie Dupont"]),
    ("Por Ana García desde Madrid", ["Ana García"]),
    ("Jane Doe reporting from Kyiv", ["Jane Doe"]),
    ("Jane Doe in Rio de Janeiro", ["Jane Doe"]),
    # no place after the word, or no name before it: nothing to cut
    ("Jane Doe in the city", []),
    ("Life in London", []),
])
def test_the_place_a_writer_filed_from_is_no_part_of_the_name(
    byline: str, names: list[str]
) -> None:
    assert parse_byline([byline]).names == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Story by Jane Doe; photos by John Roe", ["Jane Doe"]),
    ("Words by Jane Doe, pictures by John Roe", ["Jane Doe"]),
    ("By Jane Doe | Video by John Roe", ["Jane Doe"]),
    ("By Jane Doe, edited by Mary Major", ["Jane Doe"]),
    ("Von Anna Müller, Fotos von Peter Schmidt", ["Anna Müller"]),
    # after a full stop, or with a colon
    ("By Jane Doe. Photography by John Roe", ["Jane Doe"]),
    ("By Jane Doe. Photos: John Roe", ["Jane Doe"]),
    ("Text: Anna Müller. Fotos: Peter Schmidt", ["Anna Müller"]),
    ("By Jane Doe; Video: John Roe", ["Jane Doe"]),
    # a full stop inside a name parts nothing
    ("By J. R. R. Tolkien", ["J. R. R. Tolkien"]),
    ("By Sarah E. Needleman", ["Sarah E. Needleman"]),
    # alone, the credit names the only person the byline has
    ("Photos by John Roe", ["John Roe"]),
    ("Text and photos by Jane Doe", ["Jane Doe"]),
])
def test_a_credit_for_the_pictures_beside_the_writer_names_no_author(
    byline: str, names: list[str]
) -> None:
    assert parse_byline([byline]).names == names


def test_a_byline_in_the_page_is_read_with_its_place() -> None:
    assert page('<p class="byline">By Jane Doe in London</p>').authors == ["Jane Doe"]


RELATED = (
    '<section class="related"><h2>Related stories</h2><article><h3><a href="/x">Other '
    'story</a></h3><p class="byline">By Bob Other</p><time datetime="2023-01-01">1 January '
    "2023</time></article></section>"
)
COMMENTS = (
    '<section id="comments"><h2>Comments</h2><div class="comment"><span class="comment-author">'
    'Carl Commenter</span> <time datetime="2024-06-01T10:00">1 June 2024</time><p>Great piece!'
    "</p></div></section>"
)
COMMENT_BYLINE = (
    '<section class="comments"><div class="comment"><p class="byline">By Carl Commenter</p>'
    "<p>Great piece!</p></div></section>"
)
RELATED_AUTHOR = (
    '<div class="related-posts"><h3>You may also like</h3><div><a href="/y">Other</a>'
    '<span class="author">Bob Other</span></div></div>'
)


@pytest.mark.parametrize("after", [RELATED, COMMENTS, COMMENT_BYLINE, RELATED_AUTHOR])
def test_comments_and_related_stories_after_a_story_name_none_of_its_authors(after: str) -> None:
    assert page(after=after).authors == []
    assert page('<p class="byline">By Jane Doe</p>', after=after).authors == ["Jane Doe"]


def test_a_byline_inside_a_region_around_the_headline_is_kept() -> None:
    html = (
        "<html><body><div class='single-review'><h1>Council approves new bridge</h1>"
        f"<p class='byline'>By Jane Doe</p>{SHORT}</div></body></html>"
    )
    assert extract_metadata(load(html), now=NOW).authors == ["Jane Doe"]


def test_the_banners_date_above_the_headline_is_not_the_storys() -> None:
    ticker = '<div class="ticker">2 December 2024 — Markets up</div>'
    meta = page('<p class="date">5 May 2024</p>', top=ticker)
    assert meta.published is not None and day_of(meta.published) == date(2024, 5, 5)


def test_an_articles_own_header_gives_its_date() -> None:
    html = (
        "<html><body><header><a href='/'>Daily Gazette</a></header><main><article><header>"
        "<p class='date'>5 May 2024</p><h1>Council approves new bridge</h1></header>"
        f"{SHORT}</article></main></body></html>"
    )
    meta = extract_metadata(load(html), now=NOW)
    assert meta.published is not None and day_of(meta.published) == date(2024, 5, 5)


@pytest.mark.parametrize(("line", "lang"), [
    ("Updated 7 May 2024 | Published 5 May 2024", "en"),
    ("Updated: May 7, 2024 · Posted: May 5, 2024", "en"),
    ("Aktualisiert am 7. Mai 2024, veröffentlicht am 5. Mai 2024", "de"),
    ("Mis à jour le 7 mai 2024 | Publié le 5 mai 2024", "fr"),
    ("Published May 5, 2024 Updated May 7, 2024", "en"),
    # Arabic, Indonesian, Hindi; the labels of the scripts with vowel signs end no word
    ("آخر تحديث 7 مايو 2024 | نشر في 5 مايو 2024", "ar"),
    ("Diperbarui 7 Mei 2024, diterbitkan 5 Mei 2024", "id"),
    ("अपडेट: 7 मई 2024 | प्रकाशित: 5 मई 2024", "hi"),
    # numeric days, in the page's order
    ("Cập nhật 07/05/2024 | Đăng ngày 05/05/2024", "vi"),
    ("Updated 07/05/2024 | Published 05/05/2024", "en"),
    ("Mis à jour le 07/05/2024 | Publié le 05/05/2024", "fr"),
    ("Updated 5/7/2024 | Published 5/5/2024", "en-US"),
    ("Published 05/05/2024 08:00 | Updated 07/05/2024 10:30", "en"),
])
def test_an_update_printed_before_the_publication_is_the_modification(line: str, lang: str) -> None:
    meta = page(f'<p class="date">{line}</p>', lang=lang)
    assert meta.published is not None and meta.modified is not None
    assert (day_of(meta.published), day_of(meta.modified)) == (date(2024, 5, 5), date(2024, 5, 7))


JANE = '<a href="/author/jane-doe">Jane Doe</a>'
JOHN = '<a href="/author/john-roe">John Roe</a>'


@pytest.mark.parametrize(("byline", "names"), [
    # a reviewer's linked name beside the writer's, in one byline
    (f'<p class="byline">By {JANE} · Reviewed by {JOHN}</p>', ["Jane Doe"]),
    (f'<p class="byline">By {JANE}, medically reviewed by {JOHN}, MD</p>', ["Jane Doe"]),
    (f'<p class="byline">By {JANE} <span>Fact checked by:</span> {JOHN}</p>', ["Jane Doe"]),
    ('<p class="byline">Von <a href="/autor/anna-mueller">Anna Müller</a>, geprüft von '
     '<a href="/autor/peter-schmidt">Peter Schmidt</a></p>', ["Anna Müller"]),
    ('<p class="byline">Por <a href="/autor/ana-garcia">Ana García</a>. Revisado por '
     '<a href="/autor/luis-perez">Luis Pérez</a></p>', ["Ana García"]),
    # a desk wrote it, a person reviewed it: no person wrote it
    (f'<div class="byline"><span>Written by</span> <span>Example Staff Writer</span>'
     f'<span>Reviewed by</span> {JOHN}</div>', []),
    # the reviewer's credit in an element of its own, the writer a desk
    (f'<div class="byline">By the Example Team</div><div class="byline">Reviewed by {JOHN}</div>',
     []),
    # the pictures' credit alone still names the one person the byline has
    (f'<p class="byline">Photos by {JOHN}</p>', ["John Roe"]),
    (f'<p class="byline">Text and photos by {JANE}</p>', ["Jane Doe"]),
])
def test_a_reviewer_credited_in_the_byline_is_no_author(byline: str, names: list[str]) -> None:
    assert page(byline).authors == names


@pytest.mark.parametrize(("byline", "names"), [
    ("By Jane Doe. Reviewed by John Roe", ["Jane Doe"]),
    ("By Jane Doe; Fact-checked by: John Roe", ["Jane Doe"]),
    ("Medically reviewed by John Roe, MD", []),
    ("Jane Doe - Author/Reviewer", ["Jane Doe"]),
])
def test_a_reviewers_credit_in_a_byline_text_names_no_author(
    byline: str, names: list[str]
) -> None:
    assert parse_byline([byline], declared=True).names == names


@pytest.mark.parametrize(("byline", "names"), [
    # the date and the story's category beside it, in the byline's row
    ('<p class="byline"><time datetime="2025-03-20">March 20, 2025</time> | <span '
     'class="byline__category"><a href="/health/wellness">Wellness &amp; Prevention</a></span></p>',
     []),
    ('<div class="post-author"><a href="/category/city-hall">City Hall</a></div>', []),
    ('<div class="autor">Von Anna Müller | <a href="/themen/verkehr">Verkehr &amp; Bau</a></div>',
     ["Anna Müller"]),
    # a link that is itself labelled the author, to a topic's page
    ('<span class="post-topic"><a id="author-modal" href="/blog/?content_topic=9">Urban '
     'Planning</a></span>', []),
    # the writer's link beside the category's
    ('<p class="byline">By <a href="/author/jane-doe">Jane Doe</a> in <a class="cat" '
     'href="/tag/bridges">Civil Works</a></p>', ["Jane Doe"]),
    ('<div class="byline-section"><span class="author"><a href="/staff/1/jane-doe/">Jane Doe'
     '</a></span></div>', ["Jane Doe"]),
])
def test_a_topic_linked_in_the_byline_is_no_author(byline: str, names: list[str]) -> None:
    assert page(byline).authors == names


def _in_nav(story: str, logo: str = "") -> Metadata:
    html = (
        "<html><head><title>Council approves new bridge</title></head><body>"
        f'<nav>{logo}<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>'
        f"{story}</nav><footer>Daily Gazette</footer></body></html>"
    )
    return extract_metadata(load(html), now=NOW)


@pytest.mark.parametrize("byline", [
    '<p class="byline">By Jane Doe</p>',
    '<div class="meta"><a href="/author/jane-doe">Jane Doe</a></div>',
    '<p>Written by: Jane Doe</p>',
])
def test_a_story_inside_a_navigation_left_open_keeps_its_byline(byline: str) -> None:
    story = f"<article><h1>Council approves new bridge</h1>{byline}{SHORT}</article>"
    assert _in_nav(story).authors == ["Jane Doe"]


def test_a_navigation_holding_only_the_sites_logo_is_still_skipped() -> None:
    logo = '<h1 class="logo"><a href="/">Daily Gazette</a></h1>'
    menu = '<a href="/author/jane-doe">Jane Doe</a>'
    html = (
        f"<html><body><nav>{logo}{menu}</nav><main><h1>Council approves new bridge</h1>"
        f"{SHORT}</main></body></html>"
    )
    assert extract_metadata(load(html), now=NOW).authors == []


@pytest.mark.parametrize(("byline", "names", "agency"), [
    # an agency's desk, as the markup of a syndicated story names it
    (["Tom Roe", "AP Auto"], ["Tom Roe"], "AP"),
    (["AP Sports"], [], "AP"),
    (["AP National Security Writer"], [], "AP"),
    # the wire's own byline: the writer, the agency and the title run together
    (["By JANE DOE AP Business Writer"], ["Jane Doe"], "AP"),
    (["By Jane Doe and John Roe AP Economics Writers"], ["Jane Doe", "John Roe"], "AP"),
    (["By Jane Doe PA Political Correspondent"], ["Jane Doe"], "PA Media"),
    # a name in capitals, initials that are no agency, a title without an agency
    (["JANE DOE"], ["Jane Doe"], None),
    (["PJ Hamel"], ["PJ Hamel"], None),
    (["Jane Doe Senior Writer"], ["Jane Doe"], None),
])
def test_an_agencys_desk_is_the_agency_not_an_author(
    byline: list[str], names: list[str], agency: str | None
) -> None:
    found = parse_byline(byline, declared=True)
    assert (found.names, found.agency) == (names, agency)


@pytest.mark.parametrize(("byline", "names"), [
    # the date line under the byline read with it, its weekday parted from its day
    ("By Jane Doe and John Roe Monday, November 18, 2019, 04:05 pm PT", ["Jane Doe", "John Roe"]),
    ("Von Anna Müller Montag, 3. Mai 2025", ["Anna Müller"]),
    ("Par Marie Dupont lundi, 3 mars 2025", ["Marie Dupont"]),
    # a weekday that may be the surname stays, and so does one before no date
    ("Jane Monday, 3 May 2025", ["Jane Monday"]),
    ("Friday Jones", ["Friday Jones"]),
])
def test_the_weekday_of_the_date_after_a_byline_is_no_part_of_the_name(
    byline: str, names: list[str]
) -> None:
    assert parse_byline([byline]).names == names


@pytest.mark.parametrize(("value", "names"), [
    # a sentence's words beside a piece turned away are no name
    ("billed annually, or $15 / mo billed monthly", []),
    ("remaining vigilant, see our Terms of Service", []),
    # names written in lower case, as user names are, stay
    ("annette thurmon", ["annette thurmon"]),
    ("jane doe and john roe", ["jane doe", "john roe"]),
])
def test_uncased_words_beside_a_rejected_piece_are_no_name(value: str, names: list[str]) -> None:
    assert parse_byline([value], declared=True).names == names


@pytest.mark.parametrize(("byline", "names"), [
    # a job title's field read on after "and" is the same role, not a second person
    ("Written by Jane Doe, Head of Marketing and Community Development", ["Jane Doe"]),
    ("Jane Doe, Director of Research and Product Design", ["Jane Doe"]),
    ("Marie Dupont, rédactrice de Politique et Grands Reportages", ["Marie Dupont"]),
    # two people, each with or without a role
    ("By Jane Doe, Editor, and John Roe", ["Jane Doe", "John Roe"]),
    ("Jane Doe, Head of News, and John Roe", ["Jane Doe", "John Roe"]),
    ("Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    # "and" in Arabic and Persian (standing apart), Hindi, Bengali
    ("أحمد علي و محمد حسن", ["أحمد علي", "محمد حسن"]),
    ("رضا احمدی و علی رضایی", ["رضا احمدی", "علی رضایی"]),
    ("राम कुमार और सीता देवी", ["राम कुमार", "सीता देवी"]),
    ("রাম কুমার এবং সীতা দেবী", ["রাম কুমার", "সীতা দেবী"]),
])
def test_a_role_read_on_after_and_names_no_second_person(byline: str, names: list[str]) -> None:
    assert parse_byline([byline]).names == names


@pytest.mark.parametrize(("byline", "names", "agency"), [
    # the wire printed after the writer with no mark between, as the table spells it
    ("By Jane Doe AP", ["Jane Doe"], "AP"),
    ("Jane Doe AFP", ["Jane Doe"], "AFP"),
    ("Von Max Muster dpa", ["Max Muster"], "dpa"),
    ("Jane Doe Associated Press", ["Jane Doe"], "AP"),
    ("By Jane Doe and John Roe AP", ["Jane Doe", "John Roe"], "AP"),
    # surnames and degrees that look like a wire stay the name's
    ("By Kim Ap", ["Kim Ap"], None),
    ("Maria Silva Lusa", ["Maria Silva Lusa"], None),
    ("Jane Doe PA", ["Jane Doe PA"], None),
])
def test_a_wire_after_the_writers_name_is_the_agency(
    byline: str, names: list[str], agency: str | None
) -> None:
    found = parse_byline([byline])
    assert (found.names, found.agency) == (names, agency)


FORUM_POST = "Meine Tomaten bekommen gelbe Blätter von unten her, gegossen wird jeden zweiten Tag. "


@pytest.mark.parametrize(("lang", "label", "by", "when"), [
    ("de", "Beitrag", "von", "Di 5. Mär 2024, 10:12"),
    ("en", "Post", "by", "Tue Mar 05, 2024 10:12 am"),
    ("fr", "Message", "par", "mar. 5 mars 2024 10:12"),
    ("es", "Mensaje", "por", "Mar 05 Mar, 2024 10:12 am"),
    ("it", "Messaggio", "da", "mar 5 mar 2024, 10:12"),
    ("nl", "Bericht", "door", "di 5 mrt 2024, 10:12"),
])
def test_a_forum_posts_author_line_names_the_link_after_its_by_word(
    lang: str, label: str, by: str, when: str
) -> None:
    """phpBB's author line: the post's permalink (its label word), the by-word, the
    member's one-word name as a link, then the date. The link after the by-word is the
    writer (`visible._named_after_by`); the label before it is no name, nor the date's
    weekday part of one."""
    line = (f'<a class="unread" href="#p1"><span>{label}</span></a> {by} <strong><a '
            f'href="./memberlist.php?u=5" class="username">Gartenfreund</a></strong> » {when}')
    html = (f'<html lang="{lang}"><head><title>Gelbe Blätter - Gartenforum</title></head><body>'
            '<h2 class="topic-title"><a href="#">Gelbe Blätter</a></h2><div class="post"><h3>'
            f'<a href="#p1">Gelbe Blätter</a></h3><p class="author">{line}</p><div class="content">'
            f"{FORUM_POST * 4}</div></div></body></html>")
    meta = extract_metadata(load(html), now=NOW)
    assert meta.authors == ["Gartenfreund"]
    assert meta.published is not None and day_of(meta.published) == date(2024, 3, 5)


@pytest.mark.parametrize("byline", [
    '<div class="post-meta"><a href="https://substack.com/@janedoe">Jane Doe</a></div>',
    '<div><a href="/@janedoe"><span>Jane Doe</span></a><span>·</span><span>4 min read</span></div>',
])
def test_a_link_to_a_handles_page_names_the_writer(byline: str) -> None:
    """Medium, Substack and Hashnode link the writer's name to their handle's page
    ("/@janedoe"), with no class naming a byline."""
    assert page(byline).authors == ["Jane Doe"]


# --- blog platforms' "posted by" with the time in a link, a line of labelled facts, a sender

BLOG_POST = "<p>The porch steps finally gave up this spring and had to be rebuilt.</p>" * 3


@pytest.mark.parametrize(("label", "at", "lang"), [
    ("posted by", "at", "en"), ("Eingestellt von", "um", "de"), ("Publié par", "à", "fr"),
    ("Pubblicato da", "alle", "it"), ("Postado por", "às", "pt"),
    ("Publicado por", "a las", "es"), ("Geplaatst door", "op", "nl"),
])
def test_a_blogs_posted_by_line_with_its_time_in_a_link_names_the_writer(
    label: str, at: str, lang: str,
) -> None:
    """Blogger's post footer: "posted by Walter Hendricks at <a>9:41 PM</a>", in the blog's
    language; the time is the permalink, so the line's text ends at its connector."""
    html = (f'<html lang="{lang}"><head><title>Porch steps</title></head><body>'
            f'<h3 class="post-title">Porch steps</h3>{BLOG_POST}<p class="post-footer"><em>'
            f'{label} Walter Hendricks {at} <a href="/2004/06/steps.html">9:41 PM</a></em> '
            '<a href="/comments">2 comments</a></p></body></html>')
    assert extract_metadata(load(html), now=NOW).authors == ["Walter Hendricks"]


@pytest.mark.parametrize(("line", "names"), [
    ("2006-03-02 09:15:32\u3000来源：星河日报\u3000作者：李明", ["李明"]),
    ("2006年3月2日 出典：星河新聞 文：山田太郎", ["山田太郎"]),
    ("Datum: 12.03.2005 | Autor: Hans Muster", ["Hans Muster"]),
    ("Fecha: 12/03/2005 | Autor: Ana Gómez", ["Ana Gómez"]),
    ("Date: 2005-03-12 · Author: Jane Doe", ["Jane Doe"]),
])
def test_an_author_field_in_a_line_of_labelled_facts_names_the_writer(
    line: str, names: list[str],
) -> None:
    """Portals and older news systems print the date, the source and the author on one line
    under the headline, in no element of their own: the author's field names the writer."""
    body = f'<font size="2" color="#666666">{line}</font>'
    assert page(body).authors == names


def test_a_story_holding_a_labelled_line_is_no_byline_itself() -> None:
    """The element around the whole story (short enough to be a line) holds the labelled
    line; only the line is a byline, not the story's sentences after it."""
    story = ("<p>来源：新华社 作者：王小明</p><p>市议会周一投票决定重建河上的老石桥。</p>"
             "<p>工程预计于春季开工。</p>")
    html = (f'<html lang="zh"><head><title>重建老石桥</title></head><body><article>'
            f"<h1>重建老石桥</h1>{story}</article></body></html>")
    assert extract_metadata(load(html), now=NOW).authors == ["王小明"]


@pytest.mark.parametrize("sender", [
    '<span id="from"><dfn>From</dfn>: Jürgen Maier &lt;<a href="mailto:jm@example.de">'
    "jm@example.de</a>&gt;</span>",
    '<b>Margaret Olsen</b> <a href="mailto:garden-l%40lists.example.org?Subject=Re">'
    "molsen at example.org</a>",
    '<p>Von: Anna Keller &lt;<a href="mailto:anna@example.de">anna@example.de</a>&gt;</p>',
])
def test_a_message_heads_its_sender_with_a_mail_address(sender: str) -> None:
    """Mailing-list archives (hypermail, pipermail) print the sender under the subject with
    a mail address; the name beside the address is the message's author."""
    html = (f"<html><head><title>Re: Train times</title></head><body><h1>Re: Train times</h1>"
            f"{sender}<br><i>Mon May 3 20:14:02 2004</i><pre>{'The train runs hourly. ' * 8}"
            "</pre></body></html>")
    assert extract_metadata(load(html), now=NOW).authors in (
        ["Jürgen Maier"], ["Margaret Olsen"], ["Anna Keller"])


def test_a_share_bars_mail_button_names_no_sender() -> None:
    """A share bar's "Email" link writes to no one ("mailto:?subject=…"): its networks'
    names beside it are no author."""
    bar = ('<div><a href="https://facebook.com/share">Facebook</a> <a href="https://x.com/'
           'share">Twitter</a> <a href="mailto:?subject=Bridge">Email</a></div>'
           '<p>Share <a href="mailto:?subject=Bridge&body=x">Mail</a></p>')
    assert page(bar).authors == []


@pytest.mark.parametrize(("byline", "head", "organizations"), [
    # a team, the editors, a newsroom credited in the byline under the headline
    ('<p class="byline">By the Example Team</p>', "", ["the Example Team"]),
    ('<div class="post-meta">By <a href="/author/editors">The Example editors</a></div>', "",
     ["The Example editors"]),
    ('<div class="byline">By Example Newsroom • 4 mins read</div>', "", ["Example Newsroom"]),
    ('<div class="author-box"><span>WRITTEN BY</span> <a href="/author/orbi-team/">Example '
     'Orbi Team</a></div>', "", ["Example Orbi Team"]),
    # in other languages
    ('<p class="autor">Von der Beispiel-Redaktion</p>', "", ["der Beispiel-Redaktion"]),
    ('<p class="auteur">Par la rédaction</p>', "", ["la rédaction"]),
    # a person named: no desk
    ('<p class="byline">By Jane Doe</p>', "", []),
    ('<p class="byline">By Jane Doe, Example Team</p>', "", []),
    # a printed byline naming no person and no desk: a firm or a service, no team of writers
    ('<p class="byline">By Example Services</p>', "", []),
    # the markup's declared desk comes first
    ('<p class="byline">By the Example Team</p>', '<meta name="author" content="Example Desk">',
     ["Example Desk"]),
])
def test_a_desk_credited_in_the_printed_byline_is_the_author_organization(
    byline: str, head: str, organizations: list[str]
) -> None:
    """A byline that credits a team or a desk and no person ("By the Example Team") gives it
    to `author_organizations` as printed, as the markup's declared desk is; `authors` stays
    people only."""
    html = (
        '<html lang="en"><head><title>Council approves new bridge | Daily Gazette</title>'
        f'{head}</head><body><main><article><h1>Council approves new bridge</h1>{byline}'
        f"{SHORT}</article></main></body></html>"
    )
    meta = extract_metadata(load(html), now=NOW)
    assert meta.author_organizations == organizations
    assert meta.authors == ([] if organizations else meta.authors)
