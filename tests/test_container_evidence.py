"""What counts as evidence for the rules' container (`newsclean.extractors.rules`), on small
pages built here (no page of a dataset is copied):

- a utility class's arbitrary value ("min-h-[calc(100vh-var(--navbar-height))]") is CSS,
  not the element's name: the "navbar" in it does not make the article furniture;
- prose in the page's `<footer>` (a disclaimer, an "about us") is no evidence for a
  container, so a short article above a long footer keeps its own container;
- prose in a menu (a mega-menu's promotion, nested deep under `<nav>`) is no evidence
  either, unless the menu is only left unclosed around the page's `<main>` or `<article>`;
- on a thread whose posts are printed as "comments" (a link aggregator's page: a link, then
  its readers' discussion), the names would make every post furniture and leave no
  container; there the name "comment" is not furniture, and the posts are the text.
"""

from __future__ import annotations

import json

import pytest

from newsclean.blocks import hint
from newsclean.document import load
from newsclean.extractors.density import DensityExtractor, DensityParams
from newsclean.extractors.hints import negative_hint
from newsclean.extractors.rules import analyse

STORY = (
    "The harbour authority approved the new quay on Tuesday after two years of hearings, and "
    "work on the foundations is expected to begin in the spring, weather permitting. "
)
DISCLAIMER = (
    "This material is not intended to replace the advice of a qualified professional, and "
    "the information in it has been obtained from sources believed to be reliable, but its "
    "accuracy cannot be guaranteed and no liability is accepted for any loss arising from it. "
)


def _rules(html: str, **params: bool) -> tuple[str, str]:
    """The container's class and the text the rules keep."""
    a = analyse(load(html), DensityParams(**params))
    kept = " ".join(b.text for b, k in zip(a.blocks, a.keep, strict=True) if k)
    return ("" if a.container is None else hint(a.container)), kept


@pytest.mark.parametrize("token", [
    "min-h-[calc(100vh-var(--navbar-height))]",
    "lg:pt-[var(--footer-offset)]",
    "[&_figcaption]:flex",
    "data-[state=menu-open]:block",
    "text-[var(--site-banner-color,",  # cut by a space inside the brackets
])
def test_an_arbitrary_value_does_not_name_the_element(token: str) -> None:
    assert not negative_hint(f"prose {token}")
    assert negative_hint("navbar") and negative_hint("site-footer")  # names still count


def test_an_article_styled_with_arbitrary_values_keeps_its_text() -> None:
    body = "".join(f"<p>{STORY}Paragraph {n} adds its detail.</p>" for n in range(5))
    html = (
        "<html><body><nav><a href='/'>Home</a></nav>"
        '<article class="w-full min-h-[calc(100vh-var(--navbar-height))]">'
        f"<h1>New quay approved</h1>{body}</article></body></html>"
    )
    container, kept = _rules(html)
    assert "Paragraph 4" in kept and "min-h" in container


def _footer_page() -> str:
    return (
        "<html><body><header><nav><a href='/'>Home</a> <a href='/s'>Services</a></nav></header>"
        f"<main><section><h1>Renting with care</h1><p>{STORY}</p></section></main>"
        # page builders nest a footer's text deep, beyond the reach of the names above it
        '<footer class="page-footer"><section class="row"><div class="wrap"><div class="grid">'
        '<div class="col"><div class="inner"><div class="text">'
        f"<p>{DISCLAIMER}</p><p>{DISCLAIMER}{DISCLAIMER}</p></div></div></div></div></div>"
        "</section>"
        "<p><a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a></p></footer>"
        "</body></html>"
    )


def test_a_footers_prose_is_no_container() -> None:
    container, kept = _rules(_footer_page())
    assert "harbour authority" in kept and "qualified professional" not in kept
    assert container != "text"
    old_container, old_kept = _rules(_footer_page(), footer_no_container=False)
    assert old_container == "text"  # as before: the disclaimer's box was the container
    assert "qualified professional" in old_kept and "harbour" not in old_kept


def test_a_page_wholly_in_a_footer_finds_no_container() -> None:
    """Prose that only a footer holds is never taken for the page's text by the rules."""
    deep = "<div><div><div><div><div><div>"
    html = (f"<html><body><footer>{deep}<p>{DISCLAIMER}</p><p>{DISCLAIMER}</p>"
            f"{deep.replace('<', '</')}</footer></body></html>")
    container, kept = _rules(html)
    assert container == "" and kept == ""



PROMO = (
    "Our legal help team is a statewide nonprofit organisation dedicated to helping people "
    "with low incomes, and every year it gives advice to thousands of families in need. "
)


def _megamenu_page(tag: str = "section") -> str:
    """A menu whose panel holds long promotional prose, nested past the names read, above
    a page whose text is a short introduction and a list of linked forms."""
    deep = "<div><div><div><div><div>"
    forms = "".join(f"<li><a href='/f{n}'>Form number {n} for the court</a></li>"
                    for n in range(12))
    return (
        "<html><body><header><nav><ul><li><a href='/a'>About</a>"
        f"{deep}<p>{PROMO}</p><p>{PROMO}</p>{deep.replace('<', '</')}</li></ul></nav></header>"
        f"<{tag}><h1>Free legal forms</h1><p>{STORY}</p><p>{STORY}Read them first.</p>"
        f"<p>{STORY}Ask us for help.</p><ul>{forms}</ul></{tag}>"
        "</body></html>"
    )


def test_a_menus_prose_is_no_container() -> None:
    _, kept = _rules(_megamenu_page())
    assert "harbour authority" in kept and "nonprofit" not in kept
    _, old_kept = _rules(_megamenu_page(), nav_no_container=False)
    assert "nonprofit" in old_kept and "harbour" not in old_kept  # the menu's panel won


@pytest.mark.parametrize("tag", ["main", "article", "section"])
def test_a_menu_left_unclosed_around_the_text_is_not_the_menus_text(tag: str) -> None:
    """The parser makes an unclosed menu the parent of everything after it: a `<main>`
    or `<article>` below it is the page's text, and so is a menu holding most of the
    page's prose (a `<section>` says nothing), which stays evidence."""
    deep = "<div><div><div><div>"  # past the names read above a block
    html = (f"<html><body><nav><a href='/'>Home</a>{deep}"
            f"<{tag}><h1>New quay</h1><p>{STORY}</p><p>{STORY}</p></{tag}>"
            f"</body></html>")
    assert "harbour authority" in _rules(html)[1]


REPLIES = [
    "Very interested in the ergonomic reference counting work, since I clone handles "
    "everywhere in my async services and the noise adds up over a large codebase.",
    "So do I, and I find that eliding the clones would not especially improve ergonomics "
    "once the complexity of a new trait is counted against it.",
    "That is my concern as well: I have never felt the pain of cloning to be a burden large "
    "enough to justify an implicit copy of smart pointers in the language.",
    "The trait solver work interests me more than any of this, since it blocks so many of "
    "the features people have been asking for over the last few years.",
    "Great writeup, and many things on this list will help operating system development "
    "in particular, where the build scripts have long been a pain.",
]


def _aggregator(declared: bool = True) -> str:
    comments = "".join(
        f'<li class="comments_subtree"><div class="comment" id="c_{n}">'
        f'<div class="details"><div class="byline"><a href="/u/{n}">user{n}</a> 1 year ago</div>'
        f'<div class="comment_text"><p>{text}</p></div></div></div></li>'
        for n, text in enumerate(REPLIES)
    )
    ld = json.dumps({"@context": "https://schema.org", "@type": "DiscussionForumPosting",
                     "headline": "Project goals for the year"})
    head = f'<script type="application/ld+json">{ld}</script>' if declared else ""
    return (
        f"<html><head><title>Project goals</title>{head}</head><body>"
        "<header><a href='/'>Active</a> <a href='/recent'>Recent</a> <a href='/login'>Login</a>"
        "</header><ol class='stories'><li class='story'><a href='https://example.org/goals'>"
        "Project goals for the year</a> via user0 | 5 comments</li></ol>"
        f"<ol class='comments comments1'>{comments}</ol></body></html>"
    )


def test_a_threads_posts_named_comments_are_its_text() -> None:
    container, kept = _rules(_aggregator())
    assert "comments" in container
    assert all(reply[:40] in kept for reply in REPLIES)
    assert _rules(_aggregator(), thread_comment_names=False) == ("", "")  # as before
    text = DensityExtractor().extract(load(_aggregator())).text
    assert "ergonomic reference counting" in text and "operating system" in text


def test_comments_under_an_article_stay_furniture() -> None:
    """An article's comments, in the same markup, stay out: the rules find the article's
    container, and the names keep their meaning."""
    story = "".join(f"<p>{STORY}Paragraph {n} adds its detail.</p>" for n in range(5))
    html = _aggregator(declared=False).replace(
        "<ol class='stories'>", f"<article><h1>New quay approved</h1>{story}</article><ol>"
    )
    kept = _rules(html)[1]
    assert "Paragraph 4" in kept and "ergonomic" not in kept


def _unclosed_menu(role_main: bool = False) -> str:
    """A page whose header's menu is left unclosed: the parser puts `<main>` inside it."""
    body = "".join(f"<p>{STORY}Paragraph {n} adds its detail.</p>" for n in range(4))
    main = ('<div role="main" class="content">' if role_main else '<main class="content">')
    close = "</div>" if role_main else "</main>"
    return (
        '<html lang="en"><body><header class="site-header"><nav class="navbar">'
        '<div class="navbar-collapse"><ul class="menu"><li><a href="/">Home</a></li></ul>'
        f"{main}<h1>New quay approved</h1>{body}{close}</body></html>"
    )


@pytest.mark.parametrize("role_main", [False, True])
def test_a_menu_left_unclosed_around_main_does_not_make_it_furniture(role_main: bool) -> None:
    html = _unclosed_menu(role_main)
    a = analyse(load(html), DensityParams())
    kept = " ".join(b.text for b, k in zip(a.blocks, a.keep, strict=True) if k)
    assert "Paragraph 3" in kept
    assert not any(f for b, f in zip(a.blocks, a.near_furniture, strict=True)
                   if "Paragraph" in b.text)
    old = analyse(load(html), DensityParams(stop_at_main=False))
    assert all(f for b, f in zip(old.blocks, old.near_furniture, strict=True)
               if "Paragraph" in b.text)  # as before: the navbar's name made them furniture
