"""A news site's formats beyond the prose story, where prose is mixed with structure: a
match report with its line-ups, a markets story with a quote table and a ticker bar, an
election's results, an interview in questions and answers, a press briefing's transcript,
an obituary, an opinion column, a story with a correction and an "Updated" line, a weather
page, a TV schedule, a horoscope, a story printed over several pages and its print view, a
wire story as an aggregator reprints it. In English, German, French, Spanish, Russian,
Arabic, Japanese and Chinese, each inside a news site's chrome (`platform_pages.page`: the
cookie banner, menu, login, "popular" sidebar and footer). All text is invented here; no
page of a dataset is copied. `tests/test_news_formats.py` states what a reader takes as each
page's main content, its type and the metadata it shows."""

from __future__ import annotations

from tests.platform_pages import ld, page, paragraphs


def _news_ld(headline: str, published: str, authors: tuple[str, ...], site: str, *,
             kind: str = "NewsArticle", modified: str = "") -> str:
    """A news site's JSON-LD: the story's type, headline, date(s), authors and publisher."""
    obj: dict[str, object] = {
        "@context": "https://schema.org", "@type": kind, "headline": headline,
        "datePublished": published,
        "author": [{"@type": "Person", "name": a} for a in authors],
        "publisher": {"@type": "Organization", "name": site}}
    if modified:
        obj["dateModified"] = modified
    return ld(obj)


def _share(words: tuple[str, ...]) -> str:
    return ('<div class="share-bar">'
            + "".join(f'<a class="share" href="#">{w}</a>' for w in words) + "</div>")


# ---------------------------------------------------------------- match report (de)

MATCH_TITLE = "Lindqvist rettet Nordhafen den Sieg in der Nachspielzeit"
MATCH_AUTHOR = "Katrin Vogel"
MATCH_SITE = "Nordwind Sport"
MATCH_LEAD = ("Der FC Nordhafen schlägt den SV Tannberg mit 2:1 und bleibt zu Hause in "
              "dieser Saison ungeschlagen.")
MATCH_TEXT = (
    "Lange sah es an diesem Samstagnachmittag nach einem Unentschieden aus, das keiner der "
    "beiden Mannschaften geholfen hätte. Dann köpfte Erik Lindqvist in der 88. Minute eine "
    "Flanke von der rechten Seite unhaltbar ins lange Eck.",
    "Nordhafen hatte früh geführt: Nach einer Ecke stieg Jonas Petersen am höchsten und "
    "traf in der 23. Minute zum 1:0. Tannberg brauchte bis zur Pause, um sich von dem "
    "Rückstand zu erholen, und kam erst nach dem Wechsel besser ins Spiel.",
    "Der Ausgleich durch Samuel Okafor kurz nach dem Seitenwechsel war verdient. Der "
    "Stürmer ließ zwei Verteidiger stehen und schob den Ball am Torwart vorbei ins Netz.",
    "Trainerin Maria Hoffmann lobte nach dem Spiel die Geduld ihrer Mannschaft: Man habe "
    "gewusst, dass Tannberg in der Schlussphase müde werden würde.",
)
MATCH_LINEUP_HEAD = "Aufstellungen"
MATCH_LINEUPS = (("Brandt", "Kowalski"), ("Petersen", "Marić"), ("Yilmaz", "Okafor"),
                 ("Lindqvist", "Dupont"))
MATCH_EVENTS = (("23'", "Tor für Nordhafen: Petersen köpft nach einer Ecke ein."),
                ("51'", "Tor für Tannberg: Okafor gleicht aus."),
                ("88'", "Tor für Nordhafen: Lindqvist trifft per Kopf."))


def match_report() -> str:
    """A football match report: the score box above the title (teams, "2:1", the goals
    with their minutes), the report's prose, the line-ups as a table under a heading, the
    minute-by-minute events beside the report, a share bar and "Mehr zum Thema"."""
    lineups = "".join(f"<tr><td>{h}</td><td>{a}</td></tr>" for h, a in MATCH_LINEUPS)
    events = "".join(f'<li><span class="minute">{m}</span> {e}</li>' for m, e in MATCH_EVENTS)
    main = (
        '<article class="match-report"><div class="scorebox"><div class="team home">'
        'FC Nordhafen</div><div class="score">2:1</div><div class="team away">SV Tannberg'
        '</div><div class="status">Beendet</div><div class="goals"><span>1:0 Petersen (23.)'
        "</span><span>1:1 Okafor (51.)</span><span>2:1 Lindqvist (88.)</span></div></div>"
        f"<h1>{MATCH_TITLE}</h1><p class=\"teaser\">{MATCH_LEAD}</p>"
        f'<div class="byline">Von <a href="/autoren/vogel">{MATCH_AUTHOR}</a> <time datetime='
        '"2025-09-13T17:32:00+02:00">13.09.2025, 17:32 Uhr</time></div>'
        + _share(("Teilen", "Twittern", "E-Mail"))
        + f'<div class="article-body">{paragraphs(MATCH_TEXT)}'
        f'<h2>{MATCH_LINEUP_HEAD}</h2><table class="lineups"><thead><tr><th>FC Nordhafen</th>'
        f"<th>SV Tannberg</th></tr></thead><tbody>{lineups}</tbody></table></div>"
        f'<div class="match-events"><h3>Spielverlauf</h3><ol>{events}</ol></div>'
        '<div class="related"><h3>Mehr zum Thema</h3><ul><li><a href="/s/1">Tabelle der '
        'Regionalliga</a></li><li><a href="/s/2">Tannberg entlässt Co-Trainer</a></li></ul>'
        "</div></article>")
    head = (_news_ld(MATCH_TITLE, "2025-09-13T17:32:00+02:00", (MATCH_AUTHOR,), MATCH_SITE)
            + f'<meta property="og:site_name" content="{MATCH_SITE}">')
    return page("de", f"{MATCH_TITLE} | {MATCH_SITE}", main, head=head)


# ---------------------------------------------------------------- markets story (en)

MKT_TITLE = "European shares close higher as miners rally"
MKT_AUTHOR = "Tom Hale"
MKT_DATELINE = "LONDON, March 4 (Reuters) -"
MKT_TEXT = (
    f"{MKT_DATELINE} European shares closed higher on Tuesday, lifted by mining stocks "
    "after stronger factory data from China eased worries about demand for metals.",
    "The pan-European index rose 0.6%, its best day in two weeks, while London's blue-chip "
    "index gained 0.9% as copper producers climbed more than 3%.",
    "Banks lagged the wider market after a central bank official said rates could stay "
    "higher for longer than investors had expected at the start of the year.",
)
MKT_TEXT2 = (
    "Analysts said the rally could fade if the data from China is not confirmed next month, "
    "and that investors were still waiting for the quarterly results of the large lenders.",
)
MKT_CREDIT = "(Reporting by Tom Hale; Editing by Sara Lindgren)"
MKT_ROWS = (("FTSE 100", "8,214.31", "+73.10", "+0.90%"),
            ("STOXX 600", "512.44", "+3.05", "+0.60%"),
            ("CAC 40", "7,702.18", "+28.40", "+0.37%"))
MKT_TICKER = ("Brent Crude 82.14 -0.4%", "EUR/USD 1.0871 +0.1%", "Gold 2,141.60 +0.3%",
              "Nikkei 225 40,097.6 +0.9%")


def markets() -> str:
    """A markets story: a ticker bar of quotes across the top of the page, the story's
    wire dateline and credit line, a quote table (index, last, change, % change) inside the
    story, "Market data delayed by 15 minutes"."""
    ticker = ('<div class="ticker-bar market-ticker"><ul>'
              + "".join(f'<li><a href="/quote/{i}">{q}</a></li>' for i, q in enumerate(MKT_TICKER))
              + "</ul></div>")
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in MKT_ROWS)
    main = (
        f'{ticker}<article class="story"><h1>{MKT_TITLE}</h1><div class="byline">By '
        f'<a href="/authors/tom-hale">{MKT_AUTHOR}</a> · <time datetime="2025-03-04T17:45:00Z">'
        "March 4, 2025 5:45 PM GMT</time></div>"
        + _share(("Share", "Post", "Email"))
        + f'<div class="article-body">{paragraphs(MKT_TEXT)}'
        '<table class="quote-table"><thead><tr><th>Index</th><th>Last</th><th>Change</th>'
        f"<th>% Change</th></tr></thead><tbody>{rows}</tbody></table>"
        '<p class="data-note"><small>Market data delayed by 15 minutes.</small></p>'
        f"{paragraphs(MKT_TEXT2)}<p>{MKT_CREDIT}</p></div></article>")
    head = _news_ld(MKT_TITLE, "2025-03-04T17:45:00Z", (MKT_AUTHOR,), "Nordwind Markets")
    return page("en", f"{MKT_TITLE} | Nordwind Markets", main, head=head)


# ---------------------------------------------------------------- election results (es)

ELEC_TITLE = "El Partido Verde gana las elecciones municipales de Valdemora"
ELEC_AUTHOR = "Lucía Navarro"
ELEC_TEXT = (
    "El Partido Verde ha ganado las elecciones municipales de Valdemora con el 38,2 % de los "
    "votos y gobernará la ciudad por primera vez desde que se fundó hace veinte años.",
    "La participación fue del 61,4 %, cuatro puntos más que en las anteriores elecciones, "
    "sobre todo en los barrios del norte, donde se votaba el futuro del parque fluvial.",
    "La candidata verde, Elena Robles, necesitará el apoyo de al menos otro grupo para "
    "alcanzar la mayoría de once concejales en el pleno.",
)
ELEC_ROWS = (("Partido Verde", "14.212", "38,2 %", "8"),
             ("Unión Ciudadana", "11.530", "31,0 %", "7"),
             ("Progreso Local", "6.874", "18,5 %", "4"),
             ("Vecinos Unidos", "3.201", "8,6 %", "1"))


def election() -> str:
    """An election night's results page: "Escrutado: 98,7 %" and a results table by party
    (votes, share, seats) above a short story, a map widget, "Elige otro municipio"."""
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ELEC_ROWS)
    main = (
        f'<article class="results-page"><h1>{ELEC_TITLE}</h1>'
        f'<div class="byline">Por {ELEC_AUTHOR} · <time datetime="2025-05-25T23:40:00+02:00">'
        "25/05/2025 23:40</time></div>"
        '<div class="results-box"><p class="counted">Escrutado: 98,7 %</p><table class="results">'
        "<thead><tr><th>Partido</th><th>Votos</th><th>%</th><th>Concejales</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div>"
        f'<div class="article-body">{paragraphs(ELEC_TEXT)}</div>'
        '<div class="map-widget"><p>Pulse en el mapa para ver los resultados por distrito</p>'
        '<select><option>Elige otro municipio</option><option>Arroyo</option></select></div>'
        "</article>")
    head = _news_ld(ELEC_TITLE, "2025-05-25T23:40:00+02:00", (ELEC_AUTHOR,), "Diario Nordwind")
    return page("es", f"{ELEC_TITLE} - Diario Nordwind", main, head=head)


# ---------------------------------------------------------------- interview (fr)

INT_TITLE = "« Les villes doivent rendre la rue aux enfants »"
INT_AUTHOR = "Claire Martin"
INT_OUTLET = "Le Courrier du Sud"
INT_INTRO = ("Urbaniste à Lyon, Sophie Marchand étudie depuis quinze ans la place des enfants "
             "dans l'espace public. Elle publie cette semaine un livre sur les rues scolaires.")
INT_QA = (
    ("Pourquoi les enfants ont-ils disparu de nos rues ?",
     "Parce que nous avons construit des villes pour les voitures. En une génération, le "
     "rayon dans lequel un enfant se déplace seul a été divisé par quatre."),
    ("Les rues scolaires fermées aux voitures suffisent-elles ?",
     "C'est un début. Mais une rue fermée une heure par jour ne change pas la ville : il faut "
     "des trottoirs larges, des bancs et des places où l'on peut jouer sans surveillance."),
    ("Que répondez-vous aux commerçants inquiets ?",
     "Que les études montrent l'inverse de ce qu'ils craignent. Les piétons s'arrêtent plus "
     "souvent que les automobilistes, et ils reviennent."),
)


def interview() -> str:
    """An interview in questions and answers: an introduction in italics, each question
    in bold with the outlet's name before it, each answer a paragraph, "Propos recueillis
    par …" at the end, a share bar and "Lire aussi"."""
    qa = "".join(f"<p><strong>{INT_OUTLET} : {q}</strong></p><p>{a}</p>" for q, a in INT_QA)
    main = (
        f'<article class="article article--interview"><h1>{INT_TITLE}</h1>'
        f'<p class="article__byline">Par <a href="/auteurs/claire-martin">{INT_AUTHOR}</a>, '
        'publié le <time datetime="2025-04-17T06:00:00+02:00">17 avril 2025</time></p>'
        + _share(("Partager", "Tweeter", "Copier le lien"))
        + f'<div class="article__content"><p><em>{INT_INTRO}</em></p>{qa}'
        f"<p><em>Propos recueillis par {INT_AUTHOR}</em></p></div>"
        '<div class="lire-aussi"><span>Lire aussi</span> <a href="/a/1">À Pontevedra, la '
        "ville sans voitures a vingt ans</a></div></article>")
    head = _news_ld(INT_TITLE, "2025-04-17T06:00:00+02:00", (INT_AUTHOR,), INT_OUTLET)
    return page("fr", f"{INT_TITLE} | {INT_OUTLET}", main, head=head)


# ---------------------------------------------------------------- briefing transcript (en)

TR_TITLE = "Press Briefing by Press Secretary Dana Alvarez, March 12, 2025"
TR_TURNS = (
    "MS. ALVAREZ: Good afternoon, everyone. I have two announcements before I take your "
    "questions, and then I will have to leave at two for the meeting on the bridge repairs.",
    "First, the Governor will sign the river bridge bill tomorrow morning at ten in the "
    "rotunda. The bill releases the first forty million for the repairs this spring.",
    "Q Thank you. On the bridge: when will the lanes reopen to trucks?",
    "MS. ALVAREZ: The engineers expect the heavy lanes to reopen in June, if the weather "
    "lets the crews work through April.",
    "Q And the cost overruns the auditor reported last week?",
    "MS. ALVAREZ: The auditor's figures are from the old plan. The new contract caps the "
    "price, and any overrun is the contractor's to carry.",
    "MR. OKONKWO: If I may add one thing: the state will publish the contract online by "
    "Friday, so anyone can read the clauses for themselves.",
)


def transcript() -> str:
    """A press briefing's transcript on an office's site: the start time, each turn a
    paragraph opening with the speaker's name in capitals ("Q" for a reporter), "END" and
    the time, a share bar, a "Briefings" menu beside it."""
    main = (
        f'<article class="briefing"><h1 class="page-title">{TR_TITLE}</h1>'
        '<p class="meta"><time datetime="2025-03-12">March 12, 2025</time> · Briefings and '
        "Statements</p>" + _share(("Share", "Print", "Email"))
        + '<div class="body-content"><p>Capitol Press Room</p><p>1:04 P.M. EDT</p>'
        f"{paragraphs(TR_TURNS)}<p>END 1:47 P.M. EDT</p></div></article>")
    head = ('<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2025-03-12T19:30:00Z">')
    return page("en", f"{TR_TITLE} | Office of the Governor", main, head=head)


# ---------------------------------------------------------------- obituary (ru)

OBIT_TITLE = "Умер композитор Аркадий Лесной"
OBIT_AUTHOR = "Ирина Соколова"
OBIT_LIFE = "12.03.1941 — 02.11.2025"
OBIT_TEXT = (
    "Композитор Аркадий Лесной, автор музыки к сорока фильмам и трём операм, умер в "
    "воскресенье в Петербурге на 85-м году жизни. О его смерти сообщила семья.",
    "Лесной родился в Вологде, учился в консерватории у знаменитого педагога и уже в "
    "двадцать пять лет написал свою первую симфонию, которую исполняли по всей стране.",
    "Широкой публике он стал известен благодаря песням из детских фильмов, которые до сих "
    "пор поют в школах. Сам он больше всего ценил свои хоровые сочинения.",
)
OBIT_FUNERAL = "Прощание состоится 6 ноября в 11:00 в Большом зале консерватории."
OBIT_CONDOLENCES = ("Спасибо за музыку нашего детства, маэстро.",
                    "Светлая память. Пели ваш вальс на выпускном.")


def obituary() -> str:
    """An obituary: the life dates under the title, the portrait with its credit, the
    text, a funeral notice box, a condolence guest book (a form and the entries)."""
    entries = "".join(f'<li class="condolence"><b>Гость {i}</b><p>{c}</p></li>'
                      for i, c in enumerate(OBIT_CONDOLENCES))
    main = (
        f'<article class="obituary"><h1>{OBIT_TITLE}</h1><p class="life-dates">{OBIT_LIFE}</p>'
        f'<div class="byline"><span class="author">{OBIT_AUTHOR}</span> <time datetime="2025-'
        '11-03T09:15:00+03:00">3 ноября 2025, 09:15</time></div><figure><img src="/p.jpg" '
        'alt=""><figcaption>Аркадий Лесной в 2011 году. Фото: архив семьи</figcaption></figure>'
        f'<div class="article-text">{paragraphs(OBIT_TEXT)}</div>'
        f'<div class="funeral-notice"><h3>Прощание</h3><p>{OBIT_FUNERAL}</p></div>'
        '<section class="guestbook"><h3>Книга соболезнований</h3><form><textarea placeholder='
        '"Ваши слова"></textarea><button>Оставить соболезнование</button></form>'
        f"<ul>{entries}</ul></section></article>")
    return page("ru", f"{OBIT_TITLE} — Северный вестник", main)


# ---------------------------------------------------------------- opinion column (ar)

OP_TITLE = "المدن التي تنسى أنهارها"
OP_AUTHOR = "سامي الخطيب"
OP_BIO = "كاتب وصحفي، يكتب عن الاقتصاد والمدن منذ عشرين عامًا."
OP_TEXT = (
    "في كل مدينة عربية كبيرة نهر أو وادٍ دفنته الطرق السريعة، وصار الناس يعبرون فوقه كل "
    "يوم دون أن يعرفوا أنه هناك.",
    "حين زرت مدينة في شمال أوروبا الشهر الماضي، رأيت كيف أعادوا فتح نهر صغير كان تحت "
    "الإسفلت خمسين عامًا، فعادت الطيور وعاد الناس إلى ضفتيه.",
    "لا أطلب أن نهدم الجسور غدًا. أطلب أن نفكر في المياه قبل أن نرسم الطريق التالي، وأن "
    "نسأل أنفسنا: ماذا خسرنا حين دفنا أنهارنا؟",
)
OP_PULL = "ماذا خسرنا حين دفنا أنهارنا؟"
OP_DISCLAIMER = "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الموقع."


def opinion() -> str:
    """An opinion column: the section's label, the columnist's photo, name and bio box
    at the top with "كل مقالات الكاتب", a pull quote (a sentence of the text, repeated
    large), the text, the disclaimer at the end."""
    main = (
        '<article class="opinion-article"><div class="section-label"><a href="/opinion">رأي'
        '</a></div><div class="columnist-box"><img class="columnist-photo" alt=""><a class='
        f'"columnist-name" href="/writers/sami">{OP_AUTHOR}</a><p class="columnist-bio">'
        f'{OP_BIO}</p><a href="/writers/sami/articles">كل مقالات الكاتب</a></div>'
        f'<h1>{OP_TITLE}</h1><time datetime="2025-06-08T08:00:00+03:00">8 يونيو 2025</time>'
        f'<div class="article-body"><p>{OP_TEXT[0]}</p><aside class="pull-quote"><blockquote>'
        f"{OP_PULL}</blockquote></aside>{paragraphs(OP_TEXT[1:])}"
        f'<p class="disclaimer"><em>{OP_DISCLAIMER}</em></p></div></article>')
    head = _news_ld(OP_TITLE, "2025-06-08T08:00:00+03:00", (OP_AUTHOR,), "نوردفيند",
                    kind="OpinionNewsArticle")
    return page("ar", f"{OP_TITLE} | نوردفيند", main, head=head)


# ---------------------------------------------------------------- correction (en)

COR_TITLE = "Old river bridge to close for six months of repairs"
COR_AUTHOR = "Priya Raman"
COR_UPDATED = "Updated at 4:12 p.m. ET, March 4, 2025"
COR_TEXT = (
    "The old river bridge will close to all traffic from April for six months while crews "
    "replace its deck and two of its steel supports, the county said on Monday.",
    "Drivers will be sent over the northern bypass, which adds about twelve minutes to the "
    "trip into town at rush hour, according to the county's traffic engineers.",
    "The bridge opened in 1962 and carries about eighteen thousand vehicles a day. An "
    "inspection last autumn found rust in the supports on the eastern bank.",
)
COR_NOTE = ("Correction: An earlier version of this story misstated the year the bridge "
            "opened. It opened in 1962, not 1958.")


def correction() -> str:
    """A story with an "Updated at …" line under the byline and a correction appended in
    its own box after the text, a tags line and "Read next"."""
    main = (
        f'<article class="story"><h1>{COR_TITLE}</h1><div class="byline">By <a href="/staff/'
        f'priya-raman">{COR_AUTHOR}</a></div><div class="timestamps"><time class="published" '
        'datetime="2025-03-03T09:00:00-05:00">Published March 3, 2025</time> <span class='
        f'"updated">{COR_UPDATED}</span></div>'
        f'<div class="story-body">{paragraphs(COR_TEXT)}</div>'
        f'<div class="correction-note"><p><strong>Correction:</strong>{COR_NOTE[11:]}</p></div>'
        '<div class="tags">Tags: <a href="/t/roads">Roads</a> <a href="/t/county">County</a>'
        '</div><div class="read-next"><h3>Read next</h3><a href="/s/9">Bypass speed limit '
        "cut to 40</a></div></article>")
    head = _news_ld(COR_TITLE, "2025-03-03T09:00:00-05:00", (COR_AUTHOR,), "Nordwind Gazette",
                    modified="2025-03-04T16:12:00-05:00")
    return page("en", f"{COR_TITLE} - Nordwind Gazette", main, head=head)


# ---------------------------------------------------------------- weather (ja)

WX_TITLE = "東京の天気　週末は晴れて気温が上がる見込み"
WX_AUTHOR = "山田花子"
WX_TEXT = (
    "あすは高気圧に覆われて、関東地方は朝から晴れる見込みです。日中は南風が入り、"
    "東京都心の最高気温は二十五度と、この時期としては暖かくなるでしょう。",
    "週末も晴れる日が続きますが、日曜日の夜からは前線が近づき、週明けは雨の降る所が"
    "ありそうです。お出かけの際は、最新の情報を確認してください。",
)
WX_ROWS = (("5月10日(土)", "晴れ", "25℃", "14℃", "10%"),
           ("5月11日(日)", "晴れのち曇り", "24℃", "15℃", "20%"),
           ("5月12日(月)", "雨", "19℃", "16℃", "80%"))


def weather() -> str:
    """A weather page: the place picker, the week's forecast as a table (day, weather,
    high, low, chance of rain), the forecaster's short text with her name, the radar
    widget and the "other places" list."""
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in WX_ROWS)
    main = (
        '<div class="place-picker"><label>地点を選ぶ</label><select><option>東京</option>'
        "<option>大阪</option></select></div>"
        f'<article class="forecast"><h1>{WX_TITLE}</h1><time datetime="2025-05-09T17:00:00+09:00">'
        "2025年5月9日 17時00分</time>"
        '<table class="week-forecast"><thead><tr><th>日付</th><th>天気</th><th>最高</th>'
        f"<th>最低</th><th>降水確率</th></tr></thead><tbody>{rows}</tbody></table>"
        f'<div class="forecaster"><h2>気象予報士の解説</h2><p class="name">{WX_AUTHOR}</p>'
        f"{paragraphs(WX_TEXT)}</div></article>"
        '<div class="radar-widget"><h3>雨雲レーダー</h3><a href="/radar">レーダーを見る</a></div>'
        '<div class="other-places"><h3>ほかの地点</h3><ul><li><a href="/w/yokohama">横浜</a></li>'
        '<li><a href="/w/chiba">千葉</a></li><li><a href="/w/saitama">さいたま</a></li></ul></div>')
    head = _news_ld(WX_TITLE, "2025-05-09T17:00:00+09:00", (WX_AUTHOR,), "ノルトヴィント天気")
    return page("ja", f"{WX_TITLE} - ノルトヴィント天気", main, head=head)


# ---------------------------------------------------------------- TV schedule (de)

TV_TITLE = "TV-Programm heute Abend: Was läuft um 20:15 Uhr?"
TV_INTRO = ("Ein Krimi aus dem Norden, ein Länderspiel und eine Dokumentation über die "
            "Alpen: Das sind die Höhepunkte des Fernsehabends am Samstag.")
TV_ROWS = (("Das Erste", "20:15", "Tatort: Ebbe in Husum"),
           ("ZDF", "20:15", "Fußball-Länderspiel: Deutschland – Norwegen"),
           ("arte", "20:15", "Die Alpen im Wandel (Dokumentation)"),
           ("3sat", "20:15", "Kabarett aus Mainz"))


def tv_schedule() -> str:
    """A TV schedule as a news site prints it: a short introduction, the evening's
    programmes as a table (channel, time, programme), the channel filter and "Merken"
    buttons, "Jetzt im TV"."""
    rows = "".join(f"<tr><td>{c}</td><td>{t}</td><td>{p}</td><td><button>Merken</button></td>"
                   "</tr>" for c, t, p in TV_ROWS)
    main = (
        f'<article class="tv-listing"><h1>{TV_TITLE}</h1><time datetime="2025-10-11T06:00:00+'
        f'02:00">11.10.2025</time><p class="intro">{TV_INTRO}</p>'
        '<div class="filters"><button>Alle Sender</button><button>Öffentlich-Rechtliche'
        "</button><button>Private</button></div>"
        '<table class="tv-grid"><thead><tr><th>Sender</th><th>Zeit</th><th>Sendung</th><th></th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
        '<div class="now-on"><h3>Jetzt im TV</h3><a href="/tv/jetzt">Alle Sender ansehen</a>'
        "</div></article>")
    head = _news_ld(TV_TITLE, "2025-10-11T06:00:00+02:00", (), "Nordwind TV")
    return page("de", f"{TV_TITLE} | Nordwind TV", main, head=head)


# ---------------------------------------------------------------- horoscope (zh)

HORO_TITLE = "十二星座今日运势（11月5日）"
HORO_SIGNS = (
    ("白羊座", "今天适合把拖了很久的小事一件件做完，下午会有意外的好消息。"),
    ("金牛座", "工作上需要多听同事的意见，晚上和家人吃顿饭会让你放松。"),
    ("双子座", "思路很活跃，适合写计划和学习新东西，但别同时开始太多事情。"),
    ("巨蟹座", "情绪容易受天气影响，出门走走、晒晒太阳会好很多。"),
    ("狮子座", "今天你的表现会被领导看到，说话时注意语气，别太急。"),
    ("处女座", "财务上要细心，网上购物前先想一想是不是真的需要。"),
)


def horoscope() -> str:
    """A horoscope page: a date picker, each sign a heading and a short paragraph, the
    "查看明日运势" link, the sign picker grid."""
    signs = "".join(f'<div class="sign"><h2>{s}</h2><p>{t}</p></div>' for s, t in HORO_SIGNS)
    main = (
        f'<article class="horoscope"><h1>{HORO_TITLE}</h1><p class="date">2024年11月5日 '
        f'星期二</p><div class="signs">{signs}</div>'
        '<a class="more" href="/astro/tomorrow">查看明日运势</a></article>'
        '<div class="sign-picker"><h3>选择星座</h3><ul>'
        + "".join(f'<li><a href="/astro/{i}">{s}</a></li>' for i, (s, _) in enumerate(HORO_SIGNS))
        + "</ul></div>")
    head = _news_ld(HORO_TITLE, "2024-11-05T00:05:00+08:00", (), "北风网")
    return page("zh", f"{HORO_TITLE}_北风网", main, head=head)


# ---------------------------------------------------------------- multi-page story (es)

MP_TITLE = "La última fábrica de abanicos de Valencia"
MP_AUTHOR = "Andrés Molina"
MP_TEXT = (
    "En un bajo del barrio de Russafa, tres generaciones de la familia Soler siguen "
    "fabricando abanicos a mano, varilla a varilla, como lo hacía el abuelo en 1931.",
    "La fábrica llegó a tener cuarenta empleados en los años sesenta. Hoy son cinco, y "
    "venden más a turistas japoneses que a los vecinos del barrio.",
    "Carmen Soler, la nieta, pinta las telas en una mesa junto a la ventana. Dice que cada "
    "abanico le lleva una tarde entera y que ninguno sale igual que el anterior.",
)
MP_URL = "https://www.diarionordwind.example/cultura/ultima-fabrica-abanicos"


def multipage() -> str:
    """Page 1 of a story printed over three pages: "Página 1 de 3" and the pages' links
    with "Siguiente »" after the text, "Ver en una sola página" and "Imprimir"."""
    pager = ('<nav class="pagination"><span class="current">Página 1 de 3</span> <a class='
             '"page" href="?page=1">1</a> <a class="page" href="?page=2">2</a> <a class="page" '
             'href="?page=3">3</a> <a class="next" href="?page=2" rel="next">Siguiente »</a>'
             '</nav><p class="one-page"><a href="?page=all">Ver en una sola página</a> · '
             '<a href="?print=1">Imprimir</a></p>')
    main = (
        f'<article class="noticia"><h1>{MP_TITLE}</h1><p class="firma">Por {MP_AUTHOR} · '
        '<time datetime="2025-02-16T08:00:00+01:00">16/02/2025</time></p>'
        f'<div class="cuerpo">{paragraphs(MP_TEXT)}</div>{pager}</article>')
    head = (_news_ld(MP_TITLE, "2025-02-16T08:00:00+01:00", (MP_AUTHOR,), "Diario Nordwind")
            + '<link rel="next" href="?page=2">')
    return page("es", f"{MP_TITLE} (1/3) - Diario Nordwind", main, head=head)


def print_view() -> str:
    """The same story's print view: no chrome but the logo, the whole story, the URL and
    the printing date in a footer line, "Imprimir" and "Cerrar ventana" links."""
    body = (
        '<div class="print-header"><img src="/logo.png" alt="Diario Nordwind"></div>'
        f'<h1>{MP_TITLE}</h1><p class="firma">Por {MP_AUTHOR} · 16/02/2025</p>'
        f"{paragraphs(MP_TEXT)}"
        f'<div class="print-footer"><p>URL: {MP_URL}</p><p>Impreso el 18/02/2025 a las 10:31'
        '</p><p><a href="javascript:window.print()">Imprimir</a> | <a href="javascript:window.'
        'close()">Cerrar ventana</a></p></div>')
    return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>'
            f'{MP_TITLE} - Diario Nordwind (versión para imprimir)</title><meta name="robots" '
            f'content="noindex"></head><body class="print">{body}</body></html>')


# ---------------------------------------------------------------- aggregator reprint (en)

AGG_TITLE = "Wildfire near Boulder forces hundreds to evacuate"
AGG_AUTHOR = "Maria Chen"
AGG_SOURCE = "The Mountain Courier"
AGG_DATELINE = "DENVER (AP) —"
AGG_TEXT = (
    f"{AGG_DATELINE} A wildfire driven by strong winds forced hundreds of people to leave "
    "their homes west of Boulder on Sunday, as firefighters struggled to keep the flames "
    "away from a row of houses at the edge of the foothills.",
    "The fire had burned about 1,200 acres by the evening, the county sheriff said, and no "
    "injuries had been reported. Two barns and a shed were destroyed.",
    "Residents described a wall of smoke moving down the canyon within minutes. Some left "
    "with only their pets and the clothes they were wearing.",
)
AGG_CREDIT = "Associated Press writer Jesse Ortiz in Boulder contributed to this report."


def aggregator() -> str:
    """A wire story as an aggregator (MSN-, Yahoo-like) reprints it: the original
    publisher's logo and name as a "source" line above the title, "Story by … • 3h", the
    wire dateline and credit line, "Continue reading on …", reactions, "More for you"
    cards."""
    main = (
        '<div class="article-page"><div class="provider-bar"><img class="provider-logo" '
        f'alt="{AGG_SOURCE} logo"><a class="provider-name" href="https://courier.example/">'
        f'{AGG_SOURCE}</a><button>Follow</button></div><h1>{AGG_TITLE}</h1>'
        f'<div class="byline">Story by {AGG_AUTHOR} • <time datetime="2025-08-17T22:10:00Z">'
        "3h</time></div>"
        f'<div class="article-body">{paragraphs(AGG_TEXT)}<p>{AGG_CREDIT}</p></div>'
        f'<a class="continue-reading" href="https://courier.example/news/fire">Continue reading '
        f"on {AGG_SOURCE}</a>"
        '<div class="reactions"><button>Like</button><button>Comment</button><span>214 '
        'reactions</span></div><div class="more-for-you"><h3>More for you</h3><div class="card">'
        '<a href="/n/1">Ten campgrounds that take pets</a></div><div class="card"><a href="/n/2">'
        "The cheapest week to fly to Denver</a></div></div></div>")
    head = (_news_ld(AGG_TITLE, "2025-08-17T22:10:00Z", (AGG_AUTHOR,), AGG_SOURCE)
            + '<meta property="og:site_name" content="Nordwind News">')
    return page("en", f"{AGG_TITLE}", main, head=head)


# ---------------------------------------------------------------- variants of the markup

INT2_TITLE = "„Keinen Tag bereut“"
INT2_INTRO = "Die Geigenbauerin Anna Berger über vierzig Jahre in der Werkstatt ihres Vaters."
INT2_QA = (
    ("Warum?", "Weil niemand sonst die Arbeit machen wollte, und weil ich als Kind schon in "
     "dieser Werkstatt gespielt habe."),
    ("Und dann?", "Dann habe ich drei Jahre lang gelernt, wie man Geigen baut, bevor ich "
     "meine erste selbst verkaufen konnte."),
    ("Bereuen Sie es?", "Keinen Tag. Auch wenn das Geld nie für große Reisen gereicht hat, "
     "war jeder Morgen in der Werkstatt ein guter."),
)


def interview_initials() -> str:
    """An interview whose questions are one or two words, each opened by the outlet's
    initials in bold ("NW: Warum?"), each answer by the speaker's name in bold."""
    qa = "".join(f"<p><strong>NW:</strong> {q}</p><p><strong>Berger:</strong> {a}</p>"
                 for q, a in INT2_QA)
    main = (f'<article><h1>{INT2_TITLE}</h1><p class="intro"><em>{INT2_INTRO}</em></p>'
            '<p class="meta"><time datetime="2025-07-05T10:00:00+02:00">5. Juli 2025</time></p>'
            f'<div class="text">{qa}</div></article>')
    return page("de", f"{INT2_TITLE} | Nordwind", main,
                head='<meta property="og:type" content="article">')


def transcript_speaker_lines() -> str:
    """The briefing's transcript with each speaker's name in capitals on a line of its
    own ("MS. ALVAREZ:"), the turn's words in the paragraphs under it."""
    turns = []
    for turn in TR_TURNS:
        speaker, _, words = turn.partition(": ")
        turns.append(f"<p><strong>{speaker}:</strong></p><p>{words}</p>"
                     if words and speaker.isupper() else f"<p>{turn}</p>")
    main = (f'<article class="briefing"><h1 class="page-title">{TR_TITLE}</h1>'
            f'<div class="body-content">{"".join(turns)}</div></article>')
    return page("en", f"{TR_TITLE} | Office of the Governor", main)


def tv_schedule_linked() -> str:
    """The TV schedule as guides print it: each programme's name a link to its page."""
    html = tv_schedule()
    for i, (_, _, name) in enumerate(TV_ROWS):
        html = html.replace(f"<td>{name}</td>", f'<td><a href="/sendung/{i}">{name}</a></td>')
    return html


def match_report_lists() -> str:
    """The match report with each team's line-up as a list of names under the team's
    heading, as many sports sites print it."""
    lists = "".join(
        f'<div class="lineup"><h3>{team}</h3><ul>'
        + "".join(f"<li>{pair[side]}</li>" for pair in MATCH_LINEUPS) + "</ul></div>"
        for side, team in enumerate(("FC Nordhafen", "SV Tannberg")))
    html = match_report()
    start = html.index('<table class="lineups">')
    end = html.index("</table>", start) + len("</table>")
    return html[:start] + lists + html[end:]


AGG_LINK_OUT = {
    "en": "Continue reading this story on {}",
    "de": "Weiterlesen auf {}",
    "fr": "Lire la suite sur {}",
    "es": "Sigue leyendo en {}",
    "pt": "Continue lendo em {}",
    "it": "Continua a leggere su {}",
}


def aggregator_inline(lang: str = "en") -> str:
    """The reprint as a Yahoo-like aggregator prints it: "Story continues" between the
    paragraphs, and the link to the publisher as the body's last paragraph, after the
    credit line ("Continue reading this story on <a>The Mountain Courier</a>.")."""
    link = AGG_LINK_OUT[lang].format(f'<a href="https://courier.example/news/fire">{AGG_SOURCE}</a>')
    return (aggregator()
            .replace(f"<p>{AGG_TEXT[1]}</p>", '<div class="caas-readmore"><button>Story '
                     f"continues</button></div><p>{AGG_TEXT[1]}</p>")
            .replace(f"<p>{AGG_CREDIT}</p>", f"<p>{AGG_CREDIT}</p><p>{link}.</p>"))
