"""Slots: the values different sources give for the same thing, and whether they disagree.

Two values of different articles fill the same slot when they are of the same kind, count
compatible units, are about the same concept (or head noun) and are not anchored to
different names ("in München" against "Fraport"); or when their sentences make the same
statement (statements.py) and each is the other's counterpart there, whatever its words.
Slots are grown from the strongest pairs first and never take in two values anchored to
different names.

A slot can change over time: its values are split into stages (stages.py). Values of one
stage that cannot both be true (agree.py) are a conflict; a slot with several stages is a
development.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from lagebild.analyze.streets import is_street
from lagebild.analyze.tagging import known_word
from lagebild.compare.agree import DAY_MINUTES, compatible, estimate, similar_names, vague
from lagebild.compare.context import shared_context
from lagebild.compare.lexicon import Lexicon, lexicon, listed_word, stem
from lagebild.compare.stages import in_stages
from lagebild.compare.values import Value
from lagebild.compare.within import Within, one_within

Similarity = Callable[[Value, Value], float]
Figure = tuple[str, str | None, float]  # a count's article id, unit and number
Key = tuple[str, int]  # (article id, sentence index)


@dataclass(frozen=True, slots=True)
class Side:
    """One value as the sources gave it, with every article that gave it."""

    text: str
    point: float
    article_ids: tuple[str, ...]
    values: tuple[Value, ...]


@dataclass(frozen=True, slots=True)
class Slot:
    topic: str
    stages: tuple[tuple[Side, ...], ...]  # earliest first
    conflicting: tuple[bool, ...]  # per stage: do its sides disagree?


def _units_fit(a: Value, b: Value, lex: Lexicon) -> bool:
    """Same unit, or one missing (not against a measure), or both generic; for one concept
    any two units but two different measures."""
    if a.unit == b.unit or _same_counted(a, b, lex):
        return True
    if a.unit is None or b.unit is None:
        return (a.unit or b.unit) not in lex.measures
    if a.concept and a.concept == b.concept:
        return not (_measures(a, lex) and _measures(b, lex))
    return a.unit in lex.generic and b.unit in lex.generic


def _measures(value: Value, lex: Lexicon) -> bool:
    """A unit that measures, a time from or before now too ("vor jahr", "in woche")."""
    return value.unit is not None and value.unit.split()[-1] in lex.measures


def alignment(a: Value, b: Value, lex: Lexicon, same_statement: bool = False) -> float:
    """How strongly two values of different articles fill the same slot; 0 when they do not.

    Evidence is a shared concept, counted noun or head noun of a measure; with
    ``same_statement`` (their sentences say the same thing, see statements.py, and the two
    are counterparts there) that statement is evidence enough."""
    if a.article_id == b.article_id or a.kind != b.kind:
        return 0.0
    if not (_units_fit(a, b, lex) or (same_statement and _loose_units_fit(a, b, lex))):
        return 0.0
    if _plain(a.role) != _plain(b.role):
        return 0.0
    if _rank_and_count(a, b, lex):
        return 0.0
    # an order of magnitude ("Hunderte") is no figure to hold a count to
    if a.kind == "count" and vague(a) != vague(b):
        return 0.0
    # places only for an event both name ("verhandeln in ..."); where something came from
    # with no noun of it ("Die Gruppe kommt aus Nordhausen") is where any noun of it is from
    if a.kind == "place":
        same = (
            a.concept
            and a.concept == b.concept
            and (
                _nouns_meet(a.unit, b.unit)
                or _heads_meet(a.unit, b.unit)
                or (a.concept == lex.origin_concept and None in (a.unit, b.unit))
            )
        )
        return 2.0 if same or _street_of_event(a, b, lex) or _lead_streets(a, b, lex) else 0.0
    if _apart(a, b) or _two_people(a, b):
        return 0.0
    if (
        a.kind == "count"
        and a.point * b.point > 0
        and _gap(a, b) > math.log(lex.slots["max_ratio"])
    ):
        return 0.0
    if a.kind == "date" and abs(a.point - b.point) > _max_days(a, b, lex):
        return 0.0
    if (
        a.kind == "time"
        and (lex.event in (a.concept, b.concept) or not (a.concept or b.concept))
        and _minutes_apart(a, b) > lex.slots["max_minutes"]
    ):
        return 0.0
    score = 1.0 + (a.anchor is not None and a.anchor == b.anchor)
    if a.concept and b.concept:
        return score + 1.0 if _same_concept(a, b, lex) else 0.0
    stated = score if same_statement else 0.0
    if a.concept or b.concept:
        # the same counted noun, or the same measure of the same head noun ("Umkreis von
        # drei Kilometern"), outweighs a cue that only one side's sentence has
        same_head = a.head is not None and a.head == b.head
        return score if (lex.counts_things(a.unit) or same_head) and a.unit == b.unit else stated
    if _same_counted(a, b, lex) or _leads_count(a, b, lex):
        return score
    if a.head and a.head == b.head and a.unit == b.unit:
        return score
    return stated


def _same_concept(a: Value, b: Value, lex: Lexicon) -> bool:
    """The same concept; or a lead's day of the event and a day another lead says the
    event began on (lead.py)."""
    if a.concept == b.concept:
        return True
    started, day = sorted((a, b), key=lambda v: v.concept == lex.event_day)
    return started.began and day.concept == lex.event_day


def _street_of_event(a: Value, b: Value, lex: Lexicon) -> bool:
    """Two streets, one where the event happened, the other where the thing it happened in
    or at stands ("Das Unglück passierte auf einer Baustelle an der Kumpfmühler Straße", "Der
    Kran kippte auf einer Baustelle an der Augsburger Straße um"): one place, told twice."""
    return (
        a.kind == b.kind == "place"
        and {a.concept, b.concept} == {lex.site_concept, lex.near_concept}
        and _street(a)
        and _street(b)
    )


def _lead_streets(a: Value, b: Value, lex: Lexicon) -> bool:
    """Two streets where things stand, each named in its article's lead ("aus einer Wohnung
    an der Oldenburger Straße", "in einem Mehrfamilienhaus an der Stedinger Straße"): the
    lead tells where the story happened, whatever noun each puts there."""
    return (
        a.concept == b.concept == lex.site_concept
        and a.sentence < lex.lead_sentences
        and b.sentence < lex.lead_sentences
        and _street(a)
        and _street(b)
    )


def _street(value: Value) -> bool:
    return value.name is not None and is_street(value.name)


def _leads_count(a: Value, b: Value, lex: Lexicon) -> bool:
    """Both count the same noun of people or things, no cue word saying what either is, in
    their articles' leads ("Vier Männer haben … ein Juweliergeschäft betreten", "… stürmten
    zwei Männer mit Sturmhauben den Laden"): two leads tell the one event, and what they
    count by one noun is its one group. (A cue on one side may tell another group: "40
    Polizisten im Einsatz", "25 officers were injured". Two measures of one unit in two
    leads are often of two things: a distance of 20 km and one of 15 km.)"""
    return (
        a.kind == "count"
        and not (a.concept or b.concept)
        and a.unit is not None
        and a.unit == b.unit
        and a.unit not in lex.measures | lex.durations
        and max(a.sentence, b.sentence) < lex.lead_sentences
    )


def _same_counted(a: Value, b: Value, lex: Lexicon) -> bool:
    """Both count things, named by the same noun or by a noun and a compound of it
    ("Häuser", "Wohnhäuser")."""
    return lex.counts_things(a.unit) and lex.counts_things(b.unit) and _nouns_meet(a.unit, b.unit)


def _nouns_meet(a: str | None, b: str | None) -> bool:
    """The same noun, or one the last part of the other ("kutter", "fischkutter", "wagen",
    "personenwagen"), in German or English spelling ("traktor", "tractor")."""
    if a == b or a is None or b is None:
        return a == b
    a, b = _spelled_alike(a), _spelled_alike(b)
    short, long = sorted((a, b), key=len)
    # units are stemmed, a short noun less than a long one ("haus", "wohnhau")
    trimmed = next((short[: -len(e)] for e in ("en", "n", "e", "s") if short.endswith(e)), short)
    return len(short) >= 3 and long.endswith((short, trimmed))


def _spelled_alike(noun: str) -> str:
    """A noun as German and English spell it alike: German writes "k" and "z" where English
    writes "c", "f" where it writes "ph" ("Traktor", "tractor"; "Konzert", "concert")."""
    return noun.replace("ph", "f").replace("k", "c").replace("z", "c")


def _heads_meet(a: str | None, b: str | None) -> bool:
    """Two compounds of one noun ("lieferfirma", "chemiefirma"): an ending they share is a
    word of at least four letters, with at least three letters before it in each."""
    if a is None or b is None:
        return False
    shared = 0
    while shared < min(len(a), len(b)) and a[-1 - shared] == b[-1 - shared]:
        shared += 1
    ends = [a[-k:] for k in range(shared, 3, -1) if min(len(a), len(b)) - k >= 3]
    return any(known_word(end, "de") for end in ends)


def _synonyms(a: Value, b: Value) -> bool:
    """The same counted thing named by two different nouns ("120 Rechner" / "90 Computer",
    "40 Fahrgäste" / "40 passengers", "140 Häuser" / "95 Wohnhäuser"): the sentences' word
    vectors cannot see what they share, so their similarity is no evidence against it. Not
    when a cue says what one of them counts ("25 officers were injured") and nothing says
    so of the other."""
    if a.kind != "count" or a.unit is None or a.concept or b.concept:
        return False
    if a.unit != b.unit and not _nouns_meet(a.unit, b.unit):
        return False
    return stem(a.text.split()[-1]) != stem(b.text.split()[-1])


def _max_days(a: Value, b: Value, lex: Lexicon) -> float:
    """How far apart two dates of one slot may lie: a weekday names a day of the week around
    the report, not one months away."""
    key = "max_days_weekday" if a.relative or b.relative else "max_days"
    return lex.slots[key]


def _minutes_apart(a: Value, b: Value) -> float:
    """How far apart two clock times lie on the clock, across midnight too."""
    apart = abs(a.point - b.point) % DAY_MINUTES
    return min(apart, DAY_MINUTES - apart)


def _loose_units_fit(a: Value, b: Value, lex: Lexicon) -> bool:
    """Within one statement, any two nouns of what is counted fit ("14 Besatzungsmitglieder"
    / "16 Seeleute"), but room for something only room ("600 Sitzplätze" / "350
    Besucher"); a measure only the same measure, a period from or before now ("in jahr",
    "binnen zwei Jahren") being one."""
    if _room(a, lex) != _room(b, lex) or _responding(a, lex) != _responding(b, lex):
        return False
    return not any(_measures(v, lex) for v in (a, b))


def _responding(value: Value, lex: Lexicon) -> bool:
    """A count of those who came to help (``[wording] responders``), never of those they
    helped: "Mehr als 80 Einsatzkräfte waren am Berg" against "38 Fahrgäste abgeseilt"."""
    return value.unit is not None and value.unit in _responder_units()


@cache
def _responder_units() -> frozenset[str]:
    """The units ``[wording] responders`` are compared as, worked out once."""
    lex = lexicon()
    return frozenset(stem(listed_word(w, lex) or w) for w in lex.wording["responders"])


def _room(value: Value, lex: Lexicon) -> bool:
    """A count of room for something (``[units] capacity``)."""
    return value.unit is not None and value.unit.endswith(lex.capacity)


def counterparts(
    a: Value, b: Value, sentence_values: Mapping[Key, Sequence[Value]], lex: Lexicon
) -> bool:
    """``a`` and ``b`` have the same place in their sentences: each is the only value of its
    sentence of the other's kind, role and unit, or the only one that fits the other at all
    ("etwa 700 der rund 1.200 Flüge": the total is not a counterpart of a count)."""
    role = _plain(a.role)
    own = [v for v in sentence_values[(a.article_id, a.sentence)] if _plain(v.role) == role]
    other = [v for v in sentence_values[(b.article_id, b.sentence)] if _plain(v.role) == role]
    same_unit_a = [v for v in own if v.unit == a.unit and v.kind == a.kind]
    same_unit_b = [v for v in other if v.unit == b.unit and v.kind == b.kind]
    if a.unit is not None and a.unit == b.unit and same_unit_a == [a] and same_unit_b == [b]:
        return True
    fits_b = [v for v in own if v.kind == b.kind and _fits_loosely(v, b, lex)]
    fits_a = [v for v in other if v.kind == a.kind and _fits_loosely(a, v, lex)]
    return fits_b == [a] and fits_a == [b]


def _fits_loosely(a: Value, b: Value, lex: Lexicon) -> bool:
    return not _rank_and_count(a, b, lex) and (_units_fit(a, b, lex) or _loose_units_fit(a, b, lex))


def _rank_and_count(a: Value, b: Value, lex: Lexicon) -> bool:
    """One a floor, the other not: a rank ("im neunten Stock") is held only to another."""
    return lex.floor_concept in (a.concept, b.concept) and a.concept != b.concept


def build_slots(
    values: Sequence[Value],
    language: str,
    similarity: Similarity | None = None,
    same_statement: Callable[[Value, Value], bool] | None = None,
    within: Within = frozenset(),
) -> list[Slot]:
    """The slots that two or more articles fill, each split into stages.

    ``similarity`` of the two values' sentences must reach ``[slots] min_context`` for values that
    no cue word ties to a concept ("neun Stockwerke" and "drei Stockwerke" are not one slot
    unless the sentences are about the same thing). Counterpart values of two sentences
    that make the ``same_statement`` (statements.py) are one slot without other evidence.
    Two places one of which lies ``within`` the other (within.py) do not disagree.
    """
    lex = lexicon()
    sentence_values: dict[Key, list[Value]] = defaultdict(list)
    for value in values:
        sentence_values[(value.article_id, value.sentence)].append(value)
    shared = shared_context([v.context for v in values])
    pairs: list[tuple[float, float, int, int]] = []
    for i, a in enumerate(values):
        for j in range(i + 1, len(values)):
            b = values[j]
            score = alignment(a, b, lex)
            unconfirmed = (
                score > 0
                and not (a.concept and b.concept)
                and not _synonyms(a, b)
                # measures of the same head noun, perhaps in two languages ("die 640 Meter
                # lange Zug", "the 580-metre train"), whose sentences' word vectors cannot compare
                and not (a.head is not None and a.head == b.head)
                and not _leads_count(a, b, lex)
            )
            if unconfirmed and similarity and similarity(a, b) < lex.slots["min_context"]:
                score = 0.0
            # no word ties the two together, but their sentences may say the same thing,
            # or the words near them may
            if score <= 0 and _same_statement(a, b, same_statement, sentence_values, lex):
                score = alignment(a, b, lex, same_statement=True)
            if score <= 0 and shared(i, j) >= lex.context["min_shared"]:
                score = alignment(a, b, lex, same_statement=True) * lex.context["weight"]
            if score > 0:
                pairs.append((score, _gap(a, b), i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2], p[3]))
    group_of = list(range(len(values)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(values))}
    for _, _, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi == gj or not _may_join(members[gi], members[gj], values):
            continue
        for k in members[gj]:
            group_of[k] = gi
        members[gi].extend(members.pop(gj))
    figures = _figures(values)
    slots = []
    for group in members.values():
        chosen = [values[k] for k in sorted(group)]
        if len({v.article_id for v in chosen}) >= 2:
            slots.append(_slot(chosen, language, lex, figures, within))
    return _named_apart(slots)


def _figures(values: Sequence[Value]) -> set[Figure]:
    """Every count of a unit each article gives; a count without a noun gives the units of
    the counts of its sentence ("Rund 120 Einsatzkräfte seien noch vor Ort, in der Nacht
    waren es rund 350 gewesen")."""
    counts = [v for v in values if v.kind == "count"]
    units: dict[tuple[str, int], set[str]] = defaultdict(set)
    for v in counts:
        if v.unit:
            units[(v.article_id, v.sentence)].add(v.unit)
    return {
        (v.article_id, unit, round(v.point, 6))
        for v in counts
        for unit in ({v.unit} if v.unit else units[(v.article_id, v.sentence)])
    }


def _same_statement(
    a: Value,
    b: Value,
    same_statement: Callable[[Value, Value], bool] | None,
    sentence_values: Mapping[Key, Sequence[Value]],
    lex: Lexicon,
) -> bool:
    """Values of two articles' sentences that make the same statement, as counterparts;
    not a value inside someone's quotation, which tells what that person saw or felt ("„Um
    17.41 Uhr gab es einen Schlag auf dem Dach“"), however like a report's sentence it
    reads."""
    return (
        same_statement is not None
        and not (a.quoted or b.quoted)
        and a.article_id != b.article_id
        and a.kind == b.kind
        and same_statement(a, b)
        and counterparts(a, b, sentence_values, lex)
    )


def _plain(role: str) -> str:
    """The role, with the marks of a figure's state in time left out."""
    return "" if role in ("before", "update") else role


def _gap(a: Value, b: Value) -> float:
    if a.kind == "place":
        return 0.0 if compatible(a, b) else 1.0
    if a.kind == "count" and a.point > 0 and b.point > 0:
        return abs(math.log(a.point / b.point))
    return abs(a.point - b.point)


def _marked(value: Value) -> bool:
    """Placed in time: an earlier state or on a named weekday."""
    return value.role in ("before", "update") or (value.kind == "count" and value.day is not None)


def _may_join(left: list[int], right: list[int], values: Sequence[Value]) -> bool:
    """No two names or concepts that differ (but see _same_concept), and no article with two
    disagreeing values that nothing places in time (those are two different things, not one
    that changed)."""
    for i in left:
        for j in right:
            a, b = values[i], values[j]
            if a.article_id != b.article_id or compatible(a, b):
                continue
            if not (_marked(a) or _marked(b)) or (a.day == b.day and a.role == b.role):
                return False
    concepts = {values[k].concept for k in left + right if values[k].concept}
    lex = lexicon()
    # the day a lead gives the event and a day another lead says it began (_same_concept);
    # the street of an event and the one where the thing it happened at stands
    # (_street_of_event)
    streets = concepts == {lex.site_concept, lex.near_concept} and all(
        values[k].kind == "place" and (values[k].concept != lex.site_concept or _street(values[k]))
        for k in left + right
    )
    if len(concepts) > 1 and concepts != {lex.event, lex.event_day} and not streets:
        return False
    if len({values[k].sex for k in left + right if values[k].sex}) > 1:
        return False
    anchored = [values[k] for k in left + right if values[k].anchor]
    return not any(_apart(a, b) for n, a in enumerate(anchored) for b in anchored[n + 1 :])


def _two_people(a: Value, b: Value) -> bool:
    """Ages of a woman and of a man."""
    return a.sex is not None and b.sex is not None and a.sex != b.sex


def _apart(a: Value, b: Value) -> bool:
    """Anchored to different names: neither anchor is among the names near the other value
    ("near Cascia in Umbria" and "nahe Cascia" are not apart). The day and the time of a
    report's event are named once in its lead, near whatever name places the event ("in
    Eggenfelden", "in southern Germany", "bei Zislow"): two such days, or two times an
    event began, are never apart; nor are two counts of those who came to help, whichever
    towns they came from ("220 Feuerwehrleute aus Quedlinburg und den umliegenden Orten",
    "160 firefighters from across the Harz region")."""
    lex = lexicon()
    if not (a.anchor and b.anchor) or a.concept == b.concept == lex.event_day:
        return False
    # a measure of one thing told by its noun is that thing's, whatever name stands near
    # ("zogen „Bugsier 9“ und „Holtenau“ den 152 Meter langen Frachter", "Der 138 Meter
    # lange Frachter „Baltic Meridian“")
    if a.head and a.unit in lex.measures and a.unit == b.unit and _nouns_meet(a.head, b.head):
        return False
    if a.kind == "time" and a.concept == b.concept == lex.event:
        return False
    if a.unit == b.unit and _responding(a, lex):
        return False
    return not (
        any(_one_name(a.anchor, name) for name in b.names or (b.anchor,))
        or any(_one_name(b.anchor, name) for name in a.names or (a.anchor,))
    )


def _one_name(anchor: str, name: str) -> bool:
    """Two spellings of one name (similar_names), or a surname cut to its initial, as
    tabloids write it ("Jürgen P. (63)" is "Jürgen Pohl (58)")."""
    initial, full = sorted((anchor, name), key=len)
    if len(initial) == 2 and initial.endswith(".") and full[:1] == initial[0]:
        return True
    return similar_names(anchor, name)


def _slot(
    values: list[Value], language: str, lex: Lexicon, figures: set[Figure], within: Within
) -> Slot:
    stages = in_stages(values, any(v.concept in lex.changing for v in values))
    sides = tuple(_sides(stage) for stage in stages)
    conflicting = tuple(_disagree(stage, figures, within) for stage in stages)
    return Slot(_topic(values, language, lex), sides, conflicting)


def _sides(stage: list[Value]) -> tuple[Side, ...]:
    groups: dict[float | str, list[Value]] = defaultdict(list)
    for value in stage:
        key = value.name or "" if value.kind == "place" else round(value.point, 6)
        groups[key].append(value)
    sides = [
        Side(
            text=group[0].text,
            point=group[0].point,
            article_ids=tuple(dict.fromkeys(v.article_id for v in group)),
            values=tuple(group),
        )
        for group in groups.values()
    ]
    sides.sort(key=lambda s: (-len(s.article_ids), s.values[0].article_id, s.values[0].start))
    return tuple(sides)


def _disagree(stage: list[Value], figures: set[Figure], within: Within) -> bool:
    """Two articles give values that cannot both be true, and no third source's estimate
    takes in both ("rund 90 Prozent" against 91 and 92: one figure, said more or less
    precisely), and no article that gives one of the two figures here gives the other for
    something else: a report with both the union's "acht Prozent" and the employer's "drei
    Prozent" shows that another's "drei Prozent" is the offer, not a different demand."""
    estimates = [v for v in stage if estimate(v)]
    givers: dict[float, set[str]] = defaultdict(set)
    for value in stage:
        givers[round(value.point, 6)].add(value.article_id)

    def known_apart(x: Value, y: Value) -> bool:
        figure = (y.unit, round(y.point, 6))
        return any((article, *figure) in figures for article in givers[round(x.point, 6)])

    return any(
        a.article_id != b.article_id
        and not compatible(a, b)
        and not (a.kind == "place" and one_within(a.name, b.name, within))
        and not known_apart(a, b)
        and not known_apart(b, a)
        and not any(
            e.article_id not in (a.article_id, b.article_id)
            and compatible(e, a)
            and compatible(e, b)
            for e in estimates
        )
        for n, a in enumerate(stage)
        for b in stage[n + 1 :]
    )


def _named_apart(slots: list[Slot]) -> list[Slot]:
    """Slots of one topic are told apart by the name their values are anchored to."""
    counts = Counter(slot.topic for slot in slots)
    named = []
    for slot in slots:
        values = [v for stage in slot.stages for side in stage for v in side.values]
        anchors = sorted({v.anchor for v in values if v.anchor})
        if counts[slot.topic] > 1 and len(anchors) == 1:
            slot = Slot(f"{slot.topic} ({anchors[0].title()})", slot.stages, slot.conflicting)
        named.append(slot)
    return named


def _topic(values: list[Value], language: str, lex: Lexicon) -> str:
    """The concept's label, else the unit as written, else the head noun."""
    return _what(values, language, lex)


def _what(values: list[Value], language: str, lex: Lexicon) -> str:
    # a day the event began on and a lead's day of the event: the day of the event
    concepts = sorted((v.concept for v in values if v.concept), key=lambda c: c != lex.event_day)
    labels = lex.labels.get(language, lex.labels["de"])
    if concepts:
        return labels.get(concepts[0], concepts[0])
    for value in values:
        words = value.text.split()
        if len(words) > 1 and words[-1][:1].isalpha():
            return words[-1]
        # a number, its measure and what it measures as one word: "11-Kilogramm-Gasflasche"
        parts = value.text.split("-")
        if len(words) == 1 and len(parts) > 2 and parts[-1][:1].isupper():
            return parts[-1]
        if value.unit and value.unit.startswith("#"):  # a mark along a way: "Kilometer 12"
            return words[0]
    heads = [v.head for v in values if v.head]
    return heads[0] if heads else values[0].text
