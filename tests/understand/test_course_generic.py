"""Nothing about one course is written in the engine: its words come from the course data."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import REPO

ENGINE = sorted((REPO / "bot" / "understand").glob("*.py"))


def _literals(path) -> list[str]:
    """The string constants of a module, docstrings left out (examples in prose are fine)."""
    tree = ast.parse(path.read_text())
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value.lower()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def _course_words(course) -> set[str]:
    words = {"piazza", "gradescope", "carnival", "mosaic"}
    words |= {a.id for a in course.assignments} | {a.short.lower() for a in course.assignments}
    words |= {p.name.lower() for p in course.people} | {p.id for p in course.people}
    words |= {s.id for s in course.sections} | {e.title.lower() for e in course.exams}
    words |= {r.title.lower() for r in course.schedule if r.has_class and len(r.title) > 4}
    return words


@pytest.mark.parametrize("path", ENGINE, ids=lambda p: p.name)
def test_no_course_specifics_in_the_engine(course, path):
    """No assignment, person, policy, section, exam or topic of 10-605, nor its forum, in the code."""
    words = _course_words(course)
    found = {w for literal in _literals(path) for w in words if w in literal.split() or literal == w}
    assert found == set()
