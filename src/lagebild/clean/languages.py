"""Paragraphs of an article written in another language than the article."""

from __future__ import annotations

from lagebild.analyze.language import passage_language
from lagebild.records import LanguageSpan

PARAGRAPH_BREAK = "\n\n"


def other_languages(text: str, language: str) -> tuple[LanguageSpan, ...]:
    """The paragraphs of ``text`` (separated by blank lines) not written in ``language``."""
    spans: list[LanguageSpan] = []
    start = 0
    for paragraph in text.split(PARAGRAPH_BREAK):
        found = passage_language(paragraph, language)
        if found != language:
            spans.append(LanguageSpan(start, start + len(paragraph), found))
        start += len(paragraph) + len(PARAGRAPH_BREAK)
    return tuple(spans)
