"""Extractive summary: the sentences that together say most of what the sources agree on,
each citing its support.

Selection covers terms (content lemmas, names, numbers): each weighs the number of
independent articles that use it, and each step takes the sentence whose terms not yet
covered weigh most per word, weighted by where it stands in its article (news puts what
happened first). A sentence that restates what is chosen adds nothing and is not taken;
one too close to a chosen sentence, or giving a value of the same slot, is skipped.

Each sentence's support is found as in LexRank: a graph of sentence similarity in which
only sentences of *different* articles vouch for each other. Its centrality in that graph,
times its support, weighted by position and by the facts it names, is its worth, which
orders sentences of equal standing and decides between two leads that tell the event.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

import numpy as np

from lagebild.analyze.quotes import continues_reported_speech
from lagebild.config import SummaryConfig
from lagebild.records import Analysis, Quantity, Sentence, Token
from lagebild.summarize.vectors import sentence_terms
from lagebild.timekey import published_day

# Sentences that start like this lean on the sentence before them.
_DANGLING = re.compile(
    r"^(er|sie|es|dies|diese|dieser|dieses|das|dabei|damit|dazu|daher|deshalb|zudem|außerdem|"
    r"auch|doch|aber|jedoch|allerdings|trotzdem|dennoch|ähnlich|ebenso|genauso|hier|dort|"
    r"sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres|he|she|it|they|"
    r"his|her|its|their|this|that|these|but|however|also|likewise|there)\b",
    re.IGNORECASE,
)
# A sentence in the first person outside quotation marks does not say who speaks ("Wir danken
# ihr für 17 großartige Jahre."); in quotation marks the speaker follows.
_FIRST_PERSON = re.compile(r"^(ich|wir|i|we)\b", re.IGNORECASE)
# Word classes after "Das" that make it an article: a noun, a name, an adjective, a number.
_NOMINAL = frozenset({"NN", "NE", "ADJ(A)", "CARD"})
# a person introduced in an earlier sentence, referred to by age alone ("der 61-Jährige"),
# a time referred to as the one just told ("Zu diesem Zeitpunkt waren bereits 3000
# Zuschauer im Stadion"), and a way or case just told ("Sachsen vergibt 7,8 Prozent seiner
# Plätze auf diesem Weg")
_BACK_REFERENCE = re.compile(
    r"\b(?:der|die|den|dem|des)\s+\d+-jährigen?\b"
    r"|\b(?:zu|in|bis zu) (?:diesem|dieser) (?:zeitpunkt|zeit|moment|stunde)\b"
    r"|\b(?:auf|in) (?:diesem|diese) (?:weg|fall|weise)\b"
    r"|\b(?:at|by) (?:that|this) (?:time|point)\b|\bin this (?:way|case)\b",
    re.IGNORECASE,
)
_CLOSING = "“”\"»«'’)"
_OPENING = '„"»«“'
REDUNDANT = 0.35
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
        and _states(text)
        and _balanced_quotes(text)
        and not _bare_quote(text)
        and not leans_on_others(sentence)
    )


def _states(text: str) -> bool:
    """The sentence ends as a statement: with a full stop, or with a quotation whatever its
    own mark. A question or an exclamation of the writer's own ("Die A61-Brücke bei
    Winningen ist gesperrt!") asks or calls out rather than reports."""
    body = text.rstrip(_CLOSING)
    return body.endswith(".") or (body != text and body.endswith(("!", "?")))


def leans_on_others(sentence: Sentence) -> bool:
    """Whether the sentence needs the one before it to be understood: it opens with a word
    that points back, leans on a connective, a pronominal adverb or a pronoun subject."""
    return (
        _dangles(sentence)
        or _leans_back(sentence.text.strip())
        or _adverb_points_back(sentence)
        or _pronoun_subject(sentence)
        or _pronoun_object(sentence)
        or _possessive_subject(sentence)
    )


def _dangles(sentence: Sentence) -> bool:
    """Whether the sentence opens with a word that points back ("Er", "Dies", "Dabei",
    "Jedoch", "Ihr neunjähriger Sohn") or speaks in the first person without quotation
    marks. "Das" before a noun or adjective is the article ("Das Gericht ordnete ... an."),
    not the pronoun ("Das bestätigte ein Sprecher.")."""
    if _FIRST_PERSON.match(sentence.text.strip()):
        return True
    match = _DANGLING.match(sentence.text.strip().lstrip('„"»«'))
    if not match:
        return False
    if match.group(1).lower() != "das":
        return True
    return _pronoun_at(_words(sentence), 0)


def _pronoun_subject(sentence: Sentence) -> bool:
    """A personal pronoun right after the first finite verb, or after the verb that
    attributes a quote, is the subject named in an earlier sentence: "Nach der Debatte
    erneuerte er diese Warnung.", "„...“, sagte sie im Fernsehen." ("es" is left out: it is
    mostly an expletive, "Am Montag gab es ..."). A past-tense verb the tagger takes for an
    adjective ("verabschiedeten sie") counts as the verb: no adjective stands before a
    pronoun."""
    tokens = sentence.tokens
    first = True
    for i, token in enumerate(tokens[:-1]):
        verb = "FIN" in token.pos or (token.pos == "ADJ(A)" and tokens[i + 1].pos == "PPER")
        if not verb:
            continue
        after_quote = i >= 2 and tokens[i - 1].text == "," and tokens[i - 2].text in _CLOSING
        if first or after_quote:
            following = tokens[i + 1]
            if following.pos == "PPER" and following.text.lower() in ("er", "sie"):
                return True
        first = False
    return False


_POSSESSIVE = re.compile(r"(?:sein|ihr)(?:e[mnrs]?)?", re.IGNORECASE)


def _possessive_subject(sentence: Sentence) -> bool:
    """A sentence that opens with a prepositional phrase has its subject after the first
    finite verb; a possessive there belongs to someone named before ("Seit drei Tagen liegt
    sein Motorschiff am Liegeplatz."), not to a noun of its own sentence."""
    tokens = sentence.tokens
    if not tokens or tokens[0].pos not in ("APPR", "APPRART"):
        return False
    verb = _first_finite(tokens)
    return (
        verb is not None
        and verb + 1 < len(tokens)
        and _POSSESSIVE.fullmatch(tokens[verb + 1].text) is not None
    )


def _pronoun_object(sentence: Sentence) -> bool:
    """ "Das" or "dies" right after the first finite verb, with no noun or adjective after it
    for it to be the article of, stands for what was said before: "Der Nabu hält das für
    richtig.", "Die Polizei bestätigte dies am Abend." ("bekam das Feuer" is the article)."""
    words = _words(sentence)
    verb = _first_finite(words)
    if verb is None or verb + 1 >= len(words):
        return False
    return words[verb + 1].text.lower() in ("das", "dies") and _pronoun_at(words, verb + 1)


def _first_finite(tokens: Sequence[Token]) -> int | None:
    """Where the first finite verb of ``tokens`` stands."""
    return next((i for i, t in enumerate(tokens) if "FIN" in t.pos), None)


def _words(sentence: Sentence) -> list[Token]:
    """The sentence's tokens less its punctuation."""
    return [t for t in sentence.tokens if not t.pos.startswith("$")]


def _pronoun_at(words: Sequence[Token], i: int) -> bool:
    """ "Das" at ``i`` of ``words`` stands for something: no noun, name, adjective or number
    follows it for it to be the article of."""
    return i + 1 >= len(words) or words[i + 1].pos not in _NOMINAL


def _leans_back(text: str) -> bool:
    """Needs the sentence before: a connective pointing back, a person referred to by age
    alone or a time referred to as the one just told."""
    words, within = _leaning()
    return bool(words & {w.strip(",;:").lower() for w in text.split()[:within]}) or bool(
        _BACK_REFERENCE.search(text)
    )


def _adverb_points_back(sentence: Sentence) -> bool:
    """A pronominal adverb in the sentence's first clause with no clause after it to point
    to ("Mehrere Firmen entwickeln dafür kleine Raketen.", "Täglich fuhren 18.000 Autos
    darüber."): it stands for something said before. One that a later clause explains
    ("Die Stadt setzt sich dafür ein, dass ...") or that follows a comma or conjunction
    ("... und dafür vier Milliarden", "..., darunter zwei Kinder") does not."""
    for i, token in enumerate(sentence.tokens):
        if token.text == "," or token.pos.startswith("KO"):
            return False
        if token.pos == "PROAV":
            return not any(t.text == "," for t in sentence.tokens[i + 1 :])
    return False


def named_before(analysis: Analysis, sentence: Sentence) -> bool:
    """Whether the sentence calls a person by the family name alone whom its article
    introduced by full name in an earlier sentence ("Kiefer ist einer von 14 Klägern."
    after "Der Anwohner Thomas Kiefer klagte ..."): read alone, it does not say who."""
    earlier = {
        m.text.split()[-1]
        for m in analysis.mentions
        if m.type == "PER" and m.sentence < sentence.index and len(m.text.split()) > 1
    }
    return any(
        m.type == "PER" and m.sentence == sentence.index and m.text in earlier
        for m in analysis.mentions
    )


def goes_on_quoting(sentence: Sentence) -> bool:
    """Reported speech without its speaker after the first sentence of an article: it goes
    on saying what someone named before said and cannot stand alone ("Die Lage sei
    ernst.")."""
    return sentence.index > 0 and continues_reported_speech(sentence.text)


def _bare_quote(text: str) -> bool:
    """A quotation and nothing else ("„Wir brauchen Sicherheit über 2027 hinaus.“"): its
    speaker is named in another sentence."""
    return text[:1] in _OPENING and text.rstrip(".")[-1:] in _CLOSING and _balanced_quotes(text)


def _balanced_quotes(text: str) -> bool:
    """A sentence that only opens or only closes a quotation is part of a longer quote."""
    low, left, right = text.count("„"), text.count("“"), text.count("”")
    curly = low == left + right if low else left == right
    return curly and text.count("«") == text.count("»") and text.count('"') % 2 == 0


def rank(
    items: Sequence[tuple[Analysis, Sentence]], vectors: np.ndarray, config: SummaryConfig
) -> list[Candidate]:
    """Every usable sentence with its centrality and the articles that support it (also
    those that go on quoting: see ``continuations``)."""
    similarity = vectors @ vectors.T
    owners = np.array([a.article.id for a, _ in items])
    cross = owners[:, None] != owners[None, :]
    graph = np.where(cross, similarity, 0.0)
    scores = _lexrank(graph)
    candidates: list[Candidate] = []
    for i, (analysis, sentence) in enumerate(items):
        if not usable(sentence, config) or named_before(analysis, sentence):
            continue
        others = {str(owners[j]) for j in np.flatnonzero(graph[i] >= config.support_similarity)}
        support = (analysis.article.id, *sorted(others - {analysis.article.id}))
        candidates.append(Candidate(analysis, sentence, float(scores[i]), support))
    return candidates


def continuations(
    ranked: Sequence[Candidate],
) -> tuple[list[Candidate], dict[tuple[str, int], Candidate]]:
    """The candidates that stand alone, and those that go on quoting by the sentence they
    continue: "Insgesamt seien 23 Menschen erkrankt." cannot stand alone, but right after
    "Nach Angaben des RKI hängen zwei Todesfälle mit den Produkten zusammen." it reads as
    the article has it, so it may follow that sentence into the summary."""
    going_on = [goes_on_quoting(c.sentence) for c in ranked]
    alone = [c for c, on in zip(ranked, going_on, strict=True) if not on]
    keys = {sentence_key(c) for c in ranked}
    follows = {
        (c.analysis.article.id, c.sentence.index - 1): c
        for c, on in zip(ranked, going_on, strict=True)
        if on and (c.analysis.article.id, c.sentence.index - 1) in keys
    }
    return alone, follows


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
    sentence of few content terms states no whole fact), by the facts it names and by
    whether it is ``vague``."""
    settings = _settings()
    index = candidate.sentence.index
    terms = len(sentence_terms(candidate.analysis, candidate.sentence))
    substance = min(1.0, terms / float(settings["substance_terms"]))
    position = 1.0 / (1.0 + float(settings["position_decay"]) * index)
    named = 1.0 + float(settings["fact_weight"]) * facts_named(candidate)
    return (
        candidate.score * len(candidate.support) * position * substance * named * vague(candidate)
    )


def vague(candidate: Candidate) -> float:
    """``unsupported_vague`` for a sentence that sets a scene or comments: it opens with a
    subordinate clause (``sets_scene``), or no other article supports it, it names fewer
    than ``min_facts_alone`` facts, gives no figure and names no source ("Die Bilder aus der
    Stadt wecken Erinnerungen."); else 1."""
    settings = _settings()
    if sets_scene(candidate.sentence) or (
        len(candidate.support) == 1
        and facts_named(candidate) < int(settings["min_facts_alone"])
        and not reports(candidate)
    ):
        return float(settings["unsupported_vague"])
    return 1.0


def background(candidate: Candidate) -> float:
    """``background_weight`` for a sentence all of whose dates lie in years before its
    article's ("Bei der Loveparade in Duisburg waren 2010 ..."), and for an article's first
    sentence that names no day while a later one does: the article leads with context
    before the news ("Rund 3.000 Weihnachtsmärkte gibt es in Deutschland ...", then "hat
    sich am Freitagabend in Trier gezeigt"); else 1."""
    year = published_day(candidate.analysis.article.published)
    index = candidate.sentence.index
    if index == 0 and len(candidate.support) == 1:
        dated = {d.sentence for d in candidate.analysis.dates}
        if dated and 0 not in dated:
            return float(_settings()["background_weight"])
    years = [d.iso[:4] for d in candidate.analysis.dates if d.sentence == index]
    if year is None or not years or not all(y.isdigit() and int(y) < year.year for y in years):
        return 1.0
    return float(_settings()["background_weight"])


def sets_scene(sentence: Sentence) -> bool:
    """Whether the sentence opens with a subordinate clause ("Als die Rakete zerbrach,
    jubelten ...", "Wer am Morgen ankommt, findet ..."): the clause's opening word, then a
    comma followed by the main clause's finite verb."""
    tokens = sentence.tokens
    if not tokens or tokens[0].text.lower() not in _settings()["clause_openers"]:
        return False
    return any(a.text == "," and "FIN" in b.pos for a, b in pairwise(tokens[1:]))


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


# A number this large written alike in two sentences is one figure told twice, whatever
# noun each counts it by ("rund 240 Wählerinnen", "Rund 240 Menschen"); small numbers
# often count two things ("40 Briefe", "40 Menschen").
SAME_FIGURE_FROM = 100


def restates_amount(a: Candidate, b: Candidate) -> bool:
    """Whether two sentences give (nearly) the same amount of the same unit, or the same
    large number of any."""
    return any(
        (
            x.unit is not None
            and x.unit == y.unit
            and x.value > 0
            and y.value > 0
            and abs(x.value - y.value) <= SAME_AMOUNT * max(x.value, y.value)
        )
        or (x.value == y.value and x.value >= SAME_FIGURE_FROM)
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


Concepts = Mapping[tuple[str, int], frozenset[str]]


@cache
def _function_words() -> dict[str, frozenset[str]]:
    text = resources.files("lagebild.summarize").joinpath("function_words.toml").read_text("utf-8")
    return {language: frozenset(words) for language, words in tomllib.loads(text).items()}


def concepts_of(
    items: Sequence[tuple[Analysis, Sentence]], terms: Sequence[Counter[str]]
) -> dict[tuple[str, int], frozenset[str]]:
    """Each sentence's ``terms`` (one counter per item), less the function words of its
    language."""
    concepts = {}
    for (analysis, sentence), counts in zip(items, terms, strict=True):
        stop = _function_words().get(analysis.language, frozenset())
        concepts[(analysis.article.id, sentence.index)] = frozenset(counts) - stop
    return concepts


def concept_weights(concepts: Concepts) -> dict[str, float]:
    """Each term (content lemma, name, number) weighs the number of independent articles
    that use it. A fact many sources report is named by many of them, so covering the
    heavy terms covers what the sources agree matters (the concept weighting of Gillick
    and Favre's summarizer, 2009). A term only one article uses weighs ``alone_weight``:
    what one source alone reports fills the words left once the shared facts are said."""
    per_article: dict[str, set[str]] = {}
    for (article, _), terms in concepts.items():
        per_article.setdefault(article, set()).update(terms)
    counts = Counter(t for terms in per_article.values() for t in terms)
    alone = float(_settings()["alone_weight"])
    return {term: float(n) if n >= 2 else alone for term, n in counts.items()}


def select(
    candidates: Sequence[Candidate],
    vectors_of: Mapping[tuple[str, int], np.ndarray],
    concepts: Concepts,
    words: int,
    same_fact: Callable[[Candidate, Candidate], bool] = lambda a, b: False,
    firsts: Sequence[Candidate] = (),
    follows: Mapping[tuple[str, int], Candidate] | None = None,
) -> list[Candidate]:
    """Sentences within ``words`` words that together cover the most concept weight: each
    step takes the sentence whose not yet covered terms weigh most per word, weighted by
    where it stands in its article (news puts what happened first) and by whether it is
    ``vague`` or ``background``; ``firsts`` are taken before all others, in their order,
    when they fit. A sentence that adds no weight is never taken. Once a sentence is taken,
    the one that ``follows`` it (reported speech going on) can be taken too.

    A sentence is redundant when it is too similar to one already chosen or, by
    ``same_fact``, states a value of the same slot (the same count, date or time).
    """
    weights = concept_weights(concepts)
    decay = float(_settings()["position_decay"])
    remaining = sorted(candidates, key=lambda c: (c.analysis.article.id, c.sentence.index))
    chosen: list[Candidate] = []
    covered: set[str] = set()

    def value(candidate: Candidate) -> float:
        gain = sum(weights.get(t, 0.0) for t in concepts[sentence_key(candidate)] - covered)
        position = 1.0 + decay * candidate.sentence.index
        return gain * vague(candidate) * background(candidate) / position / _length(candidate)

    def best() -> Candidate | None:
        room = words - sum(_length(c) for c in chosen)
        fitting = [c for c in remaining if not chosen or _length(c) <= room]
        for first in firsts:
            if any(c is first for c in fitting):
                return first
        values = [value(c) for c in fitting]
        top = max(range(len(values)), key=values.__getitem__, default=None)
        return fitting[top] if top is not None and values[top] > 0 else None

    def repeats(taken: Candidate) -> bool:
        """Too similar to a chosen sentence, unless it is one of ``firsts`` that adds
        ``first_new_terms`` terms: a follow-up's news told in the opener's words ("Der
        Läufer Tobias Renner hat Doping mit EPO gestanden")."""
        vector = vectors_of[sentence_key(taken)]
        new = len(concepts[sentence_key(taken)] - covered)
        if any(taken is f for f in firsts) and new >= int(_settings()["first_new_terms"]):
            return False
        return any(float(vector @ vectors_of[sentence_key(c)]) >= REDUNDANT for c in chosen)

    while (taken := best()) is not None:
        remaining.remove(taken)
        if repeats(taken) or any(same_fact(taken, c) for c in chosen):
            continue
        chosen.append(taken)
        covered |= concepts[sentence_key(taken)]
        if follows and sentence_key(taken) in follows:
            remaining.append(follows[sentence_key(taken)])
    return chosen


def _length(candidate: Candidate) -> int:
    return len(candidate.sentence.text.split())


def sentence_key(candidate: Candidate) -> tuple[str, int]:
    return candidate.analysis.article.id, candidate.sentence.index
