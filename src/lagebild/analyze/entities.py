"""Named-entity mentions from proper-noun tags, typed by context cues.

A mention is a run of proper-noun tokens (tag NE), an acronym, or a first name
joined to a family name by name particles ("Ursula von der Leyen"; but "Anna
Berg von der SPD" is two mentions). Its type comes from the
cue words in ``cues.toml``: a role before it (PER), an organisation, event or
place word inside it (ORG, EVENT, LOC), a preposition of place before it (LOC).
Names of two or more words without any cue are taken as persons.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from lagebild.records import EntityType, Mention, Token

_PARTICLES = frozenset({"von", "van", "der", "de", "zu", "del", "di", "da", "bin", "al"})
_NAME_TAGS = frozenset({"NE", "FM"})


@dataclass(frozen=True, slots=True)
class _Cues:
    person_before: frozenset[str]
    person_suffix: tuple[str, ...]
    org_suffix: tuple[str, ...]
    event_suffix: tuple[str, ...]
    location_before: frozenset[str]
    location_suffix: tuple[str, ...]


@cache
def _cues() -> _Cues:
    raw = tomllib.loads(resources.files("lagebild.analyze").joinpath("cues.toml").read_text())
    return _Cues(
        person_before=frozenset(raw["person"]["before"]),
        person_suffix=tuple(raw["person"]["suffix_before"]),
        org_suffix=tuple(w.lower() for w in raw["organisation"]["suffix"]),
        event_suffix=tuple(w.lower() for w in raw["event"]["suffix"]),
        location_before=frozenset(raw["location"]["before"]),
        location_suffix=tuple(raw["location"]["suffix"]),
    )


def _has_head(span: Sequence[Token], heads: tuple[str, ...]) -> bool:
    """A word of ``span`` is one of ``heads`` or ends in a longer one ("-gesellschaft")."""
    for token in span:
        word = token.text.lower()
        for head in heads:
            if word == head or (len(head) >= 5 and word.endswith(head)):
                return True
    return False


def _is_acronym(token: Token) -> bool:
    letters = token.text.replace("-", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _is_name_token(token: Token, sentence_initial: bool) -> bool:
    if not token.text[:1].isupper() or not any(ch.isalpha() for ch in token.text):
        return False
    if _is_acronym(token):
        return True
    if token.pos not in _NAME_TAGS:
        return False
    # A sentence-initial word is a name only when it is not a known common word.
    return not (sentence_initial and token.lemma[:1].islower())


def find_mentions(tokens: Sequence[Token], sentence: int, text: str) -> list[Mention]:
    """The entity mentions in one sentence's tokens."""
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        if not _is_name_token(tokens[i], i == 0):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if _is_name_token(tokens[j], False):
                j += 1
                continue
            k = j
            while k < len(tokens) and tokens[k].text in _PARTICLES:
                k += 1
            if k > j and j - i == 1 and k < len(tokens) and _joins_by_particle(tokens[k]):
                j = k + 1
                continue
            break
        span = tokens[i:j]
        surface = text[span[0].start : span[-1].end]
        name = " ".join([*(t.text for t in span[:-1]), _head(span[-1])])
        mentions.append(
            Mention(
                text=surface,
                name=name,
                type=_type(span, tokens[i - 1] if i > 0 else None),
                start=span[0].start,
                end=span[-1].end,
                sentence=sentence,
            )
        )
        i = j
    return mentions


def _joins_by_particle(token: Token) -> bool:
    """Whether the name after "von der" continues a person's name (not "von der SPD")."""
    return _is_name_token(token, False) and not _is_acronym(token)


def _head(token: Token) -> str:
    """The form a name's last word is filed under: "Kesslers", "Merz'" -> "Kessler", "Merz".

    The lemmatizer lowercases inside words ("Humboldt-universität", "Cop28"), so
    a lemma that begins the word keeps the word's own spelling.
    """
    lemma = token.lemma
    if _is_acronym(token) or not lemma[:1].isupper():
        return token.text
    if token.text.lower().startswith(lemma.lower()):
        lemma = token.text[: len(lemma)]
    return lemma.rstrip("'’")


def _type(span: Sequence[Token], before: Token | None) -> EntityType:
    cues = _cues()
    last = span[-1].text
    if _has_head(span, cues.event_suffix):
        return "EVENT"
    if _has_head(span, cues.org_suffix) or (len(span) == 1 and _is_acronym(span[0])):
        return "ORG"
    if before is not None and (
        before.text in cues.person_before or before.text.lower().endswith(cues.person_suffix)
    ):
        return "PER"
    if last.lower().endswith(cues.location_suffix) or (
        before is not None and before.text.lower() in cues.location_before
    ):
        return "LOC"
    if len(span) >= 2:
        return "PER"
    return "MISC"
