"""Issue 12, round 10: work handed in in parts, yes/no read after a statement, a section's own work, "while" kept,
a count of the meetings left, and the last meeting of a section."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import engine_for, read_question
from tests.conftest import FIXTURES, REPO, local

STAT = REPO / "data" / "stat-187-f24"
GEO = FIXTURES / "courses" / "geo-2210-s25"


def _shown(folder, now: str, question: str, course=None) -> tuple[list[dict], str]:
    course = course or load_course(folder)
    clock = local(course, now)
    result = read_question(course, question, clock)
    return result.as_json()["parts"], answer_text(result.answer, course.tz, clock)


@pytest.mark.parametrize(
    "question",
    [
        "if i submit the written part on time and the code 20 min late is the whole pset late",
        "my code for ps7 went in 10 minutes late but the written part was on time, does that count as late",
        "i submitted written on time but the code 5 min late does that count as late",
    ],
)
def test_a_late_part_makes_the_whole_work_late_when_the_latest_part_counts(question):
    parts, shown = _shown(STAT, "2024-11-20T17:15", question)
    assert [p["intent"] for p in parts] == ["late_whatif"]
    verdict = next(line for line in shown.splitlines()[2:] if line.strip())
    assert verdict.startswith("Yes:")
    assert "latest part" in verdict


def test_each_part_on_its_own_says_no_to_the_whole_work_late():
    """A course whose data counts each part on its own: only the late part is late."""
    course = load_course(STAT)
    course = dataclasses.replace(course, late=dataclasses.replace(course.late, measure="each-part"))
    _, shown = _shown(
        None,
        "2024-11-20T17:15",
        "if i submit the written part on time and the code 20 min late is the whole pset late",
        course,
    )
    verdict = next(line for line in shown.splitlines()[2:] if line.strip())
    assert verdict.startswith("No:")
    assert "on its own" in verdict


def test_the_datas_own_part_names_are_read_as_parts():
    """ "the data on time but the poster 3 hours late": GEO's project parts, in its own words."""
    parts, shown = _shown(
        GEO,
        "2025-05-08T09:30",
        "if i upload the data for the mass-balance project on time but the poster 3 hours late, is the whole project "
        "late?",
    )
    assert [p["intent"] for p in parts] == ["late_whatif"]
    assert "Yes:" in shown


def test_if_then_what_is_not_a_yes_no(course):
    reading = engine_for(course).reader.read(
        "if hw5 is 3 hours late what's the penalty", local(course, "2024-03-20 10:00")
    )
    assert reading.yes_no is False


def test_does_that_count_as_late_after_a_statement_is_a_yes_no(course):
    reading = engine_for(course).reader.read(
        "i submitted the written on time but the programming 5 min late does that count as late",
        local(course, "2024-03-20 10:00"),
    )
    assert reading.yes_no is True


def test_while_is_not_respelled_into_whole(course):
    assert "while" in engine_for(course).reader.respell("is anything due while i'm gone").split()


def test_a_named_section_picks_its_own_of_the_work_a_name_matches():
    parts, _ = _shown(GEO, "2025-05-08T09:30", "when is the süd field log due")
    assert parts[0]["slots"]["assignments"] == ["log-sued"]


def test_two_sections_named_keep_every_match():
    parts, _ = _shown(GEO, "2025-05-08T09:30", "do i (group süd) have to hand in the nord field log too")
    assert parts[0]["slots"].get("assignments") != ["log-sued"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how many lectures are left before the final", "3 lectures before Final exam."),
        ("how many lectures are left", "3 lectures left."),
    ],
)
def test_how_many_meetings_are_left_says_the_number(question, said):
    _, shown = _shown(STAT, "2024-11-20T17:15", question)
    assert said in shown


def test_the_last_meeting_of_a_section_is_said():
    """Its last meeting (the section's card carries it as "Last this term")."""
    parts, shown = _shown(STAT, "2024-11-20T17:15", "when's the last 1H section of the term")
    assert [p["slots"]["section"] for p in parts] == ["1H"]
    assert "Fri Dec 6" in shown
    assert "1H" in shown


def test_what_is_due_while_away_is_the_span_away():
    parts, shown = _shown(
        STAT, "2024-11-20T17:15", "is anything due while i'm away if i leave thursday the 21st and come back monday"
    )
    assert [(p["intent"], p["slots"]["range"]) for p in parts] == [("due_soon", ["2024-11-21", "2024-11-25"])]
    assert "PS7" in shown
    assert "Report" not in shown.split("Next up")[0]


def test_two_kinds_named_are_every_meeting():
    parts, _ = _shown(
        STAT,
        "2024-11-20T17:15",
        "what lectures or sections would i miss if i leave tuesday the 26th and come back sunday",
    )
    assert parts[0]["slots"]["kind"] == "class"


def test_it_standing_for_two_pieces_of_work_says_which_it_took(course):
    clock = local(course, "2024-03-27 10:00")
    result = read_question(
        course,
        "i'm behind on hw5 and the mini project survey. if i turn it in on saturday at noon how late is it",
        clock,
    )
    shown = answer_text(result.answer, course.tz, clock)
    assert "Taking HW5 (you named Mini-project survey too" in shown


def test_a_story_does_not_date_a_question_that_asks_when(course):
    clock = local(course, "2024-03-27 10:00")
    parts = read_question(course, "i was sick all last week. i still have to do hw5. when is it due", clock).as_json()
    assert [(p["intent"], p["slots"]["assignments"]) for p in parts["parts"]] == [("assignment_due", ["hw5"])]
    assert "last week" not in parts["parts"][0]["text"]
