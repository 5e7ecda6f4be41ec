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


def _analyse_german(form: str) -> tuple[str, str]:
    lemma, tag = _hanta().analyze(form, taglevel=1)
    return str(lemma), str(tag)


def _pair(value: Any) -> tuple[str, str]:
    return str(value[0]), str(value[1])


def _is_known(key: str) -> bool:
    language, _, word = key.partition(":")
    return bool(simplemma.is_known(word, lang=language))


def _lemma(key: str) -> str:
    language, _, form = key.partition(":")
    return str(simplemma.lemmatize(form, lang=language))


@cache
def _memos() -> tuple[
    tagcache.DiskMemo[tuple[str, str]], tagcache.DiskMemo[bool], tagcache.DiskMemo[str]
]:
    """HanTa analyses, simplemma's known words and its lemmas, remembered on disk:
    HanTa needs a millisecond a word form, and simplemma loads a dictionary (a second
    for German, half a second for English) before its first answer."""
    hanta, simple = metadata.version("HanTa"), metadata.version("simplemma")
    return (
        tagcache.DiskMemo(f"hanta-{hanta}.json", _analyse_german, _pair),
        tagcache.DiskMemo(f"known-{simple}.json", _is_known, bool),
        tagcache.DiskMemo(f"lemmas-{simple}.json", _lemma, str),
    )


def known_word(word: str, language: str) -> bool:
    """Whether ``word`` (lower case) is a word of ``language`` in simplemma's dictionary."""
    return _memos()[1].get(f"{language}:{word}")


def flush_cache() -> None:
    """Write new analyses to the on-disk cache (the pipeline calls this after a run)."""
    if _memos.cache_info().currsize:
        for memo in _memos():
            memo.flush()


@lru_cache(maxsize=500_000)
def _other(form: str, language: str) -> tuple[str, str]:
    lemma = _memos()[2].get(f"{language}:{form}")
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
        return _memos()[0].get(form)
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
