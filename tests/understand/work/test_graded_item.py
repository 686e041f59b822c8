"""Work whose own words say it does not count toward the grade is found by those words; other work is not."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.course.model import Assignment
from bot.understand.work.graded_item import ungraded_words

_DUE = dt.datetime(2026, 10, 16, 23, 59, tzinfo=dt.UTC)


def _item(title: str, notes: str = "") -> Assignment:
    return Assignment(id="x", title=title, short="X", kind="quiz", due=_DUE, notes=notes)


@pytest.mark.parametrize(
    ("title", "notes", "said"),
    [
        ("Practice Midterm (optional, ungraded)", "", "Practice Midterm (optional, ungraded)"),
        ("Practice quiz", "Optional: it does not count toward your grade. Two attempts.", "Optional: it does"),
        ("Mock exam", "It won't count for marks.", "It won't count for marks."),
        ("Problem Set 3", "Worth 5% of the grade.", None),
        ("Quiz 2", "Graded on Gradescope.", None),
    ],
)
def test_ungraded_words(title, notes, said):
    found = ungraded_words(_item(title, notes))
    assert (found is None) if said is None else (found is not None and found.startswith(said))
