"""Helpers shared by the tests (imported as ``support``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import lagebild
from lagebild.config import Config
from lagebild.records import Report

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@cache
def contract_schema() -> dict[str, Any]:
    text = resources.files("lagebild").joinpath("contract/briefing.schema.json").read_text()
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def example_gold() -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((FIXTURES / "example_stories.json").read_text())
    return gold


@cache
def example_report_once() -> Report:
    return lagebild.brief([EXAMPLES], Config.load())
