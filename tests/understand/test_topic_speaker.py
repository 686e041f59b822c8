"""Who gives a class meeting named by its topic (bot.understand.topic_speaker)."""

from __future__ import annotations

import pytest

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
