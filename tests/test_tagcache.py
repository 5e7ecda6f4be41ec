"""The on-disk cache of HanTa analyses: it may only ever cost speed, never results."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.analyze import tagcache, tagging

ENTRIES = {"Kesslers": ("Kessler", "NE"), "traf": ("treffen", "VV(FIN)"), "Grüße": ("Gruß", "NN")}


def test_cache_file_lives_in_the_configured_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(tagcache.ENV, str(tmp_path))
    assert tagcache.cache_file("hanta-1.json") == tmp_path / "hanta-1.json"


def test_default_directory_is_in_the_home_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(tagcache.ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert tagcache.cache_file("x.json") == tmp_path / ".cache" / "lagebild" / "x.json"


def test_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(tagcache.ENV, str(tmp_path / "neu"))
    path = tagcache.cache_file("hanta.json")
    tagcache.save(path, ENTRIES)
    assert path is not None
    assert path.is_file()
    assert tagcache.load(path) == ENTRIES
    assert [p.name for p in path.parent.iterdir()] == ["hanta.json"]  # no temporary left


def test_missing_file_loads_empty(tmp_path: Path) -> None:
    assert tagcache.load(tmp_path / "fehlt.json") == {}


@pytest.mark.parametrize(
    "content",
    ['{"Kesslers": ["Kessler", "NE"', "[1, 2, 3]", '{"traf": 5}', '{"traf": []}', "\x00\x01"],
)
def test_corrupt_cache_is_ignored(tmp_path: Path, content: str) -> None:
    path = tmp_path / "hanta.json"
    path.write_text(content, encoding="utf-8")
    assert tagcache.load(path) == {}


def test_off_disables_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(tagcache.ENV, "off")
    path = tagcache.cache_file("hanta.json")
    assert path is None
    tagcache.save(path, ENTRIES)
    assert tagcache.load(path) == {}


def test_unwritable_directory_is_ignored(tmp_path: Path) -> None:
    blocker = tmp_path / "datei"
    blocker.write_text("kein Verzeichnis", encoding="utf-8")
    path = blocker / "hanta.json"
    tagcache.save(path, ENTRIES)  # must not raise
    assert tagcache.load(path) == {}


def test_german_lexicon_reads_and_writes_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(tagcache.ENV, str(tmp_path))
    first = tagging._GermanLexicon()
    assert first.path is not None
    assert first.path.parent == tmp_path
    assert first.get("Kesslers") == ("Kessler", "NE")
    first.flush()
    assert tagcache.load(first.path) == {"Kesslers": ("Kessler", "NE")}
    # a cached analysis is used as it is, without asking HanTa again
    tagcache.save(first.path, {"Kesslers": ("Kessler", "NE"), "Xyzzy": ("Plugh", "NE")})
    second = tagging._GermanLexicon()
    assert second.get("Xyzzy") == ("Plugh", "NE")
    assert second.added == 0


def test_german_lexicon_works_without_a_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(tagcache.ENV, "off")
    lexicon = tagging._GermanLexicon()
    assert lexicon.path is None
    assert lexicon.get("traf") == ("treffen", "VV(FIN)")
    lexicon.flush()  # nothing to write to, and no error
    assert lexicon.added == 0
