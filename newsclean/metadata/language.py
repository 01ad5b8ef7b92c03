"""The page's declared language, checked against the script its own text is written in.

Templates declare one language for a whole multilingual site (`<html lang="en">` on a
Korean story) or keep a theme's default. The check needs no language model: a declared
language whose script the title and description do not use is wrong (`contradicts`; Latin
letters, which brand names put in text of every script, only where they write most of it).
Another declaration of the page in the right script then wins; failing that, a script
written by one language only (Hangul, kana, Greek, Hebrew, Thai, ...) names it; otherwise
the language is unknown.

Within one script (an English theme's `lang="en"` on a German story) the script says
nothing. With the `langid` extra installed (py3langid: a small, maintained identifier of 97
languages, numpy only, about 0.3 ms a page once its model is loaded), the page's longest text
is identified too; a confident identification that contradicts the declaration wins, and
it names the language of a page that declares none. Without the extra, an undeclared page
in one of the stoplist languages is named by its stopwords where they clearly tell
(`stoplists.clear_language`), and Chinese characters without kana or Hangul as Chinese.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

SCRIPT_LANGUAGES: dict[str, frozenset[str]] = {
    "LATIN": frozenset(),  # most languages: any but those of other scripts (`fits`)
    "CYRILLIC": frozenset(
        ["ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg", "ba", "tt", "cv", "ce"]
    ),
    "ARABIC": frozenset(["ar", "fa", "ur", "ps", "ku", "sd", "ug", "ks"]),
    "HEBREW": frozenset(["he", "iw", "yi"]),
    "GREEK": frozenset({"el"}),
    "HANGUL": frozenset({"ko"}),
    "JAPANESE": frozenset({"ja"}),  # kana, and the kanji written among it (`script_counts`)
    "CJK": frozenset(["zh", "ja", "ko", "yue"]),
    "THAI": frozenset({"th"}),
    "DEVANAGARI": frozenset(["hi", "mr", "ne", "sa"]),
    "BENGALI": frozenset({"bn", "as"}),
    "GEORGIAN": frozenset({"ka"}),
    "ARMENIAN": frozenset({"hy"}),
    "TAMIL": frozenset({"ta"}),
    "ETHIOPIC": frozenset({"am", "ti"}),
    "MALAYALAM": frozenset({"ml"}),
    "TELUGU": frozenset({"te"}),
    "KANNADA": frozenset({"kn"}),
    "GUJARATI": frozenset({"gu"}),
    "GURMUKHI": frozenset({"pa"}),
    "ORIYA": frozenset({"or"}),
    "SINHALA": frozenset({"si"}),
    "KHMER": frozenset({"km"}),
    "LAO": frozenset({"lo"}),
    "MYANMAR": frozenset({"my"}),
    "TIBETAN": frozenset({"bo", "dz"}),
}
"""Scripts (as the first word of Unicode character names) and the languages written in
them; Latin is left open."""
MIN_LETTERS = 12
"""Fewer letters than this decide nothing."""
MIN_SHARE = 0.5
"""Share of the letters a script needs to be the text's."""
MIN_OWN_LETTERS = 2
"""Letters of a declared language's own script that keep its declaration, whatever else the
text holds (`contradicts`): a word ("обзор", "中国", "삼성"); one may be a symbol ("β")."""
KANA = ("HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "HALFWIDTH KATAKANA")
"""Unicode names of the kana start so (the last two: the long-vowel mark "ー", the
half-width forms)."""


_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
"""The ASCII characters that are not letters (every ASCII letter is a Latin one)."""


def script_counts(text: str) -> Counter[str]:
    """The text's letters by script (the first word of their Unicode names; `KANA` as
    "KANA"). Japanese writes its kanji among kana, which no other language writes: where
    kana is present at all, kana and kanji count together as "JAPANESE". Apart, a headline
    of kanji, hiragana and katakana had no script over half its letters, and kana among a
    kanji majority read as Chinese.

    ASCII text, on most pages, is Latin: its letters counted in C, without looking up each
    character's Unicode name."""
    if text.isascii():
        return Counter({"LATIN": len(text.encode("ascii").translate(None, _NOT_LETTERS))})
    counts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            counts["KANA" if name.startswith(KANA) else name.split(" ", 1)[0]] += 1
    if counts["KANA"]:
        counts["JAPANESE"] = counts.pop("KANA") + counts.pop("CJK", 0)
    return counts


def script_of(text: str) -> str | None:
    """The script most of the text's letters are in (a key of `SCRIPT_LANGUAGES`), where
    it has `MIN_LETTERS` letters (`script_counts`)."""
    return _main_script(script_counts(text))


def _main_script(counts: Counter[str]) -> str | None:
    total = sum(counts.values())
    if total < MIN_LETTERS:
        return None
    script, count = counts.most_common(1)[0]
    return script if count / total >= MIN_SHARE and script in SCRIPT_LANGUAGES else None


LATIN_TOO = frozenset({"sr", "ku", "kk", "uz", "az", "tt", "mn"})
"""Languages of other scripts that are written in Latin letters too."""
NOT_LATIN = frozenset().union(*SCRIPT_LANGUAGES.values()) - LATIN_TOO


def primary_subtag(tag: str | None) -> str:
    """A BCP 47 tag's primary language subtag, lower-cased ("pt-BR" -> "pt"; "" for none)."""
    return (tag or "").split("-", 1)[0].lower()


def contradicts(tag: str, counts: Counter[str]) -> bool:
    """Whether a text's letters (`script_counts`, `MIN_LETTERS` of them at least) rule out
    a BCP 47 tag's language.

    Latin letters are in text of every script (brand names: "Apple представила iPhone 16",
    half of its letters Latin), so a language's own script present at all
    (`MIN_OWN_LETTERS`) keeps its declaration, and a language written in another script
    only is ruled out where its script is absent. A language written in Latin letters is
    ruled out only where another script writes most of the text: a Korean story under a
    site-wide `lang="en"`."""
    if sum(counts.values()) < MIN_LETTERS:
        return False
    primary = primary_subtag(tag)
    own = sum(n for script, n in counts.items() if primary in SCRIPT_LANGUAGES.get(script, ()))
    if own >= MIN_OWN_LETTERS:
        return False
    if primary in NOT_LATIN:
        return True
    script = _main_script(counts)
    return script is not None and script != "LATIN"


def checked(declared: list[str], text: str, identified: str | None = None) -> str | None:
    """The first declared tag whose language the text's scripts do not rule out
    (`contradicts`); else the language of a script only one language writes; else None.
    With too little text, the first tag.

    `identified` (the language an identifier reads in the page's text, see `identify`)
    overrules a tag of another language: a declared tag of that language is taken, else the
    identified language itself."""
    tag = _by_script(declared, text)
    if identified is None or (tag is not None and _same_language(tag, identified)):
        return tag
    return next((t for t in declared if _same_language(t, identified)), identified)


def _by_script(declared: list[str], text: str) -> str | None:
    counts = script_counts(text)
    for tag in declared:
        if not contradicts(tag, counts):
            return tag
    script = _main_script(counts)
    if script is not None and len(SCRIPT_LANGUAGES[script]) == 1:
        return next(iter(SCRIPT_LANGUAGES[script]))
    return SCRIPT_MAIN_LANGUAGE.get(script or "")


SCRIPT_MAIN_LANGUAGE = {"CJK": "zh", "HEBREW": "he"}
"""The language a text of a script that others share is written in all but always: Chinese
characters without kana (Japanese, `script_counts`) or Hangul among them; Hebrew letters
(Yiddish writes them too, on few pages)."""


CLOSE_LANGUAGES: tuple[frozenset[str], ...] = (
    frozenset({"no", "nb", "nn", "da"}),
    frozenset({"sr", "hr", "bs", "sh", "me"}),
    frozenset({"ms", "id"}),
    frozenset({"cs", "sk"}),
    frozenset({"gl", "pt"}),
    frozenset({"ca", "oc"}),
)
"""Languages an identifier confuses (or one language under two codes): a declaration of
one is not contradicted by an identification of another."""
LANGUAGE_GROUPS: dict[str, frozenset[str]] = {
    "ar": frozenset({"ar", "ary", "arz"}),
    "zh": frozenset({"zh", "wuu", "yue"}),
    "sh": frozenset({"sh", "bs", "hr", "sr"}),
    "no": frozenset({"no", "nb", "nn"}),
    "uz": frozenset({"uz", "uzs"}),
    "ku": frozenset({"ku", "ckb", "kmr", "sdh"}),
    "lv": frozenset({"lv", "ltg"}),
}
"""Macro-languages (ISO 639-3's, by their ISO 639-1 code) and the labels the identifier
gives their members: it splits one text's probability among them (plain Arabic reads as
0.97 Arabic and 0.03 Moroccan Arabic; Chinese as Mandarin, Wu and Cantonese; a Serbian
text as 0.67 Bosnian, 0.30 Croatian, 0.03 Serbian), so that no label alone reaches
`MIN_CONFIDENCE`. Summed, the group does, and names the macro-language (`_decided`).
Serbo-Croatian ("sh") is one language in three standards that differ in a few words the
identifier weighs poorly: which of them a text is written in it cannot tell, so the
group's code is the honest answer, and a page that declares one of them keeps it
(`checked`). Not Malay and Indonesian, nor Danish and Norwegian: distinct standard
languages, which a split identification leaves undecided (`CLOSE_LANGUAGES` only keeps
their declarations)."""
NO_LANGUAGE = frozenset({"la", "zxx"})
"""Identifications that name no language of the page: Latin is the placeholder text
("Lorem ipsum") of templates, `zxx` text without language (codes, numbers)."""
IDENTIFY_CHARS = 3000
"""Characters of the page's longest text the identifier reads."""
QUICK_CHARS = 300
"""Characters read first, to confirm a declaration (a quarter of the full read's time)."""
MIN_IDENTIFY_CHARS = 200
"""Less text than this is not identified."""
MIN_CONFIDENCE = 0.99
"""The identifier's probability an identification needs to overrule a declaration."""


def _same_language(tag: str, language: str) -> bool:
    primary = primary_subtag(tag)
    return primary == language or any(
        primary in group and language in group
        for group in (*CLOSE_LANGUAGES, *LANGUAGE_GROUPS.values())
    )


def _decided(ranked: Sequence[tuple[str, float]]) -> tuple[str, float]:
    """The identifier's best label and its probability; where that label alone falls short
    of `MIN_CONFIDENCE` and belongs to a `LANGUAGE_GROUPS` group, the group's
    macro-language and the probability of all its members summed."""
    language, probability = ranked[0]
    if probability >= MIN_CONFIDENCE:
        return language, probability
    macro = next((m for m, members in LANGUAGE_GROUPS.items() if language in members), None)
    if macro is None:
        return language, probability
    return macro, sum(p for label, p in ranked if label in LANGUAGE_GROUPS[macro])


def identify(text: str, declared: Sequence[str] = ()) -> str | None:
    """The ISO 639 code of the language `text` is written in, if the `langid` extra is
    installed, the text long enough and the identification confident (a macro-language's
    members counted together: `LANGUAGE_GROUPS`); else None.

    Most pages are written in the language they declare: where the text's first
    `QUICK_CHARS` characters confidently agree with a `declared` tag, that answer stands
    (the identifier's time grows with the text); any doubt reads `IDENTIFY_CHARS`."""
    sample = text[:IDENTIFY_CHARS]
    if len(sample.strip()) < MIN_IDENTIFY_CHARS:
        return None
    identifier = _identifier()
    if identifier is None:
        return None
    if declared and len(sample) > QUICK_CHARS:
        language, probability = _decided(identifier.rank(sample[:QUICK_CHARS]))
        if probability >= MIN_CONFIDENCE and any(_same_language(t, language) for t in declared):
            return str(language)
    language, probability = _decided(identifier.rank(sample))
    if probability < MIN_CONFIDENCE or language in NO_LANGUAGE:
        return None
    return str(language)


@cache
def _identifier() -> Any:
    """py3langid's identifier with probabilities, loaded once (about half a second); None
    without the extra."""
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:
        return None
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
