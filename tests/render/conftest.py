"""A small, realistic report built by hand: a German story with a wire copy, an English one,
and a rejected input."""

from __future__ import annotations

import pytest

from lagebild.records import (
    Article,
    Briefing,
    Cited,
    Conflict,
    EntitySummary,
    Outcome,
    QuantityRef,
    QuoteRef,
    Removal,
    Report,
    TimelineEntry,
)

FR_TEXT = (
    "Ein Warnstreik der Gewerkschaft Verdi hat am Dienstag den Frankfurter Flughafen "
    "weitgehend lahmgelegt. Rund 100.000 Passagiere waren nach Angaben des Betreibers "
    "Fraport betroffen.\n\n"
    "„Wir lassen uns nicht länger hinhalten“, sagte Verdi-Verhandlungsführerin Anna Berg. "
    "Der Streik soll bis Mittwochmorgen um 6 Uhr dauern."
)
STERN_TEXT = (
    "Verdi hat an mehreren deutschen Flughäfen zu einem ganztägigen Warnstreik aufgerufen.\n\n"
    "Betroffen sind nach Angaben der Flughafenverbände etwa 90.000 Passagiere. "
    "Ein Sprecher des Flughafenverbands ADV nannte den Streik „völlig unverhältnismäßig "
    "und schädlich“."
)
BR_TEXT = (
    "Auch in München fielen am Dienstag zahlreiche Flüge aus.  Der Warnstreik\n"
    "traf vor allem Urlauber in den Faschingsferien.\n\n"
    "<script>alert('x')</script> Die Gewerkschaft fordert 8 Prozent mehr Lohn."
)
REUTERS_TEXT = (
    "A Russian missile strike on Kharkiv damaged a power plant on Wednesday, the regional "
    "governor said. Around 200,000 households were left without electricity."
)


def _article(
    article_id: str,
    text: str,
    *,
    title: str,
    source: str,
    published: str,
    language: str,
    removed: tuple[Removal, ...] = (),
) -> Article:
    return Article(
        id=article_id,
        origin=f"examples/{article_id}.txt",
        text=text,
        title=title,
        source=source,
        url=f"https://example.org/{article_id}",
        published=published,
        language=language,
        removed=removed,
    )


def _quote(article_id: str, text: str, body: str, speaker: str | None) -> QuoteRef:
    start = body.index(text)
    return QuoteRef(speaker, text, article_id, start, start + len(text))


@pytest.fixture
def report() -> Report:
    fr = _article(
        "fr",
        FR_TEXT,
        title="Warnstreik legt Frankfurter Flughafen lahm",
        source="Frankfurter Rundschau",
        published="2026-03-10T06:30",
        language="de",
        removed=(
            Removal("play_arrow", "player"),
            Removal("00:00 / 01:32", "player"),
            Removal("Schreibe einen Kommentar", "comments"),
            Removal("(Foto: dpa)", "caption"),
        ),
    )
    stern = _article(
        "stern",
        STERN_TEXT,
        title="Verdi ruft zu Warnstreik an Flughäfen auf",
        source="Stern (dpa)",
        published="2026-03-10T07:05",
        language="de",
        removed=(Removal("© dpa-infocom, dpa:260310", "copyright"),),
    )
    sz = _article(
        "sz",
        STERN_TEXT,
        title="Warnstreik an Flughäfen",
        source="Süddeutsche Zeitung (dpa)",
        published="2026-03-10T07:12",
        language="de",
    )
    br = _article(
        "br24",
        BR_TEXT,
        title="Warnstreik: Auch München betroffen",
        source="BR24",
        published="2026-03-11",
        language="de",
    )
    reuters = _article(
        "reuters",
        REUTERS_TEXT,
        title="Russian strike hits Kharkiv power plant",
        source="Reuters",
        published="2026-03-04T18:10",
        language="en",
    )
    outcomes = (
        Outcome("fr", fr.origin, "ok", article=fr),
        Outcome("stern", stern.origin, "ok", article=stern),
        Outcome("sz", sz.origin, "duplicate", article=sz, duplicate_of="stern"),
        Outcome("br24", br.origin, "ok", article=br),
        Outcome("reuters", reuters.origin, "ok", article=reuters),
        Outcome(
            "broken",
            "feeds/broken.html",
            "rejected",
            error="only 12 characters of body text are left after cleaning",
        ),
    )
    strike = Briefing(
        story_id="story-strike",
        headline="Verdi-Warnstreik legt Flughäfen lahm",
        language="de",
        article_ids=("fr", "stern", "sz", "br24"),
        independent_sources=3,
        summary=(
            Cited(
                "Verdi hat an mehreren deutschen Flughäfen zu einem ganztägigen Warnstreik "
                "aufgerufen.",
                ("stern", "sz", "fr"),
            ),
            # spaced differently from the article text: found after normalising white space
            Cited(
                "Auch in München fielen am Dienstag zahlreiche Flüge aus. Der Warnstreik traf "
                "vor allem Urlauber in den Faschingsferien.",
                ("br24",),
            ),
            Cited("Der Streik soll bis Mittwochmorgen um 6 Uhr dauern.", ("fr",)),
        ),
        key_facts=(
            Cited("Ganztägiger Warnstreik an mehreren Flughäfen", ("fr", "stern", "sz", "br24")),
        ),
        entities=(EntitySummary("Verdi", "ORG", ("Verdi", "ver.di"), 4, ("fr", "stern", "br24")),),
        quotes=(
            _quote("fr", "Wir lassen uns nicht länger hinhalten", FR_TEXT, "Anna Berg"),
            _quote("stern", "völlig unverhältnismäßig und schädlich", STERN_TEXT, None),
        ),
        quantities=(
            QuantityRef("Rund 100.000 Passagiere", 100000.0, "Passagiere", "fr"),
            QuantityRef("etwa 90.000 Passagiere", 90000.0, "Passagiere", "stern"),
            QuantityRef("24 Stunden", 24.0, "Stunden", "fr"),
            QuantityRef("24 Stunden", 24.0, "Stunden", "stern"),
        ),
        timeline=(TimelineEntry("2026-03-10", "Warnstreik an den Flughäfen", ("fr", "stern")),),
        conflicts=(
            Conflict(
                "Zahl der betroffenen Passagiere",
                (
                    Cited("Rund 100.000 Passagiere", ("fr",)),
                    Cited("etwa 90.000 Passagiere", ("stern",)),
                ),
            ),
        ),
        unique_facts=(Cited("Die Gewerkschaft fordert 8 Prozent mehr Lohn.", ("br24",)),),
        developments=(
            Conflict(
                "Ende des Streiks",
                (Cited("Mittwochmorgen um 6 Uhr", ("fr",)), Cited("ganztägigen", ("stern",))),
            ),
        ),
    )
    kharkiv = Briefing(
        story_id="story-kharkiv",
        headline="Russian missile strike damages Kharkiv power plant",
        language="en",
        article_ids=("reuters",),
        independent_sources=1,
        summary=(
            Cited(
                "A Russian missile strike on Kharkiv damaged a power plant on Wednesday, the "
                "regional governor said.",
                ("reuters",),
            ),
        ),
    )
    return Report(outcomes=outcomes, briefings=(strike, kharkiv))
