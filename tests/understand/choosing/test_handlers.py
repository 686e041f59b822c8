"""Handlers: an intent's slots in, an Answer out; a Yes or No where the data decides it."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.render_text import answer_text
from bot.understand.choosing.handlers import Asked, handle
from tests.conftest import at, local
from tests.understand.conftest import first_line, reply

NOW = at("2024-02-12 10:00")


def asked(course, yes_no=False, now=NOW):
    return Asked(course, now, None, None, None, yes_no, "")


def render(course, answer):
    return answer_text(answer, course.tz, NOW)


def test_an_unknown_assignment_is_a_clear_message_listing_the_real_ones(course):
    answer = handle("assignment_due", asked(course), {"assignments": (), "unknown": ("hw9",)})
    assert answer.kind == "error"
    assert "'hw9'" in render(course, answer)
    assert "HW5" in render(course, answer)


def test_yes_or_no_from_the_data(course):
    """Due on that day or not; a section's assignment or not; class that day or not."""
    due = handle("assignment_due", asked(course, True), {"assignments": ("hw3",), "date": dt.date(2024, 2, 16)})
    assert render(course, due).splitlines()[2].startswith("No:")
    mini = handle("assignment_for", asked(course, True), {"assignments": ("miniproject",), "section": "10-405"})
    assert render(course, mini).splitlines()[2] == "No: Mini-project is for 10-605 only."
    friday = handle("schedule_day", asked(course, True), {"date": dt.date(2024, 2, 16), "kind": "class"})
    assert render(course, friday).splitlines()[2].startswith("Yes:")


def test_cancelled_flips_the_answer(course):
    """'is class cancelled on friday?' is answered No when there is class."""
    answer = handle("schedule_day", asked(course, True), {"date": dt.date(2024, 2, 16), "negated": True})
    assert render(course, answer).splitlines()[2].startswith("No:")


def test_a_due_time_question_is_neither_yes_nor_no_when_the_page_gives_no_time(course):
    """'is it due at midnight?': the page gives dates only, so the answer says the time is assumed."""
    answer = handle("assignment_due", asked(course, True), {"assignments": ("hw3",), "time": dt.time(0, 0)})
    first = render(course, answer).splitlines()[2]
    assert "gives only the date" in first
    assert not first.startswith(("Yes", "No"))


def test_late_rules_in_general_come_from_the_policy(course):
    answer = handle("late_rules", asked(course), {"assignments": (), "policy": "grace-days"})
    assert answer.title == "Grace days and late homework"


def test_next_deadline_after_an_assignment(course):
    answer = handle("next_due", asked(course), {"after": "hw3"})
    assert "HW4 Part A" in render(course, answer).splitlines()[2]


def test_section_and_meeting_answers_come_from_the_meetings(second_course):
    """A section's meetings, room and GSI; a kind's weekly times; both said to be unknown where the page is silent."""
    now = local(second_course, "2024-10-16 08:00")
    section = handle("section", asked(second_course, now=now), {"section": "1C"})
    text_ = answer_text(section, second_course.tz, now)
    assert section.kind == "info"
    assert "Marco Bellini" in text_
    assert "Quarry Hall 79" in text_
    lecture = handle("course_fact", asked(second_course, now=now), {"fact": "meeting_time", "kind": "lecture"})
    assert "Tuesdays and Thursdays 11:00 AM – 12:20 PM" in answer_text(lecture, second_course.tz, now)


def test_meetings_the_page_does_not_give_are_unknown(course):
    """10-605 gives no lecture times: the answer says so, where to ask, and is marked unknown."""
    answer = handle("course_fact", asked(course), {"fact": "meeting_time", "kind": "lecture"})
    assert answer.kind == "unknown"
    assert "Ask on Piazza." in render(course, answer)
    silent = handle("section", asked(course), {"section": "10-405"})
    assert silent.kind == "unknown"


def test_a_day_of_a_weekly_kind_lists_its_meetings(second_course):
    """'is there discussion on friday': Yes, with each section's time and room that day."""
    now = local(second_course, "2024-10-16 08:00")
    friday = dt.date(2024, 10, 18)
    answer = handle("schedule_day", asked(second_course, True, now), {"date": friday, "kind": "discussion"})
    lines = answer_text(answer, second_course.tz, now).splitlines()
    assert lines[2].startswith("Yes:")
    assert any("1G" in line and "zoom.example" in line for line in lines)
    holiday = handle(
        "schedule_day", asked(second_course, True, now), {"date": dt.date(2024, 11, 11), "kind": "lecture"}
    )
    assert answer_text(holiday, second_course.tz, now).splitlines()[2].startswith("No:")


def test_a_topic_asked_about_decides_the_yes_or_no(second_course):
    """'is there a review session before the midterm': Yes only for review sessions, not for any class."""
    now = local(second_course, "2024-10-16 08:00")
    days = {"range": (dt.date(2024, 10, 16), dt.date(2024, 10, 22)), "label": "before Midterm", "kind": "class"}
    review = handle("schedule_range", asked(second_course, True, now), {**days, "words": "review", "rows": ()})
    assert "midterm review" in answer_text(review, second_course.tz, now).splitlines()[2]
    other = handle("schedule_range", asked(second_course, True, now), {**days, "words": "transformers", "rows": ()})
    assert answer_text(other, second_course.tz, now).splitlines()[2].startswith("No:")


def test_submitting_on_a_day_is_on_time_or_late_as_the_policy_says(second_course):
    """'can i turn in ps4 on sunday': late at 2% per hour (Yes); on tuesday past the 48-hour cutoff (No)."""
    now = local(second_course, "2024-10-16 08:00")
    sunday = handle(
        "late_rules",
        asked(second_course, True, now),
        {"assignments": ("ps4",), "submit_on": True, "date": dt.date(2024, 10, 20)},
    )
    tuesday = handle(
        "late_rules",
        asked(second_course, True, now),
        {"assignments": ("ps4",), "submit_on": True, "date": dt.date(2024, 10, 22)},
    )
    early = handle(
        "assignment_due",
        asked(second_course, True, now),
        {"assignments": ("ps6",), "submit_on": True, "date": dt.date(2024, 10, 20)},
    )
    assert answer_text(sunday, second_course.tz, now).splitlines()[2].startswith("Yes:")
    assert answer_text(tuesday, second_course.tz, now).splitlines()[2].startswith("No:")
    assert "on time" in answer_text(early, second_course.tz, now).splitlines()[2]


def test_due_before_a_period_is_decided_from_the_dates(second_course):
    """'is the report due before thanksgiving': No, it is due Dec 6."""
    now = local(second_course, "2024-10-16 08:00")
    deadline = ("before", dt.date(2024, 11, 27), "Thanksgiving break")
    answer = handle(
        "assignment_due", asked(second_course, True, now), {"assignments": ("report",), "deadline": deadline}
    )
    assert answer_text(answer, second_course.tz, now).splitlines()[2].startswith("No: Report is due Fri Dec 6")


def test_no_pool_is_said_plainly(second_course):
    """'how many late days do I have left' in a course without a pool: it has none, and what lateness costs."""
    answer = handle("my_grace", asked(second_course), {})
    rendered = answer_text(answer, second_course.tz, NOW)
    assert "no pool of late days" in rendered
    assert "2% per hour" in rendered


def test_the_regrade_window_the_page_does_not_give_is_unknown(second_course):
    """'how long do we have to ask for a regrade': the page does not say, so the answer is marked unknown."""
    answer = handle("regrade", asked(second_course), {"assignments": (), "policy": "regrades", "how_long": True})
    assert answer.kind == "unknown"
    assert "doesn't say" in answer_text(answer, second_course.tz, NOW)


def test_exam_places_by_section(second_course):
    """The midterm's room for one section; the final's one room."""
    now = local(second_course, "2024-10-16 08:00")
    answer = handle(
        "course_fact", asked(second_course, now=now), {"fact": "exam_place", "exam": "midterm", "section": "1E"}
    )
    rendered = answer_text(answer, second_course.tz, now)
    assert "Bayview Auditorium" in rendered
    assert "Halvorsen Hall 100" not in rendered
    assert answer.kind == "info"


@pytest.mark.parametrize(
    ("question", "word", "fact"),
    [
        ("is hw3 due in 2 days", "Yes", "Wed Feb 21"),
        ("is hw3 due in 5 days", "No", "Wed Feb 21"),
        ("is hw3 due within the next week", "Yes", "in 2 days"),
        ("is hw4 part a due this month", "No", "Wed Mar 13"),
        ("is hw5 the last homework", "Yes", "HW5"),
        ("is hw4 part b the last homework", "No", "HW5"),
        ("is hw1 the first homework", "Yes", "HW1"),
        ("is exam 2 during finals week", "No", "in class time"),  # held in a class meeting
        ("is exam 1 in finals week", "No", "Mon Feb 26"),
        ("do we have class the monday after spring break", "Yes", "Mon Mar 11"),
        ("is there lecture the wednesday after exam 1", "No", "Wed Feb 28"),
        ("if i submit hw3 at 2am is it late", "No", "on time"),
        ("if i turn in hw3 10 hours late do i lose a grace day", "Yes", "1 grace day"),
        ("would turning in hw5 30 hours late cost me one grace day", "No", "2 grace days"),
        ("is late work accepted after 3 days", "No", "not accepted"),
        ("can i take the exam early, i booked a flight", "No", "travel"),
        ("can i put my solutions on a public github after the semester", "No", "publicly"),
    ],
)
def test_first_word_from_the_data(course, question, word, fact):
    _, whole = reply(course, question, "2024-02-19 10:00")
    first = first_line(whole)
    assert first.startswith(f"{word}:"), whole
    assert fact in whole


@pytest.mark.parametrize(
    ("question", "word", "fact"),
    [
        ("is ps7 the last problem set", "Yes", "PS7"),
        ("is the final during finals week", "Yes", "after the last class"),
        ("is the midterm during finals week", "No", "Wed Oct 23"),
        ("can i use slip days on ps5", "No", "no late days"),
        ("can i take the final early because of a wedding", "No", "cannot be moved"),
        ("if i submit ps4 on saturday oct 19 at 10am is that late", "Yes", "penalty"),
    ],
)
def test_first_word_on_another_course(second_course, question, word, fact):
    _, whole = reply(second_course, question, "2024-10-14 10:00")
    first = first_line(whole)
    assert first.startswith(f"{word}:"), whole
    assert fact in whole
