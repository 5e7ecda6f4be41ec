"""The time and day of the event a report is about, read from where news puts them: the lead.

A report says early when its event happened ("Der Frachter lief gegen 3 Uhr auf Grund", "Die
Täter hatten am 3. März die Server lahmgelegt"), often with a verb no cue list knows. The first
clock time of an article's first sentences that no cue word explains, and that is neither the
end nor one of the hours of a span ("zwischen 23 Uhr und 5 Uhr"), is taken as that time, and
the first such date as that day: the time gets the concept of an event's start (``[time]
event`` in compare.toml), the day one of its own (``event_day``), compared only with other
leads' days, since a date a cue explains ("tritt am 1. Juli in Kraft") is often of something
else than the event. A lead's day that a cue of what happened to people ("geräumt", "verletzt")
explains is the event's day too; a day on which a lead says the event began ("ist in der Nacht
zu Montag ein Großbrand ausgebrochen") is compared with those days, unless it lies ahead (a
plan: "soll am 1. Juli in Kraft treten"). A weekday ("am Samstagabend") names a day around the
report: the first one of the lead's first sentence is the event's day, as is one a later lead
sentence tells in the pluperfect ("Das Gerüst war am Montagnachmittag abgebrochen"); one after
a word that starts a span ("ab Donnerstag") is not, nor a later day named before the event's
day told in the pluperfect.
"""

from __future__ import annotations

from dataclasses import replace

from lagebild.compare.lexicon import Lexicon
from lagebild.compare.values import Value
from lagebild.timekey import last_weekday, published_day


def with_event_time(
    values: list[Value], lex: Lexicon, follow_up: bool = False, event_day: int | None = None
) -> list[Value]:
    """``values`` of one article, its lead's first unexplained clock time and date given
    the event concept; a ``follow_up`` (a report of a later day) leads with its own news
    ("Ein Kleingärtner entdeckte das Tier am Mittwochabend ..."), so its are left as they
    are, but for a day it tells in the pluperfect no later than the day after the
    story's ``event_day`` (an ordinal): that is the event's day told again ("Die Einbrecher
    waren in der Nacht zum 15. November eingedrungen"), where news of its own happened
    since ("waren am Donnerstagmorgen frische Risse entdeckt worden"); a later weekday of
    its lead is that news's (_own_news). So it is in a report of the event's first day whose
    lead tells the event's day in the pluperfect after a later one ("sind am Sonntag
    Sachverständige im Einsatz. Sie untersuchen das Fahrgeschäft, von dem sich am
    Samstagabend eine Gondel gelöst hatte")."""
    found = list(values)
    if follow_up:
        for n, value in enumerate(found):
            if value.kind == "date" and value.sentence < lex.lead_sentences and value.pluperfect:
                retold = event_day is not None and value.point <= event_day + 1
                if retold and value.concept is None and value.role == "":
                    found[n] = replace(value, concept=lex.event_day)
                break
        return [_own_news(value, lex, event_day) for value in found]
    told_before = [value for value in found if value.pluperfect]
    if event_day is not None and any(d <= event_day for d in lead_days(told_before, lex)):
        found = [_own_news(value, lex, event_day) for value in found]
    for n, value in enumerate(found):
        if (
            value.kind == "date"
            and value.sentence < lex.lead_sentences
            and value.concept == lex.event
            and value.role == ""
            and not _ahead(value)
        ):
            found[n] = replace(value, began=True)
    for kind, concept in (("time", lex.event), ("date", lex.event_day)):
        for n, value in enumerate(found):
            if value.kind != kind or value.sentence >= lex.lead_sentences:
                continue
            if kind == "time" and _in_span(value, found):
                continue
            # in the lead, a day on which the event did something to people is the
            # event's day ("Am Freitagabend musste das Stadion geräumt werden", "Bei einer
            # Explosion sind am 18. November sechs Arbeiter verletzt worden")
            happened = kind == "date" and value.concept in lex.event_happenings
            if (value.concept is None or happened) and value.role == "":
                found[n] = replace(value, concept=concept)
                break
    return found


def _in_span(time: Value, values: list[Value]) -> bool:
    """A clock time with another right beside it ("zwischen 23 Uhr und 5 Uhr", "from 11
    p.m. to 5 a.m."): the hours of a span, a schedule, not when something happened."""
    return any(
        other is not time
        and other.kind == "time"
        and other.sentence == time.sentence
        and abs(other.token - time.token) <= 3
        for other in values
    )


def lead_days(values: list[Value], lex: Lexicon) -> list[int]:
    """The days (ordinals) the values of an article's lead name: its dates, and the last
    day of a weekday up to the article's day ("am Samstag", read on Sunday)."""
    lead = [v for v in values if v.sentence < lex.lead_sentences]
    days = [int(v.point) for v in lead if v.kind == "date"]
    for value in lead:
        published = published_day(value.published)
        if value.day and published is not None:
            days.append(last_weekday(published, value.day[0]).toordinal())
    return days


def _ahead(value: Value) -> bool:
    """A date after the day of its report: a plan ("soll am 1. Juli in Kraft treten")."""
    day = published_day(value.published)
    return day is None or value.point > day.toordinal()


def _own_news(value: Value, lex: Lexicon, event_day: int | None) -> Value:
    """A weekday after the event's day that a follow-up's lead names, not in the pluperfect,
    is the day of its own news ("am Freitagmorgen war sein Ausflug zu Ende", "Seit 6 Uhr am
    Mittwochmorgen gibt das Amt die Strecke frei"): of another time than the event's."""
    own = (
        value.kind == "date"
        and value.relative
        and value.sentence < lex.lead_sentences
        and not value.pluperfect
        and value.concept is None
        and value.role == ""
        and event_day is not None
        and value.point > event_day
    )
    return replace(value, role="then") if own else value
