"""The tense of a sentence, as far as dates need it: past, future or present.

German: a finite verb in the preterite ("besuchte", "traf"), or a perfect ("hat …
besucht", "ist … gereist") makes the past; "wird", "soll", "will" and their plurals
make the future. A finite verb is taken as preterite when it is none of the
present forms of its lemma (stem + e/st/t/en/et). English: a finite past form
("said", "killed") or "had"/"was"/"were" makes the past; "will", "would", "plans",
"is due" the future. The first clear signal in the sentence wins, auxiliaries first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from lagebild.records import Token

Tense = Literal["past", "present", "future"]

_PAST_AUX = frozenset(
    [
        "hatte",
        "hatten",
        "hattest",
        "war",
        "waren",
        "warst",
        "wurde",
        "wurden",
        "sollte",
        "sollten",
        "wollte",
        "wollten",
    ]
)
_PERFECT_AUX = frozenset(["hat", "haben", "habe", "ist", "sind", "bin"])
_FUTURE_AUX = frozenset(["wird", "werden", "soll", "sollen", "will", "wollen", "plant", "planen"])
_EN_PAST = frozenset(
    [
        "had",
        "was",
        "were",
        "did",
        "said",
        "told",
        "wrote",
        "went",
        "came",
        "took",
        "gave",
        "made",
        "began",
    ]
)
_EN_FUTURE = frozenset(["will", "shall", "plans", "plan", "going", "expects", "expected", "due"])


def sentence_tense(tokens: Sequence[Token]) -> Tense:
    words = [t.text.lower() for t in tokens]
    if any(w in _PAST_AUX for w in words):
        return "past"
    if any(w in _FUTURE_AUX for w in words):
        return "future"
    if any(w in _PERFECT_AUX for w in words) and any(t.pos.endswith("(PP)") for t in tokens):
        return "past"
    if any(w in _EN_PAST for w in words):
        return "past"
    if any(w in _EN_FUTURE for w in words):
        return "future"
    for token in tokens:
        if token.pos in ("VV(FIN)", "VVFIN") and _preterite(token.text.lower(), token.lemma):
            return "past"
        if token.pos == "X" and token.text.endswith("ed") and token.lemma != token.text:
            return "past"
    return "present"


def _preterite(word: str, lemma: str) -> bool:
    lemma = lemma.lower()
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else lemma
    present = {lemma, stem + "e", stem + "st", stem + "t", stem + "en", stem + "et", stem + "est"}
    if stem.endswith(("s", "ß", "z", "x")):
        present.add(stem + "t")
    return (word not in present and not word.endswith(("st", "t"))) or word.endswith(("te", "ten"))
