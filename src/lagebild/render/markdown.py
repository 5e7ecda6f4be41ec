"""Markdown: one section per story, in the layout of ``EXAMPLE-BRIEFING.md``.

Sections with nothing in them are left out. Labels follow each briefing's language;
the list of rejected inputs at the end follows the most common one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lagebild.records import Briefing, Conflict, QuoteRef, Report
from lagebild.render.citations import (
    StoryContext,
    quotes_by_speaker,
    rejected,
    report_language,
    shared_quantity_rows,
    story_context,
)
from lagebild.render.labels import Labels, labels

_SPECIAL = re.compile(r"([\\`*<>\[\]])")
_SPACE = re.compile(r"\s+")


def render_markdown(report: Report) -> str:
    """The whole report as Markdown: every briefing, then the rejected inputs."""
    lab = labels(report_language(report))
    blocks = [f"# {lab.report_title}"]
    for briefing in report.briefings:
        blocks.extend(briefing_blocks(story_context(report, briefing)))
        blocks.append("---")
    failures = rejected(report)
    if failures:
        blocks.append(f"## {lab.rejected}")
        blocks.append("\n".join(f"- {_text(o.origin)}: {_text(o.error or '?')}" for o in failures))
    return "\n\n".join(blocks) + "\n"


def render_briefing(report: Report, briefing: Briefing) -> str:
    """One briefing of ``report`` as Markdown."""
    return "\n\n".join(briefing_blocks(story_context(report, briefing))) + "\n"


def briefing_blocks(ctx: StoryContext) -> list[str]:
    """The Markdown blocks (headline, meta line, sections) of one briefing."""
    b, lab = ctx.briefing, ctx.labels
    blocks = [f"## {_text(b.headline)}", ctx.meta_line()]
    sections = [
        (lab.summary, _summary(ctx)),
        (lab.key_facts, _key_facts(ctx)),
        (lab.quotes, _quotes(ctx)),
        (lab.quantities, _quantities(ctx)),
        (lab.conflicts, _conflicts(ctx)),
        (lab.unique_facts, _unique(ctx)),
        (lab.timeline, _timeline(ctx)),
        (lab.developments, _developments(ctx)),
        (lab.entities, _entities(ctx)),
        (lab.sources, _sources(ctx)),
    ]
    if b.summary_mode == "abstractive":
        sections.insert(1, ("", f"*{lab.abstractive}*"))
    sections.append((lab.unsupported, _unsupported(ctx)))
    for title, body in sections:
        if body:
            blocks.extend([f"**{title}**", body] if title else [body])
    blocks.extend(f"*{_text(note)}*" for note in b.notes)
    note = ctx.cleaning_note()
    if note:
        blocks.append(note)
    return blocks


def _text(text: str) -> str:
    """Text from the articles on one line, with Markdown's active characters escaped."""
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", text).strip())


def _cell(text: str) -> str:
    return _text(text).replace("|", "\\|")


def _cited(ctx: StoryContext, text: str, article_ids: tuple[str, ...]) -> str:
    marks = ctx.markers(article_ids)
    return f"{_text(text)} {marks}" if marks else _text(text)


def _summary(ctx: StoryContext) -> str:
    return " ".join(_cited(ctx, s.text, s.citations) for s in ctx.briefing.summary)


def _key_facts(ctx: StoryContext) -> str:
    return "\n".join(
        f"- {_text(f.text)} — {ctx.support(f.citations)} {ctx.markers(f.citations)}".rstrip()
        for f in ctx.briefing.key_facts
    )


def _said(lab: Labels, quote: QuoteRef) -> str:
    """A direct quote in quotation marks; reported speech marked as such."""
    if quote.kind == "indirect":
        return f"{lab.indirect}: {_text(quote.text)}"
    return lab.quoted(_text(quote.text))


def _quotes(ctx: StoryContext) -> str:
    lab, lines = ctx.labels, []
    for speaker, quotes in quotes_by_speaker(ctx.briefing.quotes):
        said = " · ".join(
            f"{_said(lab, q)} {ctx.markers((q.article_id,))}".rstrip() for q in quotes
        )
        lines.append(f"- {_text(speaker or lab.unattributed)}: {said}")
    return "\n".join(lines)


def _quantities(ctx: StoryContext) -> str:
    rows = shared_quantity_rows(ctx.briefing.quantities)
    if not rows:
        return ""
    lab = ctx.labels
    lines = [
        f"| {lab.column_reported} | {lab.column_value} | {lab.column_sources} |",
        "|---|---|---|",
    ]
    for row in rows:
        value = lab.number(row.value) + (f" {row.unit}" if row.unit else "")
        reported = " · ".join(row.reported)
        lines.append(f"| {_cell(reported)} | {_cell(value)} | {ctx.markers(row.article_ids)} |")
    return "\n".join(lines)


def _conflicts(ctx: StoryContext) -> str:
    return _sided(ctx, ctx.briefing.conflicts, f" {ctx.labels.versus} ")


def _developments(ctx: StoryContext) -> str:
    return _sided(ctx, ctx.briefing.developments, f" → {ctx.labels.then} ")


def _sided(ctx: StoryContext, items: Iterable[Conflict], separator: str) -> str:
    """One line per topic: each side quoted with its sources, joined by ``separator``."""
    lines = []
    for item in items:
        sides = separator.join(
            f"{ctx.labels.quoted(_text(c.text))} {ctx.markers(c.citations)}".rstrip()
            for c in item.claims
        )
        lines.append(f"- {_text(item.topic)}: {sides}")
    return "\n".join(lines)


def _unsupported(ctx: StoryContext) -> str:
    return "\n".join(
        f"- ~~{_text(c.text)}~~ {ctx.markers(c.citations)}".rstrip()
        for c in ctx.briefing.unsupported
    )


def _unique(ctx: StoryContext) -> str:
    """``- [4] Der Standard: …`` per fact only one source reports."""
    lines = []
    for fact in ctx.briefing.unique_facts:
        source = ctx.outlet(fact.citations[0]) if fact.citations else ctx.labels.unknown_source
        lines.append(f"- {ctx.markers(fact.citations)} {_text(source)}: {_text(fact.text)}")
    return "\n".join(lines)


def _timeline(ctx: StoryContext) -> str:
    return "\n".join(
        f"- {_text(ctx.date(e.date))} — {_cited(ctx, e.text, e.citations)}"
        for e in ctx.briefing.timeline
    )


def _entities(ctx: StoryContext) -> str:
    lab, lines = ctx.labels, []
    for entity in ctx.briefing.entities:
        line = f"- {_text(entity.name)} ({lab.entity_type(entity.type)}) — "
        line += lab.count(lab.mentions, entity.mentions)
        variants = [v for v in entity.variants if v != entity.name]
        if variants:
            line += f"; {lab.also_written}: " + ", ".join(_text(v) for v in variants)
        lines.append(f"{line} {ctx.markers(entity.article_ids)}".rstrip())
    return "\n".join(lines)


def _sources(ctx: StoryContext) -> str:
    lines = []
    for article_id, number in ctx.numbers.items():
        lines.append(f"{number}. {source_line(ctx, article_id)}")
    return "\n".join(lines)


def source_line(ctx: StoryContext, article_id: str) -> str:
    """``Outlet, 04.03.2026 18:10 — „Title“`` and, for a copy, what it copies."""
    lab = ctx.labels
    article = ctx.articles.get(article_id)
    line = _text(ctx.outlet(article_id))
    if article is not None and article.published:
        line += f", {_text(ctx.date(article.published))}"
    if article is not None and article.title:
        line += f" — {lab.quoted(_text(article.title))}"
    note = ctx.copy_note(article_id)
    if note:
        line += f" — {note}"
    return line
