"""Time of the briefing stage (compare + summarize) for one story of 20 articles.

Run: .venv/bin/python benchmarks/briefing_speed.py

The 20 articles are the first 20 independent articles of the benchmark stories (examples/
and data/stories/), analysed beforehand and briefed as one story: the stage's cost grows
with the number of sentences and values, not with whether they tell one event.
"""

from __future__ import annotations

import statistics
import time

from corpus import load_stories
from lagebild.config import Config
from lagebild.records import Story
from lagebild.summarize import build_briefing

ARTICLES = 20
RUNS = 5


def main() -> None:
    config = Config.load()
    analyses = {}
    for story in load_stories(config):
        for article_id, analysis in story.analyses.items():
            if article_id not in story.duplicates and len(analyses) < ARTICLES:
                analyses[article_id] = analysis
    story = Story("speed", tuple(analyses))
    sentences = sum(len(a.sentences) for a in analyses.values())
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        briefing = build_briefing(story, analyses, {}, config.summary)
        timings.append(time.perf_counter() - started)
    print(f"articles: {len(analyses)}, sentences: {sentences}")
    print(
        f"conflicts found: {len(briefing.conflicts)}, single-source facts: "
        f"{len(briefing.unique_facts)}"
    )
    print(
        f"briefing stage, median of {RUNS}: {statistics.median(timings):.3f} s "
        f"(min {min(timings):.3f}, max {max(timings):.3f})"
    )


if __name__ == "__main__":
    main()
