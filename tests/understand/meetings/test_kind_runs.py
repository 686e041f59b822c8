"""Who runs a kind of class meeting (bot.understand.meetings.kind_runs): the staff of that kind's meetings."""

from __future__ import annotations

import pytest

from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("folder", "question", "now", "names"),
    [
        # the verb of teaching is no role: the people on the kind's meetings, not the lecturer
        (
            "data/stat-187-f24",
            "who takes the discussion sections",
            "2024-10-14 10:00",
            ["Priya Raman", "Diego Alvarez"],
        ),
        ("tests/fixtures/courses/geo-2210-s25", "who runs the field practicals", "2025-03-25 10:00", ["Amara Nwosu"]),
        ("tests/fixtures/courses/hist-210-a24", "who leads the source workshops", "2024-10-14 10:00", ["Miriam Osei"]),
        # a kind whose name holds an exam's word
        (CHEM, "who's in charge of the exam review sessions", "2026-03-04 14:00", ["Dana Okafor"]),
    ],
)
def test_who_runs_a_kind_of_meeting_is_its_meetings_staff(folder, question, now, names):
    """The first line names every member of staff of the kind's meetings, with their role."""
    result, said = reply(course_in(folder), question, now)
    assert result.parts[0].intent == "kind_runs", said
    assert all(n in first_line(said) for n in names), said


def test_several_of_one_role_are_named_by_its_plural():
    """Four GSIs run the discussion sections: "(GSIs)", not "(GSI)"."""
    _, said = reply(course_in("data/stat-187-f24"), "who runs the discussion sections", "2024-10-14 10:00")
    assert "GSIs" in first_line(said)


@pytest.mark.parametrize(
    ("folder", "question", "now"),
    [
        (CHEM, "who runs the lab", "2026-02-10 10:00"),  # the course's "Lab coordinator" runs it (role_runs)
        ("data/stat-187-f24", "who teaches discussion 1a", "2024-10-14 10:00"),  # one section: its own card
        ("data/stat-187-f24", "who runs the discussion sections on friday", "2024-10-14 10:00"),  # a day asked
    ],
)
def test_a_role_a_section_or_a_day_keeps_its_own_reading(folder, question, now):
    result, _ = reply(course_in(folder), question, now)
    assert result.parts[0].intent != "kind_runs"


def test_when_a_kind_is_named_by_words_a_topic_holds_too():
    """ "when are the exam review sessions": the kind's sessions with their times, though schedule rows hold "exam
    review" too."""
    result, said = reply(course_in(CHEM), "when are the exam review sessions", "2026-03-04 14:00")
    assert result.parts[0].slots.get("kind") == "review", said
    assert "Tue Mar 31, 7:00 PM" in said


@pytest.mark.parametrize("question", ["who teaches recitation", "who runs the recitations"])
def test_a_kind_whose_meetings_name_no_one_is_said_to_be_unlisted_with_the_staff(question):
    """No staff on the kind's meetings: the page's silence on who runs it, then the whole staff, never the
    instructors alone from "teaches"."""
    result, said = reply(course_in("data/10-605-s24"), question, "2024-02-12 10:00")
    assert result.parts[0].intent == "kind_runs", said
    assert result.answer.kind == "unknown", said
    assert "Who runs the recitations is not on the course page" in said
    assert "Jacob Rast" in said


@pytest.mark.parametrize(
    ("folder", "question", "now", "names", "not_named"),
    [
        # a general word for a teacher after the kind: who runs that kind, not the course's lead
        (CHEM, "who is my lab teacher", "2026-02-10 10:00", ["Hannah Lindqvist", "Jun-seo Park"], "Dana Okafor"),
        (CHEM, "who's my recitation instructor", "2026-02-10 10:00", ["Tomás Echeverría"], "Dana Okafor"),
        (
            "tests/fixtures/courses/geo-2210-s25",
            "who is my practical teacher",
            "2025-03-25 10:00",
            ["Amara Nwosu"],
            "Ingrid",
        ),
        (
            "tests/fixtures/courses/hist-210-a24",
            "who is my seminar teacher",
            "2024-10-14 10:00",
            ["Miriam Osei"],
            "Tomas",
        ),
    ],
)
def test_a_teacher_of_a_kind_is_who_runs_it(folder, question, now, names, not_named):
    result, said = reply(course_in(folder), question, now)
    assert result.parts[0].intent == "kind_runs", said
    assert all(n in first_line(said) for n in names), said
    assert not_named not in first_line(said), said


def test_a_teacher_word_not_after_a_kind_keeps_the_staff_reading():
    """ "who is the instructor": the course's lead, no kind of meeting named before the word."""
    result, _ = reply(course_in(CHEM), "who is the instructor", "2026-02-10 10:00")
    assert result.parts[0].intent != "kind_runs"
