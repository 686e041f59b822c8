"""The .ics calendar for any course: its own zone, real class and exam times and rooms where the data has them,
a section's meetings in that section's calendar, and wall times kept across the course's DST change."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from bot.calendar.events import desired_events, sync_kinds
from bot.calendar.ics import build_calendar
from tests.conftest import local


def events(course, **kwargs):
    body = build_calendar(course, now=local(course, "2024-01-01 00:00"), **kwargs)
    cal = Calendar.from_ical(body)
    return cal, list(cal.walk("VEVENT"))


def test_every_calendar_is_in_its_courses_zone(any_course):
    """X-WR-TIMEZONE and the VTIMEZONE are the course's; every timed event is in that zone."""
    cal, found = events(any_course)
    assert str(cal["X-WR-TIMEZONE"]) == any_course.tz.key
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == [any_course.tz.key]
    for event in found:
        start = event.decoded("DTSTART")
        if isinstance(start, dt.datetime):
            assert start.tzinfo is not None


def test_lectures_are_timed_with_their_room_when_the_data_has_them(second_course):
    """A lecture row with a weekly meeting time becomes a timed event at that time and room (moves applied)."""
    _, found = events(second_course, include={"lectures"})
    by_day = {e.decoded("DTSTART").date(): e for e in found if isinstance(e.decoded("DTSTART"), dt.datetime)}
    oct17 = by_day[dt.date(2024, 10, 17)]
    assert oct17.decoded("DTSTART") == local(second_course, "2024-10-17 11:00")
    assert oct17.decoded("DTEND") == local(second_course, "2024-10-17 12:20")
    assert str(oct17["LOCATION"]) == "Halvorsen Hall 100"
    assert str(by_day[dt.date(2024, 10, 15)]["LOCATION"]) == "Bayview Auditorium"
    nov5 = by_day[dt.date(2024, 11, 5)]
    assert nov5.decoded("DTSTART").astimezone(dt.UTC).hour == 19  # 11:00 PST after the Nov 3 change


def test_a_sections_calendar_has_its_discussion_and_not_the_others(second_course):
    """/calendar with section 1G: its online discussion as a weekly series, Thanksgiving excluded."""
    _, found = events(second_course, section="1g", include={"lectures"})
    series = [e for e in found if "Discussion section" in str(e["SUMMARY"])]
    assert [str(e["SUMMARY"]) for e in series] == ["1G Discussion section 1G"]  # a section calendar's prefix
    (dis,) = series
    assert "zoom.example" in str(dis["LOCATION"])
    excluded = [d.dt for d in dis["EXDATE"].dts]
    assert local(second_course, "2024-11-29 10:00") in excluded  # Thanksgiving break
    _, whole = events(second_course, include={"lectures"})
    assert not any("Discussion section" in str(e["SUMMARY"]) for e in whole)


def test_exams_have_their_times_and_rooms(second_course, course):
    """The midterm is 7-9 PM with both rooms; the final 8-11 AM in its hall; 10-605's stay all-day."""
    _, found = events(second_course, include={"exams"})
    by_uid = {str(e["UID"]): e for e in found}
    midterm = by_uid["stat-187-f24-exam-midterm@coursebot"]
    assert midterm.decoded("DTSTART") == local(second_course, "2024-10-23 19:00")
    assert midterm.decoded("DTEND") == local(second_course, "2024-10-23 21:00")
    assert "Bayview Auditorium" in str(midterm["LOCATION"])
    _, section = events(second_course, section="1B", include={"exams"})
    # the midterm's own event (its alternate sitting is an event of its own)
    main = next(e for e in section if str(e["UID"]) == "stat-187-f24-exam-midterm@coursebot")
    assert str(main["LOCATION"]) == "Halvorsen Hall 100"
    final = by_uid["stat-187-f24-exam-final@coursebot"]
    assert str(final["LOCATION"]) == "Redwood Hall 1"
    _, old = events(course, include={"exams"})
    assert all(not isinstance(e.decoded("DTSTART"), dt.datetime) for e in old)


def test_discord_events_use_real_times_and_places(second_course):
    """The Events tab plan: the midterm at 7 PM with its rooms, lectures at 11:00 in their room."""
    planned = {e.key: e for e in desired_events(second_course, kinds=sync_kinds(second_course, classes=True))}
    midterm = planned["exam:midterm"]
    assert midterm.start == local(second_course, "2024-10-23 19:00")
    assert "Halvorsen Hall 100" in midterm.location
    lecture = planned["lecture:2024-10-17"]
    assert (lecture.start, lecture.location) == (local(second_course, "2024-10-17 11:00"), "Halvorsen Hall 100")
