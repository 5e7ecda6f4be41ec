"""Values a sentence states: counts and amounts, clock times and dates, with what they are about.

Each value knows the interval its wording allows ("rund 700" is 650–750, "mehr als 300"
is 300–375, "Dutzende" 24–99), the unit it counts, the concept a nearby cue word gives it
("getötet" -> tote), the named entity it is anchored to, the weekday it is placed on and
its role ("bis 18 Uhr" ends a span, "zunächst zwölf" is an earlier state, "900 der 1.200"
makes 1.200 a total and "zwei der Flüchtigen" a part, "weltweit" makes a count one of
the whole, "im Februar 2021" makes a count one of another time). Numbers come from the
analysis; spelled-out numbers, vague counts and clock times are found here.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from lagebild.compare.anchors import anchors, same_clause
from lagebild.compare.context import context_terms
from lagebild.compare.days import day_of_another, weekday_near
from lagebild.compare.lexicon import Lexicon, concept_of, cue_positions, lexicon, stem
from lagebild.compare.roles import Draft, Kind, Role, is_total, of_another_time, role_of
from lagebild.compare.wording import (
    age_group,
    age_sex,
    dissent,
    from_now,
    group_sized,
    number_prefix,
    own_cue,
    proportion_base,
    worded_concepts,
    written_unit,
)
from lagebild.records import Analysis, Sentence

_TIME = re.compile(
    r"(?<![\w.,])(?P<h>\d{1,2}|[a-zäöüß]+)(?:[.:](?P<m>\d{2}))?\s*"
    r"(?P<suffix>Uhr\b|a\.m\.|p\.m\.|am\b|pm\b)",
    re.IGNORECASE,
)
_TIME_FROM = re.compile(
    r"(?<![\w.,])(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?:bis|und|–|-)\s*"
    r"(?=\d{1,2}(?:[.:]\d{2})?\s*Uhr\b)"
)
_NOUN = frozenset({"NN", "NE"})
# a measure written as one word with its number: "186-metre", "42-Meter"
_ATTRIBUTIVE = re.compile(r"\d-[^\W\d]")
# German feminine forms of person nouns: "Bewohnerin(nen)", "Patientin", "Polizistin"
_FEMININE = re.compile(r"(er|ent|ant|ist|eur)in(?:nen)?$")


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


def find_values(analysis: Analysis, names: Mapping[str, str] | None = None) -> list[Value]:
    """Every value stated in the article, in text order. ``names`` files a name under the
    canonical name of its entity in the story ("RKI" -> "Robert Koch-Institut"), so that
    the values of two articles are anchored alike however each writes the name."""
    lex = lexicon()
    text = analysis.article.text
    values: list[Value] = []
    lead_weekday = False
    for sentence in analysis.sentences:
        drafts = _counts(analysis, sentence, lex) + _times(sentence, lex)
        drafts += _dates(analysis, sentence, lex) + _places(analysis, sentence, lex)
        drafts += [
            Draft(w.start, w.end, "count", w.point, w.point, w.point, None, concept="abweichend")
            for w in dissent(text, sentence.start, sentence.end, lex)
        ]
        starts = [t.start for t in sentence.tokens]
        drafts = [d for d in _without_overlaps(drafts) if not age_group(text, d.start, d.end)]
        for d in drafts:
            digit = re.search(r"\d", text[d.start : d.end])
            at = d.start + (digit.start() if digit else 0)
            d.token = min(bisect_left(starts, at), max(len(starts) - 1, 0))
        times = [d.token for d in drafts if d.kind == "time"]
        counts = [(d.token, d.start) for d in drafts if d.kind == "count"]
        drafts = [
            d
            for d in drafts
            if not (d.relative and day_of_another(sentence, d.token, d.start, times, counts, lex))
        ]
        spans = [(d.start, d.end) for d in drafts]
        persons = {m.end for m in analysis.mentions if m.type == "PER"}
        worded = worded_concepts(text, [(d.start, d.end) for d in drafts], persons, lex)
        concepts = _attach_concepts(sentence, drafts, lex, worded)
        marked = cue_positions(sentence, {"before": tuple(lex.before), "update": lex.update})
        earlier, updated = (
            {
                _nearest(list(range(len(drafts))), drafts, sentence, position, lex, clause=True)
                for cue, position in marked
                if cue == wanted
            }
            for wanted in ("before", "update")
        )
        # a place is a value itself; a name by how a vote went is who dissented ("bei
        # einer Enthaltung Bayerns"), not what was voted on
        near_names = [
            anchors(analysis, sentence, d.start, d.token, lex, names or {})
            if d.kind != "place" and d.concept != "abweichend"
            else ()
            for d in drafts
        ]
        for i, d in enumerate(drafts):
            if d.kind == "place" and concepts.get(i) not in lex.place_concepts:
                continue
            # a weekday sets the scene of many sentences; it is a date of its own only
            # when a cue says what happens on it ("brach am Montag aus"), or as the
            # first weekday of the first sentence, which says when the event happened
            # (lead.py), unless it starts a span ("ab Donnerstag")
            if d.relative and i not in concepts:
                if sentence.index > 0 or lead_weekday or _starts_span(text, d.start, lex):
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
                    unit=d.unit,
                    concept=concepts.get(i),
                    head=_head(sentence, d, lex) if d.kind != "time" else None,
                    anchor=near[0] if (near := near_names[i]) else None,
                    names=near,
                    day=weekday_near(sentence, d.token, lex),
                    # what the wording types (an age, a vote) belongs to one act and has
                    # no earlier or later state
                    role="then"
                    if of_another_time(sentence, d, drafts, analysis.article.published, lex)
                    else role_of(
                        text,
                        sentence,
                        d,
                        drafts,
                        lex,
                        i in earlier and i not in worded and not d.concept,
                        i in updated and i not in worded and not d.concept,
                    ),
                    token=d.token,
                    name=d.name,
                    published=analysis.article.published,
                    relative=d.relative,
                    context=context_terms(sentence, d.start, d.token, spans, lex),
                    sex=age_sex(text, d.start, d.end) if concepts.get(i) == "alter" else None,
                )
            )
    return values


def _starts_span(text: str, start: int, lex: Lexicon) -> bool:
    """A word that starts or ends a span right before ``start`` ("ab Donnerstag", "bis
    Freitag", "seit Montag")."""
    before = text[max(start - 12, 0) : start].lower().split()[-2:]
    return bool(set(before) & (lex.since | lex.end | lex.span_from))


def _without_overlaps(drafts: list[Draft]) -> list[Draft]:
    """Clock times and dates win over the bare numbers inside them ("around 3 a.m.")."""
    kept: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.kind == "count", d.start)):
        if not any(d.start < draft.end and draft.start < d.end for d in kept):
            kept.append(draft)
    return sorted(kept, key=lambda d: d.start)


def _unit(word: str | None, lex: Lexicon) -> str | None:
    """The unit a counted or measuring word is compared as: a feminine form as its
    masculine ("Bewohnerinnen" counts what "Bewohner" counts), a synonym or class member
    as its listed word, then stemmed."""
    if not word:
        return None
    lower = _FEMININE.sub(r"\1", word.lower())
    return stem(lex.synonyms.get(lower) or lex.synonyms.get(stem(lower)) or lower)


def _lemma(sentence: Sentence, start: int, end: int, word: str | None) -> str | None:
    """The lemma of ``word`` where it is written inside ``start:end`` ("Fahrgästen" ->
    "Fahrgast"), so that singular and plural, and their cases, count the same thing."""
    for token in reversed(sentence.tokens):
        if start <= token.start and token.end <= end and token.text == word:
            return token.lemma or None
    return None


def _interval(point: float, qualifier: str, lex: Lexicon) -> tuple[float, float]:
    tol = lex.tolerance
    if qualifier == "about":
        return point * (1 - tol["about"]), point * (1 + tol["about"])
    if qualifier == "almost":
        return point * (1 - tol["almost"]), point
    if qualifier == "up_to":
        return 0.0, point
    if qualifier == "at_least":
        return point, point * lex.slots["max_ratio"]
    if qualifier == "more":
        step = 10 ** max(math.floor(math.log10(point)), 0) if point > 0 else 1
        return point, point + min(step, tol["more_share"] * point)
    return point, point


def _counts(analysis: Analysis, sentence: Sentence, lex: Lexicon) -> list[Draft]:
    text = analysis.article.text
    drafts: list[Draft] = []
    taken: list[tuple[int, int]] = []
    for q in analysis.quantities:
        if q.sentence != sentence.index:
            continue
        before = text[sentence.start : q.start]
        if proportion_base(before, lex):
            taken.append((q.start, q.end))
            continue
        prefix = number_prefix(q.text, lex)
        qualifier = lex.qualifier(before + " " + prefix)
        low, high = _interval(q.value, qualifier, lex)
        written = written_unit(q.text) or q.unit
        lemma = _lemma(sentence, q.start, q.end, written) or written or q.unit
        group = group_sized(before, lemma, lex)
        unit = _unit(group or lemma, lex)
        if unit is not None and (when := from_now(before + prefix, unit)):
            unit = f"{when} {unit}"
        drafts.append(Draft(q.start, q.end, "count", q.value, low, high, unit, 0, written))
        taken.append((q.start, q.end))
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        lower = token.text.lower()
        if any(s <= token.start < e for s, e in taken) or (
            i + 1 < len(tokens) and (tokens[i + 1].text.lower() in {"uhr", "a.m.", "p.m."})
        ):
            continue
        if lower in lex.numerals:
            point, end, unit_at = lex.numerals[lower], token.end, i + 1
            if unit_at < len(tokens) and tokens[unit_at].text.lower().rstrip(".") in lex.scales:
                point *= lex.scales[tokens[unit_at].text.lower().rstrip(".")]
                end, unit_at = tokens[unit_at].end, unit_at + 1
            unit = None
            following = tokens[unit_at] if unit_at < len(tokens) else None
            if following and following.pos in _NOUN and following.text[:1].isupper():
                unit, end = following.text, following.end
            before = text[sentence.start : token.start]
            low, high = _interval(point, lex.qualifier(before), lex)
            unit_key = _unit(unit, lex)
            if unit_key is not None and (when := from_now(before, unit_key)):
                unit_key = f"{when} {unit_key}"
            drafts.append(Draft(token.start, end, "count", point, low, high, unit_key, 0, unit))
        elif lower in lex.vague:
            low, high = lex.vague[lower]
            drafts.append(Draft(token.start, token.end, "count", low, low, high, None))
    return drafts


def _times(sentence: Sentence, lex: Lexicon) -> list[Draft]:
    drafts: list[Draft] = []
    tol = lex.tolerance
    for match in _TIME.finditer(sentence.text):
        hour_text = match["h"].lower()
        if hour_text.isdigit():
            hour = int(hour_text)
        elif hour_text in lex.numerals:
            hour = int(lex.numerals[hour_text])
        else:
            continue
        suffix = match["suffix"].lower()
        if suffix in {"am", "pm"} and not hour_text.isdigit():
            continue
        if suffix.startswith("p") and hour < 12:
            hour += 12
        if hour > 24:
            continue
        minutes = (hour % 24) * 60 + int(match["m"] or 0)
        before = sentence.text[: match.start()].lower()
        low = high = float(minutes)
        if any(before.rstrip().endswith(p) for p in lex.shortly_after):
            high += tol["shortly_minutes"]
        elif lex.qualifier(before) == "about" or before.rstrip().endswith(("gegen", "um etwa")):
            low, high = low - tol["about_minutes"], high + tol["about_minutes"]
        start = sentence.start + match.start()
        drafts.append(Draft(start, sentence.start + match.end(), "time", minutes, low, high, None))
    # the first of "von 22 bis 6 Uhr" is a clock time as well
    for match in _TIME_FROM.finditer(sentence.text):
        hour, minutes = int(match["h"]), int(match["m"] or 0)
        if hour <= 24:
            at = float((hour % 24) * 60 + minutes)
            start, end = sentence.start + match.start("h"), sentence.start + match.end("h")
            drafts.append(Draft(start, end, "time", at, at, at, None))
    for token in sentence.tokens:
        if token.text.lower() in lex.midnight:
            drafts.append(Draft(token.start, token.end, "time", 0.0, 0.0, 0.0, None))
    return drafts


def _dates(analysis: Analysis, sentence: Sentence, lex: Lexicon) -> list[Draft]:
    """Day-precise dates, also those resolved against the publication ("am Dienstag");
    "frühestens am 20. Juli" allows any later day, "spätestens am 20. Juli" any earlier
    one (within ``[slots] max_days``)."""
    drafts: list[Draft] = []
    text = analysis.article.text
    span = lex.slots["max_days"]
    for mention in analysis.dates:
        if mention.sentence != sentence.index or len(mention.iso) != 10:
            continue
        day = float(date.fromisoformat(mention.iso).toordinal())
        around = " ".join(text[sentence.start : mention.start].lower().split()[-3:])
        around += " | " + text[mention.end : mention.end + 20].lower()
        low, high = day, day
        if any(w in around for w in lex.date_bounds["earliest"]):
            high = day + span
        elif any(w in around for w in lex.date_bounds["latest"]):
            low = day - span
        draft = Draft(mention.start, mention.end, "date", day, low, high, None)
        draft.relative = mention.relative
        drafts.append(draft)
    return drafts


def _places(analysis: Analysis, sentence: Sentence, lex: Lexicon) -> list[Draft]:
    """Places named after a preposition of place ("in Genf", "nach Wien"), or right after
    a cue of an event that happens in one place ("beim Landgericht Hannover")."""
    drafts: list[Draft] = []
    text = analysis.article.text
    for mention in analysis.mentions:
        if mention.sentence != sentence.index or mention.type != "LOC":
            continue
        before = text[sentence.start : mention.start].lower().split()[-1:]
        if before and (before[0] in lex.place_prepositions or _names_place(before[0], lex)):
            name = mention.name.split()[-1].lower()
            drafts.append(
                Draft(mention.start, mention.end, "place", 0.0, 0.0, 0.0, None, 0, None, name)
            )
    return drafts


def _names_place(word: str, lex: Lexicon) -> bool:
    return concept_of(word, lex) in lex.place_concepts


def _attach_concepts(
    sentence: Sentence, drafts: list[Draft], lex: Lexicon, worded: dict[int, str]
) -> dict[int, str]:
    """The concept of each value: the one its wording gives (``worded``, or the draft's
    own), else from its unit if that is a cue, else from a cue near it."""
    concepts: dict[int, str] = {}
    for i, d in enumerate(drafts):
        unit_concept = concept_of(d.unit_text.lower(), lex) if d.unit_text else None
        own = _text_of(sentence, d)
        inside = own_cue(own, lex) if d.kind == "count" else None
        if found := d.concept or worded.get(i) or unit_concept or inside:
            concepts[i] = found
    # a measure written as one word with its number ("the 186-metre vessel") describes its
    # noun, whatever else the sentence says
    free = [
        i
        for i, d in enumerate(drafts)
        if i not in concepts
        and not is_total(sentence, d, drafts)
        and not (d.unit in lex.measures and _ATTRIBUTIVE.search(_text_of(sentence, d)))
    ]
    cues = cue_positions(sentence, lex.concepts)
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
            for i in _reachable(candidates, drafts, sentence, position, lex)
            # a group of people or things names how many, not when ("Die Täter hebelten
            # gegen 3.40 Uhr ..."), and the start of an event when, not how many ("vier
            # Gefangene sind ausgebrochen"); a court names where, not how many
            if (drafts[i].kind == "count" or concept not in lex.people_groups)
            # ... nor, with what happens to it, what an amount of money or a length
            # measures ("Die Täter ... erbeuteten knapp 180.000 Euro", "will eine Lücke
            # von 1,1 Milliarden Euro schließen"), though a share of it ("20 Prozent der
            # Filialen sollen schließen"); a prison sentence is a duration
            and (
                drafts[i].unit not in lex.measures - {"prozent"}
                or concept not in lex.people_groups | lex.people_happenings
            )
            and (drafts[i].unit in lex.durations or concept not in lex.duration_concepts)
            and (drafts[i].kind != "count" or concept != lex.event)
            and (drafts[i].kind == "place" or concept not in lex.places_only)
            # a place is where its own clause's event happened ("zwei der Männer
            # gefasst, die aus dem Gefängnis in Bruchsal geflohen waren")
            and (
                drafts[i].kind != "place"
                or same_clause(sentence, drafts[i].start, sentence.tokens[position].start)
            )
        )
        used: set[int] = set()
        for _, _, _, _, n, i, concept in pairs:
            if i not in concepts and n not in used:
                concepts[i] = concept
                used.add(n)
    # "elf Beschäftigte wurden verletzt": what happened to a group says what it counts
    for i, d in enumerate(drafts):
        if concepts.get(i) in lex.people_groups and not d.concept and i not in worded:
            happened = [
                (abs(d.token - position), concept)
                for concept, position in cues
                if concept in lex.people_happenings
                and abs(d.token - position) <= lex.window
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


def _text_of(sentence: Sentence, draft: Draft) -> str:
    """The value as written."""
    return sentence.text[draft.start - sentence.start : draft.end - sentence.start]


def _head(sentence: Sentence, draft: Draft, lex: Lexicon) -> str | None:
    """The nearest noun around a measured number that is not its unit or scale; a measure
    joined to its number by a hyphen ("the 186-metre vessel") describes the word after it.
    The noun as a unit is compared ("Fähre" and "vessel" as "schiff")."""
    if draft.kind == "count" and (draft.unit is None or draft.unit not in lex.measures):
        return None
    tokens = sentence.tokens
    following = tokens[draft.token + 1] if draft.token + 1 < len(tokens) else None
    attributive = _ATTRIBUTIVE.search(_text_of(sentence, draft))
    if attributive and following is not None and following.text.isalpha():
        return _unit(following.text, lex)
    near: list[tuple[int, str]] = []
    for position, token in enumerate(sentence.tokens):
        if token.pos not in _NOUN or draft.start <= token.start < draft.end:
            continue
        lower = token.text.lower()
        if lower in lex.scales or _unit(token.text, lex) == draft.unit:
            continue
        distance = abs(position - draft.token)
        if distance <= 4:
            near.append((distance, _unit(lower, lex) or lower))
    return min(near)[1] if near else None
