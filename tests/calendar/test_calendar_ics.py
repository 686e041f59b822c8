"""The .ics export: parses, expands (recurring_ical_events) to the sessions and instants the course data implies."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from icalendar import Calendar, Event

from bot.answers.office_hours import sessions_between
from bot.calendar.ics import CALENDAR_KINDS, DEADLINE_ALARMS, build_calendar, calendar_filename
from bot.course.loader import BUNDLED_DATA, load_course
from bot.course.model import Course, OfficeHoursChange
from tests.conftest import REPO

NY = ZoneInfo("America/New_York")
NOW = dt.datetime(2024, 2, 1, 12, 0, tzinfo=dt.UTC)
TERM = (dt.date(2024, 1, 1), dt.date(2024, 6, 1))
SPRING_BREAK = (dt.date(2024, 3, 4), dt.date(2024, 3, 8))


@pytest.fixture(scope="module")
def s24() -> Course:
    return load_course(BUNDLED_DATA)


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def expand(data: bytes, start: tuple | dt.date = TERM[0], end: tuple | dt.date = TERM[1]) -> list[Event]:
    return list(recurring_ical_events.of(parse(data)).between(start, end))


def uid(event: Event) -> str:
    return str(event["UID"])


def oh_sessions(events: list[Event], person_id: str | None = None) -> list[Event]:
    tag = f"-oh-{person_id}-" if person_id else "-oh-"
    return [e for e in events if tag in uid(e)]


def weekdays_between(first: dt.date, last: dt.date, weekday: int) -> list[dt.date]:
    days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    return [d for d in days if d.weekday() == weekday]


def in_spring_break(day: dt.date) -> bool:
    return SPRING_BREAK[0] <= day <= SPRING_BREAK[1]


# --- the calendar as a whole ----------------------------------------------------------------------------------


def test_calendar_properties(s24):
    """VERSION, PRODID, METHOD, CALSCALE and the X-WR names are set; the section is in the calendar name."""
    cal = parse(build_calendar(s24, section="10-405", now=NOW))
    assert str(cal["VERSION"]) == "2.0"
    assert "CourseBot" in str(cal["PRODID"])
    assert str(cal["METHOD"]) == "PUBLISH"
    assert str(cal["CALSCALE"]) == "GREGORIAN"
    assert str(cal["X-WR-TIMEZONE"]) == "America/New_York"
    name = str(cal["X-WR-CALNAME"])
    assert "10-405" in name
    assert "Machine Learning with Large Datasets" in name


def test_vtimezone_has_standard_and_daylight(s24):
    """One VTIMEZONE for America/New_York with EST and EDT observances; every timed event refers to it."""
    cal = parse(build_calendar(s24, now=NOW))
    (vtz,) = cal.walk("VTIMEZONE")
    assert str(vtz["TZID"]) == "America/New_York"
    assert {str(c["TZNAME"]) for c in vtz.walk("STANDARD")} == {"EST"}
    assert {str(c["TZNAME"]) for c in vtz.walk("DAYLIGHT")} == {"EDT"}
    assert cal.get_missing_tzids() == set()
    assert cal.get_used_tzids() == {"America/New_York"}


def test_vtimezone_offsets_match_the_tz_database(s24):
    """A client using only the embedded VTIMEZONE gets zoneinfo's offsets: every day, and around each DST onset."""
    (vtz,) = parse(build_calendar(s24, now=NOW)).walk("VTIMEZONE")
    (daylight,) = vtz.walk("DAYLIGHT")
    assert daylight["DTSTART"].to_ical() == b"20240310T020000"  # RFC 5545: the onset in TZOFFSETFROM time
    embedded = vtz.to_tz(lookup_tzid=False)
    noons = [dt.datetime(2024, 1, 1, 17, tzinfo=dt.UTC) + dt.timedelta(days=n) for n in range(366)]
    onsets = [dt.datetime(2024, 3, 10, 7, tzinfo=dt.UTC), dt.datetime(2024, 11, 3, 6, tzinfo=dt.UTC)]
    near = [t + dt.timedelta(minutes=m) for t in onsets for m in (-61, -1, 0, 1, 30, 59, 61)]
    for moment in noons + near:
        assert moment.astimezone(embedded).utcoffset() == moment.astimezone(NY).utcoffset(), moment


def test_same_inputs_give_same_bytes(s24):
    """Output is deterministic (an ETag can hash it); a different `now` changes only DTSTAMP lines."""
    first = build_calendar(s24, section="10-605", now=NOW)
    assert first == build_calendar(s24, section="10-605", now=NOW)
    later = build_calendar(s24, section="10-605", now=NOW + dt.timedelta(days=3))
    assert first != later
    changed = [(a, b) for a, b in zip(first.splitlines(), later.splitlines(), strict=True) if a != b]
    assert changed
    assert all(a.startswith(b"DTSTAMP:") and b.startswith(b"DTSTAMP:") for a, b in changed)


def test_events_in_time_order(s24):
    """Events come out sorted by course-time day, all-day ones before timed ones on the same day."""
    events = parse(build_calendar(s24, now=NOW)).walk("VEVENT")
    keys = []
    for e in events:
        start = e.decoded("DTSTART")
        keys.append((start.astimezone(NY).date(), 1) if isinstance(start, dt.datetime) else (start, 0))
    assert keys == sorted(keys)


def test_uids_unique_and_stable(s24):
    """UIDs are unique (moved sessions share their series' UID) and survive a rebuild and a section switch."""
    whole = parse(build_calendar(s24, now=NOW)).walk("VEVENT")
    masters = [uid(e) for e in whole if "RECURRENCE-ID" not in e]
    assert len(masters) == len(set(masters))
    assert all(u.startswith("10-605-s24-") and u.endswith("@coursebot") for u in masters)
    again = [uid(e) for e in parse(build_calendar(s24, now=NOW + dt.timedelta(hours=5))).walk("VEVENT")]
    assert again == [uid(e) for e in whole]
    section = {uid(e) for e in parse(build_calendar(s24, section="10-405", now=NOW)).walk("VEVENT")}
    assert section < set(masters)
    assert "10-605-s24-deadline-hw4a@coursebot" in section
    assert "10-605-s24-oh-katie-zhang-tue-1500@coursebot" in section


def test_every_event_has_dtstamp_from_now(s24):
    """DTSTAMP is `now` in UTC on every event."""
    for event in parse(build_calendar(s24, now=NOW.astimezone(NY))).walk("VEVENT"):
        assert event.decoded("DTSTAMP") == NOW


# --- include and section filters ------------------------------------------------------------------------------

KIND_UID_TAGS = {
    "lectures": ("-lecture-", "-recitation-", "-guest-lecture-"),
    "exams": ("-exam-",),
    "no_class": ("-no-class-", "-break-", "-holiday-"),
    "deadlines": ("-deadline-",),
    "office_hours": ("-oh-",),
}


@pytest.mark.parametrize("kind", CALENDAR_KINDS)
def test_include_one_kind(s24, kind):
    """Including one kind gives events of that kind only, and at least one."""
    events = parse(build_calendar(s24, include={kind}, now=NOW)).walk("VEVENT")
    assert events
    for event in events:
        assert any(tag in uid(event) for tag in KIND_UID_TAGS[kind]), uid(event)


def test_default_include_is_everything(s24):
    """No `include` means every kind, and is the same as naming them all."""
    everything = build_calendar(s24, now=NOW)
    assert everything == build_calendar(s24, include=set(CALENDAR_KINDS), now=NOW)
    uids = [uid(e) for e in parse(everything).walk("VEVENT")]
    for kind, tags in KIND_UID_TAGS.items():
        assert any(tag in u for u in uids for tag in tags), kind


def test_include_nothing_is_an_empty_calendar(s24):
    """An empty include set is a valid calendar with a VTIMEZONE and no events."""
    cal = parse(build_calendar(s24, include=set(), now=NOW))
    assert cal.walk("VEVENT") == []
    assert len(cal.walk("VTIMEZONE")) == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"include": {"lectures", "parties"}}, "parties"),
        ({"section": "10-999"}, "10-999"),
        ({"now": dt.datetime(2024, 2, 1, 12)}, "aware"),  # noqa: DTZ001 - the naive value is the point
    ],
)
def test_bad_arguments_are_refused(s24, kwargs, message):
    """Unknown kinds, unknown sections and a naive `now` raise ValueError."""
    with pytest.raises(ValueError, match=message):
        build_calendar(s24, **{"now": NOW, **kwargs})


@pytest.mark.parametrize(
    ("section", "has_mini_project"),
    [("10-405", False), ("10-605", True), (None, True)],
)
def test_section_filter(s24, section, has_mini_project):
    """The 10-605-only mini-project and its survey are not in the 10-405 calendar; shared homework is in both."""
    events = expand(build_calendar(s24, section=section, now=NOW))
    mini = [e for e in events if "miniproject" in uid(e) or "Mini-project" in str(e["SUMMARY"])]
    assert bool(mini) == has_mini_project
    assert any(uid(e) == "10-605-s24-deadline-hw1@coursebot" for e in events)
    if section:
        assert all(str(e["SUMMARY"]).startswith(f"{section} ") for e in events)


# --- office hours -----------------------------------------------------------------------------------------

# Counted from staff.toml by hand: weekdays between each slot's first and last date (term Jan 17 - Apr 24, 2024;
# Katie from Sat Feb 17), minus the spring-break week (Mar 4-8) when every session is cancelled.
EXPECTED_OH = [
    ("yiwen-zhao", 3, 13),  # Thursdays Jan 18 - Apr 18: 14, minus Mar 7
    ("jayesh-singla", 0, 13),  # Mondays Jan 22 - Apr 22: 14, minus Mar 4
    ("siyuan-lin", 2, 14),  # Wednesdays Jan 17 - Apr 24: 15, minus Mar 6
    ("li-chen", 2, 14),
    ("atharva-anand-joshi", 1, 13),  # Tuesdays Jan 23 - Apr 23: 14, minus Mar 5
    ("gabriel-fonseca", 4, 13),  # Fridays Jan 19 - Apr 19: 14, minus Mar 8
    ("katie-zhang", 1, 9),  # Tuesdays Feb 20 - Apr 23: 10, minus Mar 5
]


@pytest.mark.parametrize(("person_id", "weekday", "count"), EXPECTED_OH)
def test_office_hours_count_per_ta(s24, person_id, weekday, count):
    """Each TA's weekly event expands to the right number of sessions, all on their weekday, none in spring break."""
    sessions = oh_sessions(expand(build_calendar(s24, include={"office_hours"}, now=NOW)), person_id)
    assert len(sessions) == count
    days = [e.decoded("DTSTART").astimezone(NY).date() for e in sessions]
    assert all(d.weekday() == weekday for d in days)
    assert not any(in_spring_break(d) for d in days)


@pytest.mark.parametrize(("person_id", "weekday", "count"), EXPECTED_OH)
def test_office_hours_count_from_rules(s24, person_id, weekday, count):
    """The hand counts above agree with counting weekdays from the data's dates (a check on the table itself)."""
    (slot,) = s24.person(person_id).office_hours
    days = [d for d in weekdays_between(slot.first, slot.last, slot.weekday) if not in_spring_break(d)]
    assert (slot.weekday, len(days)) == (weekday, count)


def test_no_office_hours_in_spring_break(s24):
    """No office-hours session expands into Mar 4-8, 2024 (cancelled for everyone), though the series run on."""
    events = build_calendar(s24, include={"office_hours"}, now=NOW)
    assert oh_sessions(expand(events, dt.date(2024, 3, 4), dt.date(2024, 3, 9))) == []
    assert len(oh_sessions(expand(events, dt.date(2024, 3, 11), dt.date(2024, 3, 16)))) == 7


def test_katie_starts_on_her_first_tuesday(s24):
    """Katie Zhang's first date is Sat Feb 17: her series starts Tue Feb 20, 15:00 EST, with nothing earlier."""
    cal = parse(build_calendar(s24, include={"office_hours"}, now=NOW))
    (series,) = [e for e in cal.walk("VEVENT") if uid(e) == "10-605-s24-oh-katie-zhang-tue-1500@coursebot"]
    assert series.decoded("DTSTART") == dt.datetime(2024, 2, 20, 15, tzinfo=NY)
    assert str(series["LOCATION"]) == "Remote"
    sessions = oh_sessions(expand(build_calendar(s24, include={"office_hours"}, now=NOW)), "katie-zhang")
    assert min(e.decoded("DTSTART") for e in sessions) == dt.datetime(2024, 2, 20, 20, tzinfo=dt.UTC)
    assert oh_sessions(expand(cal.to_ical(), TERM[0], dt.date(2024, 2, 20)), "katie-zhang") == []


@pytest.mark.parametrize(
    ("day", "utc_start"),
    [
        (dt.date(2024, 2, 29), dt.datetime(2024, 2, 29, 14, tzinfo=dt.UTC)),  # EST, UTC-5
        (dt.date(2024, 3, 14), dt.datetime(2024, 3, 14, 13, tzinfo=dt.UTC)),  # EDT, UTC-4 (DST from Mar 10)
    ],
)
def test_office_hours_keep_wall_time_across_dst(s24, day, utc_start):
    """Yiwen Zhao's Thursday 9:00 session is 9:00 in New York on both sides of the DST change."""
    sessions = oh_sessions(expand(build_calendar(s24, now=NOW), day, day + dt.timedelta(days=1)), "yiwen-zhao")
    (session,) = sessions
    assert session.decoded("DTSTART").astimezone(dt.UTC) == utc_start
    assert session.decoded("DTEND").astimezone(dt.UTC) == utc_start + dt.timedelta(hours=1)


def test_rrule_until_is_utc_end_of_last_day(s24):
    """RRULE UNTIL is in UTC (RFC 5545 with a TZID start) at the end of the slot's last day in course time."""
    cal = parse(build_calendar(s24, include={"office_hours"}, now=NOW))
    for event in cal.walk("VEVENT"):
        (until,) = event["RRULE"]["UNTIL"]
        assert until.utcoffset() == dt.timedelta(0)
        assert until.astimezone(NY) == dt.datetime(2024, 4, 24, 23, 59, 59, tzinfo=NY)
    assert b"UNTIL=20240425T035959Z" in cal.to_ical()


def with_changes(course: Course, *changes: OfficeHoursChange) -> Course:
    return dataclasses.replace(course, oh_changes=course.oh_changes + changes)


MOVES_AND_EXTRAS = (
    # Yiwen's first Thursday is cancelled (the series must start a week later), one is moved, one extra session.
    OfficeHoursChange("yiwen-zhao", "cancel", dt.date(2024, 1, 18), dt.date(2024, 1, 18), reason="sick"),
    OfficeHoursChange(
        "yiwen-zhao",
        "move",
        dt.date(2024, 3, 21),
        dt.date(2024, 3, 21),
        "exam prep",
        dt.time(13),
        dt.time(15),
        "GHC 6115",
    ),
    OfficeHoursChange("yiwen-zhao", "extra", dt.date(2024, 4, 20), dt.date(2024, 4, 20), "", dt.time(10), dt.time(12)),
    # Katie's session on Apr 2 moves to 17:00, still remote.
    OfficeHoursChange("katie-zhang", "move", dt.date(2024, 4, 2), dt.date(2024, 4, 2), "", dt.time(17), dt.time(18)),
)


@pytest.mark.parametrize("changes", [(), MOVES_AND_EXTRAS], ids=["bundled", "moves-and-extras"])
def test_expansion_agrees_with_sessions_between(s24, changes):
    """Every held session the bot reports is one expanded occurrence, same start and end, and nothing else."""
    course = with_changes(s24, *changes)
    wanted = sorted(
        (s.person.id, s.start, s.end)
        for s in sessions_between(course, s24.term_first, s24.term_last)
        if not s.cancelled
    )
    by_name = {p.name: p.id for p in course.people}
    got = sorted(
        (by_name[str(e["SUMMARY"]).split("Office hours: ")[1]], e.decoded("DTSTART"), e.decoded("DTEND"))
        for e in oh_sessions(expand(build_calendar(course, include={"office_hours"}, now=NOW)))
    )
    assert got == wanted


def test_moves_are_recurrence_overrides(s24):
    """A moved session is a RECURRENCE-ID override of its series (same UID) with the new time and place."""
    cal = parse(build_calendar(with_changes(s24, *MOVES_AND_EXTRAS), include={"office_hours"}, now=NOW))
    overrides = {uid(e): e for e in cal.walk("VEVENT") if "RECURRENCE-ID" in e}
    assert set(overrides) == {
        "10-605-s24-oh-yiwen-zhao-thu-0900@coursebot",
        "10-605-s24-oh-katie-zhang-tue-1500@coursebot",
    }
    yiwen = overrides["10-605-s24-oh-yiwen-zhao-thu-0900@coursebot"]
    assert yiwen.decoded("RECURRENCE-ID") == dt.datetime(2024, 3, 21, 9, tzinfo=NY)
    assert yiwen.decoded("DTSTART") == dt.datetime(2024, 3, 21, 13, tzinfo=NY)
    assert str(yiwen["LOCATION"]) == "GHC 6115"
    assert "exam prep" in str(yiwen["DESCRIPTION"])
    assert str(overrides["10-605-s24-oh-katie-zhang-tue-1500@coursebot"]["LOCATION"]) == "Remote"
    (series,) = [e for e in cal.walk("VEVENT") if uid(e) == uid(yiwen) and "RECURRENCE-ID" not in e]
    assert series.decoded("DTSTART") == dt.datetime(2024, 1, 25, 9, tzinfo=NY)  # Jan 18 was cancelled
    extras = [e for e in cal.walk("VEVENT") if "-oh-extra-" in uid(e)]
    assert [e.decoded("DTSTART") for e in extras] == [dt.datetime(2024, 4, 20, 10, tzinfo=NY)]


def test_cancelled_sessions_are_exdates(s24):
    """Spring-break sessions are EXDATEs at the slot's own start time, so clients drop exactly those."""
    cal = parse(build_calendar(s24, include={"office_hours"}, now=NOW))
    (series,) = [e for e in cal.walk("VEVENT") if uid(e) == "10-605-s24-oh-gabriel-fonseca-fri-1100@coursebot"]
    exdates = [d.dt for d in series["EXDATE"].dts]
    assert exdates == [dt.datetime(2024, 3, 8, 11, tzinfo=NY)]


# --- deadlines, exams, days -----------------------------------------------------------------------------------


def test_hw4a_due_instant(s24):
    """HW4 Part A is due 2024-03-13 23:59 EDT = 2024-03-14 03:59 UTC: the event ends at that instant."""
    events = expand(build_calendar(s24, include={"deadlines"}, now=NOW))
    (hw4a,) = [e for e in events if uid(e) == "10-605-s24-deadline-hw4a@coursebot"]
    assert hw4a.decoded("DTEND").astimezone(dt.UTC) == dt.datetime(2024, 3, 14, 3, 59, tzinfo=dt.UTC)
    assert hw4a.decoded("DTSTART") < hw4a.decoded("DTEND")
    assert "HW4 Part A" in str(hw4a["SUMMARY"])


def test_deadlines_end_at_due_with_alarms(s24):
    """Every deadline ends at its due instant and has one DISPLAY alarm per lead time, firing that long before."""
    cal = parse(build_calendar(s24, include={"deadlines"}, now=NOW))
    events = {uid(e): e for e in cal.walk("VEVENT")}
    assert len(events) == len(s24.assignments)
    for item in s24.assignments:
        event = events[f"10-605-s24-deadline-{item.id}@coursebot"]
        assert event.decoded("DTEND") == item.due
        assert event["DTEND"].params["TZID"] == "America/New_York"
        alarms = event.walk("VALARM")
        assert [str(a["ACTION"]) for a in alarms] == ["DISPLAY"] * len(DEADLINE_ALARMS)
        fire = sorted(event.decoded("DTSTART") + a.decoded("TRIGGER") for a in alarms)
        assert fire == sorted(item.due - lead for lead in DEADLINE_ALARMS)
        assert fire[0] == item.due - dt.timedelta(days=1)
        assert fire[-1] == item.due - dt.timedelta(hours=2)


def test_exams_all_day_without_a_time(s24):
    """Exams with no time on the page are all-day on their date."""
    events = {uid(e): e for e in parse(build_calendar(s24, include={"exams"}, now=NOW)).walk("VEVENT")}
    assert set(events) == {"10-605-s24-exam-exam1@coursebot", "10-605-s24-exam-exam2@coursebot"}
    assert events["10-605-s24-exam-exam1@coursebot"].decoded("DTSTART") == dt.date(2024, 2, 26)
    assert events["10-605-s24-exam-exam2@coursebot"].decoded("DTEND") == dt.date(2024, 4, 25)


def test_exam_with_a_time_is_timed(s24):
    """An exam with a start time is a timed event in course time at that time."""
    exams = tuple(
        dataclasses.replace(e, time=dt.time(14), location="DH 2210") if e.id == "exam2" else e for e in s24.exams
    )
    course = dataclasses.replace(s24, exams=exams)
    events = {uid(e): e for e in expand(build_calendar(course, include={"exams"}, now=NOW))}
    exam2 = events["10-605-s24-exam-exam2@coursebot"]
    assert exam2.decoded("DTSTART").astimezone(dt.UTC) == dt.datetime(2024, 4, 24, 18, tzinfo=dt.UTC)
    assert str(exam2["LOCATION"]) == "DH 2210"
    assert str(exam2["TRANSP"]) == "OPAQUE"


def test_no_class_days_are_transparent_all_day(s24):
    """No-class days, breaks and holidays are all-day and TRANSPARENT (they never make anyone busy)."""
    events = parse(build_calendar(s24, include={"no_class"}, now=NOW)).walk("VEVENT")
    days = sorted(e.decoded("DTSTART") for e in events)
    assert days == sorted(d.date for d in s24.schedule if d.kind in ("no_class", "break", "holiday"))
    for event in events:
        assert str(event["TRANSP"]) == "TRANSPARENT"
        assert event.decoded("DTEND") - event.decoded("DTSTART") == dt.timedelta(days=1)
        assert not isinstance(event.decoded("DTSTART"), dt.datetime)


def test_lectures_are_all_day_with_resources(s24):
    """Lectures, recitations and guest lectures are all-day; resources and announcements are in DESCRIPTION."""
    events = {e.decoded("DTSTART"): e for e in parse(build_calendar(s24, include={"lectures"}, now=NOW)).walk("VEVENT")}
    expected = [d for d in s24.schedule if d.kind in ("lecture", "recitation", "guest_lecture")]
    assert sorted(events) == [d.date for d in expected]
    intro = events[dt.date(2024, 1, 17)]
    assert str(intro["SUMMARY"]) == "10-405/10-605 Lecture: Introduction"
    assert "Slides" in str(intro["DESCRIPTION"])
    assert "HW1 Released" in str(intro["DESCRIPTION"])
    assert str(events[dt.date(2024, 1, 19)]["SUMMARY"]).startswith("10-405/10-605 Recitation 1:")
    assert str(events[dt.date(2024, 3, 20)]["SUMMARY"]) == "10-405/10-605 Guest lecture: Alex Cabrera"


# --- odds and ends ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("section", "name"),
    [("10-405", "10-605-s24-10-405.ics"), ("10-605", "10-605-s24-10-605.ics"), (None, "10-605-s24.ics")],
)
def test_calendar_filename(s24, section, name):
    """The download name is the course id plus the section."""
    assert calendar_filename(s24, section) == name


def test_module_never_imports_discord():
    """Pure logic: bot/calendar_ics.py has no discord import."""
    source = REPO / "bot" / "calendar" / "ics.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert not [n for n in names if n.split(".")[0] == "discord"]


def test_icalendar_is_loaded_only_to_build_a_calendar():
    """The running bot (every command module loaded) keeps icalendar out of memory until a calendar is built."""
    probe = (
        "import importlib, sys; import bot.discord_app.client; "
        "from bot.discord_app.catalog import extension_names; "
        "[importlib.import_module(n) for n in extension_names()]; "
        "print('icalendar' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stdout + result.stderr
