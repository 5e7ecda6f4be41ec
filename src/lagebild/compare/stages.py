"""Stages: a slot's values in time, earliest first.

A slot can change over time. Its values are split into stages: by the weekday a value is
placed on ("am Donnerstag noch 60.000"), by an earlier-state cue ("zunächst zwölf"), and
by articles that themselves report two values (the taz: "auf 14 gestiegen ... zunächst
von zwölf Toten"), and by the time of the report: a count given as risen or fallen
("inzwischen", "ist auf 17 gestiegen") is a stage of its own, after the values other
sources published before it. A state that changes by nature (``[time] changing``: the share
of services restored, the paintings still missing) has a stage per day of publication.
Values without such a mark join the stage whose values are nearest, but never the stage of
a part of their day of publication later than their publication ("bis zum Abend"). A first
report's figure ("nach ersten Angaben neun") that another source later gives unmarked is
one of those: the later report confirms it.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict

from lagebild.compare.agree import compatible
from lagebild.compare.values import Value
from lagebild.timekey import parse_published, published_day

# the hour each part of the day begins at, in the order of ``[time] dayparts`` (morning,
# forenoon, midday, afternoon, evening, night)
_DAYPART_STARTS = (0, 10, 12, 14, 18, 22)


def _stage_key(value: Value, narrators: set[str], changing: bool) -> tuple[object, ...] | None:
    if value.role == "before":
        return ("before",)
    if changing and (day := published_day(value.published)):
        return ("issue", day.toordinal())
    if value.role == "update" and (moment := parse_published(value.published)):
        return ("update", moment.isoformat())
    if value.kind == "count" and value.day is not None:
        return ("day", value.day[0], value.day[1])
    if value.article_id in narrators:
        return ("told", value.point)
    return None


def in_stages(values: list[Value], changing: bool = False) -> list[list[Value]]:
    """The values' stages in time, earliest first; with ``changing`` (a state that changes
    by nature, like the share of services restored) each day of publication is one."""
    by_article: dict[str, list[Value]] = defaultdict(list)
    for value in values:
        by_article[value.article_id].append(value)
    narrators = {
        article
        for article, own in by_article.items()
        if own[0].kind in ("count", "date")
        and any(not compatible(a, b) for n, a in enumerate(own) for b in own[n + 1 :])
    }
    keyed: dict[tuple[object, ...], list[Value]] = defaultdict(list)
    floating: list[Value] = []
    updates = sorted(
        str(k[1]) for v in values if (k := _stage_key(v, narrators, changing)) and k[0] == "update"
    )
    for value in values:
        if _confirmed(value, values):
            floating.append(value)
            continue
        key = _stage_key(value, narrators, changing) or _reported_before(value, updates)
        (keyed[_merge_daypart(key, keyed)] if key else floating).append(value)
    if not keyed or (len(keyed) == 1 and ("before",) not in keyed):
        return [values]
    for value in floating:
        # an earlier state takes only values that agree with it; the rest are "now"
        fitting = [
            k
            for k in keyed
            if (k != ("before",) or any(compatible(value, v) for v in keyed[k]))
            and not _told_before(value, k)
        ]
        if fitting:
            keyed[min(fitting, key=lambda k: _distance(value, keyed[k]))].append(value)
        else:
            keyed[("now",)].append(value)
    ordered = sorted(keyed.items(), key=lambda item: _stage_order(item[0], item[1]))
    return [sorted(stage, key=lambda v: (v.article_id, v.start)) for _, stage in ordered]


def _confirmed(value: Value, values: list[Value]) -> bool:
    """A first report's figure ("nach ersten Angaben neun") that another source published
    later gives as it stands: no earlier state."""
    return value.first_report and any(
        other.article_id != value.article_id
        and not other.role
        and (other.published or "") > (value.published or "")
        and compatible(other, value)
        for other in values
    )


def _told_before(value: Value, key: tuple[object, ...]) -> bool:
    """A value published on a weekday before the part of that day a stage is of ("bis zum
    Abend 2.900 Haushalte") cannot tell that stage's state."""
    moment = parse_published(value.published)
    if key[0] != "day" or moment is None or key[1] != moment.weekday():
        return False
    return int(str(key[2])) > bisect_right(_DAYPART_STARTS, moment.hour) - 1


def _reported_before(value: Value, updates: list[str]) -> tuple[object, ...] | None:
    """An unmarked value published before another source reported the figure's update is
    an earlier state of it: the state of its publication's weekday (joining a stage that
    names that weekday), else simply an earlier one."""
    moment = parse_published(value.published)
    if not (updates and moment and moment.isoformat() < updates[0]):
        return None
    return ("day", moment.weekday(), -1) if value.kind == "count" else ("before",)


def _merge_daypart(
    key: tuple[object, ...] | None, keyed: dict[tuple[object, ...], list[Value]]
) -> tuple[object, ...]:
    """A weekday without part of day joins the one stage of that weekday that has one."""
    assert key is not None
    if key[0] != "day":
        return key
    same_day = [k for k in keyed if k[0] == "day" and k[1] == key[1] and k != key]
    if key[2] == -1 and len(same_day) == 1:
        return same_day[0]
    if key[2] != -1 and ("day", key[1], -1) in keyed:
        keyed[key] = keyed.pop(("day", key[1], -1))
    return key


def _distance(value: Value, stage: list[Value]) -> float:
    points = [v.point for v in stage]
    if value.kind == "count" and value.point > 0 and all(p > 0 for p in points):
        return min(abs(math.log(value.point / p)) for p in points)
    return min(abs(value.point - p) for p in points)


def _stage_order(key: tuple[object, ...], stage: list[Value]) -> tuple[int, int, int, float]:
    if key[0] == "before" or any(v.role == "before" for v in stage):
        return (0, 0, 0, 0.0)
    if key[0] in ("day", "issue"):
        return (1, int(str(key[1])), int(str(key[2])) if key[0] == "day" else 0, 0.0)
    if key[0] == "update":
        return (2, 0, 0, parse_published(str(key[1])).timestamp())  # type: ignore[union-attr]
    return (3, 0, 0, -len({v.article_id for v in stage}))
