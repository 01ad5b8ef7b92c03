"""`newsclean extract`: formats, standard input, URLs (a local server only), exit codes."""

from __future__ import annotations

import gzip
import http.server
import json
import os
import random
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsclean
from newsclean.cli import main

SAMPLE = Path(__file__).resolve().parent.parent / "newsclean" / "data" / "sample.html"


@pytest.fixture(scope="module")
def sample_article() -> newsclean.Article:
    return newsclean.extract(SAMPLE.read_bytes())


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_json_is_the_article(
    capsys: pytest.CaptureFixture[str], sample_article: newsclean.Article
) -> None:
    code, out, _ = run(["extract", str(SAMPLE)], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["title"] == sample_article.title
    assert data["text"] == sample_article.text
    assert data["word_count"] > 50


def test_extract_md_and_txt(
    capsys: pytest.CaptureFixture[str], sample_article: newsclean.Article
) -> None:
    code, md, _ = run(["extract", str(SAMPLE), "--format", "md"], capsys)
    assert code == 0 and md.startswith(f"# {sample_article.title}\n")
    code, txt, _ = run(["extract", str(SAMPLE), "--format", "txt"], capsys)
    assert code == 0 and txt == sample_article.text + "\n"


STRUCTURED = SAMPLE.parent.parent.parent / "docs" / "examples" / "structured.html"


def test_extract_html_and_markdown_switches(capsys: pytest.CaptureFixture[str]) -> None:
    page = str(STRUCTURED)
    code, html, _ = run(["extract", page, "--format", "html", "--url", "https://g.example/a"],
                        capsys)
    assert code == 0 and html.startswith("<h1>How the river plan works</h1>")
    assert '<a href="https://g.example/documents/river-plan.pdf">' in html
    assert "<table>" in html and "<figure>" not in html and "<script" not in html
    code, bare, _ = run(["extract", page, "--format", "html", "--no-title", "--no-links",
                         "--no-formatting", "--images"], capsys)
    assert code == 0 and not bare.startswith("<h1>") and "<figure>" in bare
    assert "<a " not in bare and "<strong>" not in bare
    code, md, _ = run(["extract", page, "--format", "md", "--no-title"], capsys)
    assert code == 0 and md.startswith("The council **approved the river plan**")
    assert "```python\nimport json\n" in md and "| Part | Budget | Done by |" in md


def test_extract_reads_stdin_through_the_console_entry() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean", "extract", "-", "--format", "txt"],
        input=SAMPLE.read_bytes(), capture_output=True, timeout=60, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == newsclean.extract(SAMPLE.read_bytes()).text + "\n"


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["extract", "/nonexistent/page.html"], 1, "cannot read"),
        (["extract", "EMPTY"], 1, "empty"),
        (["extract", "SAMPLE", "--extractors", "no-such-thing"], 2, "no extractor named"),
        (["extract", "SAMPLE", "--policy", "coin-toss"], 2, "no policy named"),
    ],
)
def test_extract_exit_codes(
    argv: list[str], code: int, message: str, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"  \n")
    argv = [str(empty) if a == "EMPTY" else str(SAMPLE) if a == "SAMPLE" else a for a in argv]
    got, out, err = run(argv, capsys)
    assert got == code
    assert out == ""
    assert message in err and "Traceback" not in err


@pytest.mark.parametrize("argv", [[], ["extract"], ["extract", "x", "--format", "pdf"],
                                  ["batch", "x"], ["batch", "x", "-o", "y", "--workers", "0"]])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err


@pytest.mark.parametrize(
    "option",
    # inf and values past select's limit overflowed (tracebacks), NaN never timed out, a
    # cap past what the system takes stopped the worker at start, a huge count forked on
    [["--timeout", "inf"], ["--timeout", "2200000"], ["--timeout", "nan"],
     ["--timeout", "0"], ["--timeout", "-1"], ["--timeout", "soon"],
     ["--memory-mb", "99999999999999"], ["--memory-mb", "-1"], ["--memory-mb", "1.5"],
     ["--workers", "100000"], ["--workers", "-2"]],
)
def test_bad_batch_numbers_are_usage_errors(
    option: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    with pytest.raises(SystemExit) as exc:
        main(["batch", str(SAMPLE), "-o", str(out), *option])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option[0]}: " in err and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize(
    "option",
    [["--fetch-timeout", "inf"], ["--fetch-timeout", "nan"], ["--fetch-timeout", "1e999"],
     ["--fetch-timeout", "0"], ["--max-bytes", "0"], ["--max-bytes", "99999999999999"]],
)
def test_bad_fetch_numbers_are_usage_errors(
    option: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """inf overflowed the socket's deadline and NaN was refused by it: tracebacks."""
    with pytest.raises(SystemExit) as exc:
        main(["extract", "http://127.0.0.1:9/x", *option])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option[0]}: " in err and "Traceback" not in err


@pytest.mark.parametrize("argv", [["--help"], ["extract", "--help"], ["batch", "--help"]])
def test_help_everywhere_lists_exit_codes(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 0
    assert "Exit codes" in capsys.readouterr().out


# --------------------------------------------------------------------------- URLs


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/missing":
            self.send_error(404, "Not Found")
            return
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/latin1")
            self.end_headers()
            return
        if self.path.startswith("/gzip"):  # sent whatever the client accepts (RFC 9110)
            body = gzip.compress(SAMPLE.read_bytes())
            if self.path == "/gzip-corrupt":  # damaged past the first 16 KB block
                noise = b"<p>" + random.Random(1).randbytes(40000).hex().encode() + b"</p>"
                body = gzip.compress(SAMPLE.read_bytes().replace(b"</body>", noise, 1))
                body = body[:30000] + bytes(b ^ 0x55 for b in body[30000:])
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if self.path == "/latin1":
            # No <meta charset>: only the HTTP header says how to decode the page.
            body = (
                "<html><head><title>Caf\xe9 news</title></head><body><article>"
                + "<p>Le caf\xe9 du village a rouvert ses portes apr\xe8s des travaux.</p>" * 8
                + "</article></body></html>"
            ).encode("latin-1")
            content_type = "text/html; charset=ISO-8859-1"
        else:
            body, content_type = SAMPLE.read_bytes(), "text/html"
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_extract_url(
    server: str, capsys: pytest.CaptureFixture[str], sample_article: newsclean.Article
) -> None:
    code, out, _ = run(["extract", f"{server}/page.html"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["title"] == sample_article.title
    assert data["url"] == f"{server}/page.html"


def test_extract_url_follows_redirects_and_http_charset(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["extract", f"{server}/redirect"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["title"] == "Café news"
    assert "après des travaux" in data["text"]
    assert data["url"] == f"{server}/latin1"


def test_extract_url_with_a_gzip_body(
    server: str, capsys: pytest.CaptureFixture[str], sample_article: newsclean.Article
) -> None:
    """Content-Encoding was ignored: a gzip body failed as "gzip-compressed data"."""
    code, out, err = run(["extract", f"{server}/gzip", "--format", "txt"], capsys)
    assert code == 0, err
    assert out == sample_article.text + "\n"


@pytest.mark.parametrize(
    ("path", "extra", "message"),
    [
        ("/gzip-corrupt", [], "cannot decode the body (Content-Encoding gzip): corrupt gzip"),
        ("/gzip", ["--max-bytes", "5000"], "larger than 5000 bytes"),
        ("/missing", [], "HTTP 404"),
        ("/page.html", ["--max-bytes", "1000"], "larger than 1000 bytes"),
        ("/slow", ["--fetch-timeout", "0.5"], "timed out"),
    ],
)
def test_extract_url_failures_exit_1(
    server: str, path: str, extra: list[str], message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(["extract", server + path, *extra], capsys)
    assert code == 1
    assert out == ""
    assert message in err


def test_extract_unreachable_url_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    # Port 9 on 127.0.0.1 (discard) is closed here: connection refused, no outside network.
    code, _, err = run(["extract", "http://127.0.0.1:9/", "--fetch-timeout", "2"], capsys)
    assert code == 1
    assert "cannot fetch" in err


# --------------------------------------------------------------------------- output


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["extract", "explain"])
def test_full_standard_output_is_an_error_not_a_traceback(command: str) -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "newsclean", command, str(SAMPLE)],
                              stdout=full, stderr=subprocess.PIPE, timeout=60, check=False)
    err = proc.stderr.decode()
    assert proc.returncode == 1, err
    assert "cannot write standard output" in err and "Traceback" not in err


@pytest.mark.parametrize("command", [["extract"], ["explain"], ["batch", "-q", "-o", "-"]])
def test_a_closed_standard_output_is_an_error_not_a_traceback(command: list[str]) -> None:
    """`newsclean extract page >&-`: Python sets sys.stdout to None, and writing to it was
    an AttributeError traceback."""
    proc = subprocess.run([sys.executable, "-m", "newsclean", command[0], str(SAMPLE),
                           *command[1:]], stderr=subprocess.PIPE, timeout=120, check=False,
                          preexec_fn=lambda: os.close(1))
    err = proc.stderr.decode()
    assert proc.returncode == 1, err
    assert "cannot write standard output: it is closed" in err and "Traceback" not in err


def test_a_closed_standard_error_keeps_messages_out_of_the_output(tmp_path: Path) -> None:
    """With stderr closed (`2>&-`) sys.stderr is None: checking it for a terminal was an
    AttributeError, and print(file=None) would write messages into stdout's records."""
    batch = subprocess.run([sys.executable, "-m", "newsclean", "batch", str(SAMPLE),
                            str(tmp_path / "missing.html"), "-o", "-"], stdout=subprocess.PIPE,
                           timeout=120, check=False, preexec_fn=lambda: os.close(2))
    assert batch.returncode == 3
    assert {json.loads(line)["id"] for line in batch.stdout.splitlines()} == {
        str(SAMPLE), str(tmp_path / "missing.html")}
    extract = subprocess.run([sys.executable, "-m", "newsclean", "extract",
                              str(tmp_path / "missing.html")], stdout=subprocess.PIPE,
                             timeout=60, check=False, preexec_fn=lambda: os.close(2))
    assert extract.returncode == 1 and extract.stdout == b""


def test_closed_pipe_ends_quietly() -> None:
    """`newsclean extract page | head -c 1`: the reader left; nothing to report."""
    proc = subprocess.Popen([sys.executable, "-m", "newsclean", "extract", str(SAMPLE)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(1)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, err
    assert "Traceback" not in err and "Exception" not in err


def test_batch_to_standard_output(tmp_path: Path) -> None:
    """`-o -` streams the records (as `explain -o -` does), rather than writing a file
    named "-"; there is nothing to resume from, so --resume with it is a usage error."""
    env = {**os.environ, "PYTHONPATH": str(SAMPLE.parents[2])}
    proc = subprocess.run([sys.executable, "-m", "newsclean", "batch", str(SAMPLE), "-o", "-",
                           "-q"], capture_output=True, timeout=120, check=False,
                          cwd=tmp_path, env=env)
    assert proc.returncode == 0, proc.stderr
    (record,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert record["status"] == "ok" and record["id"] == str(SAMPLE)
    assert not (tmp_path / "-").exists()
    with pytest.raises(SystemExit) as exc:
        main(["batch", str(SAMPLE), "-o", "-", "--resume"])
    assert exc.value.code == 2


def test_batch_output_that_is_a_folder(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """An empty folder does not 'already hold records': the message says what is wrong."""
    code, _, err = run(["batch", str(SAMPLE), "-o", str(tmp_path), "-q"], capsys)
    assert code == 1
    assert "Is a directory" in err and "already holds records" not in err


def test_extract_reads_a_gzipped_page(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      sample_article: newsclean.Article) -> None:
    """`newsclean batch` decompresses `.gz` pages; `extract` refused them as gzip data."""
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(SAMPLE.read_bytes()))
    code, out, _ = run(["extract", str(page), "--format", "txt"], capsys)
    assert code == 0 and out == sample_article.text + "\n"
    page.write_bytes(gzip.compress(SAMPLE.read_bytes())[:200])
    code, out, err = run(["extract", str(page)], capsys)
    assert code == 1 and out == "" and "cut short" in err


@pytest.mark.parametrize("command", ["extract", "explain"])
def test_a_corrupt_gzipped_page_is_a_clean_error(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .html.gz whose deflate data is corrupt raised zlib.error, which is no OSError:
    a traceback instead of the message a cut-short file gets."""
    packed = bytearray(gzip.compress(SAMPLE.read_bytes()))
    for i in range(30, 60):
        packed[i] ^= 0xFF
    page = tmp_path / "page.html.gz"
    page.write_bytes(bytes(packed))
    code, out, err = run([command, str(page)], capsys)
    assert code == 1 and out == ""
    assert f"cannot read {page}: the gzip file is corrupt" in err


def test_batch_summary_counts_in_words(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """The summary a user reads after a batch says "1 record (0 errors)", not "1 records"."""
    code, _, err = run(["batch", str(SAMPLE), "-o", str(tmp_path / "out.jsonl")], capsys)
    assert code == 0
    assert "1 record (0 errors)" in err


@pytest.mark.parametrize("spec", [",", "", " , "])
def test_an_empty_page_type_list_is_a_usage_error(
    spec: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--page-type ','` was read as no type at all: every page was filtered out, exit 0."""
    code, _, err = run(["batch", str(SAMPLE), "-o", str(tmp_path / "out.jsonl"),
                        "--page-type", spec], capsys)
    assert code == 2 and "--page-type names no page type" in err
    assert not (tmp_path / "out.jsonl").exists()


def test_batch_says_it_does_not_read_standard_input(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`batch -` was read as a file named "-" (a record saying no such file): a usage error
    now names the command that reads one page from standard input."""
    code, _, err = run(["batch", "-", "-o", str(tmp_path / "out.jsonl")], capsys)
    assert code == 2
    assert "newsclean extract -" in err
    assert not (tmp_path / "out.jsonl").exists()


def test_extract_a_gzip_bomb_stops_at_the_page_limit(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A small .gz that unpacks past the page limit is read only one byte past it, and the
    limit's error says what is wrong (not a process that eats the machine's memory)."""
    from newsclean.batch import MAX_PAGE_BYTES

    bomb = tmp_path / "page.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * (MAX_PAGE_BYTES + 1_000_000)))
    assert bomb.stat().st_size < 100_000
    code, out, err = run(["extract", str(bomb)], capsys)
    assert code == 1 and not out
    assert f"has {MAX_PAGE_BYTES + 1} bytes, over the limit" in err  # read no further


CYRILLIC = "Москва объявила о новых мерах поддержки для жителей города и области"


@pytest.fixture
def mislabelled_page(tmp_path: Path) -> str:
    """A page saved in windows-1251 under a template's KOI8-R `<meta>`: only the server's
    header said what its bytes are. (A wrong Latin-1 label is no longer believed over
    Cyrillic bytes: `newsclean.document._latin_label_contradicted`.)"""
    body = " ".join([CYRILLIC + "."] * 8)
    page = (f'<html><head><meta charset="koi8-r"><title>Новости</title></head>'
            f"<body><article><h1>Новости</h1><p>{body}</p><p>{body}</p></article></body></html>")
    saved = tmp_path / "saved.html"
    saved.write_bytes(page.encode("cp1251"))
    return str(saved)


def test_extract_encoding_names_a_files_charset(
    mislabelled_page: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["extract", mislabelled_page, "--format", "txt"], capsys)
    assert code == 0 and CYRILLIC not in out  # the <meta> label read it as KOI8-R
    code, out, _ = run(["extract", mislabelled_page, "--format", "txt",
                        "--encoding", "text/html; charset=windows-1251"], capsys)
    assert code == 0 and CYRILLIC in out
    code, out, _ = run(["extract", mislabelled_page, "--format", "txt",
                        "--encoding", "cp1251"], capsys)
    assert code == 0 and CYRILLIC in out


def test_extract_unknown_encoding_is_a_usage_error(
    mislabelled_page: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["extract", mislabelled_page, "--encoding", "klingon"], capsys)
    assert code == 2 and out == "" and "klingon" in err
