"""A table of contents leaves the kept text by its links to places in the page, in any
language (`newsclean.extractors.contents`). Small pages built here; the unseen scorer that
keeps the table is replayed on the shipped one (`tests.markup.replay_scorer`)."""

from __future__ import annotations

import pytest

from newsclean.document import load
from newsclean.extractors.contents import contents_entries, is_entry
from newsclean.extractors.density import DensityExtractor, DensityParams
from tests.markup import body_blocks, replay_scorer

SECTIONS = ["Wie der Kai gebaut wird", "Was er kostet", "Wer ihn bezahlt", "Wann er fertig ist"]
STORY = (
    "Der Stadtrat hat am Dienstag nach zwei Jahren Anhörungen den neuen Kai genehmigt, und "
    "die Arbeiten an den Fundamenten sollen im Frühling beginnen, wenn das Wetter es erlaubt."
)


def _body(hrefs: list[str] | None = None) -> str:
    hrefs = hrefs or [f"#teil-{n}" for n in range(len(SECTIONS))]
    toc = "".join(f'<li><a href="{h}">{s}</a></li>' for h, s in zip(hrefs, SECTIONS, strict=True))
    parts = "".join(f'<h2 id="teil-{n}">{s}</h2><p>{STORY} Teil {n}.</p>'
                    for n, s in enumerate(SECTIONS))
    head = f"<h1>Neuer Kai</h1><p>{STORY}</p><h2>Inhalt</h2>"
    return f"<article>{head}<ol>{toc}</ol>{parts}</article>"


def test_a_table_of_contents_and_its_title_leave() -> None:
    blocks = body_blocks(_body())
    dropped = [blocks[i].text for i in contents_entries(blocks, [True] * len(blocks))]
    assert dropped == ["Inhalt", *SECTIONS]


@pytest.mark.parametrize("hrefs", [
    ["/kai/bau", "/kai/kosten", "/kai/geld", "/kai/ende"],  # other pages: a menu's business
    ["#", "#", "#", "#"],  # a script's buttons
    ["#/bau", "#/kosten", "#!/geld", "#/ende"],  # a single-page app's routes
    ["#teil-0", "#teil-1", "/kai/geld", "/kai/ende"],  # a run of two is no table
])
def test_other_link_lists_stay(hrefs: list[str]) -> None:
    blocks = body_blocks(_body(hrefs))
    assert contents_entries(blocks, [True] * len(blocks)) == []


def test_an_entry_is_a_list_item_of_links_to_places_in_the_page() -> None:
    blocks = body_blocks('<ul><li><a href="#a">Teil eins</a> und mehr Text dazu hier</li>'
                         '<li><a href="#b">Teil zwei</a></li></ul><p><a href="#c">Oben</a></p>')
    assert [is_entry(b) for b in blocks] == [False, True, False]


def test_the_extractor_leaves_the_table_out(monkeypatch: pytest.MonkeyPatch) -> None:
    replay_scorer(monkeypatch, lambda text: 0.9 if text in ("Inhalt", *SECTIONS) else None)
    page = f'<html lang="de"><body>{_body()}</body></html>'
    text = DensityExtractor().extract(load(page)).text
    assert "Inhalt" not in text and text.count(SECTIONS[0]) == 1  # the section's heading
    off = DensityExtractor(DensityParams(page_contents=False)).extract(load(page)).text
    assert "Inhalt" in off and off.count(SECTIONS[0]) == 2


SHORT = ["Bau", "Kosten", "Geld", "Ende"]  # "1 Bau": 4 of its 5 characters in the link


def test_a_numbered_entry_printed_in_two_spans_is_an_entry() -> None:
    """MediaWiki prints each entry's number and title in two spans inside its link
    (`<a href="#Geschichte"><span>1</span> <span>Geschichte</span></a>`): the space
    between them lies in no text node of the link, so the link holds under 90% of the
    item's characters; nothing outside the link is a word, so it is an entry, and the
    table's title leaves with it (its entries the scorer dropped already)."""
    toc = "".join(f'<li><a href="#teil-{n}"><span class="tocnumber">{n + 1}</span> '
                  f'<span class="toctext">{s}</span></a></li>' for n, s in enumerate(SHORT))
    blocks = body_blocks(f"<p>{STORY}</p><h2>Inhalt</h2><ul>{toc}</ul><p>{STORY}</p>")
    assert [is_entry(b) for b in blocks] == [False, False, True, True, True, True, False]
    keep = [b.text in (STORY, "Inhalt") for b in blocks]
    assert [blocks[i].text for i in contents_entries(blocks, keep)] == ["Inhalt"]
    worded = body_blocks('<ul><li><a href="#a"><span>1</span> <span>Teil</span></a> mit Text'
                         "</li></ul>")
    assert not is_entry(worded[0])
