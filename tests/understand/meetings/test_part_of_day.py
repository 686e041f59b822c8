"""A kind of meeting asked by the part of the day it meets in ("is there an evening lab section", "which discussion
sections are in the afternoon"): the ones that start then, Yes or No first when asked so, from the weekly times."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.course.model import Course
from bot.understand.meetings.part_of_day import runs_in
from tests.understand.conftest import course_in, first_line, reply


@pytest.fixture(scope="module")
def chem() -> Course:
    return course_in("tests/fixtures/courses/chem-1310-s26")


STAT_NOW = "2024-10-14 10:00"
CHEM_NOW = "2026-03-04 14:00"


# the question, how the answer opens, and a section or time it names
ASKED = {
    "chem": [
        ("any evening labs", "Yes", "103"),
        ("is there a morning recitation", "Yes", "101"),
        ("which labs are in the afternoon", "101, 102", "102"),
    ],
    "stat": [
        ("is there an evening discussion section", "No", "Wednesdays"),
        ("r there any afternoon discussion sections", "Yes", "1C"),
    ],
}


@pytest.mark.parametrize(("course_name", "case"), [(name, case) for name, cases in ASKED.items() for case in cases])
def test_the_meetings_of_that_part_of_the_day(request, course_name, case):
    question, opens, named = case
    now = CHEM_NOW if course_name == "chem" else STAT_NOW
    result, said = reply(request.getfixturevalue(course_name), question, now)
    assert [p.intent for p in result.parts] == ["part_of_day"], question
    assert first_line(said).startswith(opens), said
    assert named in said


def test_a_day_named_with_it_is_that_days_question(chem):
    """ "is there lab thursday evening": that Thursday's labs, not every lab's time of day."""
    result, _ = reply(chem, "is there lab thursday evening", CHEM_NOW)
    assert result.parts[0].intent != "part_of_day"


HIST_NOW = "2024-10-14 10:00"
NOW = {"chem": CHEM_NOW, "stat": STAT_NOW, "hist": HIST_NOW}

# Something else asked of the meetings, with a part of the day in it: never the meetings of that part of the day
ELSE_ASKED = [
    ("chem", "are recitations recorded in the morning"),
    ("chem", "is the lab report due the next morning"),
    ("chem", "is attendance taken at the morning recitation"),
    ("chem", "who teaches the evening lab"),
    ("stat", "do discussion sections ever get cancelled in the afternoon"),
    ("stat", "are discussion sections recorded in the evening"),
    ("hist", "are tutorials compulsory in the morning"),
    ("hist", "do tutorials get cancelled if it snows in the morning"),
    ("hist", "is the tutorial worksheet due the next morning"),
]


@pytest.mark.parametrize(("course_name", "question"), ELSE_ASKED)
def test_something_else_asked_of_them_is_not_their_times(request, course_name, question):
    """A question asking whether meetings are recorded, cancelled, compulsory or due is not read as which meet then."""
    result, said = reply(request.getfixturevalue(course_name), question, NOW[course_name])
    assert "part_of_day" not in [p.intent for p in result.parts], question
    assert "meet in the" not in said, said
    assert "meets in the" not in said, said


# Whether any meet then, in words of holding them: the Yes stands
HELD_ASKED = [
    ("hist", "do any tutorials run in the morning", "T1, T2"),
    ("chem", "is there a recitation time slot in the afternoon", "102, 103"),
    ("chem", "is there a lab section that meets in the evening", "103"),
]


@pytest.mark.parametrize(("course_name", "question", "named"), HELD_ASKED)
def test_words_of_holding_them_keep_the_yes(request, course_name, question, named):
    """ "do any tutorials run in the morning": Yes, naming the ones that meet then."""
    result, said = reply(request.getfixturevalue(course_name), question, NOW[course_name])
    assert [p.intent for p in result.parts] == ["part_of_day"], question
    assert first_line(said).startswith(f"Yes: {named}"), said


# A kind with one weekly row, asked by the part of the day: answered from that row, Yes or No first
ONE_ROW_ASKED = [
    ("stat", "are the lectures in the morning", "Yes: Lectures meet in the morning"),
    ("stat", "is there an evening lecture", "No"),
    ("hist", "is the seminar held in the afternoon", "No"),
    ("hist", "is the workshop in the afternoon", "Yes: Source workshops meet in the afternoon"),
    ("chem", "is the lecture in the evening", "No"),
]


@pytest.mark.parametrize(("course_name", "question", "opens"), ONE_ROW_ASKED)
def test_a_kind_with_one_weekly_row_is_answered_from_it(request, course_name, question, opens):
    """ "are the lectures in the morning" where lectures have one weekly row: Yes or No from its start time."""
    result, said = reply(request.getfixturevalue(course_name), question, NOW[course_name])
    assert [p.intent for p in result.parts] == ["part_of_day"], question
    assert first_line(said).startswith(opens), said


# Asked of one part of the day, at a moment whose next meeting of the kind is in another part: the next shown is
# one of those asked about (stat: Monday 10 AM, the next section is 1A's Wednesday 9 AM; 1C's is the next afternoon one)
NEXT_ASKED = [
    ("stat", "is there an afternoon discussion section", "Wed Oct 16, 12:00 PM", "9:00 AM"),
    ("chem", "any evening labs", "6:00 PM", "1:00 PM"),
    ("hist", "any afternoon tutorials", "1:00 PM", "9:00 AM"),
]


@pytest.mark.parametrize(("course_name", "question", "shown", "never"), NEXT_ASKED)
def test_the_next_one_shown_is_one_asked_about(request, course_name, question, shown, never):
    """The "Next:" lines of a part-of-day answer name a meeting held in that part of the day, never another."""
    _, said = reply(request.getfixturevalue(course_name), question, NOW[course_name])
    nexts = [line for line in said.splitlines() if line.strip().startswith("Next:")]
    assert nexts, said
    assert all(shown in line and never not in line for line in nexts), said


# One section asked by the part of the day: Yes or No from that section's own weekly meetings, naming any that do not
SECTION_ASKED = [
    ("chem", "is section 101 in the morning", "Yes: Section 101 meets in the morning", "not its lab at 1:00 PM"),
    ("chem", "does recitation 102 meet in the morning", "No: Section 102 meets at other times", "12:00 PM"),
    ("chem", "does section 103 meet in the evening", "Yes: Section 103 meets in the evening", "lab at 6:00 PM"),
    ("hist", "is tutorial group t3 in the afternoon", "Yes", "1:00 PM"),
    ("hist", "is t2 in the evening", "No", "11:00 AM"),
]


@pytest.mark.parametrize(("course_name", "question", "opens", "named"), SECTION_ASKED)
def test_one_section_is_answered_from_its_own_meetings(request, course_name, question, opens, named):
    """ "is section 101 in the morning": Yes or No from that section's own start times, never the whole kind's."""
    result, said = reply(request.getfixturevalue(course_name), question, NOW[course_name])
    assert [p.intent for p in result.parts] == ["section_part"], question
    assert first_line(said).startswith(opens), said
    assert named in said, said


@pytest.mark.parametrize(
    ("course_name", "question"),
    [("chem", "is section 101 recorded in the morning"), ("hist", "is t1 thursday morning")],
)
def test_a_section_asked_something_else_or_on_a_day_is_not_its_part_of_day(request, course_name, question):
    """A section asked whether it is recorded, or on a named day, is not read as which part of the day it meets in."""
    result, _ = reply(request.getfixturevalue(course_name), question, NOW[course_name])
    assert "section_part" not in [p.intent for p in result.parts], question


@pytest.mark.parametrize(
    ("start", "end", "part", "held"),
    [
        ((15, 0), (18, 30), "afternoon", True),  # starts in it
        ((15, 0), (18, 30), "evening", True),  # runs an hour and a half into it
        ((11, 0), (12, 30), "afternoon", True),  # half an hour into it
        ((9, 0), (12, 5), "afternoon", False),  # five minutes over is no afternoon class
        ((14, 30), (17, 30), "evening", True),
        ((18, 0), (20, 50), "afternoon", False),  # after it
        ((8, 0), (8, 50), "morning", True),
    ],
)
def test_a_meeting_is_held_in_each_part_of_the_day_it_spans(start, end, part, held):
    """A meeting is in a part of the day when it starts in it or runs at least half an hour into it."""
    assert runs_in(dt.time(*start), dt.time(*end), part) is held


@pytest.fixture(scope="module")
def chem_long_lab(chem) -> Course:
    """chem with section 101's lab running 1:00-6:30 PM, into the evening."""
    meetings = tuple(
        replace(m, end=dt.time(18, 30)) if m.kind == "lab" and m.section == "101" else m for m in chem.meetings
    )
    return replace(chem, meetings=meetings)


@pytest.mark.parametrize(
    ("question", "opens", "named"),
    [
        ("is section 101 in the evening", "Yes: Section 101 meets in the evening", "lab at 1:00 PM until 6:30 PM"),
        ("does section 101 meet in the afternoon", "Yes: Section 101 meets in the afternoon", "lab at 1:00 PM"),
        ("any evening labs", "Yes", "101"),
    ],
)
def test_a_meeting_running_into_the_part_asked_is_held_then(chem_long_lab, question, opens, named):
    """A lab from 1:00 to 6:30 PM is in the afternoon and the evening: Yes, with until when, never a flat No."""
    _, said = reply(chem_long_lab, question, CHEM_NOW)
    assert first_line(said).startswith(opens), said
    assert named in said, said
