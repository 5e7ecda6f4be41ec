"""Quality and speed of the analysis stage.

    python benchmarks/analysis_quality.py [--errors] [--speed-rounds 20] [--no-speed]

Quality: every paragraph of the gold set (tests/fixtures/analysis_gold/, format in
its README; its heldout/ part was not used to tune the rules) is analysed; the
figures are P/R/F1 per kind, German and English apart, and the merge pairs of
each story's variants (lagebild.analyze.variants).
``--errors`` lists what was missed and what was found wrongly.

Speed: the articles of the example corpus, cleaned once, are analysed again and
again on one core (the process is pinned to one CPU where the OS allows it),
with the HanTa cache warm (a first pass fills it); the figures are articles/s
and tokens/s, and the time one article takes on a cold cache.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def quality(show_errors: bool) -> None:
    from lagebild.analyze import analyze
    from lagebild.analyze.variants import canonical_names

    import analysis_gold as gold

    for part, folder in (("main set", gold.GOLD), ("held-out set", gold.GOLD / "heldout")):
        stories = gold.load_all(folder)
        for language in ("de", "en"):
            started = time.perf_counter()
            scores = gold.score(stories, analyze, canonical_names, (language,))
            seconds = time.perf_counter() - started
            print(
                f"\n## {part}, {language}: {scores.paragraphs} paragraphs, {scores.tokens} tokens "
                f"({seconds:.1f} s with the story's other paragraphs)\n"
            )
            print("\n".join(gold.report_lines(scores)))
            if show_errors:
                _errors(scores)


def _errors(scores: object) -> None:
    for name in vars(type(scores)).get("__slots__", ()):
        value = getattr(scores, name)
        for label in ("misses", "extras", "wrong"):
            items = getattr(value, label, None)
            if items:
                print(f"\n{name} {label}:")
                for item in items:
                    print("   ", item)


def speed(rounds: int) -> None:
    import lagebild
    from lagebild.analyze import analyze, save_caches
    from lagebild.clean import clean
    from lagebild.read import read_inputs
    from lagebild.records import Document

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    config = lagebild.Config.load()
    documents = [d for d in read_inputs([ROOT / "examples"]) if isinstance(d, Document)]
    articles = [clean(d, config.clean) for d in documents]
    started = time.perf_counter()
    tokens = sum(len(s.tokens) for a in articles for s in analyze(a).sentences)
    cold = time.perf_counter() - started
    save_caches()
    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for article in articles:
            analyze(article)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    n = rounds * len(articles)
    print(
        f"\n## speed (one core, {len(articles)} example articles, {tokens} tokens, "
        f"{tokens / len(articles):.0f} tokens per article)\n"
    )
    print(f"first pass, empty HanTa cache, models loading: {cold:.2f} s")
    print(
        f"warm: {n} articles in {seconds:.2f} s wall = {n / seconds:.1f} articles/s, "
        f"{rounds * tokens / seconds:,.0f} tokens/s; CPU time {cpu:.2f} s = "
        f"{n / cpu:.1f} articles/s, {rounds * tokens / cpu:,.0f} tokens/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--no-quality", action="store_true")
    parser.add_argument("--speed-rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        os.environ.setdefault("LAGEBILD_CACHE_DIR", cache)
        if not args.no_quality:
            quality(args.errors)
        if not args.no_speed:
            speed(args.speed_rounds)


if __name__ == "__main__":
    main()
