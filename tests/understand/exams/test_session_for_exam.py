"""A session of a kind held for one exam (bot.understand.exams.session_for_exam), and a kind over a schedule topic
(bot.understand.meetings.kind_over_topic)."""

from __future__ import annotations

from bot.understand.exams.session_for_exam import named_kinds, session_for_exam_answer, sessions_for_exam
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
