from __future__ import annotations

import dataclasses

import pytest

from lagebild.records import Cited, QuantityRef, Report
from lagebild.render.citations import (
    copies,
    format_date,
    markers,
    number_articles,
    quantity_rows,
    quotes_by_speaker,
    report_language,
    shared_quantity_rows,
    story_context,
    support_count,
)


def test_articles_are_numbered_in_briefing_order(report: Report) -> None:
    strike = report.briefings[0]
    assert number_articles(strike) == {"fr": 1, "stern": 2, "sz": 3, "br24": 4}


def test_cited_articles_missing_from_the_list_are_numbered_after_it(report: Report) -> None:
    strike = dataclasses.replace(
        report.briefings[0],
        summary=(*report.briefings[0].summary, Cited("Extra.", ("reuters",))),
    )
    assert number_articles(strike)["reuters"] == 5


def test_markers_are_sorted_unique_and_skip_unknown_ids() -> None:
    numbers = {"a": 1, "b": 2, "c": 3}
    assert markers(("c", "a", "c", "zz"), numbers) == "[1][3]"
    assert markers((), numbers) == ""


def test_copies_and_support(report: Report) -> None:
    copy_of = copies(("fr", "stern", "sz", "br24"), report.outcomes)
    assert copy_of == {"sz": "stern"}
    assert support_count(("fr", "stern", "sz"), copy_of) == 2
    assert support_count(("sz",), copy_of) == 1
    assert support_count(("a", "b"), {"a": "b", "b": "a"}) == 1  # a loop does not hang


@pytest.mark.parametrize(
    ("iso", "german", "english"),
    [
        ("2026", "2026", "2026"),
        ("2026-03", "03.2026", "2026-03"),
        ("2026-03-04", "04.03.2026", "2026-03-04"),
        ("2026-03-04T18:10", "04.03.2026 18:10", "2026-03-04 18:10"),
        ("2026-03-04T18:10:59.123+01:00", "04.03.2026 18:10", "2026-03-04 18:10"),
        ("2026-03-04 18:10Z", "04.03.2026 18:10", "2026-03-04 18:10"),
        ("2024-02-16/2024-02-18", "16.02.2024 – 18.02.2024", "2024-02-16 – 2024-02-18"),
        ("Anfang März", "Anfang März", "Anfang März"),
    ],
)
def test_dates(iso: str, german: str, english: str) -> None:
    assert format_date(iso, "de") == german
    assert format_date(iso, "en") == english
    assert format_date(iso, None) == english


def test_meta_line_and_cleaning_note(report: Report) -> None:
    ctx = story_context(report, report.briefings[0])
    assert ctx.meta_line() == (
        "4 Artikel · 3 unabhängige Quellen (1 Kopie nicht separat gezählt) · "
        "10.03.2026 06:30 – 11.03.2026 · de 4"
    )
    assert ctx.cleaning_note() == (
        "Bereinigung: 5 Zeilen entfernt (2 Player-Reste, 1 Bildunterschrift, "
        "1 Kommentarformular-Zeile, 1 Copyright/Credit)"
    )
    english = story_context(report, report.briefings[1])
    assert english.meta_line() == "1 article · 1 independent source · 2026-03-04 18:10 · en 1"
    assert english.cleaning_note() is None


def test_copy_note_and_outlet(report: Report) -> None:
    ctx = story_context(report, report.briefings[0])
    assert ctx.copy_note("sz") == "Kopie von [2], nicht separat gezählt"
    assert ctx.copy_note("stern") is None
    assert ctx.outlet("fr") == "Frankfurter Rundschau"
    assert ctx.outlet("missing") == "unbekannte Quelle"


def test_groupings(report: Report) -> None:
    strike = report.briefings[0]
    rows = quantity_rows(
        (*strike.quantities, dataclasses.replace(strike.quantities[0], article_id="br24"))
    )
    assert [(r.value, r.article_ids) for r in rows] == [
        (100000.0, ("fr", "br24")),
        (90000.0, ("stern",)),
        (24.0, ("fr", "stern")),
    ]
    assert [speaker for speaker, _ in quotes_by_speaker(strike.quotes)] == ["Anna Berg", None]


def test_report_language_is_the_most_common(report: Report) -> None:
    assert report_language(report) in {"de", "en"}
    assert report_language(dataclasses.replace(report, briefings=())) == "en"
    german = dataclasses.replace(report, briefings=(report.briefings[0],) * 2)
    assert report_language(german) == "de"


def test_shared_quantity_rows_keep_numbers_several_articles_give() -> None:
    refs = [QuantityRef(f"{n} Flüge", float(n), "Flüge", "a") for n in range(20)]
    refs += [QuantityRef(f"{n} Flüge", float(n), "Flüge", "b") for n in range(3, 20)]
    refs += [QuantityRef("5 Flüge", 5.0, "Flüge", "c")]
    rows = shared_quantity_rows(refs)
    assert len(rows) == 12
    assert rows[0].value == 5.0  # three articles give it
    assert all(len(row.article_ids) >= 2 for row in rows)
    assert 0.0 not in {row.value for row in rows}  # only one article gives 0


def test_shared_quantity_rows_leave_out_bare_numbers() -> None:
    refs = [QuantityRef("2", 2.0, None, a) for a in "abc"]
    refs += [QuantityRef("rund 420", 420.0, None, a) for a in "ab"]
    refs += [QuantityRef("zwei Kinder", 2.0, "Kinder", a) for a in "ab"]
    rows = shared_quantity_rows(refs)
    assert [row.reported for row in rows] == [("rund 420",), ("zwei Kinder",)]
