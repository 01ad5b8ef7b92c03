"""A card's facts inside the kept text (`newsclean.extractors.facts`).

A recipe card prints its times as a label and a value in two elements ("Zubereitung" /
"15 Minuten"), between its print and share buttons and its ingredients: each line is a
word or two with no sentence, and no kept neighbour vouches for it. The page is built
here, in German, not copied from a dataset; the scorer's verdict on it is replayed where a
scorer that never saw the site put it (`tests.markup.replay_scorer`), since the shipped
one keeps this small page whole."""

from __future__ import annotations

import pytest
from lxml import html as lh

from newsclean.document import load
from newsclean.extractors.density import DensityExtractor, DensityParams
from newsclean.extractors.facts import fact_pair, quantity
from tests.markup import replay_scorer

STORY = (
    "Jeden Sommer kochte meine Tante aus den Kirschen ihres Gartens eine Suppe, die wir "
    "kalt mit einem Klecks Sahne gegessen haben, wenn es draußen zu heiß zum Spielen war.",
    "Das Rezept stand nirgends geschrieben, und ich habe es erst nach vielen Versuchen so "
    "hinbekommen, dass es schmeckt wie damals in ihrer kleinen Küche auf dem Land.",
    "Wichtig ist, dass die Kirschen wirklich reif sind und dass man die Suppe nicht zu lange "
    "kochen lässt, sonst verliert sie ihre schöne Farbe und ihren frischen Geschmack.",
)
INGREDIENTS = ("500 g Sauerkirschen", "1 Liter Wasser", "80 g Zucker", "1 Zimtstange",
               "2 EL Speisestärke")
STEPS = (
    "Die Kirschen waschen, entsteinen und mit dem Wasser, dem Zucker und der Zimtstange in "
    "einem Topf langsam zum Kochen bringen.",
    "Die Speisestärke mit etwas kaltem Wasser glatt rühren, in die Suppe geben und alles noch "
    "einmal kurz aufkochen lassen, dann abkühlen lassen.",
)
TIMES = (("Zubereitung", "15 Minuten"), ("Kochzeit", "10 Minuten"), ("Portionen", "4 Personen"))


def _page() -> str:
    times = "".join(
        f'<div class="recipe-details-item"><span class="recipe-details-label">{label}</span> '
        f'<span class="recipe-details-value">{value}</span></div>' for label, value in TIMES)
    card = (
        '<div id="recipe-card-4" class="recipe-card"><h2 class="recipe-card-title">Kalte '
        'Kirschsuppe</h2><div class="recipe-rating"><span class="rating-stars">★★★★☆</span> '
        '<span class="rating-count">12 Bewertungen</span></div><div class="recipe-buttons">'
        '<a href="/drucken/4" class="recipe-print-button">Drucken</a> <a href="https://'
        'pinterest.com/pin" class="share-pinterest">Merken</a></div>'
        f'<div class="recipe-details">{times}</div>'
        '<div class="recipe-ingredients"><h3>Zutaten</h3><ul>'
        + "".join(f"<li>{i}</li>" for i in INGREDIENTS) + "</ul></div>"
        '<div class="recipe-instructions"><h3>Zubereitung</h3><ol>'
        + "".join(f"<li>{s}</li>" for s in STEPS) + "</ol></div></div>")
    menu = "".join(f'<li><a href="/k/{i}">Kategorie {i}</a></li>' for i in range(6))
    return (
        '<html lang="de"><head><title>Kalte Kirschsuppe</title></head><body>'
        f"<header><nav><ul>{menu}</ul></nav></header><main><article>"
        "<h1>Kalte Kirschsuppe wie bei meiner Tante</h1>"
        + "".join(f"<p>{p}</p>" for p in STORY) + card
        + "</article>" + _COMMENTS + "</main><aside><h2>Beliebte Rezepte</h2><ul>"
        '<li><a href="/r/1">Apfelstrudel</a></li><li><a href="/r/2">Pflaumenkuchen</a></li>'
        "</ul></aside><footer><p>© 2025 Kochblog</p></footer></body></html>")


_COMMENTS = (
    '<div id="comments" class="comments-area"><h2>3 Kommentare</h2><ol class="comment-list">'
    '<li class="comment"><footer class="comment-meta"><b>Jonas</b> <time>2. Juli 2025</time>'
    "</footer><p>Gestern nachgekocht, die Kinder wollten gleich eine zweite Portion davon!</p>"
    '<a class="comment-reply-link" href="#r">Antworten</a></li></ol><div id="respond"><h3>'
    "Kommentar schreiben</h3><form><textarea></textarea></form></div></div>")


def test_a_recipe_card_keeps_its_times_printed_as_label_and_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The scorer of a site it never saw drops the card's rating, buttons and times
    (0.2-0.4, as on the reference recipe of `tests/reference_pages.py`, which the shipped
    scorer drops alike); the times come back, the buttons do not."""
    low = ("★", "Drucken", *(label for label, _ in TIMES))
    replay_scorer(monkeypatch, lambda text: 0.25 if text.startswith(low) else None)
    text = DensityExtractor().extract(load(_page())).text
    assert STORY[0] in text and INGREDIENTS[0] in text and STEPS[-1] in text
    for label, value in TIMES:
        assert f"{label} {value}" in text
    assert "Drucken" not in text and "Bewertungen" not in text
    off = DensityExtractor(DensityParams(card_facts=False)).extract(load(_page())).text
    assert not any(value in off for _, value in TIMES)


@pytest.mark.parametrize(("markup", "pair"), [
    ('<div><span>Prep</span> <span>10 mins</span></div>', True),
    ('<div><div class="label">Total:</div><span>20 hrs 25 mins</span></div>', True),
    ('<div><span>Views</span> <span>1385</span></div>', False),  # a count, no unit
    ('<div><span>Posted on</span> <span>Nov 21, 2018</span></div>', False),  # a day
    ('<div><span>Prep</span> <a href="/t">10 mins</a></div>', False),  # a link
    ('<div>About <span>Prep</span> and <span>10 mins</span></div>', False),  # a sentence
    ('<div><span>Servings</span> <span>4</span> <span>people</span></div>', False),
])
def test_a_fact_is_a_short_label_then_a_measure(markup: str, pair: bool) -> None:
    assert fact_pair(lh.fragment_fromstring(markup)) is pair


def test_a_measure_has_a_figure_and_a_unit() -> None:
    assert quantity("40 minutes") and quantity("4 人分") and quantity("2 Stunden")
    assert not quantity("7.9") and not quantity("14 января 2025") and not quantity("Yield")


def test_only_a_run_of_pairs_that_ends_is_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    """`card_facts` asks whether the pairs of a run are listed (`_listed`) where a run of
    them ends, not at each paragraph between the kept text's ends (most blocks end no
    run: there was nothing to count), and finds the run's pairs as before."""
    from newsclean.extractors import facts
    from tests.markup import body_blocks

    card = "".join(f"<li><span>{label}</span> <span>{value}</span></li>" for label, value in
                   (("Zubereitung", "15 Minuten"), ("Kochzeit", "20 Minuten"),
                    ("Portionen", "4 Personen")))
    prose = "".join(f"<p>{line}</p>" for line in STORY * 5)
    blocks = body_blocks(f"{prose}<ul>{card}</ul>{prose}")
    keep = [b.words > 8 for b in blocks]
    asked: list[int] = []
    real = facts._listed
    monkeypatch.setattr(facts, "_listed", lambda pairs: asked.append(len(pairs)) or real(pairs))
    found = facts.card_facts(blocks, keep)
    assert [blocks[i].text for i in found] == ["Zubereitung 15 Minuten", "Kochzeit 20 Minuten",
                                               "Portionen 4 Personen"]
    assert asked == [3]  # the one run, where it ends
