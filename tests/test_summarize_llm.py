"""The optional abstractive summary against a small fake endpoint started on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from lagebild.analyze import analyze
from lagebild.config import Config
from lagebild.records import Analysis, Article, Story
from lagebild.summarize import build_briefing
from lagebild.summarize.llm import split_cited, supported_by

A = (
    "Die Stadt Trier hat wegen des Hochwassers der Mosel den Katastrophenfall ausgerufen. "
    "Rund 400 Anwohner der Altstadt wurden in der Nacht in Sicherheit gebracht."
)
B = (
    "Wegen des Moselhochwassers hat Trier den Katastrophenfall ausgerufen. "
    "Der Pegel erreichte am Morgen 9,80 Meter, so hoch wie seit 1993 nicht."
)
ANSWER = (
    "Trier hat wegen des Hochwassers der Mosel den Katastrophenfall ausgerufen. [1][2] "
    "Rund 400 Anwohner der Altstadt wurden in Sicherheit gebracht. [1] "
    "Der Pegel erreichte 9,80 Meter. [2] "
    "Bundeskanzler Olaf Brenner besuchte die Altstadt und versprach 50 Millionen Euro. [2]"
)


class _Fake(BaseHTTPRequestHandler):
    requests: list[dict[str, Any]] = []  # noqa: RUF012 - shared by the test on purpose

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        _Fake.requests.append({"path": self.path, "body": json.loads(self.rfile.read(length))})
        payload = json.dumps({"choices": [{"message": {"role": "assistant", "content": ANSWER}}]})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(payload.encode())

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def endpoint() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Fake)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Fake.requests.clear()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()
    thread.join()


def _analyses() -> dict[str, Analysis]:
    return {
        key: analyze(Article(key, f"{key}.txt", text, None, key, None, "2026-01-10", "de"))
        for key, text in {"a": A, "b": B}.items()
    }


def test_generated_sentences_are_kept_only_when_their_sources_carry_them(endpoint: str) -> None:
    config = Config.load().summary
    config = replace(config, llm_url=endpoint, llm_model="fake-model")
    briefing = build_briefing(Story("s", ("a", "b")), _analyses(), {}, config)
    assert briefing.summary_mode == "abstractive"
    assert [(s.text, s.citations) for s in briefing.summary] == [
        ("Trier hat wegen des Hochwassers der Mosel den Katastrophenfall ausgerufen.", ("a", "b")),
        ("Rund 400 Anwohner der Altstadt wurden in Sicherheit gebracht.", ("a",)),
        ("Der Pegel erreichte 9,80 Meter.", ("b",)),
    ]
    assert [(s.text, s.citations) for s in briefing.unsupported] == [
        (
            "Bundeskanzler Olaf Brenner besuchte die Altstadt und versprach 50 Millionen Euro.",
            ("b",),
        )
    ]
    (request,) = _Fake.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["body"]["model"] == "fake-model"
    prompt = request["body"]["messages"][1]["content"]
    assert "Katastrophenfall" in prompt
    assert "[1]" in prompt


def test_an_unreachable_endpoint_leaves_the_extractive_summary_and_a_note() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = replace(Config.load().summary, llm_url=f"http://127.0.0.1:{port}/v1", llm_timeout=2)
    briefing = build_briefing(Story("s", ("a", "b")), _analyses(), {}, config)
    assert briefing.summary_mode == "extractive"
    assert briefing.summary
    assert len(briefing.notes) == 1
    assert "gave no summary" in briefing.notes[0]


def test_checks_of_a_generated_sentence() -> None:
    sources = [A, B]
    assert supported_by("Rund 400 Anwohner wurden in Sicherheit gebracht.", sources)
    assert not supported_by("Rund 500 Anwohner wurden in Sicherheit gebracht.", sources)
    assert not supported_by("Der Pegel in Koblenz erreichte 9,80 Meter.", sources)
    assert split_cited("Erster Satz. [1] Zweiter Satz ohne Beleg.", {1: "a"}) == [
        ("Erster Satz.", ("a",)),
        ("Zweiter Satz ohne Beleg.", ()),
    ]


def test_reports_show_the_dropped_sentences_and_that_a_model_wrote_the_summary(
    endpoint: str,
) -> None:
    from lagebild.records import Outcome, Report
    from lagebild.render.html import render_html
    from lagebild.render.markdown import render_markdown

    analyses = _analyses()
    config = replace(Config.load().summary, llm_url=endpoint)
    briefing = build_briefing(Story("s", ("a", "b")), analyses, {}, config)
    outcomes = tuple(Outcome(k, f"{k}.txt", "ok", a.article) for k, a in analyses.items())
    report = Report(outcomes, (briefing,))
    markdown = render_markdown(report)
    assert "*Von einem Sprachmodell formuliert und gegen die zitierten Quellen geprüft.*" in (
        markdown
    )
    assert "- ~~Bundeskanzler Olaf Brenner besuchte die Altstadt" in markdown
    page = render_html(report)
    assert "<del>Bundeskanzler Olaf Brenner besuchte die Altstadt" in page


def test_the_model_is_told_where_sources_disagree(endpoint: str) -> None:
    from lagebild.records import Cited, Conflict
    from lagebild.summarize.llm import generate_summary

    analyses = list(_analyses().values())
    conflict = Conflict("Pegel", (Cited("9,80 Meter", ("b",)), Cited("9,60 Meter", ("a",))))
    config = replace(Config.load().summary, llm_url=endpoint)
    generated = generate_summary([], analyses, "de", config, [conflict])
    assert generated.error is None
    prompt = _Fake.requests[-1]["body"]["messages"][1]["content"]
    assert "- Quellen weichen ab: Pegel: 9,80 Meter[2] / 9,60 Meter[1]" in prompt
