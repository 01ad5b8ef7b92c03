"""The lead image of a page that declares none: the first large picture at the head of the
kept body (`newsclean.metadata.leadimage`), never a logo, an avatar, an icon, an ad, a
placeholder or another story's card. Pages built here; nothing copied from a dataset."""

from __future__ import annotations

import pytest

import newsclean

URL = "https://www.example.org/noticias/2024/puente/"
PARAS = (
    "El ayuntamiento aprobó el lunes la reconstrucción del viejo puente de piedra sobre el "
    "río, tras una década de disputas entre los vecinos del barrio.",
    "Los ingenieros dijeron que el nuevo tramo conservará los arcos de la estructura original "
    "y añadirá una acera más ancha y un carril para bicicletas.",
    "Las obras comenzarán en primavera y durarán unos dieciocho meses, durante los cuales un "
    "transbordador llevará a los peatones de una orilla a la otra.",
    "Los comerciantes de la plaza del mercado celebraron la decisión, pues el cierre del paso "
    "les había costado clientes cada fin de semana desde las inundaciones.",
)
HEADLINE = "El ayuntamiento reconstruirá el viejo puente de piedra"


def page(picture: str, at: int = 0, head: str = "") -> str:
    """A story with `picture` (raw HTML) set before its paragraph number `at`."""
    paras = [f"<p>{p}</p>" for p in PARAS]
    paras.insert(at, picture)
    return (
        f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{HEADLINE}</title>'
        f'{head}</head><body><header><a href="/"><img src="/static/marca.png" width="400" '
        f'height="120" alt="El Diario"></a></header><main><article><h1>{HEADLINE}</h1>'
        f"{''.join(paras)}</article></main><footer>© El Diario</footer></body></html>"
    )


PHOTO = "https://www.example.org/fotos/puente-1200.jpg"


@pytest.mark.parametrize(
    ("picture", "at"),
    [
        ('<img src="/fotos/puente-1200.jpg" width="1200" height="800" alt="El puente">', 0),
        ('<div class="field-image"><img src="/fotos/puente-1200.jpg" width="800"></div>', 0),
        (
            '<img src="/fotos/puente-1200.jpg" srcset="/fotos/puente-400.jpg 400w, '
            '/fotos/puente-1200.jpg 1200w" alt="">',
            1,
        ),
        ('<a href="/fotos/puente-1200.jpg"><img src="/fotos/puente-1200.jpg" width="640"></a>', 0),
    ],
    ids=["declared", "in-a-div", "srcset-after-standfirst", "lightbox"],
)
def test_a_large_picture_at_the_head_of_the_body_is_the_lead_image(picture: str, at: int) -> None:
    assert newsclean.extract(page(picture, at), url=URL).image == PHOTO


@pytest.mark.parametrize(
    ("picture", "at"),
    [
        ('<img src="/fotos/puente-1200.jpg" alt="El puente">', 0),
        ('<img src="/fotos/puente-1200.jpg" width="150" height="150">', 0),
        ('<img src="/fotos/puente-1200.jpg" width="1200" height="800">', 2),
        (
            '<a href="/noticias/otra-historia/"><img src="/fotos/puente-1200.jpg" width="1200" '
            'height="800"></a>',
            0,
        ),
        ('<img src="/fotos/puente-1200.jpg" class="author-photo" width="400" height="400">', 0),
        (
            '<div class="ad-slot"><img src="/fotos/puente-1200.jpg" width="728" height="300">'
            "</div>",
            0,
        ),
        ('<img src="/static/partner-logo.png" width="600" height="200">', 0),
        ('<img src="/lazy/1x1.trans.gif" width="1200" height="800">', 0),
    ],
    ids=["no-size", "small", "further-down", "card-link", "author", "ad", "logo", "placeholder"],
)
def test_no_lead_image_is_guessed_from_a_picture_that_is_none(picture: str, at: int) -> None:
    assert newsclean.extract(page(picture, at), url=URL).image is None


def test_the_declared_image_wins() -> None:
    html = page(
        '<img src="/fotos/puente-1200.jpg" width="1200" height="800">',
        0,
        head='<meta property="og:image" content="/social/tarjeta.jpg">',
    )
    assert newsclean.extract(html, url=URL).image == "https://www.example.org/social/tarjeta.jpg"
