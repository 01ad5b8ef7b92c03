"""Pages of the institutional and legal web, as their sites print them: a statute's section
(de), a court's decision (fr), a bill's page in a legislature (en), a university's news
story (es), a town's public notice (de), a museum's exhibition page (it), an NGO's report
landing page (en), a statistics office's press release (pl), an RFC-like standard (en), an
annual report's chapter (ja) and a ministry's statement (ar). Each sits in its chrome (a
government banner and language picker, breadcrumbs, a side menu of the code's other
sections, "Print / PDF", "Last updated", "Was this helpful?", footers of agency links). All
text is invented here; no page of a dataset is copied. `tests/test_institution_pages.py`
states what a reader (and WCXB's annotators) take as each page's main content, and the
metadata each page shows."""

from __future__ import annotations

from tests.platform_pages import ld, paragraphs


def _ul(items: tuple[str, ...]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _rows(rows: tuple[tuple[str, ...], ...], head: tuple[str, ...]) -> str:
    th = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _doc(lang: str, title: str, head: str, body: str) -> str:
    rtl = ' dir="rtl"' if lang == "ar" else ""
    return (f'<!DOCTYPE html><html lang="{lang}"{rtl}><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{title}</title>{head}</head><body>{body}</body></html>")


def _langs(*names: str) -> str:
    return ('<div class="language-picker"><ul>'
            + "".join(f'<li><a href="/{n[:2].lower()}/" hreflang="{n[:2].lower()}">{n}</a></li>'
                      for n in names) + "</ul></div>")


def _crumbs(*names: str) -> str:
    return ('<nav class="breadcrumb" aria-label="breadcrumb"><ol>'
            + "".join(f'<li><a href="/c{i}/">{n}</a></li>' for i, n in enumerate(names))
            + "</ol></nav>")


def _links(cls: str, *names: str) -> str:
    return (f'<ul class="{cls}">' + "".join(f'<li><a href="/l/{i}">{n}</a></li>'
                                           for i, n in enumerate(names)) + "</ul>")


# ---------------------------------------------------------------- a statute's section (de)

LAW_NAME = "Gesetz über die Nutzung von Gemeinschaftsgärten"
LAW_SECTION = "§ 12 Kündigung des Pachtvertrags"
LAW_PARAS = (
    "(1) Der Pachtvertrag über eine Parzelle kann von beiden Seiten mit einer Frist von drei "
    "Monaten zum Ende eines Gartenjahres gekündigt werden. Das Gartenjahr endet am 30. November.",
    "(2) Der Verein kann den Vertrag ohne Einhaltung einer Frist kündigen, wenn die Pächterin "
    "oder der Pächter trotz schriftlicher Abmahnung die Parzelle länger als ein Jahr nicht "
    "bewirtschaftet [oder die Pacht für zwei aufeinanderfolgende Quartale nicht entrichtet].",
    "(3) Die Kündigung bedarf der Textform. Sie muss die Gründe nennen, auf die sie gestützt "
    "wird, und auf die Möglichkeit des Widerspruchs nach § 14 hinweisen.",
    "(4) Bei Beendigung des Vertrags ist die Parzelle in einem Zustand zurückzugeben, der eine "
    "sofortige weitere Nutzung erlaubt; Anpflanzungen gehen ohne Entschädigung über.",
)
LAW_NOTE = ("Fußnote: § 12 Abs. 2 in der Fassung des Art. 3 Nr. 4 G v. 3.5.2021 I 812 mWv "
            "1.7.2021")
LAW_SECTIONS = ("§ 9 Pachtzins", "§ 10 Gemeinschaftsarbeit", "§ 11 Bauliche Anlagen",
                "§ 12 Kündigung des Pachtvertrags", "§ 13 Übertragung der Parzelle",
                "§ 14 Widerspruch", "§ 15 Schlichtungsstelle")


def statute_de() -> str:
    """A federal law portal's page of one section: the ministry's banner, "Leichte Sprache",
    the language picker, breadcrumbs, the side menu of the law's other sections, the law's
    name above the section's heading, numbered paragraphs "(1)"–"(4)" with an amendment in
    brackets, a footnote on the amendment, "Nichtamtliches Inhaltsverzeichnis", "Drucken",
    "PDF", the previous and next sections and the footer's links."""
    body = (
        '<div class="bund-banner">Ein Service des Bundesministeriums der Justiz</div>'
        '<header class="site-header"><a class="logo" href="/">Gesetze im Netz</a>'
        + _links("service-nav", "Leichte Sprache", "Gebärdensprache", "Hilfe")
        + _langs("Deutsch", "English")
        + '<form class="search"><input type="search" placeholder="Suche"></form></header>'
        + _crumbs("Startseite", "Gesetze / Verordnungen", "GartenNG")
        + '<div class="container"><nav class="sidebar toc-nav" aria-label="Gliederung">'
        '<h2>Gliederung</h2><ul>'
        + "".join(f'<li><a href="/gartenng/__{s.split()[1]}.html">{s}</a></li>'
                  for s in LAW_SECTIONS)
        + '</ul></nav><main id="content"><div class="jnheader">'
        '<a href="/gartenng/index.html">Nichtamtliches Inhaltsverzeichnis</a>'
        f'<h1><span class="jnlangue">{LAW_NAME}</span><br>(GartenNG)</h1></div>'
        '<div class="jnnorm" title="Einzelnorm"><div class="jnheader">'
        f'<h2><span class="jnenbez">{LAW_SECTION.split(" ", 2)[0]} '
        f'{LAW_SECTION.split(" ", 2)[1]}</span> <span class="jntitel">'
        f'{LAW_SECTION.split(" ", 2)[2]}</span></h2></div>'
        '<div class="jnhtml"><div class="jurAbsatz">'
        + '</div><div class="jurAbsatz">'.join(LAW_PARAS)
        + '</div></div><div class="jnfussnote"><p>'
        f"{LAW_NOTE}</p></div></div>"
        '<div class="tools"><a href="#" class="print">Drucken</a> '
        '<a href="/gartenng/GartenNG.pdf">PDF</a> <a href="/gartenng/index.html">Zurück zur '
        "Teilliste</a></div>"
        '<nav class="pager"><a href="/gartenng/__11.html">← § 11</a> '
        '<a href="/gartenng/__13.html">§ 13 →</a></nav></main></div>'
        '<footer class="site-footer">'
        + _links("footer-links", "Impressum", "Datenschutzerklärung", "Barrierefreiheit",
                 "Bundesamt für Justiz", "Bundesgesetzblatt")
        + "<p>© Bundesministerium der Justiz</p></footer>")
    return _doc("de", "§ 12 GartenNG - Einzelnorm", "", body)


# ---------------------------------------------------------------- a court's decision (fr)

COURT_TITLE = "Arrêt n° 512 du 14 mars 2024 (22-18.345) - Première chambre civile"
COURT_HEADNOTE = (
    "Le juge qui constate qu'un bail rural a été conclu sans l'accord écrit du propriétaire "
    "indivisaire ne peut en prononcer la nullité sans rechercher si ce propriétaire a, par la "
    "suite, ratifié l'acte en percevant les fermages en connaissance de cause.")
COURT_PARTIES = (
    "M. Julien Verdier, domicilié 4 chemin des Aulnes, 69850 Saint-Martin-en-Haut, a formé le "
    "pourvoi n° 22-18.345 contre l'arrêt rendu le 5 mai 2022 par la cour d'appel de Lyon "
    "(chambre civile B), dans le litige l'opposant à Mme Hélène Faure, domiciliée à Yzeron.")
COURT_FACTS = (
    "1. Selon l'arrêt attaqué, M. Verdier exploite depuis 2009 des parcelles appartenant en "
    "indivision à Mme Faure et à son frère, en vertu d'un bail signé par ce dernier seul.",
    "2. Mme Faure a assigné M. Verdier en nullité du bail et en expulsion, soutenant qu'elle "
    "n'avait jamais consenti à la location de sa part indivise des terres.",
)
COURT_GROUND = (
    "3. M. Verdier fait grief à l'arrêt d'annuler le bail, alors que la ratification d'un acte "
    "passé par un indivisaire peut être tacite et résulter de la perception des fermages.",
    "4. Pour annuler le bail, l'arrêt retient que Mme Faure n'a pas signé l'acte et que son "
    "silence pendant plusieurs années ne vaut pas acceptation.",
    "5. En se déterminant ainsi, sans rechercher si Mme Faure n'avait pas encaissé sa part des "
    "fermages en connaissance de cause, la cour d'appel n'a pas donné de base légale à sa "
    "décision.",
)
COURT_RULING = (
    "CASSE ET ANNULE, en toutes ses dispositions, l'arrêt rendu le 5 mai 2022, entre les "
    "parties, par la cour d'appel de Lyon ; remet l'affaire et les parties dans l'état où "
    "elles se trouvaient avant cet arrêt et les renvoie devant la cour d'appel de Grenoble.")


def court_fr() -> str:
    """A supreme court's page of a decision: the Republic's banner, the language picker,
    breadcrumbs, the decision's facts as a list (court, chamber, docket number, outcome),
    the headnote ("Sommaire"), "Télécharger (PDF)", "Imprimer", a side menu of the
    decision's parts, the text with "RÉPUBLIQUE FRANÇAISE", the parties, numbered
    paragraphs, "PAR CES MOTIFS", the judges' line, related decisions and the footer."""
    head = ('<meta property="og:title" content="' + COURT_TITLE + '">'
            '<meta property="og:site_name" content="Cour de cassation">'
            '<meta name="description" content="' + COURT_HEADNOTE[:140] + '">')
    parts = (("faits", "Faits et procédure", COURT_FACTS),
             ("moyen", "Examen du moyen", COURT_GROUND))
    body = (
        '<header class="fr-header"><div class="fr-header__brand"><p class="fr-logo">'
        "République<br>Française</p><a href=\"/\" class=\"fr-header__service-title\">Cour de "
        "cassation</a></div>"
        + _links("fr-nav", "La Cour", "Jurisprudence", "Publications", "Agenda", "Contact")
        + _langs("Français", "English", "Español") + "</header>"
        + _crumbs("Accueil", "Jurisprudence", "Décisions")
        + '<div class="fr-container"><aside class="fr-sidemenu"><h2>Sommaire de la décision'
        "</h2><ul><li><a href=\"#faits\">Faits et procédure</a></li><li><a href=\"#moyen\">"
        "Examen du moyen</a></li><li><a href=\"#dispositif\">Dispositif</a></li></ul></aside>"
        f'<main id="main" class="decision"><h1>{COURT_TITLE}</h1>'
        '<ul class="decision-meta"><li>Juridiction : Cour de cassation</li><li>Formation : '
        "Première chambre civile</li><li>N° de pourvoi : 22-18.345</li><li>Solution : "
        "Cassation</li><li>Publié au Bulletin</li></ul>"
        '<div class="decision-tools"><a href="/decision/22-18345.pdf">Télécharger (PDF)</a> '
        '<a href="#" class="print">Imprimer</a> <a href="#">Partager</a></div>'
        f'<section class="sommaire"><h2>Sommaire</h2><p>{COURT_HEADNOTE}</p></section>'
        '<div class="decision-content"><p class="center">RÉPUBLIQUE FRANÇAISE</p>'
        '<p class="center">AU NOM DU PEUPLE FRANÇAIS</p>'
        f"<p>{COURT_PARTIES}</p>"
        + "".join(f'<h2 id="{a}">{h}</h2>{paragraphs(ps)}' for a, h, ps in parts)
        + f'<h2 id="dispositif">PAR CES MOTIFS, la Cour :</h2><p>{COURT_RULING}</p>'
        "<p>Président : Mme Duval - Rapporteur : M. Ribot - Avocat général : Mme Caron</p>"
        "</div>"
        '<section class="related"><h2>Décisions rapprochées</h2><ul><li><a href="/d/1">'
        "Cass. 3e civ., 9 février 2022, n° 20-21.113</a></li><li><a href=\"/d/2\">Cass. 1re "
        "civ., 2 juin 2021, n° 19-24.502</a></li></ul></section></main></div>"
        '<footer class="fr-footer">'
        + _links("fr-footer__links", "legifrance.gouv.fr", "service-public.fr",
                 "Accessibilité : partiellement conforme", "Mentions légales",
                 "Données personnelles")
        + "</footer>")
    return _doc("fr", f"{COURT_TITLE} | Cour de cassation", head, body)


# ---------------------------------------------------------------- a bill's page (en)

BILL_TITLE = "H.B. 2214 — Community Solar Access Act"
BILL_SUMMARY = (
    "This bill allows residents who cannot install solar panels on their own roofs to "
    "subscribe to a share of a community solar facility and receive a credit on their "
    "electricity bill for the power their share produces.",
    "A facility may not exceed five megawatts and must reserve at least a fifth of its "
    "capacity for low-income subscribers, who pay no subscription fee.",
    "The Public Utilities Commission must adopt rules on the value of the bill credit within "
    "nine months of the act taking effect, and report on the program to the legislature "
    "every two years.",
)
BILL_ACTIONS = (("01/14/2025", "House", "Introduced and referred to Energy Committee"),
                ("02/20/2025", "House", "Reported favorably with amendment"),
                ("03/04/2025", "House", "Passed House (88-61)"),
                ("03/06/2025", "Senate", "Received and referred to Utilities Committee"))


def bill_en() -> str:
    """A state legislature's bill page: the seal, the chambers' menu, "Skip to content",
    breadcrumbs, the bill's number and short title, its sponsor and committees, a status
    tracker (Introduced, Passed House, Passed Senate, To Governor, Became Law), tabs, the
    summary, the actions table, a roll-call table, "Track this bill" and the footer."""
    tracker = ('<ol class="bill-tracker"><li class="done">Introduced</li><li class="done">'
               'Passed House</li><li class="current">Passed Senate</li><li>To Governor</li>'
               "<li>Became Law</li></ol>")
    body = (
        '<a class="skip" href="#content">Skip to content</a>'
        '<header class="leg-header"><a href="/" class="seal">State Legislature</a>'
        + _links("chambers", "House", "Senate", "Bills", "Committees", "Find Your Legislator")
        + "</header>" + _crumbs("Home", "Bills", "2025 Regular Session")
        + f'<main id="content"><h1>{BILL_TITLE}</h1>'
        '<table class="bill-overview"><tr><th>Sponsor:</th><td><a href="/m/ortega">Rep. '
        "Marisol Ortega (D-12)</a></td></tr><tr><th>Committees:</th><td>House Energy; Senate "
        "Utilities</td></tr><tr><th>Latest Action:</th><td>03/06/2025 Senate - Received and "
        "referred to Utilities Committee</td></tr></table>"
        f"{tracker}"
        + _links("tabs", "Summary", "Text (3)", "Actions (4)", "Cosponsors (12)", "Votes (1)")
        + '<section id="summary"><h2>Summary</h2>' + paragraphs(BILL_SUMMARY) + "</section>"
        '<section id="actions"><h2>Actions</h2>'
        + _rows(BILL_ACTIONS, ("Date", "Chamber", "Action")) + "</section>"
        '<section id="votes"><h2>Votes</h2>'
        + _rows((("03/04/2025", "House", "Third reading", "88", "61"),),
                ("Date", "Chamber", "Motion", "Yea", "Nay"))
        + '</section><div class="track"><a href="/track/hb2214">Track this bill</a> '
        '<a href="#">Share</a> <a href="#" class="print">Print</a></div></main>'
        '<footer class="leg-footer">'
        + _links("footer", "Accessibility", "Privacy Notice", "Legislative Reference Library",
                 "Contact Webmaster")
        + "</footer>")
    return _doc("en", f"{BILL_TITLE} | State Legislature", "", body)


# ---------------------------------------------------------------- a university's news (es)

UNI_TITLE = "Un equipo de la Facultad de Ciencias descubre una nueva especie de líquen"
UNI_LEAD = ("La especie, hallada en los robledales de la sierra, solo crece sobre la corteza "
            "de árboles de más de doscientos años.")
UNI_TEXT = (
    "Investigadores del Departamento de Botánica han descrito una nueva especie de liquen "
    "tras cuatro años de muestreos en los bosques de roble melojo del norte de la provincia.",
    "El hallazgo, publicado en la revista Lichenologist, se apoya en el análisis genético de "
    "ciento veinte muestras y en la comparación con colecciones de herbarios europeos.",
    "Según el equipo, la presencia del liquen indica bosques maduros y poco alterados, por lo "
    "que podría servir como indicador para priorizar zonas de protección.",
)
UNI_QUOTE = ("Cada árbol viejo que perdemos es un archivo de especies que aún no conocemos; "
             "este liquen lo demuestra.")
UNI_AUTHOR_OFFICE = "Unidad de Cultura Científica"


def university_es() -> str:
    """A university's news story: the institution's top bar (Estudiantes, PDI, PAS), the
    language picker, the faculties' menu, breadcrumbs, the title, date and office byline,
    the lead, the text with a quoted professor, the press contact, "Compartir",
    "Noticias relacionadas" and a footer of campuses."""
    head = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": UNI_TITLE,
               "datePublished": "2025-02-12T10:00:00+01:00",
               "author": {"@type": "Organization", "name": UNI_AUTHOR_OFFICE},
               "publisher": {"@type": "CollegeOrUniversity",
                             "name": "Universidad de Valdeprado"}})
    body = (
        '<div class="topbar">' + _links("perfiles", "Estudiantes", "PDI", "PAS", "Empresas")
        + _langs("Español", "English", "Català") + "</div>"
        '<header class="uni-header"><a class="logo" href="/">Universidad de Valdeprado</a>'
        + _links("main-menu", "Estudios", "Investigación", "Internacional", "Campus",
                 "Actualidad") + "</header>"
        + _crumbs("Inicio", "Actualidad", "Noticias")
        + f'<main class="content"><article class="noticia"><h1>{UNI_TITLE}</h1>'
        '<div class="meta"><time datetime="2025-02-12">12/02/2025</time> · '
        f'<span class="autor">{UNI_AUTHOR_OFFICE}</span></div>'
        f'<p class="entradilla">{UNI_LEAD}</p>'
        f"{paragraphs(UNI_TEXT[:2])}<blockquote><p>{UNI_QUOTE}</p>"
        "<cite>Marta Ibáñez, catedrática de "
        f"Botánica</cite></blockquote>{paragraphs(UNI_TEXT[2:])}"
        '<div class="contacto-prensa"><h3>Contacto de prensa</h3><p>Gabinete de Comunicación '
        "· prensa@uvaldeprado.example · 947 00 12 34</p></div>"
        '<div class="compartir">Compartir: <a href="#">Facebook</a> <a href="#">X</a> '
        '<a href="#">LinkedIn</a></div></article>'
        '<aside class="relacionadas"><h2>Noticias relacionadas</h2><ul><li><a href="/n/1">La '
        "universidad renueva su herbario histórico</a></li><li><a href=\"/n/2\">Abierta la "
        "convocatoria de becas de verano</a></li></ul></aside></main>"
        '<footer class="uni-footer"><p>Campus de Valdeprado · Campus del Río</p>'
        + _links("legal", "Aviso legal", "Accesibilidad", "Sede electrónica", "Transparencia")
        + "</footer>")
    return _doc("es", f"{UNI_TITLE} | Universidad de Valdeprado", head, body)


# ---------------------------------------------------------------- a town's notice (de)

TOWN_TITLE = "Öffentliche Bekanntmachung: Vollsperrung der Brückenstraße"
TOWN_TEXT = (
    "Wegen der Erneuerung der Wasserleitung wird die Brückenstraße zwischen Marktplatz und "
    "Mühlweg vom 10. März bis voraussichtlich 25. April 2025 für den Fahrzeugverkehr voll "
    "gesperrt.",
    "Fußgängerinnen und Fußgänger können den Baustellenbereich auf einem gesicherten Weg an "
    "der Nordseite passieren. Die Zufahrt für Rettungsdienste bleibt jederzeit gewährleistet.",
    "Die Stadtverwaltung bittet die Anwohnerinnen und Anwohner um Verständnis für die "
    "Einschränkungen und empfiehlt, die folgenden Umleitungen zu nutzen:",
)
TOWN_LIST = ("Aus Richtung Bahnhof über die Gartenstraße und den Lindenring",
             "Aus Richtung Ortsmitte über die Schulstraße und den Mühlweg",
             "Die Buslinie 4 hält während der Sperrung an der Ersatzhaltestelle Lindenring")


def town_de() -> str:
    """A town's notice ("Bekanntmachung"): the town's header with "Leichte Sprache" and the
    language picker, "Rathaus & Service", breadcrumbs, the notice with its date, text and a
    list of detours, a contact card (office, person, phone, opening hours table), "Seite
    drucken", "Zuletzt aktualisiert", "War diese Seite hilfreich?" and the footer."""
    hours = _rows((("Montag bis Mittwoch", "8:00 – 12:00 Uhr"),
                   ("Donnerstag", "14:00 – 18:00 Uhr")), ("Tag", "Uhrzeit"))
    body = (
        '<header id="header"><a href="/" class="logo">Stadt Lindenau</a>'
        + _links("meta-nav", "Leichte Sprache", "Gebärdensprache", "Kontakt")
        + _langs("Deutsch", "English", "Polski")
        + _links("main-nav", "Rathaus & Service", "Leben in Lindenau", "Wirtschaft",
                 "Tourismus") + "</header>"
        + _crumbs("Startseite", "Rathaus & Service", "Bekanntmachungen")
        + '<div class="page"><main id="main"><article class="bekanntmachung">'
        f'<h1>{TOWN_TITLE}</h1><p class="date">Veröffentlicht am 03.02.2025</p>'
        f"{paragraphs(TOWN_TEXT)}{_ul(TOWN_LIST)}</article>"
        '<div class="page-tools"><a href="#" class="print">Seite drucken</a> '
        '<a href="#">Seite teilen</a></div>'
        '<p class="last-modified">Zuletzt aktualisiert: 04.02.2025</p>'
        '<div class="feedback"><p>War diese Seite hilfreich?</p><button>Ja</button>'
        "<button>Nein</button></div></main>"
        '<aside class="sidebar"><div class="contact-card"><h2>Ansprechpartnerin</h2>'
        "<p><strong>Tiefbauamt</strong></p><p>Petra Lang</p><p>Telefon: 03591 22 41 07</p>"
        '<p><a href="mailto:tiefbau@lindenau.example">tiefbau@lindenau.example</a></p>'
        f"<h3>Öffnungszeiten</h3>{hours}</div></aside></div>"
        '<footer id="footer">'
        + _links("footer-nav", "Impressum", "Datenschutz", "Barrierefreiheit",
                 "Landratsamt", "Amtsblatt")
        + "<p>© 2025 Stadt Lindenau</p></footer>")
    return _doc("de", f"{TOWN_TITLE} - Stadt Lindenau", "", body)


# ---------------------------------------------------------------- a museum's exhibition (it)

MUS_TITLE = "Luce del Nord. Pittura nordica 1880–1920"
MUS_TEXT = (
    "La mostra riunisce oltre novanta dipinti di artisti scandinavi e finlandesi che, tra la "
    "fine dell'Ottocento e la Prima guerra mondiale, cercarono di fissare sulla tela la luce "
    "lunga e obliqua delle estati del Nord.",
    "Il percorso si apre con le notti bianche dei pittori di Skagen e prosegue con gli interni "
    "silenziosi di Copenaghen, dove la luce entra dalle finestre e costruisce lo spazio.",
    "L'ultima sala è dedicata agli inverni: paesaggi di neve in cui il colore quasi scompare e "
    "resta soltanto il riflesso del cielo sul ghiaccio.",
)
MUS_TICKETS = (("Intero", "14 €"), ("Ridotto (18–25 anni)", "10 €"),
               ("Gratuito (under 18)", "0 €"))


def museum_it() -> str:
    """A museum's exhibition page: "Biglietti" in the header, the language picker, the
    exhibition's title, dates and room, "Acquista i biglietti", the text about it, the
    curators' line, a tickets table, "Potrebbe interessarti anche" cards, the newsletter
    box and a footer with the museum's address and opening hours."""
    body = (
        '<header class="museum-header"><a href="/" class="logo">Museo Civico di Arte Moderna'
        "</a>" + _links("nav", "Visita", "Mostre", "Collezione", "Scuole", "Biglietti")
        + _langs("Italiano", "English") + "</header>"
        + _crumbs("Home", "Mostre", "In corso")
        + f'<main><section class="mostra-hero"><h1>{MUS_TITLE}</h1>'
        '<p class="date">15 marzo – 20 luglio 2025</p><p class="room">Sala delle Colonne</p>'
        '<a class="btn" href="/biglietti">Acquista i biglietti</a></section>'
        f'<section class="mostra-testo">{paragraphs(MUS_TEXT)}'
        "<p><em>A cura di Giulia Ferraris e Anders Holm.</em></p></section>"
        f'<section class="biglietti"><h2>Biglietti</h2>'
        + _rows(MUS_TICKETS, ("Tariffa", "Prezzo")) + "</section>"
        '<section class="correlati"><h2>Potrebbe interessarti anche</h2>'
        '<div class="card"><a href="/m/1"><h3>Il Novecento a Milano</h3><p>Fino al 2 giugno'
        '</p></a></div><div class="card"><a href="/m/2"><h3>Fotografia e città</h3><p>Dal 10 '
        "aprile</p></a></div></section>"
        '<section class="newsletter"><h2>Iscriviti alla newsletter</h2><form><input type="email"'
        ' placeholder="La tua email"><button>Iscriviti</button></form></section></main>'
        '<footer><p>Museo Civico di Arte Moderna · Via Roma 12, Torino</p><p>Orari: martedì–'
        "domenica 10–19</p>" + _links("legal", "Privacy", "Cookie", "Amministrazione trasparente")
        + "</footer>")
    return _doc("it", f"{MUS_TITLE} – Museo Civico di Arte Moderna", "", body)


# ---------------------------------------------------------------- an NGO's report (en)

NGO_TITLE = "Thirsty Cities: Water Access in Informal Settlements"
NGO_TEXT = (
    "One in four residents of the informal settlements we surveyed spends more than an hour "
    "a day fetching water, and most pay several times the piped rate to private vendors.",
    "Our report draws on interviews with 2,300 households in six cities and on the water "
    "utilities' own records, which we obtained through freedom of information requests.",
)
NGO_HEAD = "Key findings"
NGO_FINDINGS = (
    "Households without a tap pay on average 4.6 times more per litre than connected ones.",
    "Women and girls carry out four fifths of all water collection trips.",
    "Only two of the six utilities publish where their pipes end.",
)


def ngo_en() -> str:
    """An NGO's report landing page: the donate button in the header, breadcrumbs, the
    report's title and date, its cover, "Download the report (PDF, 2.4 MB)", "Download the
    summary", an intro, "Key findings" as a list, "Related publications" cards, a donate
    banner, the newsletter form and the footer's registered-charity line."""
    body = (
        '<header class="site-header"><a href="/" class="logo">WaterRight</a>'
        + _links("menu", "Our work", "Research", "News", "About us")
        + '<a class="donate" href="/donate">Donate</a></header>'
        + _crumbs("Home", "Research", "Reports")
        + '<main><article class="publication"><p class="type">Report</p>'
        f'<h1>{NGO_TITLE}</h1><p class="date">Published 18 November 2024</p>'
        '<img src="/cover.jpg" alt="Report cover">'
        '<div class="downloads"><a class="btn" href="/thirsty-cities.pdf">Download the report '
        '(PDF, 2.4 MB)</a> <a class="btn" href="/thirsty-cities-summary.pdf">Download the '
        "summary</a></div>"
        f"{paragraphs(NGO_TEXT)}<h2>{NGO_HEAD}</h2>{_ul(NGO_FINDINGS)}</article>"
        '<section class="related"><h2>Related publications</h2><div class="card"><a href="/r/1">'
        '<span class="type">Briefing</span><h3>Who owns the pipes?</h3></a></div>'
        '<div class="card"><a href="/r/2"><span class="type">Report</span><h3>Drought and '
        "debt</h3></a></div></section>"
        '<section class="donate-banner"><p>Your gift helps families get safe water.</p>'
        '<a href="/donate">Give today</a></section>'
        '<section class="newsletter"><h2>Stay informed</h2><form><input type="email">'
        "<button>Sign up</button></form></section></main>"
        '<footer><p>WaterRight is a registered charity no. 1234567.</p>'
        + _links("legal", "Privacy", "Contact", "Jobs") + "</footer>")
    return _doc("en", f"{NGO_TITLE} | WaterRight", "", body)


# ---------------------------------------------------------------- a statistics office (pl)

STAT_TITLE = "Szybki szacunek wskaźnika cen towarów i usług konsumpcyjnych w styczniu 2025 r."
STAT_TEXT = (
    "Według wstępnych danych ceny towarów i usług konsumpcyjnych w styczniu 2025 r. wzrosły "
    "w porównaniu z analogicznym miesiącem ubiegłego roku o 4,9%, a w porównaniu z "
    "poprzednim miesiącem o 1,1%.",
    "Największy wpływ na wzrost cen miały opłaty związane z nośnikami energii, które "
    "podrożały o 12,8% rok do roku, oraz ceny żywności i napojów bezalkoholowych.",
)
STAT_ROWS = (("Ogółem", "104,9", "101,1"), ("Żywność i napoje bezalkoholowe", "105,4", "101,0"),
             ("Nośniki energii", "112,8", "104,0"), ("Paliwa do prywatnych środków transportu",
                                                     "99,6", "100,9"))


def stats_pl() -> str:
    """A statistics office's release: the office's header with the language picker and
    "Dostępność", breadcrumbs, the release's title and date, text, a data table, "Następna
    publikacja", files to download, a media contact card and the footer of ministries."""
    body = (
        '<header><a href="/" class="logo">Urząd Statystyczny</a>'
        + _links("nav", "Obszary tematyczne", "Dane", "Wiadomości", "Dostępność")
        + _langs("Polski", "English") + "</header>"
        + _crumbs("Strona główna", "Obszary tematyczne", "Ceny. Handel")
        + f'<main class="release"><h1>{STAT_TITLE}</h1>'
        '<p class="data-publikacji">Data publikacji: 31.01.2025</p>'
        f"{paragraphs(STAT_TEXT)}"
        '<h2>Wskaźniki cen towarów i usług konsumpcyjnych</h2>'
        + _rows(STAT_ROWS, ("Wyszczególnienie", "I 2024 = 100", "XII 2024 = 100"))
        + '<p class="next">Następna publikacja: 14.02.2025</p>'
        '<div class="pliki"><h3>Pliki do pobrania</h3><ul><li><a href="/f.pdf">Szybki szacunek'
        ' (PDF, 210 KB)</a></li><li><a href="/f.xlsx">Tablice (XLSX, 35 KB)</a></li></ul></div>'
        '<div class="kontakt"><h3>Kontakt dla mediów</h3><p>Rzecznik Prasowy · '
        "rzecznik@stat.example · tel. 22 608 30 00</p></div></main>"
        "<footer>" + _links("footer", "Ministerstwo Finansów", "Narodowy Bank", "Eurostat",
                            "Deklaracja dostępności")
        + "</footer>")
    return _doc("pl", f"{STAT_TITLE} - Urząd Statystyczny", "", body)


# ---------------------------------------------------------------- an RFC-like standard (en)

RFC_TITLE = "The Garden Sensor Reporting Protocol (GSRP)"
RFC_ABSTRACT = ("This document specifies a lightweight protocol by which soil and air sensors "
                "report their readings to a collector over constrained networks.")
RFC_STATUS = ("This document is not an Internet Standards Track specification; it is "
              "published for informational purposes.")
RFC_SECTIONS = (
    ("1. Introduction", (
        "Community gardens increasingly deploy battery-powered sensors whose readings must "
        "reach a collector over lossy radio links with little energy to spare.",
        "Existing protocols assume reliable transport or frequent wake-ups; GSRP assumes "
        "neither, and lets a sensor batch its readings until a link is available.")),
    ("2. Message Format", (
        "Each message consists of a fixed four-octet header followed by one or more "
        "readings. The header carries the protocol version, a flags field and a length.",
        "A collector MUST ignore readings whose type it does not recognise and MUST NOT "
        "discard the rest of the message because of them.")),
    ("3. Security Considerations", (
        "Readings are not confidential, but a forged reading could trigger irrigation at "
        "the wrong time; collectors SHOULD authenticate senders.",)),
)


def rfc_en() -> str:
    """An RFC-like standard as its HTML rendering prints it: the document's header table
    (stream, number, category, date, authors), the title, "Abstract", "Status of This
    Memo", "Copyright Notice", a numbered "Table of Contents", numbered sections and the
    references, inside the archive's bar of links."""
    toc = ('<section id="toc"><h2>Table of Contents</h2><ul class="toc">'
           + "".join(f'<li><a href="#s{i}">{h}</a></li>' for i, (h, _) in enumerate(RFC_SECTIONS))
           + '<li><a href="#refs">4. References</a></li><li><a href="#authors">Authors\' '
           "Addresses</a></li></ul></section>")
    head = ('<meta name="author" content="K. Mbeki"><meta name="author" content="L. Sato">'
            '<meta name="dcterms.issued" content="2025-03">')
    body = (
        '<div class="archive-bar">' + _links("bar", "[Docs]", "[txt|pdf|xml]", "[Tracker]",
                                             "[Errata]") + "</div>"
        '<main><table id="identifiers"><tr><td>Independent Submission</td><td>K. Mbeki</td>'
        "</tr><tr><td>Request for Comments: 9997</td><td>L. Sato</td></tr><tr><td>Category: "
        "Informational</td><td>March 2025</td></tr><tr><td>ISSN: 2070-1721</td><td></td></tr>"
        f'</table><h1 id="title">{RFC_TITLE}</h1>'
        f'<section id="abstract"><h2>Abstract</h2><p>{RFC_ABSTRACT}</p></section>'
        f'<section id="status"><h2>Status of This Memo</h2><p>{RFC_STATUS}</p></section>'
        '<section id="copyright"><h2>Copyright Notice</h2><p>Copyright (c) 2025 the persons '
        "identified as the document authors. All rights reserved.</p></section>"
        f"{toc}"
        + "".join(f'<section id="s{i}"><h2>{h}</h2>{paragraphs(ps)}</section>'
                  for i, (h, ps) in enumerate(RFC_SECTIONS))
        + '<section id="refs"><h2>4. References</h2><dl><dt>[RFC2119]</dt><dd>Bradner, S., '
        '"Key words for use in RFCs to Indicate Requirement Levels", BCP 14, RFC 2119, March '
        "1997.</dd></dl></section>"
        '<section id="authors"><h2>Authors\' Addresses</h2><address>K. Mbeki<br>Email: '
        "kmbeki@example.org</address><address>L. Sato<br>Email: lsato@example.org</address>"
        "</section></main>")
    return _doc("en", f"RFC 9997: {RFC_TITLE}", head, body)


# ---------------------------------------------------------------- an annual report (ja)

AR_TITLE = "社長メッセージ"
AR_TEXT = (
    "2024年度は、物流コストの上昇と円安の影響を受けながらも、売上高は前年度比6.2%増の"
    "4,812億円となり、過去最高を更新しました。",
    "地域の皆様とともに進めてきた再生可能エネルギーの導入は計画を一年前倒しで達成し、"
    "国内工場の電力の四割を賄うまでになりました。",
    "次の三年間は、人への投資を経営の中心に据えます。研修の時間を倍にし、若手が新しい"
    "事業に挑戦できる仕組みを整えてまいります。",
)
AR_ROWS = (("売上高", "4,531億円", "4,812億円"), ("営業利益", "312億円", "347億円"),
           ("ROE", "7.8%", "8.4%"))


def annual_ja() -> str:
    """A chapter of a company's integrated report in HTML: the IR header with the language
    picker, breadcrumbs, the report's chapter menu, the chapter's heading, the president's
    text, a table of highlights, "PDFダウンロード", the previous and next chapters and the
    footer."""
    chapters = ("はじめに", "社長メッセージ", "価値創造プロセス", "財務ハイライト",
                "サステナビリティ", "コーポレート・ガバナンス")
    body = (
        '<header><a href="/" class="logo">北星化学株式会社</a>'
        + _links("gnav", "企業情報", "事業紹介", "IR情報", "サステナビリティ", "採用情報")
        + _langs("日本語", "English") + "</header>"
        + _crumbs("ホーム", "IR情報", "統合報告書2024")
        + '<div class="wrap"><nav class="side-menu"><h2>統合報告書2024</h2>'
        + _links("chapters", *chapters)
        + f'</nav><main><h1>{AR_TITLE}</h1><p class="lead">人と技術で、次の百年をつくる</p>'
        f"{paragraphs(AR_TEXT[:2])}<h2>主要指標</h2>"
        + _rows(AR_ROWS, ("", "2023年度", "2024年度"))
        + f"{paragraphs(AR_TEXT[2:])}<p class=\"sign\">代表取締役社長 森田 健一</p>"
        '<div class="dl"><a href="/ir/2024/message.pdf">PDFダウンロード（1.2MB）</a></div>'
        '<nav class="chapter-pager"><a href="/ir/2024/intro">前へ：はじめに</a> '
        '<a href="/ir/2024/value">次へ：価値創造プロセス</a></nav></main></div>'
        "<footer>" + _links("fnav", "サイトマップ", "ご利用にあたって", "個人情報保護方針")
        + "<p>© Hokusei Chemical Co., Ltd.</p></footer>")
    return _doc("ja", f"{AR_TITLE}｜統合報告書2024｜北星化学株式会社", "", body)


# ---------------------------------------------------------------- a ministry's statement (ar)

MIN_TITLE = "وزارة الموارد المائية تطلق برنامجاً لترشيد استهلاك المياه في المدارس"
MIN_TEXT = (
    "أطلقت وزارة الموارد المائية اليوم برنامجاً وطنياً لترشيد استهلاك المياه في المدارس "
    "الحكومية، يشمل في مرحلته الأولى ثلاثمئة مدرسة في خمس محافظات.",
    "ويتضمن البرنامج تركيب صنابير موفرة للمياه، وتدريب المعلمين على أنشطة توعوية للطلاب، "
    "وقياس الاستهلاك شهرياً لمتابعة النتائج.",
    "وأكد وكيل الوزارة أن البرنامج يهدف إلى خفض استهلاك المياه في المدارس بنسبة الربع خلال "
    "عامين، وأن نتائجه ستنشر في تقرير سنوي.",
)


def ministry_ar() -> str:
    """A ministry's statement: the state's banner, the ministry's header with the language
    picker and "الخدمات الإلكترونية", breadcrumbs, the title, the date, the text, "طباعة",
    "مشاركة", "أخبار ذات صلة", "هل كانت هذه الصفحة مفيدة؟", "آخر تحديث" and the footer of
    government links."""
    body = (
        '<div class="gov-banner">موقع حكومي رسمي</div>'
        '<header><a href="/" class="logo">وزارة الموارد المائية</a>'
        + _links("nav", "عن الوزارة", "الخدمات الإلكترونية", "المركز الإعلامي", "اتصل بنا")
        + _langs("العربية", "English") + "</header>"
        + _crumbs("الرئيسية", "المركز الإعلامي", "الأخبار")
        + f'<main><article class="news-details"><h1>{MIN_TITLE}</h1>'
        '<p class="date">الأحد 16 فبراير 2025</p>'
        f"{paragraphs(MIN_TEXT)}</article>"
        '<div class="tools"><a href="#">طباعة</a> <a href="#">مشاركة</a></div>'
        '<section class="related"><h2>أخبار ذات صلة</h2>'
        + _links("related-list", "الوزارة تستقبل وفداً من خبراء الري",
                 "افتتاح محطة معالجة جديدة في الجنوب")
        + '</section><div class="feedback"><p>هل كانت هذه الصفحة مفيدة؟</p><button>نعم</button>'
        '<button>لا</button></div><p class="updated">آخر تحديث: 17 فبراير 2025</p></main>'
        "<footer>" + _links("gov-links", "البوابة الوطنية", "مجلس الوزراء", "سياسة الخصوصية",
                            "خريطة الموقع")
        + "</footer>")
    return _doc("ar", f"{MIN_TITLE} - وزارة الموارد المائية", "", body)
