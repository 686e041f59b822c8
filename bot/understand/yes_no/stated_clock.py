"""Yes or No on whether a thing starts or ends at a clock time the student names ("does lecture start at 11", "is lab
over at 5pm", "is group b tutorial at 4:15", which asks its start) when the answer is that thing's card (its title
names it) and every time range it shows agrees on that end: the student sees Yes or No and the time the card gives
("Tuesdays and Thursdays 11:00 AM – 12:20 PM"). A bare hour ("at 11") is read on the card's clock, AM or PM. Left
alone: a card whose ranges differ (sections at different times), a card about something else, and a question that
names no clock time, or asks of one day's meeting ("is lecture on thanksgiving at 11")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from bot.understand.meetings.meeting_at_clock import same_clock
from bot.understand.page_evidence.knowledge import stem
from bot.understand.times.calendar_words import DAY_NAMES, MONTH_NAMES, alternation
from bot.understand.times.edge_words import EDGES, STARTING
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import STOPWORDS

# "does lecture start at 11", "will the lab end at 4:30pm", "is tutorial over at 5": the thing, which end, the clock
# ("over by 5" asks a bound, not the time, and is left alone)
# ("is group b tutorial at 4:15": "at" alone asks when it starts)
_ASKS_CLOCK = re.compile(
    rf"^\W*(?:(?:does|do|will|would|is|are)\s+(?P<thing>.+?)\s+(?P<edge>{EDGES})"
    r"|(?:is|are)\s+(?P<at_thing>.+?))\s+at\s+(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*"
    r"(?P<meridiem>[ap]\.?m\.?)?\s*[?.!]*\s*$"
)
# The thing told by a day, a span or another thing ("lecture on thanksgiving", "the lab during reading week", "lecture
# on the day of the midterm", "tomorrow's lecture"): that day's meeting, which the card's weekly times do not settle
_ONE_DAYS = re.compile(
    r"\b(?:on|during|after|before|over|this|next|last|day|days|week|weeks|break|today|tonight|tomorrow|yesterday|"
    rf"{alternation(DAY_NAMES)}|{alternation(MONTH_NAMES)})\b|\d+(?:st|nd|rd|th)\b|\d+/\d+"
)
# Words that turn the question round ("is lecture not at 11")
_TURNED = frozenset({"not", "never", "no", "isnt", "arent", "doesnt", "dont", "wont", "t"})
# Stop words that pick one meeting out of the card's ("this lecture")
_ONE_MEETING = frozenset({"this", "that"})
# Words naming a section, never the thing ("group b tutorial", "section 2 lab")
_GROUP_WORDS = frozenset({"group", "section", "sec", "sect"})
# A time range as the cards show it: "11:00 AM – 12:20 PM"
_RANGE = re.compile(r"\b(\d{1,2}):(\d{2})\s*([AP]M)\s*[–-]\s*(\d{1,2}):(\d{2})\s*([AP]M)")


def _clock(hour: str, minute: str, meridiem: str) -> tuple[int, int]:
    """A card's clock as (hour 0-23, minute)."""
    return int(hour) % 12 + (12 if meridiem.upper() == "PM" else 0), int(minute)


def clock_verdict(question: str, title: str, shown: Iterable[str]) -> tuple[bool, str] | None:
    """(Yes or No, the card's time) when the question asks whether a thing starts or ends at a clock time, the
    card's `title` names that thing, and every range the card's lines `shown` give has one such end; None
    otherwise."""
    asked = _ASKS_CLOCK.match(" ".join(question.lower().replace("’", "'").split()))
    if asked is None:
        return None
    thing = asked.group("thing") or asked.group("at_thing")
    if _ONE_DAYS.search(thing) or not _names_thing(thing, title):
        return None
    starts = asked.group("edge") is None or asked.group("edge") in STARTING
    ends: set[tuple[int, int]] = set()
    lines: list[str] = []
    for line in shown:
        for found in _RANGE.finditer(line):
            ends.add(_clock(*found.group(1, 2, 3)) if starts else _clock(*found.group(4, 5, 6)))
            lines.append(line)
    if len(ends) != 1:
        return None
    (hour, minute), line = ends.pop(), lines[0]
    meridiem = (asked.group("meridiem") or "").replace(".", "")
    typed = int(asked.group("hour")), int(asked.group("minute") or 0)
    if meridiem:
        same = _clock(str(typed[0]), str(typed[1]), meridiem) == (hour, minute)
    else:
        same = typed[0] < 24 and typed[1] < 60 and same_clock(dt.time(hour, minute), dt.time(*typed))
    said = f"{hour % 12 or 12}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"
    word = "starts" if starts else "ends"
    return same, f"it {word} at {said} ({_plain(line)})."


def _names_thing(thing: str, title: str) -> bool:
    """Whether the thing asked ("the lecture", "group b tutorial") is the card's ("Lectures", "Tutorial B"): a word of
    it is a word of the title and no other word narrows it to one meeting or another thing ("the final lecture",
    "the midterm review", "lecture on thursday", "the lecture quiz"), nor does a "not" turn the question round."""
    tokens = phrase_key(thing)
    if _TURNED.intersection(tokens):
        return False
    named = {stem(w) for w in phrase_key(title)}
    asked = [w for w in tokens if w not in STOPWORDS or w in _ONE_MEETING]
    return bool(asked) and any(stem(w) in named for w in asked) and all(_names_card(w, named) for w in asked)


def _names_card(word: str, named: set[str]) -> bool:
    """Whether a word of the thing asked is one of the card's title or a group's letter or number ("group b")."""
    return stem(word) in named or word in _GROUP_WORDS or len(word) <= 2


def _plain(line: str) -> str:
    """A card's line without its bold marks."""
    return line.replace("**", "").strip().rstrip(".")
