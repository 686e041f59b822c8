"""Office hours answered (bot.understand.answering.handle_office_hours): online or in person, by role, where they are
held, up to an event."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.course.model import Role
from bot.understand.yes_no.unsettled import UNSETTLED_LEAD
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can i go to tomasz's office hours online", True),  # a room with an online link offers both
        ("are tomasz office hours in person", True),
        ("can i attend amara's office hours in person", False),  # remote only
        ("are amaras office hours online", True),
        ("can i go to solberg's office hours online", False),  # a room only
    ],
)
def test_online_or_in_person_office_hours_from_every_way_they_are_held(geo, question, yes):
    result, said = reply(geo, question, "2025-03-26 10:00")
    assert result.parts[0].intent == "office_hours"
    assert first_line(said).startswith("Yes" if yes else "No")


def test_the_prof_is_the_instructor_role(geo, second_course):
    for course, name in [(geo, "Ingrid Solberg"), (second_course, "Elena Vasquez-Marlowe")]:
        result, said = reply(course, "when are the prof's office hours", "2024-10-01 10:00")
        assert result.parts[0].slots.get("role") is not None
        assert name in said


def test_where_office_hours_are_held_is_said_per_person(course, geo):
    # No room for anyone on 10-605's page: unknown, with the times (and the one remote session) it does give.
    result, said = reply(course, "whats the room for office hours", "2024-03-20 10:00")
    assert result.answer.kind == "unknown"
    assert first_line(said).startswith("Where office hours are held is not on the course page")
    assert "Katie Zhang" in said
    assert "Remote" in said
    assert "Yiwen Zhao: Thursdays" in said
    assert "location not listed" not in said
    _, said = reply(geo, "where are office hours held", "2025-03-26 10:00")
    assert "EB 410" in said
    assert "EB 222" in said
    assert "does not give the room" not in said


def test_office_hours_up_to_an_event(course):
    _, whole = reply(course, "office hours between now and exam 1", "2024-02-19 10:00")
    assert "Mon Feb 19" in whole
    assert "Mon Feb 26" not in whole


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
    ("question", "said"),
    [
        ("does gabe hold office hours", "Yes: Fridays."),
        ("when's the next time i can get help from a TA", "Jayesh Singla"),
        ("is katie remote", "Yes: they are held remotely."),
        ("any TA office hours in the morning", "Yiwen Zhao"),
    ],
)
def test_who_holds_office_hours_when_and_how(course, question, said):
    """Whether someone holds office hours, the next help from a role, someone remote, a part of the day with no day."""
    _, shown = reply(course, question, "2024-02-19 10:00")
    assert said in shown, shown


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("are there office hours tonight", "No: no office hours then."),
        ("is priya's office hour still on next monday", "Yes:"),
    ],
)
def test_office_hours_tonight_and_still_on_a_day(second_course, question, said):
    """Tonight as this evening, and a session still on a coming day."""
    _, shown = reply(second_course, question, "2024-10-14 10:00")
    assert said in shown, shown


def test_office_hours_on_the_weekdays_the_student_can_make(course):
    # Wed Apr 3, 4 PM: Wednesday's hours are over; the coming Monday and Wednesday are both shown, no other day.
    result, said = reply(
        course, "i can only make it monday or wednesday, which TAs have office hours", "2024-04-03 16:00"
    )
    assert result.parts[0].intent == "office_hours"
    assert "Mon Apr 8" in said
    assert "Wed Apr 10" in said
    for other in ("Tue Apr", "Thu Apr", "Fri Apr", "Wed Apr 3"):
        assert other not in said


def test_the_days_told_before_the_question_are_kept(stat):
    question = (
        "i'm behind on the report. i have class all day monday through wednesday, so thursday and friday are the "
        "only days i can make it to office hours this week. who can i go see and when?"
    )
    result, said = reply(stat, question, "2024-12-03 13:30")
    assert [p.intent for p in result.parts] == ["office_hours"]
    assert "Tue Dec 3" not in said
    assert "Wed Dec 4" not in said
    assert "this week" in said


def test_a_persons_next_office_hour_is_theirs_only(course):
    result, said = reply(course, "when's katie's next office hour", "2024-03-20 10:00")
    assert result.parts[0].intent == "office_hours"
    assert said.count("Katie Zhang") == 2  # the title and the one session
    assert "Tue Mar 26" in said


def test_a_session_asked_in_place_of_a_meeting_counts_only_when_the_page_says_so(tmp_path):
    """ "is there office hours on X instead of the lecture": Yes only for a session the page holds in its place; a
    regular one that day is no such session (No, with the day's sessions shown)."""
    import shutil

    from bot.course.loader import load_course
    from bot.understand.answering.handle_office_hours import replaced_words
    from tests.conftest import FIXTURES
    from tests.understand.conftest import first_line, reply

    folder = tmp_path / "hist"
    shutil.copytree(FIXTURES / "courses" / "hist-210-a24", folder)
    with (folder / "staff.toml").open("a") as staff:
        staff.write(
            '\n[[office_hours_change]]\nperson = "miriam-osei"\nkind = "extra"\ndate = 2024-11-11\n'
            'start = 10:00:00\nend = 12:00:00\nlocation = "Old Library 1.01"\n'
            'reason = "Essay clinic in place of the Monday seminar"\n'
        )
    hist = load_course(folder)
    assert replaced_words("is there office hours on monday instead of the monday seminar") == ("monday", "seminar")
    assert replaced_words("are office hours on monday") == ()
    _, said = reply(hist, "are there office hours on nov 11 instead of the seminar", "2024-11-04T10:00")
    assert first_line(said).startswith("Yes")
    assert "Essay clinic" in said
    _, said = reply(hist, "are there office hours on nov 14 instead of the seminar", "2024-11-04T10:00")
    assert first_line(said).startswith("No")


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("is siyuan's office hour on wednesday at 2", "Yes"),
        ("is siyuans oh on wednesday still at 2pm", "Yes"),
        ("is siyuan's office hour on wednesday at 4pm", "No: Siyuan Lin: 2:00 PM – 3:00 PM"),
    ],
)
def test_a_stated_time_is_checked_against_the_session_that_day(course, question, first):
    """ "is X's office hour on wednesday at 4pm": held that day, but not at that time, is a No with the real time."""
    _, said = reply(course, question, "2024-02-19 10:00")
    assert first_line(said).startswith(first)


def test_a_no_for_a_cancelled_or_moved_day_says_when_they_are_next_there(geo, course):
    _, said = reply(geo, "are solberg's office hours on monday apr 14", "2025-04-02 10:00")
    assert first_line(said).startswith("No")
    assert said.splitlines()[-1].startswith("Next: Ingrid Solberg Mon Apr 28, 4:00 PM CEST")
    _, said = reply(geo, "is solberg's office hour on apr 7", "2025-04-02 10:00")
    assert first_line(said).startswith("Yes")
    assert "Next:" not in said


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("solberg office hours monday apr 14?", False),  # the Easter break
        ("ingrid solberg oh on apr 7", True),
        ("tomasz office hours wed apr 9??", True),
    ],
)
def test_a_bare_name_and_day_asks_whether_they_are_on(geo, question, yes):
    result, said = reply(geo, question, "2025-04-02 10:00")
    assert [p.intent for p in result.parts] == ["office_hours"]
    assert first_line(said).startswith("Yes" if yes else "No")


def test_a_question_word_or_request_is_not_a_bare_whether(geo):
    for question in ("when are solberg's office hours on apr 7", "tell me solberg's office hours on apr 7"):
        _, said = reply(geo, question, "2025-04-02 10:00")
        assert not first_line(said).startswith(("Yes", "No"))


def test_office_hours_are_not_a_school_office_role(geo):
    # a course whose staff includes a "School Office" (role id "office"): "office hours" still asks everyone's hours
    office = replace(geo, roles=(*geo.roles, Role("office", "School Office", "School Office")))
    result, said = reply(office, "what office hours are there this week", "2025-04-02 10:00")
    assert [p.intent for p in result.parts] == ["office_hours"]
    assert result.parts[0].slots.get("role") is None
    assert "Ingrid Solberg" in said
    result, _ = reply(office, "who works in the school office", "2025-04-02 10:00")
    assert result.parts[0].slots.get("role") == "office"


def test_same_time_next_week_is_no_when_a_session_then_is_moved(stat):
    """ "same time?" of a span: No with the change when a session in it is moved or cancelled, else Yes."""
    _, said = reply(stat, "marco office hours next week same time?", "2024-10-15 10:00")
    assert first_line(said).startswith("No")
    assert "moved after the midterm review" in first_line(said)
    _, said = reply(stat, "marco's office hours this week, same time as usual?", "2024-10-15 10:00")
    assert first_line(said).startswith("Yes")


@pytest.mark.parametrize(
    ("question", "now", "yes"),
    [
        ("does tomas do online office hours", "2026-02-10 10:00", True),  # one remote session, one in a room
        ("will tomas do in person office hours", "2026-02-10 10:00", True),
        ("does tomas only do in person office hours", "2026-02-10 10:00", False),
        ("does tomas just do zoom office hours", "2026-02-10 10:00", False),
        ("does tomas hold any of his office hours on zoom", "2026-02-10 10:00", True),  # "hold", "offer": no more
        ("does tomas offer in person office hours", "2026-02-10 10:00", True),
    ],
)
def test_whether_a_way_of_attending_is_offered_when_sessions_differ(question, now, yes):
    """Some sessions remote and some in a room: "does X do online ..." is Yes; "only ... in person" is No."""
    result, said = reply(course_in(CHEM), question, now)
    assert result.parts[0].intent == "office_hours"
    assert first_line(said).startswith("Yes" if yes else "No")
    assert "some are held" in first_line(said)


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("does marco do in person office hours or only zoom", False),  # remote only
        ("does diego do in person office hours or just zoom", True),  # a room with a link
        ("does diego only do office hours online", False),  # a room too
    ],
)
def test_in_person_or_only_online_asks_the_first(stat, question, yes):
    """ "A or only B" is a yes/no on A; "only" on its own asks whether no other way is offered."""
    _, said = reply(stat, question, "2024-10-01 10:00")
    assert first_line(said).startswith("Yes" if yes else "No")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how do i set up a meeting with the lab coordinator", "Email him for an appointment"),  # a role, no hours
        ("how can i book an appointment with dr feld", "marcus.feld@unp.example.edu"),
        ("how do i schedule a meeting with dana", "Kessler Hall 315"),  # regular hours
    ],
)
def test_a_meeting_or_appointment_with_someone_is_how_they_see_students(question, said):
    """Setting up a meeting with a person or a role: their hours, or how they see students by appointment."""
    result, answer = reply(course_in(CHEM), question, "2026-02-10 10:00")
    # an appointment: bot.understand.people.outside_hours
    assert result.parts[0].intent in ("office_hours", "outside_hours")
    assert said in answer


@pytest.mark.parametrize(
    ("question", "intents", "fact"),
    [
        ("where is professor okafor's office", ["office_hours"], "Kessler Hall 315"),
        ("whats prof okafor's email and which room is her office", ["course_fact", "office_hours"], "Kessler Hall 315"),
        ("is professor okafor the instructor", ["staff"], "Yes"),  # the role asked about after her name still counts
    ],
)
def test_a_title_in_a_persons_name_is_not_a_role_asked_about(question, intents, fact):
    """ "prof okafor" (one of her names) names her: where her office is, not who holds the professor's role."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    result, said = reply(chem, question, "2026-03-04 14:00")
    assert [p.intent for p in result.parts] == intents
    assert min(p.confidence for p in result.parts) >= 0.6
    assert fact in said


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("is solberg's office hour on zoom or in person", "In person: they are held in person (EB 410)."),
        ("are amara's office hours in person or online", "Online: they are held online"),
        ("tomasz office hours: online or face to face?", "Online or in person: they are held in EB 222 or online"),
    ],
)
def test_online_or_in_person_asked_as_a_choice_is_answered_by_the_way(geo, question, first):
    """ "are her office hours online or in person": the way they are held first, in those words."""
    result, said = reply(geo, question, "2025-03-26 10:00")
    assert result.parts[0].intent == "office_hours"
    assert first_line(said).startswith(first)


@pytest.mark.parametrize(
    ("question", "first", "shown"),
    [
        # the part of the day said apart from the day ("tuesday ... still in the morning"): No, and that day's hours
        ("is katie's office hour tuesday still in the morning", "No", "Tue Feb 20, 3:00 PM EST"),
        ("katie's oh on tuesday, is that still in the afternoon", "Yes", "Tue Feb 20, 3:00 PM EST"),
    ],
)
def test_a_part_of_the_day_said_apart_from_the_day(course, question, first, shown):
    """A person's hours asked of a day and, apart from it, a part of the day: Yes or No for that part, and the
    hours held at other times of that day when none fall in it."""
    _, said = reply(course, question, "2024-02-19 10:00")
    assert first_line(said).startswith(first), said
    assert shown in said


@pytest.mark.parametrize(
    ("folder", "now", "question", "said"),
    [
        (CHEM, "2026-02-20 10:00", "is dr okafor doing her in person thursday hours next week", "conference"),
        ("data/stat-187-f24", "2024-11-06 10:00", "is priya still on zoom for her monday hours next week", "Veterans"),
    ],
)
def test_a_session_cancelled_on_the_day_asked_is_no_whichever_way_it_is_held(folder, now, question, said):
    result, answer = reply(course_in(folder), question, now)
    assert result.parts[0].intent == "office_hours"
    assert first_line(answer).startswith("No")
    assert said in answer


@pytest.mark.parametrize(
    ("folder", "now", "question", "said"),
    [
        (CHEM, "2026-02-20 10:00", "can i drop in on the professor monday morning", "10:15 AM"),
        (CHEM, "2026-02-20 10:00", "could i speak with a ta on friday about the lab report", "Jun-seo Park"),
        ("data/stat-187-f24", "2024-11-06 10:00", "can i talk to a gsi tuesday afternoon about ps6", "Marco Bellini"),
    ],
)
def test_seeing_staff_on_a_day_is_their_office_hours_that_day(folder, now, question, said):
    result, answer = reply(course_in(folder), question, now)
    assert result.parts[0].intent == "office_hours"
    assert said in answer


@pytest.mark.parametrize(
    ("folder", "now", "question", "must"),
    [
        ("data/stat-187-f24", "2024-10-14 10:00", "is whitaker in on wednesday", "Email: stat187-staff@"),
        ("data/stat-187-f24", "2024-10-14 10:00", "will sam be around tomorrow", "Email: stat187-staff@"),
        ("tests/fixtures/courses/geo-2210-s25", "2025-04-01 10:00", "is felix in on tuesday", "Felix Brandt"),
    ],
)
def test_someone_with_no_hours_on_the_page_is_not_said_to_be_out(folder, now, question, must):
    """ "is X in on <day>" of a person the page gives no hours for: the page does not say (and how to reach them,
    where it says), never a bare No."""
    result, said = reply(course_in(folder), question, now)
    assert first_line(said).startswith("The course page gives no office hours for"), said
    assert must in said
    assert result.answer.kind == "unknown"


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("can i talk to dr feld in person", "Yes: by appointment"),  # no weekly hours: the appointment is the meeting
        ("could i see marcus feld face to face", "Yes: by appointment"),
        # the page names no online way: no verdict, so the hedge's lead first (bot.understand.yes_no.unsettled)
        ("can i meet dr feld online", UNSETTLED_LEAD),
    ],
)
def test_someone_seen_by_appointment_can_be_met_in_person(question, start):
    """Meeting in person someone the page gives no weekly hours but an appointment for is Yes, by appointment."""
    _, said = reply(course_in(CHEM), question, "2026-02-10 10:00")
    assert first_line(said).startswith(start)
    assert "Marcus Feld has no regular" in said
