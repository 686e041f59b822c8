"""What /admin reload says: versions before and after, each refused folder with its problems, never a crash."""

from __future__ import annotations

from bot.answers.reload_report import reload_answer
from bot.core.render_text import answer_text
from bot.course.catalog import CourseCatalog, Reloaded
from bot.course.checked_toml import Problem
from tests.conftest import at

NOW = at("2024-02-12 10:00")


def shown(answer, course):
    return answer_text(answer, course.tz, NOW)


def test_one_course_reloaded_says_its_versions(course):
    catalog = CourseCatalog.single(course)
    answer = reload_answer(catalog, Reloaded(catalog, {}), course.id)
    assert answer.kind == "info"
    assert answer.title == "Course data reloaded"
    assert f"version {course.version} → {course.version}" in shown(answer, course)


def test_one_course_refused_lists_its_problems_and_keeps_the_data(course):
    catalog = CourseCatalog.single(course)
    problems = [Problem("staff.toml", "", "", f"problem {i}") for i in range(20)]
    answer = reload_answer(catalog, Reloaded(catalog, {"data": problems}), course.id)
    said = shown(answer, course)
    assert answer.kind == "error"
    assert "The current data stays in service" in said
    assert "problem 14" in said
    assert "problem 15" not in said
    assert "… and 5 more" in said
