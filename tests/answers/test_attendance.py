"""The [[attendance]] rule in sentences, and what a number of absences means under its numbers."""

from __future__ import annotations

import pytest

from bot.answers.attendance import allowed_with, attendance_answer, fails_with, missed_line, rule_lines
from bot.course.model import AttendanceRule

SPAN_LIKE = AttendanceRule(
    name="classes",
    kinds=("class",),
    free_absences=4,
    each_after="lowers your final grade by 1 percentage point",
    late_counts_as=0.5,
    fail_at=12,
    fail_text="you may receive an F",
    quote="q",
)
DP_LIKE = AttendanceRule(
    name="tutorials", kinds=("tutorial",), required=10, of=12, short_of="you may not write the exam", quote="q"
)


def test_free_absences_with_their_cost_late_and_fail():
    said = " ".join(rule_lines(SPAN_LIKE))
    assert "You may miss up to 4 classes" in said
    assert "Each absence after that lowers your final grade by 1 percentage point." in said
    assert "half an absence" in said
    assert "With 12 or more absences, you may receive an F." in said


def test_absences_told_are_counted_against_the_free_ones():
    assert missed_line(SPAN_LIKE, 3) == "3 absences are within the 4 the page allows."
    six = missed_line(SPAN_LIKE, 6)
    assert six.startswith("6 absences are 2 more than the 4 the page allows.")
    assert "F" not in six
    assert "you may receive an F" in missed_line(SPAN_LIKE, 12)


def test_a_required_number_says_how_many_may_be_missed_and_what_falls_short():
    assert "so you may miss 2" in " ".join(rule_lines(DP_LIKE))
    assert "enough" in missed_line(DP_LIKE, 2)
    three = missed_line(DP_LIKE, 3)
    assert "at most 9 of the 12 tutorials, under the 10 required" in three
    assert "you may not write the exam" in three


FAILS_AT_4 = AttendanceRule(
    name="labs", kinds=("lab",), free_absences=1, each_after="lowers your grade", fail_at=4, fail_text="you cannot pass"
)
DP_FAIL = AttendanceRule(name="tutorials", kinds=("tutorial",), required=10, of=12, short_of="you fail the unit")


@pytest.mark.parametrize(
    ("rule", "missed", "fails"),
    [
        (FAILS_AT_4, 4, True),  # at the page's failing number
        (FAILS_AT_4, 6, True),
        (FAILS_AT_4, 2, False),  # past the free ones, under the failing number: a cost, not a fail
        (SPAN_LIKE, 12, None),  # "you may receive an F": the page words it short of failing
        (SPAN_LIKE, 3, False),
        (DP_LIKE, 3, None),  # short of the requirement, whose cost is not failing
        (DP_LIKE, 1, None),  # no failing number, and a requirement not a free allowance: the page does not say
        (DP_FAIL, 3, True),
        (AttendanceRule(name="p", kinds=("p",), free_absences=2), 2, False),
        (AttendanceRule(name="p", kinds=("p",), free_absences=2), 3, None),  # past the free ones, no cost stated
    ],
)
def test_whether_absences_fail_is_read_only_from_the_pages_numbers(rule, missed, fails):
    """Absences fail the course only where a failing consequence the page states applies; under its failing number
    they do not; with no failing consequence stated, the answer is neither."""
    assert fails_with(rule, missed) is fails


@pytest.mark.parametrize(
    ("missed", "asked", "opens"),
    [(4, "fail", "Yes: 4 absences"), (2, "fail", "No: 2 absences"), (4, "pass", "No: 4 absences"), (2, "pass", "Yes")],
)
def test_asked_whether_absences_fail_the_first_line_opens_with_yes_or_no(course, missed, asked, opens):
    """ "if i miss 4 labs do i fail" / "can i still pass": Yes or No first, then the count against the rule."""
    first = attendance_answer(course, FAILS_AT_4, missed, asked).lines[0]
    assert first[0].startswith(opens)


def test_asked_nothing_of_failing_the_first_line_is_the_count(course):
    """Without a failing question the count opens as it always did."""
    first = attendance_answer(course, FAILS_AT_4, 4).lines[0]
    assert first[0].startswith("4 absences")


@pytest.mark.parametrize(
    ("rule", "missed", "allowed"),
    [
        (SPAN_LIKE, 4, True),
        (SPAN_LIKE, 5, False),  # past the free ones: a cost, not what is allowed
        (DP_LIKE, 2, True),  # 10 of 12 still attended
        (DP_LIKE, 3, False),
        (FAILS_AT_4, 4, False),
        (AttendanceRule(name="p", kinds=("p",)), 1, None),  # no number to hold them against
    ],
)
def test_whether_absences_are_allowed_is_read_from_the_pages_numbers(rule, missed, allowed):
    assert allowed_with(rule, missed) is allowed


@pytest.mark.parametrize(("missed", "opens"), [(2, "Yes: 2 absences"), (3, "No: 3 absences")])
def test_asked_whether_one_may_miss_that_many_the_first_line_opens_with_yes_or_no(course, missed, opens):
    """ "can i miss three practicals": Yes within what the page allows, No past it."""
    rule = AttendanceRule(name="practicals", kinds=("p",), free_absences=2, quote="q")
    assert attendance_answer(course, rule, missed, "miss").lines[0][0].startswith(opens)
