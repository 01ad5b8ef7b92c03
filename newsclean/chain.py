"""Policies that run extractors over one `Document` and choose or merge their candidates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from newsclean.calibration import calibrated, ceiling, on_scale
from newsclean.document import Document
from newsclean.errors import ExtractorError
from newsclean.extractors import base
from newsclean.extractors.base import Candidate, Extractor
from newsclean.extractors.items import PRICED_RULES
from newsclean.normalize.text import word_key
from newsclean.profiles import Profile, profile_for

# Chain-level names for a plug-in with options, usable wherever a name is.
PRESETS: dict[str, tuple[str, dict[str, Any]]] = {
    "trafilatura-fast": ("trafilatura", {"fast": True}),
    # A shop's grid of priced tiles, and nothing else (`ItemRules.min_price_share`).
    "priced-items": ("items", {"rules": PRICED_RULES}),
}
# Chosen by `python -m benchmarks.calibrate --folds DIR --sweep` on the tune halves of the
# dev sets (README, "Why this default chain"): density answers alone when the F1 it expects,
# on the common scale of `newsclean.calibration` (density's curve measured out of fold),
# reaches the threshold; otherwise `embedded` looks for a body held only in the page's
# scripts (it answers only then), then `priced-items` for a shop's grid of priced tiles (it
# answers only then: docs/chain.md, "Listings and collections"), then trafilatura without
# its own fallbacks runs, and the answer with the higher expected F1 wins.
DEFAULT_EXTRACTORS: tuple[str, ...] = (
    "density", "embedded", "priced-items", "trafilatura-fast"
)
DEFAULT_THRESHOLD = 0.35
# A confident answer holding under half of the page's prose runs the rest of the chain,
# and a later answer replaces it when more confident and two to five times as long
# (`FirstConfident`). Chosen on the tune halves out of fold (each tune page's density
# scored by a fold model that never saw its site), confirmed on the check halves
# (docs/chain.md, "Confident fragments").
FRAGMENT_COVER = 0.5
FRAGMENT_GROWTH = (2.0, 5.0)
# ... and only when the text its extractor has not ruled out holds 1.5 times its words
# (`Candidate.reach`): a fuller answer needs twice, and under 1.5 times it would be mostly
# text the scorer is sure is not content. On the tune halves, out of fold and as shipped,
# no page a fuller answer improved is under 1.5 (the lowest, 1.64); a third of the pages
# that ran trafilatura-fast for the rule are (docs/chain.md, "Confident fragments").
FRAGMENT_REACH = 1.5
# ... and only when the answer's expected F1 is under 0.65. Stop 76's census of the fallback
# (docs/benchmarks.md, "Stop 76: the fallback's cost and gain"): on the tune halves out of
# fold, trafilatura-fast replaced no fragment density expected 0.6 or more of (the highest
# it replaced, 0.595; 18 runs at 0.6 or more, none taken); the check halves agree (the
# highest replaced, 0.50; 18 runs, none taken). The cut sits above the highest replaced.
FRAGMENT_DOUBT = 0.65


def scaled(candidate: Candidate) -> Candidate:
    """The candidate with its confidence on the common scale (`newsclean.calibration`):
    the text F1 its extractor's confidence predicts. Policies compare these. An answer
    with no blocks predicts nothing: its F1 is 0, whatever the curve's floor (trafilatura's
    lowest confidence reads as about 0.4, the F1 of its short answers)."""
    confidence = on_scale(candidate.extractor, candidate.confidence) if candidate.blocks else 0.0
    if confidence == candidate.confidence:
        return candidate
    return replace(candidate, confidence=confidence)


class Policy(Protocol):
    """Decides which extractors run on a page and which answer is returned."""

    @property
    def name(self) -> str: ...

    def run(self, extractors: Sequence[Extractor], doc: Document) -> Candidate: ...


@dataclass(frozen=True)
class FirstConfident:
    """Run extractors in order; stop at the first whose confidence (on the common scale)
    reaches `threshold`, unless that answer may be a fragment.

    When none does, the most confident candidate seen is returned.

    A confident answer that holds under `fragment_cover` of the page's prose (its
    `Candidate.prose_cover`), on a page whose text not ruled out holds `fragment_reach`
    times its words or more (its `Candidate.reach`), and whose confidence is under
    `fragment_doubt`, may be a fragment whose confidence
    does not see what it left out (a page-builder's sections or an FAQ beside the kept
    text, a thread's replies):
    the later extractors run too, and the first of them that is more confident and holds
    between `fragment_growth` times its words (low, high) replaces it. Both signals are
    needed: a low cover alone is also a story among teasers and comments, and a more
    confident but not much longer answer is the same text read another way. Much longer
    is the page around the fragment (a gallery's captions, menus and listings that
    trafilatura-fast, whose length-based confidence saturates, reads as a body). Without
    the reach, a fuller answer would be mostly what the first extractor is sure is not
    content: the later ones are not asked.
    """

    threshold: float = DEFAULT_THRESHOLD
    name: str = "first-confident"
    fragment_cover: float = FRAGMENT_COVER
    fragment_growth: tuple[float, float] = FRAGMENT_GROWTH
    fragment_reach: float = FRAGMENT_REACH
    fragment_doubt: float = FRAGMENT_DOUBT

    def run(self, extractors: Sequence[Extractor], doc: Document) -> Candidate:
        best: Candidate | None = None
        fragment: Candidate | None = None
        for extractor in extractors:
            if fragment is not None and not self.may_outgrow(extractor.name, fragment):
                continue
            candidate = scaled(extractor.extract(doc))
            if fragment is not None:
                if self._outgrows(candidate, fragment):
                    return candidate
                continue
            if candidate.confidence >= self.threshold:
                if not self.may_be_fragment(
                    candidate.prose_cover, candidate.reach, candidate.confidence
                ):
                    return candidate
                fragment = candidate
                continue
            if best is None or candidate.confidence > best.confidence:
                best = candidate
        return fragment or best or Candidate(extractor="none")

    def may_be_fragment(self, cover: float, reach: float, confidence: float) -> bool:
        """Whether a confident answer of this prose cover, reach and confidence (on the
        common scale) may be a fragment of a fuller reading: it leaves most of the prose,
        the page holds text beyond it that its extractor has not ruled out, and it is not
        so sure of itself that no fuller reading has replaced such an answer on a site
        nobody tuned on (`fragment_doubt`; also what `benchmarks.calibrate` replays)."""
        return (
            cover < self.fragment_cover
            and reach >= self.fragment_reach
            and confidence < self.fragment_doubt
        )

    @staticmethod
    def may_outgrow(extractor: str, fragment: Candidate) -> bool:
        """Whether an answer of `extractor` can replace `fragment` at all, asked before it
        runs: only a confidence on the common scale can (`_outgrows`), and none above the
        extractor's curve's ceiling (trafilatura's: 0.895). A fragment's later extractors
        are otherwise run for nothing (`embedded` and `items` have no curve; stop 76: the
        fragment rule's runs of them on every fragment, and of trafilatura-fast on
        fragments of 0.895 or more, bought nothing by construction)."""
        top = ceiling(extractor)
        return top is not None and top > fragment.confidence

    def _outgrows(self, candidate: Candidate, fragment: Candidate) -> bool:
        """Whether `candidate` is the fuller reading of a page where `fragment` may be a
        part: more confident, and `fuller` in words. Only a confidence on the common scale
        (`calibrated`) says more confident: one on its extractor's own scale (`items`:
        0.5 and up) would replace every fragment it outgrows in words."""
        return (
            calibrated(candidate.extractor)
            and candidate.confidence > fragment.confidence
            and self.fuller(candidate.word_count, fragment.word_count)
        )

    def fuller(self, words: int, fragment_words: int) -> bool:
        """Whether an answer of `words` words is within `fragment_growth` times a
        fragment's: its fuller reading, not the same text again nor the page around it
        (also what `benchmarks.calibrate` replays)."""
        low, high = self.fragment_growth
        return low * fragment_words <= words <= high * fragment_words


@dataclass(frozen=True)
class BestConfidence:
    """Run every extractor and keep the most confident candidate (first wins ties)."""

    name: str = "best"

    def run(self, extractors: Sequence[Extractor], doc: Document) -> Candidate:
        candidates = [scaled(e.extract(doc)) for e in extractors]
        if not candidates:
            return Candidate(extractor="none")
        return max(candidates, key=lambda c: c.confidence)


@dataclass(frozen=True)
class Vote:
    """Block-level majority vote: keep a block that more than half the extractors return.

    Blocks are matched by their normalised words. Order follows the first extractor's
    output, then blocks that only later extractors found, in their order.
    """

    name: str = "vote"

    def run(self, extractors: Sequence[Extractor], doc: Document) -> Candidate:
        candidates = [scaled(e.extract(doc)) for e in extractors]
        if not candidates:
            return Candidate(extractor="none")
        votes: dict[str, int] = {}
        for cand in candidates:
            for key in {word_key(b.text) for b in cand.blocks}:
                votes[key] = votes.get(key, 0) + 1
        quorum = len(candidates) / 2
        blocks, seen = [], set()
        for cand in candidates:
            for block in cand.blocks:
                key = word_key(block.text)
                if key and votes[key] > quorum and key not in seen:
                    seen.add(key)
                    blocks.append(block)
        confidence = sum(c.confidence for c in candidates) / len(candidates)
        names = "+".join(c.extractor for c in candidates)
        return Candidate(extractor=f"vote({names})", blocks=tuple(blocks), confidence=confidence)


POLICIES: dict[str, type[FirstConfident] | type[BestConfidence] | type[Vote]] = {
    "first-confident": FirstConfident,
    "best": BestConfidence,
    "vote": Vote,
}
DEFAULT_POLICY = "first-confident"


def get_extractor(name: str) -> Extractor:
    """A plug-in by registry name, or by a preset name such as "trafilatura-fast"."""
    if name in PRESETS:
        target, options = PRESETS[name]
        return base.get(target, **options)
    names = base.available()
    if name not in names:  # the list a user picks from includes the presets
        raise ExtractorError(
            f"no extractor named {name!r}; available: {', '.join(sorted([*names, *PRESETS]))}"
        )
    return base.get(name)


def get_policy(policy: str | Policy | None) -> Policy:
    """A policy object from its name (or the object itself)."""
    if policy is None:
        policy = DEFAULT_POLICY
    if isinstance(policy, str):
        try:
            return POLICIES[policy]()
        except KeyError:
            raise ExtractorError(
                f"no policy named {policy!r}; available: {', '.join(POLICIES)}"
            ) from None
    return policy


class Chain:
    """Extractors run under a policy; built once and reused across pages.

    The default chain (no extractors given) follows page-type profiles
    (`newsclean.profiles`): on a page sure to be of a profiled type, the profile's extractors
    run instead. `wrap` is applied to every extractor a profile brings (the pipeline guards
    them as it guards the chain's own).
    """

    def __init__(
        self,
        extractors: Sequence[str | Extractor] | None = None,
        policy: str | Policy | None = None,
    ) -> None:
        names = extractors if extractors is not None else DEFAULT_EXTRACTORS
        self.extractors: list[Extractor] = [
            get_extractor(e) if isinstance(e, str) else e for e in names
        ]
        if not self.extractors:
            raise ExtractorError("a chain needs at least one extractor")
        self.policy = get_policy(policy)
        self.follows_profiles = extractors is None and policy is None
        self.wrap: Callable[[Extractor], Extractor] = lambda e: e
        self._profiled: dict[Profile, Chain] = {}

    def for_page(self, doc: Document) -> Chain:
        """The chain that runs on this page: this one, or its page type's profile."""
        profile = profile_for(doc) if self.follows_profiles else None
        if profile is None:
            return self
        chain = self._profiled.get(profile)
        if chain is None:
            chain = Chain(profile.extractors, profile.policy)
            chain.extractors = [self.wrap(e) for e in chain.extractors]
            self._profiled[profile] = chain
        return chain

    def run(self, doc: Document) -> Candidate:
        chain = self.for_page(doc)
        return chain.policy.run(chain.extractors, doc)

    def __repr__(self) -> str:
        names = ", ".join(e.name for e in self.extractors)
        return f"Chain([{names}], policy={self.policy.name!r})"
