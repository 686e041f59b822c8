"""A stated share of the grade (bot.understand.work.stated_weight): Yes or No only where one part plainly is named."""

from __future__ import annotations

import pytest

from bot.understand.work.stated_weight import (
    Share,
    named_share,
    one_of_many,
    page_words,
    shares,
    stated_weight,
    unstated_share,
)

STAT = "Problem sets 30%, project 20%, midterm 20%, final 30%."
HIST = "Essays 40%, dissertation proposal 20%, final examination 40%."
CHEM = (
    "Midterm 1 15%, Midterm 2 15%, Final exam 25%, Lab (pre-labs, lab reports, lab practical) 20%, "
    "Sapling problem sets 12%, Canvas quizzes 8%. Letter-grade cutoffs are not posted."
)


def test_a_breakdown_is_read_into_parts() -> None:
    assert shares(STAT)[0] == Share("Problem sets", "", 30.0)
    assert Share("Lab", "pre-labs, lab reports, lab practical", 20.0) in shares(CHEM)
    assert shares("Homework (40%), exams (60%)") == [Share("Homework", "", 40.0), Share("exams", "", 60.0)]


def test_the_share_stated_is_checked() -> None:
    assert stated_weight(STAT, "is the final worth 30 percent") == (True, "Final: 30% of the grade.")
    assert stated_weight(STAT, "is the midterm worth 25%")[0] is False
    assert stated_weight(HIST, "is the final exam worth 40 percent")[0] is True  # "exam" of "examination"
    assert stated_weight(CHEM, "is midterm 2 worth 15 pc")[0] is True
    assert stated_weight(CHEM, "are canvas quizzes worth 10%")[0] is False


def test_no_verdict_where_the_breakdown_does_not_plainly_say() -> None:
    assert stated_weight(STAT, "is the final project worth 20%") is None  # two parts named
    assert stated_weight(CHEM, "is the midterm worth 15%") is None  # two midterms
    assert stated_weight(CHEM, "is the lab report worth 20%") is None  # a part inside a part
    assert stated_weight(STAT, "is ps3 worth 30%") is None  # one of the problem sets is not all of them
    assert stated_weight(STAT, "is the final worth more than 20%") is None  # a bound, not the share
    assert stated_weight(STAT, "is attendance worth 5%") is None  # no such part
    assert stated_weight(STAT, "is the final worth a lot") is None  # no share stated
    # one of the things a part named in the plural is made of: the share is all of them
    assert stated_weight(STAT, "is a problem set worth 30%") is None
    assert stated_weight(HIST, "is an essay worth 40 percent") is None
    assert stated_weight(CHEM, "is one canvas quiz worth 8%") is None
    assert stated_weight(HIST, "are the essays worth 40%")[0] is True  # all of them


def test_one_of_many_is_one_of_a_part_named_in_the_plural() -> None:
    essays, final = shares(HIST)[0], shares(HIST)[2]
    assert one_of_many("is an essay", essays)
    assert one_of_many("is each of the essays", essays)
    assert not one_of_many("are the essays", essays)
    assert not one_of_many("is a final examination", final)  # the part is one thing


def test_a_percent_of_something_else_is_not_a_share() -> None:
    assert stated_weight(STAT, "is the late penalty on the final 10%") is None
    assert stated_weight(STAT, "do i need 60% on the final to pass") is None
    assert stated_weight(STAT, "was the midterm average 75 percent") is None
    assert stated_weight(STAT, "is the final 30% multiple choice") is None  # more asked than its share


def test_the_one_part_asked_about_is_named() -> None:
    assert named_share(STAT, "how much is the midterm worth") == Share("midterm", "", 20.0)
    assert named_share(HIST, "what percentage is the final exam") == Share("final examination", "", 40.0)
    assert named_share(CHEM, "how much is midterm 2 worth") == Share("Midterm 2", "", 15.0)


def test_no_part_named_where_the_breakdown_does_not_plainly_say() -> None:
    assert named_share(CHEM, "how much is the midterm worth") is None  # two midterms
    assert named_share(CHEM, "how much is the lab report worth") is None  # a part of a part
    assert named_share(STAT, "how much are the midterm and final worth together") is None
    assert named_share(STAT, "whats the grading breakdown") is None
    assert named_share(STAT, "is the final worth 30%") is None  # a share stated: Yes or No, elsewhere


CHEM = (
    "Midterm 1 15%, Midterm 2 15%, Final exam 25%, Lab (pre-labs, lab reports, lab practical) 20%, "
    "Sapling problem sets 12%, Canvas quizzes 8%, iClicker participation 5%."
)
EACH_GIVEN = "Programming assignments 40% (8% each), Moodle quizzes 5%, group project 25%, exam 30%."


def test_a_worth_the_breakdown_does_not_give_is_found() -> None:
    """Each one of a part given as a whole, or a thing no part names, is asked of a worth the page does not give."""
    assert unstated_share(CHEM, "how much is each problem set worth") == "problem set"
    assert unstated_share(CHEM, "how many points is each quiz question worth") == "quiz question"
    assert unstated_share(EACH_GIVEN, "how much is the progress report worth of the project grade") is not None


def test_a_worth_the_breakdown_gives_is_not_unstated() -> None:
    """A part named, each one's share given with its part, a share stated or no worth asked: not unstated."""
    assert unstated_share(CHEM, "how much is the final worth") is None
    assert unstated_share(CHEM, "what percent is the midterm worth") is None
    assert unstated_share(EACH_GIVEN, "how much is each programming assignment worth") is None
    assert unstated_share(EACH_GIVEN, "is the group project worth 25%") is None
    assert unstated_share(EACH_GIVEN, "when is the group project due") is None


_PAGE = " all members receive the group s grade adjusted by a peer evaluation at the end of the term "


@pytest.mark.parametrize(
    ("question", "unstated"),
    [
        ("how much is the peer evaluation worth", "peer evaluation"),  # only the page's prose names it
        ("what percentage of the grade is the peer evaluation worth", "peer evaluation"),
        ("how much is the peer review worth", None),  # named nowhere: no thing of the course
        ("how much is the project worth", None),  # the breakdown gives it
    ],
)
def test_a_thing_only_the_pages_prose_names_has_an_unstated_worth(question, unstated) -> None:
    """ "how much is the peer evaluation worth" where the breakdown has no such part but a policy speaks of it: its
    worth is what the page does not give (never the breakdown alone, as if it answered)."""
    assert unstated_share(STAT, question, _PAGE) == unstated


def test_the_pages_prose_is_read_once_per_course(stat) -> None:
    """The page's words are built once per course and hold its policies' words."""
    words = page_words(stat)
    assert page_words(stat) is words
    assert " collaborators " in words


THRESHOLD = "Reports 20%, midterm 15%, final exam 40%, labs 25%. You must score at least 50% in the final exam to pass."
TWO_FINALS = "Problem sets 20%, project proposal 3%, final report and presentation 7%, end-of-semester examination 70%."


def test_a_mark_to_reach_after_the_breakdown_is_no_part() -> None:
    """ "at least 50% in the final exam" is a pass mark, so the final exam is one part, worth 40%."""
    assert [s.name for s in shares(THRESHOLD)] == ["Reports", "midterm", "final exam", "labs"]
    assert stated_weight(THRESHOLD, "is the final worth 50%") == (False, "Final exam: 40% of the grade, not 50%.")


def test_a_bare_final_is_not_a_final_report_where_an_exam_is_a_part() -> None:
    """Students say "the final" of the final exam: a final report's share does not answer it."""
    assert stated_weight(TWO_FINALS, "is the final worth 50%") is None
    assert stated_weight(TWO_FINALS, "is the final report worth 7%") == (
        True,
        "Final report and presentation: 7% of the grade.",
    )


LABS = "Problem sets 10%, Pre-Lab Safety Quizzes 5%, Laboratory (lab reports and lab performance) 20%, Final exam 35%."


def test_a_hyphened_name_typed_as_one_word_and_only_are_read() -> None:
    """ "prelab" is "Pre-Lab"; "only worth 5%" states the share as "worth 5%" does."""
    assert stated_weight(LABS, "are the prelab quizzes only worth 5%") == (
        True,
        "Pre-Lab Safety Quizzes: 5% of the grade.",
    )


def test_the_lab_may_be_the_laboratory_so_a_pre_lab_part_alone_does_not_answer() -> None:
    """ "the lab" names "Laboratory" (clipped) as well as "Pre-Lab ...": two parts, no Yes or No."""
    assert stated_weight(LABS, "is the lab worth 20%") is None
    assert stated_weight(LABS, "is the laboratory worth 20%") == (True, "Laboratory: 20% of the grade.")


def test_only_worth_asks_the_share_itself() -> None:
    """ "are the canvas quizzes only worth 8%": "only" says the share is small, it names no part."""
    assert stated_weight(CHEM, "are the canvas quizzes only worth 8%")[0] is True
    assert stated_weight(STAT, "is the project only worth 10%")[0] is False
