"""One piece of work told apart by section or part (bot.understand.work.told_apart)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.course.model import Assignment
from bot.understand.work.told_apart import each_sections_own, one_work_told_apart

DUE = dt.datetime(2025, 5, 13, 18, 0, tzinfo=dt.UTC)


def _work(title: str, *sections: str) -> Assignment:
    return Assignment(id=title.lower(), title=title, short=title, kind="homework", due=DUE, sections=sections)


@pytest.mark.parametrize(
    ("titles", "one"),
    [
        (("Field log (North)", "Field log (South)"), True),
        (("Homework 4 Part A", "Homework 4 Part B"), True),
        (("Farm project: proposal", "Farm project: final report"), True),
        (("Crime scene report", "Expert witness statement"), False),
        (("Problem Set 1: Matter", "Problem Set 2: Atoms"), False),
        (("Field log (North)",), False),  # one item is nothing told apart
    ],
)
def test_one_work_told_apart(titles, one):
    assert one_work_told_apart([_work(t) for t in titles]) is one


def test_each_sections_own():
    """Logs of two groups are each a section's own; two parts every section does are not."""
    assert each_sections_own([_work("Log (N)", "N"), _work("Log (S)", "S")])
    assert not each_sections_own([_work("HW4 Part A", "405", "605"), _work("HW4 Part B", "405", "605")])
    assert not each_sections_own([_work("HW4 Part A"), _work("HW4 Part B")])
