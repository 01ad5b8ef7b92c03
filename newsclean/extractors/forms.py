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

A question put to the reader with its answers as buttons ("Was this page helpful?" over
thumbs up and down, "Did this answer your question? Yes No") is a form without a `<form>`:
`button_prompts` finds it by the buttons in the question's own box.

A placeholder for embedded content the reader has not consented to ("To see this content
please enable targeting cookies", "Ich bin damit einverstanden, dass mir der externe Inhalt
angezeigt wird") speaks of consent beside the control that gives it: `consent_placeholders`
finds it by both, the wording in the languages `normalize.clutter` lists.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from lxml.html import HtmlElement

from newsclean.blocks import LINKED, Spans, TextBlock, block_spans, words_under
from newsclean.normalize.clutter import asks_consent, is_call_to_action

BOX_WORDS = 40
"""Words a form's box (the form and what prompts it: a heading, a line on what the reader
gets, a consent note) holds at most."""
BOX_BLOCK_WORDS = 30
"""Longest block of a form's box: a prompt's lines are short; a paragraph of story is not."""
BOX_BLOCKS = 3
"""Blocks a form's box holds besides the form's own: a heading, a line, a note. A card of
a product's features with a sign-up line under it holds more (wcxb-dev tune 0660)."""
ENTRY_TYPES = frozenset({"email", "password", "tel"})
"""`<input>` types that ask the reader for themselves: an address, a secret, a number."""
PAGE_SHARE = 0.5
"""A form holding this share of the page's words or more wraps the page."""
PROMPT_WORDS = 12
"""Words of a question put to the reader at most ("Was this article helpful for you?")."""
QUESTION_ENDS = ("?", "\uff1f", "\u061f")
"""A question's last character: Latin, full-width (Chinese, Japanese), Arabic."""
MIN_ANSWERS = 2
"""Buttons that answer a question put to the reader at least: "Yes" and "No", two thumbs."""
PROMPT_DEPTH = 3
"""Elements above the question searched for its answers' box."""
ANSWER_INPUTS = frozenset({"button", "submit", "radio"})
"""`<input>` types that answer with a click."""


def entry_form_text(blocks: Sequence[TextBlock], keep: Sequence[bool],
                    page_forms: Sequence[HtmlElement] = (), spans: Spans | None = None
                    ) -> list[int]:
    """The kept blocks inside a form that asks for an email, a password, a telephone
    number or free text, or in the box of short lines around it that prompts it (`_box`),
    unless the form wraps the page. `page_forms`: the page's forms, where the caller has
    them (a form of fields and a button holds no kept block to find it by). `spans`: the
    blocks' `block_spans`, where the caller has them (read once for every pass)."""
    kept = [i for i, k in enumerate(keep) if k]
    forms = {a for i in kept for a in blocks[i].ancestors if a.tag == "form"}
    forms.update(page_forms)  # a form of fields and a button holds no kept text itself
    if not forms:
        return []
    entry = {form for form in forms if asks_for_entry(form)}
    if not entry:
        return []
    total = sum(b.words for b in blocks)
    words = words_under(blocks)
    prompts = {form for form in entry if words.get(form, 0) < PAGE_SHARE * total}
    if not prompts:
        return []
    spans = spans if spans is not None else block_spans(blocks)
    boxes = {_box(blocks, form, words, spans, total) for form in prompts}
    return [i for i in kept if not boxes.isdisjoint(blocks[i].ancestors)]


def _box(blocks: Sequence[TextBlock], form: HtmlElement, words: dict[HtmlElement, int],
         spans: Spans, total: int) -> HtmlElement:
    """The form with the prompt around it: its largest ancestor of a few short lines
    ("Get our morning briefing", "The day's top stories, in your inbox"), which stops
    where the story's paragraphs, a card's list of features or most of the page's words
    begin."""

    def count(el: HtmlElement) -> int:
        first, last = spans.get(el, (0, -1))
        return last - first + 1

    own = count(form)
    box, parent = form, form.getparent()
    while parent is not None:
        if count(parent) - own > BOX_BLOCKS or words.get(parent, 0) > min(
            BOX_WORDS, PAGE_SHARE * total
        ):
            break
        first, last = spans.get(parent, (0, -1))  # a few blocks at most, by the test above
        if any(blocks[j].words > BOX_BLOCK_WORDS for j in range(first, last + 1)):
            break
        box, parent = parent, parent.getparent()
    return box


def asks_for_entry(form: HtmlElement) -> bool:
    """Whether the form holds a `<textarea>` or an `<input>` of an `ENTRY_TYPES` type."""
    for el in form.iter("input", "textarea"):
        if el.tag == "textarea" or (el.get("type") or "").strip().lower() in ENTRY_TYPES:
            return True
    return False


def button_prompts(
    blocks: Sequence[TextBlock], keep: Sequence[bool], spans: Spans | None = None
) -> list[int]:
    """Kept questions put to the reader whose answers are buttons: a short line ending with
    a question mark whose box (the nearest of its elements, `PROMPT_DEPTH` up, that holds
    no other block) holds at least `MIN_ANSWERS` buttons. A question in an article is
    followed by its answer in text; a poll's answer is a click, and the line is furniture
    the page shows on every page ("Was this page helpful?", "Fanden Sie diesen Artikel
    hilfreich?"). `spans`: as for `entry_form_text`."""
    found = []
    for i, block in enumerate(blocks):
        if not keep[i] or block.words > PROMPT_WORDS or not block.text.rstrip().endswith(
            QUESTION_ENDS
        ):
            continue
        spans = spans if spans is not None else block_spans(blocks)
        # a box holding more of the page is a section, an FAQ's answer: no further
        for el, inside in small_boxes(block, i, spans, PROMPT_DEPTH, 1 + MAX_ANSWER_BLOCKS):
            others = [j for j in inside if j != i]
            if all(_answers(blocks[j], el) for j in others) and answer_buttons(el) >= MIN_ANSWERS:
                found.extend([i, *(j for j in others if keep[j])])
                break
    return found


MAX_ANSWER_BLOCKS = 2
"""Blocks of a question's box besides the question that may be its answers' labels."""
PICKER_BLOCKS = 2
"""Blocks of a picker's box at most: its prompt, and the label or the option shown."""


def picker_prompts(
    blocks: Sequence[TextBlock], keep: Sequence[bool], spans: Spans | None = None
) -> list[int]:
    """Kept short lines whose own small box holds a drop-down list (`<select>`): a
    widget's prompt beside its picker ("Pulse en el mapa para ver los resultados por
    distrito" over "Elige otro municipio", "Choose another station"), which asks for a
    choice, as a poll's question asks for a click. A line of `PROMPT_WORDS` at most, in a
    box of `PICKER_BLOCKS` blocks at most (`PROMPT_DEPTH` up). A line naming one of the
    picker's options is the title of what the picker shows ("Send an SMS with Python"
    over a code sample's language picker), and stays; so does a line beside a picker
    without options (`_options`). `spans`: as for `entry_form_text`."""
    found: list[int] = []
    for i, block in enumerate(blocks):
        if not keep[i] or block.words > PROMPT_WORDS:
            continue
        spans = spans if spans is not None else block_spans(blocks)
        for el, inside in small_boxes(block, i, spans, PROMPT_DEPTH, PICKER_BLOCKS):
            picker = next(el.iter("select"), None)
            if picker is not None:
                if _options(picker) and not _names_an_option(block.text, picker):
                    found.extend(j for j in inside if keep[j])
                break
    return sorted(set(found))


def _options(picker: HtmlElement) -> list[str]:
    """The picker's option texts of two characters or more, casefolded. A picker the page
    prints without options is filled by a script, and says nothing of what it picks."""
    labels = (" ".join(o.text_content().split()).casefold() for o in picker.iter("option"))
    return [label for label in labels if len(label) >= 2]


def _names_an_option(text: str, picker: HtmlElement) -> bool:
    """Whether `text` holds the text of one of the picker's options, casefolded."""
    line = text.casefold()
    return any(label in line for label in _options(picker))


def _answers(block: TextBlock, box: HtmlElement) -> bool:
    """Whether `block` is nothing but the labels of the box's answers (a poll's "Yes" and
    "No" beside their radio buttons, read as one block "YesNo")."""
    labels = "".join("".join(el.text_content().split()) for el in box.iter("label"))
    return bool(labels) and "".join(block.text.split()) in labels


def small_boxes(
    block: TextBlock, i: int, spans: Spans, depth: int,
    most: int,
) -> Iterator[tuple[HtmlElement, range]]:
    """The elements above block `i` (itself first, `depth` of them at most) with the
    range of the page's blocks each holds, up to the first that holds more than `most`
    blocks: the boxes a line of furniture shares with its buttons or its calls."""
    for el in block.ancestors[:depth]:
        first, last = spans.get(el, (i, i))
        if last - first + 1 > most:
            return
        yield el, range(first, last + 1)


def answer_buttons(box: HtmlElement) -> int:
    """Buttons in `box`: `<button>`s, `<input>`s clicked as an answer, and elements with
    the role of a button, counted up to `MIN_ANSWERS`."""
    count = 0
    for el in box.iter("button", "input", "a", "span", "div"):
        if el.tag == "button" or el.get("role") == "button" or (
            el.tag == "input" and (el.get("type") or "").strip().lower() in ANSWER_INPUTS
        ):
            count += 1
            if count >= MIN_ANSWERS:
                break
    return count


CONSENT_WORDS = 150
"""Longest block of a consent placeholder: a provider's notice, not a page on privacy."""
CONSENT_BOX_BLOCKS = 5
"""Blocks a placeholder's box holds at most: a title, the notice, a button's label, a note."""
CONSENT_DEPTH = 4
"""Elements above the notice searched for its box's control."""
CONTROL_ROLES = frozenset({"button", "switch", "checkbox"})
CONTROL_INPUTS = frozenset({"button", "submit", "checkbox"})


def consent_placeholders(
    blocks: Sequence[TextBlock], keep: Sequence[bool], spans: Spans | None = None
) -> list[int]:
    """Kept blocks of a placeholder shown instead of embedded content until the reader
    consents to its provider's cookies: a block that speaks of consent, cookies or a third
    party's content (`clutter.asks_consent`) in a small box (at most `CONSENT_BOX_BLOCKS`
    blocks, `CONSENT_DEPTH` elements up) that holds a control to consent with (a button, a
    checkbox, a switch), and the other kept blocks of that box (its title, the control's
    label). An article about cookies has no button beside its paragraphs. `spans`: as for
    `entry_form_text`."""
    found: set[int] = set()
    for i, block in enumerate(blocks):
        if not keep[i] or i in found or block.words > CONSENT_WORDS or not asks_consent(
            block.text
        ):
            continue
        spans = spans if spans is not None else block_spans(blocks)
        for el, box in small_boxes(block, i, spans, CONSENT_DEPTH, CONSENT_BOX_BLOCKS):
            if _has_control(el):
                found.update(j for j in box if keep[j])
                break
    return sorted(found)


def _has_control(box: HtmlElement) -> bool:
    """Whether `box` holds a button, a checkbox or a switch."""
    for el in box.iter("button", "input", "label", "a", "span", "div"):
        if el.tag == "button" or (el.get("role") or "").strip().lower() in CONTROL_ROLES or (
            el.tag == "input" and (el.get("type") or "").strip().lower() in CONTROL_INPUTS
        ):
            return True
    return False


PROMO_WORDS = 30
"""Longest kept line of a box of calls to action: a pitch, not a paragraph of the story."""
PROMO_BOX_BLOCKS = 6
"""Blocks a box of calls to action holds at most: a heading, a pitch, buttons, a log-in."""
PROMO_CALLS = 2
"""Calls to action (`clutter.is_call_to_action`) the box holds besides the line."""
PROMO_DEPTH = 3
"""Elements above the line searched for its box."""


def promo_boxes(
    blocks: Sequence[TextBlock], keep: Sequence[bool], spans: Spans | None = None
) -> list[int]:
    """Kept lines of a small box whose other lines are calls to action: a paywall's or a
    newsletter's pitch ("Get unlimited access to our journalism for just $1 a week") between
    "Subscribe to continue reading", "Subscribe now" and "Already a subscriber? Log in".
    The calls are known by their wording; the pitch, which no word list holds, by the box
    it shares with them (at most `PROMO_BOX_BLOCKS` blocks, `PROMO_DEPTH` elements up,
    holding no longer kept text and no linked line but the calls, and not one of its
    parent's run of boxes alike: a listing's card of a title, a date, a snippet, "Read
    more" and "0 comments" is an item, and so are its siblings). `spans`: as for
    `entry_form_text`."""
    calls: dict[int, bool] = {}

    def call(j: int) -> bool:
        if j not in calls:
            calls[j] = is_call_to_action(blocks[j].text)
        return calls[j]

    found: set[int] = set()
    for i, block in enumerate(blocks):
        if not keep[i] or i in found or block.words > PROMO_WORDS or (
            block.link_density >= LINKED
        ) or call(i):  # (the wording last: a regex, where the others are numbers)
            continue
        spans = spans if spans is not None else block_spans(blocks)
        for el, box in small_boxes(block, i, spans, PROMO_DEPTH, PROMO_BOX_BLOCKS):
            if any(keep[j] and blocks[j].words > PROMO_WORDS for j in box) or any(
                j != i and not call(j) and blocks[j].link_density >= LINKED for j in box
            ):
                break  # the story's text, or a card's linked title: an item, not a promo
            if sum(call(j) for j in box if j != i) >= PROMO_CALLS:
                if not _repeated(el):
                    found.update(j for j in box if keep[j])
                break
    return sorted(found)


def _repeated(box: HtmlElement) -> bool:
    """Whether a sibling of `box` has its tag and the first word of its class: one of a
    run of items (whose other class words may name each item's tags)."""
    parent = box.getparent()
    if parent is None:
        return False
    first = _first_class(box)
    return any(
        other is not box and other.tag == box.tag and _first_class(other) == first
        for other in parent
    )


def _first_class(el: HtmlElement) -> str:
    words = (el.get("class") or "").split()
    return words[0] if words else ""
