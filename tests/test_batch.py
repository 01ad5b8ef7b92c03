"""`newsclean batch`: broken inputs, WARC input, crash and resume, timeouts and memory caps."""

from __future__ import annotations

import codecs
import errno
import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import batch
from newsclean.cli import main
from newsclean.document import load

SAMPLE = Path(__file__).resolve().parent.parent / "newsclean" / "data" / "sample.html"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def by_id(path: Path) -> dict[str, dict[str, Any]]:
    out = records(path)
    ids = [r["id"] for r in out]
    assert len(ids) == len(set(ids)), "an input has more than one record"
    return {r["id"]: r for r in out}


def cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120,
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsclean", *args], capture_output=True,
                          text=True, timeout=timeout, env=env, check=False)


# --------------------------------------------------------------------------- broken folder


def test_folder_with_broken_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each broken file gets an error record, each good one its Article; nothing is missed.

    Tests run as root, where chmod 000 does not stop reads; unreadable files are made here
    as a dangling symlink, a symlink loop and a FIFO (which would block a naive reader).
    A chmod-000 file is added too and checked only when not running as root.
    """
    page = SAMPLE.read_bytes()
    expected = newsclean.extract(page)
    folder = tmp_path / "pages"
    (folder / "sub" / "dir.html").mkdir(parents=True)  # a folder named like a page: walked
    good = [folder / "good.html", folder / "sub" / "dir.html" / "inside.html"]
    for path in good:
        path.write_bytes(page)
    bad_name = os.fsencode(folder) + b"/caf\xe9-\xff.html"  # not UTF-8
    with open(bad_name, "wb") as stream:
        stream.write(page)
    broken = {
        "binary.html": "NotHTMLError",
        "empty.html": "EmptyInputError",
        "dangling.html": "ReadError",
        "loop.html": "ReadError",
        "fifo.html": "ReadError",
        "bad.html.gz": "ReadError",
    }
    (folder / "binary.html").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.html").write_bytes(b"")
    (folder / "dangling.html").symlink_to(folder / "nowhere")
    (folder / "loop.html").symlink_to(folder / "loop.html")
    os.mkfifo(folder / "fifo.html")
    (folder / "bad.html.gz").write_bytes(b"not gzip at all")
    with open(os.fsencode(folder) + b"/\xfe-binary.html", "wb") as stream:
        stream.write(b"\x00\x01\x02\xff" * 100)
    locked = folder / "locked.html"
    locked.write_bytes(page)
    locked.chmod(0)
    (folder / ".hidden.html").write_bytes(page)

    out = tmp_path / "out.jsonl"
    code = main(["batch", str(folder), "-o", str(out), "--workers", "2", "--timeout", "20"])
    got = by_id(out)

    for path in good:
        assert got[str(path)]["status"] == "ok"
        assert got[str(path)]["title"] == expected.title
        assert got[str(path)]["text"] == expected.text
    odd = got[os.fsdecode(bad_name)]  # the id round-trips to the exact bytes of the name
    assert odd["status"] == "ok" and odd["text"] == expected.text
    assert os.fsencode(odd["id"]) == bad_name
    assert got[os.fsdecode(os.fsencode(folder) + b"/\xfe-binary.html")]["error"]["type"] == (
        "NotHTMLError"
    )
    for name, kind in broken.items():
        record = got[str(folder / name)]
        assert record["status"] == "error", name
        assert record["error"]["type"] == kind, (name, record)
        assert record["error"]["message"]
    assert "not a regular file" in got[str(folder / "fifo.html")]["error"]["message"]
    if IS_ROOT:
        assert got[str(locked)]["status"] == "ok"  # root reads it anyway
    else:
        assert got[str(locked)]["error"]["type"] == "ReadError"
    assert str(folder / ".hidden.html") not in got
    assert len(got) == len(good) + 1 + len(broken) + 1 + 1
    assert code == 3  # done, with error records
    assert "errors" in capsys.readouterr().err


def corrupt_gzip(data: bytes) -> bytes:
    """`data` gzipped, with its deflate stream damaged near the start."""
    packed = bytearray(gzip.compress(data))
    for i in range(30, 60):
        packed[i] ^= 0xFF
    return bytes(packed)


def test_a_corrupt_gz_page_is_a_read_error(tmp_path: Path) -> None:
    """zlib.error is not an OSError: a .html.gz whose deflate data is corrupt escaped the
    page's error handling and killed its worker (a WorkerDied record, a traceback)."""
    page = tmp_path / "page.html.gz"
    page.write_bytes(corrupt_gzip(SAMPLE.read_bytes()))
    out = tmp_path / "out.jsonl"
    proc = cli("batch", str(page), "-o", str(out), "--workers", "1")
    assert proc.returncode == 3 and "Traceback" not in proc.stderr, proc.stderr
    (record,) = records(out)
    assert record["error"]["type"] == "ReadError"
    assert record["error"]["message"].startswith("cannot read: the gzip file is corrupt")


def test_a_fifo_or_device_named_like_a_warc_is_a_read_error(tmp_path: Path) -> None:
    """WARCs are read in the batch's parent, where no page timeout applies: a FIFO named
    *.warc (or a link to /dev/zero) held the whole batch forever."""
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "a.html").write_bytes(SAMPLE.read_bytes())
    os.mkfifo(folder / "stuck.warc")
    (folder / "zero.warc.gz").symlink_to("/dev/zero")
    out = tmp_path / "out.jsonl"
    proc = cli("batch", str(folder), "-o", str(out), "--workers", "1", timeout=60)
    assert proc.returncode == 3, proc.stderr
    got = by_id(out)
    assert got[str(folder / "a.html")]["status"] == "ok"
    for name in ("stuck.warc", "zero.warc.gz"):
        record = got[f"{folder / name}#error@0"]
        assert record["error"] == {"type": "ReadError",
                                   "message": "cannot read: not a regular file"}


def test_missing_inputs_and_empty_globs_are_error_records(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out.jsonl"
    missing, glob_none = str(tmp_path / "nope.html"), str(tmp_path / "*.htm")
    code = main(["batch", str(page), str(page), missing, glob_none, str(tmp_path / "*.html"),
                 "-o", str(out), "-q", "--workers", "1"])
    got = by_id(out)  # the page named three times has one record
    assert set(got) == {str(page), missing, glob_none}
    assert got[missing]["error"]["message"] == "no such file or directory"
    assert got[glob_none]["error"]["message"] == "glob matched no file"
    assert code == 3


@pytest.mark.parametrize("relative", [False, True])
def test_a_recursive_glob_does_not_follow_symlinked_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relative: bool
) -> None:
    """glob's `**` followed symlinked folders: a link to a parent folder gave each page
    again under every spelling of the loop (2 pages, 82 records). It now finds what a walk
    of the folder finds."""
    folder = tmp_path / "site"
    (folder / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    for name in ("a.html", "sub/b.html", "sub/deeper/c.html", "sub/.hidden.html",
                 "sub/notes.txt", "../elsewhere/d.html"):
        (folder / name).write_bytes(SAMPLE.read_bytes())
    (folder / "sub" / "loop").symlink_to("..")
    (folder / "sub" / "link").symlink_to(tmp_path / "elsewhere")
    if relative:
        monkeypatch.chdir(tmp_path)
    top = "site" if relative else str(folder)
    expected = {f"{top}/a.html", f"{top}/sub/b.html", f"{top}/sub/deeper/c.html"}
    walked = {i.id for i in batch.expand([top])}
    assert walked == expected | {f"{top}/sub/notes.txt"}
    assert [i.id for i in batch.expand([f"{top}/**/*.html"])] == sorted(expected)
    assert {i.id for i in batch.expand([f"{top}/**"])} == walked
    assert [i.id for i in batch.expand([f"{top}/s*/**/c.html"])] == [f"{top}/sub/deeper/c.html"]
    if relative:
        monkeypatch.chdir(folder)
        assert {i.id for i in batch.expand(["**/*.html"])} == {
            "a.html", "sub/b.html", "sub/deeper/c.html"}


def test_include_filters_names_in_folders(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    (folder / "a" / "b").mkdir(parents=True)
    for name in ("a/one.html", "a/b/two.htm", "a/notes.txt", "a/b/style.css"):
        (folder / name).write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "-q", "--workers", "1",
                 "--include", "*.html", "--include", "*.htm"]) == 0
    assert set(by_id(out)) == {str(folder / "a/one.html"), str(folder / "a/b/two.htm")}


def test_all_ok_exits_0_and_output_is_protected(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    for i in range(3):
        (tmp_path / "in" / f"{i}.html").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "in" / "out.jsonl"  # inside the input folder: must not read itself
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "-q"]) == 0
    assert len(records(out)) == 3
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "-q"]) == 2
    assert "--resume" in capsys.readouterr().err
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "-q", "--resume"]) == 0
    assert len(records(out)) == 3
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "-q", "--overwrite"]) == 0
    assert len(records(out)) == 3


def test_a_folder_with_no_page_is_an_error_record(tmp_path: Path) -> None:
    """As a glob that matches nothing: an empty (or unmounted) folder, or one where no file
    matches --include, must not end the run with exit 0 and no record."""
    (tmp_path / "empty").mkdir()
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.htm").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "empty"), "-o", str(out), "-q"]) == 3
    (record,) = records(out)
    assert record["id"] == str(tmp_path / "empty") and record["status"] == "error"
    assert record["error"] == {"type": "InputError", "message": "the folder holds no file"}
    assert main(["batch", str(tmp_path / "pages"), "--include", "*.html", "-o", str(out),
                 "-q", "--overwrite"]) == 3
    assert "matches --include" in records(out)[0]["error"]["message"]


def test_folders_that_cannot_be_listed_are_error_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """os.walk skips a folder it cannot list unless told: a locked sub-folder's pages were
    lost with exit 0, and a locked top folder was said to hold no file. (Tests run as root,
    which reads any folder; the walk's listing is refused here instead.)"""
    folder = tmp_path / "site"
    for name in ("a.html", "locked/c.html", "sub/b.html"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(SAMPLE.read_bytes())
    listing = os.scandir

    def scandir(path: Any) -> Any:
        if os.fspath(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "-q", "--workers", "1"]) == 3
    got = by_id(out)
    assert set(got) == {str(folder / "a.html"), str(folder / "sub/b.html"), str(folder / "locked")}
    assert got[str(folder / "locked")]["error"] == {
        "type": "ReadError", "message": "cannot read the folder: Permission denied"}
    assert main(["batch", str(folder / "locked"), "-o", str(out), "-q", "--overwrite"]) == 3
    (record,) = records(out)
    assert record["id"] == str(folder / "locked")
    assert record["error"]["message"] == "cannot read the folder: Permission denied"


def test_unknown_extractor_is_a_usage_error(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(SAMPLE), "-o", str(out), "--extractors", "nope"]) == 2
    assert "no extractor named 'nope'" in capsys.readouterr().err
    assert not out.exists()


# --------------------------------------------------------------------------- WARC


def write_warc(path: Path, pages: list[tuple[str, str, bytes, str]], *,
               record_ids: bool = True) -> list[str]:
    """A WARC of (uri, status, body, content type) responses plus one request; record ids
    (without `record_ids`, the responses have no WARC-Record-ID header)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ids = []
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        request = writer.create_warc_record(
            "http://example.org/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)
        for uri, status, body, content_type in pages:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                               http_headers=headers)
            if not record_ids:
                record.rec_headers.remove_header("WARC-Record-ID")
            writer.write_record(record)
            ids.append(record.rec_headers.get_header("WARC-Record-ID"))
    return ids


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_input(tmp_path: Path, name: str) -> None:
    page = SAMPLE.read_bytes()
    latin = ("<html><head><title>Caf\xe9</title></head><body><article>"
             + "<p>Un caf\xe9 au village, rouvert apr\xe8s les travaux de l'\xe9t\xe9.</p>" * 6
             + "</article></body></html>").encode("latin-1")
    warc = tmp_path / name
    ids = write_warc(warc, [
        ("https://news.example/a", "200 OK", page, "text/html; charset=utf-8"),
        ("https://news.example/b", "200 OK", latin, "text/html; charset=iso-8859-1"),
        ("https://news.example/logo.png", "200 OK", b"\x89PNG....", "image/png"),
        ("https://news.example/gone", "404 Not Found", page, "text/html"),
        ("https://news.example/bin", "200 OK", bytes(range(256)) * 20, "text/html"),
    ])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(warc), "-o", str(out), "-q", "--workers", "2"]) == 3
    got = by_id(out)
    assert set(got) == {f"{warc}#{ids[0]}", f"{warc}#{ids[1]}", f"{warc}#{ids[4]}"}
    first = got[f"{warc}#{ids[0]}"]
    assert first["status"] == "ok"
    assert first["input"] == {"kind": "warc", "path": str(warc), "record_id": ids[0],
                              "target_uri": "https://news.example/a"}
    assert first["url"] == "https://news.example/a"
    assert first["text"] == newsclean.extract(page).text
    assert got[f"{warc}#{ids[1]}"]["title"] == "Café"  # the HTTP charset was applied
    assert got[f"{warc}#{ids[4]}"]["error"]["type"] == "NotHTMLError"
    assert got[f"{warc}#{ids[4]}"]["input"]["target_uri"] == "https://news.example/bin"


@pytest.mark.parametrize("name", ["noid.warc.gz", "noid.warc"])
def test_warc_records_without_an_id_are_named_by_their_own_offset(tmp_path: Path,
                                                                  name: str) -> None:
    """A record without WARC-Record-ID was named by the offset of the record before it: the
    second page got the first one's id and was dropped as a duplicate, without a word."""
    from warcio.archiveiterator import ArchiveIterator

    warc = tmp_path / name
    write_warc(warc, [(f"https://news.example/{n}", "200 OK", SAMPLE.read_bytes(), "text/html")
                      for n in range(3)], record_ids=False)
    with open(warc, "rb") as stream:
        it = ArchiveIterator(stream)
        starts = [it.get_record_offset() for r in it if r.rec_type == "response"]
    got = list(batch.warc_inputs(str(warc)))
    assert [item.record_id for item in got] == [f"@{start}" for start in starts]
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(warc), "-o", str(out), "-q", "--workers", "1"]) == 0
    assert [r["url"] for r in records(out)] == [f"https://news.example/{n}" for n in range(3)]


def test_truncated_warc_keeps_its_good_records(tmp_path: Path) -> None:
    warc = tmp_path / "cut.warc.gz"
    ids = write_warc(warc, [
        ("https://news.example/a", "200 OK", SAMPLE.read_bytes(), "text/html"),
        ("https://news.example/b", "200 OK", SAMPLE.read_bytes(), "text/html"),
    ])
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) - 400])
    got = list(batch.warc_inputs(str(warc)))
    assert len(got) == 2
    assert got[0].id == f"{warc}#{ids[0]}" and got[0].html and got[0].error is None
    assert got[1].id == f"{warc}#{ids[1]}" and got[1].error is not None
    assert "truncated" in got[1].error
    garbage = tmp_path / "garbage.warc.gz"
    garbage.write_bytes(b"\x1f\x8b\x08\x00" + b"garbage" * 50)
    (bad,) = batch.warc_inputs(str(garbage))
    assert bad.error is not None and "cannot read WARC" in bad.error
    assert bad.id == f"{garbage}#error@0"


@pytest.mark.parametrize("name", ["damaged.warc.gz", "damaged.warc"])
def test_a_damaged_warc_record_is_reported_where_reading_stopped(tmp_path: Path,
                                                                 name: str) -> None:
    """The error record named the offset of the last good record, not of the one that
    could not be read."""
    from warcio.archiveiterator import ArchiveIterator

    warc = tmp_path / name
    write_warc(warc, [(f"https://news.example/{n}", "200 OK", SAMPLE.read_bytes(), "text/html")
                      for n in range(3)])
    with open(warc, "rb") as stream:
        it = ArchiveIterator(stream)
        starts = [it.get_record_offset() for _ in it]  # a request, then three responses
    data = bytearray(warc.read_bytes())
    damaged = starts[3]
    data[damaged:damaged + 40] = b"\x00" * 40  # the third response's header (or gzip member)
    warc.write_bytes(bytes(data))
    got = list(batch.warc_inputs(str(warc)))
    assert [item.error is None for item in got] == [True, True, False]
    assert got[2].id == f"{warc}#error@{damaged}"
    assert got[2].error is not None
    assert got[2].error.startswith(f"cannot read WARC at offset {damaged}: ")


def test_a_response_without_a_target_uri_is_an_error_record(tmp_path: Path) -> None:
    """warcio failed on such a record with an AttributeError ("'NoneType' object has no
    attribute 'startswith'") that ended the file's reading: the pages after it were lost."""
    page = SAMPLE.read_bytes()
    warc = tmp_path / "nouri.warc"
    ids = write_warc(warc, [(f"https://news.example/{n}", "200 OK", page, "text/html")
                            for n in range(3)])
    data = warc.read_bytes().replace(b"WARC-Target-URI: https://news.example/1\r\n", b"")
    warc.write_bytes(data)
    got = list(batch.warc_inputs(str(warc)))
    assert [item.id for item in got] == [f"{warc}#{i}" for i in ids]
    assert got[0].html == page and got[2].html == page
    assert got[1].error == "a response record without WARC-Target-URI is not read"


@pytest.mark.parametrize("name", ["cut.warc.gz", "cut.warc"])
@pytest.mark.parametrize("where", ["content", "header"])
def test_warc_cut_inside_a_skipped_record_says_so(tmp_path: Path, name: str,
                                                  where: str) -> None:
    """A file that ends inside a record that is not extracted (here a 404 response; in a
    crawl mostly requests, images and metadata) loses the records after it: an error record
    must say so, not a clean exit."""
    warc = tmp_path / name
    write_warc(warc, [
        ("https://news.example/a", "200 OK", SAMPLE.read_bytes(), "text/html"),
        ("https://news.example/gone", "404 Not Found", SAMPLE.read_bytes(), "text/html"),
    ])
    from warcio.archiveiterator import ArchiveIterator

    data = warc.read_bytes()
    whole = list(batch.warc_inputs(str(warc)))
    assert [item.error for item in whole] == [None]  # an intact file: no error record
    with open(warc, "rb") as stream:
        it = ArchiveIterator(stream)
        starts = [it.get_record_offset() for _ in it]
    # inside the 404 record's header (warcio skips such a record), or its content
    cut = starts[-1] + 40 if where == "header" else len(data) - 100
    warc.write_bytes(data[:cut])
    got = list(batch.warc_inputs(str(warc)))
    assert got[0].html and got[0].error is None
    assert len(got) == 2 and got[1].error is not None
    # named by where the record the file ends in starts, not by the last good record
    assert got[1].error in (f"the WARC file is truncated in the record at offset {starts[-1]}",
                            f"the WARC file is truncated or damaged after offset {starts[-1]}")
    assert got[1].id == f"{warc}#error@{starts[-1]}"
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(warc), "-o", str(out), "-q"]) == 3


def write_responses(path: Path, pages: list[tuple[str, bytes, list[tuple[str, str]]]]) -> None:
    """A WARC of 200 HTML responses given as (uri, body as sent, more HTTP headers)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        for uri, body, more in pages:
            headers = [("Content-Type", "text/html"), *more]
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body),
                http_headers=StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")))


def write_encoded_warc(path: Path, pages: list[tuple[str, bytes, str | None]]) -> None:
    """A WARC of 200 HTML responses given as (uri, body, Content-Encoding)."""
    write_responses(path, [(uri, body, [("Content-Encoding", encoding)] if encoding else [])
                           for uri, body, encoding in pages])


def chunks(body: bytes, size: int = 500, eol: bytes = b"\r\n") -> bytes:
    """`body` in the chunked transfer coding, its lines ended by `eol`."""
    out = b"".join(b"%x" % len(body[i:i + size]) + eol + body[i:i + size] + eol
                   for i in range(0, len(body), size))
    return out + b"0" + eol + eol


@pytest.mark.parametrize(
    ("data", "body"),
    [(b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", b"hello world"),
     (b"5\nhello\n6\n world\n0\n\n", b"hello world"),  # bare LF (RFC 9112, 2.2)
     (b"5 ; ext=1\r\nhello\r\n0\r\nTrailer: x\r\n\r\n", b"hello"),
     (b"<html>not chunked</html>", b"<html>not chunked</html>"),
     (b"5\r\nhello\r\n6\r\n wo", b"hello wo"),  # cut short: what came is kept
     (b"0x5\r\nhello\r\n0\r\n\r\n", b"0x5\r\nhello\r\n0\r\n\r\n")],  # no hex size
)
def test_dechunk(data: bytes, body: bytes) -> None:
    assert batch.dechunk(data) == body


def test_chunked_bodies_are_dechunked_whatever_the_case_and_line_ends(tmp_path: Path) -> None:
    """`Transfer-Encoding: Chunked` (names are case-insensitive, RFC 9112, 7) and chunk
    lines ended by a bare LF put the chunk sizes into the page's text."""
    page = SAMPLE.read_bytes()
    warc = tmp_path / "chunked.warc"
    write_responses(warc, [
        ("https://news.example/a", chunks(page), [("Transfer-Encoding", "chunked")]),
        ("https://news.example/b", chunks(page), [("Transfer-Encoding", "Chunked")]),
        ("https://news.example/c", chunks(page, eol=b"\n"), [("Transfer-Encoding", "chunked")]),
        ("https://news.example/d", chunks(gzip.compress(page)),
         [("Transfer-Encoding", "CHUNKED"), ("Content-Encoding", "gzip")]),
    ])
    got = list(batch.warc_inputs(str(warc)))
    assert len(got) == 4
    assert all(item.error is None and item.html == page for item in got)




def test_responses_with_an_upper_case_scheme_are_read(tmp_path: Path) -> None:
    """warcio reads a record's HTTP headers only for `http:` and `https:` in lower case;
    `HTTP://` and `Https://` responses (schemes are case-insensitive) were skipped silently."""
    page = SAMPLE.read_bytes()
    warc = tmp_path / "scheme.warc.gz"
    uris = ["HTTP://NEWS.EXAMPLE/A", "Https://news.example/b", "https://news.example/c"]
    write_encoded_warc(warc, [(uri, page, None) for uri in uris])
    got = list(batch.warc_inputs(str(warc)))
    assert [item.url for item in got] == uris
    assert all(item.error is None and item.html == page for item in got)


@pytest.mark.parametrize("name", ["crawl.arc", "crawl.arc.gz"])
def test_arc_files_are_read_record_by_record(tmp_path: Path, name: str) -> None:
    """An ARC file (WARC's predecessor, which warcio reads) was read as one page: an "ok"
    record of ARC headers, HTTP headers and both pages' text run together."""
    pages = {"https://news.example/a": SAMPLE.read_bytes(),
             "https://news.example/b": long_page(400)}
    version = b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n"
    members = [b"filedesc://%s 0.0.0.0 20240101000000 text/plain %d\n%s\n"
               % (name.encode(), len(version), version)]
    for uri, body in pages.items():
        response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
        members.append(b"%s 1.2.3.4 20240101000000 text/html %d\n%s\n"
                       % (uri.encode(), len(response), response))
    arc = tmp_path / name
    packed = name.endswith(".gz")
    arc.write_bytes(b"".join(gzip.compress(m) if packed else m for m in members))
    offsets = [sum(len(gzip.compress(m) if packed else m) for m in members[:i]) for i in (1, 2)]
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path), "-o", str(out), "-q", "--workers", "1"]) == 0
    got = records(out)
    assert [r["id"] for r in got] == [f"{arc}#@{offset}" for offset in offsets]
    assert [r["url"] for r in got] == list(pages)
    assert got[0]["text"] == newsclean.extract(SAMPLE.read_bytes()).text


def test_brotli_encoded_record_is_decoded(tmp_path: Path) -> None:
    """With brotli >= 1.2 installed, warcio's own `br` decoder raised, and the file's
    reading stopped at the first brotli record."""
    brotli = pytest.importorskip("brotli")
    page = SAMPLE.read_bytes()
    warc = tmp_path / "br.warc.gz"
    write_encoded_warc(warc, [("https://news.example/a", brotli.compress(page), "br"),
                              ("https://news.example/b", page, None)])
    got = list(batch.warc_inputs(str(warc)))
    assert [item.url for item in got] == ["https://news.example/a", "https://news.example/b"]
    assert all(item.error is None and item.html == page for item in got)


def long_page(words: int = 60_000) -> bytes:
    """A page of seeded random words: its gzip is far longer than one decoding block."""
    import random

    rng = random.Random(1)
    text = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9)))
            for _ in range(words)]
    paragraphs = "".join(f"<p>{' '.join(text[i:i + 40])}.</p>" for i in range(0, words, 40))
    return (f"<html><head><title>Long</title></head><body><article><h1>Long</h1>{paragraphs}"
            "<p>The last paragraph.</p></article></body></html>").encode()


def test_a_body_that_cannot_be_decoded_fails_its_record_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A gzip body corrupt past its first block gave an "ok" record with the text before
    the damage (warcio printed the zlib error and returned what it had decoded); a brotli
    body without the brotli package was handed on still compressed. A body that merely
    ends early is kept, as a browser shows what arrived."""
    monkeypatch.setitem(sys.modules, "brotli", None)
    page = long_page()
    packed = gzip.compress(page)
    corrupt = bytearray(packed)
    for i in range(40_000, 40_200):
        corrupt[i] ^= 0x55
    warc = tmp_path / "damaged.warc.gz"
    write_encoded_warc(warc, [("https://news.example/a", packed, "gzip"),
                              ("https://news.example/b", bytes(corrupt), "gzip"),
                              ("https://news.example/c", b"\x1b\x00\x00", "br"),
                              ("https://news.example/d", packed[:50_000], "gzip"),
                              ("https://news.example/e", page, "gzip")])  # stored decoded
    got = list(batch.warc_inputs(str(warc)))
    assert [item.url for item in got] == [f"https://news.example/{c}" for c in "abcde"]
    assert got[0].html == page and got[4].html == page
    assert got[1].error is not None and got[1].error.startswith(
        "cannot decode the HTTP body (Content-Encoding gzip): corrupt gzip data after")
    assert got[2].error is not None and "'brotli' package" in got[2].error
    assert got[3].error is None and isinstance(got[3].html, bytes)
    assert 0 < len(got[3].html) < len(page) and page.startswith(got[3].html)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(warc), "-o", str(out), "-q", "--workers", "1"]) == 3
    assert [r["status"] for r in records(out)] == ["ok", "error", "error", "ok", "ok"]


def test_missing_warcio_is_a_clear_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = tmp_path / "x.warc.gz"
    write_warc(warc, [("https://news.example/a", "200 OK", SAMPLE.read_bytes(), "text/html")])
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    assert main(["batch", str(warc), "-o", str(tmp_path / "o.jsonl"), "-q"]) == 2
    assert "pip install 'newsclean[warc]'" in capsys.readouterr().err


def test_a_usage_error_leaves_the_output_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without warcio, `--overwrite` had emptied the output before the WARC input was found
    to be a usage error (exit 2). A WARC met in a folder is an error record instead: a
    usage error found midway would lose the records already written."""
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "a.html").write_bytes(SAMPLE.read_bytes())
    warc = folder / "x.warc.gz"
    write_warc(warc, [("https://news.example/a", "200 OK", SAMPLE.read_bytes(), "text/html")])
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "earlier", "status": "ok"}\n')
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    for spec in (str(warc), str(folder / "*.warc.gz")):
        assert main(["batch", spec, "-o", str(out), "-q", "--overwrite"]) == 2
        assert "pip install 'newsclean[warc]'" in capsys.readouterr().err
        assert out.read_text() == '{"id": "earlier", "status": "ok"}\n'
    assert main(["batch", str(folder), "-o", str(out), "-q", "--overwrite"]) == 3
    got = by_id(out)
    assert got[str(folder / "a.html")]["status"] == "ok"
    assert "pip install 'newsclean[warc]'" in got[f"{warc}#error@0"]["error"]["message"]


# --------------------------------------------------------------------------- crash, resume


def test_resume_cuts_a_partial_last_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": "a", "status": "ok"}\n{"id": "b", "sta')
    with batch.JsonlWriter(out, resume=True) as writer:
        assert writer.done == {"a"}
        writer.write('{"id": "b", "status": "ok"}')
    assert [r["id"] for r in records(out)] == ["a", "b"]


def test_a_resume_exit_code_counts_the_error_records_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A resume that had nothing left to do exited 0 ("every input ok") over an output
    holding error records: the exit code describes the whole output."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "in" / "empty.html").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--workers", "1"]) == 3
    capsys.readouterr()
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--workers", "1",
                 "--resume"]) == 3
    assert "2 already done, 1 error record kept from before" in capsys.readouterr().err
    assert len(records(out)) == 2


def test_resume_does_not_depend_on_how_a_path_is_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ids were the paths as typed: `in` then `./in` recorded every page twice. They are
    normalised now, and ids of an output written before ("./in/a.html") are read so too."""
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    for name in ("a.html", "b.html"):
        (Path("in") / name).write_bytes(SAMPLE.read_bytes())
    (record_id,) = write_warc(Path("in/x.warc"), [
        ("https://news.example/a", "200 OK", SAMPLE.read_bytes(), "text/html")])
    expected = {"in/a.html", "in/b.html", f"in/x.warc#{record_id}"}
    assert main(["batch", "in", "-o", "out.jsonl", "-q", "--workers", "1"]) == 0
    for spelling in ("./in", "in/", "in//", "./in/*.html", "in/./a.html", "./in/**/*.warc"):
        assert main(["batch", spelling, "-o", "out.jsonl", "-q", "--resume"]) == 0
    assert set(by_id(Path("out.jsonl"))) == expected
    earlier = [dict(r, id=f"./{r['id']}") for r in records(Path("out.jsonl"))]
    Path("old.jsonl").write_text("".join(json.dumps(r) + "\n" for r in earlier))
    assert main(["batch", "in", "-o", "old.jsonl", "-q", "--resume"]) == 0
    assert len(records(Path("old.jsonl"))) == 3


def wait_for_no_process_mentioning(text: str, seconds: float = 10) -> bool:
    """True once no process's command line contains `text` (Linux /proc)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = []
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                if text.encode() in cmdline.read_bytes():
                    alive.append(cmdline)
            except OSError:
                continue
        if not alive:
            return True
        time.sleep(0.1)
    return False


def test_sigkill_midway_then_resume_gives_exactly_one_record_per_input(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    total = 240
    for i in range(total):
        (folder / f"{i:04d}.html").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out.jsonl"
    argv = [sys.executable, "-m", "newsclean", "batch", str(folder), "-o", str(out),
            "--workers", "2", "-q"]
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 20:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
    written = out.read_bytes().count(b"\n")
    assert 20 <= written < total
    assert wait_for_no_process_mentioning(str(out)), "orphaned workers outlived the batch"
    with open(out, "ab") as stream:  # what a crash inside a write would leave
        stream.write(b'{"id": "' + str(folder / "0000.html").encode() + b'", "status": "o')

    resumed = cli("batch", str(folder), "-o", str(out), "--workers", "2", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert "already done" in resumed.stderr
    counts = Counter(r["id"] for r in records(out))  # every line parses: no half line left
    assert set(counts) == {str(p) for p in folder.iterdir()}
    assert set(counts.values()) == {1}
    assert all(r["status"] == "ok" for r in records(out))


# --------------------------------------------------------------------------- hangs, memory

def test_hanging_and_memory_hungry_pages_are_killed_and_recorded(
    tmp_path: Path, plugin_env: dict[str, str]
) -> None:
    page = SAMPLE.read_bytes()
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "hang.html").write_bytes(page.replace(b"<body", b"<!--hang--><body", 1))
    (folder / "hog.html").write_bytes(page.replace(b"<body", b"<!--hog--><body", 1))
    good = [folder / f"good{i}.html" for i in range(4)]
    for path in good:
        path.write_bytes(page)
    out = tmp_path / "out.jsonl"
    start = time.monotonic()
    proc = cli("batch", str(folder), "-o", str(out), "--workers", "2", "--timeout", "2",
               "--memory-mb", "1024", "--extractors", "troublemaker", "-q", env=plugin_env)
    assert time.monotonic() - start < 60  # the hang (600 s) did not hold the batch
    assert proc.returncode == 3, proc.stderr
    got = by_id(out)
    assert got[str(folder / "hang.html")]["error"]["type"] == "Timeout"
    assert "worker killed" in got[str(folder / "hang.html")]["error"]["message"]
    # Over the cap, the allocation fails inside the worker (which is then replaced) or the
    # worker dies: either way an error record, and the batch goes on.
    assert got[str(folder / "hog.html")]["error"]["type"] in ("MemoryLimit", "WorkerDied")
    for path in good:
        assert got[str(path)]["status"] == "ok"
        assert got[str(path)]["extractor"] == "troublemaker"
    assert len(got) == 6


def test_a_worker_that_ran_out_of_memory_is_retired(monkeypatch: pytest.MonkeyPatch) -> None:
    """extract() reports a MemoryError as DocumentTooLargeError; the worker went on with its
    heap in an unknown state, and the next page, fine alone, failed with MemoryLimit. The
    page now gets MemoryLimit (as docs/batch.md says) and its worker is replaced."""
    from newsclean.errors import DocumentTooLargeError

    real = batch.extract

    def extract(html: Any, **kwargs: Any) -> Any:
        if b"<!--oom-->" in html:
            try:
                raise MemoryError
            except MemoryError as exc:
                raise DocumentTooLargeError("the page exhausted memory") from exc
        if b"<!--big-->" in html:
            raise DocumentTooLargeError("over the limit")  # no memory trouble: same worker
        return real(html, **kwargs)

    monkeypatch.setattr(batch, "extract", extract)  # forked workers inherit it
    page = SAMPLE.read_bytes()
    pages = [page.replace(b"<body", b"<!--oom--><body", 1), page,
             page.replace(b"<body", b"<!--big--><body", 1), page]
    pool = batch.Pool(1, batch.Settings(timeout=30), start_method="fork")
    pids, got = [], []
    try:
        for index, html in enumerate(pages):
            pids.append(pool.slots[0].process.pid)
            pool.submit(pool.slots[0], index, batch.Input(id=str(index), kind="bag", html=html))
            while pool.busy():
                got.extend(json.loads(line) for line, _ in pool.collect())
    finally:
        pool.close()
    assert [r.get("error", {}).get("type") for r in got] == [
        "MemoryLimit", None, "DocumentTooLargeError", None]
    assert pids[1] != pids[0] and pids[2] == pids[1] == pids[3]


# --------------------------------------------------------------------------- pieces


def test_progress_reports_rate_and_errors() -> None:
    stream = io.StringIO()
    progress = batch.Progress(stream)
    progress.update(batch.Stats(done=10, errors=2, elapsed=4.0), force=True)
    assert "10 pages" in stream.getvalue()
    assert "2.5 pages/s" in stream.getvalue()
    assert "2 errors" in stream.getvalue()
    silent = batch.Progress(None)
    silent.update(batch.Stats(done=1), force=True)  # no stream: nothing to fail on
    assert batch.stderr_if_tty(quiet=True) is None


@pytest.mark.parametrize(
    ("content_type", "charset"),
    [("text/html; charset=ISO-8859-1", "cp1252"), ('text/html;charset="utf-8"', "utf-8"),
     ("text/html", None), ("text/html; charset=klingon", None), (None, None),
     # names Python knows that are not text codecs, or raise, or are unsafe or wide
     ("text/html; charset=hex", None), ("text/html; charset=rot13", None),
     ("text/html; charset=undefined", None), ("text/html; charset=idna", None),
     ("text/html; charset=utf-7", None), ("text/html; charset=utf-16", None)],
)
def test_content_type_charset(content_type: str | None, charset: str | None) -> None:
    assert batch.content_type_charset(content_type) == charset


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        ("Café".encode("cp1252"), "text/html; charset=windows-1252", "Café"),
        ("Café".encode(), "text/html; charset=hex", "Café"),  # raised LookupError
        ("Café".encode(), "text/html; charset=undefined", "Café"),  # raised UnicodeError
        ("Café".encode(), "text/html; charset=ISO-8859-1", "Café"),  # server default label
        ("“Café” – €5".encode("cp1252"), "text/html; charset=ISO-8859-1", "“Café” – €5"),
        (codecs.BOM_UTF8 + "Café".encode(), "text/html; charset=windows-1252", "Café"),
    ],
)
def test_decode_body(body: bytes, content_type: str, expected: str) -> None:
    got = batch.decode_body(b"<p>" + body + b"</p>", content_type)
    assert load(got).tree.text_content() == expected


def test_a_warc_record_with_an_odd_http_charset_keeps_the_rest(tmp_path: Path) -> None:
    """`charset=undefined` on one record used to end the file's reading there."""
    warc = tmp_path / "odd.warc.gz"
    ids = write_warc(warc, [
        ("https://news.example/a", "200 OK", SAMPLE.read_bytes(), "text/html; charset=undefined"),
        ("https://news.example/b", "200 OK", SAMPLE.read_bytes(), "text/html; charset=hex"),
        ("https://news.example/c", "200 OK", SAMPLE.read_bytes(), "text/html"),
    ])
    got = list(batch.warc_inputs(str(warc)))
    assert [item.id for item in got] == [f"{warc}#{i}" for i in ids]
    assert all(item.error is None and item.html for item in got)


def test_a_worker_that_died_while_idle_is_replaced() -> None:
    pool = batch.Pool(1, batch.Settings(timeout=30))
    try:
        slot = pool.slots[0]
        slot.process.kill()  # e.g. the kernel's OOM killer between two pages
        slot.process.join()
        pool.submit(slot, 0, batch.Input(id="a", kind="file", path=str(SAMPLE)))
        results: list[tuple[str, bool]] = []
        while pool.busy():
            results.extend(pool.collect())
    finally:
        pool.close()
    assert len(results) == 1
    line, ok = results[0]
    assert ok and json.loads(line)["title"] == newsclean.extract(SAMPLE.read_bytes()).title


@pytest.mark.parametrize(("timeout", "memory_mb"),
                         [(float("nan"), 100), (float("inf"), 100), (0.0, 100), (30.0, -1),
                          (30.0, 1 << 40)])
def test_settings_refuse_limits_that_cannot_hold(timeout: float, memory_mb: int) -> None:
    """A NaN timeout never fired (the batch waited forever), inf overflowed the wait."""
    with pytest.raises(ValueError):
        batch.Settings(timeout=timeout, memory_mb=memory_mb)


def test_a_worker_that_cannot_take_its_cap_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cap the system refused (over `ulimit -Hv`) killed the worker at start, and the
    batch said it "did not start within 120 s" at once."""
    def refuse(*args: Any) -> None:
        raise ValueError("current limit exceeds maximum limit")

    monkeypatch.setattr(batch.resource, "setrlimit", refuse)  # forked workers inherit it
    with pytest.raises(batch.WorkerStartError, match="cannot set its 100 MB memory cap: "
                                                     "current limit exceeds maximum limit"):
        batch.Pool(1, batch.Settings(memory_mb=100), start_method="fork")


def test_a_run_failing_before_its_first_record_keeps_the_output_it_would_replace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--overwrite` emptied the output when it was opened, so a worker that then could not
    take its memory cap left the user with neither the old records nor new ones."""
    def refuse(*args: Any) -> None:
        raise ValueError("current limit exceeds maximum limit")

    (tmp_path / "a.html").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "earlier", "status": "ok"}\n')
    with monkeypatch.context() as patched:
        patched.setattr(batch.resource, "setrlimit", refuse)
        assert main(["batch", str(tmp_path / "a.html"), "-o", str(out), "-q", "--overwrite",
                     "--workers", "1", "--memory-mb", "100"]) != 0
    assert "memory cap" in capsys.readouterr().err
    assert out.read_text() == '{"id": "earlier", "status": "ok"}\n'
    assert main(["batch", str(tmp_path / "a.html"), "-o", str(out), "-q", "--overwrite",
                 "--workers", "1"]) == 0
    assert [r["status"] for r in records(out)] == ["ok"]
    with batch.JsonlWriter(out, overwrite=True):  # a run with nothing to write replaces too
        pass
    assert out.read_text() == ""


def test_an_output_being_written_is_refused_to_a_second_writer(tmp_path: Path) -> None:
    """A resume started while another run still writes the file would record pages twice."""
    out = tmp_path / "out.jsonl"
    with batch.JsonlWriter(out) as first:
        first.write('{"id": "a", "status": "ok"}')
        with pytest.raises(batch.OutputBusy):
            batch.JsonlWriter(out, resume=True)
    with batch.JsonlWriter(out, resume=True) as second:  # free once the first is closed
        assert second.done == {"a"}


def test_a_worker_settles_its_long_lived_objects_out_of_the_collector() -> None:
    """Before its first page a worker loads the extraction stack and freezes it, so that
    full garbage collections do not walk the modules and models on every page."""
    import gc

    from newsclean.batch import Settings, _settle

    gc.unfreeze()
    try:
        _settle(Settings())
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()


def test_a_memory_cap_too_small_for_the_stack_is_met_by_the_first_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker whose cap stops it loading the stack still starts (the first page then
    meets the cap as an error record) instead of failing to start the batch."""
    import gc

    from newsclean import batch as batch_module

    def out_of_memory(extractors: object = None) -> None:
        raise MemoryError

    monkeypatch.setattr(batch_module, "preload", out_of_memory)
    try:
        batch_module._settle(batch_module.Settings())
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_x_gzip_encoded_record_is_decoded(tmp_path: Path) -> None:
    """`x-gzip` is gzip (RFC 9110); warcio knew only `gzip` and handed the body on still
    compressed, which failed as not HTML."""
    page = SAMPLE.read_bytes()
    warc = tmp_path / "xgzip.warc.gz"
    write_encoded_warc(warc, [("https://news.example/a", gzip.compress(page), "x-gzip")])
    (item,) = batch.warc_inputs(str(warc))
    assert item.error is None and item.html == page


def crawl_warc(path: Path, page: bytes) -> list[str]:
    """A WARC as a crawl writes it: warcinfo, then per fetch a request and a response, with a
    revisit, a metadata record, an image, a PDF, a JSON body, a 404 and a 301 among the
    pages, and one HTML page sent gzipped in chunks. The ids of the two HTML pages."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def response(uri: str, status: str, body: bytes, content_type: str,
                 extra: tuple[tuple[str, str], ...] = ()) -> Any:
        headers = StatusAndHeaders(status, [("Content-Type", content_type), *extra],
                                   protocol="HTTP/1.1")
        return writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                         http_headers=headers)

    packed = gzip.compress(page)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(packed[i:i + 500]), packed[i:i + 500])
                       for i in range(0, len(packed), 500)) + b"0\r\n\r\n"
    ids = []
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "t"}))
        fetches = [
            response("https://news.example/a", "200 OK", page, "text/html"),
            response("https://news.example/logo.png", "200 OK", b"\x89PNG\r\n", "image/png"),
            response("https://news.example/b", "200 OK", chunked, "text/html; charset=utf-8",
                     (("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip"))),
            response("https://news.example/report.pdf", "200 OK", b"%PDF-1.7\n",
                     "application/pdf"),
            response("https://news.example/api", "200 OK", b'{"a": 1}', "application/json"),
            response("https://news.example/gone", "404 Not Found", page, "text/html"),
            response("http://news.example/a", "301 Moved Permanently", b"",
                     "text/html"),
        ]
        for record in fetches:
            uri = record.rec_headers.get_header("WARC-Target-URI")
            writer.write_record(writer.create_warc_record(
                uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            writer.write_record(record)
            if record.http_headers.get_header("Content-Type").startswith("text/html") \
                    and record.http_headers.get_statuscode() == "200":
                ids.append(record.rec_headers.get_header("WARC-Record-ID"))
        writer.write_record(writer.create_revisit_record(
            "https://news.example/a", "sha1:AAAA", "https://news.example/a",
            "2026-01-01T00:00:00Z"))
        writer.write_record(writer.create_warc_record(
            "https://news.example/a", "metadata", payload=io.BytesIO(b"fetchTimeMs: 12\r\n")))
    return ids


def test_warc_records_with_no_page_are_counted_not_lost(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A crawl's WARC holds more than pages: requests, revisits, metadata, images, PDFs,
    JSON, 404s and 301s. Only the HTML pages get lines, but every other record is counted in
    the summary by kind (they were dropped without a word: a user could not tell a WARC of
    images from a WARC whose pages were lost); a resume counts them again and redoes none."""
    warc = tmp_path / "crawl.warc.gz"
    ids = crawl_warc(warc, SAMPLE.read_bytes())
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(warc), "-o", str(out), "--workers", "1"]) == 0
    got = by_id(out)
    assert set(got) == {f"{warc}#{i}" for i in ids}
    assert {r["status"] for r in got.values()} == {"ok"}
    assert got[f"{warc}#{ids[1]}"]["text"] == newsclean.extract(SAMPLE.read_bytes()).text
    err = capsys.readouterr().err
    assert "2 records (0 errors" in err
    assert ("15 WARC records with no page passed over (HTTP status 3xx 1, HTTP status 4xx 1,"
            " metadata record 1, not HTML 3, request record 7, revisit record 1,"
            " warcinfo record 1)") in err
    stats = batch.run(batch.expand([str(warc)]), out, workers=1, resume=True)
    assert (stats.done, stats.skipped, sum(stats.passed.values())) == (0, 2, 15)
    assert len(records(out)) == 2


def test_a_response_without_a_content_type_is_read_by_its_identified_type(
        tmp_path: Path) -> None:
    """A server that sends no Content-Type: the page was passed over as not HTML, though
    the crawler sniffed it as HTML (`WARC-Identified-Payload-Type`, written by Common Crawl
    on every response). An identified type does not override a type the server sent."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "untyped.warc.gz"
    page = SAMPLE.read_bytes()
    with open(warc, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for uri, content_type, sniffed in [("https://news.example/a", None, "text/html"),
                                           ("https://news.example/b", None, None),
                                           ("https://news.example/c", "text/plain", "text/html")]:
            fields = [("Content-Type", content_type)] if content_type else []
            headers = StatusAndHeaders("200 OK", fields, protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(page),
                                               http_headers=headers)
            if sniffed:
                record.rec_headers.add_header("WARC-Identified-Payload-Type", sniffed)
            writer.write_record(record)
    out = tmp_path / "out.jsonl"
    stats = batch.run(batch.expand([str(warc)]), out, workers=1)
    assert [r["url"] for r in records(out)] == ["https://news.example/a"]
    assert stats.passed == {"not HTML": 2}
