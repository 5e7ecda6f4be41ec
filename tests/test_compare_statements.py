"""Slots through shared statements: values of sentences that say the same thing in other words,
separable verbs as cues, and one figure said more or less precisely."""

from __future__ import annotations

from lagebild.analyze import analyze
from lagebild.compare import Comparison, compare_story
from lagebild.compare.lexicon import lexicon, separable_verbs
from lagebild.compare.statements import Statements
from lagebild.compare.values import find_values
from lagebild.records import Analysis, Article
from lagebild.summarize.vectors import sentence_matrix


def _analyses(texts: dict[str, str]) -> list[Analysis]:
    return [
        analyze(Article(k, f"{k}.txt", text, None, f"Zeitung {k}", None, "2026-04-02", "de"))
        for k, text in texts.items()
    ]


def _compare(texts: dict[str, str]) -> Comparison:
    analyses = _analyses(texts)
    items = [(a, s) for a in analyses for s in a.sentences]
    vectors = sentence_matrix(items)
    vectors_of = {(a.article.id, s.index): vectors[i] for i, (a, s) in enumerate(items)}
    return compare_story(analyses, vectors_of, "de")


def _sides(comparison: Comparison) -> list[set[str]]:
    return [{c.text for c in conflict.claims} for conflict in comparison.conflicts]


def test_the_same_statement_with_other_counted_nouns_is_one_slot() -> None:
    comparison = _compare(
        {
            "a": "Als die Fähre im Hafen von Stralsund auf eine Sandbank lief, waren 212 "
            "Reisende an Bord.",
            "b": "An Bord der Fähre waren 180 Urlauber, als sie im Hafen von Stralsund auf eine "
            "Sandbank lief.",
        }
    )
    assert _sides(comparison) == [{"212 Reisende", "180 Urlauber"}]


def test_the_same_statement_of_a_measure_is_one_slot() -> None:
    comparison = _compare(
        {
            "a": "Die neue Brücke über die Mosel bei Trier ist 420 Meter lang und wurde im Juni "
            "für den Verkehr freigegeben.",
            "b": "Im Juni wurde die 380 Meter lange Brücke über die Mosel bei Trier für den "
            "Verkehr freigegeben.",
        }
    )
    assert _sides(comparison) == [{"420 Meter", "380 Meter"}]


def test_different_statements_with_different_counted_nouns_are_not_compared() -> None:
    comparison = _compare(
        {
            "a": "Die Feuerwehr rückte mit 40 Einsatzkräften zu dem Brand in der Scheune aus.",
            "b": "Der Sportverein des Dorfes zählt inzwischen 55 Mitglieder.",
        }
    )
    assert comparison.conflicts == ()


def test_a_value_without_a_single_counterpart_in_the_other_sentence_is_not_compared() -> None:
    texts = {
        "a": "Auf dem Parkplatz am Stadion standen am Abend 30 Lastwagen und 12 Reisebusse.",
        "b": "Auf dem Parkplatz am Stadion standen am Abend 25 Fahrzeuge.",
    }
    analyses = _analyses(texts)
    values = [v for a in analyses for v in find_values(a)]
    statements = Statements(analyses, values)
    trucks = next(v for v in values if v.point == 30)
    cars = next(v for v in values if v.point == 25)
    assert statements.similarity(trucks, cars) > 0.5  # the same statement ...
    assert _compare(texts).conflicts == ()  # ... but 25 is not the counterpart of 30 or 12


def test_statements_are_compared_with_their_numbers_left_out() -> None:
    analyses = _analyses(
        {
            "a": "Im Hafen warten 35 Schiffe auf die Einfahrt.",
            "b": "Im Hafen warten 70 Schiffe auf die Einfahrt.",
        }
    )
    values = [v for a in analyses for v in find_values(a)]
    assert Statements(analyses, values).similarity(values[0], values[1]) > 0.99


def test_a_finite_verb_is_joined_to_its_separated_particle() -> None:
    analysis = _analyses({"a": "Das Feuer brach gegen 3.45 Uhr in einer Lagerhalle aus."})[0]
    assert list(separable_verbs(analysis.sentences[0]).values()) == ["ausbrach"]
    plain = _analyses({"a": "Das Feuer brach in der Nacht in einer Lagerhalle."})[0]
    assert separable_verbs(plain.sentences[0]) == {}


def test_a_separable_verb_names_the_time_of_the_event() -> None:
    comparison = _compare(
        {
            "a": "In der Lagerhalle brach das Feuer um 2.30 Uhr aus, teilte die Polizei mit.",
            "b": "Der Brand ist nach Angaben der Feuerwehr gegen 4.15 Uhr ausgebrochen.",
        }
    )
    assert _sides(comparison) == [{"2.30 Uhr", "4.15 Uhr"}]


def test_two_precise_figures_within_a_third_source_s_estimate_are_no_conflict() -> None:
    sentence = "Die Auslastung der Hotels an der Ostsee lag im Sommer bei {} Prozent."
    three = {
        "a": sentence.format("rund 80"),
        "b": sentence.format("79"),
        "c": sentence.format("82"),
    }
    assert _compare(three).conflicts == ()
    two = {"b": sentence.format("79"), "c": sentence.format("82")}
    assert _sides(_compare(two)) == [{"79 Prozent", "82 Prozent"}]


def test_a_count_of_the_whole_is_not_compared_with_a_count_of_one_part() -> None:
    site = "Im Werk in Passau arbeiten 1.400 Beschäftigte, teilte die Firma mit."
    whole = {"a": site, "b": "Die Firma hat weltweit 4.100 Beschäftigte."}
    assert _compare(whole).conflicts == ()
    parts = {"a": site, "b": "Die Firma hat 4.100 Beschäftigte."}
    assert _sides(_compare(parts)) == [{"1.400 Beschäftigte", "4.100 Beschäftigte"}]
    both = {"a": "Die Firma hat weltweit 3.900 Beschäftigte.", "b": whole["b"]}
    assert _sides(_compare(both)) == [{"3.900 Beschäftigte", "4.100 Beschäftigte"}]


def test_a_qualifier_before_a_spelled_out_number_widens_its_interval() -> None:
    analysis = _analyses(
        {
            "a": "Der Neubau soll rund zwölf Millionen Euro kosten, der Umbau mehr als "
            "zehn Millionen."
        }
    )[0]
    values = {v.point: v for v in find_values(analysis)}
    assert (values[12e6].low, values[12e6].high) == (11.1e6, 12.9e6)
    assert (values[10e6].low, values[10e6].high) == (10e6, 12.5e6)


def test_sentences_in_two_languages_need_less_similarity_to_be_one_statement() -> None:
    texts = {
        "a": ("Im Hafen von Kalamata lagen am Morgen 14 Fischerboote vor Anker.", "de"),
        "b": ("The port of Kalamata was sheltering 19 fishing boats.", "en"),
    }
    analyses = [
        analyze(Article(k, f"{k}.txt", text, None, k, None, "2026-04-02", language))
        for k, (text, language) in texts.items()
    ]
    values = [v for a in analyses for v in find_values(a)]
    statements = Statements(analyses, values)
    # they share little more than the port's name: too little within one language ...
    assert statements.similarity(values[0], values[1]) < lexicon().slots["same_statement"]
    # ... enough across two
    assert statements.same(values[0], values[1])
    items = [(a, s) for a in analyses for s in a.sentences]
    vectors = sentence_matrix(items)
    vectors_of = {(a.article.id, s.index): vectors[i] for i, (a, s) in enumerate(items)}
    comparison = compare_story(analyses, vectors_of, "de")
    assert _sides(comparison) == [{"14 Fischerboote", "19 fishing boats"}]


def test_a_total_is_not_the_counterpart_of_a_count() -> None:
    comparison = _compare(
        {
            "a": "Wegen des Warnstreiks fuhren am Montag nur 25 der 60 Busse der Stadtwerke Ulm.",
            "b": "Wegen des Warnstreiks fuhren am Montag nur 32 Busse der Stadtwerke Ulm.",
        }
    )
    assert _sides(comparison) == [{"25", "32 Busse"}]
