"""The type of a mention: cues, gazetteers and, failing those, a guess (see
``entities`` for the order), and one type per name within an article."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from lagebild.analyze.entity_cues import (
    _ARTICLES,
    _DIRECTIONS,
    _NAME_TAGS,
    _SPEECH,
    _Context,
    _cues,
    _ends_with,
    _index,
    _is_acronym,
    _is_capital_adjective,
    _is_role,
    _near_speech,
    _strip_genitive,
)
from lagebild.records import EntityType, Mention, Token


def _type(
    c: _Context, span: Sequence[Token], before: Token | None, start: int
) -> EntityType | None:
    cues = _cues()
    words = [t.text for t in span]
    if any(_ends_with(w, cues.event_heads + cues.event_typing) for w in words):
        return "EVENT"
    if any(_ends_with(w.rsplit("-", 1)[-1], cues.org_heads) for w in words):
        return "ORG"
    if len(span) == 1 and _is_acronym(span[0]):
        code = span[0].text
        place = c.gazetteer.place(code)
        if (code in c.gazetteer.country_codes and len(code) == 3) or (place and len(code) >= 4):
            return "LOC"
        return "ORG"
    if c.first_name(_index(c, span[0])) and len(span) >= 2:
        return "PER"
    if before is not None and _is_role(before):
        return "PER"
    if words[-1] in c.family_names or _strip_genitive(words[-1]) in c.family_names:
        return "PER"
    name = " ".join(words)
    place = c.gazetteer.place(name) or c.gazetteer.place(_strip_genitive(name))
    if len(span) == 1 and c.named_as_place(start):
        return "LOC"  # "bei Achim", "nach Guxhagen"
    if (
        len(span) == 1
        and name in c.gazetteer.first_names
        and (place is None or (place.kind == "city" and place.population < 100_000))
    ):
        return "PER"  # a first name alone: "Anna"
    if place is not None and (
        place.kind != "city" or place.population >= 1_000_000 or not _near_speech(c, start, 1)
    ):
        return "LOC"
    if _ends_with(words[-1], cues.location_heads):
        return "LOC"
    if any(_is_capital_adjective(c, _index(c, t)) for t in span):
        return "ORG"
    return None


def _guess(c: _Context, span: Sequence[Token], before: Token | None, start: int) -> EntityType:
    """A type for a name no cue or gazetteer types; ``settle_types`` may overrule it."""
    cues = _cues()
    words = [t.text for t in span]
    if len(span) >= 2:
        # a direction opens a region's name, not a person's ("Northern Ireland", "South
        # Tyrol"), as a word of place before it does ("bei Hann. Münden")
        place = words[0] in _DIRECTIONS or (before is not None and _place_cue(c, before, start))
        return "LOC" if place else "PER"
    if before is not None and _place_cue(c, before, start):
        return "LOC"
    after = [t.text for t in c.tokens[start + 1 : start + 3]]
    if after[:1] and after[0] in cues.location_after:
        return "LOC"
    if words[-1].lower().endswith(cues.location_suffix) and not _near_speech(c, start, 1):
        return "LOC"
    if c.language != "de":
        # English news names a person in full first; an unknown single name is more
        # often a company or an agency ("Boeing", "Reuters") than a person.
        pronoun = len(after) == 2 and after[0] in _SPEECH and after[1] in ("he", "she")
        return "PER" if pronoun or _near_speech(c, start, 1, ("told",)) else "ORG"
    if before is not None and before.text.lower() in _ARTICLES:
        return "ORG"  # German gives persons no article: "die Lufthansa", "der Charité"
    # A single unknown German name in news is most often a person's family name.
    return "PER" if span[0].pos in _NAME_TAGS and not _is_acronym(span[0]) else "MISC"


def _place_cue(c: _Context, before: Token, start: int) -> bool:
    """A word right before the name at token ``start`` that makes it a place: "bei", also
    opening a sentence ("Bei Bacharach ist …"), "Ortschaft", "the village of"."""
    cues = _cues().location_before
    word = before.text
    if word == "of" and start >= 2:
        word = c.tokens[start - 2].text
    return word in cues or (word.lower() in cues and c.initial(start - 1))


def settle_types(mentions: Sequence[Mention], guessed: set[int], text: str = "") -> list[Mention]:
    """One name, one type within an article: a mention whose type was only guessed
    takes the type that cues gave the same name elsewhere in the article
    ("Verdi fordert …" after "die Gewerkschaft Verdi"), else the known type of a
    name it is coordinated with ("zwischen Jüterbog und Luckenwalde")."""
    known: dict[str, Counter[EntityType]] = {}
    for mention in mentions:
        if mention.start not in guessed:
            known.setdefault(mention.name, Counter())[mention.type] += 1
    settled: list[Mention] = []
    for k, mention in enumerate(mentions):
        if mention.start in guessed:
            votes = known.get(mention.name)
            partner = _coordinated(mentions, k, guessed, text)
            if votes:
                mention = replace(mention, type=votes.most_common(1)[0][0])
            elif partner is not None:
                mention = replace(mention, type=partner.type)
            else:
                mention = replace(mention, guessed=True)
        settled.append(mention)
    return settled


_COORDINATION = frozenset({"und", "oder", "sowie", "and", "or", ","})


def _coordinated(
    mentions: Sequence[Mention], k: int, guessed: set[int], text: str
) -> Mention | None:
    """A mention of known type joined to mention ``k`` by "und", "oder" or a comma."""
    mention = mentions[k]
    for other in (
        mentions[k - 1] if k else None,
        mentions[k + 1] if k + 1 < len(mentions) else None,
    ):
        if other is None or other.start in guessed or other.sentence != mention.sentence:
            continue
        if other.start > mention.start:
            lo, hi = mention.end, other.start
        else:
            lo, hi = other.end, mention.start
        if text[lo:hi].strip().lower() in _COORDINATION:
            return other
    return None
