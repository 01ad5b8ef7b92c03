"""The author's notes to the kept text: footnotes and endnotes, which blogs and newsletters
print after the post (Substack's `div.footnote`, Hugo's and Jekyll's `div.footnotes`, a
wiki's references). Their class names them a footnote, a word of furniture
(`hints.NEGATIVE_WORDS`: a site's footer is named so too), and each note is a short
passage after the text's end, which the scorer drops. What tells a note from furniture,
in any language and any template, is its two links: the note mark in the kept text points
to the note (`href="#fn1"`), and the note points back to the mark (`href="#fnref1"`, the
"↩" a reader follows back). WCXB's annotators keep such notes (its tune half's Substack
post 0460, eighteen notes; 0430 and 4225, which newsclean kept already)."""

from __future__ import annotations

from collections.abc import Sequence

from lxml.html import HtmlElement

from newsclean.blocks import LINKED, Spans, TextBlock

MARK_MAX_CHARS = 4
"""A note's mark and its way back print a number or a sign ("1", "[12]", "*", "↩", "^"), not
words: a link into the page with more ("Jump to navigation", "Comments") is no mark."""
NOTE_MAX_BLOCKS = 6
"""A note is a passage or a few: an element of more blocks that the text links to is a
part of the page (a menu, a sidebar), whatever links back."""


def _fragment(link: HtmlElement) -> str:
    """The part after `#` of a link's address ("" if none): a note's mark and its way back
    may name the page before it (Substack writes the post's full address)."""
    href = link.get("href") or ""
    return href.rpartition("#")[2].strip() if "#" in href else ""


def _is_mark(link: HtmlElement) -> bool:
    return len("".join((link.text_content() or "").split())) <= MARK_MAX_CHARS


def _spanned(el: HtmlElement, spans: Spans) -> HtmlElement | None:
    """The nearest element at or above `el` that holds blocks."""
    for node in (el, *el.iterancestors()):
        if node in spans:
            return node
    return None


def _kept_in(el: HtmlElement, spans: Spans, keep: Sequence[bool]) -> bool:
    first, last = spans[el]
    return any(keep[first : last + 1])


def note_texts(
    tree: HtmlElement, anchors: Sequence[HtmlElement], blocks: Sequence[TextBlock],
    keep: Sequence[bool], spans: Spans,
) -> list[int]:
    """Blocks of the notes the kept text points to, dropped whole, that point back into
    the kept text: their indices (not their number links, which are no text). `anchors`
    are the page's `<a>` elements (`Page.tagged("a")`)."""
    links = [(a, f) for a in anchors if (f := _fragment(a)) and _is_mark(a)]
    sources = {a: _spanned(a, spans) for a, _ in links}
    if not any(s is not None and _kept_in(s, spans, keep) for s in sources.values()):
        return []  # no mark in the kept text: no need to read the page's ids
    wanted = {frag for _, frag in links}
    ids: dict[str, HtmlElement] = {}
    for el in tree.iter():
        name = el.get("id") if isinstance(el.tag, str) else None
        if name in wanted:
            ids.setdefault(name, el)
    marked: set[HtmlElement] = set()   # elements the kept text's marks point to
    back: list[tuple[int, int]] = []   # spans of the links that point into the kept text
    for link, frag in links:
        target = ids.get(frag)
        source = sources[link]
        dest = None if target is None else _spanned(target, spans)
        if source is None or dest is None or source is dest:
            continue
        if _kept_in(source, spans, keep) and not _kept_in(dest, spans, keep):
            marked.add(dest)
        if _kept_in(dest, spans, keep) and not _kept_in(source, spans, keep):
            back.append(spans[source])
    out: set[int] = set()
    for note in marked:
        first, last = spans[note]
        if last - first < NOTE_MAX_BLOCKS and any(first <= f and t <= last for f, t in back):
            out.update(i for i in range(first, last + 1)
                       if not keep[i] and blocks[i].link_density < LINKED)
    return sorted(out)
