"""Compare: what the independent articles of a story say alike, alone, and differently.

    drafts   (drafts.py)  numbers, clock times, dates and places as first found in a
                          sentence, with the interval their wording allows
    values   (values.py)  the same with what they are about: concept, head noun, anchor,
                          weekday, role
    context  (context.py) the words near a value, which tie two values no cue word does
    wording  (wording.py) values their wording types: ages, vote tallies, "einstimmig"
    days     (days.py)    the weekday a value is placed on; weekdays that are another's day
    anchors  (anchors.py) the names a value is about, not its source ("laut Polizei")
    statements (statements.py) sentences of different articles that say the same thing
    slots    (slots.py)   values of different articles that fill the same slot, split into
                          stages over time; disagreeing values of one stage are a conflict,
                          several stages a development
    agree    (agree.py)   whether two values of one slot can both be true
    unique   (unique.py)  statements only one source makes ("Nur bei der FAZ: ...")

Copies of wire reports are left out by the caller: each article here is an independent
source.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from lagebild.analyze.variants import canonical_by_name, canonical_names
from lagebild.compare.agree import compatible
from lagebild.compare.lead import lead_days, with_event_time
from lagebild.compare.lexicon import lexicon
from lagebild.compare.slots import Side, Similarity, Slot, build_slots
from lagebild.compare.statements import Statements
from lagebild.compare.unique import unique_facts
from lagebild.compare.values import Value, find_values
from lagebild.compare.within import places_within
from lagebild.group.sentences import Names
from lagebild.records import Analysis, Cited, Conflict, Sentence
from lagebild.timekey import published_day

__all__ = [
    "Comparison",
    "Side",
    "Slot",
    "Value",
    "compare_story",
    "find_values",
    "single_source",
]


@dataclass(frozen=True, slots=True)
class Comparison:
    slots: tuple[Slot, ...]
    conflicts: tuple[Conflict, ...]
    developments: tuple[Conflict, ...]
    values: tuple[Value, ...]
    # per (article id, sentence index): articles that give a disagreeing value for a value
    # of that sentence, which therefore must not be cited as supporting it
    disputes: Mapping[tuple[str, int], frozenset[str]]
    # per (article id, sentence index): the slots (by index) its values fill, each with
    # where in the text the value filling it starts
    slots_of: Mapping[tuple[str, int], frozenset[tuple[int, int]]]


def compare_story(
    analyses: Sequence[Analysis],
    vectors_of: Mapping[tuple[str, int], np.ndarray],
    language: str,
    typed: Names | None = None,
) -> Comparison:
    """Conflicts, developments and single-source facts of one story's independent articles.

    ``vectors_of`` holds a unit vector per (article id, sentence index); ``typed`` is
    ``canonical_names`` of the story's mentions when already known.
    """
    mentions = [m for a in analyses for m in a.mentions]
    if typed is None:
        typed = canonical_names(mentions)
    names = canonical_by_name(mentions, typed)
    found = {a.article.id: find_values(a, names) for a in analyses}
    first = min(filter(None, (published_day(a.article.published) for a in analyses)), default=None)
    event_day = _event_day(analyses, found, first)
    values = [
        v
        for a in analyses
        for v in with_event_time(
            found[a.article.id],
            lexicon(),
            _follow_up(a, first, event_day, found[a.article.id]),
            event_day,
        )
    ]
    statements = Statements(analyses, values, typed)
    within = places_within(a.article.text for a in analyses)
    slots = build_slots(values, language, _similarity(vectors_of), statements.same, within)
    conflicts: list[Conflict] = []
    developments: list[Conflict] = []
    disputes: dict[tuple[str, int], set[str]] = {}
    for slot in slots:
        for stage, disagree in zip(slot.stages, slot.conflicting, strict=True):
            if disagree:
                _record_disputes(stage, disputes)
                sides = [s for s in stage if any(_disagree(s, o) for o in stage if o is not s)]
                conflicts.append(Conflict(slot.topic, tuple(_claim(s, language) for s in sides)))
        steps = _steps(slot.stages, language)
        if len(steps) > 1:
            developments.append(Conflict(slot.topic, steps))
    frozen = {key: frozenset(ids) for key, ids in disputes.items()}
    slots_of: dict[tuple[str, int], set[tuple[int, int]]] = {}
    for n, slot in enumerate(slots):
        for stage in slot.stages:
            for side in stage:
                for value in side.values:
                    key = (value.article_id, value.sentence)
                    slots_of.setdefault(key, set()).add((n, value.start))
    return Comparison(
        tuple(slots),
        tuple(conflicts),
        tuple(developments),
        tuple(values),
        frozen,
        {key: frozenset(found) for key, found in slots_of.items()},
    )


def _follow_up(
    analysis: Analysis, first: date | None, event_day: int | None, values: list[Value]
) -> bool:
    """Published on a day after the story's first, and the first sentence of its lead that
    names a day names none up to the event's (an ordinal): a report of the next morning
    that tells the event of the night before ("Am Samstagabend um 21.50 Uhr …") leads with
    the event's time, one that tells what happened since ("entdeckte die Raubkatze am
    Mittwochabend", "hat der Weihnachtsmarkt am Samstag wieder geöffnet", however it
    recalls the event after that) with news of its own."""
    day = published_day(analysis.article.published)
    if day is None or first is None or day <= first:
        return False
    if event_day is None:
        return True
    dated = min((v.sentence for v in values if v.kind == "date" or v.day), default=None)
    opening = [v for v in values if v.sentence == dated]
    return not any(d <= event_day for d in lead_days(opening, lexicon()))


def _event_day(
    analyses: Sequence[Analysis], found: dict[str, list[Value]], first: date | None
) -> int | None:
    """The day the event happened (an ordinal): the earliest the first reports' leads name,
    or else the day they were published."""
    told = [
        d
        for a in analyses
        if published_day(a.article.published) == first
        for d in lead_days(found[a.article.id], lexicon())
    ]
    return min(told, default=first.toordinal() if first else None)


def _record_disputes(stage: tuple[Side, ...], disputes: dict[tuple[str, int], set[str]]) -> None:
    values = [v for side in stage for v in side.values]
    for value in values:
        against = {
            o.article_id
            for o in values
            if o.article_id != value.article_id and not compatible(value, o)
        }
        if against:
            disputes.setdefault((value.article_id, value.sentence), set()).update(against)


def single_source(
    comparison: Comparison,
    analyses: Sequence[Analysis],
    vectors_of: Mapping[tuple[str, int], np.ndarray],
    exclude: frozenset[tuple[str, int]] = frozenset(),
    usable: Callable[[Sentence], bool] = lambda s: True,
) -> tuple[Cited, ...]:
    """Statements only one source makes; sentences in ``exclude`` (already in the summary)
    and those ``usable`` refuses are not offered."""
    return tuple(unique_facts(analyses, vectors_of, comparison.values, exclude, usable))


def _similarity(vectors_of: Mapping[tuple[str, int], np.ndarray]) -> Similarity:
    def similarity(a: Value, b: Value) -> float:
        left = vectors_of.get((a.article_id, a.sentence))
        right = vectors_of.get((b.article_id, b.sentence))
        return float(left @ right) if left is not None and right is not None else 1.0

    return similarity


def _disagree(left: Side, right: Side) -> bool:
    return any(
        a.article_id != b.article_id and not compatible(a, b)
        for a in left.values
        for b in right.values
    )


def _steps(stages: Sequence[Sequence[Side]], language: str) -> tuple[Cited, ...]:
    """A development's steps: each stage's first value, a stage that gives the figure of the
    step before it told as that step ("rund 200.000" and "About 200,000" on Wednesday,
    then "noch rund 60.000" on Thursday: two steps, not three)."""
    kept: list[Side] = []
    for stage in stages:
        side = stage[0]
        if kept and kept[-1].point == side.point and not _disagree(kept[-1], side):
            last = kept[-1]
            ids = tuple(dict.fromkeys(last.article_ids + side.article_ids))
            kept[-1] = Side(last.text, last.point, ids, last.values + side.values)
        else:
            kept.append(side)
    return tuple(_claim(side, language) for side in kept)


def _claim(side: Side, language: str) -> Cited:
    """The value as written; a bare day of a range ("16.") as its ISO date."""
    value = side.values[0]
    text = side.text
    if value.kind == "date" and not any(ch.isalpha() for ch in text) and len(text) < 6:
        day = date.fromordinal(int(value.point))
        text = day.strftime("%d.%m.%Y") if language == "de" else day.isoformat()
    return Cited(text, side.article_ids)
