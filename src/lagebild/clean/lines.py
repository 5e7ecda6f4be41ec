"""Line classifier for plain text: which lines are body, which are residue, and why.

Three kinds of evidence, applied in this order:

1. patterns (``patterns.toml``): a line that matches a residue pattern is removed with
   that pattern's reason (copyright, player, comments, caption, …);
2. layout (``layout.py``): the article is the stretch of lines richest in prose; short
   lines outside it are navigation, longer ones boilerplate, and a comment section
   that begins after the story has started ends it;
3. position: the headline-shaped lines right above the story are its title, kicker and
   outlet name; short unpunctuated lines between paragraphs are crossheads; a teaser
   block ("Das Wichtigste in Kürze" + bullets) is a teaser; a line seen before is
   repeated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.clean.layout import article_span, is_sentence, line_score, size
from lagebild.clean.rules import layout_weights, marker, residue_patterns, words

_BULLET = re.compile(r"^\s*[•·\-–—*▪►]\s*")
_HOST = re.compile(r"^(www\.)?[\w-]+(\.[\w-]+)*\.(de|at|ch|com|net|org|eu|info|it|fr|nl|co\.uk)$")
_TITLE_PARTS = re.compile(r"\s+[|\-–—:·•»]+\s+")
# A crosshead has at most this many words, a title at most that many.
HEADING_MAX_WORDS = 10
TITLE_MAX_WORDS = 20
# At most this many short lines stand above the first paragraph (outlet, kicker, title).
TITLE_LINES = 3
# Labels of lines that stay in the article's text.
BODY = "body"


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    label: str  # "body", "title", "source" (the outlet's name), or the reason it was removed
    number: int = 0  # which non-empty input line it is (two Lines when one was split)


def residue_reason(line: str) -> str | None:
    """The removal reason whose pattern matches the whole line, or None for a body line."""
    stripped = line.strip()
    for reason, pattern in residue_patterns().items():
        if pattern.fullmatch(stripped):
            return reason
    return None


def is_outlet(line: str) -> bool:
    """An outlet's name on a line of its own: "stern", "MDR SACHSEN", "aerzteblatt.de"."""
    stripped = line.strip().strip("|·•-–— ")
    lowered = stripped.lower()
    if not stripped or len(stripped.split()) > 4 or is_sentence(stripped):
        return False
    if lowered in words("outlets", "names") or _HOST.match(lowered):
        return True
    names = stripped.split()
    last = names[-1].lower().rsplit("-", 1)[-1]  # "Weser-Kurier"
    return last in words("header", "outlet_ends") and all(n[:1].isupper() for n in names)


def classify(lines: list[str], has_title: bool) -> list[Line]:
    """Label every non-empty line; ``has_title`` says the title is already known."""
    labels: list[str | None] = [residue_reason(line) for line in lines]
    _mark_teasers_and_repeats(lines, labels)
    start, end = _story(lines, labels)
    _mark_top(lines, labels, has_title, start)
    _mark_outside(lines, labels, start, end)
    _mark_headings(lines, labels)
    return [
        Line(line, label or BODY, i)
        for i, (line, label) in enumerate(zip(lines, labels, strict=True))
    ]


def _mark_teasers_and_repeats(lines: list[str], labels: list[str | None]) -> None:
    teaser = marker("teaser_start")
    seen: set[str] = set()
    in_teaser = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if teaser.fullmatch(stripped):
            labels[i], in_teaser = "teaser", True
            continue
        if in_teaser and _BULLET.match(line):
            labels[i] = "teaser"
            continue
        in_teaser = False
        key = stripped.lower()
        if labels[i] is None and key in seen and len(stripped) < 400:
            labels[i] = "repeated"
        seen.add(key)


def _story(lines: list[str], labels: list[str | None]) -> tuple[int, int]:
    """[start, end) of the story; a comment section after its start is labelled comments."""
    weights = layout_weights()
    residue = [label is not None for label in labels]
    scores = [line_score(line, r, weights) for line, r in zip(lines, residue, strict=True)]
    stop = len(lines)
    span = _best_span(lines, scores, stop, weights.prose_words)
    if span is not None:
        stop = _comments_start(lines, scores, span, weights.prose_words)
        for i in range(stop, len(lines)):
            labels[i] = labels[i] or "comments"
        span = _best_span(lines, scores, stop, weights.prose_words)
    return span or (stop, stop)


def _best_span(
    lines: list[str], scores: list[float], stop: int, prose_words: int
) -> tuple[int, int] | None:
    """The richest stretch above ``stop``; below the page title's repetition if it has one."""
    span = article_span(scores, 0, stop)
    anchor = _title_repeat(lines, stop)
    if anchor is not None and (span is None or span[0] <= anchor):
        after = article_span(scores, anchor + 1, stop)
        if after is not None and after[2] >= 2 * prose_words:
            span = after
    return (span[0], span[1]) if span else None


def _comments_start(
    lines: list[str], scores: list[float], span: tuple[int, int], prose_words: int
) -> int:
    """The first comment-section line inside the story after a paragraph of it (or the end).

    A comment count in the share bar above the story ("Comments", "12 Kommentare")
    comes before the story's first paragraph and ends nothing.
    """
    comments = marker("comments_start")
    prose_seen = False
    for i in range(*span):
        if prose_seen and comments.fullmatch(lines[i].strip()):
            return i
        prose_seen = prose_seen or scores[i] >= prose_words
    return len(lines)


def _title_repeat(lines: list[str], stop: int) -> int | None:
    """Where a page's title (its first line, less the site name) stands again as the headline.

    Text copied from a whole page starts with the page title ("Streik legt Flughäfen
    lahm | Rheinpfalz") and repeats it above the story; the menus are in between.
    """
    if not lines:
        return None
    title = max(_TITLE_PARTS.split(lines[0].strip()), key=len).lower()
    if len(title.split()) < 3:
        return None
    for i in range(1, stop):
        candidate = lines[i].strip().lower()
        if candidate == title or (candidate.startswith(title) and len(candidate) < len(title) + 5):
            return i
    return None


def _is_headline_shaped(line: str, max_words: int) -> bool:
    """Short and without closing punctuation (a quote closed at the end is allowed)."""
    return 0 < size(line) <= max_words and not is_sentence(line)


def _mark_top(lines: list[str], labels: list[str | None], has_title: bool, start: int) -> None:
    """Of the headline-shaped lines right above the story, the longest is the title.

    An outlet's name among them becomes the source; the others (a kicker such as
    "Krieg in der Ukraine") are kickers; so are all of them when the title is already
    known (the text then often repeats it, with its kicker, above the lead).
    """
    leading: list[int] = []
    for i in range(start - 1, -1, -1):
        if labels[i] is not None:
            continue
        if not _is_headline_shaped(lines[i], TITLE_MAX_WORDS):
            break
        leading.insert(0, i)
    if len(leading) > TITLE_LINES + 1:
        leading = leading[-2:]  # a menu ends above the title: only the title and its kicker
    outlets = [i for i in leading if is_outlet(lines[i])][:1]
    for i in outlets:
        labels[i] = "source"
    leading = [i for i in leading if i not in outlets][-TITLE_LINES:]
    if not leading:
        return
    title = -1 if has_title else max(leading, key=lambda i: size(lines[i]))
    for i in leading:
        labels[i] = "title" if i == title else "kicker"


def _mark_outside(lines: list[str], labels: list[str | None], start: int, end: int) -> None:
    """Lines above and below the story are navigation (short) or boilerplate (long)."""
    for i in [*range(start), *range(end, len(lines))]:
        if labels[i] is not None:
            continue
        if i >= end and is_outlet(lines[i]):
            labels[i] = "source"
        else:
            labels[i] = "navigation" if size(lines[i]) < 2 * HEADING_MAX_WORDS else "boilerplate"


def _mark_headings(lines: list[str], labels: list[str | None]) -> None:
    """Short unpunctuated lines with body lines before and after them are crossheads."""
    body = [i for i, label in enumerate(labels) if label is None]
    for before, i, after in zip(body, body[1:], body[2:], strict=False):
        if (
            _is_headline_shaped(lines[i], HEADING_MAX_WORDS)
            and size(lines[after]) > HEADING_MAX_WORDS
            and labels[before] is None
        ):
            labels[i] = "heading"
