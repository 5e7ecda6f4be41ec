"""Reading paths: files by suffix, directories walked, stdin, and every failure kept as a
Rejection with a reason."""

from __future__ import annotations

import io
import json
from pathlib import Path

from lagebild.read import read_bytes, read_inputs
from lagebild.records import Document, Rejection

ARTICLE = "Die Gewerkschaft Verdi hat zu einem Warnstreik aufgerufen.\n"
PAGE = "<!DOCTYPE html>\n<html><head><title>Streik</title></head><body><p>Text</p></body></html>"


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("utf-8"))
    (doc,) = read_inputs([path])
    assert isinstance(doc, Document)
    assert (doc.kind, doc.content, doc.origin) == ("text", ARTICLE, str(path))


def test_suffix_decides_the_kind_and_is_case_insensitive(tmp_path: Path) -> None:
    (tmp_path / "a.HTML").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.md").write_text("<html> im Text ist kein HTML-Dokument", encoding="utf-8")
    first, second = read_inputs([tmp_path / "a.HTML", tmp_path / "b.md"])
    assert isinstance(first, Document)
    assert first.kind == "html"
    assert isinstance(second, Document)
    assert second.kind == "text"


def test_same_bytes_same_id_different_bytes_different_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.txt").write_text(ARTICLE + "Nachtrag.", encoding="utf-8")
    a, b, c = read_inputs([tmp_path])
    assert a.id == b.id != c.id


def test_cp1252_file_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "alt.txt"
    path.write_bytes("„Grüße“ – 5 €\r\nZweite Zeile".encode("cp1252"))
    (doc,) = read_inputs([path])
    assert isinstance(doc, Document)
    assert doc.content == "„Grüße“ – 5 €\nZweite Zeile"


def test_binary_file_is_rejected_with_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bild.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (result,) = read_inputs([path])
    assert isinstance(result, Rejection)
    assert result.origin == str(path)
    assert "binary file" in result.error
    assert "NUL bytes" in result.error


def test_unknown_suffix_is_rejected_naming_the_format(tmp_path: Path) -> None:
    path = tmp_path / "bericht.docx"
    path.write_bytes(b"PK\x03\x04 word/document.xml")
    (result,) = read_inputs([path])
    assert isinstance(result, Rejection)
    assert "unknown format '.docx'" in result.error
    assert ".txt" in result.error
    assert ".jsonl" in result.error


def test_missing_file_is_rejected_not_raised(tmp_path: Path) -> None:
    missing = tmp_path / "fehlt.txt"
    (result,) = read_inputs([missing])
    assert isinstance(result, Rejection)
    assert result.origin == str(missing)
    assert result.error == "cannot read the file: No such file or directory"


def test_directories_are_walked_recursively_sorted_and_hidden_entries_skipped(
    tmp_path: Path,
) -> None:
    for name in ["b.txt", "a.txt", "sub/z.txt", "sub/deeper/c.txt", "c.txt"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Inhalt von {name}", encoding="utf-8")
    (tmp_path / ".versteckt.txt").write_text("versteckt", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text("versteckt", encoding="utf-8")
    (tmp_path / "sub" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    origins = [Path(r.origin).relative_to(tmp_path).as_posix() for r in read_inputs([tmp_path])]
    assert origins == ["a.txt", "b.txt", "c.txt", "sub/deeper/c.txt", "sub/z.txt"]


def test_paths_keep_their_order(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B", encoding="utf-8")
    docs = list(read_inputs([str(tmp_path / "b.txt"), tmp_path / "a.txt"]))
    assert [d.content for d in docs if isinstance(d, Document)] == ["B", "A"]


def test_jsonl_file_gives_one_result_per_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "a", "text": ARTICLE}), "{kaputt", json.dumps({"html": PAGE})]
    path.write_text("\n".join(lines), encoding="utf-8")
    results = list(read_inputs([path]))
    assert [type(r) for r in results] == [Document, Rejection, Document]
    assert [r.origin for r in results] == [f"{path}:1", f"{path}:2", f"{path}:3"]


def test_dash_reads_the_injected_stdin() -> None:
    stdin = io.BytesIO("Grüße von der Standardeingabe.\r\n".encode())
    (doc,) = read_inputs(["-"], stdin=stdin)
    assert isinstance(doc, Document)
    assert doc.origin == "<stdin>"
    assert doc.kind == "text"
    assert doc.content == "Grüße von der Standardeingabe.\n"


def test_stdin_html_is_sniffed() -> None:
    (doc,) = read_inputs(["-"], stdin=io.BytesIO(("  \n" + PAGE).encode()))
    assert isinstance(doc, Document)
    assert doc.kind == "html"


def test_stdin_jsonl_is_sniffed() -> None:
    data = b'{"id": "x1", "text": "Erster."}\n{"id": "x2", "html": "<p>Zweiter.</p>"}\n'
    results = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [(r.id, r.origin) for r in results] == [("x1", "<stdin>:1"), ("x2", "<stdin>:2")]


def test_sniffed_utf16_jsonl_is_read() -> None:
    data = '{"text": "Grüße aus Köln."}\n'.encode("utf-16")
    (doc,) = read_bytes(data, "<stdin>", suffix="")
    assert isinstance(doc, Document)
    assert doc.content == "Grüße aus Köln."


def test_suffixless_content_is_sniffed() -> None:
    (html,) = read_bytes(b"<html lang='de'><body><p>x</p></body></html>", "a", suffix="")
    (fragment,) = read_bytes(b"<div>Kopf</div><body><p>x</p></body>", "b", suffix="")
    (xhtml,) = read_bytes(b'<?xml version="1.0"?><html><body/></html>', "c", suffix="")
    (text,) = read_bytes("Nur ein Text über <html>-Tags.".encode(), "d", suffix="")
    assert [d.kind for d in (html, fragment, xhtml, text) if isinstance(d, Document)] == [
        "html",
        "html",
        "html",
        "text",
    ]
