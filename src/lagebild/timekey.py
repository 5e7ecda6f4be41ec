"""Publication dates of partial precision ("2026-03", "2026-03-04T09:12") as sortable values."""

from __future__ import annotations

from datetime import date, datetime, timedelta


def parse_published(published: str | None) -> datetime | None:
    """The earliest moment ``published`` can mean, or None when it is missing or unreadable."""
    if not published:
        return None
    text = published.strip().replace("Z", "+00:00")
    for size in (len(text), 19, 16, 10):
        try:
            moment = datetime.fromisoformat(text[:size])
        except ValueError:
            continue
        return moment.replace(tzinfo=None)
    if len(text) == 7 and text[4] == "-":
        try:
            return datetime(int(text[:4]), int(text[5:7]), 1)
        except ValueError:
            return None
    if len(text) == 4 and text.isdigit():
        return datetime(int(text), 1, 1)
    return None


def published_day(published: str | None) -> date | None:
    """The day of a publication date known at least to the day, else None."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def last_weekday(day: date, weekday: int) -> date:
    """The latest day on or before ``day`` that falls on ``weekday`` (0 is Monday): the day
    a report means by a weekday it names in the past ("am Samstag", read on Sunday)."""
    return day - timedelta(days=(day.weekday() - weekday) % 7)
