"""'where is t04 on tuesday': a section named with a day and no kind of meeting asks where it meets then."""

from __future__ import annotations

import pytest

from bot.understand.meetings.section_meets import asks_section_meeting
from bot.understand.question.reading import Mention
from tests.understand.conftest import first_line, reply

SECTION = Mention("section", ("T2",), 2, 3, 2.0)


def test_where_a_section_meets_on_a_day():
    assert asks_section_meeting({"where"}, [SECTION], dated=True)
    assert not asks_section_meeting({"where"}, [SECTION], dated=False)  # the section's card answers
    assert not asks_section_meeting({"when"}, [SECTION], dated=True)
    assert not asks_section_meeting({"where", "exam"}, [SECTION], dated=True)
    kind = Mention("kind", ("tutorial",), 2, 3, 1.0)
    assert not asks_section_meeting({"where"}, [SECTION, kind], dated=True)  # the kind already says it


def test_a_kind_word_inside_the_sections_own_name_names_no_other_kind():
    """ "where is studio group 3 on thursday": "studio" is part of the section's name, so it is that section's day."""
    named = Mention("section", ("SG3",), 2, 5, 2.0)
    inside = Mention("kind", ("studio",), 2, 3, 1.0)
    assert asks_section_meeting({"where"}, [named, inside], dated=True)
    beside = Mention("kind", ("lecture",), 5, 6, 1.0)
    assert not asks_section_meeting({"where"}, [named, inside, beside], dated=True)


def test_online_or_in_person_on_a_day_is_that_days_meeting_too():
    """ "is r8 on zoom tomorrow": how the section meets on that day, not its weekly card."""
    assert asks_section_meeting({"in_person"}, [SECTION], dated=True)
    assert not asks_section_meeting({"in_person"}, [SECTION], dated=False)


@pytest.mark.parametrize(
    ("question", "now", "first", "said"),
    [
        # a full section name that holds its kind's word, with a weekday: that day's meeting, its change and all
        ("where does practical group süd meet this thursday", "2025-03-25 10:00", None, "cancelled"),
        # the usual room on a day, the section naming no kind: its one kind of meeting decides
        ("is gruppe süd in the normal room on the 27th", "2025-03-25 10:00", "No", "not held"),
        ("is group nord in its usual room next wednesday", "2025-03-25 10:00", "Yes", "EB 222"),
    ],
)
def test_a_sections_meeting_on_a_named_day(geo, question, now, first, said):
    """The section's meeting on the day asked: where, and Yes/No on its usual room, from the day's changes."""
    _, answer = reply(geo, question, now)
    assert said in answer
    if first:
        assert first_line(answer).startswith(first)


def test_the_days_meeting_of_a_section_named_by_its_id(hist):
    _, said = reply(hist, "where is t2 on thursday", "2024-10-14 10:00")
    assert "Thu Oct 17" in said
    assert "Hume Building G.14" in said


def test_a_section_and_another_kind_on_a_day_is_that_days_meetings(second_course):
    """ "discussion 1a and lecture, what times on thursday": the section's day, every kind (the lecture for all)."""
    _, said = reply(second_course, "discussion 1a and lecture, what times are they on thursday", "2024-10-14 10:00")
    assert "Lecture" in said
    assert "11:00 AM" in said
