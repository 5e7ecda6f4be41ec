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


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in."""
    words = _WORD.findall(text[:5000].lower())
    if len(words) >= 30:
        shares = {
            code: sum(w in vocabulary for w in words) / len(words)
            for code, vocabulary in _function_words().items()
        }
        first, second = sorted(shares, key=shares.__getitem__, reverse=True)
        if shares[first] >= _CLEAR_SHARE and shares[second] <= shares[first] / 4:
            return first
    import py3langid

    language, _ = py3langid.classify(text[:5000])
    return str(language)
