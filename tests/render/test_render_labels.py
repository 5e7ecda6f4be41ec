from __future__ import annotations

import pytest

from lagebild.render.labels import ENGLISH, GERMAN, LANGUAGES, labels


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", GERMAN), ("DE", GERMAN), ("de-AT", GERMAN), ("de_CH", GERMAN), ("en", ENGLISH)],
)
def test_known_languages(language: str, expected: object) -> None:
    assert labels(language) is expected


@pytest.mark.parametrize("language", [None, "", "fr", "xx-YY"])
def test_unknown_languages_fall_back_to_english(language: str | None) -> None:
    assert labels(language) is ENGLISH


def test_section_labels() -> None:
    assert (GERMAN.summary, ENGLISH.summary) == ("Zusammenfassung", "Summary")
    assert (GERMAN.key_facts, ENGLISH.key_facts) == ("Kernfakten", "Key facts")
    assert (GERMAN.quotes, ENGLISH.quotes) == ("Wer sagte was", "Who said what")
    assert (GERMAN.conflicts, ENGLISH.conflicts) == (
        "Wo die Quellen abweichen",
        "Where sources differ",
    )
    assert (GERMAN.sources, ENGLISH.sources) == ("Quellen", "Sources")


def test_counts_choose_singular_or_plural() -> None:
    assert GERMAN.count(GERMAN.independent_sources, 1) == "1 unabhängige Quelle"
    assert GERMAN.count(GERMAN.independent_sources, 4) == "4 unabhängige Quellen"
    assert ENGLISH.count(ENGLISH.articles, 1) == "1 article"
    assert ENGLISH.count(ENGLISH.articles, 0) == "0 articles"
    assert GERMAN.count(GERMAN.lines, 1200) == "1.200 Zeilen"


@pytest.mark.parametrize(
    ("value", "german", "english"),
    [
        (40000.0, "40.000", "40,000"),
        (2.5, "2,5", "2.5"),
        (1234567.25, "1.234.567,25", "1,234,567.25"),
        (0.001, "0", "0"),
        (-3.0, "-3", "-3"),
        (float("inf"), "inf", "inf"),
    ],
)
def test_numbers_use_the_language_separators(value: float, german: str, english: str) -> None:
    assert GERMAN.number(value) == german
    assert ENGLISH.number(value) == english


def test_copy_phrase_names_the_original() -> None:
    assert GERMAN.copy_of.format(ref="[2]") == "Kopie von [2], nicht separat gezählt"
    assert ENGLISH.copy_of.format(ref="[2]") == "copy of [2], not counted separately"


def test_cleaning_reasons() -> None:
    assert GERMAN.reason("caption", 1) == "1 Bildunterschrift"
    assert GERMAN.reason("caption", 5) == "5 Bildunterschriften"
    assert ENGLISH.reason("player", 2) == "2 video-player remnants"
    assert GERMAN.reason("new_reason", 3) == "3 new reason"
    assert (
        GERMAN.cleaning.format(lines="3 Zeilen", reasons="…")
        == "Bereinigung: 3 Zeilen entfernt (…)"
    )


def test_every_language_covers_the_same_reasons_and_types() -> None:
    for lab in LANGUAGES.values():
        assert set(lab.reasons) == set(ENGLISH.reasons)
        assert set(lab.entity_types) == {"PER", "LOC", "ORG", "EVENT", "MISC"}
        assert lab.language in LANGUAGES
        for phrase in (lab.articles, lab.independent_sources, lab.support, *lab.reasons.values()):
            assert all("{n}" in form for form in phrase)


def test_quoted_uses_the_language_quotation_marks() -> None:
    assert GERMAN.quoted("Text") == "„Text“"
    assert ENGLISH.quoted("Text") == "“Text”"
