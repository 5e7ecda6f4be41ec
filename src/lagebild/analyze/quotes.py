"""Direct quotes and who said them.

A quote is text between matching quotation marks („…“ "…" «…» »…« “…”) of at
least ``MIN_WORDS`` words; shorter ones are scare quotes or titles. The speaker
is the person named in the sentence around the quote (outside the quote), else
a role description ("der Gouverneur", "ein Sprecher des Ministeriums").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lagebild.records import Mention, Quote, Sentence

MIN_WORDS = 4
_QUOTE = re.compile(r"„([^“”\"]+)[“”\"]|\"([^\"]+)\"|«([^»]+)»|»([^«]+)«|“([^”]+)”")
_ROLE = re.compile(
    r"\b(?:der|die|ein|eine|eines|einer|the|a)\s+"
    r"((?:[A-ZÄÖÜ][\wäöüß-]*(?:sprecher|sprecherin|minister|ministerin|gouverneur|präsident|"
    r"präsidentin|chef|chefin|experte|expertin|vorsitzende|bürgermeister|bürgermeisterin)|"
    r"Sprecher|Sprecherin|Gouverneur|Ministerin|Minister|Experte|Expertin|spokesman|"
    r"spokeswoman|governor)(?:\s+(?:des|der)\s+[A-ZÄÖÜ][\wäöüß-]+)?)",
    re.IGNORECASE,
)


def find_quotes(
    text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]
) -> list[Quote]:
    quotes: list[Quote] = []
    for match in _QUOTE.finditer(text):
        group = next(i for i in range(1, 6) if match.group(i) is not None)
        start, end = _trim(text, match.start(group), match.end(group))
        if len(text[start:end].split()) < MIN_WORDS:
            continue
        around = [s for s in sentences if s.start < match.end() and s.end > match.start()]
        if not around:
            continue
        first, last = around[0], around[-1]
        quotes.append(
            Quote(
                text=text[start:end],
                speaker=_speaker(text, first.start, last.end, match.start(), match.end(), mentions),
                start=start,
                end=end,
                sentence=first.index,
            )
        )
    return quotes


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The quote without surrounding spaces and without the comma that English puts
    inside the marks ("We will rebuild," he said)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _speaker(
    text: str, lo: int, hi: int, q_start: int, q_end: int, mentions: Sequence[Mention]
) -> str | None:
    outside = [m for m in mentions if lo <= m.start < hi and not q_start <= m.start < q_end]
    people = [m for m in outside if m.type == "PER"] or [
        m for m in outside if m.type in ("MISC", "ORG")
    ]
    if people:
        nearest = min(people, key=lambda m: min(abs(m.start - q_end), abs(q_start - m.end)))
        return nearest.name
    context = text[lo:q_start] + " " + text[q_end:hi]
    role = _ROLE.search(context)
    return role.group(0) if role else None
