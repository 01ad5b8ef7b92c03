from __future__ import annotations

import codecs
import unicodedata
from unittest.mock import patch

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.blocks import segment
from newsclean.document import (
    _BEFORE_PARSE,
    _CONTROL_REFS,
    _INVISIBLE_REFS,
    _MOJIBAKE,
    _REFERENCES,
    PERMALINK_MARK,
    Limits,
    _by_segments,
    _tags_present,
    _xml_kind,
    clean_markup,
    declared_encoding,
    decode,
    is_composed,
    load,
)
from newsclean.errors import (
    DocumentTooLargeError,
    EmptyInputError,
    NewsCleanError,
    NotHTMLError,
)

TEXT = "Café déjà vu — “quoted” naïve"


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><p>{body}</p></body></html>"


def body_text(doc_source: str | bytes) -> str:
    return load(doc_source).tree.findtext(".//p") or ""


def test_utf8_bytes_are_decoded() -> None:
    assert body_text(page(TEXT).encode("utf-8")) == TEXT


def test_windows_1252_declared_in_meta() -> None:
    text = "Café déjà vu — naïve"  # no curly quotes: cp1252 and utf-8 differ on every one
    data = page(text, '<meta charset="windows-1252">').encode("cp1252")
    assert body_text(data) == text


def test_http_equiv_charset() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    data = page("Grüße aus Köln", head).encode("latin-1")
    assert body_text(data) == "Grüße aus Köln"


def test_utf16_with_bom() -> None:
    data = codecs.BOM_UTF16_LE + page(TEXT).encode("utf-16-le")
    assert body_text(data) == TEXT


def test_utf16_without_bom() -> None:
    assert body_text(page(TEXT).encode("utf-16-le")) == TEXT


# Prose in a non-Latin script, long enough that its markup is a small share of the bytes.
NON_LATIN = {
    "ru": "Городской совет во вторник утвердил новый бюджет школ, дорог и парков города.",
    "zh": "政府今天在北京召开的会议上宣布了新的经济政策，专家认为这项政策将有助于恢复经济。",
    "ja": "政府は本日、東京で開かれた会議で新しい経済政策を発表しました。回復が期待されます。",
}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("lang", sorted(NON_LATIN))
def test_utf16_without_bom_in_a_non_latin_script(lang: str, encoding: str) -> None:
    """Only the tags of such a page give zero bytes: too few for the Latin-script rule."""
    text = NON_LATIN[lang] * 6
    assert body_text(page(text, "<title>x</title>").encode(encoding)) == text


def test_legacy_bytes_declared_as_utf8_are_detected() -> None:
    """A template's `<meta charset="utf-8">` over windows-1251 text: read as UTF-8, every
    letter would be a replacement character."""
    text = NON_LATIN["ru"] * 4
    data = page(text, '<meta charset="utf-8">').encode("cp1251")
    assert body_text(data) == text


def test_utf8_with_a_stray_byte_stays_utf8() -> None:
    """The stray byte is read in windows-1252, as the byte most likely meant (it was U+FFFD)."""
    data = page(TEXT * 3, '<meta charset="utf-8">').encode("utf-8").replace(b"vu", b"v\xfc", 1)
    assert body_text(data) == (TEXT * 3).replace("vu", "vü", 1)


def test_wrong_declared_charset_but_valid_utf8() -> None:
    data = page(TEXT, '<meta charset="iso-8859-1">').encode("utf-8")
    assert body_text(data) == TEXT


def test_undeclared_legacy_bytes_are_detected() -> None:
    text = "Le café est très apprécié à Paris, où les élèves étudient près de l'église."
    data = page(text * 3).encode("cp1252")
    assert "café" in body_text(data)


LEGACY_PAGES = {
    "cp1252": "The council met on Tuesday at the café; the naïve plan was approved.",
    "cp1250": "Rada miejska przyjęła we wtorek nowy budżet, który zwiększa wydatki na szkoły "
              "i transport publiczny o dziesięć procent. Mieszkańcy są podzieleni.",
    "cp1254": "Belediye meclisi salı günü okullar ve toplu taşıma harcamalarını yüzde on "
              "artıran yeni bütçeyi onayladı. Şehir sakinleri ikiye bölündü.",
    "koi8_r": "Городской совет во вторник одобрил новый бюджет, который увеличивает расходы "
              "на школы и общественный транспорт на десять процентов.",
    "shift_jis": "市議会は火曜日、学校と公共交通機関への支出を10%増やす新しい予算を承認した。",
    "euc_kr": "시의회는 화요일 학교와 대중교통 지출을 10% 늘리는 새 예산을 승인했다.",
}


@pytest.mark.parametrize("encoding", sorted(LEGACY_PAGES))
def test_an_undeclared_legacy_page_is_read_in_its_encoding(encoding: str) -> None:
    """A page with no charset anywhere is read as a browser reads it (Firefox's detector,
    the `encodings` extra): a few accents in an English page are windows-1252, not the
    Baltic code page charset_normalizer names."""
    pytest.importorskip("chardetng_py", reason="the encodings extra is not installed")
    text = LEGACY_PAGES[encoding]
    assert body_text(page(text).encode(encoding)) == text


@pytest.mark.parametrize("extra", [True, False])
def test_an_undeclared_seven_bit_japanese_page_is_read(
    extra: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ISO-2022-JP's bytes are ASCII with escapes: read as UTF-8 they were control
    characters, and the page was refused as binary data."""
    import sys

    if not extra:
        monkeypatch.setitem(sys.modules, "chardetng_py", None)
    text = LEGACY_PAGES["shift_jis"]
    assert body_text(page(text).encode("iso2022_jp")) == text


def test_the_pages_domain_hints_its_legacy_encoding() -> None:
    """Too little text to tell windows-1250 from windows-1252 ("Kč" reads as "KÄ"): the
    page's country domain weighs its country's encoding, as in Firefox."""
    pytest.importorskip("chardetng_py", reason="the encodings extra is not installed")
    data = page("Cena: 5 Kč").encode("cp1250")
    assert load(data, url="https://www.example.cz/cena").encoding == "windows-1250"
    assert load(data, url="https://www.example.cz/cena").tree.text_content() == "Cena: 5 Kč"
    assert load(data).encoding == "windows-1252"


def test_without_the_encodings_extra_charset_normalizer_guesses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "chardetng_py", None)  # import now fails
    text = NON_LATIN["ru"] * 4
    assert body_text(page(text).encode("cp1251")) == text


def test_str_is_taken_as_is() -> None:
    assert body_text(page(TEXT, '<meta charset="iso-8859-1">')) == TEXT


def test_content_after_early_closing_html_is_kept() -> None:
    html = "<html><body><p>first</p></body></html><div><p>the article after the end</p></div>"
    doc = load(html)
    assert "the article after the end" in doc.tree.text_content()


def test_xml_declaration_in_str_is_accepted() -> None:
    doc = load('<?xml version="1.0" encoding="utf-8"?>' + page(TEXT))
    assert doc.tree.findtext(".//p") == TEXT


@pytest.mark.parametrize("data", [b"", b"   \n\t ", ""])
def test_empty_input(data: bytes | str) -> None:
    with pytest.raises(EmptyInputError):
        load(data)


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, b"just some plain text, no markup at all"],
)
def test_not_html(data: bytes) -> None:
    with pytest.raises(NotHTMLError):
        load(data)


def test_errors_share_one_base() -> None:
    assert issubclass(EmptyInputError, NewsCleanError)
    assert issubclass(NotHTMLError, NewsCleanError)


def test_decode_reports_encoding() -> None:
    assert decode(codecs.BOM_UTF8 + b"<p>x</p>")[1] == "utf-8"


@pytest.mark.parametrize(
    "label,expected",
    [("utf-8", "utf-8"), ("latin1", "cp1252"), ("UTF-16LE", "utf-8"), ("utf-32", "utf-8"),
     ("idna", None), ("undefined", None), ("zlib", None), ("utf-7", None), ("cp037", None),
     ("unicode-escape", None), ("no-such", None)],
)
def test_declared_encoding_is_only_a_safe_ascii_compatible_codec(
    label: str, expected: str | None
) -> None:
    assert declared_encoding(f'<meta charset="{label}"><p>x</p>'.encode()) == expected


# Text a legacy page holds beyond the narrow standard its label names, with the label and
# the codec that wrote it: browsers read each label as the wider encoding (WHATWG).
WIDER_THAN_LABELLED = [
    ("iso-8859-1", "cp1252", "He said “yes” – it costs €5 … twice."),
    ("us-ascii", "cp1252", "He said “yes” – it costs €5."),
    ("iso-8859-9", "cp1254", "Belediye “bütçeyi” onayladı – şehir ikiye bölündü."),
    ("tis-620", "cp874", "สภาเมืองอนุมัติงบประมาณใหม่ “วันนี้” … ในที่สุด"),
    ("gb2312", "gb18030", "国务院总理朱镕基和张喆周二在北京讲话。"),
    ("big5", "big5hkscs", "立法會今日通過新預算，市民話佢哋食咗嘢，嘅確好開心。"),
    ("euc-kr", "cp949", "똠방각하 쌰씨 뷁, 시의회는 화요일 새 예산을 승인했다."),
    ("shift_jis", "cp932", "①髙橋さんは火曜日、新しい予算を承認した。"),
    ("windows-31j", "cp932", "①髙橋さんは火曜日、新しい予算を承認した。"),
    ("windows-949", "cp949", "똠방각하, 시의회는 화요일 새 예산을 승인했다."),
]


@pytest.mark.parametrize(("label", "codec", "text"), WIDER_THAN_LABELLED)
def test_a_label_is_read_as_browsers_read_it(label: str, codec: str, text: str) -> None:
    """Python's codec of a label's name is the narrow standard: a page labelled ISO-8859-1
    printed its curly quotes as control characters, one labelled EUC-KR or Shift_JIS its
    other syllables and signs as replacement characters."""
    data = page(text, f'<meta charset="{label}">').encode(codec)
    assert body_text(data) == text
    assert "\ufffd" not in body_text(data)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_bomless_wide_encodings_are_recognised_after_leading_whitespace(encoding: str) -> None:
    data = ("\r\n  " + page(TEXT)).encode(encoding)
    text, used = decode(data)
    assert used == encoding and TEXT in text


def test_magic_bytes_name_the_format() -> None:
    with pytest.raises(NotHTMLError, match="PDF"):
        load(b"%PDF-1.4\n<</Type/Catalog>>")
    with pytest.raises(NotHTMLError, match="gzip"):
        load(b"\x1f\x8b\x08\x00" + b"<html>" * 10)
    # An uncompressed WARC holds HTML: it was extracted as one page of headers and bodies.
    warc = (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\n\r\n"
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><p>Story</p></html>")
    with pytest.raises(NotHTMLError, match="WARC archive"):
        load(warc)


@pytest.mark.parametrize(
    ("document", "kind"),
    [
        ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet href="f.xsl"?>\n'
         "<!-- made by a CMS -->\n<rss version=\"2.0\"><channel><title>News</title><item>"
         "<title>One</title><description>&lt;p&gt;A story.&lt;/p&gt;</description></item>"
         "</channel></rss>", "RSS feed"),
        ('<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title><entry><title>Post'
         '</title><content type="html">&lt;p&gt;Text&lt;/p&gt;</content></entry></feed>',
         "Atom feed"),
        ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
         "<channel><title>x</title></channel></rdf:RDF>", "RDF"),
        ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
         "<url><loc>https://example.com/a</loc></url></urlset>", "sitemap"),
        ("<SVG xmlns='http://www.w3.org/2000/svg'><text>Hi</text></SVG>", "SVG image"),
    ],
)
def test_feeds_sitemaps_and_images_in_xml_are_named(document: str, kind: str) -> None:
    with pytest.raises(NotHTMLError, match=kind):
        load(document)
    with pytest.raises(NotHTMLError, match=kind):
        load(document.encode("utf-8"))


def test_a_page_whose_first_element_is_an_svg_or_unknown_tag_is_still_a_page() -> None:
    body = page(TEXT)
    for first in ('<svg style="display:none"><symbol id="i"/></svg>', "<feed>"):
        doc = load(first + body)
        assert TEXT in doc.tree.text_content()


def test_the_xml_root_test_does_not_backtrack_on_long_prologs() -> None:
    # Each part of the prolog matches one way only: a long run of processing instructions
    # or unclosed comments is rejected in one pass (a backtracking pattern would not end).
    assert _xml_kind("<?a?>" * 5_000 + "x") is None
    assert _xml_kind("<!--a--><!-- -" * 3_000 + "<rss>") is None
    assert _xml_kind("<!--" + "-" * 30_000) is None


def test_clean_markup_removes_what_lxml_refuses() -> None:
    text, data = clean_markup("a\x00b\x0bc\x0cd\ufffee\ud800f")
    assert text == "abc d" + "e\ufffdf"
    assert data == text.encode("utf-8")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("&#xX0123456789abcdefABCDEF;shyZeroWidthSpaceNoBreak "),
               max_size=24))
def test_one_scan_finds_either_kind_of_reference(text: str) -> None:
    """`_REFERENCES` (one scan of the page) finds a reference wherever one of the two
    clean-ups' own patterns would, and only there."""
    found = _CONTROL_REFS.search(text) is not None or _INVISIBLE_REFS.search(text) is not None
    assert (_REFERENCES.search(text) is not None) is found


@pytest.mark.parametrize(("body", "expected"), [
    ("Zei&shy;tung", "Zeitung"),
    ("Zei&sh\x01y;tung", "Zeitung"),  # the reference is whole once the control is removed
    ("Zei&#\x0b173;tung", "Zeitung"),
    ("a&#\x021;b", "ab"),  # a control's reference made whole, removed in its turn
    ("caf\u00c3\u00a9 &amp; Zei&shy;tung", "café & Zeitung"),  # mojibake repaired too
    ("plain &amp; simple", "plain & simple"),
])
def test_the_references_are_removed_as_each_clean_up_searched_them(
    body: str, expected: str
) -> None:
    """The one scan before the clean-ups spares their own searches only in the very text
    it read: a text changed since (a stray control removed, mojibake repaired) is searched
    again, so a reference that a removal made whole still goes."""
    assert body_text(page(body)) == expected


def test_comments_only_is_empty_input() -> None:
    with pytest.raises(EmptyInputError):
        load("<!-- nothing but a comment -->")


def test_template_content_is_not_in_the_tree() -> None:
    doc = load(page("visible <template><p>inert</p></template> text"))
    assert "inert" not in doc.tree.text_content()
    assert "visible" in doc.tree.text_content() and "text" in doc.tree.text_content()


@pytest.mark.parametrize("body", [
    TEXT,
    "nul\x00inside and a form\x0cfeed",
    "a noncharacter \ufffe and \uffff here",
    "ascii only",
    "tab\tand\r\nnewlines and a replacement \ufffd",
])
def test_bytes_and_str_give_the_same_page(body: str) -> None:
    """Valid UTF-8 bytes are parsed as they are, without re-encoding: the same tree and
    text as the decoded str gives."""
    source = page(body)
    from_bytes, from_str = load(source.encode("utf-8")), load(source)
    assert from_bytes.html == from_str.html
    assert lxml.html.tostring(from_bytes.tree) == lxml.html.tostring(from_str.tree)


def test_template_tags_in_any_case_are_dropped() -> None:
    doc = load(page("visible <TEMPLATE><p>inert</p></TEMPLATE> <Template>x</Template>"))
    assert "inert" not in doc.tree.text_content() and "x" not in doc.tree.text_content()


def test_a_declarative_shadow_root_is_shown_in_place_of_its_host() -> None:
    """A web component's server-rendered tree (`<template shadowrootmode>`) is what the
    browser shows: its text stays, the host's children go into its slots, and a child no
    slot takes is not shown."""
    doc = load(
        "<html><body><story-card><template shadowrootmode='open'><article><header>"
        "<slot name='title'></slot></header><div class='body'><slot></slot></div>"
        "<p>rendered by the component</p></article></template>"
        "<h1 slot='title'>The headline</h1><p>first paragraph</p><p>second paragraph</p>"
        "<p slot='nowhere'>unshown child</p></story-card>"
        "<x-icon><template shadowroot='open'><b>icon text</b></template>light text"
        "<i>light child</i></x-icon></body></html>"
    )
    text = doc.tree.text_content()
    assert text.startswith("The headlinefirst paragraphsecond paragraphrendered by")
    assert "icon text" in text
    assert "unshown child" not in text and "light child" not in text
    assert "light text" not in text
    assert not list(doc.tree.iter("template", "slot"))


def test_only_a_hosts_first_declarative_template_under_a_possible_host_attaches() -> None:
    """A list item cannot host a shadow root, and a host's second declarative template is
    inert: both stay unshown, and the host's children stay where they are."""
    doc = load(
        "<html><body><ul><li><template shadowrootmode='open'>inert one</template>item"
        "</li></ul><x-card><template shadowrootmode='open'><slot></slot> shown</template>"
        "<template shadowrootmode='open'>inert two</template>light</x-card></body></html>"
    )
    text = doc.tree.text_content()
    assert "inert" not in text and "item" in text
    assert "light" in text and "shown" in text


def test_an_article_in_a_shadow_root_is_extracted() -> None:
    import newsclean

    paragraphs = [
        f"Paragraph {i} of the story tells what the council decided on Tuesday about the "
        "budget for schools, roads and the new library in the town centre." for i in range(3)
    ]
    story = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<story-page><template shadowrootmode='open'><article><h1>Budget</h1>{story}"
        "</article></template></story-page><footer>© Paper</footer></body></html>"
    )
    text = newsclean.extract(html).text
    assert all(p in text for p in paragraphs)


@pytest.mark.parametrize("markup", [
    "<p>" + "text</p>" * 300,  # every stray </p> makes an empty paragraph
    "<b>a" * 200 + "text only after the tags",
    "x<br>" * 300,
    "<table>" + "<td>cell" * 200,
    "<html><head><title>t</title><p>a</p><head><body><body>" * 50,
    "<li>" * 100 + "<option>" * 100 + "<dd>" * 100,
])
def test_element_count_bound_holds_for_implied_elements(markup: str) -> None:
    """`load` counts elements only past 4 x the page's bytes (+16): a tree never holds more
    than 4 x the count of "<" (+16), even where the parser adds elements of its own."""
    tree = load(markup).tree
    count = int(tree.xpath("count(//*)"))
    assert count <= 4 * markup.count("<") + 16
    with pytest.raises(DocumentTooLargeError):
        load(markup, limits=Limits(max_elements=count - 1, max_bytes=10**6))


@pytest.mark.parametrize(
    "word",
    [
        "Zei\u00adtung",
        "Zei&shy;tung",
        "Zei&#173;tung",
        "Zei&#xAD;tung",
        "Zei\u200btung",
        "Zei&#8203;tung",
        "Zei&ZeroWidthSpace;tung",
        "Zei\u2060tung",
        "Zei\ufefftung",
        "Zei&#xfeff;tung",
    ],
)
def test_soft_hyphens_and_zero_width_spaces_are_dropped(word: str) -> None:
    assert body_text(page(f"Die {word} von heute").encode("utf-8")) == "Die Zeitung von heute"


def test_a_zero_width_space_between_khmer_or_thai_words_is_kept() -> None:
    """Khmer and Thai writers put a zero-width space between words, which would otherwise
    run together (the Unicode Standard's word separator for Khmer): it stays there."""
    text = "កម្ពុជា\u200bបាន\u200bប្រកាស ภาษา\u200bไทย Zei\u200btung"
    assert body_text(page(text).encode("utf-8")) == text.replace("Zei\u200btung", "Zeitung")


@pytest.mark.parametrize(
    ("written", "composed"),
    [
        ("Cafe\u0301 socie\u0301te\u0301", "Café société"),
        ("Zu\u0308rich", "Zürich"),
        ("\u1112\u1161\u11ab\u1100\u116e\u11a8\u110b\u1165", "한국어"),  # conjoining jamo
        ("ﬁne ＡＢＣ", "ﬁne ＡＢＣ"),  # compatibility forms are not folded
    ],
)
def test_text_written_decomposed_is_read_composed(written: str, composed: str) -> None:
    # In the body, the title and the parsed tree alike, from a str or from bytes.
    for source in (page(written), page(written).encode("utf-8")):
        assert body_text(source) == composed
    html = f"<html><head><title>{written}</title></head><body><p>x</p></body></html>"
    assert load(html).tree.findtext(".//title") == composed


def _nfc(text: str) -> bool:
    return unicodedata.normalize("NFC", text) == text


def test_is_composed_answers_as_nfc_for_every_code_point() -> None:
    """`is_composed` reads only the stretches that are not ASCII: every code point, at the
    start, the end and the middle of a stretch, after and before ASCII letters it may compose
    with and marks that may reorder or compose with it, answers as NFC does."""
    marks = "\u0301\u0316\u0345\u1161\u11a8\u3099\u0cd5"
    with patch("newsclean.document._ASCII_STRETCH", 2):
        for code in range(0x110000):
            if 0xD800 <= code <= 0xDFFF:
                continue
            char = chr(code)
            mark = marks[code % len(marks)]
            for text in (f"ee{char}{mark}", f"e{char}e{mark}", f"{char}{mark}e", f"ea{mark}{char}"):
                assert is_composed(text) == _nfc(text), (hex(code), text)


MIXED = "ae\u1100\u1161\u11a8\uac00\u0301\u0316\u0345\u00e9\u212b\u3099x"
"""Letters, conjoining jamo, marks of several classes, composed letters and a singleton."""


@given(st.text(alphabet=MIXED, max_size=12), st.integers(1, 4))
@settings(max_examples=3000, deadline=None)
def test_is_composed_answers_as_nfc_on_any_mix(text: str, stretch: int) -> None:
    with patch("newsclean.document._ASCII_STRETCH", stretch):
        assert is_composed(text) == _nfc(text)


def test_a_mark_opening_a_stretch_composes_with_the_letter_before_it() -> None:
    # The mark is the first character of the second 1,024-character stretch.
    assert not is_composed("x" * 1023 + "e\u0301" + "é" * 3)
    assert is_composed("x" * 1023 + "é" * 4 + "x" * 2000)


@pytest.mark.parametrize("text", ["می\u200cخواهم", "क्\u200dष", "👩\u200d💻", "&amp;shy; &#1730;"])
def test_joiners_and_other_references_are_kept(text: str) -> None:
    expected = lxml.html.fromstring(f"<p>{text}</p>").text
    assert body_text(page(text).encode("utf-8")) == expected


@pytest.mark.parametrize(
    ("ruby", "expected"),
    [
        ("<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>", "漢"),
        ("<ruby>漢<rt>kan</rt>字<rt>ji</rt></ruby>を読む", "漢字を読む"),
        ("<ruby>東京<rtc><rt>とう</rt><rt>きょう</rt></rtc></ruby> Tokyo", "東京 Tokyo"),
    ],
)
def test_ruby_annotations_are_not_inlined(ruby: str, expected: str) -> None:
    assert load(page(ruby)).tree.find(".//p").text_content() == expected


@pytest.mark.parametrize(
    ("html", "tags"),
    [
        (b"<p>Plain <b>page</b> with <RuBy>no</RuBy> rt.</p>", set()),
        (b"<TEMPLATE></TEMPLATE><NoScript>x</NoScript>", {"template", "noscript"}),
        (b"<ruby>a<RT>b</RT></ruby><rp/><rtc\n>", {"rt", "rp", "rtc"}),
        (b"<Button>x</Button><NOFRAMES>y</NOFRAMES><p>a<WBR>b", {"button", "noframes", "wbr"}),
        (b"<script>'<template><button>'</script><p>No <rtx>tags</rtx> here.</p>", set()),
    ],
)
def test_the_tags_the_tree_is_fixed_for_are_found_in_one_walk(html: bytes, tags: set[str]) -> None:
    assert _tags_present(lxml.html.document_fromstring(html)) == tags


@pytest.mark.parametrize(
    ("html", "found"),
    [
        (b"<p>a<br>b</brand>c</p>", False),  # a closing tag of another name
        (b"<p>a</BR>b</p>", True),
        (b"<p>a</bR/>b</p>", True),
        (b'<template id="B:0"></template>', True),
        (b"<TEMPLATE id=B:0></TEMPLATE>", False),  # React writes its slots in lower case
    ],
)
def test_what_the_markup_is_fixed_for_before_the_parse(html: bytes, found: bool) -> None:
    assert (_BEFORE_PARSE.search(html) is not None) is found


def test_a_button_in_the_body_a_noframes_holds_is_unwrapped() -> None:
    """The body of a frameset page's `<noframes>` is parsed late, new markup: the fixes
    after it look at the tree again."""
    words = " ".join(["word"] * 80)
    html = (
        "<html><frameset><frame src='a.html'><noframes>"
        f"<p>Lead {words}</p><button><div>icon<p>Story {words}</p></button>"
        "</noframes></frameset></html>"
    )
    assert f"Story {words}" in _segmented(html)


def test_all_three_fixes_apply_on_one_page() -> None:
    html = (
        "<html><body><template><p>Inert.</p></template>"
        "<p><ruby>漢<rt>kan</rt></ruby> text</p><noscript><p>Fallback.</p></noscript>"
        "</body></html>"
    )
    assert _segmented(html) == ["漢 text"]


_STORY = " ".join(f"Sentence {i} of the story tells what happened in the town." for i in range(4))


def _noscript_page(visible: str, noscript: str) -> str:
    return (
        f'<html><head><noscript><img src="/pixel.gif"></noscript></head><body>'
        f'<div id="root">{visible}</div><script>render()</script>'
        f"<noscript>{noscript}</noscript></body></html>"
    )


def _segmented(html: str) -> list[str]:
    return [b.text for b in segment(load(html).tree)]


def test_a_body_only_in_noscript_is_read() -> None:
    html = _noscript_page("Loading…", f"<article><h1>Title</h1><p>{_STORY}</p></article>")
    assert _segmented(html) == ["Loading…", "Title", _STORY]


def test_a_shell_showing_a_tenth_of_its_noscript_is_read_from_it() -> None:
    """A script-rendered forum shows its name, a menu and a "loading" line (more than the
    20 words of a bare shell) and serves its thread in `<noscript>`: ten times what it
    shows or more is the page."""
    shown = "Example Forum " + " ".join(f"Menu{i}" for i in range(25)) + " Loading…"
    thread = "".join(f"<p>{_STORY}</p>" for _ in range(8))
    assert _segmented(_noscript_page(shown, thread))[-1] == _STORY
    # a page showing more than a tenth of its noscript's words keeps it out
    assert _segmented(_noscript_page(shown, thread[: len(thread) // 4])) == [shown]


_ZH_STORY = "国务院常务会议周二决定，进一步加大对中小企业的支持力度，推动经济持续回升向好。" * 4


def test_words_of_a_body_in_noscript_are_counted_in_any_script() -> None:
    """A Chinese story has few spaces: its words are counted as `word_count` counts them,
    so a body only in `<noscript>` is read, and a shown one keeps the noscript out."""
    assert _segmented(_noscript_page("加载中…", f"<p>{_ZH_STORY}</p>")) == ["加载中…", _ZH_STORY]
    shown = _noscript_page(f"<p>{_ZH_STORY}</p>", "<p>请启用浏览器的脚本功能。</p>" * 20)
    assert _segmented(shown) == [_ZH_STORY]


@pytest.mark.parametrize(
    ("visible", "noscript"),
    [
        # a normal page: its noscript stays out, however long
        (f"<p>{_STORY}</p>", f"<p>{_STORY.upper()}</p>"),
        # a shell whose noscript is a short note, not a body
        ("Loading…", "<p>Please enable JavaScript to view this site.</p>"),
    ],
)
def test_noscript_stays_out_otherwise(visible: str, noscript: str) -> None:
    assert _segmented(_noscript_page(visible, noscript)) == _segmented(
        _noscript_page(visible, "")
    )


def test_a_frameset_pages_text_in_noframes_is_read_as_markup() -> None:
    """The parser hands `<noframes>` over as raw text: on a frameset page whose words are
    all there, its markup is parsed into the body; no tag is printed as text."""
    html = (
        "<html><head><title>Old site</title></head><frameset cols='20%,80%'>"
        f"<frame src='menu.html'><frame src='main.html'><noframes><body><h1>Title</h1>"
        f"<p>{_STORY}</p></body></noframes></frameset></html>"
    )
    assert _segmented(html) == ["Title", _STORY]


def test_noframes_beside_a_shown_body_stays_out() -> None:
    """Browsers that show frames never show `<noframes>` (nor embeds' `<noembed>`); the raw
    markup the parser makes of their content is no text."""
    html = (f"<html><body><noframes><p>Your browser cannot show frames.</p></noframes>"
            f"<p>{_STORY}</p></body></html>")
    assert _segmented(html) == [_STORY]
    assert _segmented(html.replace("noframes", "noembed")) == [_STORY]
    assert _segmented("<html><frameset><frame src='a.html'><noframes>No frames."
                      "</noframes></frameset></html>") == []


def test_a_page_parsed_into_a_button_is_read() -> None:
    """A stray tag inside a menu button makes the parser ignore its `</button>`, so the
    page after it is parsed into the button (a browser closes it there); buttons are
    skipped as controls, and the story went unread."""
    html = ('<html><body><header><button class="menu"><div class="inner"><svg></svg><div> '
            f"</button><a href='/'>Home</a></header><main><article><h1>Title</h1><p>{_STORY}</p>"
            f"<p>{_STORY}</p></article></main></body></html>")
    assert _segmented(html) == ["Home", "Title", _STORY, _STORY]


def test_a_page_in_chinese_parsed_into_a_button_is_read() -> None:
    """Chinese is written without spaces: the words of the page in the button are counted
    by its characters, not by its few space-separated runs."""
    story = "北京市政府今天宣布了一项新的城市交通计划，旨在减少拥堵并改善空气质量。" * 3
    html = ('<html><body><header><button class="menu"><div class="icon">菜单</button>'
            f"<a href='/'>首页</a></header><main><article><h1>交通计划</h1><p>{story}</p>"
            f"<p>{story}</p></article></main></body></html>")
    assert _segmented(html)[1:] == ["交通计划", story, story]


def test_a_button_of_many_words_in_phrasing_elements_stays_a_button() -> None:
    """A video card's button holding its transcript in spans: a button still."""
    html = (f"<html><body><p>{_STORY}</p><button><span>How to use it</span>"
            f"<span>{_STORY} {_STORY}</span></button></body></html>")
    assert _segmented(html) == [_STORY]


_STREAMED = (
    "<html><body><main><h1>Head</h1>"
    '<!--$?--><template id="B:0"></template><div>Loading paragraph...</div><!--/$-->'
    "<p>Static <!-- c -->end.</p>"
    '<!--$?--><template id="B:1"></template>Loading<!--/$--></main><footer>Foot</footer>'
    '<div hidden id="S:2"><p>Streamed first.</p><template id="P:3"></template></div>'
    '<script>$RC("B:0","S:2")</script>'
    '<div hidden id="S:3"><p>Streamed inside.</p></div><script>$RS("S:3","P:3")</script>'
    '<div hidden id="S:1"><p>Streamed by number.</p></div>'
    '<div hidden id="S:9"><p>Never shown.</p></div>'
    "</body></html>"
)


def test_streamed_react_segments_replace_their_templates() -> None:
    assert _segmented(_STREAMED) == [
        "Head",
        "Streamed first.",
        "Streamed inside.",
        "Static end.",
        "Streamed by number.",
        "Foot",
    ]


def test_hidden_segments_without_a_slot_stay_hidden() -> None:
    html = '<html><body><p>Shown.</p><div hidden id="S:0"><p>Never shown.</p></div></body></html>'
    assert _segmented(html) == ["Shown."]


@pytest.mark.parametrize(("head", "url", "base"), [
    ("", "https://a.example/x/y", "https://a.example/x/y"),
    ('<base href="../z/">', "https://a.example/x/y", "https://a.example/z/"),
    ('<base href="https://cdn.example/">', None, "https://cdn.example/"),
    ('<base href="../z/">', None, None),
    ('<base href=" javascript:alert(1)">', "https://a.example/", "https://a.example/"),
    ('<base target="_blank">', "https://a.example/", "https://a.example/"),
])
def test_base_is_the_pages_base_href_against_its_url(
    head: str, url: str | None, base: str | None
) -> None:
    doc = load(f"<html><head>{head}</head><body><p>x</p></body></html>", url=url)
    assert doc.base == base


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ('<h2 id="a">Reading lines<a class="headerlink" href="#a" title="Permalink">¶</a></h2>',
         "Reading lines"),
        ('<h2 id="a"><a class="anchor" href="#a">#</a> Reading lines</h2>', "Reading lines"),
        ('<h3 id="b">Errors <a href="#b" aria-label="Link">🔗</a></h3>', "Errors"),
        ('<h2 id="c">Setup<a href="#c"><svg></svg></a></h2>', "Setup"),
        # a heading that is a link, a link elsewhere, or a word that ends in a mark, stays
        ('<h2><a href="#top">Back to the top</a></h2>', "Back to the top"),
        ('<h2>Learn <a href="/lang/cs">C#</a></h2>', "Learn C#"),
        ('<h2 id="d">Notes <a href="#fn1">1</a></h2>', "Notes 1"),
    ],
)
def test_a_headings_link_to_itself_is_no_part_of_it(heading: str, text: str) -> None:
    assert _segmented(f"<html><body>{heading}<p>Body.</p></body></html>")[0] == text


_EDIT = '<a href="/w/index.php?title=X&amp;action=edit&amp;section={n}">{w}</a>'


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        # MediaWiki before 2023: the action is in the heading
        ('<h2><span class="mw-headline" id="H">History</span><span class="mw-editsection">'
         '<span class="mw-editsection-bracket">[</span>' + _EDIT.format(n=1, w="edit")
         + '<span class="mw-editsection-bracket">]</span></span></h2>', "History"),
        # two actions, in another language
        ('<h3>Geschichte<span class="x">[' + _EDIT.format(n=2, w="bearbeiten") + " | "
         + _EDIT.format(n=2, w="Quelltext bearbeiten") + "]</span></h3>", "Geschichte"),
        # since 2023: the action follows the heading in its wrapper
        ('<div class="mw-heading"><h2 id="V">Values</h2><span class="e">['
         + _EDIT.format(n=3, w="edit") + "]</span></div>", "Values"),
        # brackets around words the heading says, or around a link to a note, stay
        ('<h2>Results <span>[updated]</span></h2>', "Results [updated]"),
        ('<h2>Results <span>[<a href="/notes">see note</a> below]</span></h2>',
         "Results [see note below]"),
    ],
)
def test_a_wikis_section_actions_in_brackets_are_no_part_of_the_heading(
    heading: str, text: str
) -> None:
    blocks = _segmented(f"<html><body>{heading}<p>Body of the section.</p></body></html>")
    assert blocks == [text, "Body of the section."]


def _mojibake(text: str, legacy: str) -> str:
    """`text` as it reads once its UTF-8 is decoded in a legacy encoding (a crawler's fault)."""
    return text.encode("utf-8").decode(legacy, errors="replace")


@pytest.mark.parametrize("legacy", ["cp1252", "latin-1"])
@pytest.mark.parametrize("source", ["str", "bytes"])
def test_mojibake_is_repaired(legacy: str, source: str) -> None:
    text = "Café déjà vu — ‘quoted’ naïve…"  # (windows-1252 has no character for ”'s 0x9D)
    garbled = _mojibake(text, legacy)
    assert garbled != text
    markup = page(f"It’s the investor’s guide: {garbled}")
    # the page holds both: correct curly quotes, and a run saved through a legacy decoding
    doc = load(markup if source == "str" else markup.encode("utf-8"))
    assert doc.tree.findtext(".//p") == f"It’s the investor’s guide: {text}"


def test_mojibake_repair_keeps_a_title_and_what_only_looks_like_it() -> None:
    head = f"<title>{_mojibake('Déjà vu — a guide', 'cp1252')}</title>"
    doc = load(page("NÃO, disse ele. Preço: 10 €", head).encode("utf-8"))
    assert doc.tree.findtext(".//title") == "Déjà vu — a guide"
    assert doc.tree.findtext(".//p") == "NÃO, disse ele. Preço: 10 €"


def test_mojibake_that_decodes_to_a_soft_hyphen_is_dropped_with_the_others() -> None:
    assert body_text(page(_mojibake("Zei\u00adtung — heute", "latin-1"))) == "Zeitung — heute"


@pytest.mark.parametrize("text", [
    "„Der Unmut ist groß“", "Tomáš Souček", "a explosé»", "País Valencià\u00a0", "fé\u00adlög",
    "NÃO", "Ñandú", "ðað",
])
def test_correct_text_is_not_taken_for_mojibake(text: str) -> None:
    """The search that decides whether ftfy runs at all passes over correct text in which
    a letter meets a symbol mojibake is also written in (ftfy would leave it, at a cost)."""
    assert _MOJIBAKE.search(page(text).encode("utf-8")) is None
    assert body_text(page(text).encode("utf-8")) == text.replace("\u00ad", "")


@pytest.mark.parametrize("text", ["’", "é", "—", "п", "😀", "Ž", "ε", "ש", "ا"])
@pytest.mark.parametrize("legacy", ["cp1252", "latin-1"])
def test_every_kind_of_mojibake_is_found(text: str, legacy: str) -> None:
    """Latin, Cyrillic, Greek, Hebrew, Arabic and emoji, through either legacy decoding."""
    garbled = _mojibake(text, legacy)
    assert _MOJIBAKE.search(page(f"x{garbled}y").encode("utf-8")) is not None
    assert body_text(page(f"x{garbled}y").encode("utf-8")) == f"x{text}y"


_SEGMENT_BITS = ["â€™", "â€œ", "Ã©", "Ã", "Â", "Â\xa0", "Â ", "Ð¿", "ðŸ˜€", "é", "—", "’", "\xa0",
                 " ", "  ", "<p>", "</p>", ">", "<", "a", "word ", "1", "\n"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.one_of(st.sampled_from(_SEGMENT_BITS), st.text(max_size=8)), max_size=80),
       st.integers(0, 80))
def test_mojibake_repair_by_segments_is_ftfys_on_the_whole_text(parts: list[str], gap: int) -> None:
    """ftfy reads only the runs of non-ASCII text with a character on each side, and gives
    what it gives on the whole text: runs next to each other, at either end of the text,
    across spaces, however near the runs are joined into one call."""
    from ftfy.fixes import decode_inconsistent_utf8

    text = "".join(parts)
    with patch("newsclean.document.SEGMENT_GAP", gap):
        assert _by_segments(text, decode_inconsistent_utf8) == decode_inconsistent_utf8(text)


def test_mojibake_repair_by_segments_reads_only_the_runs() -> None:
    seen: list[str] = []

    def shout(segment: str) -> str:
        seen.append(segment)
        return segment.upper()

    text = "<p>" + "x" * 500 + " Investorâ€™s " + "y" * 500 + "</p>"
    assert _by_segments(text, shout) == text.replace("â€™", "Â€™")
    assert seen == ["râ€™s"]


CYRILLIC = "Москва объявила о новых мерах поддержки для жителей"


@pytest.mark.parametrize("label", ["windows-1251", "text/html; charset=windows-1251",
                                   'text/html;charset="CP1251"'])
def test_a_transport_charset_wins_over_the_pages_meta(label: str) -> None:
    # (a wrong Latin-1 label is no longer believed over Cyrillic bytes: a wrong KOI8-R one is)
    data = page(f'<meta charset="koi8-r"><p>{CYRILLIC}</p>').encode("cp1251")
    assert CYRILLIC not in load(data).tree.text_content()
    doc = load(data, encoding=label)
    assert CYRILLIC in doc.tree.text_content() and doc.encoding == "cp1251"


def test_a_transport_charset_yields_to_a_bom_to_valid_utf8_and_to_nonsense() -> None:
    text = page(f"<p>{CYRILLIC}</p>")
    with_bom = codecs.BOM_UTF8 + text.encode()
    assert CYRILLIC in load(with_bom, encoding="windows-1251").tree.text_content()
    # a server that labels every page Latin-1 does not spoil a UTF-8 page
    assert CYRILLIC in load(text.encode(), encoding="iso-8859-1").tree.text_content()
    for label in ("klingon", "hex", "utf-7", "text/html", ""):
        assert CYRILLIC in load(text.encode(), encoding=label).tree.text_content()


def test_extract_reads_the_transport_charset() -> None:
    import newsclean

    html = page(f'<meta charset="koi8-r"><article><p>{CYRILLIC}. {CYRILLIC}.</p>'
                f"<p>{CYRILLIC}. {CYRILLIC}.</p></article>").encode("cp1251")
    assert CYRILLIC in newsclean.extract(html, encoding="windows-1251").text
    assert CYRILLIC not in newsclean.extract(html).text


def test_void_elements_unknown_to_libxml2_hold_nothing() -> None:
    # libxml2 (HTML 4) nests what follows <embed>, <source>, <track>, <wbr> inside them;
    # <embed> and <source> are skipped as markup, so the story after them was lost.
    doc = load("<article><p>Lead</p><embed src='v.swf'><p>First</p><p>Second</p></article>"
               "<div><source src=a.mp4>Text <b>bold</b> tail</div><p>x<wbr>y</p>")
    for tag in ("embed", "source", "wbr"):
        el = doc.tree.find(f".//{tag}")
        assert el is not None and len(el) == 0 and not el.text
    article = doc.tree.find(".//article")
    assert [p.text for p in article.findall("p")] == ["Lead", "First", "Second"]
    assert doc.tree.find(".//div").text_content() == "Text bold tail"


def test_a_run_of_sources_comes_apart() -> None:
    doc = load("<video><source src=a><source src=b><track src=c>Fallback</video><p>After</p>")
    video = doc.tree.find(".//video")
    assert [child.tag for child in video] == ["source", "source", "track"]
    assert all(len(child) == 0 for child in video)
    assert (video[-1].tail or "").strip() == "Fallback"


def test_an_end_tag_br_is_a_line_break() -> None:
    doc = load("<p>line one</br>line two</BR >three</br/>four</p>")
    p = doc.tree.find(".//p")
    assert [br.tail for br in p.findall("br")] == ["line two", "three", "four"]


def test_the_story_after_an_embed_is_extracted() -> None:
    import newsclean

    sentence = "The council approved the budget after a long debate on schools and roads."
    html = ("<html><head><title>Budget</title></head><body><article><h1>Budget</h1>"
            f"<p>{sentence}</p><embed src='https://video.example/v'>"
            + "".join(f"<p>{sentence} Paragraph {n} goes on with more words.</p>"
                      for n in range(1, 6))
            + "</article></body></html>")
    text = newsclean.extract(html).text
    assert all(f"Paragraph {n} goes on" in text for n in range(1, 6))


# --------------------------------------------------------------- bytes as a crawl delivers them


def _cut_inside_the_last_character(data: bytes) -> bytes:
    """The page cut in the middle of its last multi-byte character, as a crawler that stops
    at a size limit cuts it (Common Crawl: at 1 MiB, wherever that falls)."""
    last = max(i for i, byte in enumerate(data) if byte >= 0xC0)  # a lead byte
    return data[: last + 1]


@pytest.mark.parametrize("lang", sorted(NON_LATIN))
@pytest.mark.parametrize("head", ["", '<meta charset="windows-1252">', '<meta charset="utf-8">'])
def test_utf8_cut_inside_a_character_stays_utf8(lang: str, head: str) -> None:
    """One cut sequence at the end made the bytes invalid UTF-8: a page without a label, or
    with a legacy one, went to the detector or to that label, and every character came out
    as mojibake."""
    text = NON_LATIN[lang] * 6
    data = _cut_inside_the_last_character(page(text, head).encode("utf-8") + text.encode())
    assert body_text(data) == text
    assert load(data, encoding="text/html; charset=ISO-8859-1").tree.findtext(".//p") == text


@pytest.mark.parametrize("lang", sorted(NON_LATIN))
def test_utf8_with_a_pasted_windows_1252_quote_and_no_label(lang: str) -> None:
    """A windows-1252 apostrophe (0x92) in a UTF-8 page that declares nothing: the detector
    read the whole page in a legacy encoding (Russian came out as GBK)."""
    text = NON_LATIN[lang] * 6
    data = page(text).encode("utf-8").replace(b"</p>", b" It\x92s</p>")
    assert body_text(data) == text + " It’s"


LEGACY = {
    "ru": (NON_LATIN["ru"], "cp1251"),
    "ja": (NON_LATIN["ja"], "shift_jis"),
    "el": ("Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τη στήριξη των νοικοκυριών.", "iso8859-7"),
    "uk": ("Дім і Дніпро: міська рада ухвалила бюджет шкіл і доріг.", "cp1251"),
}


@pytest.mark.parametrize("lang", sorted(LEGACY))
@pytest.mark.parametrize("meta", [False, True])
def test_a_transport_utf8_label_over_legacy_bytes_yields_to_the_page(lang: str,
                                                                    meta: bool) -> None:
    """A server that labels every page UTF-8 over legacy pages: every letter was U+FFFD. The
    bytes are not UTF-8, so the page decodes itself (its `<meta>`, else the detector).
    (Ukrainian in windows-1251 holds pairs that are valid UTF-8 by chance: "Ді".)"""
    text, encoding = LEGACY[lang]
    head = f'<meta charset="{encoding}">' if meta else ""
    data = page(text * 6, head).encode(encoding)
    assert load(data, encoding="text/html; charset=utf-8").tree.findtext(".//p") == text * 6


RUNAWAY_STORY = "".join(
    f"<p>Paragraph {n} of the story tells the council's decision in many plain words.</p>"
    for n in range(1, 6)
)


@pytest.mark.parametrize("head, before", [
    ("<title>Council approves budget<title>", ""),  # the typo: a second start tag
    ("<title>Council approves budget", ""),  # the end tag lost
    ("<TITLE>Council approves budget</TITEL>", ""),
    # the end tag lost, and an icon's title further down ends it: the story before is lost
    ("<title>Council approves budget", "<svg><title>Menu</title></svg><nav>Menu</nav>"),
    ("<title>Council approves budget</title>", "<form><textarea name=c>Your comment"),
    ("<title>Council approves budget</title>", "<xmp>code"),
    ("<title>Council approves budget</title>", "<noembed>no plug-in"),
])
def test_an_element_read_as_text_and_never_closed_does_not_swallow_the_page(
        head: str, before: str) -> None:
    """The parser reads a `<title>`, `<textarea>`, `<xmp>`, `<noembed>` or `<iframe>` as text
    up to its end tag; without one, the rest of the page was its text: no body, and the
    title (or the text) was the page's markup."""
    import newsclean

    html = (f"<html><head>{head}</head><body>{before}<article>{RUNAWAY_STORY}</article>"
            "<footer><svg><title>Logo</title></svg></footer></body></html>")
    article = newsclean.extract(html)
    assert article.title == "Council approves budget"
    assert all(f"Paragraph {n} of the story" in article.text for n in range(1, 6))
    assert "<p>" not in article.text


def test_an_element_read_as_text_that_closes_keeps_its_markup_as_text() -> None:
    """A closed `<textarea>` that ends the page and holds markup as text is left as it is."""
    doc = load(f"<body><article>{RUNAWAY_STORY}</article><textarea>&lt;p&gt;Hi</textarea>")
    assert doc.tree.findtext(".//textarea") == "<p>Hi"


NON_WESTERN = {
    **LEGACY,
    "ar": ("أعلنت الحكومة يوم الأربعاء عن سلسلة من الإجراءات الاقتصادية لدعم الأسر.", "cp1256"),
    "he": ("הממשלה הודיעה ביום רביעי על סדרה של צעדים כלכליים לתמיכה במשקי הבית.", "cp1255"),
    "ko": ("정부는 수요일 가계를 지원하기 위한 일련의 경제 대책을 발표했다.", "euc_kr"),
    "zh": (NON_LATIN["zh"], "gb18030"),
    "th": ("รัฐบาลประกาศมาตรการทางเศรษฐกิจชุดหนึ่งเมื่อวันพุธเพื่อช่วยเหลือครัวเรือน", "tis-620"),
}


@pytest.mark.parametrize("lang", sorted(NON_WESTERN))
@pytest.mark.parametrize("where", ["meta", "header", "header over a right meta"])
def test_a_latin1_label_over_bytes_of_another_script_is_not_believed(lang: str,
                                                                     where: str) -> None:
    """ISO-8859-1 is the default label of servers and templates; over windows-1251,
    Shift_JIS or EUC-KR bytes it made every letter mojibake ("Ïðåçèäåíò"). Such bytes have
    their high letters in runs (or bytes windows-1252 leaves unassigned): the label yields
    to the page's own, else to the detector."""
    text, encoding = NON_WESTERN[lang]
    head = {"meta": '<meta charset="iso-8859-1">', "header": "",
            "header over a right meta": f'<meta charset="{encoding}">'}[where]
    data = page(text * 4, head).encode(encoding)
    label = None if where == "meta" else "text/html; charset=ISO-8859-1"
    assert load(data, encoding=label).tree.findtext(".//p") == text * 4


WESTERN = {
    "fr": "« Le président a répondu à la crise », a déclaré le porte-parole. Où est l'été ?",
    "fi": "Hallitus päätti säästötoimista. Äänestäjät ovat tyytymättömiä päätökseen yöllä.",
    "is": "Þjóðin er ósátt við þessa ákvörðun og mótmæli eru fyrirhuguð á Austurvelli á morgun.",
    "et": "Valitsus otsustas tõsta kütuseaktsiisi. Ühiskonnas on küsimusi. Tööõnnetus jõeäärne.",
    "de": "Größere Änderungen für Bürgerinnen und Bürger seien nicht geplant, hieß es über Öl.",
}


@pytest.mark.parametrize("lang", sorted(WESTERN))
def test_a_latin1_label_over_western_bytes_is_believed(lang: str) -> None:
    text = WESTERN[lang] * 6
    data = page(text, '<meta charset="iso-8859-1">').encode("cp1252")
    assert body_text(data) == text
    assert load(data, encoding="text/html; charset=ISO-8859-1").tree.findtext(".//p") == text


def test_a_gzip_compressed_page_is_decompressed() -> None:
    """A `Content-Encoding: gzip` body saved as it came (wget, a raw socket, a crawler's
    payload without its headers) was refused as "gzip-compressed data"."""
    import gzip

    import newsclean

    html = f"<html><head><title>Council</title></head><body><article>{RUNAWAY_STORY}</article>"
    packed = gzip.compress(html.encode())
    assert newsclean.extract(packed).text == newsclean.extract(html).text
    assert newsclean.extract(packed[: len(packed) * 2 // 3]).text.startswith("Paragraph 1")
    with pytest.raises(DocumentTooLargeError, match="unpacks"):
        load(gzip.compress(b"<p>" + b" " * 5000), limits=Limits(max_bytes=4096))
    with pytest.raises(NotHTMLError, match="gzip"):
        load(b"\x1f\x8b\x08\x00" + b"<html>" * 10)  # corrupt


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("label", ["text/html; charset=utf-8", "text/html; charset=ISO-8859-1"])
def test_a_transport_label_yields_to_utf16_without_a_bom(encoding: str, label: str) -> None:
    """Russian in UTF-16 is all bytes below 0x80 (U+04xx): under a server's UTF-8 or
    Latin-1 label it was read as control characters, and refused as binary data."""
    text = NON_LATIN["ru"] * 6
    data = page(text).encode(encoding)
    assert load(data, encoding=label).tree.findtext(".//p") == text


@pytest.mark.parametrize("ref", ["&#" + "0" * 5000 + "1;", "&#x" + "0" * 5000 + "1f;"])
def test_a_control_reference_padded_with_thousands_of_zeros_is_removed(ref: str) -> None:
    """Leading zeros are unbounded in a character reference: the number is still read."""
    doc = load(f"<html><body><p>Zei{ref}tung</p></body></html>")
    assert doc.tree.findtext(".//p") == "Zeitung"


_PERMALINKED = "<h2 id='s'>Setup <a href='#s'>\u00b6</a></h2><p>Plug the kettle in.</p>"


def _permalinks_dropped(html: str) -> bool:
    """Whether the page's `<h2 id='s'>` lost its "¶" and kept the mark in its stead."""
    h2 = next(h for h in load(html).tree.iter("h2") if h.get("id") == "s")
    return h2.get(PERMALINK_MARK) is not None and "\u00b6" not in h2.text_content()


@pytest.mark.parametrize("html", [
    f"<html><body>{_PERMALINKED}<button>x</button><video><source src=a>b</video></body></html>",
    f"<html><body><noscript><img src=p.gif></noscript>{_PERMALINKED}</body></html>",
    # fixes that change the tree's elements: the headings are looked for again
    f"<html><body><x-card><template shadowrootmode='open'>{_PERMALINKED}</template></x-card>"
    "</body></html>",
    f"<html><body><ruby>\u6f22<rt>kan</rt></ruby>{_PERMALINKED}</body></html>",
    "<html><frameset><frame src='a.html'><noframes><body>"
    f"{_PERMALINKED}{'<p>' + 'Words of the page for readers without frames. ' * 5 + '</p>'}"
    "</body></noframes></frameset></html>",
])
def test_heading_permalinks_are_dropped_after_every_fix_of_the_tree(html: str) -> None:
    assert _permalinks_dropped(html)


def test_the_fixes_and_the_permalinks_share_one_walk_of_the_tree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The elements the tree is fixed for and the headings whose permalinks go are found
    in one walk of the whole tree (each walk costs about a tenth of the parse)."""
    from lxml.html import HtmlElement

    walks: list[tuple[str, ...]] = []
    real_iter = HtmlElement.iter

    def iter_(self: HtmlElement, *tags: str) -> object:
        if self.getparent() is None:
            walks.append(tags)
        return real_iter(self, *tags)

    monkeypatch.setattr(HtmlElement, "iter", iter_)
    doc = load(f"<html><body>{_PERMALINKED}<button>x</button></body></html>")
    monkeypatch.undo()
    assert sum("h2" in tags or "template" in tags for tags in walks) == 1
    assert next(doc.tree.iter("h2")).get(PERMALINK_MARK) is not None


@pytest.mark.parametrize("first", [
    "<h2 id='x'><a href='#x'><dt>\u00b6</dt></a></h2>",  # a term inside the dropped mark
    "<h2>Title</h2><div>[<h3><a href='/e'>edit</a></h3>]</div>",  # a heading in the actions
])
def test_headings_after_one_inside_a_dropped_link_keep_being_read(first: str) -> None:
    """A heading inside what is dropped (a permalink, a wiki's bracketed actions) does not
    end the search: the walk of the live tree went on inside the dropped part and stopped
    there, leaving every later heading's "¶" in its text."""
    assert _permalinks_dropped(f"<html><body>{first}<p>a</p>{_PERMALINKED}</body></html>")
