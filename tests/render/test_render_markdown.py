from __future__ import annotations

import dataclasses

from lagebild.records import QuoteRef, Report
from lagebild.render.markdown import render_briefing, render_markdown


def _stories(markdown: str) -> list[str]:
    """The Markdown of each story (from its headline to the next rule)."""
    return [part.split("\n---\n")[0] for part in markdown.split("\n## ")[1:]]


def test_citation_numbers_follow_article_order(report: Report) -> None:
    german = _stories(render_markdown(report))[0]
    assert (
        "1. Frankfurter Rundschau, 10.03.2026 06:30 — „Warnstreik legt Frankfurter Flughafen lahm“"
        in german
    )
    assert "2. Stern (dpa), 10.03.2026 07:05" in german
    assert "4. BR24, 11.03.2026 — „Warnstreik: Auch München betroffen“" in german
    assert "zu einem ganztägigen Warnstreik aufgerufen. [1][2][3] Auch in München" in german
    assert "Urlauber in den Faschingsferien. [4] Der Streik soll" in german


def test_copies_are_marked_and_not_counted(report: Report) -> None:
    german = _stories(render_markdown(report))[0]
    assert (
        "3. Süddeutsche Zeitung (dpa), 10.03.2026 07:12 — „Warnstreik an Flughäfen“ — "
        "Kopie von [2], nicht separat gezählt"
    ) in german
    assert "4 Artikel · 3 unabhängige Quellen (1 Kopie nicht separat gezählt)" in german
    # the key fact cites four articles, one a copy: three sources
    assert "- Ganztägiger Warnstreik an mehreren Flughäfen — 3 Quellen [1][2][3][4]" in german


def test_sections_in_order_with_german_labels(report: Report) -> None:
    german = _stories(render_markdown(report))[0]
    titles = [line for line in german.splitlines() if line.startswith("**")]
    assert titles == [
        "**Zusammenfassung**",
        "**Kernfakten**",
        "**Wer sagte was**",
        "**Zahlen**",
        "**Wo die Quellen abweichen**",
        "**Nur in einer Quelle**",
        "**Zeitleiste**",
        "**Wie sich Angaben entwickelt haben**",
        "**Beteiligte**",
        "**Quellen**",
    ]
    assert german.startswith("Verdi-Warnstreik legt Flughäfen lahm\n")
    assert "- Anna Berg: „Wir lassen uns nicht länger hinhalten“ [1]" in german
    assert "- ohne Zuordnung: „völlig unverhältnismäßig und schädlich“ [2]" in german
    assert "| 24 Stunden | 24 Stunden | [1][2] |" in german
    # a number only one article gives stays out of the table (it is in the JSON)
    assert "| Rund 100.000 Passagiere |" not in german
    assert (
        "- Zahl der betroffenen Passagiere: „Rund 100.000 Passagiere“ [1] gegenüber "
        "„etwa 90.000 Passagiere“ [2]"
    ) in german
    assert "- 10.03.2026 — Warnstreik an den Flughäfen [1][2]" in german
    assert (
        "- Ende des Streiks: „Mittwochmorgen um 6 Uhr“ [1] → später „ganztägigen“ [2]"
    ) in german
    assert "- [4] BR24: Die Gewerkschaft fordert 8 Prozent mehr Lohn." in german
    assert "- Verdi (Organisation) — 4 Nennungen; auch: ver.di [1][2][4]" in german
    assert "Bereinigung: 5 Zeilen entfernt (2 Player-Reste, 1 Bildunterschrift," in german


def test_empty_sections_are_left_out_and_labels_are_english(report: Report) -> None:
    english = _stories(render_markdown(report))[1]
    titles = [line for line in english.splitlines() if line.startswith("**")]
    assert titles == ["**Summary**", "**Sources**"]
    assert "1 article · 1 independent source · 2026-03-04 18:10 · en 1" in english
    assert "1. Reuters, 2026-03-04 18:10 — “Russian strike hits Kharkiv power plant”" in english
    assert "Cleaning" not in english
    assert "Zusammenfassung" not in english


def test_rejected_inputs_are_listed_with_their_errors(report: Report) -> None:
    markdown = render_markdown(report)
    rejected = markdown.split("## Abgelehnte Eingaben", 1)[1]
    assert (
        "- feeds/broken.html: only 12 characters of body text are left after cleaning" in rejected
    )


def test_quotes_are_grouped_by_speaker(report: Report) -> None:
    strike = report.briefings[0]
    second = QuoteRef("Anna Berg", "Die Arbeitgeber müssen sich bewegen", "br24", 0, 0)
    briefing = dataclasses.replace(strike, quotes=(*strike.quotes, second))
    markdown = render_briefing(report, briefing)
    assert (
        "- Anna Berg: „Wir lassen uns nicht länger hinhalten“ [1] · "
        "„Die Arbeitgeber müssen sich bewegen“ [4]"
    ) in markdown
    assert markdown.count("Anna Berg") == 1


def test_markdown_characters_in_article_text_are_escaped(report: Report) -> None:
    briefing = dataclasses.replace(report.briefings[1], headline="Angriff auf *Charkiw* <b>")
    markdown = render_briefing(report, briefing)
    assert markdown.startswith("## Angriff auf \\*Charkiw\\* \\<b\\>\n")


def test_an_empty_report() -> None:
    assert render_markdown(Report(outcomes=(), briefings=())) == "# Lagebild\n"
