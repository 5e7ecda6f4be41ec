"""Values a sentence states: counts and amounts, clock times and dates, with what they are about.

Each value knows the interval its wording allows ("rund 700" is 650–750, "mehr als 300"
is 300–375, "Dutzende" 24–99), the unit it counts, the concept a nearby cue word gives it
("getötet" -> tote), the named entity it is anchored to, the weekday it is placed on and
its role ("bis 18 Uhr" ends a span, "zunächst zwölf" is an earlier state, "900 der 1.200"
makes 1.200 a total and "zwei der Flüchtigen" a part, "weltweit" makes a count one of
the whole, "im Februar 2021" makes a count one of another time), the words near it
(context.py) and, for an age, whose it is. The values themselves are first found by
drafts.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from lagebild.analyze.streets import is_street
from lagebild.analyze.tense import pluperfect
from lagebild.compare.anchors import NAMED, PERSONS, anchors, person_before, same_clause
from lagebild.compare.context import context_terms
from lagebild.compare.days import beside_time, day_of_another, value_day
from lagebild.compare.drafts import (
    ARTICLES,
    DISTRICT,
    NOUN,
    find_drafts,
    text_of,
    unit_of,
    without_overlaps,
    word_before_place,
)
from lagebild.compare.lexicon import Lexicon, concept_of, cue_positions, lexicon
from lagebild.compare.roles import YEAR, Draft, Kind, Role, is_total, of_another_time, role_of
from lagebild.compare.wording import (
    AGE,
    DIMENSIONS,
    FALL,
    age_group,
    age_sex,
    converted,
    dissent,
    length_word,
    own_cue,
    word_after,
    worded_concepts,
)
from lagebild.records import Analysis, Sentence, Token

# a moment or a place told "nach ersten Informationen" is when or where it was, never an
# earlier state
_NO_STATES = frozenset({"time", "place"})
# a measure written as one word with its number: "186-metre", "42-Meter"
_ATTRIBUTIVE = re.compile(r"\d-[^\W\d]")


@dataclass(frozen=True, slots=True)
class Value:
    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    kind: Kind
    point: float
    low: float
    high: float
    unit: str | None = None
    concept: str | None = None
    head: str | None = None
    anchor: str | None = None
    names: tuple[str, ...] = ()  # every name near enough to anchor it, nearest first
    day: tuple[int, int] | None = None  # (weekday, daypart or -1)
    role: Role = ""
    token: int = 0
    name: str | None = None  # for a place: its name
    published: str | None = None  # when the article giving it was published (ISO)
    relative: bool = False  # a date resolved against the publication ("am Dienstag")
    context: frozenset[str] = frozenset()  # the words near it (context.py)
    sex: str | None = None  # for an age: "f" or "m" when its wording says (wording.py)
    began: bool = False  # a lead's day on which the event began (lead.py)
    # a date or time its clause tells in the pluperfect ("waren ... eingedrungen")
    pluperfect: bool = False
    quoted: bool = False  # inside someone's direct quotation
    # an earlier state only as a first report's figure ("nach ersten Angaben neun")
    first_report: bool = False


def find_values(analysis: Analysis, names: Mapping[str, str] | None = None) -> list[Value]:
    """Every value stated in the article, in text order. ``names`` files a name under the
    canonical name of its entity in the story ("RKI" -> "Robert Koch-Institut"), so that
    the values of two articles are anchored alike however each writes the name."""
    lex = lexicon()
    text = analysis.article.text
    quotes = [q for q in analysis.quotes if q.kind == "direct"]
    persons = {m.end for m in analysis.mentions if m.type == "PER"}
    # (a one-word organisation is often a noun taken for one: "Verletzungen")
    organisations = [
        (m.start, m.end) for m in analysis.mentions if m.type == "ORG" and " " in m.text
    ]
    # where the people who speak in the article are named: a speaker's own trip is not the
    # one the story is of ("erzählt Lena Hofbauer (34), die zu den Großeltern nach Augsburg
    # wollte")
    speakers = {q.speaker for q in analysis.quotes if q.speaker}
    witnesses = [m.start for m in analysis.mentions if m.type == "PER" and m.text in speakers]
    values: list[Value] = []
    lead_weekday = False
    revised = False  # the sentence before said a figure is more than first thought
    for sentence in analysis.sentences:
        drafts = find_drafts(analysis, sentence, lex)
        drafts += [
            Draft(w.start, w.end, "count", w.point, w.point, w.point, None, concept="abweichend")
            for w in dissent(text, sentence.start, sentence.end, lex)
        ]
        starts = [t.start for t in sentence.tokens]
        drafts = [
            d
            for d in without_overlaps(drafts, text)
            if not (age_group(text, d.start, d.end) or converted(text, d.start, lex))
        ]
        for d in drafts:
            digit = re.search(r"\d", text[d.start : d.end])
            # a count of one stands where its noun does ("ein 29 Jahre alter Mann")
            at = d.person if d.person is not None else d.start + (digit.start() if digit else 0)
            d.token = min(bisect_left(starts, at), max(len(starts) - 1, 0))
        times = [d.token for d in drafts if d.kind == "time"]
        counts = [(d.token, d.start) for d in drafts if d.kind == "count"]
        # a weekday beside a lead's clock time is the day of that time and, as the time is
        # the event's (lead.py), the event's day too ("Das Feuer brach am Sonntagmorgen
        # gegen 2.30 Uhr aus")
        timed = {
            id(d)
            for d in drafts
            if d.relative and sentence.index < lex.lead_sentences and beside_time(d.token, times)
        }
        drafts = [
            d
            for d in drafts
            if id(d) in timed
            or not (d.relative and day_of_another(sentence, d.token, d.start, times, counts, lex))
        ]
        spans = [(d.start, d.end) for d in drafts]
        worded = {
            i: concept
            for i, concept in worded_concepts(text, spans, persons, lex).items()
            if drafts[i].person is None  # "ein 29 Jahre alter Mann": the age is the number's
            # a place is no measure, whatever follows it ("im Stadtteil Waldau aus zwölf
            # Metern Höhe")
            and drafts[i].kind != "place"
        }
        concepts = _attach_concepts(sentence, drafts, lex, worded, organisations, witnesses)
        for i, d in enumerate(drafts):
            if d.kind == "date" and _reopens(text, sentence, d, concepts.get(i), lex):
                concepts[i] = lex.reopening
            # a street no event's cue names is where its building stands (drafts.py); a
            # place near which something happened, or a road on which it did, is where
            # the event did
            if d.kind == "place" and i not in concepts:
                if d.unit:
                    concepts[i] = lex.site_concept
                elif sentence.index < lex.lead_sentences and (
                    _near(text, sentence, d, lex) or _on_street(text, sentence, d)
                ):
                    concepts[i] = lex.near_concept
        # the words that place a value in time, looked up once per sentence
        marked = cue_positions(
            sentence,
            {
                "before": tuple(lex.before),
                "first": tuple(lex.first_reports),
                "so_far": lex.so_far,
                "update": lex.update,
                "then": lex.then,
                "total": lex.cumulative,
                "span": tuple(lex.since | lex.end),
            },
        )
        then = [position for cue, position in marked if cue == "then"]
        nearest = {
            wanted: {
                _nearest(list(range(len(drafts))), drafts, sentence, position, lex, clause=True)
                for cue, position in marked
                if cue == wanted
            }
            for wanted in ("before", "first", "so_far", "update")
        }
        # a running tally is an earlier state of a count, not of a share (compare.toml)
        tallies = {i for i in nearest["so_far"] if i is not None and drafts[i].unit != "prozent"}
        told_earlier = _states(text, drafts, nearest["before"] | tallies)
        first_reported = _states(text, drafts, nearest["first"])
        earlier = told_earlier | first_reported
        updated = _joined(
            text,
            drafts,
            nearest["update"]
            | _cumulative(sentence, drafts, marked, lex)
            | _still_on_day(sentence, drafts, lex)
            | ({i for i, d in enumerate(drafts) if d.kind == "count"} if revised else set()),
        )
        revised = _revises(sentence, drafts, marked, lex)
        # a place is a value itself; a name by how a vote went is who dissented ("bei
        # einer Enthaltung Bayerns"), not what was voted on; an age is a person's, only a
        # person's name anchors it ("Der 29-Jährige wurde in Worms gefasst" is not apart
        # from "the 34-year-old was detained in Mainz")
        near_names = [
            anchors(
                analysis,
                sentence,
                d.start,
                d.token,
                lex,
                names or {},
                PERSONS if concepts.get(i) == AGE else NAMED,
            )
            if d.kind != "place" and d.concept != "abweichend"
            else ()
            for i, d in enumerate(drafts)
        ]
        for i, d in enumerate(drafts):
            # "der 61-Jährige" with no one named near is the person named just before
            if concepts.get(i) == AGE and not near_names[i] and _definite(sentence, d):
                near_names[i] = person_before(analysis, sentence, lex, names or {})
        for i, d in enumerate(drafts):
            if d.kind == "place" and concepts.get(i) not in lex.place_concepts:
                continue
            told_before = d.kind in ("date", "time") and pluperfect(_clause(sentence, d))
            # a weekday sets the scene of many sentences; it is a date of its own only
            # when a cue says what happens on it ("brach am Montag aus"), or as the
            # first weekday of the first sentence, of a lead's clock time or of a lead
            # sentence in the pluperfect, which says when the event happened (lead.py),
            # unless it starts a span ("ab Donnerstag")
            if d.relative and i not in concepts:
                first = (
                    sentence.index == 0
                    or id(d) in timed
                    or (sentence.index < lex.lead_sentences and told_before)
                )
                if (
                    not first
                    or lead_weekday
                    or _starts_span(text, d.start, d.end, lex)
                    or _habitual(sentence, d)
                ):
                    continue
                lead_weekday = True
            values.append(
                Value(
                    article_id=analysis.article.id,
                    sentence=sentence.index,
                    start=d.start,
                    end=d.end,
                    text=text[d.start : d.end],
                    kind=d.kind,
                    point=d.point,
                    low=d.low,
                    high=d.high,
                    unit=_unit(text, d, concepts.get(i), lex),
                    concept=concepts.get(i),
                    head=_head(sentence, d, lex) if d.kind != "time" else None,
                    anchor=near[0] if (near := near_names[i]) else None,
                    names=near,
                    day=value_day(sentence, d.token, analysis.article.published, lex),
                    # what the wording types (an age, a vote) belongs to one act and has
                    # no earlier or later state
                    role="then"
                    if of_another_time(sentence, d, drafts, analysis.article.published, lex, then)
                    else "speaker"
                    if concepts.get(i) == AGE and _speaks(text, sentence, d, lex)
                    else role_of(
                        text,
                        sentence,
                        d,
                        drafts,
                        lex,
                        i in earlier and i not in worded and not d.concept,
                        i in updated and i not in worded and not d.concept,
                        _contrasted(i, drafts, concepts, values),
                    ),
                    token=d.token,
                    name=d.name,
                    published=analysis.article.published,
                    relative=d.relative,
                    first_report=i in first_reported - told_earlier,
                    context=context_terms(sentence, d.start, d.token, spans, lex),
                    sex=age_sex(text, d.start, d.end) if concepts.get(i) == AGE else None,
                    pluperfect=told_before,
                    quoted=any(q.start <= d.start < q.end for q in quotes),
                )
            )
    return values


def _revises(
    sentence: Sentence, drafts: list[Draft], marks: list[tuple[str, int]], lex: Lexicon
) -> bool:
    """Whether the sentence, with no count of its own, says a figure is more or less than
    first thought ("Der Schaden ist höher als zunächst angenommen."): one of ``[time]
    revised`` right before one of its "before" cues (``marks``)."""
    if any(d.kind == "count" for d in drafts):
        return False
    words = [t.text.lower() for t in sentence.tokens]
    return any(
        cue == "before" and " ".join(words[max(p - 2, 0) : p]) in lex.revised for cue, p in marks
    )


def _states(text: str, drafts: list[Draft], found: set[int | None]) -> set[int | None]:
    """The drafts a cue found (``found``) that can be an earlier state, with the counts
    joined to them (_joined): not a moment or a place."""
    return _joined(
        text, drafts, {i for i in found if i is not None and drafts[i].kind not in _NO_STATES}
    )


def _definite(sentence: Sentence, draft: Draft) -> bool:
    """The value follows a definite article ("der 61-Jährige", "Die 72-Jährige")."""
    return draft.token > 0 and sentence.tokens[draft.token - 1].text.lower() in ARTICLES


def _still_on_day(sentence: Sentence, drafts: list[Draft], lex: Lexicon) -> set[int | None]:
    """The count nearest, in its clause, to a weekday a state still held on ("Zwei
    Verletzte werden am Montag noch im Krankenhaus behandelt"): the latest state, as a
    count told as risen or fallen is."""
    tokens = sentence.tokens
    counts = [i for i, d in enumerate(drafts) if d.kind == "count"]
    return {
        _nearest(counts, drafts, sentence, p, lex, clause=True)
        for p in range(len(tokens) - 1)
        if tokens[p + 1].text.lower() in lex.still
        and any(tokens[p].text.lower().startswith(day) for day in lex.weekdays)
    }


# Words that join counts told as one ("mehr als 210 Schafe und 15 Rinder").
_JOINING = frozenset({"und", "sowie", "and"})


def _joined(text: str, drafts: list[Draft], marked: set[int | None]) -> set[int | None]:
    """``marked`` and each count joined to a marked one by a word of ``_JOINING``: a cue
    that tells when one was counted tells it of both ("Insgesamt sind nun mehr als 210
    Schafe und 15 Rinder verendet")."""
    joined = set(marked)
    for i in sorted(k for k in marked if k is not None and drafts[k].kind == "count"):
        for j in range(i + 1, len(drafts)):
            if (
                drafts[j].kind != "count"
                or text[drafts[j - 1].end : drafts[j].start].strip().lower() not in _JOINING
            ):
                break
            joined.add(j)
    return joined


def _on_street(text: str, sentence: Sentence, place: Draft) -> bool:
    """A street named right after "auf der" or "on": what a lead tells happened there
    happened on the road ("galoppierten sie auf der Freckenhorster Straße in die Menge");
    a street after "in der" or "an der" is more often where a building stands."""
    words = text[sentence.start : place.start].lower().split()[-2:]
    return is_street(text[place.start : place.end]) and (
        words == ["auf", "der"] or words[-1:] == ["on"]
    )


def _near(text: str, sentence: Sentence, place: Draft, lex: Lexicon) -> bool:
    """A place named right after a word of nearness ("bei Guxhagen", "near Achim", "near
    the village of Mücke"); one that only locates another place named just before it ("in
    Otterndorf bei Cuxhaven") is no value (drafts.py)."""
    return word_before_place(text[sentence.start : place.start], lex) in lex.near


def _contrasted(i: int, drafts: list[Draft], concepts: dict[int, str], before: list[Value]) -> bool:
    """The last count with a concept before count ``i``, in its sentence or else in the
    article before it (``before``), is about another concept. An age counts no one ("Ein
    17-Jähriger erlitt einen Kieferbruch. Vier weitere Menschen wurden leicht verletzt")."""
    own = concepts.get(i)
    earlier = [
        concept
        for k, d in enumerate(drafts)
        if d.kind == "count"
        and d.start < drafts[i].start
        and (concept := concepts.get(k))
        and concept != AGE
    ] or [v.concept for v in before if v.kind == "count" and v.concept not in (None, AGE)]
    return own is not None and bool(earlier) and earlier[-1] != own


def _unit(text: str, draft: Draft, concept: str | None, lex: Lexicon) -> str | None:
    """The unit a value is compared in: an age is in years however it is written ("54
    Jahre alt", "a 61-year-old", "die 58-Jährige"), a dimension in the length unit joined
    to its number ("the 45-meter-long barn")."""
    if concept == AGE:
        return "jahr"
    if draft.kind == "place" and concept not in (lex.origin_concept, lex.site_concept):
        # an event's place is compared by its cue, not by what stands there; a district
        # stays one, which its town does not disagree with
        return DISTRICT if draft.unit == DISTRICT else None
    if draft.unit is None and concept in (*DIMENSIONS, FALL):
        return unit_of(length_word(text, draft.start, draft.end, lex), lex)
    return draft.unit


def _speaks(text: str, sentence: Sentence, draft: Draft, lex: Lexicon) -> bool:
    """The age right after a verb of speaking and an article that follow a quotation: that
    of someone quoted, a witness ("…“, erzählt die 27-Jährige"; not "Police said the
    61-year-old captain had failed a breath test", what was said of someone, nor "Er habe
    um seine Entlassung gebeten, sagte der 52-Jährige", the subject of the report)."""
    parts = text[sentence.start : draft.start].rsplit(maxsplit=2)
    if len(parts) < 3:
        return False
    before, verb, article = parts
    return (
        verb.lower() in lex.wording["speaks"]
        and article.lower() in ARTICLES
        and before.removesuffix(",").endswith(("“", '"', "”"))
    )


def _cumulative(
    sentence: Sentence, drafts: list[Draft], marks: list[tuple[str, int]], lex: Lexicon
) -> set[int | None]:
    """The counts that a total over the span of an operation gives ("Insgesamt waren seit dem
    Abend 240 Einsatzkräfte beteiligt"): a word of a total and the start or end of a span in
    the count's clause (``marks``: the sentence's "total" and "span" cues), the span not one
    of years ("seit 2021 insgesamt 700 Einsätze" is a count up to now); or a word of a
    total and one that sums up what came before ("Damit kamen insgesamt 23 Menschen in
    Kliniken", "insgesamt sind damit fünf Menschen im Krankenhaus")."""
    tokens = sentence.tokens
    totals = [tokens[p].start for cue, p in marks if cue == "total"]
    spans = [
        tokens[p].start
        for cue, p in marks
        if cue == "span" and not any(YEAR.fullmatch(t.text) for t in tokens[p + 1 : p + 3])
    ]
    # the adverb, not the conjunction after a comma ("..., damit die Kinder sicher sind")
    sums = [
        t.start
        for k, t in enumerate(tokens)
        if t.text.lower() in lex.sums_up and (k == 0 or tokens[k - 1].text != ",")
    ]
    return {
        i
        for i, d in enumerate(drafts)
        if d.kind == "count"
        and any(same_clause(sentence, d.start, at) for at in totals)
        and any(same_clause(sentence, d.start, at) for at in spans + sums)
    }


def _reopens(
    text: str, sentence: Sentence, draft: Draft, concept: str | None, lex: Lexicon
) -> bool:
    """A date on which something is restored; until which it is closed ("bis zum 4. Dezember
    gesperrt", "bis einschließlich Mittwoch, 11. März, gesperrt"); or from which something
    runs again ("ab dem 18. Dezember wieder über den Platz rollen"): the day it comes back."""
    before = set(text[max(draft.start - 40, sentence.start) : draft.start].lower().split()[-4:])
    return (
        concept in lex.restored
        or (concept in lex.closed_until and bool(before & lex.end))
        or (
            bool(before & lex.span_from)
            and any(t.text.lower() in lex.again for t in _clause(sentence, draft))
        )
    )


def _clause(sentence: Sentence, draft: Draft) -> list[Token]:
    """The tokens of the clause a value stands in."""
    return [t for t in sentence.tokens if same_clause(sentence, t.start, draft.start)]


def _statement_day(sentence: Sentence, draft: Draft, lex: Lexicon) -> bool:
    """A day right after a verb of saying in its clause ("teilte die Polizei am Donnerstag
    mit", "police said on Thursday"): the day of the statement."""
    before = [t for t in _clause(sentence, draft) if t.end <= draft.start][-4:]
    return any(t.text.lower() in lex.wording["reports"] for t in before)


def _habitual(sentence: Sentence, draft: Draft) -> bool:
    """A value in a clause that opens with "Wenn" tells what happens whenever, no day of
    the event ("Wenn Marita Böckmann am Sonntagmorgen frische Brötchen will, ...")."""
    first = sentence.tokens[0]
    return first.text.lower() == "wenn" and same_clause(sentence, first.start, draft.start)


def _starts_span(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A word that starts or ends a span right before ``start`` ("ab Donnerstag", "bis
    Freitag", "seit Montag"), or "von" before and "an" after the value at ``start:end``
    ("von Samstag an")."""
    before = text[max(start - 12, 0) : start].lower().split()[-2:]
    if before[-1:] == ["von"] and word_after(text, end) == "an":
        return True
    return bool(set(before) & (lex.since | lex.end | lex.span_from))


def _cue_fits(draft: Draft, concept: str, sentence: Sentence, position: int, lex: Lexicon) -> bool:
    """Whether the cue of ``concept`` at token ``position`` can say what ``draft`` is."""
    kind, unit = draft.kind, draft.unit
    if kind == "date" and _statement_day(sentence, draft, lex):
        return False
    # a group of people or things names how many, not when ("Die Täter hebelten gegen 3.40
    # Uhr ..."), and the start of an event when, not how many ("vier Gefangene sind
    # ausgebrochen"); a court names where, not how many
    if concept in lex.people_groups and (kind != "count" or lex.counts_things(unit)):
        # ... and a count with a noun of its own is not counted by another group's noun
        # ("hospital staff to move 64 patients")
        return False
    # ... nor, with what happens to it, what an amount of money or a length measures ("Die
    # Täter ... erbeuteten knapp 180.000 Euro", "will eine Lücke von 1,1 Milliarden Euro
    # schließen"), though a share of it ("20 Prozent der Filialen sollen schließen")
    if unit in lex.measures - {"prozent"} and concept in lex.people_groups | lex.people_happenings:
        return False
    # a prison sentence is a duration; what harms people does not count things
    if (unit not in lex.durations and concept in lex.duration_concepts) or (
        unit in lex.things and concept in lex.harmed
    ):
        return False
    # a depth or an area is measured, never counted ("Sechs Schüler stürzten in die Tiefe")
    if concept in lex.measured and lex.counts_things(unit):
        return False
    # concepts of one kind of value only: an amount, a day, an event's time, a place
    only_for = (
        (kind != "count", lex.amounts_only),
        (kind == "count", lex.days_only | {lex.event}),
        (kind != "place", lex.places_only),
    )
    if any(wrong_kind and concept in concepts for wrong_kind, concepts in only_for):
        return False
    # what happens to people happens on a day, not from or up to one ("Ab Dienstag suchen
    # Helfer nach weiteren toten Tieren")
    offset = sentence.start
    if (
        kind == "date"
        and concept in lex.event_happenings
        and _starts_span(sentence.text, draft.start - offset, draft.end - offset, lex)
    ):
        return False
    if kind == "place" and concept == lex.destination:
        before = sentence.text[: draft.start - offset]
        if word_before_place(before, lex) not in lex.bound:
            return False
    # a place is where its own clause's event happened ("zwei der Männer gefasst, die aus
    # dem Gefängnis in Bruchsal geflohen waren")
    return kind != "place" or same_clause(sentence, draft.start, sentence.tokens[position].start)


def _attach_concepts(
    sentence: Sentence,
    drafts: list[Draft],
    lex: Lexicon,
    worded: dict[int, str],
    organisations: Sequence[tuple[int, int]] = (),
    witnesses: Sequence[int] = (),
) -> dict[int, str]:
    """The concept of each value: the one its wording gives (``worded``, or the draft's
    own), else from its unit if that is a cue, else from a cue near it; not from a word of
    an organisation's name of several words (``organisations``, spans of the text: "the
    operator, Diakonische Altenhilfe Lippe", where "Altenhilfe" is no aid), nor from a cue
    that names a part of a group (``[people] subset``: "darunter Beschäftigte"); a place is
    no destination after someone who speaks in the article (``witnesses``, where they are
    named)."""
    concepts: dict[int, str] = {}
    for i, d in enumerate(drafts):
        # the unit as written, or a measure as compared ("square metres" as "quadratmeter")
        measure = d.unit if d.unit in lex.measures else None
        units = [u.lower() for u in (d.unit_text, measure) if u]
        unit_concept = next((c for u in units if (c := concept_of(u, lex))), None)
        # a counted thing that is a cue of a start ("45 Notrufe") is no start
        if d.kind == "count" and unit_concept in lex.days_only | {lex.event}:
            unit_concept = None
        own = text_of(sentence, d)
        inside = own_cue(own, lex) if d.kind == "count" else None
        if found := d.concept or worded.get(i) or unit_concept or inside:
            concepts[i] = found
    # a measure written as one word with its number ("the 186-metre vessel") describes its
    # noun, whatever else the sentence says; the town of a clinic someone was taken to is
    # never where an event happened ("in die Unfallklinik Murnau geflogen")
    free = [
        i
        for i, d in enumerate(drafts)
        if i not in concepts
        and not is_total(sentence, d, drafts)
        and not (d.unit in lex.measures and _attributive(sentence, d))
        and not (d.kind == "place" and d.unit in lex.named_by_town)
    ]
    tokens = sentence.tokens
    cues = [
        (concept, position)
        for concept, position in cue_positions(sentence, lex.concepts)
        if not any(a <= tokens[position].start < b for a, b in organisations)
        and not (position and tokens[position - 1].text.lower() in lex.subset)
    ]
    # a cue names the concept of one number, time or date, and a value takes one cue: pairs
    # in one clause first, then the nearest; a cue of an event that happens in one place
    # also names a place
    place_cues = [(c, p) for c, p in cues if c in lex.place_concepts]
    for candidates, offered in (
        ([i for i in free if drafts[i].kind != "place"], cues),
        ([i for i in free if drafts[i].kind == "place"], place_cues),
    ):
        pairs = sorted(
            (
                not same_clause(sentence, drafts[i].start, sentence.tokens[position].start),
                # a street or town before the district it lies in ("im Ahornweg im
                # Ortsteil Hangelar aufgeschlagen"): the district is compared as one anyway
                drafts[i].unit == DISTRICT,
                # a weekday takes a cue only when no other value of its clause wants it
                drafts[i].relative,
                # a percentage is the share its clause names before any nearer cue ("Der
                # Exportanteil am Umsatz lag bei 14 Prozent")
                not (drafts[i].unit == "prozent" and concept in lex.shares),
                abs(drafts[i].token - position),
                n,
                i,
                concept,
            )
            for n, (concept, position) in enumerate(offered)
            for i in _people_first(
                _reachable(candidates, drafts, sentence, position, lex),
                concept,
                drafts,
                sentence,
                position,
                lex,
            )
            if _cue_fits(drafts[i], concept, sentence, position, lex)
            and not (
                concept == lex.destination
                and any(sentence.start <= p < drafts[i].start for p in witnesses)
            )
        )
        used: set[int] = set()
        for _, _, _, _, _, n, i, concept in pairs:
            if i not in concepts and n not in used:
                concepts[i] = concept
                used.add(n)
    # "elf Beschäftigte wurden verletzt": what happened to a group says what it counts,
    # however far the verb that closes its clause stands
    for i, d in enumerate(drafts):
        if concepts.get(i) in lex.people_groups and not d.concept and i not in worded:
            happened = [
                (abs(d.token - position), concept)
                for concept, position in cues
                if concept in lex.people_happenings
                and same_clause(sentence, d.start, sentence.tokens[position].start)
            ]
            if happened:
                concepts[i] = min(happened)[1]
    return concepts


def _reachable(
    candidates: list[int], drafts: list[Draft], sentence: Sentence, position: int, lex: Lexicon
) -> list[int]:
    """The candidates a cue at ``position`` can name: the nearest, and any other within
    ``window`` tokens; none when the cue is part of a value."""
    nearest = _nearest(candidates, drafts, sentence, position, lex)
    if nearest is None:
        return []
    near = [i for i in candidates if abs(drafts[i].token - position) <= lex.window]
    return sorted(set(near) | {nearest})


def _people_first(
    reachable: list[int],
    concept: str,
    drafts: list[Draft],
    sentence: Sentence,
    position: int,
    lex: Lexicon,
) -> list[int]:
    """What happens to people names a count of people ("Menschen", "Anwohner", "ein
    Mann") when its clause has one, not a count of anything else there ("210 Anwohner aus
    zwei Straßen in Sicherheit gebracht")."""
    if concept not in lex.people_happenings:
        return reachable
    at = sentence.tokens[position].start
    persons = _persons()
    people = [
        i
        for i in reachable
        if drafts[i].kind == "count"
        and drafts[i].unit in persons
        and same_clause(sentence, drafts[i].start, at)
    ]
    return people or reachable


@cache
def _persons() -> frozenset[str]:
    """The units of counts of people: the lexicon's generic nouns ("Menschen") and its
    nouns of one person ("Mann", "Fahrer"), worked out once."""
    lex = lexicon()
    return lex.generic | {u for w in lex.wording["one_people"] if (u := unit_of(w, lex))}


def _nearest(
    candidates: list[int],
    drafts: list[Draft],
    sentence: Sentence,
    position: int,
    lex: Lexicon,
    clause: bool = False,
) -> int | None:
    """The candidate value nearest to the cue at ``position``; none when the cue is part of
    a value. With ``clause``, only one with no comma, colon or semicolon in between."""
    at = sentence.tokens[position].start
    if any(d.start <= at < d.end for d in drafts):
        return None  # a cue inside a value ("531 Schließungen") is that value's own unit
    outside = candidates
    if clause:
        outside = [i for i in outside if same_clause(sentence, drafts[i].start, at)]
    near = min(outside, key=lambda i: abs(drafts[i].token - position), default=None)
    if near is None:
        return None
    counts = [i for i in outside if drafts[i].kind == drafts[near].kind]
    if abs(drafts[near].token - position) > lex.window and len(counts) > 1:
        return None
    return near


def _attributive(sentence: Sentence, draft: Draft) -> bool:
    """A measure written as one word with its number ("the 186-metre vessel")."""
    return _ATTRIBUTIVE.search(text_of(sentence, draft)) is not None


def _described(tokens: Sequence[Token], number: int) -> Token | None:
    """The noun a measure describes through an adjective after its unit ("ein 32 Meter
    langer Maibaum", "Der 28 Meter lange Baum")."""
    after = tokens[number + 2 : number + 4]
    if len(after) == 2 and after[0].pos == "ADJ(A)" and after[1].pos in NOUN:
        return after[1]
    return None


def _head(sentence: Sentence, draft: Draft, lex: Lexicon) -> str | None:
    """The nearest noun around a measured number that is not its unit or scale, after it
    when two are as near; a measure joined to its number by a hyphen ("the 186-metre
    vessel") describes the word after it, or the end of its compound ("das
    186-Meter-Schiff"). The noun as a unit is compared ("Fähre" and
    "vessel" as "schiff")."""
    if draft.kind == "count" and (draft.unit is None or draft.unit not in lex.measures):
        return None
    tokens = sentence.tokens
    following = tokens[draft.token + 1] if draft.token + 1 < len(tokens) else None
    own = text_of(sentence, draft).split("-")
    if len(own) > 2 and own[-1].isalpha():
        return unit_of(own[-1], lex)  # "14-Kilometer-Abschnitt"
    if _attributive(sentence, draft) and following is not None and following.text.isalpha():
        return unit_of(following.text, lex)
    if described := _described(tokens, draft.token):
        return unit_of(described.text, lex)
    near: list[tuple[int, bool, str]] = []
    for position, token in enumerate(sentence.tokens):
        if token.pos not in NOUN or draft.start <= token.start < draft.end:
            continue
        lower = token.text.lower()
        if lower in lex.scales or unit_of(token.text, lex) == draft.unit:
            continue
        distance = abs(position - draft.token)
        if distance <= 4:
            # of two nouns as near, the one after the measure is what it measures ("Nach
            # ersten Berechnungen sind 40.000 Liter Rohöl ausgetreten")
            near.append((distance, position < draft.token, unit_of(lower, lex) or lower))
    return min(near)[2] if near else None
