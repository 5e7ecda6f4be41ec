"""Which place lies in which, as a story's articles say it.

One report places a shot "bei Berghausen", another "bei Bad Berleburg", and a third says
what ties them: "near the village of Berghausen, part of the small town of Bad Berleburg".
The gazetteer takes both for towns, of one level, so on their own the two would disagree;
a story that says the one lies in the other gives no conflict between them. Said as a part
set off after its name ("Berghausen, ein Ortsteil von Bad Berleburg", "Onolzheim, a
district of the town of Crailsheim"), after the noun of a part ("the village of Bias,
outside the town of Zerbst", "im Ortsteil Waschleithe der Stadt Grünhain-Beierfeld"),
after the larger place's adjective ("der Zerbster Ortsteil Bias") or located by it ("in
Berghausen bei Bad Berleburg"). Places are keyed as values name them: their last word, in
lower case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from lagebild.compare.lexicon import lexicon

# a place's name: one capitalised word, perhaps after another or an abbreviation ("Bad
# Berleburg", "St. Ingbert")
_NAME = r"((?:[A-ZÄÖÜ][\w-]+ |[A-ZÄÖÜ][a-z]{0,2}\. )?[A-ZÄÖÜ][\w-]+)"

# the article that sets a part off after its name ("einem Ortsteil", "a district")
_ONE = "(?i:ein|eine|einem|einer|a|an)"

Within = frozenset[tuple[str, str]]


def _words(words: Iterable[str]) -> str:
    """An alternation of ``words`` that takes them in any case ("Ortsteil", "ortsteil")."""
    return r"\b(?i:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], int, int], ...]:
    """Each pattern with the groups of the smaller and the larger place."""
    lex = lexicon()
    parts, links, wholes = _words(lex.parts), _words(lex.part_of), _words(lex.wholes)
    # what may stand between a tie and the larger place's name ("der Stadt", "the small
    # town of")
    whole = rf"(?:(?i:der|the) (?:\w+ )?{wholes} (?:(?i:of) )?)?"
    return (
        # "Berghausen, ein Ortsteil von Bad Berleburg", "Onolzheim, a district of the town of
        # Crailsheim"
        (re.compile(rf"{_NAME}, {_ONE} (?:\w+ )?{parts} {links} {whole}{_NAME}"), 1, 2),
        # "the village of Bias, outside the town of Zerbst", "im Ortsteil Waschleithe der
        # Stadt Grünhain-Beierfeld"
        (re.compile(rf"{parts} (?:(?i:of) )?{_NAME},? (?:{links} )?{whole}{_NAME}"), 1, 2),
        # "der Zerbster Ortsteil Bias"
        (re.compile(rf"\b([A-ZÄÖÜ][\w-]+)er {parts} {_NAME}"), 2, 1),
        # "in Berghausen bei Bad Berleburg"
        (re.compile(rf"\b(?:in|aus|nach) {_NAME} (?:bei|nahe) {_NAME}"), 1, 2),
    )


def places_within(texts: Iterable[str]) -> Within:
    """The (smaller, larger) pairs of places that ``texts`` say lie one in the other."""
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        for pattern, part, whole in _patterns():
            for match in pattern.finditer(text):
                small, large = _key(match.group(part)), _key(match.group(whole))
                if small != large:
                    pairs.add((small, large))
    return frozenset(pairs)


def _key(name: str) -> str:
    return name.split()[-1].lower()


def one_within(a: str | None, b: str | None, within: Within) -> bool:
    """One of the two places lies in the other, as the story says."""
    return (a or "", b or "") in within or (b or "", a or "") in within
