"""The intents a recognizer reads from the student's own words, each with its slots: the table scores them like any
other (their feature is their name) and bot.understand.handle_situations answers them.

The recognizers read the question as typed, not respelled: a question comparing the course's cross-listed numbers
names numbers that respelling turns into "this course".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.course.model import Course
from bot.understand.beyond_the_page import asks_advice
from bot.understand.comparisons import comparison, may_compare
from bot.understand.course_itself import asked_of_course
from bot.understand.exam_situations import exam_situation
from bot.understand.existence import missing_rule_subject, missing_sessions
from bot.understand.held_in import held_in_question
from bot.understand.private_contact import private_contact_answer, private_way
from bot.understand.reading import Reading
from bot.understand.result import Slots
from bot.understand.still_open import open_item

RECOGNIZED = (
    *("course_itself", "exam_situation", "still_open", "held_in"),
    *("missing_session", "missing_rule", "advice_asked", "compared", "private_contact"),
)


def recognized(
    course: Course,
    said: str,
    reading: Reading,
    now: dt.datetime,
    *,
    holds: Callable[[str], bool],
    read: Callable[[str], Reading],
) -> dict[str, Slots]:
    """Each recognized intent with its slots, for the part of the question `said` (as typed) that `reading` read.
    `holds` says whether any text of the course holds a word; `read` reads a text at the same moment."""
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
    sessions = missing_sessions(holds, said)
    if sessions:  # "is there a mock exam or revision session": a kind of session no text of the course names
        found["missing_session"] = {"sessions": sessions}
    subject = missing_rule_subject(holds, said)
    if subject is not None:  # "i have a disability letter for extra time": a rule the course has nothing on
        found["missing_rule"] = {"subject": subject}
    if asks_advice(said):  # "what should i write my essay on"
        found["advice_asked"] = {}
    way = private_way(said)
    if way is not None and private_contact_answer(course, way) is not None:
        found["private_contact"] = {"way": way}  # "can i just dm the tutor my questions": where questions go
    compares = comparison(course, said, read) if may_compare(reading.text) else None
    if compares is not None:  # "is hw4b due the same day hw5 comes out", "which comes first"
        found["compared"] = {"things": compares.things, "how": compares.how, "_comparison": compares}
    return found
