"""exams.toml [[exam.sitting]]: an exam's other sittings, read with their fields and refused precisely."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from bot.course.loader import CourseDataError, load_course
from bot.course.model import ExamSitting

# STAT 187's midterm table ends with its conflict form; a sitting appended to the file belongs to the last exam
# (the final), so the tests add theirs right after the midterm's conflict form instead.
_AFTER = 'url = "https://forms.example/stat187-midterm-conflict"\n'


def _with_sitting(folder: Path, sitting: str) -> Path:
    path = folder / "exams.toml"
    body = path.read_text()
    assert _AFTER in body
    path.write_text(body.replace(_AFTER, _AFTER + "\n[[exam.sitting]]\n" + sitting + "\n", 1))
    return folder


def _problems(folder: Path) -> list[str]:
    with pytest.raises(CourseDataError) as info:
        load_course(folder)
    return [str(p) for p in info.value.problems]


GOOD = (
    'name = "retake"\nkind = "retake"\naliases = ["resit"]\ndate = 2024-12-19\nstart = 13:00:00\nend = 16:00:00\n'
    'room = "unknown"\nwho = "anyone"\nregister = "unknown"\ncounts = "the better result counts"'
)


def test_the_stat_midterm_has_its_alternate_sitting(second_course):
    """The bundled STAT 187 midterm reads its 3 PM alternate sitting with every field, its room unknown."""
    (sitting,) = second_course.exam("midterm").sittings
    assert sitting.kind == "alternate"
    assert (sitting.date, sitting.start, sitting.end) == (dt.date(2024, 10, 23), dt.time(15), dt.time(17))
    assert sitting.room == ""
    assert "conflict form" in sitting.register
    assert sitting.who


def test_a_sitting_reads_every_field_and_unknown_as_empty(second_copy):
    """Each field is read; "unknown" is the empty value; a date may fall after the term (a retake)."""
    _with_sitting(second_copy, GOOD.replace("2024-12-19", "2025-01-08"))
    course = load_course(second_copy)
    retake = next(s for s in course.exam("midterm").sittings if s.name == "retake")
    assert retake == ExamSitting(
        name="retake",
        kind="retake",
        date=dt.date(2025, 1, 8),
        start=dt.time(13),
        end=dt.time(16),
        room="",
        who="anyone",
        register="",
        counts="the better result counts",
        aliases=("resit",),
    )


def test_a_date_the_page_does_not_give_is_none(second_copy):
    """`date = "unknown"` loads as no date, never the exam's own."""
    _with_sitting(second_copy, 'name = "make-up"\nkind = "make_up"\ndate = "unknown"')
    sitting = next(s for s in load_course(second_copy).exam("midterm").sittings if s.name == "make-up")
    assert (sitting.date, sitting.start, sitting.room) == (None, None, "")


def test_a_course_without_sittings_has_none(course):
    """10-605's exams list no other sittings (its page gives none)."""
    assert all(e.sittings == () for e in course.exams)


@pytest.mark.parametrize(
    ("sitting", "expected"),
    [
        (GOOD.replace('kind = "retake"', 'kind = "resit"'), ["sitting 'retake'", "'kind'", "unknown value 'resit'"]),
        (GOOD.replace('name = "retake"\n', ""), ["sitting '#1'", "'name'", "is missing"]),
        (GOOD.replace("date = 2024-12-19\n", ""), ["sitting 'retake'", "'date'", "is missing"]),
        (GOOD.replace("2024-12-19", "2024-08-01"), ["sitting 'retake'", "'date'", "before the term starts"]),
        (GOOD.replace("end = 16:00:00", "end = 12:00:00"), ["sitting 'retake'", "'end'", "before it starts"]),
        (GOOD.replace("start = 13:00:00", 'start = "13:00-16:00"'), ["sitting 'retake'", "'start'", "time range"]),
        (GOOD + '\nbring = "pencil"', ["sitting 'retake'", "'bring'", "unknown field"]),
        (GOOD.replace('["resit"]', '["final"]'), ["sitting 'retake'", "'aliases'", "also names exam 'final'"]),
        (GOOD.replace('name = "retake"', 'name = "Final exam"'), ["'name'", "also names exam 'final'"]),
        (GOOD.replace('name = "retake"', 'name = ""'), ["sitting '#1'", "'name'", "is empty"]),
        (GOOD.replace('name = "retake"', 'name = "   "'), ["sitting '#1'", "'name'", "is empty"]),
        (GOOD.replace("2024-12-19", "2024-10-01"), ["sitting 'retake'", "'date'", "before its exam (2024-10-23)"]),
        (
            GOOD.replace('kind = "retake"', 'kind = "make_up"').replace("2024-12-19", "2024-10-22"),
            ["sitting 'retake'", "'date'", "a make-up comes after the exam"],
        ),
        (
            GOOD.replace('kind = "retake"', 'kind = "supplementary"').replace("2024-12-19", "2024-09-30"),
            ["sitting 'retake'", "'date'", "a supplementary exam comes after the exam"],
        ),
        (GOOD.replace("start = 13:00:00\n", ""), ["sitting 'retake'", "'end'", "an end with no start time"]),
        (GOOD.replace("start = 13:00:00", 'start = "unknown"'), ["sitting 'retake'", "'end'", "no start time"]),
    ],
)
def test_check_names_the_file_exam_sitting_and_field(second_copy, sitting, expected):
    """Each problem names exams.toml, the exam, the sitting and the field."""
    found = "\n".join(_problems(_with_sitting(second_copy, sitting)))
    assert "exams.toml: exam 'midterm'" in found
    for part in expected:
        assert part in found
    assert "unknown field" not in found or "'bring'" in found


@pytest.mark.parametrize(
    ("second", "shared"),
    [
        ('name = "retake"\nkind = "other"\ndate = "unknown"', "'retake'"),
        (GOOD.replace('name = "retake"', 'name = "second"'), "'resit'"),
    ],
)
def test_two_sittings_of_one_exam_never_share_a_name(second_copy, second, shared):
    """Two sittings named alike (by name or alias) would make "when is the retake" two things: refused."""
    _with_sitting(second_copy, GOOD + "\n\n[[exam.sitting]]\n" + second)
    found = "\n".join(_problems(second_copy))
    assert "exams.toml: exam 'midterm'" in found
    assert "'sitting'" in found
    assert shared in found


@pytest.mark.parametrize(
    "sitting",
    [
        GOOD.replace('kind = "retake"', 'kind = "alternate"').replace("2024-12-19", "2024-10-22"),
        GOOD.replace("2024-12-19", "2024-10-23"),
        GOOD.replace("end = 16:00:00\n", "").replace("start = 13:00:00\n", ""),
    ],
)
def test_an_early_alternate_a_same_day_retake_and_no_time_at_all_are_accepted(second_copy, sitting):
    """An alternate sitting may come before its exam, a retake on its day, and a sitting may give no time."""
    course = load_course(_with_sitting(second_copy, sitting))
    assert len(course.exam("midterm").sittings) == 2


def test_geo_an_empty_name_and_a_resit_before_the_klausur_are_named(tmp_path):
    """GEO 2210's resit, emptied of its name and dated before the Klausur: both problems named, with the field."""
    folder = tmp_path / "geo"
    shutil.copytree(Path(__file__).resolve().parents[1] / "fixtures" / "courses" / "geo-2210-s25", folder)
    path = folder / "exams.toml"
    body = path.read_text()
    assert 'name = "resit"\n' in body
    assert 'date = "unknown"\nstart = "unknown"' in body
    body = body.replace('name = "resit"\n', 'name = ""\n')
    body = body.replace('date = "unknown"\nstart', "date = 2025-05-05\nstart")
    path.write_text(body)
    found = "\n".join(_problems(folder))
    assert "exams.toml: exam 'klausur' sitting '#1', field 'name': is empty" in found
    assert "field 'date': 2025-05-05 is before its exam (2025-06-18)" in found
