"""Slow answers about words, kept on disk so each is computed once per machine.

HanTa needs about a millisecond per new word form (much more for long
compounds), and simplemma loads a whole dictionary before its first answer;
news vocabulary repeats, so remembering the answers (``DiskMemo``) makes the
second and later runs fast. The gazetteers (``gazetteer``) are kept the same
way. Each cache is a JSON file under ``$LAGEBILD_CACHE_DIR`` (default
``~/.cache/lagebild``) whose name carries the version of the package that
answered; ``LAGEBILD_CACHE_DIR=off`` disables them. A damaged or unwritable
cache is ignored: it only ever costs speed, never results.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

V = TypeVar("V")
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


class DiskMemo(Generic[V]):
    """A slow function of a string, remembered per machine in one JSON file of the cache.

    ``decode`` turns a stored JSON value back into a result and raises on a bad one;
    a file that does not decode is ignored as a whole.
    """

    def __init__(self, name: str, compute: Callable[[str], V], decode: Callable[[Any], V]):
        self.path = cache_file(name)
        self.compute = compute
        raw = read_json(self.path)
        try:
            self.entries: dict[str, V] = {str(k): decode(v) for k, v in raw.items()}
        except (TypeError, ValueError, IndexError, AttributeError):
            self.entries = {}
        self.added = 0

    def get(self, key: str) -> V:
        found = self.entries.get(key)
        if found is None:
            found = self.entries[key] = self.compute(key)
            self.added += 1
        return found

    def flush(self) -> None:
        if self.added:
            write_json(self.path, self.entries)
            self.added = 0
