"""Language identification: German and English by their function words, the rest by the
bundled model."""

from __future__ import annotations

import py3langid
import pytest

from lagebild.analyze.language import detect_language, passage_language
from lagebild.clean import clean
from lagebild.config import CleanConfig
from lagebild.records import Document

GERMAN = (
    "Die Gewerkschaft Verdi hat das Bodenpersonal an mehreren deutschen Flughäfen zu einem "
    "ganztägigen Warnstreik aufgerufen. Betroffen sind nach Angaben der Betreiber mehr als "
    "100.000 Passagiere. Die Arbeitgeber nannten den Streik unverhältnismäßig und forderten "
    "die Gewerkschaft auf, an den Verhandlungstisch zurückzukehren."
)
ENGLISH = (
    "The union has called on ground staff at several German airports to stage a full-day "
    "warning strike. According to the operators, more than 100,000 passengers are affected. "
    "The employers said the strike was disproportionate and called on the union to return "
    "to the negotiating table."
)
FRENCH = (
    "Le syndicat a appelé le personnel au sol de plusieurs aéroports allemands à une grève "
    "d'avertissement d'une journée. Selon les exploitants, plus de 100 000 passagers sont "
    "concernés. Les employeurs ont jugé la grève disproportionnée et ont appelé le syndicat "
    "à revenir à la table des négociations."
)


def _model_must_not_run(*args: object, **kwargs: object) -> tuple[str, float]:
    raise AssertionError("the language model was consulted")


@pytest.mark.parametrize(("text", "code"), [(GERMAN, "de"), (ENGLISH, "en")])
def test_german_and_english_without_the_model(
    text: str, code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(py3langid, "classify", _model_must_not_run)
    assert detect_language(text) == code


@pytest.fixture
def model_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the bundled model was asked about."""
    calls: list[str] = []
    classify = py3langid.classify

    def spy(text: str) -> tuple[str, float]:
        calls.append(text)
        result: tuple[str, float] = classify(text)
        return result

    monkeypatch.setattr(py3langid, "classify", spy)
    return calls


def test_french_goes_to_the_model(model_calls: list[str]) -> None:
    assert detect_language(FRENCH) == "fr"
    assert model_calls == [FRENCH]


def test_short_texts_go_to_the_model(model_calls: list[str]) -> None:
    assert detect_language("Der Zug fällt heute leider aus.") == "de"
    assert detect_language("The train has been cancelled today.") == "en"
    assert len(model_calls) == 2


def test_english_quote_in_a_german_article_is_still_german() -> None:
    text = GERMAN + ' Ein Sprecher sagte auf Englisch: "We are doing everything we can."'
    assert detect_language(text) == "de"


def test_a_paragraph_in_another_language_is_marked() -> None:
    text = f"{GERMAN}\n{ENGLISH}\n{GERMAN.replace('Verdi', 'die Gewerkschaft')}"
    article = clean(Document("d", "d.txt", text, "text"), CleanConfig(min_body_chars=100))
    assert article.language == "de"
    [span] = article.other_languages
    assert span.language == "en"
    assert article.text[span.start : span.end] == ENGLISH


def test_passages_in_the_article_language_need_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(py3langid, "classify", _model_must_not_run)
    assert passage_language(GERMAN, "de") == "de"
    assert passage_language(ENGLISH, "de") == "en"
    assert passage_language("Die Kritik kam prompt.", "de") == "de"  # too short to judge


def test_a_french_paragraph_in_a_german_article() -> None:
    assert passage_language(FRENCH, "de") == "fr"
