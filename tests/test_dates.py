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


def test_day_and_month_take_the_year_of_the_nearest_such_day() -> None:
    written = "Er hofft, die Produktion am 11. Januar wieder aufnehmen zu können."
    assert _found(written, published="2026-11-19T10:00") == [("11. Januar", "2027-01-11")]
    looking_back = "Am 28. Dezember war die Anlage abgeschaltet worden."
    assert _found(looking_back, published="2027-01-03T10:00") == [("28. Dezember", "2026-12-28")]
    english = "Production is due to resume on January 11, the company said."
    assert _found(english, published="2026-11-19", language="en") == [("January 11", "2027-01-11")]


def test_an_english_rule_that_must_be_kept_is_of_now_though_a_ruling_is_told() -> None:
    ruled = (
        "The court ruled that older diesel cars must be kept off the road, part of a "
        "federal highway, from April 1 unless air quality improves."
    )
    assert _found(ruled, published="2026-11-19", language="en") == [("April 1", "2027-04-01")]
    # "must" as a noun ("grape must") says nothing of the tense
    told = "Three workers collapsed on Tuesday after gas from fermenting grape must built up."
    assert _found(told, published="2026-10-07", language="en") == [("Tuesday", "2026-10-06")]


def test_a_day_of_a_plan_told_in_the_past_lies_ahead() -> None:
    announced = "Der Träger hatte am Montag angekündigt, die Station zum 31. März zu schließen."
    assert _found(announced, published="2026-10-20T10:00") == [
        ("Montag", "2026-10-19"),
        ("31. März", "2027-03-31"),
    ]
    done = "Der Träger hatte die Station am 31. März geschlossen, wie er mitteilte."
    assert _found(done, published="2026-10-20T10:00") == [("31. März", "2026-03-31")]


def test_a_clause_of_its_own_in_the_present_looks_ahead() -> None:
    published = "2026-11-20T08:00"
    decided = (
        "Der Stadtrat hatte am Donnerstag entschieden, dass vom 1. April an nur noch "
        "Anwohner, Handwerker und Taxis in die Altstadt fahren dürfen."
    )
    assert _found(decided, published=published)[-1] == ("1. April", "2027-04-01")
    reopens = "Die Stadt teilte mit, am 1. April öffne die Halle wieder."
    assert _found(reopens, published=published) == [("1. April", "2027-04-01")]
    for done in (
        "Die Polizei teilte mit, am 1. April sei ein Mann festgenommen worden.",
        "Die Stadt teilte mit, dass die Halle am 1. April geöffnet wurde.",
    ):
        assert _found(done, published=published) == [("1. April", "2026-04-01")]


def test_english_abbreviated_month_and_day() -> None:
    written = "The blast hit the mill late on Tuesday, Nov. 17, police said."
    assert _found(written, "2026-11-19", "en")[-1:] == [("Nov. 17", "2026-11-17")]


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


def test_what_someone_said_would_happen_lies_ahead() -> None:
    said = "The parish said the concert would be repeated on 12 December."
    assert _found(said, "2026-05-12", "en") == [("12 December", "2026-12-12")]
    # "would have" tells what did not happen, in the past
    unreal = "Without the repairs the bridge would have collapsed on 12 December."
    assert _found(unreal, "2026-05-12", "en") == [("12 December", "2025-12-12")]


def test_english_day_before_month_in_british_order() -> None:
    assert _found("The museum will reopen on 22 March, the board said.", language="en") == [
        ("22 March", "2026-03-22")
    ]
    assert _found("It was founded on 3rd May 1998.", language="en") == [
        ("3rd May 1998", "1998-05-03")
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


# Relative dates, resolved against the publication date (2026-03-10 is a Tuesday).


def _relative(text: str, published: str = "2026-03-10T08:00") -> list[tuple[str, str, str, bool]]:
    return [(d.text, d.iso, d.precision, d.vague) for d in _dates(text, published)]


def test_weekday_in_the_past_tense_looks_back() -> None:
    assert _relative("Am Freitag hatte die Polizei den Platz geräumt.") == [
        ("Freitag", "2026-03-06", "day", False)
    ]
    assert _relative("Die Ministerin besuchte am Montag die Klinik.") == [
        ("Montag", "2026-03-09", "day", False)
    ]


def test_a_preterite_modal_looks_back_before_a_passive_infinitive() -> None:
    assert _relative("Am Freitagabend musste das Stadion geräumt werden.") == [
        ("Freitagabend", "2026-03-06", "day", False)
    ]


def test_a_conjunction_between_two_words_of_one_kind_does_not_end_the_clause() -> None:
    text = "Am Freitagabend ist ein Aufzug zwischen dem vierten und fünften Deck abgesackt."
    assert _relative(text) == [("Freitagabend", "2026-03-06", "day", False)]
    # between two clauses it does: the present of the second says nothing of the first
    text = "Am Freitag ist der Aufzug abgesackt und die Feuerwehr prüft die Kabine."
    assert _relative(text) == [("Freitag", "2026-03-06", "day", False)]


def test_weekday_in_the_present_or_future_looks_ahead() -> None:
    assert _relative("Die Gespräche beginnen am Freitag.") == [
        ("Freitag", "2026-03-13", "day", False)
    ]
    assert _relative("Der Minister will am Montag reisen.") == [
        ("Montag", "2026-03-16", "day", False)
    ]


def test_a_weekday_a_plan_is_made_for_looks_ahead_in_the_past_tense() -> None:
    assert _relative("Die Gewerkschaft kündigte für Donnerstag einen Warnstreik an.") == [
        ("Donnerstag", "2026-03-12", "day", False)
    ]
    assert _relative("The union called a strike for Thursday.") == [
        ("Thursday", "2026-03-12", "day", False)
    ]


def test_a_weekday_after_since_looks_back_also_at_the_start_of_a_sentence() -> None:
    assert _relative("Seit Sonntag gilt in der Stadt die höchste Warnstufe.") == [
        ("Sonntag", "2026-03-08", "day", False)
    ]
    assert _relative(
        "Seit dem Murenabgang am Sonntag ist das Tal nur aus der Luft erreichbar."
    ) == [("Sonntag", "2026-03-08", "day", False)]


def test_the_publication_weekday_is_the_publication_day() -> None:
    assert _relative("Am Dienstagabend trafen sich die Minister.") == [
        ("Dienstagabend", "2026-03-10", "day", False)
    ]


def test_days_weeks_months_and_years_relative_to_publication() -> None:
    found = _relative(
        "Heute tagt der Rat, gestern sprach der Minister. Vergangene Woche gab es Streit. "
        "Im vergangenen Jahr sank die Zahl. Vor drei Wochen begann es."
    )
    assert found == [
        ("Heute", "2026-03-10", "day", False),
        ("gestern", "2026-03-09", "day", False),
        ("Vergangene Woche", "2026-W10", "week", False),
        ("vergangenen Jahr", "2025", "year", False),
        ("Vor drei Wochen", "2026-W08", "week", False),
    ]


def test_morning_is_not_tomorrow() -> None:
    assert _relative("Am Morgen kam die Feuerwehr.") == []
    assert _relative("Morgen reist die Delegation ab.") == [("Morgen", "2026-03-11", "day", False)]


def test_vague_future_and_past_spans() -> None:
    assert _relative("Die Reparatur soll in den kommenden Tagen beginnen.") == [
        ("in den kommenden Tagen", "2026-03-11/2026-03-17", "day", True)
    ]
    assert _relative("In den vergangenen Wochen stiegen die Preise.") == [
        ("In den vergangenen Wochen", "2026-02-10/2026-03-09", "day", True)
    ]


def test_a_month_without_a_year_is_the_nearest_such_month() -> None:
    assert _relative("Im Oktober hatte die Regierung gewechselt.", "2026-01-15") == [
        ("Oktober", "2025-10", "month", False)
    ]
    assert _relative("Die Partei kündigte an, im Februar zu entscheiden.", "2026-01-15") == [
        ("Februar", "2026-02", "month", False)
    ]


def test_bare_year() -> None:
    assert _relative("Die Quote gilt seit 2019 in Bayern.") == [("2019", "2019", "year", False)]


def test_english_relative_dates() -> None:
    dates = _dates(
        "Lufthansa cancelled 120 flights on Sunday and expects delays next week.",
        "2026-01-12",
        "en",
    )
    assert [(d.text, d.iso) for d in dates] == [("Sunday", "2026-01-11"), ("next week", "2026-W04")]


def test_relative_dates_need_a_day_of_publication() -> None:
    assert _relative("Am Freitag hatte die Polizei den Platz geräumt.", "2026-03") == []


def test_what_is_expected_looks_ahead() -> None:
    dates = _dates("The motorway is expected to stay closed until Thursday.", "2026-03-10", "en")
    assert [(d.text, d.iso) for d in dates] == [("Thursday", "2026-03-12")]


def test_a_weekday_of_every_week_is_no_date() -> None:
    assert _found("Die Läden dürfen sonntags und montagabends nicht öffnen.") == []
    assert _found("Shops may not open on Sundays.", language="en") == []
    assert _found("Jeden Dienstag um 15 Uhr fährt sie nach Wolfsburg.") == []
    assert _found("The class meets every Tuesday at 3 pm.", language="en") == []
    assert [iso for _, iso in _found("Am Sonntag blieben die Läden zu.")] == ["2026-03-08"]
