"""Pages of the multimedia and social web, whose main content is short text around media: a
video's watch page, a song's lyrics, a music album, a photo on an image host, a slideshow
story, social posts as served to crawlers (a status, a photo post, a channel's web view with
several posts, a pin), a place on a map or review site, and a podcast's transcript. In
English, German, French, Spanish, Russian, Japanese, Chinese and Arabic, each inside a
platform's chrome (`platform_pages.page`: the cookie banner, menu, login, "popular" sidebar
and footer). All text is invented here; no page of a dataset is copied.
`tests/test_media_pages.py` states what a reader takes as each page's main content, its type
and the metadata it shows."""

from __future__ import annotations

from tests.platform_pages import ld, page, paragraphs


def _rail(title: str, items: tuple[str, ...], cls: str = "related") -> str:
    """A rail of linked cards (recommendations, "more photos", "more from this artist")."""
    cards = "".join(f'<li class="card"><a href="/w/{i}"><img src="/t/{i}.jpg" alt="">'
                    f'<span class="card-title">{t}</span></a><span class="meta">{i * 3} K</span>'
                    "</li>" for i, t in enumerate(items, 1))
    return f'<section class="{cls}"><h3>{title}</h3><ul>{cards}</ul></section>'


# ---------------------------------------------------------------- video watch page (en)

VIDEO_TITLE = "How to restore an old cast iron pan in one afternoon"
VIDEO_CHANNEL = "Hollow Oak Kitchen"
VIDEO_DESC = (
    "Rust on a cast iron pan looks like the end of it, but almost every pan can be saved. In "
    "this video we strip a flea market skillet down to bare metal with vinegar and steel wool, "
    "then build up a new seasoning in the oven.",
    "You need white vinegar, a bucket, coarse steel wool, a neutral oil with a high smoke point "
    "and an oven that reaches 250 degrees. Do not leave the pan in the vinegar for more than an "
    "hour or it starts to eat into the iron.",
)
VIDEO_CHAPTERS = ("0:00 The pan from the flea market", "1:42 Soaking in vinegar",
                  "6:15 Scrubbing down to bare metal", "11:30 Seasoning in the oven")
VIDEO_UP_NEXT = ("Five knife sharpening mistakes", "Sourdough for beginners, part 2",
                 "I cooked only on a campfire for a week", "Cleaning a burnt steel pot")
VIDEO_COMMENTS = ("This saved my grandmother's pan, thank you!",
                  "What oil did you use for the seasoning layers?")


def video_watch() -> str:
    """A video's watch page: the player, the title, the channel with its subscriber count and
    a Subscribe button, views and date, like/share buttons, the description with chapters and
    links (expandable: "Show more"), then "Up next" and the comments."""
    chapters = "<br>".join(f'<a href="?t={c.split()[0]}">{c.split()[0]}</a> '
                           f'{c.partition(" ")[2]}' for c in VIDEO_CHAPTERS)
    comments = "".join(f'<div class="comment"><a class="author" href="/u/{i}">@viewer{i}</a>'
                       f'<span class="when">2 weeks ago</span><p>{c}</p>'
                       f'<button>Reply</button><span class="likes">{i * 12}</span></div>'
                       for i, c in enumerate(VIDEO_COMMENTS, 1))
    main = (
        '<div class="watch"><div class="player"><video src="/v/123.mp4" poster="/p.jpg">'
        "</video></div>"
        f'<h1 class="video-title">{VIDEO_TITLE}</h1>'
        f'<div class="owner"><a class="channel" href="/c/hollowoak">{VIDEO_CHANNEL}</a>'
        '<span class="subs">412K subscribers</span><button class="subscribe">Subscribe</button>'
        '</div><div class="actions"><button>Like 8.2K</button><button>Share</button>'
        '<button>Save</button></div>'
        '<div class="description"><div class="info">1,284,311 views · Mar 14, 2025</div>'
        f'<div class="description-text">{paragraphs(VIDEO_DESC)}'
        f"<p>Chapters:<br>{chapters}</p>"
        '<p>Steel wool I use: <a href="https://example.com/wool">example.com/wool</a></p></div>'
        '<button class="more">Show more</button></div>'
        + _rail("Up next", VIDEO_UP_NEXT, "up-next")
        + f'<div class="comments"><h3>1,024 Comments</h3>{comments}</div></div>')
    head = ld({"@context": "https://schema.org", "@type": "VideoObject", "name": VIDEO_TITLE,
               "description": " ".join(VIDEO_DESC), "uploadDate": "2025-03-14T15:00:00Z",
               "thumbnailUrl": "https://example.com/p.jpg", "duration": "PT14M2S",
               "author": {"@type": "Person", "name": VIDEO_CHANNEL}})
    head += '<meta property="og:type" content="video.other">'
    return page("en", f"{VIDEO_TITLE} - NordTube", main, head=head)


# ---------------------------------------------------------------- song lyrics (es)

LYR_TITLE = "Luz de Septiembre"
LYR_ARTIST = "Marina Olmedo"
LYR_VERSES = (
    ("Se apaga la tarde en el puerto", "y el viento se lleva tu voz",
     "las barcas regresan despacio", "y nadie pregunta por vos"),
    ("Luz de septiembre, no te vayas", "quédate un rato más aquí",
     "que el mar no sabe de despedidas", "y yo no sé vivir sin ti"),
    ("Las calles se quedan vacías", "la arena guarda tu calor",
     "mañana vendrán otros días", "pero ninguno como hoy"),
)
LYR_WRITERS = "Compositores: Marina Olmedo, Julián Ferrer"
LYR_MORE = ("Canción del faro", "Noches de Cádiz", "El último tren")


def lyrics() -> str:
    """A lyrics page: the song's title and artist, each verse a block of `<br>`-separated
    lines, an ad slot between verses, the writers' credit, "Más de Marina Olmedo"."""
    verses = [f'<div class="verse">{"<br>".join(v)}</div>' for v in LYR_VERSES]
    ad = '<div class="ad-slot"><span>Publicidad</span></div>'
    main = (
        f'<div class="lyrics-page"><h1>{LYR_TITLE}</h1>'
        f'<h2 class="artist"><a href="/artista/marina-olmedo">{LYR_ARTIST}</a></h2>'
        '<div class="tools"><button>Imprimir</button><button>Corregir letra</button></div>'
        f'<div class="lyrics">{verses[0]}{ad}{verses[1]}{ad}{verses[2]}</div>'
        f'<p class="writers">{LYR_WRITERS}</p>'
        + _rail(f"Más de {LYR_ARTIST}", LYR_MORE, "more-artist") + "</div>")
    head = ld({"@context": "https://schema.org", "@type": "MusicRecording", "name": LYR_TITLE,
               "byArtist": {"@type": "MusicGroup", "name": LYR_ARTIST}})
    return page("es", f"{LYR_TITLE} - {LYR_ARTIST} | Letras Nordwind", main, head=head)


# ---------------------------------------------------------------- music album (de)

ALB_TITLE = "Stille Wasser"
ALB_ARTIST = "Die Nachtfalter"
ALB_BIO = (
    "Die Nachtfalter sind ein Trio aus Leipzig, das seit 2014 Lieder zwischen Folk und leiser "
    "Elektronik schreibt. Ihr drittes Album entstand in einer alten Mühle an der Mulde, wo die "
    "Band zwei Winter lang aufnahm.",
)
ALB_TRACKS = (("1", "Am Wehr", "3:41"), ("2", "Stille Wasser", "4:12"),
              ("3", "Kranichzug", "5:03"), ("4", "Mühlenlicht", "3:27"))
ALB_CREDITS = "Produziert von Lena Kaufmann. Aufgenommen in der Mühle Grimma, 2023–2024."
ALB_MORE = ("Nordlicht (2019)", "Kleine Stunden (2016)")


def album() -> str:
    """An album page: cover, title, artist, year and label, a play button, the tracklist as
    a table (number, title, length), the credits, a short bio, "Weitere Alben"."""
    rows = "".join(f"<tr><td>{n}</td><td>{t}</td><td>{d}</td></tr>" for n, t, d in ALB_TRACKS)
    main = (
        f'<div class="album"><img class="cover" src="/cover.jpg" alt="{ALB_TITLE}">'
        f'<h1>{ALB_TITLE}</h1><p class="artist"><a href="/k/nachtfalter">{ALB_ARTIST}</a></p>'
        '<p class="release">Album · 2024 · Mühlenton</p><button>Abspielen</button>'
        '<table class="tracklist"><thead><tr><th>#</th><th>Titel</th><th>Dauer</th></tr>'
        f"</thead><tbody>{rows}</tbody></table>"
        f'<p class="credits">{ALB_CREDITS}</p>'
        f'<div class="bio"><h2>Über {ALB_ARTIST}</h2>{paragraphs(ALB_BIO)}</div>'
        + _rail("Weitere Alben", ALB_MORE, "more-albums") + "</div>")
    head = ld({"@context": "https://schema.org", "@type": "MusicAlbum", "name": ALB_TITLE,
               "byArtist": {"@type": "MusicGroup", "name": ALB_ARTIST},
               "datePublished": "2024-10-04", "numTracks": len(ALB_TRACKS)})
    return page("de", f"{ALB_TITLE} – {ALB_ARTIST} | Nordklang", main, head=head)


# ---------------------------------------------------------------- photo page (ja)

PHOTO_TITLE = "雨上がりの鎌倉の紫陽花"
PHOTO_AUTHOR = "佐藤ゆかり"
PHOTO_CAPTION = ("梅雨の晴れ間に明月院を訪ねました。雨に濡れた青い紫陽花が参道の両側に咲き、"
                 "石段の上から見下ろすと一面が淡い青に包まれていました。")
PHOTO_EXIF = (("カメラ", "Nordcam X-5"), ("レンズ", "35mm F1.8"), ("絞り", "f/2.8"),
              ("シャッター速度", "1/250秒"), ("ISO", "200"))
PHOTO_TAGS = ("紫陽花", "鎌倉", "梅雨")
PHOTO_MORE = ("夕暮れの江ノ島", "長谷寺の石段", "由比ヶ浜の朝")


def photo_page() -> str:
    """An image host's photo page: the photo, its title and photographer (follow button),
    the caption, the camera's details as a definition list, tags, views and favourites,
    "この写真家の他の写真" (a grid of thumbnails)."""
    exif = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in PHOTO_EXIF)
    tags = "".join(f'<a class="tag" href="/tags/{t}">{t}</a>' for t in PHOTO_TAGS)
    main = (
        '<div class="photo-page"><figure class="photo"><img src="/p/9.jpg" alt="紫陽花">'
        f'</figure><h1>{PHOTO_TITLE}</h1><div class="owner"><a href="/u/yukari">'
        f'{PHOTO_AUTHOR}</a><button>フォロー</button></div>'
        f'<p class="caption">{PHOTO_CAPTION}</p>'
        '<p class="taken">撮影日: 2024年6月18日</p>'
        f'<dl class="exif">{exif}</dl><div class="tags">{tags}</div>'
        '<div class="stats"><span>閲覧 3,412</span><span>お気に入り 128</span></div>'
        + _rail("この写真家の他の写真", PHOTO_MORE, "more-photos") + "</div>")
    head = ld({"@context": "https://schema.org", "@type": "ImageObject", "name": PHOTO_TITLE,
               "caption": PHOTO_CAPTION, "contentUrl": "https://example.com/p/9.jpg",
               "author": {"@type": "Person", "name": PHOTO_AUTHOR},
               "datePublished": "2024-06-20"})
    return page("ja", f"{PHOTO_TITLE} | Nordフォト", main, head=head)


# ---------------------------------------------------------------- slideshow story (fr)

SLIDE_TITLE = "Les plus beaux phares de Bretagne en dix images"
SLIDE_AUTHOR = "Élodie Le Goff"
SLIDE_INTRO = ("Gardiens des côtes depuis deux siècles, les phares bretons attirent chaque été "
               "des milliers de visiteurs. Voici ceux qu'il faut voir au moins une fois.")
SLIDES = (
    "Le phare d'Eckmühl, à Penmarc'h, se visite : ses 307 marches mènent à une vue sur toute "
    "la baie d'Audierne.",
    "Au large d'Ouessant, le phare du Créac'h possède l'un des feux les plus puissants "
    "d'Europe, visible à plus de cinquante kilomètres.",
    "Construit sur un rocher battu par les vagues, le phare de la Vieille marque l'entrée du "
    "raz de Sein, l'un des passages les plus dangereux de la côte.",
)


def slideshow() -> str:
    """A slideshow story: the intro, then each slide an image, its counter ("1 / 3"), its
    caption paragraph and the photo credit, "Suivant" / "Précédent" controls and an ad after
    the second slide; the captions are the content."""
    slides = "".join(
        f'<div class="slide"><img src="/s/{i}.jpg" alt=""><span class="counter">{i} / '
        f'{len(SLIDES)}</span><p class="slide-caption">{c}</p>'
        f'<span class="photo-credit">© Photo Yann Kerhervé</span></div>'
        + ('<div class="ad">Publicité</div>' if i == 2 else "")
        for i, c in enumerate(SLIDES, 1))
    main = (
        f'<article class="diaporama"><h1>{SLIDE_TITLE}</h1>'
        f'<p class="byline">Par {SLIDE_AUTHOR} · <time datetime="2025-07-02T08:00:00+02:00">'
        "2 juillet 2025</time></p>"
        f'<p class="chapo">{SLIDE_INTRO}</p><div class="slides">{slides}</div>'
        '<div class="nav"><a href="?s=0">Précédent</a><a href="?s=2">Suivant</a></div>'
        + _rail("Diaporamas à voir aussi", ("Dix plages secrètes", "Les îles du Ponant")) +
        "</article>")
    head = ld({"@context": "https://schema.org", "@type": "NewsArticle",
               "headline": SLIDE_TITLE, "datePublished": "2025-07-02T08:00:00+02:00",
               "author": {"@type": "Person", "name": SLIDE_AUTHOR}})
    return page("fr", f"{SLIDE_TITLE} - Ouest Nordwind", main, head=head)


# ---------------------------------------------------------------- social posts

STATUS_AUTHOR = "Nadia Brooks"
STATUS_HANDLE = "@nadiabrooks"
STATUS_TEXT = ("The community garden on Mill Street opens on Saturday at ten. Bring gloves, "
               "we have seeds and tools for everyone and the first hundred visitors get a "
               "tomato seedling to take home.")
STATUS_REPLIES = ("Will there be anything for kids to do?", "See you there!")


def status_post() -> str:
    """An X/Twitter-like status as served to crawlers: the author's name and handle, the
    post, its time, counts (reposts, quotes, likes, bookmarks), a "Log in / Sign up" wall,
    replies below and "Who to follow"."""
    replies = "".join(f'<article class="reply"><a href="/u{i}">@reader{i}</a><p>{r}</p>'
                      "</article>" for i, r in enumerate(STATUS_REPLIES, 1))
    main = (
        '<div class="timeline"><article class="status" data-testid="tweet">'
        f'<div class="user"><a href="/nadiabrooks"><span class="name">{STATUS_AUTHOR}</span>'
        f'<span class="handle">{STATUS_HANDLE}</span></a></div>'
        f'<div class="status-text" lang="en"><p>{STATUS_TEXT}</p></div>'
        '<a href="/nadiabrooks/status/1"><time datetime="2025-04-10T17:03:00Z">5:03 PM · '
        "Apr 10, 2025</time></a>"
        '<div class="counts"><span>48 Reposts</span><span>6 Quotes</span><span>312 Likes'
        "</span><span>9 Bookmarks</span></div></article>"
        '<div class="login-wall"><h2>Don’t miss what’s happening</h2><p>People on Nordline '
        'are the first to know.</p><a href="/login">Log in</a><a href="/signup">Sign up</a>'
        f'</div><section class="replies">{replies}</section>'
        + _rail("Who to follow", ("City Parks", "Mill Street Bakery")) + "</div>")
    head = ld({"@context": "https://schema.org", "@type": "SocialMediaPosting",
               "articleBody": STATUS_TEXT, "datePublished": "2025-04-10T17:03:00Z",
               "author": {"@type": "Person", "name": STATUS_AUTHOR,
                          "alternateName": STATUS_HANDLE}})
    head += (f'<meta property="og:title" content="{STATUS_AUTHOR} on Nordline">'
             f'<meta property="og:description" content="“{STATUS_TEXT}”">')
    return page("en", f"{STATUS_AUTHOR} on Nordline: \"{STATUS_TEXT[:40]}…\"", main,
                head=head)


INSTA_AUTHOR = "marina.travels"
INSTA_TEXT = ("Третий день на Байкале. Лёд такой прозрачный, что видно камни на дне, а ночью "
              "он трещит, как будто кто-то стреляет из пушки. Завтра едем на Ольхон.")
INSTA_TAGS = "#байкал #зима #путешествия"


def photo_post() -> str:
    """An Instagram-like post (ru): the photo, the account's handle with a Follow button,
    "1 234 отметок «Нравится»", the caption with hashtags, the date, a login wall and
    "Ещё публикации от marina.travels"."""
    main = (
        '<article class="post"><header class="post-head"><a href="/marina.travels/">'
        f'{INSTA_AUTHOR}</a><button>Подписаться</button></header>'
        '<div class="media"><img src="/m/1.jpg" alt="Фото"></div>'
        '<section class="likes">1 234 отметок «Нравится»</section>'
        f'<div class="caption"><a href="/marina.travels/">{INSTA_AUTHOR}</a> '
        f'<span>{INSTA_TEXT} {INSTA_TAGS}</span></div>'
        '<time datetime="2025-02-07T09:15:00Z">7 февраля 2025 г.</time>'
        '<div class="login-wall"><p>Войдите, чтобы ставить отметки «Нравится» и '
        'комментировать.</p><a href="/accounts/login/">Войти</a></div></article>'
        + _rail(f"Ещё публикации от {INSTA_AUTHOR}", ("Ольхон", "Листвянка", "Иркутск")))
    head = (f'<meta property="og:title" content="{INSTA_AUTHOR} в Nordgram: «{INSTA_TEXT[:30]}…»">'
            f'<meta property="og:description" content="1 234 отметок «Нравится», 56 '
            f'комментариев — {INSTA_AUTHOR}: «{INSTA_TEXT}»">'
            '<meta property="og:type" content="article">')
    return page("ru", f"{INSTA_AUTHOR} в Nordgram: «{INSTA_TEXT[:30]}…»", main, head=head)


CHANNEL_NAME = "أخبار الواحة"
CHANNEL_POSTS = (
    ("2025-05-04T08:10:00Z", "افتتحت البلدية صباح اليوم المكتبة العامة الجديدة في حي النخيل، "
     "وتضم أكثر من عشرين ألف كتاب وقاعة للأطفال."),
    ("2025-05-04T12:40:00Z", "أعلنت إدارة المرور إغلاق شارع السوق القديم يوم الجمعة من "
     "الساعة السابعة صباحاً حتى الظهر لأعمال الصيانة."),
    ("2025-05-04T18:05:00Z", "تبدأ غداً حملة تشجير على طريق الكورنيش بمشاركة طلاب المدارس، "
     "والدعوة مفتوحة لجميع السكان."),
)


def channel_view() -> str:
    """A Telegram-like channel's web view (ar): the channel's name and subscriber count, a
    "join" button, several posts each with its text, views and time, "عرض في التطبيق"."""
    posts = "".join(
        f'<div class="message"><div class="message-author">{CHANNEL_NAME}</div>'
        f'<div class="message-text">{t}</div><div class="message-footer">'
        f'<span class="views">{i}٫2 ألف</span><time datetime="{d}">{d[11:16]}</time>'
        "</div></div>" for i, (d, t) in enumerate(CHANNEL_POSTS, 1))
    main = (
        f'<div class="channel-head"><div class="channel-title">{CHANNEL_NAME}</div>'
        '<div class="channel-counter">18٫4 ألف مشترك</div>'
        '<a class="join" href="tg://join">انضم إلى القناة</a></div>'
        f'<section class="history">{posts}</section>'
        '<a class="open-app" href="tg://open">عرض في التطبيق</a>')
    head = (f'<meta property="og:title" content="{CHANNEL_NAME}">'
            '<meta property="og:description" content="أخبار المدينة أولاً بأول">')
    return page("ar", f"{CHANNEL_NAME} – Nordgram", main, head=head, sidebar=False)


PIN_TITLE = "手工编织的亚麻杯垫"
PIN_TEXT = ("用剩下的亚麻线编织六个杯垫，只需要一个下午。先起二十针，每一行都用平针，"
            "最后把边缘的线头藏进背面，就能得到一组朴素又耐用的杯垫。")
PIN_AUTHOR = "林小雨"


def pin() -> str:
    """A Pinterest-like pin (zh): the image, the pin's title and description, the source
    link, who saved it, a "保存" button, a login wall and "更多类似内容" (a grid of pins)."""
    main = (
        '<div class="pin"><div class="pin-image"><img src="/i/7.jpg" alt=""></div>'
        '<div class="pin-side"><a class="source" href="https://example.com/coasters">'
        f'example.com</a><button>保存</button><h1>{PIN_TITLE}</h1>'
        f'<p class="pin-description">{PIN_TEXT}</p>'
        f'<div class="pinner"><a href="/xiaoyu/">{PIN_AUTHOR}</a><span>2.3万位关注者</span>'
        '</div><div class="login-wall"><p>登录后即可查看更多灵感</p><a href="/login">登录'
        "</a></div></div>"
        + _rail("更多类似内容", ("钩针餐垫", "棉线收纳篮", "麻绳花瓶")) + "</div>")
    head = (f'<meta property="og:title" content="{PIN_TITLE}">'
            f'<meta property="og:description" content="{PIN_TEXT}">')
    return page("zh", f"{PIN_TITLE} | Nordpin", main, head=head)


# ---------------------------------------------------------------- place page (fr)

PLACE_NAME = "Boulangerie des Tilleuls"
PLACE_DESC = ("Boulangerie de quartier installée depuis 1962 sous les tilleuls de la place, "
              "connue pour son pain au levain cuit au feu de bois et ses tartes aux fruits de "
              "saison.")
PLACE_ADDRESS = "12 place des Tilleuls, 69004 Lyon"
PLACE_HOURS = (("Lundi", "Fermé"), ("Mardi – Samedi", "7:00 – 19:30"),
               ("Dimanche", "7:00 – 13:00"))
PLACE_REVIEWS = (
    ("Julien R.", "Le meilleur levain du quartier, croûte épaisse et mie humide. Il faut "
     "venir tôt le dimanche, la file d'attente déborde sur la place."),
    ("Amélie T.", "Accueil chaleureux et tarte aux abricots parfaite. Un peu cher pour les "
     "viennoiseries, mais la qualité est là."),
)


def place() -> str:
    """A place on a map or review site (fr): name, rating and number of reviews, category,
    buttons (Itinéraire, Appeler, Enregistrer), address, hours as a table, a short
    description, the reviews (each with author, stars, date, "Utile"), "À proximité"."""
    hours = "".join(f"<tr><td>{d}</td><td>{h}</td></tr>" for d, h in PLACE_HOURS)
    reviews = "".join(
        f'<div class="review"><span class="reviewer">{a}</span><span class="stars">★★★★★'
        f'</span><span class="date">il y a {i} mois</span><p>{t}</p>'
        f'<button>Utile ({i * 4})</button></div>' for i, (a, t) in enumerate(PLACE_REVIEWS, 1))
    main = (
        f'<div class="place"><h1>{PLACE_NAME}</h1><div class="rating">4,7 ★ · 1 208 avis'
        '</div><div class="category">Boulangerie</div><div class="actions"><button>Itinéraire'
        "</button><button>Appeler</button><button>Enregistrer</button></div>"
        f'<div class="address">{PLACE_ADDRESS}</div>'
        f'<table class="hours"><tbody>{hours}</tbody></table>'
        f'<p class="description">{PLACE_DESC}</p>'
        f'<section class="reviews"><h2>Avis</h2>{reviews}</section>'
        + _rail("À proximité", ("Café du Gros Caillou", "Fromagerie Mercier")) + "</div>")
    head = ld({"@context": "https://schema.org", "@type": "Bakery", "name": PLACE_NAME,
               "description": PLACE_DESC,
               "address": {"@type": "PostalAddress", "streetAddress": "12 place des Tilleuls",
                           "addressLocality": "Lyon", "postalCode": "69004"},
               "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.7",
                                   "reviewCount": "1208"}})
    return page("fr", f"{PLACE_NAME} – Lyon – Nordmaps", main, head=head)


# ---------------------------------------------------------------- podcast transcript (de)

POD_TITLE = "Folge 42: Warum Moore wichtiger sind als Wälder"
POD_HOST = "Jana Richter"
POD_TURNS = (
    ("00:00", "Jana Richter", "Herzlich willkommen zu einer neuen Folge. Heute sprechen wir "
     "über Moore, die in Deutschland fast vollständig trockengelegt wurden."),
    ("00:42", "Dr. Paul Wendt", "Danke für die Einladung. Viele wissen nicht, dass Moore "
     "pro Hektar mehr Kohlenstoff speichern als jeder Wald, solange sie nass bleiben."),
    ("02:15", "Jana Richter", "Und was passiert, wenn man sie entwässert, wie es jahrzehntelang "
     "für die Landwirtschaft gemacht wurde?"),
    ("02:31", "Dr. Paul Wendt", "Dann zersetzt sich der Torf, und der Kohlenstoff entweicht "
     "als Kohlendioxid. Ein trockenes Moor ist eine Quelle, kein Speicher mehr."),
)


def transcript() -> str:
    """A podcast episode's transcript page (de): the audio player, show notes, "Abonnieren
    auf" links, then the transcript, each turn a timestamp link, the speaker and a paragraph,
    and "Weitere Folgen"."""
    turns = "".join(f'<div class="turn"><a class="ts" href="#t={ts}">{ts}</a> '
                    f'<span class="speaker">{who}</span><p>{said}</p></div>'
                    for ts, who, said in POD_TURNS)
    main = (
        f'<article class="episode"><h1>{POD_TITLE}</h1>'
        f'<p class="meta">Mit {POD_HOST} · <time datetime="2025-01-22">22. Januar 2025</time>'
        " · 38 Min.</p><audio controls src=\"/ep42.mp3\"></audio>"
        '<div class="subscribe"><span>Abonnieren auf</span><a href="#">Spotify</a>'
        '<a href="#">Apple Podcasts</a><a href="#">RSS</a></div>'
        f'<h2>Transkript</h2><div class="transcript">{turns}</div></article>'
        + _rail("Weitere Folgen", ("Folge 41: Der Biber kehrt zurück",
                                   "Folge 40: Stadtbäume im Hitzesommer")))
    head = ld({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": POD_TITLE,
               "datePublished": "2025-01-22",
               "author": {"@type": "Person", "name": POD_HOST}})
    return page("de", f"{POD_TITLE} | Nordfunk Podcast", main, head=head)
