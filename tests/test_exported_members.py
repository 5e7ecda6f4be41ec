"""The public API is exactly what ``__all__`` says, and it works as documented."""

from __future__ import annotations

from pathlib import Path

import lagebild

PUBLIC = {
    "Analysis", "Article", "Briefing", "Cited", "CleanError", "Config", "ConfigError",
    "Conflict", "Document", "DocumentError", "EntitySummary", "LagebildError", "Outcome",
    "QuantityRef", "QuoteRef", "ReadError", "Rejection", "Report", "Story", "TimelineEntry",
    "__version__", "brief", "render_json", "report_to_dict", "run",
}  # fmt: skip


def test_exported_members() -> None:
    assert set(lagebild.__all__) == PUBLIC
    for name in lagebild.__all__:
        assert hasattr(lagebild, name), name


def test_error_hierarchy() -> None:
    assert issubclass(lagebild.ReadError, lagebild.DocumentError)
    assert issubclass(lagebild.CleanError, lagebild.DocumentError)
    assert issubclass(lagebild.DocumentError, lagebild.LagebildError)
    assert issubclass(lagebild.ConfigError, lagebild.LagebildError)


def test_brief_on_an_empty_folder(tmp_path: Path) -> None:
    report = lagebild.brief([tmp_path])
    assert isinstance(report, lagebild.Report)
    assert report.outcomes == ()
    assert report.briefings == ()
    assert lagebild.report_to_dict(report) == {
        "schema": "lagebild.briefing/1",
        "articles": [],
        "stories": [],
    }
