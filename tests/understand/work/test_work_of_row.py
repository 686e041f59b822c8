"""Work named by the class meeting it belongs to ("the essay from seminar 5"): the item whose notes name that row
(bot.understand.work.work_of_row)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.work.work_of_row import row_work, rows_named
from tests.understand.conftest import reply


def test_a_row_is_tied_to_the_work_whose_notes_name_it(geo, hist, stat):
    geo_ties = row_work(geo)
    assert [geo.schedule[row].title for row in geo_ties.by_row] == ["GNSS surveying of glacier surfaces"]
    assert list(geo_ties.by_row.values()) == [("sheet3",)]
    assert list(row_work(hist).by_row.values()) == [("essay2",)]
    assert row_work(stat).by_row == {}  # no notes name a lecture: nothing tied


HIST_NOW, GEO_NOW = "2024-10-01 10:00", "2025-03-26 10:00"


@pytest.mark.parametrize(
    ("name", "question", "now", "item", "due"),
    [
        ("hist", "the essay about seminar 5, when is it due", HIST_NOW, "essay2", "Fri Nov 22"),
        ("hist", "due date for the seminar 5 essay?", HIST_NOW, "essay2", "Fri Nov 22"),
        # the ordinal before the meeting's word is no day of the month
        ("hist", "by when do i need to submit the essay from the 5th seminar", HIST_NOW, "essay2", "Fri Nov 22"),
        ("hist", "when is the essay for the fifth seminar due", HIST_NOW, "essay2", "Fri Nov 22"),
        ("geo", "when is the sheet that goes with plenary 5 due", GEO_NOW, "sheet3", "Fri Apr 11"),
        ("geo", "when do we have to hand in the work for plenary 5", GEO_NOW, "sheet3", "Fri Apr 11"),
    ],
)
def test_the_work_of_a_numbered_meeting_is_that_item(request, name, question, now, item, due):
    result, said = reply(request.getfixturevalue(name), question, now)
    assert [p.intent for p in result.parts] == ["assignment_due"]
    assert list(result.parts[0].slots["assignments"]) == [item]
    assert due in said


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("what do we cover in seminar 5", "topic"),  # the meeting asked about, no work
        ("when is essay 1 due", "assignment_due"),  # an item named outright stays itself
        ("what is due on the 5th", "due_soon"),  # an ordinal with no meeting after it is still a day
    ],
)
def test_without_work_asked_of_the_row_the_reading_is_as_before(hist, question, intent):
    result, _ = reply(hist, question, "2024-10-01 10:00")
    assert result.parts[0].intent == intent
    if intent == "assignment_due":
        assert list(result.parts[0].slots["assignments"]) == ["essay1"]


@pytest.mark.parametrize(
    "question",
    [
        "when is seminar 5",
        "what time is seminar 5",
        "where is seminar 5",
        "whats due after seminar 5",  # no work named: the row is where a span starts
    ],
)
def test_a_row_whose_work_bears_its_name_is_still_the_meeting(hist, question):
    """ "when is seminar 5" where the essay tied to it is also called "seminar 5": the row's own words name no work
    beside it, so the meeting is asked (CIVL's "Lab 1" and its "Lab 1 Report")."""
    essay2 = next(a for a in hist.assignments if a.id == "essay2")
    named = replace(essay2, aliases=(*essay2.aliases, "seminar 5"))
    course = replace(hist, assignments=tuple(named if a.id == "essay2" else a for a in hist.assignments))
    result, _ = reply(course, question, HIST_NOW)
    assert result.parts[0].intent != "assignment_due"


def test_a_row_two_items_name_is_not_guessed(hist):
    essay1 = replace(hist.assignments[0], notes="Also builds on Seminar 5.")
    both = replace(hist, assignments=(essay1, *hist.assignments[1:]))
    assert list(row_work(both).by_row.values()) == [("essay1", "essay2")]
    result, _ = reply(both, "when is the seminar 5 essay due", HIST_NOW)
    assert result.parts[0].slots.get("assignments") != ("essay2",)  # neither essay is picked for the student


@pytest.mark.parametrize(
    ("typed", "row"),
    [
        ("the report from day 2 of the practical", 2),
        ("the report of the third day of our practical", 3),
        ("the practical day 4 report", 4),
        ("the practical 1 report", 1),
        ("the report of the 5th practical", 5),
        ("the report of the practical", None),  # no number: no row
    ],
)
def test_rows_named_by_a_kind_and_a_number(typed, row):
    tokens = typed.split()
    kinds = [("practical", tokens.index("practical"), tokens.index("practical") + 1)]
    found = rows_named(tokens, kinds, lambda kind, n: 100 + n)
    assert [r - 100 for r, _, _ in found] == ([row] if row else [])
