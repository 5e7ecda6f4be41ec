"""The JSON output validates against the shipped contract, on several kinds of input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

import lagebild
from lagebild.records import Report
from lagebild.render.json import render_json

from support import EXAMPLES, contract_schema

GERMAN = (
    "Die Stadtwerke Musterstadt haben am Dienstag ihre Preise für Fernwärme um 12 Prozent "
    "erhöht. Betroffen sind nach Angaben des Unternehmens rund 14.000 Haushalte im Stadtgebiet. "
    "„Wir mussten die gestiegenen Einkaufspreise weitergeben“, sagte Geschäftsführerin Anna "
    "Berger. Der Mieterverein kritisierte die Erhöhung als unverhältnismäßig."
)


def _validate(report: Report) -> dict[str, object]:
    document = json.loads(render_json(report))
    jsonschema.validate(document, contract_schema())
    return document


def test_example_corpus_output_validates(example_report: Report) -> None:
    document = _validate(example_report)
    assert document["schema"] == "lagebild.briefing/1"
    assert len(document["stories"]) >= 4  # type: ignore[arg-type]


def test_mixed_good_and_bad_inputs_validate(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "short.txt").write_text("Zu kurz.", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"text": GERMAN.replace("Dienstag", "Mittwoch"), "source": "Kurier"})
        + "\n{not json\n",
        encoding="utf-8",
    )
    document = _validate(lagebild.brief([tmp_path]))
    statuses = sorted(a["status"] for a in document["articles"])  # type: ignore[attr-defined]
    assert statuses == ["duplicate", "ok", "rejected", "rejected", "rejected"]


def test_empty_input_validates(tmp_path: Path) -> None:
    document = _validate(lagebild.brief([tmp_path]))
    assert document["articles"] == []
    assert document["stories"] == []


def test_stdin_and_english_input_validate() -> None:
    english = (
        "The city council of Springfield voted on Monday to close the old bridge for repairs. "
        "About 20,000 vehicles use the bridge every day, according to the transport office. "
        '"We cannot wait any longer," said mayor Linda Hayes. Repairs will take six months.'
    )
    report = lagebild.brief(["-"], stdin=io.BytesIO(english.encode()))
    document = _validate(report)
    assert document["articles"][0]["language"] == "en"  # type: ignore[index]


@pytest.mark.parametrize("path", sorted(EXAMPLES.iterdir())[:3], ids=lambda p: p.name)
def test_single_example_files_validate(path: Path) -> None:
    _validate(lagebild.brief([path]))
