"""Cleaning: a Document becomes an Article with only the story's body text.

HTML goes through trafilatura first; then plain text and extracted text alike
go through header parsing and the line classifier. Everything taken out is
kept in ``Article.removed`` with its reason.
"""

from __future__ import annotations

import unicodedata

from lagebild.analyze.language import detect_language
from lagebild.clean.header import HEADER_DEPTH, Header, parse_header_line, split_dateline
from lagebild.clean.html import extract_html
from lagebild.clean.lines import classify
from lagebild.config import CleanConfig
from lagebild.errors import CleanError
from lagebild.records import Article, Document, Removal

__all__ = ["clean"]


def clean(document: Document, config: CleanConfig) -> Article:
    """The article in ``document``; raises CleanError when too little body text is left."""
    if document.kind == "html":
        document = extract_html(document)
    lines = [line.strip() for line in _normalise_spaces(document.content).split("\n")]
    lines = [line for line in lines if line]
    header, lines, removed = _take_header(lines)
    labelled = classify(lines, has_title=document.title is not None)
    title = document.title
    body: list[str] = []
    for line in labelled:
        if line.label == "body":
            dateline = split_dateline(line.text) if not body else None
            if dateline:
                removed.append(Removal(dateline[0], "dateline"))
            body.append(dateline[1] if dateline else line.text)
        elif line.label == "title" and title is None:
            title = line.text
        else:
            removed.append(Removal(line.text, line.label))
    text = "\n\n".join(body)
    if len(text) < config.min_body_chars:
        raise CleanError(
            f"only {len(text)} characters of body text are left after cleaning "
            f"(at least {config.min_body_chars} are needed); {len(removed)} lines were removed "
            "as residue: is this a news article?"
        )
    return Article(
        id=document.id,
        origin=document.origin,
        text=text,
        title=title,
        source=document.source or header.source,
        url=document.url,
        published=document.published or header.published,
        language=document.language or detect_language(text),
        removed=tuple(removed),
    )


def _take_header(lines: list[str]) -> tuple[Header, list[str], list[Removal]]:
    """Header lines near the top become metadata; text glued to them stays in the body."""
    published: str | None = None
    source: str | None = None
    kept: list[str] = []
    removed: list[Removal] = []
    for position, line in enumerate(lines):
        header = parse_header_line(line) if position < HEADER_DEPTH else None
        if header is None:
            kept.append(line)
            continue
        published = published or header.published
        source = source or header.source
        if header.glued_body:
            removed.append(Removal(line[: len(line) - len(header.glued_body)].strip(), "metadata"))
            kept.append(header.glued_body)
        else:
            removed.append(Removal(line, "metadata"))
    return Header(published=published, source=source), kept, removed


_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\t": " "})
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def _normalise_spaces(text: str) -> str:
    """Plain spaces, no invisible characters, and composed letters (NFC).

    Text copied on a Mac often spells "ü" as "u" plus a combining mark; the
    tokenizer composes it, so without NFC tokens and the text would disagree.
    """
    return unicodedata.normalize("NFC", text.translate(_SPACES).translate(_INVISIBLE))
