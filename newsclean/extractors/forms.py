"""What a form asks of the reader is not the page's text.

A newsletter sign-up, a log-in box, a "request a quote" or contact form: their labels,
help lines and consent notes ("This field is hidden when viewing the form", "We will never
share your email") are sentences, and on a site it never saw the learned scorer keeps them
beside a service page's text. The markup says what they are, in any language: a `<form>`
that asks for an email address, a password, a telephone number or free text (an `<input>`
of type `email`, `password` or `tel`, or a `<textarea>`). A search box or a product's
options (size, colour, quantity) ask for none of these and are left alone.

Two kinds of page are not read so. Some sites wrap the whole page in one form (ASP.NET
Web Forms): a form holding half the page's words or more is the page, not a prompt. And a
shop's product page puts its buy box, options and description in the form that adds to
the cart, which may ask for an email ("tell me when it is back"): on product pages
(`newsclean.pagetype`, for the caller to check) this pass does not run. A reply box under
comments is the comment section's (`newsclean.comments`).
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml.html import HtmlElement

from newsclean.blocks import TextBlock, words_under

ENTRY_TYPES = frozenset({"email", "password", "tel"})
"""`<input>` types that ask the reader for themselves: an address, a secret, a number."""
PAGE_SHARE = 0.5
"""A form holding this share of the page's words or more wraps the page."""


def entry_form_text(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """The kept blocks inside a form that asks for an email, a password, a telephone
    number or free text, unless the form wraps the page."""
    kept = [i for i, k in enumerate(keep) if k]
    forms = {a for i in kept for a in blocks[i].ancestors if a.tag == "form"}
    if not forms:
        return []
    entry = {form for form in forms if asks_for_entry(form)}
    if not entry:
        return []
    total = sum(b.words for b in blocks)
    words = words_under(blocks)
    prompts = {form for form in entry if words.get(form, 0) < PAGE_SHARE * total}
    return [i for i in kept if not prompts.isdisjoint(blocks[i].ancestors)]


def asks_for_entry(form: HtmlElement) -> bool:
    """Whether the form holds a `<textarea>` or an `<input>` of an `ENTRY_TYPES` type."""
    for el in form.iter("input", "textarea"):
        if el.tag == "textarea" or (el.get("type") or "").strip().lower() in ENTRY_TYPES:
            return True
    return False
