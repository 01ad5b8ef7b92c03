from __future__ import annotations

import codecs

import pytest

from newsclean.document import decode, load
from newsclean.errors import EmptyInputError, NewsCleanError, NotHTMLError

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


def test_wrong_declared_charset_but_valid_utf8() -> None:
    data = page(TEXT, '<meta charset="iso-8859-1">').encode("utf-8")
    assert body_text(data) == TEXT


def test_undeclared_legacy_bytes_are_detected() -> None:
    text = "Le café est très apprécié à Paris, où les élèves étudient près de l'église."
    data = page(text * 3).encode("cp1252")
    assert "café" in body_text(data)


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
