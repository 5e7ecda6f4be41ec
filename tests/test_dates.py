"""Dates named in the text, as ISO 8601 to the precision the text gives."""

from __future__ import annotations

from lagebild.analyze import analyze
from lagebild.records import Article, DateMention


def _dates(
    text: str, published: str | None = "2026-03-10", language: str = "de"
) -> list[DateMention]:
    article = Article("a", "a.txt", text, None, None, None, published, language)
    dates = list(analyze(article).dates)
    for mention in dates:
        assert text[mention.start : mention.end] == mention.text
    return dates


def _found(
    text: str, published: str | None = "2026-03-10", language: str = "de"
) -> list[tuple[str, str]]:
    return [(d.text, d.iso) for d in _dates(text, published, language)]


def test_numeric_date() -> None:
    assert _found("Der Streik beginnt am 14.03.2026 um 6 Uhr.") == [("14.03.2026", "2026-03-14")]


def test_numeric_date_with_two_digit_year() -> None:
    assert _found("Der Streik beginnt am 4.3.26 früh.") == [("4.3.26", "2026-03-04")]


def test_iso_date() -> None:
    assert _found("Laut Bericht vom 2026-02-28 stieg die Zahl.") == [("2026-02-28", "2026-02-28")]


def test_day_and_month_take_the_year_of_publication() -> None:
    assert _found("Am 5. März kam es zum Angriff.", published="2025-03-06T08:00") == [
        ("5. März", "2025-03-05")
    ]


def test_day_and_month_without_publication_date_are_left_out() -> None:
    assert _found("Am 5. März kam es zum Angriff.", published=None) == []


def test_day_month_year() -> None:
    assert _found("Am 5. März 2024 kam es zum Angriff.") == [("5. März 2024", "2024-03-05")]


def test_date_in_brackets_after_a_weekday_gives_the_weekday_its_date() -> None:
    assert _found("Am Dienstagabend (5. März) eskalierte die Lage.") == [
        ("Dienstagabend", "2026-03-05"),
        ("5. März", "2026-03-05"),
    ]


def test_range_gives_both_days() -> None:
    assert _found("Die Konferenz findet vom 16. bis zum 18. Februar statt.") == [
        ("16.", "2026-02-16"),
        ("18. Februar", "2026-02-18"),
    ]


def test_month_and_year_have_month_precision() -> None:
    assert _found("Im März 2026 wurde gewählt.") == [("März 2026", "2026-03")]


def test_english_month_day_year() -> None:
    assert _found("The talks began on March 4, 2026 in Geneva.", language="en") == [
        ("March 4, 2026", "2026-03-04")
    ]


def test_english_month_day_takes_the_year_of_publication() -> None:
    assert _found("KYIV, March 4 (Reuters) - Russia attacked overnight.", language="en") == [
        ("March 4", "2026-03-04")
    ]


def test_german_month_before_a_count_is_a_month_not_a_day() -> None:
    assert _found("Im Mai 12 neue Fälle, im Juni keine.") == [
        ("Mai", "2026-05"),
        ("Juni", "2026-06"),
    ]


def test_impossible_dates_are_ignored() -> None:
    assert _found("Der 31.02.2026 existiert nicht, der 30. Februar auch nicht.") == []


def test_times_and_bare_numbers_are_not_dates() -> None:
    assert _found("Um 14.30 Uhr kamen 1.500 Menschen, 2,5 Prozent mehr.") == []


def test_dates_are_sorted_and_carry_their_sentence() -> None:
    dates = _dates("Gewählt wird am 14.03.2026.\n\nDer Wahlkampf begann am 5. Februar.")
    assert [(d.iso, d.sentence) for d in dates] == [("2026-03-14", 0), ("2026-02-05", 1)]
