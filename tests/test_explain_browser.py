"""The explain report in a real browser: served on 127.0.0.1, drawn by headless Chromium,
checked pixel by pixel.

Skips where Chromium is absent (`make test` installs Debian's `chromium` where it runs as
root with apt-get). `python tests/test_explain_browser.py docs/img/explain.png` redraws the
screenshot shown in the README.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from newsclean.explain import COLOURS, FILL_ALPHA, explain

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "newsclean" / "data" / "sample.html"
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars",
)
WINDOW = (1280, 1800)


def chromium() -> str | None:
    return shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    )


# --- a local server that records every request -------------------------------------------


@contextmanager
def serve(pages: dict[str, str]) -> Iterator[tuple[str, list[str]]]:
    """Serve `pages` (path -> HTML) on 127.0.0.1; yields the base URL and the request log."""
    log: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            log.append(self.path)
            body = pages.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write((body or "").encode("utf-8"))

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", log
    finally:
        server.shutdown()
        server.server_close()


def screenshot(url: str, out: Path, window: tuple[int, int] = WINDOW) -> None:
    binary = chromium()
    assert binary, "chromium is not installed"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={out}",
             f"--window-size={window[0]},{window[1]}", url],
            check=True, capture_output=True, timeout=120,
        )


# --- reading the screenshot ------------------------------------------------------------------


def read_rows(path: Path) -> tuple[tuple[int, int], list[bytes], list[tuple[int, Any]]]:
    """Size, rows of RGB bytes and the colour histogram of a screenshot."""
    from PIL import Image

    with Image.open(path) as img:
        rgb_img = img.convert("RGB")
        width, height = rgb_img.size
        data = rgb_img.tobytes()
        colours = rgb_img.getcolors(maxcolors=width * height) or []
    stride = 3 * width
    return (width, height), [data[y * stride : (y + 1) * stride] for y in range(height)], colours


def rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def over_white(colour: tuple[int, int, int], alpha: int) -> tuple[int, int, int]:
    r, g, b = (round(255 + (c - 255) * alpha / 255) for c in colour)
    return r, g, b


def long_runs(rows: list[bytes], colour: tuple[int, int, int], min_len: int) -> int:
    """Rows holding a horizontal run of at least `min_len` pixels of exactly `colour`: the
    top and bottom edges of a block's outline (legend swatches and labels are far shorter)."""
    run = bytes(colour) * min_len
    return sum(run in row for row in rows)


def pixels(colours: list[tuple[int, Any]], colour: tuple[int, int, int], tol: int = 2) -> int:
    """Pixels within `tol` of `colour` on every channel."""
    return sum(
        count for count, c in colours
        if all(abs(x - y) <= tol for x, y in zip(c, colour, strict=True))
    )


needs_chromium = pytest.mark.skipif(
    chromium() is None,
    reason="headless Chromium is not installed (Debian: apt-get install chromium; "
           "`make test` installs it when run as root with apt-get)",
)


@needs_chromium
def test_kept_and_dropped_blocks_are_drawn_in_their_colours(tmp_path: Path) -> None:
    report = explain(SAMPLE.read_bytes())
    shot = tmp_path / "report.png"
    with serve({"/report.html": report}) as (base, log):
        screenshot(f"{base}/report.html", shot)
    assert set(log) <= {"/report.html", "/favicon.ico"}
    size, rows, colours = read_rows(shot)
    assert size == WINDOW
    # Each decision's outline: long horizontal runs (3 px thick top and bottom edges).
    # The sample's first screen shows 6 kept paragraphs, >20 dropped blocks, 1 credit line.
    kept = long_runs(rows, rgb(COLOURS["kept"]), 400)
    dropped = long_runs(rows, rgb(COLOURS["boilerplate"]), 400)
    normalized = long_runs(rows, rgb(COLOURS["normalized"]), 400)
    assert kept >= 6 * 2 * 3, kept
    assert dropped >= 10 * 2 * 3, dropped
    assert normalized >= 2 * 3, normalized
    # ... and their fills, tinted over white.
    for group, minimum in (("kept", 20_000), ("boilerplate", 20_000), ("normalized", 3_000)):
        fill = over_white(rgb(COLOURS[group]), int(FILL_ALPHA[group], 16))
        assert pixels(colours, fill) >= minimum, group


@needs_chromium
def test_a_hostile_page_loads_nothing_in_the_browser(tmp_path: Path) -> None:
    """Every URL of the page points at our server: the browser must request none of them."""
    leak = "http://127.0.0.1:{port}/leak"
    with serve({}) as (base, log):
        port = base.rsplit(":", 1)[1]
        url = leak.format(port=port)
        page = f"""<html><head><link rel="stylesheet" href="{url}/css">
<style>@import url({url}/import); .x{{background:url({url}/bg)}}</style></head>
<body style="background-image:url({url}/body)"><p class="x">A paragraph of story text long
enough to be kept by the extractor, with words, commas, and a stop at the end.</p>
<img src="{url}/img" srcset="{url}/2x 2x"><iframe src="{url}/frame"></iframe>
<video poster="{url}/poster"></video><object data="{url}/object"></object>
<svg><image href="{url}/svgimage"/></svg><input type="image" src="{url}/input">
<script src="{url}/script"></script></body></html>"""
        report = explain(page)
        shot = tmp_path / "hostile.png"
        with serve({"/report.html": report}) as (report_base, report_log):
            screenshot(f"{report_base}/report.html", shot)
        assert set(report_log) <= {"/report.html", "/favicon.ico"}
        assert not [p for p in log if p.startswith("/leak")], log
    assert shot.stat().st_size > 0


def main(out: str) -> None:
    """Redraw the README's screenshot of the sample page's report."""
    report = explain(SAMPLE.read_bytes(), url="https://www.example.com/world/russia-japan/")
    with serve({"/report.html": report}) as (base, _):
        screenshot(f"{base}/report.html", Path(out), (1280, 1400))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/img/explain.png")
