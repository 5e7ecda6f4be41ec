"""Values whose wording, not a cue word nearby, says what they are.

A length of one dimension: "142 Meter lang", "in 40 Metern Höhe". An age: "der 58-jährige
Fahrer", "63 Jahre alt", "a 40-year-old", or a number set off by commas or in brackets
right after a person's name ("Thomas Weigand, 61, bleibt", "Kranführer Jens K. (64)"). A
vote tally: "mit 56 zu 40 Stimmen" gives the votes for and against. How united a vote
was: "einstimmig" is no dissenting vote, "bei einer Enthaltung" or "mit zwei Gegenstimmen"
one or two; this is a value of its own, so that "einstimmig" and "bei einer Enthaltung"
are seen to disagree. The words are data (``[wording]`` in compare.toml).

A cue word between a count's number and its noun ("12 verletzte Menschen") says what it
counts. A count of people after a group noun and "mit"/"aus" ("eine Ermittlungsgruppe mit 35
Beamten") is the size of that group, as "eine 40-köpfige Ermittlungsgruppe" is.

Wording also says what a number is not: the base of a proportion ("neun von zehn
Proben", "12 of Germany's 16 states") counts nothing of its own, and a period after "in"
("in zwei Wochen") is a time from now, not how long something lasts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from lagebild.analyze.gazetteer import gazetteer
from lagebild.compare.lexicon import Lexicon, concept_of, stem


@dataclass(frozen=True, slots=True)
class Worded:
    """A value found by its wording alone: its span in the article text and its number."""

    start: int
    end: int
    point: float


def worded_concepts(
    text: str, spans: list[tuple[int, int]], person_ends: set[int], lex: Lexicon
) -> dict[int, str]:
    """The concept the wording gives the value at each index of ``spans`` (start, end in
    ``text``), where it gives one; ``person_ends`` are the end offsets of person names."""
    words = lex.wording
    concepts: dict[int, str] = {}
    for i, (start, end) in enumerate(spans):
        own = text[start:end].lower()
        words_after = _after_number(text, start, end, lex)
        if (
            any(suffix in own for suffix in words["age_suffix"])
            # "a 37-year-old": the number's span may end before the hyphen
            or any(words_after.lstrip("-").startswith(w) for w in words["age_after"])
            or any(
                text[max(start - 12, 0) : start].lower().rstrip().endswith(" " + w)
                for w in words["age_before"]
            )
            or (
                _set_off(text, start, end)
                and (start - 2 in person_ends or _noun_before_brackets(text, start))
            )
        ):
            concepts[i] = AGE
        else:
            dimension = _dimension(words_after, text[max(start - 40, 0) : start], lex)
            if _fall(text, start, end, words_after, dimension, lex):
                concepts[i] = FALL
            elif dimension:
                concepts[i] = dimension
            elif _paid_for_work(text, start, words_after, lex):
                concepts[i] = COST
    for i, (_, end) in enumerate(spans[:-1]):
        start, last = spans[i + 1]
        between = text[end:start].lower().strip()
        following = re.findall(r"[\wäöüß-]+", _after_number(text, start, last, lex))[:1]
        if between in words["tally"] and following and following[0] in words["votes"]:
            concepts[i], concepts[i + 1] = "stimmen_ja", "stimmen_nein"
    return concepts


def _paid_for_work(text: str, start: int, words_after: str, lex: Lexicon) -> bool:
    """A sum after "für"/"for" with a participle of making or mending just after it ("war
    2014 für 520.000 Euro gebaut worden", "für 1,2 Millionen Euro saniert"): what the work
    cost."""
    return word_before(text, start) in lex.wording["work_before"] and any(
        w in lex.wording["work"] for w in re.findall(r"[\wäöüß]+", words_after)[:3]
    )


def word_before(text: str, start: int) -> str:
    """The word (lower case) that ends right before offset ``start`` of ``text``, if any."""
    words = text[max(start - 40, 0) : start].split()
    return words[-1].lower() if words else ""


def word_after(text: str, end: int) -> str:
    """The word (lower case) that follows offset ``end`` of ``text``, if any."""
    words = text[end:].split(maxsplit=1)
    return words[0].lower() if words else ""


# "eine Frau (43)", "ein Kletterer (27)", "ihr Sohn (8)", "die Fahrerin (34)": one person
# told by a noun, whose age is set off after it (a plural is no person: "Schwäne (14)")
_ONE_BEFORE = re.compile(
    r"\b(?:[Ee]in|[Ee]ine|[Ee]iner|[Ee]inem|[Ee]inen|[Dd]er|[Dd]em|[Dd]en|[Ss]eine?m?|[Ii]hre?m?)"
    r"\s+[A-ZÄÖÜ][a-zäöüß]+$|\b[Dd]ie\s+[A-ZÄÖÜ][a-zäöüß]+in$"
)


def _noun_before_brackets(text: str, start: int) -> re.Match[str] | None:
    """The article and noun of one person right before the set-off number at ``start``,
    looked for in the words just before it, not the whole text."""
    return _ONE_BEFORE.search(text, max(start - 80, 0), start - 2)


def _set_off(text: str, start: int, end: int) -> bool:
    """The number at ``start:end`` stands between commas (", 61,") or in brackets (" (64)")."""
    return (text[start - 2 : start], text[end : end + 1]) in ((", ", ","), (" (", ")"))


# the concept of a person's age
AGE = "alter"
DIMENSIONS = ("laenge", "hoehe", "breite", "tiefe", "dicke", "durchmesser", "umkreis")
FALL = "fallhoehe"
COST = "kosten"
# "stürzten sechs Meter tief", "fielen aus neun Metern Höhe", "fell 20 metres": how far
# someone or something fell, a length after "aus"/"from" or followed by no dimension but
# depth ...
_FROM = re.compile(r"\b(?:aus|from)\s+(?:(?:etwa|rund|knapp|gut|fast|about|around|nearly)\s+)?$")


def _fall(
    text: str, start: int, end: int, words_after: str, dimension: str | None, lex: Lexicon
) -> bool:
    """Whether the length at ``start:end`` is how far someone or something fell: a word of
    falling near it, and the length given as a fall's ("sechs Meter tief", "aus neun Metern
    Höhe", "zehn Meter in die Tiefe", "fell 20 metres"), not as a thing's size ("ein 61
    Meter hoher Kran stürzte", "ein Durchmesser von 12 Metern")."""
    words = [*re.findall(r"[\wäöüß]+", words_after)[:2], ""]
    if words[0] not in lex.wording["length_units"] or dimension not in (None, "hoehe", "tiefe"):
        return False
    near = re.findall(r"[\wäöüß]+", text[max(start - 50, 0) : end + 50].lower())
    if not any(w.startswith(tuple(lex.wording["fall"])) for w in near):
        return False
    after = words[1]
    return (
        bool(_FROM.search(text[max(start - 30, 0) : start].lower()))
        or after in lex.wording["fall_depth"]
        or not any(after in lex.wording[d] for d in DIMENSIONS)
    )


# "einem Durchmesser von etwa 12 Metern", "a diameter of 15 metres": the dimension named
# before the measure
_NAMED_BEFORE = re.compile(r"([\wäöüß]+)\s+(?:von|of)\s+(?:[\wäöüß.]+\s+)?$", re.IGNORECASE)


# a unit followed by the measure converted in brackets ("centimetres (3 inches)")
_CONVERTED = re.compile(r"^(\W*[\wäöüß]+)\s*\([^)]*\)")


def _dimension(words_after: str, before: str, lex: Lexicon) -> str | None:
    """The dimension a length measures when a dimension word follows its unit ("142 Meter
    lange", "in 40 Metern Höhe", "18 Meter im Durchmesser") or names it before ("eine
    Länge von 150 Metern"), perhaps after the measure converted in brackets ("8
    centimetres (3 inches) thick")."""
    words_after = _CONVERTED.sub(r"\1", words_after, count=1)
    words = [*re.findall(r"[\wäöüß]+", words_after)[:3], "", "", ""]
    if words[0] not in lex.wording["length_units"]:
        return None
    named = _NAMED_BEFORE.search(before)
    said = [words[2] if words[1] in ("im", "in") else words[1]]
    said += [named.group(1).lower()] if named else []
    return next((d for d in DIMENSIONS for word in said if word in lex.wording[d]), None)


def length_word(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """The word of a unit of length right after the number of the value at ``start:end``
    ("the 45-meter-long barn" -> "meter")."""
    words = re.findall(r"[\wäöüß]+", _after_number(text, start, end, lex))[:1]
    return words[0] if words and words[0] in lex.wording["length_units"] else None


def _after_number(text: str, start: int, end: int, lex: Lexicon) -> str:
    """The words after the number of the value at ``start:end``, lower-cased ("63 Jahre" in
    "ein 63 Jahre alter Mann" -> "jahre alter mann", "vier Jahre altes" -> "jahre altes")."""
    span = text[start : end + 24].lower()
    # the value's own digits, not those of a number after it ("sieben Kinder. Ein 54 Jahre
    # alter Techniker")
    digits = re.match(r"\D*?\d[\d.,]*\s*", span) if re.search(r"\d", text[start:end]) else None
    if digits:
        return span[digits.end() :]
    # a spelled number joined to its words by a hyphen ("a four-year-old")
    joined = re.match(r"[a-zäöüß]+(?=-)", span)
    if joined and joined.group() in lex.numerals:
        return span[joined.end() :]
    words = span.split(" ")
    spelled = _number_at(words, lex)
    return " ".join(words[spelled + 1 :]) if spelled is not None else span


def dissent(text: str, start: int, end: int, lex: Lexicon) -> list[Worded]:
    """How many voted against or abstained, where a sentence (``text[start:end]``) says
    so in words: "einstimmig" (0), "bei einer Enthaltung" (1), "mit drei Gegenstimmen" (3)."""
    words = lex.wording
    found: list[Worded] = []
    sentence = text[start:end]
    for match in re.finditer(r"[\wäöüß-]+", sentence):
        word = match.group().lower()
        if word in words["unanimous"]:
            found.append(Worded(start + match.start(), start + match.end(), 0.0))
    counted = "|".join(re.escape(w) for w in sorted(words["dissent"], key=len, reverse=True))
    numbers = {**lex.numerals, **lex.ones}
    pattern = rf"\b(?:{'|'.join(words['dissent_before'])})\s+(\w+)\s+(?:{counted})\b"
    for match in re.finditer(pattern, sentence, re.IGNORECASE):
        amount = match.group(1).lower()
        point = float(amount) if amount.isdigit() else numbers.get(amount)
        if point is not None:
            found.append(Worded(start + match.start(), start + match.end(), point))
    return found


# "neun von zehn Proben", "12 of Germany's 16 states": the number after "von"/"of" is the
# base of a proportion, not a count of its own.
_PROPORTION = re.compile(r"(\S+)\s+(?:von|of)\s+(?:\S+['’]s\s+)?$", re.IGNORECASE)
# "in zwei Wochen", "within three days", "vor zwei Jahren": a time from or before now, not
# how long something lasts.
_FROM_NOW = re.compile(
    r"\b(?:in|binnen|within|vor)\s+(?:(?:rund|etwa|knapp|gut|about|around)\s+)?$",
    re.IGNORECASE,
)
_PERIODS = frozenset(
    stem(w)
    for w in ("stunde", "tag", "woche", "monat", "jahr", "hour", "day", "week", "month", "year")
)


def proportion_base(before: str, lex: Lexicon) -> bool:
    """Whether the number after ``before`` is the base of a proportion ("neun von ")."""
    base = _PROPORTION.search(before)
    if base is None:
        return False
    return base.group(1).isdigit() or base.group(1).lower() in lex.numerals


def from_now(before: str, unit: str) -> str | None:
    """ "in" when a period ``unit`` after ``before`` is a time from now ("in zwei Wochen"),
    "vor" when it is one before now ("vor zwei Jahren"), else None."""
    found = _FROM_NOW.search(before) if unit in _PERIODS else None
    if found is None:
        return None
    return "vor" if found.group(0).lower().startswith("vor") else "in"


# "eine Ermittlungsgruppe mit 35 Beamten", "ein Team aus 40 Helfern": the noun before
# "mit"/"aus" is the group the number sizes.
_GROUP = re.compile(r"\b([A-ZÄÖÜ][\wäöüß-]{2,})\s+(?:mit|aus)\s+$")


@cache
def _any_group(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A noun ending in one of ``nouns``, perhaps a verb after it, and the word before the
    group's size ("eine Gruppe von", "the group of", "Die Gruppe war mit")."""
    ends = "|".join(re.escape(w) for w in nouns)
    return re.compile(rf"\b([\wäöüß-]*(?i:{ends}))(?:\s+[a-zäöüß]+)?\s+(?:mit|aus|von|of)\s+$")


def group_sized(before: str, member: str | None, lex: Lexicon) -> str | None:
    """The group whose size a count of ``member`` (its lemma) gives ("Ermittlungsgruppe" in
    "eine Ermittlungsgruppe mit 35 Beamten"): the member is a person (``[wording]
    members``) and a noun of a group (``[wording] groups``, or a compound ending in one)
    stands right before "mit"/"aus"; not "Die Polizei war am Freitagabend mit 180 Beamten
    im Einsatz". A group of anyone (``[wording] any_members``) is sized by any count right
    after "mit"/"aus"/"von"/"of", with its noun or without, perhaps a verb after the group
    ("eine Gruppe aus sieben Skitourengehern", "the group of nine", "Die Gruppe war mit 14
    Paddlern unterwegs")."""
    if anyone := _any_group(lex.wording["any_members"]).search(before):
        return anyone.group(1)
    found = _GROUP.search(before)
    if found is None or member is None:
        return None
    group = found.group(1)
    if not group.lower().endswith(tuple(lex.wording["groups"])):
        return None
    members = {stem(m) for m in lex.wording["members"]}
    return group if stem(member) in members else None


def own_cue(quantity_text: str, lex: Lexicon) -> str | None:
    """The concept a word between a count's number and its noun gives it ("12 verletzte
    Menschen", "two hooded men")."""
    words = re.findall(r"[^\W\d]+", quantity_text.lower())
    inside = [w for w in words[:-1] if w not in lex.numerals and not lex.qualifier(w)]
    return next((c for w in inside if (c := concept_of(w, lex))), None)


def written_unit(quantity_text: str) -> str | None:
    """The unit word as the text writes it ("rund 400 Hektar" -> "Hektar", where the analysis
    gives the normalised "ha"): its cue words are written, not normalised, forms. An area or
    a volume in English is two words ("30,000 cubic metres")."""
    words = quantity_text.split()
    last = re.sub(r"^[\d.,]+-", "", words[-1]) if words else ""
    if len(words) > 2 and words[-2].lower() in _AREA_OR_VOLUME:
        return f"{words[-2]} {last}"
    return last if last[:1].isalpha() else None


_AREA_OR_VOLUME = frozenset({"square", "cubic"})


def number_prefix(quantity_text: str, lex: Lexicon) -> str:
    """The words of a quantity's text before its number ("rund 200.000", "mehr als zehn",
    "mehr als einer Million")."""
    words = quantity_text.split()
    return " ".join(words[: _number_at(words, lex) or 0])


def _number_at(words: list[str], lex: Lexicon) -> int | None:
    """Where the number of ``words`` stands: digits, a spelled number or the article
    before a scale ("eine Million"), if anywhere."""
    return next(
        (
            n
            for n, w in enumerate(words)
            if w[:1].isdigit()
            or w.lower() in lex.numerals
            or (n + 1 < len(words) and words[n + 1].lower() in lex.scales)
        ),
        None,
    )


# Whose age it is: a woman's and a man's age are two people's, whatever else their
# sentences share ("die 63-Jährige, die gegenüber wohnt" and "ein 81 Jahre alter Mann").
_WOMEN = frozenset(
    {
        "frau",
        "mutter",
        "tochter",
        "schwester",
        "mädchen",
        "woman",
        "girl",
        "mother",
        "daughter",
        "sister",
    }
)
_MEN = frozenset({"mann", "vater", "sohn", "bruder", "junge", "man", "boy", "father", "son"})
# a feminine noun of a person and the masculine it is formed from ("Bewohnerinnen",
# "Bewohner")
FEMININE = re.compile(r"(er|ent|ant|ist|eur|ier)in(?:nen)?$")
_MALE_NOUN = re.compile(r"(?:er|ent|ant|ist|eur|ier)$")


_YEARS = frozenset({"jahre", "jahren", "jahr", "years", "year"})
_OLD = {("ein", "alter"): "m", ("der", "alte"): "m", ("eine", "alte"): "f", ("die", "alte"): "f"}


def age_sex(text: str, start: int, end: int) -> str | None:
    """ "f" or "m" for the person whose age the value at ``start:end`` gives, when its
    wording says: the noun after it ("52-jähriger Kapitän", "alte Frau", "a 37-year-old
    woman"), the ending of "-jährig" ("ein 34-Jähriger") or the article before it ("die
    63-Jährige", "der 34-Jährige"), of an English age the pronouns of the rest of its
    sentence ("waking his neighbours"), or of an age set off after a name, the first name's
    sex ("Fan Jessica (24)"); else None."""
    own = text[start:end].lower()
    before = word_before(text, start)
    after = re.findall(r"[\wäöüß-]+", text[end : end + 40])[:3]
    # a noun that says the sex, whatever its grammatical gender ("ein 14-jähriges Mädchen")
    inside = [  # "14-jähriges Mädchen", not the "Jahre" of "29 Jahre"
        w for w in re.findall(r"[\wäöüß-]+", text[start:end])[1:] if w.lower() not in _YEARS
    ]
    noun = next((w.lower() for w in inside + after if w[:1].isupper()), None)
    if noun in _WOMEN or noun in _MEN:
        return "f" if noun in _WOMEN else "m"
    if before == "das" or [w.lower() for w in after[:1]] == ["altes"]:
        return None  # a neuter noun: a thing or an animal ("Das sechs Jahre alte Tier")
    for word in inside + after:  # the noun of "58-jährige Pilot" before any after it
        lower = word.lower()
        if lower in _WOMEN or (word[:1].isupper() and FEMININE.search(lower)):
            return "f"
        if lower in _MEN or (word[:1].isupper() and _MALE_NOUN.search(lower)):
            return "m"
        if word[:1].isupper():
            break
    # the article and the ending of "alt" agree in the noun's gender ("Ein 45 Jahre alter
    # Nachbar", "eine 71 Jahre alte Anwohnerin")
    if after and (sex := _OLD.get((before, after[0].lower()))):
        return sex
    ending = re.search(r"jährig(e[rn]?)?\b", own)
    if ending is None and re.match(r"[- ]?years?[- ]old", text[end : end + 12]):
        stop = text.find(".", end)
        return _pronoun_sex(text[end : stop if stop >= 0 else len(text)])
    if ending is None and _set_off(text, start, end):
        noun = _noun_before_brackets(text, start)
        return _noun_sex(noun.group(0)) if noun else _named_sex(text, start)
    if ending is None:
        return None
    if ending.group(1) == "er":
        return "m"
    if ending.group(1) == "e":
        return {"die": "f", "eine": "f", "der": "m"}.get(before)
    return None


def _noun_sex(words: str) -> str | None:
    """The sex a noun of one person and its article say ("eine Frau", "ein Kletterer", "die
    Fahrerin")."""
    article, noun = (w.lower() for w in words.split())
    if noun in _WOMEN or FEMININE.search(noun):
        return "f"
    if noun in _MEN or _MALE_NOUN.search(noun):
        return "m"
    return {"eine": "f", "ein": "m"}.get(article)


def _pronoun_sex(rest: str) -> str | None:
    """The sex an English sentence's pronouns give the person it tells of ("a 73-year-old
    camper raised the alarm, waking his neighbours"), when they give one only."""
    words = set(re.findall(r"\b(he|his|him|she|her|hers)\b", rest.lower()))
    male, female = bool(words & {"he", "his", "him"}), bool(words & {"she", "her", "hers"})
    return "m" if male and not female else "f" if female and not male else None


def _named_sex(text: str, start: int) -> str | None:
    """The sex of the first name nearest before ``start`` ("Kranführer Jens K." -> "m"),
    when the name is given to one sex only."""
    names = gazetteer()
    for word in reversed(re.findall(r"[\wäöüß-]+", text[max(start - 40, 0) : start])[-3:]):
        if word in names.first_names:
            return names.first_name_sex.get(word)
    return None


# the bounds of a range of ages: "zwischen 4 und 81 Jahre alt", "aged 10 to 16"
_RANGE_FROM = r"\b(?:zwischen|between|von|from|aged)\s+"
_RANGE_TO = r"\s*(?:und|and|bis|to|-|–)\s*"
_RANGE_OPEN = re.compile(_RANGE_FROM + "$", re.IGNORECASE)
_RANGE_CLOSE = re.compile(_RANGE_FROM + r"\d+" + _RANGE_TO + "$", re.IGNORECASE)
_UP_TO = re.compile(_RANGE_TO + r"\d")
_AGE_WORDS = re.compile(r"jahre alt|jährig|years? old|year-old|\baged\b")
# "allen über 60-Jährigen", "älter als 80 Jahre", "people older than 65": a bound of an age
# group, no one's age and no figure of the story
_AGE_BOUND = re.compile(r"\b(?:über|unter|ab|bis|over|under)\s+$", re.IGNORECASE)
_AGE_FOR = re.compile(r"\b(?:für|for)\s+$", re.IGNORECASE)
_AGE_COMPARED = re.compile(r"\b(?:älter|jünger|older|younger) (?:als|than)\s+$", re.IGNORECASE)


# a unit right before an opening bracket, perhaps with a word of approximation after it
# ("eight metres (about 26", "the 40-hectare (99")
_MEASURE_BEFORE = re.compile(r"[^\W\d]\s+\((?:[^\W\d]+\s+)?$")
# a number and the word after it ("26 feet", "99-acre")
_NUMBER_UNIT = re.compile(r"[\d.,]+[\s-]*([^\W\d]+)")


def converted(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the value at ``start`` gives the measure before it again in other units,
    in brackets ("eight metres (26 feet) long", "40 hectares (99 acres)")."""
    unit = _NUMBER_UNIT.match(text, start)
    return (
        unit is not None
        and unit.group(1).lower() in lex.wording["converted"]
        and bool(_MEASURE_BEFORE.search(text, max(start - 40, 0), start))
    )


def age_group(text: str, start: int, end: int) -> bool:
    """Whether the value at ``start:end`` bounds or names an age group ("über 60-Jährigen",
    "älter als 80 Jahre", "zwischen 4 und 81 Jahre alt", "aged 10 to 16", "für 18-Jährige";
    not "über zwei Jahre", which is a period)."""
    before = text[max(start - 16, 0) : start]
    own = text[start : end + 12].lower()
    if _AGE_COMPARED.search(before):
        return True
    bound = (_RANGE_OPEN.search(before) and _UP_TO.match(text, end)) or _RANGE_CLOSE.search(before)
    if bound and _AGE_WORDS.search(text[max(start - 16, 0) : end + 30].lower()):
        return True  # "zwischen 4 und 81 Jahre alt", "children aged 10 to 16"
    if _AGE_FOR.search(before) and re.match(r"[\d-]*(?:jährige\b|year-olds)", own):
        return True  # "für 18-Jährige, die wählen dürfen": anyone of that age
    return bool(_AGE_BOUND.search(before)) and ("jährig" in own or "year-old" in own)
