"""What a page shows over itself, in a dialog, is not its text.

A cookie banner, a newsletter sign-up, a login prompt, a "you are leaving this site"
notice, a cart drawer: pages ship them in the HTML, closed, and open them over the page
by script. Their text is sentences, often long ones, so the rules and the learned scorer
can take them for prose (a consent dialog's four paragraphs about "technical storage or
access"), most of all on a site the scorer never saw. The markup says what they are, in
any language and on any site: a `<dialog>` element, or an element whose WAI-ARIA role is
`dialog` or `alertdialog` (`aria-modal="true"` is only said of one).

One kind of page puts its own text in such panels: a shop's product page opens its
description, size guide and care notes in "sheets" or "drawers" marked as dialogs. On
product pages (`newsclean.pagetype`, for the caller to check) this pass does not run.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

from lxml.html import HtmlElement

from newsclean.blocks import Memo, TextBlock, held_at_or_above

DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
"""WAI-ARIA roles of a window over the page."""


def dialog_text(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """The kept blocks that sit inside a dialog."""
    known: Memo = {}
    return [
        i for i, k in enumerate(keep)
        if k and _in_dialog(blocks[i].element, known)
    ]


def _in_dialog(el: HtmlElement, known: Memo) -> bool:
    """Whether `el` or an element above it is a dialog; `known` remembers the answers for
    the elements already walked (a page's blocks share most of their ancestors)."""
    return held_at_or_above(chain((el,), el.iterancestors()), is_dialog, known)


def is_dialog(el: HtmlElement) -> bool:
    """A `<dialog>` element, or one whose role is a dialog's."""
    if el.tag == "dialog":
        return True
    role = el.get("role")
    return bool(role) and role.strip().lower() in DIALOG_ROLES
