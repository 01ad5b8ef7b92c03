"""A share bar's buttons leave the kept text by their links, in any language
(`newsclean.extractors.sharing`). Small pages built here; the unseen scorer that keeps the
buttons is replayed on the shipped one (`tests.markup.replay_scorer`)."""

from __future__ import annotations

import pytest

from newsclean.document import load
from newsclean.extractors.density import DensityExtractor, DensityParams
from newsclean.extractors.sharing import (
    follows_feed,
    follows_network,
    is_share_link,
    share_buttons,
)
from tests.markup import body_blocks, replay_scorer

STORY = (
    "Der Stadtrat hat am Dienstag nach zwei Jahren Anhörungen den neuen Kai genehmigt, und "
    "die Arbeiten an den Fundamenten sollen im Frühling beginnen, wenn das Wetter es erlaubt."
)
PAGE = "https://news.example/kai"
BUTTONS = [
    (f"https://www.facebook.com/sharer/sharer.php?u={PAGE}", "Auf Facebook teilen"),
    (f"https://twitter.com/intent/tweet?url={PAGE}", "Auf X teilen"),
    (f"https://wa.me/?text={PAGE}", "Per WhatsApp teilen"),
    (f"mailto:?subject=Kai&body={PAGE}", "Per E-Mail teilen"),
]


def _page() -> str:
    bar = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in BUTTONS)
    body = "".join(f"<p>{STORY} Absatz {n}.</p>" for n in range(5))
    return (
        f'<html lang="de"><body><nav><a href="/">Start</a></nav><main><article>'
        f"<h1>Neuer Kai genehmigt</h1><ul class='x9'>{bar}</ul>{body}"
        "<p>Mehr dazu: <a href='https://www.facebook.com/stadtrat'>der Stadtrat auf Facebook</a>"
        "</p></article></main></body></html>"
    )


def test_share_buttons_leave_a_kept_article(monkeypatch: pytest.MonkeyPatch) -> None:
    replay_scorer(monkeypatch, lambda text: 0.9 if "teilen" in text else None)
    text = DensityExtractor().extract(load(_page())).text
    assert "Absatz 4" in text and "teilen" not in text
    off = DensityExtractor(DensityParams(share_buttons=False)).extract(load(_page())).text
    assert "Auf Facebook teilen" in off  # the replayed scorer keeps them: the pass removed them


def test_what_counts_as_a_share_button() -> None:
    blocks = body_blocks(_page().split("<body>")[1].split("</body>")[0])
    dropped = [blocks[i].text for i in share_buttons(blocks, [True] * len(blocks))]
    assert dropped == [label for _, label in BUTTONS]
    assert share_buttons(blocks, [False] * len(blocks)) == []  # only kept blocks leave


@pytest.mark.parametrize("href,share", [
    ("https://www.facebook.com/sharer.php?u=x", True),
    ("https://www.linkedin.com/shareArticle?mini=true&url=x", True),
    ("https://x.com/intent/post?text=x", True),
    ("https://t.me/share/url?url=x", True),
    ("MAILTO:?subject=x", True),
    ("https://www.facebook.com/stadtrat", False),  # a profile, not a share
    ("mailto:redaktion@news.example", False),  # an address: a way to write to someone
    ("https://twitter.com/stadtrat", False),
    ("#", False),
])
def test_share_endpoints(href: str, share: bool) -> None:
    link = load(f'<html><body><a href="{href}">x</a></body></html>').tree.find(".//a")
    assert link is not None and is_share_link(link) is share


@pytest.mark.parametrize("attrs,share", [
    ('href="#" data-share-url="https://x.com/intent/tweet?url=x"', True),  # a script's button
    ('href="#" data-url="whatsapp://send?text=x"', True),
    ('href="#" data-label="Teilen"', False),
    ('href="#" title="https://www.facebook.com/sharer.php?u=x"', False),  # not an address
])
def test_share_endpoint_kept_in_a_data_attribute(attrs: str, share: bool) -> None:
    link = load(f"<html><body><a {attrs}>x</a></body></html>").tree.find(".//a")
    assert link is not None and is_share_link(link) is share


def test_a_button_whose_link_wraps_its_block() -> None:
    """A share link wrapped around a block-level label (`<a><div>Teilen</div></a>`): the
    block's element is the `<div>`, and its link is above it, not inside."""
    href = f"https://www.facebook.com/sharer/sharer.php?u={PAGE}"
    blocks = body_blocks(
        f"<p>{STORY}</p><a href='{href}'><div>Auf Facebook teilen</div></a>"
        "<a href='https://www.facebook.com/stadtrat'><div>Der Stadtrat</div></a>"
    )
    assert [b.text for b in blocks][1:] == ["Auf Facebook teilen", "Der Stadtrat"]
    dropped = [blocks[i].text for i in share_buttons(blocks, [True] * len(blocks))]
    assert dropped == ["Auf Facebook teilen"]


@pytest.mark.parametrize("href,label,follows", [
    ("https://www.instagram.com/stadtrat/", "Instagram", True),
    ("https://podcasts.apple.com/de/podcast/kai/id123", "Auf Apple Podcasts hören", True),
    ("https://open.spotify.com/show/abc", "Spotify", True),
    ("https://www.youtube.com/@stadtrat", "", True),  # an icon only
    ("https://m.facebook.com/stadtrat", "Folgen Sie uns auf Facebook", True),
    ("https://www.youtube.com/@lernkanal", "Tu Escuela de Español", False),  # a channel named
    ("https://open.spotify.com/episode/abc", "https://open.spotify.com/episode/abc", False),
    ("https://news.example/instagram", "Instagram", False),  # the site's own page
    ("https://www.facebook.com.evil.example/x", "Facebook", False),
    ("https://x.com/stadtrat", "Folgen auf X", True),
    ("https://x.com/stadtrat", "Explore the council", False),  # an "x" inside a word
    ("https://www.pinterest.co.uk/stadtrat", "Contact", False),  # "co" names no network
    ("https://youtu.be/abc", "YouTube", True),
    # the podcast apps a show lists under "Subscribe on", in any country
    ("https://www.ivoox.com/podcast-cielo_sq_f1420042_1.html", "iVoox", True),
    ("https://pocketcasts.com/podcast/cielo/abc", "Pocket Casts", True),
    ("https://podcastaddict.com/podcast/cielo/42", "Podcast Addict", True),
    ("https://www.podbean.com/podcast-detail/abc/Cielo", "Podbean", True),
    ("https://music.youtube.com/playlist?list=abc", "YouTube Music", True),
    ("https://www.ivoox.com/episodio-42_rf_1.html", "Episodio 42: el cielo de invierno", False),
])
def test_what_follows_a_network(href: str, label: str, follows: bool) -> None:
    link = load(f'<html><body><a href="{href}">{label}</a></body></html>').tree.find(".//a")
    assert link is not None and follows_network(link) is follows


def test_a_follow_bar_leaves_and_a_list_of_channels_stays() -> None:
    bar = ('<p><a href="https://www.facebook.com/stadtrat">Facebook</a> | '
           '<a href="https://www.instagram.com/stadtrat">Instagram</a> | '
           '<a href="https://www.youtube.com/@stadtrat"><svg></svg></a></p>')
    channels = ('<ul><li><a href="https://www.youtube.com/@a">Tu Escuela de Español</a></li>'
                '<li><a href="https://www.youtube.com/@b">Español con Juan</a></li></ul>')
    heading = '<h2><a href="https://www.youtube.com/watch?v=1">Stadtrat auf YouTube</a></h2>'
    blocks = body_blocks(f"<p>{STORY}</p>{bar}{channels}{heading}")
    dropped = [blocks[i].text for i in share_buttons(blocks, [True] * len(blocks))]
    assert dropped == ["Facebook | Instagram |"]


@pytest.mark.parametrize("href,label,attrs,follows", [
    ("/feed/", "RSS", "", True),
    ("https://example.com/podcast/episodes.rss", "", "", True),  # an icon only
    ("/rss.xml", "RSS Feed", "", True),
    ("/atom", "Atom", "", True),
    ("/subscribe", "RSS", ' type="application/rss+xml"', True),
    ("/feed/", "Our weekly digest", "", False),  # a label that says more than a feed
    ("/news/rss-readers-explained", "RSS", "", False),  # a story about feeds
])
def test_what_follows_a_feed(href: str, label: str, attrs: str, follows: bool) -> None:
    html = f'<html><body><a href="{href}"{attrs}>{label}</a></body></html>'
    link = load(html).tree.find(".//a")
    assert link is not None and follows_feed(link) is follows


def test_a_podcasts_follow_bar_with_its_own_feed_leaves() -> None:
    """"Apple Podcasts · Spotify · RSS": the networks' links and the site's own feed."""
    bar = ('<p><a href="https://podcasts.apple.com/x">Apple Podcasts</a> · '
           '<a href="https://open.spotify.com/show/x">Spotify</a> · <a href="/rss">RSS</a></p>')
    blocks = body_blocks(f"<p>{STORY}</p>{bar}")
    dropped = [blocks[i].text for i in share_buttons(blocks, [True] * len(blocks))]
    assert dropped == ["Apple Podcasts · Spotify · RSS"]


@pytest.mark.parametrize("bar", [
    '【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">'
    "关闭窗口</a>】",
    '<a href="javascript:print()">Drucken</a> | <a href="javascript:window.close()">Fenster '
    "schließen</a>",
    '[<a href=" JavaScript:window.print();">Imprimir</a>]',
    '<a href="javascript:void(0)" onclick="addFav()">Add to favorites</a>',
])
def test_a_row_of_script_buttons_leaves(bar: str) -> None:
    """Buttons that run a script on the page (print it, close its window, bookmark it) in
    any language: their links lead nowhere, so nothing a reader reads is behind them."""
    blocks = body_blocks(f"<p>{STORY}</p><div>{bar}</div>")
    dropped = [blocks[i].text for i in share_buttons(blocks, [True] * len(blocks))]
    assert len(blocks) == 2 and dropped == [blocks[1].text]


@pytest.mark.parametrize("line", [
    '<a href="javascript:showNote(3)">He silently retired into his hermitage.</a>',
    'Print this <a href="javascript:print()">form</a> and bring it signed to the town office.',
])
def test_a_sentence_a_script_link_wraps_stays(line: str) -> None:
    """A sentence inside a script's link, or one link in a sentence, is text, not a
    button."""
    blocks = body_blocks(f"<p>{STORY}</p><p>{line}</p>")
    assert share_buttons(blocks, [True] * len(blocks)) == []
