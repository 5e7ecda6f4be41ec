"""Header lines at the top of scraped plain text, turned into metadata.

Recognised (each may be followed on the same line by the first body sentence):

    ' date 2024-03 Von Tagesspiegel'      -> published 2024-03, source Tagesspiegel
    '14.02.2024 09:12'                     -> published 2024-02-14T09:12
    '2024-02-14 09:12', 'Stand: 14.02.2024, 09:12 Uhr'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from lagebild.clean import rules

# How far down a header line may stand (non-empty lines).
HEADER_DEPTH = 6

_DATE_VON = re.compile(
    r"^\s*date\s+(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s+[Vv]on\s+(?P<rest>.+))?\s*$"
)
_GERMAN_DATETIME = re.compile(
    r"^\s*(?:(?:stand|veröffentlicht|aktualisiert)(?: am)?:?\s*)?"
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"
    r"(?:,?\s*(?:um\s*)?(?P<hh>\d{1,2})[:.](?P<mm>\d{2})(?:\s*uhr)?)?\s*$",
    re.IGNORECASE,
)
# "15. April 2025, 10:30", "15. März 2025 um 10:30 Uhr", "April 15, 2025", "15 April 2025"
_NAMED_MONTH = re.compile(
    r"^\s*(?:(?:stand|veröffentlicht|aktualisiert|published|updated)(?: am| on)?:?\s*)?"
    r"(?:(?P<d>\d{1,2})\.?\s+(?P<m>[^\W\d_]{3,10})\.?|(?P<m2>[^\W\d_]{3,10})\.?\s+(?P<d2>\d{1,2}),)"
    r"\s+(?P<y>\d{4})"
    r"(?:,?\s*(?:um\s*|at\s*)?(?P<hh>\d{1,2})[:.](?P<mm>\d{2})(?:\s*uhr)?)?\s*$",
    re.IGNORECASE,
)
_ISO_DATETIME = re.compile(
    r"^\s*(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[ T](?P<hh>\d{2}):(?P<mm>\d{2}))?\s*$"
)


# A dateline opening the lead: "Frankfurt/München (dpa) - ", "KYIV, March 4 (Reuters) - ".
_DATELINE = re.compile(
    r"^(?P<dateline>[A-ZÄÖÜ][\w./ ,-]{0,40}\((?:dpa|afp|ap|apa|kna|epd|sda|reuters|rtr|dts)"
    r"(?:/[a-z]{2,4})?\)\s*[-–—]\s*)(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


def split_dateline(line: str) -> tuple[str, str] | None:
    """("Frankfurt/München (dpa) -", "Reisende …") when the line opens with a dateline."""
    match = _DATELINE.match(line)
    return (match["dateline"].strip(), match["rest"]) if match else None


@dataclass(frozen=True, slots=True)
class Header:
    """What header lines said, and the body text found glued to them."""

    published: str | None = None
    source: str | None = None
    glued_body: str | None = None


def parse_header_line(line: str) -> Header | None:
    """The metadata of one header line, or None when the line is not a header."""
    match = _DATE_VON.match(line)
    if match:
        source, body = _split_outlet(match["rest"] or "")
        return Header(published=match["date"], source=source, glued_body=body)
    for pattern in (_GERMAN_DATETIME, _ISO_DATETIME, _NAMED_MONTH):
        match = pattern.match(line)
        published = _iso(match) if match else None
        if published:
            return Header(published=published)
    return None


def _month(match: re.Match[str]) -> int:
    """The month of a match, given as a number or as a German or English name."""
    value = match["m"] or match.groupdict().get("m2") or ""
    if value.isdigit():
        return int(value)
    return rules.months().get(value.lower().rstrip("."), 0)


def _iso(match: re.Match[str]) -> str | None:
    """The ISO date (and time) of a matched header; None for an impossible date (31.02.)."""
    try:
        day = match["d"] or match.groupdict().get("d2")
        iso = date(int(match["y"]), _month(match), int(day or 0)).isoformat()
    except ValueError:
        return None
    if match["hh"] is not None:
        hour, minute = int(match["hh"]), int(match["mm"])
        if hour < 24 and minute < 60:
            iso += f"T{hour:02d}:{minute:02d}"
    return iso


def _split_outlet(rest: str) -> tuple[str | None, str | None]:
    """'Tagesspiegel Die Stadt ist …' -> ('Tagesspiegel', 'Die Stadt ist …')."""
    words = rest.split()
    if not words:
        return None, None
    for end, word in enumerate(words[:4], start=1):
        if word.lower().strip(".,") in rules.words("header", "outlet_ends"):
            return " ".join(words[:end]), _after_words(rest, end)
    taken = 1
    while taken < min(len(words), 3):
        word = words[taken]
        following = words[taken + 1] if taken + 1 < len(words) else ""
        starts_sentence = (
            word.lower() in rules.words("header", "sentence_starters")
            or not word[:1].isupper()
            or (
                following[:1].islower()
                and following.lower() not in rules.words("header", "sentence_starters")
            )
        )
        if starts_sentence:
            break
        taken += 1
    return " ".join(words[:taken]), _after_words(rest, taken)


def _after_words(rest: str, count: int) -> str | None:
    """``rest`` after its first ``count`` words, spacing kept (it must end the header line)."""
    parts = rest.split(None, count)
    return parts[count] if len(parts) > count else None
