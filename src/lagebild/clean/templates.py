"""Per-source templates: lines an outlet puts under every article, learned from a batch.

A paragraph that stays in the body of several articles of the same source after
cleaning ("Dieser Text wurde automatisch von dpa übernommen …", a subscription
pitch no pattern knows) is that source's template, and is removed from each of
them with the reason "template".

Articles on one story from one outlet (an update, a live blog) share real
paragraphs too. A paragraph therefore counts only for articles that share no
other paragraph with each other: a template recurs across different stories.
Templates are learned within one run; a store will keep them across runs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from lagebild.clean.languages import PARAGRAPH_BREAK, other_languages
from lagebild.config import CleanConfig
from lagebild.records import Article, Removal

__all__ = ["remove_templates"]


def remove_templates(articles: list[Article], config: CleanConfig) -> list[Article]:
    """``articles`` with each source's template paragraphs moved to ``removed``."""
    by_source: defaultdict[str, list[int]] = defaultdict(list)
    for index, article in enumerate(articles):
        if article.source:
            by_source[article.source.strip().lower()].append(index)
    cleaned = list(articles)
    for indices in by_source.values():
        if len(indices) < config.template_min_articles:
            continue
        paragraphs = {i: articles[i].text.split(PARAGRAPH_BREAK) for i in indices}
        template = _template(paragraphs, config.template_min_articles)
        for i in indices:
            if template & set(paragraphs[i]):
                cleaned[i] = _without(articles[i], paragraphs[i], template, config)
    return cleaned


def _template(paragraphs: dict[int, list[str]], min_articles: int) -> set[str]:
    """Paragraphs found in at least ``min_articles`` articles that share nothing else."""
    holders: defaultdict[str, list[int]] = defaultdict(list)
    for index, texts in paragraphs.items():
        for text in set(texts):
            holders[text].append(index)
    template: set[str] = set()
    for text, indices in holders.items():
        if len(indices) < min_articles:
            continue
        distinct: list[set[str]] = []
        for index in indices:
            others = set(paragraphs[index]) - {text}
            if not any(others & seen for seen in distinct):
                distinct.append(others)
        if len(distinct) >= min_articles:
            template.add(text)
    return template


def _without(
    article: Article, paragraphs: list[str], template: set[str], config: CleanConfig
) -> Article:
    kept = [p for p in paragraphs if p not in template]
    text = PARAGRAPH_BREAK.join(kept)
    if len(text) < config.min_body_chars:
        return article  # the template would leave no article: keep it whole
    removed = [Removal(p, "template") for p in paragraphs if p in template]
    return replace(
        article,
        text=text,
        removed=(*article.removed, *removed),
        other_languages=other_languages(text, article.language) if article.language else (),
    )
