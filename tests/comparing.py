"""Helpers of the comparison tests: articles analysed and compared as one story."""

from __future__ import annotations

import numpy as np

from lagebild.analyze import analyze
from lagebild.compare import Comparison, compare_story
from lagebild.records import Analysis, Article
from lagebild.summarize.vectors import sentence_matrix


def analyses_of(texts: dict[str, str], published: dict[str, str] | None = None) -> list[Analysis]:
    return [
        analyze(
            Article(
                k,
                f"{k}.txt",
                text,
                None,
                f"Zeitung {k}",
                None,
                (published or {}).get(k, "2026-05-12"),
                "en" if text.startswith("The ") else "de",
            )
        )
        for k, text in texts.items()
    ]


def compare_texts(
    texts: dict[str, str], published: dict[str, str] | None = None
) -> tuple[Comparison, list[Analysis], dict[tuple[str, int], np.ndarray]]:
    analyses = analyses_of(texts, published)
    items = [(a, s) for a in analyses for s in a.sentences]
    vectors = sentence_matrix(items)
    vectors_of = {(a.article.id, s.index): vectors[i] for i, (a, s) in enumerate(items)}
    return compare_story(analyses, vectors_of, "de"), analyses, vectors_of


def claims_of(comparison: Comparison) -> list[set[tuple[str, tuple[str, ...]]]]:
    return [{(c.text, c.citations) for c in conflict.claims} for conflict in comparison.conflicts]


def topics_of(texts: dict[str, str], published: dict[str, str] | None = None) -> list[str]:
    """The topics of the conflicts found between ``texts``."""
    comparison, _, _ = compare_texts(texts, published)
    return [conflict.topic for conflict in comparison.conflicts]
