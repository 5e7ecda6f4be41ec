"""Story clustering quality on the labelled stream: pairwise P/R/F1 and B-cubed F1.

    .venv/bin/python benchmarks/stream_quality.py [benchmarks/data/stream.jsonl]

Runs read, clean and analysis once, then dedupe and clustering three ways:
a TF-IDF-only baseline (lemma TF-IDF over the batch, single pass against story
centroids, cosine 0.18, 4-day window: the clustering lagebild first had),
lagebild without dense vectors, and lagebild with them (when the extra is
installed). Also reports the hard-negative pairs kept apart and whether every
German–English pair of one story ended up together.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import replace
from itertools import combinations
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from lagebild.analyze import analyze
from lagebild.clean import clean
from lagebild.config import Config
from lagebild.group.cluster import cluster
from lagebild.group.dedupe import link_copies
from lagebild.group.dense import available
from lagebild.group.features import day_precise, terms
from lagebild.group.tfidf import tfidf_matrix
from lagebild.read import read_inputs
from lagebild.records import Analysis, Document
from make_stream import S


def baseline(analyses: list[Analysis], duplicates: dict[str, str]) -> list[set[str]]:
    originals = [a for a in analyses if a.article.id not in duplicates]
    vectors = tfidf_matrix([terms(a) for a in originals])
    stories: list[tuple[list[str], np.ndarray, object]] = []
    for analysis, vector in zip(originals, vectors, strict=True):
        moment = day_precise(analysis.article.published)
        best, best_score = None, 0.18
        for story in stories:
            total, newest = story[1], story[2]
            if moment and newest and (moment - newest).days > 4:  # type: ignore[operator]
                continue
            norm = float(np.linalg.norm(total))
            score = float(total @ vector) / norm if norm else 0.0
            if score >= best_score:
                best, best_score = story, score
        if best is None:
            stories.append(([analysis.article.id], vector.copy(), moment))
        else:
            best[0].append(analysis.article.id)
            stories[stories.index(best)] = (best[0], best[1] + vector, moment or best[2])
    groups = [set(s[0]) for s in stories]
    home = {m: g for g in groups for m in g}
    for copy, original in duplicates.items():
        home[original].add(copy)
    return groups


def scores(found: list[set[str]], gold: dict[str, str]) -> dict[str, float]:
    story_of = {m: n for n, g in enumerate(found) for m in g}
    ids = sorted(gold)
    same_found = {(a, b) for a, b in combinations(ids, 2) if story_of[a] == story_of[b]}
    same_gold = {(a, b) for a, b in combinations(ids, 2) if gold[a] == gold[b]}
    tp = len(same_found & same_gold)
    p = tp / len(same_found) if same_found else 1.0
    r = tp / len(same_gold) if same_gold else 1.0
    gold_size = Counter(gold.values())
    found_size = Counter(story_of[i] for i in ids)
    both = Counter((story_of[i], gold[i]) for i in ids)
    bp = sum(both[(story_of[i], gold[i])] / found_size[story_of[i]] for i in ids) / len(ids)
    br = sum(both[(story_of[i], gold[i])] / gold_size[gold[i]] for i in ids) / len(ids)
    return {
        "pairwise_p": p,
        "pairwise_r": r,
        "pairwise_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "bcubed_p": bp,
        "bcubed_r": br,
        "bcubed_f1": 2 * bp * br / (bp + br),
        "stories": len({story_of[i] for i in ids}),
    }


def extras(found: list[set[str]], gold: dict[str, str], language: dict[str, str]) -> str:
    story_of = {m: n for n, g in enumerate(found) for m in g}
    pairs = {tuple(sorted((s["key"], s["pair"]))) for s in S if "pair" in s}
    apart = 0
    for a, b in pairs:
        members_a = [i for i in gold if gold[i] == a]
        members_b = [i for i in gold if gold[i] == b]
        if not {story_of[i] for i in members_a} & {story_of[i] for i in members_b}:
            apart += 1
    cross = [
        (x, y)
        for x, y in combinations(sorted(gold), 2)
        if gold[x] == gold[y] and {language[x], language[y]} == {"de", "en"}
    ]
    joined = sum(story_of[x] == story_of[y] for x, y in cross)
    mixed = [sorted(Counter(gold[i] for i in g).items()) for g in found]
    mixed = [m for m in mixed if len(m) > 1]
    split = [k for k, n in Counter(gold[min(g)] for g in found).items() if n > 1]
    if "-v" in sys.argv:
        print("  mixed:", mixed)
        for key in split:
            print("  split:", key, [sorted(g) for g in found if key in {gold[i] for i in g}])
    return (
        f"hard-negative story pairs fully apart {apart}/{len(pairs)}; "
        f"German–English same-story pairs joined {joined}/{len(cross)}"
    )


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    path = args[0] if args else str(Path(__file__).parent / "data/stream.jsonl")
    gold_of = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold_of[record["id"]] = record["story"]
    config = Config.load()
    started = time.perf_counter()
    documents = [d for d in read_inputs([path]) if isinstance(d, Document)]
    analyses = [analyze(clean(d, config.clean)) for d in documents]
    analyses.sort(key=lambda a: a.article.published or "")
    gold = {a.article.id: gold_of[a.article.id] for a in analyses}
    language = {a.article.id: a.language for a in analyses}
    print(f"{len(analyses)} articles analysed in {time.perf_counter() - started:.1f} s")
    links = link_copies([a.article for a in analyses], config.dedupe)
    wrong = sum(gold[c] != gold[o] for c, o in links.duplicates.items())
    print(
        f"dedupe: {len(links.duplicates)} copies ({wrong} across stories), "
        f"{len(links.derived)} derived"
    )
    runs = [("TF-IDF only (baseline)", lambda: baseline(analyses, links.duplicates))]
    for mode in ("off", "on") if available() else ("off",):
        cfg = replace(config.cluster, dense=mode)
        runs.append(
            (
                f"lagebild, dense {mode}",
                lambda c=cfg: [set(s.article_ids) for s in cluster(analyses, links.duplicates, c)],
            )
        )
    print(
        "| method | pairwise P | pairwise R | pairwise F1 | B-cubed P | B-cubed R | B-cubed F1 "
        "| stories (gold 45) | seconds |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    notes = []
    for name, run in runs:
        started = time.perf_counter()
        found = run()
        seconds = time.perf_counter() - started
        s = scores(found, gold)
        print(
            f"| {name} | {s['pairwise_p']:.3f} | {s['pairwise_r']:.3f} | {s['pairwise_f1']:.3f} "
            f"| {s['bcubed_p']:.3f} | {s['bcubed_r']:.3f} | **{s['bcubed_f1']:.3f}** "
            f"| {s['stories']} | {seconds:.2f} |"
        )
        notes.append(f"{name}: {extras(found, gold, language)}")
    print("\n".join(notes))


if __name__ == "__main__":
    main()
