"""What makes two planned announcements "the same post", so editing the course data never re-posts or swallows one.

An item about a thing in the data (an assignment, an exam, a person's office hours) is keyed by what it is and
the moment it is about: `deadline:hw3:2880m@20240301T0559Z.1a2b3c:channel` is HW3's 48-hour reminder for a due
time of Feb 29, 11:59 PM Central, for the whole channel (`1a2b3c` fingerprints HW3's title). So:

- a moved deadline (or exam, or release) is a new moment: its reminders go out again, for the new time;
- a title fixed in the data is the same id at the same moment: nothing is re-posted;
- a renamed id (same title, same moment, the old id gone from the data) is the same item: nothing is re-posted;
- a row of the delivery log written before keys named their moment (`deadline:hw3:2880m:channel`) stands for
  the item only if it was claimed at or after the item's planned time (a claim for an earlier moment is older).

Pure: the delivery side gives the rows it has and asks about each planned item.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from urllib.parse import quote, unquote


def fingerprint(name: str) -> str:
    """A short, stable mark of a title or name (case and spacing ignored): recognises an item whose id changed."""
    folded = " ".join(name.split()).casefold()
    return hashlib.sha256(folded.encode()).hexdigest()[:6]


def moment_of(when: dt.datetime | dt.date, time: dt.time | None = None) -> str:
    """The moment an item is about, compactly: an instant in UTC, or a day (with its local start time, if any)."""
    if isinstance(when, dt.datetime):
        return when.astimezone(dt.UTC).strftime("%Y%m%dT%H%MZ")
    return when.strftime("%Y%m%d") + (time.strftime("T%H%M") if time is not None else "")


@dataclass(frozen=True)
class Identity:
    """What an item is about: kind, the data id (`subject`), which of its posts (`what`), the moment, a
    fingerprint of the thing's name, the audience; and the key the same item had before keys named their moment."""

    kind: str
    subject: str
    what: str
    moment: str
    print: str
    audience: str = ""
    legacy: str = ""  # the pre-moment key ("" when the item never had one)
    legacy_stem: bool = False  # the legacy key ended with a position (any `:<n>` after it matches)
    legacy_index: int | None = None  # that position, for this item (its full legacy key is written beside a claim)

    def key(self) -> str:
        return f"{self.kind}:{quote(self.subject, safe='*')}:{self.what}@{self.moment}.{self.print}:{self.audience}"

    def for_audience(self, audience: str) -> Identity:
        legacy = f"{self.legacy}:{audience}" if self.legacy and not self.legacy_stem else self.legacy
        return replace(self, audience=audience, legacy=legacy)

    def legacy_key(self) -> str | None:
        """The exact key a previous version gave this item (None when it had none, or its position is unknown)."""
        if not self.legacy:
            return None
        if not self.legacy_stem:
            return self.legacy
        return f"{self.legacy}:{self.legacy_index}" if self.legacy_index is not None else None

    @property
    def place(self) -> tuple[str, str, str, str, str]:
        """The same post of the same thing, wherever its moment falls (a move changes only the moment)."""
        return place_of(self.kind, self.subject, self.what, self.audience, self.moment)


def place_of(kind: str, subject: str, what: str, audience: str, moment: str) -> tuple[str, str, str, str, str]:
    """What stays when the data moves a post's moment. A span's first day (`20240311-20240315`, an office-hours
    cancellation) is part of what it is: one person's two cancellations, or a second all-hands one, are two
    things, and only a changed last day is the same cancellation moved."""
    start, dash, _ = moment.partition("-")
    return (kind, subject, what, audience, start if dash else "")


@dataclass(frozen=True)
class Row:
    """One finished row of the delivery log, as this module needs it."""

    claimed_at: dt.datetime
    sent: bool


def _fields(key: str) -> tuple[str, str, str, str, str, str, str] | None:
    """(outer prefix, kind, quoted subject, what, moment, fingerprint, audience) of a key written by `Identity.key`
    behind a DM's prefix (dm:<user>:) and a course's (<course id>/), if any; None for any other key. String
    splits, not a regular expression: this runs over every row of the delivery log on every sweep."""
    if "@" not in key:
        return None
    outer, rest = "", key
    if rest.startswith("dm:"):
        user, _, tail = rest[3:].partition(":")
        if not user.isdigit():
            return None
        outer, rest = f"dm:{user}:", tail
    course, slash, tail = rest.partition("/")
    if slash and ":" not in course and "@" not in course:
        outer, rest = f"{outer}{course}/", tail
    kind, _, rest = rest.partition(":")
    subject, _, rest = rest.partition(":")
    what, at_sign, rest = rest.partition("@")
    stamp, colon, audience = rest.partition(":")
    moment, dot, mark = stamp.partition(".")
    if not (at_sign and colon and dot) or ":" in what:
        return None
    return outer, kind, subject, what, moment, mark, audience


def parse(key: str) -> tuple[str, Identity] | None:
    """(outer prefix, identity) of a key written by `Identity.key` (behind a DM's or a course's prefix)."""
    fields = _fields(key)
    if fields is None:
        return None
    outer, kind, subject, what, moment, mark, audience = fields
    return outer, Identity(kind, unquote(subject), what, moment, mark, audience)


class Delivered:
    """The finished rows of one server's delivery log, indexed once so each planned item is looked up fast."""

    def __init__(self, rows: Mapping[str, Row]) -> None:
        self.rows = rows
        self._at_moment: set[tuple] = set()  # (outer, kind, subject, what, moment, audience)
        self._by_print: dict[tuple, set[str]] = {}  # (outer, kind, what, moment, print, audience) -> subjects
        self._sent_moments: dict[tuple, set[str]] = {}  # (outer, *place_of(...)) -> moments sent
        self._stems: dict[str, dt.datetime] = {}  # a legacy key without its last part -> latest claim
        # Once per sweep over every row (tens of thousands on a big server): plain tuples, one match per key.
        for key, row in rows.items():
            fields = _fields(key)
            if fields is None:  # a key without a moment: a legacy one, or one that never names a moment
                stem = key.rpartition(":")[0]
                if stem and (stem not in self._stems or row.claimed_at > self._stems[stem]):
                    self._stems[stem] = row.claimed_at
                continue
            outer, kind, subject, what, moment, mark, audience = fields
            if "%" in subject:
                subject = unquote(subject)
            self._at_moment.add((outer, kind, subject, what, moment, audience))
            self._by_print.setdefault((outer, kind, what, moment, mark, audience), set()).add(subject)
            if row.sent:
                self._sent_moments.setdefault((outer, *place_of(kind, subject, what, audience, moment)), set()).add(
                    moment
                )

    def holds(self, key: str, identity: Identity | None, at: dt.datetime, current: Collection[str]) -> bool:
        """True when this item (full `key`, planned at `at`) is done: under its own key, under the same id at the
        same moment (its title edited), under an id the data no longer has (`current`: the data's ids) with the
        same fingerprint and moment (the id renamed), or under its pre-moment key claimed at or after `at`."""
        if key in self.rows:
            return True
        if identity is None:
            return False
        outer = key.removesuffix(identity.key())
        i = identity
        if (outer, i.kind, i.subject, i.what, i.moment, i.audience) in self._at_moment:
            return True
        subjects = self._by_print.get((outer, i.kind, i.what, i.moment, i.print, i.audience), set())
        if any(s not in current for s in subjects):
            return True
        claimed = self._legacy_claim(outer, i)
        return claimed is not None and claimed >= at

    def moved(self, key: str, identity: Identity | None, at: dt.datetime) -> bool:
        """True when the same post of the same thing went out for another moment: the data moved it."""
        if identity is None:
            return False
        outer = key.removesuffix(identity.key())
        moments = self._sent_moments.get((outer, *identity.place), set())
        if moments - {identity.moment}:
            return True
        claimed = self._legacy_claim(outer, identity)
        return claimed is not None and claimed < at

    def _legacy_claim(self, outer: str, identity: Identity) -> dt.datetime | None:
        if not identity.legacy:
            return None
        legacy = outer + identity.legacy
        if identity.legacy_stem:
            return self._stems.get(legacy)
        row = self.rows.get(legacy)
        return row.claimed_at if row is not None else None
