"""The [[attendance]] rule in sentences, and what a number of absences means under its numbers."""

from __future__ import annotations

from bot.answers.attendance import missed_line, rule_lines
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
