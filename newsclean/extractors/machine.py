"""Text written for a program, printed where a reader would see prose, is not the page's.

Two kinds reach the page's text by a template's or a script's fault, in any language and on
any site: a template's unrendered expressions ("{{ DiscussionBoard.errors[11793116].message
}}", "{% trans %}"), printed where the framework failed to fill them or before the script
that fills them runs, and data a widget reads (a JSON object of settings,
`{"layoutMobile":2,"buttonText":"Buy now",…}`) left in a span its markup hides (`hidden`,
inline `display: none`), which the segmenter checks on block elements only. Their text has
words, and the learned scorer weighs a long block of it as a paragraph; its shape says what
it is. A code sample (`<pre>`, `<code>`) showing such text is the page's own: a tutorial's
JSON, a template language's documentation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from newsclean.blocks import TextBlock, hidden_by_markup
from newsclean.model import BlockKind

CODE_TAGS = frozenset({"code", "pre", "kbd", "samp", "tt", "var"})
"""Elements whose text is shown as code: a sample, not a slip."""
MIN_KEYS = 3
"""Keys a JSON object needs (counting those of the objects it holds) to be a widget's data
rather than a short example quoted in prose ({"ok": true})."""
_TEMPLATE_EXPRESSION = re.compile(r"\{\{[^{}]*\}\}|\{%[^{}]*%\}|\$\{[^{}]*\}")
"""A template expression: `{{ … }}` (Mustache, Handlebars, Angular, Vue, Jinja, Liquid),
`{% … %}` (Jinja, Django, Liquid), `${ … }` (JavaScript templates). No braces inside: one
pass, no backtracking."""


def machine_text(blocks: Sequence[TextBlock], keep: Sequence[bool]) -> list[int]:
    """Kept blocks that are a template's unrendered expressions, or a JSON object of data
    that the markup hides, outside any code sample."""
    return [
        i for i, kept in enumerate(keep)
        if kept and (
            is_template_text(blocks[i].text)
            or (is_json_data(blocks[i].text) and _hidden_in_markup(blocks[i]))
        ) and not _shown_as_code(blocks[i])  # (the text's shape first: a look at its first
        # character, where the code test walks the block's ancestors and elements)
    ]


def is_template_text(text: str) -> bool:
    """Whether the whole text is template expressions."""
    stripped = text.strip()
    return bool(stripped) and stripped[0] in "{$" and not _TEMPLATE_EXPRESSION.sub(
        "", stripped
    ).strip()


def is_json_data(text: str) -> bool:
    """Whether the whole text is a JSON object (or a list of them) with `MIN_KEYS` keys or
    more."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "{[" or stripped[-1] not in "}]":
        return False
    try:
        return _keys(json.loads(stripped)) >= MIN_KEYS
    except ValueError:  # not JSON (json's JSONDecodeError is a ValueError)
        return False
    except RecursionError:
        return True  # nested past Python's limit: data, whatever it holds


def _keys(data: object) -> int:
    """The keys of the objects in `data`: 0 for a list of numbers or strings (a matrix,
    a list of names), which prose quotes as often as data holds."""
    if isinstance(data, dict):
        return len(data) + sum(_keys(v) for v in data.values())
    if isinstance(data, list):
        return sum(_keys(v) for v in data)
    return 0


def _hidden_in_markup(block: TextBlock) -> bool:
    """Whether an element that the markup hides (`blocks.hidden_by_markup`: the `hidden`
    attribute, an inline `display: none`) holds the block's text: the segmenter skips such
    elements when they are blocks, not inside one (a `<span hidden>` in a paragraph's
    box), for speed. Data hidden by a class the style sheet hides stays: newsclean does not
    apply CSS, and a page's text hidden so is read as shown (docs/limits.md)."""
    text = block.text.strip()
    return any(
        isinstance(el.tag, str) and hidden_by_markup(el) and el.text_content().strip() == text
        for el in block.element.iter()
    )


def _shown_as_code(block: TextBlock) -> bool:
    if block.kind is BlockKind.CODE:
        return True
    if any(a.tag in CODE_TAGS for a in block.ancestors):
        return True
    return any(isinstance(el.tag, str) and el.tag in CODE_TAGS for el in block.element.iter())
