"""Links that share the page are not its text.

A share bar's buttons ("Auf Facebook teilen", "Per WhatsApp teilen", "Email") are short
lines in the article's own box, and a scorer that never saw the site may keep them. Their
wording is every language's, but their links are the same everywhere: each points to a
network's share endpoint with the page's address in its query (`facebook.com/sharer`,
`twitter.com/intent/tweet`, `wa.me/?text=`, a `mailto:` with only a subject and body).
A kept block whose every link is such a link, and that says little besides (a button's
label, not a sentence that happens to link), leaves the kept text. So does a follow bar
("Facebook Instagram YouTube", "Listen on Apple Podcasts"): links to the site's own profile
on a network, or to its feed in a podcast app, each labelled with the network's name or
with an icon only; a link to a video or a channel that names something else is the page's
text ("Ten channels to learn Spanish").

The endpoints and the networks' hosts are data: one pattern each, here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from newsclean.blocks import TextBlock
from newsclean.model import BlockKind
from newsclean.normalize.text import CaseBlind

SHARE_ENDPOINTS = CaseBlind(re.compile(
    r"(facebook\.com/(sharer|share\.php|dialog/(share|feed|send))"
    r"|(twitter|x)\.com/(intent/|share)"
    r"|linkedin\.com/(sharearticle|share|cws/share)"
    r"|wa\.me/|api\.whatsapp\.com/send|whatsapp://send"
    r"|t\.me/share|telegram\.me/share|reddit\.com/submit|pinterest\.[a-z.]+/pin/create"
    r"|tumblr\.com/(share|widgets/share)|vk\.com/share|xing\.com/(spi/shares|social/share)"
    r"|bsky\.app/intent|threads\.net/intent|news\.ycombinator\.com/submitlink"
    r"|getpocket\.com/(save|edit)|line\.me/r/msg|flipboard\.com/bookmarklet"
    r"|^\s*mailto:\s*\?)",
    re.IGNORECASE,
))
"""A share link's address: a network's share endpoint, or a mail with no recipient."""
NETWORK_HOSTS = re.compile(
    r"^(?:[a-z0-9-]+\.)*(?:facebook\.com|fb\.me|instagram\.com|twitter\.com|x\.com"
    r"|linkedin\.com|youtube\.com|youtu\.be|tiktok\.com|pinterest\.[a-z.]+|t\.me"
    r"|telegram\.me|threads\.net|bsky\.app|mastodon\.social|vk\.com|ok\.ru|weibo\.com"
    r"|line\.me|snapchat\.com|tumblr\.com|flipboard\.com|whatsapp\.com|xing\.com"
    r"|podcasts\.apple\.com|music\.apple\.com|open\.spotify\.com|soundcloud\.com"
    r"|podcasts\.google\.com|music\.amazon\.[a-z.]+|castbox\.fm|pca\.st|overcast\.fm"
    r"|deezer\.com|ivoox\.com|pocketcasts\.com|podcastaddict\.com|castro\.fm|player\.fm"
    r"|podbean\.com|iheart\.com|tunein\.com|audible\.[a-z.]+|music\.youtube\.com)$",
    re.IGNORECASE,
)
"""Hosts of the networks and podcast apps where a site keeps its own profile or feed."""
GENERIC_HOST_LABELS = frozenset({"www", "com", "co", "open", "music", "m", "mobile"})
"""Parts of a network's host that do not name it (`open.spotify.com` is Spotify,
`pinterest.co.uk` Pinterest)."""
FOLLOW_LINK_SHARE = 0.9
"""Share of a follow bar's letters in its links: the names are the links, with separators
between them ("Facebook | Instagram"); a sentence that links a network ("Mehr dazu: der
Stadtrat auf Facebook") says more than names."""
_WORD = re.compile(r"\w+")
SHARE_MAX_WORDS = 6
"""A share button's label is a few words ("Share on Facebook", "Per E-Mail teilen");
a longer block holding only share links is left to the scorer."""


def share_buttons(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """The kept short blocks whose every link (inside them, or the link they sit in)
    shares the page, or follows the site on a network (`follows_network`), or whose links,
    most of their text, each run a script on the page (`is_script_action`: print, close)."""
    return [
        i for i, k in enumerate(keep)
        if k and blocks[i].words <= SHARE_MAX_WORDS and blocks[i].link_density > 0
        and _only_share_links(blocks[i])
    ]


def _only_share_links(block: TextBlock) -> bool:
    links: list[HtmlElement] = list(block.element.iter("a"))
    above = next(block.element.iterancestors("a"), None)
    if above is not None:
        links.append(above)
    if not links:
        return False
    others = [a for a in links if not is_share_link(a)]
    if not others:
        return True
    if block.link_density >= SCRIPT_ACTION_DENSITY and all(map(_script_button, links)):
        return True  # "【打印本页】【关闭窗口】", "Print | Bookmark": the page's own buttons
    if block.kind is BlockKind.HEADING or not all(
        follows_network(a) or follows_feed(a) for a in others
    ):
        return False
    linked = sum(_letters(a.text_content()) for a in links)
    return linked >= FOLLOW_LINK_SHARE * _letters(block.text)


def _letters(text: str) -> int:
    return sum(len(word) for word in _WORD.findall(text))


def follows_network(link: HtmlElement) -> bool:
    """Whether a link leads to a network (`NETWORK_HOSTS`) under the network's own name or
    an icon: "Instagram", "Listen on Spotify", an empty `<a>` around an SVG. A link whose
    label is an address or names anything else (a channel, an episode) is not a follow
    button."""
    href = (link.get("href") or "").strip()
    if "//" not in href[:8]:  # a network's page has a full address; a relative one is the site's
        return False
    try:
        host = (urlsplit(href).hostname or "").casefold()
    except ValueError:
        return False
    if NETWORK_HOSTS.match(host) is None:
        return False
    label = link.text_content().casefold()
    if "/" in label:
        return False
    words = _WORD.findall(label)
    names = [part for part in host.split(".")[:-1] if part not in GENERIC_HOST_LABELS]
    # a word of the label opens with the network's name: "YouTube" for youtu.be, "X" for
    # x.com (and not "Explore"); or words run together do: "Pocket Casts" for pocketcasts.com
    runs = ["".join(words[k:]) for k in range(len(words))]
    return not words or any(run.startswith(name) for run in runs for name in names)


FEED_PATH = re.compile(r"[/.](?:rss|atom|feeds?)(?:\.xml)?/?$|\.rss$", re.IGNORECASE)
"""The address of a site's feed: ".../feed/", "/rss.xml", "/atom", "episodes.rss"."""
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml"})
FEED_WORDS = frozenset({"rss", "atom", "feed"})
"""A feed link's label, in any language (the formats' names)."""


def follows_feed(link: HtmlElement) -> bool:
    """Whether a link leads to the site's feed under the feed's name or an icon ("RSS"):
    a follow button like a network's ("Apple Podcasts · Spotify · RSS")."""
    href = (link.get("href") or "").strip()
    try:
        path = urlsplit(href).path
    except ValueError:
        return False
    if FEED_PATH.search(path) is None and (link.get("type") or "").strip() not in FEED_TYPES:
        return False
    return set(_WORD.findall(link.text_content().casefold())) <= FEED_WORDS


SCRIPT_ACTION_DENSITY = 0.5
"""Share of a block's text in its script actions' links from which the block is those
buttons (the brackets and bars between them are the rest)."""


def is_script_action(link: HtmlElement) -> bool:
    """Whether a link runs a script instead of leading anywhere (`href="javascript:…"`):
    the page's buttons to print it, close its window, bookmark it or enlarge its type, in
    any language. Nothing a reader reads is behind one."""
    return (link.get("href") or "").lstrip()[:11].lower() == "javascript:"


BUTTON_MAX_WORDS = 3
"""Words of a button's label ("Print", "Close window", "打印本页"); a sentence in a
script's link ("He silently retired into his hermitage.") is text a script wraps."""


def _script_button(link: HtmlElement) -> bool:
    """A script action (`is_script_action`) labelled as a button is."""
    return is_script_action(link) and len(_WORD.findall(link.text_content())) <= BUTTON_MAX_WORDS


def is_share_link(link: HtmlElement) -> bool:
    """Whether a link's address is a share endpoint (`SHARE_ENDPOINTS`): its `href`, or a
    `data-` attribute where a script-driven button keeps it (`href="#"`
    `data-share-url="https://x.com/intent/tweet?…"`)."""
    return any(
        SHARE_ENDPOINTS.search(value) is not None
        for name, value in link.attrib.items() if name == "href" or name.startswith("data-")
    )
