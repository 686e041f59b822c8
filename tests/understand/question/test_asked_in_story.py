"""Which sentences of a long message ask and which only tell the scene (bot.understand.question.asked_in_story), and the
engine reading the ask, not the scene's words and dates."""

from __future__ import annotations

import pytest

from bot.understand.engine import _pieces
from bot.understand.question.asked_in_story import (
    asked_sentences,
    asks,
    asks_in_words,
    points_back,
    points_back_in_time,
    story_pieces,
    tells,
)
from tests.understand.conftest import course_in, reply


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Could you tell me which staff would be good to approach?", True),
        ("so when is the final", True),
        ("i need to know whether anything is due while i'm away", True),
        ("i was wondering if the lab is on", True),
        ("I'm not sure which supervisors work on that.", False),
        ("my flight leaves on the 13th.", False),
    ],
)
def test_a_sentence_asks_by_its_mark_its_opening_or_in_words(sentence: str, asked: bool) -> None:
    assert asks(sentence) is asked


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Hey so random question, I'm flying out on the 13th.", True),
        ("the report is due friday and i'm behind.", True),
        ("I know PS7 was the last problem set.", True),
        ("hw3 due date.", False),  # a fragment that names a thing asks, it does not tell
        ("is the report the last thing?", False),
    ],
)
def test_a_sentence_tells_when_it_is_the_tellers_statement(sentence: str, told: bool) -> None:
    assert tells(sentence) is told


def test_the_pieces_of_a_telling_sentence_are_the_scene() -> None:
    question = "i am thinking about grad school next year, but i am not sure who works on that. could you tell me who?"
    story, asking = story_pieces(question, _pieces)
    scene = _pieces("i am thinking about grad school next year, but i am not sure who works on that.")
    assert story == frozenset(range(len(scene)))
    assert asking == frozenset({len(scene)})  # "could you tell me who" asks of its own


def test_no_story_without_a_sentence_that_asks_or_one_that_tells() -> None:
    assert story_pieces("when is hw3 due? and where is the exam?", _pieces) == (frozenset(), frozenset())
    assert story_pieces("i was sick. i missed lecture.", _pieces) == (frozenset(), frozenset())
    assert story_pieces("when is hw3 due", _pieces) == (frozenset(), frozenset())


def test_the_teller_asking_in_words_is_an_ask() -> None:
    assert asks_in_words("i want to know if i will miss a lecture")
    assert asks_in_words("I was wondering when the quiz is")
    assert not asks_in_words("i know it is late")


def test_the_asked_sentences_of_a_story() -> None:
    question = "My flight is on the 13th. Do you know if the shuttle runs early?"
    assert asked_sentences(question) == "Do you know if the shuttle runs early?"
    assert asked_sentences("when is hw3 due") == "when is hw3 due"


@pytest.mark.parametrize(
    ("asked", "back"),
    [
        ("is that allowed?", True),
        ("can i still submit it today?", True),
        ("is anything due while i'm away?", True),
        ("Do you know if the shuttle runs that early?", False),  # "that early": a degree, not the story
        ("who issues those letters?", False),  # names its own thing
        ("is it too late to use the accommodation?", False),  # "it" points nowhere
    ],
)
def test_an_ask_points_back_at_the_story(asked: str, back: bool) -> None:
    assert points_back(asked) is back


@pytest.mark.parametrize(
    ("folder", "now", "question"),
    [
        (
            "data/stat-187-f24",
            "2024-11-20T10:00",
            "Hey so random question, I'm flying to Denver on the 14th for the holidays. Do you know if the campus "
            "shuttle runs before 6 or should I book a cab?",
        ),
        (
            "data/10-605-s24",
            "2024-03-13T14:30",
            "I'm applying for internships next year, but I'm not sure which companies want ML. Could you tell me "
            "which recruiters visit campus this spring?",
        ),
    ],
)
def test_the_scenes_dates_and_words_never_decide_an_ask_about_something_else(
    folder: str, now: str, question: str
) -> None:
    result, shown = reply(course_in(folder), question, now.replace("T", " "))
    assert result.answer.kind in ("unknown", "unsure", "error"), shown


def test_the_story_completes_an_ask_that_points_back_at_it() -> None:
    _, shown = reply(
        course_in("data/stat-187-f24"),
        "hey so i'm planning my thanksgiving travel. my flight home is tuesday nov 26 in the evening and i come back "
        "sunday dec 1. i want to know if i'll miss any lecture and whether anything is due while i'm gone",
        "2024-11-01 15:30",
    )
    assert "Tue Nov 26" in shown, shown
    assert "Sun Dec 1" in shown, shown  # the absence the story told, to its last day


def test_in_a_story_every_sentence_that_does_not_ask_is_the_scene() -> None:
    question = "my flight leaves dec 12. changing it costs $400. can i take the final early?"
    story, _ = story_pieces(question, _pieces)
    assert story == frozenset({0, 1})


def test_an_ask_of_its_own_inside_an_asking_sentence_is_marked() -> None:
    question = "i know ps7 was the last one. is the report next, and is it due at 5 pm or later?"
    story, asking = story_pieces(question, _pieces)
    assert story == frozenset({0})
    assert asking == frozenset({1, 2})


def test_it_is_what_the_ask_before_named_not_what_the_story_named() -> None:
    _, shown = reply(
        course_in("data/stat-187-f24"),
        "I've had a rough few weeks. I know PS7 was the last problem set. Is the report the last thing before the "
        "final, and when is it due?",
        "2024-12-03 13:30",
    )
    assert "Fri Dec 6" in shown, shown
    assert "PS7" not in shown.split("\n", 2)[0], shown  # the title is not the story's problem set


@pytest.mark.parametrize(
    ("asked", "back"),
    [
        ("is anything due while i'm gone?", True),
        ("what would i miss if i do that?", True),
        ("will i make it to the plenary that day?", True),
        ("is that a thing in this class?", False),
        ("who decides?", False),
    ],
)
def test_an_ask_names_the_storys_time_by_reference(asked: str, back: bool) -> None:
    assert points_back_in_time(asked) is back


@pytest.mark.parametrize(
    ("folder", "now", "question"),
    [
        (
            "data/stat-187-f24",
            "2024-11-20T10:00",
            "my dad keeps asking whether i could switch to pass/fail if my job in december gets crazy. is that a thing "
            "in this class?",
        ),
        (
            "tests/fixtures/courses/chem-1310-s26",
            "2026-03-04T14:00",
            "my aunt wants to know if i could get an incomplete if my knee surgery in april goes wrong. is that a "
            "thing here and who decides?",
        ),
    ],
)
def test_the_storys_month_does_not_make_an_ask_about_the_schedule(folder: str, now: str, question: str) -> None:
    result, shown = reply(course_in(folder), question, now.replace("T", " "))
    assert result.answer.kind in ("unknown", "unsure", "error"), shown
    assert "Schedule" not in shown.splitlines()[0], shown


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("how do i contest my grade, im sure they didnt count my last answer", True),
        ("how do i contest my grade, my friend said they only count the best ones", False),  # heard: to be checked
        ("i bombed quiz 2, does the lowest count", False),  # the word is in the asking piece
        ("they didnt count my answer", False),  # nothing else asks
        ("how do i contest my grade", False),  # the word is nowhere
    ],
)
def test_a_word_only_in_the_pieces_that_tell(question: str, told: bool) -> None:
    """Whether the counting words lie only in comma-pieces that tell, while another piece asks."""
    from bot.understand.question.asked_in_story import only_told

    assert only_told(question, lambda piece: "count" in piece) is told
