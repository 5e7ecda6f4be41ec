"""Incremental story clustering: articles in publication order join a story or open one.

    add(article) ─▶ index lookup (entities, numbers, dates, rarest words; dense)
                 ─▶ score the few candidate open stories (similarity.py)
                 ─▶ join the best at or above the threshold, or open a story
                 ─▶ merge other candidates that turn out to be the same story
                 ─▶ close stories whose newest article left the time window

A story is kept as sums of its members' profiles, so its centre follows it as
it grows. Its id is that of its founding article; when two stories merge, the
older id survives and the other is remembered as an alias. Closed stories keep
only their members. The whole state is plain data (``to_dict``/``from_dict``),
so a one-shot run and a long-running stream go through the same code.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from lagebild.config import ClusterConfig
from lagebild.group.features import Profile
from lagebild.group.idf import DocumentFrequency
from lagebild.group.similarity import Norms, compare, norms
from lagebild.ids import story_id

WORDS_KEPT = 300  # a story keeps its most frequent words per language (pruned at twice that)
NORMS_STALE = 1.05  # a story's cached norms are recomputed when the stream grew by 5 %
RARE_WORDS = 8  # an article is looked up by its rarest words ...
POSTING_LIMIT = 400  # ... skipping keys shared by so many open stories that they tell nothing
CANDIDATES = 12  # open stories scored in full per article


@dataclass
class _Story:
    id: str
    seq: int
    members: list[str]
    words: dict[str, dict[str, float]] = field(default_factory=dict)  # per language
    entities: dict[str, float] = field(default_factory=dict)
    numbers: dict[str, float] = field(default_factory=dict)
    dates: dict[str, float] = field(default_factory=dict)
    newest: datetime | None = None
    dense: np.ndarray | None = None
    languages: dict[str, int] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)
    open: bool = True
    cached: dict[str, Profile] = field(default_factory=dict)
    norms: dict[str, tuple[int, Norms]] = field(default_factory=dict)

    def profile(self, language: str | None = None) -> Profile:
        """The story's centre as seen by an article in ``language``.

        Words are kept per language: a German article is compared with the
        German words of a story that also holds English reports, not with a
        mixture. Names, numbers and dates are shared by all languages.
        """
        if language not in self.words:
            language = max(self.languages, key=self.languages.__getitem__, default="")
        cached = self.cached.get(language)
        if cached is None:
            size = float(sum(self.languages.values()))
            words = self.words.get(language, {})
            in_language = float(self.languages.get(language, 1))
            cached = Profile(
                {k: v / in_language for k, v in words.items()},
                {k: v / size for k, v in self.entities.items()},
                {k: v / size for k, v in self.numbers.items()},
                {k: v / size for k, v in self.dates.items()},
                self.newest,
                language,
            )
            self.cached[language] = cached
        return cached

    def profile_norms(self, language: str, frequency: DocumentFrequency) -> Norms:
        """The norms of ``profile(language)``, cached while the IDF has barely moved."""
        known = self.norms.get(language)
        if known is None or frequency.documents > known[0] * NORMS_STALE:
            known = (frequency.documents, norms(self.profile(language), frequency))
            self.norms[language] = known
        return known[1]

    def absorb(self, profile: Profile, dense: np.ndarray | None) -> None:
        words = self.words.setdefault(profile.language, {})
        for mine, theirs in (
            (words, profile.words),
            (self.entities, profile.entities),
            (self.numbers, profile.numbers),
            (self.dates, profile.dates),
        ):
            for key, value in theirs.items():
                mine[key] = mine.get(key, 0.0) + value
        if profile.published and (self.newest is None or profile.published > self.newest):
            self.newest = profile.published
        if dense is not None:
            self.dense = dense.copy() if self.dense is None else self.dense + dense
        self.languages[profile.language] = self.languages.get(profile.language, 0) + 1
        if len(words) > 2 * WORDS_KEPT:
            kept = heapq.nlargest(WORDS_KEPT, words.items(), key=lambda item: item[1])
            self.words[profile.language] = dict(kept)
        self.cached, self.norms = {}, {}

    def centre(self) -> np.ndarray | None:
        if self.dense is None:
            return None
        norm = float(np.linalg.norm(self.dense))
        return self.dense / norm if norm else None


class StoryStream:
    """The clustering state; feed it articles in publication order."""

    def __init__(self, config: ClusterConfig) -> None:
        self.threshold = config.threshold
        self.merge_threshold = config.merge_threshold
        self.window = timedelta(days=config.window_days)
        self.frequency = DocumentFrequency()
        self.stories: dict[str, _Story] = {}
        self.aliases: dict[str, str] = {}  # merged story id -> the id it lives on as
        self.clock: datetime | None = None
        self._postings: dict[str, set[str]] = {}
        self._closing: list[tuple[datetime, int, str]] = []
        self._home: dict[str, str] = {}

    # -- feeding ---------------------------------------------------------------------------

    def observe(self, profile: Profile) -> None:
        """Count an article's terms in the document frequencies (before or on ``add``)."""
        self.frequency.observe(_all_keys(profile))

    def add(
        self,
        article_id: str,
        profile: Profile,
        dense: np.ndarray | None = None,
        *,
        observed: bool = False,
    ) -> str:
        """Put one article into a story and return that story's id."""
        if not observed:
            self.observe(profile)
        if profile.published and (self.clock is None or profile.published > self.clock):
            self.clock = profile.published
            self._close_stale()
        keys = self._index_keys(profile)
        scored = []
        for story in self._candidates(keys, dense):
            if (
                profile.published
                and story.newest
                and profile.published - story.newest > self.window
            ):
                continue
            centre = story.centre()
            cosine = float(centre @ dense) if dense is not None and centre is not None else None
            centre_profile = story.profile(profile.language)
            centre_norms = story.profile_norms(centre_profile.language, self.frequency)
            evidence = compare(profile, centre_profile, self.frequency, cosine, centre_norms)
            similarity = evidence.similarity
            if similarity >= self.threshold:
                scored.append((similarity, -story.seq, story))
        scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
        if scored:
            home = scored[0][2]
            for _, _, other in scored[1:]:
                if other.id in self.stories and self._same_story(home, other):
                    home = self._merge(home, other)
        else:
            home = _Story(story_id(article_id), len(self.stories) + len(self.aliases), [])
            self.stories[home.id] = home
        home.members.append(article_id)
        home.absorb(profile, dense)
        self._home[article_id] = home.id
        self._index(home, keys)
        if home.newest is not None:
            heapq.heappush(self._closing, (home.newest, home.seq, home.id))
        return home.id

    def story_of(self, article_id: str) -> str:
        story = self._home[article_id]
        while story in self.aliases:
            story = self.aliases[story]
        return story

    def groups(self) -> list[tuple[str, list[str]]]:
        """(story id, member ids in arrival order) for every story, in order of founding."""
        ordered = sorted(self.stories.values(), key=lambda s: s.seq)
        return [(s.id, list(s.members)) for s in ordered]

    def open_stories(self) -> int:
        return sum(1 for s in self.stories.values() if s.open)

    # -- inside ----------------------------------------------------------------------------

    def _index_keys(self, profile: Profile) -> set[str]:
        idf = self.frequency.idf
        rare = sorted(profile.words, key=lambda w: (-idf(w), w))[:RARE_WORDS]
        return {*profile.entities, *profile.numbers, *profile.dates, *rare}

    def _candidates(self, keys: set[str], dense: np.ndarray | None) -> list[_Story]:
        idf = self.frequency.idf
        votes: dict[str, float] = {}
        for key in keys:
            posting = self._postings.get(key)
            if posting and len(posting) <= POSTING_LIMIT:
                weight = idf(key)
                for story in posting:
                    votes[story] = votes.get(story, 0.0) + weight
        ranked = sorted(votes, key=lambda s: (-votes[s], self.stories[s].seq))[:CANDIDATES]
        if dense is not None:
            ranked += [s for s in self._dense_nearest(dense) if s not in votes]
        return [self.stories[s] for s in ranked]

    def _dense_nearest(self, dense: np.ndarray, count: int = 4) -> list[str]:
        """The open stories nearest in dense space (open stories are bounded by the window)."""
        ids = [s.id for s in self.stories.values() if s.open and s.dense is not None]
        if not ids:
            return []
        centres = np.vstack([self.stories[s].dense for s in ids])  # type: ignore[misc]
        centres /= np.linalg.norm(centres, axis=1, keepdims=True)
        order = np.argsort(-(centres @ dense), kind="stable")[:count]
        return [ids[int(i)] for i in order]

    def _same_story(self, a: _Story, b: _Story) -> bool:
        ca, cb = a.centre(), b.centre()
        cosine = float(ca @ cb) if ca is not None and cb is not None else None
        evidence = compare(a.profile(), b.profile(), self.frequency, cosine)
        return evidence.similarity >= self.merge_threshold

    def _merge(self, a: _Story, b: _Story) -> _Story:
        keep, gone = (a, b) if a.seq < b.seq else (b, a)
        for language, words in gone.words.items():
            mine = keep.words.setdefault(language, {})
            for key, value in words.items():
                mine[key] = mine.get(key, 0.0) + value
        for mine, theirs in (
            (keep.entities, gone.entities),
            (keep.numbers, gone.numbers),
            (keep.dates, gone.dates),
        ):
            for key, value in theirs.items():
                mine[key] = mine.get(key, 0.0) + value
        if gone.dense is not None:
            keep.dense = gone.dense.copy() if keep.dense is None else keep.dense + gone.dense
        if gone.newest and (keep.newest is None or gone.newest > keep.newest):
            keep.newest = gone.newest
        for language, count in gone.languages.items():
            keep.languages[language] = keep.languages.get(language, 0) + count
        keep.members.extend(gone.members)
        keep.cached, keep.norms = {}, {}
        self._unindex(gone)
        self._index(keep, gone.keys)
        del self.stories[gone.id]
        self.aliases[gone.id] = keep.id
        return keep

    def _index(self, story: _Story, keys: set[str]) -> None:
        for key in keys - story.keys:
            self._postings.setdefault(key, set()).add(story.id)
        story.keys |= keys

    def _unindex(self, story: _Story) -> None:
        for key in story.keys:
            posting = self._postings.get(key)
            if posting is not None:
                posting.discard(story.id)
                if not posting:
                    del self._postings[key]

    def _close_stale(self) -> None:
        assert self.clock is not None
        limit = self.clock - self.window
        while self._closing and self._closing[0][0] < limit:
            newest, _, story_id_ = heapq.heappop(self._closing)
            story = self.stories.get(story_id_)
            if story is not None and story.open and story.newest == newest:
                self._unindex(story)
                story.open = False
                story.keys = set()
                story.words, story.entities, story.numbers, story.dates = {}, {}, {}, {}
                story.dense, story.cached, story.norms = None, {}, {}

    # -- state -----------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The whole state as JSON-ready data."""
        return {
            "frequency": self.frequency.to_dict(),
            "aliases": dict(self.aliases),
            "clock": self.clock.isoformat() if self.clock else None,
            "stories": [_story_to_dict(s) for s in sorted(self.stories.values(), key=_seq)],
        }

    @classmethod
    def from_dict(cls, config: ClusterConfig, data: dict[str, Any]) -> StoryStream:
        stream = cls(config)
        stream.frequency = DocumentFrequency.from_dict(data["frequency"])
        stream.aliases = dict(data["aliases"])
        stream.clock = datetime.fromisoformat(data["clock"]) if data["clock"] else None
        for item in data["stories"]:
            story = _story_from_dict(item)
            stream.stories[story.id] = story
            for member in story.members:
                stream._home[member] = story.id
            if story.open:
                keys, story.keys = story.keys, set()
                stream._index(story, keys)
                if story.newest is not None:
                    heapq.heappush(stream._closing, (story.newest, story.seq, story.id))
        return stream


def _seq(story: _Story) -> int:
    return story.seq


def _all_keys(profile: Profile) -> list[str]:
    return [*profile.words, *profile.entities, *profile.numbers, *profile.dates]


def _story_to_dict(story: _Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "seq": story.seq,
        "members": story.members,
        "open": story.open,
        "newest": story.newest.isoformat() if story.newest else None,
        "words": story.words,
        "entities": story.entities,
        "numbers": story.numbers,
        "dates": story.dates,
        "dense": story.dense.tolist() if story.dense is not None else None,
        "keys": sorted(story.keys),
        "languages": story.languages,
    }


def _story_from_dict(data: dict[str, Any]) -> _Story:
    return _Story(
        id=data["id"],
        seq=int(data["seq"]),
        members=list(data["members"]),
        words={k: dict(v) for k, v in data["words"].items()},
        entities=dict(data["entities"]),
        numbers=dict(data["numbers"]),
        dates=dict(data["dates"]),
        newest=datetime.fromisoformat(data["newest"]) if data["newest"] else None,
        dense=np.asarray(data["dense"], dtype=np.float32) if data["dense"] is not None else None,
        languages=dict(data["languages"]),
        keys=set(data["keys"]),
        open=bool(data["open"]),
    )
