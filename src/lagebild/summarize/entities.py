"""A story's entities: mentions from all its articles filed under one canonical name.

Which names belong together ("Scholz" and "Olaf Scholz", "Charkiw" and "Charkow",
"FAZ" and "Frankfurter Allgemeine Zeitung") is decided by ``analyze.variants``;
this module counts and orders what it files together.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from lagebild.analyze.variants import canonical_by_name, canonical_names
from lagebild.group.sentences import Names
from lagebild.records import Analysis, EntitySummary, EntityType, Mention


def summarise_entities(
    analyses: Sequence[Analysis], canonical: Names | None = None
) -> tuple[list[EntitySummary], dict[str, str]]:
    """Entities of the story, most mentioned first, and the name mapping for speakers;
    ``canonical`` is ``canonical_names`` of the story's mentions when already known."""
    mentions = [(a.article.id, m) for a in analyses for m in a.mentions]
    if canonical is None:
        canonical = canonical_names([m for _, m in mentions])
    grouped: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for article_id, mention in mentions:
        grouped[canonical[(mention.name, mention.type)]].append((article_id, mention))
    entities: list[EntitySummary] = []
    for name, items in grouped.items():
        entities.append(
            EntitySummary(
                name,
                _type([m for _, m in items]),
                tuple(sorted({m.text for _, m in items} - {name})),
                len(items),
                tuple(dict.fromkeys(article_id for article_id, _ in items)),
            )
        )
    entities.sort(key=lambda e: (-len(e.article_ids), -e.mentions, e.name))
    return entities, canonical_by_name([m for _, m in mentions], canonical)


def _type(mentions: Sequence[Mention]) -> EntityType:
    """The commonest type, counting mentions whose type has support first; MISC last."""
    for pool in ([m for m in mentions if not m.guessed], list(mentions)):
        typed = Counter(m.type for m in pool if m.type != "MISC")
        if typed:
            return typed.most_common(1)[0][0]
    return "MISC"
