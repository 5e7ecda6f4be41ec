"""The plain-text cleaner on its gold set: line-level precision and recall, lost body lines.

    python benchmarks/clean_gold.py [-v]

Reads tests/fixtures/clean_gold/ (German articles with every line labelled; see its
README), labels each with lagebild's cleaner and prints precision and recall per
category, above all "boilerplate" (every residue reason together), the body lines
the cleaner lost, the residue it kept, and metadata (title, source, published) that
differs from the gold. -v lists every disagreement.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from lagebild.clean import clean
from lagebild.config import CleanConfig
from lagebild.records import Document

from clean_gold_set import CATEGORIES, read_gold, score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    articles = read_gold()
    result = score(articles)
    lines = sum(len(a.lines) for a in articles)
    print(f"{len(articles)} articles, {lines} lines")
    print(f"{'category':<12} {'gold':>5} {'found':>5} {'precision':>9} {'recall':>7}")
    for category in CATEGORIES:
        gold = sum(n for (g, _), n in result.confusion.items() if g == category)
        found = sum(n for (_, p), n in result.confusion.items() if p == category)
        print(
            f"{category:<12} {gold:>5} {found:>5} "
            f"{result.precision(category):>9.3f} {result.recall(category):>7.3f}"
        )
    print(f"body lines lost: {len(result.lost_body)}")
    print(f"residue lines kept in the body: {len(result.kept_residue)}")
    print(f"glued headers not split: {len(result.split_errors)}")
    print(f"metadata fields wrong: {len(result.metadata_errors)} of {3 * len(articles)}")
    if args.verbose:
        for name, text, predicted in result.lost_body:
            print(f"  LOST  {name}: [{predicted}] {text[:90]}")
        for name, text, label in result.kept_residue:
            print(f"  KEPT  {name}: [{label}] {text[:90]}")
        for name, text in result.split_errors:
            print(f"  SPLIT {name}: {text[:90]}")
        for name, key, value, expected in result.metadata_errors:
            print(f"  META  {name}: {key} = {value!r}, gold {expected!r}")
        for (gold, predicted), n in sorted(result.confusion.items()):
            if gold != predicted:
                print(f"  {gold} -> {predicted}: {n}")
    print(speed(articles))


def speed(articles: list, repeat: int = 20) -> str:  # type: ignore[type-arg]
    """Plain-text cleaning throughput on one core, over the gold articles repeated."""
    documents = [Document(a.name, a.name, a.content, "text") for a in articles]
    config = CleanConfig(min_body_chars=0)
    for document in documents:  # warm up: patterns compiled, modules imported
        clean(document, config)
    started = time.process_time()  # CPU time of this process: other load does not count
    for _ in range(repeat):
        for document in documents:
            clean(document, config)
    seconds = time.process_time() - started
    words = statistics.median(len(a.content.split()) for a in articles)
    count = repeat * len(documents)
    return (
        f"speed: {count / seconds:.0f} articles/s on one core "
        f"({count} cleanings in {seconds:.2f} s of CPU time; median article {words:.0f} words)"
    )


if __name__ == "__main__":
    main()
