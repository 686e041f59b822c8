"""Whether the course has someone of a role ("is there a tutor i can ask stuff to"): Yes with the people of that
role, from the course's own staff list; a role word before a noun or a day asks of something else."""

from __future__ import annotations

import pytest

from bot.course.model import Course
from bot.understand.people.role_held import asks_for_role, wanted_for
from bot.understand.words.normalize import words
from tests.understand.conftest import course_in, first_line, reply


@pytest.fixture(scope="module")
def chem() -> Course:
    return course_in("tests/fixtures/courses/chem-1310-s26")


@pytest.mark.parametrize(
    ("question", "role", "asks"),
    [
        ("is there a tutor i can ask stuff to", "tutor", True),
        ("are there any tas who can help", "tas", True),
        ("do we have a coordinator", "coordinator", True),
        ("is there like a gsi for this course", "gsi", True),
        ("is there a ta session this week", "ta", False),  # a session, not the ta
        ("who is the tutor", "tutor", False),  # asked who, not whether
        ("is the tutor nice", "tutor", False),
        ("is there a ta who speaks spanish", "ta", False),  # a trait of theirs, not whether there is one
        ("are there any tas that know matlab", "tas", False),
        ("is there a ta who is around on fridays", "ta", True),
    ],
)
def test_whether_there_is_someone_of_a_role_is_asked(question, role, asks):
    tokens = words(question)
    start = tokens.index(role)
    assert asks_for_role(tokens, start, start + 1) is asks


def test_a_day_asks_of_that_day():
    tokens = words("is there a ta in the lab on friday")
    assert not asks_for_role(tokens, 3, 4, timed=True)


@pytest.mark.parametrize(
    ("which", "now", "question", "names"),
    [
        ("chem", "2026-02-20 10:00", "is there a ta i can ask about lab stuff", ["Hannah Lindqvist"]),
        ("chem", "2026-02-20 10:00", "do we have a lab coordinator to talk to", ["Marcus Feld"]),
        ("stat", "2024-10-01 10:00", "is there a gsi i could go to with questions", []),
    ],
)
def test_yes_with_the_people_of_the_role_on_two_courses(request, which, now, question, names):
    """Yes first, naming the people who hold the role (never a policy card sharing a word with the question)."""
    said = reply(request.getfixturevalue(which), question, now)[1]
    assert first_line(said).startswith("Yes")
    assert all(n in said for n in names)


@pytest.mark.parametrize(
    ("question", "role", "wanted"),
    [
        ("is there a tutor i can ask about the readings", "tutor", {"the", "readings"}),
        ("are there tas we could email for help with ps2", "tas", {"help", "with", "ps2"}),
        ("is there a ta to talk to about lab stuff", "ta", {"lab", "stuff"}),
        ("is there a ta who speaks spanish", "ta", set()),  # no verb of reaching them: a claim about them
        ("is there a tutor i can ask", "tutor", set()),
    ],
)
def test_what_the_people_are_wanted_for_is_the_words_after_reaching_them(question, role, wanted):
    """The words after "i can ask about" are what the student wants them for, not what the page must explain."""
    tokens = words(question)
    assert wanted_for(tokens, tokens.index(role) + 1) == wanted


@pytest.mark.parametrize(
    ("which", "question", "names"),
    [
        ("geo", "is there a ta i can ask about the readings", ["Tomasz Wierzbicki", "Amara Nwosu"]),
        ("geo", "are there any tutors we could talk to about the field trip", ["Amara Nwosu"]),
    ],
)
def test_what_they_are_wanted_for_leaves_the_yes(request, which, question, names):
    """Asked whether there is a TA to ask about something the page has no word for: Yes with the people."""
    said = reply(request.getfixturevalue(which), question, "2025-03-26 10:00")[1]
    assert first_line(said).startswith("Yes"), said
    assert all(n in said for n in names)


@pytest.mark.parametrize(
    ("which", "now", "question"),
    [
        ("chem", "2026-02-10 10:00", "is there a ta i can talk to about my housing"),
        ("chem", "2026-02-10 10:00", "is there a ta who can help me with my visa application"),
        ("geo", "2025-03-26 10:00", "is there a tutor who can help me with my visa"),
        ("stat", "2024-10-01 10:00", "is there a gsi i could talk to about my apartment lease"),
    ],
)
def test_people_wanted_for_something_no_text_of_the_course_holds_get_no_yes(request, which, now, question):
    """Asked for a TA to talk to about something no text of the course holds (housing, a visa): no Yes with them."""
    said = reply(request.getfixturevalue(which), question, now)[1]
    assert not first_line(said).startswith("Yes"), said
