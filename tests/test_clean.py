"""``clean`` on plain text: header, title, residue and dateline out, body in, every removal
kept with its reason."""

from __future__ import annotations

import pytest

from lagebild.clean import clean
from lagebild.config import CleanConfig
from lagebild.errors import CleanError
from lagebild.records import Document, Removal

CONFIG = CleanConfig(min_body_chars=200)

GLUED = (
    "Sachsens Gesundheitsministerin Petra Köpping hat am Dienstag neue Regeln für die "
    "Kliniken im Freistaat vorgestellt."
)
MINISTER = (
    "Die Ministerin sagte, die Versorgung auf dem Land werde nicht schlechter. "
    "Die Kassen\u00a0begrüßten den Plan, die Kliniken reagierten zurückhaltend."
)
OPPOSITION = (
    "Die Opposition kritisierte den Zeitplan als zu knapp. Sie sagte: „Das ist ein "
    "Kahlschlag auf Raten, den wir so nicht hinnehmen werden.“"
)
TRAPS = (
    "Der Kommentar der Ministerin sorgte für Aufregung. Das Video der Debatte wurde "
    "tausendfach geteilt. Normal sei das nicht, sagte ein Abgeordneter."
)
SCRAPED = "\n".join(
    [
        "Gesundheit in Sachsen",
        "Köpping stellt neue Klinikreform vor",
        f" date 2024-03 Von Leipziger Volkszeitung {GLUED}",
        "Das Wichtigste in Kürze",
        "• Die Reform betrifft 76 Krankenhäuser",
        "• Kleine Häuser sollen Fachabteilungen abgeben",
        MINISTER,
        "Köpping im Landtag in Dresden. (Foto: dpa)",
        "play_arrow",
        "00:00 / 00:00",
        "1.25x",
        "Normal",
        "Kritik aus der Opposition",
        OPPOSITION,
        "Köpping im Landtag in Dresden. (Foto: dpa)",
        TRAPS,
        "Artikel teilen",
        "Jetzt Newsletter abonnieren",
        "Schreibe einen Kommentar",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
        "© Tutti i diritti riservati",
    ]
)


def _doc(content: str, **meta: str) -> Document:
    return Document(id="d1", origin="d1.txt", content=content, kind="text", **meta)


def test_scraped_text_is_cleaned() -> None:
    article = clean(_doc(SCRAPED), CONFIG)
    assert article.text == "\n\n".join([GLUED, MINISTER.replace("\u00a0", " "), OPPOSITION, TRAPS])
    assert article.title == "Köpping stellt neue Klinikreform vor"
    assert article.source == "Leipziger Volkszeitung"
    assert article.published == "2024-03"
    assert article.language == "de"
    assert (article.id, article.origin) == ("d1", "d1.txt")


def test_every_removed_line_is_kept_with_its_reason_in_input_order() -> None:
    article = clean(_doc(SCRAPED), CONFIG)
    caption = "Köpping im Landtag in Dresden. (Foto: dpa)"
    assert article.removed == (
        Removal("Gesundheit in Sachsen", "kicker"),
        Removal("date 2024-03 Von Leipziger Volkszeitung", "metadata"),
        Removal("Das Wichtigste in Kürze", "teaser"),
        Removal("• Die Reform betrifft 76 Krankenhäuser", "teaser"),
        Removal("• Kleine Häuser sollen Fachabteilungen abgeben", "teaser"),
        Removal(caption, "caption"),
        Removal("play_arrow", "player"),
        Removal("00:00 / 00:00", "player"),
        Removal("1.25x", "player"),
        Removal("Normal", "player"),
        Removal("Kritik aus der Opposition", "heading"),
        Removal(caption, "caption"),
        Removal("Artikel teilen", "share"),
        Removal("Jetzt Newsletter abonnieren", "newsletter"),
        Removal("Schreibe einen Kommentar", "comments"),
        Removal(
            "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * "
            "markiert",
            "comments",
        ),
        Removal("© Tutti i diritti riservati", "copyright"),
    )


def test_nothing_is_lost_between_input_body_and_removed() -> None:
    article = clean(_doc(SCRAPED), CONFIG)
    kept = article.text.split("\n\n") + [r.text for r in article.removed]
    if article.title:
        kept.append(article.title)
    for line in SCRAPED.replace("\u00a0", " ").splitlines():
        words = line.split()
        assert all(any(word in piece for piece in kept) for word in words), line


def test_document_metadata_wins_over_the_header() -> None:
    article = clean(_doc(SCRAPED, source="LVZ", published="2024-03-05T07:00"), CONFIG)
    assert (article.source, article.published) == ("LVZ", "2024-03-05T07:00")
    assert article.title == "Köpping stellt neue Klinikreform vor"


def test_known_title_is_kept_and_the_lines_above_the_lead_are_kickers() -> None:
    article = clean(_doc(SCRAPED, title="Klinikreform in Sachsen"), CONFIG)
    assert article.title == "Klinikreform in Sachsen"
    assert article.text.startswith(GLUED)
    assert article.removed[:3] == (
        Removal("Gesundheit in Sachsen", "kicker"),
        Removal("Köpping stellt neue Klinikreform vor", "kicker"),
        Removal("date 2024-03 Von Leipziger Volkszeitung", "metadata"),
    )


def test_dateline_and_time_header_are_removed() -> None:
    text = (
        "Stand: 14.02.2024, 09:12 Uhr\n"
        "Frankfurt/München (dpa) - Reisende müssen sich am Donnerstag auf massive "
        "Einschränkungen im Flugverkehr einstellen. Die Gewerkschaft Verdi hat das "
        "Bodenpersonal an mehreren Flughäfen zum Warnstreik aufgerufen.\r\n"
        "Betroffen sind nach Angaben der Flughafenbetreiber mehr als 100.000 Passagiere.\n"
    )
    article = clean(_doc(text), CONFIG)
    assert article.text.startswith("Reisende müssen sich am Donnerstag")
    assert article.published == "2024-02-14T09:12"
    assert article.source is None
    assert article.removed == (
        Removal("Stand: 14.02.2024, 09:12 Uhr", "metadata"),
        Removal("Frankfurt/München (dpa) -", "dateline"),
    )


def test_only_the_lead_loses_a_dateline() -> None:
    lead = (
        "Die Gewerkschaft Verdi hat das Bodenpersonal an mehreren deutschen Flughäfen zu "
        "einem ganztägigen Warnstreik aufgerufen, wie sie am Morgen mitteilte."
    )
    later = "Hamburg (dpa) - Auch in Hamburg fallen nach Angaben des Flughafens Flüge aus."
    article = clean(_doc(f"{lead}\n{later}"), CONFIG)
    assert article.text == f"{lead}\n\n{later}"


def test_english_text() -> None:
    text = (
        "KYIV, March 4 (Reuters) - Russia attacked energy facilities in Kharkiv overnight, "
        "leaving about 200,000 people without power, the regional governor said on Tuesday.\n"
        "Repair crews were working to restore supplies, the governor said, adding that "
        "there were no reports of casualties.\n"
        "All rights reserved.\n"
    )
    article = clean(_doc(text), CONFIG)
    assert article.text.startswith("Russia attacked energy facilities")
    assert article.language == "en"
    assert [r.reason for r in article.removed] == ["dateline", "copyright"]


def test_decomposed_umlauts_are_composed() -> None:
    text = GLUED.replace("ö", "o\u0308").replace("ü", "u\u0308") + " " + GLUED + " " + GLUED
    article = clean(_doc(text), CONFIG)
    assert "Köpping" in article.text
    assert "\u0308" not in article.text


def test_invisible_characters_and_odd_spaces_are_normalised() -> None:
    text = f"Die\u00a0Ministe\u00adrin\u200b sagte\u202fam\tDienstag: {GLUED} {GLUED}"
    article = clean(_doc(text), CONFIG)
    assert article.text.startswith("Die Ministerin sagte am Dienstag: Sachsens")


def test_short_text_raises_a_helpful_error() -> None:
    text = "Artikel teilen\nDer Zug fällt aus.\n© AFP\n"
    with pytest.raises(CleanError) as caught:
        clean(_doc(text), CONFIG)
    message = str(caught.value)
    assert "only 18 characters of body text are left" in message
    assert "at least 200 are needed" in message
    assert "2 lines were removed" in message


def test_the_minimum_is_configurable() -> None:
    text = "Der Zug fällt heute aus, teilte die Bahn mit."
    assert clean(_doc(text), CleanConfig(min_body_chars=20)).text == text
    with pytest.raises(CleanError):
        clean(_doc(text), CleanConfig(min_body_chars=len(text) + 1))


def test_a_sites_network_line_is_a_credit() -> None:
    network = "*elbkurier.de ist Teil des bundesweiten Nordlicht-Medien-Redaktionsnetzwerks."
    kept = "Das Klinikum Wittenberg ist Teil des regionalen Klinikverbunds."
    article = clean(_doc("\n".join([GLUED, MINISTER, kept, network])), CONFIG)
    assert Removal(network, "credit") in article.removed
    assert kept in article.text
