"""Bytes to text: the encodings scraped German news arrives in, and binary refused."""

from __future__ import annotations

import codecs

import pytest

from lagebild.errors import ReadError
from lagebild.read.decode import decode

GREETING = "„Grüße“ – 5 €"


def test_utf8_without_bom() -> None:
    assert decode(GREETING.encode("utf-8")) == GREETING


def test_utf8_bom_is_dropped() -> None:
    assert decode(codecs.BOM_UTF8 + GREETING.encode("utf-8")) == GREETING


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(encoding: str) -> None:
    bom = codecs.BOM_UTF16_LE if encoding == "utf-16-le" else codecs.BOM_UTF16_BE
    assert decode(bom + GREETING.encode(encoding)) == GREETING


def test_cp1252_bytes_keep_german_quotes_dash_and_euro() -> None:
    data = GREETING.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the fallback is really exercised
    assert decode(data) == GREETING


def test_crlf_and_lone_cr_become_lf() -> None:
    assert decode(b"Erste Zeile\r\nZweite Zeile\rDritte Zeile\n") == (
        "Erste Zeile\nZweite Zeile\nDritte Zeile\n"
    )


def test_crlf_in_utf16_becomes_lf() -> None:
    assert decode("a\r\nb".encode("utf-16")) == "a\nb"


def test_nul_bytes_are_rejected_as_binary() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
    with pytest.raises(ReadError, match=r"binary file .*NUL bytes"):
        decode(png)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(encoding: str) -> None:
    text = "Die Ministerin sagte am Dienstag: „Grüße aus Dresden.“"
    assert decode(text.encode(encoding)) == text


def test_declared_charset_is_used_when_utf8_fails() -> None:
    page = '<html><head><meta charset="iso-8859-2"></head><body>Łódź, Kraków</body></html>'
    assert "Łódź, Kraków" in decode(page.encode("iso-8859-2"))


def test_declared_latin1_is_read_as_windows_1252() -> None:
    page = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">„Grüße“ €'
    assert decode(page.encode("cp1252")).endswith("„Grüße“ €")
