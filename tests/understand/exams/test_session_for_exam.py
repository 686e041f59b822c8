"""A session of a kind held for one exam (bot.understand.exams.session_for_exam), and a kind over a schedule topic
(bot.understand.meetings.kind_over_topic)."""

from __future__ import annotations

import pytest

from bot.understand.exams.session_for_exam import named_kinds, rows_for_exam, session_for_exam_answer, sessions_for_exam
from bot.understand.meetings.kind_over_topic import kind_over_topic
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


def test_the_session_for_an_exam_is_the_one_titled_or_held_since_the_exam_before():
    chem = course_in(CHEM)
    second = sessions_for_exam(chem, chem.exam("midterm2"), {"review"})
    assert [o.start.date().isoformat() for o in second] == ["2026-03-31"]
    assert sessions_for_exam(chem, chem.exam("final"), {"review"}) == []  # none held for the final


def test_no_answer_without_a_kind_named_or_a_session_for_the_exam():
    chem = course_in(CHEM)
    assert session_for_exam_answer(chem, "when is midterm 2", "midterm2") is None
    assert session_for_exam_answer(chem, "when is the review session for the final", "final") is None
    assert session_for_exam_answer(chem, "review session for it", None) is None
    assert named_kinds(chem, "where is the review session") == {"review"}


def test_asked_in_different_words_the_answer_is_that_exams_session():
    chem = course_in(CHEM)
    for question in ("when is the review session for midterm 2", "midterm 2 review sesh: what time and room?"):
        _, said = reply(chem, question, "2026-02-10 10:00")
        assert "Tue Mar 31, 7:00 PM CDT" in said, said
        assert "Feb 17" not in said, said


def test_a_weekly_kind_before_an_exam_is_still_every_meeting_before_it():
    chem = course_in(CHEM)
    _, said = reply(chem, "labs before midterm 1", "2026-02-10 10:00")
    assert "for Midterm 1" not in said


def test_a_kind_takes_over_a_topic_only_when_its_names_hold_every_topic_word():
    chem = course_in(CHEM)
    fact = {"fact": "meeting_time", "kind": "review"}
    assert kind_over_topic(chem, {"words": "exam review"}, fact)
    assert not kind_over_topic(chem, {"words": "titration review"}, fact)
    assert not kind_over_topic(chem, {"words": "exam review"}, {"fact": "meeting_time", "kind": "class"})
    assert not kind_over_topic(chem, {"words": "exam review"}, {"fact": "link", "kind": "review"})


@pytest.mark.parametrize(
    ("folder", "now", "question", "shown", "hidden"),
    [
        (
            "data/stat-187-f24",
            "2024-10-01 10:00",
            "when is the review lecture for the final",
            ["Dec 3"],
            ["Linear regression review", "1C"],
        ),
        (
            "tests/fixtures/courses/chem-1310-s26",
            "2026-02-01 10:00",
            "what day is the review lecture for the final",
            ["May 1"],
            ["Midterm 1 review", "Midterm 2 review"],
        ),
        ("data/stat-187-f24", "2024-10-01 10:00", "when is the review for the midterm", ["1C"], ["Linear regression"]),
    ],
)
def test_a_day_asked_for_an_exam_is_that_exams_only(folder, now, question, shown, hidden) -> None:
    """A day of the schedule asked "for" an exam: titled with it, else held just before it; never another's."""
    _, said = reply(course_in(folder), question, now)
    for fact in shown:
        assert fact in said, said
    for fact in hidden:
        assert fact not in said, said


def test_none_held_for_the_exam_says_so_with_what_is_listed_for_it() -> None:
    """No day the words name is held for the exam: the page's silence, and the exam's own days, other exams' apart."""
    asked = "is there gonna be a practice exam for exam 2"
    result, said = reply(course_in("data/10-605-s24"), asked, "2024-04-03 16:00")
    assert result.answer.kind == "unknown", said
    for shown in ("no “practice exam” for Exam 2", "only for another one", "Practice Exam 1"):
        assert shown in said, said


def test_rows_for_exam_keeps_titled_days_else_the_stretch_before_it() -> None:
    """Titled days win; the stretch since the exam before holds only days naming an exam word and no other exam."""
    stat = course_in("data/stat-187-f24")
    reviews = [i for i, d in enumerate(stat.schedule) if "review" in d.title.lower()]
    final = rows_for_exam(stat, reviews, stat.exam("final"))
    assert [stat.schedule[i].title for i in final] == ["Review for the final"]
    assert rows_for_exam(stat, reviews, stat.exam("midterm")) == []
