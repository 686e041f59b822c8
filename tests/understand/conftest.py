"""Shared by the tests of bot.understand: the fixture courses beyond the two bundled ones, and a question asked at a
moment in course time, with the reading and the text a student sees."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.course.model import Course
from bot.understand.engine import read_question
from bot.understand.question.result import Result
from tests.conftest import FIXTURES, REPO, SECOND_DATA, local

GEO = FIXTURES / "courses" / "geo-2210-s25"  # flex hours, practical groups, a Klausur, times in Berlin
HIST = FIXTURES / "courses" / "hist-210-a24"  # late tokens, a convenor and tutors, seminars, tutorial groups


@cache
def course_in(folder: str) -> Course:
    """The course in a folder of the repository ("data/stat-187-f24"), loaded once."""
    return load_course(REPO / folder)


@pytest.fixture(scope="session")
def geo() -> Course:
    return course_in(str(GEO.relative_to(REPO)))


@pytest.fixture(scope="session")
def hist() -> Course:
    return course_in(str(HIST.relative_to(REPO)))


@pytest.fixture(scope="session")
def stat() -> Course:
    """STAT 187 (the second bundled course), by its name."""
    return course_in(str(SECOND_DATA.relative_to(REPO)))


def reply(course: Course, question: str, now: str | dt.datetime) -> tuple[Result, str]:
    """The reading and the answer as a student reads it, asked at `now` ("2025-03-26 10:00" in course time)."""
    clock = now if isinstance(now, dt.datetime) else local(course, now)
    result = read_question(course, question, clock)
    return result, answer_text(result.answer, course.tz, clock)


def first_line(said: str) -> str:
    """The answer's first line after its title (where a Yes or No stands)."""
    return said.splitlines()[2]


@cache
def typed_questions(course_name: str) -> tuple[str, ...]:
    """Every question of the question sets about one course ("10-605-s24"), as typed: inputs for checking that an
    index finds what the scan it replaced found."""
    import tomllib

    found: list[str] = []
    for path in sorted((REPO / "tests" / "questions").glob("*.toml")):
        data = tomllib.loads(path.read_text())
        if data["course"] == course_name:
            found += [q["text"] for q in data["question"]]
    return tuple(found)


def tables_built_after_warming(folder: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Course, list[object]]:
    """A course object of its own, warmed, and the keys of every per-course table (bot.core.kept) built from now on:
    what a question asked after startup would pay for (issue 12: no first-use spike)."""
    import dataclasses

    from bot.core import kept
    from bot.understand.engine import warm

    course = dataclasses.replace(course_in(folder))
    warm(course)
    built: list[object] = []
    get = kept.Kept.get
    monkeypatch.setattr(
        kept.Kept, "get", lambda self, owner, key, build: get(self, owner, key, lambda: built.append(key) or build())
    )
    return course, built
