"""Bytes to text: UTF-8 (with or without BOM), UTF-16, a declared charset, else Windows-1252."""

from __future__ import annotations

import codecs
import re

from lagebild.errors import ReadError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# <meta charset="iso-8859-2">, <meta … content="text/html; charset=…">, <?xml encoding=…?>
_DECLARED = re.compile(
    rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)


def decode(data: bytes) -> str:
    """Decode an input file; raise ReadError for binary data.

    Text without a byte-order mark is tried as UTF-8 first, then as UTF-16 when
    every other byte is NUL. What is not valid UTF-8 is read in the charset an HTML
    or XML page declares, else as Windows-1252, the superset of Latin-1 that German
    Windows tools write (it has „“ and €, which Latin-1 lacks).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _normalise_newlines(data.decode(encoding, errors="replace"))
    head = data[:4096]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16 is None:
            raise ReadError(
                "this looks like a binary file (it contains NUL bytes), not text or HTML"
            )
        return _normalise_newlines(data.decode(utf16, errors="replace"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode(_declared(head) or "cp1252", errors="replace")
    return _normalise_newlines(text)


def _utf16_without_bom(head: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when the NULs are the high bytes of mostly-ASCII text."""
    even, odd = head[0::2], head[1::2]
    if len(head) >= 4 and odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if len(head) >= 4 and even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _declared(head: bytes) -> str | None:
    """The charset the page declares, if Python knows it (and it is not UTF-8, which failed)."""
    match = _DECLARED.search(head)
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    # Latin-1 pages are Windows-1252 in practice (browsers read them so): „“ and € survive.
    return None if name in ("utf-8", "iso8859-1", "ascii") else name


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
