"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""

from __future__ import annotations

import codecs

from lagebild.errors import ReadError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> str:
    """Decode an input file; raise ReadError for binary data.

    Text without a byte-order mark is tried as UTF-8 first; what is not valid
    UTF-8 is read as Windows-1252, the superset of Latin-1 that German Windows
    tools write (it has „“ and €, which Latin-1 lacks).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _normalise_newlines(data.decode(encoding, errors="replace"))
    if b"\x00" in data[:4096]:
        raise ReadError("this looks like a binary file (it contains NUL bytes), not text or HTML")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return _normalise_newlines(text)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
