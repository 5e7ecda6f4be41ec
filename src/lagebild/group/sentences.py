"""Sentence vectors for one story: TF-IDF over content lemmas, entity names and numbers.

Entities count under the story's canonical name, so "Charkow" in one report and
"Charkiw" in another, or "Scholz" and "Olaf Scholz", are one term. Without the numbers,
two sentences that say the same thing with different figures are as close as their words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from lagebild.analyze.variants import canonical_names
from lagebild.group.features import CONTENT_TAGS
from lagebild.group.tfidf import tfidf_matrix
from lagebild.records import Analysis, EntityType, Sentence

Names = Mapping[tuple[str, EntityType], str]


def sentence_terms(
    analysis: Analysis,
    sentence: Sentence,
    names: Names | None = None,
    numbers: bool = True,
    start: int = 0,
) -> Counter[str]:
    """The sentence's terms; with ``start``, only those from that text offset on."""
    counts: Counter[str] = Counter(
        t.lemma.lower()
        for t in sentence.tokens
        if t.pos in CONTENT_TAGS and len(t.lemma) > 2 and t.lemma.isalpha() and t.start >= start
    )
    counts.update(
        f"@{(names or {}).get((m.name, m.type), m.name).lower()}"
        for m in analysis.mentions
        if m.sentence == sentence.index and m.start >= start
    )
    if numbers:
        counts.update(
            f"#{q.value:g}"
            for q in analysis.quantities
            if q.sentence == sentence.index and q.value and q.start >= start
        )
    return counts


def sentence_matrix(
    items: Sequence[tuple[Analysis, Sentence]],
    numbers: bool = True,
    names: Names | None = None,
) -> np.ndarray:
    """Unit-length TF-IDF vectors, one row per (article, sentence); ``names`` are the
    story's canonical names when already known."""
    if names is None:
        analyses = {id(a): a for a, _ in items}.values()
        names = canonical_names([m for a in analyses for m in a.mentions])
    return tfidf_matrix([sentence_terms(a, s, names, numbers) for a, s in items])
