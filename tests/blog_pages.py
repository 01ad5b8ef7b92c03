"""Pages of the blogging and newsletter web, as the platforms print them: a Substack post, a
Medium story, a Ghost (Casper) post, a WordPress classic-theme post, a Hugo static blog, a
modern Blogger post, a Tumblr text post, a dev.to-like article, a LinkedIn-like article, a
Mastodon post page, a newsletter issue's web archive, a WordPress post bylined "admin", a
Jekyll blog and a WeChat-like article. In English, German, French, Spanish, Portuguese,
Russian, Turkish, Japanese, Korean, Chinese and Arabic, each in its chrome (subscribe
boxes, avatar lines, "min read", claps and hearts, author bios, "Previous post / Next post",
comments, tags, "Like this:", sidebars). All text is invented here; no page of a dataset is
copied. `tests/test_blog_pages.py` states what a reader (and WCXB's annotators) take as each
page's main content, and the metadata each page shows."""

from __future__ import annotations

import json

from tests.platform_pages import ld, paragraphs


def _doc(lang: str, title: str, head: str, body: str, *, body_class: str = "") -> str:
    rtl = ' dir="rtl"' if lang == "ar" else ""
    return (f'<!DOCTYPE html><html lang="{lang}"{rtl}><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{title}</title>{head}</head><body class=\"{body_class}\">{body}</body></html>")


def _og(title: str, site: str, kind: str = "article") -> str:
    return (f'<meta property="og:title" content="{title}"><meta property="og:type" '
            f'content="{kind}"><meta property="og:site_name" content="{site}">')


# ---------------------------------------------------------------- Substack (en)

SUB_TITLE = "Why the night train came back"
SUB_SUBTITLE = "Three winters of riding sleepers across Europe, and what the timetables hide"
SUB_PUB = "Slow Rails"
SUB_AUTHOR = "Imogen Carraway"
SUB_TEXT = (
    "The first sleeper I took was a rattling couchette from Brussels to Vienna, six bunks to a "
    "compartment and a conductor who collected our passports as if we were crossing a war zone.",
    "Three winters later I have ridden eleven night routes, and the trains have changed more in "
    "that time than in the thirty years before. New operators lease old carriages, refit them "
    "and sell beds at the price of a cheap flight plus a hotel.",
    "What the timetables hide is how fragile these services are. A single missing locomotive "
    "driver licensed for one border section can cancel a whole week of departures.",
)
SUB_HEAD = "What the timetables hide"
SUB_TEXT2 = (
    "Operators publish their winter timetables late, sometimes six weeks before the first "
    "departure, because track access is granted country by country and never all at once.",
    "If you plan a trip, book the return leg first: it sells out sooner, as most travellers "
    "decide late on the way home.",
)
SUB_NOTE = ("The leasing companies do not publish their rates; the figure here comes from two "
            "operators who agreed to speak without being named.")


def substack() -> str:
    """A Substack post: the publication as the site, its subtitle, the author's avatar line,
    like / comment / restack counters, "Share", a subscribe box inside the body and after
    it, a footnote, "Discussion about this post" with comments, "Ready for more?"."""
    counters = ('<div class="post-ufi"><a class="like-button" href="#"><span class="label">'
                '142</span></a><a class="comment-button" href="#comments"><span>23</span></a>'
                '<a class="restack-button"><span>9</span></a><a class="share-button">'
                "<span>Share</span></a></div>")
    subscribe = ('<div class="subscription-widget-wrap"><div class="subscription-widget">'
                 f'<div class="preamble"><p>{SUB_PUB} is a reader-supported publication. To '
                 "receive new posts and support my work, consider becoming a free or paid "
                 'subscriber.</p></div><form class="form"><input type="email" placeholder='
                 '"Type your email..."><button class="button primary">Subscribe</button>'
                 "</form></div></div>")
    head = (ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": SUB_TITLE,
                "description": SUB_SUBTITLE, "datePublished": "2025-01-14T07:02:11+00:00",
                "author": [{"@type": "Person", "name": SUB_AUTHOR,
                            "url": "https://substack.com/@imogen"}],
                "publisher": {"@type": "Organization", "name": SUB_PUB}})
            + _og(SUB_TITLE, SUB_PUB))
    body = (
        '<div id="main"><div class="main-menu"><div class="topbar-content"><a class="navbar-'
        f'title-link" href="/">{SUB_PUB}</a><a class="button">Subscribe</a><a class="button">'
        'Sign in</a></div></div><div class="container"><div class="single-post-container">'
        '<article class="typography newsletter-post post"><div class="post-header">'
        f'<h1 class="post-title published">{SUB_TITLE}</h1>'
        f'<h3 class="subtitle">{SUB_SUBTITLE}</h3>'
        '<div class="post-meta"><div class="profile-hover-card-target"><a href="https://'
        f'substack.com/@imogen"><img class="avatar" alt="{SUB_AUTHOR}"></a></div>'
        f'<div class="byline-names"><a href="https://substack.com/@imogen">{SUB_AUTHOR}</a>'
        '</div><div class="post-date">Jan 14, 2025</div></div>'
        f"{counters}</div>"
        '<div class="available-content"><div class="body markup" dir="auto">'
        f"{paragraphs(SUB_TEXT[:2])}{subscribe}<p>{SUB_TEXT[2]}"
        '<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a></p>'
        f'<h2 class="header-anchor-post">{SUB_HEAD}</h2>{paragraphs(SUB_TEXT2)}'
        '<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-'
        f'number">1</a><div class="footnote-content"><p>{SUB_NOTE}</p></div></div>'
        f"</div></div>{subscribe}{counters}"
        '<div class="post-footer"><a class="button">Share</a></div></article>'
        '<div id="discussion" class="comments-section"><h4>Discussion about this post</h4>'
        '<div class="comment"><div class="comment-meta"><a>Tobias Renner</a><span>Jan 15'
        '</span></div><div class="comment-body"><p>I rode the Vienna sleeper in December and '
        "the heating failed twice, but I would still take it again over any airport.</p>"
        '</div><a class="like">12</a><a>Reply</a></div></div>'
        '<div class="post-end-cta"><h3>Ready for more?</h3><form><input type="email">'
        "<button>Subscribe</button></form></div></div></div>"
        '<div class="footer-wrap"><p>© 2025 Imogen Carraway</p><ul><li><a>Privacy</a></li>'
        "<li><a>Terms</a></li><li><a>Collection notice</a></li></ul><a>Start writing</a>"
        "<a>Get the app</a><p>Substack is the home for great culture</p></div></div>")
    return _doc("en", f"{SUB_TITLE} - by {SUB_AUTHOR} - {SUB_PUB}", head, body)


# ---------------------------------------------------------------- Medium (en)

MED_TITLE = "The quiet cost of feature flags"
MED_AUTHOR = "Dana Whitlock"
MED_TEXT = (
    "Every team I have worked with started using feature flags for the same reason: to ship "
    "code before it was ready and switch it on later, when the product people said so.",
    "Two years on, the same teams had hundreds of flags, and nobody could say which of them "
    "were still read by the code and which were dead branches waiting to surprise someone.",
    "The cost is not in the flag service's bill. It is in every test that has to run twice, "
    "every code review that has to reason about both paths, and every incident that starts "
    "with someone flipping the wrong switch.",
)
MED_HEAD = "A flag is a loan"
MED_TEXT2 = (
    "Treat each flag as a loan with a due date. When you add it, write down the day it will "
    "be removed and who will remove it, and put that reminder in the same pull request.",
)
MED_CODE = "if flags.enabled(\"new-checkout\", user):"


def medium() -> str:
    """A Medium story: the author's avatar line with "Follow", "6 min read", the date,
    clap and response counts, the story, "Written by" with a bio, "More from", "Recommended
    from Medium", "Help / Status / About"."""
    bar = ('<div class="speechify-ignore"><div class="pw-multi-vote-count"><button>'
           '<p class="bf b">1.2K</p></button></div><div><button aria-label="responses">'
           "<p>37</p></button></div><button>Listen</button><button>Share</button></div>")
    head = (ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": MED_TITLE,
                "datePublished": "2024-11-03T16:20:05.331Z",
                "dateModified": "2024-11-05T09:10:00.000Z",
                "author": {"@type": "Person", "name": MED_AUTHOR,
                           "url": "https://medium.com/@dwhitlock"},
                "publisher": {"@type": "Organization", "name": "Medium"}})
            + _og(MED_TITLE, "Medium")
            + f'<meta name="author" content="{MED_AUTHOR}">')
    body = (
        '<div id="root"><div class="a b c"><div class="metabar"><a aria-label="Homepage" '
        'href="/">Medium</a><div class="search"><input placeholder="Search"></div>'
        '<a href="/new-story">Write</a><a href="/m/signin">Sign in</a><a href="/m/signin">'
        "Sign up</a></div>"
        '<article><div class="l"><section><div class="gm gn"><div>'
        f'<h1 data-testid="storyTitle" class="pw-post-title">{MED_TITLE}</h1>'
        '<div class="pw-author"><a href="/@dwhitlock"><img alt="Dana Whitlock" class="avatar">'
        f'</a><div><span><a data-testid="authorName" href="/@dwhitlock">{MED_AUTHOR}</a></span>'
        '<span><button>Follow</button></span></div><div><span data-testid="storyReadTime">'
        '6 min read</span><span>·</span><span data-testid="storyPublishDate">Nov 3, 2024'
        f"</span></div></div>{bar}"
        f"{paragraphs(MED_TEXT)}"
        f'<h2 class="pw-post-body-paragraph">{MED_HEAD}</h2>{paragraphs(MED_TEXT2)}'
        f"<pre><span>{MED_CODE}\n    render_new_checkout()</span></pre>"
        "<p>Delete the loans you have paid back. A flag that is on for everyone is not a "
        "feature flag any more; it is an if statement that lies about the code.</p>"
        "</div></div></section></div>"
        '<div class="tags"><a href="/tag/software-engineering">Software Engineering</a>'
        '<a href="/tag/devops">DevOps</a><a href="/tag/testing">Testing</a></div>'
        f"{bar}</article>"
        '<div class="author-card"><a><img class="avatar"></a><h2>Written by Dana Whitlock'
        '</h2><p><a href="/@dwhitlock/followers">2.4K Followers</a></p><p>Staff engineer. '
        "Writes about the boring parts of shipping software.</p><button>Follow</button></div>"
        '<div class="responses"><h2>Responses (37)</h2><div><p>What are your thoughts?</p>'
        "</div></div>"
        '<div><h2>More from Dana Whitlock</h2><div><a href="/@dwhitlock/x1"><h2>Your on-call '
        "rota is a product</h2></a><p>Apr 2 · 3 min read</p></div><div><a href=\"/@dwhitlock/x2\">"
        "<h2>Stop writing migration scripts by hand</h2></a><p>Jan 9 · 5 min read</p></div>"
        '<a href="/@dwhitlock">See all from Dana Whitlock</a></div>'
        '<div><h2>Recommended from Medium</h2><div><a><h2>I replaced my monorepo with three '
        "smaller ones</h2></a><p>Oct 1 · 8 min read · 2.1K</p></div><div><a><h2>Ten habits "
        "of calm engineers</h2></a><p>Sep 12 · 4 min read</p></div></div>"
        '<div class="footer"><a>Help</a><a>Status</a><a>About</a><a>Careers</a><a>Press</a>'
        "<a>Blog</a><a>Privacy</a><a>Terms</a><a>Text to speech</a></div></div></div>")
    return _doc("en", f"{MED_TITLE} | by {MED_AUTHOR} | Medium", head, body)


# ---------------------------------------------------------------- Ghost, Casper (de)

GHOST_TITLE = "Warum ich mein Gewächshaus mit Regenwasser betreibe"
GHOST_SITE = "Gartenjahr"
GHOST_AUTHOR = "Jonas Albrecht"
GHOST_EXCERPT = "Zwei Tonnen, ein Schlauch und eine Pumpe: ein Jahr ohne Leitungswasser."
GHOST_TEXT = (
    "Im vergangenen Frühjahr habe ich zwei alte Regentonnen an die Dachrinne des "
    "Gewächshauses gehängt und beschlossen, den ganzen Sommer kein Leitungswasser zu nutzen.",
    "Die Tomaten haben es mir gedankt: Das weiche Wasser ist wärmer als das aus der Leitung, "
    "und die Pflanzen bekamen im Juli kaum noch braune Blattränder.",
    "Schwierig wurde es nur im August, als es drei Wochen lang nicht regnete und die Tonnen "
    "bis auf einen schlammigen Rest leer waren.",
)
GHOST_HEAD = "Was ich nächstes Jahr anders mache"
GHOST_LIST = ("eine dritte Tonne unter dem Schuppendach", "eine Abdeckung gegen Mückenlarven",
              "einen Tropfschlauch statt der Gießkanne")


def ghost() -> str:
    """A Ghost blog post in Casper: the tag above the title, the excerpt, the author's
    avatar and "5 Min. Lesezeit", the feature image with its caption, the post, the
    signup box, "Weiterlesen" cards, the footer's "Powered by Ghost"."""
    head = (ld({"@context": "https://schema.org", "@type": "Article", "headline": GHOST_TITLE,
                "datePublished": "2024-09-22T08:30:00.000+02:00",
                "dateModified": "2024-09-23T10:02:14.000+02:00",
                "author": {"@type": "Person", "name": GHOST_AUTHOR,
                           "url": "https://gartenjahr.example/author/jonas/"},
                "publisher": {"@type": "Organization", "name": GHOST_SITE}})
            + _og(GHOST_TITLE, GHOST_SITE)
            + '<meta name="generator" content="Ghost 5.82">')
    body = (
        '<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-'
        f'inner inner"><a class="gh-head-logo" href="/">{GHOST_SITE}</a><nav class="gh-head-'
        'menu"><ul class="nav"><li><a href="/">Start</a></li><li><a href="/tag/gemuese/">Gemüse'
        '</a></li><li><a href="/about/">Über mich</a></li></ul></nav><div class="gh-head-'
        'actions"><a href="#/portal/signin">Anmelden</a><a class="gh-head-button" href="#/'
        'portal/signup">Abonnieren</a></div></div></header>'
        '<div class="site-content"><main id="site-main" class="site-main">'
        '<article class="article post tag-gemuese"><header class="article-header gh-canvas">'
        '<div class="article-tag post-card-tags"><span class="post-card-primary-tag">'
        '<a href="/tag/gemuese/">Gemüse</a></span></div>'
        f'<h1 class="article-title">{GHOST_TITLE}</h1>'
        f'<p class="article-excerpt">{GHOST_EXCERPT}</p>'
        '<div class="article-byline"><section class="article-byline-content"><ul class="author-'
        'list"><li class="author-list-item"><a href="/author/jonas/" class="author-avatar">'
        '<img class="author-profile-image" alt="Jonas Albrecht"></a></li></ul><div class='
        f'"article-byline-meta"><h4 class="author-name"><a href="/author/jonas/">{GHOST_AUTHOR}'
        '</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime='
        '"2024-09-22">22. Sep. 2024</time><span class="byline-reading-time"><span class='
        '"bull">•</span> 5 Min. Lesezeit</span></div></div></section></div>'
        '<figure class="article-image"><img src="/content/images/tonnen.jpg" alt=""><figcaption>'
        "Die beiden Tonnen im April, noch ohne Deckel</figcaption></figure></header>"
        f'<section class="gh-content gh-canvas">{paragraphs(GHOST_TEXT)}<h2>{GHOST_HEAD}</h2><ul>'
        + "".join(f"<li>{i}</li>" for i in GHOST_LIST)
        + "</ul></section>"
        '<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">'
        f'Melde dich für {GHOST_SITE} an</h2><a class="footer-cta-button" href="#/portal">'
        '<div class="footer-cta-input">Deine E-Mail-Adresse</div><span>Abonnieren</span></a>'
        "</div></section></article></main>"
        '<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-'
        'card post"><a class="post-card-image-link" href="/kompost/"><img></a><div class="post-'
        'card-content"><a class="post-card-content-link" href="/kompost/"><header class="post-'
        'card-header"><h2 class="post-card-title">Kompost im Winter</h2></header><div class='
        '"post-card-excerpt">Auch bei Frost arbeitet der Haufen weiter.</div></a><footer class='
        '"post-card-meta"><time>12. Sep. 2024</time><span>3 Min. Lesezeit</span></footer></div>'
        '</article><article class="post-card post"><div class="post-card-content"><a class='
        '"post-card-content-link" href="/saatgut/"><header class="post-card-header"><h2 class='
        '"post-card-title">Saatgut selbst gewinnen</h2></header><div class="post-card-excerpt">'
        "Bohnen und Tomaten sind der einfachste Anfang.</div></a></div></article></div></aside>"
        '</div><footer class="site-footer outer"><div class="inner"><section class="copyright">'
        f'<a href="/">{GHOST_SITE}</a> © 2024</section><nav class="site-footer-nav"><ul><li>'
        '<a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a>'
        '</li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/">Powered by '
        "Ghost</a></div></div></footer></div>")
    return _doc("de", f"{GHOST_TITLE}", head, body,
                body_class="post-template tag-gemuese is-head-left-logo has-cover")


# ---------------------------------------------------------------- WordPress classic (fr)

WP_TITLE = "Réparer une chaise cannée en un week-end"
WP_SITE = "L'atelier de Margaux"
WP_AUTHOR = "Margaux Lefèvre"
WP_TEXT = (
    "Cette chaise m'attendait au grenier depuis trois ans, l'assise crevée et deux barreaux "
    "décollés. Je l'avais achetée cinq euros dans un vide-grenier de Bretagne.",
    "Le cannage se fait en six étapes, et la première est de loin la plus longue : il faut "
    "retirer l'ancienne canne trou par trou sans abîmer le bois du cadre.",
    "J'ai laissé tremper la nouvelle canne une demi-heure dans l'eau tiède avant de commencer, "
    "puis j'ai tendu les premiers brins d'avant en arrière en les bloquant avec des chevilles.",
    "Le dimanche soir, l'assise était finie. Il reste à cirer le cadre, mais la chaise a déjà "
    "retrouvé sa place dans la cuisine.",
)


def wordpress() -> str:
    """A self-hosted WordPress post in a classic theme: the site's title and tagline,
    "Publié le … par …", the post, "Catégories : … | Étiquettes : …", the Jetpack sharing
    and "J'aime ça :" ("Chargement…") boxes, "Articles similaires", previous / next post
    links, the comments and the "Laisser un commentaire" form, a sidebar of widgets."""
    head = (_og(WP_TITLE, WP_SITE)
            + '<meta property="article:published_time" content="2024-03-09T18:12:40+00:00">'
            + '<meta property="article:modified_time" content="2024-03-11T08:01:02+00:00">'
            + '<meta name="generator" content="WordPress 6.4.3">')
    widgets = (
        '<div id="secondary" class="widget-area" role="complementary">'
        '<aside id="search-2" class="widget widget_search"><form role="search"><label>'
        '<span class="screen-reader-text">Rechercher :</span><input type="search"></label>'
        '<input type="submit" value="Rechercher"></form></aside>'
        '<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-'
        'title">Articles récents</h2><ul><li><a href="/2024/02/tabouret/">Un tabouret en '
        'chêne massif</a></li><li><a href="/2024/01/vernis/">Quel vernis pour une table ?</a>'
        '</li><li><a href="/2023/12/outils/">Mes cinq outils préférés</a></li></ul></aside>'
        '<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives'
        '</h2><ul><li><a href="/2024/03/">mars 2024</a></li><li><a href="/2024/02/">février '
        '2024</a></li><li><a href="/2024/01/">janvier 2024</a></li></ul></aside>'
        '<aside id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">'
        'Étiquettes</h2><div class="tagcloud"><a href="/tag/bois/" style="font-size: 22pt;">'
        'bois</a> <a href="/tag/cannage/" style="font-size: 8pt;">cannage</a> <a href="/tag/'
        'chaise/" style="font-size: 12pt;">chaise</a> <a href="/tag/recup/" style="font-size: '
        '16pt;">récup</a></div></aside>'
        '<aside id="linkcat-2" class="widget widget_links"><h2 class="widget-title">Blogroll'
        '</h2><ul class="xoxo blogroll"><li><a href="https://copeaux.example/">Les copeaux de '
        'Paul</a></li><li><a href="https://bricole.example/">Bricole et rabot</a></li></ul>'
        "</aside></div>")
    body = (
        '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">'
        'Aller au contenu</a><header id="masthead" class="site-header"><div class="site-branding">'
        f'<p class="site-title"><a href="/" rel="home">{WP_SITE}</a></p><p class="site-'
        'description">Meubles chinés, réparés et racontés</p></div><nav id="site-navigation" '
        'class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Accueil'
        '</a></li><li><a href="/a-propos/">À propos</a></li><li><a href="/contact/">Contact</a>'
        '</li></ul></nav></header><div id="content" class="site-content"><div id="primary" '
        'class="content-area"><main id="main" class="site-main"><article id="post-812" class='
        '"post-812 post type-post status-publish format-standard hentry category-chaises '
        'tag-cannage"><header class="entry-header">'
        f'<h1 class="entry-title">{WP_TITLE}</h1><div class="entry-meta"><span class="posted-'
        'on">Publié le <a href="/2024/03/09/chaise/" rel="bookmark"><time class="entry-date '
        'published" datetime="2024-03-09T18:12:40+00:00">9 mars 2024</time><time class="updated"'
        ' datetime="2024-03-11T08:01:02+00:00">11 mars 2024</time></a></span><span class="byline">'
        ' par <span class="author vcard"><a class="url fn n" href="/author/admin/">'
        f'{WP_AUTHOR}</a></span></span></div></header>'
        f'<div class="entry-content">{paragraphs(WP_TEXT)}'
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-'
        'social sd-social-icon-text sd-sharing"><h3 class="sd-title">Partager :</h3><div class='
        '"sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button" href='
        '"?share=facebook"><span>Facebook</span></a></li><li class="share-x"><a class="share-x '
        'sd-button" href="?share=x"><span>X</span></a></li><li class="share-email"><a href="'
        '?share=email"><span>E-mail</span></a></li></ul></div></div></div>'
        '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-'
        "title\">J'aime ça :</h3><div class=\"likes-widget-placeholder post-likes-widget-"
        "placeholder\"><span class=\"button\"><span>J'aime</span></span> <span class=\"loading\">"
        "Chargement…</span></div></div>"
        '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">'
        '<em>Articles similaires</em></h3><div class="jp-relatedposts-items"><div class="jp-'
        'relatedposts-post"><h4><a href="/2023/10/fauteuil/">Retapisser un fauteuil</a></h4>'
        '<p class="jp-relatedposts-post-date">12 octobre 2023</p><p class="jp-relatedposts-post-'
        'context">Dans &quot;Fauteuils&quot;</p></div><div class="jp-relatedposts-post"><h4>'
        '<a href="/2023/06/table/">Une table de ferme</a></h4><p class="jp-relatedposts-post-'
        'date">3 juin 2023</p></div></div></div></div>'
        '<footer class="entry-footer"><span class="cat-links">Publié dans <a href="/category/'
        'chaises/" rel="category tag">Chaises</a></span><span class="tags-links">Étiqueté <a '
        'href="/tag/cannage/" rel="tag">cannage</a>, <a href="/tag/recup/" rel="tag">récup</a>'
        '</span><span class="comments-link"><a href="#comments">2 commentaires</a></span>'
        "</footer></article>"
        '<nav class="navigation post-navigation" aria-label="Publications"><h2 class="screen-'
        'reader-text">Navigation de l’article</h2><div class="nav-links"><div class="nav-'
        'previous"><a href="/2024/02/tabouret/" rel="prev"><span class="meta-nav">Article '
        'précédent</span> Un tabouret en chêne massif</a></div><div class="nav-next"><a href='
        '"/2024/03/commode/" rel="next"><span class="meta-nav">Article suivant</span> Décaper '
        "une commode</a></div></div></nav>"
        '<div id="comments" class="comments-area"><h2 class="comments-title">2 réflexions sur '
        f"« {WP_TITLE} »</h2><ol class=\"comment-list\"><li class=\"comment\"><article class="
        '"comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class='
        '"fn">Hélène</b> <span class="says">dit :</span></div><div class="comment-metadata">'
        '<a><time datetime="2024-03-12T09:15:00+00:00">12 mars 2024 à 9 h 15 min</time></a>'
        '</div></footer><div class="comment-content"><p>Bravo, le résultat est superbe ! Tu '
        "as acheté la canne où ?</p></div><div class=\"reply\"><a class=\"comment-reply-link\">"
        "Répondre</a></div></article></li></ol>"
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-'
        'title">Laisser un commentaire</h3><form id="commentform" class="comment-form"><p class='
        '"comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont '
        'indiqués avec *</p><p class="comment-form-comment"><label>Commentaire *</label>'
        '<textarea></textarea></p><p class="form-submit"><input type="submit" value="Laisser '
        'un commentaire"></p></form></div></div></main></div>'
        f"{widgets}</div>"
        '<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://'
        'wordpress.org/">Fièrement propulsé par WordPress</a><span class="sep"> | </span>Thème '
        ": Twenty Sixteen</div></footer></div>")
    return _doc("fr", f"{WP_TITLE} &#8211; {WP_SITE}", head, body,
                body_class="post-template-default single single-post postid-812")


# ---------------------------------------------------------------- Hugo static blog (ru)

HUGO_TITLE = "Как я перенёс домашний сервер на Raspberry Pi"
HUGO_SITE = "Алексей Воронцов"
HUGO_TEXT = (
    "Старый ноутбук, который пять лет работал у меня домашним сервером, наконец сдался: "
    "вентилятор гудел так, что было слышно из соседней комнаты.",
    "Я решил перенести всё на Raspberry Pi 5 с внешним SSD и заодно навести порядок в "
    "сервисах, которые накопились за эти годы.",
)
HUGO_HEAD1 = "Что было на сервере"
HUGO_LIST = ("резервные копии фотографий", "менеджер паролей", "RSS-читалка")
HUGO_HEAD2 = "Перенос данных"
HUGO_TEXT2 = (
    "Данные я переносил командой rsync по локальной сети; фотографии заняли почти всю ночь.",
)
HUGO_CODE = "rsync -aHAX --info=progress2 /srv/ pi@192.168.1.20:/srv/"
HUGO_TEXT3 = (
    "После переноса сервер потребляет около пяти ватт вместо сорока, и в комнате стало "
    "тихо.",
)
HUGO_FOOTNOTE = "Точнее, 4,8 Вт в простое по показаниям розеточного ваттметра."


def hugo() -> str:
    """A Hugo blog (PaperMod-like theme): the author's name as the site, the date line of
    the front matter ("12 февраля 2025 · 4 мин · Алексей Воронцов"), a table of contents, a
    code block, a footnote, "Теги:", "Предыдущая / Следующая", "Редактировать на GitHub"."""
    head = (f'<meta name="author" content="{HUGO_SITE}">'
            '<meta name="generator" content="Hugo 0.123.7">'
            + _og(HUGO_TITLE, HUGO_SITE)
            + '<meta property="article:published_time" content="2025-02-12T21:00:00+03:00">'
            + ld({"@context": "https://schema.org", "@type": "BlogPosting",
                  "headline": HUGO_TITLE, "datePublished": "2025-02-12T21:00:00+03:00",
                  "author": {"@type": "Person", "name": HUGO_SITE}}))
    body = (
        '<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h">'
        f'{HUGO_SITE}</a></div><ul id="menu"><li><a href="/posts/"><span>Записи</span></a></li>'
        '<li><a href="/tags/"><span>Теги</span></a></li><li><a href="/about/"><span>Обо мне'
        '</span></a></li></ul></nav></header><main class="main"><article class="post-single">'
        '<header class="post-header"><div class="breadcrumbs"><a href="/">Главная</a>&nbsp;»'
        f'&nbsp;<a href="/posts/">Записи</a></div><h1 class="post-title entry-hint-parent">'
        f'{HUGO_TITLE}</h1><div class="post-meta"><span title="2025-02-12 21:00:00 +0300 MSK">'
        f"12 февраля 2025</span>&nbsp;·&nbsp;4 мин&nbsp;·&nbsp;{HUGO_SITE}&nbsp;|&nbsp;<a href="
        '"https://github.com/avorontsov/blog/tree/main/content/posts/pi.md" rel="noopener '
        'noreferrer" target="_blank">Предложить изменения</a></div></header>'
        '<div class="toc"><details><summary accesskey="c"><span class="details">Содержание'
        '</span></summary><div class="inner"><ul><li><a href="#что-было-на-сервере">'
        f'{HUGO_HEAD1}</a></li><li><a href="#перенос-данных">{HUGO_HEAD2}</a></li></ul></div>'
        '</details></div><div class="post-content">'
        f"{paragraphs(HUGO_TEXT)}<h2 id=\"что-было-на-сервере\">{HUGO_HEAD1}</h2><ul>"
        + "".join(f"<li>{i}</li>" for i in HUGO_LIST)
        + f'</ul><h2 id="перенос-данных">{HUGO_HEAD2}</h2>{paragraphs(HUGO_TEXT2)}'
        '<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-sh" '
        f'data-lang="sh"><span class="line"><span class="cl">{HUGO_CODE}\n</span></span></code>'
        f'</pre></div><p>{HUGO_TEXT3[0]}<sup id="fnref:1"><a href="#fn:1" class="footnote-ref"'
        ' role="doc-noteref">1</a></sup></p>'
        '<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1"><p>'
        f'{HUGO_FOOTNOTE}&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">'
        "&#x21a9;&#xfe0e;</a></p></li></ol></div></div>"
        '<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/raspberry-pi/">'
        'raspberry-pi</a></li><li><a href="/tags/selfhosted/">selfhosted</a></li></ul>'
        '<nav class="paginav"><a class="prev" href="/posts/nas/"><span class="title">« '
        'Предыдущая</span><br><span>Выбираю NAS для дома</span></a><a class="next" href="/posts/'
        'vpn/"><span class="title">Следующая »</span><br><span>WireGuard за десять минут</span>'
        '</a></nav><div class="share-buttons"><a aria-label="share on telegram">tg</a></div>'
        "</footer></article></main>"
        f'<footer class="footer"><span>© 2025 <a href="/">{HUGO_SITE}</a></span> · <span>'
        'Работает на <a href="https://gohugo.io/">Hugo</a> &amp; <a href="https://github.com/'
        'adityatelange/hugo-PaperMod/">PaperMod</a></span></footer>')
    return _doc("ru", f"{HUGO_TITLE} | {HUGO_SITE}", head, body,
                body_class="list dark")


# ---------------------------------------------------------------- Blogger, modern (es)

BLOGGER_TITLE = "Ruta por los pueblos blancos de Cádiz en tres días"
BLOGGER_SITE = "Mochila y cuaderno"
BLOGGER_AUTHOR = "Lucía Ferrer"
BLOGGER_TEXT = (
    "Salimos de Arcos de la Frontera un jueves por la mañana, con el coche cargado y una lista "
    "de pueblos que habíamos apuntado en una servilleta la noche anterior.",
    "El primer día fuimos hasta Grazalema por una carretera de curvas interminables. El pueblo "
    "estaba envuelto en niebla y olía a leña en cada esquina.",
    "El segundo día subimos a Zahara de la Sierra, cuyo castillo se ve desde kilómetros antes "
    "de llegar, y comimos junto al embalse.",
    "Terminamos en Setenil de las Bodegas, con sus casas metidas bajo la roca. Para volver, "
    "os recomiendo salir antes de las cinco: la carretera se llena de camiones.",
)


def blogger() -> str:
    """A modern Blogger post (Contempo/Emporio-like): the blog's name and description, the
    post header with "de Lucía Ferrer - marzo 14, 2024", the post, its labels ("Etiquetas"),
    "Compartir", "Entradas populares", "Archivo", "Con la tecnología de Blogger"."""
    head = (_og(BLOGGER_TITLE, BLOGGER_SITE)
            + '<meta content="blogger" name="generator">'
            + '<link rel="canonical" href="https://mochilaycuaderno.blogspot.com/2024/03/'
              'ruta-pueblos-blancos.html">')
    body = (
        '<div class="page"><div class="centered"><header class="centered-top-container" role='
        '"banner"><div class="centered-top"><div class="blog-name"><div class="section" id='
        '"header"><div class="widget Header"><div class="header-widget"><div><h1><a href="https:'
        f'//mochilaycuaderno.blogspot.com/">{BLOGGER_SITE}</a></h1></div><p>Viajes lentos por '
        "la península</p></div></div></div></div><nav class=\"search\"><input placeholder="
        '"Buscar este blog"></nav></div></header>'
        '<main class="centered-bottom" id="main" role="main"><div class="main section" id="page_'
        'body"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed container">'
        '<article class="post-outer-container"><div class="post-outer"><div class="post">'
        '<script type="application/ld+json">' + json.dumps({
            "@context": "http://schema.org", "@type": "BlogPosting", "headline": BLOGGER_TITLE,
            "datePublished": "2024-03-14T10:05:00-08:00",
            "dateModified": "2024-03-15T02:11:31-07:00",
            "author": {"@type": "Person", "name": BLOGGER_AUTHOR}}, ensure_ascii=False)
        + "</script>"
        f'<h3 class="post-title entry-title">{BLOGGER_TITLE}</h3>'
        '<div class="post-header"><div class="post-header-line-1"><span class="byline post-'
        f'author vcard"><span class="byline-label">de</span><span class="fn">{BLOGGER_AUTHOR}'
        '</span></span><span class="byline post-timestamp"><meta content="https://mochilay'
        'cuaderno.blogspot.com/2024/03/ruta-pueblos-blancos.html"><a class="timestamp-link" '
        'href="/2024/03/ruta-pueblos-blancos.html"><time class="published" datetime="2024-03-'
        '14T10:05:00-08:00" title="2024-03-14T10:05:00-08:00">marzo 14, 2024</time></a></span>'
        '</div></div><div class="post-body entry-content float-container" id="post-body-'
        f'7712">{"<br><br>".join(BLOGGER_TEXT)}</div>'
        '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><div class='
        '"byline post-share-buttons goog-inline-block"><div class="share-button-link-text">'
        "Compartir</div><ul class=\"share-buttons\"><li><a>Obtener enlace</a></li><li><a>Facebook"
        '</a></li><li><a>X</a></li><li><a>Correo electrónico</a></li></ul></div></div>'
        '<div class="post-footer-line post-footer-line-2"><span class="byline post-labels">'
        '<span class="byline-label">Etiquetas:</span><a href="/search/label/Andaluc%C3%ADa" '
        'rel="tag">Andalucía</a><a href="/search/label/ruta" rel="tag">ruta en coche</a></span>'
        '</div></div></div></div><section class="comments" id="comments"><h3 class="title">'
        'Comentarios</h3><div class="comment-thread"><ol><li class="comment"><div class="comment-'
        'block"><div class="comment-header"><cite class="user">Andrés</cite><span class="datetime'
        '"><a>15 de marzo de 2024, 9:12</a></span></div><p class="comment-content">¡Qué buena '
        "ruta! Nosotros hicimos algo parecido en otoño y nos faltó Setenil.</p><span class="
        '"comment-actions"><a>Responder</a><a>Eliminar</a></span></div></li></ol></div>'
        '<div class="comment-footer"><a>Publicar un comentario</a></div></section>'
        "</article></div></div></div></main>"
        '<aside class="sidebar-container" role="complementary"><div class="sidebar section">'
        '<div class="widget Profile"><h3 class="title">Datos personales</h3><a>'
        f'{BLOGGER_AUTHOR}</a><a>Ver todo mi perfil</a></div><div class="widget PopularPosts">'
        '<h3 class="title">Entradas populares</h3><div class="post"><a href="/2023/11/picos.html"'
        '>Cinco días en los Picos de Europa</a></div><div class="post"><a href="/2023/08/'
        'cabo.html">Cabo de Gata sin coche</a></div></div><div class="widget BlogArchive"><h3 '
        'class="title">Archivo</h3><ul><li><a>marzo 2024</a> (2)</li><li><a>febrero 2024</a> '
        "(1)</li></ul></div><div class=\"widget Attribution\"><a href=\"https://www.blogger.com\">"
        "Con la tecnología de Blogger</a></div></div></aside></div></div>")
    return _doc("es", f"{BLOGGER_SITE}: {BLOGGER_TITLE}", head, body,
                body_class="version-1-3-3 variant-indie_light")


# ---------------------------------------------------------------- Tumblr text post (en)

TUMBLR_TITLE = "On keeping a paper diary for ten years"
TUMBLR_BLOG = "inkandoats"
TUMBLR_TEXT = (
    "I started the first notebook on a train in 2014 because my phone had died and I had "
    "nothing else to do for three hours.",
    "Ten years and thirty-one notebooks later, the diaries are the only record I trust. "
    "Photos get lost in migrations between phones; the paper stays on the shelf.",
    "The trick, if there is one, is to write something every day, even if it is one line "
    "about the weather and what you had for lunch.",
)


def tumblr() -> str:
    """A Tumblr text post in a blog's theme: the blog's name and avatar, the post's title
    and text, its tags, "1,204 notes", reblog and like buttons, the notes list (likes and
    reblogs by other blogs), the theme's pager."""
    head = (_og(TUMBLR_TITLE, "Tumblr")
            + '<meta property="og:type" content="tumblr-feed:entry">'
            + f'<meta name="description" content="{TUMBLR_TEXT[0]}">'
            + '<meta property="article:published_time" content="2024-06-02T19:44:10Z">')
    notes = "".join(
        f'<li class="note {kind}"><a class="avatar_frame"><img></a><span class="action">'
        f'<a href="https://{who}.tumblr.com/">{who}</a> {verb}</span></li>'
        for who, kind, verb in (("paperfox", "like", "liked this"),
                                ("mintleaf-notes", "reblog", "reblogged this from inkandoats"),
                                ("quietmornings", "like", "liked this")))
    body = (
        f'<div id="header"><a href="/"><img class="avatar" alt="{TUMBLR_BLOG}"></a><h1><a href='
        f'"/">{TUMBLR_BLOG}</a></h1><p class="description">notebooks, porridge, slow mornings</p>'
        '<ul class="nav"><li><a href="/archive">Archive</a></li><li><a href="/ask">Ask me '
        "anything</a></li></ul></div>"
        '<div id="posts"><article class="post text"><div class="post-content">'
        f'<h2 class="title">{TUMBLR_TITLE}</h2>'
        f'<div class="body">{paragraphs(TUMBLR_TEXT)}</div></div>'
        '<footer class="post-meta"><ul class="tags"><li><a href="/tagged/diary">#diary</a></li>'
        '<li><a href="/tagged/stationery">#stationery</a></li><li><a href="/tagged/long post">'
        '#long post</a></li></ul><div class="meta"><a class="date" href="/post/75122">Jun 2nd, '
        '2024</a><a class="notecount" href="/post/75122#notes">1,204 notes</a><a class="reblog"'
        ' href="/reblog/75122">reblog</a><a class="like">like</a></div></footer>'
        f'<section id="notes"><ol class="notes">{notes}</ol><a class="more_notes_link">Show more '
        "notes</a></section></article></div>"
        '<div id="pagination"><a href="/page/2">Older posts</a></div>'
        '<div id="tumblr_controls"><a>Follow</a><a>Dashboard</a><a>Sign up</a></div>'
        '<div id="footer"><p>Theme by <a>glenthemes</a> · Powered by Tumblr</p></div>')
    return _doc("en", f"{TUMBLR_BLOG} — {TUMBLR_TITLE}", head, body, body_class="tumblr")


# ---------------------------------------------------------------- dev.to-like (pt)

DEV_TITLE = "Filas com PostgreSQL: SKIP LOCKED na prática"
DEV_AUTHOR = "Rafael Moreira"
DEV_TEXT = (
    "Muita gente instala um broker de mensagens só para ter uma fila de tarefas, quando o "
    "banco que já está em produção resolve o problema com uma linha de SQL.",
    "A cláusula SKIP LOCKED faz cada worker pegar uma linha que nenhum outro está "
    "processando, sem esperar pelos bloqueios dos demais.",
)
DEV_HEAD = "A consulta do worker"
DEV_CODE = "SELECT id, payload FROM jobs WHERE done = false"
DEV_TEXT2 = (
    "Com três workers e cem mil tarefas, a fila processou tudo em quatro minutos, sem nenhuma "
    "tarefa executada duas vezes.",
)


def devto() -> str:
    """A dev.to-like article (Forem): the cover, the author's line "Publicado em 3 de abr.",
    the tags, reactions and the reading-list button, the series navigation, code blocks, the
    author's card, "Top comments", "Read next"."""
    head = (_og(DEV_TITLE, "DEV Community")
            + ld({"@context": "http://schema.org", "@type": "Article",
                  "mainEntityOfPage": {"@type": "WebPage", "@id": "https://dev.example/r/x"},
                  "headline": DEV_TITLE, "datePublished": "2025-04-03T12:40:11Z",
                  "dateModified": "2025-04-04T08:00:00Z",
                  "author": {"@type": "Person", "name": DEV_AUTHOR, "url": "https://dev."
                             "example/rafaelm"},
                  "publisher": {"@type": "Organization", "name": "DEV Community"}}))
    series = ('<nav class="series-switcher"><p>Filas sem broker (Série de 3 partes)</p><ol>'
              '<li><a href="/rafaelm/p1">1 Por que não usar um broker</a></li>'
              '<li class="current">2 Filas com PostgreSQL: SKIP LOCKED na prática</li>'
              '<li><a href="/rafaelm/p3">3 Reprocessando tarefas com falha</a></li></ol></nav>')
    body = (
        '<header class="crayons-header"><a class="site-logo" href="/">DEV Community</a><form>'
        '<input placeholder="Search..."></form><a href="/enter">Log in</a><a href="/enter?state'
        '=new-user">Create account</a></header>'
        '<div class="crayons-layout"><aside class="crayons-layout__sidebar-left"><div class='
        '"article-actions"><button id="reaction-butt-like"><span class="count">87</span></button>'
        '<button id="reaction-butt-comment"><span>14</span></button><button id="reaction-butt-'
        'readinglist"><span>Save</span><span class="count">52</span></button></div></aside>'
        '<main id="main-content"><article id="article-show-container" class="crayons-card">'
        '<header class="crayons-article__header"><div class="crayons-article__cover"><img></div>'
        '<div class="crayons-article__header__meta"><div class="flex"><a href="/rafaelm"><img '
        f'class="crayons-avatar__image" alt="{DEV_AUTHOR}"></a><div><a class="crayons-link" '
        f'href="/rafaelm">{DEV_AUTHOR}</a><p>Publicado em <time datetime="2025-04-03T12:40:11Z">'
        "3 de abr.</time></p></div></div>"
        '<div class="crayons-article__subheader"><span>87 reações</span></div>'
        f'<h1 class="fs-3xl">{DEV_TITLE}</h1><div class="spec__tags"><a href="/t/postgres">'
        '<span>#</span>postgres</a><a href="/t/sql"><span>#</span>sql</a><a href="/t/'
        'braziliandevs"><span>#</span>braziliandevs</a></div></div></header>'
        f'<div class="crayons-article__main">{series}<div class="crayons-article__body text-'
        f'styles spec__body" id="article-body">{paragraphs(DEV_TEXT)}<h2><a name="consulta" href="#'
        f'consulta"></a>{DEV_HEAD}</h2><div class="highlight js-code-highlight"><pre class='
        f'"highlight sql"><code>{DEV_CODE}\nORDER BY id\nFOR UPDATE SKIP LOCKED\nLIMIT 1;\n'
        '</code></pre><div class="highlight__panel js-actions-panel"><button class="highlight-'
        'action">Enter fullscreen mode</button><button>Exit fullscreen mode</button></div></div>'
        f"{paragraphs(DEV_TEXT2)}</div>{series}</div>"
        '<section id="comments" class="text-padding"><header><h2>Top comments (14)</h2></header>'
        '<div class="comment"><a>Beatriz Lima</a><time>abr. 3</time><div class="comment__body">'
        "<p>Usamos isso há dois anos em produção e nunca tivemos problema.</p></div><button>"
        "Like</button><button>Reply</button></div></section></article>"
        '<section class="crayons-card"><h2>Read next</h2><a><h3>Índices parciais no Postgres'
        "</h3><p>Carla Dias - mar 2</p></a></section></main>"
        '<aside class="crayons-layout__sidebar-right"><div class="crayons-card author-card">'
        f'<a>{DEV_AUTHOR}</a><button>Follow</button><p>Backend em Belo Horizonte. Gosto de '
        'bancos de dados chatos.</p><ul><li><div class="key">Location</div><div class="value">'
        'Belo Horizonte</div></li><li><div class="key">Joined</div><div class="value">Oct 12, '
        "2019</div></li></ul></div><div class=\"crayons-card\"><h3>More from <a>Rafael Moreira"
        "</a></h3><a>Por que não usar um broker</a></div></aside></div>"
        '<footer class="crayons-footer"><p>DEV Community — A constructive and inclusive social '
        "network for software developers.</p><a>Code of Conduct</a><a>Privacy Policy</a>"
        "<p>Made with love and Ruby on Rails. DEV Community © 2016 - 2025.</p></footer>")
    return _doc("pt", f"{DEV_TITLE} - DEV Community", head, body)


# ---------------------------------------------------------------- LinkedIn-like article (tr)

LI_TITLE = "Küçük bir ekip uzaktan nasıl yönetilir?"
LI_AUTHOR = "Elif Yıldırım"
LI_TEXT = (
    "Dört yıldır altı kişilik bir yazılım ekibini üç farklı şehirden yönetiyorum ve en çok "
    "sorulan soru hep aynı: Herkesin ne yaptığını nasıl biliyorsun?",
    "Cevabım basit: Bilmiyorum, ve bilmek zorunda da değilim. Ekibin her hafta neyi teslim "
    "edeceğini birlikte yazıyoruz; gerisi onların işi.",
    "Toplantıları haftada ikiye indirdik. Biri planlama, diğeri sadece sorunlar için. Geri "
    "kalan her şey yazılı yürüyor.",
)


def linkedin() -> str:
    """A LinkedIn-like article page: the author's card with headline and "Takip et", the
    date, reactions and comments counts, "Beğen · Yorum yap · Paylaş", "Diğer makaleler",
    the sign-in wall and the footer."""
    head = (_og(LI_TITLE, "LinkedIn")
            + ld({"@context": "http://schema.org", "@type": "Article", "name": LI_TITLE,
                  "headline": LI_TITLE, "datePublished": "2024-10-07T06:15:00.000+00:00",
                  "author": {"@type": "Person", "name": LI_AUTHOR,
                             "url": "https://tr.linkedin.example/in/elifyildirim"},
                  "publisher": {"@type": "Organization", "name": "LinkedIn"}}))
    body = (
        '<header class="nav"><a class="nav__logo-link">LinkedIn</a><a>Makaleler</a><a>Kişiler'
        "</a><a>Öğrenme</a><a>İş İlanları</a><a class=\"nav__button-secondary\">Hemen katılın"
        '</a><a class="nav__button-tertiary">Oturum açın</a></header>'
        '<main class="main"><article class="article-main"><div class="cover-img"><img></div>'
        f'<h1 class="article-title">{LI_TITLE}</h1>'
        '<div class="author-info"><a class="author-info__link"><img alt=""></a><div><h3 class='
        f'"author-info__name">{LI_AUTHOR}</h3><h4 class="author-info__headline">Mühendislik '
        "Müdürü · Ankara</h4></div><a class=\"follow\">Takip et</a></div>"
        '<div class="published-date"><time>Yayınlanma tarihi: 7 Eki 2024</time></div>'
        '<div class="article-main__content" data-test-id="article-content-blocks">'
        f"{paragraphs(LI_TEXT)}"
        "</div>"
        '<div class="social-details"><span class="reactions-count">214</span><a>31 Yorum</a>'
        '</div><div class="social-actions"><button>Beğen</button><button>Yorum yap</button>'
        '<button>Paylaş</button></div></article>'
        '<section class="more-articles"><h2>Elif Yıldırım adlı kullanıcının diğer makaleleri'
        '</h2><ul><li><a>İşe alım mülakatında sorduğum üç soru</a><p>12 Haz 2024</p></li>'
        "<li><a>Kod incelemesi bir öğretmenlik işidir</a><p>3 Mar 2024</p></li></ul></section>"
        '<section class="signin-wall"><h2>Oturum açarak daha fazlasını görün</h2><a>Hemen '
        "katılın</a></section></main>"
        '<footer class="li-footer"><ul><li>© 2025</li><li><a>Hakkında</a></li><li><a>Gizlilik '
        "Politikası</a></li><li><a>Çerez Politikası</a></li></ul></footer>")
    return _doc("tr", f"{LI_TITLE} | LinkedIn", head, body)


# ---------------------------------------------------------------- Mastodon post (ja)

MASTO_AUTHOR = "佐藤みどり"
MASTO_POST = ("今朝、近所の川でカワセミを見ました。三年通って初めてです。青い背中が水面すれすれに"
              "飛んでいって、写真を撮る暇もありませんでした。明日も同じ時間に行ってみます。")
MASTO_REPLY = "おめでとうございます！うちの近くでは冬の朝によく見かけます。"


def mastodon() -> str:
    """A Mastodon post page as served to a browser without scripts: the instance's chrome,
    the post ("detailed status") with its author, time, boosts and favourites, one reply
    below. The post is the main content; the reply is a comment."""
    head = ('<meta property="og:site_name" content="mstdn.example">'
            f'<meta property="og:title" content="{MASTO_AUTHOR} (@midori@mstdn.example)">'
            f'<meta property="og:description" content="{MASTO_POST}">'
            '<meta property="og:type" content="article">'
            '<meta property="og:published_time" content="2025-01-19T22:41:07Z">'
            f'<meta property="profile:username" content="midori@mstdn.example">')
    body = (
        '<div class="app-holder" id="mastodon"><div class="columns-area__panels"><div class='
        '"columns-area__panels__pane--start"><div class="navigation-panel"><a href="/explore">'
        "探索する</a><a href=\"/public/local\">ライブフィード</a><a href=\"/auth/sign_in\">ログイン"
        '</a><a href="/auth/sign_up">アカウント作成</a></div></div>'
        '<div class="columns-area__panels__main"><div class="column"><div class="scrollable">'
        '<div class="focusable detailed-status__wrapper"><div class="detailed-status"><a class='
        '"detailed-status__display-name" href="/@midori"><div class="account__avatar"><img>'
        f'</div><span class="display-name"><bdi><strong class="display-name__html">{MASTO_AUTHOR}'
        '</strong></bdi><span class="display-name__account">@midori@mstdn.example</span></span>'
        f'</a><div class="status__content"><div class="status__content__text" lang="ja"><p>'
        f"{MASTO_POST}</p></div></div>"
        '<div class="detailed-status__meta"><a class="detailed-status__datetime" href="/@midori/'
        '1137"><time datetime="2025-01-19T22:41:07.000Z">2025年1月20日 07:41</time></a> · '
        '<span>Web</span> · <a class="detailed-status__link"><span>48</span> ブースト</a> · '
        '<a class="detailed-status__link"><span>212</span> お気に入り</a></div></div>'
        '<div class="detailed-status__action-bar"><button aria-label="返信">返信</button><button'
        ' aria-label="ブースト">ブースト</button><button aria-label="お気に入り">お気に入り'
        "</button></div></div>"
        '<div class="status__wrapper"><div class="status"><a class="status__display-name"><span'
        ' class="display-name"><strong>野鳥の会・北支部</strong><span>@yachou@birds.example'
        '</span></span></a><time>1月20日</time><div class="status__content"><p>'
        f"<span class=\"h-card\"><a class=\"u-url mention\">@<span>midori</span></a></span> "
        f"{MASTO_REPLY}</p></div><div class=\"status__action-bar\"><button>返信</button>"
        "<button>ブースト</button><span>3</span></div></div></div></div></div></div>"
        '<div class="columns-area__panels__pane--end"><div class="server-banner"><p>mstdn.example'
        "は自然と写真が好きな人のためのサーバーです。</p><a>サーバーについて</a><a>プライバシー"
        "ポリシー</a></div></div></div></div>")
    return _doc("ja", f"{MASTO_AUTHOR}: 「今朝、近所の川でカワセミを見ました。」 - mstdn.example",
                head, body, body_class="app-body")


# ---------------------------------------------------------------- newsletter archive (ar)

NL_TITLE = "نشرة الأحد: كيف نقرأ أكثر في زمن الهاتف"
NL_SITE = "دفتر القراءة"
NL_AUTHOR = "ليلى منصور"
NL_TEXT = (
    "مرحبًا بكم في عدد هذا الأسبوع. سألني كثير منكم كيف أقرأ كتابًا كل أسبوع مع عمل كامل "
    "وطفلين، فقررت أن أخصص هذا العدد للإجابة.",
    "السر ليس في السرعة بل في المكان: أترك كتابًا في كل غرفة، وأقرأ عشر صفحات كلما انتظرت "
    "شيئًا، بدل أن أفتح الهاتف.",
    "جربوا ذلك أسبوعًا واحدًا، ثم اكتبوا لي كم صفحة قرأتم. سأنشر أجمل الردود في العدد القادم.",
)
NL_PICK_HEAD = "كتاب الأسبوع"
NL_PICK = "رواية قصيرة عن ساعي بريد في قرية جبلية، تُقرأ في جلستين وتبقى معك طويلًا."


def newsletter() -> str:
    """A newsletter issue's web archive (Mailchimp-like): "عرض في المتصفح" above, the email
    layout tables (logo, preheader, body cells, a button), the issue's date, the footer's
    "إلغاء الاشتراك" and "تحديث التفضيلات", the sender's address, the "Mailchimp" badge."""
    cell = ('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
            '<tr><td class="mcnTextContent" style="padding:9px 18px;font-family:Tahoma;'
            'font-size:16px;line-height:150%;text-align:right">{}</td></tr></table>')
    head = ('<meta property="og:title" content="' + NL_TITLE + '">'
            '<meta property="og:type" content="website">'
            '<style>table{border-collapse:collapse}</style>')
    body = (
        '<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%"'
        ' width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">'
        '<table border="0" cellpadding="0" cellspacing="0" width="600" class="templateContainer">'
        '<tr><td valign="top" id="templatePreheader"><table class="mcnTextBlock"><tr><td class='
        '"mcnTextContent" style="font-size:11px">كتاب في كل غرفة | <a href="https://us5.campaign-'
        'archive.example/?u=a1&amp;id=b2">عرض هذه الرسالة في المتصفح</a></td></tr></table></td>'
        '</tr><tr><td valign="top" id="templateHeader"><table class="mcnImageBlock"><tr><td>'
        f'<img alt="{NL_SITE}" width="200"></td></tr></table></td></tr>'
        '<tr><td valign="top" id="templateBody">'
        + cell.format(f"<h1>{NL_TITLE}</h1><p><em>العدد ٤٢ · ١٦ فبراير ٢٠٢٥</em></p>")
        + cell.format(paragraphs(NL_TEXT))
        + cell.format(f"<h2>{NL_PICK_HEAD}</h2><p>{NL_PICK}</p>")
        + cell.format(f"<p>إلى الأحد القادم،<br>{NL_AUTHOR}</p>")
        + '<table class="mcnButtonBlock"><tr><td align="center"><a class="mcnButton" href="#">'
        "أرسل النشرة لصديق</a></td></tr></table></td></tr>"
        '<tr><td valign="top" id="templateFooter"><table class="mcnFollowBlock"><tr><td><a>'
        "تويتر</a> <a>إنستغرام</a> <a>الموقع</a></td></tr></table>"
        '<table class="mcnTextBlock"><tr><td class="mcnTextContent" style="font-size:12px"><em>'
        f"حقوق النشر © 2025 {NL_SITE}، جميع الحقوق محفوظة.</em><br>وصلتك هذه الرسالة لأنك "
        "اشتركت في النشرة عبر موقعنا.<br><br><strong>عنواننا البريدي:</strong><br>ص.ب ١٢٣٤، "
        "عمّان، الأردن<br><br>هل تريد تغيير طريقة وصول الرسائل إليك؟<br>يمكنك <a>تحديث "
        "تفضيلاتك</a> أو <a>إلغاء الاشتراك</a>.</td></tr></table>"
        '<table><tr><td><a href="https://mailchimp.example/"><img alt="Intuit Mailchimp">'
        "</a></td></tr></table></td></tr></table></td></tr></table></center>")
    return _doc("ar", NL_TITLE, head, body)


# ---------------------------------------------------------------- WordPress, "by admin" (en)

ADMIN_TITLE = "Five things we learned running a repair café"
ADMIN_SITE = "Mend Street"
ADMIN_TEXT = (
    "Our repair café opened in the church hall two years ago with three volunteers, a box of "
    "screwdrivers and a sign that said bring us what is broken.",
    "Since then we have looked at more than nine hundred items, from toasters to teddy bears, "
    "and fixed a little over six in ten of them.",
    "The first lesson was that people do not only come to have things fixed. They come to "
    "watch, to learn, and to have a cup of tea with someone who listens.",
    "The second was that the hardest repairs are not electrical. Zips, hems and wobbly chair "
    "legs take longer than any lamp, and need more patience.",
)
ADMIN_BIO = ("Mend Street is run by volunteers in Hollybank. We meet on the first Saturday of "
             "every month and welcome anyone who likes fixing things.")


def wordpress_admin() -> str:
    """A self-hosted WordPress post in a block theme whose byline names the account
    ("Posted on March 3, 2025 by admin"), an "About the author" box after the post, a
    webmention list ("3 Likes", "1 Mention"), "Previous post / Next post"."""
    head = (_og(ADMIN_TITLE, ADMIN_SITE)
            + '<meta property="article:published_time" content="2025-03-03T10:00:00+00:00">'
            + '<meta name="author" content="admin">')
    body = (
        f'<header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/">'
        f'{ADMIN_SITE}</a></p><nav class="wp-block-navigation"><ul><li><a href="/events/">Events'
        '</a></li><li><a href="/volunteer/">Volunteer</a></li><li><a href="/donate/">Donate</a>'
        '</li></ul></nav></header><main class="wp-block-group"><article class="post-41 post '
        f'type-post hentry"><h1 class="wp-block-post-title">{ADMIN_TITLE}</h1>'
        '<div class="entry-meta">Posted on <time class="entry-date published" datetime="2025-03-'
        '03T10:00:00+00:00">March 3, 2025</time> by <span class="author vcard"><a class="url fn '
        'n" href="/author/admin/">admin</a></span></div>'
        f'<div class="entry-content wp-block-post-content">{paragraphs(ADMIN_TEXT)}</div>'
        '<div class="author-box"><img class="avatar" alt=""><h4 class="author-title">About the '
        f'author</h4><p class="author-description">{ADMIN_BIO}</p><a href="/author/admin/">View '
        "all posts</a></div>"
        '<section class="webmentions"><h3>Webmentions</h3><p class="webmention-count">3 Likes · '
        '1 Mention</p><ul class="webmention-likes"><li><a href="https://a.example/"><img alt='
        '"Ana"></a></li><li><a href="https://b.example/"><img alt="Ben"></a></li></ul><ol '
        'class="webmention-list"><li class="webmention"><a href="https://c.example/">Carl</a> '
        'mentioned this in <a href="https://c.example/2025/03/links">Weekly links #40</a></li>'
        "</ol></section>"
        '<nav class="post-navigation"><div class="nav-previous"><a href="/2025/02/toasters/" rel='
        '"prev">← Why toasters break</a></div><div class="nav-next"><a href="/2025/03/zips/" rel='
        '"next">How to replace a zip →</a></div></nav></article></main>'
        '<footer class="wp-block-template-part"><p>Proudly powered by WordPress</p><p>© 2025 '
        f"{ADMIN_SITE}</p></footer>")
    return _doc("en", f"{ADMIN_TITLE} &#8211; {ADMIN_SITE}", head, body,
                body_class="post-template-default single single-post")


# ---------------------------------------------------------------- Jekyll Minima (ko)

JEKYLL_TITLE = "라즈베리 파이로 만든 베란다 온도계"
JEKYLL_SITE = "김하늘의 작업 노트"
JEKYLL_TEXT = (
    "겨울마다 베란다 화분이 얼어 죽는 일이 반복되어, 남는 라즈베리 파이로 온도계를 만들기로 했다.",
    "센서는 DS18B20 방수형을 썼고, 5분마다 온도를 기록해 영하로 내려가면 휴대폰으로 알림을 보낸다.",
    "한 달 동안 써 보니 새벽 네 시쯤 가장 추웠고, 창문을 닫아 두면 바깥보다 평균 6도 정도 높았다.",
)
JEKYLL_CODE = "temp = int(raw.split('t=')[1]) / 1000"


def jekyll_ko() -> str:
    """A Jekyll blog in the Minima theme: the site's title (the author's name), the post's
    date line "2025년 1월 5일", a code block, "GitHub에서 이 페이지 편집", webmentions, the
    footer's feed and contact links."""
    head = (ld({"@context": "https://schema.org", "@type": "BlogPosting",
                "headline": JEKYLL_TITLE, "datePublished": "2025-01-05T21:10:00+09:00",
                "author": {"@type": "Person", "name": "김하늘"}})
            + f'<meta property="og:site_name" content="{JEKYLL_SITE}">'
            + '<meta name="generator" content="Jekyll v4.3.3">')
    body = (
        f'<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" '
        f'rel="author" href="/">{JEKYLL_SITE}</a><nav class="site-nav"><div class="trigger">'
        '<a class="page-link" href="/about/">소개</a><a class="page-link" href="/archive/">'
        "글 목록</a></div></nav></div></header>"
        '<main class="page-content" aria-label="Content"><div class="wrapper"><article class='
        '"post h-entry" itemscope itemtype="http://schema.org/BlogPosting"><header class="post-'
        f'header"><h1 class="post-title p-name" itemprop="name headline">{JEKYLL_TITLE}</h1>'
        '<p class="post-meta"><time class="dt-published" datetime="2025-01-05T21:10:00+09:00" '
        'itemprop="datePublished">2025년 1월 5일</time> • <span itemprop="author" itemscope '
        'itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">김하늘'
        '</span></span></p></header><div class="post-content e-content" itemprop="articleBody">'
        f"{paragraphs(JEKYLL_TEXT[:2])}"
        '<div class="language-python highlighter-rouge"><div class="highlight"><pre class="'
        f'highlight"><code>{JEKYLL_CODE}\n</code></pre></div></div>'
        f"<p>{JEKYLL_TEXT[2]}</p></div>"
        '<p class="edit"><a href="https://github.com/haneul/haneul.github.io/edit/main/_posts/'
        '2025-01-05-thermometer.md">GitHub에서 이 페이지 편집</a></p>'
        '<div class="webmentions"><h2>웹멘션</h2><p>좋아요 4 · 공유 2</p></div>'
        '<a class="u-url" href="/2025/01/05/thermometer.html" hidden></a></article></div></main>'
        '<footer class="site-footer h-card"><div class="wrapper"><h2 class="footer-heading">'
        f'{JEKYLL_SITE}</h2><ul class="contact-list"><li class="p-name">김하늘</li><li><a class='
        '"u-email" href="mailto:haneul@example.kr">haneul@example.kr</a></li></ul><p>라즈베리 '
        '파이와 화분과 고양이에 대해 씁니다.</p><p><a href="/feed.xml">RSS 구독</a></p></div>'
        "</footer>")
    return _doc("ko", f"{JEKYLL_TITLE} | {JEKYLL_SITE}", head, body)


# ---------------------------------------------------------------- WeChat-like article (zh)

WX_TITLE = "我们在山里办了一所夜校"
WX_ACCOUNT = "山野读书会"
WX_AUTHOR = "林晓"
WX_TEXT = (
    "去年秋天，我们在村口的旧粮站里办起了一所夜校，每周二和周四晚上七点开课。",
    "第一晚只来了六个人，大多是在镇上打工、周末才回家的年轻人。到了冬天，教室里已经坐满了三十多人。",
    "课程是大家一起定的：识字、手机拍照、记账，还有村里老人最想学的普通话。",
    "夜校没有学费，桌椅是小学淘汰下来的，黑板是木匠刘师傅用门板刷漆做的。",
)


def wechat() -> str:
    """An article of a WeChat official account as the web shows it: "原创", the author and
    the account's name, the date, the text in `#js_content`, "阅读原文", "阅读 1.2万",
    "喜欢此内容的人还喜欢", "微信扫一扫关注该公众号"."""
    head = (f'<meta property="og:title" content="{WX_TITLE}">'
            '<meta property="og:type" content="article">'
            f'<meta name="author" content="{WX_AUTHOR}">'
            f'<meta property="og:description" content="{WX_TEXT[0]}">')
    body = (
        '<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-'
        'content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">'
        f'<h1 class="rich_media_title" id="activity-name">{WX_TITLE}</h1>'
        '<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class='
        '"rich_media_meta rich_media_meta_text meta_tag_text">原创</span><span class="rich_media'
        f'_meta rich_media_meta_text">{WX_AUTHOR}</span><span class="rich_media_meta rich_media_'
        f'meta_nickname" id="profileBt"><a id="js_name">{WX_ACCOUNT}</a></span><em id="publish_'
        'time" class="rich_media_meta rich_media_meta_text">2024-11-18 20:30</em><em id="js_ip_'
        'wording_wrp" class="rich_media_meta rich_media_meta_text">发表于云南</em></div>'
        '<div class="rich_media_content js_underline_content" id="js_content" style="visibility:'
        ' visible;">'
        + "".join(f'<section style="margin-bottom:16px"><span style="font-size:15px">{t}</span>'
                  "</section>" for t in WX_TEXT)
        + '</div><div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文'
        '</a><div class="media_tool_meta"><span id="readNum3">阅读 1.2万</span><span id="like3">'
        '赞 356</span><span>在看 48</span></div></div></div></div>'
        '<div class="rich_media_extra"><h3>喜欢此内容的人还喜欢</h3><ul><li><a>乡村图书馆的'
        "第一个冬天</a></li><li><a>我们怎样给老人教手机</a></li></ul></div>"
        '<div class="qr_code_pc"><img><p>微信扫一扫<br>关注该公众号</p></div></div></div>')
    return _doc("zh", WX_TITLE, head, body)
