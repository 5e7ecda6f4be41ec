"""Context: the words around a value, for values that no cue word or noun ties together.

"Den Schaden beziffert der Betreiber auf 84 Millionen Euro" and "Der Schaden an der Halle
liegt bei 48 Millionen Euro" name the same thing with no listed cue next to either number;
"Die Straße soll am 4. Dezember wieder freigegeben werden" and "Bis zum 27. November soll
die Straße frei sein" do so with a noun far from the date. A value's context is the
content words of its clause within ``[context] window`` tokens of it: lemmas, a noun of a
class as its class ("Fähre" as "schiff"), a cue word also as its concept ("damage" and
"Schaden" as @schaden), so that a German and an English report meet. Names are left out
(anchors.py compares them), and so are numbers, units and words of time.

Two values of different articles share context when the words they have in common, each
weighed by how rare it is among the contexts of the story's values (its idf), reach
``[context] min_shared``: a word near every figure of the story ("Jaguar", "Polizei")
says little, one near two figures only says they are about the same thing.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence

from lagebild.compare.anchors import same_clause
from lagebild.compare.lexicon import Lexicon, concept_of, stem
from lagebild.records import Sentence, Token

# German content words by their tag; English text is not tagged, so every word that is no
# name and no listed function word counts
_CONTENT = ("NN", "ADJ", "VV", "ADV")


def context_terms(
    sentence: Sentence,
    start: int,
    token: int,
    taken: Sequence[tuple[int, int]],
    lex: Lexicon,
) -> frozenset[str]:
    """The context of the value starting at ``start`` (token ``token``) of ``sentence``;
    ``taken`` are the spans of the sentence's values, whose words are no context."""
    settings = lex.context
    window = int(settings["window"])
    terms: set[str] = set()
    for position, word in enumerate(sentence.tokens):
        if abs(position - token) > window or any(s <= word.start < e for s, e in taken):
            continue
        if not _content(word, lex) or not same_clause(sentence, start, word.start):
            continue
        lower = word.text.lower()
        terms.add(stem(lex.synonyms.get(lower) or lex.synonyms.get(word.lemma.lower()) or lower))
        if concept := concept_of(lower, lex):
            terms.add(f"@{concept}")
    return frozenset(terms)


def _content(word: Token, lex: Lexicon) -> bool:
    lower = word.text.lower()
    if len(lower) < 4 or not word.text.isalpha() or word.pos in ("NE", "CARD"):
        return False
    if lower in lex.weekdays or lower in lex.dayparts or lower in lex.context_stop:
        return False
    return word.pos == "X" or word.pos.startswith(_CONTENT)


def shared_context(contexts: Sequence[frozenset[str]]) -> Callable[[int, int], float]:
    """How much the contexts at two indices of ``contexts`` share: the sum of the idf of
    the words they have in common."""
    df = Counter(t for terms in contexts for t in terms)
    total = max(len(contexts), 1)
    idf = {t: math.log(total / n) for t, n in df.items()}

    def shared(i: int, j: int) -> float:
        return sum(idf[t] for t in contexts[i] & contexts[j])

    return shared
