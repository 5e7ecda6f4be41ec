"""Numbers with what they count, in German and English notation.

"1.500 Haushalte" -> 1500 (Haushalte); "3,5 Milliarden Euro" -> 3.5e9 (Euro);
"rund 40 Prozent" -> 40 (Prozent), the approximation kept in ``text``.
Dates, clock times, ordinals and years are left to the date finder.
"""

from __future__ import annotations

import re

from lagebild.analyze.dates import MONTHS
from lagebild.records import Quantity, Sentence

_SCALE = {
    "tausend": 1e3,
    "thousand": 1e3,
    "million": 1e6,
    "millionen": 1e6,
    "mio": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd": 1e9,
    "billion": 1e9,  # English billion; German "Billion" is rare in news and left out
    "billionen": 1e12,
}
_NUMBER = re.compile(
    r"(?<![\w.,:])"
    r"(?P<approx>(?:rund|etwa|ungefähr|circa|ca\.|knapp|fast|mehr als|über|mindestens|bis zu|"
    r"weniger als|about|around|nearly|almost|more than|at least|over|up to)\s+)?"
    r"(?P<num>\d{1,3}(?:[.,]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![.:,]?\d)"
    r"(?:\s*(?P<scale>(?:Tausend|Millionen|Million|Milliarden|Milliarde|Billionen|"
    r"thousand|million|billion)\b|(?:Mio|Mrd)(?:\.|\b)))?"
    r"(?:-|\s*)(?P<unit>%|€|\$|km/h|[A-Za-zÄÖÜäöüß][\wäöüß/-]*)?",
)
_MEASURES = frozenset(
    [
        "km",
        "km/h",
        "kg",
        "g",
        "t",
        "m",
        "cm",
        "mm",
        "ha",
        "kwh",
        "mwh",
        "gwh",
        "mw",
        "gw",
        "kw",
        "l",
        "ml",
        "grad",
        "°c",
        "mio",
        "mrd",
        "euro",
        "dollar",
        "prozent",
        "percent",
        "miles",
        "mph",
    ]
)
_UNIT_NAMES = {"%": "Prozent", "€": "Euro", "$": "Dollar", "percent": "Prozent"}
# Words after a number that do not say what it counts.
_NOT_UNITS = frozenset(
    [
        "und",
        "oder",
        "bis",
        "zum",
        "zur",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "in",
        "im",
        "am",
        "an",
        "auf",
        "aus",
        "mit",
        "von",
        "vor",
        "nach",
        "um",
        "uhr",
        "and",
        "or",
        "to",
        "the",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
    ]
)


def find_quantities(text: str, sentences: list[Sentence], language: str) -> list[Quantity]:
    quantities: list[Quantity] = []
    for sentence in sentences:
        chunk = text[sentence.start : sentence.end]
        for match in _NUMBER.finditer(chunk):
            unit = match["unit"]
            if _is_date_or_time(chunk, match, language):
                continue
            if unit and not _is_unit(unit, language):
                unit = None
            end = match.end("unit" if unit else "scale" if match["scale"] else "num")
            value = _value(match["num"], english=language == "en")
            if match["scale"]:
                value *= _SCALE[match["scale"].lower().rstrip(".")]
            quantities.append(
                Quantity(
                    text=chunk[match.start() : end],
                    value=value,
                    unit=_UNIT_NAMES.get(unit.lower(), unit) if unit else None,
                    start=sentence.start + match.start(),
                    end=sentence.start + end,
                    sentence=sentence.index,
                )
            )
    return quantities


def _is_unit(word: str, language: str) -> bool:
    """Whether the word after a number says what is counted or measured."""
    lower = word.lower()
    if lower in _NOT_UNITS:
        return False
    if lower in _MEASURES or not word[0].isalpha():
        return True
    # German counts nouns, which are capitalised; lowercase words are verbs or adverbs.
    return word[0].isupper() if language == "de" else len(word) > 2


def _value(number: str, english: bool) -> float:
    if english:
        return float(number.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", number):
        number = number.replace(".", "")
    return float(number.replace(",", "."))


# An English month name right before a number makes it a day ("March 4").
_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(MONTHS)})\s+$", re.IGNORECASE)


def _is_date_or_time(chunk: str, match: re.Match[str], language: str) -> bool:
    """Ordinals ("5." before a month), clock times ("14 Uhr"), days ("March 4") and years
    are not quantities. ``chunk`` is the sentence, ``match`` the number in it."""
    number, unit, end = match["num"], match["unit"], match.end("num")
    # A period after the number makes it an ordinal, unless it ends the sentence.
    if chunk[end : end + 1] == "." and end + 1 < len(chunk.rstrip()):
        return True
    if unit is not None and unit.lower() == "uhr":
        return True
    if language != "de" and _MONTH_BEFORE.search(chunk, 0, match.start("num")):
        return True
    bare = unit is None or not unit[0].isupper()
    return bare and re.fullmatch(r"(19|20)\d{2}", number) is not None
