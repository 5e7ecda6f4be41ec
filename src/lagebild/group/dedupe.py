"""Near-duplicates: copies of one report (wire syndication) are found and counted once.

Each text becomes a set of word shingles; MinHash LSH proposes candidate
pairs, and the exact shingle overlap decides:

- a copy (Jaccard >= ``threshold``) points to the earliest article of its group
  and is not an independent source;
- an article that takes over a large share of an earlier text but is mostly
  its own (containment of the earlier text >= ``derived_threshold``, Jaccard
  below ``threshold``) is *derived from* it: it stays a source of its own, and
  the relation is recorded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

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


@dataclass(frozen=True, slots=True)
class Links:
    """What dedupe found: copy id -> original id; article id -> the earlier texts it uses."""

    duplicates: dict[str, str] = field(default_factory=dict)
    derived: dict[str, tuple[str, ...]] = field(default_factory=dict)


def containment(part: set[str], whole: set[str]) -> float:
    """The share of ``part`` found in ``whole``."""
    return len(part & whole) / len(part) if part else 0.0


def find_duplicates(articles: Sequence[Article], config: DedupeConfig) -> dict[str, str]:
    """Map each copy's id to the id of the earliest article it copies."""
    return link_copies(articles, config).duplicates


def link_copies(articles: Sequence[Article], config: DedupeConfig) -> Links:
    """Copies and derived articles among ``articles`` (in time order, earliest first)."""
    hasher = MinHasher(config.num_perm)
    # Derived texts share fewer shingles than copies: the index looks that far down.
    index = LSHIndex(min(config.threshold, config.derived_threshold / 2), config.num_perm)
    sets: dict[str, set[str]] = {}
    links = Links()
    for article in articles:
        words = shingles(article.text, config.shingle_size)
        signature = hasher.signature(words)
        best_id, best = None, config.threshold
        sources: list[str] = []
        for candidate in sorted(index.query(signature)):
            other = sets[candidate]
            similarity = jaccard(words, other)
            if similarity >= best:
                best_id, best = candidate, similarity
            elif containment(other, words) >= config.derived_threshold:
                sources.append(candidate)
        if best_id is not None:
            links.duplicates[article.id] = links.duplicates.get(best_id, best_id)
        else:
            index.insert(article.id, signature)
            if sources:
                links.derived[article.id] = tuple(sources)
        sets[article.id] = words
    return links
