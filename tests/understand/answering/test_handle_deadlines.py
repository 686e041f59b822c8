"""Deadlines answered (bot.understand.answering.handle_deadlines): a window lists exactly what falls inside it, a
weekday or a side of an event is decided by the due date, what is left runs from today."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from tests.understand.conftest import course_in, first_line, reply

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("question", "inside", "outside"),
    [
        ("whats due between nov 4 and nov 10", ["PS6"], ["PS7", "Nothing is due"]),
        ("whats due nov 4-8", ["PS6"], ["PS7"]),
        ("whats due from nov 9 thru nov 30", ["PS7"], ["PS6", "Report"]),
        ("whats due from dec 1 to dec 10", ["Report"], ["PS6", "PS7"]),
        ("whats due after nov 20", ["PS7", "Report"], ["PS6"]),
    ],
)
def test_a_range_lists_exactly_what_falls_inside_it(stat, question, inside, outside):
    _, said = reply(stat, question, "2024-11-01 18:00")
    for fact in inside:
        assert fact in said, said
    for fact in outside:
        assert fact not in said, said


def test_a_range_months_away_is_not_the_coming_weeks(geo):
    _, said = reply(geo, "whats due between june 1 and june 30", "2025-03-26 10:00")
    assert "Project" in said
    assert "Sheet 2" not in said
    assert "Quiz" not in said


@pytest.mark.parametrize(
    ("question", "word"),
    [("is ps7 due on a friday", "Yes"), ("is ps7 due on a monday", "No"), ("is ps6 due on a friday", "Yes")],
)
def test_on_a_weekday_tests_the_weekday(stat, question, word):
    _, said = reply(stat, question, "2024-11-01 18:00")
    assert first_line(said).startswith(word), said


def test_after_the_break_is_after_the_coming_break_ends(geo):
    _, said = reply(geo, "whats due after the break", "2025-03-26 10:00")
    assert "Registration" in said
    assert "Sheet 2:" not in said


def test_whats_left_is_the_work_and_exams_from_today(course):
    result, said = reply(course, "what's left this semester including exams", "2024-03-20 10:00")
    assert result.parts[0].intent == "due_soon"
    assert "HW5" in said
    assert "Exam 2, Wed Apr 24" in said
    assert "HW3" not in said
    assert "Exam 1" not in said
    result, said = reply(course, "what exams are left", "2024-03-20 10:00")
    assert result.parts[0].intent == "exam"
    assert "Exam 2" in said
    assert "Exam 1" not in said


def test_whats_due_over_a_break_is_only_the_break(second_course):
    _, said = reply(second_course, "whats due over thanksgiving", "2024-11-20 10:00")
    assert "Nothing is due during Thanksgiving break" in said
    assert "Next up" not in said
    _, said = reply(second_course, "anything due next week", "2024-11-20 10:00")
    assert "Next up" in said  # a week that is no named period still points on


def test_the_end_of_term_runs_from_today_and_nothing_left_reads_plainly(hist):
    result, said = reply(hist, "what's due between now and the end of term", "2024-11-20 10:00")
    assert result.parts[0].slots["range"] == (D("2024-11-20"), hist.term_last)
    assert "Proposal" in said
    _, said = reply(hist, "is there a workshop left", "2024-11-20 10:00")
    assert first_line(said) == "No: no source workshop left."


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what time is hw3 due in pacific time", "8:59 PM PST"),
        ("when is hw4 part b due in india time", "9:29 AM IST"),  # EDT by then: DST moved the course's clock
        ("what time exactly is hw3 due, midnight or 11:59", "11:59 PM course time is assumed"),
        ("is hw2 due before or after exam 1", "before Exam 1"),
        (
            "hey so i've been kind of behind and i wanted to know, is hw4 part a due before or after spring break",
            "after Spring Break",
        ),
    ],
)
def test_times_and_sides(course, question, fact):
    _, whole = reply(course, question, "2024-02-19 10:00")
    assert fact in whole


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how many homeworks are there", "6 in the term, 4 still to come"),
        ("is the mini project for everyone", "No: Mini-project is for 10-605."),
    ],
)
def test_counts_of_work_and_who_it_is_for(course, question, said):
    """How many of a kind of work, and an assignment not for every section."""
    _, shown = reply(course, question, "2024-02-19 10:00")
    assert said in shown, shown


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("is the report due at 5pm like psets", "No: Report is due at 11:59 PM PST."),
        ("when does the last problem set come out", "PS7 will be released on Fri Nov 8"),
    ],
)
def test_a_due_time_and_the_last_release(second_course, question, said):
    """A due time asked about, and the last release."""
    _, shown = reply(second_course, question, "2024-10-14 10:00")
    assert first_line(shown).startswith(said), shown


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("is the proposal already due", "Yes: Proposal was due Fri Oct 4, "),
        ("is there a pset due the week of the midterm", "No:"),
        # "when was it due, was it friday": Yes or No on the guess first, in the past tense once it has passed
        ("when was ps2 due again, was it friday sept 27", "Yes: PS2 was due on Fri Sep 27."),
        ("when was ps2 due, was it thursday sept 26", "No: PS2 was due Fri Sep 27."),
        ("when is ps5 due, is it thursday oct 31", "No: PS5 is due Fri Nov 1."),
        # "whats due next week" with the midterm that week: the exam is named too, after the deadlines
        ("what do we have to turn in next week", "Also next week: Midterm, Wed Oct 23."),
        ("what's due in the next 10 days", "Also in the next 10 days: Midterm, Wed Oct 23."),
        # "left after this week": from the day after the week to the term's end (PS4, due this week, is not left)
        ("how many problem sets are left after this week", "3 after this week:"),
    ],
)
def test_work_already_due_and_due_in_an_exams_week(second_course, question, said):
    """A due date already passed (or guessed), the week of an exam, and an exam in the span asked."""
    _, shown = reply(second_course, question, "2024-10-14 10:00")
    assert said in shown, shown


def test_how_many_of_a_series_are_left_and_the_last_one(stat):
    result, said = reply(stat, "how many problem sets are left and when's the last one", "2024-10-10 10:00")
    assert [p.intent for p in result.parts] == ["due_soon", "next_due"]
    assert "5 for the rest of the term" in said
    assert said.count("PS7") == 2
    assert "Project report" not in said


def test_every_deadline_of_a_series_in_a_span(geo):
    _, said = reply(geo, "list every practical sheet deadline for the rest of the term", "2025-04-01 10:00")
    assert "Sheet 3" in said
    assert "Sheet 4" in said
    assert "Sheet 2" not in said
    assert "Field log" not in said
    assert "project" not in said.lower()


def test_the_next_of_a_series_is_of_that_series(hist):
    _result, said = reply(hist, "when's the next essay due", "2024-10-01 10:00")
    assert "Essay 1" in said
    _, said = reply(hist, "when's the last essay due", "2024-10-01 10:00")
    assert "Essay 2" in said
    assert "Proposal" not in said


def test_a_series_with_nothing_in_the_span_says_what_is_due_then(stat):
    # no problem set after Thanksgiving: what is due then (the report) rather than "none"
    _, said = reply(stat, "which ps is due right after thanksgiving", "2024-11-20 10:00")
    assert "Report" in said


@pytest.mark.parametrize("question", ["when is the stakes ablation sheet due", "ablation stakes deadline?"])
def test_an_item_by_its_titles_topic_in_any_order(geo, question):
    result, _said = reply(geo, question, "2025-03-20 10:00")
    assert result.parts[0].slots["assignments"] == ("sheet2",)


@pytest.mark.parametrize("now", ["2024-03-06 10:00", "2024-03-20 10:00"])
def test_what_was_due_before_a_break_asked_once_it_started_is_the_term_up_to_it(course, now):
    """Asked during or after spring break, "before spring break" is the term up to it, never an empty today."""
    _, said = reply(course, "what was due before spring break", now)
    assert "HW1" in said, said
    assert "HW3" in said, said
    assert "Nothing is due" not in said, said


def test_the_kind_word_after_an_items_name_does_not_narrow_what_comes_after_it(geo):
    # "the ablation stakes sheet" is Sheet 2 by its name and kind: everything due after it, not only sheets
    result, said = reply(geo, "what do i have due after the ablation stakes sheet", "2025-03-20 10:00")
    assert result.parts[0].slots.get("after") == "sheet2"
    assert said.splitlines()[2].startswith("Quiz: Fri Apr 4")
    result, said = reply(geo, "whats the next sheet after sheet 2", "2025-03-20 10:00")
    assert result.parts[0].slots.get("series")  # the kind asked on its own still narrows
    assert "Sheet 3" in said.splitlines()[2]


def test_a_series_left_shows_each_item_by_its_title_too(stat):
    """ "how many problem sets are left": each one by its short name and its full title, as every list of work."""
    _, said = reply(stat, "how many problem sets are left", "2024-10-01 10:00")
    assert "5 for the rest of the term" in said
    assert "PS3: " in said
    assert "Problem Set 3" in said


@pytest.mark.parametrize(
    ("question", "yes", "said"),
    [
        ("are problem sets due fridays", True, "problem sets are due on Fridays at 5:00 PM"),
        ("are the problem sets due on friday night", True, "none is due Fri Oct 4"),  # none that week
        ("are problem sets due on mondays", False, "problem sets are due on Fridays"),
        ("are problem sets due this friday", False, "no problem sets due on Fri Oct 4"),  # that one day
        # one Friday asked of, in the singular or as "is there": that day's deadlines, never Yes by the habit
        ("is the problem set due friday", False, "no problem sets due on Fri Oct 4"),
        ("is there a pset due friday", False, "due on Fri Oct 4"),
        ("do we have a problem set due friday", False, "no problem sets due on Fri Oct 4"),
        ("are there any problem sets due friday", False, "no problem sets due on Fri Oct 4"),
    ],
)
def test_a_bare_weekday_about_a_kind_of_work_asks_its_usual_day(stat, question, yes, said):
    """ "are problem sets due fridays": the weekday every one of them is due on, not only the next such day."""
    _, answer = reply(stat, question, "2024-10-01 10:00")
    assert first_line(answer).startswith("Yes" if yes else "No")
    assert said in first_line(answer)


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("is hw5 due during spring break", False),
        ("is hw5 due in spring break", False),
        ("is hw4 due in spring break", False),
    ],
)
def test_due_in_a_period_of_the_course_is_any_day_of_it(course, question, yes):
    """ "is essay 2 due in study week": whether its due date falls in the period the course names."""
    _, said = reply(course, question, "2024-02-12 10:00")
    assert first_line(said).startswith("Yes" if yes else "No")


@pytest.mark.parametrize(
    "question",
    ["how many problem sets do we still have to do", "how many more psets are there", "how many psets are yet to come"],
)
def test_how_many_of_a_kind_are_still_to_do_counts_the_rest_of_the_term(stat, question):
    """ "still", "more", "yet": every one of the kind still to come, not only the next seven days'."""
    _, said = reply(stat, question, "2024-10-01 10:00")
    assert "PS3" in said
    assert "PS7" in said


def test_how_many_more_classes_are_those_still_to_come(stat):
    """ "how many more lectures": from today, as "left" is."""
    _, said = reply(stat, "how many more lectures are there", "2024-10-01 10:00")
    assert "18 lectures left" in said


def test_a_kind_of_work_none_of_which_falls_in_the_days_asked_lists_the_ones_to_come():
    """ "when are problem sets due" over spring break: none then, and the ones still to come, never other work."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    _, said = reply(chem, "when are problem sets due", "2026-03-16 10:00")
    assert "No problem sets due in the next 7 days" in said
    assert "PS8" in said
    assert "PS11" in said


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("when is the final pset due", "PS7: Fri Nov 22", "Final exam"),  # "final" of a series: its last one
        ("whens the final problem set due", "· Problem Set 7", "Final exam"),  # with its full title
        ("when is the final report due", "Report is due Fri Dec 6", "PS7"),  # a thing the course names "final ..."
    ],
)
def test_the_final_of_a_series_is_its_last_one(second_course, question, said, not_said):
    """ "the final pset" is the last problem set, not the final exam; "the final report" stays the course's own."""
    _, shown = reply(second_course, question, "2024-11-01 18:00")
    assert said in shown, shown
    assert not_said not in shown, shown


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("is ps4 due at midnight or before lecture", "PS4 is due Fri Oct 18, 5:00 PM PDT."),
        ("ps5 due at 5pm or midnight", "PS5 is due Fri Nov 1, 5:00 PM PDT."),
        ("is the proposal due by noon or", "Proposal is due Fri Oct 4, 5:00 PM PDT."),
    ],
)
def test_a_due_time_asked_as_a_choice_of_guesses(second_course, question, said):
    """ "due at midnight or before class": the real due time first, with no Yes or No to the first guess."""
    _, shown = reply(second_course, question, "2024-10-14 10:00")
    assert first_line(shown) == said, shown


def test_an_exam_outside_the_span_is_not_said(second_course):
    """Only an exam inside the span asked is added: this week's deadlines say nothing of next week's midterm."""
    _, shown = reply(second_course, "whats due this week", "2024-10-14 10:00")
    assert "Midterm" not in shown, shown


@pytest.mark.parametrize(
    ("folder", "question", "now", "first", "shown", "not_shown"),
    [
        (
            "tests/fixtures/courses/chem-1310-s26",
            "any quizzes in the next 2 weeks",
            "2026-03-02T10:00",
            "Yes",
            "Q7",
            "Lab Report 4",
        ),
        (
            "tests/fixtures/courses/chem-1310-s26",
            "are there any problem sets next week",
            "2026-03-02T10:00",
            "Yes",
            "PS7",
            "Lab Report 5",
        ),
        ("data/stat-187-f24", "any problem sets in the next 2 weeks", "2024-10-01T10:00", "Yes", "PS3", "Proposal"),
    ],
)
def test_a_kind_of_work_in_a_span_is_its_deadlines_then(folder, question, now, first, shown, not_shown):
    """'any quizzes in the next 2 weeks': that kind's deadlines in the span (Yes or No), not the schedule's days
    nor every other deadline."""
    result, said = reply(course_in(folder), question, now)
    assert result.as_json()["parts"][0]["intent"] == "due_soon"
    assert first_line(said).startswith(first), said
    assert shown in said
    assert not_shown not in said


def test_a_kind_that_meets_in_a_span_stays_the_schedule():
    """'any labs next week' where labs are class meetings: the schedule's lab days, not deadlines."""
    result, _ = reply(course_in("tests/fixtures/courses/chem-1310-s26"), "any labs next week", "2026-03-02T10:00")
    assert result.as_json()["parts"][0]["intent"] == "schedule_range"


@pytest.mark.parametrize(
    ("question", "shown", "never"),
    [
        ("can someone list the due dates for all the problem sets", "7 in the term, 3 still to come", "Yes"),
        ("when are all the problem sets due", "PS1: Fri Sep 13", "rest of the term"),
        ("every problem set due date", "PS1: Fri Sep 13", "rest of the term"),
        ("when are all the remaining problem sets due", "for the rest of the term", "PS1:"),
    ],
)
def test_all_of_a_kind_with_no_span_is_every_one_of_the_term(stat, question, shown, never):
    """ "the due dates for all the problem sets": every one of the term, those already due too (never a Yes for a
    request); "all the remaining ones" is what is left."""
    _, said = reply(stat, question, "2024-10-20 10:00")
    assert shown in said, said
    assert never not in said, said


@pytest.mark.parametrize(
    ("folder", "now", "question", "opens", "named"),
    [
        ("data/stat-187-f24", "2024-10-09 10:00", "are all the problem sets due at 5pm", "Yes", "PS7 are due at 5"),
        ("data/stat-187-f24", "2024-10-09 10:00", "r all assignments due at 11:59pm", "No: not all of them", "PS1"),
        ("tests/fixtures/courses/chem-1310-s26", "2026-02-10 10:00", "are all the problem sets due at 5pm", "No",
         "none of them: PS1"),
        ("tests/fixtures/courses/chem-1310-s26", "2026-02-10 10:00", "are all the lab reports due at 10 pm", "Yes",
         "Lab Report 8"),
    ],
)  # fmt: skip
def test_all_of_a_set_due_at_a_time_is_yes_only_when_every_one_is(folder, now, question, opens, named):
    """ "are all the lab reports due at 5pm": Yes only when every one of them is due then, else No naming those that
    are not and when; never Yes because some deadlines exist."""
    _, said = reply(course_in(folder), question, now)
    assert first_line(said).startswith(opens), said
    assert named in first_line(said), said


def test_due_the_same_week_as_an_exam_or_other_work_compares_their_weeks():
    """ "is X due the same week as midterm 1 / as lab report 3": Yes or No from both Monday-to-Sunday weeks, with
    both days said."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    _, said = reply(chem, "is lab report 3 due the same week as midterm 1", "2026-02-09 10:00")
    assert first_line(said).startswith("Yes: Lab Report 3 is due Mon Feb 16; Midterm 1 is Thu Feb 19"), said
    _, said = reply(chem, "is quiz 4 due the same week as lab report 3", "2026-02-09 10:00")
    assert first_line(said).startswith("No: Q4 is due Fri Feb 13; Lab Report 3 is due Mon Feb 16"), said


@pytest.mark.parametrize(
    ("question", "for_every_section"),
    [
        ("is ps2 for all of us", True),
        ("could i photocopy ps2 for all of us", False),  # a favour asked, no section's work
        ("can i print the ps3 handout for all of us", False),
    ],
)
def test_a_favour_done_for_all_of_us_asks_nothing_of_the_sections(second_course, question, for_every_section):
    """ "for all of us" after a may-I is whom the student does something for, never whether the work is every
    section's."""
    result, shown = reply(second_course, question, "2024-10-10 10:00")
    assert any(p.intent == "assignment_for" for p in result.parts) is for_every_section, shown


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("is the field log due may 13", "which is yours depends on your section"),  # Nord's is, Süd's is not
        ("is the field log due may 14", "No"),  # neither group's
        ("im in nord is the field log due may 13", "Yes"),
    ],
)
def test_a_day_one_sections_work_is_due_is_no_no_for_the_others(geo, question, opening):
    """One field log per group, due on different days: a day only one of them is due is no No for a student whose
    group is not known; the answer gives each group's day."""
    _, said = reply(geo, question, "2025-03-25 10:00")
    if opening in ("Yes", "No"):
        assert first_line(said).startswith(opening), said
    else:
        assert opening in said, said
        assert not first_line(said).startswith(("Yes", "No")), said


def test_a_day_one_part_of_a_work_is_due_is_no_no_for_the_work(course):
    """ "hw 4 is due march 13 right" of Part A (Mar 13) and Part B (Mar 18): each part's day, no No, and no word of
    sections (both parts are everyone's)."""
    _, said = reply(course, "hw 4 is due march 13 right", "2024-02-12 10:00")
    assert "Mar 13" in said
    assert "Mar 18" in said
    assert not first_line(said).startswith(("Yes", "No")), said
    assert "section" not in said.splitlines()[3]


HIST = "tests/fixtures/courses/hist-210-a24"


@pytest.mark.parametrize(
    ("folder", "now", "question", "opens"),
    [
        (HIST, "2024-10-01 10:00", "is the essay due at noon", "Yes: Essay 1, Essay 2"),
        (HIST, "2024-10-01 10:00", "is the essay due at 5pm", "No: none of them"),
        ("tests/fixtures/courses/chem-1310-s26", "2026-02-10 10:00", "is the lab report due at midnight", "No"),
    ],
)  # fmt: skip
def test_one_of_a_kind_due_at_a_time_is_the_time_they_all_share(folder, now, question, opens):
    """ "is the essay due at noon" of two essays, no day named: the time every one of them is due, never whether one
    falls in the coming week ("No: no essays due in the next 7 days" answered a question not asked)."""
    _, said = reply(course_in(folder), question, now)
    assert first_line(said).startswith(opens), said
    assert "next 7 days" not in first_line(said), said


def test_one_of_a_kind_whose_times_differ_gets_no_yes_or_no():
    """Essays due at different times: which one is asked is not said, so the essays are shown without a verdict."""
    hist = course_in(HIST)
    later = tuple(replace(a, due=a.due.replace(hour=17)) if a.id == "essay2" else a for a in hist.assignments)
    _, said = reply(replace(hist, assignments=later), "is the essay due at noon", "2024-10-01 10:00")
    assert not first_line(said).startswith(("Yes", "No")), said
    assert "Essay 2" in said, said
