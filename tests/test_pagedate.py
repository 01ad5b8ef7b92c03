"""The date search of a page whose metadata names no publication date (`pagedate`)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import lxml.etree
import pytest

from newsclean.document import load
from newsclean.metadata import extract_metadata, pagedate
from newsclean.metadata.dates import day_of, parse_date
from newsclean.metadata.pagedate import MAX_ELEMENTS, line_day, search_day, url_day
from newsclean.metadata.sources import page_of
from tests.markup import recorded_calls

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def searched(body: str, head: str = "", url: str | None = None,
             free_text: bool = True) -> tuple[date, str] | None:
    page = page_of(load(f"<html><head>{head}</head><body>{body}</body></html>", url=url))
    found = search_day(page, NOW, free_text=free_text)
    return None if found is None else (found.day, found.source)


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.com/2025/12/19/a-story/", date(2025, 12, 19)),
        ("https://example.com/articles/2025-12-15+Why+and+how", date(2025, 12, 15)),
        ("https://example.com/news/20240425/story", date(2024, 4, 25)),
        ("https://example.com/2025/12/", None),  # a month is not a day
        ("https://example.com/story?date=2025/12/19/", None),  # the query is no path
        ("https://example.com/2027/01/02/future/", None),
    ],
)
def test_url_day(url: str, day: date | None) -> None:
    assert url_day(url, NOW) == day


def test_script_json_gives_the_publication_before_the_record_creation() -> None:
    script = ('<script>window.state = {"createDate":"2019-09-12",'
              '"publishDate":"2025-05-27","pageType":"article"};</script>')
    assert searched(script + "<h1>T</h1>") == (date(2025, 5, 27), "json")


@pytest.mark.parametrize(
    "body",
    [
        '<div data-analytics=\'{"createDate":20240425,"lastModified":202404251407}\'>x</div>',
        "<div data-props='{\"datePublished\":\"2024-04-25T10:00:00Z\"}'>x</div>",
    ],
)
def test_json_in_an_attribute(body: str) -> None:
    assert searched(body) == (date(2024, 4, 25), "json")


def test_attributes_are_searched_for_json_only_where_the_scripts_give_no_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The search tests every attribute of the page: not needed where a script has the day.
    searches = recorded_calls(monkeypatch, pagedate, "JSON_ATTRIBUTES")
    attribute = "<div data-props='{\"datePublished\":\"2024-04-25T10:00:00Z\"}'>x</div>"
    published = '<script>window.state = {"publishDate":"2025-05-27"};</script>'
    assert searched(published + attribute) == (date(2025, 5, 27), "json")
    assert searches == []
    created = '<script>window.state = {"createDate":"2019-09-12"};</script>'
    assert searched(created + attribute) == (date(2024, 4, 25), "json")
    assert len(searches) == 1


@pytest.mark.parametrize(
    ("hints", "said"),
    [
        ("comments-list ", (True, False)),
        ("post-date ", (False, True)),
        ("related-posts entry-date", (True, True)),
        ("entry-content main", (False, False)),
    ],
)
def test_an_element_s_class_and_id_are_read_once_for_both_questions(
    hints: str, said: tuple[bool, bool]
) -> None:
    assert pagedate._hinted(hints) == said


def test_markup_modified_date_is_the_publication_of_a_page_without_one() -> None:
    head = '<meta property="article:modified_time" content="2023-06-12T10:39:42+00:00">'
    meta = extract_metadata(load(f"<html><head>{head}</head><body><h1>T</h1></body></html>"),
                            now=NOW)
    assert meta.published == date(2023, 6, 12)
    assert meta.sources["published"] == "modified"


def test_a_marked_date_beats_an_earlier_sentence_with_a_date() -> None:
    body = ("<p>As of July 31, 2025, the agency has received:</p><ul><li>x</li></ul>"
            '<div class="entry-date">September 25, 2025</div>')
    assert searched(body) == (date(2025, 9, 25), "page")


def test_unmarked_line_is_a_date_when_nothing_is_marked() -> None:
    body = ('<fieldset><legend>Week 2</legend> 20 December 2025 <div class="body">'
            "<p>I did the puzzles.</p></div></fieldset>")
    assert searched(body) == (date(2025, 12, 20), "page")


def test_text_after_an_icon_is_read() -> None:
    body = '<div class="flex"><svg><use href="#calendar"></use></svg> Dec 12, 2025 </div>'
    assert searched(body) == (date(2025, 12, 12), "page")


@pytest.mark.parametrize(
    "away",
    ['<div class="comment-list">', '<aside id="related_posts">', '<div class="popular">',
     '<section class="customer-reviews">'],
)
def test_dates_of_comments_and_related_stories_are_skipped(away: str) -> None:
    tag = away[1:].split()[0]
    body = f'{away}<time datetime="2025-03-01">March 1</time></{tag}><h1>T</h1>'
    assert searched(body) is None


def test_a_theme_class_on_the_whole_page_skips_nothing() -> None:
    page = page_of(load('<html><body class="single comments-open has-sidebar">'
                        "<time>December 3, 2025</time></body></html>"))
    assert search_day(page, NOW)[:2] == (date(2025, 12, 3), "page")


def test_link_texts_and_today_lines_are_no_date() -> None:
    body = ('<a href="/older">November 20, 2025</a><div class="date">Today: Dec 31, 2025</div>'
            "<p>Text without a date.</p>")
    assert searched(body) is None


def test_updated_line_is_the_last_resort() -> None:
    assert searched("<p><span>Updated November 18, 2025</span></p>") == (
        date(2025, 11, 18), "updated")
    both = "<p><span>Updated November 18, 2025</span></p><p><span>Nov 2, 2025</span></p>"
    assert searched(both) == (date(2025, 11, 2), "page")


def test_without_free_text_only_machine_dates_are_read_unmarked() -> None:
    assert searched("<p>Posted Dec 12, 2025</p>", free_text=False) is None
    assert searched("<p>by Jon - 2025-09-13</p>", free_text=False) == (date(2025, 9, 13), "page")


def test_lead_image_path_is_the_last_step() -> None:
    head = '<meta property="og:image" content="https://img.example.com/2025/01/29/a.jpg">'
    assert searched("<p>No date here.</p>", head) == (date(2025, 1, 29), "image")
    marked = '<time datetime="2025-08-30">Aug 30</time>'
    assert searched(marked, head) == (date(2025, 8, 30), "page")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Posted on the 15/12/2025 at 19:00", date(2025, 12, 15)),
        ("Updated: 10/31/2024", date(2024, 10, 31)),  # only month first is a date
        ("02-12-2025", date(2025, 12, 2)),  # day first where both are
        ("2019-02-23, 09:14 PM", date(2019, 2, 23)),
        ("Tue Aug 27, 2019 1:47 am", date(2019, 8, 27)),
        ("The plan from March 3, 2020 was dropped after a long and heated debate in the "
         "city council.", None),  # a sentence
        ("Today: May 5, 2025", None),
    ],
)
def test_line_day(text: str, day: date | None) -> None:
    assert line_day(text, NOW) == day


@pytest.mark.parametrize(
    ("lang", "day"),
    [
        (' lang="en-US"', date(2025, 3, 4)),  # the United States write the month first
        (' lang="en-GB"', date(2025, 4, 3)),
        (' lang="en"', date(2025, 4, 3)),  # no region: day first, as most of the world
        (' lang="de"', date(2025, 4, 3)),
        ("", date(2025, 4, 3)),
    ],
)
def test_a_numeric_day_is_read_in_the_order_of_the_pages_language(lang: str, day: date) -> None:
    page = page_of(load(f"<html{lang}><body><p>Posted 3/4/2025</p></body></html>"))
    assert search_day(page, NOW)[:2] == (day, "page")
    assert line_day("10/31/2024", NOW, month_first=False) == date(2024, 10, 31)
    assert line_day("31/10/2024", NOW, month_first=True) == date(2024, 10, 31)


@pytest.mark.parametrize(
    ("lang", "others", "day"),
    [
        # the page's unambiguous dates show the month first: a US page declaring plain "en"
        (' lang="en"', "<li>10/31/2024</li><li>12/17/2024</li>", date(2025, 3, 4)),
        ("", "<li>10/31/2024</li>", date(2025, 3, 4)),
        # ... or the day first, whatever the template's default language says
        (' lang="en-US"', "<li>31/10/2024</li><li>17/12/2024</li>", date(2025, 4, 3)),
        # the more of them decide; dates of both readings count for neither
        (' lang="en"', "<li>10/31/2024</li><li>31/10/2024</li><li>17/12/2024</li>",
         date(2025, 4, 3)),
        (' lang="en-US"', "<li>5/6/2024</li>", date(2025, 3, 4)),
        # a script's dates are not the page's
        (' lang="en"', "<script>var d = '10/31/2024';</script>", date(2025, 4, 3)),
    ],
)
def test_a_numeric_day_is_read_in_the_order_the_pages_other_dates_show(
    lang: str, others: str, day: date
) -> None:
    page = page_of(load(f"<html{lang}><body><p>Posted 3/4/2025</p><ul>{others}</ul></body></html>"))
    assert search_day(page, NOW)[:2] == (day, "page")


def test_search_is_bounded() -> None:
    filler = "<span>x</span>" * (MAX_ELEMENTS + 10)
    assert searched(filler + "<time datetime='2025-01-01'>x</time>") is None
    assert searched("<time datetime='2025-01-01'>x</time>" + filler) == (date(2025, 1, 1), "page")


def test_search_leaves_the_tree_as_it_was() -> None:
    doc = load("<html><head><script>var s={\"publishDate\":\"x\"};</script></head><body>"
               "<div class='comments'><p>2024-01-01</p></div><svg></svg> 12 March 2024"
               "</body></html>")
    before = lxml.etree.tostring(doc.tree)
    assert search_day(page_of(doc), NOW)[:2] == (date(2024, 3, 12), "page")
    assert lxml.etree.tostring(doc.tree) == before


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ('<meta name="published" content="July 17, 2025">', date(2025, 7, 17)),
        ('<meta name="published-date" content="2021-02-16">', date(2021, 2, 16)),
        ('<meta name="citation_publication_date" content="2023 Jan 7">', date(2023, 1, 7)),
    ],
)
def test_more_publication_meta_keys(head: str, day: date) -> None:
    meta = extract_metadata(load(f"<html><head>{head}</head><body><h1>T</h1></body></html>"),
                            now=NOW, search_dates=False)
    assert meta.published == day
    assert meta.sources["published"] == "meta"


def test_year_first_written_date() -> None:
    assert parse_date("2024 Jun 30", NOW) == date(2024, 6, 30)
    assert parse_date("2024 June 30", NOW) == date(2024, 6, 30)


@pytest.mark.parametrize("written", [
    "4. ožujka 2025.",  # Croatian
    "4. marec 2025",  # Slovenian
    "4. marta 2025.",  # Serbian, Bosnian (Latin)
    "4. марта 2025.",  # Serbian (Cyrillic)
    "4. marca 2025",  # Slovak
    "2025 m. kovo 4 d.",  # Lithuanian
    "2025. gada 4. marts",  # Latvian
    "4. märts 2025",  # Estonian
    "Marso 4, 2025",  # Tagalog
    "4 de març de 2025",  # Catalan
    "4 d'abril de 2025",  # Catalan, before a vowel
    "4 مارچ 2025",  # Urdu
])
def test_dates_written_in_more_languages(written: str) -> None:
    day = parse_date(written, NOW)
    assert day is not None and (day.month, day.day, day.year) in ((3, 4, 2025), (4, 4, 2025))
    assert (day.month == 4) is ("abril" in written)


@pytest.mark.parametrize(
    ("body", "published", "modified"),
    [
        # the only day the page prints is labelled as its update: its modified day too
        ('<div class="post-date">Updated Jun 16, 2025</div>', date(2025, 6, 16),
         date(2025, 6, 16)),
        ("<p><span>Last updated on</span> <span>2025-03-25</span></p>", date(2025, 3, 25),
         date(2025, 3, 25)),
        ('<p>Aktualisiert: <time datetime="2025-03-25">25.03.2025</time></p>',
         date(2025, 3, 25), date(2025, 3, 25)),
        ('<p><span class="date">Zuletzt aktualisiert am 25.03.2025</span></p>',
         date(2025, 3, 25), date(2025, 3, 25)),
        # a publication, a plain line before an update line: the publication, and no
        # modified (two lines may date two things)
        ('<div class="post-date">Posted Jun 16, 2025</div>', date(2025, 6, 16), None),
        ("<p>Updated June 7, 2025</p><p>June 3, 2025</p>", date(2025, 6, 3), None),
        # one line printing the publication, then its update: both
        ('<p class="date">June 3, 2025. Updated: June 7, 2025</p>', date(2025, 6, 3),
         date(2025, 6, 7)),
        # numeric days, read day first as the publication's (and month first where the
        # page's own dates say so), in the languages of `dates.UPDATED`, marked or not
        ('<div class="date">Published 05/03/2025 08:00 | Updated 06/03/2025 10:30</div>',
         date(2025, 3, 5), date(2025, 3, 6)),
        ("<p>Publié le 05/03/2025 à 08h00, mis à jour le 06/03/2025 à 10h30</p>",
         date(2025, 3, 5), date(2025, 3, 6)),
        ('<span class="time">05/03/2025 08:00 (Cập nhật 06/03/2025 10:30)</span>',
         date(2025, 3, 5), date(2025, 3, 6)),
        ("<p>Publicado el 05/03/2025 - Actualizado el 06/03/2025</p>",
         date(2025, 3, 5), date(2025, 3, 6)),
        ('<p class="date">Posted 10/30/2025, updated 10/31/2025</p>', date(2025, 10, 30),
         date(2025, 10, 31)),
        # the update printed first, then the publication: each in its field
        ('<p class="date">Updated 06/03/2025 · Published 05/03/2025</p>', date(2025, 3, 5),
         date(2025, 3, 6)),
        ("<p>Cập nhật 06/03/2025 | Đăng ngày 05/03/2025</p>", date(2025, 3, 5),
         date(2025, 3, 6)),
        ("<p>Aktualisiert am 6. März 2025, veröffentlicht am 5. März 2025</p>",
         date(2025, 3, 5), date(2025, 3, 6)),
        # a "publication" after its update is no publication: the line is the update's
        ('<p class="date">Updated 06/03/2025 · Published 09/03/2025</p>', date(2025, 3, 6),
         date(2025, 3, 6)),
    ],
)
def test_a_printed_update_found_by_the_search_is_the_page_s_modified(
    body: str, published: date, modified: date | None
) -> None:
    """No headline to read the lines under (`visible`): the page's search finds the day."""
    meta = extract_metadata(load(f"<html><body>{body}<p>{'Text. ' * 50}</p></body></html>"),
                            now=NOW)
    assert (meta.published, meta.modified) == (published, modified)


def test_under_the_headline_both_dates_of_a_line_are_read() -> None:
    body = '<h1>T</h1><p class="date">June 3, 2025. Updated: June 7, 2025</p>'
    meta = extract_metadata(load(f"<html><body>{body}</body></html>"), now=NOW)
    assert (meta.published, meta.modified) == (date(2025, 6, 3), date(2025, 6, 7))


def test_the_markup_s_modified_date_stays() -> None:
    head = '<meta property="article:modified_time" content="2025-07-01T10:00:00+00:00">'
    body = '<h1>T</h1><div class="post-date">Updated Jun 16, 2025</div>'
    meta = extract_metadata(load(f"<html><head>{head}</head><body>{body}</body></html>"),
                            now=NOW)
    assert meta.modified == datetime(2025, 7, 1, 10, tzinfo=UTC)


MEMBER_POST = "Das klingt nach Stickstoffmangel, gib ihnen einen verdünnten Sud und warte ab. " * 3


@pytest.mark.parametrize("page", [
    # XenForo's member card, a term and its definition, under the thread's headline
    f'<html lang="en"><body><h1>Yellow leaves on tomatoes</h1><article class="message"><div '
    f'class="message-userDetails"><a class="username">Beetliese</a><dl class="pairs"><dt>Joined'
    f'</dt><dd>Mar 12, 2019</dd></dl><dl class="pairs"><dt>Messages</dt><dd>1,024</dd></dl></div>'
    f'<div class="message-attribution">Mar 5, 2024</div><div class="bbWrapper">{MEMBER_POST}'
    "</div></article></body></html>",
    # vBulletin's user info, label and value in one line
    f'<html lang="en"><body><h1>Yellow leaves on tomatoes</h1><div class="postbit"><div '
    'class="userinfo"><a class="username">Beetliese</a><div>Join Date: Mar 2019</div><div>'
    'Posts: 1,024</div></div><div class="postdate">Mar 5, 2024, 10:12 AM</div><div>'
    f"{MEMBER_POST}</div></div></body></html>",
    # phpBB's profile column, the label in its own element, no headline
    f'<html lang="de"><body><div class="post"><dl class="postprofile"><dt><a class="username">'
    "Beetliese</a></dt><dd><strong>Registriert:</strong> Mo 3. Jan 2020, 18:20</dd></dl><div "
    'class="postbody"><p class="author">von <a>Beetliese</a> » Di 5. Mär 2024, 10:12</p><div>'
    f"{MEMBER_POST}</div></div></div></body></html>",
    # a French and a Russian board
    f'<html lang="fr"><body><div class="post"><div class="profile">Beetliese<br>Inscrit le : 3 '
    'janv. 2020<br>Messages : 120</div><div class="postinfo">mar. 5 mars 2024 10:12</div><div>'
    f"{MEMBER_POST}</div></div></body></html>",
    f'<html lang="ru"><body><h1>Жёлтые листья у томатов</h1><div class="post"><div class='
    '"userinfo">Beetliese<br>Регистрация: 03.01.2020<br>Сообщений: 120</div><div class='
    f'"postdate">05.03.2024, 10:12</div><div>{MEMBER_POST}</div></div></body></html>',
])
def test_a_members_join_date_beside_a_post_is_no_date_of_the_page(page: str) -> None:
    """A forum prints each poster's join date in their member card, before the post's
    date (`normalize.members`, `pagedate.member_date`, and the date scan under the
    headline): the post's date is the page's."""
    meta = extract_metadata(load(page), now=NOW)
    assert meta.published is not None and day_of(meta.published) == date(2024, 3, 5)


@pytest.mark.parametrize(("line", "when"), [
    ("Tue Jul 15 09:12:44 EDT 2008", datetime(2008, 7, 15, 9, 12, 44)),
    ("Sat Mar  2 21:05:11 2024", datetime(2024, 3, 2, 21, 5, 11)),
    ("Date: Mon Jan  6 08:00:00 CET 2025", datetime(2025, 1, 6, 8, 0)),
])
def test_a_ctime_date_is_read(line: str, when: datetime) -> None:
    """C's ctime and Unix `date` print the time between the day and the year, as mail
    archives (pipermail, hypermail) date a message; the zone's letters say no sure offset."""
    assert parse_date(line, NOW) == when
