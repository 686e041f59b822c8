"""A name that fits several different assignments is never silently one of them (bot.answers.deadlines)."""

from __future__ import annotations

import re

import pytest

from bot.answers.deadlines import deadline_detail, resolve_assignments, resolve_next_assignments
from bot.core.errors import UserError
from bot.core.matching import canonical
from bot.core.render_text import answer_text
from bot.course.loader import load_course
from tests.conftest import FIXTURES, REPO, at

_FOLDERS = sorted(f for f in [*(REPO / "data").iterdir(), *(FIXTURES / "courses").iterdir()] if f.is_dir())


def _stems(course) -> set[str]:
    """The letters a course's numbered assignments start with ('hw', 'ps', 'lab'): generic words for them."""
    stems = set()
    for a in course.assignments:
        head = canonical(a.short).rstrip("0123456789abcdefgh")
        if head and head != canonical(a.short):
            stems.add(head)
    return stems


@pytest.mark.parametrize("folder", _FOLDERS, ids=lambda f: f.name)
def test_a_generic_name_is_refused_with_the_choices_on_every_course(folder):
    course = load_course(folder)
    for stem in _stems(course):
        try:
            found = resolve_assignments(course, stem)
        except UserError as refused:
            said = str(refused)
        else:
            said = ""
        if said:
            assert "Which one?" in said or "don't know" in said, stem
            continue
        # accepted only when the stem names one assignment or the parts of one
        assert len({a.group or a.id for a in found}) == 1, (stem, [a.id for a in found])


def test_homework_and_hw_ask_which_one(course):
    for generic in ("homework", "hw", "HW", "assignment"):
        with pytest.raises(UserError, match="Which one") as refused:
            resolve_assignments(course, generic)
        assert "HW1" in str(refused.value)
        assert "HW5" in str(refused.value)


def test_what_is_next_picks_the_nearest_upcoming_and_says_so(course):
    items, note = resolve_next_assignments(course, "homework", at("2024-02-12 10:00"))
    assert [a.id for a in items] == ["hw2"]
    assert "HW2 is the next one due" in note
    assert "HW5" in note
    shown = answer_text(deadline_detail(course, "hw", at("2024-02-12 10:00")), course.tz, at("2024-02-12 10:00"))
    assert "HW2 is due" in shown
    assert "HW5 is due" not in shown
    # the parts of one assignment come together
    items, _ = resolve_next_assignments(course, "homework", at("2024-03-01 10:00"))
    assert {a.id for a in items} == {"hw4a", "hw4b"}
    with pytest.raises(UserError, match="all past"):
        resolve_next_assignments(course, "hw", at("2024-12-01 10:00"))


def test_exact_names_and_typos_still_resolve(course):
    assert [a.id for a in resolve_assignments(course, "Homework 3")] == ["hw3"]
    assert [a.id for a in resolve_assignments(course, "hw4")] == ["hw4a", "hw4b"]
    assert [a.id for a in resolve_assignments(course, "hwk3")] == ["hw3"]


def test_staff_writes_do_not_take_a_typo(course):
    assert [a.id for a in resolve_assignments(course, "hw3", sure=True)] == ["hw3"]
    with pytest.raises(UserError, match="Did you mean HW3"):
        resolve_assignments(course, "hwk3", sure=True)


@pytest.mark.parametrize("folder", _FOLDERS, ids=lambda f: f.name)
def test_a_number_the_course_does_not_have_is_never_another_assignment(folder):
    """'hw10' when the course has HW1, 'lab 30' for Lab Report 3: a close name with other numbers is refused with
    the choices, never answered as the assignment it resembles."""
    course = load_course(folder)
    now = course.assignments[0].due if course.assignments else at("2024-02-12 10:00")
    numbers = {n for a in course.assignments for n in re.findall(r"\d+", canonical(a.short))}
    for item in course.assignments:
        short = canonical(item.short)
        digits = re.findall(r"\d+", short)
        if not digits:
            continue
        for other in (digits[-1] + "0", digits[-1] + digits[-1], "9" + digits[-1]):
            if other in numbers:
                continue
            typed = short[: short.rindex(digits[-1])] + other
            with pytest.raises(UserError, match="don't know") as refused:
                resolve_next_assignments(course, typed, now)
            assert item.short in str(refused.value), typed  # the choices are listed
            with pytest.raises(UserError):
                resolve_assignments(course, typed)


def test_a_typo_with_the_same_number_is_shown_with_what_it_was_taken_as(course):
    shown = deadline_detail(course, "hw1o", at("2024-02-12 10:00"))
    assert shown.title == "Homework 1"
    assert "'hw1o'" in str(shown.lines[0])
    assert "HW1" in str(shown.lines[0])
    assert deadline_detail(course, "hw1", at("2024-02-12 10:00")).lines == ()


def test_a_short_name_in_other_capitals_shows_the_title():
    """A list of what is due names an item whose short name is its title in other capitals by the page's own title
    ("Sequence Analysis" for "Sequence analysis"); a short name of its own keeps the title beside it."""
    from dataclasses import replace

    from bot.answers.deadlines import due_line

    course = load_course(REPO / "data" / "stat-187-f24")
    item = course.assignments[0]
    recased = replace(item, short=item.title.lower())
    assert answer_text_of(due_line(course, recased)).startswith(f"**{item.title}**")
    assert f" · {item.title}" not in answer_text_of(due_line(course, recased))
    assert answer_text_of(due_line(course, item)).startswith(f"**{item.short}**")


def answer_text_of(line: tuple) -> str:
    """A line's plain text (its timestamps aside)."""
    return "".join(part for part in line if isinstance(part, str))
