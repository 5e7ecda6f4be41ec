"""What an article is about, as weighted terms: lemmas, entity names, numbers and dates.

Numbers and dates are written the same in every language, so they link a German
and an English report of one event even where the words differ. ``Profile``
splits the terms by kind so that the similarity can weigh each kind on its own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from lagebild.records import Analysis
from lagebild.timekey import parse_published

CONTENT_TAGS = frozenset(
    {"NN", "NE", "ADJ(A)", "ADJ(D)", "VV(FIN)", "VV(INF)", "VV(PP)", "FM", "X"}
)
ENTITY_WEIGHT = 2
TITLE_WEIGHT = 2
# How fast a word's weight saturates with its count (BM25's k1): a word said once
# weighs 1, twice 1.375, and no count weighs more than 1 + TF_SATURATION.
TF_SATURATION = 1.2


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


@dataclass(frozen=True, slots=True)
class Profile:
    """An article (or a story's centre) split by kind of evidence.

    ``words`` hold saturated term frequencies of lemmas and title words; the
    other maps hold how strongly an entity, number or day-precise date belongs
    to it (1.0 for an article, the share of members for a story).
    """

    words: dict[str, float]
    entities: dict[str, float]
    numbers: dict[str, float]
    dates: dict[str, float]
    published: datetime | None
    language: str = ""


def saturated(count: float) -> float:
    """The weight of a word counted ``count`` times: 1 for one, bounded by 1 + TF_SATURATION.

    A word repeated through a long article says what it is about, but not ten
    times as loudly: without a bound one long article's pet word outweighs
    everything two reports of one event share.
    """
    return count * (TF_SATURATION + 1.0) / (count + TF_SATURATION)


def day_precise(published: str | None) -> datetime | None:
    """A publication time usable for time distances: only dates known to the day count.

    A date without a time is read as noon, the middle of the day it names.
    """
    if not published or len(published.strip()) < 10:
        return None
    moment = parse_published(published)
    if moment is not None and len(published.strip()) == 10:
        moment += timedelta(hours=12)
    return moment


def profile(analysis: Analysis) -> Profile:
    """The profile of one article."""
    words: dict[str, float] = {}
    entities: dict[str, float] = {}
    numbers: dict[str, float] = {}
    dates: dict[str, float] = {}
    for term, count in terms(analysis).items():
        if term.startswith("@"):
            entities[term] = 1.0
        elif term.startswith("#"):
            numbers[term] = 1.0
        elif term.startswith("d:"):
            if len(term) >= 12:  # "d:YYYY-MM-DD": a day, not just a month or a year
                dates[term] = 1.0
        else:
            words[term] = saturated(count)
    published = day_precise(analysis.article.published)
    return Profile(words, entities, numbers, dates, published, analysis.language)
