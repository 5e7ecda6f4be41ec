from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.config import Config
from lagebild.errors import ConfigError


def test_packaged_defaults_load() -> None:
    config = Config.load()
    assert config.summary.words == 120
    assert 0 < config.cluster.threshold < 1
    assert config.strict is False


def test_user_file_overrides_only_what_it_names(tmp_path: Path) -> None:
    path = tmp_path / "lagebild.toml"
    path.write_text("[summary]\nwords = 80\n[cluster]\nthreshold = 0.3\n", encoding="utf-8")
    config = Config.load(path)
    assert config.summary.words == 80
    assert config.cluster.threshold == 0.3
    assert config.dedupe == Config.load().dedupe


def test_integer_accepted_where_a_float_is_expected(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[cluster]\nwindow_days = 7\n", encoding="utf-8")
    assert Config.load(path).cluster.window_days == 7


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[sumary]\nwords = 3\n", "unknown section [sumary]"),
        ("[summary]\nwrods = 3\n", "unknown key 'wrods'"),
        ("[summary]\nwords = 'many'\n", "must be a int"),
        ("[summary\n", "cannot read the configuration"),
    ],
)
def test_bad_configuration_names_file_and_problem(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        Config.load(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


def test_summary_words_can_be_changed() -> None:
    assert Config.load().with_summary_words(60).summary.words == 60
