"""The layout of plain page text: where the story stands among menus, lists and comments."""

from __future__ import annotations

import pytest

from lagebild.clean.layout import is_sentence, size
from lagebild.clean.lines import classify, is_outlet

PARAGRAPHS = [
    "The city council voted on Tuesday to extend the night bus network to the northern "
    "suburbs, a plan that had been debated for more than two years.",
    "The new lines will start running in March and will cost about 4 million dollars a "
    "year, according to figures presented by the transport department.",
    "Opponents said the money would be better spent on more frequent daytime services, "
    "but the measure passed with a clear majority of eleven votes to four.",
    "Short sentence at the end.",
]
MENU = ["Home", "News", "Local", "Sports", "Weather", "Politics", "Business", "Opinion"]
LINKS = [
    "Mayor announces new budget",
    "Five restaurants to try this weekend",
    "High school football scores",
    "Police seek witnesses after crash",
]


def _labels(lines: list[str], has_title: bool = False) -> list[str]:
    return [line.label for line in classify(lines, has_title=has_title)]


def test_menu_above_and_link_list_below_are_navigation() -> None:
    lines = [*MENU, "Council extends night buses to the suburbs", *PARAGRAPHS, *LINKS]
    labels = _labels(lines)
    assert labels == ["navigation"] * 7 + ["kicker", "title"] + ["body"] * 4 + ["navigation"] * 4


def test_the_page_title_repeated_above_the_story_marks_its_start() -> None:
    teasers = [
        "Storm damage: Crews are still clearing fallen trees across the county after the "
        "weekend storm, and some roads will stay closed until Friday, officials said.",
        "Election: The county clerk expects record turnout in next month's vote and has "
        "asked for more poll workers to help on the day of the election itself.",
    ] * 3
    title = "Council extends night buses to the suburbs"
    lines = [f"{title} | City News", *MENU, *teasers, "Weather", title, *PARAGRAPHS]
    labels = _labels(lines)
    assert labels[-4:] == ["body"] * 4
    assert "body" not in labels[:-4]


def test_a_comment_section_after_the_story_is_comments() -> None:
    comments = [
        "12 Comments",
        "jsmith says:",
        "This is exactly what the northern suburbs have needed for years, and it is about "
        "time the council listened to the people who actually live out there.",
        "Reply",
    ]
    labels = _labels([*PARAGRAPHS, *comments])
    assert labels == ["body"] * 4 + ["comments"] * 4


def test_a_comment_count_above_the_story_ends_nothing() -> None:
    labels = _labels(["Share", "Comments", "Print", *PARAGRAPHS])
    assert labels[-4:] == ["body"] * 4


def test_a_list_in_the_text_stays() -> None:
    lines = [
        PARAGRAPHS[0],
        "Die Forderungen der Gewerkschaft im Überblick:",
        "• acht Prozent mehr Lohn, mindestens 350 Euro",
        "• eine Laufzeit von zwölf Monaten",
        "• drei zusätzliche freie Tage für Schichtarbeiter",
    ]
    assert _labels(lines, has_title=True) == ["body"] * 5


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        ("Die Kritik kam prompt.", True),
        ("Sie sagte: „Das reicht nicht.“", True),
        ("Köpping: „Kein Krankenhaus wird geschlossen“", False),
        ("Kritik aus der Opposition", False),
        ("BREAKING NEWS.", False),
        ("Was bedeutet das für Mieter?", True),
    ],
)
def test_sentence_shape(line: str, sentence: bool) -> None:
    assert is_sentence(line) is sentence


def test_size_counts_cjk_characters_as_half_words() -> None:
    assert size("Das sind vier Wörter") == 4
    assert size("東京都の新しい計画") == 1 + 9 / 2


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("stern", True),
        ("MDR SACHSEN", True),
        ("aerzteblatt.de", True),
        ("Süddeutsche Zeitung", True),
        ("Weser-Kurier", True),
        ("Krieg in der Ukraine", False),
        ("Gesundheitspolitik", False),
        ("Die Zeitung berichtete.", False),
    ],
)
def test_outlet_names(line: str, outlet: bool) -> None:
    assert is_outlet(line) is outlet


def test_outlet_line_at_the_top_is_the_source_not_a_kicker() -> None:
    lines = ["MDR SACHSEN", "Gesundheit", "Länder wollen Landapotheken retten", *PARAGRAPHS[:3]]
    assert _labels(lines) == ["source", "section", "title", "body", "body", "body"]
