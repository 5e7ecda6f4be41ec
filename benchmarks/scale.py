"""Clustering at scale: a synthetic stream of articles, time per 10,000 and peak memory.

    .venv/bin/python benchmarks/scale.py [ARTICLES=200000]

The stream is made of article profiles (what ``features.profile`` gives the
clusterer), not text: analysing 200,000 texts is the analysis stage's cost, not
clustering's. Vocabulary: the words of the labelled stream's skeletons and
compounds of them (about 60,000 word forms, drawn with Zipf frequencies);
story sizes follow a power law (Pareto, alpha 1.2, capped at 2,000 articles);
about 1,000 articles a day over 200 days; each story lasts one to three days.
Each article takes most of its story's key words, names and numbers plus
common background words. Dense vectors are off (20 passages/s would take hours).
Prints the seconds per 10,000 articles as the stream grows, peak memory
(max RSS) and B-cubed F1 against the generated story labels.
"""

from __future__ import annotations

import json
import random
import re
import resource
import sys
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

from lagebild.config import Config
from lagebild.group.features import Profile, saturated
from lagebild.group.stream import StoryStream

SKELETONS = Path(__file__).parent / "data/stream_skeletons.json"
PER_DAY = 1000


def vocabulary(rng: random.Random) -> list[str]:
    text = SKELETONS.read_text("utf-8")
    words = sorted({w.lower() for w in re.findall(r"[A-Za-zÄÖÜäöüß]{4,}", text)})
    heads, tails = rng.choices(words, k=60000), rng.choices(words, k=60000)
    compounds = {a + b for a, b in zip(heads, tails, strict=True)}
    vocab = words + sorted(compounds)
    rng.shuffle(vocab)
    return vocab


def stories(n_articles: int, rng: random.Random) -> list[int]:
    """Story sizes (power law) adding up to ``n_articles``."""
    sizes: list[int] = []
    total = 0
    while total < n_articles:
        size = min(2000, int(rng.paretovariate(1.2)))
        size = min(size, n_articles - total)
        sizes.append(size)
        total += size
    return sizes


def stream(n_articles: int, seed: int = 7) -> list[tuple[str, Profile, int]]:
    rng = random.Random(seed)
    np_rng = np.random.default_rng(seed)
    vocab = vocabulary(rng)
    zipf = np.minimum(np_rng.zipf(1.15, size=n_articles * 40), len(vocab)) - 1
    names = [f"@person{i}" for i in range(40000)]
    start = datetime(2026, 1, 1)
    days = n_articles / PER_DAY
    items: list[tuple[datetime, int, int]] = []
    for story, size in enumerate(stories(n_articles, rng)):
        begin = rng.uniform(0, days)
        length = rng.uniform(0.5, 3.0)
        for _ in range(size):
            items.append((start + timedelta(days=begin + rng.uniform(0, length)), story, 0))
    items.sort()
    keys: dict[int, tuple[list[str], list[str], list[str]]] = {}
    out: list[tuple[str, Profile, int]] = []
    cursor = 0
    for n, (moment, story, _) in enumerate(items):
        if story not in keys:
            keys[story] = (
                [vocab[int(i)] for i in np_rng.integers(0, len(vocab), 12)],
                rng.sample(names, 3),
                [f"#{rng.randint(10, 100000)}" for _ in range(3)],
            )
        core, people, numbers = keys[story]
        words = Counter(w for w in core if rng.random() < 0.7)
        background = zipf[cursor : cursor + 40]
        cursor += 40
        words.update(vocab[int(i)] for i in background)
        profile = Profile(
            {w: saturated(c) for w, c in words.items()},
            {p: 1.0 for p in people if rng.random() < 0.8},
            {x: 1.0 for x in numbers if rng.random() < 0.5},
            {f"d:{moment:%Y-%m-%d}": 1.0} if rng.random() < 0.3 else {},
            moment,
            "de",
        )
        out.append((f"a{n}", profile, story))
    return out


def bcubed(found: dict[str, str], gold: dict[str, int]) -> float:
    found_size = Counter(found.values())
    gold_size = Counter(gold.values())
    both = Counter((found[i], gold[i]) for i in gold)
    p = sum(both[(found[i], gold[i])] / found_size[found[i]] for i in gold) / len(gold)
    r = sum(both[(found[i], gold[i])] / gold_size[gold[i]] for i in gold) / len(gold)
    return 2 * p * r / (p + r)


def main() -> None:
    n_articles = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    started = time.perf_counter()
    articles = stream(n_articles)
    print(f"generated {n_articles} article profiles in {time.perf_counter() - started:.0f} s")
    clusterer = StoryStream(Config.load().cluster)
    gold: dict[str, int] = {}
    print("| articles | seconds for the last 10,000 | open stories | max RSS (MB) |")
    print("|---|---|---|---|")
    total = 0.0
    chunk_started = time.perf_counter()
    for n, (article_id, profile, story) in enumerate(articles, start=1):
        clusterer.add(article_id, profile)
        gold[article_id] = story
        if n % 10_000 == 0 or n == n_articles:
            seconds = time.perf_counter() - chunk_started
            total += seconds
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"| {n:,} | {seconds:.1f} | {clusterer.open_stories():,} | {rss:.0f} |")
            chunk_started = time.perf_counter()
    found = {m: story_id for story_id, members in clusterer.groups() for m in members}
    state = len(json.dumps(clusterer.to_dict()))
    print(
        f"clustered {n_articles:,} articles in {total:.0f} s; "
        f"{len(set(found.values())):,} stories (gold {len(set(gold.values())):,}); "
        f"B-cubed F1 {bcubed(found, gold):.3f}; serialised state {state / 1e6:.0f} MB"
    )


if __name__ == "__main__":
    main()
