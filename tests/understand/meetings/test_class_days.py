"""Class on a day or in a range: schedule rows of a kind, weekly meetings the schedule does not list, a topic."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.core.render_text import answer_text
from bot.course.meetings import MeetingChange
from bot.course.model import ScheduleDay
from bot.understand.meetings.class_days import (
    called_off,
    held_between,
    kind_label,
    meetings_on,
    next_held,
    resumes_after,
    span_words,
)
from tests.conftest import local
from tests.understand.conftest import course_in

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("day", "kind", "section", "held"),
    [
        (
            "2024-10-18",
            "discussion",
            None,
            ["Discussion section 1G (Fri Oct 18)", "Discussion section 1H (Fri Oct 18)"],
        ),
        ("2024-10-18", "discussion", "1G", ["Discussion section 1G (Fri Oct 18)"]),
        ("2024-10-18", "class", None, []),  # sections meet, but no class for everyone
        ("2024-10-17", "lecture", None, ["Decision trees (Thu Oct 17)"]),
        ("2024-11-28", "discussion", None, []),  # Thanksgiving break cancels every meeting
    ],
)
def test_what_meets_on_a_day(second_course, day, kind, section, held):
    """Schedule rows of the kind, plus weekly meetings the schedule does not list; days off cancel them."""
    assert held_between(second_course, D(day), D(day), kind, section) == held


def test_an_exam_outside_class_time_is_not_a_class_held(course, second_course):
    """An evening midterm's row is no class that day; an exam given during class is the class held (u34)."""
    assert held_between(second_course, D("2024-10-23"), D("2024-10-23"), "class", None) == []
    assert held_between(course, D("2024-02-26"), D("2024-02-26"), "class", None) == ["Exam 1 (Mon Feb 26)"]


def test_a_topic_counts_only_its_rows_and_the_extra_meetings_it_names(second_course):
    """'a review session before the midterm' is 1C's extra session (its reason names it), not any class."""
    held = held_between(second_course, D("2024-10-16"), D("2024-10-22"), "class", None, "review")
    assert held == ["Discussion section 1C, midterm review (Tue Oct 22, 5:00 PM PDT, Quarry Hall 79)"]
    assert held_between(second_course, D("2024-10-16"), D("2024-10-22"), "class", None, "transformers") == []


def test_a_kinds_meetings_on_a_day_have_times_rooms_and_topics(second_course):
    """The moved lecture shows its day's room and why; a kind without weekly meetings leaves it to the schedule."""
    now = local(second_course, "2024-10-14 09:00")
    moved = meetings_on(second_course, D("2024-10-15"), "lecture", None)
    rendered = answer_text(moved, second_course.tz, now)
    assert "Bayview Auditorium" in rendered
    assert "Generalized additive models" in rendered
    assert meetings_on(second_course, D("2024-10-15"), "class", None) is None
    assert meetings_on(second_course, D("2024-11-11"), "lecture", None) is None  # a holiday: the schedule says so


def test_a_kinds_meeting_on_a_day_shows_its_rows_materials_and_reading():
    """ "where are the slides for mondays lecture": the lecture's row with its slides and recording, as the schedule."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    now = local(chem, "2026-02-20 10:00")
    rendered = answer_text(meetings_on(chem, D("2026-02-23"), "lecture", None), chem.tz, now)
    assert "Pressure and the simple gas laws · slides, Panopto" in rendered


def test_words_for_kinds_and_spans(course, second_course):
    """The course's word for a kind; a range after "no class" reads as a sentence."""
    assert kind_label(second_course, "discussion") == "discussion section"
    assert kind_label(course, "recitation", plural=True) == "recitations"
    assert kind_label(course, "class") == "class"
    assert span_words(D("2024-11-11"), D("2024-11-11"), "Veterans Day") == "on Veterans Day"
    assert span_words(D("2024-11-27"), D("2024-11-29"), "Thanksgiving break") == "during Thanksgiving break"
    assert span_words(D("2024-10-21"), D("2024-10-27"), "next week") == "next week"


@pytest.mark.parametrize(
    ("day", "kind", "section", "said"),
    [
        ("2024-11-01", "discussion", "1C", "Discussion section 1C next meets Wed Nov 6, 12:00 PM"),
        ("2024-11-01", "discussion", None, "Discussion sections next meet Wed Nov 6"),  # no one section's time
        ("2024-11-02", "lecture", None, "Lecture next meets Tue Nov 5, 11:00 AM"),
        ("2024-11-01", None, None, ""),  # any class: nothing to say of one kind
    ],
)
def test_when_a_kind_of_meeting_next_meets(stat, day, kind, section, said):
    assert next_held(stat, D(day), kind, section) == said


def test_a_kind_the_schedule_lists_by_day_says_its_next_row(course):
    said = next_held(course, D("2024-03-13"), "recitation", None)
    assert said.startswith("The next recitation is Fri Mar 15")


def test_a_one_off_meeting_named_by_the_topic_asked(second_course):
    """A review session the page lists as its own meeting (one date, a title) is held when "review" is asked."""
    import dataclasses

    from bot.course.meetings import Meeting

    review = Meeting(
        "review-final",
        "lecture",
        (0,),
        dt.time(19),
        dt.time(20, 30),
        D("2024-12-09"),
        D("2024-12-09"),
        title="Final exam review session",
        room="Halvorsen Hall 100",
    )
    course = dataclasses.replace(second_course, meetings=(*second_course.meetings, review))
    held = held_between(course, D("2024-12-04"), D("2024-12-11"), None, None, "review")
    assert held == ["Final exam review session (Mon Dec 9, 7:00 PM PST, Halvorsen Hall 100)"]
    assert held_between(course, D("2024-12-04"), D("2024-12-11"), None, None, "party") == []


def test_a_meeting_cancelled_for_the_section_asked_is_not_held(second_course):
    """A change cancelling one section's meeting: not held for that section, still held for the others."""
    day = D("2024-10-18")
    off = MeetingChange(meeting="dis-1g", kind="cancel", first=day, last=day, reason="GSI away")
    course = replace(second_course, meeting_changes=(*second_course.meeting_changes, off))
    assert held_between(course, day, day, "discussion", "1G") == []
    assert held_between(course, day, day, "discussion", "1H") == ["Discussion section 1H (Fri Oct 18)"]
    assert called_off(course, day, day, "discussion", "1G") == {(day, "discussion")}
    assert called_off(course, day, day, "discussion", None) == set()


def test_a_schedule_row_of_a_kind_all_cancelled_that_day_is_not_held(second_course):
    day = D("2024-10-17")
    off = MeetingChange(meeting="lecture", kind="cancel", first=day, last=day, reason="instructor ill")
    course = replace(second_course, meeting_changes=(*second_course.meeting_changes, off))
    assert held_between(course, day, day, "lecture", None) == []
    assert held_between(second_course, day, day, "lecture", None) == ["Decision trees (Thu Oct 17)"]


def test_an_extra_session_asked_by_that_word_alone_is_any_added_meeting(second_course):
    """ "an extra session", "any additional class": a one-off meeting the page adds, whatever its reason says;
    words naming something else still have to be in its reason."""
    first, last = D("2024-10-16"), D("2024-10-22")
    for words in ("extra", "extra session", "additional class"):
        held = held_between(second_course, first, last, "class", None, words)
        assert held == ["Discussion section 1C, midterm review (Tue Oct 22, 5:00 PM PDT, Quarry Hall 79)"], words
    assert held_between(second_course, first, last, "class", None, "extra lab") == []
    assert held_between(second_course, D("2024-10-23"), D("2024-10-30"), "class", None, "extra") == []


@pytest.mark.parametrize(
    ("section", "held"),
    [
        ("101", ["Experiment 7: Titration (Lab 101) (Wed Mar 25)"]),  # its own lab day's row
        ("102", ["Lab 102 (Thu Mar 26)"]),  # not 101's row: its own meeting that week
        (None, ["Experiment 7: Titration (Lab 101) (Wed Mar 25)", "Lab 102 (Thu Mar 26)"]),
    ],
)
def test_a_row_of_a_kind_only_sections_hold_is_theirs_on_their_days(section, held):
    """A schedule row of a kind only the sections' own meetings hold is a section's only on a day its meeting meets."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    row = ScheduleDay(D("2026-03-25"), "lab", "Experiment 7: Titration (Lab 101)")
    with_row = replace(chem, schedule=(*chem.schedule, row))
    found = held_between(with_row, D("2026-03-25"), D("2026-03-26"), "lab", section)
    assert [h for h in found if "103" not in h] == held


def test_classes_resume_after_a_day_off(second_course):
    """After a day off, the next meeting everyone has (not one section's) is when classes resume."""
    said = resumes_after(second_course, dt.date(2024, 11, 11))
    assert said.startswith("Classes resume Tue Nov 12: Lecture at 11:00 AM")
    assert resumes_after(second_course, second_course.term_last) == ""


def test_classes_resume_on_the_day_every_section_meets_first():
    """After a day off whose next day has every section's recitation (before any lecture), classes resume that day
    with each section's meeting, never one section's alone; for a section, its own meeting."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    said = resumes_after(chem, D("2026-01-19"))
    assert said.startswith("Classes resume Tue Jan 20: Recitation 101 at 8:00 AM, Recitation 102 at 12:00 PM")
    assert "Recitation 103" in said
    assert resumes_after(chem, D("2026-01-19"), "102") == "Classes resume Tue Jan 20: Recitation 102 at 12:00 PM"
    assert resumes_after(chem, D("2026-03-20")).startswith("Classes resume Mon Mar 23: Lecture at 9:05 AM")
