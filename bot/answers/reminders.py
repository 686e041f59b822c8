"""What a student sees after /remind me, /remind list and /remind stop: their choice in words, and, when they also
have DM reminders from other servers, which course each reply is about and where to manage the others."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.answer import Answer, text
from bot.course.model import Course


@dataclass(frozen=True)
class ReminderWords:
    """A student's reminder choice in words, as bot.announce words it (kinds: "deadline reminders, exam
    reminders"; offsets: "48h, 24h, 2h"; meaning: when reminders of whole days go out)."""

    kinds: str
    offsets: str
    meaning: str = ""


def reminders_on_answer(words: ReminderWords) -> Answer:
    """The confirmation of /remind me: what the student will be DMed, how long before, and how to stop."""
    return Answer(
        title="Reminders on",
        lines=(
            text(f"I'll DM you: {words.kinds}; deadline reminders {words.offsets} before each due time."),
            text(words.meaning),
            text("Make sure DMs from server members are allowed. /remind stop turns this off."),
        ),
        ephemeral=True,
    )


def reminder_list_answer(course: Course, words: ReminderWords | None, section: str | None, elsewhere: int) -> Answer:
    """A student's reminder settings on this server (None: they have none), for their section when they chose one;
    with reminders from `elsewhere` other servers too, the course is named and the others pointed to."""
    if words is None:
        answer = Answer(
            title="No reminders", lines=(text(f"You have no DM reminders{_here(course, elsewhere)}. Try /remind me."),)
        )
    else:
        for_section = f" for {course.section_label(section)}" if section else ""
        answer = Answer(
            title="Your reminders",
            lines=(
                *((text(f"For {course.title} (this server)."),) if elsewhere else ()),
                text(f"{words.kinds.capitalize()}{for_section}; deadline reminders {words.offsets} before."),
            ),
        )
    if elsewhere:
        answer = answer.with_lines(text(_others(elsewhere) + ": each DM names its course; /remind list there."))
    return answer


def reminders_stopped_answer(course: Course, removed: bool, elsewhere: int) -> Answer:
    """/remind stop: stopped (or there were none) on this server, the course named when reminders from `elsewhere`
    other servers go on, and how to stop those."""
    here = _here(course, elsewhere)
    lines = [text(f"Reminders{here} stopped." if removed else f"You had no reminders{here}.")]
    if elsewhere:
        lines.append(text(_others(elsewhere) + " go on; /remind stop there stops them."))
    return Answer(title="Reminders", lines=tuple(lines))


def _here(course: Course, elsewhere: int) -> str:
    """The course a reply is about, named when the student has reminders from other servers too."""
    return f" for {course.title}" if elsewhere else ""


def _others(elsewhere: int) -> str:
    return f"Your reminders from {elsewhere} other server{'s' if elsewhere > 1 else ''}"
