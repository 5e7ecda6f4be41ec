"""One Config object: packaged defaults (``defaults.toml``), overridden by a user's TOML file."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any, Self, TypeVar

from lagebild.errors import ConfigError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class CleanConfig:
    min_body_chars: int
    template_min_articles: int = 3


@dataclass(frozen=True, slots=True)
class DedupeConfig:
    shingle_size: int
    num_perm: int
    threshold: float
    derived_threshold: float = 0.3


@dataclass(frozen=True, slots=True)
class ClusterConfig:
    threshold: float
    window_days: float
    merge_threshold: float = 0.3
    dense: str = "auto"


@dataclass(frozen=True, slots=True)
class SummaryConfig:
    words: int
    max_sentence_words: int
    support_similarity: float
    llm_url: str = ""
    llm_model: str = "llama3.1"
    llm_timeout: float = 120.0


@dataclass(frozen=True, slots=True)
class Config:
    """All settings of a run. Build it with ``Config.load()``; change it with ``replace``."""

    clean: CleanConfig
    dedupe: DedupeConfig
    cluster: ClusterConfig
    summary: SummaryConfig
    strict: bool = False

    @classmethod
    def load(cls, path: Path | None = None) -> Self:
        """The packaged defaults, with the values of the TOML file at ``path`` on top."""
        data = tomllib.loads(resources.files("lagebild").joinpath("defaults.toml").read_text())
        if path is not None:
            try:
                user = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"{path}: cannot read the configuration: {exc}") from exc
            data = _merge(data, user, str(path))
        return cls(
            clean=_section(CleanConfig, data, "clean"),
            dedupe=_section(DedupeConfig, data, "dedupe"),
            cluster=_section(ClusterConfig, data, "cluster"),
            summary=_section(SummaryConfig, data, "summary"),
        )

    def with_summary_words(self, words: int) -> Config:
        return replace(self, summary=replace(self.summary, words=words))


def _merge(base: dict[str, Any], user: dict[str, Any], where: str) -> dict[str, Any]:
    merged = {name: dict(values) for name, values in base.items()}
    for name, values in user.items():
        if name not in merged or not isinstance(values, dict):
            raise ConfigError(f"{where}: unknown section [{name}]; known: {', '.join(merged)}")
        for key, value in values.items():
            if key not in merged[name]:
                known = ", ".join(merged[name])
                raise ConfigError(f"{where}: unknown key {key!r} in [{name}]; known: {known}")
            if type(value) is not type(merged[name][key]) and not (
                isinstance(value, int) and isinstance(merged[name][key], float)
            ):
                expected = type(merged[name][key]).__name__
                raise ConfigError(f"{where}: [{name}] {key} must be a {expected}, not {value!r}")
            merged[name][key] = value
    return merged


def _section(kind: type[T], data: dict[str, Any], name: str) -> T:
    values = data[name]
    return kind(**{f.name: values[f.name] for f in fields(kind)})  # type: ignore[arg-type]
