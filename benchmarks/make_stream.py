"""Write the labelled stream (benchmarks/data/stream.jsonl) from the story skeletons.

    .venv/bin/python benchmarks/make_stream.py [OUT]

Each story of ``data/stream_skeletons.json`` becomes 3–8 German articles from different
outlets over one to three days: a varying choice and order of its facts, light
paraphrase, outlet openers and closers, now and then a wire copy with a new
first sentence and an outlet footer, and English reports for some stories.
Deterministic (fixed seed). Every line carries the gold ``story`` key.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

SKELETONS = json.loads((Path(__file__).parent / "data/stream_skeletons.json").read_text("utf-8"))
S: list[dict[str, Any]] = SKELETONS["stories"]
BACKGROUND: dict[str, list[str]] = SKELETONS["background"]

OUTLETS = [
    "Tagesspiegel",
    "Süddeutsche Zeitung",
    "FAZ",
    "taz",
    "Stern",
    "Spiegel",
    "Die Zeit",
    "Frankfurter Rundschau",
    "MDR",
    "BR24",
    "Leipziger Volkszeitung",
    "Kölner Stadt-Anzeiger",
    "Hamburger Abendblatt",
    "Rheinische Post",
    "Handelsblatt",
    "t-online",
    "NDR",
    "WDR",
]
ENGLISH = ["Reuters", "Associated Press", "The Guardian"]
OPENERS = [
    "",
    "",
    "",
    "Was bisher bekannt ist.",
    "Die wichtigsten Entwicklungen im Überblick.",
    "Eine Nachricht, die viele Beobachter so nicht erwartet hatten.",
    "Die Meldung sorgte am Morgen für Gesprächsstoff.",
]
CLOSERS = [
    "",
    "",
    "",
    "Weitere Einzelheiten waren zunächst nicht bekannt.",
    "Eine Stellungnahme der Gegenseite stand zunächst aus.",
    "Wir aktualisieren diesen Artikel, sobald es Neues gibt.",
    "Mit Material der Nachrichtenagenturen.",
    "Beobachter rechnen mit einer lebhaften Debatte in den kommenden Tagen.",
]
FOOTERS = [
    "Mehr Nachrichten aus der Region lesen Sie auf unserer Startseite.",
    "Folgen Sie uns auch in den sozialen Netzwerken.",
]
PARAPHRASE = [
    (" sagte ", [" erklärte ", " betonte ", " sagte "]),
    (" rund ", [" etwa ", " ungefähr ", " rund "]),
    (" mehr als ", [" über ", " mehr als "]),
    (" kritisierte", [" bemängelte", " kritisierte"]),
    (" nach Angaben ", [" laut Angaben ", " nach Angaben "]),
    (" zunächst ", [" vorerst ", " zunächst "]),
]
SIZES = [3, 4, 4, 4, 5, 5, 5, 6, 6, 7]


def _paraphrase(text: str, rng: random.Random) -> str:
    for old, choices in PARAPHRASE:
        if old in text:
            text = text.replace(old, rng.choice(choices))
    return text


def _facts(facts: list[str], alternatives: list[str], rng: random.Random) -> list[str]:
    """The lead first (usually), then a varying subset in varying order, each in either wording."""
    facts = [rng.choice(pair) for pair in zip(facts, alternatives, strict=True)]
    rest = facts[1:]
    rng.shuffle(rest)
    chosen = [facts[0], *rest[: rng.randint(3, len(rest))]]
    if rng.random() < 0.25:
        chosen[0], chosen[1] = chosen[1], chosen[0]
    return chosen


def articles() -> list[dict[str, object]]:
    rng = random.Random(2026)
    out: list[dict[str, object]] = []
    for story in S:
        start = datetime(2026, 4, 1, 6, 0) + timedelta(days=int(story["day"]) - 1)
        size = rng.choice(SIZES)
        written: list[dict[str, object]] = []
        for n in range(size):
            moment = start + timedelta(hours=rng.uniform(0, 10) + 14 * n * rng.random())
            outlet = rng.choice(OUTLETS)
            if written and rng.random() < 0.15:  # a wire copy, dressed by another outlet
                body = str(rng.choice(written)["text"]).split("\n\n")
                paragraphs = ["Das meldet die Nachrichtenagentur.", *body[1:], rng.choice(FOOTERS)]
            else:
                facts = _facts(story["facts"], story["alternatives"], rng)
                paragraphs = [_paraphrase(f, rng) for f in facts]
                opener, closer = rng.choice(OPENERS), rng.choice(CLOSERS)
                background = rng.sample(BACKGROUND[story["kind"]], rng.randint(2, 3))
                paragraphs = [p for p in (opener, *paragraphs, *background, closer) if p]
            record = {
                "id": f"{story['key']}-{n}",
                "title": rng.choice(story["titles"]),
                "text": "\n\n".join(paragraphs),
                "source": outlet,
                "published": moment.strftime("%Y-%m-%dT%H:%M"),
                "language": "de",
                "story": story["key"],
            }
            written.append(record)
        if "en" in story:
            title, facts = story["en"]["title"], story["en"]["facts"]
            for n, outlet in enumerate(rng.sample(ENGLISH, 2)):
                chosen = [facts[0], *rng.sample(facts[1:], len(facts) - 1 - n)]
                moment = start + timedelta(hours=rng.uniform(1, 20))
                written.append(
                    {
                        "id": f"{story['key']}-en{n}",
                        "title": title if n == 0 else f"{title} (update)",
                        "text": "\n\n".join(chosen),
                        "source": outlet,
                        "published": moment.strftime("%Y-%m-%dT%H:%M"),
                        "language": "en",
                        "story": story["key"],
                    }
                )
        out.extend(written)
    out.sort(key=lambda r: str(r["published"]))
    return out


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "data/stream.jsonl"
    records = articles()
    with target.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    words = [len(str(r["text"]).split()) for r in records]
    days = sorted({str(r["published"])[:10] for r in records})
    print(
        f"{len(records)} articles, {len({r['story'] for r in records})} stories, "
        f"{sum(r['language'] == 'en' for r in records)} English, days {days[0]}..{days[-1]}, "
        f"words {min(words)}-{max(words)} (median {sorted(words)[len(words) // 2]})"
    )


if __name__ == "__main__":
    main()
