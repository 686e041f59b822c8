"""An open question answered with nothing of the kind asked (no time of day for "what time", no place for "where",
no figure for "how many") is a hedge: "I couldn't find <it> you asked for; the closest I found:" first, the answer
kept whole, where to ask after. An answer that gives the kind asked, says the thing is not held, or is not plain
information is left as it is."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.core.answer import Answer, Field, Stamp, text
from bot.understand.open_answer.kind_given import OFF_TARGET_LEAD, known, off_target
from tests.understand.conftest import course_in, reply

WHERE = "ask on the forum"
AT = dt.datetime(2026, 3, 4, 14, 0, tzinfo=ZoneInfo("UTC"))


@pytest.fixture(scope="module")
def stat():
    return course_in("data/stat-187-f24")


def _answer(*lines: str, kind: str = "info", fields: tuple[Field, ...] = ()) -> Answer:
    return Answer(title="Card", lines=tuple(text(line) for line in lines), fields=fields, kind=kind)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what time do we tag the release", "**R3, Sprint 4**: Wed Oct 1."),  # a day, no time of day
        ("how many students are in this class", "Discuss problem sheets but write your own solutions."),
        ("where can i print my report", "Every violation is reported to the university."),
        ("when do the grades come out", "Regrade requests go through the form."),
    ],
)
def test_an_answer_without_the_kind_asked_becomes_a_hedge_that_keeps_everything(stat, question, said):
    answer = _answer(said)
    hedged = off_target(stat, answer, question, WHERE)
    assert hedged.kind == "unsure"
    assert hedged.lines[0][0].startswith("I couldn't find")
    assert hedged.lines[0][0].endswith("the closest I found:")
    assert hedged.lines[1:] == answer.lines  # nothing dropped
    assert hedged.footer.endswith(f"If that is not it, {WHERE}.")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("what time is the lab", Answer(title="Lab", lines=((Stamp(AT, "F"),),))),  # a full timestamp
        ("what time is lecture", _answer("Tuesdays 11:00-12:20 in the hall")),
        ("when is the retake", Answer(title="Retake", lines=((Stamp(AT, "D"),),))),
        ("when do we get essays back", _answer("Returned within three weeks of the deadline.")),
        ("when can i see her", _answer("By appointment only: send a message.")),
        ("where is the final", _answer("Halvorsen Hall 100")),  # the course's own room
        ("where do i submit the report", _answer("On Gradescope (https://example.edu/gs).")),
        ("who developed the material", _answer("Material developed by Virginia Smith and others.")),  # a name
        ("who do i ask about my mark", _answer("Regrade requests go through PrairieLearn.")),  # the way to ask
        ("how many quizzes are dropped", _answer("The lowest two quiz scores are dropped.")),
        ("what time on monday", _answer("**Easter Monday** (university closed)")),  # not held that day
        ("how many grace days do i have left", _answer("Your tally is private: use /gracedays me.")),
        ("what is the textbook", _answer("No textbook is required.")),  # asks no one kind
    ],
)
def test_an_answer_that_gives_the_kind_asked_stands(stat, question, answer):
    assert off_target(stat, answer, question, WHERE) is answer


@pytest.mark.parametrize("kind", ["unknown", "unsure", "error"])
def test_an_answer_that_is_not_plain_information_is_left_alone(stat, kind):
    answer = _answer("Who grades the midterm is not on the course page.", kind=kind)
    assert off_target(stat, answer, "who grades the midterm", WHERE) is answer


def test_the_answer_is_searched_in_its_fields_too(stat):
    """A card whose time is in a field, not its first lines, gives it."""
    answer = _answer("Lab sessions:", fields=(Field("Lab 1A", (text("Thursdays 2:00 PM – 4:50 PM"),)),))
    assert off_target(stat, answer, "what time is lab", WHERE) is answer


def test_the_courses_own_rooms_and_staff_are_known_once(stat):
    """The course's rooms and people, lowercased once per course: a room no word for a place names counts."""
    table = known(stat)
    assert table.places.search("Room: Halvorsen Hall 100.")
    assert not table.places.search("every violation is reported")  # "Ed" as a word, never inside one
    assert known(stat) is table


def test_the_lead_names_what_was_not_found():
    assert OFF_TARGET_LEAD.format(name="the time of day") == (
        "I couldn't find the time of day you asked for; the closest I found:"
    )


def test_an_engine_answer_to_another_question_is_hedged(stat):
    """Asked when solutions come out, the collaboration rule is not given as if it answered."""
    result, said = reply(stat, "what time do the solutions come out", "2024-10-14 10:00")
    assert result.answer.kind == "unsure"
    assert "I couldn't find the time of day you asked for" in said
