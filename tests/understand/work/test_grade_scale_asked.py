"""'what do i need for an A', 'is 79 a B', 'whats the pass mark', 'is it curved': the grade scale read from the
question and answered from [grade_scale], on a letter scale, a numbered scale with hurdles, and a course with none."""

from __future__ import annotations

import dataclasses
import re

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import read_question
from bot.understand.work.grade_scale_asked import band_heading_words
from tests.conftest import BUNDLED_DATA, FIXTURES, SECOND_DATA, local

WHEN = {
    "stat-187-f24": "2024-10-01 10:00",
    "geo-2210-s25": "2025-05-06 10:00",
    "10-605-s24": "2024-02-12 10:00",
    "hist-210-a24": "2024-10-01 10:00",
}


@pytest.fixture(scope="module")
def courses():
    folders = (SECOND_DATA, FIXTURES / "courses" / "geo-2210-s25", BUNDLED_DATA, FIXTURES / "courses" / "hist-210-a24")
    return {c.id: c for c in (load_course(f) for f in folders)}


def _asked(course, question: str):
    now = local(course, WHEN[course.id])
    result = read_question(course, question, now)
    answer = result.answer
    return [p.intent for p in result.parts], answer_text(answer, course.tz, now), answer.kind


@pytest.mark.parametrize(
    ("course", "question", "first"),
    [
        ("stat-187-f24", "what score do i need to get an A", "A is 93% and above"),
        ("stat-187-f24", "whats a b+ in percent", "B+ is 87% to under 90%"),
        ("stat-187-f24", "is 79 a B", "No: 79% is a C+"),
        ("stat-187-f24", "is an A 93 or above", "A is 93% and above"),  # where the band starts, shown
        ("stat-187-f24", "is a B 85 or above", "B is 83% to under 87%"),  # never "Yes: 85% is a B"
        ("stat-187-f24", "does a D pass the course", "Yes: d is a passing grade"),
        ("stat-187-f24", "does an F pass", "No: f is not a passing grade"),
        ("stat-187-f24", "is an 84 a B?", "Yes: 84% is a B"),
        ("stat-187-f24", "got 91.2 overall, what letter grade is that", "91.2% is an A-"),
        ("stat-187-f24", "what is the passing grade", "You pass with D or better (at least 60%)"),
        ("stat-187-f24", "do i have to pass the final exam to pass the class", "No: no single exam"),
        ("stat-187-f24", "is there an A+ in this class", "There is no A+ on this course's scale"),
        ("stat-187-f24", "what are the letter grade cutoffs", "A: 93% and above"),
        ("geo-2210-s25", "how many percent for a 1.3", "1.3 is 90% to under 95%"),
        ("geo-2210-s25", "what's the minimum to pass the module", "You pass with 4.0 or better"),
        ("geo-2210-s25", "do i have to pass the klausur separately", "Yes: at least 50% on the Klausur"),
        ("geo-2210-s25", "do we have to hand in every practical sheet to pass", "Yes: all four practical sheets"),
        ("geo-2210-s25", "is the final grade curved", "No: grades are not curved"),
        # a curve by its Commonwealth name: marks scaled
        ("geo-2210-s25", "are the marks scaled at the end", "No: grades are not curved"),
        ("geo-2210-s25", "is there any scaling on this module", "No: grades are not curved"),
        ("geo-2210-s25", "do they scale the grades", "No: grades are not curved"),
        ("geo-2210-s25", "does 49.5 get rounded up", "Yes: 49.5% counts as 50% (4.0)"),
        ("geo-2210-s25", "is there a minimum on the map test", "No: that has no minimum of its own"),
        ("geo-2210-s25", "got 55 overall but only 45 on the klausur, did i pass", "No: 45% is under what the Klausur"),
        ("geo-2210-s25", "if i get 58 overall and 70 on the klausur do i pass", "58% is a pass mark"),
        ("stat-187-f24", "is a 61 passing", "Yes: 61% is a pass mark"),
        ("stat-187-f24", "if i finish with 58 do i pass", "No: 58% is under the 60% needed to pass"),
        ("stat-187-f24", "can i still pass if i tank the final", "Yes: no single exam"),
        ("geo-2210-s25", "could i still pass the module if i fail the klausur", "No: at least 50% on the Klausur"),
        ("stat-187-f24", "a 64 counts as passing right?", "Yes: 64% is a pass mark"),
        ("stat-187-f24", "what score is failing", "You pass with D or better"),
        ("stat-187-f24", "is 79 a b", "No: 79% is a C+"),
        ("geo-2210-s25", "would you round 84.5 to 85", "Yes: 84.5% counts as 85%"),
        # a yes/no question after what the student tells, unpunctuated; a wh-question before it asks which
        ("geo-2210-s25", "i ended on 84.5 does that get rounded to 85", "Yes: 84.5% counts as 85%"),
        ("stat-187-f24", "i got 85 what grade does that give me", "85% is a B"),
        ("stat-187-f24", "i ended with a 59.5 average do i pass", "No: 59.5% is under"),  # "do i" after the told
        ("stat-187-f24", "i finished with 64 overall do i pass", "Yes: 64% is a pass mark"),
        ("geo-2210-s25", "do i have to write the map test to pass", "No: that has no minimum of its own"),
        # a grade of the course named by its number is the grade, not a percentage
        ("geo-2210-s25", "would a 3.7 be a pass", "3.7 is a passing grade"),
        ("geo-2210-s25", "is 1.7 a pass", "Yes: 1.7 is a passing grade"),
        # the mark itself asked ("is a 55 a pass"): Yes of the mark, the hurdles after it; whether the student passes
        # the course ("did i pass with 60") waits for the hurdles
        ("geo-2210-s25", "is a 55 a pass", "Yes: 55% is a pass mark"),
        ("geo-2210-s25", "does 61% count as a passing score", "Yes: 61% is a pass mark"),
        ("geo-2210-s25", "did i pass with 60", "60% is a pass mark"),
        ("geo-2210-s25", "will i pass with a 58", "58% is a pass mark"),
        # a mark that rounds up to the pass mark is said as it counts, never beside a higher line as it was typed
        ("geo-2210-s25", "will i pass with a 49.5", "49.5% counts as 50%, which is a pass mark"),
        ("geo-2210-s25", "does a 5.0 pass?", "No: 5.0 is not a passing grade"),
        # a mark on an exam or piece of work that is no hurdle is never the overall mark
        ("stat-187-f24", "scored 45 in the midterm and 81 overall, do i pass", "Yes: 81% is a pass mark"),
        ("stat-187-f24", "i got 30 on the final but my overall is 88, is that a B+", "Yes: 88% is a B+"),
        ("geo-2210-s25", "got 40 on the map test and 62 overall and 55 in the klausur, did i pass", "62% is a pass"),
        ("stat-187-f24", "scored 50 on the final, am i passing?", "You pass with D or better (at least 60%)"),
        ("stat-187-f24", "got 2/5 on hw 2 and 85 overall, is that an A", "No: 85% is a B"),
        # "N out of M", "N/M": a fraction of M; points without a known total get no verdict
        ("geo-2210-s25", "i have 66 overall and 21 out of 50 on the klausur, did i pass", "No: 42% is under"),
        ("geo-2210-s25", "i got 45/60 on the klausur and 58 overall, so did i pass", "58% is a pass mark"),
        ("stat-187-f24", "got 140/200 overall, did i pass", "Yes: 70% is a pass mark"),
        ("geo-2210-s25", "got 61% overall and 27 points in the klausur, did i pass", "61% is a pass mark"),
        # a mark said to be the pass mark: Yes only when it is the page's, never "a pass mark" of a higher one
        ("stat-187-f24", "is 60 the pass mark", "Yes: the pass mark is 60%."),
        ("stat-187-f24", "is 65 the passing grade for this class?", "No: the pass mark is 60%, not 65%."),
        ("geo-2210-s25", "do u need 55 to pass the module", "No: the pass mark is 50%, not 55%."),
        ("stat-187-f24", "is the pass mark 60", "Yes: the pass mark is 60%."),
    ],
)
def test_the_scale_answers_what_was_asked(courses, course, question, first):
    intents, said, kind = _asked(courses[course], question)
    assert intents == ["grade_scale"], said
    assert said.splitlines()[2].startswith(first), said
    assert kind != "unknown"


@pytest.mark.parametrize(
    ("course", "question", "unsaid"),
    [
        ("stat-187-f24", "will my grade be curved", "doesn't say whether grades are curved"),
        ("stat-187-f24", "if i get 89.5 does it round up to an A-", "doesn't say whether scores are rounded"),
        ("10-605-s24", "what do i need for an A in this class", "doesn't say what score a grade of A needs"),
        ("10-605-s24", "what's the pass mark", "doesn't give a pass mark"),
        ("10-605-s24", "do i need to pass the final to pass the course", "has a minimum you must reach to pass"),
        ("10-605-s24", "is 89.5 rounded up", "doesn't say whether scores are rounded"),
        ("stat-187-f24", "do they round the final percentage up if im just under a grade", "scores are rounded"),
        ("10-605-s24", "is a 79 a B?", "doesn't say which grade 79 is"),
    ],
)
def test_what_the_page_does_not_say_is_said_so(courses, course, question, unsaid):
    intents, said, kind = _asked(courses[course], question)
    assert intents == ["grade_scale"], said
    assert kind == "unknown"
    assert unsaid in said, said
    assert not said.splitlines()[2].startswith(("Yes", "No")), said


@pytest.mark.parametrize(
    ("course", "question"),
    [
        ("10-605-s24", "can i take it pass fail"),
        ("10-605-s24", "what is the late cutoff for hw3"),
        ("10-605-s24", "i'm a 405 student, do i need to do the mini project"),
        ("stat-187-f24", "how much is the final worth"),
        ("stat-187-f24", "when are grades for the midterm posted"),
        ("stat-187-f24", "which room is section 1a in for the midterm"),
        ("stat-187-f24", "do i need a parking pass for the final"),
        ("stat-187-f24", "this class has such a learning curve"),
        ("10-605-s24", "when do we learn about scaling up"),
        ("stat-187-f24", "when do we get a grade for ps 3"),
        # passing on a turn, passing a thing around: not passing the course
        ("geo-2210-s25", "can i pass on presenting in the practical"),
        ("stat-187-f24", "can i pass on a question during discussion section"),
        ("stat-187-f24", "do they pass out the midterm in section"),
    ],
)
def test_other_questions_are_not_read_as_the_scale(courses, course, question):
    intents, said, _ = _asked(courses[course], question)
    assert "grade_scale" not in intents, said


UNIT_SCALE = """
[grade_scale]
bands = [
    { grade = "HD", from = 85, names = ["high distinction"] }, { grade = "D", from = 75, names = ["distinction"] },
    { grade = "C", from = 65, names = ["credit"] }, { grade = "P", from = 50, names = ["pass"] },
    { grade = "N", from = 0, names = ["fail"] },
]
pass = "P"
quote = "HD 85-100, D 75-84, C 65-74, P 50-64, N below 50. Submit every homework and get 40% on exam 2 to pass."

[[grade_scale.hurdle]]
name = "exam 2"
exams = ["exam2"]
minimum = 40
missed = "you fail the unit, whatever your total"

[[grade_scale.hurdle]]
name = "every homework"
kinds = ["homework"]
submit = true
missed = "unknown"
"""


# a German module mark: 1.0 is best, 4.0 or better passes
LOWER_SCALE = """
[grade_scale]
out_of = 5
better = "lower"
pass = 4.0
hurdles = "none"
quote = "4.0 or better passes."
"""


@pytest.mark.parametrize(
    ("scale", "question", "first"),
    [
        (UNIT_SCALE, "whats the cutoff for a high distinction", "HD is 85% and above"),
        (UNIT_SCALE, "how many marks do i need to get a credit", "C is 65% to under 75%"),
        (UNIT_SCALE, "is 76 a distinction?", "Yes: 76% is a D"),
        (UNIT_SCALE, "do i need 40% on exam 2 to pass the unit", "Yes: at least 40% on exam 2"),
        (UNIT_SCALE, "got 70 overall and 35 on exam 2, did i pass", "No: 35% is under what exam 2 needs"),
        # `better = "lower"`: a 1.3 passes where 4.0 is the pass mark, a 4.7 does not
        (LOWER_SCALE, "is 4.7 a pass?", "No: 4.7 out of 5 is over the 4 out of 5 needed"),
        (LOWER_SCALE, "i got 1.3, did i pass?", "Yes: 1.3 out of 5 is a pass mark"),
        (LOWER_SCALE, "would 3.3 be passing", "Yes: 3.3 out of 5 is a pass mark"),
        (LOWER_SCALE, "whats the pass mark", "The pass mark is 4 out of 5 or lower"),
    ],
)
def test_grades_in_words_hurdles_and_a_lower_is_better_mark(data_copy, scale, question, first):
    """A unit scale of words with hurdles, and a mark where lower is better, each answered on its own terms."""
    path = data_copy / "policies.toml"
    path.write_text(path.read_text() + scale)
    course = load_course(data_copy)
    now = local(course, "2024-02-12 10:00")
    result = read_question(course, question, now)
    said = answer_text(result.answer, course.tz, now)
    assert [p.intent for p in result.parts] == ["grade_scale"], said
    assert said.splitlines()[2].replace("**", "").startswith(first), said


@pytest.mark.parametrize(
    ("course", "rule", "question"),
    [
        (
            "10-605-s24",
            "You need at least 50% on the final exam to pass the course.",
            "do i need to pass the exams to pass",
        ),
        ("10-605-s24", "To pass the class you must pass the exam.", "what's the pass mark"),
        ("hist-210-a24", "You need at least 40% on the final examination to pass the course.", "whats needed to pass"),
        ("hist-210-a24", "A pass mark of 45% overall is needed.", "is there a minimum on the final exam"),
    ],
)
def test_a_pass_rule_in_the_courses_own_words_is_shown(courses, course, rule, question):
    """No [grade_scale], but the breakdown states a pass rule: asked what it takes to pass, the answer quotes the
    rule in the page's words (never "the page gives no pass mark", never a Yes or No read from it)."""
    told = dataclasses.replace(courses[course], grading_breakdown=f"Coursework 50%, final exam 50%. {rule}")
    said = _asked(told, question)[1]
    assert f"“{rule}”" in said, said
    assert "doesn't give a pass mark" not in said, said
    assert not said.splitlines()[2].startswith(("Yes", "No")), said


POINTS_UNREAD = (
    ("geo-2210-s25", "got 61% overall and 27 points in the klausur, did i pass", "what is your 27 points out of?"),
    ("stat-187-f24", "i got 412 points, did i pass", "what is your"),
    ("stat-187-f24", "i have 70 points overall, do i pass", "what is your 70 points out of?"),
)


def test_points_without_a_total_get_no_verdict(courses):
    """A mark in points where the page's minimum is a percentage and no total is known: the question back."""
    for course, question, shown in POINTS_UNREAD:
        said = _asked(courses[course], question)[1]
        assert shown in said, said
        assert not said.splitlines()[2].startswith(("Yes", "No")), said


def test_a_pass_rule_a_policy_states_is_answered_by_that_policy(courses):
    """No [grade_scale], a policy stating the pass rule with its claim: "do i need to pass the exam to pass the
    course" gets the claim's Yes and the rule, never the rule alone without a Yes or No."""
    from bot.course.model import Claim, Policy

    rule = "You must get at least 50% on the final exam to pass the course."
    claim = Claim(True, ("pass the exam to pass the course",), rule)
    passing = Policy("passing", "Passing the course", rule, rule, ("pass", "passing"), claims=(claim,))
    base = courses["10-605-s24"]
    course = dataclasses.replace(base, policies=(*base.policies, passing), grading_breakdown=f"Exams 60%. {rule}")
    intents, said, _ = _asked(course, "do i need to pass the exam to pass the course")
    assert "grade_scale" not in intents, said
    assert said.splitlines()[2].startswith("Yes"), said
    assert "50% on the final exam" in said, said


# grades named by whole numbers, as in Finland or Denmark: 5 is best, 1 passes
WHOLE_NUMBER_SCALE = """
[grade_scale]
bands = [
    { grade = "5", from = 90 }, { grade = "4", from = 80 }, { grade = "3", from = 70 },
    { grade = "2", from = 60 }, { grade = "1", from = 50 }, { grade = "0", from = 0 },
]
pass = "1"
quote = "Grades 0-5: 5 from 90%, 4 from 80%, 3 from 70%, 2 from 60%, 1 from 50%."
"""

# a classification named by ordinals: "a first", "a second"
ORDINAL_SCALE = """
[grade_scale]
bands = [
    { grade = "I", from = 70, names = ["first"] }, { grade = "II", from = 50, names = ["second"] },
    { grade = "F", from = 0, names = ["fail"] },
]
pass = "II"
quote = "I (First) 70% and above; II (Second) 50-69%; F below 50%."
"""


@pytest.mark.parametrize(
    ("question", "read_as_grade", "scale"),
    [
        (*row, WHOLE_NUMBER_SCALE)
        for row in [
            ("what do i need for a 4", True),
            ("will a 1 pass", True),
            ("how many percent is a 3", True),
            ("can i hand in hw4 2 days late", False),
            ("is 1 hour late a whole grace day", False),
            ("i forgot hw 2, can i still hand it in", False),
            ("is there lecture on feb 2", False),
            ("does the ta have office hours tomorrow at 1 like usual", False),
            ("is the regrade window 2 weeks", False),
            ("is the exam in room 5 for everyone", False),
            ("can i get a4 back", False),
            ("can i get an extension cause i have 3 other deadlines that week", False),
            ("if i hand in lab report 2 on monday does it still get marked or is that past the cutoff", False),
            ("do i get a grade cut if i have 2 absences", False),
            ("i got 3 on the scale, is that a pass", True),
            ("ive missed 3 labs already (was sick for 2 and overslept once) am i screwed for the exam", False),
            ("is 74% a 3", True),
        ]
    ]
    # a scale of firsts and seconds: "which is first" asks the order, never the grade of 2%
    + [
        ("is 72 a first", True, ORDINAL_SCALE),
        ("what mark do i need for a first", True, ORDINAL_SCALE),
        ("which is first, exam 2 or hw5", False, ORDINAL_SCALE),
        ("which comes first hw 2 or the second exam", False, ORDINAL_SCALE),
    ],
)
def test_a_whole_number_grade_is_read_only_where_a_grade_is_meant(data_copy, question, read_as_grade, scale):
    """On a course graded 0-5, a number is one of its grades only in a question about grades: "5 days late",
    "hw 2", "feb 2", "at 1" or "room 5" get their own answers, never the scale's (nor an ordinal's "first")."""
    path = data_copy / "policies.toml"
    path.write_text(path.read_text() + scale)
    course = load_course(data_copy)
    now = local(course, "2024-02-12 10:00")
    result = read_question(course, question, now)
    said = answer_text(result.answer, course.tz, now)
    assert ("grade_scale" in [p.intent for p in result.parts]) is read_as_grade, said


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("when is the roc curves lecture", "topic"),
        ("when do we do roc curves", "topic"),
        ("is the class curved", "grade_scale"),
        ("is there a curve", "grade_scale"),
    ],
)
def test_a_curve_inside_a_topics_name_is_that_topic(courses, question, intent):
    """'when is the roc curves lecture' on a course with a lecture on ROC curves asks of that lecture, never the
    grade curve; 'is the class curved' still asks of the grades."""
    course = courses["stat-187-f24"]
    rows = [
        dataclasses.replace(r, title="ROC curves and classifier evaluation", keywords=()) if i == 5 else r
        for i, r in enumerate(sorted((r for r in course.schedule if r.kind == "lecture"), key=lambda r: r.date))
    ]
    others = [r for r in course.schedule if r.kind != "lecture"]
    course = dataclasses.replace(course, schedule=tuple(sorted((*rows, *others), key=lambda r: r.date)))
    intents, _, _ = _asked(course, question)
    assert intents[0] == intent


@pytest.mark.parametrize(
    ("question", "mark"),
    [
        ("ive been late 4 times this term, can i still get a 1.0", "4%"),
        ("can i still pass if i skip 1 sheet", "1%"),  # one piece of work counted
        ("i skipped 2 sheets, can i still pass", "2%"),
    ],
)
def test_a_count_is_never_a_mark(courses, question, mark):
    """ "late 4 times", "skip 1 sheet": a count of times or of work is no mark, so no band is computed from it."""
    _, said, _ = _asked(courses["geo-2210-s25"], question)
    assert mark not in said, said


@pytest.mark.parametrize(
    ("quote", "words"),
    [
        ("Mentions: Passable 10-11.99, Assez bien 12-13.99, Bien 14-15.99.", {"mention", "mentions"}),
        ("Letter grades: A 93 and above, A- 90.", {"grade", "grades"}),
        ("Standings: first 70 and above, upper second 60.", {"standing", "standings"}),
        ("A 93 and above, A- 90. Note: grades are final.", set()),  # no grade follows the colon
    ],
)
def test_the_word_heading_the_pages_grades(quote, words):
    """The page's own word for its grades is the one a colon and a grade of the scale follow."""
    assert band_heading_words(quote, ("passable", "assez bien", "bien", "a", "a-", "first", "upper second")) == words


def test_a_grade_asked_by_the_pages_own_word(courses):
    """ "what standing do i get with 91": the band of that mark, where the page heads its grades "Standings:"."""
    stat = courses["stat-187-f24"]
    scale = dataclasses.replace(stat.grade_scale, quote=stat.grade_scale.quote.replace("Letter grades:", "Standings:"))
    course = dataclasses.replace(stat, grade_scale=scale)
    intents, said, _ = _asked(course, "what standing do i get with 91")
    assert intents == ["grade_scale"]
    assert "91% is an A-" in said


@pytest.mark.parametrize(
    "question",
    [
        "can i pass without handing in practical 3",
        "can i still pass if i skip practical 2",
        "i bombed sheet 2 can i still pass",
    ],
)
def test_a_number_after_a_works_name_is_never_a_mark(courses, question):
    """ "without handing in practical 3": the third practical, never a mark of 3%."""
    _, said, _ = _asked(courses["geo-2210-s25"], question)
    assert not re.search(r"\b[23]%", said), said


@pytest.mark.parametrize(
    ("course", "question", "first"),
    [
        ("geo-2210-s25", "if i get 0.45 overall do i pass", "No: 45% is under the 50% needed to pass"),
        ("stat-187-f24", "if i end with 0.72 overall do i pass", "Yes: 72% is a pass mark"),
    ],
)
def test_a_fraction_of_one_is_a_percentage(courses, course, question, first):
    """ "0.45 overall" on a course marked out of 100: 45%, not 0.45%."""
    _, said, _ = _asked(courses[course], question)
    assert said.splitlines()[2].startswith(first), said
