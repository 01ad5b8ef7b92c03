"""Pages as the older and hand-made web printed them, as a crawl of 2000-2015 meets them
(`tests/old_pages.py`: layout tables, `<font>` soup, `<br><br>` paragraphs, `<p>` never
closed, upper-case tags, XHTML, text between `<hr>`s, frames, mailing-list archives, a text
file in `<pre>`, a 2005 news system, classic blogs, phpBB2 and vBulletin 3, a home page,
FAQs, a course page) in English, German, Spanish, Russian, Japanese, Chinese and Arabic.
The default `extract()` keeps what a reader (and WCXB's annotators) take as the main content,
none of the period chrome (menu, counter, "best viewed with", guestbook, "last updated",
copyright), keeps its structure where it matters, and reads the title, date and author the
page shows. No page of a dataset is copied."""

from __future__ import annotations

from datetime import date

import pytest

import newsclean
from newsclean.blocks import document_blocks
from newsclean.document import load
from newsclean.extractors.footers import fine_print
from newsclean.extractors.menus import link_bar, stray_entries
from newsclean.extractors.sections import section_of
from newsclean.metadata.titles import headline_runs
from tests import old_pages as op
from tests import platform_pages as pp
from tests.markup import replay_scorer
from tests.platform_pages import Template

LISTS = {"listing", "collection"}

TEMPLATES: dict[str, Template] = {
    "table_story": Template(
        op.table_story(), "article", (op.TABLE_TITLE, *op.TABLE_TEXT),
        ("My Photos", "Guestbook", "Sponsors")),
    "font_soup": Template(
        op.font_soup(), "article", (op.SOUP_TITLE, *op.SOUP_TEXT),
        ("Startseite | Über mich", "Nach oben"), lang="de"),
    "caps_unclosed": Template(
        op.caps_unclosed(), "article", (*op.CAPS_TEXT, "La Junta Directiva"),
        ("Quiénes somos", "Libro de visitas"), lang="es", headings=(op.CAPS_TITLE,)),
    "xhtml_page": Template(
        op.xhtml_page(), "article", op.XHTML_TEXT, ("Valid XHTML", "counter"), lang="ru",
        headings=(op.XHTML_TITLE,)),
    "hr_body": Template(
        op.hr_body(), "article", op.HR_TEXT, ("プロフィール", "ページの先頭へ"), lang="ja"),
    "frame_content": Template(op.frame_content(), "", op.FRAME_TEXT),
    "pipermail": Template(
        op.pipermail(), "", (*op.LIST_TEXT[:2], *op.LIST_QUOTED),
        ("Previous message", "Next message", "Messages sorted by", "More information about"),
        code=(op.LIST_QUOTED[0],)),
    "hypermail": Template(
        op.hypermail(), "", op.HYPER_TEXT[1:3],
        ("Nächste Nachricht", "Vorherige Nachricht", "Antwort auf", "hypermail 2.1.8"),
        lang="de"),
    "pre_article": Template(
        op.pre_article(), "article", (), (), code=("HOW TO CLEAN A CAST IRON PAN",
                                                   "Cast iron pans last for generations")),
    "news_cms": Template(
        op.news_cms(), "article", (op.CMS_LEAD, *op.CMS_TEXT),
        ("Otra noticia local", "Enviar a un amigo", "Hemeroteca"), lang="es"),
    "blogger_classic": Template(
        op.blogger_classic(), "article", op.BLOG_TEXT,
        ("Fixing things around an old house", "View my complete profile",
         "Weekend project number", "Powered by Blogger", "Post a Comment")),
    "livejournal": Template(
        op.livejournal(), "article", op.LJ_TEXT,
        ("Последние записи", "Оставить комментарий", "Предыдущие 10"), lang="ru"),
    "phpbb2": Template(
        op.phpbb2(), "forum", tuple(t for *_, t in op.PHPBB_POSTS),
        ("Back to top", "Display posts from previous", "All times are GMT", "Powered by phpBB",
         "Memberlist", "Joined: 02 Mar 2003")),
    "vbulletin3": Template(
        op.vbulletin3(), "forum", tuple(t for *_, t in op.VB_POSTS),
        ("مواضيع مشابهة", "موضوع مشابه", "كلمة المرور", "Powered by vBulletin", "التعليمات"),
        lang="ar"),
    "home_page": Template(
        op.home_page(), "", op.HOME_TEXT, ("Antique Radio Webring", "Back to top")),
    "faq_dl": Template(
        op.faq_dl(), "", tuple(x for qa in op.DL_FAQ for x in qa), (), lang="de",
        headings=(op.DL_TITLE,)),
    "faq_bold": Template(
        op.faq_bold(), "", tuple(x for qa in op.BOLD_FAQ for x in qa), ("Order Form",),
        headings=(op.BOLD_FAQ_TITLE,)),
    "course_page": Template(
        op.course_page(), "",
        (op.COURSE_INTRO, *op.COURSE_STAFF, *op.COURSE_LECTURES, *op.COURSE_GRADING),
        ("University Home", "Last modified"), headings=("Staff", "Lectures", "Grading")),
    "zh_portal": Template(
        op.zh_portal(), "article", op.ZH_TEXT, ("打印本页", "本镇新闻第1条", "热点新闻3"),
        lang="zh"),
}

# Where the default `extract()` does not yet do what the page asks: why (docs/chain.md,
# "Pages as the older and hand-made web printed them").
TEXT_GAPS: dict[str, str] = {
    "table_story": "the ad cell's label 'Sponsors' kept (0.60, outside the container)",
    "news_cms": "the box of other headlines in the story's cell kept, and the print and "
                "mail links",
    "phpbb2": "each post's 'Back to top' and the thread's 'Display posts from previous' "
              "kept: the page is typed listing, so the thread passes do not run",
    "vbulletin3": "the 'similar threads' table kept; each post printed as a Markdown table "
                  "with its member card (the post tables are read as data)",
    "faq_dl": "the FAQ's <h2> dropped",
}
TYPE_GAPS: dict[str, str] = {
    "table_story": "listing (0.49): a story in a layout table beside a menu cell",
    "news_cms": "listing (0.69): a story in a 2005 news system's tables",
    "livejournal": "listing (0.60): an entry in the journal's tables",
    "phpbb2": "listing (0.72): a thread as rows of a table, one row per post",
}


_cases = pp.gap_cases
_squash = pp.squash


def problems(name: str) -> list[str]:
    """What the default `extract()` gets wrong about the page's text and Markdown."""
    t = TEMPLATES[name]
    return pp.template_problems(t, op.chrome_lines(t.lang))


@pytest.mark.parametrize("name", _cases(TEXT_GAPS, list(TEMPLATES)))
def test_an_old_page_keeps_its_main_content_and_leaves_its_chrome(name: str) -> None:
    assert problems(name) == []


@pytest.mark.parametrize("name", _cases(TYPE_GAPS, [n for n, t in TEMPLATES.items() if t.kind]))
def test_an_old_page_is_said_to_be_its_kind(name: str) -> None:
    assert pp.kind_problem(TEMPLATES[name]) == ""


# ---------------------------------------------------------------- metadata the page shows

META: dict[str, dict[str, object]] = {
    "table_story": {"title": op.TABLE_TITLE, "published": date(2003, 6, 9),
                    "authors": ["Dale Whitcomb"]},
    "font_soup": {"authors": ["Helga Brandstetter"]},
    "xhtml_page": {"title": op.XHTML_TITLE, "published": date(2005, 9, 21)},
    "hr_body": {"published": date(2001, 7, 8)},
    "pipermail": {"published": date(2008, 7, 15), "authors": ["Margaret Olsen"]},
    "hypermail": {"title": op.HYPER_SUBJECT, "published": date(2004, 5, 3),
                  "authors": ["Jürgen Maier"]},
    "news_cms": {"title": op.CMS_TITLE, "published": date(2005, 4, 14)},
    "blogger_classic": {"title": op.BLOG_TITLE, "published": date(2004, 6, 14),
                        "authors": ["Walter Hendricks"]},
    "livejournal": {"published": date(2005, 9, 21)},
    "phpbb2": {"title": op.PHPBB_TITLE, "published": date(2003, 10, 13)},
    "vbulletin3": {"title": op.VB_TITLE, "published": date(2006, 3, 12),
                   "authors": ["أبو خالد"]},
    "course_page": {"title": op.COURSE_TITLE},
    "zh_portal": {"title": op.ZH_TITLE, "published": date(2006, 3, 2), "authors": ["李明"]},
}
META_GAPS: dict[tuple[str, str], str] = {
    ("livejournal", "published"): "'21 сентября 2005, 22:14' in a <b> is not read",
    ("phpbb2", "published"): "the first post's 'Posted: Mon Oct 13, 2003 8:12 pm' is not read",
}


@pytest.mark.parametrize(("name", "field"), pp.field_cases(META, META_GAPS))
def test_an_old_page_says_the_title_date_and_author_it_shows(name: str, field: str) -> None:
    assert pp.shown_field(TEMPLATES[name].html, field) == META[name][field]


# ---------------------------------------------------------------- frames

def test_a_frameset_is_an_empty_answer_with_no_confidence() -> None:
    """A frameset page holds no text of its own (its frames are other pages): the answer is
    empty, says so by its confidence, and does not take the `<noframes>` apology as text."""
    article = newsclean.extract(op.frameset())
    assert article.text == "" and article.confidence == 0.0
    assert article.title == "Riverside Stamp Club"


# ---------------------------------------------------------------- the fine print

@pytest.mark.parametrize("lang", ["en", "de", "es", "ru", "ja", "zh", "ar"])
def test_the_fine_print_after_the_text_leaves(lang: str) -> None:
    """A box of short lines around a copyright notice that ends the kept text is the page's
    fine print, in any language, where no element names it a footer
    (`footers.fine_print`)."""
    page = (f'<html><body><center>{op._menu_cell(lang, images=True)}</center>'
            f'<font size="2">{op._paras(op.TABLE_TEXT)}</font><br><br><hr>{op._foot(lang)}'
            "</body></html>")
    kept = _squash(newsclean.extract(page).text)
    assert all(p in kept for p in op.TABLE_TEXT)
    assert not [line for line in op.chrome_lines(lang) if line in kept]


def test_fine_print_needs_a_notice_and_text_before_it() -> None:
    """Short lines after the text without a copyright notice (a sign-off, a source) stay,
    and a box that is all the kept text is no fine print."""
    sign_off = (f"<html><body><div>{'<p>' + '</p><p>'.join(op.TABLE_TEXT)}</p></div>"
                "<center>Dale Whitcomb<br>Millbrook, June 2003</center></body></html>")
    alone = "<html><body><center>A note<br>© 2003 Walter Hendricks</center></body></html>"
    for page in (sign_off, alone):
        blocks = document_blocks(load(page))
        assert fine_print(blocks, [True] * len(blocks)) == []


class _Reads(list):  # type: ignore[type-arg]
    """A page's blocks that count the reads of each."""

    def __init__(self, blocks: list) -> None:  # type: ignore[type-arg]
        super().__init__(blocks)
        self.reads = 0

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        self.reads += 1
        return super().__getitem__(i)


def test_the_fine_prints_box_is_not_read_past_the_first_long_block() -> None:
    """The box around a copyright notice is the widest element whose blocks are all short
    (`footers._box`): the body's run, one long paragraph in, is too wide already, and the
    other paragraphs of a long page are not read to find its ends. Same box as before."""
    story = "".join(f"<p>{' '.join(op.TABLE_TEXT)}</p>" for _ in range(60))
    page = (f"<html><body>{story}<div><p>Imprint</p><p>© 2003 Walter Hendricks</p></div>"
            "</body></html>")
    blocks = _Reads(document_blocks(load(page)))
    found = fine_print(blocks, [True] * len(blocks))
    assert [blocks[i].text for i in found] == ["Imprint", "© 2003 Walter Hendricks"]
    assert blocks.reads < 20, blocks.reads  # not the body's run, to the page's start


# ---------------------------------------------------------------- the menu at the head

_STORY = "".join(f"<p>{t}</p>" for t in op.TABLE_TEXT)


@pytest.mark.parametrize(("lang", "sep"), [("en", " | "), ("de", " | "), ("es", " · "),
                                           ("ru", " | "), ("ja", " ／ "), ("zh", " | "),
                                           ("ar", " | ")])
def test_a_bar_of_links_above_the_story_leaves(lang: str, sep: str) -> None:
    """Links with nothing but separators between them, above the title and the story, in
    one container with them (the text straight in `<body>`), are the site's menu
    (`menus.head_menus`)."""
    bar = sep.join(f'<a href="/{i}.html">{e}</a>' for i, e in enumerate(op.CHROME[lang][0]))
    page = (f"<html><body><center>{bar}<br><hr><font size=5><b>{op.TABLE_TITLE}</b></font>"
            f"</center>{op._paras(op.TABLE_TEXT)}</body></html>")
    text = newsclean.extract(page).text
    assert op.CHROME[lang][0][1] not in text
    assert op.TABLE_TITLE in text and all(p in text for p in op.TABLE_TEXT)


@pytest.mark.parametrize("lang", ["en", "de", "ru"])
def test_a_bar_of_links_under_the_story_leaves(lang: str) -> None:
    """A bar of links closing the kept text (a webring, the menu printed again under the
    story) is no part of it either."""
    bar = " | ".join(f'<a href="/{i}.html">{e}</a>' for i, e in enumerate(op.CHROME[lang][0]))
    page = (f"<html><body><b>{op.TABLE_TITLE}</b><br><br>{op._paras(op.TABLE_TEXT)}"
            f"<br><br><center>{bar}</center></body></html>")
    text = newsclean.extract(page).text
    assert op.CHROME[lang][0][1] not in text and all(p in text for p in op.TABLE_TEXT)


def test_a_menu_column_of_a_layout_table_leaves() -> None:
    """A column of one link a line (here a table of link cells) beside the story's cell of
    an older page's grid is its menu, kept or not by the scorer."""
    menu = "".join(f'<TR><TD><A HREF="{i}.HTM">{e}</A></TD></TR>'
                   for i, e in enumerate(op.CHROME["es"][0]))
    page = (f"<HTML><BODY><TABLE><TR><TD WIDTH=150><TABLE BORDER=1>{menu}</TABLE></TD><TD>"
            f"<H2>{op.CAPS_TITLE}</H2>" + "".join(f"<P>{t}" for t in op.CAPS_TEXT)
            + "</TD></TR></TABLE></BODY></HTML>")
    text = newsclean.extract(page).text
    assert not [e for e in op.CHROME["es"][0] if e in text]
    assert all(t in text for t in op.CAPS_TEXT)


def test_what_is_no_menu_bar() -> None:
    """A breadcrumb trail (">" between links; some truths keep it), a line of data whose
    parts are not each a link, and two linked names are no menu bar."""
    def first(html: str) -> bool:
        return link_bar(document_blocks(load(f"<html><body>{html}</body></html>"))[0])

    assert first('<p><a href="/">Home</a> | <a href="/a">About</a> | <a href="/b">Links</a></p>')
    assert not first('<p><a href="/">Home</a> &gt; <a href="/n">News</a> &gt; '
                     '<a href="/n/l">Local</a></p>')
    assert not first('<p>Coordinates: <a href="/g">42°S 174°E / 42°S 174°E</a> / -42; 174</p>')
    assert not first('<p><a href="/a">Jane Doe</a> | <a href="/b">John Roe</a></p>')


# ---------------------------------------------------------------- a section ends at a rule

def test_a_horizontal_rule_ends_the_last_section() -> None:
    """Where no element wraps a section, its heading's section ends at an `<hr>`: the
    course page's last list is all its heading holds (`sections.headed_lists`), not a
    list followed by the maintainer's address."""
    blocks = document_blocks(load(op.course_page()))
    grading = next(i for i, b in enumerate(blocks) if b.text == "Grading")
    assert [blocks[j].text for j in section_of(blocks, grading)] == list(op.COURSE_GRADING)
    text = newsclean.extract(op.course_page()).text
    assert all(item in text for item in op.COURSE_GRADING)


# ---------------------------------------------------------------- the headline printed

def test_the_headline_printed_without_an_h1_tells_the_title() -> None:
    """Where a page has no `<h1>`, the one line that prints a part of its `<title>` longer
    than the rest (a `<b>`, a `<span class="titulo">`, not a link) is its headline, as an
    `<h1>` would be (`sources.printed_headline`)."""
    for name, title in (("table_story", op.TABLE_TITLE), ("news_cms", op.CMS_TITLE),
                        ("vbulletin3", op.VB_TITLE)):
        assert newsclean.extract(TEMPLATES[name].html).title == title, name
    assert headline_runs("Millbrook Gazette - The old mill turns again") == [
        "The old mill turns again"]
    assert headline_runs("Friday Facts | Factorio") == []
    assert "Git" not in headline_runs("Git - git-commit Documentation")
    assert headline_runs("About - State of AI newsletter") == []


# ---------------------------------------------------------------- legacy encodings

@pytest.mark.parametrize(("name", "charset"), [
    ("hr_body", "shift_jis"), ("zh_portal", "gb2312"), ("vbulletin3", "cp1256"),
    ("caps_unclosed", "iso-8859-1"), ("news_cms", "iso-8859-1"),
])
def test_an_old_page_in_its_declared_charset_reads_the_same(name: str, charset: str) -> None:
    """A crawl stores the page's bytes: in the legacy charset its `<meta http-equiv>`
    declares (Shift_JIS, GB2312, windows-1256, ISO-8859-1) it reads as the text does."""
    html = TEMPLATES[name].html
    as_bytes, as_text = newsclean.extract(html.encode(charset)), newsclean.extract(html)
    assert (as_bytes.text, as_bytes.title, as_bytes.language) == (
        as_text.text, as_text.title, as_text.language)


# ---------------------------------------------------------------- the tagline by the logo

TAGLINES = {
    "en": "Fixing things around an old house, one weekend at a time.",
    "de": "Reparaturen rund um ein altes Haus, ein Wochenende nach dem anderen.",
    "es": "Arreglos en una casa vieja, un fin de semana cada vez.",
    "ru": "Чиним старый дом по выходным, понемногу и с удовольствием.",
}


@pytest.mark.parametrize("lang", list(TAGLINES))
def test_the_sites_tagline_under_its_logo_leaves(lang: str) -> None:
    """A blog's name as a heading linked home, its tagline under it in the same element,
    and nothing else there: the tagline is the masthead's, in any language
    (`mastheads.taglines`)."""
    page = (f'<html lang="{lang}"><body><div id="top"><h1><a href="/">Walt\'s Workshop</a></h1>'
            f"<p>{TAGLINES[lang]}</p></div><div><h3>{op.TABLE_TITLE}</h3>"
            f"{op._paras(op.TABLE_TEXT)}</div></body></html>")
    text = newsclean.extract(page).text
    assert TAGLINES[lang] not in text and all(p in text for p in op.TABLE_TEXT)


def test_a_standfirst_under_the_headline_stays() -> None:
    """Under a headline that is no logo (not linked home), the short line is the story's
    standfirst; and a logo's element that holds more than its masthead lines (the story
    itself) is no masthead."""
    lead = TAGLINES["en"]
    page = (f"<html><body><div><h1>{op.TABLE_TITLE}</h1><p>{lead}</p></div>"
            f"{op._paras(op.TABLE_TEXT)}</body></html>")
    assert lead in newsclean.extract(page).text
    page = (f'<html><body><div><h1><a href="/">Walt\'s Workshop</a></h1><p>{lead}</p>'
            f"{''.join(f'<p>{p}</p>' for p in op.TABLE_TEXT)}</div></body></html>")
    assert lead in newsclean.extract(page).text


# ---------------------------------------------------------------- a stray of a list of links

NAVIGATION = {
    "en": ("Next message:", "Previous message:", "In reply to:"),
    "de": ("Nächste Nachricht:", "Vorherige Nachricht:", "Antwort auf:"),
    "ru": ("Следующее сообщение:", "Предыдущее сообщение:", "Ответ на:"),
}


@pytest.mark.parametrize("lang", list(NAVIGATION))
def test_the_one_kept_entry_of_a_list_of_links_leaves(lang: str) -> None:
    """A mail archive's navigation, one list built one way: where the others left, the one
    entry kept is a stray of it (`menus.stray_entries`)."""
    items = "".join(f'<li><b>{label}</b> <a href="{i}.html">Anna Keller: "Zugfahrplan"</a></li>'
                    for i, label in enumerate(NAVIGATION[lang]))
    blocks = document_blocks(load(f"<html><body><p>{op.TABLE_TEXT[0]}</p><ul>{items}</ul>"
                                  "</body></html>"))
    keep = [True, False, False, True]
    assert [blocks[i].text.split(":")[0] for i in stray_entries(blocks, keep)] == [
        NAVIGATION[lang][2].rstrip(":")]


def test_a_list_mostly_kept_or_of_lines_with_a_link_stays() -> None:
    """Two kept entries of three are the list's own verdict, not a stray; an item whose
    text is more than its link is a line of the text."""
    links = "".join(f'<li><a href="/{i}">Chapter {i} of the report</a></li>' for i in range(3))
    blocks = document_blocks(load(f"<html><body><p>{op.TABLE_TEXT[0]}</p><ul>{links}</ul>"
                                  "</body></html>"))
    assert stray_entries(blocks, [True, True, False, True]) == []
    lines = "".join(f"<li>{op.TABLE_TEXT[i]} <a href='/{i}'>more</a></li>" for i in range(3))
    blocks = document_blocks(load(f"<html><body><p>{op.TABLE_TEXT[0]}</p><ul>{lines}</ul>"
                                  "</body></html>"))
    assert stray_entries(blocks, [True, False, False, True]) == []


def test_a_link_bar_under_a_login_form_above_the_text_leaves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The menus at the text's head are read last, once the form asking for the reader's
    details above them has left: vBulletin 3's navbar ("Register | FAQ | Calendar") under
    its login box was kept because the box, kept by the scorer, still stood before it."""
    replay_scorer(monkeypatch, lambda text: 0.9 if text.startswith(("Forum", "User")) else None)
    page = ('<html><body><table><tr><td><a href="/">Forum</a> &gt; <a href="/f">Board</a>'
            '</td><td><form action="login.php" method="post">User name <input name="user"> '
            'Password <input type="password" name="pass"> <input type="submit" value="Log in">'
            '</form></td></tr></table><table><tr><td><a href="/register">Register</a></td>'
            '<td><a href="/faq">FAQ</a></td><td><a href="/calendar">Calendar</a></td></tr>'
            f"</table><b>{op.TABLE_TITLE}</b><br><br>{op._paras(op.TABLE_TEXT)}</body></html>")
    text = newsclean.extract(page).text
    assert "Calendar" not in text and all(p in text for p in op.TABLE_TEXT)
