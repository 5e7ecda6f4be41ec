"""The plain-text cleaner on whole-page text: the article-extraction benchmark's pages.

    python benchmarks/plaintext_extraction.py [--data DIR] [-v]

Each case's page_text (all visible text of a page: menus, footers, related links)
goes through lagebild's plain-text cleaner; the result is scored against the
ground-truth article_body with the benchmark's own metric (its README): tokens
are \\w+ matches, shingles are word 4-grams counted as a multiset, TP/FP/FN per
document normalised by their sum; precision and recall are averaged over
documents and F1 is computed from the two averages. The do-nothing baseline
(page_text itself) is printed beside it.

Two outputs of the cleaner are scored: "text" (Article.text, the body alone) and
"text+structure" (the body with the crossheads and teasers it sets aside as
structure put back in place; the ground truth includes crossheads).
-v lists every document's precision and recall.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from lagebild.clean import label_lines

ROOT = Path(__file__).resolve().parent.parent
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def tp_fp_fn(true: str, predicted: str) -> tuple[float, float, float]:
    gold, found = shingles(true), shingles(predicted)
    tp = sum((gold & found).values())
    fp = sum((found - gold).values())
    fn = sum((gold - found).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def evaluate(scores: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    p = statistics.mean(precision(*s) for s in scores if s[0] + s[1] > 0)
    r = statistics.mean(recall(*s) for s in scores if s[0] + s[2] > 0)
    return p, r, 2 * p * r / (p + r)


def _cleaner(labels: tuple[str, ...]) -> Callable[[str], str]:
    def extract(page: str) -> str:
        _, lines = label_lines(page)
        return "\n\n".join(line.text for line in lines if line.label in labels)

    return extract


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "page_text (baseline)": lambda page: page,
    "lagebild text": _cleaner(("body",)),
    "lagebild text+structure": _cleaner(("body", "heading", "teaser")),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT.parent / "shared/data/article-extraction-benchmark"
    parser.add_argument("--data", type=Path, default=default)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    lines = (args.data / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines]
    print(f"{len(cases)} pages")
    for name, extract in EXTRACTORS.items():
        started = time.perf_counter()
        scores = [tp_fp_fn(c["article_body"], extract(c["page_text"])) for c in cases]
        seconds = time.perf_counter() - started
        p, r, f1 = evaluate(scores)
        print(f"{name:<24} F1={f1:.3f}  P={p:.3f}  R={r:.3f}  ({seconds:.1f} s)")
        if args.verbose and name != "page_text (baseline)":
            for case, s in zip(cases, scores, strict=True):
                print(f"    P={precision(*s):.2f} R={recall(*s):.2f} {case['url']}")


if __name__ == "__main__":
    main()
