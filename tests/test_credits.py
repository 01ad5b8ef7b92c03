"""Credit lines, agency trailers and sign-offs: labelled cases and look-alikes."""

from __future__ import annotations

import pytest

from newsclean.model import Block
from newsclean.normalize.agencies import canonical_agency
from newsclean.normalize.credits import ROLES, parse_credit_line, split_trailing_credits
from newsclean.normalize.news import normalize_news
from newsclean.normalize.trailers import parse_trailer, split_signoff

Roles = list[tuple[str, list[str], list[str]]]

# (line, [(role, names, places), ...])
CASES: list[tuple[str, Roles]] = [
    ("(Reporting by Dmitry Antonov; Writing by Maxim Rodionov; Editing by Guy Faulconbridge/"
     "Andrew Osborn)",
     [("reporting", ["Dmitry Antonov"], []), ("writing", ["Maxim Rodionov"], []),
      ("editing", ["Guy Faulconbridge", "Andrew Osborn"], [])]),
    ("Reporting by Kiyoshi Takenaka in Tokyo and Hyonhee Shin in Seoul; Editing by Chris Reese "
     "and David Gregorio",
     [("reporting", ["Kiyoshi Takenaka", "Hyonhee Shin"], ["Tokyo", "Seoul"]),
      ("editing", ["Chris Reese", "David Gregorio"], [])]),
    ("(Reporting by Will Dunham; Editing by Tom Brown)",
     [("reporting", ["Will Dunham"], []), ("editing", ["Tom Brown"], [])]),
    ("Additional reporting by Jane Doe in Washington, D.C.; Editing by Sam Holmes",
     [("additional reporting", ["Jane Doe"], ["Washington, D.C."]),
      ("editing", ["Sam Holmes"], [])]),
    ("Compiled by Nigeria Desk", [("compiled", ["Nigeria Desk"], [])]),
    ("Graphics by Ann Saphir", [("graphics", ["Ann Saphir"], [])]),
    ("(Compiled by Bengaluru Newsroom; Editing by Ed Osmond)",
     [("compiled", ["Bengaluru Newsroom"], []), ("editing", ["Ed Osmond"], [])]),
    ("Associated Press writers Frank Jordans and Geir Moulson in Berlin contributed to this "
     "report.", [("contributed", ["Frank Jordans", "Geir Moulson"], ["Berlin"])]),
    ("Associated Press writer Zeke Miller contributed to this report.",
     [("contributed", ["Zeke Miller"], [])]),
    ("AP reporter Lisa Mascaro in Washington contributed.",
     [("contributed", ["Lisa Mascaro"], ["Washington"])]),
    ("Jane Doe contributed to this report.", [("contributed", ["Jane Doe"], [])]),
    ("Contributing: Kristine Phillips", [("contributed", ["Kristine Phillips"], [])]),
    ("Contributing: Jane Doe, John Roe", [("contributed", ["Jane Doe", "John Roe"], [])]),
    ("(reporting by jan smith; editing by bob jones)",
     [("reporting", ["jan smith"], []), ("editing", ["bob jones"], [])]),
    ("reporting by Jan Smith; editing by Bob Jones",
     [("reporting", ["Jan Smith"], []), ("editing", ["Bob Jones"], [])]),
    ("Reporting by Maria Jose de la Cruz in Manila, writing by Karen Lema; editing by Ed Davies",
     [("reporting", ["Maria Jose de la Cruz"], ["Manila"]), ("writing", ["Karen Lema"], []),
      ("editing", ["Ed Davies"], [])]),
    ("Writing by Michael Georgy, Editing by William Maclean",
     [("writing", ["Michael Georgy"], []), ("editing", ["William Maclean"], [])]),
    ("[Reporting by A. Ananthalakshmi; Editing by Kim Coghill]",
     [("reporting", ["A. Ananthalakshmi"], []), ("editing", ["Kim Coghill"], [])]),
    ("(Reporting by Ali Kucukgocmen; Additional reporting by Tuvan Gumrukcu in Ankara; Writing by "
     "Daren Butler; Editing by Jonathan Spicer)",
     [("reporting", ["Ali Kucukgocmen"], []),
      ("additional reporting", ["Tuvan Gumrukcu"], ["Ankara"]),
      ("writing", ["Daren Butler"], []), ("editing", ["Jonathan Spicer"], [])]),
    ("Reporting by Aziz El Yaakoubi & Lisa Barrington; Editing by Alex Richardson",
     [("reporting", ["Aziz El Yaakoubi", "Lisa Barrington"], []),
      ("editing", ["Alex Richardson"], [])]),
    ("Edited by Tom Hogue", [("editing", ["Tom Hogue"], [])]),
    ("Written by Jack Kim; Edited by Sam Holmes",
     [("writing", ["Jack Kim"], []), ("editing", ["Sam Holmes"], [])]),
    ("(Reporting by Reuters TV; Writing by Rami Ayyub)",
     [("reporting", ["Reuters TV"], []), ("writing", ["Rami Ayyub"], [])]),
    ("Reporting by Lidia Kelly in Melbourne and Stanley Widianto in Jakarta/Editing by Kim "
     "Coghill",
     [("reporting", ["Lidia Kelly", "Stanley Widianto"], ["Melbourne", "Jakarta"]),
      ("editing", ["Kim Coghill"], [])]),
    ("Graphics by Vincent Flasseur; Compiled by Sumanta Sen",
     [("graphics", ["Vincent Flasseur"], []), ("compiled", ["Sumanta Sen"], [])]),
]

NOT_CREDITS: list[str] = [
    "Written by a friend of mine, this book is great.",
    "The report was edited by the ministry and published.",
    "Reporting by phone is allowed.",
    "He contributed nothing to this report that we could use, officials said at length.",
    "Editing by committee never works, she said. It only slows things down for everyone.",
    "The bill was compiled by lawmakers after months of talks with industry.",
    "Russia, the successor state to the Soviet Union, and Japan have never signed a treaty.",
    "",
]


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_credit_line(line: str, expected: Roles) -> None:
    credits = parse_credit_line(line)
    assert credits is not None
    assert [(c.role, c.names, c.places) for c in credits] == expected
    assert all(c.role in ROLES for c in credits)


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_not_a_credit_line(line: str) -> None:
    assert parse_credit_line(line) is None


def test_credit_line_closing_a_paragraph() -> None:
    found = split_trailing_credits('"It works," he said. (Reporting by Ann Lee; Editing by Bo Li)')
    assert found is not None
    rest, credits = found
    assert rest == '"It works," he said.'
    assert [(c.role, c.names) for c in credits] == [("reporting", ["Ann Lee"]),
                                                   ("editing", ["Bo Li"])]
    assert split_trailing_credits("The vote passed (in Paris).") is None


TRAILERS: list[tuple[str, str | None]] = [
    ("© Reuters", "Reuters"),
    ("© 2019 Associated Press. All Rights Reserved. This material may not be published, "
     "broadcast, rewritten, or redistributed.", "Associated Press"),
    ("Copyright 2024 The Associated Press. All rights reserved.", "Associated Press"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "Reuters"),
    ("___", None),
    ("(c) AFP 2024", "AFP"),
    ("© dpa", "dpa"),
    ("Copyright 2019 Hawaii News Now. All rights reserved.", None),
]


@pytest.mark.parametrize(("text", "agency"), TRAILERS)
def test_trailer(text: str, agency: str | None) -> None:
    trailer = parse_trailer(text)
    assert trailer is not None and trailer.agency == agency


@pytest.mark.parametrize(
    "text",
    ["Copyright law is complex and the court said so.", "The price is ©5.",
     "All rights reserved, she said, were a matter for the courts and not for parliament."],
)
def test_not_a_trailer(text: str) -> None:
    assert parse_trailer(text) is None


@pytest.mark.parametrize(
    ("text", "rest", "agency"),
    [("to sneak into the US. PTI", "to sneak into the US.", "PTI"),
     ("he said. (AFP)", "he said.", "AFP"),
     ("he said. PTI ABC KJ", "he said.", "PTI")],
)
def test_signoff(text: str, rest: str, agency: str) -> None:
    assert split_signoff(text) == (rest, agency)


@pytest.mark.parametrize("text", ["he said. Yes", "he said it", "the vote. Then came AP"])
def test_not_a_signoff(text: str) -> None:
    assert split_signoff(text) is None


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [("AP", "Associated Press"), ("The Associated Press", "Associated Press"),
     ("Reuters", "Reuters"), ("Agence France-Presse", "AFP"), ("CNN Business", "CNN"),
     ("Nobody News", None)],
)
def test_canonical_agency(alias: str, canonical: str | None) -> None:
    assert canonical_agency(alias) == canonical


def test_tail_credits_and_trailers_leave_text_only_when_stripping() -> None:
    paragraphs = [
        "WASHINGTON (Reuters) - Scientists unveiled a map of Titan on Monday.",
        '"It will be really exciting," Lopes said.',
        "(Reporting by Will Dunham; Editing by Tom Brown)",
        "© Reuters",
    ]
    blocks = [Block(text=p) for p in paragraphs]
    stripped = normalize_news(blocks)
    kept = normalize_news(blocks, strip_wire=False)
    assert [b.text for b in stripped.blocks] == [
        "Scientists unveiled a map of Titan on Monday.",
        '"It will be really exciting," Lopes said.',
    ]
    assert [b.text for b in kept.blocks] == paragraphs
    assert stripped.credits == kept.credits
    assert [c.role for c in stripped.credits] == ["reporting", "editing"]


def test_agency_from_metadata_when_no_dateline() -> None:
    parts = normalize_news([Block(text="A story without a dateline.")],
                           metadata_agency="The Associated Press")
    assert parts.agency == "Associated Press"


@pytest.mark.parametrize(
    ("value", "agency"),
    [("Reuters - Reuters", "Reuters"), ("By Reuters", "Reuters"), ("AP", "Associated Press"),
     ("Associated Press", "Associated Press"), ("Hawaii News Now", "Hawaii News Now")],
)
def test_agency_from_metadata_bylines(value: str, agency: str) -> None:
    parts = normalize_news([Block(text="A story.")], metadata_agency=value)
    assert parts.agency == agency


def test_dateline_agency_wins_over_metadata() -> None:
    parts = normalize_news([Block(text="PARIS (AFP) - France said no.")], metadata_agency="AP")
    assert parts.agency == "AFP"


def test_agency_from_trailer_when_nothing_else() -> None:
    parts = normalize_news([Block(text="A story."), Block(text="© Reuters")])
    assert parts.agency == "Reuters"
    assert [b.text for b in parts.blocks] == ["A story."]
