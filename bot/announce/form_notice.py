"""When students hear of a conflict form's link that staff just set: the next planned notice about that exam's form
(the opening notice, or the last call when the opening notice already went out without the link), or why none will."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from bot.announce.planner import planned
from bot.announce.server_setup import GuildSetup
from bot.core.answer import Stamp, Text, text
from bot.course.model import Course, Exam

TELL_NOW = "students find it with /exam info and /ask; /announce add can tell the class now"


def form_notice_line(
    course: Course, setup: GuildSetup, exam: Exam, form_urls: Mapping[str, str], now: dt.datetime
) -> Text:
    """One line for the staff member who set the link: exactly when the class channel will carry it."""
    if setup.channel_id is None:
        return text(f"Announcements are not set up in this server, so no notice will post it: {TELL_NOW}.")
    if "conflict_form" not in setup.kinds:
        return text(f"Exam-conflict form announcements are off in this server: {TELL_NOW}.")
    end = course.at(exam.date, dt.time(0, 0)) + dt.timedelta(days=1)
    start = min(now, course.at(course.term_first, dt.time(0, 0))) - dt.timedelta(days=366)
    group = f"conflict-form:{exam.id}"
    mine = [
        item
        for item in planned(course, setup.announce_config(), start, end, form_urls=form_urls).items
        if item.group == group or item.group.startswith(f"{group}:")  # one per audience (section)
    ]
    ahead = [item for item in mine if item.at >= now]
    if not ahead:
        return text(f"No notice about this form is still planned (its last call has passed): {TELL_NOW}.")
    first = ahead[0]
    if f"{group}:open" in first.key:
        return text("The class channel gets this link with the form's opening notice, ", Stamp(first.at, "F"), ".")
    missed = any(f"{group}:open" in item.key for item in mine if item.at < now)
    why = " (the opening notice was due before the link was set)" if missed else ""
    return text(f"The class channel gets this link with the last call for conflicts{why}, ", Stamp(first.at, "F"), ".")
