"""Readers: turn paths (files, directories, ``-`` for stdin) into Documents.

Each format has its own module; ``read_inputs`` dispatches on the file name.
A file that cannot be read becomes a ``Rejection``; reading never raises for
one bad input.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from lagebild.errors import ReadError
from lagebild.ids import document_id
from lagebild.read.decode import decode
from lagebild.read.jsonl import read_jsonl
from lagebild.records import ContentKind, Document, Rejection

__all__ = ["KINDS", "read_bytes", "read_inputs"]

KINDS: dict[str, ContentKind | None] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": None,
    ".ndjson": None,
}


def read_inputs(
    paths: Iterable[str | Path], stdin: BinaryIO | None = None
) -> Iterator[Document | Rejection]:
    """Every document under ``paths``, in order; directories are walked recursively, sorted."""
    for path in paths:
        if str(path) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_bytes(stream.read(), "<stdin>", suffix="")
            continue
        path = Path(path)
        if path.is_dir():
            for file in _walk(path):
                yield from read_file(file)
        else:
            yield from read_file(path)


def read_file(path: Path) -> Iterator[Document | Rejection]:
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        yield Rejection(document_id(origin.encode()), origin, f"cannot read the file: {reason}")
        return
    yield from read_bytes(data, origin, suffix=path.suffix.lower())


def read_bytes(data: bytes, origin: str, suffix: str) -> Iterator[Document | Rejection]:
    """Documents from the bytes of one input; ``suffix`` names the format ('' to sniff)."""
    if suffix in (".jsonl", ".ndjson"):
        yield from read_jsonl(data, origin)
        return
    doc_id = document_id(data)
    if suffix and suffix not in KINDS:
        known = ", ".join(sorted(KINDS))
        yield Rejection(doc_id, origin, f"unknown format {suffix!r}; lagebild reads {known}")
        return
    try:
        content = decode(data)
    except ReadError as exc:
        yield Rejection(doc_id, origin, str(exc))
        return
    kind = KINDS.get(suffix) or _sniff(content)
    if kind is None:
        yield from read_jsonl(data, origin)
        return
    yield Document(id=doc_id, origin=origin, content=content, kind=kind)


def _sniff(content: str) -> ContentKind | None:
    head = content.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head:
        return "html"
    if head.startswith("{"):
        return None
    return "text"


def _walk(root: Path) -> Iterator[Path]:
    """Files below ``root``, sorted, skipping hidden files and folders (names starting with '.')."""
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.is_file():
            yield entry
