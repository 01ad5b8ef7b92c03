"""Pages of six kinds (forum, documentation, product, service, listing, collection) built
the way common platforms print them, each inside the platform's chrome (a cookie banner, a
menu, a login link, breadcrumbs, a sidebar, a footer), in several languages and scripts.
All text is invented here; no page of a dataset is copied. `tests/test_platform_pages.py`
states what each page's main content is, as WCXB annotates such pages, and its type."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime

import pytest

import newsclean

CHROME = {
    "en": ("We use cookies to improve your experience.", "Accept all", "Log in", "Sign up",
           "Home", "Popular", "All rights reserved.", "Privacy policy", "Terms of use"),
    "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Alle akzeptieren",
           "Anmelden", "Registrieren", "Startseite", "Beliebt", "Alle Rechte vorbehalten.",
           "Datenschutz", "Impressum"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter",
           "Se connecter", "S'inscrire", "Accueil", "Populaire", "Tous droits réservés.",
           "Confidentialité", "Mentions légales"),
    "es": ("Usamos cookies para mejorar tu experiencia.", "Aceptar todo", "Iniciar sesión",
           "Registrarse", "Inicio", "Popular", "Todos los derechos reservados.", "Privacidad",
           "Aviso legal"),
    "ru": ("Мы используем файлы cookie, чтобы сайт работал лучше.", "Принять", "Войти",
           "Регистрация", "Главная", "Популярное", "Все права защищены.",
           "Конфиденциальность", "Условия"),
    "ja": ("当サイトではクッキーを使用しています。", "同意する", "ログイン", "新規登録", "ホーム",
           "人気", "無断転載を禁じます。", "プライバシー", "利用規約"),
    "zh": ("本站使用Cookie来改善您的体验。", "全部接受", "登录", "注册", "首页", "热门",
           "版权所有。", "隐私政策", "使用条款"),
    "ar": ("نستخدم ملفات تعريف الارتباط لتحسين تجربتك.", "قبول الكل", "تسجيل الدخول",
           "إنشاء حساب", "الرئيسية", "الأكثر قراءة", "جميع الحقوق محفوظة.", "الخصوصية",
           "شروط الاستخدام"),
}


def chrome_lines(lang: str) -> tuple[str, ...]:
    """The chrome's own lines in `lang`, none of which is main content."""
    cookie, accept, login, signup, _, popular, rights, privacy, terms = CHROME[lang]
    return (cookie, accept, login, signup, popular, rights, privacy, terms)


def page(lang: str, title: str, main: str, *, head: str = "", crumbs: tuple[str, ...] = (),
         body_class: str = "", sidebar: bool = True, wrap: bool = True) -> str:
    """`main` inside a platform's chrome in `lang`."""
    cookie, accept, login, signup, home, popular, rights, privacy, terms = CHROME[lang]
    menu = "".join(f'<li><a href="/section-{i}/">{home} {i}</a></li>' for i in range(1, 8))
    trail = "".join(f'<li><a href="/c{i}/">{c}</a></li>' for i, c in enumerate(crumbs))
    side = "".join(f'<li><a href="/p/{i}">{popular} {i}: {title[:12]} {i * 7}</a></li>'
                   for i in range(1, 6))
    aside = (f'<aside class="sidebar widget-area"><h3>{popular}</h3><ul>{side}</ul></aside>'
             if sidebar else "")
    body = (f'<main id="main" class="site-main">{main}</main>' if wrap else main)
    rtl = ' dir="rtl"' if lang == "ar" else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"{rtl}><head><meta charset="utf-8"><title>{title}'
        f'</title>{head}</head><body class="{body_class}">'
        f'<div id="cookie-banner" class="cookie-consent" role="dialog"><p>{cookie}</p>'
        f'<button class="accept">{accept}</button></div>'
        f'<header class="site-header"><a class="logo" href="/">Nordwind</a><nav class="main-nav">'
        f'<ul>{menu}</ul></nav><div class="account"><a href="/login">{login}</a> '
        f'<a href="/register">{signup}</a></div></header>'
        + (f'<nav class="breadcrumbs" aria-label="breadcrumb"><ol><li><a href="/">{home}</a>'
           f"</li>{trail}</ol></nav>" if crumbs else "")
        + f'<div class="container">{body}{aside}</div>'
        f'<footer class="site-footer"><ul><li><a href="/privacy">{privacy}</a></li>'
        f'<li><a href="/terms">{terms}</a></li></ul><p>© 2026 Nordwind. {rights}</p></footer>'
        "</body></html>"
    )


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def paragraphs(texts: tuple[str, ...]) -> str:
    """Each text a `<p>` of its own."""
    return "".join(f"<p>{t}</p>" for t in texts)


@dataclass(frozen=True)
class Template:
    """A page, the lines its main content must hold, those it must not, and its kind."""

    html: str
    kind: str
    keep: tuple[str, ...]
    drop: tuple[str, ...] = ()
    lang: str = "en"
    headings: tuple[str, ...] = ()   # Markdown headings the output must carry
    code: tuple[str, ...] = ()       # lines the Markdown must carry inside a code fence
    rows: tuple[str, ...] = ()       # table cells the Markdown must carry in a table row
    notes: dict[str, str] = field(default_factory=dict)


def squash(text: str) -> str:
    """Whitespace runs as one space: what the checks compare."""
    return re.sub(r"\s+", " ", text)


def gap_cases(gaps: dict[str, str], names: list[str]) -> list[object]:
    """The templates as test cases, each known gap a strict xfail with its reason."""
    return [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=gaps[n]))
            if n in gaps else n for n in names]


def field_cases(
    expected: dict[str, dict[str, object]], gaps: dict[tuple[str, str], str]
) -> list[object]:
    """Each (template, metadata field) a probe states, each known gap a strict xfail with
    its reason."""
    cases = [(n, f) for n, fields in expected.items() for f in fields]
    return [pytest.param(n, f, marks=pytest.mark.xfail(strict=True, reason=gaps[n, f]))
            if (n, f) in gaps else (n, f) for n, f in cases]


def shown_field(html: str, field: str) -> object:
    """A field of the `Article` `extract()` makes of `html`, a time as its day: what the
    probes' metadata cases compare with the day the page shows."""
    got = getattr(newsclean.extract(html), field)
    return got.date() if isinstance(got, datetime) else got


def kind_problem(t: Template) -> str:
    """The page type `extract()` says, where it is none of the kinds the template may be
    ("article|service": a page open to two readings)."""
    article = newsclean.extract(t.html)
    said = article.page_type.value if article.page_type else "none"
    ok = said in t.kind.split("|")
    return "" if ok else f"{said} ({article.page_type_score:.2f}), not {t.kind}"


def template_problems(t: Template, chrome: tuple[str, ...]) -> list[str]:
    """What the default `extract()` gets wrong about a template's text and Markdown: lines
    of its main content missing, its drops or its chrome (`chrome`) kept, headings, code
    and table rows not in their Markdown form."""
    import newsclean

    article = newsclean.extract(t.html)
    text, md = squash(article.text), article.to_markdown(links=False)
    found = [f"missing: {k}" for k in t.keep if squash(k) not in text]
    found += [f"kept: {d}" for d in (*t.drop, *chrome) if d in text]
    found += [f"no heading: {h}" for h in t.headings
              if not re.search(rf"^#+ {re.escape(h)}\s*$", md, re.M)]
    fences = "\n".join(re.findall(r"```[^\n]*\n(.*?)```", md, re.S))
    found += [f"not in code: {c}" for c in t.code if c not in fences]
    found += [f"not in a table row: {r}" for r in t.rows
              if not re.search(rf"^\|.*{re.escape(r)}.*\|\s*$", md, re.M)]
    return found


# ---------------------------------------------------------------- forums

DISCOURSE_POSTS = [
    ("maren_k", "March 3, 2024, 9:12am",
     "Since the last update my greenhouse sensor reports the humidity twice an hour instead "
     "of every five minutes. Has anyone else seen the interval change on its own?"),
    ("tobias", "March 3, 2024, 10:40am",
     "Same here. The interval went back to the default after the firmware installed itself "
     "overnight, so you have to set it again in the device settings."),
    ("maren_k", "March 3, 2024, 11:02am",
     "Thank you, setting it again worked. I also switched off automatic updates for now."),
    ("lea.p", "March 4, 2024, 8:15am",
     "The release notes mention that the settings are kept from the next version onwards, "
     "so the trouble should not come back."),
]


def discourse() -> str:
    """Discourse's crawler view (what it serves without JavaScript): the topic's posts as
    schema.org Comments, each with its author, time, and a like count."""
    posts = "".join(
        f'<div id="post_{n + 1}" itemprop="{"" if n == 0 else "comment"}" itemscope '
        f'itemtype="http://schema.org/{"DiscussionForumPosting" if n == 0 else "Comment"}" '
        f'class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" '
        f'itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" '
        f'href="/u/{who}"><span itemprop="name">{who}</span></a></span><span '
        f'class="crawler-post-infos"><time itemprop="datePublished" datetime="2024-03-0{3 + n // 3}'
        f'T09:12:00Z" class="post-time">{when}</time><meta itemprop="position" content="{n + 1}">'
        f'</span></div><div class="post" itemprop="text"><p>{text}</p></div><div '
        f'itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">'
        f'<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>'
        f'<meta itemprop="userInteractionCount" content="{n + 2}" /><span '
        f"class='post-likes'>{n + 2} Likes</span></div></div>"
        for n, (who, when, text) in enumerate(DISCOURSE_POSTS)
    )
    related = "".join(
        f'<tr><td><a href="/t/topic-{i}/{i}">Sensor topic number {i} about batteries</a></td>'
        f"<td>{i * 3}</td><td>Feb {i}</td></tr>" for i in range(1, 6)
    )
    main = (
        '<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a '
        'href="/t/humidity-interval-changed/4411">Humidity interval changed after update</a>'
        '</h1><div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">'
        '<span itemprop="itemListElement"><a href="/c/sensors/5" class="badge-wrapper" '
        'itemprop="item"><span itemprop="name">Sensors</span></a></span></div></div>'
        f"{posts}"
        '<div id="related-topics" class="more-topics__list" role="complementary"><h3 '
        'id="related-topics-title">Related topics</h3><table><thead><tr><th>Topic</th>'
        f"<th>Replies</th><th>Activity</th></tr></thead><tbody>{related}</tbody></table></div>"
        '</div><footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">'
        'Home</a></li><li><a href="/categories">Categories</a></li><li><a href="/guidelines">'
        'Guidelines</a></li></ul></nav></footer><div id="noscript-footer"><p>Powered by '
        '<a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript '
        "enabled</p></div>"
    )
    return page("en", "Humidity interval changed after update - Sensors - Grow Forum", main,
                head='<link rel="canonical" href="https://forum.example.org/t/humidity-'
                'interval-changed/4411"><meta property="og:type" content="website">',
                wrap=False, sidebar=False)


PHPBB_POSTS = [
    ("Gartenfreund", "Di 5. Mär 2024, 10:12",
     "Meine Tomaten bekommen seit einer Woche gelbe Blätter von unten her. Gegossen wird "
     "jeden zweiten Tag, gedüngt habe ich im Mai. Woran kann das liegen?"),
    ("Beetliese", "Di 5. Mär 2024, 11:48",
     "Das klingt nach Stickstoffmangel. Gib ihnen einen verdünnten Brennnesselsud und "
     "entferne die untersten Blätter, dann erholen sie sich meistens schnell."),
    ("Gartenfreund", "Mi 6. Mär 2024, 08:05",
     "Danke für den Tipp mit dem Brennnesselsud, die neuen Blätter sind wieder kräftig grün."),
]


def phpbb() -> str:
    """phpBB's prosilver: each post a profile column (rank, post count, join date) and a
    body with a "Re:" subject and an author line."""
    posts = "".join(
        f'<div id="p{700 + n}" class="post has-profile bg{2 - n % 2}"><div class="inner">'
        f'<dl class="postprofile" id="profile{700 + n}"><dt class="has-profile-rank">'
        f'<a href="./memberlist.php?mode=viewprofile&amp;u={n + 5}" class="username">{who}</a>'
        f'</dt><dd class="profile-rank">Mitglied</dd><dd class="profile-posts"><strong>'
        f'Beiträge:</strong> <a href="./search.php?author_id={n + 5}">{120 + 37 * n}</a></dd>'
        f'<dd class="profile-joined"><strong>Registriert:</strong> Mo 3. Jan 202{n}, 18:20</dd>'
        f'</dl><div class="postbody"><div id="post_content{700 + n}"><h3 class="first">'
        f'<a href="#p{700 + n}">{"" if n == 0 else "Re: "}Gelbe Blätter an Tomaten</a></h3>'
        f'<ul class="post-buttons"><li><a href="./posting.php?mode=quote" title="Mit Zitat '
        f'antworten" class="button"><span>Zitieren</span></a></li></ul><p class="author">'
        f'<a class="unread" href="#p{700 + n}"><span>Beitrag</span></a> von <strong><a '
        f'href="./memberlist.php?u={n + 5}" class="username">{who}</a></strong> » {when}</p>'
        f'<div class="content">{text}</div></div></div><div class="back2top"><a href="#top" '
        f'class="top" title="Nach oben">Nach oben</a></div></div></div><hr class="divider" />'
        for n, (who, when, text) in enumerate(PHPBB_POSTS)
    )
    main = (
        '<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a '
        'href="./viewtopic.php?t=311">Gelbe Blätter an Tomaten</a></h2><div class="action-bar '
        'bar-top"><a href="./posting.php?mode=reply&amp;t=311" class="button">Antworten</a>'
        '<div class="search-box"><input class="inputbox search tiny" type="search" name='
        '"keywords" placeholder="Thema durchsuchen …"></div><div class="pagination">3 Beiträge '
        f"• Seite <strong>1</strong> von <strong>1</strong></div></div>{posts}"
        '<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply" class="button">'
        'Antworten</a></div><div class="stat-block online-list"><h3>Wer ist online?</h3><p>'
        "Mitglieder in diesem Forum: 0 Mitglieder und 3 Gäste</p></div></div>"
    )
    return page("de", "Gelbe Blätter an Tomaten - Gartenforum", main,
                crumbs=("Forum", "Gemüse"), wrap=False, sidebar=False,
                head='<link rel="canonical" href="https://garten.example.de/viewtopic.php?t=311">')


VB_POSTS = [
    ("Cyclo33", "05/03/2024, 10h12",
     "Bonjour à tous, mon dérailleur arrière saute sur les deux plus petits pignons dès que "
     "je force en montée. La chaîne a été changée il y a un mois."),
    ("Rayon_de_soleil", "05/03/2024, 12h30",
     "Il faut sans doute régler la tension du câble : un quart de tour de la molette suffit "
     "souvent. Vérifie aussi que la patte de dérailleur n'est pas tordue."),
    ("Cyclo33", "06/03/2024, 09h01",
     "C'était bien la patte, un peu tordue après une chute. Redressée, tout fonctionne."),
]


def vbulletin() -> str:
    """vBulletin 4: an `<ol>` of post bits, a user column with join date and post count,
    a post counter, and reply and quote buttons under each post."""
    posts = "".join(
        f'<li class="postbitlegacy postbitim postcontainer" id="post_{90 + n}"><div '
        f'class="posthead"><span class="postdate old"><span class="date">{when.split(",")[0]}'
        f',&nbsp;<span class="time">{when.split(", ")[1]}</span></span></span><span '
        f'class="nodecontrols"><a name="post{90 + n}" href="#post{90 + n}" class="postcounter">'
        f'#{n + 1}</a></span></div><div class="postdetails"><div class="userinfo"><div '
        f'class="username_container"><a class="username offline popupctrl" href="member.php?u='
        f'{n}"><strong>{who}</strong></a></div><span class="usertitle">Membre actif</span>'
        f'<hr /><dl class="userinfo_extra"><dt>Inscription</dt> <dd>janv. 20{18 + n}</dd> '
        f'<dt>Messages</dt> <dd>{1200 + n * 311}</dd></dl></div><div class="postbody"><div '
        f'class="postrow"><h2 class="title icon">Re: Dérailleur qui saute</h2><div '
        f'class="content"><div id="post_message_{90 + n}"><blockquote class="postcontent '
        f'restore ">{text}</blockquote></div></div></div></div></div><div class="postfoot"><div '
        f'class="textcontrols floatcontainer"><span class="postcontrols"><a class="newreply" '
        f'href="newreply.php?p={90 + n}">Répondre avec citation</a></span><span '
        f'class="postlinking"><a class="report" href="report.php?p={90 + n}">Signaler</a>'
        f"</span></div></div></li>"
        for n, (who, when, text) in enumerate(VB_POSTS)
    )
    main = (
        '<div id="pagetitle"><h1>Discussion: <span class="threadtitle"><a href="showthread.php'
        '?t=512">Dérailleur qui saute</a></span></h1></div><div id="thread_controls" '
        'class="thread_controls toolsmenu"><ul><li><a href="newreply.php?t=512">Répondre</a>'
        '</li><li><a href="#">Outils de la discussion</a></li></ul></div><div id="postlist" '
        f'class="postlist restrain"><ol id="posts" class="posts" start="1">{posts}</ol></div>'
        '<div id="similarthreads"><h4>Discussions similaires</h4><ol><li><a href="t1">Chaîne '
        "qui grince</a></li><li><a href=\"t2\">Freins à disque</a></li></ol></div>"
    )
    return page("fr", "Dérailleur qui saute - Forum Vélo", main, crumbs=("Forums", "Mécanique"),
                head='<link rel="canonical" href="https://velo.example.fr/showthread.php?t=512">',
                sidebar=False)


XF_POSTS = [
    ("LunaVerde", "12 Mar 2024",
     "Hola a todos. Quiero empezar a hacer pan de masa madre en casa, pero mi masa nunca "
     "sube lo suficiente. Uso harina de trigo normal y agua del grifo."),
    ("PanaderoJuan", "12 Mar 2024",
     "El agua del grifo puede tener demasiado cloro. Prueba con agua filtrada y alimenta la "
     "masa madre dos veces al día durante una semana antes de hornear."),
    ("LunaVerde", "14 Mar 2024",
     "Con agua filtrada la masa dobló su tamaño en cinco horas. ¡Muchas gracias!"),
]


def xenforo() -> str:
    """XenForo 2: each post an `<article class="message">` with a member card written as
    a definition list, an attribution header, a like bar and reply buttons."""
    posts = "".join(
        f'<article class="message message--post js-post" data-author="{who}" id="js-post-{n}">'
        f'<div class="message-inner"><div class="message-cell message-cell--user"><section '
        f'class="message-user"><div class="message-userDetails"><h4 class="message-name"><a '
        f'href="/members/{who.lower()}.{n}/" class="username">{who}</a></h4><h5 class="userTitle '
        f'message-userTitle">Miembro</h5></div><div class="message-userExtras"><dl class="pairs '
        f'pairs--justified"><dt>Registrado</dt><dd>{10 + n} Ene 2021</dd></dl><dl class="pairs '
        f'pairs--justified"><dt>Mensajes</dt><dd>{842 + n * 51}</dd></dl></div></section></div>'
        f'<div class="message-cell message-cell--main"><div class="message-main"><header '
        f'class="message-attribution message-attribution--split"><ul class="message-attribution'
        f'-main listInline"><li class="u-concealed"><a href="/threads/masa-madre.88/post-{n}">'
        f'<time class="u-dt" datetime="2024-03-12T10:00:00+0100">{when}</time></a></li></ul><ul '
        f'class="message-attribution-opposite listInline"><li><a href="/p-{n}">#{n + 1}</a></li>'
        f'</ul></header><div class="message-content js-messageContent"><div '
        f'class="message-userContent lbContainer"><article class="message-body js-selectToQuote">'
        f'<div class="bbWrapper">{text}</div></article></div></div><footer class="message-footer">'
        f'<div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--'
        f'internal"><a href="/report" class="actionBar-action">Denunciar</a><a class="actionBar-'
        f'action actionBar-action--reaction">Me gusta</a><a class="actionBar-action">Responder'
        f'</a></div></div><div class="reactionsBar"><a href="/reactions">A PanaderoJuan y '
        f"{n + 1} más les gusta esto</a></div></footer></div></div></div></article>"
        for n, (who, when, text) in enumerate(XF_POSTS)
    )
    main = (
        '<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">Mi masa '
        'madre no sube</h1></div><div class="p-description"><ul class="listInline"><li>Iniciado '
        'por <a class="username">LunaVerde</a></li><li><time>12 Mar 2024</time></li></ul></div>'
        '</div><div class="block block--messages"><div class="block-outer"><div class="pageNav">'
        '</div></div><div class="block-container"><div class="block-body js-replyNewMessage'
        f'Container">{posts}</div></div></div><div class="block-outer block-outer--after"><div '
        'class="block-outer-opposite"><a href="/login" class="button--link button">Debes '
        "iniciar sesión o registrarte para responder.</a></div></div>"
    )
    return page("es", "Mi masa madre no sube | Foro de Panadería", main,
                crumbs=("Foros", "Pan casero"),
                head='<link rel="canonical" href="https://foro.example.es/threads/masa-madre.88/">'
                '<meta property="og:type" content="website">',
                body_class="template-thread")


QA_QUESTION = (
    "I read a CSV file with a few million rows and the loop below takes minutes. How can I "
    "count how often each value of the second column appears without holding every row in "
    "memory?"
)
QA_CODE = "for row in rows:\n    counts[row[1]] = counts.get(row[1], 0) + 1"
QA_ANSWERS = [
    ("Use a Counter over a generator, which reads one row at a time and keeps only the "
     "counts:", "counts = Counter(row[1] for row in csv.reader(f))"),
    ("If the file is larger than memory allows even for the counts, sort it first with the "
     "system tools and count runs of equal values instead.", ""),
    ("pandas can read the column alone in chunks and add up the value counts of each "
     "chunk, which is fast and keeps memory flat.", ""),
]
QA_COMMENTS = [
    "How many distinct values does the second column have?",
    "About two hundred, so the counts themselves are small.",
]


def stack_exchange(answers: int = len(QA_ANSWERS)) -> str:
    """A Stack-Exchange-like Q&A: the question with votes, tags and comments, then the
    answers (the first `answers`), each with its votes and author card; the question and
    the answers in schema.org microdata."""
    comments = "".join(
        f'<li class="comment"><div class="comment-text"><div class="comment-body"><span '
        f'class="comment-copy">{c}</span> – <a href="/users/{i}" class="comment-user">'
        f'reader{i}</a> <span class="comment-date"><span class="relativetime-clean">Mar {4 + i}'
        f", 2024 at 9:1{i}</span></span></div></div></li>" for i, c in enumerate(QA_COMMENTS)
    )

    def votes(n: int) -> str:
        return (f'<div class="js-voting-container"><button class="js-vote-up-btn" aria-label='
                f'"Up vote">Up vote</button><div class="js-vote-count" itemprop="upvoteCount">'
                f'{n}</div><button aria-label="Down vote">Down vote</button></div>')

    def card(verb: str, who: str, rep: str) -> str:
        return (f'<div class="post-signature"><div class="user-info"><div class="user-action-'
                f'time">{verb} <span class="relativetime">Mar 4, 2024 at 8:02</span></div><div '
                f'class="user-details" itemprop="author" itemscope itemtype="https://schema.org/'
                f'Person"><a href="/users/{who}">{who}</a><div class="-flair"><span class='
                f'"reputation-score">{rep}</span></div></div></div></div>')

    posts = "".join(
        f'<div id="answer-{i}" class="answer js-answer" itemprop="suggestedAnswer" itemscope '
        f'itemtype="https://schema.org/Answer"><div class="post-layout">{votes(12 - i * 5)}'
        f'<div class="answercell post-layout--right"><div class="s-prose js-post-body" '
        f'itemprop="text"><p>{text}</p>'
        + (f"<pre><code>{code}</code></pre>" if code else "")
        + f'</div><div class="post-menu"><a href="/a/{i}">Share</a><a>Follow</a></div>'
        f"{card('answered', 'coder' + str(i), str(3400 + i))}<a class=\"js-add-link comments-"
        f'link">Add a comment</a></div></div></div>'
        for i, (text, code) in enumerate(QA_ANSWERS[:answers])
    )
    main = (
        '<div id="question-header"><h1 itemprop="name" class="fs-headline1"><a href="/questions/'
        '7781/count-values-in-a-large-csv" class="question-hyperlink">Count values in a large '
        'CSV file without loading it</a></h1><a href="/questions/ask" class="s-btn">Ask '
        'Question</a></div><div class="d-flex"><div title="2024-03-04 08:02:11Z">Asked <time '
        'itemprop="dateCreated" datetime="2024-03-04T08:02:11">2 years ago</time></div><div>'
        'Viewed 1k times</div></div><div id="mainbar" role="main"><div class="question js-'
        'question" itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div '
        f'class="post-layout">{votes(7)}<div class="postcell post-layout--right"><div class='
        f'"s-prose js-post-body" itemprop="text"><p>{QA_QUESTION}</p><pre><code>{QA_CODE}'
        '</code></pre></div><div class="post-taglist"><ul class="js-post-tag-list-wrapper">'
        '<li><a href="/questions/tagged/python" class="post-tag">python</a></li><li><a href="/q'
        'uestions/tagged/csv" class="post-tag">csv</a></li></ul></div><div class="post-menu">'
        f'<a>Share</a><a>Improve this question</a><a>Follow</a></div>{card("asked", "mira", "51")}'
        f'</div><div class="comments"><ul class="comments-list">{comments}</ul></div><a class='
        '"js-add-link comments-link">Add a comment</a></div></div><div id="answers"><div '
        f'id="answers-header"><h2 class="mb0" data-answercount="{answers}">{answers} Answers'
        "</h2><div>Sorted by:"
        '<select><option>Highest score (default)</option><option>Date modified</option></select>'
        f'</div></div>{posts}<h2 class="bottom-notice">Not the answer you\'re looking for? '
        'Browse other questions tagged <a href="/questions/tagged/python">python</a> or <a href'
        '="/questions/ask">ask your own question</a>.</h2></div></div>'
    )
    return page("en", "python - Count values in a large CSV file without loading it - Q&A", main,
                body_class="question-page unified-theme",
                head='<link rel="canonical" href="https://qa.example.com/questions/7781/count-'
                'values-in-a-large-csv"><meta property="og:type" content="website">')


REDDIT_POST = (
    "Подскажите, как вы храните зимой велосипед на балконе? У меня застеклённый балкон, но "
    "зимой там бывает до минус десяти, и я боюсь за тормоза и аккумулятор фонаря."
)
REDDIT_COMMENTS = [
    ("sever_veter", "12 очков", "5 часов назад",
     "Аккумулятор лучше забрать домой, а сам велосипед спокойно переживёт мороз. Цепь "
     "только смажь перед зимой."),
    ("dacha_man", "7 очков", "4 часа назад",
     "Гидравлические тормоза морозу тоже не страшны, главное не оставлять велосипед мокрым."),
    ("olga_k", "3 очка", "2 часа назад",
     "Я накрываю его старым покрывалом от пыли, за три зимы ничего не случилось."),
]

REDDIT_REPLY = "Спасибо, так и сделаю: фонарь домой, цепь смазать."


def reddit() -> str:
    """A Reddit-like thread (the old layout): the submission with its score and buttons,
    then nested comments, each with author, points, age and a row of buttons."""
    buttons = ('<ul class="flat-list buttons"><li><a>ссылка</a></li><li><a>встроить</a></li>'
               '<li><a>сохранить</a></li><li><a>пожаловаться</a></li><li><a>ответить</a></li>'
               "</ul>")
    def comment(who: str, score: str, age: str, text: str, child: str = "") -> str:
        return (
            f'<div class="thing comment" data-author="{who}"><div class="midcol"><div '
            f'class="arrow up"></div><div class="arrow down"></div></div><div class="entry">'
            f'<p class="tagline"><a href="/user/{who}" class="author">{who}</a> <span '
            f'class="score">{score}</span> <time>{age}</time></p><form class="usertext"><div '
            f'class="usertext-body"><div class="md"><p>{text}</p></div></div></form>{buttons}'
            f'</div><div class="child">{child}</div></div>'
        )

    first, *rest = REDDIT_COMMENTS
    reply = comment("zimniy_ezdok", "4 очка", "3 часа назад", REDDIT_REPLY)
    comments = comment(*first, child=reply) + "".join(comment(*c) for c in rest)
    main = (
        '<div class="side"><div class="titlebox"><h1><a href="/r/velo">velo</a></h1><p>'
        "Сообщество велосипедистов. 48 тыс. участников</p><a class=\"subscribe\">Вступить</a>"
        '</div></div><div class="content" role="main"><div class="sitetable linklisting"><div '
        'class="thing link self"><div class="midcol"><div class="score">87</div></div><div '
        'class="entry"><p class="title"><a class="title" href="/r/velo/comments/1ab/">Как '
        'хранить велосипед зимой на балконе?</a> <span class="linkflairlabel">Вопрос</span>'
        '</p><p class="tagline">отправлено 6 часов назад пользователем <a class="author">'
        'zimniy_ezdok</a></p><div class="expando"><form class="usertext"><div class="usertext-'
        f'body"><div class="md"><p>{REDDIT_POST}</p></div></div></form></div><ul class="flat-'
        'list buttons"><li><a class="comments">34 комментария</a></li><li><a>поделиться</a>'
        '</li><li><a>сохранить</a></li><li><a>скрыть</a></li></ul></div></div></div><div '
        'class="commentarea"><div class="panestack-title"><span class="title">все 34 '
        'комментария</span></div><div class="menuarea">сортировать по: <a>лучшие</a></div>'
        f'<div class="sitetable nestedlisting">{comments}</div></div></div>'
    )
    return page("ru", "Как хранить велосипед зимой на балконе? : velo", main, wrap=False,
                sidebar=False,
                head='<link rel="canonical" href="https://forum.example.ru/r/velo/comments/1ab/'
                'kak_hranit_velosiped/">')


# ---------------------------------------------------------------- documentation

SPHINX_TEXT = [
    "Tidewater runs on Python 3.10 and later. Install it from the package index into a "
    "virtual environment so that its dependencies do not clash with other projects.",
    "To check that the installation worked, ask the command line tool for its version.",
    "The optional extras add support for reading compressed archives and for plotting "
    "tide tables; install them only when you need them.",
]


def sphinx() -> str:
    """Sphinx with the Read the Docs theme: a side menu of the manual (a search box and a
    table of contents), breadcrumbs with "View page source", a body of sections with
    pilcrow anchors, code and a note, and previous/next buttons."""
    toc = "".join(f'<li class="toctree-l1"><a class="reference internal" href="ch{i}.html">'
                  f"Chapter {i} of the manual</a></li>" for i in range(1, 9))
    main = (
        '<div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div '
        'class="wy-side-scroll"><div class="wy-side-nav-search"><a href="index.html" class="icon '
        'icon-home">Tidewater</a><div class="version">2.4</div><div role="search"><form id="rtd-'
        'search-form" class="wy-form" action="search.html"><input type="text" name="q" '
        'placeholder="Search docs" /></form></div></div><div class="wy-menu wy-menu-vertical" '
        f'role="navigation" aria-label="Navigation menu"><p class="caption"><span class="caption-'
        f'text">Contents:</span></p><ul class="current">{toc}</ul></div></div></nav><section '
        'class="wy-nav-content-wrap"><div class="wy-nav-content"><div class="rst-content"><div '
        'role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href='
        '"index.html" class="icon icon-home"></a> »</li><li>Installation</li><li class="wy-'
        'breadcrumbs-aside"><a href="_sources/install.rst.txt" rel="nofollow"> View page source'
        '</a></li></ul><hr/></div><div role="main" class="document" itemscope="itemscope" '
        'itemtype="http://schema.org/Article"><div itemprop="articleBody"><section id="'
        'installation"><h1>Installation<a class="headerlink" href="#installation" title="Link '
        f'to this heading">¶</a></h1><p>{SPHINX_TEXT[0]}</p><div class="highlight-console '
        'notranslate"><div class="highlight"><pre><span></span><span class="gp">$ </span>python '
        '-m pip install tidewater\n</pre></div></div><section id="checking-the-installation">'
        '<h2>Checking the installation<a class="headerlink" href="#checking-the-installation" '
        f'title="Link to this heading">¶</a></h2><p>{SPHINX_TEXT[1]}</p><div class="highlight-'
        'console notranslate"><div class="highlight"><pre><span></span><span class="gp">$ </span>'
        'tidewater --version\n</pre></div></div><div class="admonition note"><p class="admonition'
        f'-title">Note</p><p>{SPHINX_TEXT[2]}</p></div></section></section></div></div><footer>'
        '<div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="intro.'
        'html" class="btn btn-neutral float-left" title="Introduction" accesskey="p" rel="prev">'
        '<span class="fa fa-arrow-circle-left"></span> Previous</a><a href="usage.html" class='
        '"btn btn-neutral float-right" title="Usage" accesskey="n" rel="next">Next <span class='
        '"fa fa-arrow-circle-right"></span></a></div><hr/><div role="contentinfo"><p>© '
        'Copyright 2024, the Tidewater developers.</p></div>Built with <a href="https://www.'
        'sphinx-doc.org/">Sphinx</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_'
        'theme">theme</a> provided by <a href="https://readthedocs.org">Read the Docs</a>.'
        "</footer></div></div></section></div>"
    )
    return page("en", "Installation — Tidewater 2.4 documentation", main, wrap=False,
                sidebar=False, body_class="wy-body-for-nav",
                head='<link rel="canonical" href="https://tidewater.example.io/en/latest/'
                'install.html"><meta name="generator" content="Docutils 0.20.1: https://'
                'docutils.sourceforge.io/" />')


MKDOCS_TEXT = [
    "Die Datei mkdocs.yml im Wurzelverzeichnis des Projekts legt fest, wie die Seite gebaut "
    "wird. Fehlt ein Eintrag, gilt der Standardwert aus der folgenden Tabelle.",
    "Mit dem Schlüssel theme wählen Sie das Aussehen der Seite und schalten einzelne "
    "Funktionen wie die Suche oder die Navigation in Reitern ein.",
    "Nach jeder Änderung baut der Entwicklungsserver die Seite von selbst neu.",
]


def mkdocs_material() -> str:
    """MkDocs Material: primary navigation and a table of contents in two sidebars, an
    edit button, headings with permalinks, code, an admonition, a table, and a footer
    with previous/next links."""
    nav = "".join(f'<li class="md-nav__item"><a href="/kap{i}/" class="md-nav__link">Kapitel '
                  f"{i}</a></li>" for i in range(1, 9))
    main = (
        '<div class="md-container" data-md-component="container"><main class="md-main" data-md'
        '-component="main"><div class="md-main__inner md-grid"><div class="md-sidebar md-'
        'sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md'
        '-sidebar__scrollwrap"><div class="md-sidebar__inner"><nav class="md-nav md-nav--primary'
        '" aria-label="Navigation"><label class="md-nav__title">Handbuch</label><ul class="md-'
        f'nav__list">{nav}</ul></nav></div></div></div><div class="md-sidebar md-sidebar--'
        'secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__'
        'scrollwrap"><div class="md-sidebar__inner"><nav class="md-nav md-nav--secondary" aria-'
        'label="Inhaltsverzeichnis"><label class="md-nav__title">Inhaltsverzeichnis</label><ul '
        'class="md-nav__list"><li class="md-nav__item"><a href="#grundlagen" class="md-nav__'
        'link">Grundlagen</a></li><li class="md-nav__item"><a href="#thema" class="md-nav__link">'
        'Thema</a></li></ul></nav></div></div></div><div class="md-content" data-md-component='
        '"content"><article class="md-content__inner md-typeset"><a href="https://git.example.de'
        '/edit/main/docs/konfiguration.md" title="Diese Seite bearbeiten" class="md-content__'
        f'button md-icon">Bearbeiten</a><h1>Konfiguration</h1><p>{MKDOCS_TEXT[0]}</p><h2 id="'
        'grundlagen">Grundlagen<a class="headerlink" href="#grundlagen" title="Permanent link">'
        '¶</a></h2><table><thead><tr><th>Schlüssel</th><th>Standardwert</th></tr></thead><tbody>'
        '<tr><td>site_name</td><td>Mein Projekt</td></tr><tr><td>docs_dir</td><td>docs</td></tr>'
        '</tbody></table><h2 id="thema">Thema<a class="headerlink" href="#thema" title='
        f'"Permanent link">¶</a></h2><p>{MKDOCS_TEXT[1]}</p><div class="language-yaml '
        'highlight"><pre><span></span><code>theme:\n  name: material\n  features:\n    - '
        'navigation.tabs\n</code></pre></div><div class="admonition tip"><p class="admonition-'
        f'title">Tipp</p><p>{MKDOCS_TEXT[2]}</p></div><aside class="md-source-file"><span class'
        '="md-source-file__fact">Letzte Aktualisierung: 3. März 2024</span></aside></article>'
        '</div></div></main><footer class="md-footer"><nav class="md-footer__inner md-grid" '
        'aria-label="Fußzeile"><a href="/installation/" class="md-footer__link md-footer__link'
        '--prev"><div class="md-footer__title"><span class="md-footer__direction">Zurück</span>'
        '<div class="md-ellipsis">Installation</div></div></a><a href="/plugins/" class="md-'
        'footer__link md-footer__link--next"><div class="md-footer__title"><span class="md-'
        'footer__direction">Weiter</span><div class="md-ellipsis">Erweiterungen</div></div></a>'
        '</nav><div class="md-footer-meta md-typeset"><div class="md-copyright">Made with <a '
        'href="https://squidfunk.github.io/mkdocs-material/">Material for MkDocs</a></div></div>'
        "</footer></div>"
    )
    return page("de", "Konfiguration - Handbuch", main, wrap=False, sidebar=False,
                head='<meta name="generator" content="mkdocs-1.5.3, mkdocs-material-9.5.3">'
                '<link rel="canonical" href="https://handbuch.example.de/konfiguration/">')


DOCUSAURUS_TEXT = [
    "La commande de construction produit un site statique dans le dossier build, que "
    "n'importe quel hébergeur de fichiers peut servir.",
    "Avant de publier, vérifiez le résultat en local avec le serveur de prévisualisation.",
    "Si le site est servi dans un sous-dossier, indiquez-le dans la clé baseUrl de la "
    "configuration, sinon les liens internes seront cassés.",
]


def docusaurus() -> str:
    """Docusaurus 3: a sidebar menu, breadcrumbs, the Markdown body with hash-link
    anchors and code blocks with a copy button, "Edit this page" and a last-updated line,
    previous/next cards, and a table of contents beside it."""
    menu = "".join(f'<li class="theme-doc-sidebar-item-link menu__list-item"><a class="menu__'
                   f'link" href="/docs/g{i}">Guide {i}</a></li>' for i in range(1, 9))
    main = (
        '<div class="main-wrapper docsWrapper"><div class="docPage"><aside class="theme-doc-'
        'sidebar-container"><div class="sidebar"><nav aria-label="Barre latérale de la '
        f'documentation" class="menu thin-scrollbar"><ul class="theme-doc-sidebar-menu menu__'
        f'list">{menu}</ul></nav></div></aside><main class="docMainContainer"><div class='
        '"container padding-top--md padding-bottom--lg"><div class="row"><div class="col '
        'docItemCol"><div class="docItemContainer"><article><nav class="theme-doc-breadcrumbs" '
        'aria-label="Fil d\'Ariane"><ul class="breadcrumbs"><li class="breadcrumbs__item"><a '
        'class="breadcrumbs__link" href="/">Accueil</a></li><li class="breadcrumbs__item"><span '
        'class="breadcrumbs__link">Guides</span></li></ul></nav><div class="theme-doc-markdown '
        f'markdown"><header><h1>Déploiement</h1></header><p>{DOCUSAURUS_TEXT[0]}</p><div class='
        '"language-bash codeBlockContainer theme-code-block"><div class="codeBlockContent"><pre '
        'tabindex="0" class="prism-code language-bash codeBlock"><code class="codeBlockLines">'
        '<span class="token-line">npm run build</span></code></pre><div class="buttonGroup"><'
        'button type="button" aria-label="Copier le code" title="Copier">Copier</button></div>'
        '</div></div><h2 class="anchor anchorWithStickyNavbar" id="previsualiser">Prévisualiser'
        '<a href="#previsualiser" class="hash-link" aria-label="Lien direct vers Prévisualiser">'
        f'\u200b</a></h2><p>{DOCUSAURUS_TEXT[1]}</p><div class="language-bash codeBlockContainer">'
        '<div class="codeBlockContent"><pre class="prism-code language-bash codeBlock"><code '
        'class="codeBlockLines"><span class="token-line">npm run serve</span></code></pre></div>'
        '</div><div class="theme-admonition theme-admonition-warning alert alert--warning"><div '
        'class="admonitionHeading">attention</div><div class="admonitionContent"><p>'
        f'{DOCUSAURUS_TEXT[2]}</p></div></div></div><footer class="theme-doc-footer docusaurus-'
        'mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col">'
        '<a href="https://git.example.fr/edit/docs/deploiement.md" class="theme-edit-this-page">'
        'Éditer cette page</a></div><div class="col lastUpdated"><span class="theme-last-updated">'
        'Dernière mise à jour le <b><time datetime="2024-03-03">3 mars 2024</time></b></span>'
        '</div></div></footer></article><nav class="pagination-nav docusaurus-mt-lg" aria-label='
        '"Pages de documentation"><a class="pagination-nav__link pagination-nav__link--prev" '
        'href="/docs/config"><div class="pagination-nav__sublabel">Précédent</div><div class='
        '"pagination-nav__label">Configuration</div></a><a class="pagination-nav__link '
        'pagination-nav__link--next" href="/docs/plugins"><div class="pagination-nav__sublabel">'
        'Suivant</div><div class="pagination-nav__label">Extensions</div></a></nav></div></div>'
        '<div class="col col--3"><div class="tableOfContents thin-scrollbar theme-doc-toc-'
        'desktop"><ul class="table-of-contents table-of-contents__left-border"><li><a href="#'
        'previsualiser" class="table-of-contents__link toc-highlight">Prévisualiser</a></li>'
        "</ul></div></div></div></div></main></div></div>"
    )
    return page("fr", "Déploiement | Quillon", main, wrap=False, sidebar=False,
                body_class="docs-wrapper plugin-docs plugin-id-default docs-doc-page",
                head='<meta name="generator" content="Docusaurus v3.1.1"><meta property="og:url" '
                'content="https://quillon.example.fr/docs/deploiement">')


GITBOOK_TEXT = [
    "Los webhooks avisan a tu servidor cada vez que cambia el estado de un pedido.",
    "Registra la dirección de tu servidor en el panel y elige los eventos que te interesan. "
    "Cada aviso llega como una petición POST con un cuerpo en JSON.",
    "Responde siempre con el código 200 en menos de cinco segundos; si no, el aviso se "
    "repite hasta tres veces con una espera creciente.",
]


def gitbook() -> str:
    """GitBook's published space: a side menu, breadcrumbs, a title with its description,
    blocks in utility-class `<div>`s, a code block with a copy button, "On this page",
    previous/next cards, "Last updated" and "Was this helpful?"."""
    menu = "".join(f'<li><a class="flex toclink" href="/guia/{i}">Sección {i}</a></li>'
                   for i in range(1, 9))
    main = (
        '<div class="flex flex-col"><aside class="toc-container w-72 lg:flex"><div class="flex '
        f'flex-col"><ul class="flex flex-col gap-y-0.5">{menu}</ul></div><a class="text-sm" '
        'href="https://www.gitbook.com">Powered by GitBook</a></aside><main class="flex-1 '
        'relative py-8"><header class="max-w-3xl mx-auto mb-6"><nav aria-label="Breadcrumb"><ol '
        'class="flex"><li><a href="/guia">Guía</a></li><li><a href="/guia/api">API</a></li>'
        '</ol></nav><h1 class="text-4xl font-bold">Webhooks</h1><p class="text-lg">'
        f'{GITBOOK_TEXT[0]}</p></header><div class="whitespace-pre-wrap max-w-3xl mx-auto"><p '
        f'class="mx-auto">{GITBOOK_TEXT[1]}</p></div><div class="group/codeblock grid"><div '
        'class="flex items-center"><span class="text-xs">Ejemplo</span><button aria-label='
        '"Copiar">Copiar</button></div><pre class="overflow-auto"><code class="inline-grid">'
        '<span class="highlight-line">{"evento": "pedido.enviado", "id": 4412}</span></code>'
        '</pre></div><div class="flex"><h2 id="reintentos" class="text-2xl">Reintentos<a href="'
        '#reintentos" aria-label="Enlace directo a Reintentos" class="anchor">#</a></h2></div>'
        f'<div class="whitespace-pre-wrap"><p>{GITBOOK_TEXT[2]}</p></div><div class="flex '
        'flex-row mt-6 gap-2"><a class="group flex" href="/guia/api/autenticacion"><span class='
        '"text-xs">Anterior</span><span>Autenticación</span></a><a class="group flex" href="/'
        'guia/api/limites"><span class="text-xs">Siguiente</span><span>Límites de uso</span>'
        '</a></div><div class="flex mt-6"><p class="text-sm">Última actualización hace 3 meses'
        '</p></div><div class="flex"><p>¿Te resultó útil?</p><button>Sí</button><button>No'
        '</button></div></main><aside class="page-outline w-56"><div class="text-xs">En esta '
        'página</div><ul><li><a href="#reintentos">Reintentos</a></li></ul></aside></div>'
    )
    return page("es", "Webhooks | Guía de Mercadito", main, wrap=False, sidebar=False,
                head='<meta name="generator" content="GitBook (28.1)"><meta property="og:url" '
                'content="https://docs.example.es/guia/api/webhooks">')


def rustdoc() -> str:
    """rustdoc: a sidebar of the crate's items, a search form, the item's declaration,
    its documentation with an example, then its methods, each a code header with its own
    short documentation."""
    side = "".join(f'<li><a href="#method.m{i}">m{i}</a></li>' for i in range(1, 9))
    methods = "".join(
        f'<details class="toggle method-toggle" open><summary><section id="method.{name}" '
        f'class="method"><a class="src rightside" href="../src/tally.rs.html#{i}">source</a>'
        f'<h4 class="code-header">pub fn <a href="#method.{name}" class="fn">{name}</a>'
        f"({args}) -&gt; {ret}</h4></section></summary><div class=\"docblock\"><p>{doc}</p>"
        f"</div></details>"
        for i, (name, args, ret, doc) in enumerate([
            ("new", "", "Self", "Creates an empty tally with no counted values."),
            ("add", "&amp;mut self, value: &amp;str", "usize",
             "Counts one more occurrence of the value and returns its new count."),
            ("most_common", "&amp;self, n: usize", "Vec&lt;(&amp;str, usize)&gt;",
             "Returns the n values counted most often, the most frequent first."),
        ])
    )
    main = (
        '<nav class="mobile-topbar"><a class="logo-container" href="../tally/index.html">tally'
        '</a></nav><nav class="sidebar"><div class="sidebar-crate"><h2><a href="../tally/index.'
        'html">tally</a><span class="version">0.3.1</span></h2></div><div class="sidebar-elems">'
        '<section><h3><a href="#implementations">Methods</a></h3><ul class="block method">'
        f'{side}</ul></section><h2><a href="index.html">In crate tally</a></h2></div></nav>'
        '<div class="sidebar-resizer"></div><main><div class="width-limiter"><rustdoc-search>'
        '<form class="search-form"><span></span><div id="sidebar-button" tabindex="-1"></div>'
        '<div class="search-container"><input class="search-input" name="search" placeholder='
        '"Type S or / to search, ? for more options…" type="search"></div></form></rustdoc-'
        'search><section id="main-content" class="content"><div class="main-heading"><h1>Struct '
        '<a href="index.html">tally</a>::<wbr><a class="struct" href="#">Tally</a><button id='
        '"copy-path" title="Copy item path to clipboard">Copy item path</button></h1><span class'
        '="out-of-band"><a class="src" href="../src/tally.rs.html#8-10">source</a> · <button id'
        '="toggle-all-docs" title="collapse all docs">[<span>−</span>]</button></span></div>'
        '<pre class="rust item-decl"><code>pub struct Tally { /* private fields */ }</code>'
        '</pre><details class="toggle top-doc" open><summary class="hideme"><span>Expand '
        'description</span></summary><div class="docblock"><p>A counter of string values that '
        'keeps only the counts, never the values’ order of arrival.</p><h2 id="examples"><a '
        'class="doc-anchor" href="#examples">§</a>Examples</h2><div class="example-wrap"><pre '
        'class="rust rust-example-rendered"><code><span class="kw">let</span> <span class="kw">'
        'mut</span> t = Tally::new();\nt.add(<span class="string">"oak"</span>);</code></pre>'
        '</div></div></details><h2 id="implementations" class="section-header">Implementations'
        '<a href="#implementations" class="anchor">§</a></h2><div id="implementations-list">'
        '<details class="toggle implementors-toggle" open><summary><section id="impl-Tally" '
        'class="impl"><a class="src rightside" href="../src/tally.rs.html#12">source</a><a '
        'href="#impl-Tally" class="anchor">§</a><h3 class="code-header">impl <a class="struct" '
        f'href="#">Tally</a></h3></section></summary><div class="impl-items">{methods}</div>'
        "</details></div></section></div></main>"
    )
    return page("en", "Tally in tally - Rust", main, wrap=False, sidebar=False,
                body_class="rustdoc struct",
                head='<meta name="generator" content="rustdoc"><meta name="description" content='
                '"A counter of string values that keeps only the counts.">')


JAVADOC_TEXT = [
    "线程安全的计数器，按键统计出现次数。所有方法都可以被多个线程同时调用，无需外部同步。",
    "将指定键的计数加一，并返回加一之后的值。",
    "返回指定键当前的计数；若该键从未出现，返回零。",
]


def javadoc() -> str:
    """Javadoc 17 (Chinese): a top bar of links, the class's package and declaration, its
    description, a method summary table, and each method's details."""
    main = (
        '<div class="flex-box"><header role="banner" class="flex-header"><nav role="navigation">'
        '<div class="top-nav" id="navbar-top"><ul id="navbar-top-firstrow" class="nav-list" '
        'title="导航"><li><a href="../../../index.html">概览</a></li><li><a href="package-'
        'summary.html">程序包</a></li><li class="nav-bar-cell1-rev">类</li><li><a href="class-use'
        '/Counter.html">使用</a></li><li><a href="package-tree.html">树</a></li><li><a href="../'
        '../../index-all.html">索引</a></li><li><a href="../../../help-doc.html">帮助</a></li>'
        '</ul></div><div class="sub-nav"><div><ul class="sub-nav-list"><li>概要:&nbsp;</li><li>'
        '嵌套&nbsp;|&nbsp;</li><li><a href="#method-summary">方法</a></li></ul></div><div '
        'class="nav-list-search"><label for="search-input">搜索:</label><input type="text" '
        'id="search-input" value="search"></div></div></nav></header><div class="flex-content">'
        '<main role="main"><div class="header"><div class="sub-title"><span class="package-label'
        '-in-type">程序包</span>&nbsp;<a href="package-summary.html">org.example.tally</a></div>'
        '<h1 title="类 Counter" class="title">类 Counter</h1></div><div class="inheritance" '
        'title="继承树">java.lang.Object<div class="inheritance">org.example.tally.Counter</div>'
        '</div><section class="class-description" id="class-description"><hr><div class="type-'
        'signature"><span class="modifiers">public final class </span><span class="element-name'
        ' type-name-label">Counter</span><span class="extends-implements">extends Object</span>'
        f'</div><div class="block">{JAVADOC_TEXT[0]}</div></section><section class="summary"><ul '
        'class="summary-list"><li><section class="method-summary" id="method-summary"><h2>方法'
        '概要</h2><div class="summary-table three-column-summary"><div class="table-header col-'
        'first">修饰符和类型</div><div class="table-header col-second">方法</div><div class="table'
        '-header col-last">说明</div><div class="col-first even-row-color"><code>int</code></div>'
        '<div class="col-second even-row-color"><code><a href="#increment(java.lang.String)">'
        'increment</a>(String&nbsp;key)</code></div><div class="col-last even-row-color"><div '
        f'class="block">{JAVADOC_TEXT[1]}</div></div><div class="col-first odd-row-color"><code>'
        'int</code></div><div class="col-second odd-row-color"><code><a href="#get(java.lang.'
        'String)">get</a>(String&nbsp;key)</code></div><div class="col-last odd-row-color"><div '
        f'class="block">{JAVADOC_TEXT[2]}</div></div></div></section></li></ul></section>'
        '<section class="details"><ul class="details-list"><li><section class="method-details" '
        'id="method-detail"><h2>方法详细资料</h2><ul class="member-list"><li><section class="'
        'detail" id="increment(java.lang.String)"><h3>increment</h3><div class="member-signature'
        '"><span class="modifiers">public</span>&nbsp;<span class="return-type">int</span>&nbsp;'
        '<span class="element-name">increment</span><wbr><span class="parameters">(String&nbsp;'
        f'key)</span></div><div class="block">{JAVADOC_TEXT[1]}</div><dl class="notes"><dt>参数:'
        '</dt><dd><code>key</code> - 要计数的键</dd><dt>返回:</dt><dd>新的计数</dd></dl></section>'
        '</li></ul></section></li></ul></section></main><footer role="contentinfo"><hr><p class='
        '"legal-copy"><small>版权所有 © 2024 示例公司。保留所有权利。</small></p></footer>'
        "</div></div>"
    )
    return page("zh", "Counter (tally 2.1 API)", main, wrap=False, sidebar=False,
                body_class="class-declaration-page",
                head='<meta name="generator" content="javadoc/ClassWriterImpl">')


MAN_TEXT = [
    "tidy — remove old files from a directory",
    "The tidy utility deletes the files in each named directory that have not been modified "
    "for a given number of days. Directories themselves are never removed.",
    "Show which files would be removed without removing them.",
    "Remove files older than days days; the default is thirty.",
    "The tidy utility exits 0 on success, and >0 if an error occurs.",
]


def man_page() -> str:
    """A manual page rendered by mandoc: a header table, sections with permalink
    headings, the synopsis, and the options as a definition list."""
    main = (
        '<table class="head"><tbody><tr><td class="head-ltitle">TIDY(1)</td><td class="head-vol">'
        'General Commands Manual</td><td class="head-rtitle">TIDY(1)</td></tr></tbody></table>'
        '<div class="manual-text"><section class="Sh"><h1 class="Sh" id="NAME"><a class="'
        'permalink" href="#NAME">NAME</a></h1><code class="Nm">tidy</code> — <div class="Nd">'
        'remove old files from a directory</div></section><section class="Sh"><h1 class="Sh" id='
        '"SYNOPSIS"><a class="permalink" href="#SYNOPSIS">SYNOPSIS</a></h1><table class="Nm">'
        '<tr><td><code class="Nm">tidy</code></td><td>[<code class="Fl">-n</code>] [<code class='
        '"Fl">-d</code> <var class="Ar">days</var>] <var class="Ar">directory ...</var></td></tr>'
        '</table></section><section class="Sh"><h1 class="Sh" id="DESCRIPTION"><a class="'
        f'permalink" href="#DESCRIPTION">DESCRIPTION</a></h1><p class="Pp">{MAN_TEXT[1]}</p>'
        '<p class="Pp">The options are as follows:</p><dl class="Bl-tag"><dt id="n"><a class="'
        f'permalink" href="#n"><code class="Fl">-n</code></a></dt><dd>{MAN_TEXT[2]}</dd><dt id='
        '"d"><a class="permalink" href="#d"><code class="Fl">-d</code> <var class="Ar">days</var>'
        f'</a></dt><dd>{MAN_TEXT[3]}</dd></dl></section><section class="Sh"><h1 class="Sh" id="'
        'EXIT_STATUS"><a class="permalink" href="#EXIT_STATUS">EXIT STATUS</a></h1><p class="Pp"'
        f'>{MAN_TEXT[4]}</p></section><section class="Sh"><h1 class="Sh" id="SEE_ALSO"><a class='
        '"permalink" href="#SEE_ALSO">SEE ALSO</a></h1><p class="Pp"><a class="Xr" href="find.1.'
        'html">find(1)</a>, <a class="Xr" href="rm.1.html">rm(1)</a></p></section></div><table '
        'class="foot"><tr><td class="foot-date">March 3, 2024</td><td class="foot-os">Example 4.2'
        "</td></tr></table>"
    )
    return page("en", "tidy(1) - manual page", main, sidebar=False,
                head='<link rel="canonical" href="https://man.example.org/tidy.1">')


# ---------------------------------------------------------------- products

def _product_ld(name: str, price: str, currency: str, description: str) -> str:
    return ld({"@context": "https://schema.org", "@type": "Product", "name": name,
               "description": description, "sku": "NW-1",
               "offers": {"@type": "Offer", "price": price, "priceCurrency": currency,
                          "availability": "https://schema.org/InStock"}})


SHOPIFY_TEXT = [
    "京都の職人が一枚ずつ手染めした、やわらかな麻のハンカチです。使うほどに風合いが増し、"
    "洗濯しても色落ちしにくい染料を使っています。",
    "素材：麻100%",
    "サイズ：約45cm×45cm",
    "お手入れ：手洗いをおすすめします。",
]


def shopify() -> str:
    """Shopify's Dawn theme (Japanese): gallery, title, price, variant buttons, quantity,
    "Add to cart" and "Buy it now", a description with a list, an accordion, a share
    button, and "You may also like" product cards; with the JSON-LD Shopify prints."""
    recs = "".join(
        f'<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class='
        f'"card__content"><h3 class="card__heading"><a href="/products/r{i}" class="full-unstyled'
        f'-link">おすすめ商品 {i}号 手ぬぐい</a></h3><div class="price"><span class="price-item">'
        f"¥{1800 + i * 200}</span></div></div></div></li>" for i in range(1, 5)
    )
    main = (
        '<section class="shopify-section section"><product-info class="section-template--main '
        'page-width"><div class="product product--large grid"><div class="grid__item product__'
        'media-wrapper"><media-gallery><ul class="product__media-list"><li class="product__'
        'media-item"><img src="/i/1.jpg" alt="藍染め麻ハンカチ"></li></ul></media-gallery></div>'
        '<div class="product__info-wrapper grid__item"><section class="product__info-container">'
        '<p class="product__text caption-with-letter-spacing">ノルドヴィント工房</p><div class='
        '"product__title"><h1>藍染め麻ハンカチ</h1></div><div class="no-js-hidden" id="price-'
        'main"><div class="price price--large"><div class="price__container"><div class="price__'
        'regular"><span class="visually-hidden">通常価格</span><span class="price-item price-'
        'item--regular">¥2,420</span></div></div></div></div><div class="product__tax caption '
        'rte">税込。<a href="/policies/shipping-policy">配送料</a>はチェックアウト時に計算されます'
        '。</div><variant-radios class="no-js-hidden"><fieldset class="product-form__input"><'
        'legend class="form__label">カラー</legend><input type="radio" id="c1" name="カラー" value'
        '="藍" checked><label for="c1">藍</label><input type="radio" id="c2" name="カラー" value='
        '"生成り"><label for="c2">生成り</label></fieldset></variant-radios><div class="product-'
        'form__input product-form__quantity"><label class="quantity__label form__label">数量'
        '</label><quantity-input class="quantity"><button class="quantity__button" name="minus">'
        '−</button><input class="quantity__input" type="number" name="quantity" value="1"><'
        'button class="quantity__button" name="plus">+</button></quantity-input></div><product-'
        'form class="product-form"><form method="post" action="/cart/add" class="form"><div '
        'class="product-form__buttons"><button type="submit" name="add" class="product-form__'
        'submit button button--full-width">カートに追加する</button><div data-shopify="payment-'
        'button" class="shopify-payment-button"><button class="shopify-payment-button__button">'
        f'今すぐ購入</button></div></div></form></product-form><div class="product__description '
        f'rte quick-add-hidden"><p>{SHOPIFY_TEXT[0]}</p><ul><li>{SHOPIFY_TEXT[1]}</li><li>'
        f'{SHOPIFY_TEXT[2]}</li></ul></div><div class="product__accordion accordion"><details>'
        '<summary><h2 class="h4 accordion__title">お手入れ方法</h2></summary><div class="'
        f'accordion__content rte"><p>{SHOPIFY_TEXT[3]}</p></div></details></div><share-button '
        'class="share-button"><button class="share-button__button">共有</button></share-button>'
        '</section></div></div></product-info></section><section class="shopify-section"><'
        'product-recommendations class="related-products page-width"><h2 class="related-products'
        f'__heading">こちらもおすすめ</h2><ul class="grid product-grid">{recs}</ul></product-'
        "recommendations></section>"
    )
    return page("ja", "藍染め麻ハンカチ – ノルドヴィント工房", main, sidebar=False,
                body_class="gradient template-product",
                head=_product_ld("藍染め麻ハンカチ", "2420", "JPY", SHOPIFY_TEXT[0])
                + '<meta property="og:type" content="product"><link rel="canonical" href='
                '"https://shop.example.jp/products/ai-asa-hankachi">')


WOO_TEXT = [
    "Kräftiger Schwarztee aus Assam mit malzigem Aroma, ideal am Morgen und mit Milch.",
    "Unser Assam stammt aus einem kleinen Teegarten am Brahmaputra. Die Blätter werden von "
    "Hand gepflückt und schonend fermentiert, damit der Aufguss rund und vollmundig bleibt.",
    "Ziehzeit drei bis vier Minuten mit sprudelnd kochendem Wasser.",
]
WOO_REVIEW = "Sehr aromatisch, schmeckt auch ohne Zucker wunderbar. Kaufe ich wieder."


def woocommerce() -> str:
    """WooCommerce with Storefront (German): the summary (title, price, short description,
    cart form, SKU and category), tabs (description, additional information, reviews with
    a review form) and related products."""
    related = "".join(
        f'<li class="product type-product"><a href="/produkt/tee-{i}/" class="woocommerce-'
        f'LoopProduct-link"><img src="/t{i}.jpg" alt=""><h2 class="woocommerce-loop-product__'
        f'title">Grüner Tee Sorte {i}</h2><span class="price"><span class="woocommerce-Price-'
        f'amount amount"><bdi>{6 + i},50&nbsp;<span class="woocommerce-Price-currencySymbol">€'
        f'</span></bdi></span></span></a><a href="?add-to-cart={i}" class="button add_to_cart_'
        f'button">In den Warenkorb</a></li>' for i in range(1, 5)
    )
    main = (
        '<div class="woocommerce-notices-wrapper"></div><div id="product-31" class="product type-'
        'product status-publish instock product_cat-schwarztee has-post-thumbnail shipping-'
        'taxable purchasable product-type-simple"><div class="woocommerce-product-gallery"><a '
        'href="/a.jpg"><img src="/a.jpg" alt=""></a></div><div class="summary entry-summary"><h1 '
        'class="product_title entry-title">Assam Hochland</h1><p class="price"><span class="'
        'woocommerce-Price-amount amount"><bdi>8,90&nbsp;<span class="woocommerce-Price-currency'
        'Symbol">€</span></bdi></span> <small class="woocommerce-price-suffix">inkl. MwSt.'
        '</small></p><div class="woocommerce-product-details__short-description"><p>'
        f'{WOO_TEXT[0]}</p></div><form class="cart" method="post"><div class="quantity"><label '
        'class="screen-reader-text">Assam Hochland Menge</label><input type="number" class="'
        'input-text qty text" name="quantity" value="1"></div><button type="submit" name="add-to'
        '-cart" class="single_add_to_cart_button button alt">In den Warenkorb</button></form><div '
        'class="product_meta"><span class="sku_wrapper">Artikelnummer: <span class="sku">AS-100'
        '</span></span> <span class="posted_in">Kategorie: <a href="/kategorie/schwarztee/" rel='
        '"tag">Schwarztee</a></span></div></div><div class="woocommerce-tabs wc-tabs-wrapper">'
        '<ul class="tabs wc-tabs" role="tablist"><li class="description_tab active"><a href="#tab'
        '-description">Beschreibung</a></li><li class="additional_information_tab"><a href="#tab-'
        'additional_information">Zusätzliche Informationen</a></li><li class="reviews_tab"><a '
        'href="#tab-reviews">Bewertungen (1)</a></li></ul><div class="woocommerce-Tabs-panel '
        'woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" '
        f'role="tabpanel"><h2>Beschreibung</h2><p>{WOO_TEXT[1]}</p><p>{WOO_TEXT[2]}</p></div>'
        '<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel '
        'entry-content wc-tab" id="tab-additional_information" role="tabpanel" style="display: '
        'none;"><h2>Zusätzliche Informationen</h2><table class="woocommerce-product-attributes '
        'shop_attributes"><tr class="woocommerce-product-attributes-item"><th class="woocommerce-'
        'product-attributes-item__label">Gewicht</th><td class="woocommerce-product-attributes-'
        'item__value">0,25 kg</td></tr><tr><th>Herkunft</th><td><p>Indien</p></td></tr></table>'
        '</div><div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-'
        'content wc-tab" id="tab-reviews" role="tabpanel" style="display: none;"><div id="'
        'reviews" class="woocommerce-Reviews"><div id="comments"><h2 class="woocommerce-Reviews-'
        'title">1 Bewertung für <span>Assam Hochland</span></h2><ol class="commentlist"><li class'
        '="review"><div class="comment_container"><div class="comment-text"><div class="star-'
        'rating" role="img" aria-label="Bewertet mit 5 von 5"><span>Bewertet mit <strong class="'
        'rating">5</strong> von 5</span></div><p class="meta"><strong class="woocommerce-review__'
        'author">Anna K. </strong><em class="woocommerce-review__verified verified">Verifizierter'
        ' Besitzer</em> <span class="woocommerce-review__dash">–</span> <time class="woocommerce-'
        f'review__published-date">3. März 2024</time></p><div class="description"><p>{WOO_REVIEW}'
        '</p></div></div></div></li></ol></div><div id="review_form_wrapper"><div id="review_'
        'form"><div id="respond" class="comment-respond"><span id="reply-title" class="comment-'
        'reply-title">Füge deine Bewertung hinzu</span><form class="comment-form"><p class="'
        'comment-notes">Deine E-Mail-Adresse wird nicht veröffentlicht.</p><div class="comment-'
        'form-rating"><label>Deine Bewertung</label><select name="rating"><option>Bewerten…'
        '</option></select></div><p class="comment-form-comment"><label>Deine Rezension</label>'
        '<textarea name="comment"></textarea></p><p class="form-submit"><input type="submit" '
        'class="submit" value="Senden"></p></form></div></div></div></div></div></div><section '
        f'class="related products"><h2>Ähnliche Produkte</h2><ul class="products columns-4">'
        f"{related}</ul></section></div>"
    )
    return page("de", "Assam Hochland – Teekontor Nordwind", main, crumbs=("Shop", "Schwarztee"),
                body_class="product-template-default single single-product woocommerce "
                "woocommerce-page",
                head=_product_ld("Assam Hochland", "8.90", "EUR", WOO_TEXT[0])
                + '<link rel="canonical" href="https://tee.example.de/produkt/assam-hochland/">')


MAGENTO_TEXT = [
    "Une table basse en chêne massif, huilée à la main, aux angles arrondis.",
    "Fabriquée dans notre atelier du Jura, cette table basse associe un plateau épais et des "
    "pieds fuselés. L'huile naturelle laisse respirer le bois et se renouvelle facilement.",
]
MAGENTO_SPECS = [("Matériau", "Chêne massif"), ("Dimensions", "110 × 60 × 40 cm"),
                 ("Finition", "Huile naturelle")]


def magento() -> str:
    """Magento 2's Luma product page (French): title, reviews summary, price, stock and
    SKU, the cart form, wish-list and compare links, the short description, then the
    detail tabs (description, "More information" table, reviews) and an upsell grid."""
    specs = "".join(f'<tr><th class="col label" scope="row">{k}</th><td class="col data" data-'
                    f'th="{k}">{v}</td></tr>' for k, v in MAGENTO_SPECS)
    upsell = "".join(
        f'<li class="item product product-item"><div class="product-item-info"><strong class="'
        f'product name product-item-name"><a class="product-item-link" href="/u{i}.html">Tabouret'
        f' en chêne modèle {i}</a></strong><div class="price-box"><span class="price">{89 + i},00'
        f'\u00a0€</span></div><div class="actions-secondary"><a href="#" class="action '
        f'towishlist">Ajouter à ma liste d\'envies</a></div></div></li>' for i in range(1, 5)
    )
    main = (
        '<div class="columns"><div class="column main"><div class="product-info-main"><div '
        'class="page-title-wrapper product"><h1 class="page-title"><span class="base" data-ui-id'
        '="page-title-wrapper" itemprop="name">Table basse Jura</span></h1></div><div class="'
        'product-reviews-summary"><div class="rating-summary"><span class="label"><span>Note'
        '</span></span><div class="rating-result" title="80%"><span><span>80%</span></span></div>'
        '</div><div class="reviews-actions"><a class="action view" href="#reviews">3&nbsp;<span>'
        'Avis</span></a><a class="action add" href="#review-form">Ajouter votre avis</a></div>'
        '</div><div class="product-info-price"><div class="price-box price-final_price"><span '
        'class="price-container price-final_price tax weee"><span class="price-wrapper"><span '
        'class="price">429,00\u00a0€</span></span></span></div><div class="product-info-stock-'
        'sku"><div class="stock available" title="Disponibilité"><span>En stock</span></div><div '
        'class="product attribute sku"><strong class="type">UGS</strong><div class="value" '
        'itemprop="sku">TB-JURA</div></div></div></div><div class="product-add-form"><form id="'
        'product_addtocart_form"><div class="box-tocart"><div class="field qty"><label class="'
        'label" for="qty"><span>Qté</span></label><input type="number" name="qty" id="qty" value'
        '="1"></div><div class="actions"><button type="submit" title="Ajouter au panier" class="'
        'action primary tocart"><span>Ajouter au panier</span></button></div></div></form></div>'
        '<div class="product-social-links"><div class="product-addto-links"><a href="#" class="'
        'action towishlist"><span>Ajouter à ma liste d\'envies</span></a><a href="#" class="'
        'action tocompare"><span>Ajouter au comparateur</span></a></div><a href="/sendfriend" '
        'class="action mailto friend"><span>Email</span></a></div><div class="product attribute '
        f'overview"><div class="value" itemprop="description">{MAGENTO_TEXT[0]}</div></div></div>'
        '<div class="product media"><img src="/m.jpg" alt=""></div><div class="product info '
        'detailed"><div class="product data items" role="tablist"><div class="data item title '
        'active" role="tab"><a class="data switch" href="#description">Détails</a></div><div '
        'class="data item content" id="description" role="tabpanel"><div class="product '
        f'attribute description"><div class="value"><p>{MAGENTO_TEXT[1]}</p></div></div></div>'
        '<div class="data item title" role="tab"><a class="data switch" href="#additional">Plus '
        'd\'informations</a></div><div class="data item content" id="additional" role="tabpanel"'
        ' aria-hidden="true" style="display: none;"><div class="additional-attributes-wrapper '
        'table-wrapper"><table class="data table additional-attributes" id="product-attribute-'
        'specs-table"><caption class="table-caption">Plus d\'informations</caption><tbody>'
        f'{specs}</tbody></table></div></div><div class="data item title" role="tab"><a class="'
        'data switch" href="#reviews">Avis <span class="counter">3</span></a></div><div class="'
        'data item content" id="reviews" role="tabpanel" aria-hidden="true" style="display: '
        'none;"><div id="product-review-container"><ol class="items review-items"><li class="'
        'item review-item"><div class="review-title">Superbe table</div><div class="review-'
        'content">Livrée en parfait état, le bois est magnifique.</div><div class="review-'
        'details"><p class="review-author"><span class="review-details-label">Avis de</span>'
        '<strong class="review-details-value">Claire</strong></p><p class="review-date"><span '
        'class="review-details-label">Posté le</span><time class="review-details-value">'
        '05/03/2024</time></p></div></li></ol></div></div></div></div><div class="block upsell">'
        '<div class="block-title title"><strong>Nous vous recommandons aussi ces produits'
        '</strong></div><div class="block-content content"><div class="products wrapper grid '
        f'products-grid products-upsell"><ol class="products list items product-items">{upsell}'
        "</ol></div></div></div></div></div>"
    )
    return page("fr", "Table basse Jura", main, crumbs=("Salon", "Tables"), sidebar=False,
                body_class="catalog-product-view product-table-basse-jura page-layout-1column",
                head='<link rel="canonical" href="https://meubles.example.fr/table-basse-jura.html">'
                '<meta property="og:type" content="product">')


AMAZON_BULLETS = [
    "Keeps drinks cold for 24 hours and hot for 12 hours with double-wall vacuum insulation.",
    "Leak-proof lid with a carrying loop that fits most car cup holders.",
    "Made of food-grade stainless steel, free of BPA, dishwasher safe.",
]
AMAZON_DESCRIPTION = (
    "The Trailhead bottle goes from the office to the mountain. Its powder-coated finish "
    "gives a sure grip and does not sweat, so bags and desks stay dry."
)
AMAZON_SPECS = [("Brand", "Trailhead"), ("Capacity", "750 Milliliters"),
                ("Material", "Stainless Steel"), ("Item Weight", "390 Grams")]
AMAZON_REVIEW = "Ice was still in it after a whole day in the car. The lid never leaked."


def amazon() -> str:
    """An Amazon-like product page: title, brand link, rating, price, "About this item"
    bullets, a buy box, the description, a specification table, "Customers who bought
    this item also bought", and customer reviews with their buttons."""
    specs = "".join(f'<tr><th class="a-color-secondary a-size-base prodDetSectionEntry">{k}</th>'
                    f'<td class="a-size-base prodDetAttrValue">{v}</td></tr>'
                    for k, v in AMAZON_SPECS)
    sims = "".join(
        f'<li class="a-carousel-card"><div class="p13n-sc-uncoverable-faceout"><a class="a-link'
        f'-normal" href="/dp/B0{i}"><div class="p13n-sc-truncate">Trailhead Straw Lid Spare Part'
        f' Model {i}</div></a><div class="a-icon-row"><span class="a-icon-alt">4.{i} out of 5 '
        f'stars</span></div><span class="a-price"><span class="a-offscreen">${9 + i}.99</span>'
        f"</span></div></li>" for i in range(1, 6)
    )
    main = (
        '<div id="dp" class="kitchen en_US"><div id="dp-container"><div id="centerCol"><div id='
        '"titleSection"><h1 id="title" class="a-size-large"><span id="productTitle">Trailhead '
        'Insulated Water Bottle, 750 ml, Stainless Steel</span></h1></div><div id="bylineInfo_'
        'feature_div"><a id="bylineInfo" href="/stores/Trailhead">Visit the Trailhead Store</a>'
        '</div><div id="averageCustomerReviews"><span class="a-icon-alt">4.6 out of 5 stars'
        '</span> <a id="acrCustomerReviewLink" href="#customerReviews"><span id="acrCustomer'
        'ReviewText">2,318 ratings</span></a></div><div id="corePriceDisplay_desktop_feature_div'
        '"><span class="a-price aok-align-center"><span class="a-offscreen">$27.99</span><span '
        'aria-hidden="true">$27.99</span></span></div><div id="feature-bullets" class="a-section'
        ' a-spacing-medium"><h1 class="a-size-base-plus a-text-bold">About this item</h1><ul '
        'class="a-unordered-list a-vertical a-spacing-mini">'
        + "".join(f'<li><span class="a-list-item">{b}</span></li>' for b in AMAZON_BULLETS)
        + '</ul></div></div><div id="rightCol"><div id="buybox"><div id="availability"><span>'
        'In Stock</span></div><div id="addToCart_feature_div"><input id="add-to-cart-button" '
        'type="submit" value="Add to Cart"><span>Add to Cart</span></div><div id="buyNow_feature'
        '_div"><span>Buy Now</span></div><div id="tabular-buybox"><span>Ships from</span> <span>'
        'Nordwind</span> <span>Sold by</span> <span>Nordwind</span></div></div></div><div id="'
        'productDescription_feature_div"><h2>Product description</h2><div id="productDescription'
        f'" class="a-section a-spacing-small"><p><span>{AMAZON_DESCRIPTION}</span></p></div></div>'
        '<div id="prodDetails"><h2>Product information</h2><table id="productDetails_techSpec_'
        f'section_1" class="a-keyvalue prodDetTable" role="presentation">{specs}</table></div>'
        '<div id="sims-consolidated-1_feature_div"><div class="a-carousel-container"><h2 class="'
        'a-carousel-heading">Customers who bought this item also bought</h2><div class="a-'
        'carousel-pagination">Page 1 of 4</div><ol class="a-carousel">'
        f'{sims}</ol></div></div><div id="reviewsMedley"><h2>Customer reviews</h2><div class="'
        'a-row"><span>4.6 out of 5</span></div><div id="cm-cr-dp-review-list"><div id="R1" class'
        '="a-section review aok-relative" data-hook="review"><div class="a-profile-name">Jordan'
        '</div><a data-hook="review-title" class="review-title"><span>Cold all day</span></a>'
        '<span data-hook="review-date" class="review-date">Reviewed in the United States on '
        'March 3, 2024</span><span data-hook="avp-badge" class="a-size-mini">Verified Purchase'
        '</span><div data-hook="review-body" class="review-text"><span>'
        f'{AMAZON_REVIEW}</span></div><span data-hook="helpful-vote-statement">12 people found '
        'this helpful</span><span class="a-button"><a>Helpful</a></span><a class="report">'
        "Report</a></div></div></div></div></div>"
    )
    return page("en", "Trailhead Insulated Water Bottle, 750 ml : Sports & Outdoors", main,
                wrap=False, sidebar=False,
                head='<link rel="canonical" href="https://shop.example.com/Trailhead-Insulated-'
                'Water-Bottle/dp/B0TRAIL01">')


# ---------------------------------------------------------------- services

SAAS_FEATURES = [
    ("Schedules that build themselves",
     "Tell Rosterly who can work when, and it drafts next week's shifts in seconds, "
     "respecting rest times and everyone's hours."),
    ("Swaps without the group chat",
     "Staff trade shifts in the app; managers approve with one tap and the schedule updates "
     "for everyone."),
    ("Payroll-ready timesheets",
     "Clock-ins from any phone turn into timesheets you can export to your payroll "
     "software at the end of the month."),
]
SAAS_PLANS = [("Starter", "$0", "Up to 10 staff"), ("Team", "$4", "Unlimited staff"),
              ("Business", "$7", "Several locations")]


def saas_landing() -> str:
    """A SaaS home page: a hero with two calls to action, a row of customer logos, feature
    sections, a pricing table of plan cards (name, price, features, a button), an FAQ and
    a closing call to action."""
    features = "".join(
        f'<section class="feature feature--{i}"><div class="feature__text"><h2 class="feature__'
        f'title">{t}</h2><p class="feature__body">{b}</p><a class="link-arrow" href="/features/'
        f'{i}">Learn more</a></div><div class="feature__media"><img src="/f{i}.png" alt="">'
        f"</div></section>" for i, (t, b) in enumerate(SAAS_FEATURES)
    )
    plans = "".join(
        f'<div class="pricing-card"><h3 class="pricing-card__name">{name}</h3><div class="'
        f'pricing-card__price"><span class="amount">{price}</span><span class="period">/ user / '
        f'month</span></div><ul class="pricing-card__features"><li>{line}</li><li>Shift swaps'
        f'</li><li>Mobile app</li></ul><a class="btn btn--primary" href="/signup?plan={name}">'
        f"Choose {name}</a></div>" for name, price, line in SAAS_PLANS
    )
    main = (
        '<section class="hero"><h1 class="hero__title">Staff scheduling that takes minutes, '
        'not hours</h1><p class="hero__subtitle">Rosterly plans shifts, tracks hours and keeps '
        'your whole team in the loop, from one simple app.</p><div class="hero__cta"><a class="'
        'btn btn--primary" href="/signup">Start free trial</a><a class="btn btn--ghost" href="/'
        'demo">Book a demo</a></div><p class="hero__note">No credit card required</p></section>'
        '<section class="logos"><p class="logos__title">Trusted by 4,000 teams</p><ul><li><img '
        'alt="Bakery Co"></li><li><img alt="City Gym"></li></ul></section>'
        f'<div class="features">{features}</div><section class="pricing" id="pricing"><h2>'
        'Simple pricing</h2><p>Pay per person on the schedule. Cancel any time.</p><div class="'
        f'pricing-grid">{plans}</div></section><section class="faq"><h2>Questions</h2><details>'
        '<summary>Can I try Rosterly for free?</summary><p>Yes, every plan starts with a 14-day '
        'trial with all features.</p></details></section><section class="cta-band"><h2>Ready '
        'to stop juggling spreadsheets?</h2><a class="btn" href="/signup">Get started free</a>'
        "</section>"
    )
    return page("en", "Rosterly – Staff scheduling software", main, sidebar=False,
                body_class="home page-template-landing",
                head='<meta property="og:type" content="website"><link rel="canonical" href="'
                'https://www.rosterly.example/">' + ld({"@context": "https://schema.org",
                "@type": "SoftwareApplication", "name": "Rosterly",
                "applicationCategory": "BusinessApplication",
                "offers": {"@type": "Offer", "price": "0", "priceCurrency": "USD"}}))


LOCAL_INTRO = (
    "Somos una fontanería familiar de Valencia con más de veinte años de experiencia. "
    "Atendemos averías urgentes, reformas de baño y revisiones de calderas en toda la ciudad."
)
LOCAL_SERVICES = ["Reparación de fugas y atascos", "Instalación y revisión de calderas",
                  "Reformas completas de baño", "Urgencias las 24 horas"]
LOCAL_HOURS = [("Lunes a viernes", "8:00 – 20:00"), ("Sábado", "9:00 – 14:00"),
               ("Domingo", "Solo urgencias")]


def local_business() -> str:
    """A local business's page (Spanish): an introduction, its services, opening hours as
    a table, the address and phone, a map, and a call to ask for a quote."""
    hours = "".join(f"<tr><td>{d}</td><td>{h}</td></tr>" for d, h in LOCAL_HOURS)
    main = (
        '<article class="page type-page"><header class="entry-header"><h1 class="entry-title">'
        'Fontanería Turia</h1></header><div class="entry-content"><p>' + LOCAL_INTRO + '</p>'
        '<div class="wp-block-columns"><div class="wp-block-column"><h2>Nuestros servicios</h2>'
        '<ul>' + "".join(f"<li>{s}</li>" for s in LOCAL_SERVICES) + '</ul></div><div class="wp-'
        'block-column"><h2>Horario</h2><table class="hours">' + hours + '</table><h2>Dónde '
        'estamos</h2><address>Calle de la Paz 14, 46003 Valencia</address><p><a href="tel:+3496'
        '0000000">960 000 000</a></p></div></div><div class="map"><iframe src="https://maps.'
        'example/embed?q=valencia" title="Mapa"></iframe></div><div class="wp-block-buttons"><a '
        'class="wp-block-button__link" href="/presupuesto">Pide tu presupuesto gratis</a></div>'
        "</div></article>"
    )
    return page("es", "Fontanería Turia – Fontaneros en Valencia", main,
                body_class="page-template-default page",
                head=ld({"@context": "https://schema.org", "@type": "Plumber",
                         "name": "Fontanería Turia", "telephone": "+34960000000",
                         "address": {"@type": "PostalAddress", "streetAddress":
                                     "Calle de la Paz 14", "addressLocality": "Valencia"}}))


CONTACT_TEXT = "يسعدنا تواصلكم معنا. يرد فريق خدمة العملاء على جميع الرسائل خلال يوم عمل واحد."
CONTACT_LINES = ["العنوان: شارع الملك فهد 120، الرياض", "الهاتف: 0112345678",
                 "البريد الإلكتروني: info@example.sa",
                 "ساعات العمل: الأحد إلى الخميس، 9 صباحاً – 5 مساءً"]


def contact_page() -> str:
    """A company's contact page (Arabic, right to left): a line of welcome, the address,
    phone, e-mail and hours, and a contact form."""
    main = (
        '<div class="page-content"><h1>اتصل بنا</h1><p>' + CONTACT_TEXT + '</p><div class="'
        'contact-info"><ul>' + "".join(f"<li>{line}</li>" for line in CONTACT_LINES)
        + '</ul></div><form class="wpcf7-form contact-form" method="post"><p><label>الاسم'
        '<input type="text" name="name"></label></p><p><label>البريد الإلكتروني<input type="'
        'email" name="email"></label></p><p><label>الرسالة<textarea name="message"></textarea>'
        '</label></p><p><input type="submit" value="إرسال"></p></form></div>'
    )
    return page("ar", "اتصل بنا – شركة النخيل للتجارة", main, crumbs=("اتصل بنا",),
                body_class="page-template-default page page-contact",
                head='<link rel="canonical" href="https://www.example.sa/contact/">')


# ---------------------------------------------------------------- listings

ARCHIVE_POSTS = [
    ("Mit dem Zug nach Triest", "5. März 2024",
     "Zwölf Stunden, drei Umstiege und ein Abend am Hafen: wie die Reise ohne Flugzeug "
     "gelang und was wir beim nächsten Mal anders machen würden."),
    ("Wandern im Frühnebel", "2. März 2024",
     "Warum sich der frühe Aufbruch lohnt, auch wenn der Wecker um fünf Uhr klingelt, und "
     "welche Wege im Schwarzwald dann fast leer sind."),
    ("Packliste für eine Woche Radreise", "27. Februar 2024",
     "Unsere Liste nach vier Sommern auf dem Rad, vom Flickzeug bis zur leichten Regenjacke, "
     "mit allem, was wir inzwischen zu Hause lassen."),
    ("Ein Winter in Lappland", "20. Februar 2024",
     "Polarlichter, Rentiere und minus dreißig Grad: Notizen aus einer Hütte am Inarisee, "
     "wo die Sonne im Januar kaum über den Horizont steigt."),
    ("Die schönsten Fähren Europas", "14. Februar 2024",
     "Von der Elbfähre bis zur Überfahrt nach Korsika: sieben Schiffsreisen, bei denen der "
     "Weg selbst das schönste Stück des Urlaubs ist."),
]


def blog_archive() -> str:
    """A WordPress theme's monthly archive (German): a page header, posts with a linked
    title, date and author line, an excerpt and a footer of category and comment links,
    numbered pagination, and a sidebar of widgets."""
    posts = "".join(
        f'<article id="post-{n}" class="post-{n} post type-post status-publish format-standard '
        f'hentry category-reisen"><header class="entry-header"><h2 class="entry-title"><a href="'
        f'/2024/03/beitrag-{n}/" rel="bookmark">{t}</a></h2><div class="entry-meta"><span class='
        f'"posted-on">Veröffentlicht am <a href="/2024/03/beitrag-{n}/"><time class="entry-date '
        f'published" datetime="2024-03-0{n + 1}">{d}</time></a></span><span class="byline"> von '
        f'<span class="author vcard"><a href="/author/jana/">Jana</a></span></span></div></header>'
        f'<div class="entry-summary"><p>{s} <a class="more-link" href="/2024/03/beitrag-{n}/">'
        f'Weiterlesen</a></p></div><footer class="entry-footer"><span class="cat-links">'
        f'Veröffentlicht in <a href="/category/reisen/" rel="category tag">Reisen</a></span>'
        f'<span class="comments-link"><a href="/2024/03/beitrag-{n}/#comments">{n + 1} '
        f"Kommentare</a></span></footer></article>"
        for n, (t, d, s) in enumerate(ARCHIVE_POSTS)
    )
    main = (
        '<header class="page-header"><h1 class="page-title">Monat: <span>März 2024</span></h1>'
        f'</header>{posts}<nav class="navigation pagination" aria-label="Beiträge"><h2 class="'
        'screen-reader-text">Beitrags-Navigation</h2><div class="nav-links"><span aria-current='
        '"page" class="page-numbers current">1</span><a class="page-numbers" href="/page/2/">2'
        '</a><a class="next page-numbers" href="/page/2/">Weiter</a></div></nav>'
    )
    return page("de", "März 2024 – Unterwegs mit Jana", main,
                body_class="archive date hfeed", head='<meta name="generator" content="'
                'WordPress 6.4.3"><link rel="canonical" href="https://unterwegs.example.de/2024/'
                '03/">')


SEARCH_RESULTS = [
    ("Choisir un vélo de ville", "velo.example.fr › guides › choisir",
     "Cadre, taille, freins : les questions à se poser avant d'acheter un vélo pour les "
     "trajets quotidiens en ville."),
    ("Entretenir sa chaîne de vélo", "velo.example.fr › atelier › chaine",
     "Nettoyer, graisser et mesurer l'usure de la chaîne en quinze minutes, avec trois "
     "outils seulement."),
    ("Le vélo électrique en hiver", "velo.example.fr › conseils › hiver",
     "Batterie, pneus et éclairage : comment continuer à rouler quand les températures "
     "passent sous zéro."),
    ("Pistes cyclables de Lyon", "velo.example.fr › villes › lyon",
     "Les itinéraires les plus sûrs pour traverser la ville, des quais du Rhône à la "
     "colline de la Croix-Rousse."),
]


def search_results() -> str:
    """A site's search results (French): the query, a count, filters with checkboxes,
    results each a linked title, a breadcrumb of its address and a snippet, and pages."""
    results = "".join(
        f'<li class="search-result"><h3 class="search-result__title"><a href="/r/{i}">{t}</a>'
        f'</h3><div class="search-result__url">{u}</div><p class="search-result__snippet">{s}'
        f"</p></li>" for i, (t, u, s) in enumerate(SEARCH_RESULTS)
    )
    main = (
        '<div class="search-page"><form class="search-form" role="search" action="/recherche">'
        '<input type="search" name="q" value="vélo"><button type="submit">Rechercher</button>'
        '</form><h1>Résultats de recherche pour « vélo »</h1><p class="search-count">42 '
        'résultats</p><div class="search-layout"><aside class="filters"><h2>Filtrer</h2><fieldset'
        '><legend>Rubrique</legend><label><input type="checkbox"> Guides (12)</label><label><'
        'input type="checkbox"> Atelier (9)</label><label><input type="checkbox"> Conseils (21)'
        '</label></fieldset></aside><ol class="search-results">' + results + '</ol></div><nav '
        'class="pagination"><a href="?q=v%C3%A9lo&page=1" aria-current="page">1</a><a href="?q='
        'v%C3%A9lo&page=2">2</a><a href="?q=v%C3%A9lo&page=2">Suivant</a></nav></div>'
    )
    return page("fr", "Recherche : vélo – Vélo Pratique", main, sidebar=False,
                body_class="search search-results",
                head='<link rel="canonical" href="https://velo.example.fr/recherche?q=v%C3%A9lo">')


JOBS = [
    ("バックエンドエンジニア（Go）", "株式会社ミナト", "東京都港区", "年収600万円〜900万円",
     "決済サービスのAPI開発を担当していただきます。リモート勤務可。"),
    ("ウェブデザイナー", "デザイン工房カエデ", "大阪府大阪市", "月給28万円〜",
     "自社サービスの画面設計とブランドサイトの制作をお任せします。"),
    ("データアナリスト", "ヤマト物流株式会社", "神奈川県横浜市", "年収500万円〜750万円",
     "配送データを分析し、倉庫の配置や人員計画の改善を提案します。"),
    ("カスタマーサポート", "株式会社ツバメ", "福岡県福岡市", "時給1,300円〜",
     "オンラインショップのお客様からのお問い合わせにメールと電話で対応します。"),
]


def job_board() -> str:
    """A job board's results (Japanese): a search form, a count, cards each with a linked
    title, company, place, pay, a line of the job, its age, and apply/save buttons."""
    cards = "".join(
        f'<div class="job-card"><h2 class="job-card__title"><a href="/jobs/{i}">{t}</a></h2>'
        f'<div class="job-card__company">{c}</div><ul class="job-card__meta"><li class="'
        f'location">{p}</li><li class="salary">{pay}</li></ul><p class="job-card__desc">{d}</p>'
        f'<div class="job-card__footer"><span class="posted">{i + 2}日前</span><a class="btn '
        f'apply" href="/apply/{i}">応募する</a><button class="save">保存</button></div></div>'
        for i, (t, c, p, pay, d) in enumerate(JOBS)
    )
    main = (
        '<form class="job-search"><input name="q" placeholder="職種・キーワード"><input name="'
        'l" placeholder="勤務地"><button>検索</button></form><h1>求人一覧</h1><p class="count">'
        f'1,204件の求人</p><div class="job-list">{cards}</div><nav class="pager"><a href="?p=2">'
        "次へ</a></nav>"
    )
    return page("ja", "求人一覧 | しごとナビ", main,
                head='<link rel="canonical" href="https://jobs.example.jp/search?q=">')


EVENTS = [
    ("Tue", "5", "March 5 @ 7:00 pm", "9:00 pm", "Beginners' pottery night", "Clay Studio",
     "12 Mill Street", "Try the wheel for the first time; aprons, clay and tea provided."),
    ("Sat", "9", "March 9 @ 10:00 am", "1:00 pm", "Riverside litter pick", "Town Bridge",
     "River Walk", "Gloves and bags provided. Meet at the steps by the bridge."),
    ("Thu", "14", "March 14 @ 6:30 pm", "8:00 pm", "Local history talk: the old mills",
     "Library Hall", "3 Church Lane", "A talk with photographs from the town archive."),
    ("Sun", "17", "March 17 @ 2:00 pm", "4:00 pm", "Family board game afternoon",
     "Community Centre",
     "8 Park Road", "Games for all ages; bring your own favourite to share."),
]


def events_calendar() -> str:
    """The Events Calendar's list view: a search bar, a view selector, a month separator,
    rows each with a date tag, date and time, a linked title, the venue and a description,
    and a subscribe button."""
    rows = "".join(
        f'<div class="tribe-events-calendar-list__event-row"><div class="tribe-events-calendar-'
        f'list__event-date-tag"><time class="tribe-events-calendar-list__event-date-tag-datetime"'
        f' datetime="2024-03-{int(day):02d}"><span class="tribe-events-calendar-list__event-date'
        f'-tag-weekday">{wd}</span><span class="tribe-events-calendar-list__event-date-tag-'
        f'daynum">{day}</span></time></div><div class="tribe-events-calendar-list__event-wrapper'
        f'"><article class="tribe-events-calendar-list__event"><div class="tribe-events-calendar'
        f'-list__event-details"><header class="tribe-events-calendar-list__event-header"><div '
        f'class="tribe-events-calendar-list__event-datetime-wrapper"><time class="tribe-events-'
        f'calendar-list__event-datetime"><span class="tribe-event-date-start">{start}</span> - '
        f'<span class="tribe-event-time">{end}</span></time></div><h3 class="tribe-events-'
        f'calendar-list__event-title"><a href="/event/e{i}/" class="tribe-events-calendar-list__'
        f'event-title-link">{title}</a></h3><address class="tribe-events-calendar-list__event-'
        f'venue"><span class="tribe-events-calendar-list__event-venue-title">{venue}</span> '
        f'<span class="tribe-events-calendar-list__event-venue-address">{addr}</span></address>'
        f'</header><div class="tribe-events-calendar-list__event-description"><p>{desc}</p>'
        f"</div></div></article></div></div>"
        for i, (wd, day, start, end, title, venue, addr, desc) in enumerate(EVENTS)
    )
    main = (
        '<div class="tribe-common tribe-events tribe-events-view tribe-events-view--list"><div '
        'class="tribe-events-l-container"><header class="tribe-events-header"><div class="tribe-'
        'events-c-events-bar"><form class="tribe-events-c-search"><input type="text" name="tribe'
        '-events-views[tribe-bar-search]" placeholder="Search for events"><button class="tribe-'
        'common-c-btn tribe-events-c-search__button" type="submit">Find Events</button></form>'
        '<div class="tribe-events-c-view-selector"><ul><li><a href="?view=list">List</a></li>'
        '<li><a href="?view=month">Month</a></li><li><a href="?view=day">Day</a></li></ul></div>'
        '</div><div class="tribe-events-c-top-bar"><a class="tribe-events-c-top-bar__today-'
        'button" href="/events/">Today</a><h1 class="tribe-events-c-top-bar__datepicker">'
        'Upcoming</h1></div></header><div class="tribe-events-calendar-list"><h2 class="tribe-'
        'events-calendar-list__month-separator"><time class="tribe-events-calendar-list__month-'
        f'separator-text">March 2024</time></h2>{rows}</div><nav class="tribe-events-calendar-'
        'list-nav"><a class="tribe-events-c-nav__prev" href="?page=0">Previous Events</a><a '
        'class="tribe-events-c-nav__next" href="?page=2">Next Events</a></nav><div class="tribe-'
        'events-c-subscribe-dropdown"><button class="tribe-events-c-subscribe-dropdown__button">'
        "Subscribe to calendar</button></div></div></div>"
    )
    return page("en", "Events from March 5 – Millbrook Town", main,
                body_class="post-type-archive post-type-archive-tribe_events events-list",
                head='<link rel="canonical" href="https://millbrook.example.org/events/list/">')


# ---------------------------------------------------------------- collections

TAG_POSTS = [
    ("用小数据集训练图像分类模型",
     "只有几百张图片时，迁移学习和数据增强能让模型的准确率提高一大截。"),
    ("决策树为什么容易过拟合", "从树的深度和叶子节点的样本数说起，看看剪枝是怎样起作用的。"),
    ("给初学者的特征工程清单", "缺失值、类别变量和数值缩放，这三步做好了，模型就成功了一半。"),
    ("模型上线之后要监控什么", "数据漂移、延迟和错误率，是生产环境中最先需要关注的三个指标。"),
    ("交叉验证的五种常见错误", "按时间划分、按用户分组，这些细节决定了评估结果是否可信。"),
]


def tag_page() -> str:
    """A blog's tag page (Chinese): the tag's name and a line about it, then cards each with
    an image, a linked title, an excerpt, a date and a read count; pagination."""
    cards = "".join(
        f'<article class="post-card"><a class="post-card__image" href="/p/{i}"><img src="/c{i}.'
        f'jpg" alt=""></a><div class="post-card__body"><h2 class="post-card__title"><a href="/p/'
        f'{i}">{t}</a></h2><p class="post-card__excerpt">{e}</p><div class="post-card__meta">'
        f'<time datetime="2024-03-0{i + 1}">2024年3月{i + 1}日</time><span class="views">阅读 '
        f"{1000 + i * 87}</span></div></div></article>" for i, (t, e) in enumerate(TAG_POSTS)
    )
    main = (
        '<header class="tag-header"><h1 class="tag-title">标签：机器学习</h1><p class="tag-'
        f'description">关于机器学习的入门与实践文章。</p></header><div class="post-feed">{cards}'
        '</div><nav class="pagination"><a href="/tag/ml/page/2/">下一页</a></nav>'
    )
    return page("zh", "机器学习 - 标签 - 数据札记", main, body_class="tag-template tag-ml",
                head='<link rel="canonical" href="https://blog.example.cn/tag/ml/">')


CATEGORY_ITEMS = [
    ("Экономика", "В Казани открылся новый технопарк для молодых компаний",
     "Резидентам предложат офисы, лаборатории и льготную аренду на первые два года работы.",
     "5 марта 2024"),
    ("Экономика", "Фермеры региона увеличили урожай гречки на треть",
     "Рост связан с новыми сортами и тёплой осенью, которая позволила убрать поля вовремя.",
     "4 марта 2024"),
    ("Экономика", "Цены на жильё в пригородах выросли за год на 12 процентов",
     "Спрос смещается за город: покупатели ищут дома с участком и хорошей дорогой до центра.",
     "3 марта 2024"),
    ("Экономика", "Местный завод начал выпуск электрических автобусов",
     "Первые двадцать машин выйдут на городские маршруты уже этой весной.",
     "2 марта 2024"),
]


def news_category() -> str:
    """A news site's section page (Russian): a section title, a lead card and a list of
    cards, each with a rubric, a linked headline, a lead and a date; "show more"."""
    cards = "".join(
        f'<div class="news-card"><a class="news-card__rubric" href="/economy/">{r}</a><h3 class="'
        f'news-card__title"><a href="/news/{i}">{t}</a></h3><p class="news-card__lead">{lead}</p>'
        f'<span class="news-card__date">{d}</span></div>'
        for i, (r, t, lead, d) in enumerate(CATEGORY_ITEMS)
    )
    main = (
        '<div class="section-page"><h1 class="section-title">Экономика</h1><div class="news-'
        f'list">{cards}</div><button class="more-button">Показать ещё</button></div>'
    )
    return page("ru", "Экономика — Вечерний город", main,
                head='<link rel="canonical" href="https://gorod.example.ru/economy/">'
                '<meta property="og:type" content="website">')


LINKS = {
    "Tools": [("Tidewater", "reads tide tables from any harbour office into one format."),
              ("Quillon", "builds static documentation sites from Markdown files."),
              ("Tally", "counts values in files too large for memory.")],
    "Reading": [("Notes on small data", "why a few hundred examples can be enough."),
                ("The cost of a dependency", "a checklist before adding a library."),
                ("Writing error messages", "say what happened and what to do next.")],
}


def link_list() -> str:
    """A curated list of links (an "awesome list" or a weekly round-up): an introduction,
    sections, each a list of linked names with a line about each."""
    sections = "".join(
        f'<h2 id="{h.lower()}">{h}</h2><ul>'
        + "".join(f'<li><a href="https://example.org/{n.replace(" ", "-")}">{n}</a> — {d}</li>'
                  for n, d in items)
        + "</ul>" for h, items in LINKS.items()
    )
    main = (
        '<article class="page"><h1>Good small software</h1><p>A hand-picked list of small, '
        'well-made tools and a few essays about building them. Suggestions are welcome.</p>'
        f'{sections}<p class="updated">Last updated March 2024.</p></article>'
    )
    return page("en", "Good small software – a curated list", main,
                head='<link rel="canonical" href="https://lists.example.net/good-small-software/">')
