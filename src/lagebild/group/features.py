"""What an article is about, as weighted terms: lemmas, entity names, numbers and dates.

Numbers and dates are written the same in every language, so they link a German
and an English report of one event even where the words differ.
"""

from __future__ import annotations

from collections import Counter

from lagebild.records import Analysis

CONTENT_TAGS = frozenset(
    {"NN", "NE", "ADJ(A)", "ADJ(D)", "VV(FIN)", "VV(INF)", "VV(PP)", "FM", "X"}
)
ENTITY_WEIGHT = 2
TITLE_WEIGHT = 2


def terms(analysis: Analysis) -> Counter[str]:
    """Term counts of one article for similarity."""
    counts: Counter[str] = Counter()
    for sentence in analysis.sentences:
        for token in sentence.tokens:
            if token.pos in CONTENT_TAGS and len(token.lemma) > 2 and token.lemma.isalpha():
                counts[token.lemma.lower()] += 1
    if analysis.article.title:
        for word in analysis.article.title.split():
            word = word.strip(".,:;!?„“\"'()«»").lower()
            if len(word) > 3 and word.isalpha():
                counts[word] += TITLE_WEIGHT
    for mention in analysis.mentions:
        counts[f"@{mention.name.lower()}"] += ENTITY_WEIGHT
    for quantity in analysis.quantities:
        if quantity.value >= 10:
            counts[f"#{quantity.value:g}"] += 1
    for date in analysis.dates:
        counts[f"d:{date.iso}"] += 1
    return counts
