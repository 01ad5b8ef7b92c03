"""Credit lines, agency trailers and sign-offs: labelled cases and look-alikes."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.model import Block
from newsclean.news import normalize_news
from newsclean.normalize.agencies import canonical_agency
from newsclean.normalize.credits import ROLES, parse_credit_line, split_trailing_credits
from newsclean.normalize.trailers import parse_trailer, split_signoff


def test_credit_roles_keep_their_line_and_parallel_places() -> None:
    line = "Reporting by Ann Lee and Bo Kim in Seoul, Cy Dee; Editing by Di Eve"
    credits = parse_credit_line(line)
    assert credits is not None and all(c.raw == line for c in credits)
    assert [(c.role, c.names, c.places) for c in credits] == [
        ("reporting", ["Ann Lee", "Bo Kim", "Cy Dee"], ["in Seoul", "in Seoul", ""]),
        ("editing", ["Di Eve"], []),
    ]
    assert {c.role for c in credits} <= ROLES



@pytest.mark.parametrize(("line", "expected"), [
    ("Redaktion: Marcus Weber, Elena Roth", [("editing", ["Marcus Weber", "Elena Roth"])]),
    ("Faktencheck: Marcus Weber", [("fact-checking", ["Marcus Weber"])]),
    ("Text: Anna Schmidt; Redaktion: Jan Berg", [("writing", ["Anna Schmidt"]),
                                                  ("editing", ["Jan Berg"])]),
    ("Reporting: Jane Doe | Editing: John Roe", [("reporting", ["Jane Doe"]),
                                                 ("editing", ["John Roe"])]),
    ("Redacción: María López y José García", [("writing", ["María López", "José García"])]),
    # one role a line of one paragraph (a <br> between them)
    ("Redaktion: Marcus Weber\nFaktencheck: Elena Roth", [("editing", ["Marcus Weber"]),
                                                         ("fact-checking", ["Elena Roth"])]),
    # a full-width colon; a full name without spaces, as Chinese and Japanese write it
    ("责任编辑：王小明", [("editing", ["王小明"])]),
    ("[責任編輯:陳大文]", [("editing", ["陳大文"])]),
    ("（责任编辑：王小明）", [("editing", ["王小明"])]),  # full-width brackets
    ("【责任编辑：王小明】", [("editing", ["王小明"])]),
    ("編集：山田太郎", [("editing", ["山田太郎"])]),
    ("责任编辑：陈㛃", [("editing", ["陈㛃"])]),  # a rare ideograph (CJK extension A)
    ("Редактор: Иван Петров", [("editing", ["Иван Петров"])]),
    ("Haber: Ahmet Yılmaz", [("reporting", ["Ahmet Yılmaz"])]),
    ("Redakcja: Jan Kowalski", [("editing", ["Jan Kowalski"])]),
])
def test_labelled_credit_lines(line: str, expected: list[tuple[str, list[str]]]) -> None:
    """A role's label and a colon opens each part ("Redaktion: A, B"), in several
    languages; the roles are `ROLES`."""
    credits = parse_credit_line(line)
    assert credits is not None and all(c.raw == " ".join(line.split()) for c in credits)
    assert [(c.role, c.names) for c in credits] == expected
    assert {c.role for c in credits} <= ROLES


@pytest.mark.parametrize("line", [
    "Text: dpa",  # the agency's: a trailer, not a person
    "Text: Anna",  # a first name alone
    "Text: A short sentence follows here, as prose does.",
    "Grafik: Statista",
    "Fotos: Jan Berg",  # photo labels are the captions' (an agency as often as a person)
    "Note: Jane Doe",  # no role
    "Jane Doe; Redaktion: Jan Berg",  # the line must open with a label
    "编辑：这是一个很长的句子而不是名字",  # a sentence, not a name
    "记者 王小明",  # no colon
])
def test_not_labelled_credit_lines(line: str) -> None:
    assert parse_credit_line(line) is None


def test_labelled_credits_at_the_end_leave_the_text() -> None:
    paragraphs = [
        "Die Stadt hat am Montag beschlossen, die Brücke bis zum Sommer zu sanieren.",
        "Die Arbeiten sollen im März beginnen und drei Monate dauern.",
        "Redaktion: Marcus Weber, Elena Roth",
        "Faktencheck: Marcus Weber",
    ]
    parts = normalize_news([Block(text=p) for p in paragraphs])
    assert [b.text for b in parts.blocks] == paragraphs[:2]
    assert [(c.role, c.names) for c in parts.credits] == [
        ("editing", ["Marcus Weber", "Elena Roth"]), ("fact-checking", ["Marcus Weber"])]

def test_agency_boilerplate_leaves_the_text_but_is_not_a_credit() -> None:
    paragraphs = [
        "Köln (dpa/lnw) – Die Polizei hat am Montag einen Mann festgenommen, hieß es.",
        "Der Mann war zuvor mehrfach aufgefallen.",
        "___",
        "Associated Press writer Jan Novak in Berlin contributed to this report.",
        "Mit Material von dpa",
    ]
    parts = normalize_news([Block(text=p) for p in paragraphs])
    assert [b.text for b in parts.blocks] == [
        "Die Polizei hat am Montag einen Mann festgenommen, hieß es.",
        "Der Mann war zuvor mehrfach aufgefallen.",
    ]
    assert [(c.role, c.names, c.places) for c in parts.credits] == [
        ("contributed", ["Jan Novak"], ["in Berlin"])
    ]
    assert parts.dateline is not None and parts.dateline.agency == "dpa/lnw"
    assert parts.agency == "dpa"


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
     "broadcast, rewritten, or redistributed.", "AP"),
    ("Copyright 2024 The Associated Press. All rights reserved.", "AP"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "Reuters"),
    ("___", None),
    ("###", None),  # a press release's end mark
    ("# # #", None),
    ("-30-", None),
    ("(c) AFP 2024", "AFP"),
    ("© dpa", "dpa"),
    ("Copyright 2019 Hawaii News Now. All rights reserved.", None),
    ("© Reuters All rights reserved", "Reuters"),  # no stop: "All" joins no holder
    # the rights notice in other languages, the circled sign Korean pages print
    ("© Le Monde. Tous droits réservés.", None),
    ("© 2024 ТАСС. Все права защищены.", "TASS"),
    ("ⓒ 연합뉴스, 무단 전재 및 재배포 금지", "Yonhap"),
    ("© 共同通信 無断転載禁止", "Kyodo"),
    ("ⓒ 한국일보", None),
]


@pytest.mark.parametrize(("text", "agency"), TRAILERS)
def test_trailer(text: str, agency: str | None) -> None:
    trailer = parse_trailer(text)
    assert trailer is not None and trailer.agency == agency


@pytest.mark.parametrize(
    "text",
    ["Copyright law is complex and the court said so.", "The price is ©5.",
     "© Jane Doe writes about the courts for the paper.", "#1", "-30- degrees at night",
     "무단 전재 금지 규정을 어긴 매체가 늘었다.",
     "All rights reserved, she said, were a matter for the courts and not for parliament."],
)
def test_not_a_trailer(text: str) -> None:
    assert parse_trailer(text) is None


@pytest.mark.parametrize(
    ("text", "rest", "agency"),
    [("to sneak into the US. PTI", "to sneak into the US.", "PTI"),
     ("he said. (AFP)", "he said.", "AFP"),
     ("he said. PTI ABC KJ", "he said.", "PTI"),
     ("政府は経済対策を発表した。（共同）", "政府は経済対策を発表した。", "Kyodo"),
     ("首相は５日、記者団に語った。(時事)", "首相は５日、記者団に語った。", "Jiji")],
)
def test_signoff(text: str, rest: str, agency: str) -> None:
    assert split_signoff(text) == (rest, agency)


@pytest.mark.parametrize("text", ["he said. Yes", "he said it", "the vote. Then came AP",
                                  "政府は５日、新たな経済対策を発表した。共同",
                                  "政府は５日、新たな経済対策を発表した。（写真）"])
def test_not_a_signoff(text: str) -> None:
    assert split_signoff(text) is None


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [("AP", "AP"), ("The Associated Press", "AP"), ("Associated Press", "AP"),
     ("Reuters", "Reuters"), ("Agence France-Presse", "AFP"), ("CNN Business", "CNN"),
     ("dpa/lnw", "dpa"), ("dpa-AFX", "dpa"), ("AFP/dpa", "AFP"), ("ТАСС", "TASS"),
     ("INTERFAX.RU", "Interfax"), ("연합뉴스", "Yonhap"), ("Chavez-Dreyfuss", None),
     ("Nobody News", None), ("ＡＦＰ時事", "AFP"), ("भाषा", "PTI"), ("आईएएनएस", "IANS"),
     ("ΑΠΕ-ΜΠΕ", "ANA-MPA"), ("TTXVN", "VNA"), ("Thông tấn xã Việt Nam", "VNA"),
     ("DHA", "DHA"), ("Demirören Haber Ajansı", "DHA"), ("İHA", "İHA"), ("ΑΠΕ", "ANA-MPA")],
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
    assert parts.agency == "AP"


@pytest.mark.parametrize(
    ("value", "agency"),
    [("Reuters - Reuters", "Reuters"), ("By Reuters", "Reuters"), ("AP", "AP"),
     ("Associated Press", "AP"), ("Hawaii News Now", "Hawaii News Now")],
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


def test_a_chinese_storys_editor_line_becomes_its_credit() -> None:
    """Chinese news closes with the editor in charge ("责任编辑：…"): a credit, not text."""
    story = ("<p>国务院总理今天在人民大会堂会见了来访的外国代表团，"
             "双方就经贸合作等问题深入交换了意见。</p>"
             "<p>代表团此次访问为期三天，还将前往上海和深圳参观考察当地企业和科技园区。</p>")
    html = (f'<html lang="zh"><body><article><h1>总理会见外国代表团</h1>{story}'
            "<p>责任编辑：王小明</p></article></body></html>")
    article = newsclean.extract(html)
    assert "责任编辑" not in article.text
    assert [(c.role, c.names) for c in article.credits] == [("editing", ["王小明"])]


def test_a_korean_reporters_sign_off_is_a_credit_not_text() -> None:
    """Korean papers close with the reporter, the title and an address: a byline credit."""
    story = ["정부는 5일 새로운 주택 공급 대책을 발표했다.", "대책은 다음 달부터 시행된다."]
    parts = normalize_news([Block(text=t) for t in [*story, "홍길동 기자 gildong@example.com"]])
    assert [b.text for b in parts.blocks] == story
    assert [(c.role, c.names) for c in parts.credits] == [("byline", ["홍길동"])]


def test_a_japanese_correspondents_sign_off_is_a_credit_not_text() -> None:
    """Asahi closes a story filed abroad with its correspondent and place in brackets."""
    story = ["米政府は5日、新たな制裁を発表した。", "制裁は来月から発効する。"]
    parts = normalize_news([Block(text=t) for t in [*story, "（ワシントン＝山田太郎）"]])
    assert [b.text for b in parts.blocks] == story
    assert [(c.role, c.names, c.places) for c in parts.credits] == [
        ("byline", ["山田太郎"], ["ワシントン"])
    ]


def test_lusas_closing_initials_leave_the_text() -> None:
    story = ["O Governo aprovou hoje o orçamento.", "A votação final é em novembro."]
    parts = normalize_news([Block(text=t) for t in [*story, "ACL // SF"]])
    assert [b.text for b in parts.blocks] == story
    assert parts.credits == []


def test_a_japanese_correspondents_sign_off_closing_the_last_paragraph() -> None:
    """Asahi may append it to the last paragraph, in full-width brackets."""
    last = "制裁は来月から発効する。"
    parts = normalize_news([Block(text="米政府は5日、新たな制裁を発表した。"),
                            Block(text=last + "（ワシントン＝山田太郎）")])
    assert parts.blocks[-1].text == last
    assert [(c.role, c.names, c.places) for c in parts.credits] == [
        ("byline", ["山田太郎"], ["ワシントン"])
    ]
    kept = normalize_news([Block(text=last + "（敬称略）")])
    assert kept.blocks[-1].text == last + "（敬称略）" and kept.credits == []


@pytest.mark.parametrize(("signoff", "names"), [
    ("홍길동 김철수 기자 gildong@example.com", ["홍길동", "김철수"]),
    ("홍길동·김철수 기자 gildong@example.com", ["홍길동", "김철수"]),
    ("홍길동 기자", ["홍길동"]),  # no address: the last paragraph
    ("홍길동 김철수 기자", ["홍길동", "김철수"]),
])
def test_a_korean_sign_off_naming_two_reporters_or_without_its_address(
    signoff: str, names: list[str]
) -> None:
    """Two reporters of one story sign it together; the address may be left out of the
    last paragraph."""
    story = ["정부는 5일 새로운 주택 공급 대책을 발표했다.", "대책은 다음 달부터 시행된다."]
    parts = normalize_news([Block(text=t) for t in [*story, signoff]])
    assert [b.text for b in parts.blocks] == story
    assert [(c.role, c.names) for c in parts.credits] == [("byline", names)]


@pytest.mark.parametrize("line", [
    "홍길동 기자",  # followed by story text: not a sign-off
    "사진 기자",  # "photo reporter", no name
    "순천, 광양 구현모 기자 reporter@example.com",  # a regional desk's places, not names
])
def test_a_korean_name_and_title_elsewhere_stay_text(line: str) -> None:
    story = ["정부는 5일 새로운 주택 공급 대책을 발표했다.", line, "대책은 다음 달부터 시행된다."]
    parts = normalize_news([Block(text=t) for t in story])
    assert [b.text for b in parts.blocks] == story and parts.credits == []
    if line != "홍길동 기자":
        assert parse_credit_line(line, last=True) is None


def test_a_korean_sign_off_without_its_address_before_the_copyright_line() -> None:
    """The last paragraph of the story: only the agency's copyright line follows it."""
    story = ["정부는 5일 새로운 주택 공급 대책을 발표했다.", "대책은 다음 달부터 시행된다."]
    tail = ["홍길동 기자", "ⓒ 연합뉴스, 무단 전재 및 재배포 금지"]
    parts = normalize_news([Block(text=t) for t in [*story, *tail]])
    assert [b.text for b in parts.blocks] == story and parts.agency == "Yonhap"
    assert [(c.role, c.names) for c in parts.credits] == [("byline", ["홍길동"])]
