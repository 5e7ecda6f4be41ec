"""Developments on the timeline: each stage of a value that changed, on the day it held.

A stage's value is placed on the weekday its sentence names ("am Donnerstag noch 60.000"),
read as the latest such day on or before its article's publication date; a stage whose
day cannot be told (no weekday, or an article dated only to the month) stays off the
timeline and is shown with the developments only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lagebild.compare import Slot
from lagebild.records import Analysis, TimelineEntry
from lagebild.timekey import last_weekday, published_day


def development_entries(
    slots: Sequence[Slot], analyses: Mapping[str, Analysis]
) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    for slot in slots:
        if len(slot.stages) < 2:
            continue
        for stage in slot.stages:
            for side in stage:
                value = side.values[0]
                analysis = analyses.get(value.article_id)
                published = published_day(analysis.article.published) if analysis else None
                if analysis is None or published is None or value.day is None:
                    continue
                day = last_weekday(published, value.day[0])
                text = analysis.sentences[value.sentence].text
                entries.append(TimelineEntry(day.isoformat(), text, side.article_ids))
                break
    return entries


def with_developments(
    timeline: Sequence[TimelineEntry], extra: Sequence[TimelineEntry]
) -> list[TimelineEntry]:
    """The timeline with the development entries it does not have yet, in date order."""
    known = {(e.date, e.text) for e in timeline}
    merged = list(timeline) + [e for e in extra if (e.date, e.text) not in known]
    return sorted(merged, key=lambda e: e.date)
