"""The comparison lexicon (``compare.toml``) as one typed, cached object, and the look-up of
its cue words in a sentence (indexed by prefix: every sentence of a story is looked up)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from lagebild.analyze.quantities import NUMBER_VALUES
from lagebild.records import Sentence


@dataclass(frozen=True, slots=True)
class Lexicon:
    approximations: Mapping[str, tuple[str, ...]]
    tolerance: Mapping[str, float]
    numerals: Mapping[str, float]
    vague: Mapping[str, tuple[float, float]]
    scales: Mapping[str, float]
    measures: frozenset[str]
    peaks: frozenset[str]
    generic: frozenset[str]
    capacity: tuple[str, ...]
    travellers: frozenset[str]
    aboard: tuple[str, ...]
    passengers: str
    synonyms: Mapping[str, str]
    false_friends: Mapping[str, str]
    concepts: Mapping[str, tuple[str, ...]]
    labels: Mapping[str, Mapping[str, str]]
    end: frozenset[str]
    before: frozenset[str]
    first_reports: frozenset[str]
    revised: tuple[str, ...]
    so_far: tuple[str, ...]
    then: tuple[str, ...]
    since: frozenset[str]
    span_from: frozenset[str]
    update: tuple[str, ...]
    cumulative: tuple[str, ...]
    sums_up: frozenset[str]
    weekdays: Mapping[str, int]
    dayparts: Mapping[str, int]
    midnight: frozenset[str]
    night_before: tuple[str, ...]
    still: frozenset[str]
    ongoing: frozenset[str]
    early: frozenset[str]
    part_adjectives: frozenset[str]
    shortly_after: tuple[str, ...]
    shortly_before: tuple[str, ...]
    window: int
    lead_sentences: int
    event: str
    event_day: str
    event_happenings: frozenset[str]
    reopening: str
    restored: frozenset[str]
    closed_until: frozenset[str]
    again: frozenset[str]
    slots: Mapping[str, float]
    place_prepositions: frozenset[str]
    place_concepts: frozenset[str]
    places_only: frozenset[str]
    destination: str
    bound: frozenset[str]
    origin: frozenset[str]
    origin_concept: str
    came: tuple[str, ...]
    origin_generic: frozenset[str]
    site: frozenset[str]
    site_concept: str
    site_towns: frozenset[str]
    districts: frozenset[str]
    districts_after: frozenset[str]
    parts: tuple[str, ...]
    part_of: tuple[str, ...]
    wholes: tuple[str, ...]
    named_by_town: frozenset[str]
    towards: tuple[str, ...]
    treated_in: tuple[str, ...]
    treated: tuple[str, ...]
    near: frozenset[str]
    near_between: frozenset[str]
    near_concept: str
    area_prefixes: tuple[str, ...]
    source_before: frozenset[str]
    source_after: frozenset[str]
    wording: Mapping[str, tuple[str, ...]]
    ones: Mapping[str, float]
    people_groups: frozenset[str]
    date_bounds: Mapping[str, tuple[str, ...]]
    people_happenings: frozenset[str]
    harmed: frozenset[str]
    things: frozenset[str]
    subset: frozenset[str]
    measured: frozenset[str]
    whole: frozenset[str]
    changing: frozenset[str]
    shares: frozenset[str]
    durations: frozenset[str]
    duration_concepts: frozenset[str]
    amounts_only: frozenset[str]
    days_only: frozenset[str]
    context: Mapping[str, float]
    context_stop: frozenset[str]
    floor_concept: str
    floor_nouns: frozenset[str]
    ordinals: Mapping[str, float]
    ordinals_en: Mapping[str, float]
    # concept_of's answers so far, by token
    concept_memo: dict[str, str | None] = field(default_factory=dict, compare=False)
    # listed_word's answers so far, by lower-cased word
    listed_memo: dict[str, str | None] = field(default_factory=dict, compare=False)

    def counts_things(self, unit: str | None) -> bool:
        """A unit that says what is counted ("patient"), not a generic ("mensch") or a
        measuring one ("meter")."""
        return unit is not None and unit not in self.generic | self.measures

    def qualifier(self, before: str) -> str:
        """The approximation kind of the words right before a number ('' for none)."""
        text = " " + " ".join(before.lower().split()[-3:])
        best, length = "", 0
        for kind, phrases in self.approximations.items():
            for phrase in phrases:
                if text.endswith(" " + phrase) and len(phrase) > length:
                    best, length = kind, len(phrase)
        return best


def matches(entry: str, token: str) -> bool:
    """A lexicon entry against one lower-cased token (see compare.toml)."""
    if entry.startswith("*"):
        return entry[1:] in token
    if entry.startswith("="):
        return token == entry[1:]
    return token.startswith(entry)


def concept_of(token: str, lex: Lexicon) -> str | None:
    """The concept a single lower-cased token is a cue of (phrases left out): the first of
    the table that has one. Looked up once per token and lexicon."""
    known = lex.concept_memo
    if token not in known:
        known[token] = next(
            (
                concept
                for concept, cues in lex.concepts.items()
                if any(" " not in c and matches(c, token) for c in cues)
            ),
            None,
        )
    return known[token]


def listed_word(lower: str, lex: Lexicon) -> str | None:
    """The listed word of a synonym or class member (lower case), or of a compound ending
    in one ("uniklinik", "spezialklinik": "krankenhaus"). Looked up once per word and
    lexicon."""
    known = lex.listed_memo
    if lower not in known:
        listed = lex.synonyms.get(lower) or lex.synonyms.get(stem(lower))
        if listed is None:
            tails = [m for m in lex.synonyms if len(m) >= 5 and lower.endswith(m)]
            listed = lex.synonyms[max(tails, key=len)] if tails else None
        known[lower] = listed
    return known[lower]


def stem(word: str) -> str:
    """A crude German/English stem for comparing unit and head nouns."""
    lower = word.lower().strip(".,;:")
    for suffix in ("en", "n", "e", "s"):
        if len(lower) > 4 and lower.endswith(suffix):
            return lower[: -len(suffix)]
    return lower


def _strings(values: Sequence[Any]) -> tuple[str, ...]:
    return tuple(str(v).lower() for v in values)


def _synonyms(units: Mapping[str, Any]) -> dict[str, str]:
    """Each unit word to the word it is compared as: its class's first word, or its
    listed synonym."""
    found = {w.lower(): group[0].lower() for group in units["classes"] for w in group}
    found.update({k.lower(): v.lower() for k, v in units["synonyms"].items()})
    return found


@cache
def lexicon() -> Lexicon:
    text = resources.files("lagebild.compare").joinpath("compare.toml").read_text("utf-8")
    data = tomllib.loads(text)
    time = data["time"]
    weekdays = {d: i for i, d in enumerate(time["weekdays"])}
    weekdays.update({d: i for i, d in enumerate(time["weekdays_en"])})
    units = data["units"]
    return Lexicon(
        approximations={k: _strings(v) for k, v in data["approximations"].items()},
        tolerance={k: float(v) for k, v in data["tolerance"].items()},
        numerals={k: float(v) for k, v in (NUMBER_VALUES | data["numerals"]["words"]).items()},
        vague={k: (float(v[0]), float(v[1])) for k, v in data["numerals"]["vague"].items()},
        scales={k: float(v) for k, v in data["numerals"]["scales"].items()},
        measures=frozenset(stem(u) for u in units["measures"]),
        peaks=frozenset(units["peaks"]),
        generic=frozenset(stem(u) for u in units["generic"]),
        capacity=_strings(units["capacity"]),
        travellers=frozenset(stem(u) for u in units["travellers"]),
        aboard=_strings(units["aboard"]),
        passengers=str(units["passengers"]),
        synonyms=_synonyms(units),
        false_friends={str(k): str(v) for k, v in units["false_friends"].items()},
        concepts={k: _strings(v) for k, v in data["concepts"].items()},
        labels={lang: dict(v) for lang, v in data["labels"].items()},
        end=frozenset(_strings(time["end"])),
        before=frozenset(_strings(time["before"])),
        first_reports=frozenset(_strings(time["first_reports"])),
        revised=_strings(time["revised"]),
        so_far=_strings(time["so_far"]),
        then=_strings(time["then"]),
        since=frozenset(_strings(time["since"])),
        span_from=frozenset(_strings(time["span_from"])),
        update=_strings(time["update"]),
        cumulative=_strings(time["cumulative"]),
        sums_up=frozenset(_strings(time["sums_up"])),
        weekdays=weekdays,
        dayparts={k.lower(): int(v) for k, v in time["dayparts"].items()},
        midnight=frozenset(_strings(time["midnight"])),
        night_before=_strings(time["night_before"]),
        still=frozenset(_strings(time["still"])),
        ongoing=frozenset(_strings(time["ongoing"])),
        early=frozenset(_strings(time["early"])),
        part_adjectives=frozenset(_strings(time["part_adjectives"])),
        shortly_after=_strings(time["shortly_after"]),
        shortly_before=_strings(time["shortly_before"]),
        window=int(time["window"]),
        lead_sentences=int(time["lead_sentences"]),
        event=str(time["event"]),
        event_day=str(time["event_day"]),
        event_happenings=frozenset(_strings(time["event_happenings"])),
        reopening=str(time["reopening"]),
        restored=frozenset(_strings(time["restored"])),
        closed_until=frozenset(_strings(time["closed_until"])),
        again=frozenset(_strings(time["again"])),
        slots={k: float(v) for k, v in data["slots"].items()},
        place_prepositions=frozenset(_strings(data["places"]["prepositions"])),
        place_concepts=frozenset(_strings(data["places"]["concepts"])),
        places_only=frozenset(_strings(data["places"]["only"])),
        destination=str(data["places"]["destination"]),
        bound=frozenset(_strings(data["places"]["bound"])),
        origin=frozenset(_strings(data["places"]["origin"])),
        origin_concept=str(data["places"]["origin_concept"]),
        came=_strings(data["places"]["came"]),
        origin_generic=frozenset(_strings(data["places"]["origin_generic"])),
        site=frozenset(_strings(data["places"]["site"])),
        site_concept=str(data["places"]["site_concept"]),
        site_towns=frozenset(_strings(data["places"]["site_towns"])),
        districts=frozenset(_strings(data["places"]["districts"])),
        districts_after=frozenset(_strings(data["places"]["districts_after"])),
        parts=_strings(data["places"]["parts"]),
        part_of=_strings(data["places"]["part_of"]),
        wholes=_strings(data["places"]["wholes"]),
        named_by_town=frozenset(stem(u) for u in data["places"]["named_by_town"]),
        towards=_strings(data["places"]["towards"]),
        treated_in=_strings(data["places"]["treated_in"]),
        treated=_strings(data["places"]["treated"]),
        near=frozenset(_strings(data["places"]["near"])),
        near_between=frozenset(_strings(data["places"]["near_between"])),
        near_concept=str(data["places"]["near_concept"]),
        # longest first, so that "nordost" is tried before "nord"
        area_prefixes=tuple(sorted(_strings(data["places"]["area_prefixes"]), key=len)[::-1]),
        floor_concept=str(data["floors"]["concept"]),
        floor_nouns=frozenset(_strings(data["floors"]["nouns"])),
        ordinals={k: float(v) for k, v in data["floors"]["ordinals"].items()},
        ordinals_en={k: float(v) for k, v in data["floors"]["ordinals_en"].items()},
        source_before=frozenset(_strings(data["sources"]["before"])),
        source_after=frozenset(_strings(data["sources"]["after"])),
        wording={k: _strings(v) for k, v in data["wording"].items() if k != "ones"},
        ones={k: float(v) for k, v in data["wording"]["ones"].items()},
        people_groups=frozenset(_strings(data["people"]["groups"])),
        date_bounds={k: _strings(v) for k, v in data["date_bounds"].items()},
        people_happenings=frozenset(_strings(data["people"]["happenings"])),
        harmed=frozenset(_strings(data["people"]["harmed"])),
        things=frozenset(stem(u) for u in data["people"]["things"]),
        subset=frozenset(_strings(data["people"]["subset"])),
        measured=frozenset(_strings(units["measured"])),
        whole=frozenset(_strings(data["scope"]["whole"])),
        changing=frozenset(_strings(time["changing"])),
        shares=frozenset(_strings(units["shares"])),
        durations=frozenset(stem(u) for u in units["durations"]),
        duration_concepts=frozenset(_strings(units["duration_concepts"])),
        amounts_only=frozenset(_strings(units["amounts_only"])),
        days_only=frozenset(_strings(units["days_only"])),
        context={k: float(v) for k, v in data["context"].items() if k != "stop"},
        context_stop=frozenset(_strings(data["context"]["stop"])),
    )


def cue_positions(
    sentence: Sentence, table: Mapping[str, tuple[str, ...]]
) -> list[tuple[str, int]]:
    """(name, token position) of every cue of ``table`` in the sentence. A finite verb with
    a separated particle is looked up joined to it ("brach ... aus" as "ausbrach"), not on
    its own ("stiegen ... ein" is not "stiegen")."""
    lowered = [t.text.lower() for t in sentence.tokens]
    index = _CueIndex.of(tuple(sorted(table.items())))
    found: list[tuple[str, int]] = []
    joined = separable_verbs(sentence)
    for position, token in enumerate(lowered):
        following = " ".join(lowered[position + 1 : position + 3])
        if position in joined:
            found.extend((name, position) for name in index.names(joined[position], ""))
        else:
            found.extend((name, position) for name in index.names(token, following))
    return list(dict.fromkeys(found))


_CLAUSE_END = frozenset({"$.", "$,", "$("})


def separable_verbs(sentence: Sentence) -> dict[int, str]:
    """Finite verbs whose particle stands at the end of their clause, joined to it, by the
    verb's position: "Das Feuer brach gegen 3.45 Uhr aus" -> {2: "ausbrach"}. A particle is
    a word tagged as one, or a preposition or article with nothing after it before the
    clause ends (the tagger reads some particles as either: "stiegen ... ein")."""
    tokens = sentence.tokens
    joined: dict[int, str] = {}
    verb: int | None = None
    for position, token in enumerate(tokens):
        if token.pos in _CLAUSE_END:
            verb = None
        elif token.pos == "VV(FIN)":
            verb = position
        elif verb is not None and token.text.isalpha():
            after = tokens[position + 1].pos if position + 1 < len(tokens) else "$."
            particle = token.pos == "PTKVZ" or (
                token.pos in ("APPR", "ART") and after in _CLAUSE_END
            )
            if particle:
                joined[verb] = token.text.lower() + tokens[verb].text.lower()
                verb = None
    return joined


@dataclass(frozen=True, slots=True)
class _CueIndex:
    """A cue table ready for fast look-ups: by prefix, by substring, by two-word phrase."""

    prefixes: dict[str, tuple[str, ...]]
    exact: dict[str, tuple[str, ...]]
    inside: tuple[tuple[str, str], ...]
    phrases: tuple[tuple[str, str], ...]

    @staticmethod
    @lru_cache(maxsize=16)
    def of(table: tuple[tuple[str, tuple[str, ...]], ...]) -> _CueIndex:
        prefixes: dict[str, list[str]] = {}
        exact: dict[str, list[str]] = {}
        inside, phrases = [], []
        for name, cues in table:
            for cue in cues:
                if cue.startswith("*"):
                    inside.append((cue[1:], name))
                elif cue.startswith("="):
                    exact.setdefault(cue[1:], []).append(name)
                elif " " in cue:
                    phrases.append((cue, name))
                else:
                    prefixes.setdefault(cue, []).append(name)
        return _CueIndex(
            {k: tuple(v) for k, v in prefixes.items()},
            {k: tuple(v) for k, v in exact.items()},
            tuple(inside),
            tuple(phrases),
        )

    def names(self, token: str, following: str) -> list[str]:
        """The cue names ``token`` matches; ``following`` (the next two words) completes
        a phrase."""
        found = [
            n for size in range(1, len(token) + 1) for n in self.prefixes.get(token[:size], ())
        ]
        found += self.exact.get(token, ())
        found += [name for part, name in self.inside if part in token]
        if self.phrases:
            pair = f"{token} {following}"
            found += [name for phrase, name in self.phrases if pair.startswith(phrase)]
        return list(dict.fromkeys(found))
