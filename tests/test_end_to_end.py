"""The whole pipeline on the bundled example corpus, checked against its gold labels."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from lagebild.records import Report

from support import EXAMPLES, example_gold


def _name(origin: str) -> str:
    return Path(origin).name


def _space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_input_appears_exactly_once(example_report: Report) -> None:
    files = sorted(p.name for p in EXAMPLES.iterdir())
    origins = sorted(_name(o.origin) for o in example_report.outcomes)
    assert origins == files
    assert len({o.id for o in example_report.outcomes}) == len(files)
    assert [o for o in example_report.outcomes if o.status == "rejected"] == []


def test_wire_copy_is_a_duplicate_of_its_original(example_report: Report) -> None:
    by_name = {_name(o.origin): o for o in example_report.outcomes}
    expected = example_gold()["duplicates"]
    found = {
        name: _name(next(x.origin for x in example_report.outcomes if x.id == o.duplicate_of))
        for name, o in by_name.items()
        if o.status == "duplicate" and o.duplicate_of
    }
    assert found == expected


def test_german_articles_are_partitioned_as_an_editor_would(example_report: Report) -> None:
    gold = example_gold()
    english = set(gold["english"])
    name_of = {o.id: _name(o.origin) for o in example_report.outcomes}
    found = {
        frozenset(name_of[i] for i in b.article_ids if name_of[i] not in english)
        for b in example_report.briefings
    } - {frozenset()}
    expected = {frozenset(set(files) - english) for files in gold["stories"].values()}
    assert found == expected


def test_english_article_is_not_put_into_another_story(example_report: Report) -> None:
    gold = example_gold()
    story_of = {f: s for s, files in gold["stories"].items() for f in files}
    name_of = {o.id: _name(o.origin) for o in example_report.outcomes}
    for briefing in example_report.briefings:
        names = [name_of[i] for i in briefing.article_ids]
        for english in set(gold["english"]) & set(names):
            assert {story_of[n] for n in names} == {story_of[english]}


def test_story_count_and_independent_sources(example_report: Report) -> None:
    duplicates = set(example_gold()["duplicates"])
    name_of = {o.id: _name(o.origin) for o in example_report.outcomes}
    for briefing in example_report.briefings:
        originals = [i for i in briefing.article_ids if name_of[i] not in duplicates]
        assert briefing.independent_sources == len(originals)
    biggest = example_report.briefings[0]
    assert biggest.independent_sources >= 4


def test_every_summary_sentence_is_verbatim_in_a_cited_article(example_report: Report) -> None:
    articles = example_report.articles()
    checked = 0
    for briefing in example_report.briefings:
        assert briefing.summary, briefing.headline
        words = sum(len(s.text.split()) for s in briefing.summary)
        assert words <= 120 + max(len(s.text.split()) for s in briefing.summary)
        for sentence in briefing.summary:
            assert sentence.citations
            assert set(sentence.citations) <= set(briefing.article_ids)
            own = articles[sentence.citations[0]].text
            assert _space(sentence.text) in _space(own)
            checked += 1
    assert checked >= 10


def test_copies_are_never_cited(example_report: Report) -> None:
    copies = {o.id for o in example_report.outcomes if o.status == "duplicate"}
    for briefing in example_report.briefings:
        cited = {c for s in briefing.summary for c in s.citations}
        cited |= {c for f in briefing.key_facts for c in f.citations}
        assert not cited & copies


def test_header_metadata_is_read(example_report: Report) -> None:
    articles = {_name(o.origin): o.article for o in example_report.outcomes if o.article}
    for name, fields in example_gold()["headers"].items():
        article = articles[name]
        assert article.published == fields["published"], name
        if "source" in fields:
            assert article.source == fields["source"], name


def test_encodings_and_languages(example_report: Report) -> None:
    gold = example_gold()
    articles = {_name(o.origin): o.article for o in example_report.outcomes if o.article}
    for name in gold["encodings"]:
        text = articles[name].text
        assert "\ufffd" not in text
        assert re.search("[äöüß]", text), name
    for name, article in articles.items():
        assert article.language == ("en" if name in gold["english"] else "de"), name
        assert "\r" not in article.text


def test_residue_is_removed_with_reasons(example_report: Report) -> None:
    residue = ("play_arrow", "Schreibe einen Kommentar", "00:00 / 00:00", "Tutti i diritti")
    reasons: defaultdict[str, int] = defaultdict(int)
    for outcome in example_report.outcomes:
        assert outcome.article is not None
        for marker in residue:
            assert marker not in outcome.article.text, (outcome.origin, marker)
        for removal in outcome.article.removed:
            reasons[removal.reason] += 1
    for reason in ("player", "comments", "copyright", "caption", "metadata"):
        assert reasons[reason] > 0, reason


def test_quotes_have_offsets_into_their_article(example_report: Report) -> None:
    articles = example_report.articles()
    quotes = [q for b in example_report.briefings for q in b.quotes]
    assert len(quotes) >= 10
    for quote in quotes:
        assert articles[quote.article_id].text[quote.start : quote.end] == quote.text


def test_spelling_variants_are_filed_under_one_entity(example_report: Report) -> None:
    charkiw = next(b for b in example_report.briefings if "Charkiw" in b.headline)
    forms = [{e.name, *e.variants} for e in charkiw.entities]
    assert any({"Charkiw", "Charkow"} <= f for f in forms)
    assert any({"Synjehubow", "Synegubow"} <= f for f in forms)


def test_reported_speech_is_marked_as_such(example_report: Report) -> None:
    from lagebild.render.markdown import render_markdown

    kinds = {q.kind for b in example_report.briefings for q in b.quotes}
    assert kinds == {"direct", "indirect"}
    markdown = render_markdown(example_report)
    assert "indirekt: " in markdown


def test_a_development_steps_through_the_days_once_each(example_report: Report) -> None:
    # Wednesday's "rund 200.000" (stern, Reuters, Tagesspiegel) is one step, Thursday's
    # "noch rund 60.000" (taz) the next
    charkiw = next(b for b in example_report.briefings if "Charkiw" in b.headline)
    (power,) = [d for d in charkiw.developments if "Strom" in d.topic]
    assert [c.text for c in power.claims] == ["Rund 200.000 Menschen", "rund 60.000 Menschen"]
    assert len(power.claims[0].citations) == 3
