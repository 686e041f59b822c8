"""The intents a recognizer reads from the student's own words, each with its slots: the table scores them like any
other (their feature is their name) and bot.understand.handle_situations answers them.

The recognizers read the question as typed, not respelled: "is 10-405 the same as 10-605" compares course numbers
that respelling turns into "this course".
"""

from __future__ import annotations

import datetime as dt

from bot.course.model import Course
from bot.understand.course_itself import asked_of_course
from bot.understand.exam_situations import exam_situation
from bot.understand.held_in import held_in_question
from bot.understand.reading import Reading
from bot.understand.result import Slots
from bot.understand.still_open import open_item

RECOGNIZED = ("course_itself", "exam_situation", "still_open", "held_in")


def recognized(course: Course, said: str, reading: Reading, now: dt.datetime) -> dict[str, Slots]:
    """Each recognized intent with its slots, for the part of the question `said` (as typed) that `reading` read."""
    found: dict[str, Slots] = {}
    asked = asked_of_course(course, said)
    if asked is not None:  # "what programming language does the class use": the course, not a thing in it
        found["course_itself"] = {"asked": asked, "_question": said}
    if exam_situation(course, said, now) is not None:  # "i was sick during the midterm"
        exams = reading.ids("exam")
        found["exam_situation"] = {"exam": exams[0] if exams else None, "_question": said}
    item = open_item(course, said)
    if item is not None:  # "is the registration still open"
        found["still_open"] = {"assignments": (item,)}
    if held_in_question(course, said) is not None:  # "which sections are in Halvorsen Hall 70"
        places = reading.ids("place")
        found["held_in"] = {"place": places[0] if places else None, "_question": said}
    return found
