"""The plain-text cleaner on its gold set (fixtures/clean_gold/): no body line is lost.

The figures themselves are printed by ``benchmarks/clean_gold.py``; this test holds
the cleaner to the targets of BENCHMARKS.md.
"""

from __future__ import annotations

import pytest

from clean_gold_set import GoldArticle, Score, read_gold, score


@pytest.fixture(scope="module")
def gold() -> list[GoldArticle]:
    return read_gold()


@pytest.fixture(scope="module")
def result(gold: list[GoldArticle]) -> Score:
    return score(gold)


def test_the_gold_set_is_large_enough(gold: list[GoldArticle]) -> None:
    assert len(gold) >= 30
    boilerplate = [label for a in gold for label in a.labels if label.startswith("boilerplate")]
    assert len(boilerplate) >= 150


def test_no_body_line_is_lost(result: Score) -> None:
    assert result.lost_body == []


def test_boilerplate_precision_and_recall(result: Score) -> None:
    assert result.precision("boilerplate") >= 0.98
    assert result.recall("boilerplate") >= 0.98
    assert result.kept_residue == []


def test_glued_headers_are_split_and_metadata_is_read(result: Score) -> None:
    assert result.split_errors == []
    assert result.metadata_errors == []
