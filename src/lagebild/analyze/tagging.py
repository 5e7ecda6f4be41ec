"""Part-of-speech tags and lemmas, one cached analysis per word form.

German goes through HanTa (STTS tags, including NE for proper nouns); its
per-sentence HMM is too slow for news volumes, so each distinct word form is
analysed once and the result reused. Other languages get simplemma lemmas and
a tag from the shape of the word.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import metadata
from typing import Any

import simplemma

from lagebild.analyze import tagcache

_HANTA_MODEL = "morphmodel_ger.pgz"


@cache
def _hanta() -> Any:
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger(_HANTA_MODEL)


class _GermanLexicon:
    """HanTa analyses by word form, backed by the on-disk cache."""

    def __init__(self) -> None:
        self.path = tagcache.cache_file(f"hanta-{metadata.version('HanTa')}.json")
        self.entries = tagcache.load(self.path)
        self.added = 0

    def get(self, form: str) -> tuple[str, str]:
        found = self.entries.get(form)
        if found is None:
            lemma, tag = _hanta().analyze(form, taglevel=1)
            found = self.entries[form] = (str(lemma), str(tag))
            self.added += 1
        return found

    def flush(self) -> None:
        if self.added:
            tagcache.save(self.path, self.entries)
            self.added = 0


@cache
def _lexicon() -> _GermanLexicon:
    return _GermanLexicon()


class _KnownWords:
    """Whether simplemma's dictionary knows a word, remembered on disk like the tags:
    loading the German dictionary takes a second, and the words asked about repeat."""

    def __init__(self) -> None:
        self.path = tagcache.cache_file(f"known-{metadata.version('simplemma')}.json")
        raw = tagcache.read_json(self.path)
        self.entries: dict[str, bool] = (
            {str(k): bool(v) for k, v in raw.items()} if isinstance(raw, dict) else {}
        )
        self.added = 0

    def get(self, word: str, language: str) -> bool:
        key = f"{language}:{word}"
        found = self.entries.get(key)
        if found is None:
            found = self.entries[key] = bool(simplemma.is_known(word, lang=language))
            self.added += 1
        return found

    def flush(self) -> None:
        if self.added:
            tagcache.write_json(self.path, self.entries)
            self.added = 0


@cache
def _known_words() -> _KnownWords:
    return _KnownWords()


def known_word(word: str, language: str) -> bool:
    """Whether ``word`` (lower case) is a word of ``language`` in simplemma's dictionary."""
    return _known_words().get(word, language)


def flush_cache() -> None:
    """Write new analyses to the on-disk cache (the pipeline calls this after a run)."""
    if _lexicon.cache_info().currsize:
        _lexicon().flush()
    if _known_words.cache_info().currsize:
        _known_words().flush()


@lru_cache(maxsize=500_000)
def _other(form: str, language: str) -> tuple[str, str]:
    lemma = simplemma.lemmatize(form, lang=language)
    if form[:1].isdigit():
        tag = "CARD"
    elif not form[:1].isalnum():
        tag = "$."
    elif form[:1].isupper():
        tag = "NE" if lemma[:1].isupper() else "NN"
    else:
        tag = "X"
    return lemma, tag


def tag(form: str, language: str, kind: str) -> tuple[str, str]:
    """(lemma, STTS-like tag) of one token; ``kind`` is the tokenizer's class."""
    if kind in ("number", "ordinal", "date", "time"):
        return form, "CARD"
    if kind in ("symbol", "emoticon"):
        return form, "$."
    if kind in ("URL", "email_address"):
        return form, "XY"
    if language == "de":
        return _lexicon().get(form)
    return _other(form, language if language in _SIMPLEMMA_LANGUAGES else "en")


_SIMPLEMMA_LANGUAGES = frozenset(
    [
        "ast",
        "bg",
        "ca",
        "cs",
        "cy",
        "da",
        "de",
        "el",
        "en",
        "enm",
        "es",
        "et",
        "fa",
        "fi",
        "fr",
        "ga",
        "gd",
        "gl",
        "gv",
        "hbs",
        "hi",
        "hu",
        "hy",
        "id",
        "is",
        "it",
        "ka",
        "la",
        "lb",
        "lt",
        "lv",
        "mk",
        "ms",
        "nb",
        "nl",
        "nn",
        "pl",
        "pt",
        "ro",
        "ru",
        "se",
        "sk",
        "sl",
        "sq",
        "sv",
        "sw",
        "tl",
        "tr",
        "uk",
    ]
)
