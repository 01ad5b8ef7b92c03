"""Title rules of issue 18's titles round (2026-12-06): synthetic pages, each a class of
dev-set misses that was the extractor's fault."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsclean.document import load
from newsclean.metadata import Metadata, extract_metadata, titles

NOW = datetime(2025, 4, 18, 12, 0, tzinfo=UTC)
BODY = "<p>The council met on Tuesday and discussed the budget for the coming year.</p>"


def meta_of(head: str = "", body: str = "", url: str | None = None) -> Metadata:
    page = f"<html><head>{head}</head><body><article>{body}{BODY}</article></body></html>"
    return extract_metadata(load(page, url=url), now=NOW)


# --- a title whose headline slot is empty ---------------------------------------------


@pytest.mark.parametrize("title", [
    "| Daily Planet Magazine", "｜Daily Planet Magazine", "– Daily Planet Magazine",
])
def test_title_without_its_headline_yields_to_the_heading(title: str) -> None:
    meta = meta_of(f"<title>{title}</title>", "<h1>Council approves budget</h1>")
    assert meta.title == "Council approves budget"


def test_title_without_its_headline_stays_where_nothing_else_is() -> None:
    assert meta_of("<title>| Daily Planet Magazine</title>").title == "Daily Planet Magazine"


@pytest.mark.parametrize(("title", "lost"), [
    ("| Daily Planet", True), ("- Daily Planet", True), ("-5 degrees tonight", False),
    ("« Nous irons » : le maire parle", False), ("Council approves budget | Daily Planet",
                                                 False), ("|", False),
])
def test_lost_headline(title: str, lost: bool) -> None:
    assert titles.lost_headline(title) is lost


# --- a `<title>` cut short before the site's name -------------------------------------


LONG = "The council met for six hours on Tuesday and approved the budget of the city"


@pytest.mark.parametrize(("title", "h1"), [
    # cut at a word's end, the site's name appended after the cut
    ("Council votes | Daily Planet", "Council votes to repair the old bridge"),
    # cut by a length limit inside a word ("budg")
    (f"{LONG[:66]} | Daily Planet", f"{LONG} for 2026"),
    (f"{LONG[:66]}", f"{LONG} for 2026"),
])
def test_title_cut_short_before_the_site_name_yields_to_the_heading(title: str, h1: str) -> None:
    assert meta_of(f"<title>{title}</title>", f"<h1>{h1}</h1>").title == h1


@pytest.mark.parametrize(("title", "h1"), [
    # a short title that a heading goes on from inside a word: another word
    ("Council vote | Daily Planet", "Council voters protest the budget"),
    # a heading that goes on with a segment of its own: the site's name, not the headline
    ("Retirement Calculator | Daily Planet", "Retirement Calculator - Planet Funds"),
])
def test_title_not_cut_short_keeps_its_headline(title: str, h1: str) -> None:
    assert meta_of(f"<title>{title}</title>", f"<h1>{h1}</h1>").title != h1


# --- metadata that keeps last year's figure ---------------------------------------------


@pytest.mark.parametrize("head", [
    # the social title alone keeps the old year; the <title> and the heading agree
    '<meta property="og:title" content="How to plant tomatoes in 2025">'
    "<title>How to plant tomatoes in 2026 | Daily Planet</title>",
    # the social title and the <title> keep it; the page prints the new one
    '<meta property="og:title" content="How to plant tomatoes in 2025 | Daily Planet">'
    "<title>How to plant tomatoes in 2025 | Daily Planet</title>",
])
def test_heading_with_new_figures_beats_metadata_with_old_ones(head: str) -> None:
    assert meta_of(head, "<h1>How to plant tomatoes in 2026</h1>").title == (
        "How to plant tomatoes in 2026")


@pytest.mark.parametrize(("title", "other", "same"), [
    ("Top 10 tips for 2025", "Top 12 tips for 2026", True),
    ("Top 10 tips", "Top ten tips", False),
    ("Top 10 tips", "Top 10 tips", False),
    ("Top 10 tips", "Top 10 tips today", False),
    ("2025年の予算", "2026年の予算", True),
])
def test_renumbered(title: str, other: str, same: bool) -> None:
    assert titles.renumbered(title, other) is same


# --- the site's name as a part of its host's name ---------------------------------------


@pytest.mark.parametrize(("head", "url"), [
    ("<title>Council approves budget | Planetly</title>", "https://www.getplanetly.com/news/1"),
    ('<title>Council approves budget - Planetly</title>'
     '<link rel="canonical" href="https://getplanetly.co.uk/news/1">', None),
])
def test_last_segment_inside_the_host_name_is_the_site(head: str, url: str | None) -> None:
    assert meta_of(head, url=url).title == "Council approves budget"


@pytest.mark.parametrize("title", [
    "Council approves budget | Get",  # too short to tell
    "Council approves budget - Planetly Travel",  # more than one word: not this rule's
])
def test_other_last_segments_stay(title: str) -> None:
    url = "https://www.getplanetly.com/news/1"
    assert meta_of(f"<title>{title}</title>", url=url).title == title


def test_site_name_inside_the_host_name_ends_the_cutting() -> None:
    # "::" parts segments too: once the site's name is cut, the rest is the headline's
    meta = meta_of("<title>Result in std::result - Rust</title>",
                   url="https://doc.rust-lang.org/std/result/enum.Result.html")
    assert (meta.title, meta.site_name) == ("Result in std::result", "Rust")


def test_site_name_after_a_title_cut_short() -> None:
    meta = meta_of(f"<title>{LONG[:66]} | Daily Planet</title>", f"<h1>{LONG} for 2026</h1>")
    assert meta.site_name == "Daily Planet"


@pytest.mark.parametrize("title,h1", [
    # the headline goes on as the title does: one headline, no site after a cut
    ("Headphone - Sweep, Loft, and Extrude", "Headphone - Sweep, Loft, and Extrude"),
    ("Take Care - Our Team at the Trade Fair 2018", "Take Care - Our Team at the Trade Fair 2018"),
])
def test_no_site_name_where_the_title_cut_nothing_short(title: str, h1: str) -> None:
    assert meta_of(f"<title>{title}</title>", f"<h1>{h1}</h1>").site_name is None


@pytest.mark.parametrize(("title", "h1", "headline", "site"), [
    # forum, archive and tag templates print a label before the page's own title
    ("Dérailleur qui saute - Forum Vélo", "Discussion: Dérailleur qui saute",
     "Dérailleur qui saute", "Forum Vélo"),
    ("März 2024 – Unterwegs mit Jana", "Monat: März 2024", "März 2024", "Unterwegs mit Jana"),
    ("Gardening Tips | The Green Patch", "Category: Gardening Tips", "Gardening Tips",
     "The Green Patch"),
])
def test_a_label_before_the_headings_colon_that_the_title_leaves_out_is_no_part_of_it(
    title: str, h1: str, headline: str, site: str
) -> None:
    body = f"<h1>{h1}</h1><p>{'Some words of the page go here. ' * 20}</p>"
    meta = meta_of(f"<title>{title}</title>", body)
    assert (meta.title, meta.site_name) == (headline, site)


@pytest.mark.parametrize(("title", "h1"), [
    ("Brexit: what next | The Gazette", "Brexit: what next"),  # the title has the label
    ("Tag: Machine Learning | Notes", "Tag: Machine Learning"),
])
def test_a_heading_label_the_title_holds_stays(title: str, h1: str) -> None:
    body = f"<h1>{h1}</h1><p>{'Some words of the page go here. ' * 20}</p>"
    assert meta_of(f"<title>{title}</title>", body).title == h1



@pytest.mark.parametrize(("title", "heading", "headline", "site"), [
    # Blogger's post title in an <h3>, phpBB's topic title in an <h2>: no <h1> on the page
    ("Why our town still needs its old bridge | Riverside Notes",
     '<h3 class="post-title">Why our town still needs its old bridge</h3>',
     "Why our town still needs its old bridge", "Riverside Notes"),
    ("Gelbe Blätter an Tomaten - Forum für Gärtner",
     '<h2 class="topic-title"><a href="./viewtopic.php?t=311">Gelbe Blätter an Tomaten</a></h2>',
     "Gelbe Blätter an Tomaten", "Forum für Gärtner"),
])
def test_without_an_h1_a_subheading_that_begins_the_title_agrees_with_it(
    title: str, heading: str, headline: str, site: str
) -> None:
    meta = meta_of(f"<title>{title}</title>", f"{heading}<p>{'Some words go here. ' * 20}</p>")
    assert (meta.title, meta.site_name) == (headline, site)


@pytest.mark.parametrize("title", [
    "Friday Facts #282 - 0.17 in sight | Factorio", "Electrical - Overview",
])
def test_without_an_h1_one_word_beside_a_subheading_keeps_the_title_whole(title: str) -> None:
    """One word beside the heading's run is a section or a name as often as the site's."""
    heading = title.rpartition(" | " if " | " in title else " - ")[0]
    meta = meta_of(f"<title>{title}</title>", f"<h2>{heading}</h2><p>{'Some words. ' * 30}</p>")
    assert meta.title == title


def test_without_an_h1_a_section_heading_is_no_title_source() -> None:
    """An `<h2>` that is no run of the `<title>`'s segments is a section's heading."""
    meta = meta_of("<title>Council approves budget | The Gazette</title>",
                   f"<h2>Related stories</h2><p>{'Some words go here. ' * 20}</p>")
    assert meta.title == "Council approves budget"


@pytest.mark.parametrize(("raw", "clean"), [
    ("*A Treatise on Coffee* (1792) — The Review", "A Treatise on Coffee (1792) — The Review"),
    ("**Breaking**: council approves budget", "Breaking: council approves budget"),
    ("5* hotels in Paris", "5* hotels in Paris"),  # a lone star is no pair
    ("Rated 4* by * critics", "Rated 4* by * critics"),
])
def test_markdowns_emphasis_marks_leave_a_title(raw: str, clean: str) -> None:
    assert titles.clean_text(raw) == clean


# --- a blog's name before a colon, a headline of a script without spaces -----------------


def test_a_blogs_name_before_a_colon_leaves_the_title_where_the_page_names_its_site() -> None:
    """Blogger's classic template titles a post "Blog's Name: Post title", prints the blog's
    name linked home and the post's title in an `<h3>`: the colon parts them."""
    body = ('<div id="header"><h1><a href="/">Walt\'s Workshop</a></h1></div>'
            '<h2 class="date-header">Monday, June 14, 2004</h2>'
            '<h3 class="post-title">Rebuilding the porch steps</h3>')
    meta = meta_of("<title>Walt's Workshop: Rebuilding the porch steps</title>", body)
    assert (meta.title, meta.site_name) == ("Rebuilding the porch steps", "Walt's Workshop")


def test_a_brand_before_a_colon_stays_where_the_page_does_not_name_it_its_site() -> None:
    """"Figma: The Collaborative Interface Design Tool" is a brand's tagline; no home link
    or notice names "Figma" the site, so the whole title stays."""
    body = "<h3>The Collaborative Interface Design Tool</h3>"
    meta = meta_of("<title>Figma: The Collaborative Interface Design Tool</title>", body)
    assert meta.title == "Figma: The Collaborative Interface Design Tool"


@pytest.mark.parametrize(("title", "headline", "site"), [
    ("古镇老街修缮工程完工_星河新闻网", "古镇老街修缮工程完工", "星河新闻网"),
    ("老街修缮工程全部完工-星河网", "老街修缮工程全部完工", "星河网"),
    ("商店街の改修工事が完了 | 星河新聞", "商店街の改修工事が完了", "星河新聞"),
])
def test_a_headline_without_spaces_is_told_from_the_sites_name_by_its_characters(
    title: str, headline: str, site: str,
) -> None:
    """A Chinese or Japanese headline and a site's name are one "word" each between
    spaces; counted by characters, the printed headline is the longer part of the
    `<title>` and the rest the site's name."""
    body = (f'<table><tr><td align="center"><font size="5"><b>{headline}</b></font></td>'
            "</tr></table>")
    meta = meta_of(f"<title>{title}</title>", body)
    assert (meta.title, meta.site_name) == (headline, site)


@pytest.mark.parametrize(("title", "site", "story"), [
    ("Как я собирал радиоприёмник :: Радиолюбитель", "Радиолюбитель",
     "Как я собирал радиоприёмник"),
    ("Mein Weg zum eigenen Gemüsegarten - Gartenfreunde", "Gartenfreunde",
     "Mein Weg zum eigenen Gemüsegarten"),
])
def test_an_h1_naming_the_site_yields_to_the_heading_that_prints_the_rest(
    title: str, site: str, story: str,
) -> None:
    """A hand-made page names itself in an `<h1>` with no link home, and prints the entry's
    title in the next heading: the `<title>` says which is the site."""
    body = (f'<div id="header"><h1>{site}</h1></div><div id="content"><h2>{story}</h2>'
            "<p>21.09.2005</p></div>")
    meta = meta_of(f"<title>{title}</title>", body)
    assert (meta.title, meta.site_name) == (story, site)


def test_an_h1_headline_stays_where_the_rest_is_printed_further_down() -> None:
    """The `<h1>` is the headline where the `<title>`'s longer rest (the site's name) is
    printed in the footer or a later heading, not as the next heading."""
    body = ("<h1>Learn More: Tutoring</h1><h2>How it works</h2>"
            "<footer><strong>The Partnership for Student Success</strong></footer>")
    meta = meta_of("<title>Learn More: Tutoring | The Partnership for Student Success</title>",
                   body)
    assert meta.title == "Learn More: Tutoring"


@pytest.mark.parametrize(("where", "title"), [
    # a board prints its topic's title as a link to the topic
    ('<a class="maintitle" href="viewtopic.php?t=5">Best way to store seeds over winter?</a>',
     "Best way to store seeds over winter?"),
    # the same link in the page's menu, or to the home page, is no headline line
    ('<nav><a href="viewtopic.php?t=5">Best way to store seeds over winter?</a></nav>',
     "Hilltop Gardeners :: View topic - Best way to store seeds over winter?"),
    ('<a href="/">Best way to store seeds over winter?</a>',
     "Hilltop Gardeners :: View topic - Best way to store seeds over winter?"),
])
def test_a_topics_title_printed_as_a_link_tells_the_headline(where: str, title: str) -> None:
    """Where no `<h1>` is, a link printing a part of the `<title>` longer than the rest (a
    board's topic title, phpBB 2's `maintitle`) is the page's headline line."""
    meta = meta_of("<title>Hilltop Gardeners :: View topic - Best way to store seeds over "
                   "winter?</title>", f"<table><tr><td>{where}</td></tr></table>")
    assert meta.title == title
