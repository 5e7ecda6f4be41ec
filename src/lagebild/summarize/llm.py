"""Optional abstractive summary from an OpenAI-compatible endpoint, checked against sources.

The model is given the story's best-ranked statements, each with the numbers of the
sources that make it, and asked for a summary whose every sentence ends with source
numbers ("[1][3]"). Each sentence it returns is kept only when the articles it cites carry
it (``llm.toml``: numbers, capitalised words and most other content words must occur in
them); the others are returned as dropped, with the citations they claimed. When the
endpoint fails, nothing is generated and the error is returned for the caller to report.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import httpx

from lagebild.config import SummaryConfig
from lagebild.records import Analysis, Cited, Conflict
from lagebild.summarize.selection import Candidate

_MARKER = re.compile(r"\[(\d+)\]")
_SENTENCE_END = re.compile(r"(?<=[.!?“\"»])((?:\s*\[\d+\])+)\s*|(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"»])")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class Generated:
    summary: tuple[Cited, ...]
    dropped: tuple[Cited, ...]
    error: str | None = None


@cache
def _settings() -> dict[str, Any]:
    text = resources.files("lagebild.summarize").joinpath("llm.toml").read_text("utf-8")
    return tomllib.loads(text)


def generate_summary(
    candidates: Sequence[Candidate],
    originals: Sequence[Analysis],
    language: str,
    config: SummaryConfig,
    conflicts: Sequence[Conflict] = (),
    client: httpx.Client | None = None,
) -> Generated:
    """Ask the endpoint at ``config.llm_url`` for a summary and keep what the sources carry."""
    settings = _settings()
    numbers = {a.article.id: n for n, a in enumerate(originals, start=1)}
    best = sorted(candidates, key=lambda c: -c.score * len(c.support))[: settings["facts"]]
    lines = [
        f"- {c.sentence.text} " + "".join(f"[{numbers[a]}]" for a in c.support if a in numbers)
        for c in best
    ]
    for conflict in conflicts:
        claims = " / ".join(
            c.text + "".join(f"[{numbers[a]}]" for a in c.citations if a in numbers)
            for c in conflict.claims
        )
        lines.append(
            f"- {settings['disagree'].get(language, 'Sources differ')}: {conflict.topic}: {claims}"
        )
    prompts = settings["prompt"]
    system = prompts.get(language, prompts["en"])["system"].format(words=config.words)
    body = {
        "model": config.llm_model,
        "temperature": 0,
        "messages": [
            {"role": "system", "content": system},
            {"role": "user", "content": "\n".join(lines)},
        ],
    }
    url = config.llm_url.rstrip("/") + "/chat/completions"
    try:
        if client is None:
            with httpx.Client(timeout=config.llm_timeout) as own:
                response = own.post(url, json=body)
        else:
            response = client.post(url, json=body)
        response.raise_for_status()
        content = str(response.json()["choices"][0]["message"]["content"])
    except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError) as exc:
        return Generated((), (), f"the language model at {config.llm_url} gave no summary: {exc}")
    by_number = {n: a for a, n in numbers.items()}
    texts = {a.article.id: a.article.text for a in originals}
    kept: list[Cited] = []
    dropped: list[Cited] = []
    for text, cited in split_cited(content, by_number):
        sentence = Cited(text, cited)
        supported = bool(cited) and supported_by(text, [texts[a] for a in cited])
        (kept if supported else dropped).append(sentence)
    return Generated(tuple(kept), tuple(dropped))


def split_cited(content: str, by_number: dict[int, str]) -> list[tuple[str, tuple[str, ...]]]:
    """The sentences of a generated text with the article ids their markers name."""
    pieces: list[tuple[str, tuple[str, ...]]] = []
    position = 0
    for match in _SENTENCE_END.finditer(content):
        markers = match.group(1) or ""
        text = content[position : match.start()].strip()
        position = match.end()
        if text:
            numbers = [int(n) for n in _MARKER.findall(markers)]
            cited = tuple(dict.fromkeys(by_number[n] for n in numbers if n in by_number))
            pieces.append((_MARKER.sub("", text).strip(), cited))
    rest = content[position:].strip()
    if rest:
        numbers = [int(n) for n in _MARKER.findall(rest)]
        cited = tuple(dict.fromkeys(by_number[n] for n in numbers if n in by_number))
        pieces.append((_MARKER.sub("", rest).strip(), cited))
    return [(text, cited) for text, cited in pieces if text]


def supported_by(sentence: str, sources: Sequence[str]) -> bool:
    """Whether the cited articles carry the sentence: its numbers, its capitalised words and
    most of its other content words occur in them."""
    settings = _settings()
    prefix, min_length = int(settings["prefix"]), int(settings["min_length"])
    haystack = " ".join(sources)
    lower = haystack.lower()
    digits = {n.replace(".", "").replace(",", "") for n in _NUMBER.findall(haystack)}
    for number in _NUMBER.findall(sentence):
        if number not in haystack and number.replace(".", "").replace(",", "") not in digits:
            return False
    words = _WORD.findall(sentence)
    names = [w for w in words[1:] if w[:1].isupper()]
    if any(w.lower()[:prefix] not in lower for w in names):
        return False
    others = [w for w in words if w not in names and len(w) >= min_length]
    if not others:
        return True
    found = sum(1 for w in others if w.lower()[:prefix] in lower)
    return found / len(others) >= float(settings["content_share"])
