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
- a street's name (``streets``: "Sedanstraße", "Weinsberger Straße"), always a place;
- later in the article, a family name already seen in a full name ("Weißenborn").

Cue words before or at the start of a chunk ("Flughafenbetreiber", "German
Chancellor") are not part of the name and type it. Otherwise the type
(``entity_types``), first match wins: an event head (EVENT); an organisation
head, an acronym that is not a country code (ORG); a first name, a role before,
a known family name (PER); a place in the gazetteer or a place head (LOC); a
capitalised adjective in the name (ORG). Failing those the type is a guess,
marked ``guessed``: two or more words PER; after a preposition of place or with
a place-name ending LOC; in English ORG (PER next to "told", "said he"); in
German ORG after an article ("die Lufthansa"), else PER. A guess gives way to
the type cues gave the same name elsewhere in the article (``settle_types``).
The name a mention is filed under is in ``entity_names``; cue words are data
(``cues.toml``).
"""

from __future__ import annotations

from collections.abc import Sequence

from lagebild.analyze.entity_cues import (
    _COMPASS,
    _COMPASS_ADJECTIVES,
    _EXTENDERS,
    _FIRST_PARTICLES,
    _INITIAL,
    _LINKS,
    _MONTHS_AND_DAYS,
    _NAME_TAGS,
    _NATIONALITY,
    _PARTICLES,
    _capitalised,
    _Context,
    _cues,
    _ends_with,
    _is_acronym,
    _is_capital_adjective,
    _is_place_adjective,
    _is_role,
    _is_role_word,
    _known_word,
    _near_speech,
)
from lagebild.analyze.entity_names import _name
from lagebild.analyze.entity_types import _guess, _type, settle_types
from lagebild.analyze.gazetteer import gazetteer
from lagebild.analyze.streets import street_end
from lagebild.records import EntityType, Mention, Token

__all__ = ["find_mentions", "settle_types"]


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
            and (_NATIONALITY.match(span[0].text) or span[0].text in _COMPASS_ADJECTIVES)
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
    if token.text.lower().endswith(cues.common_suffix):
        return None  # "Norovirus": a kind of germ
    street = street_end(tokens, i, c.language)
    if street is not None:
        return street, "LOC"
    # a role word opens an English organisation's name ("the Defence Ministry"), or is no
    # name word ("Defence Minister Healey")
    if (
        c.language != "de"
        and _is_role(token)
        and not (i + 1 < len(tokens) and _ends_with(tokens[i + 1].text, cues.org_heads))
    ):
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
            # a name of several words is a place, however small ("Bad Hindelang")
            if i + length <= len(tokens) and (
                c.gazetteer.place(words) or c.gazetteer.village(words)
            ):
                return i + length, "LOC"
    if c.first_name(i) and i + 1 < len(tokens) and _surname_like(c, i + 1):
        end = _person_name(c, i + 2)
        # a person's name ending in an organisation's head names the organisation
        # ("Robert Koch-Institut")
        return end, "ORG" if _ends_with(tokens[end - 1].text, cues.org_heads) else "PER"
    if c.language == "de" and _ends_with(token.text, cues.org_heads) and i + 2 < len(tokens):
        following = tokens[i + 1]
        if following.text in _EXTENDERS and _capitalised(tokens[i + 2]):
            return _extend(c, i + 1), "ORG"
        place = c.gazetteer.place(following.text)
        if token.text.lower() in cues.org_heads and place is not None:
            return i + 2, "ORG"
    if i > 0 and not c.initial(i) and token.text not in _MONTHS_AND_DAYS:
        previous = tokens[i - 1]
        # "die Gewerkschaft Verdi", and a compound of such a noun ("der Netzbetreiber
        # Ukrenerho", "der Energiekonzern Uniper")
        if _ends_with(previous.text, cues.org_kinds) and not _is_role(token):
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
        # a capitalised word inside a sentence is no verb, whatever the tagger says
        # of a name it does not know ("Petra Kallweit" tagged as a finite verb)
        and not (token.pos.startswith("V") and c.initial(i))
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


def _adjective_name(c: _Context, i: int) -> tuple[int, EntityType | None] | None:
    tokens = c.tokens
    j = i
    place_adjectives_only = True
    # every adjective of a name is capitalised: "Sachverständige weitere Schäden" is none
    while j < len(tokens) and _capitalised(tokens[j]) and _is_capital_adjective(c, j):
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
