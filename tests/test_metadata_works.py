"""A page whose JSON-LD describes its own work, not an article: a recipe blog's `Recipe`, a
guide's `HowTo`, a watch page's `VideoObject` named by its `headline`. Its author and date
are the page's (`jsonld.JsonLd.media_work`). Pages built here; nothing copied from a
dataset."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

import newsclean

SITE = {"@type": "WebSite", "name": "Cocina de Lola", "url": "https://cocina.example/"}
CRUMBS = {
    "@type": "BreadcrumbList",
    "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Postres", "item": "https://cocina.example/p/"}
    ],
}
STEPS = (
    "Calienta la leche con la canela y la piel de limón hasta que empiece a hervir, y déjala "
    "reposar diez minutos para que tome todo el aroma.",
    "Bate las yemas con el azúcar y la maicena, añade la leche colada poco a poco y cuece a "
    "fuego lento sin dejar de remover hasta que espese.",
    "Reparte la crema en cazuelitas, deja que se enfríe y guárdala en la nevera al menos dos "
    "horas antes de quemar el azúcar por encima.",
)


def work_page(work: dict[str, Any], title: str, *others: dict[str, Any]) -> str:
    graph = {"@context": "https://schema.org", "@graph": [SITE, CRUMBS, work, *others]}
    paras = "".join(f"<p>{s}</p>" for s in STEPS)
    return (
        f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{title} - Cocina '
        f'de Lola</title><script type="application/ld+json">{json.dumps(graph)}</script>'
        f"</head><body><main><h1>{title}</h1>{paras}</main></body></html>"
    )


RECIPE = {
    "@type": "Recipe",
    "name": "Crema catalana de la abuela",
    "author": {"@type": "Person", "name": "Dolores Ferrándiz"},
    "datePublished": "2024-11-03",
    "recipeIngredient": ["1 l de leche", "6 yemas"],
    "recipeInstructions": [{"@type": "HowToStep", "text": s} for s in STEPS],
}


@pytest.mark.parametrize(
    ("work", "title"),
    [
        (RECIPE, "Crema catalana de la abuela"),
        (
            {**RECIPE, "@type": "HowTo", "name": "Cómo quemar el azúcar de la crema"},
            "Cómo quemar el azúcar de la crema",
        ),
        (
            {
                "@type": "VideoObject",
                "headline": "Crema catalana paso a paso",
                "author": {"@type": "Person", "name": "Dolores Ferrándiz"},
                "uploadDate": "2024-11-03",
                "datePublished": "2024-11-03",
            },
            "Crema catalana paso a paso",
        ),
    ],
    ids=["recipe", "howto", "video-headline"],
)
def test_the_page_s_own_work_gives_its_author_and_date(work: dict[str, Any], title: str) -> None:
    article = newsclean.extract(work_page(work, title), url="https://cocina.example/crema/")
    assert article.authors == ["Dolores Ferrándiz"]
    assert article.published == date(2024, 11, 3)


def test_a_recipe_beside_a_product_is_the_product_s() -> None:
    product = {"@type": "Product", "name": "Soplete de cocina", "brand": "Nordfuego"}
    article = newsclean.extract(
        work_page(RECIPE, "Crema catalana de la abuela", product),
        url="https://cocina.example/crema/",
    )
    assert article.authors == []
