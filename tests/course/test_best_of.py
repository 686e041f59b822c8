"""assignments.toml [[best_of]]: work of which only the best count, read with its numbers and refused precisely."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.course.loader import CourseDataError, load_course
from tests.conftest import FIXTURES

CHEM = FIXTURES / "courses" / "chem-1310-s26"


def _with_rule(folder: Path, rule: str) -> Path:
    path = folder / "assignments.toml"
    path.write_text(path.read_text() + "\n[[best_of]]\n" + rule + "\n")
    return folder


def _problems(folder: Path) -> list[str]:
    with pytest.raises(CourseDataError) as info:
        load_course(folder)
    return [str(p) for p in info.value.problems]


def test_the_chem_quiz_rule_reads_its_numbers_from_the_quizzes_listed():
    course = load_course(CHEM)
    (rule,) = course.best_of
    quizzes = [a.id for a in course.assignments if a.kind == "quiz"]
    assert rule.ids == tuple(quizzes)
    assert (rule.of, rule.best, rule.drop) == (len(quizzes), len(quizzes) - 1, 1)


def test_count_and_drop_say_the_same_rule(second_copy):
    homework = [a for a in load_course(second_copy).assignments if a.kind == "homework"]
    _with_rule(second_copy, f'name = "problem sets"\nkinds = ["homework"]\ncount = {len(homework) - 2}\nquote = "x"')
    (rule,) = load_course(second_copy).best_of
    assert (rule.best, rule.drop, rule.of) == (len(homework) - 2, 2, len(homework))


def test_work_the_course_does_not_list_keeps_its_unknown_total(second_copy):
    _with_rule(second_copy, 'name = "pop quizzes"\ndrop = 1\nquote = "Your lowest pop quiz is dropped."')
    (rule,) = load_course(second_copy).best_of
    assert (rule.ids, rule.of, rule.best, rule.drop) == ((), None, None, 1)


def test_a_course_without_the_table_has_no_rule(second_course):
    assert second_course.best_of == ()


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ('name = "sets"\nkinds = ["homework"]\ncount = 3\ndrop = 1\nquote = "x"', ["'count'", "either"]),
        ('name = "sets"\nkinds = ["homework"]\nquote = "x"', ["'count'", "either"]),
        ('name = "sets"\nkinds = ["homework"]\ncount = 99\nquote = "x"', ["'count'", "less than"]),
        ('name = "sets"\nkinds = ["homework"]\ndrop = 0\nquote = "x"', ["'drop'", "at least 1"]),
        ('name = "sets"\nkinds = ["essay"]\ndrop = 1\nquote = "x"', ["'kinds'", "'essay'"]),
        ('name = "sets"\nids = ["nope"]\ndrop = 1\nquote = "x"', ["'ids'", "'nope'"]),
        ('name = "sets"\nkinds = ["homework"]\nof = 99\ndrop = 1\nquote = "x"', ["'of'", "is 99"]),
        ('name = "sets"\nkinds = ["homework"]\ndrop = 1', ["'quote'"]),
        ('name = "sets"\nkinds = ["homework"]\ndrop = 1\nquote = "x"\nbest = 2', ["'best'", "unknown field"]),
    ],
)
def test_a_bad_rule_is_refused_naming_the_file_rule_and_field(second_copy, rule, expected):
    _with_rule(second_copy, rule)
    problems = _problems(second_copy)
    hit = [p for p in problems if p.startswith("assignments.toml: best_of 'sets'")]
    assert any(all(part in p for part in expected) for p in hit), problems


def test_two_rules_naming_one_assignment_are_refused(tmp_path):
    folder = tmp_path / "chem"
    shutil.copytree(CHEM, folder)
    _with_rule(folder, 'name = "first quizzes"\nids = ["quiz1", "quiz2"]\ndrop = 1\nquote = "x"')
    assert any("'quiz1' is named by two rules" in p for p in _problems(folder))
