"""Pictures for the HTML report, as inline SVG: the timeline and the source × fact matrix.

Both are drawn from plain rows prepared by ``html.py`` and escaped here; colours come from
the page's CSS variables so that they follow its light and dark themes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

ROW = 22
LABEL_WIDTH = 260
CELL = 26
TIMELINE_WIDTH = 640
TIMELINE_HEIGHT = 120
MARGIN = 40


@dataclass(frozen=True, slots=True)
class TimePoint:
    """One timeline entry: its day (ISO), a label, a tooltip, a link and how many cite it."""

    iso: str
    label: str
    text: str
    href: str
    sources: int


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """One fact (or one conflicting value): which source columns state it, and how."""

    label: str
    text: str
    cells: dict[int, str]  # column number -> "fact" or "conflict"
    href: str


def _day(iso: str) -> int | None:
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def timeline_svg(points: Sequence[TimePoint], title: str) -> Markup:
    """Dated entries on a horizontal time axis; each dot opens the cited passage."""
    days = [(d, p) for p in points if (d := _day(p.iso)) is not None]
    if not days:
        return Markup("")
    first, last = min(d for d, _ in days), max(d for d, _ in days)
    span = max(last - first, 1)
    usable = TIMELINE_WIDTH - 2 * MARGIN
    axis = TIMELINE_HEIGHT - 45
    parts = [
        f'<svg class="timeline" viewBox="0 0 {TIMELINE_WIDTH} {TIMELINE_HEIGHT}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f'<line x1="{MARGIN}" y1="{axis}" x2="{TIMELINE_WIDTH - MARGIN}" y2="{axis}" '
        'class="axis"/>',
    ]
    stacked: dict[int, int] = {}
    for day, point in days:
        x = MARGIN + (usable * (day - first) / span if last > first else usable / 2)
        level = stacked.get(day, 0)
        stacked[day] = level + 1
        y = axis - 14 - 18 * level
        radius = 4 + 2 * min(point.sources, 5)
        parts.append(
            f'<a href="{escape(point.href)}"><title>{escape(point.label)} — '
            f"{escape(point.text)}</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" class="dot"/></a>'
        )
        if level == 0:
            parts.append(
                f'<text x="{x:.1f}" y="{axis + 18}" text-anchor="middle" class="tick">'
                f"{escape(point.label)}</text>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def matrix_svg(rows: Sequence[MatrixRow], columns: Sequence[tuple[int, str]], title: str) -> Markup:
    """Facts as rows, sources as columns; a filled cell where a source states the fact,
    a marked one where it gives a value that disagrees with another source's."""
    if not rows or len(columns) < 2:
        return Markup("")  # with a single source there is nothing to compare
    width = LABEL_WIDTH + CELL * len(columns) + 10
    height = ROW * (len(rows) + 1) + 10
    parts = [
        f'<svg class="matrix" viewBox="0 0 {width} {height}" width="{width}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
    ]
    column_x = {}
    for n, (number, outlet) in enumerate(columns):
        x = LABEL_WIDTH + CELL * n
        column_x[number] = x
        parts.append(
            f'<text x="{x + CELL / 2}" y="{ROW - 6}" text-anchor="middle" class="tick">'
            f"<title>{escape(outlet)}</title>[{number}]</text>"
        )
    for r, row in enumerate(rows, start=1):
        y = ROW * r
        label = row.label if len(row.label) <= 40 else row.label[:39] + "…"
        parts.append(
            f'<a href="{escape(row.href)}"><text x="0" y="{y + 15}" class="label">'
            f"<title>{escape(row.text)}</title>{escape(label)}</text></a>"
        )
        for number, x in column_x.items():
            kind = row.cells.get(number)
            style = {"fact": "cell on", "conflict": "cell conflict"}.get(kind or "", "cell")
            parts.append(
                f'<rect x="{x + 3}" y="{y + 3}" width="{CELL - 6}" height="{ROW - 6}" '
                f'rx="3" class="{style}"/>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))
