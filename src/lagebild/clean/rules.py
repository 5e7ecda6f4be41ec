"""The cleaner's rules, read once from ``patterns.toml``: patterns, word lists, layout weights."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class LayoutWeights:
    """How much a line of each shape counts for or against the article stretch."""

    short_line: float
    residue: float
    prose_words: int


@cache
def _raw() -> dict[str, Any]:
    text = resources.files("lagebild.clean").joinpath("patterns.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@cache
def residue_patterns() -> dict[str, re.Pattern[str]]:
    """One compiled pattern per removal reason, all languages together, in file order."""
    return {
        reason: _alternation([p for patterns in by_language.values() for p in patterns])
        for reason, by_language in _raw()["residue"].items()
    }


@cache
def marker(name: str) -> re.Pattern[str]:
    """A pattern of the [markers] table (teaser_start, comments_start)."""
    return _alternation(_raw()["markers"][name])


@cache
def words(table: str, key: str) -> frozenset[str]:
    """A word list, e.g. ``words("header", "outlet_ends")``."""
    return frozenset(_raw()[table][key])


@cache
def layout_weights() -> LayoutWeights:
    return LayoutWeights(**_raw()["layout"])


@cache
def months() -> dict[str, int]:
    """Month names and abbreviations (German and English, lower case) to their number."""
    return {name: int(number) for number, names in _raw()["months"].items() for name in names}
