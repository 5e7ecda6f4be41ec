"""Values whose wording, not a cue word nearby, says what they are.

An age: "der 58-jährige Fahrer", "63 Jahre alt", "a 40-year-old", or a number set off by
commas right after a person's name ("Thomas Weigand, 61, bleibt"). A vote tally: "mit 56
zu 40 Stimmen" gives the votes for and against. How united a vote was: "einstimmig" is no
dissenting vote, "bei einer Enthaltung" or "mit zwei Gegenstimmen" one or two; this is a
value of its own, so that "einstimmig" and "bei einer Enthaltung" are seen to disagree.
The words are data (``[wording]`` in compare.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.compare.lexicon import Lexicon


@dataclass(frozen=True, slots=True)
class Worded:
    """A value found by its wording alone: its span in the article text and its number."""

    start: int
    end: int
    point: float


def worded_concepts(
    text: str, spans: list[tuple[int, int]], person_ends: set[int], lex: Lexicon
) -> dict[int, str]:
    """The concept the wording gives the value at each index of ``spans`` (start, end in
    ``text``), where it gives one; ``person_ends`` are the end offsets of person names."""
    words = lex.wording
    concepts: dict[int, str] = {}
    for i, (start, end) in enumerate(spans):
        own = text[start:end].lower()
        words_after = _after_number(text, start, end)
        before = text[max(start - 2, 0) : start]
        if (
            any(suffix in own for suffix in words["age_suffix"])
            or any(words_after.startswith(w) for w in words["age_after"])
            or (before == ", " and text[end : end + 1] == "," and start - 2 in person_ends)
        ):
            concepts[i] = "alter"
    for i, (_, end) in enumerate(spans[:-1]):
        start, last = spans[i + 1]
        between = text[end:start].lower().strip()
        following = re.findall(r"[\wäöüß-]+", _after_number(text, start, last))[:1]
        if between in words["tally"] and following and following[0] in words["votes"]:
            concepts[i], concepts[i + 1] = "stimmen_ja", "stimmen_nein"
    return concepts


def _after_number(text: str, start: int, end: int) -> str:
    """The words after the number of the value at ``start:end``, lower-cased ("63 Jahre" in
    "ein 63 Jahre alter Mann" -> "jahre alter mann")."""
    span = text[start : end + 24].lower()
    return re.sub(r"^\D*?\d[\d.,]*\s*", "", span)


def dissent(text: str, start: int, end: int, lex: Lexicon) -> list[Worded]:
    """How many voted against or abstained, where a sentence (``text[start:end]``) says
    so in words: "einstimmig" (0), "bei einer Enthaltung" (1), "mit drei Gegenstimmen" (3)."""
    words = lex.wording
    found: list[Worded] = []
    sentence = text[start:end]
    for match in re.finditer(r"[\wäöüß-]+", sentence):
        word = match.group().lower()
        if word in words["unanimous"]:
            found.append(Worded(start + match.start(), start + match.end(), 0.0))
    counted = "|".join(re.escape(w) for w in sorted(words["dissent"], key=len, reverse=True))
    numbers = {**lex.numerals, **lex.ones}
    pattern = rf"\b(?:{'|'.join(words['dissent_before'])})\s+(\w+)\s+(?:{counted})\b"
    for match in re.finditer(pattern, sentence, re.IGNORECASE):
        amount = match.group(1).lower()
        point = float(amount) if amount.isdigit() else numbers.get(amount)
        if point is not None:
            found.append(Worded(start + match.start(), start + match.end(), point))
    return found
