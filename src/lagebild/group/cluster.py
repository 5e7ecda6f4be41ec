"""Stories for a batch: the stream clusterer (``stream.py``) fed one batch in time order.

A one-shot run first counts the whole batch into the document frequencies (so
the first articles are weighed like the last), then adds the articles one by
one exactly as a stream would. Copies found by ``dedupe`` join the story of
their original and take no part in the similarity. Articles without a
day-precise publication date are added first: they cannot be placed in time,
and a story that has closed can no longer take them, while stories they open
stay open to every dated article.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from lagebild.config import ClusterConfig
from lagebild.group.dense import Embedder, embedder, passage
from lagebild.group.features import profile
from lagebild.group.stream import StoryStream
from lagebild.records import Analysis, Story


def cluster(
    analyses: Sequence[Analysis],
    duplicates: dict[str, str],
    config: ClusterConfig,
    embed: Embedder | None = None,
) -> list[Story]:
    """Stories over ``analyses`` (in time order); ``duplicates`` maps copy id to original id.

    Dense vectors come from ``embed`` when given, else as ``config.dense`` says.
    """
    originals = [a for a in analyses if a.article.id not in duplicates]
    if not originals:
        return []
    embed = embed or embedder(config.dense)
    vectors: Sequence[np.ndarray | None] = (
        list(embed([passage(a) for a in originals])) if embed else [None] * len(originals)
    )
    profiles = [profile(a) for a in originals]
    stream = StoryStream(config)
    for item in profiles:
        stream.observe(item)
    items = sorted(
        zip(originals, profiles, vectors, strict=True), key=lambda i: i[1].published is not None
    )
    for analysis, item, vector in items:
        stream.add(analysis.article.id, item, vector, observed=True)
    copies: dict[str, list[str]] = {}
    for copy, original in duplicates.items():
        copies.setdefault(stream.story_of(original), []).append(copy)
    order = {a.article.id: i for i, a in enumerate(analyses)}
    return [
        Story(story, tuple(sorted(members + copies.get(story, []), key=order.__getitem__)))
        for story, members in stream.groups()
    ]
