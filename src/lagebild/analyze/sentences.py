"""Sentences and tokens with SoMaJo, which knows German ordinals, dates and abbreviations."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from lagebild.analyze.dates import MONTHS


@dataclass(frozen=True, slots=True)
class RawToken:
    text: str
    start: int
    end: int
    kind: str  # SoMaJo's token class: regular, number, ordinal, date, symbol, URL, ...


@dataclass(frozen=True, slots=True)
class RawSentence:
    start: int
    end: int
    tokens: tuple[RawToken, ...]


# Characters that can be part of an emoji (Extended_Pictographic, Emoji_Presentation,
# the emoji variation selector). German quotes, dashes and the euro sign are not.
_EMOJI_CANDIDATE = re.compile("[\u00a9\u00ae\u203c\u2049\u2100-\U0010ffff\ufe0f]")


def _skip_emoji_search_without_candidates() -> None:
    """Make SoMaJo skip its emoji pass on text that cannot contain an emoji.

    The pass runs a regular expression per grapheme and takes about half of
    SoMaJo's time on news text; where no character could be part of an emoji it
    finds nothing, so skipping it changes no token (``test_sentences`` checks this).
    """
    from somajo import tokenizer

    original = getattr(tokenizer.Tokenizer, "_split_emojis", None)
    if original is None or getattr(original, "lagebild_fast_path", False):
        return

    def split_emojis(self: Any, node: Any, token_class: str = "emoticon") -> None:
        if _EMOJI_CANDIDATE.search(node.value.text):
            original(self, node, token_class)

    split_emojis.lagebild_fast_path = True  # type: ignore[attr-defined]
    tokenizer.Tokenizer._split_emojis = split_emojis


def _skip_regex_passes_without_a_match() -> None:
    """Make SoMaJo test a token with one search before building its list of matches.

    SoMaJo runs some fifty regular expressions over every token; most find
    nothing, and for those its ``_split_matches`` only built an empty list. The
    search finds a match exactly where ``finditer`` would, so no token changes
    (``test_somajo_fast_path`` checks this).
    """
    from somajo import tokenizer

    original = getattr(tokenizer.Tokenizer, "_split_matches", None)
    if original is None or getattr(original, "lagebild_fast_path", False):
        return

    def split_matches(self: Any, regex: Any, node: Any, *args: Any, **kwargs: Any) -> None:
        if regex.search(node.value.text) is not None:
            original(self, regex, node, *args, **kwargs)

    split_matches.lagebild_fast_path = True  # type: ignore[attr-defined]
    tokenizer.Tokenizer._split_matches = split_matches


_WORD_WITH_PERIOD = re.compile(r"(?<!\S)[^\s.]*\.\S*")


class _WordsWithPeriod:
    """SoMaJo's abbreviation pattern, asked only about the words that contain a period.

    Every alternative of the pattern (its abbreviation lists and "X.Y.") contains a
    period and no whitespace, and its look-arounds ask for a letter or a period next
    to the match, which whitespace is not. So every match lies inside one
    whitespace-separated word with a period, and searching such a word in place
    (the pattern still sees the characters around it) finds exactly the matches a
    search over the whole text finds there. Trying the long alternation at every
    position of a paragraph was SoMaJo's largest single cost.
    ``test_somajo_fast_path`` checks that no token changes.
    """

    def __init__(self, pattern: Any) -> None:
        self.inner = pattern

    def finditer(self, text: str) -> Iterator[Any]:
        for word in _WORD_WITH_PERIOD.finditer(text):
            yield from self.inner.finditer(text, word.start(), word.end())

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


# SoMaJo patterns (attribute names of its tokenizer) and a character search that
# finds something in every text the pattern can match: each match contains one
# of these characters. Paragraphs without them are common, and the search for
# a single character costs a fraction of the pattern's.
_CLUES = {
    "token_with_plus_ampersand": re.compile(r"[+&]"),  # every listed token has + or &
    "email": re.compile(r"[@\[]"),  # "@" or " [at] "
    "gender_marker": re.compile(r"[*:/]"),  # "Lehrer*innen", "Bürger:innen"
    "nr_abbreviations": re.compile(r"nr\.", re.IGNORECASE),  # "Best.-Nr."
    "arrow": re.compile("[<>\u2190-\u21ff]"),  # "->", "<--", arrow characters
}


class _NeedsClue:
    """A SoMaJo pattern asked only about text in which its clue finds something.

    Text without the clue has no match, so skipping the search over it changes no
    token (``test_somajo_fast_path`` checks this).
    """

    def __init__(self, pattern: Any, clue: re.Pattern[str]) -> None:
        self.inner = pattern
        self.clue = clue

    def search(self, text: str) -> Any:
        return self.inner.search(text) if self.clue.search(text) else None

    def finditer(self, text: str) -> Iterator[Any]:
        return self.inner.finditer(text) if self.clue.search(text) else iter(())

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _has_space(pattern: str) -> bool:
    return any(c.isspace() for c in pattern)


@cache
def _tokenizer(language: str, offsets: bool = False) -> Any:
    from somajo import SoMaJo

    _skip_emoji_search_without_candidates()
    _skip_regex_passes_without_a_match()

    model = "en_PTB" if language == "en" else "de_CMC"
    somajo = SoMaJo(model, split_camel_case=False, character_offsets=offsets)
    inner = getattr(somajo, "_tokenizer", None)
    abbreviation = getattr(inner, "abbreviation", None)
    if inner is not None and abbreviation is not None and not _has_space(abbreviation.pattern):
        inner.abbreviation = _WordsWithPeriod(abbreviation)
    for name, clue in _CLUES.items():
        pattern = getattr(inner, name, None)
        if pattern is not None:
            setattr(inner, name, _NeedsClue(pattern, clue))
    return somajo


def _align(paragraph: str, words: list[str]) -> list[tuple[int, int]] | None:
    """Offsets of ``words`` in ``paragraph``, found in order with only whitespace between.

    SoMaJo's own alignment (``character_offsets=True``) costs about a third of
    its time; tokens are nearly always verbatim substrings, so a left-to-right
    search finds the same offsets. None when a token is not verbatim (SoMaJo
    normalised it), and the caller asks SoMaJo for its offsets instead.
    """
    offsets: list[tuple[int, int]] = []
    position = 0
    for word in words:
        start = paragraph.find(word, position)
        if start < 0 or paragraph[position:start].strip():
            return None
        position = start + len(word)
        offsets.append((start, position))
    return offsets


def _tokenize_paragraph(paragraph: str, language: str) -> list[list[tuple[str, int, int, str]]]:
    sentences = list(_tokenizer(language).tokenize_text([paragraph]))
    flat = [token.text for sentence in sentences for token in sentence]
    offsets = _align(paragraph, flat)
    if offsets is None:
        return [
            [(t.text, *t.character_offset, t.token_class) for t in sentence]
            for sentence in _tokenizer(language, offsets=True).tokenize_text([paragraph])
        ]
    found: list[list[tuple[str, int, int, str]]] = []
    spans = iter(offsets)
    for sentence in sentences:
        found.append([(t.text, *next(spans), t.token_class) for t in sentence])
    return found


# Words that town names abbreviate before another capitalised word, which SoMaJo takes
# for a sentence's end ("bei Hann. Münden"); "Frankfurt a. M." and "Freiburg i. Br." it
# keeps whole.
_PLACE_ABBREVIATIONS = frozenset({"Hann"})


# Words after which a number with a period is an ordinal ("am 5.", "der 3. Senat", "in 2.
# Instanz", "Mittwoch, 11."); after any other word it is a count that ends its sentence,
# which SoMaJo does not see: "stieg von 47 auf 63. Neue Fälle wurden ..." is two.
_BEFORE_ORDINAL = frozenset(
    {
        "der", "die", "das", "den", "dem", "des", "am", "im", "zum", "zur", "vom", "beim",
        "ins", "ans", "ab", "bis", "seit", "in", "und", "oder", "–", "-", ",", "jeder",
        "jede", "jedes", "jeden", "sein", "seine", "seinem", "seinen", "seiner", "ihr",
        "ihre", "ihrem", "ihren", "ihrer", "unser", "unsere", "unserem", "dessen", "deren",
        "diese", "dieser", "diesem", "diesen", "dieses", "ein", "eine", "einem", "einen",
        "einer", "nr.",
    }
)  # fmt: skip
# months, written out (as the dates read them) or cut short
_MONTHS = frozenset(MONTHS) | {
    "jan.", "feb.", "febr.", "mär.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.",
    "nov.", "dez.",
}  # fmt: skip


def split_sentences(text: str, language: str) -> list[RawSentence]:
    """Sentences of ``text``; paragraphs (blank-line separated) never share a sentence."""
    sentences: list[RawSentence] = []
    offset = 0
    for paragraph in text.split("\n\n"):
        if paragraph.strip():
            for sentence in _tokenize_paragraph(paragraph, language):
                tokens = tuple(
                    RawToken(word, offset + start, offset + end, kind)
                    for word, start, end, kind in sentence
                )
                if not tokens:
                    continue
                if sentences and sentences[-1].start >= offset and _cut_name(sentences[-1]):
                    # the sentence before ends in a town's abbreviated word: one sentence
                    before = sentences.pop()
                    word, period = before.tokens[-2:]
                    name = RawToken(word.text + ".", word.start, period.end, "abbreviation")
                    tokens = (*before.tokens[:-2], name, *tokens)
                for part in _at_counts(tokens) if language == "de" else (_joined_names(tokens),):
                    sentences.append(RawSentence(part[0].start, part[-1].end, part))
        offset += len(paragraph) + 2
    return sentences


def _at_counts(tokens: tuple[RawToken, ...]) -> list[tuple[RawToken, ...]]:
    """``tokens`` cut after each number with a period that is no ordinal: it follows no word
    of ``_BEFORE_ORDINAL`` and a capitalised word other than a month comes next. The
    number and its period become two tokens, as at any sentence's end."""
    parts: list[tuple[RawToken, ...]] = []
    current: list[RawToken] = []
    for i, token in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        before = tokens[i - 1].text.lower() if i else ""
        if (
            token.kind == "ordinal"
            and token.text[:-1].isdigit()
            and after is not None
            and after.text[:1].isupper()
            and after.text.lower() not in _MONTHS
            and before not in _BEFORE_ORDINAL
        ):
            number = RawToken(token.text[:-1], token.start, token.end - 1, "number")
            period = RawToken(".", token.end - 1, token.end, "symbol")
            parts.append((*current, number, period))
            current = []
        else:
            current.append(token)
    if current:
        parts.append(tuple(current))
    return parts


def _joined_names(tokens: tuple[RawToken, ...]) -> tuple[RawToken, ...]:
    """English ``tokens`` with a name of capitalised words joined by hyphens made one token
    again ("Garmisch-Partenkirchen", "Baden-Württemberg"), as German keeps it: the English
    tokenizer cuts at every hyphen, and a town's second half is no town."""
    joined: list[RawToken] = []
    for token in tokens:
        if (
            len(joined) >= 2
            and joined[-1].text == "-"
            and joined[-2].end == joined[-1].start
            and joined[-1].end == token.start
            and _capitalised(joined[-2].text)
            and _capitalised(token.text)
        ):
            first = joined[-2]
            name = f"{first.text}-{token.text}"
            joined[-2:] = [RawToken(name, first.start, token.end, "regular")]
        else:
            joined.append(token)
    return tuple(joined)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").isalpha()


def _cut_name(sentence: RawSentence) -> bool:
    """The sentence ends in a word of ``_PLACE_ABBREVIATIONS`` and its period."""
    if len(sentence.tokens) < 2:
        return False
    word, period = sentence.tokens[-2:]
    return word.text in _PLACE_ABBREVIATIONS and period.text == "." and word.end == period.start
