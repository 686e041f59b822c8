"""When students hear of a conflict form's link that staff just set: the next planned notice about that exam's form
(the opening notice, or the last call when the opening notice already went out without the link), or why none will.

A link set again after a notice already carried the earlier one is a correction: the earlier post stays in the
channel with the old link, so the class is told the right one now (a staff announcement, posted at once), and the
staff member is told exactly that."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from urllib.parse import quote

from bot.announce.planner import planned
from bot.announce.server_setup import GuildSetup
from bot.answers.exams import conflict_form_url
from bot.core.answer import Stamp, Text, text
from bot.core.links import markdown_link
from bot.course.model import Course, Exam

TELL_NOW = "students find it with /exam info and /ask; /announce add can tell the class now"


def form_notices_sent(finished: Mapping[str, tuple[dt.datetime, str]], exam_id: str) -> list[str]:
    """Which of an exam's form notices went out in the class channels ("open", "closing"), from the delivery log's
    finished rows ({key: (claimed at, status)}); students' DM copies are not counted."""
    marker = f"conflict-form:{quote(exam_id, safe='*')}:"
    found = []
    for key, (_, status) in finished.items():
        if status != "sent" or key.startswith("dm:") or marker not in key:
            continue
        what = key.split(marker, 1)[1].split("@", 1)[0].split(":", 1)[0]
        if what not in found:
            found.append(what)
    return found


def correction_message(exam: Exam, link: str) -> str:
    """The staff announcement that corrects a form link an earlier notice gave."""
    return (
        f"Correction: the {exam.title} conflict form link in my earlier notice was wrong. "
        f"The right form is {markdown_link('here', link)}; /exam info has it too."
    )


def correction_due(exam: Exam, earlier_forms: Mapping[str, str], link: str, sent: Collection[str]) -> str | None:
    """The correction the class channel gets now when staff's new link replaces the one a notice already posted there
    (that post stays, with the old link), else None: no notice went out yet, or it carried this very link.
    `earlier_forms`: the links staff had set before this one (the notices carried staff's link, else the course
    data's); `sent`: the exam's form notices that went out (form_notices_sent)."""
    earlier = conflict_form_url(exam, earlier_forms)
    if earlier and earlier != link and sent:
        return correction_message(exam, link)
    return None


def correction_line(sent: Collection[str], post_id: int) -> Text:
    """What the staff member hears when their new link corrects one a notice already posted."""
    which = "opening notice" if "open" in sent else "last call"
    return text(
        f"The {which} for this form already went out in the class channel with the earlier link, and stays there. "
        f"A correction with this link goes to the class channel now (announcement #{post_id})."
    )


def form_notice_line(
    course: Course,
    setup: GuildSetup,
    exam: Exam,
    form_urls: Mapping[str, str],
    now: dt.datetime,
    sent: Collection[str] = (),
) -> Text:
    """One line for the staff member who set the link: exactly when the class channel will carry it. `sent`: the
    exam's form notices that already went out (form_notices_sent)."""
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
    missed = "open" not in sent and any(f"{group}:open" in item.key for item in mine if item.at < now)
    why = " (the opening notice was due before the link was set)" if missed else ""
    return text(f"The class channel gets this link with the last call for conflicts{why}, ", Stamp(first.at, "F"), ".")
