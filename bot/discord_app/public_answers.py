"""Public answers kept for the minute: a command declared `public` (CommandSpec.public: /due, /deadline, /schedule)
answers from the server's course, the time, its options and what the server's staff published, and from nothing
about who asks. Everyone asking the same thing in the same minute gets the very answer the first asker got, and its
embeds (bot.discord_app.render.answer_pages) are built once, instead of each asker's body, answer and rendering.

An answer is kept only while all of these are unchanged, so it can never be a stale or another person's answer:
- the course object (a reload makes new ones) and the store object;
- the database (bot.store.read_cache generation: any commit, by this bot or anything else, starts afresh);
- the minute, counted in UTC (the hour repeated when clocks go back is two different minutes);
- the server, the command and its option values.
And only when the run replied exactly once, with a non-private answer, and raised nothing. A course with any time
that is not on a whole minute (a deadline at 23:59:30) keeps nothing: within one minute its answers may differ.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import weakref
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Mapping
from typing import Any

from bot.core.answer import Answer, Text
from bot.core.data_walk import leaves
from bot.core.kept import Kept
from bot.course.model import Course
from bot.discord_app.interactions import Form
from bot.discord_app.invocation import Invocation

SIZE = 512  # distinct questions kept at once (a minute's worth of a busy server's public commands)

_ALIGNED: Kept[bool] = Kept(16)


def minute_aligned(course: Course) -> bool:
    """Whether every time in the course's data falls on a whole minute (checked once per course object): then two
    moments of the same minute compare the same way with every time the course has, and get the same answer."""
    return _ALIGNED.get(course, "minute_aligned", lambda: _all_on_minutes(course))


def _all_on_minutes(root: object) -> bool:
    # a whole number of days or hours moves a whole-minute time to a whole-minute time: only times themselves count
    return not any(isinstance(v, dt.datetime | dt.time) and (v.second or v.microsecond) for v in leaves(root))


class _Recorder:
    """The asker's reply, passed through, noting whether the run gave exactly one answer and nothing else."""

    __slots__ = ("answers", "other", "reply")

    def __init__(self, reply: Any) -> None:
        self.reply, self.answers, self.other = reply, [], False

    async def answer(self, answer: Answer) -> None:
        self.answers.append(answer)
        await self.reply.answer(answer)

    async def private(self, answer: Answer) -> None:
        self.other = True
        await self.reply.private(answer)

    async def file(self, answer: Answer, filename: str, data: bytes, *, without_file: Text = ()) -> None:
        self.other = True
        await self.reply.file(answer, filename, data, without_file=without_file)

    async def defer(self, *, private: bool = True) -> None:
        self.other = True
        await self.reply.defer(private=private)

    async def form(self, form: Form) -> None:
        self.other = True
        await self.reply.form(form)

    def kept(self) -> Answer | None:
        """The answer to keep: the one answer given, when it is for everyone to see."""
        if self.other or len(self.answers) != 1 or self.answers[0].ephemeral:
            return None
        return self.answers[0]


@dataclasses.dataclass(frozen=True, slots=True)
class _Entry:
    course: weakref.ref
    store: weakref.ref
    generation: Hashable
    minute: int
    answer: Answer


class PublicAnswers:
    """At most `size` answers, the least recently asked dropped first."""

    def __init__(self, size: int = SIZE) -> None:
        self.size = size
        self._entries: OrderedDict[Hashable, _Entry] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        self._entries.clear()

    async def run(
        self, name: str, inv: Invocation, values: Mapping[str, Any], body: Callable[..., Awaitable[None]]
    ) -> None:
        """Answer `name` with `values` from what is kept, else run body(inv) and keep its answer."""
        course = inv.served
        generation = inv.store.cache.generation()
        if not isinstance(course, Course) or generation is None:
            await body(inv)
            return
        minute = int(inv.now.timestamp()) // 60
        try:
            slot = (id(course), id(inv.store), inv.server_id, name, tuple(sorted(values.items())))
            entry = self._entries.get(slot)  # hashes the slot once (a separate hash() would be a second time)
        except TypeError:  # an option value that cannot be a key: nothing is kept for it
            await body(inv)
            return
        if (
            entry is not None
            and entry.minute == minute
            and entry.generation == generation
            and entry.course() is course
            and entry.store() is inv.store
        ):
            self._entries.move_to_end(slot)
            await inv.reply.answer(entry.answer)
            return
        if not minute_aligned(course):  # looked at only before keeping: nothing of such a course is ever found above
            await body(inv)
            return
        recorder = _Recorder(inv.reply)
        await body(dataclasses.replace(inv, reply=recorder))
        answer = recorder.kept()
        if answer is None:
            self._entries.pop(slot, None)
            return
        self._entries[slot] = _Entry(weakref.ref(course), weakref.ref(inv.store), generation, minute, answer)
        self._entries.move_to_end(slot)
        if len(self._entries) > self.size:
            self._entries.popitem(last=False)


PUBLIC_ANSWERS = PublicAnswers()
