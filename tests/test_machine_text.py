"""Text written for a program is not the page's text (`newsclean.extractors.machine`).

A widget's settings left as JSON in a hidden span that only its script removes, and a
template's expressions the framework never filled, reached the text of pages nobody tuned
on (wcxb-dev check pages: a shop's blog post, a forum's error slots). The pages here are
built in the test; the learned scorer's verdict on those blocks is replayed by raising its
probabilities (`tests.markup.replay_scorer`)."""

from __future__ import annotations

import pytest

from newsclean.document import load
from newsclean.extractors.density import DensityExtractor, DensityParams
from newsclean.extractors.machine import is_json_data, is_template_text
from newsclean.model import PageType
from tests.markup import replay_scorer

STORY = ("The council voted on Tuesday to repair the old bridge over the river, a job the "
         "engineers say will take two summers and close the road to lorries for a year.")
WIDGET = ('{"layoutMobile":2,"layoutDesktop":4,"buttonAlign":"Center","buttonText":"Buy now",'
          '"productTitle":{"hue":213,"brightness":0.83,"saturation":1},"showPrice":true}')


def _page(middle: str) -> str:
    body = "".join(f"<p>{STORY} Part {n}.</p>" for n in range(4))
    return (
        '<html lang="en"><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<main><article><h1>Bridge to be repaired</h1>{body}{middle}"
        f"<p>{STORY} The end.</p></article></main></body></html>"
    )


def _text(html: str, params: DensityParams | None = None) -> str:
    return DensityExtractor(params).extract(load(html)).text


def _keep_all(monkeypatch: pytest.MonkeyPatch, marker: str) -> None:
    replay_scorer(monkeypatch, lambda text: 0.9 if marker in text else None, PageType.ARTICLE)


def test_a_widgets_json_in_a_hidden_span_leaves(monkeypatch: pytest.MonkeyPatch) -> None:
    _keep_all(monkeypatch, "layoutMobile")
    html = _page(f'<div class="widget"><span hidden>{WIDGET}</span></div>')
    text = _text(html)
    assert "Part 3." in text and "The end." in text
    assert "layoutMobile" not in text
    assert "layoutMobile" in _text(html, DensityParams(machine_text=False))


def test_a_widgets_json_hidden_by_inline_style_leaves(monkeypatch: pytest.MonkeyPatch) -> None:
    _keep_all(monkeypatch, "layoutMobile")
    text = _text(_page(f'<div class="widget"><i style="display: none">{WIDGET}</i></div>'))
    assert "Part 3." in text and "layoutMobile" not in text


@pytest.mark.parametrize("box", [
    f"<div class='state'>{WIDGET}</div>",  # printed: a reader sees it
    f"<div class='aok-hidden'>{WIDGET}</div>",  # hidden by a style sheet: not applied
])
def test_json_the_markup_does_not_hide_stays(monkeypatch: pytest.MonkeyPatch, box: str) -> None:
    _keep_all(monkeypatch, "layoutMobile")
    assert "layoutMobile" in _text(_page(box))


@pytest.mark.parametrize("slot", [
    "{{ DiscussionBoard.errors[11793116].message }}",
    "{{ user.name }} {{ user.joined | date }}",
    "{% trans 'Read more' %}",
    "${post.author} ${post.date}",
])
def test_a_templates_unfilled_expressions_leave(
    monkeypatch: pytest.MonkeyPatch, slot: str
) -> None:
    _keep_all(monkeypatch, slot[:6])
    text = _text(_page(f"<div class='error'><p>{slot}</p></div>"))
    assert "Part 3." in text and slot not in text


@pytest.mark.parametrize("sample", [
    f"<pre>{WIDGET}</pre>",
    f"<p><code>{WIDGET}</code></p>",
    "<pre><code>{{ form.subject.errors }}</code></pre>",
    "<p><code>{{ user.name }}</code></p>",
])
def test_a_code_sample_showing_such_text_stays(
    monkeypatch: pytest.MonkeyPatch, sample: str
) -> None:
    """A tutorial on a template language or an API shows expressions and JSON as code."""
    marker = "layoutMobile" if "layoutMobile" in sample else "{{"
    _keep_all(monkeypatch, marker)
    assert marker in _text(_page(sample))


@pytest.mark.parametrize(("text", "machine"), [
    (WIDGET, True),
    ('[{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]', True),
    ("{{ a }}{{ b }}", True),
    ('{"ok": true}', False),  # a short example quoted in prose
    ("[[1, 5, 9], [2, 6, 10]]", False),  # a matrix, a list of names: prose quotes them
    ('["Alice", "Bob", "Carol"]', False),
    ("{{ a }} is the name of the field", False),
    ("{The Council} voted {yes}", False),
    ("", False),
])
def test_what_is_machine_text(text: str, machine: bool) -> None:
    assert (is_template_text(text) or is_json_data(text)) is machine


def test_json_nested_past_the_recursion_limit_is_data_and_no_error() -> None:
    assert is_json_data("[" * 100_000 + "]" * 100_000) is True
