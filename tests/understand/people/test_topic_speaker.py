"""Who gives a class meeting named by its topic (bot.understand.people.topic_speaker)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.render_text import answer_text
from bot.understand.people.topic_speaker import speaker_answer
from tests.conftest import at
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("folder", "question", "now", "said"),
    [
        ("data/stat-187-f24", "who teaches the lecture on the bootstrap", "2024-10-01 10:00", "Elena Vasquez-Marlowe"),
        (CHEM, "who is taking the lecture on the ideal gas law", "2026-02-10 10:00", "Dana Okafor"),
        # a guest's session: its title names the speaker, never the lecturer of the weekly meeting
        (CHEM, "who is giving the batteries lecture", "2026-02-10 10:00", "a guest session"),
        ("data/10-605-s24", "who is presenting the guest lecture on llms", "2024-02-12 10:00", "Jonathan Frankle"),
        # named by its day instead of its topic
        ("data/stat-187-f24", "who is teaching the lecture on oct 3", "2024-10-01 10:00", "The lasso"),
    ],
)
def test_who_gives_a_meeting_named_by_its_topic(folder, question, now, said):
    """The person the row names, else the staff of that day's meeting of its kind; a guest as the row titles it."""
    result, answer = reply(course_in(folder), question, now)
    assert result.parts[0].intent == "topic_speaker"
    assert said in answer


def test_a_meeting_with_no_giver_in_the_data_is_left_to_the_staff_reading():
    """10-605's lectures list no staff: "who teaches the lecture on lsh" is not claimed (the instructors answer)."""
    result, answer = reply(course_in("data/10-605-s24"), "who teaches the lecture on lsh", "2024-02-12 10:00")
    assert result.parts[0].intent != "topic_speaker"
    assert "Talwalkar" in answer


def test_who_invented_a_topic_is_not_who_gives_it():
    """No verb of giving a meeting: not this reading."""
    result, _ = reply(course_in("data/stat-187-f24"), "who invented the bootstrap", "2024-10-01 10:00")
    assert not result.parts or result.parts[0].intent != "topic_speaker"


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Guest lecture: shipping software at a Wellington start-up", False),
        ("Guest speaker on the history of piracy", False),
        ("Guest lecture: Aroha Ngata on design", True),
        ("Guest lecture: batteries (Dr. Priya Raman, Northern Plains Energy Institute)", True),
        ("Guest lecture: Machine Learning in Industry", True),  # title case may be a name: never denied on a guess
    ],
)
def test_a_guest_session_whose_row_names_no_one_is_said_to_be_unnamed(title, named):
    """ "who is the guest speaker" of a guest row that names no one: the page does not say (kind unknown), never
    "the title names the speaker"; a row that may name someone keeps pointing at its title."""
    chem = course_in(CHEM)
    index = next(i for i, row in enumerate(chem.schedule) if "batteries" in row.keywords)
    schedule = list(chem.schedule)
    schedule[index] = replace(schedule[index], title=title)
    course = replace(chem, schedule=tuple(schedule))
    answer = speaker_answer(course, (index,))
    assert (answer.kind == "unknown") is not named
    assert ("does not name the guest speaker" in answer_text(answer, course.tz, at("2026-02-10 10:00"))) is not named


@pytest.mark.parametrize(
    "question", ["who's the guest speaker on apr 15", "who is the presenter for the guest lecture"]
)
def test_who_is_the_speaker_asks_who_gives_the_session(question):
    """ "speaker" and "presenter" ask who gives a session, as "giving" and "presenting" do."""
    result, answer = reply(course_in(CHEM), question, "2026-02-10 10:00")
    assert result.parts[0].intent == "topic_speaker"
    assert "a guest session" in answer
