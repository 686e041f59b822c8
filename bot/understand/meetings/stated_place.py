"""A yes/no question that states a place ("is the final in redwood hall 1", "is lecture in halvorsen 100 tomorrow"),
perhaps with a time ("… at 9am"): Yes or No from the place the answer gives, and No when the time stated differs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.core.answer import Answer
from bot.course.model import Course
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked
from bot.understand.question.result import Slots
from bot.understand.words.lexicon import course_places
from bot.understand.words.normalize import phrase_key
from bot.understand.yes_no.asked_item import held_alike


def stated_place(handler: Callable[[Asked, Slots], Answer], asked: Asked, slots: Slots) -> Answer:
    """The handler's answer with a Yes or No on the place stated (slot `_place`); when a time is stated too and the
    handler, asked about it alone, says No, the answer is No with both reasons."""
    if _names_a_kind(asked.course, slots["_place"]):
        # "is there studio on thursday": the word is the kind of meeting asked about, not one of its rooms
        return handler(asked, {**slots, "_place": None})
    kind = slots.get("kind")
    if (
        isinstance(kind, str)
        and not (slots.get("section") or asked.section)
        and not held_alike(asked.course, kind, place=True)
    ):
        # "is my discussion in hall 70" when each section meets in its own room and none is named: the card shown
        # is one section's, perhaps not the student's, so it settles no Yes or No
        return handler(asked, {**slots, "_place": None})
    answer = handler(replace(asked, yes_no=False), slots)
    placed = place_verdict(asked.course, answer, slots["_place"], asked.question)
    timed = slots.get("_at") is not None or slots.get("time") is not None
    if placed is not answer and timed:
        plain = handler(asked, {**slots, "_place": None})
        if replies.opening_verdict(plain) is False:
            return replies.verdict(answer, False, (*_reason(placed), " ", *_reason(plain)))
    elif placed is not answer and slots.get("kind") not in (None, "class") and slots.get("date") is not None:
        # "is the lecture tomorrow in eb 222" when no lecture meets tomorrow: the rooms shown are other meetings'
        plain = handler(asked, {**slots, "_place": None})
        if replies.opening_verdict(plain) is False and not slots.get("negated"):
            return plain
    return placed


def _names_a_kind(course: Course, place: str) -> bool:
    """Whether the place's words are all a meeting kind's own words ("studio" of "Studio day", "lab" of "Lab") or
    those of one name of the help hours ("hot seat")."""
    words = set(phrase_key(place))
    kinds = [set(phrase_key(" ".join((k.id, k.name, k.plural, *k.aliases)))) for k in course.meeting_kinds]
    # "is the hot seat open": the course's name for its help hours, even where its place is named after them
    hours = course.help_hours
    kinds += [set(phrase_key(name)) for name in (hours.name, hours.plural, *hours.aliases)]
    return bool(words) and any(words <= k for k in kinds)


def place_verdict(course: Course, answer: Answer, place: str, question: str = "") -> Answer:
    """ "is the final in redwood hall", "is lecture in halvorsen 100 tomorrow": Yes when the answer's place is the
    one asked about; none when the answer names no place of the course."""
    card = " ".join(str(s) for line in (*answer.lines, *(x for f in answer.fields for x in f.lines)) for s in line)
    # A move's reason names the room left ("Kilohana Hall 214 closed for floor repairs"): where the meeting is not.
    for reason in {c.reason for c in course.meeting_changes if c.kind == "move" and c.reason}:
        card = card.replace(reason, " ")
    said = phrase_key(card)
    # A place is shown when its words stand together, not when they are scattered over the card ("room", "3 working
    # days", "law school office" are not "Room 3.12, Law School").
    shown = [p for p in course_places(course) if stands_in(phrase_key(p), said)]
    asked = set(phrase_key(place))
    matching = [p for p in shown if asked <= set(phrase_key(p))]
    code = _code_after(place, question)
    if code:
        # "is the final in redwood hall 2" of Redwood Hall 1, "hume g.14" of Hume Building 2.03: the room's number
        # or code stated decides too
        matching = [p for p in matching if _holds_code(phrase_key(p), code)]
    if matching and len(matching) < len(shown) and _EVERYONE.search(question.lower()):
        # "is the exam in hall 1 for everyone" when rooms go by surname: No, not everyone's, with every room
        return replies.verdict(answer, False, f"not everyone sits there; the rooms: {'; '.join(shown)}.")
    if not shown or (matching and len(matching) < len(shown)):
        return answer  # no place given, or some places are and some are not (rooms by section): no plain answer
    return replies.verdict(answer, bool(matching), f"{', '.join(shown)}.")


def _code_after(place: str, question: str) -> str:
    """The room number or code the question states right after the place's words ("2" of "redwood hall 2", "g14" of
    "hume g.14"), run together, or ""."""
    words = phrase_key(place)
    said = phrase_key(question)
    for i in range(len(said) - len(words)):
        if said[i : i + len(words)] != words:
            continue
        code: list[str] = []
        for j in range(i + len(words), len(said)):
            token, after = said[j], said[j + 1 : j + 2]
            # a token with a digit ("14", "2b"), or a letter of the code right before one ("g" of "g 14")
            if any(c.isdigit() for c in token) or (len(token) == 1 and after and any(c.isdigit() for c in after[0])):
                code.append(token)
            else:
                break
        if code:
            return "".join(code)
    return ""


def _holds_code(place: tuple[str, ...], code: str) -> bool:
    """Whether a place's words hold the code as some of them in a row, run together ("g14" in "hume building g
    14")."""
    return any("".join(place[i:j]) == code for i in range(len(place)) for j in range(i + 1, len(place) + 1))


# "for everyone", "for all of us", "every student", "the whole class": the one room asked of as everyone's
_EVERYONE = re.compile(
    r"\b(?:ev[e]?ry\s*(?:one|body|student|1)|evryone|everyon|all\s+of\s+us|(?:for|with)\s+all\b|the\s+whole\s+class"
    r"|both\s+(?:sections|groups))"
)


def stands_in(place: tuple[str, ...], said: tuple[str, ...]) -> bool:
    """Whether the place's words stand together in the text's ("room 3 12" in "... in room 3 12, law school")."""
    return bool(place) and any(said[i : i + len(place)] == place for i in range(len(said) - len(place) + 1))


def _reason(verdict: Answer) -> tuple:
    """A verdict's reason, without its Yes or No."""
    first, *rest = verdict.lines[0]
    return (re.sub(r"^\*\*(?:Yes|No)\*\*: ", "", str(first)), *rest)
