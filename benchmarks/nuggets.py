"""Nugget recall of the summary within its first 120 words: lagebild against LexRank.

Run: .venv/bin/python benchmarks/nuggets.py [-v] [--blind | --blind2 | ... | --blind37]

With --blind only the stories of data/blind/summary/ are scored (written before a change to the
summarizer and not looked at while making it; run once, looked at since). --blind2 to --blind37
score the later such rounds (data/blind2/summary/ ... data/blind37/summary/; rounds 10 and 11
have none).

Both systems see the same independent articles of each gold story (copies left out) and
the same sentences. The baseline is LexRank as published (Erkan & Radev 2004) and as sumy
implements it: tf-idf word vectors, a graph of sentence pairs with cosine >= 0.1, PageRank,
the best-ranked sentences up to the word limit in document order, no redundancy check. A
nugget counts as found when each of its term groups has a variant in the first 120 words
(case-insensitive).
"""

from __future__ import annotations

import sys

import numpy as np

from corpus import ROUNDS, BenchStory, load_blind, load_stories
from lagebild.config import Config
from lagebild.summarize import build_briefing

WORDS = 120
DAMPING = 0.85
THRESHOLD = 0.1


def first_words(sentences: list[str], limit: int = WORDS) -> str:
    words = " ".join(sentences).split()
    return " ".join(words[:limit])


def _word_vectors(sentences: list[list[str]]) -> np.ndarray:
    """LexRank's sentence vectors: tf (scaled by the sentence's largest tf) times idf."""
    vocabulary = {w: i for i, w in enumerate(sorted({w for s in sentences for w in s}))}
    counts = np.zeros((len(sentences), max(len(vocabulary), 1)))
    for row, words in enumerate(sentences):
        for word in words:
            counts[row, vocabulary[word]] += 1
    tf = counts / np.maximum(counts.max(axis=1, keepdims=True), 1)
    idf = np.log(len(sentences) / np.maximum(np.count_nonzero(counts, axis=0), 1))
    vectors = tf * idf
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    unit: np.ndarray = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
    return unit


def lexrank_summary(story: BenchStory) -> list[str]:
    """LexRank (threshold 0.1 on idf-modified cosine, as sumy and the paper) over the words
    of all sentences; the best-ranked sentences up to the word limit, in document order."""
    originals = [a for i, a in story.analyses.items() if i not in story.duplicates]
    items = [(a, s) for a in originals for s in a.sentences]
    words = [[t.text.lower() for t in s.tokens if t.text.isalpha()] for _, s in items]
    vectors = _word_vectors(words)
    graph = (vectors @ vectors.T >= THRESHOLD).astype(float)
    n = len(items)
    sums = graph.sum(axis=1, keepdims=True)
    transition = np.divide(graph, sums, out=np.full_like(graph, 1.0 / n), where=sums > 0)
    scores = np.full(n, 1.0 / n)
    for _ in range(100):
        scores = (1 - DAMPING) / n + DAMPING * (transition.T @ scores)
    chosen, used = [], 0
    for i in sorted(range(n), key=lambda i: -scores[i]):
        if used >= WORDS:
            break
        chosen.append(i)
        used += len(items[i][1].text.split())
    return [items[i][1].text for i in sorted(chosen)]


def lagebild_summary(story: BenchStory, config: Config) -> list[str]:
    briefing = build_briefing(story.story, story.analyses, story.duplicates, config.summary)
    return [s.text for s in briefing.summary]


def recall(text: str, nuggets: list[list[list[str]]]) -> tuple[float, list[int]]:
    lower = text.lower()
    found = [
        n
        for n, nugget in enumerate(nuggets)
        if all(any(v.lower() in lower for v in group) for group in nugget)
    ]
    return len(found) / len(nuggets), found


def main() -> None:
    verbose = "-v" in sys.argv
    config = Config.load()
    rounds = [r for r in ROUNDS if f"--{r}" in sys.argv]
    stories = load_blind(config, "summary", rounds[0]) if rounds else load_stories(config)
    if not stories:
        sys.exit(f"no summary stories for --{rounds[0]} (data/{rounds[0]}/summary/)")
    ours, theirs = [], []
    print(f"{'story':<20} {'nuggets':>7} {'lagebild':>9} {'LexRank':>8}")
    for story in stories:
        mine = first_words(lagebild_summary(story, config))
        base = first_words(lexrank_summary(story))
        r_mine, found = recall(mine, story.nuggets)
        r_base, _ = recall(base, story.nuggets)
        ours.append(r_mine)
        theirs.append(r_base)
        print(f"{story.id:<20} {len(story.nuggets):>7} {r_mine:>9.2f} {r_base:>8.2f}")
        if verbose:
            print("  lagebild:", mine)
            print("  LexRank: ", base)
            missed = [n for i, n in enumerate(story.nuggets) if i not in found]
            print("  lagebild missed:", " | ".join("+".join(g[0] for g in n) for n in missed))
    mean_ours, mean_theirs = float(np.mean(ours)), float(np.mean(theirs))
    print(f"{'mean':<20} {'':>7} {mean_ours:>9.3f} {mean_theirs:>8.3f}")
    print(f"ratio lagebild / LexRank: {mean_ours / mean_theirs:.2f}")


if __name__ == "__main__":
    main()
