"""jusText's stoplists, read once each: the density rules' stopword counts and the
gazetteer's function words share them; the page language they tell (`text_language`); and
how words are counted in text written with or without spaces (`word_count`)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

LANGUAGES: dict[str, str] = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "pl": "Polish", "sv": "Swedish",
    "da": "Danish", "nb": "Norwegian_Bokmal", "no": "Norwegian_Bokmal", "fi": "Finnish",
    "cs": "Czech", "tr": "Turkish", "id": "Indonesian", "ro": "Romanian", "hu": "Hungarian",
    "uk": "Ukrainian",
}
"""Stoplists (jusText's, shipped with the justext package) by ISO 639-1 code: tried in this
order for a page without a known `lang`; the page's `lang` is tried first otherwise."""
MIN_STOPWORD_SHARE = 0.15
"""Running text in any of these languages has well over this share of stopwords (English
prose ~0.4-0.5 with jusText's lists); a page below it is in another language."""
CLEAR_STOPWORD_SHARE = 0.3
"""At or above this share the language is clear (others share few stopwords)."""
MAX_CHARS_PER_TOKEN = 15
"""Spaced scripts average ~6 characters per token; far above this, the text is unspaced."""
SAMPLE_WORDS = 200
"""Words of the page's longest texts read to tell its language."""


_UNSPACED_RANGES = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff"
)
"""Letters of the scripts written without spaces between words: Thai and Lao, Myanmar,
Khmer, Japanese kana, Chinese characters (Hangul is written with spaces)."""
UNSPACED_LETTERS = re.compile(f"[{_UNSPACED_RANGES}]+")
"""A run of those letters (`spacing` asks it of the two characters at a join)."""
_OTHER_RUNS = re.compile(f"[^{_UNSPACED_RANGES}]+")
"""Runs of every other character: what is left once they are removed is the letters of
`_UNSPACED_RANGES`. `re` reads a run of a negated set in one tight loop; searching for the
set's own letters tried a match at every position of a text that holds none (nearly every
text that is not ASCII: curly quotes, accents), twice the instructions."""


def unspaced(text: str, tokens: int | None = None) -> bool:
    """Whether `text` is written without spaces between words (Chinese, Japanese, Thai): more
    than `MAX_CHARS_PER_TOKEN` characters per space-separated token, or mostly letters of
    those scripts (`_UNSPACED_RANGES`: a line of ten Chinese characters is five words, not
    one); never ASCII (where long tokens are URLs and codes). The one test every reader
    that counts words asks. `tokens`: its space-separated tokens, where the caller has
    counted them."""
    if text.isascii():
        return False
    count = len(text.split()) if tokens is None else tokens
    if len(text) > MAX_CHARS_PER_TOKEN * max(count, 1):
        return True
    letters = len(_OTHER_RUNS.sub("", text))  # the letters of the unspaced scripts
    return 2 * (len(text) - letters) < len(text)


CHARS_PER_WORD_UNSPACED = 2
"""Characters counted as one word in text written without spaces (`word_count`)."""


def word_count(text: str, tokens: int | None = None) -> int:
    """Words of `text` as every reader in newsclean counts them: space-separated tokens, or
    for text written without spaces (`unspaced`) one word per `CHARS_PER_WORD_UNSPACED`
    characters, or a Japanese paragraph of 500 characters reads as one word against every
    word threshold (and a user's filter on `Article.word_count`).
    `tokens`: the tokens, where the caller knows them (in whitespace-normalised text, its
    spaces + 1, without splitting it)."""
    words = len(text.split()) if tokens is None else tokens
    if unspaced(text, words):
        return len(text) // CHARS_PER_WORD_UNSPACED
    return words


@lru_cache(maxsize=32)
def stoplist(language: str) -> frozenset[str]:
    """jusText's stoplist for `language` (its file name, e.g. "English"), lower-cased.

    The file is read where the package lies, without importing `justext` (its import
    compiles its parser's regexes, four times the cost of reading all the lists).
    """
    spec = find_spec("justext")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    for folder in folders:
        path = Path(folder) / "stoplists" / f"{language}.txt"
        if path.is_file():
            words = path.read_text(encoding="utf-8").splitlines()
            return frozenset(w.lower() for w in words)
    import justext  # an unusual installation (a zip): let jusText find its own data

    return frozenset(w.lower() for w in justext.get_stoplist(language))


def sample_words(texts: list[str]) -> list[str]:
    """The first `SAMPLE_WORDS` words of `texts`, lower-cased, on which both readers of a
    page's language count stopwords; none for text written without spaces (Chinese,
    Japanese), to which no stoplist applies."""
    sample = " ".join(texts)
    if unspaced(sample):
        return []
    return sample.lower().split()[:SAMPLE_WORDS]


def stopword_hits(words: list[str], language: str) -> int:
    """How many of `words` are in `language`'s stoplist (a jusText file name)."""
    stop = stoplist(language)
    return sum(1 for w in words if w in stop)


CLEAR_SHARE = 0.2
"""Share of a sample's words in a stoplist from which `clear_language` names its language."""
CLEAR_WORDS = 30
"""Words a sample needs at least for `clear_language` to name its language."""
CLEAR_MARGIN = 1.5
"""How many times the runner-up's share the best stoplist's must be for `clear_language`:
English prose with few stopwords matches Finnish's list nearly as well as English's."""


def clear_language(texts: list[str]) -> str | None:
    """The ISO 639-1 code of the stoplist language `texts` are clearly written in (its
    stopwords `CLEAR_SHARE` of the words or more, `CLEAR_MARGIN` times the next language's),
    else None: a page's language without a declaration or a language model. On the tune
    halves' 866 pages that declare one of `LANGUAGES`, it named 417 and differed from the
    declaration on 3 (two German pages declaring English, an Indonesian one)."""
    words = sample_words(texts)
    if len(words) < CLEAR_WORDS:
        return None
    shares: dict[str, tuple[int, str]] = {}
    for code, language in LANGUAGES.items():
        if language not in shares:
            shares[language] = (stopword_hits(words, language), code)
    (best, code), (second, _) = sorted(shares.values(), reverse=True)[:2]
    if best < CLEAR_SHARE * len(words) or best < CLEAR_MARGIN * second:
        return None
    return code


def text_language(texts: list[str], declared: str | None = None) -> str | None:
    """The ISO 639-1 code of the stoplist language `texts` are written in: `declared` (a
    `lang` value) if the text fits it, else the best-matching one, else None (an unspaced
    script, or no list fits). `texts` are the page's longest texts, longest first."""
    words = sample_words(texts)
    if not words:
        return None  # unspaced script (Chinese, Japanese): no stoplist applies
    needed = MIN_STOPWORD_SHARE * len(words)
    lang = (declared or "").strip().lower()[:2]
    if lang in LANGUAGES and stopword_hits(words, LANGUAGES[lang]) >= needed:
        return lang
    best, best_hits = None, 0
    tried: set[str] = set()
    for code, language in LANGUAGES.items():
        if language in tried:
            continue
        tried.add(language)
        hits = stopword_hits(words, language)
        if hits > best_hits:
            best, best_hits = code, hits
        if hits >= CLEAR_STOPWORD_SHARE * len(words):
            break  # clearly this language: no need to load and try the others
    return best if best_hits >= needed else None
