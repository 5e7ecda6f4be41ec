"""Stories: articles in time order join the most similar open story or open a new one.

An article is a TF-IDF vector of its terms (``features.py``); a story is the
mean of its members. An article joins the best story whose cosine similarity
reaches the threshold and whose newest article is within the time window;
otherwise it opens a story, which keeps that article's id. Dates known only to
the month ("2026-03") do not restrict the window. Copies found by
``dedupe`` join the story of their original.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np

from lagebild.config import ClusterConfig
from lagebild.group.features import terms
from lagebild.group.tfidf import tfidf_matrix
from lagebild.group.timekey import parse_published
from lagebild.ids import story_id
from lagebild.records import Analysis, Story


@dataclass
class _OpenStory:
    id: str
    members: list[str]
    total: np.ndarray
    newest: datetime | None
    copies: list[str] = field(default_factory=list)

    def similarity(self, vector: np.ndarray) -> float:
        norm = float(np.linalg.norm(self.total))
        return float(self.total @ vector) / norm if norm else 0.0


def _day_precise(published: str | None) -> datetime | None:
    """A publication time usable for the time window: only dates known to the day count."""
    return parse_published(published) if published and len(published) >= 10 else None


def cluster(
    analyses: Sequence[Analysis], duplicates: dict[str, str], config: ClusterConfig
) -> list[Story]:
    """Stories over ``analyses`` (in time order); ``duplicates`` maps copy id to original id."""
    originals = [a for a in analyses if a.article.id not in duplicates]
    if not originals:
        return []
    vectors = tfidf_matrix([terms(a) for a in originals])
    window = timedelta(days=config.window_days)
    stories: list[_OpenStory] = []
    home: dict[str, _OpenStory] = {}
    for analysis, vector in zip(originals, vectors, strict=True):
        moment = _day_precise(analysis.article.published)
        best, best_similarity = None, config.threshold
        for story in stories:
            if moment and story.newest and moment - story.newest > window:
                continue
            similarity = story.similarity(vector)
            if similarity >= best_similarity:
                best, best_similarity = story, similarity
        if best is None:
            best = _OpenStory(story_id(analysis.article.id), [], np.zeros_like(vector), moment)
            stories.append(best)
        best.members.append(analysis.article.id)
        best.total = best.total + vector
        if moment and (best.newest is None or moment > best.newest):
            best.newest = moment
        home[analysis.article.id] = best
    for copy, original in duplicates.items():
        home[original].copies.append(copy)
    order = {a.article.id: i for i, a in enumerate(analyses)}
    return [
        Story(s.id, tuple(sorted(s.members + s.copies, key=order.__getitem__))) for s in stories
    ]
