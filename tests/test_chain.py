from __future__ import annotations

from dataclasses import dataclass

import pytest

import newsclean
from newsclean.chain import BestConfidence, Chain, FirstConfident, Vote, scaled
from newsclean.document import Document, load
from newsclean.errors import ExtractorError
from newsclean.extractors import base
from newsclean.extractors.base import Candidate
from newsclean.model import Block

DOC = load("<html><body><p>Hello there.</p></body></html>")


@dataclass
class Fixed:
    """A test extractor that returns fixed blocks and counts its calls."""

    name: str
    texts: tuple[str, ...]
    confidence: float
    calls: int = 0
    prose_cover: float = 1.0
    reach: float = float("inf")

    def extract(self, doc: Document) -> Candidate:
        self.calls += 1
        blocks = tuple(Block(text=t) for t in self.texts)
        return Candidate(extractor=self.name, blocks=blocks, confidence=self.confidence,
                         prose_cover=self.prose_cover, reach=self.reach)


def test_first_confident_stops_at_first_confident() -> None:
    a, b = Fixed("a", ("x",), 0.9), Fixed("b", ("y",), 0.95)
    result = FirstConfident(threshold=0.8).run([a, b], DOC)
    assert result.extractor == "a" and b.calls == 0


def test_first_confident_falls_back_to_most_confident() -> None:
    a, b = Fixed("a", ("x",), 0.3), Fixed("b", ("y",), 0.5)
    assert FirstConfident(threshold=0.8).run([a, b], DOC).extractor == "b"


def test_an_empty_answer_is_worth_nothing_on_the_common_scale() -> None:
    """trafilatura's curve maps its lowest confidence to the F1 its short answers had on
    the tune halves (about 0.4); an answer with no text has F1 0, so it must not beat
    another extractor's unsure but non-empty answer."""
    from newsclean.calibration import on_scale

    assert on_scale("trafilatura", 0.0) > 0.1  # the curve's floor, the trap this guards
    unsure = Fixed("density", ("A post of a few words.",), 0.05)
    empty = Fixed("trafilatura", (), 0.0)
    for policy in (FirstConfident(), BestConfidence()):
        result = policy.run([unsure, empty], DOC)
        assert result.extractor == "density", policy.name
    assert scaled(Candidate(extractor="trafilatura")).confidence == 0.0


SHORT = ("One part of the text.",)
LONG = ("One part of the text.", "A second part of it.", "And the third part here.")


def test_a_confident_fragment_runs_the_rest_of_the_chain() -> None:
    """An answer holding under half the page's prose does not end the chain: a later,
    more confident answer with two to five times its words replaces it."""
    fragment = Fixed("a", SHORT, 0.6, prose_cover=0.2)
    fuller = Fixed("trafilatura", LONG, 0.9)
    assert FirstConfident().run([fragment, fuller], DOC).extractor == "trafilatura"


@pytest.mark.parametrize(
    ("cover", "later"),
    [
        (0.8, Fixed("trafilatura", LONG, 0.9)),  # most of the page's prose: the answer stands
        (0.2, Fixed("trafilatura", LONG, 0.4)),  # the later answer is less sure
        (0.2, Fixed("trafilatura", ("One part of the text, read again.",), 0.9)),  # not much longer
        (0.2, Fixed("b", (), 0.0)),  # nothing
        (0.2, Fixed("trafilatura", SHORT * 6, 0.9)),  # the page around it, not its fuller reading
        # a confidence on its extractor's own scale (no curve) says nothing against it
        (0.2, Fixed("items", LONG, 0.9)),
    ],
)
def test_a_fragment_stands_unless_outgrown(cover: float, later: Fixed) -> None:
    first = Fixed("a", SHORT, 0.6, prose_cover=cover)
    assert FirstConfident().run([first, later], DOC).extractor == "a"
    # only an extractor on the common scale is asked for a fuller answer
    asked = cover < 0.5 and later.name == "trafilatura"
    assert later.calls == (1 if asked else 0)


@pytest.mark.parametrize(
    ("later", "fragment_confidence"),
    [
        (Fixed("items", LONG, 0.99), 0.6),  # own scale: can never be more confident
        (Fixed("embedded", LONG, 0.99), 0.6),
    ],
)
def test_a_fragment_does_not_ask_an_answer_that_cannot_replace_it(
    later: Fixed, fragment_confidence: float
) -> None:
    """Stop 76: a fragment's later extractors ran even where their answer could not replace
    it (no curve): time for nothing.
    They are no longer run, and the fragment stands."""
    from newsclean.calibration import ceiling

    assert ceiling("trafilatura") == 0.895 and ceiling("items") is None
    first = Fixed("density", SHORT, 0.5, prose_cover=0.2, reach=3.0)
    # density's raw confidence that reads as `fragment_confidence` on the common scale
    first.confidence = next(r / 1000 for r in range(1001)
                            if scaled(Candidate(extractor="density", blocks=(Block(text="x"),),
                                                confidence=r / 1000)).confidence
                            >= fragment_confidence)
    fuller = Fixed("trafilatura", LONG, 1.0)
    result = FirstConfident().run([first, later], DOC)
    assert (result.extractor, later.calls) == ("density", 0)
    assert FirstConfident().run([first, later, fuller], DOC).extractor == "trafilatura"
    assert fuller.calls == 1


def test_the_ceiling_bounds_what_a_later_answer_can_reach() -> None:
    """The same test by the ceiling: a fragment at trafilatura's ceiling (0.895) cannot be
    replaced by it; a policy whose doubt reaches that high must not ask it either."""
    policy = FirstConfident(fragment_doubt=1.0)
    for confidence in (0.895, 0.9):
        first = Fixed("a", SHORT, confidence, prose_cover=0.2, reach=3.0)
        fuller = Fixed("trafilatura", LONG, 1.0)
        assert (policy.run([first, fuller], DOC).extractor, fuller.calls) == ("a", 0)
    first = Fixed("a", SHORT, 0.85, prose_cover=0.2, reach=3.0)
    fuller = Fixed("trafilatura", LONG, 1.0)
    assert (policy.run([first, fuller], DOC).extractor, fuller.calls) == ("trafilatura", 1)


@pytest.mark.parametrize(("confidence", "runs"), [(0.6, True), (0.64, True), (0.65, False),
                                                  (0.8, False)])
def test_a_sure_fragment_asks_for_no_fuller_answer(confidence: float, runs: bool) -> None:
    """Stop 76's census: on sites nobody tuned on, trafilatura-fast never replaced a
    fragment of an expected F1 of 0.6 or more; from `FRAGMENT_DOUBT` (0.65) such an
    answer stands without asking it."""
    fragment = Fixed("a", SHORT, confidence, prose_cover=0.2, reach=3.0)
    fuller = Fixed("trafilatura", LONG, 1.0)
    result = FirstConfident().run([fragment, fuller], DOC)
    assert (fuller.calls, result.extractor) == ((1, "trafilatura") if runs else (0, "a"))


@pytest.mark.parametrize(("reach", "runs"), [(1.2, False), (1.5, True), (3.0, True)])
def test_a_fragment_asks_for_a_fuller_answer_only_with_text_beyond_it(
    reach: float, runs: bool
) -> None:
    """A confident answer holding a fifth of the page's prose, on a page where the text its
    extractor has not ruled out is 1.2 times its words: a fuller reading (twice its words)
    would be mostly what it is sure is not content, so the later extractors do not run."""
    fragment = Fixed("a", SHORT, 0.6, prose_cover=0.2, reach=reach)
    fuller = Fixed("trafilatura", LONG, 0.9)
    result = FirstConfident().run([fragment, fuller], DOC)
    assert (fuller.calls, result.extractor) == ((1, "trafilatura") if runs else (0, "a"))


def test_best_confidence_runs_all() -> None:
    a, b = Fixed("a", ("x",), 0.3), Fixed("b", ("y",), 0.5)
    assert BestConfidence().run([a, b], DOC).extractor == "b"
    assert a.calls == b.calls == 1


def test_vote_keeps_majority_blocks_in_order() -> None:
    a = Fixed("a", ("One para.", "Menu", "Two para."), 0.6)
    b = Fixed("b", ("One para.", "Two para.", "Footer"), 0.6)
    c = Fixed("c", ("one  PARA", "Two para.", "Menu"), 0.6)
    result = Vote().run([a, b, c], DOC)
    assert [blk.text for blk in result.blocks] == ["One para.", "Menu", "Two para."]


def test_registry_lists_builtins() -> None:
    assert {"density", "trafilatura", "readability"} <= set(base.available())


def test_unknown_extractor_is_a_clear_error() -> None:
    with pytest.raises(ExtractorError, match="no extractor named 'nope'"):
        base.get("nope")


def test_unknown_extractor_error_lists_the_presets() -> None:
    """The default chain names `trafilatura-fast`: the list to pick from must show it."""
    with pytest.raises(ExtractorError, match="no extractor named 'nope'") as exc:
        Chain(["nope"])
    assert "trafilatura-fast" in str(exc.value) and "density" in str(exc.value)


def test_unknown_policy_is_a_clear_error() -> None:
    with pytest.raises(ExtractorError, match="no policy"):
        Chain(["density"], "nope")


def test_extract_accepts_extractor_objects() -> None:
    article = newsclean.extract(
        "<html><body><p>ignored</p></body></html>",
        extractors=[Fixed("fixed", ("Hello.",), 1.0)],
    )
    assert article.text == "Hello." and article.extractor == "fixed"


@pytest.mark.parametrize("name", ["density", "trafilatura", "readability"])
def test_each_builtin_extracts_the_sample(name: str, sample_html: bytes) -> None:
    article = newsclean.extract(sample_html, extractors=[name])
    assert article.extractor == name
    assert "Russia sees no reason to discuss the possibility" in article.text
    assert "Diet Coke" not in article.text


def test_default_chain_is_density_embedded_priced_items_then_fast_trafilatura() -> None:
    from newsclean.chain import DEFAULT_THRESHOLD
    from newsclean.extractors.items import ItemsExtractor
    from newsclean.extractors.trafilatura import TrafilaturaExtractor

    chain = Chain()
    assert [e.name for e in chain.extractors] == ["density", "embedded", "items", "trafilatura"]
    items = chain.extractors[2]
    assert isinstance(items, ItemsExtractor) and items.rules.min_price_share == 0.5
    fallback = chain.extractors[3]
    assert isinstance(fallback, TrafilaturaExtractor) and fallback.fast
    assert isinstance(chain.policy, FirstConfident)
    assert chain.policy.threshold == DEFAULT_THRESHOLD


def test_presets_resolve_to_configured_plugins() -> None:
    from newsclean.chain import get_extractor

    fast = get_extractor("trafilatura-fast")
    assert getattr(fast, "fast", None) is True
    assert getattr(get_extractor("trafilatura"), "fast", None) is False
    with pytest.raises(ExtractorError):
        get_extractor("nope")


def test_confident_density_skips_the_fallback(sample_html: bytes) -> None:
    fallback = Fixed("fallback", ("other",), 1.0)
    article = newsclean.extract(sample_html, extractors=["density", fallback])
    assert article.extractor == "density" and fallback.calls == 0


def test_unsure_density_runs_the_fallback() -> None:
    # A one-line notice between two walls of links: density's scorer expects little of
    # any choice it could make, so the fallback runs and its more confident answer wins.
    links = "".join(f'<li><a href="/{i}">Another story about the river</a></li>' for i in range(20))
    html = (
        f'<html lang="en"><body><ul>{links}</ul><div><p>Closed today.</p></div>'
        f"<ul>{links}</ul></body></html>"
    )
    fallback = Fixed("fallback", ("other",), 0.9)
    article = newsclean.extract(html, extractors=["density", fallback])
    assert fallback.calls == 1 and article.extractor == "fallback"
