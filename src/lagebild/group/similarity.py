"""How alike two profiles are, and why: the similarity editors would use.

    similarity = (text·cos_words + entities·cos_entities + numbers·cos_numbers
                  + dates·cos_dates − date_conflict·[both date, none shared])
                 / (1 + max(0, gap_days − grace_days) / half_life_days)
                 + dense·rescaled dense cosine            (when dense vectors are on)

Dense vectors weigh most between languages, where words and names differ
("Charkiw", "Kharkiv"); within one language the sparse evidence is sharper and
the dense cosine of two stories on one topic is already high.

clipped to [0, 1]. Every cosine weighs terms by their IDF (``idf.py``), so a
rare shared name counts for more than "Berlin". The weights live in
``similarity.toml``.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from lagebild.group.features import Profile
from lagebild.group.idf import DocumentFrequency


@dataclass(frozen=True, slots=True)
class Weights:
    text: float
    entities: float
    numbers: float
    dates: float
    date_conflict: float
    half_life_days: float
    grace_days: float
    dense: float
    dense_same_language: float
    dense_floor: float
    evidence_prior: float


@cache
def weights() -> Weights:
    data = tomllib.loads(resources.files(__package__).joinpath("similarity.toml").read_text())
    return Weights(**{name: float(value) for name, value in data.items()})


@dataclass(frozen=True, slots=True)
class Evidence:
    """The similarity of two profiles and what it rests on."""

    similarity: float
    text: float
    entities: float
    numbers: float
    dates: float
    date_conflict: bool
    gap_days: float | None
    dense: float | None
    shared_entities: tuple[str, ...]
    shared_numbers: tuple[str, ...]
    shared_dates: tuple[str, ...]


Norms = tuple[float, float, float, float]  # squared IDF-weighted norms: words, entities, ...


def squared_norm(terms: Mapping[str, float], frequency: DocumentFrequency) -> float:
    top, logs = frequency.top, frequency.logs
    return math.fsum((value * (top - logs.get(key, 0.0))) ** 2 for key, value in terms.items())


def norms(item: Profile, frequency: DocumentFrequency) -> Norms:
    """The squared norms of a profile's parts under the current IDF (worth caching for stories)."""
    return (
        squared_norm(item.words, frequency),
        squared_norm(item.entities, frequency),
        squared_norm(item.numbers, frequency),
        squared_norm(item.dates, frequency),
    )


def cosine(
    a: Mapping[str, float],
    b: Mapping[str, float],
    frequency: DocumentFrequency,
    prior: float = 0.0,
    norm_b: float | None = None,
) -> float:
    """Cosine of two term maps, each term weighted by its IDF.

    ``prior`` is added to both squared norms: thin evidence (one shared name and
    nothing else) then counts for less than the same share of rich evidence.
    ``norm_b`` is ``b``'s squared norm when the caller already knows it.
    """
    if not a or not b:
        return 0.0
    top, logs = frequency.top, frequency.logs
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    dot = 0.0
    for key, value in small.items():
        other = large.get(key)
        if other is not None:
            weight = top - logs.get(key, 0.0)
            dot += value * other * weight * weight
    if dot == 0.0:
        return 0.0
    norm_a = squared_norm(a, frequency)
    if norm_b is None:
        norm_b = squared_norm(b, frequency)
    return min(1.0, dot / math.sqrt((norm_a + prior) * (norm_b + prior)))


def gap_days(a: Profile, b: Profile) -> float | None:
    if a.published is None or b.published is None:
        return None
    return abs((a.published - b.published).total_seconds()) / 86400.0


def compare(
    a: Profile,
    b: Profile,
    frequency: DocumentFrequency,
    dense: float | None = None,
    b_norms: Norms | None = None,
) -> Evidence:
    """The evidence that ``a`` and ``b`` report the same event; ``dense`` is their e5 cosine."""
    w = weights()
    nb: Norms | tuple[None, None, None, None] = b_norms or (None, None, None, None)
    text = cosine(a.words, b.words, frequency, 0.0, nb[0])
    prior = (w.evidence_prior * frequency.top) ** 2  # the IDF of a term seen nowhere
    entities = cosine(a.entities, b.entities, frequency, prior, nb[1])
    numbers = cosine(a.numbers, b.numbers, frequency, prior, nb[2])
    dates = cosine(a.dates, b.dates, frequency, prior, nb[3])
    conflict = bool(a.dates) and bool(b.dates) and dates == 0.0
    score = (
        w.text * text
        + w.entities * entities
        + w.numbers * numbers
        + w.dates * dates
        - (w.date_conflict if conflict else 0.0)
    )
    gap = gap_days(a, b)
    if gap is not None:
        score /= 1.0 + max(0.0, gap - w.grace_days) / w.half_life_days
    if dense is not None:
        weight = w.dense if a.language != b.language else w.dense_same_language
        score += weight * max(0.0, (dense - w.dense_floor) / (1.0 - w.dense_floor))
    return Evidence(
        similarity=min(1.0, max(0.0, score)),
        text=text,
        entities=entities,
        numbers=numbers,
        dates=dates,
        date_conflict=conflict,
        gap_days=gap,
        dense=dense,
        shared_entities=_shared(a.entities, b.entities),
        shared_numbers=_shared(a.numbers, b.numbers),
        shared_dates=_shared(a.dates, b.dates),
    )


def _shared(a: Mapping[str, float], b: Mapping[str, float]) -> tuple[str, ...]:
    """Keys in both, without their kind prefix ("@", "#", "d:")."""
    return tuple(sorted(key.split(":", 1)[-1].lstrip("@#") for key in a.keys() & b.keys()))
