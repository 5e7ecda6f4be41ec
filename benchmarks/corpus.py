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


def _written_article(item: dict[str, Any], article_id: str, origin: str, config: Config) -> Article:
    """An article as written; with ``raw = true`` its text still carries the page's header,
    credit and footer lines and goes through the cleaner like any input."""
    if item.get("raw", False):
        document = Document(
            article_id,
            origin,
            item["text"].strip(),
            "text",
            title=item["title"],
            source=item["source"],
            published=item["published"],
            language=item.get("language", "de"),
        )
        return clean(document, config.clean)
    return Article(
        article_id,
        origin,
        item["text"].strip(),
        item["title"],
        item["source"],
        None,
        item["published"],
        item.get("language", "de"),
    )


def _written(config: Config, folder: str = "stories") -> list[BenchStory]:
    stories = []
    for path in sorted((DATA / folder).glob("*.toml")):
        entry = tomllib.loads(path.read_text("utf-8"))
        analyses = {}
        for item in entry["articles"]:
            article_id = f"{entry['id']}-{item['id']}"
            article = _written_article(item, article_id, f"{path.name}:{item['id']}", config)
            analyses[article_id] = analyze(article)
        names = {item["id"]: f"{entry['id']}-{item['id']}" for item in entry["articles"]}
        in_time_order = sorted(analyses.values(), key=lambda a: a.article.published or "9999")
        duplicates = find_duplicates([a.article for a in in_time_order], config.dedupe)
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


def load_stories(config: Config | None = None) -> list[BenchStory]:
    """The examples and the written stories (the data the comparison rules were tuned on)."""
    config = config or Config.load()
    return _examples(config) + _written(config)


def load_heldout(config: Config | None = None) -> list[BenchStory]:
    """Stories written after tuning and never used for it (data/heldout/)."""
    return _written(config or Config.load(), "heldout")


def load_unseen(config: Config | None = None) -> list[BenchStory]:
    """Stories written before the last change to the comparison rules and not used to tune
    them (data/unseen/)."""
    return _written(config or Config.load(), "unseen")


# The blind rounds, in the order they were written (data/<round>/).
ROUNDS = (
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind34",
    "blind35",
    "blind36",
    "blind37",
)


def load_blind(
    config: Config | None = None, kind: str = "conflicts", round_: str = "blind"
) -> list[BenchStory]:
    """Stories written before a round of changes and run through them once, at its end:
    ``data/<round>/conflicts/`` for the comparison rules, ``data/<round>/summary/`` for the
    summarizer. Rounds: ``blind`` (first), ``blind2`` (second, written after the first was
    run and looked at), ``blind3`` to ``blind37`` (likewise after the one before; the tenth
    and eleventh have conflict stories only)."""
    return _written(config or Config.load(), f"{round_}/{kind}")
