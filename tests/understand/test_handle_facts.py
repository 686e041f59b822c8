"""Facts, staff and sections answered (bot.understand.handle_facts): meeting links and times by the course's own
kinds, a role nobody holds in a section."""

from __future__ import annotations

from tests.understand.conftest import reply


def test_the_link_of_a_meeting_held_online_is_given(geo):
    _, said = reply(geo, "whats the link for the colloquium", "2025-03-26 10:00")
    assert "https://meet.example/geo2210-kolloq" in said


def test_lecture_names_the_main_meeting_of_a_course_without_lectures(geo):
    _, said = reply(geo, "when is lecture", "2025-03-26 10:00")
    assert "H 0104" in said


def test_a_role_nobody_holds_in_a_section_is_said_not_to_be_named(geo, second_course):
    result, said = reply(geo, "who is the student assistant for group nord", "2025-03-26 10:00")
    assert result.answer.kind == "unknown"
    assert "names no Student Assistant for Practical group Nord" in said
    result, said = reply(geo, "who is the field tutor for nord", "2025-03-26 10:00")
    assert result.answer.kind == "info"
    assert "Tomasz Wierzbicki" in said
    result, _ = reply(second_course, "who is the ta for 1c", "2024-10-01 10:00")
    assert result.answer.kind == "info"
