"""Dates named in the text, as ISO 8601 to the precision given.

Absolute: "14.03.2026" -> 2026-03-14; "5. März 2026"; "5. März" (the year of the
nearest such day to the publication, as for a month without a year: "am 11. Januar",
written in November, is next January); "vom 16. bis zum 18. März" -> both days; "März 2026" ->
2026-03; a bare year "2021"; in English also "March 4, 2026", "Nov. 17" and "4 March 2026"
(German never puts the day after the month, and "im Mai 12 neue Fälle" has no day
12).

Relative, resolved against the publication date (``relative`` set): "heute",
"gestern", "morgen"; weekdays ("am Freitag", "Dienstagabend"); "vergangene
Woche" (an ISO week); "im vergangenen Jahr"; a month without a year ("im
April"); "vor drei Wochen"; their English counterparts. Whether "am Mittwoch"
or "im April" lies before or after the publication depends on the tense of the
sentence (``tense.py``): past tense looks back, anything else forward, and a
publication's own weekday is the publication day. A weekday a plan is made for ("kündigte
für Donnerstag einen Streik an") lies ahead. Vague spans ("in den
kommenden Tagen") become ISO intervals marked ``vague``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from datetime import date, timedelta

from lagebild.analyze.tense import Tense, clause_tense
from lagebild.records import DateMention, Precision, Sentence
from lagebild.timekey import last_weekday, published_day

MONTHS = {
    "januar": 1, "jänner": 1, "february": 2, "februar": 2, "feber": 2, "märz": 3, "march": 3,
    "april": 4, "mai": 5, "may": 5, "juni": 6, "june": 6, "juli": 7, "july": 7, "august": 8,
    "september": 9, "oktober": 10, "october": 10, "november": 11, "dezember": 12,
    "december": 12, "january": 1,
}  # fmt: skip
WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])")
_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])")
_DAY_MONTH = re.compile(
    rf"(?<![\d.])(\d{{1,2}})\.\s*(?:(?:bis|und|-|–)\s*(?:zum\s+)?(\d{{1,2}})\.\s*)?({_MONTH})"
    rf"(?:\s+(\d{{4}}))?\b",
    re.IGNORECASE,
)
_MONTH_DAY_EN = re.compile(
    rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I
)
# news agencies abbreviate most months before a day: "Nov. 17", "Sept. 3"
_MONTH_ABBREVIATED_EN = re.compile(
    r"\b(Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.\s+(\d{1,2})(?:,?\s+(\d{4}))?\b(?!\.\d)"
)
_ABBREVIATED = {"jan": 1, "feb": 2, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_DAY_MONTH_EN = re.compile(
    rf"(?<![\d.])\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\b(?:,?\s+(\d{{4}}))?", re.I
)
_MONTH_YEAR = re.compile(rf"(?<!\d\.\s)\b({_MONTH})\s+(\d{{4}})\b", re.IGNORECASE)
# A month alone: German month names are unambiguous; English ones need a preposition
# ("in May", not "May I").
_MONTH_DE = re.compile(rf"(?<!\d\.)(?<!\d\.\s)\b({_MONTH})\b", re.IGNORECASE)
_MONTH_EN = re.compile(
    rf"\b(?:in|since|by|until|from|during|of|early|late|mid-|last|next|this)\s+"
    rf"({_MONTH})\b(?!\s*\d)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d.,:/-])((?:19|20)\d{2})(?![\d.,:]\d|\d|-\d)")
_WEEKDAY_WORD = re.compile(
    rf"\b(?P<mod>(?:(?:am\s+)?(?:kommenden|nächsten|vergangenen|letzten|diesen)|next|last|"
    rf"this|coming)\s+)?(?P<day>(?i:{_WEEKDAY}))(?P<part>abend|morgen|mittag|nachmittag|"
    rf"vormittag|nacht|früh)?s?\b",
)
_BRACKET_DATE = re.compile(r"\s*\(")
_EVERY = re.compile(r"\b(?:jeden|jedem|every)\s+$", re.IGNORECASE)
# a plan made for a day looks ahead whatever the tense: "kündigte für Donnerstag ... an"
_FOR_DAY = re.compile(r"\b(?:für|for)\s+$", re.IGNORECASE)
_DAY_WORDS = {
    "heute": 0, "today": 0, "gestern": -1, "yesterday": -1, "vorgestern": -2,
    "morgen": 1, "tomorrow": 1, "übermorgen": 2,
}  # fmt: skip
_DAY_WORD = re.compile(
    r"\b(heute|today|gestern|yesterday|vorgestern|übermorgen|morgen|tomorrow)\b", re.IGNORECASE
)
_NEXT = r"kommende[nrs]?|nächste[nrs]?|next|coming"
_LAST = r"vergangene[nrs]?|letzte[nrs]?|vorige[nrs]?|last|past|previous"
_THIS = r"diese[nrms]?|this"
_RELATIVE_UNIT = re.compile(
    rf"\b(?P<mod>{_NEXT}|{_LAST}|{_THIS})\s+(?P<unit>Woche|Monat|Monats|Jahr|Jahres|"
    rf"week|month|year)\b",
    re.IGNORECASE,
)
_PART_OF_YEAR = re.compile(
    rf"\b(?:Anfang|Mitte|Ende)\s+(?:des\s+)?(?:(?P<mod>{_NEXT}|{_LAST})\s+)?(?:Jahres)\b"
)
_AGO = re.compile(
    r"\bvor\s+(?P<n>\d+|einer?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+"
    r"(?P<unit>Tagen|Wochen|Monaten|Jahren|Tag|Woche|Monat|Jahr)\b"
    r"|\b(?P<n2>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<unit2>days?|weeks?|months?|years?)\s+ago\b",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    rf"\bin\s+(?:den|the)\s+(?P<mod>{_NEXT}|{_LAST}|vergangenen|letzten)\s+(?:few\s+)?"
    r"(?P<unit>Tagen|Wochen|Monaten|days|weeks|months)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    "ein": 1, "eine": 1, "einer": 1, "a": 1, "one": 1, "zwei": 2, "two": 2, "drei": 3,
    "three": 3, "vier": 4, "four": 4, "fünf": 5, "five": 5, "sechs": 6, "six": 6,
    "sieben": 7, "seven": 7, "acht": 8, "eight": 8, "neun": 9, "nine": 9, "zehn": 10, "ten": 10,
}  # fmt: skip
_VAGUE_DAYS = {"t": 7, "d": 7, "w": 28, "m": 90}


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _month_shift(day: date, months: int) -> str:
    index = day.year * 12 + day.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _precision(iso: str) -> Precision:
    if "W" in iso:
        return "week"
    return {4: "year", 7: "month"}.get(len(iso.split("/")[0]), "day")  # type: ignore[return-value]


def find_dates(
    text: str, sentences: list[Sentence], published: str | None, language: str
) -> list[DateMention]:
    """Dates in ``text``; ``published`` (ISO) supplies a missing year and resolves
    relative dates."""
    pub_year = int(published[:4]) if published and published[:4].isdigit() else None
    today = published_day(published)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    starts = [s.start for s in sentences]

    def sentence_at(start: int) -> Sentence | None:
        index = bisect_right(starts, start) - 1
        if index >= 0 and sentences[index].start <= start < sentences[index].end:
            return sentences[index]
        return None

    def tense(sentence: Sentence, offset: int) -> Tense:
        return clause_tense(sentence.tokens, offset, language)

    def year_of(start: int, month: int, written: str | None) -> int | None:
        if written:
            return int(written)
        sentence = sentence_at(start)
        if today is None or sentence is None:
            return pub_year
        return _nearest_year(today, month, tense(sentence, start))

    def add(start: int, end: int, iso: str | None, relative: bool = False) -> None:
        if iso and not any(s < end and start < e for s, e in taken):
            sentence = sentence_at(start)
            if sentence is not None:
                vague = "/" in iso
                found.append(
                    DateMention(
                        text[start:end],
                        iso,
                        start,
                        end,
                        sentence.index,
                        _precision(iso),
                        vague,
                        relative,
                    )
                )
                taken.append((start, end))

    for m in _NUMERIC.finditer(text):
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        add(m.start(), m.end(), _day(year, int(m[2]), int(m[1])))
    for m in _ISO.finditer(text):
        add(m.start(), m.end(), _day(int(m[1]), int(m[2]), int(m[3])))
    for m in _DAY_MONTH.finditer(text):
        month = MONTHS[m[3].lower()]
        given = year_of(m.start(), month, m[4])
        if given is None:
            continue
        if m[2]:
            add(m.start(), m.start() + len(m[1]) + 1, _day(given, month, int(m[1])))
            add(m.start(2), m.end(), _day(given, month, int(m[2])))
        else:
            add(m.start(), m.end(), _day(given, month, int(m[1])))
    for m in _MONTH_DAY_EN.finditer(text):
        month = MONTHS[m[1].lower()]
        given = year_of(m.start(), month, m[3])
        if given is not None and language != "de":
            add(m.start(), m.end(), _day(given, month, int(m[2])))
    for m in _MONTH_ABBREVIATED_EN.finditer(text):
        month = _ABBREVIATED[m[1].lower()]
        given = year_of(m.start(), month, m[3])
        if given is not None and language != "de":
            add(m.start(), m.end(), _day(given, month, int(m[2])))
    for m in _DAY_MONTH_EN.finditer(text):  # "on 22 March", British order
        month = MONTHS[m[2].lower()]
        given = year_of(m.start(), month, m[3])
        if given is not None and language != "de":
            add(m.start(), m.end(), _day(given, month, int(m[1])))
    for m in _MONTH_YEAR.finditer(text):
        add(m.start(), m.end(), f"{int(m[2]):04d}-{MONTHS[m[1].lower()]:02d}")
    if today is not None:
        _relative(text, language, today, sentence_at, tense, add)
    for m in _YEAR.finditer(text):
        if _is_year(text, m, language):
            add(m.start(), m.end(), m[1])
    found.sort(key=lambda d: d.start)
    return found


Add = Callable[..., None]


def _relative(
    text: str,
    language: str,
    today: date,
    sentence_at: Callable[[int], Sentence | None],
    tense: Callable[[Sentence, int], Tense],
    add: Add,
) -> None:
    def direction(start: int) -> Tense:
        sentence = sentence_at(start)
        return tense(sentence, start) if sentence is not None else "present"

    for m in _VAGUE.finditer(text):
        unit = m["unit"][0].lower()
        days = _VAGUE_DAYS[unit]
        if re.match(_NEXT, m["mod"], re.IGNORECASE):
            iso = f"{today + timedelta(days=1)}/{today + timedelta(days=days)}"
        else:
            iso = f"{today - timedelta(days=days)}/{today - timedelta(days=1)}"
        add(m.start(), m.end(), iso, True)
    for m in _AGO.finditer(text):
        n_text = (m["n"] or m["n2"]).lower()
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text, 1)
        unit = (m["unit"] or m["unit2"]).lower()[0]
        if unit in "td":
            iso = (today - timedelta(days=n)).isoformat()
        elif unit == "w":
            iso = _week(today - timedelta(weeks=n))
        elif unit == "m":
            iso = _month_shift(today, -n)
        else:
            iso = str(today.year - n)
        add(m.start(), m.end(), iso, True)
    for m in _PART_OF_YEAR.finditer(text):
        shift = 0 if not m["mod"] else 1 if re.match(_NEXT, m["mod"]) else -1
        add(m.start(), m.end(), str(today.year + shift), True)
    for m in _RELATIVE_UNIT.finditer(text):
        mod = m["mod"].lower()
        shift = 1 if re.fullmatch(_NEXT, mod) else -1 if re.fullmatch(_LAST, mod) else 0
        unit = m["unit"].lower()[0]
        if unit in "w":
            iso = _week(today + timedelta(weeks=shift))
        elif unit == "m":
            iso = _month_shift(today, shift)
        else:
            iso = str(today.year + shift)
        add(m.start(), m.end(), iso, True)
    for m in _DAY_WORD.finditer(text):
        word = m[1]
        if word == "Morgen" and not _is_tomorrow(text, m.start()):
            continue
        if word.lower() == "morgen" and re.search(
            r"(?:heute|gestern|am|jeden)\s+$", text[: m.start()]
        ):
            continue
        add(
            m.start(), m.end(), (today + timedelta(days=_DAY_WORDS[word.lower()])).isoformat(), True
        )
    for m in _WEEKDAY_WORD.finditer(text):
        weekday = WEEKDAYS[m["day"].lower()]
        mod = (m["mod"] or "").split()[-1].lower() if m["mod"] else ""
        start = m.start("day")
        if start > 0 and text[start - 1] == "-":
            continue
        if m.group().endswith("s") or _EVERY.search(text, max(start - 8, 0), start):
            # "sonntags", "montagabends", "on Sundays", "jeden Dienstag", "every Tuesday":
            # every such day, not one
            continue
        bracket = _BRACKET_DATE.match(text, m.end())
        if bracket is not None:
            # "am Dienstagabend (5. März)": the weekday is the date given with it.
            given = _DAY_MONTH.match(text, bracket.end())
            year = int(given[4]) if given and given[4] else today.year
            bracketed = _day(year, MONTHS[given[3].lower()], int(given[1])) if given else None
            if bracketed:
                add(start, m.end(), bracketed, True)
                continue
        if mod in ("kommenden", "nächsten", "next", "coming"):
            ahead = (weekday - today.weekday()) % 7 or 7
            day = today + timedelta(days=ahead)
        elif mod in ("vergangenen", "letzten", "last"):
            back = (today.weekday() - weekday) % 7 or 7
            day = today - timedelta(days=back)
        elif weekday == today.weekday():
            day = today
        elif _FOR_DAY.search(text, max(start - 5, 0), start) is None and (
            direction(start) == "past" or _since_before(text, start)
        ):
            day = last_weekday(today, weekday)
        else:
            day = today + timedelta(days=(weekday - today.weekday()) % 7)
        add(start, m.end(), day.isoformat(), True)
    month_pattern = _MONTH_DE if language == "de" else _MONTH_EN
    for m in month_pattern.finditer(text):
        start = m.start(1)
        if language == "de" and not text[start].isupper():
            continue
        month = MONTHS[m[1].lower()]
        when: Tense = "past" if _since_before(text, start) else direction(start)
        year = _nearest_year(today, month, when)
        add(start, m.end(1), f"{year:04d}-{month:02d}", True)


def _nearest_year(today: date, month: int, tense: Tense) -> int:
    """The year of a month named without one: the nearest such month to the publication,
    a month on the wrong side of the tense counting three months farther away ("im
    Juli", said in June in the past tense of a plan, is next month, not last July)."""

    def distance(year: int) -> int:
        offset = (year * 12 + month) - (today.year * 12 + today.month)
        wrong_side = (tense == "past" and offset > 0) or (tense == "future" and offset < 0)
        return abs(offset) + (3 if wrong_side else 0)

    return min((today.year - 1, today.year, today.year + 1), key=distance)


def _since_before(text: str, start: int) -> bool:
    """ "seit Montag", "Seit Sonntagabend", "since January", "Seit dem Murenabgang am
    Montag": the date lies in the past whatever the tense."""
    return (
        re.search(
            r"\b(?:seit|since)\s+(?:\w+\s+){0,3}$", text[max(0, start - 40) : start], re.IGNORECASE
        )
        is not None
    )


def _is_tomorrow(text: str, start: int) -> bool:
    """A capitalised "Morgen" is "tomorrow" only at the start of a sentence and not after
    an article or "heute"/"gestern" ("am Morgen", "heute Morgen" are times of day)."""
    before = text[max(0, start - 12) : start]
    if re.search(r"(?:am|heute|gestern|jeden|den|der|dem|einem|am frühen)\s+$", before):
        return False
    return start == 0 or re.search(r"(?:[.!?:]\s*|\n|^)$", before) is not None


def _is_year(text: str, match: re.Match[str], language: str) -> bool:
    """A four-digit number from 1900 to 2099 is a year unless a noun follows ("2027
    Mitarbeiter") or it is a rank ("Platz 2021") or a count of something."""
    after = text[match.end() : match.end() + 30]
    following = re.match(r"\s*([\w%€$]+)", after)
    before = text[max(0, match.start() - 12) : match.start()]
    if re.search(r"(?:Platz|Nummer|Nr\.|No\.)\s*$", before):
        return False
    if following is None:
        return True
    word = following.group(1)
    if language == "de":
        return not word[:1].isupper() or _german_year_word(word)
    return not re.match(r"(?:people|persons|jobs|cars|flights|euros?|dollars?|%)$", word)


def _german_year_word(word: str) -> bool:
    """Capitalised words after a year that do not make it a count."""
    return word in ("Jahr", "Jahre") or word.lower() in MONTHS or word.lower() in WEEKDAYS
