"""The question forum's guidelines come from course.toml's [questions] table: read as written, checked, optional."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.course.loader import CourseDataError, load_course
from bot.course.template import write_template
from tests.conftest import FORMAT1_DATA


def _append(folder: Path, extra: str) -> None:
    path = folder / "course.toml"
    text = path.read_text()
    start = text.index("[questions]")
    end = text.index("]\n", text.index("guidelines", start)) + 2
    path.write_text(text[:start] + extra + text[end:])


def _problems(folder: Path) -> list[str]:
    with pytest.raises(CourseDataError) as info:
        load_course(folder)
    return [str(p) for p in info.value.problems]


def test_both_bundled_courses_state_their_own_guidelines(course, second_course):
    """10-605's come from its page (no homework solutions, academic integrity); STAT 187's are its own."""
    assert "Do not post or request homework solutions." in course.question_guidelines
    assert any("Academic Integrity" in g for g in course.question_guidelines)
    assert second_course.question_guidelines
    assert not set(course.question_guidelines) & set(second_course.question_guidelines)


def test_a_course_without_the_table_has_no_guidelines():
    """Optional: a folder without [questions] (format 1 here) loads with none, and the bot invents none."""
    assert load_course(FORMAT1_DATA).question_guidelines == ()


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ('[questions]\nguidelines = "be nice"\n', "field 'guidelines': expected a list of text"),
        ('[questions]\nguidelines = ["' + "x" * 301 + '"]\n', "at most 300 characters"),
        ('[questions]\nguidelines = ["ok"]\nrulez = ["typo"]\n', "field 'rulez': unknown field"),
    ],
)
def test_bad_guidelines_are_refused_by_field(data_copy, table, expected):
    """A string instead of a list, an overlong guideline and an unknown field are each named."""
    _append(data_copy, table)
    problems = _problems(data_copy)
    assert any("course.toml" in p and expected in p for p in problems), problems


def test_blank_guidelines_are_dropped(data_copy):
    """Empty strings in the list are not guidelines."""
    _append(data_copy, '[questions]\nguidelines = ["  ", "Be kind."]\n')
    assert load_course(data_copy).question_guidelines == ("Be kind.",)


def test_the_template_shows_the_table(tmp_path):
    """`coursebot new-course` writes a [questions] example that loads."""
    write_template(tmp_path / "new")
    assert load_course(tmp_path / "new").question_guidelines == ("Do not post solutions to graded work.", "Be kind.")
