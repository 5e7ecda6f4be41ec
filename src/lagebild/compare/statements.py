"""Statements: sentences of different articles that say the same thing in other words.

A figure is in conflict with another when two sources make the same statement with a
different value. Two sentences make the same statement when their vectors of content
lemmas and names, with the numbers left out, are close: "Das 142 Meter lange Schiff lief
auf Grund" and "Das Schiff, 154 Meter lang, lief auf Grund" are one statement whatever
their figures. Sentences in two languages share little more than names, so they need
less similarity. Which of the values of such a pair are counterparts is decided in
``slots.py`` (the same kind, unit and place among the sentence's values).
"""

from __future__ import annotations

from collections.abc import Sequence

from lagebild.compare.lexicon import lexicon
from lagebild.compare.values import Value
from lagebild.group.sentences import Names, sentence_matrix
from lagebild.records import Analysis


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

    def similarity(self, a: Value, b: Value) -> float:
        left = self._row.get((a.article_id, a.sentence))
        right = self._row.get((b.article_id, b.sentence))
        if left is None or right is None:
            return 0.0
        return float(self._similar[left, right])

    def same(self, a: Value, b: Value) -> bool:
        """The two values' sentences make the same statement: similar enough, where
        sentences in two languages need less, sharing little more than names."""
        slots = lexicon().slots
        across = self._language.get(a.article_id) != self._language.get(b.article_id)
        wanted = slots["same_statement_across"] if across else slots["same_statement"]
        return self.similarity(a, b) >= wanted
