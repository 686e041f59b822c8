"""A student's situation around a named exam: missing it, a clash, a room someone else stated, a section's room."""

from __future__ import annotations

import dataclasses

import pytest

from bench.scaled_course import scaled
from bot.core.render_text import answer_text
from bot.understand.exams.exam_situations import _inside, _NameIndex, _one_named, exam_situation
from tests.conftest import local
from tests.understand.conftest import course_in, first_line, reply, typed_questions

CHEM = "tests/fixtures/courses/chem-1310-s26"


def said(course, question, now="2024-10-01T10:00"):
    clock = local(course, now)
    answer = exam_situation(course, question, clock)
    return answer, answer_text(answer, course.tz, clock) if answer is not None else ""


@pytest.mark.parametrize(
    "question",
    [
        "i was sick and missed the midterm, i have a doctors note what happens",
        "in hospital during the midterm, what now",
        "i slept through the midterm",
        # not turning up is missing it
        "what happens if i just dont show up to the midterm",
        "what if i don't turn up for the midterm",
        "what happens to no-shows at the midterm",
    ],
)
def test_a_missed_exam_gets_the_courses_rule(stat, question):
    answer, shown = said(stat, question)
    assert answer is not None
    assert answer.kind == "info"
    assert "final exam score replaces the midterm" in shown


def test_a_missed_exam_the_page_is_silent_on_is_unknown(geo):
    answer, shown = said(geo, "i missed the map test, what happens", "2025-03-20T10:00")
    assert answer is not None
    assert answer.kind == "unknown"
    assert "not on the course page" in shown


def test_missing_lectures_is_not_missing_the_exam(stat):
    assert said(stat, "i missed a couple of lectures, is ps4 due before the midterm")[0] is None


def test_a_clash_with_a_rule_that_it_cannot_move_is_no(stat):
    _answer, shown = said(stat, "i have two finals at 8am that day, can the final be moved")
    assert first_line(shown).startswith("No")
    assert "cannot be moved" in shown


def test_a_clash_the_page_does_not_decide_has_no_yes_or_no(geo):
    answer, shown = said(geo, "i have two exams at 8am that day, can the klausur be moved", "2025-03-20T10:00")
    assert answer is not None
    assert answer.kind == "unknown"
    assert not first_line(shown).startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("question", "yes", "room"),
    [
        ("my roommate says the final is in the lecture room, is that right", False, "Redwood Hall 1"),
        ("someone told me the midterm is in bayview auditorium for section 1a, is that true", False, "Halvorsen"),
        ("my friend said the midterm is in bayview auditorium for 1e, correct?", True, "Bayview Auditorium"),
        ("a friend said the final is in redwood hall 1, right?", True, "Redwood Hall 1"),
    ],
)
def test_a_stated_room_is_compared_with_the_data(stat, question, yes, room):
    _answer, shown = said(stat, question)
    assert first_line(shown).startswith("Yes" if yes else "No")
    assert room in shown


def test_a_stated_room_for_an_exam_without_one_is_unknown(geo):
    answer, shown = said(geo, "my roommate says the klausur is in H 0104, is that right", "2025-03-20T10:00")
    assert answer is not None
    assert answer.kind == "unknown"
    assert not first_line(shown).startswith(("Yes", "No"))


def test_a_room_shared_by_some_sections_only_says_whose(geo):
    _answer, shown = said(geo, "my friend said the map test is in the plenum room, right?", "2025-03-20T10:00")
    assert first_line(shown).startswith("Only for Nord")


def test_a_sections_room_and_end_time(geo):
    _answer, shown = said(geo, "map test room for group nord and when does it end", "2025-03-20T10:00")
    assert "H 0104" in shown
    assert "3:45" in shown
    assert "H 0110" not in shown


def test_no_exam_named_is_not_a_situation(stat):
    assert said(stat, "i was sick last week, can i get an extension on ps3")[0] is None


def _scanned(index: _NameIndex, question: str) -> str | None:
    """What the scan over every name (before the index) found."""
    found = {ident for name, ident in index.owner.items() if _inside(name, question)}
    return next(iter(found)) if len(found) == 1 else None


_TRICKY = [
    "is exam2b the one",
    "pre-exam 1 review",
    "(midterm) where",
    "the midterm_2 room",
    "midterm-ish?",
    "exam 1 and exam 2 clash",
    "",
    "final",
    "the final.",
    "ünïcode exam 1",
]


@pytest.mark.parametrize("folder", ["10-605-s24", "stat-187-f24"])
def test_the_name_index_finds_what_the_scan_found(course, stat, folder):
    real = course if folder == "10-605-s24" else stat
    for one in (real, scaled(real, 3)):
        exams = _NameIndex({e.id: (e.id, e.title, *e.aliases) for e in one.exams})
        sections = _NameIndex({s.id: (s.id, s.name, *s.aliases) for s in one.sections})
        for question in (*typed_questions(folder), *_TRICKY):
            plain = " ".join(question.lower().replace("’", "'").split())
            assert _one_named(exams, plain) == _scanned(exams, plain), plain
            assert _one_named(sections, plain) == _scanned(sections, plain), plain


def test_names_not_starting_with_a_letter_or_digit_are_looked_for_too():
    index = _NameIndex({"draft": ("(draft) exam",), "two": ("Exam 2",), "x": ("-x-",)})
    assert _one_named(index, "when is the (draft) exam") == "draft"
    assert _one_named(index, "when is exam 2") == "two"
    assert _one_named(index, "pre-exam 2") is None
    assert _one_named(index, "a -x- b") == "x"
    for question in ("a--x- b", "a -x-b", "(draft) exam 2", "exam 2 (draft) exam"):
        assert _one_named(index, question) == _scanned(index, question), question


@pytest.mark.parametrize(
    ("question", "said", "kind"),
    [
        ("when is the midterm conflict form due", "When the conflict form is due is not on the course page", "unknown"),
    ],
)
def test_when_a_conflict_form_is_due_is_unknown_when_the_page_does_not_say(second_course, question, said, kind):
    """A conflict form's deadline the page does not give."""
    result, shown = reply(second_course, question, "2024-10-14 10:00")
    assert first_line(shown).startswith(said), shown
    assert result.answer.kind == kind


def test_a_clash_named_by_the_plural_gets_the_exams_own_rule():
    """ "three finals on may 5": the final's rule about clashes, in its words (no exam named in the singular)."""
    chem = course_in(CHEM)
    answer, shown = said(chem, "i somehow have 3 finals on may 5 including chem, what do i do", "2026-03-04T14:00")
    assert answer is not None
    assert "April 17" in shown
    assert not first_line(shown).startswith(("Yes", "No"))


def test_a_clash_rule_keeps_the_form_link():
    chem = course_in(CHEM)
    _, shown = said(chem, "midterm 2 clashes with my other exam, what can i do", "2026-03-04T14:00")
    assert "submit the conflict form" in shown
    assert "forms.unp.example.edu" in shown


def test_of_two_exams_named_the_one_missed_is_answered(stat):
    question = "I missed the midterm in october (I was in the ER), is that a zero or does the final count instead?"
    answer, shown = said(stat, question, "2024-11-20T10:00")
    assert answer is not None
    assert "replaces the midterm" in shown


NO_MAKE_UP = "There are no make-up midterms. A missed midterm's weight moves to the final exam."


@pytest.mark.parametrize(
    "question",
    ["i missed the midterm because i had the flu, is there a makeup", "missed the midterm sick, is there a make-up"],
)
def test_a_missed_exam_asked_for_a_make_up_the_page_refuses_is_no(stat, question):
    """Whether there is a make-up, after the miss told: No where the exam's own words refuse one, the rule after."""
    exams = tuple(dataclasses.replace(e, if_missed=NO_MAKE_UP) if e.id == "midterm" else e for e in stat.exams)
    course = dataclasses.replace(stat, exams=exams)
    answer, shown = said(course, question)
    assert answer is not None
    assert first_line(shown) == "No: “There are no make-up midterms.”"


def test_a_missed_exam_whose_page_offers_something_else_has_no_no(stat):
    """STAT 187 replaces a missed midterm by the final: not a refusal in words, so no No is made up."""
    _, shown = said(stat, "i missed the midterm because i had the flu, is there a makeup")
    assert not first_line(shown).startswith("No")
    assert "final exam score replaces the midterm" in shown


def test_a_show_of_anything_else_is_not_missing_it(stat):
    """ "the midterm doesn't show my score": not a missed exam."""
    _, shown = said(stat, "the midterm grade doesnt show up on gradescope")
    assert "final exam score replaces the midterm" not in shown
