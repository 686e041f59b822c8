"""Names shared across kinds of thing (bot.course.checks.shared_names): a person and the section named after them
load and are told apart; a name a question cannot tell apart is refused with how to keep the page's names."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import CourseDataError, load_course
from bot.understand.engine import read_question
from tests.conftest import BUNDLED_DATA, FIXTURES, SECOND_DATA, local

CHEM = FIXTURES / "courses" / "chem-1310-s26"


def _copy(source: Path, tmp_path: Path, old: str, new: str) -> Path:
    """A copy of a course folder with one edit to its course.toml or staff.toml (old text -> new text)."""
    target = tmp_path / source.name
    shutil.copytree(source, target)
    for name in ("course.toml", "staff.toml"):
        path = target / name
        text = path.read_text()
        if old in text:
            path.write_text(text.replace(old, new, 1))
            return target
    raise AssertionError(f"{old!r} not in {source}")


# A section known by its TA's name, as pages write it: (course, edit, now, [(question, title the answer has)]).
_TA_NAMED_SECTIONS = [
    (
        SECOND_DATA,
        ('name = "Discussion 1A"', 'name = "Discussion 1A"\naliases = ["priya\'s section", "priya"]'),
        "2024-10-01 10:00",
        [
            ("priya's oh times?", "Office hours: Priya Raman"),
            ("is priya holding office hours monday", "Office hours: Priya Raman on Mon Oct 7"),
            ("what room is priya's section in", "Discussion 1A"),
            ("when's priya's section", "Discussion 1A"),
        ],
    ),
    (
        CHEM,
        ('aliases = ["R01", "L01", "sec 101"]', 'aliases = ["R01", "L01", "sec 101", "hannah", "hannah\'s section"]'),
        "2026-01-26 10:00",
        [
            ("hannah office hours", "Office hours: Hannah Lindqvist"),
            ("what time is hannah's section", "Section 101"),
            ("when does hannah's section meet", "Section 101"),
        ],
    ),
]


@pytest.mark.parametrize(("source", "edit", "now", "asked"), _TA_NAMED_SECTIONS, ids=["stat-187", "chem-1310"])
def test_a_section_named_after_its_ta_loads_and_each_reading_is_answered(tmp_path, source, edit, now, asked):
    """review8b 5: a section aliased by its TA's name is accepted; the person's hours and the section stay apart."""
    course = load_course(_copy(source, tmp_path, *edit))
    for question, title in asked:
        clock = local(course, now)
        said = answer_text(read_question(course, question, clock).answer, course.tz, clock)
        assert said.splitlines()[0] == title, (question, said)


# Names a question cannot tell apart: (course, edit, parts of the one problem expected).
_REFUSED = [
    (
        CHEM,
        ('aliases = ["R01", "L01", "sec 101"]', 'aliases = ["R01", "L01", "sec 101", "Lab 1"]'),
        [
            "course.toml",
            "section '101'",
            "'Lab 1' also names assignment 'lab1' in assignments.toml",
            "drop 'Lab 1' from the aliases of section '101' (students still find it as '101', 'Section 101', 'R01',",
            "'description' keeping the page's wording",
        ],
    ),
    (
        SECOND_DATA,
        ('id = "1A"', 'id = "ps1"'),
        ["section 'ps1'", "'id'", "also names assignment 'ps1'", "rename section 'ps1' (its id 'ps1')", "description"],
    ),
    (
        BUNDLED_DATA,
        ('aliases = ["jacob"]', 'aliases = ["jacob", "exam 2"]'),
        ["staff.toml", "'exam 2' also names exam", "drop 'exam 2' from the aliases of person", "'jacob'"],
    ),
    (
        SECOND_DATA,
        ('name = "Discussion 1A"', 'name = "Discussion 1A"\naliases = ["final"]'),
        ["section '1A'", "'final' also names exam 'final'", "drop 'final' from the aliases of section '1A'"],
    ),
]


@pytest.mark.parametrize(("source", "edit", "expected"), _REFUSED, ids=["lab-section", "section-id", "person", "exam"])
def test_a_name_a_question_cannot_tell_apart_is_refused_with_how_to_keep_the_pages_names(
    tmp_path, source, edit, expected
):
    """A section and an assignment (or a person and an exam) sharing a name is refused, saying what to change."""
    with pytest.raises(CourseDataError) as info:
        load_course(_copy(source, tmp_path, *edit))
    problems = [str(p) for p in info.value.problems]
    assert any(all(part in p for part in expected) for p in problems), problems
