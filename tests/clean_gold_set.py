"""The cleaner's gold set (``fixtures/clean_gold/``): reading it and scoring the cleaner on it.

Shared by ``test_clean_gold.py`` and ``benchmarks/clean_gold.py``. The format is
described in ``fixtures/clean_gold/README.md``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.clean import clean, label_lines
from lagebild.config import CleanConfig
from lagebild.records import Document

GOLD = Path(__file__).resolve().parent / "fixtures" / "clean_gold"
CATEGORIES = ("body", "heading", "title", "teaser", "caption", "metadata", "boilerplate")

_GOLD_CATEGORY = {
    "body": "body",
    "metadata+body": "body",
    "heading": "heading",
    "title": "title",
    "kicker": "title",
    "teaser": "teaser",
    "caption": "caption",
    "metadata": "metadata",
}
_PREDICTED_CATEGORY = {
    "body": "body",
    "heading": "heading",
    "title": "title",
    "kicker": "title",
    "teaser": "teaser",
    "caption": "caption",
    "metadata": "metadata",
    "source": "metadata",
    "dateline": "metadata",
}


@dataclass(frozen=True)
class GoldArticle:
    name: str
    labels: tuple[str, ...]
    lines: tuple[str, ...]
    expected: dict[str, str]  # source, published, title as the file gives them

    @property
    def content(self) -> str:
        return "\n".join(self.lines)


def gold_category(label: str) -> str:
    return _GOLD_CATEGORY.get(label, "boilerplate" if label.startswith("boilerplate") else label)


def predicted_category(label: str) -> str:
    return _PREDICTED_CATEGORY.get(label, "boilerplate")


def read_gold(folder: Path = GOLD) -> list[GoldArticle]:
    articles = []
    for path in sorted(folder.glob("*.txt")):
        labels: list[str] = []
        lines: list[str] = []
        expected: dict[str, str] = {}
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.startswith("#"):
                key, _, value = raw[1:].partition(":")
                expected[key.strip()] = value.strip()
            elif raw.strip():
                label, _, text = raw.partition(" | ")
                labels.append(label.strip())
                lines.append(text)
        articles.append(GoldArticle(path.stem, tuple(labels), tuple(lines), expected))
    return articles


@dataclass
class Score:
    """Line-level results over one or more gold articles."""

    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, predicted)
    lost_body: list[tuple[str, str, str]] = field(default_factory=list)  # article, line, label
    kept_residue: list[tuple[str, str, str]] = field(default_factory=list)
    split_errors: list[tuple[str, str]] = field(default_factory=list)
    metadata_errors: list[tuple[str, str, str | None, str]] = field(default_factory=list)

    def count(self, gold: str, predicted: str) -> int:
        return self.confusion[(gold, predicted)]

    def precision(self, category: str) -> float:
        predicted = sum(n for (_, p), n in self.confusion.items() if p == category)
        return self.count(category, category) / predicted if predicted else 1.0

    def recall(self, category: str) -> float:
        gold = sum(n for (g, _), n in self.confusion.items() if g == category)
        return self.count(category, category) / gold if gold else 1.0


def score(articles: list[GoldArticle], config: CleanConfig | None = None) -> Score:
    """Label every gold article with the cleaner and compare, line by line."""
    config = config or CleanConfig(min_body_chars=0)
    result = Score()
    for article in articles:
        _, labelled = label_lines(article.content)
        pieces: dict[int, list[tuple[str, str]]] = {}
        for line in labelled:
            pieces.setdefault(line.number, []).append((line.label, line.text))
        for number, (label, text) in enumerate(zip(article.labels, article.lines, strict=True)):
            found = pieces.get(number, [])
            predicted = "body" if any(p == "body" for p, _ in found) else found[0][0]
            gold, guess = gold_category(label), predicted_category(predicted)
            result.confusion[(gold, guess)] += 1
            if gold == "body" and guess != "body":
                result.lost_body.append((article.name, text, predicted))
            elif gold != "body" and guess == "body":
                result.kept_residue.append((article.name, text, label))
            if label == "metadata+body" and [p for p, _ in found] != ["metadata", "body"]:
                result.split_errors.append((article.name, text))
        cleaned = clean(Document(article.name, article.name, article.content, "text"), config)
        for key in ("source", "published", "title"):
            value = getattr(cleaned, key)
            if value != article.expected.get(key):
                result.metadata_errors.append(
                    (article.name, key, value, article.expected.get(key, "None"))
                )
    return result
