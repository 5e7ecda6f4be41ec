"""The composition of the stages, in one place.

    read -> clean -> analyze -> (time order) -> dedupe -> cluster -> summarize

Error policy: a document that fails in any per-document stage is kept as a
rejected outcome with the reason, and the run goes on. Expected failures
(``DocumentError``) carry a message written for the user; anything else is a
bug in lagebild and is recorded as such, naming the stage. Every input ends up
in exactly one outcome, in input order.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, TypeVar

from lagebild.analyze import analyze, save_caches
from lagebild.clean import clean, remove_templates
from lagebild.config import Config
from lagebild.errors import DocumentError
from lagebild.group.cluster import cluster
from lagebild.group.dedupe import Links, link_copies
from lagebild.read import read_inputs
from lagebild.records import Analysis, Document, Outcome, Rejection, Report
from lagebild.summarize import build_briefing
from lagebild.timekey import parse_published

__all__ = ["Progress", "brief", "run"]

# Called as progress(stage, done, total) while the pipeline works.
Progress = Callable[[str, int, int], None]
T = TypeVar("T")
R = TypeVar("R")


def brief(
    paths: Iterable[str | Path],
    config: Config | None = None,
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
) -> Report:
    """Read every document under ``paths`` and brief the stories they tell."""
    return run(read_inputs(paths, stdin=stdin), config or Config.load(), progress=progress)


def run(
    inputs: Iterable[Document | Rejection], config: Config, progress: Progress | None = None
) -> Report:
    """Run the stages over already-read inputs."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    items = _unique_ids(list(inputs))
    timings["read"] = time.perf_counter() - started

    rejected: dict[str, str] = {i.id: i.error for i in items if isinstance(i, Rejection)}
    documents = [i for i in items if isinstance(i, Document)]
    articles = _per_document(
        "clean", documents, lambda d: clean(d, config.clean), rejected, timings, progress
    )
    articles = remove_templates(articles, config.clean)
    analyses = _per_document("analyze", articles, analyze, rejected, timings, progress)
    save_caches()

    started = time.perf_counter()
    position = {item.id: n for n, item in enumerate(items)}
    ordered = sorted(analyses, key=lambda a: (_time_key(a), position[a.article.id]))
    links = link_copies([a.article for a in ordered], config.dedupe)
    duplicates = links.duplicates
    timings["dedupe"] = time.perf_counter() - started

    started = time.perf_counter()
    stories = cluster(ordered, duplicates, config.cluster)
    timings["cluster"] = time.perf_counter() - started

    started = time.perf_counter()
    by_id = {a.article.id: a for a in analyses}
    briefings = [build_briefing(s, by_id, duplicates, config.summary) for s in stories]
    briefings.sort(key=lambda b: (-b.independent_sources, -len(b.article_ids)))
    timings["summarize"] = time.perf_counter() - started

    return Report(
        outcomes=tuple(_outcome(item, by_id, links, rejected) for item in items),
        briefings=tuple(briefings),
        timings=timings,
    )


def _per_document(
    stage: str,
    inputs: Sequence[T],
    function: Callable[[T], R],
    rejected: dict[str, str],
    timings: dict[str, float],
    progress: Progress | None,
) -> list[R]:
    """Apply one stage to each input; a failure rejects that input and the run goes on."""
    started = time.perf_counter()
    results: list[R] = []
    for done, item in enumerate(inputs, start=1):
        item_id: str = getattr(item, "id")  # noqa: B009 - Documents and Articles both have ids
        try:
            results.append(function(item))
        except DocumentError as exc:
            rejected[item_id] = str(exc)
        except Exception as exc:  # a bug must not sink the batch; it is reported per document
            rejected[item_id] = (
                f"internal error in the {stage} stage ({type(exc).__name__}: {exc}); "
                "please report this with the input"
            )
        if progress is not None:
            progress(stage, done, len(inputs))
    timings[stage] = time.perf_counter() - started
    return results


def _unique_ids(items: list[Document | Rejection]) -> list[Document | Rejection]:
    """Identical inputs share a content id; later ones get a suffix so every id is unique."""
    seen: dict[str, int] = {}
    unique: list[Document | Rejection] = []
    for item in items:
        count = seen.get(item.id, 0)
        seen[item.id] = count + 1
        if count:
            item = replace(item, id=f"{item.id}-{count + 1}")
        unique.append(item)
    return unique


def _time_key(analysis: Analysis) -> datetime:
    return parse_published(analysis.article.published) or datetime.max


def _outcome(
    item: Document | Rejection,
    analyses: dict[str, Analysis],
    links: Links,
    rejected: dict[str, str],
) -> Outcome:
    if item.id in rejected:
        return Outcome(item.id, item.origin, "rejected", error=rejected[item.id])
    article = analyses[item.id].article
    if item.id in links.duplicates:
        original = links.duplicates[item.id]
        return Outcome(item.id, item.origin, "duplicate", article, duplicate_of=original)
    return Outcome(item.id, item.origin, "ok", article, derived_from=links.derived.get(item.id, ()))
