"""Conflict detection against planted gold: precision, recall, compatible variations kept.

Run: .venv/bin/python benchmarks/conflicts.py [-v] [--statements-only] [--blind]
     [--blind2] ... [--blind37]

A detected conflict (the disagreeing values of one slot and stage) matches a gold conflict
when two of its sides match two different gold sides: the same value, given by at least
one of the gold side's articles. Precision counts every detection, so a disagreement the
gold does not list counts against it; recall is the share of gold conflicts matched. A
compatible variation (approximation, range, update over time) is wrongly flagged when a
detection matches it in the same way.

With ``--statements-only`` values are aligned through shared statements alone (no cue
word, counted noun or head noun): how far the rules get on wording no word list knows.

``--blind`` adds the stories of data/blind/conflicts/, which are meant to be run once,
after the rules they measure are final (they have been run and looked at since);
``--blind2`` to ``--blind37`` add the later such rounds (data/blind2/conflicts/ ...
data/blind37/conflicts/). Each round flag also counts the conflicts found on that round's
summary stories (data/<round>/summary/), which were written without any: every one found
there is a false one.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from typing import Any

from corpus import ROUNDS, BenchStory, load_blind, load_heldout, load_stories, load_unseen
from lagebild.compare import Side, compare_story, slots
from lagebild.compare.agree import compatible
from lagebild.compare.lexicon import Lexicon
from lagebild.compare.values import Value
from lagebild.summarize.vectors import sentence_matrix


def _gold_value(text: str) -> float | str:
    if ":" in text:
        hours, minutes = text.split(":")
        return float(int(hours) * 60 + int(minutes))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return float(date.fromisoformat(text).toordinal())
    try:
        return float(text)
    except ValueError:
        return text.lower()


def _side_matches(side: Side, gold: dict[str, Any], names: dict[str, str]) -> bool:
    wanted = _gold_value(str(gold["value"]))
    if isinstance(wanted, str):
        same = wanted[:6] in side.text.lower()
    else:
        same = abs(side.point - wanted) <= 1e-6 * max(abs(wanted), 1.0)
    articles = {names[a] for a in gold["articles"]}
    return same and bool(articles & set(side.article_ids))


def _disagree(left: Side, right: Side) -> bool:
    return any(
        a.article_id != b.article_id and not compatible(a, b)
        for a in left.values
        for b in right.values
    )


def _matches(sides: tuple[Side, ...], gold: dict[str, Any], names: dict[str, str]) -> bool:
    """Two disagreeing sides of the detection match two different gold sides."""
    hits = [
        {g for g, side_gold in enumerate(gold["sides"]) if _side_matches(s, side_gold, names)}
        for s in sides
    ]
    return any(
        a != b and _disagree(sides[n], sides[m])
        for n in range(len(sides))
        for m in range(n + 1, len(sides))
        for a in hits[n]
        for b in hits[m]
    )


def evaluate(stories: list[BenchStory], verbose: bool = False) -> dict[str, float]:
    detections = matched_detections = 0
    gold_total = gold_found = compatible_total = compatible_flagged = 0
    for story in stories:
        originals = [a for i, a in story.analyses.items() if i not in story.duplicates]
        items = [(a, s) for a in originals for s in a.sentences]
        vectors = sentence_matrix(items)
        vectors_of = {(a.article.id, s.index): vectors[i] for i, (a, s) in enumerate(items)}
        comparison = compare_story(originals, vectors_of, "de")
        found = [
            (slot.topic, stage)
            for slot in comparison.slots
            for stage, disagree in zip(slot.stages, slot.conflicting, strict=True)
            if disagree
        ]
        hit_gold: set[int] = set()
        for topic, stage in found:
            detections += 1
            golds = [g for g, c in enumerate(story.conflicts) if _matches(stage, c, story.names)]
            hit_gold.update(golds)
            matched_detections += bool(golds)
            if verbose and not golds:
                shown = " | ".join(f"{s.text} {list(s.article_ids)}" for s in stage)
                print(f"  unmatched [{story.id}] {topic}: {shown}")
        gold_total += len(story.conflicts)
        gold_found += len(hit_gold)
        if verbose:
            for g, conflict in enumerate(story.conflicts):
                if g not in hit_gold:
                    print(f"  missed [{story.id}] {conflict['slot']}")
        for variation in story.compatible:
            if len(variation["sides"]) < 2:
                continue
            compatible_total += 1
            flagged = any(_matches(stage, variation, story.names) for _, stage in found)
            compatible_flagged += flagged
            if verbose and flagged:
                print(f"  flagged [{story.id}] {variation['slot']}")
    return {
        "stories": len(stories),
        "planted conflicts": gold_total,
        "compatible variations": compatible_total,
        "detections": detections,
        "precision": matched_detections / detections if detections else 1.0,
        "recall": gold_found / gold_total if gold_total else 1.0,
        "compatible kept apart": 1 - compatible_flagged / compatible_total
        if compatible_total
        else 1.0,
    }


def _statements_only() -> None:
    aligned = slots.alignment

    def alignment(a: Value, b: Value, lex: Lexicon, same_statement: bool = False) -> float:
        return aligned(a, b, lex, same_statement) if same_statement else 0.0

    slots.alignment = alignment


def main() -> None:
    verbose = "-v" in sys.argv
    if "--statements-only" in sys.argv:
        _statements_only()
    corpora = [
        ("tuning corpus (examples/ + data/stories/)", load_stories),
        ("held out, since used for tuning (data/heldout/)", load_heldout),
        ("unseen (data/unseen/)", load_unseen),
    ]
    clean = []
    for round_ in ROUNDS:
        if f"--{round_}" in sys.argv:
            corpora.append(
                (
                    f"{round_} (data/{round_}/conflicts/)",
                    lambda r=round_: load_blind(kind="conflicts", round_=r),
                )
            )
            clean.append(
                (
                    f"{round_} summary stories, written without conflicts (data/{round_}/summary/)",
                    lambda r=round_: load_blind(kind="summary", round_=r),
                )
            )
    for title, load in corpora:
        stories = load()
        print(title)
        for name, value in evaluate(stories, verbose).items():
            shown = f"{value:.2f}" if isinstance(value, float) else str(value)
            print(f"{name:>24}: {shown}")
    for title, load in clean:
        stories = load()
        print(title)
        found = evaluate(stories, verbose)
        print(f"{'stories':>24}: {found['stories']}")
        print(f"{'detections (all false)':>24}: {found['detections']}")


if __name__ == "__main__":
    main()
