"""Who someone is, or where their office is, asked of a course rule ("who are the class reps for this unit", "where
is the course coordinator's office"): the rule the question reads as tells how to reach them, but unless it names a
person (or gives a room) it does not answer what was asked. The student sees first that the course page does not
name them (or give the office), and where to ask, then what the rule does say (never a confident card)."""

from __future__ import annotations

import re

from bot.core.answer import Answer
from bot.course.model import Course
from bot.understand.about_course.asked_price import not_given, said_in

# "so who's the", "where are our": the opening both questions share, before what is asked of
_OPENING = r"^\W*(?:(?:so|and|but|ok|okay|hey|hi)\W+)?"
_IS_THE = r"(?:\s+is|\s+are|'s|s|\s+r)\s+(?:the|our|my)\s+"
# "who are the class reps", "who's our course coordinator for this unit": the identity of someone the course names by
# a title ("who is eligible", "who do i ask" ask a rule, not a name); "where is the course coordinator's office",
# "where's the lab manager's room": a room asked of someone.
_WHO_IS_THE = re.compile(rf"{_OPENING}who{_IS_THE}[a-z][a-z' -]*\??\W*$", re.IGNORECASE)
_WHERE_OFFICE = re.compile(rf"{_OPENING}where{_IS_THE}[a-z][a-z' -]*?\b(?:office|offices|room)\b", re.IGNORECASE)
# A person as pages name one: a title and a name ("Dr. Odhiambo", "Prof Lee"). An email address is how to reach
# someone, not who they are: it is still shown, under the plain "doesn't name them".
_TITLED = re.compile(r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+[A-Z][a-z]")
# A room as pages give one: "Room 214", "Block B 3.12", "Kōwhai Building LT1", "office 4.05".
_ROOM = re.compile(
    r"\b(?:room|rm|office|suite|block|building|hall|wing|floor|level)\.?\s+[A-Z]?\d|\b\d+[.-]\d+\b"
    r"|\b[A-Z][\w-]+\s+(?:Building|Hall|House|Centre|Center|Block|Wing)\b",
    re.IGNORECASE,
)


def gives_room(said: str) -> bool:
    """Whether the words give a room ("Room 214", "Kessler Hall 315", "office 4.05")."""
    return _ROOM.search(said) is not None


def asks_who_or_office(question: str) -> bool:
    """Whether the question asks who someone the course names by a title is, or where their office is."""
    return bool(_WHO_IS_THE.match(question) or _WHERE_OFFICE.match(question))


def unnamed_person(course: Course, question: str, intent: str, answer: Answer, where: str) -> Answer:
    """The answer, or when a course rule (a policy's card) answers "who are the <title>" naming no one, or "where is
    the <title>'s office" giving no room, that card after a plain "the course page doesn't name them" (kind
    unknown, no Yes or No of its own)."""
    if intent != "policy" or answer.kind != "info":
        return answer
    said = said_in(answer)
    if _WHO_IS_THE.match(question) and not _names_someone(course, said):
        return not_given(answer, f"The course page doesn't name them; {where}. What it does say:")
    if _WHERE_OFFICE.match(question) and not _ROOM.search(said):
        return not_given(answer, f"The course page doesn't give that office; {where}. What it does say:")
    return answer


def _names_someone(course: Course, said: str) -> bool:
    """Whether the words name a person: a titled name, or a word of a staff member's name ("the Head TAs (Steph or
    Jacob)")."""
    if _TITLED.search(said):
        return True
    held = set(re.findall(r"[A-Z][\w'-]+", said))
    return any(part in held for p in course.people for part in p.name.split() if len(part) > 2)
