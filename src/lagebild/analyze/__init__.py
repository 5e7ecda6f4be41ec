"""Analysis: an Article becomes an Analysis (sentences, tokens, entities, quotes, numbers, dates).

Each finder is its own module; this function runs them in order, each seeing
what the ones before found.
"""

from __future__ import annotations

from lagebild.analyze.dates import find_dates
from lagebild.analyze.entities import find_mentions, settle_types
from lagebild.analyze.quantities import find_quantities
from lagebild.analyze.quotes import find_quotes
from lagebild.analyze.sentences import split_sentences
from lagebild.analyze.tagging import flush_cache, tag
from lagebild.records import Analysis, Article, Mention, Sentence, Token

__all__ = ["analyze", "save_caches"]

save_caches = flush_cache


def analyze(article: Article) -> Analysis:
    language = article.language or "de"
    text = article.text
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    family_names: set[str] = set()
    guessed: set[int] = set()
    for index, raw in enumerate(split_sentences(text, language)):
        tokens = tuple(
            Token(t.text, *tag(t.text, language, t.kind), t.start, t.end) for t in raw.tokens
        )
        sentences.append(Sentence(index, raw.start, raw.end, text[raw.start : raw.end], tokens))
        mentions.extend(find_mentions(tokens, index, text, language, family_names, guessed))
    mentions = settle_types(mentions, guessed, text)
    dates = find_dates(text, sentences, article.published, language)
    quantities = [
        q
        for q in find_quantities(text, sentences, language)
        if not any(d.start < q.end and q.start < d.end for d in dates)
    ]
    return Analysis(
        article=article,
        language=language,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        quotes=tuple(find_quotes(text, sentences, mentions)),
        quantities=tuple(quantities),
        dates=tuple(dates),
    )
