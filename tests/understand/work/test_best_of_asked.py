"""'how many quizzes count', 'is my worst quiz dropped': the course's [[best_of]] rule, on two courses."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import engine_for, read_question
from bot.understand.work.best_of_asked import best_of_asked
from tests.conftest import FIXTURES, local

CHEM = FIXTURES / "courses" / "chem-1310-s26"
STAT_RULE = (
    '\n[[best_of]]\nname = "problem sets"\nkinds = ["homework"]\ndrop = 2\n'
    'quote = "Your two lowest problem sets are dropped."\n'
)


@pytest.fixture(scope="module")
def chem():
    return load_course(CHEM)


@pytest.fixture
def stat(second_copy):
    path = second_copy / "assignments.toml"
    path.write_text(path.read_text() + STAT_RULE)
    return load_course(second_copy)


def _asked(course, question: str):
    now = local(course, "2024-10-01 10:00") if course.id == "stat-187-f24" else local(course, "2026-02-10 10:00")
    result = read_question(course, question, now)
    return [p.intent for p in result.parts], answer_text(result.answer, course.tz, now)


@pytest.mark.parametrize(
    "question",
    [
        "how many quizzes count toward my grade",
        "which quizzes get counted",
        "do they drop the worst quiz",
        "i missed quiz 4 for a funeral, does that count as my dropped one",  # counted as a drop, not as an absence
        "i was sick for quiz 2, does it count as one of my drops",  # "drops" is no release; "2" names no rule
    ],
)
def test_chem_quizzes(chem, question):
    intents, said = _asked(chem, question)
    assert intents == ["best_of"], said
    assert "lowest one of the 11 quizzes is dropped" in said or "best 10 of the 11 quizzes count" in said


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("how many problem sets actually count", "The best"),
        ("is my lowest pset dropped?", "**Yes**: the lowest 2"),
        ("do all the problem sets count?", "**No**: only the best"),
        ("will they drop my worst problem set", "**Yes**"),
        ("do my 2 worst problem sets get dropped", "**Yes**"),  # the number dropped the student states
        ("are the lowest three psets dropped", "**No**: only"),
        ("do they drop my 1 lowest pset", "**No**: only"),
        ("does my worst pset still count", "**No**: only"),  # the worst is the one not counted
        ("can they drop 3 problem sets", "**No**: only"),  # more than the rule drops
        ("can i drop two psets", "**Yes**"),
        ("do 2 psets get dropped", "**Yes**"),
        ("do 3 problem sets get dropped", "**No**: only"),
    ],
)
def test_stat_problem_sets(stat, question, opening):
    intents, said = _asked(stat, question)
    assert "best_of" in intents, said
    assert opening.replace("**", "") in said, said


@pytest.mark.parametrize(
    "question",
    [
        "how much does the homework count",  # its weight, not which count
        "does the project count",  # work no rule covers
    ],
)
def test_other_questions_are_left_to_other_readers(stat, question):
    intents, _ = _asked(stat, question)
    assert "best_of" not in intents


def test_work_no_rule_covers_gets_the_rules_there_are_and_no_yes(stat):
    result = read_question(stat, "is the lowest midterm score dropped", local(stat, "2024-10-01 10:00"))
    assert result.answer.kind == "unknown"
    said = answer_text(result.answer, stat.tz, local(stat, "2024-10-01 10:00"))
    assert "drops marks only here" in said
    assert not said.split("\n")[2].startswith("Yes")


def test_a_course_without_rules_or_words_of_dropping_says_its_page_is_silent(second_course):
    now = local(second_course, "2024-10-01 10:00")
    result = read_question(second_course, "do all the problem sets count", now)
    assert result.answer.kind == "unknown"
    assert "doesn't say that any marks are dropped" in answer_text(result.answer, second_course.tz, now)


def test_a_course_whose_texts_speak_of_dropping_is_left_as_it_was(second_course):
    now = local(second_course, "2024-10-01 10:00")
    reading = read_question(second_course, "is the lowest pset dropped", now).parts[0]
    assert reading.intent == "best_of"
    texts_say_it = engine_for(second_course).reader.read("is the lowest pset dropped", now)
    assert best_of_asked(second_course, "is the lowest pset dropped", texts_say_it, lambda word: True) is None


@pytest.mark.parametrize(
    "question",
    ["if i submit quiz 3 at 5:20pm friday does it still count", "quiz 3 two days late, does it still count"],
)
def test_still_counting_after_a_moment_asks_whether_work_is_taken(chem, question):
    """'does it still count' said of work handed in at a moment or so late is a what-if, not the best-of rule."""
    intents, said = _asked(chem, question)
    assert intents == ["late_whatif"], said
    assert said.splitlines()[2].startswith("No"), said


@pytest.mark.parametrize(
    "question",
    [
        "if i take quiz 4 on saturday instead of friday does it count",
        "if i do quiz 4 on saturday rather than friday will it count",
    ],
)
def test_a_what_if_day_asked_does_it_count_asks_whether_work_is_taken(chem, question):
    """'if i do quiz 4 on saturday ... does it count': whether that hand-in is taken (quizzes are not accepted late),
    not which quizzes count."""
    now = local(chem, "2026-02-09 10:00")
    reading = engine_for(chem).reader.read(question, now)
    assert best_of_asked(chem, question, reading, lambda word: False) is None
    intents, said = _asked(chem, question)
    assert "best_of" not in intents, said
    assert said.splitlines()[2].startswith("No"), said


def test_all_of_as_many_as_the_rule_counts_from_is_no(chem):
    """ "are all 11 quizzes counted" of the best 10 of 11: No; another number than the rule's settles nothing."""
    intents, said = _asked(chem, "are all 11 quizes counted")
    assert intents == ["best_of"]
    assert said.splitlines()[2].startswith("No: only the best 10 of the 11 quizzes count"), said
    intents, said = _asked(chem, "are all 12 quizes counted")
    assert not said.splitlines()[2].startswith(("Yes", "No")), said


@pytest.mark.parametrize("question", ["do they drop the lowest midterm", "is the lowest exam dropped"])
def test_an_exam_is_no_work_of_the_courses_one_rule(chem, question):
    """Exams are no quizzes: the one rule of the course (its quizzes) gives no Yes to them."""
    _, said = _asked(chem, question)
    assert not said.splitlines()[2].startswith("Yes"), said
    assert "lowest one of the 11 quizzes is dropped (the best" not in said, said
