"""Drafts: the values a sentence states, as first found, before they get what they are about.

Counts and amounts come from the analysis' quantities, and from spelled-out numbers and
vague counts ("Dutzende") found here; each gets the interval its wording allows ("rund 700"
is 650-750, "mehr als 300" is 300-375, "mindestens fünf" anything up to three times it)
and the unit it counts, compared as its noun class ("Passagiere" as "fahrgast") and as a
time from or before now ("in zwei Wochen", "vor zwei Jahren"). Clock times ("gegen 6 Uhr",
"7:20 am", the first of "von 22 bis 6 Uhr"), day-precise dates, places named after a
preposition of place and the towns of hospitals someone was taken to are found here as well.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date
from itertools import pairwise

from lagebild.analyze.streets import is_street
from lagebild.compare.anchors import same_clause
from lagebild.compare.lexicon import Lexicon, concept_of, cue_positions, listed_word, stem
from lagebild.compare.roles import Draft
from lagebild.compare.wording import (
    AGE,
    FEMININE,
    from_now,
    group_sized,
    number_prefix,
    proportion_base,
    word_after,
    written_unit,
)
from lagebild.records import Analysis, Mention, Sentence, Token

_TIME = re.compile(
    r"(?<![\w.,])(?P<h>\d{1,2}|[a-zäöüß]+)(?:[.:](?P<m>\d{2}))?\s*"
    r"(?P<suffix>Uhr\b|a\.m\.|p\.m\.|am\b|pm\b)",
    re.IGNORECASE,
)
_TIME_FROM = re.compile(
    r"(?<![\w.,])(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?:bis|und|–|-)\s*"
    r"(?=\d{1,2}(?:[.:]\d{2})?\s*Uhr\b)"
)
NOUN = frozenset({"NN", "NE"})
# the unit of a district named as one ("im Stadtteil Schinkel")
DISTRICT = "stadtteil"
# the unit of a level on a scale ("Warnstufe 3", "level three")
LEVEL = "#stufe"


def without_overlaps(drafts: list[Draft], text: str) -> list[Draft]:
    """Clock times, dates and floors win over the bare numbers inside them ("around 3
    a.m.", "the 3rd floor"), and a date over the weekday that names it before it ("until
    Sunday, December 6")."""
    kept: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.kind == "count" and not d.ordinal, d.start)):
        if not any(d.start < draft.end and draft.start < d.end for d in kept):
            kept.append(draft)
    dates = [d.start for d in kept if d.kind == "date" and not d.relative]
    return sorted(
        (d for d in kept if not (d.relative and _names_date(text, d.end, dates))),
        key=lambda d: d.start,
    )


def _names_date(text: str, end: int, dates: list[int]) -> bool:
    """A date follows right after a comma (and "den"/"dem"/"the")."""
    return any(_APPOSED.fullmatch(text[end:start]) for start in dates if start > end)


_APPOSED = re.compile(r",\s+(?:(?:den|dem|the)\s+)?", re.IGNORECASE)


def unit_of(word: str | None, lex: Lexicon) -> str | None:
    """The unit a counted or measuring word is compared as: a feminine form as its
    masculine ("Bewohnerinnen" counts what "Bewohner" counts), a synonym or class member,
    or a compound ending in one, as its listed word, then stemmed."""
    if not word:
        return None
    lower = FEMININE.sub(r"\1", word.lower())
    return stem(listed_word(lower, lex) or lower)


def _measure_first(written: str | None, lex: Lexicon) -> str | None:
    """The measure of a compound that opens with one ("14-Kilometer-Abschnitt", "ein
    40-Tonnen-Lkw"): the number measures the noun after it, it does not count it."""
    first, hyphen, _ = (written or "").partition("-")
    return first if hyphen and unit_of(first, lex) in lex.measures else written


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


_AGED = re.compile(r"([a-zäöüß]+)jährig(?:e[mnrs]?)?")


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
        written = _measure_first(written_unit(q.text) or q.unit, lex)
        end = q.end
        if elided := _ELIDED.match(text, q.end):
            # "48 Lösch- und Sonderfahrzeuge": the noun after the hyphen's "und" is what
            # both count
            written, end = elided.group(1), elided.end()
        lemma = _lemma(sentence, q.start, end, written) or written or q.unit
        if analysis.language == "en" and lemma:
            lemma = lex.false_friends.get(lemma.lower(), lemma)
        group = group_sized(before, lemma, lex)
        unit = _timed(unit_of(group or lemma, lex), before + prefix)
        if unit in _SPEEDS and (per_hour := _PER_HOUR.match(text, q.end)):
            # a distance per hour is a speed ("158 Kilometern pro Stunde"), the hour part
            # of its unit, no noun it measures
            unit, end = _SPEEDS[unit], per_hour.end()
        taken.append((q.start, end))
        plain = q.value.is_integer() and q.text[:1].isdigit()
        placed = (
            _unlabelled(sentence, q.start, unit, analysis.language, lex)
            if plain
            else (q.start, unit)
        )
        if placed is None:
            continue
        start, unit = placed
        draft = Draft(start, end, "count", q.value, low, high, unit, 0, written)
        drafts.append(_aboard(draft, sentence, lex))
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        lower = token.text.lower()
        if any(s <= token.start < e for s, e in taken) or (
            i + 1 < len(tokens) and (tokens[i + 1].text.lower() in {"uhr", "a.m.", "p.m."})
        ):
            continue
        if (aged := _AGED.fullmatch(lower)) and aged.group(1) in lex.numerals:
            # "ein neunjähriges Mädchen": an age in one word
            point = lex.numerals[aged.group(1)]
            age = Draft(token.start, token.end, "count", point, point, point, "jahr")
            age.concept = AGE
            drafts.append(age)
        elif lower in lex.numerals and not _not_a_count(tokens, i):
            point, end, unit_at = lex.numerals[lower], token.end, i + 1
            if unit_at < len(tokens) and tokens[unit_at].text.lower().rstrip(".") in lex.scales:
                point *= lex.scales[tokens[unit_at].text.lower().rstrip(".")]
                end, unit_at = tokens[unit_at].end, unit_at + 1
            unit = None
            following = tokens[unit_at] if unit_at < len(tokens) else None
            if following and following.pos in NOUN and following.text[:1].isupper():
                unit, end = following.text, following.end
            before = text[sentence.start : token.start]
            low, high = _interval(point, lex.qualifier(before), lex)
            unit_key = _timed(unit_of(group_sized(before, unit, lex) or unit, lex), before)
            placed = _unlabelled(sentence, token.start, unit_key, analysis.language, lex)
            if placed is None:
                continue
            start, unit_key = placed
            drafts.append(Draft(start, end, "count", point, low, high, unit_key, 0, unit))
        elif lower in lex.vague:
            low, high = lex.vague[lower]
            drafts.append(Draft(token.start, token.end, "count", low, low, high, None))
        elif lower in lex.wording["one_before"] and (one := _one_person(sentence, i, taken, lex)):
            drafts.append(one)
    return drafts


def _unlabelled(
    sentence: Sentence, start: int, unit: str | None, language: str, lex: Lexicon
) -> tuple[int, str | None] | None:
    """Where a count at ``start`` begins and its unit; None when its number, without a
    unit, only labels the noun before it (``_label``), unless the label marks a point along
    a way or a level on a scale (``_marker``)."""
    if unit is not None or (label := _label(sentence, start, language, lex)) is None:
        return start, unit
    return _marker(label, lex)


def _label(sentence: Sentence, start: int, language: str, lex: Lexicon) -> Token | None:
    """The singular noun right before a whole number at ``start`` that names one of its
    kind, so that the number counts nothing ("Saal vier", "Halle 3", "Terminal 1", "Euro 5";
    not "Stärke 6,1", nor "von den 1.200 Starts und Landungen etwa 700"); else None. In
    English only a level ("level three"): English has no tags that tell "Terminal 1" from
    "On Friday 40 homes"."""
    before = [t for t in sentence.tokens if t.end <= start][-1:]
    if not before or not before[0].text.isalpha():
        return None
    noun = before[0]
    if language != "de":
        return noun if noun.text.lower() in lex.wording["levels"] else None
    return noun if noun.pos in NOUN and noun.text == noun.lemma else None


def _marker(noun: Token, lex: Lexicon) -> tuple[int, str] | None:
    """Where a label that marks a point along a way starts ("Kilometer 12", "bei
    Streckenkilometer 15"), and its unit, told apart from a count or length of its noun:
    "#kilometer"; a level on a scale ("Warnstufe 3", "level three") as "#stufe"; None for
    any other label's ``noun``."""
    lemma = (noun.lemma or noun.text).lower()
    if lemma in lex.wording["markers"]:
        return noun.start, "#" + lemma
    if lemma.endswith(tuple(lex.wording["levels"])):
        return noun.start, LEVEL
    return None


def _one_person(
    sentence: Sentence, at: int, taken: list[tuple[int, int]], lex: Lexicon
) -> Draft | None:
    """A count of one: "ein Mann" or "a man" (up to three words apart: "ein 29 Jahre alter
    Mann") who was killed or arrested in the same clause ("wurde getötet", "was arrested").
    The article alone stands for the count when a number comes between."""
    tokens = sentence.tokens
    for k in range(at + 1, min(at + 5, len(tokens))):
        noun = tokens[k]
        if noun.lemma.lower() not in lex.wording["one_people"]:
            continue
        cues = cue_positions(sentence, {c: lex.concepts[c] for c in lex.wording["one_happenings"]})
        if not any(
            abs(position - k) <= lex.window
            and same_clause(sentence, noun.start, tokens[position].start)
            for _, position in cues
        ):
            return None
        inside = any(tokens[at].end <= s < noun.start for s, _ in taken)
        end = tokens[at].end if inside else noun.end
        one = Draft(tokens[at].start, end, "count", 1.0, 1.0, 1.0, unit_of(noun.lemma, lex))
        one.person = noun.start
        return one
    return None


_ELIDED = re.compile(r"-\s+(?:und|oder|bzw\.|sowie)\s+([A-ZÄÖÜ][\wäöüß]+)")
# "pro Stunde", "an hour", also after the figure in another unit ("140 kilometers (87 mph) an
# hour")
_PER_HOUR = re.compile(
    r"(?:\s+\([^()]{1,20}\))?\s+(?:pro|je|in der|per|an|a)\s+(?:stunde|hour)\b", re.IGNORECASE
)
_SPEEDS = {"kilometer": "km/h", "mile": "mph"}


def _aboard(draft: Draft, sentence: Sentence, lex: Lexicon) -> Draft:
    """Travellers in a sentence that has them aboard are passengers ("An Bord waren 41
    Urlauber")."""
    if draft.unit in lex.travellers and any(w in sentence.text.lower() for w in lex.aboard):
        draft.concept = lex.passengers
    return draft


def _timed(unit: str | None, before: str) -> str | None:
    """A period as a time from or before now when its wording says so ("in zwei Wochen":
    "in woche", "vor zwei Jahren": "vor jahr"), else the unit itself."""
    when = from_now(before, unit) if unit is not None else None
    return f"{when} {unit}" if when else unit


# Periods a number word can be joined to by a hyphen: "a six-month closure" tells how long
# something lasts, no count.
_SPANS = frozenset({"minute", "hour", "day", "week", "month"})


def _not_a_count(tokens: Sequence[Token], i: int) -> bool:
    """A number word joined to a period ("a six-month closure") or, after "um" with no
    noun, a clock time ("ihr Dienst beginnt um sieben")."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        after is not None
        and after.text == "-"
        and i + 2 < len(tokens)
        and tokens[i + 2].text.lower() in _SPANS
    ):
        return True
    return i > 0 and tokens[i - 1].text.lower() == "um" and (after is None or after.pos not in NOUN)


def _times(sentence: Sentence, lex: Lexicon) -> list[Draft]:
    drafts: list[Draft] = []
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
        low, high = _clock_interval(minutes, sentence.text[: match.start()], lex)
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
            low, high = _clock_interval(0, sentence.text[: token.start - sentence.start], lex)
            drafts.append(Draft(token.start, token.end, "time", 0.0, low, high, None))
    return drafts


def _clock_interval(minutes: int, before: str, lex: Lexicon) -> tuple[float, float]:
    """The minutes a clock time allows, by the words before it: "kurz nach" up to
    ``shortly_minutes`` after, "kurz vor" as many before, "gegen" some minutes either side
    (fewer the less round the time)."""
    tol = lex.tolerance
    before = before.lower().rstrip()
    low = high = float(minutes)
    if before.endswith(lex.shortly_after):
        high += tol["shortly_minutes"]
    elif before.endswith(lex.shortly_before):
        low -= tol["shortly_minutes"]
    elif lex.qualifier(before) == "about" or before.endswith(("gegen", "um etwa")):
        reach = tol["about_minutes"] / _roundness(minutes % 60)
        low, high = low - reach, high + reach
    return low, high


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


ARTICLES = frozenset({"der", "die", "das", "dem", "den", "the"})
# a preposition and an article in one word ("am Ausgang", "zum Ausgang")
_CONTRACTED = frozenset({"am", "zum", "vom", "im", "beim"})


def _places(analysis: Analysis, sentence: Sentence, lex: Lexicon) -> list[Draft]:
    """Places named after a preposition of place ("in Genf", "nach Wien", "in der
    Sedanstraße"), or right after a cue of an event that happens in one place ("beim
    Landgericht Hannover"); where a thing comes from ("ein Fischkutter aus Cuxhaven"), its
    noun as the unit and its concept set; and the street a building stands on ("ein
    Restaurant am Niederwall"), or the town a thing was taken to ("in eine Klinik nach
    Nürnberg"), its noun as the unit (values.py gives it its concept when no cue of an event
    does), as is a district named as one ("im Stadtteil Schinkel"). A place that only
    locates the one before it ("Ludwigsburg near Stuttgart") is none."""
    drafts: list[Draft] = []
    text = analysis.article.text
    language = analysis.language
    ends = {m.end for m in analysis.mentions if m.type == "LOC"}
    names = [(m.start, m.end) for m in analysis.mentions if m.type != "LOC"]
    for mention in analysis.mentions:
        if mention.sentence != sentence.index or mention.type != "LOC":
            continue
        if text.startswith(("'s", "’s"), mention.end):
            continue  # "on Germany's rural rail network": whose, not where
        prefix = text[sentence.start : mention.start]
        near = word_before_place(prefix, lex)
        if near in lex.near and _locates(prefix, sentence.start, near, ends):
            continue
        if _seat(text, mention.start, analysis.mentions):
            continue
        before = prefix.lower().split()[-2:]
        if len(before) == 2 and before[1] in ARTICLES:
            before = before[:1]
        if before and before[-1] in lex.near_between and near in lex.near:
            before = [near]  # "near the village of Mücke", "bei der Ortschaft Quetzin"
        street = is_street(mention.name)
        name = mention.name.lower() if street else mention.name.split()[-1].lower()
        place = Draft(mention.start, mention.end, "place", 0.0, 0.0, 0.0, None, 0, None, name)
        if origin := _noun_before(sentence, mention.start, language, lex, lex.origin):
            place.unit, place.concept = origin, lex.origin_concept
            drafts.append(place)
        elif (
            before
            and before[-1] in lex.origin
            and _clause_tells(sentence, mention.start, lex.came)
            and not _after_person(analysis, sentence, mention.start)
        ):
            place.concept = lex.origin_concept
            drafts.append(place)
        elif (
            before
            and (
                before[-1] in lex.districts or word_after(text, mention.end) in lex.districts_after
            )
        ) or _apposed_district(text, mention.end, lex):
            place.unit = DISTRICT
            drafts.append(place)
        elif street and (named := _naming_noun(sentence, mention.start, lex)):
            place.unit, place.concept = named, lex.site_concept
            drafts.append(place)
        elif before and (before[-1] in lex.place_prepositions or _names_place(before[-1], lex)):
            if street or before[-1] in lex.site_towns:
                links = lex.site | lex.site_towns
                place.unit = _noun_before(sentence, mention.start, language, lex, links, names)
            drafts.append(place)
    return drafts + _unnamed_districts(analysis, sentence, lex)


_SEAT = re.compile(r"\)\s+(?:in|at)\s+")


def _seat(text: str, start: int, mentions: Sequence[Mention]) -> bool:
    """A place right after an organisation's short name in brackets and "in" is where the
    organisation sits, not where anything happened ("Die Bundesstelle für
    Flugunfalluntersuchung (BFU) in Braunschweig schickte zwei Ermittler"); told without
    the brackets, the organisation may be where it happened ("der Überfall auf die
    Volksbank in Bad Kreuznach")."""
    return any(
        m.type == "ORG" and 0 < start - m.end <= 6 and _SEAT.fullmatch(text[m.end : start])
        for m in mentions
    )


def _after_person(analysis: Analysis, sentence: Sentence, start: int) -> bool:
    """A person is named in ``sentence`` before offset ``start`` (not to be confused with
    ``anchors.person_before``, the person named in the sentence before)."""
    return any(m.type == "PER" and sentence.start <= m.start < start for m in analysis.mentions)


_ONE_OF = re.compile(r",\s+(?:ein|einem|einen|eines|a|an|the)\s+([\w-]+)", re.IGNORECASE)


def _apposed_district(text: str, end: int, lex: Lexicon) -> bool:
    """A place set off as a district ("Oberdorfen, einem Ortsteil von Dorfen", "near
    Onolzheim, a district of the town of Crailsheim")."""
    match = _ONE_OF.match(text, end)
    return match is not None and match.group(1).lower() in lex.districts | lex.districts_after


def _unnamed_districts(analysis: Analysis, sentence: Sentence, lex: Lexicon) -> list[Draft]:
    """A district named right after its noun ("im Halterner Ortsteil Lavesum"), or after a
    preposition of place and set off as one ("in Oberdorfen, einem Ortsteil von Dorfen"),
    that the analysis took for no name: a place, compared as a district."""
    named = [(m.start, m.end) for m in analysis.mentions]
    text = analysis.article.text
    return [
        Draft(after.start, after.end, "place", 0.0, 0.0, 0.0, DISTRICT, 0, None, after.text.lower())
        for token, after in pairwise(sentence.tokens)
        if (
            token.text.lower() in lex.districts
            or (
                token.text.lower() in lex.place_prepositions
                and _apposed_district(text, after.end, lex)
            )
        )
        and after.text[:1].isupper()
        and after.text.isalpha()
        and not any(a <= after.start < b for a, b in named)
    ]


def _clause_tells(sentence: Sentence, start: int, cues: tuple[str, ...]) -> bool:
    """The clause of the place at ``start`` has one of ``cues``: something came from it
    (``[places] came``), someone was treated there (``treated``)."""
    return any(
        same_clause(sentence, start, sentence.tokens[position].start)
        for _, position in cue_positions(sentence, {"cue": cues})
    )


def _named_by_town(analysis: Analysis, sentence: Sentence, lex: Lexicon) -> list[Draft]:
    """The town of an institution of ``[places] named_by_town`` someone was taken to ("in
    die Uniklinik Jena", "ins Klinikum Fulda", "in ein Krankenhaus in Lippstadt", "to a
    hospital in Fulda", "in eine Kieler Klinik") or treated ("in einer Druckkammer in
    Düsseldorf behandelt"), with the institution's noun as the unit. Only where someone was
    taken or treated: "vor der Uniklinik Tübingen" names one of several."""
    drafts: list[Draft] = []
    tokens = sentence.tokens
    text = analysis.article.text
    named = [(m.start, m.end) for m in analysis.mentions if m.type in ("LOC", "ORG")]

    def town_at(k: int) -> bool:
        return k < len(tokens) and any(s <= tokens[k].start < e for s, e in named)

    for i, token in enumerate(tokens):
        unit = unit_of(token.lemma or token.text, lex)
        if unit not in lex.named_by_town:
            continue
        first, town = i, None
        if town_at(i + 1):  # "Klinikum Fulda"
            town, name = tokens[i + 1], tokens[i + 1].text.lower()
        elif i + 2 < len(tokens) and tokens[i + 1].text.lower() == "in" and town_at(i + 2):
            town, name = tokens[i + 2], tokens[i + 2].text.lower()
        elif i > 1 and _town_adjective(tokens[i - 1].text):  # "Kieler Klinik"
            first, town, name = i - 1, tokens[i - 1], tokens[i - 1].text[:-2].lower()
        before = text[sentence.start : tokens[first].start]
        if town is not None and (
            _towards(before, lex.towards)
            or (
                _towards(before, lex.treated_in)
                and _clause_tells(sentence, town.start, lex.treated)
            )
        ):
            drafts.append(Draft(town.start, town.end, "place", 0.0, 0.0, 0.0, unit, 0, None, name))
    return drafts


def _town_adjective(word: str) -> bool:
    return word[:1].isupper() and word.endswith("er") and word.isalpha() and len(word) > 4


def _towards(before: str, phrases: Sequence[str]) -> bool:
    """``before`` ends with one of ``phrases`` ("ins", "in die", "to") and at most two
    words more ("in eine Kieler", "to the university")."""
    words = before.lower().split()[-4:]
    for k in range(len(words)):
        rest = words[k:]
        for phrase in phrases:
            wanted = phrase.split()
            if rest[: len(wanted)] == wanted and len(rest) - len(wanted) <= 2:
                return True
    return False


def _towns_or_places(analysis: Analysis, sentence: Sentence, lex: Lexicon) -> list[Draft]:
    """The towns of institutions, and the places no such town is. A town that opens a list
    ("in Krankenhäuser in Alsfeld, Lauterbach, Gießen und Fulda", "to hospitals in Giessen
    and Fulda") is one of several, no value to hold another source's to."""
    towns = _named_by_town(analysis, sentence, lex)
    starts = {t.start for t in towns}
    text = analysis.article.text
    named = {m.start for m in analysis.mentions if m.type in ("LOC", "ORG")}
    alone = [t for t in towns if not ((more := _LISTED.match(text, t.end)) and more.end() in named)]
    return alone + [p for p in _places(analysis, sentence, lex) if p.start not in starts]


# what follows a town that opens a list of places, up to the next one's name
_LISTED = re.compile(r"(?:,|\s+(?:und|and|sowie|oder|or))\s+")


def _locates(before: str, offset: int, near: str, ends: set[int]) -> bool:
    """A place right after a word of nearness (``near``) that follows another place ("in
    Otterndorf bei Cuxhaven", "the city of Ludwigsburg near Stuttgart") only locates that
    one: nothing happened there. ``before`` is the sentence's text before it, from
    ``offset``; ``ends`` where places end."""
    at = before.lower().rfind(near)
    return offset + len(before[:at].rstrip()) in ends


def word_before_place(before: str, lex: Lexicon) -> str | None:
    """The word (lower case) that ends ``before``, a place's name right after it, once the
    noun of its settlement and the articles are passed over ("near the village of" ->
    "near")."""
    words = before.lower().split()
    while words and words[-1] in lex.near_between:
        words.pop()
    return words[-1] if words else None


def _naming_noun(sentence: Sentence, start: int, lex: Lexicon) -> str | None:
    """The singular noun right before a street that it names ("am Ausgang Fabrikstraße",
    "an der Haltestelle Lindenstraße"), as a unit: where that thing stands, whatever cue of
    an event the sentence has."""
    tokens = [t for t in sentence.tokens if t.end <= start]
    if len(tokens) < 2 or tokens[-2].text.lower() not in ARTICLES | _CONTRACTED:
        return None
    noun = tokens[-1]
    return unit_of(noun.text.lower(), lex) if _singular_noun(noun) else None


def _singular_noun(token: Token, before: Token | None = None) -> bool:
    """A German common noun in the singular: written as its lemma, or as its genitive after
    "des" or "eines" ("des Hauses", "des Seniorenheims"); a plural or another case changes
    the word ("Männer", "Experten")."""
    if token.pos != "NN":
        return False
    genitive = before is not None and before.text.lower() in ("des", "eines")
    return token.text == token.lemma or (
        genitive and token.text in (f"{token.lemma}s", f"{token.lemma}es")
    )


def _noun_before(
    sentence: Sentence,
    start: int,
    language: str,
    lex: Lexicon,
    links: frozenset[str],
    names: Sequence[tuple[int, int]] = (),
) -> str | None:
    """The noun of the one thing or person that comes from, or stands at, the place at
    ``start`` ("ein Fischkutter aus Cuxhaven", "the vessel from Cuxhaven", "ein Restaurant
    am Niederwall") as a unit: the singular noun right before one of ``links`` and perhaps
    an article, or before the name there (one of ``names``, spans of the text: "die
    Tierklinik Hauptsmoor an der Memmelsdorfer Straße"); None when there is none."""
    tokens = [t for t in sentence.tokens if t.end <= start]
    if tokens and tokens[-1].text.lower() in ARTICLES:
        tokens.pop()
    if len(tokens) < 2 or tokens[-1].text.lower() not in links:
        return None
    at = -2
    if len(tokens) > 2 and any(a <= tokens[at].start < b for a, b in names):
        at = -3
    head = tokens[at]
    if language == "de":
        article = tokens[at - 1] if len(tokens) > -at else None
        single = _singular_noun(head, article)
    else:
        single = head.text.isalpha() and head.text.islower() and not head.text.endswith("s")
    word = (head.lemma or head.text).lower()
    # a time is no thing ("am Morgen in der Friedenstraße", "8.45 am on Friedenstrasse",
    # "am Freitagabend aus Zeebrugge")
    timely = word in lex.dayparts or word.startswith(tuple(lex.weekdays)) or word in ("am", "pm")
    unit = unit_of(word, lex)
    return unit if single and not timely and word not in lex.origin_generic else None


def _names_place(word: str, lex: Lexicon) -> bool:
    return concept_of(word, lex) in lex.place_concepts


def text_of(sentence: Sentence, draft: Draft) -> str:
    """The value as written."""
    return sentence.text[draft.start - sentence.start : draft.end - sentence.start]


def find_drafts(analysis: Analysis, sentence: Sentence, lex: Lexicon) -> list[Draft]:
    """The counts, clock times, dates and places of one sentence, in no particular order."""
    counts = _counts(analysis, sentence, lex)
    _count_parts(sentence, counts)
    return (
        counts
        + _times(sentence, lex)
        + _dates(analysis, sentence, lex)
        + _towns_or_places(analysis, sentence, lex)
        + _floors(sentence, lex)
    )


_ORDINAL_DIGITS = re.compile(r"(\d{1,2})(?:\.|st|nd|rd|th)")
_ORDINAL_ENDING = re.compile(r"(e|en|em|er|es)")
_PAIRED = frozenset({"und", "bis", "oder", "and", "to", "or"})


def _floors(sentence: Sentence, lex: Lexicon) -> list[Draft]:
    """The floor something happened on: an ordinal before a floor's noun ("im neunten
    Obergeschoss", "in der 11. Etage", "on the ninth floor"), of the floor concept."""
    drafts = []
    tokens = sentence.tokens
    for k, (token, noun) in enumerate(pairwise(tokens)):
        if noun.lemma.lower() not in lex.floor_nouns and noun.text.lower() not in lex.floor_nouns:
            continue
        # "zwischen dem vierten und fünften Parkdeck": between two floors, on neither
        between = k > 0 and tokens[k - 1].text.lower() in _PAIRED
        number = _ordinal(token.text.lower(), lex)
        if number is not None and not between:
            drafts.append(
                Draft(
                    token.start,
                    noun.end,
                    "count",
                    number,
                    number,
                    number,
                    lex.floor_concept,
                    k,
                    concept=lex.floor_concept,
                    ordinal=True,
                )
            )
    return drafts


def _ordinal(word: str, lex: Lexicon) -> float | None:
    """The number an ordinal gives ("dritten", "11.", "ninth", "3rd"), if it is one."""
    if match := _ORDINAL_DIGITS.fullmatch(word):
        return float(match.group(1))
    if word in lex.ordinals_en:
        return lex.ordinals_en[word]
    for root, number in lex.ordinals.items():
        if word.startswith(root) and _ORDINAL_ENDING.fullmatch(word[len(root) :]):
            return number
    return None


# "Sieben der 24 Kesselwagen", "seven of the 24 wagons": the part counts what the total does
_PART_OF = re.compile(r"\s+(?:der|von den|von|of the|of)\s+", re.IGNORECASE)


def _count_parts(sentence: Sentence, counts: list[Draft]) -> None:
    """A bare count right before a counted total of its own sentence takes its unit."""
    for part in counts:
        if part.unit is not None:
            continue
        for total in counts:
            between = sentence.text[part.end - sentence.start : total.start - sentence.start]
            if total.unit is not None and _PART_OF.fullmatch(between):
                part.unit, part.unit_text = total.unit, total.unit_text


def _roundness(minute: int) -> int:
    """How much less an approximate time reaches than one at a full hour: 1 at a full hour,
    2 at a quarter hour or a multiple of ten minutes, 4 at any other minute."""
    return 1 if minute == 0 else 2 if minute % 15 == 0 or minute % 10 == 0 else 4
