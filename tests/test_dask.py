"""`newsclean.dask` on a small in-process LocalCluster: bags and WARCs in, records out."""

from __future__ import annotations

import io
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
    assert (frame["extractor"] == "density").all()
    assert frame["warc_record_id"].str.startswith("<urn:uuid:").all()
    assert (frame["word_count"] == newsclean.extract(page, extractors=["density"]).word_count
            ).all()
