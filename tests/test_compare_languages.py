"""A German and an English report of one figure: the same slot, however each language
writes it (ages, lengths, the day and time of the event)."""

from __future__ import annotations

from comparing import claims_of, compare_texts, topics_of


def test_an_age_in_german_and_in_english_is_one_slot() -> None:
    texts = {
        "a": "Eine 54 Jahre alte Verkäuferin wurde von Glassplittern leicht verletzt.",
        "b": "The robbers fled; a 61-year-old shop assistant was treated for cuts.",
    }
    assert topics_of(texts) == ["Alter"]


def test_a_length_in_kilometres_is_a_length() -> None:
    texts = {
        "a": "Der Wirbelsturm zog eine 2,5 Kilometer lange Schneise durch Felder und den Ort.",
        "b": "The tornado cut a path 4 kilometres long across farmland and the village.",
    }
    assert topics_of(texts) == ["Länge"]


def test_a_dimension_named_before_or_after_its_measure_is_that_dimension() -> None:
    texts = {
        "a": "Die Fahrbahn brach auf einer Fläche mit einem Durchmesser von etwa 12 Metern ein.",
        "b": "Der Krater in der Straße misst 18 Meter im Durchmesser, sagte ein Sprecher.",
        "c": "The hole in the street has a diameter of 15 metres, the town said.",
    }
    comparison, _, _ = compare_texts(texts)
    assert {v.text: v.concept for v in comparison.values} == {
        "etwa 12 Metern": "durchmesser",
        "18 Meter": "durchmesser",
        "15 metres": "durchmesser",
    }


def test_the_day_a_lead_says_the_event_started_is_the_event_s_day() -> None:
    texts = {
        "a": "In einem Logistikzentrum in Bad Hersfeld ist in der Nacht zu Montag ein "
        "Großbrand ausgebrochen.",
        "b": "The fire destroyed a warehouse at a logistics centre in Bad Hersfeld early on "
        "Sunday, police said.",
    }
    published = {"a": "2026-03-09T09:00", "b": "2026-03-09T10:00"}
    assert topics_of(texts, published) == ["Tag des Ereignisses"]


def test_a_clock_time_is_not_what_a_measure_s_cue_names() -> None:
    texts = {
        "a": "Die Fahrbahn brach gegen 4.30 Uhr auf einer Fläche mit einem Durchmesser von "
        "etwa 12 Metern ein.",
        "b": "The ground gave way at 2:50 a.m., according to the local fire service.",
    }
    comparison, _, _ = compare_texts(texts)
    assert {v.text: v.concept for v in comparison.values if v.kind == "time"} == {
        "4.30 Uhr": "beginn",
        "2:50 a.m.": "beginn",
    }
    assert [conflict.topic for conflict in comparison.conflicts] == ["Beginn"]


def test_a_german_and_an_english_sentence_sharing_names_and_numbers_are_one_statement() -> None:
    texts = {
        "a": "Die Stadtwerke rechnen damit, dass die Linie 3 bis Freitag, 22. Januar, "
        "zwischen Königsplatz und Haunstetten nicht fahren kann.",
        "b": "The city's transport company said line 3 would not run between Königsplatz "
        "and Haunstetten until Sunday, January 24.",
    }
    published = {"a": "2027-01-12T09:00", "b": "2027-01-12T11:00"}
    comparison, _, _ = compare_texts(texts, published)
    assert [{text for text, _ in claims} for claims in claims_of(comparison)] == [
        {"22. Januar", "January 24"}
    ]


def test_the_one_figure_of_a_unit_each_language_gives_is_one_slot() -> None:
    texts = {
        "a": "In dem Speicher der Genossenschaft lagerten nach Angaben des Vorstands 3.500 "
        "Tonnen Weizen.",
        "b": "Die Genossenschaft hatte den Speicher erst im Sommer gefüllt, 3.500 Tonnen "
        "Weizen aus der Region.",
        "c": "The silo, which belongs to a farmers' cooperative, was holding some 5,300 "
        "tonnes when the blast tore its roof off.",
    }
    assert topics_of(texts) == ["Tonnen"]


def test_two_figures_of_a_unit_in_one_language_are_not_taken_for_the_other_s() -> None:
    texts = {
        "a": "In dem Speicher der Genossenschaft lagerten nach Angaben des Vorstands 3.500 "
        "Tonnen Weizen.",
        "b": "Die Genossenschaft hatte im Sommer 1.800 Tonnen Raps verkauft.",
        "c": "The silo, which belongs to a farmers' cooperative, was holding some 5,300 "
        "tonnes when the blast tore its roof off.",
    }
    assert topics_of(texts) == []


def test_an_area_is_a_measure_its_dimension_s_cue_does_not_set_apart() -> None:
    texts = {
        "a": "Auf einer Fläche von 400 Quadratmetern stürzte das oberste Parkdeck ein.",
        "b": "The top level gave way over about 600 square metres, dropping onto the floor below.",
    }
    assert topics_of(texts) == ["Fläche"]


def test_a_count_a_cue_explains_on_one_side_only_is_another_figure() -> None:
    texts = {
        "a": "Im Landkreis sind 40 Polizisten im Einsatz, um die Demonstration zu sichern.",
        "b": "The police said 25 officers were injured during the clashes at the border.",
    }
    assert topics_of(texts) == []


def test_rooms_and_emergency_exits_in_german_and_english_are_one_count() -> None:
    for texts in (
        {
            "a": "Das Hotel am Marktplatz verfügt über 74 Zimmer und ein Restaurant.",
            "b": "The hotel on the market square has 68 rooms and a restaurant.",
        },
        {
            "a": "Die Halle hat sechs Notausgänge, die alle geöffnet waren.",
            "b": "The hall has eight emergency exits, all of which were open.",
        },
    ):
        assert len(topics_of(texts)) == 1, texts


def test_a_scaffold_s_height_and_gangsters_are_compared_across_wordings() -> None:
    texts = {
        "a": "Das 32 Meter hohe Gerüst stürzte am Montag auf die Straße.",
        "b": "Workers had put up the 45-metre scaffold on the west side in May, the diocese said.",
    }
    assert len(topics_of(texts)) == 1
    texts = {
        "a": "Drei maskierte Männer überfielen am Morgen den Geldtransporter.",
        "b": "Vier Gangster stoppten den Geldtransporter auf der Landstraße.",
    }
    assert len(topics_of(texts)) == 1


def test_kilograms_in_german_and_in_english_are_one_unit() -> None:
    texts = {
        "a": "Die Firma hatte die Bohrlöcher mit insgesamt 18 Kilogramm Sprengstoff gefüllt.",
        "b": "The demolition company had used 28 kilograms of explosives, the town said.",
    }
    comparison, _, _ = compare_texts(texts)
    assert {v.unit for v in comparison.values} == {"kg"}
    assert len(comparison.conflicts) == 1


def test_a_noun_spelled_the_german_or_the_english_way_counts_the_same_things() -> None:
    texts = {
        "a": "Nach Angaben der Polizei beteiligten sich rund 1.300 Traktoren an den Blockaden.",
        "b": "The police said about 850 tractors had taken part in the blockades on Monday.",
    }
    assert len(compare_texts(texts)[0].conflicts) == 1


def test_tugs_in_german_and_in_english_are_one_count() -> None:
    texts = {
        "a": "Drei Schlepper zogen den Frachter am Nachmittag frei.",
        "b": "The freighter was pulled free by four tugboats in the afternoon.",
    }
    assert len(compare_texts(texts)[0].conflicts) == 1


def test_fire_brigades_in_german_and_in_english_are_one_count() -> None:
    texts = {
        "a": "Insgesamt 19 Feuerwehren aus der ganzen Region rückten in der Nacht an.",
        "b": "The fire burned through the night. More than 250 firefighters from 14 volunteer "
        "brigades were eventually deployed and brought the fire under control.",
    }
    assert len(compare_texts(texts)[0].conflicts) == 1
