"""A story's entities: mentions from all its articles filed under one canonical name.

Within a story a surname alone ("Kessler") is filed under the full name that
ends with it ("Miriam Kessler") when exactly one such name exists.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from lagebild.records import Analysis, EntitySummary, EntityType, Mention


def canonical_names(mentions: Sequence[Mention]) -> dict[str, str]:
    """Map every mention name to the name it is filed under."""
    names = {m.name for m in mentions}
    long_names = [n for n in names if " " in n]
    mapping: dict[str, str] = {}
    for name in names:
        if " " in name:
            mapping[name] = name
            continue
        owners = [n for n in long_names if n.split()[-1] == name]
        mapping[name] = owners[0] if len(owners) == 1 else name
    return mapping


def summarise_entities(analyses: Sequence[Analysis]) -> tuple[list[EntitySummary], dict[str, str]]:
    """Entities of the story, most mentioned first, and the name mapping used."""
    mentions = [(a.article.id, m) for a in analyses for m in a.mentions]
    mapping = canonical_names([m for _, m in mentions])
    grouped: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for article_id, mention in mentions:
        grouped[mapping[mention.name]].append((article_id, mention))
    entities: list[EntitySummary] = []
    for name, items in grouped.items():
        types = Counter(m.type for _, m in items)
        typed = [t for t, _ in types.most_common() if t != "MISC"]
        entity_type: EntityType = typed[0] if typed else "MISC"
        variants = sorted({m.text for _, m in items} - {name})
        article_ids = tuple(dict.fromkeys(article_id for article_id, _ in items))
        entities.append(EntitySummary(name, entity_type, tuple(variants), len(items), article_ids))
    entities.sort(key=lambda e: (-len(e.article_ids), -e.mentions, e.name))
    return entities, mapping
