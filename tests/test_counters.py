"""A counter of the page's readers alone on a line is not its text
(`newsclean.normalize.clutter.COUNTERS`): "1843 Accesses", "12 views", "3.2K مشاهدة",
"Просмотров: 1 204", printed under a title or a byline. Pages built here."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.normalize.clutter import is_counter

STORY = (
    "Para sembrar tomates en maceta basta una maceta honda, tierra suelta y un lugar donde "
    "el sol dé al menos seis horas al día durante toda la primavera y el verano.",
    "Riega la tierra cada dos o tres días, sin mojar las hojas, y ata la planta a una caña "
    "cuando pase de un palmo para que el viento no la tumbe antes de dar fruto.",
    "A los tres meses verás los primeros tomates; recógelos cuando estén rojos y firmes, y "
    "la planta seguirá dando fruto hasta que llegue el frío del otoño.",
)


def _page(counter: str) -> str:
    return (
        '<html lang="es"><head><title>Cómo sembrar tomates</title></head><body><main>'
        f'<article><h1>Cómo sembrar tomates en maceta</h1><div class="meta"><span>Por Ana '
        f'Ruiz</span></div><div class="views">{counter}</div>'
        + "".join(f"<p>{p}</p>" for p in STORY) + "</article></main></body></html>")


def test_a_view_count_under_the_title_leaves() -> None:
    text = newsclean.extract(_page("1.204 visitas")).text
    assert STORY[0] in text and STORY[-1] in text
    assert "visitas" not in text


@pytest.mark.parametrize(("line", "counter"), [
    ("1843 Accesses", True), ("12 views", True), ("3.2K مشاهدة", True),
    ("Просмотров: 1 204", True), ("تمت المشاهدة ١٢٬٤٠٥ مرة", True), ("閲覧数：1,024回", True),
    ("Aufrufe: 532", True), ("阅读 3456", True),
    # what a line says of its subject, not of the page's readers
    ("7 Citations", False), ("12 views of Mount Fuji", False),
    ("The view from 12 floors up", False), ("Views of the valley", False),
])
def test_what_counts_the_page_s_readers(line: str, counter: bool) -> None:
    assert is_counter(line) is counter
