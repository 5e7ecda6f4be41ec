"""Single-source facts: what only one independent article reports.

A sentence qualifies when no sentence of another article says much the same (vector
similarity below ``[unique] max_similarity``) and it names something no other article
names: a number no other article gives a compatible value for, or a person, place or
organisation no other article mentions.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from importlib import resources

import numpy as np

from lagebild.compare.agree import compatible, similar_names
from lagebild.compare.values import Value
from lagebild.records import Analysis, Cited, Sentence


@cache
def _settings() -> dict[str, float]:
    text = resources.files("lagebild.compare").joinpath("compare.toml").read_text("utf-8")
    return {k: float(v) for k, v in tomllib.loads(text)["unique"].items()}


def unique_facts(
    analyses: Sequence[Analysis],
    vectors_of: Mapping[tuple[str, int], np.ndarray],
    values: Sequence[Value],
    exclude: frozenset[tuple[str, int]],
    usable: Callable[[Sentence], bool] = lambda s: True,
) -> list[Cited]:
    settings = _settings()
    names = {a.article.id: {m.name.split()[-1].lower() for m in a.mentions} for a in analyses}
    found: list[tuple[int, int, str, Sentence]] = []
    keys = [(a.article.id, s.index) for a in analyses for s in a.sentences]
    keys = [k for k in keys if k in vectors_of]
    row_of = {k: n for n, k in enumerate(keys)}
    owners = np.array([k[0] for k in keys])
    matrix = np.array([vectors_of[k] for k in keys]) if keys else np.zeros((0, 1))
    similarity = matrix @ matrix.T
    similarity[owners[:, None] == owners[None, :]] = 0.0
    for analysis in analyses:
        own = analysis.article.id
        other_values = [v for v in values if v.article_id != own]
        other_names = set().union(*(n for i, n in names.items() if i != own))
        for sentence in analysis.sentences:
            key = (own, sentence.index)
            if key in exclude or key not in row_of or not usable(sentence):
                continue
            if float(similarity[row_of[key]].max(initial=0.0)) >= settings["max_similarity"]:
                continue
            novel = _novel(analysis, sentence, values, other_values, other_names)
            if novel:
                found.append((novel, sentence.index, own, sentence))
    found.sort(key=lambda f: (-f[0], f[1], f[2]))
    chosen: list[Cited] = []
    per_source: dict[str, int] = {}
    for _, _, article_id, sentence in found:
        if per_source.get(article_id, 0) >= settings["per_source"]:
            continue
        per_source[article_id] = per_source.get(article_id, 0) + 1
        chosen.append(Cited(sentence.text, (article_id,)))
        if len(chosen) >= settings["limit"]:
            break
    return chosen


def _novel(
    analysis: Analysis,
    sentence: Sentence,
    values: Sequence[Value],
    other_values: Sequence[Value],
    other_names: set[str],
) -> int:
    """How many numbers and names of the sentence no other article has (a name spelled
    differently elsewhere, "Synehubov" for "Synjehubow", counts as known)."""
    own = analysis.article.id
    mine = [v for v in values if v.article_id == own and v.sentence == sentence.index]
    count = sum(
        1
        for v in mine
        if v.kind == "count"
        and not any(o.kind == v.kind and compatible(v, o) for o in other_values)
    )
    mentioned = {
        m.name.split()[-1].lower() for m in analysis.mentions if m.sentence == sentence.index
    }
    unknown = [n for n in mentioned if not any(similar_names(n, o) for o in other_names)]
    return count + len(unknown)
