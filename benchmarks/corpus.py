"""The benchmark stories: the bundled examples/ with their gold (data/examples.toml) and the
stories written for the benchmarks (data/stories/*.toml), analysed and ready to brief.

Gold per story: nuggets (facts an editor would put in a summary; each a list of term
groups, a group matched when any of its variants occurs), planted conflicts and compatible
variations (each side a value and the articles giving it).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagebild.analyze import analyze
from lagebild.clean import clean
from lagebild.config import Config
from lagebild.group.dedupe import find_duplicates
from lagebild.read import read_inputs
from lagebild.records import Analysis, Article, Document, Story

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@dataclass
class BenchStory:
    id: str
    analyses: dict[str, Analysis]  # by article id
    names: dict[str, str]  # gold article name -> article id
    duplicates: dict[str, str]
    nuggets: list[list[list[str]]]
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    compatible: list[dict[str, Any]] = field(default_factory=list)

    @property
    def story(self) -> Story:
        ordered = sorted(self.analyses.values(), key=lambda a: a.article.published or "9999")
        return Story(self.id, tuple(a.article.id for a in ordered))


def _examples(config: Config) -> list[BenchStory]:
    gold = tomllib.loads((DATA / "examples.toml").read_text("utf-8"))
    documents = [d for d in read_inputs([ROOT / "examples"]) if isinstance(d, Document)]
    by_name = {Path(d.origin).name: d for d in documents}
    stories = []
    for entry in gold["stories"]:
        analyses = {}
        names = {}
        for name in entry["files"]:
            analysis = analyze(clean(by_name[name], config.clean))
            analyses[analysis.article.id] = analysis
            names[name] = analysis.article.id
        duplicates = find_duplicates([a.article for a in analyses.values()], config.dedupe)
        stories.append(
            BenchStory(
                entry["id"],
                analyses,
                names,
                duplicates,
                entry["nuggets"],
                entry.get("conflicts", []),
                entry.get("compatible", []),
            )
        )
    return stories


def _written(folder: str = "stories") -> list[BenchStory]:
    stories = []
    for path in sorted((DATA / folder).glob("*.toml")):
        entry = tomllib.loads(path.read_text("utf-8"))
        analyses = {}
        for item in entry["articles"]:
            article_id = f"{entry['id']}-{item['id']}"
            article = Article(
                article_id,
                f"{path.name}:{item['id']}",
                item["text"].strip(),
                item["title"],
                item["source"],
                None,
                item["published"],
                item.get("language", "de"),
            )
            analyses[article_id] = analyze(article)
        names = {item["id"]: f"{entry['id']}-{item['id']}" for item in entry["articles"]}
        stories.append(
            BenchStory(
                entry["id"],
                analyses,
                names,
                {},
                entry["nuggets"],
                entry.get("conflicts", []),
                entry.get("compatible", []),
            )
        )
    return stories


def load_stories(config: Config | None = None) -> list[BenchStory]:
    """The examples and the written stories (the data the comparison rules were tuned on)."""
    return _examples(config or Config.load()) + _written()


def load_heldout() -> list[BenchStory]:
    """Stories written after tuning and never used for it (data/heldout/)."""
    return _written("heldout")
