from __future__ import annotations

from lagebild.records import Report
from lagebild.render.terminal import render_terminal_text


def test_terminal_text_has_every_story_and_the_rejected_inputs(report: Report) -> None:
    text = render_terminal_text(report)
    for briefing in report.briefings:
        assert briefing.headline[:30] in text
    for outcome in report.outcomes:
        if outcome.status == "rejected":
            assert outcome.origin in text
    assert "[1]" in text
