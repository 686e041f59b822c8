"""Exams by the name their titles share before a number: every one of them, the next one, or none when the name is
qualified as another sitting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from bot.course.loader import load_course
from bot.understand.exams.exam_series import merged_series
from tests.understand.conftest import reply


@dataclass(frozen=True)
class _M:
    kind: str
    ids: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True)
class _E:
    id: str
    date: dt.date


EXAMS = [_E("t1", dt.date(2025, 3, 13)), _E("t2", dt.date(2025, 4, 24)), _E("t3", dt.date(2025, 5, 22))]
TODAY = dt.date(2025, 4, 1)


def _series(tokens: list[str], at: int) -> list[_M]:
    return [_M("exam", (i,), at, at + 2) for i in ("t3", "t1", "t2")]


def test_one_mention_of_every_exam_of_the_name_in_date_order():
    tokens = ["list", "all", "the", "unit", "test", "dates"]
    assert merged_series(_series(tokens, 3), tokens, EXAMS, TODAY) == [_M("exam", ("t1", "t2", "t3"), 3, 5)]


def test_the_next_one_is_the_next_still_to_come():
    tokens = ["when", "is", "the", "next", "unit", "test"]
    assert merged_series(_series(tokens, 4), tokens, EXAMS, TODAY) == [_M("exam", ("t2",), 4, 6)]
    # all over: the last of them
    assert merged_series(_series(tokens, 4), tokens, EXAMS, dt.date(2025, 6, 1)) == [_M("exam", ("t3",), 4, 6)]


def test_another_sitting_of_the_name_is_none_of_them():
    for qualified in ("when is the re unit test", "is there a practice unit test"):
        tokens = qualified.split(" ")
        assert merged_series(_series(tokens, 4), tokens, EXAMS, TODAY) == []
    tokens = ["when", "is", "the", "supp", "unit", "test"]
    assert merged_series(_series(tokens, 4), tokens, EXAMS, TODAY, {"supp"}) == []


def test_other_mentions_are_left_as_they_are():
    one = [_M("exam", ("t1",), 2, 4), _M("person", ("ann",), 5, 6)]
    assert merged_series(one, ["when", "is", "unit", "test", "1", "ann"], EXAMS, TODAY) == one


def _numbered_tests(data_copy: Path):
    """The bundled course with its two exams titled as a numbered series whose name is no exam word of its own."""
    exams = data_copy / "exams.toml"
    text = exams.read_text().replace('title = "Exam 1"', 'title = "Unit Test 1"')
    exams.write_text(text.replace('title = "Exam 2"', 'title = "Unit Test 2"'))
    return load_course(data_copy)


def test_the_series_name_lists_its_exams(data_copy):
    course = _numbered_tests(data_copy)
    result, said = reply(course, "list all the unit test dates", "2024-02-12 10:00")
    assert {p.intent for p in result.parts} == {"exam"}
    for shown in ("Unit Test 1", "Unit Test 2", "Mon Feb 26", "Wed Apr 24"):
        assert shown in said


def test_the_next_of_the_series_is_one_exam(data_copy):
    course = _numbered_tests(data_copy)
    result, said = reply(course, "when is the next unit test", "2024-03-12 10:00")
    assert [p.slots.get("exam") for p in result.parts] == ["exam2"]
    assert "Unit Test 1" not in said
