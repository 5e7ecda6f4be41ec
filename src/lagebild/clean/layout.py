"""Where the article stands on a page of plain text, from the shape of its lines alone.

Scraped page text has no markup left, but its layout still shows: the story is a
run of long, sentence-shaped lines; navigation, teaser lists and footers are runs
of short lines without closing punctuation. Each line gets a score (prose is
worth its length, a short unpunctuated line costs a fixed amount), and the
article is the stretch of lines with the highest total (the maximum-sum
subarray), so a few short lines inside the story (crossheads, a caption) do not
split it, while a long menu above it or a list of links below it stays out.
"""

from __future__ import annotations

import re

from lagebild.clean.rules import LayoutWeights

# Characters that close a sentence, in the scripts lagebild meets, and what may follow them.
_CLOSING = (".", "!", "?", "…", ":", ";", "。", "！", "？")
_AFTER_CLOSING = "“”\"«»'’)]"
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_LOWER = re.compile(r"[^\W\d_]")
_BULLET = re.compile(r"^[•·▪►*\-–—]\s")


def size(line: str) -> float:
    """Words of the line; a CJK character counts as half a word (those scripts have no spaces)."""
    cjk = len(_CJK.findall(line))
    return len(line.split()) + cjk / 2 if cjk else float(len(line.split()))


def is_sentence(line: str) -> bool:
    """Closes like a sentence and is not written in capitals only.

    A closing quote or bracket counts only after a full stop: „Das reicht nicht.“ is a
    sentence, the headline Köpping: „Kein Krankenhaus wird geschlossen“ is not.
    """
    stripped = line.rstrip().rstrip(_AFTER_CLOSING)
    if not stripped.endswith(_CLOSING):
        return False
    letters = _LOWER.findall(stripped)
    return not letters or any(c.islower() or not c.isupper() for c in letters)


def line_score(line: str, residue: bool, weights: LayoutWeights) -> float:
    """What one line adds to (or takes from) the stretch it is part of."""
    if residue:
        return weights.residue
    words = size(line)
    if _BULLET.match(line) and words >= 4:
        return words / 2  # an item of a list in the text; menus carry no bullet marks
    if is_sentence(line):
        if words >= weights.prose_words:
            return words
        return words / 2 if words >= 3 else weights.short_line / 2
    if words >= 2 * weights.prose_words:
        return words / 2
    return weights.short_line


def article_span(scores: list[float], lo: int, hi: int) -> tuple[int, int, float] | None:
    """(start, end, total) of the best stretch within [lo, hi); None when nothing scores."""
    best, best_span = 0.0, None
    total, start = 0.0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, start = 0.0, i
        total += scores[i]
        if total > best:
            best, best_span = total, (start, i + 1)
    return (*best_span, best) if best_span else None
