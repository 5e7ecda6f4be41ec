"""The recap that opens a follow-up report: "Nach dem Einsturz der Brücke in Witten lässt
das Land alle Brücken prüfen." The fronted phrase retells the event the reader already
knows; what the sentence adds comes after it. When the summary judges whether a sentence
is new, the recap does not count, and a recap sentence does not open the summary.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

from lagebild.records import Sentence, Token

# A dateline ends with a dash within this many tokens of the start.
_DATELINE_WORDS = 5


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    text = resources.files("lagebild.summarize").joinpath("recap.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return (
        frozenset(data["openers"]),
        frozenset(data["articles"]),
        frozenset(data["not_a_recap"]),
        frozenset(data["spans"]),
    )


def recap_end(sentence: Sentence) -> int:
    """Where the recap ends (an offset into the article text), or ``sentence.start`` when
    the sentence opens with none: the phrase from "Nach dem"/"After the" (after a time
    span: "Zwei Tage nach dem") up to the finite verb (German) or the first comma."""
    openers, articles, not_a_recap, spans = _words()
    tokens = _after_span(_after_dateline(sentence.tokens), spans)
    if (
        len(tokens) < 4
        or tokens[0].text.lower() not in openers
        or tokens[1].text.lower() not in articles
        or tokens[2].text.lower() in not_a_recap
    ):
        return sentence.start
    for token in tokens[3:]:
        if "FIN" in token.pos or token.text == ",":
            return token.start
    return sentence.start


def told_anew(sentence: Sentence, filled: Iterable[tuple[int, int]]) -> set[int]:
    """Of the slots the sentence's values fill (``filled``: each slot with where its value
    starts in the text), those not filled from the recap it opens with ("Einen Tag nach dem
    Urteil gegen vier Telefonbetrüger ..."): the facts it tells anew, by which it repeats
    another sentence or not."""
    end = recap_end(sentence)
    return {slot for slot, start in filled if start >= end}


def _after_dateline(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens after a dateline ("Berlin – ", "BERLIN (dpa) - "), if the sentence has one."""
    for i, token in enumerate(tokens[:_DATELINE_WORDS]):
        if token.text in ("–", "-", "—"):
            return tokens[i + 1 :]
    return tokens


def _after_span(tokens: Sequence[Token], spans: frozenset[str]) -> Sequence[Token]:
    """The tokens after a time span that precedes the opener ("Zwei Tage", "Kurz")."""
    for width in (1, 2):
        if len(tokens) > width and tokens[width - 1].text.lower() in spans:
            return tokens[width:]
    return tokens


def opens_with_recap(sentence: Sentence) -> bool:
    return recap_end(sentence) > sentence.start
