"""A `<title>` whose remainder beside the headline is two short segments, a section and the
site: the site is the one farthest from the headline (`titles.outer_segment`). Pages built
here; nothing copied from a dataset."""

from __future__ import annotations

import pytest

import newsclean

TEXT = "".join(
    f"<p>{t}</p>"
    for t in (
        "Der Stadtrat hat am Montag beschlossen, die alte Steinbrücke über den Fluss neu zu "
        "bauen, und damit einen Streit beendet, der die Anwohner fast zehn Jahre lang spaltete.",
        "Die Ingenieure sagten, die neue Brücke werde die Bögen des alten Bauwerks behalten und "
        "einen breiteren Gehweg sowie einen Radweg auf der Nordseite bekommen.",
        "Die Arbeiten sollen im Frühjahr beginnen und etwa achtzehn Monate dauern; in dieser "
        "Zeit bringt eine Fähre die Fußgänger von einem Ufer zum anderen.",
    )
)
HEADLINE = "Stadtrat beschließt Neubau der alten Steinbrücke"


def page(title: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body><main><article><h1>{HEADLINE}</h1>{TEXT}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "site"),
    [
        (f"{HEADLINE} | Lokales | Rheinbote", "Rheinbote"),
        (f"{HEADLINE} - Politik - Der Rheinbote", "Der Rheinbote"),
        (f"Rheinbote | Lokales | {HEADLINE}", "Rheinbote"),
        (f"{HEADLINE} | Rheinbote | Zeitung fürs Rheintal", "Rheinbote"),
    ],
    ids=["after", "after-two-words", "before", "tagline"],
)
def test_the_site_is_the_segment_farthest_from_the_headline(title: str, site: str) -> None:
    article = newsclean.extract(page(title), url="https://rheinbote.example/lokales/bruecke")
    assert article.title == HEADLINE
    assert article.site_name == site
