"""Pages of the multimedia and social web, whose main content is short text around media
(`tests/media_pages.py`: a video's watch page, a song's lyrics, a music album, a photo on an
image host, a slideshow story, a status, a photo post, a channel's web view, a pin, a place
on a map site, a podcast's transcript), in English, German, French, Spanish, Russian,
Japanese, Chinese and Arabic. The default `extract()` keeps what a reader came for (the
description with its chapters, the lyrics, the tracklist and bio, the caption, the slides'
captions, the post, the place's description, address, hours and reviews, the transcript),
none of the chrome (recommendation rails, counts, follow and subscribe buttons, login walls,
cookie prompts), reads the metadata the page shows and says what kind of page it is. No page
of a dataset is copied."""

from __future__ import annotations

from datetime import date

import pytest

from tests import media_pages as mp
from tests import platform_pages as pp
from tests.platform_pages import Template

TEMPLATES: dict[str, Template] = {
    # One item's page with its description: WCXB's article (a page about one thing whose
    # text is the main content), not a listing of the "Up next" rail.
    "video_watch": Template(
        mp.video_watch(), "article", (*mp.VIDEO_DESC, *mp.VIDEO_CHAPTERS[1:]),
        ("412K subscribers", "Subscribe", "Show more", "1,024 Comments", mp.VIDEO_UP_NEXT[0],
         *mp.VIDEO_COMMENTS)),
    "lyrics": Template(
        mp.lyrics(), "article", tuple(line for v in mp.LYR_VERSES for line in v),
        ("Publicidad", "Corregir letra", f"Más de {mp.LYR_ARTIST}", mp.LYR_MORE[0]),
        lang="es"),
    # An album is one work with its parts (article), or a thing for sale (product), or the
    # items of a tracklist (collection): each reading is defensible.
    "album": Template(
        mp.album(), "article|product|collection", mp.ALB_BIO,
        ("Abspielen", "Weitere Alben", mp.ALB_MORE[0]), lang="de",
        rows=tuple(t for _, t, _ in mp.ALB_TRACKS)),
    "photo_page": Template(
        mp.photo_page(), "article|collection", (mp.PHOTO_CAPTION,),
        ("フォロー", "閲覧 3,412", "この写真家の他の写真", mp.PHOTO_MORE[0]), lang="ja"),
    "slideshow": Template(
        mp.slideshow(), "article", (mp.SLIDE_INTRO, *mp.SLIDES),
        ("1 / 3", "Publicité", "Précédent", "Suivant", "Diaporamas à voir aussi",
         "Dix plages secrètes"), lang="fr"),
    # A post is one person's short text: an article to WCXB's scheme (a forum is a thread of
    # several people's posts); a channel's several posts by one author may read as a forum
    # or a listing.
    "status_post": Template(
        mp.status_post(), "article|forum", (mp.STATUS_TEXT,),
        ("312 Likes", "48 Reposts", "Don’t miss what’s happening", "Who to follow",
         *mp.STATUS_REPLIES)),
    "photo_post": Template(
        mp.photo_post(), "article|forum", (mp.INSTA_TEXT,),
        ("Подписаться", "отметок «Нравится»", "Войдите, чтобы", "Ещё публикации", "Листвянка"),
        lang="ru"),
    "channel_view": Template(
        mp.channel_view(), "forum|listing|article", tuple(t for _, t in mp.CHANNEL_POSTS),
        ("مشترك", "انضم إلى القناة", "عرض في التطبيق", "ألف"), lang="ar"),
    "pin": Template(
        mp.pin(), "article|collection", (mp.PIN_TEXT,),
        ("保存", "位关注者", "登录后即可查看更多灵感", "更多类似内容", "钩针餐垫"), lang="zh"),
    # A place's page offers a service (a bakery's hours and address) and reviews of it.
    "place": Template(
        mp.place(), "service|product|article",
        (mp.PLACE_DESC, mp.PLACE_ADDRESS, *(t for _, t in mp.PLACE_REVIEWS)),
        ("Itinéraire", "Appeler", "Utile", "À proximité", "Café du Gros Caillou", "★"),
        lang="fr", rows=tuple(d for d, _ in mp.PLACE_HOURS)),
    # The timestamps are the player's links; who speaks is part of what is said.
    "transcript": Template(
        mp.transcript(), "article", tuple(said for _, _, said in mp.POD_TURNS),
        ("Abonnieren auf", "Weitere Folgen", "Folge 41", *(ts for ts, _, _ in mp.POD_TURNS)),
        lang="de"),
}
# Where the default `extract()` does not yet do what the page asks: why (docs/chain.md,
# "Pages of the multimedia and social web").
TEXT_GAPS: dict[str, str] = {
    "channel_view": "each post's footer (its views '1٫2 ألف' and time) kept as a line of "
                    "its own between kept posts",
    "place": "the rating line and each review's stars kept with the reviewer's line "
             "('Julien R.★★★★★il y a 1 mois'): short lines between kept reviews",
}
TYPE_GAPS: dict[str, str] = {
    "lyrics": "service (0.34): short lines, no byline, no date, no og:type; the "
              "MusicRecording's type is no page-type signal",
}


@pytest.mark.parametrize("name", pp.gap_cases(TEXT_GAPS, list(TEMPLATES)))
def test_a_media_page_keeps_its_content_and_leaves_its_chrome(name: str) -> None:
    t = TEMPLATES[name]
    assert pp.template_problems(t, pp.chrome_lines(t.lang)) == []


@pytest.mark.parametrize("name", pp.gap_cases(TYPE_GAPS, list(TEMPLATES)))
def test_a_media_page_is_said_to_be_its_kind(name: str) -> None:
    assert pp.kind_problem(TEMPLATES[name]) == ""


# ---------------------------------------------------------------- metadata the page shows

META: dict[str, dict[str, object]] = {
    "video_watch": {"title": mp.VIDEO_TITLE, "authors": [mp.VIDEO_CHANNEL],
                    "published": date(2025, 3, 14)},
    "lyrics": {"title": mp.LYR_TITLE, "authors": ["Marina Olmedo", "Julián Ferrer"]},
    "album": {"title": mp.ALB_TITLE, "published": date(2024, 10, 4)},
    "photo_page": {"title": mp.PHOTO_TITLE, "authors": [mp.PHOTO_AUTHOR],
                   "published": date(2024, 6, 20)},
    "slideshow": {"title": mp.SLIDE_TITLE, "authors": [mp.SLIDE_AUTHOR],
                  "published": date(2025, 7, 2)},
    "status_post": {"authors": [mp.STATUS_AUTHOR], "published": date(2025, 4, 10)},
    "photo_post": {"authors": [mp.INSTA_AUTHOR], "published": date(2025, 2, 7)},
    "channel_view": {"title": mp.CHANNEL_NAME},
    "pin": {"title": mp.PIN_TITLE},
    "place": {"title": mp.PLACE_NAME, "authors": []},
    "transcript": {"title": mp.POD_TITLE, "authors": [mp.POD_HOST],
                   "published": date(2025, 1, 22)},
}
META_GAPS: dict[tuple[str, str], str] = {
    ("lyrics", "authors"): "the writers' credit 'Compositores: A, B' gives one name only",
    ("photo_page", "published"): "the shooting day printed under the caption ('撮影日: "
                                 "2024年6月18日') wins over the ImageObject's datePublished",
    ("photo_post", "authors"): "no JSON-LD; the handle printed as a link to the profile is "
                               "not read as the post's author",
}


@pytest.mark.parametrize(("name", "field"), pp.field_cases(META, META_GAPS))
def test_a_media_page_says_the_metadata_it_shows(name: str, field: str) -> None:
    assert pp.shown_field(TEMPLATES[name].html, field) == META[name][field]


# ---------------------------------------------------------------- classes fixed

MEDIA_OBJECTS = {
    "VideoObject": ("How to splice a rope", "Harbour Knots", "uploadDate", "2025-03-14"),
    "ImageObject": ("霧の朝の湖", "山田花子", "datePublished", "2024-06-20"),
    "PodcastEpisode": ("Folge 7: Stadtbienen", "Jana Richter", "datePublished", "2025-01-22"),
}


@pytest.mark.parametrize("kind", list(MEDIA_OBJECTS))
def test_a_media_object_names_the_page_s_own_work(kind: str) -> None:
    """A watch page, a photo page or an episode's page describes its work in JSON-LD as a
    media object (`VideoObject`, `ImageObject`, ...), with no article or web-page object:
    its author and date are the page's, as an article object's would be."""
    import newsclean

    name, author, key, day = MEDIA_OBJECTS[kind]
    head = pp.ld({"@context": "https://schema.org", "@type": kind, "name": name, key: day,
                  "author": {"@type": "Person", "name": author}})
    text = ("A short description of the work, written by its author for the page on which "
            "it is shown, with enough words to be read as the page's text.")
    html = pp.page("en", name, f"<div><h1>{name}</h1><p>{text}</p></div>", head=head)
    article = newsclean.extract(html)
    assert article.authors == [author]
    assert pp.shown_field(html, "published") == date.fromisoformat(day)


def test_an_article_object_still_wins_over_an_embedded_video() -> None:
    """A story that embeds a video describes both: the story's object names its author."""
    import newsclean

    head = pp.ld([{"@context": "https://schema.org", "@type": "NewsArticle",
                   "headline": "Harbour reopens", "datePublished": "2025-05-02",
                   "author": {"@type": "Person", "name": "Mia Lund"}},
                  {"@context": "https://schema.org", "@type": "VideoObject",
                   "name": "Drone footage", "uploadDate": "2025-04-30",
                   "author": {"@type": "Person", "name": "Harbour Knots"}}])
    text = ("The harbour reopened on Friday after three weeks of repairs to the pier, and the "
            "first ferry left on time with two hundred passengers on board.")
    html = pp.page("en", "Harbour reopens",
                   f"<article><h1>Harbour reopens</h1><p>{text}</p></article>", head=head)
    article = newsclean.extract(html)
    assert article.authors == ["Mia Lund"]
    assert pp.shown_field(html, "published") == date(2025, 5, 2)


def test_a_product_s_embedded_video_does_not_name_the_page() -> None:
    """A shop's page declares its `Product` and the product's video: the video's author and
    upload day are the video's, not the page's."""
    import newsclean

    head = pp.ld([{"@context": "https://schema.org", "@type": "Product", "name": "Oak stool",
                   "offers": {"@type": "Offer", "price": "89.00", "priceCurrency": "EUR"}},
                  {"@context": "https://schema.org", "@type": "VideoObject",
                   "name": "Oak stool", "uploadDate": "2023-11-27",
                   "author": {"@type": "Person", "name": "Leo Marsh"}}])
    text = ("A three-legged stool of solid oak, oiled by hand, light enough to carry from "
            "the kitchen to the garden and strong enough to stand on.")
    html = pp.page("en", "Oak stool", f"<div><h1>Oak stool</h1><p>{text}</p></div>",
                   head=head)
    article = newsclean.extract(html)
    assert article.authors == []
    assert article.published is None


GALLERIES = {
    "en": ("Ten bridges of the old town", (
        "The stone bridge over the mill race was built in 1584 and still carries the market "
        "carts every Thursday morning.",
        "Locals call the iron footbridge the whistler, because the wind sings through its "
        "railings on stormy nights.",
        "The newest bridge opened last spring and is the only one in town wide enough for two "
        "buses to pass each other.")),
    "de": ("Die schönsten Leuchttürme der Ostsee", (
        "Der Leuchtturm von Warnemünde steht seit 1898 an der Hafeneinfahrt und kann im "
        "Sommer bis zur Laterne bestiegen werden.",
        "Auf Rügen stehen am Kap Arkona gleich zwei Türme nebeneinander, der ältere wurde "
        "nach Plänen von Schinkel gebaut.",
        "Der rot-weiße Turm von Dahmeshöved ist der älteste an der Küste Schleswig-Holsteins "
        "und leuchtet noch heute jede Nacht.")),
}


@pytest.mark.parametrize("lang", list(GALLERIES))
def test_a_gallery_s_captions_are_its_text(lang: str) -> None:
    """A slideshow's slides are a picture and a caption each ('p.slide-caption'): with a
    short intro, the captions hold the page's prose and are its text, not figures beside
    it."""
    import newsclean

    title, captions = GALLERIES[lang]
    slides = "".join(f'<div class="slide"><img src="/s/{i}.jpg" alt="">'
                     f'<p class="slide-caption">{c}</p></div>' for i, c in enumerate(captions))
    main = (f'<article><h1>{title}</h1><p>Zehn Bilder.</p><div class="slides">{slides}'
            "</div></article>")
    text = newsclean.extract(pp.page(lang, title, main)).text
    assert all(c in text for c in captions)


def test_a_story_s_photo_caption_still_leaves_the_text() -> None:
    """A story with a picture: its caption says less than the story and leaves the text."""
    import newsclean

    story = ("The harbour reopened on Friday after three weeks of repairs to the pier, and the "
             "first ferry left on time with two hundred passengers on board.",
             "The council said the repairs cost less than planned because the old stones "
             "could be used again for most of the new wall along the quay.")
    caption = ("Passengers board the first ferry to leave the repaired pier on Friday morning "
               "in the rain.")
    main = (f"<article><h1>Harbour reopens</h1><p>{story[0]}</p><div class=\"media\">"
            f'<img src="/a.jpg" alt=""><p class="caption">{caption}</p></div>'
            f"<p>{story[1]}</p></article>")
    text = newsclean.extract(pp.page("en", "Harbour reopens", main)).text
    assert story[1] in text and caption not in text


PHOTOS = {
    "ja": ("湖の朝霧", "山田花子", "閲覧 1,204", "カメラ",
           "六時過ぎに湖の霧が晴れ、数分の間、対岸の舟小屋が陸と同じようにくっきりと水面に映って"
           "いました。"),
    "zh": ("湖上晨雾", "王小燕", "浏览 1,204", "相机",
           "六点刚过，湖上的雾散开了，有几分钟，对岸的船屋倒映在水面上，清楚得就像在岸上一样。"),
    "en": ("Morning fog on the lake", "Anna Berg", "1,204 views", "Camera",
           "The fog lifted from the lake just after six, and for a few minutes the far shore "
           "and its boathouses showed in the water as clearly as on land."),
}


@pytest.mark.parametrize("lang", list(PHOTOS))
def test_a_kept_caption_counts_as_evidence(lang: str) -> None:
    """A photo page's one caption of prose ('p.caption') is its text: the gallery pass
    keeps it where the scorer kept nothing, and the answer's confidence counts it (it was
    the scorer's, 0, so a flat paragraph of the whole page, menu, counts and rail, won: ja
    and zh fail on 7f3a7d6; en passes on both, the scorer keeping the caption)."""
    import newsclean

    title, author, counts, camera, caption = PHOTOS[lang]
    rail = "".join(f'<li><a href="/p/{i}">{title} {i}</a> {i} K</li>' for i in range(3))
    main = (f'<div class="photo-page"><img src="/p.jpg" alt=""><h1>{title}</h1>'
            f'<div class="owner"><a href="/u/1">{author}</a><button>+</button></div>'
            f'<p class="caption">{caption}</p><dl class="exif"><dt>{camera}</dt><dd>X-5</dd>'
            f'<dt>ISO</dt><dd>200</dd></dl><div class="stats"><span>{counts}</span></div>'
            f'<section class="more"><h3>{author}</h3><ul>{rail}</ul></section></div>')
    text = newsclean.extract(pp.page(lang, title, main)).text
    assert caption in text
    assert counts not in text and f"{title} 1" not in text


TRANSCRIPTS = {
    "en": (("00:00", "Ruth Gale"), ("01:12", "Prof. Omar Sinclair"), ("03:40", "Ruth Gale"),
           ("04:05", "Prof. Omar Sinclair"), ("06:30", "Ruth Gale")),
    "fr": (("00:00", "Claire Dubois"), ("01:12", "Dr Marc Lefèvre"), ("03:40", "Claire Dubois"),
           ("04:05", "Dr Marc Lefèvre"), ("06:30", "Claire Dubois")),
}
SAID = {
    "en": ("Welcome back to the show. Today we talk about why rivers move their beds over the "
           "years, and what towns can do about it.",
           "Thank you for having me. A river is never still: every flood carries gravel from "
           "the outer bank of a bend and leaves it on the inner one.",
           "So the bends slowly wander downstream? Even where the banks are built up with "
           "houses and roads on both sides?",
           "They try to, and that is where the trouble starts, because a wall only moves the "
           "river's work to the next stretch of bank without a wall.",
           "Let us stay with that for a moment, because many listeners wrote to us about the "
           "new flood wall in their own town last winter."),
    "fr": ("Bienvenue dans cette nouvelle émission. Aujourd'hui, nous parlons des rivières qui "
           "déplacent leur lit au fil des années.",
           "Merci de m'avoir invité. Une rivière n'est jamais immobile : chaque crue emporte du "
           "gravier de la rive extérieure d'un méandre.",
           "Les méandres se déplacent donc lentement vers l'aval ? Même là où les rives sont "
           "bâties de maisons et de routes ?",
           "Ils essaient, et c'est là que les ennuis commencent, car un mur ne fait que "
           "déplacer le travail de la rivière un peu plus loin.",
           "Restons un instant sur ce point, car beaucoup d'auditeurs nous ont écrit au sujet "
           "de la nouvelle digue de leur ville l'hiver dernier."),
}


@pytest.mark.parametrize("lang", list(TRANSCRIPTS))
def test_a_template_s_head_lines_are_decided_together(lang: str) -> None:
    """Each turn of a transcript opens with a line of its own, the timestamp's link and the
    speaker, written straight into the turn's element before its paragraph: one template
    prints it in every turn, and the scorer's verdicts on it (a few hundredths apart around
    its threshold) no longer keep it in some turns and drop it in others. (Passes on
    6729622 too, the scorer keeping all five lines here; the transcript template, kept for
    one turn of four there, is the case that fails on it.)"""
    import newsclean

    heads = [f"{ts} {who}" for ts, who in TRANSCRIPTS[lang]]
    turns = "".join(f'<div class="turn"><a class="ts" href="#t={ts}">{ts}</a> '
                    f'<span class="speaker">{who}</span><p>{said}</p></div>'
                    for (ts, who), said in zip(TRANSCRIPTS[lang], SAID[lang], strict=True))
    main = (f'<article><h1>Episode 12</h1><p class="meta">38 min.</p>'
            f'<h2>Transcript</h2><div class="transcript">{turns}</div></article>')
    text = newsclean.extract(pp.page(lang, "Episode 12", main)).text
    assert all(said in text for said in SAID[lang])
    assert len({head in text for head in heads}) == 1
