"""The out-of-fold run of the default chain on the tune halves (benchmarks/unseen.py)."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsclean
from benchmarks.datasets import Page
from benchmarks.metrics import PageScore
from benchmarks.unseen import PageResult, collect, rows, run_page, table

SHIPPED_MODEL = Path(newsclean.__file__).parent / "data" / "block-model.json"

BODY = " ".join(
    f"<p>Paragraph {i} of the story tells the reader what happened in the town today, "
    f"and why the council met again after the long summer break.</p>"
    for i in range(6)
)
PAGE = (
    "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    f"<article><h1>A story</h1>{BODY}</article>"
    "<footer>Contact us. Imprint. Privacy.</footer></body></html>"
).encode()


def _score(f1: float) -> PageScore:
    """A page score whose precision and recall are both `f1`."""
    return PageScore(tp=f1, fp=1 - f1, fn=1 - f1)


def _result(half: str, kind: str, shipped: float, unseen: float | None, peer: float) -> PageResult:
    return PageResult("wcxb-dev", f"{half}-{kind}-{shipped}", half, kind, _score(shipped),
                      None if unseen is None else _score(unseen), _score(peer))


def test_rows_keep_the_halves_and_the_out_of_fold_run_apart() -> None:
    results = [
        _result("tune", "article", 1.0, 0.5, 0.75),
        _result("tune", "product", 0.5, 0.25, 0.25),
        _result("check", "article", 0.5, None, 1.0),
        _result("check", "product", 0.25, None, 0.5),
    ]
    got = {(name, group): (n, figures) for name, group, n, figures in rows(results)}
    n, (tune, unseen, check, peer_tune, peer_check) = got[("wcxb-dev", "all")]
    assert n == 2
    assert tune == pytest.approx(0.75) and unseen == pytest.approx(0.375)
    assert check == pytest.approx(0.375)
    assert peer_tune == pytest.approx(0.5) and peer_check == pytest.approx(0.75)
    assert got[("wcxb-dev", "product")] == (1, pytest.approx([0.5, 0.25, 0.25, 0.25, 0.5]))
    assert "| wcxb-dev | article | 1 | 1.000 | 0.500 | 0.500 | 0.750 | 1.000 |" in table(results)


@pytest.fixture
def peers_may_silence_logging() -> Iterator[None]:
    """The benchmark's peers switch logging and warnings off for the process (they log per
    page); in the test process that would hide later tests' log records."""
    with warnings.catch_warnings():
        yield
    logging.disable(logging.NOTSET)


@pytest.mark.usefixtures("peers_may_silence_logging")
def test_a_tune_page_is_also_run_with_its_fold_model() -> None:
    page = Page(id="p", html=PAGE, truth=BODY.replace("<p>", "").replace("</p>", " "),
                group="example.org")
    with_fold = run_page(("wcxb-dev", page, str(SHIPPED_MODEL)))
    assert with_fold.unseen is not None
    # the shipped model as the "fold" model: the same answer as the default chain
    assert with_fold.unseen.f1 == pytest.approx(with_fold.shipped.f1)
    assert with_fold.shipped.f1 > 0.9
    assert with_fold.trafilatura.f1 > 0.5
    assert run_page(("wcxb-dev", page, None)).unseen is None


def test_without_fold_models_it_says_how_to_make_them(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="train_blocks --cv 5 --folds-out"):
        collect(["wcxb-dev"], tmp_path, jobs=1)
