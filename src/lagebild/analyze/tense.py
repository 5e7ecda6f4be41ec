"""The tense of a sentence, as far as dates need it: past, future or present.

German: a finite verb in the preterite ("besuchte", "traf", also a modal: "musste …
geräumt werden"), or a perfect ("hat … besucht", "ist … gereist", reported: "sei …
festgenommen worden") makes the past; "wird", "soll", "will" and their plurals make the
future, as does a clause of "zu" and an infinitive (a plan: "angekündigt, die Station zum
31. März zu schließen"). A finite verb is taken as preterite when it is none of the present
forms of its lemma (stem + e/st/t/en/et). A clause is read up to its commas, a
subordinate one up to its finite verb; one with a finite verb and none of these marks is
in the present, whatever the sentence around it.
English: a past form ("said", "killed", "rose") or "had"/"was"/"were" makes the past;
"will", "plans", "is due", "is expected to", "would" (not "would have") the future; "must
be", "may not" the present.
Auxiliaries decide first.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Literal

from lagebild.records import Token

Tense = Literal["past", "present", "future"]

# the auxiliaries of the pluperfect, past forms of their own too
_PLUPERFECT_AUX = frozenset(["hatte", "hatten", "war", "waren"])
_PAST_AUX = _PLUPERFECT_AUX | frozenset(
    [
        "hattest",
        "warst",
        "wurde",
        "wurden",
        "sollte",
        "sollten",
        "wollte",
        "wollten",
        "musste",
        "mussten",
        "konnte",
        "konnten",
        "durfte",
        "durften",
    ]
)
_PERFECT_AUX = frozenset(["hat", "haben", "habe", "ist", "sind", "bin", "sei", "seien"])
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
        "rose",
        "fell",
        "grew",
        "won",
        "lost",
        "met",
        "left",
        "held",
        "struck",
        "sold",
        "bought",
        "led",
        "spent",
        "paid",
        "sent",
        "brought",
        "thought",
        "found",
        "kept",
        "shot",
        "fled",
        "broke",
        "chose",
        "drove",
        "flew",
        "froze",
        "knew",
        "ran",
        "saw",
        "sought",
        "spoke",
        "stood",
        "stole",
        "threw",
        "understood",
        "wore",
        "became",
        "hit",
        "cut",
        "put",
        "set",
        "let",
        "quit",
        "spread",
        "cost",
    ]
)
_EN_FUTURE = frozenset(["will", "shall", "plans", "going", "expects", "due"])
# a clause with one of these before "be" or "not" is in the present, whatever participle
# follows ("cars must be kept off", "may be sold"; not the "must" of "grape must")
_EN_MODALS = frozenset(["must", "can", "may"])


_BOUNDARIES = frozenset(
    [",", ";", ":", "–", "und", "aber", "dass", "während", "and", "but", "that", "while"]
)


def sentence_tense(tokens: Sequence[Token], language: str = "de") -> Tense:
    return _signal(tokens, language) or "present"


def clause_tense(tokens: Sequence[Token], offset: int, language: str = "de") -> Tense:
    """The tense of the clause around character ``offset`` ("… cancelled flights on
    Sunday and expects delays"), else of the whole sentence."""
    at = next((i for i, t in enumerate(tokens) if t.start <= offset < t.end), None)
    if at is None:
        return sentence_tense(tokens, language)
    lo = at
    while lo > 0 and not _boundary(tokens, lo - 1):
        lo -= 1
    hi = at
    while hi < len(tokens) and not _boundary(tokens, hi):
        hi += 1
    if lo > 0 and tokens[lo - 1].pos == "KOUS":
        # a subordinate clause ends with its finite verb, past any commas of a list ("dass
        # vom 1. April an nur noch Anwohner, Handwerker und Taxis fahren dürfen")
        hi = next((n + 1 for n in range(at, len(tokens)) if "FIN" in tokens[n].pos), hi)
    return _signal(tokens[lo:hi], language) or sentence_tense(tokens, language)


def _boundary(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` ends a clause: a comma or a conjunction, but not one that joins
    two words of one kind ("zwischen dem vierten und fünften Parkdeck")."""
    if tokens[i].text.lower() not in _BOUNDARIES:
        return False
    if tokens[i].pos.startswith("$") or not 0 < i < len(tokens) - 1:
        return True
    before, after = tokens[i - 1].pos, tokens[i + 1].pos
    return before != after or "FIN" in before or before in ("X", "")


def pluperfect(tokens: Sequence[Token]) -> bool:
    """Whether a German clause (its tokens) is in the pluperfect ("Das Gerüst war am
    Montagnachmittag abgebrochen"): it tells what had happened before."""
    return any(t.text.lower() in _PLUPERFECT_AUX for t in tokens) and any(
        t.pos == "VV(PP)" for t in tokens
    )


def _signal(tokens: Sequence[Token], language: str) -> Tense | None:
    words = [t.text.lower() for t in tokens]
    if language != "de":
        return _english(tokens, words)
    if any(w in _PAST_AUX for w in words):
        return "past"
    if any(w in _FUTURE_AUX for w in words):
        return "future"
    if any(w in _PERFECT_AUX for w in words) and any(t.pos.endswith("(PP)") for t in tokens):
        return "past"
    for token in tokens:
        if token.pos in ("VV(FIN)", "VVFIN") and _preterite(token.text.lower(), token.lemma):
            return "past"
    if any("FIN" in t.pos for t in tokens):
        # a clause with a verb of its own in the present says nothing of the past, whatever
        # the sentence around it ("hatte entschieden, dass vom 1. April an ... dürfen")
        return "present"
    return "future" if _plan(tokens) else None


def _plan(tokens: Sequence[Token]) -> bool:
    """A clause of "zu" and an infinitive (with no finite verb) tells what someone means to
    do ("hatte angekündigt, die Station zum 31. März zu schließen"): its day lies ahead."""
    return any(t.pos == "PTKZU" and "INF" in n.pos for t, n in pairwise(tokens))


def _english(tokens: Sequence[Token], words: list[str]) -> Tense | None:
    # "would" but "would have" tells what was to come ("said the concert would be repeated")
    would = any(w == "would" and words[n + 1 : n + 2] != ["have"] for n, w in enumerate(words))
    if any(w in _EN_FUTURE for w in words) or _expected(words) or would:
        return "future"
    if any(
        w in _EN_MODALS and words[n + 1 : n + 2] in (["be"], ["not"]) for n, w in enumerate(words)
    ):
        return "present"
    if any(w in _EN_PAST for w in words):
        return "past"
    for token, word in zip(tokens, words, strict=True):
        if token.pos == "X" and word.endswith("ed") and token.lemma != word:
            return "past"
    return None


def _expected(words: list[str]) -> bool:
    """ "is expected to", "are expected to": what is to come."""
    return any(
        w in ("is", "are") and words[n + 1 : n + 2] == ["expected"] for n, w in enumerate(words)
    )


def _preterite(word: str, lemma: str) -> bool:
    lemma = lemma.lower()
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else lemma
    present = {lemma, stem + "e", stem + "st", stem + "t", stem + "en", stem + "et", stem + "est"}
    return (word not in present and not word.endswith(("st", "t"))) or word.endswith(("te", "ten"))
