"""The JSON contract (``contract/briefing.schema.json``, shipped with the package)."""

from __future__ import annotations

import json
from typing import Any

from lagebild.records import Briefing, Cited, Outcome, Report

SCHEMA_ID = "lagebild.briefing/1"


def report_to_dict(report: Report) -> dict[str, Any]:
    return {
        "schema": SCHEMA_ID,
        "articles": [_article(o) for o in report.outcomes],
        "stories": [_story(b) for b in report.briefings],
    }


def render_json(report: Report) -> str:
    """The contract document; the same input gives the same bytes."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"


def _article(outcome: Outcome) -> dict[str, Any]:
    article = outcome.article
    return {
        "id": outcome.id,
        "origin": outcome.origin,
        "status": outcome.status,
        "duplicate_of": outcome.duplicate_of,
        "derived_from": list(outcome.derived_from),
        "error": outcome.error,
        "title": article.title if article else None,
        "source": article.source if article else None,
        "url": article.url if article else None,
        "published": article.published if article else None,
        "language": article.language if article else None,
        "text": article.text if article else "",
        "removed": [{"text": r.text, "reason": r.reason} for r in article.removed]
        if article
        else [],
        "other_languages": [
            {"start": s.start, "end": s.end, "language": s.language}
            for s in article.other_languages
        ]
        if article
        else [],
    }


def _cited(cited: Cited, key: str = "citations") -> dict[str, Any]:
    return {"text": cited.text, key: list(cited.citations)}


def _story(briefing: Briefing) -> dict[str, Any]:
    return {
        "id": briefing.story_id,
        "headline": briefing.headline,
        "language": briefing.language,
        "article_ids": list(briefing.article_ids),
        "independent_sources": briefing.independent_sources,
        "summary": [_cited(c) for c in briefing.summary],
        "key_facts": [_cited(c, "support") for c in briefing.key_facts],
        "entities": [
            {
                "name": e.name,
                "type": e.type,
                "variants": list(e.variants),
                "mentions": e.mentions,
                "article_ids": list(e.article_ids),
            }
            for e in briefing.entities
        ],
        "quotes": [
            {
                "speaker": q.speaker,
                "text": q.text,
                "article_id": q.article_id,
                "start": q.start,
                "end": q.end,
                "kind": q.kind,
            }
            for q in briefing.quotes
        ],
        "quantities": [
            {"text": q.text, "value": q.value, "unit": q.unit, "article_id": q.article_id}
            for q in briefing.quantities
        ],
        "timeline": [
            {"date": t.date, "text": t.text, "citations": list(t.citations)}
            for t in briefing.timeline
        ],
        "conflicts": [
            {"topic": c.topic, "claims": [_cited(claim, "article_ids") for claim in c.claims]}
            for c in briefing.conflicts
        ],
        "unique_facts": [_cited(c) for c in briefing.unique_facts],
        "summary_mode": briefing.summary_mode,
        "unsupported": [_cited(c) for c in briefing.unsupported],
        "notes": list(briefing.notes),
        "developments": [
            {"topic": c.topic, "steps": [_cited(step, "article_ids") for step in c.claims]}
            for c in briefing.developments
        ],
    }
