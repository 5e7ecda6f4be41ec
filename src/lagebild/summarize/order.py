"""Reading order of the chosen summary sentences: the event, then context, then reactions.

The opening sentence is the first report's lead when the summary has it (see
``leads.opening_lead``). Otherwise it is the earliest chosen sentence from the lead of an
article (news puts what happened first) that does not open with a recap of the event
("Nach dem Einsturz der Brücke ...") or a scene ("Als die Brücke einstürzte, ...") and that
tells what happened rather than what readers must expect ("Reisende müssen sich am
Mittwoch auf Ausfälle einstellen."); among equally early ones the one from the first day's
reports (a follow-up of the next day tells a development), then the one naming the most
facts (who, where, when, how many), then the worthiest. The other factual sentences follow
in the order of their relative position in their articles, the worthiest first among
equally placed ones; sentences that quote someone or report a reaction ("kritisierte",
"sprach von", "forderte") come last.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

from lagebild.records import Sentence
from lagebild.summarize.recap import opens_with_recap
from lagebild.summarize.selection import Candidate, facts_named, sets_scene, worth
from lagebild.timekey import published_day


@cache
def _settings() -> dict[str, Any]:
    text = resources.files("lagebild.summarize").joinpath("order.toml").read_text("utf-8")
    return tomllib.loads(text)


def is_reaction(text: str, saying: bool = True) -> bool:
    """Whether the sentence quotes someone or reports a reaction (a cue word); with
    ``saying`` false, a verb of saying alone ("the coastguard said") makes no reaction."""
    settings = _settings()
    if quotes(text):
        return True
    words = text.lower().split()
    pairs = [f"{a} {b}" for a, b in pairwise(words)]
    exceptions = settings["not_a_reaction_with"]
    cues = settings["reaction_cues"]
    if not saying:
        cues = [cue for cue in cues if cue not in settings["saying_cues"]]
    for cue in cues:
        pool = pairs if " " in cue else words
        if any(w.startswith(cue) for w in pool) and not any(
            w.startswith(tuple(exceptions.get(cue, ()))) for w in words
        ):
            return True
    return False


def quotes(text: str) -> bool:
    """Whether the text quotes words: a quotation of at least ``quoted_words`` words, or a
    quotation mark left open. A name or title in quotation marks ("die Rakete „Nordstern
    1“", "der Münsteraner „Tatort“") quotes no one."""
    settings = _settings()
    spans = [m.group(0)[1:-1] for m in _QUOTED.finditer(text)]
    if any(len(span.split()) >= int(settings["quoted_words"]) for span in spans):
        return True
    rest = _QUOTED.sub(" ", text)
    return any(mark in rest for mark in settings["quote_marks"])


# A quotation: opening mark, the words, closing mark (German, French and straight marks).
_QUOTED = re.compile(r'„[^“”"]*[“”"]|»[^«]*«|«[^»]*»|"[^"]*"|“[^”]*”')


def tells_what_to_expect(sentence: Sentence) -> bool:
    """Whether the sentence tells readers what they must expect ("Pendler müssen sich auf
    Verspätungen einstellen.", "Autofahrer müssen mit Staus rechnen."): a consequence of
    the event, not the event. What someone must do by order ("Die Stadt muss nachts Tempo
    30 anordnen.") is the event, and the past ("... gebracht werden mussten") tells what
    happened."""
    settings = _settings()
    modals = frozenset(settings["expectation_modals"])
    past = frozenset(settings["past_forms"])
    verbs = frozenset(settings["expectation_verbs"])
    lemmas = {t.lemma.lower() for t in sentence.tokens}
    return bool(lemmas & verbs) and any(
        "VM" in t.pos and t.lemma.lower() in modals and t.text.lower() not in past
        for t in sentence.tokens
    )


def _position(candidate: Candidate) -> float:
    return candidate.sentence.index / max(len(candidate.analysis.sentences), 1)


def reading_order(
    chosen: Sequence[Candidate],
    opener: Candidate | None = None,
    follows: Mapping[tuple[str, int], Candidate] | None = None,
) -> list[Candidate]:
    """The chosen sentences in reading order, ``opener`` first when it is among them; a
    sentence that ``follows`` another (reported speech going on) right after it."""
    follows = follows or {}
    behind = {id(c) for c in follows.values()}
    taken = {id(c) for c in chosen}
    placed: list[Candidate] = []
    for candidate in _ordered([c for c in chosen if id(c) not in behind], opener):
        chain: Candidate | None = candidate
        while chain is not None and id(chain) in taken:
            placed.append(chain)
            chain = follows.get((chain.analysis.article.id, chain.sentence.index))
    return placed


def _ordered(chosen: Sequence[Candidate], opener: Candidate | None) -> list[Candidate]:
    reactions = [c for c in chosen if is_reaction(c.sentence.text) and c is not opener]
    facts = [c for c in chosen if all(c is not r for r in reactions)]
    lead_limit = int(_settings()["lead_sentences"])
    lead_share = float(_settings()["lead_share"])

    def later(c: Candidate) -> tuple[float, float, str]:
        return (round(_position(c), 1), -worth(c), c.analysis.article.id)

    ordered: list[Candidate] = []
    if opener is not None and any(c is opener for c in facts):
        ordered.append(opener)
        facts = [c for c in facts if c is not opener]
    elif facts:
        lead = min(
            facts,
            key=lambda c: (
                not (c.sentence.index < lead_limit or _position(c) <= lead_share),
                opens_with_recap(c.sentence),
                sets_scene(c.sentence),
                tells_what_to_expect(c.sentence),
                c.sentence.index,
                published_day(c.analysis.article.published) or date.max,
                -facts_named(c),
                -worth(c),
            ),
        )
        ordered.append(lead)
        facts.remove(lead)
    return ordered + sorted(facts, key=later) + sorted(reactions, key=later)
