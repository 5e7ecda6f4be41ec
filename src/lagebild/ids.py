"""Stable ids: the same input bytes give the same article id in every run."""

from __future__ import annotations

import hashlib


def document_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


def story_id(founding_article_id: str) -> str:
    """A story keeps the id of the article that opened it, so the id survives growth."""
    return f"s-{founding_article_id}"
