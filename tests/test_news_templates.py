"""News pages as the common publishing systems print them (Arc XP, WordPress with Yoast,
Drupal, Next.js streaming, AMP, a paywall, a live blog, a gallery) and as news sites in many
languages print them, each small and invented here with the clutter such sites carry
(related links inside the body, "read also" teasers, newsletter boxes, share bars, captions
and credits, author bios, tags, comments, consent text, ad labels, footers).

The body is stated exactly as fundus-dev's truths state it: the standfirst, the section
headlines and the paragraphs. The default `extract()` must keep every line of it and none of
the clutter. No page of a dataset is copied."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

import pytest

import newsclean


@dataclass(frozen=True)
class Story:
    """What a reader reads as the story, and what the page prints around it."""

    lang: str
    title: str
    lead: str
    paragraphs: tuple[str, ...]
    subhead: str
    clutter: tuple[str, ...]
    related: str = "Fishermen count the cost of the storm"


EN = Story(
    "en",
    "Harbour town votes to rebuild its flooded sea wall",
    "The council chose the more expensive plan after a winter of storms that broke the old "
    "wall in three places.",
    (
        "The vote on Thursday night ended a debate that had split the small harbour town since "
        "the first storm of the winter tore a hole in the old sea wall in November.",
        "Engineers had offered two plans: patching the broken sections for a fraction of the "
        "cost, or building a new wall that would stand half a metre higher than the old one.",
        "Most of the fishermen who spoke at the meeting said they had lost nets and boats to "
        "the water and could not afford another winter like the last one.",
        "The new wall will cost about twelve million, of which the regional government has "
        "promised to pay two thirds if the works start before the end of next year.",
        "Shop owners on the waterfront asked the council to keep the promenade open while the "
        "workers are building, since the summer visitors are most of their trade.",
        "The mayor said the first stones would be laid in the spring and that the promenade "
        "would stay open on weekends for as long as the works allow it.",
    ),
    "What happens next",
    (
        "Sign up for our morning newsletter",
        "Read more: Fishermen count the cost of the storm",
        "Share on Facebook",
        "Photo: Jane Doe / Agency",
        "Advertisement",
        "We use cookies to improve your experience on our site",
        "Most read",
        "All rights reserved",
    ),
)


def _nav(lang_links: tuple[str, ...] = ("News", "Sport", "Business", "Culture", "Opinion",
                                        "Travel", "Weather", "Video")) -> str:
    items = "".join(f'<li><a href="/{w.lower()}/">{w}</a></li>' for w in lang_links)
    return f'<header class="site-header"><nav class="main-nav"><ul>{items}</ul></nav></header>'


def _most_read(heading: str, titles: tuple[str, ...]) -> str:
    items = "".join(f'<li><a href="/story/{i}">{t}</a></li>' for i, t in enumerate(titles))
    return f'<aside class="sidebar"><h2>{heading}</h2><ol>{items}</ol></aside>'


def _footer(line: str) -> str:
    links = "".join(f'<a href="/page/{i}">Page {i}</a> ' for i in range(6))
    return f"<footer><p>{links}</p><p>{line}</p></footer>"


def _html(lang: str, title: str, body: str, head: str = "", rtl: bool = False) -> str:
    direction = ' dir="rtl"' if rtl else ""
    return (f'<!doctype html><html lang="{lang}"{direction}><head><meta charset="utf-8">'
            f"<title>{title}</title>{head}</head><body>{body}</body></html>")


OTHER_TITLES = (
    "Fishermen count the cost of the storm",
    "New ferry timetable starts on Monday",
    "School fair raises money for the lifeboat",
    "Road to the lighthouse closed for repairs",
    "Local band plays its last concert",
)


def _page_en(article: str, head: str = "") -> str:
    body = (
        '<div class="cookie-banner"><p>We use cookies to improve your experience on our site. '
        '<button>Accept</button></p></div>'
        + _nav()
        + f"<main>{article}</main>"
        + _most_read("Most read", OTHER_TITLES)
        + _footer("© 2026 The Harbour Post. All rights reserved")
    )
    return _html("en", EN.title, body, head)


def _ps(paragraphs: tuple[str, ...]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def arc_xp() -> str:
    """Arc XP (a Washington-Post-like layout): the body is a run of `<p data-el="text">`
    between ad slots and an interstitial "read more" link, the headline and standfirst in
    a header, the byline and the share bar between them."""
    p = EN.paragraphs
    inner = (
        f'<article class="article-body"><div class="headline"><h1>{EN.title}</h1></div>'
        f'<h2 class="subheadline">{EN.lead}</h2>'
        '<div class="byline"><span>By <a href="/people/ann-smith/">Ann Smith</a></span>'
        '<time datetime="2026-03-05T10:00:00Z">March 5, 2026 at 10:00 a.m.</time></div>'
        '<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a>'
        '<a href="#">Email</a></div>'
        '<figure><img src="/wall.jpg" alt=""><figcaption>The broken wall after the storm. '
        '<span class="credit">Photo: Jane Doe / Agency</span></figcaption></figure>'
        f'<div class="article-body-content"><p data-el="text">{p[0]}</p>'
        f'<p data-el="text">{p[1]}</p>'
        '<div class="ad-slot"><span>Advertisement</span></div>'
        '<div class="interstitial-link"><a href="/story/0">Read more: Fishermen count the '
        'cost of the storm</a></div>'
        f'<p data-el="text">{p[2]}</p><p data-el="text">{p[3]}</p>'
        f'<h2 data-el="subhead">{EN.subhead}</h2>'
        f'<p data-el="text">{p[4]}</p><p data-el="text">{p[5]}</p></div>'
        '<div class="newsletter-signup"><h3>Sign up for our morning newsletter</h3>'
        '<form><input type="email" placeholder="Email address"><button>Sign up</button>'
        '</form></div></article>'
    )
    return _page_en(inner)


def wordpress_yoast() -> str:
    """A WordPress news theme: `entry-content` with an inline related post, tags, an
    author box and comments after it, Yoast's JSON-LD graph in the head."""
    p = EN.paragraphs
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": EN.title, "datePublished": "2026-03-05T10:00:00Z",
         "author": {"@id": "#author"}, "isPartOf": {"@id": "#webpage"}},
        {"@type": "WebPage", "@id": "#webpage", "name": EN.title},
        {"@type": "Person", "@id": "#author", "name": "Ann Smith"}]}
    head = f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph)}</script>'
    inner = (
        '<article class="post type-post status-publish format-standard hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{EN.title}</h1>'
        '<div class="entry-meta"><span class="byline">By <a href="/author/ann/">Ann Smith'
        '</a></span> <time class="entry-date published">March 5, 2026</time></div></header>'
        f'<div class="entry-content"><p><strong>{EN.lead}</strong></p><p>{p[0]}</p><p>{p[1]}</p>'
        '<blockquote class="wp-embedded-content"><a href="/story/0">Read more: Fishermen '
        'count the cost of the storm</a></blockquote>'
        f"<p>{p[2]}</p><p>{p[3]}</p><h2>{EN.subhead}</h2><p>{p[4]}</p><p>{p[5]}</p>"
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>'
        '<ul><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li>'
        "</ul></div></div>"
        '<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/storm/">'
        'storm</a>, <a href="/tag/harbour/">harbour</a></span></footer>'
        '<div class="author-box"><h4>About Ann Smith</h4><p>Ann Smith has covered the coast '
        "for the paper since 2015 and writes about fishing, ferries and the weather.</p></div>"
        '</article><div id="comments" class="comments-area"><h2 class="comments-title">2 '
        'thoughts on this story</h2><ol class="comment-list"><li class="comment"><div '
        'class="comment-body"><p>About time the council did something about the wall, we '
        'have been asking for years and nobody listened to the people who live here.</p>'
        '</div></li><li class="comment"><div class="comment-body"><p>Twelve million is a lot '
        "of money for a town this size, I hope the region really pays its part of it.</p>"
        "</div></li></ol></div>"
    )
    return _page_en(inner, head)


def drupal() -> str:
    """Drupal 9/10: field wrappers (`field--name-body`, `field--name-field-summary`),
    a related-content view and a tags field after the body."""
    p = EN.paragraphs
    inner = (
        '<article role="article" class="node node--type-article node--view-mode-full">'
        f'<h1 class="page-title"><span class="field field--name-title">{EN.title}</span></h1>'
        '<div class="node__meta"><span class="field--name-uid">Ann Smith</span> '
        '<span class="field--name-created">Thu, 03/05/2026 - 10:00</span></div>'
        '<div class="node__content"><div class="field field--name-field-summary">'
        f'<p>{EN.lead}</p></div>'
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">'
        f"<p>{p[0]}</p><p>{p[1]}</p><p>{p[2]}</p><h3>{EN.subhead}</h3><p>{p[3]}</p>"
        f"<p>{p[4]}</p><p>{p[5]}</p></div>"
        '<div class="field field--name-field-tags"><div class="field__label">Tags</div>'
        '<div class="field__items"><div class="field__item"><a href="/tags/storm">storm</a>'
        "</div></div></div></div></article>"
        '<div class="views-element-container"><h2>Related content</h2><div class="view-content">'
        + "".join(f'<div class="views-row"><a href="/story/{i}">{t}</a></div>'
                  for i, t in enumerate(OTHER_TITLES))
        + "</div></div>"
    )
    return _page_en(inner)


def nextjs_streamed() -> str:
    """Next.js streaming: the server sends a skeleton, then the body's parts in hidden
    `<div hidden id="S:0">` placeholders that a script swaps into the skeleton."""
    p = EN.paragraphs
    inner = (
        f'<article><h1>{EN.title}</h1><p class="dek">{EN.lead}</p>'
        '<template id="B:0"></template><div class="skeleton">Loading…</div></article>'
    )
    streamed = (
        f'<div hidden id="S:0"><div class="article-body"><p>{p[0]}</p><p>{p[1]}</p>'
        f"<p>{p[2]}</p><h2>{EN.subhead}</h2><p>{p[3]}</p><p>{p[4]}</p><p>{p[5]}</p></div></div>"
        '<script>$RC("B:0","S:0")</script>'
    )
    page = _page_en(inner)
    return page.replace("</body>", streamed + "</body>")


def amp() -> str:
    """An AMP page: `amp-img`, `amp-ad`, `amp-social-share`, the body in plain `<p>`s."""
    p = EN.paragraphs
    inner = (
        f'<article class="amp-article"><header><h1>{EN.title}</h1><p class="standfirst">'
        f"{EN.lead}</p></header>"
        '<amp-img src="/wall.jpg" width="600" height="400" layout="responsive"></amp-img>'
        '<p class="caption">The broken wall after the storm. Photo: Jane Doe / Agency</p>'
        f'<div class="article-body"><p>{p[0]}</p><p>{p[1]}</p>'
        '<amp-ad width="300" height="250" type="doubleclick"><div fallback>Advertisement</div>'
        f"</amp-ad><p>{p[2]}</p><p>{p[3]}</p><h2>{EN.subhead}</h2><p>{p[4]}</p><p>{p[5]}</p>"
        '</div><div class="social"><amp-social-share type="facebook">Share on Facebook'
        "</amp-social-share></div></article>"
    )
    return _page_en(inner)


def paywalled() -> str:
    """A paywall: the lead paragraphs above a subscriber wrapper that holds the rest, a
    pitch to subscribe after it."""
    p = EN.paragraphs
    inner = (
        f'<article><header class="article-header"><h1>{EN.title}</h1><p class="article-intro">'
        f"{EN.lead}</p></header><div class=\"article-free\"><p>{p[0]}</p><p>{p[1]}</p></div>"
        '<div class="paywall-wrapper" data-paywall="subscriber"><div class="subscriber-only">'
        f"<p>{p[2]}</p><p>{p[3]}</p><h2>{EN.subhead}</h2><p>{p[4]}</p><p>{p[5]}</p></div></div>"
        '<div class="subscribe-box"><h3>Sign up for our morning newsletter</h3><p>Subscribe '
        "for one euro a month.</p></div></article>"
    )
    return _page_en(inner)


def header_standfirst() -> str:
    """The standfirst in the article's `<header>`, the body in a sibling wrapper."""
    p = EN.paragraphs
    inner = (
        f'<article><header><h1>{EN.title}</h1><p>{EN.lead}</p><div class="meta">By Ann Smith'
        '</div></header><section class="content">'
        f"{_ps(p[:3])}<h2>{EN.subhead}</h2>{_ps(p[3:])}</section></article>"
    )
    return _page_en(inner)


TEMPLATES_EN = {
    "arc_xp": arc_xp,
    "wordpress_yoast": wordpress_yoast,
    "drupal": drupal,
    "nextjs_streamed": nextjs_streamed,
    "amp": amp,
    "paywalled": paywalled,
    "header_standfirst": header_standfirst,
}




def live_blog() -> str:
    """A live blog: a summary at the top, then timestamped entries, each its own
    `<article>` with a time and a share link; "load more" at the end."""
    entries = "".join(
        f'<article class="live-entry"><header><time datetime="2026-03-05T1{i}:00Z">1{i}:00'
        f'</time><h3>Update {i + 1}</h3></header><div class="entry-body"><p>{p}</p></div>'
        '<footer class="entry-share"><a href="#">Share on Facebook</a></footer></article>'
        for i, p in enumerate(EN.paragraphs)
    )
    inner = (
        f'<div class="liveblog"><h1>{EN.title}</h1><div class="liveblog-summary"><p>{EN.lead}'
        f'</p></div><h2>{EN.subhead}</h2><div class="liveblog-entries">{entries}</div>'
        '<button class="load-more">Load more updates</button></div>'
    )
    return _page_en(inner)


def photo_gallery() -> str:
    """A photo-gallery article: the story's paragraphs between figures, each with a
    caption and a credit, and a carousel of other galleries after it."""
    p = EN.paragraphs
    figure = ('<figure class="gallery-item"><img src="/g{0}.jpg" alt=""><figcaption>Waves over '
              'the wall, picture {0}. <span class="credit">Photo: Jane Doe / Agency</span>'
              "</figcaption></figure>")
    inner = (
        f'<article><h1>{EN.title}</h1><p class="lede">{EN.lead}</p><div class="story">'
        + "".join(f"{figure.format(i)}<p>{para}</p>" for i, para in enumerate(p[:3]))
        + f"<h2>{EN.subhead}</h2>{_ps(p[3:])}</div>"
        '<div class="carousel more-galleries"><h3>More galleries</h3>'
        + "".join(f'<a href="/g/{i}"><img src="/t{i}.jpg" alt="">{t}</a>'
                  for i, t in enumerate(OTHER_TITLES))
        + "</div></article>"
    )
    return _page_en(inner)


TEMPLATES_EN["live_blog"] = live_blog
TEMPLATES_EN["photo_gallery"] = photo_gallery


@pytest.mark.parametrize("name", sorted(TEMPLATES_EN))
def test_an_english_template_keeps_the_story_and_leaves_its_clutter(name: str) -> None:
    text = newsclean.extract(TEMPLATES_EN[name]()).text
    missing = [line for line in (EN.lead, EN.subhead, *EN.paragraphs) if line not in text]
    kept = [c for c in (*EN.clutter, *OTHER_TITLES) if c in text]
    assert not missing, missing
    assert not kept, kept


STORIES: dict[str, Story] = {
"de": Story("de", "Stadtrat beschließt neue Brücke über die Lahn",
  "Nach zwei Jahren Streit soll die marode Brücke im Zentrum bis 2028 ersetzt werden.",
  ("Der Stadtrat hat am Donnerstagabend mit großer Mehrheit beschlossen, die alte Brücke über die Lahn abzureißen und an ihrer Stelle eine neue zu bauen.",
   "Gutachter hatten im vergangenen Frühjahr Risse in zwei Pfeilern gefunden, seitdem dürfen nur noch Fußgänger und Radfahrer über die Brücke fahren.",
   "Die Händler in der Altstadt klagen seit Monaten über weniger Kunden, weil der Umweg über die Umgehungsstraße für viele zu lang ist.",
   "Die neue Brücke soll rund elf Millionen Euro kosten, von denen das Land nach Angaben der Stadt etwa zwei Drittel übernehmen wird.",
   "Der Oberbürgermeister sagte, die Bauarbeiten sollten im kommenden Frühjahr beginnen und nicht länger als zwei Jahre dauern."),
  "Wie es jetzt weitergeht",
  ("Lesen Sie auch", "Anzeige", "Jetzt kostenlos registrieren", "Foto: Max Muster / dpa", "Wir verwenden Cookies", "Alle Rechte vorbehalten")),
"fr": Story("fr", "La commune vote la reconstruction du vieux pont",
  "Après deux ans de débats, le conseil municipal a choisi de remplacer l'ouvrage fissuré.",
  ("Le conseil municipal a voté jeudi soir, à une large majorité, la démolition du vieux pont sur la rivière et la construction d'un nouvel ouvrage à sa place.",
   "Des experts avaient découvert au printemps dernier des fissures dans deux des piles, et depuis seuls les piétons et les cyclistes peuvent encore le traverser.",
   "Les commerçants du centre se plaignent depuis des mois d'une baisse de leur clientèle, car le détour par la rocade est trop long pour beaucoup.",
   "Le nouveau pont doit coûter environ onze millions d'euros, dont la région prendra en charge près des deux tiers selon la mairie.",
   "Le maire a indiqué que les travaux devraient commencer au printemps prochain et ne pas durer plus de deux ans."),
  "Et maintenant ?",
  ("Lire aussi", "Publicité", "Abonnez-vous à notre newsletter", "Photo : Jean Dupont / AFP", "Nous utilisons des cookies", "Tous droits réservés")),
"es": Story("es", "El ayuntamiento aprueba reconstruir el puente viejo",
  "Tras dos años de debate, el pleno decidió sustituir la estructura dañada.",
  ("El pleno del ayuntamiento aprobó el jueves por la noche, con una amplia mayoría, derribar el viejo puente sobre el río y construir uno nuevo en su lugar.",
   "Los técnicos habían encontrado grietas en dos de los pilares la primavera pasada, y desde entonces solo los peatones y los ciclistas pueden cruzarlo.",
   "Los comerciantes del centro se quejan desde hace meses de que tienen menos clientes, porque el desvío por la circunvalación es demasiado largo para muchos.",
   "El nuevo puente costará unos once millones de euros, de los que la comunidad autónoma pagará cerca de dos tercios, según el consistorio.",
   "El alcalde dijo que las obras deberían empezar la próxima primavera y que no durarán más de dos años."),
  "Qué pasará ahora",
  ("Lee también", "Publicidad", "Suscríbete a nuestro boletín", "Foto: Juan Pérez / EFE", "Utilizamos cookies", "Todos los derechos reservados")),
"pt": Story("pt-BR", "Prefeitura aprova a reconstrução da ponte velha",
  "Depois de dois anos de discussão, a câmara decidiu substituir a estrutura danificada.",
  ("A câmara municipal aprovou na noite de quinta-feira, por ampla maioria, a demolição da ponte velha sobre o rio e a construção de uma nova no mesmo lugar.",
   "Os engenheiros tinham encontrado rachaduras em dois dos pilares na primavera passada, e desde então só pedestres e ciclistas podem atravessá-la.",
   "Os comerciantes do centro reclamam há meses de que têm menos clientes, porque o desvio pelo anel viário é longo demais para muita gente.",
   "A nova ponte vai custar cerca de onze milhões de reais, dos quais o governo do estado deve pagar quase dois terços, segundo a prefeitura.",
   "O prefeito disse que as obras devem começar no ano que vem e que não vão durar mais de dois anos."),
  "O que acontece agora",
  ("Leia também", "Publicidade", "Receba as notícias no seu e-mail", "Foto: João Silva / g1", "Usamos cookies", "Todos os direitos reservados")),
"it": Story("it", "Il comune approva la ricostruzione del vecchio ponte",
  "Dopo due anni di discussioni, il consiglio ha deciso di sostituire la struttura danneggiata.",
  ("Il consiglio comunale ha approvato giovedì sera, con una larga maggioranza, la demolizione del vecchio ponte sul fiume e la costruzione di uno nuovo al suo posto.",
   "I tecnici avevano trovato delle crepe in due dei piloni la primavera scorsa, e da allora solo i pedoni e i ciclisti possono attraversarlo.",
   "I commercianti del centro si lamentano da mesi di avere meno clienti, perché la deviazione sulla tangenziale è troppo lunga per molti.",
   "Il nuovo ponte costerà circa undici milioni di euro, di cui la regione dovrebbe pagare quasi due terzi, secondo il comune.",
   "Il sindaco ha detto che i lavori dovrebbero cominciare la prossima primavera e non durare più di due anni."),
  "Che cosa succede adesso",
  ("Leggi anche", "Pubblicità", "Iscriviti alla newsletter", "Foto: Mario Rossi / Ansa", "Utilizziamo i cookie", "Tutti i diritti riservati")),
"pl": Story("pl", "Rada miasta zdecydowała o budowie nowego mostu",
  "Po dwóch latach sporów radni postanowili zastąpić zniszczony most nowym.",
  ("Rada miasta zdecydowała w czwartek wieczorem dużą większością głosów, że stary most na rzece zostanie rozebrany, a na jego miejscu powstanie nowy.",
   "Eksperci znaleźli wiosną pęknięcia w dwóch filarach i od tego czasu przez most mogą przechodzić tylko piesi i rowerzyści.",
   "Kupcy w centrum od miesięcy skarżą się, że mają mniej klientów, bo objazd obwodnicą jest dla wielu osób za długi.",
   "Nowy most ma kosztować około jedenastu milionów złotych, z czego według urzędu województwo pokryje prawie dwie trzecie.",
   "Prezydent miasta powiedział, że prace mają się zacząć wiosną przyszłego roku i nie potrwają dłużej niż dwa lata."),
  "Co dalej",
  ("Czytaj także", "Reklama", "Zapisz się do newslettera", "Fot. Jan Kowalski / PAP", "Używamy plików cookies", "Wszelkie prawa zastrzeżone")),
"ru": Story("ru", "Городской совет решил построить новый мост",
  "После двух лет споров депутаты решили заменить аварийный мост через реку.",
  ("Городской совет в четверг вечером большинством голосов решил снести старый мост через реку и построить на его месте новый.",
   "Весной эксперты обнаружили трещины в двух опорах, и с тех пор по мосту могут ходить только пешеходы и велосипедисты.",
   "Торговцы в центре уже несколько месяцев жалуются, что покупателей стало меньше, потому что объезд по кольцевой дороге для многих слишком длинный.",
   "Новый мост будет стоить около одиннадцати миллионов рублей, из которых, по словам мэрии, почти две трети оплатит область.",
   "Мэр сказал, что работы должны начаться следующей весной и продлятся не больше двух лет."),
  "Что будет дальше",
  ("Читайте также", "Реклама", "Подпишитесь на нашу рассылку", "Фото: Иван Петров / ТАСС", "Мы используем файлы cookie", "Все права защищены")),
"tr": Story("tr", "Belediye meclisi yeni köprünün yapılmasına karar verdi",
  "İki yıllık tartışmanın ardından meclis, hasarlı köprünün yenilenmesini onayladı.",
  ("Belediye meclisi perşembe akşamı büyük bir çoğunlukla nehir üzerindeki eski köprünün yıkılmasına ve yerine yenisinin yapılmasına karar verdi.",
   "Uzmanlar geçen bahar iki ayakta çatlaklar bulmuştu ve o zamandan beri köprüden yalnızca yayalar ile bisikletliler geçebiliyor.",
   "Şehir merkezindeki esnaf aylardır müşterilerinin azaldığından şikayet ediyor, çünkü çevre yolundan dolaşmak birçok kişi için çok uzun.",
   "Yeni köprünün yaklaşık on bir milyon liraya mal olması bekleniyor ve belediyeye göre bunun üçte ikisini valilik karşılayacak.",
   "Belediye başkanı, çalışmaların gelecek bahar başlayacağını ve iki yıldan uzun sürmeyeceğini söyledi."),
  "Bundan sonra ne olacak",
  ("İlgili Haberler", "Reklam", "Bültenimize abone olun", "Fotoğraf: Ali Yılmaz / AA", "Çerezleri kullanıyoruz", "Tüm hakları saklıdır")),
"ar": Story("ar", "المجلس البلدي يقرر بناء جسر جديد فوق النهر",
  "بعد عامين من الخلاف، قرر المجلس استبدال الجسر القديم المتضرر.",
  ("قرر المجلس البلدي مساء الخميس بأغلبية كبيرة هدم الجسر القديم فوق النهر وبناء جسر جديد في مكانه خلال العامين المقبلين.",
   "وكان الخبراء قد عثروا في الربيع الماضي على تشققات في اثنين من أعمدة الجسر، ومنذ ذلك الحين لا يعبره إلا المشاة وراكبو الدراجات.",
   "ويشكو التجار في وسط المدينة منذ أشهر من قلة الزبائن، لأن الطريق الدائري طويل جدا بالنسبة إلى كثير من السكان.",
   "ومن المتوقع أن تبلغ تكلفة الجسر الجديد نحو أحد عشر مليون دولار، وقالت البلدية إن المحافظة ستدفع قرابة ثلثي هذا المبلغ.",
   "وقال رئيس البلدية إن الأعمال ستبدأ في الربيع المقبل ولن تستمر أكثر من عامين."),
  "ماذا بعد",
  ("اقرأ أيضا", "إعلان", "اشترك في نشرتنا البريدية", "تصوير: أحمد علي / رويترز", "نستخدم ملفات تعريف الارتباط", "جميع الحقوق محفوظة")),
"he": Story("he", "מועצת העיר החליטה לבנות גשר חדש מעל הנהר",
  "אחרי שנתיים של ויכוחים, המועצה החליטה להחליף את הגשר הישן והסדוק.",
  ("מועצת העיר החליטה ביום חמישי בערב ברוב גדול להרוס את הגשר הישן מעל הנהר ולבנות במקומו גשר חדש בשנתיים הקרובות.",
   "מומחים מצאו באביב שעבר סדקים בשניים מעמודי הגשר, ומאז רק הולכי רגל ורוכבי אופניים יכולים לעבור עליו.",
   "הסוחרים במרכז העיר מתלוננים כבר חודשים שיש להם פחות לקוחות, כי העקיפה דרך הכביש הטבעתי ארוכה מדי בשביל רבים.",
   "הגשר החדש צפוי לעלות כאחד עשר מיליון שקלים, ולדברי העירייה המדינה תשלם כמעט שני שלישים מהסכום.",
   "ראש העיר אמר שהעבודות יתחילו באביב הבא ולא יימשכו יותר משנתיים."),
  "מה הלאה",
  ("כתבות נוספות", "פרסומת", "הירשמו לניוזלטר שלנו", "צילום: משה כהן", "אנו משתמשים בעוגיות", "כל הזכויות שמורות")),
"ko": Story("ko", "시의회, 강 위에 새 다리 건설 결정",
  "2년 동안의 논란 끝에 시의회가 낡은 다리를 새로 짓기로 했다.",
  ("시의회는 목요일 저녁 큰 표차로 강 위의 낡은 다리를 철거하고 그 자리에 새 다리를 짓기로 결정했다고 밝혔다.",
   "전문가들은 지난봄 다리 기둥 두 곳에서 균열을 발견했으며, 그 뒤로는 보행자와 자전거만 다리를 건널 수 있다.",
   "도심 상인들은 순환도로로 돌아가는 길이 너무 멀어 손님이 줄었다며 몇 달째 불만을 나타내고 있다.",
   "새 다리에는 약 150억 원이 들 것으로 예상되며, 시에 따르면 그중 3분의 2가량을 도가 부담할 예정이다.",
   "시장은 공사가 내년 봄에 시작되며 2년을 넘기지 않을 것이라고 말했다."),
  "앞으로의 일정",
  ("관련기사", "광고", "뉴스레터 구독하기", "사진=연합뉴스", "쿠키를 사용합니다", "무단전재 및 재배포 금지")),
"vi": Story("vi", "Hội đồng thành phố quyết định xây cây cầu mới qua sông",
  "Sau hai năm tranh luận, hội đồng đã quyết định thay thế cây cầu cũ bị hư hỏng.",
  ("Tối thứ Năm, hội đồng thành phố đã quyết định với đa số phiếu lớn sẽ phá bỏ cây cầu cũ bắc qua sông và xây một cây cầu mới ở vị trí đó.",
   "Các chuyên gia đã phát hiện những vết nứt ở hai trụ cầu vào mùa xuân năm ngoái, và từ đó chỉ người đi bộ và người đi xe đạp được qua cầu.",
   "Các tiểu thương ở trung tâm than phiền suốt nhiều tháng rằng khách hàng ít đi, vì đường vòng qua đường vành đai quá xa đối với nhiều người.",
   "Cây cầu mới dự kiến có giá khoảng mười một triệu đô la, trong đó theo thành phố thì tỉnh sẽ trả gần hai phần ba.",
   "Thị trưởng cho biết công trình sẽ bắt đầu vào mùa xuân tới và không kéo dài quá hai năm."),
  "Điều gì sẽ xảy ra tiếp theo",
  ("Xem thêm", "Quảng cáo", "Đăng ký nhận bản tin", "Ảnh: Nguyễn Văn A", "Chúng tôi sử dụng cookie", "Bản quyền thuộc về")),
"hi": Story("hi", "नगर परिषद ने नदी पर नया पुल बनाने का फैसला किया",
  "दो साल की बहस के बाद परिषद ने पुराने टूटे पुल को बदलने का निर्णय लिया है।",
  ("नगर परिषद ने गुरुवार शाम भारी बहुमत से फैसला किया कि नदी पर बने पुराने पुल को गिराकर उसी जगह पर एक नया पुल बनाया जाएगा।",
   "विशेषज्ञों को पिछले वसंत में पुल के दो खंभों में दरारें मिली थीं, और तब से उस पर केवल पैदल चलने वाले और साइकिल सवार ही जा सकते हैं।",
   "शहर के बीच के दुकानदार कई महीनों से शिकायत कर रहे हैं कि उनके ग्राहक कम हो गए हैं, क्योंकि रिंग रोड से घूमकर आना बहुत से लोगों के लिए बहुत लंबा है।",
   "नए पुल पर लगभग ग्यारह करोड़ रुपये खर्च होने का अनुमान है, और परिषद के अनुसार इसका करीब दो तिहाई हिस्सा राज्य सरकार देगी।",
   "महापौर ने कहा कि काम अगले साल की शुरुआत में शुरू होगा और दो साल से ज्यादा नहीं चलेगा।"),
  "आगे क्या होगा",
  ("ये भी पढ़ें", "विज्ञापन", "हमारे न्यूज़लेटर की सदस्यता लें", "फोटो: राम कुमार", "हम कुकीज़ का उपयोग करते हैं", "सर्वाधिकार सुरक्षित")),
"ja": Story("ja", "市議会、川に新しい橋の建設を決定",
  "2年にわたる議論の末、市議会は傷んだ古い橋を架け替えることを決めた。",
  ("市議会は木曜日の夜、賛成多数で川に架かる古い橋を取り壊し、同じ場所に新しい橋を建設することを決めた。",
   "専門家が昨年の春に橋脚2本でひび割れを見つけて以来、橋を渡ることができるのは歩行者と自転車だけになっている。",
   "中心街の商店主らは、環状道路を回る迂回路が遠すぎるため客が減ったと、何か月も前から訴えている。",
   "新しい橋の建設費は約15億円と見込まれ、市によるとそのうち3分の2ほどを県が負担する予定だという。",
   "市長は、工事は来年の春に始まり、2年以上はかからないとの見通しを示した。"),
  "今後の予定",
  ("関連記事", "広告", "ニュースレターに登録", "写真：共同通信", "クッキーを使用しています", "無断転載を禁じます")),
"zh": Story("zh", "市议会决定在河上修建新桥",
  "经过两年的争论，市议会决定拆除受损的旧桥并在原址重建。",
  ("市议会周四晚间以压倒性多数通过决议，将拆除河上的旧桥，并在原址修建一座新桥，工程预计两年内完成。",
   "专家去年春天在两座桥墩上发现了裂缝，此后这座桥只允许行人和骑自行车的人通行。",
   "市中心的商户几个月来一直抱怨顾客减少，因为绕行环城公路对许多市民来说路程太远。",
   "新桥预计耗资约一亿一千万元，据市政府介绍，其中约三分之二将由省政府承担。",
   "市长表示，工程将于明年春天开工，工期不会超过两年。"),
  "下一步怎么走",
  ("相关阅读", "广告", "订阅我们的新闻简报", "图片来源：新华社", "本网站使用cookie", "版权所有", "责任编辑：张伟")),
"en-IN": Story("en-IN", "Municipal corporation clears new bridge over the river",
  "After two years of debate, the corporation decided to replace the damaged bridge.",
  ("The municipal corporation on Thursday evening cleared a proposal to demolish the old bridge over the river and build a new one at the same spot.",
   "Engineers had found cracks in two of its pillars last monsoon, and since then only pedestrians and two-wheelers have been allowed on the bridge.",
   "Traders in the old market have been complaining for months that footfall has dropped, as the detour via the ring road is too long for most buyers.",
   "The new bridge is expected to cost around Rs 110 crore, of which the state government will bear nearly two-thirds, officials said.",
   "The mayor said work would begin after the monsoon and would be completed within two years."),
  "What happens next",
  ("Also Read", "Advertisement", "Subscribe to our newsletter", "Photo: PTI", "We use cookies", "All rights reserved")),
}


RELATED = {
    'de': 'Neue Buslinie fährt ab Montag zum Bahnhof',
    'fr': 'La nouvelle ligne de bus dessert la gare dès lundi',
    'es': 'La nueva línea de autobús llega a la estación el lunes',
    'pt': 'Nova linha de ônibus passa a atender a rodoviária',
    'it': 'La nuova linea di autobus arriva in stazione da lunedì',
    'pl': 'Nowa linia autobusowa dojedzie do dworca od poniedziałku',
    'ru': 'Новый автобусный маршрут свяжет вокзал с центром',
    'tr': 'Yeni otobüs hattı pazartesi günü garaja ulaşıyor',
    'ar': 'خط حافلات جديد يصل إلى المحطة يوم الاثنين',
    'he': 'קו אוטובוס חדש יגיע לתחנה ביום שני',
    'ko': '새 버스 노선, 월요일부터 역까지 운행',
    'vi': 'Tuyến xe buýt mới chạy đến nhà ga từ thứ Hai',
    'hi': 'नई बस सेवा सोमवार से स्टेशन तक चलेगी',
    'ja': '新しいバス路線、月曜から駅まで運行',
    'zh': '新公交线路周一起通往火车站',
    'en-IN': 'New bus route to link station from Monday'}


def _bio(story: Story) -> str:
    return ('<div class="author-bio"><img src="/a.jpg" alt=""><p><a href="/autor/1">'
            f"{story.title.split()[0]}</a> · {story.clutter[0]}</p></div>")


def _regional(story: Story, flavour: str) -> str:
    """A regional or national news site of `story`'s language as its CMS prints it;
    `flavour` picks one of four common layouts (below)."""
    read_also, ad, newsletter, credit, cookie, rights = story.clutter[:6]
    p = story.paragraphs
    other = f'<a href="/n/9">{story.related}</a>'
    cookie_box = f'<div id="consent" class="cmp"><p>{cookie}.</p><button>OK</button></div>'
    figure = (f'<figure><img src="/f.jpg" alt=""><figcaption>{story.title.split()[-1]} · 2026 '
              f'<span class="credit">{credit}</span></figcaption></figure>')
    ad_box = f'<div class="ad ad-slot"><span class="ad-label">{ad}</span></div>'
    news_box = (f'<div class="newsletter-box"><p>{newsletter}</p><form><input type="email">'
                "<button>OK</button></form></div>")
    tags = "".join(f'<li><a href="/t/{i}">{w}</a></li>' for i, w in enumerate(story.title.split()[:4]))
    if flavour == "teaser":  # German regional papers: intro in the header, inline teasers
        body = (
            f'<article class="article"><header class="article__header"><h1>{story.title}</h1>'
            f'<p class="article__intro">{story.lead}</p></header>{figure}'
            f'<div class="article__body"><p>{p[0]}</p><p>{p[1]}</p>'
            f'<aside class="inline-teaser"><span class="label">{read_also}</span>{other}</aside>'
            f"{ad_box}<p>{p[2]}</p><h2>{story.subhead}</h2><p>{p[3]}</p><p>{p[4]}</p></div>"
            f'{news_box}<ul class="tags">{tags}</ul>{_bio(story)}</article>'
        )
    elif flavour == "paragraph":  # Le Monde-like: "read also" is a paragraph of the body
        cls = "article__paragraph"
        body = (
            f'<article class="article article--content"><header><h1 class="article__title">'
            f'{story.title}</h1><p class="article__desc">{story.lead}</p></header>{figure}'
            f'<section class="article__content"><p class="{cls}">{p[0]}</p>'
            f'<p class="{cls}">{p[1]}</p><p class="{cls} {cls}--lf"><span>{read_also}</span> '
            f'{other}</p>{ad_box}<p class="{cls}">{p[2]}</p><h2 class="article__sub-title">'
            f'{story.subhead}</h2><p class="{cls}">{p[3]}</p><p class="{cls}">{p[4]}</p>'
            f'</section>{news_box}<ul class="tags">{tags}</ul></article>'
        )
    elif flavour == "list":  # a list of related links inside the body (G1, El País, Naver)
        related = "".join(f'<li><a href="/n/{i}">{story.related} {i + 2}</a></li>' for i in range(3))
        body = (
            f'<div class="content-head"><h1>{story.title}</h1><h2 class="content-head__subtitle">'
            f'{story.lead}</h2></div><div class="content-text">{figure}<p>{p[0]}</p><p>{p[1]}</p>'
            f'<div class="related"><strong>{read_also}</strong><ul>{related}</ul></div>'
            f"<p>{p[2]}</p>{ad_box}<h3>{story.subhead}</h3><p>{p[3]}</p><p>{p[4]}</p></div>"
            f'{news_box}<div class="tags"><ul>{tags}</ul></div>'
        )
    else:  # "plain": an East Asian portal, paragraphs in one div, an editor line after
        body = (
            f'<div class="article-header"><h1>{story.title}</h1></div><div class="article-content">'
            f"<p><strong>{story.lead}</strong></p>{figure}<p>{p[0]}</p><p>{p[1]}</p><p>{p[2]}</p>"
            f"{ad_box}<p><strong>{story.subhead}</strong></p><p>{p[3]}</p><p>{p[4]}</p>"
            f'<p class="editor">{story.clutter[-1]}</p></div><div class="related-news">'
            f"<h3>{read_also}</h3><ul>{tags}</ul></div>{news_box}"
        )
    comments = (f'<section id="comments"><h2>{story.clutter[0]}?</h2><div class="comment"><p>'
                f"{p[1][:60]}!</p></div></section>")
    nav = _nav(tuple(story.title.split()[:6]))
    page = (cookie_box + nav + f"<main>{body}{comments}</main>"
            + _most_read(read_also, tuple(w for w in story.paragraphs[4].split()[:5]))
            + _footer(f"© 2026 {rights}"))
    return _html(story.lang, story.title, page, rtl=story.lang in ("ar", "he"))


FLAVOURS = {
    "de": "teaser", "pl": "teaser", "tr": "teaser", "hi": "teaser", "en-IN": "teaser",
    "fr": "paragraph", "it": "paragraph", "ru": "paragraph", "vi": "paragraph", "he": "paragraph",
    "es": "list", "pt": "list", "ar": "list", "ko": "list",
    "ja": "plain", "zh": "plain",
}


@pytest.mark.parametrize("key", sorted(FLAVOURS))
def test_a_news_site_in_its_language_keeps_the_story_and_leaves_its_clutter(key: str) -> None:
    story = STORIES[key]
    text = newsclean.extract(_regional(story, FLAVOURS[key])).text
    missing = [line for line in (story.lead, story.subhead, *story.paragraphs) if line not in text]
    kept = [c for c in (*story.clutter, story.related) if c in text]
    assert not missing, missing
    assert not kept, kept


for _key, _related in RELATED.items():
    STORIES[_key] = replace(STORIES[_key], related=_related)
