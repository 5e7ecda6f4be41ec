"""The time of the event a report is about, read from where news puts it: the lead.

A report says early when its event happened ("Der Frachter lief gegen 3 Uhr auf Grund"),
often with a verb no cue list knows. The first clock time of an article's first sentences
that no cue word explains, and that is not the end of a span, is taken as that time: it
gets the concept of an event's start (``[time] event`` in compare.toml), so that two
reports' times of the same event are compared.
"""

from __future__ import annotations

from dataclasses import replace

from lagebild.compare.lexicon import Lexicon
from lagebild.compare.values import Value


def with_event_time(values: list[Value], lex: Lexicon) -> list[Value]:
    """``values`` of one article, its lead's unexplained clock time given the event concept."""
    for n, value in enumerate(values):
        if value.kind != "time" or value.sentence >= lex.lead_sentences:
            continue
        if value.concept is None and value.role == "":
            return [*values[:n], replace(value, concept=lex.event), *values[n + 1 :]]
    return values
