"""An exam word that is part of the name of a stretch of the schedule ("when does exam season start" of "Exam season
begins"): that stretch's days, not the exams' card; an exam asked by name stays the exam."""

from __future__ import annotations

import shutil

import pytest

from bot.course.loader import load_course
from tests.conftest import SECOND_DATA
from tests.understand.conftest import reply


@pytest.fixture(scope="module")
def with_exam_season(tmp_path_factory):
    """STAT 187 with a day that opens its exam season, as a course page may list it."""
    folder = tmp_path_factory.mktemp("course") / "stat"
    shutil.copytree(SECOND_DATA, folder)
    schedule = folder / "schedule.toml"
    title = "Exam season begins (no classes until the end of term)"
    row = f'[[day]]\ndate = 2024-12-09\nkind = "no_class"\ntitle = "{title}"\n\n'
    final = "[[day]]\ndate = 2024-12-12"
    schedule.write_text(schedule.read_text().replace(final, row + final))
    return load_course(folder)


@pytest.mark.parametrize(
    "question", ["when does exam season start", "when does the exam season begin", "what day does exam season start"]
)
def test_the_stretch_named_with_an_exam_word_is_that_stretch(with_exam_season, question):
    result, said = reply(with_exam_season, question, "2024-10-14 10:00")
    assert result.parts[0].intent != "course_fact", question
    assert "Mon Dec 9" in said, question


def test_an_exam_named_stays_the_exam(with_exam_season):
    result, _ = reply(with_exam_season, "when is the midterm exam", "2024-10-14 10:00")
    assert result.parts[0].intent == "exam"
