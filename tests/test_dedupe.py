"""Wire copies are found however the outlet dressed them; different reports are not."""

from __future__ import annotations

from pathlib import Path

from lagebild.config import Config
from lagebild.group.dedupe import find_duplicates, jaccard, shingles
from lagebild.records import Article

WIRE = [
    "Die Gewerkschaft Verdi hat das Bodenpersonal an den Flughäfen Frankfurt und München für "
    "Mittwoch zu einem ganztägigen Warnstreik aufgerufen.",
    "Der Ausstand soll in der Nacht zum Mittwoch um 0.00 Uhr beginnen und 24 Stunden dauern. "
    "Betroffen sind Bodenverkehrsdienste, Gepäckabfertigung und Flugzeugschlepper.",
    "Fraport rechnet damit, dass von rund 1.200 geplanten Starts und Landungen etwa 700 ausfallen. "
    "In München sollen mehr als 300 Flüge gestrichen werden, teilte der Flughafen mit.",
    "Verdi fordert acht Prozent mehr Lohn, mindestens aber 350 Euro im Monat. Die Arbeitgeber "
    "haben bislang drei Prozent in zwei Stufen angeboten und nennen den Streik überzogen.",
    "Die Lufthansa bietet an, Passagiere auf innerdeutschen Verbindungen kostenlos auf die Bahn "
    "umzubuchen. Die Deutsche Bahn setzt zusätzliche ICE-Züge zwischen beiden Städten ein.",
    "Die Tarifparteien wollen vom 16. bis zum 18. März in Berlin weiterverhandeln. Bis dahin "
    "seien weitere Warnstreiks nicht ausgeschlossen, hieß es aus Gewerkschaftskreisen.",
]


def _article(article_id: str, paragraphs: list[str]) -> Article:
    return Article(
        article_id, f"{article_id}.txt", "\n\n".join(paragraphs), None, None, None, None, "de"
    )


def _duplicates(*articles: Article) -> dict[str, str]:
    return find_duplicates(list(articles), Config.load().dedupe)


def test_changed_first_sentence_cut_paragraph_and_footer_is_a_copy() -> None:
    original = _article("dpa", WIRE)
    copy = _article(
        "sz",
        [
            "Reisende an den größten deutschen Flughäfen müssen sich auf Ausfälle einstellen.",
            *WIRE[1:-1],
            "Mehr zum Thema Luftverkehr lesen Sie auf unserer Themenseite.",
        ],
    )
    assert _duplicates(original, copy) == {"sz": "dpa"}


def test_copy_points_to_the_earliest_article_of_its_group() -> None:
    first = _article("first", WIRE)
    second = _article("second", WIRE[:-1])
    third = _article("third", [*WIRE[1:], "Ein zusätzlicher Schlusssatz der dritten Zeitung."])
    assert _duplicates(first, second, third) == {"second": "first", "third": "first"}


def test_independent_report_on_the_same_event_is_not_a_copy() -> None:
    own = _article(
        "fr",
        [
            "Am größten deutschen Flughafen wird am Mittwoch kaum ein Flugzeug abheben.",
            "Der Betreiber Fraport erwartet inzwischen, dass mehr als 900 der geplanten "
            "Flugbewegungen ausfallen. Die Terminals bleiben geöffnet, die Schalter aber leer.",
            "Verdi-Verhandlungsführerin Sandra Pietsch sagte, die Beschäftigten hätten die Nase "
            "voll von Angeboten, die nicht einmal die Inflation ausglichen.",
        ],
    )
    assert _duplicates(_article("dpa", WIRE), own) == {}


def test_shingles_and_jaccard() -> None:
    a = shingles("eins zwei drei vier fünf sechs", 5)
    b = shingles("eins zwei drei vier fünf sieben", 5)
    assert a == {"eins zwei drei vier fünf", "zwei drei vier fünf sechs"}
    assert jaccard(a, b) == 1 / 3
    assert jaccard(set(), b) == 0.0
    assert shingles("kurz", 5) == {"kurz"}


def test_article_quoting_half_a_wire_report_is_derived_not_a_copy() -> None:
    from lagebild.group.dedupe import link_copies

    wire = _article("dpa", WIRE)
    own = [
        "Am Frankfurter Flughafen herrschte schon am Dienstagabend gespenstische Ruhe.",
        "Eine Reisende aus Offenbach erzählte, sie habe ihren Flug nach Lissabon zweimal "
        "umbuchen müssen und sitze nun auf gepackten Koffern.",
        "Ein Sprecher der Bundespolizei sagte, man rechne nicht mit Zwischenfällen, sei aber "
        "mit zusätzlichen Kräften an den Terminals präsent.",
        "Im Gewerkschaftshaus bereiteten Streikposten Transparente und Trillerpfeifen vor.",
    ]
    derived = _article("hr", [*own[:2], *WIRE[:3], *own[2:]])
    other = _article("fr", ["Ein ganz anderer Bericht über den Haushalt der Stadt Frankfurt."])
    links = link_copies([wire, derived, other], Config.load().dedupe)
    assert links.duplicates == {}
    assert links.derived == {"hr": ("dpa",)}


def test_derived_relation_reaches_the_outcome(tmp_path: Path) -> None:
    import lagebild

    (tmp_path / "a.txt").write_text("\n\n".join(WIRE), encoding="utf-8")
    quoting = [
        "Die Flughafengesellschaft in München hat für Mittwoch einen Krisenstab eingerichtet.",
        *WIRE[:3],
        "Am Terminal 2 sollen Helfer Wasser und Decken an gestrandete Reisende verteilen.",
        "Die Stadt bittet darum, nicht mit dem Auto zum Flughafen zu fahren.",
    ]
    (tmp_path / "b.txt").write_text("\n\n".join(quoting), encoding="utf-8")
    report = lagebild.brief([tmp_path], Config.load())
    by_name = {Path(o.origin).name: o for o in report.outcomes}
    assert by_name["b.txt"].status == "ok"
    assert by_name["b.txt"].derived_from == (by_name["a.txt"].id,)
    assert by_name["a.txt"].derived_from == ()
