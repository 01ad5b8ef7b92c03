"""Pages of the reference and how-to web, as the sites that print them set them: a MediaWiki
article and a Fandom-like wiki page, recipe blogs with a recipe card, a journal article's
landing page and an arXiv-like abstract page, a code repository's page with its README, a
wire press release, a podcast episode with show notes and a transcript, government
information pages, dictionary entries and a step-by-step how-to. In English, German, French,
Spanish, Russian, Japanese and Arabic, each in its chrome. All text is invented here; no page
of a dataset is copied. `tests/test_reference_pages.py` states what a reader (and WCXB's
annotators) take as each page's main content."""

from __future__ import annotations

from tests.platform_pages import ld, paragraphs


def _doc(lang: str, title: str, head: str, body: str, *, body_class: str = "") -> str:
    rtl = ' dir="rtl"' if lang == "ar" else ""
    return (f'<!DOCTYPE html><html lang="{lang}"{rtl}><head><meta charset="utf-8">'
            f"<title>{title}</title>{head}</head><body class=\"{body_class}\">{body}</body></html>")


# ---------------------------------------------------------------- MediaWiki (en)

WIKI_TITLE = "Harwick Lighthouse"
WIKI_LEAD = (
    "The Harwick Lighthouse is a disused stone lighthouse on the northern headland of Harwick "
    "Bay, built between 1841 and 1846 to guide the herring fleet into the harbour.",
    "It was lit by oil lamps until 1902, when a paraffin burner replaced them, and it stood "
    "unmanned from 1961 until the light was switched off in 1987.",
)
WIKI_HISTORY = (
    "The harbour commissioners first asked for a light after three boats were lost on the "
    "reef in the winter of 1838. The engineer Thomas Brill drew a tower of local granite, "
    "tapering from eight metres at its foot to five at the gallery.",
    "Building was slowed by storms that twice washed away the scaffolding, and the lamp was "
    "first lit on the night of 14 October 1846 before a crowd of some four hundred people.",
)
WIKI_DESIGN = (
    "The tower is 27 metres tall and holds 112 steps. A keeper's cottage of two rooms stands "
    "against its landward side and a small oil store was dug into the rock behind it.",
)
WIKI_SEE_ALSO = ("List of lighthouses in the county", "Harwick Bay")
WIKI_REFS = (
    "Brill, Thomas (1847). Account of the Harwick Light. Harbour Press. p. 12.",
    "Moss, Elaine (1999). Lights of the North Coast. Coastline Books. pp. 88-91.",
)


def mediawiki() -> str:
    """A Wikipedia-like article: the sidebar's tools, the tagline, an infobox, a table of
    contents, "[edit]" links beside the headings, citation marks, "citation needed", See
    also, References, External links, a navbox, categories and the "last edited" footer."""
    edit = ('<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href='
            '"/w/index.php?title=Harwick_Lighthouse&amp;action=edit&amp;section={n}">edit</a>'
            '<span class="mw-editsection-bracket">]</span></span>')

    def h2(n: int, text: str, anchor: str) -> str:
        return (f'<div class="mw-heading mw-heading2"><h2 id="{anchor}">{text}</h2>'
                f"{edit.format(n=n)}</div>")

    cite = '<sup id="cite_ref-{n}" class="reference"><a href="#cite_note-{n}">[{n}]</a></sup>'
    needed = ('<sup class="noprint Inline-Template Template-Fact">[<i><a href="/wiki/Wikipedia:'
              'Citation_needed" title="Wikipedia:Citation needed">citation needed</a></i>]</sup>')
    sidebar = (
        '<div id="mw-panel"><div id="p-navigation" class="vector-menu portal"><h3>Navigation</h3>'
        '<ul><li><a href="/wiki/Main_Page">Main page</a></li><li><a href="/wiki/Portal:Contents">'
        'Contents</a></li><li><a href="/wiki/Special:Random">Random article</a></li>'
        '<li><a href="/wiki/Help:Contents">Help</a></li></ul></div>'
        '<div id="p-tb" class="vector-menu portal"><h3>Tools</h3><ul>'
        '<li><a href="/wiki/Special:WhatLinksHere">What links here</a></li>'
        '<li><a href="/wiki/Special:RecentChangesLinked">Related changes</a></li>'
        '<li><a href="/w/index.php?action=info">Page information</a></li>'
        '<li><a href="/w/index.php?title=Special:CiteThisPage">Cite this page</a></li></ul></div>'
        '<div id="p-lang" class="vector-menu portal"><h3>Languages</h3><ul>'
        '<li><a href="//de.example.org/wiki/Leuchtturm_Harwick" lang="de">Deutsch</a></li>'
        '<li><a href="//fr.example.org/wiki/Phare_de_Harwick" lang="fr">Français</a></li>'
        "</ul></div></div>")
    infobox = (
        '<table class="infobox vcard"><caption class="infobox-title">Harwick Lighthouse</caption>'
        "<tbody><tr><th>Location</th><td>Harwick Bay</td></tr><tr><th>Constructed</th>"
        "<td>1841–1846</td></tr><tr><th>Height</th><td>27 m</td></tr><tr><th>Deactivated</th>"
        "<td>1987</td></tr></tbody></table>")
    toc = ('<div id="toc" class="toc" role="navigation"><div class="toctitle"><h2 id="mw-toc-'
           'heading">Contents</h2></div><ul><li class="toclevel-1"><a href="#History"><span '
           'class="tocnumber">1</span> <span class="toctext">History</span></a></li>'
           '<li class="toclevel-1"><a href="#Design"><span class="tocnumber">2</span> <span '
           'class="toctext">Design</span></a></li><li class="toclevel-1"><a href="#See_also">'
           '<span class="tocnumber">3</span> <span class="toctext">See also</span></a></li>'
           '<li class="toclevel-1"><a href="#References"><span class="tocnumber">4</span> '
           '<span class="toctext">References</span></a></li></ul></div>')
    navbox = (
        '<div role="navigation" class="navbox"><table class="nowraplinks navbox-inner">'
        '<tbody><tr><th colspan="2" class="navbox-title">Lighthouses of the North Coast</th>'
        '</tr><tr><th class="navbox-group">Active</th><td class="navbox-list"><ul>'
        + "".join(f'<li><a href="/wiki/L{i}">Point {n} Light</a></li>'
                  for i, n in enumerate(("Carrow", "Dunmere", "Selsey", "Ord")))
        + '</ul></td></tr><tr><th class="navbox-group">Disused</th><td class="navbox-list">'
        '<ul><li><a class="mw-selflink selflink">Harwick</a></li>'
        + "".join(f'<li><a href="/wiki/D{i}">{n} Light</a></li>'
                  for i, n in enumerate(("Kelmoor", "Brant Ness", "Tollan")))
        + "</ul></td></tr></tbody></table></div>")
    lead = (f"<p>The <b>{WIKI_TITLE}</b> is a disused stone lighthouse on the northern "
            "headland of Harwick Bay, built between 1841 and 1846 to guide the herring fleet "
            f"into the harbour.{cite.format(n=1)}</p>"
            f"<p>{WIKI_LEAD[1]}{needed}</p>")
    content = (
        '<div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">'
        f"{infobox}{lead}{toc}"
        f"{h2(1, 'History', 'History')}<p>{WIKI_HISTORY[0]}{cite.format(n=2)}</p>"
        f"<p>{WIKI_HISTORY[1]}</p>"
        f"{h2(2, 'Design', 'Design')}<figure typeof=\"mw:File/Thumb\"><a href=\"/wiki/File:H."
        'jpg"><img src="h.jpg" width="220"></a><figcaption>The tower from the harbour wall, '
        f"1910</figcaption></figure><p>{WIKI_DESIGN[0]}</p>"
        f"{h2(3, 'See also', 'See_also')}<ul>"
        + "".join(f'<li><a href="/wiki/S{i}">{s}</a></li>' for i, s in enumerate(WIKI_SEE_ALSO))
        + f"</ul>{h2(4, 'References', 'References')}"
        '<div class="reflist"><ol class="references">'
        + "".join(f'<li id="cite_note-{i + 1}"><span class="mw-cite-backlink"><a href="#cite_'
                  f'ref-{i + 1}">^</a></span> <span class="reference-text"><cite>{r}</cite>'
                  "</span></li>" for i, r in enumerate(WIKI_REFS))
        + f"</ol></div>{h2(5, 'External links', 'External_links')}<ul><li><a rel=\"nofollow\" "
        'class="external text" href="https://lights.example.org/harwick">Harwick Lighthouse '
        "Trust</a></li></ul>"
        f"{navbox}</div></div>")
    body = (
        '<div id="mw-page-base"></div><div id="content" class="mw-body" role="main">'
        '<div id="siteNotice"></div>'
        '<h1 id="firstHeading" class="firstHeading mw-first-heading">'
        f'<span class="mw-page-title-main">{WIKI_TITLE}</span></h1>'
        '<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From '
        'Wikipedia, the free encyclopedia</div><div id="contentSub"></div>'
        '<div id="jump-to-nav"></div><a class="mw-jump-link" href="#searchInput">Jump to search</a>'
        f"{content}"
        '<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-'
        'catlinks"><a href="/wiki/Help:Category">Categories</a>: <ul><li><a href="/wiki/'
        'Category:Lighthouses_completed_in_1846">Lighthouses completed in 1846</a></li><li>'
        '<a href="/wiki/Category:Towers_in_the_county">Towers in the county</a></li></ul>'
        "</div></div></div></div>"
        f"{sidebar}"
        '<div id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod">'
        " This page was last edited on 3 March 2025, at 17:42<span class=\"anonymous-show\">"
        "&#160;(UTC)</span>.</li><li id=\"footer-info-copyright\">Text is available under the "
        '<a href="//creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-'
        "ShareAlike 4.0 License</a>; additional terms may apply.</li></ul>"
        '<ul id="footer-places"><li><a href="/wiki/Privacy">Privacy policy</a></li><li><a '
        'href="/wiki/About">About Wikipedia</a></li><li><a href="/wiki/Disclaimers">Disclaimers'
        "</a></li></ul></div>")
    head = ('<link rel="canonical" href="https://en.example.org/wiki/Harwick_Lighthouse">'
            '<meta property="og:title" content="Harwick Lighthouse - Wikipedia">'
            '<meta property="og:type" content="website">'
            + ld({"@context": "https://schema.org", "@type": "Article",
                  "name": "Harwick Lighthouse", "url": "https://en.example.org/wiki/Harwick",
                  "datePublished": "2009-05-11T08:12:03Z",
                  "dateModified": "2025-03-03T17:42:00Z",
                  "publisher": {"@type": "Organization", "name": "Wikimedia Foundation, Inc."},
                  "headline": "disused lighthouse in Harwick Bay"}))
    return _doc("en", f"{WIKI_TITLE} - Wikipedia", head, body,
                body_class="mediawiki ltr skin-vector action-view")


# ---------------------------------------------------------------- Fandom-like wiki (de)

FANDOM_TITLE = "Der Kupferschlüssel"
FANDOM_TEXT = (
    "Der Kupferschlüssel ist ein Gegenstand aus dem zweiten Band der Reihe. Er öffnet die Tür "
    "zum Archiv unter der alten Sternwarte und wird von der Bibliothekarin Ilse Marwen "
    "verwahrt.",
    "Im dritten Kapitel stiehlt Jonas den Schlüssel aus dem Schreibtisch der Bibliothekarin, "
    "ohne zu wissen, dass sie ihn dabei beobachtet. Erst später erfährt er, dass sie den "
    "Diebstahl absichtlich zugelassen hat.",
    "Der Schlüssel trägt eine eingravierte Sternkarte, die im letzten Band den Weg zur "
    "verborgenen Kammer zeigt. Leser haben die Karte mit dem Himmel über der Stadt im Winter "
    "verglichen.",
)


def fandom() -> str:
    """A Fandom-like wiki page: the community's header, ads between the sections, a portable
    infobox, the "Community content is available under …" line and the fan feed."""
    ad = ('<div class="ad-slot" id="incontent_boxad_{n}"><div class="ad-label">Anzeige</div>'
          '<iframe src="about:blank"></iframe></div>')
    infobox = (
        '<aside class="portable-infobox pi-background"><h2 class="pi-item pi-title">Der '
        'Kupferschlüssel</h2><div class="pi-item pi-data"><h3 class="pi-data-label">Besitzer'
        '</h3><div class="pi-data-value">Ilse Marwen</div></div><div class="pi-item pi-data">'
        '<h3 class="pi-data-label">Erstes Auftreten</h3><div class="pi-data-value">Band 2'
        "</div></div></aside>")
    main = (
        f"{infobox}<p>{FANDOM_TEXT[0]}</p>"
        f'<h2><span class="mw-headline" id="Handlung">Handlung</span><span class="mw-editsection">'
        f'<span class="mw-editsection-bracket">[</span><a href="?action=edit&amp;section=1">'
        f'Bearbeiten</a><span class="mw-editsection-bracket">]</span></span></h2>'
        f"<p>{FANDOM_TEXT[1]}</p>"
        f"{ad.format(n=1)}"
        f'<h2><span class="mw-headline" id="Bedeutung">Bedeutung</span></h2><p>{FANDOM_TEXT[2]}'
        "</p>")
    body = (
        '<div class="global-navigation"><a href="/" class="global-navigation__logo">FANDOM</a>'
        '<a href="/explore">Entdecken</a><a href="/start">Wiki gründen</a><a href="/signin">'
        "Anmelden</a><a href=\"/register\">Registrieren</a></div>"
        '<div class="main-container"><div class="community-header-wrapper"><header '
        'class="fandom-community-header"><a class="fandom-community-header__community-name" '
        'href="/de/wiki/">Sternwarten-Chroniken Wiki</a><nav class="fandom-community-header__'
        'local-navigation"><ul><li><a href="/de/wiki/Bücher">Bücher</a></li><li><a href="/de/'
        'wiki/Figuren">Figuren</a></li><li><a href="/de/wiki/Orte">Orte</a></li><li><a href="/'
        'de/wiki/Community">Community</a></li></ul></nav></header></div>'
        f"{ad.format(n=0)}"
        '<main class="page__main"><div class="page-header"><h1 class="page-header__title" id="'
        f'firstHeading">{FANDOM_TITLE}</h1><div class="page-header__actions"><a href="?action='
        'edit">Bearbeiten</a></div></div>'
        f'<div id="content" class="page-content"><div id="mw-content-text"><div class="mw-'
        f'parser-output">{main}</div></div>'
        '<div class="page-footer"><div class="categories-toggle">Kategorien</div><ul><li><a '
        'href="/de/wiki/Kategorie:Gegenstände">Gegenstände</a></li></ul>'
        '<div class="license-description">Sofern nicht anders angegeben, sind die Inhalte der '
        'Community unter <a href="https://www.fandom.com/licensing">CC-BY-SA</a> verfügbar.'
        "</div></div></div></main>"
        '<section class="fan-feed"><h3>Fan-Feed</h3><ul><li><a href="/w1">Weitere Sternwarten-'
        'Wikis</a></li><li><a href="/w2">1 Die Figuren im Überblick</a></li><li><a href="/w3">'
        "2 Alle Orte der Reihe</a></li></ul></section></div>"
        '<footer class="global-footer"><p>Folge uns</p><ul><li><a href="/about">Über Fandom'
        '</a></li><li><a href="/jobs">Karriere</a></li><li><a href="/terms">Nutzungsbedingungen'
        "</a></li></ul></footer>")
    head = '<meta property="og:site_name" content="Sternwarten-Chroniken Wiki">'
    return _doc("de", f"{FANDOM_TITLE} | Sternwarten-Chroniken Wiki | Fandom", head, body)


# ---------------------------------------------------------------- recipe blog (fr)

RECIPE_TITLE = "Tarte aux pommes de ma grand-mère"
RECIPE_STORY = (
    "Chaque automne, ma grand-mère ramassait les pommes tombées du vieux pommier au fond du "
    "jardin et en faisait une tarte le dimanche. Je me souviens de l'odeur de beurre et de "
    "cannelle qui remplissait toute la maison.",
    "Cette recette est la sienne, à peine modifiée : j'ai seulement réduit un peu le sucre et "
    "ajouté une pincée de sel dans la pâte, qui la rend plus croustillante.",
    "Le secret, c'est de couper les pommes en tranches très fines et de les disposer en "
    "rosace serrée, pour qu'elles cuisent sans rendre trop de jus.",
)
RECIPE_INGREDIENTS = (
    "250 g de farine", "125 g de beurre froid", "1 pincée de sel", "5 cl d'eau froide",
    "4 pommes reinettes", "40 g de sucre roux", "1 cuillère à café de cannelle",
)
RECIPE_STEPS = (
    "Mélangez la farine et le sel, puis ajoutez le beurre coupé en dés et sablez du bout des "
    "doigts.",
    "Versez l'eau froide, formez une boule et laissez reposer la pâte trente minutes au frais.",
    "Étalez la pâte dans un moule beurré et piquez le fond avec une fourchette.",
    "Disposez les pommes en rosace, saupoudrez de sucre et de cannelle, puis enfournez "
    "quarante minutes à 180 °C.",
)
RECIPE_NOTE = "La pâte se garde deux jours au réfrigérateur, bien emballée dans un film."


def recipe() -> str:
    """A recipe blog post (WordPress with a recipe card plugin): "Aller à la recette" and
    "Imprimer" buttons, a long story, the card with times, ingredients, steps, notes and a
    nutrition table, rating stars, "Vous avez testé cette recette ?" and the comments."""
    card = (
        '<div id="wprm-recipe-container-812" class="wprm-recipe-container"><div class="wprm-'
        'recipe wprm-recipe-template-chic"><h2 class="wprm-recipe-name">Tarte aux pommes</h2>'
        '<div class="wprm-recipe-rating"><span class="wprm-rating-star">★</span><span class="'
        'wprm-rating-star">★</span><span class="wprm-rating-star">★</span><span class="wprm-'
        'rating-star">★</span><span class="wprm-rating-star">☆</span><span class="wprm-recipe-'
        'rating-details">4.6 de 23 votes</span></div>'
        '<a href="/wprm_print/812" class="wprm-recipe-print">Imprimer</a> <a href="https://'
        'www.pinterest.com/pin/create" class="wprm-recipe-pin">Épingler</a>'
        '<div class="wprm-recipe-times-container"><div class="wprm-recipe-time-container">'
        '<span class="wprm-recipe-time-label">Préparation</span> <span class="wprm-recipe-time">'
        '20 minutes</span></div><div class="wprm-recipe-time-container"><span class="wprm-'
        'recipe-time-label">Cuisson</span> <span class="wprm-recipe-time">40 minutes</span>'
        "</div></div>"
        '<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">'
        'Ingrédients</h3><ul class="wprm-recipe-ingredients">'
        + "".join(f'<li class="wprm-recipe-ingredient">{i}</li>' for i in RECIPE_INGREDIENTS)
        + '</ul></div><div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-'
        'header">Instructions</h3><ol class="wprm-recipe-instructions">'
        + "".join(f'<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-'
                  f'text">{s}</div></li>' for s in RECIPE_STEPS)
        + '</ol></div><div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header">'
        f'Notes</h3><div class="wprm-recipe-notes">{RECIPE_NOTE}</div></div>'
        '<div class="wprm-nutrition-label-container"><h3 class="wprm-recipe-header">Valeurs '
        'nutritionnelles</h3><span class="wprm-nutrition-label-text-nutrition-container">'
        '<span class="wprm-nutrition-label-text-nutrition-label">Calories: </span>312kcal'
        '</span> | <span class="wprm-nutrition-label-text-nutrition-container"><span class="'
        'wprm-nutrition-label-text-nutrition-label">Glucides: </span>41g</span></div>'
        '<div class="wprm-call-to-action"><span class="wprm-call-to-action-header">Vous avez '
        "testé cette recette ?</span> Mentionnez @chezmamie sur Instagram !</div></div></div>")
    comments = (
        '<div id="comments" class="comments-area"><h2 class="comments-title">12 commentaires'
        '</h2><ol class="comment-list"><li class="comment"><article class="comment-body"><footer'
        ' class="comment-meta"><b class="fn">Sophie</b> <time>12 octobre 2024</time></footer>'
        '<div class="comment-content"><p>Testée hier avec des pommes du marché, un vrai délice, '
        "toute la famille a adoré !</p></div><a class=\"comment-reply-link\">Répondre</a></article>"
        '</li></ol><div id="respond"><h3>Laisser un commentaire</h3><form><textarea></textarea>'
        '<input type="submit" value="Publier"></form></div></div>')
    post = (
        '<article class="post type-post"><header class="entry-header"><h1 class="entry-title">'
        f'{RECIPE_TITLE}</h1><div class="entry-meta">Publié le <time class="entry-date '
        'published" datetime="2024-10-05T09:00:00+02:00">5 octobre 2024</time> par <span '
        'class="author vcard"><a class="url fn n" href="/author/claire/">Claire Duval</a>'
        '</span></div></header><div class="entry-content">'
        '<div class="wprm-recipe-snippet"><a href="#recipe" class="wprm-recipe-jump">Aller à la '
        'recette</a> <a href="/wprm_print/812" class="wprm-recipe-print">Imprimer la recette'
        "</a></div>"
        f"{paragraphs(RECIPE_STORY[:2])}<h2>Le secret d'une belle rosace</h2>"
        f"{paragraphs(RECIPE_STORY[2:])}"
        '<figure class="wp-block-image"><img src="tarte.jpg" alt="tarte"></figure>'
        f"{card}</div></article>{comments}")
    body = (
        '<header id="masthead" class="site-header"><p class="site-title"><a href="/">Chez '
        'Mamie</a></p><nav class="main-navigation"><ul><li><a href="/recettes/">Recettes</a>'
        '</li><li><a href="/desserts/">Desserts</a></li><li><a href="/a-propos/">À propos</a>'
        '</li></ul></nav></header><div id="content" class="site-content"><main id="main">'
        f'{post}</main><aside class="widget-area"><section class="widget"><h2>Bienvenue !</h2>'
        "<p>Je suis Claire, je partage ici les recettes de famille.</p></section><section "
        'class="widget"><h2>Recettes populaires</h2><ul><li><a href="/r1">Clafoutis aux '
        'cerises</a></li><li><a href="/r2">Gâteau au yaourt</a></li></ul></section></aside>'
        '</div><footer class="site-footer"><p>© 2024 Chez Mamie. Tous droits réservés.</p>'
        "</footer>")
    head = ld({"@context": "https://schema.org", "@graph": [
        {"@type": "BlogPosting", "headline": RECIPE_TITLE,
         "datePublished": "2024-10-05T09:00:00+02:00",
         "author": {"@type": "Person", "name": "Claire Duval"}},
        {"@type": "Recipe", "name": "Tarte aux pommes", "prepTime": "PT20M",
         "cookTime": "PT40M", "recipeIngredient": list(RECIPE_INGREDIENTS),
         "author": {"@type": "Person", "name": "Claire Duval"}}]})
    return _doc("fr", f"{RECIPE_TITLE} - Chez Mamie", head, body)


# ---------------------------------------------------------------- journal article (en)

PAPER_TITLE = "Soil moisture memory and the timing of spring frost damage in upland orchards"
PAPER_AUTHORS = ("Maren Holt", "Daniel Okafor", "Lucía Ferrer")
PAPER_ABSTRACT = (
    "Late spring frosts damage orchard blossoms in most years, yet growers lack a simple way "
    "to tell which nights are dangerous. We combined eleven seasons of soil moisture records "
    "from forty upland orchards with blossom counts taken after each frost night.",
    "Dry soils lost heat faster after sunset and their orchards lost on average twice as "
    "many blossoms as orchards on moist soils under the same air temperature.",
)
PAPER_INTRO = (
    "Frost protection in orchards is costly, and growers decide each evening whether to run "
    "fans, heaters or sprinklers through the night. The decision usually rests on the air "
    "temperature forecast alone.",
    "Earlier work has shown that moist soil stores more heat during the day and gives it back "
    "during the night, but the size of this effect in upland orchards has not been measured.",
)
PAPER_METHODS = (
    "Soil moisture was logged every hour at a depth of ten centimetres in each orchard. After "
    "each night below zero, two observers counted open and damaged blossoms on ten marked "
    "branches per orchard.",
)
PAPER_REFS = (
    "Aalto J, Berg K. Radiative cooling over orchard canopies. Agric For Meteorol. "
    "2015;201:45–53.",
    "Brandt S. Soil heat flux and frost risk. J Appl Meteorol. 2009;48:1120–31.",
)


def journal_article() -> str:
    """A journal's article page: `citation_*` meta tags, title, authors with affiliation
    marks and ORCID links, the abstract and keywords, "Download PDF", "Cite this article",
    metrics, headed sections, a figure with its caption, the references and related
    articles."""
    meta = "".join(f'<meta name="citation_author" content="{a}">' for a in PAPER_AUTHORS)
    head = (f'<meta name="citation_title" content="{PAPER_TITLE}">{meta}'
            '<meta name="citation_publication_date" content="2024/03/18">'
            '<meta name="citation_journal_title" content="Journal of Upland Agriculture">'
            '<meta name="citation_doi" content="10.5555/jua.2024.0311">'
            '<meta name="citation_pdf_url" content="https://jua.example.org/article/0311.pdf">'
            '<meta name="dc.identifier" content="doi:10.5555/jua.2024.0311">'
            '<meta property="og:type" content="article">')
    authors = ", ".join(
        f'<span class="author"><a href="/search?author={i}">{a}</a><sup>{i + 1}</sup> <a '
        f'class="orcid" href="https://orcid.org/0000-0002-{i}123-4567"><img src="orcid.svg" '
        'alt="ORCID"></a></span>' for i, a in enumerate(PAPER_AUTHORS))
    affil = ('<ol class="affiliations"><li><sup>1</sup>Department of Plant Sciences, Northfield '
             "University</li><li><sup>2</sup>Upland Fruit Research Station</li><li><sup>3</sup>"
             "Institute of Agronomy, Valdemora</li></ol>")
    article = (
        '<article class="article-page"><div class="article-header"><p class="article-type">'
        'Research Article</p><p class="journal-info">Journal of Upland Agriculture, Volume 14, '
        'Article 311</p>'
        f'<h1 class="article-title">{PAPER_TITLE}</h1><div class="authors">{authors}</div>{affil}'
        '<ul class="article-dates"><li>Received: 2 November 2023</li><li>Accepted: 1 March '
        "2024</li><li>Published: 18 March 2024</li></ul>"
        '<div class="article-actions"><a class="btn" href="/article/0311.pdf">Download PDF</a>'
        ' <button class="cite">Cite this article</button> <a href="/share">Share</a></div>'
        '<ul class="metrics"><li>1843 Accesses</li><li>7 Citations</li><li>12 Altmetric</li>'
        "</ul></div>"
        '<section class="abstract" id="Abs1"><h2>Abstract</h2>'
        f"{paragraphs(PAPER_ABSTRACT)}</section>"
        '<div class="keywords"><h3>Keywords</h3><ul><li>Frost</li><li>Soil moisture</li><li>'
        "Orchards</li></ul></div>"
        f'<section id="Sec1"><h2>Introduction</h2>{paragraphs(PAPER_INTRO)}</section>'
        f'<section id="Sec2"><h2>Methods</h2>{paragraphs(PAPER_METHODS)}'
        '<figure id="Fig1"><img src="fig1.png"><figcaption><b>Fig. 1</b> Blossom loss against '
        "soil moisture on the night after the frost.</figcaption></figure></section>"
        '<section id="Bib1" class="references"><h2>References</h2><ol class="c-article-'
        'references">'
        + "".join(f'<li class="c-article-references__item"><p>{r}</p><p><a href="https://doi.'
                  f'org/10.5555/x{i}">Article</a> <a href="https://scholar.example.org/?q={i}">'
                  "Google Scholar</a></p></li>" for i, r in enumerate(PAPER_REFS))
        + "</ol></section>"
        '<section class="copyright"><h2>Rights and permissions</h2><p>Open Access This article '
        "is licensed under a Creative Commons Attribution 4.0 International License.</p>"
        "</section></article>"
        '<aside class="related"><h3>Related articles</h3><ul><li><a href="/a1">Night cooling '
        'over terraced vineyards</a></li><li><a href="/a2">A frost alarm for small growers</a>'
        "</li></ul></aside>")
    body = (
        '<header class="journal-header"><a class="logo" href="/">Journal of Upland Agriculture'
        '</a><nav><ul><li><a href="/articles">Articles</a></li><li><a href="/about">About the '
        'journal</a></li><li><a href="/submit">Submit manuscript</a></li></ul></nav><a href="'
        '/login">Log in</a></header>'
        f'<main id="main-content">{article}</main>'
        '<footer><p>© 2024 Northfield Academic Publishing. All rights reserved.</p><ul><li>'
        '<a href="/privacy">Privacy</a></li><li><a href="/cookies">Manage cookies</a></li>'
        "</ul></footer>")
    return _doc("en", f"{PAPER_TITLE} | Journal of Upland Agriculture", head, body)


# ---------------------------------------------------------------- arXiv-like page (en)

ARXIV_TITLE = "Sparse attention for long tide-gauge records"
ARXIV_ABSTRACT = (
    "Tide-gauge records span more than a century at some harbours, but most learned models "
    "of sea level read only a few years at a time. We propose a sparse attention layer that "
    "selects the tidal cycles most similar to the present one and attends to them alone. On "
    "records from thirty harbours the layer halves the error of a dense model of the same "
    "size and reads the whole record in one pass."
)


def arxiv() -> str:
    """An arXiv-like abstract page: the archive's header, the subject line, title, authors,
    the abstract in a blockquote, comments and subjects in a table, the submission
    history, and the access links on the side."""
    head = (f'<meta name="citation_title" content="{ARXIV_TITLE}">'
            '<meta name="citation_author" content="Varga, Petra">'
            '<meta name="citation_author" content="Lindqvist, Anders">'
            '<meta name="citation_date" content="2025/02/11">'
            '<meta name="citation_online_date" content="2025/02/11">'
            '<meta property="og:type" content="website">'
            f'<meta property="og:title" content="{ARXIV_TITLE}">'
            '<meta property="og:site_name" content="arXiv.org">')
    body = (
        '<div id="header"><a href="/">arXiv</a> &gt; <a href="/list/cs.LG/recent">cs</a> &gt; '
        'arXiv:2502.07311</div><div class="search-block"><form><input name="query" '
        'placeholder="Search..."><button>Search</button></form></div>'
        '<div id="content"><div id="abs-outer"><div class="leftcolumn">'
        '<div class="subheader"><h1>Computer Science &gt; Machine Learning</h1></div>'
        '<div id="content-inner"><div id="abs"><div class="dateline">[Submitted on 11 Feb 2025]'
        f'</div><h1 class="title mathjax"><span class="descriptor">Title:</span>{ARXIV_TITLE}'
        '</h1><div class="authors"><span class="descriptor">Authors:</span><a href="/a/varga_p">'
        'Petra Varga</a>, <a href="/a/lindqvist_a">Anders Lindqvist</a></div>'
        '<a class="mobile-submission-download" href="/pdf/2502.07311">View PDF</a>'
        '<blockquote class="abstract mathjax"><span class="descriptor">Abstract:</span>'
        f"{ARXIV_ABSTRACT}</blockquote>"
        '<div class="metatable"><table summary="Additional metadata"><tr><td class="tablecell '
        'label">Comments:</td><td class="tablecell comments">14 pages, 6 figures</td></tr><tr>'
        '<td class="tablecell label">Subjects:</td><td class="tablecell subjects">Machine '
        "Learning (cs.LG); Atmospheric and Oceanic Physics (physics.ao-ph)</td></tr><tr><td "
        'class="tablecell label">Cite as:</td><td class="tablecell arxivid">arXiv:2502.07311 '
        "[cs.LG]</td></tr></table></div>"
        '<div class="submission-history"><h2>Submission history</h2> From: Petra Varga [<a '
        'href="/show-email/1">view email</a>] <br><strong>[v1]</strong> Tue, 11 Feb 2025 '
        "09:14:22 UTC (2,310 KB)</div></div></div></div>"
        '<div class="extra-services"><div class="full-text"><h2>Access Paper:</h2><ul><li><a '
        'href="/pdf/2502.07311">View PDF</a></li><li><a href="/html/2502.07311">HTML '
        '(experimental)</a></li><li><a href="/format/2502.07311">Other Formats</a></li></ul>'
        '</div><div class="browse"><h3>Current browse context:</h3><div>cs.LG</div><a href="/'
        'prevnext?prev">&lt;&nbsp;prev</a> | <a href="/prevnext?next">next&nbsp;&gt;</a></div>'
        '<div class="bookmarks"><h3>Bookmark</h3><a href="/bib">BibTeX</a></div></div></div>'
        '</div><footer><ul><li><a href="/about">About</a></li><li><a href="/help">Help</a></li>'
        '<li><a href="/contact">Contact</a></li><li><a href="/license">Copyright</a></li>'
        '<li><a href="/privacy">Privacy Policy</a></li></ul></footer>')
    return _doc("en", f"[2502.07311] {ARXIV_TITLE}", head, body)


# ---------------------------------------------------------------- code repository (en)

REPO_INTRO = ("tidewater reads tide-gauge files of every common format and writes them as "
              "one tidy table, so that a century of harbour records fits in a data frame.")
REPO_INSTALL = "pip install tidewater"
REPO_USAGE = ("import tidewater", "table = tidewater.read(\"harbour.dat\")")
REPO_FORMATS = (("PSMSL", "yes", "yes"), ("GLOSS", "yes", "no"), ("NOAA CO-OPS", "yes", "yes"))
REPO_CONTRIB = ("Pull requests are welcome. Please open an issue first to say what you would "
                "like to change, and add a test for each new format.")


def repository() -> str:
    """A code host's repository page: its header, the owner/name line with Watch, Fork and
    Star counts, the tabs, the file list with last commits, the README rendered (headings,
    code blocks, a table), the "About" sidebar with topics, releases and the languages
    bar."""
    files = "".join(
        f'<div role="row" class="Box-row"><div role="gridcell"><a class="js-navigation-open" '
        f'href="/nordlab/tidewater/blob/main/{f}">{f}</a></div><div role="gridcell"><a '
        f'href="/commit/{i}">{m}</a></div><div role="gridcell"><relative-time datetime="2025-0'
        f'1-1{i}">Jan 1{i}, 2025</relative-time></div></div>'
        for i, (f, m) in enumerate((("src", "Read GLOSS headers"), ("tests", "Add NOAA cases"),
                                    ("LICENSE", "Initial commit"),
                                    ("README.md", "Document the formats"),
                                    ("pyproject.toml", "Release 0.4.0"))))
    readme = (
        '<article class="markdown-body entry-content container-lg" itemprop="text">'
        '<div class="markdown-heading"><h1 class="heading-element">tidewater</h1><a class="'
        'anchor" href="#tidewater"><svg class="octicon octicon-link"></svg></a></div>'
        f"<p>{REPO_INTRO}</p>"
        '<div class="markdown-heading"><h2 class="heading-element">Installation</h2></div>'
        f'<div class="highlight highlight-source-shell"><pre>{REPO_INSTALL}</pre></div>'
        '<div class="markdown-heading"><h2 class="heading-element">Usage</h2></div>'
        '<div class="highlight highlight-source-python"><pre><span class="pl-k">import</span> '
        'tidewater\ntable <span class="pl-c1">=</span> tidewater.read(<span class="pl-s">'
        '"harbour.dat"</span>)</pre></div>'
        '<div class="markdown-heading"><h2 class="heading-element">Supported formats</h2></div>'
        "<table><thead><tr><th>Format</th><th>Read</th><th>Write</th></tr></thead><tbody>"
        + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in REPO_FORMATS)
        + '</tbody></table><div class="markdown-heading"><h2 class="heading-element">'
        f"Contributing</h2></div><p>{REPO_CONTRIB}</p></article>")
    about = (
        '<div class="BorderGrid about-margin"><h2 class="mb-3 h4">About</h2><p class="f4 my-3">'
        'Read tide-gauge records into one table</p><div class="topic-tag-list"><a class="topic-'
        'tag" href="/topics/oceanography">oceanography</a><a class="topic-tag" href="/topics/'
        'python">python</a></div><div><a href="#readme-ov-file">Readme</a></div><div><a href="'
        '#MIT-1-ov-file">MIT license</a></div><div><a href="/stargazers">412 stars</a></div>'
        '<div><a href="/watchers">9 watching</a></div><div><a href="/forks">37 forks</a></div>'
        '<h2 class="h4 mb-3"><a href="/releases">Releases 6</a></h2><div><a href="/releases/'
        'tag/v0.4.0">v0.4.0 Latest</a> <relative-time datetime="2025-01-14">Jan 14, 2025'
        '</relative-time></div><h2 class="h4 mb-3">Languages</h2><div class="Progress"><span '
        'style="width:92%" class="Progress-item"></span></div><ul class="list-style-none"><li>'
        '<span class="color-fg-default text-bold mr-1">Python</span><span>92.4%</span></li>'
        '<li><span class="color-fg-default text-bold mr-1">Shell</span><span>7.6%</span></li>'
        "</ul></div>")
    body = (
        '<header class="AppHeader"><a href="/" aria-label="Homepage">Codehub</a><nav><a href="'
        '/features">Product</a><a href="/solutions">Solutions</a><a href="/pricing">Pricing</a>'
        '</nav><a href="/login">Sign in</a> <a href="/signup">Sign up</a></header>'
        '<main id="js-repo-pjax-container"><div id="repository-container-header"><div class="'
        'd-flex"><strong itemprop="author"><a href="/nordlab">nordlab</a></strong> / <strong '
        'itemprop="name"><a href="/nordlab/tidewater">tidewater</a></strong> <span class="'
        'Label">Public</span></div><ul class="pagehead-actions"><li><a class="btn" href="/'
        'login?watch">Notifications</a></li><li><a class="btn" href="/fork">Fork <span class="'
        'Counter">37</span></a></li><li><a class="btn" href="/star">Star <span class="Counter">'
        '412</span></a></li></ul><nav class="UnderlineNav"><a href="/nordlab/tidewater">Code'
        '</a><a href="/issues">Issues <span class="Counter">5</span></a><a href="/pulls">Pull '
        'requests <span class="Counter">2</span></a><a href="/actions">Actions</a><a href="/'
        'wiki">Wiki</a></nav></div>'
        '<div class="Layout"><div class="Layout-main"><div class="file-navigation"><a class="'
        'btn" href="/branches">main</a> <a href="/branches">3 Branches</a> <a href="/tags">6 '
        'Tags</a> <a href="/find">Go to file</a> <button>Code</button></div>'
        f'<div class="Box"><div class="Box-header">nordlab Release 0.4.0 <a href="/commits">'
        f'128 Commits</a></div><div role="grid">{files}</div></div>'
        f'<div id="readme" class="Box md"><div class="Box-header"><h2>README</h2></div>{readme}'
        f'</div></div><div class="Layout-sidebar">{about}</div></div></main>'
        '<footer class="footer"><p>© 2025 Codehub, Inc.</p><ul><li><a href="/terms">Terms</a>'
        '</li><li><a href="/privacy">Privacy</a></li><li><a href="/status">Status</a></li>'
        "</ul></footer>")
    head = ('<meta property="og:type" content="object">'
            '<meta property="og:title" content="nordlab/tidewater: Read tide-gauge records '
            'into one table">'
            '<meta property="og:site_name" content="Codehub">')
    return _doc("en", "nordlab/tidewater: Read tide-gauge records into one table", head, body)


# ---------------------------------------------------------------- press release (en)

PR_TITLE = "Halvard Robotics Opens Assembly Plant in Tampere"
PR_LEAD = ("TAMPERE, Finland, March 3, 2025 /PRNewswire/ -- Halvard Robotics, a maker of "
           "warehouse robots, today opened its first assembly plant outside Norway, which will "
           "build up to 4,000 picking arms a year and employ 180 people by the end of 2026.")
PR_TEXT = (
    "The plant, on the site of a former paper mill, will serve customers in Finland, Sweden "
    "and the Baltic states, and cuts delivery times for the region from twelve weeks to four.",
    "\"Tampere gives us engineers who know machines and a port two hours away,\" said Ingrid "
    "Solberg, chief executive of Halvard Robotics. \"We chose it over four other cities.\"",
    "Production of the first arms begins in May, after the assembly lines have been tested "
    "with the company's suppliers.",
)
PR_ABOUT = ("Halvard Robotics, founded in 2014 in Trondheim, designs and builds picking robots "
            "for warehouses. It employs 640 people in five countries.")


def press_release() -> str:
    """A wire press release: the wire's header, the release's headline and subhead, the
    dateline "CITY, Country, Month D, YYYY /PRNewswire/ --", quotes, "About Company",
    "Media contact", the "###" mark, "SOURCE Company", a logo, and the wire's "More news"."""
    body = (
        '<header class="wire-header"><a href="/">PR Newswire</a><nav><ul><li><a href="/news-'
        'releases/">News</a></li><li><a href="/products/">Products</a></li><li><a href="/contact'
        '/">Contact</a></li></ul></nav><a href="/login">Log in</a> <a href="/signup">Send a '
        'release</a></header><main><article class="news-release">'
        f'<header class="release-header"><h1>{PR_TITLE}</h1><p class="subtitle">The Norwegian '
        'maker of warehouse robots adds 180 jobs in Finland</p><p class="mb-no">News provided by'
        '</p><a class="company" href="/news/halvard-robotics">Halvard Robotics</a><p class="mb-'
        'no">Mar 03, 2025, 08:00 ET</p><div class="social-share"><a href="/share">Share this '
        'article</a></div></header><section class="release-body container">'
        '<div class="image"><img src="logo.png" alt="Halvard Robotics logo"></div>'
        f"<p>{PR_LEAD}</p>{paragraphs(PR_TEXT)}"
        f"<p><b>About Halvard Robotics</b></p><p>{PR_ABOUT}</p>"
        "<p><b>Media contact:</b><br>Kari Nygaard<br>press@halvard.example<br>+47 555 01 234</p>"
        '<p style="text-align:center">###</p><p id="PURL">SOURCE Halvard Robotics</p>'
        '</section></article><section class="more-news"><h2>Also from this source</h2><ul><li>'
        '<a href="/n1">Halvard Robotics Reports Record Year</a></li><li><a href="/n2">Halvard '
        'Robotics Names New Chief Engineer</a></li></ul></section></main>'
        '<footer><p>© 2025 Cision US Inc.</p><ul><li><a href="/terms">Terms of Use</a></li><li>'
        '<a href="/privacy">Privacy Policy</a></li></ul></footer>')
    head = ('<meta property="og:type" content="article">'
            f'<meta property="og:title" content="{PR_TITLE}">'
            '<meta name="date" content="2025-03-03T08:00:00-05:00">'
            '<meta name="author" content="Halvard Robotics">'
            '<meta property="og:site_name" content="PR Newswire">')
    return _doc("en", f"{PR_TITLE}", head, body)


# ---------------------------------------------------------------- podcast episode (es)

POD_TITLE = "Episodio 42: Cómo leer un mapa de nubes"
POD_NOTES = (
    "En este episodio hablamos con la meteoróloga Teresa Lozano sobre las imágenes de satélite "
    "que vemos cada noche en el telediario y sobre lo que cuentan las nubes de la semana que "
    "viene.",
    "Teresa explica por qué los frentes fríos se ven como una cinta blanca y cómo distinguir "
    "la niebla de las nubes bajas en una imagen infrarroja.",
)
POD_STAMPS = ("00:00 Presentación", "03:12 Qué mide un satélite meteorológico",
              "18:40 Frentes, borrascas y niebla", "41:05 Preguntas de los oyentes")
POD_TRANSCRIPT = (
    "Bienvenidos a un nuevo episodio. Hoy nos acompaña Teresa Lozano, que lleva veinte años "
    "haciendo predicciones en el servicio meteorológico.",
    "Gracias por invitarme. Lo primero que hay que saber es que el satélite no ve la lluvia, "
    "ve la parte de arriba de las nubes y su temperatura.",
)


def podcast() -> str:
    """A podcast episode page: the player (play, speed, time), "Suscríbete en" links to the
    apps, show notes, a list of timestamps, the transcript behind its heading, the other
    episodes and the host's footer."""
    player = (
        '<div class="player" role="region" aria-label="Reproductor"><button class="play">'
        'Reproducir</button><span class="time">00:00 / 52:14</span><button class="speed">1x'
        '</button><a class="download" href="/ep42.mp3" download>Descargar</a></div>')
    subscribe = (
        '<div class="subscribe"><span>Suscríbete en:</span><ul><li><a href="https://podcasts.'
        'apple.com/es/podcast/cielo-abierto/id1500000042">Apple Podcasts</a></li><li><a href='
        '"https://open.spotify.com/show/4xQ2cieloabierto">Spotify</a></li><li><a href="https://'
        'www.ivoox.com/podcast-cielo-abierto_sq_f1420042_1.html">iVoox</a></li><li><a '
        'href="/feed.xml">RSS</a></li></ul></div>')
    body = (
        '<header class="show-header"><a href="/" class="show-logo">Cielo Abierto</a><nav><ul>'
        '<li><a href="/episodios">Episodios</a></li><li><a href="/sobre">Sobre el podcast</a>'
        '</li><li><a href="/apoyo">Apóyanos</a></li></ul></nav></header>'
        '<main><article class="episode"><div class="episode-header"><p class="episode-number">'
        'Temporada 3 · Episodio 42</p>'
        f'<h1>{POD_TITLE}</h1><p class="episode-date"><time datetime="2025-02-20">20 de febrero '
        f"de 2025</time> · 52 min</p></div>{player}{subscribe}"
        f'<div class="show-notes"><h2>Notas del episodio</h2>{paragraphs(POD_NOTES)}'
        "<h3>Índice</h3><ul>"
        + "".join(f"<li>{s}</li>" for s in POD_STAMPS)
        + '</ul><p>Música: «Brisa» de Pablo Ruiz, con licencia CC BY.</p></div>'
        f'<section class="transcript"><h2>Transcripción</h2>{paragraphs(POD_TRANSCRIPT)}</section>'
        '</article><aside class="more-episodes"><h2>Más episodios</h2><ul><li><a href="/ep41">'
        'Episodio 41: El viento del sur</a></li><li><a href="/ep40">Episodio 40: Granizo en '
        'verano</a></li></ul></aside></main>'
        '<footer><p>© 2025 Cielo Abierto. Todos los derechos reservados.</p><p>Alojado en '
        '<a href="https://host.example">Ondacast</a></p></footer>')
    head = (ld({"@context": "https://schema.org", "@type": "PodcastEpisode",
                "name": POD_TITLE, "datePublished": "2025-02-20",
                "partOfSeries": {"@type": "PodcastSeries", "name": "Cielo Abierto"}})
            + '<meta property="og:type" content="music.song">')
    return _doc("es", f"{POD_TITLE} | Cielo Abierto", head, body)


# ---------------------------------------------------------------- government page (ru)

GOV_TITLE = "Как получить разрешение на вырубку деревьев"
GOV_INTRO = ("Разрешение нужно, если вы хотите спилить дерево на своём участке в черте города "
             "или пересадить его в другое место.")
GOV_SECTIONS = (
    ("Кто может подать заявление",
     ("Заявление подаёт собственник участка или человек, который пользуется участком по "
      "договору аренды. Если участок принадлежит нескольким людям, нужно согласие всех "
      "собственников.",)),
    ("Какие документы нужны",
     ("Паспорт заявителя, документ о праве на участок и схема участка с отметкой деревьев. "
      "Схему можно нарисовать от руки, если на ней видны границы участка и дома.",)),
    ("Сроки и стоимость",
     ("Комиссия рассматривает заявление в течение тридцати дней. Если дерево больное или "
      "угрожает дому, разрешение выдают бесплатно, в остальных случаях нужно оплатить "
      "восстановительную стоимость.",)),
)


def gov_page() -> str:
    """A public-service information page: the state banner, the language picker, breadcrumbs,
    "На этой странице" (on this page) with anchors, headed sections, "Обновлено" (last
    updated), "Была ли эта страница полезной? Да Нет", and the agencies' footer."""
    toc = ('<nav class="on-this-page" aria-label="На этой странице"><h2>На этой странице</h2>'
           "<ul>" + "".join(f'<li><a href="#s{i}">{h}</a></li>'
                            for i, (h, _) in enumerate(GOV_SECTIONS)) + "</ul></nav>")
    sections = "".join(f'<h2 id="s{i}">{h}</h2>{paragraphs(ps)}'
                       for i, (h, ps) in enumerate(GOV_SECTIONS))
    body = (
        '<div class="gov-banner">Официальный сайт администрации города Северск</div>'
        '<header class="gov-header"><a href="/" class="gov-logo">Администрация города</a><nav '
        'class="main-menu"><ul><li><a href="/uslugi">Услуги</a></li><li><a href="/novosti">'
        'Новости</a></li><li><a href="/dokumenty">Документы</a></li><li><a href="/kontakty">'
        'Контакты</a></li></ul></nav><div class="lang-picker"><a href="?lang=ru" lang="ru">'
        'Русский</a> <a href="?lang=en" lang="en">English</a> <a href="?lang=tt" lang="tt">'
        'Татарча</a></div><a href="/vhod">Войти</a></header>'
        '<nav class="breadcrumbs" aria-label="Навигационная цепочка"><ol><li><a href="/">'
        'Главная</a></li><li><a href="/uslugi">Услуги</a></li><li><a href="/uslugi/blago">'
        "Благоустройство</a></li></ol></nav>"
        f'<main id="main-content"><h1>{GOV_TITLE}</h1>{toc}<p class="lead">{GOV_INTRO}</p>'
        f"{sections}"
        '<p class="updated">Обновлено: 14 января 2025</p>'
        '<div class="feedback"><p>Была ли эта страница полезной?</p><button>Да</button>'
        "<button>Нет</button></div></main>"
        '<footer class="gov-footer"><div class="agencies"><h2>Органы власти</h2><ul><li><a href='
        '"/duma">Городская дума</a></li><li><a href="/mfc">Многофункциональный центр</a></li>'
        '<li><a href="/prokuratura">Прокуратура города</a></li></ul></div><p>© 2025 '
        "Администрация города Северск. Все права защищены.</p></footer>")
    return _doc("ru", f"{GOV_TITLE} — Администрация города Северск", "", body)


# ---------------------------------------------------------------- government page (en)

GOVUK_TITLE = "Apply for a fishing licence"
GOVUK_TEXT = (
    "You need a rod fishing licence to fish for salmon, trout, freshwater fish, smelt or eel "
    "in the county's rivers, lakes and canals if you're 13 or over.",
    "Children under 13 do not need a licence. Licences for 13 to 16 year olds are free, but "
    "you still need to apply for one.",
    "A 1-day licence costs £6, an 8-day licence £12 and a 12-month licence £30. Discounts are "
    "available if you're over 66 or have a disability.",
    "You can apply online, by phone or at a post office. You'll need your date of birth and, "
    "for a 12-month licence, a card to pay by direct debit.",
)


def govuk_page() -> str:
    """A GOV.UK-like page: "Skip to main content", the cookie message, the crown header,
    breadcrumbs, "Contents" with anchors, headed parts, "Last updated", "Is this page
    useful? Yes No", "Related content" and the footer's departments."""
    parts = (("Who needs a licence", GOVUK_TEXT[:2]), ("Costs", GOVUK_TEXT[2:3]),
             ("How to apply", GOVUK_TEXT[3:]))
    body = (
        '<a href="#main-content" class="govuk-skip-link">Skip to main content</a>'
        '<div class="gem-c-cookie-banner"><p>We use some essential cookies to make this service '
        'work.</p><button>Accept additional cookies</button><button>Reject additional cookies'
        "</button></div>"
        '<header class="govuk-header"><a href="/" class="govuk-header__link">County.gov</a>'
        '<nav><ul><li><a href="/browse/benefits">Benefits</a></li><li><a href="/browse/'
        'business">Business</a></li><li><a href="/browse/environment">Environment and '
        'countryside</a></li></ul></nav></header>'
        '<div class="govuk-breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/browse/'
        'environment">Environment and countryside</a></li><li><a href="/browse/fishing">Fishing'
        "</a></li></ol></div>"
        f'<main class="govuk-main-wrapper" id="main-content"><h1 class="gem-c-title__text">'
        f"{GOVUK_TITLE}</h1>"
        '<nav class="gem-c-contents-list" aria-label="Contents"><h2>Contents</h2><ol>'
        + "".join(f'<li><a href="#p{i}">{h}</a></li>' for i, (h, _) in enumerate(parts))
        + '</ol></nav><div class="govuk-govspeak">'
        + "".join(f'<h2 id="p{i}">{h}</h2>{paragraphs(ps)}' for i, (h, ps) in enumerate(parts))
        + '</div><div class="gem-c-metadata"><dl><dt>Last updated</dt><dd>2 April 2025</dd>'
        '</dl></div><div class="gem-c-feedback"><h2>Is this page useful?</h2><button>Yes'
        "</button><button>No</button><a href=\"/contact\">Report a problem with this page</a>"
        '</div><aside class="gem-c-related-navigation"><h2>Related content</h2><ul><li><a href'
        '="/fishing-rules">Freshwater rod fishing rules</a></li><li><a href="/fishing-seasons">'
        "Fishing close seasons</a></li></ul></aside></main>"
        '<footer class="govuk-footer"><h2>Departments</h2><ul><li><a href="/dept/env">'
        'Environment Agency</a></li><li><a href="/dept/rivers">Rivers Trust</a></li></ul>'
        '<p>All content is available under the Open Government Licence v3.0, except where '
        "otherwise stated</p><p>© Crown copyright</p></footer>")
    return _doc("en", f"{GOVUK_TITLE} - County.gov", "", body)


# ---------------------------------------------------------------- dictionary entry (ja)

DICT_WORD = "木漏れ日"
DICT_READING = "こもれび"
DICT_SENSES = (
    "木の枝や葉の間から差し込む日の光。",
    "〔比喩的に〕困難の中に見える、わずかな希望。",
)
DICT_EXAMPLES = ("森の小道に木漏れ日が揺れていた。", "彼の言葉は私にとって木漏れ日のようだった。")
DICT_RELATED = ("日差し", "陽光", "木陰")


def dictionary_ja() -> str:
    """A dictionary site's entry: the search box, the headword with its reading, the part of
    speech, numbered senses, examples, related words, "今日の言葉" (word of the day) and the
    ranking of searched words beside it."""
    body = (
        '<header class="dict-header"><a class="logo" href="/">ことばの森 辞書</a><form class="'
        'search"><input name="q" value="木漏れ日"><button>検索</button></form><nav><ul><li><a '
        'href="/kokugo">国語辞典</a></li><li><a href="/eiwa">英和辞典</a></li><li><a href="/'
        'ruigo">類語辞典</a></li></ul></nav></header>'
        '<div class="dict-body"><main><article class="entry">'
        f'<h1 class="headword">{DICT_WORD}<span class="reading">【{DICT_READING}】</span></h1>'
        '<p class="pos">名詞</p><ol class="senses">'
        + "".join(f"<li>{s}</li>" for s in DICT_SENSES)
        + '</ol><h2>例文</h2><ul class="examples">'
        + "".join(f"<li>{e}</li>" for e in DICT_EXAMPLES)
        + '</ul><h2>関連語</h2><ul class="related">'
        + "".join(f'<li><a href="/w/{w}">{w}</a></li>' for w in DICT_RELATED)
        + '</ul><p class="source">出典：ことばの森 国語辞典 第三版</p></article>'
        '<div class="share"><a href="/share/x">ポストする</a> <a href="/share/line">LINEで送る'
        "</a></div></main>"
        '<aside class="side"><section class="wotd"><h2>今日の言葉</h2><p><a href="/w/夕凪">夕凪'
        "</a></p><p>夕方、海風と陸風が入れ替わるときに風がやむこと。</p></section><section "
        'class="ranking"><h2>検索ランキング</h2><ol><li><a href="/w/1">推し</a></li><li><a '
        'href="/w/2">忖度</a></li><li><a href="/w/3">逆鱗</a></li></ol></section></aside></div>'
        '<footer><ul><li><a href="/about">このサイトについて</a></li><li><a href="/privacy">'
        "プライバシーポリシー</a></li></ul><p>© 2025 ことばの森</p></footer>")
    return _doc("ja", f"{DICT_WORD}（こもれび）の意味 - ことばの森 辞書", "", body)


# ---------------------------------------------------------------- glossary entry (de)

GLOSS_TERM = "Grundwasserneubildung"
GLOSS_TEXT = (
    "Als Grundwasserneubildung bezeichnet man den Teil des Niederschlags, der durch den Boden "
    "versickert und das Grundwasser erreicht.",
    "Sie hängt von der Bodenart, dem Bewuchs, der Verdunstung und der Jahreszeit ab. In "
    "Mitteleuropa findet der größte Teil im Winterhalbjahr statt, wenn Pflanzen wenig Wasser "
    "verbrauchen.",
)


def glossary_de() -> str:
    """A glossary entry of an agency's site: an A–Z bar of letters, the term, its definition,
    "Siehe auch" links and the glossary's other entries in a side list."""
    letters = "".join(f'<li><a href="/glossar/{c}">{c}</a></li>' for c in "ABCDEFGHIJKLMNOPRSTUWZ")
    body = (
        '<header><a href="/" class="logo">Landesamt für Umwelt</a><nav><ul><li><a href="/wasser">'
        'Wasser</a></li><li><a href="/boden">Boden</a></li><li><a href="/luft">Luft</a></li>'
        '<li><a href="/service">Service</a></li></ul></nav></header>'
        '<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/service">Service</a> › '
        '<a href="/glossar">Glossar</a></nav>'
        f'<main><nav class="az" aria-label="Glossar A bis Z"><ul>{letters}</ul></nav>'
        f'<article class="glossary-entry"><h1>{GLOSS_TERM}</h1>{paragraphs(GLOSS_TEXT)}'
        '<p class="see-also">Siehe auch: <a href="/glossar/versickerung">Versickerung</a>, '
        '<a href="/glossar/grundwasser">Grundwasser</a></p></article>'
        '<aside><h2>Weitere Begriffe mit G</h2><ul><li><a href="/glossar/g1">Gewässergüte</a>'
        '</li><li><a href="/glossar/g2">Grundwasserleiter</a></li><li><a href="/glossar/g3">'
        "Gülle</a></li></ul></aside></main>"
        '<footer><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">'
        "Datenschutz</a></li><li><a href=\"/barrierefreiheit\">Barrierefreiheit</a></li></ul>"
        "<p>© 2025 Landesamt für Umwelt</p></footer>")
    return _doc("de", f"{GLOSS_TERM} - Glossar - Landesamt für Umwelt", "", body)


# ---------------------------------------------------------------- how-to (ar)

HOWTO_TITLE = "كيف تزرع الريحان في أصيص على الشرفة"
HOWTO_INTRO = ("الريحان من أسهل الأعشاب زراعةً في البيت، ويكفيه أصيص صغير ومكان مشمس "
               "وسقي منتظم حتى يعطيك أوراقًا طوال الصيف.")
HOWTO_NEED = ("أصيص بفتحات تصريف", "تربة زراعية خفيفة", "بذور ريحان", "رشاش ماء")
HOWTO_STEPS = (
    ("اختر الأصيص", "اختر أصيصًا بعمق عشرين سنتيمترًا على الأقل، وتأكد من وجود فتحات في قاعه "
                    "حتى لا يتجمع الماء حول الجذور."),
    ("ازرع البذور", "انثر البذور على سطح التربة المبللة وغطها بطبقة رقيقة جدًا من التراب، ثم "
                    "رشها بالماء برفق."),
    ("اعتنِ بالشتلات", "ضع الأصيص في مكان يصله ضوء الشمس ست ساعات يوميًا، واسقِ التربة كلما "
                       "جف سطحها."),
)
HOWTO_TIPS = ("اقطف الأوراق العلوية باستمرار ليتفرع النبات ويكثر أوراقه.",)
HOWTO_WARN = ("لا تضع الأصيص في تيار هواء بارد، فالريحان يذبل تحت عشر درجات.",)


def howto_ar() -> str:
    """A step-by-step how-to (wikiHow-like): "الأشياء التي ستحتاجها" (things you'll need),
    numbered steps each with an image and caption, "نصائح" (tips) and "تحذيرات" (warnings),
    the co-author line, "هل ساعدك هذا المقال؟" and related articles."""
    steps = "".join(
        f'<li class="step"><div class="mwimg"><img src="step{i}.jpg" alt=""><div class="caption">'
        f'الخطوة {i + 1}</div></div><div class="step-text"><b class="whb">{h}.</b> {t}</div></li>'
        for i, (h, t) in enumerate(HOWTO_STEPS))
    body = (
        '<header id="header"><a href="/" class="logo">كيف</a><nav><ul><li><a href="/cat/home">'
        'المنزل والحديقة</a></li><li><a href="/cat/food">الطعام</a></li><li><a href="/random">'
        'مقال عشوائي</a></li></ul></nav><a href="/login">تسجيل الدخول</a></header>'
        '<main id="main"><article id="article"><div class="article-header">'
        f'<h1 id="section_0">{HOWTO_TITLE}</h1><div class="coauthor">شارك في كتابة المقال: '
        '<a href="/u/salma">سلمى حداد</a> · آخر تحديث: ٤ مايو ٢٠٢٥</div>'
        '<div class="sp_views">تمت المشاهدة ١٢٬٤٠٥ مرة</div></div>'
        f'<div id="intro"><p>{HOWTO_INTRO}</p></div>'
        '<div class="section thingsyoullneed"><h2>الأشياء التي ستحتاجها</h2><ul>'
        + "".join(f"<li>{n}</li>" for n in HOWTO_NEED)
        + f'</ul></div><div class="section steps"><h2>الخطوات</h2><ol class="steps_list">{steps}'
        '</ol></div><div class="section tips"><h2>نصائح</h2><ul>'
        + "".join(f"<li>{t}</li>" for t in HOWTO_TIPS)
        + '</ul></div><div class="section warnings"><h2>تحذيرات</h2><ul>'
        + "".join(f"<li>{t}</li>" for t in HOWTO_WARN)
        + '</ul></div><div class="article-helpful"><p>هل ساعدك هذا المقال؟</p><button>نعم'
        '</button><button>لا</button></div></article>'
        '<aside class="related"><h2>مقالات ذات صلة</h2><ul><li><a href="/a1">كيف تزرع النعناع'
        '</a></li><li><a href="/a2">كيف تسقي النباتات في الإجازة</a></li></ul></aside></main>'
        '<footer><ul><li><a href="/about">من نحن</a></li><li><a href="/terms">شروط الاستخدام'
        "</a></li></ul><p>© 2025 كيف. جميع الحقوق محفوظة.</p></footer>")
    head = ld({"@context": "https://schema.org", "@type": "HowTo", "name": HOWTO_TITLE,
               "dateModified": "2025-05-04",
               "author": {"@type": "Person", "name": "سلمى حداد"}})
    return _doc("ar", f"{HOWTO_TITLE} - كيف", head, body)
