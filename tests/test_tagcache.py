"""The on-disk cache of word analyses: it may only ever cost speed, never results."""

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


def _memo(name: str = "hanta.json") -> tagcache.DiskMemo[tuple[str, str]]:
    return tagcache.DiskMemo(name, tagging._analyse_german, tagging._pair)


def _stored(path: Path, entries: dict[str, tuple[str, str]]) -> None:
    tagcache.write_json(path, entries)


def test_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(tagcache.ENV, str(tmp_path / "neu"))
    memo = _memo()
    for form in ENTRIES:
        memo.get(form)
    memo.flush()
    assert memo.path is not None
    assert memo.path.is_file()
    assert _memo().entries == ENTRIES
    assert [p.name for p in memo.path.parent.iterdir()] == ["hanta.json"]  # no temporary left


def test_missing_file_starts_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(tagcache.ENV, str(tmp_path))
    assert _memo("fehlt.json").entries == {}


@pytest.mark.parametrize(
    "content",
    ['{"Kesslers": ["Kessler", "NE"', "[1, 2, 3]", '{"traf": 5}', '{"traf": []}', "\x00\x01"],
)
def test_corrupt_cache_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    monkeypatch.setenv(tagcache.ENV, str(tmp_path))
    (tmp_path / "hanta.json").write_text(content, encoding="utf-8")
    memo = _memo()
    assert memo.entries == {}
    assert memo.get("traf") == ("treffen", "VV(FIN)")


def test_off_disables_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(tagcache.ENV, "off")
    memo = _memo()
    assert memo.path is None
    assert memo.get("traf") == ("treffen", "VV(FIN)")
    memo.flush()  # nothing to write to, and no error
    assert memo.added == 0


def test_unwritable_directory_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "datei"
    blocker.write_text("kein Verzeichnis", encoding="utf-8")
    monkeypatch.setenv(tagcache.ENV, str(blocker))
    memo = _memo()
    memo.get("traf")
    memo.flush()  # must not raise
    assert _memo().entries == {}


def test_cached_analysis_is_used_without_asking_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(tagcache.ENV, str(tmp_path))
    _stored(tmp_path / "hanta.json", {"Xyzzy": ("Plugh", "NE")})
    memo = _memo()
    assert memo.get("Xyzzy") == ("Plugh", "NE")
    assert memo.added == 0
    assert memo.get("Kesslers") == ("Kessler", "NE")
    assert memo.added == 1
