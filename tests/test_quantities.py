"""Numbers with what they count, in German and English notation; dates and times are not
quantities."""

from __future__ import annotations

import pytest

from lagebild.analyze import analyze
from lagebild.records import Article, Quantity


def _quantities(text: str, language: str = "de") -> list[Quantity]:
    article = Article("a", "a.txt", text, None, None, None, "2026-03-10", language)
    quantities = list(analyze(article).quantities)
    for quantity in quantities:
        assert text[quantity.start : quantity.end] == quantity.text
    return quantities


def _found(text: str, language: str = "de") -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in _quantities(text, language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rund 1.500 Haushalte waren ohne Strom.", ("Rund 1.500 Haushalte", 1500.0, "Haushalte")),
        (
            "Der Schaden beträgt 3,5 Milliarden Euro.",
            ("3,5 Milliarden Euro", 3.5e9, "EUR"),
        ),
        ("Das sind rund 40 Prozent mehr als im Vorjahr.", ("rund 40 Prozent", 40.0, "%")),
        ("Erlaubt sind auf der Strecke 80 km/h.", ("80 km/h", 80.0, "km/h")),
        ("Die Preise stiegen um 12 %.", ("12 %", 12.0, "%")),
        ("Er zahlte 1,5 Mio. Euro für das Grundstück.", ("1,5 Mio. Euro", 1.5e6, "EUR")),
        ("Die Granaten im Kaliber 155-Millimeter fehlen.", ("155-Millimeter", 155.0, "mm")),
        ("Ein Ticket kostet 5 € mehr.", ("5 €", 5.0, "EUR")),
        ("Die Firma hat 2027 Mitarbeiter.", ("2027 Mitarbeiter", 2027.0, "Mitarbeiter")),
        ("Die Zahl der Toten stieg auf 12.", ("12", 12.0, None)),
    ],
)
def test_german_quantities(text: str, expected: tuple[str, float, str | None]) -> None:
    assert _found(text) == [expected]


def test_lowercase_word_after_a_number_is_no_unit_in_german() -> None:
    assert _found("Am Ende waren es 30 weniger als erwartet.") == [("30", 30.0, None)]


def test_english_quantities() -> None:
    text = "About 200,000 people lost power and 3.5 billion dollars were lost."
    assert _found(text, "en") == [
        ("About 200,000 people", 200000.0, "people"),
        ("3.5 billion dollars", 3.5e9, "USD"),
    ]


def test_quantities_carry_their_sentence() -> None:
    quantities = _quantities("Der Zug fiel aus.\n\nBetroffen waren 300 Reisende.")
    assert [(q.text, q.sentence) for q in quantities] == [("300 Reisende", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Der Streik beginnt am 14.03.2026 früh.",
        "Der Streik beginnt um 14 Uhr am Hauptbahnhof.",
        "Der Streik beginnt um 14.30 Uhr am Hauptbahnhof.",
        "Der Streik beginnt um 9:30 am Hauptbahnhof.",
        "Der Vertrag läuft bis 2027 weiter.",
        "Am 5. März kam es zum Angriff.",
    ],
)
def test_dates_times_and_years_are_not_quantities(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The talks began on March 4, 2026 in Geneva.",
        "KYIV, March 4 (Reuters) - Russia attacked overnight.",
        "The strike began at 9:30 a.m. on Tuesday.",
    ],
)
def test_english_dates_and_times_are_not_quantities(text: str) -> None:
    assert _found(text, "en") == []


def test_german_month_name_before_a_count_does_not_make_it_a_day() -> None:
    assert _found("Im Mai 12 neue Fälle, im Juni keine.") == [("12 neue Fälle", 12.0, "Fälle")]
