"""The role a value's wording gives it, and the value as first found in a sentence.

"bis 18 Uhr" ends a span, "zunächst zwölf" is an earlier state, "900 der 1.200" makes 1.200
a total and "zwei der Flüchtigen" a part, "weltweit" makes a count one of the whole, "im
Februar 2021" and "damals" make a count one of another time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from lagebild.compare.anchors import same_clause
from lagebild.compare.lexicon import Lexicon
from lagebild.compare.wording import word_before
from lagebild.records import Sentence

Kind = Literal["count", "time", "date", "place"]
Role = Literal[
    "",
    "end",
    "before",
    "total",
    "update",
    "whole",
    "then",
    "part",
    "further",
    "rest",
    "speaker",
]

_COORDINATING = frozenset({"KON", "CC"})
# "zwei der Flüchtigen", "two of the fugitives", "zwei davon konnte sie nicht retten", "für elf
# von ihnen": a part of a group, not the group's size ("zwei davon schwer", "vier von ihnen
# erlitten schwere Verletzungen" count the seriously injured)
_PARTITIVE = re.compile(
    r"\s+(?:(?:der|von den)\s+[A-ZÄÖÜ]|of (?:the|those|its|their|his|her|our)\s+[a-z]"
    r"|(?:davon|von ihnen|of them)\b"
    r"(?!(?:\s+\w+){0,2}\s+(?:schwer|lebensgef|seriously|critically|badly)))"
)
YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d)")


@dataclass(slots=True)
class Draft:
    """A value as found in a sentence, before it gets its concept, anchor and role."""

    start: int
    end: int
    kind: Kind
    point: float
    low: float
    high: float
    unit: str | None
    token: int = 0
    unit_text: str | None = None
    name: str | None = None
    concept: str | None = None  # when the wording alone says what it is
    relative: bool = False
    person: int | None = None  # for a count of one person: where the noun for it stands
    ordinal: bool = False  # a rank ("im dritten Stock"), which counts nothing


def is_total(sentence: Sentence, draft: Draft, drafts: list[Draft]) -> bool:
    """``900 der 1.200``: a number after "der/den/of the" and another number is a total; a
    count of one person never is."""
    if draft.person is not None:
        return False
    before = sentence.text[: draft.start - sentence.start].lower().split()[-4:]
    articles = {"der", "den", "von", "of", "the"}
    if not before or not articles & set(before[-3:]):
        return False
    return any(
        other is not draft
        and other.kind == draft.kind
        and not other.ordinal
        and 0 < draft.token - other.token <= 5
        for other in drafts
    )


def role_of(
    text: str,
    sentence: Sentence,
    draft: Draft,
    drafts: list[Draft],
    lex: Lexicon,
    earlier: bool,
    updated: bool,
    contrasted: bool = False,
) -> Role:
    """The part a value plays; ``contrasted``: the count before it is of another concept, so
    that "weitere" says "others" ("14 Menschen wurden getötet, 47 weitere erlitten
    Verletzungen"), not further ones of the same."""
    if draft.kind == "count" and (shifted := _shift(text, draft, drafts, lex)):
        return shifted
    if is_total(sentence, draft, drafts):
        return "total"
    bare = draft.kind == "count" and draft.unit is None and not draft.concept
    # "all 22 of its auto-belays" are the whole of them
    if bare and _PARTITIVE.match(text, draft.end) and word_before(text, draft.start) != "all":
        return "part"
    if draft.kind == "count" and not contrasted and _said_of(text, draft, lex.wording["further"]):
        return "further"
    if draft.kind == "count" and _said_of(text, draft, lex.wording["rest"]):
        return "rest"
    words = text[sentence.start : draft.start].lower().split()[-4:]
    after_until = bool(set(words[-2:]) & lex.end)
    if after_until and (
        draft.kind == "time"
        or any(
            o is not draft and o.kind == draft.kind and 0 < draft.token - o.token <= 5
            for o in drafts
        )
    ):
        return "end"
    if earlier:
        return "before"
    if updated and draft.kind == "count":
        return "update"
    return "whole" if draft.kind == "count" and _whole(sentence, draft, lex) else ""


def _shift(text: str, draft: Draft, drafts: list[Draft], lex: Lexicon) -> Role | None:
    """The role of a count told as one end of a change, "before" or "update": "von 47 auf
    63", "from 47 to 63", "63 farms, up from 47"; else None."""
    counts = [d for d in drafts if d.kind == "count"]
    at = counts.index(draft)
    words = lex.wording

    def change(first: Draft, second: Draft) -> Role | None:
        """The role of ``second`` when ``first`` is the count before it."""
        between = " ".join(text[first.end : second.start].lower().replace(",", " ").split())
        if between in words["shift_to"] and word_before(text, first.start) in words["shift_from"]:
            return "update"
        if any(f" {between}".endswith(f" {w}") for w in words["shift_back"]):
            return "before"
        return None

    if at > 0 and (role := change(counts[at - 1], draft)):
        return role
    if at + 1 < len(counts) and (role := change(draft, counts[at + 1])):
        return "before" if role == "update" else "update"
    return None


def _said_of(text: str, draft: Draft, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands right before or after a count's number: further ones
    ("17 weitere Kinder", "in weiteren 14 Betrieben"), added to others, or the ones left
    ("die übrigen drei Tiere"), neither a total of its own."""
    own = text[draft.start : draft.end + 14].lower().split()[1:2]
    return bool({word_before(text, draft.start), *own} & set(words))


def of_another_time(
    sentence: Sentence,
    draft: Draft,
    drafts: list[Draft],
    published: str | None,
    lex: Lexicon,
    then: list[int],
) -> bool:
    """A count or place told as one of the past ("damals waren es 45.000 Kubikmeter", "at
    the time": a word of ``[time] then`` at one of the token positions ``then``) or of
    another year (``of_another_year``: "Der Schatz war 2011 bei Sarstedt entdeckt worden")."""
    if draft.kind not in ("count", "place"):
        return False
    for position in then:
        if same_clause(sentence, draft.start, sentence.tokens[position].start):
            return True
    return of_another_year(sentence, draft, drafts, published, lex)


def of_another_year(
    sentence: Sentence, draft: Draft, drafts: list[Draft], published: str | None, lex: Lexicon
) -> bool:
    """A count whose clause names a year other than that of the report ("Beim Sturm im
    Februar 2021 hatte sie 700 Einsätze gezählt", "bis 2030 sollen 500 Stellen wegfallen")
    is a figure of another time, not today's, as is any count of a sentence that opens with
    a year ("2013 hatte ein Ausbruch 150 Menschen krank gemacht; zwei starben"); a year that
    starts a span up to now ("seit 2015") is not another time, nor one of a coordinated
    other verb ("hatte im Oktober 2025 begonnen und umfasste 58 Verhandlungstage"). A
    number that is a count itself ("je 2000 Euro") is no year, nor one that says when a
    noun's attribute came about ("die 2019 gegründete Firma hat 300 Mitarbeiter")."""
    if draft.kind not in ("count", "place") or not published or not published[:4].isdigit():
        return False
    text = sentence.text
    counts = [(d.start, d.end) for d in drafts if d.kind == "count"]
    for found in YEAR.finditer(text):
        at = sentence.start + found.start()
        if found.group() == published[:4] or any(start <= at < end for start, end in counts):
            continue
        before = text[: found.start()].lower().split()
        if set(before[-3:]) & lex.since:
            continue
        # a year among the first words frames the whole sentence ("2013 hatte ein
        # Ausbruch 150 Menschen krank gemacht; zwei starben")
        if len(before) > 2 and not same_clause(sentence, draft.start, at):
            continue
        if _attributive(sentence, at):
            continue
        low, high = sorted((at, draft.start))
        if not any(low < t.start < high and t.pos in _COORDINATING for t in sentence.tokens):
            return True
    return False


def _attributive(sentence: Sentence, at: int) -> bool:
    """The year at offset ``at`` is part of an attribute: the word after it is an
    attributive adjective ("2019 gegründete"), or an article stands before it, whose noun
    comes after the year ("das 1904 errichtete Gebäude", which the tagger may read as a
    verb)."""
    tokens = sentence.tokens
    for n, token in enumerate(tokens[:-1]):
        if token.start == at:
            after = tokens[n + 1].pos
            article = n > 0 and tokens[n - 1].pos == "ART"
            return after.startswith("ADJ(A)") or after == "ADJA" or article
    return False


def _whole(sentence: Sentence, draft: Draft, lex: Lexicon) -> bool:
    """Said of a whole that other figures are parts of ("weltweit 2.950 Beschäftigte" against
    the staff of one site): a scope word near the value in its clause."""
    return any(
        token.text.lower() in lex.whole
        and abs(position - draft.token) <= lex.window
        and same_clause(sentence, draft.start, token.start)
        for position, token in enumerate(sentence.tokens)
    )
