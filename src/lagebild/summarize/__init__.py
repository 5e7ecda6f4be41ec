"""Summarize: a Story and its analysed articles become a Briefing.

Copies (wire duplicates) are listed with the story but never cited or
counted: the summary, facts and timeline rest on the independent articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from lagebild.analyze.variants import canonical_names
from lagebild.compare import compare_story, single_source
from lagebild.config import SummaryConfig
from lagebild.records import Analysis, Briefing, Cited, QuantityRef, QuoteRef, Story
from lagebild.summarize.developments import development_entries, with_developments
from lagebild.summarize.entities import summarise_entities
from lagebild.summarize.headline import headline
from lagebild.summarize.leads import (
    article_leads,
    development_details,
    fullest_leads,
    latest_development,
    opening_lead,
)
from lagebild.summarize.llm import generate_summary
from lagebild.summarize.order import is_reaction, reading_order
from lagebild.summarize.recap import recap_end, told_anew
from lagebild.summarize.selection import (
    REDUNDANT,
    Candidate,
    concepts_of,
    continuations,
    rank,
    restates_amount,
    restates_figures,
    select,
    sentence_key,
    usable,
)
from lagebild.summarize.timeline import build_timeline
from lagebild.summarize.vectors import sentence_matrix, sentence_terms, tfidf_matrix

__all__ = ["build_briefing"]

KEY_FACTS = 5
Disputes = Mapping[tuple[str, int], frozenset[str]]


def build_briefing(
    story: Story,
    analyses: Mapping[str, Analysis],
    duplicates: Mapping[str, str],
    config: SummaryConfig,
) -> Briefing:
    originals = [analyses[i] for i in story.article_ids if i not in duplicates]
    items = [(a, s) for a in originals for s in a.sentences]
    mentions = [(a.article.id, m) for a in originals for m in a.mentions]
    canonical = canonical_names([m for _, m in mentions], [a for a, _ in mentions])
    vectors = sentence_matrix(items, names=canonical)
    vectors_of = {(a.article.id, s.index): vectors[i] for i, (a, s) in enumerate(items)}
    candidates, follows = continuations(rank(items, vectors, config))
    language = Counter(a.language for a in originals).most_common(1)[0][0]
    comparison = compare_story(originals, vectors_of, language, canonical)
    told = {
        (a.article.id, s.index): told_anew(s, comparison.slots_of.get((a.article.id, s.index), ()))
        for a, s in items
    }

    def same_fact(a: Candidate, b: Candidate) -> bool:
        if told[sentence_key(a)] & told[sentence_key(b)]:
            return True
        return restates_amount(a, b) or restates_figures(a, b)

    # Whether a sentence is new is judged without the recap a follow-up opens with.
    news_terms = [sentence_terms(a, s, canonical, start=recap_end(s)) for a, s in items]
    news = tfidf_matrix(news_terms)
    news_of = {(a.article.id, s.index): news[i] for i, (a, s) in enumerate(items)}
    quotable = in_language(candidates, language)
    leads = article_leads(quotable)
    pool = fullest_leads(quotable, leads, news_of)
    concepts = concepts_of(items, news_terms)
    kept = [c for c in leads if any(c is p for p in pool)]
    opener = opening_lead(kept)
    development = latest_development(kept)
    details = development_details(development, pool) if development else None
    firsts = [c for c in (opener, development, details) if c is not None]
    chosen = select(pool, news_of, concepts, config.words, same_fact, firsts, follows)
    entities, names = summarise_entities(originals, canonical)
    in_summary = frozenset((c.analysis.article.id, c.sentence.index) for c in chosen)
    unique = single_source(
        comparison,
        originals,
        vectors_of,
        in_summary,
        lambda s: usable(s, config) and not is_reaction(s.text),
    )
    disputes = comparison.disputes
    summary = tuple(_cite(c, disputes) for c in reading_order(chosen, opener, follows))
    mode = "extractive"
    unsupported: tuple[Cited, ...] = ()
    notes: tuple[str, ...] = ()
    if config.llm_url:
        generated = generate_summary(candidates, originals, language, config, comparison.conflicts)
        if generated.summary:
            summary, mode = generated.summary, "abstractive"
        unsupported = generated.dropped
        notes = (generated.error,) if generated.error else ()
    return Briefing(
        story_id=story.id,
        headline=headline(originals, candidates, chosen),
        language=language,
        article_ids=story.article_ids,
        independent_sources=len(originals),
        summary=summary,
        key_facts=tuple(_key_facts(candidates, chosen, disputes, vectors_of)),
        entities=tuple(entities),
        quotes=tuple(
            QuoteRef(
                names.get(q.speaker or "", q.speaker), q.text, a.article.id, q.start, q.end, q.kind
            )
            for a in originals
            for q in a.quotes
        ),
        quantities=tuple(
            QuantityRef(q.text, q.value, q.unit, a.article.id)
            for a in originals
            for q in a.quantities
        ),
        timeline=tuple(
            with_developments(
                build_timeline(originals, vectors_of),
                development_entries(comparison.slots, {a.article.id: a for a in originals}),
            )
        ),
        conflicts=comparison.conflicts,
        unique_facts=unique,
        developments=comparison.developments,
        summary_mode=mode,
        unsupported=unsupported,
        notes=notes,
    )


def in_language(candidates: Sequence[Candidate], language: str) -> list[Candidate]:
    """The sentences a summary in ``language`` can quote: those of reports in that language
    (reports in other languages still vouch for them as support)."""
    own = [c for c in candidates if c.analysis.language == language]
    return own or list(candidates)


def _cite(candidate: Candidate, disputes: Disputes) -> Cited:
    """The sentence with its support, less the articles that give a different value for it."""
    against = disputes.get((candidate.analysis.article.id, candidate.sentence.index), frozenset())
    own = candidate.analysis.article.id
    return Cited(
        candidate.sentence.text, tuple(a for a in candidate.support if a == own or a not in against)
    )


def _key_facts(
    candidates: Sequence[Candidate],
    chosen: Sequence[Candidate],
    disputes: Disputes,
    vectors_of: Mapping[tuple[str, int], np.ndarray],
) -> list[Cited]:
    """Statements that two or more independent sources make, the best supported first,
    none a near-repeat of a summary sentence."""
    in_summary = {(c.analysis.article.id, c.sentence.index) for c in chosen}
    said = [vectors_of[key] for key in in_summary]
    shared = [c for c in candidates if len(c.support) >= 2]
    shared.sort(key=lambda c: (-len(c.support), -c.score, len(c.sentence.text)))
    facts: list[Cited] = []
    seen: set[frozenset[str]] = set()
    for candidate in shared:
        cited = _cite(candidate, disputes)
        key = frozenset(cited.citations)
        own = (candidate.analysis.article.id, candidate.sentence.index)
        if own in in_summary or key in seen:
            continue
        if any(float(vectors_of[own] @ vector) >= REDUNDANT for vector in said):
            continue
        if len(cited.citations) < 2:  # the other sources give a different value
            continue
        seen.add(key)
        facts.append(cited)
        if len(facts) == KEY_FACTS:
            break
    return facts
