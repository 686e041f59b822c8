"""The course's name for office hours as students shorten it (bot.understand.words.help_hours_names)."""

from __future__ import annotations

from dataclasses import replace

from bot.course.model import OFFICE_HOURS, HelpHours
from bot.understand.words.help_hours_names import shortened_names
from tests.understand.conftest import first_line, reply


def test_a_compound_or_several_words_name_the_sessions_without_their_head():
    assert list(shortened_names(HelpHours("Drop-in hour", "Drop-in hours"))) == [("drop", "in")]
    assert ("walk", "in") in set(shortened_names(HelpHours("Walk-in session", "Walk-in sessions")))
    assert ("problem", "solving") in set(shortened_names(HelpHours("Problem solving session")))


def test_one_everyday_word_left_alone_is_not_a_session():
    assert list(shortened_names(OFFICE_HOURS)) == []
    assert list(shortened_names(HelpHours("Student hour", "Student hours"))) == []
    assert list(shortened_names(HelpHours("Consultation", "Consultations"))) == []  # no generic head to leave off


def test_a_session_asked_by_the_shortened_name_is_office_hours(geo):
    drop_in = replace(geo, help_hours=HelpHours("Drop-in hour", "Drop-in hours"))
    for question in ("is solberg's drop-in on monday apr 14", "is ingrid solberg's drop-in on apr 14?"):
        result, said = reply(drop_in, question, "2025-04-02 10:00")
        assert [p.intent for p in result.parts] == ["office_hours"]
        assert first_line(said).startswith("No")  # the Easter break cancels it
    result, said = reply(drop_in, "when is tomasz's drop-in", "2025-04-02 10:00")
    assert [p.intent for p in result.parts] == ["office_hours"]
    assert "Wednesdays 11:30 AM" in said


def test_a_role_named_in_the_name_stays_the_role(course):
    # "TA hours" without "hours" is the TA: "who is my ta" still asks about staff
    ta_hours = replace(course, help_hours=HelpHours("TA hour", "TA hours"))
    result, _ = reply(ta_hours, "who are the tas", "2024-02-19 10:00")
    assert [p.intent for p in result.parts] == ["staff"]
