"""policies.toml [[attendance]]: how many meetings may be missed, read with its numbers and refused precisely."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.course.loader import CourseDataError, load_course
from tests.conftest import FIXTURES

GEO = FIXTURES / "courses" / "geo-2210-s25"


def _with_rule(folder: Path, rule: str) -> Path:
    path = folder / "policies.toml"
    path.write_text(path.read_text() + '\n[[attendance]]\nname = "sections"\n' + rule + "\n")
    return folder


def _problems(folder: Path) -> list[str]:
    with pytest.raises(CourseDataError) as info:
        load_course(folder)
    return [str(p) for p in info.value.problems]


def test_the_geo_practicals_rule_is_read():
    (rule,) = load_course(GEO).attendance
    assert (rule.kinds, rule.free_absences, rule.may_miss) == (("practical",), 2, 2)


def test_required_of_gives_how_many_may_be_missed(second_copy):
    _with_rule(second_copy, 'kinds = ["discussion"]\nrequired = 10\nof = 13\nshort_of = "you fail"\nquote = "x"')
    (rule,) = load_course(second_copy).attendance
    assert (rule.required, rule.of, rule.may_miss, rule.short_of) == (10, 13, 3, "you fail")


def test_a_course_without_the_table_has_no_rule(second_course):
    assert second_course.attendance == ()


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ('kinds = ["seminar"]\nfree_absences = 2\nquote = "x"', ["'kinds'", "'seminar'"]),
        ('free_absences = -1\nquote = "x"', ["'free_absences'", "at least 0"]),
        ('required = 10\nquote = "x"', ["'of'", "give `required` with `of`"]),
        ('required = 14\nof = 13\nquote = "x"', ["'required'", "more than the 13"]),
        ('required_percent = 175\nquote = "x"', ["'required_percent'", "percentage"]),
        ('free_absences = 4\nlate_counts_as = 2\nquote = "x"', ["'late_counts_as'", "at most 1"]),
        ('free_absences = 4\nfail_at = 12\nquote = "x"', ["'fail_text'", "give `fail_at` with `fail_text`"]),
        ('required_percent = 75\neach_after = "minus 1"\nquote = "x"', ["'each_after'", "free_absences"]),
        ('quote = "x"', ["'free_absences'", "required_percent"]),
        ("free_absences = 2", ["'quote'"]),
        ('free_absences = 2\nquote = "x"\nallowed = 3', ["'allowed'", "unknown field"]),
    ],
)
def test_a_bad_rule_is_refused_naming_the_file_rule_and_field(second_copy, rule, expected):
    _with_rule(second_copy, rule)
    problems = _problems(second_copy)
    hit = [p for p in problems if p.startswith("policies.toml: attendance 'sections'")]
    assert any(all(part in p for part in expected) for p in hit), problems


def test_a_rule_naming_a_kind_of_another_course_is_refused(tmp_path):
    folder = tmp_path / "geo"
    shutil.copytree(GEO, folder)
    _with_rule(folder, 'kinds = ["lab"]\nfree_absences = 1\nquote = "x"')
    assert any("no meeting kind 'lab'" in p for p in _problems(folder))


def test_the_templates_commented_examples_load_once_uncommented(tmp_path):
    """`coursebot new-course` shows [[best_of]] and [[attendance]] commented out; uncommented, they are valid."""
    from bot.course.template import write_template

    folder = tmp_path / "new"
    write_template(folder)
    for name, start in (("assignments.toml", "# [[best_of]]"), ("policies.toml", "# [[attendance]]")):
        lines, on = [], False
        for line in (folder / name).read_text().split("\n"):
            on = on or line.startswith(start)
            if on and line.startswith("# ") and not line.startswith("# ("):
                line = line[2:]
            elif on:
                on = False
            lines.append(line)
        (folder / name).write_text("\n".join(lines))
    course = load_course(folder)
    assert [r.name for r in course.best_of] == ["pop quizzes"]
    assert [r.free_absences for r in course.attendance] == [2]
