"""What the entity rules share: cue words, the sentence context, word tests.

Internal to ``entities``, ``entity_types`` and ``entity_names``; the rules
themselves are described in ``entities``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from lagebild.analyze.gazetteer import Gazetteer, gazetteer
from lagebild.analyze.quantities import NUMBER_WORDS
from lagebild.analyze.tagging import known_word
from lagebild.records import Token

_PARTICLES = frozenset({"von", "van", "der", "den", "de", "zu", "del", "di", "da", "bin", "al"})
# "der"/"den" continue a name only after "von"/"van": "Anna Kessler der SPD" is two.
_FIRST_PARTICLES = _PARTICLES - {"der", "den"}
_NAME_TAGS = frozenset({"NE", "FM"})
# HanTa tags a first name it does not know as anything ("Ahmet": an imperative);
# articles, prepositions, conjunctions and pronouns it knows are never first names.
_NOT_FIRST_NAME_TAGS = ("ART", "APPR", "KON", "P", "$")
_SPEECH = frozenset(
    [
        "sagte",
        "sagt",
        "erklärte",
        "erklärt",
        "betonte",
        "betont",
        "schrieb",
        "warnte",
        "warnt",
        "forderte",
        "fordert",
        "so",
        "sprach",
        "bat",
        "verteidigte",
        "konterte",
        "mahnte",
        "kündigte",
        "zitierte",
        "erinnerte",
        "verlangte",
        "meinte",
        "said",
        "says",
        "told",
        "wrote",
        "added",
        "warned",
    ]
)
_ADJECTIVE_TAGS = frozenset({"ADJA", "ADJD", "ADJ(A)", "ADJ(D)", "NNA"})
_EN_OPENERS = frozenset({"“", '"', "‘", "'", ":", ".", "(", ";"})
_OPENERS = frozenset({"„", '"', "«", "»", "‚", "(", ":", "–", "-", "“", "‘", "'", "[", "—"})
_INITIAL = re.compile(r"^[A-Z]\.$")
_MONTHS_AND_DAYS = frozenset(
    [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
        "Sonnabend",
        "January",
        "February",
        "March",
        "June",
        "July",
        "October",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|ch|ic)(?:-[A-Z][a-z]+)?$")
_POINTS = frozenset({"North", "South", "East", "West"})
_COMPASS = _POINTS | {"Former", "former"}
# English adjectives of a direction: no name on their own ("its Western allies")
_COMPASS_ADJECTIVES = frozenset({"Western", "Eastern", "Northern", "Southern"})
# a direction that opens a region's name ("Northern Ireland", "South Tyrol")
_DIRECTIONS = _POINTS | _COMPASS_ADJECTIVES
# abbreviations of time zones: part of a time, not an organisation ("0100 GMT")
_TIME_ZONES = frozenset({"GMT", "UTC", "MEZ", "MESZ", "CET", "CEST", "EST", "EDT", "PST", "PDT"})
_LINKS = frozenset({"am", "an", "upon", "on", "de", "del", "la"})
_ARTICLES = frozenset(["der", "die", "das", "dem", "den", "des"])
# prepositions a small town is named after ("aus Cuxhaven", "bei Villmar")
_PLACE_PREPOSITIONS = frozenset({"in", "aus", "nach", "bei", "nahe", "von", "vor"})
_EXTENDERS = frozenset({"für", "for", "of"})


@dataclass(frozen=True, slots=True)
class _Cues:
    person_before: frozenset[str]
    person_suffix: tuple[str, ...]
    org_heads: tuple[str, ...]
    org_before: frozenset[str]
    org_kinds: tuple[str, ...]
    event_heads: tuple[str, ...]
    event_typing: tuple[str, ...]
    location_before: frozenset[str]
    location_after: frozenset[str]
    village_before: frozenset[str]
    location_suffix: tuple[str, ...]
    location_heads: tuple[str, ...]
    misc_before: frozenset[str]
    street_suffix: tuple[str, ...]
    street_generic: frozenset[str]
    street_loose_suffix: tuple[str, ...]
    street_loose_before: frozenset[str]
    street_heads: frozenset[str]
    common_suffix: tuple[str, ...]


@cache
def _cues() -> _Cues:
    raw = tomllib.loads(resources.files("lagebild.analyze").joinpath("cues.toml").read_text())

    def lower(words: list[str]) -> tuple[str, ...]:
        return tuple(w.lower() for w in words)

    return _Cues(
        person_before=frozenset(raw["person"]["before"]),
        person_suffix=tuple(raw["person"]["suffix_before"]),
        org_heads=lower(raw["organisation"]["suffix"]),
        org_before=frozenset(raw["organisation"]["before"]),
        org_kinds=lower(raw["organisation"]["before"]),
        event_heads=lower(raw["event"]["suffix"]),
        event_typing=lower(raw["event"]["typing"]),
        location_before=frozenset(raw["location"]["before"]),
        location_after=frozenset(raw["location"]["after"]),
        village_before=frozenset(raw["location"]["village_before"]),
        location_suffix=tuple(raw["location"]["suffix"]),
        location_heads=lower(raw["location"]["head"]),
        misc_before=frozenset(raw["misc"]["before"]),
        street_suffix=tuple(raw["street"]["suffix"]),
        street_generic=frozenset(raw["street"]["generic"]),
        street_loose_suffix=tuple(raw["street"]["loose_suffix"]),
        street_loose_before=frozenset(raw["street"]["loose_before"]),
        street_heads=frozenset(raw["street"]["head"]),
        common_suffix=tuple(raw["common"]["suffix"]),
    )


@lru_cache(maxsize=200_000)
def _ends_with(word: str, heads: tuple[str, ...]) -> bool:
    """``word`` is one of ``heads`` or ends in a longer one ("-gesellschaft")."""
    lower = word.lower()
    return any(lower == h or (len(h) >= 5 and lower.endswith(h)) for h in heads)


def _known_word(word: str, language: str) -> bool:
    """Whether the dictionary knows ``word`` (lowercase) as a word of ``language``."""
    return known_word(word, language)


def _is_acronym(token: Token) -> bool:
    letters = token.text.replace("-", "").removesuffix(".")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _is_role(token: Token) -> bool:
    return _is_role_word(token.text)


@lru_cache(maxsize=200_000)
def _is_role_word(word: str) -> bool:
    cues = _cues()
    return word in cues.person_before or word.lower().endswith(cues.person_suffix)


def _capitalised(token: Token) -> bool:
    """Starts with a capital letter (a capital is always a letter)."""
    return token.text[:1].isupper()


@dataclass(slots=True)
class _Context:
    """One sentence's tokens and what the article has taught so far."""

    tokens: Sequence[Token]
    language: str
    gazetteer: Gazetteer
    family_names: set[str]
    position: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.position = {t.start: i for i, t in enumerate(self.tokens)}

    def initial(self, i: int) -> bool:
        """Whether token ``i`` stands where any word is capitalised."""
        if i == 0:
            return True
        previous = self.tokens[i - 1].text
        if self.language != "de":
            return previous in _EN_OPENERS
        return previous in _OPENERS or previous in ".!?"

    def is_name(self, i: int) -> bool:
        token = self.tokens[i]
        if not _capitalised(token) or token.text in _MONTHS_AND_DAYS:
            return False
        if self.language == "de" and self._common_place_word(i):
            return False
        if token.text in _TIME_ZONES or token.text.lower() in NUMBER_WORDS:
            return False  # "0100 GMT", "Elf Badegäste erlitten Verbrennungen"
        if _is_acronym(token):
            return not (self.language == "en" and token.text in ("I", "A"))
        if self.language != "de":
            return self._english_name(i)
        if token.pos in _NAME_TAGS:
            # A sentence-initial word is a name only when it is not a known common word.
            return not (self.initial(i) and token.lemma[:1].islower())
        # HanTa took the word for a common noun: a place only under its own name
        # ("Apotheke" is also an alternate name of a city), and a small town only after a
        # preposition of place ("aus Cuxhaven"), a village only when it is no word as well
        # ("bei Guxhagen", not "nach Hause")
        if self.named_as_place(i) and not _known_word(token.text.lower(), "de"):
            return True
        place = self.gazetteer.place(token.text)
        before = self.tokens[i - 1].text.lower() if i > 0 else ""
        placed = (
            place is not None
            and not place.alias
            and (
                place.kind != "city" or place.population >= 100_000 or before in _PLACE_PREPOSITIONS
            )
        )
        return (placed or token.text in self.family_names) and not self.initial(i)

    def named_as_place(self, i: int) -> bool:
        """A place of any size named right after a word that makes it the place meant
        (``village_before`` in cues.toml: "bei Guxhagen", "in Achim", "die Ortschaft
        Seedorf")."""
        word = self.tokens[i].text
        places = (self.gazetteer.place(word), self.gazetteer.village(word))
        before = self.tokens[i - 1].text if i > 0 else ""
        return (
            before in _cues().village_before or before.lower() in _cues().village_before
        ) and any(place is not None and not place.alias for place in places)

    def _common_place_word(self, i: int) -> bool:
        """A town named like a common word, right after an article: the common word ("Die
        Halle war leer"). Countries and German and Austrian states may take an article
        ("die Schweiz", "das Saarland", "die Steiermark"); another state is the common word
        when the tagger took it for one ("Der Zug prallte auf den Traktor", not the
        canton)."""
        if i == 0 or self.tokens[i - 1].text.lower() not in _ARTICLES:
            return False
        token = self.tokens[i]
        place = self.gazetteer.place(token.text)
        if place is None or place.alias or not _known_word(token.text.lower(), "de"):
            return False
        if place.kind == "state":
            return token.pos == "NN" and not place.id.startswith(("iso:DE-", "iso:AT-"))
        return place.kind == "city"

    def _english_name(self, i: int) -> bool:
        """English capitalises names only: anywhere but at the start of a sentence a
        capitalised word is a name word. At the start, a place or a known family name
        is one, and so is a word the dictionary does not know as a common word."""
        token = self.tokens[i]
        word = token.text
        if len(word) == 1:
            return False  # "A", "I"
        if not self.initial(i):
            return word != "I'm"
        if word.endswith("ing") and _known_word(word[:-3].lower(), "en"):
            return False  # "Editing by …"
        if self._known_name(word):
            return True
        following = self.tokens[i + 1].text if i + 1 < len(self.tokens) else ""
        cues = _cues()
        if following[:1].isupper() and _ends_with(following, cues.org_heads + cues.event_heads):
            return True  # "European Union officials ..."
        return (
            token.pos == "NE"
            and not _NATIONALITY.match(word)
            and (not _known_word(word.lower(), "en") or token.lemma == word)
        )

    def _known_name(self, word: str) -> bool:
        place = self.gazetteer.place(word)
        big = place is not None and (place.kind != "city" or place.population >= 100_000)
        return big or word in self.family_names

    def first_name(self, i: int) -> bool:
        token = self.tokens[i]
        if token.pos.startswith(_NOT_FIRST_NAME_TAGS) or not all(
            p in self.gazetteer.first_names for p in token.text.split("-")
        ):
            return False
        # "The", "A", "Am" are first names somewhere, too; a sentence's first word that the
        # tagger takes for a name is one when it takes the next for a common noun ("Gerd
        # Wübbenhorst (54) hält ...": the tagger knows no such family name)
        if self.initial(i) and _known_word(token.text.lower(), self.language):
            following = self.tokens[i + 1].pos if i + 1 < len(self.tokens) else ""
            return token.pos == "NE" and following == "NN"
        return True


def _is_capital_adjective(c: _Context, i: int) -> bool:
    token = c.tokens[i]
    if c.initial(i) or token.text in _MONTHS_AND_DAYS or "-" in token.text:
        return False
    return (
        token.pos in _ADJECTIVE_TAGS
        or _is_place_adjective(token)
        or re.search(r"isch(?:e|en|er|es|em)$", token.text) is not None
    )


def _is_place_adjective(token: Token) -> bool:
    """ "Berliner", "Münchner", "Frankfurter": capitalised, uninflected, from a place."""
    word = token.text
    if not word.endswith("er") or token.lemma.lower() != word.lower() or token.pos == "NE":
        return False
    return _from_place(word)


@lru_cache(maxsize=50_000)
def _from_place(word: str) -> bool:
    places = gazetteer()
    stems = (word[:-2], word[:-1], word[:-3] + "en", word[:-2] + "en")
    return any(places.place(stem) is not None for stem in stems)


def _near_speech(
    c: _Context, start: int, length: int, verbs: Sequence[str] | frozenset[str] = _SPEECH
) -> bool:
    """A verb of saying right before or after the name ("sagte Söder", "Söder sagte")."""
    around = [*c.tokens[max(0, start - 1) : start], *c.tokens[start + length : start + length + 1]]
    return any(t.text in verbs for t in around)


def _index(c: _Context, token: Token) -> int:
    """The position of ``token`` in its sentence (tokens are unique by offset)."""
    return c.position.get(token.start, 0)


def _strip_genitive(word: str) -> str:
    if word.endswith(("'", "’")):
        return word[:-1]
    return word[:-1] if word.endswith("s") and len(word) > 3 else word
