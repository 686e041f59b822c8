"""Class meetings: the next one knows the time of day, days off and changes apply, sections are found any way."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.answers.meetings import find_meeting_kind, meetings_answer, section_answer
from bot.answers.schedule import next_class
from bot.core.errors import UserError
from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.course.model import ScheduleDay
from bot.course.occurrences import exam_times, occurrences_between
from tests.conftest import REPO, local


def text_of(course, answer, now):
    return answer_text(answer, course.tz, now)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2024-10-17 10:59", "Thu Oct 17, 11:00 AM PDT"),  # before today's lecture
        ("2024-10-17 11:30", "Now, until 12:20 PM PDT"),  # during it
        ("2024-10-17 13:20", "Tue Oct 22, 11:00 AM PDT"),  # it ended an hour ago: not next
        ("2024-11-26 12:30", "Tue Dec 3, 11:00 AM PST"),  # Thanksgiving Thursday is skipped, PST after Nov 3
    ],
)
def test_next_lecture_knows_the_time_of_day(second_course, now, expected):
    """A lecture that ended is never next; one in progress is 'now'; days without class are skipped."""
    moment = local(second_course, now)
    assert expected in text_of(second_course, next_class(second_course, moment, "lecture"), moment)


def test_without_times_today_still_counts_and_says_the_time_is_unknown(course):
    """10-605's page gives dates only: today's lecture is still 'next', and the answer says the time is unknown."""
    now = local(course, "2024-02-14 20:00")
    text = text_of(course, next_class(course, now, "lecture"), now)
    assert "Today" in text
    assert "not on the course page" in text


def test_days_off_cancel_meetings_and_changes_apply(second_course):
    """Thanksgiving cancels discussions; the Oct 15 lecture moved rooms; 1C has an extra review session."""
    c = second_course
    thanksgiving = occurrences_between(c, dt.date(2024, 11, 27), dt.date(2024, 11, 29), include_cancelled=True)
    assert thanksgiving
    assert all(o.cancelled for o in thanksgiving)
    (moved,) = [o for o in occurrences_between(c, dt.date(2024, 10, 15), dt.date(2024, 10, 15)) if o.kind == "lecture"]
    assert moved.where == "Bayview Auditorium"
    extra = occurrences_between(c, dt.date(2024, 10, 22), dt.date(2024, 10, 22), section="1C")
    assert [(o.start.hour, o.note) for o in extra if o.meeting.section == "1C"] == [(17, "midterm review")]


def test_meetings_keep_wall_time_across_dst(second_course):
    """11:00 lectures are at 11:00 Pacific on both sides of Nov 3 (18:00 UTC, then 19:00 UTC)."""
    before = occurrences_between(second_course, dt.date(2024, 10, 31), dt.date(2024, 10, 31), kind="lecture")
    after = occurrences_between(second_course, dt.date(2024, 11, 5), dt.date(2024, 11, 5), kind="lecture")
    assert before[0].start.astimezone(dt.UTC).hour == 18
    assert after[0].start.astimezone(dt.UTC).hour == 19


@pytest.mark.parametrize("typed", ["1C", "1c", "section 1c", "Discussion 1C", " 1C "])
def test_sections_by_any_name_any_case(second_course, typed):
    """'who runs section 1C' works however the section is typed."""
    now = local(second_course, "2024-10-01 09:00")
    text = text_of(second_course, section_answer(second_course, now, typed.strip()), now)
    assert "Marco Bellini" in text
    assert "Quarry Hall 79" in text
    assert "Halvorsen Hall 100" in text  # 1C's midterm room


def test_unknown_section_and_kind_are_clear_messages(second_course):
    """A section or meeting kind the course does not have is named with the real ones."""
    now = local(second_course, "2024-10-01 09:00")
    with pytest.raises(UserError, match=r"1Z.*1A"):
        section_answer(second_course, now, "1Z")
    with pytest.raises(UserError, match="Lecture"):
        find_meeting_kind(second_course, "lab")
    assert find_meeting_kind(second_course, "dis").id == "discussion"


def test_a_section_sees_its_own_meetings(second_course):
    """/meetings for a section: its discussion (with its GSI) and the lectures, not other sections'."""
    now = local(second_course, "2024-10-01 09:00")
    text = text_of(second_course, meetings_answer(second_course, now, section="1g"), now)
    assert "1G" in text
    assert "online: https://zoom.example/j/1871" in text
    assert "1A" not in text


def test_exam_times_come_from_the_exam_or_from_class_time(second_course, course):
    """The midterm has its own evening times; 10-605's in-class exams have no time because classes have none."""
    start, end = exam_times(second_course, second_course.exam("midterm"))
    assert (start, end) == (local(second_course, "2024-10-23 19:00"), local(second_course, "2024-10-23 21:00"))
    assert exam_times(course, course.exam("exam1")) == (None, None)


def test_a_sections_card_gives_its_last_meeting_of_the_term(second_course):
    # Discussion 1H meets Fridays; the Friday after Thanksgiving is a day off, so the last is Dec 6.
    now = local(second_course, "2024-11-04 10:00")
    said = text_of(second_course, section_answer(second_course, now, "1H"), now)
    assert "Last this term: Fri Dec 6, 1:00 PM PST" in said
    late = local(second_course, "2024-12-06 14:00")  # the last one is over: no next, no last
    assert "Last this term" not in text_of(second_course, section_answer(second_course, late, "1H"), late)


def test_a_meeting_held_once_is_said_with_its_date_not_as_every_week():
    from tests.understand.conftest import course_in

    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    now = local(chem, "2026-02-10 10:00")
    said = text_of(chem, meetings_answer(chem, now, "review"), now)
    assert "Tue Feb 17, 7:00 PM CST" in said
    assert "Tue Mar 31, 7:00 PM CDT" in said  # after the clock change: its own zone
    assert "Midterm 2 review session" in said
    assert "Tuesdays" not in said


def test_a_weekly_meeting_is_still_said_by_its_weekdays(second_course):
    now = local(second_course, "2024-11-04 10:00")
    said = text_of(second_course, meetings_answer(second_course, now, "lecture"), now)
    assert "days " in said
    assert "Halvorsen Hall 100" in said


def test_a_kind_held_only_on_days_with_their_own_time_lists_those_days():
    """ "when are the colloquia" with no weekly colloquium: each schedule day of the kind, with its own time."""
    from dataclasses import replace

    from tests.understand.conftest import course_in

    geo = course_in("tests/fixtures/courses/geo-2210-s25")
    only_rows = replace(geo, meetings=tuple(m for m in geo.meetings if m.kind != "colloquium"))
    now = local(geo, "2025-05-12 10:00")
    said = text_of(only_rows, meetings_answer(only_rows, now, "colloquium"), now)
    assert "Fri Jun 13" in said
    assert "Project presentations" in said
    assert "12:00 PM" in said
    assert "doesn't give" not in said


def test_a_sections_next_meeting_shows_its_topic():
    """ "im in grp a what do we do next": the section's next meeting with the schedule's topic for it."""
    hist = load_course(REPO / "tests" / "fixtures" / "courses" / "hist-210-a24")
    row = ScheduleDay(dt.date(2024, 10, 3), "tutorial", "Source criticism workshop", sections=("T1",))
    course = dataclasses.replace(hist, schedule=(*hist.schedule, row))
    now = dt.datetime(2024, 10, 1, 10, tzinfo=course.tz)
    lines = ["".join(str(s) for s in line) for line in section_answer(course, now, "T1").lines]
    nxt = [line for line in lines if line.startswith("Next")]
    assert nxt
    assert "Source criticism workshop" in nxt[0]


@pytest.mark.parametrize(
    ("first", "last", "said", "unsaid"),
    [
        # held three times: each day said
        ("2024-11-04", "2024-12-04", "every other week: Wed Nov 6, Wed Nov 20 and Wed Dec 4", "from Wed"),
        # held all term every other week: its first day, the weeks counted from it
        ("2024-09-04", "2024-12-11", "every other week from Wed Sep 4", "Wed Sep 18"),
    ],
)
def test_a_meeting_held_every_few_weeks_says_its_days_when_they_are_few(second_course, first, last, said, unsaid):
    """A fortnightly meeting held a few times in the term lists each of its days; a longer run, its first one."""
    section = next(m for m in second_course.meetings if m.id == "dis-1a")
    fortnightly = dataclasses.replace(
        section, every=2, first=dt.date.fromisoformat(first), last=dt.date.fromisoformat(last)
    )
    course = dataclasses.replace(
        second_course, meetings=tuple(fortnightly if m is section else m for m in second_course.meetings)
    )
    now = local(course, "2024-10-14 10:00")
    text = text_of(course, meetings_answer(course, now, "discussion", "1A"), now)
    assert said in text
    assert unsaid not in text
