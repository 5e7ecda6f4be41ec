"""Variants of one entity within a story, filed under one canonical name (stub)."""

from __future__ import annotations

from collections.abc import Sequence

from lagebild.records import EntityType, Mention


def canonical_names(mentions: Sequence[Mention]) -> dict[tuple[str, EntityType], str]:
    names = {m.name for m in mentions}
    long_names = [n for n in names if " " in n]
    mapping: dict[tuple[str, EntityType], str] = {}
    for m in mentions:
        owners = [n for n in long_names if n.split()[-1] == m.name]
        mapping[(m.name, m.type)] = owners[0] if len(owners) == 1 else m.name
    return mapping
