"""Sentences and tokens with SoMaJo, which knows German ordinals, dates and abbreviations."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True, slots=True)
class RawToken:
    text: str
    start: int
    end: int
    kind: str  # SoMaJo's token class: regular, number, ordinal, date, symbol, URL, ...


@dataclass(frozen=True, slots=True)
class RawSentence:
    start: int
    end: int
    tokens: tuple[RawToken, ...]


@cache
def _tokenizer(language: str) -> Any:
    from somajo import SoMaJo

    model = "en_PTB" if language == "en" else "de_CMC"
    return SoMaJo(model, split_camel_case=False, character_offsets=True)


def split_sentences(text: str, language: str) -> list[RawSentence]:
    """Sentences of ``text``; paragraphs (blank-line separated) never share a sentence."""
    tokenizer = _tokenizer(language)
    sentences: list[RawSentence] = []
    offset = 0
    for paragraph in text.split("\n\n"):
        if paragraph.strip():
            for sentence in tokenizer.tokenize_text([paragraph]):
                tokens = tuple(
                    RawToken(
                        token.text,
                        offset + token.character_offset[0],
                        offset + token.character_offset[1],
                        token.token_class,
                    )
                    for token in sentence
                )
                if tokens:
                    sentences.append(RawSentence(tokens[0].start, tokens[-1].end, tokens))
        offset += len(paragraph) + 2
    return sentences
