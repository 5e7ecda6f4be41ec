"""Sentences and tokens: German abbreviations and ordinals, quotes, and exact offsets."""

from __future__ import annotations

import pytest

from lagebild.analyze import analyze
from lagebild.analyze.sentences import split_sentences
from lagebild.records import Article


def _texts(text: str, language: str = "de") -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, language)]


def test_ordinal_date_and_title_do_not_end_a_sentence() -> None:
    text = "Am 5. März traf Dr. Kessler den Gouverneur in Charkiw. Danach reiste er ab."
    assert _texts(text) == [
        "Am 5. März traf Dr. Kessler den Gouverneur in Charkiw.",
        "Danach reiste er ab.",
    ]


def test_a_count_with_a_period_ends_its_sentence() -> None:
    text = "Die Zahl stieg von 47 auf 63. Neue Fälle wurden gemeldet."
    assert _texts(text) == ["Die Zahl stieg von 47 auf 63.", "Neue Fälle wurden gemeldet."]
    tokens = split_sentences(text, "de")[0].tokens
    assert [(t.text, t.kind) for t in tokens[-2:]] == [("63", "number"), (".", "symbol")]
    # after an article or a date's preposition, or before a month, it is an ordinal
    for whole in (
        "Es war der 63. Deutsche Ärztetag in Mainz.",
        "Die Frist läuft bis 5. Mai in der Stadt.",
        "Verhandelt wird am Mittwoch, 11. Juni in Köln.",
    ):
        assert _texts(whole) == [whole]


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "Die Stadt (ca. 5.000 Einw.) liegt z. B. am Rhein. Sie ist schön."
    assert _texts(text) == ["Die Stadt (ca. 5.000 Einw.) liegt z. B. am Rhein.", "Sie ist schön."]


def test_a_town_s_abbreviated_word_does_not_end_a_sentence() -> None:
    text = "Die Rastanlage bei Hann. Münden ist gesperrt. Das teilte die Polizei mit.\n\nIn Hann."
    assert _texts(text) == [
        "Die Rastanlage bei Hann. Münden ist gesperrt.",
        "Das teilte die Polizei mit.",
        "In Hann.",
    ]
    (first, *_) = split_sentences(text, "de")
    assert [t.text for t in first.tokens][2:5] == ["bei", "Hann.", "Münden"]


def test_sentence_ends_after_a_closing_quote() -> None:
    text = "Er sagte: „Wir werden das nicht hinnehmen.“ Der Minister schwieg danach."
    assert _texts(text) == [
        "Er sagte: „Wir werden das nicht hinnehmen.“",
        "Der Minister schwieg danach.",
    ]


def test_quote_that_is_a_whole_sentence() -> None:
    text = "„Wir werden das nicht hinnehmen.“ Der Minister schwieg danach."
    assert _texts(text) == ["„Wir werden das nicht hinnehmen.“", "Der Minister schwieg danach."]


def test_paragraphs_never_share_a_sentence() -> None:
    text = "Die Bahn streikt am Montag\n\nDie Züge fallen aus."
    assert _texts(text) == ["Die Bahn streikt am Montag", "Die Züge fallen aus."]


def test_english_model() -> None:
    text = "Gov. Syniehubov said on March 4 that 200,000 people had no power. Repairs began."
    assert _texts(text, "en") == [
        "Gov. Syniehubov said on March 4 that 200,000 people had no power.",
        "Repairs began.",
    ]


def test_an_english_name_of_hyphened_words_is_one_token() -> None:
    text = "A long-term plan for Garmisch-Partenkirchen and Baden-Württemberg."
    (sentence,) = split_sentences(text, "en")
    words = [t.text for t in sentence.tokens]
    assert words == [
        "A", "long", "-", "term", "plan", "for", "Garmisch-Partenkirchen", "and",
        "Baden-Württemberg", ".",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Erste Zeile.\n\n\nZweiter Absatz mit „Zitat“ – und mehr.\nNoch ein Satz 🙂 hier.",
        "Café  Müller  hat   geöffnet.  Dr. Kessler kam am 5. März 2026 um 14.30 Uhr.",
        "Er sagte: „Wir kommen.“ Dann ging er.\n\nDie Ärzte e.V. und die U.S.A. sind dabei.",
        "Siehe https://example.org/a?b=1 und mail@example.org. Das ist #neu @user :-) ok.",
    ],
)
@pytest.mark.parametrize("language", ["de", "en"])
def test_offsets_index_into_the_text(text: str, language: str) -> None:
    sentences = split_sentences(text, language)
    assert sentences
    for sentence in sentences:
        assert text[sentence.start : sentence.end].strip() == text[sentence.start : sentence.end]
        for token in sentence.tokens:
            assert text[token.start : token.end] == token.text
    starts = [s.start for s in sentences]
    assert starts == sorted(starts)


def test_analyze_gives_sentence_text_indices_and_tagged_tokens() -> None:
    text = "Am 5. März traf Dr. Kessler den Gouverneur.\n\nDie Stadt liegt am Rhein."
    analysis = analyze(Article("a", "a.txt", text, None, None, None, "2026-03-10", "de"))
    assert [s.index for s in analysis.sentences] == [0, 1]
    for sentence in analysis.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for token in sentence.tokens:
            assert text[token.start : token.end] == token.text
    tokens = {t.text: t for t in analysis.sentences[0].tokens}
    assert tokens["5."].pos == "CARD"
    assert (tokens["traf"].lemma, tokens["traf"].pos) == ("treffen", "VV(FIN)")
    assert tokens["Kessler"].pos == "NE"
