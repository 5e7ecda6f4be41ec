"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from lagebild.errors import CleanError
from lagebild.records import Document


def extract_html(document: Document) -> Document:
    """The page's main text as a plain-text Document, with the metadata the page gives."""
    import trafilatura  # imported here: it is only needed for HTML input

    try:
        result: Any = trafilatura.bare_extraction(
            document.content,
            url=document.url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise CleanError(f"the HTML could not be parsed: {type(exc).__name__}: {exc}") from exc
    if result is None or not (result.text or "").strip():
        raise CleanError(
            "no article text found in the HTML page (the extractor found no main content; "
            "is it an index page, a paywall or a page that needs JavaScript?)"
        )
    title = document.title or result.title
    text: str = result.text
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip():
        text = rest
    return replace(
        document,
        kind="text",
        content=text,
        title=title,
        source=document.source or result.sitename,
        url=document.url or result.url,
        published=document.published or result.date,
    )
