"""The forum search on its question sets (tests/qa/search_quality): the figures never fall below today's."""

from __future__ import annotations

import pytest

from tests.qa.search_quality.score import SETS, score_set

FLOORS = {  # (first, top three, nothing suggested for uncovered questions)
    "10-605-s24": (0.92, 0.93, 0.92),
    "stat-187-f24": (0.88, 0.88, 0.9),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_search_quality_stays_at_least_where_it_is(name):
    """Right entry first, in the top three, silent when the FAQ does not cover the question."""
    figures = score_set(name)
    first, top3, silent = FLOORS[name]
    report = figures.line(name) + "\n" + "\n".join(figures.misses)
    assert figures.covered >= (100 if name == "10-605-s24" else 50), report
    assert figures.first_share >= first, report
    assert figures.top3_share >= top3, report
    assert figures.silent_share >= silent, report
