"""A table is read whole, and one right after the story's text is the story's
(`newsclean.extractors.tables`). The pages are built in the test; a scorer that never saw
the site is replayed on the table's rows (`tests.markup.replay_scorer`)."""

from __future__ import annotations

import pytest

from newsclean.document import load
from newsclean.extractors.density import DensityExtractor, DensityParams
from tests.markup import replay_scorer

STORY = "".join(
    f"<p>The parser reads each line of the file, strips it and returns the lines as a list, "
    f"raising an error when the path names no file that can be read, case {n}.</p>"
    for n in range(4)
)
TABLE = ("<table><tr><th>Error</th><th>When</th></tr><tr><td>ValueError</td><td>bad input</td>"
         "</tr><tr><td>OSError</td><td>no such file</td></tr></table>")
AFTER = ("<div class=feedback>Was this page helpful? <button>Yes</button></div>"
         "<nav><a href=/prev>Previous</a> <a href=/next>Next</a></nav>")


def _page(article: str) -> str:
    return (f"<html><body><nav><a href=/>Docs</a> <a href=/g>Guides</a></nav><main><article>"
            f"<h1>Parsing files</h1>{article}</article>{AFTER}</main></body></html>")


def _text(html: str, params: DensityParams | None = None) -> str:
    return DensityExtractor(params).extract(load(html)).text


@pytest.mark.parametrize("scores", [(0.33, 0.44, 0.4), (0.7, 0.3, 0.2)])
def test_a_table_after_the_story_is_kept_whole(
    monkeypatch: pytest.MonkeyPatch, scores: tuple[float, float, float]
) -> None:
    """Left out at the story's edge, or kept in part: the table is kept whole."""
    rows = dict(zip(("Error", "ValueError", "OSError"), scores, strict=True))
    replay_scorer(monkeypatch, lambda text: next(
        (p for word, p in rows.items() if text.startswith(word)), None))
    html = _page(STORY + TABLE)
    text = _text(html)
    assert "ValueError" in text and "OSError" in text and "case 3" in text
    assert "OSError" not in _text(html, DensityParams(whole_tables=False))


def test_a_table_of_links_or_one_ruled_out_stays_out(monkeypatch: pytest.MonkeyPatch) -> None:
    links = TABLE.replace("<td>ValueError</td>", '<td><a href="/v">ValueError page</a></td>')
    links = links.replace("<td>OSError</td>", '<td><a href="/o">OSError page</a></td>')
    replay_scorer(monkeypatch, lambda text: 0.3 if "Error" in text else None)
    assert "OSError" not in _text(_page(STORY + links.replace("<td>no such file</td>", "")
                                        .replace("<td>bad input</td>", "")))
    replay_scorer(monkeypatch, lambda text: 0.05 if "Error" in text else None)
    assert "OSError" not in _text(_page(STORY + TABLE))


def test_a_table_of_form_fields_stays_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """A shop's variants in rows, each with its quantity field, is a form laid out in rows."""
    fields = TABLE.replace("<td>bad input</td>", "<td><input name='q1' value='0'></td>")
    replay_scorer(monkeypatch, lambda text: 0.3 if "Error" in text else None)
    assert "OSError" not in _text(_page(STORY + fields))


def test_a_table_away_from_the_story_stays_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table in another element than the kept text that leads to it (a sidebar's) is no
    part of the story."""
    replay_scorer(monkeypatch, lambda text: 0.3 if "Error" in text else None)
    html = _page(STORY).replace(AFTER, f"<aside>{TABLE}</aside>{AFTER}")
    assert "OSError" not in _text(html)
