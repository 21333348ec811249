"""A range of days is both its ends: "from March 6 to 10" agrees with "6-10 March", the source's range read by its
first day as well as its last (pipeline/date_drift.py)."""

from __future__ import annotations

import pytest

from provenance.pipeline.date_drift import day_changed
from provenance.text import tokens


def _changed(article: str, source: str) -> bool:
    return day_changed(tokens(article), tokens(source), tokens(source)) is not None


@pytest.mark.parametrize(
    "article",
    [
        "the two delegations met from March 6 to 10 in the capital",
        "the two delegations met on March 6-10 in the capital",
        "the two delegations met from 6 to 10 March in the capital",
    ],
)
def test_a_range_of_days_agrees_with_the_same_range_written_otherwise(article: str) -> None:
    assert not _changed(article, "the delegations held talks during the period 6-10 March in the capital")


def test_a_day_after_a_comma_is_no_range_and_a_changed_day_still_drifts() -> None:
    # "March 6, 10 delegates": a date, then a count, two characters apart
    assert _changed("on March 6, 10 delegates met in the capital", "on 7 March, 10 delegates met in the capital")
