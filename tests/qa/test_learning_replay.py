"""Learning measured as issue 13 asks (tests/qa/search_quality/learning.py): half of a set's covered questions teach
the search, some of them by students confirming a wrong entry; what was learned never costs the other half or the
uncovered questions anything on these sets (the figures with and without learning are in the README)."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "qa" / "search_quality"))

from learning import HERE, replay

from bot.course.loader import load_course

SETS = {
    "10-605-s24-blind": ("faq-10-605.csv", "blind-10-605.toml", "data/10-605-s24"),
    "geo-2210-s25-fresh": ("faq-geo-2210.md", "fresh-geo-2210.toml", "tests/fixtures/courses/geo-2210-s25"),
}


@pytest.mark.parametrize("name", SETS)
def test_learning_with_wrong_clicks_costs_nothing(name):
    faq, questions, data = SETS[name]
    result = replay(load_course(REPO / data), HERE / faq, HERE / questions, wrong_clicks=True)
    assert sum(result.taught.values()) > 0
    assert result.after.first >= result.before.first
    assert result.after.top3 >= result.before.top3
    assert result.after.silent >= result.before.silent
    assert result.never_clicked_after[0] >= result.never_clicked_before[0]
