"""Named-entity mentions: chunks of name words, typed by gazetteers and context cues.

A mention is one of (German rules; English uses the same with capitalisation as
its only tag):

- a run of proper-noun tokens (tag NE), an acronym, or a first name joined to a
  family name by name particles ("Ursula von der Leyen"; but "Anna Berg von der
  SPD" is two mentions) or initials ("John F. Kennedy");
- a first name from the gazetteer and the capitalised words after it, whatever
  their tag: HanTa takes many surnames for common nouns ("Petra Köpping");
- a role and the capitalised word after it ("Ministerin Köpping");
- capitalised adjectives before a noun, which German writes only in names ("Deutsche
  Bahn", "Vereinte Nationen", "Frankfurter Allgemeine Zeitung"); an adjective
  from a place name ("Berliner", "Münchner") only when the noun is the head of
  an organisation, event or place name ("Münchner Sicherheitskonferenz"), since
  "die Berliner Polizei" is no name;
- a hyphenated compound of a name and the head of an organisation or event
  ("Goethe-Universität", "EU-Kommission", "NATO-Gipfel"), not of anything else
  ("Ukraine-Krieg"); an organisation's head may go on with "für …"
  ("Max-Planck-Institut für Quantenoptik");
- a capitalised word after a noun that says what kind of organisation or thing
  follows ("die Gewerkschaft Verdi", "vom Typ Patriot");
- later in the article, a family name already seen in a full name ("Weißenborn").

Types, first match wins: an event head (EVENT); an organisation head, an
acronym that is not a country code, an organisation cue before (ORG); a first
name, a role before, a known family name (PER); a place in the gazetteer or a
place head (LOC); a preposition of place or a place-name ending (LOC); two or
more words (PER); else MISC. Cue words are data (``cues.toml``).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources

import simplemma

from lagebild.analyze.gazetteer import Gazetteer, gazetteer
from lagebild.records import EntityType, Mention, Token

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
_COMPASS = frozenset({"North", "South", "East", "West", "Former", "former"})
_LINKS = frozenset({"am", "an", "upon", "on", "de", "del", "la"})
_ARTICLES = frozenset(["der", "die", "das", "dem", "den", "des"])
_EXTENDERS = frozenset({"für", "for", "of"})
_FEMININE = (
    "ung", "heit", "keit", "schaft", "ion", "tät", "ei", "ur", "ik", "enz", "anz", "bahn",
    "union", "zeitung", "agentur", "kommission", "gesellschaft", "gemeinschaft", "universität",
    "vereinigung", "partei", "bank", "behörde", "stiftung", "konferenz", "messe", "wahl",
)  # fmt: skip
_NEUTER = ("um", "ment", "werk", "tum", "chen", "lein", "ee", "institut", "amt", "forum", "kreuz")


@dataclass(frozen=True, slots=True)
class _Cues:
    person_before: frozenset[str]
    person_suffix: tuple[str, ...]
    org_heads: tuple[str, ...]
    org_before: frozenset[str]
    event_heads: tuple[str, ...]
    event_typing: tuple[str, ...]
    location_before: frozenset[str]
    location_suffix: tuple[str, ...]
    location_heads: tuple[str, ...]
    misc_before: frozenset[str]


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
        event_heads=lower(raw["event"]["suffix"]),
        event_typing=lower(raw["event"]["typing"]),
        location_before=frozenset(raw["location"]["before"]),
        location_suffix=tuple(raw["location"]["suffix"]),
        location_heads=lower(raw["location"]["head"]),
        misc_before=frozenset(raw["misc"]["before"]),
    )


@lru_cache(maxsize=200_000)
def _ends_with(word: str, heads: tuple[str, ...]) -> bool:
    """``word`` is one of ``heads`` or ends in a longer one ("-gesellschaft")."""
    lower = word.lower()
    return any(lower == h or (len(h) >= 5 and lower.endswith(h)) for h in heads)


@lru_cache(maxsize=200_000)
def _known_word(word: str, language: str) -> bool:
    """Whether the dictionary knows ``word`` (lowercase) as a word of ``language``."""
    return bool(simplemma.is_known(word, lang=language))


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
        if _is_acronym(token):
            return not (self.language == "en" and token.text in ("I", "A"))
        if self.language != "de":
            return self._english_name(i)
        if token.pos in _NAME_TAGS:
            # A sentence-initial word is a name only when it is not a known common word.
            return not (self.initial(i) and token.lemma[:1].islower())
        # HanTa took the word for a common noun: a place only under its own name
        # ("Apotheke" is also an alternate name of a city).
        place = self.gazetteer.place(token.text)
        big = (
            place is not None
            and not place.alias
            and (place.kind != "city" or place.population >= 100_000)
        )
        return (big or token.text in self.family_names) and not self.initial(i)

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
        if self.initial(i) and _known_word(token.text.lower(), self.language):
            return False  # "The", "A", "Am" are first names somewhere, too
        parts = token.text.split("-")
        return not token.pos.startswith(_NOT_FIRST_NAME_TAGS) and all(
            p in self.gazetteer.first_names for p in parts
        )


def find_mentions(
    tokens: Sequence[Token],
    sentence: int,
    text: str,
    language: str = "de",
    family_names: set[str] | None = None,
    guessed: set[int] | None = None,
) -> list[Mention]:
    """The entity mentions in one sentence's tokens. ``family_names`` carries the
    family names of persons found so far in the article, and is updated; the start
    of each mention whose type is only a guess is added to ``guessed``."""
    context = _Context(tokens, language, gazetteer(), family_names if family_names else set())
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        found = _chunk(context, i)
        if found is None:
            i += 1
            continue
        j, forced = found
        span = tokens[i:j]
        span, j_start, cued = (span, i, None) if forced else _strip_cues(context, span, i)
        if (
            language != "de"
            and len(span) == 1
            and _NATIONALITY.match(span[0].text)
            and not context.gazetteer.place(span[0].text)
        ):
            i = j
            continue
        before = tokens[j_start - 1] if j_start > 0 else None
        entity_type = forced or cued or _type(context, span, before, j_start)
        if entity_type is None:
            entity_type = _guess(context, span, before, j_start)
            if guessed is not None:
                guessed.add(span[0].start)
        end = span[-1].end
        name = _name(context, span, entity_type)
        if text[end - 1] == "." and _is_acronym(span[-1]):
            end -= 1  # "ABL." at the end of a sentence: the period is not the name's
            name = name.removesuffix(".")
        mentions.append(
            Mention(
                text=text[span[0].start : end],
                name=name,
                type=entity_type,
                start=span[0].start,
                end=end,
                sentence=sentence,
            )
        )
        if entity_type == "PER" and len(span) >= 2:
            context.family_names.add(span[-1].text)
        i = j
    if family_names is not None:
        family_names |= context.family_names
    return mentions


def _chunk(c: _Context, i: int) -> tuple[int, EntityType | None] | None:
    """Where a mention starting at token ``i`` ends, and its type if the rule decides it."""
    tokens = c.tokens
    token = tokens[i]
    if not _capitalised(token) or token.text in ("Von", "Van"):
        return _particle_name(c, i)
    cues = _cues()
    if c.language != "de" and _is_role(token):
        return None
    if c.language == "de":
        if _is_capital_adjective(c, i) and token.text not in c.family_names:
            named = _adjective_name(c, i)
            if named is not None:
                return named
        if "-" in token.text and _is_name_compound(c, token):
            return _extend(c, i + 1), None
    if i + 1 < len(tokens) and (_capitalised(tokens[i + 1]) or tokens[i + 1].text in _LINKS):
        for length in (3, 2):
            words = " ".join(t.text for t in tokens[i : i + length])
            if i + length <= len(tokens) and c.gazetteer.place(words):
                return i + length, "LOC"
    if c.first_name(i) and i + 1 < len(tokens) and _surname_like(c, i + 1):
        return _person_name(c, i + 2), "PER"
    if c.language == "de" and _ends_with(token.text, cues.org_heads) and i + 2 < len(tokens):
        following = tokens[i + 1]
        if following.text in _EXTENDERS and _capitalised(tokens[i + 2]):
            return _extend(c, i + 1), "ORG"
        place = c.gazetteer.place(following.text)
        if token.text.lower() in cues.org_heads and place is not None:
            return i + 2, "ORG"
    if i > 0 and not c.initial(i) and token.text not in _MONTHS_AND_DAYS:
        previous = tokens[i - 1]
        if previous.text in cues.org_before and not _is_role(token):
            return _run(c, i + 1), "ORG"
        if previous.text in cues.misc_before:
            return _run(c, i + 1), "MISC"
        if _is_role(previous) and _surname_like(c, i) and not _is_role(token):
            return _person_name(c, i + 1), "PER"
    if not c.is_name(i):
        if c.language == "de" and _unknown_noun_speaking(c, i):
            return i + 1, "PER"
        return None
    return _run(c, i + 1), None


def _unknown_noun_speaking(c: _Context, i: int) -> bool:
    """ "sagte Heusgen", "Oberholzer warnte": a capitalised word no dictionary knows, next
    to a verb of saying, is a family name that HanTa took for a common noun."""
    token = c.tokens[i]
    return (
        token.pos == "NN"
        and "-" not in token.text
        and not _is_role(token)
        and _near_speech(c, i, 1)
        and not _known_word(token.text.lower(), "de")
        and not _known_word(token.lemma.lower(), "de")
    )


def _particle_name(c: _Context, i: int) -> tuple[int, EntityType | None] | None:
    """A known family name that starts with a particle: "von der Leyen"."""
    tokens = c.tokens
    if tokens[i].text.lower() not in _PARTICLES:
        return None
    if tokens[i].text in ("Von", "Van") and c.initial(i):
        k = i + 1
        while k < len(tokens) and tokens[k].text in _PARTICLES:
            k += 1
        if k > i + 1 and k < len(tokens) and _capitalised(tokens[k]) and c.is_name(k):
            return k + 1, "PER"
    for name in c.family_names:
        words = name.split()
        if len(words) > 1 and [t.text.lower() for t in tokens[i : i + len(words)]] == [
            w.lower() for w in words
        ]:
            return i + len(words), "PER"
    return None


def _surname_like(c: _Context, i: int) -> bool:
    token = c.tokens[i]
    return (
        _capitalised(token)
        and token.text not in _MONTHS_AND_DAYS
        and not _is_role(token)
        and token.pos not in ("ART", "APPR", "KON")
        and not token.pos.startswith("V")
        and (token.text[:1].isupper())
        and not (c.language == "en" and token.pos != "NE" and not _is_acronym(token))
    )


def _person_name(c: _Context, j: int) -> int:
    """Extend a person's name over further name words, initials and particles."""
    tokens = c.tokens
    while j < len(tokens):
        token = tokens[j]
        if token.text in ("In", "Un", "Il") and not c.initial(j):
            j += 1  # a capitalised function word inside a name: "Moon Jae In"
            continue
        if _INITIAL.match(token.text) or (
            _surname_like(c, j) and (token.pos in _NAME_TAGS or c.language == "en")
        ):
            j += 1
            continue
        if (
            _capitalised(token)
            and "-" in token.text
            and token.text.split("-")[0] in c.gazetteer.first_names
        ):
            j += 1
            continue
        if token.start == tokens[j - 1].end and (
            token.text.startswith("-") or tokens[j - 1].text.endswith("-")
        ):
            j += 1  # "Moon Jae-in", split by the English tokenizer
            continue
        k = j
        while k < len(tokens) and tokens[k].text in _PARTICLES:
            k += 1
        if (
            k > j
            and tokens[j].text in _FIRST_PARTICLES
            and k < len(tokens)
            and _joins_by_particle(c, k)
        ):
            j = k + 1
            continue
        break
    return j


def _joins_by_particle(c: _Context, k: int) -> bool:
    """Whether the name after "von der" continues a person's name (not "von der SPD")."""
    token = c.tokens[k]
    if _is_acronym(token) or not _capitalised(token):
        return False
    cues = _cues()
    if _ends_with(token.text, cues.org_heads) or _ends_with(token.text, cues.event_heads):
        return False
    place = c.gazetteer.place(token.text)
    return place is None and (token.pos in _NAME_TAGS or c.is_name(k))


def _run(c: _Context, j: int) -> int:
    """Extend a run of name words (with particles between a first and a family name)."""
    tokens = c.tokens
    start = j - 1
    while j < len(tokens):
        if c.is_name(j) and not (c.language == "en" and _is_role(tokens[j])):
            j += 1
            continue
        if (
            c.language == "en"
            and _capitalised(tokens[j])
            and _ends_with(tokens[j].text, _cues().org_heads + _cues().event_heads)
        ):
            j += 1
            continue
        k = j
        while k < len(tokens) and tokens[k].text in _PARTICLES:
            k += 1
        first_ok = k > j and tokens[j].text in _FIRST_PARTICLES
        if first_ok and j - start == 1 and k < len(tokens) and _joins_by_particle(c, k):
            j = k + 1
            continue
        break
    return _extend(c, j)


def _extend(c: _Context, j: int) -> int:
    """An organisation's name goes on with "für Bildung und Forschung", "for Technology"."""
    tokens = c.tokens
    if not _ends_with(tokens[j - 1].text, _cues().org_heads):
        return j
    if j + 1 < len(tokens) and tokens[j].text in _EXTENDERS and _capitalised(tokens[j + 1]):
        j += 2
        if j + 1 < len(tokens) and tokens[j].text in ("und", "and") and _capitalised(tokens[j + 1]):
            j += 2
    return j


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


def _adjective_name(c: _Context, i: int) -> tuple[int, EntityType | None] | None:
    tokens = c.tokens
    j = i
    place_adjectives_only = True
    while j < len(tokens) and _is_capital_adjective(c, j):
        place_adjectives_only &= _is_place_adjective(tokens[j])
        j += 1
    if (
        j >= len(tokens)
        or not _capitalised(tokens[j])
        or tokens[j].pos
        not in (
            "NN",
            "NE",
            "FM",
            "NNA",
        )
    ):
        return None
    head = tokens[j]
    cues = _cues()
    heads = cues.org_heads + cues.event_heads + cues.location_heads
    if place_adjectives_only and not _ends_with(head.text, heads):
        # "Berliner Polizei" is no name; "Berliner Charité" is one.
        return (_run(c, j + 1), None) if c.is_name(j) else None
    j += 1
    # "Internationale Filmfestspiele Berlin", "Internationales Komitee vom Roten Kreuz"
    while j < len(tokens) and c.is_name(j) and not _is_role(tokens[j]):
        j += 1
    if (
        j + 2 < len(tokens)
        and tokens[j].text in ("vom", "von")
        and _is_capital_adjective(c, j + 1)
        and _capitalised(tokens[j + 2])
    ):
        j += 3
    return _extend(c, j), None


def _is_name_compound(c: _Context, token: Token) -> bool:
    """ "Goethe-Universität", "EU-Kommission", "NATO-Gipfel": a name and a head."""
    cues = _cues()
    head = token.text.rsplit("-", 1)[-1]
    if _is_role_word(head) or not _ends_with(head, cues.org_heads + cues.event_heads):
        return False
    first = token.text.split("-", 1)[0]
    if not first[:1].isupper():
        return False
    if first.isupper() or first in c.gazetteer.first_names or c.gazetteer.place(first):
        return True
    from lagebild.analyze.tagging import tag

    # A name part is tagged NE, or is no German word at all ("Fraunhofer").
    return tag(first, "de", "regular")[1] in _NAME_TAGS or not _known_word(first.lower(), "de")


def _strip_cues(
    c: _Context, span: Sequence[Token], start: int
) -> tuple[Sequence[Token], int, EntityType | None]:
    """Cue words at the start of a chunk are not part of the name but type it:
    "Flughafenbetreiber Fraport" -> "Fraport" (ORG), "German Chancellor Olaf Scholz" ->
    "Olaf Scholz" (PER). A name ending in an organisation head keeps its words
    ("European Union")."""
    if len(span) < 2:
        return span, start, None
    cues = _cues()
    if c.language != "de" and _ends_with(span[-1].text, cues.org_heads + cues.event_heads):
        return span, start, None
    k = 0
    forced: EntityType | None = None
    while k < len(span) - 1:
        word = span[k].text
        if _is_role(span[k]):
            forced = "PER"
        elif word in cues.org_before:
            forced = "ORG"
        elif word in cues.misc_before:
            forced = "MISC"
        elif c.language != "de" and (
            word in _COMPASS or (_NATIONALITY.match(word) and not c.gazetteer.place(word))
        ):
            pass
        else:
            break
        k += 1
    while 0 < k < len(span) - 1 and span[k].text in _PARTICLES:
        k += 1
    return span[k:], start + k, forced


def _type(
    c: _Context, span: Sequence[Token], before: Token | None, start: int
) -> EntityType | None:
    cues = _cues()
    words = [t.text for t in span]
    if any(_ends_with(w, cues.event_heads + cues.event_typing) for w in words):
        return "EVENT"
    if any(_ends_with(w.rsplit("-", 1)[-1], cues.org_heads) for w in words):
        return "ORG"
    if len(span) == 1 and _is_acronym(span[0]):
        code = span[0].text
        place = c.gazetteer.place(code)
        if (code in c.gazetteer.country_codes and len(code) == 3) or (place and len(code) >= 4):
            return "LOC"
        return "ORG"
    if c.first_name(_index(c, span[0])) and len(span) >= 2:
        return "PER"
    if before is not None and _is_role(before):
        return "PER"
    if words[-1] in c.family_names or _strip_genitive(words[-1]) in c.family_names:
        return "PER"
    name = " ".join(words)
    place = c.gazetteer.place(name) or c.gazetteer.place(_strip_genitive(name))
    if (
        len(span) == 1
        and name in c.gazetteer.first_names
        and (place is None or (place.kind == "city" and place.population < 100_000))
    ):
        return "PER"  # a first name alone: "Anna"
    if place is not None and (
        place.kind != "city" or place.population >= 1_000_000 or not _near_speech(c, start, 1)
    ):
        return "LOC"
    if _ends_with(words[-1], cues.location_heads):
        return "LOC"
    if any(_is_capital_adjective(c, _index(c, t)) for t in span):
        return "ORG"
    return None


def _guess(c: _Context, span: Sequence[Token], before: Token | None, start: int) -> EntityType:
    """A type for a name no cue or gazetteer types; ``settle_types`` may overrule it."""
    cues = _cues()
    words = [t.text for t in span]
    if len(span) >= 2:
        return "PER"
    if before is not None and before.text in cues.location_before:
        return "LOC"
    if words[-1].lower().endswith(cues.location_suffix) and not _near_speech(c, start, 1):
        return "LOC"
    if c.language != "de":
        # English news names a person in full first; an unknown single name is more
        # often a company or an agency ("Boeing", "Reuters") than a person.
        after = [t.text for t in c.tokens[start + 1 : start + 3]]
        pronoun = len(after) == 2 and after[0] in _SPEECH and after[1] in ("he", "she")
        return "PER" if pronoun or _near_speech(c, start, 1, ("told",)) else "ORG"
    if before is not None and before.text.lower() in _ARTICLES:
        return "ORG"  # German gives persons no article: "die Lufthansa", "der Charité"
    # A single unknown German name in news is most often a person's family name.
    return "PER" if span[0].pos in _NAME_TAGS and not _is_acronym(span[0]) else "MISC"


def settle_types(mentions: Sequence[Mention], guessed: set[int]) -> list[Mention]:
    """One name, one type within an article: a mention whose type was only guessed
    takes the type that cues gave the same name elsewhere in the article
    ("Verdi fordert …" after "die Gewerkschaft Verdi")."""
    known: dict[str, Counter[EntityType]] = {}
    for mention in mentions:
        if mention.start not in guessed:
            known.setdefault(mention.name, Counter())[mention.type] += 1
    settled: list[Mention] = []
    for mention in mentions:
        if mention.start in guessed:
            votes = known.get(mention.name)
            if votes:
                mention = replace(mention, type=votes.most_common(1)[0][0])
            else:
                mention = replace(mention, guessed=True)
        settled.append(mention)
    return settled


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


def _name(c: _Context, span: Sequence[Token], entity_type: EntityType) -> str:
    """The form a mention is filed under: inflection removed.

    Persons and places lose a genitive ending ("Selenskyjs", "Merz'", "Passaus");
    names with adjectives get the nominative ("der Deutschen Presse-Agentur" ->
    "Deutsche Presse-Agentur", "des Bayerischen Rundfunks" -> "Bayerischer Rundfunk").
    """
    words = [t.text for t in span]
    if c.language == "de" and len(span) >= 2 and _is_capital_adjective(c, _index(c, span[0])):
        return _nominative(c, span)
    words[-1] = _head(c, span[-1])
    if words[0].lower() in _PARTICLES:
        words[0] = words[0].lower()
    return " ".join(words)


def _head(c: _Context, token: Token) -> str:
    """The form a name's last word is filed under: "Kesslers", "Merz'" -> "Kessler", "Merz".

    A final "s" is taken for a genitive only where a genitive stands: right after a
    noun ("die Rede Selenskyjs") or right before one ("Sachsens Ministerin"); so
    "António Guterres" keeps its "s".
    """
    word = token.text
    if _is_acronym(token):
        return word
    if word.endswith(("'", "’")):
        return word[:-1]
    stripped = _strip_genitive(word)
    if stripped == word or not _genitive_position(c, _index(c, token)):
        return word
    lemma = token.lemma
    if token.pos in _NAME_TAGS and lemma[:1].isupper() and word.lower().startswith(lemma.lower()):
        return word[: len(lemma)]
    if (
        c.gazetteer.place(stripped)
        or stripped in c.family_names
        or stripped in c.gazetteer.first_names
    ):
        return stripped
    return word


def _genitive_position(c: _Context, i: int) -> bool:
    tokens = c.tokens
    j = i
    while j > 0 and _capitalised(tokens[j - 1]) and tokens[j - 1].pos in _NAME_TAGS:
        j -= 1
    before = tokens[j - 1] if j > 0 else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    noun_before = before is not None and before.pos == "NN" and not _is_role(before)
    return noun_before or (after is not None and after.pos in ("NN", "ADJ(A)", "ADJA"))


def _nominative(c: _Context, span: Sequence[Token]) -> str:
    """Adjectives and head of a name in the nominative without article."""
    index = next(
        (k for k, t in enumerate(span) if not _is_capital_adjective(c, _index(c, t))), len(span)
    )
    head = span[index] if index < len(span) else span[-1]
    word = head.text
    lemma = head.lemma if head.lemma[:1].isupper() else word
    ending = ""
    if word != lemma and word.lower().startswith(lemma.lower()):
        ending = word[len(lemma) :]
    plural = bool(ending) and ending not in ("s", "es")
    if ending in ("s", "es"):
        word = word[: len(lemma)]
    stem = word.lower()
    gender = "f" if stem.endswith(_FEMININE) else "n" if stem.endswith(_NEUTER) else "m"
    suffix = "e" if plural or gender == "f" else ("er" if gender == "m" else "es")
    adjectives = []
    for token in span[:index]:
        text = token.text
        if _is_place_adjective(token):
            adjectives.append(text)
            continue
        stem = re.sub(r"(?:en|em|er|es|e)$", "", text)
        adjectives.append(stem + suffix)
    rest = [t.text for t in span[index + 1 :]]
    return " ".join([*adjectives, word, *rest])
