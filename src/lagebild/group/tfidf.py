"""TF-IDF vectors from term counts (sublinear tf, smoothed idf, unit rows), in plain NumPy."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np


def tfidf_matrix(documents: Sequence[Counter[str]]) -> np.ndarray:
    """One unit-length row per document; an empty document is a zero row."""
    vocabulary: dict[str, int] = {}
    for counts in documents:
        for term in counts:
            vocabulary.setdefault(term, len(vocabulary))
    matrix = np.zeros((len(documents), max(len(vocabulary), 1)))
    for row, counts in enumerate(documents):
        for term, count in counts.items():
            if count > 0:
                matrix[row, vocabulary[term]] = 1.0 + math.log(count)
    frequency = np.count_nonzero(matrix, axis=0)
    matrix *= np.log((1 + len(documents)) / (1 + frequency)) + 1.0
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    unit: np.ndarray = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)
    return unit
