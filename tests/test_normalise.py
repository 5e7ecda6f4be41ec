"""Repairs before cleaning: mojibake, line ends, spaces, invisible characters."""

from __future__ import annotations

import sys

import pytest

from lagebild.clean import clean
from lagebild.clean.normalise import has_mojibake, normalise
from lagebild.config import CleanConfig
from lagebild.records import Document

GOOD = "Die Ministerin sagte: „Wir prüfen das.“ Österreich, Straße, 5 € – so weit."


def test_mojibake_is_repaired_and_german_quotes_are_kept() -> None:
    broken = GOOD.encode("utf-8").decode("cp1252")
    assert has_mojibake(broken)
    assert normalise(broken) == GOOD


def test_double_encoded_text_is_repaired() -> None:
    twice = GOOD.encode("utf-8").decode("cp1252").encode("utf-8").decode("cp1252")
    assert normalise(twice) == GOOD


@pytest.mark.parametrize(
    "text",
    [
        GOOD,
        "Âge und Ânes: Der Künstler heißt Ângelo.",
        "Straße „Zitat“ — ÄÖÜ äöü ß",
    ],
)
def test_correct_text_is_left_alone(text: str) -> None:
    assert normalise(text) == text


def test_ftfy_is_not_even_imported_for_clean_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ftfy", None)  # importing it would now fail
    assert normalise(GOOD) == GOOD


def test_line_ends_spaces_and_invisible_characters() -> None:
    text = "Eins\r\nZwei\rDrei\u2028Vier\u00a0Fünf\u202fSechs\u200bSie\u00adben\ufeff"
    assert normalise(text) == "Eins\nZwei\nDrei\nVier Fünf SechsSieben"


def test_clean_repairs_mojibake_in_a_whole_article() -> None:
    body = (
        "Die Gesundheitsministerin hat am Dienstag in Dresden neue Regeln für die Kliniken "
        "vorgestellt. „Kein Krankenhaus wird geschlossen“, sagte sie. Die Kassen begrüßten "
        "den Plan, die Opposition kritisierte ihn als zu zögerlich."
    )
    broken = body.encode("utf-8").decode("cp1252")
    article = clean(Document("d", "d.txt", broken, "text"), CleanConfig(min_body_chars=100))
    assert article.text == body
