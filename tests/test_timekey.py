from __future__ import annotations

from collections import Counter
from datetime import date, datetime

import numpy as np
import pytest

from lagebild.group.tfidf import tfidf_matrix
from lagebild.ids import document_id, story_id
from lagebild.timekey import last_weekday, parse_published


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2026-03-04T09:12", datetime(2026, 3, 4, 9, 12)),
        ("2026-03-04T09:12:30+01:00", datetime(2026, 3, 4, 9, 12, 30)),
        ("2026-03-04", datetime(2026, 3, 4)),
        ("2026-03", datetime(2026, 3, 1)),
        ("2026", datetime(2026, 1, 1)),
        ("gestern", None),
        ("2026-13", None),
        (None, None),
    ],
)
def test_parse_published(published: str | None, expected: datetime | None) -> None:
    assert parse_published(published) == expected


def test_tfidf_rows_are_unit_length_and_rare_terms_weigh_more() -> None:
    matrix = tfidf_matrix([Counter(a=1, b=1), Counter(a=1, c=1), Counter()])
    assert np.allclose(np.linalg.norm(matrix[:2], axis=1), 1.0)
    assert not matrix[2].any()
    # 'a' is in both documents, 'b' only in the first: 'b' weighs more there
    assert matrix[0].max() > matrix[0][matrix[0] > 0].min()


def test_ids_are_stable_and_content_based() -> None:
    assert document_id(b"abc") == document_id(b"abc") != document_id(b"abd")
    assert len(document_id(b"")) == 12
    assert story_id("f00") == "s-f00"


def test_a_weekday_named_in_the_past_is_its_latest_day_up_to_the_given_one() -> None:
    sunday = date(2026, 11, 22)
    assert last_weekday(sunday, 5) == date(2026, 11, 21)  # Saturday
    assert last_weekday(sunday, 6) == sunday
    assert last_weekday(sunday, 0) == date(2026, 11, 16)  # Monday
