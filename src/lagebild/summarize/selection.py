"""Extractive summary: the most central sentences across sources, each citing its support.

Centrality is LexRank's: a random walk over the sentence-similarity graph in
which only sentences of *different* articles vouch for each other, so a
sentence that many sources say in their own words ranks high. A sentence's
worth is its centrality times the number of articles that support it, weighted
by where it stands in its article (news puts what happened first) and by how
many facts it names (people, places, numbers, dates); a sentence of only a few
content terms ("In Dresden steigt die Elbe weiter.") is worth less. Selection
is greedy: each step takes the sentence with the best worth times squared
novelty (the share of its term weight that the sentences already chosen do not
cover) per square root of its length, so a short new fact beats a long
restatement; a sentence too close to one already chosen is skipped.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from lagebild.analyze.quotes import continues_reported_speech
from lagebild.config import SummaryConfig
from lagebild.records import Analysis, Quantity, Sentence
from lagebild.summarize.vectors import sentence_terms
from lagebild.timekey import published_day

# Sentences that start like this lean on the sentence before them.
_DANGLING = re.compile(
    r"^(er|sie|es|dies|diese|dieser|dieses|das|dabei|damit|dazu|daher|deshalb|zudem|außerdem|"
    r"auch|doch|aber|jedoch|allerdings|trotzdem|dennoch|hier|dort|he|she|it|they|this|that|"
    r"these|but|however|also|there)\b",
    re.IGNORECASE,
)
# "der 61-Jährige", "die 34-Jährige": a person introduced in an earlier sentence.
_BACK_REFERENCE = re.compile(r"\b(?:der|die|den|dem|des)\s+\d+-jährigen?\b", re.IGNORECASE)
_CLOSING = "“”\"»«'’)"
REDUNDANT = 0.35
# Worth is multiplied by novelty to this power: a sentence half of whose terms are
# already covered keeps a quarter of its worth.
NOVELTY_POWER = 2
# A sentence more than half of whose term weight is already covered restates.
MIN_NOVELTY = 0.5
DAMPING = 0.85


@cache
def _settings() -> dict[str, Any]:
    text = resources.files("lagebild.summarize").joinpath("selection.toml").read_text("utf-8")
    return tomllib.loads(text)


def _leaning() -> tuple[frozenset[str], int]:
    """Connectives that lean on the sentence before, and within how many words (data)."""
    data = _settings()
    return frozenset(data["leaning"]), int(data["leaning_within"])


@dataclass(frozen=True, slots=True)
class Candidate:
    analysis: Analysis
    sentence: Sentence
    score: float
    support: tuple[str, ...]  # ids of the articles that say it, its own first


def usable(sentence: Sentence, config: SummaryConfig) -> bool:
    """Complete, self-contained and not too long to stand in a summary on its own."""
    text = sentence.text.strip()
    words = len(text.split())
    return (
        6 <= words <= config.max_sentence_words
        and text.rstrip(_CLOSING).endswith((".", "!", "?"))
        and _balanced_quotes(text)
        and not _DANGLING.match(text.lstrip('„"»«'))
        and not _leans_back(text)
        and not _pronoun_subject(sentence)
    )


def _pronoun_subject(sentence: Sentence) -> bool:
    """A personal pronoun right after the first finite verb, or after the verb that
    attributes a quote, is the subject named in an earlier sentence: "Nach der Debatte
    erneuerte er diese Warnung.", "„...“, sagte sie im Fernsehen." ("es" is left out: it is
    mostly an expletive, "Am Montag gab es ...")."""
    tokens = sentence.tokens
    first = True
    for i, token in enumerate(tokens[:-1]):
        if "FIN" not in token.pos:
            continue
        after_quote = i >= 2 and tokens[i - 1].text == "," and tokens[i - 2].text in _CLOSING
        if first or after_quote:
            following = tokens[i + 1]
            if following.pos == "PPER" and following.text.lower() in ("er", "sie"):
                return True
        first = False
    return False


def _leans_back(text: str) -> bool:
    """Needs the sentence before: a connective pointing back or a person referred to by
    age alone."""
    words, within = _leaning()
    return bool(words & {w.strip(",;:").lower() for w in text.split()[:within]}) or bool(
        _BACK_REFERENCE.search(text)
    )


def goes_on_quoting(sentence: Sentence) -> bool:
    """Reported speech without its speaker after the first sentence of an article: it goes
    on saying what someone named before said and cannot stand alone ("Die Lage sei
    ernst.")."""
    return sentence.index > 0 and continues_reported_speech(sentence.text)


def _balanced_quotes(text: str) -> bool:
    """A sentence that only opens or only closes a quotation is part of a longer quote."""
    low, left, right = text.count("„"), text.count("“"), text.count("”")
    curly = low == left + right if low else left == right
    return curly and text.count("«") == text.count("»") and text.count('"') % 2 == 0


def rank(
    items: Sequence[tuple[Analysis, Sentence]], vectors: np.ndarray, config: SummaryConfig
) -> list[Candidate]:
    """Every usable sentence with its centrality and the articles that support it."""
    similarity = vectors @ vectors.T
    owners = np.array([a.article.id for a, _ in items])
    cross = owners[:, None] != owners[None, :]
    graph = np.where(cross, similarity, 0.0)
    scores = _lexrank(graph)
    candidates: list[Candidate] = []
    for i, (analysis, sentence) in enumerate(items):
        if not usable(sentence, config) or goes_on_quoting(sentence):
            continue
        others = {str(owners[j]) for j in np.flatnonzero(graph[i] >= config.support_similarity)}
        support = (analysis.article.id, *sorted(others - {analysis.article.id}))
        candidates.append(Candidate(analysis, sentence, float(scores[i]), support))
    return candidates


def _lexrank(graph: np.ndarray) -> np.ndarray:
    n = graph.shape[0]
    if n == 0:
        return np.zeros(0)
    sums = graph.sum(axis=1, keepdims=True)
    transition = np.divide(graph, sums, out=np.full_like(graph, 1.0 / n), where=sums > 0)
    scores = np.full(n, 1.0 / n)
    for _ in range(100):
        updated = (1 - DAMPING) / n + DAMPING * (transition.T @ scores)
        if np.abs(updated - scores).sum() < 1e-9:
            break
        scores = updated
    return scores


def worth(candidate: Candidate) -> float:
    """Centrality times support, weighted by position in the article, by substance (a
    sentence of few content terms states no whole fact) and by the facts it names. A
    sentence no other article supports that names fewer than ``min_facts_alone`` facts
    ("Die Bilder aus der Stadt wecken Erinnerungen.") sets a scene or comments rather than
    reports, and keeps only the ``unsupported_vague`` share of its worth, unless it gives
    a figure or names its source."""
    settings = _settings()
    index = candidate.sentence.index
    terms = len(sentence_terms(candidate.analysis, candidate.sentence))
    substance = min(1.0, terms / float(settings["substance_terms"]))
    position = 1.0 / (1.0 + float(settings["position_decay"]) * index)
    facts = facts_named(candidate)
    named = 1.0 + float(settings["fact_weight"]) * facts
    if (
        len(candidate.support) == 1
        and facts < int(settings["min_facts_alone"])
        and not reports(candidate)
    ):
        named *= float(settings["unsupported_vague"])
    return candidate.score * len(candidate.support) * position * substance * named


def reports(candidate: Candidate) -> bool:
    """Whether the sentence reports rather than sets a scene: it gives a figure or names
    the source reporting it ("wie die Polizei mitteilte")."""
    return gives_figure(candidate) or bool(_fact_patterns()[1].search(candidate.sentence.text))


def gives_figure(candidate: Candidate) -> bool:
    """Whether the sentence gives a figure: a number in digits with what it counts or
    measures ("14 Partikel", "rund 400 Hektar"). Such a sentence reports; small numbers
    written out ("in zwei Wochen", "drei weitere") are mostly incidental."""
    index = candidate.sentence.index
    return any(
        q.sentence == index and q.unit and any(ch.isdigit() for ch in q.text)
        for q in candidate.analysis.quantities
    )


def facts_named(candidate: Candidate) -> int:
    """Distinct people, places, organisations, numbers and dates in the sentence, a clock
    time ("gegen 3.10 Uhr") and a named source ("wie die Polizei mitteilte"), capped."""
    index = candidate.sentence.index
    analysis = candidate.analysis
    facts = (
        {m.name for m in analysis.mentions if m.sentence == index}
        | {q.text for q in analysis.quantities if q.sentence == index}
        | {d.text for d in analysis.dates if d.sentence == index}
    )
    clock, source = _fact_patterns()
    text = candidate.sentence.text
    extra = bool(clock.search(text)) + bool(source.search(text))
    return min(len(facts) + extra, int(_settings()["fact_cap"]))


@cache
def _fact_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    settings = _settings()
    return re.compile(settings["clock_time"]), re.compile(settings["named_source"], re.IGNORECASE)


# Two amounts of one unit this close (relative) are one figure given twice: "rund 90
# Prozent", "92 Prozent" and "91 Prozent" of one ward's occupancy.
SAME_AMOUNT = 0.05


def restates_amount(a: Candidate, b: Candidate) -> bool:
    """Whether two sentences give (nearly) the same amount of the same unit."""
    return any(
        x.unit is not None
        and x.unit == y.unit
        and x.value > 0
        and y.value > 0
        and abs(x.value - y.value) <= SAME_AMOUNT * max(x.value, y.value)
        for x in _quantities(a)
        for y in _quantities(b)
    )


def restates_figures(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` gives only numbers and dates that ``b`` gives too, at least one number
    ("Die Stadt hat am Sonntag Alarmstufe 4 ausgelöst." after "... hat am Sonntagabend die
    höchste Alarmstufe 4 ausgerufen."): it retells ``b`` in other words."""
    figures = _figures(a)
    dates = {d.iso for d in a.analysis.dates if d.sentence == a.sentence.index}
    return (
        bool(figures)
        and figures <= _figures(b)
        and dates <= {d.iso for d in b.analysis.dates if d.sentence == b.sentence.index}
    )


def _figures(candidate: Candidate) -> set[tuple[float, str | None]]:
    return {(q.value, q.unit) for q in _quantities(candidate)}


def _quantities(candidate: Candidate) -> list[Quantity]:
    index = candidate.sentence.index
    return [q for q in candidate.analysis.quantities if q.sentence == index]


def fullest_leads(
    candidates: Sequence[Candidate], vectors_of: dict[tuple[str, int], np.ndarray]
) -> list[Candidate]:
    """The candidates less the opening sentences that another report's opening sentence of
    the same day (or of unknown day) tells in other words and with more facts: each outlet
    leads with the event and the summary needs it once, in the lead that states the facts
    ("Die Stadt hat am Sonntagabend die höchste Alarmstufe 4 ausgerufen." over "In der Stadt
    steigt der Fluss weiter."). Two leads share few terms when they tell the event
    differently, so a lower similarity than for any two sentences (``lead_retold``) makes one
    a retelling of the other; of equally factual ones the shorter stays (it says as much in
    fewer words), then the worthier."""
    threshold = float(_settings()["lead_retold"])
    leads = [c for c in candidates if c.sentence.index == 0]

    def key(c: Candidate) -> tuple[int, int, float]:
        return facts_named(c), -len(c.sentence.text.split()), worth(c)

    def retells(a: Candidate, b: Candidate) -> bool:
        if a.analysis.article.id == b.analysis.article.id:
            return False
        days = {published_day(c.analysis.article.published) for c in (a, b)}
        if len(days) > 1 and None not in days:
            return False
        similarity = vectors_of[(a.analysis.article.id, 0)] @ vectors_of[(b.analysis.article.id, 0)]
        return float(similarity) >= threshold

    dropped = {id(a) for a in leads if any(key(b) > key(a) and retells(a, b) for b in leads)}
    return [c for c in candidates if id(c) not in dropped]


def select(
    candidates: Sequence[Candidate],
    vectors_of: dict[tuple[str, int], np.ndarray],
    words: int,
    same_fact: Callable[[Candidate, Candidate], bool] = lambda a, b: False,
) -> list[Candidate]:
    """The worthiest non-redundant sentences within ``words`` words, each step taking the
    best by worth times squared novelty (the share of its term weight not yet covered)
    per square root of its length; a sentence with novelty below ``MIN_NOVELTY`` restates.

    A sentence is redundant when it is too similar to one already chosen or, by
    ``same_fact``, states a value of the same slot (the same count, date or time).
    """
    worths = {id(c): worth(c) for c in candidates}
    remaining = sorted(
        candidates, key=lambda c: (-worths[id(c)], c.analysis.article.id, c.sentence.index)
    )
    chosen: list[Candidate] = []
    covered: np.ndarray | None = None
    used = 0
    while remaining:
        best: Candidate | None = None
        best_value = -1.0
        for candidate in remaining:
            length = len(candidate.sentence.text.split())
            if chosen and used + length > words:
                continue
            vector = vectors_of[(candidate.analysis.article.id, candidate.sentence.index)]
            novelty = 1.0 if covered is None else float((vector[~covered] ** 2).sum())
            if novelty < MIN_NOVELTY:
                continue
            value = worths[id(candidate)] * novelty**NOVELTY_POWER / math.sqrt(length)
            if value > best_value:
                best, best_value = candidate, value
        if best is None:
            break
        remaining.remove(best)
        vector = vectors_of[(best.analysis.article.id, best.sentence.index)]
        if any(
            float(vector @ vectors_of[(c.analysis.article.id, c.sentence.index)]) >= REDUNDANT
            or same_fact(best, c)
            for c in chosen
        ):
            continue
        chosen.append(best)
        used += len(best.sentence.text.split())
        covered = vector > 0 if covered is None else covered | (vector > 0)
    return chosen
