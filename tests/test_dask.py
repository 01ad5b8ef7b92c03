"""`newsclean.dask` on a small in-process LocalCluster: bags and WARCs in, records out."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsclean

db = pytest.importorskip("dask.bag", reason="needs the dask extra: pip install -e '.[dask]'")
distributed = pytest.importorskip("distributed")
nd = pytest.importorskip("newsclean.dask")

SAMPLE = Path(__file__).resolve().parent.parent / "newsclean" / "data" / "sample.html"


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    # Threads in this process: starts in about a second, no worker processes to spawn.
    with distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=2,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as dask_client:
        yield dask_client


def test_extract_bag(client: object) -> None:
    page = SAMPLE.read_bytes()
    expected = newsclean.extract(page, url="https://news.example/a")
    pages = db.from_sequence(
        [("a", page, "https://news.example/a"), ("empty", b""), ("b", page.decode())],
        npartitions=2,
    )
    got = {r["id"]: r for r in nd.extract_bag(pages).compute()}
    assert set(got) == {"a", "empty", "b"}
    assert got["a"]["status"] == "ok" and got["a"]["text"] == expected.text
    assert got["a"]["url"] == "https://news.example/a"
    assert got["b"]["title"] == expected.title
    assert got["empty"]["status"] == "error"
    assert got["empty"]["error"]["type"] == "EmptyInputError"


def _dated_page(date_line: str) -> str:
    """A story whose only date is the line under its byline."""
    body = "<p>" + "The council passed the budget after a long debate on the schools. " * 5
    return (f"<html><body><article><h1>The budget passed</h1><p>By Jane Doe</p>"
            f"<span>{date_line}</span>{body}</p></article></body></html>")


def test_a_bag_page_may_say_when_it_was_fetched(client: object) -> None:
    from datetime import UTC, date, datetime

    html = _dated_page("2 days ago")
    fetched = datetime(2024, 3, 5, 12, 30, tzinfo=UTC)
    pages = db.from_sequence([("dated", html, None, fetched), ("undated", html, None)])
    got = {r["id"]: r for r in nd.extract_bag(pages).compute()}
    assert got["dated"]["published"] == date(2024, 3, 3).isoformat()
    assert got["undated"]["published"] is None
    with pytest.raises(ValueError, match="fetched is a datetime"):
        nd.extract_bag(db.from_sequence([("x", html, None, "2024-03-05")])).compute()


def test_run_reads_files_as_of_fetched(client: object, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "a.html").write_text(_dated_page("3 days ago"))
    out = tmp_path / "out"
    stats = nd.run([str(folder)], out, fetched=datetime(2024, 3, 5, 12, tzinfo=UTC))
    assert stats.done == 1
    (record,) = _part_records(out)
    assert record["published"] == "2024-03-02"


def test_extract_warcs_to_dataframe(client: object, tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = SAMPLE.read_bytes()
    paths = []
    for n in range(2):
        path = tmp_path / f"c{n}.warc.gz"
        with open(path, "wb") as stream:
            writer = WARCWriter(stream, gzip=True)
            for uri, ctype in [(f"https://news.example/{n}", "text/html"),
                               (f"https://news.example/{n}.css", "text/css")]:
                headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)],
                                           protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    uri, "response", payload=io.BytesIO(page), http_headers=headers))
        paths.append(str(path))

    records = nd.extract_warcs(paths, extractors=["density"])
    frame = nd.to_dataframe(records).compute()
    assert sorted(frame["target_uri"]) == ["https://news.example/0", "https://news.example/1"]
    assert list(frame.columns) == list(nd.COLUMNS)
    assert (frame["status"] == "ok").all()
    assert all(isinstance(v, list) for v in frame["author_organizations"])
    assert (frame["extractor"] == "density").all()
    assert frame["warc_record_id"].str.startswith("<urn:uuid:").all()
    assert (frame["word_count"] == newsclean.extract(page, extractors=["density"]).word_count
            ).all()


# --------------------------------------------------------------------------- limits, kills

CLUSTER_SCRIPT = '''
import json
import sys

from distributed import Client, LocalCluster

from newsclean import dask as nd

if __name__ == "__main__":
    mode, out, *specs = sys.argv[1:]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster):
        if mode == "limits":
            pages = [(spec, open(spec, "rb").read()) for spec in specs]
            bag = nd.extract_bag(nd.db.from_sequence(pages, npartitions=2),
                                 extractors=["troublemaker"], timeout=2, memory_mb=1024)
            with open(out + ".bag.json", "w") as stream:
                json.dump(bag.compute(), stream)
            stats = nd.run(specs, out, extractors=["troublemaker"], timeout=2,
                           memory_mb=1024, partition_size=3)
        else:
            stats = nd.run(specs, out, partition_size=20, resume=mode == "resume")
    print(json.dumps({"done": stats.done, "errors": stats.errors, "skipped": stats.skipped}))
'''


def _part_records(folder: Path) -> list[dict[str, object]]:
    return [json.loads(line) for part in sorted(folder.glob("part-*.jsonl"))
            for line in part.read_bytes().splitlines()]


def _script(tmp_path: Path) -> Path:
    script = tmp_path / "cluster.py"
    script.write_text(CLUSTER_SCRIPT)
    return script


def test_time_limit_and_memory_cap_hold_on_dask(tmp_path: Path,
                                                plugin_env: dict[str, str]) -> None:
    """On daemonic Dask worker processes, a page that hangs or eats memory becomes an error
    record and the other pages still get theirs, through `run` and `extract_bag` alike."""
    page = SAMPLE.read_bytes()
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "hang.html").write_bytes(page.replace(b"<body", b"<!--hang--><body", 1))
    (folder / "hog.html").write_bytes(page.replace(b"<body", b"<!--hog--><body", 1))
    for i in range(4):
        (folder / f"good{i}.html").write_bytes(page)
    specs = sorted(str(p) for p in folder.iterdir())
    out = tmp_path / "out"
    start = time.monotonic()
    proc = subprocess.run([sys.executable, str(_script(tmp_path)), "limits", str(out), *specs],
                          capture_output=True, text=True, timeout=240, env=plugin_env,
                          check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert time.monotonic() - start < 200  # the hang (600 s) held nothing
    stats = json.loads(proc.stdout.strip().splitlines()[-1])
    assert stats == {"done": 6, "errors": 2, "skipped": 0}
    from_bag = json.loads((tmp_path / "out.bag.json").read_text())
    for records in (_part_records(out), from_bag):
        got = {str(r["id"]): r for r in records}
        assert len(records) == len(got) == 6
        assert got[str(folder / "hang.html")]["error"]["type"] == "Timeout"  # type: ignore[index]
        assert got[str(folder / "hog.html")]["error"]["type"] in (  # type: ignore[index]
            "MemoryLimit", "WorkerDied", "DocumentTooLargeError")
        for i in range(4):
            assert got[str(folder / f"good{i}.html")]["status"] == "ok"


def _session_alive(session: int) -> list[int]:
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] != "Z":  # field 6 of stat: the session
            alive.append(int(stat.parent.name))
    return alive


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_sigkill_of_the_whole_cluster_then_resume_gives_one_record_per_input(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    total = 240
    for i in range(total):
        (folder / f"{i:04d}.html").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    script = _script(tmp_path)
    proc = subprocess.Popen([sys.executable, str(script), "run", str(out), str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None:
        if out.is_dir() and sum(p.read_bytes().count(b"\n") for p in out.iterdir()) >= 20:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the driver, the scheduler, every worker at once
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    deadline = time.monotonic() + 20
    while _session_alive(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _session_alive(proc.pid), "processes of the killed run outlived it"
    written = _part_records(out)
    assert 20 <= len(written) < total
    first = sorted(out.glob("part-*.jsonl"))[0]
    with open(first, "ab") as stream:  # what a crash inside a write would leave
        stream.write(b'{"id": "' + str(folder / "0000.html").encode() + b'", "status": "o')

    resumed = subprocess.run([sys.executable, str(script), "resume", str(out), str(folder)],
                             capture_output=True, text=True, timeout=300, check=False)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    stats = json.loads(resumed.stdout.strip().splitlines()[-1])
    records = _part_records(out)  # every line parses: no half line left
    counts = Counter(str(r["id"]) for r in records)
    assert set(counts) == {str(p) for p in folder.iterdir()}
    assert set(counts.values()) == {1}
    assert all(r["status"] == "ok" for r in records)
    assert stats["skipped"] == len(written) and stats["done"] == total - len(written)


def test_run_counts_the_warc_records_with_no_page(client: object, tmp_path: Path) -> None:
    """As `newsclean batch` does: the requests, revisits, images, 404s … of a WARC get no
    record, and `Stats.passed` counts them, summed over the tasks."""
    from test_batch import crawl_warc

    warc = tmp_path / "crawl.warc.gz"
    crawl_warc(warc, SAMPLE.read_bytes())
    stats = nd.run([str(warc)], tmp_path / "out")
    assert stats.done == 2 and sum(stats.passed.values()) == 15
    assert stats.passed["request record"] == 7 and stats.passed["not HTML"] == 3
