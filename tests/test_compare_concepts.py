"""What a value is about: loot, damage, sentences, where something was found or came in,
the day of a report's event, and measures written as one word with their number."""

from __future__ import annotations

import pytest

from comparing import analyses_of, claims_of, compare_texts, topics_of
from lagebild.compare import Value, find_values
from lagebild.compare.slots import build_slots


def test_a_group_of_people_does_not_say_what_an_amount_of_money_is() -> None:
    (analysis,) = analyses_of({"a": "Die Täter verlangten 50.000 Euro für die Rückgabe."})
    assert [(v.text, v.concept) for v in find_values(analysis)] == [("50.000 Euro", None)]


def test_loot_in_german_and_english_is_one_slot() -> None:
    texts = {
        "a": "Zwei maskierte Männer überfielen die Sparkasse. Die Täter erbeuteten 95.000 Euro.",
        "b": "The masked robbers escaped with 178,500 euros in cash, police said.",
    }
    assert topics_of(texts) == ["Beute"]


def test_damage_in_german_and_english_is_one_slot() -> None:
    texts = {
        "a": "Die Mühle brannte aus. Den Schaden beziffert der Betreiber auf acht Millionen Euro.",
        "b": "The damage to the mill was estimated at 15 million euros by its owner.",
    }
    assert topics_of(texts) == ["Schaden"]


def test_prison_sentences_in_german_and_english_are_one_slot() -> None:
    texts = {
        "a": "Das Landgericht verurteilte den Gründer der Firma zu sieben Jahren Haft.",
        "b": "The court in Munich sentenced the founder of the firm to six years in prison.",
    }
    assert topics_of(texts) == ["Haftstrafe"]


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
    assert topics_of(texts, published) == ["Tag des Ereignisses"]


def test_a_measure_joined_to_its_number_describes_the_noun_after_it() -> None:
    texts = {
        "a": "Die 169 Meter lange Fähre kehrte mit den Verletzten an Bord nach Rostock zurück.",
        "b": "The 186-metre vessel returned to Rostock with the injured on board, and the "
        "operator cancelled its crossings.",
    }
    (english,) = analyses_of({"b": texts["b"]})
    length = find_values(english)[0]
    assert (length.text, length.concept, length.head) == ("186-metre", None, "schiff")
    assert topics_of(texts) == ["Länge"]


def test_what_happened_to_a_group_at_the_end_of_its_clause_says_what_it_counts() -> None:
    (analysis,) = analyses_of(
        {
            "a": "Vier Arbeiter wurden bei dem Unglück in der alten Halle am Stadtrand "
            "getötet, elf Menschen verletzt."
        }
    )
    assert [(v.text, v.concept) for v in find_values(analysis)] == [
        ("Vier Arbeiter", "tote"),
        ("elf Menschen", "verletzte"),
    ]


def test_a_compound_opening_with_a_measure_measures_its_last_noun() -> None:
    (analysis,) = analyses_of(
        {"a": "Auf dem 14-Kilometer-Abschnitt wurde ein 40-Tonnen-Lkw kontrolliert."}
    )
    assert [(v.unit, v.head) for v in find_values(analysis)] == [
        ("kilometer", "abschnitt"),
        ("tonn", "lastwag"),
    ]


def test_production_that_resumes_on_different_days_is_a_conflict() -> None:
    texts = {
        "a": "Der Geschäftsführer hofft, die Produktion am 11. Januar wieder aufnehmen zu können.",
        "b": "Ein Sprecher kündigte an, der Betrieb solle zum 1. Februar 2027 wieder anlaufen.",
    }
    published = {"a": "2026-11-20T08:00", "b": "2026-11-20T10:00"}
    assert topics_of(texts, published) == ["Wiedereröffnung"]


def test_workers_and_employees_count_the_same_people() -> None:
    (analysis,) = analyses_of({"a": "In der Halle waren 40 Arbeiter und 55 Mitarbeiter."})
    assert len({v.unit for v in find_values(analysis)}) == 1


def test_suspects_who_were_arrested_are_a_count_of_arrests() -> None:
    texts = {
        "a": "Bei einer Razzia in Plauen wurden sieben Verdächtige festgenommen.",
        "b": "In Plauen wurden bei der Razzia acht Männer festgenommen.",
    }
    assert [topic.split()[0] for topic in topics_of(texts)] == ["Festnahme"]


def test_the_day_a_statement_was_made_is_no_date_of_its_own() -> None:
    (analysis,) = analyses_of(
        {"a": "Die Bande wurde zerschlagen, wie die Behörden am Mittwoch in Wiesbaden mitteilten."}
    )
    assert [v.kind for v in find_values(analysis)] == []


def test_where_an_accident_happened_and_where_a_plane_was_bound_are_place_slots() -> None:
    accident = {
        "a": "Der Tanklaster ist am Morgen bei Frankenthal umgekippt.",
        "b": "Der Unfall ereignete sich am Morgen bei Speyer.",
    }
    comparison, _, _ = compare_texts(accident)
    assert claims_of(comparison) == [{("Frankenthal", ("a",)), ("Speyer", ("b",))}]
    bound = {
        "a": "Der Ferienflieger war auf dem Weg nach Mallorca, als Rauch im Cockpit auftrat.",
        "b": "Die Maschine war nach Ibiza unterwegs, als die Piloten Brandgeruch bemerkten.",
    }
    comparison, _, _ = compare_texts(bound)
    assert claims_of(comparison) == [{("Mallorca", ("a",)), ("Ibiza", ("b",))}]


def test_litres_and_liter_are_one_unit() -> None:
    german, english = analyses_of(
        {"a": "Der Tank fasste 24.000 Liter Säure.", "b": "The tank held 28,000 litres of acid."}
    )
    assert {v.unit for a in (german, english) for v in find_values(a)} == {"liter"}


def test_values_whose_nearby_words_agree_fill_one_slot() -> None:
    def amount(article: str, point: float, *words: str) -> Value:
        text = f"{point:g} Euro"
        return Value(
            article,
            0,
            0,
            len(text),
            text,
            "count",
            point,
            point,
            point,
            "euro",
            context=frozenset(words),
        )

    # the two amounts share two words that no other figure of the story has near it
    damage = [
        amount("a", 84e6, "schad", "beziffert", "halle"),
        amount("b", 48e6, "schad", "beziffert", "betreiber"),
    ]
    others = [
        amount(article, 10**5 * (n + 1), *words)
        for n, (article, words) in enumerate(
            [
                ("a", ("hilfe", "land")),
                ("b", ("spend", "verein")),
                ("c", ("versicher", "zahlt")),
                ("c", ("kost", "abriss")),
                ("a", ("umsatz", "jahr")),
                ("b", ("gehalt", "monat")),
                ("c", ("kredit", "bank")),
                ("a", ("miete", "halle")),
            ]
        )
    ]
    slots = build_slots(damage + others, "de")
    assert [
        {v.article_id for v in s.stages[0][0].values + s.stages[0][1].values} for s in slots
    ] == [{"a", "b"}]


def test_a_count_told_as_one_of_the_past_is_a_figure_of_another_time() -> None:
    texts = {
        "a": "Nach dem Regen lösten sich oberhalb des Dorfes rund 30.000 Kubikmeter Geröll.",
        "b": "Schon früher hatte dort eine Mure die Straße verlegt, damals waren es 45.000 "
        "Kubikmeter Geröll oberhalb des Dorfes.",
    }
    (_, earlier) = analyses_of(texts)
    assert [v.role for v in find_values(earlier)] == ["then"]
    assert topics_of(texts) == []


def test_an_english_volume_is_compared_with_a_german_one() -> None:
    german, english = analyses_of(
        {
            "a": "Rund 30.000 Kubikmeter Geröll gingen ab.",
            "b": "The mud covered 30,000 cubic metres and 12 square kilometres.",
        }
    )
    units = [v.unit for a in (german, english) for v in find_values(a)]
    assert units == ["kubikmeter", "kubikmeter", "quadratkilometer"]


def test_the_ages_of_a_woman_and_of_a_man_are_two_peoples() -> None:
    texts = {
        "a": "Bei der Explosion in der Nacht starb ein 81 Jahre alter Mann im Haus.",
        "b": "„Es klang wie ein Flugzeugabsturz“, sagt die 63-Jährige, die im Haus gegenüber "
        "wohnt, über die Explosion in der Nacht.",
        "c": "Bei der Explosion in der Nacht starb ein 79-Jähriger im Haus.",
    }
    assert [topic.split()[0] for topic in topics_of(texts)] == ["Alter"]
    comparison, _, _ = compare_texts(texts)
    assert {text for text, _ in claims_of(comparison)[0]} == {"81 Jahre", "79-Jähriger"}


def test_an_age_is_a_persons_not_the_places_where_it_is_told() -> None:
    texts = {
        "a": "Der 34-Jährige wurde am Mittwoch in Worms gefasst, als er in einen Bus stieg.",
        "b": "Der 29-Jährige wurde am Mittwoch in Mainz gefasst, als er in einen Bus stieg.",
    }
    comparison, _, _ = compare_texts(texts)
    assert {text for text, _ in claims_of(comparison)[0]} == {"34-Jährige", "29-Jährige"}


def test_a_count_written_as_a_teen_is_compared() -> None:
    texts = {
        "a": "Dreizehn Menschen wurden verletzt, drei davon schwer.",
        "b": "Bei dem Unglück wurden 17 Menschen verletzt.",
    }
    comparison, _, _ = compare_texts(texts)
    assert {text for text, _ in claims_of(comparison)[0]} == {"Dreizehn Menschen", "17 Menschen"}


def test_a_noun_that_begins_with_start_is_no_cue_of_the_start() -> None:
    (analysis,) = analyses_of(
        {
            "a": "Das Heizgerät habe im Startraum des Turms gestanden, teilte die Polizei "
            "am Samstag mit. Das Rennen startete am Sonntag."
        }
    )
    concepts = {v.text: v.concept for v in find_values(analysis)}
    assert concepts["Samstag"] != "beginn"
    assert concepts["Sonntag"] == "beginn"


def test_an_age_group_is_no_one_s_age() -> None:
    (analysis,) = analyses_of(
        {
            "a": "Die Kommission rät allen über 60-Jährigen zur Impfung, die meisten Toten waren "
            "älter als 80 Jahre."
        }
    )
    assert find_values(analysis) == []
    for anyone in (
        "Für 18-Jährige, die wählen dürften, sei ein Handyverbot eine Bevormundung.",
        "The rule was a step too far for 18-year-olds who may vote, the pupils said.",
    ):
        (analysis,) = analyses_of({"a": anyone})
        assert find_values(analysis) == [], anyone
    # one person of that age is
    (analysis,) = analyses_of({"a": "Für den 18-Jährigen sei das Verbot eine Bevormundung."})
    assert [v.concept for v in find_values(analysis)] == ["alter"]


def test_an_animal_s_age_and_a_time_ago_are_told_apart() -> None:
    texts = {
        "a": "Bei dem Tier handelt es sich um ein vier Jahre altes Weibchen.",
        "b": "Das Weibchen kam vor zwei Jahren aus einem Zoo in Tschechien.",
    }
    age, ago = (find_values(a)[0] for a in analyses_of(texts))
    assert (age.concept, ago.unit) == ("alter", "vor jahr")
    assert topics_of(texts) == []


def test_a_follow_up_leads_with_its_own_news_not_the_event_s_time() -> None:
    texts = {
        "first": "Aus dem Zoo in Landau ist am Dienstagabend ein Jaguar ausgebrochen. Die "
        "Raubkatze entkam kurz nach 18 Uhr durch eine Lücke im Zaun.",
        "next": "Der Jaguar ist wieder eingefangen. Ein Kleingärtner entdeckte die Raubkatze am "
        "Mittwochabend, ein Tierarzt betäubte sie gegen 22 Uhr.",
    }
    published = {"first": "2026-10-14T06:40", "next": "2026-10-15T07:30"}
    comparison, _, _ = compare_texts(texts, published)
    concepts = {v.text: v.concept for v in comparison.values if v.article_id == "next"}
    assert concepts == {"22 Uhr": None}


def test_a_follow_up_that_recalls_the_event_after_its_own_news_is_a_follow_up() -> None:
    texts = {
        "first": "Auf dem Weihnachtsmarkt in Trier ist am Freitagabend ein Glühweinstand in "
        "Brand geraten.",
        "next": "Keine 24 Stunden nach dem Brand hat der Trierer Weihnachtsmarkt am Samstag um "
        "11 Uhr wieder geöffnet. Das Feuer hatte am Freitagabend drei Buden zerstört.",
    }
    published = {"first": "2026-12-11T22:30", "next": "2026-12-12T14:40"}
    assert topics_of(texts, published) == []


def test_a_later_weekday_in_a_follow_up_s_lead_is_the_day_of_its_own_news() -> None:
    texts = {
        "first": "Auf der Donau bei Deggendorf sind zwei Frachtschiffe zusammengestoßen. Die "
        "beiden Schiffe waren am Dienstag gegen 6.20 Uhr bei dichtem Nebel kollidiert.",
        "next": "Einen Tag nach dem Schiffsunfall auf der Donau dürfen wieder Schiffe an der "
        "Unfallstelle vorbei. Seit 6 Uhr am Mittwochmorgen gibt das Amt die Strecke frei.",
    }
    published = {
        "first": "2027-01-19T08:00",
        "other": "2027-01-19T11:00",
        "next": "2027-01-20T07:30",
    }
    assert "Tag des Ereignisses" not in topics_of(texts, published)


def test_a_follow_up_that_tells_the_event_s_day_in_the_pluperfect_gives_that_day() -> None:
    first = (
        "The thieves broke into a mobile phone warehouse in Hanau in the early hours of "
        "November 14, stealing 1,400 smartphones, police said."
    )
    published = {"first": "2026-11-16T08:00", "next": "2026-11-18T09:00"}
    retold = {
        "first": first,
        "next": "Nach dem Einbruch haben die Ermittler erste Spuren. Die Täter waren in der "
        "Nacht zum 15. November über den Zaun an der Rückseite gestiegen.",
    }
    assert topics_of(retold, published) == ["Tag des Ereignisses"]
    # news of its own, told in the pluperfect days after the event, is not the event's day
    own_news = {
        "first": first,
        "next": "Nach dem Einbruch haben die Ermittler erste Spuren. Die Polizei hatte am 17. "
        "November ein verdächtiges Auto entdeckt.",
    }
    assert topics_of(own_news, published) == []


def test_a_later_day_named_before_the_event_s_day_told_in_the_pluperfect_is_its_news() -> None:
    texts = {
        "first": "Auf der Dult in Regensburg hat sich am Samstagabend eine Gondel von einem "
        "Fahrgeschäft gelöst.",
        "later": "Nach dem Unfall auf der Dult sind am Sonntag Sachverständige des TÜV im "
        "Einsatz. Sie untersuchen das Fahrgeschäft, von dem sich am Samstagabend gegen 21.50 "
        "Uhr eine Gondel gelöst hatte.",
    }
    published = {"first": "2027-05-16T07:15", "later": "2027-05-16T13:00"}
    assert "Tag des Ereignisses" not in topics_of(texts, published)
    # a report that only names the later day still tells another day of the event
    alone = {**texts, "later": texts["later"].split(" Sie ")[0]}
    assert "Tag des Ereignisses" in topics_of(alone, published)


def test_a_day_something_runs_from_is_no_day_of_what_happened_to_people() -> None:
    texts = {
        "a": "Ab Dienstag suchen Helfer mit Hunden und Drohnen nach weiteren toten Tieren.",
        "b": "Ein Jäger hatte am Samstag das tote Tier im Wald gefunden.",
    }
    published = {"a": "2027-05-11T07:10", "b": "2027-05-11T08:00"}
    comparison, _, _ = compare_texts(texts, published)
    assert claims_of(comparison) == []


def test_a_closure_does_not_date_the_event_nor_close_an_amount() -> None:
    texts = {
        "a": "Aus dem Zoo ist am Dienstagabend ein Jaguar ausgebrochen.",
        "b": "Die Raubkatze ist auf der Flucht, Schulen blieben am Mittwoch geschlossen.",
    }
    published = {"a": "2026-10-14T06:40", "b": "2026-10-14T11:00"}
    assert topics_of(texts, published) == []
    (budget,) = analyses_of(
        {"a": "Die Regierung will eine Lücke von 1,1 Milliarden Euro im Haushalt schließen."}
    )
    assert [v.concept for v in find_values(budget)] == [None]


def test_a_diameter_is_no_height() -> None:
    texts = {
        "a": "Unter dem Platz platzte eine Leitung mit 60 Zentimetern Durchmesser.",
        "b": "Unter dem Platz stand das Wasser nach dem Bruch der Leitung 40 Zentimeter hoch.",
    }
    assert topics_of(texts) == []


def test_the_first_clock_time_of_a_range_is_a_time() -> None:
    (analysis,) = analyses_of({"a": "Tempo 30 soll nachts von 22 bis 6 Uhr gelten."})
    assert [(v.text, v.kind, v.point) for v in find_values(analysis)] == [
        ("22", "time", 22 * 60.0),
        ("6 Uhr", "time", 6 * 60.0),
    ]


def test_a_german_and_an_english_measure_of_one_thing_are_one_slot() -> None:
    texts = {
        "a": "Der Zug war 640 Meter lang und mit Diesel beladen, teilte die Bahn mit.",
        "b": "The 580-metre train was carrying diesel and chemicals, the operator said.",
    }
    assert topics_of(texts) == ["Länge"]


def test_at_least_allows_any_larger_figure() -> None:
    texts = {
        "a": "Der Landkreis schätzt den Schaden auf mindestens fünf Millionen Euro.",
        "b": "Den Schaden beziffert der Landkreis inzwischen auf zwölf Millionen Euro.",
    }
    published = {"a": "2026-06-02T08:00", "b": "2026-06-03T08:00"}
    assert topics_of(texts, published) == []
    more_than = {
        "a": "Der Landkreis schätzt den Schaden auf mehr als fünf Millionen Euro.",
        "b": "Den Schaden beziffert der Landkreis auf zwölf Millionen Euro.",
    }
    assert topics_of(more_than) == ["Schaden"]


def test_one_person_killed_or_arrested_is_a_count_of_one() -> None:
    (crash,) = analyses_of(
        {"a": "Bei dem Zusammenstoß wurden ein Mann getötet und 21 Menschen verletzt."}
    )
    assert [(v.point, v.concept) for v in find_values(crash)] == [(1, "tote"), (21, "verletzte")]
    (witness,) = analyses_of({"a": "Ein Mann sagte, er habe nichts gesehen."})
    assert find_values(witness) == []
    texts = {
        "a": "Wegen der Drohung wurde ein 29 Jahre alter Mann in der Nacht festgenommen.",
        "b": "The police arrested two men overnight in connection with the threat.",
    }
    assert [topic.split()[0] for topic in topics_of(texts)] == ["Festnahme"]


def test_a_place_of_another_year_is_not_where_today_s_event_was() -> None:
    texts = {
        "a": "Der Schatz war 2011 von einem Landwirt auf einem Acker bei Sarstedt entdeckt worden.",
        "b": "Der Fluchtwagen der Täter wurde am Sonntagmorgen bei Garbsen entdeckt.",
    }
    assert topics_of(texts) == []


def test_where_an_organisation_sits_is_not_where_the_event_was() -> None:
    texts = {
        "a": "Ein Hubschrauber ist bei Bernkastel-Kues notgelandet. Die Bundesstelle für "
        "Flugunfalluntersuchung (BFU) in Braunschweig schickte zwei Ermittler an die "
        "Unfallstelle.",
        "b": "Der Unfall ereignete sich bei Bernkastel-Kues.",
    }
    assert topics_of(texts) == []
    # without the short name in brackets, the organisation may be where it happened
    (crash,) = analyses_of(
        {"a": "Bei dem Unfall an der Volksbank in Bad Kreuznach wurden zwei Menschen verletzt."}
    )
    assert "Bad Kreuznach" in {v.text for v in find_values(crash)}


def test_a_town_that_opens_a_list_of_hospitals_is_one_of_several() -> None:
    texts = {
        "a": "Im Kreiskrankenhaus Alsfeld wurden elf Kinder und zwei Lehrkräfte ambulant versorgt.",
        "b": "The most seriously injured were flown to hospitals in Giessen and Fulda.",
        "c": "Die Schwerverletzten wurden in Krankenhäuser in Gießen, Marburg und Fulda geflogen.",
    }
    assert topics_of(texts) == []
    # one hospital's town is still compared, whatever follows it
    texts = {
        "a": "Die Verletzte wurde in ein Krankenhaus in Alsfeld gebracht.",
        "b": "Die Verletzte kam in ein Krankenhaus in Gießen, Ärzte sprachen von leichten "
        "Verletzungen.",
    }
    assert len(topics_of(texts)) == 1


def test_where_one_thing_comes_from_is_a_place_slot() -> None:
    texts = {
        "a": "In der Nordsee ist in der Nacht ein Fischkutter aus Cuxhaven gesunken.",
        "b": "Der Kutter aus Husum hatte um 2.50 Uhr über Funk gemeldet, dass Wasser eindringe.",
        "c": "Der Kutter aus Cuxhaven war 24 Meter lang und mit fünf Seeleuten besetzt.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("Cuxhaven", ("a", "c")), ("Husum", ("b",))}]


def test_a_business_and_the_family_that_runs_it_come_from_one_place() -> None:
    texts = {
        "a": "Der Schaustellerbetrieb aus Straubing hatte das Fahrgeschäft vor der Saison "
        "prüfen lassen.",
        "b": "Das Fahrgeschäft ist 18 Meter hoch und gehört einer Schaustellerfamilie aus "
        "Landshut.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("Straubing", ("a",)), ("Landshut", ("b",))}]


def test_two_compounds_of_one_noun_come_from_one_place() -> None:
    texts = {
        "a": "Das Chlorgas stammte nach Angaben der Feuerwehr von einer Lieferfirma aus Bückeburg.",
        "b": "Den Nachschub hatte eine Chemiefirma aus Herford am Vormittag angeliefert.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("Bückeburg", ("a",)), ("Herford", ("b",))}]


def test_where_something_came_from_holds_to_where_a_noun_of_it_is_from() -> None:
    texts = {
        "a": "Die Gruppe kommt aus Nordhausen in Thüringen.",
        "b": "Die Besucher, Kinder mit ihren Eltern aus Quedlinburg, hatten die Führung beendet.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("Nordhausen", ("a",)), ("Quedlinburg", ("b",))}]


def test_where_a_named_person_came_from_is_only_that_person_s() -> None:
    texts = {
        "a": "„Eine Frechheit“, schimpft Fan Jessica Bauer, die extra aus Kassel angereist war.",
        "b": "„Erst dachten wir, das gehört zur Show“, erzählte eine Besucherin aus Offenbach.",
    }
    assert topics_of(texts) == []


def test_two_districts_named_as_such_disagree() -> None:
    texts = {
        "a": "Rund 8.000 Menschen im Stadtteil Schinkel müssen wegen einer Fliegerbombe ihre "
        "Wohnungen verlassen.",
        "b": "Im Stadtteil Fledder hat der Kampfmittelräumdienst am Mittwoch eine Fliegerbombe "
        "entschärft.",
        "c": "Die Bombe im Osnabrücker Stadtteil Schinkel ist entschärft.",
    }
    comparison, _, _ = compare_texts(texts)
    assert {("Schinkel", ("a", "c")), ("Fledder", ("b",))} in claims_of(comparison)


def test_a_district_no_name_was_found_for_is_a_place() -> None:
    texts = {
        "a": "Das Feuer war gegen 2.15 Uhr auf dem Platz im Ortsteil Flaesheim ausgebrochen.",
        "b": "Das Feuer war gegen 2.15 Uhr auf dem Platz im Halterner Ortsteil Lavesum "
        "ausgebrochen.",
    }
    comparison, _, _ = compare_texts(texts)
    assert {("Flaesheim", ("a",)), ("Lavesum", ("b",))} in claims_of(comparison)


def test_names_alike_only_in_their_later_letters_are_two_places() -> None:
    from lagebild.compare.agree import similar_names

    assert not similar_names("flaesheim", "lavesum")
    assert similar_names("charkiw", "charkow")
    assert similar_names("münchen", "munich")


def test_a_place_s_names_in_two_languages_are_one_name() -> None:
    from lagebild.compare.agree import similar_names

    assert similar_names("germany", "deutschland")
    assert not similar_names("germany", "österreich")


def test_the_street_of_a_building_named_after_its_noun_is_a_place_slot() -> None:
    texts = {
        "a": "In der Tierklinik Hauptsmoor an der Memmelsdorfer Straße ist ein Feuer ausgebrochen.",
        "b": "Die Feuerwehr hatte 38 Tiere aus der Klinik in der Kirschäckerstraße gerettet.",
    }
    comparison, _, _ = compare_texts(texts)
    assert {("Memmelsdorfer Straße", ("a",)), ("Kirschäckerstraße", ("b",))} in claims_of(
        comparison
    )


def test_a_street_named_by_the_noun_before_it_is_where_that_stands() -> None:
    texts = {
        "a": "Die Rolltreppe verbindet die Unterführung mit dem Ausgang Berliner Straße.",
        "b": "Die Unglücks-Treppe am Ausgang Fabrikstraße war schon mehrfach ausgefallen.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("Berliner Straße", ("a",)), ("Fabrikstraße", ("b",))}]


def test_where_several_or_different_people_come_from_is_no_slot() -> None:
    texts = {
        "a": "Festgenommen wurden zwei Männer aus Polen, ein Mann aus Köln wurde verletzt.",
        "b": "Ein Mann aus Rumänien wurde festgenommen, eine Frau aus Bonn wurde verletzt.",
    }
    assert [v.text for v in compare_texts(texts)[0].values if v.kind == "place"] == []


def test_the_street_a_building_stands_on_is_a_place_slot() -> None:
    texts = {
        "a": "Am Abend klagten mehrere Gäste in einem Restaurant am Niederwall über Übelkeit.",
        "b": "The restaurant on Obernstraße was evacuated after guests complained of nausea.",
        "c": "Die Feuerwehr räumte das Restaurant am Niederwall gegen 21 Uhr.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("Niederwall", ("a", "c")), ("Obernstraße", ("b",))}]


def test_streets_two_leads_put_different_things_on_are_one_place() -> None:
    texts = {
        "a": "Eine Kobra ist aus einer Wohnung in einem Mehrfamilienhaus an der Stedinger "
        "Straße verschwunden.",
        "b": "In Delmenhorst ist eine Kobra aus einer Wohnung an der Oldenburger Straße ausgebüxt.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("Stedinger Straße", ("a",)), ("Oldenburger Straße", ("b",))}]
    # past the lead, two things may stand on two streets
    later = {
        k: "Die Polizei ist da. Die Feuerwehr ist da. Ein Arzt ist da. " + t
        for k, t in texts.items()
    }
    assert claims_of(compare_texts(later)[0]) == []


def test_a_building_named_in_the_genitive_is_still_the_one_at_its_street() -> None:
    texts = {
        "a": "Gegen 2.40 Uhr schlug die Brandmeldeanlage des Seniorenheims in der "
        "Paulinenstraße Alarm.",
        "b": "Mitten in der Nacht brennt es in einem Seniorenheim in der Leopoldstraße.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("Paulinenstraße", ("a",)), ("Leopoldstraße", ("b",))}]
    # a plural is many buildings, none of them the one
    plural = {
        **texts,
        "a": "Die Brandmeldeanlagen der Seniorenheime in der Paulinenstraße schlugen Alarm.",
    }
    assert claims_of(compare_texts(plural)[0]) == []


def test_a_word_of_an_organisation_s_name_is_no_cue_of_what_a_number_counts() -> None:
    texts = {
        "a": "The floor can no longer be used, and 31 residents are being moved to other care "
        "homes, according to the operator, Diakonische Altenhilfe Lippe.",
        "b": "Nach dem Feuer sind 23 Bewohner in Heime in Lemgo umgezogen, teilte die "
        "Diakonische Altenhilfe Lippe mit.",
    }
    assert [v.concept for v in compare_texts(texts)[0].values] == [None, None]


def test_an_event_placed_on_two_streets_is_a_conflict() -> None:
    texts = {
        "a": "Das Unglück ereignete sich in der Nacht in der Herzberger Landstraße.",
        "b": "Der Unfall geschah in der Nacht in der Sedanstraße, teilte die Polizei mit.",
    }
    assert topics_of(texts) == ["Ort des Geschehens"]


def test_the_street_of_an_event_and_of_the_site_it_happened_on_are_one_slot() -> None:
    texts = {
        "a": "Der Kran kippte am Morgen auf einer Baustelle an der Augsburger Straße um.",
        "b": "Das Unglück passierte am Morgen auf einer Baustelle an der Kumpfmühler Straße.",
        "c": "Die Stadt sperrte die Baustelle an der Augsburger Straße weiträumig ab.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [
        {("Augsburger Straße", ("a", "c")), ("Kumpfmühler Straße", ("b",))}
    ]


def test_two_streets_of_one_kind_are_told_apart_by_their_names() -> None:
    texts = {
        "a": "Eine Explosion hat eine Tankstelle an der Castroper Straße schwer beschädigt.",
        "b": "Eine heftige Explosion hat die Tankstelle an der Bochumer Straße zerstört.",
    }
    assert [topic.split()[0] for topic in topics_of(texts)] == ["Standort"]


def test_streets_are_told_apart_by_what_precedes_their_kind() -> None:
    from lagebild.compare.agree import similar_names

    assert not similar_names("friedenstrasse", "gartenstraße")
    assert similar_names("friedenstrasse", "friedenstraße")
    texts = {
        "a": "Ein Bagger hat eine Gasleitung in der Friedenstraße beschädigt.",
        "b": "Die beschädigte Gasleitung in der Gartenstrasse wurde am Abend repariert.",
    }
    assert [topic.split()[0] for topic in topics_of(texts)] == ["Standort"]


def test_a_time_of_day_is_no_thing_a_street_locates() -> None:
    texts = {
        "a": "Die Polizei sperrte am Morgen in der Friedenstraße den Verkehr.",
        "b": "Am Morgen in der Gartenstraße verteilte die Stadt Flugblätter.",
    }
    assert topics_of(texts) == []


def test_a_place_that_owns_something_is_not_where_it_happened() -> None:
    texts = {
        "a": "Der Unfall geschah am Morgen an einem Bahnübergang bei Wrestedt.",
        "b": "The accident is one of many on Germany's rural rail network, the police said.",
    }
    assert topics_of(texts) == []


def test_a_part_of_a_counted_total_counts_what_the_total_counts() -> None:
    texts = {
        "a": "Sieben der 24 Kesselwagen sprangen kurz vor dem Bahnhof aus den Gleisen.",
        "b": "Nach Angaben der Bahn entgleisten elf Kesselwagen kurz vor dem Bahnhof.",
    }
    (part, total), _ = (find_values(a) for a in analyses_of(texts))
    assert (part.unit, part.role, total.role) == ("kesselwag", "", "total")
    assert topics_of(texts) == ["Kesselwagen"]


def test_a_noun_and_a_compound_of_it_count_the_same_things() -> None:
    texts = {
        "a": "Nach einer ersten Bilanz der Gemeinde sind 140 Häuser beschädigt.",
        "b": "Nach Angaben des Landkreises wurden 95 Wohnhäuser beschädigt, 14 davon schwer.",
    }
    assert topics_of(texts) == ["Häuser"]


def test_a_period_from_now_is_a_measure_even_within_one_statement() -> None:
    texts = {
        "a": "Einen Tag nach dem Großbrand im Möbelhaus in Gifhorn hat die Polizei einen 31 "
        "Jahre alten Mann festgenommen.",
        "b": "Der Brand im Möbelhaus in Gifhorn ist der dritte Großbrand in einem Möbelhaus "
        "binnen zwei Jahren.",
    }
    assert topics_of(texts) == []


def test_a_short_noun_and_a_compound_of_it_count_the_same_things() -> None:
    texts = {
        "a": "Am Bahnübergang entgleisten drei Personenwagen des Sonderzugs in der Kurve.",
        "b": "Nach Angaben der Polizei kippten zwei Wagen um.",
    }
    assert topics_of(texts) == ["Personenwagen"]


def test_a_count_over_the_course_of_an_operation_is_its_later_state() -> None:
    texts = {
        "a": "Die Feuerwehr ist mit 150 Einsatzkräften vor Ort.",
        "b": "Im Laufe des Einsatzes waren insgesamt 230 Kräfte von Feuerwehr und THW beteiligt.",
    }
    published = {"a": "2026-06-02T08:00", "b": "2026-06-02T18:00"}
    assert topics_of(texts, published) == []


def test_a_road_freed_again_closed_until_or_passable_from_a_day_is_one_reopening() -> None:
    texts = {
        "a": "Die Landesstraße soll nach Einschätzung der Behörde am 27. November wieder "
        "freigegeben werden.",
        "b": "Die Straße bleibt nach Angaben der Stadt mindestens bis zum 4. Dezember gesperrt.",
        "c": "Die Straße soll voraussichtlich ab dem 27. November wieder befahrbar sein.",
    }
    published = dict.fromkeys(texts, "2026-11-10")
    comparison, _, _ = compare_texts(texts, published)
    assert claims_of(comparison) == [{("27. November", ("a", "c")), ("4. Dezember", ("b",))}]


def test_the_day_something_runs_again_is_a_reopening_however_it_is_worded() -> None:
    reopening = {
        "Die Strecke bleibt bis einschließlich Mittwoch, 11. März, gesperrt.": "11. März",
        "Die Bahnen sollen ab dem 18. Dezember wieder über den Marktplatz rollen.": "18. Dezember",
        "Der vollständige Wiederanlauf ist für den 16. November geplant.": "16. November",
        "Das Gesundheitsamt will das Badeverbot am 30. Juli aufheben.": "30. Juli",
        "The plant will stay offline until at least November 30, the operator said.": "November 30",
        "The suspended railway was back in service on Wednesday, a day after a power failure.": (
            "Wednesday"
        ),
    }
    for text, day in reopening.items():
        (analysis,) = analyses_of({"a": text})
        assert {v.text: v.concept for v in find_values(analysis)}[day] == "wiedereroeffnung"
    # from a day on, but nothing runs again; a closure that begins on a day
    for text in (
        "Ab dem 18. Dezember gilt auf dem Marktplatz ein Fahrverbot für Lastwagen.",
        "Die Strecke ist seit dem 11. März gesperrt.",
    ):
        (analysis,) = analyses_of({"a": text})
        assert "wiedereroeffnung" not in {v.concept for v in find_values(analysis)}, text


def test_further_ones_are_no_total() -> None:
    texts = {
        "a": "Drei Kinder wurden schwer verletzt, 17 weitere Kinder erlitten leichte Verletzungen.",
        "b": "In dem Bus saßen 38 Kinder, als er am Morgen von der Straße abkam.",
        "c": "Nach der Keulung in Garrel ist die Geflügelpest in weiteren 14 Betrieben "
        "nachgewiesen worden.",
        "d": "Die Geflügelpest wurde inzwischen in 13 Betrieben nachgewiesen.",
    }
    assert topics_of(texts) == []
    # after a count of another happening, in the sentence or the one before, "weitere" are
    # others: 47 injured
    for text in (
        "14 Menschen wurden getötet, 47 weitere erlitten Verletzungen.",
        "14 Menschen wurden getötet, darunter zwei Kinder. 47 weitere erlitten Verletzungen.",
    ):
        (others,) = analyses_of({"a": text})
        found = {v.text: (v.concept, v.role) for v in find_values(others)}
        assert found["47 weitere erlitten Verletzungen"] == ("verletzte", "")


def test_the_remaining_ones_are_no_total() -> None:
    # "die übrigen drei Tiere" are what is left of a group, not the group
    texts = {
        "a": "Zur Wuppertaler Gruppe gehören vier Elefantenkühe und das zwei Jahre alte Jungtier "
        "Baraka.",
        "b": "Zunächst reisen die Leitkuh Malaika und die Kuh Kiri in die Niederlande. Die übrigen "
        "drei Tiere, darunter das Jungtier Baraka, sollen bis Ende November folgen.",
        "c": "The remaining three animals, among them the young bull Baraka, will follow by the "
        "end of November.",
    }
    assert topics_of(texts) == []


def test_a_count_given_as_now_is_the_latest_state() -> None:
    texts = {
        "a": "Nach den Schüssen im Einkaufszentrum wurden zwei Männer festgenommen.",
        "b": "Die Polizei hat einen weiteren Verdächtigen gefasst. Damit sind nun drei Männer "
        "nach den Schüssen im Einkaufszentrum festgenommen.",
    }
    published = {"a": "2027-01-15T19:10", "b": "2027-01-16T13:20"}
    assert topics_of(texts, published) == []


def test_whom_a_company_employs_are_its_staff() -> None:
    texts = {
        "a": "Das Familienunternehmen mit Sitz in Straubing beschäftigt 240 Menschen.",
        "b": "Betroffen sind auch die 310 Mitarbeiterinnen und Mitarbeiter des Unternehmens.",
        "c": "The family-owned firm employs 240 people, the court said.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [
        {("240 Menschen", ("a", "c")), ("310 Mitarbeiterinnen", ("b",))}
    ]


def test_a_measure_is_of_the_noun_after_it() -> None:
    (analysis,) = analyses_of(
        {"a": "Nach ersten Berechnungen sind 40.000 Liter Rohöl ausgetreten."}
    )
    assert [(v.text, v.head) for v in find_values(analysis)] == [("40.000 Liter", "rohöl")]


def test_vehicles_are_not_injured() -> None:
    (analysis,) = analyses_of(
        {
            "a": "The truck driver was killed and 24 people were injured when 38 vehicles "
            "crashed into each other in thick fog."
        }
    )
    assert {v.text: v.concept for v in find_values(analysis)}["38 vehicles"] is None


def test_a_short_noun_counts_the_same_things_as_itself() -> None:
    from lagebild.compare.lexicon import lexicon
    from lagebild.compare.slots import alignment

    first, second = analyses_of(
        {"a": "Das Unternehmen betreibt 85 Busse.", "b": "Am Montag standen 72 Busse still."}
    )
    (a,), (b,) = find_values(first), find_values(second)
    assert a.unit == b.unit == "bus"
    assert alignment(a, b, lexicon()) > 0


def test_a_total_over_a_span_is_the_latest_state() -> None:
    texts = {
        "a": "In der Nacht waren rund 180 Einsatzkräfte an der Halle der Genossenschaft.",
        "b": "Insgesamt waren seit dem Abend 240 Einsatzkräfte an der Halle der Genossenschaft "
        "beteiligt, teilte der Landkreis mit.",
    }
    published = {"a": "2026-05-14T06:00", "b": "2026-05-14T20:00"}
    assert topics_of(texts, published) == []
    plain = {
        "a": texts["a"],
        "b": "Insgesamt waren 240 Einsatzkräfte an der Halle der Genossenschaft beteiligt.",
    }
    assert topics_of(plain, published) == ["Einsatzkräfte"]


def test_a_total_that_sums_up_what_came_before_is_the_latest_state() -> None:
    texts = {
        "a": "Nach der Vergiftung in der Shisha-Bar kamen 17 Menschen in Krankenhäuser.",
        "b": "Am Sonntag meldeten sich weitere Gäste in Notaufnahmen. Damit kamen insgesamt "
        "23 Menschen in Krankenhäuser.",
    }
    published = {"a": "2027-02-21T06:00", "b": "2027-02-22T07:30"}
    assert topics_of(texts, published) == []
    later = "Am Abend kamen zwei weitere Gäste in Kliniken, insgesamt sind damit 23 Menschen im "
    assert topics_of({"a": texts["a"], "b": later + "Krankenhaus."}, published) == []
    # a consequence is no sum
    then = {
        "a": texts["a"],
        "b": "Die Lüftung war defekt, damit kamen insgesamt 23 Menschen in Krankenhäuser.",
    }
    assert topics_of(then, published) == ["Menschen"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Das Studierendenwerk hat bis zum Mittag für elf von ihnen Ersatzzimmer gefunden.",
            "part",
        ),
        ("In dem Bus saßen Fans. Vier von ihnen erlitten schwere Verletzungen.", ""),
        ("The bus carried fans. Six of them were seriously hurt.", ""),
        # a part of what its owner has, not a count the sentence's passengers give a noun
        ("The district is scrapping six of its bus lines for buses passengers book.", "part"),
        ("The gym said it had shut down all 22 of its auto-belays after the fall.", ""),
    ],
)
def test_a_count_of_them_is_a_part_unless_it_counts_the_seriously_injured(
    text: str, role: str
) -> None:
    (analysis,) = analyses_of({"a": text})
    counts = [v for v in find_values(analysis) if v.kind == "count"]
    assert [v.role for v in counts] == [role]


def test_a_count_with_a_noun_of_its_own_is_not_counted_by_another_group_noun() -> None:
    (analysis,) = analyses_of(
        {"a": "The flooding forced hospital staff to move 64 patients to other clinics overnight."}
    )
    assert [(v.text, v.concept) for v in find_values(analysis)] == [("64 patients", None)]


def test_a_count_is_not_what_a_day_s_cue_names() -> None:
    (analysis,) = analyses_of(
        {
            "a": "The bodies of 17 swans were found at the Aasee, a lake close to the city "
            "centre of Münster."
        }
    )
    # the lake is where they were found; the count is not the finding
    found = [(v.text, v.concept) for v in find_values(analysis)]
    assert found == [("17 swans", None), ("Aasee", "fundort")]


def test_a_length_joined_to_its_unit_has_the_unit() -> None:
    texts = {
        "a": "Die Scheune war 60 Meter lang und bis unter das Dach mit Heu gefüllt.",
        "b": "The bolt hit the roof of the 45-meter-long barn in the village.",
    }
    assert topics_of(texts) == ["Länge"]


def test_how_far_someone_fell_is_one_figure_however_it_is_worded() -> None:
    texts = {
        "a": "Etwa 20 Menschen standen auf dem Balkon und stürzten sechs Meter tief in den Hof.",
        "b": "Die jungen Leute fielen aus neun Metern Höhe in den Hof des Hauses.",
        "c": "The students fell eight metres into the courtyard, the police said.",
        "d": "Ein 30 Meter hoher Kran stürzte am Morgen auf das Nachbarhaus.",
    }
    comparison, _, _ = compare_texts(texts)
    (conflict,) = comparison.conflicts
    assert conflict.topic == "Fallhöhe"
    assert sorted(c.text for c in conflict.claims) == ["eight metres", "neun Metern", "sechs Meter"]


def test_an_english_noun_spelled_like_a_german_one_counts_its_own_things() -> None:
    texts = {
        "a": "Nach Angaben des Herstellers sind bislang zwölf Brände bekannt.",
        "b": "The maker said the batteries were fitted to bikes of 20 brands.",
    }
    assert topics_of(texts) == []


def test_nouns_of_one_class_count_the_same_things() -> None:
    texts = {
        "a": "In der Nacht brannten in der Kleingartenanlage sechs Lauben bis auf die "
        "Grundmauern nieder.",
        "b": "Die Feuerwehr konnte nicht verhindern, dass acht Gartenhäuser zerstört wurden.",
        "c": "The police said walkers had found four dead swans on the shore of the lake.",
        "d": "Spaziergänger entdeckten am Ufer des Sees sieben tote Schwäne.",
    }
    comparison, _, _ = compare_texts(texts)
    found = sorted(sorted(c.text for c in conflict.claims) for conflict in comparison.conflicts)
    assert found == [
        ["acht Gartenhäuser", "sechs Lauben"],
        ["four dead swans", "sieben tote Schwäne"],
    ]


def test_cars_and_vehicles_count_the_same_things() -> None:
    texts = {
        "a": "Unter den Trümmern des Parkdecks wurden nach Angaben der Feuerwehr 23 Autos "
        "begraben.",
        "b": "Nach Angaben der Stadt standen 32 Fahrzeuge auf dem eingestürzten Deck.",
    }
    assert topics_of(texts) == ["Autos"]


def test_people_told_to_leave_their_homes_are_evacuated() -> None:
    texts = {
        "a": "Die Polizei ließ die angrenzenden Straßen sperren und 420 Anwohner evakuieren.",
        "b": "Rund 700 Menschen mussten in der Nacht ihre Wohnungen verlassen.",
        "c": "The blast damaged dozens of houses, forcing 420 residents to leave their homes.",
    }
    assert topics_of(texts) == ["in Sicherheit gebracht"]


def test_an_age_in_brackets_after_a_name_is_that_person_s_age() -> None:
    texts = {
        "a": "Der Kranführer Jens K. (64) hatte Glück im Unglück.",
        "b": "Der 46 Jahre alte Kranführer blieb unverletzt, teilte die Polizei mit.",
    }
    assert topics_of(texts) == ["Alter"]


def test_an_age_in_brackets_after_a_noun_of_one_person_is_that_person_s_age() -> None:
    texts = {
        "a": "In einer Kletterhalle ist am Freitagabend eine Frau (43) von der Wand gestürzt.",
        "b": "In der Halle ist eine 34 Jahre alte Frau abgestürzt und schwer verletzt worden.",
    }
    assert topics_of(texts) == ["Alter"]


@pytest.mark.parametrize(
    "text",
    [
        # a man's age beside a woman's is another person's
        "In der Halle erzählt ein Kletterer (27), er habe einen Knall gehört.",
        # a plural counts: "Schwäne (14)" are fourteen swans
        "Am Ufer der Halle lagen verendete Schwäne (14).",
    ],
)
def test_a_bracketed_number_after_another_noun_is_not_her_age(text: str) -> None:
    texts = {"a": text, "b": "In der Halle ist eine 34 Jahre alte Frau abgestürzt."}
    assert topics_of(texts) == []


def test_the_ages_of_a_woman_and_a_man_named_by_first_name_are_two_people_s() -> None:
    texts = {
        "a": "„Eine Frechheit“, schimpft Fan Jessica (24), die extra angereist war.",
        "b": "Ein 29 Jahre alter Mann wurde noch in der Nacht festgenommen.",
    }
    assert topics_of(texts) == []


def test_a_distance_per_hour_is_a_speed() -> None:
    texts = {
        "a": "Der Zug war nach Angaben der Bahn mit 158 Kilometern pro Stunde unterwegs.",
        "b": "Der ICE fuhr mit etwa 120 Stundenkilometern auf die Weiche zu.",
    }
    comparison, _, _ = compare_texts(texts)
    assert [(v.text, v.unit) for v in comparison.values] == [
        ("158 Kilometern pro Stunde", "km/h"),
        ("etwa 120 Stundenkilometern", "km/h"),
    ]
    (analysis,) = analyses_of(
        {"a": "The storm brought gusts of up to 140 kilometers (87 mph) an hour to the coast."}
    )
    assert [v.unit for v in find_values(analysis)] == ["km/h"]


def test_a_count_that_has_risen_or_was_a_first_report_is_a_stage_of_its_own() -> None:
    risen = {
        "a": "Nach einem Erntefest sind 24 Menschen mit Vergiftungserscheinungen in Kliniken "
        "gebracht worden.",
        "b": "Nach dem Erntefest hat sich die Zahl der Menschen mit Vergiftungserscheinungen "
        "auf 41 erhöht.",
    }
    published = {"a": "2026-10-05T10:30", "b": "2026-10-07T12:00"}
    assert topics_of(risen, published) == []
    first = {
        "a": "Neun Menschen wurden nach ersten Angaben verletzt, zwei von ihnen schwer.",
        "b": "14 Menschen seien verletzt worden, teilte die Polizei am Sonntag mit.",
    }
    published = {"a": "2026-08-15T17:30", "b": "2026-08-16T14:20"}
    assert topics_of(first, published) == []


def test_a_first_report_another_source_later_gives_unmarked_is_no_earlier_state() -> None:
    texts = {
        "a": "Neun Wohnwagen wurden nach ersten Angaben vom Wasser mitgerissen.",
        "b": "Der Fluss riss neun Wohnwagen mit, wie die Polizei mitteilte.",
        "c": "Der Fluss riss 14 Wohnwagen mit, wie das Landratsamt mitteilte.",
    }
    published = {"a": "2027-09-05T06:30", "b": "2027-09-05T11:40", "c": "2027-09-05T19:10"}
    comparison, _, _ = compare_texts(texts, published)
    assert [c.topic for c in comparison.conflicts] == ["Wohnwagen"]
    assert claims_of(comparison) == [{("Neun Wohnwagen", ("a", "b")), ("14 Wohnwagen", ("c",))}]
    # given only before the first report, the same figure is the earlier state
    published = {"a": "2027-09-05T11:40", "b": "2027-09-05T06:30", "c": "2027-09-05T19:10"}
    assert topics_of(texts, published) == []


def test_counts_after_a_sentence_saying_a_figure_is_higher_than_thought_are_an_update() -> None:
    texts = {
        "a": "Die Polizei schätzt den Schaden nach ersten Angaben auf 1,5 Millionen Euro.",
        "b": "Den Schaden beziffert die Polizei auf 1,5 Millionen Euro.",
        "c": "Der Schaden ist höher als zunächst angenommen. Ein Gutachter bezifferte ihn am "
        "Nachmittag auf rund 3 Millionen Euro.",
    }
    published = {"a": "2026-12-11T07:10", "b": "2026-12-11T11:45", "c": "2026-12-11T19:20"}
    assert topics_of(texts, published) == []
    # the figure the sentence comes after is no update
    texts["c"] = (
        "Der Schaden ist hoch. Ein Gutachter bezifferte ihn am Nachmittag auf rund 3 Millionen "
        "Euro."
    )
    assert topics_of(texts, published) == ["Schaden"]


def test_a_count_of_the_lightly_injured_risen_is_a_later_stage_of_the_injured() -> None:
    texts = {
        "a": "Nach Angaben der Polizei wurden sieben Menschen leicht verletzt.",
        "b": "Twelve people suffered minor injuries, police said on Thursday.",
        "c": "Nach dem Rauchalarm ist die Zahl der Leichtverletzten auf zwölf gestiegen.",
        "d": "Zwölf Menschen wurden leicht verletzt, eine Frau kam ins Krankenhaus.",
    }
    published = {
        "a": "2027-11-17T21:05",
        "b": "2027-11-18T08:10",
        "c": "2027-11-18T11:40",
        "d": "2027-11-18T17:00",
    }
    assert topics_of(texts, published) == []


def test_kraefte_alone_are_the_emergency_workers() -> None:
    texts = {
        "a": "Rund 400 Einsatzkräfte von Feuerwehr und Rettungsdienst waren vor Ort.",
        "b": "Im Einsatz waren 250 Kräfte von Feuerwehren, Rettungsdienst und Polizei.",
    }
    assert topics_of(texts) == ["Einsatzkräfte"]


def test_where_a_witness_was_going_is_not_where_the_train_was() -> None:
    texts = {
        "a": "Der ICE war auf dem Weg von Hamburg nach München, als er im Tunnel hielt.",
        "b": "„Plötzlich roch es verbrannt“, erzählt Lena Hofbauer (34), die mit ihrer Tochter "
        "zu den Großeltern nach Augsburg wollte.",
    }
    assert topics_of(texts) == []
    # a place the train was bound for is compared
    texts["b"] = "Der Zug wollte nach Augsburg, als er im Tunnel hielt."
    assert topics_of(texts) == ["Ziel"]


def test_the_day_a_statement_was_made_is_no_day_of_the_event() -> None:
    texts = {
        "a": "Einige Fahrgäste hätten sich erst in der Nacht bei Ärzten gemeldet, teilte die "
        "Polizei am Donnerstag mit.",
        "c": "Der Brand war am Montag ausgebrochen, teilte die Polizei mit.",
    }
    concepts = {
        a.article.id: [(v.text, v.concept) for v in find_values(a) if v.kind == "date"]
        for a in analyses_of(texts)
    }
    assert concepts["a"] == [("Donnerstag", None)]
    assert concepts["c"] == [("Montag", "beginn")]


def test_where_the_firefighters_came_from_does_not_part_their_counts() -> None:
    texts = {
        "a": "Rund 220 Feuerwehrleute aus Quedlinburg und den umliegenden Orten kämpften gegen "
        "die Flammen.",
        "b": "Rund 160 Feuerwehrleute aus dem ganzen Landkreis Harz waren im Einsatz.",
    }
    assert topics_of(texts) == ["Feuerwehrleute"]


def test_the_shooters_of_a_hunt_are_its_hunters() -> None:
    texts = {
        "a": "Im Waldgebiet nahmen 48 Schützen an der Jagd auf Wildschweine teil.",
        "b": "The hunt involved 65 hunters and 28 dogs.",
    }
    assert topics_of(texts) == ["Schützen"]


def test_those_who_did_not_survive_are_the_dead() -> None:
    texts = {
        "a": "Das Dach des Stalls war unter dem Schnee zusammengebrochen, 23 der 120 Milchkühe "
        "überlebten nicht.",
        "b": "Twelve of the animals did not survive, the farmer said.",
    }
    found = {
        a.article.id: [(v.text, v.concept) for v in find_values(a) if v.kind == "count"]
        for a in analyses_of(texts)
    }
    assert ("23", "tote") in found["a"]
    assert found["b"] == [("Twelve", "tote")]


def test_a_village_and_the_town_a_report_says_it_lies_in_do_not_disagree() -> None:
    texts = {
        "a": "Eine Autofahrerin ist am Samstag auf der Landstraße bei Berghausen von einer "
        "Kugel verletzt worden.",
        "b": "Eine Autofahrerin ist am Samstag auf der Landstraße bei Bad Berleburg von einer "
        "Kugel verletzt worden.",
        "c": "The driver was hurt on Saturday on a country road near the village of "
        "Berghausen, part of the small town of Bad Berleburg.",
    }
    assert "Ort des Geschehens" not in topics_of(texts)
    # without the report that ties them, the two are two towns
    del texts["c"]
    assert "Ort des Geschehens" in topics_of(texts)


def test_a_village_tied_to_its_town_still_disagrees_with_another_village() -> None:
    texts = {
        "a": "Eine Autofahrerin ist am Samstag auf der Landstraße bei Berghausen von einer "
        "Kugel verletzt worden.",
        "b": "Eine Autofahrerin ist am Samstag auf der Landstraße bei Bad Laasphe von einer "
        "Kugel verletzt worden.",
        "c": "The driver was hurt on Saturday on a country road near the village of "
        "Berghausen, part of the small town of Bad Berleburg.",
    }
    assert "Ort des Geschehens" in topics_of(texts)


def test_how_thick_the_ice_was_is_one_measure_in_both_languages() -> None:
    texts = {
        "a": "Nach Angaben der Feuerwehr war die Eisdecke an der Stelle nur fünf Zentimeter dick.",
        "b": "Firefighters said the ice at the spot was only 8 centimetres (3 inches) thick.",
    }
    assert "Dicke" in topics_of(texts)


def test_a_measure_converted_in_brackets_is_no_second_measure() -> None:
    texts = {
        "a": "Ein etwa 15 Meter langer Abschnitt der Burgmauer stürzte am Samstag ein.",
        "b": "A section of the castle wall about 15 metres (49 feet) long collapsed on Saturday.",
    }
    comparison, _, _ = compare_texts(texts)
    lengths = [slot for slot in comparison.slots if slot.topic == "Länge"]
    sides = [side for slot in lengths for stage in slot.stages for side in stage]
    assert [set(side.article_ids) for side in sides] == [{"a", "b"}]
    assert comparison.conflicts == ()


def test_a_gas_bottle_weighed_in_german_and_english_is_one_measure() -> None:
    texts = {
        "a": "Der Heizofen in der Bude hing an einer 11-Kilogramm-Propangasflasche.",
        "b": "The police said the heater had been connected to a 33-kilogram propane cylinder.",
    }
    assert topics_of(texts) == ["Propangasflasche"]


def test_a_level_on_a_scale_is_compared_with_other_levels_in_both_languages() -> None:
    texts = {
        "a": "Der Lawinenwarndienst hatte für die Voralpen am Samstag die Warnstufe 3 ausgegeben.",
        "b": "Der Lawinenwarndienst hatte am Samstag die Warnstufe 4 ausgegeben.",
        "c": "The avalanche warning service had rated the danger as level three on a five-level "
        "scale.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("Warnstufe 3", ("a", "c")), ("Warnstufe 4", ("b",))}]


def test_the_size_of_a_group_is_one_count_with_its_members_named_or_not() -> None:
    texts = {
        "a": "Die Lawine erfasste am Samstag eine Gruppe von sieben Skitourengehern.",
        "b": "The group of nine was climbing the north face when a slab of snow broke loose.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("sieben Skitourengehern", ("a",)), ("nine", ("b",))}]


def test_two_figures_one_report_gives_for_two_things_do_not_disagree_elsewhere() -> None:
    texts = {
        "a": "Verdi fordert für die Beschäftigten acht Prozent mehr Lohn. Das Unternehmen "
        "bietet drei Prozent in zwei Stufen.",
        "b": "Die Gewerkschaft fordert für die Beschäftigten acht Prozent mehr Geld.",
        "c": "Das Angebot von drei Prozent sei angesichts der Preise ein Witz, sagten "
        "Beschäftigte am Flughafen.",
    }
    assert topics_of(texts) == []


def test_a_count_without_its_noun_gives_the_noun_of_its_sentence() -> None:
    texts = {
        "a": "Rund 350 Einsatzkräfte von Feuerwehr und Rettungsdienst waren im Einsatz.",
        "b": "Rund 120 Einsatzkräfte seien noch vor Ort, in der Nacht waren es rund 350 gewesen.",
    }
    assert topics_of(texts) == []


def test_a_count_of_last_summer_is_not_today_s() -> None:
    texts = {
        "a": "Zu dem Konzert am Samstag waren rund 8.000 Besucher gekommen.",
        "b": "Im vergangenen Sommer waren zu dem Konzert 9.500 Besucher gekommen.",
    }
    assert topics_of(texts) == []


def test_a_sentence_that_opens_with_a_past_year_tells_of_that_year() -> None:
    texts = {
        "a": "Eine 81 Jahre alte Frau aus Niedersachsen sei an einer Lungenentzündung "
        "gestorben, teilte das Gesundheitsamt mit.",
        "b": "2013 hatte ein Ausbruch in Warstein mehr als 150 Menschen krank gemacht; zwei "
        "starben.",
    }
    assert topics_of(texts, {"a": "2026-09-10T10:00", "b": "2026-09-10T12:00"}) == []


def test_a_count_of_two_compounds_sharing_a_noun_counts_that_noun() -> None:
    texts = {
        "a": "Die Feuerwehr war mit 35 Fahrzeugen angerückt.",
        "b": "Insgesamt waren 48 Lösch- und Sonderfahrzeuge im Einsatz, sagte die "
        "Kreisbrandmeisterin.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [
        {("35 Fahrzeugen", ("a",)), ("48 Lösch- und Sonderfahrzeuge", ("b",))}
    ]


def test_a_place_near_which_it_happened_is_the_place_of_the_event() -> None:
    texts = {
        "a": "Bei Kaub ist in der Nacht ein Tankschiff auf Grund gelaufen.",
        "b": "Das Tankschiff lief bei Lorch auf Grund, teilte die Wasserschutzpolizei mit.",
    }
    assert topics_of(texts) == ["Ort des Geschehens"]


def test_a_settlement_near_which_it_happened_is_the_place_of_the_event() -> None:
    texts = {
        "a": "Bei Grünberg ist ein Regionalzug am Samstagnachmittag in eine Buche gekracht.",
        "b": "The train struck the beech at 4.25pm near the village of Mücke.",
    }
    assert topics_of(texts) == ["Ort des Geschehens"]


def test_a_road_a_lead_tells_something_happened_on_is_the_place_of_the_event() -> None:
    texts = {
        "a": "Beim Festumzug gingen zwei Pferde durch. Mit der Kutsche galoppierten sie auf "
        "der Freckenhorster Straße in die Menge.",
        "b": "Am Sonntag waren auf der Münsterstraße zwei Pferde durchgegangen.",
    }
    assert topics_of(texts) == ["Ort des Geschehens"]
    texts["b"] = "On Sunday two horses bolted on Münsterstraße, police said."
    assert topics_of(texts) == ["Ort des Geschehens"]


def test_a_street_a_building_stands_in_is_not_the_place_of_the_event() -> None:
    texts = {
        "a": "Am Sonntag brannte es in der Freckenhorster Straße.",
        "b": "Am Sonntag waren auf der Münsterstraße zwei Pferde durchgegangen.",
    }
    assert topics_of(texts) == []


def test_a_place_that_locates_another_is_not_the_place_of_the_event() -> None:
    texts = {
        "a": "In Wremen bei Bremerhaven wurde ein Campingplatz geräumt.",
        "b": "Ein Campingplatz bei Cuxhaven wurde am Abend geräumt.",
    }
    assert topics_of(texts) == []


@pytest.mark.parametrize(
    ("area", "town"), [("Bayern", "München"), ("Nordhessen", "Kassel"), ("Südtirol", "Meran")]
)
def test_an_area_holds_the_town_named_beside_it(area: str, town: str) -> None:
    texts = {
        "a": f"Der Unfall ereignete sich in {area}.",
        "b": f"Der Unfall ereignete sich in {town}.",
    }
    assert topics_of(texts) == []


@pytest.mark.parametrize(("one", "other"), [("Bayern", "Hessen"), ("Berlin", "Potsdam")])
def test_two_areas_or_two_towns_disagree(one: str, other: str) -> None:
    texts = {
        "a": f"Der Unfall ereignete sich in {one}.",
        "b": f"Der Unfall ereignete sich in {other}.",
    }
    assert topics_of(texts) == ["Ort des Geschehens"]


def test_a_town_holds_the_street_named_beside_it() -> None:
    texts = {
        "a": "Der Unfall ereignete sich am Morgen in Trier.",
        "b": "Der Unfall ereignete sich am Morgen in der Burgstraße.",
    }
    assert topics_of(texts) == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Unter den Verletzten ist ein neunjähriges Mädchen.",
            "Unter den Verletzten ist ein elf Jahre altes Mädchen.",
        ),
        (
            "Schwer verletzt wurde eine 67-jährige Kundin.",
            "Among the injured was a woman aged 71, who was taken to hospital.",
        ),
    ],
)
def test_an_age_in_one_word_or_after_aged_is_an_age(one: str, other: str) -> None:
    assert topics_of({"a": one, "b": other}) == ["Alter"]


def test_a_count_is_no_age_for_the_years_of_the_next_sentence() -> None:
    (analysis,) = analyses_of(
        {
            "a": "Elf kamen in Krankenhäuser, darunter sieben Kinder. Ein 54 Jahre alter "
            "Techniker erlitt schwere Verletzungen."
        }
    )
    concepts = {v.text: v.concept for v in find_values(analysis)}
    assert concepts["sieben Kinder"] is None
    assert concepts["54 Jahre"] == "alter"


@pytest.mark.parametrize(
    ("group", "one"),
    [
        (
            "The pupils, aged 10 to 16, were on their way to a school trip.",
            "Ein zwölf Jahre altes Mädchen wurde schwer verletzt.",
        ),
        (
            "Die Erkrankten sind zwischen 4 und 81 Jahre alt.",
            "Die 29-Jährige lag zehn Tage im Krankenhaus.",
        ),
    ],
)
def test_the_ages_of_a_group_are_no_one_s_age(group: str, one: str) -> None:
    assert topics_of({"a": group, "b": one}) == []


def test_the_town_a_patient_was_taken_to_is_where_the_hospital_is() -> None:
    texts = {
        "a": "Der Schwerverletzte wurde mit einem Hubschrauber in eine Klinik nach Nürnberg "
        "geflogen.",
        "b": "Der Schwerverletzte wurde in die Uniklinik nach Erlangen gebracht.",
    }
    assert topics_of(texts) == ["Standort"]
    # two vehicles bound for two towns are two things
    moving = {"a": "Der Bus war auf dem Weg nach Nürnberg.", "b": "Der Zug fuhr nach Erlangen."}
    assert topics_of(moving) == []


@pytest.mark.parametrize(
    "taken",
    [
        "Der Schwerverletzte wurde mit einem Hubschrauber ins Klinikum Fulda geflogen.",
        "Der Schwerverletzte wurde in ein Krankenhaus in Fulda gebracht.",
        "The badly injured man was flown by helicopter to a hospital in Fulda.",
        "Der Schwerverletzte wurde in eine Fuldaer Klinik gebracht.",
    ],
)
def test_a_town_names_the_hospital_a_patient_was_taken_to(taken: str) -> None:
    other = "Der Schwerverletzte wurde mit einem Hubschrauber in eine Klinik nach Hanau geflogen."
    assert topics_of({"a": taken, "b": other}) == ["Standort"]
    same = "Der Schwerverletzte wurde mit einem Hubschrauber in eine Klinik nach Fulda geflogen."
    assert topics_of({"a": taken, "b": same}) == []


def test_the_town_of_an_accident_clinic_is_no_place_of_the_accident() -> None:
    texts = {
        "a": "Der Hubschrauber flog den Verletzten nach dem Unfall in die Unfallklinik Murnau.",
        "b": "The injured pilot was flown to a hospital in Garmisch-Partenkirchen.",
    }
    assert topics_of(texts) == ["Standort"]
    (analysis,) = analyses_of({"a": texts["a"]})
    assert [(v.text, v.concept) for v in find_values(analysis)] == [("Murnau", "standort")]


def test_a_town_names_the_hospital_or_pressure_chamber_a_patient_was_treated_in() -> None:
    texts = {
        "a": "Acht Gäste wurden in einer Druckkammer in Düsseldorf behandelt.",
        "b": "Die acht Patienten, die in der Druckkammer in Bochum behandelt wurden, sind wach.",
    }
    assert topics_of(texts) == ["Standort"]
    lying = {
        "a": "Er wurde anschließend ins Klinikum Bayreuth gebracht.",
        "b": "Diagnose: Sprunggelenk gebrochen! Er liegt jetzt in einer Klinik in Bamberg.",
    }
    assert topics_of(lying) == ["Standort"]
    # a hospital where the event happened is not where someone was treated
    fire = {
        "a": "Im Klinikum Hildesheim brach in der Nacht ein Feuer aus.",
        "b": "Der Schwerverletzte wurde in eine Klinik nach Braunschweig gebracht.",
    }
    assert topics_of(fire) == []


def test_a_whole_number_after_a_noun_names_and_counts_nothing() -> None:
    texts = {
        "a": "Der Rauch zog in zwei der sechs Kinosäle.",
        "b": "Saal vier, in den der meiste Rauch gezogen war, muss saniert werden.",
    }
    assert topics_of(texts) == []
    (analysis,) = analyses_of({"a": "In Halle 3 brannten zwei Lastwagen aus."})
    assert [v.text for v in find_values(analysis)] == ["zwei Lastwagen"]
    (analysis,) = analyses_of({"a": "Ein Erdbeben der Stärke 6,1 erschütterte die Region."})
    assert [v.text for v in find_values(analysis)] == ["6,1"]
    # a plural noun before a number is no name of one
    (analysis,) = analyses_of({"a": "Von den 1.200 geplanten Flügen 700 fallen aus."})
    assert "700" in [v.text for v in find_values(analysis)]


def test_a_time_before_now_is_no_span_of_time() -> None:
    texts = {
        "a": "In den vergangenen zehn Jahren haben viele kleinere Kliniken ihre Geburtshilfe "
        "aufgegeben.",
        "b": "Vor fünf Jahren hatte der Träger noch versprochen, die Geburtshilfe zu sichern.",
    }
    assert topics_of(texts) == []


def test_a_total_or_a_deadline_is_no_dead() -> None:
    (analysis,) = analyses_of(
        {"a": "The police said a total of 430 people were evacuated from an ice rink."}
    )
    concepts = {v.text: v.concept for v in find_values(analysis)}
    assert concepts["430 people"] == "evakuiert"
    (analysis,) = analyses_of({"a": "Bei dem Unfall wurden zwei Menschen getötet."})
    assert [v.concept for v in find_values(analysis)] == ["tote"]
    # nor is a deadline
    (analysis,) = analyses_of(
        {"a": "The council gave 300 residents a deadline to leave their homes by Friday."}
    )
    assert {v.text: v.concept for v in find_values(analysis)}["300 residents"] == "evakuiert"


def test_the_seriously_injured_are_a_count_of_their_own() -> None:
    injured = "Bei dem Einsturz der Brücke wurden sieben Menschen verletzt."
    serious = "Nach Angaben des Rettungsdienstes erlitten vier Menschen schwere Verletzungen."
    assert topics_of({"a": injured, "b": serious}) == []
    two = "Two people were seriously injured when the bridge collapsed."
    assert topics_of({"a": two, "b": serious}) == ["Schwerverletzte"]


def test_a_place_near_another_only_locates_it() -> None:
    court = "Das Verwaltungsgericht in Mannheim hat am Donnerstag ein Fahrverbot verhängt."
    near = "The court on Thursday ordered the city of Ludwigsburg near Stuttgart to ban cars."
    assert topics_of({"a": court, "b": near}) == []
    there = "The court in Stuttgart on Thursday ordered the city of Ludwigsburg to ban cars."
    assert topics_of({"a": court, "b": there}) == ["Gericht"]


def test_a_hospital_no_one_was_taken_to_is_one_of_several() -> None:
    texts = {
        "a": "Vor dem Haupteingang der Uniklinik Tübingen stehen Pflegerinnen mit Plakaten.",
        "b": "Die Uniklinik Freiburg verschiebt wegen des Streiks 120 Operationen.",
    }
    assert topics_of(texts) == []


def test_a_weekday_before_its_date_is_one_value_the_date() -> None:
    texts = {
        "The road would stay closed until Sunday, December 6, because the asphalt is soaked.": (
            "December 6"
        ),
        "Die Strecke bleibt bis einschließlich Mittwoch, 11. März, gesperrt.": "11. März",
        "Der Wiederanlauf ist für Montag, den 16. November, geplant.": "16. November",
    }
    for text, day in texts.items():
        (analysis,) = analyses_of({"a": text})
        found = [(v.text, v.concept) for v in find_values(analysis)]
        assert found == [(day, "wiedereroeffnung")], text
    # a weekday and another day are two values
    (analysis,) = analyses_of({"a": "Das Feuer brach am Montag aus, am 16. November war es aus."})
    assert len([v for v in find_values(analysis) if v.kind == "date"]) == 2


def test_firefighters_and_emergency_crews_at_a_fire_are_one_count() -> None:
    texts = {
        "a": "Bei dem Brand im Tonstudio waren 140 Feuerwehrleute im Einsatz.",
        "b": "Die Feuerwehr rückte mit 90 Einsatzkräften an, der Dachstuhl stand in Flammen.",
    }
    assert len(topics_of(texts)) == 1


def test_what_a_number_is_about_by_the_words_of_its_clause() -> None:
    about = {
        "Der Unterricht soll am 1. März in Ausweichräumen wieder beginnen.": (
            "1. März",
            "wiedereroeffnung",
        ),
        "Die brennende Halle ist 4.500 Quadratmeter groß.": ("4.500 Quadratmeter", "flaeche"),
        "The warehouse covers 6,000 square metres.": ("6,000 square metres", "flaeche"),
    }
    for text, (value, concept) in about.items():
        (analysis,) = analyses_of({"a": text})
        assert {v.text: v.concept for v in find_values(analysis)}[value] == concept, text


def test_what_happens_to_people_names_the_count_of_people_in_its_clause() -> None:
    said = {
        "Die Stadt hat in der Nacht 210 Anwohner aus zwei angrenzenden Straßen in Sicherheit "
        "gebracht.": {"210 Anwohner": "evakuiert", "zwei angrenzenden Straßen": None},
        "Bei dem Zusammenstoß waren ein Mann getötet und 21 Menschen verletzt worden.": {
            "ein Mann": "tote",
            "21 Menschen": "verletzte",
        },
    }
    for text, concepts in said.items():
        (analysis,) = analyses_of({"a": text})
        assert {v.text: v.concept for v in find_values(analysis)} == concepts, text


def test_people_brought_out_of_a_building_were_evacuated() -> None:
    for text in (
        "Die Feuerwehr brachte 140 Bewohner aus dem brennenden Gebäude ins Freie.",
        "Nach dem Gasalarm ordnete die Polizei die Räumung von 14 Wohnungen an.",
    ):
        (analysis,) = analyses_of({"a": text})
        assert [v.concept for v in find_values(analysis) if v.kind == "count"] == ["evakuiert"]


def test_an_age_spelled_and_joined_by_hyphens_is_an_age() -> None:
    (analysis,) = analyses_of({"a": "The four-year-old animal slipped out of its enclosure."})
    assert [(v.text, v.unit, v.concept) for v in find_values(analysis)] == [
        ("four", "jahr", "alter")
    ]


def test_scalds_and_burns_are_injuries() -> None:
    for text in (
        "Drei Menschen wurden nach Angaben der Polizei verbrüht.",
        "Zwei Passanten erlitten Verbrühungen an den Beinen.",
        "Two people waiting at a tram stop were taken to hospital with burns.",
    ):
        (analysis,) = analyses_of({"a": text})
        assert [v.concept for v in find_values(analysis)] == ["verletzte"], text


def test_phones_and_a_repeated_concert_are_compared_across_languages() -> None:
    texts = {
        "a": "Vier Männer haben aus dem Lager der Mobilfunkkette 2.100 Handys gestohlen.",
        "b": "The thieves broke into the warehouse, making off with 1,400 smartphones.",
    }
    assert len(topics_of(texts)) == 1
    texts = {
        "a": "Das abgebrochene Konzert wird am 19. Dezember nachgeholt.",
        "b": "The parish said the concert would be repeated on 12 December.",
    }
    assert topics_of(texts) == ["Ersatztermin"]


def test_an_animal_s_age_told_with_a_neuter_noun_is_of_no_man() -> None:
    texts = {
        "a": "Die vierjährige Tigerin heißt Sari und wurde zuletzt am Fluss gesehen.",
        "b": "Das sechs Jahre alte Tier sei unverletzt, sagte ein Polizeisprecher.",
    }
    assert topics_of(texts) == ["Alter"]


def test_room_for_people_is_not_a_count_of_them() -> None:
    texts = {
        "a": "Die Kirche hat 600 Sitzplätze und ist regelmäßig Spielort für Konzerte.",
        "b": "350 Besucher waren zu dem Konzert in die Kirche gekommen.",
    }
    assert topics_of(texts) == []


def test_where_police_found_something_is_where_it_was_found() -> None:
    texts = {
        "a": "Den Transporter fanden Polizisten ausgebrannt auf einem Feldweg bei Hanau.",
        "b": "Den Transporter entdeckte eine Streife ausgebrannt in einem Waldstück bei Offenbach.",
    }
    assert topics_of(texts) == ["Fundort"]


def test_travellers_aboard_are_passengers() -> None:
    texts = {
        "a": "Im Bus saßen 47 Fahrgäste sowie zwei Fahrer, die meisten Senioren aus Ulm.",
        "b": "An Bord waren 41 Urlauber, überwiegend aus Ulm und Blaubeuren.",
    }
    assert len(topics_of(texts)) == 1
    # not where nothing has them aboard
    (analysis,) = analyses_of({"a": "Rund 200 Urlauber mussten den Campingplatz verlassen."})
    assert [v.concept for v in find_values(analysis)] == ["evakuiert"]


def test_how_far_a_cordon_reaches_is_one_slot_however_worded() -> None:
    for texts in (
        {
            "a": "Die Feuerwehr richtete eine Sperrzone im Umkreis von 500 Metern ein.",
            "b": "Der Sperrkreis um die Halle reichte 300 Meter weit, hieß es.",
        },
        {
            "a": "Sie hat einen Bereich von 200 Metern rund um die Schadensstelle abgesperrt.",
            "b": "Die Feuerwehr sperrte die Umgebung im Umkreis von 150 Metern ab.",
        },
    ):
        assert topics_of(texts) == ["Umkreis"], texts


def test_a_place_near_which_something_stands_outside_the_lead_is_not_the_event_s() -> None:
    texts = {
        "a": "Wegen Keimen im Trinkwasser ist die Rastanlage an der A7 bei Göttingen gesperrt.",
        "b": "Nach der Sperrung der Rastanlage fehlen Parkplätze für Lastwagen. Die Fahrer "
        "ärgern sich. Die Polizei kontrolliert mehr. Die Autobahn GmbH verwies auf "
        "Parkplätze bei Kassel.",
    }
    assert topics_of(texts) == []


def test_a_value_inside_a_quotation_is_tied_by_no_statement() -> None:
    from dataclasses import replace

    from lagebild.compare.lexicon import lexicon
    from lagebild.compare.slots import _same_statement

    texts = {
        "a": "„Um 17.41 Uhr stand der ICE bei Stendal still“, erzählt ein Fahrgast.",
        "b": "Der ICE bei Stendal stand um 18.10 Uhr still, teilte die Bahn mit.",
    }
    comparison, _, _ = compare_texts(texts)
    quoted, told = (v for v in comparison.values if v.kind == "time")
    assert quoted.quoted
    assert not told.quoted
    same = lambda a, b: True  # noqa: E731
    for value, tied in ((quoted, False), (replace(quoted, quoted=False), True)):
        values = {(v.article_id, v.sentence): [v] for v in (value, told)}
        assert _same_statement(value, told, same, values, lexicon()) is tied


def test_smoke_poisoning_is_an_injury() -> None:
    for text in (
        "Sechs Menschen erlitten Rauchvergiftungen und kamen in Kliniken.",
        "Zwei Bewohner wurden mit Rauchgasvergiftungen behandelt.",
        "Six people were treated for smoke inhalation.",
    ):
        (analysis,) = analyses_of({"a": text})
        assert [v.concept for v in find_values(analysis)] == ["verletzte"], text


def test_a_part_told_as_seriously_hurt_is_a_count_of_the_seriously_injured() -> None:
    text = "Bei dem Brand sind acht Mitarbeiter verletzt worden, zwei von ihnen schwer."
    (analysis,) = analyses_of({"a": text})
    assert [(v.text, v.concept) for v in find_values(analysis)] == [
        ("acht Mitarbeiter", "verletzte"),
        ("zwei", "schwerverletzte"),
    ]


def test_where_a_trip_was_going_is_the_place_after_a_word_of_direction() -> None:
    texts = {
        "a": "Der Bus war von Leipzig nach Göttingen unterwegs.",
        "b": "The bus, travelling from Leipzig to Kassel, had stopped in a lay-by.",
    }
    assert topics_of(texts) == ["Ziel"]
    (analysis,) = analyses_of(
        {
            "a": "Die Reisegruppe hatte in Landeck übernachtet und wollte über den Reschenpass "
            "nach Meran weiterfahren."
        }
    )
    assert [(v.text, v.concept) for v in find_values(analysis)] == [("Meran", "ziel")]


def test_where_something_came_from_is_its_origin() -> None:
    texts = {
        "a": "Der Frachter war am Freitagabend aus Zeebrugge eingelaufen.",
        "b": "Der Frachter war in der Nacht aus Southampton gekommen.",
    }
    assert topics_of(texts) == ["Herkunft"]
    (analysis,) = analyses_of({"a": "Die Feuerwehr rückte aus Cuxhaven mit 40 Kräften an."})
    assert [v.kind for v in find_values(analysis)] == ["count"]


def test_a_measure_of_one_noun_is_of_that_thing_whatever_name_stands_near() -> None:
    texts = {
        "a": "Der 138 Meter lange Frachter „Baltic Meridian“ war gegen 2.40 Uhr in die "
        "Böschung gefahren.",
        "b": "Langsam zogen die Schlepper „Bugsier 9“ und „Holtenau“ den 152 Meter langen "
        "Frachter zurück in die Mitte des Fahrwassers.",
    }
    comparison, _, _ = compare_texts(texts)
    anchors = {v.anchor for v in comparison.values if v.unit == "meter"}
    assert None not in anchors
    assert len(anchors) == 2
    assert claims_of(comparison) == [{("138 Meter", ("a",)), ("152 Meter", ("b",))}]


def test_an_industrial_area_is_a_district_in_german_and_in_english() -> None:
    texts = {
        "a": "Der Brand im Schlachthof im Gewerbegebiet Ursulasried brach gegen 2.40 Uhr aus.",
        "b": "The fire broke out at the slaughterhouse in the Leubas industrial area.",
    }
    assert topics_of(texts) == ["Standort"]


def test_the_age_of_someone_quoted_is_a_witness_s_not_that_of_whom_the_report_is_about() -> None:
    witness = {
        "a": "Eine 52 Jahre alte Mitarbeiterin des Glühweinstands erlitt Brandverletzungen.",
        "b": "„Erst hat es an dem Glühweinstand nur gequalmt“, erzählt die 27-Jährige.",
    }
    assert topics_of(witness) == []
    told_of = {
        "a": "Die Wasserschutzpolizei ermittelt gegen den 58 Jahre alten Schiffsführer.",
        "b": "The police said the 61-year-old captain had failed a breath test.",
    }
    assert topics_of(told_of) == ["Alter"]


def test_a_girl_is_female_whatever_the_gender_of_her_noun() -> None:
    texts = {
        "a": "Nach dem Brand im Kino wurde der 19-Jährige in der Wohnung seiner Eltern "
        "festgenommen.",
        "b": "Drei Besucher kamen ins Krankenhaus, darunter ein 14-jähriges Mädchen.",
    }
    comparison, _, _ = compare_texts(texts)
    assert {(v.text, v.sex) for v in comparison.values if v.concept == "alter"} == {
        ("19-Jährige", "m"),
        ("14-jähriges Mädchen", "f"),
    }
    assert comparison.conflicts == ()


def test_an_english_age_takes_the_sex_of_its_sentence_s_pronouns() -> None:
    texts = {
        "a": "Rentnerin Gisela P. (71) hat alles verloren.",
        "b": "The fire was spotted by a camper. A 73-year-old long-term camper raised the "
        "alarm and went from door to door waking his neighbours.",
    }
    comparison, _, _ = compare_texts(texts)
    assert ("73", "m") in {(v.text, v.sex) for v in comparison.values if v.concept == "alter"}
    assert comparison.conflicts == ()


def test_electric_cars_are_no_power_cut() -> None:
    (analysis,) = analyses_of(
        {
            "a": "The fire destroyed 34 vehicles, many of them battery-electric models whose "
            "packs kept reigniting."
        }
    )
    assert [v.concept for v in find_values(analysis)] == [None]


def test_where_a_plane_came_down_is_where_the_event_happened() -> None:
    texts = {
        "a": "Das Sportflugzeug ist am Nachmittag in Siegburg abgestürzt.",
        "b": "Die Maschine schlug am Nachmittag in Troisdorf auf.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("Siegburg", ("a",)), ("Troisdorf", ("b",))}]


def test_a_street_takes_the_event_before_the_district_it_lies_in() -> None:
    texts = {
        "a": "Die Maschine war gegen 16.40 Uhr im Ahornweg im Ortsteil Hangelar aufgeschlagen.",
        "b": "Die Maschine schlug gegen 16.40 Uhr im Eschenweg im Ortsteil Hangelar auf.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("Ahornweg", ("a",)), ("Eschenweg", ("b",))}]


def test_an_age_takes_its_sex_from_its_own_noun_before_a_noun_after_it() -> None:
    texts = {
        "a": "Der 58-jährige Pilot und seine Passagierin liegen weiter in Bonner Kliniken.",
        "b": "Eine 71 Jahre alte Anwohnerin wurde von Trümmerteilen getroffen.",
        "c": "The 63-year-old pilot and his passenger suffered serious injuries.",
        "d": "A 71-year-old woman was hit by flying debris.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("58-jährige Pilot", ("a",)), ("63", ("c",))}]


def test_a_measure_describes_the_noun_after_its_adjective_before_a_nearer_one() -> None:
    (analysis,) = analyses_of(
        {"a": "Im Ortsteil Zeilhofen ist am Freitag ein 32 Meter langer Maibaum umgestürzt."}
    )
    (length,) = [v for v in find_values(analysis) if v.unit == "meter"]
    assert length.head == "maibaum"


def test_ropes_counted_in_german_and_english_are_one_slot() -> None:
    texts = {
        "a": "Gesichert war der Stamm mit vier Halteseilen, die Polizei stellte sie sicher.",
        "b": "The police seized the three guide ropes that were meant to stop the trunk from "
        "tipping over and will have them examined by experts.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("vier Halteseilen", ("a",)), ("three guide ropes", ("b",))}]


def test_a_street_does_not_keep_apart_the_counts_told_in_it() -> None:
    texts = {
        "a": "Im Ahornweg wurden durch den Absturz zwei Wohnhäuser beschädigt.",
        "b": "Im Eschenweg wurden durch den Absturz fünf Wohnhäuser beschädigt.",
    }
    comparison, _, _ = compare_texts(texts)
    assert {("zwei Wohnhäuser", ("a",)), ("fünf Wohnhäuser", ("b",))} in claims_of(comparison)


def test_the_lake_a_campsite_lies_at_is_where_it_stands() -> None:
    texts = {
        "a": "Gegen 23.40 Uhr stürzten 14 Bäume auf dem Platz am Feisnecksee um.",
        "b": "Auf einem Campingplatz am Tiefwarensee sind durch den Sturm 25 Bäume umgestürzt.",
    }
    comparison, _, _ = compare_texts(texts)
    assert {("Feisnecksee", ("a",)), ("Tiefwarensee", ("b",))} in claims_of(comparison)


def test_a_place_set_off_as_a_district_is_a_district() -> None:
    texts = {
        "a": "Der Maibaum stürzte am Freitag in Oberdorfen, einem Ortsteil von Dorfen, in "
        "die Menge.",
        "b": "Im Dorfener Ortsteil Zeilhofen ist am Freitag ein Maibaum in die Menge gekracht.",
    }
    comparison, _, _ = compare_texts(texts)
    assert {("Oberdorfen", ("a",)), ("Zeilhofen", ("b",))} in claims_of(comparison)


def test_a_district_and_the_town_it_is_set_off_as_part_of_do_not_disagree() -> None:
    texts = {
        "a": "Ein Lastwagen mit Salzsäure ist bei Crailsheim umgekippt.",
        "b": "The truck overturned near Onolzheim, a district of the town of Crailsheim, "
        "police said.",
    }
    assert topics_of(texts) == []


def test_the_article_and_the_ending_of_alt_give_an_age_its_sex() -> None:
    from lagebild.compare.wording import age_sex

    for text, sex in (
        ("Ein 45 Jahre alter Nachbar half.", "m"),
        ("Eine 71 Jahre alte Anwohnerin wurde getroffen.", "f"),
        ("Der 58 Jahre alte Pilot wurde befreit.", "m"),
    ):
        assert age_sex(text, text.index("Jahre") - 3, text.index("Jahre") + 5) == sex
    texts = {
        "a": "Der Pilot und seine 34-jährige Passagierin wurden schwer verletzt.",
        "b": "Ein 45 Jahre alter Nachbar ließ sich in der Nacht im Krankenhaus behandeln.",
    }
    assert topics_of(texts) == []


def test_the_floors_a_fire_broke_out_on_disagree() -> None:
    texts = {
        "a": "Das Feuer war auf dem dritten Parkdeck ausgebrochen.",
        "b": "Auf dem vierten Parkdeck, wo das Feuer ausgebrochen war, platzte Beton ab.",
        "c": "The blaze broke out at about 1:40 am on the 3rd floor of the car park.",
        "d": "Das Feuer brach gegen 1.40 Uhr im 3. Parkdeck aus.",
    }
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [
        {("dritten Parkdeck", ("a", "c", "d")), ("vierten Parkdeck", ("b",))}
    ]


def test_a_floor_is_no_count_of_floors_nor_a_part_of_one() -> None:
    (analysis,) = analyses_of(
        {"a": "The blaze broke out on the ninth floor of the 16-storey building."}
    )
    assert [(v.point, v.concept, v.role) for v in find_values(analysis)] == [
        (9.0, "stockwerk", ""),
        (16.0, None, ""),
    ]
    texts = {
        "a": "Die Feuerwehr öffnete die Schachttür im fünften Deck und sicherte die Kabine.",
        "b": "Nach einigen Metern stoppte die Kabine zwischen zwei Decks.",
        "c": "Der Aufzug blieb zwischen dem vierten und fünften Deck stecken.",
    }
    assert topics_of(texts) == []


def test_a_sum_something_was_built_or_mended_for_is_what_it_cost() -> None:
    texts = {
        "a": "Die Anlage war 2014 für 520.000 Euro gebaut worden und gilt als Attraktion.",
        "b": "Die Röhrenrutsche startet von einem Turm und war 2014 für 380.000 Euro "
        "errichtet worden.",
    }
    assert topics_of(texts) == ["Kosten"]
    (analysis,) = analyses_of({"a": "Die Brücke war 2019 für 1,2 Millionen Euro saniert worden."})
    assert [v.concept for v in find_values(analysis)] == ["kosten"]
    # with the participle ending the sentence, and a scale after an article
    (analysis,) = analyses_of(
        {"a": "Im Jahr davor hatte er die Säle für mehr als eine Million Euro modernisiert."}
    )
    assert [v.concept for v in find_values(analysis)] == ["kosten"]


def test_more_than_one_million_agrees_with_a_larger_figure_below_the_next_step() -> None:
    texts = {
        "a": "Nach der Explosion rechnet die Polizei mit einem Schaden von mehr als einer "
        "Million Euro.",
        "b": "Den Schaden nach der Explosion beziffert die Polizei auf 1,2 Millionen Euro.",
    }
    assert topics_of(texts) == []


def test_a_day_of_the_year_written_without_its_year_agrees_with_that_day_of_any_year() -> None:
    published = {"a": "2027-07-22T06:50", "b": "2027-07-22T08:30"}
    texts = {
        "a": "Der Rat beschloss das Verbot. Es gilt vom 31. Dezember um 18 Uhr bis zum 1. "
        "Januar um 6 Uhr.",
        "b": "The town council voted 23 to 11 on Wednesday evening for the ban, which runs from "
        "6 p.m. on Dec. 31 to 6 a.m. on Jan. 1.",
    }
    (a, b) = analyses_of(texts, published)
    years = {d.iso[:4] for x in (a, b) for d in x.dates if d.text in ("31. Dezember", "Dec. 31")}
    assert len(years) == 2  # the two years are guessed differently
    assert topics_of(texts, published) == []
    # two years written out are two days
    written = {
        "a": "Die neue Gebühr gilt ab dem 1. Januar 2028 für alle Anwohner.",
        "b": "Die neue Gebühr gilt ab dem 1. Januar 2029 für alle Anwohner.",
    }
    assert topics_of(written, published) != []


def test_a_cue_after_darunter_names_a_part_of_the_group_not_the_count() -> None:
    (analysis,) = analyses_of(
        {
            "a": "Zu der Kundgebung waren rund 1.200 Menschen gekommen, darunter Beschäftigte "
            "anderer Betriebe aus der Region."
        }
    )
    assert [(v.text, v.concept) for v in find_values(analysis)] == [("rund 1.200 Menschen", None)]
    # a count after it is counted by its own noun
    (analysis,) = analyses_of({"a": "Rund 1.200 Menschen kamen, darunter 40 Beschäftigte."})
    assert [v.concept for v in find_values(analysis)] == [None, "beschaeftigte"]


def test_a_depth_is_measured_never_counted() -> None:
    (analysis,) = analyses_of(
        {"a": "Sechs Schülerinnen und Schüler, die darauf standen, stürzten in die Tiefe."}
    )
    assert [(v.text, v.concept) for v in find_values(analysis)] == [("Sechs Schülerinnen", None)]
    (analysis,) = analyses_of({"a": "Der Schacht reicht bis in eine Tiefe von 40 Metern."})
    assert [v.concept for v in find_values(analysis)] == ["tiefe"]


def test_a_count_of_things_that_start_an_event_is_no_start() -> None:
    (analysis,) = analyses_of({"a": "Bis zum Abend gingen bei der Leitstelle 45 Notrufe ein."})
    assert [(v.text, v.concept) for v in find_values(analysis)] == [("45 Notrufe", None)]
    (analysis,) = analyses_of({"a": "Um 4.05 Uhr wählte ein Nachbar den Notruf."})
    assert [(v.text, v.concept) for v in find_values(analysis)] == [("4.05 Uhr", "beginn")]


def test_a_place_told_by_first_information_is_where_it_was_not_an_earlier_state() -> None:
    (analysis,) = analyses_of(
        {
            "a": "Die Flammen brachen nach ersten Informationen an einer Trafostation im "
            "Solarpark bei Jütrichau aus."
        }
    )
    assert [(v.text, v.role) for v in find_values(analysis)] == [("Jütrichau", "")]


def test_a_road_cleared_again_is_reopened() -> None:
    texts = {
        "a": "Nach dem Brand wurde die Autobahn um 14 Uhr in beiden Richtungen freigegeben.",
        "b": "After the fire the motorway was reopened in both directions at 3:30 pm.",
    }
    assert topics_of(texts) == ["Wiedereröffnung"]


def test_a_place_before_a_height_is_no_measure() -> None:
    (analysis,) = analyses_of(
        {
            "a": "Die Frau war in der Kletterhalle im Stadtteil Waldau aus zwölf Metern Höhe "
            "abgestürzt."
        }
    )
    found = [(v.text, v.concept) for v in find_values(analysis)]
    assert found == [("Waldau", "ereignisort"), ("zwölf Metern", "fallhoehe")]


def test_a_kilometre_mark_is_a_value_of_its_own() -> None:
    # "Kilometer 12" marks a point of the course: it meets another source's mark, not the
    # length of anything
    texts = {
        "a": "Um 11.15 Uhr entschied die Rennleitung, alle Läufer aus dem Rennen zu nehmen, die "
        "Kilometer 12 noch nicht erreicht hatten.",
        "b": "Die Rennleitung brach das Rennen um 11.15 Uhr ab. Wer Kilometer 15 bis dahin noch "
        "nicht erreicht hatte, wurde aus dem Rennen genommen.",
    }
    comparison, _, _ = compare_texts(texts)
    (conflict,) = comparison.conflicts
    assert conflict.topic == "Kilometer"
    assert [c.text for c in conflict.claims] == ["Kilometer 12", "Kilometer 15"]
    (analysis,) = analyses_of({"a": "Nach zwölf Kilometern gab der Läufer auf."})
    assert [v.unit for v in find_values(analysis)] == ["kilometer"]
    # other labels still count nothing
    (hall,) = analyses_of({"a": "Das Feuer brach in Halle 3 aus."})
    assert find_values(hall) == []


def test_where_a_thing_was_recovered_is_where_it_was_found() -> None:
    texts = {
        "a": "Einer der Wohnwagen wurde am Morgen flussabwärts bei Pretzfeld an einem Wehr "
        "gefunden.",
        "b": "Ein Wohnwagen wurde erst bei Kirchehrenbach aus dem Fluss geborgen.",
    }
    assert topics_of(texts) == ["Fundort"]
    # a caravan is a caravan in either language
    (a, b) = analyses_of({"a": "Neun Wohnwagen wurden mitgerissen.", "b": "The 14 caravans."})
    assert {v.unit for v in find_values(a)} == {v.unit for v in find_values(b)}
