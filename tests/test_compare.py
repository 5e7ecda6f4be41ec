"""Cross-source comparison: which values disagree, which only differ in wording or time."""

from __future__ import annotations

import pytest

from comparing import analyses_of, claims_of, compare_texts, topics_of
from lagebild.compare import Value, find_values, single_source
from lagebild.compare.agree import compatible
from lagebild.compare.lexicon import matches
from lagebild.records import Report


def test_different_death_tolls_are_a_conflict_with_both_sides_cited() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Bei dem Busunglück in den Alpen wurden 12 Menschen getötet. Der Bus war auf "
            "dem Weg nach Innsbruck.",
            "b": "Beim Absturz eines Reisebusses in Tirol sind 15 Menschen getötet worden. Die "
            "Polizei ermittelt.",
        }
    )
    assert claims_of(comparison) == [{("12 Menschen", ("a",)), ("15 Menschen", ("b",))}]
    assert comparison.conflicts[0].topic == "Tote"
    assert comparison.disputes[("a", 0)] == frozenset({"b"})


def test_approximations_that_can_both_be_true_are_no_conflict() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Bei dem Brand waren rund 200 Einsatzkräfte vor Ort. Mehr als 40 Menschen "
            "wurden verletzt.",
            "b": "Nach Angaben der Feuerwehr waren 205 Einsatzkräfte im Einsatz. 47 Menschen "
            "wurden verletzt, drei davon schwer.",
            "c": "Dutzende Menschen wurden bei dem Feuer verletzt. Die Ursache ist unklar.",
        }
    )
    assert comparison.conflicts == ()


def test_two_exact_counts_disagree_while_a_lower_bound_agrees_with_one() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Mehr als 40 Menschen wurden bei dem Anschlag verletzt.",
            "b": "Bei dem Anschlag wurden 47 Menschen verletzt.",
            "c": "Bei dem Anschlag wurden 53 Menschen verletzt.",
        }
    )
    (sides,) = claims_of(comparison)
    texts = {text for text, _ in sides}
    assert {"47 Menschen", "53 Menschen"} <= texts


def test_an_update_told_by_one_source_is_a_development_not_a_conflict() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Bei dem Erdbeben kamen mindestens 12 Menschen ums Leben.",
            "b": "Die Zahl der Toten ist auf 14 gestiegen. Die Behörden hatten am Montag "
            "zunächst von zwölf Toten gesprochen.",
        }
    )
    assert comparison.conflicts == ()
    (development,) = comparison.developments
    assert [c.text for c in development.claims] == ["mindestens 12 Menschen", "14"]


def test_a_count_told_by_new_figures_is_an_update() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Bei dem Brand im Zug wurden sieben Menschen verletzt.",
            "b": "Bei dem Brand im Zug waren nach neuen Angaben elf Menschen verletzt worden.",
        },
        {"a": "2026-03-09T22:00", "b": "2026-03-12T10:00"},
    )
    assert comparison.conflicts == ()
    (development,) = comparison.developments
    assert [c.text for c in development.claims] == ["sieben Menschen", "elf Menschen"]


def test_a_count_told_as_so_far_is_an_earlier_state() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Drei Fahrgäste mussten bislang wegen Unterkühlung behandelt werden.",
            "b": "Insgesamt neun Fahrgäste mussten wegen Unterkühlung behandelt werden.",
        },
        {"a": "2027-01-30T21:40", "b": "2027-01-31T16:20"},
    )
    assert comparison.conflicts == ()
    (development,) = comparison.developments
    assert [c.text for c in development.claims] == ["Drei Fahrgäste", "neun Fahrgäste"]


def test_a_share_told_as_so_far_is_no_earlier_state_of_a_planned_one() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Die Landarztquote soll auf zehn Prozent steigen.",
            "b": "Bislang vergeben die meisten Länder 7,8 Prozent ihrer Plätze über die Quote.",
        },
        {"a": "2026-03-06T12:00", "b": "2026-03-06T14:00"},
    )
    assert comparison.developments == ()


def test_counts_told_up_to_two_parts_of_a_day_are_a_development() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Bis zum Morgen stauten sich oberhalb und unterhalb der Unfallstelle bereits "
            "14 Schiffe.",
            "b": "The authority said that by Tuesday evening 37 vessels were waiting upstream "
            "and downstream of the accident site.",
        },
        {"a": "2027-01-19T08:10", "b": "2027-01-19T19:05"},
    )
    assert comparison.conflicts == ()
    (development,) = comparison.developments
    assert [c.text for c in development.claims] == ["14 Schiffe", "37 vessels"]


def test_a_weekday_s_count_told_up_to_a_part_of_it_is_that_part_s_state() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Am Dienstag fielen bis zum Mittag 35 Züge zwischen Hildesheim und "
            "Braunschweig aus.",
            "b": "Am Dienstag fielen bis zum Abend mehr als 90 Züge aus.",
        },
        {"a": "2027-01-19T13:00", "b": "2027-01-19T19:30"},
    )
    assert comparison.conflicts == ()
    (development,) = comparison.developments
    assert [c.text for c in development.claims] == ["35 Züge", "mehr als 90 Züge"]


def test_a_count_told_up_to_a_late_part_of_the_day_is_that_part_s_state() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Bei der Polizei gingen bis zum späten Vormittag 25 Notrufe ein.",
            "b": "Bis zum Abend zählte die Polizei 45 Notrufe.",
        },
        {"a": "2027-06-10T12:00", "b": "2027-06-10T20:30"},
    )
    assert comparison.conflicts == ()
    (development,) = comparison.developments
    assert [c.text for c in development.claims] == ["25 Notrufe", "45 Notrufe"]


def test_a_weekday_a_count_is_told_up_to_places_it_however_far_in_its_clause() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Bis Donnerstagmorgen haben die Flammen auf dem Übungsplatz nach Angaben der "
            "Bundeswehr rund 300 Hektar erfasst.",
            "b": "Bis Freitagmorgen sind auf dem Übungsplatz nach Angaben der Bundeswehr 520 "
            "Hektar verbrannt.",
        },
        {"a": "2027-05-13T07:10", "b": "2027-05-14T08:00"},
    )
    assert comparison.conflicts == ()
    (development,) = comparison.developments
    assert [c.text for c in development.claims] == ["rund 300 Hektar", "520 Hektar"]


def test_a_count_published_before_the_evening_is_no_state_of_that_evening() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Am Dienstagmorgen waren 3.800 Haushalte ohne Heizung.",
            "b": "Über eine andere Leitung werden 1.100 Haushalte wieder mit Wärme versorgt.",
            "c": "Bis zum Abend wurden wieder 2.900 Haushalte mit Wärme versorgt.",
        },
        {"a": "2026-12-08T08:15", "b": "2026-12-08T11:20", "c": "2026-12-08T20:10"},
    )
    assert not any("2.900 Haushalte" in {c.text for c in x.claims} for x in comparison.conflicts)


def test_a_figure_after_first_findings_is_no_earlier_state() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Die Polizei schätzt den Schaden an der Therme nach ersten Erkenntnissen auf "
            "1,5 Mio. Euro.",
            "b": "Den Schaden an der Therme schätzt die Polizei auf 2,5 Millionen Euro.",
        },
        {"a": "2027-01-13T06:10", "b": "2027-01-13T19:30"},
    )
    assert comparison.developments == ()
    (conflict,) = comparison.conflicts
    assert {c.text for c in conflict.claims} == {"1,5 Mio. Euro", "2,5 Millionen Euro"}


def test_further_ones_after_an_age_are_further_ones() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Fünf Menschen wurden bei der Schlägerei verletzt, wie die Polizei mitteilte.",
            "b": "Ein 17-Jähriger erlitt einen Kieferbruch. Vier weitere Menschen wurden bei der "
            "Schlägerei leicht verletzt.",
        }
    )
    assert comparison.conflicts == ()


def test_a_part_of_them_is_no_count_of_the_injured() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Ein Wolf hat in der Nacht zum Dienstag auf einer Weide bei Hankensbüttel 14 "
            "Schafe getötet. Vier weitere Tiere wurden verletzt, zwei von ihnen musste eine "
            "Tierärztin noch am Morgen einschläfern, wie der Landkreis mitteilte.",
            "b": "Ein Wolf riss in der Nacht zum Dienstag auf einer Weide bei Hankensbüttel 14 "
            "Schafe. Vier weitere Tiere waren schwer verletzt, zwei davon konnte die "
            "Tierärztin nicht mehr retten.",
            "c": "Insgesamt waren in der Nacht zum Dienstag 14 Schafe getötet und vier weitere "
            "verletzt worden.",
        }
    )
    assert comparison.conflicts == ()


def test_counts_anchored_to_different_places_are_not_compared() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "In München wurden wegen des Streiks 300 Flüge annulliert.",
            "b": "In Frankfurt wurden wegen des Streiks 700 Flüge annulliert.",
        }
    )
    assert comparison.conflicts == ()


def test_clock_times_and_dates_of_the_same_event_are_compared() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Der Scheitel des Hochwassers wird am Dienstag gegen 14 Uhr erwartet. Die "
            "Stichwahl findet am 29. März statt.",
            "b": "Am Dienstag gegen 18 Uhr soll der Scheitel erreicht sein. Die Stichwahl ist "
            "für den 5. April angesetzt.",
            "c": "Der Scheitel wird am Dienstag gegen 14.10 Uhr erwartet.",
        }
    )
    dates, times = claims_of(comparison)
    assert dates == {("29. März", ("a",)), ("5. April", ("b",))}
    # 14.10 Uhr lies within "gegen 14 Uhr", so a and c are on the same side against b
    assert times == {("14 Uhr", ("a",)), ("14.10 Uhr", ("c",)), ("18 Uhr", ("b",))}


def test_values_carry_the_interval_their_wording_allows() -> None:
    (analysis,) = analyses_of(
        {
            "a": "Der Bund will jährlich vier Milliarden Euro bereitstellen. Rund 700 Flüge "
            "fielen aus, fast 600 Apotheken schlossen. Dutzende Menschen wurden verletzt."
        }
    )
    values = {v.text: v for v in find_values(analysis)}
    assert values["vier Milliarden Euro"].point == 4e9
    assert values["vier Milliarden Euro"].unit == "euro"
    assert (values["Rund 700 Flüge"].low, values["Rund 700 Flüge"].high) == (647.5, 752.5)
    assert values["fast 600 Apotheken"].high == 600
    assert values["fast 600 Apotheken"].low < 600
    assert (values["Dutzende"].low, values["Dutzende"].high) == (24, 99)


def test_single_source_facts_name_something_no_other_source_has() -> None:
    texts = {
        "a": "Der Waldbrand bei Jüterbog hat sich weiter ausgebreitet. Die Bundesstraße 101 "
        "zwischen Jüterbog und Luckenwalde bleibt gesperrt.",
        "b": "Der Waldbrand bei Jüterbog breitet sich weiter aus. Für Dienstag sagen "
        "Meteorologen Temperaturen von bis zu 36 Grad voraus.",
    }
    comparison, analyses, vectors_of = compare_texts(texts)
    facts = single_source(comparison, analyses, vectors_of)
    assert {(f.text, f.citations) for f in facts} == {
        ("Die Bundesstraße 101 zwischen Jüterbog und Luckenwalde bleibt gesperrt.", ("a",)),
        ("Für Dienstag sagen Meteorologen Temperaturen von bis zu 36 Grad voraus.", ("b",)),
    }


def test_examples_conflicts_cite_only_independent_articles_of_their_story(
    example_report: Report,
) -> None:
    copies = {o.id for o in example_report.outcomes if o.status == "duplicate"}
    topics = []
    for briefing in example_report.briefings:
        for conflict in briefing.conflicts:
            assert len(conflict.claims) >= 2
            cited = [a for claim in conflict.claims for a in claim.citations]
            assert set(cited) <= set(briefing.article_ids) - copies
            topics.append({c.text for c in conflict.claims})
        for fact in briefing.unique_facts:
            assert len(fact.citations) == 1
            assert fact.text not in {s.text for s in briefing.summary}
    assert {"22 Uhr", "0.00 Uhr"} in topics
    assert {"bis zu zehn Prozent", "zwölf Prozent"} in topics


def test_talks_in_two_different_cities_are_a_conflict_of_place() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Die Verhandlungen über eine Waffenruhe sollen am Montag in Genf beginnen.",
            "b": "Nach Angaben von Diplomaten werden die Verhandlungen über eine Waffenruhe in "
            "Wien stattfinden.",
            "c": "Die Gespräche über eine Waffenruhe beginnen am Montag in Genf.",
        }
    )
    assert claims_of(comparison) == [{("Genf", ("a", "c")), ("Wien", ("b",))}]


def test_a_normalised_unit_still_gives_the_concept_its_written_word_names() -> None:
    # the analysis files "Hektar" under "ha"; the concept cue is the word as written
    (analysis,) = analyses_of({"a": "Das Feuer hat rund 300 Hektar Wald erfasst."})
    assert [q.unit for q in analysis.quantities] == ["ha"]
    (value,) = find_values(analysis)
    assert (value.unit, value.concept) == ("hektar", "flaeche")


def test_the_source_of_a_figure_does_not_anchor_it() -> None:
    comparison, analyses, _ = compare_texts(
        {
            "a": "Das Paul-Ehrlich-Institut meldete im vergangenen Monat 310 Verdachtsfälle.",
            "b": "Im vergangenen Monat gab es nach Angaben des PEI 420 Verdachtsfälle.",
        }
    )
    assert [v.anchor for a in analyses for v in find_values(a)] == [None, None]
    assert claims_of(comparison) == [
        {("310 Verdachtsfälle", ("a",)), ("420 Verdachtsfälle", ("b",))}
    ]


def test_an_anchor_is_filed_under_the_story_s_name_of_its_entity() -> None:
    texts = {
        "a": "Beim Technischen Hilfswerk waren 310 Helfer im Einsatz.",
        "b": "Beim THW waren 420 Helfer im Einsatz.",
    }
    comparison, analyses, _ = compare_texts(texts)
    # each article alone anchors its value to the name as it writes it
    assert [v.anchor for a in analyses for v in find_values(a)] == ["hilfswerk", "thw"]
    assert claims_of(comparison) == [{("310 Helfer", ("a",)), ("420 Helfer", ("b",))}]


def test_an_anchor_does_not_reach_across_a_sentence_end_the_splitter_missed() -> None:
    # "BER." reads as an abbreviation to the splitter: the two sentences stay one
    (analysis,) = analyses_of(
        {"a": "Der Streik traf vor allem den Flughafen BER. Dort fielen 40 Flüge aus."}
    )
    assert len(analysis.sentences) == 1
    assert [v.anchor for v in find_values(analysis)] == [None]


def test_a_bound_and_an_estimate_that_can_both_be_true_agree_two_estimates_need_not() -> None:
    bound, _, _ = compare_texts(
        {
            "a": "Bei dem Zugunglück wurden mehr als 40 Menschen verletzt.",
            "b": "Bei dem Zugunglück wurden rund 52 Menschen verletzt.",
        }
    )
    assert bound.conflicts == ()
    estimates, _, _ = compare_texts(
        {
            "a": "Bei dem Zugunglück wurden rund 100 Menschen verletzt.",
            "b": "Bei dem Zugunglück wurden etwa 110 Menschen verletzt.",
        }
    )
    assert claims_of(estimates) == [{("rund 100 Menschen", ("a",)), ("etwa 110 Menschen", ("b",))}]


def test_a_figure_reported_later_as_risen_is_a_development_of_the_earlier_reports() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Bei dem Lawinenunglück in den Bergen starben drei Menschen.",
            "b": "Bei dem Lawinenunglück in den Bergen starben vier Menschen.",
            "c": "Die Zahl der Toten des Lawinenunglücks ist auf sieben gestiegen.",
        },
        {"a": "2026-01-10T08:00", "b": "2026-01-10T09:00", "c": "2026-01-10T18:00"},
    )
    # the two morning reports disagree; the evening's seven is a later stage, not a third side
    assert claims_of(comparison) == [{("drei Menschen", ("a",)), ("vier Menschen", ("b",))}]
    (development,) = comparison.developments
    assert development.claims[-1].text == "sieben"
    assert development.claims[-1].citations == ("c",)


def test_a_risen_figure_published_before_the_others_does_not_make_them_earlier() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Die Zahl der Toten des Lawinenunglücks ist auf sieben gestiegen.",
            "b": "Bei dem Lawinenunglück in den Bergen starben fünf Menschen.",
        },
        {"a": "2026-01-10T08:00", "b": "2026-01-10T18:00"},
    )
    assert comparison.developments == ()
    assert claims_of(comparison) == [{("sieben", ("a",)), ("fünf Menschen", ("b",))}]


def test_a_cue_with_an_equals_sign_matches_the_whole_word_only() -> None:
    assert matches("=ja", "ja")
    assert not matches("=ja", "jahr")
    assert matches("ja", "jahr")


def test_a_cue_names_a_value_of_its_own_clause_first() -> None:
    (analysis,) = analyses_of({"a": "Im Stadtrat stimmten 31 Mitglieder mit Ja, 17 mit Nein."})
    concepts = {v.text: v.concept for v in find_values(analysis)}
    assert concepts == {"31 Mitglieder": "stimmen_ja", "17": "stimmen_nein"}


def test_a_cue_taken_by_a_nearer_value_leaves_the_next_cue_to_another() -> None:
    (analysis,) = analyses_of(
        {"a": "Der Investor erwirbt 30 Prozent der Anteile und zahlt dafür 2 Millionen Euro."}
    )
    concepts = {v.text: v.concept for v in find_values(analysis)}
    assert concepts == {"30 Prozent": "anteil", "2 Millionen Euro": "kaufpreis"}


def test_ages_are_read_from_their_wording_and_compared() -> None:
    (analysis,) = analyses_of(
        {
            "a": "Der 47-jährige Pilot blieb unverletzt. Ein 52 Jahre alter Passagier wurde "
            "verletzt. Die Pilotin Anna Berger, 39, landete die Maschine."
        }
    )
    ages = {v.text for v in find_values(analysis) if v.concept == "alter"}
    assert ages == {"47-jährige Pilot", "52 Jahre", "39"}
    comparison, _, _ = compare_texts(
        {
            "a": "Der 47-jährige Pilot des Segelflugzeugs wurde leicht verletzt.",
            "b": "Der Pilot des Segelflugzeugs, ein 51 Jahre alter Mann, wurde leicht verletzt.",
        }
    )
    assert comparison.conflicts[0].topic == "Alter"


def test_a_vote_tally_and_unanimity_are_values() -> None:
    comparison, analyses, _ = compare_texts(
        {
            "a": "Der Stadtrat billigte den Haushalt mit 31 zu 17 Stimmen. Der Finanzausschuss "
            "hatte einstimmig zugestimmt.",
            "b": "Der Stadtrat billigte den Haushalt mit 31 zu 19 Stimmen. Im Finanzausschuss "
            "gab es bei zwei Enthaltungen eine Mehrheit.",
        }
    )
    concepts = {v.text: v.concept for v in find_values(analyses[0])}
    assert concepts["31"] == "stimmen_ja"
    assert concepts["17 Stimmen"] == "stimmen_nein"
    assert concepts["einstimmig"] == "abweichend"
    assert sorted(claims_of(comparison), key=len) == [
        {("17 Stimmen", ("a",)), ("19 Stimmen", ("b",))},
        {("einstimmig", ("a",)), ("bei zwei Enthaltungen", ("b",))},
    ]


def test_a_value_near_two_names_is_not_apart_from_one_near_either() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Das Epizentrum des Bebens lag nahe der Stadt Patras in einer Tiefe von 15 "
            "Kilometern.",
            "b": "The epicentre of the quake was near Patras in Greece at a depth of 20 km.",
        }
    )
    assert [c.topic for c in comparison.conflicts] == ["Tiefe"]


def test_prices_and_sales_in_one_currency_are_told_apart() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Der Kaufpreis für den Hersteller liegt bei 3 Milliarden Euro. Der Umsatz "
            "lag zuletzt bei 900 Millionen Euro.",
            "b": "Der Konzern zahlt für den Hersteller 4 Milliarden Euro. Der Umsatz betrug "
            "zuletzt 900 Millionen Euro.",
        }
    )
    assert claims_of(comparison) == [{("3 Milliarden Euro", ("a",)), ("4 Milliarden Euro", ("b",))}]


def test_the_time_an_event_happened_is_one_slot() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Der Unfall auf der Kreuzung ereignete sich gegen 6 Uhr.",
            "b": "Der Unfall auf der Kreuzung passierte um 9 Uhr.",
        }
    )
    assert claims_of(comparison) == [{("6 Uhr", ("a",)), ("9 Uhr", ("b",))}]


def test_a_counted_noun_is_compared_by_its_lemma() -> None:
    (analysis,) = analyses_of(
        {
            "a": "Von den 21 Häusern des Dorfes blieb nur 1 Haus unbeschädigt. Verletzt wurden "
            "12 Kinder und 1 Kind."
        }
    )
    units = {v.text: v.unit for v in find_values(analysis)}
    assert units["21 Häusern"] == units["1 Haus"]
    assert units["12 Kinder"] == units["1 Kind"]
    assert units["21 Häusern"] != units["12 Kinder"]


def test_how_a_vote_went_has_no_earlier_state() -> None:
    # "zuvor" places the committee's vote before the plenary's, not an earlier figure of it
    comparison, _, _ = compare_texts(
        {
            "a": "Im Ausschuss war der Entwurf zuvor bei einer Gegenstimme angenommen worden.",
            "b": "Der Ausschuss hatte den Entwurf einstimmig empfohlen.",
        }
    )
    assert claims_of(comparison) == [{("bei einer Gegenstimme", ("a",)), ("einstimmig", ("b",))}]


def test_what_happened_to_a_group_says_what_its_number_counts() -> None:
    (analysis,) = analyses_of({"a": "Bei der Explosion wurden neun Beschäftigte verletzt."})
    assert [v.concept for v in find_values(analysis)] == ["verletzte"]


def test_reports_before_an_update_join_the_stage_of_their_weekday() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Bei dem Grubenunglück wurden am Dienstagmorgen sechs Bergleute verletzt.",
            "b": "Bei dem Grubenunglück wurden neun Bergleute verletzt.",
            "c": "Die Zahl der Verletzten des Grubenunglücks ist auf zwölf gestiegen.",
        },
        {"a": "2026-03-03T08:00", "b": "2026-03-03T10:00", "c": "2026-03-03T20:00"},
    )
    # 2026-03-03 is a Tuesday: b's figure is Tuesday morning's too, against a's
    assert claims_of(comparison) == [{("sechs Bergleute", ("a",)), ("neun Bergleute", ("b",))}]


def test_one_head_noun_of_a_measure_outweighs_a_cue_only_one_sentence_has() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Die Behörden sperrten einen Umkreis von zwei Kilometern, Schulen blieben "
            "geschlossen.",
            "b": "Die Behörden sperrten einen Umkreis von vier Kilometern.",
        }
    )
    assert claims_of(comparison) == [{("zwei Kilometern", ("a",)), ("vier Kilometern", ("b",))}]


def test_an_earliest_date_agrees_with_a_later_one_not_with_an_earlier_one() -> None:
    earliest = "Die Brücke soll frühestens am 4. Mai wieder für den Verkehr freigegeben werden."
    later, _, _ = compare_texts(
        {
            "a": earliest,
            "b": "Die Brücke soll am 11. Mai wieder für den Verkehr freigegeben werden.",
        }
    )
    assert later.conflicts == ()
    earlier, _, _ = compare_texts(
        {"a": earliest, "b": "Die Brücke soll am 2. Mai wieder für den Verkehr freigegeben werden."}
    )
    assert claims_of(earlier) == [{("4. Mai", ("a",)), ("2. Mai", ("b",))}]


def test_who_abstained_does_not_anchor_how_a_vote_went() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Die Länder beschlossen in Erfurt einstimmig einen Antrag zur Pflege.",
            "b": "Der Antrag zur Pflege wurde bei einer Enthaltung Hessens angenommen.",
        }
    )
    assert claims_of(comparison) == [{("einstimmig", ("a",)), ("bei einer Enthaltung", ("b",))}]


def test_the_base_of_a_proportion_is_no_count() -> None:
    (analysis,) = analyses_of(
        {"a": "In neun von zehn Proben fanden die Forscher Kunststoff, in 12 von 16 Ländern."}
    )
    texts = [v.text for v in find_values(analysis)]
    assert not any("zehn" in t or "16" in t for t in texts), texts


def test_a_time_from_now_is_no_duration() -> None:
    comparison, analyses, _ = compare_texts(
        {
            "a": "Erste Ergebnisse des Gutachtens zur Brücke sollen in zwei Wochen vorliegen.",
            "b": "Der Abriss der Brücke soll nach dem Gutachten drei Wochen dauern.",
        }
    )
    units = {v.text: v.unit for a in analyses for v in find_values(a)}
    assert units["zwei Wochen"] != units["drei Wochen"]
    assert comparison.conflicts == ()


def test_a_length_with_its_dimension_word_is_a_measure_of_that_dimension() -> None:
    (analysis,) = analyses_of(
        {
            "a": "Die neue Brücke ist 320 Meter lang und wird von einem 45 Meter hohen Pfeiler "
            "getragen. Der Kran arbeitet in 60 Metern Höhe."
        }
    )
    concepts = {v.text: v.concept for v in find_values(analysis)}
    assert concepts == {"320 Meter": "laenge", "45 Meter": "hoehe", "60 Metern": "hoehe"}
    comparison, _, _ = compare_texts(
        {
            "a": "Der umgestürzte Sendemast war 180 Meter hoch. Die Feuerwehr sperrte die Straße.",
            "b": "Ein 210 Meter hoher Sendemast ist bei dem Sturm umgestürzt. Verletzt wurde "
            "niemand.",
        }
    )
    assert [c.topic for c in comparison.conflicts] == ["Höhe"]


def test_a_crew_counted_with_different_role_nouns_is_one_group() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Der Fischkutter sank vor Helgoland. Die neun Besatzungsmitglieder wurden "
            "von einem Seenotkreuzer aufgenommen.",
            "b": "Vor Helgoland ist ein Fischkutter gesunken. Zu dem Zeitpunkt waren elf Seeleute "
            "an Bord, sie wurden gerettet.",
        }
    )
    assert [c.topic for c in comparison.conflicts] == ["Besatzung"]


def test_a_group_names_how_many_not_when() -> None:
    (analysis,) = analyses_of(
        {"a": "Die Täter brachen gegen 2.30 Uhr die Tür auf. Zwei Täter stiegen ein."}
    )
    found = {v.text: (v.concept, v.role) for v in find_values(analysis)}
    assert found["2.30 Uhr"][0] is None
    # "stiegen ... ein" is getting in, not a figure that rose
    assert found["Zwei Täter"] == ("taeter", "")


def test_stores_that_are_closed_are_not_the_count_of_all_stores() -> None:
    comparison, analyses, _ = compare_texts(
        {
            "a": "Die Buchhandelskette betreibt 84 Filialen. Etwa 20 Filialen sollen "
            "geschlossen werden.",
            "b": "Die Buchhandelskette hat bundesweit 97 Läden. Rund 20 Filialen sollen "
            "geschlossen werden.",
        }
    )
    concepts = {v.text: v.concept for v in find_values(analyses[0])}
    assert concepts == {"84 Filialen": "filialen", "Etwa 20 Filialen": "schliessung"}
    assert [c.topic for c in comparison.conflicts] == ["Filialen"]


def test_two_leads_counting_one_noun_count_one_group() -> None:
    lead = "Schreckensmoment im Traditionsgeschäft: "
    later = "Schreckensmoment im Traditionsgeschäft. Der Inhaber stand hinter der Theke. Die "
    later += "Polizei sucht Zeugen. "
    counted = "Kurz nach der Öffnung stürmten zwei Männer mit Sturmhauben den Laden."
    first = "Vier Männer haben am Mittwochvormittag ein Juweliergeschäft in der Celler "
    first += "Altstadt betreten."
    assert topics_of({"a": first, "b": lead + counted}) == ["Männer"]
    # past the lead, a count of men may be any men
    assert topics_of({"a": first, "b": later + counted}) == []


def test_a_next_day_report_whose_lead_names_the_event_s_day_gives_the_event_s_time() -> None:
    published = {"a": "2026-06-13T23:10:00+02:00", "b": "2026-06-14T07:30:00+02:00"}
    first = "Eine Sturmböe hat am Samstagabend gegen 21.35 Uhr das Dach einer Bühne in "
    first += "Würzburg erfasst."
    scene = "Es war ein Abend des Schreckens in Würzburg. "
    told = scene + "Am Samstag um 21.50 Uhr riss der Wind das Bühnendach herunter."
    assert topics_of({"a": first, "b": told}, published) == ["Beginn"]
    # a report of the next day that leads with news of its own gives that news' time
    news = scene + "Um 10 Uhr begannen am Sonntag die Aufräumarbeiten an der Bühne."
    assert topics_of({"a": first, "b": news}, published) == []


def test_the_first_unexplained_clock_time_of_a_lead_is_the_time_of_the_event() -> None:
    comparison, analyses, _ = compare_texts(
        {
            "a": "Auf der A7 bei Kassel kippte gegen 6 Uhr ein Lastwagen mit Holz um. Die "
            "Autobahn war bis 11 Uhr gesperrt.",
            "b": "Ein Holztransporter ist auf der A7 bei Kassel um 8.30 Uhr umgestürzt. Der "
            "Fahrer wurde leicht verletzt. Die Polizei sprach von hohem Sachschaden. Ein "
            "Gutachter kam um 10 Uhr an die Unfallstelle.",
        }
    )
    concepts = {v.text: v.concept for v in find_values(analyses[1])}
    # no cue word says what the times are; the place near which it happened is its place
    assert concepts == {"Kassel": "ereignisort", "8.30 Uhr": None, "10 Uhr": None}
    assert [c.topic for c in comparison.conflicts] == ["Beginn"]
    assert {c.text for c in comparison.conflicts[0].claims} == {"6 Uhr", "8.30 Uhr"}


def test_reopening_dates_worded_differently_are_one_slot() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Nach dem Wasserschaden bleibt das Hallenbad geschlossen. Bis zur "
            "Wiedereröffnung am 14. April wird der Boden erneuert.",
            "b": "The indoor pool in Kassel is closed after a burst pipe. The city said it "
            "would reopen on 28 April.",
        }
    )
    assert [c.topic for c in comparison.conflicts] == ["Wiedereröffnung"]


def test_a_count_named_by_two_nouns_of_one_class_is_one_slot() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Der Sturm hat in der Nacht das Dach der Berufsschule beschädigt. Wasser "
            "zerstörte 120 Rechner im Keller.",
            "b": "Nach dem Unwetter ist der Unterricht an der Berufsschule ausgefallen. Im "
            "Untergeschoss sind 90 Computer unbrauchbar.",
            "c": "The storm flooded the basement of the vocational school in the city. "
            "Officials counted 120 computers lost.",
        }
    )
    # German and English nouns of one class count the same things
    assert claims_of(comparison) == [{("120 Rechner", ("a", "c")), ("90 Computer", ("b",))}]


def test_a_weekday_is_read_as_its_date_and_compared_with_a_date() -> None:
    # published on Tuesday 12 May: "am Montag" is 11 May
    comparison, _, _ = compare_texts(
        {
            "a": "Das Feuer in der Lagerhalle am Hafen brach am 10. Mai aus.",
            "b": "Das Feuer in der Lagerhalle am Hafen brach am Montag aus.",
        }
    )
    assert claims_of(comparison) == [{("10. Mai", ("a",)), ("Montag", ("b",))}]


def test_a_weekday_leaves_a_cue_to_the_count_of_its_clause() -> None:
    (analysis,) = analyses_of({"a": "Verletzt wurden am Montag zwölf Menschen."})
    assert {v.text: v.concept for v in find_values(analysis)} == {"zwölf Menschen": "verletzte"}


def test_two_reports_naming_the_same_weekday_mean_the_same_day() -> None:
    # the past tense reads a past Thursday, "soll am Donnerstag beginnen" the coming one,
    # though a report may look back on a plan: both mean the same day
    comparison, _, _ = compare_texts(
        {
            "a": "Die Gewerkschaft hatte den Beginn des Warnstreiks auf Donnerstag gelegt.",
            "b": "Der Warnstreik der Gewerkschaft soll am Donnerstag beginnen.",
        }
    )
    (slot,) = comparison.slots
    assert [side.text for stage in slot.stages for side in stage] == ["Donnerstag"] * 2
    assert comparison.conflicts == ()


def test_a_state_that_changes_by_nature_is_a_development_across_days() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Nach dem Brand im Klinikum sind 30 Prozent der Stationen wieder in Betrieb.",
            "b": "Nach dem Brand im Klinikum sind 45 Prozent der Stationen wieder in Betrieb.",
            "c": "Nach dem Brand im Klinikum sind 90 Prozent der Stationen wieder in Betrieb.",
        },
        {"a": "2026-05-12T08:00", "b": "2026-05-12T12:00", "c": "2026-05-15T09:00"},
    )
    # the two reports of one day disagree; three days later the share is a later stage
    assert claims_of(comparison) == [{("30 Prozent", ("a",)), ("45 Prozent", ("b",))}]
    (development,) = comparison.developments
    assert development.topic == "wiederhergestellt"
    assert development.claims[-1].text == "90 Prozent"


def test_things_still_missing_days_later_are_a_later_stage() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Aus dem Lager der Firma wurden sechs Skulpturen gestohlen.",
            "b": "Aus dem Lager der Firma wurden acht Skulpturen gestohlen.",
            "c": "Eine der Skulpturen aus dem Lager der Firma ist aufgetaucht, fünf Skulpturen "
            "werden noch vermisst.",
        },
        {"a": "2026-05-12T08:00", "b": "2026-05-12T12:00", "c": "2026-05-14T09:00"},
    )
    assert claims_of(comparison) == [{("sechs Skulpturen", ("a",)), ("acht Skulpturen", ("b",))}]
    assert [c.text for c in comparison.developments[0].claims][-1] == "fünf Skulpturen"


def test_a_group_sized_by_its_members_is_compared_with_its_size_in_one_word() -> None:
    comparison, analyses, _ = compare_texts(
        {
            "a": "Nach dem Überfall auf den Geldtransporter ermittelt eine 40-köpfige "
            "Ermittlungsgruppe der Kriminalpolizei.",
            "b": "Die Kriminalpolizei hat nach dem Überfall auf den Geldtransporter eine "
            "Ermittlungsgruppe mit 35 Beamten gebildet.",
        }
    )
    units = {v.text: v.unit for a in analyses for v in find_values(a)}
    assert units["35 Beamten"] == units["40-köpfige Ermittlungsgruppe"]
    assert claims_of(comparison) == [
        {("40-köpfige Ermittlungsgruppe", ("a",)), ("35 Beamten", ("b",))}
    ]


def test_a_time_or_a_source_before_mit_is_no_group_its_members_size() -> None:
    units = {
        v.text: v.unit
        for a in analyses_of(
            {
                "a": "Die Polizei war am Freitagabend mit 180 Beamten im Einsatz.",
                "b": "Die Bergwacht war nach eigenen Angaben mit 30 Einsatzkräften vor Ort.",
            }
        )
        for v in find_values(a)
    }
    assert units["180 Beamten"] == "beamt"
    assert units["30 Einsatzkräften"] == "feuerwehrleut"


def test_those_who_help_are_not_those_helped() -> None:
    # sentences alike enough to be one statement, counts of rescuers and of the rescued
    texts = {
        "a": "Bis 15 Uhr hatten die Retter am Zinnkopf 38 Fahrgäste aus der Sesselbahn abgeseilt.",
        "b": "Mehr als 80 Einsatzkräfte waren bis in den Abend am Zinnkopf, um 17.50 Uhr stand "
        "der letzte Fahrgast der Sesselbahn wieder auf festem Boden.",
    }
    assert topics_of(texts) == []


def test_the_seat_of_a_court_is_a_place_compared_across_reports() -> None:
    comparison, analyses, _ = compare_texts(
        {
            "a": "Die Klage der Anwohner gegen den Flughafenausbau wird beim Landgericht "
            "Hannover verhandelt. Das Gericht kann ein Ordnungsgeld von 40.000 Euro "
            "verhängen.",
            "b": "The residents' lawsuit against the airport expansion will be heard by the "
            "court in Hamburg.",
        }
    )
    assert [c.topic for c in comparison.conflicts] == ["Gericht"]
    # a number near a court is a sum or a sentence, not the court's
    assert all(v.concept is None for v in find_values(analyses[0]) if v.kind == "count")


def test_the_place_of_an_arrest_is_compared_across_reports() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Nach dem Überfall auf die Bank wurde der Verdächtige in Lyon festgenommen.",
            "b": "Der mutmaßliche Bankräuber ist in Marseille verhaftet worden.",
        }
    )
    assert [c.topic for c in comparison.conflicts] == ["Festnahme"]


def test_a_service_said_to_run_again_on_a_date_is_a_reopening() -> None:
    comparison, analyses, _ = compare_texts(
        {
            "a": "Nach dem Unfall soll die Fähre über den See am 3. Juni wieder fahren.",
            "b": "Die Wiedereröffnung der Fähre über den See ist für den 10. Juni geplant.",
        }
    )
    assert [c.topic for c in comparison.conflicts] == ["Wiedereröffnung"]
    assert {v.text: v.concept for v in find_values(analyses[0])} == {"3. Juni": "wiedereroeffnung"}


def test_the_first_unexplained_date_of_a_lead_is_the_day_of_the_event() -> None:
    comparison, analyses, _ = compare_texts(
        {
            "a": "Die Stadtwerke Nordstadt sind Opfer von Erpressern geworden. Die Täter "
            "hatten am 3. März die Server der Stadtwerke lahmgelegt.",
            "b": "Erpresser haben die Stadtwerke Nordstadt angegriffen. Sie drangen nach "
            "Angaben des Unternehmens am 5. März in die Systeme ein.",
        }
    )
    concepts = {v.text: v.concept for v in find_values(analyses[0])}
    assert concepts == {"3. März": None}  # no cue word says what the date is
    assert [c.topic for c in comparison.conflicts] == ["Tag des Ereignisses"]


def test_the_day_of_a_lead_is_not_compared_with_a_date_a_cue_explains() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Die Ministerin hat am 3. März ein neues Mietgesetz vorgestellt. Es soll "
            "Mieter schützen.",
            "b": "Das neue Mietgesetz soll am 1. Juli in Kraft treten. Die Ministerin stellte "
            "es vor.",
        }
    )
    assert comparison.conflicts == ()


def test_a_noun_class_alone_does_not_join_a_count_a_cue_explains_to_one_it_does_not() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Im Landkreis sind 40 Polizisten im Einsatz, um die Demonstration zu sichern.",
            "b": "The police said 25 officers were injured during the clashes at the border.",
        }
    )
    assert comparison.conflicts == ()


def test_a_cue_between_a_number_and_its_noun_names_the_count() -> None:
    comparison, analyses, _ = compare_texts(
        {
            "a": "Nach der Explosion in der Fabrik gab es 12 verletzte Arbeiter.",
            "b": "The explosion at the factory left 15 injured workers.",
        }
    )
    assert [v.concept for v in find_values(analyses[0])] == ["verletzte"]
    assert [v.concept for v in find_values(analyses[1])] == ["verletzte"]
    assert [c.topic for c in comparison.conflicts] == ["Verletzte"]


def test_masked_or_hooded_people_are_perpetrators() -> None:
    (analysis,) = analyses_of({"a": "Die Kamera zeigt zwei vermummte Personen an der Tür."})
    assert [v.concept for v in find_values(analysis)] == ["taeter"]


def test_households_without_power_on_another_day_are_a_later_stage() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Nach dem Sturm sind im Landkreis 20.000 Haushalte ohne Strom.",
            "b": "Nach dem Sturm sind im Landkreis 8.000 Haushalte ohne Strom.",
        },
        {"a": "2026-05-12T08:00", "b": "2026-05-13T09:00"},
    )
    assert comparison.conflicts == ()
    assert [c.text for c in comparison.developments[0].claims] == [
        "20.000 Haushalte",
        "8.000 Haushalte",
    ]


def test_a_percentage_is_the_share_its_clause_names() -> None:
    (analysis,) = analyses_of(
        {"a": "Der Exportanteil am Umsatz der Brauerei lag zuletzt bei 14 Prozent."}
    )
    assert [v.concept for v in find_values(analysis)] == ["anteil"]


def test_a_weekday_of_a_statement_or_of_a_count_is_no_date_of_its_own() -> None:
    (said, counted) = analyses_of(
        {
            "a": "The fire destroyed a warehouse near the power station, officials said on "
            "Wednesday.",
            "b": "The storm left 200,000 homes without power on Wednesday morning.",
        }
    )
    assert [v.kind for v in find_values(said)] == []
    assert [(v.text, v.concept) for v in find_values(counted)] == [("200,000 homes", "ohne_strom")]


def test_a_weekday_is_not_compared_with_a_date_months_away() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Die Beratungen über das neue Schulgesetz haben am Montag begonnen.",
            "b": "Das neue Schulgesetz soll am 1. Januar 2027 in Kraft treten und beginnt "
            "mit einer Übergangszeit.",
        }
    )
    assert comparison.slots == ()


def test_an_english_report_of_when_a_fire_broke_out_is_compared() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Das Feuer in der Fabrik brach am 11. Mai aus.",
            "b": "The fire at the factory broke out on Sunday, officials said.",
        },
        {"a": "2026-05-12T08:00", "b": "2026-05-12T09:00"},
    )
    # published on Tuesday 12 May: Sunday is 10 May
    assert claims_of(comparison) == [{("11. Mai", ("a",)), ("Sunday", ("b",))}]


def test_a_count_of_another_year_is_not_compared_with_today_s() -> None:
    texts = {
        "a": "Die Feuerwehr rückte nach dem Unwetter zu 1.200 Einsätzen aus.",
        "b": "Die Feuerwehr spricht vom größten Einsatz seit Jahren: Beim Sturm im Februar "
        "2021 hatte sie 700 Einsätze gezählt.",
    }
    comparison, _, _ = compare_texts(texts, {"a": "2026-07-15", "b": "2026-07-15"})
    assert comparison.conflicts == ()
    (then,) = [v for v in comparison.values if v.article_id == "b"]
    assert then.role == "then"
    # a year that starts a span up to now, or the report's own year, is today's figure
    for b in (
        "Die Feuerwehr zählte seit 2021 insgesamt 700 Einsätze nach dem Unwetter.",
        "Die Feuerwehr zählte im Juli 2026 insgesamt 700 Einsätze nach dem Unwetter.",
        "Der Einsatz hatte im Oktober 2025 begonnen und umfasste 700 Einsätze.",
        "Die Feuerwehr zählte 700 Einsätze, die Schäden lagen bei 2000 Euro je Haus.",
        "Die Feuerwehr zählte 700 Einsätze mit Schäden von je 2000 Euro.",
        "Die 2019 gegründete Feuerwehr zählte 700 Einsätze nach dem Unwetter.",
        "Nach dem Unwetter zählte die 1904 errichtete Wache 700 Einsätze.",
    ):
        comparison, _, _ = compare_texts({**texts, "b": b}, {"a": "2026-07-15", "b": "2026-07-15"})
        assert [v.role for v in comparison.values if v.point == 700] == [""]


def test_two_maxima_that_differ_disagree_and_metric_units_match_across_languages() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Die Hagelkörner erreichten bei dem Unwetter bis zu vier Zentimeter Durchmesser.",
            "b": "Hagelkörner bis zu sechs Zentimeter prasselten bei dem Unwetter auf die Stadt.",
            "c": "The storm brought hailstones up to 4 centimetres across to the city.",
        }
    )
    (sides,) = claims_of(comparison)
    assert {citations for _, citations in sides} == {("a",), ("b",)}
    assert {v.unit for v in comparison.values} == {"zentimeter"}


def test_a_speed_up_to_and_a_measured_speed_both_give_the_highest_and_differ() -> None:
    texts = {
        "a": "An der Station am See wurden Sturmböen mit 118 Kilometern pro Stunde gemessen.",
        "b": "An der Station am See registrierte der Wetterdienst Sturmböen mit bis zu 135 "
        "Kilometern pro Stunde.",
    }
    comparison, _, _ = compare_texts(texts)
    (sides,) = claims_of(comparison)
    assert {citations for _, citations in sides} == {("a",), ("b",)}
    # a count "bis zu" is still a bound the exact count may lie under
    counts = {
        "a": "Bei dem Unwetter am See wurden 118 Zelte beschädigt.",
        "b": "Bei dem Unwetter am See wurden bis zu 135 Zelte beschädigt.",
    }
    assert claims_of(compare_texts(counts)[0]) == []


def test_a_feminine_plural_counts_what_its_masculine_counts() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Die 36 Bewohner des Hauses mussten das Gebäude verlassen.",
            "b": "Alle 48 Bewohnerinnen und Bewohner des Hauses können nicht zurück.",
        }
    )
    assert {v.unit for v in comparison.values} == {"bewohner"}


def test_the_cue_of_an_event_s_start_says_when_not_how_many() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Aus dem Gefängnis der Stadt sind in der Nacht vier Gefangene ausgebrochen.",
            "b": "Drei Häftlinge sind in der Nacht aus dem Gefängnis der Stadt entkommen.",
        }
    )
    assert [v.concept for v in comparison.values] == [None, None]
    (sides,) = claims_of(comparison)
    assert {text for text, _ in sides} == {"vier Gefangene", "Drei Häftlinge"}


def test_a_part_of_a_group_is_not_the_group_s_size() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Vier Häftlinge sind aus dem Gefängnis der Stadt entkommen.",
            "b": "Die Polizei hat zwei der Häftlinge gefasst, die aus dem Gefängnis der Stadt "
            "entkommen waren.",
            "c": "Police caught two of the inmates who had escaped from the city's prison.",
        }
    )
    assert comparison.conflicts == ()
    assert [v.role for v in comparison.values if v.article_id != "a"] == ["part", "part"]


def test_an_english_age_whose_number_ends_before_the_hyphen_is_an_age() -> None:
    (analysis,) = analyses_of(
        {"a": "The suspected ringleader, a 37-year-old serving a long sentence, is at large."}
    )
    assert [v.concept for v in find_values(analysis) if v.point == 37] == ["alter"]


def test_a_place_is_where_its_own_clause_s_event_happened() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Die Polizei hat zwei der Männer gefasst, die aus dem Gefängnis in Bruchsal "
            "geflohen waren. Die beiden wurden in Heilbronn festgenommen.",
            "b": "Spezialkräfte nahmen die Männer am Abend in einer Wohnung in Pforzheim fest.",
        }
    )
    (sides,) = claims_of(comparison)
    assert {text for text, _ in sides} == {"Heilbronn", "Pforzheim"}


def test_the_weekday_of_a_lead_is_the_event_s_day() -> None:
    published = {"a": "2026-08-23T08:30", "b": "2026-08-23T15:40", "c": "2026-08-23T12:00"}
    comparison, _, _ = compare_texts(
        {
            "a": "Ein Konzert im Stadion der Stadt ist am Samstagabend abgebrochen worden. "
            "Die Polizei ermittelt.",
            "b": "Was für ein Schock für die Fans! Am Freitagabend musste das Stadion der "
            "Stadt geräumt werden.",
            "c": "Die Tribüne des Stadions soll ab Montag abgerissen werden. Ein Gutachter "
            "teilte das am Samstag mit.",
        },
        published,
    )
    (conflict,) = comparison.conflicts
    assert conflict.topic == "Tag des Ereignisses"
    assert {c.citations for c in conflict.claims} == {("a",), ("b",)}
    assert [v for v in comparison.values if v.article_id == "c"] == []


def test_the_weekday_of_a_lead_s_clock_time_is_also_the_event_s_day() -> None:
    published = {"a": "2026-05-11T08:00", "b": "2026-05-11T09:30"}
    comparison, _, _ = compare_texts(
        {
            "a": "Ein Feuer hat eine Schreinerei in der Altstadt zerstört. Die Flammen "
            "schlugen am Sonntagmorgen gegen 4.15 Uhr aus dem Dach der Werkstatt.",
            "b": "Die Schreinerei in der Altstadt ist am Samstag ausgebrannt. Verletzt "
            "wurde niemand.",
        },
        published,
    )
    assert "Tag des Ereignisses" in [c.topic for c in comparison.conflicts]


@pytest.mark.parametrize(
    "still",
    [
        "Beim Brand auf einem Recyclinghof stehen die Löscharbeiten auch am Sonntag noch am "
        "Anfang.",
        "Firefighters were battling a huge blaze at a recycling yard on Sunday.",
    ],
)
def test_a_day_a_state_still_held_on_is_not_the_event_s_day(still: str) -> None:
    published = {"a": "2026-11-15T07:30", "b": "2026-11-15T11:40"}
    began = "Auf einem Recyclinghof ist am Samstagabend ein Großbrand ausgebrochen."
    assert topics_of({"a": began, "b": still}, published) == []
    # the same weekday with the event told in the past is its day
    told = "Auf einem Recyclinghof ist am Sonntag ein Großbrand ausgebrochen."
    assert topics_of({"a": began, "b": told}, published) != []


def test_the_night_to_a_weekday_began_the_evening_before() -> None:
    published = {"a": "2026-05-12T08:00", "b": "2026-05-12T09:30"}
    lead = "In einer Lagerhalle im Hafen ist {} ein Feuer ausgebrochen."
    night = lead.format("in der Nacht zu Dienstag")
    for evening in ("am Montagabend", "am Montag"):
        texts = {"a": night, "b": lead.format(evening)}
        assert topics_of(texts, published) == []
    for other in ("am Montagmorgen", "am Sonntagabend"):
        texts = {"a": night, "b": lead.format(other)}
        assert topics_of(texts, published) == ["Beginn"]


def test_a_new_date_and_a_refund_are_concepts() -> None:
    comparison, _, _ = compare_texts(
        {
            "a": "Der Veranstalter kündigte an, das Konzert am 12. Juni 2027 nachzuholen. Wer "
            "dann nicht kann, bekommt 50 Prozent des Ticketpreises erstattet.",
            "b": "The promoter said the concert would be rescheduled for June 19, 2027.",
            "c": "Der Veranstalter will Fans nur 30 Prozent des Kartenpreises zurückzahlen.",
        },
        {"a": "2026-08-23", "b": "2026-08-23", "c": "2026-08-23"},
    )
    assert sorted(c.topic for c in comparison.conflicts) == ["Ersatztermin", "Erstattung"]


def test_an_exact_count_may_lie_further_from_an_estimate_than_two_estimates() -> None:
    def count(point: float, low: float, high: float) -> Value:
        return Value("a", 0, 0, 1, str(point), "count", point, low, high, "minute")

    around_25 = count(25, 25 * 0.925, 25 * 1.075)
    assert compatible(around_25, count(22, 22, 22))
    assert compatible(count(22, 22, 22), around_25)
    assert not compatible(around_25, count(21, 21, 21))
    # two estimates of one thing that differ are still two estimates
    assert not compatible(around_25, count(22, 22 * 0.925, 22 * 1.075))


def test_a_count_told_by_its_order_of_magnitude_disagrees_with_no_figure() -> None:
    texts = {
        "a": "Bei dem Brand im Kaufhaus mussten rund 150 Mitarbeiterinnen das Gebäude verlassen.",
        "b": "Bei dem Brand im Kaufhaus mussten Hunderte Mitarbeiterinnen das Gebäude verlassen.",
    }
    assert compare_texts(texts)[0].conflicts == ()


def test_a_count_told_as_the_end_of_a_change_is_the_later_state() -> None:
    texts = {
        "a": "Im Kreis Kleve ist das Virus in 47 Betrieben nachgewiesen worden.",
        "b": "The virus has been confirmed on 63 farms in the Kleve district, up from 47 a day "
        "earlier.",
    }
    comparison, _, _ = compare_texts(texts, {"a": "2027-05-26", "b": "2027-05-27"})
    assert comparison.conflicts == ()
    roles = {v.text: v.role for v in comparison.values if v.article_id == "b"}
    assert roles == {"63 farms": "update", "47": "before"}
    for sentence, before, after in (
        ("Die Zahl der Hebammen ist seither von zwölf auf sechs gesunken.", "zwölf", "sechs"),
        ("The number of farms rose from 47 to 63 within a day.", "47", "63"),
    ):
        comparison, _, _ = compare_texts({"a": sentence})
        roles = {v.text: v.role for v in comparison.values}
        assert (roles[before], roles[after]) == ("before", "update")


def test_a_count_joined_to_an_updated_one_is_updated_too() -> None:
    texts = {
        "a": "Im Kreis sind mehr als 180 Schafe und zwölf Rinder an der Seuche verendet.",
        "b": "Im Kreis sind nun mehr als 210 Schafe und 15 Rinder an der Seuche verendet.",
    }
    comparison, _, _ = compare_texts(texts, {"a": "2027-05-26", "b": "2027-05-27"})
    assert comparison.conflicts == ()
    roles = {v.text: v.role for v in comparison.values if v.article_id == "b"}
    assert roles == {"mehr als 210 Schafe": "update", "15 Rinder": "update"}
    # a count joined otherwise is not
    comparison, _, _ = compare_texts(
        {"a": "Im Kreis sind nun mehr als 210 Schafe verendet, dazu kommen 15 Rinder."}
    )
    roles = {v.text: v.role for v in comparison.values}
    assert roles["15 Rinder"] != "update"


def test_a_number_word_of_a_period_or_a_clock_time_is_no_count() -> None:
    for text in (
        "The railway closed the line for a six-month overhaul of the tracks.",
        "Die Pflegerin fährt mit dem Bus, ihr Dienst im Klinikum beginnt um sieben.",
    ):
        comparison, _, _ = compare_texts({"a": text})
        assert [v.text for v in comparison.values if v.kind == "count"] == []
    # joined to another word, or "um" with a noun, it still counts
    for text, count in (
        ("The zoo said a six-year-old male had escaped from the enclosure.", "six"),
        ("Die Zahl der Fahrgäste ist um sieben Prozent gestiegen.", "sieben Prozent"),
    ):
        comparison, _, _ = compare_texts({"a": text})
        assert [v.text for v in comparison.values if v.kind == "count"] == [count]


def test_what_was_rescued_is_not_held_to_what_there_was() -> None:
    texts = {
        "a": "Der Lastwagen hatte 396 Bienenvölker geladen, als er auf der Autobahn umkippte.",
        "b": "„Bis zum Morgen konnten wir 310 Völker bergen“, sagte der Vorsitzende der Imker.",
    }
    assert topics_of(texts) == []
    # two counts of the rescued are held to each other
    texts["a"] = "Die Imker konnten in der Nacht 396 Bienenvölker retten."
    assert len(topics_of(texts)) == 1


def test_a_count_still_held_on_a_later_day_is_the_latest_state() -> None:
    texts = {
        "a": "Fünf Verletzte wurden in Krankenhäuser in Warendorf gebracht.",
        "b": "Zwei Verletzte werden am Montag noch im Krankenhaus in Warendorf behandelt.",
    }
    published = {"a": "2027-05-30T18:00", "b": "2027-05-31T12:00"}
    comparison, _, _ = compare_texts(texts, published)
    assert comparison.conflicts == ()
    roles = [v.role for v in comparison.values if v.article_id == "b" and v.kind == "count"]
    assert roles == ["update"]


def test_animals_that_died_are_not_held_to_those_driven_out() -> None:
    texts = {
        "a": "Nach ersten Schätzungen sind mindestens 800 Schweine in den Flammen umgekommen.",
        "b": "The firefighters managed to drive 350 pigs out of the burning barn.",
    }
    assert topics_of(texts) == []
    texts["b"] = "The fire brigade said 350 pigs died in the burning barn."
    assert len(topics_of(texts)) == 1


def test_an_age_told_with_a_definite_article_is_the_person_named_before() -> None:
    texts = {
        "a": "„Wir haben gesungen“, erzählt Vater Sebastian K. (38), der mit seiner Tochter "
        "unterwegs war.",
        "b": "Im Korb saßen 28 Besucher und Bergführer Gerd Wiesner. Weil der Korb knapp über "
        "der Sohle hing, konnte der 61-Jährige die Tür öffnen.",
    }
    assert [t for t in topics_of(texts) if t.startswith("Alter")] == []
    (guide,) = [v for v in compare_texts(texts)[0].values if v.text == "61-Jährige"]
    assert guide.anchor == "wiesner"


def test_a_surname_cut_to_its_initial_is_the_full_name() -> None:
    texts = {
        "a": "Schiffsführer Jürgen P. (63) stand auf der Brücke, als es plötzlich rumpelte.",
        "b": "„Jede Tonne bringt uns ein paar Zentimeter“, sagte Schiffsführer Jürgen Pohl (58).",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("63", ("a",)), ("58", ("b",))}]
    # another initial is another person
    texts["a"] = texts["a"].replace("Jürgen P.", "Jürgen K.")
    assert claims_of(compare_texts(texts)[0]) == []
