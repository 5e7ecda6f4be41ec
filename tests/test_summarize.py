"""The extractive summary: verbatim sentences, each citing every article that says it."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from lagebild.analyze import analyze
from lagebild.config import Config
from lagebild.records import Analysis, Article, Sentence, Story
from lagebild.summarize import build_briefing
from lagebild.summarize.selection import Candidate, usable

A = (
    "Die Stadt Trier hat wegen des Hochwassers der Mosel den Katastrophenfall ausgerufen. "
    "Rund 400 Anwohner der Altstadt wurden in der Nacht in Sicherheit gebracht. "
    "Er sagte, das sei nötig gewesen. "
    "Die Feuerwehr war mit mehr als 200 Kräften im Einsatz."
)
B = (
    "Wegen des Moselhochwassers hat Trier den Katastrophenfall ausgerufen. "
    "In der Nacht wurden rund 400 Anwohner der Altstadt in Sicherheit gebracht. "
    "Der Pegel erreichte am Morgen 9,80 Meter."
)
C = (
    "Die Mosel hat in Trier einen Pegel von 9,80 Metern erreicht, so hoch wie seit 1993 nicht. "
    "Die Stadt rief wegen des Hochwassers den Katastrophenfall aus. "
    "Schulen in der Innenstadt bleiben am Montag geschlossen."
)


def _analyses() -> dict[str, Analysis]:
    texts = {"a": A, "b": B, "c": C}
    return {
        i: analyze(
            Article(i, f"{i}.txt", t, f"Titel {i}", f"Zeitung {i}", None, "2026-01-10", "de")
        )
        for i, t in texts.items()
    }


def _sentence(text: str) -> Sentence:
    """A sentence on its own, without tokens: enough for the checks of its wording."""
    return Sentence(0, 0, len(text), text, ())


def _space(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_summary_sentences_are_verbatim_and_cite_their_support() -> None:
    analyses = _analyses()
    story = Story("s-a", ("a", "b", "c"))
    briefing = build_briefing(story, analyses, {}, Config.load().summary)
    assert briefing.independent_sources == 3
    assert briefing.summary
    for sentence in briefing.summary:
        assert _space(sentence.text) in _space(analyses[sentence.citations[0]].article.text)
    # the evacuation is told by a and b: whichever is chosen cites both
    evacuation = [s for s in briefing.summary if "400 Anwohner" in s.text]
    assert len(evacuation) == 1
    assert set(evacuation[0].citations) == {"a", "b"}
    # a sentence leaning on the one before ("Er sagte …") is never used
    assert not any(s.text.startswith("Er ") for s in briefing.summary)


def test_summary_respects_the_word_budget() -> None:
    config = Config.load().with_summary_words(20).summary
    briefing = build_briefing(Story("s-a", ("a", "b", "c")), _analyses(), {}, config)
    words = [len(s.text.split()) for s in briefing.summary]
    assert sum(words) <= 20 or len(words) == 1


def test_copies_are_listed_but_not_cited_or_counted() -> None:
    analyses = _analyses()
    analyses["d"] = analyze(
        Article("d", "d.txt", A, "Kopie", "Kopie-Zeitung", None, "2026-01-10", "de")
    )
    story = Story("s-a", ("a", "b", "c", "d"))
    briefing = build_briefing(story, analyses, {"d": "a"}, Config.load().summary)
    assert briefing.article_ids == ("a", "b", "c", "d")
    assert briefing.independent_sources == 3
    assert all("d" not in s.citations for s in briefing.summary)


def test_usable_rejects_fragments() -> None:
    config = Config.load().summary

    assert usable(
        _sentence("Die Stadt rief wegen des Hochwassers den Katastrophenfall aus."), config
    )
    assert not usable(
        _sentence("Dies sei ein schwerer Schlag für die ganze Region gewesen."), config
    )
    assert not usable(
        _sentence("Die Ministerin plant für Kliniken, die es nicht mehr gibt.“"), config
    )
    assert not usable(_sentence("Zu kurz."), config)
    assert not usable(_sentence("Eine Überschrift ohne jeden Punkt am Ende hier"), config)


def test_reading_order_puts_the_event_first_and_reactions_last() -> None:
    from lagebild.summarize.order import is_reaction

    assert is_reaction("Die Opposition kritisierte den Entwurf scharf.")
    assert is_reaction("„Das ist ein schwarzer Tag“, sagte der Bürgermeister.")
    assert not is_reaction("Die Stadt rief wegen des Hochwassers den Katastrophenfall aus.")
    texts = {
        "a": "Der Oberbürgermeister kritisierte die Landesregierung für die späte Warnung. "
        "Die Stadt Trier hat wegen des Hochwassers der Mosel den Katastrophenfall ausgerufen. "
        "Rund 400 Anwohner der Altstadt wurden in der Nacht in Sicherheit gebracht.",
        "b": "Wegen des Moselhochwassers hat Trier den Katastrophenfall ausgerufen. "
        "In der Nacht wurden rund 400 Anwohner der Altstadt in Sicherheit gebracht. "
        "Der Landrat kritisierte die Landesregierung für die späte Warnung vor der Flut.",
    }
    analyses = {
        i: analyze(Article(i, f"{i}.txt", t, None, f"Zeitung {i}", None, "2026-01-10", "de"))
        for i, t in texts.items()
    }
    briefing = build_briefing(Story("s", ("a", "b")), analyses, {}, Config.load().summary)
    flags = [is_reaction(s.text) for s in briefing.summary]
    assert flags == sorted(flags)  # no fact after a reaction
    assert "Katastrophenfall" in briefing.summary[0].text


def test_a_source_giving_a_different_number_is_not_cited_for_it() -> None:
    texts = {
        "a": "Bei dem Zugunglück bei Fulda wurden 23 Menschen verletzt. Die Strecke ist gesperrt.",
        "b": "Bei dem Zugunglück bei Fulda wurden 31 Menschen verletzt. Die Bahn ermittelt.",
        "c": "Bei dem Zugunglück bei Fulda wurden 23 Menschen verletzt, vier davon schwer.",
    }
    analyses = {
        i: analyze(Article(i, f"{i}.txt", t, None, f"Zeitung {i}", None, "2026-01-22", "de"))
        for i, t in texts.items()
    }
    briefing = build_briefing(Story("s", ("a", "b", "c")), analyses, {}, Config.load().summary)
    (conflict,) = briefing.conflicts
    assert {(c.text, c.citations) for c in conflict.claims} == {
        ("23 Menschen", ("a", "c")),
        ("31 Menschen", ("b",)),
    }
    for cited in (*briefing.summary, *briefing.key_facts):
        if "23 Menschen" in cited.text:
            assert "b" not in cited.citations
        if "31 Menschen" in cited.text:
            assert set(cited.citations) == {"b"}


def test_a_poor_title_gives_way_to_the_most_central_sentence_shortened() -> None:
    from lagebild.summarize.headline import poor_title, shorten

    assert poor_title("Was bedeutet der Streik für Reisende?")
    assert poor_title("Liveblog: Hochwasser an der Mosel")
    assert poor_title("Hochwasser in Trier: Das müssen Sie wissen")
    assert not poor_title("Trier ruft wegen Moselhochwasser den Katastrophenfall aus")
    assert shorten(
        "Die Stadt Trier hat wegen des Hochwassers der Mosel den Katastrophenfall ausgerufen, "
        "Schulen bleiben geschlossen."
    ) == ("Die Stadt Trier hat wegen des Hochwassers der Mosel den Katastrophenfall ausgerufen")
    analyses = _analyses()
    analyses = {
        key: replace(a, article=replace(a.article, title="Hochwasser: Was Sie wissen müssen?"))
        for key, a in analyses.items()
    }
    briefing = build_briefing(Story("s-a", ("a", "b", "c")), analyses, {}, Config.load().summary)
    assert "?" not in briefing.headline
    assert any(briefing.headline.rstrip(" …") in a.article.text for a in analyses.values())


def test_key_facts_keep_two_sources_after_disputed_ones_are_left_out() -> None:
    texts = {
        "a": "Der Bund will für den Umbau der Kliniken jährlich vier Milliarden Euro geben.",
        "b": "Der Bund will für den Umbau der Kliniken jährlich 3,5 Milliarden Euro geben.",
    }
    analyses = {
        i: analyze(Article(i, f"{i}.txt", t, None, f"Zeitung {i}", None, "2026-03-04", "de"))
        for i, t in texts.items()
    }
    briefing = build_briefing(Story("s", ("a", "b")), analyses, {}, Config.load().summary)
    assert all(len(fact.citations) >= 2 for fact in briefing.key_facts)
    assert briefing.conflicts


def test_a_development_is_placed_on_the_timeline_on_the_day_it_held() -> None:
    texts = {
        "a": (
            "Nach dem Angriff auf das Kraftwerk waren rund 200.000 Menschen am Mittwochmorgen "
            "ohne Strom.",
            "2026-03-04T09:00",
        ),
        "b": (
            "Nach dem Angriff waren am Donnerstag noch rund 90.000 Menschen ohne Strom, am "
            "Mittwoch waren es etwa 200.000 gewesen.",
            "2026-03-05T12:00",
        ),
    }
    analyses = {
        i: analyze(Article(i, f"{i}.txt", t, None, f"Zeitung {i}", None, day, "de"))
        for i, (t, day) in texts.items()
    }
    briefing = build_briefing(Story("s", ("a", "b")), analyses, {}, Config.load().summary)
    assert briefing.conflicts == ()
    assert len(briefing.developments) == 1
    days = {(entry.date, entry.citations) for entry in briefing.timeline}
    # b also tells of Wednesday ("am Mittwoch waren es etwa 200.000"), so it supports that day
    assert ("2026-03-04", ("a", "b")) in days
    assert ("2026-03-05", ("b",)) in days


def test_a_scene_of_whoever_or_wherever_is_no_event_on_the_timeline() -> None:
    texts = {
        "a": "Verdi hat die Beschäftigten am Mittwoch zu einem Warnstreik aufgerufen. Wer am "
        "Mittwochmorgen am Flughafen ankommt, findet leere Hallen vor.",
        "b": "Am Mittwoch fallen wegen des Warnstreiks rund 420 Flüge aus. Wo am Dienstagabend "
        "noch Schlangen standen, ist es nun still.",
    }
    analyses = {
        i: analyze(Article(i, f"{i}.txt", t, None, f"Zeitung {i}", None, "2026-03-11", "de"))
        for i, t in texts.items()
    }
    briefing = build_briefing(Story("s", ("a", "b")), analyses, {}, Config.load().summary)
    events = [entry.text for entry in briefing.timeline]
    assert events
    assert not any(e.startswith(("Wer", "Wo")) for e in events)


def test_a_sentence_that_leans_on_the_one_before_is_no_timeline_entry() -> None:
    texts = {
        "a": "Die Gesundheitsminister der Länder haben am Freitag in Dresden einen Beschluss "
        "gefasst. Dieses Bild hat die Ministerin am Freitag vor Augen geführt.",
        "b": "Die Konferenz der Gesundheitsminister begann am Donnerstag in Dresden.",
    }
    analyses = {
        i: analyze(Article(i, f"{i}.txt", t, None, f"Zeitung {i}", None, "2026-03-06", "de"))
        for i, t in texts.items()
    }
    briefing = build_briefing(Story("s", ("a", "b")), analyses, {}, Config.load().summary)
    events = [entry.text for entry in briefing.timeline]
    assert len(events) == 2
    assert not any(e.startswith("Dieses") for e in events)


def test_a_sentence_leaning_on_the_one_before_is_not_usable() -> None:
    config = Config.load().summary

    assert not usable(
        _sentence("Die Kassen warnen allerdings davor, den Fonds aus Beiträgen zu bezahlen."),
        config,
    )
    assert usable(
        _sentence("31 Drohnen seien abgefangen worden, die Raketen wurden jedoch nicht gestoppt."),
        config,
    )
    # "dann": the time of what was told just before
    assert not usable(_sentence("Die Genehmigung gilt dann 21 Tage lang."), config)


def test_a_writer_s_own_question_or_exclamation_is_not_usable() -> None:
    config = Config.load().summary

    assert not usable(
        _sentence("Schock für Pendler: Die A61-Brücke bei Winningen ist gesperrt!"), config
    )
    assert not usable(_sentence("Wie lange bleibt die Brücke bei Winningen noch gesperrt?"), config)
    assert usable(_sentence("Die A61-Brücke bei Winningen ist seit Montag gesperrt."), config)
    # a quotation ends with its speaker's own mark
    assert usable(
        _sentence(
            "„Die Brücke bleibt für Lastwagen für immer gesperrt!“, sagte der Bürgermeister."
        ),
        config,
    )
    assert usable(_sentence("Der Bürgermeister rief: „Wir brauchen die Brücke zurück!“"), config)


def test_a_sentence_opening_with_a_possessive_leans_on_the_one_before() -> None:
    config = Config.load().summary

    assert not usable(
        _sentence("Ihr neunjähriger Sohn musste wegen einer Rauchvergiftung ins Krankenhaus."),
        config,
    )
    assert not usable(_sentence("His company had recalled the batteries in March."), config)
    # a word that only starts like one is no possessive
    assert usable(_sentence("Ihringen am Kaiserstuhl meldete am Morgen drei Verletzte."), config)


def test_a_sentence_of_a_court_is_not_a_reaction() -> None:
    from lagebild.summarize.order import is_reaction

    assert not is_reaction("Das Landgericht hat den Angeklagten zu vier Jahren Haft verurteilt.")
    assert is_reaction("Die Bundesregierung verurteilte den Angriff auf das Kraftwerk scharf.")


def test_a_way_or_case_just_told_leans_on_the_sentence_before() -> None:
    config = Config.load().summary
    assert not usable(
        _sentence("Sachsen vergibt bisher 7,8 Prozent seiner Plätze auf diesem Weg."), config
    )
    assert not usable(_sentence("In diesem Fall muss der Bund die Kosten allein tragen."), config)
    assert usable(
        _sentence("Sachsen vergibt bisher 7,8 Prozent seiner Studienplätze über die Quote."), config
    )


def test_a_person_named_only_by_age_leans_on_the_sentence_before() -> None:
    config = Config.load().summary

    assert not usable(_sentence("Der 61-Jährige hatte im Prozess ein Geständnis abgelegt."), config)
    assert usable(_sentence("Ein 61-Jähriger wurde am Abend in Köln festgenommen."), config)


def test_a_time_referred_to_as_the_one_just_told_leans_on_the_sentence_before() -> None:
    config = Config.load().summary

    told = "Zu diesem Zeitpunkt waren bereits rund 3000 Zuschauer im Stadion."
    assert not usable(_sentence(told), config)
    assert not usable(_sentence("At that time some 3,000 fans were in the stadium."), config)
    assert usable(_sentence("Um 13.45 Uhr waren bereits rund 3000 Zuschauer im Stadion."), config)


def _brief(texts: dict[str, tuple[str, str]], words: int = 120) -> tuple[Analysis, ...]:
    """Analyses of (published, text) by id, in the order given."""
    return tuple(
        analyze(Article(i, f"{i}.txt", t, None, f"Zeitung {i}", None, day, "de"))
        for i, (day, t) in texts.items()
    )


def test_reported_speech_going_on_after_a_quote_is_not_used() -> None:
    from lagebild.summarize.selection import goes_on_quoting

    (quoting, alone) = _brief(
        {
            "a": (
                "2026-01-10",
                "„Wir sind am Limit“, sagte Klinikchef Peter Hahn in Trier. "
                "Die Lage sei in allen Kliniken der Stadt gleich ernst.",
            ),
            "b": ("2026-01-10", "Die Lage sei in allen Kliniken der Stadt gleich ernst."),
        }
    )
    assert goes_on_quoting(quoting.sentences[1])
    assert not goes_on_quoting(alone.sentences[0])
    assert not goes_on_quoting(quoting.sentences[0])


def test_a_scene_no_other_source_tells_is_worth_less_than_a_fact() -> None:
    from lagebild.summarize.selection import rank, worth
    from lagebild.summarize.vectors import sentence_matrix

    analyses = _brief(
        {
            "a": ("2026-01-10", A),
            "b": ("2026-01-10", B),
            "d": (
                "2026-01-10",
                "Die Bilder vom Hochwasser wecken bei vielen älteren Menschen böse Erinnerungen. "
                "Schulen in der Innenstadt bleiben am Montag und Dienstag geschlossen.",
            ),
        }
    )
    items = [(a, s) for a in analyses for s in a.sentences]
    candidates = rank(items, sentence_matrix(items), Config.load().summary)
    by_text = {c.sentence.text: c for c in candidates}
    scene = by_text[
        "Die Bilder vom Hochwasser wecken bei vielen älteren Menschen böse Erinnerungen."
    ]
    schools = by_text["Schulen in der Innenstadt bleiben am Montag und Dienstag geschlossen."]
    assert scene.support == schools.support == ("d",)
    # the scene opens its article and shares more words with the others (it is more
    # central), yet the fact after it is worth more
    assert scene.score > schools.score
    assert worth(scene) < worth(schools)


def test_the_summary_opens_with_the_first_days_report() -> None:
    follow_up = (
        "In der Altstadt haben am Montag die Aufräumarbeiten mit 300 Helfern von THW "
        "und Feuerwehr begonnen. "
        "Rund 400 Anwohner der Altstadt waren in der Nacht in Sicherheit gebracht worden."
    )
    analyses = {
        a.article.id: a for a in _brief({"a": ("2026-01-10", A), "b": ("2026-01-12", follow_up)})
    }
    briefing = build_briefing(Story("s", ("a", "b")), analyses, {}, Config.load().summary)
    assert briefing.summary[0].citations[0] == "a"
    assert "Katastrophenfall" in briefing.summary[0].text


def _trier(count: int) -> list[Analysis]:
    topics = ["Schulen", "Brücken", "Straßen", "Bäder", "Kitas", "Parks", "Museen"]
    texts = {
        f"a{i}": ("2026-01-10", f"Der Rat der Stadt Trier beschloss am Montag Geld für {t}.")
        for i, t in enumerate(topics[:count])
    }
    return _brief(texts)


def test_a_sentence_whose_terms_are_all_said_already_is_not_chosen() -> None:
    import numpy as np

    from lagebild.summarize.selection import Candidate, select

    analyses = _trier(7)
    candidates = [Candidate(a, a.sentences[0], 1.0, (a.article.id,)) for a in analyses]
    # six sentences with terms that other articles share; the seventh only repeats a term
    # of the first, and no two sentences are alike as a whole
    terms = [frozenset({f"t{i}", f"u{i}"}) for i in range(6)]
    terms.append(frozenset({"t0"}))
    concepts = {(c.analysis.article.id, 0): t for c, t in zip(candidates, terms, strict=True)}
    concepts |= {(f"x{i}", 0): frozenset({f"t{i}", f"u{i}"}) for i in range(6)}
    vectors = {key: np.eye(7)[i] for i, key in enumerate(concepts) if key[0].startswith("a")}
    chosen = select(candidates, vectors, concepts, 500)
    assert sorted(c.analysis.article.id for c in chosen) == [f"a{i}" for i in range(6)]


def test_terms_weigh_the_number_of_articles_that_use_them() -> None:
    from lagebild.summarize.selection import concept_weights

    weights = concept_weights(
        {
            ("a", 0): frozenset({"brücke", "#40"}),
            ("a", 1): frozenset({"brücke"}),
            ("b", 0): frozenset({"brücke", "#40"}),
            ("c", 0): frozenset({"brücke", "gutachter"}),
        }
    )
    assert weights["brücke"] == 3  # once per article, however often it says it
    assert weights["#40"] == 2
    assert 0 < weights["gutachter"] < 1  # one source alone


def test_the_sentence_covering_what_most_sources_say_is_taken_first() -> None:
    import numpy as np

    from lagebild.summarize.selection import Candidate, select

    analyses = _trier(3)
    candidates = [Candidate(a, a.sentences[0], 1.0, (a.article.id,)) for a in analyses]
    concepts = {
        ("a0", 0): frozenset({"rat", "geld", "schule"}),  # three sources share it
        ("a1", 0): frozenset({"brücke", "kita", "bad"}),  # its own terms only
        ("a2", 0): frozenset({"rat", "geld", "schule"}),
        ("x", 0): frozenset({"rat", "geld", "schule"}),
    }
    vectors = {("a0", 0): np.eye(3)[0], ("a1", 0): np.eye(3)[1], ("a2", 0): np.eye(3)[0]}
    chosen = select(candidates, vectors, concepts, 500)
    # the shared fact first and once (its retelling adds nothing), then the lone one
    assert [c.analysis.article.id for c in chosen] == ["a0", "a1"]


def _candidate(analysis: Analysis, index: int) -> Candidate:
    return Candidate(analysis, analysis.sentences[index], 1.0, (analysis.article.id,))


def test_nearly_the_same_amount_of_one_unit_is_said_once() -> None:
    from lagebild.summarize.selection import restates_amount

    (a, b) = _brief(
        {
            "a": (
                "2026-01-10",
                "Die Kinderkliniken sind zu rund 90 Prozent ausgelastet. "
                "Die Wahlbeteiligung lag bei 48 Prozent. Rund 400 Menschen wurden gerettet.",
            ),
            "b": ("2026-01-10", "Die Kinder-Intensivstationen sind zu 92 Prozent belegt."),
        }
    )

    assert restates_amount(_candidate(a, 0), _candidate(b, 0))
    assert not restates_amount(_candidate(a, 1), _candidate(b, 0))  # 48 against 92 per cent
    assert not restates_amount(_candidate(a, 2), _candidate(b, 0))  # another unit


def test_the_same_large_number_of_two_nouns_is_said_once() -> None:
    from lagebild.summarize.selection import restates_amount

    (a, b) = _brief(
        {
            "a": (
                "2026-01-10",
                "Rund 400 Wählerinnen und Wähler erhielten ihre Unterlagen zu spät. "
                "Im Vorjahr kamen 40 Briefe zu spät.",
            ),
            "b": (
                "2026-01-10",
                "Rund 400 Menschen bekamen die Briefwahlunterlagen verspätet. "
                "Die Stadt schickte 40 Mahnungen.",
            ),
        }
    )

    assert restates_amount(_candidate(a, 0), _candidate(b, 0))
    assert not restates_amount(_candidate(a, 1), _candidate(b, 1))  # a small number, two things


def test_variants_of_one_name_are_one_term_of_the_sentence_vectors() -> None:
    from lagebild.summarize.vectors import sentence_matrix

    analyses = _brief(
        {
            "a": ("2026-01-10", "Russische Raketen trafen in der Nacht die Stadt Charkiw."),
            "b": ("2026-01-10", "Die Lage in Charkow blieb am Morgen unübersichtlich."),
        }
    )
    items = [(a, s) for a in analyses for s in a.sentences]
    vectors = sentence_matrix(items)
    assert float(vectors[0] @ vectors[1]) > 0  # no word in common but the city


def test_a_sentence_pointing_back_to_a_time_named_before_is_not_usable() -> None:
    config = Config.load().summary

    assert not usable(
        _sentence("Bis dahin bleibt die Straße an der Unglücksstelle gesperrt."), config
    )
    assert not usable(_sentence("Die Halle ist seitdem für Besucher geschlossen."), config)
    assert usable(
        _sentence("Die Straße bleibt bis Freitag an der Unglücksstelle gesperrt."), config
    )


_EVENT = (
    "In Kleinstadt ist in der Nacht zum Montag die Brücke über den Fluss Lauter eingestürzt. "
    "Ein Lastwagen stürzte mit in die Tiefe, der Fahrer wurde schwer verletzt. "
    "Die Feuerwehr barg ihn nach einer Stunde aus dem Führerhaus. "
    "Eine Gasleitung unter der Fahrbahn wurde beschädigt, 300 Haushalte sind ohne Gas."
)
_FOLLOW_UP = (
    "Nach dem Einsturz der Brücke über den Fluss Lauter in Kleinstadt in der Nacht zum "
    "Montag lässt das Land 40 Bauwerke prüfen. "
    "Erste Ergebnisse sollen in zwei Wochen vorliegen."
)


def _bridge_briefing() -> tuple[str, ...]:
    analyses = _brief({"a": ("2026-01-12", _EVENT), "b": ("2026-01-12", _FOLLOW_UP)})
    story = Story("s-bridge", ("a", "b"))
    briefing = build_briefing(story, {a.article.id: a for a in analyses}, {}, Config.load().summary)
    return tuple(s.text for s in briefing.summary)


def test_what_a_follow_up_adds_after_its_recap_of_the_event_is_new() -> None:
    # "Nach dem Einsturz der Brücke über den Fluss in Kleinstadt" retells the first
    # report's lead; what the sentence adds (the checks of 40 bridges) is new
    summary = _bridge_briefing()
    assert any("40 Bauwerke" in s for s in summary)


def test_a_sentence_recapping_the_event_does_not_open_the_summary() -> None:
    summary = _bridge_briefing()
    assert summary[0].startswith("In Kleinstadt ist in der Nacht")


@pytest.mark.parametrize(
    ("leaning_text", "alone_text"),
    [
        # a pronoun subject after the verb
        (
            "Nach der Sitzung im Rathaus wiederholte er diese Warnung.",
            "Nach der Sitzung im Rathaus wiederholte der Bürgermeister seine Warnung.",
        ),
        # "das" after the verb with no noun after it to be the article of
        (
            "Der Naturschutzbund im Landkreis Gifhorn hält das für richtig.",
            "Die Feuerwehr im Landkreis Gifhorn bekam das Feuer unter Kontrolle.",
        ),
        # a possessive subject after an opening phrase: its owner was named before
        (
            "Seit drei Tagen liegt sein 110 Meter langes Motorschiff am Liegeplatz.",
            "Der Schiffer aus Duisburg verlor seine Ladung im Hafen von Kaub.",
        ),
    ],
)
def test_a_pronoun_after_the_verb_leans_on_the_sentence_before(
    leaning_text: str, alone_text: str
) -> None:
    config = Config.load().summary
    (leaning, alone) = _brief({"a": ("2026-01-10", leaning_text), "b": ("2026-01-10", alone_text)})
    assert not usable(leaning.sentences[0], config)
    assert usable(alone.sentences[0], config)


def test_a_summary_quotes_only_reports_in_its_own_language() -> None:
    texts = {
        "a": (
            "de",
            "In Kleinstadt ist in der Nacht zum Montag die Brücke über den Fluss eingestürzt.",
        ),
        "b": ("de", "Die Brücke über den Fluss in Kleinstadt ist in der Nacht eingestürzt."),
        "c": (
            "en",
            "The bridge over the river in Kleinstadt collapsed overnight. "
            "A truck fell into the river with it, and its driver was seriously injured.",
        ),
    }
    analyses = {
        i: analyze(Article(i, f"{i}.txt", t, None, f"Zeitung {i}", None, "2026-01-12", lang))
        for i, (lang, t) in texts.items()
    }
    briefing = build_briefing(Story("s-lang", ("a", "b", "c")), analyses, {}, Config.load().summary)
    assert briefing.language == "de"
    assert briefing.summary
    assert all(s.citations[0] in ("a", "b") for s in briefing.summary)


def _facts(text: str) -> int:
    from lagebild.summarize.selection import Candidate, facts_named

    (analysis,) = _brief({"a": ("2026-01-10", text)})
    return facts_named(Candidate(analysis, analysis.sentences[0], 1.0, ("a",)))


def test_a_clock_time_is_a_fact_the_sentence_names() -> None:
    assert _facts("Die Täter drangen gegen 3.10 Uhr durch ein Fenster in das Gebäude ein.") == (
        _facts("Die Täter drangen durch ein Fenster in das Gebäude ein.") + 1
    )


def test_a_source_reporting_the_event_is_a_fact_the_sentence_names() -> None:
    assert _facts("Ein Lastwagen stürzte mit in die Tiefe, wie die Polizei mitteilte.") == (
        _facts("Ein Lastwagen stürzte mit in die Tiefe und blieb im Wasser liegen.") + 1
    )


def test_a_pronoun_after_a_past_tense_verb_tagged_as_adjective_leans_back() -> None:
    config = Config.load().summary
    (leaning,) = _brief(
        {
            "a": (
                "2026-01-10",
                "Nach zwei Tagen Beratungen in Trier verabschiedeten sie einen Beschluss.",
            )
        }
    )
    assert leaning.sentences[0].tokens[6].pos == "ADJ(A)"  # the tagger's mistake
    assert not usable(leaning.sentences[0], config)


def test_a_quote_attributed_to_a_pronoun_leans_on_the_sentence_before() -> None:
    config = Config.load().summary
    (leaning, alone) = _brief(
        {
            "a": ("2026-01-10", "„Die Lage an den Deichen ist ernst“, sagte sie im Fernsehen."),
            "b": ("2026-01-10", "„Die Lage an den Deichen ist ernst“, sagte die Ministerin."),
        }
    )
    assert not usable(leaning.sentences[0], config)
    assert usable(alone.sentences[0], config)


def _worth(text: str) -> float:
    from lagebild.summarize.selection import Candidate, worth

    (analysis,) = _brief({"a": ("2026-01-10", text)})
    return worth(Candidate(analysis, analysis.sentences[0], 1.0, ("a",)))


def test_a_sentence_giving_a_figure_is_not_taken_for_scene_setting() -> None:
    # one source and a single fact: scene-setting keeps a share of its worth, a figure in
    # digits reports and keeps it all
    figure = _worth("Im Mittel enthielt ein Liter Wasser aus den Brunnen 14 Partikel.")
    vague = _worth("Im Mittel enthielt ein Liter Wasser aus den Brunnen viele Partikel.")
    assert figure > 2 * vague
    # a small number written out is incidental, not a figure
    incidental = _worth("Erste Ergebnisse der Messungen sollen in zwei Wochen vorliegen.")
    plain = _worth("Erste Ergebnisse der Messungen sollen in Kürze vorliegen.")
    assert incidental < 2 * plain


def _after_recap(text: str) -> str:
    """What the one-sentence ``text`` says after the recap it opens with."""
    from lagebild.summarize.recap import recap_end

    (analysis,) = _brief({"a": ("2026-01-12", text)})
    sentence = analysis.sentences[0]
    return analysis.article.text[recap_end(sentence) : sentence.end]


def test_a_recap_after_a_dateline_is_found() -> None:
    text = "Berlin – Nach der Abstimmung im Bundestag drängen die Länder auf Hilfen."
    assert _after_recap(text).startswith("drängen die Länder")


def test_a_sentence_giving_only_the_figures_of_a_chosen_one_retells_it() -> None:
    analyses = _brief(
        {
            "a": (
                "2026-02-16",
                "Die Stadt Trier hat wegen des steigenden Pegels der Mosel am Sonntagabend "
                "die höchste Alarmstufe 4 ausgerufen. Rund 400 Anwohner der Altstadt mussten "
                "ihre Wohnungen verlassen.",
            ),
            "b": (
                "2026-02-16",
                "Die Behörden haben am Sonntag Alarmstufe 4 ausgelöst, das ist die höchste "
                "Stufe. Schulen in den betroffenen Vierteln bleiben bis Mittwoch geschlossen.",
            ),
        }
    )
    story = Story("s-alarm", ("a", "b"))
    briefing = build_briefing(story, {a.article.id: a for a in analyses}, {}, Config.load().summary)
    assert sum("Alarmstufe 4" in s.text for s in briefing.summary) == 1


def test_a_sentence_naming_its_source_is_not_taken_for_scene_setting() -> None:
    sourced = _worth("Ein Lastwagen stürzte mit in die Tiefe, wie die Polizei mitteilte.")
    unsourced = _worth("Ein Lastwagen stürzte mit in die Tiefe, ein Bild der Verwüstung.")
    assert sourced > 2 * unsourced


def test_key_facts_do_not_repeat_the_summary() -> None:
    from lagebild.summarize.selection import REDUNDANT
    from lagebild.summarize.vectors import sentence_matrix

    analyses = _analyses()
    story = Story("s", ("a", "b", "c"))
    briefing = build_briefing(story, analyses, {}, Config.load().with_summary_words(12).summary)
    assert briefing.key_facts
    assert briefing.summary
    items = [(a, s) for a in analyses.values() for s in a.sentences]
    vectors = dict(zip((s.text for _, s in items), sentence_matrix(items), strict=True))
    for fact in briefing.key_facts:
        for sentence in briefing.summary:
            assert float(vectors[fact.text] @ vectors[sentence.text]) < REDUNDANT


def test_of_two_leads_telling_the_event_the_one_stating_the_facts_stays() -> None:
    import numpy as np

    from lagebild.summarize.leads import article_leads, fullest_leads
    from lagebild.summarize.selection import Candidate, facts_named

    weak, full, later, apart = _brief(
        {
            "a": (
                "2026-01-10",
                "In Trier steigt die Mosel immer weiter an. "
                "Die Feuerwehr war mit mehr als 200 Kräften im Einsatz.",
            ),
            "b": (
                "2026-01-10",
                "Die Stadt Trier hat am Sonntagabend wegen der Mosel die höchste "
                "Alarmstufe 4 ausgerufen.",
            ),
            "c": ("2026-01-12", "In Trier steigt die Mosel auch am Dienstag weiter an."),
            "d": ("2026-01-10", "Die Stadt Koblenz bereitet sich auf das Hochwasser vor."),
        }
    )
    e = np.eye(4)
    # the two leads of the first day share a fifth of their weight: too little for any
    # two sentences to restate each other, enough for two leads
    told = 0.2 * e[0] + float(np.sqrt(1 - 0.2**2)) * e[1]
    vectors = {
        ("a", 0): e[0],
        ("a", 1): e[2],
        ("b", 0): told,
        ("c", 0): e[0],
        ("d", 0): 0.1 * e[0] + float(np.sqrt(1 - 0.1**2)) * e[3],
    }
    candidates = [
        Candidate(x, s, 1.0, (x.article.id,))
        for x in (weak, full, later, apart)
        for s in x.sentences
    ]
    by_id = {(c.analysis.article.id, c.sentence.index): c for c in candidates}
    assert facts_named(by_id[("b", 0)]) > facts_named(by_id[("a", 0)])
    kept_leads = fullest_leads(candidates, article_leads(candidates), vectors)
    kept = {(c.analysis.article.id, c.sentence.index) for c in kept_leads}
    # the weak lead goes; its article's other facts, a later day's lead and a lead that
    # shares too little with the others stay
    assert kept == {("a", 1), ("b", 0), ("c", 0), ("d", 0)}


def test_a_later_days_news_stays_when_a_report_of_that_day_retells_the_event() -> None:
    import numpy as np

    from lagebild.summarize.leads import article_leads, fullest_leads
    from lagebild.summarize.selection import Candidate, facts_named

    first, retold, news = _brief(
        {
            "a": (
                "2026-11-21T23:10",
                "Ein Brand hat am Samstagabend das Planetarium in Hildesheim zerstört.",
            ),
            "b": (
                "2026-11-22T08:15",
                "In Hildesheim ist am Samstagabend ein Feuer im Planetarium ausgebrochen.",
            ),
            "c": (
                "2026-11-22T16:30",
                "Ein Kurzschluss in einem Laserprojektor hat nach Erkenntnissen der "
                "Ermittler den Brand im Planetarium ausgelöst.",
            ),
        }
    )
    e = np.eye(2)
    # the morning's retelling and the afternoon's news share enough for two leads
    vectors = {
        ("a", 0): e[0],
        ("b", 0): e[0],
        ("c", 0): 0.5 * e[0] + float(np.sqrt(1 - 0.5**2)) * e[1],
    }
    candidates = [Candidate(x, x.sentences[0], 1.0, (x.article.id,)) for x in (first, retold, news)]
    # the retelling names as many facts in fewer words: it would replace the news
    assert facts_named(candidates[1]) >= facts_named(candidates[2])
    kept = fullest_leads(candidates, article_leads(candidates), vectors)
    assert "c" in [c.analysis.article.id for c in kept]


def test_of_two_equally_factual_leads_the_shorter_stays() -> None:
    import numpy as np

    from lagebild.summarize.leads import article_leads, fullest_leads
    from lagebild.summarize.selection import Candidate, facts_named, worth

    short, long = _brief(
        {
            "a": ("2026-01-10", "Die Stadt Trier hat den Katastrophenfall ausgerufen."),
            "b": (
                "2026-01-10",
                "Die Stadt Trier hat nach langen Beratungen im Rathaus und mit dem Land "
                "wegen der steigenden Pegel den Katastrophenfall ausgerufen.",
            ),
        }
    )
    e = np.eye(2)
    vectors = {("a", 0): e[0], ("b", 0): 0.3 * e[0] + float(np.sqrt(1 - 0.3**2)) * e[1]}
    # the long lead is the more central one
    candidates = [Candidate(short, short.sentences[0], 1.0, ("a",))]
    candidates.append(Candidate(long, long.sentences[0], 3.0, ("b",)))
    assert facts_named(candidates[0]) == facts_named(candidates[1])
    assert worth(candidates[1]) > worth(candidates[0])
    kept = fullest_leads(candidates, article_leads(candidates), vectors)
    assert [c.analysis.article.id for c in kept] == ["a"]


def test_the_summary_does_not_open_with_what_readers_must_expect() -> None:
    from lagebild.summarize.order import tells_what_to_expect

    texts = {
        "a": (
            "2026-01-10",
            "Pendler in Trier müssen sich am Montag auf lange Staus in der Innenstadt "
            "einstellen. Die Stadt hat am Sonntag die Moselbrücke wegen Rissen im Beton "
            "für den gesamten Verkehr gesperrt.",
        ),
        "b": (
            "2026-01-10",
            "Pendler in Trier müssen sich am Montag auf lange Staus einstellen. "
            "Die Stadt hat die Moselbrücke am Sonntag wegen Rissen im Beton gesperrt.",
        ),
    }
    analyses = {a.article.id: a for a in _brief(texts)}
    briefing = build_briefing(Story("s", ("a", "b")), analyses, {}, Config.load().summary)
    expecting = [s.text for s in briefing.summary if s.text.startswith("Pendler")]
    assert expecting  # the expectation is chosen, but it does not open the summary
    assert "gesperrt" in briefing.summary[0].text
    assert tells_what_to_expect(analyses["a"].sentences[0])
    assert not tells_what_to_expect(analyses["a"].sentences[1])


def test_a_sentence_setting_itself_against_the_one_before_is_not_usable() -> None:
    config = Config.load().summary

    for text in (
        "Der Städtetag lobte dagegen die geplante Förderung der Kommunen.",
        "Die Kliniken sehen hingegen keinen Grund zur Sorge um die Versorgung.",
    ):
        assert not usable(_sentence(text), config)
    assert usable(_sentence("Der Städtetag lobte die geplante Förderung der Kommunen."), config)


def _leads(texts: dict[str, tuple[str, str]]) -> str | None:
    from lagebild.summarize.leads import article_leads, opening_lead
    from lagebild.summarize.selection import Candidate

    analyses = _brief(texts)
    candidates = [Candidate(a, s, 1.0, (a.article.id,)) for a in analyses for s in a.sentences]
    lead = opening_lead(article_leads(candidates))
    return lead.analysis.article.id if lead else None


_REPORT = "Die Stadt Trier hat am Sonntag wegen der Mosel den Katastrophenfall ausgerufen."


def test_the_first_report_of_the_first_day_gives_the_opening_lead() -> None:
    later = "Das Land Rheinland-Pfalz schickt am Montag 300 Helfer nach Trier an die Mosel."
    earlier = "Die Mosel ist in Trier über die Ufer getreten, Anwohner wurden gewarnt."
    texts = {
        "next-day": ("2026-01-11T08:00", later),
        "first": ("2026-01-10T18:00", _REPORT),
        "second": ("2026-01-10T19:30", earlier),
    }
    assert _leads(texts) == "first"
    # a report known only to the month comes after the first day's and before later days'
    assert _leads(texts | {"first": ("2026-01", _REPORT)}) == "second"
    scene = "Als die Mosel in der Nacht über die Ufer trat, schliefen viele Anwohner noch."
    first_day = {"first": ("2026-01-10T18:00", scene), "next-day": texts["next-day"]}
    assert _leads(first_day | {"m": ("2026-01", _REPORT)}) == "m"
    assert _leads(first_day) == "next-day"


def test_a_lead_setting_a_scene_or_recapping_does_not_open_the_summary() -> None:
    from lagebild.summarize.order import sets_scene

    scene = "Als die Mosel in der Nacht über die Ufer trat, schliefen viele Anwohner noch."
    recap = "Zwei Tage nach dem Hochwasser in Trier hat das Land 300 Helfer geschickt."
    texts = {
        "scene": ("2026-01-10T06:00", scene),
        "recap": ("2026-01-10T07:00", recap),
        "report": ("2026-01-10T09:00", _REPORT),
    }
    assert _leads(texts) == "report"
    (plain,) = _brief(
        {"a": ("2026-01-10", "Als erste Stadt an der Mosel hat Trier Alarm gegeben.")}
    )
    assert not sets_scene(plain.sentences[0])  # "Als" without a clause


def test_a_lead_opening_with_a_person_no_other_report_names_does_not_open_the_summary() -> None:
    scene = "Renate Vogt steht mit einer Kerze am Ufer der Mosel und schaut auf ihr Haus in Trier."
    texts = {
        "scene": ("2026-01-10T06:00", scene),
        "report": ("2026-01-10T09:00", _REPORT),
    }
    assert _leads(texts) == "report"
    named = "Oberbürgermeister Wolfram Leibe sagte, Renate Vogt habe als Erste gewarnt."
    assert _leads(texts | {"other": ("2026-01-10T10:00", named)}) == "scene"


def test_a_lead_opening_with_a_person_no_other_report_names_is_left_out() -> None:
    import numpy as np

    from lagebild.summarize.leads import article_leads, fullest_leads

    scene = "Renate Vogt stand gerade in ihrem Garten in Trier, als sie die Sirenen hörte."
    analyses = _brief({"scene": ("2026-01-10T16:00", scene), "report": ("2026-01-10", _REPORT)})
    candidates = [_candidate(a, 0) for a in analyses]
    vectors = {("scene", 0): np.eye(3)[0], ("report", 0): np.eye(3)[1], ("other", 0): np.eye(3)[2]}
    kept = fullest_leads(candidates, article_leads(candidates), vectors)
    assert [c.analysis.article.id for c in kept] == ["report"]
    named = _brief({"other": ("2026-01-10", "Renate Vogt hatte als Erste gewarnt.")})
    leads = article_leads([*candidates, _candidate(named[0], 0)])
    kept = fullest_leads(candidates, leads, vectors)
    assert [c.analysis.article.id for c in kept] == ["scene", "report"]


def test_a_recap_after_a_time_span_is_found() -> None:
    text = "Zwei Tage nach dem Hochwasser in Trier hat das Land Helfer geschickt."
    assert _after_recap(text).startswith("hat das Land")


def test_a_lead_recapping_the_event_never_replaces_one_telling_it() -> None:
    import numpy as np

    from lagebild.summarize.leads import article_leads, fullest_leads
    from lagebild.summarize.selection import Candidate, facts_named

    plain, recap = _brief(
        {
            "a": ("2026-01-10", "Ein Hochwasser hat die Altstadt von Trier überflutet."),
            "b": (
                "2026-01-10",
                "Nach dem Hochwasser der Mosel in Trier am Sonntag ist die Altstadt von Trier "
                "kaum noch zu erreichen.",
            ),
        }
    )
    candidates = [Candidate(x, x.sentences[0], 1.0, (x.article.id,)) for x in (plain, recap)]
    assert facts_named(candidates[1]) > facts_named(candidates[0])
    e = np.eye(2)
    vectors = {("a", 0): e[0], ("b", 0): 0.5 * e[0] + float(np.sqrt(0.75)) * e[1]}
    kept = fullest_leads(candidates, article_leads(candidates), vectors)
    assert [c.analysis.article.id for c in kept] == ["a"]


def test_a_fact_is_taken_before_a_scene_of_the_same_weight() -> None:
    import numpy as np

    from lagebild.summarize.selection import Candidate, select

    scene, figure = _brief(
        {
            "a": ("2026-01-10", "Die Bilder vom Ufer der Mosel wecken böse Erinnerungen."),
            "b": ("2026-01-10", "Am Ufer der Mosel stehen 40 Häuser unter Wasser."),
        }
    )
    candidates = [Candidate(x, x.sentences[0], 1.0, (x.article.id,)) for x in (scene, figure)]
    assert len(scene.sentences[0].text.split()) == len(figure.sentences[0].text.split())
    concepts = {("a", 0): frozenset({"ufer", "mosel"}), ("b", 0): frozenset({"ufer", "mosel"})}
    vectors = {("a", 0): np.eye(2)[0], ("b", 0): np.eye(2)[1]}
    chosen = select(candidates, vectors, concepts, 9)
    assert [c.analysis.article.id for c in chosen] == ["b"]


def test_das_before_a_noun_is_the_article_not_a_pronoun_pointing_back() -> None:
    config = Config.load().summary
    article, pronoun, adjective = _brief(
        {
            "a": ("2026-01-10", "Das Landeskriminalamt hat die Ermittlungen in Trier übernommen."),
            "b": ("2026-01-10", "Das bestätigte ein Sprecher der Polizei in Trier am Montag."),
            "c": ("2026-01-10", "Das neue Gesetz gilt in Rheinland-Pfalz ab dem 1. März."),
        }
    )
    assert usable(article.sentences[0], config)
    assert not usable(pronoun.sentences[0], config)
    assert usable(adjective.sentences[0], config)


def test_reported_speech_going_on_follows_the_sentence_it_continues() -> None:
    import numpy as np

    from lagebild.summarize.order import reading_order
    from lagebild.summarize.selection import Candidate, continuations, select

    source, other = _brief(
        {
            "a": (
                "2026-01-10",
                "Nach Angaben der Polizei wurden in Trier am Sonntag 40 Häuser geräumt. "
                "Insgesamt seien in der Altstadt rund 300 Menschen betroffen.",
            ),
            "b": (
                "2026-01-10",
                "Die Feuerwehr pumpte am Sonntag in Trier Keller leer. "
                "Auch die Bundeswehr half mit Sandsäcken an der Mosel.",
            ),
        }
    )
    ranked = [Candidate(x, s, 1.0, (x.article.id,)) for x in (source, other) for s in x.sentences]
    alone, follows = continuations(ranked)
    going_on = ranked[1]
    assert going_on not in alone
    assert follows == {("a", 0): going_on}
    concepts = {
        ("a", 0): frozenset({"polizei", "haus"}),
        ("a", 1): frozenset({"mensch", "altstadt"}),
        ("b", 0): frozenset({"feuerwehr", "keller"}),
        ("b", 1): frozenset({"bundeswehr", "sandsack"}),
        ("x", 0): frozenset({"polizei", "haus", "mensch", "altstadt", "feuerwehr", "keller"}),
    }
    vectors = {key: np.eye(4)[i] for i, key in enumerate(list(concepts)[:4])}
    chosen = select(alone, vectors, concepts, 500, follows=follows)
    assert going_on in chosen
    # taken after its sentence was, placed right behind it
    ordered = reading_order(chosen, ranked[0], follows)
    assert ordered.index(going_on) == ordered.index(ranked[0]) + 1
    # without the sentence it continues, it is never taken
    without = select(
        [c for c in alone if c is not ranked[0]], vectors, concepts, 500, follows=follows
    )
    assert going_on not in without


def test_english_function_words_are_no_concepts() -> None:
    from lagebild.summarize.selection import concepts_of
    from lagebild.summarize.vectors import sentence_terms

    text = "The mayor said that the city of Trier was on high alert because of the river."
    analysis = analyze(Article("e", "e.txt", text, None, "Wire", None, "2026-01-10", "en"))
    items = [(analysis, analysis.sentences[0])]
    (terms,) = concepts_of(items, [sentence_terms(a, s) for a, s in items]).values()
    assert {"mayor", "city", "alert", "river"} <= terms
    assert not {"the", "said", "that", "was", "because"} & terms


def test_a_pronominal_adverb_standing_for_what_was_said_before_leans_back() -> None:
    config = Config.load().summary
    back, explained, listed, joined = _brief(
        {
            "a": ("2026-01-10", "Mehrere Firmen in Bayern entwickeln dafür kleine Raketen."),
            "b": ("2026-01-10", "Die Stadt Trier setzt sich dafür ein, dass die Brücke bleibt."),
            "c": ("2026-01-10", "In Trier wurden 31 Menschen verletzt, darunter vier schwer."),
            "d": ("2026-01-10", "Die Stadt Trier hat 110.000 Einwohner und ist damit groß."),
        }
    )
    assert not usable(back.sentences[0], config)
    assert usable(explained.sentences[0], config)
    assert usable(listed.sentences[0], config)
    assert usable(joined.sentences[0], config)


def test_first_person_without_quotation_marks_does_not_say_who_speaks() -> None:
    config = Config.load().summary
    unmarked, quoted, similar = _brief(
        {
            "a": ("2026-01-10", "Wir danken ihr für 17 großartige gemeinsame Jahre in Trier."),
            "b": ("2026-01-10", "„Wir sind am Limit“, sagte Klinikchef Peter Hahn in Trier."),
            "c": ("2026-01-10", "Ähnlich lauteten die Einschätzungen der Polizei in Trier."),
        }
    )
    assert not usable(unmarked.sentences[0], config)
    assert usable(quoted.sentences[0], config)
    assert not usable(similar.sentences[0], config)


def test_a_lead_after_a_dateline_of_its_own_opens_the_summary() -> None:
    texts = {
        "dateline": (
            "2026-01-10T06:00",
            "Hannover. Mit überwiegend ruhigen Feiern hat Niedersachsen das Jahr eröffnet.",
        ),
        "later": ("2026-01-10T09:00", _REPORT),
    }
    (dateline, _) = _brief(texts)
    assert dateline.sentences[0].text == "Hannover."
    assert _leads(texts) == "dateline"


def test_what_had_to_be_done_is_an_event_not_what_readers_must_expect() -> None:
    from lagebild.summarize.order import tells_what_to_expect

    past, present = _brief(
        {
            "a": ("2026-01-10", "Zwei Verletzte mussten in eine Spezialklinik gebracht werden."),
            "b": ("2026-01-10", "Pendler müssen sich in Trier auf lange Staus einstellen."),
        }
    )
    assert not tells_what_to_expect(past.sentences[0])
    assert tells_what_to_expect(present.sentences[0])
    ordered, reckon = _brief(
        {
            "c": ("2026-01-10", "Die Stadt Trier muss nachts auf der B51 Tempo 30 anordnen."),
            "d": ("2026-01-10", "Autofahrer in Trier müssen am Montag mit langen Staus rechnen."),
        }
    )
    assert not tells_what_to_expect(ordered.sentences[0])  # an order is the event
    assert tells_what_to_expect(reckon.sentences[0])


def test_a_name_in_quotation_marks_is_no_quote() -> None:
    from lagebild.summarize.order import is_reaction

    assert not is_reaction("Die Rakete „Nordstern 1“ explodierte kurz nach dem Start.")
    assert not is_reaction('Die Münsteraner "Tatort"-Kommissarin stirbt im Film.')
    assert is_reaction("Der Angriff richte sich »gegen alles, was die Stadt am Leben hält«.")
    assert is_reaction("Die Polizei spricht von einer ruhigen Nacht in der Stadt.")


def test_a_lead_naming_its_source_tells_the_event() -> None:
    from lagebild.summarize.leads import tells_the_event

    sourced, reacting = (
        analyze(Article(i, f"{i}.txt", t, None, "Wire", None, "2026-05-02", "en"))
        for i, t in (
            ("a", "A ferry ran aground off Dover on Saturday, injuring 40 people, police said."),
            ("b", "The mayor condemned the ferry operator for the grounding off Dover."),
        )
    )
    assert tells_the_event(sourced.sentences[0])
    assert not tells_the_event(reacting.sentences[0])


def test_a_follow_ups_lead_carries_the_latest_development_into_the_summary() -> None:
    from lagebild.summarize.leads import article_leads, latest_development
    from lagebild.summarize.selection import Candidate

    evacuated = " Rund 400 Anwohner der Altstadt wurden in Sicherheit gebracht."
    texts = {
        "first": ("2026-01-10T08:00", _REPORT + evacuated),
        "same-day": (
            "2026-01-10T12:00",
            "Die Mosel trat in Trier am Sonntag über die Ufer. "
            "Die Feuerwehr brachte 400 Anwohner der Altstadt in Sicherheit.",
        ),
        "next": (
            "2026-01-11T09:00",
            "Einen Tag nach dem Hochwasser in Trier hat das Land 300 Helfer geschickt.",
        ),
    }
    analyses = _brief(texts)
    leads = article_leads([Candidate(a, a.sentences[0], 1.0, (a.article.id,)) for a in analyses])
    development = latest_development(leads)
    assert development is not None
    assert development.analysis.article.id == "next"
    assert latest_development([c for c in leads if c.analysis.article.id != "next"]) is None
    (scene,) = _brief(
        {"s": ("2026-01-12", "Als die Helfer in Trier ankamen, stand das Wasser in den Kellern.")}
    )
    assert latest_development([*leads, Candidate(scene, scene.sentences[0], 1.0, ("s",))]) is (
        development
    )  # a later scene is no development
    # in a short summary the development comes second, before a fact two reports share
    config = replace(Config.load().summary, words=30)
    by_id = {a.article.id: a for a in analyses}
    briefing = build_briefing(Story("s-dev", tuple(texts)), by_id, {}, config)
    assert len(briefing.summary) == 2
    assert briefing.summary[1].citations == ("next",)


def test_a_follow_ups_news_told_in_the_openers_words_still_comes_second() -> None:
    texts = {
        "first": (
            "2026-11-10T14:00",
            "Der Langstreckenläufer Tobias Renner ist positiv auf das Dopingmittel EPO getestet "
            "worden. Der Verband sperrte ihn vorläufig.",
        ),
        "same-day": (
            "2026-11-10T16:00",
            "Der Langstreckenläufer Tobias Renner ist positiv auf EPO getestet worden. Der "
            "Verband sperrte den Läufer aus Passau vorläufig.",
        ),
        "next": (
            "2026-11-11T12:00",
            "Der Langstreckenläufer Tobias Renner hat Doping mit EPO gestanden.",
        ),
    }
    analyses = _brief(texts)
    by_id = {a.article.id: a for a in analyses}
    config = replace(Config.load().summary, words=40)
    briefing = build_briefing(Story("s-confession", tuple(texts)), by_id, {}, config)
    assert "gestanden" in briefing.summary[1].text


def test_the_sentence_after_a_follow_ups_lead_gives_its_details() -> None:
    from lagebild.summarize.leads import development_details
    from lagebild.summarize.selection import Candidate

    # two reports share the count of flights; in 32 words the details of the follow-up
    # (12 words) come before it (6 words) after the opener (9) and the development (10)
    strike = "Ein Warnstreik legt am Donnerstag den Flughafen Düsseldorf lahm. "
    texts = {
        "first": ("2026-11-12T06:00", strike + "Mehr als 250 Flüge fallen aus."),
        "same-day": ("2026-11-12T09:00", strike + "Mehr als 250 Flüge fallen aus."),
        "next": (
            "2026-11-13T10:00",
            "Nach dem Streiktag in Düsseldorf weitet Verdi die Warnstreiks aus. Am Montag soll "
            "das Personal in Hamburg und Stuttgart die Arbeit niederlegen. „Wir sind "
            "entschlossen, bis zum Ende zu gehen“, sagte ein Sprecher.",
        ),
    }
    analyses = _brief(texts)
    by_id = {a.article.id: a for a in analyses}
    config = replace(Config.load().summary, words=32)
    briefing = build_briefing(Story("s-details", tuple(texts)), by_id, {}, config)
    assert [s.citations for s in briefing.summary[1:3]] == [("next",), ("next",)]
    assert "Hamburg und Stuttgart" in briefing.summary[2].text
    follow_up = by_id["next"]
    lead, _, quote = (Candidate(follow_up, s, 1.0, ("next",)) for s in follow_up.sentences)
    assert development_details(lead, [quote]) is None  # a reaction gives no details


def test_details_of_a_follow_up_may_come_a_sentence_later_with_their_source() -> None:
    from lagebild.summarize.leads import development_details
    from lagebild.summarize.selection import Candidate

    (follow_up,) = _brief(
        {
            "next": (
                "2026-10-15T15:45",
                "Ein defektes Heizgerät hat den Großbrand in der Orgelwerkstatt ausgelöst. "
                "Das teilten Polizei und Staatsanwaltschaft am Donnerstag mit. "
                "Brandstiftung sei ausgeschlossen, sagte ein Sprecher der Polizei. "
                "Der Inhaber will den Betrieb wieder aufbauen.",
            )
        }
    )
    lead, _, ruled_out, plan = (
        Candidate(follow_up, s, 1.0, ("next",)) for s in follow_up.sentences
    )
    # the sentence that only names the source is no candidate; the one after it, reported
    # by a spokesman, gives what the lead's news brings, the one after that is too far
    assert development_details(lead, [ruled_out, plan]) is ruled_out
    assert development_details(lead, [plan]) is None


def test_values_in_a_follow_ups_recap_are_not_told_anew() -> None:
    from lagebild.summarize.recap import told_anew

    text = (
        "Einen Tag nach dem Urteil gegen vier Telefonbetrüger am Landgericht Osnabrück "
        "ist in Polen der mutmaßliche Chef des Callcenters festgenommen worden."
    )
    (follow_up,) = _brief({"next": ("2026-12-11T12:40", text)})
    # slot 0 is the count of the convicted, slot 1 where the arrest was made
    filled = {(0, text.index("vier")), (1, text.index("Polen"))}
    assert told_anew(follow_up.sentences[0], filled) == {1}


def _pick_one(first: str, second: str) -> str:
    """Which of two sentences of two reports, given the same terms, a one-sentence
    summary takes."""
    import numpy as np

    from lagebild.summarize.selection import Candidate, select

    a, b = _brief({"a": ("2026-06-20", first), "b": ("2026-06-20", second)})
    candidates = [Candidate(x, x.sentences[0], 1.0, ("a", "b")) for x in (a, b)]
    assert len(first.split()) == len(second.split())
    terms = frozenset({"gedränge", "einlass", "@magdeburg"})
    concepts = {("a", 0): terms, ("b", 0): terms}
    vectors = {("a", 0): np.eye(2)[0], ("b", 0): np.eye(2)[1]}
    (chosen,) = select(candidates, vectors, concepts, len(first.split()))
    return chosen.analysis.article.id


def test_background_from_earlier_years_comes_after_the_news() -> None:
    now = "Beim Gedränge am Einlass in Magdeburg wurden am Samstag 34 Menschen verletzt."
    then = "Beim Gedränge am Einlass in Magdeburg starben im Juli 2010 21 Menschen."
    assert _pick_one(then, now) == "b"
    assert _pick_one(now, then) == "a"


def test_a_first_sentence_of_context_before_a_dated_news_sentence_is_background() -> None:
    from lagebild.summarize.selection import Candidate, background

    context = (
        "Rund 3.000 Weihnachtsmärkte gibt es in Deutschland, und auf fast allen wird mit Gas "
        "gekocht. Wie schnell aus einer Bude ein Großbrand werden kann, hat sich am "
        "Freitagabend in Trier gezeigt."
    )
    news = "In Trier ist am Freitagabend ein Glühweinstand in Brand geraten. Das Feuer griff über."
    a, b = _brief({"a": ("2026-12-12", context), "b": ("2026-12-12", news)})
    assert background(Candidate(a, a.sentences[0], 1.0, ("a",))) < 1.0
    assert background(Candidate(a, a.sentences[0], 1.0, ("a", "b"))) == 1.0  # reported twice
    assert background(Candidate(b, b.sentences[0], 1.0, ("b",))) == 1.0


def test_a_sentence_setting_a_scene_weighs_less_than_one_telling_the_news() -> None:
    scene = "Als der Regen einsetzte, drängten in Magdeburg Tausende zum Einlass."
    news = "Am Einlass in Magdeburg drängten Tausende, als der Regen einsetzte."
    assert _pick_one(scene, news) == "b"
    assert _pick_one(news, scene) == "a"


def test_a_person_called_by_family_name_after_being_introduced_leans_back() -> None:
    from lagebild.summarize.selection import named_before

    (analysis,) = _brief(
        {
            "a": (
                "2026-01-10",
                "Der Anwohner Thomas Kiefer klagte gegen die Stadt Freiburg. "
                "Kiefer ist einer von 14 Klägern, die am Dienstag Recht bekamen. "
                "Thomas Kiefer will weiter gegen den Lärm vorgehen.",
            )
        }
    )
    introduced, surname, again = analysis.sentences
    assert not named_before(analysis, introduced)
    assert named_before(analysis, surname)
    assert not named_before(analysis, again)  # the full name again says who


def test_a_quotation_without_its_speaker_is_not_usable() -> None:
    config = Config.load().summary

    assert not usable(_sentence("„Wir brauchen Sicherheit über das Jahr 2027 hinaus.“"), config)
    assert usable(
        _sentence("„Wir brauchen Sicherheit über das Jahr 2027 hinaus“, sagte Jörg Wessels."),
        config,
    )
