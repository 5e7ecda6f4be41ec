"""A cache of HanTa analyses on disk, so a word form is analysed once per machine.

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

ENV = "LAGEBILD_CACHE_DIR"


def cache_file(name: str) -> Path | None:
    where = os.environ.get(ENV)
    if where == "off":
        return None
    base = Path(where) if where else Path.home() / ".cache" / "lagebild"
    return base / name


def load(path: Path | None) -> dict[str, tuple[str, str]]:
    if path is None:
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {form: (str(pair[0]), str(pair[1])) for form, pair in raw.items()}
    except (OSError, ValueError, TypeError, IndexError, AttributeError):
        return {}


def save(path: Path | None, entries: dict[str, tuple[str, str]]) -> None:
    """Write atomically (a temporary file renamed), so readers never see half a file."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
        ) as handle:
            json.dump(entries, handle, ensure_ascii=False, separators=(",", ":"))
        Path(handle.name).replace(path)
    except OSError:
        return
