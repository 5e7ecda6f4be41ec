"""Near-duplicates: copies of one report (wire syndication) are found and counted once.

Each text becomes a set of word shingles; MinHash LSH proposes candidate
pairs, and the exact Jaccard similarity of the shingle sets decides. A copy
points to the earliest article of its group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lagebild.config import DedupeConfig
from lagebild.group.minhash import LSHIndex, MinHasher
from lagebild.records import Article

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def find_duplicates(articles: Sequence[Article], config: DedupeConfig) -> dict[str, str]:
    """Map each copy's id to the id of the earliest article it copies.

    ``articles`` are in time order (earliest first); ties keep input order.
    """
    hasher = MinHasher(config.num_perm)
    index = LSHIndex(config.threshold, config.num_perm)
    sets: dict[str, set[str]] = {}
    original_of: dict[str, str] = {}
    for article in articles:
        words = shingles(article.text, config.shingle_size)
        signature = hasher.signature(words)
        best_id, best = None, config.threshold
        for candidate in sorted(index.query(signature)):
            similarity = jaccard(words, sets[candidate])
            if similarity >= best:
                best_id, best = candidate, similarity
        if best_id is not None:
            original_of[article.id] = original_of.get(best_id, best_id)
        else:
            index.insert(article.id, signature)
        sets[article.id] = words
    return original_of
