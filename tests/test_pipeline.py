"""The error policy and the bookkeeping of the pipeline."""

from __future__ import annotations

import pytest

from lagebild import pipeline
from lagebild.config import Config
from lagebild.records import Document, Rejection

BODY = (
    "Der Stadtrat von Musterhausen hat am Montag den Bau einer neuen Grundschule beschlossen. "
    "Die Kosten werden auf rund 18 Millionen Euro geschätzt, teilte die Verwaltung mit. "
    "Baubeginn soll im Herbst sein, die ersten Klassen sollen 2028 einziehen. "
    "Die Opposition kritisierte die Planung als zu knapp bemessen."
)


def _doc(doc_id: str, text: str = BODY, published: str | None = None) -> Document:
    return Document(
        id=doc_id, origin=f"{doc_id}.txt", content=text, kind="text", published=published
    )


def test_outcomes_keep_input_order_and_every_input() -> None:
    inputs = [
        _doc("b", BODY.replace("Grundschule", "Sporthalle"), "2026-03-02"),
        Rejection("x", "x.docx", "unknown format"),
        _doc("a", BODY, "2026-03-01"),
    ]
    report = pipeline.run(inputs, Config.load())
    assert [o.id for o in report.outcomes] == ["b", "x", "a"]
    assert [o.status for o in report.outcomes] == ["duplicate", "rejected", "ok"]
    # the earlier article is the original, whatever the input order
    assert report.outcomes[0].duplicate_of == "a"
    assert report.outcomes[1].error == "unknown format"


def test_identical_inputs_get_distinct_ids() -> None:
    report = pipeline.run([_doc("same"), _doc("same")], Config.load())
    assert [o.id for o in report.outcomes] == ["same", "same-2"]
    assert [o.status for o in report.outcomes] == ["ok", "duplicate"]


def test_too_short_article_is_rejected_with_a_reason() -> None:
    report = pipeline.run([_doc("short", "Nur ein Satz.")], Config.load())
    (outcome,) = report.outcomes
    assert outcome.status == "rejected"
    assert outcome.error is not None
    assert "characters of body text" in outcome.error
    assert report.briefings == ()


def test_a_bug_in_one_document_does_not_sink_the_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.analyze

    def flaky(article):  # type: ignore[no-untyped-def]
        if article.id == "bad":
            raise ZeroDivisionError("boom")
        return real(article)

    monkeypatch.setattr(pipeline, "analyze", flaky)
    other = BODY.replace("Musterhausen", "Beispielstadt").replace("Grundschule", "Brücke")
    report = pipeline.run([_doc("bad"), _doc("good", other)], Config.load())
    statuses = {o.id: (o.status, o.error) for o in report.outcomes}
    assert statuses["good"] == ("ok", None)
    status, error = statuses["bad"]
    assert status == "rejected"
    assert error is not None
    assert "analyze stage" in error
    assert "ZeroDivisionError" in error


def test_progress_is_reported_per_stage() -> None:
    calls: list[tuple[str, int, int]] = []
    pipeline.run([_doc("a")], Config.load(), progress=lambda *c: calls.append(c))
    assert ("clean", 1, 1) in calls
    assert ("analyze", 1, 1) in calls


def test_timings_cover_the_stages() -> None:
    report = pipeline.run([_doc("a")], Config.load())
    assert {"read", "clean", "analyze", "dedupe", "cluster", "summarize"} <= set(report.timings)
