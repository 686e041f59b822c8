"""The forum search on its question sets (tests/qa/search_quality): the figures never fall below today's."""

from __future__ import annotations

import pytest

from tests.qa.search_quality.score import SETS, score_set

FLOORS = {  # (first, top three, nothing suggested for uncovered questions)
    "10-605-s24": (0.97, 0.98, 0.97),
    "stat-187-f24": (1.0, 1.0, 1.0),
    "10-605-s24-blind": (0.9, 0.9, 0.88),
    "stat-187-f24-blind": (0.95, 0.97, 0.92),
    "10-605-s24-own": (0.93, 1.0, 0.75),
    "stat-187-f24-own": (1.0, 1.0, 1.0),
    "10-605-s24-new": (1.0, 1.0, 1.0),
    "stat-187-f24-new": (0.84, 0.84, 1.0),
    "10-605-s24-held": (0.95, 0.95, 0.85),
    "stat-187-f24-held": (0.84, 0.84, 1.0),
    "10-605-s24-near": (0.83, 0.83, 0.81),
    "stat-187-f24-near": (1.0, 1.0, 1.0),
    "10-605-s24-fresh-dev": (0.93, 0.93, 0.76),
    "10-605-s24-fresh-test": (0.7, 0.77, 0.75),
    "stat-187-f24-fresh-dev": (1.0, 1.0, 1.0),
    "stat-187-f24-fresh-test": (0.88, 0.88, 0.66),
    "geo-2210-s25-fresh-dev": (0.88, 0.88, 0.92),
    "geo-2210-s25-fresh-test": (0.62, 0.7, 0.75),
    "10-605-s24-round7": (0.71, 0.71, 1.0),
    "stat-187-f24-round7": (0.66, 0.66, 0.75),
    "geo-2210-s25-round7": (0.71, 0.71, 0.66),
    "chem-1310-s26-r11-dev": (0.85, 0.87, 0.93),
    "chem-1310-s26-r11-test": (0.61, 0.67, 0.86),
    # (faq-search16: "what happens if i miss my groups presentation week because im sick" meets the free-rider entry,
    # whose answer says "often they are ill", now read as sick; see the README.)
    "hist-210-a24-r11-dev": (0.89, 0.9, 0.86),
    # (faq-search13: one uncovered question, "are the workshop handouts posted online if i miss a wednesday workshop",
    # now meets the entry whose answer names the Wednesday workshop and its handouts; see the README.)
    "hist-210-a24-r11-test": (0.56, 0.6, 0.8),
    "stat-187-f24-round8": (1.0, 1.0, 0.66),
    "hist-210-a24-round8": (1.0, 1.0, 1.0),
    "stat-187-f24-round9": (0.8, 0.8, 0.75),
    "hist-210-a24-round9": (0.8, 0.8, 0.66),
    "stat-187-f24-round10": (1.0, 1.0, 1.0),
    "hist-210-a24-round10": (0.2, 0.2, 1.0),
    "stat-187-f24-search11": (1.0, 1.0, 0.33),
    "hist-210-a24-search11": (0.71, 0.71, 0.66),
    "chem-1310-s26-search11": (0.72, 0.72, 1.0),
    "stat-187-f24-search12": (0.75, 0.75, 1.0),
    "hist-210-a24-search12": (0.85, 0.85, 1.0),
    "chem-1310-s26-search12": (0.85, 0.85, 1.0),
    "stat-187-f24-fs13": (0.71, 0.71, 0.66),
    "chem-1310-s26-fs13": (0.57, 0.71, 1.0),
    "stat-187-f24-fs14": (1.0, 1.0, 1.0),
    "chem-1310-s26-fs14": (0.83, 0.83, 0.75),
    "stat-187-f24-fs15": (1.0, 1.0, 1.0),
    "chem-1310-s26-fs15": (1.0, 1.0, 1.0),
    # (faq-search15: "how fast does miriam osei answer emails" is missed: the convenor's entry's answer names her, and
    # read as "the convenor" her name no longer sets that entry apart; see the README.)
    "hist-210-a24-fs15": (0.75, 0.75, 1.0),
    # (faq-search16: "ill be away the week of the exam for a wedding" gets the exam-clash entry; see the README.)
    "hist-210-a24-fs16": (0.75, 0.75, 0.0),
    "chem-1310-s26-fs16": (0.66, 0.66, 1.0),
}

MINIMUM_COVERED = {
    "10-605-s24": 100,
    "stat-187-f24": 50,
    "10-605-s24-blind": 80,
    "stat-187-f24-blind": 40,
    "10-605-s24-own": 16,
    "stat-187-f24-own": 11,
    "10-605-s24-new": 20,
    "stat-187-f24-new": 13,
    "10-605-s24-held": 20,
    "stat-187-f24-held": 13,
    "10-605-s24-near": 6,
    "stat-187-f24-near": 5,
    "10-605-s24-fresh-dev": 58,
    "10-605-s24-fresh-test": 58,
    "stat-187-f24-fresh-dev": 25,
    "stat-187-f24-fresh-test": 25,
    "geo-2210-s25-fresh-dev": 50,
    "geo-2210-s25-fresh-test": 50,
    "10-605-s24-round7": 7,
    "stat-187-f24-round7": 6,
    "geo-2210-s25-round7": 7,
    "chem-1310-s26-r11-dev": 55,
    "chem-1310-s26-r11-test": 55,
    "hist-210-a24-r11-dev": 55,
    "hist-210-a24-r11-test": 55,
    "stat-187-f24-round8": 5,
    "hist-210-a24-round8": 5,
    "stat-187-f24-round9": 5,
    "hist-210-a24-round9": 5,
    "stat-187-f24-round10": 5,
    "hist-210-a24-round10": 5,
    "stat-187-f24-search11": 8,
    "hist-210-a24-search11": 7,
    "chem-1310-s26-search11": 18,
    "stat-187-f24-search12": 4,
    "hist-210-a24-search12": 7,
    "chem-1310-s26-search12": 7,
    "stat-187-f24-fs13": 7,
    "chem-1310-s26-fs13": 7,
    "stat-187-f24-fs14": 4,
    "chem-1310-s26-fs14": 6,
    "stat-187-f24-fs15": 5,
    "chem-1310-s26-fs15": 7,
    "hist-210-a24-fs15": 4,
    "hist-210-a24-fs16": 4,
    "chem-1310-s26-fs16": 3,
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_search_quality_stays_at_least_where_it_is(name):
    """Right entry first, in the top three, silent when the FAQ does not cover the question."""
    figures = score_set(name)
    first, top3, silent = FLOORS[name]
    report = figures.line(name) + "\n" + "\n".join(figures.misses)
    assert figures.covered >= MINIMUM_COVERED[name], report
    assert figures.first_share >= first, report
    assert figures.top3_share >= top3, report
    assert figures.silent_share >= silent, report
