"""'where is t04 on tuesday': a section named with a day and no kind of meeting asks where it meets then."""

from __future__ import annotations

from bot.understand.reading import Mention
from bot.understand.section_meets import asks_section_meeting
from tests.understand.conftest import reply

SECTION = Mention("section", ("T2",), 2, 3, 2.0)


def test_where_a_section_meets_on_a_day():
    assert asks_section_meeting({"where"}, [SECTION], dated=True)
    assert not asks_section_meeting({"where"}, [SECTION], dated=False)  # the section's card answers
    assert not asks_section_meeting({"when"}, [SECTION], dated=True)
    assert not asks_section_meeting({"where", "exam"}, [SECTION], dated=True)
    kind = Mention("kind", ("tutorial",), 2, 3, 1.0)
    assert not asks_section_meeting({"where"}, [SECTION, kind], dated=True)  # the kind already says it


def test_the_days_meeting_of_a_section_named_by_its_id(hist):
    _, said = reply(hist, "where is t2 on thursday", "2024-10-14 10:00")
    assert "Thu Oct 17" in said
    assert "Hume Building G.14" in said


def test_a_section_and_another_kind_on_a_day_is_that_days_meetings(second_course):
    """ "discussion 1a and lecture, what times on thursday": the section's day, every kind (the lecture for all)."""
    _, said = reply(second_course, "discussion 1a and lecture, what times are they on thursday", "2024-10-14 10:00")
    assert "Lecture" in said
    assert "11:00 AM" in said
