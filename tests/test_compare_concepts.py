"""What a value is about: loot, damage, sentences, where something was found or came in,
the day of a report's event, and measures written as one word with their number."""

from __future__ import annotations

from comparing import analyses_of, claims_of, compare_texts
from lagebild.compare import find_values


def _topics(texts: dict[str, str], published: dict[str, str] | None = None) -> list[str]:
    comparison, _, _ = compare_texts(texts, published)
    return [conflict.topic for conflict in comparison.conflicts]


def test_a_group_of_people_does_not_say_what_an_amount_of_money_is() -> None:
    (analysis,) = analyses_of({"a": "Die Täter verlangten 50.000 Euro für die Rückgabe."})
    assert [(v.text, v.concept) for v in find_values(analysis)] == [("50.000 Euro", None)]


def test_loot_in_german_and_english_is_one_slot() -> None:
    texts = {
        "a": "Zwei maskierte Männer überfielen die Sparkasse. Die Täter erbeuteten 95.000 Euro.",
        "b": "The masked robbers escaped with 178,500 euros in cash, police said.",
    }
    assert _topics(texts) == ["Beute"]


def test_damage_in_german_and_english_is_one_slot() -> None:
    texts = {
        "a": "Die Mühle brannte aus. Den Schaden beziffert der Betreiber auf acht Millionen Euro.",
        "b": "The damage to the mill was estimated at 15 million euros by its owner.",
    }
    assert _topics(texts) == ["Schaden"]


def test_prison_sentences_in_german_and_english_are_one_slot() -> None:
    texts = {
        "a": "Das Landgericht verurteilte den Gründer der Firma zu sieben Jahren Haft.",
        "b": "The court in Munich sentenced the founder of the firm to six years in prison.",
    }
    assert _topics(texts) == ["Haftstrafe"]


def test_where_a_ship_came_in_is_a_place_slot() -> None:
    texts = {
        "a": "Nach dem Zusammenstoß kehrte die Fähre nach Rostock zurück.",
        "b": "Nach dem Zusammenstoß legte die Fähre planmäßig in Gedser an.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("Rostock", ("a",)), ("Gedser", ("b",))}]


def test_where_something_was_found_is_a_place_slot() -> None:
    texts = {
        "a": "Der Fluchtwagen wurde eine Stunde später ausgebrannt bei Ingelheim gefunden.",
        "b": "Den Fluchtwagen entdeckten Spaziergänger später in einem Waldstück bei Alzey.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("Ingelheim", ("a",)), ("Alzey", ("b",))}]


def test_a_leads_date_of_what_the_event_did_is_the_day_of_the_event() -> None:
    texts = {
        "a": "Bei einer Explosion in einer Mühle in Eggenfelden sind am 18. November sechs "
        "Arbeiter verletzt worden.",
        "b": "The silo of a flour mill in southern Germany exploded late on Nov. 17, police said.",
    }
    published = {"a": "2026-11-19T08:00", "b": "2026-11-19T09:00"}
    assert _topics(texts, published) == ["Tag des Ereignisses"]


def test_a_measure_joined_to_its_number_describes_the_noun_after_it() -> None:
    texts = {
        "a": "Die 169 Meter lange Fähre kehrte mit den Verletzten an Bord nach Rostock zurück.",
        "b": "The 186-metre vessel returned to Rostock with the injured on board, and the "
        "operator cancelled its crossings.",
    }
    (english,) = analyses_of({"b": texts["b"]})
    length = find_values(english)[0]
    assert (length.text, length.concept, length.head) == ("186-metre", None, "schiff")
    assert _topics(texts) == ["Länge"]


def test_production_that_resumes_on_different_days_is_a_conflict() -> None:
    texts = {
        "a": "Der Geschäftsführer hofft, die Produktion am 11. Januar wieder aufnehmen zu können.",
        "b": "Ein Sprecher kündigte an, der Betrieb solle zum 1. Februar 2027 wieder anlaufen.",
    }
    published = {"a": "2026-11-20T08:00", "b": "2026-11-20T10:00"}
    assert _topics(texts, published) == ["Wiedereröffnung"]


def test_workers_and_employees_count_the_same_people() -> None:
    (analysis,) = analyses_of({"a": "In der Halle waren 40 Arbeiter und 55 Mitarbeiter."})
    assert len({v.unit for v in find_values(analysis)}) == 1
