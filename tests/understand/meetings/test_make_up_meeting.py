"""A make-up of a class meeting read as a student means it: the make-up meeting the course lists (in the span
asked), the rule on making up a missed one, or that the page does not say; never a regular meeting as a make-up,
an exam's card or an assignment's late rules (issue 12, fix-makeup)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from bot.understand.meetings.make_up_meeting import MakeUpAsked, _line, make_up_asked
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
STAT = "data/stat-187-f24"
GEO = "tests/fixtures/courses/geo-2210-s25"


@pytest.mark.parametrize(
    ("folder", "question", "asked"),
    [
        (CHEM, "when is the make-up lab for lab report 3", MakeUpAsked("lab", missed=False)),
        (CHEM, "is there a makeup lab this week", MakeUpAsked("lab", missed=False)),
        (CHEM, "any make up labs next week?", MakeUpAsked("lab", missed=False)),
        (CHEM, "where's the lab make-up", MakeUpAsked("lab", missed=False)),
        (CHEM, "is there going to be a make up lab", MakeUpAsked("lab", missed=False)),
        (CHEM, "can i make up the lab i missed", MakeUpAsked("lab", missed=True)),
        (CHEM, "how do i make up lab", MakeUpAsked("lab", missed=True)),
        (CHEM, "i skipped lab tuesday, can i redo it", MakeUpAsked("lab", missed=True)),
        (STAT, "can i make up the discussion section i missed", MakeUpAsked("discussion", missed=True)),
        (STAT, "how do i catch up on a missed discussion", MakeUpAsked("discussion", missed=True)),
        (STAT, "can i reschedule my discussion section", MakeUpAsked("discussion", missed=True)),
        (STAT, "is there a make-up class next week", MakeUpAsked(None, missed=False)),
        (GEO, "when is the makeup field practical", MakeUpAsked("practical", missed=False)),
        # not a meeting: the one rule whose own words name it and speak of make-ups
        (CHEM, "can i make up the quiz i missed", MakeUpAsked(None, missed=True, policy="quizzes")),
    ],
)
def test_what_make_up_is_asked(folder: str, question: str, asked: MakeUpAsked) -> None:
    """The kind of meeting, and whether the make-up meeting itself or the rule on making one up is asked."""
    assert make_up_asked(course_in(folder), question) == asked


@pytest.mark.parametrize(
    ("folder", "question"),
    [
        (STAT, "which lectures make up the resampling unit"),  # "make up" as forming
        (CHEM, "do labs make up 20% of the grade"),
        (CHEM, "can i make up lab report 3"),  # an assignment, not a lab meeting
        (STAT, "can i make up the midterm"),
        (STAT, "can i make up a class i missed"),  # no one kind: the course's own rules read it
        (CHEM, "when is lab this week"),
    ],
)
def test_no_meeting_make_up_is_asked(folder: str, question: str) -> None:
    """Forming a whole, work, an exam or no make-up at all is not a meeting's make-up."""
    assert make_up_asked(course_in(folder), question) is None


@pytest.mark.parametrize(
    ("folder", "question", "now", "first", "said", "absent"),
    [
        # the schedule's make-up lab, and the rule's make-up week, never Lab Report 3's late rules
        (
            CHEM,
            "when is the make-up lab for lab report 3",
            "2026-03-04 14:00",
            "Make-up labs on the schedule:",
            ("Fri Mar 13", "Sorensen Hall 312", "April 27-30"),
            ("Late submissions", "slip day"),
        ),
        (CHEM, "any make-up labs next week", "2026-03-04 14:00", "Yes:", ("Fri Mar 13", "Lab 102"), ()),
        # none this week: not the regular labs as a Yes, and not a flat No where the rule speaks of make-up week
        (
            CHEM,
            "is there a makeup lab this week",
            "2026-03-04 14:00",
            "The schedule lists no make-up lab this week",
            ("Fri Mar 13", "April 27-30"),
            ("Yes",),
        ),
        (GEO, "is there a make-up practical next week", "2025-03-26 10:00", "Yes:", ("Fri Apr 4", "Tempelhof"), ()),
        (
            GEO,
            "any makeup practicals this week",
            "2025-03-17 10:00",
            "No make-up field practical this week",
            ("Fri Apr 4",),
            ("Yes",),
        ),
    ],
)
def test_the_make_up_meetings_listed(folder, question, now, first, said, absent) -> None:
    """The make-up meetings the course lists (in the span asked), with the rule's own words on make-ups."""
    result, text_ = reply(course_in(folder), question, now)
    assert result.parts[0].intent == "make_up_meeting", text_
    assert first_line(text_).startswith(first), text_
    for fact in said:
        assert fact in text_, text_
    for fact in absent:
        assert fact not in text_, text_


@pytest.mark.parametrize(
    "question",
    [
        "is there a makeup discussion this week",
        "any make-up discussion sections next week",
        "when is the make-up discussion for problem set 4",
    ],
)
def test_a_make_up_meeting_the_course_lists_none_of(question: str) -> None:
    """No make-up listed: the page does not say, never "Yes" with the regular sections nor the late rules."""
    result, said = reply(course_in(STAT), question, "2024-10-16 08:00")
    assert result.answer.kind == "unknown", said
    assert first_line(said).startswith("A make-up discussion section is not on the course page"), said
    assert "Discussion section 1A" not in said, said
    assert "Late" not in said, said


@pytest.mark.parametrize(
    ("folder", "question", "now", "said", "kind"),
    [
        (
            STAT,
            "can i make up the discussion section i missed",
            "2024-10-16 08:00",
            "not on the course page",
            "unknown",
        ),
        (
            STAT,
            "missed discussion on monday, can i make it up?",
            "2024-10-16 08:00",
            "not on the course page",
            "unknown",
        ),
        (CHEM, "can i redo the lab i missed", "2026-03-04 14:00", "make-up week (April 27-30)", "info"),
        (GEO, "can i make up the practical i missed", "2025-03-26 10:00", "Up to two absences are excused", "info"),
    ],
)
def test_making_up_a_missed_meeting(folder, question, now, said, kind) -> None:
    """The course's rule on missing that kind, or that the page does not say: never the exams card."""
    result, text_ = reply(course_in(folder), question, now)
    assert result.answer.kind == kind, text_
    assert said in text_, text_
    assert "Midterm" not in text_, text_


@pytest.mark.parametrize(
    ("folder", "question", "now", "first"),
    [
        (
            STAT,
            "is the alternate sitting of the midterm next week",
            "2024-10-16 08:00",
            "Yes: the alternate sitting is on",
        ),
        (
            STAT,
            "is there a conflict sitting for the midterm this week",
            "2024-10-16 08:00",
            "No: the alternate sitting",
        ),
        # the resit is undated: no Yes that it exists, when whether it falls then is asked
        (GEO, "is there a resit for the final next week", "2025-05-01 10:00", "The course page doesn't give the date"),
    ],
)
def test_an_exam_sitting_asked_of_a_span(folder, question, now, first) -> None:
    """An exam's other sitting asked of a span: Yes or No by its date, never "Yes, there is one" of another week."""
    said = reply(course_in(folder), question, now)[1]
    assert first_line(said).startswith(first), said


@pytest.mark.parametrize(
    ("folder", "question", "now", "first", "said"),
    [
        # a thing that is not a meeting, with one rule on making it up: that rule, its own Yes or No
        (CHEM, "can i redo the quiz i missed", "2026-03-04 14:00", "No:", "lowest quiz score is dropped"),
        (CHEM, "missed the canvas quiz friday, can i make it up", "2026-03-04 14:00", "No:", "no make-up quizzes"),
        # handed-in work done again, with no rule on it: not on the page, never another rule's Yes
        (CHEM, "can i redo lab report 4", "2026-03-04 14:00", "Whether you can redo Lab Report 4", "Campuswire"),
        (
            "data/10-605-s24",
            "can we rewrite hw1 for a better grade",
            "2024-02-12 10:00",
            "Whether you can redo",
            "Homework 1",
        ),
        # missed work made up, none named: the late rule, not a Yes from the next piece still to come
        (STAT, "can i make up the problem set i missed", "2024-10-16 08:00", "A missed problem set", "2% per"),
    ],
)
def test_making_up_work_and_quizzes(folder, question, now, first, said) -> None:
    """A quiz or a piece of work made up or redone: the course's one rule on it, the late rule, or not on the page."""
    result, text_ = reply(course_in(folder), question, now)
    assert result.parts[0].intent == "make_up_meeting", text_
    assert first_line(text_).startswith(first), text_
    assert said in text_, text_


@pytest.mark.parametrize(
    ("question", "named", "series"),
    [
        ("i'm redoing the programming for hw5 alone, will it be accepted thursday", ("hw5",), ()),  # told, not asked
        ("i missed hw1, can i make it up", ("hw1",), ()),  # one piece named: its late rules read it
        ("when is hw2 due", ("hw2",), ()),
    ],
)
def test_work_not_made_up(question, named, series) -> None:
    """Redoing told in a story, or one named piece missed, is not read as work made up here."""
    from bot.understand.meetings.make_up_meeting import work_make_up

    assert work_make_up(course_in("data/10-605-s24"), question, named, series) is None


@pytest.mark.parametrize(
    ("question", "work"),
    [
        ("can i redo the assignment", ("assignment",)),
        ("could we rewrite the essay", ("essay",)),
    ],
)
def test_work_in_everyday_words(question, work) -> None:
    """Work redone in everyday words ("the assignment") is work, with none of the course's kinds named."""
    from bot.understand.meetings.make_up_meeting import work_make_up

    found = work_make_up(course_in(STAT), question, (), ())
    assert found is not None
    assert found.work == work
    assert found.redo


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("when is the make-up lab for lab 102", "Make-up labs on the schedule for Lab 102"),
        ("when is the make-up lab for section 103", "The schedule lists no make-up lab for Lab 103"),
        ("is there a makeup lab next week for 103", "The schedule lists no make-up lab next week for Lab 103"),
    ],
)
def test_a_make_up_for_another_section_is_not_theirs(question, first) -> None:
    """A section named: its own make-up, or that none is listed for it (never another section's as a Yes)."""
    said = reply(course_in(CHEM), question, "2026-03-04 14:00")[1]
    assert first_line(said).startswith(first), said


def test_a_make_up_line_names_the_topic_of_its_day() -> None:
    """ "what was the make up lecture about": a make-up told by a note shows the topic the schedule gives that day; a
    row titled as the make-up itself is shown once."""
    course = course_in(GEO)
    meeting = next(m for m in course.meetings if m.kind == "practical")
    start = course.at(dt.date(2025, 4, 4), dt.time(9, 0))
    told = SimpleNamespace(
        topic=SimpleNamespace(title="Soil sampling"),
        note="make-up for the Good Friday practical",
        kind=meeting.kind,
        meeting=meeting,
        start=start,
        end=start + dt.timedelta(hours=3),
        where="Tempelhof field site",
    )
    said = "".join(str(p) for p in _line(course, told))
    assert "Make-up for the Good Friday practical** · Soil sampling · " in said
    titled = SimpleNamespace(**{**vars(told), "topic": SimpleNamespace(title="Make-up soil sampling")})
    said = "".join(str(p) for p in _line(course, titled))
    assert said.count("Make-up soil sampling") == 1
