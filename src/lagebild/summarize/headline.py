"""The headline: the most representative good title, else the most central sentence, shortened.

A title is representative when its article's sentences rank high in the story; a title is
poor when it is a question, a teaser, a ticker or a service piece (``headline.toml``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from lagebild.records import Analysis
from lagebild.summarize.selection import Candidate


@cache
def _settings() -> dict[str, Any]:
    text = resources.files("lagebild.summarize").joinpath("headline.toml").read_text("utf-8")
    data = tomllib.loads(text)
    data["patterns"] = [re.compile(p, re.IGNORECASE) for p in data["poor_titles"]]
    return data


def poor_title(title: str) -> bool:
    return any(p.search(title) for p in _settings()["patterns"])


def shorten(sentence: str) -> str:
    """A sentence cut to a headline: at a clause break if one comes early enough."""
    settings = _settings()
    words = sentence.rstrip(".!").split()
    low, high = int(settings["min_words"]), int(settings["max_words"])
    for n in range(low, min(high, len(words))):
        if words[n - 1].endswith((",", ";", ":")):
            return " ".join(words[:n]).rstrip(",;:")
    if len(words) <= high:
        return " ".join(words)
    return " ".join(words[:high]) + " …"


def headline(
    originals: Sequence[Analysis], candidates: Sequence[Candidate], chosen: Sequence[Candidate]
) -> str:
    weight: dict[str, float] = dict.fromkeys((a.article.id for a in originals), 0.0)
    for candidate in candidates:
        weight[candidate.analysis.article.id] += candidate.score * len(candidate.support)
    titled = [a for a in originals if a.article.title and not poor_title(a.article.title)]
    if titled:
        best = max(titled, key=lambda a: (weight[a.article.id], -originals.index(a)))
        return best.article.title or ""
    if chosen:
        return shorten(chosen[0].sentence.text)
    sentences = [s for a in originals for s in a.sentences]
    return shorten(sentences[0].text) if sentences else ""
