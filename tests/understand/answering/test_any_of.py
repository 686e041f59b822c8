"""Whether any of several things asked at once holds (bot.understand.answering.any_of): Yes with each that does, or
No with every reason, never the first one's verdict alone."""

from __future__ import annotations

from bot.core.answer import Answer, Field, text
from bot.understand.answering.any_of import any_of, any_of_asked
from bot.understand.answering.replies import opening_verdict, verdict
from tests.understand.conftest import first_line, reply


def _day(title: str, yes: bool, reason: str) -> Answer:
    return verdict(Answer(title=title, fields=(Field(title, (text(f"{title}'s rows"),)),)), yes, reason)


def test_no_when_none_holds_with_every_reason():
    """Both days No: one No, each day's reason once, each day's card below."""
    got = any_of([_day("Mon", False, "no quiz on Mon."), _day("Tue", False, "no quiz on Tue.")])
    assert got is not None
    assert opening_verdict(got) is False
    assert "".join(map(str, got.lines[0])) == "**No**: no quiz on Mon. No quiz on Tue."
    assert [f.name for f in got.fields] == ["Mon", "Tue"]


def test_yes_with_only_the_ones_that_hold():
    """One day Yes: Yes with that day's reason and card; the day without one is left out."""
    got = any_of([_day("Mon", False, "no quiz on Mon."), _day("Tue", True, "Quiz 2 (Tue)")])
    assert got is not None
    assert opening_verdict(got) is True
    assert "".join(map(str, got.lines[0])) == "**Yes**: Quiz 2 (Tue)"
    assert "Mon" not in got.title


def test_nothing_when_one_opens_with_neither():
    """A thing without its own Yes or No settles nothing: no verdict over all of them is made up."""
    assert any_of([_day("Mon", False, "no quiz on Mon."), Answer(title="Tue", lines=(text("Quiz 2"),))]) is None
    assert any_of([]) is None


def test_one_thing_asked_is_left_to_its_own_answer():
    """`any_of_asked` over a single thing asks nothing."""
    assert any_of_asked(["mon"], lambda _: _day("Mon", True, "yes")) is None


def test_any_class_on_either_of_two_days(course):
    """ "any lectures on feb 19 or feb 21" on 10-605: Yes, naming each day's lecture, not only the first day's."""
    _, said = reply(course, "any lectures on feb 19 or feb 21", "2024-02-12 10:00")
    assert first_line(said).startswith("Yes")
    assert "Feb 19" in first_line(said)
    assert "Feb 21" in first_line(said)


def test_two_days_told_without_or_keep_the_first_days_verdict(course):
    """ "is there lecture on monday feb 19": a weekday and a date of one day, not alternatives."""
    _, said = reply(course, "is there lecture on monday feb 19", "2024-02-12 10:00")
    assert first_line(said).startswith("Yes")


def test_a_reason_said_for_each_day_is_said_once():
    """Two days off that both say when class resumes: that sentence once, each day's own reason kept."""
    got = any_of(
        [
            _day("Mon", False, "no class on Mon (a holiday). Class resumes Thu."),
            _day("Tue", False, "no class on Tue (a holiday). Class resumes Thu."),
        ]
    )
    assert got is not None
    assert "".join(map(str, got.lines[0])) == (
        "**No**: no class on Mon (a holiday). Class resumes Thu. No class on Tue (a holiday)."
    )
