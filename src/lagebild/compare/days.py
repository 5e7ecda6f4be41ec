"""The day a value is placed on: the weekday named near it (with the part of the day a
running count is told up to), and whether a weekday named in the text is the day of
another value rather than a date of its own.

"Am Freitag waren 20.000 Haushalte ohne Strom": Friday is the day of the count, which the
count carries (its ``day``), not a date to compare. The same holds for a weekday next to a
clock time ("am Dienstag gegen 14 Uhr") and for the day something was said ("the ministry
said on Friday", "wie die Stadt am Montag mitteilte").
"""

from __future__ import annotations

import re
from dataclasses import replace

from lagebild.compare.anchors import same_clause
from lagebild.compare.lexicon import Lexicon
from lagebild.records import Sentence
from lagebild.timekey import published_day

# the part of the day of a weekday whose night before is meant ("in der Nacht zu Dienstag")
NIGHT_BEFORE = -2
# a comma between digits is part of a number ("20,000"), not a clause break
_IN_NUMBER = re.compile(r"(?<=\d),(?=\d)")


def weekday_near(sentence: Sentence, token: int, lex: Lexicon) -> tuple[int, int] | None:
    """The weekday (and part of day) the statement is placed on, when named within the
    window around the value at ``token``."""
    near: list[tuple[int, tuple[int, int]]] = []
    tokens = sentence.tokens
    for position, word in enumerate(tokens):
        lower = word.text.lower()
        for name, index in lex.weekdays.items():
            if not lower.startswith(name):
                continue
            rest = lower[len(name) :]
            following = tokens[position + 1].text.lower() if position + 1 < len(tokens) else ""
            part = rest if rest in lex.dayparts else following
            daypart = lex.dayparts.get(part, -1)
            before = [t.text.lower() for t in tokens[max(position - 4, 0) : position]]
            if " ".join(before[-2:]) in lex.night_before:
                daypart = NIGHT_BEFORE
            elif daypart == -1 and lex.early & set(before):
                daypart = lex.dayparts["morgen"]
            distance = abs(position - token)
            if distance <= lex.window or _tally_day(sentence, position, token):
                near.append((distance, (index, daypart)))
    return min(near)[1] if near else None


def _tally_day(sentence: Sentence, position: int, token: int) -> bool:
    """A weekday a running count is told up to ("Bis Donnerstagmorgen haben die Flammen
    nach Angaben der Bundeswehr rund 300 Hektar erfasst") places every value of its clause,
    however far from it."""
    tokens = sentence.tokens
    return (
        position > 0
        and tokens[position - 1].text.lower() in ("bis", "by")
        and same_clause(sentence, tokens[position].start, tokens[token].start)
    )


def value_day(
    sentence: Sentence, token: int, published: str | None, lex: Lexicon
) -> tuple[int, int] | None:
    """The weekday and part of day the value at ``token`` is placed on: the weekday named
    near it (weekday_near), with the part of the day a running count is told up to ("Bis
    zum Mittag waren sechs Tiere wieder eingefangen", "Am Dienstag fielen bis zum Abend
    mehr als 90 Züge aus", "by the evening"), on the day of publication when no weekday is
    named; so that a later part of a day's count is a later state of it."""
    day = weekday_near(sentence, token, lex)
    if day is not None and day[1] != -1:
        return day
    part = _tally_part(sentence, token, lex)
    if part is None:
        return day
    if day is not None:
        return (day[0], part)
    issued = published_day(published)
    return (issued.weekday(), part) if issued else None


def _tally_part(sentence: Sentence, token: int, lex: Lexicon) -> int | None:
    """The part of the day named after "bis" or "by" in the clause of ``token``, perhaps
    with a word of ``[time] part_adjectives`` between ("bis zum späten Vormittag")."""
    tokens = sentence.tokens
    for position in range(1, len(tokens)):
        part = lex.dayparts.get(tokens[position].text.lower())
        if part is None:
            continue
        words = [t.text.lower() for t in tokens[max(position - 3, 0) : position]]
        if words[-1] in lex.part_adjectives:  # "bis zum späten Vormittag"
            words = words[:-1]
        if (
            "bis" in words[-2:] or words[-1:] == ["by"] or words[-2:] == ["by", "the"]
        ) and same_clause(sentence, tokens[position].start, tokens[token].start):
            return part
    return None


def beside_time(token: int, times: list[int]) -> bool:
    """Whether the weekday at ``token`` names the day of a clock time next to it (``times``:
    their tokens): "am Dienstag gegen 14 Uhr"."""
    return any(abs(t - token) <= 3 for t in times)


def day_of_another(
    sentence: Sentence,
    token: int,
    start: int,
    times: list[int],
    counts: list[tuple[int, int]],
    lex: Lexicon,
) -> bool:
    """Whether the weekday at ``token`` (``start`` in the text) is the day of a clock time
    next to it (``times``: their tokens), of a count near it in its clause (``counts``:
    token and start), or of a statement: a verb of saying (``[sources] after``) next to it;
    or a day a state still held on ("am Sonntag noch")."""
    if beside_time(token, times):
        return True
    if _state_held(sentence, token, start, lex):
        return True
    plain = replace(sentence, text=_IN_NUMBER.sub("_", sentence.text))
    if any(abs(t - token) <= lex.window and same_clause(plain, s, start) for t, s in counts):
        return True
    # "the ministry said on Friday", "wie die Behörden am Mittwoch in Wiesbaden mitteilten"
    near = sentence.tokens[max(token - 2, 0) : token + 6]
    return any(
        t.lemma.lower() in lex.source_after and same_clause(sentence, start, t.start) for t in near
    )


def _state_held(sentence: Sentence, token: int, start: int, lex: Lexicon) -> bool:
    """The weekday at ``token`` is a day a state still held on: "auch am Sonntag noch am
    Anfang", "were battling a huge blaze on Sunday"."""
    tokens = sentence.tokens
    if token + 1 < len(tokens) and tokens[token + 1].text.lower() in lex.still:
        return True
    return any(
        tokens[n].text.lower() in lex.ongoing
        and tokens[n + 1].text.endswith("ing")
        and same_clause(sentence, tokens[n].start, start)
        for n in range(token)
    )
