"""The course's sections asked for as a set ("how many tutorial groups are there", "which discussion section meets on
fridays"): each section by its own name with what the page says of it, or those meeting that weekday; one section
named, or a question of another thing that says "sections", is left to its own reading."""

from __future__ import annotations

import pytest

from bot.understand.meetings.sections_asked import sections_answer
from tests.understand.conftest import reply


@pytest.mark.parametrize(
    ("course", "question", "shown"),
    [
        ("stat", "how many discussion sections are there", ("has 8", "Discussion 1A", "Discussion 1H")),
        ("stat", "which discussion section meets on fridays", ("On Fridays: Discussion 1G, Discussion 1H.",)),
        ("hist", "list the tutorial groups", ("has 3", "Tutorial group T1", "Hume Building 2.03")),
        ("hist", "what tutorial groups are there?", ("Tutorial group T2",)),
        ("geo", "how many practical groups are there", ("has 2", "Practical group Nord")),
    ],
)
def test_the_sections_by_their_own_names(request, course, question, shown):
    """Every section the course lists (or those of the weekday), named as the course names them."""
    result, said = reply(request.getfixturevalue(course), question, "2024-10-14 10:00")
    assert [p.intent for p in result.parts] == ["sections_asked"]
    for fact in shown:
        assert fact in said


@pytest.mark.parametrize(
    ("course", "question"),
    [
        ("stat", "what sections does the midterm cover"),  # what an exam covers
        ("stat", "who runs section 1a"),  # one section named
        ("stat", "how many lectures are there"),  # meetings counted, not sections
        ("hist", "can we work in groups on the essay"),  # a rule on group work
    ],
)
def test_other_questions_are_not_the_set_of_sections(request, course, question):
    """A word for sections inside another question does not make it this one."""
    result, _ = reply(request.getfixturevalue(course), question, "2024-10-14 10:00")
    assert "sections_asked" not in [p.intent for p in result.parts]


def test_a_weekday_no_section_meets_on_says_so(hist):
    """No section that weekday: said plainly, never the whole list passed off as that day's."""
    answer = sections_answer(hist, (0,))
    assert answer.lines[0][0] == "No section meets on Mondays."
    assert len(answer.lines) == 1


def test_a_word_every_sections_id_shares_is_their_kind(hist):
    """Sections whose ids all start with their kind ("lab-x", "lab-y") are asked for by it: "which tutorial groups are
    there" with ids "tutorial-t1", "tutorial-t2", ... is the set of sections, not one section's id word."""
    import datetime as dt
    from dataclasses import replace

    from bot.understand.engine import engine_for
    from bot.understand.meetings.sections_asked import sections_asked

    course = replace(hist, sections=tuple(replace(s, id=f"tutorial-{s.id.lower()}") for s in hist.sections))
    now = dt.datetime(2024, 10, 14, tzinfo=hist.tz)
    reading = engine_for(course).reader.read("which tutorial groups are there", now)
    assert sections_asked(course, reading) == ()
