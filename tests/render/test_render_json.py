"""The JSON contract carries the added fields: single-source facts and developments."""

from __future__ import annotations

import json

import jsonschema

from lagebild.records import Report
from lagebild.render.json import render_json

from support import contract_schema


def test_added_fields_are_in_the_json_and_it_still_validates(report: Report) -> None:
    document = json.loads(render_json(report))
    jsonschema.validate(document, contract_schema())
    strike = document["stories"][0]
    assert strike["unique_facts"] == [
        {"text": "Die Gewerkschaft fordert 8 Prozent mehr Lohn.", "citations": ["br24"]}
    ]
    assert strike["developments"] == [
        {
            "topic": "Ende des Streiks",
            "steps": [
                {"text": "Mittwochmorgen um 6 Uhr", "article_ids": ["fr"]},
                {"text": "ganztägigen", "article_ids": ["stern"]},
            ],
        }
    ]
    assert document["stories"][1]["unique_facts"] == []
