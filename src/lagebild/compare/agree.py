"""Agreement: whether two values of one slot can both be true.

The intervals their wording allows must overlap ("mehr als 40" and "rund 45"); two
estimates ("rund 200.000", "etwa 180.000") agree only when one lies in the other's
interval, an exact count and an estimate of it within the share the estimate rounded, two
maxima ("bis zu vier Zentimeter") only when equal. Clock times are compared on their
weekdays, or around midnight; two weekdays agree when they are the same, two dates of one
day of the year when one was written without its year; places when their names are alike,
or when one holds the other (a state and a town, a town and a street).
"""

from __future__ import annotations

import math
import re
from datetime import date
from difflib import SequenceMatcher

from lagebild.analyze.gazetteer import gazetteer
from lagebild.analyze.streets import street_stem
from lagebild.compare.days import NIGHT_BEFORE
from lagebild.compare.lexicon import lexicon
from lagebild.compare.values import Value

DAY_MINUTES = 1440
# a year written out ("1. Januar 2028")
_YEAR = re.compile(r"\b\d{4}\b")


def compatible(a: Value, b: Value) -> bool:
    """Whether the two values can both be true: the intervals their wording allows overlap
    ("mehr als 40" and "rund 45"). Two estimates ("rund 200.000", "etwa 180.000") are
    different estimates unless one lies in the other's interval. Clock times on the same
    weekday when both name one, else perhaps around midnight. Two dates given as weekdays
    agree when they name the same weekday."""
    if a.kind == "place":
        name_a, name_b = a.name or "", b.name or ""
        return similar_names(name_a, name_b) or _level(name_a) != _level(name_b)
    if a.kind == "date" and a.relative and b.relative and a.day and b.day:
        # a weekday's week is read from the tense and may be off by one: two reports that
        # name the same weekday mean the same day
        return a.day[0] == b.day[0] or _night_before(a.day, b.day) or _night_before(b.day, a.day)
    if a.kind == "date" and _yearless_same_day(a, b):
        return True
    shifts: tuple[float, ...] = (0.0,)
    if a.kind == "time" and a.day is not None and b.day is not None and a.day[0] != b.day[0]:
        shifts = ((b.day[0] - a.day[0]) * DAY_MINUTES,)
    elif a.kind == "time":
        shifts = (0.0, DAY_MINUTES, -DAY_MINUTES)
    return any(_fits(a, b, shift) for shift in shifts)


def _yearless_same_day(a: Value, b: Value) -> bool:
    """Two dates of one day of the year, one written without its year ("31. Dezember" /
    "Dec. 31", "1. Januar" / "1. Januar 2028"): the year of that one was only guessed from
    the tense and the day of publication, which cannot tell it for certain."""
    if a.relative or b.relative or a.point <= 0 or b.point <= 0:
        return False
    if _YEAR.search(a.text) and _YEAR.search(b.text):
        return False
    day_a, day_b = date.fromordinal(int(a.point)), date.fromordinal(int(b.point))
    return (day_a.month, day_a.day) == (day_b.month, day_b.day)


def vague(value: Value) -> bool:
    """A count told only by its order of magnitude ("Hunderte", "Tausenden", "dozens"): no
    figure a report can be held to."""
    words = value.text.lower().split()
    return bool(words) and words[0] in lexicon().vague


def _night_before(night: tuple[int, int], day: tuple[int, int]) -> bool:
    """The night to a weekday ("in der Nacht zu Dienstag") began on the evening of the day
    before ("Montagabend", "Monday night", or that day named without its part)."""
    evening = (-1, lexicon().dayparts["abend"], lexicon().dayparts["nacht"])
    return night[1] == NIGHT_BEFORE and (night[0] - 1) % 7 == day[0] and day[1] in evening


def _fits(a: Value, b: Value, shift: float) -> bool:
    """``b``, moved by ``shift``, can be true together with ``a``. Two maxima ("bis zu
    vier Zentimeter", "up to 6 centimetres") each say how large the largest was: they agree
    only when equal, as do a maximum and an exact value of a speed (``peaks``): both give
    the highest speed measured."""
    if (_maximum(a) and _maximum(b)) or _peak(a, b) or _peak(b, a):
        return math.isclose(a.point, b.point + shift)
    if estimate(a) and estimate(b):
        return a.low <= b.point + shift <= a.high or b.low + shift <= a.point <= b.high + shift
    if a.kind == "count" and _exact(a) != _exact(b):
        # an exact count against an estimate of it: the estimate rounded it to a round
        # number, which may lie further off than two estimates of one thing do ("rund 25
        # Minuten" for 22)
        around, exact = (b, a) if _exact(a) else (a, b)
        if estimate(around):
            rounded = lexicon().tolerance["rounded"] * around.point
            return abs(around.point - exact.point) <= rounded
    return a.low <= b.high + shift and b.low + shift <= a.high


def _maximum(value: Value) -> bool:
    """A number given as the most it reached ("bis zu 40", "up to 40")."""
    return value.low == 0 < value.point == value.high


def _peak(maximum: Value, exact: Value) -> bool:
    """A speed given as the most it reached, against one measured exactly."""
    return maximum.unit in lexicon().peaks and _maximum(maximum) and _exact(exact)


def _exact(value: Value) -> bool:
    return value.low == value.point == value.high


def estimate(value: Value) -> bool:
    """An approximation around a number ("rund 300"), not a bound ("mehr als 300")."""
    return value.low < value.point < value.high


def _level(name: str) -> str:
    """What kind of place a name (lower case) names: a street, an area around towns (a
    country, a state, a continent, or a part of one: "nordhessen"), or else a town. A
    place holds the smaller ones named beside it, so two places disagree only when they
    are of one level."""
    if street_stem(name):
        return "street"
    places = gazetteer()
    for prefix in ("", *lexicon().area_prefixes):
        if name.startswith(prefix) and len(name) > len(prefix):
            place = places.place(name[len(prefix) :].title())
            if place is not None and place.kind != "city":
                return "area"
    return "town"


def similar_names(a: str, b: str) -> bool:
    """Two spellings of one name ("Charkiw", "Charkow"); two streets by what tells them from
    others of their kind ("Friedenstrasse" is "Friedenstraße", not "Gartenstraße"); a last
    word both share ("Bochumer Brücke", "Castroper Brücke") is left out of the comparison.
    Names alike only in their later letters ("Flaesheim", "Lavesum") are two names; a
    place's names in two languages ("Germany", "Deutschland") are one."""
    places = gazetteer()
    known_a, known_b = places.place(a.title()), places.place(b.title())
    if known_a is not None and known_b is not None and known_a.id == known_b.id:
        return True
    street_a, street_b = street_stem(a), street_stem(b)
    if street_a and street_b:
        a, b = street_a, street_b
    *first_a, last_a = a.split() or [""]
    *first_b, last_b = b.split() or [""]
    if first_a and first_b and last_a == last_b:
        a, b = " ".join(first_a), " ".join(first_b)
    ratio = SequenceMatcher(None, a, b).ratio()
    return ratio >= 0.8 or (ratio >= 0.6 and a[:1] == b[:1])
