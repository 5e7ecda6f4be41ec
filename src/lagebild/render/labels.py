"""Section labels and phrases per language, shared by every renderer.

Each language is one ``Labels`` value below; adding a language is adding one more.
Phrases with a count come as a ``(one, other)`` pair with an ``{n}`` placeholder and are
filled in with :meth:`Labels.count`. Unknown languages fall back to English.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

Plural = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Labels:
    """Everything a renderer writes that is not taken from the articles."""

    language: str
    report_title: str
    stories: str
    summary: str
    key_facts: str
    quotes: str
    quantities: str
    conflicts: str
    unique_facts: str
    developments: str
    coverage: str
    then: str
    unsupported: str
    abstractive: str
    timeline: str
    entities: str
    sources: str
    article_texts: str
    rejected: str
    articles: Plural
    independent_sources: Plural
    copies: Plural
    support: Plural
    mentions: Plural
    lines: Plural
    copy_of: str  # "{ref}" is the citation marker of the original
    copy_of_elsewhere: str
    cleaning: str  # "{lines}" is a filled ``lines`` phrase, "{reasons}" the breakdown
    versus: str
    also_written: str
    unattributed: str
    indirect: str  # before reported speech ("indirekt: die Bahn habe …")
    unknown_source: str
    no_date: str
    not_found: str
    quote_open: str
    quote_close: str
    column_reported: str
    column_value: str
    column_sources: str
    thousands: str
    decimal: str
    entity_types: Mapping[str, str]
    reasons: Mapping[str, Plural]

    def count(self, phrase: Plural, n: int) -> str:
        """``phrase`` filled in for ``n``, singular or plural."""
        one, other = phrase
        return (one if n == 1 else other).format(n=self.number(n))

    def number(self, value: float) -> str:
        """``value`` with this language's thousands and decimal separators, at most 2 decimals."""
        if not math.isfinite(value):
            return str(value)
        whole = value == int(value)
        text = f"{int(value):,}" if whole else f"{value:,.2f}".rstrip("0").rstrip(".")
        return text.replace(",", "\0").replace(".", self.decimal).replace("\0", self.thousands)

    def quoted(self, text: str) -> str:
        return f"{self.quote_open}{text}{self.quote_close}"

    def reason(self, reason: str, n: int) -> str:
        """``n`` lines removed for ``reason``, in words; unknown reasons are shown as they are."""
        fallback = "{n} " + reason.replace("_", " ")
        return self.count(self.reasons.get(reason, (fallback, fallback)), n)

    def entity_type(self, entity_type: str) -> str:
        return self.entity_types.get(entity_type, entity_type)


GERMAN = Labels(
    language="de",
    report_title="Lagebild",
    stories="Geschichten",
    summary="Zusammenfassung",
    key_facts="Kernfakten",
    quotes="Wer sagte was",
    quantities="Zahlen",
    conflicts="Wo die Quellen abweichen",
    unique_facts="Nur in einer Quelle",
    developments="Wie sich Angaben entwickelt haben",
    coverage="Welche Quelle was berichtet",
    then="später",
    unsupported="Vom Sprachmodell geschrieben, von den Quellen nicht gedeckt (verworfen)",
    abstractive="Von einem Sprachmodell formuliert und gegen die zitierten Quellen geprüft.",
    timeline="Zeitleiste",
    entities="Beteiligte",
    sources="Quellen",
    article_texts="Artikeltexte",
    rejected="Abgelehnte Eingaben",
    articles=("{n} Artikel", "{n} Artikel"),
    independent_sources=("{n} unabhängige Quelle", "{n} unabhängige Quellen"),
    copies=("{n} Kopie nicht separat gezählt", "{n} Kopien nicht separat gezählt"),
    support=("{n} Quelle", "{n} Quellen"),
    mentions=("{n} Nennung", "{n} Nennungen"),
    lines=("{n} Zeile", "{n} Zeilen"),
    copy_of="Kopie von {ref}, nicht separat gezählt",
    copy_of_elsewhere="Kopie eines Artikels außerhalb dieser Geschichte, nicht separat gezählt",
    cleaning="Bereinigung: {lines} entfernt ({reasons})",
    versus="gegenüber",
    also_written="auch",
    unattributed="ohne Zuordnung",
    indirect="indirekt",
    unknown_source="unbekannte Quelle",
    no_date="ohne Datum",
    not_found="Stelle im Artikeltext nicht gefunden",
    quote_open="„",
    quote_close="“",
    column_reported="Angabe",
    column_value="Wert",
    column_sources="Quellen",
    thousands=".",
    decimal=",",
    entity_types=MappingProxyType(
        {
            "PER": "Person",
            "LOC": "Ort",
            "ORG": "Organisation",
            "EVENT": "Ereignis",
            "MISC": "Sonstiges",
        }
    ),
    reasons=MappingProxyType(
        {
            "copyright": ("{n} Copyright/Credit", "{n} Copyright/Credits"),
            "agency": ("{n} Agentur-/Autorenzeile", "{n} Agentur-/Autorenzeilen"),
            "comments": ("{n} Kommentarformular-Zeile", "{n} Kommentarformular-Zeilen"),
            "player": ("{n} Player-Rest", "{n} Player-Reste"),
            "share": ("{n} Teilen-/Newsletter-Zeile", "{n} Teilen-/Newsletter-Zeilen"),
            "navigation": ("{n} Navigationszeile", "{n} Navigationszeilen"),
            "caption": ("{n} Bildunterschrift", "{n} Bildunterschriften"),
            "teaser": ("{n} Teaserzeile", "{n} Teaserzeilen"),
            "repeated": ("{n} Wiederholung", "{n} Wiederholungen"),
            "kicker": ("{n} Dachzeile", "{n} Dachzeilen"),
            "title": ("{n} Titelzeile", "{n} Titelzeilen"),
            "heading": ("{n} Zwischenüberschrift", "{n} Zwischenüberschriften"),
            "metadata": ("{n} Datums-/Quellenzeile", "{n} Datums-/Quellenzeilen"),
        }
    ),
)

ENGLISH = Labels(
    language="en",
    report_title="Lagebild",
    stories="Stories",
    summary="Summary",
    key_facts="Key facts",
    quotes="Who said what",
    quantities="Numbers",
    conflicts="Where sources differ",
    unique_facts="Only in one source",
    developments="How figures developed",
    coverage="Which source reports what",
    then="later",
    unsupported="Written by the language model, not carried by the sources (dropped)",
    abstractive="Worded by a language model and checked against the cited sources.",
    timeline="Timeline",
    entities="Entities",
    sources="Sources",
    article_texts="Article texts",
    rejected="Rejected inputs",
    articles=("{n} article", "{n} articles"),
    independent_sources=("{n} independent source", "{n} independent sources"),
    copies=("{n} copy not counted separately", "{n} copies not counted separately"),
    support=("{n} source", "{n} sources"),
    mentions=("{n} mention", "{n} mentions"),
    lines=("{n} line", "{n} lines"),
    copy_of="copy of {ref}, not counted separately",
    copy_of_elsewhere="copy of an article outside this story, not counted separately",
    cleaning="Cleaning: {lines} removed ({reasons})",
    versus="versus",
    also_written="also",
    unattributed="unattributed",
    indirect="indirectly",
    unknown_source="unknown source",
    no_date="undated",
    not_found="passage not found in the article text",
    quote_open="“",
    quote_close="”",
    column_reported="as reported",
    column_value="value",
    column_sources="sources",
    thousands=",",
    decimal=".",
    entity_types=MappingProxyType(
        {
            "PER": "person",
            "LOC": "place",
            "ORG": "organisation",
            "EVENT": "event",
            "MISC": "other",
        }
    ),
    reasons=MappingProxyType(
        {
            "copyright": ("{n} copyright/credit line", "{n} copyright/credit lines"),
            "agency": ("{n} agency/byline", "{n} agency/bylines"),
            "comments": ("{n} comment-form line", "{n} comment-form lines"),
            "player": ("{n} video-player remnant", "{n} video-player remnants"),
            "share": ("{n} share/newsletter line", "{n} share/newsletter lines"),
            "navigation": ("{n} navigation line", "{n} navigation lines"),
            "caption": ("{n} caption", "{n} captions"),
            "teaser": ("{n} teaser line", "{n} teaser lines"),
            "repeated": ("{n} repeated line", "{n} repeated lines"),
            "kicker": ("{n} kicker", "{n} kickers"),
            "title": ("{n} title line", "{n} title lines"),
            "heading": ("{n} crosshead", "{n} crossheads"),
            "metadata": ("{n} date/outlet line", "{n} date/outlet lines"),
        }
    ),
)

LANGUAGES: Mapping[str, Labels] = MappingProxyType({"de": GERMAN, "en": ENGLISH})


def labels(language: str | None) -> Labels:
    """The labels for ``language`` (ISO 639-1, region suffixes ignored); English when unknown."""
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    return LANGUAGES.get(code, ENGLISH)
