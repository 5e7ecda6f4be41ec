"""Anchors: the names a value is about, told apart from the names that are its source.

A value is anchored to the named persons, places and organisations near it in its clause
("in München", "Fraport"), filed under their canonical name in the story. A name given as
the source of the figure ("laut Polizei", "nach Angaben des Landkreises", "das Institut
meldete") is not an anchor; nor is a street, which is where the event's slots were told
and a slot of its own when reports disagree on it ("Im Ahornweg wurden zwei Häuser
beschädigt" / "Im Eschenweg fünf"); nor is a name beyond a clause break or a sentence end
the splitter missed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping

from lagebild.analyze.streets import is_street
from lagebild.compare.lexicon import Lexicon
from lagebild.records import Analysis, Sentence

# the kinds of names that anchor a value, and those that anchor an age (a person's)
NAMED = frozenset({"PER", "LOC", "ORG"})
PERSONS = frozenset({"PER"})

# a sentence end inside one analysed sentence: a word (not a one-letter abbreviation like
# "Dr.", nor a number: "17. März") and a period, then a capitalised word
SENTENCE_END = re.compile(r"(?:\b[A-ZÄÖÜ]{2,}|[a-zäöüß]{3,})[.!?]\s+[A-ZÄÖÜ]")


def anchors(
    analysis: Analysis,
    sentence: Sentence,
    start: int,
    token: int,
    lex: Lexicon,
    names: Mapping[str, str],
    kinds: frozenset[str] = NAMED,
) -> tuple[str, ...]:
    """The named persons, places and organisations (``kinds``) near the value in its clause,
    nearest first (by the last word of the canonical name); the nearest is its anchor."""
    starts = [t.start for t in sentence.tokens]
    near: list[tuple[int, str]] = []
    for mention in analysis.mentions:
        if mention.sentence != sentence.index or mention.type not in kinds:
            continue
        if (
            not same_clause(sentence, mention.start, start)
            or is_source(sentence, mention.start, mention.end, lex)
            or is_street(mention.name)
        ):
            continue
        position = bisect_left(starts, mention.start)
        distance = abs(position - token)
        if distance <= lex.window:
            near.append((distance, _last_word(mention.name, names)))
    return tuple(dict.fromkeys(name for _, name in sorted(near)))


def _last_word(name: str, names: Mapping[str, str]) -> str:
    """The last word of a name's canonical form in the story, by which anchors are told
    apart ("Wiesner" for "Gerd Wiesner")."""
    return names.get(name, name).split()[-1].lower()


def person_before(
    analysis: Analysis, sentence: Sentence, lex: Lexicon, names: Mapping[str, str]
) -> tuple[str, ...]:
    """The person last named in the sentence before, not as a source: the one "der
    61-Jährige" opening a clause refers back to ("… und Bergführer Gerd Wiesner. Weil der
    Korb nur knapp über der Sohle hing, konnte der 61-Jährige die Tür öffnen")."""
    if sentence.index == 0:
        return ()
    before = analysis.sentences[sentence.index - 1]
    people = [
        m
        for m in analysis.mentions
        if m.sentence == before.index
        and m.type == "PER"
        and not is_source(before, m.start, m.end, lex)
        and not is_street(m.name)
    ]
    if not people:
        return ()
    return (_last_word(max(people, key=lambda m: m.start).name, names),)


def is_source(sentence: Sentence, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the name at ``start:end`` is given as the source of what the sentence reports
    (``[sources]`` in compare.toml)."""
    tokens = sentence.tokens
    before = [t.text.lower() for t in tokens if t.end <= start][-4:]
    after = next((t for t in tokens if t.start >= end), None)
    return bool(lex.source_before.intersection(before)) or (
        after is not None and after.lemma.lower() in lex.source_after
    )


def same_clause(sentence: Sentence, one: int, other: int) -> bool:
    """No clause break (comma, semicolon, colon, dash) between two offsets of the text, nor
    the end of a sentence the splitter missed ("beim Verband ABL. Die nächste Runde ...")."""
    low, high = sorted((one, other))
    between = sentence.text[low - sentence.start : high - sentence.start]
    return not any(mark in between for mark in (",", ";", ":", " – ")) and not (
        SENTENCE_END.search(between)
    )
