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
import sys
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
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


@dataclass(frozen=True, slots=True)
class Row:
    """One finished row of the delivery log, as this module needs it."""

    claimed_at: dt.datetime
    sent: bool


def _fields(key: str) -> tuple[str, str, str, str, str, str, str] | None:
    """(outer prefix, kind, quoted subject, what, moment, fingerprint, audience) of a key written by `Identity.key`
    behind a DM's prefix (dm:<user>:) and a course's (<course id>/), if any; None for any other key. String
    splits, not a regular expression: this runs over every row of a server's delivery log when a process first
    reads it."""
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
    """The finished rows of one server's delivery log, indexed so each planned item is looked up fast. Kept between
    sweeps and changed a row at a time (`put`, `drop`) as the log changes, so a sweep costs what changed, not the
    whole log. Compact, since a big server's log is tens of thousands of rows: the same few kinds, ids and
    audiences are shared strings, and each index keeps small tuples that list a row once per row behind them (an
    entry goes with its last row)."""

    def __init__(self, rows: Mapping[str, Row] = MappingProxyType({})) -> None:
        self._sent: dict[str, bool] = {}  # every finished key: was it sent (rather than skipped or failed)
        self._claims: dict[str, dt.datetime] = {}  # keys without a moment (an older format): when first claimed
        self._at_moment: dict[tuple, tuple[str, ...]] = {}  # (outer, kind, what, moment, audience) -> subject, print..
        self._sent_moments: dict[tuple, tuple[str, ...]] = {}  # (outer, *place_of(...)) -> moments sent
        self._stems: dict[str, dict[str, dt.datetime]] = {}  # a legacy key without its last part -> its keys' claims
        for key, row in rows.items():
            self.put(key, row)

    def __contains__(self, key: str) -> bool:
        """This very key is finished."""
        return key in self._sent

    def __len__(self) -> int:
        return len(self._sent)

    def put(self, key: str, row: Row) -> None:
        """The row of `key` is finished (first seen, or changed: it replaces the earlier one)."""
        self.drop(key)
        fields = _fields(key)
        self._sent[key] = row.sent
        if fields is None:  # a key without a moment: a legacy one, or one that never names a moment
            self._claims[key] = row.claimed_at
            stem = key.rpartition(":")[0]
            if stem:
                self._stems.setdefault(stem, {})[key] = row.claimed_at
            return
        at_moment, subject, mark, place, moment = _entries(fields)
        self._at_moment[at_moment] = (*self._at_moment.get(at_moment, ()), subject, mark)
        if row.sent:
            self._sent_moments[place] = (*self._sent_moments.get(place, ()), moment)

    def drop(self, key: str) -> None:
        """`key` has no finished row any more (removed from the log); nothing when it had none."""
        sent = self._sent.pop(key, None)
        if sent is None:
            return
        fields = _fields(key)
        if fields is None:
            del self._claims[key]
            stem = key.rpartition(":")[0]
            claims = self._stems.get(stem)
            if claims is not None:
                claims.pop(key, None)
                if not claims:
                    del self._stems[stem]
            return
        at_moment, subject, mark, place, moment = _entries(fields)
        _remove(self._at_moment, at_moment, (subject, mark))
        if sent:
            _remove(self._sent_moments, place, (moment,))

    def holds(self, key: str, identity: Identity | None, at: dt.datetime, current: Collection[str]) -> bool:
        """True when this item (full `key`, planned at `at`) is done: under its own key, under the same id at the
        same moment (its title edited), under an id the data no longer has (`current`: the data's ids) with the
        same fingerprint and moment (the id renamed), or under its pre-moment key claimed at or after `at`."""
        if key in self._sent:
            return True
        if identity is None:
            return False
        outer = key.removesuffix(identity.key())
        i = identity
        found = self._at_moment.get((outer, i.kind, i.what, i.moment, i.audience), ())
        for subject, mark in zip(found[::2], found[1::2], strict=True):
            if subject == i.subject or (mark == i.print and subject not in current):
                return True
        claimed = self._legacy_claim(outer, i)
        return claimed is not None and claimed >= at

    def moved(self, key: str, identity: Identity | None, at: dt.datetime) -> bool:
        """True when the same post of the same thing went out for another moment: the data moved it."""
        if identity is None:
            return False
        outer = key.removesuffix(identity.key())
        moments = self._sent_moments.get((outer, *identity.place), ())
        if any(m != identity.moment for m in moments):
            return True
        claimed = self._legacy_claim(outer, identity)
        return claimed is not None and claimed < at

    def _legacy_claim(self, outer: str, identity: Identity) -> dt.datetime | None:
        if not identity.legacy:
            return None
        legacy = outer + identity.legacy
        if identity.legacy_stem:
            claims = self._stems.get(legacy)
            return max(claims.values()) if claims else None
        return self._claims.get(legacy)


def _entries(fields: tuple[str, str, str, str, str, str, str]) -> tuple[tuple, str, str, tuple, str]:
    """Where a moment-named key's row is indexed: (its group by moment, subject, fingerprint, its place, moment)."""
    # Shared strings: the same few kinds, audiences, ids and moments recur in thousands of kept rows.
    outer, kind, subject, what, moment, mark, audience = map(sys.intern, fields)
    if "%" in subject:
        subject = sys.intern(unquote(subject))
    place = (outer, *place_of(kind, subject, what, audience, moment))
    return (outer, kind, what, moment, audience), subject, mark, place, moment


def _remove(index: dict[tuple, tuple[str, ...]], entry: tuple, items: tuple[str, ...]) -> None:
    """Take one row's `items` out of the flat tuple `index[entry]`; the entry goes with its last row."""
    kept = index[entry]
    width = len(items)
    for start in range(0, len(kept), width):
        if kept[start : start + width] == items:
            kept = kept[:start] + kept[start + width :]
            break
    if kept:
        index[entry] = kept
    else:
        del index[entry]
