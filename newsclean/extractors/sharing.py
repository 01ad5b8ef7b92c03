"""Links that share the page are not its text.

A share bar's buttons ("Auf Facebook teilen", "Per WhatsApp teilen", "Email") are short
lines in the article's own box, and a scorer that never saw the site may keep them. Their
wording is every language's, but their links are the same everywhere: each points to a
network's share endpoint with the page's address in its query (`facebook.com/sharer`,
`twitter.com/intent/tweet`, `wa.me/?text=`, a `mailto:` with only a subject and body).
A kept block whose every link is such a link, and that says little besides (a button's
label, not a sentence that happens to link), leaves the kept text.

The endpoints are data: one pattern, here, for every network that publishes a share URL.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml.html import HtmlElement

from newsclean.blocks import TextBlock

SHARE_ENDPOINTS = re.compile(
    r"(facebook\.com/(sharer|share\.php|dialog/(share|feed|send))"
    r"|(twitter|x)\.com/(intent/|share)"
    r"|linkedin\.com/(sharearticle|shareArticle|share|cws/share)"
    r"|wa\.me/|api\.whatsapp\.com/send|whatsapp://send"
    r"|t\.me/share|telegram\.me/share|reddit\.com/submit|pinterest\.[a-z.]+/pin/create"
    r"|tumblr\.com/(share|widgets/share)|vk\.com/share|xing\.com/(spi/shares|social/share)"
    r"|bsky\.app/intent|threads\.net/intent|news\.ycombinator\.com/submitlink"
    r"|getpocket\.com/(save|edit)|line\.me/R/msg|flipboard\.com/bookmarklet"
    r"|^\s*mailto:\s*\?)",
    re.IGNORECASE,
)
"""A share link's address: a network's share endpoint, or a mail with no recipient."""
SHARE_MAX_WORDS = 6
"""A share button's label is a few words ("Share on Facebook", "Per E-Mail teilen");
a longer block holding only share links is left to the scorer."""


def share_buttons(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """The kept short blocks whose every link (inside them, or the link they sit in)
    shares the page."""
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
    return bool(links) and all(is_share_link(a) for a in links)


def is_share_link(link: HtmlElement) -> bool:
    """Whether a link's address is a share endpoint (`SHARE_ENDPOINTS`): its `href`, or a
    `data-` attribute where a script-driven button keeps it (`href="#"`
    `data-share-url="https://x.com/intent/tweet?…"`)."""
    return any(
        SHARE_ENDPOINTS.search(value) is not None
        for name, value in link.attrib.items() if name == "href" or name.startswith("data-")
    )
