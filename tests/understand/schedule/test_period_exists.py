"""Whether a named stretch of the term exists (bot.understand.schedule.period_exists): Yes with its days, not class in
it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
STAT = "data/stat-187-f24"


@pytest.mark.parametrize(
    ("folder", "question", "opening"),
    [
        (STAT, "will there be a thanksgiving break this year", "Yes: Thanksgiving break runs Wed Nov 27 – Fri Nov 29."),
        (CHEM, "do we have a spring break in this course", "Yes: Spring break runs Mon Mar 16 – Fri Mar 20."),
        (CHEM, "r we getting a spring break", "Yes: Spring break"),
        (STAT, "are we gonna have a thanksgiving break this semester", "Yes: Thanksgiving break"),
        # a span asked with it: Yes only if the stretch falls in it
        (CHEM, "is there a spring break in april", "No: Spring break runs Mon Mar 16 – Fri Mar 20, not in April."),
        (CHEM, "is there a spring break in march", "Yes: Spring break runs Mon Mar 16 – Fri Mar 20."),
        # the stretch as what the question is of, with a span typed: the same Yes or No
        (CHEM, "is spring break the week of mar 16", "Yes: Spring break runs Mon Mar 16 – Fri Mar 20."),
        (CHEM, "is spring break in april", "No: Spring break runs Mon Mar 16 – Fri Mar 20, not in April."),
        (STAT, "will thanksgiving break be in november", "Yes: Thanksgiving break runs Wed Nov 27 – Fri Nov 29."),
        # the stretch said to fall in a span, with a tag: the same Yes or No on its own days, not on whatever else is
        # held in the span
        (STAT, "thanksgiving break is in december right", "No: Thanksgiving break runs Wed Nov 27 – Fri Nov 29, not"),
        (STAT, "thanksgiving break's in december right?", "No: Thanksgiving break runs Wed Nov 27 – Fri Nov 29, not"),
        (STAT, "thanksgiving break is in november right", "Yes: Thanksgiving break runs Wed Nov 27 – Fri Nov 29."),
        (CHEM, "the spring break is in feb, yeah?", "No: Spring break runs Mon Mar 16 – Fri Mar 20, not in February."),
        (CHEM, "there is class during spring break right", "No: no class during Spring break."),
        # class, a kind of meeting or work during the stretch is another question: none meets then
        (STAT, "is there discussion during thanksgiving break", "No"),
        (STAT, "are there any classes over thanksgiving break", "No"),
        (CHEM, "are there recitations during spring break", "No"),
    ],
)
def test_a_stretch_asked_to_exist_is_yes_with_its_days(folder, question, opening):
    """'is there a spring break' opens with Yes and its days; 'is there lecture during spring break' stays No."""
    _, said = reply(course_in(folder), question, "2024-10-01 10:00" if folder == STAT else "2026-02-10 10:00")
    assert first_line(said).startswith(opening)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("is spring break the week of mar 16", "Yes: Spring break runs Mon Mar 16 – Fri Mar 20."),
        ("is spring break in april", "No: Spring break runs Mon Mar 16 – Fri Mar 20, not in April."),
    ],
)
def test_a_word_of_the_stretchs_name_naming_a_rule_too_is_its_name(question, opening):
    """ "is reading week the week of nov 9" where "reading" is also a policy's word ("break" here): the stretch's own
    name, so the same Yes or No with its days, not whether class meets that week."""
    import dataclasses

    chem = course_in(CHEM)
    policies = tuple(
        dataclasses.replace(p, keywords=(*p.keywords, "break")) if p.id == "lab-safety" else p for p in chem.policies
    )
    _, said = reply(dataclasses.replace(chem, policies=policies), question, "2026-02-10 10:00")
    assert first_line(said).startswith(opening), said


def test_a_week_named_stretch_runs_to_the_last_day_the_page_marks():
    """A "reading week" marked Monday to Friday: Yes with those days, never a Sunday the page does not mark."""
    import dataclasses

    chem = course_in(CHEM)
    rows = tuple(
        dataclasses.replace(r, title="Reading week") if r.title == "Spring break" else r for r in chem.schedule
    )
    _, said = reply(dataclasses.replace(chem, schedule=rows), "is reading week the week of mar 16", "2026-02-10 10:00")
    assert first_line(said).startswith("Yes: Reading week runs Mon Mar 16 – Fri Mar 20."), said


def test_a_day_the_page_does_not_mark_deciding_shows_the_whole_week():
    """HIST 210's reading week marks only its Monday (Oct 28): "is reading week in november" is Yes by the rest of
    its week, so the answer shows the week to its end, never a Yes beside a Monday in October alone."""
    _, said = reply(course_in("tests/fixtures/courses/hist-210-a24"), "is reading wk in november", "2024-10-01 10:00")
    assert first_line(said).startswith("Yes: Reading week runs Mon Oct 28 – Sun Nov 3."), said


def test_a_word_of_the_stretchs_name_read_as_a_policy_too_asks_of_the_stretch():
    """ "is reading week the week of oct 28" where a policy's keyword is "reading": still of the stretch, Yes."""
    hist = course_in("tests/fixtures/courses/hist-210-a24")
    extra = replace(hist.policies[0], id="materials", title="Course materials", keywords=("reading", "readings"))
    course = replace(hist, policies=(*hist.policies, extra))
    _, said = reply(course, "is reading week the week of oct 28", "2024-10-01 10:00")
    assert first_line(said).startswith("Yes: Reading week is on Mon Oct 28"), said  # the one day the page marks
    _, said = reply(course, "is reading week the week of oct 21", "2024-10-01 10:00")
    assert first_line(said).startswith("No: Reading week"), said


@pytest.mark.parametrize(
    ("tokens", "start", "end", "of_it"),
    [
        (["spring", "break", "is", "right"], 0, 2, True),
        (["the", "spring", "break", "falls", "right"], 1, 3, True),
        (["spring", "break", "starts", "right"], 0, 2, False),
        (["spring", "break", "right"], 0, 2, True),  # "spring break's in march right": the span took its verb
        (["lab", "is", "during", "spring", "break", "right"], 3, 5, False),
        (["spring", "break"], 0, 2, False),
        (["spring", "break", "lab", "is", "right"], 0, 2, False),
    ],
)
def test_a_statement_is_of_the_stretch_when_its_name_opens_it(tokens, start, end, of_it):
    """ "spring break is in march right" is said of the stretch; "lab is during spring break right" is not."""
    from bot.understand.schedule.period_exists import _stated_of_it

    assert _stated_of_it(tokens, start, end) is of_it
