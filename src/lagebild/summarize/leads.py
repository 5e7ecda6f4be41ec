"""The leads of a story's reports: which one opens the summary, and which ones tell the
event again and can go.

Every outlet leads with the event; the summary needs it once, told plainly: not as a
recap ("Nach dem Angriff ..."), a scene ("Als die Rakete zerbrach, jubelten ..."), a
reaction or what readers must expect.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from lagebild.records import Sentence
from lagebild.summarize.order import is_reaction, tells_what_to_expect
from lagebild.summarize.recap import opens_with_recap
from lagebild.summarize.selection import Candidate, facts_named, sentence_key, sets_scene, worth
from lagebild.timekey import parse_published, published_day


@cache
def _settings() -> dict[str, Any]:
    text = resources.files("lagebild.summarize").joinpath("leads.toml").read_text("utf-8")
    return tomllib.loads(text)


def article_leads(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Each article's lead: its first candidate sentence when it is among the article's
    first ``lead_within`` sentences (a dateline, "Hannover.", or a header line left in the
    text can stand before it as a sentence of its own)."""
    first: dict[str, Candidate] = {}
    for c in candidates:
        known = first.get(c.analysis.article.id)
        if known is None or c.sentence.index < known.sentence.index:
            first[c.analysis.article.id] = c
    within = int(_settings()["lead_within"])
    return [c for c in first.values() if c.sentence.index < within]


def tells_the_event(sentence: Sentence) -> bool:
    """Whether a lead tells the event: not a recap and ``tells_news``."""
    return not opens_with_recap(sentence) and tells_news(sentence)


def tells_news(sentence: Sentence) -> bool:
    """Whether a lead tells news: not a scene, a reaction (naming its source is no
    reaction) or what readers must expect."""
    return not (
        sets_scene(sentence)
        or is_reaction(sentence.text, saying=False)
        or tells_what_to_expect(sentence)
    )


def opening_lead(leads: Sequence[Candidate]) -> Candidate | None:
    """The sentence the summary opens with: the lead of the first report, that is the
    earliest published article of the story's first day whose lead tells the event (not a
    recap of it, a scene, a reaction or what readers must expect). The first report tells
    what happened; later ones add to it. Reports whose day is unknown come after those of
    the first day and before later days'; of leads published at the same time, the one
    naming the most facts."""
    days = [published_day(c.analysis.article.published) for c in leads]
    telling = [c for c in leads if tells_the_event(c.sentence) and not _private_scene(c, leads)]
    first = min((d for d in days if d is not None), default=None)

    def key(c: Candidate) -> tuple[bool, bool, datetime, int, float]:
        published = c.analysis.article.published
        day = published_day(published)
        moment = parse_published(published) if day else None
        return (
            day is not None and first is not None and day > first,
            day is None,
            moment or datetime.max,
            -facts_named(c),
            -worth(c),
        )

    return min(telling, key=key, default=None)


def _private_scene(lead: Candidate, leads: Sequence[Candidate]) -> bool:
    """A lead that opens with a person no other report names ("Renate Vogt hält eine Kerze
    in der Hand ..."): a reportage's scene, not the event."""
    start = lead.sentence.start
    opener = next(
        (m for m in lead.analysis.mentions if m.type == "PER" and start <= m.start <= start + 1),
        None,
    )
    return opener is not None and not any(
        m.name == opener.name
        for other in leads
        if other.analysis is not lead.analysis
        for m in other.analysis.mentions
    )


def latest_development(leads: Sequence[Candidate]) -> Candidate | None:
    """The lead of the latest report of a day after the story's first: a follow-up leads
    with what has happened since ("Zwei Tage nach dem Gedränge hat die Staatsanwaltschaft
    ein Ermittlungsverfahren eingeleitet."), the news a summary of the story must carry.
    Its recap is no obstacle; a scene, a reaction or what readers must expect is."""
    days = [d for d in (published_day(c.analysis.article.published) for c in leads) if d]
    if not days:
        return None
    later = [
        c
        for c in leads
        if (published_day(c.analysis.article.published) or min(days)) > min(days)
        and tells_news(c.sentence)
    ]
    return max(later, key=lambda c: c.analysis.article.published or "", default=None)


def development_details(
    development: Candidate, candidates: Sequence[Candidate]
) -> Candidate | None:
    """The first candidate of the two sentences after a follow-up's lead, which gives what
    the lead announces ("Verdi weitet die Warnstreiks aus." - "Am Montag soll das Personal
    in Hamburg und Stuttgart die Arbeit niederlegen."), when it is no reaction; a
    spokesman's word is none ("Brandstiftung sei ausgeschlossen, sagte ein Sprecher" after
    "Das teilte die Polizei mit.")."""
    following = sorted(
        (
            c
            for c in candidates
            if c.analysis is development.analysis
            and 0 < c.sentence.index - development.sentence.index <= 2
        ),
        key=lambda c: c.sentence.index,
    )
    return next((c for c in following if not is_reaction(c.sentence.text, saying=False)), None)


def fullest_leads(
    candidates: Sequence[Candidate],
    leads: Sequence[Candidate],
    vectors_of: Mapping[tuple[str, int], np.ndarray],
) -> list[Candidate]:
    """The candidates less the ``leads`` that another report's lead of
    the same day (or of unknown day) tells in other words and with more facts: each outlet
    leads with the event and the summary needs it once, in the lead that states the facts
    ("Die Stadt hat am Sonntagabend die höchste Alarmstufe 4 ausgerufen." over "In der Stadt
    steigt der Fluss weiter."). Two leads share few terms when they tell the event
    differently, so a lower similarity than for any two sentences (``lead_retold``) makes one
    a retelling of the other; of equally factual ones the shorter stays (it says as much in
    fewer words), then the worthier. A lead that does not tell the event (a recap, a scene,
    a reaction, what readers must expect) never replaces one that does. A reportage's
    scene, a lead opening with a person no other report names ("Renate Vogt stand gerade in
    ihrem Garten, als ..."), is left out as well: it tells no fact of the story. The news
    of a later day (``latest_development``) stays, even when a report of that day retells
    the event in fewer words."""
    threshold = float(_settings()["lead_retold"])

    def key(c: Candidate) -> tuple[bool, int, int, float]:
        return (
            tells_the_event(c.sentence),
            facts_named(c),
            -len(c.sentence.text.split()),
            worth(c),
        )

    def retells(a: Candidate, b: Candidate) -> bool:
        if a.analysis.article.id == b.analysis.article.id:
            return False
        days = {published_day(c.analysis.article.published) for c in (a, b)}
        if len(days) > 1 and None not in days:
            return False
        similarity = vectors_of[sentence_key(a)] @ vectors_of[sentence_key(b)]
        return float(similarity) >= threshold

    scenes = {id(a) for a in leads if _private_scene(a, leads)}
    dropped = {id(a) for a in leads if any(key(b) > key(a) and retells(a, b) for b in leads)}
    dropped |= scenes
    dropped.discard(id(latest_development([c for c in leads if id(c) not in scenes])))
    return [c for c in candidates if id(c) not in dropped]
