"""The form a mention is filed under: inflection removed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lagebild.analyze.entity_cues import (
    _NAME_TAGS,
    _PARTICLES,
    _capitalised,
    _Context,
    _cues,
    _index,
    _is_acronym,
    _is_capital_adjective,
    _is_place_adjective,
    _is_role,
    _strip_genitive,
)
from lagebild.records import EntityType, Token

_FEMININE = (
    "ung", "heit", "keit", "schaft", "ion", "tät", "ei", "ur", "ik", "enz", "anz", "bahn",
    "union", "zeitung", "agentur", "kommission", "gesellschaft", "gemeinschaft", "universität",
    "vereinigung", "partei", "bank", "behörde", "stiftung", "konferenz", "messe", "wahl",
    "straße", "strasse", "gasse", "allee", "chaussee", "steige",
)  # fmt: skip
_NEUTER = ("um", "ment", "werk", "tum", "chen", "lein", "ee", "institut", "amt", "forum", "kreuz")


def _name(c: _Context, span: Sequence[Token], entity_type: EntityType) -> str:
    """The form a mention is filed under: inflection removed.

    Persons and places lose a genitive ending ("Selenskyjs", "Merz'", "Passaus");
    names with adjectives get the nominative ("der Deutschen Presse-Agentur" ->
    "Deutsche Presse-Agentur", "des Bayerischen Rundfunks" -> "Bayerischer Rundfunk").
    """
    words = [t.text for t in span]
    if c.language == "de" and len(span) >= 2 and _is_capital_adjective(c, _index(c, span[0])):
        return _nominative(c, span)
    words[-1] = _head(c, span[-1])
    if words[0].lower() in _PARTICLES:
        words[0] = words[0].lower()
    return " ".join(words)


def _head(c: _Context, token: Token) -> str:
    """The form a name's last word is filed under: "Kesslers", "Merz'", "Niederlanden" ->
    "Kessler", "Merz", "Niederlande".

    A final "s" is taken for a genitive only where a genitive stands: right after a
    noun ("die Rede Selenskyjs") or right before one ("Sachsens Ministerin"); so
    "António Guterres" keeps its "s".
    """
    word = token.text
    if _is_acronym(token):
        return word
    if c.gazetteer.dative(word):
        return word[:-1]
    if word.endswith(("'", "’")):
        return word[:-1]
    stripped = _strip_genitive(word)
    if stripped == word or not _genitive_position(c, _index(c, token)):
        return word
    lemma = token.lemma
    if token.pos in _NAME_TAGS and lemma[:1].isupper() and word.lower().startswith(lemma.lower()):
        return word[: len(lemma)]
    if (
        c.gazetteer.place(stripped)
        or stripped in c.family_names
        or stripped in c.gazetteer.first_names
    ):
        return stripped
    return word


def _genitive_position(c: _Context, i: int) -> bool:
    tokens = c.tokens
    j = i
    while j > 0 and _capitalised(tokens[j - 1]) and tokens[j - 1].pos in _NAME_TAGS:
        j -= 1
    before = tokens[j - 1] if j > 0 else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    noun_before = (
        before is not None
        and before.pos == "NN"
        and not _is_role(before)
        and not _names_a_kind(before.text)
    )
    return noun_before or (after is not None and after.pos in ("NN", "ADJ(A)", "ADJA"))


def _names_a_kind(word: str) -> bool:
    """A noun that says what kind of thing the name after it is stands in apposition,
    not before a genitive: "das Krankenhaus Zams", "die Gemeinde Vils"."""
    cues = _cues()
    return word in cues.org_before or word in cues.location_before or word in cues.misc_before


def _nominative(c: _Context, span: Sequence[Token]) -> str:
    """Adjectives and head of a name in the nominative without article."""
    index = next(
        (k for k, t in enumerate(span) if not _is_capital_adjective(c, _index(c, t))), len(span)
    )
    head = span[index] if index < len(span) else span[-1]
    word = head.text
    lemma = head.lemma if head.lemma[:1].isupper() else word
    ending = ""
    if word != lemma and word.lower().startswith(lemma.lower()):
        ending = word[len(lemma) :]
    plural = bool(ending) and ending not in ("s", "es")
    if ending in ("s", "es"):
        word = word[: len(lemma)]
    stem = word.lower()
    gender = "f" if stem.endswith(_FEMININE) else "n" if stem.endswith(_NEUTER) else "m"
    suffix = "e" if plural or gender == "f" else ("er" if gender == "m" else "es")
    adjectives = []
    for token in span[:index]:
        text = token.text
        if _is_place_adjective(token):
            adjectives.append(text)
            continue
        stem = re.sub(r"(?:en|em|er|es|e)$", "", text)
        adjectives.append(stem + suffix)
    rest = [t.text for t in span[index + 1 :]]
    return " ".join([*adjectives, word, *rest])
