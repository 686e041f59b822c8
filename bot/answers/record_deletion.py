"""Deleting records kept under an id the data no longer has asks first (/admin move-records delete:True): the staff
member is shown exactly what would be deleted, with a button only they can use, for a few minutes. The button
carries who asked, until when, and a fingerprint of what was shown, so a click deletes nothing else: records that
changed since (an import, another staff member's move) are shown again instead. Pure: no store, no discord."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from bot.core.answer import Action, Answer, Stamp, Text, text
from bot.store.orphans import Orphan

DELETE_ACTION = "admin-delete-records"
CONFIRM_FOR = dt.timedelta(minutes=10)
_ARG = re.compile(r"([0-9]{1,19})\.([0-9]{1,12})\.([0-9a-f]{16})")


@dataclass(frozen=True)
class Confirmation:
    """What a Delete button carries: the staff member who may use it, until when, and what they were shown."""

    user_id: int
    until: dt.datetime
    fingerprint: str

    def arg(self) -> str:
        return f"{self.user_id}.{int(self.until.timestamp())}.{self.fingerprint}"

    @classmethod
    def read(cls, arg: str) -> Confirmation | None:
        found = _ARG.fullmatch(arg)
        if found is None:
            return None
        until = dt.datetime.fromtimestamp(int(found.group(2)), tz=dt.UTC)
        return cls(int(found.group(1)), until, found.group(3))


def fingerprint(orphan: Orphan) -> str:
    """Changes whenever what would be deleted changes (the id, its kinds, or any count)."""
    return hashlib.sha256(repr((orphan.kind, orphan.old_id, orphan.counts)).encode()).hexdigest()[:16]


def shown_as(orphans: list[Orphan], wanted: Confirmation) -> Orphan | None:
    """The records a confirmation was given for, if they are still exactly as they were shown."""
    return next((o for o in orphans if fingerprint(o) == wanted.fingerprint), None)


def what_goes(orphan: Orphan) -> tuple[Text, ...]:
    """Exactly what deleting the records under an id removes: each kind of record and how many (Discord, the
    console and the command line say it in these words)."""
    return (
        text(f"This deletes, for good, every record kept under the {orphan.kind} id {orphan.old_id!r}:"),
        *(text(f"• {n} {what}") for what, n in orphan.counts),
    )


def delete_question(orphan: Orphan, user_id: int, now: dt.datetime) -> Answer:
    """'Delete these records?': what goes (what_goes), and a Delete button for `user_id` until a few minutes from
    `now`; nothing is deleted otherwise."""
    until = now + CONFIRM_FOR
    return Answer(
        title=f"Delete the records under {orphan.old_id!r}?"[:256],
        lines=(
            *what_goes(orphan),
            text("Nothing else is touched. Press Delete to go ahead (only you can, until ", Stamp(until, "t"), ")."),
            text("To keep them, do nothing; to move them instead, give new_id."),
        ),
        actions=(
            Action("Delete them", DELETE_ACTION, Confirmation(user_id, until, fingerprint(orphan)).arg(), "danger"),
        ),
        ephemeral=True,
        kind="unsure",
    )


def refusal(wanted: Confirmation | None, user_id: int, now: dt.datetime) -> str | None:
    """Why a Delete button does nothing: not this staff member's, expired, or not a button this bot made."""
    if wanted is None:
        return "That button is not one this bot made. Run /admin move-records again."
    if wanted.user_id != user_id:
        return "Only the staff member who asked can confirm this deletion. Run /admin move-records yourself."
    if now > wanted.until:
        return "That confirmation expired and nothing was deleted. Run /admin move-records again to see what would be."
    return None
