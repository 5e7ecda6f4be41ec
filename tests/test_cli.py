"""The command line as a newcomer uses it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from lagebild.cli import app

from support import EXAMPLES, contract_schema

runner = CliRunner()
STORY = (
    "Die Stadtwerke Musterstadt haben am Dienstag ihre Preise für Fernwärme um 12 Prozent "
    "erhöht. Betroffen sind nach Angaben des Unternehmens rund 14.000 Haushalte im Stadtgebiet. "
    "Der Mieterverein kritisierte die Erhöhung als unverhältnismäßig und kündigte Klagen an."
)


def _lagebild(*args: str) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-c", "from lagebild.cli import main; main()", *args]
    return subprocess.run(command, capture_output=True, check=False, env=os.environ.copy())


def test_help_explains_the_tool_and_the_brief_command() -> None:
    top = runner.invoke(app, ["--help"])
    assert top.exit_code == 0
    assert "brief" in top.output
    assert "wire copies" in top.output
    sub = runner.invoke(app, ["brief", "--help"])
    assert sub.exit_code == 0
    for option in ("--format", "--output", "--html", "--words", "--config", "--strict"):
        assert option in sub.output


def test_json_is_deterministic_across_processes_and_valid() -> None:
    first = _lagebild("brief", str(EXAMPLES), "--format", "json")
    second = _lagebild("brief", str(EXAMPLES), "--format", "json")
    assert first.returncode == 0, first.stderr.decode()
    assert first.stdout == second.stdout
    jsonschema.validate(json.loads(first.stdout), contract_schema())


def test_terminal_output_shows_stories_with_citations(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    result = runner.invoke(app, ["brief", str(tmp_path)])
    assert result.exit_code == 0
    assert "Zusammenfassung" in result.output
    assert "[1]" in result.output


@pytest.mark.parametrize(("fmt", "marker"), [("markdown", "## "), ("html", "<!DOCTYPE html>")])
def test_output_file_in_each_format(tmp_path: Path, fmt: str, marker: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY, encoding="utf-8")
    target = tmp_path / f"out.{fmt}"
    result = runner.invoke(app, ["brief", str(tmp_path / "in"), "-f", fmt, "-o", str(target)])
    assert result.exit_code == 0
    assert marker.lower() in target.read_text(encoding="utf-8").lower()


def test_html_report_alongside_terminal_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    report = tmp_path / "briefing.html"
    result = runner.invoke(app, ["brief", str(tmp_path / "a.txt"), "--html", str(report)])
    assert result.exit_code == 0
    assert "Fernwärme" in report.read_text(encoding="utf-8")


def test_rejected_input_is_reported_and_strict_fails(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.7")
    relaxed = runner.invoke(app, ["brief", str(tmp_path), "-f", "json"])
    assert relaxed.exit_code == 0
    assert "b.pdf" in relaxed.output
    assert "unknown format '.pdf'" in relaxed.output
    strict = runner.invoke(app, ["brief", str(tmp_path), "-f", "json", "--strict"])
    assert strict.exit_code == 1


def test_bad_config_is_a_usage_error(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("[nope]\n", encoding="utf-8")
    result = runner.invoke(app, ["brief", str(EXAMPLES), "--config", str(config)])
    assert result.exit_code == 2
    assert "unknown section [nope]" in result.output


def test_stdin_is_read_with_dash() -> None:
    result = runner.invoke(app, ["brief", "-", "-f", "json"], input=STORY.encode())
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["articles"][0]["origin"] == "<stdin>"
    assert document["articles"][0]["status"] == "ok"


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("lagebild ")
