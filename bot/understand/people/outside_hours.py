"""Meeting a member of staff outside their office hours ("can i meet villasenor outside his office hours", "i cant
make any of kealoha's office hours, can i meet her some other time", "does dr okafor take appointments").

The student sees Yes (to a yes/no question) and how, when the course says that person sees students by appointment
(their `appointments`: "Email to set up a time outside office hours."), then their regular hours; when it says nothing
of it, that whether they meet students at other times is not on the course page, where to ask, and their regular
hours: never a Yes from their hours alone, nor the class meetings they teach.
"""

from __future__ import annotations

import re

from bot.answers.office_hours import by_appointment_lines, weekly_line
from bot.core.answer import Answer, text
from bot.course.model import Course, Person
from bot.understand.answering import replies
from bot.understand.people.hours_by_arrangement import meeting_said
from bot.understand.question.reading import Reading

NEEDS = frozenset(
    {"outside", "other", "another", "different", "appointment", "appointments", "appt", "appts", "book", "arrange"}
)

# Another time than their hours: "outside (of) his office hours", "some other time", "a different day", "by
# appointment", "make an appointment"; "other" and "different" only with a verb of meeting someone.
_OUTSIDE = re.compile(r"\boutside\s+(?:of\s+)?(?:[\w']+\s+){0,3}?(?:hours?|oh|ohs|times?)\b")
_APPOINTMENT = re.compile(r"\bappointments?\b|\bappts?\b")
_OTHER_TIME = re.compile(r"\b(?:(?:some|any|an)\s*other|another|a\s+different|other)\s+(?:time|times|day|days)\b")
_WITHOUT_APPOINTMENT = re.compile(r"\b(?:without|w/o|no)\s+(?:an?\s+|making\s+an?\s+)?(?:appointments?|appts?)\b")
# "how do i book a time w dr x", "can i arrange a meeting with her": an appointment in other words
_BOOK_TIME = re.compile(r"\b(?:book|arrange)\s+(?:a\s+|an\s+)?(?:time|slot|meeting|chat|call)\b")
_MEET = re.compile(r"\b(?:meet|see|talk|chat|speak|visit|catch|come\s+by|stop\s+by|drop\s+by)\b")


def outside_hours_asked(course: Course, said: str, reading: Reading) -> str | None:
    """The one person asked to be met at another time than their regular hours, else None."""
    lowered = " ".join(said.lower().split())
    other = _OTHER_TIME.search(lowered) and _MEET.search(lowered)
    if not (_OUTSIDE.search(lowered) or _APPOINTMENT.search(lowered) or _BOOK_TIME.search(lowered) or other):
        return None
    if _WITHOUT_APPOINTMENT.search(lowered):
        return None  # "can i stop by without an appointment": coming by unbooked, not booking another time
    people = reading.ids("person")
    if not people and len(roles := reading.ids("role")) == 1:
        people = [p.id for p in course.people if p.role == roles[0]]  # "can i meet the instructor some other time"
    if len(people) != 1 or reading.ids("exam") or reading.ids("assignment"):
        return None  # several people, or a time of an exam or a piece of work ("outside exam hours")
    who = course.person(people[0])
    return who.id if who is not None and (who.office_hours or who.appointments) else None


def outside_hours_answer(course: Course, who: Person, yes_no: bool) -> Answer:
    """Yes and how, when the person sees students by appointment; else that the page does not say, with their hours."""
    hours = course.help_hours.in_text
    regular = [weekly_line(who, slot, course) for slot in who.office_hours]
    title = f"{who.name}: outside {hours}"
    if who.appointments:
        first, *rest = by_appointment_lines(course, who)
        answer = Answer(title=title, lines=(*rest, *regular))
        return replies.verdict(answer, True, first) if yes_no else Answer(title=title, lines=(first, *answer.lines))
    said = meeting_said(course, who)
    if said:
        quoted = " ".join(said)
        return Answer(title=title, lines=(text(f"The course page says: “{quoted}”"), *regular))
    where = replies.where_to_ask(course)
    unknown = text(f"Whether {who.name} meets students outside their {hours} is {replies.NOT_ON_PAGE}; {where}.")
    shown = (text(f"Their {hours}:"), *regular) if regular else ()
    return Answer(title=title, lines=(unknown, *shown), kind="unknown")
