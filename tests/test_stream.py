"""The stream clusterer: index lookup, closing, merging, stable ids and serialisable state."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta

from lagebild.config import Config
from lagebild.group.features import Profile
from lagebild.group.stream import StoryStream

START = datetime(2026, 4, 1, 8, 0)


def _profile(words: str, names: str = "", hours: float = 0.0, language: str = "de") -> Profile:
    return Profile(
        dict.fromkeys(words.split(), 1.0),
        {f"@{n}": 1.0 for n in names.split()},
        {},
        {},
        START + timedelta(hours=hours),
        language,
    )


FIRE = "brand lagerhalle feuerwehr rauchwolke ehrenfeld reifen kunststoff einsatzkräfte"
DEMO = "demonstration mieten mietendeckel sozialwohnungen bündnis rathaus protestzug"
VOTE = "bundestag rentenpaket rentenniveau mütterrente abstimmung enthaltungen"


def _stream() -> StoryStream:
    return StoryStream(Config.load().cluster)


def test_articles_join_by_content_and_story_ids_are_the_founding_articles() -> None:
    stream = _stream()
    assert stream.add("f1", _profile(FIRE, "köln", 0)) == "s-f1"
    assert stream.add("d1", _profile(DEMO, "köln", 1)) == "s-d1"
    assert stream.add("f2", _profile(FIRE + " schaden", "köln", 2)) == "s-f1"
    assert stream.add("d2", _profile(DEMO + " polizei", "köln", 3)) == "s-d1"
    assert stream.groups() == [("s-f1", ["f1", "f2"]), ("s-d1", ["d1", "d2"])]


def test_only_stories_sharing_a_key_are_scored() -> None:
    stream = _stream()
    stream.add("f1", _profile(FIRE, "köln", 0))
    stream.add("v1", _profile(VOTE, "berlin", 1))
    lookup = stream._index_keys(_profile(FIRE, "köln", 2))
    assert [s.id for s in stream._candidates(lookup, None)] == ["s-f1"]
    assert stream._candidates(stream._index_keys(_profile("ganz anderes thema")), None) == []


def test_stale_stories_close_and_a_late_report_opens_a_new_story() -> None:
    stream = _stream()
    stream.add("f1", _profile(FIRE, "köln", 0))
    stream.add("v1", _profile(VOTE, "berlin", 24 * 3))
    assert stream.open_stories() == 2
    late = 24 * (Config.load().cluster.window_days + 1)
    assert stream.add("f2", _profile(FIRE, "köln", late)) == "s-f2"
    assert not stream.stories["s-f1"].open
    assert stream.stories["s-f1"].members == ["f1"]  # closed stories keep their members


def test_stories_that_turn_out_to_be_one_merge_under_the_older_id() -> None:
    # Two thin first reports share one word and a place: too little to join, but once a
    # full report matches both, the two stories are one (a low merge threshold for the test).
    config = replace(Config.load().cluster, merge_threshold=0.1)
    stream = StoryStream(config)
    words = FIRE.split()
    stream.add("a", _profile(" ".join(words[:5]), "köln", 0))
    stream.add("b", _profile(" ".join(words[4:]), "köln", 1))
    assert len(stream.groups()) == 2
    assert stream.add("c", _profile(FIRE, "köln", 2)) == "s-a"
    assert stream.groups() == [("s-a", ["a", "b", "c"])]
    assert stream.aliases == {"s-b": "s-a"}
    assert stream.story_of("b") == "s-a"


def test_state_round_trips_through_json_and_the_stream_goes_on_the_same() -> None:
    articles = [
        ("f1", _profile(FIRE, "köln", 0)),
        ("d1", _profile(DEMO, "köln", 1)),
        ("v1", _profile(VOTE, "berlin", 2, "de")),
        ("f2", _profile(FIRE + " schaden", "köln", 30)),
        ("v2", _profile(VOTE + " opposition", "berlin", 130)),
        ("d2", _profile(DEMO, "köln", 131)),
    ]
    whole = _stream()
    for article_id, item in articles:
        whole.add(article_id, item)
    first = _stream()
    for article_id, item in articles[:3]:
        first.add(article_id, item)
    restored = StoryStream.from_dict(Config.load().cluster, json.loads(json.dumps(first.to_dict())))
    for article_id, item in articles[3:]:
        restored.add(article_id, item)
    assert restored.groups() == whole.groups()
    assert restored.to_dict() == whole.to_dict()
