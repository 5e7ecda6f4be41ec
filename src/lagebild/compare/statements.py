"""Statements: sentences of different articles that say the same thing in other words.

A figure is in conflict with another when two sources make the same statement with a
different value. Two sentences make the same statement when their vectors of content
lemmas and names, with the numbers left out, are close: "Das 142 Meter lange Schiff lief
auf Grund" and "Das Schiff, 154 Meter lang, lief auf Grund" are one statement whatever
their figures. Sentences in two languages share little more than names, so they need
less similarity; a German and an English report that each give one figure of a unit, and
no other, state that figure ("3.500 Tonnen Weizen lagerten im Speicher", "the silo held some
5,300 tonnes"). Which of the values of such a pair are counterparts is decided in
``slots.py`` (the same kind, unit and place among the sentence's values).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from lagebild.compare.lexicon import lexicon
from lagebild.compare.values import Value
from lagebild.group.sentences import Names, sentence_matrix
from lagebild.records import Analysis, Sentence


class Statements:
    """How close the statements of two values' sentences are (cosine, numbers left out).

    The vectors are weighted over all sentences of the story; similarities are computed
    only between the sentences that state a value."""

    def __init__(
        self, analyses: Sequence[Analysis], values: Sequence[Value], names: Names | None = None
    ) -> None:
        items = [(a, s) for a in analyses for s in a.sentences]
        self._language = {a.article.id: a.language for a in analyses}
        stating = {(v.article_id, v.sentence) for v in values}
        rows = [n for n, (a, s) in enumerate(items) if (a.article.id, s.index) in stating]
        self._row = {(items[n][0].article.id, items[n][1].index): k for k, n in enumerate(rows)}
        matrix = sentence_matrix(items, numbers=False, names=names)[rows]
        self._similar = matrix @ matrix.T
        # per language, kind and unit: the figures that language's reports give
        self._figures: dict[tuple[str, str, str | None], set[float]] = defaultdict(set)
        for v in values:
            self._figures[(self._language[v.article_id], v.kind, v.unit)].add(v.point)
        self._marks = {
            (a.article.id, s.index): _marks(a, s)
            for a, s in items
            if (a.article.id, s.index) in stating
        }

    def similarity(self, a: Value, b: Value) -> float:
        left = self._row.get((a.article_id, a.sentence))
        right = self._row.get((b.article_id, b.sentence))
        if left is None or right is None:
            return 0.0
        return float(self._similar[left, right])

    def same(self, a: Value, b: Value) -> bool:
        """The two values' sentences make the same statement: similar enough, where
        sentences in two languages need less, sharing little more than names; or the two
        are in two languages, the only figure of their unit each language's reports give."""
        slots = lexicon().slots
        across = self._language.get(a.article_id) != self._language.get(b.article_id)
        wanted = slots["same_statement_across"] if across else slots["same_statement"]
        if across and len(self.shared_marks(a, b)) >= slots["shared_marks_across"]:
            return True
        if across and a.unit == b.unit and self._lone(a) and self._lone(b):
            # a cue on one side of what happened to counted people or things ("25 officers
            # were injured") says it is another figure than the other side's ("40
            # Polizisten im Einsatz"); a measure's cue names only its dimension ("Fläche")
            return a.unit in lexicon().measures or a.concept == b.concept
        return self.similarity(a, b) >= wanted

    def _lone(self, value: Value) -> bool:
        """The one figure its language's reports give of its unit, one that says what is
        counted or measured (not "Menschen", "people")."""
        if value.unit is None or value.unit in lexicon().generic:
            return False
        return len(self._figures[(self._language[value.article_id], value.kind, value.unit)]) == 1

    def shared_marks(self, a: Value, b: Value) -> set[str]:
        """The names and numbers both values' sentences give, the values themselves left
        out: what a German and an English sentence of one statement share ("die Linie 3
        zwischen Königsplatz und Haunstetten", "line 3 between Königsplatz and Haunstetten")."""
        left = self._marks.get((a.article_id, a.sentence), frozenset())
        right = self._marks.get((b.article_id, b.sentence), frozenset())
        return set(left & right) - set(_numbers(a.text) + _numbers(b.text))


def _marks(analysis: Analysis, sentence: Sentence) -> frozenset[str]:
    """The names of a sentence (its mentions, and capitalised words after its first, which
    in an English sentence are names, so that a name the tagger missed in one of two
    languages still meets its twin) and its numbers (digits only, "30.000" and "30,000"
    alike)."""
    names = {m.name.lower() for m in analysis.mentions if m.sentence == sentence.index}
    names |= {
        t.text.lower() for t in sentence.tokens[1:] if t.text[:1].isupper() and len(t.text) > 3
    }
    return frozenset(names | set(_numbers(sentence.text)))


def _numbers(text: str) -> list[str]:
    return [re.sub(r"[.,]", "", n) for n in re.findall(r"\d[\d.,]*\d|\d", text)]
