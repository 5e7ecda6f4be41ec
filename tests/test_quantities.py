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


def test_an_article_before_a_scale_is_one_of_it() -> None:
    assert _found("Der Schaden liegt bei rund einer Million Euro. Es ist eine Frage.") == [
        ("rund einer Million Euro", 1e6, "EUR")
    ]
    assert _found("Damage was about one million euros, and a billion dollars more.", "en") == [
        ("about one million euros", 1e6, "EUR"),
        ("a billion dollars", 1e9, "USD"),
    ]


def test_centimetres_in_english_are_a_unit_joined_or_not() -> None:
    assert _found("The damaged section of the 80-centimetre main burst.", "en") == [
        ("80-centimetre", 80.0, "cm")
    ]
    assert _found("The pipe was 60 centimeters wide.", "en") == [("60 centimeters", 60.0, "cm")]


def test_kilograms_and_hectares_in_english_are_units_joined_or_not() -> None:
    assert _found("It was linked to a 33-kilogram propane cylinder.", "en") == [
        ("33-kilogram", 33.0, "kg")
    ]
    assert _found("The fire burned 500 hectares near a 40-hectare solar park.", "en") == [
        ("500 hectares", 500.0, "ha"),
        ("40-hectare", 40.0, "ha"),
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


def _with_approx(
    text: str, language: str = "de"
) -> list[tuple[str, float, str | None, str | None]]:
    return [(q.text, q.value, q.unit, q.approx) for q in _quantities(text, language)]


def test_number_words_count_with_a_noun() -> None:
    assert _with_approx("Es gab zwölf Tote und vier Sorten Raketen, zwei davon neu.") == [
        ("zwölf Tote", 12.0, "Tote", None),
        ("vier Sorten", 4.0, "Sorten", None),
    ]


def test_number_words_of_the_tens_count() -> None:
    assert _with_approx("Rund achtzig Helfer und sechzig Soldaten waren im Einsatz.") == [
        ("Rund achtzig Helfer", 80.0, "Helfer", "about"),
        ("sechzig Soldaten", 60.0, "Soldaten", None),
    ]
    assert _with_approx("Forty people were hurt and ninety homes lost power.", "en") == [
        ("Forty people", 40.0, "people", None),
        ("ninety homes", 90.0, "homes", None),
    ]


def test_number_words_of_the_teens_and_german_compound_numbers_count() -> None:
    assert _with_approx("Dreizehn Menschen wurden verletzt, einundzwanzig Autos brannten.") == [
        ("Dreizehn Menschen", 13.0, "Menschen", None),
        ("einundzwanzig Autos", 21.0, "Autos", None),
    ]
    assert _with_approx("Fifteen people were hurt.", "en") == [
        ("Fifteen people", 15.0, "people", None)
    ]


def test_approximations_are_marked_and_kept_in_the_text() -> None:
    assert _with_approx("Mehr als 300 Verletzte, rund 30 Diplomaten und bis zu 80 km/h.") == [
        ("Mehr als 300 Verletzte", 300.0, "Verletzte", "more than"),
        ("rund 30 Diplomaten", 30.0, "Diplomaten", "about"),
        ("bis zu 80 km/h", 80.0, "km/h", "at most"),
    ]


def test_a_range_shares_its_unit() -> None:
    assert _with_approx("Granaten im Kaliber 105- und 155-Millimeter fehlen.") == [
        ("105", 105.0, "mm", None),
        ("155-Millimeter", 155.0, "mm", None),
    ]


def test_adjectives_between_number_and_noun_belong_to_the_quantity() -> None:
    assert _with_approx("Von rund 1.200 geplanten Starts fallen 700 aus.") == [
        ("rund 1.200 geplanten Starts", 1200.0, "Starts", "about"),
        ("700", 700.0, None, None),
    ]


def test_negative_values_and_ranks() -> None:
    assert _with_approx("Es wird minus acht Grad kalt. Deutschland fällt auf Platz 14.") == [
        ("minus acht Grad", -8.0, "°C", None)
    ]


def test_relative_dates_are_not_quantities() -> None:
    assert _found("Vor drei Wochen kamen zwei Reporter.") == [("zwei Reporter", 2.0, "Reporter")]


def test_an_english_ten_and_unit_joined_by_a_hyphen_are_one_number() -> None:
    assert _found("Thirty-four people were injured.", "en") == [
        ("Thirty-four people", 34.0, "people")
    ]


def test_a_year_after_since_is_no_count_of_the_noun_after_it() -> None:
    assert _found("Der Zoo hält seit 2015 Jaguare, heute sind es drei Tiere.") == [
        ("drei Tiere", 3.0, "Tiere")
    ]


def test_numbers_that_name_a_speed_limit_a_road_or_a_line_are_no_quantities() -> None:
    text = "Auf der Bundesstraße 31 und der A 61 gilt Tempo 30, die Linie 7 fährt nicht."
    assert _found(text) == []
    # in English "A" before a number is the article
    assert [q.value for q in _quantities("A 61-year-old man was arrested.", "en")] == [61.0]


def test_a_number_in_a_product_s_type_code_is_no_quantity() -> None:
    text = "Zwölf Brände sind bekannt, bei denen ein Akku des Typs HX 625 Feuer gefangen hat."
    assert _found(text) == [("Zwölf Brände", 12.0, "Brände")]
    english = "The HX 625 batteries were fitted to 40 models."
    assert [q.value for q in _quantities(english, "en")] == [40.0]


def test_the_first_clock_time_of_a_range_is_no_quantity() -> None:
    assert _found("Nachts gilt von 22 bis 6 Uhr ein Limit für 40 Lastwagen.") == [
        ("40 Lastwagen", 40.0, "Lastwagen")
    ]


def test_thousands_set_apart_by_spaces_are_one_number() -> None:
    assert _found("Die Gewerkschaft fordert für die rund 12 000 Beschäftigten mehr Geld.") == [
        ("rund 12 000 Beschäftigten", 12000.0, "Beschäftigten")
    ]
    assert _found("Betroffen sind 1\u202f250\u202f000 Kunden.") == [
        ("1\u202f250\u202f000 Kunden", 1250000.0, "Kunden")
    ]
    assert _found("Es kamen 12 Gäste, 300 weitere sagten ab.")[0] == ("12 Gäste", 12.0, "Gäste")
