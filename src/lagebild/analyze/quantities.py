"""Numbers with what they count, in German and English notation.

"1.500 Haushalte" -> 1500 (Haushalte); "3,5 Milliarden Euro" -> 3.5e9 (EUR);
"rund 40 Prozent" -> 40 (%), approx "about"; "vier Sorten" -> 4 (Sorten);
"105- und 155-Millimeter" -> 105 (mm) and 155 (mm); "minus acht Grad" -> -8 (°C).
Units are normalised (``_UNITS``); otherwise the counted noun is kept as written,
with adjectives between number and noun inside the span ("1.200 geplanten
Starts"). Dates, clock times, ordinals, ranks ("Platz 10") and years are left to
the date finder; a number word counts only with a noun after it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from lagebild.analyze.dates import MONTHS
from lagebild.records import Quantity, Sentence

_SCALE = {
    "tausend": 1e3, "thousand": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "billion": 1e9, "billionen": 1e12,
}  # fmt: skip
_WORDS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
    "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
# the teens, and German tens with their units written as one word ("einundzwanzig")
_WORDS.update(
    {
        "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
        "achtzehn": 18, "neunzehn": 19, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    }
)  # fmt: skip
_WORDS.update(
    {
        f"{unit}und{ten}": _WORDS[ten] + n
        for ten in (
            "zwanzig",
            "dreißig",
            "vierzig",
            "fünfzig",
            "sechzig",
            "siebzig",
            "achtzig",
            "neunzig",
        )
        for n, unit in enumerate(
            ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"), 1
        )
    }
)
# "thirty-four": an English ten and a unit joined by a hyphen
_WORDS.update(
    {
        f"{ten}-{unit}": _WORDS[ten] + n
        for ten in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
        for n, unit in enumerate(
            ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"), 1
        )
    }
)
# number words, which count and never name, and the numbers they are
NUMBER_VALUES: Mapping[str, int] = _WORDS
NUMBER_WORDS = frozenset(_WORDS)
_APPROX = {
    "rund": "about", "etwa": "about", "ungefähr": "about", "circa": "about", "ca.": "about",
    "knapp": "almost", "fast": "almost", "beinahe": "almost", "mehr als": "more than",
    "mindestens": "at least", "bis zu": "at most", "weniger als": "less than",
    "about": "about", "around": "about", "nearly": "almost", "almost": "almost",
    "more than": "more than", "at least": "at least", "up to": "at most",
    "less than": "less than", "some": "about", "roughly": "about",
}  # fmt: skip
_UNITS = {
    "%": "%", "prozent": "%", "percent": "%", "per cent": "%", "€": "EUR", "euro": "EUR",
    "euros": "EUR", "eur": "EUR", "$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD",
    "km": "km", "kilometer": "km", "kilometern": "km", "kilometres": "km", "kilometers": "km",
    "km/h": "km/h", "mm": "mm", "millimeter": "mm", "millimetre": "mm", "millimetres": "mm",
    "m": "m", "meter": "m", "metern": "m", "metre": "m", "metres": "m", "meters": "m", "cm": "cm",
    "kilometre": "km", "mile": "miles", "tonne": "t", "ton": "t", "litre": "l",
    "zentimeter": "cm", "zentimetern": "cm", "centimetre": "cm", "centimetres": "cm",
    "centimeter": "cm", "centimeters": "cm", "t": "t", "tonnen": "t", "tons": "t",
    "tonnes": "t", "kg": "kg",
    "kilogramm": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg",
    "kilogrammes": "kg", "kilo": "kg", "kilos": "kg", "l": "l", "liter": "l", "litern": "l",
    "litres": "l", "liters": "l",
    "grad": "°C", "°c": "°C", "degrees": "°C", "mw": "MW", "megawatt": "MW", "gw": "GW",
    "kw": "kW", "kwh": "kWh", "mph": "mph", "miles": "miles", "ha": "ha", "hektar": "ha",
    "hectare": "ha", "hectares": "ha",
}  # fmt: skip
# "eine Million Euro", "one million euros", "a billion": an article as the one a scale has
_ONES = frozenset({"ein", "eine", "einer", "einem", "one", "a"})
_ONE_SCALED = r"(?:eine[rm]?|ein|one|a)(?=\s+(?:Million|Milliarde|million|billion)\b)"
_APPROX_RE = "|".join(sorted((re.escape(a) for a in _APPROX), key=len, reverse=True))
_WORD_RE = "|".join(sorted(_WORDS, key=len, reverse=True))
_NUMBER = re.compile(
    rf"(?<![\w.,:/-])(?:(?P<approx>{_APPROX_RE})\s+)?(?P<minus>minus\s+|-(?=\d))?"
    rf"(?P<num>\d{{1,3}}(?:[.,]\d{{3}})+(?:,\d+)?|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d.,]\d)"
    rf"|\d+(?:[.,]\d+)?|(?:{_WORD_RE})\b|{_ONE_SCALED})"
    r"(?![.:,]?\d)"
    r"(?:\s*(?P<scale>(?:Tausend|Millionen|Million|Milliarden|Milliarde|Billionen|"
    r"thousand|million|billion)\b|(?:Mio|Mrd)(?:\.|\b)))?",
    re.IGNORECASE,
)
_FOLLOWING = re.compile(r"(?:-|\s+)?(%|€|\$|km/h|°C|[A-Za-zÄÖÜäöüß][\wäöüß/-]*)")
_RANGE = re.compile(r"-?\s+(?:und|bis|oder|and|to|or)\s+")
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
        "pro",
        "je",
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
        "a",
        "an",
    ]
)
_PLURALS = frozenset(["people", "persons", "children", "men", "women", "police", "staff"])
_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(MONTHS)})\s+$", re.IGNORECASE)
# "seit 2015 hält der Zoo", "since 2019": a number in the years after these is a year
_YEAR_BEFORE = re.compile(r"\b(?:seit|since|bis|until|im jahr|in the year)\s+$", re.IGNORECASE)
# A number that names rather than counts: a rank, a paragraph, a speed limit or a road, a
# line or a flight ("Platz 2", "Tempo 30", "Bundesstraße 31", "Linie 7")
_RANK_BEFORE = re.compile(
    r"(?:Platz|Rang|Nummer|Nr\.|No\.|Artikel|Paragraf|Tempo|Bundesstraße|Landesstraße|"
    r"Kreisstraße|Autobahn|Linie|Gleis|Flug|Route)\s+$"
)
# German road names: "auf der A 61", "die B 31"
_ROAD_BEFORE = re.compile(r"\b[ABLK]\s*$")
# The code of a product's type: "ein Akku des Typs HX 625", "an HX 500 battery"
_CODE_BEFORE = re.compile(r"\b[A-Z]{2}\s*$")


def find_quantities(text: str, sentences: list[Sentence], language: str) -> list[Quantity]:
    quantities: list[Quantity] = []
    for sentence in sentences:
        chunk = text[sentence.start : sentence.end]
        found = [q for m in _NUMBER.finditer(chunk) if (q := _quantity(chunk, m, language))]
        # "105- und 155-Millimeter", "zwischen 20 und 30 Prozent": the first shares the unit.
        for k in range(len(found) - 1):
            (start, end, value, unit, approx), nxt = found[k], found[k + 1]
            if unit is None and nxt[3] is not None and _RANGE.fullmatch(chunk[end : nxt[0]]):
                found[k] = (start, end, value, nxt[3], approx)
        for start, end, value, unit, approx in found:
            if unit == "":
                continue
            quantities.append(
                Quantity(
                    chunk[start:end],
                    value,
                    unit,
                    sentence.start + start,
                    sentence.start + end,
                    sentence.index,
                    approx,
                )
            )
    return quantities


def _quantity(
    chunk: str, match: re.Match[str], language: str
) -> tuple[int, int, float, str | None, str | None] | None:
    number = match["num"]
    one = number.lower() in _ONES
    word = one or number.lower() in _WORDS
    if not word and _is_date_or_time(chunk, match, language):
        return None
    before = match.start("num")
    if (
        _RANK_BEFORE.search(chunk, 0, before)
        or _CODE_BEFORE.search(chunk, 0, before)
        or (language == "de" and _ROAD_BEFORE.search(chunk, 0, before))
    ):
        return None
    value = (
        1.0 if one else float(_WORDS[number.lower()]) if word else _value(number, language == "en")
    )
    if match["scale"]:
        value *= _SCALE[match["scale"].lower().rstrip(".")]
    if match["minus"]:
        value = -value
    end = match.end()
    unit, unit_end = _unit(chunk, end, language)
    if unit is None and word:
        return None  # "zwei" alone is no quantity
    year = not match["scale"] and re.fullmatch(r"(19|20)\d{2}", number)
    if year and (unit is None or _YEAR_BEFORE.search(chunk, 0, match.start("num"))):
        return None  # a year: "2015", "seit 2015 Jaguare"
    approx = _APPROX.get(match["approx"].lower()) if match["approx"] else None
    start = (
        match.start()
        if match["approx"]
        else match.start("minus")
        if match["minus"]
        else match.start("num")
    )
    if unit is not None:
        end = unit_end
    if chunk[end - 1 : end] == "-":
        end -= 1
    return start, end, value, unit, approx


def _unit(chunk: str, end: int, language: str) -> tuple[str | None, int]:
    """The unit or counted noun after a number, and where it ends."""
    position = end
    for _ in range(3):
        match = _FOLLOWING.match(chunk, position)
        if match is None:
            return None, end
        word = match[1]
        lower = word.lower()
        if lower in _NOT_UNITS:
            return None, end
        if lower in _UNITS and (position == end or word[:1].islower() or language == "de"):
            return _UNITS[lower], match.end()
        if language == "de":
            if word[:1].isupper():
                return word, match.end()
            if not re.search(r"(?:e|en|er|es|em)$", word):
                return None, end  # a verb or an adverb: "30 weniger"
        elif lower in _PLURALS or (lower.endswith("s") and len(word) > 3):
            return word, match.end()
        position = match.end()
    return None, end


def _value(number: str, english: bool) -> float:
    number = re.sub(r"[ \u00a0\u202f]", "", number)  # "12 000": thousands set apart
    if english:
        return float(number.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", number):
        number = number.replace(".", "")
    return float(number.replace(",", "."))


def _is_date_or_time(chunk: str, match: re.Match[str], language: str) -> bool:
    """Ordinals ("5." before a month), clock times ("14 Uhr"), days ("March 4")."""
    end = match.end("num")
    # A period after the number makes it an ordinal, unless it ends the sentence.
    if chunk[end : end + 1] == "." and end + 1 < len(chunk.rstrip()):
        return True
    # "14 Uhr", and the first of "von 22 bis 6 Uhr"
    if re.match(
        r"\s*(?:(?:bis|und|–|-)\s*\d{1,2}(?:[.:]\d{2})?\s*)?(?:Uhr|a\.m\.|p\.m\.)", chunk[end:]
    ):
        return True
    return language != "de" and _MONTH_BEFORE.search(chunk, 0, match.start("num")) is not None
