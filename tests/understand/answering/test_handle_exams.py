"""Exams answered (bot.understand.answering.handle_exams): a weekday decided by the exam's date, and no Yes from a rule
that says nothing of what is asked."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.understand.conftest import first_line, reply


@pytest.mark.parametrize(
    ("question", "word"), [("is the klausur on a weekday", "Yes"), ("is the map test on a weekend", "No")]
)
def test_an_exams_weekday_is_decided_by_its_date(geo, question, word):
    _, said = reply(geo, question, "2025-03-26 10:00")
    assert first_line(said).startswith(word), said


def test_on_a_weekend_tests_the_exams_weekday_not_the_coming_weekend(geo):
    _, said = reply(geo, "is the klausur on a weekend", "2025-03-26 10:00")
    assert first_line(said).startswith("No")
    assert "Jun 18" in said


def test_a_rule_that_says_nothing_of_what_is_asked_gives_no_yes(second_course):
    """ "can i take the midterm early": the midterm's rule about notes is no answer to it."""
    _, whole = reply(second_course, "can i take the midterm early, i have a flight", "2024-10-14 10:00")
    first = first_line(whole)
    assert not first.startswith(("Yes:", "No:")), whole


@pytest.mark.parametrize(
    ("which", "now", "question"),
    [
        ("hist", "2024-10-23T13:00", "is the final in one of the tutorial slots"),
        ("stat", "2024-10-02T12:00", "is the midterm during a lecture slot"),
    ],
)
def test_a_class_slot_in_other_words_is_class_time(request, which, now, question):
    """ "during a seminar slot": whether the exam is in class time, as the data says (both are not)."""
    _, shown = reply(request.getfixturevalue(which), question, now)
    assert first_line(shown).startswith("No")


@pytest.mark.parametrize(
    ("question", "yes", "fact"),
    [
        ("is the final in redwood hall 1 at 10am", False, "8:00 AM"),
        ("is the final in redwood hall 1 at 8am", True, "Redwood Hall 1"),
    ],
)
def test_a_place_and_a_time_are_both_checked(stat, question, yes, fact):
    first = first_line(reply(stat, question, "2024-11-01T15:30")[1])
    assert first.startswith("Yes" if yes else "No")
    assert fact in first


@pytest.mark.parametrize(
    ("question", "said", "kind"),
    [
        ("whats exam 1 on", "Exam 1 (Mon Feb 26): what it covers is not on the course page.", "unknown"),
        ("do 405 students take the same exams", "Yes: Exam 1, Exam 2: for 10-405.", "info"),
    ],
)
def test_what_an_exam_covers_and_who_sits_it(course, question, said, kind):
    """What an exam is on (not on the page) and a section's exams."""
    result, shown = reply(course, question, "2024-02-19 10:00")
    assert first_line(shown).startswith(said), shown
    assert result.answer.kind == kind


@pytest.mark.parametrize(
    ("question", "said", "kind"),
    [
        ("how many days until the midterm", "Wed Oct 23", "info"),
        ("is the midterm on a wednesday", "Yes: Midterm is on Wed Oct 23.", "info"),
        ("is the midterm during class time", "No:", "info"),
    ],
)
def test_an_exams_date_weekday_and_class_time(second_course, question, said, kind):
    """Countdowns, an exam's weekday, whether it is in class time."""
    result, shown = reply(second_course, question, "2024-10-14 10:00")
    assert said in shown, shown
    assert result.answer.kind == kind


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("is the final exam in redwood hall", "Yes: Redwood Hall 1."),
        ("do i need my student id for the midterm", "Yes: “Bring your student ID"),
    ],
)
def test_an_exams_room_start_and_rules_asked_as_yes_no(second_course, question, said):
    """An exam's room, its start and a rule asked as a need."""
    _, shown = reply(second_course, question, "2024-10-14 10:00")
    assert first_line(shown).startswith(said), shown


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("is the final at 8am", "Yes: Final exam starts at 8:00 AM."),
    ],
)
def test_an_exams_start_time_asked_as_yes_no(second_course, question, said):
    """An exam's start time."""
    _, shown = reply(second_course, question, "2024-10-14 10:00")
    assert said in shown, shown


@pytest.mark.parametrize(
    ("question", "said", "kind"),
    [
        ("what's the exam format", "About “format”: that is not on the course page", "unknown"),
    ],
)
def test_an_exams_format_the_page_does_not_give_is_unknown(course, question, said, kind):
    """An exam's format, which the page does not give."""
    result, shown = reply(course, question, "2024-02-19 10:00")
    assert first_line(shown).startswith(said), shown
    assert result.answer.kind == kind


def test_a_place_asked_with_a_section_is_not_whether_the_exam_is_the_sections(hist):
    """ "is the final in the tutorial room for t3": never "Yes: … for T3" (the exam is in another room)."""
    _, said = reply(hist, "is the final in the tutorial room for t3", "2024-10-23 13:00")
    assert not first_line(said).startswith("Yes"), said
    _, said = reply(hist, "is the final for t3 too", "2024-10-23 13:00")
    assert first_line(said).startswith("Yes"), said


@pytest.mark.parametrize(
    ("which", "question", "now", "facts"),
    [
        ("stat", "dates for the midterm and final?", "2024-10-01 10:00", ("Wed Oct 23", "Thu Dec 12")),
        ("geo", "when are the map test and the klausur", "2025-03-20 10:00", ("Mon May 12", "Wed Jun 18")),
        ("geo", "where are the map test and klausur", "2025-03-20 10:00", ("H 0104", "Jun 18")),
    ],
)
def test_every_exam_named_is_answered(request, which, question, now, facts):
    _, said = reply(request.getfixturevalue(which), question, now)
    for fact in facts:
        assert fact in said, said


@pytest.mark.parametrize(
    ("which", "question", "now", "first"),
    [
        ("stat", "is the final during our normal lecture time", "2024-10-01 10:00", "No"),
        ("geo", "is the map test during the usual plenary time", "2025-03-20 10:00", "Yes"),
    ],
)
def test_the_usual_class_time_is_class_time(request, which, question, now, first):
    _, said = reply(request.getfixturevalue(which), question, now)
    assert first_line(said).startswith(first), said


def test_a_make_up_the_page_refuses_is_no(stat):
    midterm = replace(stat.exam("midterm"), if_missed="There is no make-up exam.")
    course = replace(stat, exams=tuple(midterm if e.id == "midterm" else e for e in stat.exams))
    _, said = reply(course, "is there a make-up for the midterm", "2024-10-01 10:00")
    assert first_line(said).startswith("No"), said
    _, said = reply(stat, "is there a make-up for the midterm", "2024-10-01 10:00")
    assert not first_line(said).startswith(("Yes", "No")), said


def test_an_exam_named_is_not_a_schedule_row_holding_its_name(stat):
    """ "when is the final exam" beside a row "Review and the final exam": the exam, not a choice of readings."""
    rows = tuple(
        replace(r, title="Review and the final exam") if r.title == "Review for the final" else r for r in stat.schedule
    )
    result, said = reply(replace(stat, schedule=rows), "when is the final exam", "2024-11-01 10:00")
    assert result.outcome == "answered", said
    assert "Thu Dec 12" in said


def test_asking_leave_to_sit_an_exam_in_a_month_gets_no_yes_from_its_date(stat):
    """ "am i allowed to take the final in december": its being in December does not say one may sit it."""
    _, said = reply(stat, "am i allowed to take the final in december", "2024-11-20 09:15")
    assert not first_line(said).startswith(("Yes", "No")), said
    _, said = reply(stat, "is the final in december", "2024-11-20 09:15")
    assert first_line(said).startswith("Yes"), said


def test_whether_a_form_to_come_is_open_yet(course):
    """Whether the form is open now, not whether there is one: No before the day it is expected (and that day); after
    that day the page cannot say, so no Yes; and "is there a form" stays Yes."""
    asked = [
        ("is the exam 2 conflict form out yet", "2024-02-12 10:00", "No: the Exam 2 conflict form", "Apr 3"),
        ("has the final's clash form opened", "2024-03-01 10:00", "No: the Exam 2 conflict form", "Apr 3"),
        ("is the conflict form for exam 1 available yet", "2024-01-20 10:00", "No: the Exam 1 conflict", "Feb 5"),
        ("has the conflict form for exam 1 been released", "2024-02-12 10:00", "Whether the Exam 1", "not on the"),
        ("is there a conflict form for the final", "2024-02-12 10:00", "Yes", "to be released later"),
    ]
    for question, now, opening, day in asked:
        result, said = reply(course, question, now)
        assert first_line(said).startswith(opening), said
        assert day in first_line(said), said
    assert result.answer.kind == "info"
    assert reply(course, asked[3][0], asked[3][1])[0].answer.kind == "unknown"


def test_what_an_exam_named_by_a_plain_word_covers(hist, stat):
    """ "the exam", "the final exam": the name also says exam, yet "cover" asks what it covers, not its card."""
    for course, question in ((hist, "what weeks does the exam cover"), (stat, "what topics does the final exam cover")):
        result, said = reply(course, question, "2024-10-01 10:00")
        assert [p.slots.get("fact") for p in result.parts] == ["exam_content"], said
        assert "what it covers is not on the course page" in said


@pytest.mark.parametrize(
    ("question", "now", "first"),
    [
        ("the midterm already happened right?", "2024-10-30 10:00", "Yes: Midterm was on Wed Oct 23"),
        ("has the midterm happened yet", "2024-10-01 10:00", "No: Midterm is on Wed Oct 23"),
        ("is the final over already", "2024-12-13 10:00", "Yes"),
        ("did the final take place already", "2024-12-01 10:00", "No"),
        ("midterm already over?", "2024-10-23 20:00", "No: Midterm is under way now"),  # 7-9 PM that evening
    ],
)
def test_whether_an_exam_has_taken_place_is_decided_by_its_times(stat, question, now, first):
    """ "already happened", "happened yet", "over already": Yes once the exam has ended, No before or during it."""
    _, said = reply(stat, question, now)
    assert first_line(said).startswith(first), said


@pytest.mark.parametrize(
    ("question", "opens", "said", "not_said"),
    [
        ("is the midterm after thanksgiving break", "No", "Wed Oct 23", "Thu Dec 12"),  # not the final's date
        ("is the final after thanksgiving break", "Yes", "Thu Dec 12", "Wed Oct 23"),
        ("is the midterm before thanksgiving break", "Yes", "Wed Oct 23", "Thu Dec 12"),
    ],
)
def test_an_exam_named_with_a_span_is_decided_by_its_own_date(second_course, question, opens, said, not_said):
    """ "is the midsem after the mid sem break": the exam named decides, never another exam that falls in the span."""
    _, text_ = reply(second_course, question, "2024-10-01 10:00")
    assert first_line(text_).startswith(opens)
    assert said in first_line(text_)
    assert not_said not in first_line(text_)
