"""Line classifier for plain text: which lines are body, which are residue, and why.

The patterns live in ``patterns.toml``; this module only applies them, plus a
few rules of layout (title and kicker at the top, crossheads, teaser blocks,
repeated lines) that need the neighbouring lines.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

_TERMINAL = (".", "!", "?", ":", ";", ",", "“", '"', "«", "»", "…", ")")
_BULLET = re.compile(r"^\s*[•·\-–—*▪►]\s*")
# A crosshead or title has at most this many words.
HEADING_MAX_WORDS = 10
TITLE_MAX_WORDS = 20
# At most this many short lines stand above the first paragraph (outlet, kicker, title).
TITLE_LINES = 3


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    label: str  # "body", "title", or the reason it was removed


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    raw = tomllib.loads(resources.files("lagebild.clean").joinpath("patterns.toml").read_text())
    return {
        reason: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        for reason, patterns in raw["patterns"].items()
    }


def residue_reason(line: str) -> str | None:
    """The removal reason whose pattern matches the whole line, or None for a body line."""
    stripped = line.strip()
    for reason, pattern in _patterns().items():
        if reason != "teaser_start" and pattern.fullmatch(stripped):
            return reason
    return None


def classify(lines: list[str], has_title: bool) -> list[Line]:
    """Label every non-empty line; ``has_title`` says the title is already known."""
    labels: list[str | None] = [residue_reason(line) for line in lines]
    teaser = _patterns()["teaser_start"]
    seen: set[str] = set()
    in_teaser = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if teaser.fullmatch(stripped):
            labels[i], in_teaser = "teaser", True
            continue
        if in_teaser and _BULLET.match(line):
            labels[i] = "teaser"
            continue
        in_teaser = False
        key = stripped.lower()
        if labels[i] is None and key in seen and len(stripped) < 400:
            labels[i] = "repeated"
        seen.add(key)
    _mark_title(lines, labels, has_title)
    _mark_headings(lines, labels)
    return [Line(line, label or "body") for line, label in zip(lines, labels, strict=True)]


_OPENING_QUOTES = '„“«»"'


def _is_headline_shaped(line: str, max_words: int) -> bool:
    """Short and without closing punctuation (a quote closed at the end is allowed)."""
    stripped = line.strip()
    words = stripped.split()
    if stripped.endswith(("“", "”", '"', "«", "»")) and any(
        q in stripped[:-1] for q in _OPENING_QUOTES
    ):
        stripped = stripped[:-1]
    return 0 < len(words) <= max_words and not stripped.endswith(_TERMINAL)


def _mark_title(lines: list[str], labels: list[str | None], has_title: bool) -> None:
    """Of the headline-shaped lines before the first body line, the longest is the title.

    The others (a kicker such as "Krieg in der Ukraine", an outlet name on its own
    line) are labelled kicker; so are all of them when the title is already known
    (the text then often repeats it, with its kicker, above the lead).
    """
    leading: list[int] = []
    for i, label in enumerate(labels):
        if label is not None:
            continue
        if len(leading) == TITLE_LINES or not _is_headline_shaped(lines[i], TITLE_MAX_WORDS):
            break
        leading.append(i)
    if not leading:
        return
    title = -1 if has_title else max(leading, key=lambda i: len(lines[i].split()))
    for i in leading:
        labels[i] = "title" if i == title else "kicker"


def _mark_headings(lines: list[str], labels: list[str | None]) -> None:
    """Short unpunctuated lines with body lines before and after them are crossheads."""
    body = [i for i, label in enumerate(labels) if label is None]
    for before, i, after in zip(body, body[1:], body[2:], strict=False):
        if (
            _is_headline_shaped(lines[i], HEADING_MAX_WORDS)
            and len(lines[after].split()) > HEADING_MAX_WORDS
            and labels[before] is None
        ):
            labels[i] = "heading"
