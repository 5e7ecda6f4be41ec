"""The analysis against its gold set (tests/fixtures/analysis_gold/): the figures the
issue asks for must hold, and the gold files must parse."""

from __future__ import annotations

from functools import cache

import pytest

from lagebild.analyze import analyze
from lagebild.analyze.variants import canonical_names

import analysis_gold as gold


@cache
def _scores(language: str) -> gold.Scores:
    return gold.score(gold.load_all(), analyze, canonical_names, (language,))


def test_gold_set_is_large_enough_and_well_formed() -> None:
    paragraphs = [p for s in gold.load_all() for p in s.paragraphs]
    assert sum(p.language == "de" for p in paragraphs) >= 60
    assert sum(p.language == "en" for p in paragraphs) >= 15
    for paragraph in paragraphs:
        for span in paragraph.spans:
            assert span.text == span.text.strip(), (paragraph.id, span)
            assert span.text, (paragraph.id, span)


def test_parser_strips_tags_and_keeps_offsets() -> None:
    p = gold.parse_paragraph("x", "2026-03-10", "de", "„<Q=Olaf Scholz><PER>Olaf</PER> ja</Q>“")
    assert p.text == "„Olaf ja“"
    assert [(s.kind, s.text, s.value) for s in p.spans] == [
        ("PER", "Olaf", None),
        ("Q", "Olaf ja", "Olaf Scholz"),
    ]


@pytest.mark.parametrize(
    ("kind", "minimum"),
    [("mentions", 0.88), ("quotes", 0.95), ("quantities", 0.90), ("dates", 0.90)],
)
def test_german_f1(kind: str, minimum: float) -> None:
    counts: gold.Counts = getattr(_scores("de"), kind)
    assert counts.f1 >= minimum, (counts.misses, counts.extras)


@pytest.mark.parametrize(("kind", "minimum"), [("types", 0.90), ("speakers", 0.90)])
def test_german_accuracy(kind: str, minimum: float) -> None:
    accuracy: gold.Accuracy = getattr(_scores("de"), kind)
    assert accuracy.value >= minimum, accuracy.wrong


def test_german_merge_pairs() -> None:
    scores = _scores("de")
    assert scores.merges_oracle.recall >= 0.90, scores.merges_oracle.misses
    assert scores.merges.precision >= 0.95, scores.merges.extras
    assert scores.merges.recall >= 0.75, scores.merges.misses


def test_english_figures() -> None:
    scores = _scores("en")
    assert scores.mentions.f1 >= 0.85
    assert scores.quotes.f1 >= 0.90
    assert scores.quantities.f1 >= 0.70
    assert scores.dates.f1 >= 0.85
