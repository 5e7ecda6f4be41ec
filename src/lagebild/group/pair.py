"""``lagebild compare A B``: how similar two articles are, whether they tell one story, and why.

The similarity is the one the clustering uses (``similarity.py``), with IDF
from a collection when one is given (flat otherwise) and dense vectors as the
configuration says.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from lagebild.analyze import analyze
from lagebild.clean import clean
from lagebild.config import Config
from lagebild.errors import DocumentError
from lagebild.group.dense import Embedder, embedder, passage
from lagebild.group.features import profile
from lagebild.group.idf import DocumentFrequency
from lagebild.group.similarity import Evidence, compare
from lagebild.read import read_inputs
from lagebild.records import Analysis, Document


@dataclass(frozen=True, slots=True)
class Comparison:
    a: Analysis
    b: Analysis
    evidence: Evidence
    same_story: bool


def read_one(path: str, config: Config) -> Analysis:
    """The analysis of the one article at ``path``; anything else is a ``DocumentError``."""
    items = list(read_inputs([path]))
    if len(items) != 1:
        raise DocumentError(f"{path}: compare needs exactly one article, found {len(items)}")
    item = items[0]
    if not isinstance(item, Document):
        raise DocumentError(f"{item.origin}: {item.error}")
    return analyze(clean(item, config.clean))


def compare_analyses(
    a: Analysis,
    b: Analysis,
    config: Config,
    frequency: DocumentFrequency | None = None,
    embed: Embedder | None = None,
) -> Comparison:
    """Compare two analysed articles, with IDF from ``frequency`` when given.

    Two articles alone say nothing about how rare a word is (every shared word
    would look common), so without ``frequency`` all terms weigh the same.
    """
    first, second = profile(a), profile(b)
    if frequency is None:
        frequency = DocumentFrequency()
    embed = embed or embedder(config.cluster.dense)
    dense = None
    if embed is not None:
        vectors = embed([passage(a), passage(b)])
        dense = float(vectors[0] @ vectors[1])
    evidence = compare(first, second, frequency, dense)
    return Comparison(a, b, evidence, evidence.similarity >= config.cluster.threshold)


def compare_paths(path_a: str | Path, path_b: str | Path, config: Config) -> Comparison:
    return compare_analyses(read_one(str(path_a), config), read_one(str(path_b), config), config)


def comparison_to_dict(comparison: Comparison, threshold: float) -> dict[str, Any]:
    evidence = asdict(comparison.evidence)
    similarity = evidence.pop("similarity")
    return {
        "similarity": round(similarity, 4),
        "same_story": comparison.same_story,
        "threshold": threshold,
        "evidence": {k: round(v, 4) if isinstance(v, float) else v for k, v in evidence.items()},
        "a": _article(comparison.a),
        "b": _article(comparison.b),
    }


def _article(analysis: Analysis) -> dict[str, Any]:
    article = analysis.article
    return {
        "id": article.id,
        "origin": article.origin,
        "title": article.title,
        "published": article.published,
        "language": analysis.language,
    }
