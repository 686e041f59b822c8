"""Something an exam's own rules state (bot.understand.exams.exam_rule_said): quoted, never said to be off the page."""

from __future__ import annotations

from dataclasses import replace

from bot.understand.exams.exam_rule_said import rules_saying, rules_saying_any, rules_speaking_of
from tests.understand.conftest import course_in, first_line, reply

RULE = "A periodic table and a constants sheet are provided; no notes or formula sheets of your own."


def test_a_rule_holding_every_word_asked_is_found(course):
    exam = replace(course.exams[0], rules=(RULE, "Bring your student ID."))
    assert rules_saying(exam, "periodic table provided") == (
        [RULE],
        "A periodic table and a constants sheet are provided",
    )


def test_a_thing_named_alone_is_quoted_without_a_yes(course):
    exam = replace(course.exams[0], rules=(RULE,))
    assert rules_saying(exam, "periodic table") == ([RULE], None)


def test_a_clause_with_a_no_gives_no_yes(course):
    exam = replace(course.exams[0], rules=(RULE,))
    assert rules_saying(exam, "formula sheets own") == ([RULE], None)


def test_a_thing_to_bring_is_needed(course):
    rule = "Bring a pencil and your student card."
    exam = replace(course.exams[0], rules=(rule,))
    assert rules_saying(exam, "pencil", "do i need a pencil") == ([rule], rule)
    assert rules_saying(exam, "pencil", "is a pencil ok") == ([rule], None)


def test_words_no_rule_holds_find_nothing(course):
    exam = replace(course.exams[0], rules=(RULE,))
    assert rules_saying(exam, "multiple choice") == ([], None)


def test_asked_in_the_rules_words_the_answer_is_the_rule():
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    _, said = reply(chem, "is a periodic table provided for midterm 2", "2026-03-04 14:00")
    assert first_line(said).startswith("Yes"), said
    assert "not on the course page" not in said


def test_with_no_exam_named_every_exams_rules_are_read(course):
    first = replace(course.exams[0], rules=(RULE,))
    second = replace(course.exams[1], rules=(RULE, "Bring your student ID."))
    plain = "A periodic table and a constants sheet are provided"
    assert rules_saying_any([first, second], "periodic table provided") == ([RULE], plain)
    other = replace(course.exams[1], rules=("A periodic table is provided on request.",))
    held, said = rules_saying_any([first, other], "periodic table provided")
    assert len(held) == 2  # two exams say it differently: both quoted, no plain Yes
    assert said is None
    assert rules_saying_any([first, second], "graphing calculator") == ([], None)


def test_a_thing_a_rule_allows_with_a_condition_is_yes_to_may_i(course):
    """'am i allowed a dictionary': the rule allowing it ("if it contains no notes") is a Yes, its condition quoted."""
    rule = "A paper bilingual dictionary is allowed if it contains no notes."
    exam = replace(course.exams[0], rules=(rule,))
    assert rules_saying(exam, "dictionary", "am i allowed a dictionary in the exam") == ([rule], rule)
    assert rules_saying(exam, "dictionary", "is a dictionary permitted") == ([rule], rule)
    assert rules_saying(exam, "dictionary", "what about a dictionary") == ([rule], None)  # no leave asked


def test_a_thing_no_rule_names_is_not_allowed_by_another_rule(stat):
    """'are earplugs allowed in the midterm' on a course whose rule allows notes: not on the page, never a Yes."""
    _, said = reply(stat, "are earplugs allowed in the midterm", "2024-10-14 13:30")
    assert not first_line(said).startswith("Yes"), said
    assert "not on the course page" in said


def test_the_thing_asked_after_a_story_is_the_rules(stat):
    """'english is not my first language, are notes allowed': the words of the ask, past the story."""
    _, said = reply(stat, "english is not my first language, are notes allowed in the midterm", "2024-10-14 13:30")
    assert first_line(said).startswith("Yes"), said


def test_a_rule_speaking_of_a_word_asked_is_quoted_where_coverage_is_not_given(second_course):
    """ "how long is each slide shown on the midterm": its rule on slides, before "what it covers is not on the page";
    a question holding no word of a rule gets none."""
    rules = ("Each slide is shown for 90 seconds.", "Give the artist and an approximate date (within 10 years).")
    exams = tuple(replace(e, rules=rules) if e.id == "midterm" else e for e in second_course.exams)
    course = replace(second_course, exams=exams)
    exam = course.exam("midterm")
    assert rules_speaking_of(exam, "how much time per slide on the midterm") == [rules[0]]
    assert rules_speaking_of(exam, "what's on the midterm") == []
    _, said = reply(course, "how much time per slide on the midterm", "2024-10-01 10:00")
    assert "90 seconds" in said
    assert "not on the course page" in said


def test_a_rule_saying_a_thing_is_there_answers_whether_there_is_one(course):
    """ "will there be external jurors" of "External jurors from practice take part": the rule says it is there."""
    rule = "Each team has 25 minutes. External jurors from practice take part."
    exam = replace(course.exams[0], rules=(rule,))
    said = "External jurors from practice take part."
    for question, words, plain in (
        ("will there be external jurors at the final", "external jurors", said),
        ("external jurors at the final?", "external jurors", None),  # not asked whether they will be there
    ):
        assert rules_saying(exam, words, question) == ([rule], plain), question


def test_a_rule_saying_a_thing_is_there_only_sometimes_gives_no_yes(course):
    """ "External jurors may take part", "a proctor is present only for the final": no plain Yes that it is there."""
    for rule in ("External jurors may take part.", "External jurors take part only if the studio invites them."):
        exam = replace(course.exams[0], rules=(rule,))
        assert rules_saying(exam, "external jurors", "will there be external jurors")[1] is None, rule
