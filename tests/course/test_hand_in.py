"""assignments.toml hand-in fields (submit, opens, time_limit, attempts, open_book) and [kind_defaults.<kind>]: read
over a kind's defaults, and refused precisely (file, assignment, field)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from bot.course.loader import CourseDataError, load_course
from bot.course.unknown import UNKNOWN
from tests.conftest import FIXTURES

CHEM = FIXTURES / "courses" / "chem-1310-s26"


def _edit(folder: Path, old: str, new: str) -> Path:
    path = folder / "assignments.toml"
    body = path.read_text()
    assert old in body
    path.write_text(body.replace(old, new, 1))
    return folder


def test_a_kind_default_reaches_every_item_of_the_kind():
    """The chem quizzes take [kind_defaults.quiz] (Canvas, 20 minutes) and each its own opening."""
    course = load_course(CHEM)
    quiz = course.assignment("quiz5")
    assert (quiz.hand_in.submit, quiz.hand_in.time_limit, quiz.hand_in.attempts) == ("canvas", 20, None)
    assert quiz.hand_in.opens == dt.datetime(2026, 2, 26, 8, 0, tzinfo=course.tz)
    assert course.assignment("ps1").hand_in.submit == "sapling"


@pytest.fixture
def chem_copy(tmp_path: Path) -> Path:
    """A writable copy of the chem fixture."""
    return Path(shutil.copytree(CHEM, tmp_path / "chem"))


def test_an_items_own_field_wins_over_its_kinds(chem_copy):
    """attempts and submit given on quiz1 replace the kind's; what it leaves out stays the kind's."""
    _edit(chem_copy, "opens = 2026-01-22T08:00:00\n", 'opens = 2026-01-22T08:00:00\nattempts = 2\nsubmit = "unknown"\n')
    quiz = load_course(chem_copy).assignment("quiz1")
    assert (quiz.hand_in.submit, quiz.hand_in.attempts, quiz.hand_in.time_limit) == (UNKNOWN, 2, 20)


def test_a_date_alone_opens_on_that_day(chem_copy):
    """`opens = 2026-01-22` keeps no time of day (the page gives the day only)."""
    _edit(chem_copy, "opens = 2026-01-22T08:00:00", "opens = 2026-01-22")
    quiz = load_course(chem_copy).assignment("quiz1")
    assert quiz.hand_in.opens.date() == dt.date(2026, 1, 22)
    assert quiz.hand_in.opens_time is False


Q1 = "opens = 2026-01-22T08:00:00"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (Q1, "opens = 2026-01-24T08:00:00", r"assignment 'quiz1', field 'opens'.*not before"),
        ("time_limit = 20", "time_limit = 0", r"\[kind_defaults.quiz\], field 'time_limit'.*at least 1"),
        ('submit = "sapling"', 'submit = "saplin"', r"\[kind_defaults.homework\], field 'submit'.*no \[\[platform\]\]"),
        (Q1, f"{Q1}\nattempts = -1", r"'quiz1', field 'attempts'"),
        (Q1, f'{Q1}\nsubmit = "gradescop"', r"'quiz1', field 'submit'"),
        ("[kind_defaults.lab]", "[kind_defaults.essay]", r"\[kind_defaults.essay\].*unknown kind 'essay'"),
        ("time_limit = 20", "time_limit = 20\nopens = 2026-01-22", r"\[kind_defaults.quiz\], field 'opens'.*unknown"),
        (Q1, f"{Q1}\nopen_book = 1", r"'open_book'.*true or false"),
    ],
)
def test_check_names_the_file_the_assignment_and_the_field(chem_copy, old, new, expected):
    """Each mistake is refused with assignments.toml, the item (or the kind's table) and the field."""
    with pytest.raises(CourseDataError) as info:
        load_course(_edit(chem_copy, old, new))
    problems = [str(p) for p in info.value.problems]
    assert any(p.startswith("assignments.toml") and re.search(expected, p) for p in problems), problems


def test_words_are_kept_as_the_page_gives_them(chem_copy):
    """A submit with spaces is the page's words, not a platform id."""
    _edit(chem_copy, 'submit = "sapling"', 'submit = "on paper at the Chemistry office front desk"')
    assert load_course(chem_copy).assignment("ps2").hand_in.submit == "on paper at the Chemistry office front desk"


def test_a_course_without_the_fields_has_none(second_course):
    """STAT 187 gives no hand-in field: every assignment's HandIn is empty."""
    assert not any(a.hand_in for a in second_course.assignments)
