"""Shared fixtures. Tests use only what the project ships: examples/ and tests/fixtures/."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lagebild.records import Report

from support import example_report_once


@pytest.fixture(autouse=True, scope="session")
def _isolated_tag_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the HanTa cache of the test run out of the user's home directory."""
    patch = pytest.MonkeyPatch()
    patch.setenv("LAGEBILD_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    yield
    patch.undo()


@pytest.fixture
def example_report() -> Report:
    """The report on the bundled example corpus (computed once per test run)."""
    return example_report_once()
