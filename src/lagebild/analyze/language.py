"""Language identification.

Most input is German or English, and for those the share of their commonest
function words decides at once. Anything less clear goes to py3langid's bundled
model (which takes about half a second to load, so it is loaded only then).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

_WORD = re.compile(r"[a-zäöüß]+")


@cache
def _function_words() -> dict[str, frozenset[str]]:
    raw = resources.files("lagebild.analyze").joinpath("function_words.toml").read_text()
    return {code: frozenset(words) for code, words in tomllib.loads(raw).items()}


# A language is taken without the model when its function words make up at least
# this share of the words and the other's at most a quarter of that.
_CLEAR_SHARE = 0.12


def _by_function_words(words: list[str]) -> tuple[str | None, dict[str, float]]:
    """The language the function words clearly show (or None), and each language's share."""
    shares = {
        code: sum(w in vocabulary for w in words) / len(words)
        for code, vocabulary in _function_words().items()
    }
    first, second = sorted(shares, key=shares.__getitem__, reverse=True)
    clear = shares[first] >= _CLEAR_SHARE and shares[second] <= shares[first] / 4
    return (first if clear else None), shares


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in."""
    words = _WORD.findall(text[:5000].lower())
    if len(words) >= 30:
        clear, _ = _by_function_words(words)
        if clear:
            return clear
    import py3langid

    language, _ = py3langid.classify(text[:5000])
    return str(language)


# A passage shorter than this many words is not judged: too little to tell.
PASSAGE_MIN_WORDS = 8
# A passage is taken to be in the article's language when that language's function
# words make up at least this share of it (and no other language's clearly more).
_PLAUSIBLE_SHARE = 0.05


def passage_language(text: str, article_language: str) -> str:
    """The language of one paragraph of an article written in ``article_language``.

    Cheap for the common case: a paragraph in German or English is recognised from
    its function words; only a paragraph that is neither, in an article in another
    language, or long and unclear, goes to the model.
    """
    words = _WORD.findall(text.lower())
    if len(words) < PASSAGE_MIN_WORDS:
        return article_language
    clear, shares = _by_function_words(words)
    if clear:
        return clear
    if shares.get(article_language, 0.0) >= _PLAUSIBLE_SHARE or len(words) < 2 * PASSAGE_MIN_WORDS:
        return article_language
    import py3langid

    language, _ = py3langid.classify(text)
    return str(language)
