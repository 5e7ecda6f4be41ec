"""Direct quotes in German and English quotation marks, with who said them."""

from __future__ import annotations

import pytest

from lagebild.analyze import analyze
from lagebild.records import Article, Quote


def _quotes(text: str, language: str = "de") -> list[Quote]:
    article = Article("a", "a.txt", text, None, None, None, "2026-03-10", language)
    quotes = list(analyze(article).quotes)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    return quotes


def test_speaker_named_before_the_quote() -> None:
    text = "Die Lage sei ernst, sagte Kessler: „Wir brauchen sofort mehr Hilfe aus Berlin.“"
    (quote,) = _quotes(text)
    assert quote.text == "Wir brauchen sofort mehr Hilfe aus Berlin."
    assert quote.speaker == "Kessler"
    assert quote.sentence == 0


def test_role_named_after_the_quote() -> None:
    text = (
        "Der Angriff traf das Kraftwerk. „Die Stromversorgung ist in weiten Teilen "
        "wiederhergestellt“, so der Gouverneur."
    )
    (quote,) = _quotes(text)
    assert quote.text == "Die Stromversorgung ist in weiten Teilen wiederhergestellt"
    assert quote.speaker == "der Gouverneur"
    assert quote.sentence == 1


def test_person_preferred_over_a_place_in_the_sentence() -> None:
    text = (
        "„Wir lassen uns nicht länger hinhalten“, sagte Verhandlungsführerin Anna Kessler "
        "in Frankfurt."
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Anna Kessler"


def test_spokesperson_of_a_ministry() -> None:
    (quote,) = _quotes("Ein Sprecher des Ministeriums sagte: „Wir prüfen den Vorgang sehr genau.“")
    assert quote.speaker == "Ein Sprecher des Ministeriums"


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        (
            'Der Minister sprach von einem "Angriff auf unsere gemeinsame Sicherheit".',
            "Angriff auf unsere gemeinsame Sicherheit",
        ),
        (
            "Die Ministerin nannte es «einen schweren Fehler der Regierung».",
            "einen schweren Fehler der Regierung",
        ),
        (
            "Die Ministerin nannte es »einen schweren Fehler der Regierung«.",
            "einen schweren Fehler der Regierung",
        ),
    ],
)
def test_other_quotation_marks(text: str, inner: str) -> None:
    (quote,) = _quotes(text)
    assert quote.text == inner


def test_english_quote_with_speaker_after() -> None:
    text = "“We will rebuild every single house,” Governor Oleh Syniehubov said on Tuesday."
    (quote,) = _quotes(text, "en")
    assert quote.text == "We will rebuild every single house"
    assert quote.speaker == "Oleh Syniehubov"


def test_spaces_inside_the_marks_are_not_part_of_the_quote() -> None:
    (quote,) = _quotes("Er sagte: „ Wir werden das so nicht hinnehmen “.")
    assert quote.text == "Wir werden das so nicht hinnehmen"


@pytest.mark.parametrize(
    "text",
    [
        "Die sogenannte „Zeitenwende“ ist vorbei.",
        "Er sprach von „alternativen Fakten“ und ging.",
        "Die Zeitung „Die Welt“ berichtete zuerst.",
    ],
)
def test_short_scare_quotes_are_not_quotes(text: str) -> None:
    assert _quotes(text) == []


def test_quote_without_anyone_to_attribute_it_to() -> None:
    (quote,) = _quotes("Das Wort «Zeitenwende ist jetzt endgültig vorbei» fiel mehrfach.")
    assert quote.speaker is None


def test_several_quotes_keep_their_order_and_sentences() -> None:
    text = (
        "„Wir werden das nicht hinnehmen.“ Der Minister schwieg danach.\n\n"
        "Später sagte Dr. Kessler: „Die Gespräche gehen am Freitag weiter.“"
    )
    quotes = _quotes(text)
    assert [(q.text, q.sentence, q.speaker) for q in quotes] == [
        # the speaker is only looked for in the quote's own sentence
        ("Wir werden das nicht hinnehmen.", 0, None),
        ("Die Gespräche gehen am Freitag weiter.", 2, "Kessler"),
    ]


def test_speaker_in_the_next_sentence() -> None:
    text = (
        "„Wir werden diesen Haushalt so beschließen.“ Mit diesen Worten reagierte Friedrich Merz."
    )
    (quote,) = [q for q in _quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Friedrich Merz"


def test_pronoun_stands_for_the_person_named_before() -> None:
    text = (
        "Ministerin Anna Kessler warnte vor Kürzungen. "
        "„Das können wir den Kliniken nicht zumuten“, sagte sie."
    )
    (quote,) = [q for q in _quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Anna Kessler"


def test_definite_description_stands_for_the_person_named_before() -> None:
    text = (
        "Forschungsministerin Anna Kessler verteidigte die Pläne. „Auch die Wissenschaft "
        "muss sparen“, sagte die FDP-Politikerin."
    )
    (quote,) = [q for q in _quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Anna Kessler"


def test_reported_speech_with_a_subjunctive() -> None:
    text = "Die Lage sei stabil, sagte Gouverneur Oleh Synjehubow am Abend."
    (quote,) = _quotes(text)
    assert (quote.kind, quote.speaker, quote.text) == ("indirect", "Oleh Synjehubow", text)


def test_statement_without_subjunctive_is_not_reported_speech() -> None:
    assert _quotes("Die Lage ist stabil, sagte Gouverneur Oleh Synjehubow am Abend.") == []


def test_a_known_person_is_preferred_over_a_guessed_one() -> None:
    text = (
        "Bürgermeisterin Petra Kallweit schrieb auf Mastodon, der Sturm habe "
        "»alles zerstört, was wir in zehn Jahren aufgebaut haben«."
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Petra Kallweit"
