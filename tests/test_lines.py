"""The line classifier: residue is labelled with its reason, body text is left alone."""

from __future__ import annotations

import pytest

from lagebild.clean.lines import classify, residue_reason

PARAGRAPH_1 = (
    "Sachsens Gesundheitsministerin Petra Köpping hat am Dienstag in Dresden eine Reform "
    "der Krankenhausplanung vorgestellt, die 76 Kliniken im Freistaat betrifft."
)
PARAGRAPH_2 = (
    "Die Opposition kritisierte den Zeitplan als zu knapp und forderte eine Anhörung "
    "der betroffenen Landkreise noch vor der Sommerpause."
)
PARAGRAPH_3 = (
    "Die Krankenkassen begrüßten den Plan grundsätzlich, mahnten aber eine verlässliche "
    "Finanzierung der kleineren Häuser auf dem Land an."
)


@pytest.mark.parametrize(
    "line",
    [
        "© Tutti i diritti riservati",
        "© Todos los derechos reservados",
        "Tous droits réservés.",
        "Alle Rechte vorbehalten.",
        "All rights reserved.",
        "© 2024 Leipziger Volkszeitung",
        "(c) 2024 AFP",
        "Copyright 2024 dpa",
        "Copyright: AFP",
        "Copyright Axel Springer SE",
        "dpa-infocom, dpa:240214-99-123456/3",
    ],
)
def test_copyright_lines(line: str) -> None:
    assert residue_reason(line) == "copyright"


@pytest.mark.parametrize(
    "line",
    [
        "Schreibe einen Kommentar",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
        "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
        "Kommentar *",
        "Name *",
        "Website",
        "Kommentar abschicken",
        "Antworten abbrechen",
        "12 Kommentare",
        "Leave a Reply",
    ],
)
def test_comment_form_residue(line: str) -> None:
    assert residue_reason(line) == "comments"


@pytest.mark.parametrize(
    "line",
    [
        "play_arrow",
        "pause",
        "volume_up",
        "fullscreen",
        "00:00 / 00:00",
        "1:02:03 / 1:10:00",
        "1.25x",
        "2x",
        "Normal",
        "Untertitel",
        "1080p",
        "Wird geladen …",
    ],
)
def test_player_residue(line: str) -> None:
    assert residue_reason(line) == "player"


@pytest.mark.parametrize(
    "line",
    [
        "Köpping im Landtag in Dresden. (Foto: dpa)",
        "Leere Schalter am Frankfurter Flughafen (Archivbild: Boris Roessler/dpa)",
        "Soldaten in Charkiw. picture alliance / dpa | Kay Nietfeld",
        "Foto: IMAGO / photothek",
        "Ein Kraftwerk in Charkiw nach dem Angriff. AFP via Getty Images",
        "Die Ministerin im Bundestag. Bild: picture alliance/dpa | Jan Hollweg",
        "v.l.n.r.: Anna Berg, Tom Meier",
    ],
)
def test_captions(line: str) -> None:
    assert residue_reason(line) == "caption"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Artikel teilen", "share"),
        ("Auf Facebook teilen", "share"),
        ("Jetzt Newsletter abonnieren", "newsletter"),
        ("Den Morgen-Newsletter hier kostenlos abonnieren.", "newsletter"),
        ("Hier kostenlos anmelden", "newsletter"),
        ("Anzeige", "advertising"),
        ("Mehr zum Thema: Klinikreform in Sachsen", "navigation"),
        ("Lesen Sie auch: Die Kassen warnen", "navigation"),
        ("Lesezeit: 3 Min.", "navigation"),
        ("Von unserer Korrespondentin Anna Berg", "agency"),
        ("Text: Anna Berg, dpa", "agency"),
        ("(dpa/lsn)", "agency"),
    ],
)
def test_other_residue(line: str, reason: str) -> None:
    assert residue_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Der Kommentar des Ministers sorgte in der Koalition für Aufregung.",
        "Kommentar: Die Reform kommt zu spät und sie ist zu klein.",
        "Das Video zeigt, wie die Polizei die Demonstranten abdrängt.",
        "Im Streit um das Copyright an den Fotos hat die Agentur Klage eingereicht.",
        "Copyright-Verstöße seien kein Kavaliersdelikt, sagte die Richterin am Dienstag.",
        "Getty Images verklagt Stability AI wegen der Nutzung von Millionen Bildern.",
        "Geklagt hatte die Bildagentur Getty Images.",
        "Der Betrieb läuft wieder normal, sagte ein Sprecher der Bahn.",
        "Normal sei das nicht, sagte die Ministerin.",
        "Von Montag an wird gestreikt.",
        "Er sagte: „Wir werden das so nicht hinnehmen.“",
        PARAGRAPH_1,
    ],
)
def test_body_sentences_that_look_like_residue_stay_body(line: str) -> None:
    assert residue_reason(line) is None


def _labels(lines: list[str], has_title: bool = False) -> list[str]:
    return [line.label for line in classify(lines, has_title=has_title)]


def test_title_and_kicker_at_the_top() -> None:
    lines = ["Gesundheit in Sachsen", "Köpping stellt neue Klinikreform vor", PARAGRAPH_1]
    assert _labels(lines) == ["kicker", "title", "body"]


def test_headline_starting_with_von_is_a_title_not_a_byline() -> None:
    assert _labels(["Von der Leyen warnt Peking", PARAGRAPH_1]) == ["title", "body"]


def test_headline_ending_in_a_quote_is_a_title() -> None:
    lines = ["Köpping: „Kein Krankenhaus wird geschlossen“", PARAGRAPH_1]
    assert _labels(lines) == ["title", "body"]


def test_lines_above_the_lead_are_kickers_when_the_title_is_known() -> None:
    lines = ["Gesundheit in Sachsen", "Köpping stellt neue Klinikreform vor", PARAGRAPH_1]
    assert _labels(lines, has_title=True) == ["kicker", "kicker", "body"]


def test_text_starting_with_a_paragraph_has_no_title() -> None:
    assert _labels([PARAGRAPH_1, PARAGRAPH_2]) == ["body", "body"]


def test_crosshead_between_paragraphs() -> None:
    lines = [PARAGRAPH_1, "Kritik aus der Opposition", PARAGRAPH_2]
    assert _labels(lines, has_title=True) == ["body", "heading", "body"]


def test_short_body_sentence_between_paragraphs_is_no_crosshead() -> None:
    lines = [PARAGRAPH_1, "Die Kritik kam prompt.", PARAGRAPH_2]
    assert _labels(lines, has_title=True) == ["body", "body", "body"]


def test_short_body_quote_between_paragraphs_is_no_crosshead() -> None:
    lines = [PARAGRAPH_1, "Sie sagte: „Das reicht nicht.“", PARAGRAPH_2]
    assert _labels(lines, has_title=True) == ["body", "body", "body"]


def test_teaser_block_with_bullets() -> None:
    lines = [
        PARAGRAPH_1,
        "Das Wichtigste in Kürze:",
        "• Die Reform betrifft 76 Krankenhäuser",
        "- Kleine Häuser sollen Fachabteilungen abgeben",
        PARAGRAPH_2,
        "- Eine Aufzählung im Text bleibt stehen",
    ]
    assert _labels(lines, has_title=True) == [
        "body",
        "teaser",
        "teaser",
        "teaser",
        "body",
        "body",
    ]


def test_repeated_line_is_removed_the_second_time() -> None:
    lines = [PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_1, PARAGRAPH_3]
    assert _labels(lines, has_title=True) == ["body", "body", "repeated", "body"]


def test_repeated_caption_is_a_caption_both_times() -> None:
    caption = "Köpping im Landtag in Dresden. (Foto: dpa)"
    lines = [PARAGRAPH_1, caption, PARAGRAPH_2, caption, PARAGRAPH_3]
    assert _labels(lines, has_title=True) == ["body", "caption", "body", "caption", "body"]


def test_player_block_inside_the_body() -> None:
    lines = [PARAGRAPH_1, "play_arrow", "00:00 / 00:00", "1.25x", "Normal", PARAGRAPH_2]
    assert _labels(lines, has_title=True) == [
        "body",
        "player",
        "player",
        "player",
        "player",
        "body",
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Hochwasser in Bayernarrow_forward", "navigation"),
        ("Wetter in Sachsen: Das Wochenende wird stürmischchevron_right", "navigation"),
        ("play_arrowVideo abspielen", "player"),
        ("SZ Plus", "paywall"),
        ("Abendblatt+", "paywall"),
        ("Sie sind bereits Abonnent? Hier anmelden", "paywall"),
        ("2.317 Aufrufe", "counter"),
        ("1.284", "counter"),
        ("312 Postings", "counter"),
        ("Wirtschaft Inland", "section"),
        (
            "Die Kommentarfunktion ist für diesen Artikel geschlossen und wird morgen ab 8 Uhr "
            "wieder geöffnet.",
            "comments",
        ),
        ("Leserkommentare geben nicht die Meinung der Redaktion wieder.", "comments"),
        ("Strandkörbe in Warnemünde. Das Seebad ist beliebt. © Frank Söllner", "caption"),
        ("Die Rauchwolke war kilometerweit zu sehen. (Archivbild)", "caption"),
        ("(Bericht von Klaus Lauer, redigiert von Ralf Banser)", "credit"),
        ("Quelle: SZ.de/dpa", "credit"),
        (
            "Dieser Text wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen und "
            "von der Redaktion nicht bearbeitet.",
            "credit",
        ),
        ("Alle Rechte vorbehalten. Deutscher Ärzteverlag GmbH", "copyright"),
        ("(aerzteblatt.de/may)", "agency"),
        ("Von unserem Korrespondenten Jakob Reimers, Charkiw", "agency"),
        # English pages
        ("Advertisement", "advertising"),
        ("Click to share on Twitter (Opens in new window)", "share"),
        ("Read more: Tencent profit falls", "navigation"),
        ("Image copyright Getty Images", "caption"),
        ("By Julius Young | Fox News", "agency"),
        ("Posted by Michael David Smith on November 19, 2019, 6:21 AM EST", "agency"),
        ("Leave a Reply", "comments"),
        ("(Reporting by Greg Roumeliotis; editing by Martin Howell.)", "credit"),
        (
            "© 2019 Associated Press. All Rights Reserved. This material may not be published, "
            "broadcast, rewritten, or redistributed.",
            "copyright",
        ),
    ],
)
def test_more_residue(line: str, reason: str) -> None:
    assert residue_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Die Europäische Kommission wollte das Ergebnis zunächst nicht kommentieren.",
        "Das Live-Video des Starts verfolgten nach Angaben der Esa mehr als 200.000 Menschen.",
        "Von Reuters befragte Ökonomen hatten mit einem Rückgang auf 2,2 Prozent gerechnet.",
        "Alle Rechte an den Aufnahmen lägen bei der Agentur, erklärte ein Sprecher.",
        "Kommentar der Richterin zum Auftakt: Beide Seiten sollten einen Vergleich prüfen.",
        "Related to the case, the company said it would appeal.",
        "By Monday the talks had failed.",
        "Pause für die Tarifgespräche",
        "Crisis in the Middle East",
        "Die Polizei rät, Fenster auch bei kurzer Abwesenheit zu schließen. Foto und Video "
        "der Tat liegen vor.",
    ],
)
def test_more_body_lines_that_look_like_residue(line: str) -> None:
    assert residue_reason(line) is None
