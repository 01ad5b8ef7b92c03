"""`CaseBlind`: an IGNORECASE pattern matched on lower-cased ASCII text must find exactly
what the pattern itself finds, in every text; `Words`' stems must change no answer."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.extractors.rules import BOILERPLATE_TEXT
from newsclean.extractors.sharing import SHARE_ENDPOINTS
from newsclean.extractors.threads import EDIT_NOTE, THREAD_CONTROLS
from newsclean.metadata.authors import LABEL_LINE
from newsclean.metadata.pagedate import AWAY
from newsclean.normalize.clutter import _CONSENT, CONSENT_PHRASES, CONSENT_STEMS
from newsclean.normalize.members import MEMBER_COUNT, MEMBER_DETAIL
from newsclean.normalize.text import CaseBlind, Words

PACKAGE = [
    BOILERPLATE_TEXT,
    SHARE_ENDPOINTS,
    EDIT_NOTE,
    MEMBER_DETAIL,
    MEMBER_COUNT,
    THREAD_CONTROLS,
    LABEL_LINE,
    AWAY,
]
SAMPLES = [
    "Advertisement",
    "  SHARE THIS ARTICLE ",
    "Read More »",
    "Posts: 9,179",
    "JOINED: Mar 2021",
    "11 Posts",
    "Last Edited By jane",
    "Reply With Quote 3",
    "Written by Jane Doe",
    "By: Jane",
    "https://www.Facebook.com/Sharer.php?u=x",
    "https://LINE.me/R/msg/text",
    "comment-list",
    "related_posts",
    "nssidebar",
    "Sponsored",
    "A sentence about advertising.",
    "",
]


def same(blind: CaseBlind, text: str) -> None:
    for method in ("match", "fullmatch", "search"):
        ours = getattr(blind, method)(text)
        theirs = getattr(blind.pattern, method)(text)
        assert (ours is None) == (theirs is None), (method, text)
        if ours is not None and theirs is not None:
            assert ours.span() == theirs.span()
            assert [g and g.lower() for g in ours.groups()] == [
                g and g.lower() for g in theirs.groups()
            ]


@pytest.mark.parametrize("blind", PACKAGE, ids=lambda b: b.pattern.pattern[:30])
@pytest.mark.parametrize("text", SAMPLES)
def test_package_patterns_match_as_themselves(blind: CaseBlind, text: str) -> None:
    same(blind, text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PACKAGE), st.sampled_from(SAMPLES), st.text(max_size=12))
def test_any_text_matches_as_with_the_pattern(blind: CaseBlind, sample: str, noise: str) -> None:
    same(blind, sample + noise)
    same(blind, noise + sample.upper())


def test_letters_with_an_ascii_partner_match_it_in_ascii_text() -> None:
    # Turkish "ı" matches "I" and "i" under IGNORECASE; so must the lower-case twin.
    blind = CaseBlind(re.compile(r"devamını\soku", re.IGNORECASE))
    assert blind.fullmatch("DEVAMINI OKU") is not None
    assert blind.fullmatch("Devamını oku") is not None
    assert CaseBlind(re.compile("ſtory", re.IGNORECASE)).search("a STORY") is not None


@pytest.mark.parametrize(
    "source",
    [
        "Advert",  # an upper-case letter
        "[a-ſ]x",  # a range holding a letter with an ASCII partner
        r"\x41d",  # an escaped letter
        "(?-i:a)d",  # case-sensitive again
    ],
)
def test_patterns_it_cannot_twin_are_refused(source: str) -> None:
    with pytest.raises(ValueError):
        CaseBlind(re.compile(source, re.IGNORECASE))


def test_a_case_sensitive_pattern_is_refused() -> None:
    with pytest.raises(ValueError):
        CaseBlind(re.compile("advert"))


def _mandatory(phrase: str) -> str:
    """`phrase` without its optional parts and its alternations: what every match holds."""
    phrase = re.sub(r"\([^()]*\)(?:\?|\{0,\d+\})|.\?", "", phrase)
    return re.sub(r"\(\?:[^()]*\|[^()]*\)", "", phrase)


def test_every_consent_phrase_holds_a_stem() -> None:
    for phrases in CONSENT_PHRASES.values():
        for phrase in phrases:
            assert any(stem in _mandatory(phrase) for stem in CONSENT_STEMS), phrase


@pytest.mark.parametrize(
    "text",
    [
        "Accept all cookies to see this video",
        "Dieser Inhalt wird von einem Drittanbieter bereitgestellt",
        "ACCEPTEZ LES COOKIES",
        "Externe Inhalte laden",
        "Manage your consent",
        "Externt innehåll",
        "ınformasjonskapsler",  # the dotless i is an "i" to IGNORECASE
        "Cooĸies",
        "A story about a third of the content",
        "Nothing here",
        "",
    ],
)
def test_stems_change_no_answer(text: str) -> None:
    with_stems = Words(re.compile(_CONSENT.pattern.pattern, re.IGNORECASE), CONSENT_STEMS)
    without = Words(re.compile(_CONSENT.pattern.pattern, re.IGNORECASE))
    assert with_stems.search(text) == without.search(text)
    assert with_stems.search(text.upper()) == without.search(text.upper())
