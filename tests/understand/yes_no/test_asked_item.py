"""The guard before a believed day or room is checked: the card is surely about the one thing the question names
(near-miss names, a second thing named, a word left over, two sections)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.course.meetings import Meeting, MeetingKind
from bot.course.model import Assignment, Course, Exam, ExamRoom
from bot.understand.question.reading import Mention
from bot.understand.yes_no.asked_item import (
    CardItem,
    card_item,
    held_alike,
    next_due_item,
    surely_about,
    surely_next_of,
)
from tests.understand.conftest import course_in

DUE = dt.datetime(2027, 3, 5, 23, 59, tzinfo=dt.UTC)
FIRST, LAST = dt.date(2027, 1, 11), dt.date(2027, 4, 30)


def _work(work_id: str, title: str, short: str) -> Assignment:
    return Assignment(work_id, title, short, "homework", DUE, aliases=(title.lower(),))


def _meeting(meeting_id: str, kind: str, weekday: int, section: str | None = None, room: str = "") -> Meeting:
    return Meeting(meeting_id, kind, (weekday,), dt.time(14), dt.time(15), FIRST, LAST, room=room, section=section)


@pytest.fixture(scope="module")
def course() -> Course:
    """An invented course: a quiz and its retake, a lab meeting and a lab report, a tutorial two groups hold at
    different times, a midterm in two rooms."""
    base = course_in("data/stat-187-f24")
    return replace(
        base,
        assignments=(
            _work("quiz2", "Quiz 2", "Quiz 2"),
            _work("quiz2-retake", "Quiz 2 retake", "Quiz 2 retake"),
            _work("lab3-report", "Lab 3 report", "Lab 3 report"),
            _work("essay1", "Essay 1", "Essay 1"),
        ),
        meeting_kinds=(
            MeetingKind("lab", "Lab", "Labs"),
            MeetingKind("tutorial", "Tutorial", "Tutorials", aliases=("tut",)),
            MeetingKind("lecture", "Lecture", "Lectures"),
        ),
        meetings=(
            _meeting("lab", "lab", 3, room="Room 12"),
            _meeting("tut-a", "tutorial", 1, "A", "Room 3"),
            _meeting("tut-b", "tutorial", 2, "B", "Room 4"),
            _meeting("lecture", "lecture", 0, room="Hall 1"),
        ),
        exams=(
            Exam("midterm", "Midterm", dt.date(2027, 3, 3), rooms=(ExamRoom("Hall 1", ("A",)), ExamRoom("Hall 2"))),
        ),
    )


def mention(kind: str, item: str, start: int, end: int, relation: str = "") -> Mention:
    return Mention(kind, (item,), start, end, relation=relation)


QUIZ2 = CardItem("assignment", "quiz2")
RETAKE = CardItem("assignment", "quiz2-retake")
REPORT = CardItem("assignment", "lab3-report")
LAB = CardItem("kind", "lab")
TUTORIAL = CardItem("kind", "tutorial")


@pytest.mark.parametrize(
    ("tokens", "mentions", "item", "title", "sure"),
    [
        # "next lab is thursday right?": the lab named, nothing else
        ("next lab is right", [mention("kind", "lab", 1, 2)], LAB, "Next lab", True),
        # "is quiz 2 due friday": its whole name, though "Quiz 2 retake" is on the page too
        ("is quiz 2 due", [mention("assignment", "quiz2", 1, 3)], QUIZ2, "Quiz 2", True),
        # "quiz 2" read as the retake: the words are all of Quiz 2's name, not the retake's whole one
        ("is quiz 2 due", [mention("assignment", "quiz2-retake", 1, 3)], RETAKE, "Quiz 2 retake", False),
        # "is the quiz 2 retake due friday" read as Quiz 2: "retake" is left over
        ("is the quiz 2 retake due", [mention("assignment", "quiz2", 2, 4)], QUIZ2, "Quiz 2", False),
        # "is lab 3 on thursday" read as the lab report: no due day asked, and "lab 3" is not its whole name
        ("is lab 3 on", [mention("assignment", "lab3-report", 1, 3)], REPORT, "Lab 3 report", False),
        # "is lab 3 due thursday": the report's due day, asked by a short name no other thing holds
        ("is lab 3 due", [mention("assignment", "lab3-report", 1, 3)], REPORT, "Lab 3 report", True),
        # "is the lab 3 report on thursday" answered with the lab meeting: "3" and "report" are left over
        (
            "is the lab 3 report on",
            [mention("kind", "lab", 2, 3), mention("assignment", "lab3-report", 2, 5)],
            LAB,
            "Next lab",
            False,
        ),
        # "is the lab review on friday": a word that may name what is really asked
        ("is the lab review on", [mention("kind", "lab", 2, 3)], LAB, "Next lab", False),
        # "is essay 1 due the day after the midterm": a second thing named
        (
            "is essay 1 due the day after the midterm",
            [mention("assignment", "essay1", 1, 3), mention("exam", "midterm", 8, 9, "after")],
            CardItem("assignment", "essay1"),
            "Essay 1",
            False,
        ),
        # the reading named one thing, the card shows another
        ("is quiz 2 due", [mention("assignment", "quiz2", 1, 3)], QUIZ2, "Essay 1", False),
        # "is my tutorial on tuesday": two groups hold it at different times, none named
        ("is my tutorial on", [mention("kind", "tutorial", 2, 3)], TUTORIAL, "Next tutorial", False),
        # "im in group b, is my next tutorial on wednesday": the group named
        (
            "im in group b is my next tutorial on",
            [mention("section", "B", 3, 4), mention("kind", "tutorial", 7, 8)],
            CardItem("kind", "tutorial", "B"),
            "Next tutorial",
            True,
        ),
        # the same words read as two things ("final": an exam, or a piece of work)
        (
            "is the lab on",
            [mention("kind", "lab", 2, 3), mention("assignment", "lab3-report", 2, 3)],
            LAB,
            "Next lab",
            False,
        ),
    ],
)
def test_surely_about(course: Course, tokens: str, mentions: list[Mention], item: CardItem, title: str, sure: bool):
    """The card is taken as the asked thing's only when nothing else could be what is asked."""
    assert surely_about(course, tokens.split(), mentions, item, title) is sure


def test_room_of_an_exam_in_several_rooms_needs_the_section(course: Course):
    """ "is the midterm in hall 2": written in two rooms, so unsure whose; its day is everyone's."""
    tokens, found = ["is", "the", "midterm", "in", "hall", "2"], [mention("exam", "midterm", 2, 3)]
    midterm = CardItem("exam", "midterm")
    assert not surely_about(course, tokens, found, midterm, "Midterm", {"hall", "2"}, place=True)
    assert surely_about(course, tokens[:3], found, midterm, "Midterm")


def test_claimed_words_are_read_by_the_check(course: Course):
    """ "next lab starts at 2 right": the bare hour is the claim's, not a word left over."""
    tokens, found = ["next", "lab", "starts", "at", "2", "right"], [mention("kind", "lab", 1, 2)]
    assert not surely_about(course, tokens, found, LAB, "Next lab")
    assert surely_about(course, tokens, found, LAB, "Next lab", {"2"})


@pytest.mark.parametrize(
    ("intent", "slots", "item"),
    [
        ("assignment_due", {"assignments": ("essay1",)}, CardItem("assignment", "essay1")),
        ("assignment_due", {"assignments": ("essay1", "quiz2")}, None),
        ("next_class", {"kind": "lab", "section": None}, LAB),
        (
            "course_fact",
            {"fact": "meeting_place", "kind": "tutorial", "section": "B"},
            CardItem("kind", "tutorial", "B"),
        ),
        ("exam", {"exam": "midterm", "section": None}, CardItem("exam", "midterm")),
        ("policy", {"policy": "late"}, None),
    ],
)
def test_card_item(intent: str, slots: dict, item: CardItem | None):
    """The one thing a reading's card is about, or None for several or another kind of card."""
    assert card_item(intent, slots) == item


def test_held_alike(course: Course):
    """A meeting no section holds its own, or all in one room, is everyone's; two groups in two rooms are not."""
    assert held_alike(course, "lecture")
    assert held_alike(course, "lab", place=True)
    assert not held_alike(course, "tutorial")
    assert not held_alike(course, "tutorial", place=True)
    same_room = replace(course, meetings=tuple(replace(m, room="Room 3") for m in course.meetings))
    assert held_alike(same_room, "tutorial", place=True)
    assert not held_alike(same_room, "tutorial")


SERIES = ("quiz2", "quiz2-retake")


@pytest.mark.parametrize(
    ("shown", "item"),
    [
        (["Quiz 2"], CardItem("assignment", "quiz2")),
        (["Quiz 2", "Quiz 2 retake"], None),  # two of the series due the same day: no one item
        (["Essay 1"], None),  # work outside the series the question names
        ([], None),
    ],
)
def test_next_due_item(course: Course, shown: list[str], item: CardItem | None):
    assert next_due_item(course, "next_due", {"series": SERIES}, shown) == item
    assert next_due_item(course, "assignment_due", {"series": SERIES}, shown[:1]) is None


@pytest.mark.parametrize(
    ("tokens", "mentions", "series", "sure"),
    [
        ("so the next quiz is due right", [Mention("series", ("quiz",), 3, 4)], SERIES, True),
        (
            "the next lab report is due right",
            [Mention("series", ("lab report",), 2, 4), mention("kind", "lab", 2, 3)],
            ("lab3-report",),
            True,
        ),
        ("the quiz is due right", [Mention("series", ("quiz",), 1, 2)], SERIES, False),  # no "next"
        ("the next quiz retake is due right", [Mention("series", ("quiz",), 2, 3)], SERIES, False),  # a word left over
        (
            "next quiz and essay 1 due right",
            [Mention("series", ("quiz",), 1, 2), mention("assignment", "essay1", 4, 6)],
            SERIES,
            False,
        ),  # another thing named
        ("the next quiz is due right", [Mention("series", ("quiz",), 2, 3)], ("quiz2",), False),  # "Quiz 2 retake" too
    ],
)
def test_surely_next_of(course: Course, tokens: str, mentions: list[Mention], series: tuple[str, ...], sure: bool):
    assert surely_next_of(course, tokens.split(), mentions, series) is sure
