"""Pages of the institutional and legal web, which LLM corpora and monitoring teams take much
from and which no probe had built (`tests/institution_pages.py`: a statute's section, a
court's decision, a bill's page, a university's news story, a town's public notice, a
museum's exhibition, an NGO's report landing page, a statistics office's release, an
RFC-like standard, an annual report's chapter, a ministry's statement), in English, German,
French, Spanish, Italian, Polish, Japanese and Arabic. The default `extract()` keeps what a
reader takes as the main content, as WCXB's annotators do on its tune half's government
and university pages (a city department's data table and contact lines, 0204 and 4552; a
programme's "(PDF)" brochure link, 4553; a safety alert's best-practice list, 0351), none of
the institution's chrome (banners, language pickers, breadcrumbs, the code's side menu,
"Print / PDF", "Was this helpful?", footers of agency links), keeps its structure (numbered
paragraphs, headings, lists, tables, quotes), reads the metadata the page shows (a court,
an office or an agency is no person) and says what kind of page it is. No page of a dataset
is copied."""

from __future__ import annotations

import re
from datetime import date

import pytest

import newsclean
from tests import institution_pages as ip
from tests import platform_pages as pp
from tests.platform_pages import Template

TEMPLATES: dict[str, Template] = {
    "statute": Template(
        ip.statute_de(), "article|documentation", ip.LAW_PARAS,
        ("Ein Service des", "Leichte Sprache", "Gebärdensprache", "Nichtamtliches",
         "§ 13 Übertragung", "§ 10 Gemeinschaftsarbeit", "Drucken", "Zurück zur Teilliste",
         "Datenschutzerklärung", "Bundesgesetzblatt"),
        lang="de", headings=(ip.LAW_SECTION,)),
    "court": Template(
        ip.court_fr(), "article",
        (ip.COURT_HEADNOTE, ip.COURT_PARTIES, *ip.COURT_FACTS, *ip.COURT_GROUND,
         ip.COURT_RULING),
        ("République Française", "Français", "English", "Télécharger (PDF)", "Imprimer",
         "Partager", "Sommaire de la décision", "Décisions rapprochées", "n° 20-21.113",
         "Mentions légales", "Accessibilité"),
        lang="fr", headings=("Faits et procédure", "Examen du moyen")),
    "bill": Template(
        ip.bill_en(), "article|service", ip.BILL_SUMMARY,
        ("Skip to content", "Find Your Legislator", "Text (3)", "Cosponsors (12)",
         "Track this bill", "Privacy Notice", "Contact Webmaster"),
        headings=("Summary", "Actions"),
        rows=("Reported favorably with amendment", "Third reading")),
    "university": Template(
        ip.university_es(), "article", (ip.UNI_LEAD, *ip.UNI_TEXT, ip.UNI_QUOTE),
        ("Estudiantes", "Català", "Investigación", "Compartir", "Noticias relacionadas",
         "herbario histórico", "Sede electrónica", "Campus del Río"),
        lang="es"),
    "town": Template(
        ip.town_de(), "article|service", (*ip.TOWN_TEXT, *ip.TOWN_LIST),
        ("Leichte Sprache", "Polski", "Rathaus & Service", "Seite drucken", "Seite teilen",
         "War diese Seite hilfreich", "Landratsamt", "Amtsblatt"),
        lang="de"),
    "museum": Template(
        ip.museum_it(), "article|service", (*ip.MUS_TEXT, "15 marzo – 20 luglio 2025"),
        ("Collezione", "Scuole", "Acquista i biglietti", "Potrebbe interessarti",
         "Il Novecento a Milano", "Iscriviti alla newsletter", "Amministrazione trasparente"),
        lang="it", rows=("Intero", "Ridotto (18–25 anni)")),
    "ngo": Template(
        ip.ngo_en(), "article", (*ip.NGO_TEXT, *ip.NGO_FINDINGS),
        ("Donate", "Our work", "Related publications", "Who owns the pipes?", "Give today",
         "Stay informed", "registered charity"),
        headings=(ip.NGO_HEAD,)),
    "stats": Template(
        ip.stats_pl(), "article", ip.STAT_TEXT,
        ("Obszary tematyczne", "Dostępność", "English", "Ministerstwo Finansów",
         "Deklaracja dostępności"),
        lang="pl", rows=("Nośniki energii", "Ogółem")),
    "rfc": Template(
        ip.rfc_en(), "documentation|article",
        (ip.RFC_ABSTRACT, *(p for _, ps in ip.RFC_SECTIONS for p in ps)),
        ("[Docs]", "[Tracker]", "[Errata]", "Table of Contents", "Authors' Addresses"),
        headings=("Abstract", *(h for h, _ in ip.RFC_SECTIONS))),
    "annual_report": Template(
        ip.annual_ja(), "article", ip.AR_TEXT,
        ("企業情報", "採用情報", "価値創造プロセス", "コーポレート・ガバナンス", "PDFダウンロード",
         "次へ", "サイトマップ", "個人情報保護方針"),
        lang="ja", headings=("主要指標",), rows=("営業利益",)),
    "ministry": Template(
        ip.ministry_ar(), "article", ip.MIN_TEXT,
        ("موقع حكومي رسمي", "الخدمات الإلكترونية", "طباعة", "أخبار ذات صلة",
         "وفداً من خبراء الري", "هل كانت هذه الصفحة مفيدة", "آخر تحديث", "مجلس الوزراء"),
        lang="ar"),
}

# Where the default `extract()` does not yet do what the page asks: why (docs/chain.md,
# "Pages of the institutional and legal web").
TEXT_GAPS: dict[str, str] = {
    "bill": "the tabs under the bill's heading ('Summary', 'Text (3)', 'Actions (4)', "
            "'Cosponsors (12)') kept: a list of one- and two-word links inside <main>, which "
            "the block scorer keeps (0.83-0.93) though its rules call it bad",
    "museum": "the exhibition's span ('15 marzo – 20 luglio 2025') under the title left, as a "
              "news page's date line is (scorer 0.53 outside the container): here it is what "
              "the page is about",
    "rfc": "the 'Authors' Addresses' heading kept without its addresses (the <address> "
           "blocks dropped as contact lines)",
}
TYPE_GAPS: dict[str, str] = {}


def problems(name: str) -> list[str]:
    """What the default `extract()` gets wrong about the page's text and Markdown."""
    return pp.template_problems(TEMPLATES[name], ())


@pytest.mark.parametrize("name", pp.gap_cases(TEXT_GAPS, list(TEMPLATES)))
def test_an_institution_s_page_keeps_its_main_content_and_leaves_its_chrome(name: str) -> None:
    assert problems(name) == []


@pytest.mark.parametrize("name", pp.gap_cases(TYPE_GAPS, list(TEMPLATES)))
def test_an_institution_s_page_is_said_to_be_its_kind(name: str) -> None:
    assert pp.kind_problem(TEMPLATES[name]) == ""


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_an_institution_s_page_prints_its_title_once(name: str) -> None:
    """The RFC's identifiers table stands before its `<h1>`: the heading was not the text's
    first block, and the Markdown printed the title twice (`assemble._later_title`)."""
    article = newsclean.extract(TEMPLATES[name].html)
    md = article.to_markdown(links=False)
    assert len(re.findall(rf"^# {re.escape(article.title or '')}\s*$", md, re.M)) == 1


# ---------------------------------------------------------------- metadata the page shows

META: dict[str, dict[str, object]] = {
    "statute": {"authors": [], "published": None},
    "court": {"title": ip.COURT_TITLE, "authors": [], "published": date(2024, 3, 14),
              "site_name": "Cour de cassation"},
    "bill": {"title": ip.BILL_TITLE, "authors": []},
    "university": {"title": ip.UNI_TITLE, "authors": [], "published": date(2025, 2, 12),
                   "site_name": "Universidad de Valdeprado"},
    "town": {"title": ip.TOWN_TITLE, "authors": [], "published": date(2025, 2, 3),
             "modified": date(2025, 2, 4), "site_name": "Stadt Lindenau"},
    "museum": {"title": ip.MUS_TITLE, "authors": [], "published": None},
    "ngo": {"title": ip.NGO_TITLE, "authors": [], "published": date(2024, 11, 18),
            "site_name": "WaterRight"},
    "stats": {"title": ip.STAT_TITLE, "authors": [], "published": date(2025, 1, 31)},
    "rfc": {"title": ip.RFC_TITLE, "authors": ["K. Mbeki", "L. Sato"]},
    "annual_report": {"title": ip.AR_TITLE},
    "ministry": {"title": ip.MIN_TITLE, "authors": [], "published": date(2025, 2, 16),
                 "modified": date(2025, 2, 17)},
}
META_GAPS: dict[tuple[str, str], str] = {
    ("university", "authors"): "['Unidad de Cultura Científica']: the office JSON-LD types as "
    "an Organization, read as a person from the printed byline (`span.autor`); a fix that "
    "took the markup's type over the byline lowered wcxb-dev tune's strict authors "
    "0.788 -> 0.782 (WCXB names a declared firm as the author on 0355, and 0397 types a "
    "person as an Organization): dropped, docs/chain.md",
}


@pytest.mark.parametrize(("name", "field"), pp.field_cases(META, META_GAPS))
def test_an_institution_s_page_says_the_title_author_date_and_site_it_shows(
    name: str, field: str
) -> None:
    assert pp.shown_field(TEMPLATES[name].html, field) == META[name][field]


def test_a_statute_s_title_names_its_section() -> None:
    """The `<title>` "§ 12 GartenNG - Einzelnorm" (a single norm) names the section and its
    law's short name; the `<h1>` is the law's full name, shared by all its sections."""
    assert (newsclean.extract(TEMPLATES["statute"].html).title or "").startswith("§ 12 GartenNG")


@pytest.mark.parametrize(("text", "span"), [
    ("15 marzo – 20 luglio 2025", True),
    ("March 15 – July 20, 2025", True),
    ("15.03.–20.07.2025", True),
    ("12 февраля – 3 марта 2025", True),
    ("3 – 5 June 2025", True),
    ("Apr 15 - May 13, 2026", True),
    ("Mon 3 March 2025, 10:00 – 12:00", False),   # a time's span on one day
    ("46m - Dec 15, 2025", False),                 # an episode's length, then its day
    ("Vienna — March 3, 2025", False),             # a dateline
    ("Published 3 March 2025 — Updated 5 March 2025", False),
    ("2025-03-15", False),
])
def test_a_span_of_days_is_not_the_page_s_date(text: str, span: bool) -> None:
    """An exhibition's, an event's or a course's span of days under the title: its last
    day is no day the page was published (the museum page was dated 20 July 2025)."""
    from newsclean.metadata.dates import day_range

    assert day_range(text) is span
