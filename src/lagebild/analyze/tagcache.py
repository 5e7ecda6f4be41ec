"""A cache of HanTa analyses on disk, so a word form is analysed once per machine
(the gazetteers, ``gazetteer``, are kept the same way).

HanTa needs about a millisecond per new word form (much more for long
compounds); news vocabulary repeats, so remembering the analyses makes the
second and later runs fast. The cache is a JSON file under
``$LAGEBILD_CACHE_DIR`` (default ``~/.cache/lagebild``), keyed by the HanTa
version; ``LAGEBILD_CACHE_DIR=off`` disables it. A damaged or unwritable cache
is ignored: it only ever costs speed, never results.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

ENV = "LAGEBILD_CACHE_DIR"


def cache_file(name: str) -> Path | None:
    where = os.environ.get(ENV)
    if where == "off":
        return None
    base = Path(where) if where else Path.home() / ".cache" / "lagebild"
    return base / name


def read_json(path: Path | None) -> Any:
    """The JSON in ``path``, or None when there is none or it cannot be read."""
    if path is None:
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path | None, data: Any) -> None:
    """Write atomically (a temporary file renamed), so readers never see half a file."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
        ) as handle:
            json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
        Path(handle.name).replace(path)
    except OSError:
        return


def load(path: Path | None) -> dict[str, tuple[str, str]]:
    raw = read_json(path)
    try:
        return {form: (str(pair[0]), str(pair[1])) for form, pair in raw.items()}
    except (TypeError, IndexError, AttributeError):
        return {}


def save(path: Path | None, entries: dict[str, tuple[str, str]]) -> None:
    write_json(path, entries)
