"""SemEval-2022 Task 8, German–German dev pairs: Pearson of ``compare`` vs the gold "Overall".

    .venv/bin/python benchmarks/semeval.py ../shared/data/semeval22-de

Gold Overall runs 1 (very similar) … 4 (very dissimilar), so the similarity is
correlated with its negation. The baseline computed in the same run is a plain
lemma TF-IDF cosine (content-word lemmas, sublinear tf, smoothed IDF over the
48 articles of the set). ``compare`` uses the same 48 articles for its IDF.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

from lagebild.analyze import analyze
from lagebild.clean import clean
from lagebild.config import Config
from lagebild.group.dense import available
from lagebild.group.features import CONTENT_TAGS, profile
from lagebild.group.idf import DocumentFrequency
from lagebild.group.pair import compare_analyses
from lagebild.group.tfidf import tfidf_matrix
from lagebild.read import read_inputs
from lagebild.records import Analysis, Document


def lemmas(analysis: Analysis) -> Counter[str]:
    return Counter(
        token.lemma.lower()
        for sentence in analysis.sentences
        for token in sentence.tokens
        if token.pos in CONTENT_TAGS and len(token.lemma) > 2 and token.lemma.isalpha()
    )


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/semeval22-de")
    config = Config.load()
    documents = [d for d in read_inputs([folder / "articles.jsonl"]) if isinstance(d, Document)]
    analyses = {d.id: analyze(clean(d, config.clean)) for d in documents}
    with (folder / "pairs_dev.csv").open(encoding="utf-8") as handle:
        pairs = [(row["id1"], row["id2"], float(row["overall"])) for row in csv.DictReader(handle)]
    ids = sorted(analyses)
    row_of = {article: n for n, article in enumerate(ids)}
    matrix = tfidf_matrix([lemmas(analyses[i]) for i in ids])
    frequency = DocumentFrequency()
    for article in ids:
        item = profile(analyses[article])
        frequency.observe([*item.words, *item.entities, *item.numbers, *item.dates])
    gold = -np.array([overall for _, _, overall in pairs])
    results = {
        "lemma TF-IDF cosine (baseline)": [
            float(matrix[row_of[a]] @ matrix[row_of[b]]) for a, b, _ in pairs
        ]
    }
    for mode in ("off", "on") if available() else ("off",):
        cfg = replace(config, cluster=replace(config.cluster, dense=mode))
        results[f"lagebild compare, dense {mode}"] = [
            compare_analyses(analyses[a], analyses[b], cfg, frequency).evidence.similarity
            for a, b, _ in pairs
        ]
    print(f"{len(pairs)} German–German dev pairs, {len(ids)} articles")
    print("| method | Pearson r vs −Overall |")
    print("|---|---|")
    for name, scores in results.items():
        r = float(np.corrcoef(np.array(scores), gold)[0, 1])
        print(f"| {name} | **{r:.3f}** |")
    if "-v" in sys.argv:
        for (a, b, overall), *scores in zip(pairs, *results.values(), strict=True):
            print(a, b, overall, [round(s, 3) for s in scores])


if __name__ == "__main__":
    main()
