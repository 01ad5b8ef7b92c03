"""Dates read as of the moment the page was fetched: relative dates ("3 hours ago") and the
crawl day (`extract(..., fetched=...)`, a WARC record's `WARC-Date`)."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest

import newsclean
from newsclean.batch import record_date
from newsclean.cli import main
from newsclean.metadata.relative import parse_relative

FETCHED = datetime(2024, 3, 5, 12, 30, 15, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("3 hours ago", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
    ("an hour ago", datetime(2024, 3, 5, 11, 30, tzinfo=UTC)),
    ("Updated 5 min ago", datetime(2024, 3, 5, 12, 25, tzinfo=UTC)),
    ("Posted 2 days ago", date(2024, 3, 3)),
    ("vor 2 Stunden", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
    ("vor einem Tag", date(2024, 3, 4)),
    ("il y a 3 jours", date(2024, 3, 2)),
    ("hace 2 días", date(2024, 3, 3)),
    ("2 giorni fa", date(2024, 3, 3)),
    ("un'ora fa", datetime(2024, 3, 5, 11, 30, tzinfo=UTC)),
    ("há 5 minutos", datetime(2024, 3, 5, 12, 25, tzinfo=UTC)),
    ("2 horas atrás", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
    # Czech, Romanian, Finnish, Greek, Hebrew, Arabic, Persian, Hindi, Indonesian,
    # Vietnamese, Thai (no spaces), Hungarian (the unit's own ending)
    ("před 3 hodinami", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
    ("acum 2 ore", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
    ("3 tuntia sitten", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
    ("πριν από 3 ώρες", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
    ("לפני 2 ימים", date(2024, 3, 3)),
    ("منذ 3 ساعات", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
    ("۳ ساعت پیش", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
    ("3 घंटे पहले", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
    ("5 menit yang lalu", datetime(2024, 3, 5, 12, 25, tzinfo=UTC)),
    ("2 ngày trước", date(2024, 3, 3)),
    ("3 ชั่วโมงที่แล้ว", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
    ("3 órája", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
    ("hôm qua", date(2024, 3, 4)),
    ("أمس", date(2024, 3, 4)),
    ("3 dagen geleden", date(2024, 3, 2)),
    ("2 dni temu", date(2024, 3, 3)),
    ("3 часа назад", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
    ("2 gün önce", date(2024, 3, 3)),
    ("för 2 dagar sedan", date(2024, 3, 3)),
    ("for 3 timer siden", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
    ("3日前", date(2024, 3, 2)),
    ("2小时前", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
    ("3시간 전", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
    ("٣ days ago", date(2024, 3, 2)),  # any script's digits
    ("Yesterday", date(2024, 3, 4)),
    ("Posted yesterday at 3:15 PM", date(2024, 3, 4)),
    ("Updated yesterday", date(2024, 3, 4)),
    ("Gestern, 14:30", date(2024, 3, 4)),
    ("hier à 14h30", date(2024, 3, 4)),
    ("昨天", date(2024, 3, 4)),
])
def test_relative_dates_count_back_from_the_fetch(text: str, expected: object) -> None:
    assert parse_relative(text, FETCHED) == expected


@pytest.mark.parametrize("text", [
    "Hier klicken",  # German "here", not French "yesterday"
    "Valid for 3 days",
    "2 weeks ago",  # the day it names is unknown
    "90 days ago",
    "0 hours ago",
    "The war began two days ago and nobody knows how it will end at all.",  # a sentence
    "3 hours",
    "Yesterday's top stories",  # a heading, not a date
    "What happened yesterday in the markets",
    "昨日のニュース",  # "yesterday's news"
    "2024年3月5日前",  # "before 5 March 2024", not five days ago
    "3월 5일 전",
    "",
])
def test_what_is_no_relative_date(text: str) -> None:
    assert parse_relative(text, FETCHED) is None


def test_a_naive_fetch_time_is_utc() -> None:
    naive = FETCHED.replace(tzinfo=None)
    assert parse_relative("3 hours ago", naive) == datetime(2024, 3, 5, 9, 30, tzinfo=UTC)
    plus_two = FETCHED.astimezone(timezone(timedelta(hours=2)))
    assert parse_relative("3 hours ago", plus_two) == FETCHED - timedelta(hours=3, seconds=15)


_BODY = "<p>" + (
    "Der Stadtrat hat am Abend den Haushalt beschlossen, nach einer langen Debatte über die"
    " Schulen und die Straßen der Stadt. "
) * 5 + "</p>"


def _page(date_line: str, head: str = "") -> str:
    return (f"<html lang=de><head>{head}</head><body><article>"
            f"<h1>Der Haushalt ist beschlossen</h1><p>Von Anna Schmidt</p>"
            f"<span>{date_line}</span>{_BODY}</article></body></html>")


def test_a_relative_date_line_is_read_with_the_fetch_time() -> None:
    article = newsclean.extract(_page("vor 3 Stunden"), fetched=FETCHED)
    assert article.published == datetime(2024, 3, 5, 9, 30, tzinfo=UTC)
    assert "vor 3 Stunden" not in article.text  # the date line leaves the body
    assert article.text.startswith("Der Stadtrat")


def test_a_relative_date_is_not_read_without_the_fetch_time() -> None:
    article = newsclean.extract(_page("vor 3 Stunden"))
    assert article.published is None  # its age is unknown: not counted back from the clock
    assert article.text.startswith("vor 3 Stunden")


def test_the_crawl_day_printed_without_a_time_is_a_header_clock() -> None:
    """An archived page: the header's "today" is the day it was fetched, not the day it is
    extracted. Above the story, in the site's masthead: under the headline the same day is
    the story's (tests/test_date_place.py)."""
    page = _page("").replace("<body>", "<body><div>Dienstag, 5. März 2024</div>")
    assert newsclean.extract(page).published == date(2024, 3, 5)  # read as the story's
    assert newsclean.extract(page, fetched=FETCHED).published is None
    later = FETCHED + timedelta(days=3)
    assert newsclean.extract(page, fetched=later).published == date(2024, 3, 5)


def test_a_date_after_the_fetch_is_no_publication() -> None:
    head = '<meta property="article:published_time" content="2024-06-01T10:00:00Z">'
    page = _page("", head)
    assert newsclean.extract(page).published == datetime(2024, 6, 1, 10, tzinfo=UTC)
    assert newsclean.extract(page, fetched=FETCHED).published is None


@pytest.mark.parametrize(("published", "kept"), [
    # fetched at 12:30 UTC on 5 March: it is 6 March from UTC+12 on, never 7 March
    ("2024-03-06", True),
    ("2024-03-07", False),
    ("2024-03-06T02:00:00+14:00", True),  # 12:00 UTC on the 5th: before the fetch
    ("2024-03-06T02:00:00Z", True),  # a zone mislabelled "Z" up to 14 hours ahead
    ("2024-03-06T03:00:00Z", False),  # not written yet when the page was read, anywhere
    ("2024-03-06T10:00:00", False),  # no zone: 10:00 on the 6th is after the fetch anywhere
])
def test_no_date_after_the_fetch_day_anywhere(published: str, kept: bool) -> None:
    head = f'<meta property="article:published_time" content="{published}">'
    article = newsclean.extract(_page("", head), fetched=FETCHED)
    assert (article.published is not None) is kept


def test_the_next_day_is_not_yet_anywhere_early_in_the_fetch_day() -> None:
    """Fetched at 08:00 UTC: 22:00 in UTC+14, the farthest zone ahead; the 6th is no day."""
    head = '<meta property="article:published_time" content="2024-03-06">'
    early = datetime(2024, 3, 5, 8, tzinfo=UTC)
    assert newsclean.extract(_page("", head), fetched=early).published is None
    assert newsclean.extract(_page("", head), fetched=early + timedelta(hours=12)).published == (
        date(2024, 3, 6))


def test_fetched_must_be_a_datetime() -> None:
    with pytest.raises(TypeError, match="fetched must be a datetime"):
        newsclean.extract(_page("vor 3 Stunden"), fetched="2024-03-05")  # type: ignore[arg-type]


def _record(fmt: str, **headers: str) -> SimpleNamespace:
    return SimpleNamespace(format=fmt, rec_headers=SimpleNamespace(get_header=headers.get))


def test_record_date_of_warc_and_arc_records() -> None:
    assert record_date(_record("warc", **{"WARC-Date": "2024-03-05T12:30:15Z"})) == FETCHED
    fraction = _record("warc", **{"WARC-Date": "2024-03-05T12:30:15.250000Z"})
    assert record_date(fraction) == FETCHED + timedelta(milliseconds=250)
    assert record_date(_record("arc", **{"archive-date": "20240305123015"})) == FETCHED
    assert record_date(_record("warc", **{"WARC-Date": "yesterday"})) is None
    assert record_date(_record("warc")) is None
    assert record_date(_record("arc", **{"archive-date": "2024"})) is None


def _warc_of(path: Path, html: str, when: str) -> Path:
    """A WARC of one HTML response fetched at `when` (its WARC-Date)."""
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "https://news.example/haushalt", "response",
            payload=io.BytesIO(html.encode()), http_headers=headers,
        )
        record.rec_headers.replace_header("WARC-Date", when)
        writer.write_record(record)
    return path


def test_a_warc_record_is_read_as_of_its_date(tmp_path: Path) -> None:
    warc = _warc_of(tmp_path / "crawl.warc", _page("vor 2 Tagen"), "2024-03-05T12:30:15Z")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(warc), "-o", str(out), "-q", "--workers", "1"]) == 0
    (line,) = out.read_text().splitlines()
    assert json.loads(line)["published"] == "2024-03-03"


def test_the_cli_reads_a_file_as_of_fetched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(_page("vor 2 Tagen"), encoding="utf-8")
    assert main(["extract", str(page), "--fetched", "2024-03-05T12:30:15"]) == 0
    assert json.loads(capsys.readouterr().out)["published"] == "2024-03-03"
    assert main(["extract", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["published"] is None
    with pytest.raises(SystemExit) as usage:
        main(["extract", str(page), "--fetched", "last week"])
    assert usage.value.code == 2
    assert "not an ISO 8601 date" in capsys.readouterr().err


def test_the_explain_view_reads_dates_as_extract_does() -> None:
    from newsclean.explain import trace

    traced = trace(_page("vor 3 Stunden"), fetched=FETCHED)
    assert traced.article.published == datetime(2024, 3, 5, 9, 30, tzinfo=UTC)


def test_batch_reads_files_as_of_fetched_and_warc_records_as_of_their_own(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "a.html").write_text(_page("vor 2 Tagen"), encoding="utf-8")
    warc = _warc_of(tmp_path / "crawl.warc", _page("vor 2 Tagen"), "2024-03-05T12:30:15Z")
    out = tmp_path / "out.jsonl"
    argv = ["batch", str(folder), str(warc), "-o", str(out), "-q", "--workers", "1",
            "--fetched", "2025-01-10T08:00:00Z"]
    assert main(argv) == 0
    published = {json.loads(line)["input"]["kind"]: json.loads(line)["published"]
                 for line in out.read_text().splitlines()}
    assert published == {"file": "2025-01-08", "warc": "2024-03-03"}
