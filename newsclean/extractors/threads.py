"""A thread's posts, after whichever decided (the rules or the learned scorer).

On a forum or Q&A page the container narrows to one post and its template: the replies
beside it join the kept text (`thread_replies`; the posts are found by the rules,
`rules.thread_posts`), and what a board prints with every post leaves it, since the scorer
reads it as part of each post: the controls and member details ("Quote", "Reply",
"Posts: 9,179", "Joined: Mar 2021"), an edit note, a "Re:" subject, and members'
signatures (`thread_chrome`, run last). Wording is data at the top of this section, in the
languages of the forum engines it was read from; nothing is keyed to a site.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from lxml.html import HtmlElement

from newsclean.blocks import Memo, TextBlock, nearest_at_or_above
from newsclean.extractors.params import Label
from newsclean.extractors.rules import Analysis
from newsclean.model import BlockKind
from newsclean.normalize.members import MEMBER_LABEL, MEMBER_VALUE, holds_digit, member_key
from newsclean.normalize.text import CaseBlind

PROSE_LABELS = frozenset({Label.GOOD, Label.NEAR_GOOD})
"""The rules' labels of running text."""


def thread_replies(
    analysis: Analysis, keep: Sequence[bool], scores: Sequence[float] | None = None,
    min_score: float = 0.0,
) -> list[int]:
    """The prose blocks left out in a thread's posts (`Analysis.posts`): a reply is the
    page's text however short, where the scorer, reading one post's template as the
    article, leaves the replies beside it. A class naming comments is no evidence
    against them: on a thread the comments are the posts. With the scorer's `scores`,
    only blocks it gave `min_score` or more. Signatures, member details and quotes of
    kept posts leave after (`thread_chrome`, `quoted_copies`)."""
    if not analysis.posts:
        return []
    posts = set(analysis.posts)
    return [
        i for i, (b, label) in enumerate(zip(analysis.blocks, analysis.labels, strict=True))
        if not keep[i] and label in PROSE_LABELS
        and (scores is None or scores[i] >= min_score)
        and not posts.isdisjoint(b.ancestors)
    ]


# The controls a forum or Q&A page prints with every post, as a whole block's wording, one
# control or a row of them ("Reply with quote Report": the links of a post's foot run into
# one block) (phpBB, vBulletin, XenForo, Discourse, NodeBB, punBB and their translations).
_CONTROL = (
    r"(?:quote|reply|reply with quote(?: \d+)?|multi-?quote|click to (?:expand|shrink)\.*|"
    r"(?:code: )?select all|expand collapse|copy link(?: to (?:reply|post))?|permalink|report|"
    r"printer friendly format|offline|online|\d+ likes?|like|likes|"
    r"zitieren|antworten|mit zitat antworten|melden|citer|répondre|répondre avec citation|"
    r"signaler|citar|responder|responder citando|denunciar|citazione|rispondi|"
    r"rispondi citando|segnala|citeren|reageren|rapporteren)"
)
THREAD_CONTROLS = CaseBlind(re.compile(
    rf"^\W*{_CONTROL}(?:\W*{_CONTROL}){{0,3}}\W*$", re.IGNORECASE
))
# The subject line a thread gives every reply: the topic's title after "Re:" (and its
# translations: "AW:", "SV:", "Antw:", "R:").
REPLY_SUBJECT = re.compile(r"^(re|aw|sv|antw|vs|r)\s*(\[\d+\])?\s*:\s*\S", re.IGNORECASE)
# The note a board adds under an edited post.
EDIT_NOTE = CaseBlind(re.compile(
    r"^\W*(last edited by|edited by|zuletzt bearbeitet von|dernière édition par|"
    r"editado por|modificato da|laatst bewerkt door)\b",
    re.IGNORECASE,
))
# A line of a member card: a label and a colon ("Location: Leeds", "Primary OS: Linux").
CARD_LINE = re.compile(r"^[^:：]{1,30}[:：]")
# The box a board prints a member's signature in under each of their posts, named so by
# every forum engine (phpBB and vBulletin "signature", XenForo "message-signature", punBB
# "postsignature", Invision's data-role "memberSignature"): a class or role, never an id
# (ids name headings by their text: "PGP_signature").
SIGNATURE = re.compile(r"signature", re.IGNORECASE)
SIGNATURE_MAX_SHARE = 0.5
"""Share of the kept words a signature box may hold: one holding most of them is the
page's text under a template's odd name, not a post's footer."""
_DIGITS = re.compile(r"\d+")
THREAD_CHROME_MAX_WORDS = 8
"""A control or a member detail is a few words; a sentence that starts like one is not."""
THREAD_CHROME_MIN_REPEATS = 2
"""A thread prints its chrome once per post: wording that comes once is the page's own
(an article's "Reply" heading, a profile's "Joined: 2019")."""


def _chrome_key(block: TextBlock) -> str | None:
    """What a block of a thread's chrome repeats from post to post, or None."""
    heading = block.kind is BlockKind.HEADING
    long = block.words > THREAD_CHROME_MAX_WORDS * 2
    if long and not heading:
        return None  # most blocks: their text is not read
    text = block.text.strip()
    if heading and REPLY_SUBJECT.match(text):
        return "re: " + text.split(":", 1)[1].strip().casefold()
    if long:
        return None
    if m := EDIT_NOTE.match(text):
        return m.group(1).casefold()
    if block.words > THREAD_CHROME_MAX_WORDS:
        return None
    if THREAD_CONTROLS.match(text):
        return _DIGITS.sub("#", text.casefold())
    return member_key(text)


def thread_chrome(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """Kept blocks that are a thread's per-post controls or member details: their indices.

    A forum or Q&A page repeats, for every post, buttons ("Quote", "Reply", "Click to
    expand..."), its author's member card ("Posts: 9,179", "Joined: Mar 2021"), an edit
    note ("Last edited by ...") and, on some boards, a subject heading that is the topic's
    title after "Re:"; the scorer reads them as part of each post, since they sit in the
    post's box. Such a block goes when its wording (the label, for a member detail) comes
    back in another block, kept or not: the repetition across posts is what says it is the
    thread's frame, not its text. The other labelled lines of a member card ("Location:")
    go with it, when the card (the detail's parent) holds short lines only; so do members'
    signatures (`signatures`). A detail printed as a label block and a value block
    (`member_values`) is judged by its label, and its value leaves with it. Code is never
    touched; a user's name and the post's date stay (they tell who said what)."""
    keys = [_chrome_key(b) if b.kind is not BlockKind.CODE else None for b in blocks]
    values = member_values(blocks)
    for label in values:
        if m := MEMBER_LABEL.match(blocks[label].text.strip()):
            keys[label] = m.group(1).casefold()  # the value goes with its label, below
    counts: dict[str, int] = {}
    for key in keys:
        if key is not None:
            counts[key] = counts.get(key, 0) + 1
    repeated = [
        i for i, key in enumerate(keys)
        if key is not None and counts[key] >= THREAD_CHROME_MIN_REPEATS
    ]
    chrome = {i for i in repeated if keep[i]}
    chrome.update(values[i] for i in repeated if i in values and keep[values[i]])
    cards = {
        blocks[i].ancestors[1] for i in repeated
        if len(blocks[i].ancestors) > 1 and member_key(blocks[i].text.strip()) is not None
    }
    if cards:
        inside: dict[HtmlElement, list[int]] = {}
        for i, b in enumerate(blocks):
            for card in cards.intersection(b.ancestors[1:]):
                inside.setdefault(card, []).append(i)
        for members in inside.values():
            if all(blocks[i].words <= THREAD_CHROME_MAX_WORDS for i in members):
                chrome.update(
                    i for i in members
                    if keep[i] and blocks[i].kind is not BlockKind.CODE
                    and CARD_LINE.match(blocks[i].text.strip())
                )
    chrome.update(signatures(blocks, keep))
    return sorted(chrome)


def member_values(blocks: Sequence[TextBlock]) -> dict[int, int]:
    """A member detail printed as a label block and a value block after it ("Joined:",
    then "Mar 2019": a definition list's term and definition): each label's index and its
    value's. Code is neither."""
    return {
        i: i + 1 for i, (b, after) in enumerate(pairwise(blocks))
        if after.words <= THREAD_CHROME_MAX_WORDS
        and BlockKind.CODE not in (b.kind, after.kind)
        and holds_digit(after.text)  # every value does: read first, the cheapest test
        and MEMBER_LABEL.match(b.text.strip()) and MEMBER_VALUE.match(after.text.strip())
    }


def _is_signature(el: HtmlElement) -> bool:
    for attr in ("class", "data-role"):
        value = el.get(attr)
        if value is not None and SIGNATURE.search(value[:200]):
            return True
    return False


def signatures(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """Kept blocks inside a post's signature box: their indices.

    A board prints a member's signature (a motto, a list of their gear, links to their
    shop) under every post they write, in a box its templates name "signature"; the
    scorer reads it as the post's last paragraph. It is the member's, not the thread's, and
    WCXB's truths leave it out. A box holding more than `SIGNATURE_MAX_SHARE` of the kept
    words stays (it is the text, whatever its class), and so does code."""
    found: dict[HtmlElement, list[int]] = {}
    # the box at or above each element walked: each element's names are read once
    boxes: Memo = {}
    for i, b in enumerate(blocks):
        if keep[i] and b.kind is not BlockKind.CODE:
            box = nearest_at_or_above(b.ancestors, _is_signature, boxes)
            if box is not None:
                found.setdefault(box, []).append(i)
    if not found:
        return []
    total = sum(b.words for b, k in zip(blocks, keep, strict=True) if k)
    return [
        i for members in found.values()
        if sum(blocks[i].words for i in members) <= SIGNATURE_MAX_SHARE * total
        for i in members
    ]


POST_LINE_MAX_WORDS = 4
"""A label a board prints in every post ("Members", "Reply Quote Like", "Trophy Points:")
is a few words."""
POST_LINE_SHARE = 0.5
"""Share of a thread's posts (and at least `THREAD_CHROME_MIN_REPEATS` + 1 of them) that
must print a line for it to be the board's: a member's name comes back only in the posts
they wrote."""


def repeated_post_lines(analysis: Analysis, keep: Sequence[bool]) -> list[int]:
    """Kept short lines that most of a thread's posts (`Analysis.posts`) print alike: the
    board's frame, in any language and without a word list ("Members", "Messages:",
    "Link to post", "Share on other sites"). What a post says is its own; what every post
    says is its template's. Linked lines (a member's name, linking to their profile) and
    code stay."""
    posts = analysis.posts
    need = max(THREAD_CHROME_MIN_REPEATS + 1, POST_LINE_SHARE * len(posts))
    if len(posts) < need:
        return []
    index = {el: k for k, el in enumerate(posts)}
    seen: dict[str, set[int]] = {}
    lines: list[tuple[int, str]] = []
    for i, b in enumerate(analysis.blocks):
        if b.words > POST_LINE_MAX_WORDS or b.kind is BlockKind.CODE or b.link_density >= 0.5:
            continue
        post = next((index[el] for el in b.ancestors if el in index), None)
        if post is None:
            continue
        text = b.text.strip()
        seen.setdefault(text, set()).add(post)
        lines.append((i, text))
    return [i for i, text in lines if keep[i] and len(seen[text]) >= need]

