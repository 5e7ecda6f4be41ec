"""Header lines at the top of scraped text become metadata; datelines leave the lead."""

from __future__ import annotations

import pytest

from lagebild.clean.header import Header, parse_header_line, split_dateline


def test_date_and_outlet_line() -> None:
    assert parse_header_line(" date 2024-03 Von Tagesspiegel") == Header(
        published="2024-03", source="Tagesspiegel", glued_body=None
    )


def test_date_line_with_the_first_sentence_glued_on() -> None:
    line = (
        " date 2024-03 Von Tagesspiegel Die Stadt Berlin hat am Dienstag neue Regeln beschlossen."
    )
    assert parse_header_line(line) == Header(
        published="2024-03",
        source="Tagesspiegel",
        glued_body="Die Stadt Berlin hat am Dienstag neue Regeln beschlossen.",
    )


def test_glued_sentence_keeps_its_own_spacing() -> None:
    line = "date 2024-03-05 Von Tagesspiegel Die  Stadt hat  beschlossen."
    header = parse_header_line(line)
    assert header is not None
    assert header.glued_body == "Die  Stadt hat  beschlossen."
    assert line.endswith(header.glued_body)


def test_date_line_without_outlet() -> None:
    assert parse_header_line("date 2024-03-05") == Header(published="2024-03-05")


@pytest.mark.parametrize(
    ("rest", "source", "body"),
    [
        (
            "Leipziger Volkszeitung Sachsens Gesundheitsministerin Petra Köpping hat",
            "Leipziger Volkszeitung",
            "Sachsens Gesundheitsministerin Petra Köpping hat",
        ),
        ("Süddeutsche Zeitung Die Bahn streikt.", "Süddeutsche Zeitung", "Die Bahn streikt."),
        ("Der Spiegel Die Bahn streikt.", "Der Spiegel", "Die Bahn streikt."),
        ("Frankfurter Rundschau", "Frankfurter Rundschau", None),
        ("MDR Sachsen Die Bahn streikt.", "MDR Sachsen", "Die Bahn streikt."),
        (
            "t-online Nach dem Streik fahren die Züge.",
            "t-online",
            "Nach dem Streik fahren die Züge.",
        ),
    ],
)
def test_outlet_is_split_from_the_glued_sentence(rest: str, source: str, body: str | None) -> None:
    header = parse_header_line(f" date 2024-03 Von {rest}")
    assert header is not None
    assert (header.source, header.glued_body) == (source, body)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("14.02.2024 09:12", "2024-02-14T09:12"),
        ("14.02.2024", "2024-02-14"),
        ("Stand: 14.02.2024, 09:12 Uhr", "2024-02-14T09:12"),
        ("Aktualisiert am 4.2.2024 um 9.05 Uhr", "2024-02-04T09:05"),
        ("2024-02-14 09:12", "2024-02-14T09:12"),
        ("2024-02-14T09:12", "2024-02-14T09:12"),
        ("14.02.2024 25:12", "2024-02-14"),  # impossible time: the day is still right
    ],
)
def test_date_lines(line: str, published: str) -> None:
    assert parse_header_line(line) == Header(published=published)


@pytest.mark.parametrize("line", ["31.13.2024", "31.02.2024", "2024-13-01", "30.02.2024 09:12"])
def test_impossible_dates_are_not_headers(line: str) -> None:
    assert parse_header_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Am 14.02.2024 um 09:12 Uhr begann der Streik.",
        "Die Bahn streikt.",
        "date night in Berlin",
        "2024",
    ],
)
def test_body_lines_are_not_headers(line: str) -> None:
    assert parse_header_line(line) is None


@pytest.mark.parametrize(
    ("line", "dateline", "rest"),
    [
        (
            "Frankfurt/München (dpa) - Reisende müssen sich auf Ausfälle einstellen.",
            "Frankfurt/München (dpa) -",
            "Reisende müssen sich auf Ausfälle einstellen.",
        ),
        (
            "KYIV, March 4 (Reuters) - Russia attacked Kharkiv overnight.",
            "KYIV, March 4 (Reuters) -",
            "Russia attacked Kharkiv overnight.",
        ),
        (
            "Düsseldorf (dpa/lnw) – Die Polizei hat einen Mann festgenommen.",
            "Düsseldorf (dpa/lnw) –",
            "Die Polizei hat einen Mann festgenommen.",
        ),
    ],
)
def test_datelines(line: str, dateline: str, rest: str) -> None:
    assert split_dateline(line) == (dateline, rest)


@pytest.mark.parametrize(
    "line",
    [
        "Reisende müssen sich auf Ausfälle einstellen, teilte die Bahn mit (dpa).",
        "Die Agentur (dpa) meldete den Streik am Morgen.",
        "Frankfurt (dpa) -",
    ],
)
def test_no_dateline(line: str) -> None:
    assert split_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("15. April 2025, 10:30", "2025-04-15T10:30"),
        ("Veröffentlicht am 3. März 2025 um 7:05 Uhr", "2025-03-03T07:05"),
        ("April 15, 2025", "2025-04-15"),
        ("Updated: Nov. 19, 2019 11:03", "2019-11-19T11:03"),
    ],
)
def test_dates_with_month_names(line: str, published: str) -> None:
    header = parse_header_line(line)
    assert header is not None
    assert header.published == published


@pytest.mark.parametrize("line", ["31. Februar 2025", "Am 15. April 2025 kam er", "15. Foo 2025"])
def test_impossible_or_glued_month_dates_are_no_header(line: str) -> None:
    assert parse_header_line(line) is None
