"""Variants of one entity within a story: spelling, short references, transliterations,
gazetteer places, acronyms and translations."""

from __future__ import annotations

import pytest

from lagebild.analyze.variants import canonical_by_name, canonical_names
from lagebild.records import EntityType, Mention


def _canonical(*names: tuple[str, EntityType]) -> dict[str, str]:
    mentions = [Mention(n, n, t, 0, len(n), 0) for n, t in names]
    return {n: c for (n, _), c in canonical_names(mentions).items()}


@pytest.mark.parametrize(
    ("names", "canonical"),
    [
        ([("Olaf Scholz", "PER"), ("Scholz", "PER")], "Olaf Scholz"),
        ([("Moon Jae-in", "PER"), ("Moon Jae In", "PER"), ("Moon", "PER")], None),
        ([("Wolodymyr Selenskyj", "PER"), ("Selensky", "PER"), ("Zelensky", "PER")], None),
        ([("Charkiw", "LOC"), ("Charkow", "LOC"), ("Kharkiv", "LOC")], None),
        ([("Oleh Synjehubow", "PER"), ("Oleh Synegubow", "PER"), ("Synehubov", "PER")], None),
        ([("Kiew", "LOC"), ("Kyjiw", "LOC"), ("KYIV", "LOC")], "Kiew"),
        ([("Russland", "LOC"), ("Russia", "LOC"), ("Russische Föderation", "LOC")], None),
        ([("Großbritannien", "LOC"), ("Britain", "LOC"), ("United Kingdom", "LOC")], None),
        ([("USA", "LOC"), ("Vereinigte Staaten", "LOC"), ("United States", "LOC")], None),
        ([("Südkorea", "LOC"), ("South Korea", "LOC")], None),
        ([("Frankfurter Allgemeine Zeitung", "ORG"), ("FAZ", "ORG")], None),
        ([("Technisches Hilfswerk", "ORG"), ("THW", "ORG")], None),
        ([("Deutsche Presse-Agentur", "ORG"), ("dpa", "ORG")], None),
        (
            [("Münchner Sicherheitskonferenz", "EVENT"), ("Munich Security Conference", "EVENT")],
            None,
        ),
        ([("Vereinte Nationen", "ORG"), ("United Nations", "ORG")], None),
        ([("Ursula von der Leyen", "PER"), ("von der Leyen", "PER")], "Ursula von der Leyen"),
    ],
)
def test_variants_are_merged(names: list[tuple[str, EntityType]], canonical: str | None) -> None:
    found = _canonical(*names)
    assert len(set(found.values())) == 1, found
    if canonical is not None:
        assert set(found.values()) == {canonical}


@pytest.mark.parametrize(
    "names",
    [
        [("Anna Berg", "PER"), ("Markus Berger", "PER")],
        [("Berlin", "LOC"), ("Bern", "LOC")],
        [("SPD", "ORG"), ("Süddeutsche Zeitung", "ORG")],
        [("Scholz", "PER"), ("Olaf Scholz", "PER"), ("Anna Scholz", "PER")],
        [("Deutsche Bahn", "ORG"), ("Deutsche Bank", "ORG")],
    ],
)
def test_different_entities_stay_apart(names: list[tuple[str, EntityType]]) -> None:
    found = _canonical(*names)
    if ("Scholz", "PER") in names:
        assert found["Scholz"] == "Scholz"
        assert found["Olaf Scholz"] != found["Anna Scholz"]
    else:
        assert len(set(found.values())) == len(names), found


def test_by_name_prefers_the_person() -> None:
    mentions = [
        Mention("Olaf Scholz", "Olaf Scholz", "PER", 0, 11, 0),
        Mention("Scholz", "Scholz", "PER", 20, 26, 1),
        Mention("Scholz", "Scholz", "MISC", 40, 46, 2),
    ]
    assert canonical_by_name(mentions) == {"Olaf Scholz": "Olaf Scholz", "Scholz": "Olaf Scholz"}


def test_a_name_whose_type_was_guessed_joins_the_same_name() -> None:
    mentions = [
        Mention("Verdi", "Verdi", "ORG", 0, 5, 0),
        Mention("Verdi", "Verdi", "PER", 20, 25, 1, guessed=True),
    ]
    assert set(canonical_names(mentions).values()) == {"Verdi"}
    assert len(canonical_names(mentions)) == 2


def test_of_two_names_mentioned_equally_often_the_one_more_articles_use_is_canonical() -> None:
    names = [("Russia", "LOC")] * 4 + [("Russland", "LOC")] * 4
    mentions = [Mention(n, n, t, 0, len(n), 0) for n, t in names]
    articles = ["en"] * 4 + ["de1", "de1", "de2", "de3"]
    assert set(canonical_names(mentions, articles).values()) == {"Russland"}
