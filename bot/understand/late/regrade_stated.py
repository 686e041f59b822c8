"""Whether a regrade can still be asked for, from when the student says grades were posted ("hw3 grades got posted 10
days ago, can i still ask for a regrade"), where the bot has no posting date of its own: the course's window counted
from that day; and a window the student states to be checked ("is the regrade window 2 weeks")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from bot.answers.places import on_place
from bot.core.answer import Answer, text
from bot.core.timefmt import human_date
from bot.course.model import Assignment, Course
from bot.course.windows import regrade_closes
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked
from bot.understand.times.time_phrases import NUMBER_WORDS, find_phrases

_POSTED = r"(?:posted|published|released|returned|out|back|up|came\s+out|came\s+back|went\s+up|graded|marked)"
_COUNT = r"(\d+|a|an|one|a\s+couple\s+of|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_AGO = re.compile(rf"\b{_POSTED}\b(?:\s+\w+){{0,3}}?\s+{_COUNT}\s+(days?|weeks?)\s+ago\b")
_ASKS_CLOSED = re.compile(r"\btoo\s+late\b|\bmissed\b|\b(?:is|are)\s+(?:it|they|requests?)\s+(?:closed|over)\b")
_WORDS = re.compile(rf"\b{_POSTED}\b(?:\s+\w+){{0,2}}?\s+(yesterday|today|last\s+week)\b")
# "3 weeks after the marks came out", "10 days after grades were posted": the time since the posting, told before it
_AFTER = re.compile(
    rf"\b{_COUNT}\s+(days?|weeks?)\s+(?:after|since)\s+(?:the\s+|my\s+|our\s+)?"
    rf"(?:marks?|grades?|scores?|results?|feedback)\b(?:\s+\w+){{0,2}}?\s+{_POSTED}\b"
)


def stated_posting(question: str, now: dt.datetime, course: Course) -> dt.datetime | None:
    """The moment the question says grades were posted ("posted 10 days ago", "came out yesterday"), at this time of
    day (the window is counted in whole days), or None when it says nothing of it."""
    lowered = " ".join(question.lower().split())
    local = now.astimezone(course.tz)
    found = _AGO.search(lowered)
    if found is not None:
        word, unit = found.group(1), found.group(2)
        count = 2 if "couple" in word else int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
        days = count * (7 if unit.startswith("week") else 1)
        return course.at(local.date() - dt.timedelta(days=days), local.time())
    found = _WORDS.search(lowered)
    if found is not None:
        days = {"yesterday": 1, "today": 0}.get(found.group(1), 7)
        return course.at(local.date() - dt.timedelta(days=days), local.time())
    return _dated_posting(lowered, now, course)


_POSTED_ON = re.compile(rf"\b{_POSTED}\b")


def _dated_posting(lowered: str, now: dt.datetime, course: Course) -> dt.datetime | None:
    """ "grades were published on March 25": the day named right after the posting word, at this time of day; a day
    still to come is no posting."""
    posted = [m.end() for m in _POSTED_ON.finditer(lowered)]
    if not posted:
        return None
    local = now.astimezone(course.tz)
    for phrase in find_phrases(lowered, now, course, past=True):
        gaps = (lowered[end : phrase.start].strip() for end in posted if end <= phrase.start)
        if phrase.kind == "day" and phrase.first is not None and any(gap in ("", "on", "back on") for gap in gaps):
            return course.at(phrase.first, local.time()) if phrase.first <= local.date() else None
    return None


def stated_since(question: str) -> int | None:
    """The days a question puts between the marks coming out and asking ("3 weeks after the marks came out": 21),
    with no day of its own (a what-if, counted against the window, not the calendar); None when it puts none."""
    found = _AFTER.search(" ".join(question.lower().split()))
    if found is None:
        return None
    word, unit = found.group(1), found.group(2)
    count = 2 if "couple" in word else int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
    return count * (7 if unit.startswith("week") else 1)


def _since_verdict(course: Course, since: int, what: str) -> Answer | None:
    """Yes or No on a regrade asked some days after the marks came out: that span against the course's window."""
    days = course.regrades.window_days
    if not isinstance(days, int):
        return None
    answer = Answer(title="Regrade requests", lines=_window_lines(course))
    if since == days:
        said = text(f"{days} days after {what} came out is the window's last day: ask before that day is over.")
        return replace(answer, lines=(said, *answer.lines))
    span = f"{since} days" if since % 7 else f"{since // 7} week{'s' if since > 7 else ''}"
    inside = "within" if since < days else "past"
    return replies.verdict(answer, since < days, f"{span} after {what} came out is {inside} the {days}-day window.")


def _window_lines(course: Course) -> tuple:
    """The window and the course page's summary of its regrade rule."""
    where = on_place(course.regrades.where)
    lines = [text(f"Regrade requests{where} are open for {course.regrades.window_days} days after grades are posted.")]
    policy = next((p for p in course.policies if any("regrade" in k.lower() for k in p.keywords)), None)
    if policy is not None and policy.summary:
        lines.append(text(f"The course page: {policy.summary}"))
    return tuple(lines)


def regrade_from_stated(asked: Asked, items: Sequence[Assignment]) -> Answer | None:
    """Yes or No on a regrade, counted from the posting day the student states, when the course gives a window and
    the bot has no posting date recorded for the work; None otherwise."""
    course = asked.course
    if any((asked.published or {}).get(a.id) is not None for a in items):
        return None  # the recorded date decides
    what = f"{', '.join(a.short for a in items)} grades" if items else "grades"
    since = stated_since(asked.question)
    if since is not None:
        return _since_verdict(course, since, what)  # "3 weeks after the marks came out": against the window
    posted = stated_posting(asked.question, asked.now, course)
    if posted is None and asked.story and asked.story != asked.question:
        posted = stated_posting(asked.story, asked.now, course)  # "grades were published on march 25. can i still..."
    if posted is None:
        return None
    closes = regrade_closes(course, posted)
    days = course.regrades.window_days
    if closes is None or not isinstance(days, int):
        return None
    answer = Answer(title="Regrade requests", lines=_window_lines(course))
    last, today = closes.astimezone(course.tz).date(), asked.today
    if last == today:
        # posted exactly a window ago: the hour of posting decides, and the student did not give it
        said = text(
            f"Counting from when you say {what} were posted, requests close today ({human_date(today)}), at "
            "the time of day they were posted."
        )
        return replace(answer, lines=(said, *answer.lines))
    verb = "closed on" if last < today else "stay open until"
    said = f"counting from when you say {what} were posted, requests {verb} {human_date(last)}."
    still_open = last > today
    # "is it too late to ask for a regrade": Yes means closed
    return replies.verdict(answer, not still_open if _ASKS_CLOSED.search(asked.question.lower()) else still_open, said)


# "is the regrade window 2 weeks", "do we get a week to ask for a remark": a span stated as the window, not a posting
# told ("3 weeks ago", "2 weeks after"), nor a lateness ("5 days late")
_SPAN = re.compile(rf"\b{_COUNT}\s+(days?|weeks?)\b(?!\s+(?:ago|after|later|since|late|before|back|from\s+now))")
_STILL = re.compile(r"\b(?:still|too\s+late|already)\b|\bor\b")
# the window said by when it closes ("do regrades close after 2 weeks"), a span after which is the window itself
_CLOSES = re.compile(r"\b(?:close[sd]?|shuts?|ends?|expires?|runs?\s+out)\b")
# "can i request a regrade after 3 days", "within a week": a time of asking, inside or past the window, not the window
_WHEN_ASKED = re.compile(
    rf"\b(?:after|past|beyond|over|than|within|in|during)\s+(?:the\s+first\s+|the\s+|a\s+)?{_COUNT}\s+(?:days?|weeks?)\b"
)


def stated_window(question: str) -> int | None:
    """The regrade window in days a yes/no question states to be checked ("is the regrade window 2 weeks": 14), or
    None when it states none, tells of a posting, asks whether it is still open ("can i still ...") or asks of a time
    of asking ("can i request one after 3 days": inside a 7-day window, not a 3-day window)."""
    lowered = " ".join(question.lower().split())
    if _STILL.search(lowered) or _AGO.search(lowered) or (_WHEN_ASKED.search(lowered) and not _CLOSES.search(lowered)):
        return None
    spans = _SPAN.findall(lowered)
    if len(spans) != 1:
        return None
    word, unit = spans[0]
    count = 2 if "couple" in word else int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
    return count * (7 if unit.startswith("week") else 1)
