"""Pages of the transactional and service web, which a crawl brings in bulk and the dev sets
show little of (`tests/commerce_pages.py`: a job posting, a job board's results, a property
for sale, a classifieds ad, an event, a hotel, a restaurant, a law firm, an app store's
page, a university course, a comparison table, a marketplace's category), in English,
German, French, Spanish, Russian, Japanese, Chinese and Arabic. The default `extract()`
keeps what WCXB's annotators keep on such pages (read on the tune half: a product's name,
price, description, facts and specifications, without "Customers also bought"; a service
page's offer text, its fee tables and lists; a listing's items with their facts, without
the filters and "Save this event"), none of the site's chrome, keeps the structure
(headings, lists, tables), reads the page's title and says what kind of page it is. No
page of a dataset is copied."""

from __future__ import annotations

import pytest

import newsclean
from tests import commerce_pages as cp
from tests import platform_pages as pp
from tests.platform_pages import Template

TEMPLATES: dict[str, Template] = {
    "job_posting": Template(
        cp.job_posting(),
        "article|service|product",
        (cp.JOB_INTRO, *cp.JOB_DUTIES, *cp.JOB_NEEDS, cp.JOB_OFFER, "£38,000 – £44,000"),
        (
            "Apply now",
            "Save job",
            "Similar jobs",
            *cp.JOB_SIMILAR,
            "Report this job",
            "48 applicants",
        ),
        headings=("What you will do", "What you bring"),
    ),
    "job_search": Template(
        cp.job_search(),
        "listing|collection",
        tuple(x for t, c, _, d in cp.JOB_RESULTS for x in (t, d)),
        (
            "Merken",
            "Vollzeit",
            "Homeoffice (144)",
            "Jobalarm aktivieren",
            "Nächste Seite",
            "Sortieren nach",
        ),
        lang="de",
    ),
    "real_estate": Template(
        cp.real_estate(),
        "product|service|article",
        (*cp.HOUSE_TEXT, "289 000 €", "Surface habitable", "112 m²"),
        (
            "Voir les 18 photos",
            "Ajouter aux favoris",
            "Contacter l'agent",
            "Calculer",
            "Biens similaires",
            "Maison 4 pièces",
            "Afficher le numéro",
        ),
        lang="fr",
        rows=("Année de construction",),
    ),
    "classifieds": Template(
        cp.classifieds(),
        "product",
        (*cp.AD_TEXT, "4 500 ₽", "16 дюймов"),
        (
            "Пожаловаться",
            "Показать телефон",
            "Написать сообщение",
            "Не переводите предоплату",
            "Похожие объявления",
            "Велосипед детский 3",
        ),
        lang="ru",
    ),
    "event": Template(
        cp.event_page(),
        "article|service|product",
        (*cp.EVENT_TEXT, *cp.EVENT_LINEUP, "14 de junio de 2026", "Parque de la Ribera"),
        (
            "Seguir",
            "Compartir",
            "También te puede interesar",
            "Noche de jazz 2",
            "Comprar entradas",
        ),
        lang="es",
        headings=("Acerca de este evento",),
    ),
    "hotel": Template(
        cp.hotel_page(),
        "product|service",
        (cp.HOTEL_TEXT, *cp.HOTEL_AMENITIES, "¥24,000"),
        ("空室を検索", "周辺のホテル", "湖畔ホテル2号館", "すべてのクチコミを見る"),
        lang="ja",
        rows=("洋室ツイン",),
    ),
    "restaurant": Template(
        cp.restaurant(),
        "service",
        (cp.RESTAURANT_INTRO, *(d for d, _ in cp.RESTAURANT_MENU), "21,90 €", "Lindenplatz 3"),
        ("Abonnieren", "Unser Newsletter", "Tisch reservieren"),
        lang="de",
        headings=("Speisekarte", "Öffnungszeiten"),
        rows=("Dienstag – Freitag",),
    ),
    "law_firm": Template(
        cp.law_firm(),
        "service",
        (
            cp.LAW_INTRO,
            *(x for t, d in cp.LAW_SERVICES for x in (t, d)),
            *cp.LAW_REVIEWS,
            *cp.LAW_AREAS,
        ),
        ("Learn more", "Book a free consultation", "Ready to talk?"),
        headings=("How we can help",),
    ),
    "app_store": Template(
        cp.app_store(),
        "product|service",
        (*cp.APP_TEXT, cp.APP_NEWS),
        ("获取", "你可能还喜欢", "理财助手3", "更多"),
        lang="zh",
    ),
    "course": Template(
        cp.course_page(),
        "service|article|documentation",
        (cp.COURSE_TEXT, *cp.COURSE_WEEKS, "10 ECTS", "GEO 110 Earth Surface Processes"),
        ("How to apply", "Print this page", "GEO 301 Marine Geology"),
        headings=("Syllabus",),
    ),
    "comparison": Template(
        cp.comparison(),
        "product|service|article",
        (cp.COMPARE_INTRO, cp.COMPARE_VERDICT),
        ("Voir l'offre", "Recevez nos comparatifs", "S'abonner"),
        lang="fr",
        rows=("Autonomie", "150 min", "399 €"),
    ),
    "marketplace_category": Template(
        cp.marketplace_category(),
        "collection|listing",
        tuple(n for n, *_ in cp.CATEGORY_ITEMS),
        ("أضف إلى السلة", "ترتيب حسب", "التالي", "نجمة (42)"),
        lang="ar",
    ),
}

TITLES = {
    "job_posting": "Maintenance Planner",
    "real_estate": "Maison de village 5 pièces",
    "classifieds": "Детский велосипед 16 дюймов",
    "event": "Festival del Río 2026",
    "hotel": "湖畔の宿 みずかがみ",
    "restaurant": "Gasthaus Zur Linde",
    "app_store": "记账小鹿",
    "course": "Coastal Processes",
}

# Where the default `extract()` does not yet do what the page asks: why.
TEXT_GAPS: dict[str, str] = {
    "job_search": "the filter list's last two facets ('Homeoffice (144)', 'Minijob (57)') "
    "kept: the scorer gives them 0.57-0.60, its first two 0.45",
    "job_posting": "the 'Similar jobs' heading and its cards' titles kept after the text: the "
    "scorer gives the cards 0.5-0.74 and they are a repeated template's "
    "siblings (measured and left out before: docs/chain.md, 'A box of links "
    "after the page's text')",
    "event": "'Comprar entradas', the tickets table's button link, kept (scorer 0.61)",
    "restaurant": "the heading over the kept menu (scorer 0.29, under the 0.3 that "
    "structure_headings asks) and the address at the text's end (0.38) dropped: on the "
    "tune halves 74 of 77 <address> blocks left at the kept text's edges are out of the truth",
    "law_firm": "the cards' 'Learn more' links and the hero's 'Book a free consultation' "
    "kept (scorer 0.82-0.89): repeated short links, kept and dropped alike in "
    "the truths (docs/chain.md, stop 53)",
    "comparison": "the table's row of 'Voir l'offre' buttons kept: a table is read whole",
}
TYPE_GAPS: dict[str, str] = {
    "job_posting": "listing (0.44): a posting's facts list and its 'Similar jobs' cards",
    "real_estate": "listing (0.46): a facts table, a price and 'Biens similaires' cards",
    "classifieds": "listing (0.41): short parameters and similar ads' cards",
    "comparison": "listing (0.36): a table of products side by side",
}
TITLE_GAPS: dict[str, str] = {
    "real_estate": "the <title> with the site's name cut ('Maison 5 pièces à vendre – "
    "Saint-Aurel – 289 000 €'), not the heading the JSON-LD names",
}


def problems(name: str) -> list[str]:
    t = TEMPLATES[name]
    return pp.template_problems(t, pp.chrome_lines(t.lang))


@pytest.mark.parametrize("name", pp.gap_cases(TEXT_GAPS, list(TEMPLATES)))
def test_a_commerce_page_keeps_its_main_content_and_leaves_its_chrome(name: str) -> None:
    assert problems(name) == []


@pytest.mark.parametrize("name", pp.gap_cases(TYPE_GAPS, list(TEMPLATES)))
def test_a_commerce_page_is_said_to_be_its_kind(name: str) -> None:
    assert pp.kind_problem(TEMPLATES[name]) == ""


@pytest.mark.parametrize("name", pp.gap_cases(TITLE_GAPS, list(TITLES)))
def test_a_commerce_page_is_titled_by_its_offer(name: str) -> None:
    """The title is the job's, the property's, the event's name, not the site's."""
    title = newsclean.extract(TEMPLATES[name].html).title or ""
    assert TITLES[name] in title, title


def test_a_cards_fields_in_spans_are_words_apart() -> None:
    text = newsclean.extract(TEMPLATES["job_search"].html).text
    assert "Stadtwerke Lindenau Lindenau" in text
