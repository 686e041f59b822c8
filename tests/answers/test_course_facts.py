"""The bundled 10-605 data says exactly what the course page says (tables typed in from the page itself)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.office_hours import sessions_between
from tests.conftest import at

# The page's schedule announcements: (id, released, due date). Due time 23:59 is the documented assumption.
PAGE_DEADLINES = [
    ("hw1", "2024-01-17", "2024-01-29"),
    ("hw2", "2024-01-26", "2024-02-14"),
    ("hw3", "2024-02-09", "2024-02-21"),
    ("hw4a", "2024-02-28", "2024-03-13"),
    ("hw4b", "2024-02-28", "2024-03-18"),
    ("hw5", "2024-03-18", "2024-04-03"),
    ("miniproject-survey", None, "2024-03-29"),
    ("miniproject", "2024-03-18", "2024-04-17"),
]

# "OH: Thursdays 09:00am - 10:00am" etc.
PAGE_OFFICE_HOURS = [
    ("Yiwen Zhao", 3, "09:00", "10:00", False),
    ("Jayesh Singla", 0, "17:30", "18:30", False),
    ("Siyuan Lin", 2, "14:00", "15:00", False),
    ("Li Chen", 2, "10:00", "11:00", False),
    ("Atharva Anand Joshi", 1, "18:00", "19:00", False),
    ("Gabriel Fonseca", 4, "11:00", "12:00", False),
    ("Katie Zhang", 1, "15:00", "16:00", True),
]


@pytest.mark.parametrize(("item_id", "released", "due"), PAGE_DEADLINES)
def test_every_deadline_matches_the_page(course, item_id, released, due):
    """Each deadline has the page's release and due dates, due at the assumed 23:59 course time."""
    item = course.assignment(item_id)
    assert item is not None
    assert item.due == at(f"{due} 23:59")
    assert item.due_time_assumed
    assert item.release == (dt.date.fromisoformat(released) if released else None)


def test_no_deadline_beyond_the_page(course):
    """Nothing is invented: the data has exactly the page's deadlines."""
    assert sorted(a.id for a in course.assignments) == sorted(row[0] for row in PAGE_DEADLINES)


def test_mini_project_is_10_605_only_and_homework_takes_grace_days(course):
    """10-605 students do the mini-project and 10-405 students do not; only homework uses grace days."""
    assert course.assignment("miniproject").sections == ("10-605",)
    assert course.assignment("miniproject-survey").sections == ("10-605",)
    assert all(course.assignment(f"hw{n}").sections == ("10-405", "10-605") for n in (1, 2, 3, 5))
    assert {a.id for a in course.assignments if a.grace_days} == {"hw1", "hw2", "hw3", "hw4a", "hw4b", "hw5"}


@pytest.mark.parametrize(("name", "weekday", "start", "end", "remote"), PAGE_OFFICE_HOURS)
def test_every_office_hour_matches_the_page(course, name, weekday, start, end, remote):
    """Each TA's weekly slot is the page's weekday and hours."""
    person = next(p for p in course.people if p.name == name)
    (slot,) = person.office_hours
    assert (slot.weekday, slot.start, slot.end, slot.remote) == (
        weekday,
        dt.time.fromisoformat(start),
        dt.time.fromisoformat(end),
        remote,
    )


def test_katie_zhang_starts_feb_17_so_first_session_is_tuesday_feb_20(course):
    """'Starting Feb 17' is honoured: her first Tuesday session is Feb 20, none before."""
    katie = next(p for p in course.people if p.name == "Katie Zhang")
    sessions = sessions_between(course, course.term_first, course.term_last, person=katie)
    assert sessions[0].start == at("2024-02-20 15:00")
    assert sessions[0].where == "Remote"


def test_no_office_hours_over_spring_break(course):
    """The recorded spring-break cancellation removes every session Mar 4-8 (and marks them cancelled)."""
    assert sessions_between(course, dt.date(2024, 3, 4), dt.date(2024, 3, 8)) == []
    cancelled = sessions_between(course, dt.date(2024, 3, 4), dt.date(2024, 3, 8), include_cancelled=True)
    assert len(cancelled) == 7
    assert all(s.cancelled and "Spring Break" in s.note for s in cancelled)


def test_staff_roles(course):
    """Two instructors; Jacob Rast and Steph (named in the accommodations policy) are head TAs; seven TAs."""
    by_role = {
        role: sorted(p.name for p in course.people if p.role == role) for role in ("instructor", "head_ta", "ta")
    }
    assert by_role["instructor"] == ["Ameet Talwalkar", "Geoff Gordon"]
    assert by_role["head_ta"] == ["Jacob Rast", "Steph"]
    assert len(by_role["ta"]) == 7


def test_exams_in_person_with_form_not_yet_known(course):
    """Exam 1 on Feb 26 and Exam 2 on Apr 24, in person; the conflict form link is not on the page."""
    assert [(e.title, e.date) for e in course.exams] == [
        ("Exam 1", dt.date(2024, 2, 26)),
        ("Exam 2", dt.date(2024, 4, 24)),
    ]
    assert all(e.in_person and e.conflict_form_url == "" and e.time is None for e in course.exams)
    assert all(e.during_class is True and e.conflict_form.where == "Piazza" for e in course.exams)
    assert all(e.conflict_form.opens_assumed for e in course.exams)  # "a few weeks" -> 21 days is an assumption


def test_policy_numbers(course):
    """The late policy's numbers: 4 grace days, 2 per assignment, 2 days max, 50% within 24 h; 1-week regrades,
    extension requests 5 days ahead."""
    late = course.late
    assert (late.pool.total, late.pool.max_per_assignment, late.pool.unit, late.pool.rounding) == (4, 2, "day", "up")
    assert late.pool.covers_kinds == ("homework",)
    assert late.cutoff.after == dt.timedelta(days=2)
    assert late.cutoff.permission_lifts
    first, rest = late.penalty.steps
    assert (first.up_to, first.penalty, rest.up_to, rest.penalty) == (dt.timedelta(hours=24), 0.5, None, 1.0)
    assert late.measure == "latest-part"
    assert course.regrades.window_days == 7
    assert course.extensions.notice_days == 5


@pytest.mark.parametrize(
    "topic",
    [
        "grace-days",
        "regrades",
        "extensions",
        "exams",
        "audit",
        "pass-fail",
        "accommodations",
        "collaboration",
        "previously-used-assignments",
        "generative-ai",
        "found-code",
        "duty-to-protect",
        "integrity-penalties",
        "piazza",
        "gradescope",
        "prerequisites",
        "sections",
        "textbooks",
    ],
)
def test_every_policy_topic_is_present_with_the_pages_words(course, topic):
    """Each policy the page has is in the data with a summary and a quote."""
    policy = course.policy(topic)
    assert policy is not None
    assert policy.summary
    assert len(policy.quote) > 40


def test_schedule_kinds_and_special_days(course):
    """Breaks, the carnival holiday, the no-class day, guest lectures and both exams are typed as such."""
    kinds = {d.date: d.kind for d in course.schedule}
    assert kinds[dt.date(2024, 2, 28)] == "no_class"
    assert [d for d, k in kinds.items() if k == "break"] == [
        dt.date(2024, 3, 4),
        dt.date(2024, 3, 6),
        dt.date(2024, 3, 8),
    ]
    assert kinds[dt.date(2024, 4, 12)] == "holiday"
    assert kinds[dt.date(2024, 3, 20)] == "guest_lecture"
    assert kinds[dt.date(2024, 4, 10)] == "guest_lecture"
    assert [d for d, k in kinds.items() if k == "exam"] == [dt.date(2024, 2, 26), dt.date(2024, 4, 24)]
    assert len(course.schedule) == 43
    recitations = [d.number for d in course.schedule if d.kind == "recitation"]
    assert recitations == list(range(1, 13))


def test_resources_have_no_invented_links(course):
    """The page names slides and recordings without addresses: every URL is empty until staff fill it in."""
    assert all(r.url == "" for day in course.schedule for r in day.resources)
    feb5 = course.days_on(dt.date(2024, 2, 5))[0]
    assert [r.label for r in feb5.resources] == ["slides", "slides for Scaling Up", "recording"]


def test_course_facts(course):
    """Name, numbers, term, timezone, sections."""
    assert course.code == "10-405/10-605"
    assert course.name == "Machine Learning with Large Datasets"
    assert course.term == "Spring 2024"
    assert course.tz.key == "America/New_York"
    assert course.section_ids() == ("10-405", "10-605")
    assert course.grading_breakdown == ""  # the page's table is missing: the bot must say it does not know


def test_next_office_hours_do_not_expand_the_term(course, monkeypatch):
    """The next five sessions come from the next few days, not from every session to the end of term."""
    import datetime as dt

    from bot.answers import office_hours
    from tests.conftest import at

    spans = []
    real = office_hours.sessions_between

    def spying(course_, first, last, **kw):
        spans.append((last - first).days + 1)
        return real(course_, first, last, **kw)

    monkeypatch.setattr(office_hours, "sessions_between", spying)
    sessions = office_hours.next_sessions(course, at("2024-02-12 10:00"), count=5)
    assert [s.person.name for s in sessions][:2] == ["Jayesh Singla", "Atharva Anand Joshi"]
    assert len(sessions) == 5
    assert sum(spans) <= 14
    assert sessions == real(course, dt.date(2024, 2, 12), dt.date(2024, 2, 25))[:5]
