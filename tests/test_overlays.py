"""What a page shows over itself, in a dialog, is not its text
(`newsclean.extractors.overlays`).

Out of fold, on a site it never saw, the learned scorer kept a consent dialog's paragraphs
after an article ("The technical storage or access is strictly necessary ..."), and on
other pages a newsletter prompt or a "link expired" notice. The pages here are built in the
test; the unseen scorer's verdict is replayed by raising the shipped scorer's probabilities
on the dialog's blocks, and the page's type is given (deciding it is `newsclean.pagetype`'s
job, tested on its own)."""

from __future__ import annotations

import pytest

from newsclean.blocks import segment
from newsclean.document import load
from newsclean.extractors.density import DensityExtractor, DensityParams
from newsclean.extractors.overlays import dialog_text, is_dialog
from newsclean.model import PageType
from tests.markup import replay_scorer

CONSENT = (
    "The technical storage or access is strictly necessary for the legitimate purpose of "
    "enabling the use of a specific service explicitly requested by the subscriber or user."
)
STORY = (
    "The harbour authority approved the new quay on Tuesday after two years of hearings, and "
    "work on the foundations is expected to begin in the spring, weather permitting."
)


def _page(overlay: str, story: str = STORY) -> str:
    body = "".join(f"<p>{story} Paragraph {n} adds its own detail to the account.</p>"
                   for n in range(6))
    return (
        '<html lang="en"><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<main><article><h1>New quay approved</h1>{body}</article></main>"
        "<footer><p>© Harbour Gazette</p></footer>"
        f"{overlay}</body></html>"
    )


def _consent(opening: str, closing: str) -> str:
    return (f"{opening}<h2>Manage consent</h2><p>{CONSENT}</p>"
            f"<p>Preferences: {CONSENT}</p><button>Accept</button>{closing}")


def _unseen(monkeypatch: pytest.MonkeyPatch, page_type: PageType, marker: str) -> None:
    """The shipped scorer with every block holding `marker` at 0.9, and the page's type."""
    replay_scorer(monkeypatch, lambda text: 0.9 if marker in text else None, page_type)


def _text(html: str, params: DensityParams | None = None) -> str:
    return DensityExtractor(params).extract(load(html)).text


@pytest.mark.parametrize("opening,closing", [
    ('<div class="x1" role="dialog" aria-modal="true"><div><div>', "</div></div></div>"),
    ("<dialog>", "</dialog>"),
    ('<section role=" AlertDialog ">', "</section>"),
    ('<cookie-banner role="dialog" hidden-until="load">', "</cookie-banner>"),
])
def test_a_dialogs_text_stays_out_of_an_article(
    monkeypatch: pytest.MonkeyPatch, opening: str, closing: str,
) -> None:
    _unseen(monkeypatch, PageType.ARTICLE, "technical storage")
    html = _page(_consent(opening, closing))
    text = _text(html)
    assert "New quay approved" in text and "Paragraph 5" in text
    assert "technical storage" not in text
    off = _text(html, DensityParams(dialog_text=False))
    assert "technical storage" in off  # the replayed scorer keeps it: the pass removed it


def test_a_product_pages_description_sheet_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    """A shop opens its description and size guide in panels marked as dialogs."""
    sheet = ('<div class="sheet" role="dialog" aria-modal="false"><h2>Description</h2>'
             "<p>Soft organic cotton with a relaxed fit, cut long at the back and finished "
             "with flat seams that lie smooth under a jacket.</p></div>")
    _unseen(monkeypatch, PageType.PRODUCT, "organic cotton")
    assert "organic cotton" in _text(_page(sheet))


def test_text_outside_a_dialog_is_not_touched() -> None:
    html = _page('<div role="presentation"><p>' + CONSENT + "</p></div>"
                 '<div role="dialog"><p>Sign up for our letter.</p></div>')
    blocks = segment(load(html).tree)
    keep = [True] * len(blocks)
    dropped = {blocks[i].text for i in dialog_text(blocks, keep)}
    assert dropped == {"Sign up for our letter."}
    assert dialog_text(blocks, [False] * len(blocks)) == []  # only kept blocks are dropped


def test_what_counts_as_a_dialog() -> None:
    doc = load('<html><body><dialog open><p>a</p></dialog><div role="dialog">b</div>'
               '<div role="alertdialog">c</div><div role="region">d</div>'
               '<div aria-modal="false">e</div></body></html>')
    found = [el.text_content() for el in doc.tree.iter() if is_dialog(el)]
    assert found == ["a", "b", "c"]
