"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from lagebild.errors import CleanError
from lagebild.records import Document

_META = re.compile(r"<meta\s[^>]*>", re.IGNORECASE)
_PUBLISHED_KEYS = ("article:published_time", "datePublished", "pubdate", "date")
_MINUTE = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})")


def published_time(html: str) -> str | None:
    """The publication time from the page's meta tags, to the minute as written there.

    trafilatura's date is only the day; ``article:published_time`` usually has the time.
    """
    for tag in _META.findall(html[:200_000]):
        key = re.search(r"(?:property|name|itemprop)\s*=\s*[\"']([^\"']+)", tag)
        value = re.search(r"content\s*=\s*[\"']([^\"']+)", tag)
        if key and value and key.group(1) in _PUBLISHED_KEYS:
            match = _MINUTE.match(value.group(1).strip())
            if match:
                return f"{match.group(1)}T{match.group(2)}"
    return None


_BLOCKS = (
    *("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th"),
    *("section", "article", "header", "footer", "nav", "aside", "blockquote", "figcaption"),
    *("dt", "dd", "pre", "form", "label", "button", "ul", "ol", "table", "main"),
)


def visible_text(html: str) -> str:
    """The text a browser would show, one block element per line (no scripts or styles)."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # lxml raises several kinds on broken or empty markup
        return ""
    for element in root.iter("script", "style", "noscript", "template", "head"):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    return "\n".join(" ".join(line.split()) for line in root.text_content().split("\n"))


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
            # Measured on German news pages (benchmarks/html_trafilatura_de.py): precision
            # passes the most pages; the line cleaner recovers little of what it drops.
            favor_precision=True,
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise CleanError(f"the HTML could not be parsed: {type(exc).__name__}: {exc}") from exc
    if result is None or not (result.text or "").strip():
        # trafilatura found no main content: the page's visible text, a block per line,
        # goes to the plain-text cleaner, whose layout step finds the story if there is one.
        text = visible_text(document.content)
        if not text.strip():
            raise CleanError(
                "no article text found in the HTML page (the extractor found no main content "
                "and the page shows no text; is it a page that needs JavaScript?)"
            )
        return replace(document, kind="text", content=text)
    title = document.title or result.title
    text = result.text
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
        published=document.published or published_time(document.content) or result.date,
    )
