"""lagebild: a sourced picture of each news story.

    >>> import lagebild
    >>> report = lagebild.brief(["examples/"])
    >>> for briefing in report.briefings:
    ...     print(briefing.headline, briefing.independent_sources)

``brief`` reads files and folders; ``run`` takes Documents you built yourself.
Renderers turn a Report into the JSON contract, Markdown or an HTML report.
"""

from __future__ import annotations

from lagebild.config import Config
from lagebild.errors import CleanError, ConfigError, DocumentError, LagebildError, ReadError
from lagebild.pipeline import brief, run
from lagebild.records import (
    Analysis,
    Article,
    Briefing,
    Cited,
    Conflict,
    Document,
    EntitySummary,
    Outcome,
    QuantityRef,
    QuoteRef,
    Rejection,
    Report,
    Story,
    TimelineEntry,
)
from lagebild.render.json import render_json, report_to_dict

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "Briefing",
    "Cited",
    "CleanError",
    "Config",
    "ConfigError",
    "Conflict",
    "Document",
    "DocumentError",
    "EntitySummary",
    "LagebildError",
    "Outcome",
    "QuantityRef",
    "QuoteRef",
    "ReadError",
    "Rejection",
    "Report",
    "Story",
    "TimelineEntry",
    "__version__",
    "brief",
    "render_json",
    "report_to_dict",
    "run",
]
