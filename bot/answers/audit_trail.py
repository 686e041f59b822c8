"""The audit trail in words: one recorded staff action as the sentence a person reads in /admin audit.

"<user> set the announcement channel to <#123>", "<user> granted an extension on HW3 to a@b.edu: medical".
One rule per action, in a table; an action without a rule (or a row missing a detail) still reads as a sentence
with its recorded details, never as raw JSON.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bot.core.answer import Mention, Stamp, Text, text
from bot.course.model import Course
from bot.store.audit import AuditEntry


class _Names:
    """How ids in details are shown: assignments and exams by their course names, people as mentions."""

    def __init__(self, course: Course | None) -> None:
        self.course = course

    @staticmethod
    def user(user_id: Any) -> Mention | str:
        return _mention("user", user_id)

    def assignment(self, assignment_id: str) -> str:
        items = self.course.assignments if self.course else ()
        return next((a.short for a in items if a.id == assignment_id), assignment_id)

    def section(self, section_id: str) -> str:
        return self.course.section_label(section_id) if self.course else section_id

    def pool(self) -> str:
        """The course's own word for its late days ("grace days", "slip days"...)."""
        return self.course.grace.plural if self.course else "late days"

    def exam(self, exam_id: str) -> str:
        exams = self.course.exams if self.course else ()
        return next((e.title for e in exams if e.id == exam_id), exam_id)


def _moment(value: Any) -> tuple[str | Stamp, ...]:
    """A recorded time as a timestamp (details hold ISO 8601 text, in UTC or with the offset of older rows)."""
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return (str(value),)
    return (Stamp(moment, "f"),) if moment.utcoffset() is not None else (str(value),)


def _mention(kind: str, value: Any) -> Mention | str:
    """A user, role or channel id as a mention (Discord shows the name; the console its name or id)."""
    return Mention(kind, int(value)) if str(value).isdigit() else str(value)


def _setup(d: dict, names: _Names) -> Text:
    if "course" in d:
        return text(f"set this server's course to {d['course']}" + (f" (was {d['from']})" if d.get("from") else ""))
    if "channel_id" in d:
        return text("set the announcement channel to ", _mention("channel", d["channel_id"]))
    if "staff_role" in d:
        return text("set the staff role to ", _mention("role", d["staff_role"]))
    if "section" in d:
        channel = (" and its channel to ", _mention("channel", d["channel"])) if d.get("channel") else ()
        return text(f"set section {names.section(d['section'])}'s role to ", _mention("role", d["role"]), *channel)
    if "kind" in d:
        kind = str(d["kind"]).replace("_", " ")
        return text(f"turned {'on' if d['enabled'] else 'off'} {kind} announcements")
    if "deadline_offsets" in d:
        return text(f"set deadline reminders to {d['deadline_offsets']} before")
    if "morning" in d:
        return text(f"set the morning announcements to {d['morning']}")
    if d.get("console"):
        return text("started the console")
    raise KeyError("no known setting")


def _grant(kind: str) -> Callable[[dict, _Names], Text]:
    def sentence(d: dict, names: _Names) -> Text:
        what = names.assignment(d["assignment"])
        if kind == "extension":
            until = (" until ", *_moment(d["new_due"])) if d.get("new_due") else ()
            return text(f"granted an extension on {what} to {d['student']}", *until, f": {d['reason']}")
        if kind == "pool":
            return text(f"recorded that {d['student']} asked to use {names.pool()} on {what}: {d['reason']}")
        late = f"granted {d['student']} permission to submit {what} later than the late rule allows"
        return text(f"{late}: {d['reason']}")

    return sentence


_REFUSALS = {
    "no_request": "they had no request waiting",
    "request_changed": "their request had changed to {requested}",
}


def _refused(d: dict, names: _Names) -> Text:
    reason = d["reason"]
    if reason == "linked_elsewhere":
        why: tuple = (f"{d['email']} is linked to ", names.user(d.get("holder", 0)))
    else:
        why = (_REFUSALS[reason].format(requested=d.get("requested", "another email")),)
    return text("was refused linking ", names.user(d["user"]), f" to {d['email']}: ", *why)


SENTENCES: dict[str, Callable[[dict, _Names], Text]] = {
    "setup": _setup,
    "exam.set_form": lambda d, n: text(f"published the conflict form for {n.exam(d['exam'])}: {d['url']}"),
    "grades.published": lambda d, n: text(
        f"recorded the grades of {n.assignment(d['assignment'])} as published ", *_moment(d["at"])
    ),
    "announce.add": lambda d, n: text(f"scheduled announcement #{d['id']} for ", *_moment(d["at"])),
    "announce.cancel": lambda d, n: text(f"cancelled announcement #{d['id']}"),
    "gracedays.import": lambda d, n: text(
        f"imported {d['file']} ({d['students']} students, {d['changed']} records changed)"
    ),
    "gracedays.grant.extension": _grant("extension"),
    "gracedays.grant.permission": _grant("permission"),
    "gracedays.grant.pool": _grant("pool"),
    "gracedays.revoke": lambda d, n: text(
        f"revoked {d['student']}'s {' and '.join(d['kinds'])} on {n.assignment(d['assignment'])}"
    ),
    "data.move_records": lambda d, n: text(
        f"moved the records of {d['kind']} id {d['from']!r} to {d['to']!r}"
        if d.get("to")
        else f"deleted the records of {d['kind']} id {d['from']!r}"
    ),
    "gracedays.link": lambda d, n: text(
        "linked ", n.user(d["user"]), f" to {d['email']}", " from a roster" if d.get("source") == "roster" else ""
    ),
    "gracedays.link.approved": lambda d, n: text("approved linking ", n.user(d["user"]), f" to {d['email']}"),
    "gracedays.link.moved": lambda d, n: text(
        f"moved {d['email']} from ", n.user(d["from"]), " to ", n.user(d["user"])
    ),
    "gracedays.link.denied": lambda d, n: text(
        "turned down ", n.user(d["user"]), f"'s request to link {d['email']}: {d['reason']}"
    ),
    "gracedays.link.refused": _refused,
    "data.reload": lambda d, n: text(f"reloaded the course data (version {d['from']} → {d['to']})"),
    "events.sync": lambda d, n: text(
        f"synced the server's events ({d['created']} created, {d['updated']} updated, {d['deleted']} deleted)"
    ),
}


COMMAND_LINE_USER = 0  # who the `coursebot` command line acts as in the audit trail


def audit_sentence(entry: AuditEntry, course: Course | None = None) -> Text:
    """The entry as a sentence that starts with who did it (a mention; the command line by name); `course`
    names assignments and exams."""
    names = _Names(course)
    who = "the coursebot command line" if entry.user_id == COMMAND_LINE_USER else names.user(entry.user_id)
    rule = SENTENCES.get(entry.action)
    if rule is not None:
        try:
            return text(who, " ", *rule(entry.details, names))
        except (KeyError, TypeError, ValueError):
            pass  # an older or unexpected row: said plainly below
    shown = ", ".join(f"{key}: {value}" for key, value in sorted(entry.details.items()))
    return text(who, f" did {entry.action}" + (f" ({shown})" if shown else ""))
