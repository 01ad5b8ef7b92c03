"""Assembly of the `Article`: a first body line that repeats the title."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newsclean.assemble import _title_key, assemble_traced, is_byline
from newsclean.document import load
from newsclean.extractors.base import Candidate
from newsclean.metadata import Metadata
from newsclean.model import Block, BlockKind

TITLE = "Council agrees to repair the bridge"
PROSE = "The council met on Monday and agreed that the bridge over the river needs repair."


def _assembled(first: Block, title: str | None = TITLE) -> tuple[str, list[str], str]:
    doc = load(f"<html><body><p>{PROSE}</p></body></html>")
    candidate = Candidate("test", (first, Block(text=PROSE)), 0.9)
    article, parts = assemble_traced(doc, candidate, Metadata(title=title))
    return article.text, [r.kind for r in parts.removed], article.to_markdown()


@pytest.mark.parametrize(
    "first",
    [
        Block(kind=BlockKind.HEADING, text=TITLE, level=1),
        Block(kind=BlockKind.HEADING, text="  council agrees to REPAIR the bridge. ", level=2),
        Block(kind=BlockKind.HEADING, text=f"“{TITLE}”", level=1),
        Block(text=TITLE),
    ],
)
def test_a_first_line_repeating_the_title_leaves_the_body(first: Block) -> None:
    text, removed, markdown = _assembled(first)
    assert text == PROSE
    assert removed == ["title"]
    assert markdown == f"# {TITLE}\n\n{PROSE}\n"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (Block(kind=BlockKind.HEADING, text=f"{TITLE}, at last", level=1), TITLE),
        (Block(text=f"{TITLE}\nover the river"), TITLE),
        (Block(kind=BlockKind.QUOTE, text=TITLE), TITLE),
        (Block(kind=BlockKind.HEADING, text=TITLE, level=1), None),
    ],
)
def test_other_first_lines_stay(first: Block, title: str | None) -> None:
    text, removed, _ = _assembled(first, title)
    assert text.startswith(first.text.strip()) and removed == []


def test_title_key_trims_punctuation_and_symbols() -> None:
    assert _title_key(" « Hello,   World! » | ") == "hello, world"


@pytest.mark.parametrize(
    ("line", "authors", "byline"),
    [
        ("By Jane Doe", ["Jane Doe"], True),
        ("Jane Doe and Li Wei, Reuters | 3 min read", ["Jane Doe", "Li Wei"], True),
        ("Von Max Mustermann, 12.03.2025, 10:45 Uhr", ["Max Mustermann"], True),
        ("Por Ana García", ["Ana García"], True),
        ("山田太郎記者", ["山田太郎"], True),  # the job title written onto the name
        ("By Jane Doe", [], False),
        ("By John Smith", ["Jane Doe"], False),
        ("Jane Doe said the council had never before agreed on anything so quickly, "
         "and that the vote surprised even its members.", ["Jane Doe"], False),
    ],
)
def test_a_byline_is_a_short_line_naming_the_authors(
    line: str, authors: list[str], byline: bool
) -> None:
    assert is_byline(line, authors) is byline


def test_the_byline_at_the_head_of_the_body_leaves_it() -> None:
    doc = load(f"<html><body><p>{PROSE}</p></body></html>")
    blocks = (Block(kind=BlockKind.HEADING, text=TITLE, level=1), Block(text="By Jane Doe"),
              Block(text=PROSE), Block(text="By Jane Doe"), Block(text=PROSE))
    meta = Metadata(title=TITLE, authors=["Jane Doe"])
    article, parts = assemble_traced(doc, Candidate("test", blocks, 0.9), meta)
    assert [r.kind for r in parts.removed][:2] == ["byline", "title"]
    assert article.text == f"{PROSE}\n\nBy Jane Doe\n\n{PROSE}"  # not inside the body


@pytest.mark.parametrize(
    ("line", "authors", "kind"),
    # a Korean reporter's sign-off is read as a credit (role byline) before the byline pass
    [("김민수 기자 kim@example.co.kr", ["김민수"], "credit"),
     ("— Jane Doe", ["Jane Doe"], "byline"),
     # the editor in charge, by a label: a credit (editing), whoever the page's author is
     ("[责任编辑:肖春芳]", ["肖春芳"], "credit")],
)
def test_the_sign_off_closing_the_body_leaves_it(
    line: str, authors: list[str], kind: str
) -> None:
    """Korean, Japanese and Chinese stories close with the reporter's name (and e-mail) or
    the editor's; `Article.authors` or `credits` holds the name, the text ends with the
    story."""
    doc = load(f"<html><body><p>{PROSE}</p></body></html>")
    blocks = (*[Block(text=PROSE)] * 4, Block(text=line))  # past the head's reach
    meta = Metadata(title=TITLE, authors=authors)
    article, parts = assemble_traced(doc, Candidate("test", blocks, 0.9), meta)
    assert article.text == "\n\n".join([PROSE] * 4)
    assert [r.kind for r in parts.removed] == [kind]


def _dated(lines: list[str], published: object) -> tuple[str, list[str]]:
    doc = load(f"<html lang='de'><body><p>{PROSE}</p></body></html>")
    blocks = tuple(Block(text=t) for t in lines)
    meta = Metadata(title=TITLE, published=published)  # type: ignore[arg-type]
    article, parts = assemble_traced(doc, Candidate("test", blocks, 0.9), meta)
    return article.text, [r.kind for r in parts.removed]


@pytest.mark.parametrize("line", [
    "Stand: 22.04.2024, 06:00 Uhr",
    "Updated: 22:05, 22 Apr 2024",
    "Last updated: April 22, 2024",
    "22 April 2024",
])
def test_the_date_line_at_the_head_of_the_body_leaves_it(line: str) -> None:
    text, removed = _dated([line, PROSE], datetime(2024, 4, 22, 6, 0))
    assert text == PROSE and removed == ["date"]


@pytest.mark.parametrize(("lines", "published"), [
    (["Updated: 22:05, 23 Apr 2024", PROSE], datetime(2024, 4, 22, 6, 0)),  # another day
    (["Updated: 22:05, 22 Apr 2024", PROSE], None),  # no date known
    ([PROSE, "A", "B", "22 April 2024"], date(2024, 4, 22)),  # not at the head
    # a sentence that gives the day
    (["On 22 April 2024 the council met again to vote on the bridge", PROSE], date(2024, 4, 22)),
    # a thread's or a list's dated items: each is content
    (["22 April 2024", PROSE, "21 April 2024", PROSE], date(2024, 4, 22)),
])
def test_other_date_lines_stay(lines: list[str], published: object) -> None:
    text, removed = _dated(lines, published)
    assert text.startswith(lines[0]) and "date" not in removed


def test_a_heading_the_pages_contents_link_to_is_no_link_of_the_body() -> None:
    """A guidance page lists its sections in a contents box (each a link) and prints them
    again as headings. The body's headings are read with their own link density, not the
    contents' (the same text, first on the page): three of them read as links made the body
    "a list of linked titles", whose stray edge links stay, and the closing "Report a
    problem with this page" stayed with them."""
    sections = ["Who can apply", "What you can get", "How to apply"]
    contents = "".join(f'<li><a href="#s{i}">{h}</a></li>' for i, h in enumerate(sections))
    body = "".join(f'<h2 id="s{i}">{h}</h2><p>{PROSE}</p>' for i, h in enumerate(sections))
    doc = load(f"<html><body><nav><ol>{contents}</ol></nav><main>{body}"
               '<p><a href="/report">Report a problem with this page</a></p></main></body></html>')
    blocks: list[Block] = []
    for heading in sections:
        blocks += [Block(kind=BlockKind.HEADING, text=heading, level=2), Block(text=PROSE)]
    blocks.append(Block(text="Report a problem with this page"))
    article, parts = assemble_traced(doc, Candidate("test", tuple(blocks), 0.9), Metadata())
    assert "Report a problem" not in article.text
    assert all(heading in article.text for heading in sections)
    assert [r.text for r in parts.removed] == ["Report a problem with this page"]
