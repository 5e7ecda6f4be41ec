"""How far an approximate clock time reaches: as far as its roundness says."""

from __future__ import annotations

from comparing import analyses_of, claims_of, compare_texts, topics_of
from lagebild.compare import find_values


def _reach(text: str) -> tuple[float, float]:
    (analysis,) = analyses_of({"a": text})
    (value,) = find_values(analysis)
    return value.point - value.low, value.high - value.point


def test_an_approximate_time_to_the_minute_reaches_less_far_than_a_full_hour() -> None:
    assert _reach("Der Unfall geschah gegen 15 Uhr auf der Kreuzung.") == (20, 20)
    assert _reach("Der Unfall geschah gegen 15.30 Uhr auf der Kreuzung.") == (10, 10)
    assert _reach("Der Unfall geschah gegen 15.40 Uhr auf der Kreuzung.") == (10, 10)
    assert _reach("Der Unfall geschah gegen 15.25 Uhr auf der Kreuzung.") == (5, 5)
    assert _reach("Der Unfall geschah um 15.40 Uhr auf der Kreuzung.") == (0, 0)


def test_shortly_before_reaches_back_also_from_midnight() -> None:
    assert _reach("Der Brand brach kurz vor 23 Uhr in der Halle aus.") == (30, 0)
    assert _reach("The blaze started shortly before midnight in a warehouse.") == (30, 0)
    texts = {
        "a": "Das Feuer entstand nach Angaben der Polizei gegen 23.30 Uhr in einer Lagerhalle.",
        "b": "The blaze started shortly before midnight in a warehouse, police said.",
    }
    assert topics_of(texts) == []


def test_clock_times_hours_apart_are_two_moments() -> None:
    apart = {
        "a": "Der Warnstreik des Bodenpersonals begann am Freitag um 3.00 Uhr.",
        "b": "Am Freitag begann der Warnstreik für die Passagiere um 6.10 Uhr mit langen "
        "Schlangen.",
    }
    assert topics_of(apart) == []
    near = {
        "a": "Der Warnstreik des Bodenpersonals begann am Freitag um 3.00 Uhr.",
        "b": "Am Freitag begann der Warnstreik des Bodenpersonals um 4.30 Uhr.",
    }
    assert topics_of(near) == ["Beginn"]


def test_clock_times_no_word_explains_hours_apart_are_two_moments() -> None:
    # past the lead, whose first clock time is the event's
    lead = "Ein Jaguar ist aus dem Zoo ausgebrochen. Der Zoo blieb geschlossen. Die Polizei "
    lead += "sperrte den Park. "
    apart = {
        "a": lead + "Durch die Lücke sei die Raubkatze kurz nach 18 Uhr entkommen.",
        "b": lead + "Ein Tierarzt des Zoos betäubte die Raubkatze gegen 22 Uhr mit einem "
        "Betäubungspfeil.",
    }
    assert topics_of(apart) == []


def test_the_times_an_event_began_are_not_kept_apart_by_the_places_near_them() -> None:
    texts = {
        "a": "Auf dem Plauer See ist am Samstag gegen 15.20 Uhr vor Quetzin ein Ausflugsboot "
        "gekentert.",
        "b": "Das Unglück ereignete sich am Samstag gegen 15.50 Uhr am Ostufer bei Zislow.",
    }
    assert topics_of(texts) == ["Beginn"]


def test_a_lead_day_told_in_the_pluperfect_after_the_news_is_the_event_day() -> None:
    published = {"a": "2026-11-18T08:00", "b": "2026-11-18T09:00"}
    texts = {
        "a": "An der Stadtkirche ist am Dienstagnachmittag ein Baugerüst eingestürzt. Drei "
        "Arbeiter wurden verletzt.",
        "b": "Nach dem Einsturz eines Baugerüsts an der Stadtkirche ermittelt die "
        "Staatsanwaltschaft. Das Gerüst war am Montagnachmittag vom Turm abgebrochen.",
    }
    assert len(topics_of(texts, published)) == 1
    # a day the second sentence tells in another tense sets no event's day
    texts["b"] = (
        "Nach dem Einsturz eines Baugerüsts an der Stadtkirche ermittelt die "
        "Staatsanwaltschaft. Die Polizei sperrte am Montagnachmittag den Platz vor dem Turm."
    )
    assert topics_of(texts, published) == []


def test_when_a_gust_struck_is_when_the_event_began() -> None:
    texts = {
        "a": "Eine Sturmböe hat am Samstagabend gegen 21.35 Uhr das Dach der Bühne erfasst und "
        "zum Einsturz gebracht.",
        "b": "Nach dem Einsturz sprach die Feuerwehr von Glück. Die Helfer waren schnell da. "
        "Viele Fans blieben noch lange. Die Band sagte die Tour ab. Nach Angaben der Feuerwehr "
        "traf die Böe die Konstruktion um 21.50 Uhr.",
    }
    assert len(topics_of(texts)) == 1


def test_when_the_alarms_went_off_is_when_the_event_began() -> None:
    texts = {
        "a": "In einem Patientenzimmer der Klinik war gegen 2.35 Uhr ein Feuer ausgebrochen.",
        "b": "Flammen mitten in der Nacht! Die Patienten schliefen. Die Flure waren leer. "
        "Niemand war wach. Um 3.10 Uhr heulten die Rauchmelder.",
    }
    assert topics_of(texts) == ["Beginn"]


def test_when_a_road_was_cleared_again_is_no_time_it_was_closed() -> None:
    texts = {
        "a": "Schneechaos in Nordhessen: Auf der A7 stecken Hunderte Lastwagen fest. Die A7 ist "
        "zwischen Kassel-Nord und Hann. Münden-Lutterberg in Richtung Hannover seit etwa "
        "1.30 Uhr gesperrt.",
        "b": "Nach dem Schneechaos in Nordhessen ist die A7 wieder offen. Die Polizei gab die "
        "Autobahn zwischen Kassel-Nord und Hann. Münden-Lutterberg in Richtung Hannover am "
        "Mittwochmorgen um 4.15 Uhr wieder frei.",
    }
    assert topics_of(texts, {"a": "2027-02-02T07:00", "b": "2027-02-03T08:00"}) == []


def test_a_weekday_from_which_something_holds_is_no_day_of_the_event() -> None:
    text = "Nach der Geflügelpest gilt im Landkreis von Samstag an eine Stallpflicht."
    (analysis,) = analyses_of({"a": text})
    assert [v.text for v in find_values(analysis) if v.kind == "date"] == []


def test_a_weekday_of_what_happens_whenever_is_no_day_of_the_event() -> None:
    text = "Wenn Marita Böckmann am Sonntagmorgen frische Brötchen will, geht sie in den Laden."
    (analysis,) = analyses_of({"a": text})
    assert [v.text for v in find_values(analysis) if v.kind == "date"] == []


def test_a_time_told_by_first_reports_is_no_earlier_state_of_the_moment() -> None:
    texts = {
        "a": "Die Maschine war gegen 16.40 Uhr im Ortsteil Hangelar aufgeschlagen.",
        "b": "Nach ersten Informationen unseres Reporters schlug die Maschine gegen 17.15 Uhr "
        "im Ortsteil Hangelar auf.",
    }
    (analysis,) = analyses_of({"b": texts["b"]})
    (time,) = [v for v in find_values(analysis) if v.kind == "time"]
    assert time.role != "before"
    comparison, _, _ = compare_texts(texts)
    assert claims_of(comparison) == [{("16.40 Uhr", ("a",)), ("17.15 Uhr", ("b",))}]


def test_the_time_of_an_emergency_call_is_when_the_alarm_began() -> None:
    texts = {
        "a": "In Bunnen brannte ein Stall. Die Tiere schliefen. Der Bauer wachte auf. Um 4.05 "
        "Uhr wählt Tapken den Notruf.",
        "b": "Die Leitstelle wurde gegen 3.10 Uhr alarmiert, als die Flammen aus dem Dach "
        "schlugen.",
    }
    assert topics_of(texts) == ["Beginn"]


def test_the_time_of_an_emergency_landing_is_the_time_of_the_event() -> None:
    # an emergency landing is the event itself, not an arrival: the time it is told by
    # "notlanden" meets the time another source tells by "aufsetzen"
    texts = {
        "a": "Ein Rundflug-Hubschrauber ist am Samstagnachmittag in einem Weinberg bei "
        "Bernkastel-Kues notgelandet. Nach Angaben der Polizei setzte die Maschine gegen "
        "15.40 Uhr zwischen den Rebzeilen auf.",
        "b": "Am Samstag um 16.10 Uhr musste ein Rundflug-Hubschrauber in einem Weinberg bei "
        "Bernkastel-Kues notlanden.",
    }
    assert len(topics_of(texts)) == 1


def test_the_hours_of_a_span_in_a_lead_are_no_time_of_an_event() -> None:
    texts = {
        "a": "Der Stadtrat beschloss am Mittwochabend, vom 1. Februar an zwischen 23 Uhr und 5 "
        "Uhr jede zweite Straßenlaterne abzuschalten.",
        "b": "Es ist 23.20 Uhr, als die Straßenbahn an einer Haltestelle in Halle-Neustadt hält.",
    }
    assert topics_of(texts) == []
