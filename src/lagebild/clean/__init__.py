"""Cleaning: a Document becomes an Article with only the story's body text.

HTML goes through trafilatura first; then plain text and extracted text alike are
repaired (``normalise.py``), lose their header lines to metadata (``header.py``)
and go through the line classifier (``lines.py``: patterns, layout, position).
Everything taken out is kept in ``Article.removed`` with its reason. Across a
batch, ``remove_templates`` takes out the lines an outlet puts under every article
(``templates.py``).
"""

from __future__ import annotations

from lagebild.analyze.language import detect_language
from lagebild.clean.header import HEADER_DEPTH, Header, parse_header_line, split_dateline
from lagebild.clean.html import extract_html
from lagebild.clean.languages import PARAGRAPH_BREAK, other_languages
from lagebild.clean.lines import BODY, Line, classify
from lagebild.clean.normalise import normalise
from lagebild.clean.templates import remove_templates
from lagebild.config import CleanConfig
from lagebild.errors import CleanError
from lagebild.records import Article, Document, Removal

__all__ = ["clean", "label_lines", "remove_templates"]


def clean(document: Document, config: CleanConfig) -> Article:
    """The article in ``document``; raises CleanError when too little body text is left."""
    if document.kind == "html":
        document = extract_html(document)
    header, labelled = label_lines(document.content, has_title=document.title is not None)
    title = document.title
    source = header.source
    body: list[str] = []
    removed: list[Removal] = []
    for line in labelled:
        if line.label == BODY:
            body.append(line.text)
        elif line.label == "title" and title is None:
            title = line.text
        else:
            source = source or (line.text if line.label == "source" else None)
            removed.append(Removal(line.text, line.label))
    text = PARAGRAPH_BREAK.join(body)
    if len(text) < config.min_body_chars:
        raise CleanError(
            f"only {len(text)} characters of body text are left after cleaning "
            f"(at least {config.min_body_chars} are needed); {len(removed)} lines were removed "
            "as residue: is this a news article?"
        )
    language = document.language or detect_language(text)
    return Article(
        id=document.id,
        origin=document.origin,
        text=text,
        title=title,
        source=document.source or source,
        url=document.url,
        published=document.published or header.published,
        language=language,
        removed=tuple(removed),
        other_languages=other_languages(text, language),
    )


def label_lines(content: str, has_title: bool = False) -> tuple[Header, list[Line]]:
    """The metadata of the header lines, and every non-empty line of ``content`` labelled.

    Lines come in input order; ``Line.number`` counts the non-empty input lines. A header
    line is labelled metadata, and the body sentence glued to it is a Line of its own
    with the same number; so is the lead's dateline ("Berlin (dpa) -").
    """
    lines = [line.strip() for line in normalise(content).split("\n")]
    lines = [line for line in lines if line]
    header, pieces = _take_header(lines)
    rest = [(number, text) for number, text, label in pieces if label is None]
    classified = iter(classify([text for _, text in rest], has_title=has_title))
    labelled: list[Line] = []
    for number, text, label in pieces:
        line = Line(text, label, number) if label else next(classified)
        labelled.append(Line(line.text, line.label, number))
    for i, line in enumerate(labelled):
        if line.label == BODY:
            dateline = split_dateline(line.text)
            if dateline:
                labelled[i : i + 1] = [
                    Line(dateline[0], "dateline", line.number),
                    Line(dateline[1], BODY, line.number),
                ]
            break
    return header, labelled


def _take_header(lines: list[str]) -> tuple[Header, list[tuple[int, str, str | None]]]:
    """Header lines near the top become metadata; text glued to them stays to be classified."""
    published: str | None = None
    source: str | None = None
    pieces: list[tuple[int, str, str | None]] = []
    for number, line in enumerate(lines):
        header = parse_header_line(line) if number < HEADER_DEPTH else None
        if header is None:
            pieces.append((number, line, None))
            continue
        published = published or header.published
        source = source or header.source
        if header.glued_body:
            metadata = line[: len(line) - len(header.glued_body)].strip()
            pieces += [(number, metadata, "metadata"), (number, header.glued_body, None)]
        else:
            pieces.append((number, line, "metadata"))
    return Header(published=published, source=source), pieces
