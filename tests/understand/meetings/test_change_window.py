"""'can i still switch lab sections': the rule's own window for changes against today, not a one-week switch."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.meetings.change_window import change_window
from tests.conftest import local
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
WINDOW = "Lab section changes are possible only in the first two weeks of the term."


@pytest.fixture(scope="module")
def chem():
    """The chem course (term from Jan 12) whose lab rule also limits section changes to the first two weeks."""
    course = course_in(CHEM)
    labs = course.policy("labs")
    changed = replace(labs, quote=f"{labs.quote} {WINDOW}")
    return replace(course, policies=tuple(changed if p.id == "labs" else p for p in course.policies))


@pytest.mark.parametrize(
    ("question", "when", "yes"),
    [
        ("can i still switch lab sections", "2026-03-04 14:00", False),
        ("can i change my lab section", "2026-03-04 14:00", False),
        ("can i still switch lab sections", "2026-01-14 10:00", True),
    ],
)
def test_a_change_is_judged_against_its_window(chem, question, when, yes):
    assert change_window(chem, chem.policy("labs").quote, question, local(chem, when)) == (yes, WINDOW)


@pytest.mark.parametrize(
    "question",
    [
        "can i switch to another lab section for one week",  # once, not a change of section
        "can i swap labs this week",
        "when is my lab section",  # no change asked
    ],
)
def test_not_a_change_of_group(chem, question):
    assert change_window(chem, chem.policy("labs").quote, question, local(chem, "2026-03-04 14:00")) is None


def test_a_window_the_dates_cannot_place_decides_nothing(chem):
    text = "Lab section changes are possible only with the coordinator's approval."
    assert change_window(chem, text, "can i change my lab section", local(chem, "2026-03-04 14:00")) is None


def test_the_student_is_told_no_once_the_window_is_over(chem):
    _result, said = reply(chem, "can i still switch lab sections", "2026-03-04 14:00")
    assert said.splitlines()[2] == f"No: “{WINDOW}”"


def test_a_window_the_page_writes_with_a_short_month_is_placed(chem):
    """ "only until Feb 6" is read as a question's "february 6" is: past it, No."""
    text = "Permanent lab section changes are made only until Feb 6 (add-drop)."
    found = change_window(chem, text, "can i switch lab sections permanently", local(chem, "2026-03-04 14:00"))
    assert found == (False, text)
