"""A self-contained HTML report: every citation opens the cited passage in its article.

The page needs nothing from outside (inline CSS, a few lines of inline script that
open the ``<details>`` holding a link target). Each briefing carries the clean text
of its articles; the passages the briefing rests on (summary sentences, facts,
quotes, numbers, dates) are wrapped in ``<mark id=…>`` and each citation marker
links there, or to the article as a whole when the passage cannot be found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from lagebild.records import QuoteRef, Report
from lagebild.render.citations import (
    StoryContext,
    quotes_by_speaker,
    rejected,
    report_language,
    shared_quantity_rows,
    story_context,
    support_count,
)
from lagebild.render.labels import labels
from lagebild.render.svg import MatrixRow, TimePoint, matrix_svg, timeline_svg


@dataclass(frozen=True, slots=True)
class Marker:
    number: int
    href: str
    title: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a section: optional lead (speaker, date, name), text, extra, markers."""

    text: str
    markers: list[Marker]
    lead: str = ""
    extra: str = ""


@dataclass(frozen=True, slots=True)
class Group:
    title: str
    entries: list[Entry]


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of article text; ``marked`` pieces were cited, ``anchor`` is their id."""

    text: str
    marked: bool = False
    anchor: str | None = None


@dataclass(slots=True)
class ArticleView:
    anchor: str
    number: int
    outlet: str
    date: str
    title: str
    note: str
    url: str
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    paragraphs: list[list[Segment]] = field(default_factory=list)


class _Story:
    """Collects the view of one briefing, registering every cited passage on the way."""

    def __init__(self, ctx: StoryContext, index: int) -> None:
        self.ctx, self.index, self.prefix = ctx, index, f"s{index}"
        self.views: dict[str, ArticleView] = {}
        for article_id, number in ctx.numbers.items():
            article = ctx.articles.get(article_id)
            self.views[article_id] = ArticleView(
                anchor=f"{self.prefix}-a{number}",
                number=number,
                outlet=ctx.outlet(article_id),
                date=ctx.date(article.published) if article and article.published else "",
                title=(article.title or "") if article else "",
                note=ctx.copy_note(article_id) or "",
                url=(article.url or "") if article else "",
                text=article.text if article else "",
            )

    def markers(
        self, article_ids: tuple[str, ...], *passages: str, span: tuple[int, int] | None = None
    ) -> list[Marker]:
        """Markers for ``article_ids``, each linking to the first passage found in that article.

        ``span`` (offsets known in advance, as for a quote) is tried first; give it only
        for a single article.
        """
        result = []
        for number, article_id in self.ctx.cited(article_ids):
            view = self.views[article_id]
            anchor = self._register(view, span) if span else None
            for passage in passages:
                if anchor is None:
                    anchor = self._register(view, locate(view.text, passage))
            missed = anchor is None and (passages or span)
            title = f"{view.outlet} — {self.ctx.labels.not_found}" if missed else view.outlet
            result.append(Marker(number, f"#{anchor or view.anchor}", title))
        return result

    def _quote_span(self, quote: QuoteRef) -> tuple[int, int] | None:
        """The quote's own offsets when they point at its text in the article."""
        text = self.views[quote.article_id].text if quote.article_id in self.views else ""
        if not 0 <= quote.start < quote.end <= len(text):
            return None
        found = text[quote.start : quote.end]
        return (quote.start, quote.end) if found.split() == quote.text.split() else None

    def _register(self, view: ArticleView, span: tuple[int, int] | None) -> str | None:
        if span is None:
            return None
        start, end = span
        while start < end and view.text[start].isspace():
            start += 1
        while end > start and view.text[end - 1].isspace():
            end -= 1
        if start == end:
            return None
        for other_start, other_end, anchor in view.spans:
            if start < other_end and other_start < end:
                return anchor  # overlapping passages share the first one's mark
        anchor = f"{view.anchor}-p{len(view.spans) + 1}"
        view.spans.append((start, end, anchor))
        return anchor

    def view(self) -> dict[str, object]:
        ctx, lab, b = self.ctx, self.ctx.labels, self.ctx.briefing
        summary = [Entry(s.text, self.markers(s.citations, s.text)) for s in b.summary]
        facts = [
            Entry(f.text, self.markers(f.citations, f.text), extra=ctx.support(f.citations))
            for f in b.key_facts
        ]
        speakers = [
            Group(
                speaker or lab.unattributed,
                [
                    Entry(
                        q.text,
                        self.markers((q.article_id,), q.text, span=self._quote_span(q)),
                        extra=lab.indirect if q.kind == "indirect" else "",
                    )
                    for q in quotes
                ],
            )
            for speaker, quotes in quotes_by_speaker(b.quotes)
        ]
        rows = [
            Entry(
                lab.number(r.value) + (f" {r.unit}" if r.unit else ""),
                self.markers(r.article_ids, *r.reported),
                lead=" · ".join(r.reported),
            )
            for r in shared_quantity_rows(b.quantities)
        ]
        conflicts = [
            Group(c.topic, [Entry(x.text, self.markers(x.citations, x.text)) for x in c.claims])
            for c in b.conflicts
        ]
        timeline = [
            Entry(e.text, self.markers(e.citations, e.text), lead=ctx.date(e.date))
            for e in b.timeline
        ]
        unique = [
            Entry(f.text, self.markers(f.citations, f.text), lead=ctx.outlet(f.citations[0]))
            for f in b.unique_facts
            if f.citations
        ]
        unsupported = [Entry(u.text, self.markers(u.citations)) for u in b.unsupported]
        developments = [
            Group(d.topic, [Entry(x.text, self.markers(x.citations, x.text)) for x in d.claims])
            for d in b.developments
        ]
        points = [
            TimePoint(
                e.date,
                ctx.date(e.date),
                e.text,
                _href(entry),
                support_count(e.citations, ctx.copy_of),
            )
            for e, entry in zip(b.timeline, timeline, strict=True)
        ]
        entities = [
            Entry(
                f"({lab.entity_type(e.type)}) — {lab.count(lab.mentions, e.mentions)}",
                self.markers(e.article_ids),
                lead=e.name,
                extra=", ".join(v for v in e.variants if v != e.name),
            )
            for e in b.entities
        ]
        for article_view in self.views.values():
            article_view.paragraphs = segments(article_view.text, article_view.spans)
        return {
            "anchor": f"story-{self.index}",
            "briefing": b,
            "labels": lab,
            "meta": ctx.meta_line(),
            "summary": summary,
            "key_facts": facts,
            "speakers": speakers,
            "rows": rows,
            "conflicts": conflicts,
            "timeline": timeline,
            "timeline_svg": timeline_svg(points, lab.timeline),
            "unique": unique,
            "unsupported": unsupported,
            "developments": developments,
            "matrix_svg": matrix_svg(
                self._matrix_rows(summary, facts, unique, conflicts),
                [(n, ctx.outlet(a)) for n, a in ctx.cited(ctx.numbers) if a not in ctx.copy_of],
                lab.coverage,
            ),
            "entities": entities,
            "articles": list(self.views.values()),
            "cleaning": ctx.cleaning_note() or "",
        }

    def _matrix_rows(
        self,
        summary: list[Entry],
        facts: list[Entry],
        unique: list[Entry],
        conflicts: list[Group],
    ) -> list[MatrixRow]:
        """Summary sentences, key facts and single-source facts, then each conflict's values."""
        rows: list[MatrixRow] = []
        for prefix, entries in (("Z", summary), ("K", facts), ("E", unique)):
            for n, entry in enumerate(entries, start=1):
                cells = dict.fromkeys((m.number for m in entry.markers), "fact")
                rows.append(MatrixRow(f"{prefix}{n} {entry.text}", entry.text, cells, _href(entry)))
        for group in conflicts:
            for entry in group.entries:
                cells = dict.fromkeys((m.number for m in entry.markers), "conflict")
                label = f"≠ {group.title}: {entry.text}"
                rows.append(MatrixRow(label, label, cells, _href(entry)))
        return rows


def _href(entry: Entry) -> str:
    """The link of the first marker that opens a passage, else of the first marker."""
    passages = [m.href for m in entry.markers if "-p" in m.href]
    return passages[0] if passages else entry.markers[0].href if entry.markers else "#"


def locate(text: str, passage: str) -> tuple[int, int] | None:
    """Where ``passage`` occurs in ``text``: exact first, then ignoring differences in spacing."""
    passage = passage.strip()
    if not passage or not text:
        return None
    start = text.find(passage)
    if start >= 0:
        return start, start + len(passage)
    pattern = r"\s+".join(re.escape(word) for word in passage.split())
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def segments(text: str, spans: list[tuple[int, int, str]]) -> list[list[Segment]]:
    """``text`` as paragraphs (split at blank lines) of plain and marked segments.

    A mark that runs over a paragraph break continues in the next paragraph without the id,
    so every anchor id occurs once (marks never start with white space).
    """
    pieces: list[Segment] = []
    position = 0
    for start, end, anchor in sorted(spans):
        if start > position:
            pieces.append(Segment(text[position:start]))
        pieces.append(Segment(text[start:end], marked=True, anchor=anchor))
        position = end
    if position < len(text):
        pieces.append(Segment(text[position:]))
    paragraphs: list[list[Segment]] = [[]]
    for piece in pieces:
        parts = re.split(r"\n\s*\n", piece.text)
        for i, part in enumerate(parts):
            if i:
                paragraphs.append([])
            if part:
                paragraphs[-1].append(Segment(part, piece.marked, piece.anchor if i == 0 else None))
    return [p for p in paragraphs if p]


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("lagebild", "render/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(report: Report) -> str:
    """The report as one HTML page that works offline."""
    language = report_language(report)
    stories = [
        _Story(story_context(report, briefing), i).view()
        for i, briefing in enumerate(report.briefings, start=1)
    ]
    template = _environment().get_template("report.html.j2")
    return template.render(
        language=language,
        labels=labels(language),
        stories=stories,
        rejected=rejected(report),
    )
