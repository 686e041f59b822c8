"""A yes/no topic question asked against a stretch of the term ("before easter", "after the midterm", "by reading
week"): Yes with the topic's days inside it, No with when the topic is instead; the stretch's words are never taken
for something asked of the topic."""

from __future__ import annotations

import pytest

from tests.understand.conftest import first_line, reply

STAT_NOW = "2024-09-20 10:00"  # fall 2024: the midterm Wed Oct 23, Thanksgiving break Nov 27-29
GEO_NOW = "2025-04-10 10:00"  # spring 2025: the Easter break Apr 14-25, the map test May 12, the Klausur Jun 18


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("do we do the lasso before the midterm", "Yes: on Thu Oct 3."),
        ("are we covering boosting before the midterm", "No: not before Midterm: it is on Thu Oct 24."),
        ("will we get to svms by the midterm", "No: not before Midterm: it is on Tue Oct 29."),
        ("is survival analysis after thanksgiving", "No: not after Thanksgiving break: it is on Thu Nov 21."),
        ("do we go over the bootstrap after labor day", "Yes: on Tue Sep 24."),
        ("did we cover cross validation before the midterm", "Yes: on Thu Sep 19."),  # done, and inside the stretch
    ],
)
def test_a_topic_before_or_after_a_break_or_exam(stat, question, first):
    """The topic's days against the stretch before or after the break or exam named: Yes or No, with its days."""
    _, said = reply(stat, question, STAT_NOW)
    assert first_line(said) == first


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("will we have covered glen's law before the easter holidays", "Yes: on Mon Mar 31."),
        ("are we doing snow pits after easter", "No: not after Easter break: it is on Mon Mar 17."),
        ("is glacier hazards before the klausur", "Yes: on Mon May 26."),
        ("do we get to the DEM stuff after easter", "Yes: on Mon Apr 28."),  # "stuff" asks nothing of the topic
        ("do we ever talk about glofs", "Yes: on Mon May 26."),  # "ever": the whole term
    ],
)
def test_a_topic_against_a_stretch_on_a_second_course(geo, question, first):
    """The same on a course in another country, its stretches named by its own data."""
    _, said = reply(geo, question, GEO_NOW)
    assert first_line(said) == first


def test_a_topic_after_a_date(stat):
    """A date with "before" or "after" is a stretch too: the term's days on that side of it."""
    _, said = reply(stat, "do we do decision trees after oct 20", STAT_NOW)
    assert first_line(said) == "No: not after Sun Oct 20: it is on Thu Oct 17."


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("is the snow pits lecture before easter", "Yes: on Mon Mar 17."),  # held before today: still before easter
        ("is the insar lecture before the map test", "No: not before Map test: it is on Mon May 19."),
    ],
)
def test_a_meeting_on_a_topic_against_a_stretch_is_judged_over_the_whole_side(geo, question, first):
    """ "is the snow pits lecture before easter", read as the schedule of a span: the topic's own days over the term's
    whole side of the break decide (a day before today is still before it), and No says when it is instead."""
    _, said = reply(geo, question, GEO_NOW)
    assert first_line(said) == first


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("do we do svms before the end of october", "Yes: on Tue Oct 29."),
        ("is survival analysis on before the end of october", "No: not by the end of October: it is on Thu Nov 21."),
        (
            "are we doing kernels after the start of november",
            "No: not after the start of November: it is on Thu Oct 31.",
        ),
    ],
)
def test_a_topic_against_the_end_or_start_of_a_month(stat, question, first):
    """ "before the end of <month>": the term's days through the month's last day decide, its words asked nothing."""
    _, said = reply(stat, question, STAT_NOW)
    assert first_line(said) == first


def test_a_topic_by_the_end_of_a_month_on_a_second_course(geo):
    """The same on a course in another country."""
    _, said = reply(geo, "will we have done glen's law by the end of april", GEO_NOW)
    assert first_line(said) == "Yes: on Mon Mar 31."
