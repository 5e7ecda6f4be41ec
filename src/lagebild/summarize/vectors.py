"""Sentence vectors for one story: TF-IDF over content lemmas, entity names and numbers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from lagebild.group.features import CONTENT_TAGS
from lagebild.group.tfidf import tfidf_matrix
from lagebild.records import Analysis, Sentence


def sentence_terms(analysis: Analysis, sentence: Sentence) -> Counter[str]:
    counts: Counter[str] = Counter(
        t.lemma.lower()
        for t in sentence.tokens
        if t.pos in CONTENT_TAGS and len(t.lemma) > 2 and t.lemma.isalpha()
    )
    counts.update(f"@{m.name.lower()}" for m in analysis.mentions if m.sentence == sentence.index)
    counts.update(
        f"#{q.value:g}" for q in analysis.quantities if q.sentence == sentence.index and q.value
    )
    return counts


def sentence_matrix(items: Sequence[tuple[Analysis, Sentence]]) -> np.ndarray:
    """Unit-length TF-IDF vectors, one row per (article, sentence)."""
    return tfidf_matrix([sentence_terms(a, s) for a, s in items])
