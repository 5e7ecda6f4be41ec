"""Extractive summary: the most central sentences across sources, each citing its support.

Centrality is LexRank's: a random walk over the sentence-similarity graph in
which only sentences of *different* articles vouch for each other, so a
sentence that many sources say in their own words ranks high. Selection is
greedy by score, skipping sentences too close to one already chosen.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from lagebild.config import SummaryConfig
from lagebild.records import Analysis, Sentence

# Sentences that start like this lean on the sentence before them.
_DANGLING = re.compile(
    r"^(er|sie|es|dies|diese|dieser|dieses|das|dabei|damit|dazu|daher|deshalb|zudem|außerdem|"
    r"auch|doch|aber|jedoch|allerdings|trotzdem|dennoch|hier|dort|he|she|it|they|this|that|"
    r"these|but|however|also|there)\b",
    re.IGNORECASE,
)
_CLOSING = "“”\"»«'’)"
REDUNDANT = 0.35
DAMPING = 0.85


@cache
def _leaning() -> tuple[frozenset[str], int]:
    """Connectives that lean on the sentence before, and within how many words (data)."""
    text = resources.files("lagebild.summarize").joinpath("selection.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return frozenset(data["leaning"]), int(data["leaning_within"])


@dataclass(frozen=True, slots=True)
class Candidate:
    analysis: Analysis
    sentence: Sentence
    score: float
    support: tuple[str, ...]  # ids of the articles that say it, its own first


def usable(sentence: Sentence, config: SummaryConfig) -> bool:
    """Complete, self-contained and not too long to stand in a summary on its own."""
    text = sentence.text.strip()
    words = len(text.split())
    return (
        6 <= words <= config.max_sentence_words
        and text.rstrip(_CLOSING).endswith((".", "!", "?"))
        and _balanced_quotes(text)
        and not _DANGLING.match(text.lstrip('„"»«'))
        and not _leans_back(text)
    )


def _leans_back(text: str) -> bool:
    words, within = _leaning()
    return bool(words & {w.strip(",;:").lower() for w in text.split()[:within]})


def _balanced_quotes(text: str) -> bool:
    """A sentence that only opens or only closes a quotation is part of a longer quote."""
    low, left, right = text.count("„"), text.count("“"), text.count("”")
    curly = low == left + right if low else left == right
    return curly and text.count("«") == text.count("»") and text.count('"') % 2 == 0


def rank(
    items: Sequence[tuple[Analysis, Sentence]], vectors: np.ndarray, config: SummaryConfig
) -> list[Candidate]:
    """Every usable sentence with its centrality and the articles that support it."""
    similarity = vectors @ vectors.T
    owners = np.array([a.article.id for a, _ in items])
    cross = owners[:, None] != owners[None, :]
    graph = np.where(cross, similarity, 0.0)
    scores = _lexrank(graph)
    candidates: list[Candidate] = []
    for i, (analysis, sentence) in enumerate(items):
        if not usable(sentence, config):
            continue
        others = {str(owners[j]) for j in np.flatnonzero(graph[i] >= config.support_similarity)}
        support = (analysis.article.id, *sorted(others - {analysis.article.id}))
        candidates.append(Candidate(analysis, sentence, float(scores[i]), support))
    return candidates


def _lexrank(graph: np.ndarray) -> np.ndarray:
    n = graph.shape[0]
    if n == 0:
        return np.zeros(0)
    sums = graph.sum(axis=1, keepdims=True)
    transition = np.divide(graph, sums, out=np.full_like(graph, 1.0 / n), where=sums > 0)
    scores = np.full(n, 1.0 / n)
    for _ in range(100):
        updated = (1 - DAMPING) / n + DAMPING * (transition.T @ scores)
        if np.abs(updated - scores).sum() < 1e-9:
            break
        scores = updated
    return scores


def select(
    candidates: Sequence[Candidate],
    vectors_of: dict[tuple[str, int], np.ndarray],
    words: int,
    same_fact: Callable[[Candidate, Candidate], bool] = lambda a, b: False,
) -> list[Candidate]:
    """The best-supported, most central non-redundant sentences within ``words`` words.

    A sentence is redundant when it is too similar to one already chosen or, by
    ``same_fact``, states a value of the same slot (the same count, date or time).
    """
    ordered = sorted(
        candidates,
        key=lambda c: (-c.score * len(c.support), c.analysis.article.id, c.sentence.index),
    )
    chosen: list[Candidate] = []
    used = 0
    for candidate in ordered:
        length = len(candidate.sentence.text.split())
        if chosen and used + length > words:
            continue
        vector = vectors_of[(candidate.analysis.article.id, candidate.sentence.index)]
        if any(
            float(vector @ vectors_of[(c.analysis.article.id, c.sentence.index)]) >= REDUNDANT
            or same_fact(candidate, c)
            for c in chosen
        ):
            continue
        chosen.append(candidate)
        used += length
    return chosen
