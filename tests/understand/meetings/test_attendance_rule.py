"""'how many classes can i miss', 'i've missed 5 tuts, what happens': the course's [[attendance]] rule, on two
courses (geo-2210's practicals, and stat-187 with a rule added)."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import read_question
from bot.understand.meetings.attendance_rule import names_meetings_in_general
from tests.conftest import FIXTURES, local

GEO = FIXTURES / "courses" / "geo-2210-s25"
STAT_RULE = """
[[attendance]]
name = "discussion sections"
kinds = ["discussion"]
required = 10
of = 13
short_of = "you lose the participation points"
quote = "Attend at least 10 of the 13 discussion sections."
"""


@pytest.fixture(scope="module")
def geo():
    return load_course(GEO)


@pytest.fixture
def stat(second_copy):
    path = second_copy / "policies.toml"
    path.write_text(path.read_text() + STAT_RULE)
    return load_course(second_copy)


def _asked(course, question: str):
    now = local(course, "2024-10-01 10:00") if course.id == "stat-187-f24" else local(course, "2025-05-06 10:00")
    result = read_question(course, question, now)
    return [p.intent for p in result.parts], answer_text(result.answer, course.tz, now)


@pytest.mark.parametrize("question", ["can i still pass if i skip 1 sheet", "i skipped 2 sheets, can i still pass"])
def test_work_left_out_is_no_absence(geo, question):
    """Sheets are handed in, not attended: skipping one is no absence within the practicals' allowance."""
    intents, answer = _asked(geo, question)
    assert "attendance_rule" not in intents, answer
    assert "within the 2 the page allows" not in answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("i missed 3 field practicals, is that a problem", "3 absences are 1 more than the 2 the page allows"),
        ("whats the max number of absences for practicals", "You may miss up to 2 field practicals"),
        ("if i skip two practicals what happens", "2 absences are within the 2 the page allows"),
    ],
)
def test_geo_practicals(geo, question, said):
    intents, answer = _asked(geo, question)
    assert "attendance_rule" in intents, answer
    assert said in answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how many discussion sections can i miss", "so you may miss 3"),
        ("how many dis sections am i allowed to skip", "so you may miss 3"),
        ("ive already missed 4 discussions, what happens now", "under the 10 required"),
        ("what if i miss like two discussion sections", "enough if you attend the rest"),
    ],
)
def test_stat_discussions(stat, question, said):
    intents, answer = _asked(stat, question)
    assert "attendance_rule" in intents, answer
    assert said in answer


@pytest.mark.parametrize(
    "question",
    [
        "how many lectures can i miss",  # a kind no rule counts
        "does being late count as an absence",  # no number, no how many
        "i missed the lecture on tuesday, where are the slides",
    ],
)
def test_other_questions_are_left_to_other_readers(stat, question):
    intents, _ = _asked(stat, question)
    assert "attendance_rule" not in intents


def test_a_course_whose_texts_never_speak_of_attending_says_so(second_course):
    result = read_question(second_course, "how many discussion sections can i miss", local(second_course, "2024-10-01"))
    assert result.answer.kind == "unknown"
    said = answer_text(result.answer, second_course.tz, local(second_course, "2024-10-01"))
    assert "doesn't say how many classes you may miss" in said


def test_a_course_whose_texts_speak_of_attending_is_left_as_it_was(course):
    result = read_question(course, "how many lectures can i miss", local(course, "2024-02-12 10:00"))
    assert "attendance_rule" not in [p.intent for p in result.parts]


def test_a_hyphenated_kind_is_read(geo):
    """ "how many field-practicals can i skip": the hyphen joins the kind's words, the rule answers."""
    intents, answer = _asked(geo, "how many field-practicals can i skip")
    assert "attendance_rule" in intents, answer
    assert "You may miss up to 2 field practicals" in answer


LECTURE_RULE = """
[[attendance]]
name = "lectures"
kinds = ["lecture"]
free_absences = 4
quote = "Up to four lecture absences are excused."
"""


def test_each_rule_named_is_answered(second_copy):
    """ "how many discussion sections can i miss, and lectures?": both rules, each under its own name."""
    path = second_copy / "policies.toml"
    path.write_text(path.read_text() + STAT_RULE + LECTURE_RULE)
    intents, answer = _asked(load_course(second_copy), "how many discussion sections can i miss? what about lectures")
    assert intents == ["attendance_rule"], answer
    assert "so you may miss 3" in answer
    assert "Absences from lectures:" in answer
    assert "You may miss up to 4 lectures" in answer


def test_classes_in_general_are_left_to_the_attendance_rules(geo, course):
    """A course with [[attendance]] rules answers "how many classes can i miss" from them, never from a rule on
    work whose words hold "class"; a course without them is read as before."""
    assert names_meetings_in_general(geo, "how many classes can i miss")
    assert not names_meetings_in_general(geo, "how many quizzes can i drop")
    assert not names_meetings_in_general(course, "how many classes can i miss")


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        ("if i skip two practicals will i fail", "No: 2 absences are within the 2"),
        ("ive missed 1 practical, could i fail because of that", "No: 1 absence"),
        ("if i miss 3 practicals do i fail", "3 absences are 1 more"),  # the page names no failing consequence
    ],
)
def test_whether_absences_fail_opens_with_yes_or_no_where_the_page_decides(geo, question, opens):
    """Asked whether absences fail the course, the answer opens with Yes or No only where the page's numbers decide."""
    intents, answer = _asked(geo, question)
    assert "attendance_rule" in intents, answer
    assert answer.splitlines()[2].startswith(opens), answer


def test_a_kind_a_rule_covers_asked_how_many_is_left_to_the_attendance_rules(geo, stat):
    """ "how many seminars can i miss", where a rule on work names seminars too ("seminar presentation 15%"): the
    kind's [[attendance]] rule answers; a told absence of that kind is the rules' own case, and a kind no rule
    covers is not the attendance rules'."""
    assert names_meetings_in_general(geo, "how many practicals can i skip")
    assert names_meetings_in_general(stat, "how many discussions am i allowed to miss")
    assert not names_meetings_in_general(geo, "i'll be away for one practical next week, do i need a note")
    assert not names_meetings_in_general(stat, "how many lectures can i miss")
    assert not names_meetings_in_general(stat, "how many quizzes can i miss")


@pytest.mark.parametrize(
    ("question", "practicals_without_it"),
    [
        ("how many map quizzes can i miss", True),
        # "map quiz" is the Map test's other name: without the best-of rule, the exam's question, not the practicals'
        ("how many map quiz can we skip", False),
    ],
)
def test_work_of_its_own_rule_is_not_the_meetings_rule(geo, question, practicals_without_it):
    """ "How many map quizzes can I miss" names work whose best-of rule says so, never the practicals' absences."""
    from dataclasses import replace

    from bot.course.model import BestOf
    from bot.understand.meetings.attendance_rule import attendance_rule_asked

    quizzes = BestOf("map quizzes", (), 6, 5, 1, "Map quizzes: your lowest map quiz is dropped.")
    course = replace(geo, best_of=(*geo.best_of, quizzes))
    now = local(course, "2025-05-06 10:00")
    reading = read_question(course, question, now).parts[0]
    without = attendance_rule_asked(geo, question.lower(), _reading(geo, question), lambda w: True)
    assert (without is not None) is practicals_without_it
    assert attendance_rule_asked(course, question.lower(), _reading(course, question), lambda w: True) is None
    assert reading.intent != "attendance_rule"


def _reading(course, question: str):
    from bot.understand.engine import engine_for

    return engine_for(course).reader.read(question, local(course, "2025-05-06 10:00"))


STAT_LATES = """
[[attendance]]
name = "class meetings"
kinds = ["lecture", "discussion"]
free_absences = 6
late_counts_as = 0.5
fail_at = 7
fail_text = "you are given an F for the course (failure due to absences)"
quote = "More than 6 absences means an F. Two late arrivals count as one absence."
"""


@pytest.fixture
def stat_lates(second_copy):
    path = second_copy / "policies.toml"
    path.write_text(path.read_text() + STAT_LATES)
    return load_course(second_copy)


@pytest.mark.parametrize(
    ("question", "opens", "said"),
    [
        # 4 absences and 4 late arrivals (2 absences): 6, within the 6 allowed
        ("ive been absent 4 times and late like 4 times, am i getting an F", "No", "6 absences are within"),
        ("i have 5 absences and 4 lates, will i get an F", "Yes", "7 absences are 1 more than the 6"),
        ("missed 3 classes and 2 times late, do i fail", "No", "Counting your 2 late arrivals as 1 absences"),
    ],
)
def test_late_arrivals_are_counted_as_the_rule_counts_them(stat_lates, question, opens, said):
    """Late arrivals told beside the absences count as the rule says; the grade the rule gives for absences ("an F")
    asked of is whether the absences fail."""
    intents, answer = _asked(stat_lates, question)
    assert intents == ["attendance_rule"], answer
    assert answer.splitlines()[2].startswith(opens), answer
    assert said in answer


def test_how_many_absences_before_the_rule_s_grade_is_the_attendance_rule(stat_lates):
    """ "how many absences before i get an F": the rule's numbers, not the F's band on the grade scale."""
    intents, answer = _asked(stat_lates, "how many absenses before i get an F")
    assert intents == ["attendance_rule"], answer
    assert "up to 6" in answer


STAT_BARS_FINAL = """
[[attendance]]
name = "discussion sections"
kinds = ["discussion"]
required = 10
of = 12
short_of = "you may not sit the final exam; you may petition the department for an exception"
quote = "Attend at least 10 of the 12 discussion sections to sit the final exam."
"""


@pytest.fixture
def stat_bars_final(second_copy):
    path = second_copy / "policies.toml"
    path.write_text(path.read_text() + STAT_BARS_FINAL)
    return load_course(second_copy)


@pytest.mark.parametrize(
    ("question", "opens", "said"),
    [
        ("can i skip 2 discussions and still sit the final", "Yes", "at least 10 are needed"),
        ("i missed discussion 4, 5 and 6, am i still allowed to take the final", "No", "petition the department"),
    ],
)
def test_absences_asked_against_the_exam_the_rule_bars(stat_bars_final, question, opens, said):
    """A rule whose consequence is the exam answers "can i still sit the final" from its numbers (numbered meetings
    told are counted), with its way out when short."""
    intents, answer = _asked(stat_bars_final, question)
    assert intents == ["attendance_rule"], answer
    assert answer.splitlines()[2].startswith(opens), answer
    assert said in answer


@pytest.mark.parametrize("question", ["i missed sheet 2 and 3, can i still pass", "missed map quiz 1 and 2, am i ok"])
def test_numbered_work_missed_is_no_absence(geo, question):
    """ "missed sheet 2 and 3" lists pieces of work, never two absences from the practicals."""
    intents, answer = _asked(geo, question)
    assert "attendance_rule" not in intents, answer
    assert "absences" not in answer


def test_numbered_meetings_missed_are_absences(geo):
    """ "missed practicals 1, 2 and 4" counts three absences."""
    intents, answer = _asked(geo, "missed practicals 1, 2 and 4, will i fail")
    assert "attendance_rule" in intents, answer
    assert "3 absences" in answer


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        ("can i miss two field practicals without a note", "Yes: 2 absences are within the 2"),
        ("can i skip 3 practicals", "No: 3 absences are 1 more"),
        ("is one absence allowed without a medical note", "Yes: 1 absence"),
        ("if i miss 3 practicals do i fail", "3 absences are 1 more"),  # whether it fails: still the page's silence
    ],
)
def test_whether_one_may_miss_that_many_opens_with_yes_or_no(geo, question, opens):
    """ "can i miss two practicals": Yes within the absences the page allows, No past them."""
    intents, answer = _asked(geo, question)
    assert "attendance_rule" in intents, answer
    assert answer.splitlines()[2].startswith(opens), answer
