"""JSON Lines: one article per line with ``text`` or ``html``.

Optional fields: ``id``, ``title``, ``source``, ``url``, ``published``, ``language``.
A bad line becomes a Rejection naming the line; the other lines are read.
The lines are UTF-8 (a BOM is allowed); a file with a UTF-16 BOM, as Windows
PowerShell writes, is converted to UTF-8 first.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any

from lagebild.ids import document_id
from lagebild.records import Document, Rejection

_OPTIONAL = ("title", "source", "url", "published", "language")


def read_jsonl(data: bytes, origin: str) -> Iterator[Document | Rejection]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = data.decode("utf-16", errors="replace").encode("utf-8")
    for number, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            continue
        where = f"{origin}:{number}"
        line_id = document_id(raw)
        try:
            record = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield Rejection(line_id, where, f"line {number} is not valid JSON: {exc}")
            continue
        yield _document(record, where, line_id)


def _document(record: Any, where: str, line_id: str) -> Document | Rejection:
    if not isinstance(record, dict):
        return Rejection(line_id, where, "expected a JSON object with a 'text' or 'html' field")
    text, html = record.get("text"), record.get("html")
    content = text if isinstance(text, str) and text.strip() else html
    if not isinstance(content, str) or not content.strip():
        return Rejection(line_id, where, "the object has no non-empty 'text' or 'html' field")
    meta: dict[str, str | None] = {}
    for key in _OPTIONAL:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return Rejection(line_id, where, f"field {key!r} must be a string, not {value!r}")
        meta[key] = value
    given_id = record.get("id")
    doc_id = str(given_id) if isinstance(given_id, str | int) and str(given_id) else line_id
    return Document(
        id=doc_id,
        origin=where,
        content=content.replace("\r\n", "\n"),
        kind="text" if content is text else "html",
        title=meta["title"],
        source=meta["source"],
        url=meta["url"],
        published=meta["published"],
        language=meta["language"],
    )
