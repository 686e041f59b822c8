"""A deadline asked for a named section: whom the item is for, and one deadline for everyone when asked the same."""

from __future__ import annotations

import pytest

from bot.core.render_text import line_text
from bot.understand.work.deadline_for_section import same_verdict, section_lines
from tests.conftest import at
from tests.understand.conftest import reply


@pytest.mark.parametrize(
    ("question", "item", "named", "said"),
    [
        ("when is the mini project due for 405", "miniproject", ("10-405",), "Mini-project is for 10-605 only, not"),
        ("is hw3 the same deadline for 405 and 605", "hw3", ("10-405", "10-605"), "one deadline, Wed Feb 21"),
        ("when is hw3 due for 405", "hw3", ("10-405",), None),  # for them, and no "same" asked
        ("when is hw3 due", "hw3", (), None),
    ],
)
def test_whom_an_item_is_for_and_one_deadline_for_everyone(course, question, item, named, said):
    """Not for the section named: says whom it is for; asked "the same": the one deadline, for everyone."""
    now = at("2024-02-12 10:00")
    lines = [line_text(x, course.tz, now) for x in section_lines(course, question, [course.assignment(item)], named)]
    if said is None:
        assert lines == []
    else:
        assert any(said in x for x in lines), lines


def test_a_when_question_from_a_section_is_answered_with_the_deadline(course):
    """ "im a 405 student, when do i need to have the mini project done": when, and that it is not for 10-405."""
    result, said = reply(course, "im a 405 student, when do i need to have the mini project done", "2024-02-12 10:00")
    assert result.parts[0].intent == "assignment_due"
    assert "Mini-project is for 10-605 only" in said
    assert "Wed Apr 17" in said


@pytest.mark.parametrize(
    ("question", "named", "yes"),
    [
        ("is hw3 the same deadline for 405 and 605", ("10-405", "10-605"), True),
        ("is the hw3 deadline different for 405 and 605", ("10-405", "10-605"), False),
        ("when is the mini project due for 405", ("10-405",), None),  # not for them: no plain Yes or No
    ],
)
def test_same_deadline_is_a_yes_and_different_a_no(course, question, named, yes):
    """Asked whether the deadline is the same for the sections named: Yes when the page gives one; "different": No."""
    items = [course.assignment("miniproject" if "mini" in question else "hw3")]
    assert same_verdict(question, section_lines(course, question, items, named)) is yes


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("our lab moved, is hw3 due later for 405 then", False),
        ("is the hw3 deadline earlier for 405", False),
        ("is hw3 due later than hw2 for 405", None),  # another work compared: not the section's own deadline
    ],
)
def test_due_later_for_a_section_is_a_no_when_the_page_gives_one_deadline(course, question, yes):
    """ "is hw3 due later for us": one deadline for everyone, so No (a moved meeting moves no deadline)."""
    items = [course.assignment("hw3")]
    assert same_verdict(question, section_lines(course, question, items, ("10-405",))) is yes


def test_a_sections_own_piece_is_no_comparison(course):
    """Work only the named section does has no other section's deadline to be later than."""
    items = [course.assignment("miniproject")]
    assert section_lines(course, "is the mini project due later for 605", items, ("10-605",)) == []
