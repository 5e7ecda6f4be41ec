"""The terminal: each briefing as Rich renderables (the CLI prints them).

The content and order are those of the Markdown rendering; Rich lays them out
for the terminal (headings, lists, the numbers table).
"""

from __future__ import annotations

from io import StringIO

from rich.console import Console, RenderableType
from rich.markdown import Markdown
from rich.rule import Rule
from rich.text import Text

from lagebild.records import Report
from lagebild.render.citations import rejected, report_language, story_context
from lagebild.render.labels import labels
from lagebild.render.markdown import briefing_blocks


def terminal_renderables(report: Report) -> list[RenderableType]:
    items: list[RenderableType] = []
    for briefing in report.briefings:
        ctx = story_context(report, briefing)
        blocks = briefing_blocks(ctx)[1:]  # the first block is the headline, shown in the rule
        items.append(Rule(Text(briefing.headline, style="bold"), align="left"))
        items.append(Markdown("\n\n".join(blocks)))
    failures = rejected(report)
    if failures:
        lab = labels(report_language(report))
        items.append(Rule(Text(lab.rejected, style="bold yellow"), align="left"))
        for outcome in failures:
            items.append(Text(f"{outcome.origin}: {outcome.error}", style="yellow"))
    return items


def render_terminal_text(report: Report, width: int = 100) -> str:
    """The terminal rendering as plain text (for ``--output`` with the terminal format)."""
    buffer = StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False)
    for item in terminal_renderables(report):
        console.print(item)
    return buffer.getvalue()
