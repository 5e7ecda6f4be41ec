"""Street names: "Sedanstraße", "am Kreuzbergring", "Weinsberger Straße", "Baker Street".

HanTa takes a compound street name, and a place adjective before "Straße", for a common
noun, so neither reaches the name rules; a street is where a fire broke out or a crane
fell, and reports disagree on it. The word lists are data (``cues.toml``, ``[street]``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from lagebild.analyze.entity_cues import _capitalised, _cues, _known_word
from lagebild.records import Token

__all__ = ["is_street", "street_end", "street_stem"]

# words before a street's head that do not name it ("Die Straße", "the Road", "Unser Weg")
_DETERMINER_TAGS = ("ART", "PDAT", "PIAT", "PPOSAT", "PRELAT", "PWAT")
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "every", "each", "his", "her", "its", "their", "our"]
)

# an ordinal before a head is a rank ("Erster Platz"), not a street
_ORDINAL = re.compile(r"(?:erst|zweit|dritt|viert|fünft|sechst|siebt|letzt|nächst)(?:e[mnrs]?)?")


def street_end(tokens: Sequence[Token], i: int, language: str) -> int | None:
    """Where a street's name that starts at token ``i`` ends; None when none starts there."""
    token = tokens[i]
    if not _capitalised(token) or not token.text.replace("-", "").isalpha():
        return None
    cues = _cues()
    if (
        i + 1 < len(tokens)
        and tokens[i + 1].text in cues.street_heads
        and _names_street(token, language)
    ):
        return i + 2
    lower = token.text.lower()
    for suffix in cues.street_suffix:
        stem = lower.removesuffix(suffix)
        if stem != lower and len(stem) >= 3 and stem.rstrip("-") not in cues.street_generic:
            return i + 1
    before = tokens[i - 1].text.lower() if i > 0 else ""
    if before in cues.street_loose_before and not _known_word(lower, language):
        loose = (s for s in cues.street_loose_suffix if len(lower) >= len(s) + 3)
        if any(lower.endswith(s) for s in loose):
            return i + 1
    return None


def _names_street(token: Token, language: str) -> bool:
    """The word before a street's head names it: an adjective ("Holländische Straße"),
    a place adjective ("Weinsberger Straße"), in English any word but a determiner."""
    if language != "de":
        return token.text.lower() not in _DETERMINERS
    if token.pos.startswith(_DETERMINER_TAGS) or _ORDINAL.fullmatch(token.text.lower()):
        return False
    return token.pos.startswith("ADJ") or token.text.endswith("er")


def is_street(name: str) -> bool:
    """Whether a place's name, as ``street_end`` finds them, names a street."""
    cues = _cues()
    words = name.split()
    if len(words) == 2 and words[1].lower() in _lower_heads():
        return True
    lower = name.lower()
    return " " not in name and lower.endswith(cues.street_suffix + cues.street_loose_suffix)


@cache
def _lower_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in _cues().street_heads)


def street_stem(name: str) -> str | None:
    """What tells a street from others of its kind, lower-cased: "Castroper Straße" ->
    "castroper", "Friedenstrasse" and "Friedenstraße" -> "frieden"; None for a name that is
    no street."""
    if not is_street(name):
        return None
    cues = _cues()
    words = name.lower().replace("ß", "ss").split()
    if len(words) == 2:
        return words[0]
    suffixes = (s.replace("ß", "ss") for s in cues.street_suffix + cues.street_loose_suffix)
    return next((words[0].removesuffix(s) for s in suffixes if words[0].endswith(s)), words[0])
