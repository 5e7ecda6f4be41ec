"""JSON Lines input: one article per line; a bad line is rejected, the others are read."""

from __future__ import annotations

import codecs
import json

from lagebild.read.jsonl import read_jsonl
from lagebild.records import Document, Rejection


def _line(**fields: object) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def test_good_lines_become_documents_with_their_metadata() -> None:
    data = b"\n".join(
        [
            _line(
                text="Der Warnstreik hat begonnen.",
                title="Warnstreik",
                source="Rheinpfalz",
                url="https://example.org/a",
                published="2024-02-14",
                language="de",
            ),
            _line(html="<p>Der Streik ist vorbei.</p>"),
        ]
    )
    first, second = read_jsonl(data, "feed.jsonl")
    assert first == Document(
        id=first.id,
        origin="feed.jsonl:1",
        content="Der Warnstreik hat begonnen.",
        kind="text",
        title="Warnstreik",
        source="Rheinpfalz",
        url="https://example.org/a",
        published="2024-02-14",
        language="de",
    )
    assert isinstance(second, Document)
    assert second.kind == "html"
    assert second.content == "<p>Der Streik ist vorbei.</p>"
    assert second.origin == "feed.jsonl:2"
    assert first.id != second.id


def test_ids_are_stable_per_line() -> None:
    data = _line(text="Der Warnstreik hat begonnen.")
    assert [d.id for d in read_jsonl(data, "a.jsonl")] == [d.id for d in read_jsonl(data, "b")]


def test_given_id_is_used() -> None:
    data = (
        _line(id="rp-4711", text="Der Warnstreik hat begonnen.")
        + b"\n"
        + _line(id=17, text="Noch ein Artikel.")
    )
    assert [d.id for d in read_jsonl(data, "feed.jsonl")] == ["rp-4711", "17"]


def test_invalid_json_line_is_rejected_with_its_number_and_others_still_read() -> None:
    data = b"\n".join(
        [_line(text="Erster Artikel."), b'{"text": "kaputt', b"", _line(text="Dritter Artikel.")]
    )
    results = list(read_jsonl(data, "feed.jsonl"))
    assert [type(r) for r in results] == [Document, Rejection, Document]
    bad = results[1]
    assert isinstance(bad, Rejection)
    assert bad.origin == "feed.jsonl:2"
    assert bad.error.startswith("line 2 is not valid JSON")
    # the blank line is skipped but still counted
    assert results[2].origin == "feed.jsonl:4"


def test_missing_text_and_html_is_rejected() -> None:
    (result,) = read_jsonl(_line(title="Nur ein Titel", text="   "), "feed.jsonl")
    assert isinstance(result, Rejection)
    assert result.origin == "feed.jsonl:1"
    assert "no non-empty 'text' or 'html' field" in result.error


def test_text_that_is_not_a_string_is_rejected() -> None:
    (result,) = read_jsonl(_line(text=42), "feed.jsonl")
    assert isinstance(result, Rejection)
    assert "'text' or 'html'" in result.error


def test_non_string_metadata_field_is_rejected_naming_the_field() -> None:
    (result,) = read_jsonl(_line(text="Ein Artikel.", published=20240214), "feed.jsonl")
    assert isinstance(result, Rejection)
    assert result.error == "field 'published' must be a string, not 20240214"


def test_a_line_that_is_not_an_object_is_rejected() -> None:
    (result,) = read_jsonl(b'["Ein Artikel."]', "feed.jsonl")
    assert isinstance(result, Rejection)
    assert "expected a JSON object" in result.error


def test_crlf_lines_and_crlf_inside_text() -> None:
    data = _line(text="Zeile eins\r\nZeile zwei") + b"\r\n" + _line(text="Zweiter Artikel.")
    first, second = read_jsonl(data, "feed.jsonl")
    assert isinstance(first, Document)
    assert first.content == "Zeile eins\nZeile zwei"
    assert isinstance(second, Document)
    assert second.origin == "feed.jsonl:2"


def test_utf8_bom_on_the_first_line() -> None:
    (result,) = read_jsonl(codecs.BOM_UTF8 + _line(text="Grüße aus Köln."), "feed.jsonl")
    assert isinstance(result, Document)
    assert result.content == "Grüße aus Köln."


def test_utf16_file_with_bom_is_read() -> None:
    # Windows PowerShell's ">" writes UTF-16 with a BOM.
    text = '{"text": "Grüße aus Köln."}\r\n{"text": "Zweiter Artikel."}\r\n'
    results = list(read_jsonl(text.encode("utf-16"), "feed.jsonl"))
    assert [r.content for r in results if isinstance(r, Document)] == [
        "Grüße aus Köln.",
        "Zweiter Artikel.",
    ]
    assert len(results) == 2
