"""Promo and paywall clutter, the demo page end to end, and the parsers' hang check."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.model import Block
from newsclean.news import normalize_news
from newsclean.normalize.clutter import (
    asks_consent,
    clutter_flags,
    is_call_to_action,
    is_labelled_link,
    is_link_clutter,
    led_items,
    starts_teasers,
)

CLUTTER: list[str] = [
    "Advertisement",
    "- Advertisement -",
    "ADVERTISEMENT",
    "Access this article for free.",
    "Already have an account? Sign In",
    "Already a subscriber? Log in",
    "Scroll to continue with content",
    "Story continues below advertisement",
    "Sign up for our daily newsletter",
    "Sign up for our daily newsletter to get the news in your inbox.",
    "Skip Advertisement",
    "விளம்பரம்", "പരസ്യം", "இதையும் படியுங்கள்: மேயர் புதிய பேருந்துகளை உறுதியளித்தார்",
    "Subscribe to our Morning Briefing newsletter",
    "Share This",
    "Share this article",
    "Facebook Twitter Email",
    "Related Articles",
    "Read more",
    "You may also like",
    "Continue reading",
    "Anzeige",
    "Publicité",
    "Lee también",
    "Advert",
    "ADVERTISEMENT – Star Tours",  # an advertiser's slot
    "Read more: Profit falls as rivals weigh on the market",  # a teaser's label and title
    "Related post: Pickled Sprouts Recipe",
    "DON'T MISS",
    "Explore further",
    "Like Loading...",
    "Mehr ähnliche Nachrichten",
    "Noticias relacionadas",
    "Реклама:",
    "正在加载...",
    "Quick View View Options",  # a shop tile's buttons
    "Add to compare",
    "Read full story →",
    "Jump to Recipe", "Jump To Details", "Jump to the review",
    # a teaser's label and its title, in other languages
    "Lire aussi : Un autre article sur le budget de la ville",
    "Leia também: Prefeito promete novos ônibus",
    "Also read: Mayor promises new buses",
    "Читайте также: Мэр пообещал новые автобусы",
    "Czytaj także: Burmistrz obiecuje nowe autobusy",
    "Ayrıca okuyun: Belediye başkanı yeni otobüs sözü verdi",
    "関連記事：市長が新しいバスを約束",
    "관련기사: 시장, 새 버스 약속",
    "相关阅读：市长承诺新公交线路",
    "Baca juga: Wali kota menjanjikan bus baru",
    "यह भी पढ़ें: मेयर ने नई बसों का वादा किया", "আরও পড়ুন: মেয়র নতুন বাসের প্রতিশ্রুতি দিলেন",
    "อ่านเพิ่มเติม: นายกเทศมนตรีสัญญาว่าจะมีรถเมล์ใหม่", "بیشتر بخوانید: شهردار وعده اتوبوس جدید داد",
    "קראו עוד: ראש העיר הבטיח אוטובוסים חדשים",
    # an ad's label, a share button, a subscription prompt, in other languages
    "Pubblicità", "Publicidade", "Advertentie", "Reklam", "広告", "광고", "إعلان",
    "विज्ञापन", "বিজ্ঞাপন", "โฆษณา", "تبلیغات",
    "Condividi", "Compartilhe", "Udostępnij", "Paylaş", "공유하기",
    "Iscriviti alla newsletter", "Abonneer nu", "Berlangganan", "Continua a leggere",
    # a paywall's prompt in other languages
    "Dieser Artikel ist nur für Abonnenten verfügbar.", "Jetzt weiterlesen mit SZ Plus",
    "Cet article est réservé aux abonnés.", "Il vous reste 80% de cet article à lire.",
    "Este contenido es exclusivo para suscriptores.", "Suscríbete para seguir leyendo",
    "Questo articolo è riservato agli abbonati.", "Assine para continuar lendo",
    "Dit artikel is alleen voor abonnees",
]
NOT_CLUTTER: list[str] = [
    "Jump to a section:",  # the label of a table of contents
    "Sign up for 4 months of Amazon Music Unlimited for just $1.",
    "Share this information, please?",
    "The company continued to sign up additional subscribers throughout the week.",
    "Advertisement spending rose 4% last year, the agency said.",
    "Russia sees no reason to discuss peace with Japan.",
    "See more photos:",
    "The advert ran for weeks – and nobody saw it, the agency said.",
    "More: the council met again on Tuesday",
    "Loading the trucks took the crew most of the night.",
    "Add to the soup a pinch of salt and two bay leaves.",
    # a sentence that opens with a label's words is prose
    "Saiba mais sobre o orçamento da cidade, que foi aprovado na terça-feira pela câmara "
    "depois de um longo debate entre vereadores.",
    "Lees ook de brief die de burgemeester dinsdag aan alle bewoners van de stad stuurde "
    "over de nieuwe buslijnen en de kosten.",
]


@pytest.mark.parametrize("text", CLUTTER)
def test_call_to_action(text: str) -> None:
    assert is_call_to_action(text)


@pytest.mark.parametrize("text", NOT_CLUTTER)
def test_not_a_call_to_action(text: str) -> None:
    assert not is_call_to_action(text)


def test_short_link_only_block_at_edges_is_clutter() -> None:
    assert is_link_clutter("Trump officials eye a longer road", 1.0)
    assert not is_link_clutter("Trump officials eye a longer road", 0.2)
    assert not is_link_clutter("Trump officials eye a longer road", None)
    texts = ["Top link", "Story.", "More story.", "Middle link", "Story.", "End.", "Last link"]
    flags = clutter_flags(texts, [1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0])
    assert flags == [True, False, False, False, False, False, True]  # middle: inside the story


def test_a_body_made_only_of_links_is_not_clutter() -> None:
    """Stray links are clutter beside a body; where nothing else would be left they are it."""
    assert clutter_flags(["First link", "Second link"], [1.0, 1.0]) == [False, False]
    # a call to action beside them is still dropped, the links stay as the body
    assert clutter_flags(["Subscribe now", "A linked line"], [0.0, 1.0]) == [True, False]
    assert clutter_flags(["A linked line", "Some story text."], [1.0, 0.0]) == [True, False]


def test_a_listing_of_linked_titles_keeps_its_first_and_last_items() -> None:
    """A shop's or an index's body: linked titles, each with a price or a date line. The
    first and the last title are items like the others, not stray links."""
    texts, densities = [], []
    for i in range(6):
        texts += [f"Cast iron skillet {i}", f"${20 + i}.99"]
        densities += [1.0, 0.0]
    assert clutter_flags(texts, densities) == [False] * len(texts)
    # one linked line inside a story leaves the edge links stray, as before
    story = ["Linked teaser", "A paragraph.", "A linked aside", "More text.", "Last link"]
    assert clutter_flags(story, [1.0, 0.0, 1.0, 0.0, 1.0]) == [True, False, False, False, True]


def test_related_heading_takes_its_teasers_with_it() -> None:
    story = ["Paragraph one of the story, long enough to matter here."] * 4
    tail = ["Related Articles", "UK sanctions pro-Russia network", "Senior official visits"]
    flags = clutter_flags(story + tail, [None] * 7)
    assert flags == [False] * 4 + [True] * 3
    assert starts_teasers("Related Articles") and not starts_teasers("Related reading list")


@pytest.mark.parametrize(
    "heading",
    ["Articoli correlati", "Notícias relacionadas", "Gerelateerde artikelen", "Похожие новости",
     "İlgili Haberler", "関連記事", "관련기사", "相关新闻", "Artículos relacionados",
     "Weitere Artikel", "संबंधित खबरें", "ข่าวที่เกี่ยวข้อง", "اخبار مرتبط", "כתבות נוספות"],
)
def test_a_related_heading_in_any_language_takes_its_teasers_with_it(heading: str) -> None:
    story = ["Paragraph one of the story, long enough to matter here."] * 4
    tail = [heading, "UK sanctions pro-Russia network", "Senior official visits"]
    assert clutter_flags(story + tail, [None] * 7) == [False] * 4 + [True] * 3


def test_an_inline_teaser_label_takes_only_itself() -> None:
    """"Don't miss" heads one or two teasers set in the story, which goes on after them."""
    story = ["Paragraph of the story, long enough to matter here."] * 4
    texts = [*story, "DON'T MISS", "Teaser headline", *story]
    assert clutter_flags(texts, [None] * len(texts)) == [False] * 4 + [True] + [False] * 5


@pytest.mark.parametrize("text,density,teaser", [
    ("Читайте также Центробанк сохранил ключевую ставку", 0.8, True),  # no colon: the link
    ("相关阅读 央行宣布下调存款准备金率0.5个百分点", 0.7, True),
    ("Lire aussi\xa0: Les critiques de la CNIL contre le projet de loi sur le renseignement",
     0.8, True),  # past the 15 words of a call to action, a linked title
    ("ALSO READ Council approves new budget for schools next year", 0.9, True),
    ("Read more on how to install and use the tool on Ubuntu", 0.9, True),
    ("Related reading helps the council, the mayor said on Monday", 0.1, False),
    ("По теме выступил министр финансов с докладом", 0.0, False),  # a sentence, unlinked
    ("Saiba mais sobre o programa na página oficial do governo", 0.3, False),
    ("Читайте также Центробанк сохранил ключевую ставку", None, False),  # density unknown
])
def test_a_teaser_label_before_its_linked_title(
    text: str, density: float | None, teaser: bool
) -> None:
    assert is_labelled_link(text, density) is teaser


def test_an_inline_labelled_link_leaves_the_story() -> None:
    story = ["Paragraph of the story, long enough to matter here."] * 4
    texts = [*story[:2], "Читайте также Центробанк сохранил ставку", *story[2:]]
    densities: list[float | None] = [0.0, 0.0, 0.8, 0.0, 0.0]
    assert clutter_flags(texts, densities) == [False, False, True, False, False]


def test_related_heading_early_in_the_body_is_only_itself() -> None:
    texts = ["Related", "First paragraph.", "Second paragraph.", "Third.", "Fourth."]
    assert clutter_flags(texts, [None] * 5) == [True, False, False, False, False]


def test_clutter_leaves_text_whatever_strip_wire() -> None:
    blocks = [Block(text="A story."), Block(text="- Advertisement -"), Block(text="More story.")]
    for strip in (True, False):
        parts = normalize_news(blocks, strip_wire=strip)
        assert [b.text for b in parts.blocks] == ["A story.", "More story."]


SAMPLE_PARAGRAPHS = 6


@pytest.mark.parametrize("extractors", [["trafilatura"], None], ids=["trafilatura", "default"])
def test_demo_page(sample_html: bytes, extractors: list[str] | None) -> None:
    article = newsclean.extract(sample_html, extractors=extractors)
    assert article.dateline is not None
    assert article.dateline.locations == ["MOSCOW"]
    assert article.dateline.agency == "Reuters"
    assert article.agency == "Reuters"
    assert [(c.role, c.names) for c in article.credits] == [
        ("reporting", ["Dmitry Antonov"]),
        ("writing", ["Maxim Rodionov"]),
        ("editing", ["Guy Faulconbridge", "Andrew Osborn"]),
    ]
    captions = [i.caption for i in article.images]
    assert captions == [
        "FILE PHOTO: Russia's President Putin holds the annual press conference in Moscow"
    ]
    assert article.images[0].url and article.images[0].url.endswith("RUSSIA-JAPAN.jpg")
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == SAMPLE_PARAGRAPHS
    assert paragraphs[0].startswith("Russia sees no reason")
    assert paragraphs[-1].endswith("any negotiations\".")
    for noise in ("Advertisement", "Reporting by", "Share This", "Related Articles",
                  "Sign In", "FILE PHOTO", "MOSCOW (Reuters)"):
        assert noise not in article.text


def test_demo_page_keeps_wire_text_when_asked(sample_html: bytes) -> None:
    article = newsclean.extract(sample_html, extractors=["trafilatura"], strip_wire=False)
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("MOSCOW (Reuters) - Russia sees no reason")
    assert paragraphs[-1].startswith("(Reporting by Dmitry Antonov")
    assert "Advertisement" not in article.text
    assert article.dateline is not None and len(article.credits) == 3


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=8), st.booleans())
def test_normalize_never_crashes(texts: list[str], strip: bool) -> None:
    blocks = [Block(text=t) for t in texts if t.strip()]
    parts = normalize_news(blocks, strip_wire=strip)
    assert len(parts.blocks) <= len(blocks)
    assert all(b.text.strip() for b in parts.blocks)


# Each parser on 100 KB adversarial strings, in a child process so a hang can be stopped.
HANG_CHECK = textwrap.dedent(
    """
    import sys
    from newsclean.model import Block
    from newsclean import news
    from newsclean.normalize import (
        agencies, captions, clutter, credits, dateline, gazetteer, trailers,
    )

    SIZE = 100_000
    units = ["A", "A ", "-", " - ", "(", ")", "(A ", "A) ", ";", "; by ", "Reporting by ",
             "MOSCOW ", "MOSCOW, ", "A/", "(Reuters) ", "© ", "Photo: ", "/Getty Images ",
             "A in B and ", "contributed ", "_", "A.", "\\u2014 ", "-- ", "Share ", ", ",
             # the wire shapes of every language (dateline.py, credits.py, trailers.py)
             "Leipzig (SID) ", "(dpa/lnw) ", "K\\u00f6ln (", "/PRNewswire/ ", "--(BUSINESS WIRE)",
             "(GLOBE NEWSWIRE) ", " / ACCESSWIRE / ",
             "\\u041c\\u041e\\u0421\\u041a\\u0412\\u0410, 29 ", "/\\u0422\\u0410\\u0421\\u0421/. ",
             "(EFE).- ", ".- ", ": ", "A: ", "[India], ", "12 jan 2025 ", "March 3, 2025 ", "12. ",
             "(ANSA) - ROMA, ", "\\u3010", "(\\uc11c\\uc6b8=",
             "\\u65b0\\u534e\\u793e", "Reporte de ", " reported from ", "Fox News' ", "A's B ",
             "Mit Material von dpa und ", "(Con informaci\\u00f3n de AFP y ", "/ritzau/",
             "contributed to this report. ", "Contributing: ", "A, B, ", "Halle/Saale ",
             "(Niedersachsen) ", "\\u2014 A ", "This article was edited by "]
    strings = [(u * (SIZE // len(u) + 1))[:SIZE] for u in units]
    strings += [a[: SIZE // 2] + b[: SIZE // 2] for a, b in zip(strings, strings[1:])]
    parsers = {
        "parse_dateline": dateline.parse_dateline,
        "parse_place": dateline.parse_place,
        "parse_credit_line": credits.parse_credit_line,
        "parse_names": credits.parse_names,
        "split_trailing_credits": credits.split_trailing_credits,
        "parse_trailer": trailers.parse_trailer,
        "split_signoff": trailers.split_signoff,
        "canonical_agency": agencies.canonical_agency,
        "is_place": gazetteer.is_place,
        "is_call_to_action": clutter.is_call_to_action,
        "starts_teasers": clutter.starts_teasers,
        "looks_like_caption": captions.looks_like_caption,
        "split_credit": captions.split_credit,
        "normalize_news": lambda s: news.normalize_news([Block(text=s)] * 3),
    }
    for name, parse in parsers.items():
        print(name, flush=True)
        for text in strings:
            parse(text)
    print("done", flush=True)
    """
)


def test_parsers_do_not_hang_on_adversarial_input() -> None:
    try:
        result = subprocess.run(
            [sys.executable, "-c", HANG_CHECK], capture_output=True, text=True, timeout=60
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout if isinstance(exc.stdout, str) else (exc.stdout or b"").decode()
        pytest.fail(f"a parser hung on adversarial input; last started: {out.split()[-1:]}")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "done"


def test_a_list_of_teasers_after_the_heading_is_judged_by_its_items() -> None:
    story = ["Paragraph one of the story, long enough to matter here."] * 4
    items = "\n".join(f"Another story about town number {i} and its people" for i in range(6))
    assert clutter_flags([*story, "More stories", items], [None] * 6)[-1] is True
    essay = "\n".join([story[0] * 4, "A second item."])  # an item of story length: text again
    assert clutter_flags([*story, "More stories", essay], [None] * 6)[-1] is False


def test_english_teasers_inside_a_story_leave_it() -> None:
    """An English "Also read" teaser set in a story, with or without its colon, goes; the
    story around it stays (built page, extracted end to end)."""
    import newsclean

    story = " ".join(["The council met on Monday to discuss the new water plan for the city."] * 3)
    html = (
        "<html><body><article><h1>Council plan</h1>"
        f"<p>{story}</p><p>{story}</p>"
        "<p><strong>ALSO READ</strong> <a href='/x'>Council approves new budget for schools</a></p>"
        f"<p>{story}</p>"
        "<p><b>Also read:</b> <a href='/y'>River board warns of a water shortage</a></p>"
        f"<p>{story}</p></article></body></html>"
    )
    text = newsclean.extract(html).text
    assert "budget for schools" not in text and "water shortage" not in text
    assert text.count("The council met on Monday") == 12


@pytest.mark.parametrize("text", [
    "We use COOKIES to show you this video", "Externer Inhalt: bitte zustimmen",
    "ENABLE THIRD-PARTY COOKIES", "Ce contenu externe nécessite votre CONSENTEMENT",
    "Zgoda na pliki", "Samtycke",
    "We use cookie\u017f",  # a long s: case-blind, it is an s (outside ASCII, as re reads it)
])
def test_consent_wording_is_found_in_any_case(text: str) -> None:
    assert asks_consent(text)


@pytest.mark.parametrize("text", [
    "The council voted on Monday", "Consenting adults", "Contents", "Third of the votes",
])
def test_text_without_consent_wording_asks_none(text: str) -> None:
    assert not asks_consent(text)


@pytest.mark.parametrize("text", [
    "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ:",  # Greek capitals drop the accents of "Διαβάστε επίσης"
    "Читайте ещё",  # ё where the list writes е
    "اقرأ أيضًا",  # tanween where the list writes أيضاً
    "Xem the\u0302m:",  # Vietnamese "Xem thêm" in decomposed Unicode
])
def test_calls_to_action_match_without_optional_marks(text: str) -> None:
    assert is_call_to_action(text)


THREAD_PROMPTS = [
    "You must log in or register to reply here.",
    "(You must log in or sign up to post here.)",
    "You must log in to answer this question.",
    "You need to be a member in order to leave a comment",
    "Please sign in to post.",
    "Sign In To Reply",
    "Du musst dich anmelden oder registrieren, um hier zu antworten.",
    "Vous devez vous connecter ou vous inscrire pour répondre ici.",
    "Debes iniciar sesión o registrarte para responder aquí.",
]


@pytest.mark.parametrize("text", THREAD_PROMPTS)
def test_a_threads_prompt_to_log_in_and_reply_is_a_call_to_action(text: str) -> None:
    """A forum or Q&A page prints under its last post what a visitor must do to answer;
    WCXB's truths never keep it."""
    assert is_call_to_action(text)


@pytest.mark.parametrize("text", [
    "Register to join the online events",
    "You must log in to your account to see your orders.",
    "Sign up to comment on articles you like, and we will send you a weekly digest.",
    "Members must log in to reply within seven days, the board decided on Monday.",
])
def test_a_sentence_about_logging_in_is_not_a_threads_prompt(text: str) -> None:
    assert not is_call_to_action(text)


def test_extract_leaves_a_threads_prompt_to_reply_out() -> None:
    import newsclean

    posts = "".join(
        f"<article class='message'><a href='/u/{n}'>user{n}</a><div class='message-body'>"
        f"<p>{text}</p></div></article>"
        for n, text in enumerate([
            "My router drops the connection every evening and I cannot find out why.",
            "Have you checked whether the firmware is current? Old versions had this bug.",
            "Thanks, updating the firmware fixed it and it has been stable for a week.",
        ])
    )
    html = (f"<html><head><title>Connection drops</title></head><body><main><h1>Connection"
            f" drops</h1>{posts}<div class='block-outer'><p>You must log in or register to"
            f" reply here.</p></div></main></body></html>")
    text = newsclean.extract(html, "https://forum.example.org/threads/drops.45/").text
    assert "stable for a week" in text and "log in" not in text


def test_titles_leading_items_at_one_stride_are_kept_at_the_edge() -> None:
    """A blog index whose items hold a linked title, a date line, a snippet and tags: the
    titles are a quarter of the blocks, yet each leads an item; the first is no stray
    link."""
    texts, densities = [], []
    for i in range(5):
        texts += [f"Title of post {i}", f"Posted on May {i + 1}, 2024",
                  f"The snippet of post {i} says what the post is about in a sentence.",
                  "Tags: garden, spring"]
        densities += [1.0, 0.2, 0.0, 0.6]
    texts.append("Copyright 2024")
    densities.append(0.0)
    assert not any(clutter_flags(texts, densities))


def test_links_at_uneven_places_stay_stray() -> None:
    assert not led_items([True, False, False, True, False, True, False, False, False, True])
    assert not led_items([True, True, True, True, True])
    assert led_items([True, False, False, True, False, False, True, False, False, True])


def test_an_items_title_at_the_edge_is_no_stray_link() -> None:
    texts = ["Rubric", "First title", "Its lead sentence says what the story is about.",
             "Second title", "Its lead sentence says what this one is about.", "Third title",
             "Another lead sentence.", "Last title"]
    densities = [1.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0]
    assert clutter_flags(texts, densities)[:2] == [True, True]
    titles = [False, True, False, True, False, True, False, True]
    flags = clutter_flags(texts, densities, titles.__getitem__)
    assert flags[0] and not flags[1] and not flags[-1]
