"""The audit trail in words: one recorded staff action as the sentence a person reads in /admin audit.

"<user> set the announcement channel to <#123>", "<user> granted an extension on HW3 to a@b.edu: medical".
One rule per action, in a table; an action without a rule (or a row missing a detail) still reads as a sentence
with its recorded details, never as raw JSON.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bot.answers.links import mention
from bot.core.answer import Stamp, Text, text
from bot.course.model import Course
from bot.store.audit import AuditEntry


class _Names:
    """How ids in details are shown: assignments and exams by their course names, users by `user`."""

    def __init__(self, course: Course | None, user: Callable[[int], str]) -> None:
        self.course, self.user = course, user

    def assignment(self, assignment_id: str) -> str:
        items = self.course.assignments if self.course else ()
        return next((a.short for a in items if a.id == assignment_id), assignment_id)

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


def _setup(d: dict, names: _Names) -> Text:
    if "channel_id" in d:
        return text(f"set the announcement channel to <#{d['channel_id']}>")
    if "staff_role" in d:
        return text(f"set the staff role to <@&{d['staff_role']}>")
    if "section" in d:
        channel = f" and its channel to <#{d['channel']}>" if d.get("channel") else ""
        return text(f"set section {d['section']}'s role to <@&{d['role']}>{channel}")
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
        late = f"granted {d['student']} permission to submit {what} later than the late rule allows"
        return text(f"{late}: {d['reason']}")

    return sentence


_REFUSALS = {
    "no_request": "they had no request waiting",
    "request_changed": "their request had changed to {requested}",
    "linked_elsewhere": "{email} is linked to {holder}",
}


def _refused(d: dict, names: _Names) -> Text:
    why = _REFUSALS[d["reason"]].format(
        requested=d.get("requested", "another email"), email=d["email"], holder=names.user(d.get("holder", 0))
    )
    return text(f"was refused linking {names.user(d['user'])} to {d['email']}: {why}")


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
    "gracedays.link": lambda d, n: text(
        f"linked {n.user(d['user'])} to {d['email']}" + (" from a roster" if d.get("source") == "roster" else "")
    ),
    "gracedays.link.approved": lambda d, n: text(f"approved linking {n.user(d['user'])} to {d['email']}"),
    "gracedays.link.moved": lambda d, n: text(f"moved {d['email']} from {n.user(d['from'])} to {n.user(d['user'])}"),
    "gracedays.link.denied": lambda d, n: text(
        f"turned down {n.user(d['user'])}'s request to link {d['email']}: {d['reason']}"
    ),
    "gracedays.link.refused": _refused,
    "data.reload": lambda d, n: text(f"reloaded the course data (version {d['from']} → {d['to']})"),
    "events.sync": lambda d, n: text(
        f"synced the server's events ({d['created']} created, {d['updated']} updated, {d['deleted']} deleted)"
    ),
}


def audit_sentence(entry: AuditEntry, course: Course | None = None, *, user: Callable[[int], str] = mention) -> Text:
    """The entry as a sentence that starts with who did it. `user` shows a user id (Discord: a mention; the
    console can pass names); `course` names assignments and exams."""
    names = _Names(course, user)
    rule = SENTENCES.get(entry.action)
    if rule is not None:
        try:
            return text(f"{user(entry.user_id)} ", *rule(entry.details, names))
        except (KeyError, TypeError, ValueError):
            pass  # an older or unexpected row: said plainly below
    shown = ", ".join(f"{key}: {value}" for key, value in sorted(entry.details.items()))
    return text(f"{user(entry.user_id)} did {entry.action}" + (f" ({shown})" if shown else ""))
