"""Dates named in the text, as ISO 8601 to the precision given.

"14.03.2026" -> 2026-03-14; "5. März 2026" -> 2026-03-05; "5. März" -> the
publication year; "vom 16. bis zum 18. März" -> both days; "März 2026" -> 2026-03;
in English also "March 4, 2026" (German never puts the day after the month, and
"im Mai 12 neue Fälle" is no date).
Weekdays and relative expressions ("am Freitag", "vergangene Woche") are not
resolved here: whether "am Mittwoch" is past or future depends on the verb's
tense, and a wrong date on a timeline is worse than none.
"""

from __future__ import annotations

import re
from datetime import date

from lagebild.records import DateMention, Sentence

MONTHS = {
    "januar": 1, "jänner": 1, "february": 2, "februar": 2, "feber": 2, "märz": 3, "march": 3,
    "april": 4, "mai": 5, "may": 5, "juni": 6, "june": 6, "juli": 7, "july": 7, "august": 8,
    "september": 9, "oktober": 10, "october": 10, "november": 11, "dezember": 12,
    "december": 12, "january": 1,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
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
_MONTH_YEAR = re.compile(rf"(?<!\d\.\s)\b({_MONTH})\s+(\d{{4}})\b", re.IGNORECASE)


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(
    text: str, sentences: list[Sentence], published: str | None, language: str
) -> list[DateMention]:
    """Dates in ``text``; ``published`` (ISO) supplies a missing year."""
    pub_year = int(published[:4]) if published and published[:4].isdigit() else None
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, iso: str | None) -> None:
        if iso and not any(s < end and start < e for s, e in taken):
            sentence = next((s.index for s in sentences if s.start <= start < s.end), -1)
            if sentence >= 0:
                found.append(DateMention(text[start:end], iso, start, end, sentence))
                taken.append((start, end))

    for m in _NUMERIC.finditer(text):
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        add(m.start(), m.end(), _day(year, int(m[2]), int(m[1])))
    for m in _ISO.finditer(text):
        add(m.start(), m.end(), _day(int(m[1]), int(m[2]), int(m[3])))
    for m in _DAY_MONTH.finditer(text):
        given = int(m[4]) if m[4] else pub_year
        if given is None:
            continue
        month = MONTHS[m[3].lower()]
        if m[2]:
            add(m.start(), m.start() + len(m[1]) + 1, _day(given, month, int(m[1])))
            add(m.start(2), m.end(), _day(given, month, int(m[2])))
        else:
            add(m.start(), m.end(), _day(given, month, int(m[1])))
    for m in _MONTH_DAY_EN.finditer(text):
        given = int(m[3]) if m[3] else pub_year
        if given is not None and language != "de":
            add(m.start(), m.end(), _day(given, MONTHS[m[1].lower()], int(m[2])))
    for m in _MONTH_YEAR.finditer(text):
        add(m.start(), m.end(), f"{int(m[2]):04d}-{MONTHS[m[1].lower()]:02d}")
    found.sort(key=lambda d: d.start)
    return found
