"""Entity mentions: proper-noun runs with particles and acronyms, filed under a base form,
typed by the context cues in cues.toml."""

from __future__ import annotations

import pytest

from lagebild.analyze import analyze
from lagebild.analyze.entities import find_mentions
from lagebild.records import Article, Mention, Token


def _mentions(text: str, language: str = "de") -> list[Mention]:
    article = Article("a", "a.txt", text, None, None, None, "2026-03-10", language)
    return list(analyze(article).mentions)


def _one(text: str, surface: str) -> Mention:
    found = [m for m in _mentions(text) if m.text == surface]
    assert len(found) == 1, _mentions(text)
    return found[0]


def test_first_and_last_name_form_one_person() -> None:
    text = "Bundeskanzler Olaf Scholz reiste am Montag nach Kiew."
    mention = _one(text, "Olaf Scholz")
    assert (mention.name, mention.type, mention.sentence) == ("Olaf Scholz", "PER", 0)
    assert text[mention.start : mention.end] == "Olaf Scholz"


def test_family_name_the_tagger_takes_for_a_verb_joins_the_first_name() -> None:
    text = "Bürgermeisterin Petra Kallweit schrieb am Abend einen Brief."
    assert _one(text, "Petra Kallweit").type == "PER"


def test_name_particles_join_a_name() -> None:
    text = "Kommissionspräsidentin Ursula von der Leyen sprach in Brüssel."
    mention = _one(text, "Ursula von der Leyen")
    assert (mention.name, mention.type) == ("Ursula von der Leyen", "PER")
    assert text[mention.start : mention.end] == "Ursula von der Leyen"


def test_acronym_keeps_its_spelling_and_is_an_organisation() -> None:
    mentions = _mentions("Die SPD und die NATO reagierten am Abend.")
    assert [(m.text, m.name, m.type) for m in mentions] == [
        ("SPD", "SPD", "ORG"),
        ("NATO", "NATO", "ORG"),
    ]


def test_genitive_is_filed_under_the_base_form() -> None:
    mention = _one("Die Rede Kesslers wurde im Landtag gelobt.", "Kesslers")
    assert mention.name == "Kessler"


def test_genitive_apostrophe_is_dropped_from_the_name() -> None:
    mention = _one("Der Plan Merz' scheiterte im Bundesrat.", "Merz'")
    assert mention.name == "Merz"


def test_hyphenated_name_keeps_its_capitals() -> None:
    mention = _one("Die Max-Planck-Gesellschaft warnte vor Kürzungen.", "Max-Planck-Gesellschaft")
    assert (mention.name, mention.type) == ("Max-Planck-Gesellschaft", "ORG")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Der Vorschlag kam von Gesundheitsministerin Kessler.", "Kessler"),
        ("Am Abend sprach Dr. Kessler vor der Presse.", "Kessler"),
        ("Der Sprecher Kessler bestätigte den Angriff.", "Kessler"),
    ],
)
def test_role_word_before_a_name_makes_a_person(text: str, surface: str) -> None:
    assert _one(text, surface).type == "PER"


@pytest.mark.parametrize(
    "sentence", ["Die Angriffe in Charkiw gingen weiter.", "Aus Kiew kam Kritik."]
)
def test_preposition_of_place_makes_a_location(sentence: str) -> None:
    (mention,) = _mentions(sentence)
    assert mention.type == "LOC"


def test_place_suffix_makes_a_location() -> None:
    assert _one("Deutschland liefert weitere Waffen.", "Deutschland").type == "LOC"


@pytest.mark.parametrize(
    "text",
    [
        "Gestern kam die Polizei.",
        "Heute beginnt der Streik.",
        "Morgen folgt die Feuerwehr.",
        "Trotzdem bleibt die Lage ruhig.",
        "Hoffnung gibt es kaum.",
    ],
)
def test_sentence_initial_common_words_are_not_mentions(text: str) -> None:
    assert _mentions(text) == []


def test_a_germ_is_no_name() -> None:
    text = "In einem Pflegeheim in Schweinfurt sind 47 Bewohner mit dem Norovirus angesteckt."
    assert [m.name for m in _mentions(text)] == ["Schweinfurt"]


def test_sentence_initial_name_is_a_mention() -> None:
    assert [m.name for m in _mentions("Russland greift an. Scholz schweigt.")] == [
        "Russland",
        "Scholz",
    ]


def test_a_first_name_opening_a_sentence_joins_the_family_name_after_it() -> None:
    text = "Gerd Wübbenhorst (54) hält in Wardenburg 120 Milchkühe."
    assert _one(text, "Gerd Wübbenhorst").type == "PER"


def test_mentions_carry_their_sentence_and_offsets() -> None:
    text = "Der Angriff traf Charkiw.\n\nGouverneur Oleh Synjehubow sprach von Schäden."
    mentions = _mentions(text)
    assert [(m.text, m.sentence) for m in mentions] == [
        ("Charkiw", 0),
        ("Oleh Synjehubow", 1),
    ]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


# The typing rules on tagged tokens: HanTa tags most German compounds as common nouns,
# so these cases are built by hand to pin the rules themselves.


def _tokens(*spec: tuple[str, str]) -> tuple[str, list[Token]]:
    tokens: list[Token] = []
    position = 0
    for word, pos in spec:
        tokens.append(Token(word, word, pos, position, position + len(word)))
        position += len(word) + 1
    return " ".join(word for word, _ in spec), tokens


def _typed(*spec: tuple[str, str]) -> list[tuple[str, str]]:
    text, tokens = _tokens(*spec)
    return [(m.text, m.type) for m in find_mentions(tokens, 0, text)]


def test_event_word_in_the_name_makes_an_event() -> None:
    assert _typed(
        ("Die", "ART"), ("Münchner", "NE"), ("Sicherheitskonferenz", "NE"), ("beginnt", "VV")
    ) == [("Münchner Sicherheitskonferenz", "EVENT")]


def test_organisation_word_in_the_name_makes_an_organisation() -> None:
    assert _typed(("Die", "ART"), ("Humboldt-Universität", "NE"), ("klagt", "VV")) == [
        ("Humboldt-Universität", "ORG")
    ]
    assert _typed(("Die", "ART"), ("Deutsche", "NE"), ("Gesellschaft", "NE"), ("warnt", "VV")) == [
        ("Deutsche Gesellschaft", "ORG")
    ]


def test_name_without_a_cue_is_a_person() -> None:
    # A single unknown German name in news is most often a person's family name.
    assert _typed(("Laut", "APPR"), ("Anna", "NE"), ("Kessler", "NE"), ("kam", "VV")) == [
        ("Anna Kessler", "PER")
    ]
    assert _typed(("Laut", "APPR"), ("Kessler", "NE"), ("kam", "VV")) == [("Kessler", "PER")]


def test_single_name_after_an_article_is_an_organisation() -> None:
    assert _typed(("Die", "ART"), ("Kessler", "NE"), ("kam", "VV")) == [("Kessler", "ORG")]


def test_role_word_ending_makes_a_person() -> None:
    assert _typed(("Innenministerin", "NN"), ("Berg", "NE"), ("sagte", "VV")) == [("Berg", "PER")]


def test_particles_do_not_join_a_full_name_to_an_organisation() -> None:
    assert _typed(
        ("Anna", "NE"), ("Kessler", "NE"), ("von", "APPR"), ("der", "ART"), ("Charité", "NE")
    ) == [("Anna Kessler", "PER"), ("Charité", "ORG")]
    assert _typed(("Kessler", "NE"), ("von", "APPR"), ("der", "ART"), ("SPD", "NE")) == [
        ("Kessler", "PER"),
        ("SPD", "ORG"),
    ]


def test_particles_need_a_name_after_them() -> None:
    assert _typed(("Anna", "NE"), ("von", "APPR"), ("der", "ART"), ("Partei", "NN")) == [
        ("Anna", "PER")
    ]


def test_particles_join_first_and_family_name() -> None:
    assert _typed(("Richard", "NE"), ("von", "APPR"), ("Weizsäcker", "NE"), ("sagte", "VV")) == [
        ("Richard von Weizsäcker", "PER")
    ]


def test_person_named_with_party_gives_two_mentions() -> None:
    mentions = _mentions("Dazu äußerte sich Friedrich Merz von der CDU am Abend.")
    assert [(m.text, m.type) for m in mentions] == [("Friedrich Merz", "PER"), ("CDU", "ORG")]


def test_a_name_after_a_kind_noun_keeps_its_final_s() -> None:
    mention = _one("Der Verletzte wurde in das Krankenhaus Zams gebracht.", "Zams")
    assert (mention.name, mention.type) == ("Zams", "ORG")
    assert _one("Die Rede Selenskyjs wurde gelobt.", "Selenskyjs").name == "Selenskyj"


def test_a_persons_name_ending_in_an_organisation_head_is_the_organisation() -> None:
    assert _one("Das Robert Koch-Institut meldete 240 Tote.", "Robert Koch-Institut").type == "ORG"
    assert _one("Das sagte Robert Koch am Montag.", "Robert Koch").type == "PER"


def test_a_guessed_name_takes_the_type_of_the_name_it_is_coordinated_with() -> None:
    text = "Die Bundesstraße 101 ist zwischen Jüterbog und Luckenwalde gesperrt."
    assert _one(text, "Luckenwalde").type == "LOC"
    assert _one(text, "Jüterbog").type == "LOC"


def test_a_small_town_the_tagger_takes_for_a_noun_is_a_place_after_a_preposition() -> None:
    text = "In der Nordsee ist ein Fischkutter aus Cuxhaven gesunken."
    assert [(m.text, m.type) for m in _mentions(text)] == [("Nordsee", "LOC"), ("Cuxhaven", "LOC")]


def test_a_country_in_the_dative_plural_is_the_country() -> None:
    mention = _one("Ein Skifahrer aus den Niederlanden kam ums Leben.", "Niederlanden")
    assert (mention.name, mention.type) == ("Niederlande", "LOC")


def test_a_town_named_like_a_common_word_after_an_article_is_the_word() -> None:
    for text in ("Die Halle war leer.", "Der Zug war um 7.12 Uhr auf den Traktor geprallt."):
        assert _mentions(text) == []
    assert [m.name for m in _mentions("Die Steiermark und das Saarland stimmten zu.")] == [
        "Steiermark",
        "Saarland",
    ]


@pytest.mark.parametrize(
    ("text", "street", "name"),
    [
        ("Das Feuer brach in einer Wohnung in der Sedanstraße aus.", "Sedanstraße", None),
        ("Das Wohnheim am Kreuzbergring wurde geräumt.", "Kreuzbergring", None),
        ("Der Unfall geschah auf der Weinsberger Straße.", "Weinsberger Straße", None),
        (
            "Der Kran fiel auf die Holländischen Straße.",
            "Holländischen Straße",
            "Holländische Straße",
        ),
    ],
)
def test_a_street_is_a_place(text: str, street: str, name: str | None) -> None:
    mention = _one(text, street)
    assert (mention.type, mention.name) == ("LOC", name or street)


def test_an_english_street_is_a_place() -> None:
    mentions = _mentions("The fire broke out on Obernstraße, near Baker Street.", "en")
    assert [(m.text, m.type) for m in mentions] == [("Obernstraße", "LOC"), ("Baker Street", "LOC")]


def test_a_kind_of_road_or_a_common_compound_is_no_street() -> None:
    text = (
        "Erster Platz für die Landstraße: Autos bildeten eine Rettungsgasse, die Bahnsteige "
        "und der Parkplatz am Lärmschutzwall blieben leer."
    )
    assert _mentions(text) == []


def test_english_direction_words_time_zones_and_ministries() -> None:
    text = (
        "Russia's Defence Ministry said the strike began at 0100 GMT. Kyiv pressed its "
        "Western allies, and officials in Northern Ireland were told."
    )
    found = [(m.text, m.type) for m in _mentions(text, "en")]
    assert found == [
        ("Russia", "LOC"),
        ("Defence Ministry", "ORG"),
        ("Kyiv", "LOC"),
        ("Northern Ireland", "LOC"),
    ]


def test_a_number_word_opening_a_sentence_is_no_name() -> None:
    assert _mentions("Elf Badegäste erlitten Verbrennungen, sagte Anna Berg.") == [
        _one("Elf Badegäste erlitten Verbrennungen, sagte Anna Berg.", "Anna Berg")
    ]


def test_a_compound_of_an_organisation_s_kind_types_the_name_after_it() -> None:
    text = "Der ukrainische Netzbetreiber Ukrenerho kündigte Abschaltungen an."
    assert _one(text, "Ukrenerho").type == "ORG"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Auf der B83 bei Melsungen ist ein Lastwagen umgekippt.", "Melsungen"),
        ("Der Zug hielt auf freier Strecke bei Achim an.", "Achim"),  # also a first name
        ("Bei Kaub ist in der Nacht ein Tankschiff auf Grund gelaufen.", "Kaub"),
        ("Das Boot kenterte vor der Ortschaft Seedorf.", "Seedorf"),
        ("Die Feuerwehr aus Bad Schandau rückte aus.", "Bad Schandau"),
        # also another city's alternate name (Zielona Góra's)
        ("Der Zug prallte um 16.25 Uhr bei Grünberg gegen eine Buche.", "Grünberg"),
    ],
)
def test_a_word_of_place_makes_a_small_town_a_location(text: str, surface: str) -> None:
    assert _one(text, surface).type == "LOC"


def test_the_village_of_makes_a_location() -> None:
    text = "The fire broke out near the village of Hinterzarten on Sunday."
    assert [(m.text, m.type) for m in _mentions(text, "en")] == [("Hinterzarten", "LOC")]


@pytest.mark.parametrize(
    "text", ["Er kam nach Hause und sah Rauch.", "Der Lastwagen wurde bei Twist gefunden."]
)
def test_a_village_named_like_a_word_is_the_word(text: str) -> None:
    assert _mentions(text) == []


def test_a_known_family_name_is_no_village() -> None:
    text = "Otto Hahn sprach. Die Schuld liege bei Hahn, sagte sie."
    assert [m.type for m in _mentions(text)] == ["PER", "PER"]


def test_an_unknown_name_of_two_words_after_a_word_of_place_is_a_place() -> None:
    assert _one("Die Rastanlage bei Hann. Münden ist gesperrt.", "Hann. Münden").type == "LOC"
    assert _one("Er wohnte bei Anna Schmidt in der Altstadt.", "Anna Schmidt").type == "PER"


def test_a_name_in_an_industrial_area_or_before_a_word_of_district_is_a_place() -> None:
    assert _one("Der Schlachthof im Gewerbegebiet Ursulasried brennt.", "Ursulasried").type == (
        "LOC"
    )
    english = _mentions("The plant in the Leubas industrial area burned down.", "en")
    assert [(m.name, m.type) for m in english] == [("Leubas", "LOC")]


def test_a_lower_case_adjective_ends_a_name_of_adjectives() -> None:
    text = "Nach dem Unfall haben Sachverständige weitere Schäden entdeckt."
    assert _mentions(text) == []
    assert _one("Die Deutsche Bahn warnte am Abend.", "Deutsche Bahn").type == "ORG"
