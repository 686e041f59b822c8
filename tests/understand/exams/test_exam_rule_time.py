"""A time an exam's own rules set for something asked ("by when do i have to submit the conflict form for midterm 1"):
the rule quoted with its exam and day, only when one sentence of it holds every word asked and a time."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.engine import engine_for
from bot.understand.exams.exam_rule_time import rule_time_asked
from tests.conftest import local
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


def test_the_rule_setting_the_time_is_quoted():
    """The conflict form's "at least 7 days before the exam", under Midterm 1 and its day, not "not on the page"."""
    asked = "by when do i have to submit the conflict form for midterm 1"
    result, said = reply(course_in(CHEM), asked, "2026-02-10 10:00")
    assert [p.intent for p in result.parts] == ["exam_rule_time"]
    assert "Midterm 1 (Thu Feb 19)" in said
    assert "at least 7 days before the exam" in said


@pytest.mark.parametrize(
    "question",
    [
        "when is midterm 1",  # the exam's own time
        "by when do i have to bring my calculator to midterm 1",  # no time in the rule on calculators
        "what time does midterm 1 start",  # no verb of having to
        "when do i have to submit the conflict form for the final",  # the final's rules set no time for it
    ],
)
def test_no_rule_setting_that_time_reads_nothing(question):
    """A question no rule sentence answers with a time is left to the other readings."""
    chem = course_in(CHEM)
    reading = engine_for(chem).reader.read(question, local(chem, "2026-02-10 10:00"))
    assert rule_time_asked(chem, reading) is None


def test_a_rule_naming_a_title_is_one_sentence():
    """A rule sentence holding "Dr." is read whole (the shared splitter), so its time is found for what it names."""
    chem = course_in(CHEM)
    rule = "Email Dr. Okafor your seating request at least 3 days before the exam."
    exams = tuple(replace(e, rules=(*e.rules, rule)) if e.title == "Midterm 1" else e for e in chem.exams)
    course = replace(chem, exams=exams)
    asked = "by when do i have to email dr okafor my seating request for midterm 1"
    reading = engine_for(course).reader.read(asked, local(course, "2026-02-10 10:00"))
    found = rule_time_asked(course, reading)
    assert found is not None
    assert [course.exam(i).rules[n] for i, n in found] == [rule]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what time do the poster boards have to be up for midterm 2", "Midterm 1"),  # only midterm 1 says
        ("by when must the poster boards be up for midterm 1", ""),  # its own rule: no note
    ],
)
def test_a_time_only_another_exam_sets_is_said_to_be_its(question, said):
    """Asked of an exam whose rules never speak of it, the time another exam's rule sets is quoted as that exam's
    only, never a schedule topic or the exam's own start."""
    chem = course_in(CHEM)
    rule = "Poster boards must be up by 8:45 AM."
    exams = tuple(replace(e, rules=(*e.rules, rule)) if e.title == "Midterm 1" else e for e in chem.exams)
    course = replace(chem, exams=exams)
    result, text = reply(course, question, "2026-02-10 10:00")
    assert [p.intent for p in result.parts] == ["exam_rule_time"]
    assert "8:45 AM" in text
    assert (f"only for {said}" in text) == bool(said)


def test_the_rule_sentences_are_read_once_per_course(monkeypatch):
    """A second question on the same course reads no rule sentence again: they are kept per course."""
    import bot.understand.exams.exam_rule_time as module

    chem = replace(course_in(CHEM))  # a course object of its own: nothing kept for it yet
    calls: list[str] = []
    real = module.split_sentences
    monkeypatch.setattr(module, "split_sentences", lambda rule: calls.append(rule) or real(rule))
    read = []
    for asked in ("by when do i have to submit the conflict form for midterm 1", "when do i have to submit the form"):
        reading = engine_for(chem).reader.read(asked, local(chem, "2026-02-10 10:00"))
        assert rule_time_asked(chem, reading) is not None
        read.append(len(calls))
    assert read[0] > 0
    assert read[1] == read[0]
