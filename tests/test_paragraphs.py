"""The lines of one `<p>` are decided together (`newsclean.extractors.paragraphs`).

Out of fold, on sites it never saw, the learned scorer kept some lines of a paragraph
parted by `<br>` and left others: a showroom's name and address kept, its opening hours
left; a product's feature lines kept but "Crew neck" and "100% Polyester" left. The pages
here are built in the test; the unseen scorer's verdict is replayed (`replay_scorer`) on
the lines it left, since the shipped model keeps these easy pages whole."""

from __future__ import annotations

import pytest

from newsclean.document import load
from newsclean.extractors.density import DensityExtractor, DensityParams
from tests.markup import replay_scorer
from tests.test_unseen_classes import SENTENCES

DETAILS = [
    "Town Hall, Market Square 1", "Tuesday 14 May", "7.00 P.M. / 9.30 P.M.",
    "Free entry, no booking", "Step-free access from Bridge Street",
]


def _page(details: list[str]) -> str:
    body = "".join(f"<p>{' '.join(SENTENCES[i:i + 3])}</p>" for i in range(3))
    menu = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(8))
    return (f'<html lang="en"><body><nav><ul>{menu}</ul></nav><main><article>'
            f"<h1>Bridge meeting</h1>{body}<p>{'<br>'.join(details)}</p>"
            f"<p>{SENTENCES[6]}</p></article></main>"
            "<footer><p>© 2026 The Town Paper</p></footer></body></html>")


def _left_out(monkeypatch: pytest.MonkeyPatch, lines: set[str], p: float = 0.3) -> None:
    replay_scorer(monkeypatch, lambda text: p if text in lines else None)


def _text(details: list[str], **params: bool) -> str:
    return DensityExtractor(DensityParams(**params)).extract(load(_page(details))).text


def test_the_lines_left_out_of_a_mostly_kept_paragraph_join_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _left_out(monkeypatch, {DETAILS[1], DETAILS[2]})
    text = _text(DETAILS)
    assert all(line in text for line in DETAILS)
    assert "Section 3" not in text and "©" not in text
    off = _text(DETAILS, paragraph_lines=False)
    assert DETAILS[0] in off and DETAILS[1] not in off and DETAILS[2] not in off


def test_a_paragraph_mostly_left_out_stays_out(monkeypatch: pytest.MonkeyPatch) -> None:
    _left_out(monkeypatch, set(DETAILS[:3]))
    text = _text(DETAILS)
    assert not any(line in text for line in DETAILS[:3])
    assert all(line in text for line in DETAILS[3:])


def test_a_linked_line_is_judged_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    linked = [*DETAILS[:4], '<a href="/tickets">Book your seat</a>']
    _left_out(monkeypatch, {DETAILS[1], "Book your seat"})
    text = _text(linked)
    assert DETAILS[1] not in text and "Book your seat" not in text


def test_a_paragraph_with_a_line_of_prose_is_left_to_the_scorer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prose = [SENTENCES[7], "Register now", *DETAILS[:3]]
    _left_out(monkeypatch, {"Register now"})
    assert "Register now" not in _text(prose)


CLOSING = "Nobody was hurt, a spokesman said."


def _story(after: str) -> str:
    body = "".join(f"<p>{' '.join(SENTENCES[i:i + 3])}</p>" for i in range(3))
    return (f'<html lang="en"><body><main><article><h1>Coast road closed</h1>'
            f'<div class="story">{body}{after}</div></article></main>'
            "<footer><p>© 2026 The Town Paper</p></footer></body></html>")


@pytest.mark.parametrize(
    ("after", "kept"),
    [
        (f"<p>{CLOSING}</p>", True),  # the story's last line, in its element
        (f"<figure><figcaption>{CLOSING}</figcaption></figure>", False),  # no paragraph
        (f"<p><a href='/n/1'>{CLOSING}</a></p>", False),  # a link
        (f"<p>{CLOSING.rstrip('.')}</p>", False),  # no sentence: a label
    ],
)
def test_a_short_sentence_at_the_storys_end_is_its_own(
    monkeypatch: pytest.MonkeyPatch, after: str, kept: bool
) -> None:
    """Read alone, a story's short last sentence scores near the middle (0.44 on a page
    of two paragraphs): a one-sentence paragraph beside the kept text in its element is
    kept on an article; a caption, a link or a label is not."""
    from newsclean.model import PageType

    closing = CLOSING.rstrip(".")
    replay_scorer(monkeypatch, lambda text: 0.4 if text.startswith(closing) else None,
                  PageType.ARTICLE)
    text = DensityExtractor().extract(load(_story(after))).text
    assert (closing in text) is kept
    off = DensityExtractor(DensityParams(edge_sentences=False)).extract(load(_story(after)))
    assert closing not in off.text
