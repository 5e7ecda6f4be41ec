"""Timeline: the dated sentences of a story, one entry per date and statement, in date order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from lagebild.records import Analysis, TimelineEntry
from lagebild.summarize.selection import leans_on_others, sets_scene

# Two dated sentences with at least this cosine similarity tell of the same event.
SAME_EVENT = 0.3
MAX_WORDS = 30
# A sentence that opens with a clause of whoever or wherever sets a scene ("Wer am
# Mittwochmorgen am Flughafen ankommt, findet leere Hallen vor", "Wo am Dienstagabend noch
# Licht brannte, klafft nun ein Loch"): no event of its date.
_SCENE_OPENERS = frozenset({"wer", "wo", "whoever", "where", "wherever"})


def build_timeline(
    analyses: Sequence[Analysis], vectors_of: dict[tuple[str, int], np.ndarray]
) -> list[TimelineEntry]:
    """Day-precise dates with the sentence that names them; similar statements merged."""
    by_date: dict[str, list[tuple[Analysis, int]]] = defaultdict(list)
    for analysis in analyses:
        for date in analysis.dates:
            if date.precision == "day" and not date.vague and _alone(analysis, date.sentence):
                by_date[date.iso].append((analysis, date.sentence))
    entries: list[TimelineEntry] = []
    for iso in sorted(by_date):
        groups: list[list[tuple[Analysis, int]]] = []
        for item in by_date[iso]:
            vector = vectors_of.get((item[0].article.id, item[1]))
            for group in groups:
                first = vectors_of.get((group[0][0].article.id, group[0][1]))
                if vector is not None and first is not None and float(vector @ first) >= SAME_EVENT:
                    group.append(item)
                    break
            else:
                groups.append([item])
        for group in groups:
            texts = [a.sentences[i].text for a, i in group]
            short = [t for t in texts if len(t.split()) <= MAX_WORDS]
            text = min(short or texts, key=lambda t: len(t))
            citations = tuple(dict.fromkeys(a.article.id for a, _ in group))
            entries.append(TimelineEntry(iso, text, citations))
    return entries


def _alone(analysis: Analysis, index: int) -> bool:
    """An entry stands on its own: its sentence neither sets a scene of whoever or
    wherever nor leans on the one before ("Dieses Bild hat die Ministerin am Freitag ...
    vor Augen geführt")."""
    sentence = analysis.sentences[index]
    scene = sets_scene(sentence) and sentence.tokens[0].text.lower() in _SCENE_OPENERS
    return not scene and not leans_on_others(sentence)
