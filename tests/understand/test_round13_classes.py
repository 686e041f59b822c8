"""Issue 12, round 13: sections, office hours, exam what-ifs and a meeting's mode, read the way students mean
them, on every bundled course and the fixture courses."""

from __future__ import annotations

import pytest

from tests.understand.conftest import first_line, reply


def test_a_sections_own_name_is_the_section_not_the_work_named_after_it(geo):
    for question in ("who leads the nord group", "nord prac time + room", "when is the nord practical"):
        result, said = reply(geo, question, "2025-05-08 09:30")
        assert result.parts[0].intent in ("section", "course_fact"), question
        assert "log-nord" not in str(result.parts[0].slots)
        assert "Tomasz Wierzbicki" in said
        assert "EB 222" in said
    result, _ = reply(geo, "is the nord log due friday", "2025-05-08 09:30")  # work due: the field log
    assert result.parts[0].slots.get("assignments") == ("log-nord",)


def test_a_role_in_a_section_stays_with_the_staff(geo):
    result, _ = reply(geo, "who is the student assistant for group nord", "2025-03-20 10:00")
    assert result.answer.kind == "unknown"


@pytest.mark.parametrize(
    ("which", "question", "now", "last"),
    [
        ("hist", "when's the last tutorial for group T2", "2024-10-23 13:00", "Thu Nov 14"),
        ("hist", "last tutorial for grp t3?", "2024-10-23 13:00", "Fri Nov 15"),
        ("geo", "when is the last practical for gruppe süd", "2025-05-08 09:30", "Thu Jun 12"),
        ("second_course", "when's the last 1H section of the term", "2024-11-04 10:00", "Fri Dec 6"),
    ],
)
def test_the_last_meeting_of_a_section(request, which, question, now, last):
    result, said = reply(request.getfixturevalue(which), question, now)
    assert result.parts[0].intent == "section"
    assert f"Last this term: {last}" in said


def test_the_section_a_student_says_they_are_in(hist):
    question = "so i'm in tutorial group t3 and i have a job. what time is my tutorial exactly?"
    _, said = reply(hist, question, "2024-10-23 13:00")
    assert "Fridays 1:00 PM" in said
    assert "Hume Building 2.03" in said


def test_office_hours_of_a_role_before_a_day_are_every_session_until_then(course, second_course):
    _, said = reply(course, "which TAs have OH before monday", "2024-03-13 14:30")
    assert "Yiwen Zhao" in said
    assert "Gabriel Fonseca" in said
    assert "Mon Mar 18" not in said.split("\n", 2)[2]  # Monday itself is not before Monday
    _, said = reply(second_course, "which GSIs have office hours before thursday", "2024-11-04 10:00")
    assert "Hana Okafor" in said
    assert "Diego Alvarez" not in said


def test_an_office_hour_asked_by_a_near_name_with_a_possessive(hist):
    result, said = reply(hist, "is thomas's office hour in person", "2024-10-23 13:00")
    assert result.parts[0].slots.get("person") == "tomas-reyes"
    assert first_line(said).startswith("No")
    assert "Miriam Osei" not in said


def test_where_office_hours_are_when_some_rooms_are_given_is_still_per_person(second_course):
    result, said = reply(second_course, "where are office hours", "2024-11-04 10:00")
    assert result.answer.kind != "unknown"
    assert "Halvorsen Hall 512" in said


@pytest.mark.parametrize(
    ("which", "question", "now", "first"),
    [
        ("course", "can i take exam2 remotely from home", "2024-03-13 14:30", "No"),
        ("course", "we leave the morning of the exam, can I take it a day early or remotely", "2024-03-13 14:30", "No"),
        ("second_course", "i fly back that morning, can i take the final late", "2024-11-20 17:15", "No"),
        ("hist", "i fly back the monday after, can i take the final late", "2024-10-23 13:00", "Whether"),
        ("geo", "can i write the klausur remotely", "2025-05-08 09:30", "No"),
        ("hist", "i have another exam that morning, is there a conflict form", "2024-10-23 13:00", "No"),
    ],
)
def test_exam_what_ifs_answer_from_the_data(request, which, question, now, first):
    result, said = reply(request.getfixturevalue(which), question, now)
    assert first_line(said).startswith(first), said
    assert result.answer.kind != "unknown" or first == "Whether"


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("when is the colloquium and is it online", "Yes"),
        ("when's the kolloquium, is it in person", "No"),
        ("when is the plenary and is it online", "No"),
    ],
)
def test_a_meetings_time_and_mode_asked_together(geo, question, first):
    _, said = reply(geo, question, "2025-05-08 09:30")
    assert first_line(said).startswith(first)
    assert "Fridays" in said or "Mondays" in said


@pytest.mark.parametrize(
    ("which", "question", "now", "last"),
    [
        ("hist", "when is the final t2 tutorial of term", "2024-10-23 13:00", "Thu Nov 14"),
        ("geo", "final practical for group süd?", "2025-05-07 10:00", "Thu Jun 12"),
    ],
)
def test_final_before_a_sections_meeting_is_its_last_not_the_final_exam(request, which, question, now, last):
    result, said = reply(request.getfixturevalue(which), question, now)
    assert result.parts[0].intent == "section"
    assert f"Last this term: {last}" in said


def test_the_final_exam_is_still_the_final_exam(hist):
    result, _ = reply(hist, "when is the final exam", "2024-10-23 13:00")
    assert result.parts[0].intent == "exam"
