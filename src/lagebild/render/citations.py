"""Citation numbering and the formatting every renderer shares.

Within one briefing the story's articles are numbered 1..n in the order of
``Briefing.article_ids``; articles that the briefing cites but does not list are
numbered after them, so every citation has a number. Copies (outcomes with status
``duplicate``) keep their number but are marked as copies of their original and are
never counted as separate sources.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from lagebild.records import Article, Briefing, Outcome, QuantityRef, QuoteRef, Report
from lagebild.render.labels import Labels, labels

_ISO = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ](?P<hh>\d{2}):(?P<mm>\d{2})(?::\d{2}(?:[.,]\d+)?)?)?)?)?"
    r"(?:Z|[+-]\d{2}(?::?\d{2})?)?"
)


def cited_ids(briefing: Briefing) -> list[str]:
    """Every article id the briefing refers to, in order of first appearance."""
    ids: list[str] = list(briefing.article_ids)
    for cited in (*briefing.summary, *briefing.key_facts):
        ids.extend(cited.citations)
    for conflict in (*briefing.conflicts, *briefing.developments):
        for claim in conflict.claims:
            ids.extend(claim.citations)
    for fact in (*briefing.unique_facts, *briefing.unsupported):
        ids.extend(fact.citations)
    for entry in briefing.timeline:
        ids.extend(entry.citations)
    ids.extend(quote.article_id for quote in briefing.quotes)
    ids.extend(quantity.article_id for quantity in briefing.quantities)
    for entity in briefing.entities:
        ids.extend(entity.article_ids)
    return list(dict.fromkeys(ids))


def number_articles(briefing: Briefing) -> dict[str, int]:
    """Citation number per article id: 1..n in ``article_ids`` order, cited extras after."""
    return {article_id: i for i, article_id in enumerate(cited_ids(briefing), start=1)}


def cited_numbers(article_ids: Iterable[str], numbers: Mapping[str, int]) -> list[tuple[int, str]]:
    """``(number, article_id)`` per cited article, sorted by number, each once.

    Ids without a number (not part of the story) are left out.
    """
    found = {numbers[a]: a for a in article_ids if a in numbers}
    return sorted(found.items())


def markers(article_ids: Iterable[str], numbers: Mapping[str, int]) -> str:
    """Citation markers such as ``"[1][2][5]"``, sorted and each number once."""
    return "".join(f"[{n}]" for n, _ in cited_numbers(article_ids, numbers))


def copies(article_ids: Iterable[str], outcomes: Iterable[Outcome]) -> dict[str, str]:
    """For each of ``article_ids`` that is a copy: the id of the article it copies."""
    wanted = set(article_ids)
    return {
        o.id: o.duplicate_of
        for o in outcomes
        if o.id in wanted and o.status == "duplicate" and o.duplicate_of is not None
    }


def original(article_id: str, copy_of: Mapping[str, str]) -> str:
    """The first article of a chain of copies (``a`` copies ``b`` copies ``c`` -> ``c``)."""
    chain = [article_id]
    while chain[-1] in copy_of:
        following = copy_of[chain[-1]]
        if following in chain:  # a loop of copies: its smallest id stands for all of them
            return min(chain[chain.index(following) :])
        chain.append(following)
    return chain[-1]


def support_count(article_ids: Iterable[str], copy_of: Mapping[str, str]) -> int:
    """How many independent sources ``article_ids`` are, copies counted with their original."""
    return len({original(a, copy_of) for a in article_ids})


def format_date(iso: str, language: str | None) -> str:
    """An ISO 8601 date of any precision for reading: ``04.03.2026 18:10`` (de),
    ``2026-03-04 18:10`` (other languages). Intervals ``a/b`` become ``a – b``;
    text that is not ISO is returned as it is. Seconds and time zones are left out.
    """
    if "/" in iso:
        return " – ".join(format_date(part, language) for part in iso.split("/", 1))
    match = _ISO.fullmatch(iso.strip())
    if match is None:
        return iso
    y, m, d, hh, mm = match.group("y", "m", "d", "hh", "mm")
    german = labels(language).language == "de"
    if german:
        date = ".".join(part for part in (d, m, y) if part)
    else:
        date = "-".join(part for part in (y, m, d) if part)
    return f"{date} {hh}:{mm}" if hh else date


@dataclass(frozen=True, slots=True)
class QuantityRow:
    """Quantities of equal value and unit, merged: how they were written and where."""

    reported: tuple[str, ...]
    value: float
    unit: str | None
    article_ids: tuple[str, ...]


def quantity_rows(quantities: Iterable[QuantityRef]) -> list[QuantityRow]:
    """Quantities grouped by value and unit, in order of first appearance."""
    groups: dict[tuple[float, str | None], list[QuantityRef]] = {}
    for quantity in quantities:
        groups.setdefault((quantity.value, quantity.unit), []).append(quantity)
    return [
        QuantityRow(
            reported=tuple(dict.fromkeys(q.text for q in group)),
            value=value,
            unit=unit,
            article_ids=tuple(dict.fromkeys(q.article_id for q in group)),
        )
        for (value, unit), group in groups.items()
    ]


def _bare(row: QuantityRow) -> bool:
    return row.unit is None and not any(c.isalpha() for text in row.reported for c in text)


# At most this many numbers are shown in a briefing's table.
SHOWN_QUANTITIES = 12


def shared_quantity_rows(quantities: Iterable[QuantityRef]) -> list[QuantityRow]:
    """The numbers worth a reader's table: those two or more articles give, the most
    widely reported first. A bare number ("2", no unit, no counted noun) tells a
    reader nothing out of its sentence and is left out. Every number stays in the
    JSON; disagreements have their own section."""
    rows = [
        row for row in quantity_rows(quantities) if len(row.article_ids) >= 2 and not _bare(row)
    ]
    rows.sort(key=lambda row: -len(row.article_ids))
    return rows[:SHOWN_QUANTITIES]


def quotes_by_speaker(quotes: Iterable[QuoteRef]) -> list[tuple[str | None, list[QuoteRef]]]:
    """Quotes grouped by speaker in order of first appearance; ``None`` is unattributed."""
    groups: dict[str | None, list[QuoteRef]] = {}
    for quote in quotes:
        groups.setdefault(quote.speaker, []).append(quote)
    return list(groups.items())


@dataclass(frozen=True, slots=True)
class StoryContext:
    """What a renderer needs besides the briefing: numbers, copies, articles and labels."""

    briefing: Briefing
    labels: Labels
    numbers: Mapping[str, int]
    copy_of: Mapping[str, str]
    articles: Mapping[str, Article]

    def markers(self, article_ids: Iterable[str]) -> str:
        return markers(article_ids, self.numbers)

    def cited(self, article_ids: Iterable[str]) -> list[tuple[int, str]]:
        return cited_numbers(article_ids, self.numbers)

    def support(self, article_ids: Iterable[str]) -> str:
        """``"4 Quellen"``: the independent sources behind ``article_ids``."""
        return self.labels.count(self.labels.support, support_count(article_ids, self.copy_of))

    def date(self, iso: str) -> str:
        return format_date(iso, self.labels.language)

    def outlet(self, article_id: str) -> str:
        """The outlet's name, else the input's origin; the language is added when it differs."""
        article = self.articles.get(article_id)
        if article is None:
            return self.labels.unknown_source
        name = article.source or article.origin or self.labels.unknown_source
        language = (article.language or "").lower()
        if language and language != self.briefing.language.lower():
            name = f"{name} ({language})"
        return name

    def copy_note(self, article_id: str) -> str | None:
        """``"Kopie von [2], nicht separat gezählt"`` for a copy, None for an original."""
        if article_id not in self.copy_of:
            return None
        for candidate in (self.copy_of[article_id], original(article_id, self.copy_of)):
            if candidate in self.numbers:
                return self.labels.copy_of.format(ref=f"[{self.numbers[candidate]}]")
        return self.labels.copy_of_elsewhere

    def meta_line(self) -> str:
        """Articles, independent sources, time span and languages, joined by `` · ``."""
        lab, ids = self.labels, list(self.numbers)
        sources = lab.count(lab.independent_sources, self.briefing.independent_sources)
        n_copies = sum(1 for a in ids if a in self.copy_of)
        if n_copies:
            sources += f" ({lab.count(lab.copies, n_copies)})"
        parts = [lab.count(lab.articles, len(ids)), sources]
        stories = [self.articles[a] for a in ids if a in self.articles]
        dates = sorted(a.published for a in stories if a.published)
        if dates:
            first, last = self.date(dates[0]), self.date(dates[-1])
            parts.append(first if first == last else f"{first} – {last}")
        languages = Counter(a.language.lower() for a in stories if a.language)
        if languages:
            parts.append(", ".join(f"{code} {n}" for code, n in languages.most_common()))
        return " · ".join(parts)

    def cleaning_note(self) -> str | None:
        """Removed lines of the story's articles counted by reason; None when none were."""
        reasons = Counter(
            removal.reason
            for article_id in self.numbers
            if article_id in self.articles
            for removal in self.articles[article_id].removed
        )
        if not reasons:
            return None
        lab = self.labels
        ordered = sorted(reasons.items(), key=lambda item: (-item[1], item[0]))
        breakdown = ", ".join(lab.reason(reason, n) for reason, n in ordered)
        total = lab.count(lab.lines, sum(reasons.values()))
        return lab.cleaning.format(lines=total, reasons=breakdown)


def story_context(report: Report, briefing: Briefing) -> StoryContext:
    """The numbering, copies and articles of one briefing of ``report``."""
    numbers = number_articles(briefing)
    return StoryContext(
        briefing=briefing,
        labels=labels(briefing.language),
        numbers=numbers,
        copy_of=copies(numbers, report.outcomes),
        articles=report.articles(),
    )


def report_language(report: Report) -> str:
    """The most common language of the report's briefings (for report-wide labels)."""
    counts = Counter(labels(b.language).language for b in report.briefings)
    return counts.most_common(1)[0][0] if counts else "en"


def rejected(report: Report) -> list[Outcome]:
    """The inputs that were rejected, in input order."""
    return [o for o in report.outcomes if o.status == "rejected"]
