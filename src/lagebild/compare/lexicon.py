"""The comparison lexicon (``compare.toml``) as one typed, cached object."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class Lexicon:
    approximations: Mapping[str, tuple[str, ...]]
    tolerance: Mapping[str, float]
    numerals: Mapping[str, float]
    vague: Mapping[str, tuple[float, float]]
    scales: Mapping[str, float]
    measures: frozenset[str]
    generic: frozenset[str]
    synonyms: Mapping[str, str]
    concepts: Mapping[str, tuple[str, ...]]
    labels: Mapping[str, Mapping[str, str]]
    end: frozenset[str]
    before: frozenset[str]
    weekdays: Mapping[str, int]
    dayparts: Mapping[str, int]
    midnight: frozenset[str]
    shortly_after: tuple[str, ...]
    window: int
    slots: Mapping[str, float]
    place_prepositions: frozenset[str]
    place_concepts: frozenset[str]

    def qualifier(self, before: str) -> str:
        """The approximation kind of the words right before a number ('' for none)."""
        text = " " + " ".join(before.lower().split()[-3:])
        best, length = "", 0
        for kind, phrases in self.approximations.items():
            for phrase in phrases:
                if text.endswith(" " + phrase) and len(phrase) > length:
                    best, length = kind, len(phrase)
        return best


def matches(entry: str, token: str) -> bool:
    """A lexicon entry against one lower-cased token (see compare.toml)."""
    if entry.startswith("*"):
        return entry[1:] in token
    return token.startswith(entry)


def stem(word: str) -> str:
    """A crude German/English stem for comparing unit and head nouns."""
    lower = word.lower().strip(".,;:")
    for suffix in ("en", "n", "e", "s"):
        if len(lower) > 4 and lower.endswith(suffix):
            return lower[: -len(suffix)]
    return lower


def _strings(values: Sequence[Any]) -> tuple[str, ...]:
    return tuple(str(v).lower() for v in values)


@cache
def lexicon() -> Lexicon:
    text = resources.files("lagebild.compare").joinpath("compare.toml").read_text("utf-8")
    data = tomllib.loads(text)
    time = data["time"]
    weekdays = {d: i for i, d in enumerate(time["weekdays"])}
    weekdays.update({d: i for i, d in enumerate(time["weekdays_en"])})
    units = data["units"]
    return Lexicon(
        approximations={k: _strings(v) for k, v in data["approximations"].items()},
        tolerance={k: float(v) for k, v in data["tolerance"].items()},
        numerals={k: float(v) for k, v in data["numerals"]["words"].items()},
        vague={k: (float(v[0]), float(v[1])) for k, v in data["numerals"]["vague"].items()},
        scales={k: float(v) for k, v in data["numerals"]["scales"].items()},
        measures=frozenset(stem(u) for u in units["measures"]),
        generic=frozenset(stem(u) for u in units["generic"]),
        synonyms={k.lower(): v.lower() for k, v in units["synonyms"].items()},
        concepts={k: _strings(v) for k, v in data["concepts"].items()},
        labels={lang: dict(v) for lang, v in data["labels"].items()},
        end=frozenset(_strings(time["end"])),
        before=frozenset(_strings(time["before"])),
        weekdays=weekdays,
        dayparts={k.lower(): int(v) for k, v in time["dayparts"].items()},
        midnight=frozenset(_strings(time["midnight"])),
        shortly_after=_strings(time["shortly_after"]),
        window=int(time["window"]),
        slots={k: float(v) for k, v in data["slots"].items()},
        place_prepositions=frozenset(_strings(data["places"]["prepositions"])),
        place_concepts=frozenset(_strings(data["places"]["concepts"])),
    )


WORD = re.compile(r"\w+", re.UNICODE)
