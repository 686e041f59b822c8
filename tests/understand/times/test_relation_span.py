"""The days a relation word gives a date: before is up to the day before, by and until up to the day, after from
the next day to the end of term."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.times.relation_span import span_beside, span_to
from tests.understand.conftest import first_line, reply

D = dt.date.fromisoformat
TODAY, TERM_LAST = D("2024-03-13"), D("2024-05-03")


@pytest.mark.parametrize(
    ("relation", "first", "last"),
    [
        ("before", "2024-03-13", "2024-03-19"),
        ("by", "2024-03-13", "2024-03-20"),
        ("until", "2024-03-13", "2024-03-20"),
        ("after", "2024-03-21", "2024-05-03"),
    ],
)
def test_a_relation_gives_the_days_from_now(relation, first, last):
    span = span_to(relation, D("2024-03-20"), TODAY, TERM_LAST)
    assert span is not None
    assert span[:2] == (D(first), D(last))
    assert span[2].startswith(relation)


def test_no_span_without_a_relation_or_with_none_left():
    assert span_to("", D("2024-03-20"), TODAY, TERM_LAST) is None
    assert span_to("during", D("2024-03-20"), TODAY, TERM_LAST) is None
    assert span_to("before", TODAY, TODAY, TERM_LAST) is None  # "before today": no day left


@pytest.mark.parametrize(
    ("which", "now", "question", "yes"),
    [
        ("course", "2024-03-13T14:30", "is there a recitation before the 21st of march", True),
        ("hist", "2024-10-23T13:00", "are there any workshops before nov 3", True),
        ("geo", "2025-04-16T10:00", "is there a practical before may 9", True),
        ("geo", "2025-04-16T10:00", "is there a practical before april 24", False),
        ("stat", "2024-11-01T15:30", "are there any discussion sections before tuesday", False),
        ("stat", "2024-11-01T15:30", "is there a lecture before nov 5", False),
        ("stat", "2024-11-01T15:30", "is there a lecture by nov 5", True),
        ("stat", "2024-11-01T15:30", "any office hours before monday", False),
        ("stat", "2024-11-01T15:30", "are there office hours before wednesday", True),
    ],
)
def test_before_a_day_is_the_days_up_to_it_on_every_course(request, which, now, question, yes):
    _, shown = reply(request.getfixturevalue(which), question, now)
    assert first_line(shown).startswith("Yes" if yes else "No")


@pytest.mark.parametrize(
    ("relation", "first", "last", "said"),
    [
        ("day_before", "2024-03-19", "2024-03-19", "the day before Exam 1"),
        ("day_after", "2024-03-22", "2024-03-22", "the day after Exam 1"),
        ("day_of", "2024-03-20", "2024-03-20", "the day of Exam 1"),
        ("week_before", "2024-03-11", "2024-03-17", "the week before Exam 1"),
        ("week_of", "2024-03-18", "2024-03-24", "the week of Exam 1"),
        ("week_after", "2024-03-25", "2024-03-31", "the week after Exam 1"),
    ],
)
def test_the_days_beside_a_stretch(relation, first, last, said):
    """ "the day before the exam" is that one day; "the week before" the Monday-to-Sunday week before its week."""
    assert span_beside(relation, D("2024-03-20"), D("2024-03-21"), "Exam 1") == (D(first), D(last), said)
    assert span_beside("before", D("2024-03-20"), D("2024-03-21"), "Exam 1") is None
