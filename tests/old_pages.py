"""Pages as the older and hand-made web printed them (1997-2012): layout tables, `<font>` and
`<center>` soup, paragraphs parted by `<br><br>`, `<p>` never closed, upper-case tags, XHTML
with an XML declaration, text straight in `<body>` between `<hr>`s, framesets, mailing-list
archives, plain text in `<pre>`, a 2005 news system, classic blogs, phpBB2 and vBulletin 3
threads, a personal home page, FAQs and a course page, in English, German, Spanish, Russian,
Japanese, Chinese and Arabic. Each carries its period chrome: a column of links, a visitor
counter, "best viewed in", a guestbook link, "last updated", a footer. All text is invented
here; no page of a dataset is copied. `tests/test_old_markup.py` states what a reader (and
WCXB's annotators) take as each page's main content."""

from __future__ import annotations

# The period chrome in each language: menu entries, counter, "best viewed with", guestbook,
# "last updated", back to top, copyright. None of it is main content.
CHROME = {
    "en": (("Home", "About Me", "My Photos", "Links", "Guestbook", "E-mail me"),
           "You are visitor number 004211 since March 1999",
           "Best viewed with Netscape Navigator 4.0 at 800x600",
           "Sign my guestbook!", "Last updated: 12 June 2003", "Back to top",
           "Copyright 2003 Walter Hendricks"),
    "de": (("Startseite", "Über mich", "Fotos", "Links", "Gästebuch", "Kontakt"),
           "Sie sind Besucher Nr. 018734",
           "Optimiert für Internet Explorer 5.5 bei 1024x768",
           "Tragen Sie sich in mein Gästebuch ein!", "Letzte Änderung: 04.11.2002",
           "Nach oben", "(c) 2002 Helga Brandstetter"),
    "es": (("Inicio", "Quiénes somos", "Fotos", "Enlaces", "Libro de visitas", "Contacto"),
           "Usted es el visitante número 002318",
           "Esta página se ve mejor con Internet Explorer 6 a 800x600",
           "¡Firma mi libro de visitas!", "Última actualización: 15/05/2004", "Volver arriba",
           "(c) 2004 Asociación Vecinal El Olivar"),
    "ru": (("Главная", "Обо мне", "Фотографии", "Ссылки", "Гостевая книга", "Написать мне"),
           "Вы посетитель номер 031552",
           "Сайт лучше смотреть в Internet Explorer 6 при разрешении 1024x768",
           "Оставьте запись в гостевой книге!", "Последнее обновление: 21.09.2005", "Наверх",
           "(c) 2005 Сергей Лаптев"),
    "ja": (("トップ", "プロフィール", "日記", "リンク", "掲示板", "メール"),
           "あなたは 012345 人目の訪問者です",
           "このサイトは IE5.0 以上、800×600 以上でご覧ください",
           "掲示板に書き込んでね！", "最終更新日：2001年7月8日", "ページの先頭へ",
           "Copyright (C) 2001 Kaori Hayashi"),
    "zh": (("首页", "关于我们", "图片", "友情链接", "留言簿", "联系我们"),
           "您是第 008812 位访客", "建议使用 IE6.0 以上浏览器，分辨率 1024×768",
           "欢迎在留言簿留言！", "最后更新：2006年3月2日", "返回顶部",
           "版权所有 (C) 2006 星河书社"),
    "ar": (("الرئيسية", "من نحن", "الصور", "روابط", "سجل الزوار", "اتصل بنا"),
           "أنت الزائر رقم 004477", "تصفح الموقع بدقة 800×600 ومتصفح إنترنت إكسبلورر",
           "وقع في سجل الزوار!", "آخر تحديث: 2004/10/12", "أعلى الصفحة",
           "جميع الحقوق محفوظة 2004"),
}


def chrome_lines(lang: str) -> tuple[str, ...]:
    """The period chrome's lines in `lang` (the menu entries are too short to test)."""
    _, counter, best, guest, updated, _, copyright_ = CHROME[lang]
    return (counter, best, guest, updated, copyright_)


def _menu_cell(lang: str, *, images: bool = False) -> str:
    """A left column of links parted by `<br>`, as hand-made sites set their menu."""
    entries = CHROME[lang][0]
    if images:
        return "".join(f'<a href="page{i}.html"><img src="btn{i}.gif" alt="{e}" border="0"></a>'
                       f"<br>" for i, e in enumerate(entries))
    return "".join(f'<a href="page{i}.html"><font color="#FFFF00">{e}</font></a><br>'
                   for i, e in enumerate(entries))


def _foot(lang: str) -> str:
    """The period footer: counter, browser note, guestbook, last update, copyright."""
    _, counter, best, guest, updated, top, copyright_ = CHROME[lang]
    return (f'<center><font size="1"><a href="#top">{top}</a><br>{counter}'
            f'<img src="/cgi-bin/counter.gif" alt=""><br>{best}<br>'
            f'<a href="/cgi-bin/guestbook.pl">{guest}</a><br>{updated}<br>{copyright_}'
            "</font></center>")


def _paras(paragraphs: tuple[str, ...], sep: str = "<br><br>\n") -> str:
    return sep.join(paragraphs)


# ---------------------------------------------------------------- a story in a layout table

TABLE_TITLE = "The old mill on Beaver Creek turns again"
TABLE_TEXT = (
    "After eleven years of standing still, the water wheel of the old mill on Beaver Creek "
    "turned again last Saturday, as some sixty neighbours watched from the bridge.",
    "The volunteers of the historical society spent two summers replacing the rotten paddles "
    "with white oak they cut and dried themselves, and a retired machinist rebuilt the gears.",
    "The society now wants to grind corn once a month during the summer and sell the meal at "
    "the farmers market, to pay for a new roof before the winter comes.",
    "Anyone who wants to help can come to the mill on Tuesday evenings, when the volunteers "
    "meet to plan the next repairs and drink a great deal of coffee.",
)


def table_story() -> str:
    """Nested layout tables: a banner row, a menu cell, the story's cell holding its text
    directly (paragraphs parted by `<br><br>`, `<font>` soup), an ad cell, a footer row."""
    ads = ('<td width="120" valign="top" bgcolor="#EEEEEE"><font size="1">Sponsors</font><br>'
           '<a href="http://ads.example.net/click?1"><img src="ad1.gif" alt="Hardware store">'
           '</a><br><a href="http://ads.example.net/click?2"><img src="ad2.gif" '
           'alt="Feed and seed"></a></td>')
    return (
        '<html><head><title>Millbrook Gazette - The old mill on Beaver Creek turns again'
        '</title></head><body bgcolor="#FFFFFF" link="#000080"><a name="top"></a>'
        '<table width="760" border="0" cellpadding="0" cellspacing="0">'
        '<tr><td colspan="3"><img src="banner.jpg" width="760" height="80" '
        'alt="Millbrook Gazette"></td></tr><tr>'
        f'<td width="140" valign="top" bgcolor="#000080"><font face="Arial" size="2">'
        f'{_menu_cell("en")}</font></td>'
        '<td width="500" valign="top"><table width="100%" cellpadding="8"><tr><td>'
        f'<font face="Verdana, Arial" size="4"><b>{TABLE_TITLE}</b></font><br>'
        '<font size="1">Posted June 9, 2003 by Dale Whitcomb</font><br><br>'
        f'<font face="Verdana, Arial" size="2">{_paras(TABLE_TEXT)}</font>'
        f"</td></tr></table></td>{ads}</tr>"
        f'<tr><td colspan="3">{_foot("en")}</td></tr></table></body></html>'
    )


# ---------------------------------------------------------------- <center>/<font> soup, German

SOUP_TITLE = "Unsere Wanderung auf den Hochgrat"
SOUP_TEXT = (
    "Am Samstag sind wir schon um sechs Uhr in Oberstaufen losgefahren, weil der Wetterbericht "
    "für den Nachmittag Gewitter angesagt hatte und wir rechtzeitig wieder unten sein wollten.",
    "Der Weg über die Alpe Obere Stiegalpe ist steil, aber gut markiert, und nach knapp drei "
    "Stunden standen wir am Gipfelkreuz und hatten eine herrliche Sicht bis zum Bodensee.",
    "Beim Abstieg haben wir in der Hütte eine Brotzeit gemacht. Die Kinder waren müde, aber "
    "sie wollen im nächsten Sommer unbedingt wieder mit auf den Berg.",
)


def font_soup() -> str:
    """`<center>`, `<font>` and `<b>` soup: the text straight in `<body>`, paragraphs parted
    by `<br><br>`, the menu a row of image links, the heading a `<font size=5>`."""
    menu = " | ".join(f'<a href="s{i}.htm">{e}</a>' for i, e in enumerate(CHROME["de"][0]))
    return (
        '<HTML><HEAD><TITLE>Helgas Homepage - Hochgrat</TITLE>'
        '<META NAME="author" CONTENT="Helga Brandstetter"></HEAD>'
        '<BODY BGCOLOR="#FFFFCC" BACKGROUND="hintergrund.jpg"><CENTER>'
        f'<img src="willkommen.gif" alt="Willkommen"><br>{menu}<br><hr width="80%">'
        f'<FONT FACE="Comic Sans MS" SIZE="5" COLOR="#800000"><B>{SOUP_TITLE}</B></FONT>'
        '</CENTER><br><FONT FACE="Arial" SIZE="2">'
        f'{_paras(SOUP_TEXT)}</FONT><br><br><hr width="80%">{_foot("de")}</BODY></HTML>'
    )


# ---------------------------------------------------------------- upper case, <p> never closed

CAPS_TITLE = "Fiesta del barrio: programa de este año"
CAPS_TEXT = (
    "Como cada año, la Asociación Vecinal El Olivar organiza las fiestas del barrio durante "
    "el último fin de semana de junio, con actividades para los niños y para los mayores.",
    "El sábado por la mañana habrá un campeonato de petanca en la plaza y por la tarde una "
    "merienda popular. Por la noche tocará la orquesta Los Primos hasta la madrugada.",
    "El domingo se celebrará la tradicional paella gigante, para la que necesitamos "
    "voluntarios. Quien quiera ayudar puede apuntarse en el local de la asociación.",
)


def caps_unclosed() -> str:
    """UPPER-CASE tags and attributes, `<P>` never closed, a menu table to the left."""
    menu = "".join(f'<TR><TD><A HREF="{i}.HTM">{e}</A></TD></TR>'
                   for i, e in enumerate(CHROME["es"][0]))
    body = "".join(f"<P>{t}\n" for t in CAPS_TEXT)
    return (
        '<HTML><HEAD><TITLE>Asociación Vecinal El Olivar</TITLE>'
        '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1"></HEAD>'
        '<BODY BGCOLOR=WHITE><TABLE WIDTH=100% BORDER=0><TR><TD WIDTH=150 VALIGN=TOP>'
        f'<TABLE BORDER=1 BGCOLOR=#CCFFCC>{menu}</TABLE></TD><TD VALIGN=TOP>'
        f'<H2><FONT COLOR=GREEN>{CAPS_TITLE}</FONT></H2>{body}'
        '<P><I>La Junta Directiva</I>\n'
        f'</TD></TR></TABLE><HR>{_foot("es")}</BODY></HTML>'
    )


# ---------------------------------------------------------------- XHTML 1.0, Russian

XHTML_TITLE = "Как я собирал радиоприёмник"
XHTML_TEXT = (
    "Этой зимой я наконец собрал простой ламповый радиоприёмник по схеме из старого журнала, "
    "которую нашёл на даче среди книг моего деда.",
    "Больше всего времени ушло на поиск деталей. Лампы я купил на радиорынке, а катушки "
    "пришлось мотать самому, и только с третьей попытки приёмник заработал.",
    "Теперь по вечерам я слушаю на нём радиостанции всей Европы. Схему и фотографии готового "
    "приёмника я выложу в следующей записи.",
)


def xhtml_page() -> str:
    """XHTML 1.0 Strict: an XML declaration, the XHTML namespace, CDATA in the script and
    style, `<div>`s with ids, paragraphs in `<p>`."""
    menu = "".join(f'<li><a href="/{i}.html">{e}</a></li>' for i, e in enumerate(CHROME["ru"][0]))
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ru" lang="ru"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        f"<title>{XHTML_TITLE} :: Радиолюбитель</title>"
        '<style type="text/css">/*<![CDATA[*/ #menu { float: left; } /*]]>*/</style>'
        '<script type="text/javascript">//<![CDATA[\nvar counter = "<b>1</b>";\n//]]></script>'
        '</head><body><div id="header"><h1>Радиолюбитель</h1></div>'
        f'<div id="menu"><ul>{menu}</ul></div><div id="content">'
        f'<h2>{XHTML_TITLE}</h2><p class="date">21.09.2005</p>'
        + "".join(f"<p>{t}</p>" for t in XHTML_TEXT)
        + f'</div><div id="footer">{_foot("ru")}<br />'
        '<a href="http://validator.w3.org/check?uri=referer"><img '
        'src="valid-xhtml10.png" alt="Valid XHTML 1.0 Strict" /></a></div></body></html>'
    )


# ---------------------------------------------------------------- text between <hr>s, Japanese

HR_TITLE = "夏休みの自由研究"
HR_TEXT = (
    "今年の夏休みは、娘と一緒に近所の川に住んでいる生き物を調べることにしました。毎朝同じ場所で"
    "網を入れて、見つけた魚や虫をノートに書きました。",
    "一番多かったのはオイカワで、ほかにヨシノボリやサワガニも見つかりました。雨の次の日は水が"
    "濁って、ほとんど何も捕まりませんでした。",
    "最後に模造紙に地図と絵をかいてまとめました。先生にほめられたそうで、娘はとても喜んでいます。",
)


def hr_body() -> str:
    """A diary page whose text sits straight in `<body>` between `<hr>`s, paragraphs parted
    by `<br><br>`, the menu an image map of links above."""
    menu = " ／ ".join(f'<a href="{i}.html">{e}</a>' for i, e in enumerate(CHROME["ja"][0]))
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'
        f"<title>かおりの部屋 - {HR_TITLE}</title></head><body bgcolor=\"#FFEEFF\">"
        f"<center>{menu}</center><hr>"
        f'<font size="4"><b>{HR_TITLE}</b></font>　<font size="2">2001年7月8日</font><br><br>'
        f"{_paras(HR_TEXT)}<hr>{_foot('ja')}</body></html>"
    )


# ---------------------------------------------------------------- frames

FRAME_TEXT = (
    "Our club meets every second Thursday of the month in the back room of the public library "
    "to trade stamps, listen to a short talk and plan the next exhibition.",
    "New members are always welcome, whether they collect the stamps of one country, one theme "
    "or simply everything that arrives on their letters.",
)


def frameset() -> str:
    """A frameset page: a menu frame and a content frame, and a `<noframes>` note."""
    return (
        '<html><head><title>Riverside Stamp Club</title></head>'
        '<frameset cols="180,*" border="0"><frame src="menu.html" name="menu">'
        '<frame src="main.html" name="main"><noframes><body>Your browser does not support '
        'frames. <a href="main.html">Click here</a>.</body></noframes></frameset></html>'
    )


def frame_content() -> str:
    """The content frame's own page: no chrome at all, a heading and two paragraphs."""
    return (
        '<html><head><title>main</title></head><body bgcolor="#FFFFF0">'
        '<h1 align="center">Welcome to the Riverside Stamp Club</h1>'
        + "".join(f"<p>{t}</p>" for t in FRAME_TEXT)
        + '<p align="center"><img src="stamp.gif"></p></body></html>'
    )


# ---------------------------------------------------------------- mailing-list archives

LIST_SUBJECT = "[garden-l] Tomato leaves curling after the heat wave"
LIST_QUOTED = (
    "> My tomato plants started curling their upper leaves last week,",
    "> right after the heat wave. Is this a virus or just the weather?",
)
LIST_TEXT = (
    "It is almost certainly the weather. Tomatoes roll their leaves upward when the days are "
    "hot and the soil dries out between waterings, and they flatten again within a couple of "
    "weeks once it cools down.",
    "A virus looks different: the leaves turn mottled yellow and the new growth stays small "
    "and twisted. Keep the soil evenly moist and put down some straw as mulch.",
    "Good luck,\nMargaret",
)


def pipermail() -> str:
    """A pipermail message page: the subject as `<h1>`, sender and date, the navigation
    above and below, the message in `<pre>` with quoted lines and a signature."""
    nav = ('<ul><li>Previous message: <a href="000411.html">[garden-l] Seed swap in April'
           '</a></li><li>Next message: <a href="000413.html">[garden-l] Tomato leaves curling '
           'after the heat wave</a></li><li> <b>Messages sorted by:</b> <a href="date.html#412">'
           '[ date ]</a> <a href="thread.html#412">[ thread ]</a> <a href="subject.html#412">'
           '[ subject ]</a> <a href="author.html#412">[ author ]</a></li></ul>')
    body = ("Tom Baker wrote:\n" + "\n".join(LIST_QUOTED) + "\n\n"
            + "\n\n".join(LIST_TEXT) + "\n\n-- \nMargaret Olsen, zone 6b, Ohio\n")
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN"><HTML><HEAD>'
        f"<TITLE> {LIST_SUBJECT}</TITLE>"
        '<LINK REL="Index" HREF="index.html"><META NAME="robots" CONTENT="index,nofollow">'
        '</HEAD><BODY BGCOLOR="#ffffff">'
        f"<H1>{LIST_SUBJECT}</H1><B>Margaret Olsen</B> <A HREF=\"mailto:garden-l%40lists."
        f'example.org?Subject=Re%3A%20Tomato" TITLE="{LIST_SUBJECT}">molsen at example.org</A>'
        "<BR><I>Tue Jul 15 09:12:44 EDT 2008</I><P>"
        f"{nav}<HR><!--beginarticle--><PRE>{body}</PRE><!--endarticle--><HR>{nav}"
        '<hr><a href="http://lists.example.org/mailman/listinfo/garden-l">More information '
        "about the garden-l mailing list</a><br></body></html>"
    )


HYPER_SUBJECT = "Re: Zugfahrplan Sommer 2004"
HYPER_TEXT = (
    "Hallo zusammen,",
    "die Verbindung nach Lindau fährt im Sommer wieder stündlich, aber nur bis Kempten mit "
    "dem Regionalexpress. Ab dort muss man in den Bus umsteigen, der am Bahnhofsvorplatz hält.",
    "Für die Gruppenfahrt am 12. Juni reicht also ein Bayern-Ticket für fünf Personen.",
    "Viele Grüße\nJürgen",
)


def hypermail() -> str:
    """A hypermail message: a header list (From, Date), navigation lists above and below,
    the message in `<pre>` with a quoted reply."""
    nav = ('<ul class="links"><li><strong>Nächste Nachricht:</strong> <a href="0234.html">'
           'Anna Keller: "Re: Zugfahrplan Sommer 2004"</a></li><li><strong>Vorherige '
           'Nachricht:</strong> <a href="0232.html">Peter Wolf: "Vereinsabend im Mai"</a></li>'
           '<li><strong>Antwort auf:</strong> <a href="0230.html">Anna Keller: "Zugfahrplan '
           'Sommer 2004"</a></li></ul>')
    body = ("Anna Keller schrieb:\n> Weiß jemand, ob der Zug nach Lindau im Sommer wieder "
            "fährt?\n\n" + "\n\n".join(HYPER_TEXT) + "\n")
    return (
        '<html lang="de"><head><meta http-equiv="Content-Type" content="text/html; '
        f'charset=utf-8"><title>{HYPER_SUBJECT}</title></head><body>'
        f'<h1>{HYPER_SUBJECT}</h1><!-- received="Mon May 3 20:14:02 2004" -->'
        '<address class="headers"><span id="from"><dfn>From</dfn>: Jürgen Maier &lt;'
        '<a href="mailto:jm@example.de">jm@example.de</a>&gt;</span><br><span id="date">'
        '<dfn>Date</dfn>: Mon, 03 May 2004 20:14:02 +0200</span><br></address>'
        f'{nav}<!-- body="start" --><pre id="body">{body}</pre><!-- body="end" -->'
        f'<hr><a name="end"></a>{nav}<hr><p><small><em>Dieses Archiv wurde von '
        '<a href="http://www.hypermail-project.org/">hypermail 2.1.8</a> am Mo 03 Mai 2004 '
        "erstellt</em></small></p></body></html>"
    )


# ---------------------------------------------------------------- plain text in <pre>

PRE_TITLE = "HOW TO CLEAN A CAST IRON PAN"
PRE_TEXT = (
    "Cast iron pans last for generations if you treat them right. The most important rule is "
    "never to leave them soaking in the sink, because the water gets under the seasoning and "
    "the pan rusts overnight.",
    "After cooking, rinse the pan with hot water while it is still warm and scrub off the "
    "stuck bits with a stiff brush or a handful of coarse salt. A little soap does no harm.",
    "Dry the pan on the stove over low heat, then rub a few drops of oil over the inside with "
    "a paper towel until it looks dry again. Store it in a dry cupboard.",
)


def pre_article() -> str:
    """A text file put on the web as is: the whole article in one `<pre>`, lines wrapped at
    70 characters, paragraphs parted by blank lines, a signature."""
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(p, 70) for p in PRE_TEXT)
    return (
        f"<html><head><title>{PRE_TITLE.title()}</title></head><body><pre>\n"
        f"{PRE_TITLE}\nby Walter Hendricks, 1998\n\n{wrapped}\n\n"
        "----------------------------------------------------------------------\n"
        "Back to the kitchen page: http://www.example.net/~walter/kitchen.html\n"
        "</pre></body></html>"
    )


# ---------------------------------------------------------------- a 2005 news system, Spanish

CMS_TITLE = "El ayuntamiento aprueba el nuevo plan de tráfico para el centro"
CMS_LEAD = ("El pleno municipal dio ayer luz verde al plan que cerrará al tráfico cuatro "
            "calles del casco antiguo a partir de septiembre.")
CMS_TEXT = (
    "La propuesta salió adelante con los votos del equipo de gobierno y la abstención de la "
    "oposición, que pidió más plazas de aparcamiento para los residentes del barrio.",
    "Según el concejal de Tráfico, las calles Mayor, Real, del Pozo y de la Fuente solo "
    "estarán abiertas a los vehículos de carga y descarga entre las siete y las once.",
    "Los comerciantes de la zona se mostraron divididos. Algunos temen perder clientes, "
    "mientras que otros creen que una calle peatonal atraerá a más paseantes.",
)


def news_cms() -> str:
    """A regional paper's story as a 2005 news system printed it: table layout, the
    headline in `<span class="titulo">`, the date in `<font size=1>`, the body in
    `<span class="text">` parted by `<br><br>`, a box of other headlines, print and mail
    links."""
    others = "".join(f'<a href="noticia.php?id={100 + i}" class="otras">Otra noticia local '
                     f"número {i}</a><br>" for i in range(1, 7))
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        f"<title>Diario de Valdeolmos - {CMS_TITLE}</title>"
        '<link rel="stylesheet" href="estilos.css"></head><body topmargin="0" leftmargin="0">'
        '<table width="778" border="0" cellspacing="0" cellpadding="0" align="center">'
        '<tr><td colspan="2"><img src="cabecera.jpg" alt="Diario de Valdeolmos"></td></tr>'
        '<tr><td colspan="2" class="fecha" bgcolor="#003366"><font color="white" size="1">'
        "Valdeolmos, jueves 14 de abril de 2005</font></td></tr><tr>"
        '<td width="160" valign="top" class="menu">'
        + "".join(f'<a href="seccion.php?id={i}" class="menu">{s}</a><br>'
                  for i, s in enumerate(("Portada", "Local", "Comarca", "Deportes", "Opinión",
                                         "Cultura", "Hemeroteca")))
        + '</td><td width="618" valign="top"><table width="100%" cellpadding="10"><tr><td>'
        '<span class="antetitulo">LOCAL</span><br>'
        f'<span class="titulo">{CMS_TITLE}</span><br>'
        f'<span class="entradilla">{CMS_LEAD}</span><br>'
        '<font size="1" color="#666666">14/04/2005 - Redacción / M. Ortega</font><br><br>'
        f'<span class="text">{_paras(CMS_TEXT)}</span><br><br>'
        '<a href="imprimir.php?id=99"><img src="imprimir.gif" border="0"> Imprimir</a> '
        '<a href="enviar.php?id=99"><img src="email.gif" border="0"> Enviar a un amigo</a>'
        f'<br><br><b>Otras noticias</b><br>{others}</td></tr></table></td></tr>'
        f'<tr><td colspan="2">{_foot("es")}</td></tr></table></body></html>'
    )


# ---------------------------------------------------------------- classic blogs

BLOG_TITLE = "Rebuilding the porch steps"
BLOG_TEXT = (
    "The porch steps finally gave up this spring. The bottom tread cracked clean through when "
    "the mail carrier stepped on it, so there was no more putting it off.",
    "I tore the old stringers out on Saturday and found that the post they rested on had "
    "rotted right down into the ground. The new post sits on a concrete block now.",
    "Cutting the new stringers took the longest. I ruined one board before I got the rise and "
    "run right, but the second pair fit on the first try and the treads went on in an hour.",
)
BLOG_COMMENTS = (
    ("Linda", "They look great! Are you going to paint them or leave them natural?"),
    ("Bob from next door", "Now you can come fix mine. I will supply the lemonade."),
)


def blogger_classic() -> str:
    """A classic Blogger template (2004): the date header, the post's title and body with
    `<br><br>` paragraphs, "posted by ... at ...", the comments on the page, a sidebar of
    the profile, previous posts and archives."""
    prev = "".join(f'<li><a href="/2004/05/post{i}.html">Weekend project number {i}</a></li>'
                   for i in range(1, 7))
    archives = "".join(f'<li><a href="/2004_0{m}_01_archive.html">0{m}/01/2004 - 0{m}/30/2004'
                       "</a></li>" for m in range(1, 7))
    comments = "".join(
        f'<dt class="comment-data" id="c{i}"><a href="/profile/{i}">{n}</a> said...</dt>'
        f'<dd class="comment-body"><p>{t}</p></dd><dd class="comment-footer">'
        f'<span class="comment-timestamp">6/14/2004 8:0{i} PM</span></dd>'
        for i, (n, t) in enumerate(BLOG_COMMENTS))
    return (
        '<html><head><title>Walt\'s Workshop: Rebuilding the porch steps</title>'
        '<meta name="generator" content="Blogger"></head><body><div id="outer-wrapper">'
        '<div id="header"><h1><a href="/">Walt\'s Workshop</a></h1><p>Fixing things around '
        'an old house, one weekend at a time.</p></div><div id="main"><div id="content">'
        '<h2 class="date-header">Monday, June 14, 2004</h2><div class="post">'
        f'<h3 class="post-title">{BLOG_TITLE}</h3><div class="post-body">'
        f'<div style="clear:both;"></div>{_paras(BLOG_TEXT)}<div style="clear:both;"></div>'
        '</div><p class="post-footer"><em>posted by Walter Hendricks at <a href="#">'
        '9:41 PM</a></em> <a href="/comments">2 comments</a></p></div>'
        f'<div id="comments"><h4>2 Comments:</h4><dl id="comments-block">{comments}</dl>'
        '<p class="comment-timestamp"><a href="/post-a-comment">Post a Comment</a></p>'
        '<p><a href="/">&lt;&lt; Home</a></p></div></div></div>'
        '<div id="sidebar"><h2 class="sidebar-title">About Me</h2><dl class="profile-datablock">'
        '<dt class="profile-data"><strong>Name:</strong> Walter Hendricks</dt>'
        '<dt class="profile-data"><strong>Location:</strong> Dayton, Ohio</dt></dl>'
        '<a href="/profile">View my complete profile</a>'
        f'<h2 class="sidebar-title">Previous Posts</h2><ul id="recently">{prev}</ul>'
        f'<h2 class="sidebar-title">Archives</h2><ul class="archive-list">{archives}</ul>'
        '<p id="powered-by"><a href="http://www.blogger.com"><img src="bloggerbutton1.gif" '
        'alt="Powered by Blogger"></a></p></div></div></body></html>'
    )


LJ_TITLE = "Переезд"
LJ_TEXT = (
    "Ну вот, мы наконец переехали. Три дня таскали коробки, и ещё половина вещей стоит "
    "нераспакованной в коридоре, но зато теперь у нас есть балкон и вид на реку.",
    "Соседи оказались приятными людьми. Бабушка с третьего этажа уже принесла нам пирог и "
    "рассказала всё про каждого жильца в подъезде.",
    "Интернет обещают подключить только в понедельник, так что пишу с работы. Фотографии "
    "новой квартиры выложу, когда разберу хотя бы одну комнату.",
)


def livejournal() -> str:
    """A LiveJournal entry (2005): the journal's header, the entry's date and subject in a
    table, the text with `<br>` line breaks, "Current mood"/"Current music", the comments
    links, and the journal's navigation."""
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<title>Дневник Лаптева: {LJ_TITLE}</title></head><body bgcolor="#FFFFFF">'
        '<table width="100%" cellpadding="4"><tr><td bgcolor="#336699"><font color="white" '
        'size="+2"><b>Дневник Лаптева</b></font><br><font color="white">'
        '<a href="/users/laptev/">Последние записи</a> | <a href="/users/laptev/calendar">'
        'Архив</a> | <a href="/users/laptev/friends">Друзья</a> | '
        '<a href="/userinfo.bml?user=laptev">Информация</a></font></td></tr></table><br>'
        '<table width="90%" align="center" border="1" cellpadding="6"><tr><td bgcolor="#DDEEFF">'
        f'<b>21 сентября 2005, 22:14</b><br><font size="+1"><b>{LJ_TITLE}</b></font></td></tr>'
        f'<tr><td>{_paras(LJ_TEXT, "<br><br>")}<br><br>'
        '<font size="-1"><b>Настроение:</b> усталое<br><b>Музыка:</b> Кино - Группа крови'
        '</font></td></tr><tr><td bgcolor="#DDEEFF" align="right"><font size="-1">'
        '<a href="/users/laptev/12345.html?mode=reply">Оставить комментарий</a> | '
        '<a href="/users/laptev/12345.html">7 комментариев</a></font></td></tr></table><br>'
        '<center><a href="/users/laptev/?skip=10">&lt;&lt; Предыдущие 10</a></center>'
        "</body></html>"
    )


# ---------------------------------------------------------------- old forums

PHPBB_TITLE = "Best way to store seeds over winter?"
PHPBB_POSTS = (
    ("gardengnome", "Posted: Mon Oct 13, 2003 8:12 pm",
     "I saved a lot of bean and squash seeds this year and I am not sure where to keep them "
     "over the winter. The garage gets below freezing. Will that kill them?"),
    ("oldtimer", "Posted: Mon Oct 13, 2003 9:40 pm",
     "Freezing does not hurt dry seeds at all, moisture does. Dry them on a screen for two "
     "weeks, then put them in paper envelopes inside a tin with a lid."),
    ("gardengnome", "Posted: Tue Oct 14, 2003 7:05 am",
     "Thanks! I have an old cookie tin that will do nicely. Should I label them by year?"),
    ("seedsaver77", "Posted: Tue Oct 14, 2003 12:31 pm",
     "Yes, always write the year on them. Beans keep for about three years, squash for five "
     "or six, but onion seeds are weak after a single year."),
)


def phpbb2() -> str:
    """A phpBB2 topic (subSilver): the forum's header table, the topic title, one table row
    per post with the poster's name and stats in the left cell and the post's header
    ("Posted: ... Post subject:"), body and buttons in the right, "Display posts from
    previous", the jump box and "Powered by phpBB"."""
    rows = "".join(
        f'<tr><td width="150" align="left" valign="top" class="row{1 + i % 2}">'
        f'<span class="name"><a name="{i}"></a><b>{n}</b></span><br><span class="postdetails">'
        f"Joined: 02 Mar 2003<br>Posts: {13 * (i + 3)}<br>Location: Iowa</span><br></td>"
        f'<td class="row{1 + i % 2}" width="100%" valign="top"><table width="100%" border="0">'
        f'<tr><td width="100%"><a href="viewtopic.php?p={i}#{i}"><img src="icon_minipost.gif" '
        f'alt="Post" border="0"></a><span class="postdetails">{d}<span class="gen">&nbsp;'
        f'</span>&nbsp; &nbsp;Post subject: {"Re: " if i else ""}{PHPBB_TITLE}</span></td>'
        f'<td valign="top" nowrap="nowrap"><a href="posting.php?mode=quote&amp;p={i}">'
        f'<img src="icon_quote.gif" alt="Reply with quote" border="0"></a></td></tr>'
        f'<tr><td colspan="2"><hr></td></tr><tr><td colspan="2"><span class="postbody">{t}'
        f'</span><span class="gensmall"></span></td></tr></table></td></tr>'
        f'<tr><td class="row{1 + i % 2}" valign="middle"><span class="nav"><a href="#top" '
        f'class="nav">Back to top</a></span></td><td class="row{1 + i % 2}" valign="bottom">'
        f'<a href="profile.php?u={i}"><img src="icon_profile.gif" alt="View user\'s profile" '
        f'border="0"></a> <a href="privmsg.php?u={i}"><img src="icon_pm.gif" '
        f'alt="Send private message" border="0"></a></td></tr>'
        f'<tr><td class="spaceRow" colspan="2" height="1"><img src="spacer.gif" alt=""></td></tr>'
        for i, (n, d, t) in enumerate(PHPBB_POSTS))
    return (
        '<html><head><title>Hilltop Gardeners :: View topic - Best way to store seeds over '
        'winter?</title></head><body><a name="top"></a><table width="100%" cellspacing="0" '
        'cellpadding="10" border="0" align="center"><tr><td class="bodyline">'
        '<table width="100%"><tr><td><a href="index.php"><img src="logo_phpBB.gif" border="0" '
        'alt="Hilltop Gardeners Forum Index"></a></td><td align="center" width="100%">'
        '<span class="maintitle">Hilltop Gardeners</span><br><span class="gen">A place to talk '
        'about vegetables</span><br><table><tr><td><span class="mainmenu">'
        '<a href="faq.php" class="mainmenu">FAQ</a>&nbsp; <a href="search.php" '
        'class="mainmenu">Search</a>&nbsp; <a href="memberlist.php" class="mainmenu">'
        'Memberlist</a>&nbsp; <a href="groupcp.php" class="mainmenu">Usergroups</a>&nbsp; '
        '<a href="profile.php?mode=register" class="mainmenu">Register</a></span></td></tr>'
        '</table></td></tr></table><br><table width="100%"><tr><td align="left" '
        f'valign="bottom" colspan="2"><a class="maintitle" href="viewtopic.php?t=5">{PHPBB_TITLE}'
        '</a><br><span class="gensmall"><b></b><br>&nbsp; </span></td></tr></table>'
        '<table width="100%"><tr><td align="left" valign="bottom" nowrap="nowrap"><span '
        'class="nav"><a href="posting.php?mode=newtopic&amp;f=2"><img src="post.gif" border="0" '
        'alt="Post new topic"></a>&nbsp;&nbsp;&nbsp;<a href="index.php" class="nav">Hilltop '
        'Gardeners Forum Index</a> -&gt; <a href="viewforum.php?f=2" class="nav">Vegetables</a>'
        '</span></td></tr></table><table class="forumline" width="100%" cellspacing="1" '
        'cellpadding="3" border="0"><tr><th class="thLeft" width="150" height="26" '
        'nowrap="nowrap">Author</th><th class="thRight" nowrap="nowrap">Message</th></tr>'
        f'{rows}<tr align="center"><td class="catBottom" colspan="2" height="28"><table '
        'cellspacing="0" cellpadding="0" border="0"><tr><form method="post" action="viewtopic.php">'
        '<td align="center"><span class="gensmall">Display posts from previous: <select '
        'name="postdays"><option value="0">All Posts</option><option value="1">1 Day</option>'
        '</select>&nbsp;<input type="submit" value="Go" class="liteoption"></span></td></form>'
        '</tr></table></td></tr></table><table width="100%"><tr><td><span class="gensmall">All '
        'times are GMT - 6 Hours</span></td></tr></table><div align="center"><span '
        'class="copyright">Powered by <a href="http://www.phpbb.com/" class="copyright">'
        'phpBB</a> &copy; 2001, 2002 phpBB Group</span></div></td></tr></table></body></html>'
    )


VB_TITLE = "أفضل طريقة لتعلم البرمجة"
VB_POSTS = (
    ("أبو خالد", "12-03-2006, 10:15 PM",
     "السلام عليكم، أريد أن أتعلم البرمجة من البداية ولا أعرف من أين أبدأ. هل أبدأ بلغة "
     "بايثون أم بلغة سي؟ أرجو أن تنصحوني بكتاب مناسب للمبتدئين."),
    ("مهندس سامي", "12-03-2006, 11:02 PM",
     "وعليكم السلام، أنصحك بالبدء بلغة بايثون لأنها سهلة القراءة وتعلمك طريقة التفكير في "
     "حل المشكلات، وبعد ذلك يمكنك الانتقال إلى لغة سي لتفهم كيف يعمل الحاسوب."),
    ("نور الهدى", "13-03-2006, 08:40 AM",
     "أتفق مع الأخ سامي، والأهم من اختيار اللغة هو أن تكتب برامج صغيرة كل يوم وأن تحاول "
     "حل التمارين بنفسك قبل أن تبحث عن الحل."),
)


def vbulletin3() -> str:
    """A vBulletin 3 thread in Arabic (right to left): the navbar table, each post a table
    (date row, user cell with title and join date, the message in `<div id="post_message_N">`,
    the buttons row), "Similar threads", the forum jump and the footer."""
    posts = "".join(
        f'<table id="post{i}" class="tborder" cellpadding="6" cellspacing="0" border="0" '
        f'width="100%" align="center"><tr><td class="thead"><a name="post{i}"></a>{d}</td>'
        f'<td class="thead" align="left">#<a href="showpost.php?p={i}"><strong>{i + 1}'
        f'</strong></a></td></tr><tr><td class="alt2" width="175"><div><a class="bigusername" '
        f'href="member.php?u={i}">{n}</a></div><div class="smallfont">عضو جديد</div>'
        f'<div class="smallfont">تاريخ التسجيل: Feb 2006<br>المشاركات: {7 * (i + 2)}</div></td>'
        f'<td class="alt1" id="td_post_{i}"><div class="smallfont"><strong>'
        f'{"رد: " if i else ""}{VB_TITLE}</strong></div><hr size="1"><div id="post_message_{i}">'
        f'{t}</div></td></tr><tr><td class="alt2"><img src="user_offline.gif" alt="غير متواجد">'
        f'</td><td class="alt1" align="left"><a href="newreply.php?do=newreply&amp;p={i}">'
        f'<img src="quote.gif" alt="رد مع اقتباس" border="0"></a></td></tr></table><br>'
        for i, (n, d, t) in enumerate(VB_POSTS))
    similar = "".join(f'<tr><td class="alt1"><a href="showthread.php?t={50 + i}">موضوع مشابه '
                      f"رقم {i}</a></td><td>زائر</td><td>منتدى البرمجة</td><td>{i + 2}</td></tr>"
                      for i in range(1, 5))
    return (
        '<html dir="rtl" lang="ar"><head><meta http-equiv="Content-Type" content="text/html; '
        f'charset=windows-1256"><title>{VB_TITLE} - منتديات المبرمجين العرب</title></head>'
        '<body><table class="tborder" width="100%"><tr><td class="alt1"><span class="navbar">'
        '<a href="index.php">منتديات المبرمجين العرب</a></span> <span class="navbar">&gt; '
        '<a href="forumdisplay.php?f=3">منتدى البرمجة العام</a></span><br><strong>'
        f'{VB_TITLE}</strong></td><td class="alt2"><form action="login.php?do=login" '
        'method="post">اسم العضو <input name="vb_login_username"> كلمة المرور '
        '<input type="password"> <input type="submit" value="دخول"></form></td></tr></table>'
        '<div class="tborder"><table><tr><td class="vbmenu_control"><a href="register.php">'
        'التسجيل</a></td><td class="vbmenu_control"><a href="faq.php">التعليمات</a></td>'
        '<td class="vbmenu_control"><a href="calendar.php">التقويم</a></td></tr></table></div>'
        f'<br><div id="posts">{posts}</div><br><table class="tborder" width="100%"><tr>'
        f'<td class="tcat" colspan="4">مواضيع مشابهة</td></tr>{similar}</table><br>'
        '<div class="smallfont" align="center">الساعة الآن 03:12 AM</div><div class="smallfont" '
        'align="center">Powered by vBulletin Version 3.5.4<br>Copyright ©2000 - 2006, '
        'Jelsoft Enterprises Ltd.</div></body></html>'
    )


# ---------------------------------------------------------------- a personal home page

HOME_TITLE = "Welcome to Walter's Home Page!"
HOME_TEXT = (
    "Hi! My name is Walter Hendricks and I live in Dayton, Ohio, with my wife Ruth and our two "
    "cats, Pepper and Salt. I have worked as a tool and die maker for twenty-six years.",
    "In my spare time I restore old radios and clocks. So far I have brought back "
    "fourteen radios from the dead, and my favourite is a 1937 Zenith with a black dial.",
    "On these pages you will find pictures of my radios, some tips for beginners and a list "
    "of the swap meets in our part of the state. Feel free to drop me a line!",
)


def home_page() -> str:
    """A personal home page: a title in `<center><h1>`, "under construction" and a marquee,
    the text in `<p>`s, a list of links to the owner's pages, a webring, the counter and
    the guestbook, all in a table with a column of image buttons."""
    return (
        f'<html><head><title>{HOME_TITLE}</title></head><body background="stars.gif" '
        'text="#000000"><table width="100%"><tr><td width="130" valign="top">'
        f'{_menu_cell("en", images=True)}</td><td valign="top">'
        f'<center><h1><font color="#990000">{HOME_TITLE}</font></h1>'
        '<img src="construction.gif" alt="Under construction"><br>'
        '<marquee>Thanks for stopping by! Come back soon!</marquee></center>'
        + "".join(f"<p>{t}</p>" for t in HOME_TEXT)
        + '<p><b>My pages:</b></p><ul><li><a href="radios.html">My radio collection</a></li>'
        '<li><a href="clocks.html">Clocks I have repaired</a></li>'
        '<li><a href="tips.html">Tips for beginners</a></li>'
        '<li><a href="swap.html">Swap meets in Ohio</a></li></ul>'
        '<center><table border="1"><tr><td><a href="http://ring.example.com/prev">'
        '&lt;&lt; Prev</a> | <a href="http://ring.example.com/">Antique Radio Webring</a> | '
        '<a href="http://ring.example.com/next">Next &gt;&gt;</a></td></tr></table>'
        f'</center><hr>{_foot("en")}</td></tr></table></body></html>'
    )


# ---------------------------------------------------------------- FAQs

DL_TITLE = "Häufige Fragen zur Vereinsmitgliedschaft"
DL_FAQ = (
    ("Wie werde ich Mitglied?",
     "Füllen Sie das Anmeldeformular aus und geben Sie es bei einem Trainingsabend ab oder "
     "schicken Sie es per Post an unseren Kassenwart."),
    ("Wie hoch ist der Jahresbeitrag?",
     "Erwachsene zahlen 48 Euro im Jahr, Kinder und Jugendliche bis 18 Jahre 24 Euro. "
     "Familien zahlen zusammen höchstens 96 Euro."),
    ("Kann ich vorher einmal mittrainieren?",
     "Ja, Sie können dreimal kostenlos zum Probetraining kommen. Bringen Sie Turnschuhe und "
     "etwas zu trinken mit."),
    ("Wann finden die Trainingsabende statt?",
     "Dienstags und donnerstags von 18 bis 20 Uhr in der Turnhalle der Grundschule, in den "
     "Sommerferien im Freibad."),
)


def faq_dl() -> str:
    """A FAQ written as a definition list (`<dl>`/`<dt>`/`<dd>`), in a layout table with a
    column of links; the questions in `<b>`, a contents list of anchors above."""
    toc = "".join(f'<li><a href="#f{i}">{q}</a></li>' for i, (q, _) in enumerate(DL_FAQ))
    items = "".join(f'<dt><a name="f{i}"></a><b>{q}</b></dt><dd>{a}</dd>'
                    for i, (q, a) in enumerate(DL_FAQ))
    return (
        '<html><head><title>TSV Unterbach 1921 e.V. - FAQ</title></head><body>'
        '<table width="100%" cellspacing="0"><tr><td width="160" valign="top" '
        f'bgcolor="#003300">{_menu_cell("de")}</td><td valign="top">'
        f'<h2>{DL_TITLE}</h2><ul>{toc}</ul><hr><dl>{items}</dl><hr>'
        f'</td></tr></table>{_foot("de")}</body></html>'
    )


BOLD_FAQ_TITLE = "Frequently Asked Questions"
BOLD_FAQ = (
    ("Do you ship outside the United States?",
     "Yes, we ship to Canada and Mexico by regular mail. Please allow three to four weeks for "
     "delivery and write to us first for the postage."),
    ("Can I pay with a personal check?",
     "Of course. We hold the order until the check clears, which usually takes about ten days "
     "from the day it arrives."),
    ("What if the seeds do not come up?",
     "Write to us and tell us what you planted and when. We will send a new packet free of "
     "charge, no questions asked."),
)


def faq_bold() -> str:
    """A FAQ as bold questions, each answer after a `<br>`, the pairs parted by
    `<br><br>`, in a `<font>` inside a centered table."""
    body = "<br><br>".join(f"<b>Q: {q}</b><br>A: {a}" for q, a in BOLD_FAQ)
    return (
        '<html><head><title>Prairie Seed Company - FAQ</title></head><body bgcolor="#FFFFEE">'
        '<center><img src="logo.gif" alt="Prairie Seed Company"><br>'
        '<a href="index.html">Home</a> | <a href="catalog.html">Catalog</a> | '
        '<a href="order.html">Order Form</a> | <a href="faq.html">FAQ</a> | '
        '<a href="contact.html">Contact Us</a></center><br>'
        '<table width="600" align="center"><tr><td><font face="Arial" size="2">'
        f'<h2>{BOLD_FAQ_TITLE}</h2>{body}</font></td></tr></table><br>{_foot("en")}'
        "</body></html>"
    )


# ---------------------------------------------------------------- a course page

COURSE_TITLE = "CS 241: Data Structures, Fall 2004"
COURSE_INTRO = ("This course covers the basic data structures of computer science and the "
                "analysis of the algorithms that use them. Programming assignments are in C.")
COURSE_STAFF = ("Instructor: Prof. Ellen Marsh, office 314 Hollis Hall, office hours Monday "
                "and Wednesday 2-3 pm", "Teaching assistant: Ravi Patel, lab hours Thursday "
                "4-6 pm in room 112")
COURSE_LECTURES = ("Week 1: Arrays, linked lists and the cost of access",
                   "Week 2: Stacks and queues",
                   "Week 3: Binary search trees",
                   "Week 4: Balanced trees and rotations",
                   "Week 5: Hash tables and collisions")
COURSE_GRADING = ("Homework assignments 40%", "Midterm exam 25%", "Final exam 35%")


def course_page() -> str:
    """A course page (2004): `<h1>`, an intro paragraph, headings over lists of staff,
    lectures and grading, the department's navigation bar, "last modified" and the
    maintainer's address."""
    def ul(items: tuple[str, ...]) -> str:
        return "<ul>" + "".join(f"<li>{x}" for x in items) + "</ul>"
    lectures = "<ol>" + "".join(f'<li><a href="notes/w{i}.pdf">{x}</a>'
                                for i, x in enumerate(COURSE_LECTURES)) + "</ol>"
    return (
        f'<html><head><title>{COURSE_TITLE}</title></head><body bgcolor="white">'
        '<table width="100%" bgcolor="#660000"><tr><td><font color="white">'
        '<a href="/cs/"><font color="white">Department of Computer Science</font></a> | '
        '<a href="/cs/courses/"><font color="white">Courses</font></a> | '
        '<a href="/cs/people/"><font color="white">People</font></a> | '
        '<a href="/"><font color="white">University Home</font></a></font></td></tr></table>'
        f"<h1>{COURSE_TITLE}</h1><p>{COURSE_INTRO}"
        f"<h2>Staff</h2>{ul(COURSE_STAFF)}<h2>Lectures</h2>{lectures}"
        f"<h2>Grading</h2>{ul(COURSE_GRADING)}<hr><address>"
        '<a href="mailto:emarsh@cs.example.edu">emarsh@cs.example.edu</a><br>'
        "Last modified: Tue Sep 7 10:02:11 EDT 2004</address></body></html>"
    )


# ---------------------------------------------------------------- an old Chinese portal story

ZH_TITLE = "古镇老街修缮工程完工"
ZH_TEXT = (
    "经过一年多的施工，古镇老街的修缮工程日前全部完工。老街上的四十多间店铺重新开门迎客，不少"
    "老居民也回到了这里。",
    "据介绍，这次修缮坚持修旧如旧的原则，尽量使用原来的砖瓦和木料，街面的青石板也全部按照原样"
    "铺回。",
    "镇政府表示，下一步将在老街开办民俗博物馆，并组织传统手工艺展示活动，吸引更多游客前来参观。",
)


def zh_portal() -> str:
    """A Chinese portal's story (2006): GB2312 meta, table layout, the date and source in a
    `<font>` line, the text in a `<td class="content">` with full-width-indented paragraphs
    parted by `<br><br>`, "相关新闻" links and "【打印本页】【关闭窗口】"."""
    related = "".join(f'<li><a href="/news/2006/{i}.htm">本镇新闻第{i}条标题</a></li>'
                      for i in range(1, 6))
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f"<title>{ZH_TITLE}_星河新闻网</title></head><body>"
        '<table width="760" align="center"><tr><td><img src="top.jpg"></td></tr>'
        '<tr><td bgcolor="#CC0000"><a href="/">首页</a> | <a href="/news/">新闻</a> | '
        '<a href="/sports/">体育</a> | <a href="/ent/">娱乐</a> | <a href="/bbs/">论坛</a>'
        '</td></tr></table><table width="760" align="center"><tr><td width="560" valign="top">'
        f'<table width="100%"><tr><td align="center"><font size="5"><b>{ZH_TITLE}</b></font>'
        '</td></tr><tr><td align="center"><font size="2" color="#666666">2006-03-02 09:15:32　'
        '来源：星河日报　作者：李明</font></td></tr><tr><td class="content">'
        + "<br><br>".join(f"　　{t}" for t in ZH_TEXT)
        + '</td></tr><tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】'
        '【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>'
        f'<b>相关新闻</b><ul>{related}</ul></td><td width="200" valign="top">'
        '<b>热点排行</b><br>' + "".join(f'<a href="/hot/{i}.htm">热点新闻{i}</a><br>'
                                      for i in range(1, 9))
        + f'</td></tr></table>{_foot("zh")}</body></html>'
    )
