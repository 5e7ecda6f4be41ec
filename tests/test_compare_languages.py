"""A German and an English report of one figure: the same slot, however each language
writes it (ages, lengths, the day and time of the event)."""

from __future__ import annotations

from comparing import compare_texts


def _topics(texts: dict[str, str], published: dict[str, str] | None = None) -> list[str]:
    comparison, _, _ = compare_texts(texts, published)
    return [conflict.topic.split()[0] for conflict in comparison.conflicts]


def test_an_age_in_german_and_in_english_is_one_slot() -> None:
    texts = {
        "a": "Eine 54 Jahre alte Verkäuferin wurde von Glassplittern leicht verletzt.",
        "b": "The robbers fled; a 61-year-old shop assistant was treated for cuts.",
    }
    assert _topics(texts) == ["Alter"]
