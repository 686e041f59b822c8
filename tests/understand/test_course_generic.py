"""Nothing about one course is written in the engine: its words come from the course data."""

from __future__ import annotations

import ast
import datetime as dt

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import answer_question
from tests.conftest import FIXTURES, REPO
from tests.test_course_words import GENERIC_VOCABULARY, _generic_lines

ENGINE = sorted((REPO / "bot" / "understand").rglob("*.py"))


def _literals(path) -> list[str]:
    """The string constants of a module, docstrings left out (examples in prose are fine)."""
    tree = ast.parse(path.read_text())
    # The generic student vocabulary ("piazza" as any forum), allowed in its GENERIC_* tuples only.
    generic = _generic_lines(tree) if str(path.relative_to(REPO)) == GENERIC_VOCABULARY[0] else set()
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
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and node.lineno not in generic
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


THIRD = FIXTURES / "courses" / "hist-210-a24"  # late tokens, a convenor and tutors, seminars, tutorial groups


@pytest.fixture(scope="module")
def third_course():
    return load_course(THIRD)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("when is essay 2 due", ["Essay 2 is due Fri Nov 22, 12:00 PM GMT"]),
        ("how many late tokens do we get", ["2 late tokens in total"]),
        ("can i use a late token on the dissertation proposal", ["No: late tokens do not apply to Proposal."]),
        ("when is the next workshop", ["Wed Oct 23", "Archive Reading Room"]),
        ("who are the seminar tutors", ["Tomas Reyes", "Hannah Lindqvist"]),
        ("where is tutorial T2", ["Hume Building G.14"]),
        ("when is the exam", ["Mon Dec 9", "Great Hall"]),
        ("can i bring notes into the exam", ["No:"]),
        ("is tomas's office hour in person", ["No: they are held remotely (https://meet.example/reyes)."]),
        ("when do we talk about pirates", ["Mon Nov 4"]),
        ("can i use chatgpt for my essay", ["No:"]),
        ("where do i hand in essays", ["Turnitin"]),
    ],
)
def test_a_third_course_answers_its_basic_questions(third_course, question, said):
    """A course in words the engine has never seen (its late pool, staff titles, meeting kinds and sections
    named its own way) is answered from its data alone."""
    answer = answer_question(third_course, question, dt.datetime(2024, 10, 21, 10, 30, tzinfo=third_course.tz))
    shown = answer_text(answer, third_course.tz, dt.datetime(2024, 10, 21, 10, 30, tzinfo=third_course.tz))
    assert all(s in shown for s in said), shown


@pytest.mark.parametrize("question", ["when are hannah's office hours", "what happens if i miss the exam"])
def test_a_third_course_says_what_its_page_does_not(third_course, question):
    answer = answer_question(third_course, question, dt.datetime(2024, 10, 21, 10, 30, tzinfo=third_course.tz))
    assert answer.kind == "unknown"
