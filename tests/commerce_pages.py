"""Pages of the transactional and service web (a job posting, a job board's results, a
property for sale, a classifieds ad, an event, a hotel, a restaurant, a law firm, an app
store's page, a university course, a comparison table, a marketplace's category), each
inside its site's chrome (`tests.platform_pages.page`: a cookie banner, a menu, account
links, breadcrumbs, a footer), in English, German, French, Spanish, Russian, Japanese,
Chinese and Arabic. All text is invented here; no page of a dataset is copied.
`tests/test_commerce_pages.py` states what each page's main content is, as WCXB annotates
such pages (a product's name, price, description and specifications; a service page's
offer text; a listing's items in order), and its type."""

from __future__ import annotations

from tests.platform_pages import ld, page


def _links(items: list[str], cls: str = "") -> str:
    return "".join(f'<li class="{cls}"><a href="/x/{i}">{t}</a></li>' for i, t in enumerate(items))


def _search(placeholder: str) -> str:
    return (
        f'<form class="search-form" role="search" action="/search"><input type="search" '
        f'name="q" placeholder="{placeholder}"><button type="submit">⌕</button></form>'
    )


# ---------------------------------------------------------------- a job posting (en)

JOB_INTRO = (
    "Harbourline Logistics runs the cold-chain warehouses that supply forty hospitals along "
    "the coast. We are looking for a maintenance planner who enjoys turning a long list of "
    "repairs into a calm, predictable week for the technicians on site."
)
JOB_DUTIES = [
    "Plan preventive maintenance for refrigeration units, forklifts and loading docks",
    "Schedule the work of eight technicians across two shifts",
    "Keep spare-part stock levels and order what runs low",
    "Report downtime and its causes to the site manager every month",
]
JOB_NEEDS = [
    "Three years of experience planning maintenance in a warehouse or a factory",
    "Good knowledge of a maintenance management system",
    "A driving licence and the will to travel between our two sites",
]
JOB_OFFER = (
    "We offer a permanent contract, a yearly training budget, a company pension and "
    "thirty days of paid holiday. The role is based in Portmere with one day a week "
    "from home."
)
JOB_SIMILAR = [
    "Warehouse Shift Lead – Portmere",
    "Fleet Maintenance Coordinator – Eastley",
    "Facilities Planner – Brackwater",
    "Refrigeration Technician – Portmere",
]


def job_posting() -> str:
    """A job board's posting: the title, the company, location, salary and type as a line
    of facts, "Apply now" and "Save job", the description with its responsibilities and
    requirements lists, then "Similar jobs" cards; JobPosting in JSON-LD."""
    similar = "".join(
        f'<li class="job-card"><a href="/jobs/{i}"><h3>{t}</h3></a><span class="company">'
        f'Coastal Foods</span><span class="salary">£{30 + i},000 a year</span><span '
        f'class="posted">{i + 2} days ago</span></li>'
        for i, t in enumerate(JOB_SIMILAR)
    )
    main = (
        '<div class="job-view"><div class="job-header"><h1 class="job-title">Maintenance '
        'Planner</h1><div class="job-company"><a href="/company/harbourline">Harbourline '
        'Logistics</a> <span class="rating">4.1 ★ 212 reviews</span></div><ul class="job-facts">'
        '<li class="location">Portmere, Hybrid</li><li class="salary">£38,000 – £44,000 a year'
        '</li><li class="type">Full-time, Permanent</li></ul><div class="job-actions"><a '
        'class="btn btn-primary apply" href="/apply/551">Apply now</a><button class="save-job">'
        'Save job</button><button class="share">Share</button></div></div><div id="job-'
        f'description" class="job-description"><p>{JOB_INTRO}</p><h2>What you will do</h2><ul>'
        + "".join(f"<li>{d}</li>" for d in JOB_DUTIES)
        + "</ul><h2>What you bring</h2><ul>"
        + "".join(f"<li>{d}</li>" for d in JOB_NEEDS)
        + f'</ul><h2>What we offer</h2><p>{JOB_OFFER}</p></div><div class="job-footer"><p '
        'class="posted">Posted 3 days ago · 48 applicants</p><a class="report" href="/report">'
        'Report this job</a></div><section class="similar-jobs"><h2>Similar jobs</h2><ul>'
        f"{similar}</ul></section></div>"
    )
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": "Maintenance Planner",
            "datePosted": "2026-11-30",
            "hiringOrganization": {"@type": "Organization", "name": "Harbourline Logistics"},
            "jobLocation": {
                "@type": "Place",
                "address": {"@type": "PostalAddress", "addressLocality": "Portmere"},
            },
            "employmentType": "FULL_TIME",
        }
    )
    return page(
        "en",
        "Maintenance Planner - Harbourline Logistics - Portmere | JobHarbour",
        _search("Job title, keywords") + main,
        head=head,
        crumbs=("Jobs", "Portmere", "Maintenance"),
        sidebar=False,
    )


# ---------------------------------------------------------------- a job board's results (de)

JOB_RESULTS = [
    (
        "Elektroniker für Betriebstechnik (m/w/d)",
        "Stadtwerke Lindenau",
        "Lindenau",
        "Sie warten und reparieren die elektrischen Anlagen unserer Wasserwerke und arbeiten "
        "im Bereitschaftsdienst mit.",
    ),
    (
        "Sachbearbeiter Buchhaltung (m/w/d)",
        "Kessler & Roth GmbH",
        "Bremen",
        "Sie buchen Eingangsrechnungen, betreuen den Zahlungsverkehr und bereiten den "
        "Monatsabschluss vor.",
    ),
    (
        "Pflegefachkraft im Nachtdienst (m/w/d)",
        "Seniorenresidenz Am Park",
        "Oldenburg",
        "Sie versorgen unsere Bewohnerinnen und Bewohner in einem festen Team von vier "
        "Pflegekräften.",
    ),
    (
        "Lagerist mit Staplerschein (m/w/d)",
        "Nordfracht Logistik",
        "Delmenhorst",
        "Sie nehmen Ware an, lagern sie ein und stellen Sendungen für den Versand zusammen.",
    ),
    (
        "Kundenberater im Außendienst (m/w/d)",
        "Solarwerk Weser",
        "Verden",
        "Sie beraten Hausbesitzer zu Solaranlagen und Speichern und erstellen Angebote vor Ort.",
    ),
]


def job_search() -> str:
    """A job board's results page: a search form, filters with counts, "1.248 Jobs", and
    the results as cards (title, employer, place, a teaser, age, "Merken"), then a pager."""
    facets = "".join(
        f'<li><label><input type="checkbox"> {f} <span class="count">({n})</span></label></li>'
        for f, n in (("Vollzeit", 812), ("Teilzeit", 301), ("Homeoffice", 144), ("Minijob", 57))
    )
    cards = "".join(
        f'<article class="result-card" data-id="{i}"><h2 class="result-title"><a href="/job/'
        f'{i}">{t}</a></h2><div class="result-meta"><span class="employer">{c}</span><span '
        f'class="place">{p}</span></div><p class="teaser">{d}</p><div class="result-foot">'
        f'<span class="age">vor {i + 1} Tagen</span><button class="bookmark">Merken</button>'
        f"</div></article>"
        for i, (t, c, p, d) in enumerate(JOB_RESULTS)
    )
    main = (
        '<div class="search-page"><form class="job-search"><input name="was" value="" '
        'placeholder="Jobtitel, Stichwort"><input name="wo" placeholder="Ort"><button>Jobs '
        'finden</button></form><aside class="filters"><h3>Arbeitszeit</h3><ul>'
        f'{facets}</ul></aside><section class="results"><h1>1.248 Jobs in Niedersachsen</h1>'
        '<div class="sort">Sortieren nach: <a href="?s=r">Relevanz</a> <a href="?s=d">Datum'
        f'</a></div>{cards}<nav class="pagination"><a href="?p=1">1</a><a href="?p=2">2</a>'
        '<a href="?p=3">3</a><a href="?p=2" rel="next">Nächste Seite</a></nav><div class='
        '"job-alert"><p>Neue Jobs per E-Mail erhalten</p><input type="email" placeholder="'
        'E-Mail-Adresse"><button>Jobalarm aktivieren</button></div></section></div>'
    )
    return page(
        "de",
        "Jobs in Niedersachsen – 1.248 Stellenangebote | Stellenwerk",
        main,
        crumbs=("Jobs", "Niedersachsen"),
        sidebar=False,
    )


# ---------------------------------------------------------------- a property for sale (fr)

HOUSE_TEXT = [
    "Au calme d'une impasse, cette maison de village entièrement rénovée offre un séjour "
    "lumineux ouvert sur une cuisine équipée, trois chambres à l'étage et une salle d'eau.",
    "Le jardin clos de quatre cents mètres carrés, exposé plein sud, accueille une "
    "terrasse en pierre et un abri de jardin. L'école et la boulangerie sont à pied.",
]
HOUSE_FACTS = [
    ("Pièces", "5"),
    ("Chambres", "3"),
    ("Surface habitable", "112 m²"),
    ("Terrain", "400 m²"),
    ("Année de construction", "1932"),
    ("DPE", "C"),
]


def real_estate() -> str:
    """An estate agent's property page: the gallery, the price, the facts as a table, the
    description, the energy rating, a map, the agent's card with "Contacter l'agent", a
    mortgage calculator form, then "Biens similaires"."""
    facts = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in HOUSE_FACTS)
    similar = "".join(
        f'<div class="listing-card"><a href="/annonce/{i}"><img src="/p{i}.jpg" alt=""><p '
        f'class="price">{240 + 15 * i} 000 €</p><p>Maison {3 + i} pièces – Saint-Aurel</p>'
        f"</a></div>"
        for i in range(4)
    )
    main = (
        '<div class="property-page"><div class="gallery"><img src="/h1.jpg" alt="Façade">'
        '<button>Voir les 18 photos</button></div><div class="property-head"><h1>Maison de '
        'village 5 pièces – Saint-Aurel</h1><p class="property-price">289 000 €</p><p '
        'class="fees">Honoraires à la charge du vendeur</p><button class="fav">Ajouter aux '
        'favoris</button></div><section class="property-facts"><h2>Caractéristiques</h2>'
        f'<table>{facts}</table></section><section class="property-description"><h2>'
        f"Description</h2><p>{HOUSE_TEXT[0]}</p><p>{HOUSE_TEXT[1]}</p></section><section "
        'class="map"><h2>Localisation</h2><iframe src="https://maps.example/embed?q=aurel" '
        'title="Carte"></iframe></section><aside class="agent-card"><img src="/agent.jpg" '
        'alt=""><p class="agent-name">Claire Vasseur</p><p>Agence du Pont</p><a href="tel:+33'
        '400000000">Afficher le numéro</a><a class="btn" href="/contact">Contacter l\'agent</a>'
        '</aside><section class="mortgage"><h2>Calculez vos mensualités</h2><form><label>'
        'Apport<input name="apport" value="30000"></label><label>Durée<select><option>20 ans'
        '</option></select></label><label>Taux<input name="taux" value="3,4"></label><button>'
        "Calculer</button></form><p>Estimation : 1 487 € / mois</p></section><section class="
        f'"similar"><h2>Biens similaires</h2>{similar}</section></div>'
    )
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "SingleFamilyResidence",
            "name": "Maison de village 5 pièces – Saint-Aurel",
            "numberOfRooms": 5,
            "floorSize": {"@type": "QuantitativeValue", "value": 112, "unitCode": "MTK"},
        }
    )
    return page(
        "fr",
        "Maison 5 pièces à vendre – Saint-Aurel – 289 000 € | Agence du Pont",
        main,
        head=head,
        crumbs=("Acheter", "Maisons", "Saint-Aurel"),
        sidebar=False,
    )


# ---------------------------------------------------------------- a classifieds ad (ru)

AD_TEXT = [
    "Продаю детский велосипед, на котором сын катался два лета. Рама без царапин, "
    "тормоза и цепь недавно проверены в мастерской, шины почти новые.",
    "В комплекте боковые колёса и звонок. Самовывоз от метро Лесная, вечером после семи.",
]
AD_PARAMS = [("Состояние", "Б/у"), ("Размер колёс", "16 дюймов"), ("Возраст", "4–6 лет")]


def classifieds() -> str:
    """A marketplace ad: the title, price, the parameters as a list, the description, the
    seller's card ("На сайте с 2019", rating, "Написать"), "Пожаловаться", safety tips
    and similar ads."""
    params = "".join(
        f'<li class="params-item"><span class="label">{k}:</span> {v}</li>' for k, v in AD_PARAMS
    )
    similar = "".join(
        f'<div class="item-card"><a href="/ad/{i}">Велосипед детский {i}</a>'
        f'<p class="price">{3000 + 500 * i} ₽</p><p>Москва</p></div>'
        for i in range(5)
    )
    main = (
        '<div class="item-view"><div class="item-header"><h1 class="title-info">Детский '
        'велосипед 16 дюймов</h1><div class="item-price"><span class="price-value">4 500 ₽'
        '</span></div><div class="item-date">Размещено 2 декабря в 18:40 · 214 просмотров'
        '</div></div><div class="gallery"><img src="/b1.jpg" alt=""></div><div class="item-'
        f'params"><h2>Характеристики</h2><ul>{params}</ul></div><div class="item-description">'
        f'<h2>Описание</h2><p>{AD_TEXT[0]}</p><p>{AD_TEXT[1]}</p></div><div class="item-address">'
        '<h2>Расположение</h2><p>Москва, Лесная улица</p></div><aside class="seller-info"><a '
        'href="/user/77">Ирина</a><p>Частное лицо</p><p>На сайте с 2019 года</p><p>4,9 ★ 31 '
        "отзыв</p><button>Показать телефон</button><button>Написать сообщение</button></aside>"
        '<div class="item-actions"><a href="/report">Пожаловаться на объявление</a></div><div '
        'class="safety-tips"><h3>Советы по безопасности</h3><ul><li>Не переводите предоплату '
        'незнакомцам</li><li>Встречайтесь в людных местах</li></ul></div><section class="'
        f'similar-items"><h2>Похожие объявления</h2>{similar}</section></div>'
    )
    return page(
        "ru",
        "Детский велосипед 16 дюймов – купить в Москве | Барахолка",
        main,
        crumbs=("Москва", "Детские товары", "Велосипеды"),
        sidebar=False,
    )


# ---------------------------------------------------------------- an event (es)

EVENT_TEXT = [
    "El Festival del Río vuelve a la ribera con dos días de música al aire libre, "
    "talleres para familias y puestos de comida de productores de la comarca.",
    "Las puertas abren a las cinco de la tarde. Los menores de doce años entran gratis "
    "acompañados de un adulto y hay aparcamiento para bicicletas junto a la entrada norte.",
]
EVENT_LINEUP = ["Los Cántaros", "Marta Solé Trío", "Banda Municipal de Alcira", "DJ Ribera"]
EVENT_TICKETS = [("Entrada general, un día", "18,00 €"), ("Abono dos días", "30,00 €")]


def event_page() -> str:
    """A ticketing site's event: title, date and time, venue and address, the tickets with
    prices and "Comprar entradas", the description, the line-up, the organiser's card,
    "Compartir", and "También te puede interesar" cards; Event in JSON-LD."""
    tickets = "".join(
        f'<tr><td>{n}</td><td class="price">{p}</td><td><button>Añadir</button></td></tr>'
        for n, p in EVENT_TICKETS
    )
    more = "".join(
        f'<div class="event-card"><a href="/e/{i}"><h3>Noche de jazz {i}</h3></a>'
        f"<p>sáb, {10 + i} may · 21:00</p><p>Desde 12,00 €</p></div>"
        for i in range(4)
    )
    main = (
        '<div class="event-detail"><div class="event-hero"><img src="/fest.jpg" alt=""><p '
        'class="event-date-badge">14 JUN</p><h1 class="event-title">Festival del Río 2026</h1>'
        '<p class="organizer-line">Organizado por <a href="/o/ribera">Asociación Ribera Viva'
        '</a> · 2.301 seguidores <button>Seguir</button></p></div><section class="date-'
        'location"><h2>Fecha y hora</h2><p>sábado, 14 de junio de 2026, 17:00 – domingo, 15 de '
        "junio, 23:30</p><h2>Ubicación</h2><p>Parque de la Ribera, Camino del Molino 3, "
        'Alcira</p></section><section class="tickets"><h2>Entradas</h2><table>'
        f'{tickets}</table><a class="btn" href="/checkout">Comprar entradas</a></section>'
        f'<section class="about"><h2>Acerca de este evento</h2><p>{EVENT_TEXT[0]}</p><p>'
        f"{EVENT_TEXT[1]}</p><h3>Cartel</h3><ul>"
        + "".join(f"<li>{a}</li>" for a in EVENT_LINEUP)
        + '</ul></section><div class="share"><span>Compartir</span><a href="https://www.'
        'facebook.com/sharer">Facebook</a><a href="https://twitter.com/share">X</a></div>'
        f'<section class="related-events"><h2>También te puede interesar</h2>{more}</section>'
        "</div>"
    )
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": "Festival del Río 2026",
            "startDate": "2026-06-14T17:00",
            "location": {"@type": "Place", "name": "Parque de la Ribera"},
        }
    )
    return page(
        "es",
        "Festival del Río 2026 Entradas, sáb 14 jun 2026 | Entradium",
        main,
        head=head,
        crumbs=("Eventos", "Alcira", "Música"),
        sidebar=False,
    )


# ---------------------------------------------------------------- a hotel (ja)

HOTEL_TEXT = (
    "湖のほとりに建つ全十八室の小さな宿です。すべての客室から湖と山並みを望むことができ、"
    "夕食には地元の農家から届く野菜と川魚を使った季節の料理をお出しします。"
)
HOTEL_AMENITIES = ["無料Wi-Fi", "天然温泉の大浴場", "無料駐車場", "送迎サービス（要予約）"]
HOTEL_ROOMS = [
    ("和室（湖側）", "2名", "¥24,000"),
    ("洋室ツイン", "2名", "¥19,500"),
    ("離れ（露天風呂付き）", "4名", "¥52,000"),
]


def hotel_page() -> str:
    """A booking site's hotel page: the name and stars, the address, a booking form
    (check-in, check-out, guests), the description, the amenities, the rooms and rates as
    a table, the review summary, and nearby hotels; Hotel in JSON-LD."""
    rooms = "".join(
        f'<tr><td>{n}</td><td>{g}</td><td class="price">{p}</td><td><button>'
        f"予約する</button></td></tr>"
        for n, g, p in HOTEL_ROOMS
    )
    near = "".join(
        f'<li><a href="/h/{i}">湖畔ホテル{i}号館</a> ¥{15 + i},000〜</li>' for i in range(4)
    )
    main = (
        '<div class="hotel-detail"><h1 class="hotel-name">湖畔の宿 みずかがみ</h1><p class="'
        'stars">★★★★</p><p class="address">長野県北湖町湖畔2-14</p><form class="booking-'
        'form"><label>チェックイン<input type="date"></label><label>チェックアウト<input '
        'type="date"></label><label>人数<select><option>大人2名</option></select></label>'
        '<button>空室を検索</button></form><section class="hotel-description"><h2>施設紹介'
        f'</h2><p>{HOTEL_TEXT}</p></section><section class="amenities"><h2>設備・サービス</h2>'
        "<ul>" + "".join(f"<li>{a}</li>" for a in HOTEL_AMENITIES) + "</ul></section><section "
        'class="rooms"><h2>客室と料金</h2><table><thead><tr><th>客室</th><th>定員</th><th>'
        f"1泊料金</th><th></th></tr></thead><tbody>{rooms}</tbody></table></section><section "
        'class="reviews-summary"><h2>クチコミ</h2><p class="score">4.6 / 5（382件）</p><ul>'
        '<li>清潔さ 4.8</li><li>食事 4.7</li><li>サービス 4.5</li></ul><a href="/reviews">'
        'すべてのクチコミを見る</a></section><section class="nearby"><h2>周辺のホテル</h2>'
        f"<ul>{near}</ul></section></div>"
    )
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "Hotel",
            "name": "湖畔の宿 みずかがみ",
            "starRating": {"@type": "Rating", "ratingValue": 4},
        }
    )
    return page(
        "ja",
        "湖畔の宿 みずかがみ【公式最安値】宿泊予約 | たびねっと",
        main,
        head=head,
        crumbs=("長野県", "北湖町", "ホテル"),
        sidebar=False,
    )


# ---------------------------------------------------------------- a restaurant (de)

RESTAURANT_INTRO = (
    "Im Gasthaus Zur Linde kochen wir seit drei Generationen mit dem, was die Bauern aus "
    "dem Tal bringen. Im Sommer sitzen unsere Gäste im Biergarten unter der alten Linde."
)
RESTAURANT_MENU = [
    ("Kürbiscremesuppe mit Kernöl", "6,50 €"),
    ("Zwiebelrostbraten mit Spätzle", "21,90 €"),
    ("Forelle Müllerin mit Petersilienkartoffeln", "18,50 €"),
    ("Apfelstrudel mit Vanillesoße", "6,90 €"),
]
RESTAURANT_HOURS = [
    ("Montag", "Ruhetag"),
    ("Dienstag – Freitag", "11:30 – 22:00"),
    ("Samstag und Sonntag", "11:00 – 23:00"),
]


def restaurant() -> str:
    """A restaurant's own site: the introduction, the menu as dish/price rows under course
    headings, the opening hours as a table, the address, "Tisch reservieren" and a
    newsletter box."""
    menu = "".join(
        f'<li class="dish"><span class="dish-name">{d}</span><span class="dish-'
        f'price">{p}</span></li>'
        for d, p in RESTAURANT_MENU
    )
    hours = "".join(f"<tr><td>{d}</td><td>{h}</td></tr>" for d, h in RESTAURANT_HOURS)
    main = (
        f'<div class="content"><h1>Gasthaus Zur Linde</h1><p class="intro">{RESTAURANT_INTRO}'
        '</p><a class="btn" href="/reservierung">Tisch reservieren</a><section class="menu">'
        f'<h2>Speisekarte</h2><ul class="menu-list">{menu}</ul><p class="note">Alle Preise '
        'inklusive Mehrwertsteuer.</p></section><section class="hours"><h2>Öffnungszeiten</h2>'
        f'<table>{hours}</table></section><section class="location"><h2>Anfahrt</h2><p>'
        'Lindenplatz 3, 79856 Talheim</p><p>Telefon: 07651 000000</p><iframe src="https://'
        'maps.example/embed?q=talheim" title="Karte"></iframe></section><div class="newsletter">'
        '<p>Unser Newsletter: saisonale Gerichte und Termine</p><input type="email"><button>'
        "Abonnieren</button></div></div>"
    )
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "Restaurant",
            "name": "Gasthaus Zur Linde",
            "servesCuisine": "Deutsch",
        }
    )
    return page("de", "Gasthaus Zur Linde – Restaurant in Talheim", main, head=head, sidebar=False)


# ---------------------------------------------------------------- a law firm (en)

LAW_INTRO = (
    "Pemberton & Hale has advised families and small businesses in the county for over "
    "thirty years. We explain your options in plain words and tell you our fees before we "
    "start."
)
LAW_SERVICES = [
    (
        "Wills and probate",
        "We draft wills, act as executors and guide families through "
        "probate without needless delay.",
    ),
    (
        "Buying and selling property",
        "Our conveyancing team handles searches, contracts and completion for homes and shops.",
    ),
    (
        "Employment disputes",
        "We advise employees and employers on dismissals, contracts and settlement agreements.",
    ),
]
LAW_REVIEWS = [
    "They made my mother's probate simple at a hard time. Clear advice and no surprises. "
    "– Janet R.",
    "Quick, friendly and always at the end of the phone when we bought our first shop. – Omar S.",
]
LAW_AREAS = ["Ashcombe", "Fellbridge", "Lower Marston", "Whitford"]


def law_firm() -> str:
    """A local law firm's home page: a hero with "Call now" and "Free consultation", the
    services as headed cards, testimonials, the towns it serves, and a contact strip;
    LegalService in JSON-LD."""
    cards = "".join(
        f'<div class="service-card"><h3>{t}</h3><p>{d}</p><a href="/s/{i}">Learn more</a></div>'
        for i, (t, d) in enumerate(LAW_SERVICES)
    )
    reviews = "".join(
        f'<blockquote class="testimonial"><p>{r}</p><div class="stars">★★★★★</div></blockquote>'
        for r in LAW_REVIEWS
    )
    main = (
        '<section class="hero"><h1>Solicitors in Ashcombe you can talk to</h1><p>'
        f'{LAW_INTRO}</p><a class="btn" href="tel:+441000000000">Call now: 01000 000000</a>'
        '<a class="btn" href="/consultation">Book a free consultation</a></section><section '
        f'class="services"><h2>How we can help</h2>{cards}</section><section class="'
        f'testimonials"><h2>What our clients say</h2>{reviews}</section><section class="areas">'
        "<h2>Areas we serve</h2><ul>"
        + "".join(f"<li>{a}</li>" for a in LAW_AREAS)
        + '</ul></section><section class="cta-strip"><p>Ready to talk? Call us today.</p><a '
        'href="/contact">Contact us</a></section>'
    )
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "LegalService",
            "name": "Pemberton & Hale Solicitors",
            "areaServed": LAW_AREAS,
        }
    )
    return page("en", "Solicitors in Ashcombe | Pemberton & Hale", main, head=head, sidebar=False)


# ---------------------------------------------------------------- an app store page (zh)

APP_TEXT = [
    "“记账小鹿”帮你用最少的步骤记下每一笔开销。拍下小票即可自动识别金额和商家，"
    "月底自动生成收支报告，让你清楚地知道钱花在了哪里。",
    "支持多人共享账本，适合家庭和室友一起管理日常开支。所有数据都加密保存在你的设备上。",
]
APP_NEWS = "修复了部分机型上导出报表失败的问题，并优化了小票识别的速度。"


def app_store() -> str:
    """An app store's page: the icon, name and developer, rating and downloads, "获取",
    screenshots, the description with "更多", "新功能" (what's new), ratings and reviews,
    the information table, and "你可能还喜欢"; SoftwareApplication in JSON-LD."""
    similar = "".join(
        f'<li class="app-tile"><a href="/app/{i}">理财助手{i}</a><span>财务</span></li>'
        for i in range(5)
    )
    main = (
        '<div class="app-page"><header class="app-header"><img src="/icon.png" alt=""><h1>'
        '记账小鹿 - 简单记账本</h1><p class="developer"><a href="/dev/88">小鹿软件</a></p><ul '
        'class="app-stats"><li>4.8 ★ 2.1万个评分</li><li>50万+ 次下载</li><li>适合 4+ 岁</li>'
        '</ul><button class="get">获取</button></header><section class="screenshots"><h2>截屏'
        '</h2><img src="/s1.png" alt=""><img src="/s2.png" alt=""></section><section class="'
        f'description"><p>{APP_TEXT[0]}</p><p>{APP_TEXT[1]}</p><button>更多</button></section>'
        '<section class="whats-new"><h2>新功能</h2><p class="version">版本 3.2.1 · 2026年11月'
        f'20日</p><p>{APP_NEWS}</p></section><section class="ratings"><h2>评分及评论</h2><p>4.8'
        ' 满分 5 分</p><div class="review"><h3>很好用</h3><p>用了半年，界面清爽没有广告。</p>'
        '</div></section><section class="information"><h2>信息</h2><dl><dt>大小</dt><dd>48.2 '
        "MB</dd><dt>类别</dt><dd>财务</dd><dt>价格</dt><dd>免费</dd></dl></section><section "
        f'class="more-apps"><h2>你可能还喜欢</h2><ul>{similar}</ul></section></div>'
    )
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "SoftwareApplication",
            "name": "记账小鹿 - 简单记账本",
            "applicationCategory": "FinanceApplication",
            "aggregateRating": {
                "@type": "AggregateRating",
                "ratingValue": 4.8,
                "ratingCount": 21000,
            },
        }
    )
    return page("zh", "记账小鹿 - 简单记账本 - 应用商店", main, head=head, sidebar=False)


# ---------------------------------------------------------------- a university course (en)

COURSE_TEXT = (
    "This course introduces the physical processes that shape coastlines: waves, tides, "
    "sediment transport and the effect of storms. Students learn to read field data and "
    "to build simple models of beach change."
)
COURSE_FACTS = [
    ("Credits", "10 ECTS"),
    ("Level", "Undergraduate, year 2"),
    ("Prerequisites", "GEO 110 Earth Surface Processes"),
    ("Assessment", "Field report 40%, exam 60%"),
]
COURSE_WEEKS = [
    "Waves and their energy",
    "Tides and tidal currents",
    "Beaches and dunes",
    "Estuaries and salt marshes",
    "Storms and coastal flooding",
    "Managing a changing coast",
]


def course_page() -> str:
    """A university's course catalogue entry: the code and title, the facts as a
    definition list (credits, level, prerequisites, assessment), the description, the
    weekly syllabus as an ordered list, the lecturer, and "Related courses"."""
    facts = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in COURSE_FACTS)
    main = (
        '<article class="course"><p class="course-code">GEO 214</p><h1>Coastal Processes</h1>'
        f'<dl class="course-facts">{facts}</dl><h2>Course description</h2><p>{COURSE_TEXT}</p>'
        "<h2>Syllabus</h2><ol>"
        + "".join(f"<li>{w}</li>" for w in COURSE_WEEKS)
        + '</ol><h2>Lecturer</h2><p><a href="/staff/okafor">Dr Ada Okafor</a></p><div class='
        '"actions"><a class="btn" href="/apply">How to apply</a><a href="/print">Print this '
        'page</a></div><aside class="related"><h2>Related courses</h2><ul>'
        + _links(
            ["GEO 215 Rivers and Floods", "GEO 301 Marine Geology", "ENV 220 Climate and Society"]
        )
        + "</ul></aside></article>"
    )
    return page(
        "en",
        "GEO 214 Coastal Processes | Course Catalogue | Eastmoor University",
        main,
        crumbs=("Study", "Course catalogue", "Geography"),
        sidebar=False,
    )


# ---------------------------------------------------------------- a comparison table (fr)

COMPARE_INTRO = (
    "Nous avons comparé les trois aspirateurs robots les plus vendus cette année sur des "
    "sols durs et des tapis, dans un appartement de soixante mètres carrés."
)
COMPARE_ROWS = [
    ("Autonomie", "120 min", "90 min", "150 min"),
    ("Bac à poussière", "0,4 l", "0,6 l", "0,5 l"),
    ("Niveau sonore", "62 dB", "58 dB", "65 dB"),
    ("Prix", "249 €", "329 €", "399 €"),
]
COMPARE_VERDICT = (
    "Pour un petit logement, le modèle Brise offre le meilleur rapport qualité-prix ; le "
    "Tornade vaut son prix si vous avez des animaux."
)


def comparison() -> str:
    """A shop's comparison page: an introduction, the products side by side in a table
    (feature rows, one column each, a "Voir l'offre" button row), a verdict, and a
    newsletter box."""
    rows = "".join(
        f"<tr><th>{r[0]}</th>" + "".join(f"<td>{c}</td>" for c in r[1:]) + "</tr>"
        for r in COMPARE_ROWS
    )
    main = (
        '<article class="comparison"><h1>Comparatif des aspirateurs robots 2026</h1><p>'
        f'{COMPARE_INTRO}</p><table class="compare-table"><thead><tr><th></th><th>Brise S2'
        "</th><th>Nimbus 5</th><th>Tornade Max</th></tr></thead><tbody>"
        f'{rows}<tr><td></td><td><a class="btn" href="/o/1">Voir l\'offre</a></td><td><a '
        'class="btn" href="/o/2">Voir l\'offre</a></td><td><a class="btn" href="/o/3">Voir '
        f"l'offre</a></td></tr></tbody></table><h2>Notre verdict</h2><p>{COMPARE_VERDICT}</p>"
        '<div class="newsletter"><p>Recevez nos comparatifs chaque mois</p><input type="email">'
        "<button>S'abonner</button></div></article>"
    )
    return page(
        "fr",
        "Comparatif aspirateurs robots 2026 | Maison Malin",
        main,
        crumbs=("Électroménager", "Aspirateurs"),
        sidebar=False,
    )


# ---------------------------------------------------------------- a marketplace category (ar)

CATEGORY_ITEMS = [
    ("سماعات لاسلكية بخاصية إلغاء الضوضاء", "199 ر.س", "4.5", "الأكثر مبيعاً"),
    ("شاحن سريع بقدرة 65 واط", "89 ر.س", "4.7", "توصيل مجاني"),
    ("ساعة ذكية مقاومة للماء", "349 ر.س", "4.2", "جديد"),
    ("مكبر صوت محمول بالبلوتوث", "149 ر.س", "4.4", "خصم 20%"),
    ("كابل شحن مضفر بطول مترين", "35 ر.س", "4.6", "الأكثر مبيعاً"),
]


def marketplace_category() -> str:
    """A marketplace's category page: filters (brand, price) with counts, "N منتج",
    a sort menu, and the products as tiles (badge, name, rating, price, "أضف إلى السلة"),
    then a pager."""
    tiles = "".join(
        f'<div class="product-tile"><span class="badge">{b}</span><a href="/p/{i}"><img '
        f'src="/p{i}.jpg" alt=""><h3 class="product-name">{n}</h3></a><div class="rating">'
        f'{r} ★</div><div class="price">{p}</div><button class="add-to-cart">أضف إلى السلة'
        f"</button></div>"
        for i, (n, p, r, b) in enumerate(CATEGORY_ITEMS)
    )
    main = (
        '<div class="category-page"><aside class="filters"><h3>العلامة التجارية</h3><ul><li>'
        '<input type="checkbox"> نجمة (42)</li><li><input type="checkbox"> صدى (17)</li></ul>'
        '<h3>السعر</h3><input type="range"></aside><section class="products"><h1>الإلكترونيات'
        ' والإكسسوارات</h1><p class="count">1,204 منتج</p><div class="sort">ترتيب حسب: <select>'
        f'<option>الأكثر صلة</option></select></div><div class="grid">{tiles}</div><nav class="'
        'pagination"><a href="?p=2">التالي</a></nav></section></div>'
    )
    return page(
        "ar",
        "الإلكترونيات والإكسسوارات | سوق الواحة",
        main,
        crumbs=("الرئيسية", "الإلكترونيات"),
        sidebar=False,
    )
